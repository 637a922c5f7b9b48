"""The front door: `parse` and `read` find out what they were given and hand it to the right reader."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Literal

from unga_docs.errors import UngaDocsError
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


def read(path: str | os.PathLike[str], *, strict: bool = False) -> Document:
    """Read a document from a file: ``.md`` as markdown, ``.txt`` as text, ``.json`` as JSON, ``.xml`` as Akoma Ntoso.

    Any other suffix is detected as markdown or text.

    Raises:
        UngaDocsError: the file cannot be read or decoded (the message names the file).
        ParseError: only with ``strict=True``.

    Example:
        >>> import unga_docs as ud
        >>> ud.read(ud.samples.path("letter-2023-01-20-azerbaijan")).date
        datetime.date(2023, 1, 20)
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        raise UngaDocsError(f"{p}: not UTF-8 text ({e.reason} at byte {e.start})") from None
    except OSError as e:
        raise UngaDocsError(f"{p}: cannot read ({e.strerror or e})") from None
    suffix = p.suffix.lower()
    if suffix == ".json":
        return from_json(text)
    if suffix in (".md", ".markdown"):
        return from_markdown(text, strict=strict)
    if suffix == ".txt":
        return from_text(text, strict=strict)
    if suffix == ".xml":  # Akoma Ntoso (the xml extra), imported only when asked for
        from unga_docs.formats.akn import from_akn

        return from_akn(text)
    return parse(text, strict=strict)
