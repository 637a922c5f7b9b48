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

import collections
import datetime as dt
import enum
import itertools
import json
import operator
import re
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn_from_attrs, make_dict_unstructure_fn_from_attrs

from unga_docs.errors import DataError, ValidationError
from unga_docs.formats import json_schema as _form
from unga_docs.formats.json_schema import DERIVED, SCHEMA_VERSION, JsonValue, json_schema
from unga_docs.model import ANCHOR_PATH, Anchor, Document
from unga_docs.symbols import Symbol

try:  # the `fast` extra: the same text, written and parsed several times faster
    import orjson as _orjson
    from cattrs.preconf.orjson import OrjsonConverter as _OrjsonConverter
    from cattrs.preconf.orjson import make_converter as _make_preconf
except ImportError:  # pragma: no cover - depends on the installation
    _orjson = None  # type: ignore[assignment]
    _OrjsonConverter = None  # type: ignore[assignment,misc]
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


def _from_v1(data: dict[str, object]) -> dict[str, object]:
    # Version 2 added the job number; a version 1 document did not record it.
    return {**data, "job_number": None}


def _from_v2(data: dict[str, object]) -> dict[str, object]:
    # Version 3 added the language of the copy and the provenance; a version 2 document recorded neither.
    return {**data, "language": None, "provenance": []}


#: How to bring a dict of an older version up to the next one.
_UPGRADES: dict[int, Callable[[dict[str, object]], dict[str, object]]] = {1: _from_v1, 2: _from_v2}

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Text in JSON has no natural limit; this one keeps a hostile value from costing more than it should.
_MAX_JSON_CHARS = 256 * 1024 * 1024


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
_INT_OR_NONE = frozenset({int, type(None)})


def _structure_anchors(value: Any, _: object) -> tuple[Anchor, ...]:
    """A document's provenance, read column by column with loops in C (the fast converter's hook).

    The columns are checked as `Anchor`'s validators check each value (paths in the form of `ANCHOR_PATH`,
    exactly strings; lines and pages exactly integers from 1, or None), then the anchors are made empty and
    filled. Anything else raises, and `from_dict` reads the data again with the careful converter, which says
    where the problem is.
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
        and _ANCHOR_PATHS.fullmatch(joined := "\n".join(paths)) is not None
        and joined.count("\n") == len(paths) - 1  # no path of two
    ):
        raise _Refused("not anchors")  # the careful converter says why
    anchors = list(map(object.__new__, itertools.repeat(Anchor, len(items))))
    for set_field, column in ((_SET_PATH, paths), (_SET_LINE, lines), (_SET_PAGE, pages)):
        collections.deque(map(set_field, anchors, column), maxlen=0)
    return tuple(anchors)


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
