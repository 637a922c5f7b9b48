"""JSON round trip of a reference-size document: unga_docs against the stdlib json floor and pydantic v2.

The contenders carry the same data, the reference document, and write the very same JSON text (checked below):

- floor: ``json.loads(json.dumps(data))`` of the plain dict (no model, no validation: the least any JSON round
  trip of this data can cost with the stdlib); with orjson installed, orjson's floor too;
- pydantic: the equivalent pydantic v2 model, strict, frozen, refusing unknown keys, with the same types (enums,
  dates, tuples, optional fields); ``model_dump_json`` then ``model_validate_json``. It checks the types only;
- pydantic, same guarantees: that model with the checks unga_docs' validators make too (each text non-empty, on
  one line, white space collapsed, no control character; numbers in range; sub-items, footnote markers and job
  numbers in their forms), as a pydantic user would write them (constraints checked in Rust);
- unga_docs: ``from_json(to_json(doc))`` with every validator, through the stdlib json module and, with the
  ``fast`` extra installed, through orjson (the default then).

Run: ``python benchmarks/bench_json.py``. Ratios are to the figures named, measured in the same run. Times are CPU
time of this process (the cores are shared: wall time would count other people's work), each contender timed in
several rounds, in turn, keeping its best.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

sys.path.insert(0, str(Path(__file__).resolve().parent))

import attrs
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

import unga_docs as ud
import unga_docs.formats.json as ud_json
from _timing import fmt
from unga_docs.enums import Distribution, Language, Organ, SessionKind

try:
    import orjson
except ImportError:  # pragma: no cover - the fast extra is optional
    orjson = None  # type: ignore[assignment]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class PSignature(_Frozen):
    name: str
    titles: tuple[str, ...]


class PStatement(_Frozen):
    title: str
    date: dt.date | None
    paragraphs: tuple[str, ...]
    signatures: tuple[PSignature, ...]


class PAnnex(_Frozen):
    label: str | None
    heading: str | None
    paragraphs: tuple[str, ...]
    signatures: tuple[PSignature, ...]
    statement: PStatement | None


class PLetter(_Frozen):
    title: str
    paragraphs: tuple[str, ...]
    signatures: tuple[PSignature, ...]


class PAgendaItem(_Frozen):
    number: int
    sub_item: str | None
    title: str | None


class PSession(_Frozen):
    organ: Organ
    number: int
    kind: SessionKind


class PFootnote(_Frozen):
    marker: str
    text: str


class PAnchor(_Frozen):
    path: str
    line: int | None
    page: int | None


class PDocument(_Frozen):
    schema_version: int
    symbols: tuple[str, ...]
    organs: tuple[Organ, ...]
    distribution: Distribution | None
    date: dt.date | None
    original_language: Language | None
    language: Language | None
    sessions: tuple[PSession, ...]
    agenda_items: tuple[PAgendaItem, ...]
    paragraphs: tuple[str, ...]
    letter: PLetter | None
    annexes: tuple[PAnnex, ...]
    footnotes: tuple[PFootnote, ...]
    job_number: str | None
    provenance: tuple[PAnchor, ...]
    references: tuple[str, ...]


# The same model with unga_docs' guarantees, as constraints (the Rust regex engine has no surrogates to refuse).
Text = Annotated[str, StringConstraints(pattern=r"^[^\s\p{Cc}]+(?: [^\s\p{Cc}]+)*$")]
Symbol = Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Za-z0-9.()* /-]*$")]
SubItem = Annotated[str, StringConstraints(pattern=r"^[a-z]{1,4}$")]
Marker = Annotated[str, StringConstraints(pattern=r"^(?:[0-9]{1,3}|[a-z]|\*{1,3}|[†‡§])$")]
JobNumber = Annotated[str, StringConstraints(pattern=r"^[0-9]{2}-[0-9]{5}$")]


class GSignature(_Frozen):
    name: Text
    titles: tuple[Text, ...]


class GStatement(_Frozen):
    title: Text
    date: dt.date | None
    paragraphs: tuple[Text, ...]
    signatures: tuple[GSignature, ...]


class GAnnex(_Frozen):
    label: Text | None
    heading: Text | None
    paragraphs: tuple[Text, ...]
    signatures: tuple[GSignature, ...]
    statement: GStatement | None


class GLetter(_Frozen):
    title: Text
    paragraphs: tuple[Text, ...]
    signatures: tuple[GSignature, ...]


class GAgendaItem(_Frozen):
    number: Annotated[int, Field(ge=1, le=9999)]
    sub_item: SubItem | None
    title: Text | None


class GSession(_Frozen):
    organ: Organ
    number: Annotated[int, Field(ge=1, le=199)]
    kind: SessionKind


class GFootnote(_Frozen):
    marker: Marker
    text: Text


class GAnchor(_Frozen):
    path: Annotated[str, StringConstraints(pattern=r"^[a-z_]+(?:\[[0-9]+\])?(?:\.[a-z_]+(?:\[[0-9]+\])?)*$")]
    line: Annotated[int, Field(ge=1)] | None
    page: Annotated[int, Field(ge=1)] | None


class GDocument(_Frozen):
    schema_version: int
    symbols: tuple[Symbol, ...]
    organs: tuple[Organ, ...]
    distribution: Distribution | None
    date: dt.date | None
    original_language: Language | None
    language: Language | None
    sessions: tuple[GSession, ...]
    agenda_items: tuple[GAgendaItem, ...]
    paragraphs: tuple[Text, ...]
    letter: GLetter | None
    annexes: tuple[GAnnex, ...]
    footnotes: tuple[GFootnote, ...]
    job_number: JobNumber | None
    provenance: tuple[GAnchor, ...]
    references: tuple[Symbol, ...]


def _cpu_per_call(fn: Callable[[], object], repeat: int) -> float:
    """CPU seconds one call of *fn* takes: the minimum over *repeat* loops of ~0.2 s, divided by the loop length."""
    timer = timeit.Timer(fn, timer=time.process_time)
    number, _ = timer.autorange()
    return min(timer.repeat(repeat=repeat, number=number)) / number


def _best(contenders: dict[str, Callable[[], object]], rounds: int = 3) -> dict[str, float]:
    """Seconds per call of each contender: the best of *rounds* rounds, the contenders timed in turn each round."""
    best = dict.fromkeys(contenders, float("inf"))
    for _ in range(rounds):
        for name, fn in contenders.items():
            best[name] = min(best[name], _cpu_per_call(fn, repeat=3))
    return best


def _using(backend: str, fn: Callable[[], object]) -> Callable[[], object]:
    """*fn* run with unga_docs' JSON text written and parsed by *backend* ("stdlib" or "orjson")."""
    use_orjson = backend == "orjson"

    def run() -> object:
        saved, ud_json._use_orjson = ud_json._use_orjson, use_orjson
        try:
            return fn()
        finally:
            ud_json._use_orjson = saved

    return run


def _breakdown(doc: ud.Document) -> None:
    """Where from_json's time goes: parsing the text, cattrs building the classes, the model's validators."""
    text = ud.to_json(doc)
    data = ud.to_dict(doc)
    parse = orjson.loads if orjson is not None else json.loads
    anchors = data["provenance"]
    assert isinstance(anchors, list)
    read_anchors = ud_json._FAST.get_structure_hook(tuple[ud.Anchor, ...])
    with attrs.validators.disabled():
        unvalidated = _cpu_per_call(lambda: ud.from_dict(data), repeat=5)
    parts = {
        "parse the text (orjson or stdlib)": _cpu_per_call(lambda: parse(text[:-1] + "}"), repeat=5),
        "from_dict, validators off (cattrs + the classes)": unvalidated,
        "from_dict (cattrs + the classes + validators)": _cpu_per_call(lambda: ud.from_dict(data), repeat=5),
        f"  of which the provenance ({len(anchors)} anchors, one hook)": _cpu_per_call(
            lambda: read_anchors(anchors, None), repeat=5
        ),
        "to_dict (careful converter, JSON values)": _cpu_per_call(lambda: ud.to_dict(doc), repeat=5),
        "fast converter's unstructure (for orjson)": _cpu_per_call(
            lambda: ud_json._FAST.unstructure(doc, ud.Document), repeat=5
        ),
    }
    print("Where the time goes (CPU time, best of 5):")
    for name, seconds in parts.items():
        print(f"  {name:<56}{fmt(seconds)}")


def main() -> dict[str, float]:
    """Print the table; return seconds per call by row name."""
    doc = ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))
    data = ud.to_dict(doc)
    text = ud.to_json(doc)
    plain = PDocument.model_validate_json(text)
    guarded = GDocument.model_validate_json(text)
    # The same data, the same text: every contender writes exactly unga_docs' JSON, and reads it back.
    assert (
        plain.model_dump_json()
        == guarded.model_dump_json()
        == text
        == json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    )
    assert PDocument.model_validate_json(plain.model_dump_json()) == plain
    assert GDocument.model_validate_json(guarded.model_dump_json()) == guarded
    backends = ["stdlib", *(["orjson"] if orjson is not None else [])]
    for backend in backends:
        assert _using(backend, lambda: ud.from_json(ud.to_json(doc)))() == doc
        assert _using(backend, lambda: ud.to_json(doc))() == text

    rows: dict[str, Callable[[], object]] = {
        "stdlib json floor (dumps + loads of the dict)": lambda: json.loads(json.dumps(data)),
    }
    if orjson is not None:
        rows["orjson floor (dumps + loads of the dict)"] = lambda: orjson.loads(orjson.dumps(data))
    rows["pydantic v2, types only (dump_json + validate_json)"] = lambda: PDocument.model_validate_json(
        plain.model_dump_json()
    )
    rows["pydantic v2, same guarantees"] = lambda: GDocument.model_validate_json(guarded.model_dump_json())
    for backend in backends:
        rows[f"unga_docs, {backend} (to_json + from_json)"] = _using(backend, lambda: ud.from_json(ud.to_json(doc)))
        rows[f"unga_docs, {backend}: to_json alone"] = _using(backend, lambda: ud.to_json(doc))
        # A new str each call, as from to_json: orjson and pydantic cache a str's UTF-8 form, so reading one text
        # over and over would flatter them.
        rows[f"unga_docs, {backend}: from_json alone"] = _using(backend, lambda: ud.from_json(text[:-1] + "}"))
    rows["pydantic v2, types only: validate_json alone"] = lambda: PDocument.model_validate_json(text[:-1] + "}")
    results = _best(rows)

    floor = results["stdlib json floor (dumps + loads of the dict)"]
    peer = results["pydantic v2, types only (dump_json + validate_json)"]
    guard = results["pydantic v2, same guarantees"]
    print(f"JSON round trip of the reference document ({len(text):,} characters of JSON): CPU time, best of 3 rounds")
    print(f"  {'':<56}{'time':>11}   {'/floor':>7} {'/pydantic':>10} {'/same-guar.':>12}")
    for name, seconds in results.items():
        print(f"  {name:<56}{fmt(seconds)}   x{seconds / floor:6.2f} x{seconds / peer:9.2f} x{seconds / guard:11.2f}")
    _breakdown(doc)
    return results


if __name__ == "__main__":
    main()
