"""Vocabulary spelled once (issue 10): the writers and the patterns take their words from the lexicon's tables.

Each test would fail if a word were spelled again where it is used: a writer printing its own "Distr.:" or
"(Signed)", a grammar repeating the English "Original", the running header's "Page 2" pattern written twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import attrs
import pytest

import unga_docs as ud
from unga_docs.assemble.rules import furniture
from unga_docs.enums import Distribution, Language, Organ
from unga_docs.grammar import words_en
from unga_docs.grammar.languages import LEXICONS, PRINTED, RUSSIAN
from unga_docs.grammar.lexicon import ENGLISH


def test_the_english_row_of_the_printed_table_is_the_english_lexicons_words() -> None:
    """English is a row of `PRINTED`, built from the English lexicon and the enums' values."""
    english = PRINTED[Language.ENGLISH]
    assert english.distribution == ENGLISH.distribution_line
    assert english.original == ENGLISH.original_line
    assert english.signed == ENGLISH.signed_word
    assert english.copy == Language.ENGLISH.value
    assert english.organs == {organ: organ.value for organ in Organ}
    # Russian copies print the English masthead words: the same row, not a copy of its strings.
    assert PRINTED[Language.RUSSIAN].distribution is english.distribution
    assert PRINTED[Language.RUSSIAN].original is english.original


@pytest.mark.parametrize("language", [Language.FRENCH, Language.SPANISH])
def test_the_copys_line_is_the_lexicons_name_of_its_language(language: Language) -> None:
    """The copy's line ("Français", "Español") is the lexicon's own name of the language, capitalised."""
    copy = PRINTED[language].copy
    assert copy[0].isupper()
    assert LEXICONS[language].languages[copy.lower()] is language
    assert PRINTED[language].languages[language] == copy.lower()


@pytest.fixture
def relabelled() -> Iterator[None]:
    """The English row of `PRINTED` with other labels, for as long as a test runs."""
    table = PRINTED
    assert isinstance(table, dict)
    english = table[Language.ENGLISH]
    table[Language.ENGLISH] = attrs.evolve(
        english,
        distribution="DISTRIBUTION={value}",
        original="ORIGINAL={value}",
        signed="(SIGNED)",
        organs={organ: organ.value.upper() for organ in Organ},
    )
    try:
        yield
    finally:
        table[Language.ENGLISH] = english


@pytest.mark.parametrize("write", [ud.to_markdown, ud.to_text], ids=["markdown", "text"])
@pytest.mark.usefixtures("relabelled")
def test_the_writers_print_the_labels_of_the_table(write: Callable[[ud.Document], str]) -> None:
    """The markdown and text writers print the masthead and signature words the table holds, and no others."""
    doc = ud.Document(
        organs=(Organ.GENERAL_ASSEMBLY,),
        distribution=Distribution.GENERAL,
        date=dt.date(2023, 1, 20),
        original_language=Language.FRENCH,
        letter=ud.Letter(title="Letter", signatures=(ud.Signature(name="Yashar Aliyev"),)),
    )
    text = write(doc)
    for printed in ("GENERAL ASSEMBLY", "DISTRIBUTION=General", "ORIGINAL=French", "(SIGNED) Yashar Aliyev"):
        assert printed in text
    for label in ("General Assembly", "Distr", "Original", "(Signed)"):
        assert label not in text


def test_the_russian_original_label_takes_the_english_one() -> None:
    """Russian copies print the English "Original:" too: the Russian pattern starts with the English label."""
    assert RUSSIAN.original_label.startswith(ENGLISH.original_label + "|")
    assert "Original" not in RUSSIAN.original_label[len(ENGLISH.original_label) :]


def test_the_page_word_is_one_pattern() -> None:
    """The page word ("Page 2") is read by the furniture pattern and the running header's rest from one definition."""
    assert words_en.PAGE_WORD in ENGLISH.furniture.pattern
    assert words_en.PAGE_WORD in furniture._HEADER_REST.pattern
    assert ENGLISH.furniture.match("Page 2 of 7") is not None
    assert furniture._HEADER_REST.match("Page 12") is not None
    assert furniture._HEADER_REST.match("Page 2 of 7") is None  # a running header's rest is the page alone
