"""Words the lexicons of the other official languages need: month names and spelled ordinals, as data.

Month names are given in every form United Nations documents print: French and Spanish in lower case ("janvier",
"enero"), Russian in the genitive of dates ("20 января 2023 года") and the nominative, Arabic in the double names
of United Nations Arabic ("آذار/مارس": the Levantine name, a slash, the Western one) and each name alone. Chinese
dates are written in digits ("2023年1月20日") and need no month names.

Ordinals (1 to `MAX_SESSION`) are generated, not listed, in the forms mastheads print, lower case (a heading
capitalises the first letter):

* French: "soixante-dix-septième" (session, année: feminine; only 1 differs: "première", masculine "premier").
* Spanish: "septuagésimo séptimo" (período de sesiones, año: masculine), with the apocope before a noun
  ("septuagésimo primer período de sesiones", "decimotercer año"); feminine "septuagésima séptima".
* Russian: "семьдесят седьмая" (сессия, feminine), "семьдесят восьмой" (год, masculine), in the nominative or
  the genitive ("пятьдесят шестой сессии").

Example:
    >>> french_ordinal(77, feminine=True), spanish_ordinal(71), russian_ordinal(56, feminine=True)
    ('soixante-dix-septième', 'septuagésimo primer', 'пятьдесят шестая')
    >>> RUSSIAN_MONTHS_GENITIVE[0], ARABIC_MONTHS[2]
    ('января', 'آذار/مارس')
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

from unga_docs.grammar.constants import MAX_SESSION

__all__ = [
    "ARABIC_MONTHS",
    "ARABIC_MONTHS_LEVANTINE",
    "ARABIC_MONTHS_WESTERN",
    "ARABIC_MONTH_NUMBERS",
    "FRENCH_MONTHS",
    "MAX_SESSION",
    "FRENCH_MONTH_NUMBERS",
    "RUSSIAN_MONTHS_GENITIVE",
    "RUSSIAN_MONTHS_NOMINATIVE",
    "RUSSIAN_MONTH_NUMBERS",
    "SPANISH_MONTHS",
    "SPANISH_MONTH_NUMBERS",
    "french_ordinal",
    "russian_ordinal",
    "spanish_ordinal",
]

# -- months -----------------------------------------------------------------------------------------------------

#: French month names, January first.
FRENCH_MONTHS: tuple[str, ...] = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre",
)  # fmt: skip

#: Spanish month names, January first.
SPANISH_MONTHS: tuple[str, ...] = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
    "diciembre",
)  # fmt: skip

#: Russian month names in the genitive of dates ("20 января 2023 года"), January first.
RUSSIAN_MONTHS_GENITIVE: tuple[str, ...] = (
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
    "декабря",
)  # fmt: skip

#: Russian month names in the nominative, January first.
RUSSIAN_MONTHS_NOMINATIVE: tuple[str, ...] = (
    "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
    "декабрь",
)  # fmt: skip

#: Arabic month names of the Levantine (Syriac) calendar names, January first.
ARABIC_MONTHS_LEVANTINE: tuple[str, ...] = (
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني",
    "كانون الأول",
)  # fmt: skip

#: Arabic month names of the Western (Latin) names, as United Nations Arabic writes them, January first.
ARABIC_MONTHS_WESTERN: tuple[str, ...] = (
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيه", "يوليه", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
)  # fmt: skip

#: The double names United Nations Arabic prints ("آذار/مارس"), January first.
ARABIC_MONTHS: tuple[str, ...] = tuple(
    f"{levantine}/{western}" for levantine, western in zip(ARABIC_MONTHS_LEVANTINE, ARABIC_MONTHS_WESTERN, strict=True)
)

#: Other spellings of the Western names met in print (Egyptian and older usage), with their month.
_ARABIC_VARIANTS: dict[str, int] = {
    "ابريل": 4, "إبريل": 4, "يونيو": 6, "يوليو": 7, "اغسطس": 8, "اكتوبر": 10, "أيار": 5, "ايار": 5, "اذار": 3,
}  # fmt: skip


def _numbers(*tables: tuple[str, ...], extra: Mapping[str, int] | None = None) -> Mapping[str, int]:
    numbers = {name: month for table in tables for month, name in enumerate(table, start=1)}
    numbers.update(extra or {})
    return MappingProxyType(numbers)


#: French month name (lower case) -> 1..12.
FRENCH_MONTH_NUMBERS: Mapping[str, int] = _numbers(FRENCH_MONTHS, extra={"fevrier": 2, "aout": 8, "decembre": 12})
#: Spanish month name (lower case) -> 1..12 ("setiembre" too).
SPANISH_MONTH_NUMBERS: Mapping[str, int] = _numbers(SPANISH_MONTHS, extra={"setiembre": 9})
#: Russian month name, genitive or nominative (lower case) -> 1..12.
RUSSIAN_MONTH_NUMBERS: Mapping[str, int] = _numbers(RUSSIAN_MONTHS_GENITIVE, RUSSIAN_MONTHS_NOMINATIVE)
#: Arabic month name, double or single, Levantine or Western -> 1..12 (the double name without spaces).
ARABIC_MONTH_NUMBERS: Mapping[str, int] = _numbers(
    ARABIC_MONTHS, ARABIC_MONTHS_LEVANTINE, ARABIC_MONTHS_WESTERN, extra=_ARABIC_VARIANTS
)

# -- ordinals ---------------------------------------------------------------------------------------------------


def _check(n: int) -> None:
    if not 1 <= n <= MAX_SESSION:
        raise ValueError(f"ordinal out of range 1..{MAX_SESSION}: {n}")


_FR_UNITS = (
    "", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
    "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
)  # fmt: skip
_FR_TENS = ("", "", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante", "quatre-vingt", "quatre-vingt")
_FR_ORDINAL_ENDINGS = {"un": "unième", "cinq": "cinquième", "neuf": "neuvième"}


def _french_cardinal(n: int) -> str:
    """1..199, as the last word is to be made ordinal (so "quatre-vingt", not "quatre-vingts")."""
    if n >= 100:
        return "cent" if n == 100 else "cent " + _french_cardinal(n - 100)
    if n < 20:
        return _FR_UNITS[n]
    tens, units = divmod(n, 10)
    if tens in (7, 9):  # soixante-dix, quatre-vingt-dix: the units run on from 10 to 19
        units += 10
    if units == 0:
        return _FR_TENS[tens]
    if units in (1, 11) and tens < 8:  # vingt et un, soixante et onze; quatre-vingt-un
        return f"{_FR_TENS[tens]} et {_FR_UNITS[units]}"
    return f"{_FR_TENS[tens]}-{_FR_UNITS[units]}"


def french_ordinal(n: int, *, feminine: bool = False) -> str:
    """Spell an ordinal in French as United Nations mastheads print it, lower case.

    Args:
        n: 1 to `MAX_SESSION`.
        feminine: the feminine form ("session", "année" are feminine); only 1 differs ("première").

    Returns:
        "soixante-dix-septième", "vingt et unième", "quatre-vingtième", "cent unième", "premier"/"première".

    Raises:
        ValueError: if *n* is outside 1..`MAX_SESSION`.

    Example:
        >>> french_ordinal(34, feminine=True), french_ordinal(1), french_ordinal(1, feminine=True)
        ('trente-quatrième', 'premier', 'première')
    """
    _check(n)
    if n == 1:
        return "première" if feminine else "premier"
    cardinal = _french_cardinal(n)
    cut = max(cardinal.rfind(" "), cardinal.rfind("-")) + 1  # the last word alone becomes ordinal
    last = cardinal[cut:]
    word = _FR_ORDINAL_ENDINGS.get(last) or last.removesuffix("e") + "ième"
    return cardinal[:cut] + word


_ES_UNITS = ("", "primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno")
_ES_TENS = (
    "", "décimo", "vigésimo", "trigésimo", "cuadragésimo", "quincuagésimo", "sexagésimo", "septuagésimo",
    "octogésimo", "nonagésimo",
)  # fmt: skip
_ES_TEENS = {11: "undécimo", 12: "duodécimo"}


def _spanish_masculine(n: int, apocope: bool) -> str:
    words: list[str] = []
    if n >= 100:
        words.append("centésimo")
        n -= 100
    tens, units = divmod(n, 10)
    if n in _ES_TEENS:
        words.append(_ES_TEENS[n])
    elif tens == 1 and units:  # decimotercero, decimoséptimo: one word
        words.append("decimo" + _ES_UNITS[units])
    else:
        if tens:
            words.append(_ES_TENS[tens])
        if units:
            words.append(_ES_UNITS[units])
    if apocope and words[-1].endswith(("primero", "tercero")):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def spanish_ordinal(n: int, *, feminine: bool = False, apocope: bool = True) -> str:
    """Spell an ordinal in Spanish as United Nations mastheads print it, lower case.

    Args:
        n: 1 to `MAX_SESSION`.
        feminine: the feminine form ("septuagésima séptima"); "período de sesiones" and "año" are masculine.
        apocope: before a masculine noun "primero" and "tercero" lose their "o" ("septuagésimo primer período de
            sesiones"); pass False for the form standing alone.

    Returns:
        "trigésimo cuarto", "septuagésimo primer", "decimotercer", "centésimo".

    Raises:
        ValueError: if *n* is outside 1..`MAX_SESSION`.

    Example:
        >>> spanish_ordinal(34), spanish_ordinal(73), spanish_ordinal(73, apocope=False)
        ('trigésimo cuarto', 'septuagésimo tercer', 'septuagésimo tercero')
        >>> spanish_ordinal(77, feminine=True)
        'septuagésima séptima'
    """
    _check(n)
    word = _spanish_masculine(n, apocope and not feminine)
    if feminine:
        word = " ".join(part[:-1] + "a" for part in word.split(" "))
    return word


_RU_UNITS = ("", "первый", "второй", "третий", "четвертый", "пятый", "шестой", "седьмой", "восьмой", "девятый")
_RU_TEENS = (
    "десятый", "одиннадцатый", "двенадцатый", "тринадцатый", "четырнадцатый", "пятнадцатый", "шестнадцатый",
    "семнадцатый", "восемнадцатый", "девятнадцатый",
)  # fmt: skip
_RU_TENS_ORDINAL = (
    "", "", "двадцатый", "тридцатый", "сороковой", "пятидесятый", "шестидесятый", "семидесятый", "восьмидесятый",
    "девяностый",
)  # fmt: skip
_RU_TENS_CARDINAL = (
    "", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто",
)  # fmt: skip


def _russian_inflect(word: str, feminine: bool, case: Literal["nominative", "genitive"]) -> str:
    """Inflect a masculine nominative ordinal ("седьмой", "третий") for gender and case."""
    if word.endswith("ий"):  # третий
        stem = word[:-2]
        return stem + {("nominative", False): "ий", ("nominative", True): "ья", ("genitive", False): "ьего",
                       ("genitive", True): "ьей"}[(case, feminine)]  # fmt: skip
    stem = word[:-2]
    if case == "nominative":
        return stem + "ая" if feminine else word
    return stem + ("ой" if feminine else "ого")


def russian_ordinal(n: int, *, feminine: bool = False, case: Literal["nominative", "genitive"] = "nominative") -> str:
    """Spell an ordinal in Russian as United Nations mastheads print it, lower case.

    Only the last word is an ordinal and is inflected; the others are cardinals ("семьдесят седьмая").

    Args:
        n: 1 to `MAX_SESSION`.
        feminine: the feminine form ("сессия" is feminine; "год" is masculine).
        case: "nominative" (a masthead: "Пятьдесят шестая сессия") or "genitive" ("пятьдесят шестой сессии").

    Returns:
        "семьдесят седьмая", "семьдесят восьмой", "сто первый", "сотый".

    Raises:
        ValueError: if *n* is outside 1..`MAX_SESSION`.

    Example:
        >>> russian_ordinal(78), russian_ordinal(73, feminine=True), russian_ordinal(56, feminine=True, case="genitive")
        ('семьдесят восьмой', 'семьдесят третья', 'пятьдесят шестой')
    """
    _check(n)
    words: list[str] = []
    if n == 100:
        last = "сотый"
    else:
        if n > 100:
            words.append("сто")
            n -= 100
        tens, units = divmod(n, 10)
        if tens == 1:
            last = _RU_TEENS[units]
        elif units == 0:
            last = _RU_TENS_ORDINAL[tens] if tens else _RU_TEENS[0]
        else:
            if tens:
                words.append(_RU_TENS_CARDINAL[tens])
            last = _RU_UNITS[units]
    words.append(_russian_inflect(last, feminine, case))
    return " ".join(words)
