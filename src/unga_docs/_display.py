"""How the model shows itself in Jupyter, without importing a writer: a registry the writers fill.

The model sits below the formats (they import it), so its display methods (``_repr_html_``, ``_repr_markdown_``)
call `show`, which looks up the function a writer registered for the MIME type. A writer registers on import; if
none has yet (the model imported on its own), `show` imports the module that provides it, once.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

__all__ = ["register", "show"]

_SHOW: dict[str, Callable[[object], str]] = {}
#: The module that registers each MIME type's function when it is imported.
_PROVIDERS = {"text/html": "unga_docs.formats.html", "text/markdown": "unga_docs.formats.html"}


def register(mimetype: str, function: Callable[[object], str]) -> None:
    """Make *function* the way a document or a part shows itself as *mimetype* ("text/html", "text/markdown")."""
    _SHOW[mimetype] = function


def show(mimetype: str, value: object) -> str:
    """*value* (a document, or a part of one) as *mimetype*, by the function registered for it.

    Raises:
        KeyError: no writer provides *mimetype*.
    """
    function = _SHOW.get(mimetype)
    if function is None:
        importlib.import_module(_PROVIDERS[mimetype])  # it registers itself
        function = _SHOW[mimetype]
    return function(value)
