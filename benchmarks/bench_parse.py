"""Reading speed: the reference document, the real corpus and converters' markdown of real PDFs, beside markdown-it-py.

markdown-it-py's tokenizer (``MarkdownIt("commonmark").parse``) is what a user would otherwise start from: it only
tokenizes, while unga_docs reads the whole document into the model. Ratios are to markdown-it-py, measured in the
same run, one process, the two timing loops taken in turn (the best of 15 each).

Run: ``python benchmarks/bench_parse.py``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from markdown_it import MarkdownIt

import unga_docs as ud
from _timing import fmt, paired, paired_rates

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
    rows += _rates("Real corpus, plain text", "from_text docs/s", ud.from_text, md, texts)
    for rendering in ("pymupdf4llm.md", "pymupdf4llm-0.0.17.md", "markitdown.md"):
        converted = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob(f"pdf/*/{rendering}"))]
        title = f"Real converter markdown: {rendering} of UN PDFs"
        rows += _rates(title, f"{rendering} docs/s", ud.from_markdown, md, converted)
    return rows


def _rates(
    title: str, name: str, ours: Callable[[str], object], md: MarkdownIt, texts: list[str]
) -> list[tuple[str, float]]:
    """Print *ours* and markdown-it-py's documents a second over *texts* and their ratio; return the two rows."""
    if not texts:
        return []
    ours_rate, peer_rate = paired_rates(ours, md.parse, texts)
    size = sum(map(len, texts)) / len(texts)
    print(f"\n{title} ({len(texts)} documents, {size:,.0f} characters on average), one process")
    print(f"  unga_docs.{getattr(ours, '__name__', 'read'):<17}{ours_rate:10,.0f} documents/s")
    print(f"  markdown-it-py .parse      {peer_rate:10,.0f} documents/s")
    print(f"  ratio                      x{ours_rate / peer_rate:.2f} the rate of markdown-it-py")
    return [(name, ours_rate), (f"markdown-it-py, {name}", peer_rate)]


if __name__ == "__main__":
    main()
