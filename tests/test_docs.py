"""The documentation site builds with no warning, every reference resolved, and its API reference is complete."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import unga_docs as ud

ROOT = Path(__file__).resolve().parents[1]

pytest.importorskip("sphinx", reason="the docs extra is not installed: pip install -e '.[dev]'")


_SPHINX = (sys.executable, "-m", "sphinx", "-W", "--keep-going", "-n", "-q", "-b", "html")
_MODULES = ("corpus", "samples")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built as CI builds it (-W --keep-going -n), with the notebooks' stored outputs (no kernels)."""
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "UNGA_DOCS_NB_EXECUTION": "off"}
    run = subprocess.run(
        [*_SPHINX, "-d", str(out / "doctrees"), str(ROOT / "docs"), str(out / "html")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr == "", run.stderr  # not one warning
    return out / "html"


def _inventory(site: Path) -> dict[str, set[str]]:
    """The objects of the built site (objects.inv): role -> names."""
    from sphinx.util.inventory import InventoryFile

    with (site / "objects.inv").open("rb") as f:
        inventory = InventoryFile.load(f, "", lambda base, uri: uri)
    return {role: set(objects) for role, objects in inventory.items()}


def test_every_public_name_is_in_the_api_reference(site: Path) -> None:
    """Each name of unga_docs.__all__ has an entry (a module a py:module one) on the API reference page."""
    inventory = _inventory(site)
    documented = set().union(*inventory.values())
    modules = inventory.get("py:module", set())
    missing = [name for name in ud.__all__ if f"unga_docs.{name}" not in (modules if name in _MODULES else documented)]
    assert missing == []
    api = (site / "api.html").read_text(encoding="utf-8")
    assert all(f'id="unga_docs.{name}"' in api for name in ud.__all__ if name not in _MODULES)


def test_the_pages_are_in_the_site(site: Path) -> None:
    """The existing pages, the notebook, the cookbook, the changelog and the schemas (as downloads) are built."""
    pages = {p.relative_to(site).as_posix() for p in site.rglob("*.html")}
    for page in ("index", "supported", "model", "formats", "cli", "errors", "tables", "scale", "explore", "api"):
        assert f"{page}.html" in pages
    assert "architecture.html" in pages
    assert {p.stem for p in (ROOT / "docs" / "cookbook").glob("*.md")} - {
        Path(p).stem for p in pages if p.startswith("cookbook/")
    } == set()  # every recipe is built
    changelog = (site / "changelog.html").read_text(encoding="utf-8")
    assert "Unreleased" in changelog
    published = {p.name for p in (ROOT / "docs" / "schema").glob("*.json")}
    assert {p.name for p in site.glob("_downloads/*/*.json")} == published
    assert not list(site.rglob("schema/*.html"))  # the schemas are files, not pages
