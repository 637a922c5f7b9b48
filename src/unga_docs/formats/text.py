"""Plain text: the lexer and the canonical writer, side by side.

The lexer reads pdftotext output, the Official Document System's text and web copies of documents.

Plain text says little about layout: a line break may end a paragraph or only wrap it, and nothing is escaped.
The lexer therefore marks every line as one whose break may be a soft wrap (``wraps``) and notes where blank
lines fall; the assembler rebuilds paragraphs from sentence ends, line lengths and list markers. Lines made only
of ``_``, ``-``, ``=`` or ``*`` (three or more) are rules: a footnote separator, a thematic break.

The writer prints one paragraph a line with blank lines between, the masthead block first and the signature
block as printed, so that what plain text can carry reads back unchanged (see docs/formats.md for that subset).
"""

from __future__ import annotations

import re

from unga_docs.assemble import assemble
from unga_docs.blocks import Line, clean, make_line
from unga_docs.formats._languages import masthead_lines, session_line
from unga_docs.formats.walk import (
    Agenda,
    AnnexEnd,
    AnnexStart,
    DateLine,
    FootnoteLine,
    Heading,
    JobNumber,
    Masthead,
    Paragraphs,
    Rules,
    SessionLine,
    SignatureBlock,
    walk,
)
from unga_docs.grammar import ENGLISH, Lexicon, write_agenda_list, write_date
from unga_docs.grammar.languages import PRINTED, document_lexicon
from unga_docs.model import Document

__all__ = ["from_text", "lex_text", "to_text"]

#: The rule the writer prints (before footnotes, after an untitled agenda list, before an annex with no label).
_RULE_LINE = "----------"
_RULE = re.compile(r"^[ \t]*(?:_{3,}|[-—–]{3,}|={3,}|\*{3,})[ \t]*$")


def lex_text(text: str) -> list[Line]:
    r"""Split plain text into typed lines.

    Example:
        >>> [(x.text, x.block_start) for x in lex_text("Letter dated 1 May 2020\n\nI have   the honour")]
        [('Letter dated 1 May 2020', True), ('I have the honour', True)]
    """
    out: list[Line] = []
    blank = True
    for lineno, raw in enumerate(clean(text).split("\n"), start=1):
        if _RULE.match(raw):
            out.append(make_line("---", lineno, 0, True, False, False, True))
            blank = True
            continue
        content = " ".join(raw.split())
        if not content:
            blank = True
            continue
        out.append(make_line(content, lineno, 0, blank, True))
        blank = False
    return out


def from_text(text: str, *, strict: bool = False) -> Document:
    r"""Read a document from plain text: pdftotext output, ODS text, a web page's text, or `to_text` output.

    Args:
        text: the text.
        strict: raise `ParseError` for text that cannot be placed, instead of keeping it and reporting a
            diagnostic.

    Example:
        >>> import unga_docs as ud
        >>> doc = ud.from_text("Distr.: General\n20 January 2023\nOriginal: English\n")
        >>> doc.date, doc.original_language
        (datetime.date(2023, 1, 20), <Language.ENGLISH: 'English'>)
    """
    return assemble(lex_text(text), strict=strict)


def to_text(doc: Document) -> str:
    """Write the document as canonical plain text: the masthead block, then one paragraph a line.

    Example:
        >>> import unga_docs as ud
        >>> print(ud.to_text(ud.Document(organs=(ud.Organ.SECURITY_COUNCIL,), date=datetime.date(2021, 1, 4))))
        Security Council
        4 January 2021
        <BLANKLINE>
    """
    w = _TextWriter(document_lexicon(doc))
    _RULES.render(w, walk(doc))
    if w.heading is not None:
        w.out[w.heading_at] = "\n".join(w.heading)
    return "\n\n".join(w.out) + "\n"


# -- the writer: a handler per block of the walk; plain text has no escapes ---------------------------------


class _TextWriter:
    """Blocks of text, printed with a blank line between them; sessions and agenda lists share one block."""

    __slots__ = ("heading", "heading_at", "lexicon", "out", "printed")

    def __init__(self, lexicon: Lexicon = ENGLISH) -> None:
        self.lexicon = lexicon  # the document's language: what the masthead, sessions and signatures print
        self.printed = PRINTED[lexicon.language]
        self.out: list[str] = []
        self.heading: list[str] | None = None  # the lines of sessions and agenda lists, once started ...
        self.heading_at = 0  # ... and where in *out* they go

    def heading_lines(self) -> list[str]:
        if self.heading is None:
            self.heading = []
            self.heading_at = len(self.out)
            self.out.append("")
        return self.heading


_RULES: Rules[_TextWriter] = Rules()
_RULES.skip(AnnexEnd)


@_RULES.on(Masthead)
def _masthead(w: _TextWriter, m: Masthead) -> None:
    lines: list[str] = []
    if m.symbols:
        lines.append("–".join(str(s) for s in m.symbols))
    lines.extend(masthead_lines(m, w.lexicon, w.printed))
    if lines:
        w.out.append("\n".join(lines))


@_RULES.on(SessionLine)
def _session(w: _TextWriter, b: SessionLine) -> None:
    w.heading_lines().append(session_line(b.session, w.lexicon))


@_RULES.on(Agenda)
def _agenda(w: _TextWriter, b: Agenda) -> None:
    lines = w.heading_lines()
    for run in b.runs:
        lines.append(write_agenda_list([(a.number, a.sub_item) for a in run], lexicon=w.lexicon))
        # An untitled run is closed by a rule, so that no title after it is taken as its own.
        if run[0].title is None:
            lines.append(_RULE_LINE)
        else:
            lines.extend(a.title for a in run if a.title is not None)


@_RULES.on(Heading)
def _heading(w: _TextWriter, b: Heading) -> None:
    w.out.append(b.text)


@_RULES.on(Paragraphs)
def _paragraphs(w: _TextWriter, b: Paragraphs) -> None:
    w.out.extend(b.texts)


@_RULES.on(SignatureBlock)
def _signature(w: _TextWriter, b: SignatureBlock) -> None:
    signed = w.printed.signed
    w.out.append("\n".join((f"{signed} {b.signature.name}", *b.signature.titles)))


@_RULES.on(AnnexStart)
def _annex(w: _TextWriter, b: AnnexStart) -> None:
    if b.annex.label is None:  # a rule closes the annex before: a heading after it starts an annex of its own
        w.out.append(_RULE_LINE)


@_RULES.on(DateLine)
def _date(w: _TextWriter, b: DateLine) -> None:
    w.out.append(write_date(b.date, w.lexicon))


@_RULES.on(FootnoteLine)
def _footnote(w: _TextWriter, b: FootnoteLine) -> None:
    line = f"{b.footnote.marker} {b.footnote.text}"
    if b.position == 0:  # the footnotes are one block, under a rule
        w.out.append(f"{_RULE_LINE}\n{line}")
    else:
        w.out[-1] += "\n" + line


@_RULES.on(JobNumber)
def _job_number(w: _TextWriter, b: JobNumber) -> None:
    w.out.append(b.text)  # the one piece of page furniture the model keeps
