"""Real converters' renderings of real 2025 PDFs (``$UNGA_DOCS_CORPUS/pdf/*/``, read from there, never copied).

Each PDF is rendered four ways (pymupdf4llm 1.27 and 0.0.17, markitdown, pdftotext); what is scored against the
labels is `corpus_score.py --pdf`. Here: every rendering reads without raising, keeps every word (in the model
or a diagnostic), and the things every converter keeps are read the same from each.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import unga_docs as ud

RENDERINGS = ("pymupdf4llm.md", "pymupdf4llm-0.0.17.md", "markitdown.md", "pdftotext.txt")
WORD = re.compile(r"[^\W\d_]+|[0-9]+")
TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)  # markup, not words


def _renderings(corpus: Path) -> list[Path]:
    found = sorted(p for name in RENDERINGS for p in (corpus / "pdf").glob(f"*/{name}"))
    if not found:
        pytest.skip("no renderings under pdf/ in the corpus")
    return found


def _labels(corpus: Path) -> dict[str, dict[str, object]]:
    rows = json.loads((corpus / "pdf" / "labels.json").read_text(encoding="utf-8"))
    return {str(r["file"]).split("/")[0]: r for r in rows}


def test_every_word_of_every_rendering_is_kept(corpus: Path) -> None:
    """No rendering loses a word: each is in the document (as written back) or in a diagnostic."""
    lost: dict[str, set[str]] = {}
    for path in _renderings(corpus):
        source = path.read_text(encoding="utf-8")
        doc = ud.parse(source)
        kept = set(WORD.findall(ud.to_text(doc)))
        kept.update(w for d in doc.diagnostics for w in WORD.findall(d.text))
        missing = set(WORD.findall(TAG.sub(" ", source))) - kept
        if missing:
            lost[f"{path.parent.name}/{path.name}"] = missing
    assert not lost, lost


@pytest.mark.parametrize("rendering", RENDERINGS)
def test_mastheads_and_titles_of_every_rendering(corpus: Path, rendering: str) -> None:
    """Symbols, date and the letter's title, as labelled, from nearly every rendering of one converter."""
    labels = _labels(corpus)
    right = total = 0
    for path in sorted((corpus / "pdf").glob(f"*/{rendering}")):
        lab = labels.get(path.parent.name)
        if lab is None:
            continue
        doc = ud.parse(path.read_text(encoding="utf-8"))
        letter = lab.get("letter")
        checks = [
            sorted(str(s).replace("\u2013", "-") for s in doc.symbols) == sorted(map(str, lab["symbols"])),  # type: ignore[call-overload]
            doc.date is not None and doc.date.isoformat() == lab["date"],
            (doc.letter is None) == (letter is None),
        ]
        if isinstance(letter, dict) and doc.letter is not None:
            checks.append(" ".join(doc.letter.title.split()) == " ".join(str(letter["title"]).split()))
        right += sum(checks)
        total += len(checks)
    if total == 0:
        pytest.skip(f"no {rendering} in the corpus")
    assert right / total >= 0.95, (right, total)


def test_one_line_signature_blocks(corpus: Path) -> None:
    """pymupdf4llm 1.27 prints "(Signed) Name Ambassador Permanent Representative" on one line: split by title words."""
    labels = _labels(corpus)
    for path in sorted((corpus / "pdf").glob("*/pymupdf4llm.md")):
        lab = labels.get(path.parent.name)
        doc = ud.parse(path.read_text(encoding="utf-8"))
        if lab is None or not lab.get("signatories") or doc.letter is None:
            continue
        want = [(str(s["name"]), list(s["titles"])) for s in lab["signatories"]]  # type: ignore[attr-defined]
        got = [(s.name, list(s.titles)) for s in doc.letter.signatures]
        assert got == want, path.parent.name
