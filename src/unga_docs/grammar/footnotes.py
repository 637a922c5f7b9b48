"""Footnote words: "*Circulated under the double symbol A/43/216-S/19620." (the Official Records' copies).

A copy reprinted in the Official Records prints no masthead; its footnote gives the symbols it was circulated
under. The assembler's footnote rule reads them after `CIRCULATED_UNDER`.

Example:
    >>> CIRCULATED_UNDER.match("Circulated under the double symbol A/43/216-S/19620.").end()
    35
"""

from __future__ import annotations

import re

__all__ = ["CIRCULATED_UNDER"]

#: The words before the symbols: "Circulated under the double symbol", "Issued under the symbol", in English and
#: French ("Distribué sous la double cote").
CIRCULATED_UNDER = re.compile(
    r"(?:(?:Circulated|Issued|Distributed)\s+under\s+the\s+(?:double\s+|triple\s+)?symbols?"
    r"|(?:Distribu[ée]|Publi[ée])\s+sous\s+la\s+(?:double\s+|triple\s+)?cotes?)\s+",
    re.IGNORECASE,
)
