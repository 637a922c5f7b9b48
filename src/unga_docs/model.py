"""The typed document model: Document, Letter, Annex, Statement, AgendaItem, Signature, Session, Footnote.

Every class is frozen, slotted and keyword-only; sequences are tuples; closed sets are enums. Text is stored as it
reads: one line, whitespace collapsed, no markup. What can be derived from stored text (a letter's kind, date, sender
and addressees come from its title) is computed from it, never stored beside it, so the model cannot contradict
itself.
"""

from __future__ import annotations

import datetime as dt
import functools

import attrs

from unga_docs import _display
from unga_docs._validators import ANCHOR_PATH as ANCHOR_PATH  # re-exported: the JSON Schema states it
from unga_docs._validators import (
    _anchor_path,
    _annex_label,
    _instance,
    _int_between,
    _job_number,
    _marker,
    _optional_positive,
    _optional_text,
    _signature_name,
    _sub_item,
    _text,
    _texts,
    _tuple_of,
)
from unga_docs._validators import text_problem as text_problem  # re-exported: the strategies use it
from unga_docs.enums import Distribution, Language, LetterKind, Organ, SessionKind
from unga_docs.errors import Diagnostic, ParseError, ValidationError
from unga_docs.grammar import SessionRef, Title, parse_session, parse_title, write_session
from unga_docs.grammar.lexicon import ENGLISH, MAX_AGENDA_ITEM, MAX_SESSION
from unga_docs.problems import Problem, find_problems
from unga_docs.references import find_references
from unga_docs.symbols import Symbol

__all__ = [
    "AgendaItem",
    "Anchor",
    "Annex",
    "Distribution",
    "Document",
    "Footnote",
    "Language",
    "Letter",
    "LetterKind",
    "Organ",
    "Session",
    "SessionKind",
    "Signature",
    "Statement",
    "Symbol",
]


#: An annex label as printed on its own line: "Annex", "Annex IV", "Enclosure", "Enclosure 2", "Appendix A"
#: (the lexicon's, re-exported for the assembler).
ANNEX_LABEL = ENGLISH.annex_label
#: An annex heading that says what it is annexed to: "Annex I to the letter dated ..." (the lexicon's).
ANNEX_HEADING = ENGLISH.annex_heading


@functools.lru_cache(maxsize=8192)
def _title_parts(title: str, issued: dt.date | None = None) -> Title | None:
    # Titles are read often (kind, date, sender ... are all derived) and documents in a corpus repeat them.
    try:
        return parse_title(title, issued=issued)
    except ParseError:
        return None


class _Shown:
    """How a document or a part of one shows itself in Jupyter: as a card, and as markdown.

    The writers are reached through a registry (`unga_docs._display`), not imported: they import the model, not
    the other way round.
    """

    __slots__ = ()  # the attrs classes stay slotted

    def _repr_html_(self) -> str:
        return _display.show("text/html", self)

    def _repr_markdown_(self) -> str:
        return _display.show("text/markdown", self)


@attrs.frozen(kw_only=True)
class Session(_Shown):
    """A session of the General Assembly or a year of the Security Council, as the masthead prints it.

    Attributes:
        organ: the organ whose session (or year) it is.
        number: the ordinal: "Seventy-seventh session" is 77, "Seventy-eighth year" is 78.
        kind: regular, special or emergency special (Security Council years are regular).

    Example:
        >>> s = Session.parse("Seventy-seventh session")
        >>> s
        Session(organ=<Organ.GENERAL_ASSEMBLY: 'General Assembly'>, number=77, kind=<SessionKind.REGULAR: 'regular'>)
        >>> str(s)
        'Seventy-seventh session'
    """

    organ: Organ = attrs.field(validator=_instance(Organ))
    number: int = attrs.field(validator=_int_between(1, MAX_SESSION))
    kind: SessionKind = attrs.field(default=SessionKind.REGULAR, validator=_instance(SessionKind))

    @classmethod
    def parse(cls, text: str) -> Session:
        """Read a session line such as "Seventy-seventh session" or "Tenth emergency special session".

        Raises:
            ParseError: the text is not a session.
        """
        ref = parse_session(text)
        return cls(organ=ref.organ, number=ref.number, kind=ref.kind)

    def __str__(self) -> str:
        return write_session(SessionRef(organ=self.organ, number=self.number, kind=self.kind))


@attrs.frozen(kw_only=True)
class AgendaItem(_Shown):
    """An agenda item the document is circulated under.

    Attributes:
        number: the item number (>= 1).
        sub_item: the sub-item, "b" in "68 (b)" or "xviii" in "69 (xviii)": one lower-case letter or a lower-case
            roman numeral from i to xcix (`unga_docs.grammar.SUB_ITEMS`), or None.
        title: the item's title as printed under the list, or None where the document does not print it.

    Example:
        >>> AgendaItem(number=68, sub_item="b", title="Promotion and protection of human rights")
        AgendaItem(number=68, sub_item='b', title='Promotion and protection of human rights')
    """

    number: int = attrs.field(validator=_int_between(1, MAX_AGENDA_ITEM))
    sub_item: str | None = attrs.field(default=None, validator=_sub_item)
    title: str | None = attrs.field(default=None, validator=_optional_text)


@attrs.frozen(kw_only=True)
class Signature(_Shown):
    """A signatory: the name after "(Signed)" and the title lines printed under it.

    Example:
        >>> Signature(name="Yashar Aliyev", titles=("Ambassador", "Permanent Representative"))
        Signature(name='Yashar Aliyev', titles=('Ambassador', 'Permanent Representative'))
    """

    name: str = attrs.field(validator=_signature_name)
    titles: tuple[str, ...] = attrs.field(default=(), validator=_texts)


@attrs.frozen(kw_only=True)
class Footnote(_Shown):
    """A footnote: its marker ("*", "1", "a") and its text.

    Example:
        >>> Footnote(marker="*", text="Circulated in English only.")
        Footnote(marker='*', text='Circulated in English only.')
    """

    marker: str = attrs.field(validator=_marker)
    text: str = attrs.field(validator=_text)


@attrs.frozen(kw_only=True)
class Letter(_Shown):
    """The letter (or note verbale) a document circulates: its title, body paragraphs and signatures.

    Kind, date, sender, sender States and addressees are read from the title, never stored beside it. A title
    that prints its date without the year ("datées du 21 février") takes the year from the date of the document
    the letter is in (`document_date`, which `Document` sets).

    Example:
        >>> letter = Letter(
        ...     title="Letter dated 20 January 2023 from the Permanent Representative of Azerbaijan to the"
        ...     " United Nations addressed to the Secretary-General",
        ...     paragraphs=("I have the honour to transmit herewith a statement.",),
        ...     signatures=(Signature(name="Yashar Aliyev"),),
        ... )
        >>> letter.kind, letter.date, letter.sender_states, letter.addressees
        (<LetterKind.LETTER: 'letter'>, datetime.date(2023, 1, 20), ('Azerbaijan',), ('Secretary-General',))
    """

    title: str = attrs.field(validator=_text)
    paragraphs: tuple[str, ...] = attrs.field(default=(), validator=_texts)
    signatures: tuple[Signature, ...] = attrs.field(default=(), validator=_tuple_of(Signature))
    #: The date of the document the letter is in: context, not content (`Document` sets it; not compared, not
    #: shown, not written by any writer): a title date printed without its year takes its year from it.
    document_date: dt.date | None = attrs.field(
        default=None, eq=False, repr=False, validator=_instance(dt.date, optional=True), metadata={"context": True}
    )

    @property
    def parsed_title(self) -> Title | None:
        """The parts of the title, or None when the title does not read as one."""
        parts = _title_parts(self.title)
        if parts is not None and parts.date is None and self.document_date is not None:
            return _title_parts(self.title, self.document_date)  # a day and month printed without the year
        return parts

    @property
    def year_inferred(self) -> bool:
        """Whether the title prints its date without the year, which was taken from `document_date`."""
        parts = _title_parts(self.title)
        return parts is not None and parts.date is None and self.date is not None

    @property
    def kind(self) -> LetterKind | None:
        """Letter, identical letters or note verbale, from the title."""
        parts = self.parsed_title
        return None if parts is None else parts.kind

    @property
    def date(self) -> dt.date | None:
        """The date in the title."""
        parts = self.parsed_title
        return None if parts is None else parts.date

    @property
    def sender(self) -> str | None:
        """Who sends it, as the title says ("Permanent Representative of Azerbaijan to the United Nations")."""
        parts = self.parsed_title
        return None if parts is None else parts.sender

    @property
    def sender_states(self) -> tuple[str, ...]:
        """The States the sender speaks for (empty for United Nations officials)."""
        parts = self.parsed_title
        return () if parts is None else parts.sender_states

    @property
    def addressees(self) -> tuple[str, ...]:
        """To whom it is addressed ("Secretary-General", "President of the Security Council")."""
        parts = self.parsed_title
        return () if parts is None else parts.addressees


_LETTER_FIELDS = tuple(a.name for a in attrs.fields(Letter) if a.name != "document_date")


def _with_document_date(letter: Letter, date: dt.date | None) -> Letter:
    """A copy of *letter* in a document of *date* (its fields are valid already: no validator runs again)."""
    copy = object.__new__(Letter)
    for name in _LETTER_FIELDS:
        object.__setattr__(copy, name, getattr(letter, name))
    object.__setattr__(copy, "document_date", date)
    return copy


@attrs.frozen(kw_only=True)
class Statement(_Shown):
    """A statement annexed to a letter (a ministry's statement, a declaration): it runs to the end of its annex.

    Example:
        >>> s = Statement(title="Statement of the Ministry of Foreign Affairs of Azerbaijan on 20 January")
        >>> s.issuer
        'Ministry of Foreign Affairs of Azerbaijan'
    """

    title: str = attrs.field(validator=_text)
    date: dt.date | None = attrs.field(default=None, validator=_instance(dt.date, optional=True))
    paragraphs: tuple[str, ...] = attrs.field(default=(), validator=_texts)
    signatures: tuple[Signature, ...] = attrs.field(default=(), validator=_tuple_of(Signature))

    @property
    def issuer(self) -> str | None:
        """Who issues the statement, read from a title "Statement of/by X [on ...]"; None otherwise."""
        m = ENGLISH.statement_issuer.match(self.title)
        return None if m is None else m.group("issuer")


@attrs.frozen(kw_only=True)
class Annex(_Shown):
    """An annex or enclosure: its label, its heading, its own paragraphs and signatures, and a statement.

    Attributes:
        label: a label printed on its own line ("Annex", "Annex I", "Enclosure"), or None. Label or heading (or
            both) must be given: an annex is known by one of them.
        heading: the annex heading ("Annex to the letter dated ...", or the title of an annexed letter), or None.
        paragraphs: text of the annex before any statement.
        signatures: the signature blocks of the annex (an annexed letter is signed).
        statement: an annexed statement; it runs to the end of the annex.

    Example:
        >>> Annex(label="Annex I", paragraphs=("The text of the annex.",)).label
        'Annex I'
    """

    label: str | None = attrs.field(default=None, validator=_annex_label)
    heading: str | None = attrs.field(default=None, validator=_optional_text)
    paragraphs: tuple[str, ...] = attrs.field(default=(), validator=_texts)
    signatures: tuple[Signature, ...] = attrs.field(default=(), validator=_tuple_of(Signature))
    statement: Statement | None = attrs.field(default=None, validator=_instance(Statement, optional=True))

    def __attrs_post_init__(self) -> None:
        if self.label is None and self.heading is None:
            raise ValidationError(
                "Annex.label and Annex.heading must not both be None: an annex is known by one of them",
                owner="Annex",
                field="label",
            )


@attrs.frozen(kw_only=True)
class Anchor:
    """Where a part of a document starts in its source: the provenance of a paragraph, title or signature.

    Attributes:
        path: the part, as `DataError` paths name it: "paragraphs[0]" (text outside any letter), "letter.title",
            "letter.paragraphs[2]", "letter.signatures[0]", "annexes[0].label", "annexes[0].heading",
            "annexes[0].paragraphs[1]", "annexes[0].signatures[0]", "annexes[0].statement.title",
            "annexes[0].statement.paragraphs[3]", "annexes[0].statement.signatures[0]".
        line: the 1-based source line its first line stands on (text and markdown sources), or None.
        page: the 1-based page its first line stands on (PDF sources), or None.

    Example:
        >>> Anchor(path="letter.paragraphs[0]", line=None, page=2)
        Anchor(path='letter.paragraphs[0]', line=None, page=2)
    """

    path: str = attrs.field(validator=_anchor_path)
    line: int | None = attrs.field(default=None, validator=_optional_positive)
    page: int | None = attrs.field(default=None, validator=_optional_positive)


@attrs.frozen(kw_only=True)
class Document(_Shown):
    """A United Nations document of the letter family: masthead, letter, annexes and footnotes.

    Attributes:
        symbols: the document's own symbols (two for a joint General Assembly / Security Council document), each
            once.
        organs: the organs in the masthead, each once.
        distribution: "Distr.: General", ...
        date: the masthead date.
        original_language: "Original: English", ...: the language the document was written in.
        language: the language of this copy, where the source shows it (the masthead's language line, "English"
            above "Original: French"); None without evidence.
        sessions: the General Assembly session and/or Security Council year, each once.
        agenda_items: the agenda items the document is circulated under, with their titles.
        paragraphs: body text outside any letter (a document with no letter title, or text before the title).
        letter: the letter the document circulates.
        annexes: its annexes and enclosures, in order. Without a letter, the first annex must be recognisable
            as one: labelled, or headed "Annex ... to the ...".
        footnotes: its footnotes.
        job_number: the job number printed in the page footer ("23-01234" of "23-01234 (E)"), which librarians
            use to identify a print job; None when the source does not show it.
        provenance: where its paragraphs, titles and signatures start in the source (`Anchor`), as the reader
            recorded them; empty for a document built by hand. Not part of equality (a document written and read
            again starts elsewhere), but carried by JSON. `anchor` looks one up.
        diagnostics: what lenient parsing noticed about the source; not part of equality, JSON or schema.

    Derived (computed from the text, never stored): `references`, the symbols the text cites.

    Example:
        >>> import unga_docs as ud
        >>> doc = ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))
        >>> doc.date, [a.number for a in doc.agenda_items]
        (datetime.date(2023, 1, 20), [30, 68, 73, 78, 84, 132])
    """

    symbols: tuple[Symbol, ...] = attrs.field(default=(), validator=_tuple_of(Symbol, unique=True))
    organs: tuple[Organ, ...] = attrs.field(default=(), validator=_tuple_of(Organ, unique=True))
    distribution: Distribution | None = attrs.field(default=None, validator=_instance(Distribution, optional=True))
    date: dt.date | None = attrs.field(default=None, validator=_instance(dt.date, optional=True))
    original_language: Language | None = attrs.field(default=None, validator=_instance(Language, optional=True))
    language: Language | None = attrs.field(default=None, validator=_instance(Language, optional=True))
    sessions: tuple[Session, ...] = attrs.field(default=(), validator=_tuple_of(Session, unique=True))
    agenda_items: tuple[AgendaItem, ...] = attrs.field(default=(), validator=_tuple_of(AgendaItem))
    paragraphs: tuple[str, ...] = attrs.field(default=(), validator=_texts)
    letter: Letter | None = attrs.field(default=None, validator=_instance(Letter, optional=True))
    annexes: tuple[Annex, ...] = attrs.field(default=(), validator=_tuple_of(Annex))
    footnotes: tuple[Footnote, ...] = attrs.field(default=(), validator=_tuple_of(Footnote))
    job_number: str | None = attrs.field(default=None, validator=_job_number)
    provenance: tuple[Anchor, ...] = attrs.field(default=(), eq=False, repr=False, validator=_tuple_of(Anchor))
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False, validator=_tuple_of(Diagnostic))

    @property
    def problems(self) -> tuple[Problem, ...]:
        """How sure the reading is: the problems a careful reader would flag (see `unga_docs.find_problems`).

        Judged from the content and from the diagnostics its reading left; a pipeline keeps the documents with
        no `Severity.WARNING` among them. A text that holds nothing of a UN document (no masthead, no title, no
        signature) is read leniently all the same, and says so here with `ProblemKind.NOT_A_DOCUMENT`.

        Example:
            >>> import unga_docs as ud
            >>> [p.kind.value for p in ud.parse("A recipe: mix the flour and the eggs.").problems]
            ['not a document']
        """
        return find_problems(self)

    def __attrs_post_init__(self) -> None:
        letter = self.letter
        if letter is not None and letter.document_date != self.date:  # the letter's context: this document's date
            object.__setattr__(self, "letter", _with_document_date(letter, self.date))
        if self.letter is None and self.annexes:
            first = self.annexes[0]
            if first.label is None and first.heading is not None and not ANNEX_HEADING.match(first.heading):
                raise ValidationError(
                    "Document.annexes[0] must have a label, or a heading 'Annex ... to the ...', when the document "
                    "has no letter: a bare heading would be the letter's title",
                    owner="Document",
                    field="annexes[0]",
                )

    @property
    def references(self) -> tuple[Symbol, ...]:
        """The symbols the text cites, in order of first appearance, each once; the document's own left out.

        They are found (`find_symbols`) in the paragraphs, titles, annex headings, statements and footnotes, with
        reissue marks resolved ("S/1999/1133*" cites S/1999/1133); never stored, so they cannot disagree with the
        text (see `unga_docs.references.find_references`).

        Example:
            >>> Document(
            ...     symbols=(Symbol.parse("A/77/715"),),
            ...     paragraphs=("See A/77/1 and S/2023/5, and A/77/1 again; this is A/77/715.",),
            ... ).references
            (Symbol.parse('A/77/1'), Symbol.parse('S/2023/5'))
        """
        return find_references(self)

    def anchor(self, path: str) -> Anchor | None:
        """Where the part at *path* ("letter.paragraphs[0]", see `Anchor`) starts in the source, if recorded.

        Example:
            >>> doc = Document(paragraphs=("Text.",), provenance=(Anchor(path="paragraphs[0]", line=3),))
            >>> doc.anchor("paragraphs[0]").line, doc.anchor("letter.title")
            (3, None)
        """
        for a in self.provenance:
            if a.path == path:
                return a
        return None
