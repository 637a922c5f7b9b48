"""The one semantic parser: typed lines (from any dialect's lexer) to a Document.

What a document *means* is decided here, once, for markdown and plain text alike, with the grammars of
`unga_docs.grammar` and `unga_docs.symbols`. The lexers only say where lines, headings, blank lines and escapes
are. The assembler is a rule table over one state object (markdown-it-py's block parser is the model):

- `state` holds everything known while the lines are walked (`State`);
- `rules/` has one module per rule (furniture, footnote, masthead, agenda, title, annex, statement, signature,
  paragraph, thematic break), each with a silent mode (``matches``: could a block of this kind start here?)
  and a normal mode (``read``: take the line and move the cursor); a silent mode that takes a lexicon answers in
  that language too (`classify` asks it in the document's language, or in every language for the writers);
- `parser` orders them once (`RULES`), walks the lines, and answers `classify` from the rules' silent modes;
- `unflatten` is the pre-pass that cuts flattened lines (a whole masthead on one line); `fields` finds masthead
  fields on a line; `layout` holds the paragraph-layout heuristics of plain text.

Lenient by default: what cannot be placed is kept as a paragraph and reported as a diagnostic; with
``strict=True`` the first such line raises `ParseError`. docs/architecture.md says how to add a rule.
"""

from __future__ import annotations

from unga_docs.assemble.kinds import LineKind
from unga_docs.assemble.layout import continues_after_break
from unga_docs.assemble.parser import (
    RULES,
    Rule,
    assemble,
    bare_signature,
    classify,
    reads_as_text,
    signs_above,
    splits_signature,
)
from unga_docs.assemble.rules.footnote import footnote_after_rule
from unga_docs.assemble.rules.trailer import page_line

__all__ = [
    "RULES",
    "LineKind",
    "Rule",
    "assemble",
    "bare_signature",
    "classify",
    "continues_after_break",
    "footnote_after_rule",
    "page_line",
    "reads_as_text",
    "signs_above",
    "splits_signature",
]
