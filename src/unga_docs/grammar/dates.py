"""Dates as UN letters print them: "20 January 2023", "19-20 January 1990", "30 December 2020 and 4 January 2021".

`parse_date` reads one full date (a fast path for the printed form, python-dateutil for the others, checked so that
it never fills in a missing part), `parse_dates` a printed list or range, `find_date` the first date in running text,
`write_date` the canonical form. Every one takes a `Lexicon` (the month names) and defaults to English.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as _dateutil_parser

from unga_docs.errors import ParseError
from unga_docs.grammar.lexicon import ENGLISH, MAX_DATE_LENGTH, Lexicon, ws

__all__ = ["find_date", "in_year_of", "parse_date", "parse_dates", "parse_yearless", "write_date"]

#: A date printed without its year ("dated 13 July (S/1994/826)", a report's citation form): day and month.
_DAY_MONTH = re.compile(r"^\s*([0-9]{1,2})\s+([A-Za-z]+)\b")
_A_YEAR = re.compile(r"(?<![/\w])[0-9]{4}(?![/\w])")  # a year printed as such, not inside a symbol
_YEAR4 = re.compile(r"(?<!\d)\d{4}(?!\d)")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Sentinel defaults: dateutil fills a part the text lacks from its default; two different defaults that give
# two different dates prove that a part was missing, so nothing is ever filled in silently.
_SENTINELS = (dt.datetime(2001, 1, 1), dt.datetime(2002, 2, 2))


def _date_error(reason: str, text: str) -> ParseError:
    return ParseError(reason, text=text)


def _make_date(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _date_error(f"no such day: {ws(text)!r}", text) from None


def parse_date(text: str, lexicon: Lexicon = ENGLISH) -> dt.date:
    """Read one full date: day, month and year.

    The printed UN form "20 January 2023" takes a fast path (split and a month table, no regular expression);
    any other full form ("January 20, 2023", "20 Jan. 2023", "Friday, 20 January 2023", "2023-01-20") goes to
    python-dateutil, which is checked so that it can never fill in a missing part.

    Args:
        text: The date, case-insensitive, with any whitespace around and between its parts.
        lexicon: The words of the document's language (English by default).

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
        month = lexicon.month_numbers.get(month_name.lower())
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
    return _parse_date_slow(text, lexicon)


def _parse_date_slow(text: str, lexicon: Lexicon) -> dt.date:
    clean = ws(text)
    if not clean:
        raise _date_error("empty date", text)
    if len(clean) > MAX_DATE_LENGTH:
        raise _date_error(f"too long for a date: {clean[:40]!r}...", text)
    printed = lexicon.date_in_text.fullmatch(clean)
    if printed is not None:
        return _from_match(printed, text, lexicon)
    iso = _ISO_DATE.fullmatch(clean)
    if not iso and not (_YEAR4.search(clean) and lexicon.month_word.search(clean)):
        raise _date_error(f"not a full date (day, month and year): {clean!r}", text)
    try:
        info = lexicon.date_info
        first, second = (_dateutil_parser.parse(clean, info, default=d, dayfirst=True) for d in _SENTINELS)
    except (ValueError, OverflowError):
        raise _date_error(f"not a date: {clean!r}", text) from None
    if first.date() != second.date():
        raise _date_error(f"not a full date (day, month and year): {clean!r}", text)
    return first.date()


def parse_dates(text: str, lexicon: Lexicon = ENGLISH) -> tuple[dt.date, ...]:
    """Read a date, a pair of dates or a range, as printed.

    Month and year are shared from the right, as in print: "19-20 January 1990" is 19 and 20 January 1990.
    A range gives its two ends, not the days between.

    Args:
        text: "20 January 2023", "19-20 January 1990" (hyphen or en dash), "1 and 2 May 2020",
            "30 November-1 December 2020", "30 December 2020 and 4 January 2021".
        lexicon: The words of the document's language (English by default).

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
    clean = ws(text)
    items: list[tuple[str, str | None, str | None]] = []
    pos = 0
    while True:
        m = lexicon.date_range_item.match(clean, pos)
        if m is None:
            break
        items.append((m.group(1), m.group(2), m.group(3)))
        pos = m.end()
        sep = lexicon.date_range_sep.match(clean, pos)
        if sep is None or pos == len(clean):
            break
        pos = sep.end()
    if not items or pos != len(clean):
        return (parse_date(clean, lexicon),)
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
        dates.append(_make_date(int(year), lexicon.month_numbers[month.lower()], int(day), text))
    return tuple(reversed(dates))


def write_date(date: dt.date, lexicon: Lexicon = ENGLISH) -> str:
    """Write a date as the UN prints it: day without a leading zero, full month name, four-digit year.

    Args:
        date: The date (years 1000 to 9999 read back).
        lexicon: The words of the document's language (English by default).

    Returns:
        "20 January 2023".

    Example:
        >>> write_date(dt.date(2023, 1, 5))
        '5 January 2023'
    """
    day = lexicon.first_day if date.day == 1 else str(date.day)
    return lexicon.date_format.format(day=day, month=lexicon.months[date.month - 1], year=date.year)


def find_date(text: str, lexicon: Lexicon = ENGLISH) -> dt.date | None:
    """Find the first valid date "D Month YYYY" inside running text.

    Args:
        text: Any text: a title, or a masthead line such as "Distr.: General 17 July 2020".
        lexicon: The words of the document's language (English by default).

    Returns:
        The first date that exists, or None.

    Example:
        >>> find_date("Distr.: General 17 July 2020")
        datetime.date(2020, 7, 17)
        >>> find_date("no date here") is None
        True
    """
    for m in lexicon.date_in_text.finditer(text):
        try:
            return _from_match(m, text, lexicon)
        except ParseError:
            continue
    return None


def _from_match(m: re.Match[str], text: str, lexicon: Lexicon) -> dt.date:
    """The date a match of `Lexicon.date_in_text` gives: groups day, month, year (named, or in that order)."""
    day, month, year = m.group("day", "month", "year") if "day" in m.re.groupindex else m.group(1, 2, 3)
    return _make_date(int(year), lexicon.month_numbers[month.lower()], int(day), text)


def parse_yearless(text: str, lexicon: Lexicon = ENGLISH) -> tuple[int, int] | None:
    """Read a date (or a list of dates) printed without its year: the first one's month and day.

    "21 février", "19 et 20 février", "13 July (S/1994/826)" (a report's citation form); the month is shared from
    the right, as in print. A title may print its date so; `in_year_of` gives it a year.

    Args:
        text: The date as printed.
        lexicon: The words of the document's language (English by default).

    Returns:
        (month, day), or None if the text is not such a date, or names a day its month never has (29 February
        passes).

    Example:
        >>> parse_yearless("19 and 20 February"), parse_yearless("20 February 2023"), parse_yearless("30 February")
        ((2, 19), None, None)
    """
    english = _DAY_MONTH.match(text)
    found = None if english is None else lexicon.month_numbers.get(english.group(2).lower())
    if english is not None and found is not None and _A_YEAR.search(text) is None:
        day = int(english.group(1))
    else:
        clean, pos, first, found = ws(text), 0, None, None
        while True:
            item = lexicon.date_range_item.match(clean, pos)
            if item is None or item.group(3) is not None:
                return None
            first = int(item.group(1)) if first is None else first
            if found is None and item.group(2) is not None:
                found = lexicon.month_numbers.get(item.group(2).lower())
            pos = item.end()
            if pos == len(clean):
                break
            sep = lexicon.date_range_sep.match(clean, pos)
            if sep is None:
                return None
            pos = sep.end()
        day = first
    if found is None:
        return None
    try:
        dt.date(2000, found, day)  # a leap year: 29 February is a day a month can have
    except ValueError:
        return None
    return found, day


def in_year_of(month: int, day: int, issued: dt.date) -> dt.date | None:
    """Date a day and month printed without a year by the date of the document that prints them.

    A document cites what came before it: the day is in the year of *issued*, or in the year before when that
    day and month fall after *issued* ("21 February" in a document of 5 January 2017 is 21 February 2016).

    Args:
        month: The month, 1 to 12.
        day: The day of the month.
        issued: The date of the document.

    Returns:
        The date, or None when there is no such day (29 February of a year that has none).

    Example:
        >>> in_year_of(2, 21, dt.date(2016, 2, 22)), in_year_of(12, 30, dt.date(2017, 1, 5))
        (datetime.date(2016, 2, 21), datetime.date(2016, 12, 30))
    """
    year = issued.year if (month, day) <= (issued.month, issued.day) else issued.year - 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
