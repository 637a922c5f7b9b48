"""Rule: the masthead, read before the body; in the body, the masthead of an annexed document.

Symbols, organs, distribution, date, original language, sessions, agenda lists and their titles, footnotes to
them come in any order and any layout. Text before the first field, when a masthead follows, is
outside the document (a web page's navigation). In the body, the masthead of an annexed document gives its date.

The masthead is read by `read`, a loop of steps over the lines up to the first line that is none of them:

1. a thematic break, page furniture, an agenda item's title or its wrapped rest (these never end it);
2. it ends at an escaped line, or at "1 See ..." after a rule (a footnote: the body reads it);
3. a footnote to the masthead, a line of masthead fields, an agenda list, or (before any field) text that may be
   outside the document.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TypeVar

import attrs

from unga_docs.assemble.fields import LANGUAGE, LANGUAGE_WORD, MASTHEAD_EVIDENCE, Field, masthead_fields
from unga_docs.assemble.kinds import LineKind
from unga_docs.assemble.layout import ENDS_SENTENCE, ends
from unga_docs.assemble.rules import agenda, footnote, furniture
from unga_docs.assemble.state import State
from unga_docs.blocks import Line
from unga_docs.enums import Distribution, Language, Organ
from unga_docs.errors import DiagnosticKind, ParseError
from unga_docs.grammar import ENGLISH, Lexicon, is_title_start, match_agenda_list, ocr, parse_date
from unga_docs.grammar.languages import LEXICONS, PRINTED
from unga_docs.model import Session
from unga_docs.symbols import Symbol

__all__ = ["matches", "read", "read_embedded", "read_language_note", "read_note_under_title"]

_T = TypeVar("_T")
#: A language's name in any official language ("English", "anglais", "inglés", "английский").
_ANY_LANGUAGE = re.compile(
    "|".join(sorted({re.escape(w) for lex in LEXICONS.values() for w in lex.languages}, key=lambda w: (-len(w), w))),
    re.IGNORECASE,
)
_ORGANS = ENGLISH.organs
#: A line between a headline and the title it repeats is short (a posting date, a byline), no sentence.
_SHORT = 40
_SIGNED = ENGLISH.signed
_ORIGINAL_NOTE = re.compile(
    rf"^\[\s*{ENGLISH.original_label}\s*:\s*{LANGUAGE}.*\]?$|^{LANGUAGE}(?:\s+and\s+{LANGUAGE})?\]$", re.I
)


def matches(text: str, lexicon: Lexicon = ENGLISH) -> bool:
    """Silent mode: is *text* made only of masthead fields (in *lexicon*'s words or English)?"""
    return masthead_fields(text, lexicon) is not None


def read(state: State) -> None:
    """Read the masthead from the cursor on; leave the cursor at the first line of the body."""
    lines = state.lines
    n = len(lines)
    state.restart = (state.i, 0, None)
    while state.i < n:
        line = lines[state.i]
        # Each step is guarded by what it needs, checked here: most lines are offered to few steps.
        if (
            (line.rule and _thematic_break(state, line))
            or (not line.literal and line.text[0] in furniture.FIRST and furniture.set_aside(state, line))
            # A title wrapped without a blank line goes on before the next item waiting for its title; after a blank
            # line, the next item takes its title first.
            or (
                state.titled is not None
                and state.pending
                and not line.block_start
                and agenda.read_title_wrap(state, line)
            )
            or (state.pending and agenda.read_title(state, line))
            or (state.titled is not None and agenda.read_title_wrap(state, line))
        ):
            continue
        if line.literal or (state.after_rule and footnote.footnote_after_rule(line.text)):
            break
        if state.seen_field and footnote.read_in_masthead(state, line):
            continue
        # Scan noise and stray lines come among fields, not after a rule (the canonical writer ends a masthead so).
        among = state.seen_field and not state.after_rule
        state.after_rule = False
        if (among and _scan_noise(state, line)) or _read_fields(state, line):
            continue
        if (
            agenda.read_list(state, line)
            or (among and (_margin(state, line) or _stray(state, line)))
            or _read_preamble(state, line)
        ):
            continue
        break
    _end(state)


#: A line with fewer letters and digits than this, among masthead fields, is noise of a scan ("••", "; ...,").
_NOISE_ALNUM = 2


def _scan_noise(state: State, line: Line) -> bool:
    """Between masthead fields (more follow), a line of a scan's specks ("••") is set aside, not the end of it."""
    if line.literal or _alnum_at_least(line.text, _NOISE_ALNUM) or not _fields_follow(state):
        return False
    state.note(DiagnosticKind.FURNITURE, line, "scan noise in the masthead")
    state.i += 1
    return True


def _alnum_at_least(text: str, n: int) -> bool:
    """Does *text* hold at least *n* letters or digits (looked for only until found: lines are mostly words)?"""
    for c in text:
        if c.isalnum():
            n -= 1
            if n <= 0:
                return True
    return n <= 0


#: How far after a line of a page margin's fragments alone the masthead's fields go on.
_MARGIN_REACH = 3
_MARGIN = "a fragment of the margin of the page beside it"


#: A masthead line a scan damaged is short (a field or two and a fragment): longer lines are never read as one.
_MARGIN_LINE = 120


def matches_damaged(text: str, lexicon: Lexicon = ENGLISH) -> bool:
    """Silent mode of the damaged masthead line (`_margin`): could *text* read as masthead fields a scan damaged?

    Among masthead fields, a margin's fragment before them or letter-spacing inside them is read through. The
    writers escape such a line.
    """
    return _damaged(text, lexicon, agenda=True) is not None


def _damaged(
    text: str, lexicon: Lexicon, *, agenda: bool, label: Callable[[str], bool] | None = None
) -> tuple[str, str, str] | None:
    """The OCR damage a line of masthead fields shows, if that is all that keeps it from reading.

    A scan that caught the margin of the page beside it starts lines with fragments of words ("las ESPAÑOL"), and
    letter-spacing splits words and symbols ("1 ORIGIN AL: INGLES", "A/47/8 99").

    Returns:
        (fragment, the rest as printed, the rest repaired), or None. A fragment that *label* says is structure
        ("Annex A/77/1") is none; with *agenda*, a repaired agenda list reads too.
    """
    if len(text) > _MARGIN_LINE:
        return None
    for fragment, rest in [("", text), *ocr.margin_splits(text)]:
        if fragment and label is not None and label(fragment):
            continue
        repaired = ocr.rejoin_symbol_number(ocr.respace(rest, lexicon))
        if (fragment or repaired != rest) and (
            masthead_fields(repaired, lexicon) is not None
            or (agenda and match_agenda_list(repaired, lexicon) is not None)
        ):
            return fragment, rest, repaired
    return None


def _margin_fields(text: str, state: State) -> tuple[str, str, str] | None:
    """`_damaged` in the reading: a fragment that reads as structure is none; an agenda list only in a scan."""
    return _damaged(text, state.lexicon, agenda=state.margin, label=lambda f: state.classify(f) != LineKind.TEXT)


def _margin(state: State, line: Line) -> bool:
    """Among masthead fields, a line OCR damaged as `_margin_fields` says: its fields are read, the damage reported.

    In a scan whose margin showed so, a line of fragments alone ("21 de", "Fondo"), with such fields after it, is
    set aside.
    """
    if line.literal or state.classify(line.text) != LineKind.TEXT:
        return False
    found = _margin_fields(line.text, state)
    if found is None:
        ahead = state.lines[state.i + 1 : state.i + 1 + _MARGIN_REACH]
        if (
            not state.margin
            or not ocr.is_fragment(line.text)
            or not any(
                not x.literal and (masthead_fields(x.text, state.lexicon) or _margin_fields(x.text, state))
                for x in ahead
            )
        ):
            return False
        state.note(DiagnosticKind.OUTSIDE, line, _MARGIN)
        state.i += 1
        return True
    fragment, rest, repaired = found
    if fragment:
        state.margin = True
        state.note(DiagnosticKind.OUTSIDE, line, _MARGIN, fragment)
    if repaired != rest:
        state.note(DiagnosticKind.NORMALISED, line, "masthead fields split by OCR's letter-spacing", rest)
    evolved = attrs.evolve(line, text=repaired)
    return _read_fields(state, evolved) or agenda.read_list(state, evolved)


#: A line this short between masthead fields may be a library stamp or a web page's caption.
_STRAY_LENGTH = 40


def _stray(state: State, line: Line) -> bool:
    """A short line of text with masthead fields right after it ("UN LIBRARY", "Transcription") is set aside."""
    text = line.text
    if line.literal or len(text) > _STRAY_LENGTH or is_title_start(text, state.lexicon):
        return False
    if masthead_fields(text, state.lexicon) is not None or not _fields_follow(state, reach=1):
        return False  # (farther from the fields, it may end a page's title block: `_read_preamble` decides)
    state.note(DiagnosticKind.OUTSIDE, line, "text among the masthead fields (a stamp or a caption)")
    state.i += 1
    return True


def _thematic_break(state: State, line: Line) -> bool:
    """A rule ends the masthead block: what came before it belongs to the document; footnotes may follow."""
    if not line.rule:
        return False
    state.close_preamble()
    state.seen_field = True
    state.pending, state.titled = [], None
    state.after_rule = True
    state.i += 1
    return True


def _read_fields(state: State, line: Line) -> bool:
    """A line made only of masthead fields; a label whose value is on the next line waits for it."""
    fields = masthead_fields(line.text, state.lexicon)
    if fields is None:
        return False
    if not state.seen_field:
        state.close_preamble()
    state.seen_field = True
    state.field_lines.append(line)
    if state.titled is not None or any(e.title is not None for e in state.agenda):
        # Fields after the items' titles began end them; fields between a list and its first title (a
        # converter's reading order, a two-column masthead) leave the items waiting.
        state.pending, state.titled = [], None
    if any(f.glued for f in fields):
        state.note(DiagnosticKind.NORMALISED, line, "masthead fields printed without a space between")
    labels = state.pending_labels
    for f in fields:
        if f.kind in ("distr", "original") and f.value is None:
            labels.add(f.kind)
            state.note(DiagnosticKind.NORMALISED, line, "a label whose value is on the next line", f.text)
        elif f.kind == "value" and "distr" in labels and state.distribution is None:
            state.distribution = _distribution(state, f.value)
            labels.discard("distr")
        elif f.kind == "language" and "original" in labels and state.language is None:
            state.language = _language(state, f.value)
            labels.discard("original")
        else:
            _keep(state, f, line)
    state.i += 1
    return True


#: How many lines after a headline a masthead may start for the headline to be the page's, not the document's
#: (a page's navigation between them is short lines; a sentence of text ends the search sooner).
_HEADLINE_REACH = 24
#: Fields that only a masthead prints (a date, an organ or "United Nations" alone may be a title's wrapped line, a
#: symbol alone a running header; "[Original: Arabic]" in brackets is a note under a title).
_MASTHEAD_KINDS = frozenset(("distr", "original"))


def _masthead_follows(state: State) -> bool:
    """Does a masthead start within a few lines after the cursor (a web page's headline before the document)?"""
    for line in state.lines[state.i + 1 : state.i + 1 + _HEADLINE_REACH]:
        if len(line.text) > _SHORT and ends(ENDS_SENTENCE, line.text) and not is_title_start(line.text, state.lexicon):
            return False  # a sentence of text: the document started
        fields = None if line.literal else masthead_fields(line.text, state.lexicon)
        if fields and any(f.kind in _MASTHEAD_KINDS and not f.text.startswith("[") for f in fields):
            return True
        # A symbol with another field ("United Nations A/64/467"); a symbol alone may be a running header.
        if fields and any(f.kind == "symbol" for f in fields) and any(f.kind != "symbol" for f in fields):
            return True
    return False


def _title_follows(state: State) -> bool:
    """Does the letter's title start again within a few lines (a web page's headline repeating it)?"""
    kind = state.lines[state.i].text.split(" ", 1)[0].lower()
    for line in state.lines[state.i + 1 : state.i + 1 + _HEADLINE_REACH]:
        if (
            line.literal
            or _SIGNED.match(line.text)
            or state.lexicon.signed.match(line.text)
            or (len(line.text) > _SHORT and ends(ENDS_SENTENCE, line.text))
        ):
            return False  # the letter's text or signature came first: a title after it is an annexed letter's
        if is_title_start(line.text, state.lexicon) and line.text.split(" ", 1)[0].lower() == kind:
            return True  # the same kind of title again ("Letter dated ..."), not an annex heading
    return False


def _read_preamble(state: State, line: Line) -> bool:
    """Before any field: plain text may be outside the document (if a masthead follows) or its start.

    A title before any field is the document's own unless a masthead or the title again follows it: then it is a
    web page's headline repeating the title (the masthead after a headline wins), outside the document like the
    rest.
    """
    if is_title_start(line.text, state.lexicon):
        if not _masthead_follows(state) and not _title_follows(state):
            return False
    elif state.classify(line.text) != LineKind.TEXT:
        return False
    if state.seen_field:
        # A page's title block can look like a masthead ("General Assembly Security Council Seventy-first
        # session ..."); text after it is still outside if the real masthead, with its symbol, follows.
        if state.symbols or state.distribution is not None or not _masthead_follows(state):
            return False
        # What was read as masthead was the page's title block: the masthead that follows gives the values, and
        # the block's lines are outside the document (reported, so that no word is lost).
        for block_line in state.field_lines:
            state.note(DiagnosticKind.OUTSIDE, block_line, "a page's title block before the masthead (not part of it)")
        state.field_lines.clear()
        state.organs.clear()
        state.sessions.clear()
        state.agenda.clear()
        state.seen_fields.clear()
        state.date = state.language = None
        state.pending, state.titled = [], None
    if not state.preamble:
        # Where the body starts if no masthead comes, and what was reported before it.
        state.restart = (state.i, len(state.diagnostics), state.job_number)
    state.preamble.append(line)
    state.i += 1
    return True


#: How many lines after a title a masthead may start for the title to be a web page's heading.
_TITLE_AHEAD = 3


def _fields_follow(state: State, reach: int = _TITLE_AHEAD) -> bool:
    """Do masthead fields follow within *reach* lines (a symbol, a distribution, an original, a session)?"""
    ahead = state.lines[state.i + 1 : state.i + 1 + reach]
    for x in ahead:
        fields = None if x.literal else masthead_fields(x.text, state.lexicon)
        if fields and any(f.kind in MASTHEAD_EVIDENCE for f in fields):
            return True
    return False


def _end(state: State) -> None:
    """The masthead ended: decide what the text before it was."""
    if not state.preamble:
        return
    if state.seen_field:
        state.close_preamble()
        return
    # No masthead came: what was read is the start of the body after all.
    if state.i < len(state.lines) and is_title_start(state.lines[state.i].text, state.lexicon):
        state.close_preamble()  # a web page's title and navigation before the letter
        return
    # Read it again as body, furniture among it included.
    start, reported, state.job_number = state.restart
    del state.diagnostics[reported:]
    state.preamble.clear()
    state.i = start


def _lookup(state: State, value: object, name: str) -> object:
    """A printed word (any case and spacing) as the enum member the lexicon (or English) maps it to."""
    key = " ".join(str(value).lower().split())
    own: dict[str, object] = getattr(state.lexicon, name)  # the lexicon's word first (no merged copy: 3 us a call)
    return own[key] if key in own else getattr(ENGLISH, name)[key]


def _distribution(state: State, value: object) -> Distribution:
    found = _lookup(state, value, "distributions")
    assert isinstance(found, Distribution)
    return found


def _language(state: State, value: object) -> Language:
    found = _lookup(state, value, "languages")
    assert isinstance(found, Language)
    return found


def _add_once(state: State, values: list[_T], value: _T, f: Field, line: Line) -> None:
    """Keep a masthead value once; a repeat (two-column or flattened layouts print some twice) is reported."""
    if (f.kind, value) in state.seen_fields:
        state.note(DiagnosticKind.NORMALISED, line, "masthead field printed again", f.text)
    else:
        state.seen_fields.add((f.kind, value))
        values.append(value)


def _keep(state: State, f: Field, line: Line) -> None:
    """Keep one field's value where the model has room for it; report what it does not keep."""
    kind, value = f.kind, f.value
    if kind == "symbol" and isinstance(value, Symbol):
        _add_once(state, state.symbols, value, f, line)
    elif kind == "session" and isinstance(value, Session):
        _add_once(state, state.sessions, value, f, line)
    elif kind == "organ":
        organ = _lookup(state, value, "organs")
        assert isinstance(organ, Organ)
        _add_once(state, state.organs, organ, f, line)
        if " ".join(f.text.lower().split()) != organ.value.lower():
            # "СОВЕТ БЕЗОПАСНОСТИ": a writer prints the organ in the copy's language, which may not be this one.
            state.note(DiagnosticKind.NORMALISED, line, "organ printed in another language", f.text)
    elif kind == "distr" and value is not None and state.distribution is None:
        state.distribution = _distribution(state, value)
    elif kind == "original" and value is not None and state.language is None:
        state.language = _language(state, value)
        if len(_ANY_LANGUAGE.findall(f.text)) > 1:  # "Original: English and Russian": the first is kept
            state.note(DiagnosticKind.NORMALISED, line, "several original languages", f.text)
    elif kind == "date" and isinstance(value, dt.date) and state.date is None:
        state.date = value
    elif kind == "language" and state.copy_language is None:
        state.copy_language = language = _language(state, value)  # "Français", "English" above "Original: French"
        printed = PRINTED[language].copy if language in PRINTED else language.value
        if " ".join(f.text.split()).casefold() not in (printed.casefold(), language.value.casefold()):
            # "ESPANOL", "FRANCAIS": the writers print "Español", "Français"; the printed form is reported.
            state.note(DiagnosticKind.NORMALISED, line, "the copy's language printed otherwise", f.text)
    elif kind == "un":
        state.note(DiagnosticKind.FURNITURE, line, "page furniture (logo)", f.text)
    else:
        # A repeat, a stray value.
        state.note(DiagnosticKind.NORMALISED, line, "masthead text the model does not keep", f.text)


def read_embedded(state: State, line: Line) -> bool:
    """In the body: the masthead of an annexed resolution or report (an empty annex); its date is the statement's."""
    annex = state.annexes[-1] if state.annexes else None
    if annex is None or annex.statement is not None or not annex.empty():
        return False
    fields = masthead_fields(line.text, state.lexicon)
    if fields is None:
        return False
    for f in fields:
        if f.kind == "date" and isinstance(f.value, dt.date):
            annex.date = f.value
    state.note(DiagnosticKind.NORMALISED, line, "masthead of an annexed document")
    state.i += 1
    return True


_DATE_NOTE = re.compile(r"^\[\s*([0-9]{1,2}\s+[A-Z][a-z]+\s+[0-9]{4})\s*\]$")


def read_note_under_title(state: State, line: Line) -> bool:
    """Right under the letter's title (Official Records layout): "[Original: Arabic]", "[15 March 1988]".

    They give the original language and the date of issue when the masthead did not.
    """
    letter = state.letter
    if letter is None or state.annexes or letter.paragraphs or state.para or letter.signatures:
        return False
    m = _ORIGINAL_NOTE.match(line.text)
    if m is not None and line.text.startswith("["):
        word = LANGUAGE_WORD.search(line.text)
        if state.language is None and word is not None:
            state.language = Language(word.group().capitalize())
        state.note(DiagnosticKind.NORMALISED, line, "original language noted under the title")
        state.i += 1
        return True
    d = _DATE_NOTE.match(line.text)
    if d is None:
        return False
    try:
        date = parse_date(d.group(1))
    except ParseError:
        return False
    if state.date is None:
        state.date = date
    state.note(DiagnosticKind.NORMALISED, line, "date of issue noted under the title")
    state.i += 1
    return True


def read_language_note(state: State, line: Line) -> bool:
    """In an annex: "[Original: French]" is a note on the annexed document's language, not its text."""
    if not state.annexes or not _ORIGINAL_NOTE.match(line.text):
        return False
    state.note(DiagnosticKind.NORMALISED, line, "language note of an annexed document")
    state.i += 1
    return True
