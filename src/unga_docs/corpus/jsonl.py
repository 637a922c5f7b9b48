"""JSON Lines of parse results: `write_jsonl` writes one result per line, `read_jsonl` reads them back."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from typing import IO

import attrs

from unga_docs.corpus.files import open_text
from unga_docs.corpus.pool import ParseResult
from unga_docs.errors import DataError, Diagnostic, DiagnosticKind, ParseError, UngaDocsError, ValidationError
from unga_docs.formats.json import JsonValue, from_dict, json_dumps, to_dict

__all__ = ["read_jsonl", "write_jsonl"]

# The fields each error class needs to be rebuilt (besides its message), read from its attributes.
_ERROR_FIELDS: dict[str, tuple[str, ...]] = {
    "ParseError": ("reason", "line", "column", "text"),
    "DataError": ("reason", "path"),
    "ValidationError": ("owner", "field"),
}


def _error_to_dict(error: UngaDocsError) -> dict[str, JsonValue]:
    name = type(error).__name__
    fields: dict[str, JsonValue] = {f: getattr(error, f) for f in _ERROR_FIELDS.get(name, ())}
    return {"type": name, "message": str(error), **fields}


def _error_from_dict(data: object) -> UngaDocsError:
    if not isinstance(data, dict) or not isinstance(data.get("message"), str):
        raise ValueError("error: expected an object with a message")
    kind, message = data.get("type"), data["message"]
    try:
        if kind == "ParseError":
            return ParseError(data["reason"], line=data["line"], column=data["column"], text=data["text"])
        if kind == "DataError":
            return DataError(data["reason"], path=data["path"])
        if kind == "ValidationError":
            return ValidationError(message, owner=data["owner"], field=data["field"])
    except KeyError as e:
        raise ValueError(f"error: missing field {e}") from None
    return UngaDocsError(message)


def _diagnostic_from_dict(data: object) -> Diagnostic:
    if not isinstance(data, dict):
        raise ValueError("diagnostics: expected objects")
    try:
        return Diagnostic(
            kind=DiagnosticKind(data["kind"]), line=data["line"], text=data["text"], message=data["message"]
        )
    except (KeyError, TypeError) as e:
        raise ValueError(f"diagnostics: {e}") from None


def _result_line(result: ParseResult) -> str:
    if not isinstance(result, ParseResult):
        raise TypeError(f"expected ParseResult items, not {type(result).__name__}")
    record: dict[str, JsonValue] = {
        "source": result.source,
        "error": None if result.error is None else _error_to_dict(result.error),
        "diagnostics": [
            {"kind": d.kind.value, "line": d.line, "text": d.text, "message": d.message} for d in result.diagnostics
        ],
        "document": None if result.document is None else to_dict(result.document),
    }
    return json_dumps(record)


def _result_from_line(line: str) -> ParseResult:
    record = json.loads(line)
    if not isinstance(record, dict) or not isinstance(record.get("source"), str):
        raise ValueError("expected an object with a source")
    unknown = record.keys() - {"source", "error", "diagnostics", "document"}
    if unknown:
        raise ValueError(f"unknown field(s): {', '.join(sorted(unknown))}")
    diagnostics = tuple(_diagnostic_from_dict(d) for d in record.get("diagnostics") or ())
    if record.get("document") is not None:
        doc = from_dict(record["document"])
        if diagnostics:
            doc = attrs.evolve(doc, diagnostics=diagnostics)
        return ParseResult(source=record["source"], document=doc, diagnostics=diagnostics)
    return ParseResult(source=record["source"], error=_error_from_dict(record.get("error")), diagnostics=diagnostics)


def write_jsonl(results: Iterable[ParseResult], path_or_file: str | os.PathLike[str] | IO[str]) -> int:
    r"""Write the results as JSON Lines, one result per line, streaming; `read_jsonl` reads them back.

    Each line is an object ``{"source": ..., "error": ..., "diagnostics": [...], "document": ...}``: ``document`` is
    exactly what `unga_docs.to_json` writes (with its ``schema_version``), or null when the document could not be
    read; ``error`` is null or ``{"type": "ParseError", "message": ..., ...}`` with the error's fields;
    ``diagnostics`` are objects with ``kind``, ``line``, ``text`` and ``message``. A name ending in ``.gz`` is
    written gzip-compressed.

    Args:
        results: parse results, as `parse_many` gives them.
        path_or_file: the file to write (replaced if it exists), or a text file object to write to.

    Returns:
        The number of lines (results) written.

    Example:
        >>> import io, json
        >>> from unga_docs.corpus import parse_many, write_jsonl
        >>> title = "Letter dated 1 May 2023 from Chile addressed to the Secretary-General"
        >>> buffer = io.StringIO()
        >>> write_jsonl(parse_many([("a", title)]), buffer)
        1
        >>> record = json.loads(buffer.getvalue())
        >>> list(record), record["document"]["letter"]["title"][:20]
        (['source', 'error', 'diagnostics', 'document'], 'Letter dated 1 May 2')
    """
    if isinstance(path_or_file, (str, os.PathLike)):
        with open_text(path_or_file, "w") as f:
            return _write_lines(results, f)
    return _write_lines(results, path_or_file)


def _write_lines(results: Iterable[ParseResult], f: IO[str]) -> int:
    count = 0
    for result in results:
        f.write(_result_line(result) + "\n")
        count += 1
    return count


def read_jsonl(path_or_file: str | os.PathLike[str] | IO[str]) -> Iterator[ParseResult]:
    """Read the results `write_jsonl` wrote, one by one (streaming); blank lines are skipped.

    Raises:
        DataError: a line is not a result; the message names the line (``corpus.jsonl, line 3: ...``).

    Example:
        >>> import io
        >>> from unga_docs.corpus import read_jsonl
        >>> line = '{"source": "x.md", "error": {"type": "UngaDocsError", "message": "x.md: cannot read"}}'
        >>> [(r.source, str(r.error)) for r in read_jsonl(io.StringIO(line))]
        [('x.md', 'x.md: cannot read')]
    """
    if isinstance(path_or_file, (str, os.PathLike)):
        name = os.fspath(path_or_file)
        with open_text(path_or_file, "r") as f:
            yield from _read_lines(f, name)
    else:
        yield from _read_lines(path_or_file, getattr(path_or_file, "name", "<file>"))


def _read_lines(f: Iterable[str], name: object) -> Iterator[ParseResult]:
    for number, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            result = _result_from_line(line)
        except DataError as e:
            raise DataError(f"{name}, line {number}, document: {e.reason}", path=e.path) from None
        except (ValueError, TypeError, RecursionError) as e:
            raise DataError(f"{name}, line {number}: {e}") from None
        yield result
