"""The dict/JSON form of a document: its version, the classes and fields it holds, and its JSON Schema.

`unga_docs.formats.json` reads and writes the form with cattrs; this module says what the form is. The schema
takes the types from the model's fields, and the limits the model's validators set from `SCHEMA_LIMITS`.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import sys
import types
import typing
from typing import Any, Union

import attrs

from unga_docs.grammar.lexicon import JOB_NUMBER, MAX_AGENDA_ITEM, MAX_SESSION
from unga_docs.model import (
    ANCHOR_PATH,
    AgendaItem,
    Anchor,
    Annex,
    Document,
    Footnote,
    Letter,
    Session,
    Signature,
    Statement,
)
from unga_docs.symbols import Symbol

__all__ = ["CLASSES", "DERIVED", "SCHEMA_LIMITS", "SCHEMA_VERSION", "JsonValue", "fields", "json_schema"]

#: The version of the dict/JSON form. It changes whenever the form changes; `from_dict` reads this version and the
#: older ones it knows how to bring up to date, and refuses any other.
SCHEMA_VERSION = 3

#: What `to_dict` gives: JSON-ready values all the way down.
JsonValue = Union[None, bool, int, str, list["JsonValue"], dict[str, "JsonValue"]]  # noqa: UP007 - recursive alias

#: The classes of the model the form holds, the document first.
CLASSES: tuple[type, ...] = (Document, Session, AgendaItem, Letter, Signature, Annex, Statement, Footnote, Anchor)

#: The limits the model's validators set that the schema states too, read from the lexicon (a test holds the model
#: to them).
SCHEMA_LIMITS: dict[tuple[type, str], dict[str, Any]] = {
    (Session, "number"): {"minimum": 1, "maximum": MAX_SESSION},
    (AgendaItem, "number"): {"minimum": 1, "maximum": MAX_AGENDA_ITEM},
    (Document, "job_number"): {"pattern": f"^{JOB_NUMBER.pattern}$"},
    (Anchor, "path"): {"pattern": f"^(?:{ANCHOR_PATH.pattern})$"},
    (Anchor, "line"): {"minimum": 1},
    (Anchor, "page"): {"minimum": 1},
}

#: What `to_dict` writes beside the fields: derived values, for consumers (`from_dict` reads past them).
DERIVED: dict[str, str] = {
    "references": "Derived from the text, written for consumers: the symbols the text cites, in order of first "
    "appearance, each once, the document's own left out (Document.references). Readers read past it.",
}


def fields(cls: type) -> list[attrs.Attribute[Any]]:
    """The fields of *cls* that the form holds, types resolved, every one required (no default).

    A document's ``diagnostics`` describe its source, not the document, and a field marked as context (a
    letter's ``document_date``, its document's own date) repeats another: the form leaves them out.

    Example:
        >>> [a.name for a in fields(Signature)]
        ['name', 'titles']
    """
    resolved = attrs.resolve_types(cls, vars(sys.modules[cls.__module__]))
    return [
        a.evolve(default=attrs.NOTHING)
        for a in attrs.fields(resolved)
        if not (cls is Document and a.name == "diagnostics") and not a.metadata.get("context")
    ]


def is_model_class(t: object) -> bool:
    """Whether *t* is one of the model's classes the form holds."""
    return t in CLASSES


def is_enum(t: object) -> bool:
    """Whether *t* is an enum class."""
    return isinstance(t, type) and issubclass(t, enum.Enum)


def is_optional(t: object) -> bool:
    """Whether *t* is ``X | None``."""
    return typing.get_origin(t) in (Union, types.UnionType) and type(None) in typing.get_args(t)


def is_tuple(t: object) -> bool:
    """Whether *t* is ``tuple[X, ...]``."""
    args = typing.get_args(t)
    return typing.get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def inner(t: object) -> Any:
    """The type in ``X | None`` or ``tuple[X, ...]``."""
    return next(a for a in typing.get_args(t) if a is not type(None))


def json_schema() -> dict[str, JsonValue]:
    """The JSON Schema (draft 2020-12) of `to_dict`'s output, generated from the model.

    Example:
        >>> import unga_docs as ud
        >>> schema = ud.json_schema()
        >>> schema["$schema"], schema["properties"]["schema_version"]
        ('https://json-schema.org/draft/2020-12/schema', {'const': 3})
    """
    result: dict[str, JsonValue] = json.loads(_schema())
    return result


@functools.cache
def _schema() -> str:
    return json.dumps(_build_schema(), sort_keys=False)


def _describe(cls: type) -> str:
    doc = (cls.__doc__ or "").strip()
    return doc.split("\n\n", 1)[0].replace("\n", " ")


def _type_schema(t: object) -> dict[str, Any]:
    if is_optional(t):
        return {"anyOf": [_type_schema(inner(t)), {"type": "null"}]}
    if is_tuple(t):
        return {"type": "array", "items": _type_schema(inner(t))}
    if t is str:
        return {"type": "string", "minLength": 1}
    if t is int:
        return {"type": "integer"}
    if t is dt.date:
        return {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
    if t is Symbol:
        return {"type": "string", "description": "A United Nations document symbol, e.g. A/77/715."}
    if is_enum(t):
        return {"enum": [m.value for m in t]}  # type: ignore[attr-defined]  # an enum class, as checked
    if is_model_class(t):
        return {"$ref": f"#/$defs/{t.__name__}"}  # type: ignore[attr-defined]  # a class, as checked
    raise TypeError(f"no JSON Schema for {t!r}")  # pragma: no cover - the model holds no other types


def _class_schema(cls: type) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for a in fields(cls):
        props[a.name] = schema = _type_schema(a.type)
        limits = SCHEMA_LIMITS.get((cls, a.name), {})
        (schema["anyOf"][0] if "anyOf" in schema else schema).update(limits)
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
    for name, description in DERIVED.items():
        doc["properties"][name] = {"type": "array", "items": _type_schema(Symbol), "description": description}
        doc["required"].append(name)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://unga-docs.readthedocs.io/schema/v{SCHEMA_VERSION}.json",
        "title": "unga_docs Document",
        **doc,
        "$defs": {cls.__name__: _class_schema(cls) for cls in CLASSES if cls is not Document},
    }
