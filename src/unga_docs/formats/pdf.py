"""PDF: characters with their fonts and positions -> the typed lines the one assembler reads (reading only).

The PDF says more about layout than any text rendering of it, and the lexer uses it instead of guessing:

* **Words and lines.** PDFium (through the optional dependency pypdfium2, extra ``pdf``) gives the text layer in
  reading order with its own line breaks; for every word the lexer takes the box of its first and last character,
  the baseline, the font size and the weight. A line whose words stand far apart (more than two and a half em)
  is two columns: the joint masthead ("General Assembly" beside "Security Council"), a two-column signature line.
* **Page zones.** Text in the bottom band of a page (job number, date stamp, barcode, page number, "Please
  recycle") and, from the second page on, in the top band (the running header: symbol, "Page 2") is page
  furniture wherever it stands: its lines carry ``furniture=True`` and the assembler reports them as diagnostics.
* **Paragraphs.** A line starts a block when it stands further below the line before than the page's usual
  leading, when it is indented against the line before (the first-line indent), or when its font size changes.
  A line continues the line before (a soft wrap, joined here) when the line before was full: its first word would
  not have fitted at the end of the line before. Otherwise the break is a hard one, and the assembler decides
  from the text as it does for plain text. A paragraph that runs over a page break is joined the same way.
* **Characters.** Ligatures (U+FB00-FB06) are spelled out, soft hyphens dropped; PDFium marks a hyphen at a line
  end that it joined (U+FFFE) and the lexer prints it as the hyphen it is ("Secretary-General's").

Limits: no OCR (a PDF without a text layer raises `UngaDocsError`); tables are read row by row as text lines;
words are as PDFium segments them (it joins letter-spaced words itself:
no "jus tice" split appears in the corpus).
"""

from __future__ import annotations

import ctypes
import functools
import itertools
import os
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from unga_docs.assemble import assemble
from unga_docs.blocks import Line, clean
from unga_docs.errors import UngaDocsError
from unga_docs.model import Document

__all__ = ["from_pdf", "lex_pdf"]

#: What to install when pypdfium2 is missing.
_MISSING = "reading PDF needs the optional dependency pypdfium2: pip install 'unga-docs[pdf]'"

_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u00ad": None,  # soft hyphen: a possible break, not a character
        "\ufffe": "-",  # PDFium's mark for a line-end hyphen it joined
        "\ufffd": " ",
        "\x00": " ",
    }
)
_ODD = re.compile("[\ufb00-\ufb06\u00ad\ufffe\ufffd\x00]")
_NO_PAGES = re.compile(rb"/Count\s*0\b")
_SOME_PAGES = re.compile(rb"/Count\s*[1-9]")
_RULE = re.compile(r"^(?:_{3,}|-{3,}|={3,}|\*{3,})$")
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")

#: A column gap inside one PDFium line, in em.
_COLUMN_GAP = 2.5
#: The bottom band of a page that holds only furniture (job number, barcode, page number), as part of its height.
_FOOTER_BAND = 0.072
#: The top band of the second and later pages (the running header), as part of the page height.
_HEADER_BAND = 0.075


class _Word:
    """A word of a PDFium line, with its geometry (a plain slotted class: a page makes thousands of them)."""

    __slots__ = ("base", "bold", "end", "size", "text", "x0", "x1")

    def __init__(
        self, text: str, x0: float, x1: float, base: float, size: float, bold: bool, end: float | None = None
    ) -> None:
        self.text = text
        self.x0 = x0
        self.x1 = x1
        self.base = base  # the baseline, in points from the bottom of the page
        self.size = size
        self.bold = bold
        self.end = end  # the baseline of its last character, when the word runs over a line end

    def __repr__(self) -> str:
        return f"_Word(text={self.text!r}, x0={self.x0}, x1={self.x1}, base={self.base}, size={self.size})"


class _Segment:
    """A run of words on one baseline, in one column."""

    __slots__ = ("base", "furniture", "page", "size", "text", "words", "x0", "x1")

    def __init__(self, *, words: list[_Word], page: int) -> None:
        self.words = words
        self.page = page
        self.furniture = False
        self.x0 = words[0].x0
        self.x1 = words[-1].x1
        self.base = words[0].base
        size = words[0].size
        for w in words:
            if w.size > size:
                size = w.size
        self.size = size
        # A text layer may hold control characters and lone surrogates (a damaged PDF, a font without a
        # Unicode map): `clean` makes them spaces, as every lexer's input; white space is collapsed.
        self.text = " ".join(clean(" ".join([w.text for w in words])).split())  # (an empty word joins as spaces)


def _load() -> tuple[Any, Any]:
    """pypdfium2 and its raw PDFium bindings (untyped: ctypes), or the error that names the extra."""
    try:
        import pypdfium2  # type: ignore[import-untyped]
        import pypdfium2.raw  # type: ignore[import-untyped]
    except ImportError:
        raise UngaDocsError(_MISSING) from None
    return pypdfium2, pypdfium2.raw


def _open(source: str | os.PathLike[str] | bytes) -> Any:
    pdfium, _ = _load()
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        name = "PDF"
    else:
        p = Path(source)
        name = str(p)
        try:
            data = p.read_bytes()
        except OSError as e:
            raise UngaDocsError(f"{p}: cannot read ({e.strerror or e})") from None
    if not data.lstrip()[:5] == b"%PDF-":
        raise UngaDocsError(f"{name}: not a PDF (no %PDF- header)")
    try:
        return pdfium.PdfDocument(data)
    except Exception as e:  # PdfiumError: damaged, encrypted, unsupported
        if b"/Encrypt" in data and "password" in str(e).lower():
            raise UngaDocsError(f"{name}: the PDF is encrypted (a password is needed)") from None
        if _NO_PAGES.search(data) and not _SOME_PAGES.search(data):
            raise UngaDocsError(f"{name}: the PDF has no pages") from None
        raise UngaDocsError(f"{name}: cannot open the PDF, damaged or unsupported ({e})") from None


@functools.cache
def _bare(raw: Any) -> tuple[Any, ...]:
    """PDFium's per-character calls, typed to take pointers as bare addresses (made once).

    The bindings' typed pointer arguments cost a conversion on every call; a page makes thousands of calls, and
    bare addresses halve their cost. Each keeps the binding's return type and the library's function.
    """
    fns = []
    for name in ("FPDFText_GetCharBox", "FPDFText_GetCharOrigin", "FPDFText_GetFontSize", "FPDFText_GetFontWeight"):
        fn = getattr(raw, name)
        argtypes = [ctypes.c_int if a is ctypes.c_int else ctypes.c_void_p for a in fn.argtypes]
        address = ctypes.cast(fn, ctypes.c_void_p).value
        if not address:  # never for a loaded library; a null pointer must not be called
            raise UngaDocsError(f"PDFium has no {name}")
        fns.append(ctypes.CFUNCTYPE(fn.restype, *argtypes)(address))
    return tuple(fns)


def _page_words(raw: Any, textpage: Any) -> Iterator[list[_Word]]:
    """PDFium's lines of one page, as words with their geometry.

    A word costs four calls into PDFium (the boxes of its first and last character, its font's size and weight);
    the baseline is asked for only where a word does not stand level with the one before it.
    """
    r = raw
    tp = textpage  # PDFium's text page handle
    count = r.FPDFText_CountChars(tp)
    if count <= 0:
        return
    buf = ctypes.create_string_buffer((count + 1) * 2)
    got = r.FPDFText_GetText(tp, 0, count, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    units = memoryview(buf.raw).cast("H")[: max(got - 1, 0)]
    text = "".join(map(chr, units))
    odd = _ODD.search(text) is not None  # a ligature, a soft hyphen or a joined hyphen to resolve
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    ox, oy = ctypes.c_double(), ctypes.c_double()
    # The per-character calls take the handle and the out-parameters as bare addresses (`_bare`).
    pl, pr, pb, pt, pox, poy = map(ctypes.addressof, (left, right, bottom, top, ox, oy))
    box, origin, fsize, fweight = _bare(r)
    tp = ctypes.cast(tp, ctypes.c_void_p).value
    pos = 0
    for piece in text.split("\r\n"):
        words: list[_Word] = []
        level = (0.0, 0.0, 0.0)  # the bottom and top of the word before, and its baseline
        weight_size = -1.0  # the size of the word whose weight was asked for last
        bold = False
        for m in _WORD.finditer(piece):
            w = m.group()
            if odd:
                w = w.translate(_LIGATURES).strip()
                if not w:
                    continue
            s = pos + m.start()
            e = pos + m.end() - 1
            box(tp, s, pl, pr, pb, pt)
            x0, b0, t0 = left.value, bottom.value, top.value
            size = fsize(tp, s)
            if size != weight_size or not words:
                # The weight is asked for at a line's first word and where the size changes (headings are
                # whole lines in one font; a bold word inside a line of text decides nothing).
                bold = fweight(tp, s) >= 600
                weight_size = size
            em = 1.0 if size < 1.0 else size  # max(size, 1.0), inline
            # Level with the word before (their boxes overlap by more than 0.3 em): the same baseline.
            if words and (level[1] if level[1] < t0 else t0) - (level[0] if level[0] > b0 else b0) > em * 0.3:
                base = level[2]
            else:
                origin(tp, s, pox, poy)
                base = oy.value
            level = (b0, t0, base)
            if e == s:
                r0 = right.value
                words.append(_Word(w, x0, x0 if r0 < x0 else r0, base, size, bold))
                continue
            box(tp, e, pl, pr, pb, pt)
            x1 = right.value
            if top.value >= base - em * 0.2 and bottom.value <= base + em * 0.6:
                words.append(_Word(w, x0, x0 if x0 > x1 else x1, base, size, bold))
                continue
            # PDFium joined a word hyphenated at a line end: the word stays whole (on the first line), and an
            # empty word marks where the next line starts.
            k = s + 1
            while k < e:
                origin(tp, k, pox, poy)
                if abs(oy.value - base) > em * 0.6:
                    break
                k += 1
            box(tp, k - 1, pl, pr, pb, pt)
            x1_first = max(right.value, x0)
            # The word may run over more lines (a long link): the next words stand on its last line.
            origin(tp, e, pox, poy)
            base2 = oy.value
            words.append(_Word(text=w, x0=x0, x1=x1_first, base=base, size=size, bold=bold, end=base2))
            k = e
            while k > s + 1:
                origin(tp, k - 1, pox, poy)
                if abs(oy.value - base2) > em * 0.6:
                    break
                k -= 1
            box(tp, k, pl, pr, pb, pt)
            words.append(_Word(text="", x0=left.value, x1=max(x1, left.value), base=base2, size=size, bold=bold))
            level = (bottom.value, top.value, base2)
        if words:
            yield words
        pos += len(piece) + 2


_WORD = re.compile(r"[^ \t\u00a0\u2000-\u200b\u3000]+")


def _segments(words: list[_Word], page: int) -> Iterator[_Segment]:
    """Split one PDFium line into segments: at a new baseline, and at a column gap."""
    cur: list[_Word] = []
    for w in words:
        if cur:
            prev = cur[-1]
            em = w.size if w.size > prev.size else prev.size  # max(prev.size, w.size, 1.0), inline
            if em < 1.0:
                em = 1.0
            new_line = abs(w.base - prev.base) > em * 0.6 and not _raised(prev, w)
            if new_line or w.x0 - prev.x1 > em * _COLUMN_GAP or w.x0 < prev.x0 - em:
                yield _Segment(words=cur, page=page)
                cur = []
        cur.append(w)
    if cur:
        yield _Segment(words=cur, page=page)


def _raised(a: _Word, b: _Word) -> bool:
    """A footnote marker: a smaller word raised or lowered beside a word of the line."""
    return (b.size < a.size * 0.85 or a.size < b.size * 0.85) and abs(b.base - a.base) < max(a.size, b.size)


def _pages(source: str | os.PathLike[str] | bytes) -> Iterator[tuple[int, float, float, list[_Segment]]]:
    _, raw = _load()
    doc = _open(source)
    try:
        n = len(doc)
        if n == 0:
            raise UngaDocsError("the PDF has no pages")
        handle = doc.raw  # pages are loaded and closed with the bare calls: no Python object per page
        for index in range(n):
            page = raw.FPDF_LoadPage(handle, index)
            if not page:
                raise UngaDocsError(f"page {index + 1} of the PDF cannot be read, damaged (PDFium cannot load it)")
            try:
                width, height = raw.FPDF_GetPageWidthF(page), raw.FPDF_GetPageHeightF(page)
                textpage = raw.FPDFText_LoadPage(page)
                if not textpage:
                    raise UngaDocsError(f"page {index + 1} of the PDF cannot be read, damaged (no text page)")
                try:
                    segs: list[_Segment] = []
                    for words in _page_words(raw, textpage):
                        segs.extend(_segments(words, index + 1))
                finally:
                    raw.FPDFText_ClosePage(textpage)
            finally:
                raw.FPDF_ClosePage(page)
            yield index + 1, float(width), float(height), segs
    finally:
        doc.close()


def _mark_zones(segs: list[_Segment], page: int, width: float, height: float) -> None:
    for s in segs:
        if s.base < height * _FOOTER_BAND or (page > 1 and s.base > height * (1 - _HEADER_BAND)):
            s.furniture = True
        elif width > height and (s.x1 < width * _FOOTER_BAND or s.x0 > width * (1 - _FOOTER_BAND)):
            # A landscape page (an annex table) keeps the portrait header and footer, turned along its sides.
            s.furniture = True


def lex_pdf(source: str | os.PathLike[str] | bytes) -> list[Line]:
    """Turn a PDF's text layer into typed lines (see the module docstring for the layout rules).

    Args:
        source: a path to a PDF, or its bytes.

    Raises:
        UngaDocsError: pypdfium2 is not installed, or the file is not a readable PDF, is encrypted, has no
            pages, or has no text layer (a scan: it needs OCR first).
    """
    out: list[Line] = []
    lineno = 0
    body: list[_Segment] = []
    for page, width, height, segs in _pages(source):
        _mark_zones(segs, page, width, height)
        for s in segs:
            if not s.text:
                continue  # only the end of a word that PDFium joined to the line before
            lineno += 1
            if s.furniture:
                out.append(Line(text=s.text, lineno=lineno, block_start=True, page=page, furniture=True))
            else:
                body.append(s)
                out.append(Line(text=s.text, lineno=lineno, page=page))  # placeholder, rewritten below
    if not out:
        raise UngaDocsError("the PDF has no text layer (a scanned image?): it needs OCR first")
    if not body:  # a scan whose only text is a typed footer: nothing to read but furniture
        raise UngaDocsError("the PDF has no text outside its page headers and footers (a scan?): it needs OCR first")
    return _paragraphs(out, body)


def _margins(body: Sequence[_Segment]) -> tuple[float, float, float]:
    """The body's left and right margins and its usual leading."""
    lefts = Counter(round(s.x0) for s in body if len(s.text) > 30)
    rights = sorted(s.x1 for s in body if len(s.text) > 30) or sorted(s.x1 for s in body)
    left = float(lefts.most_common(1)[0][0]) if lefts else 0.0
    right = rights[int(len(rights) * 0.9)] if rights else 0.0
    gaps = Counter(
        round(a.base - b.base)
        for a, b in itertools.pairwise(body)
        if a.page == b.page and 0 < a.base - b.base < 3 * a.size and abs(a.size - b.size) < 0.5
    )
    leading = float(gaps.most_common(1)[0][0]) if gaps else 12.0
    return left, right, leading


def _paragraphs(lines: list[Line], body: list[_Segment]) -> list[Line]:
    left, right, leading = _margins(body)
    columns: dict[tuple[int, int], float] = {}  # (page, left edge) -> where the column's longest line ends
    for seg in body:
        for x in (round(seg.x0) - 1, round(seg.x0), round(seg.x0) + 1):
            key = (seg.page, x)
            columns[key] = max(columns.get(key, 0.0), seg.x1)
    out: list[Line] = []
    k = 0
    prev: _Segment | None = None
    open_line: int | None = None  # index in out of the line the current block is being built in
    parts: list[str] = []

    bold = True  # every word of the block being built is bold

    def close() -> None:
        nonlocal open_line, parts, bold
        if open_line is not None:
            line = out[open_line]
            # A block set in bold after the first page, standing apart, is a heading (an annex's title).
            heading = 3 if bold and line.block_start and line.page > 1 else 0
            out[open_line] = Line(
                text=_join(parts),
                lineno=line.lineno,
                heading=heading,
                block_start=line.block_start,
                wraps=line.wraps,
                page=line.page,
            )
        open_line = None
        parts = []

    held: list[Line] = []
    for line in lines:
        if line.furniture:
            held.append(line)
            continue
        s = body[k]
        k += 1
        text = s.text
        if _RULE.match(text):
            close()
            out.extend(held)
            held = []
            out.append(attrs.evolve(line, text="---", block_start=True, rule=True))
            prev = None
            continue
        start, soft = True, False
        if prev is not None:
            em = max(s.size, 1.0)
            first = s.words[0].x1 - s.words[0].x0
            # A line was full when the next line's first word would not have fitted after it; only a line that
            # starts at the left margin (or its first-line indent) can be full: right-aligned lines never wrap.
            # A narrower column (the masthead's agenda titles) is full where its longest line ends.
            measure = min(right, columns.get((prev.page, round(prev.x0)), right))
            # A block set apart to the right (a signature) wraps only where its lines share their left edge.
            full = prev.x1 + first + em * 0.5 >= measure and (prev.x0 <= left + em * 3.5 or abs(s.x0 - prev.x0) < 1.5)
            if s.page == prev.page:
                last = prev.words[-1].end
                gap = (prev.base if last is None else last) - s.base
                start = (
                    gap > leading + em * 0.35 or gap < 0 or _indented(s, prev, left) or abs(s.size - prev.size) > 0.6
                )
            else:
                start = _indented(s, prev, left) or abs(s.size - prev.size) > 0.6 or not full
            soft = not start and (full or _continues(prev, s))
        prev = s
        if soft and open_line is not None:
            parts.append(text)
            bold = bold and all(w.bold for w in s.words)
            continue
        close()
        out.extend(held)
        held = []
        out.append(Line(text=text, lineno=line.lineno, block_start=start, wraps=not start, page=line.page))
        open_line = len(out) - 1
        parts = [text]
        bold = all(w.bold for w in s.words)
    close()
    out.extend(held)
    return out


def _indented(s: _Segment, prev: _Segment, left: float) -> bool:
    """A first-line indent: the line starts right of the line before, near the left margin.

    A signature block or a right-aligned date stands far right of the margin, and starts nothing by its position.
    """
    em = max(s.size, 1.0)
    return s.x0 > prev.x0 + em * 0.8 and s.x0 <= left + em * 5


def _continues(prev: _Segment, s: _Segment) -> bool:
    """A narrow column's wrap (an agenda item's title): same left edge and font, no sentence end, lower case."""
    return (
        abs(s.x0 - prev.x0) < 1.5
        and s.words[0].bold == prev.words[-1].bold
        and s.text[:1].islower()
        and not prev.text.endswith((".", ":", ";"))
    )


def _join(parts: list[str]) -> str:
    text = parts[0]
    for p in parts[1:]:
        if text.endswith("-") and not text.endswith(" -") and p[:1].islower() and len(text) > 1 and text[-2].isalpha():
            text += p  # a word hyphenated at the line end keeps its hyphen ("Secretary-General")
        else:
            text = f"{text} {p}"
    return _SPACE.sub(" ", text).strip()


def from_pdf(source: str | os.PathLike[str] | bytes, *, strict: bool = False) -> Document:
    """Read a document from a PDF with a text layer (needs the extra ``pdf``: ``pip install 'unga-docs[pdf]'``).

    Args:
        source: a path to the PDF, or its bytes.
        strict: raise `ParseError` for text that cannot be placed, instead of keeping it and reporting a
            diagnostic.

    Raises:
        UngaDocsError: pypdfium2 is missing, or the PDF cannot be read, is encrypted, has no pages or no text
            layer.
        ParseError: only with ``strict=True``.
    """
    return assemble(lex_pdf(source), strict=strict)
