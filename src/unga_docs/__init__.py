"""unga_docs: a typed model of United Nations General Assembly letters, read from and written to text.

Every public name is importable from here. They are loaded on first use (module ``__getattr__``), so
``import unga_docs`` costs almost nothing and a script pays only for what it touches: the readers and writers on the
first `parse`, the corpus tools (`parse_many`, `to_dataframe`, `write_parquet`, ...) on the first use of one.

Example:
    >>> import unga_docs as ud
    >>> doc = ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))
    >>> doc.letter.kind, [a.number for a in doc.agenda_items][:3]
    (<LetterKind.LETTER: 'letter'>, [30, 68, 73])
    >>> ud.parse_many is ud.corpus.parse_many
    True
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (type checkers read the name as True)

if TYPE_CHECKING:  # what the lazy names below are, for type checkers, IDEs and readers
    from unga_docs import corpus, samples
    from unga_docs.api import detect, parse, read
    from unga_docs.corpus import (
        LEVELS,
        Level,
        ParseResult,
        Source,
        StartMethod,
        dask_parse,
        find_files,
        parquet_schema,
        parse_many,
        read_jsonl,
        to_dataframe,
        write_jsonl,
        write_parquet,
    )
    from unga_docs.enums import Distribution, Language, LetterKind, Organ, SessionKind
    from unga_docs.errors import DataError, Diagnostic, DiagnosticKind, ParseError, UngaDocsError, ValidationError
    from unga_docs.formats.akn import from_akn, to_akn
    from unga_docs.formats.html import to_html
    from unga_docs.formats.json import SCHEMA_VERSION, from_dict, from_json, json_schema, to_dict, to_json
    from unga_docs.formats.marc import to_marc, to_marcxml
    from unga_docs.formats.markdown import from_markdown, to_markdown
    from unga_docs.formats.pdf import from_pdf
    from unga_docs.formats.text import from_text, to_text
    from unga_docs.grammar import Title, parse_title, write_title
    from unga_docs.model import (
        AgendaItem,
        Anchor,
        Annex,
        Document,
        Footnote,
        Letter,
        Session,
        Signature,
        Statement,
    )
    from unga_docs.problems import Problem, ProblemKind, Severity, find_problems
    from unga_docs.symbols import Symbol, find_symbols

__version__ = "0.1.0"

#: Where each public name lives: the module it is loaded from on first use (a module itself when the name is one).
_LAZY: dict[str, str] = {
    "SCHEMA_VERSION": "unga_docs.formats.json",
    "LEVELS": "unga_docs.corpus",
    "AgendaItem": "unga_docs.model",
    "Anchor": "unga_docs.model",
    "Annex": "unga_docs.model",
    "DataError": "unga_docs.errors",
    "Diagnostic": "unga_docs.errors",
    "DiagnosticKind": "unga_docs.errors",
    "Distribution": "unga_docs.enums",
    "Document": "unga_docs.model",
    "Footnote": "unga_docs.model",
    "Language": "unga_docs.enums",
    "Letter": "unga_docs.model",
    "LetterKind": "unga_docs.enums",
    "Level": "unga_docs.corpus",
    "Organ": "unga_docs.enums",
    "ParseError": "unga_docs.errors",
    "ParseResult": "unga_docs.corpus",
    "Problem": "unga_docs.problems",
    "ProblemKind": "unga_docs.problems",
    "Session": "unga_docs.model",
    "SessionKind": "unga_docs.enums",
    "Severity": "unga_docs.problems",
    "Signature": "unga_docs.model",
    "Source": "unga_docs.corpus",
    "StartMethod": "unga_docs.corpus",
    "Statement": "unga_docs.model",
    "Symbol": "unga_docs.symbols",
    "Title": "unga_docs.grammar",
    "UngaDocsError": "unga_docs.errors",
    "ValidationError": "unga_docs.errors",
    "corpus": "unga_docs.corpus",
    "dask_parse": "unga_docs.corpus",
    "detect": "unga_docs.api",
    "find_files": "unga_docs.corpus",
    "find_problems": "unga_docs.problems",
    "find_symbols": "unga_docs.symbols",
    "from_dict": "unga_docs.formats.json",
    "from_json": "unga_docs.formats.json",
    "from_akn": "unga_docs.formats.akn",
    "from_markdown": "unga_docs.formats.markdown",
    "from_pdf": "unga_docs.formats.pdf",
    "from_text": "unga_docs.formats.text",
    "json_schema": "unga_docs.formats.json",
    "parquet_schema": "unga_docs.corpus",
    "parse": "unga_docs.api",
    "parse_many": "unga_docs.corpus",
    "parse_title": "unga_docs.grammar",
    "read": "unga_docs.api",
    "read_jsonl": "unga_docs.corpus",
    "samples": "unga_docs.samples",
    "to_dataframe": "unga_docs.corpus",
    "to_dict": "unga_docs.formats.json",
    "to_html": "unga_docs.formats.html",
    "to_json": "unga_docs.formats.json",
    "to_akn": "unga_docs.formats.akn",
    "to_markdown": "unga_docs.formats.markdown",
    "to_marc": "unga_docs.formats.marc",
    "to_marcxml": "unga_docs.formats.marc",
    "to_text": "unga_docs.formats.text",
    "write_jsonl": "unga_docs.corpus",
    "write_parquet": "unga_docs.corpus",
    "write_title": "unga_docs.grammar",
}

_MODULES = frozenset({"corpus", "samples"})


def __getattr__(name: str) -> object:
    """Load a public name on first use and keep it, so the next use is an ordinary attribute."""
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module 'unga_docs' has no attribute {name!r}")
    try:
        module = importlib.import_module(where)
    except ImportError:
        raise
    except Exception as e:  # an optional extra is missing: the module says which, as an UngaDocsError
        from unga_docs.errors import UngaDocsError

        if not isinstance(e, UngaDocsError):
            raise
        return _unavailable(name, str(e))
    value: object = module if name in _MODULES else getattr(module, name)
    globals()[name] = value
    return value


def _unavailable(name: str, message: str) -> object:
    """A stand-in for a function whose optional extra is not installed: calling it says which extra to install."""
    from unga_docs.errors import UngaDocsError

    def unavailable(*args: object, **kwargs: object) -> object:
        raise UngaDocsError(message)

    unavailable.__name__ = unavailable.__qualname__ = name
    return unavailable


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "LEVELS",
    "SCHEMA_VERSION",
    "AgendaItem",
    "Anchor",
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
    "Level",
    "Organ",
    "ParseError",
    "ParseResult",
    "Problem",
    "ProblemKind",
    "Session",
    "SessionKind",
    "Severity",
    "Signature",
    "Source",
    "StartMethod",
    "Statement",
    "Symbol",
    "Title",
    "UngaDocsError",
    "ValidationError",
    "__version__",
    "corpus",
    "dask_parse",
    "detect",
    "find_files",
    "find_problems",
    "find_symbols",
    "from_akn",
    "from_dict",
    "from_json",
    "from_markdown",
    "from_pdf",
    "from_text",
    "json_schema",
    "parquet_schema",
    "parse",
    "parse_many",
    "parse_title",
    "read",
    "read_jsonl",
    "samples",
    "to_akn",
    "to_dataframe",
    "to_dict",
    "to_html",
    "to_json",
    "to_marc",
    "to_markdown",
    "to_marcxml",
    "to_text",
    "write_jsonl",
    "write_parquet",
    "write_title",
]
