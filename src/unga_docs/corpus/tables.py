"""Tables of parse results: one row per document, agenda item, signatory or paragraph (docs/tables.md).

Each level is one tuple of columns; a column holds its name, type, description and the function that reads its value
from a record (a document, an agenda item, a signatory or a paragraph in its place). Rows are made from the columns
(``{column.name: column.value(record)}``), so the DataFrame, the Parquet schema and the rows cannot disagree on the
order or the number of columns.
"""

from __future__ import annotations

import collections
import importlib
import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any, Generic, Literal, TypeVar

import attrs

from unga_docs.corpus.pool import ParseResult
from unga_docs.errors import DiagnosticKind
from unga_docs.grammar import Title
from unga_docs.grammar.agenda import agenda_item_label
from unga_docs.model import AgendaItem, Anchor, Document, Signature
from unga_docs.problems import Problem, Severity, find_problems

if TYPE_CHECKING:
    import pandas
    import pyarrow

__all__ = ["LEVELS", "SEPARATOR", "TABLE_VERSION", "Level", "parquet_schema", "to_dataframe", "write_parquet"]

#: The rows of a table: one per document, agenda item, signatory or paragraph.
Level = Literal["document", "agenda_item", "signature", "paragraph"]
#: The table levels, in order.
LEVELS: tuple[Level, ...] = ("document", "agenda_item", "signature", "paragraph")
#: Parquet and DataFrame values that hold several strings join them with this.
SEPARATOR = "; "
#: The version of the table layout, kept in the Parquet files' metadata; it changes when a column does.
TABLE_VERSION = 2
#: Results per Parquet row group (a batch held in memory while writing).
_PARQUET_BATCH = 2048

_ColumnType = Literal["string", "int32", "date"]
_R = TypeVar("_R")


@attrs.frozen
class _Column(Generic[_R]):
    """A column of one level: its name, type, nullability, description, and how a record gives its value."""

    name: str
    type: _ColumnType
    nullable: bool
    description: str
    value: Callable[[_R], object] = attrs.field(eq=False, repr=False)


# --- the records a row is read from ------------------------------------------------------------------------------


@attrs.frozen
class _Place:
    """A place that holds paragraphs and signatures: "document", "letter", "annex" or "statement"."""

    name: str
    annex: int | None
    paragraphs: tuple[str, ...]
    signatures: tuple[Signature, ...]
    path: str  # the path of the place in the document, before "paragraphs[i]" (provenance)


def _places(doc: Document) -> Iterator[_Place]:
    yield _Place("document", None, doc.paragraphs, (), "")
    if doc.letter is not None:
        yield _Place("letter", None, doc.letter.paragraphs, doc.letter.signatures, "letter.")
    for i, annex in enumerate(doc.annexes):
        yield _Place("annex", i, annex.paragraphs, annex.signatures, f"annexes[{i}].")
        if annex.statement is not None:
            yield _Place(
                "statement", i, annex.statement.paragraphs, annex.statement.signatures, f"annexes[{i}].statement."
            )


@attrs.frozen
class _DocumentRecord:
    """A result at the document level, with what several columns need computed once."""

    result: ParseResult
    kinds: collections.Counter[DiagnosticKind]
    places: tuple[_Place, ...]
    title: Title | None
    problems: tuple[Problem, ...]

    @classmethod
    def of(cls, result: ParseResult) -> _DocumentRecord:
        doc = result.document
        letter = None if doc is None else doc.letter
        problems: tuple[Problem, ...] = ()
        if doc is not None:
            if result.diagnostics and not doc.diagnostics:  # read back from JSON Lines: the result keeps them
                doc = attrs.evolve(doc, diagnostics=tuple(result.diagnostics))
            problems = find_problems(doc)
        return cls(
            result,
            collections.Counter(d.kind for d in result.diagnostics),
            () if doc is None else tuple(_places(doc)),
            None if letter is None else letter.parsed_title,
            problems,
        )


@attrs.frozen
class _AgendaItemRecord:
    source: str
    index: int
    item: AgendaItem


@attrs.frozen
class _SignatureRecord:
    source: str
    place: _Place
    index: int
    signature: Signature


@attrs.frozen
class _ParagraphRecord:
    source: str
    place: _Place
    index: int
    text: str
    anchor: Anchor | None  # where it starts in the source (provenance)


def _records(result: ParseResult, level: Level) -> Iterator[object]:
    doc = result.document
    if level == "document":
        yield _DocumentRecord.of(result)
    elif doc is None:  # a failed document has a row at the document level only
        return
    elif level == "agenda_item":
        yield from (_AgendaItemRecord(result.source, i, item) for i, item in enumerate(doc.agenda_items))
    else:
        anchors = {a.path: a for a in doc.provenance} if level == "paragraph" else {}
        for place in _places(doc):
            if level == "signature":
                yield from (_SignatureRecord(result.source, place, i, s) for i, s in enumerate(place.signatures))
            else:
                yield from (
                    _ParagraphRecord(result.source, place, i, p, anchors.get(f"{place.path}paragraphs[{i}]"))
                    for i, p in enumerate(place.paragraphs)
                )


# --- the columns -------------------------------------------------------------------------------------------------


def _join(values: Iterable[str]) -> str | None:
    return SEPARATOR.join(values) or None


def _item_number(item: AgendaItem) -> str:
    return agenda_item_label(item.number, item.sub_item)


def _error(record: _DocumentRecord) -> str | None:
    return None if record.result.error is None else str(record.result.error)


def _error_type(record: _DocumentRecord) -> str | None:
    return None if record.result.error is None else type(record.result.error).__name__


def _head(
    name: str, type: _ColumnType, description: str, value: Callable[[_DocumentRecord], object]
) -> _Column[_DocumentRecord]:
    """A document-level column that every result has, read or not."""
    return _Column(name, type, name.startswith("error"), description, value)


def _doc(
    name: str, type: _ColumnType, description: str, value: Callable[[Document], object]
) -> _Column[_DocumentRecord]:
    """A document-level column read from the document: null when the document could not be read."""

    def read(record: _DocumentRecord) -> object:
        return None if record.result.document is None else value(record.result.document)

    return _Column(name, type, True, description, read)


def _title(
    name: str, type: _ColumnType, description: str, value: Callable[[Title], object]
) -> _Column[_DocumentRecord]:
    """A document-level column read from the letter's title: null without one."""
    return _Column(name, type, True, description, lambda r: None if r.title is None else value(r.title))


def _count(kind: DiagnosticKind) -> _Column[_DocumentRecord]:
    return _head(f"n_{kind.value}", "int32", f'diagnostics of kind "{kind.value}"', lambda r: r.kinds[kind])


def _place_count(name: str, description: str, field: str) -> _Column[_DocumentRecord]:
    def count(record: _DocumentRecord) -> int | None:
        if record.result.document is None:
            return None
        return sum(len(getattr(place, field)) for place in record.places)

    return _Column(name, "int32", True, description, count)


_SOURCE_DESCRIPTION = "the path or name the document was read from (the key between the tables)"
_PLACE_DESCRIPTION = '"document" (text outside any letter), "letter", "annex" or "statement" (annexed)'
_ANNEX_DESCRIPTION = "0-based index of the annex in `Document.annexes`; null outside annexes"

_DOCUMENT: tuple[_Column[_DocumentRecord], ...] = (
    _head("source", "string", _SOURCE_DESCRIPTION, lambda r: r.result.source),
    _head("error_type", "string", 'class of the error that kept the document from being read ("ParseError")',
          _error_type),
    _head("error", "string", "the error's message; null when the document was read", _error),
    _head("n_diagnostics", "int32", "diagnostics of every kind", lambda r: len(r.result.diagnostics)),
    *(_count(kind) for kind in DiagnosticKind),
    _doc("symbols", "string", 'the document\'s symbols, joined with "; " ("A/77/715; S/2023/50")',
         lambda d: _join(str(s) for s in d.symbols)),
    _doc("organs", "string", 'the organs of the masthead, joined with "; "',
         lambda d: _join(o.value for o in d.organs)),
    _doc("distribution", "string", '"General", "Limited" or "Restricted"',
         lambda d: None if d.distribution is None else d.distribution.value),
    _doc("date", "date", "the masthead date", lambda d: d.date),
    _doc("original_language", "string", '"English", "French" ... (the "Original:" line)',
         lambda d: None if d.original_language is None else d.original_language.value),
    _doc("language", "string", 'the language of this copy ("English": the masthead\'s language line); null '
         "without evidence", lambda d: None if d.language is None else d.language.value),
    _doc("sessions", "string", 'sessions and years as printed, joined with "; " ("Seventy-seventh session")',
         lambda d: _join(str(s) for s in d.sessions)),
    _doc("agenda_items", "string", 'agenda item numbers, joined with "; " ("30; 68 (b); 73")',
         lambda d: _join(_item_number(a) for a in d.agenda_items)),
    _doc("job_number", "string", 'the job number of the page footer ("23-01234")', lambda d: d.job_number),
    _title("letter_kind", "string", '"letter", "identical letters", "note verbale" ... from the title',
           lambda t: None if t.kind is None else t.kind.value),
    _doc("letter_title", "string", "the letter's title", lambda d: None if d.letter is None else d.letter.title),
    _title("letter_date", "date", "the date in the letter's title", lambda t: t.date),
    _title("sender", "string", 'who sends it, from the title ("Permanent Representative of X to the ...")',
           lambda t: t.sender),
    _title("sender_states", "string", 'the States the sender speaks for, joined with "; "',
           lambda t: _join(t.sender_states)),
    _title("addressees", "string", 'to whom it is addressed, joined with "; " ("Secretary-General")',
           lambda t: _join(t.addressees)),
    _doc("n_agenda_items", "int32", "agenda items", lambda d: len(d.agenda_items)),
    _place_count("n_paragraphs", "paragraphs of every place (the rows of the paragraph table)", "paragraphs"),
    _place_count("n_signatures", "signatories of every place (the rows of the signature table)", "signatures"),
    _doc("n_annexes", "int32", "annexes and enclosures", lambda d: len(d.annexes)),
    _doc("n_footnotes", "int32", "footnotes", lambda d: len(d.footnotes)),
    _doc("references", "string", 'the symbols the text cites (derived: `Document.references`), joined with "; "',
         lambda d: _join(str(s) for s in d.references)),
    _Column("n_warnings", "int32", True, "problems that put the reading in doubt (`Document.problems` of severity "
            '"warning"); 0: a clean reading; null when the document could not be read',
            lambda r: None if r.result.document is None else sum(p.severity is Severity.WARNING for p in r.problems)),
    _Column("problems", "string", True, 'the kinds of `Document.problems`, joined with "; " ("no symbol; unplaced '
            'text"; empty: none)', lambda r: None if r.result.document is None else "; ".join(
                p.kind.value for p in r.problems)),
)  # fmt: skip

_AGENDA_ITEM: tuple[_Column[_AgendaItemRecord], ...] = (
    _Column("source", "string", False, _SOURCE_DESCRIPTION, lambda r: r.source),
    _Column("index", "int32", False, "0-based position in the document's agenda list", lambda r: r.index),
    _Column("number", "int32", False, "the item number", lambda r: r.item.number),
    _Column("sub_item", "string", True, 'the sub-item letter: "b" in "68 (b)"', lambda r: r.item.sub_item),
    _Column(
        "title",
        "string",
        True,
        "the item's title as printed; null when the document does not print it",
        lambda r: r.item.title,
    ),
)

_SIGNATURE: tuple[_Column[_SignatureRecord], ...] = (
    _Column("source", "string", False, _SOURCE_DESCRIPTION, lambda r: r.source),
    _Column("place", "string", False, _PLACE_DESCRIPTION, lambda r: r.place.name),
    _Column("annex", "int32", True, _ANNEX_DESCRIPTION, lambda r: r.place.annex),
    _Column("index", "int32", False, "0-based index within its place", lambda r: r.index),
    _Column("name", "string", False, 'the signatory\'s name (after "(Signed)")', lambda r: r.signature.name),
    _Column(
        "titles",
        "string",
        True,
        'the title lines under the name, joined with "; "',
        lambda r: _join(r.signature.titles),
    ),
)

_PARAGRAPH: tuple[_Column[_ParagraphRecord], ...] = (
    _Column("source", "string", False, _SOURCE_DESCRIPTION, lambda r: r.source),
    _Column("place", "string", False, _PLACE_DESCRIPTION, lambda r: r.place.name),
    _Column("annex", "int32", True, _ANNEX_DESCRIPTION, lambda r: r.place.annex),
    _Column("index", "int32", False, "0-based index within its place", lambda r: r.index),
    _Column("text", "string", False, "the paragraph's text", lambda r: r.text),
    _Column("page", "int32", True, "the page it starts on (PDF sources); null when unknown",
            lambda r: None if r.anchor is None else r.anchor.page),
    _Column("line", "int32", True, "the source line it starts on (text and markdown sources); null when unknown",
            lambda r: None if r.anchor is None else r.anchor.line),
)  # fmt: skip

_COLUMNS: dict[Level, tuple[_Column[Any], ...]] = {
    "document": _DOCUMENT,
    "agenda_item": _AGENDA_ITEM,
    "signature": _SIGNATURE,
    "paragraph": _PARAGRAPH,
}

#: A row: column name -> value, in the order of the level's columns.
Row = dict[str, object]


def _columns(level: str) -> tuple[_Column[Any], ...]:
    """The columns of *level*, in order; a ValueError names the levels when *level* is not one."""
    if level not in _COLUMNS:
        raise ValueError(f"level must be one of {', '.join(map(repr, LEVELS))}, not {level!r}")
    return _COLUMNS[level]


def _rows(results: Iterable[ParseResult], level: Level) -> Iterator[Row]:
    """The rows of *level* for *results*, made from the level's columns."""
    cols = _columns(level)
    for result in results:
        if not isinstance(result, ParseResult):
            raise TypeError(f"expected ParseResult items, not {type(result).__name__}")
        for record in _records(result, level):
            yield {column.name: column.value(record) for column in cols}


def _import_extra(module: str, extra: str, what: str) -> Any:
    """Import an optional dependency, or raise an ImportError that names the extra to install."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise ImportError(
            f"{what} needs {module.split('.')[0]}, which is not installed: pip install 'unga-docs[{extra}]'"
        ) from None


# --- pandas and Parquet ------------------------------------------------------------------------------------------

_PANDAS_DTYPES: dict[tuple[_ColumnType, bool], str] = {
    ("string", False): "string",
    ("string", True): "string",
    ("int32", False): "int32",
    ("int32", True): "Int32",
    ("date", False): "datetime64[s]",
    ("date", True): "datetime64[s]",
}


def to_dataframe(results: Iterable[ParseResult], *, level: Level = "document") -> pandas.DataFrame:
    """A pandas table of the results: one row per document, agenda item, signatory or paragraph.

    The columns (names, dtypes and meaning) are listed in docs/tables.md; they are the same as those of
    `write_parquet`. Strings are ``string`` dtype, counts ``int32`` (``Int32`` where they can be missing), dates
    ``datetime64[s]``. Every level has a ``source`` column that joins it to the document level; documents that
    could not be read have a row at the document level only, with ``error_type`` and ``error``.

    Args:
        results: parse results, as `parse_many` or `read_jsonl` give them.
        level: "document", "agenda_item", "signature" or "paragraph".

    Raises:
        ImportError: pandas is not installed (the ``pandas`` extra).
        ValueError: an unknown level.

    Example:
        >>> from unga_docs.corpus import parse_many, to_dataframe
        >>> results = list(parse_many([("A/77/715", ud.samples.load("letter-2023-01-20-azerbaijan"))]))
        >>> to_dataframe(results).loc[0, ["organs", "agenda_items", "sender_states"]].tolist()
        ['General Assembly', '30; 68; 73; 78; 84; 132', 'Azerbaijan']
        >>> to_dataframe(results, level="signature")[["place", "name", "titles"]].values.tolist()
        [['letter', 'Yashar Aliyev', 'Ambassador; Permanent Representative']]
    """
    cols = _columns(level)
    pd = _import_extra("pandas", "pandas", "to_dataframe()")
    table = list(_rows(results, level))
    data = {c.name: pd.Series([row[c.name] for row in table], dtype=_PANDAS_DTYPES[c.type, c.nullable]) for c in cols}
    return pd.DataFrame(data)


def parquet_schema(level: Level = "document") -> pyarrow.Schema:
    """The explicit pyarrow schema `write_parquet` writes for *level* (docs/tables.md describes it).

    Each field carries its description in its metadata (``b"description"``); the schema's metadata says the level
    and the table version.

    Raises:
        ImportError: pyarrow is not installed (the ``parquet`` extra).
        ValueError: an unknown level.

    Example:
        >>> from unga_docs.corpus import parquet_schema
        >>> parquet_schema("agenda_item").names
        ['source', 'index', 'number', 'sub_item', 'title']
    """
    cols = _columns(level)
    pa = _import_extra("pyarrow", "parquet", "parquet_schema()")
    types = {"string": pa.string(), "int32": pa.int32(), "date": pa.date32()}
    fields = [
        pa.field(c.name, types[c.type], nullable=c.nullable, metadata={"description": c.description}) for c in cols
    ]
    return pa.schema(fields, metadata={"unga_docs.level": level, "unga_docs.table_version": str(TABLE_VERSION)})


def write_parquet(
    results: Iterable[ParseResult], path: str | os.PathLike[str] | IO[bytes], *, level: Level = "document"
) -> int:
    """Write the results as a Parquet table of *level*, streaming, with the schema of `parquet_schema`.

    The table holds the same data as `to_dataframe` (``pandas.read_parquet`` reads it back); the columns are
    described in docs/tables.md. The file is written in row groups of 2,048 results, so memory stays flat.

    Args:
        results: parse results, as `parse_many` gives them.
        path: the file to write (replaced if it exists), or a binary file object.
        level: "document", "agenda_item", "signature" or "paragraph".

    Returns:
        The number of rows written.

    Raises:
        ImportError: pyarrow is not installed (the ``parquet`` extra).
        ValueError: an unknown level.

    Example:
        >>> import io
        >>> import pyarrow.parquet as pq
        >>> from unga_docs.corpus import parse_many, write_parquet
        >>> results = parse_many([("A/77/715", ud.samples.load("letter-2023-01-20-azerbaijan"))])
        >>> buffer = io.BytesIO()
        >>> write_parquet(results, buffer, level="paragraph")
        11
        >>> pq.read_table(buffer).column("place").to_pylist().count("statement")
        8
    """
    schema = parquet_schema(level)
    pa = _import_extra("pyarrow", "parquet", "write_parquet()")
    pq = _import_extra("pyarrow.parquet", "parquet", "write_parquet()")
    count = 0
    target = os.fspath(path) if isinstance(path, (str, os.PathLike)) else path
    with pq.ParquetWriter(target, schema, compression="zstd") as writer:
        it = iter(results)
        while chunk := list(itertools.islice(it, _PARQUET_BATCH)):
            batch = list(_rows(chunk, level))  # may be empty: failed documents have rows at the document level only
            if batch:
                writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
                count += len(batch)
        if count == 0:
            writer.write_table(schema.empty_table())
    return count
