"""Month names and spelled ordinals of the other official languages, checked against the lang corpus.

The corpus tests read the texts of ``lang/docs`` where they live: every session or year ordinal a masthead prints
("Trente-quatrième session", "Trigésimo cuarto período de sesiones", "Пятьдесят шестая сессия") is one the
functions spell, and every month of a date is one the tables know.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import CORPUS, corpus_missing, corpus_params
from unga_docs.grammar.words_i18n import (
    ARABIC_MONTH_NUMBERS,
    ARABIC_MONTHS,
    ARABIC_MONTHS_LEVANTINE,
    ARABIC_MONTHS_WESTERN,
    FRENCH_MONTH_NUMBERS,
    FRENCH_MONTHS,
    MAX_SESSION,
    RUSSIAN_MONTH_NUMBERS,
    RUSSIAN_MONTHS_GENITIVE,
    RUSSIAN_MONTHS_NOMINATIVE,
    SPANISH_MONTH_NUMBERS,
    SPANISH_MONTHS,
    french_ordinal,
    russian_ordinal,
    spanish_ordinal,
)

NUMBERS = range(1, MAX_SESSION + 1)


@pytest.mark.parametrize(
    ("n", "masculine", "feminine"),
    [
        (1, "premier", "première"),
        (2, "deuxième", "deuxième"),
        (21, "vingt et unième", "vingt et unième"),
        (34, "trente-quatrième", "trente-quatrième"),
        (71, "soixante et onzième", "soixante et onzième"),
        (77, "soixante-dix-septième", "soixante-dix-septième"),
        (80, "quatre-vingtième", "quatre-vingtième"),
        (81, "quatre-vingt-unième", "quatre-vingt-unième"),
        (91, "quatre-vingt-onzième", "quatre-vingt-onzième"),
        (100, "centième", "centième"),
        (101, "cent unième", "cent unième"),
        (199, "cent quatre-vingt-dix-neuvième", "cent quatre-vingt-dix-neuvième"),
    ],
)
def test_french_ordinals(n: int, masculine: str, feminine: str) -> None:
    assert french_ordinal(n) == masculine
    assert french_ordinal(n, feminine=True) == feminine


@pytest.mark.parametrize(
    ("n", "before_noun", "alone", "feminine"),
    [
        (1, "primer", "primero", "primera"),
        (3, "tercer", "tercero", "tercera"),
        (11, "undécimo", "undécimo", "undécima"),
        (13, "decimotercer", "decimotercero", "decimotercera"),
        (17, "decimoséptimo", "decimoséptimo", "decimoséptima"),
        (34, "trigésimo cuarto", "trigésimo cuarto", "trigésima cuarta"),
        (71, "septuagésimo primer", "septuagésimo primero", "septuagésima primera"),
        (77, "septuagésimo séptimo", "septuagésimo séptimo", "septuagésima séptima"),
        (78, "septuagésimo octavo", "septuagésimo octavo", "septuagésima octava"),
        (100, "centésimo", "centésimo", "centésima"),
        (123, "centésimo vigésimo tercer", "centésimo vigésimo tercero", "centésima vigésima tercera"),
    ],
)
def test_spanish_ordinals(n: int, before_noun: str, alone: str, feminine: str) -> None:
    assert spanish_ordinal(n) == before_noun
    assert spanish_ordinal(n, apocope=False) == alone
    assert spanish_ordinal(n, feminine=True) == feminine


@pytest.mark.parametrize(
    ("n", "masculine", "feminine", "feminine_genitive", "masculine_genitive"),
    [
        (1, "первый", "первая", "первой", "первого"),
        (3, "третий", "третья", "третьей", "третьего"),
        (40, "сороковой", "сороковая", "сороковой", "сорокового"),
        (56, "пятьдесят шестой", "пятьдесят шестая", "пятьдесят шестой", "пятьдесят шестого"),
        (77, "семьдесят седьмой", "семьдесят седьмая", "семьдесят седьмой", "семьдесят седьмого"),
        (78, "семьдесят восьмой", "семьдесят восьмая", "семьдесят восьмой", "семьдесят восьмого"),
        (100, "сотый", "сотая", "сотой", "сотого"),
        (113, "сто тринадцатый", "сто тринадцатая", "сто тринадцатой", "сто тринадцатого"),
    ],
)
def test_russian_ordinals(
    n: int, masculine: str, feminine: str, feminine_genitive: str, masculine_genitive: str
) -> None:
    assert russian_ordinal(n) == masculine
    assert russian_ordinal(n, feminine=True) == feminine
    assert russian_ordinal(n, feminine=True, case="genitive") == feminine_genitive
    assert russian_ordinal(n, case="genitive") == masculine_genitive


SPELLERS: list[Callable[[int], str]] = [
    french_ordinal,
    lambda n: french_ordinal(n, feminine=True),
    spanish_ordinal,
    lambda n: spanish_ordinal(n, apocope=False),
    lambda n: spanish_ordinal(n, feminine=True),
    russian_ordinal,
    lambda n: russian_ordinal(n, feminine=True),
    lambda n: russian_ordinal(n, case="genitive"),
    lambda n: russian_ordinal(n, feminine=True, case="genitive"),
]


@pytest.mark.parametrize("spell", SPELLERS)
def test_every_ordinal_is_one_distinct_clean_word_list(spell: Callable[[int], str]) -> None:
    words = [spell(n) for n in NUMBERS]
    assert len(set(words)) == MAX_SESSION
    for word in words:
        assert word == word.lower()
        assert re.fullmatch(r"\w+(?:[- ]\w+)*", word), word


@pytest.mark.parametrize("spell", [french_ordinal, spanish_ordinal, russian_ordinal])
@given(n=st.one_of(st.integers(max_value=0), st.integers(min_value=MAX_SESSION + 1)))
def test_out_of_range_is_refused(spell: Callable[[int], str], n: int) -> None:
    with pytest.raises(ValueError, match="out of range"):
        spell(n)


def test_month_tables() -> None:
    tables = (
        FRENCH_MONTHS,
        SPANISH_MONTHS,
        RUSSIAN_MONTHS_GENITIVE,
        RUSSIAN_MONTHS_NOMINATIVE,
        ARABIC_MONTHS,
        ARABIC_MONTHS_LEVANTINE,
        ARABIC_MONTHS_WESTERN,
    )
    for table in tables:
        assert len(table) == len(set(table)) == 12
    for numbers, table in (
        (FRENCH_MONTH_NUMBERS, FRENCH_MONTHS),
        (SPANISH_MONTH_NUMBERS, SPANISH_MONTHS),
        (RUSSIAN_MONTH_NUMBERS, RUSSIAN_MONTHS_GENITIVE),
        (RUSSIAN_MONTH_NUMBERS, RUSSIAN_MONTHS_NOMINATIVE),
        (ARABIC_MONTH_NUMBERS, ARABIC_MONTHS),
        (ARABIC_MONTH_NUMBERS, ARABIC_MONTHS_LEVANTINE),
        (ARABIC_MONTH_NUMBERS, ARABIC_MONTHS_WESTERN),
    ):
        assert [numbers[name] for name in table] == list(range(1, 13))
    assert ARABIC_MONTHS[2] == "آذار/مارس"
    assert ARABIC_MONTH_NUMBERS["يونيو"] == ARABIC_MONTH_NUMBERS["حزيران/يونيه"] == 6


# -- the lang corpus ------------------------------------------------------------------------------------------------


def _fold(text: str) -> str:
    bare = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in bare if not unicodedata.combining(char))


ORDINALS: dict[str, set[str]] = {
    "fr": {_fold(french_ordinal(n, feminine=f)) for n in NUMBERS for f in (False, True)},
    "es": {
        _fold(spanish_ordinal(n, feminine=f, apocope=a)) for n in NUMBERS for f in (False, True) for a in (False, True)
    },
    "ru": {_fold(russian_ordinal(n, feminine=f)) for n in NUMBERS for f in (False, True)},
}  # fmt: skip

#: An ordinal phrase before the noun a masthead prints after it (words, then the noun).
MASTHEAD = {
    "fr": re.compile(r"((?:[^\W\d_]+[- ]){0,5}[^\W\d_]+) (?:session|année)\b", re.IGNORECASE),
    "es": re.compile(r"((?:[^\W\d_]+ ){0,5}[^\W\d_]+) (?:per[íi]odo de sesiones|año)\b", re.IGNORECASE),
    "ru": re.compile(r"((?:[^\W\d_]+ ){0,5}[^\W\d_]+) (?:сессия|год)\b", re.IGNORECASE),
}

#: A date and its month word.
DATE = {
    "fr": re.compile(r"\b\d{1,2}(?:er)? ([^\W\d_]+) \d{4}\b"),
    "es": re.compile(r"\b\d{1,2} de ([^\W\d_]+) de \d{4}\b"),
    "ru": re.compile(r"\b\d{1,2} ([а-яё]+) \d{4}\b"),
    "ar": re.compile(r"\b\d{1,2} ([^\W\d_]+(?: [^\W\d_]+)? ?/ ?[^\W\d_]+) \d{4}\b"),
}
MONTHS = {
    "fr": FRENCH_MONTH_NUMBERS,
    "es": SPANISH_MONTH_NUMBERS,
    "ru": RUSSIAN_MONTH_NUMBERS,
    "ar": ARABIC_MONTH_NUMBERS,
}


#: A word that looks like part of an ordinal: the phrases the masthead test checks.
ORDINAL_LOOKING = re.compile(
    r"(?:ieme|ier|iere|esim[oa]|ecim[oa]|primer|segund|tercer|cuart|quint|sext|septim|octav|noven|ая|ой|ый|ий|ья)$"
)


def _docs(corpus: Path) -> Iterator[tuple[str, str]]:
    for path in sorted((corpus / "lang" / "docs").glob("*.txt")):
        yield path.name[:2], path.read_text(encoding="utf-8")


def _mastheads(corpus: Path) -> Iterator[object]:
    for language, text in _docs(corpus):
        if language in MASTHEAD:
            for match in MASTHEAD[language].finditer(text):
                words = _fold(match.group(1)).replace("-", " - ").split()
                # the ordinal is a tail of the words before the noun ("... a la trente-quatrième session")
                tails = {" ".join(words[start:]).replace(" - ", "-") for start in range(len(words))}
                if any(ORDINAL_LOOKING.search(word) for word in words):
                    yield pytest.param(language, match.group(0), sorted(tails), id=f"{language}-{match.group(0)[-40:]}")


@pytest.mark.parametrize(("language", "printed", "tails"), corpus_params(_mastheads, width=3))
def test_masthead_ordinals_are_spelled(language: str, printed: str, tails: list[str]) -> None:
    assert ORDINALS[language] & set(tails), printed


def _dates(corpus: Path) -> Iterator[object]:
    for language, text in _docs(corpus):
        if language in DATE:
            for match in DATE[language].finditer(text):
                yield pytest.param(language, match.group(1), id=f"{language}-{match.group(0)}")


@pytest.mark.parametrize(("language", "month"), corpus_params(_dates, width=2))
def test_date_months_are_known(language: str, month: str) -> None:
    key = month.casefold().replace(" /", "/").replace("/ ", "/")
    assert key in MONTHS[language], month


@pytest.mark.skipif(corpus_missing() is not None, reason="needs the corpus")
@pytest.mark.corpus
def test_the_corpus_gives_cases_in_every_language() -> None:
    """The corpus tests above cannot pass by finding nothing."""
    mastheads = {case.values[0] for case in _mastheads(CORPUS) if isinstance(case, type(pytest.param()))}
    dates = {case.values[0] for case in _dates(CORPUS) if isinstance(case, type(pytest.param()))}
    assert mastheads == {"fr", "es", "ru"}
    assert dates == {"fr", "es", "ru", "ar"}
