"""The model's validators: what a text, a number, a marker, a path in a document may be.

`unga_docs.model` declares the classes and gives each field one of these; each raises a `ValidationError` that
names the class and the field. They are kept apart from the classes because they are many and read the lexicon,
and because the JSON reader's tests hold its fast checks to them (`text_problem`, `_is_plain_text`).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from typing import Any

import attrs

from unga_docs.errors import ValidationError
from unga_docs.grammar.languages import ANY_ANNEX_LABEL
from unga_docs.grammar.lexicon import ENGLISH, FOOTNOTE_MARKER, JOB_NUMBER, SUB_ITEMS

_Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

# Characters no text field may hold: control characters (NUL, escapes ...) and lone surrogates, which no UTF-8
# writer can encode. White space is collapsed, so tabs and line breaks never reach this check.
_FORBIDDEN_CATEGORIES = frozenset({"Cc", "Cs"})
_ODD_CHAR = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def _invalid(inst: object, attribute: attrs.Attribute[Any], message: str, index: int | None = None) -> ValidationError:
    """The error for a bad value of *attribute*: *message* follows the field's name."""
    field = attribute.name if index is None else f"{attribute.name}[{index}]"
    return ValidationError(f"{type(inst).__name__}.{field} {message}", owner=type(inst).__name__, field=field)


def text_problem(value: object) -> str | None:
    """Say what keeps *value* from being a model text, or None when it is one.

    A model text is a non-empty ``str`` on one line, with white space collapsed (no leading, trailing or repeated
    white space, no tabs or line breaks) and no control characters.

    Example:
        >>> text_problem("Prevention of armed conflict") is None
        True
        >>> text_problem("two  spaces")
        'must have its white space collapsed (no line breaks, tabs, or leading, trailing or repeated spaces)'
    """
    if not isinstance(value, str):
        return f"must be a str, not {type(value).__name__}"
    if not value:
        return "must not be empty"
    if value != " ".join(value.split()):
        return "must have its white space collapsed (no line breaks, tabs, or leading, trailing or repeated spaces)"
    odd = _ODD_CHAR.search(value)
    if odd is not None and unicodedata.category(odd.group()) in _FORBIDDEN_CATEGORIES:
        return f"must not contain the control character {odd.group()!r}"
    return None


# The validators' fast test of a text (`_is_plain_text`) and what it needs. ---------------------------------------

#: Texts shorter than this are scanned as they are; longer ones as UTF-8 bytes, which C scans several times faster.
_LONG_TEXT = 160
#: Every byte but ASCII's control characters: deleting them from UTF-8 text leaves only its control characters.
_PLAIN_BYTES = bytes(range(0x20, 0x7F)) + bytes(range(0x80, 0x100))
_TWO_SPACES = re.compile(b"  ")  # a literal: the regular expression engine scans for it faster than `in` does
# The UTF-8 forms of the characters beyond ASCII that a text may not hold (no surrogate can be encoded at all):
# U+0080-U+00A0 (C1 control characters, next line, no-break space) ...
_ODD_C2 = re.compile(b"\xc2[\x80-\xa0]")
# ... U+2000-U+200A (spaces), U+2028, U+2029 (line and paragraph separators), U+202F, U+205F (spaces) ...
_ODD_E2 = re.compile(b"\xe2(?:\x80[\x80-\x8a\xa8\xa9\xaf]|\x81\x9f)")
# ... and U+1680 (ogham space mark) and U+3000 (ideographic space).
_ODD_E1_E3 = re.compile(b"\xe1\x9a\x80|\xe3\x80\x80")


def _is_plain_text(value: object) -> bool:
    """The validators' fast test: True only for model texts, and for nearly every model text.

    `text_problem` splits and joins the text and searches it with a regular expression; this runs in C and
    allocates next to nothing. A short text is plain when it neither starts nor ends with a space, holds no two
    spaces running, and `str.isprintable` (False for every control character, surrogate and white space
    character but the plain space, and for a few characters that `text_problem` allows, such as a soft hyphen:
    those are left to it). A long one is read as UTF-8 bytes (`_plain_utf8`), where it takes fewer, faster
    scans. The validators accept exactly what `text_problem` accepts (property tests hold them to it, over every
    character).

    Example:
        >>> _is_plain_text("Prevention of armed conflict"), _is_plain_text("two  spaces")
        (True, False)
    """
    if type(value) is not str or value == "" or value[0] == " " or value[-1] == " ":
        return False
    if len(value) < _LONG_TEXT:
        return "  " not in value and value.isprintable()
    try:
        return _plain_utf8(value.encode())
    except UnicodeEncodeError:  # a surrogate
        return False


def _plain_utf8(data: bytes) -> bool:
    """Whether UTF-8 *data* has no control character, no white space but single spaces, and no two spaces running.

    No control byte is left when the printable ones are deleted; and none of the few encoded characters beyond
    ASCII that are white space or control characters is there.
    """
    if data.translate(None, _PLAIN_BYTES) or _TWO_SPACES.search(data) is not None:
        return False
    return data.isascii() or (
        (b"\xc2" not in data or _ODD_C2.search(data) is None)
        and (b"\xe2" not in data or _ODD_E2.search(data) is None)
        and ((b"\xe1" not in data and b"\xe3" not in data) or _ODD_E1_E3.search(data) is None)
    )


def _text(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not _is_plain_text(value):
        problem = text_problem(value)
        if problem is not None:
            raise _invalid(inst, attribute, f"{problem}: {value!r:.80}")


def _optional_text(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not _is_plain_text(value):
        problem = text_problem(value)
        if problem is not None:
            raise _invalid(inst, attribute, f"{problem}: {value!r:.80}")


def _texts(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple):
        raise _invalid(inst, attribute, f"must be a tuple, not {type(value).__name__}")
    if _all_plain_texts(value):
        return
    for i, item in enumerate(value):
        problem = text_problem(item)
        if problem is not None:
            raise _invalid(inst, attribute, f"{problem}: {item!r:.80}", i)


def _all_plain_texts(texts: tuple[object, ...]) -> bool:
    """`_is_plain_text` of every item, with one scan of the characters of them all (paragraphs come in dozens).

    The items are joined by "|", a plain character and no space, so the joined text is plain exactly when every
    item is plain but for its ends, which are checked one by one. Long texts are joined as UTF-8 bytes: encoding
    the items one by one is a copy for ASCII ones, where encoding their join would encode them all when one is
    not ASCII.
    """
    for t in texts:
        if type(t) is not str or t == "" or t[0] == " " or t[-1] == " ":
            return False
    joined = "|".join(texts)  # type: ignore[arg-type]  # all str, as just checked
    if len(joined) < _LONG_TEXT or joined.isascii():
        return _is_plain_text(joined) or not texts
    try:
        return _plain_utf8(b"|".join(map(str.encode, texts)))  # type: ignore[arg-type]
    except UnicodeEncodeError:  # a surrogate
        return False


def _tuple_of(cls: type, *, unique: bool = False) -> _Validator:
    """A tuple of *cls* instances (each once, with *unique*: a masthead prints each symbol, organ, session once)."""

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) is tuple:  # the common case first: exactly the class, and no repeats
            for item in value:
                if type(item) is not cls:
                    break
            else:
                if not unique or len(value) < 2 or len(set(value)) == len(value):
                    return
        if not isinstance(value, tuple):
            raise _invalid(inst, attribute, f"must be a tuple, not {type(value).__name__}")
        for i, item in enumerate(value):
            if type(item) is not cls and not isinstance(item, cls):
                raise _invalid(inst, attribute, f"must be a {cls.__name__}, not {type(item).__name__}", i)
        if unique and len(value) > 1:
            seen: set[object] = set()
            for i, item in enumerate(value):
                if item in seen:
                    raise _invalid(inst, attribute, f"must not repeat a value (a masthead prints each once): {item}", i)
                seen.add(item)

    return check


def _instance(cls: type, *, optional: bool = False) -> _Validator:
    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) is cls or (value is None and optional):
            return  # the common case: exactly the class (so neither a bool for an int nor a datetime for a date)
        # bool is an int and datetime is a date: neither belongs where the other is meant.
        if (
            not isinstance(value, cls)
            or (cls is int and isinstance(value, bool))
            or (cls is dt.date and isinstance(value, dt.datetime))
        ):
            want = f"a {cls.__name__}" + (" or None" if optional else "")
            raise _invalid(inst, attribute, f"must be {want}, not {type(value).__name__}")

    return check


def _short_int(value: int) -> str:
    """An int for a message: a huge one is described, not printed (printing it may even be refused)."""
    if value.bit_length() <= 64:
        return str(value)
    return f"a number of about {int(value.bit_length() * 0.30103) + 1} digits"


def _int_between(low: int, high: int) -> _Validator:
    """An int (not a bool) from *low* to *high*."""
    is_int = _instance(int)

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) is int and low <= value <= high:
            return
        is_int(inst, attribute, value)
        assert isinstance(value, int)
        if not low <= value <= high:
            raise _invalid(inst, attribute, f"must be from {low} to {high}, not {_short_int(value)}")

    return check


def _sub_item(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None or (isinstance(value, str) and value in SUB_ITEMS):
        return
    raise _invalid(
        inst,
        attribute,
        f"must be None or a lower-case letter or roman numeral (i to xcix) such as 'b' or 'xviii', not {value!r:.40}",
    )


def _annex_label(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    _text(inst, attribute, value)
    assert isinstance(value, str)
    if not ANY_ANNEX_LABEL.fullmatch(value):  # "Annex II", "Annexe", "Anexo", "Приложение I", "المرفق"
        raise _invalid(
            inst, attribute, f"must be a label such as 'Annex', 'Annex II' or 'Enclosure', not {value!r:.60}"
        )


def _signature_name(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _text(inst, attribute, value)
    assert isinstance(value, str)
    if "(" in value and ENGLISH.signed.search(value):  # "(" first: a name seldom has one, and `in` is the faster scan
        raise _invalid(inst, attribute, "must not contain '(Signed)' (it starts a signature)")


def _job_number(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not JOB_NUMBER.fullmatch(value)):
        raise _invalid(inst, attribute, f"must be None or a job number such as '23-01234', not {value!r:.40}")


def _marker(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not FOOTNOTE_MARKER.fullmatch(value):
        raise _invalid(
            inst,
            attribute,
            f"must be a footnote marker (1-999, a letter, '*' to '***', '†', '‡' or '§'), not {value!r:.40}",
        )


def _optional_positive(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None or (type(value) is int and value >= 1):
        return
    _instance(int, optional=True)(inst, attribute, value)
    raise _invalid(inst, attribute, f"must be None or an int from 1, not {_short_int(value)}")  # type: ignore[arg-type]


_INDEX = r"\[(?:0|[1-9][0-9]{0,8})\]"
_PARTS = rf"(?:paragraphs{_INDEX}|signatures{_INDEX})"
#: The paths of the parts provenance is recorded for, in the form of `DataError` paths.
ANCHOR_PATH = re.compile(
    rf"paragraphs{_INDEX}|letter\.(?:title|{_PARTS})"
    rf"|annexes{_INDEX}\.(?:label|heading|{_PARTS}|statement\.(?:title|{_PARTS}))"
)


def _anchor_path(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not str or ANCHOR_PATH.fullmatch(value) is None:
        raise _invalid(
            inst,
            attribute,
            "must be the path of a paragraph, title, heading, label or signature, such as 'letter.paragraphs[0]' "
            f"or 'annexes[1].statement.title', not {value!r:.60}",
        )
