"""Markdown: the reference document read exactly, round trips, a stable writer, and no word lost."""

from __future__ import annotations

import datetime as dt
import re

import attrs
import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

import unga_docs as ud
from unga_docs._validators import text_problem
from unga_docs.strategies import documents

SOURCE = ud.samples.load("letter-2023-01-20-azerbaijan")
REFERENCE = ud.parse(SOURCE)
WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return WORD.findall(text)


def test_reference_masthead() -> None:
    """The masthead of the reference document, field by field."""
    doc = REFERENCE
    assert doc.symbols == ()
    assert doc.organs == (ud.Organ.GENERAL_ASSEMBLY,)
    assert doc.distribution is ud.Distribution.GENERAL
    assert doc.date == dt.date(2023, 1, 20)
    assert doc.original_language is ud.Language.ENGLISH
    assert doc.sessions == (ud.Session(organ=ud.Organ.GENERAL_ASSEMBLY, number=77),)
    assert [(a.number, a.sub_item, a.title) for a in doc.agenda_items] == [
        (30, None, "Prevention of armed conflict"),
        (68, None, "Promotion and protection of human rights"),
        (73, None, "Responsibility of States for internationally wrongful acts"),
        (78, None, "Crimes against humanity"),
        (84, None, "The rule of law at the national and international levels"),
        (
            132,
            None,
            "The responsibility to protect and the prevention of genocide, war crimes, ethnic cleansing and crimes "
            "against humanity",
        ),
    ]
    assert doc.paragraphs == ()
    assert doc.footnotes == ()


def test_reference_letter() -> None:
    """The letter: its title (the ## line), derived parts, 3 paragraphs and one signature."""
    letter = REFERENCE.letter
    assert letter is not None
    assert letter.title == (
        "Letter dated 20 January 2023 from the Permanent Representative of Azerbaijan to the United Nations "
        "addressed to the Secretary-General"
    )
    assert letter.kind is ud.LetterKind.LETTER
    assert letter.date == dt.date(2023, 1, 20)
    assert letter.sender == "Permanent Representative of Azerbaijan to the United Nations"
    assert letter.sender_states == ("Azerbaijan",)
    assert letter.addressees == ("Secretary-General",)
    assert len(letter.paragraphs) == 3
    assert letter.paragraphs[0].startswith("On 20 January 2023, Azerbaijan commemorates")
    assert letter.signatures == (ud.Signature(name="Yashar Aliyev", titles=("Ambassador", "Permanent Representative")),)


def test_reference_annex() -> None:
    """One annex with its heading and a dated statement of 8 paragraphs, the seventh re-joined across the page."""
    (annex,) = REFERENCE.annexes
    assert annex.label is None
    assert annex.heading == (
        "Annex to the letter dated 20 January 2023 from the Permanent Representative of Azerbaijan to the United "
        "Nations addressed to the Secretary-General"
    )
    assert annex.paragraphs == ()
    statement = annex.statement
    assert statement is not None
    assert statement.title == (
        "Statement of the Ministry of Foreign Affairs of the Republic of Azerbaijan on 20 January – "
        "National Mourning Day"
    )
    assert statement.date == dt.date(2023, 1, 20)
    assert len(statement.paragraphs) == 8
    assert "Under the leadership of the Victorious Commander-in-Chief" in statement.paragraphs[6]
    assert statement.issuer == "Ministry of Foreign Affairs of the Republic of Azerbaijan"


def test_reference_is_detected_as_markdown() -> None:
    """The dialect is detected, and reading it as markdown explicitly gives the same document."""
    assert ud.detect(SOURCE) == "markdown"
    assert ud.from_markdown(SOURCE) == REFERENCE


def test_reference_words_are_all_kept() -> None:
    """Lossless: the words of the source are the words written back, in order, in markdown and in text."""
    assert words(ud.to_markdown(REFERENCE)) == words(SOURCE)
    assert words(ud.to_text(REFERENCE)) == words(SOURCE)


def test_reference_reads_without_diagnostics_that_lose_words() -> None:
    """Nothing of the reference document is unplaced."""
    assert [d for d in REFERENCE.diagnostics if d.kind is ud.DiagnosticKind.UNPLACED] == []
    assert ud.from_markdown(SOURCE, strict=True) == REFERENCE


@given(documents(format="markdown"))
@example(REFERENCE)
@example(ud.Document())
@example(ud.Document(agenda_items=(ud.AgendaItem(number=1, title="The. #"),)))  # a heading's closing hashes
@example(ud.Document(letter=ud.Letter(title="Agenda item 12 #")))
def test_markdown_round_trip(doc: ud.Document) -> None:
    """Every valid document survives to_markdown -> from_markdown unchanged."""
    assert doc == ud.from_markdown(ud.to_markdown(doc))


@given(documents(format="markdown"))
@example(REFERENCE)
def test_markdown_writer_is_a_fixed_point(doc: ud.Document) -> None:
    """Writing what was read from the writer's output gives the same text."""
    text = ud.to_markdown(doc)
    assert ud.to_markdown(ud.from_markdown(text)) == text


@given(documents(format="markdown"))
def test_markdown_is_detected(doc: ud.Document) -> None:
    """The writer's output is detected as markdown whenever it has any structure to show."""
    text = ud.to_markdown(doc)
    assert ud.parse(text) == doc


def test_strict_mode_raises_with_the_place() -> None:
    """strict=True raises ParseError with line, column and text where lenient mode keeps and reports."""
    title = "Letter dated 1 May 2020 from the Secretary-General addressed to the President of the Security Council"
    text = f"Distr.: General\n\n---\n\nSome words before the title\n\n## {title}\n"
    lenient = ud.from_markdown(text)
    assert lenient.paragraphs == ("Some words before the title",)
    assert [d.line for d in lenient.diagnostics if d.kind is ud.DiagnosticKind.UNPLACED] == [5]
    with pytest.raises(ud.ParseError) as info:
        ud.from_markdown(text, strict=True)
    assert (info.value.line, info.value.column, info.value.text) == (5, 1, "Some words before the title")


def test_text_before_a_title_with_no_masthead_is_outside_the_document() -> None:
    """A web page's title and navigation before the letter are reported as outside, and give a symbol."""
    title = "Letter dated 1 May 2020 from the Secretary-General addressed to the President of the Security Council"
    doc = ud.from_markdown(f"Iraq: letter to the Council (S/2003/283)\n\n## {title}\n\nI have the honour.\n")
    assert doc.paragraphs == ()
    assert doc.symbols == (ud.Symbol.parse("S/2003/283"),)
    assert [(d.kind, d.line) for d in doc.diagnostics] == [(ud.DiagnosticKind.OUTSIDE, 1)]
    assert doc.letter is not None
    assert doc.letter.paragraphs == ("I have the honour.",)


@pytest.mark.parametrize(
    ("paragraph", "escaped_start"),
    [
        ("(Signed) X", "\\(Signed)"),
        ("Annex I", "&#65;nnex I"),
        ("# not a heading", "\\#"),
        ("---", "\\-"),
        ("of the Victorious Commander-in-Chief", "&#111;f"),
    ],
)
def test_structure_like_paragraphs_are_escaped(paragraph: str, escaped_start: str) -> None:
    """Text that would read back as structure is escaped at its first character, and reads back as text."""
    doc = ud.Document(
        letter=ud.Letter(
            title="Letter dated 1 May 2020 from the Secretary-General addressed to the President of the "
            "Security Council",
            paragraphs=("Under the leadership", paragraph),
        )
    )
    text = ud.to_markdown(doc)
    assert escaped_start in text
    assert ud.from_markdown(text) == doc


@pytest.mark.parametrize("text", ["\ufeff", "a\ufeffb", "\ufeffAnnex", "x \ufeff y", "\ufeff\ufeff"])
def test_a_byte_order_mark_in_a_text_round_trips(text: str) -> None:
    """A byte order mark, which every reader reads as a space, is written as a character reference.

    Hypothesis found a signatory named only U+FEFF read back as a paragraph "(Signed)".
    """
    doc = ud.Document(
        letter=ud.Letter(title="Letter dated 1 January 2000 from the Secretary-General", paragraphs=(text,)),
        annexes=(ud.Annex(label="Annex", signatures=(ud.Signature(name=text, titles=(text,)),)),),
    )
    written = ud.to_markdown(doc)
    assert "\ufeff" not in written
    assert ud.from_markdown(written) == doc


@given(documents(format="markdown"), st.integers(min_value=0, max_value=10**6))
def test_byte_order_marks_anywhere_round_trip(doc: ud.Document, where: int) -> None:
    """A byte order mark put into any paragraph of any document reads back where it was."""
    assume(doc.letter is not None and doc.letter.paragraphs)
    assert doc.letter is not None
    paragraphs = list(doc.letter.paragraphs)
    k = where % len(paragraphs)
    text = paragraphs[k]
    at = where % (len(text) + 1)
    marked = text[:at] + "\ufeff" + text[at:]
    assert text_problem(marked) is None  # a mark is a valid character anywhere in a text
    paragraphs[k] = marked
    doc = attrs.evolve(doc, letter=attrs.evolve(doc.letter, paragraphs=tuple(paragraphs)))
    assert ud.from_markdown(ud.to_markdown(doc)) == doc


def test_a_paragraph_that_reads_as_a_damaged_masthead_line_is_escaped() -> None:
    """Text after the masthead that the scan margin rule reads as "fragment + field" is escaped (hypothesis).

    A word, then a language: the writers escape it, so it reads back as the paragraph it is.
    """
    doc = ud.Document(
        language=ud.Language.RUSSIAN,
        sessions=(ud.Session(organ=ud.Organ.SECURITY_COUNCIL, number=1),),
        paragraphs=("١٢٣ 中文 Русский", "abc English"),
        letter=ud.Letter(title="Letter dated 1 January 2000 from the Permanent Representative of Turkey"),
    )
    assert ud.from_markdown(ud.to_markdown(doc)) == doc
    # Plain text has no escape: such paragraphs are outside what it carries (docs/formats.md), as `reads_as_text`
    # says, and the text strategies draw none.
    assert not any(ud.assemble.reads_as_text(p, None) for p in doc.paragraphs)
