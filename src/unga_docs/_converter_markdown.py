"""Markdown of a document as PDF converters write it: the drawing behind `unga_docs.strategies.converter_markdown`.

Needs the ``strategies`` extra (hypothesis). Kept apart from the strategies of the model's classes: it renders a
document, as a converter's writer would, where they generate one.
"""

from __future__ import annotations

from hypothesis import strategies as st

from unga_docs.assemble import reads_as_text
from unga_docs.assemble.rules.signature import split_titles
from unga_docs.formats._layout import agenda_groups
from unga_docs.grammar import ENGLISH, write_agenda_list, write_date
from unga_docs.model import Document, Signature

# -- markdown as PDF converters write it ------------------------------------------------------------------------

_PICTURE = "**==> picture [57 x 48] intentionally omitted <==**"


def _md(text: str) -> str:
    """Text with the characters the markdown lexer takes as markup escaped (converters escape few; we must)."""
    return "".join("\\" + c if c in "\\*_[]<>`#&|" else c for c in text)


def _styled(draw: st.DrawFn, text: str, *, levels: tuple[int, ...] = (1, 2, 3)) -> str:
    """*text* as a converter may set a line it thinks important: plain, bold, or a bold heading of any level."""
    style = draw(st.sampled_from(("plain", "bold", "heading", "bold heading")))
    body = _md(text)
    if style == "plain":
        return body
    if style == "bold":
        return f"**{body}**"
    level = draw(st.sampled_from(levels))
    return "#" * level + " " + (f"**{body}**" if style == "bold heading" else body)


def _wrapped(draw: st.DrawFn, text: str) -> list[str]:
    """A paragraph hard-wrapped, and maybe split by a page break where a lower-case word goes on after it."""
    words = text.split(" ")
    # A page break where the text before it still reads as text, and the text after it goes on (lower case).
    breaks = [
        k
        for k in range(1, len(words))
        if words[k][:1].islower() and words[k - 1][-1:] not in ".!?:;)" and reads_as_text(" ".join(words[:k]))
    ]
    cut = draw(st.none() | st.sampled_from(breaks)) if breaks else None
    parts = [words] if cut is None else [words[:cut], words[cut:]]
    blocks = []
    for part in parts:
        width = draw(st.integers(3, 12))
        blocks.append("\n".join(_md(" ".join(part[k : k + width])) for k in range(0, len(part), width)))
    if len(blocks) == 2 and draw(st.booleans()):
        blocks.insert(1, draw(st.sampled_from((_PICTURE, "25-00001 (E) 170125 _***2500001***_", "<!-- image -->"))))
    return blocks


def _signed(draw: st.DrawFn, s: Signature) -> list[str]:
    """A signature block: on one line (pymupdf4llm), or its title lines as blocks of their own (0.0.17)."""
    one_line = " ".join((s.name, *s.titles))
    if s.titles and split_titles(one_line) == (s.name, s.titles) and draw(st.booleans()):
        return [f"( _{ENGLISH.signed_word.strip('()')}_ ) {_md(s.name)} " + " ".join(_md(t) for t in s.titles)]
    if split_titles(s.name) is not None:
        return [ENGLISH.signed_word + "  \n" + _md(s.name) + "".join("  \n" + _md(t) for t in s.titles)]
    return [f"{ENGLISH.signed_word} {_md(s.name)}", *(_md(t) for t in s.titles)]


@st.composite
def _converter_markdown(draw: st.DrawFn, doc: Document) -> str:
    blocks: list[str] = []
    if doc.symbols:
        links = [f"[{s}](https://undocs.org/en/{str(s).replace(' ', '')})" for s in doc.symbols]
        blocks.append("–".join(links if draw(st.booleans()) else [str(s) for s in doc.symbols]))
    if draw(st.booleans()):
        blocks.extend(("United Nations", _PICTURE))
    if doc.organs:
        blocks.append(_styled(draw, " ".join(o.value for o in doc.organs), levels=(1, 2)))
    fields = []
    if doc.distribution is not None:
        fields.append(ENGLISH.distribution_line.format(value=doc.distribution.value))
    if doc.date is not None:
        fields.append(write_date(doc.date))
    if doc.original_language is not None:
        fields.append(ENGLISH.original_line.format(value=doc.original_language.value))
    while fields:  # merged onto lines as a converter's reading order puts them
        n = draw(st.integers(1, len(fields)))
        blocks.append(" ".join(fields[:n]))
        fields = fields[n:]
    sessions = " ".join(str(s) for s in doc.sessions)
    groups = agenda_groups(doc.agenda_items)
    for k, group in enumerate(groups):
        listed = write_agenda_list([(a.number, a.sub_item) for a in group])
        if k == 0 and sessions:
            blocks.append(f"**{sessions}** {listed}")  # the session and the list merged on one line
            sessions = ""
        else:
            blocks.append(listed)
        if group[0].title is None:
            blocks.append("-----")  # an untitled run is closed by a rule (see `unga_docs.to_text`)
        else:
            blocks.extend(_styled(draw, a.title) for a in group if a.title is not None)
    if sessions:
        blocks.append(sessions)
    if doc.letter is not None:
        title = doc.letter.title
        cut = title.find(" " + ENGLISH.title_pieces["addressees"][0])
        head = title[: title.rfind(" ", 0, cut)] if cut > 0 and draw(st.booleans()) else title
        level = draw(st.sampled_from((1, 2, 3)))
        rest = title[len(head) :].strip()
        blocks.append("#" * level + f" {_md(head)}" + (f"\n {_md(rest)}" if rest else ""))  # wrapped heading
        _body(draw, blocks, doc.letter.paragraphs, doc.letter.signatures)
    for annex in doc.annexes:
        blocks.append(_styled(draw, annex.label, levels=(1, 2)) if annex.label is not None else "-----")
        if annex.heading is not None:
            blocks.append(_styled(draw, annex.heading, levels=(1, 2)))
        _body(draw, blocks, annex.paragraphs, annex.signatures)
        if annex.statement is not None:
            blocks.append(_styled(draw, annex.statement.title, levels=(3, 4)))
            if annex.statement.date is not None:
                blocks.append(f"_{write_date(annex.statement.date)}_")
            _body(draw, blocks, annex.statement.paragraphs, annex.statement.signatures)
    if doc.footnotes:
        blocks.append("-----")
        blocks.extend(_md(f"{f.marker} {f.text}") for f in doc.footnotes)
    if doc.job_number is not None:
        blocks.append(f"{doc.job_number} (E) 170125 _***{doc.job_number.replace('-', '')}***_")
    return "\n\n".join(blocks) + "\n"


def _body(draw: st.DrawFn, blocks: list[str], paragraphs: tuple[str, ...], signatures: tuple[Signature, ...]) -> None:
    for p in paragraphs:
        blocks.extend(_wrapped(draw, p))
    for s in signatures:
        blocks.extend(_signed(draw, s))
        if draw(st.booleans()):
            blocks.append(_PICTURE)
