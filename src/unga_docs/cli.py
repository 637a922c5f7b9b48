"""The ``unga-docs`` command: show, parse, convert, schema."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from unga_docs import samples
from unga_docs.api import parse, read
from unga_docs.errors import UngaDocsError
from unga_docs.formats.html import to_html
from unga_docs.formats.json import json_schema, to_json
from unga_docs.formats.markdown import to_markdown
from unga_docs.formats.text import to_text
from unga_docs.grammar import write_date
from unga_docs.model import Document

__all__ = ["main"]

_REFERENCE = "letter-2023-01-20-azerbaijan"
_WRITERS = {"markdown": to_markdown, "text": to_text, "json": lambda d: to_json(d, indent=2) + "\n", "html": to_html}


class _Failure(Exception):
    """A problem to report in one line on stderr, with the exit code to give."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One line, not argparse's usage block and a traceback-like exit.
        raise _Failure(f"{self.prog}: {message} (see --help)", code=2)


def _load(name: str, *, strict: bool) -> Document:
    try:
        if name == "-":
            return parse(sys.stdin.read(), strict=strict)
        return read(name, strict=strict)
    except UngaDocsError as e:
        raise _Failure(f"{name}: {e}" if not str(e).startswith(name) else str(e)) from None


def _summary(doc: Document, out: TextIO) -> None:
    """A readable summary: masthead, agenda items, letter, signatures, annexes."""

    def line(label: str, value: object) -> None:
        out.write(f"{label:<18}{value}\n")

    if doc.symbols:
        line("Symbols", " – ".join(str(s) for s in doc.symbols))
    if doc.organs:
        line("Organs", ", ".join(o.value for o in doc.organs))
    if doc.distribution is not None:
        line("Distribution", doc.distribution.value)
    if doc.date is not None:
        line("Date", write_date(doc.date))
    if doc.original_language is not None:
        line("Original", doc.original_language.value)
    for s in doc.sessions:
        line("Session", f"{s} ({s.organ.value}, {s.number})")
    if doc.agenda_items:
        out.write("Agenda items\n")
        for a in doc.agenda_items:
            number = f"{a.number}" + (f" ({a.sub_item})" if a.sub_item else "")
            out.write(f"  {number:>8}  {a.title or '(no title printed)'}\n")
    letter = doc.letter
    if letter is not None:
        out.write("\n")
        line("Letter", letter.kind.value if letter.kind else "(kind not read)")
        line("  title", letter.title)
        if letter.date is not None:
            line("  dated", write_date(letter.date))
        if letter.sender is not None:
            line("  from", letter.sender)
        if letter.sender_states:
            line("  sender States", ", ".join(letter.sender_states))
        if letter.addressees:
            line("  to", "; ".join(letter.addressees))
        line("  paragraphs", len(letter.paragraphs))
        for sig in letter.signatures:
            line("  signed", ", ".join((sig.name, *sig.titles)))
    for i, annex in enumerate(doc.annexes, 1):
        out.write("\n")
        line(f"Annex {i}", annex.label or "(no label)")
        if annex.heading is not None:
            line("  heading", annex.heading)
        if annex.paragraphs:
            line("  paragraphs", len(annex.paragraphs))
        for sig in annex.signatures:
            line("  signed", ", ".join((sig.name, *sig.titles)))
        if annex.statement is not None:
            line("  statement", annex.statement.title)
            if annex.statement.date is not None:
                line("    dated", write_date(annex.statement.date))
            line("    paragraphs", len(annex.statement.paragraphs))
    for note in doc.footnotes:
        line(f"Footnote {note.marker}", note.text)
    unplaced = sum(1 for d in doc.diagnostics if d.kind.value == "unplaced")
    furniture = sum(1 for d in doc.diagnostics if d.kind.value == "furniture")
    out.write(f"\nDiagnostics       {len(doc.diagnostics)} ({furniture} page furniture, {unplaced} unplaced)\n")


def _cmd_show(args: argparse.Namespace) -> int:
    if args.file is None:
        doc = parse(samples.load(_REFERENCE))
        sys.stdout.write(f"(the bundled reference document, {_REFERENCE})\n\n")
    else:
        doc = _load(args.file, strict=args.strict)
    _summary(doc, sys.stdout)
    return 0


def _cmd_parse(args: argparse.Namespace) -> int:
    if len(args.files) == 1:
        sys.stdout.write(to_json(_load(args.files[0], strict=args.strict), indent=2) + "\n")
        return 0
    failed = 0
    for name in args.files:
        try:
            sys.stdout.write(to_json(_load(name, strict=args.strict)) + "\n")
        except _Failure as e:
            sys.stderr.write(f"unga-docs: {e}\n")
            failed += 1
    return 1 if failed else 0


def _cmd_convert(args: argparse.Namespace) -> int:
    text = _WRITERS[args.to](_load(args.file, strict=args.strict))
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
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    show = sub.add_parser("show", help="print a readable summary of a document (the bundled sample by default)")
    show.add_argument("file", nargs="?", metavar="FILE", help="a .md, .txt or .json file, or - for stdin")
    show.add_argument("--strict", action="store_true", help="fail on text that cannot be placed")
    show.set_defaults(run=_cmd_show)

    parse_cmd = sub.add_parser("parse", help="print documents as JSON (JSON Lines for several files)")
    parse_cmd.add_argument("files", nargs="+", metavar="FILE", help="files to read, or - for stdin")
    parse_cmd.add_argument("--strict", action="store_true", help="fail on text that cannot be placed")
    parse_cmd.set_defaults(run=_cmd_parse)

    convert = sub.add_parser("convert", help="write a document as markdown, text, JSON or HTML")
    convert.add_argument("file", metavar="FILE", help="the document to read, or - for stdin")
    convert.add_argument("--to", required=True, choices=sorted(_WRITERS), help="the format to write")
    convert.add_argument("-o", "--output", metavar="OUT", help="where to write (default: stdout)")
    convert.add_argument("--strict", action="store_true", help="fail on text that cannot be placed")
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
