"""Linear time: the readers' work grows in proportion to their input, however hostile (design.md, law 4).

Work is counted, not timed: timing on a shared machine is noise, counting is exact. The work of reading a text is

* every function call, Python or built-in (`cProfile` counts them: a loop that rescans what it has read shows
  up as calls that grow with the square of the input), plus
* every character handed to one of the package's regular expressions (`search`, `finditer`, `sub` ... count
  the span they scan, `match` what it matched): a rescan of a growing string by a regular expression shows up
  here.

Each case is read at a size n and at 10n; the work per byte at 10n must stay within 1.5 times that at n. A
regular expression that backtracks catastrophically does its work inside one call, where counting cannot see
it: the wall-clock guard catches that (each reading must finish within `GUARD_SECONDS`, generous on purpose;
the lexers' and grammars' expressions were audited for it, see `test_a_long_heading_line_is_linear`).

The last cases are the quadratic loops these tests found in the assembler, fixed since: a wrapped agenda list
re-matched whole for every line it grew by, a masthead value looked up in a list of all before it, and a
flattened line searched to its end for the addressees of every annex heading on it. An open bug would be marked
``xfail(strict=True)`` with its reason in `CASES`, until fixed.
"""

from __future__ import annotations

import cProfile
import functools
import importlib
import pkgutil
import re
import signal
import sys
import time
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import attrs
import pytest

import unga_docs as ud
import unga_docs._symbol_grammar
import unga_docs._validators
import unga_docs.api
import unga_docs.assemble
import unga_docs.blocks
import unga_docs.formats.markdown
import unga_docs.formats.text
import unga_docs.grammar
import unga_docs.grammar._title_parts
import unga_docs.grammar.dates
import unga_docs.grammar.titles
import unga_docs.model
import unga_docs.symbols
from conftest import CORPUS, corpus_missing

pytestmark = pytest.mark.slow  # timing-heavy: left out of the quick loop (pytest -m "not slow")

#: Each reading of the larger input must finish within this many seconds (a guard, not the measure).
GUARD_SECONDS = 20.0
#: The largest growth of work per byte allowed from n to 10n.
MAX_RATIO = 1.5

#: The assembler's modules (a package: each rule in a module of its own).
_ASSEMBLER: tuple[types.ModuleType, ...] = tuple(
    importlib.import_module(m.name)
    for m in pkgutil.walk_packages(unga_docs.assemble.__path__, f"{unga_docs.assemble.__name__}.")
)
_MODULES: tuple[types.ModuleType, ...] = (
    unga_docs._symbol_grammar,
    unga_docs._validators,
    unga_docs.api,
    unga_docs.assemble,
    *_ASSEMBLER,
    unga_docs.blocks,
    unga_docs.formats.markdown,
    unga_docs.formats.text,
    unga_docs.grammar._title_parts,
    unga_docs.grammar.dates,
    unga_docs.grammar.titles,
    unga_docs.model,
    unga_docs.symbols,
)

READERS: dict[str, Callable[[str], ud.Document]] = {
    "text": ud.from_text,
    "markdown": ud.from_markdown,
    "parse": ud.parse,
}

REFERENCE = ud.samples.load("letter-2023-01-20-azerbaijan")
_FLAT = " ".join(REFERENCE.split())


class _CountingPattern:
    """A compiled regular expression that counts the characters it is handed into a shared tally."""

    def __init__(self, pattern: re.Pattern[str], tally: list[int]) -> None:
        self._pattern = pattern
        self._tally = tally

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)  # .pattern, .flags, .groups ...

    def _scan(self, text: str, pos: int, endpos: int) -> None:
        self._tally[0] += 1 + max(0, min(len(text), endpos) - pos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        m = self._pattern.match(text, pos, endpos)
        self._tally[0] += 1 + (m.end() - pos if m is not None else 0)
        return m

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self._scan(text, pos, endpos)
        return self._pattern.fullmatch(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self._scan(text, pos, endpos)
        return self._pattern.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        self._scan(text, pos, endpos)
        return self._pattern.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        self._scan(text, pos, endpos)
        return self._pattern.findall(text, pos, endpos)

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        self._scan(text, 0, len(text))
        return self._pattern.sub(repl, text, count)

    def subn(self, repl: Any, text: str, count: int = 0) -> tuple[str, int]:
        self._scan(text, 0, len(text))
        return self._pattern.subn(repl, text, count)

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        self._scan(text, 0, len(text))
        return self._pattern.split(text, maxsplit)


def _clear_caches() -> None:
    """Empty the package's memo caches, so that every measurement starts from the same state."""
    for module in _MODULES:
        for value in vars(module).values():
            if isinstance(value, functools._lru_cache_wrapper):
                value.cache_clear()


@contextmanager
def _guard(seconds: float) -> Iterator[None]:
    """Raise TimeoutError in the block after *seconds* of wall-clock time (where signals allow it)."""
    if not hasattr(signal, "setitimer"):  # pragma: no cover - not on Linux
        yield
        return

    def expire(signum: int, frame: types.FrameType | None) -> None:
        raise TimeoutError(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def work(read: Callable[[str], object], text: str) -> int:
    """The work of ``read(text)``: calls made plus characters handed to the package's regular expressions."""
    tally = [0]
    patched: list[tuple[object, str, re.Pattern[str]]] = []
    for module in _MODULES:
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                patched.append((module, name, value))
                setattr(module, name, _CountingPattern(value, tally))
    lexicon = unga_docs.grammar.ENGLISH  # the grammars' patterns live on their lexicon (frozen: set it directly)
    for name in attrs.fields_dict(type(lexicon)):
        value = getattr(lexicon, name)
        if isinstance(value, re.Pattern):
            patched.append((lexicon, name, value))
            object.__setattr__(lexicon, name, _CountingPattern(value, tally))
    _clear_caches()
    profile = cProfile.Profile()
    try:
        with _guard(GUARD_SECONDS):
            profile.enable()
            try:
                read(text)
            finally:
                profile.disable()
    finally:
        for owner, name, value in patched:
            object.__setattr__(owner, name, value)
    calls = sum(entry.callcount for entry in profile.getstats())
    return calls + tally[0]


def growth(read: Callable[[str], object], build: Callable[[int], str], n: int) -> tuple[float, float, float]:
    """Work per byte at size n and at 10n (sizes in whatever unit *build* takes), and their ratio."""
    small, large = build(n), build(10 * n)
    per_byte = [work(read, text) / max(1, len(text.encode("utf-8"))) for text in (small, large)]
    return per_byte[0], per_byte[1], per_byte[1] / per_byte[0]


def _agenda_numbers(count: int) -> str:
    return "Agenda items " + ", ".join(str(k % 9999 + 1) for k in range(count - 1)) + f" and {count % 9999 + 1}"


@functools.cache
def _corpus_text() -> str:
    """The corpus documents (``*.txt``) one after another, or "" when there is no corpus folder."""
    if corpus_missing() is not None:
        return ""
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))


_FLAT_TITLE = "General Assembly Distr.: General Letter dated 1 May 2020 from X addressed to the Secretary-General "

#: name -> (build(n), n, marks by reader): the input at size n; each is also read at 10n. A mark by reader is an
#: ``xfail(strict=True)`` for an open bug (none now).
CASES: dict[str, tuple[Callable[[int], str], int, dict[str, pytest.MarkDecorator]]] = {
    # the brief's cases, n being a tenth of the size it names
    "copies of the reference (1 MB)": (lambda k: REFERENCE * k, 20, {}),
    "one line of 300 kB": (lambda k: (_FLAT + " ") * (k // len(_FLAT) + 1), 30_000, {}),
    "100,000 blank lines": (lambda k: "\n" * k, 10_000, {}),
    'a line of 50,000 "(Signed)"': (lambda k: "(Signed)" * k, 5_000, {}),
    'a line of 300 kB of "A/A/A/…"': (lambda k: "A/" * (k // 2), 30_000, {}),
    "20,000 agenda numbers on one line": (_agenda_numbers, 2_000, {}),
    '50,000 lines of "Annex"': (lambda k: "Annex\n" * k, 5_000, {}),
    # more shapes that made loops or expressions rescan
    "the corpus, concatenated": (lambda k: _corpus_text() * k, 1, {}),
    "a heading line of 300 kB of spaces": (lambda k: "# x" + " " * k + "y", 30_000, {}),
    "a line of 100,000 emphasis runs": (lambda k: "*a _b " * k, 10_000, {}),
    "an agenda list wrapped over 1,000 lines": (
        lambda k: "Agenda items 1,\n" + "2,\n" * k,
        100,
        {},
    ),
    "a masthead line of 2,000 symbols": (
        lambda k: " ".join(f"A/77/{j + 1}" for j in range(k)),
        200,
        {},
    ),
    "a flattened line of 2,000 annex headings": (
        lambda k: _FLAT_TITLE + "Annex to the letter dated " * k,
        200,
        {},
    ),
    "20,000 signature lines": (
        lambda k: "Letter dated 1 May 2020 from X\n" + "(Signed) X\nAmbassador\n" * k,
        2_000,
        {},
    ),
    "20,000 lines of page furniture": (lambda k: "Letter dated 1 May 2020 from X\nI have\n" + "2/7\n" * k, 2_000, {}),
    "20,000 title lines": (lambda k: "Letter dated 1 May 2020 from the\n" + "of the\n" * k, 2_000, {}),
    "20,000 statement title lines": (
        lambda k: "Letter dated 1 May 2020 from X\nAnnex\n" + "Statement of the\n" * k,
        2_000,
        {},
    ),
    "20,000 footnotes": (lambda k: "[^1]: x\n" * k, 2_000, {}),
}


def _params() -> Iterator[Any]:
    for name, (_, _, marks) in CASES.items():
        for reader in READERS:
            mark = marks.get(reader)
            found = [] if mark is None else [mark]
            if name == "the corpus, concatenated":  # skipped without the corpus folder (conftest.py)
                found.append(pytest.mark.corpus)
            yield pytest.param(name, reader, id=f"{reader}: {name}", marks=found)


@pytest.mark.parametrize(("case", "reader"), list(_params()))
def test_work_per_byte_stays_flat(case: str, reader: str) -> None:
    """From n to 10n, the work per byte of reading grows by less than MAX_RATIO (and every reading is quick)."""
    build, n, _ = CASES[case]
    if case == "the corpus, concatenated" and not _corpus_text():
        pytest.skip(f"no *.txt documents in the corpus folder {CORPUS}")
    small, large, ratio = growth(READERS[reader], build, n)
    assert ratio < MAX_RATIO, f"work per byte grew {ratio:.2f} times from n to 10n ({small:.2f} -> {large:.2f})"


def test_a_long_heading_line_is_linear() -> None:
    """A heading line with a long run of white space inside (quadratic backtracking before the fix) is quick."""
    line = "# Annex" + " " * 300_000 + "I ##"
    start = time.perf_counter()
    lines = unga_docs.formats.markdown.lex_markdown(line)
    assert time.perf_counter() - start < GUARD_SECONDS
    assert [(x.text, x.heading) for x in lines] == [("Annex I", 1)]


def test_the_work_counter_sees_a_quadratic_loop() -> None:
    """A control: the measure flags a reader that rescans a growing string (so a pass means something)."""

    def rescanning(text: str) -> None:
        for end in range(0, len(text), 100):
            unga_docs.grammar.ENGLISH.date_in_text.search(text, 0, end)

    assert growth(rescanning, lambda k: "x" * k, 2_000)[2] > 5


def test_guard_interrupts_a_slow_reader() -> None:
    """A control: the wall-clock guard stops what runs too long."""

    def spin() -> None:
        while True:
            time.sleep(0.01)

    with pytest.raises(TimeoutError), _guard(0.05):
        spin()
