"""Many documents: a parallel, streaming parse, and the tables, JSON Lines and Parquet files made from it.

`parse_many` reads any number of documents in worker processes and yields one `ParseResult` per source, in input
order, with memory that stays flat however large the corpus: sources are read from their iterable in chunks, and
only a few chunks are ever in flight. A file that cannot be read or parsed gives a result with an ``error``; it
never stops the run.

The results become tables for analysis (`to_dataframe`, `write_parquet`: one row per document, agenda item,
signatory or paragraph; the columns are described in docs/tables.md) or a JSON Lines file that reads back to the
same results (`write_jsonl`, `read_jsonl`). `dask_parse` runs the same parse on a Dask cluster (docs/scale.md).

The package's modules: `pool` (parse_many, ParseResult), `files` (find_files), `tables` (to_dataframe,
write_parquet, parquet_schema), `jsonl` (write_jsonl, read_jsonl) and `dask` (dask_parse). Importing it imports
neither pandas, pyarrow nor dask: the functions that need them import them when called.

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

from unga_docs.corpus.dask import dask_parse
from unga_docs.corpus.files import find_files
from unga_docs.corpus.jsonl import read_jsonl, write_jsonl
from unga_docs.corpus.pool import ParseResult, Source, StartMethod, parse_many
from unga_docs.corpus.tables import LEVELS, Level, parquet_schema, to_dataframe, write_parquet

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
