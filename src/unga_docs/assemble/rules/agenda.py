"""Rule (masthead): agenda lists ("Agenda items 30, 68 (b) and 73") and the titles of their items.

A list may wrap over a few lines; the items' titles follow it, one a line, each possibly wrapped. In the body, an
agenda list is text.
"""

from __future__ import annotations

from unga_docs.assemble.kinds import LineKind
from unga_docs.assemble.layout import ENDS_OPEN, STARTS_LOWER, ends
from unga_docs.assemble.state import AgendaEntry, State
from unga_docs.blocks import Line
from unga_docs.errors import DiagnosticKind
from unga_docs.grammar import ENGLISH, Lexicon, match_agenda_list, ocr

__all__ = ["matches", "read_list", "read_title", "read_title_wrap"]

#: A list wraps over a few lines at most: looking further would re-read it once a line.
_MAX_AGENDA_LINES = 12


def matches(text: str, lexicon: Lexicon = ENGLISH) -> bool:
    """Silent mode: does *text* start with an agenda list (in *lexicon*'s language or in English)?"""
    return match_agenda_list(text) is not None or (
        lexicon is not ENGLISH and match_agenda_list(text, lexicon) is not None
    )


def read_list(state: State, line: Line) -> bool:
    """An agenda list (joined over the lines it wraps on); the rest of its line is the first item's title."""
    text = line.text
    lexicon = state.lexicon
    agenda = match_agenda_list(text, lexicon)
    if agenda is None and lexicon is not ENGLISH:
        lexicon = ENGLISH
        agenda = match_agenda_list(text)
    if agenda is None or not agenda.items:
        return False
    if not state.seen_field:
        state.close_preamble()
    state.seen_field = True
    lines = state.lines
    n = len(lines)
    i = j = state.i
    joined = text
    while not agenda.complete and j + 1 < n and j - i < _MAX_AGENDA_LINES and not lines[j + 1].literal:
        longer = match_agenda_list(f"{joined} {lines[j + 1].text}", lexicon)
        if longer is None:
            break
        j += 1
        joined = f"{joined} {lines[j].text}"
        agenda = longer
    state.field_lines.extend(lines[i : j + 1])  # every line the list took (it may wrap)
    items = [AgendaEntry(number=number, sub_item=sub) for number, sub in agenda.items]
    state.agenda.extend(items)
    if agenda.form != "agenda":
        state.note(DiagnosticKind.NORMALISED, line, "agenda list printed in another form", joined)
    state.pending, state.titled = list(items), None
    rest = joined[agenda.end :].strip()
    if rest and state.pending:
        state.titled = state.pending.pop(0)
        state.titled.title = rest
    state.i = j + 1
    return True


def read_title(state: State, line: Line) -> bool:
    """The title of the next item waiting for one: a line of plain text, or a heading of any level.

    A heading's level is a hint only (converters make headings of agenda titles at any level); a title of the
    letter, a masthead field or any other structure is not an item's title.
    """
    if not state.pending:
        return False
    # A statement's title ("Report of the ...") means something only in an annex: here it is an item's title.
    if not (line.literal or state.classify(line.text) in (LineKind.TEXT, LineKind.STATEMENT)):
        return False
    text = line.text
    if state.margin:  # a scan that caught the page beside it: "dólare s LA SITUACION ..." is a fragment and the title
        for fragment, rest in ocr.margin_splits(text):
            if rest.isupper() and not fragment.isupper():
                state.note(DiagnosticKind.OUTSIDE, line, "a fragment of the margin of the page beside it", fragment)
                text = rest
                break
    state.titled = state.pending.pop(0)
    state.titled.title = text
    state.field_lines.append(line)
    state.i += 1
    return True


def read_title_wrap(state: State, line: Line) -> bool:
    """The wrapped rest of the title read last.

    In plain text a line goes on with the title when it starts in lower case, the title broke off mid-phrase, or
    both are in capitals.
    """
    titled = state.titled
    if titled is None or not line.wraps or titled.title is None:
        return False
    text = line.text
    if state.margin and titled.title.isupper() and not text.isupper() and ocr.is_fragment(text):
        return False  # a fragment of the page beside it ("les"), not the rest of a title in capitals
    if not (STARTS_LOWER.match(text) or ends(ENDS_OPEN, titled.title) or (text.isupper() and titled.title.isupper())):
        return False
    if state.classify(text) != LineKind.TEXT:
        return False
    titled.title = f"{titled.title} {text}"
    state.field_lines.append(line)
    state.i += 1
    return True
