"""Masthead fields: which fields a line is made of (a line made only of fields is a masthead line).

A masthead prints symbols, organs, the distribution, the date, the original language and sessions in any layout:
one field a line, or several on one line (two-column layouts, flattened text). `masthead_fields` finds them all
or says the line holds something else; `masthead_prefix` finds the run of fields a flattened line starts with.
"""

from __future__ import annotations

import re

import attrs

from unga_docs.errors import ParseError
from unga_docs.grammar import find_sessions, parse_date
from unga_docs.model import Session
from unga_docs.symbols import find_symbol_spans

__all__ = ["LANGUAGE", "LANGUAGE_WORD", "MONTH", "Field", "masthead_fields", "masthead_prefix"]

MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
LANGUAGE = r"(?:Arabic|Chinese|English|French|Russian|Spanish)"
LANGUAGE_WORD = re.compile(LANGUAGE, re.IGNORECASE)

#: One masthead field; a line made only of these (and symbols and sessions) is a masthead line.
MASTHEAD_TOKEN = re.compile(
    rf"""
        (?P<organ>General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council)
      | (?P<distr>Distr\s*(?:\.\s*:?|:)\s*(?P<distr_value>General|Limited|Restricted)?)
      | (?P<original>\[?\s*Original\s*:\s*(?P<original_value>{LANGUAGE})?(?:\s*(?:,|and)\s*{LANGUAGE})*\s*\]?)
      | (?P<date>[0-9]{{1,2}}\s+{MONTH}\s+[0-9]{{4}})
      | (?P<language>{LANGUAGE})
      | (?P<value>General|Limited|Restricted)
      | (?P<un>United\s+Nations)
      | (?P<provisional>Provisional)
    """,
    re.VERBOSE | re.IGNORECASE,
)
_SEPARATORS = re.compile(r"[\s,;–—\-]*")
# What a line of masthead fields can start with: a field, a symbol ("A/", "S/RES/", "E/CN.4/") or a session.
_FIELD_START = re.compile(
    rf"[\s,;–—\-]*(?:{MASTHEAD_TOKEN.pattern}|[A-Z][A-Za-z0-9.\-]*\s*/|[A-Za-z]+(?:[\s-][A-Za-z]+){{0,7}}\s+"
    r"(?:emergency\s+)?(?:special\s+)?(?:session|year)\b)",
    re.VERBOSE | re.IGNORECASE,
)
#: How far into a flattened line its leading masthead is looked for.
_PREFIX_WINDOW = 600


@attrs.define
class Field:
    """One masthead field found on a line.

    Attributes:
        kind: the group of `MASTHEAD_TOKEN` that matched, or "symbol" or "session".
        value: what it says: a Symbol, a Session, a date, a value's text, or None for a label whose value is on
            the next line ("Distr.:").
        text: the field as printed.
        glued: printed right against the field before it ("A/74/956S/2020/719").
    """

    kind: str
    value: object = None
    text: str = ""
    glued: bool = False


#: OCR reads a symbol's series letter in lower case at the start of a masthead line ("s/12022").
_OCR_LOWER_SERIES = re.compile(r"[as]/[0-9]")


def _ocr_case(text: str) -> str:
    """The line with a lower-case series letter of a leading symbol put back in capitals (same length)."""
    return text[0].upper() + text[1:] if _OCR_LOWER_SERIES.match(text) else text


def masthead_fields(text: str) -> list[Field] | None:
    """The masthead fields a line is made of, or None when it holds anything else."""
    text = _ocr_case(text)
    if _FIELD_START.match(text) is None:
        return None  # the first field must start the line: most lines are ruled out here
    spans: list[tuple[int, int, Field]] = []
    for start, end, symbol in find_symbol_spans(text):
        spans.append((start, end, Field("symbol", symbol, text[start:end])))
    for start, end, ref in find_sessions(text):
        session = Session(organ=ref.organ, number=ref.number, kind=ref.kind)
        spans.append((start, end, Field("session", session, text[start:end])))
    for m in MASTHEAD_TOKEN.finditer(text):
        kind = m.lastgroup or ""
        if kind == "distr":
            value: object = m.group("distr_value")
        elif kind == "original":
            value = m.group("original_value")
        elif kind == "date":
            try:
                value = parse_date(m.group())
            except ParseError:
                return None
        else:
            value = m.group()
        spans.append((m.start(), m.end(), Field(kind, value, m.group())))
    if not spans:
        return None
    spans.sort(key=lambda s: (s[0], -s[1]))
    fields: list[Field] = []
    pos = 0
    for start, end, field in spans:
        if start < pos:  # overlapped by a longer field (a date inside a session line ...)
            continue
        if not _SEPARATORS.fullmatch(text, pos, start):
            return None
        field.glued = bool(fields) and start == pos and text[start - 1].isalnum()
        fields.append(field)
        pos = end
    if not _SEPARATORS.fullmatch(text, pos, len(text)):
        return None
    return fields


def masthead_prefix(text: str) -> int:
    """The end of the run of masthead fields a line starts with (0 if it starts with none)."""
    text = _ocr_case(text)
    if _FIELD_START.match(text) is None:
        return 0  # no field starts it: most lines are ruled out here, before symbols and sessions are looked for
    pos = 0
    n = len(text)
    spans = {start: end for start, end, _ in find_symbol_spans(text[:_PREFIX_WINDOW])}
    for start, end, _ in find_sessions(text[:_PREFIX_WINDOW]):
        spans.setdefault(start, end)
    while pos < n:
        while pos < n and text[pos] in " \t,;–—-":
            pos += 1
        span_end = spans.get(pos)
        if span_end is not None:
            pos = span_end
            continue
        m = MASTHEAD_TOKEN.match(text, pos)
        if m is None:
            break
        end = len(text[: m.end()].rstrip())
        if end < n and text[end].isalnum():  # a word that merely starts like a field
            break
        pos = end
    return pos if masthead_fields(text[:pos].strip()) is not None else 0
