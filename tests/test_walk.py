"""The one document walk every writer renders: blocks in document order, and a handler for each in every writer."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given

import unga_docs as ud
from unga_docs import _cli_summary
from unga_docs.formats import _markdown_write, html, text
from unga_docs.formats.walk import (
    BLOCKS,
    Agenda,
    AnnexEnd,
    AnnexStart,
    Block,
    DateLine,
    FootnoteLine,
    Heading,
    JobNumber,
    Masthead,
    Paragraphs,
    Rules,
    SessionLine,
    SignatureBlock,
    walk,
    walk_part,
)
from unga_docs.strategies import documents

REFERENCE = ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))


def _shape(blocks: list[Block]) -> list[str]:
    """Each block's class, with the role of a heading and the context of paragraphs and signatures."""
    out = []
    for b in blocks:
        name = type(b).__name__
        if isinstance(b, Heading):
            name += f" {b.role.value}"
        elif isinstance(b, (Paragraphs, SignatureBlock)):
            name += f" {b.context.value}"
        out.append(name)
    return out


def test_the_reference_walks_in_document_order() -> None:
    """Masthead, session, agenda, the letter, then the annex with its statement, each block once."""
    assert _shape(walk(REFERENCE)) == [
        "Masthead",
        "SessionLine",
        "Agenda",
        "Heading letter title",
        "Paragraphs letter",
        "SignatureBlock letter",
        "AnnexStart",
        "Heading annex heading",
        "Heading statement title",
        "DateLine",
        "Paragraphs statement",
        "AnnexEnd",
    ]


def test_every_kind_of_block_comes_in_its_place() -> None:
    """Body text, labelled annexes with their own paragraphs and signatures, footnotes and the job number."""
    signature = ud.Signature(name="A B", titles=("Ambassador",))
    statement = ud.Statement(title="Statement", paragraphs=("S.",), signatures=(signature,))
    doc = ud.Document(
        paragraphs=("Body.",),
        letter=ud.Letter(title="Letter dated 1 May 2020", paragraphs=("L.",), signatures=(signature,)),
        annexes=(ud.Annex(label="Annex I", heading="Annex to the letter", paragraphs=("A.",), statement=statement),),
        footnotes=(ud.Footnote(marker="1", text="One."), ud.Footnote(marker="2", text="Two.")),
        job_number="23-01234",
    )
    blocks = walk(doc)
    assert _shape(blocks) == [
        "Masthead",
        "Paragraphs document",
        "Heading letter title",
        "Paragraphs letter",
        "SignatureBlock letter",
        "AnnexStart",
        "Heading annex label",
        "Heading annex heading",
        "Paragraphs annex",
        "Heading statement title",
        "Paragraphs statement",
        "SignatureBlock statement",
        "AnnexEnd",
        "FootnoteLine",
        "FootnoteLine",
        "JobNumber",
    ]
    assert [b.position for b in blocks if isinstance(b, FootnoteLine)] == [0, 1]
    assert [b.number for b in blocks if isinstance(b, AnnexStart)] == [1]


@given(documents())
@example(REFERENCE)
@example(ud.Document())
def test_the_walk_holds_every_text_once_in_order(doc: ud.Document) -> None:
    """Paragraphs, signatures, headings and footnotes of the walk are the document's, in order, none lost."""
    blocks = walk(doc)
    assert isinstance(blocks[0], Masthead)
    assert sum(isinstance(b, Masthead) for b in blocks) == 1
    paragraphs = list(doc.paragraphs)
    signatures: list[ud.Signature] = []
    headings: list[str] = []
    if doc.letter is not None:
        paragraphs += doc.letter.paragraphs
        signatures += doc.letter.signatures
        headings.append(doc.letter.title)
    for annex in doc.annexes:
        headings += [t for t in (annex.label, annex.heading) if t is not None]
        paragraphs += annex.paragraphs
        signatures += annex.signatures
        if annex.statement is not None:
            headings.append(annex.statement.title)
            paragraphs += annex.statement.paragraphs
            signatures += annex.statement.signatures
    assert [p for b in blocks if isinstance(b, Paragraphs) for p in b.texts] == paragraphs
    assert all(b.texts for b in blocks if isinstance(b, Paragraphs))  # no empty runs
    assert [b.signature for b in blocks if isinstance(b, SignatureBlock)] == signatures
    assert [b.text for b in blocks if isinstance(b, Heading)] == headings
    assert [b.footnote for b in blocks if isinstance(b, FootnoteLine)] == list(doc.footnotes)
    assert [b.session for b in blocks if isinstance(b, SessionLine)] == list(doc.sessions)
    agenda = [b for b in blocks if isinstance(b, Agenda)]
    assert [a for b in agenda for run in b.runs for a in run] == list(doc.agenda_items)
    assert sum(isinstance(b, AnnexStart) for b in blocks) == sum(isinstance(b, AnnexEnd) for b in blocks)
    assert [b.text for b in blocks if isinstance(b, JobNumber)] == [doc.job_number] * (doc.job_number is not None)


def test_a_part_walks_as_it_does_in_a_document() -> None:
    """An annex's blocks are those the document's walk gives for it."""
    annex = REFERENCE.annexes[0]
    blocks = walk(REFERENCE)
    start = next(i for i, b in enumerate(blocks) if isinstance(b, AnnexStart))
    assert walk_part(annex) == blocks[start:]
    assert _shape(walk_part(REFERENCE.agenda_items[0])) == ["Agenda"]


def test_walk_part_refuses_what_is_not_a_part() -> None:
    """A document or a string is not a part."""
    for value in (REFERENCE, "text"):
        with pytest.raises(TypeError, match="part of a document"):
            walk_part(value)  # type: ignore[arg-type]


def test_every_writer_has_a_handler_for_every_block() -> None:
    """The markdown, text, HTML and summary writers render (or deliberately skip) every kind of block."""
    for rules in (_markdown_write._RULES, text._RULES, html._HTML, html._HTML_PART, _cli_summary._SUMMARY):
        assert rules.missing == ()
    # A part's markdown: a part has no masthead and no job number.
    assert html._MD.missing == ("Masthead", "JobNumber")
    assert len(BLOCKS) == 11


def test_a_block_with_no_handler_is_an_error_not_a_silence() -> None:
    """Rules.render raises KeyError for a block its table does not know."""
    rules: Rules[list[str]] = Rules()
    with pytest.raises(KeyError):
        rules.render([], [JobNumber("23-01234")])


def test_a_table_copied_from_another_overrides_only_what_it_registers() -> None:
    """Rules(base) starts from base's handlers; registering on the copy leaves base as it was."""
    base: Rules[list[str]] = Rules()
    base.on(JobNumber)(lambda out, b: out.append("base"))
    base.on(DateLine)(lambda out, b: out.append("date"))
    copy = Rules(base)
    copy.on(JobNumber)(lambda out, b: out.append("copy"))
    out: list[str] = []
    statement = ud.Statement(title="Statement", date=dt.date(2023, 1, 20))
    blocks: list[Block] = [JobNumber("1"), DateLine(dt.date(2023, 1, 20), statement)]
    copy.render(out, blocks)
    base.render(out, blocks)
    assert out == ["copy", "date", "base", "date"]
