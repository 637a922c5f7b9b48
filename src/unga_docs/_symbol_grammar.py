"""The grammar of a United Nations document symbol's components, and the limits that keep every symbol small.

`unga_docs.symbols` builds `Symbol` on it: `_analyse` reads a symbol's components into its parts (organ, bodies,
session or year, number, suffixes) or says what is wrong, with the plausibility rules the module docstring of
`unga_docs.symbols` lists; `_natural_key` orders components as people do ("L.9" before "L.10").
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from unga_docs.grammar.lexicon import MAX_SESSION

# ----------------------------------------------------------------------------------------------------------
# The grammar of one component, and limits that keep every symbol (and every search) small.

#: First components: the principal organs (A, E, S, T), the Secretariat (ST) and special series that do not
#: reflect their parent organ (treaty bodies, programmes, the Conference on Disarmament, and the press releases
#: letters cite: SC/15874, GA/12345, SG/SM/22000).
_SERIES = frozenset(
    {
        "A",
        "E",
        "S",
        "T",
        "ST",
        "CD",
        "GA",
        "SC",
        "SG",
        "CAT",
        "CCPR",
        "CED",
        "CEDAW",
        "CERD",
        "CMW",
        "CRC",
        "CRPD",
        "DP",
        "ECE",
        "TD",
        "UNEP",
    }
)
_SERIES_ALTERNATION = "|".join(sorted(_SERIES, key=lambda s: (-len(s), s)))

_MAX_COMPONENTS = 12
_MAX_BODIES = 5
_MAX_SPECIALS = 3
_MAX_LENGTH = 200  # characters of a symbol, spaces included, before normalisation

_FIRST_SC_YEAR = 1994  # S/YEAR/N and S/PRST/YEAR/N began in 1994
_FIRST_YEAR = 1946
_LAST_YEAR = 2100

_NUM = re.compile(r"[1-9][0-9]{0,5}")
_SPECIAL_SESSION = re.compile(r"(?:ES|S)-[1-9][0-9]?")
_NUMBERED = re.compile(r"(?:L|PV|SR|WP|CRP|R)\.[1-9][0-9]{0,5}")
_SUFFIX = re.compile(r"(?:Add|Corr|Rev|Amend)\.[1-9][0-9]{0,3}|Summary")
_BODY = re.compile(r"[A-Z]{1,10}(?:\.[1-9][0-9]{0,3})?|Sub\.[1-9][0-9]{0,3}")
_WORDS = frozenset({"RES", "PRST", "INF", "BUR", "NGO", "PET"})
_COMPONENT_CHARS = re.compile(r"[A-Za-z0-9.\-]+")
_BAD_CHAR = re.compile(r"[^A-Za-z0-9.\-]")
_DIGITS_OR_NOT = re.compile(r"[0-9]+|[^0-9]+")

# Component kinds.
_K_NUM, _K_SESSION, _K_NUMBERED, _K_SUFFIX, _K_WORD, _K_BODY, _K_BAD = range(7)


def _kind(component: str) -> int:
    if _NUM.fullmatch(component):
        return _K_NUM
    if _SPECIAL_SESSION.fullmatch(component):
        return _K_SESSION
    if _NUMBERED.fullmatch(component):
        return _K_NUMBERED
    if _SUFFIX.fullmatch(component):
        return _K_SUFFIX
    if component in _WORDS:
        return _K_WORD
    if _BODY.fullmatch(component):
        return _K_BODY
    return _K_BAD


_NaturalKey = tuple[tuple[int, int, str], ...]


def _natural_key(component: str) -> _NaturalKey:
    """Digit runs compare as numbers, and before text runs (valid components have no leading zeros)."""
    return tuple((0, int(run), "") if run[0].isdigit() else (1, 0, run) for run in _DIGITS_OR_NOT.findall(component))


class _Parts(NamedTuple):
    """What the grammar makes of a valid component tuple."""

    body_end: int
    specials: tuple[str, ...]
    session: str | None
    year: int | None
    number: str
    suffixes: tuple[str, ...]
    key: tuple[_NaturalKey, ...]


class _Problem(NamedTuple):
    """Why a component tuple is not a symbol: the index of the offending component (len() = at the end)."""

    at: int
    reason: str


@functools.lru_cache(maxsize=4096)
def _analyse(components: tuple[str, ...]) -> _Parts | _Problem:
    """Read a tuple of components against the grammar; never raises."""
    count = len(components)
    if count == 0:
        return _Problem(0, "empty symbol")
    if count > _MAX_COMPONENTS:
        return _Problem(_MAX_COMPONENTS, f"too many components (at most {_MAX_COMPONENTS})")
    for index, component in enumerate(components):
        if not component:
            return _Problem(index, "empty component")
        if not _COMPONENT_CHARS.fullmatch(component):
            return _Problem(index, f"{component!r} is not a symbol component")
    organ = components[0]
    if organ not in _SERIES:
        known = ", ".join(sorted(_SERIES))
        return _Problem(0, f"{organ!r} is not a known organ or series (one of {known})")
    kinds = [_kind(component) for component in components]
    index = 1
    while index < count and kinds[index] == _K_BODY:
        index += 1
    body_end = index
    if body_end - 1 > _MAX_BODIES:
        return _Problem(1 + _MAX_BODIES, f"too many subsidiary-body components (at most {_MAX_BODIES})")
    top_level = body_end == 1
    specials: list[str] = []
    session: str | None = None
    year: int | None = None
    number: str | None = None
    while index < count:
        component, kind = components[index], kinds[index]
        if kind == _K_WORD:
            if len(specials) == _MAX_SPECIALS:
                return _Problem(index, f"too many special components (at most {_MAX_SPECIALS})")
            specials.append(component)
        elif kind == _K_NUMBERED or (kind == _K_NUM and (index + 1 == count or kinds[index + 1] == _K_SUFFIX)):
            number = component
            index += 1
            break
        elif kind in (_K_NUM, _K_SESSION):
            if session is not None or year is not None:
                return _Problem(index, f"{component!r} is a second session or year")
            problem = _session_or_year(organ, top_level, component, kind, index)
            if isinstance(problem, _Problem):
                return problem
            if isinstance(problem, int):
                year = problem
            else:
                session = problem
        elif kind == _K_BODY:
            return _Problem(index, f"{component!r}: a subsidiary-body component must follow the organ directly")
        elif kind == _K_SUFFIX:
            return _Problem(index, f"{component!r}: a suffix must follow the document number")
        else:
            hint = " (a joint symbol is two symbols: parse each half)" if "-" in component else ""
            return _Problem(index, f"{component!r} is not a valid symbol component{hint}")
        index += 1
    if number is None:
        return _Problem(count, "the symbol has no document number")
    suffixes = components[index:]
    for offset, kind in enumerate(kinds[index:]):
        if kind != _K_SUFFIX:
            return _Problem(
                index + offset,
                f"{components[index + offset]!r}: only suffixes (Add.N, Corr.N, Rev.N, Amend.N, Summary) "
                "may follow the document number",
            )
    return _Parts(
        body_end=body_end,
        specials=tuple(specials),
        session=session,
        year=year,
        number=number,
        suffixes=suffixes,
        key=tuple(_natural_key(component) for component in components),
    )


def _session_or_year(organ: str, top_level: bool, component: str, kind: int, index: int) -> str | int | _Problem:
    """A component between the bodies and the number: a session (str), a year (int), or why it is neither."""
    if kind == _K_SESSION:
        if organ != "A":
            return _Problem(index, f"{component!r}: only the General Assembly has special sessions")
        return component
    value = int(component)
    if organ == "S" and top_level:
        if len(component) == 4 and _FIRST_SC_YEAR <= value <= _LAST_YEAR:
            return value
        return _Problem(
            index,
            f"{component!r} is not a plausible year for a Security Council S/YEAR/N symbol "
            f"({_FIRST_SC_YEAR}-{_LAST_YEAR})",
        )
    if organ == "A" and top_level:
        if value <= MAX_SESSION:
            return component
        return _Problem(index, f"{component!r} is not a plausible General Assembly session (1-{MAX_SESSION})")
    if len(component) <= 3 and value <= MAX_SESSION:
        return component
    if len(component) == 4 and _FIRST_YEAR <= value <= _LAST_YEAR:
        return value
    return _Problem(
        index,
        f"{component!r} is neither a session (1-{MAX_SESSION}) nor a year ({_FIRST_YEAR}-{_LAST_YEAR})",
    )


def _resolution_year_problem(components: tuple[str, ...], parts: _Parts, year: int) -> str | None:
    """Why a year in parentheses cannot follow these components (None: it can)."""
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        return f"{year} is not a plausible year ({_FIRST_YEAR}-{_LAST_YEAR})"
    if not (
        components[0] == "S"
        and parts.body_end == 1
        and parts.specials == ("RES",)
        and parts.session is None
        and parts.year is None
        and not parts.suffixes
        and _NUM.fullmatch(parts.number)
    ):
        return "a year in parentheses only follows a Security Council resolution, S/RES/<number>"
    return None
