"""HTML cards and Jupyter display: the card of the reference document, and escaping of any text, anywhere.

A document and each of its parts show themselves in Jupyter (``_repr_html_``, ``_repr_markdown_``). Whatever the
text holds (``<script>``, quotes, ``&``, markdown markup), the HTML has only the card's own tags, and shows the text
as it is; so does the markdown of a part, once rendered.
"""

from __future__ import annotations

import ast
import datetime as dt
import html
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import unga_docs as ud
from unga_docs import strategies as uds
from unga_docs.formats import html as html_writer
from unga_docs.formats.html import Part, part_to_html, part_to_markdown
from unga_docs.strategies import documents

REFERENCE = ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))

#: The tags and attributes the cards are made of: anything else in the HTML came from the text.
CARD_TAGS = {"style", "div", "p", "b", "strong", "em", "br", "sup", "hr", "h3", "h4", "table", "tr", "th", "td"}
CARD_TAGS |= {"details", "summary", "span"}
CARD_ATTRIBUTES: set[tuple[str, str | None]] = {
    ("class", "unga-doc"),
    ("class", "unga-doc unga-part"),
    ("class", "masthead"),
    ("class", "right"),
}
CARD_ATTRIBUTES |= {("class", None), ("class", "facts"), ("class", "sig"), ("class", "page"), ("open", None)}
CARD_ATTRIBUTES |= {("class", "problems"), ("class", "warning"), ("class", "note")}  # Document.problems
#: What rendered markdown of a part is made of.
MARKDOWN_TAGS = {"p", "strong", "em", "br", "h3", "h4", "sup"}

HOSTILE = (
    '<script>alert("x")</script>',
    "\"quoted\" & 'apostrophes' &amp; &lt;b&gt;",
    "</div></table><!-- --> <img src=x onerror=alert(1)>",
    "**bold** _it_ `code` [link](http://x) # 1. - + = > | ~~x~~ \\ *",
)


class _Reader(HTMLParser):
    """The tags, attributes and text of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: set[tuple[str, str | None]] = set()
        self.text: list[str] = []
        self.others: list[str] = []  # comments, declarations, processing instructions

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.update(attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.others.append(data)

    def handle_decl(self, decl: str) -> None:
        self.others.append(decl)


def _read(html: str) -> _Reader:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader


def _texts(part: object) -> list[str]:
    """Every text a document or a part holds, as stored."""
    if isinstance(part, str):
        return [part]
    if isinstance(part, tuple):
        return [t for item in part for t in _texts(item)]
    if isinstance(part, ud.Symbol | ud.Session):
        return [str(part)]
    fields = getattr(type(part), "__attrs_attrs__", ())
    return [t for f in fields if f.name not in ("diagnostics", "provenance") for t in _texts(getattr(part, f.name))]


def _assert_shown_safely(html: str, texts: list[str], tags: set[str] = CARD_TAGS) -> None:
    reader = _read(html)
    assert set(reader.tags) <= tags, "a text made a tag"
    assert reader.attributes <= CARD_ATTRIBUTES | {("class", None)}, "a text made an attribute"
    assert reader.others == [], "a text made a comment or a declaration"
    shown = "".join(reader.text)
    for text in texts:
        assert text in shown


# ---------------------------------------------------------------------------------------------------------------
# The card of the reference document


def test_the_reference_card_has_the_masthead() -> None:
    """The masthead: organs, session and agenda items on the left; distribution, date, language on the right."""
    html = ud.to_html(REFERENCE)
    left = "<div>General Assembly<br>Seventy-seventh session<br>Agenda items 30, 68, 73, 78, 84 and 132</div>"
    right = '<div class="right">Distr.: General<br>20 January 2023<br>Original: English</div>'
    assert f'<div class="masthead">{left}{right}</div>' in html


def test_the_reference_card_has_the_agenda_items_as_a_table() -> None:
    """Each agenda item is a row: its number, its title, in order."""
    html = ud.to_html(REFERENCE)
    rows = [f"<tr><td>{a.number}</td><td>{a.title}</td></tr>" for a in REFERENCE.agenda_items]
    assert "<table><tr><th>Agenda item</th><th>Title</th></tr>" + "".join(rows) + "</table>" in html


def test_the_reference_card_has_the_letter_its_signature_and_the_annex() -> None:
    """The letter's title and what it says, paragraphs and signature; the annex with its statement, folding."""
    html = ud.to_html(REFERENCE)
    letter = REFERENCE.letter
    assert letter is not None
    assert f"<h3>{letter.title}</h3>" in html
    facts = (
        '<p class="facts"><b>kind</b> letter · <b>dated</b> 20 January 2023 · <b>from</b> Permanent Representative'
        " of Azerbaijan to the United Nations · <b>to</b> Secretary-General</p>"
    )
    assert facts in html
    assert (
        '<p class="sig"><strong>(Signed) Yashar Aliyev</strong><br>Ambassador<br>Permanent Representative</p>' in html
    )
    annex = REFERENCE.annexes[0]
    assert annex.statement is not None
    assert f"<details open><summary>{annex.heading}</summary>" in html
    assert "<h4>Statement of the Ministry of Foreign Affairs of the Republic of Azerbaijan on 20 January" in html
    assert "<p><em>20 January 2023</em></p>" in html
    assert html.count("<p>") == len(letter.paragraphs) + len(annex.statement.paragraphs) + 1  # and the date
    _assert_shown_safely(html, _texts(REFERENCE))


def test_a_document_shows_itself_as_its_card_and_its_markdown() -> None:
    """Jupyter shows a document as to_html's card, or as to_markdown's text."""
    assert REFERENCE._repr_html_() == ud.to_html(REFERENCE)
    assert REFERENCE._repr_markdown_() == ud.to_markdown(REFERENCE)


def test_an_empty_document_has_an_empty_card() -> None:
    """No masthead, no table: just the frame, and the one problem it has (it is no document at all)."""
    problems = (
        '<details class="problems"><summary>Problems</summary>'
        '<p class="warning">warning: no masthead, no title and no signature</p></details>'
    )
    assert ud.to_html(ud.Document()).endswith(f'<div class="unga-doc">{problems}</div>')


def test_the_card_shows_the_problems_of_a_reading() -> None:
    """Warnings and notes, each marked by its severity; a clean reading has no Problems section."""
    assert "Problems" not in ud.to_html(attrs.evolve(REFERENCE, symbols=(ud.Symbol.parse("A/77/715"),)))
    card = ud.to_html(ud.parse("Distr.: General\n\nText before any title.\n\nLetter dated 1 May 2024 from X"))
    assert '<p class="warning">warning: line 3: text outside any letter' in card
    assert '<p class="note">note: no document symbol was found</p>' in card


# ---------------------------------------------------------------------------------------------------------------
# Escaping


def _hostile_document(text: str) -> ud.Document:
    """A document with *text* in every text field there is (and in a few printed with others)."""
    signature = ud.Signature(name=text, titles=(text, text))
    return ud.Document(
        symbols=(ud.Symbol.parse("A/77/715"),),
        organs=(ud.Organ.GENERAL_ASSEMBLY,),
        distribution=ud.Distribution.GENERAL,
        date=dt.date(2023, 1, 20),
        original_language=ud.Language.ENGLISH,
        sessions=(ud.Session(organ=ud.Organ.GENERAL_ASSEMBLY, number=77),),
        agenda_items=(ud.AgendaItem(number=30, sub_item="b", title=text),),
        paragraphs=(text,),
        letter=ud.Letter(title=f"Letter dated 20 January 2023 from {text} addressed to {text}", paragraphs=(text,)),
        annexes=(
            ud.Annex(
                label="Annex",
                heading=text,
                paragraphs=(text,),
                signatures=(signature,),
                statement=ud.Statement(title=text, date=dt.date(2023, 1, 20), paragraphs=(text,)),
            ),
            ud.Annex(heading=text),
        ),
        footnotes=(ud.Footnote(marker="*", text=text),),
    )


@pytest.mark.parametrize("text", HOSTILE)
def test_to_html_escapes_hostile_text(text: str) -> None:
    """Script tags, quotes, ampersands and markup in any field show as text, never as markup."""
    doc = _hostile_document(text)
    html = ud.to_html(doc)
    assert "<script" not in html
    assert "<img" not in html
    assert html.count("<div") == 4  # the card, the masthead and its two columns
    _assert_shown_safely(html, _texts(doc))


@given(documents(format="json"))
@example(REFERENCE)
@example(_hostile_document(HOSTILE[0]))
def test_any_document_card_shows_its_text_and_only_the_cards_tags(doc: ud.Document) -> None:
    """Whatever a document holds, its card is made of the card's tags only and shows every text as it is."""
    _assert_shown_safely(ud.to_html(doc), _texts(doc))


# ---------------------------------------------------------------------------------------------------------------
# Parts

_PARTS: st.SearchStrategy[Part] = st.one_of(
    uds.letters(),
    uds.annexes(),
    uds.statements(),
    uds.agenda_items(),
    uds.signatures(),
    uds.sessions(),
    uds.footnotes(),
)
_MARKDOWN = MarkdownIt("commonmark")


def _hostile_parts(text: str) -> list[Part]:
    doc = _hostile_document(text)
    assert doc.letter is not None
    annex = doc.annexes[0]
    assert annex.statement is not None
    return [doc.letter, annex, annex.statement, doc.agenda_items[0], annex.signatures[0], doc.footnotes[0]]


def test_every_part_shows_itself() -> None:
    """Letter, Annex, Statement, AgendaItem, Signature, Session and Footnote have a card and markdown."""
    letter = REFERENCE.letter
    assert letter is not None
    annex = REFERENCE.annexes[0]
    assert annex.statement is not None
    parts: list[Part] = [letter, annex, annex.statement, REFERENCE.agenda_items[0], letter.signatures[0]]
    parts += [REFERENCE.sessions[0], ud.Footnote(marker="*", text="Circulated in English only.")]
    for part in parts:
        assert part._repr_html_() == part_to_html(part)
        assert part._repr_html_().startswith("<style>")
        assert part._repr_markdown_() == part_to_markdown(part)
    assert REFERENCE.sessions[0]._repr_markdown_() == "Seventy-seventh session (General Assembly)"
    assert REFERENCE.agenda_items[0]._repr_markdown_() == "**Agenda item 30**: Prevention of armed conflict"
    assert (
        letter.signatures[0]._repr_markdown_() == "(Signed) **Yashar Aliyev**\\\nAmbassador\\\nPermanent Representative"
    )
    assert "<td>30</td><td>Prevention of armed conflict</td>" in REFERENCE.agenda_items[0]._repr_html_()


@pytest.mark.parametrize("text", HOSTILE)
def test_parts_escape_hostile_text(text: str) -> None:
    """Each part's card and rendered markdown show hostile text as it is."""
    for part in _hostile_parts(text):
        _assert_shown_safely(part_to_html(part), _texts(part))
        _assert_shown_safely(_MARKDOWN.render(part_to_markdown(part)), _texts(part), MARKDOWN_TAGS)


@given(_PARTS)
def test_any_part_shows_its_text_and_only_its_tags(part: Part) -> None:
    """Whatever a part holds, its card and its rendered markdown show every text as it is, and no other markup."""
    texts = _texts(part)
    _assert_shown_safely(part_to_html(part), texts)
    _assert_shown_safely(_MARKDOWN.render(part_to_markdown(part)), texts, MARKDOWN_TAGS)


@pytest.mark.parametrize("text", ["- a", "+ a", "1. a", "12) a", "= a", "---", "===", "> a", "# a", "    a"])
def test_markdown_of_a_part_escapes_what_starts_a_line(text: str) -> None:
    """A title line that would start a list, a quote or a heading shows as text, under the name."""
    text = text.strip()
    html = _MARKDOWN.render(part_to_markdown(ud.Signature(name="N", titles=(text,))))
    assert html == f"<p>(Signed) <strong>N</strong><br />\n{text.replace('>', '&gt;')}</p>\n"


@pytest.mark.parametrize("function", [part_to_html, part_to_markdown])
def test_parts_functions_refuse_other_things(function: object) -> None:
    """A document or a string is not a part."""
    assert callable(function)
    with pytest.raises(TypeError, match="part of a document"):
        function(REFERENCE)
    with pytest.raises(TypeError, match="part of a document"):
        function("text")


def test_an_agenda_list_the_grammar_cannot_write_is_an_error_not_a_plain_list(monkeypatch: pytest.MonkeyPatch) -> None:
    """A ValueError from the agenda writer propagates out of to_html, as out of the other writers: not hidden."""

    def refuse(items: object, form: str = "agenda") -> str:
        raise ValueError("sub-item must be a lower-case letter or roman numeral")

    monkeypatch.setattr("unga_docs.formats.html.write_agenda_list", refuse)
    with pytest.raises(ValueError, match="sub-item"):
        ud.to_html(REFERENCE)


def test_the_model_imports_no_writer() -> None:
    """model.py reaches the writers through the display registry, never by importing them (design.md section 3)."""
    tree = ast.parse(Path(ud.model.__file__).read_text(encoding="utf-8"))
    imported = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    imported += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert "unga_docs" in imported  # the registry: from unga_docs import _display
    assert not [m for m in imported if m.startswith("unga_docs.formats")]


def test_an_empty_registry_imports_the_writers_when_first_shown() -> None:
    """With nothing registered yet, showing a document or a part imports the module that registers the writers."""
    code = (
        "import sys\n"
        "from unga_docs import _display, model as m\n"
        "_display._SHOW.clear()\n"
        "sys.modules.pop('unga_docs.formats.html', None)\n"
        "doc = m.Document(paragraphs=('<x>',))\n"
        "assert '<p>&lt;x&gt;</p>' in doc._repr_html_()\n"
        "assert doc._repr_markdown_() == '---\\n\\n\\\\<x>\\n'\n"
        "assert m.Signature(name='A')._repr_markdown_() == '(Signed) **A**'\n"
        "assert 'unga_docs.formats.html' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


@given(st.text() | st.sampled_from(HOSTILE))
@example("&amp;<>\"'")
def test_the_html_escaper_is_the_standard_one(text: str) -> None:
    """The card's escaper gives what html.escape(quote=True) gives: it only skips replacements that find nothing."""
    assert html_writer._e(text) == html.escape(text, quote=True)
