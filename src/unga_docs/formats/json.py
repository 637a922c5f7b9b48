"""JSON: the cattrs converters owned by the package, a versioned dict form, and its JSON Schema.

`to_dict` gives plain JSON-ready values (dates as ISO 8601 strings, enums as their printed values, symbols as their
canonical strings) with a ``"schema_version"`` key; `from_dict` reads them back and refuses anything else with a
`DataError` that names the path (``letter.signatures[0].name``) and the reason. Every field is written, ``null``
and ``[]`` included, and every field is required when reading: a dict that validates against `json_schema` reads
back, and one that does not is refused. Beside the fields, a document's dict carries what is derived from its text
(``"references"``, `DERIVED`), written for consumers: `from_dict` requires an array of strings there and reads
past it (the document derives it again from its text, so the two cannot disagree).

`configure` registers every hook the model needs on a cattrs converter; the package configures two. The fast one
(``detailed_validation=False``, cattrs' preconfigured converter for orjson when the ``fast`` extra is installed,
else the one for the stdlib json module) reads and writes every document. It hands each JSON string and integer
straight to the model class, whose validators check it (every text field has one: the tests try every wrong JSON
type on every field), and converts only what JSON cannot hold (arrays to tuples, dates, enums, symbols, objects);
a document's provenance, many small objects, it reads column by column (`_structure_anchors`).
When it fails, whatever the reason, the careful one (``detailed_validation=True``) reads the data again: it checks
every value's JSON type itself, and its errors carry the path to the problem, which `DataError` names. The fast
one is never laxer than the careful one (a test tries every wrong value at every place of a full document).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from unga_docs.errors import DataError, ValidationError
from unga_docs.formats._json_hooks import _json_type, configure
from unga_docs.formats.json_schema import DERIVED, SCHEMA_VERSION, JsonValue, json_schema
from unga_docs.model import Document

try:  # the `fast` extra: the same text, written and parsed several times faster
    import orjson as _orjson
    from cattrs.preconf.orjson import make_converter as _make_preconf
except ImportError:  # pragma: no cover - depends on the installation
    _orjson = None  # type: ignore[assignment]
    from cattrs.preconf.json import make_converter as _make_preconf  # type: ignore[assignment]

__all__ = [
    "DERIVED",
    "SCHEMA_VERSION",
    "JsonValue",
    "configure",
    "from_dict",
    "from_json",
    "json_dumps",
    "json_schema",
    "to_dict",
    "to_json",
]


# Text in JSON has no natural limit; this one keeps a hostile value from costing more than it should.
_MAX_JSON_CHARS = 256 * 1024 * 1024


#: The converters: the fast one reads and writes; the careful one reads again what the fast one could not, to say
#: where the problem is, and writes the dict form where the fast one leaves dates, enums and tuples to orjson.
_FAST = configure(_make_preconf(detailed_validation=False, forbid_extra_keys=True))
_CAREFUL = configure(cattrs.Converter(detailed_validation=True, forbid_extra_keys=True))
_read = _FAST.get_structure_hook(Document)
_write = _CAREFUL.get_unstructure_hook(Document)
_write_native = _FAST.get_unstructure_hook(Document)


def to_dict(doc: Document) -> dict[str, JsonValue]:
    """The document as JSON-ready values, with ``"schema_version"`` first.

    Example:
        >>> import unga_docs as ud
        >>> d = ud.to_dict(ud.Document(date=datetime.date(2023, 1, 20)))
        >>> d["schema_version"], d["date"], d["letter"], d["references"]
        (3, '2023-01-20', None, [])
    """
    if not isinstance(doc, Document):
        raise TypeError(f"to_dict() takes a Document, not {type(doc).__name__}")
    result: dict[str, JsonValue] = _write(doc)
    return result


def from_dict(data: Mapping[str, object]) -> Document:
    """Read a document from the dict form of `to_dict` (or of an older schema version).

    Raises:
        DataError: the data is not a document of a known schema version; the message names the path.

    Example:
        >>> import unga_docs as ud
        >>> doc = ud.Document(date=datetime.date(2023, 1, 20))
        >>> ud.from_dict(ud.to_dict(doc)) == doc
        True
        >>> ud.from_dict({**{k: v for k, v in ud.to_dict(doc).items() if k != "date"}})
        Traceback (most recent call last):
        ...
        unga_docs.errors.DataError: missing field(s) of Document: date
    """
    try:
        doc: Document = _read(data, Document)
    except Exception:  # whatever it is, the careful reading finds it and says where
        return _read_carefully(data)
    return doc


def _read_carefully(data: object) -> Document:
    """`from_dict` by the careful converter: a document, or a DataError naming the path."""
    try:
        doc: Document = _CAREFUL.structure(data, Document)
    except DataError:
        raise
    except RecursionError:
        raise DataError("nested too deeply") from None
    except Exception as e:  # each becomes a DataError with its path
        path, reason = _first_problem(e)
        raise DataError(reason, path=path) from None
    return doc


def _first_problem(exc: BaseException) -> tuple[str, str]:
    """Follow cattrs' exception groups down to the first leaf: its path and its reason."""
    path = ""
    while isinstance(exc, (ClassValidationError, IterableValidationError)) and exc.exceptions:
        exc = exc.exceptions[0]
        for note in getattr(exc, "__notes__", ()):
            if isinstance(note, AttributeValidationNote):
                path += f".{note.name}" if path else note.name
            elif isinstance(note, IterableValidationNote):
                path += f"[{note.index}]"
    if isinstance(exc, ValidationError):
        # A validator refused the value: the field it names is the last step of the path.
        return (f"{path}.{exc.field}" if path else exc.field), str(exc).split(" ", 1)[1]
    if isinstance(exc, ForbiddenExtraKeysError):
        names = sorted(str(name)[:40] + ("..." if len(str(name)) > 40 else "") for name in exc.extra_fields)
        more = f" and {len(names) - 5} more" if len(names) > 5 else ""
        return path, f"unknown field(s): {', '.join(names[:5])}{more}"
    return path, str(exc) or type(exc).__name__


def json_dumps(value: JsonValue, *, indent: int | None = None) -> str:
    """JSON text of JSON-ready values, written as `to_json` writes: compact (or indented), UTF-8 characters kept.

    With the ``fast`` extra installed, orjson writes it, the very same text. (The corpus's JSON Lines are written
    with it: `to_dict` of each document, in a record.)

    Example:
        >>> json_dumps({"a": [1, "é"]})
        '{"a":[1,"é"]}'
    """
    return _dumps(value, lambda: value, indent)


def to_json(doc: Document, *, indent: int | None = None) -> str:
    """The document as JSON text (UTF-8 characters kept as they are, not escaped).

    With the ``fast`` extra installed, orjson writes it (several times faster), the very same text.

    Args:
        doc: the document.
        indent: spaces to indent nested values by; None (the default) writes one compact line.

    Example:
        >>> import unga_docs as ud
        >>> ud.to_json(ud.Document())[:40]
        '{"schema_version":3,"symbols":[],"organs'
    """
    if not isinstance(doc, Document):
        raise TypeError(f"to_json() takes a Document, not {type(doc).__name__}")
    return _dumps(_write_native(doc) if _use_orjson else None, lambda: _write(doc), indent)


def from_json(text: str | bytes) -> Document:
    """Read a document from JSON text made by `to_json`.

    With the ``fast`` extra installed, orjson parses it; the documents read, and the errors raised with their
    messages, are those of the stdlib.

    Raises:
        DataError: not JSON, or not a document (the message names the path).

    Example:
        >>> import unga_docs as ud
        >>> ud.from_json(ud.to_json(ud.Document())) == ud.Document()
        True
    """
    if not isinstance(text, (str, bytes, bytearray)):
        raise DataError(f"from_json() takes str or bytes, not {type(text).__name__}")
    if len(text) > _MAX_JSON_CHARS:
        raise DataError(f"JSON text of {len(text)} characters is larger than {_MAX_JSON_CHARS}")
    if _use_orjson:
        # A document orjson reads is the document the stdlib reads (they differ only on what no document holds:
        # NaN, integers beyond 64 bits, UTF-16 bytes ...). Anything else is read again by the stdlib, so errors
        # and their messages are the same with or without orjson.
        try:
            data = _orjson.loads(text)
        except _orjson.JSONDecodeError:
            data = None
        if type(data) is dict:
            try:
                return from_dict(data)
            except DataError:
                pass
    try:
        data = json.loads(text)
    except RecursionError:
        raise DataError("JSON nested too deeply") from None
    except ValueError as e:  # JSONDecodeError, bad UTF-8, integers too long to convert
        raise DataError(f"not valid JSON: {e}") from None
    if not isinstance(data, dict):
        raise DataError(f"expected a JSON object, got {_json_type(data)}")
    return from_dict(data)


#: Whether orjson (the ``fast`` extra) writes and parses the text; tests and benchmarks switch it off.
_use_orjson = _orjson is not None
#: The stdlib's encoder of compact text (json.dumps would build one for each call, with these options).
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _dumps(native: object, values: Callable[[], JsonValue], indent: int | None) -> str:
    """JSON text of *native* by orjson, or of *values()* by the stdlib: the same text, byte for byte.

    orjson writes compact text and text indented by 2 as the stdlib does; what it does not write (other indents,
    a lone surrogate, a huge integer) the stdlib writes.
    """
    if _use_orjson and (indent is None or (type(indent) is int and indent == 2)):
        try:
            return _orjson.dumps(native, option=_orjson.OPT_INDENT_2 if indent else 0).decode()
        except _orjson.JSONEncodeError:
            pass
    if indent is None:
        return _COMPACT.encode(values())
    return json.dumps(values(), ensure_ascii=False, indent=indent)
