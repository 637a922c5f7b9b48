"""Rule: annexes and enclosures: a label alone ("Annex I") and a heading ("Annex to the letter dated ...").

The heading says what the annex is annexed to; it may wrap (`title.heading_at` reads it).
"""

from __future__ import annotations

import functools
import re

from unga_docs.assemble.kinds import LineKind
from unga_docs.assemble.layout import ENDS_SENTENCE, ends
from unga_docs.assemble.rules import title
from unga_docs.assemble.state import Container, State
from unga_docs.blocks import Line
from unga_docs.grammar import ENGLISH, Lexicon
from unga_docs.model import ANNEX_HEADING, ANNEX_LABEL

__all__ = ["FIRST", "HEADING", "matches_heading", "matches_label", "read_heading", "read_label", "read_wrapped_heading"]

_LABEL = re.compile(rf"^(?:{ANNEX_LABEL.pattern})$", re.IGNORECASE)
HEADING = re.compile(rf"^{ANNEX_HEADING.pattern}", re.IGNORECASE)
#: Annex, Appendix, Attachment, Enclosure (exact: no other character case-folds onto these letters), and what
#: the other languages' labels start with ("Pièce jointe", "Приложение", "المرفق", "مرفق").
FIRST = frozenset("AaEe") | frozenset("PpПпДдВвام")


@functools.cache
def _patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A label alone and a heading, in the document's language or in English."""
    if lexicon is ENGLISH:
        return _LABEL, HEADING
    label = re.compile(rf"^(?:{lexicon.annex_label.pattern}|{ANNEX_LABEL.pattern})$", re.IGNORECASE)
    return label, re.compile(rf"^(?:{lexicon.annex_heading.pattern}|{ANNEX_HEADING.pattern})", re.IGNORECASE)


#: A heading printed under an annex's label in plain text ("Explanatory memorandum") is no longer than this.
_MAX_PLAIN_HEADING = 80


def matches_label(text: str, lexicon: Lexicon = ENGLISH) -> bool:
    """Silent mode: is *text* an annex label printed alone (in *lexicon*'s language or in English)?"""
    return _patterns(lexicon)[0].match(text) is not None


def matches_heading(text: str, lexicon: Lexicon = ENGLISH) -> bool:
    """Silent mode: does *text* start an annex heading ("Annex I to the letter ...", or in *lexicon*'s words)?"""
    return _patterns(lexicon)[1].match(text) is not None


def read_label(state: State, line: Line) -> bool:
    """Open an annex with its label."""
    if not _patterns(state.lexicon)[0].match(line.text):
        return False
    state.new_annex(Container(label=line.text, starts={"label": line}))
    state.i += 1
    return True


def read_heading(state: State, line: Line) -> bool:
    """Take an annex heading: the heading of an annex opened by a label alone, else a new annex."""
    if not _patterns(state.lexicon)[1].match(line.text):
        return False
    state.i = title.heading_at(state, state.i, new=not state.takes_heading())
    return True


def read_wrapped_heading(state: State, line: Line) -> bool:
    """The line right under an annex's label alone ("Annex I" / "Explanatory memorandum").

    It is the annex's heading when it is short, capitalised and ends no sentence: in plain text, and in markdown
    right after the label's heading line, with no blank line between (the canonical writer leaves one there).
    """
    text = line.text
    if (line.block_start and not line.wraps) or line.literal or line.heading or not state.takes_heading():
        return False
    if len(text) > _MAX_PLAIN_HEADING or not text[0].isupper() or ends(ENDS_SENTENCE, text):
        return False
    # In plain text a statement's title under a label opens the statement; in markdown, a line right after the
    # label's heading line is the rest of that heading (a converter's wrapped heading), whatever it reads like.
    if state.classify(text) not in ((LineKind.TEXT,) if line.wraps else (LineKind.TEXT, LineKind.STATEMENT)):
        return False
    state.flush()
    state.annexes[-1].heading = text
    state.i += 1
    return True
