"""Rule: page furniture is set aside as a diagnostic wherever it stands; it is not content.

Furniture: job numbers, date stamps, barcodes, page numbers, "Please recycle", the logo line, and in the body
running headers repeating the document's symbols.
"""

from __future__ import annotations

import re

from unga_docs.assemble.fields import LANGUAGE, masthead_fields
from unga_docs.assemble.state import State
from unga_docs.blocks import Line
from unga_docs.errors import DiagnosticKind
from unga_docs.grammar.lexicon import ENGLISH, JOB_NUMBER
from unga_docs.grammar.words_en import PAGE_WORD
from unga_docs.symbols import Symbol, find_symbol_spans

__all__ = ["FIRST", "matches", "read", "report", "set_aside"]

#: Page furniture: a whole line that is one of these is not content.
_FURNITURE = ENGLISH.furniture
#: What furniture can start with (exact: no other character case-folds onto these letters).
FIRST = frozenset("0123456789*♲/.UuNnPp")
_NAMES = {
    "job": "job number",
    "stamp": "date stamp",
    "barcode": "barcode",
    "page": "page number",
    "merged": "page number and job number",
    "pageword": "page number",
    "recycle": "Please recycle",
    "logo": "logo",
    "continued": "continuation marker",
}
#: The lines of a running header after its symbol in the 1990s layout: "S/1998/1234 / English / Page 2".
_HEADER_REST = re.compile(rf"^(?:{LANGUAGE}|{PAGE_WORD})$", re.IGNORECASE)
#: A running header is the symbol(s) alone: no longer than this.
_MAX_RUNNING_HEADER = 80


def matches(text: str) -> bool:
    """Silent mode: is *text* a line of page furniture (out of context)?"""
    return _FURNITURE.match(text) is not None


def set_aside(state: State, line: Line) -> bool:
    """Take *line* if it is furniture: report it (see `report`) and move past it."""
    if not report(state, line):
        return False
    state.i += 1
    return True


def report(state: State, line: Line) -> bool:
    """Report *line* as furniture if it is (the cursor stays); the first job number is kept."""
    m = None if line.literal or line.text[0] not in FIRST else _FURNITURE.match(line.text)
    # PDF (formats/pdf.py): a line the layout puts in a page's header or footer band is furniture whatever it
    # reads; its text still names the kind (and gives the job number) when it can.
    if m is None and line.furniture:
        state.note(DiagnosticKind.FURNITURE, line, f"page furniture (page {line.page} header or footer)")
        state.after_furniture = True
        return True
    if m is None:
        return False
    kind = m.lastgroup or "furniture"
    if kind in ("job", "merged") and state.job_number is None:
        job = JOB_NUMBER.search(line.text)
        if job is not None and kind == "job":
            state.job_number = job.group()
    state.note(DiagnosticKind.FURNITURE, line, f"page furniture ({_NAMES.get(kind, kind)})")
    state.after_furniture = True
    return True


def _running_header(state: State, line: Line) -> bool:
    fields = masthead_fields(line.text) if find_symbol_spans(line.text) else None
    if not fields or not all(f.kind == "symbol" for f in fields):
        return False
    if not state.symbols and state.after_furniture and len(fields) > 1 and state.letter is not None:
        # A copy whose masthead was lost: the running header after a page's furniture ("A/74/466 S/2019/781",
        # a joint symbol) is the only place the document's symbols are printed.
        state.symbols.extend(f.value for f in fields if isinstance(f.value, Symbol))
    if all(f.value in state.symbols for f in fields):
        state.note(DiagnosticKind.FURNITURE, line, "page furniture (running header)")
        state.after_furniture = True
        state.i += 1
        # The 1990s layout goes on with the language and the page, one a line.
        for rest in state.lines[state.i : state.i + 2]:
            if rest.literal or not _HEADER_REST.match(rest.text):
                break
            state.note(DiagnosticKind.FURNITURE, rest, "page furniture (running header)")
            state.i += 1
        return True
    return False


def read(state: State, line: Line) -> bool:
    """In the body: set aside furniture, and running headers repeating the document's symbols."""
    if line.literal:
        return False
    text = line.text
    if text[0] in FIRST and report(state, line):
        state.i += 1
        return True
    # A running header is the symbol(s) alone: short, with a slash.
    if (not state.symbols and not state.after_furniture) or "/" not in text or len(text) > _MAX_RUNNING_HEADER:
        return False
    return _running_header(state, line)
