"""Shared test set-up: Hypothesis profiles, and the real-document corpus that tests read in one way.

The corpus (``UNGA_DOCS_CORPUS``, default ``../shared/corpus`` beside the project) is read where it lives, never
copied into the project. A test that needs it carries the ``corpus`` marker (`corpus_params` puts it on the cases it
makes, the `corpus` fixture on the tests that use it). Without the folder, such a test is reported as SKIPPED with a
reason naming the missing folder; no test vanishes at collection (a parametrization over the corpus gives one
"no-corpus" case). With ``UNGA_DOCS_REQUIRE_CORPUS=1`` (CI sets it) a corpus test that is skipped, for any reason,
fails instead: a missing or moved corpus cannot turn a green run into one that tested less.

Test modules import the helpers (``from conftest import CORPUS, corpus_params``): pyproject puts ``tests`` on the
path, so this module is imported once, under that name.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Iterable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=100, deadline=None)
# CI is derandomized: the examples it runs are the same every time, so a green run stays green; new inputs are
# explored by the dev profile's random runs and by the fuzz target.
settings.register_profile(
    "ci",
    max_examples=1000,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.register_profile("fast", max_examples=10, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

#: The labelled corpus of real UN documents (read from there, never copied into the project).
CORPUS = Path(os.environ.get("UNGA_DOCS_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus"))
#: Set (to anything but "" or "0") where the corpus must be there: a skipped corpus test is then a failure.
REQUIRE_CORPUS = os.environ.get("UNGA_DOCS_REQUIRE_CORPUS", "") not in ("", "0")


def corpus_missing() -> str | None:
    """Why the corpus cannot be read (the reason a corpus test is skipped), or None when it can."""
    if CORPUS.is_dir():
        return None
    return f"no corpus folder at {CORPUS} (set UNGA_DOCS_CORPUS to the folder of shared/corpus)"


def corpus_params(make: Callable[[Path], Iterable[object]], width: int = 1) -> list[object]:
    """Parametrize cases made from the corpus folder, each marked ``corpus``.

    Without the folder there is one case, "no-corpus", which is skipped (or fails, when the corpus is required)
    with the reason: the test is reported, never dropped at collection.

    Args:
        make: the cases, from the corpus folder (values, tuples of *width* values, or ``pytest.param``).
        width: the number of arguments each case gives.
    """
    if corpus_missing() is not None:
        return [pytest.param(*([None] * width), id="no-corpus", marks=pytest.mark.corpus)]
    params: list[object] = []
    for case in make(CORPUS):
        if isinstance(case, type(pytest.param())):
            params.append(pytest.param(*case.values, id=case.id, marks=(*case.marks, pytest.mark.corpus)))
        else:
            values = case if width > 1 and isinstance(case, tuple) else (case,)
            params.append(pytest.param(*values, marks=pytest.mark.corpus))
    return params


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "corpus: needs the real-document corpus (UNGA_DOCS_CORPUS); skipped without it, unless "
        "UNGA_DOCS_REQUIRE_CORPUS=1 makes that a failure",
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "corpus" in getattr(item, "fixturenames", ()) and item.get_closest_marker("corpus") is None:
            item.add_marker(pytest.mark.corpus)


def pytest_runtest_setup(item: pytest.Item) -> None:
    reason = corpus_missing()
    if reason is not None and item.get_closest_marker("corpus") is not None:
        if REQUIRE_CORPUS:
            pytest.fail(f"UNGA_DOCS_REQUIRE_CORPUS is set, but {reason}", pytrace=False)
        pytest.skip(reason)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, object, object]:
    """Where the corpus is required, a corpus test that skips (for whatever reason) fails."""
    report = yield
    if (
        REQUIRE_CORPUS
        and isinstance(report, pytest.TestReport)
        and report.skipped
        and not hasattr(report, "wasxfail")
        and item.get_closest_marker("corpus") is not None
    ):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        reason = reason.removeprefix("Skipped: ")
        report.outcome = "failed"
        report.longrepr = f"a corpus test was skipped while UNGA_DOCS_REQUIRE_CORPUS is set: {reason}"
    return report


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The corpus folder (a test that uses it is a corpus test: skipped without the folder)."""
    reason = corpus_missing()
    if reason is not None:  # pytest_runtest_setup has skipped the test already; this is for direct use
        pytest.skip(reason)
    return CORPUS
