"""The one walk over a document that every writer renders: typed blocks in document order.

`walk` turns a `Document` into a flat list of small immutable blocks (named tuples): the masthead fields, each
session, the agenda, headings with their role (letter title, annex label, annex heading, statement title), runs
of paragraphs with their context (document body, letter, annex, statement), signatures, annex starts and ends, a
statement's date, footnotes and the job number. `walk_part` does the same for one part of a document.

A writer is a `Rules` table: a dict from block class to a render function taking the writer's state and the
block (markdown-it-py's ``RendererHTML.rules`` is the model). What a document holds, and in which order, is decided
here once; how it looks is each writer's business, with its own escaper.

Example:
    >>> import unga_docs as ud
    >>> doc = ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))
    >>> [type(b).__name__ for b in walk(doc)][:5]
    ['Masthead', 'SessionLine', 'Agenda', 'Heading', 'Paragraphs']
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, NamedTuple, TypeAlias, TypeVar

from unga_docs.enums import Distribution, Language, Organ
from unga_docs.formats._layout import agenda_groups
from unga_docs.model import AgendaItem, Annex, Document, Footnote, Letter, Session, Signature, Statement
from unga_docs.symbols import Symbol

__all__ = [
    "BLOCKS",
    "Agenda",
    "AnnexEnd",
    "AnnexStart",
    "Block",
    "Context",
    "DateLine",
    "FootnoteLine",
    "Heading",
    "JobNumber",
    "Masthead",
    "Paragraphs",
    "Part",
    "Role",
    "Rules",
    "SessionLine",
    "SignatureBlock",
    "session_text",
    "walk",
    "walk_part",
]

#: The parts of a document that show themselves on their own (in Jupyter, as cards).
Part: TypeAlias = Letter | Annex | Statement | AgendaItem | Signature | Session | Footnote


class Role(enum.Enum):
    """What a heading is."""

    LETTER_TITLE = "letter title"
    ANNEX_LABEL = "annex label"
    ANNEX_HEADING = "annex heading"
    STATEMENT_TITLE = "statement title"


class Context(enum.Enum):
    """Where paragraphs and signatures stand."""

    DOCUMENT = "document"
    LETTER = "letter"
    ANNEX = "annex"
    STATEMENT = "statement"


# Blocks are immutable named tuples, built positionally: a writer makes a dozen or more per document, and a named
# tuple costs about half a frozen attrs instance to build (the walk is most of what `to_text` adds to the writing).


class Masthead(NamedTuple):
    """The masthead fields, always the first block of a document (possibly all empty).

    Sessions and agenda items come again as blocks of their own; they are here too for writers that print them
    inside the masthead (the HTML card).

    Attributes:
        symbols: the document's symbols.
        organs: the organs.
        distribution: the distribution, or None.
        date: the masthead date, or None.
        original_language: the original language, or None.
        sessions: the sessions.
        agenda_items: the agenda items.
        language: the language of this copy (printed on its own line above "Original:"), or None.
    """

    symbols: tuple[Symbol, ...]
    organs: tuple[Organ, ...]
    distribution: Distribution | None
    date: dt.date | None
    original_language: Language | None
    sessions: tuple[Session, ...]
    agenda_items: tuple[AgendaItem, ...]
    language: Language | None


class SessionLine(NamedTuple):
    """A session (or Security Council year), one block each, after the masthead.

    Attributes:
        session: the session.
    """

    session: Session


class Agenda(NamedTuple):
    """The agenda items, once, after the sessions (only when there are some).

    Attributes:
        items: every agenda item, in order. A text writer prints them in `runs`, each run as one list followed
            by its titles (or, untitled, by a rule).
    """

    items: tuple[AgendaItem, ...]

    @property
    def runs(self) -> Iterator[tuple[AgendaItem, ...]]:
        """The items cut into runs all titled or all untitled (`agenda_groups`), in order."""
        return agenda_groups(self.items)


class Heading(NamedTuple):
    """A heading, with its role and the part it heads.

    Attributes:
        role: what the heading is.
        text: its text.
        part: the letter, annex or statement it heads.
    """

    role: Role
    text: str
    part: Letter | Annex | Statement


class Paragraphs(NamedTuple):
    """A run of paragraphs (never empty), with where it stands.

    Attributes:
        context: the part the paragraphs belong to.
        texts: the paragraphs, in order.
        part: the document, letter, annex or statement they belong to.
    """

    context: Context
    texts: tuple[str, ...]
    part: Document | Letter | Annex | Statement


class SignatureBlock(NamedTuple):
    """A signature block: "(Signed)" name, then titles.

    Attributes:
        context: the part it signs.
        signature: the signature.
    """

    context: Context
    signature: Signature


class AnnexStart(NamedTuple):
    """The start of an annex, before its label and heading.

    Attributes:
        annex: the annex.
        number: its place among the document's annexes, from 1.
    """

    annex: Annex
    number: int


class AnnexEnd(NamedTuple):
    """The end of an annex, after its statement.

    Attributes:
        annex: the annex.
    """

    annex: Annex


class DateLine(NamedTuple):
    """A statement's date, printed under its title.

    Attributes:
        date: the date.
        statement: the statement it dates.
    """

    date: dt.date
    statement: Statement


class FootnoteLine(NamedTuple):
    """A footnote.

    Attributes:
        footnote: the footnote.
        position: its place among the document's footnotes, from 0 (writers print a rule before the first).
    """

    footnote: Footnote
    position: int


class JobNumber(NamedTuple):
    """The job number printed in the page footer, the one piece of page furniture the model keeps.

    Attributes:
        text: the job number.
    """

    text: str


#: Every kind of block the walk yields.
Block: TypeAlias = (
    Masthead
    | SessionLine
    | Agenda
    | Heading
    | Paragraphs
    | SignatureBlock
    | AnnexStart
    | AnnexEnd
    | DateLine
    | FootnoteLine
    | JobNumber
)

#: The block classes, for writers that check they render every one.
BLOCKS: tuple[type, ...] = (
    Masthead,
    SessionLine,
    Agenda,
    Heading,
    Paragraphs,
    SignatureBlock,
    AnnexStart,
    AnnexEnd,
    DateLine,
    FootnoteLine,
    JobNumber,
)


@functools.lru_cache(maxsize=1024)
def session_text(session: Session) -> str:
    """*session* as printed ("Seventy-seventh session"): ``str(session)``, remembered.

    Writing a session's ordinal takes a few microseconds, about a fifth of writing a whole letter as plain text,
    and the documents of a corpus share a few dozen sessions.

    Example:
        >>> import unga_docs as ud
        >>> session_text(ud.Session.parse("Seventy-seventh session"))
        'Seventy-seventh session'
    """
    return str(session)


def walk(doc: Document) -> list[Block]:
    """The blocks of *doc*, in document order.

    Example:
        >>> import unga_docs as ud
        >>> [type(b).__name__ for b in walk(ud.Document(paragraphs=("Text.",), job_number="23-01234"))]
        ['Masthead', 'Paragraphs', 'JobNumber']
    """
    # A list, built by appending: cheaper than a chain of generators, and writers want every block anyway.
    out: list[Block] = [
        Masthead(
            doc.symbols,
            doc.organs,
            doc.distribution,
            doc.date,
            doc.original_language,
            doc.sessions,
            doc.agenda_items,
            doc.language,
        )
    ]
    if doc.sessions:
        out.extend([SessionLine(s) for s in doc.sessions])
    if doc.agenda_items:
        out.append(Agenda(doc.agenda_items))
    if doc.paragraphs:
        out.append(Paragraphs(_DOCUMENT, doc.paragraphs, doc))
    if doc.letter is not None:
        _letter(out, doc.letter)
    for number, annex in enumerate(doc.annexes, 1):
        _annex(out, annex, number)
    for index, note in enumerate(doc.footnotes):
        out.append(FootnoteLine(note, index))
    if doc.job_number is not None:
        out.append(JobNumber(doc.job_number))
    return out


def walk_part(part: Part) -> list[Block]:
    """The blocks of one part of a document, as `walk` gives them in a document.

    Raises:
        TypeError: *part* is not one of the parts.

    Example:
        >>> import unga_docs as ud
        >>> [type(b).__name__ for b in walk_part(ud.Letter(title="Letter", paragraphs=("Text.",)))]
        ['Heading', 'Paragraphs']
    """
    out: list[Block] = []
    if isinstance(part, Letter):
        _letter(out, part)
    elif isinstance(part, Annex):
        _annex(out, part, 1)
    elif isinstance(part, Statement):
        _statement(out, part)
    elif isinstance(part, AgendaItem):
        out.append(Agenda((part,)))
    elif isinstance(part, Signature):
        out.append(SignatureBlock(Context.DOCUMENT, part))
    elif isinstance(part, Session):
        out.append(SessionLine(part))
    elif isinstance(part, Footnote):
        out.append(FootnoteLine(part, 0))
    else:
        raise TypeError(f"a part of a document was expected, not {type(part).__name__}")
    return out


# The enum members the walk uses, bound once (a module global is cheaper to read than an enum attribute).
_LETTER_TITLE, _ANNEX_LABEL, _ANNEX_HEADING, _STATEMENT_TITLE = Role
_DOCUMENT, _LETTER, _ANNEX, _STATEMENT = Context


def _letter(out: list[Block], letter: Letter) -> None:
    out.append(Heading(_LETTER_TITLE, letter.title, letter))
    if letter.paragraphs:
        out.append(Paragraphs(_LETTER, letter.paragraphs, letter))
    if letter.signatures:
        out.extend([SignatureBlock(_LETTER, s) for s in letter.signatures])


def _annex(out: list[Block], annex: Annex, number: int) -> None:
    out.append(AnnexStart(annex, number))
    if annex.label is not None:
        out.append(Heading(_ANNEX_LABEL, annex.label, annex))
    if annex.heading is not None:
        out.append(Heading(_ANNEX_HEADING, annex.heading, annex))
    if annex.paragraphs:
        out.append(Paragraphs(_ANNEX, annex.paragraphs, annex))
    if annex.signatures:
        out.extend([SignatureBlock(_ANNEX, s) for s in annex.signatures])
    if annex.statement is not None:
        _statement(out, annex.statement)
    out.append(AnnexEnd(annex))


def _statement(out: list[Block], statement: Statement) -> None:
    out.append(Heading(_STATEMENT_TITLE, statement.title, statement))
    if statement.date is not None:
        out.append(DateLine(statement.date, statement))
    if statement.paragraphs:
        out.append(Paragraphs(_STATEMENT, statement.paragraphs, statement))
    if statement.signatures:
        out.extend([SignatureBlock(_STATEMENT, s) for s in statement.signatures])


S = TypeVar("S")
B = TypeVar("B", bound=Block)


class Rules(Generic[S]):
    """A writer's handler table: for each block class, the function that renders it into the writer's state *S*.

    Handlers are registered with `on` (a block a writer does not print is registered with `skip`), and `render`
    feeds blocks to them. `missing` names the block classes with no handler, for a test to check.

    Example:
        >>> rules: Rules[list[str]] = Rules()
        >>> @rules.on(JobNumber)
        ... def _job(out: list[str], block: JobNumber) -> None:
        ...     out.append(block.text)
        >>> out: list[str] = []
        >>> rules.render(out, [JobNumber("23-01234")])
        >>> out
        ['23-01234']
    """

    __slots__ = ("_table",)

    def __init__(self, base: Rules[S] | None = None) -> None:
        """A table, empty or copied from *base* (to override a few handlers)."""
        self._table: dict[type, Callable[[S, Any], None]] = dict(base._table) if base is not None else {}

    def on(self, cls: type[B]) -> Callable[[Callable[[S, B], None]], Callable[[S, B], None]]:
        """Register the decorated function as the handler of blocks of class *cls*."""

        def register(handler: Callable[[S, B], None]) -> Callable[[S, B], None]:
            self._table[cls] = handler
            return handler

        return register

    def skip(self, *classes: type) -> None:
        """Register *classes* as blocks this writer does not print."""
        for cls in classes:
            self._table[cls] = _nothing

    @property
    def missing(self) -> tuple[str, ...]:
        """The names of the block classes this table has no handler for."""
        return tuple(cls.__name__ for cls in BLOCKS if cls not in self._table)

    def render(self, state: S, blocks: Iterable[Block]) -> None:
        """Feed each of *blocks* to its handler, in order."""
        table = self._table
        for block in blocks:
            table[type(block)](state, block)


def _nothing(state: object, block: object) -> None:
    return None
