"""OCR repairs the grammars read through: letter-spacing, and a neighbouring page's margin.

Letter-spacing splits words ("Secre tario Gener al") and a symbol's number ("A/47/8 99"); a scan that caught the
margin of the page beside it starts lines with fragments of its words ("las ESPAÑOL").

The text is kept as printed; a grammar that cannot read it reads the repaired text instead (see
`unga_docs.grammar.titles.parse_title` and the masthead rule).

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

__all__ = ["is_fragment", "margin_splits", "rejoin_symbol_number", "respace"]

_LETTERS_ONLY = re.compile(r"[^\W\d_]+")
#: A last piece may carry the punctuation after the word ("ORIGIN AL:").
_WORD_AND_MARK = re.compile(r"([^\W\d_]+)([:.,;]?)")
#: A symbol's number split before its last digits at the end of a line ("A/47/8 99", "S/2536 0").
_SPLIT_NUMBER = re.compile(r"(/[0-9]{1,5}) ([0-9]{1,3})$")
#: A fragment of a neighbouring page's margin: one or two short pieces of words at the start of a line.
_FRAGMENT_WORD = 6
_FRAGMENT_WORDS = 2
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
        *lexicon.ordinals,
        *lexicon.session_formats.values(),
        *lexicon.session_units,
        *lexicon.organs,
        *lexicon.distributions,
        *lexicon.languages,
        lexicon.original_label,
        *(form for forms in lexicon.agenda_formats.values() for form in forms),
    )
    return frozenset(w.casefold() for t in texts for w in _LETTERS_ONLY.findall(t))


def respace(text: str, lexicon: Lexicon) -> str:
    """Join the pieces of words OCR split by letter-spacing ("dirigi da al Secre tario Gener al").

    Two or three pieces are joined when together they make a word the lexicon's title grammar knows and apart
    they do not all: "Gener al" is "General", but "de fecha" stays. A word misread the usual way ("rn" for "m")
    is put right when the lexicon knows the right one ("Terna" is "Tema").

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
            last = _WORD_AND_MARK.fullmatch(pieces[-1]) if len(pieces) == k else None
            if last is None or not all(_LETTERS_ONLY.fullmatch(p) for p in pieces[:-1]):
                continue
            pieces[-1] = last.group(1)
            joined = "".join(pieces)
            if joined.casefold() in vocabulary and not all(p.casefold() in vocabulary for p in pieces):
                out.append(joined + last.group(2))
                i += k
                break
        else:
            out.append(_misread(words[i], vocabulary))
            i += 1
    return " ".join(out)


#: Letters OCR reads for others: "rn" for "m" ("Terna" for "Tema"), "cl" for "d".
_MISREAD = (("rn", "m"), ("cl", "d"))


def _misread(word: str, vocabulary: frozenset[str]) -> str:
    """The word the lexicon knows that OCR misread as *word* ("Terna" is "Tema"), else *word*."""
    if word.casefold() in vocabulary or not _LETTERS_ONLY.fullmatch(word):
        return word
    for wrong, right in _MISREAD:
        if wrong in word and word.replace(wrong, right).casefold() in vocabulary:
            return word.replace(wrong, right)
    return word


def rejoin_symbol_number(text: str) -> str:
    """Join a symbol's number that letter-spacing split before its last digits at the end of a line.

    The joined number has at most five digits (a document's number); callers use it only where the line does not
    read otherwise.

    Example:
        >>> rejoin_symbol_number("A/47/8 99"), rejoin_symbol_number("A/47/8991 12")
        ('A/47/899', 'A/47/8991 12')
    """
    return _SPLIT_NUMBER.sub(
        lambda m: m.group(0) if len(m.group(1)) + len(m.group(2)) > 6 else m.group(1) + m.group(2), text
    )


def margin_splits(text: str) -> list[tuple[str, str]]:
    """Where a neighbouring page's margin may end at the start of a line: (fragment, rest) pairs, shortest first.

    A scan that caught the margin of the page beside it prints one or two short pieces of words before each line
    ("Ido de Distr .", "las ESPAÑOL"). The pairs are only candidates: the caller keeps one whose rest reads.

    Example:
        >>> margin_splits("las ESPAÑOL")
        [('las', 'ESPAÑOL')]
    """
    words = text.split(" ")
    out: list[tuple[str, str]] = []
    for k in range(1, min(_FRAGMENT_WORDS, len(words) - 1) + 1):
        if not _fragment_word(words[k - 1]):
            break
        out.append((" ".join(words[:k]), " ".join(words[k:])))
    return out


def is_fragment(text: str) -> bool:
    """Whether a whole line is such a fragment: one or two short pieces of words ("21 de", "Fondo")."""
    words = text.split(" ")
    return len(words) <= _FRAGMENT_WORDS and all(_fragment_word(w) for w in words)


def _fragment_word(word: str) -> bool:
    """A short piece of a word; not one that goes on in the next ("Forty-"), nor a place before its date ("York,")."""
    return len(word) <= _FRAGMENT_WORD and not word.endswith(("-", "\u2010", "\u2011", ","))
