"""The other official languages: lexicons, titles in every word order, detection, and the same document read alike.

Real texts in French, Spanish, Russian and Arabic are read from ``corpus/lang`` where they live.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import unga_docs as ud
from conftest import corpus_params
from unga_docs import strategies
from unga_docs.assemble import reads_as_text, signs_above
from unga_docs.assemble.fields import masthead_fields
from unga_docs.enums import Distribution, Language, LetterKind, Organ, SessionKind
from unga_docs.errors import ParseError
from unga_docs.grammar import (
    ENGLISH,
    SessionRef,
    parse_agenda_list,
    parse_date,
    parse_session,
    parse_title,
    write_agenda_list,
    write_date,
    write_session,
    write_title,
)
from unga_docs.grammar.languages import (
    ARABIC,
    CHINESE,
    FRENCH,
    LEXICONS,
    PRINTED,
    RUSSIAN,
    SPANISH,
    detect_language,
    masthead_language,
)
from unga_docs.grammar.titles import Title
from unga_docs.problems import ProblemKind

# -- titles -------------------------------------------------------------------------------------------------------


def test_french_title_puts_the_addressee_before_the_sender() -> None:
    t = parse_title(
        "Lettres identiques datées du 1er juillet 2016, adressées au Secrétaire général et au Président du Conseil"
        " de sécurité par le Représentant permanent de la République arabe syrienne auprès de l'Organisation des"
        " Nations Unies"
    )
    assert t.kind is LetterKind.IDENTICAL_LETTERS
    assert t.date == dt.date(2016, 7, 1)
    assert t.addressees == ("Secrétaire général", "Président du Conseil de sécurité")
    assert t.sender == (
        "Représentant permanent de la République arabe syrienne auprès de l'Organisation des Nations Unies"
    )
    assert t.sender_states == ("République arabe syrienne",)


def test_spanish_title_and_its_addressee_forms() -> None:
    t = parse_title(
        "Cartas idénticas de fecha 2 de agosto de 2017 dirigidas al Secretario General y a la Presidencia del"
        " Consejo de Seguridad por el Representante Permanente de la República Árabe Siria ante las Naciones Unidas"
    )
    assert (t.kind, t.date) == (LetterKind.IDENTICAL_LETTERS, dt.date(2017, 8, 2))
    assert t.addressees == ("Secretario General", "Presidencia del Consejo de Seguridad")
    assert t.sender_states == ("República Árabe Siria",)


def test_spanish_title_from_the_issue_no_longer_raises() -> None:
    t = parse_title("Carta de fecha 10 de agosto de 2007 dirigida al Presidente del Comité de Relaciones con el País")
    assert t.date == dt.date(2007, 8, 10)
    assert t.sender is None


def test_russian_title_puts_the_sender_first_and_the_date_after() -> None:
    t = parse_title(
        "Письмо Постоянного представителя Непала при Организации Объединенных Наций от 28 сентября 2001 года"
        " на имя Генерального секретаря"
    )
    assert (t.kind, t.date) == (LetterKind.LETTER, dt.date(2001, 9, 28))
    assert t.sender == "Постоянного представителя Непала при Организации Объединенных Наций"
    assert t.sender_states == ("Непала",)
    assert t.addressees == ("Генерального секретаря",)


def test_russian_annex_heading_inflects_the_kind() -> None:
    t = parse_title(
        "Приложение I к письму Постоянного представителя Турции при Организации Объединенных Наций от 12 апреля"
        " 2016 года на имя Председателя Совета Безопасности"
    )
    assert (t.annex, t.kind, t.sender_states) == ("Приложение I", LetterKind.LETTER, ("Турции",))


def test_arabic_title_with_the_double_month_name() -> None:
    t = parse_title(
        "رسالة مؤرخة 21 نيسان/ أبريل 1991 وموجهة إلى الأمين العام من الممثل الدائم للعراق لدى الأمم المتحدة"
    )
    assert (t.kind, t.date) == (LetterKind.LETTER, dt.date(1991, 4, 21))
    assert t.addressees == ("الأمين العام",)
    assert t.sender == "الممثل الدائم للعراق لدى الأمم المتحدة"
    assert t.sender_states == ("العراق",)


def test_english_titles_still_read_first() -> None:
    t = parse_title("Letter dated 2 May 2020 from the Secretary-General addressed to the President of the Council")
    assert t.sender == "Secretary-General"
    assert parse_title("Letter dated 2 May 2020 from the Secretary-General", ENGLISH).kind is LetterKind.LETTER


def test_a_title_in_capitals_keeps_its_parts_and_drops_a_glued_footnote_number() -> None:
    t = parse_title(
        "LETTRE, EN DATE DU 31 MARS 1998, ADRESSÉE AU PRÉSIDENT DU CONSEIL DE SÉCURITÉ PAR LE CHARGÉ D'AFFAIRES"
        " PAR INTÉRIM DE LA MISSION PERMANENTE DE LA PAPOUASIE-NOUVELLE-GUINÉE AUPRÈS DE L'ORGANISATION DES"
        " NATIONS UNIES234"
    )
    assert t.date == dt.date(1998, 3, 31)
    assert t.sender is not None
    assert t.sender.casefold().endswith("nations unies")


@pytest.mark.parametrize("lexicon", [FRENCH, SPANISH, RUSSIAN, ARABIC], ids=lambda x: x.language.value)
@given(
    date=st.dates(dt.date(1946, 1, 1), dt.date(2099, 12, 31)),
    kind=st.sampled_from([LetterKind.LETTER, LetterKind.IDENTICAL_LETTERS, LetterKind.NOTE_VERBALE]),
    addressees=st.integers(1, 2),
)
def test_write_title_reads_back_in_each_language(
    lexicon: ud.grammar.Lexicon, date: dt.date, kind: LetterKind, addressees: int
) -> None:
    names = {
        Language.FRENCH: ("Représentant permanent de la Turquie",
                          ("Secrétaire général", "Président du Conseil de sécurité")),
        Language.SPANISH: ("Representante Permanente de Turquía",
                           ("Secretario General", "Presidente del Consejo de Seguridad")),
        Language.RUSSIAN: ("Постоянного представителя Турции",
                           ("Генерального секретаря", "Председателя Совета Безопасности")),
        Language.ARABIC: ("الممثل الدائم للعراق", ("الأمين العام", "رئيس مجلس الأمن")),
    }[lexicon.language]  # fmt: skip
    title = Title(kind=kind, date=date, sender=names[0], addressees=names[1][:addressees])
    back = parse_title(write_title(title, lexicon), lexicon)
    assert (back.kind, back.date, back.sender, back.addressees) == (kind, date, title.sender, title.addressees)


# -- dates and the masthead ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lexicon", list(LEXICONS.values()), ids=lambda x: x.language.value)
@given(date=st.dates(dt.date(1000, 1, 1), dt.date(9999, 12, 31)))
def test_write_date_reads_back_in_each_language(lexicon: ud.grammar.Lexicon, date: dt.date) -> None:
    assert parse_date(write_date(date, lexicon), lexicon) == date


@pytest.mark.parametrize(
    ("lexicon", "lines", "organ", "distribution", "date", "original"),
    [
        (FRENCH, ["Conseil de sécurité", "Distr. générale", "20 janvier 2023", "Original : anglais"],
         Organ.SECURITY_COUNCIL, Distribution.GENERAL, dt.date(2023, 1, 20), Language.ENGLISH),
        (SPANISH, ["Asamblea General", "Distr. general", "20 de enero de 2023", "Original: inglés"],
         Organ.GENERAL_ASSEMBLY, Distribution.GENERAL, dt.date(2023, 1, 20), Language.ENGLISH),
        (RUSSIAN, ["Совет Безопасности", "Distr.: General", "24 August 2017", "Original: Arabic"],
         Organ.SECURITY_COUNCIL, Distribution.GENERAL, dt.date(2017, 8, 24), Language.ARABIC),
        (CHINESE, ["安全理事会", "Distr.: General", "2023年1月20日", "Original: English"],
         Organ.SECURITY_COUNCIL, Distribution.GENERAL, dt.date(2023, 1, 20), Language.ENGLISH),
    ],
    ids=lambda x: x.language.value if isinstance(x, ud.grammar.Lexicon) else None,
)  # fmt: skip
def test_masthead_words_normalise_to_the_enums(
    lexicon: ud.grammar.Lexicon,
    lines: list[str],
    organ: Organ,
    distribution: Distribution,
    date: dt.date,
    original: Language,
) -> None:
    fields = [f for line in lines for f in masthead_fields(line, lexicon) or ()]
    assert [f.kind for f in fields] == ["organ", "distr", "date", "original"]
    assert fields[2].value == date
    body = {Language.FRENCH: "Le Gouvernement et les autorités du pays.", Language.SPANISH: "El Gobierno y los"}
    doc = ud.parse("\n".join(["S/2023/1", *lines, "", body.get(lexicon.language, "")]))
    if lexicon.language is not Language.CHINESE:  # too little text to tell Chinese by: English reads the rest
        assert (doc.organs, doc.distribution, doc.date, doc.original_language) == (
            (organ,),
            distribution,
            date,
            original,
        )


def test_glued_masthead_fields_are_read() -> None:
    fields = masthead_fields("Conseil de sécuritéS/2017/5", FRENCH)
    assert fields is not None
    assert [f.kind for f in fields] == ["organ", "symbol"]


# -- the labelled titles ------------------------------------------------------------------------------------------

#: Labelled titles that do not read as labelled, and why (strict: one that starts to pass must come off the list).
_TITLE_MISSES = {
    "Lettre datée due 3 janvier 2003": "the source prints 'Conseil du sécurité'; the label corrects it",
    "Not.a verbal de fecha 14--de": "OCR: 'Not.a verbal' is no kind the grammar reads",
    "Приложение к письму Постоянного представителя Исламской Республики Иран при Организации Объединенных Наций"
    " от 9 октября": "the page cuts the title at 'на имя Гене'; the label completes the addressee",
    "رسالة مؤرخة 3 آذار/ مارس 1991 وموجهة إلى رئيس مجلس الأمن والأمين العام": "the label says 'identical letters'"
    " for one letter ('رسالة') to two addressees; the corpus README takes the kind from the title alone (w011)",
    "LETTRE, EN DATE DU 2 SEPTEMBRE 1983": "a hyphen at a line break in capitals ('ORGANI-SATION') is kept",
}


def _lang_titles(corpus: Path) -> list[object]:
    rows = [json.loads(line) for line in (corpus / "lang" / "titles.jsonl").read_text(encoding="utf-8").splitlines()]
    cases: list[object] = []
    for number, row in enumerate(rows, 1):
        miss = next((why for start, why in _TITLE_MISSES.items() if row["title"].startswith(start)), None)
        marks = [pytest.mark.xfail(reason=miss, strict=True)] if miss else []
        cases.append(pytest.param(row, id=f"titles.jsonl:{number}", marks=marks))
    return cases


def _fold(x: object) -> object:
    if isinstance(x, (list, tuple)):
        return [_fold(y) for y in x]
    return " ".join(x.split()).replace("\u2019", "'").casefold() if isinstance(x, str) else x


@pytest.mark.parametrize("row", corpus_params(_lang_titles))
def test_labelled_titles_in_every_language(row: dict[str, object]) -> None:
    """Every labelled title reads as labelled, field by field (corpus_score.py --set lang --titles).

    The labels call an annex heading's kind "annex heading"; the model gives the kind of the letter it names and
    the label before it (`Title.annex`: "Anexo", "Приложение I"), as it does in English.
    """
    t = parse_title(str(row["title"]))
    got: dict[str, object] = {}
    want: dict[str, object] = {}
    if row.get("kind") == "annex heading":
        got["annex"], want["annex"] = t.annex is not None, True
    elif row.get("kind") is not None:
        got["kind"], want["kind"] = None if t.kind is None else t.kind.value, row["kind"]
    if row.get("date") is not None:
        got["date"], want["date"] = None if t.date is None else t.date.isoformat(), row["date"]
    for field in ("sender", "sender_states", "addressees"):
        if row.get(field):
            got[field], want[field] = getattr(t, field), row[field]
    assert {k: _fold(v) for k, v in got.items()} == {k: _fold(v) for k, v in want.items()}


# -- detection ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("J'ai l'honneur de vous informer que le Gouvernement de la République", Language.FRENCH),
        ("Tengo el honor de dirigirme a usted en relación con los ataques del", Language.SPANISH),
        ("Имею честь настоящим препроводить послания", Language.RUSSIAN),
        ("أتشرف بأن أرفق رسالة السيد", Language.ARABIC),
        ("我谨代表中国政府", Language.CHINESE),
        ("I have the honour to inform you that the Government of", Language.ENGLISH),
        ("", Language.ENGLISH),
        ("Distr.: General\n24 August 2017\nRussian\nПо поручению правительства моей страны", Language.RUSSIAN),
        ("Distr. générale\nFRANCAIS\nOriginal : anglais\nThe Government of", Language.FRENCH),
        ("Distr.: General\nSpanish\nOriginal: English\nThe Government of", Language.SPANISH),
    ],
)
def test_detect_language(text: str, language: Language) -> None:
    assert detect_language(text) is language


@pytest.mark.parametrize(
    ("lines", "language"),
    [
        (["General Assembly", "Distr.: General", "20 January 2023", "Original: English"], Language.ENGLISH),
        (["# Conseil de sécurité", "Distr. générale", "Français", "Original : anglais"], Language.FRENCH),
        (["Генеральная Ассамблея", "Distr.: General", "Russian", "Original: English"], Language.RUSSIAN),
        (["General Assembly", "Distr.: General", "Russian"], Language.RUSSIAN),  # the copy line first
        (["ASAMBLEA GENERAL", "Distr. GENERAL"], Language.SPANISH),
        # "ORIGINAL:" wrapped above its value names the original, not the copy (web2 029)
        (["United Nations", "General Assembly", "ORIGINAL:", "SPANISH"], Language.ENGLISH),
        (["Dear Sir,", "I have the honour"], None),
        (["x" * 80, "General Assembly"], None),  # the zone ends at the first long line
    ],
)
def test_the_masthead_decides_the_language_where_it_says_it(lines: list[str], language: Language | None) -> None:
    assert masthead_language(lines) is language
    if language is not None:
        assert detect_language("\n".join(lines)) is language


def test_a_document_whose_masthead_says_its_language_is_read_without_scanning_its_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Detection costs a few lookups on the reference document: its masthead names the organ in English."""
    from unga_docs.assemble import parser

    def scan(text: str) -> Language:
        raise AssertionError("the text was scanned")

    monkeypatch.setattr(parser, "detect_language", scan)
    doc = ud.parse(ud.samples.load("letter-2023-01-20-azerbaijan"))
    assert doc.letter is not None
    assert doc.letter.sender_states == ("Azerbaijan",)
    assert ud.parse(_FRENCH_LETTER.replace("Conseil de sécuritéS/2017/5", "Conseil de sécurité")).language is (
        Language.FRENCH
    )
    with pytest.raises(AssertionError, match="scanned"):  # no masthead: the text tells
        ud.parse("Carta de fecha 17 de mayo de 2000 dirigida al Presidente del Consejo de Seguridad\n")


# -- the corpus: the same document reads alike in every language ----------------------------------------------------


def _groups(corpus: Path) -> list[object]:
    labels = json.loads((corpus / "lang" / "labels.json").read_text(encoding="utf-8"))
    by_symbol: dict[str, list[str]] = defaultdict(list)
    for lab in labels:
        for symbol in lab.get("symbols") or ():
            by_symbol[symbol].append(lab["file"])
    return [pytest.param(files, id=symbol) for symbol, files in sorted(by_symbol.items()) if len(files) > 1]


def _structure(doc: ud.Document) -> dict[str, object]:
    letter = doc.letter
    return {
        "symbols": sorted(str(s) for s in doc.symbols),
        "organs": doc.organs,
        "date": doc.date,
        "sessions": doc.sessions,
        "agenda": [a.number for a in doc.agenda_items],
        "kind": letter.kind if letter else None,
        "letter date": letter.date if letter else None,
    }


@pytest.mark.parametrize("files", corpus_params(_groups))
def test_same_document_same_structure(files: list[str], corpus: Path) -> None:
    docs = {f: ud.parse((corpus / "lang" / f).read_text(encoding="utf-8")) for f in files}
    structures = {f: _structure(d) for f, d in docs.items()}
    first = next(iter(structures.values()))
    assert all(s == first for s in structures.values()), structures


# -- sessions and agenda lists ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lexicon", "text", "organ", "number", "kind"),
    [
        (FRENCH, "Trente-quatrième session", Organ.GENERAL_ASSEMBLY, 34, SessionKind.REGULAR),
        (FRENCH, "SOIXANTE-DIX-HUITIEME ANNEE", Organ.SECURITY_COUNCIL, 78, SessionKind.REGULAR),
        (FRENCH, "Dixième session extraordinaire d'urgence", Organ.GENERAL_ASSEMBLY, 10, SessionKind.EMERGENCY_SPECIAL),
        (SPANISH, "Trigésimo cuarto período de sesiones", Organ.GENERAL_ASSEMBLY, 34, SessionKind.REGULAR),
        (SPANISH, "Septuagésimo octavo año", Organ.SECURITY_COUNCIL, 78, SessionKind.REGULAR),
        (SPANISH, "Vigésimo octavo período extraordinario de sesiones", Organ.GENERAL_ASSEMBLY, 28,
         SessionKind.SPECIAL),
        (RUSSIAN, "Пятьдесят шестая сессия", Organ.GENERAL_ASSEMBLY, 56, SessionKind.REGULAR),
        (RUSSIAN, "Семьдесят восьмой год", Organ.SECURITY_COUNCIL, 78, SessionKind.REGULAR),
    ],
)  # fmt: skip
def test_session_lines_in_each_language(
    lexicon: ud.grammar.Lexicon, text: str, organ: Organ, number: int, kind: SessionKind
) -> None:
    ref = parse_session(text, lexicon)
    assert (ref.organ, ref.number, ref.kind) == (organ, number, kind)


@pytest.mark.parametrize("lexicon", [FRENCH, SPANISH, RUSSIAN], ids=lambda x: x.language.value)
@given(
    number=st.integers(1, 199),
    where=st.sampled_from(
        [
            (Organ.GENERAL_ASSEMBLY, SessionKind.REGULAR),
            (Organ.GENERAL_ASSEMBLY, SessionKind.SPECIAL),
            (Organ.GENERAL_ASSEMBLY, SessionKind.EMERGENCY_SPECIAL),
            (Organ.SECURITY_COUNCIL, SessionKind.REGULAR),
        ]
    ),
)
def test_write_session_reads_back_in_each_language(
    lexicon: ud.grammar.Lexicon, number: int, where: tuple[Organ, SessionKind]
) -> None:
    ref = SessionRef(organ=where[0], number=number, kind=where[1])
    assert parse_session(write_session(ref, lexicon), lexicon) == ref


def test_a_russian_year_is_written_in_the_masculine() -> None:
    assert write_session(SessionRef(organ=Organ.SECURITY_COUNCIL, number=78), RUSSIAN) == "Семьдесят восьмой год"


@pytest.mark.parametrize("lexicon", [FRENCH, SPANISH, RUSSIAN], ids=lambda x: x.language.value)
@given(
    items=st.lists(st.tuples(st.integers(1, 9999), st.none() | st.sampled_from("abc")), min_size=1, max_size=5),
    form=st.sampled_from(["agenda", "provisional agenda", "preliminary list"]),
)
def test_write_agenda_list_reads_back_in_each_language(
    lexicon: ud.grammar.Lexicon, items: list[tuple[int, str | None]], form: str
) -> None:
    text = write_agenda_list(items, form, lexicon)
    m = parse_agenda_list(text, lexicon)
    assert (list(m.items), m.form) == (items, form)


# -- documents ----------------------------------------------------------------------------------------------------


def test_a_title_dated_without_its_year_reads_without_a_date() -> None:
    t = parse_title(
        "Lettres identiques datées du 21 février, adressées au Secrétaire général et au Président du Conseil de"
        " sécurité par le Représentant permanent de la République arabe syrienne"
    )
    assert (t.kind, t.date, t.sender_states) == (LetterKind.IDENTICAL_LETTERS, None, ("République arabe syrienne",))
    with pytest.raises(ParseError):
        parse_title("Lettre datée du 32 février 2016, adressée au Secrétaire général par le Secrétaire général")


#: A title printing its date without the year, in every language whose titles can ("21 February").
_YEARLESS = {
    Language.ENGLISH: "Letter dated {date} from the Permanent Representative of Türkiye addressed to the"
    " Secretary-General",
    Language.FRENCH: "Lettres identiques datées du {date}, adressées au Secrétaire général par le Représentant"
    " permanent de la Turquie",
    Language.SPANISH: "Carta de fecha {date} dirigida al Secretario General por el Representante Permanente de Turquía",
    Language.RUSSIAN: "Письмо Постоянного представителя Турции от {date} на имя Генерального секретаря",
    Language.ARABIC: "رسالة مؤرخة {date} موجهة إلى الأمين العام من الممثل الدائم للعراق",
}


@pytest.mark.parametrize("language", list(_YEARLESS), ids=lambda x: x.value)
@given(day=st.dates(dt.date(2000, 1, 1), dt.date(2000, 12, 31)), issued=strategies.dates())
def test_a_yearless_title_date_takes_its_year_from_the_document(
    language: Language, day: dt.date, issued: dt.date
) -> None:
    """The year of the document's date, or the year before when that day and month fall after it."""
    lexicon = LEXICONS[language]
    # "21 février", "21 de febrero", "21 февраля": the written date without its year
    printed = re.sub(r"(?:\s+de)?\s+2000(?:\s+года)?$", "", write_date(day, lexicon))
    title = _YEARLESS[language].format(date=printed)
    year = issued.year if (day.month, day.day) <= (issued.month, issued.day) else issued.year - 1
    try:
        want: dt.date | None = day.replace(year=year)
    except ValueError:  # 29 February of a year without one, or a year before 1
        want = None
    assert parse_title(title, issued=issued).date == want
    assert parse_title(title).date is None  # alone, a title has no year to give
    doc = ud.Document(date=issued, letter=ud.Letter(title=title))
    assert doc.letter is not None
    assert doc.letter.title == title  # the title stays as printed
    assert doc.letter.date == want
    assert doc.letter.date is None or doc.letter.date <= issued
    assert (ProblemKind.INFERRED_YEAR in {p.kind for p in doc.problems}) is (want is not None)


def test_a_yearless_title_date_reads_back_with_its_year_from_every_form() -> None:
    """The French copy of S/2016/168 prints "datées du 21 février": its year comes from its masthead date."""
    doc = ud.Document(
        date=dt.date(2016, 2, 22),
        language=Language.FRENCH,
        letter=ud.Letter(
            title="Lettres identiques datées du 21 février, adressées au Secrétaire général et au Président du"
            " Conseil de sécurité par le Représentant permanent de la République arabe syrienne auprès de"
            " l'Organisation des Nations Unies",
            signatures=(ud.Signature(name="Bashar Ja'afari"),),
        ),
    )
    assert doc.letter is not None
    assert doc.letter.date == dt.date(2016, 2, 21)
    for back in (
        ud.from_markdown(ud.to_markdown(doc)),
        ud.from_text(ud.to_text(doc)),
        ud.from_json(ud.to_json(doc)),
        ud.from_dict(ud.to_dict(doc)),
    ):
        assert back == doc
        assert back.letter is not None
        assert back.letter.date == dt.date(2016, 2, 21)
    assert "document_date" not in ud.to_json(doc)  # context, not content: never written
    alone = attrs.evolve(doc.letter)
    moved = ud.Document(date=dt.date(2018, 3, 1), letter=alone)  # the same letter in another document
    assert moved.letter is not None
    assert moved.letter.date == dt.date(2018, 2, 21)
    assert doc.letter.date == dt.date(2016, 2, 21)  # the first document's letter is not touched
    assert [p.severity for p in doc.problems if p.kind is ProblemKind.INFERRED_YEAR] == [ud.Severity.NOTE]


_FRENCH_LETTER = "\n".join(
    [
        "Informations",
        "Lettre de la Turquie au sujet de la situation",
        "Nations Unies",
        "Conseil de sécuritéS/2017/5",
        "••",
        "UN LIBRARY",
        "Distr. générale",
        "4 janvier 2017",
        "Français",
        "Original : anglaisLettre datée du 14 décembre 2016"
        ", adressée au Président du Conseil de sécurité par le Représentant permanent de la Turquie"
        " auprès de l'Organisation des Nations Unies",
        "J'ai l'honneur de vous écrire au sujet des lettres en date des 10 et 19 octobre.",
        "Je vous serais reconnaissant de bien vouloir faire distribuer le texte de la présente lettre.",
        "Le Représentant permanent",
        "(Signé) Feridun H. Sinirlioglu",
        "",
    ]
)


def test_a_french_web_page_reads_whole() -> None:
    doc = ud.parse(_FRENCH_LETTER)
    assert doc.language is Language.FRENCH  # "Français" in the masthead
    assert [str(s) for s in doc.symbols] == ["S/2017/5"]
    assert (doc.organs, doc.distribution, doc.date) == (
        (Organ.SECURITY_COUNCIL,),
        Distribution.GENERAL,
        dt.date(2017, 1, 4),
    )
    assert doc.original_language is Language.ENGLISH
    assert doc.letter is not None
    assert (doc.letter.kind, doc.letter.date, doc.letter.sender_states) == (
        LetterKind.LETTER,
        dt.date(2016, 12, 14),
        ("Turquie",),
    )
    assert len(doc.letter.paragraphs) == 2
    assert [(s.name, s.titles) for s in doc.letter.signatures] == [
        ("Feridun H. Sinirlioglu", ("Le Représentant permanent",))
    ]


def test_a_flattened_russian_document_is_cut_at_its_session_agenda_and_title() -> None:
    doc = ud.parse(
        "A/56/441 Организация Объединенных Наций Генеральная Ассамблея Distr.: General 5 October 2001 Russian"
        " Original: English Пятьдесят шестая сессия Пункт 166 повестки дня Меры по ликвидации международного"
        " терроризма Письмо Постоянного представителя Непала при Организации Объединенных Наций от 28 сентября"
        " 2001 года на имя Генерального секретаря Имею честь настоящим препроводить послания.\n"
    )
    assert [(s.organ, s.number) for s in doc.sessions] == [(Organ.GENERAL_ASSEMBLY, 56)]
    assert [(a.number, a.title) for a in doc.agenda_items] == [(166, "Меры по ликвидации международного терроризма")]
    assert doc.letter is not None
    assert (doc.letter.date, doc.letter.sender_states) == (dt.date(2001, 9, 28), ("Непала",))


def test_a_stamp_before_a_flattened_session_line_is_cut_off() -> None:
    doc = ud.parse(
        "Assemblée générale\nDistr. GENERALE A/34/510 21 septembre 1979 FRANCAIS ORIGINAL : RUSSE\n"
        "UN/SA COLLECnON Trente-quatrième session Point 3 de l'ordre du jour provisoire* POUVOIRS DES"
        " REPRESENTANTS Note verbale datée du 21 septembre 1979, adressée au Secrétaire général par la Mission"
        " permanente de la République socialiste soviétique de Biélorussie auprès de l'Organisation des Nations"
        " Unies La Mission permanente a l'honneur de se référer à la lettre.\n"
    )
    assert [s.number for s in doc.sessions] == [34]
    assert [a.number for a in doc.agenda_items] == [3]
    assert doc.original_language is Language.RUSSIAN
    assert doc.letter is not None
    assert doc.letter.kind is LetterKind.NOTE_VERBALE


def test_a_french_enclosure_is_read_as_one() -> None:
    """'Pièce jointe' (the French 'Enclosure') was never offered to the annex rule: its first letter was missing."""
    doc = ud.parse(_FRENCH_LETTER + "Pièce jointe\n\nDéclaration du Ministère des affaires étrangères.\n")
    assert [a.label for a in doc.annexes] == ["Pièce jointe"]
    t = parse_title(
        "Annexe aux lettres identiques datées du 2 avril 2016, adressées au Secrétaire général et au Président du"
        " Conseil de sécurité par le Représentant permanent de la Turquie"
    )
    assert (t.annex, t.kind, t.date) == ("Annexe", LetterKind.IDENTICAL_LETTERS, dt.date(2016, 4, 2))


# -- writers: a document is written in its own language -----------------------------------------------------------


def test_a_french_document_is_written_with_a_french_masthead() -> None:
    doc = ud.parse(_FRENCH_LETTER)
    text = ud.to_markdown(doc)
    assert "# Conseil de sécurité" in text
    assert "Distr. générale" in text
    assert "4 janvier 2017" in text
    assert "Original : anglais" in text
    assert "(Signé) Feridun H. Sinirlioglu" in text
    assert ud.from_markdown(text) == doc
    assert ud.from_text(ud.to_text(doc)) == doc


#: Documents whose text does not read back yet, and why (strict: one that starts to pass must come off the list).
_NO_ROUND_TRIP = {
    ("ar-001.txt", "text"): "plain text cannot escape a paragraph that starts like an Arabic title",
    ("es-006.txt", "text"): "plain text joins a scan's rule of dashes to the flattened line after it",
}


def _round_trips(corpus: Path) -> list[object]:
    return [
        pytest.param(
            path,
            form,
            id=f"{path.name}-{form}",
            marks=[pytest.mark.xfail(reason=_NO_ROUND_TRIP[path.name, form], strict=True)]
            if (path.name, form) in _NO_ROUND_TRIP
            else [],
        )
        for path in sorted((corpus / "lang" / "docs").glob("*.txt"))
        for form in ("text", "markdown")
    ]


@pytest.mark.parametrize(("path", "form"), corpus_params(_round_trips, width=2))
def test_real_documents_in_every_language_read_back(path: Path, form: str) -> None:
    doc = ud.parse(path.read_text(encoding="utf-8"))
    if form == "text":
        assert ud.from_text(ud.to_text(doc)) == doc
    else:
        assert ud.from_markdown(ud.to_markdown(doc)) == doc


_SENDERS = {
    Language.FRENCH: ("Représentant permanent de la Turquie auprès de l'Organisation des Nations Unies",
                      ("Secrétaire général", "Président du Conseil de sécurité")),
    Language.SPANISH: ("Representante Permanente de Turquía ante las Naciones Unidas",
                       ("Secretario General", "Presidente del Consejo de Seguridad")),
    Language.RUSSIAN: ("Постоянного представителя Турции при Организации Объединенных Наций",
                       ("Генерального секретаря", "Председателя Совета Безопасности")),
}  # fmt: skip


@st.composite
def _documents_in(draw: st.DrawFn, lexicon: ud.grammar.Lexicon, form: str) -> ud.Document:
    """A generated document with a letter whose title is in *lexicon*'s language (so the document is)."""
    doc = draw(strategies.documents(format=form))
    sender, addressees = _SENDERS[lexicon.language]
    title = Title(
        kind=draw(st.sampled_from([LetterKind.LETTER, LetterKind.IDENTICAL_LETTERS, LetterKind.NOTE_VERBALE])),
        date=draw(strategies.dates()),
        sender=sender,
        addressees=addressees[: draw(st.integers(1, 2))],
    )
    written = write_title(title, lexicon)
    letter = ud.Letter(title=written) if doc.letter is None else attrs.evolve(doc.letter, title=written)
    return attrs.evolve(doc, letter=letter, language=lexicon.language)


def _round_trip(lexicon: ud.grammar.Lexicon, form: str) -> Callable[[], None]:
    """A round-trip property over generated documents in *lexicon*'s language, in *form* ("text", "markdown")."""

    @given(doc=_documents_in(lexicon, form))
    def test(doc: ud.Document) -> None:
        if form == "text":
            text = ud.to_text(doc)
            assert PRINTED[lexicon.language].copy in text.splitlines()
            assert ud.from_text(text) == doc
        else:
            assert ud.from_markdown(ud.to_markdown(doc)) == doc

    return test


test_text_round_trip_in_french = _round_trip(FRENCH, "text")
test_text_round_trip_in_spanish = _round_trip(SPANISH, "text")
test_text_round_trip_in_russian = _round_trip(RUSSIAN, "text")
test_markdown_round_trip_in_french = _round_trip(FRENCH, "markdown")
test_markdown_round_trip_in_spanish = _round_trip(SPANISH, "markdown")
test_markdown_round_trip_in_russian = _round_trip(RUSSIAN, "markdown")


# -- writers: a paragraph that would read as structure in the document's language is escaped --------------------

#: Per language: a sender and addressees for titles, annex labels, a signatory, titles printed above "(Signé)".
_STRUCTURE_WORDS = {
    Language.FRENCH: (("Annexe", "Annexe II", "ANNEXE IV", "Pièce jointe"), "Jean Dupont",
                      ("Le Représentant permanent", "L'Ambassadeur, Représentant permanent")),
    Language.SPANISH: (("Anexo", "Anexo II", "ANEXO IV"), "Juan Pérez",
                       ("El Representante Permanente", "La Encargada de Negocios Interina")),
    Language.RUSSIAN: (("Приложение", "Приложение II"), "Иван Иванов", ()),
    Language.ARABIC: (("المرفق", "المرفق الثاني"), "عبد الأمير الأنباري", ()),
}  # fmt: skip
_ARABIC_NAMES = ("الممثل الدائم للعراق لدى الأمم المتحدة", ("الأمين العام", "رئيس مجلس الأمن"))


@st.composite
def _structure_line(draw: st.DrawFn, lexicon: ud.grammar.Lexicon) -> str:
    """A line that reads as structure in *lexicon*'s language.

    A title, an annex label or heading, a signature, a session or agenda line, a masthead line (organ,
    distribution, date, language), or a signatory's title.
    """
    language = lexicon.language
    labels, name, above = _STRUCTURE_WORDS[language]
    sender, addressees = _ARABIC_NAMES if language is Language.ARABIC else _SENDERS[language]
    title = Title(
        kind=draw(st.sampled_from([LetterKind.LETTER, LetterKind.IDENTICAL_LETTERS, LetterKind.NOTE_VERBALE])),
        date=draw(strategies.dates()),
        sender=sender,
        addressees=addressees[: draw(st.integers(1, 2))],
        annex=draw(st.none() | st.sampled_from(labels)),
    )
    printed = PRINTED.get(language)
    signed = printed.signed if printed is not None else "(توقيع)"
    forms = [
        st.just(write_title(title, lexicon)),
        st.sampled_from(labels),
        st.just(f"{signed} {name}"),
        strategies.dates().map(lambda d: write_date(d, lexicon)),
    ]
    if printed is not None:  # the languages the writers print a masthead in
        session = SessionRef(organ=draw(st.sampled_from([Organ.GENERAL_ASSEMBLY, Organ.SECURITY_COUNCIL])),
                             number=draw(st.integers(1, 199)))  # fmt: skip
        items = draw(st.lists(st.tuples(st.integers(1, 999), st.none()), min_size=1, max_size=3))
        forms += [
            st.just(write_session(session, lexicon)),
            st.just(write_agenda_list(items, "agenda", lexicon)),
            st.sampled_from(sorted(printed.organs.values())),
            st.sampled_from([printed.distribution.format(value=v) for v in printed.distributions.values()]),
            st.sampled_from([printed.original.format(value=v) for v in printed.languages.values()]),
            st.just(printed.copy),
        ]
    if above:
        forms.append(st.sampled_from(above))
    return draw(st.one_of(forms))


@st.composite
def _documents_with_structure_in(draw: st.DrawFn, lexicon: ud.grammar.Lexicon) -> ud.Document:
    """A document in *lexicon*'s language whose letter and annexes hold paragraphs that read as structure there."""
    doc = draw(_documents_in(FRENCH if lexicon is ARABIC else lexicon, "markdown"))
    doc = attrs.evolve(doc, language=lexicon.language)
    assert doc.letter is not None

    def spiked(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
        out = list(paragraphs)
        for _ in range(draw(st.integers(1, 3))):
            out.insert(draw(st.integers(0, len(out))), draw(_structure_line(lexicon)))
        return tuple(out)

    letter = attrs.evolve(doc.letter, paragraphs=spiked(doc.letter.paragraphs))
    annexes = tuple(attrs.evolve(a, paragraphs=spiked(a.paragraphs)) if draw(st.booleans()) else a for a in doc.annexes)
    return attrs.evolve(doc, letter=letter, annexes=annexes)


def _escapes(lexicon: ud.grammar.Lexicon) -> Callable[[], None]:
    """The markdown round trip of documents in *lexicon*'s language whose paragraphs read as structure there."""

    @given(doc=_documents_with_structure_in(lexicon))
    def test(doc: ud.Document) -> None:
        text = ud.to_markdown(doc)
        assert ud.from_markdown(text) == doc
        assert ud.to_markdown(ud.from_markdown(text)) == text

    return test


test_markdown_escapes_structure_in_french = _escapes(FRENCH)
test_markdown_escapes_structure_in_spanish = _escapes(SPANISH)
test_markdown_escapes_structure_in_russian = _escapes(RUSSIAN)
test_markdown_escapes_structure_in_arabic = _escapes(ARABIC)


def _beyond_plain_text(lexicon: ud.grammar.Lexicon) -> Callable[[], None]:
    """What plain text cannot carry in *lexicon*'s language, said by the writers' test.

    Plain text has no escapes: a paragraph reading as structure there is outside what it carries, and
    `reads_as_text` (or `signs_above`) must say so.
    """

    @given(line=_structure_line(lexicon))
    def test(line: str) -> None:
        assert not reads_as_text(line, lexicon) or signs_above(line)
        assert not reads_as_text(line, None) or signs_above(line)

    return test


test_plain_text_cannot_carry_structure_in_french = _beyond_plain_text(FRENCH)
test_plain_text_cannot_carry_structure_in_spanish = _beyond_plain_text(SPANISH)
test_plain_text_cannot_carry_structure_in_russian = _beyond_plain_text(RUSSIAN)
test_plain_text_cannot_carry_structure_in_arabic = _beyond_plain_text(ARABIC)


@pytest.mark.parametrize("line", ["©", "Tags: letters", "Copyright 2020", "Share this"])
@pytest.mark.parametrize("language", [None, Language.ARABIC], ids=lambda x: getattr(x, "value", "none"))
def test_a_web_pages_line_after_a_signature_is_escaped(line: str, language: Language | None) -> None:
    """Found by the Arabic property: a signatory's title "©" was read as the start of a web page's trailer."""
    doc = ud.Document(
        language=language,
        letter=ud.Letter(
            title="Letter dated 1 January 2000 from the Permanent Representative of Turkey addressed to the"
            " Secretary-General",
            paragraphs=("Text.",),
            signatures=(ud.Signature(name="Yashar Aliyev", titles=(line,)),),
        ),
        annexes=(ud.Annex(label="Annex", heading=line, paragraphs=(line,)),),
    )
    assert ud.from_markdown(ud.to_markdown(doc)) == doc


@pytest.mark.parametrize(
    ("language", "paragraph"),
    [
        (Language.FRENCH, "Annexe II"),
        (Language.FRENCH, "(Signé) Jean Dupont"),
        (Language.FRENCH, "Annexe à la lettre datée du 3 mars 2016 adressée au Secrétaire général par le"
                          " Représentant permanent de la Turquie"),
        (Language.FRENCH, "Le Représentant permanent"),  # before the signature: the signatory's title above it
        (Language.SPANISH, "Anexo"),
        (Language.SPANISH, "(Firmado) Juan Pérez"),
        (Language.SPANISH, "El Representante Permanente"),
        (Language.RUSSIAN, "Приложение II"),
        (Language.RUSSIAN, "(Подпись) Иван Иванов"),
        (Language.RUSSIAN, "Приложение к письму Постоянного представителя Турции от 3 марта 2016 года на имя"
                           " Генерального секретаря"),
    ],
)  # fmt: skip
def test_markdown_escaped_these_paragraphs_of_a_letter_in_its_language(language: Language, paragraph: str) -> None:
    """Found by the property above: each was read back as an annex, a signature or a signatory's title."""
    title = write_title(
        Title(kind=LetterKind.LETTER, date=dt.date(2016, 3, 3), sender=_SENDERS[language][0],
              addressees=_SENDERS[language][1][:1]),
        LEXICONS[language],
    )  # fmt: skip
    doc = ud.Document(
        language=language,
        letter=ud.Letter(title=title, paragraphs=("Texte.", paragraph), signatures=(ud.Signature(name="A. B"),)),
    )
    assert ud.from_markdown(ud.to_markdown(doc)) == doc


def test_a_copy_without_a_language_line_is_read_in_its_language_but_names_none() -> None:
    doc = ud.parse(
        "Carta de fecha 17 de mayo de 2000 dirigida al Presidente del Consejo de Seguridad por el Representante"
        " Permanente de Rwanda ante las Naciones Unidas\n\nTengo el honor de dirigirme a usted.\n"
    )
    assert doc.letter is not None
    assert doc.letter.sender_states == ("Rwanda",)
    assert doc.language is None  # the model keeps what the masthead prints: the text's language is detected
    assert detect_language(doc.letter.title) is Language.SPANISH
