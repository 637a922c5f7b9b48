"""Parsing many documents in worker processes: `parse_many` and the `ParseResult` it yields per source."""

from __future__ import annotations

import collections
import concurrent.futures
import enum
import gc
import io
import itertools
import math
import multiprocessing
import operator
import os
import pickle
import signal
from collections.abc import Callable, Iterable, Iterator, Sized
from typing import Literal, TypeVar, Union, cast

import attrs

from unga_docs.api import parse, read
from unga_docs.enums import Distribution, Language, LetterKind, Organ, SessionKind
from unga_docs.errors import Diagnostic, DiagnosticKind, UngaDocsError
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

__all__ = ["ParseResult", "Source", "StartMethod", "parse_many"]

#: A source `parse_many` reads: a path (``str`` or ``os.PathLike``) or a ``(name, text)`` pair.
Source = Union[str, "os.PathLike[str]", tuple[str, str]]
#: How worker processes start (see `multiprocessing`); None takes the platform's default.
StartMethod = Literal["fork", "forkserver", "spawn"]

#: Fewer sources than this are parsed in the calling process: starting processes would cost more than it saves.
_SMALL = 16
#: The most documents one task carries to a worker (fewer for short inputs, so every worker gets a share).
_MAX_CHUNK = 64
#: Chunks in flight per worker: one being parsed, one waiting, so no worker idles while results are collected.
_IN_FLIGHT_PER_WORKER = 2


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


def _parse_chunk(jobs: list[_Job], strict: bool) -> bytes:
    """The task a worker runs: a module-level function, so 'spawn' workers find it by name.

    It returns the results pickled compactly (`_dumps`), which the parent unpickles with plain `pickle.loads`.
    """
    global _in_worker
    if not _in_worker:
        # Ctrl-C is for the parent, which stops the pool cleanly; workers that took it too would each print a
        # traceback. Done on the first task rather than in an initializer, so the pool needs none.
        _in_worker = True
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker is ours: its cyclic garbage collector is paused while it reads a chunk. Each document read leaves
    # some hundreds of tracked objects alive until the chunk is pickled, and every collection would traverse them
    # again (a twentieth of a worker's time). Reading documents makes next to no cyclic garbage (none for
    # markdown and text; a PDF's reader a little), and what it makes is collected once the chunk is sent.
    gc.disable()
    try:
        return _dumps([_parse_one(job, strict) for job in jobs])
    finally:
        gc.enable()


# --- what crosses back from a worker -------------------------------------------------------------------------------
#
# The parent's work per document is unpickling its result; the workers' is parsing it and pickling the result.
# attrs pickles a slotted instance as a dict of its fields (built by a Python comprehension) and rebuilds it from
# the dict, name by name. Here each class is pickled as `_rebuild` and the tuple of its field values (read by one
# `operator.attrgetter`, in C), which halves the time to pickle and unpickle a document (docs/scale.md has the
# figures). Validators do not run again: the worker's instances were validated when they were made.

_new = object.__new__
_T = TypeVar("_T")

#: The classes pickled as field-value tuples, and their fields in attrs' order.
_FIELDS: dict[type, tuple[str, ...]] = {
    cls: tuple(a.name for a in attrs.fields(cls))
    for cls in (
        ParseResult, Diagnostic, Document, Letter, Annex, Statement, AgendaItem, Signature, Session, Footnote, Anchor,
    )
}  # fmt: skip
#: Each class's slot setters in the order of its fields: a slot's own descriptor sets it without the frozen
#: class's ``__setattr__`` being looked up by name (a third faster than ``object.__setattr__``).
_SETTERS: dict[type, tuple[Callable[[object, object], None], ...]] = {
    cls: tuple(getattr(cls, name).__set__ for name in names) for cls, names in _FIELDS.items()
}


def _rebuild(cls: type[_T], values: tuple[object, ...]) -> _T:
    """An instance of the attrs class *cls* with these field values (in the order of `_FIELDS`), not validated."""
    instance = _new(cls)
    for set_slot, value in zip(_SETTERS[cls], values):  # noqa: B905 - made from the same fields by the worker
        set_slot(instance, value)
    return instance


def _reducer(cls: type) -> Callable[[object], tuple[object, ...]]:
    names = _FIELDS[cls]
    get = operator.attrgetter(*names)
    if cls in _COLUMNS:
        return _columns_reducer(cls, get)
    if len(names) == 1:  # attrgetter of one name gives the value, not a tuple
        return lambda instance: (_rebuild, (cls, (get(instance),)))
    return lambda instance: (_rebuild, (cls, get(instance)))


# A document holds a dozen provenance anchors, several diagnostics and agenda items: each pickled on its own costs a
# call of Python code to write and another to read. These tuples are sent as columns instead (one tuple of values a
# field, built by `operator.attrgetter` and `zip` in C) and rebuilt in one loop; a result's diagnostics, the
# document's own tuple, are sent once.

#: The fields sent as columns: for each class, the index of the field in `_FIELDS` and the class of its items.
_COLUMNS: dict[type, tuple[tuple[int, type], ...]] = {
    Document: tuple(
        (_FIELDS[Document].index(name), item)
        for name, item in (("agenda_items", AgendaItem), ("provenance", Anchor), ("diagnostics", Diagnostic))
    ),
}
_GETTERS: dict[type, Callable[[object], tuple[object, ...]]] = {
    cls: operator.attrgetter(*_FIELDS[cls]) for cls in (AgendaItem, Anchor, Diagnostic)
}
assert all(len(_FIELDS[cls]) > 1 for cls in _GETTERS), "attrgetter of one name gives a value, not a row"
#: `ParseResult.diagnostics` sent as this when it is its document's own tuple.
_DOCUMENT_DIAGNOSTICS = 0


def _columns_reducer(cls: type, get: Callable[[object], tuple[object, ...]]) -> Callable[[object], tuple[object, ...]]:
    packed = _COLUMNS[cls]

    def reduce(instance: object) -> tuple[object, ...]:
        values = list(get(instance))
        for index, item in packed:
            items = cast("tuple[object, ...]", values[index])
            if items:
                values[index] = tuple(zip(*map(_GETTERS[item], items)))  # noqa: B905 - rows of one length
        return (_rebuild_columns, (cls, tuple(values)))

    return reduce


def _rebuild_columns(cls: type[_T], values: tuple[object, ...]) -> _T:
    """`_rebuild`, with the fields `_COLUMNS` names rebuilt from their columns."""
    fields = list(values)
    for index, item in _COLUMNS[cls]:
        columns = cast("tuple[tuple[object, ...], ...]", fields[index])
        if columns:
            setters = _SETTERS[item]
            rows: list[object] = []
            for row in zip(*columns):  # noqa: B905 - columns of one length
                instance: object = _new(item)
                for set_slot, value in zip(setters, row):  # noqa: B905 - made from the same fields
                    set_slot(instance, value)
                rows.append(instance)
            fields[index] = tuple(rows)
    return _rebuild(cls, tuple(fields))


def _reduce_result(result: object) -> tuple[object, ...]:
    assert isinstance(result, ParseResult)
    diagnostics: object = result.diagnostics
    if result.document is not None and diagnostics is result.document.diagnostics:
        diagnostics = _DOCUMENT_DIAGNOSTICS
    return (_rebuild_result, (result.source, result.document, result.error, diagnostics))


def _rebuild_result(
    source: str, document: Document | None, error: UngaDocsError | None, diagnostics: object
) -> ParseResult:
    if diagnostics == _DOCUMENT_DIAGNOSTICS and document is not None:
        diagnostics = document.diagnostics
    return _rebuild(ParseResult, (source, document, error, diagnostics))


def _enum_reducer(instance: object) -> tuple[object, ...]:
    # An enum member pickles as a call of its class with its value, which runs the enum machinery in Python when
    # read back; ``getattr(cls, name)`` is a lookup in C.
    assert isinstance(instance, enum.Enum)
    return (getattr, (type(instance), instance.name))


#: The model's enums (each a closed set whose members keep their names).
_ENUMS = (Organ, Distribution, Language, LetterKind, SessionKind, DiagnosticKind)
_DISPATCH: dict[type, Callable[[object], tuple[object, ...]]] = {
    **{cls: _reducer(cls) for cls in _FIELDS if cls is not ParseResult},
    ParseResult: _reduce_result,
    **dict.fromkeys(_ENUMS, _enum_reducer),
}


def _dumps(results: list[ParseResult]) -> bytes:
    """Pickle *results* with the model's classes as field-value tuples (`pickle.loads` reads them back)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _DISPATCH  # type: ignore[assignment]
    pickler.dump(results)
    return buffer.getvalue()


def _loads(pickled: bytes) -> list[ParseResult]:
    """Unpickle a worker's results with the cyclic garbage collector paused.

    Unpickling builds a few hundred tracked objects a document, each allocation counting towards a collection
    that would traverse them all again (and, every so often, the whole heap): a third of the parent's time per
    document. The objects hold no reference cycles (frozen attrs instances, tuples, strings), so pausing the
    collector leaves it nothing to find; it is resumed as it was.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        results: list[ParseResult] = pickle.loads(pickled)
    finally:
        if paused:
            gc.enable()
    return results


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
    pending: collections.deque[concurrent.futures.Future[bytes]] = collections.deque()
    exhausted = False

    def submit() -> None:
        nonlocal exhausted
        chunk = list(itertools.islice(jobs, chunk_size))
        if chunk:
            pending.append(pool.submit(_parse_chunk, chunk, strict))
        else:
            exhausted = True

    try:
        # The workers are forked at the first task: the heap they inherit is frozen for them (out of their
        # collectors' sight, so never traversed and never copied page by page for it), then unfrozen here.
        freezing = gc.get_freeze_count() == 0  # (what the caller froze itself is left as it is)
        if freezing:
            gc.freeze()
        try:
            while not exhausted and len(pending) < workers * _IN_FLIGHT_PER_WORKER:
                submit()
        finally:
            if freezing:
                gc.unfreeze()
        while pending:
            pickled = pending.popleft().result()
            if not exhausted:  # refill before yielding, so the workers parse while the caller works
                submit()
            results = _loads(pickled)
            yield from results
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
