"""Letter titles, and annex headings that name a letter ("Annex I to the note verbale dated ...").

"Letter dated 20 January 2023 from the Permanent Representative of Azerbaijan to the United Nations addressed to
the Secretary-General".

`parse_title` reads a title into its parts (`Title`: kind, date, sender, the States the sender speaks for,
addressees), `write_title` prints the canonical form, `is_title_start` and `title_extent` find a title wrapped over
several lines. `with_article` gives a State's name as it reads in a sentence ("the Sudan"). The words, the word order
and the table of States come from a `Lexicon`, English by default. The helpers that clean and split a title's
parts (sender, addressees, case, OCR's glued words) are in the private module ``_title_parts``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from unga_docs.enums import LetterKind
from unga_docs.errors import ParseError
from unga_docs.grammar._title_parts import (
    _FOOTNOTE_DIGITS,
    _TRAILING_NOISE,
    _TRAILING_SYMBOL,
    _is_caps,
    _recase,
    _split_addressees,
    _split_rest,
    _strip_the,
    _unglue,
    _without_inserted_name,
)
from unga_docs.grammar.dates import find_date, in_year_of, parse_dates, parse_yearless, write_date
from unga_docs.grammar.lexicon import ENGLISH, MAX_TITLE_LINES, Lexicon, name_key, ws
from unga_docs.grammar.ocr import respace
from unga_docs.grammar.senders import sender_states

__all__ = ["Title", "is_title_start", "parse_title", "title_extent", "with_article", "write_title"]

#: The year inside a symbol cited next to such a date ("S/1994/826").
_SYMBOL_YEAR = re.compile(r"\b[A-Z]/((?:19|20)[0-9]{2})/")


def with_article(state: str, lexicon: Lexicon = ENGLISH) -> str:
    """Give a State's name as it reads inside a sentence, with "the" where the name takes it.

    Args:
        state: A name from the table ("Sudan", "Azerbaijan"); unknown names are returned unchanged.
        lexicon: The words of the document's language (English by default).

    Returns:
        "the Sudan", "Azerbaijan".

    Example:
        >>> with_article("United Kingdom of Great Britain and Northern Ireland")
        'the United Kingdom of Great Britain and Northern Ireland'
    """
    return f"{lexicon.title_formats['article']} {state}" if name_key(state) in lexicon.states_with_article else state


_str_tuple = attrs.validators.deep_iterable(
    member_validator=attrs.validators.instance_of(str),
    iterable_validator=attrs.validators.instance_of(tuple),
)


@attrs.frozen(kw_only=True)
class Title:
    """What a letter's title says: its kind, date, sender and addressees.

    Attributes:
        kind: letter, identical letters or note verbale; None for a kind the enum does not have ("Cablegram").
        date: The date in the title, or None ("Letter from ...").
        sender: As printed, without a leading "the": "Permanent Representative of Azerbaijan to the United
            Nations".
        sender_states: The States the sender speaks for, as printed, without "the" ("Syrian Arab Republic");
            empty for officials of the United Nations (the Secretary-General, presidents and chairs).
        addressees: As printed after "addressed to", each without "the": ("Secretary-General",
            "President of the Security Council").
        annex: For an annex heading, the part before "to the letter" ("Annex", "Annex I", "Enclosure");
            else None.
        title: The whole title as printed, whitespace collapsed, when it was read by `parse_title` (None
            when the parts were built by hand). It describes the source, so it takes no part in equality: two
            titles with the same parts are equal however they were printed, and `write_title` writes the
            parts, not this text.

    Example:
        >>> t = Title(
        ...     kind=LetterKind.LETTER,
        ...     sender="Secretary-General",
        ...     addressees=("President of the Security Council",),
        ... )
        >>> write_title(t)
        'Letter from the Secretary-General addressed to the President of the Security Council'
    """

    kind: LetterKind | None = attrs.field(default=None, validator=attrs.validators.optional(
        attrs.validators.instance_of(LetterKind)))  # fmt: skip
    date: dt.date | None = attrs.field(default=None, validator=attrs.validators.optional(
        attrs.validators.instance_of(dt.date)))  # fmt: skip
    sender: str | None = attrs.field(default=None, validator=attrs.validators.optional(
        attrs.validators.instance_of(str)))  # fmt: skip
    sender_states: tuple[str, ...] = attrs.field(default=(), validator=_str_tuple)
    addressees: tuple[str, ...] = attrs.field(default=(), validator=_str_tuple)
    annex: str | None = attrs.field(default=None, validator=attrs.validators.optional(
        attrs.validators.instance_of(str)))  # fmt: skip
    title: str | None = attrs.field(default=None, eq=False, validator=attrs.validators.optional(
        attrs.validators.instance_of(str)))  # fmt: skip


def _kind_of(word: str | None, lexicon: Lexicon) -> LetterKind | None:
    if word is None:
        return LetterKind.LETTER
    return lexicon.letter_kinds.get(ws(word).lower())


def _title_date(text: str, title: str, lexicon: Lexicon, issued: dt.date | None) -> dt.date | None:
    """The title's date: the first one printed.

    A day and month without a year ("datées du 21 février", "dated 13 July (S/1994/826)") take the year of a
    symbol the title cites (a report's citation form), else that of *issued* (`in_year_of`); without either the
    date is unknown (None) rather than an error.
    """
    try:
        return parse_dates(text, lexicon)[0]
    except ParseError:
        month_day = parse_yearless(text, lexicon)
        if month_day is None:
            raise
    cited = _SYMBOL_YEAR.search(title)
    if cited is not None:
        return in_year_of(*month_day, dt.date(int(cited.group(1)), 12, 31))
    return None if issued is None else in_year_of(*month_day, issued)


def _match_title(
    source: str, text: str, lexicon: Lexicon, issued: dt.date | None = None
) -> tuple[re.Match[str], dt.date | None]:
    """The title grammar's match of *source* (the title as read) and the title's date; ParseError if neither."""
    clean = ws(text)
    m = lexicon.title.fullmatch(source)
    if m is None or (m.group("kind") is None and m.group("date") is None):
        raise ParseError(f"not a letter title: {clean[:80]!r}", text=text)
    # "Identical letters dated 19 and 20 January 2023": the title's date is the first one printed.
    return m, _title_date(m.group("date"), clean, lexicon, issued) if m.group("date") is not None else None


def _parse_any(text: str, issued: dt.date | None) -> Title:
    """Read a title in whichever language it is printed: English first, then the language the text looks like."""
    from unga_docs.grammar.languages import LEXICONS, detect_language

    try:
        return parse_title(text, ENGLISH, issued=issued)
    except ParseError as e:
        error = e
    first = LEXICONS[detect_language(text)]  # told only for a title English does not read
    for lexicon in dict.fromkeys((first, *LEXICONS.values())):
        if lexicon is ENGLISH:
            continue
        try:
            return parse_title(text, lexicon, issued=issued)
        except ParseError:
            pass
    raise error


def parse_title(text: str, lexicon: Lexicon | None = None, *, issued: dt.date | None = None) -> Title:
    """Read a letter's title (or an annex heading that names the letter).

    Handles letters, identical letters, notes verbales; chargés d'affaires a.i. (with or without the accent,
    straight or curly apostrophe); several senders ("Permanent Representatives of China, France, ... and the
    United States of America"); observers; officials as senders; titles without a date ("Letter from ...");
    titles in capitals (read back in the case of ordinary print); old and abbreviated forms ("Letter dated
    17 October 1986 from Nicaragua to the President of the Security Council"); annex headings ("Annex I to the
    note verbale dated ..."). Whitespace and line breaks inside the title do not matter.

    Args:
        text: The title.
        lexicon: The words of the document's language; None (the default) reads English first, then the
            language the title looks like (`unga_docs.grammar.languages.detect_language`), then the others.
        issued: The date of the document the title stands in, if known: a date the title prints without its
            year ("datées du 21 février") takes its year from it (that year, or the year before when the day
            and month fall after it). The title itself is kept as printed.

    Returns:
        Its parts, values as printed in the title's language.

    Raises:
        ParseError: If the text is not a title, or its date is not a date.

    Example:
        >>> t = parse_title(
        ...     "Identical letters dated 22 May 2020 from the Permanent Representative of Georgia to the"
        ...     " United Nations addressed to the Secretary-General and the President of the Security Council"
        ... )
        >>> t.kind, t.date, t.sender_states
        (<LetterKind.IDENTICAL_LETTERS: 'identical letters'>, datetime.date(2020, 5, 22), ('Georgia',))
        >>> t.addressees
        ('Secretary-General', 'President of the Security Council')
        >>> t.sender
        'Permanent Representative of Georgia to the United Nations'
        >>> parse_title("Annex I to the letter dated 2 October 2017 from the Secretary-General").annex
        'Annex I'
    """
    if lexicon is None:
        return _parse_any(text, issued)
    clean = ws(text)
    # OCR glues a title's small words to their neighbours ("Generalfor", "ofthe", "ADDRESSEDTO"): its parts are
    # read from the text with the spaces put back; the title itself stays as printed.
    source = _unglue(clean) if lexicon is ENGLISH else clean
    try:
        m, date = _match_title(source, text, lexicon, issued)
    except ParseError:
        # OCR's letter-spacing split its words ("Secre tario"): the parts are read with them joined (see `respace`).
        spaced = respace(source, lexicon)
        if spaced == source:
            raise
        m, date = _match_title(spaced, text, lexicon, issued)
    caps = _is_caps(clean)
    parts = m.groupdict()
    if parts.get("rest") is not None:
        sender_text, addressee_text = _split_rest(parts["rest"], lexicon)
    else:  # a language whose pattern names the parts itself (its word order differs)
        sender_text = parts.get("sender") or parts.get("sender2") or ""
        addressee_text = parts.get("addressees") or parts.get("addressees2") or ""
    sender = _TRAILING_SYMBOL.sub("", _strip_the(sender_text.strip(), lexicon))
    sender = _FOOTNOTE_DIGITS.sub("", sender.rstrip(_TRAILING_NOISE)).rstrip(_TRAILING_NOISE)
    if not sender and parts.get("rest") is not None:
        raise ParseError(f"a title needs a sender after 'from': {clean[:80]!r}", text=text)
    sender = _without_inserted_name(sender, lexicon)
    if date is None:
        dated = lexicon.dated_word.search(addressee_text)
        if dated is not None:
            date = find_date(addressee_text[dated.start() :], lexicon)
    addressees = _split_addressees(addressee_text, lexicon)
    annex = m.group("annex")
    if caps:
        sender = _recase(sender, lexicon)
        addressees = [_recase(a, lexicon) for a in addressees]
        annex = _recase(annex, lexicon) if annex else None
        if annex:
            label, _, number = annex.partition(" ")
            annex = f"{label} {number.upper()}" if number else label
    return Title(
        kind=_kind_of(m.group("kind"), lexicon),
        date=date,
        sender=sender or None,
        sender_states=sender_states(sender, lexicon) if sender else (),
        addressees=tuple(addressees),
        annex=annex,
        title=clean,
    )


def write_title(title: Title, lexicon: Lexicon = ENGLISH) -> str:
    """Write a title in its canonical form from its parts.

    The law: ``parse_title(write_title(t)) == t`` for every title whose parts read back (sender and addressees
    as `parse_title` gives them, `sender_states` those the sender names).

    Args:
        title: The title; it needs a kind and a sender.
        lexicon: The words of the document's language (English by default).

    Returns:
        "Letter dated 20 January 2023 from the Permanent Representative of Azerbaijan to the United Nations
        addressed to the Secretary-General".

    Raises:
        ValueError: If the title has no kind or no sender.

    Example:
        >>> text = write_title(
        ...     Title(
        ...         kind=LetterKind.NOTE_VERBALE,
        ...         date=dt.date(2010, 3, 18),
        ...         sender="Permanent Mission of Switzerland to the United Nations",
        ...         sender_states=("Switzerland",),
        ...         addressees=("Secretary-General",),
        ...         annex="Annex",
        ...     )
        ... )
        >>> text[:58]
        'Annex to the note verbale dated 18 March 2010 from the Per'
        >>> text[58:]
        'manent Mission of Switzerland to the United Nations addressed to the Secretary-General'
    """
    if title.kind is None:
        raise ValueError("kind: a title needs a kind to be written")
    if not title.sender:
        raise ValueError("sender: a title needs a sender to be written")
    pieces = lexicon.title_pieces
    article = lexicon.title_formats["article"]
    word = lexicon.letter_kind_words[title.kind]
    if title.annex:
        parts = [lexicon.title_formats["annex"].format(annex=title.annex, kind=word)]
    else:
        parts = [word[0].upper() + word[1:]]
    the = f"{article} " if article else ""
    for part in (key for key in lexicon.title_formats if key in pieces):  # in the language's order
        before, after = pieces[part]
        if part == "dated" and title.date is not None:
            parts.append(before + write_date(title.date, lexicon) + after)
        elif part == "sender":
            if name_key(title.sender) in lexicon.canonical_states:
                sender = with_article(title.sender, lexicon)
            else:
                sender = the + title.sender
            parts.append(before + sender + after)
        elif part == "addressees" and title.addressees:
            to = lexicon.title_formats.get("to", article)  # French "au", Spanish "al"
            parts.append(before + lexicon.join_list([(f"{to} " if to else "") + a for a in title.addressees]) + after)
    return " ".join(parts)


def is_title_start(line: str, lexicon: Lexicon = ENGLISH) -> bool:
    """Tell whether a line begins a letter's title (or an annex heading naming a letter).

    True for lines starting "Letter dated", "Identical letters dated", "Note verbale dated", "Letter from",
    "Annex to the letter dated", "Annex I to the note verbale ..." in any case, but the first letter must be a
    capital: "the letter dated" or a wrapped body line "letter dated ..." in running text is not a title.

    Args:
        line: One line of text.
        lexicon: The words of the document's language (English by default).

    Returns:
        Whether a title starts there.

    Example:
        >>> is_title_start("Letter dated 20 January 2023 from the Permanent Representative of")
        True
        >>> is_title_start("the letter dated 26 June 2006 from the Charg\u00e9 d'affaires a.i.")
        False
    """
    stripped = line.lstrip()
    # A capital first (a script without case, Arabic, has none: there, not lower case).
    if not stripped or (not stripped[0].isupper() if lexicon is ENGLISH else stripped[0].islower()):
        return False
    return lexicon.title_start.match(stripped) is not None


def _title_complete(text: str, lexicon: Lexicon) -> bool:
    """Whether a (joined) title has a complete addressee clause."""
    m = lexicon.title.fullmatch(_unglue(text) if lexicon is ENGLISH else text)
    if m is None:
        return False
    parts = m.groupdict()
    if parts.get("rest") is None:  # the parts in another order: complete when the last one does not dangle
        last = parts.get("sender") or parts.get("sender2") or parts.get("addressees") or parts.get("addressees2")
        return bool(last) and lexicon.dangling_end.search(text) is None
    _, addressee_text = _split_rest(m.group("rest"), lexicon)
    addressee_text = addressee_text.strip()
    if not addressee_text or lexicon.dangling_end.search(addressee_text):
        return False
    last = name_key(_strip_the(lexicon.addressee_sep.split(addressee_text)[-1], lexicon))
    forms = lexicon.addressee_forms
    return last in forms or not any(form.startswith(last) for form in forms)


def _continues(line: str, caps: bool, lexicon: Lexicon) -> bool:
    """Whether a line after a complete title still belongs to it ("and the President of ...")."""
    if caps:
        return _is_caps(line) and lexicon.continuation_caps.match(line) is not None
    return line[0].islower() or line[0] in ",("


def _join_line(text: str, line: str) -> str:
    if text.endswith(("-", "\u2010", "\u2011")) and line[:1].isalpha():
        return text + line
    return f"{text} {line}"


def title_extent(lines: Sequence[str], lexicon: Lexicon = ENGLISH) -> int:
    """Count how many of the given lines belong to the title that starts on the first one.

    Titles wrap over two to four lines with the break anywhere. The title ends when its addressee clause is
    complete and the next line does not carry it on (a line starting in lower case, or "AND THE ..." in a
    title printed in capitals); a blank line, a body opening ("I have the honour", "Upon instructions",
    "The Permanent Mission of ...") or the start of another title also ends it.

    Args:
        lines: The lines from the title's first line on (the body may follow).
        lexicon: The words of the document's language (English by default).

    Returns:
        The number of title lines (0 if the first line does not start a title).

    Example:
        >>> title_extent([
        ...     "Letter dated 30 October 2020 from the President of the",
        ...     "Security Council addressed to the Secretary-General and the",
        ...     "Permanent Representatives of the members of the Security Council",
        ...     "I have the honour to inform you ...",
        ... ])
        3
    """
    if not lines or not is_title_start(lines[0], lexicon):
        return 0
    text = ws(lines[0])
    caps = _is_caps(text)
    count = 1
    while count < len(lines) and count < MAX_TITLE_LINES:
        line = ws(lines[count])
        if not line or (line[0].isupper() and lexicon.body_start.match(line)) or is_title_start(line, lexicon):
            break
        if _title_complete(text, lexicon) and not _continues(line, caps, lexicon):
            break
        text = _join_line(text, line)
        count += 1
    return count
