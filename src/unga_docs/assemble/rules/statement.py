"""Rule: an annex's statement: its title and the date printed under it.

The title names a statement, declaration, communiqué, resolution ... (wrapped in plain text); the statement runs
to the end of its annex.
"""

from __future__ import annotations

import itertools
import re

from unga_docs.assemble.fields import MONTH
from unga_docs.assemble.kinds import LineKind
from unga_docs.assemble.layout import ENDS_OPEN, ENDS_SENTENCE, STARTS_LOWER, ends
from unga_docs.assemble.state import Container, State
from unga_docs.blocks import Line
from unga_docs.enums import Organ
from unga_docs.errors import ParseError
from unga_docs.grammar import ENGLISH, MEMBER_STATES, OBSERVER_STATES, find_date, parse_date

__all__ = ["matches", "read", "read_date"]

_STATEMENT_TITLE = ENGLISH.statement_title
#: A statement's title is shorter than this.
_MAX_TITLE = 300
#: Pairs of words that follow each other inside the names of States and organs: a title wrapped between them goes on.
_NAME_PAIRS = frozenset(
    (a, b)
    for name in (
        *MEMBER_STATES,
        *OBSERVER_STATES,
        *(organ.value for organ in Organ),
        *ENGLISH.un_names,
        "Human Rights Council",
        "Security Council Committee",
    )
    for a, b in itertools.pairwise(name.split())
)
_SALUTATION = ENGLISH.salutation
_DATE_LINE = re.compile(rf"^[0-9]{{1,2}}\s+{MONTH}\s+[0-9]{{4}}$", re.IGNORECASE)


def matches(text: str) -> bool:
    """Silent mode: does *text* read as a statement's title (a short line ending no sentence)?"""
    return bool(_STATEMENT_TITLE.match(text)) and len(text) < _MAX_TITLE and not ends(ENDS_SENTENCE, text)


def read(state: State, line: Line) -> bool:
    """In an annex with no statement yet: open the statement with *line* as its title, if it is one."""
    if not state.annexes:
        return False
    annex = state.annexes[-1]
    if annex.statement is not None:
        return False
    text = line.text
    if line.heading:
        if line.heading < 3 and not line.literal and not _STATEMENT_TITLE.match(text):
            return False
    elif line.literal or not matches(text):
        return False
    elif (annex.paragraphs or annex.signatures) and not line.block_start:
        return False  # after the annex's own text, a statement's title stands apart
    lines = state.lines
    j = state.i + 1
    parts = [text]
    # A title wrapped in plain text goes on while the next line carries it on.
    while j < len(lines) and _title_goes_on(state, parts[-1], lines[j], heading=bool(line.heading)):
        parts.append(lines[j].text)
        j += 1
    state.flush()
    annex.statement = Container(title=" ".join(parts), date=annex.date, starts={"title": line})
    state.i = j
    return True


def _title_goes_on(state: State, prev: str, line: Line, *, heading: bool = False) -> bool:
    """Does a statement's title, wrapped in plain text, go on from *prev* to *line*?

    A title line is shorter than the measure and ends no sentence; so is its continuation, unless that
    starts in lower case or the line before left a phrase open. A salutation or a date starts the text.
    """
    text = line.text
    if line.literal or line.heading or state.classify(text) != LineKind.TEXT:
        return False
    if not line.wraps:
        # Markdown: a title set as a heading goes on with the line right after it (no blank line between: a
        # converter's wrapped heading); a title printed as a paragraph (never by the canonical writer) goes on
        # into the next block when that starts in lower case or the title broke off mid-phrase.
        if heading:
            return not line.block_start
        return bool(STARTS_LOWER.match(text)) or ends(ENDS_OPEN, prev)
    if line.block_start:
        # A blank line inside a wrapped title (a converter's): it goes on only in lower case or mid-phrase.
        return bool(STARTS_LOWER.match(text)) or ends(ENDS_OPEN, prev)
    if ends(ENDS_SENTENCE, text) or _SALUTATION.match(text) or text.endswith(","):
        return False
    if STARTS_LOWER.match(text) or ends(ENDS_OPEN, prev) or (prev.isupper() and text.isupper()):
        return True  # (an older title in capitals goes on in capitals)
    # A capitalised line goes on only when it finishes a name the line before began ("Russian" / "Federation").
    return (prev.rsplit(" ", 1)[-1], text.split(" ", 1)[0]) in _NAME_PAIRS


def read_date(state: State, line: Line) -> bool:
    """The date printed under a statement's title, before its text."""
    statement = state.annexes[-1].statement if state.annexes else None
    if statement is None or statement.date is not None or not statement.empty():
        return False
    if state.lexicon is not ENGLISH and (date := state.lexicon.date_in_text.fullmatch(line.text)) is not None:
        found = find_date(date.group(), state.lexicon)  # "1 января 2000 года": the document's language
        if found is None:
            return False
        statement.date = found
        state.i += 1
        return True
    if not _DATE_LINE.match(line.text):
        return False
    try:
        statement.date = parse_date(line.text)
    except ParseError:
        return False  # "31 February 2023" is no date: it stays text
    state.i += 1
    return True
