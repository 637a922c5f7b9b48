"""The trust signal: each kind of doubtful reading, built into a minimal example, reports its problem (issue 13)."""

from __future__ import annotations

import io

import attrs
import pytest

import unga_docs as ud
from unga_docs import ProblemKind, Severity

_MASTHEAD = "United Nations A/78/999\nGeneral Assembly Distr.: General\n2 May 2024\nOriginal: English\n\n"
_TITLE = (
    "Letter dated 1 May 2024 from the Permanent Representative of Ruritania to the United Nations addressed to"
    " the Secretary-General\n\n"
)
_BODY = "I have the honour to write to you.\n\n(Signed) Anna Smith\nPermanent Representative\n"


def _kinds(text: str) -> dict[ProblemKind, Severity]:
    return {p.kind: p.severity for p in ud.parse(text).problems}


def test_a_clean_reading_has_no_problem() -> None:
    assert ud.parse(_MASTHEAD + _TITLE + _BODY).problems == ()


def test_not_a_document() -> None:
    assert _kinds("Mix the flour with the eggs.\n\nFry until golden.\n") == {
        ProblemKind.NOT_A_DOCUMENT: Severity.WARNING
    }
    assert _kinds("") == {ProblemKind.NOT_A_DOCUMENT: Severity.WARNING}


def test_no_symbol_and_no_signature_are_notes() -> None:
    assert _kinds(_TITLE + "I have the honour to write to you.\n") == {
        ProblemKind.NO_SYMBOL: Severity.NOTE,
        ProblemKind.NO_SIGNATURE: Severity.NOTE,
    }


def test_unread_title() -> None:
    # A heading is the letter's title only where the source vouches for it (the canonical writer's escape): a
    # converter's heading of any bold line is not.
    kinds = _kinds(_MASTHEAD + "## &#83;ome heading that is no title\n\n" + _BODY)
    assert kinds.get(ProblemKind.UNREAD_TITLE) is Severity.WARNING


def test_untitled_agenda_items() -> None:
    kinds = _kinds(_MASTHEAD + "Seventy-eighth session\nAgenda item 12\n\n" + _TITLE + _BODY)
    assert kinds == {ProblemKind.UNTITLED_AGENDA: Severity.NOTE}


def test_letter_dated_after_the_document() -> None:
    kinds = _kinds(_MASTHEAD.replace("2 May 2024", "2 April 2024") + _TITLE + _BODY)
    assert kinds == {ProblemKind.LETTER_AFTER_DOCUMENT: Severity.WARNING}


def test_unplaced_text() -> None:
    kinds = _kinds(_MASTHEAD + "Some words nobody can place.\n\n" + _TITLE + _BODY)
    assert kinds.get(ProblemKind.UNPLACED_TEXT) is Severity.WARNING


def test_text_outside_a_web_pages_document_is_a_note_and_the_reading_is_right() -> None:
    page = "March 29, 2024\n\n" + _TITLE.replace("1 May 2024", "2024/05/01") + _MASTHEAD + _TITLE + _BODY
    doc = ud.parse(page)
    assert {p.kind: p.severity for p in doc.problems} == {ProblemKind.OUTSIDE_TEXT: Severity.NOTE}
    assert doc.letter is not None
    assert doc.letter.paragraphs == ("I have the honour to write to you.",)


def test_masthead_fields_and_furniture_in_the_body_are_doubts() -> None:
    body = "I have the honour to write to you.\n\nA/78/999 Distr.: General\n\nMore words 24-12345 (E) here.\n\n"
    doc = ud.parse(_MASTHEAD.replace("A/78/999", "A/78/998") + _TITLE + body + "(Signed) Anna Smith\n")
    doubts = [p for p in doc.problems if p.kind is ProblemKind.DOUBT]
    assert [p.message.split(":")[0] for p in doubts] == [
        "masthead fields in the body",
        "page furniture inside a paragraph",
    ]
    assert all(p.severity is Severity.WARNING and p.line is not None for p in doubts)


def test_a_second_copy_of_the_document_is_outside() -> None:
    doc = ud.parse(
        _MASTHEAD + _TITLE + _BODY + "\nTranscript of the letter\n\n" + _MASTHEAD + _TITLE + "I have the honour to\n"
    )
    assert doc.letter is not None
    assert doc.letter.paragraphs == ("I have the honour to write to you.",)
    assert [s.name for s in doc.letter.signatures] == ["Anna Smith"]
    assert {p.kind for p in doc.problems} == {ProblemKind.OUTSIDE_TEXT}


def test_a_statement_title_that_breaks_off_is_a_doubt() -> None:
    doc = ud.Document(
        letter=ud.Letter(title=_TITLE.strip(), signatures=(ud.Signature(name="Anna Smith"),)),
        annexes=(
            ud.Annex(
                heading="Annex to the letter dated 1 May 2024 from the Permanent Representative of Ruritania",
                statement=ud.Statement(title="Statement by the Ministry on the thirty-fifth"),
            ),
        ),
    )
    doubts = [p for p in doc.problems if p.kind is ProblemKind.DOUBT]
    assert [p.message for p in doubts] == [
        "a statement's title breaks off: 'Statement by the Ministry on the thirty-fifth'"
    ]
    whole = attrs.evolve(doc.annexes[0], statement=ud.Statement(title="Statement by the Ministry on its anniversary"))
    assert not [p for p in attrs.evolve(doc, annexes=(whole,)).problems if p.kind is ProblemKind.DOUBT]


def test_the_document_table_says_how_sure_each_reading_is() -> None:
    """n_warnings and problems: 0 and empty for a clean reading; the kinds for a doubtful one, also via JSON Lines."""
    pytest.importorskip("pandas")
    sources = [("clean", _MASTHEAD + _TITLE + _BODY), ("unplaced", _MASTHEAD + "Text before any title.\n\n" + _TITLE)]
    results = list(ud.parse_many(sources, workers=1))
    table = ud.to_dataframe(results)
    assert list(table["n_warnings"]) == [0, 1]
    assert table["problems"][0] == ""
    assert "unplaced text" in table["problems"][1]
    buffer = io.StringIO()
    ud.write_jsonl(results, buffer)
    buffer.seek(0)
    again = ud.to_dataframe(ud.read_jsonl(buffer))  # documents from JSON carry no diagnostics: the results do
    assert list(again["problems"]) == list(table["problems"])
