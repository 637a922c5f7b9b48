"""unga_docs: a typed model of United Nations General Assembly letters, read from and written to text.

Example:
    >>> import unga_docs as ud
    >>> doc = ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))
    >>> doc.letter.kind, [a.number for a in doc.agenda_items][:3]
    (<LetterKind.LETTER: 'letter'>, [30, 68, 73])
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from unga_docs import samples
from unga_docs.api import detect, parse, read
from unga_docs.enums import Distribution, Language, LetterKind, Organ, SessionKind
from unga_docs.errors import DataError, Diagnostic, DiagnosticKind, ParseError, UngaDocsError, ValidationError
from unga_docs.formats.html import to_html
from unga_docs.formats.json import SCHEMA_VERSION, from_dict, from_json, json_schema, to_dict, to_json
from unga_docs.formats.markdown import from_markdown, to_markdown
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

if TYPE_CHECKING:
    from unga_docs.formats.akn import from_akn, to_akn
    from unga_docs.formats.marc import to_marc, to_marcxml

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
    "from_akn",
    "from_dict",
    "from_json",
    "from_markdown",
    "from_text",
    "json_schema",
    "parse",
    "parse_title",
    "read",
    "samples",
    "to_akn",
    "to_dict",
    "to_html",
    "to_json",
    "to_marc",
    "to_markdown",
    "to_marcxml",
    "to_text",
    "write_title",
]


# The standards (Akoma Ntoso, MARC 21) need optional extras: their names are imported on first use. ------------------
_STANDARDS = {
    "from_akn": "unga_docs.formats.akn",
    "to_akn": "unga_docs.formats.akn",
    "to_marc": "unga_docs.formats.marc",
    "to_marcxml": "unga_docs.formats.marc",
}


def __getattr__(name: str) -> object:
    """Import `to_akn`, `from_akn`, `to_marc` and `to_marcxml` when first used (lxml and pymarc are optional).

    Without the extra, the name is a function that raises `UngaDocsError` naming the extra to install.
    """
    if name not in _STANDARDS:
        raise AttributeError(f"module 'unga_docs' has no attribute {name!r}")
    import importlib

    try:
        value: object = getattr(importlib.import_module(_STANDARDS[name]), name)
    except UngaDocsError as e:
        message = str(e)

        def unavailable(*args: object, **kwargs: object) -> object:
            raise UngaDocsError(message)

        unavailable.__name__ = name
        return unavailable
    globals()[name] = value
    return value
