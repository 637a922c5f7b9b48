"""The documents a document cites: the symbols its text names, for citation networks.

`find_references` reads the letter's title and paragraphs, the text outside the letter, the annexes (their
headings, paragraphs and statements) and the footnotes, finds every symbol with `find_symbols`, and keeps each
cited document once, in order of first citation. A reissue mark is resolved: "S/1999/1133*" cites S/1999/1133 (the
mark is a footnote or reissue mark on the printed symbol, not part of the document's identity). The document's own
symbols are not references, whether or not either side carries the mark.

It is what the property ``Document.references`` gives (and what its JSON form writes).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs

from unga_docs.symbols import Symbol, find_symbols

if TYPE_CHECKING:
    from unga_docs.model import Document

__all__ = ["find_references"]


def _texts(doc: Document) -> Iterator[str]:
    """Every text of *doc* that may cite a document, in reading order (its masthead aside)."""
    yield from doc.paragraphs
    letter = doc.letter
    if letter is not None:
        yield letter.title
        yield from letter.paragraphs
    for annex in doc.annexes:
        if annex.heading is not None:
            yield annex.heading
        yield from annex.paragraphs
        if annex.statement is not None:
            yield annex.statement.title
            yield from annex.statement.paragraphs
    for footnote in doc.footnotes:
        yield footnote.text


def _unmarked(symbol: Symbol) -> Symbol:
    return attrs.evolve(symbol, reissued=False) if symbol.reissued else symbol


def find_references(doc: Document) -> tuple[Symbol, ...]:
    """The symbols of the documents *doc* cites, each once, in order of first citation.

    Args:
        doc: a document.

    Returns:
        The cited symbols, reissue marks resolved, the document's own symbols left out.

    Example:
        >>> import unga_docs as ud
        >>> doc = ud.Document(
        ...     symbols=(ud.Symbol.parse("S/2024/10"),),
        ...     paragraphs=("As S/2024/10 recalls, see S/1999/1133* and S/1999/1133 and A/54/PV.3.",),
        ... )
        >>> [str(s) for s in find_references(doc)]
        ['S/1999/1133', 'A/54/PV.3']
    """
    own = {_unmarked(s) for s in doc.symbols}
    seen: dict[Symbol, None] = {}
    for text in _texts(doc):
        if "/" not in text:  # every symbol holds a "/": `in` skips most texts far faster than the symbol scan
            continue
        for symbol in find_symbols(text):
            cited = _unmarked(symbol)
            if cited not in own:
                seen.setdefault(cited)
    return tuple(seen)
