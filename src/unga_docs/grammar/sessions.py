"""Session lines of the masthead: "Seventy-seventh session", "Seventy-eighth year", "Tenth emergency special session".

`ordinal_word` and `ordinal_number` spell a session number and read it back; `parse_session`, `find_sessions` and
`write_session` read and write whole session lines (`SessionRef`). The spelled ordinals, the words for the kinds of
session and for what a line counts (a General Assembly session, a Security Council year) come from a `Lexicon`,
English by default.
"""

from __future__ import annotations

import re

import attrs

from unga_docs.enums import Organ, SessionKind
from unga_docs.errors import ParseError
from unga_docs.grammar.lexicon import ENGLISH, MAX_SESSION, Lexicon, ws

__all__ = ["SessionRef", "find_sessions", "ordinal_number", "ordinal_word", "parse_session", "write_session"]


def ordinal_word(n: int, lexicon: Lexicon = ENGLISH) -> str:
    """Spell a session number as the UN prints it in a heading, with a capital first letter.

    Args:
        n: 1 to 199.
        lexicon: The words of the document's language (English by default).

    Returns:
        "Seventy-seventh"; from 100 on, UN (British) usage: "One hundredth", "One hundred and first".

    Raises:
        ValueError: If *n* is outside 1..199.

    Example:
        >>> ordinal_word(77), ordinal_word(100), ordinal_word(135)
        ('Seventy-seventh', 'One hundredth', 'One hundred and thirty-fifth')
    """
    if not 1 <= n <= MAX_SESSION:
        raise ValueError(f"ordinal out of range 1..{MAX_SESSION}: {n}")
    word = lexicon.ordinals[n - 1]
    return word[0].upper() + word[1:]


def ordinal_number(word: str, lexicon: Lexicon = ENGLISH) -> int:
    """Read a spelled ordinal (1 to 199) back to its number.

    Args:
        word: "Seventy-seventh", "SEVENTY-SEVENTH", "seventy seventh" (any hyphen or dash will do),
            "One hundred and first" (also without "and" or "one").
        lexicon: The words of the document's language (English by default).

    Returns:
        The number.

    Raises:
        ParseError: If the word is not such an ordinal.

    Example:
        >>> ordinal_number("SEVENTY-SEVENTH"), ordinal_number("One hundred and first")
        (77, 101)
    """
    try:
        return lexicon.ordinal_numbers[lexicon.ordinal_key(word)]
    except KeyError:
        raise ParseError(f"not a spelled ordinal (1-{MAX_SESSION}): {ws(word)!r}", text=word) from None


_SESSION_ORGANS = (Organ.GENERAL_ASSEMBLY, Organ.SECURITY_COUNCIL)


# One function a field, the common case first (a reading builds a SessionRef a session line): attrs' lists of
# `instance_of`, `in_`, `ge` and `le` took seven calls a SessionRef. They raise what those raised (TypeError for
# the wrong type, ValueError for a value out of range), naming the field.
def _session_organ(instance: SessionRef, attribute: attrs.Attribute[Organ], value: Organ) -> None:
    if value in _SESSION_ORGANS:
        return
    if not isinstance(value, Organ):
        raise TypeError(f"SessionRef.organ must be an Organ, not {type(value).__name__}")
    raise ValueError(f"SessionRef.organ must be one of {[o.value for o in _SESSION_ORGANS]}, not {value.value!r}")


def _session_number(instance: SessionRef, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is int and 1 <= value <= MAX_SESSION:
        return
    if not isinstance(value, int):
        raise TypeError(f"SessionRef.number must be an int, not {type(value).__name__}")
    if not 1 <= value <= MAX_SESSION:
        raise ValueError(f"SessionRef.number must be from 1 to {MAX_SESSION}, not {value}")


def _session_kind(instance: SessionRef, attribute: attrs.Attribute[SessionKind], value: SessionKind) -> None:
    if not isinstance(value, SessionKind):
        raise TypeError(f"SessionRef.kind must be a SessionKind, not {type(value).__name__}")
    if instance.organ is Organ.SECURITY_COUNCIL and value is not SessionKind.REGULAR:
        raise ValueError("SessionRef.kind: a Security Council year is always regular")


@attrs.frozen(kw_only=True)
class SessionRef:
    """A session line of the masthead: the General Assembly's session or the Security Council's year.

    Attributes:
        organ: `Organ.GENERAL_ASSEMBLY` ("... session") or `Organ.SECURITY_COUNCIL` ("... year").
        number: 1 to 199.
        kind: regular, special or emergency special (Security Council years are regular).

    Example:
        >>> SessionRef(organ=Organ.GENERAL_ASSEMBLY, number=77, kind=SessionKind.REGULAR).number
        77
    """

    organ: Organ = attrs.field(validator=_session_organ)
    number: int = attrs.field(validator=_session_number)
    kind: SessionKind = attrs.field(default=SessionKind.REGULAR, validator=_session_kind)


def _session_from_match(m: re.Match[str], lexicon: Lexicon) -> SessionRef:
    number = ordinal_number(m.group("ord"), lexicon)
    kind_text = m.group("kind")
    try:
        if kind_text is not None:
            kind = lexicon.session_kinds[ws(kind_text).lower()]
            return SessionRef(organ=Organ.GENERAL_ASSEMBLY, number=number, kind=kind)
        organ = lexicon.session_units[ws(m.group("unit")).lower()]
    except KeyError:  # the pattern's case folding reads more than the table's keys ("ſeſſion")
        raise ParseError(f"not a session line: {ws(m.group())!r}", text=m.group()) from None
    return SessionRef(organ=organ, number=number, kind=SessionKind.REGULAR)


def parse_session(text: str, lexicon: Lexicon = ENGLISH) -> SessionRef:
    """Read a session line.

    Args:
        text: "Seventy-seventh session", "Seventy-eighth year", "Tenth emergency special session",
            "Twenty-eighth special session", in any case.
        lexicon: The words of the document's language (English by default).

    Returns:
        The session.

    Raises:
        ParseError: If the text is not exactly one session line.

    Example:
        >>> ref = parse_session("Seventy-eighth year")
        >>> ref.organ, ref.number, ref.kind
        (<Organ.SECURITY_COUNCIL: 'Security Council'>, 78, <SessionKind.REGULAR: 'regular'>)
        >>> parse_session("TENTH EMERGENCY SPECIAL SESSION").kind
        <SessionKind.EMERGENCY_SPECIAL: 'emergency special'>
    """
    clean = ws(text)
    m = lexicon.session.fullmatch(clean)
    if m is None:
        raise ParseError(f"not a session line: {clean!r}", text=text)
    return _session_from_match(m, lexicon)


def write_session(ref: SessionRef, lexicon: Lexicon = ENGLISH) -> str:
    """Write a session line as printed.

    Args:
        ref: The session.
        lexicon: The words of the document's language (English by default).

    Returns:
        "Seventy-seventh session", "Seventy-eighth year", "Tenth emergency special session".

    Example:
        >>> write_session(SessionRef(organ=Organ.GENERAL_ASSEMBLY, number=28, kind=SessionKind.SPECIAL))
        'Twenty-eighth special session'
    """
    before, after = lexicon.session_lines[ref.organ, ref.kind]
    if ref.organ is Organ.SECURITY_COUNCIL and lexicon.year_ordinals:  # a year of another gender (Russian "год")
        word = lexicon.year_ordinals[ref.number - 1]
        return before + word[0].upper() + word[1:] + after
    return before + ordinal_word(ref.number, lexicon) + after


def find_sessions(text: str, lexicon: Lexicon = ENGLISH) -> list[tuple[int, int, SessionRef]]:
    """Find every session line inside a text where several sit together.

    Args:
        text: E.g. "General Assembly Security Council Seventy-fourth session Seventy-fifth year Agenda
            item 31".
        lexicon: The words of the document's language (English by default).

    Returns:
        ``(start, end, session)`` for each, in order.

    Example:
        >>> [(s, e, r.number) for s, e, r in find_sessions("Seventy-fourth session Seventy-fifth year")]
        [(0, 22, 74), (23, 41, 75)]
    """
    found = []
    for m in lexicon.session.finditer(text):
        try:
            found.append((m.start(), m.end(), _session_from_match(m, lexicon)))
        except ParseError:  # the pattern's case folding reads more than the ordinals' table ("ſeventy-ſeventh")
            continue
    return found
