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
from typing import cast

from unga_docs import _display
from unga_docs.formats.markdown import to_markdown
from unga_docs.formats.walk import (
    Agenda,
    AnnexEnd,
    AnnexStart,
    Context,
    DateLine,
    FootnoteLine,
    Heading,
    JobNumber,
    Masthead,
    Paragraphs,
    Part,
    Role,
    Rules,
    SessionLine,
    SignatureBlock,
    session_text,
    walk,
    walk_part,
)
from unga_docs.grammar import ENGLISH, write_agenda_list, write_date
from unga_docs.grammar.agenda import agenda_item_label, agenda_item_line
from unga_docs.model import Annex, Document, Letter, Signature

__all__ = ["Part", "part_to_html", "part_to_markdown", "to_html"]

_STYLE = (
    "<style>.unga-doc{font-family:system-ui,sans-serif;max-width:52em;border:1px solid #c8d3e0;"
    "border-radius:6px;padding:0.8em 1.2em;line-height:1.4}.unga-doc table{border-collapse:collapse;margin:0.4em 0}"
    ".unga-doc td,.unga-doc th{border:1px solid #dde4ee;padding:0.2em 0.5em;text-align:left;vertical-align:top}"
    ".unga-doc .masthead{display:flex;justify-content:space-between;gap:2em;border-bottom:2px solid #334;"
    "padding-bottom:0.4em;font-size:0.92em}.unga-doc .masthead .right{text-align:right}"
    ".unga-doc .facts{color:#445;font-size:0.92em}.unga-doc .sig{margin-left:2em}"
    ".unga-doc h3,.unga-doc h4{margin:0.8em 0 0.3em}.unga-doc summary{font-weight:bold;cursor:pointer}"
    ".unga-doc .page{float:right;color:#99a;font-size:0.8em}"
    ".unga-doc .problems .warning{color:#a33}.unga-doc .problems .note{color:#667}</style>"
)


def _e(text: object) -> str:
    """*text* (or the str of it) with every character that HTML reads as markup escaped, quotes included.

    As `html.escape` with ``quote=True``, but each replacement is made only if its character is there: a search
    for one character is much cheaper than a replacement that finds nothing, and text holds few of them.
    """
    t = text if type(text) is str else str(text)
    if "&" in t:
        t = t.replace("&", "&amp;")  # first: the entities below hold "&"
    if "<" in t:
        t = t.replace("<", "&lt;")
    if ">" in t:
        t = t.replace(">", "&gt;")
    if '"' in t:
        t = t.replace('"', "&quot;")
    if "'" in t:
        t = t.replace("'", "&#x27;")
    return t


# -- the card: a handler per block of the walk, writing HTML fragments ---------------------------------------


class _Card(list[str]):
    """The card being written: its HTML fragments, and what the page markers need.

    Attributes:
        pages: the page each paragraph starts on, by its path ("letter.paragraphs[0]"), from the provenance.
        annex: the index of the annex being written.
        page: the page of the last paragraph marked (a card starts on page 1).
    """

    __slots__ = ("annex", "page", "pages")

    def __init__(self, fragments: list[str], pages: dict[str, int] | None = None) -> None:
        super().__init__(fragments)
        self.pages = pages or {}
        self.annex = 0
        self.page = 1


#: Where the paragraphs of each context stand, as a path before "paragraphs[i]" ({} is the annex's index).
_PARAGRAPH_PATHS = {
    Context.DOCUMENT: "",
    Context.LETTER: "letter.",
    Context.ANNEX: "annexes[{}].",
    Context.STATEMENT: "annexes[{}].statement.",
}

#: The agenda table's first column: "Agenda item", as a list of one prints it.
_AGENDA_ITEM = ENGLISH.agenda_lines["agenda", False][0].strip()

_HTML: Rules[_Card] = Rules()
_HTML.skip(SessionLine)  # the sessions are printed in the masthead


@_HTML.on(Masthead)
def _masthead(out: list[str], m: Masthead) -> None:
    left = [_e(", ".join(o.value for o in m.organs))] if m.organs else []
    left += [_e(session_text(s)) for s in m.sessions]
    if m.agenda_items:  # as printed: "Agenda items 30, 68 (b) and 73"
        left.append(_e(write_agenda_list([(a.number, a.sub_item) for a in m.agenda_items])))
    right = ["<b>" + _e(" – ".join(str(s) for s in m.symbols)) + "</b>"] if m.symbols else []
    if m.distribution is not None:
        right.append(ENGLISH.distribution_line.format(value=_e(m.distribution.value)))
    if m.date is not None:
        right.append(_e(write_date(m.date)))
    if m.language is not None:
        right.append(_e(m.language.value))
    if m.original_language is not None:
        right.append(ENGLISH.original_line.format(value=_e(m.original_language.value)))
    if left or right:
        out.append(
            f'<div class="masthead"><div>{"<br>".join(left)}</div><div class="right">{"<br>".join(right)}</div></div>'
        )


@_HTML.on(Agenda)
def _agenda(out: list[str], b: Agenda) -> None:
    rows = "".join(
        f"<tr><td>{_e(agenda_item_label(item.number, item.sub_item))}</td><td>{_e(item.title or '')}</td></tr>"
        for item in b.items
    )
    out.append(f"<table><tr><th>{_AGENDA_ITEM}</th><th>Title</th></tr>{rows}</table>")


@_HTML.on(Heading)
def _heading(out: list[str], b: Heading) -> None:
    if b.role is Role.LETTER_TITLE:
        out.append(f"<h3>{_e(b.text)}</h3>")
        _letter_facts(out, cast(Letter, b.part))
    elif b.role is Role.ANNEX_HEADING:
        if cast(Annex, b.part).label is not None:  # else the heading is the annex's summary (`_annex_start`)
            out.append(f"<h4>{_e(b.text)}</h4>")
    elif b.role is Role.STATEMENT_TITLE:
        out.append(f"<h4>{_e(b.text)}</h4>")
    # Role.ANNEX_LABEL: the annex's summary (`_annex_start`)


def _letter_facts(out: list[str], letter: Letter) -> None:
    """What a letter's title says: kind, date, sender, addressees."""
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


@_HTML.on(Paragraphs)
def _paragraphs(out: _Card, b: Paragraphs) -> None:
    if not out.pages:
        out.extend(f"<p>{_e(p)}</p>" for p in b.texts)
        return
    # A quiet page marker before a paragraph that starts on another page than the one marked last.
    prefix = _PARAGRAPH_PATHS[b.context].format(out.annex)
    for i, p in enumerate(b.texts):
        page = out.pages.get(f"{prefix}paragraphs[{i}]")
        if page is not None and page != out.page:
            out.append(f'<span class="page">p. {page}</span>')
            out.page = page
        out.append(f"<p>{_e(p)}</p>")


@_HTML.on(SignatureBlock)
def _signature(out: list[str], b: SignatureBlock) -> None:
    s = b.signature
    lines = [f"<strong>{ENGLISH.signed_word} {_e(s.name)}</strong>", *(_e(t) for t in s.titles)]
    out.append(f'<p class="sig">{"<br>".join(lines)}</p>')


@_HTML.on(AnnexStart)
def _annex_start(out: _Card, b: AnnexStart) -> None:
    out.annex = b.number - 1
    out.append("<details open><summary>" + _e(b.annex.label or b.annex.heading or ENGLISH.annex_word) + "</summary>")


@_HTML.on(AnnexEnd)
def _annex_end(out: list[str], b: AnnexEnd) -> None:
    out.append("</details>")


@_HTML.on(DateLine)
def _date(out: list[str], b: DateLine) -> None:
    out.append(f"<p><em>{_e(write_date(b.date))}</em></p>")


@_HTML.on(FootnoteLine)
def _footnote(out: list[str], b: FootnoteLine) -> None:
    if b.position == 0:
        out.append("<hr>")  # the footnotes stand under a rule
    out.append(f"<p><sup>{_e(b.footnote.marker)}</sup> {_e(b.footnote.text)}</p>")


@_HTML.on(JobNumber)
def _job_number(out: list[str], b: JobNumber) -> None:
    out.append(f'<p class="facts">Job number {_e(b.text)}</p>')  # printed in the page footer


# A part's card: a session shows itself (in a document it is part of the masthead), a footnote has no rule.
_HTML_PART: Rules[_Card] = Rules(_HTML)


@_HTML_PART.on(SessionLine)
def _session_card(out: list[str], b: SessionLine) -> None:
    out.append(f'<p class="facts">{_e(b.session)} · {_e(b.session.organ.value)}</p>')


@_HTML_PART.on(FootnoteLine)
def _footnote_card(out: list[str], b: FootnoteLine) -> None:
    out.append(f"<p><sup>{_e(b.footnote.marker)}</sup> {_e(b.footnote.text)}</p>")


def to_html(doc: Document) -> str:
    """The document as an HTML card: masthead, agenda items as a table, the letter, signatures, annexes.

    Quietly, too: a page marker ("p. 2") before a paragraph that starts on a new page, where the provenance
    records pages (a PDF's), the symbols the text cites (`Document.references`) at the foot, and the reading's
    problems (`Document.problems`: warnings in red, notes in grey) folded under "Problems". All text is escaped,
    so a document can hold any text and still be shown safely.

    Example:
        >>> import unga_docs as ud
        >>> "&lt;script&gt;" in ud.to_html(ud.Document(paragraphs=("<script>",)))
        True
    """
    pages = {a.path: a.page for a in doc.provenance if a.page is not None}
    out = _Card([_STYLE, '<div class="unga-doc">'], pages)
    _HTML.render(out, walk(doc))
    references = doc.references
    if references:
        out.append(f'<p class="facts">Cites {_e(", ".join(map(str, references)))}</p>')
    problems = doc.problems
    if problems:
        out.append('<details class="problems"><summary>Problems</summary>')
        out.extend(f'<p class="{p.severity.value}">{_e(p)}</p>' for p in problems)
        out.append("</details>")
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
    out = _Card([_STYLE, '<div class="unga-doc unga-part">'])
    _HTML_PART.render(out, walk_part(part))
    out.append("</div>")
    return "".join(out)


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


def _md_signature(signature: Signature) -> str:
    # A backslash at the end of a line is a hard line break: the titles stand under the name.
    return "\\\n".join([f"{ENGLISH.signed_word} **{_md(signature.name)}**", *(_md(t) for t in signature.titles)])


# -- a part's short markdown: a handler per block of the walk ----------------------------------------------

_MD: Rules[list[str]] = Rules()
_MD.skip(AnnexStart, AnnexEnd)  # a part's markdown has no masthead and no job number: those are not parts


@_MD.on(Heading)
def _md_heading(out: list[str], b: Heading) -> None:
    if b.role is Role.LETTER_TITLE or b.role is Role.ANNEX_LABEL:
        out.append(f"### {_md(b.text)}")
    elif b.role is Role.ANNEX_HEADING:  # under the label, if there is one
        out.append(f"{'####' if cast(Annex, b.part).label is not None else '###'} {_md(b.text)}")
    else:
        out.append(f"#### {_md(b.text)}")


@_MD.on(Paragraphs)
def _md_paragraphs(out: list[str], b: Paragraphs) -> None:
    out.extend(map(_md, b.texts))


@_MD.on(SignatureBlock)
def _md_signature_block(out: list[str], b: SignatureBlock) -> None:
    out.append(_md_signature(b.signature))


@_MD.on(DateLine)
def _md_date(out: list[str], b: DateLine) -> None:
    out.append(f"*{_md(write_date(b.date))}*")


@_MD.on(Agenda)
def _md_agenda(out: list[str], b: Agenda) -> None:
    for item in b.items:
        line = agenda_item_line(item.number, item.sub_item)
        out.append(f"**{line}**" + (f": {_md(item.title)}" if item.title is not None else ""))


@_MD.on(SessionLine)
def _md_session(out: list[str], b: SessionLine) -> None:
    out.append(f"{_md(str(b.session))} ({_md(b.session.organ.value)})")


@_MD.on(FootnoteLine)
def _md_footnote(out: list[str], b: FootnoteLine) -> None:
    out.append(f"<sup>{_md(b.footnote.marker)}</sup> {_md(b.footnote.text)}")


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
    out: list[str] = []
    _MD.render(out, walk_part(part))
    return "\n\n".join(out)


# -- Jupyter display of the model's classes, through the registry (the model does not import the writers) ----


def _show_html(value: object) -> str:
    return to_html(value) if isinstance(value, Document) else part_to_html(cast(Part, value))


def _show_markdown(value: object) -> str:
    return to_markdown(value) if isinstance(value, Document) else part_to_markdown(cast(Part, value))


_display.register("text/html", _show_html)
_display.register("text/markdown", _show_markdown)
