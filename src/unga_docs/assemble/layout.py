"""Paragraph layout: where a wrapped line ends its paragraph, and where a paragraph goes on across a page break.

Plain text says nothing of paragraphs; these heuristics read them from the layout (line lengths, closing
punctuation, the case of the next word). Markdown lines never wrap, so only `continues_after_break` applies there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from unga_docs.blocks import Line
from unga_docs.grammar.lexicon import ENGLISH

__all__ = [
    "CLOSING",
    "ENDS_OPEN",
    "ENDS_SENTENCE",
    "LIST_MARKER",
    "LONE_MARKER",
    "STARTS_LOWER",
    "continues_after_break",
    "ends",
    "para_ends",
    "typical_width",
]

#: A line longer than this many measures is two lines merged by extraction: where the second part ends counts.
MERGED_LINE_FACTOR = 1.3
#: Room (in characters) left at a line's end that says it ended on purpose, when the next word would have fitted.
ROOM_FOR_NEXT_WORD = 5
#: A sentence ending this many characters short of the measure ends its paragraph (the next one is indented).
SHORT_LINE = 3
#: Only lines longer than this count towards the measure (short lines are titles, names, list items).
MEASURED_LINE = 40
#: The measure assumed when too few long lines show it.
DEFAULT_WIDTH = 80.0
#: The fewest long lines needed to measure the width.
MIN_MEASURED_LINES = 3
#: Text at least this long that breaks off without closing punctuation is a paragraph cut by a break (a page end,
#: a converter's blank line), not a heading.
BROKEN_LINE = 60
#: How far back from its end a line is searched for an end-anchored pattern.
TAIL = 40

LIST_MARKER = re.compile(
    r"^(?:\(?[a-z]{1,4}\)|\(?[0-9]{1,3}[.)]|[0-9]{1,3}\.[0-9.]*\s|[•·▪■◦●○\-–—]\s|[A-Z]\.\s|\([ivx]+\))"
)
LONE_MARKER = re.compile(r"^(?:\(?[a-z]{1,4}\)|\(?[0-9]{1,3}[.)]|[•·▪■◦●○])$")
ENDS_SENTENCE = re.compile(r"[.!?:;…]['’\"”)\]]*$|[.!?]\s*\*+$")
ENDS_OPEN = ENGLISH.open_end
CLOSING = re.compile(r"[.!?:;…'’\"”)\]]$")
STARTS_LOWER = re.compile(r"^[a-z\u00df-\u00ff]")

#: How a letter's closing request opens (the lexicon's: `Lexicon.closing_requests`).
CLOSING_REQUESTS: tuple[str, ...] = ENGLISH.closing_requests
_CLOSING_REQUEST = ENGLISH.closing_request


def ends(pattern: re.Pattern[str], text: str) -> bool:
    """Say whether *text* ends with what the end-anchored *pattern* matches (only its tail is searched).

    The last character decides most questions without the regex (`_LAST`); what it cannot decide is searched.
    """
    last = _LAST.get(pattern)
    if last is not None and text[-1:] != "\n":
        answer = last(text[-1:])
        if answer is not None:
            return answer
    return pattern.search(text, max(0, len(text) - TAIL)) is not None


def _closing(c: str) -> bool | None:
    return c in _CLOSERS


def _sentence(c: str) -> bool | None:
    # A sentence's end with no closing quote or bracket after it is one; a closer or a "*" wants the regex.
    if c in _STOPS:
        return True
    return None if c in _AFTER_STOP else False


def _open(c: str) -> bool | None:
    # The words that leave a line open are letters: a line ending in neither a letter nor ",(-–" is closed.
    if c in _OPENERS:
        return True
    return None if c.isalpha() else False


_CLOSERS = frozenset(".!?:;…'’\"”)]")
_STOPS = frozenset(".!?:;…")
_OPENERS = frozenset(",(-–")
_AFTER_STOP = frozenset("'’\"”)]*")
#: What the last character of a text says about the end-anchored patterns (True, False, or None: search).
_LAST: dict[re.Pattern[str], Callable[[str], bool | None]] = {
    CLOSING: _closing,
    ENDS_SENTENCE: _sentence,
    ENDS_OPEN: _open,
}


def continues_after_break(prev: str, text: str, *, across_break: bool = True) -> bool:
    """Does paragraph *text* continue paragraph *prev*, split from it by a page break?

    It does when *prev* ends without closing punctuation and *text* starts in lower case, or when *prev* breaks
    off mid-phrase (after a comma, "of", "the", "and" ...) or is a full line (`BROKEN_LINE`) without closing
    punctuation and a real break (a blank line, page furniture, a markdown block) lies between (*across_break*);
    never when *text* starts with a list marker.

    Example:
        >>> continues_after_break("Under the leadership", "of the Victorious Commander-in-Chief")
        True
        >>> continues_after_break("(S/2020/273, S/2020/490,", "S/2020/639, S/2020/778)")
        True
        >>> continues_after_break("It was restored.", "of the"), continues_after_break("items:", "(b) the rest")
        (False, False)
    """
    if LIST_MARKER.match(text):
        return False
    if STARTS_LOWER.match(text):
        return not ends(CLOSING, prev)
    if not across_break:
        return False
    # A full line broken off without closing punctuation goes on after the break (converters print a
    # paragraph's first line as a block of its own); a heading is shorter, a list item needs no punctuation.
    return bool(ends(ENDS_OPEN, prev)) or (
        len(prev) >= BROKEN_LINE
        and not ends(CLOSING, prev)
        and not ends(ENDS_SENTENCE, prev)  # "... of 1991.*": a footnote marker after the full stop
        and not LIST_MARKER.match(prev)
    )


def para_ends(prev: str, nxt: str, width: float, following: Callable[[], str | None]) -> bool:
    """Does a wrapped line *prev* end its paragraph, given the line *nxt* after it?

    Plain text says nothing of paragraphs, so the layout does: a line ended on purpose if the next line's
    first word would have fitted on it; after a sentence, a line a little short of the measure starts a
    paragraph (its first line is indented in print). Lines merged by extraction count by their last part.

    Args:
        prev: the line read last.
        nxt: the line after it.
        width: the measure (`typical_width`).
        following: gives the text of the wrapped line after *nxt* (None at a block's end); called only when a
            full line ended a sentence.
    """
    if LIST_MARKER.match(nxt):
        return True
    if prev.endswith(","):
        return False  # a paragraph never ends at a comma ("..., 26 February 2024," then "7 February 2024 ...")
    length = len(prev)
    if length > width * MERGED_LINE_FACTOR:
        length -= int(width) + 1
    first = nxt.split(" ", 1)[0]
    if width - length - len(first) - 1 >= ROOM_FOR_NEXT_WORD:
        return True
    if not nxt[:1].isupper():
        return False
    if prev.endswith(":"):
        return True
    if not ends(ENDS_SENTENCE, prev):
        return False
    if _CLOSING_REQUEST.match(nxt):
        return True  # the closing request to circulate the letter is a paragraph of its own
    if width - length >= SHORT_LINE:
        return True
    # A full line ended a sentence: the next starts a paragraph if it is indented, i.e. ends short of the
    # measure without ending a sentence itself.
    after = following()
    if after is None or ends(ENDS_SENTENCE, nxt):
        return False
    return len(nxt) + 1 + len(after.split(" ", 1)[0]) <= max(width, length) - 1


def typical_width(lines: Sequence[Line]) -> float:
    """The width of a full line in plain text: long wrapped lines are about this long (the upper quartile)."""
    lengths = sorted(len(x.text) for x in lines if x.wraps and len(x.text) > MEASURED_LINE)
    if len(lengths) < MIN_MEASURED_LINES:
        return DEFAULT_WIDTH
    return float(lengths[(len(lengths) * 3) // 4])
