"""The files of a corpus: folders walked for documents, and text files opened plain or gzip-compressed."""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterable, Iterator
from typing import IO, Literal

__all__ = ["DOCUMENT_SUFFIXES", "find_files"]

#: The suffixes `find_files` takes from a directory (the ones `unga_docs.read` knows).
DOCUMENT_SUFFIXES = (".md", ".markdown", ".txt", ".json", ".pdf")


def find_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """The document files named by *paths*: files as they are, directories walked for documents.

    A directory gives its ``.md``, ``.markdown``, ``.txt``, ``.json`` and ``.pdf`` files and those of its
    subdirectories, in sorted order (by name, component by component); hidden files and directories (a name
    starting with ".") and symbolic links to directories are skipped. A path that does not exist is given as it
    is, so that reading it reports the error.

    Example:
        >>> import pathlib, tempfile
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     for name in ("b.md", "a.txt", "sub/c.json", "notes.csv", ".hidden.md"):
        ...         p = pathlib.Path(tmp, name)
        ...         p.parent.mkdir(exist_ok=True)
        ...         _ = p.write_text("x")
        ...     [pathlib.Path(f).relative_to(tmp).as_posix() for f in find_files([tmp])]
        ['a.txt', 'b.md', 'sub/c.json']
    """
    for path in paths:
        name = os.fspath(path)
        if os.path.isdir(name):
            yield from _walk(name)
        else:
            yield name


def _walk(directory: str) -> Iterator[str]:
    with os.scandir(directory) as scan:
        entries = sorted(scan, key=lambda e: e.name)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        elif entry.is_file() and os.path.splitext(entry.name)[1].lower() in DOCUMENT_SUFFIXES:
            yield entry.path


def open_text(path: str | os.PathLike[str], mode: Literal["r", "w"]) -> IO[str]:
    """Open a UTF-8 text file with newline line ends; a name ending in ``.gz`` is read or written gzip-compressed."""
    name = os.fspath(path)
    if name.endswith(".gz"):
        if mode == "r":
            return gzip.open(name, "rt", encoding="utf-8", newline="\n")
        return gzip.open(name, "wt", compresslevel=6, encoding="utf-8", newline="\n")  # 9 is 3x slower, ~3 % smaller
    return open(name, mode, encoding="utf-8", newline="\n")
