"""JSON: one cattrs converter owned by the package, a versioned dict form, and its JSON Schema.

`to_dict` gives plain JSON-ready values (dates as ISO 8601 strings, enums as their printed values, symbols as their
canonical strings) with a ``"schema_version"`` key; `from_dict` reads them back and refuses anything else with a
`DataError` that names the path (``letter.signatures[0].name``) and the reason. Every field is written, ``null``
and ``[]`` included, and every field is required when reading: a dict that validates against `json_schema` reads
back, and one that does not is refused.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import re
import sys
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Union

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from unga_docs.errors import DataError, ValidationError
from unga_docs.model import (
    AgendaItem,
    Annex,
    Document,
    Footnote,
    Letter,
    Session,
    Signature,
    Statement,
)
from unga_docs.symbols import Symbol

__all__ = [
    "SCHEMA_VERSION",
    "JsonValue",
    "from_dict",
    "from_json",
    "json_schema",
    "to_dict",
    "to_json",
]

#: The version of the dict/JSON form. It changes whenever the form changes; `from_dict` reads this version and the
#: older ones it knows how to bring up to date (`_UPGRADES`), and refuses any other.
SCHEMA_VERSION = 2


def _from_v1(data: dict[str, object]) -> dict[str, object]:
    # Version 2 added the job number; a version 1 document did not record it.
    return {**data, "job_number": None}


#: How to bring a dict of an older version up to the next one.
_UPGRADES: dict[int, Callable[[dict[str, object]], dict[str, object]]] = {1: _from_v1}

#: What `to_dict` gives: JSON-ready values all the way down.
JsonValue = Union[None, bool, int, str, list["JsonValue"], dict[str, "JsonValue"]]  # noqa: UP007 - recursive alias

_CLASSES: tuple[type, ...] = (Document, Session, AgendaItem, Letter, Signature, Annex, Statement, Footnote)
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Text in JSON has no natural limit; this one keeps a hostile value from costing more than it should.
_MAX_JSON_CHARS = 256 * 1024 * 1024


class _Refused(ValueError):
    """A value of the wrong shape, with the sentence that says why (cattrs carries it to the path)."""


def _structure_str(value: object, _: object) -> str:
    if not isinstance(value, str):
        raise _Refused(f"expected a string, got {_json_type(value)}")
    return value


def _structure_int(value: object, _: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _Refused(f"expected an integer, got {_json_type(value)}")
    return value


def _structure_date(value: object, _: object) -> dt.date:
    if not isinstance(value, str):
        raise _Refused(f"expected a date as a string YYYY-MM-DD, got {_json_type(value)}")
    if not _ISO_DATE.fullmatch(value):
        raise _Refused(f"expected a date YYYY-MM-DD, got {value!r:.40}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise _Refused(f"not a real date: {value!r} ({e})") from None


def _structure_symbol(value: object, _: object) -> Symbol:
    if not isinstance(value, str):
        raise _Refused(f"expected a document symbol as a string, got {_json_type(value)}")
    try:
        return Symbol.parse(value)
    except ValueError as e:
        raise _Refused(f"not a document symbol: {value!r:.60} ({e})") from None


def _structure_enum(cls: type[enum.Enum]) -> Callable[[object, object], enum.Enum]:
    by_value = {member.value: member for member in cls}
    allowed = ", ".join(repr(v) for v in by_value)

    def structure(value: object, _: object) -> enum.Enum:
        if not isinstance(value, str):
            raise _Refused(f"expected one of {allowed}, got {_json_type(value)}")
        member = by_value.get(value)
        if member is None:
            raise _Refused(f"expected one of {allowed}, got {value!r:.60}")
        return member

    return structure


class _AtIndex(ValueError):
    """The item at *index* of an array was refused (the path grows by ``[index]``)."""

    def __init__(self, index: int, inner: Exception) -> None:
        super().__init__(f"[{index}]: {inner}")
        self.index = index
        self.inner = inner


def _structure_tuple(item_type: type) -> Callable[[object, object], tuple[object, ...]]:
    def structure(value: object, _: object) -> tuple[object, ...]:
        if not isinstance(value, (list, tuple)):
            raise _Refused(f"expected an array, got {_json_type(value)}")
        out: list[object] = []
        for i, item in enumerate(value):
            try:
                out.append(_converter.structure(item, item_type))
            except Exception as e:
                raise _AtIndex(i, e) from None
        return tuple(out)

    return structure


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple)):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(Symbol, _structure_symbol)
    conv.register_unstructure_hook(Symbol, str)
    conv.register_structure_hook_factory(lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _structure_enum)
    conv.register_unstructure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), lambda _: _enum_value
    )
    conv.register_structure_hook_factory(_is_homogeneous_tuple, lambda t: _structure_tuple(typing.get_args(t)[0]))
    for cls in _CLASSES:
        omit: dict[str, Any] = {"diagnostics": override(omit=True)} if cls is Document else {}
        conv.register_unstructure_hook(cls, make_dict_unstructure_fn(cls, conv, **omit))
        conv.register_structure_hook(cls, _checked(cls, make_dict_structure_fn(cls, conv, **omit)))
    return conv


def _enum_value(member: enum.Enum) -> object:
    return member.value


def _is_homogeneous_tuple(t: object) -> bool:
    args = typing.get_args(t)
    return typing.get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def _checked(cls: type, structure: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    """Wrap a generated structure function: an object with exactly the fields, and validators' errors kept."""
    names = frozenset(a.name for a in attrs.fields(cls) if not (cls is Document and a.name == "diagnostics"))

    def checked(value: object, _: object) -> object:
        if not isinstance(value, dict):
            raise _Refused(f"expected an object ({cls.__name__}), got {_json_type(value)}")
        if value.keys() != names:
            missing = sorted(names - value.keys())
            if missing:
                raise _Refused(f"missing field(s) of {cls.__name__}: {', '.join(missing)}")
            raise ForbiddenExtraKeysError("", cls, set(value.keys()) - names)
        return structure(value, cls)

    return checked


_converter = _make_converter()


def to_dict(doc: Document) -> dict[str, JsonValue]:
    """The document as JSON-ready values, with ``"schema_version"`` first.

    Example:
        >>> import unga_docs as ud
        >>> d = ud.to_dict(ud.Document(date=datetime.date(2023, 1, 20)))
        >>> d["schema_version"], d["date"], d["letter"]
        (2, '2023-01-20', None)
    """
    if not isinstance(doc, Document):
        raise TypeError(f"to_dict() takes a Document, not {type(doc).__name__}")
    body = _converter.unstructure(doc, Document)
    return {"schema_version": SCHEMA_VERSION, **body}


def from_dict(data: Mapping[str, object]) -> Document:
    """Read a document from the dict form of `to_dict`.

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
    if not isinstance(data, Mapping):
        raise DataError(f"expected an object, got {_json_type(data)}")
    if "schema_version" not in data:
        raise DataError("missing field", path="schema_version")
    version = data["schema_version"]
    if type(version) is not int or not (version == SCHEMA_VERSION or version in _UPGRADES):
        known = ", ".join(str(v) for v in (*sorted(_UPGRADES), SCHEMA_VERSION))
        raise DataError(
            f"unknown schema version {version!r:.40}; this unga_docs reads versions {known}", path="schema_version"
        )
    body = {k: v for k, v in data.items() if k != "schema_version"}
    while version != SCHEMA_VERSION:
        body = _UPGRADES[version](body)
        version += 1
    try:
        doc: Document = _converter.structure(body, Document)
    except (ClassValidationError, IterableValidationError) as e:
        path, reason = _first_problem(e)
        raise DataError(reason, path=path) from None
    except (_AtIndex, ValidationError) as e:
        path, reason = _first_problem(e)
        raise DataError(reason, path=path) from None
    except (_Refused, ForbiddenExtraKeysError, ValueError, TypeError) as e:
        raise DataError(_reason(e)) from None
    except RecursionError:
        raise DataError("nested too deeply") from None
    return doc


def _reason(exc: BaseException) -> str:
    if isinstance(exc, ForbiddenExtraKeysError):
        return f"unknown field(s): {', '.join(sorted(map(str, exc.extra_fields)))}"
    if isinstance(exc, KeyError):
        return "missing field"
    return str(exc) or type(exc).__name__


def _first_problem(exc: BaseException) -> tuple[str, str]:
    """Follow cattrs' exception groups down to the first leaf: its path and its reason."""
    path = ""
    while True:
        if isinstance(exc, _AtIndex):
            path += f"[{exc.index}]"
            exc = exc.inner
        elif isinstance(exc, (ClassValidationError, IterableValidationError)) and exc.exceptions:
            child = exc.exceptions[0]
            for note in getattr(child, "__notes__", ()):
                if isinstance(note, cattrs.errors.AttributeValidationNote):
                    path += f".{note.name}" if path else note.name
                elif isinstance(note, cattrs.errors.IterableValidationNote):
                    path += f"[{note.index}]"
            exc = child
        elif isinstance(exc, ValidationError):
            # A validator refused the value: the field it names is the last step of the path.
            path += f".{exc.field}" if path else exc.field
            return path, str(exc).split(" ", 1)[1]
        else:
            return path, _reason(exc)


def to_json(doc: Document, *, indent: int | None = None) -> str:
    """The document as JSON text (UTF-8 characters kept as they are, not escaped).

    Args:
        doc: the document.
        indent: spaces to indent nested values by; None (the default) writes one compact line.

    Example:
        >>> import unga_docs as ud
        >>> ud.to_json(ud.Document())[:40]
        '{"schema_version":2,"symbols":[],"organs'
    """
    data = to_dict(doc)
    if indent is None:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(data, ensure_ascii=False, indent=indent)


def from_json(text: str | bytes) -> Document:
    """Read a document from JSON text made by `to_json`.

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
    try:
        data = json.loads(text)
    except RecursionError:
        raise DataError("JSON nested too deeply") from None
    except ValueError as e:  # JSONDecodeError, bad UTF-8, integers too long to convert
        raise DataError(f"not valid JSON: {e}") from None
    if not isinstance(data, dict):
        raise DataError(f"expected a JSON object, got {_json_type(data)}")
    return from_dict(data)


@functools.cache
def _schema() -> str:
    return json.dumps(_build_schema(), sort_keys=False)


def json_schema() -> dict[str, JsonValue]:
    """The JSON Schema (draft 2020-12) of `to_dict`'s output, generated from the model.

    Example:
        >>> import unga_docs as ud
        >>> schema = ud.json_schema()
        >>> schema["$schema"], schema["properties"]["schema_version"]
        ('https://json-schema.org/draft/2020-12/schema', {'const': 2})
    """
    result: dict[str, JsonValue] = json.loads(_schema())
    return result


def _describe(cls: type) -> str:
    doc = (cls.__doc__ or "").strip()
    return doc.split("\n\n", 1)[0].replace("\n", " ")


def _type_schema(t: object) -> dict[str, Any]:
    origin = typing.get_origin(t)
    args = typing.get_args(t)
    if origin in (Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        schema = _type_schema(inner[0])
        return {"anyOf": [schema, {"type": "null"}]}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(args[0])}
    if t is str:
        return {"type": "string", "minLength": 1}
    if t is int:
        return {"type": "integer"}
    if t is dt.date:
        return {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
    if t is Symbol:
        return {"type": "string", "description": "A United Nations document symbol, e.g. A/77/715."}
    if isinstance(t, type) and issubclass(t, enum.Enum):
        return {"enum": [m.value for m in t]}
    if isinstance(t, type) and attrs.has(t):
        return {"$ref": f"#/$defs/{t.__name__}"}
    raise TypeError(f"no JSON Schema for {t!r}")  # pragma: no cover - the model holds no other types


def _class_schema(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))
    props: dict[str, Any] = {}
    for a in attrs.fields(cls):
        if cls is Document and a.name == "diagnostics":
            continue
        props[a.name] = _type_schema(hints[a.name])
        if a.name == "number" and cls is Session:
            props[a.name].update(minimum=1, maximum=199)
        elif a.name == "number":
            props[a.name].update(minimum=1, maximum=9999)
        elif a.name == "job_number":
            props[a.name]["anyOf"][0]["pattern"] = "^[0-9]{2}-[0-9]{5}$"
    return {
        "type": "object",
        "description": _describe(cls),
        "properties": props,
        "required": list(props),
        "additionalProperties": False,
    }


def _build_schema() -> dict[str, Any]:
    doc = _class_schema(Document)
    doc["properties"] = {"schema_version": {"const": SCHEMA_VERSION}, **doc["properties"]}
    doc["required"] = ["schema_version", *doc["required"]]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://unga-docs.readthedocs.io/schema/v{SCHEMA_VERSION}.json",
        "title": "unga_docs Document",
        **doc,
        "$defs": {cls.__name__: _class_schema(cls) for cls in _CLASSES if cls is not Document},
    }
