"""What a line can be read as: the closed set of line kinds `classify` answers with."""

from __future__ import annotations

import enum

__all__ = ["LineKind"]


class LineKind(str, enum.Enum):
    """The kind of block a line of text would start, out of context (the answer of `classify`).

    A `str` enum, so a kind compares equal to its value (``LineKind.TEXT == "text"``).

    Example:
        >>> LineKind("annex label"), LineKind.TEXT == "text"
        (<LineKind.ANNEX_LABEL: 'annex label'>, True)
    """

    FURNITURE = "furniture"
    TRAILER = "page trailer"
    MASTHEAD = "masthead"
    AGENDA = "agenda"
    TITLE = "title"
    ANNEX_LABEL = "annex label"
    ANNEX_HEADING = "annex heading"
    SIGNED = "signed"
    FOOTNOTE = "footnote"
    STATEMENT = "statement"
    TEXT = "text"
