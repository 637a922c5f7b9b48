r"""Hostile input: every reader survives anything, and never loses a word silently.

The laws (design.md, law 4, and the lossless law 2 for any input), checked over arbitrary unicode and over real
documents mutated line by line:

* lenient reading always gives a `Document`, and every word of the input lands in the document or in one of its
  diagnostics (`assert_lenient`);
* strict reading gives a `Document` or a `ParseError` that points at a real line of the input and quotes it
  (`assert_strict`);
* `from_dict`/`from_json` give a `Document` or a `DataError` naming the path, quickly, whatever the data.

The fuzz target ``tests/fuzz/fuzz_parse.py`` asserts the same laws with the same functions.

"Lands", precisely: the multiset of the input's words must be contained in the multiset of the words of the model
plus the words of the diagnostics' texts (a word printed twice must be held twice).

* A word is a run of letters and digits (``\w+`` without ``_``, which is markup in markdown and a rule in plain
  text), compared case-insensitively (the model prints its own vocabulary in its own case: "DISTR.: GENERAL" is
  `Distribution.GENERAL`) and with digits compared by value ("01 May" is 1 May).
* The model's words are those of its `to_dict` values, with dates and sessions as printed, or those of its
  canonical plain text, whichever has more of a word: the text prints what the model implies ("Distr.:",
  "Original:", "(Signed)"). An agenda item holds the words "Agenda", "item(s)" and "and" of the list it was
  printed in: how items are grouped into printed lists is layout.
* Markdown's character references (``&amp;``) are markup, decoded before counting. Its emphasis may join words
  ("foo*bar*" reads "foobar") and an unpaired ``*`` is text ("7*4"): a run of words and stars must split, at
  some of its stars, into words the document holds.

Examples per reader and per property: ``2 * max_examples`` of the Hypothesis profile (2,000 with ``ci``), or
``UNGA_DOCS_HOSTILE_EXAMPLES``. Open assembler bugs are listed in `ASSEMBLER_BUGS`, their tests xfail(strict=True).
"""

from __future__ import annotations

import copy
import datetime as dt
import html
import json
import os
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

import attrs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import unga_docs as ud
from conftest import CORPUS, corpus_missing, corpus_params
from unga_docs.blocks import clean
from unga_docs.formats.markdown import lex_markdown
from unga_docs.grammar import SUB_ITEMS, match_agenda_list, write_date

Reader = Callable[..., ud.Document]

#: The three readers, by the name the tests give them.
READERS: dict[str, Reader] = {"markdown": ud.from_markdown, "text": ud.from_text, "parse": ud.parse}

_WORD = re.compile(r"[^\W_]+")
_MARKDOWN_REFERENCE = re.compile(
    r"\\[!-/:-@\[-`{-~]|&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)


def _normal(word: str) -> str:
    word = word.casefold()
    if word.isdecimal():  # "01" is 1, "٣" is 3: compare digits by value, not by how they are printed
        return "".join(str(unicodedata.decimal(c)) for c in word).lstrip("0") or "0"
    return word


def words(text: str) -> Counter[str]:
    """The multiset of the words of *text* (see the module docstring)."""
    return Counter(_normal(w) for w in _WORD.findall(text))


def _markdown_text(text: str) -> str:
    """Markdown with its character references decoded, as the lexer decodes them (escapes kept as they are)."""
    return _MARKDOWN_REFERENCE.sub(lambda m: m.group() if m.group()[0] == "\\" else html.unescape(m.group()), text)


def dialect(reader: str, text: str) -> str:
    """The dialect a reader reads *text* as."""
    return ud.detect(text) if reader == "parse" else reader


def input_words(reader: str, text: str) -> Counter[str]:
    """The words a reader must not lose (markdown's character references decoded first)."""
    return words(_markdown_text(text) if dialect(reader, text) == "markdown" else text)


def _printed(value: object, key: str | None = None) -> Iterator[str]:
    """The strings of a `to_dict` value, with dates and sessions as a document prints them."""
    if isinstance(value, dict):
        if value.keys() == {"organ", "number", "kind"}:
            session = ud.Session(
                organ=ud.Organ(value["organ"]), number=value["number"], kind=ud.SessionKind(value["kind"])
            )
            yield str(session)
            return
        for k, v in value.items():
            yield from _printed(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _printed(v, key)
    elif isinstance(value, str):
        yield write_date(dt.date.fromisoformat(value)) if key == "date" else value
    elif isinstance(value, int) and not isinstance(value, bool):
        yield str(value)


def model_words(doc: ud.Document) -> Counter[str]:
    """The words the document holds: its `to_dict` values (as printed) or its canonical text, whichever has more.

    An agenda item holds the words of the list it was printed in ("Agenda items 1, 2" or "Agenda item 1" and
    "Agenda item 2": how items are grouped into printed lists, and so where "and" falls, is layout).
    """
    held: Counter[str] = Counter()
    for value in _printed(ud.to_dict(doc)):
        held += words(value)
    n = len(doc.agenda_items)
    held += Counter({"agenda": n, "item": n, "items": n, "and": n})
    return held | words(ud.to_text(doc))


#: Words joined by markdown emphasis markers: "foo*bar*", "7*4".
_STARRED = re.compile(r"[^\W_]+(?:\*+[^\W_]+)+")
_STARS = re.compile(r"\*+")
_MAX_JOINED = 32  # parts one emphasis span may join into a word, at most (keeps the check linear)


def lost_words(reader: str, text: str, doc: ud.Document) -> Counter[str]:
    """The input's words that are neither in the document nor in a diagnostic (empty: nothing was lost).

    In markdown, ``*`` between letters may be emphasis that joins words ("foo*bar*" reads "foobar") or text that
    separates them (an unpaired run: "7*4"): such a run must split, at some of its stars, into words held.
    """
    held = model_words(doc)
    for d in doc.diagnostics:
        held += words(d.text)
    if dialect(reader, text) != "markdown":
        return words(text) - held
    source = _markdown_text(text)
    lost = words(_STARRED.sub(" ", source)) - held
    left = held - words(_STARRED.sub(" ", source))
    for run in _STARRED.finditer(source):
        parts = _STARS.split(run.group())
        i = 0
        while i < len(parts):
            for j in range(min(len(parts), i + _MAX_JOINED), i, -1):  # the longest piece held first
                piece = _normal("".join(parts[i:j]))
                if left[piece] > 0:
                    left[piece] -= 1
                    i = j
                    break
            else:
                lost[_normal(parts[i])] += 1
                i += 1
    return lost


def assert_lenient(reader: str, text: str) -> ud.Document:
    """Lenient reading gives a Document, loses no word, and its diagnostics point at real lines."""
    doc = READERS[reader](text)
    assert isinstance(doc, ud.Document)
    lost = lost_words(reader, text, doc)
    assert not lost, f"{reader}: words lost (in neither the document nor a diagnostic): {dict(lost)}"
    count = len(text.splitlines())
    for d in doc.diagnostics:
        assert 1 <= d.line <= count, f"{reader}: diagnostic at line {d.line} of {count}: {d}"
    ud.to_markdown(doc)  # the writers take whatever the readers give
    return doc


def _collapsed(text: str) -> str:
    return " ".join(clean(text).split())


def _block(lines: list[str], start: int) -> str:
    """The markdown paragraph starting at *start* (0-based): its lines up to the next blank line."""
    end = start + 1
    while end < len(lines) and lines[end].strip():
        end += 1
    return " ".join(lines[start:end])


def _contiguous(part: list[str], whole: list[str]) -> bool:
    n = len(part)
    return any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


def _check_parse_error(reader: str, text: str, e: ud.ParseError) -> None:
    """A strict reader's ParseError points at a real line of *text* and quotes it (see `assert_strict`)."""
    lines = text.splitlines()
    assert 1 <= e.line <= len(lines), f"{reader}: ParseError at line {e.line} of {len(lines)}: {e}"
    line = lines[e.line - 1]
    assert 1 <= e.column <= len(line) + 1, f"{reader}: ParseError at column {e.column} of {line!r}: {e}"
    quoted = _collapsed(e.text)
    assert quoted, f"{reader}: ParseError quotes nothing: {e}"
    if dialect(reader, text) == "text":
        assert quoted in _collapsed(line), f"{reader}: ParseError quotes {quoted!r}, line {e.line} is {line!r}"
    else:
        paragraph = _block(lines, e.line - 1)
        assert _contiguous(
            _WORD.findall(quoted.replace("*", "")), _WORD.findall(_markdown_text(paragraph).replace("*", ""))
        ), f"{reader}: ParseError quotes {quoted!r}, the paragraph at line {e.line} is {paragraph!r}"


def assert_strict(reader: str, text: str) -> ud.Document | None:
    """Strict reading gives a Document, or a ParseError that points at a real line and quotes it.

    The line is 1-based among the input's lines (``str.splitlines``, the line breaks the lexers know); the
    column is within that line; the error's text is that line, collapsed, or part of it. Markdown joins a
    paragraph's soft-wrapped lines into one: there, the text lies within the paragraph that starts on that line.
    A Document from strict reading equals the lenient one, and reports nothing as unplaced.
    """
    try:
        doc = READERS[reader](text, strict=True)
    except ud.ParseError as e:
        error = e
    else:
        assert isinstance(doc, ud.Document)
        unplaced = [d for d in doc.diagnostics if d.kind is ud.DiagnosticKind.UNPLACED]
        assert not unplaced, f"{reader}: strict reading reported unplaced text instead of raising: {unplaced}"
        assert doc == READERS[reader](text), f"{reader}: strict and lenient reading disagree"
        return doc
    _check_parse_error(reader, text, error)
    return None


# -- what the laws are checked on ---------------------------------------------------------------------------------

REFERENCE_NAME = "letter-2023-01-20-azerbaijan"


def sources() -> list[tuple[str, str]]:
    """The real documents: the reference and every file of the corpus folder (read there, never copied)."""
    found = [(REFERENCE_NAME, ud.samples.load(REFERENCE_NAME))]
    if corpus_missing() is None:
        found += [(p.name, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.iterdir()) if p.is_file()]
    return found


SOURCES = sources()

#: Lines that look like structure, inserted anywhere.
STRUCTURE_LINES = (
    "(Signed)",
    "( Signed ) Yashar Aliyev",
    "Annex",
    "Annex II",
    "Enclosure",
    "Annex to the letter dated 1 May 2020 from",
    "Agenda items 1, 2 and",
    "Agenda item 5",
    "Items 26 and 33 of the provisional agenda*",
    "# ",
    "## Annex",
    "Distr.:",
    "Distr.: General",
    "Original:",
    "Original: English",
    "General Assembly",
    "United Nations",
    "Seventy-seventh session",
    "20 January 2023",
    "31 February 2023",
    "A/77/715",
    "---",
    "___",
    "Letter dated 1 May 2020 from",
    "addressed to the Secretary-General",
    "Statement by the Ministry of Foreign Affairs",
    "* x",
    "*",
    "[^1]: x",
    "1 See A/77/715.",
    "21-00086 (E) 080121 110121",
    "*2100086*",
    "2/7",
    "Please recycle",
    "/...",
    "**Distr.:** General",
    "\\(Signed) x",
    "&amp; &#65; &#x42;",
    # found by fuzzing
    "Original: English and Russian",
    "Agenda items",
    "A/74/956S/2020/719",
    "(Signed) (Signed) X",
    "S/2020/10é",
    "10-29024 (E) 141117w",
    "Letter dated 2 addressed to Secretary-General1L",
    "",
)

#: Sub-items in every form the model allows (letters, roman numerals to xcix), and near misses it refuses.
SUB_ITEM_FORMS = st.one_of(
    st.sampled_from(sorted(SUB_ITEMS)),
    st.sampled_from(("ab", "iiii", "xviiii", "cc", "XVIII", "B", " b ", "")),
    st.text("abcilvxz", min_size=1, max_size=9),
)


@st.composite
def agenda_lines(draw: st.DrawFn) -> str:
    """An agenda-item list with sub-items of every form, sometimes cut short or followed by a title."""
    number = draw(st.integers(1, 200))
    subs = draw(st.lists(SUB_ITEM_FORMS, min_size=1, max_size=3))
    line = f"Agenda item {number} " + " and ".join(f"({s})" for s in subs)
    if draw(st.booleans()):
        line = draw(st.sampled_from(("Agenda items 5, ", "Items 5 and "))) + line.removeprefix("Agenda item ")
    tail = draw(st.sampled_from(("", " Prevention of armed conflict", ",", " and", " of the preliminary list*")))
    return line + tail


#: Every character, lone surrogates, NUL and the other control characters included.
ANY_CHARACTER = st.characters(exclude_categories=())
#: What can separate lines: every line break the lexers know, and blank lines.
LINE_BREAKS = ("\n", "\n\n", "\r\n", "\r", "\f", "\v", "\x85", "\u2028", "\u2029", "\n \n")


@st.composite
def structured_texts(draw: st.DrawFn) -> str:
    """Lines that look like structure, mixed with arbitrary ones, joined by any line break."""
    any_line = st.sampled_from(STRUCTURE_LINES) | agenda_lines() | st.text(ANY_CHARACTER, max_size=30)
    lines = draw(st.lists(any_line, max_size=16))
    out: list[str] = []
    for line in lines:
        out += [line, draw(st.sampled_from(LINE_BREAKS))]
    return "".join(out)


MUTATIONS = ("delete", "duplicate", "truncate", "swap", "shuffle", "upper", "structure", "garbage")


@st.composite
def mutated_documents(draw: st.DrawFn) -> str:
    """A real document with lines deleted, duplicated, truncated, swapped, shuffled, upper-cased or inserted."""
    _, text = draw(st.sampled_from(SOURCES))
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 8))):
        if not lines:
            lines = [""]
        i = draw(st.integers(0, len(lines) - 1))
        operation = draw(st.sampled_from(MUTATIONS))
        if operation == "delete":
            del lines[i]
        elif operation == "duplicate":
            lines.insert(i, lines[i])
        elif operation == "truncate":
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
        elif operation == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif operation == "shuffle":
            window = lines[i : i + draw(st.integers(2, 40))]
            draw(st.randoms(use_true_random=False)).shuffle(window)
            lines[i : i + len(window)] = window
        elif operation == "upper":
            lines[i] = lines[i].upper()
        elif operation == "structure":
            lines.insert(i, draw(st.sampled_from(STRUCTURE_LINES) | agenda_lines()))
        else:
            lines.insert(i, draw(st.text(ANY_CHARACTER, max_size=40)))
    return "\n".join(lines)


#: Examples per reader and per property: twice the profile's (CI's profile "ci" runs 1,000, so 2,000 here);
#: UNGA_DOCS_HOSTILE_EXAMPLES sets the number outright.
EXAMPLES = int(os.environ.get("UNGA_DOCS_HOSTILE_EXAMPLES") or 2 * settings().max_examples)
HOSTILE = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# -- the assembler bugs hostile input found (in assemble.py, since split into the assemble/ package: the names
# below are the old ones), with their smallest inputs: fixed, and open -----------------------------------------


class Bug(NamedTuple):
    """An assembler bug hostile input found: its smallest input, the readers it broke, what was wrong where."""

    text: str
    readers: tuple[str, ...]
    reason: str
    fixed: bool = True


_ALL = tuple(READERS)
#: The assembler bugs the hostile tests and the fuzz target found (see the report of issue 6), each now a
#: regression test. An open one (fixed=False) is xfail(strict=True): once fixed, its test fails as XPASS, and
#: its entry gets fixed=True (or loses the argument).
ASSEMBLER_BUGS: dict[str, Bug] = {
    # fixed (commits c915cb2 and b322b7c), kept as regressions
    "signed-after-signed": Bug(
        "(Signed)\n\n(Signed)",
        _ALL,
        "crash (ValidationError escapes, lenient and strict): assemble.py signature() takes the line after a "
        "bare '(Signed)' as the name without looking at it, here another '(Signed)'",
    ),
    "masthead-label-alone": Bug(
        "Distr.:",
        _ALL,
        "lost word 'Distr': assemble.py masthead() sets pending_distr/pending_original for a label with no "
        "value and reports nothing when no value follows",
    ),
    "signed-twice-alone": Bug(
        "(SIGNED)(SIGNED)\r\r0",
        _ALL,
        "lost word 'Signed': assemble.py signature() took the name from the next line and reported no extra marker",
    ),
    "signed-thrice": Bug(
        "(Signed)(Signed)(Signed)X",
        _ALL,
        "lost word 'Signed': assemble.py signature() reported one '(Signed)' without a name when there were two",
    ),
    "signed-twice": Bug(
        "(Signed) (Signed) Yashar Aliyev",
        _ALL,
        "lost word 'Signed': assemble.py signature() drops the empty names between two '(Signed)' silently",
    ),
    "statement-date-not-a-day": Bug(
        "Letter dated 1 May 2020 from X\n\nAnnex\n\nStatement by the Ministry\n\n31 February 2023",
        _ALL,
        "crash (ParseError escapes lenient reading; strict: line 1 instead of 7): assemble.py body_line() calls "
        "parse_date() on a statement's date line without catching ParseError",
    ),
    "barcode-cut": Bug(
        "General Assembly Distr.: General Letter dated 1 May 2020 from X addressed to the Secretary-General "
        "10-29024 (E) 1029024",
        _ALL,
        "lost word '1029024' (cut into '102902' and '4'): assemble.py _BODY_BREAK's job group "
        "'(?:\\s+[0-9]{6}){0,3}' has no '(?![0-9])' after the six digits",
    ),
    "footnote-marker-glued-to-title": Bug(
        "General Assembly Distr.: General Letter dated 1 May 2020 from X addressed to the Secretary-General1 "
        "I have the honour",
        _ALL,
        "lost word 'General1': assemble.py _split_title_and_body() cuts _TITLE_TAIL inside a word and strips "
        "the glued digits (lstrip('0123456789*')) without a diagnostic",
    ),
    "preamble-before-furniture": Bug(
        "Preamble\n\n21-00086\n\n*x",
        _ALL,
        "lost line 'Preamble' (and the furniture reported twice): assemble.py masthead() returns "
        "'i - len(preamble)' as the body's start, wrong when furniture lines stand among the preamble's",
    ),
    "agenda-head-alone": Bug(
        "General Assembly\n\nAgenda items",
        _ALL,
        "lost words 'Agenda items': assemble.py masthead() takes a list head with no number (match_agenda_list "
        "gives items=()) as an agenda list, records no item and reports nothing",
    ),
    "glued-joint-symbol": Bug(
        "A/74/956S/2020/719",
        _ALL,
        "lost word '956S': the two symbols of a joint symbol printed without a dash are kept, but the glued "
        "text is not reported (assemble.py masthead_field: a NORMALISED diagnostic with the line's text)",
    ),
    "title-tail-cut-inside-a-word": Bug(
        "General Assembly Distr.: General Letter dated 1 May 2020 from X addressed to the Secretary-GeneralG I have",
        _ALL,
        "lost word 'Secretary-GeneralG' (and 'Secretary-General1L'): assemble.py _TITLE_TAIL does not end at a "
        "word's end, so _split_title_and_body() cuts a flattened line inside a word; end it with "
        "'(?:(?!\\w)|(?=[0-9]{1,2}(?!\\w)))' to allow a glued footnote marker only",
    ),
    # open: xfail(strict=True) until fixed
    "pending-value-overwrites": Bug(
        "Original: English\n\nOriginal:\n\nFrench",
        _ALL,
        "lost word 'English': assemble.py masthead() sets self.language (and self.distribution) from a value "
        "following a bare 'Original:' ('Distr.:') label even when one is already set, with no diagnostic "
        "(masthead_field() reports such repeats; this path does not)",
    ),
    "annex-heading-cut-inside-a-word": Bug(
        "General Assembly Distr.: General Letter dated 1 May 2020 from X addressed to the Secretary-General "
        "Annex to the letter datedR",
        _ALL,
        "lost word 'datedR': assemble.py _BODY_BREAK's annex group ends at 'dated' with no '(?!\\w)', so a "
        "flattened line is cut inside a word",
    ),
    "original-in-several-languages": Bug(
        "Original: English and Russian",
        _ALL,
        "lost words 'and Russian': assemble.py _MASTHEAD_TOKEN's 'original' group takes in further languages "
        "('Original: Arabic, English and French'), masthead_field() keeps the first and reports nothing",
    ),
    "job-number-cut-inside-a-word": Bug(
        "General Assembly Distr.: General Letter dated 1 May 2020 from X addressed to the Secretary-General "
        "10-29024 (E) 141117w",
        _ALL,
        "lost word '141117w': assemble.py _BODY_BREAK's job group ends its date stamps with '(?![0-9])' (the fix "
        "of barcode-cut), not '(?!\\w)', so a flattened line is still cut inside a word",
    ),
    "title-block-discarded": Bug(
        "Security Council\naddressed to the President of the Security Council\nDistr.: General\n\nLetter dated 1 May "
        "2020 from the Secretary-General",
        _ALL,
        "lost words 'Security Council': rules/masthead.py _read_preamble took the fields before a line of text as a "
        "web page's title block when a masthead followed, cleared their values and reported nothing",
    ),
    "title-block-before-a-signature": Bug(
        "Agenda item 1\n(Signed)\nDistr.",
        _ALL,
        "lost words 'Agenda item 1': rules/masthead.py _read_preamble cleared an agenda list as a page's title block "
        "before looking at the line that followed it (a '(Signed)' the preamble does not take)",
    ),
    "title-block-with-agenda-titles": Bug(
        "Agenda item 1\n0\n0\nDistr.",
        _ALL,
        "lost word '0': rules/masthead.py _read_preamble reported the field lines of a page's title block but not "
        "the agenda titles read with them (rules/agenda.py did not record their lines)",
    ),
    "bare-heading-annex-without-letter": Bug(
        "(Signed)\n\n---\n\n## Seventy-seventh session",
        ("markdown", "parse"),
        "crash (ValidationError escapes, lenient): rules/title.py read_heading opened an annex with a bare heading "
        "after a rule with no letter before it, which the model refuses",
    ),
    "marker-glued-to-a-flattened-title": Bug(
        "Annex to the letter dated 1 May 2020 from X addressed to the Secretary-General1 I have the honour to "
        "write to you on behalf of many States, in a body long enough to be a flattened one for the cut to be "
        "made, which needs a line of more than two hundred characters in all, as this one is now.",
        _ALL,
        "lost word 'General1': assemble/unflatten.py cut a title flattened into its body at its addressees and "
        "dropped the footnote marker glued to the title instead of reporting it",
    ),
    "running-header-symbol-twice": Bug(
        "Letter dated 6 February 2020 from the Secretary-General\n\n110220\n\nS/2020/108\nS/2020/108\n\nAnnex",
        ("markdown", "parse"),
        "crash (ValidationError escapes, lenient): assemble/parser.py _build took a running header's symbols as the "
        "document's without removing a repeat, which the model refuses",
    ),
}


OPEN_BUGS = {name: bug for name, bug in ASSEMBLER_BUGS.items() if not bug.fixed}


def _bug_params() -> Iterator[Any]:
    for name, bug in ASSEMBLER_BUGS.items():
        for reader in READERS:
            broken = reader in bug.readers and not bug.fixed
            marks = [pytest.mark.xfail(strict=True, reason=bug.reason)] if broken else []
            yield pytest.param(reader, bug.text, id=f"{reader}: {name}", marks=marks)


@pytest.mark.parametrize(("reader", "text"), list(_bug_params()))
def test_assembler_bug_inputs(reader: str, text: str) -> None:
    """Each assembler bug's smallest input keeps the laws (xfail for the readers an open bug still breaks)."""
    assert_lenient(reader, text)
    assert_strict(reader, text)


_OPEN_BUGS = pytest.mark.xfail(
    bool(OPEN_BUGS),
    strict=True,
    reason="open assembler bugs (OPEN_BUGS, pinned as examples so that this fails until all are fixed): "
    + "; ".join(OPEN_BUGS),
)


def _pin_bugs(test: Callable[..., None]) -> Callable[..., None]:
    """Pin every bug's input as an explicit example: regressions, and an open bug fails the property surely."""
    for bug in ASSEMBLER_BUGS.values():
        test = example(text=bug.text)(test)
    return test


# -- the laws, over arbitrary and mutated input -------------------------------------------------------------------


@_OPEN_BUGS
@pytest.mark.parametrize("reader", READERS)
@HOSTILE
@given(text=st.text(ANY_CHARACTER) | structured_texts())
@_pin_bugs
@example(text="")
@example(text="\x00\ud800\ufeff\x1b[0m\u2028\r\n\x0c")
@example(text="Agenda items 1, 2 and\n5k")  # an agenda number glued to a word (grammar.py, fixed)
@example(text="2*3 = 6 and foo*bar*")  # unpaired emphasis kept, paired dropped (markdown.py, fixed)
@example(text="S/2020/10猀漀渀 愀渀搀\nDistr.: General")  # a symbol cut out of a word (symbols.py, fixed; fuzzing)
@example(text="# x" + " " * 1000 + "y")  # a heading's quadratic regular expression (markdown.py, fixed)
@example(text="СОВЕТ БЕЗОПАСНОСТИ")  # an organ in another language, its words lost (masthead.py _keep, fixed)
@example(text="ſeventy-ſeventh ſeſſion")  # a session line the pattern's case folding reads, no ordinal: raised (fixed)
@example(text="Seventy-seventh ſeſſion")  # ... and its unit word not in the table: a KeyError (fixed)
@example(text="ESPANOL")  # the copy's language printed without its accent, its word lost (masthead.py _keep, fixed)
def test_any_text_keeps_the_laws(reader: str, text: str) -> None:
    """Lenient: a Document that keeps every word. Strict: a Document, or a ParseError at a real line."""
    assert_lenient(reader, text)
    assert_strict(reader, text)


@_OPEN_BUGS
@pytest.mark.parametrize("reader", READERS)
@HOSTILE
@given(text=mutated_documents())
@_pin_bugs
def test_mutated_documents_keep_the_laws(reader: str, text: str) -> None:
    """Real documents, mutated line by line, keep the laws."""
    assert_lenient(reader, text)
    assert_strict(reader, text)


#: Real documents that break a law through an open assembler bug: (file, reader) -> the bug (none now; w006 and
#: w008 did, through barcode-cut and footnote-marker-glued-to-title).
REAL_DOCUMENT_BUGS: dict[tuple[str, str], str] = {}


def _real_params(names: Iterable[str]) -> Iterator[Any]:
    for name in names:
        for reader in READERS:
            bug = REAL_DOCUMENT_BUGS.get((name, reader))
            marks = [] if bug is None else [pytest.mark.xfail(strict=True, reason=ASSEMBLER_BUGS[bug].reason)]
            yield pytest.param(name, reader, id=f"{reader}: {name}", marks=marks)


@pytest.mark.parametrize(
    ("name", "reader"),
    [
        *_real_params([REFERENCE_NAME]),
        *corpus_params(lambda _: _real_params(name for name, _ in SOURCES[1:]), width=2),
    ],
)
def test_real_documents_keep_the_laws(reader: str, name: str) -> None:
    """Every real document, as it is, read by every reader (markdown too: the laws hold for any input)."""
    text = dict(SOURCES)[name]
    assert_lenient(reader, text)
    assert_strict(reader, text)


# -- regressions: what the hostile tests found and were fixed ----------------------------------------------------


def test_unpaired_emphasis_is_text() -> None:
    """An emphasis run with no partner is text: "2*3" stays "2*3", not "23" (two words run into one)."""
    text = "2*3 = 6\n\nA/51/120*\n\nthe preliminary list*\n\n**Distr.:** General, foo*bar*\n\n2*3 = 6*"
    assert [x.text for x in lex_markdown(text)] == [
        "2*3 = 6",
        "A/51/120*",
        "the preliminary list*",
        "Distr.: General, foobar",
        "23 = 6",  # a pair, as CommonMark reads it
    ]


def test_an_agenda_number_is_a_whole_word() -> None:
    """An agenda number ends at a word boundary: "5k" is not item 5 followed by "k"."""
    assert match_agenda_list("Agenda item 5k") is None
    m = match_agenda_list("Agenda items 1, 2 and 5k")
    assert m is not None
    assert m.items == ((1, None), (2, None))
    for reader in READERS:
        assert_lenient(reader, "Agenda items 1, 2 and\n5k")


def test_a_symbol_never_ends_inside_a_word() -> None:
    """A symbol is not cut out of a word: "S/2020/10猀漀渀" holds no S/2020/10 (found by fuzzing)."""
    assert ud.find_symbols("S/2020/10猀漀渀 and S/2020/10é and S/2020/10_x") == []
    assert ud.find_symbols("S/2020/10, S/2020/11* and (S/2020/12).") == [
        ud.Symbol.parse("S/2020/10"),
        ud.Symbol.parse("S/2020/11*"),
        ud.Symbol.parse("S/2020/12"),
    ]
    for reader in READERS:
        assert_lenient(reader, "S/2020/10猀漀渀 愀渀搀\nGeneral Assembly\nDistr.: General")


def test_heading_text_and_closing_hashes() -> None:
    """The heading lexer, rewritten to be linear, reads what it read before."""
    lines = lex_markdown("# Annex ##\n\n## C#\n\n# #\n\n#\n\n###### x ###\n\n####### x\n\n#5\n\n#\tTab  ")
    assert [(x.text, x.heading) for x in lines] == [
        ("Annex", 1),
        ("C#", 2),
        ("#", 1),
        ("x", 6),
        ("####### x", 0),
        ("#5", 0),
        ("Tab", 1),
    ]


def test_the_checker_sees_a_lost_word() -> None:
    """A control: the word checker finds a word the document does not hold."""
    doc = ud.from_text("Letter dated 1 May 2020 from X\n\nI have the honour")
    assert not lost_words("text", "Letter dated 1 May 2020 from X\n\nI have the honour", doc)
    assert lost_words("text", "Letter dated 1 May 2020 from X\n\nI have the honour twice", doc) == Counter({"twice": 1})
    assert lost_words("text", "I have the honour the", doc) == Counter({"the": 1})  # a multiset


# -- hostile JSON --------------------------------------------------------------------------------------------------

#: The reference document with every kind of field filled (symbols, footnotes, a job number), as a dict.
_REFERENCE_DICT = ud.to_dict(
    attrs.evolve(
        ud.parse(ud.samples.load(REFERENCE_NAME)),
        symbols=(ud.Symbol.parse("A/77/715"), ud.Symbol.parse("S/2023/55")),
        footnotes=(ud.Footnote(marker="1", text="See A/77/700."),),
        job_number="23-01234",
    )
)
#: A JSON value that is of the wrong type for every field of the model.
_WRONG = (1.5, True, [None], {"x": None})


def _paths(value: object, path: str = "") -> Iterator[tuple[str, tuple[str | int, ...]]]:
    """Every place in a dict form: its path as DataError names it, and the keys that lead there."""

    def walk(node: object, shown: str, keys: tuple[str | int, ...]) -> Iterator[tuple[str, tuple[str | int, ...]]]:
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "schema_version":
                    continue
                here = f"{shown}.{k}" if shown else str(k)
                yield here, (*keys, k)
                yield from walk(v, here, (*keys, k))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                here = f"{shown}[{i}]"
                yield here, (*keys, i)
                yield from walk(v, here, (*keys, i))

    return walk(value, path, ())


def _replaced(keys: tuple[str | int, ...], value: object) -> dict[str, Any]:
    """A copy of the reference's dict form with the value at *keys* replaced."""
    data = copy.deepcopy(_REFERENCE_DICT)
    _at(data, keys[:-1])[keys[-1]] = value
    return data


_ALL_PATHS = list(_paths(_REFERENCE_DICT))


@pytest.mark.parametrize(("path", "keys"), _ALL_PATHS, ids=[p for p, _ in _ALL_PATHS])
def test_a_wrong_type_anywhere_is_refused_at_its_path(path: str, keys: tuple[str | int, ...]) -> None:
    """Every field, at every depth, refuses a value of the wrong type with a DataError naming its path."""
    for wrong in _WRONG:
        with pytest.raises(ud.DataError) as info:
            ud.from_dict(_replaced(keys, wrong))
        assert info.value.path == path or info.value.path.startswith((f"{path}.", f"{path}[")), (
            f"{wrong!r} at {path}: DataError names {info.value.path!r}: {info.value}"
        )


def _at(data: object, keys: tuple[str | int, ...]) -> Any:
    node: Any = data
    for k in keys:
        node = node[k]
    return node


#: Every object of the reference's dict form ("" is the document), with the keys that lead there.
_OBJECTS = [(p, k) for p, k in [("", ()), *_ALL_PATHS] if isinstance(_at(_REFERENCE_DICT, k), dict)]


@pytest.mark.parametrize(("path", "keys"), _OBJECTS, ids=[p or "<document>" for p, _ in _OBJECTS])
def test_missing_and_extra_fields_are_refused_at_their_path(path: str, keys: tuple[str | int, ...]) -> None:
    """Every object, at every depth, refuses a missing field and an unknown one, naming where."""
    for field in _at(_REFERENCE_DICT, keys):
        if field == "schema_version":
            continue
        data = copy.deepcopy(_REFERENCE_DICT)
        del _at(data, keys)[field]
        with pytest.raises(ud.DataError, match=rf"missing field\(s\) of \w+: {field}") as info:
            ud.from_dict(data)
        assert info.value.path == path
    data = copy.deepcopy(_REFERENCE_DICT)
    _at(data, keys)["colour"] = "blue"
    with pytest.raises(ud.DataError, match="unknown field") as info:
        ud.from_dict(data)
    assert info.value.path == path


@pytest.mark.parametrize(
    ("keys", "path"),
    [
        (("organs", 0), "organs[0]"),
        (("distribution",), "distribution"),
        (("original_language",), "original_language"),
        (("sessions", 0, "organ"), "sessions[0].organ"),
        (("sessions", 0, "kind"), "sessions[0].kind"),
    ],
)
@pytest.mark.parametrize("value", ["Trusteeship Council", "general", "", "GENERAL ", "x" * 1000])
def test_unknown_enum_values_are_refused_at_their_path(keys: tuple[str | int, ...], path: str, value: str) -> None:
    """An enum value the model does not know is refused, with the values it knows."""
    with pytest.raises(ud.DataError, match="expected one of") as info:
        ud.from_dict(_replaced(keys, value))
    assert info.value.path == path
    assert len(str(info.value)) < 300


@pytest.mark.parametrize("number", [0, -1, 10**4, 2**63, 10**30, -(10**30)])
@pytest.mark.parametrize(
    ("keys", "path"),
    [(("agenda_items", 0, "number"), "agenda_items[0].number"), (("sessions", 0, "number"), "sessions[0].number")],
)
def test_huge_numbers_are_refused_at_their_path(number: int, keys: tuple[str | int, ...], path: str) -> None:
    """Numbers out of range, however large, are refused with their path, in dicts and in JSON text."""
    data = _replaced(keys, number)
    for read in (ud.from_dict, lambda d: ud.from_json(json.dumps(d))):
        with pytest.raises(ud.DataError) as info:
            read(data)
        assert info.value.path == path
        assert len(str(info.value)) < 300


def test_a_number_too_long_to_print_is_refused_at_its_path() -> None:
    """An integer of 100,000 digits (from_dict takes Python ints) is refused at its own path."""
    with pytest.raises(ud.DataError) as info:
        ud.from_dict(_replaced(("agenda_items", 0, "number"), 10**100_000))
    assert info.value.path == "agenda_items[0].number"


@pytest.mark.parametrize("text", ["1e400", "-1e400", "NaN", "Infinity", "1.0", "1e2", "9" * 5000])
def test_non_integers_in_json_text_are_refused(text: str) -> None:
    """Floats, infinities, NaN and integers too long for Python to read are refused cleanly."""
    with pytest.raises(ud.DataError) as info:
        ud.from_json(json.dumps(_REFERENCE_DICT).replace('"number": 30,', f'"number": {text},', 1))
    assert info.value.path in ("agenda_items[0].number", "")  # "" when the JSON itself cannot be read


def _deep(depth: int, leaf: object = None) -> object:
    value: object = leaf
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize(
    "keys", [("letter", "title"), ("symbols",), ("annexes", 0, "statement"), ("agenda_items", 0, "number")]
)
def test_deep_nesting_is_refused_at_its_path(keys: tuple[str | int, ...]) -> None:
    """A value nested 100,000 deep, where a field belongs, is refused at that field.

    That is in dicts; JSON text that deep cannot even be read, and says so.
    """
    path = _paths_of(keys)
    with pytest.raises(ud.DataError) as info:
        ud.from_dict(_replaced(keys, _deep(100_000)))
    assert info.value.path.startswith(path)
    text = json.dumps(_replaced(keys, None)).replace("null", "[" * 100_000 + "]" * 100_000, 1)
    with pytest.raises(ud.DataError, match="nested too deeply"):
        ud.from_json(text)


def test_a_deeply_nested_schema_version_is_refused() -> None:
    """schema_version nested 100,000 deep is an unknown version, not a RecursionError."""
    data: dict[str, object] = {**_REFERENCE_DICT, "schema_version": _deep(100_000, 1)}
    with pytest.raises(ud.DataError, match="schema_version"):
        ud.from_dict(data)


def _paths_of(keys: tuple[str | int, ...]) -> str:
    return "".join(f"[{k}]" if isinstance(k, int) else (f".{k}" if i else k) for i, k in enumerate(keys))


_FIFTY_MB = 50_000_000


@pytest.mark.parametrize(
    ("keys", "value", "path"),
    [
        (("date",), "x" * _FIFTY_MB, "date"),
        (("symbols", 0), "A/" * (_FIFTY_MB // 2), "symbols[0]"),
        (("organs", 0), "x" * _FIFTY_MB, "organs[0]"),
        (("agenda_items", 0, "sub_item"), "b" * _FIFTY_MB, "agenda_items[0].sub_item"),
        (("letter", "title"), "x " * (_FIFTY_MB // 2), "letter.title"),
        (("footnotes",), [{"marker": "1" * _FIFTY_MB, "text": "x"}], "footnotes[0].marker"),
        (("job_number",), "2" * _FIFTY_MB, "job_number"),
        (("schema_version",), "2" * _FIFTY_MB, "schema_version"),
    ],
    ids=["date", "symbol", "organ", "sub_item", "title", "footnote marker", "job number", "schema_version"],
)
def test_a_50_mb_string_is_refused_quickly_with_a_short_message(
    keys: tuple[str | int, ...], value: str, path: str
) -> None:
    """A 50 MB string where it does not fit is refused at its path, in seconds, with a message of a line."""
    data = _replaced(keys, value) if keys != ("schema_version",) else {**_REFERENCE_DICT, "schema_version": value}
    start = time.perf_counter()
    with pytest.raises(ud.DataError) as info:
        ud.from_dict(data)
    assert time.perf_counter() - start < 10
    assert info.value.path == path
    assert len(str(info.value)) < 300


def test_a_50_mb_unknown_field_gives_a_short_message() -> None:
    """An unknown field whose name is 50 MB long is refused with a message of a line."""
    with pytest.raises(ud.DataError, match="unknown field") as info:
        ud.from_dict({**_REFERENCE_DICT, "x" * _FIFTY_MB: 1})
    assert len(str(info.value)) < 300


def test_a_50_mb_valid_title_is_read() -> None:
    """A 50 MB title is a valid (if odd) value: it reads, in seconds."""
    start = time.perf_counter()
    doc = ud.from_dict(_replaced(("letter", "title"), "x" * _FIFTY_MB))
    assert time.perf_counter() - start < 10
    assert doc.letter is not None
    assert len(doc.letter.title) == _FIFTY_MB
