"""Run every benchmark, one after the other: ``python benchmarks/run.py [NAME ...]``.

Each benchmark prints its own table, with figures as ratios to the peer or floor it names, measured in the same
run. NAME picks some of them: grammars, json, akn, parse, linear, pdf, corpus (the longest, about three minutes).
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

BENCHMARKS = ("grammars", "json", "akn", "parse", "linear", "pdf", "corpus")


def main(argv: list[str]) -> int:
    names = argv or list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}", file=sys.stderr)
        return 2
    for name in names:
        module = importlib.import_module(f"bench_{name}")
        print(f"\n=== {name} ===")
        start = time.perf_counter()
        saved, sys.argv = sys.argv, [f"bench_{name}.py"]
        try:
            module.main()
        finally:
            sys.argv = saved
        print(f"({time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
