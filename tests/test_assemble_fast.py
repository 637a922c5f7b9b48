"""The assembler's fast paths agree with the general code they stand for."""

from __future__ import annotations

import re
import sys
from typing import Any

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import unga_docs as ud
from unga_docs._validators import ANCHOR_PATH
from unga_docs.assemble import fields, parser
from unga_docs.blocks import Line, make_line
from unga_docs.enums import Language, Organ, SessionKind
from unga_docs.grammar import ENGLISH
from unga_docs.grammar.languages import LEXICONS
from unga_docs.grammar.lexicon import MAX_SESSION
from unga_docs.grammar.sessions import SessionRef, write_session
from unga_docs.model import Anchor
from unga_docs.strategies import documents

_PATHS = st.from_regex(ANCHOR_PATH, fullmatch=True)
_NUMBERS = st.none() | st.integers(min_value=1, max_value=10**9)


@given(_PATHS, _NUMBERS, _NUMBERS)
@example("letter.paragraphs[0]", 7, None)
@example("annexes[0].statement.title", None, 2)
def test_trusted_anchor_is_the_validated_one(path: str, line: int | None, page: int | None) -> None:
    """`parser._anchor` builds what ``Anchor(...)`` builds: equal, same hash and repr, and valid."""
    fast = parser._anchor(path, line, page)
    slow = Anchor(path=path, line=line, page=page)
    assert type(fast) is Anchor
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert repr(fast) == repr(slow)
    assert attrs.astuple(fast) == attrs.astuple(slow)
    attrs.validate(fast)
    assert attrs.evolve(fast, line=None if line is None else line + 1) == Anchor(
        path=path, line=None if line is None else line + 1, page=page
    )


@given(documents(format="markdown"))
def test_every_anchor_of_a_reading_is_valid(doc: ud.Document) -> None:
    """The walk's anchors (built without validators) pass the validators: the paths it records are model paths."""
    read = ud.from_markdown(ud.to_markdown(doc))
    for anchor in read.provenance:
        attrs.validate(anchor)


def test_every_anchor_of_the_reference_document_is_valid() -> None:
    doc = ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))
    assert len(doc.provenance) > 10
    for anchor in doc.provenance:
        attrs.validate(anchor)


@given(st.sampled_from(["20 January 2023", "Distr.: General", "Seventy-seventh session", "Annex", "A/77/700"]))
def test_masthead_memo_answers_as_the_reading(text: str) -> None:
    """Asked with or without the lexicon, the memo answers what the uncached reading answers (one entry each)."""
    fields.forget()
    assert fields.masthead_fields(text) == fields._masthead_fields(text, ENGLISH)
    assert fields.masthead_fields(text, ENGLISH) == fields.masthead_fields(text)
    assert fields._fields_memo.cache_info().misses == 1
    assert fields.masthead_prefix(text) == fields.masthead_prefix(text, ENGLISH)
    assert fields._prefix_memo.cache_info().misses == 1


_FOOTER_BITS = st.sampled_from(["(", ")", "E", "*", "2301234", "23-01234", " ", "(E)", "a", "-", "/"])


@given(st.lists(_FOOTER_BITS, max_size=20).map("".join))
@example("23-01234 (E) 250123")
@example("*2301234*")
def test_furniture_inside_is_the_general_search(text: str) -> None:
    """The "(" test before the language-letter search rules out only lines the search would not find."""
    from unga_docs.assemble.rules import paragraph

    general = bool(paragraph._BARCODE.search(text)) or any(
        paragraph._JOB_BEFORE.search(text, max(0, m.start() - 16), m.start())
        for m in paragraph._LANGUAGE_LETTER.finditer(text)
    )
    assert paragraph._furniture_inside(text) is general


@given(
    st.sampled_from(["organs", "distributions", "languages"]),
    st.sampled_from(list(LEXICONS.values())),
    st.data(),
)
def test_masthead_lookup_is_the_merged_dictionary(name: str, lexicon: object, data: st.DataObject) -> None:
    """`masthead._lookup` answers as the lexicon's words laid over English's would (a KeyError where neither has it)."""
    import types

    from unga_docs.assemble.rules import masthead

    merged = {**getattr(ENGLISH, name), **getattr(lexicon, name)}
    key = data.draw(st.sampled_from([*sorted(merged), "no such word"]))
    state = types.SimpleNamespace(lexicon=lexicon)
    if key in merged:
        assert masthead._lookup(state, key, name) == merged[key]  # type: ignore[arg-type]
    else:
        with pytest.raises(KeyError):
            masthead._lookup(state, key, name)  # type: ignore[arg-type]


@given(
    st.lists(st.sampled_from(["Council", "S", "/", "2016", "A", "a", " ", "Д", "74", "."]), max_size=12).map("".join)
)
@example("Security CouncilS/2016/224")
def test_glued_symbol_needs_a_slash(text: str) -> None:
    """`_masthead_fields` looks for a symbol run into a word only in text with a slash: none is missed."""
    if fields._GLUED_SYMBOL.search(text):
        assert "/" in text


@given(st.lists(st.sampled_from(["a", "s", "/", "1", "S", " ", "x"]), min_size=1, max_size=6).map("".join))
@example("s/12022")
def test_ocr_case_slash_test_misses_no_match(text: str) -> None:
    """`_ocr_case` tests the second character for the slash before its pattern: no match is ruled out."""
    expected = text[0].upper() + text[1:] if fields._OCR_LOWER_SERIES.match(text) else text
    assert fields._ocr_case(text) == expected


@given(
    text=st.text(min_size=1),
    lineno=st.integers(min_value=1, max_value=10**6),
    heading=st.integers(min_value=0, max_value=6),
    flags=st.lists(st.booleans(), min_size=5, max_size=5),
    page=st.integers(min_value=0, max_value=10**4),
    given_args=st.integers(min_value=2, max_value=9),
)
@example(text="---", lineno=1, heading=0, flags=[True, False, False, True, False], page=0, given_args=7)
def test_positional_line_is_the_keyword_one(
    text: str, lineno: int, heading: int, flags: list[bool], page: int, given_args: int
) -> None:
    """`blocks.make_line` builds what ``Line(...)`` builds, with any number of its arguments given."""
    block_start, wraps, literal, rule, furniture = flags
    values: tuple[Any, ...] = (text, lineno, heading, block_start, wraps, literal, rule, page, furniture)[:given_args]
    names = [a.name for a in attrs.fields(Line)][:given_args]
    fast = make_line(*values)
    keywords: dict[str, Any] = dict(zip(names, values, strict=True))
    slow = Line(**keywords)
    assert type(fast) is Line
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert repr(fast) == repr(slow)
    assert attrs.astuple(fast) == attrs.astuple(slow)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        fast.text = "changed"  # type: ignore[misc]


_FIELD_TEXTS = st.lists(
    st.sampled_from([*"AaSsGgDdOoEe019 ,;-–.:[]", "General Assembly", "Distr.", "Original", "English", "January"]),
    max_size=12,
).map("".join)


@given(_FIELD_TEXTS | st.text().map(lambda t: t.replace("/", "")), st.sampled_from(list(LEXICONS)))
@example("Prevention of armed conflict", Language.ENGLISH)
@example(" ,General Assembly", Language.ENGLISH)
def test_field_start_without_a_slash_is_the_whole_pattern(text: str, language: Language) -> None:
    """Without a slash, the field-start pattern without its symbol branch answers as the whole pattern."""
    lexicon = LEXICONS[language]
    whole = fields._tokens(lexicon)[1].match(text) is not None
    assert (fields._field_start_without_symbol(lexicon).match(text) is not None) == whole


@st.composite
def _session_texts(draw: st.DrawFn) -> tuple[str, Language]:
    """A session line in some language, maybe in other case, maybe with something before or after it."""
    language = draw(st.sampled_from(list(LEXICONS)))
    lexicon = LEXICONS[language]
    organ = draw(st.sampled_from([Organ.GENERAL_ASSEMBLY, Organ.SECURITY_COUNCIL]))
    kind = SessionKind.REGULAR if organ is Organ.SECURITY_COUNCIL else draw(st.sampled_from(list(SessionKind)))
    ref = SessionRef(organ=organ, number=draw(st.integers(1, MAX_SESSION)), kind=kind)
    text = write_session(ref, draw(st.sampled_from([lexicon, ENGLISH])))
    text = draw(st.sampled_from([text, text.upper(), text.lower()]))
    around = st.sampled_from(["", " ", ", ", "A/77/1 ", "20 January 2023 ", "1 ", "x", " 12", " General Assembly"])
    return draw(around) + text + draw(around), language


@given(_session_texts())
@example(("Seventy-seventh session", Language.ENGLISH))
@example(("Seventy-seventh session 1", Language.ENGLISH))
@example(("Seventy-seventh session General Assembly", Language.ENGLISH))
@example(("SOIXANTE-DIX-SEPTIÈME SESSION, ", Language.FRENCH))
def test_a_line_that_is_one_session_reads_as_the_general_search(case: tuple[str, Language]) -> None:
    """The shortcut for a line that is one session line (no token search) answers as the general reading."""
    text, language = case
    lexicon = LEXICONS[language]
    fields.forget()
    fast = fields._masthead_fields(text, lexicon)
    fields.forget()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fields, "_DIGIT", re.compile(""))  # matches everywhere: the shortcut never applies
        general = fields._masthead_fields(text, lexicon)
    fields.forget()
    assert fast == general


_SESSION_WORD_TEXTS = st.lists(
    st.sampled_from(["session", "SESSION", "year", "Year", "ſeſſion", "sessİon", "sessıon", "YEAR", " ", "é", "x", "–"])
    | st.characters(),
    max_size=8,
).map("".join)


@given(_SESSION_WORD_TEXTS | st.text())
@example("ſeſſion")
@example("Statement of the Ministry – 20 January")
def test_session_word_is_the_patterns_answer(text: str) -> None:
    """`_has_session_word` answers as the case-insensitive pattern it stands for, in every script."""
    assert fields._has_session_word(text) == (fields._SESSION_WORD.search(text) is not None)


def test_session_word_folds_only_three_odd_characters() -> None:
    """The three characters `_has_session_word` looks for are all the pattern reads that lower() does not."""
    odd = set()
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        for word in ("session", "year"):
            for i in range(len(word)):
                t = word[:i] + c + word[i + 1 :]
                if fields._SESSION_WORD.fullmatch(t) and word not in t.lower():
                    odd.add(c)
    assert odd == {"\u0130", "\u0131", "\u017f"}


_FIELD_PIECES = [
    "General Assembly", "Security Council", "Assemblée générale", "Генеральная Ассамблея", "Distr.: General",
    "Distr.:", "General", "Limited", "Original: English", "Original:", "English", "anglais", "Français",
    "20 January 2023", "20 janvier 2023", "31 February 2023", "Seventy-seventh session", "Seventy-eighth year",
    "A/77/715", "S/2023/45", "A/77/715–S/2023/45", "s/2023/4", "United Nations", "Provisional", "Letter", "dated",
    "x", "Lettre", "Agenda item 5", "12", "*2300544*", "23-00544 (E)",
]  # fmt: skip
_FIELD_SEPARATORS = ["", " ", ", ", "; ", "-", " – ", "\t", "\n", ".", "\u00a0", "  "]


@st.composite
def _field_lines(draw: st.DrawFn) -> str:
    """A line of masthead fields, words, glue and odd separators in any order."""
    pieces = draw(st.lists(st.sampled_from(_FIELD_PIECES), min_size=1, max_size=5))
    out = draw(st.sampled_from(["", " ", ","]))
    for piece in pieces:
        out += piece + draw(st.sampled_from(_FIELD_SEPARATORS))
    return out


@given(_field_lines(), st.sampled_from(list(LEXICONS)))
@example("General Assembly", Language.ENGLISH)
@example("Distr.: General\n", Language.ENGLISH)
@example("EnglishFrench", Language.ENGLISH)
@example("General Assembly Seventy-seventh session", Language.ENGLISH)
@example("Original:General Assembly", Language.ENGLISH)
@example("Distr.: ", Language.ENGLISH)
@example("Original: English\n", Language.ENGLISH)
def test_prefix_of_a_line_of_fields_is_the_walks(text: str, language: Language) -> None:
    """The prefix's shortcut for a line made of fields gives the prefix its walk finds."""
    lexicon = LEXICONS[language]
    fields.forget()
    fast = fields._prefix_memo.__wrapped__(text, lexicon)
    fields.forget()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fields, "_one_field", lambda text, lexicon: False)  # the walk, always
        general = fields._prefix_memo.__wrapped__(text, lexicon)
    fields.forget()
    assert fast == general
