"""The State names in the other official languages: aligned with the English table, and complete for real titles.

The corpus test reads every State name the labels of the ``lang`` set print (in ``labels.json`` and
``titles.jsonl``, where they live) and finds it in that language's table: Russian genitives among the genitives,
nominatives among the nominatives.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import corpus_params
from unga_docs.enums import Language
from unga_docs.grammar import states as english
from unga_docs.grammar.states_i18n import (
    ARABIC,
    BY_LANGUAGE,
    CHINESE,
    ENGLISH,
    FRENCH,
    RUSSIAN,
    SPANISH,
    StateNames,
    ar,
    es,
    fr,
    ru,
    state_key,
    zh,
)

ALL = (ARABIC, CHINESE, ENGLISH, FRENCH, RUSSIAN, SPANISH)
ENGLISH_NAMES = english.MEMBER_STATES + english.OBSERVER_STATES


@pytest.mark.parametrize("module", [ar, es, fr, ru, zh], ids=lambda module: module.__name__.rsplit(".", 1)[1])
def test_each_module_has_193_members_and_2_observers(module: object) -> None:
    for name, size in (("MEMBER_STATES", 193), ("OBSERVER_STATES", 2)):
        assert len(getattr(module, name)) == size, name
    for name in ("IN_TEXT", "WITH_ARTICLE", "GENITIVE"):
        if hasattr(module, name):
            assert len(getattr(module, name)) == 195, name


@pytest.mark.parametrize("table", ALL, ids=lambda table: table.language.value)
def test_every_form_of_name_i_is_english_name_i(table: StateNames) -> None:
    """The tables are aligned: name i of every form is the State of English name i, and no two States clash."""
    for forms in (table.members + table.observers, table.in_text, table.with_article, table.genitive):
        assert [table.english(name) for name in forms] == list(ENGLISH_NAMES)


@pytest.mark.parametrize("table", ALL, ids=lambda table: table.language.value)
def test_names_are_unique_and_clean(table: StateNames) -> None:
    short = table.members + table.observers
    assert len({state_key(name) for name in short}) == 195
    for name in table.names():
        assert name == name.strip(), name
        assert "  " not in name, name
    for name in table.in_text:
        assert "(" not in name, name


@pytest.mark.parametrize("table", ALL, ids=lambda table: table.language.value)
def test_former_names_are_not_current_names(table: StateNames) -> None:
    for name in table.former_and_short:
        assert table.english(name) is None, name
        assert table.is_state(name), name


@pytest.mark.parametrize(
    ("english_name", "french", "spanish", "russian", "arabic", "chinese"),
    [
        ("Syrian Arab Republic", "République arabe syrienne", "República Árabe Siria", "Сирийская Арабская Республика",
         "الجمهورية العربية السورية", "阿拉伯叙利亚共和国"),
        ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina", "Босния и Герцеговина",
         "البوسنة والهرسك", "波斯尼亚和黑塞哥维那"),
        ("Trinidad and Tobago", "Trinité-et-Tobago", "Trinidad y Tabago", "Тринидад и Тобаго", "ترينيداد وتوباغو",
         "特立尼达和多巴哥"),
        ("Iran (Islamic Republic of)", "Iran (République islamique d')", "Irán (República Islámica del)",
         "Иран (Исламская Республика)", "إيران (جمهورية - الإسلامية)", "伊朗伊斯兰共和国"),
        ("Czechia", "Tchéquie", "Chequia", "Чехия", "تشيكيا", "捷克"),
        ("Türkiye", "Türkiye", "Türkiye", "Турция", "تركيا", "土耳其"),
        ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte", "Северная Македония", "مقدونيا الشمالية",
         "北马其顿"),
        ("State of Palestine", "État de Palestine", "Estado de Palestina", "Государство Палестина", "دولة فلسطين",
         "巴勒斯坦国"),
    ],
)  # fmt: skip
def test_known_short_names(
    english_name: str, french: str, spanish: str, russian: str, arabic: str, chinese: str
) -> None:
    for table, name in ((FRENCH, french), (SPANISH, spanish), (RUSSIAN, russian), (ARABIC, arabic), (CHINESE, chinese)):
        assert table.forms(english_name)[0] == name
        assert table.english(name) == english_name


@pytest.mark.parametrize(
    ("english_name", "with_de"),
    [
        ("Syrian Arab Republic", "de la République arabe syrienne"),
        ("Azerbaijan", "de l'Azerbaïdjan"),
        ("Mexico", "du Mexique"),
        ("Netherlands (Kingdom of the)", "du Royaume des Pays-Bas"),
        ("Bahamas", "des Bahamas"),
        ("Israel", "d'Israël"),
        ("Haiti", "d'Haïti"),
        ("Cuba", "de Cuba"),
        ("Iran (Islamic Republic of)", "de la République islamique d'Iran"),
        ("United States of America", "des États-Unis d'Amérique"),
        ("Holy See", "du Saint-Siège"),
    ],
)
def test_french_with_de(english_name: str, with_de: str) -> None:
    assert fr.with_de(FRENCH.with_article[ENGLISH_NAMES.index(english_name)]) == with_de


@pytest.mark.parametrize(
    ("english_name", "with_de"),
    [
        ("Syrian Arab Republic", "de la República Árabe Siria"),
        ("Peru", "del Perú"),
        ("United States of America", "de los Estados Unidos de América"),
        ("United Kingdom of Great Britain and Northern Ireland", "del Reino Unido de Gran Bretaña e Irlanda del Norte"),
        ("India", "de la India"),
        ("Iran (Islamic Republic of)", "de la República Islámica del Irán"),
        ("Lao People's Democratic Republic", "de la República Democrática Popular Lao"),
        ("Rwanda", "de Rwanda"),
        ("Nepal", "de Nepal"),
    ],
)
def test_spanish_with_de(english_name: str, with_de: str) -> None:
    assert es.with_de(SPANISH.with_article[ENGLISH_NAMES.index(english_name)]) == with_de


@pytest.mark.parametrize(
    ("english_name", "genitive"),
    [
        ("Azerbaijan", "Азербайджана"),
        ("Nepal", "Непала"),
        ("Syrian Arab Republic", "Сирийской Арабской Республики"),
        ("Russian Federation", "Российской Федерации"),
        ("United States of America", "Соединенных Штатов Америки"),
        ("Iran (Islamic Republic of)", "Исламской Республики Иран"),
        ("Philippines", "Филиппин"),
    ],
)
def test_russian_genitive(english_name: str, genitive: str) -> None:
    assert RUSSIAN.genitive[ENGLISH_NAMES.index(english_name)] == genitive


def test_arabic_with_li() -> None:
    assert ar.with_li(ARABIC.in_text[ENGLISH_NAMES.index("Iraq")]) == "للعراق"
    assert ar.with_li(ARABIC.in_text[ENGLISH_NAMES.index("France")]) == "لفرنسا"


def test_english_view_matches_the_english_table() -> None:
    assert ENGLISH.members is english.MEMBER_STATES
    assert ENGLISH.forms("Sudan") == ("Sudan", "the Sudan")
    assert ENGLISH.forms("Iran (Islamic Republic of)") == (
        "Iran (Islamic Republic of)",
        "Islamic Republic of Iran",
        "the Islamic Republic of Iran",
    )
    assert set(BY_LANGUAGE) == set(Language)


def test_a_misaligned_table_is_refused() -> None:
    with pytest.raises(ValueError, match="192 members"):
        StateNames(
            language=Language.FRENCH,
            members=fr.MEMBER_STATES[:-1],
            observers=fr.OBSERVER_STATES,
            in_text=fr.IN_TEXT,
            with_article=fr.WITH_ARTICLE,
            genitive=fr.IN_TEXT,
            former_and_short=(),
        )
    with pytest.raises(ValueError, match="194 names"):
        StateNames(
            language=Language.FRENCH,
            members=fr.MEMBER_STATES,
            observers=fr.OBSERVER_STATES,
            in_text=fr.IN_TEXT[1:],
            with_article=fr.WITH_ARTICLE,
            genitive=fr.IN_TEXT,
            former_and_short=(),
        )


def test_unknown_names() -> None:
    assert FRENCH.english("Atlantide") is None
    assert not FRENCH.is_state("Atlantide")
    with pytest.raises(KeyError):
        FRENCH.forms("Atlantis")


def test_state_key_folds_printing_variants() -> None:
    assert state_key("Etats-Unis d’Amérique") == state_key("États-Unis d'Amérique")
    assert state_key("PAPOUASIE-NOUVELLE-GUINÉE") == state_key("Papouasie-Nouvelle-Guinée")
    assert state_key("Папуа — Новая Гвинея") == state_key("Папуа-Новая Гвинея")
    assert state_key("عُمان") == state_key("عمان")


@given(st.text(max_size=40))
def test_state_key_is_idempotent(text: str) -> None:
    assert state_key(state_key(text)) == state_key(text)


# -- every State name the lang corpus prints is in the tables ---------------------------------------------------


def _printed(corpus: Path) -> Iterator[object]:
    """(language, printed name, form) for every State name the lang labels print."""
    lang = corpus / "lang"
    records: list[tuple[str, dict[str, object]]] = []
    for label in json.loads((lang / "labels.json").read_text(encoding="utf-8")):
        letter = label.get("letter") or {}
        records.append((label["file"], {"language": label["language"], **letter}))
    for number, line in enumerate((lang / "titles.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            records.append((f"titles.jsonl:{number}", json.loads(line)))
    for where, record in records:
        for field in ("sender_state", "sender_states", "sender_state_nominative", "sender_states_nominative"):
            value = record.get(field)
            names = (
                [value] if isinstance(value, str) else [str(name) for name in value] if isinstance(value, list) else []
            )
            for name in names:
                form = "nominative" if field.endswith("nominative") else "printed"
                yield pytest.param(record["language"], name, form, id=f"{where}-{field}-{name}")


@pytest.mark.parametrize(("language", "name", "form"), corpus_params(_printed, width=3))
def test_every_printed_state_is_in_its_language_table(language: str, name: str, form: str) -> None:
    table = BY_LANGUAGE[Language(language)]
    assert table.is_state(name), f"{language} {name!r} not in the table"
    if table is RUSSIAN and table.english(name) is not None:
        # Russian titles print the genitive; the labels' *_nominative fields give the dictionary form.
        position = ENGLISH_NAMES.index(table.english(name) or "")
        short = table.members + table.observers
        expected = {table.genitive[position]} if form == "printed" else {short[position], table.in_text[position]}
        assert state_key(name) in {state_key(candidate) for candidate in expected}, name
