"""The public strategies: what they generate is valid, and each hostile or rich feature turns up often."""

from __future__ import annotations

import collections
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings

import unga_docs as ud
from unga_docs.assemble import reads_as_text
from unga_docs.strategies import documents, symbols, texts

FEATURES: dict[str, Callable[[ud.Document], bool]] = {
    "joint masthead": lambda d: len(d.organs) == 2,
    "two symbols": lambda d: len(d.symbols) == 2,
    "sub-items": lambda d: any(a.sub_item for a in d.agenda_items),
    "untitled agenda item": lambda d: any(a.title is None for a in d.agenda_items),
    "several signatories": lambda d: d.letter is not None and len(d.letter.signatures) >= 2,
    "several annexes": lambda d: len(d.annexes) >= 2,
    "statement": lambda d: any(a.statement for a in d.annexes),
    "footnotes": lambda d: bool(d.footnotes),
    "no letter": lambda d: d.letter is None,
    "empty tuples": lambda d: not d.agenda_items and not d.annexes,
    "structure-like text": lambda d: any(not reads_as_text(p) for p in (d.letter.paragraphs if d.letter else ())),
    "non-ASCII text": lambda d: any(not p.isascii() for p in (d.letter.paragraphs if d.letter else ())),
}


@pytest.mark.slow
def test_features_turn_up_in_a_good_share() -> None:
    """Each feature appears in at least 5 % of 400 generated documents (a fixed seed), not once in a thousand."""
    seen: collections.Counter[str] = collections.Counter()
    runs = 0

    @settings(max_examples=400, derandomize=True, database=None, suppress_health_check=list(HealthCheck), deadline=None)
    @given(documents())
    def sample(doc: ud.Document) -> None:
        nonlocal runs
        runs += 1
        seen.update(name for name, has in FEATURES.items() if has(doc))

    sample()
    shares = {name: seen[name] / runs for name in FEATURES}
    assert all(share >= 0.05 for share in shares.values()), shares


@given(texts(hostile=False))
def test_plain_texts_read_as_text(text: str) -> None:
    """The text subset's strings never read as structure."""
    assert reads_as_text(text)


@given(symbols())
def test_generated_symbols_print_back(symbol: ud.Symbol) -> None:
    """Generated symbols are canonical."""
    assert ud.Symbol.parse(str(symbol)) == symbol
