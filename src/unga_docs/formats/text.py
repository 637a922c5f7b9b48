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
from unga_docs.blocks import Line, clean
from unga_docs.formats._layout import agenda_groups
from unga_docs.grammar import write_agenda_list, write_date
from unga_docs.model import Annex, Document, Signature, Statement

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
            out.append(Line(text="---", lineno=lineno, block_start=True, rule=True))
            blank = True
            continue
        content = " ".join(raw.split())
        if not content:
            blank = True
            continue
        out.append(Line(text=content, lineno=lineno, block_start=blank, wraps=True))
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
    blocks: list[list[str]] = []
    masthead: list[str] = []
    if doc.symbols:
        masthead.append("–".join(str(s) for s in doc.symbols))
    masthead.extend(organ.value for organ in doc.organs)
    if doc.distribution is not None:
        masthead.append(f"Distr.: {doc.distribution.value}")
    if doc.date is not None:
        masthead.append(write_date(doc.date))
    if doc.original_language is not None:
        masthead.append(f"Original: {doc.original_language.value}")
    if masthead:
        blocks.append(masthead)
    heading: list[str] = [str(s) for s in doc.sessions]
    for group in agenda_groups(doc.agenda_items):
        heading.append(write_agenda_list([(a.number, a.sub_item) for a in group]))
        # An untitled run is closed by a rule, so that no title after it is taken as its own.
        if group[0].title is None:
            heading.append(_RULE_LINE)
        else:
            heading.extend(a.title for a in group if a.title is not None)
    if heading:
        blocks.append(heading)
    blocks.extend([p] for p in doc.paragraphs)
    if doc.letter is not None:
        blocks.append([doc.letter.title])
        blocks.extend([p] for p in doc.letter.paragraphs)
        blocks.extend(_signature(s) for s in doc.letter.signatures)
    for annex in doc.annexes:
        blocks.extend(_annex(annex))
    if doc.footnotes:
        blocks.append([_RULE_LINE, *(f"{f.marker} {f.text}" for f in doc.footnotes)])
    if doc.job_number is not None:
        blocks.append([doc.job_number])  # the one piece of page furniture the model keeps
    return "\n\n".join("\n".join(b) for b in blocks) + "\n"


def _signature(s: Signature) -> list[str]:
    return [f"(Signed) {s.name}", *s.titles]


def _annex(annex: Annex) -> list[list[str]]:
    # A rule closes the annex before: a heading after it starts an annex of its own.
    blocks: list[list[str]] = [[annex.label] if annex.label is not None else [_RULE_LINE]]
    if annex.heading is not None:
        blocks.append([annex.heading])
    blocks.extend([p] for p in annex.paragraphs)
    blocks.extend(_signature(s) for s in annex.signatures)
    if annex.statement is not None:
        blocks.extend(_statement(annex.statement))
    return blocks


def _statement(statement: Statement) -> list[list[str]]:
    blocks = [[statement.title]]
    if statement.date is not None:
        blocks.append([write_date(statement.date)])
    blocks.extend([p] for p in statement.paragraphs)
    blocks.extend(_signature(s) for s in statement.signatures)
    return blocks
