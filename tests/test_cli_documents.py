"""The command on what is not a UN document, and on files in other encodings (issue 13 part 4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import unga_docs as ud
from unga_docs.cli import main

_LETTER = (
    "United Nations A/78/999\nGeneral Assembly Distr.: General\n2 May 2024\nOriginal: French\n\n"
    "Letter dated 1 May 2024 from the Chargé d’affaires a.i. of the Permanent Mission of Côte d’Ivoire"
    " to the United Nations addressed to the Secretary-General\n\nI have the honour to write « en français ».\n\n"
    "(Signed) Amédée Koné\n"
)

_NOT_DOCUMENTS = {
    "empty.txt": "",
    "recipe.txt": "# Pancakes\n\nMix 200 g of flour with two eggs and 300 ml of milk.\n\nFry in butter until golden.\n",
    "README.md": "# mytool\n\nA small tool.\n\n## Install\n\n    pip install mytool\n\n## Use\n\nRun `mytool FILE`.\n",
    "labels.json": json.dumps([{"file": "docs/001.txt", "symbols": ["A/1/1"]}]),
}


@pytest.mark.parametrize("name", sorted(_NOT_DOCUMENTS))
def test_show_refuses_what_is_no_document_in_one_line(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    path.write_text(_NOT_DOCUMENTS[name], encoding="utf-8")
    assert main(["show", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"unga-docs: {path}: ")
    if name != "labels.json":
        assert "not a UN document" in err


@pytest.mark.parametrize("name", ["empty.txt", "recipe.txt", "README.md"])
def test_the_api_reads_a_non_document_leniently_and_says_so(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_text(_NOT_DOCUMENTS[name], encoding="utf-8")
    doc = ud.read(path)  # lenient reading never raises (design law 4)
    assert [p.kind for p in doc.problems] == [ud.ProblemKind.NOT_A_DOCUMENT]
    assert doc.problems[0].severity is ud.Severity.WARNING


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252"])
def test_show_reads_utf16_and_cp1252_files(encoding: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "letter.txt"
    text = _LETTER.replace("’", "'") if encoding == "cp1252" else _LETTER
    path.write_bytes(text.encode(encoding))
    assert main(["show", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Amédée Koné" in out
    assert "A/78/999" in out


def test_encoding_option_of_show_convert_and_parse(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "letter.txt"
    path.write_bytes(_LETTER.replace("’", "'").encode("latin-1"))
    assert main(["show", "--encoding", "latin-1", str(path)]) == 0
    assert "Amédée Koné" in capsys.readouterr().out
    assert main(["convert", "--encoding", "latin-1", "--to", "text", str(path)]) == 0
    assert "Amédée Koné" in capsys.readouterr().out
    assert main(["parse", "--encoding", "latin-1", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["letter"]["signatures"][0]["name"] == "Amédée Koné"
    assert main(["show", "--encoding", "no-such-codec", str(path)]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_show_prints_the_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.txt"
    path.write_text("Home | About | Search\n\n" + _LETTER.split("\n\n", 1)[1], encoding="utf-8")
    assert main(["show", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Problems          2 (0 warnings)" in out
    assert "note: no document symbol was found" in out
    assert "note: line 1: text before the document (not part of it): 'Home | About | Search'" in out


@pytest.mark.parametrize("out", [None, "corpus.jsonl"])
def test_parse_dir_reports_and_skips_what_is_no_document(
    out: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder's README, recipe and empty file are reported and skipped; its letter is read (labels.json fails)."""
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "a-letter.txt").write_text(_LETTER, encoding="utf-8")
    for name, text in _NOT_DOCUMENTS.items():
        if name != "labels.json":  # a JSON array is an error (DataError), not a document to skip
            (folder / name).write_text(text, encoding="utf-8")
    args = ["parse", str(folder), "--workers", "1"] + (["--out", str(tmp_path / out)] if out else [])
    assert main(args) == 0
    captured = capsys.readouterr()
    for name in ("empty.txt", "recipe.txt", "README.md"):
        assert f"{folder / name}: not a UN document" in captured.err
    if out is None:
        assert [json.loads(x)["symbols"] for x in captured.out.splitlines()] == [["A/78/999"]]
    else:
        assert "1 read (0 with warnings), 3 not UN documents (skipped), 0 failed" in captured.err
        assert [r.source for r in ud.read_jsonl(tmp_path / out)] == [str(folder / "a-letter.txt")]
