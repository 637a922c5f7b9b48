"""The `unga-docs show` command's summary: one more writer over the document walk (a handler per block).

It prints the masthead, agenda items, letter, signatures and annexes as labelled lines, counting paragraphs
rather than printing them, then the diagnostics and problems. This module is private: `unga_docs.cli` uses it.
"""

from __future__ import annotations

from typing import TextIO, cast

from unga_docs.formats.walk import (
    Agenda,
    AnnexEnd,
    AnnexStart,
    Context,
    DateLine,
    FootnoteLine,
    Heading,
    JobNumber,
    Masthead,
    Paragraphs,
    Role,
    Rules,
    SessionLine,
    SignatureBlock,
    session_text,
    walk,
)
from unga_docs.grammar import write_date
from unga_docs.grammar.agenda import agenda_item_label
from unga_docs.model import Document, Letter, Statement
from unga_docs.problems import Severity


def _summary(doc: Document, out: TextIO) -> None:
    """A readable summary: masthead, agenda items, letter, signatures, annexes; then the diagnostics."""
    _SUMMARY.render(out, walk(doc))
    unplaced = sum(1 for d in doc.diagnostics if d.kind.value == "unplaced")
    furniture = sum(1 for d in doc.diagnostics if d.kind.value == "furniture")
    out.write(f"\nDiagnostics       {len(doc.diagnostics)} ({furniture} page furniture, {unplaced} unplaced)\n")
    problems = doc.problems
    warnings = sum(1 for p in problems if p.severity is Severity.WARNING)
    out.write(f"Problems          {len(problems)} ({warnings} warning{'' if warnings == 1 else 's'})\n")
    for problem in problems:
        out.write(f"  {problem}\n")


# The summary is one more writer over the document walk: a handler per block. It counts paragraphs rather than
# printing them, and leaves out the job number and a statement's signatures.
_SUMMARY: Rules[TextIO] = Rules()
_SUMMARY.skip(AnnexEnd, DateLine, JobNumber)


def _line(out: TextIO, label: str, value: object) -> None:
    out.write(f"{label:<18}{value}\n")


@_SUMMARY.on(Masthead)
def _masthead(out: TextIO, m: Masthead) -> None:
    if m.symbols:
        _line(out, "Symbols", " – ".join(str(s) for s in m.symbols))
    if m.organs:
        _line(out, "Organs", ", ".join(o.value for o in m.organs))
    if m.distribution is not None:
        _line(out, "Distribution", m.distribution.value)
    if m.date is not None:
        _line(out, "Date", write_date(m.date))
    if m.original_language is not None:
        _line(out, "Original", m.original_language.value)


@_SUMMARY.on(SessionLine)
def _session(out: TextIO, b: SessionLine) -> None:
    _line(out, "Session", f"{session_text(b.session)} ({b.session.organ.value}, {b.session.number})")


@_SUMMARY.on(Agenda)
def _agenda(out: TextIO, b: Agenda) -> None:
    out.write("Agenda items\n")
    for a in b.items:
        number = agenda_item_label(a.number, a.sub_item)
        out.write(f"  {number:>8}  {a.title or '(no title printed)'}\n")


@_SUMMARY.on(Heading)
def _heading(out: TextIO, b: Heading) -> None:
    if b.role is Role.LETTER_TITLE:
        letter = cast(Letter, b.part)
        out.write("\n")
        _line(out, "Letter", letter.kind.value if letter.kind else "(kind not read)")
        _line(out, "  title", letter.title)
        if letter.date is not None:
            _line(out, "  dated", write_date(letter.date))
        if letter.sender is not None:
            _line(out, "  from", letter.sender)
        if letter.sender_states:
            _line(out, "  sender States", ", ".join(letter.sender_states))
        if letter.addressees:
            _line(out, "  to", "; ".join(letter.addressees))
        _line(out, "  paragraphs", len(letter.paragraphs))
    elif b.role is Role.ANNEX_HEADING:
        _line(out, "  heading", b.text)
    elif b.role is Role.STATEMENT_TITLE:
        statement = cast(Statement, b.part)
        _line(out, "  statement", statement.title)
        if statement.date is not None:
            _line(out, "    dated", write_date(statement.date))
        _line(out, "    paragraphs", len(statement.paragraphs))
    # Role.ANNEX_LABEL: on the annex's own line (`_annex`)


@_SUMMARY.on(Paragraphs)
def _paragraphs(out: TextIO, b: Paragraphs) -> None:
    if b.context is Context.ANNEX:  # a letter's and a statement's are counted under their titles
        _line(out, "  paragraphs", len(b.texts))


@_SUMMARY.on(SignatureBlock)
def _signature(out: TextIO, b: SignatureBlock) -> None:
    if b.context is not Context.STATEMENT:
        _line(out, "  signed", ", ".join((b.signature.name, *b.signature.titles)))


@_SUMMARY.on(AnnexStart)
def _annex(out: TextIO, b: AnnexStart) -> None:
    out.write("\n")
    _line(out, f"Annex {b.number}", b.annex.label or "(no label)")


@_SUMMARY.on(FootnoteLine)
def _footnote(out: TextIO, b: FootnoteLine) -> None:
    _line(out, f"Footnote {b.footnote.marker}", b.footnote.text)
