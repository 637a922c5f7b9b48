"""Rule: a thematic break (``---``) closes what is being read; footnotes may follow it."""

from __future__ import annotations

from unga_docs.assemble.state import State
from unga_docs.blocks import Line

__all__ = ["read"]


def read(state: State, line: Line) -> bool:
    """Take a thematic break: end the paragraph and signature block, close an annex to a heading of its own."""
    if not line.rule:
        return False
    state.flush()
    state.end_signing()
    state.after_rule = True
    state.annex_open = False  # a thematic break closes an annex to a heading of its own
    state.i += 1
    return True
