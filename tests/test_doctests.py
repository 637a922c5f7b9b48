"""Every docstring example in the package runs and gives what it shows."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import unga_docs

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(unga_docs.__path__, "unga_docs.") if not m.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    """The examples in a module's docstrings pass."""
    module = importlib.import_module(name)
    result = doctest.testmod(
        module,
        extraglobs={"ud": unga_docs, "datetime": importlib.import_module("datetime")},
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
    )
    assert result.failed == 0
