"""The public strategies: what they generate is valid, and each hostile or rich feature turns up often."""

from __future__ import annotations

import collections
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, find, given, settings

import unga_docs as ud
from unga_docs.assemble import reads_as_text
from unga_docs.grammar.lexicon import MAX_SUB_ITEM_NUMERAL, SUB_ITEMS, roman
from unga_docs.strategies import agenda_items, documents, symbols, texts

_FIND = settings(max_examples=5000, derandomize=True, database=None)

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


@pytest.mark.parametrize("form", ["a letter", "a roman numeral longer than four letters", "the last numeral"])
def test_agenda_items_reach_every_sub_item_form(form: str) -> None:
    """Regression: the strategy drew sub-items from "abcdefgh" only, so no property test met "(xviii)"."""
    wanted: dict[str, Callable[[str], bool]] = {
        "a letter": lambda s: len(s) == 1 and s not in "ivxl",
        "a roman numeral longer than four letters": lambda s: len(s) > 4,
        "the last numeral": lambda s: s == roman(MAX_SUB_ITEM_NUMERAL),
    }
    item = find(agenda_items(), lambda a: a.sub_item is not None and wanted[form](a.sub_item), settings=_FIND)
    assert item.sub_item in SUB_ITEMS


def test_agenda_items_draw_only_what_the_model_allows() -> None:
    """Every sub-item drawn is one of the lexicon's, and the writers print it (the model would refuse another)."""

    @settings(max_examples=200, derandomize=True, database=None, deadline=None)
    @given(agenda_items())
    def check(item: ud.AgendaItem) -> None:
        assert item.sub_item is None or item.sub_item in SUB_ITEMS
        doc = ud.Document(agenda_items=(item,))
        assert ud.from_markdown(ud.to_markdown(doc)) == doc

    check()
