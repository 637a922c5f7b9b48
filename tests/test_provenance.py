"""Schema version 3's additions: the copy's language, the references the text cites, and provenance (anchors)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

import pytest
from hypothesis import given

import unga_docs as ud
from unga_docs.strategies import documents

SAMPLE = ud.samples.load("letter-2023-01-20-azerbaijan")
REFERENCE = ud.parse(SAMPLE)
_STEP = re.compile(r"(\w+)(?:\[(\d+)\])?")


def _part(doc: ud.Document, path: str) -> Any:
    """The part of *doc* at *path* ("annexes[0].statement.paragraphs[2]")."""
    node: Any = doc
    for name, index in _STEP.findall(path):
        node = getattr(node, name)
        if index:
            node = node[int(index)]
    return node


def _first_words(part: object) -> str:
    text = part.name if isinstance(part, ud.Signature) else str(part)
    return " ".join(text.split()[:3])


# --- provenance ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_every_part_of_the_reference_knows_its_source_line(fmt: Literal["markdown", "text"]) -> None:
    """Every paragraph, title, heading and signature has an anchor, whose line holds the part's first words."""
    source = SAMPLE if fmt == "markdown" else ud.to_text(REFERENCE)
    doc = ud.parse(source, format=fmt)
    lines = source.splitlines()
    expected = ["letter.title"]
    assert doc.letter is not None
    expected += [f"letter.paragraphs[{i}]" for i in range(len(doc.letter.paragraphs))]
    expected += [f"letter.signatures[{i}]" for i in range(len(doc.letter.signatures))]
    assert [a.path for a in doc.provenance][: len(expected)] == expected
    statement = doc.annexes[0].statement
    assert statement is not None
    assert doc.anchor(f"annexes[0].statement.paragraphs[{len(statement.paragraphs) - 1}]") is not None
    for anchor in doc.provenance:
        assert anchor.page is None
        assert anchor.line is not None
        assert _first_words(_part(doc, anchor.path)) in lines[anchor.line - 1], anchor


def test_anchor_lookup() -> None:
    """Document.anchor finds an anchor by path; None for a part with none."""
    first = REFERENCE.provenance[0]
    assert REFERENCE.anchor(first.path) is first
    assert REFERENCE.anchor("paragraphs[0]") is None
    assert ud.Document().anchor("letter.title") is None


def test_provenance_is_left_out_of_equality() -> None:
    """Two readings of the same document from different sources are equal, whatever their lines."""
    again = ud.from_markdown(ud.to_markdown(REFERENCE))
    assert again == REFERENCE
    assert again.provenance != REFERENCE.provenance  # the canonical form starts elsewhere
    assert hash(again) == hash(REFERENCE)


def test_a_bare_signature_keeps_its_anchor() -> None:
    """A letter signed without "(Signed)": the name's paragraph anchor becomes the signature's."""
    src = (
        "Letter dated 1 March 2023 from the Permanent Representative of Chile to the United Nations addressed to "
        "the Secretary-General\n\nI have the honour to write.\n\nPlease circulate it.\n\nPaula Narváez\n"
    )
    doc = ud.parse(src, format="markdown")
    assert doc.letter is not None
    assert doc.letter.signatures == (ud.Signature(name="Paula Narváez"),)
    assert doc.anchor("letter.signatures[0]") == ud.Anchor(path="letter.signatures[0]", line=7)
    assert doc.anchor("letter.paragraphs[2]") is None
    assert doc.anchor("letter.paragraphs[1]") == ud.Anchor(path="letter.paragraphs[1]", line=5)


def test_a_wrapped_paragraph_starts_on_its_first_line() -> None:
    """Plain text: a paragraph wrapped over lines is anchored at its first line."""
    src = "Letter dated 1 March 2023 from the Secretary-General addressed to the President of the Security Council\n\n"
    src += "I have the honour to refer to the report,\nwhich was issued last week.\n\nThe second paragraph.\n"
    doc = ud.parse(src, format="text")
    assert doc.anchor("letter.paragraphs[0]") == ud.Anchor(path="letter.paragraphs[0]", line=3)
    assert doc.anchor("letter.paragraphs[1]") == ud.Anchor(path="letter.paragraphs[1]", line=6)


def test_annex_labels_headings_and_text_outside_a_letter_are_anchored() -> None:
    """Text before any letter, an annex's label and heading, its statement's title."""
    src = (
        "Some text outside.\n\nAnnex I\n\nAnnex to the letter dated 1 March 2023 from the Secretary-General\n\n"
        "Statement by the Ministry of Foreign Affairs\n\nIt said this.\n"
    )
    doc = ud.parse(src, format="text")
    paths = {a.path: a.line for a in doc.provenance}
    assert paths == {
        "paragraphs[0]": 1,
        "annexes[0].label": 3,
        "annexes[0].heading": 5,
        "annexes[0].statement.title": 7,
        "annexes[0].statement.paragraphs[0]": 9,
    }


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"path": "letter.body"}, "Anchor.path must be the path"),
        ({"path": "letter.paragraphs[01]"}, "Anchor.path must be the path"),
        ({"path": "footnotes[0]"}, "Anchor.path must be the path"),
        ({"path": "letter.title", "line": 0}, "Anchor.line must be None or an int from 1"),
        ({"path": "letter.title", "page": -2}, "Anchor.page must be None or an int from 1"),
        ({"path": "letter.title", "page": True}, "Anchor.page must be"),
        ({"path": "letter.title", "line": 2.0}, "Anchor.line must be"),
    ],
)
def test_anchors_are_validated(kwargs: dict[str, Any], message: str) -> None:
    """An anchor's validators name the field."""
    with pytest.raises(ud.ValidationError, match=re.escape(message)):
        ud.Anchor(**kwargs)


@given(documents())
def test_generated_provenance_points_at_parts_that_exist(doc: ud.Document) -> None:
    """The strategies' anchors name parts of their document, each once."""
    paths = [a.path for a in doc.provenance]
    assert len(set(paths)) == len(paths)
    for path in paths:
        assert _part(doc, path) is not None


@pytest.fixture(scope="module")
def pdf_doc(corpus: Path) -> ud.Document:
    pytest.importorskip("pypdfium2")
    return ud.read(corpus / "pdf" / "p005" / "source.pdf")


def test_a_pdf_records_pages_not_lines(pdf_doc: ud.Document) -> None:
    """A PDF's anchors have pages (its lines are the lexer's, not the reader's), and run over its pages."""
    assert pdf_doc.provenance
    assert all(a.line is None and a.page is not None for a in pdf_doc.provenance)
    assert {a.page for a in pdf_doc.provenance} >= {1, 2}


def test_a_pdf_paragraph_on_page_2_says_page_2(corpus: Path, pdf_doc: ud.Document) -> None:
    """Each anchored paragraph's first words are on the page its anchor names (pypdfium2's text layer)."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    pdf = pdfium.PdfDocument(corpus / "pdf" / "p005" / "source.pdf")
    pages = [" ".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf))]
    pdf.close()
    on_page_2 = 0
    for anchor in pdf_doc.provenance:
        if ".paragraphs[" in anchor.path:
            words = " ".join(_part(pdf_doc, anchor.path).split()[:5])
            assert anchor.page is not None
            assert words in pages[anchor.page - 1], anchor
            on_page_2 += anchor.page == 2
    assert on_page_2 > 0


# --- the language of the copy -------------------------------------------------------------------------------------

TRANSLATED = """S/2021/1064

Security Council

Distr.: General
17 December 2021
English
Original: French

Letter dated 13 December 2021 from the Secretary-General addressed to the President of the Security Council

I have the honour to refer to Security Council resolution 1966 (2010).
"""


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_the_masthead_language_line_is_the_copys_language(fmt: Literal["markdown", "text"]) -> None:
    """The line "English" above "Original: French" is the language of this copy (no longer reported as unkept)."""
    doc = ud.parse(TRANSLATED, format=fmt)
    assert doc.language is ud.Language.ENGLISH
    assert doc.original_language is ud.Language.FRENCH
    assert not any(d.text == "English" for d in doc.diagnostics)
    assert ud.from_markdown(ud.to_markdown(doc)) == doc
    assert ud.from_text(ud.to_text(doc)) == doc
    assert "\nEnglish\n" in ud.to_text(doc)


def test_no_language_without_evidence() -> None:
    """A line "Original: English" alone says what the original is, not what this copy is: language stays None."""
    assert REFERENCE.original_language is ud.Language.ENGLISH
    assert REFERENCE.language is None


def test_the_language_shows_in_the_card_and_the_table() -> None:
    """The card prints the language line; the document table has a language column."""
    doc = ud.parse(TRANSLATED, format="text")
    assert "English<br>Original: French" in ud.to_html(doc)
    pytest.importorskip("pandas")
    table = ud.to_dataframe(ud.parse_many([("t", TRANSLATED)], workers=1))
    assert table.loc[0, "language"] == "English"
    assert table.loc[0, "original_language"] == "French"


# --- references ---------------------------------------------------------------------------------------------------


def test_references_are_the_symbols_the_text_cites() -> None:
    """In order of first appearance, each once, the document's own left out, from every kind of text."""
    doc = ud.Document(
        symbols=(ud.Symbol.parse("A/77/715"), ud.Symbol.parse("S/2023/50")),
        paragraphs=("Outside: A/77/1.",),
        letter=ud.Letter(
            title="Letter dated 1 March 2023 concerning S/2023/1 addressed to the Secretary-General",
            paragraphs=("As in A/77/715 and S/2023/50 (our own), see A/77/2 and again A/77/1.",),
        ),
        annexes=(
            ud.Annex(
                label="Annex",
                heading="Annex to A/77/3",
                paragraphs=("Recalling A/RES/77/4,",),
                statement=ud.Statement(title="Statement on S/RES/2672 (2023)", paragraphs=("Text A/77/5.",)),
            ),
        ),
        footnotes=(ud.Footnote(marker="1", text="See A/77/6 and A/77/2."),),
    )
    assert [str(s) for s in doc.references] == [
        "A/77/1",
        "S/2023/1",
        "A/77/2",
        "A/77/3",
        "A/RES/77/4",
        "S/RES/2672 (2023)",
        "A/77/5",
        "A/77/6",
    ]


def test_references_in_the_card_and_the_table() -> None:
    """The card lists them quietly at its foot; the document table joins them."""
    doc = ud.Document(paragraphs=("See A/77/1 and S/2023/5.",))
    assert '<p class="facts">Cites A/77/1, S/2023/5</p>' in ud.to_html(doc)
    assert "Cites" not in ud.to_html(ud.Document(paragraphs=("Nothing cited.",)))
    pytest.importorskip("pandas")
    table = ud.to_dataframe(ud.parse_many([("d", "See A/77/1 and S/2023/5.\n")], workers=1))
    assert table.loc[0, "references"] == "A/77/1; S/2023/5"


# --- the card's page markers and the paragraph table --------------------------------------------------------------


def _paged() -> ud.Document:
    letter = ud.Letter(title="Letter", paragraphs=("One.", "Two.", "Three."))
    annex = ud.Annex(label="Annex", statement=ud.Statement(title="Statement", paragraphs=("Four.", "Five.")))
    anchors = (
        ud.Anchor(path="letter.paragraphs[0]", page=1),
        ud.Anchor(path="letter.paragraphs[1]", page=1),
        ud.Anchor(path="letter.paragraphs[2]", page=2),
        ud.Anchor(path="annexes[0].statement.paragraphs[0]", page=2),
        ud.Anchor(path="annexes[0].statement.paragraphs[1]", page=3),
    )
    return ud.Document(letter=letter, annexes=(annex,), provenance=anchors)


def test_the_card_marks_where_a_page_starts() -> None:
    """A quiet "p. N" before the first paragraph of each new page, none for page 1 or without pages."""
    html = ud.to_html(_paged())
    assert html.count('<span class="page">') == 2
    assert '<span class="page">p. 2</span><p>Three.</p>' in html
    assert '<span class="page">p. 3</span><p>Five.</p>' in html
    assert '<span class="page">' not in ud.to_html(REFERENCE)


def test_the_paragraph_table_has_page_and_line() -> None:
    """The paragraph level's page and line come from the anchors; null where none is recorded."""
    pytest.importorskip("pandas")
    results = [ud.ParseResult(source="p", document=_paged(), error=None, diagnostics=())]
    table = ud.to_dataframe(results, level="paragraph")
    assert table["page"].tolist() == [1, 1, 2, 2, 3]
    assert table["line"].isna().all()
    parsed = ud.to_dataframe(ud.parse_many([("r", SAMPLE)], workers=1), level="paragraph")
    assert parsed["page"].isna().all()
    assert parsed["line"].tolist()[:3] == [REFERENCE.anchor(f"letter.paragraphs[{i}]").line for i in range(3)]  # type: ignore[union-attr]
