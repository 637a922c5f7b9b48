"""How sure a reading is: the problems a careful reader would flag in a document as it was read.

A pipeline filters on them (``[d for d in docs if not d.problems]``), a person reads their messages. They are
judged from the document itself and from the diagnostics its reading left, so a document read from JSON (which
carries no diagnostics) is judged on its content alone.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

import attrs

from unga_docs.enums import LetterKind
from unga_docs.errors import DiagnosticKind
from unga_docs.grammar.agenda import agenda_item_label
from unga_docs.grammar.languages import document_lexicon
from unga_docs.grammar.lexicon import ENGLISH
from unga_docs.grammar.senders import names_no_state

if TYPE_CHECKING:  # the model imports this module: its classes are only named here, never imported at run time
    from unga_docs.model import Document

__all__ = ["Problem", "ProblemKind", "Severity", "find_problems"]


class Severity(enum.Enum):
    """How much a problem weighs.

    Example:
        >>> Severity("warning")
        <Severity.WARNING: 'warning'>
    """

    #: The reading may be wrong: check it before trusting its fields.
    WARNING = "warning"
    #: Worth knowing about the source, but the reading is sound (text set aside around a web page, no symbol printed).
    NOTE = "note"


class ProblemKind(enum.Enum):
    """What makes a reading doubtful.

    Example:
        >>> ProblemKind("no symbol")
        <ProblemKind.NO_SYMBOL: 'no symbol'>
    """

    #: Nothing of a UN document was found: no masthead, no title, no signature.
    NOT_A_DOCUMENT = "not a document"
    #: The document has a masthead or a letter but no document symbol.
    NO_SYMBOL = "no symbol"
    #: The letter's title does not read as a title ("Letter dated … from … addressed to …").
    UNREAD_TITLE = "unread title"
    #: A letter (not a note verbale) with no signature.
    NO_SIGNATURE = "no signature"
    #: Agenda items whose titles were not found.
    UNTITLED_AGENDA = "untitled agenda items"
    #: The letter is dated after the document that circulates it.
    LETTER_AFTER_DOCUMENT = "letter after document"
    #: Text that could not be placed, kept as paragraphs.
    UNPLACED_TEXT = "unplaced text"
    #: Text around the document (a web page's headline, navigation, trailer) was set aside.
    OUTSIDE_TEXT = "outside text"
    #: The reader noticed something that does not fit (a masthead field in the body, furniture in a paragraph).
    DOUBT = "doubt"
    #: The title's sender stops where a State's name belongs ("Permanent Mission of to the United Nations": a web
    #: host struck proper nouns out): read as printed, but it names no State.
    SENDER_WITHOUT_STATE = "sender without state"
    #: The letter's title prints its date without the year ("datées du 21 février"): the year was taken from the
    #: document's date.
    INFERRED_YEAR = "inferred year"


@attrs.frozen(kw_only=True)
class Problem:
    """One reason to doubt a reading.

    Attributes:
        kind: what it is.
        message: a sentence for people.
        line: the source line it concerns, where there is one.
    """

    kind: ProblemKind
    message: str
    line: int | None = None

    @property
    def severity(self) -> Severity:
        """Whether the problem puts the reading in doubt (`Severity.WARNING`) or only describes the source."""
        return Severity.NOTE if self.kind in _NOTES else Severity.WARNING

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        return f"{self.severity.value}: {where}{self.message}"


_NOTE = frozenset({LetterKind.NOTE_VERBALE.value})
# What a sound reading of a real source may well show: excerpts end before the signature, old copies print no
# symbol, agenda items are often printed without titles, web pages wrap the document in their own text (and may
# strike names out of it).
_NOTES = frozenset(
    {
        ProblemKind.NO_SYMBOL,
        ProblemKind.NO_SIGNATURE,
        ProblemKind.UNTITLED_AGENDA,
        ProblemKind.OUTSIDE_TEXT,
        ProblemKind.SENDER_WITHOUT_STATE,
        ProblemKind.INFERRED_YEAR,
    }
)


#: A title that ends on a word that cannot end one was cut where it wrapped ("... on the thirty-fifth").
_BREAKS_OFF = ENGLISH.title_breaks_off


def find_problems(doc: Document) -> tuple[Problem, ...]:
    """The problems of *doc* as read, in a stable order: content first, then what its reading reported.

    Example:
        >>> import unga_docs as ud
        >>> find_problems(ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan")))
        (Problem(kind=<ProblemKind.NO_SYMBOL: 'no symbol'>, message='no document symbol was found', line=None),)
    """
    out: list[Problem] = []
    letter = doc.letter
    masthead = bool(doc.symbols or doc.organs or doc.date or doc.distribution or doc.sessions or doc.agenda_items)
    signed = bool(letter is not None and letter.signatures) or any(a.signatures for a in doc.annexes)
    # A title the grammar cannot read is no evidence: a README's first heading is read as a title too.
    titled = letter is not None and letter.kind is not None
    if not masthead and not titled and not signed:
        out.append(Problem(kind=ProblemKind.NOT_A_DOCUMENT, message="no masthead, no title and no signature"))
        return tuple(out)
    if not doc.symbols:
        out.append(Problem(kind=ProblemKind.NO_SYMBOL, message="no document symbol was found"))
    if letter is not None:
        if letter.kind is None:
            message = f"the title does not read as one: {letter.title!r}"
            out.append(Problem(kind=ProblemKind.UNREAD_TITLE, message=message))
        elif letter.sender is not None and names_no_state(letter.sender, document_lexicon(doc)):
            message = f"the sender names no State where one belongs: {letter.sender!r}"
            out.append(Problem(kind=ProblemKind.SENDER_WITHOUT_STATE, message=message))
        if letter.kind is not None and not letter.signatures and letter.kind.value not in _NOTE:
            out.append(Problem(kind=ProblemKind.NO_SIGNATURE, message=f"the {letter.kind.value} has no signature"))
        if letter.year_inferred:
            assert letter.date is not None
            message = f"the title's date has no year: {letter.date.year} was taken from the document's date"
            out.append(Problem(kind=ProblemKind.INFERRED_YEAR, message=message))
        if letter.date is not None and doc.date is not None and letter.date > doc.date:
            out.append(
                Problem(
                    kind=ProblemKind.LETTER_AFTER_DOCUMENT,
                    message=f"the letter is dated {letter.date.isoformat()}, after the document's date "
                    f"({doc.date.isoformat()})",
                )
            )
    for annex in doc.annexes:
        statement = annex.statement
        if statement is not None and _BREAKS_OFF.search(statement.title):
            message = f"a statement's title breaks off: {statement.title[-80:]!r}"
            out.append(Problem(kind=ProblemKind.DOUBT, message=message))
    untitled = [a for a in doc.agenda_items if a.title is None]
    if untitled:
        numbers = ", ".join(agenda_item_label(a.number, a.sub_item) for a in untitled)
        out.append(Problem(kind=ProblemKind.UNTITLED_AGENDA, message=f"agenda items without titles: {numbers}"))
    for d in doc.diagnostics:
        if d.kind is DiagnosticKind.UNPLACED:
            out.append(Problem(kind=ProblemKind.UNPLACED_TEXT, message=f"{d.message}: {d.text[:80]!r}", line=d.line))
        elif d.kind is DiagnosticKind.DOUBT:
            out.append(Problem(kind=ProblemKind.DOUBT, message=f"{d.message}: {d.text[:80]!r}", line=d.line))
        elif d.kind is DiagnosticKind.OUTSIDE:
            out.append(Problem(kind=ProblemKind.OUTSIDE_TEXT, message=f"{d.message}: {d.text[:80]!r}", line=d.line))
    return tuple(out)
