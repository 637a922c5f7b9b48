"""The sample documents that ship with unga_docs, loadable by name.

Example:
    >>> from unga_docs import samples
    >>> samples.names()
    ('letter-2023-01-20-azerbaijan',)
    >>> samples.load("letter-2023-01-20-azerbaijan").lstrip().splitlines()[0]
    '# General Assembly'
"""

from __future__ import annotations

from importlib import resources

__all__ = ["load", "names", "path"]

_SUFFIXES = (".md", ".txt")


def names() -> tuple[str, ...]:
    """The names of the bundled samples, sorted."""
    files = resources.files(__name__)
    return tuple(sorted(f.name.rsplit(".", 1)[0] for f in files.iterdir() if f.name.endswith(_SUFFIXES)))


def path(name: str) -> str:
    """The file name of the sample *name* inside the package (for `unga_docs.read`)."""
    files = resources.files(__name__)
    for suffix in _SUFFIXES:
        candidate = files.joinpath(name + suffix)
        if candidate.is_file():
            return str(candidate)
    raise KeyError(f"no sample named {name!r}; the samples are: {', '.join(names())}")


def load(name: str) -> str:
    """The text of the bundled sample *name*.

    Raises:
        KeyError: there is no such sample.
    """
    files = resources.files(__name__)
    for suffix in _SUFFIXES:
        candidate = files.joinpath(name + suffix)
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    raise KeyError(f"no sample named {name!r}; the samples are: {', '.join(names())}")
