"""The README's commands are the ones CI runs, and its Python example runs, so they stay true."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _readme_commands() -> list[str]:
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", README, re.S)]


def _python_example() -> str:
    """The README's first Python block, as CI takes it (.ci/run)."""
    match = re.search(r"^```python\n(.*?)^```$", README, re.S | re.M)
    assert match is not None
    return match.group(1)


def test_ci_runs_the_readme_commands() -> None:
    """The install-and-run command and the test command of the README stand, as they are, in .ci/run."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    install, tests = _readme_commands()[:2]
    assert install in ci
    assert tests in ci
    assert "pip install . " in install  # the user's install: no extra
    assert "unga-docs show" in install
    assert 'pip install -e ".[dev]"' in tests  # the developer's: what the tests need
    assert "pytest" in tests


def test_the_python_example_runs_away_from_the_source_tree(tmp_path: Path) -> None:
    """The README's example runs as a script from an empty directory; each print shows what its comment says."""
    script = tmp_path / "example.py"
    script.write_text(_python_example(), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p.endswith("src"))},
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    printed = run.stdout.splitlines()
    for line in _python_example().splitlines():
        if line.startswith("print(") and "  # " in line:
            expected = line.split("  # ", 1)[1]
            assert expected in printed, (expected, printed)
