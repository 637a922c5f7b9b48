"""Reading PDF: `unga_docs.read` over the corpus PDFs, beside pdftotext and pymupdf4llm.

* ``pdftotext file.pdf -`` (poppler's C tool, run as a process, as pipelines run it) is the floor to beat: it only
  extracts text, while `ud.read` extracts and assembles the whole document.
* ``pymupdf4llm.to_markdown`` is what many users run today to get text out of a PDF.

Each tool reads every PDF in turn, round after round; a document's time is its best round (the machine is
shared, the best round is the least disturbed). Ratios are ud.read's time over the other tool's, per document
and over the whole corpus (1.0: as fast; below 1.0: faster). pdftotext or pymupdf4llm may be missing (CI): their
columns are left out.

Run: ``python benchmarks/bench_pdf.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import unga_docs as ud
from _timing import fmt

CORPUS = Path(os.environ.get("UNGA_DOCS_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus"))


def _pdftotext(path: Path) -> object:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True).stdout


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    doc = pdfium.PdfDocument(path)
    try:
        return len(doc)
    finally:
        doc.close()


def _best(fn: Callable[[Path], object], paths: list[Path], rounds: int) -> list[float]:
    best = [float("inf")] * len(paths)
    for _ in range(rounds):
        for i, p in enumerate(paths):
            start = time.perf_counter()
            fn(p)
            best[i] = min(best[i], time.perf_counter() - start)
    return best


def main() -> None:
    """Print the table: per document, then the corpus totals (documents per second, time per page)."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--pymupdf-rounds", type=int, default=1, help="pymupdf4llm is slow: fewer rounds")
    args = ap.parse_args()
    paths = sorted((CORPUS / "pdf").glob("p*/source.pdf"))
    if not paths:
        print(f"no PDFs under {CORPUS / 'pdf'} (set UNGA_DOCS_CORPUS)")
        return
    tools: dict[str, list[float]] = {"ud.read": _best(ud.read, paths, args.rounds)}
    if shutil.which("pdftotext"):
        tools["pdftotext"] = _best(_pdftotext, paths, args.rounds)
    try:
        import pymupdf4llm  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        pass
    else:
        tools["pymupdf4llm"] = _best(lambda p: pymupdf4llm.to_markdown(str(p)), paths, args.pymupdf_rounds)
    pages = [_pages(p) for p in paths]
    ours = tools["ud.read"]
    others = [t for t in tools if t != "ud.read"]
    head = f"{'document':10} {'pages':>5} {'ud.read':>11}" + "".join(f" {t:>11} {'ratio':>7}" for t in others)
    print(head)
    print("-" * len(head))
    for i, p in enumerate(paths):
        row = f"{p.parent.name:10} {pages[i]:5} {fmt(ours[i])}"
        for t in others:
            row += f" {fmt(tools[t][i])} {ours[i] / tools[t][i]:7.3f}"
        print(row)
    n, total_pages = len(paths), sum(pages)
    print("-" * len(head))
    for t, times in tools.items():
        total = sum(times)
        ratio = f", ud.read / {t} = {sum(ours) / total:.3f}" if t != "ud.read" else ""
        print(
            f"{t:12} {n / total:8.1f} documents/s, {fmt(total / total_pages).strip()} a page, "
            f"{fmt(total / n).strip()} a document{ratio}"
        )


if __name__ == "__main__":
    main()
