"""Markdown as converters write it: links, images, comments, placeholders, tables and quotes are layout."""

from __future__ import annotations

import datetime
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import unga_docs as ud
from unga_docs.formats.markdown import lex_markdown
from unga_docs.strategies import converter_markdown, documents

WORD = re.compile(r"[^\W\d_]+|[0-9]+")
TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)  # markup, not words


def _texts(source: str) -> list[str]:
    return [line.text for line in lex_markdown(source)]


def _words_kept(source: str) -> None:
    """Every word of *source* is in the document or one of its diagnostics."""
    doc = ud.from_markdown(source)
    kept = WORD.findall(ud.to_text(doc)) + [w for d in doc.diagnostics for w in WORD.findall(d.text)]
    missing = set(WORD.findall(TAG.sub(" ", source))) - set(kept)
    assert not missing, missing


def test_a_link_gives_its_text_and_sets_its_target_aside() -> None:
    source = "See [(A/79/710-S/2024/940).](https://undocs.org/en/A/79/710) and <https://un.org/x>.\n"
    assert _texts(source) == ["See (A/79/710-S/2024/940). and https://un.org/x."]
    doc = ud.from_markdown(source)
    assert [(d.kind, d.text) for d in doc.diagnostics if d.message == "a link's target"] == [
        (ud.DiagnosticKind.NORMALISED, "https://undocs.org/en/A/79/710")
    ]
    _words_kept(source)


@pytest.mark.parametrize(
    "placeholder",
    [
        "**==> picture [57 x 48] intentionally omitted <==**",  # pymupdf4llm
        "<!-- image -->",  # docling
        "![Emblem of the United Nations](_page_0_Picture_1.jpeg)",  # marker
    ],
)
def test_image_placeholders_are_furniture(placeholder: str) -> None:
    source = f"Distr.: General\n\n{placeholder}\n\nOriginal: English\n"
    assert _texts(source) == ["Distr.: General", "Original: English"]
    doc = ud.from_markdown(source)
    assert doc.original_language is ud.Language.ENGLISH
    assert [d.kind for d in doc.diagnostics] == [ud.DiagnosticKind.FURNITURE]
    _words_kept(source)


def test_a_comment_over_lines_keeps_line_numbers() -> None:
    source = "<!-- a note\nover two lines -->\nDistr.: General\n"
    lines = lex_markdown(source)
    assert [(x.text, x.lineno) for x in lines] == [("Distr.: General", 3)]


def test_an_unclosed_comment_is_text() -> None:
    assert _texts("a <!-- b\n") == ["a <!-- b"]


def test_a_table_row_is_a_line_of_its_cells() -> None:
    source = "|_No._|_Date_<br>_Time_|\n|---|---|\n|1.|19 March|\n|||\n"
    assert _texts(source) == ["No. Date Time", "1. 19 March"]
    _words_kept(source)


def test_block_quote_markers_are_layout() -> None:
    assert _texts("> 3 Ibid.\n\n> > 4 Resolution 70/1.\n") == ["3 Ibid.", "4 Resolution 70/1."]


@pytest.mark.parametrize(
    "text",
    [
        "| a | b |",
        "==> picture [1 x 2] omitted <==",
        "[a](b)",
        "![a](b)",
        "<!-- c -->",
        "<https://x.org>",
        "> quoted",
    ],
)
def test_the_canonical_writer_escapes_what_converters_write(text: str) -> None:
    """Text that reads like a converter's markup in a paragraph comes back as that text."""
    doc = ud.Document(letter=ud.Letter(title="Letter", paragraphs=(text, "Next " + text)))
    assert ud.from_markdown(ud.to_markdown(doc)) == doc


@given(st.lists(st.sampled_from(["[", "]", "(", ")", "!", "<", ">", "|", "-", "=", " ", "a", "1", "\n", "https:"])))
@example(["[", "a", "]", "(", "1", ")"])
@example(["<", "!", "-", "-", "a", "-", "-", ">"])
def test_converter_markup_never_loses_a_word(parts: list[str]) -> None:
    _words_kept("".join(parts))


# -- layouts converters write (issue 12) -------------------------------------------------------------------------

MERGED = """A/79/1-S/2025/1

## **General Assembly Security Council**

**General Assembly Seventy-ninth session** Agenda items 5 and 7

Distr.: General 10 January 2025

Original: English

**Security Council Eightieth year**

**The first item's title**

## **The second item's title**

## **Letter dated 9 January 2025 from the Permanent Representative of Ruritania addressed to the Secretary-General**

I write to inform you.

( _Signed_ ) Jan **Novak** Ambassador Permanent Representative

25-00001 (E) 170125 _***2500001***_
"""


def test_merged_masthead_lines_headings_and_a_one_line_signature() -> None:
    doc = ud.from_markdown(MERGED)
    assert [str(s) for s in doc.symbols] == ["A/79/1", "S/2025/1"]
    assert doc.date == datetime.date(2025, 1, 10)
    assert doc.distribution is ud.Distribution.GENERAL
    assert [s.number for s in doc.sessions] == [79, 80]
    assert [(a.number, a.title) for a in doc.agenda_items] == [
        (5, "The first item's title"),
        (7, "The second item's title"),
    ]
    assert doc.letter is not None
    assert doc.letter.paragraphs == ("I write to inform you.",)
    assert doc.letter.signatures == (ud.Signature(name="Jan Novak", titles=("Ambassador", "Permanent Representative")),)
    assert doc.job_number == "25-00001"
    assert not [d for d in doc.diagnostics if d.kind is ud.DiagnosticKind.UNPLACED]
    _words_kept(MERGED)


@pytest.mark.parametrize(
    ("line", "name", "titles"),
    [
        ("Jan Novak Ambassador Permanent Representative", "Jan Novak", ("Ambassador", "Permanent Representative")),
        (
            "Jan Novak Ambassador and Permanent Representative",
            "Jan Novak",
            ("Ambassador and Permanent Representative",),
        ),
        (
            "Ana Maria Silva Chargé d’affaires a.i. Deputy Permanent Representative",
            "Ana Maria Silva",
            ("Chargé d’affaires a.i.", "Deputy Permanent Representative"),
        ),
        ("Li Wei Minister Permanent Observer", "Li Wei", ("Minister", "Permanent Observer")),
        ("Jan Novak President of the Security Council", "Jan Novak", ("President of the Security Council",)),
        ("Jan Novak", "Jan Novak", ()),
        ("the Ambassador", "the Ambassador", ()),  # no name before the title: not split
    ],
)
def test_a_one_line_signature_is_split_by_title_words(line: str, name: str, titles: tuple[str, ...]) -> None:
    doc = ud.from_markdown(f"## Letter dated 1 May 2025 from X addressed to Y\n\nText.\n\n(Signed) {line}\n")
    assert doc.letter is not None
    assert doc.letter.signatures == (ud.Signature(name=name, titles=titles),)


def test_a_name_that_reads_like_a_name_and_title_round_trips() -> None:
    """The writer puts such a name on a line of its own, where no split happens."""
    letter = ud.Letter(
        title="Letter dated 1 May 2025 from X addressed to Y", signatures=(ud.Signature(name="Jan Novak Ambassador"),)
    )
    doc = ud.Document(letter=letter)
    assert ud.from_markdown(ud.to_markdown(doc)) == doc


def test_title_lines_as_blocks_and_a_title_wrapped_after_its_heading() -> None:
    """pymupdf4llm 0.0.17: a heading's rest on the next line; paragraphs and signature titles cut by blank lines."""
    source = (
        "### Letter dated 1 May 2025 from the Permanent Representative\n"
        " of Ruritania to the United Nations addressed to the Secretary-General\n\n"
        "I have the honour to transmit herewith the statement of the Ministry of Foreign\n\n"
        "Affairs of Ruritania (see annex).\n\n"
        "(Signed) Jan Novak\n\nAmbassador\n\nPermanent Representative of Ruritania\n\nto the United Nations\n"
    )
    doc = ud.from_markdown(source)
    assert doc.letter is not None
    assert doc.letter.title.endswith("addressed to the Secretary-General")
    assert len(doc.letter.paragraphs) == 1
    assert doc.letter.signatures == (
        ud.Signature(
            name="Jan Novak", titles=("Ambassador", "Permanent Representative of Ruritania to the United Nations")
        ),
    )


def test_a_bold_heading_is_no_proof_of_a_letter_title() -> None:
    """A resolution's headings (any bold line is a heading to some converter) are text, not a letter's title."""
    source = (
        "## **General Assembly**\n\nDistr.: General 14 August 2024\n\n"
        "## **Resolution adopted by the General Assembly**\n\nText.\n"
    )
    doc = ud.from_markdown(source)
    assert doc.letter is None
    assert doc.paragraphs == ("Resolution adopted by the General Assembly", "Text.")


def test_a_heading_inside_an_annex_opens_no_annex_without_a_rule() -> None:
    source = (
        "## Letter dated 1 May 2025 from X addressed to Y\n\nText.\n\n"
        "## Annex to the letter dated 1 May 2025 from X addressed to Y\n\n"
        "## **Statement by the Ministry of Foreign Affairs of Ruritania**\n\n## _1 May 2025_\n\nIt said.\n\n"
        "## **A bold subheading**\n\nMore.\n"
    )
    doc = ud.from_markdown(source)
    assert len(doc.annexes) == 1
    statement = doc.annexes[0].statement
    assert statement is not None
    assert statement.title == "Statement by the Ministry of Foreign Affairs of Ruritania"
    assert statement.date == datetime.date(2025, 5, 1)
    assert statement.paragraphs == ("It said.", "A bold subheading", "More.")


def _structure(doc: ud.Document) -> tuple[object, ...]:
    """What reading converter markdown must give back: masthead, agenda, title, signatures and annexes."""
    letter = doc.letter
    return (
        doc.symbols,
        doc.organs,
        doc.distribution,
        doc.date,
        doc.original_language,
        doc.sessions,
        doc.agenda_items,
        None if letter is None else (letter.title, letter.signatures),
        tuple(
            (
                a.label,
                a.heading,
                a.signatures,
                None if a.statement is None else (a.statement.title, a.statement.date, a.statement.signatures),
            )
            for a in doc.annexes
        ),
    )


@given(documents(format="converter-markdown").flatmap(lambda d: converter_markdown(d).map(lambda md: (d, md))))
def test_converter_markdown_reads_back(pair: tuple[ud.Document, str]) -> None:
    """Markdown written the way converters write it gives the same structure, and keeps every word."""
    doc, source = pair
    read = ud.from_markdown(source)
    assert _structure(read) == _structure(doc)
    if read.letter is not None and doc.letter is not None and not doc.footnotes:
        assert read.letter.paragraphs == doc.letter.paragraphs  # re-joined across wraps and page breaks
    _words_kept(source)


# -- the same rules in plain text (markitdown and pdftotext write no markup) ---------------------------------------

_LETTER = "Letter dated 1 May 2025 from the Permanent Representative of Ruritania addressed to the Secretary-General\n"


def test_plain_text_paragraph_rules() -> None:
    """A line ending at a comma goes on; the closing request after a full line starts a paragraph of its own."""
    body = (
        "In continuation of the letters dated 9 September 2024, 26 February 2024,\n"
        "7 February 2024 and 10 July 2023, I have the honour to inform you of the facts set out below in the annex.\n"
        "I would be grateful if the present letter could be circulated as a document of the Security Council.\n"
    )
    doc = ud.from_text(_LETTER + body)
    assert doc.letter is not None
    assert len(doc.letter.paragraphs) == 2
    assert doc.letter.paragraphs[1].startswith("I would be grateful")


def test_plain_text_annex_heading_under_its_label_and_a_comment() -> None:
    source = (
        _LETTER + "Text.\n\nAnnex I\nExplanatory memorandum\nIt explains.\n\nAnnex II\n"
        "Comment of the Ministry of Foreign Affairs of Ruritania on the\n\nanniversary of the treaty\nIt said.\n"
    )
    doc = ud.from_text(source)
    assert [(a.label, a.heading) for a in doc.annexes] == [("Annex I", "Explanatory memorandum"), ("Annex II", None)]
    statement = doc.annexes[1].statement
    assert statement is not None
    assert statement.title == "Comment of the Ministry of Foreign Affairs of Ruritania on the anniversary of the treaty"
