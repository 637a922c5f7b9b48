"""MARC 21 as the UN Digital Library catalogues a letter: `to_marc` gives a `pymarc.Record`, `to_marcxml` a collection.

Needs the ``marc`` extra (pymarc). The fields are those of a letter's record in the Dag Hammarskjöld Library's
catalogue (UNBIS Reference Manual; the Library's public code, ``dag-hammarskjold-library/dlx`` and ``ods-marc``):

=====  ==========================================================  ==============================================
tag    subfields                                                   from the model
=====  ==========================================================  ==============================================
029    ``$a JN $b 23-01234 E``                                     job number (E: the text is the English one)
041    ``$a eng`` (``$h`` original, MARC /B codes), ind1 0 or 1    original language
089    ``$b B18`` (letters), ``B15`` (of the Secretary-General)    the letter's sender
091    ``$a General``                                              distribution
191    ``$a A/77/715 $b A/ $c 77``, one per symbol                 symbols
245    ``$a`` title, ind1 1                                        the letter's title
269    ``$a 2023-01-20``                                           masthead date
710    ``$a Azerbaijan``, one per State                            the letter's sender States
991    ``$b 68 (b) $c`` item title, one per agenda item            agenda items
993    ``$a A/77/100``, one per cited document                     symbols in the text (not the document's own)
=====  ==========================================================  ==============================================

A record is a catalogue description, not the document: `to_marc` keeps no paragraphs or signatures, and there
is no reader back. XML 1.0 cannot carry U+FFFE and U+FFFF: `to_marcxml` writes U+FFFD for them.

Example:
    >>> import unga_docs as ud
    >>> record = to_marc(ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan")))
    >>> record["269"]["a"], record["710"]["a"], len(record.get_fields("991"))
    ('2023-01-20', 'Azerbaijan', 6)
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable

try:
    import pymarc
    from pymarc import Field, Indicators, Record, Subfield
    from pymarc.marcxml import MARC_XML_NS, record_to_xml_node
except ImportError as e:  # pragma: no cover - depends on the installation
    from unga_docs.errors import UngaDocsError

    raise UngaDocsError('MARC 21 needs pymarc: install the marc extra (pip install "unga-docs[marc]")') from e

from unga_docs.enums import Language
from unga_docs.grammar.agenda import agenda_item_label
from unga_docs.grammar.languages import document_lexicon
from unga_docs.model import Document
from unga_docs.symbols import Symbol

__all__ = ["LEADER", "MARC_LANGUAGES", "to_marc", "to_marcxml"]

#: The leader of every record: a new (n) record of language material (a), a monograph (m), Unicode (a).
LEADER = "00000nam a2200000 a 4500"
#: MARC 21 language codes (ISO 639-2/B, not /T: ``chi``, ``fre``).
MARC_LANGUAGES = {
    Language.ARABIC: "ara",
    Language.CHINESE: "chi",
    Language.ENGLISH: "eng",
    Language.FRENCH: "fre",
    Language.RUSSIAN: "rus",
    Language.SPANISH: "spa",
}
#: The language of a copy whose reading found no evidence of another (the library read English copies first).
_TEXT_LANGUAGE = "eng"
_NOT_XML = re.compile("[\ufffe\uffff]")


def _field(tag: str, *subfields: tuple[str, str], ind: tuple[str, str] = (" ", " ")) -> Field:
    return Field(tag=tag, indicators=Indicators(*ind), subfields=[Subfield(code=c, value=v) for c, v in subfields])


def _symbol_field(symbol: Symbol) -> Field:
    subfields = [("a", str(symbol)), ("b", "/".join(symbol.body) + "/")]
    session = symbol.session if symbol.session is not None else symbol.year
    if session is not None:
        subfields.append(("c", str(session)))
    return _field("191", *subfields)


def _title(doc: Document) -> str | None:
    if doc.letter is not None:
        return doc.letter.title
    for annex in doc.annexes:
        if annex.heading is not None:
            return annex.heading
        if annex.statement is not None:
            return annex.statement.title
    return None


def to_marc(doc: Document) -> pymarc.Record:
    r"""A MARC 21 bibliographic record of *doc*, with the fields the UN Digital Library gives a letter.

    Fields the document gives no value for are left out (a document without a symbol has no 191).

    Example:
        >>> import unga_docs as ud
        >>> doc = ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))
        >>> print(to_marc(doc)["991"])
        =991  \\$b30$cPrevention of armed conflict
    """
    record = Record(leader=LEADER, force_utf8=True)
    fields: list[Field] = []
    if doc.job_number is not None:
        fields.append(_field("029", ("a", "JN"), ("b", f"{doc.job_number} E")))
    original = doc.original_language
    # The language of this copy (Document.language), English where the reading found no evidence of another.
    text = _TEXT_LANGUAGE if doc.language is None else MARC_LANGUAGES[doc.language]
    if original is None or MARC_LANGUAGES[original] == text:
        fields.append(_field("041", ("a", text), ind=("0", " ")))
    else:
        fields.append(_field("041", ("a", text), ("h", MARC_LANGUAGES[original]), ind=("1", " ")))
    if doc.letter is not None:
        from_sg = doc.letter.sender is not None and doc.letter.sender.startswith(
            document_lexicon(doc).secretary_general
        )
        fields.append(_field("089", ("b", "B15" if from_sg else "B18")))
    if doc.distribution is not None:
        fields.append(_field("091", ("a", doc.distribution.value)))
    fields.extend(_symbol_field(s) for s in doc.symbols)
    title = _title(doc)
    if title is not None:
        fields.append(_field("245", ("a", title), ind=("1", "0")))
    if doc.date is not None:
        fields.append(_field("269", ("a", doc.date.isoformat())))
    if doc.letter is not None:
        fields.extend(_field("710", ("a", state), ind=("2", " ")) for state in doc.letter.sender_states)
    for item in doc.agenda_items:
        number = agenda_item_label(item.number, item.sub_item)
        subfields = [("b", number)] + ([("c", item.title)] if item.title is not None else [])
        fields.append(_field("991", *subfields))
    fields.extend(_field("993", ("a", str(s))) for s in doc.references)
    record.add_field(*fields)  # type: ignore[no-untyped-call]  # pymarc leaves it unannotated
    return record


def _clean(el: ET.Element) -> None:
    for node in el.iter():
        if node.text is not None and _NOT_XML.search(node.text):
            node.text = _NOT_XML.sub("\ufffd", node.text)


def to_marcxml(docs: Iterable[Document]) -> str:
    """A MARCXML collection (MARC 21 slim) of one record per document, in order.

    Example:
        >>> import unga_docs as ud
        >>> xml = to_marcxml([ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))])
        >>> xml.splitlines()[1]
        '<collection xmlns="http://www.loc.gov/MARC21/slim">'
    """
    collection = ET.Element("collection", {"xmlns": MARC_XML_NS})
    for doc in docs:
        node: ET.Element = record_to_xml_node(to_marc(doc))  # type: ignore[no-untyped-call]  # as above
        _clean(node)
        collection.append(node)
    ET.indent(collection)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(collection, encoding="unicode") + "\n"
