"""Rule: the letter's title ("Letter dated ... addressed to ..."), and headings no convention claims.

A title wraps over several lines in plain text (`title_end`); an annex heading wraps the same way (`heading_at`).
A heading no convention claims is placed by where it stands and (only then) by its level.
"""

from __future__ import annotations

import re

from unga_docs.assemble.kinds import LineKind
from unga_docs.assemble.rules import furniture
from unga_docs.assemble.state import Container, State
from unga_docs.blocks import Line
from unga_docs.errors import ParseError
from unga_docs.grammar import ENGLISH, MAX_TITLE_LINES, Lexicon, is_title_start, ocr, parse_title, title_extent
from unga_docs.model import ANNEX_HEADING

__all__ = ["FIRST", "heading_at", "matches", "read", "read_heading", "title_end"]

#: What the body reads as a title can start with: annex forms, letter(s), identical, note(s), telegram,
#: cablegram, communication(s), message, dated.
_BODY_FIRST = frozenset("AaEeLlIiNnTtCcMmDd")
#: What titles in the other languages start with beyond those: Письмо, Идентичные, Вербальная, Приложение,
#: Телеграмма, رسالة, مذكرة, المرفق ... (read with the document's lexicon; Lettre, Carta, Nota ... are above).
_OTHER_FIRST = frozenset("ИиВвТтПпДдرمابو")
#: What `is_title_start` accepts can start with: the same, "İ" (it case-folds onto "i") and white space (it is
#: stripped first). The body offers such lines to `read`, which keeps to `_BODY_FIRST`.
FIRST = (
    _BODY_FIRST
    | _OTHER_FIRST
    | frozenset("\u0130\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680")
    | frozenset("\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
)
#: An annex heading ("Annex I to the letter ..."): wrapped like a title.
_ANNEX_HEADING = re.compile(rf"^{ANNEX_HEADING.pattern}", re.IGNORECASE)


def matches(text: str, lexicon: Lexicon = ENGLISH) -> bool:
    """Silent mode: does *text* start a letter's title (or an annex heading naming one), in English or *lexicon*'s?"""
    return is_title_start(text) or (lexicon is not ENGLISH and is_title_start(text, lexicon))


def read(state: State, line: Line) -> bool:
    """A title: the letter's, if none was read; else an annex's heading.

    It is the heading of an annex opened by a label alone, or of a new annex when the source makes it a top-level
    heading; elsewhere the line is left to the rules after this one.
    """
    text = line.text
    if text[0] not in _BODY_FIRST and (state.lexicon is ENGLISH or text[0] not in _OTHER_FIRST):
        return False
    if not is_title_start(text, state.lexicon) and (state.lexicon is ENGLISH or not is_title_start(text)):
        return False
    i = state.i
    if state.letter is None and not state.annexes:
        state.flush()
        j = title_end(state, i)
        state.letter = Container(title=" ".join(x.text for x in state.lines[i:j]), starts={"title": line})
        state.i = j
        return True
    if state.takes_heading():
        state.i = heading_at(state, i, new=False)
        return True
    if 0 < line.heading <= 2:
        state.i = heading_at(state, i, new=True)
        return True
    return False


def read_heading(state: State, line: Line) -> bool:
    """A heading no convention claims, placed by where it stands.

    It is the letter's title if none was read (and the source vouches for it); the heading of an annex opened
    by a label alone; at levels 1-2 after a thematic break, a new annex's heading; else it is left to the rules
    after this one (a statement's title or date in an annex, else a paragraph).
    """
    if not line.heading:
        return False
    i = state.i
    # Before any letter, a heading no convention claims is the letter's title only where the source vouches for
    # it: escaped by the canonical writer, or set as a heading by a PDF's layout. Converters make headings of
    # any bold line (a resolution's, a request's headings): those stay text outside the letter.
    if state.letter is None and not state.annexes and (line.literal or line.page > 0):
        state.flush()
        state.letter = Container(title=line.text, starts={"title": line})
        state.i = i + 1
        return True
    # PDF (formats/pdf.py): a PDF's headings carry no level of their own (the lexer gives every bold block level
    # 3), so where one stands decides: after an annex's label alone, it is the annex's heading.
    if (line.heading <= 2 or line.page > 0) and state.takes_heading():
        state.i = heading_at(state, i, new=False)
        return True
    # A top-level heading opens an annex of its own only right after a thematic break (as the canonical writer
    # puts it): converters make headings of any bold line at any level, so the level alone proves nothing, and
    # some print a rule at each page end (page furniture follows it there).
    # A first annex with a bare heading needs a letter before it (the model says why: the heading would read back as
    # the letter's title); before any letter or annex the heading is left to the rules after this one.
    if (
        line.heading <= 2
        and state.line_after_rule
        and not state.after_furniture
        and (state.letter is not None or state.annexes)
    ):
        state.i = heading_at(state, i, new=True)
        return True
    return False  # the rules after this one read it: a statement's title or date in an annex, else a paragraph


def title_end(state: State, i: int) -> int:
    """The index after the last line of the title starting at line *i* (wrapped titles in plain text)."""
    lines = state.lines
    if lines[i].heading:
        return _heading_end(lines, i)
    if not any(x.wraps for x in lines[i + 1 : i + 2]):
        return _block_title_end(state, i)
    candidates: list[str] = [lines[i].text]
    index: list[int] = [i]
    j = i + 1
    while j < len(lines) and len(candidates) < MAX_TITLE_LINES:
        x = lines[j]
        if x.rule or x.heading or x.literal or not x.wraps:
            break
        if furniture.matches(x.text):
            j += 1
            continue
        if state.classify(x.text) not in (LineKind.TEXT, LineKind.MASTHEAD) or state.lexicon.signed.match(x.text):
            break
        if state.margin and ocr.is_fragment(x.text) and _reads(" ".join(candidates)):
            break  # a fragment of the page beside it ("la"), after a title that reads whole
        candidates.append(x.text)
        index.append(j)
        j += 1
    lexicon = state.lexicon if is_title_start(candidates[0], state.lexicon) else ENGLISH
    extent = max(1, min(title_extent(candidates, lexicon), len(candidates)))
    end = index[extent - 1] + 1
    # Furniture inside the title was skipped over: report it.
    for k in range(i + 1, end):
        if k not in index:
            furniture.report(state, lines[k])
    return end


def _reads(title: str) -> bool:
    """Whether *title* reads as a whole title: its kind, and its sender or addressees."""
    try:
        parts = parse_title(title)
    except ParseError:
        return False
    return parts.kind is not None and bool(parts.sender or parts.addressees)


def _heading_end(lines: list[Line], i: int) -> int:
    """The index after a title printed as a heading.

    The lines right after it (no blank line between) that complete it go with it: converters print the rest
    of a wrapped heading there.
    """
    j = i + 1
    while j < len(lines) and j - i < MAX_TITLE_LINES:
        x = lines[j]
        if x.block_start or x.heading or x.rule or x.literal:
            break
        j += 1
    if j == i + 1:
        return j
    return i + max(1, title_extent([x.text for x in lines[i:j]]))


def _block_title_end(state: State, i: int) -> int:
    """The index after a title printed as a paragraph in markdown.

    Converters break a title into blocks (its first line a block of its own); the blocks after it that the
    grammar says complete it go with it.
    """
    lines = state.lines
    j = i + 1
    while j < len(lines) and j - i < MAX_TITLE_LINES:
        x = lines[j]
        if x.heading or x.rule or x.literal or state.classify(x.text) not in (LineKind.TEXT, LineKind.MASTHEAD):
            break
        j += 1
    if j == i + 1:
        return j
    return i + max(1, title_extent([x.text for x in lines[i:j]]))


def heading_at(state: State, i: int, *, new: bool) -> int:
    """Read the (possibly wrapped) heading at line *i* into a *new* annex or the last one; return the next index."""
    text = state.lines[i].text
    j = (
        title_end(state, i)
        if matches(text) or is_title_start(text, state.lexicon) or _ANNEX_HEADING.match(text)
        else i + 1
    )
    heading = " ".join(x.text for x in state.lines[i:j])
    if new:
        state.new_annex(Container(heading=heading))
    else:
        state.flush()
        state.annexes[-1].heading = heading
    state.annexes[-1].starts["heading"] = state.lines[i]
    return j
