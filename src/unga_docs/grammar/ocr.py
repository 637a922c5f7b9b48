"""OCR repairs the grammars read through: words split by letter-spacing ("Secre tario Gener al").

The text is kept as printed; a grammar that cannot read it reads the repaired text instead (see
`unga_docs.grammar.titles.parse_title`).

Example:
    >>> from unga_docs.grammar.languages import LEXICONS
    >>> from unga_docs.enums import Language
    >>> respace("dirigi da al Secre tario Gener al", LEXICONS[Language.SPANISH])
    'dirigida al Secretario General'
"""

from __future__ import annotations

import functools
import re

from unga_docs.grammar.lexicon import Lexicon

__all__ = ["respace"]

_LETTERS_ONLY = re.compile(r"[^\W\d_]+")
#: At most this many pieces of one word split by letter-spacing are joined ("Secre tario", "Cuadra gésim o").
_MAX_PIECES = 3


@functools.cache
def _vocabulary(lexicon: Lexicon) -> frozenset[str]:
    """The words a title's grammar knows in *lexicon*: kinds, months, title words, addressees, States."""
    texts = (
        *lexicon.months,
        *lexicon.letter_kinds,
        *lexicon.addressee_forms,
        *lexicon.title_formats.values(),
        *lexicon.member_states,
        *lexicon.observer_states,
        *lexicon.other_state_names,
        *lexicon.small_words,
    )
    return frozenset(w.casefold() for t in texts for w in _LETTERS_ONLY.findall(t))


def respace(text: str, lexicon: Lexicon) -> str:
    """Join the pieces of words OCR split by letter-spacing ("dirigi da al Secre tario Gener al").

    Two or three pieces are joined when together they make a word the lexicon's title grammar knows and apart
    they do not all: "Gener al" is "General", but "de fecha" stays.

    Args:
        text: Text with single spaces (whitespace collapsed).
        lexicon: The words of the text's language.

    Returns:
        The text with those words joined; unchanged where none is split.
    """
    vocabulary = _vocabulary(lexicon)
    words = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        for k in range(_MAX_PIECES, 1, -1):
            pieces = words[i : i + k]
            if len(pieces) < k or not all(_LETTERS_ONLY.fullmatch(p) for p in pieces):
                continue
            joined = "".join(pieces)
            if joined.casefold() in vocabulary and not all(p.casefold() in vocabulary for p in pieces):
                out.append(joined)
                i += k
                break
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)
