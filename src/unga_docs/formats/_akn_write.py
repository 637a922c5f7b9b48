"""Akoma Ntoso: writing a document (`to_akn`). `unga_docs.formats.akn` is the public module; see its docstring."""

from __future__ import annotations

import datetime as dt
import re

from unga_docs.enums import Language
from unga_docs.formats._akn_common import (
    _ACTORS,
    _DISTR,
    _NO_DATE,
    _NOT_XML,
    _ORIGINAL,
    _SIGNED,
    _SOURCE,
    _SYMBOL_ACTORS,
    _XML_DECLARATION,
    AKN_NS,
    UD_NS,
)
from unga_docs.grammar import write_date
from unga_docs.grammar.agenda import agenda_item_label, agenda_item_line
from unga_docs.model import Annex, Document, Footnote, Signature, Statement
from unga_docs.symbols import Symbol

# --------------------------------------------------------------------------------------------------------------
# Writing: the text is built as strings (several times faster than building an lxml tree for ~150 elements), in
# the one layout the tests hold to the schema: indentation only between elements whose content is elements.

_INDENT = tuple("  " * i for i in range(32))


def _iso(date: dt.date) -> str:
    return date.isoformat()


def _escape(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _character(m: re.Match[str]) -> str:
    return f'<inline name="character" title="U+{ord(m.group()):04X}"/>'


def _content(text: str) -> str:
    """Model *text* as element content, with the characters XML cannot carry as ``<inline name="character">``."""
    text = _escape(text)
    return text if _NOT_XML.search(text) is None else _NOT_XML.sub(_character, text)


def _attr(value: str) -> str:
    """An attribute value (never read back): escaped, and U+FFFD for what XML cannot carry."""
    value = _escape(value)
    if '"' in value:
        value = value.replace('"', "&quot;")
    return _NOT_XML.sub("\ufffd", value)


def _attrs(attrs: dict[str, str]) -> str:
    """Attributes as written: the values are the writer's own (eIds, IRIs, numbers) or escaped with `_attr`."""
    text = ""
    for key, value in attrs.items():
        text += f' {key}="{value}"'
    return text


def _el(tag: str, text: str, **attrs: str) -> str:
    """``<tag attrs>text</tag>`` on no line of its own."""
    return f"<{tag}{_attrs(attrs)}>{_content(text)}</{tag}>"


def _line(out: list[str], level: int, markup: str) -> None:
    out.append(f"{_INDENT[level]}{markup}\n")


def _leaf(out: list[str], level: int, tag: str, **attrs: str) -> None:
    out.append(f"{_INDENT[level]}<{tag}{_attrs(attrs)}/>\n")


def _open(out: list[str], level: int, tag: str, **attrs: str) -> None:
    out.append(f"{_INDENT[level]}<{tag}{_attrs(attrs)}>\n")


def _close(out: list[str], level: int, tag: str) -> None:
    out.append(f"{_INDENT[level]}</{tag}>\n")


def _symbol_number(symbol: Symbol) -> str:
    """FRBRnumber: ``/`` becomes ``-``, a space ``_`` (AKN4UN part 1)."""
    return str(symbol).replace("/", "-").replace(" ", "_")


class _Ids:
    """Deterministic eIds for the TLC entries of one doc: one per distinct name or title, in order of first use."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.persons: dict[str, str] = {}
        self.roles: dict[str, str] = {}
        self.concepts: dict[str, tuple[str, str]] = {}  # eId -> (href, showAs)

    def person(self, name: str) -> str:
        return self.persons.setdefault(name, f"{self.prefix}person_{len(self.persons) + 1}")

    def role(self, title: str) -> str:
        return self.roles.setdefault(title, f"{self.prefix}role_{len(self.roles) + 1}")

    def concept(self, key: str, href: str, show: str) -> str:
        eid = self.prefix + key
        self.concepts.setdefault(eid, (href, show))
        return eid


#: Akoma Ntoso names languages by their ISO 639-2 (terminology) codes, as AKN4UN's IRIs do ("eng", "fra").
_AKN_LANGUAGES = {
    Language.ARABIC: "ara",
    Language.CHINESE: "zho",
    Language.ENGLISH: "eng",
    Language.FRENCH: "fra",
    Language.RUSSIAN: "rus",
    Language.SPANISH: "spa",
}


class _Frbr:
    """The IRIs of a document (AKN4UN part 1, the slashed component form)."""

    def __init__(self, doc: Document) -> None:
        self.actor = _actor(doc)
        date = doc.date or (doc.letter.date if doc.letter is not None else None)
        self.date = _iso(date or _NO_DATE)
        self.date_name = "unknown" if date is None else ("issued" if doc.date is not None else "letter")
        self.numbers = [_attr(_symbol_number(s)) for s in doc.symbols]
        self.shown = [_attr(str(s)) for s in doc.symbols]
        number = self.numbers[0] if self.numbers else "nonumber"
        self.work = f"/akn/un/doc/communication/{self.actor}/{self.date}/{number}"
        #: The expression's language: this copy's (Document.language), English without evidence of another.
        self.language = _AKN_LANGUAGES[doc.language or Language.ENGLISH]
        self.expression = f"{self.work}/{self.language}@{self.date}"


def _actor(doc: Document) -> str:
    if doc.organs:
        return _ACTORS[doc.organs[0]]
    if doc.symbols:
        return _SYMBOL_ACTORS.get(doc.symbols[0].components[0], "un")
    return "un"


def _meta(
    out: list[str], level: int, frbr: _Frbr, component: str, ids: _Ids, *, main: bool, job_number: str | None = None
) -> None:
    """``<meta>``, written once the doc's body has used its references."""
    i1, i2, i3 = level + 1, level + 2, level + 3
    date, name = frbr.date, frbr.date_name
    _open(out, level, "meta")
    _open(out, i1, "identification", source="#" + _SOURCE)
    _open(out, i2, "FRBRWork")
    _leaf(out, i3, "FRBRthis", value=f"{frbr.work}/!{component}")
    _leaf(out, i3, "FRBRuri", value=frbr.work)
    if main:
        for alias in frbr.numbers[1:]:
            _leaf(out, i3, "FRBRalias", value=alias, name="jointSymbol")
    _leaf(out, i3, "FRBRdate", date=date, name=name)
    _leaf(out, i3, "FRBRauthor", href="#" + frbr.actor)
    _leaf(out, i3, "FRBRcountry", value="un")
    _leaf(out, i3, "FRBRsubtype", value="communication")
    if frbr.numbers:
        _leaf(out, i3, "FRBRnumber", value=frbr.numbers[0], showAs=frbr.shown[0])
    _close(out, i2, "FRBRWork")
    _open(out, i2, "FRBRExpression")
    _leaf(out, i3, "FRBRthis", value=f"{frbr.expression}/!{component}")
    _leaf(out, i3, "FRBRuri", value=frbr.expression)
    _leaf(out, i3, "FRBRdate", date=date, name=name)
    _leaf(out, i3, "FRBRauthor", href="#" + frbr.actor)
    _leaf(out, i3, "FRBRlanguage", language=frbr.language)
    _close(out, i2, "FRBRExpression")
    _open(out, i2, "FRBRManifestation")
    _leaf(out, i3, "FRBRthis", value=f"{frbr.expression}/!{component}.xml")
    _leaf(out, i3, "FRBRuri", value=f"{frbr.expression}.akn")
    _leaf(out, i3, "FRBRdate", date=date, name=name)
    _leaf(out, i3, "FRBRauthor", href="#" + _SOURCE)
    _close(out, i2, "FRBRManifestation")
    _close(out, i1, "identification")
    if main or ids.persons or ids.roles or ids.concepts:
        _open(out, i1, "references", source="#" + _SOURCE)
        if main:
            _leaf(out, i2, "TLCOrganization", eId=_SOURCE, href="/ontology/organization/unga-docs", showAs=_SOURCE)
            org = frbr.actor
            _leaf(out, i2, "TLCOrganization", eId=org, href=f"/ontology/organization/un/{org}", showAs=org)
        for person, eid in ids.persons.items():
            _leaf(out, i2, "TLCPerson", eId=eid, href=f"/ontology/person/un/{eid}", showAs=_attr(person))
        for title, eid in ids.roles.items():
            _leaf(out, i2, "TLCRole", eId=eid, href=f"/ontology/role/un/{eid}", showAs=_attr(title))
        for eid, (href, show) in ids.concepts.items():
            _leaf(out, i2, "TLCConcept", eId=eid, href=href, showAs=show)
        _close(out, i1, "references")
    if job_number is not None:
        _open(out, i1, "proprietary", source="#" + _SOURCE)
        _line(out, i2, f'<ud:jobNumber xmlns:ud="{UD_NS}">{_escape(job_number)}</ud:jobNumber>')
        _close(out, i1, "proprietary")
    _close(out, level, "meta")


def _body(out: list[str], level: int, blocks: list[tuple[str, tuple[str, ...]]], prefix: str) -> None:
    """``<mainBody>``: each (container name or "", paragraphs); an empty body holds one ``<p class="empty"/>``."""
    _open(out, level, "mainBody")
    empty = True
    for name, paragraphs in blocks:
        if not paragraphs:
            continue
        empty = False
        inner, pre = level + 1, prefix
        if name:
            _open(out, inner, "container", name=name, eId=f"{prefix}{name}")
            inner, pre = level + 2, f"{prefix}{name}__"
        for i, text in enumerate(paragraphs, 1):
            _line(out, inner, _el("p", text, eId=f"{pre}para_{i}"))
        if name:
            _close(out, level + 1, "container")
    if empty:
        _line(out, level + 1, '<p class="empty"/>')
    _close(out, level, "mainBody")


def _signatures(out: list[str], level: int, signatures: tuple[Signature, ...], ids: _Ids, prefix: str) -> None:
    signed = ids.concept("signed", "/ontology/concept/un/signed", _SIGNED)
    status = f'(<docStatus refersTo="#{signed}">{_SIGNED}</docStatus>) '
    for n, sig in enumerate(signatures, 1):
        roles = [ids.role(t) for t in sig.titles]
        person = {"refersTo": "#" + ids.person(sig.name)}
        if roles:
            person["as"] = "#" + roles[0]
        parts = [_el("person", sig.name, **person)]
        for title, role in zip(sig.titles, roles, strict=True):
            parts.append("<eol/>")
            parts.append(_el("role", title, refersTo="#" + role))
        _open(out, level, "container", name="signatureBlock", eId=f"{prefix}signatureBlock_{n}")
        _line(out, level + 1, f"<p>{status}<signature>{''.join(parts)}</signature></p>")
        _close(out, level, "container")


def _footnotes(out: list[str], level: int, footnotes: tuple[Footnote, ...]) -> None:
    _open(out, level, "container", name="footnotes", eId="footnotes")
    for i, note in enumerate(footnotes, 1):
        eid = f"footnotes__note_{i}"
        inner = _el("p", note.text, eId=f"{eid}__p_1")
        attrs = _attrs({"marker": _attr(note.marker), "placement": "bottom", "eId": eid})
        _line(out, level + 1, f'<p eId="footnotes__p_{i}"><authorialNote{attrs}>{inner}</authorialNote></p>')
    _close(out, level, "container")


def _masthead(out: list[str], level: int, doc: Document) -> None:
    lines = [f"<p>{_el('docAuthority', organ.value)}</p>" for organ in doc.organs]
    lines.extend(f"<p>{_el('docNumber', str(symbol))}</p>" for symbol in doc.symbols)
    if doc.distribution is not None:
        lines.append(f"<p>{_el('inline', _DISTR + doc.distribution.value, name='distribution')}</p>")
    if doc.date is not None:
        lines.append(f"<p>{_el('docDate', write_date(doc.date), date=_iso(doc.date))}</p>")
    if doc.language is not None:  # the language of this copy, printed above "Original:"
        lines.append(f"<p>{_el('inline', doc.language.value, name='language')}</p>")
    if doc.original_language is not None:
        language = _el("inline", doc.original_language.value, name="originalLanguage")
        lines.append(f"<p>{_ORIGINAL}{language}</p>")
    if lines:
        _open(out, level, "coverPage")
        for line in lines:
            _line(out, level + 1, line)
        _close(out, level, "coverPage")


def _preface(out: list[str], level: int, doc: Document, ids: _Ids) -> None:
    if not (doc.sessions or doc.agenda_items or doc.letter is not None):
        return
    inner = level + 1
    _open(out, level, "preface")
    for i, session in enumerate(doc.sessions, 1):
        _line(out, inner, f'<p eId="session_{i}">{_el("session", str(session), value=str(session.number))}</p>')
    for i, item in enumerate(doc.agenda_items, 1):
        label = agenda_item_label(item.number, item.sub_item)
        key = f"{item.number}{item.sub_item or ''}"
        concept = ids.concept(f"item_{key}", f"/ontology/concept/un/agendaItem/{key}", label)
        _open(out, inner, "container", name="agendaItem", eId=f"agendaItem_{i}")
        ref = _el("ref", agenda_item_line(item.number, item.sub_item), href="#" + concept)
        _line(out, inner + 1, f"<p>{ref}</p>")
        if item.title is not None:
            _line(out, inner + 1, _el("p", item.title, **{"class": "agendaItemTitle"}))
        _close(out, inner, "container")
    if doc.letter is not None:
        _line(out, inner, f"<p>{_el('docTitle', doc.letter.title)}</p>")
    _close(out, level, "preface")


def _statement_doc(out: list[str], level: int, st: Statement, frbr: _Frbr, component: str, prefix: str) -> None:
    ids = _Ids(prefix)
    inner = level + 1
    body: list[str] = []
    _open(body, inner, "preface")
    _line(body, inner + 1, f"<p>{_el('docTitle', st.title)}</p>")
    if st.date is not None:
        _line(body, inner + 1, f"<p>{_el('docDate', write_date(st.date), date=_iso(st.date))}</p>")
    _close(body, inner, "preface")
    _body(body, inner, [("", st.paragraphs)], prefix)
    if st.signatures:
        _open(body, inner, "conclusions")
        _signatures(body, inner + 1, st.signatures, ids, prefix)
        _close(body, inner, "conclusions")
    _open(out, level, "doc", name="officialStatement")
    _meta(out, inner, frbr, component, ids, main=False)
    out.extend(body)
    _close(out, level, "doc")


def _annex_doc(out: list[str], level: int, annex: Annex, frbr: _Frbr, n: int) -> None:
    """``<attachment eId="att_n"><doc name="annex">`` at *level*."""
    prefix = f"att_{n}__"
    ids = _Ids(prefix)
    doc_level, inner = level + 1, level + 2
    body: list[str] = []
    _open(body, inner, "preface")
    if annex.label is not None:
        _line(body, inner + 1, f"<p>{_el('docType', annex.label)}</p>")
    if annex.heading is not None:
        _line(body, inner + 1, f"<p>{_el('docTitle', annex.heading)}</p>")
    _close(body, inner, "preface")
    _body(body, inner, [("", annex.paragraphs)], prefix)
    if annex.signatures:
        _open(body, inner, "conclusions")
        _signatures(body, inner + 1, annex.signatures, ids, prefix)
        _close(body, inner, "conclusions")
    if annex.statement is not None:
        _open(body, inner, "attachments")
        _open(body, inner + 1, "attachment", eId=f"{prefix}att_1")
        _statement_doc(body, inner + 2, annex.statement, frbr, f"annex_{n}_statement", f"{prefix}att_1__")
        _close(body, inner + 1, "attachment")
        _close(body, inner, "attachments")
    _open(out, level, "attachment", eId=f"att_{n}")
    _open(out, doc_level, "doc", name="annex")
    _meta(out, inner, frbr, f"annex_{n}", ids, main=False)
    out.extend(body)
    _close(out, doc_level, "doc")
    _close(out, level, "attachment")


def to_akn(doc: Document) -> str:
    """Write *doc* as an Akoma Ntoso 3.0 XML text (a UN communication, AKN4UN), which `from_akn` reads back.

    The output validates against the strict OASIS schema (`validate_akn`); the same document always gives the
    same text.

    Example:
        >>> import datetime, unga_docs as ud
        >>> doc = ud.Document(symbols=(ud.Symbol.parse("A/77/715"),), date=datetime.date(2023, 1, 20))
        >>> xml = to_akn(doc)
        >>> '<FRBRthis value="/akn/un/doc/communication/un-ga/2023-01-20/A-77-715/!main"/>' in xml
        True
        >>> print(xml[xml.index("<coverPage>") :].splitlines()[1])
            <p><docNumber>A/77/715</docNumber></p>
    """
    frbr = _Frbr(doc)
    ids = _Ids("")
    level = 2  # the children of <doc>
    body: list[str] = []
    _masthead(body, level, doc)
    _preface(body, level, doc, ids)
    letter = doc.letter
    _body(body, level, [("documentText", doc.paragraphs), ("", letter.paragraphs if letter else ())], "")
    if (letter is not None and letter.signatures) or doc.footnotes:
        _open(body, level, "conclusions")
        if letter is not None and letter.signatures:
            _signatures(body, level + 1, letter.signatures, ids, "")
        if doc.footnotes:
            _footnotes(body, level + 1, doc.footnotes)
        _close(body, level, "conclusions")
    if doc.annexes:
        _open(body, level, "attachments")
        for n, annex in enumerate(doc.annexes, 1):
            _annex_doc(body, level + 1, annex, frbr, n)
        _close(body, level, "attachments")
    out = [_XML_DECLARATION, f'<akomaNtoso xmlns="{AKN_NS}">\n', '  <doc name="officialLetter">\n']
    _meta(out, level, frbr, "main", ids, main=True, job_number=doc.job_number)
    out.extend(body)
    out.append("  </doc>\n</akomaNtoso>\n")
    return "".join(out)
