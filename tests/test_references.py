"""The documents a document cites (issue 13 part 5): `unga_docs.references.find_references`."""

from __future__ import annotations

import unga_docs as ud
from unga_docs.references import find_references

_DOC = """United Nations S/1999/1133*
Security Council Distr.: General
8 November 1999
Original: English

Letter dated 5 November 1999 from the Secretary-General addressed to the President of the Security Council

I refer to my report (S/1999/1000) and to resolution 1244 (1999), and to the letter circulated as A/54/500-S/1999/1100.

The document S/1999/1133 is this one; the report S/1999/1000 is cited again.

(Signed) Kofi A. ANNAN

Annex

Statement on the matter

The statement recalls document A/54/PV.3* and S/RES/1244 (1999).
"""


def test_references_are_cited_symbols_once_in_order_own_symbols_and_marks_resolved() -> None:
    doc = ud.parse(_DOC)
    assert [str(s) for s in doc.symbols] == ["S/1999/1133*"]
    refs = [str(s) for s in find_references(doc)]
    assert refs == ["S/1999/1000", "A/54/500", "S/1999/1100", "A/54/PV.3", "S/RES/1244 (1999)"]
    assert not any(s.reissued for s in find_references(doc))


def test_references_read_titles_annex_headings_and_footnotes() -> None:
    doc = ud.Document(
        letter=ud.Letter(
            title="Letter dated 13 July (S/1994/826) from the representative of Ruritania to the Secretary-General"
        ),
        annexes=(ud.Annex(label="Annex", heading="Annex to document A/49/1"),),
        footnotes=(ud.Footnote(marker="1", text="See E/CN.4/2000/1."),),
    )
    assert [str(s) for s in find_references(doc)] == ["S/1994/826", "A/49/1", "E/CN.4/2000/1"]


def test_a_document_that_cites_nothing_has_no_references() -> None:
    assert find_references(ud.Document()) == ()
