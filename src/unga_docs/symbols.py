"""United Nations document symbols: parse them, print them, sort them and find them in running text.

A symbol is a string of components separated by slashes (the conventions of the Dag Hammarskjöld Library's
guide to UN document symbols)::

    A / C.3 / 78 / L.60 / Rev.1 *
    |   |      |    |      |     `- reissued for technical reasons
    |   |      |    |      `- suffixes: Add.N, Corr.N, Rev.N, Amend.N, Summary (in any chain)
    |   |      |    `- the document number: a number, or L.N, PV.N, SR.N, WP.N, CRP.N, R.N
    |   |      `- a session (77, ES-10, S-28) or a year (2020); or words: RES, PRST, INF, BUR, NGO, PET
    |   `- subsidiary bodies (C.3, HRC, AC.105, CN.4, Sub.2 ...)
    `- the organ or series (A, S, E, T, ST, or a special series such as CRC or UNEP)

Security Council resolutions carry their year in parentheses after a space: ``S/RES/2699 (2023)``.

Plausibility rules that keep look-alikes out: a General Assembly session (``A/77/...``) is 1-199; a Security
Council ``S/YEAR/N`` symbol has a year from 1994 (when that form began: ``S/1901/2020`` is an OPCW
document, not a UN one); other years are 1946-2100; the organ or series is one of a known list.
"""

from __future__ import annotations

import re

import attrs

from unga_docs._symbol_grammar import (
    _BAD_CHAR,
    _MAX_COMPONENTS,
    _MAX_LENGTH,
    _SERIES,
    _SERIES_ALTERNATION,
    _analyse,
    _NaturalKey,
    _Parts,
    _Problem,
    _resolution_year_problem,
)
from unga_docs.errors import ParseError

__all__ = ["Symbol", "find_symbol_spans", "find_symbols"]


# ----------------------------------------------------------------------------------------------------------
# The class.


def _check_components(instance: Symbol, attribute: attrs.Attribute[tuple[str, ...]], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(item, str) for item in value):
        raise TypeError(f"components: expected a tuple of str, got {value!r}")
    result = _analyse(value)
    if isinstance(result, _Problem):
        raise ValueError(f"components: {result.reason} (component {result.at + 1} of {value!r})")


def _check_reissued(instance: Symbol, attribute: attrs.Attribute[bool], value: object) -> None:
    if not isinstance(value, bool):
        raise TypeError(f"reissued: expected a bool, got {value!r}")


def _check_resolution_year(instance: Symbol, attribute: attrs.Attribute[int | None], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"resolution_year: expected an int or None, got {value!r}")
    parts = _analyse(instance.components)
    if isinstance(parts, _Parts):  # else the components validator has already raised
        problem = _resolution_year_problem(instance.components, parts, value)
        if problem is not None:
            raise ValueError(f"resolution_year: {problem}")


def _unpickle(components: tuple[str, ...], reissued: bool, resolution_year: int | None) -> Symbol:
    return Symbol(components=components, reissued=reissued, resolution_year=resolution_year)


@attrs.frozen(kw_only=True, order=False, repr=False)
class Symbol:
    """A United Nations document symbol, stored as its slash-separated components.

    Symbols are immutable, hashable, picklable and totally ordered: component by component, numbers as
    numbers (``A/77/2`` < ``A/77/10``), numbers before words, a symbol before its own addenda (``A/77/715`` <
    ``A/77/715/Add.1``), then by resolution year and finally the reissued mark. `str` gives the canonical
    form, which `Symbol.parse` reads back exactly.

    Attributes:
        components: the components between the slashes, in order: ``("A", "C.3", "78", "L.60", "Rev.1")``.
        reissued: whether the symbol ends with ``*`` (a document reissued for technical reasons).
        resolution_year: the year in parentheses of a Security Council resolution, ``S/RES/2699 (2023)``.

    Example:
        >>> symbol = Symbol.parse("A/C.3/78/L.60/Rev.1")
        >>> symbol.components
        ('A', 'C.3', '78', 'L.60', 'Rev.1')
        >>> Symbol(components=("A", "77", "715")) == Symbol.parse("A/77/715")
        True
        >>> sorted([Symbol.parse("A/77/10"), Symbol.parse("A/77/2")])
        [Symbol.parse('A/77/2'), Symbol.parse('A/77/10')]
    """

    components: tuple[str, ...] = attrs.field(validator=_check_components)
    reissued: bool = attrs.field(default=False, validator=_check_reissued)
    resolution_year: int | None = attrs.field(default=None, validator=_check_resolution_year)
    _parts: _Parts = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        parts = _analyse(self.components)
        if isinstance(parts, _Problem):  # only when validators are disabled
            raise ValueError(f"components: {parts.reason}")
        object.__setattr__(self, "_parts", parts)

    @classmethod
    def parse(cls, text: str) -> Symbol:
        """Read a symbol, tolerating spaces around its slashes and at either end.

        Args:
            text: one symbol, e.g. ``"A/77/715"``, ``"S/RES/2699 (2023)"`` or ``"A / 78 / 900 "``.

        Returns:
            The symbol; ``str()`` of it is the canonical form.

        Raises:
            ParseError: the text is not one valid symbol; ``column`` points at the problem and ``text`` is the
                input. A `ParseError` is also a `ValueError`.

        Example:
            >>> Symbol.parse("A/77/715")
            Symbol.parse('A/77/715')
            >>> str(Symbol.parse(" S / RES / 2699(2023) "))
            'S/RES/2699 (2023)'
            >>> Symbol.parse("S/1901/2020")  # an OPCW document  # doctest: +ELLIPSIS
            Traceback (most recent call last):
            ...
            unga_docs.errors.ParseError: line 1, column 3: '1901' is not a plausible year for ...
        """
        if not isinstance(text, str):
            raise TypeError(f"Symbol.parse expects a str, got {type(text).__name__}")

        def fail(reason: str, position: int) -> ParseError:
            return ParseError(reason, line=1, column=position + 1, text=text)

        start = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        if start >= end:
            raise fail("empty symbol", 0)
        if end - start > _MAX_LENGTH:
            raise fail(f"too long for a symbol (at most {_MAX_LENGTH} characters)", start + _MAX_LENGTH)
        reissued = False
        if text[end - 1] == "*":
            reissued = True
            end = len(text[: end - 1].rstrip())
        resolution_year: int | None = None
        year_position = -1
        if end > start and text[end - 1] == ")":
            opening = text.rfind("(", start, end)
            if opening < 0:
                raise fail("unexpected character ')'", end - 1)
            inner = text[opening + 1 : end - 1]
            year_position = opening + 1 + len(inner) - len(inner.lstrip())
            if not re.fullmatch(r"\s*[0-9]{4}\s*", inner):
                raise fail("expected a four-digit year in the parentheses", year_position)
            resolution_year = int(inner)
            end = len(text[:opening].rstrip())
        components: list[str] = []
        positions: list[int] = []
        offset = start
        for raw in text[start:end].split("/"):
            stripped = raw.strip()
            position = offset + len(raw) - len(raw.lstrip())
            if not stripped:
                raise fail("empty component", position if raw else offset)
            bad = _BAD_CHAR.search(stripped)
            if bad is not None:
                raise fail(_bad_character_reason(bad.group()), position + bad.start())
            components.append(stripped)
            positions.append(position)
            offset += len(raw) + 1
        parts = _analyse(tuple(components))
        if isinstance(parts, _Problem):
            position = positions[parts.at] if parts.at < len(positions) else end
            raise fail(parts.reason, position)
        if resolution_year is not None:
            problem = _resolution_year_problem(tuple(components), parts, resolution_year)
            if problem is not None:
                raise fail(problem, year_position)
        return cls(components=tuple(components), reissued=reissued, resolution_year=resolution_year)

    # ---- the parts -----------------------------------------------------------------------------------------

    @property
    def organ(self) -> str:
        """The first component: the organ or series (``"A"``, ``"S"``, ``"E"``, ``"ST"``, ``"CRC"`` ...).

        Example:
            >>> Symbol.parse("S/2023/5").organ
            'S'
        """
        return self.components[0]

    @property
    def body(self) -> tuple[str, ...]:
        """The organ followed by its subsidiary-body components: the body the document belongs to.

        Example:
            >>> Symbol.parse("A/C.3/78/L.60").body
            ('A', 'C.3')
            >>> Symbol.parse("E/CN.4/Sub.2/1987/WP.4").body
            ('E', 'CN.4', 'Sub.2')
            >>> Symbol.parse("A/77/715").body
            ('A',)
        """
        return self.components[: self._parts.body_end]

    @property
    def specials(self) -> tuple[str, ...]:
        """The special word components that say what kind of document it is: RES, PRST, INF, BUR, NGO, PET.

        The kinds that carry a number (``L.60``, ``PV.8923``, ``SR.5`` ...) are the `number` instead.

        Example:
            >>> Symbol.parse("A/RES/77/1").specials
            ('RES',)
        """
        return self._parts.specials

    @property
    def session(self) -> str | None:
        """The session as printed: ``"77"``, ``"ES-10"`` (emergency special), ``"S-28"`` (special), else None.

        Example:
            >>> Symbol.parse("A/ES-10/L.22").session
            'ES-10'
            >>> Symbol.parse("S/2020/372").session is None
            True
        """
        return self._parts.session

    @property
    def year(self) -> int | None:
        """The year: a year component (``S/2023/5``) or a resolution year (``S/RES/2699 (2023)``), or None.

        Example:
            >>> Symbol.parse("S/2023/5").year
            2023
            >>> Symbol.parse("S/RES/2699 (2023)").year
            2023
        """
        return self._parts.year if self._parts.year is not None else self.resolution_year

    @property
    def number(self) -> str:
        """The document number: the last component before the suffixes, as printed.

        A plain number (``"715"``), or a special component with its number (``"L.60"``, ``"PV.8923"``). Every
        symbol has one, so it is never None.

        Example:
            >>> Symbol.parse("A/77/715/Add.1").number
            '715'
            >>> Symbol.parse("S/PV.8923").number
            'PV.8923'
        """
        return self._parts.number

    @property
    def suffixes(self) -> tuple[str, ...]:
        """The suffixes after the number, in order (Add.N, Corr.N, Rev.N, Amend.N, Summary).

        Example:
            >>> Symbol.parse("A/77/715/Add.1/Corr.2").suffixes
            ('Add.1', 'Corr.2')
        """
        return self._parts.suffixes

    # ---- text, order, pickling -----------------------------------------------------------------------------

    def __str__(self) -> str:
        text = "/".join(self.components)
        if self.resolution_year is not None:
            text = f"{text} ({self.resolution_year})"
        return f"{text}*" if self.reissued else text

    def __repr__(self) -> str:
        return f"Symbol.parse({str(self)!r})"

    def _sort_key(self) -> tuple[tuple[_NaturalKey, ...], int, bool, tuple[str, ...]]:
        return (self._parts.key, self.resolution_year or 0, self.reissued, self.components)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Symbol):
            return NotImplemented
        return self._sort_key() < other._sort_key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Symbol):
            return NotImplemented
        return self._sort_key() <= other._sort_key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Symbol):
            return NotImplemented
        return self._sort_key() > other._sort_key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Symbol):
            return NotImplemented
        return self._sort_key() >= other._sort_key()

    def __reduce__(self) -> tuple[object, ...]:
        return (_unpickle, (self.components, self.reissued, self.resolution_year))


def _bad_character_reason(character: str) -> str:
    if character in "\u2013\u2014\u2012\u2212":
        return f"unexpected character {character!r}: a joint symbol is two symbols, parse each half"
    if character.isspace():
        return "unexpected space inside a component"
    if character == "*":
        return "unexpected character '*': the reissue mark may only end the symbol"
    return f"unexpected character {character!r}"


# ----------------------------------------------------------------------------------------------------------
# Finding symbols in running text.

# A candidate: a run of component characters and single slashes, starting with a capital letter at the start
# of a word (not after a letter, digit, underscore or dot; after a hyphen only if that hyphen starts a word).
# The character classes are disjoint from "/", so there is no ambiguity and so no backtracking beyond one run:
# every start position is either rejected at once by the look-behind or begins a run no other start shares.
_CANDIDATE = re.compile(
    # "(?=[A-Z])" first: the lookbehinds are tried only where a capital stands (4x faster on running text).
    r"(?=[A-Z])(?:(?<![\w.\-])|(?<=^-)|(?<=[^\w.\-]-))[A-Z][A-Za-z0-9.\-]*(?:/[A-Za-z0-9.\-]+)+",
)
# Where a candidate holds two symbols: a hyphen after a digit (or "Summary") before a series and a slash
# ("A/65/674-S/2010/674"), or a digit glued to a series and a slash ("A/74/956S/2020/719"). A valid component
# never contains either, so splitting there can never break a valid symbol.
_JOINT = re.compile(rf"(?:(?<=[0-9])|(?<=Summary))(-?)(?=(?:{_SERIES_ALTERNATION})/)")
_RESOLUTION_YEAR = re.compile(r"[ \t\u00a0]?\(([0-9]{4})\)")


def find_symbol_spans(text: str) -> list[tuple[int, int, Symbol]]:
    """Find every symbol in running text, with its place.

    Both halves of a joint symbol are found, whether an en dash, em dash or hyphen joins them, or nothing
    at all (``A/74/956S/2020/719``, as PDF extraction leaves it). Trailing punctuation and closing parentheses
    are never part of a symbol, and a symbol never ends inside a word (``S/2020/10é``). Strings that only look
    like symbols are not found: dates, fractions and page numbers (``2/7``), resolution numbers
    (``resolution 64/288``, ``2524 (2020)``), symbols of other organisations (OPCW ``S/1901/2020``,
    ``EC-94/DEC.2``). A ``*`` right after a symbol is read as the reissue
    mark, and a year in parentheses right after ``S/RES/<number>`` as the resolution year. Time is linear in
    the length of the text.

    Args:
        text: any text.

    Returns:
        ``(start, end, symbol)`` for every symbol, in order of appearance, duplicates included;
        ``text[start:end]`` is the symbol as it stands in the text.

    Example:
        >>> for start, end, symbol in find_symbol_spans("See (A/75/536-S/2020/1033) and S/RES/2562 (2021)."):
        ...     print(start, end, symbol)
        5 13 A/75/536
        14 25 S/2020/1033
        31 48 S/RES/2562 (2021)
    """
    if "/" not in text:  # every candidate holds a slash: most lines are ruled out by one memchr
        return []
    found: list[tuple[int, int, Symbol]] = []
    for candidate in _CANDIDATE.finditer(text):
        start, end = candidate.span()
        cuts = [(split.start(), split.end()) for split in _JOINT.finditer(text, start, end)]
        piece_start = start
        # A slash right after the candidate: its end is cut off ("S/2020/" at a line end), not a symbol. A letter
        # or digit right after it (one the candidate's ASCII classes leave out: "S/2020/10é"): the candidate
        # ends inside a word, and a symbol is never cut out of a word.
        truncated = text.startswith("/", end) or text[end : end + 1].isalnum() or text.startswith("_", end)
        for index in range(len(cuts) + 1):
            last = index == len(cuts)
            piece_end = end if last else cuts[index][0]
            hit = None if last and truncated else _symbol_in_piece(text, piece_start, piece_end, last)
            if hit is not None:
                found.append(hit)
            if not last:
                piece_start = cuts[index][1]
    return found


def find_symbols(text: str) -> list[Symbol]:
    """Find every symbol in running text, in order of appearance, duplicates included.

    See `find_symbol_spans` for what is found and what is not.

    Args:
        text: any text.

    Returns:
        The symbols, in the order they appear; a symbol cited twice appears twice.

    Example:
        >>> find_symbols("A/65/674\N{EN DASH}S/2010/674 and (S/2020/372), not resolution 64/288 or 2/7.")
        [Symbol.parse('A/65/674'), Symbol.parse('S/2010/674'), Symbol.parse('S/2020/372')]
    """
    return [symbol for _, _, symbol in find_symbol_spans(text)]


def _symbol_in_piece(text: str, start: int, end: int, last: bool) -> tuple[int, int, Symbol] | None:
    """The symbol that ends a piece of a candidate, if any (the longest, so the earliest start)."""
    piece = text[start:end].rstrip(".-")  # "S/2020/372." ends a sentence; "A/75/536-" a line
    end = start + len(piece)
    components = piece.split("/")
    count = len(components)
    offsets: list[int] = []
    # Only the last _MAX_COMPONENTS components can hold the symbol (it must run to the end of the piece).
    first = max(0, count - _MAX_COMPONENTS)
    position = start + sum(len(component) + 1 for component in components[:first])
    for component in components[first:]:
        offsets.append(position)
        position += len(component) + 1
    for index in range(first, count):
        if components[index] not in _SERIES:
            continue
        parts = _analyse(tuple(components[index:]))
        if isinstance(parts, _Problem):
            continue
        symbol_start = offsets[index - first]
        symbol_end = end
        reissued = False
        resolution_year: int | None = None
        if last and end < len(text):
            if text[end] == "*" and not text.startswith("**", end):
                reissued = True
                symbol_end = end + 1
            else:
                paren = _RESOLUTION_YEAR.match(text, end)
                if paren is not None:
                    year = int(paren.group(1))
                    parts_tuple = tuple(components[index:])
                    if _resolution_year_problem(parts_tuple, parts, year) is None:
                        resolution_year = year
                        symbol_end = paren.end()
        symbol = Symbol(components=tuple(components[index:]), reissued=reissued, resolution_year=resolution_year)
        return (symbol_start, symbol_end, symbol)
    return None
