"""The fast paths of JSON and of the text validators agree with the careful ones, exactly.

* The validators' fast test of a text (`_is_plain_text`) accepts only what `text_problem` accepts, and the
  validators built on it accept exactly what `text_problem` accepts: over generated text and over every character.
* The fast converter, which leaves strings, integers and enum values to the model's validators, is never laxer
  than the careful one: whatever it accepts, the careful one accepts as the same document; whatever it does not,
  the careful one reads, so errors and their paths are the careful converter's.
* Both converters write the same dict (the fast one leaving tuples, enums and dates to orjson).
* With orjson (the ``fast`` extra), `to_json` gives byte for byte the stdlib's text, and `from_json` the stdlib's
  documents and errors.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import importlib.util
import json
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import cattrs.preconf.json
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import unga_docs as ud
import unga_docs.formats.json as ud_json
from unga_docs import _validators
from unga_docs.formats import _json_hooks
from unga_docs.model import text_problem
from unga_docs.strategies import documents

REFERENCE = ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))
LONG = _validators._LONG_TEXT

#: A document with every part present, so that every field of every class is in its dict.
FULL = ud.Document(
    symbols=(ud.Symbol.parse("A/65/695"), ud.Symbol.parse("S/2011/31")),
    organs=(ud.Organ.GENERAL_ASSEMBLY, ud.Organ.SECURITY_COUNCIL),
    distribution=ud.Distribution.GENERAL,
    date=dt.date(2011, 2, 1),
    original_language=ud.Language.ENGLISH,
    sessions=(ud.Session(organ=ud.Organ.GENERAL_ASSEMBLY, number=65),),
    agenda_items=(ud.AgendaItem(number=68, sub_item="b", title="Promotion and protection of human rights"),),
    paragraphs=("Text before the letter.",),
    letter=ud.Letter(
        title="Letter dated 1 February 2011 from the Permanent Representative of France to the United Nations"
        " addressed to the Secretary-General",
        paragraphs=("I have the honour to transmit a statement.",),
        signatures=(ud.Signature(name="Gérard Araud", titles=("Permanent Representative",)),),
    ),
    annexes=(
        ud.Annex(
            label="Annex",
            heading="Annex to the letter dated 1 February 2011",
            paragraphs=("Before the statement.",),
            signatures=(ud.Signature(name="A. Person"),),
            statement=ud.Statement(
                title="Statement of the Ministry of Foreign Affairs of France",
                date=dt.date(2011, 1, 31),
                paragraphs=("The statement.",),
                signatures=(ud.Signature(name="B. Person", titles=("Minister",)),),
            ),
        ),
    ),
    footnotes=(ud.Footnote(marker="*", text="Circulated in English only."),),
    job_number="11-22334",
    provenance=(
        ud.Anchor(path="letter.title", line=12, page=None),
        ud.Anchor(path="annexes[0].statement.paragraphs[0]", line=None, page=2),
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# Text validators


#: Characters that make or break a model text, in a good share of examples.
_TRICKY = st.sampled_from(
    [
        *(" ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x00", "\x7f", "\x80", "\x85", "\x9f"),
        *("\xa0", "\xad", "\u1680", "\u2000", "\u200a", "\u200b", "\u2013", "\u2019", "\u2028", "\u2029"),
        *("\u202f", "\u205f", "\u3000", "\ufeff", "\ud800", "\udfff", "\U0001f600", "é", "(", "|", "a"),
    ]
)
_TEXTS = st.lists(st.one_of(_TRICKY, st.text(max_size=5)), max_size=12).map("".join)


def _long(text: str) -> str:
    """The text made long enough for the long path, with its start and end kept."""
    return text[:1] + "x" * LONG + text[1:]


def _accepted(make: Any) -> bool:
    try:
        make()
    except ud.ValidationError:
        return False
    return True


@given(_TEXTS, st.booleans())
@example("two  spaces", False)
@example("soft\xadhyphen", False)
@example("soft\xadhyphen", True)
@example("line\u2028separator", True)
def test_fast_text_test_never_accepts_what_text_problem_refuses(text: str, long: bool) -> None:
    """_is_plain_text(t) implies text_problem(t) is None; for long texts the two agree exactly."""
    text = _long(text) if long else text
    fast = _validators._is_plain_text(text)
    assert not fast or text_problem(text) is None
    if len(text) >= LONG:
        assert fast == (text_problem(text) is None)


@given(_TEXTS, st.booleans())
def test_text_validators_accept_exactly_what_text_problem_accepts(text: str, long: bool) -> None:
    """Every text validator (one text, an optional one, a tuple of them) accepts exactly text_problem's texts."""
    text = _long(text) if long else text
    ok = text_problem(text) is None
    assert _accepted(lambda: ud.Footnote(marker="*", text=text)) == ok  # _text
    assert _accepted(lambda: ud.AgendaItem(number=1, title=text)) == ok  # _optional_text
    assert _accepted(lambda: ud.Letter(title="T", paragraphs=(text,))) == ok  # _texts


@given(st.lists(_TEXTS.map(lambda t: t or "x"), max_size=6), st.sampled_from([0, 1, LONG]))
@example(["a ", "b"], 0)
@example(["a", " b"], 0)
@example(["a", ""], 0)
@example(["é", "b  c"], LONG)
def test_tuple_validator_accepts_exactly_tuples_of_model_texts(items: list[str], pad: int) -> None:
    """A tuple of texts is accepted exactly when every item is a model text, whichever path reads the join."""
    texts = tuple(t[:1] + "y" * pad + t[1:] for t in items)
    ok = all(text_problem(t) is None for t in texts)
    assert _validators._all_plain_texts(texts) <= ok
    assert _accepted(lambda: ud.Statement(title="T", paragraphs=texts)) == ok


def _code_points() -> Iterator[str]:
    """Every character of the Basic Multilingual Plane, and a sample beyond it."""
    yield from map(chr, range(0x10000))
    yield from map(chr, range(0x10000, 0x110000, 0x3FF))


@pytest.mark.parametrize("shape", ["a{}b", "{}b", "a{}", "a{}{}b"])
def test_every_character_is_judged_as_text_problem_judges_it(shape: str) -> None:
    """Every character, in short and long texts: the fast test accepts only what text_problem accepts.

    On the long path it accepts exactly what text_problem accepts.
    """
    wrong = []
    for c in _code_points():
        text = shape.format(c, c)
        long = _long(text)
        if _validators._is_plain_text(text) and text_problem(text) is not None:
            wrong.append(("short", c))
        if _validators._is_plain_text(long) != (text_problem(long) is None):
            wrong.append(("long", c))
    assert wrong == []


# ---------------------------------------------------------------------------------------------------------------
# The fast converter and the careful one


def _careful(data: dict[str, Any]) -> ud.Document | str:
    """What the careful converter makes of *data*: a document, or the message of its DataError."""
    try:
        return ud_json._read_carefully(data)
    except ud.DataError as e:
        return str(e)


def _fast(data: dict[str, Any]) -> ud.Document | None:
    """What the fast converter makes of *data*: a document, or None where it fails."""
    try:
        doc: ud.Document = ud_json._FAST.structure(data, ud.Document)
    except Exception:
        return None
    return doc


def _public(data: dict[str, Any]) -> ud.Document | str:
    try:
        return ud.from_dict(data)
    except ud.DataError as e:
        return str(e)


def _check_agreement(data: dict[str, Any]) -> None:
    careful = _careful(copy.deepcopy(data))
    fast = _fast(copy.deepcopy(data))
    if fast is not None:
        assert isinstance(careful, ud.Document), f"the fast converter accepted what the careful one refuses: {careful}"
        assert fast == careful
        assert fast.provenance == careful.provenance  # not part of equality, but read all the same
    public = _public(data)
    assert public == careful
    if isinstance(public, ud.Document):
        assert isinstance(careful, ud.Document)
        assert public.provenance == careful.provenance


def _paths(node: object, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """Every path into a dict form, leaves and inner nodes alike."""
    if path:
        yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*path, index))


def _replaced(data: dict[str, Any], path: tuple[str | int, ...], value: object) -> dict[str, Any]:
    data = copy.deepcopy(data)
    node: Any = data
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return data


#: Values of every JSON type, and near misses of the values the dict form holds.
_WRONG: list[object] = [None, True, False, 0, 1, -1, 10**30, 1.5, "", "x", " x", "a  b", "2023-02-30", "20230120"]
_WRONG += ["General Assembly", "general", "regular", "b", "B", "*", "A/77/715", "23-01234", [], ["x"], [None], {}]
_WRONG += [{"x": 1}, {"name": "N", "titles": []}, {"number": 1, "sub_item": None, "title": None}]
_WRONG += ["letter.title", "letter.title\nletter.title", "paragraphs[01]", [{"path": "letter.title", "line": 1}]]
_WRONG += [{"path": "letter.title", "line": 1, "page": None, "x": 1}, {"path": "letter.title", "line": 0, "page": 1}]

_FULL_DICT = ud.to_dict(FULL)


@pytest.mark.parametrize("path", list(_paths(_FULL_DICT)), ids=lambda p: ".".join(map(str, p)))
def test_every_field_refuses_what_the_careful_converter_refuses(path: tuple[str | int, ...]) -> None:
    """Every value of every JSON type, at every place of a full document, is judged as the careful converter does.

    The fast converter accepts it only when the careful one does (as the same document), and from_dict's verdict
    and message are the careful converter's.
    """
    for value in _WRONG:
        _check_agreement(_replaced(_FULL_DICT, path, value))


@given(st.data())
def test_the_fast_converter_is_never_laxer_than_the_careful_one(data: st.DataObject) -> None:
    """A generated document's dict, with any place given any JSON value: the same verdict as the careful one's."""
    doc = data.draw(documents(format="json"))
    base = ud.to_dict(doc)
    json_values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
        max_leaves=6,
    )
    for _ in range(3):
        path = data.draw(st.sampled_from([("schema_version",), *_paths(base)]))
        value = data.draw(st.sampled_from(_WRONG) | json_values)
        _check_agreement(_replaced(base, path, value))


def test_the_provenance_hook_builds_anchors_as_their_class_would() -> None:
    """The fast converter's provenance hook builds anchors without their validators.

    That is right only while `Anchor` has exactly the fields it fills, no converter and no post-init check.
    """
    assert tuple(a.name for a in attrs.fields(ud.Anchor)) == _json_hooks._ANCHOR_FIELDS
    assert not any(a.converter for a in attrs.fields(ud.Anchor))
    assert not hasattr(ud.Anchor, "__attrs_post_init__")
    assert ud_json._FAST.get_structure_hook(tuple[ud.Anchor, ...]) is _json_hooks._structure_anchors


_ANCHOR_VALUES = st.one_of(
    st.none(),
    st.integers(-2, 3),
    st.sampled_from([True, 1.0, 2**70, "1", "letter.title", "paragraphs[0]", "annexes[10].statement.title"]),
    st.sampled_from(["paragraphs[01]", "letter.title\nletter.title", "letter.title\n", "", [], {}]),
    st.text(max_size=6),
)


@given(
    st.lists(
        st.dictionaries(st.sampled_from(["path", "line", "page", "x"]), _ANCHOR_VALUES, min_size=2, max_size=4)
        | st.builds(
            lambda path, line, page: {"path": path, "line": line, "page": page},
            _ANCHOR_VALUES,
            _ANCHOR_VALUES,
            _ANCHOR_VALUES,
        ),
        max_size=4,
    )
)
@example([{"path": "letter.title", "line": 3, "page": None}, {"path": "paragraphs[2]", "line": None, "page": 1}])
@example([{"path": "letter.title\nletter.title", "line": 3, "page": None}])
@example([{"path": "letter.title", "line": 0, "page": None}])
@example([{"path": "letter.title", "line": 1, "page": False}])
def test_the_provenance_hook_accepts_exactly_what_anchor_accepts(items: list[dict[str, object]]) -> None:
    """Anchors read by the fast hook are those Anchor(**item) makes; what one of them refuses, the hook refuses."""
    try:
        expected: tuple[ud.Anchor, ...] | None = tuple(ud.Anchor(**item) for item in items)  # type: ignore[arg-type]
        if any(len(item) != 3 for item in items):
            expected = None  # an unknown key
    except (TypeError, ValueError):
        expected = None
    try:
        got: tuple[ud.Anchor, ...] | None = _json_hooks._structure_anchors(items, None)
    except Exception:
        got = None
    assert got == expected
    if got is not None:
        assert all(type(a) is ud.Anchor for a in got)
        assert [attrs.asdict(a) for a in got] == items
        assert hash(got) == hash(expected)


def test_the_provenance_hook_remembers_only_valid_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    """Paths seen valid are remembered (a set lookup the next time), invalid ones never; the memory is bounded."""
    monkeypatch.setattr(_json_hooks, "_VALID_PATHS", set())
    good = {"path": "annexes[7].statement.paragraphs[3]", "line": 5, "page": None}
    bad = {"path": "annexes[7].statement.paragraphs[03]", "line": 5, "page": None}
    assert _json_hooks._structure_anchors([good], None) == (ud.Anchor(**good),)  # type: ignore[arg-type]
    assert {good["path"]} == _json_hooks._VALID_PATHS
    for _ in range(2):
        with pytest.raises(ValueError, match="not anchors"):
            _json_hooks._structure_anchors([good, bad], None)
    assert {good["path"]} == _json_hooks._VALID_PATHS
    monkeypatch.setattr(_json_hooks, "_MAX_VALID_PATHS", 1)
    other = {**good, "path": "letter.title"}
    assert _json_hooks._structure_anchors([other], None) == (ud.Anchor(**other),)  # type: ignore[arg-type]
    assert {good["path"]} == _json_hooks._VALID_PATHS


def test_from_dict_reads_tuples_and_dict_subclasses() -> None:
    """Data a caller may build in Python (tuples for arrays, an OrderedDict) is read too."""
    data: dict[str, object] = dict(ud.to_dict(FULL))
    data["organs"] = tuple(ud.to_dict(FULL)["organs"])  # type: ignore[arg-type]
    assert ud.from_dict(data) == FULL
    assert ud.from_dict(OrderedDict(ud.to_dict(FULL))) == FULL


@given(documents(format="json"))
@example(REFERENCE)
@example(FULL)
def test_both_converters_write_the_same_dict(doc: ud.Document) -> None:
    """The careful converter (to_dict) and the fast one (to_json) write the same values, key for key, in order."""
    assert json.dumps(ud.to_dict(doc)) == json.dumps(ud_json._FAST.unstructure(doc), default=_plain)


def _plain(value: object) -> object:
    """What orjson writes for what the fast converter leaves to it: tuples, enums, dates."""
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(value)


def test_no_code_is_generated_here() -> None:
    """The modules build their converters from cattrs' functions: no exec or eval of their own."""
    for module in (ud_json, _json_hooks):
        source = Path(str(module.__file__)).read_text(encoding="utf-8")
        assert "exec(" not in source
        assert "eval(" not in source


# ---------------------------------------------------------------------------------------------------------------
# orjson and the stdlib


class _Backend:
    """to_json and from_json with the text written and parsed by orjson, or by the stdlib alone."""

    def __init__(self, use_orjson: bool) -> None:
        self.use_orjson = use_orjson

    def _run(self, fn: Any, *args: Any) -> Any:
        saved, ud_json._use_orjson = ud_json._use_orjson, self.use_orjson
        try:
            return fn(*args)
        finally:
            ud_json._use_orjson = saved

    def dumps(self, doc: ud.Document, indent: int | None) -> str:
        text: str = self._run(lambda: ud.to_json(doc, indent=indent))
        return text

    def loads(self, text: str | bytes) -> ud.Document:
        doc: ud.Document = self._run(ud.from_json, text)
        return doc


STDLIB, ORJSON = _Backend(False), _Backend(True)
needs_orjson = pytest.mark.skipif(
    importlib.util.find_spec("orjson") is None, reason="the fast extra (orjson) is not installed"
)


@needs_orjson
def test_orjson_is_the_default_when_installed() -> None:
    """The fast extra is used when it is there, with cattrs' orjson converter."""
    assert ud_json._use_orjson
    assert type(ud_json._FAST).__name__ == "OrjsonConverter"


@needs_orjson
def test_json_dumps_writes_what_the_stdlib_writes() -> None:
    """json_dumps (for the corpus's JSON Lines) gives the stdlib's compact and indented text."""
    values: ud_json.JsonValue = {"a": [1, None, True, "é\u2028"], "b": {"c": -(2**70)}, "d": "\ud800"}
    assert ud_json.json_dumps(values) == json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    for indent in (2, 4):
        assert ud_json.json_dumps(values, indent=indent) == json.dumps(values, ensure_ascii=False, indent=indent)


@needs_orjson
@given(documents(format="json"), st.sampled_from([None, 2, 0, 4]))
@example(REFERENCE, None)
@example(REFERENCE, 2)
@example(FULL, None)
def test_orjson_and_the_stdlib_write_the_same_text(doc: ud.Document, indent: int | None) -> None:
    """to_json gives byte for byte the same text with orjson as with the stdlib, compact or indented."""
    text = ORJSON.dumps(doc, indent)
    assert text.encode() == STDLIB.dumps(doc, indent).encode()
    assert ORJSON.loads(text) == STDLIB.loads(text) == doc


def _outcome(loads: Any, text: str | bytes) -> ud.Document | str:
    try:
        result: ud.Document = loads(text)
    except ud.DataError as e:
        return f"DataError: {e}"
    return result


_REF_TEXT = ud.to_json(REFERENCE)


@needs_orjson
@pytest.mark.parametrize(
    "text",
    [
        _REF_TEXT,
        _REF_TEXT.encode("utf-8"),
        _REF_TEXT.encode("utf-16"),  # the stdlib reads UTF-16 and UTF-32 bytes; orjson does not
        b"\xef\xbb\xbf" + _REF_TEXT.encode("utf-8"),  # a byte order mark
        "\ufeff" + _REF_TEXT,
        _REF_TEXT.replace('"number":30', '"number":100000000000000000000000000000'),  # beyond 64 bits
        _REF_TEXT.replace('"number":30', '"number":NaN'),  # not JSON, but the stdlib reads it
        _REF_TEXT.replace('"number":30', '"number":30.0'),
        _REF_TEXT.replace('"schema_version":2', '"schema_version":18446744073709551618'),
        _REF_TEXT.replace("Prevention", "\\ud800Prevention"),  # a lone surrogate
        _REF_TEXT.replace("Prevention", "Prevention\\u0000"),
        _REF_TEXT.replace('"organs"', '"organs":[],"organs"'),  # a key twice: the last one counts
        "",
        "[]",
        '{"schema_version": ' + "9" * 5000 + "}",
        "[" * 100_000 + "]" * 100_000,
        b"\xff\xfe not utf-8",
    ],
    ids=lambda t: repr(t[:12]) + f"...{len(t)}",
)
def test_orjson_and_the_stdlib_read_the_same_documents_and_errors(text: str | bytes) -> None:
    """from_json reads the same document, or refuses with the same message, with orjson as with the stdlib."""
    assert _outcome(ORJSON.loads, text) == _outcome(STDLIB.loads, text)


def test_from_json_works_with_the_stdlib_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without orjson the stdlib path does all: round trips, and refusals naming the path."""
    monkeypatch.setattr(ud_json, "_use_orjson", False)
    assert ud.from_json(ud.to_json(REFERENCE)) == REFERENCE
    assert ud.to_json(REFERENCE, indent=2) == json.dumps(json.loads(_REF_TEXT), ensure_ascii=False, indent=2)
    with pytest.raises(ud.DataError, match=r"agenda_items\[0\]\.number"):
        ud.from_json(_REF_TEXT.replace('"number":30', '"number":"30"'))


def test_the_stdlib_json_converter_reads_and_writes_as_the_orjson_one() -> None:
    """Without orjson the fast converter is cattrs' stdlib json one: configured, it reads and writes the same."""
    conv = ud_json.configure(cattrs.preconf.json.make_converter(detailed_validation=False, forbid_extra_keys=True))
    assert conv.unstructure(FULL) == ud.to_dict(FULL)
    assert conv.structure(ud.to_dict(FULL), ud.Document) == FULL
    data = ud.to_dict(FULL)
    data["organs"] = ["General Assembly", "Trusteeship Council"]
    with pytest.raises(Exception):  # noqa: B017, PT011 - the fast converter raises; from_dict then says where
        conv.structure(data, ud.Document)
    for extra in ({"name": "N", "titles": [], "x": 1}, {"name": "N", "x": 1}):  # one key too many; one for another
        with pytest.raises(Exception):  # noqa: B017, PT011
            conv.structure(extra, ud.Signature)
