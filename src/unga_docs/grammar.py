"""The small languages inside UN letters: dates, session ordinals, agenda-item lists and letter titles.

Each language has an exact parser (pre-compiled regular expressions written so that they cannot backtrack
catastrophically: every call is linear in the length of its input) and a writer that gives the canonical
printed form, with the law ``parse(write(x)) == x``.

* Dates: `parse_date`, `parse_dates`, `find_date`, `write_date` ("20 January 2023").
* Sessions: `ordinal_word`, `ordinal_number`, `parse_session`, `find_sessions`, `write_session`, `SessionRef`
  ("Seventy-seventh session", "Seventy-eighth year", "Tenth emergency special session").
* Agenda-item lists: `match_agenda_list`, `parse_agenda_list`, `write_agenda_list`, `AgendaMatch`
  ("Agenda items 30, 68 (b) and 73", "Item 97 of the preliminary list*").
* Titles: `parse_title`, `write_title`, `Title`, `is_title_start`, `title_extent`
  ("Letter dated 20 January 2023 from the Permanent Representative of Azerbaijan to the United Nations
  addressed to the Secretary-General").

The table of State names (`MEMBER_STATES`, `OBSERVER_STATES`, plus former names and common short forms kept
privately) is what lets a title's list of senders be split correctly even where a name contains "and"
("Bosnia and Herzegovina", "Saint Vincent and the Grenadines").

Example:
    >>> len(MEMBER_STATES), OBSERVER_STATES
    (193, ('Holy See', 'State of Palestine'))
    >>> with_article("Sudan"), with_article("Azerbaijan")
    ('the Sudan', 'Azerbaijan')

This module imports nothing of the package but `unga_docs.errors` and `unga_docs.enums`: the model imports it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs
from dateutil import parser as _dateutil_parser

from unga_docs.enums import LetterKind, Organ, SessionKind
from unga_docs.errors import ParseError

__all__ = [
    "MEMBER_STATES",
    "OBSERVER_STATES",
    "AgendaMatch",
    "SessionRef",
    "Title",
    "find_date",
    "find_sessions",
    "is_title_start",
    "match_agenda_list",
    "ordinal_number",
    "ordinal_word",
    "parse_agenda_list",
    "parse_date",
    "parse_dates",
    "parse_session",
    "parse_title",
    "title_extent",
    "with_article",
    "write_agenda_list",
    "write_date",
    "write_session",
    "write_title",
]


def _ws(text: str) -> str:
    """Collapse runs of whitespace (NBSP included) to one space and strip the ends."""
    return " ".join(text.split())


# ------------------------------------------------------------------------------------------------------------
# Dates
# ------------------------------------------------------------------------------------------------------------

_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: Month name (lower case) -> month number: the fast path's whole vocabulary (dateutil's ``parserinfo`` idea).
_MONTHS = {name.lower(): number for number, name in enumerate(_MONTH_NAMES, start=1)}
_MONTH_ALT = "|".join(_MONTH_NAMES)

#: "D Month YYYY" anywhere in running text (day of one or two digits, a full month name, a four-digit year).
_DATE_IN_TEXT = re.compile(rf"(?<![\w.])(\d{{1,2}})\s+({_MONTH_ALT})\s+(\d{{4}})(?!\w)", re.IGNORECASE)
_YEAR4 = re.compile(r"(?<!\d)\d{4}(?!\d)")
_MONTH_WORD = re.compile(r"(?<![^\W\d_])(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?", re.I)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Sentinel defaults: dateutil fills a part the text lacks from its default; two different defaults that give
# two different dates prove that a part was missing, so nothing is ever filled in silently.
_SENTINELS = (dt.datetime(2001, 1, 1), dt.datetime(2002, 2, 2))
_MAX_DATE_LENGTH = 60  # "Wednesday, 30 September 2020" is 28: anything much longer is not one date


def _date_error(reason: str, text: str) -> ParseError:
    return ParseError(reason, text=text)


def _make_date(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _date_error(f"no such day: {_ws(text)!r}", text) from None


def parse_date(text: str) -> dt.date:
    """Read one full date: day, month and year.

    The printed UN form "20 January 2023" takes a fast path (split and a month table, no regular expression);
    any other full form ("January 20, 2023", "20 Jan. 2023", "Friday, 20 January 2023", "2023-01-20") goes to
    python-dateutil, which is checked so that it can never fill in a missing part.

    Args:
        text: The date, case-insensitive, with any whitespace around and between its parts.

    Returns:
        The date.

    Raises:
        ParseError: If the text is not one full, valid date ("1990", "January 2023", "32 January 2023").

    Example:
        >>> parse_date("20 January 2023")
        datetime.date(2023, 1, 20)
        >>> parse_date("  20  JANUARY 2023 ")
        datetime.date(2023, 1, 20)
        >>> parse_date("January 20, 2023")
        datetime.date(2023, 1, 20)
        >>> parse_date("January 2023")
        Traceback (most recent call last):
        ...
        unga_docs.errors.ParseError: line 1, column 1: not a full date (day, month and year): 'January 2023'
    """
    parts = text.split()
    if len(parts) == 3:
        day, month_name, year = parts
        month = _MONTHS.get(month_name.lower())
        if (
            month is not None
            and len(day) <= 2
            and day.isascii()
            and day.isdigit()
            and len(year) == 4
            and year.isascii()
            and year.isdigit()
        ):
            return _make_date(int(year), month, int(day), text)
    return _parse_date_slow(text)


def _parse_date_slow(text: str) -> dt.date:
    clean = _ws(text)
    if not clean:
        raise _date_error("empty date", text)
    if len(clean) > _MAX_DATE_LENGTH:
        raise _date_error(f"too long for a date: {clean[:40]!r}...", text)
    iso = _ISO_DATE.fullmatch(clean)
    if not iso and not (_YEAR4.search(clean) and _MONTH_WORD.search(clean)):
        raise _date_error(f"not a full date (day, month and year): {clean!r}", text)
    try:
        first, second = (_dateutil_parser.parse(clean, default=d, dayfirst=True) for d in _SENTINELS)
    except (ValueError, OverflowError):
        raise _date_error(f"not a date: {clean!r}", text) from None
    if first.date() != second.date():
        raise _date_error(f"not a full date (day, month and year): {clean!r}", text)
    return first.date()


_RANGE_ITEM = re.compile(rf"(\d{{1,2}})(?:\s+({_MONTH_ALT}))?(?:\s+(\d{{4}}))?(?!\w)", re.IGNORECASE)
_RANGE_SEP = re.compile(r"\s*(?:[-\u2010-\u2015]|,\s*and\b|,|\band\b|\bto\b)\s*", re.IGNORECASE)


def parse_dates(text: str) -> tuple[dt.date, ...]:
    """Read a date, a pair of dates or a range, as printed.

    Month and year are shared from the right, as in print: "19-20 January 1990" is 19 and 20 January 1990.
    A range gives its two ends, not the days between.

    Args:
        text: "20 January 2023", "19-20 January 1990" (hyphen or en dash), "1 and 2 May 2020",
            "30 November-1 December 2020", "30 December 2020 and 4 January 2021".

    Returns:
        The dates in printed order.

    Raises:
        ParseError: If the text is not such a list, or a date in it does not exist.

    Example:
        >>> parse_dates("19\u201320 January 1990")
        (datetime.date(1990, 1, 19), datetime.date(1990, 1, 20))
        >>> parse_dates("30 December 2020 and 4 January 2021")
        (datetime.date(2020, 12, 30), datetime.date(2021, 1, 4))
    """
    clean = _ws(text)
    items: list[tuple[str, str | None, str | None]] = []
    pos = 0
    while True:
        m = _RANGE_ITEM.match(clean, pos)
        if m is None:
            break
        items.append((m.group(1), m.group(2), m.group(3)))
        pos = m.end()
        sep = _RANGE_SEP.match(clean, pos)
        if sep is None or pos == len(clean):
            break
        pos = sep.end()
    if not items or pos != len(clean):
        return (parse_date(clean),)
    dates: list[dt.date] = []
    month: str | None = None
    year: str | None = None
    for day, item_month, item_year in reversed(items):
        if item_year is not None:
            if item_month is None:
                raise _date_error(f"a year without a month: {clean!r}", text)
            year = item_year
        if item_month is not None:
            month = item_month
        if month is None or year is None:
            raise _date_error(f"not a full date (day, month and year): {clean!r}", text)
        dates.append(_make_date(int(year), _MONTHS[month.lower()], int(day), text))
    return tuple(reversed(dates))


def write_date(date: dt.date) -> str:
    """Write a date as the UN prints it: day without a leading zero, full month name, four-digit year.

    Args:
        date: The date (years 1000 to 9999 read back).

    Returns:
        "20 January 2023".

    Example:
        >>> write_date(dt.date(2023, 1, 5))
        '5 January 2023'
    """
    return f"{date.day} {_MONTH_NAMES[date.month - 1]} {date.year}"


def find_date(text: str) -> dt.date | None:
    """Find the first valid date "D Month YYYY" inside running text.

    Args:
        text: Any text: a title, or a masthead line such as "Distr.: General 17 July 2020".

    Returns:
        The first date that exists, or None.

    Example:
        >>> find_date("Distr.: General 17 July 2020")
        datetime.date(2020, 7, 17)
        >>> find_date("no date here") is None
        True
    """
    for m in _DATE_IN_TEXT.finditer(text):
        try:
            return dt.date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
        except ValueError:
            continue
    return None


# ------------------------------------------------------------------------------------------------------------
# Session ordinals
# ------------------------------------------------------------------------------------------------------------

_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = (
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_TENTHS = (
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
)
_MAX_ORDINAL = 199
_HYPHENS = "\u2010\u2011\u2012\u2013\u2014\u00ad-"


def _ordinal_below_100(n: int) -> str:
    if n < 10:
        return _UNITS[n - 1]
    if n < 20:
        return _TEENS[n - 10]
    tens, units = divmod(n, 10)
    return _TENTHS[tens - 2] if units == 0 else f"{_TENS[tens - 2]}-{_UNITS[units - 1]}"


def _ordinal_lower(n: int) -> str:
    if n < 100:
        return _ordinal_below_100(n)
    if n == 100:
        return "one hundredth"
    return f"one hundred and {_ordinal_below_100(n - 100)}"


_ORDINAL_KEY_DROP = re.compile(r"\band\b|^one\b")


def _ordinal_key(word: str) -> str:
    """Normalise a spelled ordinal: case, hyphen variants, spacing, "and" and a leading "one" do not count."""
    lowered = word.lower().translate({ord(h): " " for h in _HYPHENS})
    return " ".join(_ORDINAL_KEY_DROP.sub(" ", " ".join(lowered.split())).split())


_ORDINALS = {_ordinal_key(_ordinal_lower(n)): n for n in range(1, _MAX_ORDINAL + 1)}


def ordinal_word(n: int) -> str:
    """Spell a session number as the UN prints it in a heading, with a capital first letter.

    Args:
        n: 1 to 199.

    Returns:
        "Seventy-seventh"; from 100 on, UN (British) usage: "One hundredth", "One hundred and first".

    Raises:
        ValueError: If *n* is outside 1..199.

    Example:
        >>> ordinal_word(77), ordinal_word(100), ordinal_word(135)
        ('Seventy-seventh', 'One hundredth', 'One hundred and thirty-fifth')
    """
    if not 1 <= n <= _MAX_ORDINAL:
        raise ValueError(f"ordinal out of range 1..{_MAX_ORDINAL}: {n}")
    word = _ordinal_lower(n)
    return word[0].upper() + word[1:]


def ordinal_number(word: str) -> int:
    """Read a spelled ordinal (1 to 199) back to its number.

    Args:
        word: "Seventy-seventh", "SEVENTY-SEVENTH", "seventy seventh" (any hyphen or dash will do),
            "One hundred and first" (also without "and" or "one").

    Returns:
        The number.

    Raises:
        ParseError: If the word is not such an ordinal.

    Example:
        >>> ordinal_number("SEVENTY-SEVENTH"), ordinal_number("One hundred and first")
        (77, 101)
    """
    try:
        return _ORDINALS[_ordinal_key(word)]
    except KeyError:
        raise ParseError(f"not a spelled ordinal (1-{_MAX_ORDINAL}): {_ws(word)!r}", text=word) from None


_H = f"[\\s{_HYPHENS}]+"
_UNITS_ALT, _TEENS_ALT, _TENS_ALT, _TENTHS_ALT = ("|".join(w) for w in (_UNITS, _TEENS, _TENS, _TENTHS))
_LOW_ORD = f"(?:(?:{_TENS_ALT}){_H}(?:{_UNITS_ALT})|{_TENTHS_ALT}|{_TEENS_ALT}|{_UNITS_ALT})"
_ORDINAL_RE = f"(?:(?:one\\s+)?hundred(?:th|\\s+(?:and\\s+)?{_LOW_ORD})|{_LOW_ORD})"
_SESSION_RE = re.compile(
    rf"(?<![\w{_HYPHENS}])(?P<ord>{_ORDINAL_RE})\s+"
    r"(?:(?P<kind>(?:emergency\s+)?special)\s+session|(?P<unit>session|year))(?!\w)",
    re.IGNORECASE,
)


def _session_organ_kind_ok(instance: SessionRef, attribute: attrs.Attribute[SessionKind], value: SessionKind) -> None:
    if instance.organ is Organ.SECURITY_COUNCIL and value is not SessionKind.REGULAR:
        raise ValueError("kind: a Security Council year is always regular")


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

    organ: Organ = attrs.field(
        validator=[
            attrs.validators.instance_of(Organ),
            attrs.validators.in_((Organ.GENERAL_ASSEMBLY, Organ.SECURITY_COUNCIL)),
        ]
    )
    number: int = attrs.field(
        validator=[
            attrs.validators.instance_of(int),
            attrs.validators.ge(1),
            attrs.validators.le(_MAX_ORDINAL),
        ]
    )
    kind: SessionKind = attrs.field(
        default=SessionKind.REGULAR,
        validator=[attrs.validators.instance_of(SessionKind), _session_organ_kind_ok],
    )


def _session_from_match(m: re.Match[str]) -> SessionRef:
    number = ordinal_number(m.group("ord"))
    kind_text = m.group("kind")
    if kind_text is not None:
        kind = SessionKind(" ".join(kind_text.lower().split()))
        return SessionRef(organ=Organ.GENERAL_ASSEMBLY, number=number, kind=kind)
    organ = Organ.SECURITY_COUNCIL if m.group("unit").lower() == "year" else Organ.GENERAL_ASSEMBLY
    return SessionRef(organ=organ, number=number, kind=SessionKind.REGULAR)


def parse_session(text: str) -> SessionRef:
    """Read a session line.

    Args:
        text: "Seventy-seventh session", "Seventy-eighth year", "Tenth emergency special session",
            "Twenty-eighth special session", in any case.

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
    clean = _ws(text)
    m = _SESSION_RE.fullmatch(clean)
    if m is None:
        raise ParseError(f"not a session line: {clean!r}", text=text)
    return _session_from_match(m)


def write_session(ref: SessionRef) -> str:
    """Write a session line as printed.

    Args:
        ref: The session.

    Returns:
        "Seventy-seventh session", "Seventy-eighth year", "Tenth emergency special session".

    Example:
        >>> write_session(SessionRef(organ=Organ.GENERAL_ASSEMBLY, number=28, kind=SessionKind.SPECIAL))
        'Twenty-eighth special session'
    """
    word = ordinal_word(ref.number)
    if ref.organ is Organ.SECURITY_COUNCIL:
        return f"{word} year"
    if ref.kind is SessionKind.REGULAR:
        return f"{word} session"
    return f"{word} {ref.kind.value} session"


def find_sessions(text: str) -> list[tuple[int, int, SessionRef]]:
    """Find every session line inside a text where several sit together.

    Args:
        text: E.g. "General Assembly Security Council Seventy-fourth session Seventy-fifth year Agenda
            item 31".

    Returns:
        ``(start, end, session)`` for each, in order.

    Example:
        >>> [(s, e, r.number) for s, e, r in find_sessions("Seventy-fourth session Seventy-fifth year")]
        [(0, 22, 74), (23, 41, 75)]
    """
    return [(m.start(), m.end(), _session_from_match(m)) for m in _SESSION_RE.finditer(text)]


# ------------------------------------------------------------------------------------------------------------
# Agenda-item lists
# ------------------------------------------------------------------------------------------------------------

#: Printed forms of an agenda-item list, as `AgendaMatch.form` names them.
_AGENDA_FORMS = ("agenda", "preliminary list", "provisional agenda")
_AGENDA_HEAD = re.compile(r"\s*(?P<agenda>agenda\s+)?(?P<kw>items?)(?!\w)", re.IGNORECASE)
_SUB = r"\(\s*(?P<sub>[ivxl]{1,6}|[a-z])\s*\)"
_AGENDA_NUM = re.compile(rf"\s*(?P<n>[1-9]\d{{0,3}})(?!\w)(?:\s*{_SUB})?", re.IGNORECASE)
_AGENDA_SUB_MORE = re.compile(rf"(?P<sep>\s*,\s*(?:and\s+)?|\s+and\s+){_SUB}", re.IGNORECASE)
_AGENDA_SEP = re.compile(r"\s*,\s*(?:and(?!\w)\s*)?|\s+and(?!\w)\s*", re.IGNORECASE)
_AGENDA_OF = re.compile(
    r"\s+of\s+the\s+(?P<form>preliminary\s+list|provisional\s+agenda)(?P<marker>\s*[*\u2020\u2021]+)?(?!\w)",
    re.IGNORECASE,
)
_AGENDA_MARKER = re.compile(r"[*\u2020\u2021]+")
_AGENDA_DANGLING_OF = re.compile(r"\s+of(?:\s+the(?:\s+(?:preliminary|provisional))?)?\s*", re.IGNORECASE)
_SUB_ITEM = re.compile(r"[ivxl]{1,6}|[a-z]")


@attrs.frozen(kw_only=True)
class AgendaMatch:
    """What `match_agenda_list` found at the start of a line.

    Attributes:
        items: ``(number, sub_item)`` pairs in printed order; sub_item is the letter of "68 (b)" or None.
        end: Offset in the text where the list (with its "of the preliminary list*" form) ends; the rest of
            the line is the first item's title.
        complete: False when the text ends in a way that shows the list goes on on the next line (a trailing
            comma or "and", "items" with no number yet, a plural list with no "and", a dangling "of the").
        form: The printed form: "agenda" ("Agenda item(s) ..."), "preliminary list" ("Item(s) ... of the
            preliminary list"), "provisional agenda" ("Item(s) ... of the provisional agenda"); "" while an
            incomplete list has not shown its form yet.
        marker: A footnote marker printed right after the list ("*" in "of the preliminary list*"), or None.

    Example:
        >>> m = match_agenda_list("Agenda item 31 Prevention of armed conflict")
        >>> m.items, m.end, m.complete, m.form
        (((31, None),), 14, True, 'agenda')
    """

    items: tuple[tuple[int, str | None], ...]
    end: int
    complete: bool
    form: str
    marker: str | None = None


def match_agenda_list(text: str) -> AgendaMatch | None:
    """Match an agenda-item list at the start of a line.

    Lists wrapped over several lines must be joined with a space first; the result says whether the list is
    complete so that a caller knows when to stop joining.

    Args:
        text: "Agenda item 43", "Agenda items 30, 68, 73, 78, 84 and 132", "Agenda items 68 (b) and 73",
            "Agenda item 69 (b) and (c)", "Item 97 of the preliminary list*",
            "Items 26, 33 and 38 of the provisional agenda*", "AGENDA ITEM 43", optionally followed by the
            title.

    Returns:
        The match, or None if the text does not start with such a list.

    Example:
        >>> match_agenda_list("Agenda items 1, 2, 3, 4,").complete
        False
        >>> match_agenda_list("Agenda items 1, 2, 3, 4, 5 and 6").complete
        True
        >>> m = match_agenda_list("Items 12 and 15 of the preliminary list*")
        >>> m.items, m.end, m.complete, m.form, m.marker
        (((12, None), (15, None)), 40, True, 'preliminary list', '*')
        >>> match_agenda_list("Prevention of armed conflict") is None
        True
    """
    head = _AGENDA_HEAD.match(text)
    if head is None:
        return None
    form = "agenda" if head.group("agenda") else ""
    plural = head.group("kw").lower() == "items"
    num = _AGENDA_NUM.match(text, head.end())
    if num is None:
        if text[head.end() :].strip():
            return None
        return AgendaMatch(items=(), end=len(text), complete=False, form=form)
    items: list[tuple[int, str | None]] = []
    last_join_and = False
    dangling = False
    while True:
        number = int(num.group("n"))
        sub = num.group("sub")
        items.append((number, sub.lower() if sub else None))
        pos = num.end()
        if sub:
            while (more := _AGENDA_SUB_MORE.match(text, pos)) is not None:
                items.append((number, more.group("sub").lower()))
                last_join_and = "and" in more.group("sep").lower()
                pos = more.end()
        sep = _AGENDA_SEP.match(text, pos)
        if sep is None:
            break
        nxt = _AGENDA_NUM.match(text, sep.end())
        if nxt is None:
            if not text[sep.end() :].strip():
                dangling = True
                pos = len(text)
            break
        last_join_and = "and" in sep.group().lower()
        num = nxt
    marker: str | None = None
    of = _AGENDA_OF.match(text, pos)
    if of is not None:
        form = " ".join(of.group("form").lower().split())
        marker = of.group("marker").strip() if of.group("marker") else None
        pos = of.end()
    else:
        star = _AGENDA_MARKER.match(text, pos)
        if star is not None:
            marker = star.group()
            pos = star.end()
    at_end = not text[pos:].strip()
    complete = True
    if dangling or (of is None and form == ""):
        complete = False
        if not dangling and not at_end and not _AGENDA_DANGLING_OF.fullmatch(text, pos):
            return None
        pos = len(text)
    elif at_end and of is None and plural and not last_join_and:
        complete = False
    return AgendaMatch(items=tuple(items), end=pos, complete=complete, form=form, marker=marker)


def parse_agenda_list(text: str) -> AgendaMatch:
    """Read a whole text as one complete agenda-item list.

    Args:
        text: The list and nothing else, e.g. "Agenda items 30, 68 (b) and 73".

    Returns:
        The match (its ``end`` is the end of the list).

    Raises:
        ParseError: If the text is not one complete list.

    Example:
        >>> parse_agenda_list("Agenda items 30, 68 (b) and 73").items
        ((30, None), (68, 'b'), (73, None))
    """
    m = match_agenda_list(text)
    if m is None or not m.complete or not m.items or text[m.end :].strip():
        raise ParseError(f"not a complete agenda-item list: {_ws(text)!r}", text=text)
    return m


def write_agenda_list(items: Sequence[tuple[int, str | None]], form: str = "agenda") -> str:
    """Write an agenda-item list in its canonical printed form.

    Consecutive sub-items of one number share it, as printed: "69 (b) and (c)".

    Args:
        items: ``(number, sub_item)`` pairs, numbers >= 1, sub-items a lower-case letter (or roman "ii") or
            None.
        form: "agenda", "preliminary list" or "provisional agenda" (see `AgendaMatch.form`).

    Returns:
        "Agenda item 43", "Agenda items 30, 68 (b) and 73", "Item 97 of the preliminary list".

    Raises:
        ValueError: If there are no items, a number or sub-item is malformed, or the form is unknown.

    Example:
        >>> write_agenda_list([(30, None), (68, "b"), (73, None)])
        'Agenda items 30, 68 (b) and 73'
        >>> write_agenda_list([(26, None), (33, None)], form="provisional agenda")
        'Items 26 and 33 of the provisional agenda'
    """
    if form not in _AGENDA_FORMS:
        raise ValueError(f"form must be one of {_AGENDA_FORMS}: {form!r}")
    if not items:
        raise ValueError("an agenda-item list needs at least one item")
    groups: list[tuple[int, list[str | None]]] = []
    for number, sub in items:
        if not isinstance(number, int) or not 1 <= number <= 9999:
            raise ValueError(f"agenda item number must be 1..9999: {number!r}")
        if sub is not None and not _SUB_ITEM.fullmatch(sub):
            raise ValueError(f"sub-item must be a lower-case letter or roman numeral: {sub!r}")
        if groups and sub is not None and groups[-1][0] == number and groups[-1][1][0] is not None:
            groups[-1][1].append(sub)
        else:
            groups.append((number, [sub]))
    texts = []
    for number, subs in groups:
        if subs[0] is None:
            texts.append(str(number))
        else:
            texts.append(f"{number} " + _join_list([f"({s})" for s in subs]))
    plural = len(groups) > 1
    listed = _join_list(texts)
    if form == "agenda":
        return f"Agenda item{'s' if plural else ''} {listed}"
    return f"Item{'s' if plural else ''} {listed} of the {form}"


def _join_list(parts: Sequence[str]) -> str:
    """Join as printed: "a", "a and b", "a, b and c"."""
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


# ------------------------------------------------------------------------------------------------------------
# The table of States
# ------------------------------------------------------------------------------------------------------------

#: The 193 Member States of the United Nations, by the short names the Organization prints.
MEMBER_STATES: tuple[str, ...] = (
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina", "Armenia",
    "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus",
    "Belgium", "Belize", "Benin", "Bhutan", "Bolivia (Plurinational State of)", "Bosnia and Herzegovina",
    "Botswana", "Brazil", "Brunei Darussalam", "Bulgaria", "Burkina Faso", "Burundi", "Cabo Verde",
    "Cambodia", "Cameroon", "Canada", "Central African Republic", "Chad", "Chile", "China", "Colombia",
    "Comoros", "Congo", "Costa Rica", "Côte d'Ivoire", "Croatia", "Cuba", "Cyprus", "Czechia",
    "Democratic People's Republic of Korea", "Democratic Republic of the Congo", "Denmark", "Djibouti",
    "Dominica", "Dominican Republic", "Ecuador", "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea",
    "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany",
    "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras",
    "Hungary", "Iceland", "India", "Indonesia", "Iran (Islamic Republic of)", "Iraq", "Ireland", "Israel",
    "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kuwait", "Kyrgyzstan",
    "Lao People's Democratic Republic", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein",
    "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta",
    "Marshall Islands", "Mauritania", "Mauritius", "Mexico", "Micronesia (Federated States of)", "Monaco",
    "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal",
    "Netherlands (Kingdom of the)", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Macedonia",
    "Norway", "Oman", "Pakistan", "Palau", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines",
    "Poland", "Portugal", "Qatar", "Republic of Korea", "Republic of Moldova", "Romania",
    "Russian Federation", "Rwanda", "Saint Kitts and Nevis", "Saint Lucia",
    "Saint Vincent and the Grenadines", "Samoa", "San Marino", "Sao Tome and Principe", "Saudi Arabia",
    "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands",
    "Somalia", "South Africa", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden",
    "Switzerland", "Syrian Arab Republic", "Tajikistan", "Thailand", "Timor-Leste", "Togo", "Tonga",
    "Trinidad and Tobago", "Tunisia", "Türkiye", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine",
    "United Arab Emirates", "United Kingdom of Great Britain and Northern Ireland",
    "United Republic of Tanzania", "United States of America", "Uruguay", "Uzbekistan", "Vanuatu",
    "Venezuela (Bolivarian Republic of)", "Viet Nam", "Yemen", "Zambia", "Zimbabwe",
)  # fmt: skip

#: The non-member observer States.
OBSERVER_STATES: tuple[str, ...] = ("Holy See", "State of Palestine")

# Names found in older documents, and short forms found in lists that abbreviate titles. They are recognised
# (so that lists split correctly) and returned as printed.
_FORMER_AND_SHORT_NAMES = (
    "Palestine", "Turkey", "Turkiye", "Swaziland", "Czech Republic", "Czechoslovakia", "Cape Verde",
    "East Timor", "Cote d'Ivoire", "Ivory Coast", "The former Yugoslav Republic of Macedonia",
    "former Yugoslav Republic of Macedonia", "Macedonia", "Yugoslavia", "Federal Republic of Yugoslavia",
    "Socialist Federal Republic of Yugoslavia", "Serbia and Montenegro", "Libyan Arab Jamahiriya", "Zaire",
    "Union of Soviet Socialist Republics", "Byelorussian Soviet Socialist Republic",
    "Ukrainian Soviet Socialist Republic", "German Democratic Republic", "Federal Republic of Germany",
    "Democratic Kampuchea", "Kampuchea", "Democratic Yemen", "Yemen Arab Republic", "Burma", "Ceylon",
    "Dahomey", "Upper Volta", "Bolivia", "Venezuela", "Iran", "Islamic Republic of Iran", "Micronesia",
    "Federated States of Micronesia", "Netherlands", "Kingdom of the Netherlands", "Syria", "Moldova",
    "Tanzania", "Laos", "Vietnam", "Russia", "Brunei", "Korea", "United States", "United Kingdom",
    "Great Britain", "USA", "USSR", "UK", "Kingdom of Saudi Arabia", "Hashemite Kingdom of Jordan",
    "Republic of Azerbaijan", "Republic of Armenia", "Republic of Cyprus", "Islamic Republic of Afghanistan",
    "Republic of South Sudan", "Sultanate of Oman", "State of Qatar", "State of Kuwait", "Kingdom of Bahrain",
    "Kingdom of Morocco", "Republic of Iraq", "Republic of Yemen", "Plurinational State of Bolivia",
    "Bolivarian Republic of Venezuela",
)  # fmt: skip

# Names printed with "the" before them ("the Sudan", "the Netherlands (Kingdom of the)").
_WITH_THE = frozenset(
    name.casefold()
    for name in (
        "Bahamas", "Central African Republic", "Comoros", "Congo", "Democratic People's Republic of Korea",
        "Democratic Republic of the Congo", "Dominican Republic", "Gambia",
        "Lao People's Democratic Republic", "Maldives", "Marshall Islands", "Netherlands (Kingdom of the)",
        "Niger", "Philippines", "Republic of Korea", "Republic of Moldova", "Russian Federation",
        "Solomon Islands", "Sudan", "Syrian Arab Republic", "United Arab Emirates",
        "United Kingdom of Great Britain and Northern Ireland", "United Republic of Tanzania",
        "United States of America", "Holy See", "State of Palestine", "Czech Republic",
        "former Yugoslav Republic of Macedonia", "Federal Republic of Yugoslavia",
        "Socialist Federal Republic of Yugoslavia", "Libyan Arab Jamahiriya",
        "Union of Soviet Socialist Republics", "Byelorussian Soviet Socialist Republic",
        "Ukrainian Soviet Socialist Republic", "German Democratic Republic", "Federal Republic of Germany",
        "Yemen Arab Republic", "Islamic Republic of Iran", "Federated States of Micronesia", "Netherlands",
        "Kingdom of the Netherlands", "United States", "United Kingdom", "USA", "USSR", "UK",
        "Kingdom of Saudi Arabia", "Hashemite Kingdom of Jordan", "Republic of Azerbaijan",
        "Republic of Armenia", "Republic of Cyprus", "Islamic Republic of Afghanistan",
        "Republic of South Sudan", "Sultanate of Oman", "State of Qatar", "State of Kuwait",
        "Kingdom of Bahrain", "Kingdom of Morocco", "Republic of Iraq", "Republic of Yemen",
        "Plurinational State of Bolivia", "Bolivarian Republic of Venezuela",
    )
)  # fmt: skip

# Adjectives of States ("the Lebanese and Syrian delegations") -> the State's common short name.
_DEMONYMS = {
    "afghan": "Afghanistan", "albanian": "Albania", "algerian": "Algeria", "angolan": "Angola",
    "argentine": "Argentina", "argentinian": "Argentina", "armenian": "Armenia", "australian": "Australia",
    "austrian": "Austria", "azerbaijani": "Azerbaijan", "bahraini": "Bahrain", "bangladeshi": "Bangladesh",
    "belarusian": "Belarus", "belgian": "Belgium", "beninese": "Benin", "bolivian": "Bolivia",
    "bosnian": "Bosnia and Herzegovina", "brazilian": "Brazil", "british": "United Kingdom",
    "bulgarian": "Bulgaria", "burundian": "Burundi", "cambodian": "Cambodia", "cameroonian": "Cameroon",
    "canadian": "Canada", "chadian": "Chad", "chilean": "Chile", "chinese": "China", "colombian": "Colombia",
    "congolese": "Congo", "croatian": "Croatia", "cuban": "Cuba", "cypriot": "Cyprus", "czech": "Czechia",
    "danish": "Denmark", "dutch": "Netherlands", "ecuadorian": "Ecuador", "egyptian": "Egypt",
    "eritrean": "Eritrea", "estonian": "Estonia", "ethiopian": "Ethiopia", "fijian": "Fiji",
    "finnish": "Finland", "french": "France", "gabonese": "Gabon", "georgian": "Georgia", "german": "Germany",
    "ghanaian": "Ghana", "greek": "Greece", "guatemalan": "Guatemala", "guinean": "Guinea",
    "haitian": "Haiti", "honduran": "Honduras", "hungarian": "Hungary", "icelandic": "Iceland",
    "indian": "India", "indonesian": "Indonesia", "iranian": "Iran", "iraqi": "Iraq", "irish": "Ireland",
    "israeli": "Israel", "italian": "Italy", "ivorian": "Côte d'Ivoire", "jamaican": "Jamaica",
    "japanese": "Japan", "jordanian": "Jordan", "kazakh": "Kazakhstan", "kenyan": "Kenya",
    "kuwaiti": "Kuwait", "kyrgyz": "Kyrgyzstan", "latvian": "Latvia", "lebanese": "Lebanon",
    "liberian": "Liberia", "libyan": "Libya", "lithuanian": "Lithuania", "malagasy": "Madagascar",
    "malawian": "Malawi", "malaysian": "Malaysia", "malian": "Mali", "maltese": "Malta",
    "mauritanian": "Mauritania", "mexican": "Mexico", "moldovan": "Moldova", "mongolian": "Mongolia",
    "montenegrin": "Montenegro", "moroccan": "Morocco", "mozambican": "Mozambique", "namibian": "Namibia",
    "nepalese": "Nepal", "nicaraguan": "Nicaragua", "nigerian": "Nigeria", "nigerien": "Niger",
    "norwegian": "Norway", "omani": "Oman", "pakistani": "Pakistan", "palestinian": "Palestine",
    "panamanian": "Panama", "paraguayan": "Paraguay", "peruvian": "Peru", "philippine": "Philippines",
    "polish": "Poland", "portuguese": "Portugal", "qatari": "Qatar", "romanian": "Romania",
    "russian": "Russia", "rwandan": "Rwanda", "saudi": "Saudi Arabia", "senegalese": "Senegal",
    "serbian": "Serbia", "singaporean": "Singapore", "slovak": "Slovakia", "slovenian": "Slovenia",
    "somali": "Somalia", "spanish": "Spain", "sudanese": "Sudan", "swedish": "Sweden", "swiss": "Switzerland",
    "syrian": "Syria", "tajik": "Tajikistan", "tanzanian": "Tanzania", "thai": "Thailand", "togolese": "Togo",
    "tunisian": "Tunisia", "turkish": "Turkey", "turkmen": "Turkmenistan", "ugandan": "Uganda",
    "ukrainian": "Ukraine", "uruguayan": "Uruguay", "uzbek": "Uzbekistan", "venezuelan": "Venezuela",
    "vietnamese": "Viet Nam", "yemeni": "Yemen", "yugoslav": "Yugoslavia", "zambian": "Zambia",
    "zimbabwean": "Zimbabwe",
}  # fmt: skip


def _name_key(name: str) -> str:
    return " ".join(name.replace("\u2019", "'").casefold().split())


_ALL_STATE_NAMES = MEMBER_STATES + OBSERVER_STATES + _FORMER_AND_SHORT_NAMES
#: Folded name -> name as the table spells it (to restore the case of titles printed in capitals).
_CANONICAL_STATE = {_name_key(name): name for name in _ALL_STATE_NAMES}


def _name_pattern(name: str) -> str:
    return r"\s+".join(re.escape(word).replace("'", "['\u2019]") for word in name.split())


# Longest first, so that "Democratic Republic of the Congo" wins over "Congo" and "Nigeria" over "Niger".
_STATE_ALT = "|".join(_name_pattern(n) for n in sorted(set(_ALL_STATE_NAMES), key=lambda n: (-len(n), n)))
_STATE_NAME = re.compile(rf"(?:the\s+)?(?P<name>{_STATE_ALT})(?![\w'\u2019-])", re.IGNORECASE)
_STATE_NAME_ONLY = re.compile(rf"(?<![\w'\u2019-])(?:{_STATE_ALT})(?![\w'\u2019-])", re.IGNORECASE)
_UNKNOWN_STATE = re.compile(r"(?:the\s+)?(?P<name>[A-Z][^,]*?)(?=\s*,|\s+and\s+|$)")
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
_DEMONYM_ALT = "|".join(sorted(_DEMONYMS, key=lambda n: (-len(n), n)))
_DEMONYM_LIST = re.compile(
    rf"(?<!\w)(?P<list>(?:{_DEMONYM_ALT})(?:\s*,\s*(?:{_DEMONYM_ALT})){{0,12}}(?:\s*,?\s+and\s+(?:{_DEMONYM_ALT}))?)"
    r"\s+(?:delegations?|Governments?|Missions?)(?!\w)",
    re.IGNORECASE,
)
_DEMONYM_KEY = re.compile(r"\s(?:delegations?|Governments?|Missions?)(?!\w)", re.IGNORECASE)
_DEMONYM_WINDOW = 400  # characters before "delegations" that a list of up to 14 adjectives can take
_DEMONYM_WORD = re.compile(rf"(?<!\w)(?:{_DEMONYM_ALT})(?!\w)", re.IGNORECASE)


def with_article(state: str) -> str:
    """Give a State's name as it reads inside a sentence, with "the" where the name takes it.

    Args:
        state: A name from the table ("Sudan", "Azerbaijan"); unknown names are returned unchanged.

    Returns:
        "the Sudan", "Azerbaijan".

    Example:
        >>> with_article("United Kingdom of Great Britain and Northern Ireland")
        'the United Kingdom of Great Britain and Northern Ireland'
    """
    return f"the {state}" if _name_key(state) in _WITH_THE else state


def _state_list(text: str, pos: int = 0, *, lenient: bool = False) -> tuple[str, ...] | None:
    """Split "China, France, the Russian Federation and the United States of America" into State names.

    The list runs from *pos* to the end of *text* (whitespace-collapsed, stripped). Names come as printed,
    without "the". Strictly, every name must be in the table; leniently, a capitalised name the table does not
    know stands for itself. None if the text is not such a list.
    """
    names: list[str] = []
    patterns = (_STATE_NAME, _UNKNOWN_STATE) if lenient else (_STATE_NAME,)
    while pos < len(text):
        for pattern in patterns:
            m = pattern.match(text, pos)
            if m is None:
                continue
            if m.end() == len(text):
                names.append(_ws(m.group("name")))
                return tuple(names)
            sep = _LIST_SEP.match(text, m.end())
            if sep is not None:
                names.append(_ws(m.group("name")))
                pos = sep.end()
                break
        else:
            return None
    return None


# ------------------------------------------------------------------------------------------------------------
# Titles
# ------------------------------------------------------------------------------------------------------------

_KIND_ALT = (
    r"identical\s+letters|identical\s+notes\s+verbales|notes\s+verbales|note\s+verbale|letters?|cablegrams?"
    r"|telegrams?"
)
_ANNEX_ALT = r"(?:annex|enclosure|appendix|attachment)(?:\s+(?:[ivxlc]+|\d+|[a-z])(?!\w))?"
_TITLE = re.compile(
    rf"""
    (?:(?P<annex>{_ANNEX_ALT})\s+to\s+the\s+)?
    (?:(?P<kind>{_KIND_ALT})(?!\w)\s*)?
    (?:(?<!\w)dated\s+(?P<date>[^\n]{{1,60}}?)\s+)?
    (?<!\w)from\s+(?P<rest>.+)
    """,
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
_TITLE_START = re.compile(
    rf"""
    \s*(?:
        {_ANNEX_ALT}\s+to\s+the\s+(?:{_KIND_ALT})(?!\w)
      | (?:{_KIND_ALT})\s+(?:dated|from)(?!\w)
      | dated\s+\d{{1,2}}\s+(?:{_MONTH_ALT})\s+\d{{4}}\s+from(?!\w)
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
_ADDRESSED_TO = re.compile(r"\s+addressed\s+to(?:\s+|(?=the)|$)", re.IGNORECASE)
# An addressee's first words, for titles without "addressed" ("from Nicaragua to the President of ...").
_ADDRESSEE_HEAD = (
    r"(?:Secretary-General|(?:Acting\s+)?Presidents?(?!\w)|Chair(?:man|men|person|woman)?(?!\w)|Co-Chairs?(?!\w)"
    r"|Permanent\s+Representatives\s+of\s+the\s+members|Members\s+of\s+the\s+Security\s+Council"
    r"|High\s+Commissioner)"
)
_OLD_TO = re.compile(rf"\s+to\s+(?=(?:the\s*)?{_ADDRESSEE_HEAD})", re.IGNORECASE)
_KNOWN_ADDRESSEE = re.compile(
    r"""
    (?:Secretary-General(?:\s+of\s+the\s+United\s+Nations)?
     | (?:Acting\s+)?President\s+of\s+the\s+(?:Security\s+Council|General\s+Assembly
         |Economic\s+and\s+Social\s+Council|Trusteeship\s+Council|Human\s+Rights\s+Council
         |International\s+Court\s+of\s+Justice)
     | Permanent\s+Representatives\s+of\s+the\s+members\s+of\s+the\s+Security\s+Council
    )(?![\w-])
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Complete addressees that a wrapped line may have cut short ("President of the" / "Security Council").
_ADDRESSEE_FORMS = tuple(
    _name_key(f)
    for f in (
        "Secretary-General",
        "Secretary-General of the United Nations",
        "President of the Security Council",
        "President of the General Assembly",
        "President of the Economic and Social Council",
        "President of the Human Rights Council",
        "Acting President of the Security Council",
        "Permanent Representatives of the members of the Security Council",
        "Chair of the Security Council Committee",
        "Chairman of the Security Council Committee",
        "United Nations High Commissioner for Human Rights",
    )
)
_THE = re.compile(r"(?:the|THE|The)(?:\s+|(?=[A-Z][a-z]))")
_ADDRESSEE_SEP = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?=[Tt][Hh][Ee](?:\s|(?-i:[A-Z])))", re.IGNORECASE)
_TRAILING_SYMBOL = re.compile(r"\s*\(\s*[A-Z][A-Za-z.]*(?:/[\w.\-]+)+\s*\)\s*$")
_TRAILING_NOISE = " .;:,*\u2020\u2021"
_DATED_TAIL = re.compile(r"\s+dated\s+.*$", re.IGNORECASE | re.DOTALL)
_DATED_WORD = re.compile(r"(?<!\w)dated\s+", re.IGNORECASE)
_UN_SUFFIX = re.compile(r"\s+to\s+the\s+United\s+Nations(?!\w).*$", re.IGNORECASE | re.DOTALL)
_OF = re.compile(r"\s+of(?:\s+|$)", re.IGNORECASE)
_OFFICE_WORD = re.compile(
    r"(?:Representatives?|Observers?|Missions?|Delegations?|Governments?|Embassy)",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset(
    {"of", "the", "to", "and", "for", "on", "in", "at", "by", "with", "a.i.", "d'affaires", "d\u2019affaires"}
)
_WORD_PIECE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_CONTINUATION_CAPS = re.compile(r"(?:AND|OF|THE|TO|DATED)(?!\w)|[,(]")
_DANGLING_END = re.compile(
    r"(?:^|\s)(?:of|the|and|to|for|on|in|at|by|with|addressed|pursuant|concerning|resolutions?)$|[,\-\u2010\u2011]$",
    re.I,
)
_BODY_START = re.compile(
    r"""(?:I\s+have\s+the\s+hono(?:u)?r|I\s+am\s+writing|I\s+wish|I\s+write|Upon\s+instructions|On\s+instructions
        |On\s+behalf|With\s+reference|Further\s+to|In\s+my\s+capacity|At\s+the\s+request|Pursuant\s+to
        |The\s+Permanent\s+(?:Mission|Representative|Observer)|Excellency|Dear\s|Sir\b|Madam\b|\(\s*Signed\s*\)
        |\[\s*Original)""",
    re.IGNORECASE | re.VERBOSE,
)
_MAX_TITLE_LINES = 8


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


def _kind_of(word: str | None) -> LetterKind | None:
    if word is None:
        return LetterKind.LETTER
    key = " ".join(word.lower().split())
    try:
        return LetterKind(key)
    except ValueError:
        return None


def _strip_the(text: str) -> str:
    m = _THE.match(text)
    return text[m.end() :] if m else text


def _is_caps(text: str) -> bool:
    return text.upper() == text and text.lower() != text


def _recase_word(word: str, first: bool) -> str:
    if not first and word.lower() in _SMALL_WORDS:
        return word.lower()
    return _WORD_PIECE.sub(lambda m: m.group().capitalize(), word)


def _recase(text: str) -> str:
    """Give a phrase printed in capitals the case of ordinary print ("PERMANENT REPRESENTATIVE OF SPAIN")."""
    words = [_recase_word(w, i == 0) for i, w in enumerate(text.split(" "))]
    return _STATE_NAME_ONLY.sub(lambda m: _CANONICAL_STATE.get(_name_key(m.group()), m.group()), " ".join(words))


def _clean_addressee(text: str) -> str:
    text = _TRAILING_SYMBOL.sub("", text)
    return text.rstrip(_TRAILING_NOISE).strip()


def _split_addressees(text: str) -> list[str]:
    """Split "the Secretary-General, the President of ... and the President of ..." into addressees.

    A known addressee ends where its form ends ("President of the Security Council (S/2014/136)" or
    "... Council concerning the India-Pakistan question" keep only the addressee); an unknown one runs to the
    next "and the".
    """
    out: list[str] = []
    pos = 0
    while pos < len(text):
        the = _THE.match(text, pos)
        if the is not None:
            pos = the.end()
        known = _KNOWN_ADDRESSEE.match(text, pos)
        if known is not None:
            out.append(_ws(known.group()))
            sep = _ADDRESSEE_SEP.match(text, known.end())
            if sep is None:
                break
            pos = sep.end()
            continue
        sep = _ADDRESSEE_SEP.search(text, pos)
        end = sep.start() if sep is not None else len(text)
        name = _clean_addressee(_DATED_TAIL.sub("", text[pos:end]))
        if name:
            out.append(name)
        if sep is None:
            break
        pos = sep.end()
    return out


def _sender_states(sender: str) -> tuple[str, ...]:
    """The States a sender speaks for, read from its wording and the table of States."""
    core = _UN_SUFFIX.sub("", sender).strip()
    whole = _state_list(core)
    if whole is not None:
        return whole
    ofs = list(_OF.finditer(core))
    for m in ofs:
        states = _state_list(core, m.end())
        if states is not None:
            return states
    for key in _DEMONYM_KEY.finditer(core):
        demonyms = _DEMONYM_LIST.search(core, max(0, key.start() - _DEMONYM_WINDOW), key.end())
        if demonyms is not None:
            return tuple(_DEMONYMS[w.group().lower()] for w in _DEMONYM_WORD.finditer(demonyms.group("list")))
    for m in reversed(ofs):
        if _OFFICE_WORD.fullmatch(core, core.rfind(" ", 0, m.start()) + 1, m.start()):
            return _state_list(core, m.end(), lenient=True) or ()
    return ()


def _split_rest(rest: str) -> tuple[str, str]:
    """Split what follows "from" into the sender and what follows "addressed to" (or an old-style "to")."""
    m = _ADDRESSED_TO.search(rest)
    if m is None:
        m = _OLD_TO.search(rest)
    if m is None:
        return rest, ""
    return rest[: m.start()], rest[m.end() :]


def parse_title(text: str) -> Title:
    """Read a letter's title (or an annex heading that names the letter).

    Handles letters, identical letters, notes verbales; chargés d'affaires a.i. (with or without the accent,
    straight or curly apostrophe); several senders ("Permanent Representatives of China, France, ... and the
    United States of America"); observers; officials as senders; titles without a date ("Letter from ...");
    titles in capitals (read back in the case of ordinary print); old and abbreviated forms ("Letter dated
    17 October 1986 from Nicaragua to the President of the Security Council"); annex headings ("Annex I to the
    note verbale dated ..."). Whitespace and line breaks inside the title do not matter.

    Args:
        text: The title.

    Returns:
        Its parts.

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
    clean = _ws(text)
    m = _TITLE.fullmatch(clean)
    if m is None or (m.group("kind") is None and m.group("date") is None):
        raise ParseError(f"not a letter title: {clean[:80]!r}", text=text)
    caps = _is_caps(clean)
    # "Identical letters dated 19 and 20 January 2023": the title's date is the first one printed.
    date = parse_dates(m.group("date"))[0] if m.group("date") is not None else None
    sender_text, addressee_text = _split_rest(m.group("rest"))
    sender = _strip_the(sender_text.strip()).rstrip(_TRAILING_NOISE)
    if not sender:
        raise ParseError(f"a title needs a sender after 'from': {clean[:80]!r}", text=text)
    if date is None:
        dated = _DATED_WORD.search(addressee_text)
        if dated is not None:
            date = find_date(addressee_text[dated.start() :])
    addressees = _split_addressees(addressee_text)
    annex = m.group("annex")
    if caps:
        sender = _recase(sender)
        addressees = [_recase(a) for a in addressees]
        annex = _recase(annex) if annex else None
        if annex:
            label, _, number = annex.partition(" ")
            annex = f"{label} {number.upper()}" if number else label
    return Title(
        kind=_kind_of(m.group("kind")),
        date=date,
        sender=sender,
        sender_states=_sender_states(sender),
        addressees=tuple(addressees),
        annex=annex,
        title=clean,
    )


def write_title(title: Title) -> str:
    """Write a title in its canonical form from its parts.

    The law: ``parse_title(write_title(t)) == t`` for every title whose parts read back (sender and addressees
    as `parse_title` gives them, `sender_states` those the sender names).

    Args:
        title: The title; it needs a kind and a sender.

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
    word = title.kind.value
    parts = [f"{title.annex} to the {word}" if title.annex else word[0].upper() + word[1:]]
    if title.date is not None:
        parts.append(f"dated {write_date(title.date)}")
    known_state = _name_key(title.sender) in _CANONICAL_STATE
    parts.append(f"from {with_article(title.sender) if known_state else 'the ' + title.sender}")
    if title.addressees:
        parts.append("addressed to " + _join_list([f"the {a}" for a in title.addressees]))
    return " ".join(parts)


def is_title_start(line: str) -> bool:
    """Tell whether a line begins a letter's title (or an annex heading naming a letter).

    True for lines starting "Letter dated", "Identical letters dated", "Note verbale dated", "Letter from",
    "Annex to the letter dated", "Annex I to the note verbale ..." in any case, but the first letter must be a
    capital: "the letter dated" or a wrapped body line "letter dated ..." in running text is not a title.

    Args:
        line: One line of text.

    Returns:
        Whether a title starts there.

    Example:
        >>> is_title_start("Letter dated 20 January 2023 from the Permanent Representative of")
        True
        >>> is_title_start("the letter dated 26 June 2006 from the Charg\u00e9 d'affaires a.i.")
        False
    """
    stripped = line.lstrip()
    if not stripped or not stripped[0].isupper():
        return False
    return _TITLE_START.match(stripped) is not None


def _title_complete(text: str) -> bool:
    """Whether a (joined) title has a complete addressee clause."""
    m = _TITLE.fullmatch(text)
    if m is None:
        return False
    _, addressee_text = _split_rest(m.group("rest"))
    addressee_text = addressee_text.strip()
    if not addressee_text or _DANGLING_END.search(addressee_text):
        return False
    last = _name_key(_strip_the(_ADDRESSEE_SEP.split(addressee_text)[-1]))
    return last in _ADDRESSEE_FORMS or not any(form.startswith(last) for form in _ADDRESSEE_FORMS)


def _continues(line: str, caps: bool) -> bool:
    """Whether a line after a complete title still belongs to it ("and the President of ...")."""
    if caps:
        return _is_caps(line) and _CONTINUATION_CAPS.match(line) is not None
    return line[0].islower() or line[0] in ",("


def _join_line(text: str, line: str) -> str:
    if text.endswith(("-", "\u2010", "\u2011")) and line[:1].isalpha():
        return text + line
    return f"{text} {line}"


def title_extent(lines: Sequence[str]) -> int:
    """Count how many of the given lines belong to the title that starts on the first one.

    Titles wrap over two to four lines with the break anywhere. The title ends when its addressee clause is
    complete and the next line does not carry it on (a line starting in lower case, or "AND THE ..." in a
    title printed in capitals); a blank line, a body opening ("I have the honour", "Upon instructions",
    "The Permanent Mission of ...") or the start of another title also ends it.

    Args:
        lines: The lines from the title's first line on (the body may follow).

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
    if not lines or not is_title_start(lines[0]):
        return 0
    text = _ws(lines[0])
    caps = _is_caps(text)
    count = 1
    while count < len(lines) and count < _MAX_TITLE_LINES:
        line = _ws(lines[count])
        if not line or (line[0].isupper() and _BODY_START.match(line)) or is_title_start(line):
            break
        if _title_complete(text) and not _continues(line, caps):
            break
        text = _join_line(text, line)
        count += 1
    return count
