"""The front door: `parse` and `read` find out what they were given and hand it to the right reader."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Literal

import attrs

from unga_docs.encodings import FALLBACK, decode
from unga_docs.errors import Diagnostic, DiagnosticKind, UngaDocsError
from unga_docs.formats.json import from_json
from unga_docs.formats.markdown import from_markdown
from unga_docs.formats.text import from_text
from unga_docs.model import Document

__all__ = ["Dialect", "detect", "parse", "read"]

#: The text dialects `parse` reads.
Dialect = Literal["markdown", "text"]

# Markdown shows itself by headings, bold text, footnote definitions or the canonical writer's "---" line; plain
# text has none of them (trailing spaces and long rules are common in plain text, so they prove nothing).
_MARKDOWN_SIGNS = re.compile(r"^(?:#{1,6}[ \t]+\S|---[ \t]*$|\[\^[^\]\s]+\]:)|\*\*\S", re.MULTILINE)


def detect(text: str) -> Dialect:
    r"""Say whether *text* is markdown or plain text.

    Example:
        >>> detect("# General Assembly\n\nDistr.: General"), detect("General Assembly\nDistr.: General")
        ('markdown', 'text')
    """
    return "markdown" if _MARKDOWN_SIGNS.search(text) else "text"


def parse(text: str, *, format: Dialect | None = None, strict: bool = False) -> Document:
    """Read a document from markdown or plain text.

    Args:
        text: the document's text.
        format: "markdown" or "text"; None (the default) detects it.
        strict: raise `ParseError` for text that cannot be placed, instead of keeping it as a paragraph and
            reporting a diagnostic.

    Raises:
        ParseError: only with ``strict=True``.
        TypeError: *text* is not a str.

    Example:
        >>> import unga_docs as ud
        >>> doc = ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))
        >>> doc.letter.sender
        'Permanent Representative of Azerbaijan to the United Nations'
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a str, not {type(text).__name__}")
    dialect = format or detect(text)
    if dialect == "markdown":
        return from_markdown(text, strict=strict)
    if dialect == "text":
        return from_text(text, strict=strict)
    raise ValueError(f"format must be 'markdown', 'text' or None, not {format!r}")


def read(path: str | os.PathLike[str], *, strict: bool = False, encoding: str | None = None) -> Document:
    """Read a document from a file: ``.md`` as markdown, ``.txt`` as text, ``.json`` as JSON, PDF, else detected.

    A file whose name ends in ``.pdf`` or whose bytes start with ``%PDF-`` is read as PDF (`from_pdf`: the
    extra ``pdf`` must be installed); ``.xml`` is read as Akoma Ntoso (`from_akn`: the extra ``xml``), in the
    encoding its XML declaration names.

    Args:
        path: the file.
        strict: raise `ParseError` for text that cannot be placed.
        encoding: the file's text encoding; None (the default): a byte-order mark (UTF-8, UTF-16, UTF-32), else
            UTF-8, else cp1252 — a cp1252 reading is reported as a diagnostic on line 1, never silent.

    Raises:
        UngaDocsError: the file cannot be read or decoded (the message names the file).
        ParseError: only with ``strict=True``.

    Example:
        >>> import unga_docs as ud
        >>> ud.read(ud.samples.path("letter-2023-01-20-azerbaijan")).date
        datetime.date(2023, 1, 20)
    """
    p = Path(path)
    if p.suffix.lower() == ".pdf" or _is_pdf(p):
        from unga_docs.formats.pdf import from_pdf  # the PDF reader needs the optional extra "pdf"

        return from_pdf(p, strict=strict)  # from the file: PDFium reads the pages it needs, not the whole
    try:
        data = p.read_bytes()
    except OSError as e:
        raise UngaDocsError(f"{p}: cannot read ({e.strerror or e})") from None
    suffix = p.suffix.lower()
    if suffix == ".xml":  # Akoma Ntoso (the xml extra), imported only when asked for
        from unga_docs.formats.akn import from_akn

        return from_akn(data if encoding is None else decode(data, encoding, name=str(p)).text)
    decoded = decode(data, encoding, name=str(p))
    text = decoded.text
    if suffix == ".json":
        return from_json(text)
    if suffix in (".md", ".markdown"):
        doc = from_markdown(text, strict=strict)
    elif suffix == ".txt":
        doc = from_text(text, strict=strict)
    else:
        doc = parse(text, strict=strict)
    if not decoded.fallback:
        return doc
    note = Diagnostic(
        kind=DiagnosticKind.NORMALISED,
        line=1,
        text=f"{p.name}: {FALLBACK}",
        message=f"the file is not UTF-8 and names no encoding: read as {FALLBACK} (pass encoding= to choose)",
    )
    return attrs.evolve(doc, diagnostics=(note, *doc.diagnostics))


def _is_pdf(p: Path) -> bool:
    """Does the file start with the PDF header (a PDF saved without its suffix)?"""
    try:
        with p.open("rb") as f:
            return f.read(5) == b"%PDF-"
    except OSError:
        return False  # reading it reports the error
