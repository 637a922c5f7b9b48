"""JSON: the cattrs hooks of the document model, registered by `configure` (re-exported by `unga_docs.formats.json`).

`unga_docs.formats.json` is the public module, and its docstring says how the fast converter and the careful one
share the work; this one holds what they are configured with: the structure and unstructure hooks of dates,
enums, symbols, optional values, tuples, the model's classes and a document's provenance, and the upgrades of
older schema versions.
"""

from __future__ import annotations

import collections
import datetime as dt
import enum
import itertools
import operator
import re
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import cattrs
from cattrs.errors import ForbiddenExtraKeysError, IterableValidationError, IterableValidationNote
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn_from_attrs, make_dict_unstructure_fn_from_attrs

from unga_docs.errors import DataError
from unga_docs.formats import json_schema as _form
from unga_docs.formats.json_schema import SCHEMA_VERSION
from unga_docs.model import ANCHOR_PATH, Anchor, Document
from unga_docs.symbols import Symbol

try:  # the `fast` extra: cattrs' orjson converter leaves dates, enums and tuples to orjson
    from cattrs.preconf.orjson import OrjsonConverter as _OrjsonConverter
except ImportError:  # pragma: no cover - depends on the installation
    _OrjsonConverter = None  # type: ignore[assignment,misc]


def _from_v1(data: dict[str, object]) -> dict[str, object]:
    # Version 2 added the job number; a version 1 document did not record it.
    return {**data, "job_number": None}


def _from_v2(data: dict[str, object]) -> dict[str, object]:
    # Version 3 added the language of the copy and the provenance; a version 2 document recorded neither.
    return {**data, "language": None, "provenance": []}


#: How to bring a dict of an older version up to the next one.
_UPGRADES: dict[int, Callable[[dict[str, object]], dict[str, object]]] = {1: _from_v1, 2: _from_v2}

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class _Refused(ValueError):
    """A value of the wrong shape, with the sentence that says why (the careful converter carries it to the path)."""


StructureHook = Callable[[Any, Any], Any]
UnstructureHook = Callable[[Any], Any]


def configure(converter: cattrs.Converter) -> cattrs.Converter:
    """Register on *converter* every hook the document model needs, and return it.

    Dates are ISO 8601 strings, enums their printed values, symbols their canonical strings, tuples arrays; every
    class is an object with exactly its fields (a document's ``diagnostics`` are left out), all required; a
    document carries ``"schema_version"`` and is brought up to date from older versions. With
    ``detailed_validation`` the converter checks every JSON type itself and its errors carry their paths (the
    package reads with it to say what is wrong); without, it leaves strings and integers to the model's
    validators and is several times faster.

    Args:
        converter: a cattrs converter (a preconfigured one, such as cattrs' orjson converter, will do).

    Returns:
        The converter.

    Example:
        >>> import cattrs, unga_docs as ud
        >>> from unga_docs.formats.json import configure
        >>> conv = configure(cattrs.Converter(detailed_validation=False))
        >>> conv.unstructure(ud.Signature(name="A. Person"))
        {'name': 'A. Person', 'titles': []}
    """
    if converter.detailed_validation:  # the fast converter leaves these to the validators
        converter.register_structure_hook(str, _structure_str)
        converter.register_structure_hook(int, _structure_int)
    # cattrs' orjson converter leaves dates, enums and tuples as they are: orjson writes them as JSON, in C.
    native = _OrjsonConverter is not None and isinstance(converter, _OrjsonConverter)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_unstructure_hook(dt.date, identity if native else dt.date.isoformat)
    converter.register_structure_hook(Symbol, _structure_symbol)
    converter.register_unstructure_hook(Symbol, str)
    converter.register_structure_hook_factory(_form.is_enum, lambda t: _structure_enum(converter, t))
    converter.register_unstructure_hook_factory(_form.is_enum, lambda _: identity if native else _enum_value)
    unchecked = _Unchecked(converter)
    converter.register_structure_hook_factory(_form.is_optional, lambda t: _structure_optional(converter, t, unchecked))
    converter.register_unstructure_hook_factory(_form.is_optional, lambda t: _unstructure_optional(converter, t))
    converter.register_structure_hook_factory(_form.is_tuple, lambda t: _structure_tuple(converter, t, unchecked))
    if not converter.detailed_validation:  # one call, not two, for what documents hold most
        converter.register_structure_hook_factory(lambda t: t == dt.date | None, lambda _: _structure_optional_date)
        converter.register_structure_hook_factory(
            lambda t: _form.is_optional(t) and _form.is_enum(_form.inner(t)), lambda t: _structure_enum(converter, t)
        )
    converter.register_unstructure_hook_factory(_form.is_tuple, lambda t: _unstructure_tuple(converter, t, native))
    if not converter.detailed_validation:  # a document's provenance: many small objects, read all at once
        converter.register_structure_hook_func(lambda t: t == tuple[Anchor, ...], _structure_anchors)
    # Factories, not hooks: a hook made now would take cattrs' own hooks for the classes it holds.
    converter.register_structure_hook_factory(
        _form.is_model_class, lambda cls: _structure_class(converter, cls, unchecked)
    )
    converter.register_unstructure_hook_factory(_form.is_model_class, lambda cls: _unstructure_class(converter, cls))
    return converter


def _unstructure_class(converter: cattrs.Converter, cls: type) -> UnstructureHook:
    unstructure: UnstructureHook = make_dict_unstructure_fn_from_attrs(_form.fields(cls), cls, converter)
    if cls is Document:
        # The derived values are written last, for consumers; `from_dict` reads past them.
        return lambda doc: {
            "schema_version": SCHEMA_VERSION,
            **unstructure(doc),
            "references": [str(s) for s in doc.references],
        }
    return unstructure


def _passed_through(a: attrs.Attribute[Any]) -> attrs.Attribute[Any]:
    # cattrs hands a field with an attrs converter to the class as it is when told to prefer those converters: so
    # a string or an integer goes straight to the model, whose validator checks it. (The class has no converter:
    # this one only marks the field for cattrs.)
    if a.type in (str, int, str | None, int | None):
        return a.evolve(converter=identity)
    return a


class _Unchecked:
    """The fast converter's structure functions of the model's classes, without cattrs' check for extra keys.

    Their callers check instead that an object has as many keys as its class has fields: with every field
    required (a missing one raises), those are exactly its fields. A length costs less than cattrs' set
    difference, and the items of an array are checked all at once, in C.
    """

    def __init__(self, converter: cattrs.Converter) -> None:
        self.converter = converter
        self.made: dict[type, tuple[Callable[[Any], Any], int]] = {}

    def __call__(self, cls: type) -> tuple[Callable[[Any], Any], int]:
        """The structure function of *cls*, called with the object alone, and the number of its fields."""
        if cls not in self.made:
            fields = [_passed_through(a) for a in _form.fields(cls)]
            structure: Callable[[Any], Any] = make_dict_structure_fn_from_attrs(
                fields, cls, self.converter, _cattrs_forbid_extra_keys=False, _cattrs_prefer_attrib_converters=True
            )
            self.made[cls] = (structure, len(fields))
        return self.made[cls]


def _structure_class(converter: cattrs.Converter, cls: type, unchecked: _Unchecked) -> StructureHook:
    if converter.detailed_validation:
        checked = _checked(
            cls, make_dict_structure_fn_from_attrs(_form.fields(cls), cls, converter, _cattrs_forbid_extra_keys=False)
        )
        if cls is Document:
            return lambda value, _: checked(_upgraded(value), Document)
        return checked
    structure, size = unchecked(cls)
    if cls is not Document:
        return lambda value, _: structure(value) if len(value) == size else _not_fields_of(cls)

    def structure_document(value: Any, _: object) -> Document:
        doc: Document
        if type(value) is dict and len(value) == size + 2 and _strings(value.get("references")):
            # The fields, "schema_version" and the derived "references" (read past: derived from the text).
            version = value.get("schema_version")
            if type(version) is int and version == SCHEMA_VERSION:
                doc = structure(value)
                return doc
        body = _upgraded(value)
        doc = structure(body) if len(body) == size else _not_fields_of(Document)
        return doc

    return structure_document


def _not_fields_of(cls: type) -> typing.NoReturn:
    raise _Refused(f"not the fields of {cls.__name__}")  # the careful converter says which


def _checked(cls: type, structure: StructureHook) -> StructureHook:
    """Wrap a structure function: an object with exactly the fields, said as a sentence if it is not."""
    names = frozenset(a.name for a in _form.fields(cls))

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


def _upgraded(data: object) -> dict[str, object]:
    """The fields of a document's dict without its "schema_version", brought up to this version."""
    if not isinstance(data, Mapping):
        raise DataError(f"expected an object, got {_json_type(data)}")
    if "schema_version" not in data:
        raise DataError("missing field", path="schema_version")
    version = data["schema_version"]
    if type(version) is not int or not (version == SCHEMA_VERSION or version in _UPGRADES):
        known = ", ".join(str(v) for v in (*sorted(_UPGRADES), SCHEMA_VERSION))
        raise DataError(
            f"unknown schema version {_short(version)}; this unga_docs reads versions {known}", path="schema_version"
        )
    if version == SCHEMA_VERSION:
        _check_derived(data)
    skip = ("schema_version", "references") if version == SCHEMA_VERSION else ("schema_version",)
    body = {k: v for k, v in data.items() if k not in skip}
    while version != SCHEMA_VERSION:
        body = _UPGRADES[version](body)
        version += 1
    return body


def _check_derived(data: Mapping[str, object]) -> None:
    """Refuse a document's dict whose derived "references" is missing or not an array of strings (as the schema)."""
    if "references" not in data:
        raise DataError("missing field(s) of Document: references (derived from the text, written and required)")
    references = data["references"]
    if not isinstance(references, (list, tuple)):
        raise DataError(f"expected an array, got {_json_type(references)}", path="references")
    for i, item in enumerate(references):
        if type(item) is not str:
            raise DataError(f"expected a string (a symbol), got {_json_type(item)}", path=f"references[{i}]")


def _strings(value: object) -> bool:
    """Whether *value* is a JSON array of strings (what the schema asks of a derived "references")."""
    return isinstance(value, (list, tuple)) and all(type(x) is str for x in value)


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
    if not _ISO_DATE.fullmatch(value):  # fromisoformat alone reads more forms than the schema allows
        raise _Refused(f"expected a date YYYY-MM-DD, got {_short(value)}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise _Refused(f"not a real date: {value!r} ({e})") from None


def _structure_optional_date(value: object, _: object) -> dt.date | None:
    if value is None:
        return None
    if type(value) is str and _ISO_DATE.fullmatch(value):
        return dt.date.fromisoformat(value)  # or a ValueError
    return _structure_date(value, _)  # which says why not


def _structure_symbol(value: object, _: object) -> Symbol:
    if not isinstance(value, str):
        raise _Refused(f"expected a document symbol as a string, got {_json_type(value)}")
    try:
        return Symbol.parse(value)
    except ValueError as e:
        raise _Refused(f"not a document symbol: {_short(value)} ({e})") from None


def _structure_enum(converter: cattrs.Converter, t: Any) -> StructureHook:
    optional = _form.is_optional(t)
    cls: type[enum.Enum] = _form.inner(t) if optional else t
    by_value = {member.value: member for member in cls}
    if not converter.detailed_validation:
        # dict.get, called as hooks are, with the type as the default: a value that is no member gives the type,
        # which the field's validator refuses (an unhashable one raises). No Python call at all.
        return {None: None, **by_value}.get if optional else by_value.get
    allowed = ", ".join(repr(v) for v in by_value)

    def structure(value: object, _: object) -> enum.Enum:
        member = by_value.get(value) if isinstance(value, str) else None
        if member is None:
            got = _short(value) if isinstance(value, str) else _json_type(value)
            raise _Refused(f"expected one of {allowed}, got {got}")
        return member

    return structure


def _structure_optional(converter: cattrs.Converter, t: object, unchecked: _Unchecked) -> StructureHook:
    inner = _form.inner(t)
    if _form.is_model_class(inner) and not converter.detailed_validation:
        structure_object, size = unchecked(inner)

        def structure_optional_object(value: Any, _: object) -> object:
            if value is None:
                return None
            return structure_object(value) if len(value) == size else _not_fields_of(inner)

        return structure_optional_object
    structure = converter.get_structure_hook(inner)
    return lambda value, _: None if value is None else structure(value, inner)


def _unstructure_optional(converter: cattrs.Converter, t: object) -> UnstructureHook:
    unstructure = converter.get_unstructure_hook(_form.inner(t))
    if unstructure == identity:
        return identity  # cattrs writes the field as it is then, with no call
    return lambda value: None if value is None else unstructure(value)


def _array(value: object) -> list[object] | tuple[object, ...]:
    if isinstance(value, (list, tuple)):
        return value
    raise _Refused(f"expected an array, got {_json_type(value)}")


def _structure_tuple(converter: cattrs.Converter, t: object, unchecked: _Unchecked) -> StructureHook:
    inner = _form.inner(t)
    if _form.is_model_class(inner) and not converter.detailed_validation:
        structure_object, size = unchecked(inner)
        as_many = size.__eq__

        def structure_objects(value: Any, _: object) -> tuple[object, ...]:
            items = value if type(value) is list else _array(value)
            if not items:
                return ()
            if all(map(as_many, map(len, items))):  # in C, with no frame of a generator
                return tuple(map(structure_object, items))
            return _not_fields_of(inner)

        return structure_objects
    structure = converter.get_structure_hook(inner)
    if converter.detailed_validation:

        def careful(value: object, _: object) -> tuple[object, ...]:
            items = []
            for i, item in enumerate(_array(value)):
                try:
                    items.append(structure(item, inner))
                except Exception as e:
                    note = IterableValidationNote(f"@ index {i}", i, inner)
                    e.__notes__ = [*getattr(e, "__notes__", ()), note]  # type: ignore[attr-defined]
                    raise IterableValidationError(f"While structuring {t!r}", [e], tuple) from None
            return tuple(items)

        return careful
    if inner is str:  # the validators check the items
        return lambda value, _: tuple(value) if type(value) is list else tuple(_array(value))
    repeat = itertools.repeat(inner)  # map() with it calls the hook in C, with no frame of a comprehension
    return lambda value, _: tuple(map(structure, value if type(value) is list else _array(value), repeat))


#: The fields of `Anchor` in the dict form, each read as a column. `_structure_anchors` builds anchors without
#: their validators, having checked the columns as they do: it is correct only while these are all of its fields
#: and it has no converter and no ``__attrs_post_init__`` (a test holds it to that).
_ANCHOR_FIELDS = ("path", "line", "page")
_ANCHOR_PATHS = re.compile(rf"(?:(?:{ANCHOR_PATH.pattern})\n)*(?:{ANCHOR_PATH.pattern})")
_PATH, _LINE, _PAGE = (operator.itemgetter(name) for name in _ANCHOR_FIELDS)
_SET_PATH, _SET_LINE, _SET_PAGE = (getattr(Anchor, name).__set__ for name in _ANCHOR_FIELDS)
_STR = frozenset({str})
#: Anchor paths seen valid: documents repeat them ("letter.title", "letter.paragraphs[0]" ...), and a set lookup
#: costs less than the regular expression. Bounded: a hostile stream of new paths is only checked.
_VALID_PATHS: set[str] = set()
_MAX_VALID_PATHS = 4096
_INT_OR_NONE = frozenset({int, type(None)})


def _structure_anchors(value: Any, _: object) -> tuple[Anchor, ...]:
    """A document's provenance, read column by column with loops in C (the fast converter's hook).

    The columns are checked as `Anchor`'s validators check each value (paths in the form of `ANCHOR_PATH`,
    exactly strings; lines and pages exactly integers from 1, or None; paths seen valid before are looked up,
    not matched again), then the anchors are made empty and filled. Anything else raises, and `from_dict` reads
    the data again with the careful converter, which says where the problem is.
    """
    items = value if type(value) is list else _array(value)
    if not items:
        return ()
    paths, lines, pages = list(map(_PATH, items)), list(map(_LINE, items)), list(map(_PAGE, items))
    numbers = lines + pages
    if not (
        sum(map(len, items)) == len(_ANCHOR_FIELDS) * len(items)  # each has them (or raised): no more
        and _STR.issuperset(map(type, paths))
        and _INT_OR_NONE.issuperset(map(type, numbers))
        and 0 not in numbers  # filter(None, ...) leaves out the Nones, and the zeros too
        and min(filter(None, numbers), default=1) >= 1
        and (_VALID_PATHS.issuperset(paths) or _valid_paths(paths))
    ):
        raise _Refused("not anchors")  # the careful converter says why
    anchors = list(map(object.__new__, itertools.repeat(Anchor, len(items))))
    for set_field, column in ((_SET_PATH, paths), (_SET_LINE, lines), (_SET_PAGE, pages)):
        collections.deque(map(set_field, anchors, column), maxlen=0)
    return tuple(anchors)


def _valid_paths(paths: list[str]) -> bool:
    """Whether every one of *paths* is an anchor path (one scan of them all); those that are, remembered."""
    joined = "\n".join(paths)
    if _ANCHOR_PATHS.fullmatch(joined) is None or joined.count("\n") != len(paths) - 1:  # no path of two
        return False
    if len(_VALID_PATHS) < _MAX_VALID_PATHS:
        _VALID_PATHS.update(paths)
    return True


def _unstructure_tuple(converter: cattrs.Converter, t: object, native: bool) -> UnstructureHook:
    unstructure = converter.get_unstructure_hook(_form.inner(t))
    if unstructure == identity:
        return identity if native else list
    return lambda value: list(map(unstructure, value)) if value else []


def _enum_value(member: enum.Enum) -> object:
    return member._value_


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


def _short(value: object) -> str:
    """A value for a message, cut short and never recursing into nested data."""
    if isinstance(value, str):
        return repr(value[:40]) + ("..." if len(value) > 40 else "")
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return "a very large number"
    if isinstance(value, (int, float, bool)) or value is None:
        return repr(value)
    return _json_type(value)
