"""Many documents: `parse_many`, the tables, JSON Lines and Parquet, the ``parse --out`` command, and Dask.

The pipeline must give what a plain loop over `unga_docs.read` gives, in input order, with every error kept in its
result; it must stream (never pulling more than a bounded number of sources ahead); and what it writes must read
back to the same data.
"""

from __future__ import annotations

import contextlib
import gc
import gzip
import io
import itertools
import json
import multiprocessing
import os
import pickle
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import unga_docs as ud
from unga_docs.cli import main
from unga_docs.corpus import (
    LEVELS,
    Level,
    ParseResult,
    Source,
    find_files,
    parse_many,
    read_jsonl,
    to_dataframe,
    write_jsonl,
    write_parquet,
)
from unga_docs.corpus.pool import _FIELDS, _dumps, _loads
from unga_docs.strategies import documents

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ud.samples.load("letter-2023-01-20-azerbaijan")
#: Text that strict parsing refuses (a masthead line it cannot place); lenient parsing reports it.
STRICT_FAILURES = ("General Assembly\nDistr.: Gibberish\n", "General Assembly\n\nNot a masthead line at all\n")


def expected(source: Source, *, strict: bool = False) -> ParseResult:
    """What the plain loop gives: `ud.read` for a path, `ud.parse` for a (name, text) pair, errors caught."""
    name = source[0] if isinstance(source, tuple) else os.fspath(source)
    try:
        doc = ud.parse(source[1], strict=strict) if isinstance(source, tuple) else ud.read(name, strict=strict)
    except ud.UngaDocsError as e:
        return ParseResult(source=name, error=e)
    return ParseResult(source=name, document=doc, diagnostics=doc.diagnostics)


def _variant(i: int) -> str:
    """The reference with another sender State and date: a family of distinct, realistic documents."""
    state = ("Chile", "Kenya", "Norway", "Viet Nam", "Azerbaijan")[i % 5]
    return REFERENCE.replace("Azerbaijan", state).replace("20 January 2023", f"{1 + i % 28} March 2023")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of documents of every kind the pipeline meets, good and bad, in a subfolder too."""
    root = tmp_path_factory.mktemp("docs")
    doc = ud.parse(REFERENCE)
    (root / "a-reference.md").write_text(REFERENCE, encoding="utf-8")
    (root / "b-reference.txt").write_text(ud.to_text(doc), encoding="utf-8")
    (root / "c-reference.json").write_text(ud.to_json(doc), encoding="utf-8")
    (root / "d-empty.txt").write_text("", encoding="utf-8")
    (root / "e-not-utf8.txt").write_bytes(b"General Assembly\n\xff\xfe\x00 Distr.: General\n")
    (root / "f-not-a-document.json").write_text('{"schema_version": 2, "letter": 3}', encoding="utf-8")
    (root / "g-strict.txt").write_text(STRICT_FAILURES[0], encoding="utf-8")
    (root / "notes.csv").write_text("not a document", encoding="utf-8")
    (root / ".hidden.md").write_text(REFERENCE, encoding="utf-8")
    sub = root / "more"
    sub.mkdir()
    for i in range(30):
        (sub / f"v{i:02d}.md").write_text(_variant(i), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def good_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of documents that all read."""
    root = tmp_path_factory.mktemp("good")
    for i in range(20):
        (root / f"v{i:02d}.md").write_text(_variant(i), encoding="utf-8")
    return root


# --- parse_many ---------------------------------------------------------------------------------------------------


def test_find_files_walks_folders_sorted(folder: Path) -> None:
    """Folders give their documents sorted (files of a subfolder at its name's place); other paths pass as given."""
    names = [Path(p).relative_to(folder).as_posix() for p in find_files([folder])]
    assert names[:7] == [
        "a-reference.md",
        "b-reference.txt",
        "c-reference.json",
        "d-empty.txt",
        "e-not-utf8.txt",
        "f-not-a-document.json",
        "g-strict.txt",
    ]
    assert names[7:] == [f"more/v{i:02d}.md" for i in range(30)]
    assert list(find_files(["missing.md", folder / "notes.csv"])) == ["missing.md", str(folder / "notes.csv")]


def test_results_equal_a_read_loop_in_order(folder: Path) -> None:
    """parse_many gives, source by source and in order, what a loop over ud.read / ud.parse gives."""
    paths: list[Source] = [*find_files([folder]), str(folder / "missing.md"), folder / "more"]
    sources: list[Source] = [*paths, ("pair", REFERENCE), ("empty pair", ""), *paths[::-1]]
    results = list(parse_many(sources, workers=2, chunk_size=3))
    assert results == [expected(s) for s in sources]
    assert [r.source for r in results] == [s[0] if isinstance(s, tuple) else os.fspath(s) for s in sources]
    by_name = {Path(r.source).name: r for r in results}
    assert by_name["a-reference.md"].document == ud.parse(REFERENCE)
    assert by_name["b-reference.txt"].document == by_name["c-reference.json"].document == ud.parse(REFERENCE)


@pytest.mark.slow
def test_real_corpus_equals_a_read_loop(corpus: Path) -> None:
    """The real documents, read by two workers, are those a loop over ud.read gives, diagnostics included."""
    paths = sorted(str(p) for p in corpus.glob("*.txt"))
    results = list(parse_many(paths, workers=2, chunk_size=5))
    assert results == [expected(p) for p in paths]
    assert all(r.ok for r in results)
    assert sum(len(r.diagnostics) for r in results) > 0  # page furniture travels with the results


def test_errors_are_kept_not_raised(folder: Path) -> None:
    """A missing file, a folder, bad UTF-8 and bad JSON give results with an UngaDocsError, and the run goes on."""
    sources = [
        str(folder / "missing.md"),
        str(folder / "more"),
        str(folder / "e-not-utf8.txt"),
        str(folder / "f-not-a-document.json"),
        str(folder / "a-reference.md"),
    ]
    missing, directory, not_utf8, not_doc, fine = parse_many(sources, workers=1)
    assert missing.error is not None
    assert "cannot read" in str(missing.error)
    assert directory.error is not None
    assert "cannot read" in str(directory.error)
    assert not_utf8.error is not None
    assert "not text" in str(not_utf8.error)
    assert isinstance(not_doc.error, ud.DataError)
    for r in (missing, directory, not_utf8, not_doc):
        assert not r.ok
        assert r.document is None
        assert r.diagnostics == ()
    assert fine.ok
    assert fine.error is None


def test_strict_failures_are_errors(folder: Path) -> None:
    """With strict=True, text that cannot be placed gives a ParseError result; lenient parsing reads it."""
    sources: list[Source] = [(f"s{i}", text) for i, text in enumerate(STRICT_FAILURES)]
    sources.append(str(folder / "g-strict.txt"))
    strict = list(parse_many(sources, workers=1, strict=True))
    assert strict == [expected(s, strict=True) for s in sources]
    assert any(isinstance(r.error, ud.ParseError) for r in strict)
    assert all(r.ok for r in parse_many(sources, workers=1))


@pytest.mark.slow
@pytest.mark.parametrize("start_method", ["fork", "spawn"])
@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
def test_workers_agree_whatever_the_start_method(folder: Path, start_method: str) -> None:
    """One worker in this process, and two processes started by fork or spawn, give the same results."""
    if start_method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {start_method} on this platform")
    sources: list[Source] = [*find_files([folder]), ("pair", REFERENCE)]
    one = list(parse_many(sources, workers=1))
    two = list(parse_many(sources, workers=2, chunk_size=4, start_method=start_method))  # type: ignore[arg-type]
    assert one == two
    assert [r.document.diagnostics if r.document else () for r in one] == [r.diagnostics for r in two]


def test_results_pickle(folder: Path) -> None:
    """Results cross process boundaries: documents, every error class and diagnostics pickle and compare equal."""
    sources: list[Source] = [*find_files([folder]), ("s", STRICT_FAILURES[0])]
    results = list(parse_many(sources, workers=1, strict=True))
    results += parse_many([("furniture", f"{ud.samples.load('letter-2023-01-20-azerbaijan')}\n\n23-01234 (E)\n")])
    results.append(ParseResult(source="v", error=ud.ValidationError("Signature.name x", owner="Signature", field="n")))
    results.append(ParseResult(source="d", error=ud.DataError("expected a string", path="letter.title")))
    assert any(r.diagnostics for r in results)
    for dumps in (pickle.dumps, _dumps):  # the default form, and the compact one workers send
        copies = pickle.loads(dumps(results))
        assert copies == results
        for a, b in zip(copies, results, strict=True):
            assert type(a.error) is type(b.error)
            assert vars(a.error) == vars(b.error) if a.error is not None and b.error is not None else True
            assert a.diagnostics == b.diagnostics
            assert (a.document and a.document.diagnostics) == (b.document and b.document.diagnostics)


@given(documents())
def test_workers_send_any_document_back_unchanged(doc: ud.Document) -> None:
    """The compact pickle of a result gives back an equal document of the same classes, attribute by attribute."""
    result = ParseResult(source="x", document=doc, diagnostics=doc.diagnostics)
    (copy,) = pickle.loads(_dumps([result]))
    assert copy == result
    assert ud.to_dict(copy.document) == ud.to_dict(doc)
    assert repr(copy.document) == repr(doc)
    assert copy.document is not None
    assert copy.diagnostics is copy.document.diagnostics  # sent once, shared as in the worker
    for sent, back in ((doc.provenance, copy.document.provenance), (doc.agenda_items, copy.document.agenda_items)):
        assert [type(x) for x in back] == [type(x) for x in sent]  # rebuilt from columns, each of its class
        assert [attrs.astuple(x) for x in back] == [attrs.astuple(x) for x in sent]


def test_unpickling_results_leaves_the_collector_as_it_was() -> None:
    """The parent pauses the garbage collector while it unpickles a chunk, and leaves it as it found it."""
    doc = ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))
    pickled = _dumps([ParseResult(source="x", document=doc, diagnostics=doc.diagnostics)])
    was = gc.isenabled()
    try:
        for state in (True, False):
            (gc.enable if state else gc.disable)()
            assert _loads(pickled)[0].document == doc
            assert gc.isenabled() is state
    finally:
        (gc.enable if was else gc.disable)()


def test_parse_many_leaves_what_the_caller_froze_as_it_was() -> None:
    """The heap is frozen for the workers while they fork, then unfrozen; what the caller froze stays frozen."""
    text = ud.samples.load("letter-2023-01-20-azerbaijan")
    sources = [(f"d{i}", text) for i in range(20)]  # more than parse_many parses in this process
    assert gc.get_freeze_count() == 0
    assert all(r.ok for r in parse_many(sources, workers=2))
    assert gc.get_freeze_count() == 0
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert all(r.ok for r in parse_many(sources, workers=2))
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_a_worker_collects_garbage_again_after_a_chunk() -> None:
    """A worker pauses its collector while it reads a chunk and resumes it after (run in a process of its own)."""
    code = (
        "import gc, pickle, unga_docs as ud\n"
        "from unga_docs.corpus.pool import _parse_chunk\n"
        "text = ud.samples.load('letter-2023-01-20-azerbaijan')\n"
        "(r,) = pickle.loads(_parse_chunk([('a', text)], False))\n"
        "print(gc.isenabled(), r.document == ud.parse(text))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["True", "True"]


def test_the_compact_pickle_carries_every_slot() -> None:
    """Every class workers send as field values keeps nothing but its fields (no cached hash, no hidden slot)."""
    for cls, names in _FIELDS.items():
        slots = {s for c in cls.__mro__ for s in getattr(c, "__slots__", ()) if s != "__weakref__"}
        assert slots == set(names), cls


def test_importing_the_package_leaves_the_extras_alone() -> None:
    """``import unga_docs.corpus`` imports neither pandas, pyarrow nor dask (the functions import them)."""
    code = "import sys, unga_docs.corpus; print(sorted(m for m in ('pandas', 'pyarrow', 'dask') if m in sys.modules))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def test_parse_result_needs_a_document_or_an_error() -> None:
    """A result has exactly one of document and error."""
    with pytest.raises(ValueError, match="document or an error"):
        ParseResult(source="x")
    with pytest.raises(ValueError, match="document or an error"):
        ParseResult(source="x", document=ud.Document(), error=ud.UngaDocsError("x"))


def _tiny(i: int) -> tuple[str, str]:
    return (f"doc{i}", f"Letter dated {1 + i % 28} May 2023 from Chile addressed to the Secretary-General")


@pytest.mark.parametrize(("workers", "chunk_size"), [(1, None), (2, 8), (2, None)])
def test_streaming_pulls_a_bounded_number_ahead(workers: int, chunk_size: int | None) -> None:
    """A generator of 2,000 sources is consumed lazily: never more than a few chunks ahead of the caller."""
    pulled = 0

    def sources() -> Iterator[tuple[str, str]]:
        nonlocal pulled
        for i in range(2000):
            pulled += 1
            yield _tiny(i)

    results = parse_many(sources(), workers=workers, chunk_size=chunk_size)
    assert pulled == 0  # nothing is read before the first result is asked for
    bound = 1 if workers == 1 else (chunk_size or 64) * (2 * workers + 1)
    ahead = []
    for n, result in enumerate(results, 1):
        assert result.source == f"doc{n - 1}"
        ahead.append(pulled - n)
    assert pulled == 2000
    assert n == 2000
    assert max(ahead) <= bound
    assert ahead[0] < 2000 - 1  # the first result came long before the source ran dry


def test_leaving_early_stops_the_workers() -> None:
    """Breaking out of the loop shuts the pool down: no worker process is left behind."""
    before = set(multiprocessing.active_children())
    results = parse_many((_tiny(i) for i in range(10_000)), workers=2, chunk_size=8)
    first = list(itertools.islice(results, 20))
    assert [r.source for r in first] == [f"doc{i}" for i in range(20)]
    assert set(multiprocessing.active_children()) - before
    results.close()  # type: ignore[attr-defined]  # a generator
    assert set(multiprocessing.active_children()) <= before


def test_bad_arguments_are_refused() -> None:
    """Workers and chunk sizes below 1, unknown start methods and sources of other types are refused."""
    with pytest.raises(ValueError, match="workers"):
        parse_many([], workers=0)
    with pytest.raises(ValueError, match="chunk_size"):
        parse_many([], chunk_size=0)
    with pytest.raises(ValueError, match="start_method"):
        parse_many([], start_method="thread")  # type: ignore[arg-type]
    for bad in (42, ("name",), ("name", b"bytes"), [("a", "b")][0][:1], b"bytes-path"):
        with pytest.raises(TypeError):
            list(parse_many([bad], workers=1))  # type: ignore[list-item]


# --- tables -------------------------------------------------------------------------------------------------------


def _pandas() -> Any:
    """Import pandas (the ``pandas`` extra, in ``dev``): the test is skipped only where it is not installed at all."""
    return pytest.importorskip("pandas")


def _pyarrow() -> Any:
    """Import pyarrow.parquet (the ``parquet`` extra, in ``dev``), skipped likewise."""
    pytest.importorskip("pyarrow")
    return pytest.importorskip("pyarrow.parquet")


@pytest.fixture(scope="module")
def results(folder: Path) -> list[ParseResult]:
    """The results of the mixed folder, a missing file among them."""
    return list(parse_many([*find_files([folder]), str(folder / "missing.md")], workers=1))


def _document_at(doc: ud.Document, place: str, annex: int | None) -> tuple[tuple[str, ...], tuple[ud.Signature, ...]]:
    """The paragraphs and signatures a table row's (place, annex) names."""
    if place == "document":
        return doc.paragraphs, ()
    if place == "letter":
        assert doc.letter is not None
        return doc.letter.paragraphs, doc.letter.signatures
    assert annex is not None
    if place == "annex":
        return doc.annexes[annex].paragraphs, doc.annexes[annex].signatures
    statement = doc.annexes[annex].statement
    assert statement is not None
    return statement.paragraphs, statement.signatures


def _check_tables(results: list[ParseResult]) -> dict[Level, Any]:
    """Every level: the columns of its schema, one row per thing, and every row points back to its place."""
    tables = {level: to_dataframe(results, level=level) for level in LEVELS}
    docs = tables["document"]
    assert len(docs) == len(results)
    assert docs["source"].tolist() == [r.source for r in results]
    assert docs["error"].isna().tolist() == [r.ok for r in results]
    assert docs["n_diagnostics"].tolist() == [len(r.diagnostics) for r in results]
    read = docs[docs["error"].isna()]
    assert len(tables["agenda_item"]) == read["n_agenda_items"].sum()
    assert len(tables["paragraph"]) == read["n_paragraphs"].sum()
    assert len(tables["signature"]) == read["n_signatures"].sum()
    by_source = {r.source: r.document for r in results if r.document is not None}
    for row in tables["paragraph"].itertuples():
        doc = by_source[row.source]
        annex = None if row.annex is _pandas().NA else int(row.annex)
        assert _document_at(doc, row.place, annex)[0][row.index] == row.text
    for row in tables["signature"].itertuples():
        doc = by_source[row.source]
        annex = None if row.annex is _pandas().NA else int(row.annex)
        sig = _document_at(doc, row.place, annex)[1][row.index]
        titles = "; ".join(sig.titles) if sig.titles else _pandas().NA
        assert (sig.name, titles) == (row.name, row.titles)
    for row in tables["agenda_item"].itertuples():
        item = by_source[row.source].agenda_items[row.index]
        assert (item.number, item.sub_item, item.title) == (
            row.number,
            None if row.sub_item is _pandas().NA else row.sub_item,
            None if row.title is _pandas().NA else row.title,
        )
    return tables


def test_tables_per_level(results: list[ParseResult]) -> None:
    """One row per document, agenda item, signatory and paragraph; failed documents only at the document level."""
    pd = _pandas()
    _check_tables(results)
    docs = to_dataframe(results)
    ref = docs[docs["source"].str.endswith("a-reference.md")].iloc[0]
    assert ref["organs"] == "General Assembly"
    assert ref["agenda_items"] == "30; 68; 73; 78; 84; 132"
    assert ref["sessions"] == "Seventy-seventh session"
    assert (ref["letter_kind"], ref["sender_states"], ref["addressees"]) == (
        "letter",
        "Azerbaijan",
        "Secretary-General",
    )
    assert ref["date"] == pd.Timestamp("2023-01-20")
    assert ref["letter_date"] == pd.Timestamp("2023-01-20")
    assert (ref["n_annexes"], ref["n_signatures"], ref["n_paragraphs"]) == (1, 1, 11)
    failed = docs[docs["error"].notna()]
    assert set(failed["error_type"]) == {"UngaDocsError", "DataError"}
    assert failed["letter_title"].isna().all()
    assert failed["n_paragraphs"].isna().all()
    signatures = to_dataframe(results, level="signature")
    assert not signatures["source"].isin(failed["source"]).any()
    assert str(docs["date"].dtype) == "datetime64[s]"
    assert str(docs["n_annexes"].dtype) == "Int32"


def test_tables_of_nothing_have_their_columns() -> None:
    """No results give empty tables with every column."""
    _pandas()
    for level in LEVELS:
        table = to_dataframe([], level=level)
        assert len(table) == 0
        assert len(table.columns) > 3


def test_unknown_level_is_refused(results: list[ParseResult]) -> None:
    """A level that is not one of the four is a ValueError naming them."""
    _pandas()
    with pytest.raises(ValueError, match="agenda_item"):
        to_dataframe(results, level="page")  # type: ignore[arg-type]


def test_missing_extras_are_named(monkeypatch: pytest.MonkeyPatch, results: list[ParseResult]) -> None:
    """Without pandas or pyarrow the error says which extra to install."""
    monkeypatch.setitem(sys.modules, "pandas", None)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match=r"unga-docs\[pandas\]"):
        to_dataframe(results)
    with pytest.raises(ImportError, match=r"unga-docs\[parquet\]"):
        write_parquet(results, io.BytesIO())


@pytest.mark.parametrize("level", LEVELS)
def test_parquet_reads_back_to_the_same_table(tmp_path: Path, results: list[ParseResult], level: Level) -> None:
    """The Parquet file has the documented schema and reads back to the DataFrame's data."""
    pd = _pandas()
    pq = _pyarrow()
    from unga_docs.corpus import parquet_schema

    path = tmp_path / f"{level}.parquet"
    rows = write_parquet(iter(results), path, level=level)
    table = pq.read_table(path)
    assert table.schema.equals(parquet_schema(level), check_metadata=False)
    assert table.schema.metadata[b"unga_docs.level"] == level.encode()
    frame = to_dataframe(results, level=level)
    assert table.num_rows == rows == len(frame)
    back = pd.read_parquet(path).astype(frame.dtypes.to_dict())
    pd.testing.assert_frame_equal(back, frame)


def test_parquet_batches_without_rows_do_not_end_the_table(
    tmp_path: Path, results: list[ParseResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run of failed documents (no paragraph rows in a whole batch) is not the end of the results."""
    pq = _pyarrow()
    import unga_docs.corpus.tables

    monkeypatch.setattr(unga_docs.corpus.tables, "_PARQUET_BATCH", 2)
    failed = [r for r in results if not r.ok]
    every = [*failed, *failed, *results]
    assert write_parquet(every, tmp_path / "p.parquet", level="paragraph") == len(
        to_dataframe(results, level="paragraph")
    )
    assert pq.read_table(tmp_path / "p.parquet").num_rows == len(to_dataframe(every, level="paragraph"))


def test_parquet_of_nothing_has_the_schema(tmp_path: Path) -> None:
    """An empty run writes an empty table that still says its columns."""
    pq = _pyarrow()
    from unga_docs.corpus import parquet_schema

    assert write_parquet([], tmp_path / "empty.parquet", level="paragraph") == 0
    table = pq.read_table(tmp_path / "empty.parquet")
    assert table.num_rows == 0
    assert table.schema.names == parquet_schema("paragraph").names


def test_jsonl_reads_back_to_the_same_results(tmp_path: Path, results: list[ParseResult]) -> None:
    """write_jsonl then read_jsonl gives the results back: documents, errors of every class, diagnostics."""
    extra = [
        ParseResult(source="p", error=ud.ParseError("text outside any letter", line=2, column=1, text="Distr.: X")),
        ParseResult(source="v", error=ud.ValidationError("Signature.name bad", owner="Signature", field="name")),
        ParseResult(source="d", error=ud.DataError("expected a string", path="letter.title")),
    ]
    every = [*results, *extra]
    for name in ("corpus.jsonl", "corpus.jsonl.gz"):
        assert write_jsonl(every, tmp_path / name) == len(every)
        back = list(read_jsonl(tmp_path / name))
        assert back == every
        for a, b in zip(back, every, strict=True):
            assert type(a.error) is type(b.error)
            if a.error is not None and b.error is not None:
                assert vars(a.error) == vars(b.error)
            if a.document is not None:
                assert a.document.diagnostics == a.diagnostics
    with gzip.open(tmp_path / "corpus.jsonl.gz", "rt", encoding="utf-8") as f:
        assert f.read() == (tmp_path / "corpus.jsonl").read_text(encoding="utf-8")
    first = json.loads((tmp_path / "corpus.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert first["document"] == json.loads(ud.to_json(every[0].document))  # type: ignore[arg-type]


def test_bad_jsonl_names_the_line(tmp_path: Path) -> None:
    """A line that is not a result is a DataError naming the file and the line."""
    good = (ud.to_json(ud.Document()),)
    path = tmp_path / "bad.jsonl"
    path.write_text(
        json.dumps({"source": "a", "error": None, "diagnostics": [], "document": json.loads(good[0])})
        + "\n\n"
        + json.dumps({"source": "b", "document": {"schema_version": 2}})
        + "\n",
        encoding="utf-8",
    )
    back = read_jsonl(path)
    assert next(back).source == "a"
    with pytest.raises(ud.DataError, match=r"bad\.jsonl, line 3"):
        next(back)
    path.write_text("[1, 2]\n", encoding="utf-8")
    with pytest.raises(ud.DataError, match="line 1"):
        list(read_jsonl(path))


@pytest.mark.slow
@given(st.lists(documents(), max_size=3), st.sampled_from(LEVELS))
def test_generated_documents_make_consistent_tables_and_files(docs: list[ud.Document], level: Level) -> None:
    """For any documents: every level's rows point back to their places, and JSON Lines and Parquet read back."""
    pq = _pyarrow()
    results = [ParseResult(source=f"doc{i}", document=d) for i, d in enumerate(docs)]
    tables = _check_tables(results)
    buffer = io.StringIO()
    write_jsonl(results, buffer)
    assert list(read_jsonl(io.StringIO(buffer.getvalue()))) == results
    data = io.BytesIO()
    write_parquet(results, data, level=level)
    table = pq.read_table(data)
    assert table.num_rows == len(tables[level])
    assert table.column("source").to_pylist() == tables[level]["source"].tolist()


def test_docs_describe_every_column() -> None:
    """docs/tables.md has a row for every column of every level, with its Parquet type."""
    _pyarrow()
    from unga_docs.corpus import parquet_schema

    text = (ROOT / "docs" / "tables.md").read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.M)
    for level in LEVELS:
        section = next(s for s in sections if s.startswith(f"`{level}`"))
        documented = re.findall(r"^\| `(\w+)` \| `([^`]+)` \|", section, flags=re.M)
        schema = parquet_schema(level)
        assert documented == [(f.name, str(f.type)) for f in schema], level


# --- the command --------------------------------------------------------------------------------------------------


def test_parse_out_jsonl(tmp_path: Path, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``parse DIR --out x.jsonl`` writes parse_many's results, says what failed and exits 1 when any did."""
    out = tmp_path / "corpus.jsonl"
    assert main(["parse", str(folder), "--out", str(out), "--workers", "2"]) == 1
    expected = [r for r in parse_many(find_files([folder]), workers=1) if not r.source.endswith("d-empty.txt")]
    assert list(read_jsonl(out)) == expected  # the empty file is not a UN document: reported and skipped
    err = capsys.readouterr().err
    assert "\r" not in err  # no progress bar when stderr is not a terminal
    assert re.search(
        r"Parsed 37 documents in .*: 34 read \(\d+ with warnings\), 1 not UN documents \(skipped\), 2 failed\.", err
    ), err
    assert re.search(r"\d+ diagnostics? in \d+ documents? \(\d+ unplaced\)", err), err
    assert f"Wrote 36 results (one per line) to {out}." in err
    assert "skipped: " + str(folder / "d-empty.txt") + ": not a UN document" in err
    assert "failed: " + str(folder / "e-not-utf8.txt") + ": not text" in err
    assert not list(tmp_path.glob("*.part*"))


def test_parse_out_parquet_levels(tmp_path: Path, good_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--out x.parquet --level L`` writes the table of level L; a clean run exits 0."""
    pd = _pandas()
    _pyarrow()
    levels: tuple[Level, ...] = ("document", "paragraph")
    for level in levels:
        out = tmp_path / f"{level}.parquet"
        assert main(["parse", str(good_folder), "--out", str(out), "--level", level]) == 0
        frame = to_dataframe(parse_many(find_files([good_folder]), workers=1), level=level)
        pd.testing.assert_frame_equal(pd.read_parquet(out).astype(frame.dtypes.to_dict()), frame)
    assert "0 failed" in capsys.readouterr().err


def test_parse_command_line_mistakes(tmp_path: Path, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A wrong --out suffix, --level with JSON Lines or without --out, and --workers 0 exit 2."""
    for argv in (
        ["--out", str(tmp_path / "x.csv")],
        ["--out", str(tmp_path / "x.jsonl"), "--level", "paragraph"],
        ["--level", "paragraph"],
        ["--out", str(tmp_path / "x.jsonl"), "--workers", "0"],
    ):
        assert main(["parse", str(folder), *argv]) == 2
        assert capsys.readouterr().err.startswith("unga-docs: parse: ")
    assert main(["parse", str(folder), "--out", str(tmp_path / "no" / "such" / "x.jsonl")]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_parse_without_out_keeps_its_behaviour(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``parse FILE`` prints indented JSON; several files (or a folder) print JSON Lines, errors on stderr."""
    ref = str(folder / "a-reference.md")
    assert main(["parse", ref]) == 0
    out = capsys.readouterr().out
    assert out.startswith("{\n")
    assert ud.from_json(out) == ud.parse(REFERENCE)
    assert main(["parse", ref, str(folder / "missing.md"), ref]) == 1
    captured = capsys.readouterr()
    assert [ud.from_json(line) for line in captured.out.splitlines()] == [ud.parse(REFERENCE)] * 2
    assert captured.err == f"unga-docs: {folder / 'missing.md'}: cannot read (No such file or directory)\n"
    assert main(["parse", str(folder / "more")]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 30


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal(tmp_path: Path, good_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a terminal, stderr shows a tqdm bar with documents, time left, rate and errors, cleared before the summary."""
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["parse", str(good_folder), "--out", str(tmp_path / "x.jsonl"), "--workers", "1"]) == 0
    text = terminal.getvalue()
    frames = text.split("\r")
    # Drawn at once (the first results wait for the workers), then at most every 0.1 s: the first frame is certain.
    assert re.fullmatch(r"  0%\|[ ]*\| 0/20 documents \[00:00<\?, \? documents/s, 0 errors\]", frames[1]), frames
    assert frames[-2].strip() == ""  # the bar is cleared ...
    assert frames[-1].startswith("Parsed 20 documents")  # ... before the summary


@pytest.mark.slow
def test_parse_out_in_a_subprocess(tmp_path: Path, folder: Path) -> None:
    """``python -m unga_docs parse DIR --out x.parquet`` in its own process: exit code 1, summary, readable file."""
    pq = _pyarrow()
    out = tmp_path / "corpus.parquet"
    run = subprocess.run(
        [sys.executable, "-m", "unga_docs", "parse", str(folder), "--out", str(out), "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 1, run.stderr
    assert run.stdout == ""
    assert "Parsed 37 documents" in run.stderr
    assert "\r" not in run.stderr
    table = pq.read_table(out)
    assert table.num_rows == 36  # the empty file is not a UN document: reported and skipped
    assert table.column("error_type").null_count == 34


# --- Dask ---------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dask_client() -> Iterator[object]:
    """A local Dask cluster of two worker processes."""
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    with contextlib.ExitStack() as stack:
        cluster = stack.enter_context(
            distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
        )
        yield stack.enter_context(distributed.Client(cluster))


def _recipe() -> str:
    text = (ROOT / "docs" / "scale.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- recipe -->\s*```python\n(.*?)```", text, re.S)
    assert match is not None, "docs/scale.md has no recipe block"
    return match.group(1)


@pytest.mark.slow
def test_dask_parse_equals_parse_many(tmp_path: Path, folder: Path, dask_client: object) -> None:
    """dask_parse on a two-worker cluster writes, part by part, the table write_parquet writes from parse_many."""
    pq = _pyarrow()
    from unga_docs.corpus import dask_parse

    paths = list(find_files([folder]))
    parts = dask_parse(paths, tmp_path / "out", level="document", partition_size=5)
    assert [Path(p).name for p in parts] == [f"part-{i:05d}.parquet" for i in range(8)]
    write_parquet(parse_many(paths, workers=2), tmp_path / "local.parquet")
    assert pq.read_table(tmp_path / "out").equals(pq.read_table(tmp_path / "local.parquet"))
    with pytest.raises(FileExistsError):
        dask_parse(paths, tmp_path / "out")


@pytest.mark.slow
def test_the_documented_recipe_runs(tmp_path: Path, folder: Path, dask_client: object) -> None:
    """The dask.bag recipe of docs/scale.md, run as it is printed, gives parse_many's table."""
    pq = _pyarrow()
    out_dir = tmp_path / "recipe"
    exec(compile(_recipe(), "docs/scale.md", "exec"), {"corpus_dir": str(folder), "out_dir": str(out_dir)})
    write_parquet(parse_many(find_files([folder]), workers=1), tmp_path / "local.parquet", level="paragraph")
    assert pq.read_table(out_dir).equals(pq.read_table(tmp_path / "local.parquet"))


def test_attrs_results_are_frozen() -> None:
    """Results are values: frozen, hashable, comparable."""
    r = ParseResult(source="x", error=ud.UngaDocsError("x"))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        r.source = "y"  # type: ignore[misc]
    assert hash(r) == hash(ParseResult(source="x", error=ud.UngaDocsError("x")))
