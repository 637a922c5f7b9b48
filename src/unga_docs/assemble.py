"""The one semantic parser: typed lines (from any dialect's lexer) to a Document.

What a document *means* is decided here, once, for markdown and plain text alike, with the grammars of
`unga_docs.grammar` and `unga_docs.symbols`. The lexers only say where lines, headings, blank lines and escapes
are. The assembler walks the lines once, in order:

1. Page furniture (job numbers, date stamps, barcodes, page numbers, "Please recycle", the "United Nations" logo
   line, running headers repeating the symbol) is set aside as diagnostics wherever it stands.
2. The masthead: symbols, organs, distribution, date, original language, sessions, agenda lists and the titles
   that follow them, in any order and any layout (one field a line, or several on one line). Text before the
   first masthead field, when a masthead follows, is outside the document (a web page's navigation).
3. The letter: a title (wrapped over several lines in plain text), paragraphs rebuilt from wrapped lines,
   signature blocks.
4. Annexes and enclosures: label, heading, paragraphs, signatures, and a statement with its title and date.
5. Footnotes, wherever they stand.

Lenient by default: what cannot be placed is kept as a paragraph and reported as a diagnostic; with
``strict=True`` the first such line raises `ParseError`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from typing import TypeVar

import attrs

from unga_docs.blocks import Line
from unga_docs.enums import Distribution, Language, Organ
from unga_docs.errors import Diagnostic, DiagnosticKind, ParseError
from unga_docs.grammar import (
    MEMBER_STATES,
    OBSERVER_STATES,
    find_sessions,
    is_title_start,
    match_agenda_list,
    parse_date,
    title_extent,
)
from unga_docs.model import (
    ANNEX_HEADING,
    ANNEX_LABEL,
    AgendaItem,
    Annex,
    Document,
    Footnote,
    Letter,
    Session,
    Signature,
    Statement,
)
from unga_docs.symbols import Symbol, find_symbol_spans

_T = TypeVar("_T")

__all__ = [
    "assemble",
    "bare_signature",
    "classify",
    "reads_as_text",
    "continues_after_break",
    "footnote_after_rule",
]

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_LANGUAGE = r"(?:Arabic|Chinese|English|French|Russian|Spanish)"

#: Page furniture: a whole line that is one of these is not content.
_FURNITURE = re.compile(
    r"""^(?:
        (?P<job>[0-9]{2}-[0-9]{5}(?:\s*\([A-Z]\))?(?:\s+[0-9]{6}){0,3})    # 21-00086 (E) 080121 110121
      | (?P<stamp>[0-9]{6}(?:\s+[0-9]{6})?)                                 # a date stamp: 080121
      | (?P<barcode>\*[0-9]{7}\*)                                           # *2100086*
      | (?P<page>[0-9]{1,3}\s*/\s*[0-9]{1,3})                               # 2/7
      | (?P<merged>[0-9]{2}-[0-9]{5}[0-9]{1,3}/[0-9]{1,3}                   # 21-019833/20
          | [0-9]{1,3}/[0-9]{1,3}\s+[0-9]{2}-[0-9]{5}                        # 2/7 20-14338
          | [0-9]{2}-[0-9]{5}\s+[0-9]{1,3}/[0-9]{1,3}                        # 20-14338 2/7
          | [0-9]{1,3}\s+[0-9]{2}-[0-9]{5}                                  # 2 09-60168
          | [0-9]{2}-[0-9]{5}\s+[0-9]{1,3})                                 # 09-60168 3
      | (?P<recycle>(?:♲\s*)?Please\s+recycle(?:\s*♲)?)
      | (?P<logo>United\s+Nations|UNITED\s+NATIONS|UNITED|NATIONS)
      | (?P<continued>/\.\.\.|\.\.\./)                                     # page-continuation marker
    )$""",
    re.VERBOSE | re.IGNORECASE,
)
_JOB_NUMBER = re.compile(r"[0-9]{2}-[0-9]{5}")
# The characters each kind of line can start with: a line is tried only against the kinds it can be.
_FURNITURE_FIRST = frozenset("0123456789*♲/.UuNnPp")
_FOOTNOTE_FIRST = frozenset("[*†‡§")
_ANNEX_FIRST = frozenset("AaEe")  # Annex, Appendix, Attachment, Enclosure
_TITLE_FIRST = frozenset("AaEeLlIiNnTtCcDd")  # annex forms, letter(s), identical, note(s), telegram, cablegram, dated

#: One masthead field; a line made only of these (and symbols and sessions) is a masthead line.
_MASTHEAD_TOKEN = re.compile(
    rf"""
        (?P<organ>General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council)
      | (?P<distr>Distr\s*(?:\.\s*:?|:)\s*(?P<distr_value>General|Limited|Restricted)?)
      | (?P<original>\[?\s*Original\s*:\s*(?P<original_value>{_LANGUAGE})?(?:\s*(?:,|and)\s*{_LANGUAGE})*\s*\]?)
      | (?P<date>[0-9]{{1,2}}\s+{_MONTH}\s+[0-9]{{4}})
      | (?P<language>{_LANGUAGE})
      | (?P<value>General|Limited|Restricted)
      | (?P<un>United\s+Nations)
      | (?P<provisional>Provisional)
    """,
    re.VERBOSE | re.IGNORECASE,
)
_SEPARATORS = re.compile(r"[\s,;–—\-]*")
# What a line of masthead fields can start with: a field, a symbol ("A/", "S/RES/", "E/CN.4/") or a session.
_FIELD_START = re.compile(
    rf"[\s,;–—\-]*(?:{_MASTHEAD_TOKEN.pattern}|[A-Z][A-Za-z0-9.\-]*\s*/|[A-Za-z]+(?:[\s-][A-Za-z]+){{0,7}}\s+"
    r"(?:emergency\s+)?(?:special\s+)?(?:session|year)\b)",
    re.VERBOSE | re.IGNORECASE,
)
_SIGNED = re.compile(r"^\(\s*Signed\s*\)\s*", re.IGNORECASE)
_SIGNED_ANYWHERE = re.compile(r"\(\s*Signed\s*\)", re.IGNORECASE)
_ANNEX_LABEL = re.compile(rf"^(?:{ANNEX_LABEL.pattern})$", re.IGNORECASE)
_ANNEX_HEADING = re.compile(rf"^{ANNEX_HEADING.pattern}", re.IGNORECASE)
_STATEMENT_TITLE = re.compile(
    r"^(?:(?:joint|final|press|draft|ministerial|progress|annual|interim|special|monthly|concluding|revised)\s+)*"
    r"(?:statement|declaration|communiqu[ée]|resolution|report|press\s+release|message|memorandum"
    r"|aide-m[ée]moire|decision|summary|position\s+paper|open\s+letter|address|speech|remarks|text|briefing|note)\b"
    # "United States of America: draft resolution"
    r"|^[^:]{2,120}:\s+(?:revised\s+)?draft\s+(?:resolution|decision|presidential\s+statement)$",
    re.IGNORECASE,
)
#: Pairs of words that follow each other inside the names of States and organs: a title wrapped between them goes on.
_NAME_PAIRS = frozenset(
    (a, b)
    for name in (
        *MEMBER_STATES,
        *OBSERVER_STATES,
        *(organ.value for organ in Organ),
        "United Nations",
        "Human Rights Council",
        "Security Council Committee",
    )
    for a, b in itertools.pairwise(name.split())
)
_SALUTATION = re.compile(
    r"^(?:(?:Mr|Madam|Mrs|Ms|Madame)\.?\s+(?:President|Chair|Secretary-General)|(?:Your\s+)?Excellenc)"
)
_FOOTNOTE_CANONICAL = re.compile(r"^\[\^(?P<marker>[^\]\s]{1,3})\]:\s*(?P<text>.*)$")
_FOOTNOTE_STAR = re.compile(r"^(?P<marker>\*{1,3}|[†‡§])\s*(?P<text>[^\s*].*)$")
_FOOTNOTE_AFTER_RULE = re.compile(r"^(?P<marker>[0-9]{1,3}|[a-z]|\*{1,3}|[†‡§])\s+(?P<text>\S.*)$")
_DATE_LINE = re.compile(rf"^[0-9]{{1,2}}\s+{_MONTH}\s+[0-9]{{4}}$", re.IGNORECASE)
_LIST_MARKER = re.compile(
    r"^(?:\(?[a-z]{1,4}\)|\(?[0-9]{1,3}[.)]|[0-9]{1,3}\.[0-9.]*\s|[•·▪■◦●○\-–—]\s|[A-Z]\.\s|\([ivx]+\))"
)
_LONE_MARKER = re.compile(r"^(?:\(?[a-z]{1,4}\)|\(?[0-9]{1,3}[.)]|[•·▪■◦●○])$")
_ENDS_SENTENCE = re.compile(r"[.!?:;…]['’\"”)\]]*$|[.!?]\s*\*+$")
_ENDS_OPEN = re.compile(r"(?:\b(?:of|the|and|to|in|on|for|by|with|at|a|an|or)|[,(\-–])$", re.IGNORECASE)
_CLOSING = re.compile(r"[.!?:;…'’\"”)\]]$")
_STARTS_LOWER = re.compile(r"^[a-z\u00df-\u00ff]")


class _Kind:
    """Line kinds (plain strings keep the assembler's dispatch cheap)."""

    FURNITURE = "furniture"
    MASTHEAD = "masthead"
    AGENDA = "agenda"
    TITLE = "title"
    ANNEX_LABEL = "annex label"
    ANNEX_HEADING = "annex heading"
    SIGNED = "signed"
    FOOTNOTE = "footnote"
    STATEMENT = "statement"
    TEXT = "text"


def _ends(pattern: re.Pattern[str], text: str) -> bool:
    """Say whether *text* ends with what the end-anchored *pattern* matches (only its tail is searched)."""
    return pattern.search(text, max(0, len(text) - 40)) is not None


def continues_after_break(prev: str, text: str, *, across_break: bool = True) -> bool:
    """Does paragraph *text* continue paragraph *prev*, split from it by a page break?

    It does when *prev* ends without closing punctuation and *text* starts in lower case, or when *prev* breaks
    off mid-phrase (after a comma, "of", "the", "and" ...) and a real break (a blank line, page furniture, a
    markdown block) lies between (*across_break*); never when *text* starts with a list marker.

    Example:
        >>> continues_after_break("Under the leadership", "of the Victorious Commander-in-Chief")
        True
        >>> continues_after_break("(S/2020/273, S/2020/490,", "S/2020/639, S/2020/778)")
        True
        >>> continues_after_break("It was restored.", "of the"), continues_after_break("items:", "(b) the rest")
        (False, False)
    """
    if _LIST_MARKER.match(text):
        return False
    if _STARTS_LOWER.match(text):
        return not _ends(_CLOSING, prev)
    return across_break and bool(_ends(_ENDS_OPEN, prev))


def footnote_after_rule(text: str) -> bool:
    """Right after a rule, a line "1 See ..." or "a Ibid." reads as a footnote.

    Example:
        >>> footnote_after_rule("1 See S/2020/372."), footnote_after_rule("The Council")
        (True, False)
    """
    return bool(_FOOTNOTE_AFTER_RULE.match(text))


_NAME_WORD = (
    r"(?:(?!(?:The|This|That|These|Those|It|In|On|At|For|And|Of|We|Our|My|He|She|They|His|Her)\b)"
    r"[A-ZÀ-ÖØ-Þ](?:\.|[\w'’-]*[^\W\d_])|de|da|di|van|von|der|del|della|dos|al|el|bin|ibn|la|le)"
)
#: A signatory's bare name: two to six capitalised words (initials may end in "."), no sentence.
_BARE_NAME = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,5}}$")


def bare_signature(text: str) -> bool:
    """Would *text*, as the last paragraph of an unsigned letter, read as its signatory's bare name?

    Some letters print the signatory's name without "(Signed)".

    Example:
        >>> bare_signature("António Guterres"), bare_signature("I have the honour."), bare_signature("Annex")
        (True, False, False)
    """
    return len(text) <= 60 and bool(_BARE_NAME.match(text)) and classify(text) == _Kind.TEXT


def _reads_as_name(text: str) -> bool:
    """Can a line after a bare "(Signed)" be the signatory's name (plain text, not another marker)?"""
    return classify(text) in (_Kind.TEXT, _Kind.MASTHEAD) and not _SIGNED_ANYWHERE.search(text)


def _is_statement_title(text: str) -> bool:
    return bool(_STATEMENT_TITLE.match(text)) and len(text) < 300 and not _ends(_ENDS_SENTENCE, text)


def classify(text: str) -> str:
    """Say what a line of text would be read as, out of context.

    The writers use it to know what they must escape so that it reads back as plain text.

    Example:
        >>> classify("(Signed) Yashar Aliyev"), classify("Annex I"), classify("On 20 January 2023, Azerbaijan")
        ('signed', 'annex label', 'text')
    """
    if _FURNITURE.match(text):
        return _Kind.FURNITURE
    if _SIGNED.match(text):
        return _Kind.SIGNED
    if _ANNEX_LABEL.match(text):
        return _Kind.ANNEX_LABEL
    if _ANNEX_HEADING.match(text):
        return _Kind.ANNEX_HEADING
    if is_title_start(text):
        return _Kind.TITLE
    if _FOOTNOTE_CANONICAL.match(text) or _FOOTNOTE_STAR.match(text):
        return _Kind.FOOTNOTE
    if _is_statement_title(text):
        return _Kind.STATEMENT
    if match_agenda_list(text) is not None:
        return _Kind.AGENDA
    if _masthead_fields(text) is not None:
        return _Kind.MASTHEAD
    return _Kind.TEXT


def reads_as_text(text: str) -> bool:
    """Would *text*, as a paragraph of its own, read back as plain text wherever it stands?

    It must not read as structure (see `classify`), nor start like a masthead flattened onto one line.

    Example:
        >>> reads_as_text("The Council met."), reads_as_text("Annex II"), reads_as_text("General Assembly item 5")
        (True, False, False)
    """
    return classify(text) == _Kind.TEXT and _masthead_prefix(text) == 0


@attrs.define
class _Field:
    """One masthead field found on a line."""

    kind: str
    value: object = None
    text: str = ""  # as printed
    glued: bool = False  # printed right against the field before it ("A/74/956S/2020/719")


def _masthead_fields(text: str) -> list[_Field] | None:
    """The masthead fields a line is made of, or None when it holds anything else."""
    if _FIELD_START.match(text) is None:
        return None  # the first field must start the line: most lines are ruled out here
    spans: list[tuple[int, int, _Field]] = []
    for start, end, symbol in find_symbol_spans(text):
        spans.append((start, end, _Field("symbol", symbol, text[start:end])))
    for start, end, ref in find_sessions(text):
        session = Session(organ=ref.organ, number=ref.number, kind=ref.kind)
        spans.append((start, end, _Field("session", session, text[start:end])))
    for m in _MASTHEAD_TOKEN.finditer(text):
        kind = m.lastgroup or ""
        if kind == "distr":
            value: object = m.group("distr_value")
        elif kind == "original":
            value = m.group("original_value")
        elif kind == "date":
            try:
                value = parse_date(m.group())
            except ParseError:
                return None
        else:
            value = m.group()
        spans.append((m.start(), m.end(), _Field(kind, value, m.group())))
    if not spans:
        return None
    spans.sort(key=lambda s: (s[0], -s[1]))
    fields: list[_Field] = []
    pos = 0
    for start, end, field in spans:
        if start < pos:  # overlapped by a longer field (a date inside a session line ...)
            continue
        if not _SEPARATORS.fullmatch(text, pos, start):
            return None
        field.glued = bool(fields) and start == pos and text[start - 1].isalnum()
        fields.append(field)
        pos = end
    if not _SEPARATORS.fullmatch(text, pos, len(text)):
        return None
    return fields


# -- flattened text ---------------------------------------------------------------------------------------------
# A PDF's text layer, or a web page, can hold a whole document on one line. Such a line is cut into the pieces the
# masthead, title and body would have been on, at the places the grammar knows, before anything else is read.

_TITLE_IN_TEXT = re.compile(r"\b(?:Letter|Identical\s+letters|Note\s+verbale|Letters)\s+dated\s+[0-9]")
_ADDRESSEE = (
    r"(?:the\s+)?(?:Secretary-General(?:\s+of\s+the\s+United\s+Nations)?"
    r"|(?:Acting\s+)?President\s+of\s+the\s+(?:Security\s+Council|General\s+Assembly"
    r"|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council)"
    r"|Permanent\s+Representatives\s+of\s+the\s+members\s+of\s+the\s+Security\s+Council"
    r"|High\s+Commissioner\s+for\s+Human\s+Rights)"
)
# The addressees end at the end of a word, or where a footnote marker is glued on ("Secretary-General1").
_TITLE_TAIL = re.compile(
    rf"\baddressed\s+to\s+{_ADDRESSEE}(?:(?:\s*,\s*|\s+and\s+){_ADDRESSEE})*(?=[0-9]{{1,2}}(?!\w)|\*|\W|$)"
)
_BODY_BREAK = re.compile(
    r"""(?P<job>\b[0-9]{2}-[0-9]{5}\s*\([A-Z]\)(?:\s+[0-9]{6}(?!\w)){0,3}(?!\w))  # 10-29024 (E) 260310 290310
      | (?P<barcode>\*[0-9]{7}\*)                                       # *1029024*
      | (?P<signed>\(\s*Signed\s*\))                                    # (Signed)
      | (?P<annex>\b(?:Annex|Enclosure)(?:\s+[IVX]{1,5})?\s+to\s+the\s+(?:letter|note\s+verbale)\s+dated(?!\w))""",
    re.VERBOSE,
)
_MAX_AGENDA_LINES = 12
_MIN_FLAT = 200  # a line shorter than this is laid out, not flattened
_MAX_TITLE_CHARS = 1500  # the longest title the flattened-line search looks through for its addressees


def _masthead_prefix(text: str) -> int:
    """The end of the run of masthead fields a line starts with (0 if it starts with none)."""
    pos = 0
    n = len(text)
    spans = {start: end for start, end, _ in find_symbol_spans(text[:600])}
    for start, end, _ in find_sessions(text[:600]):
        spans.setdefault(start, end)
    while pos < n:
        while pos < n and text[pos] in " \t,;–—-":
            pos += 1
        span_end = spans.get(pos)
        if span_end is not None:
            pos = span_end
            continue
        m = _MASTHEAD_TOKEN.match(text, pos)
        if m is None:
            break
        end = len(text[: m.end()].rstrip())
        if end < n and text[end].isalnum():  # a word that merely starts like a field
            break
        pos = end
    return pos if _masthead_fields(text[:pos].strip()) is not None else 0


def _unflatten(text: str, markers: list[str]) -> list[str] | None:
    """Cut a flattened line into masthead, agenda, title and body pieces; None when it is not one."""
    head = _masthead_prefix(text)
    if head == 0:
        return None
    pieces = [text[:head].strip()]
    rest = text[head:].strip()
    if not rest:
        return None
    title = _TITLE_IN_TEXT.search(rest)
    agenda = match_agenda_list(rest)
    if agenda is not None:
        cut = title.start() if title is not None else len(rest)
        pieces.append(rest[:cut].strip())
        rest = rest[cut:]
    elif title is None or title.start() > 0:
        return None if len(pieces) == 1 and len(text) < _MIN_FLAT else [*pieces, rest]
    if rest:
        pieces.extend(_split_title_and_body(rest, markers))
    return [p for p in pieces if p]


_GLUED_MARKER = re.compile(r"[0-9]{1,2}(?=\s|$)|\*{1,3}")  # matched at a position: no "^"


def _split_title_and_body(text: str, markers: list[str]) -> list[str]:
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
    tail = _TITLE_TAIL.search(text, 0, _MAX_TITLE_CHARS) if _TITLE_IN_TEXT.match(text) else None
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


def _unflatten_lines(lines: Sequence[Line]) -> tuple[list[Line], list[Diagnostic]]:
    """Cut flattened lines of the masthead zone (up to the letter's title) into their pieces."""
    out: list[Line] = []
    notes: list[Diagnostic] = []
    for k, line in enumerate(lines):
        if line.literal or line.heading or line.rule or is_title_start(line.text):
            out.extend(lines[k:])
            break
        markers: list[str] = []
        pieces = _unflatten(line.text, markers) if len(line.text) > 40 else None
        if pieces is None or len(pieces) < 2:
            out.append(line)
            continue
        for j, piece in enumerate(pieces):
            out.append(attrs.evolve(line, text=piece, block_start=line.block_start or j > 0, wraps=False))
        notes.extend(
            Diagnostic(
                kind=DiagnosticKind.NORMALISED, line=line.lineno, text=m, message="footnote marker glued to a title"
            )
            for m in markers
        )
        if any(_TITLE_IN_TEXT.match(p) for p in pieces):
            out.extend(lines[k + 1 :])
            break
    return out, notes


@attrs.define
class _Partial:
    """A container being filled: the letter, an annex or a statement."""

    title: str | None = None
    label: str | None = None
    heading: str | None = None
    date: dt.date | None = None
    paragraphs: list[str] = attrs.Factory(list)
    signatures: list[Signature] = attrs.Factory(list)
    statement: _Partial | None = None

    def empty(self) -> bool:
        return not self.paragraphs and not self.signatures and self.statement is None


@attrs.define
class _Signing:
    """A signature block being read."""

    name: str
    titles: list[str]


class _Assembler:
    def __init__(self, lines: Sequence[Line], strict: bool) -> None:
        lines, notes = _unflatten_lines(lines)
        self.lines = lines
        self.strict = strict
        self.diagnostics: list[Diagnostic] = notes
        self.symbols: list[Symbol] = []
        self.outside_symbols: list[Symbol] = []
        self.organs: list[Organ] = []
        self.distribution: Distribution | None = None
        self.date: dt.date | None = None
        self.language: Language | None = None
        self.sessions: list[Session] = []
        self.agenda: list[list[object]] = []  # [number, sub_item, title]
        self.job_number: str | None = None
        self.seen_fields: set[tuple[str, object]] = set()  # masthead values kept, to report repeats
        self.doc_paragraphs: list[str] = []
        self.letter: _Partial | None = None
        self.annexes: list[_Partial] = []
        self.footnotes: list[Footnote] = []
        # Paragraph being built, and where it goes.
        self.para: list[str] = []
        self.para_target: list[str] | None = None
        self.signing: _Signing | None = None
        self.after_rule = False
        self.annex_open = False
        self.i = 0  # the line being read
        self.para_literal = False  # the paragraph being built was escaped in the source
        self.after_furniture = False  # page furniture was set aside since the last line of text
        self.letter_last_literal = False
        self.width = _typical_width(lines)

    # -- diagnostics ---------------------------------------------------------------------------------------

    def note(self, kind: DiagnosticKind, line: Line, message: str, text: str | None = None) -> None:
        self.diagnostics.append(Diagnostic(kind=kind, line=line.lineno, text=text or line.text, message=message))

    def unplaced(self, line: Line, message: str) -> None:
        if self.strict:
            raise ParseError(message, line=line.lineno, column=1, text=line.text)
        self.note(DiagnosticKind.UNPLACED, line, message)

    # -- the walk ------------------------------------------------------------------------------------------

    def run(self) -> Document:
        lines = self.lines
        i = self.masthead(0)
        n = len(lines)
        while i < n:
            i = self.body_line(i)
        self.flush()
        self.end_signing()
        return self.build()

    def furniture(self, line: Line) -> bool:
        m = None if line.literal or line.text[0] not in _FURNITURE_FIRST else _FURNITURE.match(line.text)
        # PDF (formats/pdf.py): a line the layout puts in a page's header or footer band is furniture whatever
        # it reads; its text still names the kind (and gives the job number) when it can.
        if m is None and line.furniture:
            self.note(DiagnosticKind.FURNITURE, line, f"page furniture (page {line.page} header or footer)")
            self.after_furniture = True
            return True
        if m is None:
            return False
        kind = m.lastgroup or "furniture"
        if kind in ("job", "merged") and self.job_number is None:
            job = _JOB_NUMBER.search(line.text)
            if job is not None and kind == "job":
                self.job_number = job.group()
        self.note(DiagnosticKind.FURNITURE, line, f"page furniture ({_FURNITURE_NAMES.get(kind, kind)})")
        self.after_furniture = True
        return True

    def running_header(self, line: Line) -> bool:
        if line.literal or not self.symbols or "/" not in line.text or len(line.text) > 80:
            return False  # a running header is the symbol(s) alone: short, with a slash
        fields = _masthead_fields(line.text) if find_symbol_spans(line.text) else None
        if fields and all(f.kind == "symbol" and f.value in self.symbols for f in fields):
            self.note(DiagnosticKind.FURNITURE, line, "page furniture (running header)")
            self.after_furniture = True
            return True
        return False

    # -- masthead -----------------------------------------------------------------------------------------

    def masthead(self, i: int) -> int:
        """Read the masthead from line *i*; return the index of the first line of the body."""
        lines = self.lines
        n = len(lines)
        preamble: list[Line] = []
        restart: tuple[int, int, str | None] = (i, 0, None)
        seen_field = False
        pending: list[list[object]] = []  # agenda items still waiting for their titles
        titled: list[object] | None = None  # the item whose title was read last (it may wrap)
        pending_distr = pending_original = False
        while i < n:
            line = lines[i]
            text = line.text
            if line.rule:
                # A rule ends the masthead block: what came before it belongs to the document.
                self.close_preamble(preamble)
                seen_field = True
                pending, titled = [], None
                self.after_rule = True  # footnotes may follow a rule
                i += 1
                continue
            if self.furniture(line):
                i += 1
                continue
            if pending and (line.heading == 0 or line.heading >= 3) and (line.literal or classify(text) == _Kind.TEXT):
                titled = pending.pop(0)
                titled[2] = text
                i += 1
                continue
            if (
                titled is not None
                and line.wraps
                and isinstance(titled[2], str)
                and (
                    _STARTS_LOWER.match(text)
                    or _ends(_ENDS_OPEN, titled[2])
                    or (text.isupper() and titled[2].isupper())
                )
                and classify(text) == _Kind.TEXT
            ):
                titled[2] = f"{titled[2]} {text}"
                i += 1
                continue
            if line.literal:
                break
            if self.after_rule and _FOOTNOTE_AFTER_RULE.match(text):
                break
            note = _FOOTNOTE_STAR.match(text) or _FOOTNOTE_CANONICAL.match(text)
            if note is not None and seen_field and note.group("text"):
                # A footnote to the masthead ("Item 97 of the preliminary list*" / "* A/51/50.").
                self.footnotes.append(Footnote(marker=note.group("marker"), text=note.group("text")))
                i += 1
                continue
            self.after_rule = False
            fields = _masthead_fields(text)
            if fields is not None:
                if not seen_field:
                    self.close_preamble(preamble)
                seen_field = True
                pending, titled = [], None
                if any(f.glued for f in fields):
                    self.note(DiagnosticKind.NORMALISED, line, "masthead fields printed without a space between")
                for f in fields:
                    if f.kind == "distr" and f.value is None:
                        pending_distr = True
                        self.note(DiagnosticKind.NORMALISED, line, "a label whose value is on the next line", f.text)
                    elif f.kind == "original" and f.value is None:
                        pending_original = True
                        self.note(DiagnosticKind.NORMALISED, line, "a label whose value is on the next line", f.text)
                    elif f.kind == "value" and pending_distr and self.distribution is None:
                        self.distribution = Distribution(str(f.value).capitalize())
                        pending_distr = False
                    elif f.kind == "language" and pending_original and self.language is None:
                        self.language = Language(str(f.value).capitalize())
                        pending_original = False
                    else:
                        self.masthead_field(f, line)
                i += 1
                continue
            agenda = match_agenda_list(text)
            if agenda is not None and agenda.items:
                if not seen_field:
                    self.close_preamble(preamble)
                seen_field = True
                j = i
                joined = text
                # A list wraps over a few lines at most: looking further would re-read it once a line.
                while not agenda.complete and j + 1 < n and j - i < _MAX_AGENDA_LINES and not lines[j + 1].literal:
                    longer = match_agenda_list(f"{joined} {lines[j + 1].text}")
                    if longer is None:
                        break
                    j += 1
                    joined = f"{joined} {lines[j].text}"
                    agenda = longer
                items: list[list[object]] = [[number, sub, None] for number, sub in agenda.items]
                self.agenda.extend(items)
                if agenda.form != "agenda":
                    self.note(DiagnosticKind.NORMALISED, line, "agenda list printed in another form", joined)
                pending, titled = list(items), None
                rest = joined[agenda.end :].strip()
                if rest and pending:
                    titled = pending.pop(0)
                    titled[2] = rest
                i = j + 1
                continue
            if not seen_field and not is_title_start(text) and classify(text) == _Kind.TEXT:
                if not preamble:
                    # Where the body starts if no masthead comes, and what was reported before it.
                    restart = (i, len(self.diagnostics), self.job_number)
                preamble.append(line)
                i += 1
                continue
            break
        if preamble:
            if not seen_field:
                # No masthead came: what was read is the start of the body after all.
                if i < n and is_title_start(lines[i].text):
                    self.close_preamble(preamble)  # a web page's title and navigation before the letter
                    return i
                # Read it again as body, furniture among it included.
                start, reported, self.job_number = restart
                del self.diagnostics[reported:]
                return start
            self.close_preamble(preamble)
        return i

    def close_preamble(self, preamble: list[Line]) -> None:
        """Report text read before the masthead or title as outside the document (it may give the symbols)."""
        for line in preamble:
            self.note(DiagnosticKind.OUTSIDE, line, "text before the document (not part of it)")
            self.outside_symbols.extend(s for _, _, s in find_symbol_spans(line.text))
        preamble.clear()

    def add_once(self, values: list[_T], value: _T, f: _Field, line: Line) -> None:
        """Keep a masthead value once; a repeat (two-column or flattened layouts print some twice) is reported."""
        if (f.kind, value) in self.seen_fields:
            self.note(DiagnosticKind.NORMALISED, line, "masthead field printed again", f.text)
        else:
            self.seen_fields.add((f.kind, value))
            values.append(value)

    def masthead_field(self, f: _Field, line: Line) -> None:
        kind, value = f.kind, f.value
        if kind == "symbol" and isinstance(value, Symbol):
            self.add_once(self.symbols, value, f, line)
        elif kind == "session" and isinstance(value, Session):
            self.add_once(self.sessions, value, f, line)
        elif kind == "organ":
            self.add_once(self.organs, _ORGANS[" ".join(str(value).lower().split())], f, line)
        elif kind == "distr" and value is not None and self.distribution is None:
            self.distribution = Distribution(str(value).capitalize())
        elif kind == "original" and value is not None and self.language is None:
            self.language = Language(str(value).capitalize())
            if len(_LANGUAGE_WORD.findall(f.text)) > 1:  # "Original: English and Russian": the first is kept
                self.note(DiagnosticKind.NORMALISED, line, "several original languages", f.text)
        elif kind == "date" and isinstance(value, dt.date) and self.date is None:
            self.date = value
        elif kind == "un":
            self.note(DiagnosticKind.FURNITURE, line, "page furniture (logo)", f.text)
        else:
            # A repeat, a language line above "Original:" (the language of this version), a stray value.
            self.note(DiagnosticKind.NORMALISED, line, "masthead text the model does not keep", f.text)

    # -- body ---------------------------------------------------------------------------------------------

    def current(self) -> _Partial | None:
        """The innermost container: the statement of the last annex, the last annex, or the letter."""
        if self.annexes:
            annex = self.annexes[-1]
            return annex.statement if annex.statement is not None else annex
        return self.letter

    def body_line(self, i: int) -> int:
        self.i = i
        lines = self.lines
        line = lines[i]
        text = line.text
        if line.rule:
            self.flush()
            self.end_signing()
            self.after_rule = True
            self.annex_open = False  # a thematic break closes an annex to a heading of its own
            return i + 1
        if self.furniture(line) or self.running_header(line):
            return i + 1
        if self.signing is not None and self.signature_title(line):
            return i + 1
        self.end_signing()
        after_rule, self.after_rule = self.after_rule, False
        if line.literal and not line.heading:
            self.paragraph(line)
            return i + 1
        first = text[0]
        if not line.literal:
            # Each check runs only where its first character can start the line (most lines are plain text).
            m = _FOOTNOTE_CANONICAL.match(text) or _FOOTNOTE_STAR.match(text) if first in _FOOTNOTE_FIRST else None
            if m is None and after_rule and not line.heading:
                m = _FOOTNOTE_AFTER_RULE.match(text)
            if m is not None and m.group("text"):
                self.flush()
                self.footnotes.append(Footnote(marker=m.group("marker"), text=m.group("text")))
                self.after_rule = after_rule
                return i + 1
            if first == "(" and _SIGNED.match(text):
                return self.signature(i)
            if first in _ANNEX_FIRST and _ANNEX_LABEL.match(text):
                self.new_annex(_Partial(label=text))
                return i + 1
            if first in _ANNEX_FIRST and _ANNEX_HEADING.match(text):
                return self.annex_heading(i, new=not self.takes_heading())
            if first in _TITLE_FIRST and is_title_start(text):
                if self.letter is None and not self.annexes:
                    self.flush()
                    j = self.title_end(i)
                    self.letter = _Partial(title=" ".join(x.text for x in lines[i:j]))
                    return j
                if self.takes_heading():
                    return self.annex_heading(i, new=False)
                if 0 < line.heading <= 2:
                    return self.annex_heading(i, new=True)
        if line.heading:
            return self.heading(line, i)
        if self.annexes:
            after = self.statement_title(i)
            if after is not None:
                return after
        annex = self.annexes[-1] if self.annexes else None
        if annex is not None and annex.statement is None and annex.empty():
            # The embedded masthead of an annexed resolution or report: its date is the statement's.
            fields = _masthead_fields(text)
            if fields is not None:
                for f in fields:
                    if f.kind == "date" and isinstance(f.value, dt.date):
                        annex.date = f.value
                self.note(DiagnosticKind.NORMALISED, line, "masthead of an annexed document")
                return i + 1
        if annex is not None and _ORIGINAL_NOTE.match(text):
            self.note(DiagnosticKind.NORMALISED, line, "language note of an annexed document")
            return i + 1
        statement = annex.statement if annex is not None else None
        if statement is not None and statement.date is None and statement.empty() and _DATE_LINE.match(text):
            try:
                statement.date = parse_date(text)
                return i + 1
            except ParseError:
                pass  # "31 February 2023" is no date: it stays text
        self.paragraph(line)
        return i + 1

    def heading(self, line: Line, i: int) -> int:
        """Place a heading that no convention claims, by where it stands and (only then) by its level."""
        if self.letter is None and not self.annexes:
            self.flush()
            self.letter = _Partial(title=line.text)
            return i + 1
        # PDF (formats/pdf.py): a PDF's headings carry no level of their own (the lexer gives every bold block
        # level 3), so where one stands decides: after an annex's label alone, it is the annex's heading.
        if line.heading <= 2 or (line.page > 0 and self.takes_heading()):
            return self.annex_heading(i, new=not self.takes_heading())
        if self.annexes:
            after = self.statement_title(i)
            if after is not None:
                return after
        self.paragraph(line)
        return i + 1

    def new_annex(self, annex: _Partial) -> None:
        self.flush()
        self.annexes.append(annex)
        self.annex_open = True

    def annex_heading(self, i: int, *, new: bool) -> int:
        j = (
            self.title_end(i)
            if is_title_start(self.lines[i].text) or _ANNEX_HEADING.match(self.lines[i].text)
            else i + 1
        )
        heading = " ".join(x.text for x in self.lines[i:j])
        if new:
            self.new_annex(_Partial(heading=heading))
        else:
            self.flush()
            self.annexes[-1].heading = heading
        return j

    def takes_heading(self) -> bool:
        """An annex open with a label alone takes the next heading as its own."""
        if not self.annexes or not self.annex_open:
            return False
        annex = self.annexes[-1]
        return annex.heading is None and annex.empty() and annex.date is None

    def title_end(self, i: int) -> int:
        """The index after the last line of the title starting at line *i* (wrapped titles in plain text)."""
        lines = self.lines
        if lines[i].heading or not any(x.wraps for x in lines[i + 1 : i + 2]):
            return i + 1
        candidates: list[str] = [lines[i].text]
        index: list[int] = [i]
        j = i + 1
        while j < len(lines) and len(candidates) < 6:
            x = lines[j]
            if x.rule or x.heading or x.literal or not x.wraps:
                break
            if _FURNITURE.match(x.text):
                j += 1
                continue
            if classify(x.text) not in (_Kind.TEXT, _Kind.MASTHEAD):
                break
            candidates.append(x.text)
            index.append(j)
            j += 1
        extent = max(1, min(title_extent(candidates), len(candidates)))
        end = index[extent - 1] + 1
        # Furniture inside the title was skipped over: report it.
        for k in range(i + 1, end):
            if k not in index:
                self.furniture(lines[k])
        return end

    def statement_title(self, i: int) -> int | None:
        """Open the annex's statement with line *i* as its title, if it is one; return the next line's index."""
        annex = self.annexes[-1]
        if annex.statement is not None:
            return None
        lines = self.lines
        line = lines[i]
        text = line.text
        if line.heading:
            if line.heading < 3 and not line.literal and not _STATEMENT_TITLE.match(text):
                return None
        elif line.literal or not _is_statement_title(text):
            return None
        elif (annex.paragraphs or annex.signatures) and not line.block_start:
            return None  # after the annex's own text, a statement's title stands apart
        j = i + 1
        parts = [text]
        # A title wrapped in plain text goes on while the next line carries it on.
        while j < len(lines) and self.title_goes_on(parts[-1], lines[j]):
            parts.append(lines[j].text)
            j += 1
        self.flush()
        annex.statement = _Partial(title=" ".join(parts), date=annex.date)
        return j

    def title_goes_on(self, prev: str, line: Line) -> bool:
        """Does a statement's title, wrapped in plain text, go on from *prev* to *line*?

        A title line is shorter than the measure and ends no sentence; so is its continuation, unless that
        starts in lower case or the line before left a phrase open. A salutation or a date starts the text.
        """
        text = line.text
        if not line.wraps or line.block_start or line.literal or classify(text) != _Kind.TEXT:
            return False
        if _ends(_ENDS_SENTENCE, text) or _SALUTATION.match(text) or text.endswith(","):
            return False
        if _STARTS_LOWER.match(text) or _ends(_ENDS_OPEN, prev):
            return True
        # A capitalised line goes on only when it finishes a name the line before began ("Russian" / "Federation").
        return (prev.rsplit(" ", 1)[-1], text.split(" ", 1)[0]) in _NAME_PAIRS

    def signature(self, i: int) -> int:
        self.flush()
        line = self.lines[i]
        names = [p.strip() for p in _SIGNED_ANYWHERE.split(line.text)[1:]]
        real = [n for n in names if n]
        # Every "(Signed)" beyond one per name is reported (a name-less marker still signs with the next line).
        extra = len(names) - max(len(real), 1)
        if not real:
            # "(Signed)" alone: the name is on the next line, if that line is one.
            nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
            if nxt is not None and not nxt.literal and not nxt.heading and not nxt.rule and _reads_as_name(nxt.text):
                self.note_markers(line, extra)
                self.signing = _Signing(name=nxt.text, titles=[])
                return i + 2
            self.unplaced(line, "'(Signed)' with no name")
            self.paragraph(line)
            return i + 1
        self.note_markers(line, extra)
        for name in real[:-1]:
            self.add_signature(Signature(name=name))
        self.signing = _Signing(name=real[-1], titles=[])
        return i + 1

    def note_markers(self, line: Line, count: int) -> None:
        if count > 0:
            self.note(
                DiagnosticKind.NORMALISED, line, "'(Signed)' with no name of its own", " ".join(["(Signed)"] * count)
            )

    def signature_title(self, line: Line) -> bool:
        """Take *line* as a title line of the signature being read, if it is one."""
        signing = self.signing
        assert signing is not None
        text = line.text
        if line.heading or (line.block_start and not line.wraps):
            return False
        if not line.literal and classify(text) != _Kind.TEXT:
            return False
        if line.wraps:
            # Plain text: title lines are short, unpunctuated and follow without a blank line.
            if line.block_start or len(text) > 80 or (_ends(_ENDS_SENTENCE, text) and not text.endswith("a.i.")):
                return False
            if signing.titles and (_STARTS_LOWER.match(text) or _ends(_ENDS_OPEN, signing.titles[-1])):
                signing.titles[-1] = f"{signing.titles[-1]} {text}"
            else:
                signing.titles.append(text)
        else:
            signing.titles.append(text)
        return True

    def end_signing(self) -> None:
        if self.signing is not None:
            s = self.signing
            self.signing = None
            self.add_signature(Signature(name=s.name, titles=tuple(s.titles)))

    def add_signature(self, signature: Signature) -> None:
        target = self.current()
        if target is None:
            # A signature before any letter title: there is nothing it signs; keep its words as a paragraph.
            self.doc_paragraphs.append(" ".join(("(Signed)", signature.name, *signature.titles)))
            return
        target.signatures.append(signature)

    # -- paragraphs ---------------------------------------------------------------------------------------

    def target(self) -> list[str]:
        current = self.current()
        return self.doc_paragraphs if current is None else current.paragraphs

    def paragraph(self, line: Line) -> None:
        text = line.text
        if self.para:
            prev = self.para[-1]
            joined = False
            if not line.literal:
                if line.wraps and _LONE_MARKER.match(prev) and len(self.para) == 1:
                    joined = True  # a list marker printed alone, its item on the next line
                elif line.wraps and not line.block_start and not self.para_ends(prev, text):
                    joined = True
                elif continues_after_break(
                    prev, text, across_break=line.block_start or not line.wraps or self.after_furniture
                ):
                    joined = True  # a paragraph split by a page break
            if joined:
                if prev.endswith("-") and not prev.endswith(" -") and text[:1].islower():
                    self.para[-1] = prev + text  # a word hyphenated at the line end keeps its hyphen
                else:
                    self.para.append(text)
                self.after_furniture = False
                return
            self.flush()
        if self.current() is None and self.letter is None:
            self.unplaced(line, "text outside any letter")
        self.para = [text]
        self.para_literal = line.literal
        self.after_furniture = False
        self.para_target = self.target()

    def para_ends(self, prev: str, nxt: str) -> bool:
        """Does a wrapped line *prev* end its paragraph, given the line *nxt* after it?

        Plain text says nothing of paragraphs, so the layout does: a line ended on purpose if the next line's
        first word would have fitted on it; after a sentence, a line a little short of the measure starts a
        paragraph (its first line is indented in print). Lines merged by extraction count by their last part.
        """
        if _LIST_MARKER.match(nxt):
            return True
        width = self.width
        length = len(prev)
        if length > width * 1.3:
            length -= int(width) + 1  # two lines merged into one: what counts is where the second ends
        first = nxt.split(" ", 1)[0]
        if width - length - len(first) - 1 >= 5:
            return True
        if not nxt[:1].isupper():
            return False
        if prev.endswith(":"):
            return True
        if not _ends(_ENDS_SENTENCE, prev):
            return False
        if width - length >= 3:
            return True
        # A full line ended a sentence: the next starts a paragraph if it is indented, i.e. ends short of the
        # measure without ending a sentence itself.
        after = self.following_text()
        if after is None or _ends(_ENDS_SENTENCE, nxt):
            return False
        return len(nxt) + 1 + len(after.split(" ", 1)[0]) <= max(width, length) - 1

    def following_text(self) -> str | None:
        """The text of the wrapped line after the current one, furniture skipped (None at a block's end)."""
        j = self.i + 1
        while j < len(self.lines):
            x = self.lines[j]
            if x.rule or not x.wraps or x.block_start or x.heading:
                return None
            if not _FURNITURE.match(x.text):
                return x.text
            j += 1
        return None

    def flush(self) -> None:
        if self.para and self.para_target is not None:
            if self.letter is not None and self.para_target is self.letter.paragraphs:
                self.letter_last_literal = self.para_literal
            self.para_target.append(" ".join(self.para))
        self.para = []
        self.para_target = None

    # -- the result ---------------------------------------------------------------------------------------

    def build(self) -> Document:
        letter = None
        if self.letter is not None and self.letter.title is not None:
            paras = self.letter.paragraphs
            if (
                not self.letter.signatures
                and len(paras) > 1
                and not self.letter_last_literal
                and bare_signature(paras[-1])
            ):
                self.letter.signatures.append(Signature(name=paras.pop()))  # signed without "(Signed)"
            letter = Letter(
                title=self.letter.title,
                paragraphs=tuple(self.letter.paragraphs),
                signatures=tuple(self.letter.signatures),
            )
        annexes = tuple(_annex(a) for a in self.annexes)
        symbols = self.symbols or list(dict.fromkeys(self.outside_symbols))
        return Document(
            symbols=tuple(symbols),
            organs=tuple(self.organs),
            distribution=self.distribution,
            date=self.date,
            original_language=self.language,
            sessions=tuple(self.sessions),
            agenda_items=tuple(
                AgendaItem(
                    number=int(str(n)),
                    sub_item=None if s is None else str(s),
                    title=None if t is None else str(t),
                )
                for n, s, t in self.agenda
            ),
            paragraphs=tuple(self.doc_paragraphs),
            letter=letter,
            annexes=annexes,
            footnotes=tuple(self.footnotes),
            job_number=self.job_number,
            diagnostics=tuple(self.diagnostics),
        )


def _annex(a: _Partial) -> Annex:
    statement = None
    s = a.statement
    if s is not None and s.title is not None:
        statement = Statement(
            title=s.title, date=s.date, paragraphs=tuple(s.paragraphs), signatures=tuple(s.signatures)
        )
    return Annex(
        label=a.label,
        heading=a.heading,
        paragraphs=tuple(a.paragraphs),
        signatures=tuple(a.signatures),
        statement=statement,
    )


_ORIGINAL_NOTE = re.compile(rf"^\[\s*Original\s*:\s*{_LANGUAGE}.*\]?$|^{_LANGUAGE}(?:\s+and\s+{_LANGUAGE})?\]$", re.I)
_ORGANS = {organ.value.lower(): organ for organ in Organ}
_LANGUAGE_WORD = re.compile(_LANGUAGE, re.IGNORECASE)
_FURNITURE_NAMES = {
    "job": "job number",
    "stamp": "date stamp",
    "barcode": "barcode",
    "page": "page number",
    "merged": "page number and job number",
    "recycle": "Please recycle",
    "logo": "logo",
    "continued": "continuation marker",
}


def _typical_width(lines: Sequence[Line]) -> float:
    """The width of a full line in plain text: long wrapped lines are about this long."""
    lengths = sorted(len(x.text) for x in lines if x.wraps and len(x.text) > 40)
    if len(lengths) < 3:
        return 80.0
    return float(lengths[(len(lengths) * 3) // 4])


def assemble(lines: Sequence[Line], *, strict: bool = False) -> Document:
    """Build the Document that a dialect's lines describe.

    Args:
        lines: the lexer's output.
        strict: raise `ParseError` at the first line that cannot be placed, instead of keeping it as a paragraph
            and reporting a diagnostic.

    Example:
        >>> from unga_docs.blocks import Line
        >>> doc = assemble([Line(text="Distr.: General", lineno=1), Line(text="20 January 2023", lineno=2)])
        >>> doc.distribution, doc.date
        (<Distribution.GENERAL: 'General'>, datetime.date(2023, 1, 20))
    """
    return _Assembler(lines, strict).run()
