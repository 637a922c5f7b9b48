"""The ``unga-docs`` command: show, parse, convert, schema, and ``--version``."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from unga_docs import __version__, samples
from unga_docs._cli_summary import _summary
from unga_docs.api import parse, read
from unga_docs.corpus import LEVELS, Level, ParseResult, Source, find_files, parse_many, write_jsonl, write_parquet
from unga_docs.errors import UngaDocsError
from unga_docs.formats.html import to_html
from unga_docs.formats.json import json_schema, to_json
from unga_docs.formats.markdown import to_markdown
from unga_docs.formats.text import to_text
from unga_docs.model import Document
from unga_docs.problems import Problem, ProblemKind, Severity

if TYPE_CHECKING:
    from tqdm import tqdm

__all__ = ["main"]

_REFERENCE = "letter-2023-01-20-azerbaijan"
_WRITERS = {"markdown": to_markdown, "text": to_text, "json": lambda d: to_json(d, indent=2) + "\n", "html": to_html}


_ENCODING_HELP = "the files' text encoding (default: a byte-order mark, else UTF-8, else cp1252, reported)"


class _Failure(Exception):
    """A problem to report in one line on stderr, with the exit code to give."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def _to_akn(doc: Document) -> str:
    """Akoma Ntoso (the xml extra), imported only when asked for."""
    try:
        from unga_docs.formats.akn import to_akn
    except UngaDocsError as e:  # the extra is missing: say which to install
        raise _Failure(str(e)) from None
    return to_akn(doc)


_WRITERS["akn"] = _to_akn


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One line, not argparse's usage block and a traceback-like exit.
        raise _Failure(f"{self.prog}: {message} (see --help)", code=2)


def _load(name: str, *, strict: bool, encoding: str | None = None) -> Document:
    try:
        if name == "-":
            text = sys.stdin.read() if encoding is None else sys.stdin.buffer.read().decode(encoding)
            doc = parse(text, strict=strict)
        else:
            doc = read(name, strict=strict, encoding=encoding)
    except (UngaDocsError, LookupError, UnicodeDecodeError) as e:  # LookupError: an unknown --encoding
        raise _Failure(f"{name}: {e}" if not str(e).startswith(name) else str(e)) from None
    # The API reads anything leniently and says so in doc.problems; the command refuses what is no document.
    if _not_a_document(doc.problems):
        raise _Failure(f"{name}: not a UN document (no masthead, no title and no signature)")
    return doc


def _cmd_show(args: argparse.Namespace) -> int:
    if args.file is None:
        doc = parse(samples.load(_REFERENCE))
        sys.stdout.write(f"(the bundled reference document, {_REFERENCE})\n\n")
    else:
        doc = _load(args.file, strict=args.strict, encoding=args.encoding)
    _summary(doc, sys.stdout)
    return 0


def _sources(names: Iterable[str]) -> Iterator[Source]:
    """The command line's files, directories walked, and ``-`` for stdin, as `parse_many` sources."""
    for name in names:
        if name == "-":
            yield ("-", sys.stdin.read())
        else:
            yield from find_files([name])


def _cmd_parse(args: argparse.Namespace) -> int:
    if args.out is None and args.level is not None:
        raise _Failure("parse: --level needs --out FILE.parquet", code=2)
    if args.workers is not None and args.workers < 1:
        raise _Failure("parse: --workers must be at least 1", code=2)
    if args.encoding is not None and (args.out is not None or len(args.files) > 1 or os.path.isdir(args.files[0])):
        raise _Failure(
            "parse: --encoding applies to a single file (a corpus is read with the default fallback)", code=2
        )
    if args.out is not None:
        return _parse_to_file(args)
    if len(args.files) == 1 and not os.path.isdir(args.files[0]):
        doc = _load(args.files[0], strict=args.strict, encoding=args.encoding)
        sys.stdout.write(to_json(doc, indent=2) + "\n")
        return 0
    failed = 0
    for result in parse_many(_sources(args.files), workers=args.workers, strict=args.strict):
        if result.document is not None and _not_a_document(result.document.problems):
            sys.stderr.write(f"unga-docs: {result.source}: not a UN document (skipped)\n")
        elif result.document is not None:
            sys.stdout.write(to_json(result.document) + "\n")
        else:
            sys.stderr.write(f"unga-docs: {_failure_text(result)}\n")
            failed += 1
    return 1 if failed else 0


def _not_a_document(problems: Iterable[Problem]) -> bool:
    """No masthead, no title and no signature: a README, a recipe, an empty file in the folder."""
    return any(p.kind is ProblemKind.NOT_A_DOCUMENT for p in problems)


def _failure_text(result: ParseResult) -> str:
    """The error of a result, led by its source (errors from reading a file name it already)."""
    message = str(result.error)
    if message.startswith((result.source, str(Path(result.source)))):
        return message
    return f"{result.source}: {message}"


def _output_format(out: str) -> str:
    name = out.lower()
    if name.endswith((".jsonl", ".jsonl.gz")):
        return "jsonl"
    if name.endswith(".parquet"):
        return "parquet"
    if name.endswith(".xml"):
        return "marcxml"
    raise _Failure(f"parse: --out must name a .jsonl, .jsonl.gz, .parquet or .xml (MARCXML) file, not {out!r}", code=2)


def _write_marcxml(results: Iterable[ParseResult], path: str) -> int:
    """Write a MARCXML collection of the documents read (failures are counted and reported, not written)."""
    from unga_docs.formats.marc import to_marcxml

    docs = [r.document for r in results if r.document is not None]
    Path(path).write_text(to_marcxml(docs), encoding="utf-8")
    return len(docs)


def _parse_to_file(args: argparse.Namespace) -> int:
    out: str = args.out
    kind = _output_format(out)
    if kind in ("jsonl", "marcxml") and args.level is not None:
        raise _Failure("parse: --level is for Parquet output (JSON Lines and MARCXML hold whole documents)", code=2)
    if kind == "marcxml":
        try:
            import unga_docs.formats.marc  # noqa: F401 - only to say early that pymarc is missing
        except UngaDocsError as e:
            raise _Failure(str(e)) from None
    level: Level = args.level or "document"
    if kind == "parquet":
        try:
            import pyarrow  # noqa: F401 - only to say early that it is missing
        except ImportError:
            raise _Failure("writing Parquet needs pyarrow: pip install 'unga-docs[parquet]'") from None
    workers: int | None = args.workers
    live = sys.stderr.isatty()
    # The bar needs the number of documents: walk the folders once more (only to draw it, so only on a terminal).
    total = sum(1 for _ in find_files(n for n in args.files if n != "-")) + args.files.count("-") if live else 0
    tally = _Tally(total=total, stream=sys.stderr, live=live)
    results = tally.watch(parse_many(_sources(args.files), workers=workers, strict=args.strict))
    # Written beside the target and renamed at the end, so an interrupted run leaves no half-written table.
    part = f"{out}.{os.getpid()}.part" + (".gz" if out.endswith(".gz") else "")
    try:
        if kind == "marcxml":
            rows = _write_marcxml(results, part)
        else:
            rows = write_jsonl(results, part) if kind == "jsonl" else write_parquet(results, part, level=level)
        os.replace(part, out)
    except OSError as e:
        raise _Failure(f"{out}: cannot write ({e.strerror or e})") from None
    finally:
        tally.close()
        if os.path.exists(part):
            os.remove(part)
    what = "results (one per line)" if kind == "jsonl" else f"{level.replace('_', ' ')} rows"
    what = "MARC records" if kind == "marcxml" else what
    tally.summary(f"Wrote {rows:,} {what} to {out}.")
    return 1 if tally.failed else 0


class _Tally:
    """Counts results as they pass, shows a progress bar on a terminal (tqdm), and writes the closing summary."""

    def __init__(self, *, total: int, stream: TextIO, live: bool) -> None:
        self.total = total
        self.stream = stream
        self.live = live
        self.done = 0
        self.failed = 0
        self.diagnostics: dict[str, int] = {}
        self.with_diagnostics = 0
        self.failures: list[ParseResult] = []
        self.skipped: list[str] = []  # sources that are not UN documents: reported, not written
        self.doubtful = 0  # documents read with a problem of severity "warning"
        self.start = time.monotonic()
        self._bar: tqdm[NoReturn] | None = None

    def watch(self, results: Iterable[ParseResult]) -> Iterator[ParseResult]:
        if self.live:
            # Drawn at once: the first results wait for the workers to start.
            from tqdm import tqdm

            self._bar = tqdm(
                total=self.total,
                file=self.stream,
                unit=" documents",
                bar_format=_BAR_FORMAT,
                postfix="0 errors",
                dynamic_ncols=True,
                leave=False,
            )
        for result in results:
            self.done += 1
            if result.document is not None:
                problems = result.document.problems
                if _not_a_document(problems):  # the problems are judged once a document
                    self.skipped.append(result.source)
                    if self._bar is not None:
                        self._bar.update(1)
                    continue
                if any(p.severity is Severity.WARNING for p in problems):
                    self.doubtful += 1
            if result.error is not None:
                self.failed += 1
                if len(self.failures) < _SHOW_FAILURES:
                    self.failures.append(result)
            if result.diagnostics:
                self.with_diagnostics += 1
                for d in result.diagnostics:
                    self.diagnostics[d.kind.value] = self.diagnostics.get(d.kind.value, 0) + 1
            if self._bar is not None:
                if result.error is not None:
                    self._bar.set_postfix_str(f"{self.failed:,} error{'s' if self.failed != 1 else ''}", refresh=False)
                self._bar.update(1)
            yield result

    def close(self) -> None:
        """Take the bar off the terminal (before the summary is written)."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def summary(self, written: str) -> None:
        elapsed = time.monotonic() - self.start
        rate = self.done / elapsed if elapsed > 0 else 0.0
        kinds = ", ".join(f"{n:,} {kind}" for kind, n in sorted(self.diagnostics.items())) or "none"
        count = sum(self.diagnostics.values())
        text = (
            f"Parsed {self.done:,} document{'s' if self.done != 1 else ''} in {_clock(elapsed)} ({rate:,.0f}/s): "
            f"{self.done - self.failed - len(self.skipped):,} read ({self.doubtful:,} with warnings), "
            f"{len(self.skipped):,} not UN documents (skipped), {self.failed:,} failed. "
            f"{count:,} diagnostic{'s' if count != 1 else ''} in {self.with_diagnostics:,} "
            f"document{'s' if self.with_diagnostics != 1 else ''} ({kinds}). {written}\n"
        )
        for source in self.skipped[:_SHOW_FAILURES]:
            text += f"  skipped: {source}: not a UN document\n"
        if len(self.skipped) > _SHOW_FAILURES:
            text += f"  ... and {len(self.skipped) - _SHOW_FAILURES:,} more skipped\n"
        for result in self.failures:
            text += f"  failed: {_failure_text(result)}\n"
        if self.failed > len(self.failures):
            text += f"  ... and {self.failed - len(self.failures):,} more failed\n"
        self.stream.write(text)


_SHOW_FAILURES = 10
#: The bar: share, bar, documents done of all, time spent and left, rate, errors so far.
_BAR_FORMAT = "{percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} documents [{elapsed}<{remaining}, {rate_fmt}{postfix}]"


def _clock(seconds: float) -> str:
    """0:07, 12:30, 1:02:03."""
    s = int(seconds + 0.5)
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def _cmd_convert(args: argparse.Namespace) -> int:
    text = _WRITERS[args.to](_load(args.file, strict=args.strict, encoding=args.encoding))
    if args.output is None or args.output == "-":
        sys.stdout.write(text)
    else:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as e:
            raise _Failure(f"{args.output}: cannot write ({e.strerror or e})") from None
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
    return 0


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="unga-docs",
        description="Read United Nations General Assembly letters from markdown or plain text, and write them back.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    show = sub.add_parser("show", help="print a readable summary of a document (the bundled sample by default)")
    show.add_argument("file", nargs="?", metavar="FILE", help="a .md, .txt or .json file, or - for stdin")
    show.add_argument("--strict", action="store_true", help="fail on text that cannot be placed")
    show.add_argument("--encoding", metavar="NAME", help=_ENCODING_HELP)
    show.set_defaults(run=_cmd_show)

    parse_cmd = sub.add_parser(
        "parse",
        help="print documents as JSON (JSON Lines for several files), or write a corpus to JSON Lines or Parquet",
        description="Read documents and print them as JSON (JSON Lines for several files), or with --out write "
        "them all to a JSON Lines or Parquet file, in parallel, with a progress bar on a terminal and a summary "
        "at the end. Exit code 1 when any document could not be read.",
    )
    parse_cmd.add_argument(
        "files",
        nargs="+",
        metavar="DIR_OR_FILE",
        help="files to read, directories to walk for .md, .markdown, .txt, .json and .pdf files (sorted), - for stdin",
    )
    parse_cmd.add_argument(
        "--out",
        metavar="OUT",
        help="write every document to OUT: a .jsonl (or .jsonl.gz) or a .parquet file, or a .xml MARCXML collection",
    )
    parse_cmd.add_argument(
        "--level",
        choices=LEVELS,
        help="the rows of the Parquet table: one per document (the default), agenda item, signature or paragraph",
    )
    parse_cmd.add_argument(
        "--workers", type=int, metavar="N", help="worker processes (default: every CPU; 1 parses in this process)"
    )
    parse_cmd.add_argument("--strict", action="store_true", help="fail on text that cannot be placed")
    parse_cmd.add_argument("--encoding", metavar="NAME", help=_ENCODING_HELP)
    parse_cmd.set_defaults(run=_cmd_parse)

    convert = sub.add_parser("convert", help="write a document as markdown, text, JSON, HTML or Akoma Ntoso (akn)")
    convert.add_argument("file", metavar="FILE", help="the document to read, or - for stdin")
    convert.add_argument("--to", required=True, choices=sorted(_WRITERS), help="the format to write")
    convert.add_argument("-o", "--output", metavar="OUT", help="where to write (default: stdout)")
    convert.add_argument("--strict", action="store_true", help="fail on text that cannot be placed")
    convert.add_argument("--encoding", metavar="NAME", help=_ENCODING_HELP)
    convert.set_defaults(run=_cmd_convert)

    schema = sub.add_parser("schema", help="print the JSON Schema of the JSON form")
    schema.set_defaults(run=_cmd_schema)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with *argv* (default: the process's arguments) and return its exit code.

    Exit codes: 0 done, 1 a document could not be read, 2 the command line is wrong.
    """
    try:
        args = _parser().parse_args(argv)
        code: int = args.run(args)
        return code
    except _Failure as e:
        sys.stderr.write(f"unga-docs: {e}\n" if not str(e).startswith("unga-docs") else f"{e}\n")
        return e.code
    except KeyboardInterrupt:
        sys.stderr.write("unga-docs: interrupted\n")
        return 130
    except BrokenPipeError:
        return 1
