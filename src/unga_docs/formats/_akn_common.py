"""Akoma Ntoso: what the writer, the reader and the validator share (namespaces, names, `AknError`, the parser).

Needs the ``xml`` extra (lxml). `unga_docs.formats.akn` is the public module; see its docstring.
"""

from __future__ import annotations

import datetime as dt
import re

try:
    from lxml import etree
except ImportError as e:  # pragma: no cover - depends on the installation
    from unga_docs.errors import UngaDocsError

    raise UngaDocsError('Akoma Ntoso needs lxml: install the xml extra (pip install "unga-docs[xml]")') from e

from unga_docs.enums import Organ
from unga_docs.errors import DataError
from unga_docs.grammar.lexicon import ENGLISH

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
# The masthead lines and agenda-item references are written and read in the English lexicon's words (the
# Akoma Ntoso form of a document is English whatever the document's language, as the reader expects it).
_DISTR = ENGLISH.distribution_line.partition("{value}")[0]
_ORIGINAL = ENGLISH.original_line.partition("{value}")[0]
#: "(Signed)" without its brackets: the <docStatus> between them.
_SIGNED = ENGLISH.signed_word.strip("()")


def _agenda_pattern() -> re.Pattern[str]:
    """The agenda-item reference "Agenda item N (x)" as `agenda_item_line` writes it (groups: number, sub-item)."""
    before, after = ENGLISH.agenda_lines["agenda", False]
    sub_before, _, sub_after = ENGLISH.sub_item_format.partition("{}")
    sub = f"(?: {re.escape(sub_before)}([a-z]+){re.escape(sub_after)})?"
    return re.compile(f"{re.escape(before)}([0-9]+){sub}{re.escape(after)}")


_AGENDA = _agenda_pattern()
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

    # Where users import it: tracebacks name it there, as before akn.py was split, and the example above runs
    # there, where `from_akn` is.
    __module__ = "unga_docs.formats.akn"


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
