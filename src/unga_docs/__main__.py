"""``python -m unga_docs``: the same as the ``unga-docs`` command."""

from __future__ import annotations

import sys

from unga_docs.cli import main

if __name__ == "__main__":
    sys.exit(main())
