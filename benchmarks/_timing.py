"""Timing helpers shared by the benchmarks: the best of several repeats of a loop sized to run ~0.1 s."""

from __future__ import annotations

import timeit
from collections.abc import Callable


def per_call(fn: Callable[[], object], repeat: int = 5) -> float:
    """Seconds one call of *fn* takes: the minimum over *repeat* timeit loops, divided by the loop length."""
    timer = timeit.Timer(fn)
    number, _ = timer.autorange()
    return min(timer.repeat(repeat=repeat, number=number)) / number


def fmt(seconds: float) -> str:
    """A duration with a sensible unit."""
    if seconds < 1e-3:
        return f"{seconds * 1e6:8.1f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:8.2f} ms"
    return f"{seconds:8.2f} s "
