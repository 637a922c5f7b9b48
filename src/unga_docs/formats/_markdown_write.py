"""The canonical markdown writer: a document as markdown that `unga_docs.formats.markdown` reads back equal.

It undoes exactly what the lexer reads: it escapes every character the lexer would take as markup, and escapes
the first character of any text that would otherwise read back as structure in its place (a paragraph reading
"(Signed) X", a statement title reading "Annex I"), so that ``from_markdown(to_markdown(d)) == d``. Its public
name is `unga_docs.formats.markdown.to_markdown`; this module is private.
"""

from __future__ import annotations

import re

from unga_docs.assemble import (
    LineKind,
    bare_signature,
    classify,
    continues_after_break,
    footnote_after_rule,
    page_line,
    reads_as_text,
    signs_above,
    splits_signature,
)
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
    Role,
    Rules,
    SessionLine,
    SignatureBlock,
    walk,
)
from unga_docs.grammar import ENGLISH, Lexicon, write_agenda_list, write_date
from unga_docs.grammar.languages import PRINTED, document_lexicon
from unga_docs.model import Document, Letter

__all__ = ["to_markdown"]

#: What the lexer would take as inline markup, and the byte order mark, which every reader reads as a space
#: (`unga_docs.blocks.clean`) but a model text may hold: it is written as a character reference.
_SPECIAL = re.compile(r"[\\*_`\[\]<\ufeff]|&(?=#?[A-Za-z0-9]+;)")
_ESCAPES = {"&": "&amp;", "\ufeff": "&#xFEFF;"}
_LINE_START = re.compile(r"^(?:#|[-+](?:\s|$)|>|\||==> |\d{1,9}[.)](?:\s|$)|=+$|~~~|```|\[)")


def _markup_start(text: str) -> bool:
    """Would the lexer take the start of this line as markup (a heading, rule, list item, fence ...)?"""
    return bool(_LINE_START.match(text) or _RULE.match(text) or _BULLET.match(text) or _FENCE.match(text))


def _escape(text: str) -> str:
    """Escape what the lexer would take as inline markup."""
    return _SPECIAL.sub(lambda m: _ESCAPES.get(m.group()) or "\\" + m.group(), text)


def _protect(text: str) -> str:
    """Escape the first character of *text* so the lexer marks the line literal."""
    first = text[0]
    if first.isascii() and not first.isalnum() and not first.isspace():
        return "\\" + first + _escape(text[1:])  # a backslash escape: any ASCII punctuation takes one
    return f"&#{ord(first)};" + _escape(text[1:])


def _text(text: str, *, plain: bool) -> str:
    """Markdown for a line of text; *plain* says it must read back as plain text, not structure."""
    # A web page's own line ("©", "Tags:") after a signature would start the page's trailer: escaped too.
    if (plain and (not reads_as_text(text, None) or page_line(text))) or _markup_start(text):
        return _protect(text)
    return _escape(text)


_CLOSING_HASHES = re.compile(r"(\s)(#+)$")


def _heading(level: int, text: str, *, protect: bool) -> str:
    body = _protect(text) if protect or _markup_start(text) or page_line(text) else _escape(text)
    # A heading's closing run of "#" is markup: escape one that belongs to the text.
    return "#" * level + " " + _CLOSING_HASHES.sub(r"\1\\\2", body)


class _Writer:
    """The blocks of markdown written so far (printed with a blank line between them)."""

    __slots__ = ("lexicon", "out", "printed")

    def __init__(self, lexicon: Lexicon = ENGLISH) -> None:
        self.lexicon = lexicon  # the document's language: what the masthead, sessions and signatures print
        self.printed = PRINTED[lexicon.language]
        self.out: list[str] = []


def to_markdown(doc: Document) -> str:
    """Write the document as canonical markdown.

    The output reads back to an equal document (``from_markdown(to_markdown(d)) == d``) and is a fixed point of
    reading and writing. Page furniture is never written.

    Example:
        >>> import unga_docs as ud
        >>> print(ud.to_markdown(ud.Document(organs=(ud.Organ.GENERAL_ASSEMBLY,), date=datetime.date(2023, 1, 20))))
        # General Assembly
        <BLANKLINE>
        20 January 2023
        <BLANKLINE>
        ---
        <BLANKLINE>
    """
    w = _Writer(document_lexicon(doc))
    _RULES.render(w, walk(doc))
    return "\n\n".join(w.out) + "\n"


_RULES: Rules[_Writer] = Rules()
_RULES.skip(AnnexEnd)


@_RULES.on(Masthead)
def _masthead(w: _Writer, m: Masthead) -> None:
    out = w.out
    if m.symbols:
        out.append(_escape("–".join(str(s) for s in m.symbols)))
    lines = list(masthead_lines(m, w.lexicon, w.printed))
    out.extend(f"# {line}" for line in lines[: len(m.organs)])
    out.extend(lines[len(m.organs) :])
    out.append("---")


@_RULES.on(SessionLine)
def _session(w: _Writer, b: SessionLine) -> None:
    w.out.append(f"## {session_line(b.session, w.lexicon)}")


@_RULES.on(Agenda)
def _agenda(w: _Writer, b: Agenda) -> None:
    """Agenda lists, each followed by its items' titles; a run of untitled items is closed by a rule."""
    for run in b.runs:
        w.out.append(_escape(write_agenda_list([(a.number, a.sub_item) for a in run], lexicon=w.lexicon)))
        if run[0].title is None:
            w.out.append("---")
        for a in run:
            if a.title is not None:
                w.out.append(_heading(3, a.title, protect=classify(a.title, None) is not LineKind.TEXT))  # classify


@_RULES.on(Heading)
def _heading_block(w: _Writer, b: Heading) -> None:
    # A heading is escaped when the assembler would read it, in its place, as something else (classify).
    text = b.text
    if b.role is Role.LETTER_TITLE:
        # A title the convention does not claim ("Letter dated ...") is escaped: converters make headings of any
        # bold line, so the reader takes an unclaimed heading as the letter's title only when the writer vouches.
        w.out.append(_heading(2, text, protect=classify(text) is not LineKind.TITLE))
    elif b.role is Role.ANNEX_LABEL:
        w.out.append(_heading(2, text, protect=False))
    elif b.role is Role.ANNEX_HEADING:
        kind = classify(text, None)
        w.out.append(_heading(2, text, protect=kind not in (LineKind.TEXT, LineKind.TITLE, LineKind.ANNEX_HEADING)))
    else:  # Role.STATEMENT_TITLE
        w.out.append(_heading(3, text, protect=classify(text, None) not in (LineKind.TEXT, LineKind.STATEMENT)))


@_RULES.on(Paragraphs)
def _paragraphs(w: _Writer, b: Paragraphs) -> None:
    out = w.out
    unsigned_letter = isinstance(b.part, Letter) and not b.part.signatures
    signed = bool(getattr(b.part, "signatures", ()))
    prev: str | None = None
    last = len(b.texts) - 1
    for k, p in enumerate(b.texts):
        plain = _text(p, plain=True)
        if prev is not None and continues_after_break(prev, p):
            plain = _protect(p)  # would be re-joined to the paragraph before it, as across a page break
        elif prev is None and out and out[-1] == "---" and footnote_after_rule(p):
            plain = _protect(p)  # would read as a footnote under the rule
        elif unsigned_letter and k == last and k > 0 and bare_signature(p, None):
            plain = _protect(p)  # would read as the name of a signatory who signed without "(Signed)"
        elif signed and k == last and signs_above(p):
            plain = _protect(p)  # would read as the signatory's title printed above "(Signé)"
        out.append(plain)
        prev = p


@_RULES.on(SignatureBlock)
def _signature(w: _Writer, b: SignatureBlock) -> None:
    s = b.signature
    signed = w.printed.signed
    if splits_signature(s.name) and classify(s.name, None) is LineKind.TEXT and not _markup_start(s.name):
        # "(Signed) Name Ambassador" would read as a name and a title: the name goes on a line of its own.
        first = [signed, _escape(s.name)]
    else:
        first = [f"{signed} " + _escape(s.name)]
    w.out.append("  \n".join([*first, *(_text(t, plain=True) for t in s.titles)]))


@_RULES.on(AnnexStart)
def _annex(w: _Writer, b: AnnexStart) -> None:
    if b.annex.label is None:
        w.out.append("---")  # a rule closes the annex before: this heading starts an annex of its own


@_RULES.on(DateLine)
def _date(w: _Writer, b: DateLine) -> None:
    w.out.append(write_date(b.date, w.lexicon))


@_RULES.on(FootnoteLine)
def _footnote(w: _Writer, b: FootnoteLine) -> None:
    w.out.append(f"[^{_escape(b.footnote.marker)}]: {_escape(b.footnote.text)}")


@_RULES.on(JobNumber)
def _job_number(w: _Writer, b: JobNumber) -> None:
    w.out.append(b.text)  # the one piece of page furniture the model keeps, as the page footer prints it


# The lexer's block patterns, which `_markup_start` asks, are imported last: unga_docs.formats.markdown imports
# this module after defining them, so either module may be imported first.
from unga_docs.formats.markdown import _BULLET, _FENCE, _RULE  # noqa: E402
