"""Hypothesis strategies for every model class, for property-testing unga_docs and the pipelines built on it.

Needs the ``strategies`` extra (``pip install "unga-docs[strategies]"``). The strategies mix realistic values (real
looking titles, dates, symbols, State names) with hostile ones (unicode, quotes and dashes, text that looks like
markup or like another part of a document: "Agenda item 12", "(Signed) X", "# x", "Annex", "---", "1.") so that
each kind turns up in a good share of examples.

Example:
    >>> from hypothesis import given
    >>> from unga_docs.strategies import documents
    >>> @given(documents())
    ... def test_json_round_trip(doc):
    ...     assert ud.from_json(ud.to_json(doc)) == doc
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Literal

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from unga_docs._converter_markdown import _converter_markdown
from unga_docs._strategy_words import _ADDRESSEES, _HOSTILE, _SENDERS, _STATES, _WORDS
from unga_docs.assemble import reads_as_text
from unga_docs.enums import Distribution, Language, Organ, SessionKind
from unga_docs.grammar import write_date
from unga_docs.grammar.lexicon import JOB_NUMBER, MAX_AGENDA_ITEM, MAX_SESSION, SUB_ITEMS
from unga_docs.model import (
    AgendaItem,
    Anchor,
    Annex,
    Document,
    Footnote,
    Letter,
    Session,
    Signature,
    Statement,
    text_problem,
)
from unga_docs.symbols import Symbol

__all__ = [
    "Format",
    "agenda_items",
    "annexes",
    "converter_markdown",
    "dates",
    "documents",
    "footnotes",
    "letter_titles",
    "letters",
    "paragraphs",
    "provenance",
    "sessions",
    "signatures",
    "statements",
    "symbols",
    "texts",
]

#: The formats `documents` can aim at: None and "markdown" and "json" carry every document; "text" a subset;
#: "converter-markdown" the documents `converter_markdown` renders as converters do (the same subset as "text").
Format = Literal["markdown", "text", "json", "converter-markdown"]

_ALPHABET = st.characters(blacklist_categories=("Cc", "Cs"))


def _no_signed(s: str) -> bool:
    return "signed" not in s.lower()


def _collapse(s: str) -> str:
    return " ".join(s.split())


def _valid(s: str) -> bool:
    return text_problem(s) is None


def _prose(words: SearchStrategy[str]) -> SearchStrategy[str]:
    return st.lists(words, min_size=1, max_size=12).map(" ".join)


_plain_words = st.sampled_from(_WORDS)
_realistic_text = _prose(_plain_words).map(lambda s: s[0].upper() + s[1:] + ".")
_random_text = st.text(_ALPHABET, min_size=1, max_size=40).map(_collapse).filter(_valid)
_hostile_text = st.sampled_from(_HOSTILE)


@functools.cache
def texts(*, hostile: bool = True) -> SearchStrategy[str]:
    """One line of model text (white space collapsed, no control characters).

    Args:
        hostile: mix in random unicode and text that looks like structure or markup; False gives plain prose
            sentences only, none of which reads as structure (what plain text can carry).
    """
    if not hostile:
        return _realistic_text.filter(reads_as_text)
    pieces = st.one_of(_realistic_text, _hostile_text, _random_text)
    return st.lists(pieces, min_size=1, max_size=3).map(" ".join).map(_collapse).filter(_valid)


@functools.cache
def paragraphs(*, hostile: bool = True, max_size: int = 6) -> SearchStrategy[tuple[str, ...]]:
    """A tuple of body paragraphs (empty in some examples, long in others)."""
    return st.lists(texts(hostile=hostile), max_size=max_size).map(tuple)


@functools.cache
def dates() -> SearchStrategy[dt.date]:
    """Dates from the founding of the United Nations to the end of this century."""
    return st.dates(min_value=dt.date(1945, 6, 26), max_value=dt.date(2099, 12, 31))


@functools.cache
def symbols() -> SearchStrategy[Symbol]:
    """Document symbols of the common forms: A/77/715, S/2023/5, A/C.3/78/L.60/Rev.1, S/RES/2699 (2023) ..."""
    session = st.integers(1, 99)
    year = st.integers(1994, 2030)
    number = st.integers(1, 2000)
    suffix = st.sampled_from(("", "/Add.1", "/Corr.1", "/Rev.1", "/Rev.2/Add.3", "/Add.1/Corr.2"))
    forms = st.one_of(
        st.builds("A/{}/{}{}".format, session, number, suffix),
        st.builds("S/{}/{}{}".format, year, number, suffix),
        st.builds("A/C.{}/{}/L.{}{}".format, st.integers(1, 6), session, number, suffix),
        st.builds("A/HRC/{}/{}".format, session, number),
        st.builds("A/RES/{}/{}".format, session, number),
        st.builds("S/RES/{} ({})".format, number, year),
        st.builds("A/ES-{}/{}".format, st.integers(1, 11), number),
        st.builds("S/PV.{}".format, st.integers(1, 9999)),
    )
    return forms.map(Symbol.parse)


@functools.cache
def letter_titles(*, hostile: bool = True) -> SearchStrategy[str]:
    """Letter titles: realistic ones (letters, identical letters, notes verbales, messages), any text if hostile."""
    state = st.sampled_from(_STATES)
    sender = st.builds(lambda form, s: form.format(s=s), st.sampled_from(_SENDERS), state)
    addressee = st.sampled_from(_ADDRESSEES)
    letter = st.builds(
        lambda d, s, a: f"Letter dated {write_date(d)} from {s} addressed to {a}", dates(), sender, addressee
    )
    identical = st.builds(
        lambda d, s: (
            f"Identical letters dated {write_date(d)} from {s} addressed to the Secretary-General and "
            "the President of the Security Council"
        ),
        dates(),
        sender,
    )
    note = st.builds(
        lambda d, s, a: (
            f"Note verbale dated {write_date(d)} from the Permanent Mission of {s} to the United "
            f"Nations addressed to {a}"
        ),
        dates(),
        state,
        addressee,
    )
    # The rarer kinds: "Message dated ...", "Identical notifications dated ...".
    other = st.builds(
        lambda k, d, s, a: f"{k} dated {write_date(d)} from {s} addressed to {a}",
        st.sampled_from(("Message", "Communication", "Communications", "Identical notifications")),
        dates(),
        sender,
        addressee,
    )
    realistic = st.one_of(letter, identical, note, other)
    return st.one_of(realistic, texts()) if hostile else realistic


@functools.cache
def sessions() -> SearchStrategy[Session]:
    """General Assembly sessions (regular, special, emergency special) and Security Council years."""
    ga = st.builds(
        Session,
        organ=st.just(Organ.GENERAL_ASSEMBLY),
        number=st.integers(1, MAX_SESSION),
        kind=st.sampled_from(SessionKind),
    )
    sc = st.builds(Session, organ=st.just(Organ.SECURITY_COUNCIL), number=st.integers(1, MAX_SESSION))
    return st.one_of(ga, sc)


#: Every sub-item the model allows, letters first ("a" < "i" < "ii" < "xviii" < "z"): shrinking ends at "a".
_sub_items = st.sampled_from(sorted(SUB_ITEMS))


@functools.cache
def agenda_items(*, hostile: bool = True) -> SearchStrategy[AgendaItem]:
    """Agenda items, some with sub-items (every form the model allows: letters and roman numerals), some untitled."""
    return st.builds(
        AgendaItem,
        number=st.integers(1, 200) | st.integers(1, MAX_AGENDA_ITEM),
        sub_item=st.none() | _sub_items,
        title=st.none() | texts(hostile=hostile),
    )


@functools.cache
def signatures(*, hostile: bool = True) -> SearchStrategy[Signature]:
    """Signatories with zero to three title lines."""
    names = st.sampled_from(("Yashar Aliyev", "António Guterres", "Linda Thomas-Greenfield", "Zhang Jun"))
    name = st.one_of(names, texts().filter(_no_signed)) if hostile else names
    title = st.sampled_from(("Ambassador", "Permanent Representative", "Chargé d’affaires a.i."))
    titles = st.lists(st.one_of(title, texts()) if hostile else title, max_size=3).map(tuple)
    return st.builds(Signature, name=name, titles=titles)


@functools.cache
def _sigs(hostile: bool) -> SearchStrategy[tuple[Signature, ...]]:
    return st.lists(signatures(hostile=hostile), max_size=3).map(tuple)


@functools.cache
def letters(*, hostile: bool = True) -> SearchStrategy[Letter]:
    """Letters with a title, paragraphs and signatures (several signatories in some)."""
    return st.builds(
        Letter,
        title=letter_titles(hostile=hostile),
        paragraphs=paragraphs(hostile=hostile),
        signatures=_sigs(hostile),
    )


@functools.cache
def statements(*, hostile: bool = True) -> SearchStrategy[Statement]:
    """Annexed statements."""
    title = st.sampled_from(
        (
            "Statement of the Ministry of Foreign Affairs of the Republic of Azerbaijan on 20 January",
            "Joint statement by the Foreign Ministers",
            "Statement by the Government of Armenia",
        )
    )
    return st.builds(
        Statement,
        title=st.one_of(title, texts()) if hostile else title,
        date=st.none() | dates(),
        paragraphs=paragraphs(hostile=hostile),
        signatures=_sigs(hostile),
    )


@functools.cache
def annexes(*, hostile: bool = True) -> SearchStrategy[Annex]:
    """Annexes and enclosures: labelled, headed or both, with or without paragraphs, signatures and statement."""
    label = st.sampled_from(("Annex", "Annex I", "Annex II", "Enclosure", "ANNEX III", "Appendix"))
    heading = st.sampled_from(
        (
            "Annex to the letter dated 20 January 2023 from the Permanent Representative of Azerbaijan to the "
            "United Nations addressed to the Secretary-General",
            "Letter dated 19 January 2023 from the Minister for Foreign Affairs of Azerbaijan addressed to the "
            "Secretary-General",
        )
    )
    any_heading = st.one_of(heading, texts()) if hostile else heading
    label_heading = st.one_of(
        st.tuples(label, st.none()),
        st.tuples(label, any_heading),
        st.tuples(st.none(), any_heading if hostile else heading.filter(lambda h: h.startswith("Annex"))),
    )
    return st.builds(
        lambda lh, **kw: Annex(label=lh[0], heading=lh[1], **kw),
        label_heading,
        paragraphs=paragraphs(hostile=hostile),
        signatures=_sigs(hostile),
        statement=st.none() | statements(hostile=hostile),
    )


@functools.cache
def footnotes(*, hostile: bool = True) -> SearchStrategy[Footnote]:
    """Footnotes with their markers."""
    marker = st.one_of(st.sampled_from(("*", "**", "a", "b", "†")), st.integers(1, 99).map(str))
    return st.builds(Footnote, marker=marker, text=texts(hostile=hostile))


@st.composite
def _documents(draw: st.DrawFn, hostile: bool) -> Document:
    organs = st.sampled_from(
        ((Organ.GENERAL_ASSEMBLY,), (Organ.SECURITY_COUNCIL,), (Organ.GENERAL_ASSEMBLY, Organ.SECURITY_COUNCIL))
    )
    letter = draw(st.none() | letters(hostile=hostile))
    annex_list = draw(st.lists(annexes(hostile=hostile), max_size=3))
    if letter is None and annex_list and annex_list[0].label is None:
        # Without a letter, a bare heading would read as the letter's title: the first annex is labelled.
        annex_list[0] = attrs.evolve(annex_list[0], label="Annex")
    doc = Document(
        symbols=tuple(draw(st.lists(symbols(), max_size=2, unique=True))),
        organs=draw(st.one_of(st.just(()), organs)),
        distribution=draw(st.none() | st.sampled_from(Distribution)),
        date=draw(st.none() | dates()),
        original_language=draw(st.none() | st.sampled_from(Language)),
        language=draw(st.none() | st.sampled_from(Language)),
        sessions=tuple(draw(st.lists(sessions(), max_size=2, unique=True))),
        agenda_items=tuple(draw(st.lists(agenda_items(hostile=hostile), max_size=6))),
        paragraphs=tuple(draw(paragraphs(hostile=hostile, max_size=2))) if hostile else (),
        letter=letter,
        annexes=tuple(annex_list),
        footnotes=tuple(draw(st.lists(footnotes(hostile=hostile), max_size=2))),
        job_number=draw(st.none() | st.from_regex(JOB_NUMBER, fullmatch=True)),
    )
    return attrs.evolve(doc, provenance=draw(provenance(doc)))


def _anchor_paths(doc: Document) -> list[str]:
    """The paths of every part of *doc* an `Anchor` can point at, in document order."""
    paths = [f"paragraphs[{i}]" for i in range(len(doc.paragraphs))]

    def parts(prefix: str, part: Letter | Annex | Statement) -> None:
        paths.extend(f"{prefix}paragraphs[{i}]" for i in range(len(part.paragraphs)))
        paths.extend(f"{prefix}signatures[{i}]" for i in range(len(part.signatures)))

    if doc.letter is not None:
        paths.append("letter.title")
        parts("letter.", doc.letter)
    for k, annex in enumerate(doc.annexes):
        prefix = f"annexes[{k}]."
        paths.extend(prefix + name for name in ("label", "heading") if getattr(annex, name) is not None)
        parts(prefix, annex)
        if annex.statement is not None:
            paths.append(prefix + "statement.title")
            parts(prefix + "statement.", annex.statement)
    return paths


def provenance(doc: Document) -> SearchStrategy[tuple[Anchor, ...]]:
    """Provenance for *doc*: none, or anchors (line, page, both or neither) for some of its parts, in order."""
    paths = _anchor_paths(doc)
    if not paths:
        return st.just(())
    number = st.none() | st.integers(1, 100_000)
    anchor = st.builds(Anchor, path=st.sampled_from(paths), line=number, page=number)
    return st.just(()) | st.lists(anchor, max_size=len(paths), unique_by=lambda a: a.path).map(
        lambda anchors: tuple(sorted(anchors, key=lambda a: paths.index(a.path)))
    )


@functools.cache
def documents(format: Format | None = None) -> SearchStrategy[Document]:
    """Whole documents: single and joint mastheads, agenda items, letters, annexes, footnotes, provenance.

    Args:
        format: None, "markdown" or "json" for every valid document; "text" for the documents plain text can
            carry (see docs/formats.md); "converter-markdown" for those `converter_markdown` renders (the same).
    """
    if format == "converter-markdown":
        return _documents(False)
    return _documents(format != "text")


def converter_markdown(doc: Document) -> SearchStrategy[str]:
    """Markdown of *doc* as PDF converters write it (pymupdf4llm, markitdown, docling and the like).

    Masthead fields merged on lines, headings of any level and bold lines where the converter saw bold text,
    a session and its agenda list on one line, titles wrapped after their heading line, paragraphs hard-wrapped
    and split by page breaks (with a picture's placeholder or the page footer between), signature blocks on one
    line, symbols as links. For the documents of ``documents(format="converter-markdown")``, reading it gives
    the same masthead, agenda, title, signatures and annexes, and keeps every word.

    Example:
        >>> from hypothesis import given
        >>> @given(documents(format="converter-markdown").flatmap(
        ...     lambda d: converter_markdown(d).map(lambda md: (d, md))))
        ... def test_reads(pair): ...
    """
    return _converter_markdown(doc)
