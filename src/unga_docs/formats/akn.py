"""Akoma Ntoso 3.0 as AKN4UN uses it: `to_akn` writes a document, `from_akn` reads it back, exactly.

Needs the ``xml`` extra (lxml). A document is written as one ``<doc name="officialLetter">`` (a Communication,
``FRBRsubtype`` ``communication``; the plain ``<doc>`` form, not the Publication collection): the masthead in
``<coverPage>``, sessions, agenda items and the letter's title in ``<preface>``, paragraphs in ``<mainBody>``,
signatures and footnotes in ``<conclusions>``, annexes as ``<attachment><doc name="annex">`` with their own FRBR
identification, an annexed statement as a ``<doc name="officialStatement">`` attached to its annex. The job
number goes in ``<proprietary>``. docs/formats.md has the whole mapping.

Every output validates against the strict OASIS schema (vendored in ``formats/xsd/``, see its NOTICE.md), and
every local reference (``refersTo``/``href`` starting with ``#``) names an ``eId`` of the file: `validate_akn`
checks both. eIds are deterministic: the same document always gives the same text.

Text is kept exactly. XML 1.0 cannot carry two characters a model text may hold (U+FFFE and U+FFFF, which are
not characters at all, but Python strings hold them); each is written as an empty
``<inline name="character" title="U+FFFE"/>`` and read back as the character.

`from_akn` reads with a hardened parser (no DTD, no entities, no network, no huge trees) and refuses any DOCTYPE,
too deep a tree, another namespace, and any Akoma Ntoso document that is not a UN communication, each with an
`AknError` (a `DataError`) naming the element.

Example:
    >>> import unga_docs as ud
    >>> doc = ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))
    >>> xml = to_akn(doc)
    >>> from_akn(xml) == doc
    True
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from importlib import resources
from typing import TypeVar

try:
    from lxml import etree
except ImportError as e:  # pragma: no cover - depends on the installation
    from unga_docs.errors import UngaDocsError

    raise UngaDocsError('Akoma Ntoso needs lxml: install the xml extra (pip install "unga-docs[xml]")') from e

from unga_docs.enums import Distribution, Language, Organ
from unga_docs.errors import DataError, ParseError, ValidationError
from unga_docs.grammar import write_date
from unga_docs.model import AgendaItem, Annex, Document, Footnote, Letter, Session, Signature, Statement
from unga_docs.symbols import Symbol

__all__ = ["AKN_NS", "AknError", "akn_schema", "from_akn", "to_akn", "validate_akn"]

#: The Akoma Ntoso 3.0 namespace.
AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
#: The namespace of this library's `<proprietary>` metadata (the job number).
UD_NS = "https://unga-docs.readthedocs.io/ns/akn/1"

_A = "{" + AKN_NS + "}"
_XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
#: The deepest tree `from_akn` reads (what it writes is about 12 deep).
MAX_DEPTH = 40
_SOURCE = "unga-docs"
_ACTORS = {
    Organ.GENERAL_ASSEMBLY: "un-ga",
    Organ.SECURITY_COUNCIL: "un-sc",
    Organ.ECONOMIC_AND_SOCIAL_COUNCIL: "un-ecosoc",
}
_SYMBOL_ACTORS = {"A": "un-ga", "S": "un-sc", "E": "un-ecosoc"}
#: The date written in FRBR metadata (which requires one) when the document gives none; named "unknown".
_NO_DATE = dt.date(9999, 12, 31)
_DISTR = "Distr.: "
_ORIGINAL = "Original: "
_AGENDA = re.compile(r"Agenda item ([0-9]+)(?: \(([a-z]+)\))?")
# The two characters a model text may hold and XML 1.0 may not.
_NOT_XML = re.compile("[\ufffe\uffff]")
_CHARACTER = re.compile(r"U\+(FFFE|FFFF)")
# Elements deeper than MAX_DEPTH: one XPath evaluation, in C.
_TOO_DEEP = etree.XPath("/*" * (MAX_DEPTH + 1))


class AknError(DataError):
    """An XML text is not an Akoma Ntoso UN communication this library can read; ``path`` names the element.

    Example:
        >>> try:
        ...     from_akn("<akomaNtoso/>")
        ... except AknError as e:
        ...     print(e)
        akomaNtoso: not in the Akoma Ntoso 3.0 namespace (http://docs.oasis-open.org/legaldocml/ns/akn/3.0)
    """


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
    signed = ids.concept("signed", "/ontology/concept/un/signed", "Signed")
    status = f'(<docStatus refersTo="#{signed}">Signed</docStatus>) '
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
        label = f"{item.number}" if item.sub_item is None else f"{item.number} ({item.sub_item})"
        key = f"{item.number}{item.sub_item or ''}"
        concept = ids.concept(f"item_{key}", f"/ontology/concept/un/agendaItem/{key}", label)
        _open(out, inner, "container", name="agendaItem", eId=f"agendaItem_{i}")
        _line(out, inner + 1, f"<p>{_el('ref', f'Agenda item {label}', href='#' + concept)}</p>")
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


# --------------------------------------------------------------------------------------------------------------
# Reading

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=False,
    remove_pis=False,
)


def _local(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str):  # a comment or processing instruction
        return "#comment" if isinstance(el, etree._Comment) else "#pi"
    return tag.rpartition("}")[2]


def _where(el: etree._Element) -> str:
    """The element's place: ``akomaNtoso/doc/mainBody/p[2]``."""
    parts: list[str] = []
    node: etree._Element | None = el
    while node is not None:
        parent = node.getparent()
        name = _local(node)
        if parent is not None:
            same = [c for c in parent if c.tag == node.tag]
            if len(same) > 1:
                name += f"[{same.index(node) + 1}]"
        parts.append(name)
        node = parent
    return "/".join(reversed(parts))


def _fail(el: etree._Element, reason: str) -> AknError:
    return AknError(reason, path=_where(el))


def _parse_xml(xml: str | bytes) -> etree._Element:
    if isinstance(xml, str):
        data = xml.encode("utf-8")
    elif isinstance(xml, bytes):
        data = xml
    else:
        raise TypeError(f"from_akn() takes a str or bytes, not {type(xml).__name__}")
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise AknError("a DOCTYPE or entity declaration is refused (no DTD, no entities)", path="DOCTYPE")
    try:
        tree = etree.fromstring(data, _PARSER).getroottree()
    except etree.XMLSyntaxError as e:
        raise AknError(f"not well-formed XML: {e}", path="") from None
    except ValueError as e:  # e.g. a str with an encoding declaration lxml will not take
        raise AknError(f"not readable XML: {e}", path="") from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise AknError("a DOCTYPE is refused (no DTD, no entities)", path="DOCTYPE")
    root = tree.getroot()
    too_deep = _TOO_DEEP(tree)
    if isinstance(too_deep, list) and too_deep and isinstance(too_deep[0], etree._Element):
        raise _fail(too_deep[0], f"nested deeper than {MAX_DEPTH} elements")
    return root


def _children(el: etree._Element) -> Iterator[etree._Element]:
    """The element children of a structural element, refusing text and other namespaces there."""
    if el.text is not None and el.text.strip():
        raise _fail(el, f"holds text outside a paragraph: {el.text.strip()!r:.60}")
    for child in el:
        if not isinstance(child.tag, str):
            if child.tail is not None and child.tail.strip():
                raise _fail(el, f"holds text outside a paragraph: {child.tail.strip()!r:.60}")
            continue  # comments and processing instructions are not content
        if not child.tag.startswith(_A):
            raise _fail(child, "is not in the Akoma Ntoso 3.0 namespace")
        if child.tail is not None and child.tail.strip():
            raise _fail(el, f"holds text outside a paragraph: {child.tail.strip()!r:.60}")
        yield child


def _text(el: etree._Element) -> str:
    """The exact text of a text element; ``<inline name="character">`` gives back what XML cannot carry."""
    parts = [el.text or ""]
    for child in el:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        if child.tag != _A + "inline" or child.get("name") != "character":
            raise _fail(child, "is not expected inside a text")
        m = _CHARACTER.fullmatch(child.get("title", ""))
        if m is None or len(child) or child.text:
            raise _fail(child, "a character must be an empty inline titled U+FFFE or U+FFFF")
        parts.append(chr(int(m.group(1), 16)))
        parts.append(child.tail or "")
    return "".join(parts)


def _only(el: etree._Element, tag: str) -> etree._Element:
    """The single child element of a paragraph *el*, which must be *tag*."""
    kids = [c for c in el if isinstance(c.tag, str)]
    if len(kids) != 1 or kids[0].tag != _A + tag:
        raise _fail(el, f"must hold exactly one <{tag}>")
    return kids[0]


_T = TypeVar("_T")


def _build(el: etree._Element, make: Callable[[], _T]) -> _T:
    """Call *make*; a model or grammar error becomes an `AknError` naming *el*."""
    try:
        return make()
    except (ValidationError, ParseError, ValueError) as e:
        if isinstance(e, AknError):
            raise
        raise _fail(el, str(e)) from None


def _date_attr(el: etree._Element) -> dt.date:
    value = el.get("date")
    if value is None:
        raise _fail(el, "has no date attribute")
    return _build(el, lambda: dt.date.fromisoformat(value))


def _read_signatures(box: etree._Element) -> Signature:
    p = _only(box, "p")
    kids = [c for c in p if isinstance(c.tag, str)]
    if len(kids) != 2 or kids[0].tag != _A + "docStatus" or kids[1].tag != _A + "signature":
        raise _fail(p, "a signature block holds (<docStatus>Signed</docStatus>) <signature>")
    sign = kids[1]
    name: str | None = None
    titles: list[str] = []
    for part in sign:
        if not isinstance(part.tag, str):
            continue
        local = _local(part)
        if local == "person" and name is None:
            name = _text(part)
        elif local == "role":
            titles.append(_text(part))
        elif local != "eol":
            raise _fail(part, "is not expected in a signature")
    if name is None:
        raise _fail(sign, "has no <person>")
    return _build(sign, lambda: Signature(name=name, titles=tuple(titles)))


def _read_paragraphs(parent: etree._Element) -> tuple[str, ...]:
    out = []
    for p in _children(parent):
        if p.tag != _A + "p":
            raise _fail(p, "expected a <p>")
        out.append(_text(p))
    return tuple(out)


class _Body:
    """What a ``<mainBody>`` holds: the paragraphs of the document (outside the letter) and of the text."""

    def __init__(self, body: etree._Element) -> None:
        self.document_text: tuple[str, ...] = ()
        paragraphs: list[str] = []
        for child in _children(body):
            local = _local(child)
            if local == "container" and child.get("name") == "documentText":
                self.document_text = _read_paragraphs(child)
            elif local == "p" and child.get("class") == "empty":
                if len(child) or child.text:
                    raise _fail(child, "an empty body's paragraph must be empty")
            elif local == "p":
                paragraphs.append(_text(child))
            else:
                raise _fail(child, "is not expected in <mainBody>")
        self.paragraphs = tuple(paragraphs)


def _conclusions(el: etree._Element | None) -> tuple[tuple[Signature, ...], tuple[Footnote, ...]]:
    signatures: list[Signature] = []
    footnotes: list[Footnote] = []
    if el is None:
        return (), ()
    for box in _children(el):
        if box.tag != _A + "container":
            raise _fail(box, "is not expected in <conclusions>")
        name = box.get("name")
        if name == "signatureBlock":
            signatures.append(_read_signatures(box))
        elif name == "footnotes":
            for p in _children(box):
                note = _only(p, "authorialNote")
                marker = note.get("marker", "")
                text = _text(_only_p(note))
                footnotes.append(_build(note, lambda: Footnote(marker=marker, text=text)))  # noqa: B023
        else:
            raise _fail(box, f"a container named {name!r} is not expected in <conclusions>")
    return tuple(signatures), tuple(footnotes)


def _only_p(note: etree._Element) -> etree._Element:
    kids = list(_children(note))
    if len(kids) != 1 or kids[0].tag != _A + "p":
        raise _fail(note, "a footnote holds one <p>")
    return kids[0]


class _Parts:
    """The top-level parts of one ``<doc>``, by name."""

    def __init__(self, doc_el: etree._Element) -> None:
        self.el = doc_el
        self.parts: dict[str, etree._Element] = {}
        for child in _children(doc_el):
            local = _local(child)
            if local in self.parts:
                raise _fail(child, "is repeated")
            self.parts[local] = child
        for name in self.parts:
            if name not in ("meta", "coverPage", "preface", "mainBody", "conclusions", "attachments"):
                raise _fail(self.parts[name], "is not expected in a <doc>")
        if "mainBody" not in self.parts:
            raise _fail(doc_el, "has no <mainBody>")

    def get(self, name: str) -> etree._Element | None:
        return self.parts.get(name)


def _check_communication(doc_el: etree._Element) -> None:
    work = doc_el.find(f"{_A}meta/{_A}identification/{_A}FRBRWork")
    subtype = None if work is None else work.find(_A + "FRBRsubtype")
    if subtype is None or subtype.get("value") != "communication":
        raise _fail(
            subtype if subtype is not None else doc_el,
            "is not a UN communication (FRBRsubtype must be 'communication')",
        )


def _read_preface_texts(preface: etree._Element | None) -> dict[str, list[etree._Element]]:
    found: dict[str, list[etree._Element]] = {}
    if preface is None:
        return found
    for p in _children(preface):
        if p.tag != _A + "p":
            raise _fail(p, "expected a <p>")
        kid = [c for c in p if isinstance(c.tag, str)]
        if len(kid) != 1:
            raise _fail(p, "must hold one element")
        found.setdefault(_local(kid[0]), []).append(kid[0])
    return found


def _single(found: dict[str, list[etree._Element]], tag: str) -> etree._Element | None:
    els = found.pop(tag, [])
    if len(els) > 1:
        raise _fail(els[1], "is repeated")
    return els[0] if els else None


def _no_more(found: dict[str, list[etree._Element]]) -> None:
    for els in found.values():
        raise _fail(els[0], "is not expected here")


def _read_statement(doc_el: etree._Element) -> Statement:
    if doc_el.get("name") != "officialStatement":
        raise _fail(doc_el, "an annex's attachment must be a <doc name='officialStatement'>")
    parts = _Parts(doc_el)
    found = _read_preface_texts(parts.get("preface"))
    title_el = _single(found, "docTitle")
    if title_el is None:
        raise _fail(doc_el, "a statement has a <docTitle>")
    date_el = _single(found, "docDate")
    _no_more(found)
    body = _Body(parts.parts["mainBody"])
    if body.document_text:
        raise _fail(parts.parts["mainBody"], "a statement has no documentText")
    signatures, notes = _conclusions(parts.get("conclusions"))
    if notes:
        raise _fail(doc_el, "a statement has no footnotes of its own")
    if parts.get("attachments") is not None or parts.get("coverPage") is not None:
        raise _fail(doc_el, "a statement has no masthead or attachments")
    title = _text(title_el)
    date = None if date_el is None else _date_attr(date_el)
    return _build(doc_el, lambda: Statement(title=title, date=date, paragraphs=body.paragraphs, signatures=signatures))


def _read_annex(attachment: etree._Element) -> Annex:
    docs = list(_children(attachment))
    if len(docs) != 1 or docs[0].tag != _A + "doc" or docs[0].get("name") != "annex":
        raise _fail(attachment, "an attachment holds one <doc name='annex'>")
    doc_el = docs[0]
    parts = _Parts(doc_el)
    found = _read_preface_texts(parts.get("preface"))
    label_el = _single(found, "docType")
    heading_el = _single(found, "docTitle")
    _no_more(found)
    body = _Body(parts.parts["mainBody"])
    if body.document_text:
        raise _fail(parts.parts["mainBody"], "an annex has no documentText")
    signatures, notes = _conclusions(parts.get("conclusions"))
    if notes or parts.get("coverPage") is not None:
        raise _fail(doc_el, "an annex has no footnotes or masthead of its own")
    statement = None
    atts = parts.get("attachments")
    if atts is not None:
        inner = list(_children(atts))
        if len(inner) != 1 or inner[0].tag != _A + "attachment":
            raise _fail(atts, "an annex has one attachment at most: its statement")
        sdocs = list(_children(inner[0]))
        if len(sdocs) != 1 or sdocs[0].tag != _A + "doc":
            raise _fail(inner[0], "an attachment holds one <doc>")
        statement = _read_statement(sdocs[0])
    label = None if label_el is None else _text(label_el)
    heading = None if heading_el is None else _text(heading_el)
    return _build(
        doc_el,
        lambda: Annex(
            label=label, heading=heading, paragraphs=body.paragraphs, signatures=signatures, statement=statement
        ),
    )


def _read_masthead(cover: etree._Element | None) -> dict[str, object]:
    organs: list[Organ] = []
    symbols: list[Symbol] = []
    out: dict[str, object] = {}
    if cover is None:
        return {"organs": (), "symbols": ()}
    for p in _children(cover):
        if p.tag != _A + "p":
            raise _fail(p, "expected a <p>")
        kids = [c for c in p if isinstance(c.tag, str)]
        if len(kids) != 1:
            raise _fail(p, "a masthead line holds one element")
        el = kids[0]
        local = _local(el)
        text = _text(el)
        if local == "docAuthority":
            organs.append(_build(el, lambda: Organ(text)))  # noqa: B023
        elif local == "docNumber":
            symbols.append(_build(el, lambda: Symbol.parse(text)))  # noqa: B023
        elif local == "docDate" and "date" not in out:
            out["date"] = _date_attr(el)
        elif local == "inline" and el.get("name") == "distribution" and "distribution" not in out:
            if not text.startswith(_DISTR):
                raise _fail(el, f"a distribution reads {_DISTR!r} and a value")
            out["distribution"] = _build(el, lambda: Distribution(text[len(_DISTR) :]))  # noqa: B023
        elif local == "inline" and el.get("name") == "language" and "language" not in out:
            out["language"] = _build(el, lambda: Language(text))  # noqa: B023
        elif local == "inline" and el.get("name") == "originalLanguage" and "original_language" not in out:
            out["original_language"] = _build(el, lambda: Language(text))  # noqa: B023
        else:
            raise _fail(el, "is not expected in the masthead (or is repeated)")
    out["organs"] = tuple(organs)
    out["symbols"] = tuple(symbols)
    return out


def _read_preface(preface: etree._Element | None) -> tuple[list[Session], list[AgendaItem], str | None]:
    sessions: list[Session] = []
    items: list[AgendaItem] = []
    title: str | None = None
    if preface is None:
        return sessions, items, title
    for child in _children(preface):
        local = _local(child)
        if local == "container" and child.get("name") == "agendaItem":
            ps = list(_children(child))
            if not 1 <= len(ps) <= 2 or any(p.tag != _A + "p" for p in ps):
                raise _fail(child, "an agenda item holds its reference and, if printed, its title")
            ref = _only(ps[0], "ref")
            m = _AGENDA.fullmatch(_text(ref))
            if m is None:
                raise _fail(ref, "must read 'Agenda item N' or 'Agenda item N (x)'")
            number, sub = int(m.group(1)), m.group(2)
            item_title = _text(ps[1]) if len(ps) == 2 else None
            items.append(_build(child, lambda: AgendaItem(number=number, sub_item=sub, title=item_title)))  # noqa: B023
        elif local == "p":
            kids = [c for c in child if isinstance(c.tag, str)]
            if len(kids) != 1:
                raise _fail(child, "a preface line holds one element")
            el = kids[0]
            if _local(el) == "session":
                text = _text(el)
                sessions.append(_build(el, lambda: Session.parse(text)))  # noqa: B023
            elif _local(el) == "docTitle" and title is None:
                title = _text(el)
            else:
                raise _fail(el, "is not expected in the preface (or is repeated)")
        else:
            raise _fail(child, "is not expected in the preface")
    return sessions, items, title


def from_akn(xml: str | bytes) -> Document:
    """Read a document from the Akoma Ntoso XML `to_akn` writes: ``from_akn(to_akn(doc)) == doc``.

    Raises:
        AknError: the text is not well-formed XML, declares a DOCTYPE or entities, is nested too deep, is not in
            the Akoma Ntoso namespace, is not a UN communication (``<doc name="officialLetter">`` with
            ``FRBRsubtype`` ``communication``), or does not have the structure `to_akn` writes; the error's
            ``path`` names the element.
        TypeError: *xml* is neither str nor bytes.

    Example:
        >>> import unga_docs as ud
        >>> doc = ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))
        >>> from_akn(to_akn(doc)).letter.sender
        'Permanent Representative of Azerbaijan to the United Nations'
    """
    root = _parse_xml(xml)
    if root.tag != _A + "akomaNtoso":
        if _local(root) == "akomaNtoso":
            raise AknError(f"not in the Akoma Ntoso 3.0 namespace ({AKN_NS})", path="akomaNtoso")
        raise _fail(root, "is not <akomaNtoso>")
    docs = list(_children(root))
    if len(docs) != 1 or docs[0].tag != _A + "doc" or docs[0].get("name") != "officialLetter":
        raise _fail(docs[0] if docs else root, "is not a UN communication: expected one <doc name='officialLetter'>")
    doc_el = docs[0]
    _check_communication(doc_el)
    parts = _Parts(doc_el)
    masthead = _read_masthead(parts.get("coverPage"))
    sessions, items, title = _read_preface(parts.get("preface"))
    body = _Body(parts.parts["mainBody"])
    signatures, footnotes = _conclusions(parts.get("conclusions"))
    annexes: list[Annex] = []
    atts = parts.get("attachments")
    if atts is not None:
        for att in _children(atts):
            if att.tag != _A + "attachment":
                raise _fail(att, "expected an <attachment>")
            annexes.append(_read_annex(att))
    if title is None and (body.paragraphs or signatures):
        raise _fail(doc_el, "paragraphs or signatures of a letter need its <docTitle>")
    letter = (
        None
        if title is None
        else _build(doc_el, lambda: Letter(title=title, paragraphs=body.paragraphs, signatures=signatures))
    )
    job_number = _job_number(parts.parts.get("meta"))
    return _build(
        doc_el,
        lambda: Document(
            symbols=masthead["symbols"],  # type: ignore[arg-type]
            organs=masthead["organs"],  # type: ignore[arg-type]
            distribution=masthead.get("distribution"),  # type: ignore[arg-type]
            date=masthead.get("date"),  # type: ignore[arg-type]
            original_language=masthead.get("original_language"),  # type: ignore[arg-type]
            language=masthead.get("language"),  # type: ignore[arg-type]
            sessions=tuple(sessions),
            agenda_items=tuple(items),
            paragraphs=body.document_text,
            letter=letter,
            annexes=tuple(annexes),
            footnotes=footnotes,
            job_number=job_number,
        ),
    )


def _job_number(meta: etree._Element | None) -> str | None:
    if meta is None:
        return None
    job = meta.find(f"{_A}proprietary/{{{UD_NS}}}jobNumber")
    return None if job is None else (job.text or "")


# --------------------------------------------------------------------------------------------------------------
# Validating


@functools.cache
def akn_schema() -> etree.XMLSchema:
    """The strict OASIS Akoma Ntoso 3.0 schema (vendored in ``unga_docs/formats/xsd``), compiled once."""
    xsd = resources.files("unga_docs.formats") / "xsd" / "akomantoso30.xsd"
    with resources.as_file(xsd) as path:
        return etree.XMLSchema(etree.parse(str(path)))


def validate_akn(xml: str | bytes) -> None:
    """Check *xml* against the strict Akoma Ntoso 3.0 schema, and that every local reference resolves.

    A local reference is a ``refersTo``, ``href``, ``as`` or ``source`` value starting with ``#``; it must name
    the ``eId`` of some element of the file (the schema does not check that).

    Raises:
        AknError: the first problem, with the element's path.

    Example:
        >>> import unga_docs as ud
        >>> validate_akn(to_akn(ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))))
    """
    root = _parse_xml(xml)
    schema = akn_schema()
    if not schema.validate(root):
        error = schema.error_log.last_error
        if error is None:  # pragma: no cover - lxml always logs why
            raise AknError("not valid Akoma Ntoso 3.0", path="")
        raise AknError(f"not valid Akoma Ntoso 3.0: {error.message} (line {error.line})", path=error.path or "")
    eids = {el.get("eId") for el in root.iter() if el.get("eId") is not None}
    for el in root.iter():
        for attr in ("refersTo", "href", "as", "source"):
            value = el.get(attr)
            if value is None or not value.startswith("#"):
                continue
            for target in value.split():
                if target[1:] not in eids:
                    raise _fail(el, f"@{attr} {target} names no eId of the file")
