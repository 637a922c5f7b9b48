"""The small languages inside UN letters: dates, session ordinals, agenda-item lists and letter titles.

Each language has an exact parser (pre-compiled regular expressions written so that they cannot backtrack
catastrophically: every call is linear in the length of its input) and a writer that gives the canonical printed
form, with the law ``parse(write(x)) == x``. Their words and patterns live in one place, a `Lexicon`
(`unga_docs.grammar.lexicon`): every parser and writer takes one and defaults to `ENGLISH`, so that another
language is another lexicon, not another parser.

* `lexicon`: the vocabulary (`Lexicon`, `ENGLISH`, the limits and the sub-items every module reads).
* `dates`: `parse_date`, `parse_dates`, `find_date`, `write_date` ("20 January 2023").
* `sessions`: `ordinal_word`, `ordinal_number`, `parse_session`, `find_sessions`, `write_session`, `SessionRef`
  ("Seventy-seventh session", "Seventy-eighth year", "Tenth emergency special session").
* `agenda`: `match_agenda_list`, `parse_agenda_list`, `write_agenda_list`, `AgendaMatch`
  ("Agenda items 30, 68 (b) and 73", "Item 97 of the preliminary list*").
* `states`: the table of State names (`MEMBER_STATES`, `OBSERVER_STATES`, former names and short forms), which
  lets a title's list of senders be split where a name contains "and" ("Bosnia and Herzegovina").
* `titles`: `parse_title`, `write_title`, `Title`, `is_title_start`, `title_extent`, `with_article`.
* `ocr`: `respace`, words split by OCR's letter-spacing joined where the lexicon knows them ("Secre tario").
* `footnotes`: `CIRCULATED_UNDER`, the footnote that gives an Official Records copy's symbols.

Example:
    >>> len(MEMBER_STATES), OBSERVER_STATES
    (193, ('Holy See', 'State of Palestine'))
    >>> with_article("Sudan"), with_article("Azerbaijan")
    ('the Sudan', 'Azerbaijan')

The package imports nothing of unga_docs but `unga_docs.errors` and `unga_docs.enums`: the model imports it.
"""

from __future__ import annotations

from unga_docs.grammar.agenda import AgendaMatch, match_agenda_list, parse_agenda_list, write_agenda_list
from unga_docs.grammar.dates import find_date, parse_date, parse_dates, write_date
from unga_docs.grammar.lexicon import (
    ENGLISH,
    FOOTNOTE_MARKER,
    JOB_NUMBER,
    MAX_AGENDA_ITEM,
    MAX_SESSION,
    MAX_TITLE_LINES,
    SUB_ITEM,
    SUB_ITEMS,
    Lexicon,
)
from unga_docs.grammar.sessions import (
    SessionRef,
    find_sessions,
    ordinal_number,
    ordinal_word,
    parse_session,
    write_session,
)
from unga_docs.grammar.states import MEMBER_STATES, OBSERVER_STATES
from unga_docs.grammar.titles import Title, is_title_start, parse_title, title_extent, with_article, write_title

__all__ = [
    "ENGLISH",
    "FOOTNOTE_MARKER",
    "JOB_NUMBER",
    "MAX_AGENDA_ITEM",
    "MAX_SESSION",
    "MAX_TITLE_LINES",
    "MEMBER_STATES",
    "OBSERVER_STATES",
    "SUB_ITEM",
    "SUB_ITEMS",
    "AgendaMatch",
    "Lexicon",
    "SessionRef",
    "Title",
    "find_date",
    "find_sessions",
    "is_title_start",
    "match_agenda_list",
    "ordinal_number",
    "ordinal_word",
    "parse_agenda_list",
    "parse_date",
    "parse_dates",
    "parse_session",
    "parse_title",
    "title_extent",
    "with_article",
    "write_agenda_list",
    "write_date",
    "write_session",
    "write_title",
]
