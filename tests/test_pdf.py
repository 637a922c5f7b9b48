"""The PDF reader: real 2025 UN PDFs, the lossless law over their text layer, and hostile PDFs.

The corpus PDFs are read from ``$UNGA_DOCS_CORPUS/pdf/pNNN/source.pdf`` (never copied into the project); the
extra ``pdf`` is part of ``dev``, so these tests run wherever the test suite runs.
"""

from __future__ import annotations

import collections
import io
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import unga_docs as ud
from unga_docs.blocks import Line
from unga_docs.formats.pdf import lex_pdf

CORPUS = Path(os.environ.get("UNGA_DOCS_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus"))
PDFS = CORPUS / "pdf"
LABELS: dict[str, dict[str, object]] = (
    {x["file"].split("/")[0]: x for x in json.loads((PDFS / "labels.json").read_text(encoding="utf-8"))}
    if (PDFS / "labels.json").is_file()
    else {}
)
_WORD = re.compile(r"[^\W_]+")


@pytest.fixture(scope="module")
def pdfs() -> Path:
    """The corpus PDF folder; skipped only when the corpus is not there at all."""
    if not PDFS.is_dir():
        pytest.skip(f"no PDF corpus at {PDFS} (set UNGA_DOCS_CORPUS)")
    return PDFS


def source(pdfs: Path, name: str) -> Path:
    return pdfs / name / "source.pdf"


def text_layer(path: Path | bytes) -> str:
    """The text layer as pypdfium2 extracts it, page by page."""
    doc = pdfium.PdfDocument(path)
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            out.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(out)
    finally:
        doc.close()


def words(text: str) -> collections.Counter[str]:
    # PDFium marks a line-end hyphen it joined with U+FFFE: the reader prints it as a hyphen.
    return collections.Counter(w.casefold() for w in _WORD.findall(text.replace("\ufffe", "-")))


def _values(value: object) -> Iterator[str]:
    """The strings and numbers of a `to_dict` value (an agenda item's number once per item)."""
    if isinstance(value, dict):
        for v in value.values():
            yield from _values(v)
    elif isinstance(value, list):
        for v in value:
            yield from _values(v)
    elif isinstance(value, (str, int)) and not isinstance(value, bool):
        yield str(value)


def kept_words(doc: ud.Document) -> collections.Counter[str]:
    """The words the model holds (its canonical text, or its values where they hold more) and the diagnostics."""
    kept = words(ud.to_text(doc)) | words(" ".join(_values(ud.to_dict(doc))))
    for d in doc.diagnostics:
        kept.update(words(d.text))
    return kept


def _one_page_pdf(text: str | None) -> bytes:
    """A one-page PDF with *text* on it (none: a blank page, as a scan without a text layer reads)."""
    doc = pdfium.PdfDocument.new()
    page = doc.new_page(612, 792)
    if text is not None:
        font = pdfium.raw.FPDFText_LoadStandardFont(doc, b"Helvetica")
        obj = pdfium.raw.FPDFPageObj_CreateTextObj(doc, font, 10.0)
        encoded = (text + "\x00").encode("utf-16-le")
        buf = (pdfium.raw.c_ushort * (len(encoded) // 2)).from_buffer_copy(encoded)
        pdfium.raw.FPDFText_SetText(obj, buf)
        pdfium.raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, 72, 700)
        pdfium.raw.FPDFPage_InsertObject(page, obj)
        pdfium.raw.FPDFPage_GenerateContent(page)
    out = io.BytesIO()
    doc.save(out)
    page.close()
    doc.close()
    return out.getvalue()


# -- the corpus -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(LABELS))
def test_no_word_of_the_text_layer_is_lost(pdfs: Path, name: str) -> None:
    """The lossless law for PDFs: every word PDFium extracts lands in the model or in a diagnostic."""
    path = source(pdfs, name)
    doc = ud.read(path)
    lost = words(text_layer(path)) - kept_words(doc)
    assert not lost, f"words lost: {dict(lost)}"


@pytest.mark.parametrize("name", sorted(n for n, lab in LABELS.items() if lab.get("letter") is None))
def test_a_resolution_reads_as_no_letter(pdfs: Path, name: str) -> None:
    doc = ud.read(source(pdfs, name))
    assert doc.letter is None
    assert doc.symbols


@pytest.mark.parametrize("name", sorted(n for n, lab in LABELS.items() if lab.get("letter") is not None))
def test_masthead_and_letter(pdfs: Path, name: str) -> None:
    """The masthead's symbols and date, the letter's title and its paragraph count (as the PDF prints them)."""
    lab = LABELS[name]
    doc = ud.from_pdf(source(pdfs, name).read_bytes())  # bytes read the same as a path
    symbols = lab["symbols"]
    assert isinstance(symbols, list)
    assert sorted(str(s).replace("\u2013", "-") for s in doc.symbols) == sorted(symbols)
    assert doc.date is not None
    assert doc.date.isoformat() == lab["date"]
    assert doc.letter is not None
    letter = lab["letter"]
    assert isinstance(letter, dict)
    assert re.sub(r"\s+", " ", doc.letter.title) == re.sub(r"\s+", " ", letter["title"])
    if lab.get("complete") and lab.get("paragraph_count"):
        assert len(doc.letter.paragraphs) == lab["paragraph_count"]


def test_joint_masthead_agenda_and_signature(pdfs: Path) -> None:
    """p001: the two-column joint masthead, agenda titles wrapped in their column, a right-aligned signature."""
    doc = ud.read(source(pdfs, "p001"))
    assert [str(s) for s in doc.symbols] == ["A/79/718", "S/2025/21"]
    assert [(s.organ.value, s.number) for s in doc.sessions] == [("General Assembly", 79), ("Security Council", 80)]
    assert doc.agenda_items[0].title == "The situation in the temporarily occupied territories of Ukraine"
    assert doc.letter is not None
    assert [(s.name, s.titles) for s in doc.letter.signatures] == [
        ("Sergiy Kyslytsya", ("Ambassador", "Permanent Representative"))
    ]
    assert doc.job_number == "25-00430"


def test_furniture_is_reported_with_its_page(pdfs: Path) -> None:
    """Running headers and footers are set aside wherever they stand, with the page they stand on."""
    lines = lex_pdf(source(pdfs, "p001"))
    furniture = [(x.page, x.text) for x in lines if x.furniture]
    assert (2, "A/79/718") in furniture
    assert (2, "2/2") in furniture
    assert all(x.page in (1, 2) for x in lines)
    doc = ud.read(source(pdfs, "p001"))
    assert any(d.kind is ud.DiagnosticKind.FURNITURE and d.text == "2/2" for d in doc.diagnostics)


def test_landscape_pages_keep_their_header_out_of_the_text(pdfs: Path) -> None:
    """p017: the annex table's landscape pages carry the running header turned along their side."""
    doc = ud.read(source(pdfs, "p017"))
    assert doc.letter is not None
    assert not any("S/2025/204" in p for a in doc.annexes for p in a.paragraphs)


def test_a_hyphenated_line_end_keeps_its_hyphen(pdfs: Path) -> None:
    """p001: a URL that PDFium joined over a line end is one word again, with its hyphen."""
    doc = ud.read(source(pdfs, "p001"))
    text = ud.to_text(doc)
    assert "postrazhdalo-she-ponad-80" in text


def test_cli_shows_a_pdf(pdfs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from unga_docs.cli import main

    assert main(["show", str(source(pdfs, "p045"))]) == 0
    assert "S/2025/13" in capsys.readouterr().out


# -- hostile PDFs ---------------------------------------------------------------------------------------------


def test_a_pdf_without_its_suffix_is_detected(tmp_path: Path, pdfs: Path) -> None:
    p = tmp_path / "letter"
    p.write_bytes(source(pdfs, "p045").read_bytes())
    assert ud.read(p).letter is not None


def test_not_a_pdf() -> None:
    with pytest.raises(ud.UngaDocsError, match="not a PDF"):
        ud.from_pdf(b"General Assembly")


def test_truncated(pdfs: Path) -> None:
    data = source(pdfs, "p001").read_bytes()
    for cut in (10, 200, len(data) // 2):
        with pytest.raises(ud.UngaDocsError, match="PDF"):
            ud.from_pdf(data[:cut])


def test_encrypted(pdfs: Path) -> None:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=str(source(pdfs, "p045")))
    writer.encrypt(user_password="secret", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(ud.UngaDocsError, match="encrypted"):
        ud.from_pdf(out.getvalue())


def test_zero_pages() -> None:
    doc = pdfium.PdfDocument.new()
    out = io.BytesIO()
    doc.save(out)
    doc.close()
    with pytest.raises(ud.UngaDocsError, match="no pages"):  # PDFium refuses to open it: the reader says why
        ud.from_pdf(out.getvalue())


def test_image_only_needs_ocr() -> None:
    with pytest.raises(ud.UngaDocsError, match="OCR"):
        ud.from_pdf(_one_page_pdf(None))


def test_only_furniture_needs_ocr() -> None:
    """A scan whose only text is a typed footer (in the page's bottom band) is refused, not read as empty."""
    doc = pdfium.PdfDocument(_one_page_pdf("25-00430 (E) 170125"))
    page = doc[0]
    for obj in page.get_objects():
        obj.transform(pdfium.PdfMatrix().translate(0, -680))  # into the footer band
    page.gen_content()
    out = io.BytesIO()
    doc.save(out)
    page.close()
    doc.close()
    with pytest.raises(ud.UngaDocsError, match="OCR"):
        ud.from_pdf(out.getvalue())


def test_not_a_un_document() -> None:
    doc = ud.from_pdf(_one_page_pdf("Minutes of the garden club, spring meeting"))
    assert doc.letter is None
    assert "garden" in ud.to_text(doc) or any("garden" in d.text for d in doc.diagnostics)


def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    with pytest.raises(ud.UngaDocsError, match=r"unga-docs\[pdf\]"):
        ud.from_pdf(b"%PDF-1.7")


def test_five_hundred_pages_in_bounded_memory(pdfs: Path) -> None:
    """A 500-page PDF is read page by page (each page closed once read): a Document, memory bounded."""
    src = pdfium.PdfDocument(source(pdfs, "p045"))
    big = pdfium.PdfDocument.new()
    big.import_pages(src, [0] * 500)
    out = io.BytesIO()
    big.save(out)
    big.close()
    src.close()
    data = out.getvalue()
    before = _peak_rss()
    doc = ud.from_pdf(data)
    grown = _peak_rss() - before
    assert doc.letter is not None
    assert max(d.line for d in doc.diagnostics) > 500 * 3  # every page's furniture reported
    assert grown < 150_000_000  # PDFium holds one page at a time; Python holds the lines


def _peak_rss() -> int:
    """The process's peak resident memory in bytes (0 where the platform does not say)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak) if sys.platform == "darwin" else int(peak) * 1024


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_mutated_pdf_bytes(pdfs: Path, data: st.DataObject) -> None:
    """Any corruption of a real PDF gives a Document or a clean UngaDocsError, never a crash."""
    name = data.draw(st.sampled_from(sorted(LABELS)))
    raw = bytearray(source(pdfs, name).read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        i = data.draw(st.integers(0, len(raw) - 1))
        raw[i] = data.draw(st.integers(0, 255))
    try:
        doc = ud.from_pdf(bytes(raw))
    except ud.UngaDocsError:
        return
    assert isinstance(doc, ud.Document)


def test_line_layout_fields_default() -> None:
    line = Line(text="x", lineno=1)
    assert (line.page, line.furniture) == (0, False)


@pytest.mark.parametrize(
    ("raw", "text"),
    [("\x01", ""), ("\x07\x1f", ""), ("Distr.:\x0bGeneral\x01", "Distr.: General"), ("a\ud83db", "a b")],
)
def test_a_damaged_text_layer_gives_clean_lines(raw: str, text: str) -> None:
    """Control characters and lone surrogates in a text layer become spaces, as in every lexer's input.

    Found by tests/fuzz/fuzz_pdf.py on a mutated corpus PDF: a line of only control characters reached the
    assembler as an empty line (IndexError in the furniture rule).
    """
    from unga_docs.formats.pdf import _Segment, _Word

    segment = _Segment(words=[_Word(text=raw, x0=0.0, x1=1.0, base=0.0, size=10.0, bold=False)], page=1)
    assert segment.text == text
