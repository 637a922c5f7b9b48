"""Reading speed: the reference document, the real corpus and converters' markdown of real PDFs, beside markdown-it-py.

markdown-it-py's tokenizer (``MarkdownIt("commonmark").parse``) is what a user would otherwise start from: it only
tokenizes, while unga_docs reads the whole document into the model. Ratios are to markdown-it-py, measured in the
same run, one process, the two timing loops taken in turn (the best of 15 each).

Run: ``python benchmarks/bench_parse.py``.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from markdown_it import MarkdownIt

import unga_docs as ud
from _timing import fmt, paired

CORPUS = Path(os.environ.get("UNGA_DOCS_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus"))


def main() -> list[tuple[str, float]]:
    """Print the table; return (name, figure) rows."""
    md = MarkdownIt("commonmark")
    reference = ud.samples.load("letter-2023-01-20-azerbaijan")
    ours, peer = paired(lambda: ud.parse(reference), lambda: md.parse(reference))
    rows = [("parse the reference document (markdown)", ours), ("markdown-it-py tokenizer, same text", peer)]
    print(f"Reference document ({len(reference):,} characters)")
    print(f"  unga_docs.parse            {fmt(ours)}")
    print(f"  markdown-it-py .parse      {fmt(peer)}")
    print(f"  ratio                      x{ours / peer:.2f} of markdown-it-py (goal <= 0.90)")
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")) if p.name != "README.txt"]
    if texts:
        ours_rate, peer_rate = _paired_rates(ud.from_text, md.parse, texts)
        size = sum(map(len, texts)) / len(texts)
        print(f"\nReal corpus, plain text ({len(texts)} documents, {size:,.0f} characters on average), one process")
        print(f"  unga_docs.from_text        {ours_rate:10,.0f} documents/s")
        print(f"  markdown-it-py .parse      {peer_rate:10,.0f} documents/s")
        print(f"  ratio                      x{ours_rate / peer_rate:.2f} the rate of markdown-it-py")
        rows += [("from_text docs/s", ours_rate), ("markdown-it-py docs/s", peer_rate)]
    for rendering in ("pymupdf4llm.md", "pymupdf4llm-0.0.17.md", "markitdown.md"):
        converted = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob(f"pdf/*/{rendering}"))]
        if not converted:
            continue
        ours_rate, peer_rate = _paired_rates(ud.from_markdown, md.parse, converted)
        size = sum(map(len, converted)) / len(converted)
        print(f"\nReal converter markdown: {rendering} of {len(converted)} UN PDFs ({size:,.0f} characters on average)")
        print(f"  unga_docs.from_markdown    {ours_rate:10,.0f} documents/s")
        print(f"  markdown-it-py .parse      {peer_rate:10,.0f} documents/s")
        print(f"  ratio                      x{ours_rate / peer_rate:.2f} the rate of markdown-it-py")
        rows += [(f"{rendering} docs/s", ours_rate), (f"markdown-it-py on {rendering} docs/s", peer_rate)]
    return rows


def _paired_rates(
    ours: Callable[[str], object], peer: Callable[[str], object], texts: list[str], rounds: int = 7
) -> tuple[float, float]:
    """Documents a second of each over *texts*, the two loops taken in turn (the best of *rounds* each)."""
    best = [float("inf"), float("inf")]
    for _ in range(rounds):
        for k, fn in enumerate((ours, peer)):
            start = time.perf_counter()
            for t in texts:
                fn(t)
            best[k] = min(best[k], time.perf_counter() - start)
    return len(texts) / best[0], len(texts) / best[1]


if __name__ == "__main__":
    main()
