"""Plain text: round trips over the documents plain text can carry, and the canonical writer's shape."""

from __future__ import annotations

from hypothesis import example, given

import unga_docs as ud
from unga_docs.strategies import documents

REFERENCE = ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))


@given(documents(format="text"))
@example(REFERENCE)
@example(ud.Document())
def test_text_round_trip(doc: ud.Document) -> None:
    """Every document of the plain-text subset survives to_text -> from_text unchanged."""
    assert doc == ud.from_text(ud.to_text(doc))


@given(documents(format="text"))
@example(REFERENCE)
def test_text_writer_is_a_fixed_point(doc: ud.Document) -> None:
    """Writing what was read from the writer's output gives the same text."""
    text = ud.to_text(doc)
    assert ud.to_text(ud.from_text(text)) == text


def test_reference_as_text_reads_back() -> None:
    """The reference document written as text reads back the same, and is detected as text."""
    text = ud.to_text(REFERENCE)
    assert ud.detect(text) == "text"
    assert ud.parse(text) == REFERENCE
    assert text.startswith("General Assembly\nDistr.: General\n20 January 2023\nOriginal: English\n\n")
    assert "(Signed) Yashar Aliyev\nAmbassador\nPermanent Representative\n" in text
