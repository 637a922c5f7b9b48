"""The one state of a walk over the lines: the cursor, the open containers, the pending paragraph, diagnostics.

Every rule reads and changes this object and nothing else (markdown-it-py's ``StateBlock`` is the model): what
was read so far (masthead values, the letter, annexes, footnotes), what is being read (a paragraph, a signature
block, agenda items waiting for their titles) and the cursor ``i``. A rule that takes a line moves the cursor past
what it took.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import attrs

from unga_docs.assemble.kinds import LineKind
from unga_docs.assemble.layout import typical_width
from unga_docs.assemble.unflatten import unflatten_lines
from unga_docs.blocks import Line
from unga_docs.enums import Distribution, Language, Organ
from unga_docs.errors import Diagnostic, DiagnosticKind, ParseError
from unga_docs.grammar import ENGLISH, Lexicon
from unga_docs.model import Footnote, Session, Signature
from unga_docs.symbols import Symbol, find_symbol_spans

__all__ = ["AgendaEntry", "Container", "Signing", "State"]


@attrs.define
class Container:
    """A container being filled: the letter, an annex or an annex's statement."""

    title: str | None = None
    label: str | None = None
    heading: str | None = None
    date: dt.date | None = None
    paragraphs: list[str] = attrs.Factory(list)
    signatures: list[Signature] = attrs.Factory(list)
    statement: Container | None = None
    #: Provenance: the line each part starts on, by its path in the container ("title", "paragraphs[0]" ...).
    starts: dict[str, Line] = attrs.Factory(dict)

    def empty(self) -> bool:
        """Nothing was read into it yet (a label, heading or date aside)."""
        return not self.paragraphs and not self.signatures and self.statement is None


@attrs.define
class Signing:
    """A signature block being read: the name, then the title lines that follow it."""

    name: str
    titles: list[str]
    line: Line | None = None  # where the block starts (provenance)


@attrs.define
class AgendaEntry:
    """An agenda item as read: its number and sub-item come with the list, its title (if any) after it."""

    number: int
    sub_item: str | None
    title: str | None = None


@attrs.define
class State:
    """Everything the assembler knows while it walks the lines; see the module docstring.

    Build it with `State.start`, which runs the un-flattening pre-pass over the lines first.
    """

    lines: list[Line]
    strict: bool
    #: classify() of the rule table, handed over by the parser (rules ask it whether a line is plain text).
    classify: Callable[[str], LineKind]
    diagnostics: list[Diagnostic]
    #: The typical width of a wrapped line (plain text), for the paragraph layout heuristics.
    width: float
    #: The cursor: the index of the line being read.
    i: int = 0
    #: The words of the document's language (detected from its text): what the rules read titles, masthead
    #: words, signature and annex markers with.
    lexicon: Lexicon = ENGLISH

    # -- the masthead, as read -----------------------------------------------------------------------------
    symbols: list[Symbol] = attrs.Factory(list)
    outside_symbols: list[Symbol] = attrs.Factory(list)  # symbols in text before the document
    record_symbols: list[Symbol] = attrs.Factory(list)  # symbols of a host's catalogue record after it
    footnote_symbols: list[Symbol] = attrs.Factory(list)  # "*Circulated under the double symbol ..."
    margin: bool = False  # a scan's masthead showed fragments of the margin of the page beside it
    #: The words of each line of text before the document: a page header printed again as its footer.
    outside_lines: set[frozenset[str]] = attrs.Factory(set)
    organs: list[Organ] = attrs.Factory(list)
    distribution: Distribution | None = None
    date: dt.date | None = None
    language: Language | None = None
    copy_language: Language | None = None  # the language line of the masthead: the language of this copy
    sessions: list[Session] = attrs.Factory(list)
    agenda: list[AgendaEntry] = attrs.Factory(list)
    job_number: str | None = None
    seen_fields: set[tuple[str, object]] = attrs.Factory(set)  # masthead values kept, to report repeats

    # -- the masthead, being read --------------------------------------------------------------------------
    seen_field: bool = False  # a masthead field (or a rule) was read: text before it was outside the document
    preamble: list[Line] = attrs.Factory(list)  # text read before any masthead field
    field_lines: list[Line] = attrs.Factory(list)  # the lines read as masthead fields, in order
    #: Where the body starts if no masthead comes: the line, the diagnostics reported before it, the job number.
    restart: tuple[int, int, str | None] = (0, 0, None)
    pending: list[AgendaEntry] = attrs.Factory(list)  # agenda items still waiting for their titles
    titled: AgendaEntry | None = None  # the item whose title was read last (it may wrap)
    pending_labels: set[str] = attrs.Factory(set)  # "distr", "original": a label whose value is on the next line

    # -- the body ------------------------------------------------------------------------------------------
    doc_paragraphs: list[str] = attrs.Factory(list)  # text outside any letter
    starts: dict[str, Line] = attrs.Factory(dict)  # provenance of the text outside any letter (`Container.starts`)
    letter: Container | None = None
    annexes: list[Container] = attrs.Factory(list)
    annex_open: bool = False  # the last annex was opened by a label and takes a heading
    footnotes: list[Footnote] = attrs.Factory(list)
    signing: Signing | None = None
    #: A thematic break came before this line (footnotes may follow one).
    after_rule: bool = False
    #: `after_rule` as it was for the line being read (the walk sets it before the content rules).
    line_after_rule: bool = False

    # -- the paragraph being built -------------------------------------------------------------------------
    para: list[str] = attrs.Factory(list)
    para_target: list[str] | None = None
    para_literal: bool = False  # it was escaped in the source
    para_start: Line | None = None  # its first line (provenance)
    after_furniture: bool = False  # page furniture was set aside since the last line of text
    letter_last_literal: bool = False  # the letter's last paragraph was escaped (it is no bare signature)
    #: The paragraphs whose last one was escaped in the source, when the last paragraph put anywhere was (it is
    #: no signatory's title printed above "(Signé)"); else None.
    escaped_last: list[str] | None = None
    trailer: bool = False  # the page's trailer started after the document: every line left is outside
    paras_at_signature: int = 0  # how many paragraphs the letter had when it was last signed

    @classmethod
    def start(
        cls, lines: Sequence[Line], *, strict: bool, classify: Callable[[str], LineKind], lexicon: Lexicon = ENGLISH
    ) -> State:
        """The state before the first line: flattened lines cut, the measure taken."""
        cut, notes = unflatten_lines(lines, lexicon)
        width = typical_width(cut)
        return cls(lines=cut, strict=strict, classify=classify, diagnostics=notes, width=width, lexicon=lexicon)

    # -- diagnostics ---------------------------------------------------------------------------------------

    def note(self, kind: DiagnosticKind, line: Line, message: str, text: str | None = None) -> None:
        """Report something about *line* (its text unless *text* is given)."""
        self.diagnostics.append(Diagnostic(kind=kind, line=line.lineno, text=text or line.text, message=message))

    def unplaced(self, line: Line, message: str) -> None:
        """Report a line that cannot be placed; in strict mode, raise `ParseError`."""
        if self.strict:
            raise ParseError(message, line=line.lineno, column=1, text=line.text)
        self.note(DiagnosticKind.UNPLACED, line, message)

    def close_preamble(self) -> None:
        """Report text read before the masthead or title as outside the document (it may give the symbols)."""
        for line in self.preamble:
            self.note(DiagnosticKind.OUTSIDE, line, "text before the document (not part of it)")
            self.outside_symbols.extend(s for _, _, s in find_symbol_spans(line.text))
            self.outside_lines.add(frozenset(line.text.casefold().split()))
        self.preamble.clear()

    # -- containers ----------------------------------------------------------------------------------------

    def current(self) -> Container | None:
        """The innermost container: the statement of the last annex, the last annex, or the letter."""
        if self.annexes:
            annex = self.annexes[-1]
            return annex.statement if annex.statement is not None else annex
        return self.letter

    def target(self) -> list[str]:
        """Where a paragraph read now goes."""
        current = self.current()
        return self.doc_paragraphs if current is None else current.paragraphs

    def new_annex(self, annex: Container) -> None:
        """Open *annex* after the last container."""
        self.flush()
        self.annexes.append(annex)
        self.annex_open = True

    def takes_heading(self) -> bool:
        """An annex open with a label alone takes the next heading as its own."""
        if not self.annexes or not self.annex_open:
            return False
        annex = self.annexes[-1]
        return annex.heading is None and annex.empty() and annex.date is None

    # -- what is being read --------------------------------------------------------------------------------

    def flush(self) -> None:
        """End the paragraph being built and put it where it goes."""
        if self.para and self.para_target is not None:
            if self.letter is not None and self.para_target is self.letter.paragraphs:
                self.letter_last_literal = self.para_literal
            self.escaped_last = self.para_target if self.para_literal else None
            if self.para_start is not None:
                self._starts_of(self.para_target)[f"paragraphs[{len(self.para_target)}]"] = self.para_start
            self.para_target.append(" ".join(self.para))
        self.para = []
        self.para_target = None
        self.para_start = None

    def _starts_of(self, paragraphs: list[str]) -> dict[str, Line]:
        """The provenance record of the container whose paragraphs are *paragraphs*."""
        current = self.current()
        if current is not None and current.paragraphs is paragraphs:
            return current.starts
        for c in (self.letter, *self.annexes, *(a.statement for a in self.annexes)):
            if c is not None and c.paragraphs is paragraphs:
                return c.starts
        return self.starts

    def end_signing(self) -> None:
        """End the signature block being read, if any."""
        if self.signing is not None:
            s = self.signing
            self.signing = None
            self.add_signature(Signature(name=s.name, titles=tuple(s.titles)), s.line)

    def add_signature(self, signature: Signature, line: Line | None = None) -> None:
        """Sign the current container (*line*: where the signature block starts, for its provenance)."""
        target = self.current()
        if target is None:
            # A signature before any letter title: there is nothing it signs; keep its words as a paragraph.
            if line is not None:
                self.starts[f"paragraphs[{len(self.doc_paragraphs)}]"] = line
            self.doc_paragraphs.append(" ".join((ENGLISH.signed_word, signature.name, *signature.titles)))
            return
        if line is not None:
            target.starts[f"signatures[{len(target.signatures)}]"] = line
        target.signatures.append(signature)
        if target is self.letter:
            self.paras_at_signature = len(target.paragraphs)
