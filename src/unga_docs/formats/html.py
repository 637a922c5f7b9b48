"""HTML: a document as a card for Jupyter and the web. Every piece of text is escaped."""

from __future__ import annotations

from html import escape

from unga_docs.grammar import write_date
from unga_docs.model import Annex, Document, Letter, Signature, Statement

__all__ = ["to_html"]

_STYLE = (
    "<style>.unga-doc{font-family:system-ui,sans-serif;max-width:52em;border:1px solid #c8d3e0;"
    "border-radius:6px;padding:0.8em 1.2em;line-height:1.4}.unga-doc table{border-collapse:collapse}"
    ".unga-doc td,.unga-doc th{border:1px solid #dde4ee;padding:0.2em 0.5em;text-align:left;vertical-align:top}"
    ".unga-doc .masthead{color:#334;font-size:0.92em}.unga-doc .sig{margin-left:2em}"
    ".unga-doc h3,.unga-doc h4{margin:0.8em 0 0.3em}</style>"
)


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _paragraphs(paragraphs: tuple[str, ...]) -> list[str]:
    return [f"<p>{_e(p)}</p>" for p in paragraphs]


def _signatures(signatures: tuple[Signature, ...]) -> list[str]:
    out = []
    for s in signatures:
        lines = [f"<strong>(Signed) {_e(s.name)}</strong>", *(_e(t) for t in s.titles)]
        out.append(f'<p class="sig">{"<br>".join(lines)}</p>')
    return out


def _letter(letter: Letter) -> list[str]:
    out = [f"<h3>{_e(letter.title)}</h3>"]
    facts = []
    if letter.kind is not None:
        facts.append(f"<b>kind</b> {_e(letter.kind.value)}")
    if letter.date is not None:
        facts.append(f"<b>dated</b> {_e(letter.date.isoformat())}")
    if letter.sender is not None:
        facts.append(f"<b>from</b> {_e(letter.sender)}")
    if letter.addressees:
        facts.append(f"<b>to</b> {_e('; '.join(letter.addressees))}")
    if facts:
        out.append(f'<p class="masthead">{" · ".join(facts)}</p>')
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


def to_html(doc: Document) -> str:
    """The document as an HTML card: masthead, agenda items as a table, the letter, signatures, annexes.

    All text is escaped, so a document can hold any text and still be shown safely.

    Example:
        >>> import unga_docs as ud
        >>> "&lt;script&gt;" in ud.to_html(ud.Document(paragraphs=("<script>",)))
        True
    """
    out = [_STYLE, '<div class="unga-doc">']
    head = []
    if doc.symbols:
        head.append("<b>" + _e(" – ".join(str(s) for s in doc.symbols)) + "</b>")
    if doc.organs:
        head.append(_e(", ".join(o.value for o in doc.organs)))
    if doc.distribution is not None:
        head.append(f"Distr.: {_e(doc.distribution.value)}")
    if doc.date is not None:
        head.append(_e(write_date(doc.date)))
    if doc.original_language is not None:
        head.append(f"Original: {_e(doc.original_language.value)}")
    head.extend(_e(s) for s in doc.sessions)
    if head:
        out.append(f'<p class="masthead">{" · ".join(head)}</p>')
    if doc.agenda_items:
        rows = "".join(
            f"<tr><td>{a.number}{f' ({_e(a.sub_item)})' if a.sub_item else ''}</td><td>{_e(a.title or '')}</td></tr>"
            for a in doc.agenda_items
        )
        out.append(f"<table><tr><th>Agenda item</th><th>Title</th></tr>{rows}</table>")
    out += _paragraphs(doc.paragraphs)
    if doc.letter is not None:
        out += _letter(doc.letter)
    for annex in doc.annexes:
        out += _annex(annex)
    if doc.footnotes:
        out.append("<hr>" + "".join(f"<p><sup>{_e(f.marker)}</sup> {_e(f.text)}</p>" for f in doc.footnotes))
    out.append("</div>")
    return "".join(out)
