"""Akoma Ntoso: reading a document back (`from_akn`). `unga_docs.formats.akn` is the public module; see its docstring.

Needs the ``xml`` extra (lxml).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import TypeVar

from lxml import etree

from unga_docs.enums import Distribution, Language, Organ
from unga_docs.errors import ParseError, ValidationError
from unga_docs.formats._akn_common import (
    _A,
    _AGENDA,
    _CHARACTER,
    _DISTR,
    AKN_NS,
    UD_NS,
    AknError,
    _fail,
    _local,
    _parse_xml,
)
from unga_docs.model import AgendaItem, Annex, Document, Footnote, Letter, Session, Signature, Statement
from unga_docs.symbols import Symbol

# --------------------------------------------------------------------------------------------------------------
# Reading


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
        >>> from_akn(ud.to_akn(doc)).letter.sender
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
