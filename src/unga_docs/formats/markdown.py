"""Markdown: the lexer for what PDF converters write, and the canonical writer (in `_markdown_write`).

The lexer knows markdown's layout and nothing of UN documents: headings of any level (their depth is unreliable
in converter output; the assembler goes by UN conventions, and reads a level only to place a heading nothing
else claims), emphasis markers (dropped when paired; an unpaired "*" or "_" is text), backslash escapes and
character references (decoded), hard line breaks (two trailing spaces or a backslash), thematic breaks, bullet
list markers (dropped), blank lines. A line whose first character the source escaped is *literal*: the assembler
reads it as plain text, never as structure.

The writer (`to_markdown`, in the private module ``_markdown_write``) undoes exactly that: it escapes every
character the lexer would take as markup, and escapes the first character of any text that would otherwise read
back as structure in its place (a paragraph reading "(Signed) X", a statement title reading "Annex I"), so that
``from_markdown(to_markdown(d)) == d``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import attrs

from unga_docs.assemble import assemble
from unga_docs.blocks import Line, clean, make_line
from unga_docs.errors import Diagnostic, DiagnosticKind
from unga_docs.model import Document

__all__ = ["from_markdown", "lex_markdown", "to_markdown"]

# An ATX heading's opening; its text and closing "#"s are cut off in Python (`_heading_text`): a regular expression
# with a lazy text group before optional closing "#"s and white space backtracks quadratically on long lines.
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_BULLET = re.compile(r"^ {0,3}[-+*][ \t]+(?=\S)")
_FENCE = re.compile(r"^ {0,3}(?:```|~~~)")
_BLOCK_MARKERS = frozenset("#-*_+`~")  # the first characters of headings, rules, bullets and fences
#: Inline markup: an escape, an entity (its text after the "&"), an emphasis run (the match itself, no group).
#: Every branch starts with a literal character outside any group, so the engine finds where one can start with
#: a set of four characters and skips the rest at once (a lookahead naming them took twice as long; the bare
#: branches two and a half times as long again).
_INLINE = re.compile(
    r"""\\(?P<escaped>[!-/:-@\[-`{-~])
      | &(?P<entity>(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)
      | \*\**|__*""",
    re.VERBOSE,
)
_LITERAL_START = re.compile(r"^(?:\\[!-/:-@\[-`{-~]|&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6});)")


#: The characters inline markup starts with; `_inline` tests for them with ``in`` (the property tests hold the two
#: to each other).
_MARKUP_CHAR = re.compile(r"[\\&*_]")

# What converters write around the text, read as layout and set aside (see "Markdown from converters" in
# docs/formats.md). Each bracket or parenthesis run is bounded by the next bracket, so matching stays linear.
# A link or image opens with an unescaped "[" (a canonical writer escapes every "["): its text is read, its
# target (which may hold one level of parentheses: ".../S/RES/1646(2005)") set aside; an image is set aside whole.
_LINK = re.compile(
    r"(?<!\\)(?P<image>!?)\[(?P<text>[^\[\]\n]*)\]\((?P<target>(?:[^()\s]|\([^()\s]*\))*)(?:\s+\"[^\"\n]*\")?\)"
)
_AUTOLINK = re.compile(r"(?<!\\)<(?P<url>(?:https?|ftp|mailto):[^<>\s]*)>")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
# A converter's note in place of a picture, e.g. "==> picture [57 x 48] intentionally omitted <==".
_PLACEHOLDER = re.compile(r"^==> .{1,200} <==$")
_TABLE_ROW = re.compile(r"^ {0,3}\|")
_TABLE_DELIMITER = re.compile(r"^[\s|:-]*$")
_QUOTE = re.compile(r"^(?: {0,3}>[ \t]?)+")


@attrs.frozen
class _Aside:
    """Source text a converter wrote that is not the document's: set aside as a diagnostic."""

    lineno: int
    text: str
    kind: DiagnosticKind
    message: str


def _links(raw: str, lineno: int, asides: list[_Aside]) -> str:
    """Replace links by their text and drop images, noting what was set aside."""
    if "<" in raw and _AUTOLINK.search(raw):
        raw = _AUTOLINK.sub(lambda m: m.group("url"), raw)
    if "](" not in raw:
        return raw

    def replace(m: re.Match[str]) -> str:
        if m.group("image"):
            text = " ".join(x for x in (m.group("text"), m.group("target")) if x)
            asides.append(_Aside(lineno, text or m.group(), DiagnosticKind.FURNITURE, "an image"))
            return " "
        if m.group("target"):
            asides.append(_Aside(lineno, m.group("target"), DiagnosticKind.NORMALISED, "a link's target"))
        return m.group("text")

    return _LINK.sub(replace, raw)


def _inline(raw: str) -> tuple[str, bool]:
    """Text of a markdown line without its markup, and whether its first character was escaped.

    An emphasis run is markup only when it is paired: a run that may open (followed by a non-space) with a later
    run of the same character that may close (preceded by a non-space). An unpaired run is text ("2*3",
    "A/51/120*", "list*"), so that no character is dropped and no two words are run together. Each run is looked
    at once, against a stack of open runs per character: linear time.

    *raw* is cleaned text (`clean`, as every lexed line is): the only ASCII white space in it but the space can be
    a tab or a newline. The fast path below relies on it; `_inline_runs` is the general reading, which the property
    tests hold it to.
    """
    # No markup at all (most lines). Four substring tests: `_MARKUP_CHAR`'s one-class search is ten times slower.
    if "*" not in raw and "_" not in raw and "\\" not in raw and "&" not in raw:
        # No white space but single spaces inside (an ASCII line: no tab or newline, the only other ASCII white
        # space that cleaned text can hold; else `str.isprintable`, False for every white space but the space):
        # as it is. ("in" on ASCII text is a memchr, fifty times faster than `str.isprintable`.)
        plain = ("\t" not in raw and "\n" not in raw) if raw.isascii() else raw.isprintable()
        if plain and "  " not in raw and raw[:1] != " " and raw[-1:] != " ":
            return raw, False
        return " ".join(raw.split()), False
    return _inline_runs(raw)


def _inline_runs(raw: str) -> tuple[str, bool]:
    """`_inline` the general way: every markup run looked at, white space collapsed."""
    literal = bool(_LITERAL_START.match(raw))
    out: list[str] = []
    openers: dict[str, list[int]] = {"*": [], "_": []}  # indexes in *out* of runs that may open
    pos = 0
    for m in _INLINE.finditer(raw):
        out.append(raw[pos : m.start()])
        pos = m.end()
        escaped, entity = m.group("escaped", "entity")
        if escaped is not None:
            out.append(escaped)
        elif entity is not None:
            out.append(html.unescape("&" + entity))
        else:
            run = m.group()
            before = raw[m.start() - 1 : m.start()]
            after = raw[m.end() : m.end() + 1]
            opens = bool(after) and not after.isspace()
            closes = bool(before) and not before.isspace()
            if run[0] == "_" and before.isalnum() and after.isalnum():
                opens = closes = False  # snake_case: not emphasis
            stack = openers[run[0]]
            out.append(run)
            if closes and stack:
                out[stack.pop()] = ""  # a pair: both runs are markup
                out[-1] = ""
            elif opens:
                stack.append(len(out) - 1)
    out.append(raw[pos:])
    return " ".join("".join(out).split()), literal


def _heading_text(rest: str) -> str:
    """A heading's text from what follows its opening: without trailing white space or a closing "#" run.

    A closing run counts only after white space: "# Annex ##" is "Annex", "# C#" is "C#" and "# #" is "#".

    Example:
        >>> _heading_text("Annex I ## "), _heading_text("C#"), _heading_text("#")
        ('Annex I', 'C#', '#')
    """
    rest = rest.rstrip(" \t")
    bare = rest.rstrip("#")
    if bare != rest and bare[-1:] in (" ", "\t"):
        return bare.rstrip(" \t")
    return rest


def lex_markdown(text: str) -> list[Line]:
    r"""Split markdown into typed lines (see the module docstring for what the lexer knows).

    Example:
        >>> [(x.text, x.heading) for x in lex_markdown("# General Assembly\n\nDistr.: **General**  \n")]
        [('General Assembly', 1), ('Distr.: General', 0)]
    """
    return _lex(text)[0]


def _lex(text: str) -> tuple[list[Line], list[_Aside]]:
    """The lines of *text*, and what the lexer set aside (converters' placeholders, comments, link targets)."""
    out: list[Line] = []
    asides: list[_Aside] = []
    blank = True
    para: list[str] = []  # soft-wrapped source lines of the logical line being read
    para_start = 0
    para_block = True

    def flush_para() -> None:
        nonlocal para
        if para:
            content, literal = _inline(_links(" ".join(para), para_start, asides))
            if content[:4] == "==> " and not literal and _PLACEHOLDER.match(content):  # (its literal start first)
                asides.append(_Aside(para_start, content, DiagnosticKind.FURNITURE, "an image (a converter's note)"))
            elif content:
                out.append(make_line(content, para_start, 0, para_block, False, literal))
        para = []

    for lineno, raw in enumerate(_lines(_comments(text, asides)), start=1):
        stripped = raw.lstrip()
        if not stripped:
            if para:  # (most blank lines end a paragraph already flushed by a hard break)
                flush_para()
            blank = True
            continue
        quote = _QUOTE.match(raw) if stripped[0] == ">" else None
        if quote is not None:  # a block quote: its markers are layout
            raw = raw[quote.end() :]
            stripped = raw.lstrip()
            if not stripped:
                flush_para()
                blank = True
                continue
        if stripped[0] == "|" and _TABLE_ROW.match(raw):
            flush_para()
            _table_row(raw, lineno, out, asides)
            blank = True
            continue
        # Only a line whose first character can start block markup goes through the block regexes.
        marked = stripped[0] in _BLOCK_MARKERS
        heading = _HEADING.match(raw) if marked else None
        if heading is not None:
            if para:
                flush_para()
            content, literal = _inline(_links(_heading_text(raw[heading.end() :]), lineno, asides))
            if content:
                level = len(heading.group(1))
                out.append(make_line(content, lineno, level, True, False, literal))
            # A line right after a heading, with no blank line between, does not start a block: converters
            # print the rest of a wrapped heading there (the assembler decides whether it goes on with it).
            blank = False
            continue
        if marked and _RULE.match(raw):
            flush_para()
            out.append(make_line("---", lineno, 0, True, False, False, True))
            blank = True
            continue
        hard = raw.endswith("  ") or (raw.endswith("\\") and not raw.endswith("\\\\"))
        body = raw.rstrip()
        if hard and body.endswith("\\"):
            body = body[:-1]
        bullet = _BULLET.match(body) if marked else None
        if bullet is not None or (marked and _FENCE.match(body)):
            flush_para()
            body = body[bullet.end() :] if bullet is not None else body
            blank = True
        if not para:
            para_start = lineno
            para_block = blank
        para.append(body)
        blank = False
        if hard:
            flush_para()
    flush_para()
    return out, asides


def _comments(text: str, asides: list[_Aside]) -> str:
    """*text* without its HTML comments (a converter's notes, e.g. docling's ``<!-- image -->``), line count kept.

    An unclosed comment is text. Each comment is found with ``str.find``: linear time however many there are.
    """
    start = text.find("<!--")
    if start < 0:
        return text
    out: list[str] = []
    pos = 0
    while start >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        if start > 0 and text[start - 1] == "\\":  # escaped: text
            start = text.find("<!--", start + 4)
            continue
        end += 3
        comment = text[start:end]
        inner = " ".join(comment[4:-3].split())
        if inner:
            lineno = text.count("\n", 0, start) + 1
            asides.append(_Aside(lineno, inner, DiagnosticKind.FURNITURE, "an HTML comment (a converter's note)"))
        out.append(text[pos:start])
        out.append("\n" * comment.count("\n"))
        pos = end
        start = text.find("<!--", pos)
    out.append(text[pos:])
    return "".join(out)


_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def _table_row(raw: str, lineno: int, out: list[Line], asides: list[_Aside]) -> None:
    """A pipe table's row as one line of text: its cells in order; a delimiter row is layout only."""
    if _TABLE_DELIMITER.match(raw):
        return
    cells = (_BREAK_TAG.sub(" ", c) for c in _CELL_SPLIT.split(raw.strip()))
    content, literal = _inline(_links(" ".join(c for c in cells if c.strip()), lineno, asides))
    if content:
        out.append(Line(text=content, lineno=lineno, block_start=True, literal=literal))


def _lines(text: str) -> Iterator[str]:
    return iter(clean(text).split("\n"))


def from_markdown(text: str, *, strict: bool = False) -> Document:
    """Read a document from markdown: a PDF converter's output, or what `to_markdown` wrote.

    Args:
        text: the markdown.
        strict: raise `ParseError` for text that cannot be placed, instead of keeping it and reporting a
            diagnostic.

    Example:
        >>> import unga_docs as ud
        >>> doc = ud.from_markdown(ud.samples.load("letter-2023-01-20-azerbaijan"))
        >>> doc.letter.signatures[0].name
        'Yashar Aliyev'
    """
    lines, asides = _lex(text)
    doc = assemble(lines, strict=strict)
    if not asides:
        return doc
    notes = [Diagnostic(kind=a.kind, line=a.lineno, text=a.text, message=a.message) for a in asides]
    return attrs.evolve(doc, diagnostics=tuple(sorted((*doc.diagnostics, *notes), key=lambda d: d.line)))


# -- the writer --------------------------------------------------------------------------------------------
# The canonical writer (`to_markdown`) lives in a module of its own, imported last: it reads the lexer's block
# patterns above to know what it must escape.

from unga_docs.formats._markdown_write import to_markdown  # noqa: E402
