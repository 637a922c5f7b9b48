"""Akoma Ntoso: the exact round trip, strict-schema validity, resolved references, and hostile XML."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given

import unga_docs as ud
from unga_docs.formats.akn import AknError, akn_schema, from_akn, to_akn, validate_akn
from unga_docs.strategies import documents

SAMPLE = "letter-2023-01-20-azerbaijan"


def _reference() -> ud.Document:
    return ud.parse(ud.samples.load(SAMPLE))


def _rich() -> ud.Document:
    """The reference document with every field the sample lacks, and the characters XML cannot carry."""
    doc = _reference()
    assert doc.letter is not None
    statement = ud.Statement(title="Joint statement \ufffe\uffff", date=dt.date(2023, 1, 19), paragraphs=("x",))
    return attrs.evolve(
        doc,
        symbols=(ud.Symbol.parse("A/77/715"), ud.Symbol.parse("S/2023/56")),
        organs=(ud.Organ.GENERAL_ASSEMBLY, ud.Organ.SECURITY_COUNCIL),
        sessions=(*doc.sessions, ud.Session(organ=ud.Organ.SECURITY_COUNCIL, number=78)),
        agenda_items=(*doc.agenda_items, ud.AgendaItem(number=68, sub_item="b"), ud.AgendaItem(number=68)),
        paragraphs=("Text before the title <b>&amp;",),
        footnotes=(ud.Footnote(marker="*", text="Reissued for technical reasons."),),
        job_number="23-01234",
        annexes=(
            *doc.annexes,
            ud.Annex(label="Annex II", paragraphs=("a\uffffb",), signatures=doc.letter.signatures, statement=statement),
        ),
    )


# The round trip and validity ----------------------------------------------------------------------------------


@given(documents())
def test_round_trip_and_schema(doc: ud.Document) -> None:
    xml = to_akn(doc)
    assert from_akn(xml) == doc
    validate_akn(xml)
    assert to_akn(doc) == xml  # deterministic


def test_reference_document() -> None:
    doc = _reference()
    xml = to_akn(doc)
    validate_akn(xml)
    assert from_akn(xml) == doc
    assert from_akn(xml.encode()) == doc


def test_rich_document() -> None:
    doc = _rich()
    xml = to_akn(doc)
    validate_akn(xml)
    assert from_akn(xml) == doc
    assert '<inline name="character" title="U+FFFE"/>' in xml
    assert "\ufffe" not in xml
    assert "\uffff" not in xml
    assert '<FRBRthis value="/akn/un/doc/communication/un-ga/2023-01-20/A-77-715/!main"/>' in xml
    assert '<FRBRalias value="S-2023-56" name="jointSymbol"/>' in xml
    assert '<FRBRnumber value="A-77-715" showAs="A/77/715"/>' in xml
    assert "/eng@2023-01-20/!annex_2" in xml
    assert '<ud:jobNumber xmlns:ud="https://unga-docs.readthedocs.io/ns/akn/1">23-01234</ud:jobNumber>' in xml
    assert '<authorialNote marker="*" placement="bottom" eId="footnotes__note_1">' in xml
    # each eId once, across the nested docs
    eids = re.findall(r'eId="([^"]+)"', xml)
    assert len(eids) == len(set(eids))


def test_corpus_documents(corpus: Path) -> None:
    files = sorted(corpus.glob("*.txt"))
    assert files
    for path in files:
        doc = ud.read(path)
        xml = to_akn(doc)
        assert from_akn(xml) == doc, path.name
        validate_akn(xml)


def test_every_session_reads_back() -> None:
    for organ in (ud.Organ.GENERAL_ASSEMBLY, ud.Organ.SECURITY_COUNCIL):
        for kind in ud.SessionKind if organ is ud.Organ.GENERAL_ASSEMBLY else (ud.SessionKind.REGULAR,):
            for number in range(1, 200):
                doc = ud.Document(sessions=(ud.Session(organ=organ, number=number, kind=kind),))
                assert from_akn(to_akn(doc)) == doc


def test_schema_is_strict() -> None:
    """The schema check can fail: a person without @refersTo, and a reference to nothing, are refused."""
    xml = to_akn(_reference())
    broken = xml.replace('<person refersTo="#person_1" as="#role_1">', "<person>")
    with pytest.raises(AknError, match="refersTo"):
        validate_akn(broken)
    dangling = xml.replace('refersTo="#role_2"', 'refersTo="#role_9"')
    with pytest.raises(AknError, match="#role_9 names no eId"):
        validate_akn(dangling)
    assert akn_schema() is akn_schema()  # compiled once


# Hostile XML ----------------------------------------------------------------------------------------------------

_AKN = 'xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"'

BILLION_LAUGHS = f"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<akomaNtoso {_AKN}><doc name="officialLetter"><mainBody><p>&lol3;</p></mainBody></doc></akomaNtoso>"""

EXTERNAL = f"""<?xml version="1.0"?>
<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<akomaNtoso {_AKN}><doc name="officialLetter"><mainBody><p>&xxe;</p></mainBody></doc></akomaNtoso>"""

EXTERNAL_DTD = f"""<?xml version="1.0"?>
<!DOCTYPE akomaNtoso SYSTEM "http://example.org/akn.dtd">
<akomaNtoso {_AKN}/>"""


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, EXTERNAL, EXTERNAL_DTD], ids=["laughs", "entity", "dtd"])
def test_doctype_refused(xml: str) -> None:
    with pytest.raises(AknError, match="DOCTYPE") as e:
        from_akn(xml)
    assert e.value.path == "DOCTYPE"
    with pytest.raises(AknError, match="DOCTYPE"):
        from_akn(xml.encode())


def test_undeclared_entity_refused() -> None:
    with pytest.raises(AknError, match="not well-formed"):
        from_akn(f"<akomaNtoso {_AKN}><doc>&xxe;</doc></akomaNtoso>")


def test_deep_nesting_refused() -> None:
    deep = f"<akomaNtoso {_AKN}>" + "<container>" * 60 + "</container>" * 60 + "</akomaNtoso>"
    with pytest.raises(AknError, match="nested deeper than 40") as e:
        from_akn(deep)
    assert "container" in e.value.path
    very_deep = f"<akomaNtoso {_AKN}>" + "<x>" * 100_000 + "</x>" * 100_000 + "</akomaNtoso>"
    with pytest.raises(AknError):
        from_akn(very_deep)


def test_wrong_namespace_refused() -> None:
    xml = to_akn(_reference()).replace("legaldocml/ns/akn/3.0", "legaldocml/ns/akn/2.0")
    with pytest.raises(AknError, match="namespace") as e:
        from_akn(xml)
    assert e.value.path == "akomaNtoso"
    with pytest.raises(AknError, match="not <akomaNtoso>"):
        from_akn("<html/>")


def test_foreign_element_refused() -> None:
    xml = to_akn(_reference()).replace("<coverPage>", '<coverPage><x:evil xmlns:x="urn:x"/>')
    with pytest.raises(AknError, match=r"not in the Akoma Ntoso 3\.0 namespace") as e:
        from_akn(xml)
    assert e.value.path.endswith("coverPage/evil")


ACT = f"""<akomaNtoso {_AKN}>
  <act name="act">
    <meta>
      <identification source="#x">
        <FRBRWork><FRBRthis value="/akn/za/act/2009/1/!main"/><FRBRuri value="/akn/za/act/2009/1"/>
          <FRBRdate date="2009-01-01" name="Generation"/><FRBRauthor href="#x"/><FRBRcountry value="za"/>
        </FRBRWork>
        <FRBRExpression><FRBRthis value="/akn/za/act/2009/1/eng@/!main"/><FRBRuri value="/akn/za/act/2009/1/eng@"/>
          <FRBRdate date="2009-01-01" name="Generation"/><FRBRauthor href="#x"/><FRBRlanguage language="eng"/>
        </FRBRExpression>
        <FRBRManifestation><FRBRthis value="/akn/za/act/2009/1/eng@/!main"/><FRBRuri value="/akn/za/act/2009/1/eng@"/>
          <FRBRdate date="2009-01-01" name="Generation"/><FRBRauthor href="#x"/>
        </FRBRManifestation>
      </identification>
      <references source="#x"><TLCOrganization eId="x" href="/ontology/organization/x" showAs="x"/></references>
    </meta>
    <body><section eId="sec_1"><content><p>Text.</p></content></section></body>
  </act>
</akomaNtoso>"""


def test_act_is_not_a_communication() -> None:
    assert akn_schema().validate(__import__("lxml.etree").etree.fromstring(ACT.encode()))  # a valid AKN act
    with pytest.raises(AknError, match="not a UN communication") as e:
        from_akn(ACT)
    assert e.value.path == "akomaNtoso/act"


def test_other_subtype_is_not_a_communication() -> None:
    xml = to_akn(_reference()).replace('<FRBRsubtype value="communication"/>', '<FRBRsubtype value="report"/>', 1)
    with pytest.raises(AknError, match="not a UN communication") as e:
        from_akn(xml)
    assert e.value.path.endswith("FRBRWork/FRBRsubtype")


def test_bad_content_named() -> None:
    xml = to_akn(_reference())
    with pytest.raises(AknError, match="not a valid Organ") as e:
        from_akn(xml.replace("<docAuthority>General Assembly", "<docAuthority>General Assemblies"))
    assert e.value.path.endswith("coverPage/p[1]/docAuthority")
    with pytest.raises(AknError, match="white space") as e:
        from_akn(xml.replace('<p eId="para_1">On', '<p eId="para_1">  On'))
    assert e.value.path.endswith("doc")
    with pytest.raises(AknError, match="not expected inside a text") as e:
        from_akn(xml.replace('<p eId="para_1">On', '<p eId="para_1"><b>x</b>On'))
    assert e.value.path.endswith("mainBody/p[1]/b")
    with pytest.raises(TypeError):
        from_akn(42)  # type: ignore[arg-type]


def test_errors_are_the_family() -> None:
    assert issubclass(AknError, ud.DataError)
    assert issubclass(AknError, ud.UngaDocsError)


def test_read_xml_file(tmp_path: Path) -> None:
    path = tmp_path / "doc.xml"
    path.write_text(to_akn(_reference()), encoding="utf-8")
    assert ud.read(path) == _reference()
    assert ud.from_akn(ud.to_akn(_reference())) == _reference()


def test_cli_convert_to_akn(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from unga_docs.cli import main

    source = tmp_path / "letter.md"
    source.write_text(ud.samples.load(SAMPLE), encoding="utf-8")
    assert main(["convert", str(source), "--to", "akn"]) == 0
    xml = capsys.readouterr().out
    validate_akn(xml)
    assert from_akn(xml) == _reference()
    out = tmp_path / "letter.xml"
    assert main(["convert", str(source), "--to", "akn", "-o", str(out)]) == 0
    assert ud.read(out) == _reference()


_BLOCKED = """
import sys
sys.modules[{module!r}] = None  # as if the extra were not installed
import unga_docs as ud
doc = ud.Document()
try:
    ud.{name}({arg})
except ud.UngaDocsError as e:
    print(type(e).__name__, e)
"""


@pytest.mark.parametrize(
    ("module", "name", "arg", "extra"),
    [
        ("lxml", "to_akn", "doc", "xml"),
        ("lxml", "from_akn", "'<x/>'", "xml"),
        ("pymarc", "to_marc", "doc", "marc"),
        ("pymarc", "to_marcxml", "[doc]", "marc"),
    ],
)
def test_missing_extra_is_named(module: str, name: str, arg: str, extra: str) -> None:
    import subprocess
    import sys

    code = _BLOCKED.format(module=module, name=name, arg=arg)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert run.stdout.startswith("UngaDocsError")
    assert f"unga-docs[{extra}]" in run.stdout


def test_doctype_refused_in_any_encoding() -> None:
    """The byte scan misses a UTF-16 DOCTYPE; the parsed tree's doctype is checked too, entities unexpanded."""
    data = BILLION_LAUGHS.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>')
    with pytest.raises(AknError, match="DOCTYPE") as e:
        from_akn(data.encode("utf-16"))
    assert e.value.path == "DOCTYPE"


def test_comments_and_processing_instructions_are_not_content() -> None:
    xml = to_akn(_reference())
    marked = xml.replace("<mainBody>", "<mainBody><!-- a comment --><?pi x?>").replace(
        '<p eId="para_1">On', '<p eId="para_1">On<!-- inside -->'
    )
    assert from_akn(marked) == _reference()


def test_the_parser_itself_expands_nothing() -> None:
    """Behind the DOCTYPE refusal, the parser neither resolves entities nor reads files or the network."""
    from lxml import etree

    from unga_docs.formats._akn_common import _PARSER

    external = etree.fromstring(EXTERNAL.encode(), _PARSER)
    assert "root:" not in etree.tostring(external, encoding="unicode")  # /etc/passwd was not read
    laughs = etree.fromstring(BILLION_LAUGHS.encode(), _PARSER)
    assert len(etree.tostring(laughs)) < 2_000  # &lol3; stays a reference, never a thousand "lol"s
    dtd = etree.fromstring(EXTERNAL_DTD.encode(), _PARSER)  # no fetch of http://example.org/akn.dtd
    assert dtd.getroottree().docinfo.system_url == "http://example.org/akn.dtd"


def test_cli_without_the_extra_says_which(tmp_path: Path) -> None:
    import subprocess
    import sys

    source = tmp_path / "letter.md"
    source.write_text(ud.samples.load(SAMPLE), encoding="utf-8")
    code = (
        "import sys; sys.modules['lxml'] = None\n"
        "from unga_docs.cli import main\n"
        f"sys.exit(main(['convert', {str(source)!r}, '--to', 'akn']))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 1
    assert "unga-docs[xml]" in run.stderr
    assert "Traceback" not in run.stderr


def test_cli_bad_xml_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from unga_docs.cli import main

    bad = tmp_path / "bad.xml"
    bad.write_text(ACT, encoding="utf-8")
    assert main(["convert", str(bad), "--to", "json"]) == 1
    err = capsys.readouterr().err
    assert "not a UN communication" in err
    assert len(err.splitlines()) == 1


def test_the_expression_is_in_the_language_of_the_copy() -> None:
    """A French copy is a French expression (FRBRlanguage, the expression IRI), and still valid and read back."""
    doc = ud.Document(language=ud.Language.FRENCH, date=dt.date(2023, 1, 20), paragraphs=("Texte.",))
    xml = ud.to_akn(doc)
    assert '<FRBRlanguage language="fra"/>' in xml
    assert "/fra@2023-01-20" in xml
    assert ud.from_akn(xml) == doc


@pytest.mark.parametrize("sub_item", [None, "b", "xviii", "xcix"])
def test_agenda_reference_is_read_as_the_lexicon_writes_it(sub_item: str | None) -> None:
    """The reference is written and read from one definition (the English lexicon's agenda line)."""
    from unga_docs.formats._akn_common import _AGENDA
    from unga_docs.grammar.agenda import agenda_item_line

    m = _AGENDA.fullmatch(agenda_item_line(68, sub_item))
    assert m is not None
    assert m.groups() == ("68", sub_item)
    doc = ud.Document(agenda_items=(ud.AgendaItem(number=68, sub_item=sub_item),))
    assert f">{agenda_item_line(68, sub_item)}</ref>" in to_akn(doc)
    assert from_akn(to_akn(doc)) == doc
