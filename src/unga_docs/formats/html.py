"""HTML: a document, or one of its parts, as a card for Jupyter and the web. Every piece of text is escaped.

`to_html` gives the card of a document: the masthead as the first page prints it (organs, session and agenda
items on the left; symbols, distribution, date and original language on the right), the agenda items as a table,
the letter with what its title says (kind, date, sender, addressees), its paragraphs and signatures, the annexes
(each one folding), the footnotes and the job number. `part_to_html` gives the card of one part, and
`part_to_markdown` its short markdown form: the model's classes show themselves in Jupyter with them
(``_repr_html_``, ``_repr_markdown_``).
"""

from __future__ import annotations

import re
from html import escape
from typing import TypeAlias

from unga_docs.grammar import write_agenda_list, write_date
from unga_docs.model import AgendaItem, Annex, Document, Footnote, Letter, Session, Signature, Statement

__all__ = ["Part", "part_to_html", "part_to_markdown", "to_html"]

#: The parts of a document that show themselves as cards.
Part: TypeAlias = Letter | Annex | Statement | AgendaItem | Signature | Session | Footnote

_STYLE = (
    "<style>.unga-doc{font-family:system-ui,sans-serif;max-width:52em;border:1px solid #c8d3e0;"
    "border-radius:6px;padding:0.8em 1.2em;line-height:1.4}.unga-doc table{border-collapse:collapse;margin:0.4em 0}"
    ".unga-doc td,.unga-doc th{border:1px solid #dde4ee;padding:0.2em 0.5em;text-align:left;vertical-align:top}"
    ".unga-doc .masthead{display:flex;justify-content:space-between;gap:2em;border-bottom:2px solid #334;"
    "padding-bottom:0.4em;font-size:0.92em}.unga-doc .masthead .right{text-align:right}"
    ".unga-doc .facts{color:#445;font-size:0.92em}.unga-doc .sig{margin-left:2em}"
    ".unga-doc h3,.unga-doc h4{margin:0.8em 0 0.3em}.unga-doc summary{font-weight:bold;cursor:pointer}</style>"
)


def _e(text: object) -> str:
    """*text* (or the str of it) with every character that HTML reads as markup escaped, quotes included."""
    return escape(str(text), quote=True)


def _paragraphs(paragraphs: tuple[str, ...]) -> list[str]:
    return [f"<p>{_e(p)}</p>" for p in paragraphs]


def _signatures(signatures: tuple[Signature, ...]) -> list[str]:
    out = []
    for s in signatures:
        lines = [f"<strong>(Signed) {_e(s.name)}</strong>", *(_e(t) for t in s.titles)]
        out.append(f'<p class="sig">{"<br>".join(lines)}</p>')
    return out


def _agenda_table(items: tuple[AgendaItem, ...]) -> str:
    rows = "".join(
        f"<tr><td>{item.number}{f' ({_e(item.sub_item)})' if item.sub_item else ''}</td>"
        f"<td>{_e(item.title or '')}</td></tr>"
        for item in items
    )
    return f"<table><tr><th>Agenda item</th><th>Title</th></tr>{rows}</table>"


def _letter(letter: Letter) -> list[str]:
    out = [f"<h3>{_e(letter.title)}</h3>"]
    facts = []
    if letter.kind is not None:
        facts.append(f"<b>kind</b> {_e(letter.kind.value)}")
    if letter.date is not None:
        facts.append(f"<b>dated</b> {_e(write_date(letter.date))}")
    if letter.sender is not None:
        facts.append(f"<b>from</b> {_e(letter.sender)}")
    if letter.addressees:
        facts.append(f"<b>to</b> {_e('; '.join(letter.addressees))}")
    if facts:
        out.append(f'<p class="facts">{" · ".join(facts)}</p>')
    return out + _paragraphs(letter.paragraphs) + _signatures(letter.signatures)


def _statement(statement: Statement) -> list[str]:
    out = [f"<h4>{_e(statement.title)}</h4>"]
    if statement.date is not None:
        out.append(f"<p><em>{_e(write_date(statement.date))}</em></p>")
    return out + _paragraphs(statement.paragraphs) + _signatures(statement.signatures)


def _annex(annex: Annex) -> list[str]:
    out = ["<details open><summary>" + _e(annex.label or annex.heading or "Annex") + "</summary>"]
    if annex.label is not None and annex.heading is not None:
        out.append(f"<h4>{_e(annex.heading)}</h4>")
    out += _paragraphs(annex.paragraphs) + _signatures(annex.signatures)
    if annex.statement is not None:
        out += _statement(annex.statement)
    out.append("</details>")
    return out


def _footnotes(footnotes: tuple[Footnote, ...]) -> str:
    return "".join(f"<p><sup>{_e(f.marker)}</sup> {_e(f.text)}</p>" for f in footnotes)


def _masthead(doc: Document) -> str:
    left = [_e(", ".join(o.value for o in doc.organs))] if doc.organs else []
    left += [_e(s) for s in doc.sessions]
    if doc.agenda_items:
        pairs = [(a.number, a.sub_item) for a in doc.agenda_items]
        try:
            left.append(_e(write_agenda_list(pairs)))  # as printed: "Agenda items 30, 68 (b) and 73"
        except ValueError:  # a sub-item the printed form does not know: list them plainly
            left.append(_e("Agenda items " + ", ".join(f"{n}{f' ({s})' if s else ''}" for n, s in pairs)))
    right = ["<b>" + _e(" – ".join(str(s) for s in doc.symbols)) + "</b>"] if doc.symbols else []
    if doc.distribution is not None:
        right.append(f"Distr.: {_e(doc.distribution.value)}")
    if doc.date is not None:
        right.append(_e(write_date(doc.date)))
    if doc.original_language is not None:
        right.append(f"Original: {_e(doc.original_language.value)}")
    if not left and not right:
        return ""
    return f'<div class="masthead"><div>{"<br>".join(left)}</div><div class="right">{"<br>".join(right)}</div></div>'


def to_html(doc: Document) -> str:
    """The document as an HTML card: masthead, agenda items as a table, the letter, signatures, annexes.

    All text is escaped, so a document can hold any text and still be shown safely.

    Example:
        >>> import unga_docs as ud
        >>> "&lt;script&gt;" in ud.to_html(ud.Document(paragraphs=("<script>",)))
        True
    """
    out = [_STYLE, '<div class="unga-doc">', _masthead(doc)]
    if doc.agenda_items:
        out.append(_agenda_table(doc.agenda_items))
    out += _paragraphs(doc.paragraphs)
    if doc.letter is not None:
        out += _letter(doc.letter)
    for annex in doc.annexes:
        out += _annex(annex)
    if doc.footnotes:
        out.append("<hr>" + _footnotes(doc.footnotes))
    if doc.job_number is not None:  # printed in the page footer
        out.append(f'<p class="facts">Job number {_e(doc.job_number)}</p>')
    out.append("</div>")
    return "".join(out)


def part_to_html(part: Part) -> str:
    """One part of a document as a small card, in the style of `to_html`; all text escaped.

    Raises:
        TypeError: *part* is not one of the parts.

    Example:
        >>> import unga_docs as ud
        >>> part_to_html(ud.AgendaItem(number=68, sub_item="b", title="Human rights & <b>"))[-75:]
        '<tr><td>68 (b)</td><td>Human rights &amp; &lt;b&gt;</td></tr></table></div>'
    """
    if isinstance(part, Letter):
        body = _letter(part)
    elif isinstance(part, Annex):
        body = _annex(part)
    elif isinstance(part, Statement):
        body = _statement(part)
    elif isinstance(part, AgendaItem):
        body = [_agenda_table((part,))]
    elif isinstance(part, Signature):
        body = _signatures((part,))
    elif isinstance(part, Session):
        body = [f'<p class="facts">{_e(part)} · {_e(part.organ.value)}</p>']
    elif isinstance(part, Footnote):
        body = [_footnotes((part,))]
    else:
        raise TypeError(f"part_to_html() takes a part of a document, not {type(part).__name__}")
    return "".join([_STYLE, '<div class="unga-doc unga-part">', *body, "</div>"])


# Markdown reads these anywhere as markup (emphasis, code, links, HTML, entities, tables, strikethrough) ...
_MD_INLINE = re.compile(r"([\\`*_\[\]<>#|~&!])")
# ... and these at the start of a line (lists, block quotes, headings underlined, numbered lists).
_MD_LINE_START = re.compile(r"^(?:[-+=]|[0-9]+(?=[.)]))")


def _md(text: str) -> str:
    """*text* as markdown that shows it as it is (markup characters escaped with a backslash)."""
    text = _MD_INLINE.sub(r"\\\1", text)
    match = _MD_LINE_START.match(text)
    if match is None:
        return text
    end = match.end()
    if text[:end].isdigit():  # "1990. Soviet troops ...": escape the dot, not the number
        return f"{text[:end]}\\{text[end:]}"
    return f"\\{text}"


def _md_signatures(signatures: tuple[Signature, ...]) -> list[str]:
    # A backslash at the end of a line is a hard line break: the titles stand under the name.
    return ["\\\n".join([f"(Signed) **{_md(s.name)}**", *(_md(t) for t in s.titles)]) for s in signatures]


def _md_statement(statement: Statement) -> list[str]:
    date = [f"*{_md(write_date(statement.date))}*"] if statement.date is not None else []
    return [
        f"#### {_md(statement.title)}",
        *date,
        *map(_md, statement.paragraphs),
        *_md_signatures(statement.signatures),
    ]


def part_to_markdown(part: Part) -> str:
    r"""One part of a document as short markdown for display (the document's own markdown is `to_markdown`).

    Text shows as it is: whatever markdown would read as markup is escaped.

    Raises:
        TypeError: *part* is not one of the parts.

    Example:
        >>> import unga_docs as ud
        >>> print(part_to_markdown(ud.Signature(name="Yashar Aliyev", titles=("Ambassador",))))
        (Signed) **Yashar Aliyev**\
        Ambassador
    """
    if isinstance(part, Letter):
        blocks = [f"### {_md(part.title)}", *map(_md, part.paragraphs), *_md_signatures(part.signatures)]
    elif isinstance(part, Annex):
        heads = [f"### {_md(part.label)}"] if part.label is not None else []
        heads += [f"{'####' if heads else '###'} {_md(part.heading)}"] if part.heading is not None else []
        statement = _md_statement(part.statement) if part.statement is not None else []
        blocks = [*heads, *map(_md, part.paragraphs), *_md_signatures(part.signatures), *statement]
    elif isinstance(part, Statement):
        blocks = _md_statement(part)
    elif isinstance(part, AgendaItem):
        number = f"{part.number}{f' ({part.sub_item})' if part.sub_item else ''}"
        blocks = [f"**Agenda item {number}**" + (f": {_md(part.title)}" if part.title is not None else "")]
    elif isinstance(part, Signature):
        blocks = _md_signatures((part,))
    elif isinstance(part, Session):
        blocks = [f"{_md(str(part))} ({_md(part.organ.value)})"]
    elif isinstance(part, Footnote):
        blocks = [f"<sup>{_md(part.marker)}</sup> {_md(part.text)}"]
    else:
        raise TypeError(f"part_to_markdown() takes a part of a document, not {type(part).__name__}")
    return "\n\n".join(blocks)
