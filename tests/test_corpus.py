"""Real documents: every labelled field of the shared corpus, and no word lost.

The corpus (``conftest.CORPUS``: ``UNGA_DOCS_CORPUS``, default ``../shared/corpus``) holds real UN letters with what
a careful reader sees in each. Texts are read from there, never copied into the project. Field comparison follows
``shared/tools/corpus_score.py``: whitespace collapsed, case ignored, curly and straight apostrophes alike.

The few fields this library still reads differently from the labels are listed in ``KNOWN_MISSES`` with the
reason: the test fails when a listed miss is fixed (so the list shrinks) as well as when a new one appears.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import unga_docs as ud
from conftest import CORPUS, corpus_missing, corpus_params

LABELS: dict[str, dict[str, Any]] = (
    {lab["file"]: lab for lab in json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))}
    if corpus_missing() is None
    else {}
)
WORD = re.compile(r"[^\W\d_]+|[0-9]+")  # runs of letters or of digits: "General1" is two words

#: file -> {field: why it is still missed}. Paragraph counts of pdftotext output are rebuilt from line layout,
#: which character counts of a proportional font only approximate.
KNOWN_MISSES: dict[str, dict[str, str]] = {
    "t013.txt": {"paragraph_count": "a full line ends a sentence and the next paragraph's indent is not visible"},
    "t015.txt": {"paragraph_count": "in-body side headings ('Capabilities', ...) are kept as paragraphs"},
    "t016.txt": {"paragraph_count": "a vote tally's list of States wraps at 'Saint' / 'Vincent ...'"},
    "t019.txt": {"paragraph_count": "a full line ends a sentence and the next paragraph's indent is not visible"},
    "t021.txt": {"paragraph_count": "a full line ends a sentence and the next paragraph's indent is not visible"},
    "t025.txt": {"paragraph_count": "a full line ends a sentence and the next paragraph's indent is not visible"},
    "t029.txt": {"paragraph_count": "a list of experts whose lines are nearly full"},
    "t031.txt": {"paragraph_count": "in-body side headings ('Observations', ...) are kept as paragraphs"},
}


def _norm(x: object) -> object:
    if isinstance(x, (list, tuple)):
        return [_norm(y) for y in x]
    if isinstance(x, str):
        return " ".join(x.split()).replace("\u2019", "'").casefold()
    return x


def _val(x: object) -> object:
    if x is None or isinstance(x, (str, int)):
        return x
    if isinstance(x, dt.date):
        return x.isoformat()
    value = getattr(x, "value", None)
    return value if value is not None else str(x)


def _fields(lab: dict[str, Any], doc: ud.Document) -> dict[str, tuple[object, object]]:
    """(got, want) for every field the label gives."""
    out: dict[str, tuple[object, object]] = {}
    if lab.get("symbols") is not None:
        out["symbols"] = (
            sorted(str(s).replace("\u2013", "-") for s in doc.symbols),
            sorted(s.replace("\u2013", "-") for s in lab["symbols"]),
        )
    if lab.get("organs"):
        out["organs"] = (sorted(o.value for o in doc.organs), sorted(lab["organs"]))
    for name in ("distribution", "date", "original_language"):
        if lab.get(name):
            out[name] = (_val(getattr(doc, name)), lab[name])
    sessions = {s.organ.value: s.number for s in doc.sessions}
    session = lab.get("session") or {}
    if session.get("ga_session"):
        out["ga_session"] = (sessions.get("General Assembly"), session["ga_session"])
    if session.get("sc_year"):
        out["sc_year"] = (sessions.get("Security Council"), session["sc_year"])
    if lab.get("agenda_items"):
        out["agenda_items"] = (
            [[a.number, a.sub_item, a.title] for a in doc.agenda_items],
            [[a["number"], a.get("sub_item"), a.get("title")] for a in lab["agenda_items"]],
        )
    letter = doc.letter
    want = lab.get("letter") or {}
    for name in ("kind", "title", "date", "sender"):
        if want.get(name) is not None:
            out[f"letter.{name}"] = (_val(getattr(letter, name, None)), want[name])
    if want.get("sender_states"):
        out["letter.sender_states"] = (list(letter.sender_states if letter else ()), want["sender_states"])
    if want.get("addressees"):
        out["letter.addressees"] = (list(letter.addressees if letter else ()), want["addressees"])
    if lab.get("complete"):
        if lab.get("paragraph_count"):
            out["paragraph_count"] = (len(letter.paragraphs) if letter else 0, lab["paragraph_count"])
        if lab.get("signatories") is not None:
            sigs = letter.signatures if letter else ()
            out["signatories"] = ([s.name for s in sigs], [s["name"] for s in lab["signatories"]])
            out["signature titles"] = (
                [list(s.titles) for s in sigs],
                [s.get("titles") or [] for s in lab["signatories"]],
            )
        if lab.get("annexes") is not None:
            out["annex count"] = (len(doc.annexes), len(lab["annexes"]))
            for i, (got, exp) in enumerate(zip(doc.annexes, lab["annexes"], strict=False)):
                statement = got.statement.title if got.statement else None
                for name, value in (("label", got.label), ("heading", got.heading), ("statement_title", statement)):
                    if exp.get(name):
                        out[f"annex {i} {name}"] = (value, exp[name])
    return out


@pytest.fixture(scope="module")
def documents(corpus: Path) -> dict[str, tuple[str, ud.Document]]:
    """Every corpus document, read once: no document may raise."""
    return {name: (text, ud.parse(text)) for name in LABELS for text in [(corpus / name).read_text("utf-8")]}


@pytest.mark.parametrize("name", corpus_params(lambda _: sorted(LABELS)))
def test_labelled_fields(name: str, documents: dict[str, tuple[str, ud.Document]]) -> None:
    """Every labelled field of the document is read as the label says, except the known, explained misses."""
    _, doc = documents[name]
    misses = {
        field: f"got {got!r:.120}, want {want!r:.120}"
        for field, (got, want) in _fields(LABELS[name], doc).items()
        if _norm(got) != _norm(want)
    }
    assert sorted(misses) == sorted(KNOWN_MISSES.get(name, {})), misses


def test_field_accuracy_over_the_corpus(documents: dict[str, tuple[str, ud.Document]]) -> None:
    """The share of labelled fields read right, over the whole corpus (reported; the goal is 100 %)."""
    total = right = 0
    for name, (_, doc) in documents.items():
        for got, want in _fields(LABELS[name], doc).values():
            total += 1
            right += _norm(got) == _norm(want)
    print(f"\ncorpus: {right}/{total} labelled fields right = {100 * right / total:.1f}%")
    assert right / total >= 0.98


def _words(text: str) -> collections.Counter[str]:
    return collections.Counter(w.casefold() for w in WORD.findall(text))


@pytest.mark.parametrize("name", corpus_params(lambda _: sorted(LABELS)))
def test_no_word_is_lost(name: str, documents: dict[str, tuple[str, ud.Document]]) -> None:
    """Every word of the source lands in the model (as written by to_text) or in a diagnostic."""
    text, doc = documents[name]
    kept = _words(ud.to_text(doc))
    for d in doc.diagnostics:
        kept.update(_words(d.text))
    lost = _words(text) - kept
    assert not lost, f"words lost: {dict(lost)}"


@pytest.mark.parametrize("name", corpus_params(lambda _: sorted(n for n, lab in LABELS.items() if lab.get("complete"))))
def test_words_outside_furniture_land_in_the_model(name: str, documents: dict[str, tuple[str, ud.Document]]) -> None:
    """In a complete document, every word outside the labelled furniture is in the model itself.

    Allowed outside the model: the labelled furniture, and the lines the model keeps in another form or not at
    all, each reported as a diagnostic (the logo line, a translation's language line, an annexed resolution's
    own masthead, "[Original: ...]" notes).
    """
    text, doc = documents[name]
    furniture = collections.Counter[str]()
    for line in LABELS[name].get("furniture") or []:
        for _ in range(text.count(line)):
            furniture.update(_words(line))
    reported = collections.Counter[str]()
    for d in doc.diagnostics:
        if d.kind is not ud.DiagnosticKind.UNPLACED:
            reported.update(_words(d.text))
    outside = _words(text) - furniture
    missing = outside - _words(ud.to_text(doc)) - reported
    share = 1 - sum(missing.values()) / max(1, sum(outside.values()))
    assert not missing, f"{share:.2%} of the words landed; lost: {dict(missing)}"


# -- corpus tests cannot vanish: skipped with the reason without the folder, failing where it is required ----------

_TINY_TESTS = """
import pytest
from conftest import corpus_params


@pytest.mark.parametrize("name", corpus_params(lambda corpus: sorted(p.name for p in corpus.iterdir())))
def test_each_file(name):
    assert name.endswith(".txt")


def test_uses_the_folder(corpus):
    assert corpus.is_dir()


def test_skips_itself(corpus):
    pytest.skip("nothing to check here")


def test_needs_no_corpus():
    assert True
"""


def _run_tiny(tmp_path: Path, corpus: Path, *, require: bool) -> tuple[int, str]:
    """Run a tiny test module beside a copy of this conftest.py, in its own pytest process."""
    (tmp_path / "conftest.py").write_text(Path(__file__).with_name("conftest.py").read_text("utf-8"), "utf-8")
    (tmp_path / "test_tiny.py").write_text(_TINY_TESTS, "utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\n", "utf-8")
    env = {k: v for k, v in os.environ.items() if k != "UNGA_DOCS_REQUIRE_CORPUS"}
    env["UNGA_DOCS_CORPUS"] = str(corpus)
    env["COLUMNS"] = "1000"  # skip reasons in full
    if require:
        env["UNGA_DOCS_REQUIRE_CORPUS"] = "1"
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-v", "-rfE", "-p", "no:cacheprovider", "test_tiny.py"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return run.returncode, run.stdout + run.stderr


def _outcomes(output: str) -> dict[str, int]:
    last = output.strip().splitlines()[-1]
    return {word: int(n) for n, word in re.findall(r"(\d+) (passed|skipped|failed|errors?)", last)}


@pytest.mark.slow
def test_without_the_corpus_its_tests_are_skipped_with_the_reason(tmp_path: Path) -> None:
    """No folder: every corpus test is reported SKIPPED, naming the folder; none vanishes at collection."""
    missing = tmp_path / "no-such-corpus"
    (tmp_path / "run").mkdir()
    code, output = _run_tiny(tmp_path / "run", missing, require=False)
    assert code == 0, output
    assert _outcomes(output) == {"passed": 1, "skipped": 3}, output
    for test in ("test_each_file[no-corpus]", "test_uses_the_folder", "test_skips_itself"):  # one case each
        assert f"{test} SKIPPED (no corpus folder at {missing}" in output, output


@pytest.mark.slow
def test_where_the_corpus_is_required_a_missing_one_fails(tmp_path: Path) -> None:
    """UNGA_DOCS_REQUIRE_CORPUS=1 and no folder: the corpus tests fail (at set-up), the run fails."""
    (tmp_path / "run").mkdir()
    code, output = _run_tiny(tmp_path / "run", tmp_path / "no-such-corpus", require=True)
    assert code == 1, output
    assert _outcomes(output) == {"passed": 1, "error": 3} or _outcomes(output) == {"passed": 1, "errors": 3}, output
    assert "UNGA_DOCS_REQUIRE_CORPUS is set, but no corpus folder at" in output


@pytest.mark.slow
def test_where_the_corpus_is_required_a_skipped_corpus_test_fails(tmp_path: Path) -> None:
    """With the folder, corpus tests run; required, a corpus test that skips itself fails; optional, it skips."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text("x", "utf-8")
    (tmp_path / "optional").mkdir()
    code, output = _run_tiny(tmp_path / "optional", folder, require=False)
    assert code == 0, output
    assert _outcomes(output) == {"passed": 4, "skipped": 1}, output
    (tmp_path / "required").mkdir()
    code, output = _run_tiny(tmp_path / "required", folder, require=True)
    assert code == 1, output
    assert _outcomes(output) == {"passed": 4, "failed": 1}, output
    assert "a corpus test was skipped while UNGA_DOCS_REQUIRE_CORPUS is set: nothing to check here" in output
