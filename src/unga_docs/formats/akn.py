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

This module is the public one; the writer lives in ``_akn_write``, the reader in ``_akn_read``, and what both
share (namespaces, `AknError`, the hardened parser) in ``_akn_common``.

Example:
    >>> import unga_docs as ud
    >>> doc = ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))
    >>> xml = to_akn(doc)
    >>> from_akn(xml) == doc
    True
"""

from __future__ import annotations

import functools
from importlib import resources

try:
    from lxml import etree
except ImportError as e:  # pragma: no cover - depends on the installation
    from unga_docs.errors import UngaDocsError

    raise UngaDocsError('Akoma Ntoso needs lxml: install the xml extra (pip install "unga-docs[xml]")') from e

from unga_docs.formats._akn_common import AKN_NS, AknError, _fail, _parse_xml
from unga_docs.formats._akn_common import MAX_DEPTH as MAX_DEPTH
from unga_docs.formats._akn_common import UD_NS as UD_NS
from unga_docs.formats._akn_read import from_akn
from unga_docs.formats._akn_write import to_akn

__all__ = ["AKN_NS", "AknError", "akn_schema", "from_akn", "to_akn", "validate_akn"]


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
