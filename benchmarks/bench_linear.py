"""Time per byte of `ud.parse` from 5 kB to 5 MB: flat is the goal (reading is linear in the input).

The inputs are the reference document and the corpus files one after another, repeated and cut at a line break
to 5 kB, 50 kB, 500 kB and 5 MB. Each figure is the best of several timed readings (fewer for the large inputs),
and each ratio is to the 5 kB figure, measured in the same run, one process. `ud.parse` detects the format (the
reference, first, makes it markdown); `ud.from_text` reads the same input as plain text, the heavier path.
tests/test_linear.py checks the same property by counting work instead of timing it.

Run: ``python benchmarks/bench_linear.py [--repeat 5]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import unga_docs as ud

CORPUS = Path(os.environ.get("UNGA_DOCS_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus"))
SIZES = (5_000, 50_000, 500_000, 5_000_000)
REFERENCE = "letter-2023-01-20-azerbaijan"


def source() -> str:
    """The reference document and the corpus documents (``*.txt``, if the corpus is there), concatenated."""
    texts = [ud.samples.load(REFERENCE)]
    if CORPUS.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    return "\n\n".join(texts)


def sized(text: str, size: int) -> str:
    """*text* repeated to at least *size* bytes of UTF-8, then cut at the first line break after that."""
    whole = text * (size // max(1, len(text.encode("utf-8"))) + 1)
    cut = whole.find("\n", size)
    return whole if cut < 0 else whole[:cut]


def seconds(read: Callable[[str], object], text: str, repeat: int) -> float:
    """The best of *repeat* timed readings of *text* (at least one)."""
    best = float("inf")
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        read(text)
        best = min(best, time.perf_counter() - start)
    return best


def table(name: str, read: Callable[[str], object], text: str, repeat: int) -> None:
    """Print one table: size, time, time per byte and its ratio to the 5 kB figure."""
    print(f"\n{name}")
    print(f"{'input':>8}  {'bytes':>10}  {'time':>10}  {'per byte':>10}  {'ratio to 5 kB':>13}")
    first: float | None = None
    for size in SIZES:
        sample = sized(text, size)
        nbytes = len(sample.encode("utf-8"))
        took = seconds(read, sample, repeat if size < 1_000_000 else min(repeat, 2))
        per_byte = took / nbytes
        first = per_byte if first is None else first
        label = f"{size // 1_000_000} MB" if size >= 1_000_000 else f"{size // 1000} kB"
        ratio = per_byte / first
        print(f"{label:>8}  {nbytes:>10,}  {took * 1e3:>7.1f} ms  {per_byte * 1e9:>7.0f} ns  {ratio:>12.2f}x")


def main() -> None:
    """Print the tables: `ud.parse` (which detects markdown here, from the reference) and `ud.from_text`."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="readings per size (the 5 MB input gets 2)")
    args = parser.parse_args()
    text = source()
    count = len(list(CORPUS.glob("*.txt"))) if CORPUS.is_dir() else 0
    print(f"The reference document and {count} corpus files, concatenated, repeated and cut to size.")
    table(f"ud.parse (reads it as {ud.detect(text)})", ud.parse, text, args.repeat)
    table("ud.from_text", ud.from_text, text, args.repeat)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
