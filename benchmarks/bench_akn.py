"""Akoma Ntoso against JSON: time per document of to_akn/from_akn, as ratios to to_json/from_json.

The reference document, written and read back by each; also the strict-schema check (`validate_akn`, which tests
run and callers may) and the MARC record, for scale. Run: ``python benchmarks/bench_akn.py``. Times are CPU time of
this process (the cores are shared), the best of several rounds with the contenders timed in turn.
"""

from __future__ import annotations

import sys
import time
import timeit
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import unga_docs as ud
from _timing import fmt
from unga_docs.formats.akn import akn_schema, from_akn, to_akn, validate_akn
from unga_docs.formats.marc import to_marc


def _cpu_per_call(fn: Callable[[], object], repeat: int = 2) -> float:
    timer = timeit.Timer(fn, timer=time.process_time)
    number, _ = timer.autorange()
    return min(timer.repeat(repeat=repeat, number=number)) / number


def _best(contenders: dict[str, Callable[[], object]], rounds: int = 2) -> dict[str, float]:
    best = dict.fromkeys(contenders, float("inf"))
    for _ in range(rounds):
        for name, fn in contenders.items():
            best[name] = min(best[name], _cpu_per_call(fn))
    return best


def main() -> dict[str, float]:
    """Print the table; return seconds per call by row name."""
    doc = ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))
    xml = to_akn(doc)
    text = ud.to_json(doc)
    assert from_akn(xml) == doc == ud.from_json(text)
    akn_schema()  # compiled once, outside the timing
    times = _best(
        {
            "to_json": lambda: ud.to_json(doc),
            "from_json": lambda: ud.from_json(text),
            "to_akn": lambda: to_akn(doc),
            "from_akn": lambda: from_akn(xml),
            "validate_akn": lambda: validate_akn(xml),
            "to_marc": lambda: to_marc(doc),
        }
    )
    rows = [
        ("to_json", "to_json"),
        ("to_akn", "to_json"),
        ("from_json", "from_json"),
        ("from_akn", "from_json"),
        ("validate_akn", "from_json"),
        ("to_marc", "to_json"),
    ]
    print(f"reference document: {len(text):,} characters of JSON, {len(xml):,} of Akoma Ntoso")
    print(f"{'':14}{'per document':>14}  ratio")
    for name, base in rows:
        ratio = times[name] / times[base]
        print(f"{name:14}{fmt(times[name]):>14}  {ratio:5.1f}x {base}")
    both = (times["to_akn"] + times["from_akn"]) / (times["to_json"] + times["from_json"])
    print(f"round trip: to_akn+from_akn is {both:.1f}x to_json+from_json")
    return times


if __name__ == "__main__":
    main()
