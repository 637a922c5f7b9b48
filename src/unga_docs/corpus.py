"""Many documents: a parallel, streaming parse, and the tables, JSON Lines and Parquet files made from it.

`parse_many` reads any number of documents in worker processes and yields one `ParseResult` per source, in input
order, with memory that stays flat however large the corpus: sources are read from their iterable in chunks, and
only a few chunks are ever in flight. A file that cannot be read or parsed gives a result with an ``error``; it
never stops the run.

The results become tables for analysis (`to_dataframe`, `write_parquet`: one row per document, agenda item,
signatory or paragraph; the columns are described in docs/tables.md) or a JSON Lines file that reads back to the
same results (`write_jsonl`, `read_jsonl`). `dask_parse` runs the same parse on a Dask cluster (docs/scale.md).

Example:
    >>> import io
    >>> from unga_docs.corpus import parse_many, read_jsonl, write_jsonl
    >>> text = ud.samples.load("letter-2023-01-20-azerbaijan")
    >>> results = list(parse_many([("A/77/715", text), "no-such-file.md"]))
    >>> [(r.source, r.ok) for r in results]
    [('A/77/715', True), ('no-such-file.md', False)]
    >>> buffer = io.StringIO()
    >>> write_jsonl(results, buffer)
    2
    >>> list(read_jsonl(io.StringIO(buffer.getvalue()))) == results
    True
"""

from __future__ import annotations

import collections
import concurrent.futures
import gzip
import itertools
import json
import math
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable, Iterator, Sized
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, Union

import attrs

from unga_docs.api import parse, read
from unga_docs.errors import DataError, Diagnostic, DiagnosticKind, ParseError, UngaDocsError, ValidationError
from unga_docs.formats.json import from_dict, to_dict
from unga_docs.model import AgendaItem, Document, Signature

if TYPE_CHECKING:
    import pandas
    import pyarrow

__all__ = [
    "LEVELS",
    "Level",
    "ParseResult",
    "Source",
    "StartMethod",
    "dask_parse",
    "find_files",
    "parse_many",
    "parquet_schema",
    "read_jsonl",
    "to_dataframe",
    "write_jsonl",
    "write_parquet",
]

#: A source `parse_many` reads: a path (``str`` or ``os.PathLike``) or a ``(name, text)`` pair.
Source = Union[str, "os.PathLike[str]", tuple[str, str]]
#: The rows of a table: one per document, agenda item, signatory or paragraph.
Level = Literal["document", "agenda_item", "signature", "paragraph"]
#: The table levels, in order.
LEVELS: tuple[Level, ...] = ("document", "agenda_item", "signature", "paragraph")
#: How worker processes start (see `multiprocessing`); None takes the platform's default.
StartMethod = Literal["fork", "forkserver", "spawn"]

#: The suffixes `find_files` takes from a directory (the ones `unga_docs.read` knows).
DOCUMENT_SUFFIXES = (".md", ".markdown", ".txt", ".json")
#: Fewer sources than this are parsed in the calling process: starting processes would cost more than it saves.
_SMALL = 16
#: The most documents one task carries to a worker (fewer for short inputs, so every worker gets a share).
_MAX_CHUNK = 64
#: Chunks in flight per worker: one being parsed, one waiting, so no worker idles while results are collected.
_IN_FLIGHT_PER_WORKER = 2
#: Parquet and DataFrame values that hold several strings join them with this.
SEPARATOR = "; "


# --- results ------------------------------------------------------------------------------------------------------


def _error_key(error: UngaDocsError | None) -> tuple[str, str] | None:
    # Exceptions compare by identity; two errors are the same when their class and message are.
    return None if error is None else (type(error).__name__, str(error))


@attrs.frozen(kw_only=True)
class ParseResult:
    """What reading one source gave: a document, or the error that kept it from being read.

    Results compare equal when their sources, documents, errors (class and message) and diagnostics are equal, so
    results made in another process, or read back from JSON Lines, equal the ones made here.

    Attributes:
        source: the path (as `os.fspath` gives it) or the name of the ``(name, text)`` pair.
        document: the document, or None when it could not be read.
        error: why it could not be read (a file that is missing or not UTF-8, a `ParseError` with
            ``strict=True`` ...), or None.
        diagnostics: what lenient parsing noticed about the source (``document.diagnostics``; empty on error).

    Example:
        >>> r = ParseResult(source="x.md", error=ud.UngaDocsError("x.md: cannot read (No such file)"))
        >>> r.ok, r == ParseResult(source="x.md", error=ud.UngaDocsError("x.md: cannot read (No such file)"))
        (False, True)
    """

    source: str = attrs.field(validator=attrs.validators.instance_of(str))
    document: Document | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Document))
    )
    error: UngaDocsError | None = attrs.field(
        default=None,
        eq=_error_key,
        validator=attrs.validators.optional(attrs.validators.instance_of(UngaDocsError)),
    )
    diagnostics: tuple[Diagnostic, ...] = attrs.field(
        default=(),
        validator=attrs.validators.deep_iterable(
            attrs.validators.instance_of(Diagnostic), attrs.validators.instance_of(tuple)
        ),
    )

    def __attrs_post_init__(self) -> None:
        if (self.document is None) == (self.error is None):
            raise ValueError("ParseResult needs a document or an error, not both and not neither")

    @property
    def ok(self) -> bool:
        """Whether the source was read (it has a document)."""
        return self.document is not None


# --- parsing ------------------------------------------------------------------------------------------------------

# What crosses to a worker: the source's name and its text, or None for a file the worker reads itself.
_Job = tuple[str, Union[str, None]]  # noqa: UP007 - a runtime alias on Python 3.10


def _job(source: object) -> _Job:
    if isinstance(source, tuple):
        if len(source) == 2 and isinstance(source[0], str) and isinstance(source[1], str):
            return (source[0], source[1])
        raise TypeError(f"a source pair must be (name: str, text: str), not {source!r:.80}")
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        if isinstance(path, str):
            return (path, None)
    raise TypeError(f"parse_many() reads paths or (name, text) pairs, not {type(source).__name__}")


def _parse_one(job: _Job, strict: bool) -> ParseResult:
    name, text = job
    try:
        doc = read(name, strict=strict) if text is None else parse(text, strict=strict)
    except UngaDocsError as e:
        return ParseResult(source=name, error=e)
    except Exception as e:  # a bug in the parser: one document must not stop a corpus, but it must be seen
        return ParseResult(
            source=name,
            error=UngaDocsError(f"{name}: unexpected {type(e).__name__} (please report it as a bug): {e}"),
        )
    return ParseResult(source=name, document=doc, diagnostics=doc.diagnostics)


_in_worker = False


def _parse_chunk(jobs: list[_Job], strict: bool) -> list[ParseResult]:
    """The task a worker runs: a module-level function, so 'spawn' workers find it by name."""
    global _in_worker
    if not _in_worker:
        # Ctrl-C is for the parent, which stops the pool cleanly; workers that took it too would each print a
        # traceback. Done on the first task rather than in an initializer, so the pool needs none.
        _in_worker = True
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    return [_parse_one(job, strict) for job in jobs]


def _default_workers() -> int:
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13: the CPUs this process may use
    if counter is not None:
        return int(counter() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def parse_many(
    sources: Iterable[Source],
    *,
    workers: int | None = None,
    strict: bool = False,
    chunk_size: int | None = None,
    start_method: StartMethod | None = None,
) -> Iterator[ParseResult]:
    """Parse many documents in worker processes, yielding one result per source in input order.

    Paths are read as `unga_docs.read` reads them (by suffix: markdown, plain text or JSON); ``(name, text)``
    pairs are parsed as `unga_docs.parse` parses text (the dialect is detected). The results equal those of a
    loop over `read`/`parse`, except that an error is kept in its result instead of being raised.

    It streams: sources are taken from *sources* only as workers become free, at most
    ``chunk_size * (2 * workers + 1)`` ahead of the result last yielded, so memory stays flat however long the
    iterable is, and the first results come before the last sources are read. Fewer than 16 sources are parsed in
    this process, as ``workers=1`` always is.

    Args:
        sources: paths, and ``(name, text)`` pairs.
        workers: worker processes; None (the default) uses every CPU this process may use; 1 parses in this
            process (for debugging: breakpoints and profilers work).
        strict: a document with text that cannot be placed is an error (`ParseError`) instead of a diagnostic.
        chunk_size: documents per task sent to a worker; None chooses (up to 64, fewer for short inputs).
        start_method: "fork", "forkserver" or "spawn"; None takes `multiprocessing`'s default. Workers need no
            initializer, so every method works.

    Returns:
        An iterator of `ParseResult`, one per source, in the order of *sources*. Leaving it early (``break``)
        stops the workers.

    Raises:
        TypeError: a source is neither a path nor a ``(str, str)`` pair (raised when it is reached).
        ValueError: *workers* or *chunk_size* is less than 1.
        concurrent.futures.process.BrokenProcessPool: a worker died (killed by the system, out of memory).

    Example:
        >>> from unga_docs.corpus import parse_many
        >>> text = ud.samples.load("letter-2023-01-20-azerbaijan")
        >>> results = parse_many([("a", text), "no-such-file.md"], workers=2)
        >>> [(r.source, r.document.date if r.ok else type(r.error).__name__) for r in results]
        [('a', datetime.date(2023, 1, 20)), ('no-such-file.md', 'UngaDocsError')]
    """
    if workers is None:
        workers = _default_workers()
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a positive integer or None, not {workers!r}")
    if chunk_size is not None and (isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1):
        raise ValueError(f"chunk_size must be a positive integer or None, not {chunk_size!r}")
    if start_method is not None and start_method not in multiprocessing.get_all_start_methods():
        raise ValueError(
            f"start_method must be one of {', '.join(multiprocessing.get_all_start_methods())}, not {start_method!r}"
        )
    if chunk_size is None:
        chunk_size = _MAX_CHUNK
        if isinstance(sources, Sized):  # every worker gets a few chunks, so the last ones finish together
            chunk_size = max(1, min(_MAX_CHUNK, math.ceil(len(sources) / (workers * 4))))
    jobs = map(_job, sources)
    if workers == 1:
        return (_parse_one(job, strict) for job in jobs)
    return _pooled(jobs, workers=workers, strict=strict, chunk_size=chunk_size, start_method=start_method)


def _pooled(
    jobs: Iterator[_Job], *, workers: int, strict: bool, chunk_size: int, start_method: StartMethod | None
) -> Iterator[ParseResult]:
    head = list(itertools.islice(jobs, _SMALL))
    if len(head) < _SMALL:
        yield from (_parse_one(job, strict) for job in head)
        return
    jobs = itertools.chain(head, jobs)
    context = multiprocessing.get_context(start_method) if start_method is not None else None
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=context)
    pending: collections.deque[concurrent.futures.Future[list[ParseResult]]] = collections.deque()
    exhausted = False

    def submit() -> None:
        nonlocal exhausted
        chunk = list(itertools.islice(jobs, chunk_size))
        if chunk:
            pending.append(pool.submit(_parse_chunk, chunk, strict))
        else:
            exhausted = True

    try:
        while not exhausted and len(pending) < workers * _IN_FLIGHT_PER_WORKER:
            submit()
        while pending:
            results = pending.popleft().result()
            if not exhausted:  # refill before yielding, so the workers parse while the caller works
                submit()
            yield from results
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def find_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """The document files named by *paths*: files as they are, directories walked for documents.

    A directory gives its ``.md``, ``.markdown``, ``.txt`` and ``.json`` files and those of its subdirectories,
    in sorted order (by name, component by component); hidden files and directories (a name starting with ".")
    and symbolic links to directories are skipped. A path that does not exist is given as it is, so that
    reading it reports the error.

    Example:
        >>> import pathlib, tempfile
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     for name in ("b.md", "a.txt", "sub/c.json", "notes.csv", ".hidden.md"):
        ...         p = pathlib.Path(tmp, name)
        ...         p.parent.mkdir(exist_ok=True)
        ...         _ = p.write_text("x")
        ...     [pathlib.Path(f).relative_to(tmp).as_posix() for f in find_files([tmp])]
        ['a.txt', 'b.md', 'sub/c.json']
    """
    for path in paths:
        name = os.fspath(path)
        if os.path.isdir(name):
            yield from _walk(name)
        else:
            yield name


def _walk(directory: str) -> Iterator[str]:
    with os.scandir(directory) as scan:
        entries = sorted(scan, key=lambda e: e.name)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        elif entry.is_file() and os.path.splitext(entry.name)[1].lower() in DOCUMENT_SUFFIXES:
            yield entry.path


# --- tables -------------------------------------------------------------------------------------------------------

_ColumnType = Literal["string", "int32", "date"]


@attrs.frozen
class _Column:
    name: str
    type: _ColumnType
    nullable: bool
    description: str


def _c(name: str, type: _ColumnType, nullable: bool, description: str) -> _Column:
    return _Column(name, type, nullable, description)


_DIAGNOSTIC_KINDS = ("furniture", "unplaced", "normalised", "outside")

_SOURCE = _c("source", "string", False, "the path or name the document was read from (the key between the tables)")
_PLACE = _c(
    "place", "string", False, '"document" (text outside any letter), "letter", "annex" or "statement" (annexed)'
)
_ANNEX = _c("annex", "int32", True, "0-based index of the annex in `Document.annexes`; null outside annexes")
_INDEX = _c("index", "int32", False, "0-based index within its place")

_COLUMNS: dict[Level, tuple[_Column, ...]] = {
    "document": (
        _SOURCE,
        _c("error_type", "string", True, 'class of the error that kept the document from being read ("ParseError")'),
        _c("error", "string", True, "the error's message; null when the document was read"),
        _c("n_diagnostics", "int32", False, "diagnostics of every kind"),
        *(_c(f"n_{kind}", "int32", False, f'diagnostics of kind "{kind}"') for kind in _DIAGNOSTIC_KINDS),
        _c("symbols", "string", True, 'the document\'s symbols, joined with "; " ("A/77/715; S/2023/50")'),
        _c("organs", "string", True, 'the organs of the masthead, joined with "; "'),
        _c("distribution", "string", True, '"General", "Limited" or "Restricted"'),
        _c("date", "date", True, "the masthead date"),
        _c("original_language", "string", True, '"English", "French" ... (the "Original:" line)'),
        _c("sessions", "string", True, 'sessions and years as printed, joined with "; " ("Seventy-seventh session")'),
        _c("agenda_items", "string", True, 'agenda item numbers, joined with "; " ("30; 68 (b); 73")'),
        _c("job_number", "string", True, 'the job number of the page footer ("23-01234")'),
        _c("letter_kind", "string", True, '"letter", "identical letters", "note verbale" ... from the title'),
        _c("letter_title", "string", True, "the letter's title"),
        _c("letter_date", "date", True, "the date in the letter's title"),
        _c("sender", "string", True, 'who sends it, from the title ("Permanent Representative of X to the ...")'),
        _c("sender_states", "string", True, 'the States the sender speaks for, joined with "; "'),
        _c("addressees", "string", True, 'to whom it is addressed, joined with "; " ("Secretary-General")'),
        _c("n_agenda_items", "int32", True, "agenda items"),
        _c("n_paragraphs", "int32", True, "paragraphs of every place (the rows of the paragraph table)"),
        _c("n_signatures", "int32", True, "signatories of every place (the rows of the signature table)"),
        _c("n_annexes", "int32", True, "annexes and enclosures"),
        _c("n_footnotes", "int32", True, "footnotes"),
    ),
    "agenda_item": (
        _SOURCE,
        _c("index", "int32", False, "0-based position in the document's agenda list"),
        _c("number", "int32", False, "the item number"),
        _c("sub_item", "string", True, 'the sub-item letter: "b" in "68 (b)"'),
        _c("title", "string", True, "the item's title as printed; null when the document does not print it"),
    ),
    "signature": (
        _SOURCE,
        _PLACE,
        _ANNEX,
        _INDEX,
        _c("name", "string", False, 'the signatory\'s name (after "(Signed)")'),
        _c("titles", "string", True, 'the title lines under the name, joined with "; "'),
    ),
    "paragraph": (_SOURCE, _PLACE, _ANNEX, _INDEX, _c("text", "string", False, "the paragraph's text")),
}

_Row = tuple[object, ...]


def _join(values: Iterable[str]) -> str | None:
    return SEPARATOR.join(values) or None


def _item_number(item: AgendaItem) -> str:
    return f"{item.number} ({item.sub_item})" if item.sub_item else str(item.number)


def _places(doc: Document) -> Iterator[tuple[str, int | None, tuple[str, ...], tuple[Signature, ...]]]:
    """Every place that holds paragraphs and signatures: (place, annex index, paragraphs, signatures)."""
    yield "document", None, doc.paragraphs, ()
    if doc.letter is not None:
        yield "letter", None, doc.letter.paragraphs, doc.letter.signatures
    for i, annex in enumerate(doc.annexes):
        yield "annex", i, annex.paragraphs, annex.signatures
        if annex.statement is not None:
            yield "statement", i, annex.statement.paragraphs, annex.statement.signatures


_N_DOCUMENT_FIELDS = len(_COLUMNS["document"]) - 4 - len(_DIAGNOSTIC_KINDS)


def _document_rows(result: ParseResult) -> Iterator[_Row]:
    kinds = collections.Counter(d.kind.value for d in result.diagnostics)
    error = result.error
    head: _Row = (
        result.source,
        None if error is None else type(error).__name__,
        None if error is None else str(error),
        len(result.diagnostics),
        *(kinds[kind] for kind in _DIAGNOSTIC_KINDS),
    )
    doc = result.document
    if doc is None:
        yield head + (None,) * _N_DOCUMENT_FIELDS
        return
    letter = doc.letter
    title = None if letter is None else letter.parsed_title
    places = list(_places(doc))
    yield (
        *head,
        _join(str(s) for s in doc.symbols),
        _join(o.value for o in doc.organs),
        None if doc.distribution is None else doc.distribution.value,
        doc.date,
        None if doc.original_language is None else doc.original_language.value,
        _join(str(s) for s in doc.sessions),
        _join(_item_number(a) for a in doc.agenda_items),
        doc.job_number,
        None if title is None or title.kind is None else title.kind.value,
        None if letter is None else letter.title,
        None if title is None else title.date,
        None if title is None else title.sender,
        None if title is None else _join(title.sender_states),
        None if title is None else _join(title.addressees),
        len(doc.agenda_items),
        sum(len(p[2]) for p in places),
        sum(len(p[3]) for p in places),
        len(doc.annexes),
        len(doc.footnotes),
    )


def _agenda_item_rows(result: ParseResult) -> Iterator[_Row]:
    if result.document is not None:
        for i, item in enumerate(result.document.agenda_items):
            yield (result.source, i, item.number, item.sub_item, item.title)


def _signature_rows(result: ParseResult) -> Iterator[_Row]:
    if result.document is not None:
        for place, annex, _, signatures in _places(result.document):
            for i, sig in enumerate(signatures):
                yield (result.source, place, annex, i, sig.name, _join(sig.titles))


def _paragraph_rows(result: ParseResult) -> Iterator[_Row]:
    if result.document is not None:
        for place, annex, paragraphs, _ in _places(result.document):
            for i, text in enumerate(paragraphs):
                yield (result.source, place, annex, i, text)


_ROWS: dict[Level, Callable[[ParseResult], Iterator[_Row]]] = {
    "document": _document_rows,
    "agenda_item": _agenda_item_rows,
    "signature": _signature_rows,
    "paragraph": _paragraph_rows,
}


def _columns(level: str) -> tuple[_Column, ...]:
    if level not in _COLUMNS:
        raise ValueError(f"level must be one of {', '.join(map(repr, LEVELS))}, not {level!r}")
    return _COLUMNS[level]


def _rows(results: Iterable[ParseResult], level: Level) -> Iterator[_Row]:
    rows = _ROWS[level]
    for result in results:
        if not isinstance(result, ParseResult):
            raise TypeError(f"expected ParseResult items, not {type(result).__name__}")
        yield from rows(result)


def _import(module: str, extra: str, what: str) -> object:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise ImportError(
            f"{what} needs {module.split('.')[0]}, which is not installed: pip install 'unga-docs[{extra}]'"
        ) from None


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
    columns = _columns(level)
    pd: Any = _import("pandas", "pandas", "to_dataframe()")
    values = list(zip(*_rows(results, level), strict=True)) or [()] * len(columns)
    data = {
        column.name: pd.Series(list(vals), dtype=_PANDAS_DTYPES[column.type, column.nullable])
        for column, vals in zip(columns, values, strict=True)
    }
    return pd.DataFrame(data)


_PANDAS_DTYPES: dict[tuple[_ColumnType, bool], str] = {
    ("string", False): "string",
    ("string", True): "string",
    ("int32", False): "int32",
    ("int32", True): "Int32",
    ("date", False): "datetime64[s]",
    ("date", True): "datetime64[s]",
}

#: The version of the table layout, kept in the Parquet files' metadata; it changes when a column does.
TABLE_VERSION = 1


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
    columns = _columns(level)
    pa: Any = _import("pyarrow", "parquet", "parquet_schema()")
    types = {"string": pa.string(), "int32": pa.int32(), "date": pa.date32()}
    fields = [
        pa.field(c.name, types[c.type], nullable=c.nullable, metadata={"description": c.description}) for c in columns
    ]
    return pa.schema(fields, metadata={"unga_docs.level": level, "unga_docs.table_version": str(TABLE_VERSION)})


#: Results per Parquet row group (a batch held in memory while writing).
_PARQUET_BATCH = 2048


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
    pa: Any = _import("pyarrow", "parquet", "write_parquet()")
    pq: Any = _import("pyarrow.parquet", "parquet", "write_parquet()")
    count = 0
    target = os.fspath(path) if isinstance(path, (str, os.PathLike)) else path
    with pq.ParquetWriter(target, schema, compression="zstd") as writer:
        it = iter(results)
        while chunk := list(itertools.islice(it, _PARQUET_BATCH)):
            batch = list(_rows(chunk, level))  # may be empty: failed documents have rows at the document level only
            if batch:
                columns = zip(*batch, strict=True)
                arrays = [pa.array(list(col), type=field.type) for col, field in zip(columns, schema, strict=True)]
                writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))
                count += len(batch)
        if count == 0:
            writer.write_table(schema.empty_table())
    return count


# --- JSON Lines ---------------------------------------------------------------------------------------------------

# The fields each error class needs to be rebuilt (besides its message), read from its attributes.
_ERROR_FIELDS: dict[str, tuple[str, ...]] = {
    "ParseError": ("reason", "line", "column", "text"),
    "DataError": ("reason", "path"),
    "ValidationError": ("owner", "field"),
}


def _error_to_dict(error: UngaDocsError) -> dict[str, object]:
    name = type(error).__name__
    fields = {f: getattr(error, f) for f in _ERROR_FIELDS.get(name, ())}
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
    record = {
        "source": result.source,
        "error": None if result.error is None else _error_to_dict(result.error),
        "diagnostics": [
            {"kind": d.kind.value, "line": d.line, "text": d.text, "message": d.message} for d in result.diagnostics
        ],
        "document": None if result.document is None else to_dict(result.document),
    }
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


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


def _open_text(path: str | os.PathLike[str], mode: Literal["r", "w"]) -> IO[str]:
    name = os.fspath(path)
    if name.endswith(".gz"):
        if mode == "r":
            return gzip.open(name, "rt", encoding="utf-8", newline="\n")
        return gzip.open(name, "wt", compresslevel=6, encoding="utf-8", newline="\n")  # 9 is 3x slower, ~3 % smaller
    return open(name, mode, encoding="utf-8", newline="\n")


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
        with _open_text(path_or_file, "w") as f:
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
        with _open_text(path_or_file, "r") as f:
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


# --- Dask ---------------------------------------------------------------------------------------------------------


def _parse_path(path: str, strict: bool) -> ParseResult:
    return _parse_one((path, None), strict)


def _write_part(results: list[ParseResult], path: str, level: Level) -> str:
    write_parquet(results, path, level=level)
    return path


def dask_parse(
    paths: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    level: Level = "document",
    strict: bool = False,
    partition_size: int = 256,
) -> list[str]:
    """Parse files on Dask and write a Parquet table of *level*: one file per partition, in input order.

    A `dask.bag` over the paths is mapped to `ParseResult` and each partition is written with `write_parquet`
    (the schema of `parquet_schema`) to ``out_dir/part-00000.parquet``, ``part-00001.parquet`` ...; reading the
    folder (``pyarrow.parquet.read_table(out_dir)`` or ``pandas.read_parquet(out_dir)``) gives the rows of
    ``write_parquet(parse_many(paths), ...)``, in the same order. It runs on the current Dask scheduler: a
    ``distributed.Client`` if one is active (a local or a remote cluster, whose workers must have unga_docs
    installed and see the files), else Dask's default. See docs/scale.md.

    Args:
        paths: the files to parse (read by the workers, so they must see the same paths).
        out_dir: the folder to write; it must be empty or not exist yet.
        level: "document", "agenda_item", "signature" or "paragraph".
        strict: as for `parse_many`.
        partition_size: files per partition (and per Parquet file).

    Returns:
        The Parquet files written, in order (one, empty, when there are no paths).

    Raises:
        ImportError: dask or pyarrow is not installed (the ``dask`` extra).
        FileExistsError: *out_dir* holds files already.
        ValueError: an unknown level.
    """
    _columns(level)
    dask: Any = _import("dask", "dask", "dask_parse()")
    db: Any = _import("dask.bag", "dask", "dask_parse()")
    _import("pyarrow", "dask", "dask_parse()")
    out = Path(out_dir)
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(f"{out}: the output folder must be empty or not exist")
    out.mkdir(parents=True, exist_ok=True)
    names = [os.fspath(p) for p in paths]
    if not names:
        return [_write_part([], str(out / "part-00000.parquet"), level)]
    bag = db.from_sequence(names, partition_size=partition_size).map(_parse_path, strict=strict)
    writes = [
        dask.delayed(_write_part)(part, str(out / f"part-{i:05d}.parquet"), level)
        for i, part in enumerate(bag.to_delayed())
    ]
    return list(dask.compute(*writes))
