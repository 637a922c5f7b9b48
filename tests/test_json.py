"""JSON: round trips over generated documents, the schema, and hostile input refused cleanly."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import unga_docs as ud
from unga_docs.strategies import documents

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "docs" / "schema"
#: The sha256 of every published schema file: a published version never changes.
PUBLISHED = {
    1: "538cdbcb6f8b183ca7e5dd1d2a5847e8b2a5c76bf7ecb002175897eab5e11d2f",
    2: "016bce82f34e9febbd0d39b426ade2dada0c073884021f6ea5699d7838756c35",
    3: "53da8db5ede9d681defe955d27d9a1cce3dfb62510fef48f2e20f43eb23ac872",
}
REFERENCE = ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))
VALIDATOR = jsonschema.Draft202012Validator(ud.json_schema(), format_checker=jsonschema.FormatChecker())


@given(documents(format="json"))
@example(REFERENCE)
@example(ud.Document())
def test_dict_round_trip(doc: ud.Document) -> None:
    """Every document survives to_dict -> from_dict unchanged, its provenance (left out of equality) included."""
    back = ud.from_dict(ud.to_dict(doc))
    assert doc == back
    assert back.provenance == doc.provenance


@given(documents(format="json"))
@example(REFERENCE)
def test_json_round_trip(doc: ud.Document) -> None:
    """Every document survives to_json -> from_json unchanged, compact or indented."""
    assert doc == ud.from_json(ud.to_json(doc))
    assert doc == ud.from_json(ud.to_json(doc, indent=2).encode("utf-8"))
    assert ud.from_json(ud.to_json(doc)).provenance == doc.provenance


@given(documents(format="json"))
@example(REFERENCE)
def test_dicts_validate_against_the_schema(doc: ud.Document) -> None:
    """Every to_dict output validates against json_schema() and carries the schema version."""
    data = ud.to_dict(doc)
    assert data["schema_version"] == ud.SCHEMA_VERSION
    VALIDATOR.validate(data)


def test_schema_is_valid_draft_2020_12() -> None:
    """The schema itself is a valid draft 2020-12 schema."""
    jsonschema.Draft202012Validator.check_schema(ud.json_schema())


def test_schema_is_published_for_this_version() -> None:
    """The model's schema equals the file published for SCHEMA_VERSION: a model change needs a new version."""
    path = SCHEMA_DIR / f"v{ud.SCHEMA_VERSION}.json"
    assert json.loads(path.read_text(encoding="utf-8")) == ud.json_schema(), (
        f"the model's JSON Schema changed but SCHEMA_VERSION is still {ud.SCHEMA_VERSION}: bump it and publish "
        f"docs/schema/v{ud.SCHEMA_VERSION + 1}.json (python -m unga_docs schema > ...)"
    )


@pytest.mark.parametrize("version", sorted(PUBLISHED))
def test_published_schemas_never_change(version: int) -> None:
    """A published schema file is frozen: its hash is recorded here."""
    digest = hashlib.sha256((SCHEMA_DIR / f"v{version}.json").read_bytes()).hexdigest()
    assert digest == PUBLISHED[version]


def test_every_published_version_is_recorded() -> None:
    """No schema file is published without its hash recorded, and the newest is the current version."""
    files = sorted(int(p.stem[1:]) for p in SCHEMA_DIR.glob("v*.json"))
    assert files == sorted(PUBLISHED)
    assert files[-1] == ud.SCHEMA_VERSION


def _older(version: int) -> dict[str, Any]:
    """The reference document's dict as schema *version* wrote it."""
    data = ud.to_dict(REFERENCE)
    for name in ("language", "provenance", "references"):  # version 3 added these
        del data[name]
    if version == 1:
        del data["job_number"]  # version 2 added it
    data["schema_version"] = version
    return data


@pytest.mark.parametrize("version", [1, 2])
def test_older_documents_are_read_and_brought_up_to_date(version: int) -> None:
    """Version 1 dicts (no job number) and version 2 dicts (no language, no provenance) read, new fields empty.

    Each is valid in its own schema.
    """
    data = _older(version)
    schema = json.loads((SCHEMA_DIR / f"v{version}.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    doc = ud.from_dict(data)
    assert doc == REFERENCE
    assert doc.language is None
    assert doc.provenance == ()
    assert ud.from_json(json.dumps(data)) == REFERENCE


def test_version_2_dicts_may_not_carry_the_new_fields() -> None:
    """An older version is read as it was: a field it did not have is unknown there."""
    data = {**_older(2), "references": []}
    with pytest.raises(ud.DataError, match="unknown field"):
        ud.from_dict(data)


def test_provenance_travels_through_json() -> None:
    """A parsed document's provenance is written and read back (equality leaves it out: it is checked here)."""
    assert REFERENCE.provenance
    data: dict[str, Any] = ud.to_dict(REFERENCE)
    assert data["provenance"][0] == {"path": "letter.title", "line": REFERENCE.provenance[0].line, "page": None}
    assert ud.from_dict(data).provenance == REFERENCE.provenance
    assert ud.from_json(ud.to_json(REFERENCE)).provenance == REFERENCE.provenance


def test_references_are_written_and_read_past() -> None:
    """The derived references are written for consumers; reading requires an array of strings and ignores it."""
    doc = ud.Document(
        symbols=(ud.Symbol.parse("A/77/715"),),
        paragraphs=("Recalling S/2023/1 and A/77/715 and S/2023/1.",),
        footnotes=(ud.Footnote(marker="1", text="See A/RES/77/1."),),
    )
    data = ud.to_dict(doc)
    assert data["references"] == ["S/2023/1", "A/RES/77/1"]
    assert list(data)[-1] == "references"
    VALIDATOR.validate(data)
    assert ud.from_dict({**data, "references": ["A/1/1"]}) == doc  # derived again from the text
    for bad, where, reason in ((5, "references", "expected an array"), (["A/1", 1], "references[1]", "a string")):
        with pytest.raises(ud.DataError) as info:
            ud.from_dict({**data, "references": bad})
        assert info.value.path == where
        assert reason in str(info.value)
    missing = {k: v for k, v in data.items() if k != "references"}
    with pytest.raises(ud.DataError, match=r"missing field\(s\) of Document: references") as info:
        ud.from_dict(missing)
    assert info.value.path == ""
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(missing)


def test_job_number_is_kept() -> None:
    """The job number travels through JSON and is validated."""
    doc = ud.Document(job_number="23-01234")
    assert ud.from_json(ud.to_json(doc)) == doc
    with pytest.raises(ud.DataError, match="job_number"):
        ud.from_dict({**ud.to_dict(doc), "job_number": "23-01234 (E)"})


def _ref_dict() -> dict[str, Any]:
    return ud.to_dict(REFERENCE)


def _set(data: dict[str, Any], path: str, value: object) -> dict[str, Any]:
    """Return *data* with the value at a dotted path (``letter.signatures.0.name``) replaced."""
    node: Any = data
    keys = path.split(".")
    for k in keys[:-1]:
        node = node[int(k)] if isinstance(node, list) else node[k]
    last = keys[-1]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "where", "reason"),
    [
        ("letter.signatures.0.name", 5, "letter.signatures[0].name", "expected a string"),
        ("letter.signatures.0.name", "", "letter.signatures[0].name", "must not be empty"),
        ("letter.title", "two\nlines", "letter.title", "collapsed"),
        ("date", "20 January 2023", "date", "YYYY-MM-DD"),
        ("date", "2023-02-30", "date", "not a real date"),
        ("date", 20230120, "date", "date as a string"),
        ("organs", ["General Assembly", "Trusteeship Council"], "organs[1]", "expected one of"),
        ("organs", "General Assembly", "organs", "expected an array"),
        ("distribution", "general", "distribution", "expected one of"),
        ("agenda_items.0.number", True, "agenda_items[0].number", "expected an integer"),
        ("agenda_items.0.number", 0, "agenda_items[0].number", "from 1 to"),
        ("agenda_items.0.number", 10**30, "agenda_items[0].number", "from 1 to"),
        ("agenda_items.0.sub_item", "B", "agenda_items[0].sub_item", "lower-case"),
        ("sessions.0.number", 1.5, "sessions[0].number", "expected an integer"),
        ("symbols", ["A/77/715", "not a symbol"], "symbols[1]", "not a document symbol"),
        ("letter", [], "letter", "expected an object"),
        ("language", "english", "language", "expected one of"),
        ("provenance.0.path", "letter.body", "provenance[0].path", "must be the path"),
        ("provenance.0.line", 0, "provenance[0].line", "from 1"),
        ("provenance.0.page", "2", "provenance[0].page", "expected an integer"),
        ("provenance.0", {"path": "letter.title", "line": 1}, "provenance[0]", "missing field(s) of Anchor: page"),
        ("annexes.0.statement.date", None, "", ""),  # null is allowed: a control
        ("provenance.0.page", None, "", ""),  # a control
    ],
)
def test_bad_values_are_refused_with_their_path(path: str, value: object, where: str, reason: str) -> None:
    """A wrong value gives a DataError naming its path and the reason, never a bare KeyError or TypeError."""
    data = _set(_ref_dict(), path, value)
    if not reason:
        ud.from_dict(data)
        return
    with pytest.raises(ud.DataError) as info:
        ud.from_dict(data)
    assert info.value.path == where
    assert reason in str(info.value)


def test_missing_and_extra_fields_are_refused() -> None:
    """Every field is required and no other is allowed, at every level."""
    data = _ref_dict()
    del data["letter"]["signatures"][0]["titles"]
    with pytest.raises(ud.DataError, match=r"letter\.signatures\[0\]: missing field\(s\) of Signature: titles"):
        ud.from_dict(data)
    data = _ref_dict()
    data["annexes"][0]["colour"] = "blue"
    with pytest.raises(ud.DataError, match=r"annexes\[0\]: unknown field\(s\): colour"):
        ud.from_dict(data)
    data = _ref_dict()
    data["diagnostics"] = []
    with pytest.raises(ud.DataError, match="unknown field"):
        ud.from_dict(data)


@pytest.mark.parametrize("version", [None, 0, 4, "1", True, 1.0, 2.0, 3.0])
def test_unknown_schema_versions_are_refused(version: object) -> None:
    """from_dict reads its own version only; a missing version is refused too."""
    data = _ref_dict()
    if version is None:
        del data["schema_version"]
    else:
        data["schema_version"] = version
    with pytest.raises(ud.DataError, match="schema_version"):
        ud.from_dict(data)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[]",
        "null",
        '"a string"',
        "[" * 100_000 + "]" * 100_000,
        '{"schema_version": 1, "symbols": ' + "[" * 5000 + "]" * 5000 + "}",
        '{"schema_version": 1' + ', "x": 1' * 3 + "}",
        '{"schema_version": ' + "9" * 5000 + "}",
        b"\xff\xfe not utf-8",
    ],
)
def test_hostile_json_gives_a_data_error(text: str | bytes) -> None:
    """Broken, deep, huge or foreign JSON gives a DataError, never another exception."""
    with pytest.raises(ud.DataError):
        ud.from_json(text)


def test_a_huge_string_is_refused_quickly_and_cleanly() -> None:
    """A 50 MB string where a date belongs is refused with a short message."""
    data = _ref_dict()
    data["date"] = "x" * 50_000_000
    with pytest.raises(ud.DataError) as info:
        ud.from_json(json.dumps(data))
    assert len(str(info.value)) < 200


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(), lambda c: st.lists(c) | st.dictionaries(st.text(), c)
    )
)
def test_arbitrary_json_values_never_escape(value: object) -> None:
    """from_dict on any JSON value returns a Document (which round-trips) or raises DataError."""
    data = value if isinstance(value, dict) else {"schema_version": 1, "letter": value}
    try:
        doc = ud.from_dict(data)
    except ud.DataError:
        return
    assert isinstance(doc, ud.Document)
    assert ud.from_dict(ud.to_dict(doc)) == doc


def test_to_dict_refuses_a_non_document() -> None:
    """to_dict says what it was given."""
    with pytest.raises(TypeError, match="Document"):
        ud.to_dict("nope")  # type: ignore[arg-type]


def test_dates_and_enums_are_written_as_printed() -> None:
    """Dates are ISO 8601, enums their printed values, symbols their canonical strings."""
    doc = ud.Document(
        symbols=(ud.Symbol.parse("A/65/695"), ud.Symbol.parse("S/2011/31")),
        organs=(ud.Organ.GENERAL_ASSEMBLY, ud.Organ.SECURITY_COUNCIL),
        date=dt.date(2011, 2, 1),
    )
    data = ud.to_dict(doc)
    assert data["symbols"] == ["A/65/695", "S/2011/31"]
    assert data["organs"] == ["General Assembly", "Security Council"]
    assert data["date"] == "2011-02-01"
    assert next(iter(data)) == "schema_version"


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda n: ud.Session(organ=ud.Organ.GENERAL_ASSEMBLY, number=n), ("Session", "number")),
        (lambda n: ud.AgendaItem(number=n), ("AgendaItem", "number")),
    ],
)
def test_the_schema_states_the_models_limits(make: Any, field: tuple[str, str]) -> None:
    """The schema's minimum and maximum are the model's: the model takes both and refuses one beyond either."""
    cls, name = field
    schema: Any = ud.json_schema()
    low, high = (schema["$defs"][cls]["properties"][name][key] for key in ("minimum", "maximum"))
    make(low), make(high)
    for beyond in (low - 1, high + 1):
        with pytest.raises(ud.ValidationError):
            make(beyond)


def test_the_schema_states_the_models_job_number() -> None:
    """The schema's job number pattern is the model's."""
    schema: Any = ud.json_schema()
    pattern = schema["properties"]["job_number"]["anyOf"][0]["pattern"]
    for job in ("23-01234", "2-01234", "23-0123", "23-012345", "23 01234"):
        ok = bool(re.fullmatch(pattern, job))
        try:
            ud.Document(job_number=job)
        except ud.ValidationError:
            assert not ok, job
        else:
            assert ok, job
