"""MARC 21 / MARCXML: the UN Digital Library's fields, read back with pymarc, over generated and real documents."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import attrs
import pymarc
import pytest
from hypothesis import given
from lxml import etree

import unga_docs as ud
from unga_docs.formats.marc import LEADER, to_marc, to_marcxml
from unga_docs.strategies import documents

SLIM = "http://www.loc.gov/MARC21/slim"

# No installed package ships MARC21slim.xsd (searched site-packages and the whole file system), so the slim
# schema's own patterns are checked here, transcribed from https://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd
# (leaderDataType, tagDataType, indicatorDataType, subfieldcodeDataType) together with its element structure.
_LEADER = re.compile(r"[\d ]{5}[\dA-Za-z ]{1}[\dA-Za-z]{1}[\dA-Za-z ]{3}(2| )(2| )[\d ]{5}[\dA-Za-z ]{3}(4500|    )")
_TAG = re.compile(r"(000|[0-9A-Za-z]{3})")
_IND = re.compile(r"[\da-z ]{1}")
_CODE = re.compile(r"[\dA-Za-z!\"#$%&'()*+,\-./:;<=>?{}_^`~\[\]\\]{1}")


def _check_slim(xml: str) -> list[pymarc.Record]:
    """The collection is MARC 21 slim in structure and patterns, and reads back with pymarc."""
    root = etree.fromstring(xml.encode())
    assert root.tag == f"{{{SLIM}}}collection"
    for record in root:
        assert record.tag == f"{{{SLIM}}}record"
        leader, *fields = list(record)
        assert leader.tag == f"{{{SLIM}}}leader"
        assert _LEADER.fullmatch(leader.text or "")
        for field in fields:
            assert field.tag == f"{{{SLIM}}}datafield"
            assert _TAG.fullmatch(field.get("tag", ""))
            assert _IND.fullmatch(field.get("ind1", ""))
            assert _IND.fullmatch(field.get("ind2", ""))
            assert len(field) >= 1
            for sub in field:
                assert sub.tag == f"{{{SLIM}}}subfield"
                assert _CODE.fullmatch(sub.get("code", ""))
    records: list[pymarc.Record] = pymarc.parse_xml_to_array(io.BytesIO(xml.encode()))  # type: ignore[no-untyped-call]
    return records


def _values(record: pymarc.Record, tag: str, code: str) -> list[str]:
    return [v for f in record.get_fields(tag) for v in f.get_subfields(code)]


def _check_record(record: pymarc.Record, doc: ud.Document) -> None:
    assert str(record.leader) == LEADER
    assert _values(record, "191", "a") == [str(s) for s in doc.symbols]
    assert _values(record, "269", "a") == ([doc.date.isoformat()] if doc.date else [])
    if doc.letter is not None:
        assert _values(record, "245", "a") == [doc.letter.title.replace("\ufffe", "\ufffd").replace("\uffff", "\ufffd")]
        assert _values(record, "710", "a") == list(doc.letter.sender_states)
    items = record.get_fields("991")
    assert len(items) == len(doc.agenda_items)
    for field, item in zip(items, doc.agenda_items, strict=True):
        assert field.get_subfields("b")[0].split()[0] == str(item.number)
    assert _values(record, "029", "b") == ([f"{doc.job_number} E"] if doc.job_number else [])


@given(documents())
def test_generated_documents(doc: ud.Document) -> None:
    records = _check_slim(to_marcxml([doc]))
    assert len(records) == 1
    _check_record(records[0], doc)


def test_reference_record() -> None:
    doc = ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))
    record = to_marc(doc)
    assert record["041"].indicators == pymarc.Indicators("0", " ")
    assert record["041"]["a"] == "eng"
    assert record["089"]["b"] == "B18"
    assert record["091"]["a"] == "General"
    assert record["245"].indicators == pymarc.Indicators("1", "0")
    assert record["710"]["a"] == "Azerbaijan"
    assert [f["b"] for f in record.get_fields("991")] == ["30", "68", "73", "78", "84", "132"]
    assert record.get_fields("991")[0]["c"] == "Prevention of armed conflict"


def test_every_field() -> None:
    doc = ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))
    assert doc.letter is not None
    doc = attrs.evolve(
        doc,
        symbols=(ud.Symbol.parse("A/77/715"), ud.Symbol.parse("S/2023/56"), ud.Symbol.parse("A/C.3/78/L.60/Rev.1")),
        original_language=ud.Language.FRENCH,
        job_number="23-01234",
        agenda_items=(ud.AgendaItem(number=68, sub_item="b"),),
        letter=attrs.evolve(doc.letter, paragraphs=("See A/77/100, S/2023/5 and A/77/715.",)),
        date=dt.date(2023, 1, 20),
    )
    record = to_marc(doc)
    assert [(f["a"], f["b"], f["c"]) for f in record.get_fields("191")] == [
        ("A/77/715", "A/", "77"),
        ("S/2023/56", "S/", "2023"),
        ("A/C.3/78/L.60/Rev.1", "A/C.3/", "78"),
    ]
    assert record["041"].indicators == pymarc.Indicators("1", " ")
    assert (record["041"]["a"], record["041"]["h"]) == ("eng", "fre")
    assert (record["029"]["a"], record["029"]["b"]) == ("JN", "23-01234 E")
    assert record["991"]["b"] == "68 (b)"
    assert record["991"].get("c") is None
    assert [f["a"] for f in record.get_fields("993")] == ["A/77/100", "S/2023/5"]  # not its own A/77/715


def test_secretary_general_letter_is_b15() -> None:
    letter = ud.Letter(
        title="Letter dated 1 May 2020 from the Secretary-General addressed to the President of the Security Council"
    )
    assert letter.sender == "Secretary-General"
    assert to_marc(ud.Document(letter=letter))["089"]["b"] == "B15"


def test_characters_xml_cannot_carry() -> None:
    doc = ud.Document(letter=ud.Letter(title="a\ufffeb"))
    records = _check_slim(to_marcxml([doc]))
    assert records[0]["245"]["a"] == "a\ufffdb"


def test_993_holds_the_documents_references_in_order_once() -> None:
    letter = ud.Letter(title="Letter", paragraphs=("See A/77/1 and S/2023/5, and A/77/1 again.",))
    doc = ud.Document(letter=letter)
    assert (
        [f["a"] for f in to_marc(doc).get_fields("993")] == ["A/77/1", "S/2023/5"] == [str(s) for s in doc.references]
    )


def test_corpus_collection(corpus: Path) -> None:
    files = sorted(corpus.glob("*.txt"))
    assert files
    docs = [ud.read(path) for path in files]
    records = _check_slim(ud.to_marcxml(docs))
    assert len(records) == len(docs)
    for record, doc in zip(records, docs, strict=True):
        _check_record(record, doc)


def test_empty_collection() -> None:
    assert _check_slim(to_marcxml([])) == []


def test_lazy_names() -> None:
    assert ud.to_marc is to_marc
    with pytest.raises(AttributeError):
        ud.no_such_name  # noqa: B018


def test_cli_parse_to_marcxml(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from unga_docs.cli import main

    files = [str(f) for f in sorted(corpus.glob("*.txt"))[:5]]
    out = tmp_path / "records.xml"
    assert main(["parse", *files, "--out", str(out), "--workers", "1"]) == 0
    records = _check_slim(out.read_text(encoding="utf-8"))
    assert len(records) == len(files)
    assert "5 MARC records" in capsys.readouterr().err
    assert main(["parse", *files, "--out", str(out), "--level", "paragraph"]) == 2


def _norm(text: str) -> str:
    """As the corpus scorer compares texts: white space collapsed, case ignored, apostrophes alike."""
    return " ".join(text.split()).lower().replace("’", "'")


def test_corpus_labels(corpus: Path) -> None:
    """Every labelled symbol, date, title and agenda item the parser reads is in its MARC field, as labelled.

    Every labelled reference of the covering letter is a 993 (which also cites the annexes' and footnotes' symbols).
    Fields the parser misses are the corpus score's business; nearly all are read.
    """
    import json

    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    assert labels
    docs = [ud.read(corpus / label["file"]) for label in labels]
    records = _check_slim(to_marcxml(docs))
    checked = labelled = 0
    for label, doc, record in zip(labels, docs, records, strict=True):
        labelled += (label["symbols"] is not None) + (label["date"] is not None) + bool(label.get("letter")) + 1
        if label["symbols"] is not None and [str(s) for s in doc.symbols] == label["symbols"]:
            assert _values(record, "191", "a") == label["symbols"], label["file"]
            checked += 1
        if label["date"] is not None and doc.date is not None and doc.date.isoformat() == label["date"]:
            assert _values(record, "269", "a") == [label["date"]], label["file"]
            checked += 1
        if (
            label.get("letter")
            and doc.letter is not None
            and _norm(doc.letter.title) == _norm(label["letter"]["title"])
        ):
            assert [_norm(t) for t in _values(record, "245", "a")] == [_norm(label["letter"]["title"])], label["file"]
            checked += 1
        items = [(i["number"], i["sub_item"]) for i in label["agenda_items"]]
        if items == [(i.number, i.sub_item) for i in doc.agenda_items]:
            expected = [str(n) if s is None else f"{n} ({s})" for n, s in items]
            assert _values(record, "991", "b") == expected, label["file"]
            checked += 1
        cited = _values(record, "993", "a")
        assert set(label["references"]) <= set(cited), label["file"]
    assert checked >= 0.95 * labelled, (checked, labelled)


def test_041_gives_the_language_of_the_copy_and_of_the_original() -> None:
    doc = ud.Document(language=ud.Language.FRENCH, original_language=ud.Language.ENGLISH)
    field = to_marc(doc).get_fields("041")[0]
    assert (field.indicator1, field.get_subfields("a"), field.get_subfields("h")) == ("1", ["fre"], ["eng"])
    same = to_marc(ud.Document(language=ud.Language.FRENCH, original_language=ud.Language.FRENCH))
    assert same.get_fields("041")[0].get_subfields("a", "h") == ["fre"]
