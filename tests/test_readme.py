"""The README's commands are the ones CI runs, so they stay true."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", text, re.S)]


def test_ci_runs_the_readme_commands() -> None:
    """The install-and-run command and the test command of the README stand, as they are, in .ci/run."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    install, tests = _readme_commands()[:2]
    assert install in ci
    assert tests in ci
    assert "unga-docs show" in install
