"""Per-call time of the small grammars: titles, dates (fast path against dateutil) and, if present, symbols.

Run it as a plain script::

    python benchmarks/bench_grammars.py [--repeat 5]

Each figure is the best (minimum) of several repeats of a timeit loop sized to run for about 0.1 s, divided by
the loop's length: the least disturbed estimate of what one call costs.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import timeit
from collections.abc import Callable
from pathlib import Path

from dateutil import parser as dateutil_parser

from unga_docs.grammar import (
    find_sessions,
    match_agenda_list,
    ordinal_number,
    parse_date,
    parse_session,
    parse_title,
    title_extent,
    write_title,
)

TITLE = (
    "Letter dated 12 November 2001 from the Permanent Representatives of China, France, the Russian Federation, "
    "the United Kingdom of Great Britain and Northern Ireland and the United States of America to the United "
    "Nations addressed to the Secretary-General, the President of the General Assembly and the President of the "
    "Security Council"
)
SHORT_TITLE = (
    "Letter dated 20 January 2023 from the Permanent Representative of Azerbaijan to the United Nations addressed "
    "to the Secretary-General"
)
SAMPLE = Path(__file__).resolve().parents[1] / "src" / "unga_docs" / "samples" / "letter-2023-01-20-azerbaijan.md"


def per_call(fn: Callable[[], object], repeat: int) -> float:
    """Best per-call time in seconds of *fn* over *repeat* timeit runs."""
    timer = timeit.Timer(fn)
    number, _ = timer.autorange()  # the first loop length that takes >= 0.2 s
    number = max(1, number // 2)
    return min(timer.repeat(repeat=repeat, number=number)) / number


def fmt(seconds: float) -> str:
    """Seconds in the unit that reads best."""
    if seconds < 1e-6:
        return f"{seconds * 1e9:8.1f} ns"
    if seconds < 1e-3:
        return f"{seconds * 1e6:8.2f} us"
    return f"{seconds * 1e3:8.2f} ms"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5, help="timeit repeats; the minimum is reported")
    args = ap.parse_args()
    repeat: int = args.repeat

    title = parse_title(TITLE)
    lines = [
        "Letter dated 30 October 2020 from the President of the",
        "Security Council addressed to the Secretary-General and the",
        "Permanent Representatives of the members of the Security Council",
        "I have the honour to inform you ...",
    ]
    rows: list[tuple[str, float]] = [
        ("parse_title (5 States, 3 addressees, 278 chars)", per_call(lambda: parse_title(TITLE), repeat)),
        ("parse_title (one State, 125 chars)", per_call(lambda: parse_title(SHORT_TITLE), repeat)),
        ("parse_title (capitals)", per_call(lambda: parse_title(SHORT_TITLE.upper()), repeat)),
        ("write_title", per_call(lambda: write_title(title), repeat)),
        ("title_extent (3 lines + body)", per_call(lambda: title_extent(lines), repeat)),
        (
            "parse_session('Seventy-seventh session')",
            per_call(lambda: parse_session("Seventy-seventh session"), repeat),
        ),
        ("ordinal_number('One hundred and first')", per_call(lambda: ordinal_number("One hundred and first"), repeat)),
        (
            "find_sessions (masthead line)",
            per_call(
                lambda: find_sessions("General Assembly Security Council Seventy-fourth session Seventy-fifth year"),
                repeat,
            ),
        ),
        (
            "match_agenda_list (6 items + title)",
            per_call(
                lambda: match_agenda_list("Agenda items 30, 68, 73, 78, 84 and 132 Prevention of armed conflict"),
                repeat,
            ),
        ),
    ]
    fast = per_call(lambda: parse_date("20 January 2023"), repeat)
    slow = per_call(lambda: dateutil_parser.parse("20 January 2023"), repeat)
    rows += [
        ("parse_date('20 January 2023') fast path", fast),
        ("dateutil.parser.parse('20 January 2023')", slow),
        (
            "parse_date('January 20, 2023') via dateutil, checked",
            per_call(lambda: parse_date("January 20, 2023"), repeat),
        ),
    ]

    symbols_note = "unga_docs.symbols not available yet: skipped"
    try:
        symbols = importlib.import_module("unga_docs.symbols")
    except ImportError:
        symbols = None
    if symbols is not None:
        symbol_cls = symbols.Symbol
        find_symbols = symbols.find_symbols
        text = SAMPLE.read_text(encoding="utf-8")
        found = len(find_symbols(text))
        rows += [
            ("Symbol.parse('A/C.3/78/L.60/Rev.1')", per_call(lambda: symbol_cls.parse("A/C.3/78/L.60/Rev.1"), repeat)),
            (
                f"find_symbols (reference document, {len(text)} chars, {found} found)",
                per_call(lambda: find_symbols(text), repeat),
            ),
        ]
        symbols_note = ""

    width = max(len(name) for name, _ in rows)
    print(f"{'what':<{width}}  {'per call':>11}")
    print(f"{'-' * width}  {'-' * 11}")
    for name, seconds in rows:
        print(f"{name:<{width}}  {fmt(seconds)}")
    ratio = slow / fast
    print()
    print(f"date fast path is {ratio:.0f}x faster than dateutil.parser.parse (goal: >= 20x)")
    if symbols_note:
        print(symbols_note)
    print(f"Python {sys.version.split()[0]}, best of {repeat} repeats")
    return 0 if ratio >= 20 else 1


if __name__ == "__main__":
    sys.exit(main())
