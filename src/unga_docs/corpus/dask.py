"""The parse on a Dask cluster: `dask_parse` writes one Parquet file per partition (docs/scale.md)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from unga_docs.corpus.pool import ParseResult, _parse_one
from unga_docs.corpus.tables import Level, _columns, _import_extra, write_parquet

__all__ = ["dask_parse"]


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
    dask = _import_extra("dask", "dask", "dask_parse()")
    db = _import_extra("dask.bag", "dask", "dask_parse()")
    _import_extra("pyarrow", "dask", "dask_parse()")
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
