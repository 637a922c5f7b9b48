"""The rule table and the walk: `RULES` sets precedence once; `classify` is its silent mode, `assemble` its normal.

Each `Rule` reads one kind of block. In *normal mode* its ``read(state, line)`` either takes the line (and maybe
the lines after it), moves the cursor ``state.i`` past what it took and returns True, or returns False and
changes nothing. In *silent mode* its ``matches(text)`` only answers "could a block of this kind start here?",
for a line out of context; `classify` is "the first rule whose silent mode says yes", so what the markdown
writer escapes (whatever `classify` does not call plain text) is what the reader would read as structure.

The walk: the masthead is read first (`rules.masthead.read`); then for each line, the rules that *interrupt*
(a thematic break, page furniture, a signature block's title lines) are tried in order; if none takes the line, it
is content: the signature block being read ends and each content rule is tried in order, the paragraph rule last
(it takes any line). Each line is offered only to the rules whose ``first`` characters include its first
character (first-character dispatch: most lines are plain text, tried against few rules); an escaped line only
to the rules with no ``first``; and a rule that ``needs`` a `Context` only where that context holds (an open
annex, a thematic break just before, a heading line). The walk picks the table for the line's context and first
character: a plain line of a letter is offered to three or four rules, not to all.
"""

from __future__ import annotations

import enum
import functools
import inspect
import types
from collections.abc import Callable, Sequence

import attrs

from unga_docs.assemble.fields import forget, masthead_prefix
from unga_docs.assemble.kinds import LineKind
from unga_docs.assemble.rules import (
    agenda,
    annex,
    footnote,
    furniture,
    masthead,
    paragraph,
    signature,
    statement,
    thematic_break,
    title,
    trailer,
)
from unga_docs.assemble.state import Container, State
from unga_docs.blocks import Line
from unga_docs.grammar import ENGLISH, Lexicon
from unga_docs.grammar.languages import LEXICONS, SIGNATURE_TITLE_ABOVE, detect_language, masthead_language
from unga_docs.model import AgendaItem, Anchor, Annex, Document, Letter, Signature, Statement

__all__ = [
    "RULES",
    "Context",
    "Rule",
    "assemble",
    "bare_signature",
    "classify",
    "reads_as_text",
    "signs_above",
    "splits_signature",
]

Reader = Callable[[State, Line], bool]


class Context(enum.Flag):
    """Where a line stands, as far as the choice of rules goes (a content rule may need some of these)."""

    ANNEX = enum.auto()  #: an annex is open
    AFTER_RULE = enum.auto()  #: a thematic break came just before (footnotes may follow)
    HEADING = enum.auto()  #: the line is a heading
    SIGNING = enum.auto()  #: a signature block is being read
    RULE = enum.auto()  #: the line is a thematic break
    LITERAL = enum.auto()  #: the line was escaped in the source


@attrs.frozen
class Rule:
    """One rule of the assembler.

    Attributes:
        name: what it reads, for people.
        read: normal mode: take the line at ``state.i`` (and move the cursor past what it took), or return False
            and change nothing. None for a kind that only the masthead loop reads (an agenda list).
        kind: what `classify` says of a line whose silent mode matches; None for a rule with no silent mode.
        matches: silent mode: could a block of this kind start with this text, out of context?
        first: the characters a line its silent mode accepts can start with (exactly: `classify` dispatches on
            it); None: any. The walk offers a content line only to the content rules whose ``first`` holds its
            first character; an interrupting rule checks what it needs itself (furniture also takes running
            headers, which start with any character).
        interrupts: tried before a line is taken as content: it does not end a signature block being read.
        needs: the context its normal mode applies in; the walk offers it no line elsewhere.
    """

    name: str
    read: Reader | None
    kind: LineKind | None = None
    matches: Callable[[str], bool] | None = None
    first: frozenset[str] | None = None
    interrupts: bool = False
    needs: Context = attrs.field(factory=lambda: Context(0))


#: The rules in precedence order: the first that takes a line wins. The interrupting rules come first.
RULES: tuple[Rule, ...] = (
    Rule("thematic break", thematic_break.read, interrupts=True, needs=Context.RULE),
    Rule("page furniture", furniture.read, LineKind.FURNITURE, furniture.matches, furniture.FIRST, interrupts=True),
    Rule("page trailer", trailer.read, LineKind.TRAILER, trailer.matches, trailer.FIRST, interrupts=True),
    Rule("signature title line", signature.read_title, interrupts=True, needs=Context.SIGNING),
    Rule("escaped line", paragraph.read_literal, needs=Context.LITERAL),
    Rule("signature", signature.read, LineKind.SIGNED, signature.matches, signature.FIRST),
    Rule("annex label", annex.read_label, LineKind.ANNEX_LABEL, annex.matches_label, annex.FIRST),
    Rule("annex heading", annex.read_heading, LineKind.ANNEX_HEADING, annex.matches_heading, annex.FIRST),
    Rule("title", title.read, LineKind.TITLE, title.matches, title.FIRST),
    Rule("annex heading under its label", annex.read_wrapped_heading, needs=Context.ANNEX),
    Rule("note under the title", masthead.read_note_under_title, first=frozenset("[")),
    Rule("footnote", footnote.read, LineKind.FOOTNOTE, footnote.matches, footnote.FIRST),
    Rule("footnote after a rule", footnote.read_after_rule, needs=Context.AFTER_RULE),
    Rule("heading", title.read_heading, needs=Context.HEADING),
    Rule("statement", statement.read, LineKind.STATEMENT, statement.matches, needs=Context.ANNEX),
    Rule("agenda list", None, LineKind.AGENDA, agenda.matches),
    Rule("annexed masthead", masthead.read_embedded, LineKind.MASTHEAD, masthead.matches, needs=Context.ANNEX),
    Rule("language note", masthead.read_language_note, needs=Context.ANNEX),
    Rule("statement date", statement.read_date, needs=Context.ANNEX),
    Rule("paragraph", paragraph.read),
)


def _chain(rules: Sequence[Rule], char: str | None) -> tuple[Rule, ...]:
    """The rules a line starting with *char* is offered to (None: an escaped line, or any other character)."""
    return tuple(r for r in rules if r.first is None or (char is not None and char in r.first))


def _dispatch(rules: Sequence[Rule]) -> tuple[dict[str, tuple[Rule, ...]], tuple[Rule, ...]]:
    chars = set().union(*(r.first for r in rules if r.first is not None))
    return {c: _chain(rules, c) for c in chars}, _chain(rules, None)


_SILENT = tuple(r for r in RULES if r.matches is not None)


_Silent = tuple[tuple[Callable[[str], bool], LineKind], ...]


def _silent(chain: Sequence[Rule]) -> _Silent:
    """The (silent mode, kind) pairs of *chain*, unpacked once so that `classify` only calls."""
    return tuple((r.matches, r.kind) for r in chain if r.matches is not None and r.kind is not None)


_by_first_silent, _any_silent = _dispatch(_SILENT)
_SILENT_BY_FIRST = {c: _silent(chain) for c, chain in _by_first_silent.items()}
_SILENT_ANY = _silent(_any_silent)


def _readers(rules: Sequence[Rule]) -> tuple[dict[str, tuple[Reader, ...]], tuple[Reader, ...]]:
    """The content readers by first character, and for an escaped line (or any other character)."""
    by_first, others = _dispatch(rules)
    return (
        {c: tuple(r.read for r in chain if r.read is not None) for c, chain in by_first.items()},
        tuple(r.read for r in others if r.read is not None),
    )


_INTERRUPTING = tuple(r for r in RULES if r.interrupts and r.read is not None)
_CONTENT = tuple(r for r in RULES if not r.interrupts and r.read is not None)
_CONTEXTS = [Context(n) for n in range(1 << len(Context))]
#: For each context: the interrupting readers, and the content readers by first character and for an escaped
#: line (or any other character).
_INTERRUPTS = [tuple(r.read for r in _INTERRUPTING if r.read is not None and r.needs & c == r.needs) for c in _CONTEXTS]
_TABLES = [_readers([r for r in _CONTENT if r.needs & ctx == r.needs]) for ctx in _CONTEXTS]
assert all(ctx.value == n for n, ctx in enumerate(_CONTEXTS)), "a context's value indexes its table"
#: The walk's context bits, read once (an enum member's ``value`` is a Python-level property).
_CONTEXT_BITS = tuple(
    c.value
    for c in (Context.ANNEX, Context.AFTER_RULE, Context.HEADING, Context.SIGNING, Context.RULE, Context.LITERAL)
)
assert all(r.interrupts for r in RULES[: len(_INTERRUPTING)]), "the interrupting rules come first"
assert RULES[-1].first is None, "the paragraph rule takes any line"
assert RULES[-1].matches is None, "the paragraph rule answers no silent question"


def _in_language(matches: Callable[..., bool], lexicon: Lexicon) -> Callable[[str], bool]:
    """A silent mode asked in *lexicon*'s language, if it takes one (else as it is)."""
    if "lexicon" not in inspect.signature(matches).parameters:
        return matches
    return functools.partial(matches, lexicon=lexicon)


@functools.cache
def _silent_in(lexicon: Lexicon) -> tuple[dict[str, _Silent], _Silent]:
    """The silent modes of *lexicon*'s language by first character, and for any other character.

    A rule whose silent mode takes a lexicon answers in that language (and in English, as its normal mode reads);
    the others (page furniture, footnotes) answer the same in every language.
    """

    def bound(chain: _Silent) -> _Silent:
        return tuple((_in_language(m, lexicon), k) for m, k in chain)

    return {c: bound(chain) for c, chain in _SILENT_BY_FIRST.items()}, bound(_SILENT_ANY)


@functools.cache
def _classifier(lexicon: Lexicon) -> Callable[[str], LineKind]:
    """`classify` in *lexicon*'s language, its tables bound once (the rules of a document in it ask it often)."""
    by_first, others = _silent_in(lexicon)

    def classify_in(text: str) -> LineKind:
        for matches, kind in by_first.get(text[:1], others):
            if matches(text):
                return kind
        return LineKind.TEXT

    return classify_in


#: The other languages, whose silent modes a writer asks when a line must read as text in any of them.
_OTHER_LEXICONS = tuple(lex for lex in LEXICONS.values() if lex is not ENGLISH)


def classify(text: str, lexicon: Lexicon | None = ENGLISH) -> LineKind:
    """Say what a line of text would be read as, out of context.

    It is the kind of the first rule (in `RULES` order) whose silent mode matches *text*, or plain text.
    The writers use it to know what they must escape so that it reads back as plain text.

    Args:
        text: The line.
        lexicon: The language of the document it stands in (its words and English's are read there); None: in
            any language (English first, then the others: what a line must not be to read as text wherever the
            reader takes the document to be written).

    Example:
        >>> classify("(Signed) Yashar Aliyev"), classify("Annex I"), classify("On 20 January 2023, Azerbaijan")
        (<LineKind.SIGNED: 'signed'>, <LineKind.ANNEX_LABEL: 'annex label'>, <LineKind.TEXT: 'text'>)
        >>> classify("(Signé) Jean Dupont"), classify("(Signé) Jean Dupont", None)
        (<LineKind.TEXT: 'text'>, <LineKind.SIGNED: 'signed'>)
    """
    if lexicon is ENGLISH or lexicon is None:
        for matches, kind in _SILENT_BY_FIRST.get(text[:1], _SILENT_ANY):
            if matches(text):
                return kind
        if lexicon is ENGLISH:
            return LineKind.TEXT
    if lexicon is not None:
        return _classifier(lexicon)(text)
    for other in _OTHER_LEXICONS:
        kind = _classifier(other)(text)
        if kind is not LineKind.TEXT:
            return kind
    return LineKind.TEXT


def reads_as_text(text: str, lexicon: Lexicon | None = ENGLISH) -> bool:
    """Would *text*, as a paragraph of its own, read back as plain text wherever it stands?

    It must not read as structure (see `classify`), nor start like a masthead flattened onto one line.

    Args:
        text: The paragraph.
        lexicon: The language of the document it stands in; None: any language (see `classify`).

    Example:
        >>> reads_as_text("The Council met."), reads_as_text("Annex II"), reads_as_text("General Assembly item 5")
        (True, False, False)
        >>> reads_as_text("Annexe II"), reads_as_text("Annexe II", None)
        (True, False)
    """
    if classify(text, lexicon) is not LineKind.TEXT:
        return False
    lexicons = (ENGLISH, *_OTHER_LEXICONS) if lexicon is None else (lexicon,)
    # Nor start like a masthead line, whole or as a scan damaged it (it may stand right after the masthead).
    return not any(masthead_prefix(text, x) or masthead.matches_damaged(text, x) for x in lexicons)


def bare_signature(text: str, lexicon: Lexicon | None = ENGLISH) -> bool:
    """Would *text*, as the last paragraph of an unsigned letter, read as its signatory's bare name?

    Some letters print the signatory's name without "(Signed)".

    Args:
        text: The paragraph.
        lexicon: The language of the document it stands in; None: any language (see `classify`).

    Example:
        >>> bare_signature("António Guterres"), bare_signature("I have the honour."), bare_signature("Annex")
        (True, False, False)
    """
    return signature.is_bare_name(text) and classify(text, lexicon) is LineKind.TEXT


def signs_above(text: str) -> bool:
    """Would *text*, just before a signature block, read as the signatory's title printed above "(Signé)"?

    French and Spanish print it so ("Le Représentant permanent"); this answers for any language.

    Example:
        >>> signs_above("Le Représentant permanent"), signs_above("Je vous prie d'agréer mes salutations.")
        (True, False)
    """
    return any(p.fullmatch(text) is not None for p in SIGNATURE_TITLE_ABOVE.values())


def splits_signature(name: str) -> bool:
    """Would "(Signed) *name*" on one line read as a name followed by titles (a one-line signature block)?

    Example:
        >>> splits_signature("Zhang Jun Ambassador"), splits_signature("Zhang Jun")
        (True, False)
    """
    return signature.split_titles(name) is not None


def assemble(lines: Sequence[Line], *, strict: bool = False) -> Document:
    """Build the Document that a dialect's lines describe.

    Args:
            lines: the lexer's output.
            strict: raise `ParseError` at the first line that cannot be placed, instead of keeping it as a paragraph
                and reporting a diagnostic.

    Example:
            >>> from unga_docs.blocks import Line
            >>> doc = assemble([Line(text="Distr.: General", lineno=1), Line(text="20 January 2023", lineno=2)])
            >>> doc.distribution, doc.date
            (<Distribution.GENERAL: 'General'>, datetime.date(2023, 1, 20))
    """
    forget()  # each reading remembers its own lines' masthead fields only
    lexicon = _lexicon_of(lines)
    # The rules ask whether a line is plain text in the document's language ("Annexe" is a label in French).
    said = classify if lexicon is ENGLISH else _classifier(lexicon)
    state = State.start(lines, strict=strict, classify=said, lexicon=lexicon)
    masthead.read(state)
    lines = state.lines
    n = len(lines)
    interrupts, tables = _INTERRUPTS, _TABLES
    annex, after_rule, heading, signing, rule, literal = _CONTEXT_BITS
    while state.i < n:
        line = lines[state.i]
        for read in interrupts[(signing if state.signing is not None else 0) | (rule if line.rule else 0)]:
            if read(state, line):
                break
        else:
            # Content: the signature block being read ends, and the rule before the line is taken.
            if state.signing is not None:
                state.end_signing()
            state.line_after_rule, state.after_rule = state.after_rule, False
            ctx = (
                (annex if state.annexes else 0)
                | (after_rule if state.line_after_rule else 0)
                | (heading if line.heading else 0)
            )
            if line.literal:
                chain = tables[ctx | literal][1]
            else:
                by_first, others = tables[ctx]
                chain = by_first.get(line.text[0], others)
            for read in chain:
                if read(state, line):
                    break
    state.flush()
    state.end_signing()
    return _build(state)


def _lexicon_of(lines: Sequence[Line]) -> Lexicon:
    """The lexicon of the language the document is in: as its masthead says, else as its first lines read."""
    said = masthead_language(line.text for line in lines)
    if said is not None:  # most documents: a few lookups, no text scanned
        return LEXICONS[said]
    sample: list[str] = []
    size = 0
    for line in lines:
        sample.append(line.text)
        size += len(line.text) + 1
        if size > _LANGUAGE_SAMPLE:
            break
    return LEXICONS[detect_language("\n".join(sample))]


#: How much of a document's start its language is told from.
_LANGUAGE_SAMPLE = 3000


def _build(state: State) -> Document:
    """The Document the state holds once every line was read."""
    letter = None
    if state.letter is not None and state.letter.title is not None:
        paras = state.letter.paragraphs
        if (
            not state.letter.signatures
            and len(paras) > 1
            and not state.letter_last_literal
            and bare_signature(paras[-1])
        ):
            starts = state.letter.starts
            last = starts.pop(f"paragraphs[{len(paras) - 1}]", None)
            if last is not None:
                starts["signatures[0]"] = last
            state.letter.signatures.append(Signature(name=paras.pop()))  # signed without "(Signed)"
        letter = Letter(
            title=state.letter.title,
            paragraphs=tuple(state.letter.paragraphs),
            signatures=tuple(state.letter.signatures),
            document_date=state.date,
        )
    # Each once (the model refuses repeats): a running header or a host's record may print a symbol twice.
    symbols = list(
        dict.fromkeys(state.symbols or state.footnote_symbols or state.record_symbols or state.outside_symbols)
    )
    annexes = tuple(_annex(a) for a in state.annexes)
    return Document(
        symbols=tuple(symbols),
        organs=tuple(state.organs),
        distribution=state.distribution,
        date=state.date,
        original_language=state.language,
        language=state.copy_language,
        sessions=tuple(state.sessions),
        agenda_items=tuple(AgendaItem(number=int(e.number), sub_item=e.sub_item, title=e.title) for e in state.agenda),
        paragraphs=tuple(state.doc_paragraphs),
        letter=letter,
        annexes=annexes,
        footnotes=tuple(state.footnotes),
        job_number=state.job_number,
        provenance=_provenance(state, letter, annexes),
        diagnostics=tuple(state.diagnostics),
    )


def _provenance(state: State, letter: Letter | None, annexes: tuple[Annex, ...]) -> tuple[Anchor, ...]:
    """Where each paragraph, title, heading, label and signature starts, as the walk recorded it.

    A source line gives the line number, except in a PDF, whose lines are the lexer's (their page is given).
    What the walk recorded but the document does not hold is left out (no anchor points at nothing).
    """
    outside = types.SimpleNamespace(paragraphs=state.doc_paragraphs)  # the text outside any letter
    places: list[tuple[str, dict[str, Line], object]] = [("", state.starts, outside)]
    if state.letter is not None:
        places.append(("letter.", state.letter.starts, letter))
    for k, a in enumerate(state.annexes):
        built = annexes[k]
        places.append((f"annexes[{k}].", a.starts, built))
        if a.statement is not None:
            places.append((f"annexes[{k}].statement.", a.statement.starts, built.statement))
    anchors = []
    for prefix, starts, part in places:
        if part is None:
            continue
        sizes: dict[str, int] = {}  # the length of each indexed part, asked once
        for key, line in starts.items():
            if key[-1] == "]":  # "paragraphs[2]": an index into a tuple
                name, _, index = key.partition("[")
                size = sizes.get(name)
                if size is None:
                    size = sizes[name] = len(getattr(part, name, ()))
                if int(index[:-1]) >= size:
                    continue
            elif getattr(part, key, None) is None:
                continue
            page = line.page or None
            anchors.append(_anchor(prefix + key, None if page else line.lineno, page))
    return tuple(anchors)


_new = object.__new__
_set = object.__setattr__


def _anchor(path: str, line: int | None, page: int | None) -> Anchor:
    """``Anchor(path=path, line=line, page=page)`` without its validators, for the paths and numbers the walk records.

    Only the walk's own anchors are built so: their paths are the keys the rules write, their lines the lexer's
    numbers (from 1). A document has a dozen of them; the validators took a third of the time of building them.
    tests/test_assemble_fast.py holds it to the validated constructor, and every anchor of a reading to validation.
    """
    anchor = _new(Anchor)
    _set(anchor, "path", path)
    _set(anchor, "line", line)
    _set(anchor, "page", page)
    return anchor


def _annex(a: Container) -> Annex:
    statement = None
    s = a.statement
    if s is not None and s.title is not None:
        statement = Statement(
            title=s.title, date=s.date, paragraphs=tuple(s.paragraphs), signatures=tuple(s.signatures)
        )
    return Annex(
        label=a.label,
        heading=a.heading,
        paragraphs=tuple(a.paragraphs),
        signatures=tuple(a.signatures),
        statement=statement,
    )
