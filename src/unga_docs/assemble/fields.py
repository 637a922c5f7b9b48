"""Masthead fields: which fields a line is made of (a line made only of fields is a masthead line).

A masthead prints symbols, organs, the distribution, the date, the original language and sessions in any layout:
one field a line, or several on one line (two-column layouts, flattened text). `masthead_fields` finds them all
or says the line holds something else; `masthead_prefix` finds the run of fields a flattened line starts with.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import attrs

from unga_docs.grammar import ENGLISH, Lexicon, SessionRef, find_date, find_sessions
from unga_docs.grammar.languages import LEXICONS
from unga_docs.model import Session
from unga_docs.symbols import Symbol, find_symbol_spans

__all__ = [
    "MASTHEAD_EVIDENCE",
    "LANGUAGE",
    "LANGUAGE_WORD",
    "MONTH",
    "Field",
    "forget",
    "masthead_fields",
    "masthead_prefix",
]

MONTH = f"(?:{'|'.join(ENGLISH.months)})"
LANGUAGE = f"(?:{'|'.join(language.value for language in ENGLISH.languages.values())})"
LANGUAGE_WORD = re.compile(LANGUAGE, re.IGNORECASE)
#: The words that join two languages on an "Original:" line, in any language ("and", "et", "y", "и").
_CONJUNCTIONS = "|".join(dict.fromkeys(lexicon.conjunction for lexicon in LEXICONS.values()))


def _words(*maps: Iterable[str]) -> str:
    """An alternation of printed words, longest first; a space matches any white space."""
    words = sorted({w for m in maps for w in m}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


#: What may stand before a masthead field and between two (white space, commas, semicolons, dashes).
_SEPARATOR = r"[\s,;–—\-]"
#: The symbol branch of a field line's start: a series and a slash ("A/", "S/RES/", "E/CN.4/").
_SYMBOL_START = r"[A-Z][A-Za-z0-9.\-]*\s*/"


@functools.cache
def _tokens(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One masthead field, in the lexicon's words or in English (a copy may print its masthead in English).

    Also what a line of fields can start with: a field, a symbol ("A/", "S/RES/", "E/CN.4/") or a session.
    """
    english = ENGLISH
    language = _words(english.languages, lexicon.languages)
    date = "|".join(
        dict.fromkeys(
            (rf"[0-9]{{1,2}}\s+{MONTH}\s+[0-9]{{4}}", *(re.sub(r"\(\?P<\w+>", "(?:", x.date_in_text.pattern)
                                                   for x in (lexicon,) if x is not english))
        )
    )  # fmt: skip
    value = _words(english.distributions, lexicon.distributions)
    token = re.compile(
        rf"""
            (?P<organ>{_words(english.organs, lexicon.organs)})
          | (?P<distr>{english.distribution_label}\s*(?:\.\s*:?|:)\s*(?P<distr_value>{value})?)
          | (?P<original>\[?\s*(?:{english.original_label}|{lexicon.original_label})\s*:\s*
                (?P<original_value>{language})?
                (?:\s*(?:,|{_CONJUNCTIONS})\s*(?:{language}))*\s*\]?)
          | (?P<date>{date})
          | (?P<language>{language})
          | (?P<value>{value})
          | (?P<un>{_words(english.un_names, lexicon.un_names)})
          | (?P<provisional>{english.provisional_label})
        """,
        re.VERBOSE | re.IGNORECASE,
    )
    start = re.compile(rf"{_SEPARATOR}*(?:{token.pattern}|{_SYMBOL_START})", re.VERBOSE | re.IGNORECASE)
    return token, start


@functools.cache
def _field_start_without_symbol(lexicon: Lexicon) -> re.Pattern[str]:
    """`_tokens`' start pattern for a text without a slash, so without a symbol: a field only.

    It spares the symbol branch's backtracking over the first word of every line of text (tests/test_assemble_fast.py
    holds it to the whole pattern).
    """
    token, _ = _tokens(lexicon)
    return re.compile(rf"{_SEPARATOR}*(?:{token.pattern})", re.VERBOSE | re.IGNORECASE)


#: A line starting with an English session line ("Seventy-seventh session", "Tenth emergency special session").
_SESSION_START = re.compile(
    rf"{_SEPARATOR}*[A-Za-z]+(?:[\s-][A-Za-z]+){{0,7}}\s+(?:emergency\s+)?(?:special\s+)?(?:session|year)\b",
    re.IGNORECASE,
)
_SESSION_WORD = re.compile(r"session|year", re.IGNORECASE)


def _starts_with_field(text: str, lexicon: Lexicon) -> bool:
    """Can *text* start with a masthead field: a field's word, a symbol, or a session line?

    Most lines are ruled out here, before symbols and sessions are looked for. A session line (English or the
    lexicon's) is tried only where its word is there: trying it on a line of text backtracks over its words.
    """
    field_start = _tokens(lexicon)[1] if "/" in text else _field_start_without_symbol(lexicon)
    if field_start.match(text) is not None:
        return True
    if _has_session_word(text) and _SESSION_START.match(text) is not None:
        return True
    return lexicon is not ENGLISH and lexicon.session.match(text.lstrip()) is not None


#: One masthead field (English); a line made only of these (and symbols and sessions) is a masthead line.
MASTHEAD_TOKEN = _tokens(ENGLISH)[0]
_SEPARATORS = re.compile(f"{_SEPARATOR}*")
_DIGIT = re.compile(r"\d")
#: A symbol run into the word before it: a lower-case letter, then a series and a slash ("CouncilS/2016/224").
_GLUED_SYMBOL = re.compile(r"(?<=[^\W\d_A-Z\u0400-\u042f])(?=[A-Z][A-Z.0-9]*/[0-9A-Z])")
#: The fields that show a masthead follows (an organ or "United Nations" may end a wrapped title, a date alone may be
#: a letter's own date).
MASTHEAD_EVIDENCE = frozenset({"symbol", "distr", "original", "session", "language"})
#: How far into a flattened line its leading masthead is looked for.
_PREFIX_WINDOW = 600


@attrs.frozen
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
    if text[1:2] != "/":  # (the pattern's slash, tested first: most lines have none there)
        return text
    return text[0].upper() + text[1:] if _OCR_LOWER_SERIES.match(text) else text


#: How many lines' answers a reading keeps (a masthead's lines are asked about by several rules).
_MEMO_SIZE = 256


def masthead_fields(text: str, lexicon: Lexicon = ENGLISH) -> tuple[Field, ...] | None:
    """The masthead fields a line is made of (in the lexicon's words or English), or None when it holds else.

    Answers are remembered for the lines of the document being read (`forget` starts afresh for each reading):
    the unflattening pass, the masthead rule and the silent modes ask about the same few lines. (The memo is
    always asked with both arguments: `functools.lru_cache` keys ``f(t)`` and ``f(t, ENGLISH)`` apart.)
    """
    return _fields_memo(text, lexicon)


def forget() -> None:
    """Start a reading afresh: drop what `masthead_fields` and `masthead_prefix` remember of the last one."""
    _fields_memo.cache_clear()
    _prefix_memo.cache_clear()
    _sessions.cache_clear()
    _symbol_spans.cache_clear()


@functools.lru_cache(maxsize=_MEMO_SIZE)
def _fields_memo(text: str, lexicon: Lexicon) -> tuple[Field, ...] | None:
    return _masthead_fields(text, lexicon)


def _masthead_fields(text: str, lexicon: Lexicon) -> tuple[Field, ...] | None:
    text = _ocr_case(text)
    token, _ = _tokens(lexicon)
    if not _starts_with_field(text, lexicon):
        return None  # the first field must start the line
    glued = _GLUED_SYMBOL.search(text) if "/" in text else None  # (a symbol has a slash; the search looks behind)
    if glued is not None:  # "Security CouncilS/2016/224": a word run into the symbol after it
        apart = masthead_fields(f"{text[: glued.start()]} {text[glued.start() :]}", lexicon)
        if apart is None:
            return None
        return tuple(attrs.evolve(f, glued=True) if f.kind == "symbol" and not f.glued else f for f in apart)
    spans: list[tuple[int, int, Field]] = []
    for start, end, symbol in _symbol_spans(text):
        spans.append((start, end, Field("symbol", symbol, text[start:end])))
    for start, end, ref in _sessions(text, lexicon):
        session = Session(organ=ref.organ, number=ref.number, kind=ref.kind)
        spans.append((start, end, Field("session", session, text[start:end])))
    if len(spans) == 1 and spans[0][0] == 0 and spans[0][1] == len(text) and _DIGIT.search(text) is None:
        # One session line (or symbol) and nothing else: every field the tokens could find lies inside it and
        # gives way to it, and without a digit none is a date that could fail to read. (The tokens' search is
        # an alternation tried at every position: half the time of reading "Seventy-seventh session".)
        return (spans[0][2],)
    for m in token.finditer(text):
        kind = m.lastgroup or ""
        if kind == "distr":
            value: object = m.group("distr_value")
        elif kind == "original":
            value = m.group("original_value")
        elif kind == "date":
            value = find_date(m.group(), lexicon) or find_date(m.group())
            if value is None:
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
        if fields and start == pos and text[start - 1].isalnum():
            field = attrs.evolve(field, glued=True)
        fields.append(field)
        pos = end
    if not _SEPARATORS.fullmatch(text, pos, len(text)):
        return None
    return tuple(fields)


@functools.lru_cache(maxsize=_MEMO_SIZE)
def _sessions(text: str, lexicon: Lexicon) -> tuple[tuple[int, int, SessionRef], ...]:
    """The session lines in *text* (English and the lexicon's), remembered for the reading like the fields.

    An English session line names "session" or "year": a text without either word holds none (the English session
    grammar is an alternation of spelled ordinals, tried at every position otherwise).
    """
    found = find_sessions(text) if _has_session_word(text) else []
    return tuple(found if lexicon is ENGLISH else found + find_sessions(text, lexicon))


def _has_session_word(text: str) -> bool:
    """Does *text* hold "session" or "year" as the session grammar reads them (in any case)?"""
    low = text.lower()
    if "session" in low or "year" in low:
        return True  # (the pattern reads every character whose lower case is the word's as the word's)
    # The pattern also reads three characters whose lower case is not a letter of the words ("İ", "ı", "ſ": found
    # by comparing the pattern's answer with lower()'s over every character); without them lower() has answered.
    if text.isascii() or ("\u0130" not in text and "\u0131" not in text and "\u017f" not in text):
        return False
    return _SESSION_WORD.search(text) is not None


@functools.lru_cache(maxsize=_MEMO_SIZE)
def _symbol_spans(text: str) -> tuple[tuple[int, int, Symbol], ...]:
    """`find_symbol_spans`, remembered for the reading (the prefix and the fields of a line both ask)."""
    return tuple(find_symbol_spans(text))


def _one_field(text: str, lexicon: Lexicon) -> bool:
    """Is *text* one masthead field and nothing else ("Distr.: General")? Then it is its own prefix.

    A line the masthead rule reads is asked for its prefix first (by the unflattening pass): its fields, asked
    here, are remembered for the rule. The prefix's walk matches the same field at the line's start and ends at its
    end. tests/test_assemble_fast.py holds the shortcut to the walk (it found that a line of several fields is not
    enough: the walk stops at a field run into the next, "Original:General Assembly"; nor a field that ends in a
    line break).
    """
    if len(text) > _PREFIX_WINDOW or not text.isprintable():  # (the walk skips spaces but no other white space)
        return False
    fields = masthead_fields(text, lexicon)
    return fields is not None and len(fields) == 1 and fields[0].text == text


def masthead_prefix(text: str, lexicon: Lexicon = ENGLISH) -> int:
    """The end of the run of masthead fields a line starts with (0 if it starts with none).

    Remembered like `masthead_fields`.
    """
    return _prefix_memo(text, lexicon)


@functools.lru_cache(maxsize=_MEMO_SIZE)
def _prefix_memo(text: str, lexicon: Lexicon) -> int:
    text = _ocr_case(text)
    if _one_field(text, lexicon):
        return len(text)
    token, _ = _tokens(lexicon)
    if not _starts_with_field(text, lexicon):
        return 0  # no field starts it
    pos = 0
    n = len(text)
    spans = {start: end for start, end, _ in _symbol_spans(text[:_PREFIX_WINDOW])}
    for start, end, _ in _sessions(text[:_PREFIX_WINDOW], lexicon):
        spans.setdefault(start, end)
    while pos < n:
        while pos < n and text[pos] in " \t,;–—-":
            pos += 1
        span_end = spans.get(pos)
        if span_end is not None:
            pos = span_end
            continue
        m = token.match(text, pos)
        if m is None:
            break
        end = len(text[: m.end()].rstrip())
        # A word that merely starts like a field; not a field run into the capital of what follows ("anglaisLettre").
        if end < n and text[end].isalnum() and not (text[end - 1].islower() and text[end].isupper()):
            break
        pos = end
    return pos if masthead_fields(text[:pos].strip(), lexicon) is not None else 0
