"""Markdown as converters write it: links, images, comments, placeholders, tables and quotes are layout."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import unga_docs as ud
from unga_docs.formats.markdown import lex_markdown

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
