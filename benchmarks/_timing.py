"""Timing helpers shared by the benchmarks: the best of several repeats of a loop sized to run ~0.1 s."""

from __future__ import annotations

import time
import timeit
from collections.abc import Callable


def per_call(fn: Callable[[], object], repeat: int = 5) -> float:
    """Seconds one call of *fn* takes: the minimum over *repeat* timeit loops, divided by the loop length."""
    fn()  # a first call pays for what is built once (compiled patterns, caches): never timed, nor sizing the loop
    timer = timeit.Timer(fn)
    number, _ = timer.autorange()
    return min(timer.repeat(repeat=repeat, number=number)) / number


def paired(ours: Callable[[], object], peer: Callable[[], object], rounds: int = 15) -> tuple[float, float]:
    """Seconds one call of each takes: the minimum over *rounds* loops, the two loops taken in turn.

    Taking the loops in turn (not all of one, then all of the other) exposes both to the same moments of a shared
    machine, so their ratio does not drift with what else runs on it.
    """
    ours()  # (see `per_call`)
    peer()
    timers = [timeit.Timer(ours), timeit.Timer(peer)]
    numbers = [t.autorange()[0] for t in timers]
    best = [float("inf"), float("inf")]
    for _ in range(rounds):
        for k, (timer, number) in enumerate(zip(timers, numbers, strict=True)):
            best[k] = min(best[k], timer.timeit(number) / number)
    return best[0], best[1]


def paired_rates(
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


def fmt(seconds: float) -> str:
    """A duration with a sensible unit."""
    if seconds < 1e-3:
        return f"{seconds * 1e6:8.1f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:8.2f} ms"
    return f"{seconds:8.2f} s "
