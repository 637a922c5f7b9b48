"""Shared test set-up: Hypothesis profiles and the real-document corpus."""

from __future__ import annotations

import os
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


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The corpus folder; the test is skipped only when the folder does not exist at all."""
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS} (set UNGA_DOCS_CORPUS)")
    return CORPUS
