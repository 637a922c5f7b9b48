"""Rule: footnotes ("[^1]: text", "* text", and after a rule "1 text"), wherever they stand."""

from __future__ import annotations

import re

from unga_docs.assemble.state import State
from unga_docs.blocks import Line
from unga_docs.errors import DiagnosticKind
from unga_docs.grammar.footnotes import CIRCULATED_UNDER
from unga_docs.grammar.lexicon import FOOTNOTE_MARKER
from unga_docs.model import Footnote
from unga_docs.symbols import find_symbol_spans

__all__ = ["FIRST", "footnote_after_rule", "matches", "read", "read_after_rule", "read_in_masthead"]

_CANONICAL = re.compile(r"^\[\^(?P<marker>[^\]\s]{1,3})\]:\s*(?P<text>.*)$")
_STAR = re.compile(r"^(?P<marker>\*{1,3}|[†‡§])\s*(?P<text>[^\s*].*)$")
_AFTER_RULE = re.compile(rf"^(?P<marker>{FOOTNOTE_MARKER.pattern})\s+(?P<text>\S.*)$")
#: What a footnote can start with (anywhere; after a rule, see `footnote_after_rule`).
FIRST = frozenset("[*†‡§")


def matches(text: str) -> bool:
    """Silent mode: does *text* read as a footnote wherever it stands?"""
    return bool(_CANONICAL.match(text) or _STAR.match(text))


def footnote_after_rule(text: str) -> bool:
    """Right after a rule, a line "1 See ..." or "a Ibid." reads as a footnote.

    Example:
        >>> footnote_after_rule("1 See S/2020/372."), footnote_after_rule("The Council")
        (True, False)
    """
    return bool(_AFTER_RULE.match(text))


def _take(state: State, m: re.Match[str] | None, line: Line) -> bool:
    if m is None or not m.group("text"):
        return False
    state.flush()
    state.footnotes.append(Footnote(marker=m.group("marker"), text=m.group("text")))
    _circulated_under(state, m.group("text"), line)
    state.after_rule = state.line_after_rule  # more footnotes may follow
    state.i += 1
    return True


def read(state: State, line: Line) -> bool:
    """In the body (lines starting with `FIRST`, not escaped): take a footnote."""
    text = line.text
    return _take(state, _CANONICAL.match(text) or _STAR.match(text), line)


def read_after_rule(state: State, line: Line) -> bool:
    """In the body, right after a rule: take "1 See ..." as a footnote."""
    if not state.line_after_rule or line.literal or line.heading:
        return False
    if line.text[0] in FIRST and matches(line.text):
        return False  # a footnote `read` refused (no text): not one after a rule either
    return _take(state, _AFTER_RULE.match(line.text), line)


def read_in_masthead(state: State, line: Line) -> bool:
    """A footnote to the masthead, once a field was read ("Item 97 of the preliminary list*" / "* A/51/50.")."""
    note = _STAR.match(line.text) or _CANONICAL.match(line.text)
    if note is None or not state.seen_field or not note.group("text"):
        return False
    state.footnotes.append(Footnote(marker=note.group("marker"), text=note.group("text")))
    _circulated_under(state, note.group("text"), line)
    state.i += 1
    return True


#: What may stand between the symbols of "A/43/216-S/19620." besides them.
_BETWEEN_SYMBOLS = re.compile(r"[\s,.;:\-\u2010-\u2015]*|\s*(?:and|et|y)\s*", re.IGNORECASE)
#: Where the list of symbols ends: the end of the footnote's first sentence.
_SENTENCE_END = re.compile(r"\.(?:\s|$)")


def _circulated_under(state: State, text: str, line: Line) -> None:
    """A footnote "Circulated under the double symbol A/43/216-S/19620." gives the document's symbols.

    An Official Records copy prints no masthead but this note; what there does not read as a symbol (OCR's
    "A/43/2l6") is reported as a doubt, so the reading's missing symbol shows.
    """
    m = CIRCULATED_UNDER.match(text)
    if m is None:
        return
    end = _SENTENCE_END.search(text, m.end())
    region = text[m.end() : len(text) if end is None else end.start()]
    pos = 0
    unread: list[str] = []
    for start, stop, symbol in find_symbol_spans(region):
        if not _BETWEEN_SYMBOLS.fullmatch(region, pos, start):
            unread.append(region[pos:start])
        state.footnote_symbols.append(symbol)
        pos = stop
    if not _BETWEEN_SYMBOLS.fullmatch(region, pos):
        unread.append(region[pos:])
    for piece in unread:
        what = piece.strip(" ,;:-\u2010\u2011\u2012\u2013\u2014\u2015")
        state.note(DiagnosticKind.DOUBT, line, "a symbol in the footnote does not read as one", what)
