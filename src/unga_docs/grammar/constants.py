"""What every language shares: the limits, footnote marks, page-footer numbers and agenda sub-items.

`unga_docs.grammar.lexicon` re-exports every name here; a `Lexicon` holds what a language changes.

Example:
    >>> roman(18), "xviii" in SUB_ITEMS, MAX_SESSION
    ('xviii', True, 199)
"""

from __future__ import annotations

import re
import string

__all__ = [
    "BARCODE",
    "DAGGERS",
    "DATE_STAMP",
    "FOOTNOTE_MARKER",
    "HYPHENS",
    "JOB_NUMBER",
    "LANGUAGE_LETTER",
    "MAX_AGENDA_ITEM",
    "MAX_DATE_LENGTH",
    "MAX_SESSION",
    "MAX_SUB_ITEM_NUMERAL",
    "MAX_TITLE_LINES",
    "SUB_ITEMS",
    "roman",
]

#: Sessions (and Security Council years) are numbered 1 to this: the highest ordinal the grammars spell.
MAX_SESSION = 199
#: Agenda items are numbered 1 to this.
MAX_AGENDA_ITEM = 9999
#: A title wraps over at most this many lines: `title_extent` counts no further, and the assembler offers it no
#: more (real titles take two to five).
MAX_TITLE_LINES = 6
#: "Wednesday, 30 September 2020" is 28 characters: anything much longer is not one date.
MAX_DATE_LENGTH = 60
#: Hyphens and dashes that may join the words of a spelled ordinal ("Seventy-seventh").
HYPHENS = "\u2010\u2011\u2012\u2013\u2014\u00ad-"
#: The marks that follow a list or a title as footnote markers ("of the preliminary list*").
DAGGERS = "*\u2020\u2021"
#: A footnote marker: 1-999, a letter, one to three asterisks, a dagger, a double dagger or a section sign.
FOOTNOTE_MARKER = re.compile(r"[0-9]{1,3}|[a-z]|\*{1,3}|[\u2020\u2021\u00a7]")
#: A job number as printed in the page footer ("23-01234" of "23-01234 (E) 250123").
JOB_NUMBER = re.compile(r"[0-9]{2}-[0-9]{5}")
#: The language letter printed after a job number ("(E)" of "23-01234 (E)").
LANGUAGE_LETTER = re.compile(r"\([A-Z]\)")
#: A date stamp of the page footer ("250123" of "23-01234 (E) 250123").
DATE_STAMP = re.compile(r"[0-9]{6}")
#: A barcode as printed in the page footer, between asterisks ("*2301234*").
BARCODE = re.compile(r"\*[0-9]{7}\*")
#: The highest roman numeral a sub-item takes ("(xcix)").
MAX_SUB_ITEM_NUMERAL = 99

_ROMAN = (("xc", 90), ("l", 50), ("xl", 40), ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))


def roman(n: int) -> str:
    """Write 1 to 399 as a lower-case roman numeral, as sub-items are printed ("xviii").

    Example:
        >>> roman(18), roman(99)
        ('xviii', 'xcix')
    """
    out = []
    for numeral, value in (("c", 100), *_ROMAN):
        count, n = divmod(n, value)
        out.append(numeral * count)
    return "".join(out)


#: Every sub-item of an agenda item, the "b" of "68 (b)" and the "xviii" of "69 (xviii)": one lower-case letter,
#: or a lower-case roman numeral from i to xcix. Model, grammar, writers and strategies all read this one set.
SUB_ITEMS: frozenset[str] = frozenset(string.ascii_lowercase) | frozenset(
    roman(n) for n in range(1, MAX_SUB_ITEM_NUMERAL + 1)
)
