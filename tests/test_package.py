"""The package's top level: its public names, loaded on first use; a light ``import unga_docs``; small modules."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import unga_docs as ud
from unga_docs import corpus


def test_import_loads_nothing_else() -> None:
    """``import unga_docs`` imports no module of the package, nor attrs: names load on first use."""
    code = "import sys, unga_docs; print(sorted(m for m in sys.modules if m.startswith(('unga_docs', 'attr'))))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert run.stdout.strip() == "['unga_docs']"


def test_every_public_name_resolves_to_its_home() -> None:
    """Each name of __all__ is the object of the module it lives in, and dir() lists it."""
    for name in ud.__all__:
        if name == "__version__":
            continue
        home = importlib.import_module(ud._LAZY[name])
        expected = home if name in ("corpus", "samples") else getattr(home, name)
        assert getattr(ud, name) is expected, name
    assert set(ud.__all__) <= set(dir(ud))
    assert set(ud._LAZY) | {"__version__"} == set(ud.__all__)


def test_the_corpus_functions_are_at_the_top_level() -> None:
    """ud.parse_many, ud.to_dataframe, ud.write_parquet ...: everything unga_docs.corpus exports."""
    assert set(corpus.__all__) <= set(ud.__all__)
    results = list(ud.parse_many([("sample", ud.samples.load("letter-2023-01-20-azerbaijan"))]))
    assert isinstance(results[0], ud.ParseResult)
    assert results[0].ok


def test_an_unknown_name_is_an_attribute_error() -> None:
    """A name that is not public raises AttributeError (so hasattr and getattr with a default work)."""
    with pytest.raises(AttributeError, match="no attribute 'parse_everything'"):
        ud.parse_everything  # noqa: B018
    assert not hasattr(ud, "_parse_one")


#: The longest a module of the package may be (issue 10: "no module in src/ is longer than about 500 lines").
MAX_MODULE_LINES = 500


def test_every_module_is_small() -> None:
    """Every Python file of the package, private and subpackage modules included, has at most 500 lines."""
    root = Path(ud.__file__).parent
    sizes = {str(p.relative_to(root)): len(p.read_text(encoding="utf-8").splitlines()) for p in root.rglob("*.py")}
    assert len(sizes) > 50  # the walk found the package's modules, not an empty folder
    assert {name: n for name, n in sizes.items() if n > MAX_MODULE_LINES} == {}
