"""The typed lines every dialect's lexer produces and the one assembler reads.

A lexer's job ends at layout: which lines are headings, where blank lines and hard breaks fall, what the markup
says is literal text. What a line *means* (a masthead field, a title, a signature) is decided once, in
`unga_docs.assemble`, for every dialect.
"""

from __future__ import annotations

import re

import attrs

__all__ = ["Line", "clean", "make_line"]


@attrs.frozen(kw_only=True)
class Line:
    """One unit of source text, with its layout.

    Attributes:
        text: the text, markup removed and white space collapsed (never empty).
        lineno: the 1-based source line it starts on.
        heading: the heading level (1-6) the source gave it, 0 when it is not a heading.
        block_start: a blank line, a heading or a rule separates it from the line before.
        wraps: the line break before it may be a soft wrap inside a paragraph (plain text, where a line break
            says nothing); False where the dialect says the line break is real (markdown).
        literal: the source escaped it: plain text, never structure (a canonical writer's escape).
        rule: a thematic break (``---``); its ``text`` is ``"---"``.
        page: the 1-based page it stands on (PDF), 0 when the source has no pages.
        furniture: the layout places it in a page's header or footer band (PDF): page furniture wherever it
            stands, reported as a diagnostic, never content.

    Example:
        >>> Line(text="Distr.: General", lineno=7)
        Line(text='Distr.: General', lineno=7, heading=0, block_start=False, wraps=False, literal=False, rule=False)
    """

    text: str
    lineno: int
    heading: int = 0
    block_start: bool = False
    wraps: bool = False
    literal: bool = False
    rule: bool = False
    page: int = attrs.field(default=0, repr=False)
    furniture: bool = attrs.field(default=False, repr=False)


_new = object.__new__
# The slots' own setters: a frozen class refuses ``setattr``, and these are what its generated ``__init__`` calls
# through ``object.__setattr__`` by name.
(_TEXT, _LINENO, _HEADING, _BLOCK_START, _WRAPS, _LITERAL, _RULE, _PAGE, _FURNITURE) = (
    Line.__dict__[a.name].__set__ for a in attrs.fields(Line)
)


def make_line(
    text: str,
    lineno: int,
    heading: int = 0,
    block_start: bool = False,
    wraps: bool = False,
    literal: bool = False,
    rule: bool = False,
    page: int = 0,
    furniture: bool = False,
) -> Line:
    """``Line(text=text, lineno=lineno, ...)`` with positional arguments, for the lexers' inner loops.

    The same object as the keyword constructor builds (`Line` has no validators), in half its time: a lexer
    makes one a source line, and the keyword call and the generated ``__init__``'s setting by name were a
    twentieth of reading a letter. tests/test_assemble_fast.py holds it to ``Line(...)``.
    """
    line = _new(Line)
    _TEXT(line, text)
    _LINENO(line, lineno)
    _HEADING(line, heading)
    _BLOCK_START(line, block_start)
    _WRAPS(line, wraps)
    _LITERAL(line, literal)
    _RULE(line, rule)
    _PAGE(line, page)
    _FURNITURE(line, furniture)
    return line


_BREAKS = re.compile(r"[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")  # after "\r\n" became "\n"
#: Every character `clean` may change (a superset: control characters but tab and newline, C1 controls, line and
#: paragraph separators, lone surrogates, byte-order marks): text without any is returned as it is.
_ODD = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff]")
#: Every byte but the ASCII control characters `_ODD` holds: deleting them from UTF-8 text leaves only those.
_PLAIN_BYTES = b"\t\n" + bytes(range(0x20, 0x7F)) + bytes(range(0x80, 0x100))
#: `_ODD`'s C1 control characters (U+0080-U+009F) in UTF-8.
_C1_UTF8 = re.compile(b"\xc2[\x80-\x9f]")


def _has_odd(text: str) -> bool:
    """Whether `_ODD` would find a character in *text*, answered without its one-class search.

    That search takes some 10 ns a character (50 us for a letter). Here: a lone surrogate cannot be encoded;
    deleting the plain bytes of the UTF-8 leaves the ASCII control characters; the C1 controls are looked for
    after their lead byte only; the three other characters are looked for one by one (``in`` finds one
    character fast). tests/test_markdown_fast.py holds the answer to `_ODD`'s.
    """
    try:
        data = text.encode()
    except UnicodeEncodeError:  # a lone surrogate
        return True
    if data.translate(None, _PLAIN_BYTES):
        return True  # an ASCII control character but tab and newline
    if data.isascii():
        return False
    return (
        "\u2028" in text
        or "\u2029" in text
        or "\ufeff" in text
        or (b"\xc2" in data and _C1_UTF8.search(data) is not None)
    )


_JUNK = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufeff]")


def clean(text: str) -> str:
    r"""Normalise what no dialect gives meaning to, before lexing.

    1. Every line break (``\r\n``, ``\r``, form feed, vertical tab, unicode line and paragraph separators)
       becomes ``\n``: a page break is a line break like any other.
    2. Control characters, lone surrogates and byte-order marks become spaces: no word is made of them, and no
       UTF-8 writer could write a lone surrogate back.

    Example:
        >>> clean("Distr.: General\r\n\x0c20 January 2023\x00")
        'Distr.: General\n\n20 January 2023 '
    """
    if not _has_odd(text):
        return text  # no control character but tab and newline, no odd break: the common case, quickly
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    if _BREAKS.search(text):
        text = _BREAKS.sub("\n", text)
    return _JUNK.sub(" ", text) if _JUNK.search(text) else text
