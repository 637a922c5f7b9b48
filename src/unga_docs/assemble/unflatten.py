"""The pre-pass: cut flattened lines of the masthead zone into the pieces they would have been on.

A PDF's text layer, or a web page, can hold a whole document on one line. Such a line is cut into the pieces the
masthead, title and body would have been on, at the places the grammar knows, before anything else is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from unga_docs.assemble.fields import MASTHEAD_EVIDENCE, masthead_fields, masthead_prefix
from unga_docs.blocks import Line
from unga_docs.errors import Diagnostic, DiagnosticKind
from unga_docs.grammar import ENGLISH, Lexicon, find_sessions, is_title_start, match_agenda_list
from unga_docs.grammar.languages import FLAT_TITLES
from unga_docs.grammar.lexicon import BARCODE, DATE_STAMP, JOB_NUMBER, LANGUAGE_LETTER

__all__ = ["unflatten_lines"]

#: Where a title starts inside flattened text, and where it ends (the lexicon's).
_TITLE_IN_TEXT, _TITLE_TAIL = ENGLISH.flat_title
_BODY_BREAK = re.compile(
    rf"""(?P<job>\b{JOB_NUMBER.pattern}\s*{LANGUAGE_LETTER.pattern}(?:\s+{DATE_STAMP.pattern}(?!\w)){{0,3}}(?!\w))
                                                                        # 10-29024 (E) 260310 290310
      | (?P<barcode>{BARCODE.pattern})                                  # *1029024*
      | (?P<signed>{ENGLISH.signed.pattern})                            # (Signed)
      | (?P<annex>{ENGLISH.annex_in_text.pattern})""",
    re.VERBOSE,
)
#: Page furniture a flattened masthead can run into before the session line: "14-54095 (E) 280514 *1454095*".
_LEADING_FURNITURE = re.compile(
    rf"{JOB_NUMBER.pattern}\s*{LANGUAGE_LETTER.pattern}(?:\s+{DATE_STAMP.pattern}(?!\w)){{0,3}}(?:\s*{BARCODE.pattern})?\s*"
)
_GLUED_MARKER = re.compile(r"[0-9]{1,2}(?=\s|$)|\*{1,3}")  # matched at a position: no "^"
#: A line shorter than this is laid out, not flattened.
_MIN_FLAT = 200
#: A line this short is never looked at as flattened.
_MIN_CUT = 12
#: The longest title the flattened-line search looks through for its addressees.
_MAX_TITLE_CHARS = 1500


def unflatten_lines(lines: Sequence[Line], lexicon: Lexicon = ENGLISH) -> tuple[list[Line], list[Diagnostic]]:
    """Cut flattened lines of the masthead zone (up to the letter's title) into their pieces.

    The masthead and the title are read in the words of *lexicon* (the document's language) or English.

    Returns:
        The lines, cut, and the diagnostics the cutting gave (footnote markers glued to a title).
    """
    out: list[Line] = []
    notes: list[Diagnostic] = []
    for k, line in enumerate(lines):
        if line.literal or line.rule or (is_title_start(line.text, lexicon) and not _masthead_ahead(lines, k, lexicon)):
            # A document that starts with its title, flattened onto one line with its body (a word processor's
            # text dump): the title ends with its addressees.
            glued: list[str] = []
            flat = (
                _split_title_and_body(line.text, glued, lexicon)
                if len(line.text) > _MIN_FLAT and not line.literal
                else []
            )
            if len(flat) > 1 and not line.heading:
                out.extend(
                    attrs.evolve(line, text=p, block_start=line.block_start or j > 0, wraps=False)
                    for j, p in enumerate(flat)
                )
                notes.extend(_glued_notes(line, glued))
                k += 1
            out.extend(lines[k:])
            break
        markers: list[str] = []
        pieces = _unflatten(line.text, markers, lexicon) if len(line.text) > _MIN_CUT else None
        if pieces is None or len(pieces) < 2:
            if line.heading and pieces is None and masthead_fields(line.text, lexicon) is None:
                # A heading starts the body, unless it is made of or starts with masthead fields (markup is a
                # hint only: converters make headings of masthead lines, merged or not).
                out.extend(lines[k:])
                break
            out.append(line)
            continue
        for j, piece in enumerate(pieces):
            out.append(
                attrs.evolve(
                    line,
                    text=piece,
                    block_start=line.block_start or j > 0,
                    wraps=False,
                    heading=0 if j else line.heading,
                )
            )
        notes.extend(_glued_notes(line, markers))
        title_in_text = FLAT_TITLES.get(lexicon.language, (_TITLE_IN_TEXT,))[0]
        if any(_TITLE_IN_TEXT.match(p) or title_in_text.match(p) for p in pieces):
            out.extend(lines[k + 1 :])
            break
    return out, notes


def _glued_notes(line: Line, markers: list[str]) -> list[Diagnostic]:
    """The footnote markers cut off the end of a title, reported (the title is kept without them)."""
    return [
        Diagnostic(kind=DiagnosticKind.NORMALISED, line=line.lineno, text=m, message="footnote marker glued to a title")
        for m in markers
    ]


#: How far into a flattened line a stamp before its session line may reach.
_STAMP_WINDOW = 40
#: How many lines after a title a masthead may start for the title to be a web page's heading.
_TITLE_AHEAD = 3


def _masthead_ahead(lines: Sequence[Line], k: int, lexicon: Lexicon) -> bool:
    """A web page may print the document's title above its masthead (then the masthead zone goes on).

    The masthead is a line made only of fields, one of them a symbol, a distribution, an original language, a
    session or the copy's language: an organ or "United Nations" may be a wrapped title's last line, and a date
    alone the letter's own.
    """
    for x in lines[k + 1 : k + 1 + _TITLE_AHEAD]:
        fields = None if x.literal else masthead_fields(x.text, lexicon)
        if fields and any(f.kind in MASTHEAD_EVIDENCE for f in fields):
            return True
    return False


def _unflatten(text: str, markers: list[str], lexicon: Lexicon) -> list[str] | None:
    """Cut a flattened line into masthead, agenda, title and body pieces; None when it is not one."""
    head = masthead_prefix(text, lexicon)
    if head == 0:  # a stamp before a flattened masthead (only a long line is looked at: most lines are not)
        return _after_stamp(text, markers, lexicon) if len(text) >= _MIN_FLAT else None
    pieces = [text[:head].strip()]
    rest = text[head:].strip()
    lead = _LEADING_FURNITURE.match(rest)
    if lead is not None:  # furniture between the masthead and the session line is a piece of its own
        job, star, barcode = lead.group().partition("*")
        pieces.extend(p for p in (job.strip(), (star + barcode).strip()) if p)
        rest = rest[lead.end() :]
        head = masthead_prefix(rest)
        if head:
            pieces.append(rest[:head].strip())
            rest = rest[head:].strip()
    rest = rest.lstrip(" -–—")  # "ORIGINAL: ENGLISH - LETTER DATED ...": a dash before the title
    if not rest:
        return None
    title = FLAT_TITLES.get(lexicon.language, (_TITLE_IN_TEXT,))[0].search(rest)
    agenda = match_agenda_list(rest, lexicon) or match_agenda_list(rest)
    if agenda is not None:
        cut = title.start() if title is not None else len(rest)
        pieces.append(rest[:cut].strip())
        rest = rest[cut:]
    elif title is None or title.start() > 0:
        return None if len(pieces) == 1 and len(text) < _MIN_FLAT else [*pieces, rest]
    if rest:
        pieces.extend(_split_title_and_body(rest, markers, lexicon))
    return [p for p in pieces if p]


def _after_stamp(text: str, markers: list[str], lexicon: Lexicon) -> list[str] | None:
    """A scan's stamp before the session line ("UN/SA COLLECTION Thirty-fourth session ..."): cut it off."""
    for start, _, _ in find_sessions(text[:_STAMP_WINDOW], lexicon) or find_sessions(text[:_STAMP_WINDOW]):
        if start > 0 and masthead_prefix(text[start:], lexicon) > 0:
            rest = _unflatten(text[start:], markers, lexicon)
            return [text[:start].strip(), *(rest or [text[start:]])]
        break
    return None


def _split_title_and_body(text: str, markers: list[str], lexicon: Lexicon = ENGLISH) -> list[str]:
    """A title run into its body: the title ends with its addressees; the body breaks at furniture and annexes.

    A footnote marker glued to the end of a title ("...Secretary-General1") is cut off and added to *markers*.
    """
    pieces: list[str] = []

    def title_then_rest(start: int, end: int) -> int:
        pieces.append(text[start:end])
        glued = _GLUED_MARKER.match(text, end)
        if glued is None:
            return end
        markers.append(text[start:end].rsplit(" ", 1)[-1] + glued.group())
        return glued.end()

    pos = 0
    title_in_text, title_tail = FLAT_TITLES.get(lexicon.language, (_TITLE_IN_TEXT, _TITLE_TAIL))
    tail = title_tail.search(text, 0, _MAX_TITLE_CHARS) if title_in_text.match(text) else None
    if tail is not None:
        pos = title_then_rest(0, tail.end())
    for m in _BODY_BREAK.finditer(text, pos):
        if m.start() > pos:
            pieces.append(text[pos : m.start()].strip())
        if m.lastgroup == "annex":
            tail = _TITLE_TAIL.search(text, m.start(), m.start() + _MAX_TITLE_CHARS)
            pos = title_then_rest(m.start(), tail.end() if tail is not None else m.end())
        elif m.lastgroup == "signed":
            pos = m.start()  # "(Signed) Name" stays with what follows
        else:
            pieces.append(m.group())
            pos = m.end()
    pieces.append(text[pos:].strip())
    return [p.strip() for p in pieces if p.strip()]
