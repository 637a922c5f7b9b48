"""The unga-docs command: show, convert, schema, and one-line errors with exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import unga_docs as ud
from unga_docs.cli import main

SOURCE = ud.samples.load("letter-2023-01-20-azerbaijan")


def test_show_without_a_file_shows_the_reference(capsys: pytest.CaptureFixture[str]) -> None:
    """The README's run command: a readable summary of the bundled reference document."""
    assert main(["show"]) == 0
    out = capsys.readouterr().out
    assert "letter-2023-01-20-azerbaijan" in out
    assert "Seventy-seventh session (General Assembly, 77)" in out
    assert "132  The responsibility to protect" in out
    assert "  signed          Yashar Aliyev, Ambassador, Permanent Representative" in out
    assert "  statement       Statement of the Ministry of Foreign Affairs" in out


@pytest.mark.parametrize("to", ["markdown", "text", "json", "html"])
def test_convert_writes_each_format(to: str, tmp_path: Path) -> None:
    """The convert command writes a file that reads back to the same document (HTML: that shows its text)."""
    source = tmp_path / "letter.md"
    source.write_text(SOURCE, encoding="utf-8")
    out = tmp_path / f"out.{to}"
    assert main(["convert", str(source), "--to", to, "-o", str(out)]) == 0
    written = out.read_text(encoding="utf-8")
    doc = ud.parse(SOURCE)
    if to == "markdown":
        assert ud.from_markdown(written) == doc
    elif to == "text":
        assert ud.from_text(written) == doc
    elif to == "json":
        assert ud.from_json(written) == doc
    else:
        assert "Yashar Aliyev" in written


def test_convert_reads_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """'-' reads the document from standard input."""
    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO(SOURCE))
    assert main(["convert", "-", "--to", "json"]) == 0
    assert ud.from_json(capsys.readouterr().out) == ud.parse(SOURCE)


def test_schema_prints_the_published_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """The schema command prints json_schema(), the same as the published file of the current version."""
    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == ud.json_schema()
    published = Path(__file__).resolve().parents[1] / "docs" / "schema" / f"v{ud.SCHEMA_VERSION}.json"
    assert printed == json.loads(published.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["show", "no-such-file.txt"], 1, "no-such-file.txt: cannot read"),
        (["convert", "no-such-file.md", "--to", "json"], 1, "cannot read"),
        (["convert", "x.md", "--to", "pdf"], 2, "invalid choice"),
        (["frobnicate"], 2, "invalid choice"),
        ([], 2, "required"),
    ],
)
def test_errors_are_one_line_with_an_exit_code(
    argv: list[str], code: int, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad files and bad arguments give one line on stderr and a non-zero exit code, never a traceback."""
    assert main(argv) == code
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_a_file_that_is_not_text_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A binary file is named in a one-line error."""
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    assert main(["show", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "not text" in err
    assert str(bad) in err
    assert len(err.strip().splitlines()) == 1


def test_a_cp1252_file_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file in cp1252 (not UTF-8) is read, and its diagnostics say so."""
    doc = tmp_path / "latin1.txt"
    doc.write_bytes("Distr.: General\n20 January 2023\nOriginal: Français\n".encode("cp1252"))
    assert main(["show", str(doc)]) == 0
    assert "20 January 2023" in capsys.readouterr().out


def test_strict_fails_on_unplaced_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--strict turns unplaced text into a one-line error naming the line."""
    doc = tmp_path / "doc.md"
    doc.write_text("Distr.: General\n\n---\n\nText before any title\n", encoding="utf-8")
    assert main(["show", str(doc)]) == 0
    capsys.readouterr()
    assert main(["show", "--strict", str(doc)]) == 1
    assert "line 5" in capsys.readouterr().err


def test_every_subcommand_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    """--help on each subcommand prints its usage and exits 0."""
    for command in ("show", "parse", "convert", "schema"):
        with pytest.raises(SystemExit) as info:
            main([command, "--help"])
        assert info.value.code == 0
        assert f"unga-docs {command}" in capsys.readouterr().out


def test_python_dash_m_runs_the_command() -> None:
    """Running `python -m unga_docs` is the same command."""
    result = subprocess.run(
        [sys.executable, "-m", "unga_docs", "show"], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0
    assert "Yashar Aliyev" in result.stdout


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """``unga-docs --version`` prints the package's version and exits 0."""
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"unga-docs {ud.__version__}\n"


def test_every_option_of_help_is_in_the_docs() -> None:
    """docs/cli.md names every command and every option that ``--help`` lists."""
    import argparse

    from unga_docs.cli import _parser

    doc = (Path(__file__).resolve().parents[1] / "docs" / "cli.md").read_text(encoding="utf-8")
    parser = _parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert "--version" in doc
    for name, sub in commands.choices.items():
        assert f"## `{name}`" in doc, name
        for action in sub._actions:
            for option in action.option_strings:
                if option not in ("-h", "--help"):
                    assert f"`{option}" in doc, (name, option)
            if not action.option_strings:
                assert f"`{action.metavar or action.dest}" in doc, (name, action.dest)
