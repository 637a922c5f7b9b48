"""JSON round trip of a reference-size document: unga_docs against the stdlib json floor and pydantic v2.

The three contenders carry the same data, the reference document:

- floor: ``json.loads(json.dumps(data))`` of the plain dict (no model, no validation: the least any JSON round
  trip of this data can cost with the stdlib);
- pydantic: an equivalent pydantic v2 model (frozen, with the same types), ``model_dump_json`` then
  ``model_validate_json``;
- unga_docs: ``from_json(to_json(doc))`` with the package's cattrs converter, validators included.

Run: ``python benchmarks/bench_json.py``. Ratios are to the figure named, measured in the same run.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pydantic import BaseModel, ConfigDict

import unga_docs as ud
from _timing import fmt, per_call


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
    organ: str
    number: int
    kind: str


class PFootnote(_Frozen):
    marker: str
    text: str


class PDocument(_Frozen):
    schema_version: int
    symbols: tuple[str, ...]
    organs: tuple[str, ...]
    distribution: str | None
    date: dt.date | None
    original_language: str | None
    sessions: tuple[PSession, ...]
    agenda_items: tuple[PAgendaItem, ...]
    paragraphs: tuple[str, ...]
    letter: PLetter | None
    annexes: tuple[PAnnex, ...]
    footnotes: tuple[PFootnote, ...]


def main() -> list[tuple[str, float]]:
    """Print the table; return (name, seconds per round trip) rows."""
    doc = ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))
    data = ud.to_dict(doc)
    model = PDocument.model_validate_json(json.dumps(data), strict=False)
    assert ud.from_json(ud.to_json(doc)) == doc
    assert PDocument.model_validate_json(model.model_dump_json(), strict=False) == model

    rows = [
        ("stdlib json floor (dumps + loads of the dict)", per_call(lambda: json.loads(json.dumps(data)))),
        (
            "pydantic v2 (model_dump_json + model_validate_json)",
            per_call(lambda: PDocument.model_validate_json(model.model_dump_json(), strict=False)),
        ),
        ("unga_docs (to_json + from_json)", per_call(lambda: ud.from_json(ud.to_json(doc)))),
        ("unga_docs to_json alone", per_call(lambda: ud.to_json(doc))),
        ("unga_docs from_json alone", per_call(lambda: ud.from_json(ud.to_json(doc)))),
    ]
    text = ud.to_json(doc)
    rows[-1] = ("unga_docs from_json alone", per_call(lambda: ud.from_json(text)))
    floor, peer = rows[0][1], rows[1][1]
    print(f"JSON round trip of the reference document ({len(text):,} characters of JSON)")
    for name, seconds in rows:
        print(f"  {name:<52}{fmt(seconds)}   x{seconds / floor:5.2f} floor   x{seconds / peer:5.2f} pydantic")
    return rows


if __name__ == "__main__":
    main()
