"""Rule: paragraphs, the last rule (it takes any line): rebuilt from wrapped lines, re-joined across page breaks."""

from __future__ import annotations

import re

from unga_docs.assemble.fields import masthead_fields
from unga_docs.assemble.layout import LONE_MARKER, continues_after_break, para_ends
from unga_docs.assemble.rules.furniture import matches as is_furniture
from unga_docs.assemble.state import State
from unga_docs.blocks import Line
from unga_docs.errors import DiagnosticKind
from unga_docs.grammar.lexicon import BARCODE, JOB_NUMBER, LANGUAGE_LETTER

__all__ = ["read", "read_literal"]

#: Page furniture inside a line of text: a barcode, or a job number with its language letter. Each search starts
#: with a literal character ("*", "("), which the regex engine finds fast; a job number is looked for only just
#: before a language letter.
_BARCODE = BARCODE
_LANGUAGE_LETTER = LANGUAGE_LETTER
_JOB_BEFORE = re.compile(rf"(?<![\w/-]){JOB_NUMBER.pattern}\s*$")


def _furniture_inside(text: str) -> bool:
    if "*" in text and _BARCODE.search(text):
        return True
    if "(" not in text:  # every language letter ("(E)") opens with one: most lines are ruled out at once
        return False
    return any(_JOB_BEFORE.search(text, max(0, m.start() - 16), m.start()) for m in _LANGUAGE_LETTER.finditer(text))


#: Masthead fields that only a masthead prints: a paragraph made of them is a masthead read as text.
_MASTHEAD_ONLY = frozenset(("symbol", "distr", "original"))
#: A line of masthead fields is short (the longest real ones, a joint symbol with organs and a date, stay under
#: this): longer paragraphs are not looked at, which keeps the check off the body's real paragraphs.
_MAX_FIELDS_LINE = 160


def _doubt(state: State, line: Line, *, starts: bool) -> None:
    """Report text that a paragraph takes but that looks like furniture or (at its start) masthead fields."""
    if line.literal:
        return
    text = line.text
    if _furniture_inside(text):
        state.note(DiagnosticKind.DOUBT, line, "page furniture inside a paragraph")
    elif starts and state.letter is not None and len(text) <= _MAX_FIELDS_LINE and text[:1].isupper():
        fields = masthead_fields(text)
        if fields and any(f.kind in _MASTHEAD_ONLY for f in fields):
            state.note(DiagnosticKind.DOUBT, line, "masthead fields in the body")


def read_literal(state: State, line: Line) -> bool:
    """A line escaped in the source is plain text, whatever it says (an escaped heading is still a heading)."""
    if not line.literal or line.heading:
        return False
    return read(state, line)


def read(state: State, line: Line) -> bool:
    """Take any line: add it to the paragraph being built, or start a new one with it."""
    state.i = after = state.i + 1
    text = line.text
    if state.para:
        prev = state.para[-1]
        joined = False
        if not line.literal:
            if line.wraps and LONE_MARKER.match(prev) and len(state.para) == 1:
                joined = True  # a list marker printed alone, its item on the next line
            elif (
                line.wraps
                and not line.block_start
                and not para_ends(prev, text, state.width, lambda: _following_text(state, after))
            ):
                joined = True
            elif continues_after_break(
                prev, text, across_break=line.block_start or not line.wraps or state.after_furniture
            ):
                joined = True  # a paragraph split by a page break
        if joined:
            _doubt(state, line, starts=False)
            if prev.endswith("-") and not prev.endswith(" -") and text[:1].islower():
                state.para[-1] = prev + text  # a word hyphenated at the line end keeps its hyphen
            else:
                state.para.append(text)
            state.after_furniture = False
            return True
        state.flush()
    if state.current() is None and state.letter is None:
        state.unplaced(line, "text outside any letter")
    else:
        _doubt(state, line, starts=True)
    state.para = [text]
    state.para_literal = line.literal
    state.after_furniture = False
    state.para_target = state.target()
    state.para_start = line
    return True


def _following_text(state: State, j: int) -> str | None:
    """The text of the wrapped line from index *j* on, furniture skipped (None at a block's end)."""
    while j < len(state.lines):
        x = state.lines[j]
        if x.rule or not x.wraps or x.block_start or x.heading:
            return None
        if not is_furniture(x.text):
            return x.text
        j += 1
    return None
