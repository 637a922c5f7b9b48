"""Rule: a document host's metadata block after the document is page trailer, outside the document.

Archive and library pages print, after the document, the host's catalogue record, one "Label: value" a line:
"Document symbol: A/42/115|S/18653", "Document Sources: General Assembly, Security Council", "Publication Date:
03/02/1987" (day first), "Document Type", "Country", "Subject", "Download Document Files". It is not part of the
document, but where the document printed no masthead it is the only place its symbol, organs and date are given:
those are kept when the masthead left them empty. Once such a block starts after the document's text, every line
after it is trailer too (a second copy of the record, a site footer): reported as outside, never a paragraph.
So is the page's header (a line set aside as outside before the document) printed again after the signature, a
second copy of the document (a masthead line with its own symbol after the signed letter), and a web page's own
lines after the signed document ("Share this:", "Tags:", "Related posts", "Copyright").
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re

from unga_docs.assemble.fields import masthead_fields
from unga_docs.assemble.state import State
from unga_docs.blocks import Line
from unga_docs.errors import DiagnosticKind
from unga_docs.grammar.lexicon import ENGLISH
from unga_docs.symbols import find_symbol_spans

__all__ = ["FIRST", "matches", "page_line", "read"]

#: A label that only a catalogue record prints: it starts the trailer.
_RECORD = re.compile(
    r"^(?P<label>Document\s+symbols?|Document\s+Type|Document\s+Sources?|Publication\s+Date|Download\s+Document\s+Files)"
    r"\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
#: What the record's labels can start with (exact: no other character case-folds onto these letters).
FIRST = frozenset("DdPp")
#: The lines a web page prints after its content: sharing, tags, categories, related posts, navigation, copyright.
_PAGE_LINE = re.compile(
    r"^(?:Share\s+this|Like\s+this|Related(?:\s+(?:posts?|articles?|documents?|news))?|Tags?|Categor(?:y|ies)"
    r"|Posted\s+(?:in|on|by)|Filed\s+under|Leave\s+a\s+(?:comment|reply)|Previous\s+(?:post|article)"
    r"|Next\s+(?:post|article)|Back\s+to\s+top|Copyright|©|All\s+rights\s+reserved)(?:\s*[:|]|\s*$|\s)",
    re.IGNORECASE,
)
#: Such a line is short.
_MAX_PAGE_LINE = 100
_DAY_FIRST = re.compile(r"^([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})$")
_ORGANS = ENGLISH.organs


def page_line(text: str) -> bool:
    """Would *text*, after a signed document, read as a web page's own line ("©", "Tags:"), starting its trailer?

    Example:
        >>> page_line("© 2024 Example"), page_line("Ambassador")
        (True, False)
    """
    return len(text) <= _MAX_PAGE_LINE and _PAGE_LINE.match(text) is not None


def matches(text: str) -> bool:
    """Silent mode: is *text* a line of a host's catalogue record ("Document symbol: S/2007/292")?"""
    return _RECORD.match(text) is not None


def read(state: State, line: Line) -> bool:
    """Take a catalogue record line (keeping what the masthead lacks), and once in the trailer, any line."""
    if state.trailer:
        m = None if line.literal else _RECORD.match(line.text)
        if m is not None:
            _keep(state, m.group("label").lower(), m.group("value").strip())
        state.note(DiagnosticKind.OUTSIDE, line, "page trailer after the document (not part of it)")
        state.i += 1
        return True
    if line.literal:
        return False
    if state.outside_lines and _signed(state) and frozenset(line.text.casefold().split()) in state.outside_lines:
        # The page's header printed again as its footer after the signed document: the trailer starts.
        return _trailer_starts(state, line)
    if state.symbols and _second_copy(state, line):
        return True
    if page_line(line.text) and _signed(state):
        # A web page's own lines after the signed document (sharing buttons, tags, related posts ...).
        return _trailer_starts(state, line)
    if line.text[:1] not in FIRST:
        return False
    m = _RECORD.match(line.text)
    if m is None:
        return False
    state.flush()
    state.end_signing()
    if state.letter is not None or state.annexes or state.doc_paragraphs:
        state.trailer = True  # after the document's text: the rest of the page is the host's
    _keep(state, m.group("label").lower(), m.group("value").strip())
    state.note(DiagnosticKind.OUTSIDE, line, "host's catalogue record (not part of the document)")
    state.i += 1
    return True


def _second_copy(state: State, line: Line) -> bool:
    """A masthead line with the document's own symbol after the signed letter: the page prints it again.

    Hosts show a flattened preview and then the paragraphed text; the second copy and the page's text between the
    two (what the letter took as paragraphs after its signature) are outside.
    """
    letter = state.letter
    if letter is None or state.annexes or not (letter.signatures or state.signing is not None):
        return False
    if "/" not in line.text or not line.text[:1].isupper():
        return False
    fields = masthead_fields(line.text)
    if not fields or len(fields) < 2 or not any(f.kind == "symbol" and f.value in state.symbols for f in fields):
        return False
    state.flush()
    state.end_signing()
    for text in letter.paragraphs[state.paras_at_signature :]:
        state.note(DiagnosticKind.OUTSIDE, line, "page text between the document and a second copy of it", text)
    del letter.paragraphs[state.paras_at_signature :]
    state.trailer = True
    state.note(DiagnosticKind.OUTSIDE, line, "a second copy of the document (not read again)")
    state.i += 1
    return True


def _signed(state: State) -> bool:
    """Was the document signed (the letter, or its last annex)?"""
    if state.signing is not None:
        return True
    current = state.current()
    return current is not None and bool(current.signatures)


def _keep(state: State, label: str, value: str) -> None:
    """Keep a record's symbol, organs or date where the masthead gave none."""
    if label.startswith("document symbol"):
        if not state.symbols:
            state.record_symbols.extend(s for _, _, s in find_symbol_spans(value) if s not in state.record_symbols)
    elif label.startswith("document source"):
        if not state.organs:
            names = (" ".join(part.lower().split()) for part in value.split(","))
            state.organs.extend(o for o in (_ORGANS.get(n) for n in names) if o is not None and o not in state.organs)
    elif label.startswith("publication"):
        m = _DAY_FIRST.match(value)
        if m is not None and state.date is None:
            with contextlib.suppress(ValueError):
                state.date = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))


def _trailer_starts(state: State, line: Line) -> bool:
    """The page's trailer starts at *line*: the document is closed, this line and every line after are outside."""
    state.flush()
    state.end_signing()
    state.trailer = True
    state.note(DiagnosticKind.OUTSIDE, line, "page trailer after the document (not part of it)")
    state.i += 1
    return True
