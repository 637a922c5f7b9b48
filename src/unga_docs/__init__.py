"""unga_docs: a typed model of United Nations General Assembly letters, read from and written to text.

Example:
    >>> import unga_docs as ud
    >>> doc = ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))
    >>> doc.letter.kind, [a.number for a in doc.agenda_items][:3]
    (<LetterKind.LETTER: 'letter'>, [30, 68, 73])
"""

from __future__ import annotations

from unga_docs import samples
from unga_docs.api import detect, parse, read
from unga_docs.enums import Distribution, Language, LetterKind, Organ, SessionKind
from unga_docs.errors import DataError, Diagnostic, DiagnosticKind, ParseError, UngaDocsError, ValidationError
from unga_docs.formats.html import to_html
from unga_docs.formats.json import SCHEMA_VERSION, from_dict, from_json, json_schema, to_dict, to_json
from unga_docs.formats.markdown import from_markdown, to_markdown
from unga_docs.formats.pdf import from_pdf
from unga_docs.formats.text import from_text, to_text
from unga_docs.grammar import Title, parse_title, write_title
from unga_docs.model import (
    AgendaItem,
    Annex,
    Document,
    Footnote,
    Letter,
    Session,
    Signature,
    Statement,
)
from unga_docs.symbols import Symbol, find_symbols

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "AgendaItem",
    "Annex",
    "DataError",
    "Diagnostic",
    "DiagnosticKind",
    "Distribution",
    "Document",
    "Footnote",
    "Language",
    "Letter",
    "LetterKind",
    "Organ",
    "ParseError",
    "Session",
    "SessionKind",
    "Signature",
    "Statement",
    "Symbol",
    "Title",
    "UngaDocsError",
    "ValidationError",
    "__version__",
    "detect",
    "find_symbols",
    "from_dict",
    "from_json",
    "from_markdown",
    "from_pdf",
    "from_text",
    "json_schema",
    "parse",
    "parse_title",
    "read",
    "samples",
    "to_dict",
    "to_html",
    "to_json",
    "to_markdown",
    "to_text",
    "write_title",
]
