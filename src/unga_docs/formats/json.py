"""JSON: one cattrs converter owned by the package, a versioned dict form, and its JSON Schema.

`to_dict` gives plain JSON-ready values (dates as ISO 8601 strings, enums as their printed values, symbols as their
canonical strings) with a ``"schema_version"`` key; `from_dict` reads them back and refuses anything else with a
`DataError` that names the path (``letter.signatures[0].name``) and the reason. Every field is written, ``null``
and ``[]`` included, and every field is required when reading: a dict that validates against `json_schema` reads
back, and one that does not is refused.

Reading has two paths that always agree. The converter reads with cattrs' detailed validation, which finds every
problem and names its path; that bookkeeping costs several times the reading itself, so a valid document is first
read by functions generated from the model (`_generate`) that hand each JSON value straight to the model class,
whose validators check it. They are never laxer than the converter: whatever they decline, the converter reads
again, and either refuses it with its path or returns the same document. `to_dict` writes with a generated writer
too, which the tests hold to the converter's unstructuring. With the ``fast`` extra (orjson) the text is written
and parsed by orjson, giving the very same text and the same documents and errors as the stdlib.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import linecache
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
from unga_docs.grammar.lexicon import JOB_NUMBER, MAX_AGENDA_ITEM, MAX_SESSION
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

try:  # the `fast` extra: the same text, written and parsed several times faster
    import orjson as _orjson
except ImportError:  # pragma: no cover - depends on the installation
    _orjson = None  # type: ignore[assignment]

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
        raise _Refused(f"expected a date YYYY-MM-DD, got {_short(value)}")
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
        raise _Refused(f"not a document symbol: {_short(value)} ({e})") from None


def _structure_enum(cls: type[enum.Enum]) -> Callable[[object, object], enum.Enum]:
    by_value = {member.value: member for member in cls}
    allowed = ", ".join(repr(v) for v in by_value)

    def structure(value: object, _: object) -> enum.Enum:
        if not isinstance(value, str):
            raise _Refused(f"expected one of {allowed}, got {_json_type(value)}")
        member = by_value.get(value)
        if member is None:
            raise _Refused(f"expected one of {allowed}, got {_short(value)}")
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


# ---------------------------------------------------------------------------------------------------------------
# The fast path: a reader and a writer of the whole document generated from the model, once, as cattrs and attrs
# generate theirs, each one expression deep (no call per object: the model is a tree of known depth). A JSON string
# or integer goes straight to the model class, whose validators refuse a wrong type or value (every field has one:
# a test tries every wrong JSON type on every field); only what JSON cannot hold is converted (arrays to tuples,
# dates, enums, symbols, nested objects).


class _Declined(Exception):
    """The fast path does not read this value; the converter will, and will say what is wrong with it."""


def _decline() -> typing.NoReturn:
    raise _Declined


def _array(value: object) -> list[object] | tuple[object, ...]:
    if type(value) is list or type(value) is tuple:
        return value
    raise _Declined


def _date(value: object) -> dt.date:
    if type(value) is str and _ISO_DATE.fullmatch(value):
        return dt.date.fromisoformat(value)
    raise _Declined


def _symbol(value: object) -> Symbol:
    if type(value) is str:
        return Symbol.parse(value)
    raise _Declined


def _fields(cls: type) -> dict[str, object]:
    """The fields of *cls* that the dict form holds, with their types."""
    hints = typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))
    return {a.name: hints[a.name] for a in attrs.fields(cls) if not (cls is Document and a.name == "diagnostics")}


def _unpack(t: object) -> tuple[object, bool, bool]:
    """The type inside *t*, whether *t* is optional (``X | None``), whether it is a tuple (``tuple[X, ...]``)."""
    optional = typing.get_origin(t) in (Union, types.UnionType)
    if optional:
        (t,) = (a for a in typing.get_args(t) if a is not type(None))
    if typing.get_origin(t) is tuple:
        return typing.get_args(t)[0], optional, True
    return t, optional, False


def _is_enum(t: object) -> typing.TypeGuard[type[enum.Enum]]:
    return isinstance(t, type) and issubclass(t, enum.Enum)


def _reader(cls: type, src: str, depth: int, ns: dict[str, Any]) -> str:
    """Code building a *cls* from the dict named *src* (exactly its fields: as many keys, and each one read)."""
    ns[f"_{cls.__name__}"] = cls
    args = []
    for key, t in _fields(cls).items():
        value, var = f"{src}[{key!r}]", f"v{depth}"
        inner, optional, many = _unpack(t)
        if many:
            # A JSON array is a list; a tuple (from_dict's caller may give one) goes to _array.
            array = f"({var} if type({var} := {value}) is list else _array({var}))"
            if inner is str:
                code = f"tuple({array})"
            elif inner is Symbol:
                code = f"tuple(map(_symbol, {array}))"
            elif _is_enum(inner):
                ns[f"_{inner.__name__}_get"] = {m.value: m for m in inner}.__getitem__
                code = f"tuple(map(_{inner.__name__}_get, {array}))"
            else:
                assert isinstance(inner, type), inner
                # (Python 3.11 calls a function for each comprehension: an empty array, the usual case, skips it.)
                item = f"i{depth}"
                build = f"tuple([{_reader(inner, item, depth + 1, ns)} for {item} in {var}])"
                code = f"({build} if ({var} := _array({value})) else ())"
        elif inner is str or inner is int:
            code = value  # as it is: the class's validator checks it
        elif _is_enum(inner):
            # None is one more key of an optional enum's table: one lookup either way (an unhashable value raises).
            table = f"_{inner.__name__}_{'or_none' if optional else 'values'}"
            ns[table] = {**({None: None} if optional else {}), **{m.value: m for m in inner}}
            code = f"{table}[{value}]"
        else:
            if inner is dt.date:
                read = f"_date({var})"
            elif inner is Symbol:
                read = f"_symbol({var})"
            else:
                assert isinstance(inner, type), inner
                read = _reader(inner, var, depth + 1, ns)
            code = (
                f"(None if ({var} := {value}) is None else {read})" if optional else f"(({var} := {value}), {read})[1]"
            )
        args.append(f"{key}={code}")
    indent = "\n" + "    " * (depth + 2)
    call = f"_{cls.__name__}({indent}{f',{indent}'.join(args)})"
    if cls is Document:
        return call  # the function checks the top-level dict itself
    return f"({call} if type({src}) is dict and len({src}) == {len(args)} else _decline())"


def _writer(cls: type, src: str, depth: int, *, native: bool) -> str:
    """Code writing the dict form of the *cls* named *src*.

    With *native*, tuples, enums and dates are left as they are, for orjson, which writes them as the stdlib
    writes the lists, values and ISO dates of the dict form.
    """
    items = []
    for key, t in _fields(cls).items():
        attr, var = f"{src}.{key}", f"w{depth}"
        inner, optional, many = _unpack(t)
        if many:
            item = f"i{depth}"
            if inner is str or (native and _is_enum(inner)):
                code = attr if native else f"list({attr})"
            elif inner is Symbol:
                code = f"list(map(str, {attr}))"
            elif _is_enum(inner):
                code = f"([{item}._value_ for {item} in {var}] if ({var} := {attr}) else [])"
            else:
                assert isinstance(inner, type), inner
                write = _writer(inner, item, depth + 1, native=native)
                code = f"([{write} for {item} in {var}] if ({var} := {attr}) else [])"
        elif inner is str or inner is int or (native and (_is_enum(inner) or inner is dt.date)):
            code = attr
        elif _is_enum(inner) and not optional:
            code = f"{attr}._value_"
        else:
            if _is_enum(inner):
                write = f"{var}._value_"
            elif inner is dt.date:
                write = f"{var}.isoformat()"
            elif inner is Symbol:
                write = f"str({var})"
            else:
                assert isinstance(inner, type), inner
                write = _writer(inner, var, depth + 1, native=native)
            code = (
                f"(None if ({var} := {attr}) is None else {write})" if optional else f"(({var} := {attr}), {write})[1]"
            )
        items.append(f"{key!r}: {code}")
    if cls is Document:
        items.insert(0, f"'schema_version': {SCHEMA_VERSION!r}")
    indent = "\n" + "    " * (depth + 2)
    return f"{{{indent}{f',{indent}'.join(items)}}}"


_Reader = Callable[[dict[str, object], int], Document]
_Writer = Callable[[Document], dict[str, JsonValue]]


def _generate() -> tuple[_Reader, _Writer, _Writer]:
    """Generate the fast reader and writers of a document: ``_read(o, n)``, ``_write(o)`` and ``_write_native(o)``.

    ``n`` is the number of keys the dict must have (its fields, and "schema_version" when it has one). The writers
    put ``"schema_version"`` first, as `to_dict` does; ``_write_native`` leaves tuples, enums and dates to orjson.
    """
    ns: dict[str, Any] = {"_array": _array, "_date": _date, "_symbol": _symbol, "_decline": _decline}
    source = "\n".join(
        [
            "def _read(o, n):",
            "    if type(o) is not dict or len(o) != n:",
            "        _decline()",
            f"    return {_reader(Document, 'o', 0, ns)}",
            "",
            "def _write(o):",
            f"    return {_writer(Document, 'o', 0, native=False)}",
            "",
            "def _write_native(o):",
            f"    return {_writer(Document, 'o', 0, native=True)}",
            "",
        ]
    )
    filename = "<unga_docs.formats.json: generated>"
    linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)  # for tracebacks
    exec(compile(source, filename, "exec"), ns)  # code built above from the model's own fields and names
    return ns["_read"], ns["_write"], ns["_write_native"]


_read_document, _write_document, _write_native = _generate()
#: How many keys a dict of `to_dict` has: the fields of Document it holds, and "schema_version".
_DICT_SIZE = len(_fields(Document)) + 1


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
    return _write_document(doc)


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
    if type(data) is dict:
        version = data.get("schema_version")
        if type(version) is int and version == SCHEMA_VERSION:
            try:
                fast: Document | None = _read_document(data, _DICT_SIZE)
            except Exception:  # whatever it is, the careful reading below finds it and says where
                fast = None
            if fast is not None:
                return fast
    return _from_dict_carefully(data)


def _from_dict_carefully(data: Mapping[str, object]) -> Document:
    """`from_dict` by the converter, with detailed validation: a document, or a DataError naming the path."""
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


def _short(value: object) -> str:
    """A value for a message, cut short and never recursing into nested data."""
    if isinstance(value, str):
        return repr(value[:40]) + ("..." if len(value) > 40 else "")
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return "a very large number"
    if isinstance(value, (int, float, bool)) or value is None:
        return repr(value)
    return _json_type(value)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, ForbiddenExtraKeysError):
        names = sorted(str(name)[:40] + ("..." if len(str(name)) > 40 else "") for name in exc.extra_fields)
        more = f" and {len(names) - 5} more" if len(names) > 5 else ""
        return f"unknown field(s): {', '.join(names[:5])}{more}"
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

    With the ``fast`` extra installed, orjson writes it (several times faster), the very same text.

    Args:
        doc: the document.
        indent: spaces to indent nested values by; None (the default) writes one compact line.

    Example:
        >>> import unga_docs as ud
        >>> ud.to_json(ud.Document())[:40]
        '{"schema_version":2,"symbols":[],"organs'
    """
    if not isinstance(doc, Document):
        raise TypeError(f"to_json() takes a Document, not {type(doc).__name__}")
    return _backend.dumps(doc, indent)


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
    return _backend.loads(text)


#: The stdlib's encoder of compact text (json.dumps would build one for each call, with these options).
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _dumps_stdlib(doc: Document, indent: int | None) -> str:
    data = _write_document(doc)
    if indent is None:
        return _COMPACT.encode(data)
    return json.dumps(data, ensure_ascii=False, indent=indent)


def _dumps_orjson(doc: Document, indent: int | None) -> str:
    # orjson writes what the stdlib writes (compact, or indented by 2), byte for byte: a test holds it to that.
    if indent is None or (type(indent) is int and indent == 2):
        try:
            return _orjson.dumps(_write_native(doc), option=_orjson.OPT_INDENT_2 if indent else 0).decode()
        except _orjson.JSONEncodeError:
            pass  # text no UTF-8 can hold (only with validators disabled): the stdlib writes it as it always has
    return _dumps_stdlib(doc, indent)


def _loads_orjson(text: str | bytes | bytearray) -> Document:
    # A document orjson reads is the document the stdlib reads (they differ only on what no document holds:
    # NaN, integers beyond 64 bits, UTF-16 bytes ...). Anything else is read again by the stdlib, so errors and
    # their messages are the same with or without orjson.
    try:
        data = _orjson.loads(text)
    except _orjson.JSONDecodeError:
        data = None
    if type(data) is dict:
        try:
            return from_dict(data)
        except DataError:
            pass
    return _loads_stdlib(text)


def _loads_stdlib(text: str | bytes | bytearray) -> Document:
    try:
        data = json.loads(text)
    except RecursionError:
        raise DataError("JSON nested too deeply") from None
    except ValueError as e:  # JSONDecodeError, bad UTF-8, integers too long to convert
        raise DataError(f"not valid JSON: {e}") from None
    if not isinstance(data, dict):
        raise DataError(f"expected a JSON object, got {_json_type(data)}")
    return from_dict(data)


@attrs.frozen
class _Backend:
    """How JSON text is written and parsed: by the stdlib, or by orjson (the ``fast`` extra)."""

    name: str
    dumps: Callable[[Document, int | None], str]
    loads: Callable[[str | bytes | bytearray], Document]


#: The backends this installation has; `_backend` is the one in use (tests and benchmarks switch it).
_BACKENDS = {"stdlib": _Backend("stdlib", _dumps_stdlib, _loads_stdlib)}
if _orjson is not None:
    _BACKENDS["orjson"] = _Backend("orjson", _dumps_orjson, _loads_orjson)
_backend = _BACKENDS["orjson" if _orjson is not None else "stdlib"]


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
            props[a.name].update(minimum=1, maximum=MAX_SESSION)
        elif a.name == "number":
            props[a.name].update(minimum=1, maximum=MAX_AGENDA_ITEM)
        elif a.name == "job_number":
            props[a.name]["anyOf"][0]["pattern"] = f"^{JOB_NUMBER.pattern}$"
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
