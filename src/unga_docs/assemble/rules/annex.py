"""Rule: annexes and enclosures: a label alone ("Annex I") and a heading ("Annex to the letter dated ...").

The heading says what the annex is annexed to; it may wrap (`title.heading_at` reads it).
"""

from __future__ import annotations

import functools
import re

from unga_docs.assemble.rules import title
from unga_docs.assemble.state import Container, State
from unga_docs.blocks import Line
from unga_docs.grammar import ENGLISH, Lexicon
from unga_docs.model import ANNEX_HEADING, ANNEX_LABEL

__all__ = ["FIRST", "HEADING", "matches_heading", "matches_label", "read_heading", "read_label"]

_LABEL = re.compile(rf"^(?:{ANNEX_LABEL.pattern})$", re.IGNORECASE)
HEADING = re.compile(rf"^{ANNEX_HEADING.pattern}", re.IGNORECASE)
#: Annex, Appendix, Attachment, Enclosure (exact: no other character case-folds onto these letters), and what
#: the other languages' labels start with (the silent mode is English's: it answers no for those).
FIRST = frozenset("AaEe") | frozenset("ПпДдВвPpا")


@functools.cache
def _patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A label alone and a heading, in the document's language or in English."""
    if lexicon is ENGLISH:
        return _LABEL, HEADING
    label = re.compile(rf"^(?:{lexicon.annex_label.pattern}|{ANNEX_LABEL.pattern})$", re.IGNORECASE)
    return label, re.compile(rf"^(?:{lexicon.annex_heading.pattern}|{ANNEX_HEADING.pattern})", re.IGNORECASE)


def matches_label(text: str) -> bool:
    """Silent mode: is *text* an annex label printed alone?"""
    return _LABEL.match(text) is not None


def matches_heading(text: str) -> bool:
    """Silent mode: does *text* start an annex heading ("Annex I to the letter ...")?"""
    return HEADING.match(text) is not None


def read_label(state: State, line: Line) -> bool:
    """Open an annex with its label."""
    if not _patterns(state.lexicon)[0].match(line.text):
        return False
    state.new_annex(Container(label=line.text))
    state.i += 1
    return True


def read_heading(state: State, line: Line) -> bool:
    """Take an annex heading: the heading of an annex opened by a label alone, else a new annex."""
    if not _patterns(state.lexicon)[1].match(line.text):
        return False
    state.i = title.heading_at(state, state.i, new=not state.takes_heading())
    return True
