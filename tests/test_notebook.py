"""The notebook in docs/ runs from top to bottom in a fresh kernel of this very Python, and shows what it says.

The kernel is this interpreter (the virtual environment's Python, with this unga_docs installed), through a kernel
spec written for the test: no kernel installed elsewhere on the machine can stand in for it. The test fails if any
cell raises, checks some of the outputs, and checks that the kernel ran this interpreter.

``UNGA_DOCS_REGENERATE_NOTEBOOK=1`` writes the executed notebook back to docs/, so the outputs stored there (which
readers see without running it) are the current ones.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "docs" / "explore.ipynb"
KERNEL = "unga-docs-test-python"


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The notebook, executed, with one more cell at the end that prints the kernel's interpreter."""
    jupyter = tmp_path_factory.mktemp("jupyter")
    spec = jupyter / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "Python (unga_docs tests)",
                "language": "python",
            }
        ),
        encoding="utf-8",
    )
    with pytest.MonkeyPatch.context() as env:
        env.setenv("JUPYTER_PATH", str(jupyter))  # searched first: the spec above is the one found
        env.setenv("JUPYTER_PLATFORM_DIRS", "1")  # the paths of jupyter_core 6, without its warning of them
        env.setenv("JUPYTER_RUNTIME_DIR", str(jupyter / "runtime"))  # connection files stay in the test's folder
        nb = nbformat.read(NOTEBOOK, as_version=4)  # type: ignore[no-untyped-call]
        nb.cells.append(nbformat.v4.new_code_cell("import sys\nprint(sys.executable)"))  # type: ignore[no-untyped-call]
        client = NotebookClient(nb, kernel_name=KERNEL, timeout=180, resources={"metadata": {"path": str(jupyter)}})
        client.execute()  # raises CellExecutionError, naming the cell, if any cell raises
    if os.environ.get("UNGA_DOCS_REGENERATE_NOTEBOOK") == "1":
        stored = nbformat.from_dict(json.loads(json.dumps(nb)))  # type: ignore[no-untyped-call]
        stored.cells.pop()
        stored.metadata["kernelspec"] = {
            "display_name": "Python 3 (ipykernel)",
            "language": "python",
            "name": "python3",
        }
        nbformat.write(stored, NOTEBOOK)  # type: ignore[no-untyped-call]
    return nb


def _outputs(nb: Any, source_start: str) -> list[dict[str, Any]]:
    """The outputs of the code cell whose source starts with *source_start*."""
    for cell in nb.cells:
        if cell.cell_type == "code" and cell.source.startswith(source_start):
            outputs: list[dict[str, Any]] = cell.outputs
            return outputs
    raise AssertionError(f"no cell starts with {source_start!r}")


def _text(outputs: list[dict[str, Any]]) -> str:
    return "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream")


def test_the_notebook_is_valid_and_every_cell_ran(executed: Any) -> None:
    """Every code cell ran, in order, with no error output."""
    nbformat.validate(executed)
    code = [cell for cell in executed.cells if cell.cell_type == "code"]
    assert [cell.execution_count for cell in code] == list(range(1, len(code) + 1))
    assert not [o for cell in code for o in cell.outputs if o.get("output_type") == "error"]


def test_the_kernel_is_this_python(executed: Any) -> None:
    """The notebook ran in the interpreter running the tests (the virtual environment's)."""
    assert _text(executed.cells[-1].outputs).strip() == sys.executable


def test_the_document_shows_as_its_card(executed: Any) -> None:
    """The first cell shows the document's card: masthead, agenda table, letter, annex."""
    (result,) = _outputs(executed, "import unga_docs as ud")
    html = result["data"]["text/html"]
    assert '<div class="unga-doc">' in html
    assert "Agenda items 30, 68, 73, 78, 84 and 132" in html
    assert "<td>132</td><td>The responsibility to protect" in html
    assert "<strong>(Signed) Yashar Aliyev</strong>" in html
    assert "text/markdown" in result["data"]  # the document's markdown, for front ends that prefer it


def test_the_cells_show_what_they_say(executed: Any) -> None:
    """Agenda items, the letter's parts, the statement, the diagnostics, JSON and the table come out right."""
    agenda = _text(_outputs(executed, "for item in doc.agenda_items"))
    assert agenda.splitlines()[0] == "  30  Prevention of armed conflict"
    assert len(agenda.splitlines()) == 6
    letter = _text(_outputs(executed, "letter = doc.letter"))
    assert "kind: letter" in letter
    assert "from: Permanent Representative of Azerbaijan to the United Nations ('Azerbaijan',)" in letter
    assert "to: ('Secretary-General',)" in letter
    statement = _text(_outputs(executed, "annex = doc.annexes[0]"))
    assert "Under the leadership of the Victorious Commander-in-Chief" in statement
    diagnostics = _text(_outputs(executed, "page_break ="))
    assert "page furniture (job number)" in diagnostics
    assert "same statement: True" in diagnostics
    assert '"schema_version": 3' in _text(_outputs(executed, "text = ud.to_json(doc, indent=2)"))
    (table,) = _outputs(executed, "from IPython.display import Markdown")
    assert "| statement | 8 |" in table["data"]["text/markdown"]
    (part,) = _outputs(executed, "doc.agenda_items[-1]")
    assert "<td>132</td>" in part["data"]["text/html"]
