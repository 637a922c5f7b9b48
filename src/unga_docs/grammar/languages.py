"""The other official languages: `FRENCH`, `SPANISH`, `RUSSIAN`, `ARABIC`, `CHINESE`, and which one a text is in.

Each is a `Lexicon` built from the English one (`attrs.evolve`): what a language prints differently (months and
dates, masthead words, letter kinds, the title's word order, signature and annex markers, the articles and the
words a sender's States are read around) is replaced; what no language changes (page furniture, footnote marks,
job numbers) is shared. The title grammar keeps one shape, with the parts in each language's order:

* French and Spanish put the addressee before the sender: "Lettre datée du 20 janvier 2023, adressée au
  Secrétaire général par le Représentant permanent de ...", "Carta de fecha 20 de enero de 2023 dirigida al
  Secretario General por el Representante Permanente de ...";
* Russian puts the sender first and the date after it: "Письмо Постоянного представителя Непала при Организации
  Объединенных Наций от 28 сентября 2001 года на имя Генерального секретаря";
* Arabic prints the date, the addressee, then the sender: "رسالة مؤرخة 3 آذار/مارس 1991 موجهة إلى الأمين العام من ...".

`detect_language` says which language a text is in (its script, then its commonest small words), cheaply;
`LEXICONS` maps each `Language` to its lexicon.

Example:
    >>> detect_language("Lettre datée du 20 janvier 2023, adressée au Secrétaire général par le Représentant")
    <Language.FRENCH: 'French'>
    >>> LEXICONS[Language.SPANISH].month_numbers["enero"]
    1
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import attrs

from unga_docs.enums import Distribution, Language, LetterKind, Organ
from unga_docs.grammar.lexicon import (
    _ANNEX_NUMBER,
    ENGLISH,
    HYPHENS,
    MAX_DATE_LENGTH,
    Lexicon,
    _alternation,
    _compile,
    _name_pattern,
    name_key,
)

__all__ = ["ANY_ANNEX_LABEL", "ARABIC", "CHINESE", "FRENCH", "LEXICONS", "RUSSIAN", "SPANISH", "detect_language"]

_NEVER = re.compile(r"(?!)")
#: A document symbol (or a list of them) printed after a title: "(S/2016/739)", "(S / 12128)".
_TRAILING_SYMBOL = r"(?:\s*\(\s*[A-Z][A-Za-z.]*\s*/[^()]{1,60}\))?"


def _months(names: Iterable[Iterable[str]]) -> dict[str, int]:
    """Month name (lower case) -> number, every printed form of a month given together."""
    return {name.lower(): n for n, forms in enumerate(names, start=1) for name in forms}


def _kinds(kinds: Mapping[str, LetterKind]) -> str:
    return _alternation(kinds)


def _addressee_patterns(forms: Iterable[str]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    forms = tuple(forms)
    return _compile(f"(?:{_alternation(forms)})(?![\\w-])"), tuple(name_key(f) for f in forms)


def _state_tables(
    names: Iterable[str], article: str, *, variants: Mapping[str, str] | None = None
) -> dict[str, object]:
    """The State-table fields of a lexicon: the names as printed, their patterns, the canonical spellings."""
    printed = tuple(dict.fromkeys(names))
    canonical = {name_key(n): n for n in printed}
    for variant, name in (variants or {}).items():
        canonical[name_key(variant)] = name
    every = sorted(set(printed) | set(variants or {}), key=lambda n: (-len(n), n))
    alt = "|".join(_name_pattern(n) for n in every) or "(?!)"
    edge = r"(?<![^\W\d_])" if printed else ""
    return {
        "member_states": printed,
        "observer_states": (),
        "other_state_names": (),
        "states_with_article": frozenset(),
        "canonical_states": canonical,
        "demonyms": {},
        "state_name": _compile(rf"(?:{article})?(?P<name>{alt})(?![\w'\u2019-])"),
        "state_name_only": _compile(rf"{edge}(?:{alt})(?![\w'\u2019-])"),
        "demonym_list": _NEVER,
        "demonym_key": _NEVER,
        "demonym_word": _NEVER,
    }


# -- Placeholder State tables (replaced by grammar/states_i18n.py when it lands) -----------------------------------
_FR_STATES = ("République arabe syrienne", "Turquie", "République islamique d'Iran", "Israël", "Japon", "Australie",
              "France", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "Azerbaïdjan",
              "Papouasie-Nouvelle-Guinée", "République de Corée", "États-Unis d'Amérique")  # fmt: skip
_ES_STATES = ("República Árabe Siria", "Turquía", "República Islámica del Irán", "Rwanda", "Azerbaiyán",
              "Reino Unido de Gran Bretaña e Irlanda del Norte", "Federación de Rusia", "Guyana",
              "República Democrática Popular Lao", "Estados Unidos de América")  # fmt: skip
_RU_STATES = ("Сирийской Арабской Республики", "Турции", "Исламской Республики Иран", "Непала", "Мавритании",
              "Уганды", "Соединенного Королевства Великобритании и Северной Ирландии",
              "Российской Федерации", "Азербайджана")  # fmt: skip
_AR_STATES = ("العراق", "الكويت", "الجمهورية العربية السورية")

# -- French -------------------------------------------------------------------------------------------------------

_FR_MONTHS = (("janvier",), ("février", "fevrier"), ("mars",), ("avril",), ("mai",), ("juin",), ("juillet",),
              ("août", "aout"), ("septembre",), ("octobre",), ("novembre",), ("décembre", "decembre"))  # fmt: skip
_FR_KINDS = {
    "lettre": LetterKind.LETTER,
    "lettres identiques": LetterKind.IDENTICAL_LETTERS,
    "note verbale": LetterKind.NOTE_VERBALE,
    "lettres": LetterKind.LETTERS,
    "télégramme": LetterKind.TELEGRAM,
    "télégrammes": LetterKind.TELEGRAMS,
    "câblogramme": LetterKind.CABLEGRAM,
    "telegramme": LetterKind.TELEGRAM,
    "cablogramme": LetterKind.CABLEGRAM,
}
_FR_OTHER_KINDS = ("notes verbales identiques", "notes verbales", "message", "communication", "communications")
_FR_ADDRESSEES = (
    "Secrétaire général", "Secrétaire général de l'Organisation des Nations Unies",
    *(f"{who} {body}" for who in ("Président", "Présidente", "Présidence")
      for body in ("du Conseil de sécurité", "de l'Assemblée générale", "du Conseil économique et social",
                   "du Conseil des droits de l'homme")),
    "Haut-Commissaire des Nations Unies aux droits de l'homme",
)  # fmt: skip
_FR_SMALL = ("de", "du", "des", "la", "le", "les", "l'", "et", "à", "au", "aux", "par", "auprès", "en")
_FR_ARTICLE = r"(?:la|le|les)\s+|l['\u2019]\s*"


def _french() -> Lexicon:
    months = _months(_FR_MONTHS)
    alt = _alternation(months)
    kinds = _kinds({**_FR_KINDS, **dict.fromkeys(_FR_OTHER_KINDS, LetterKind.LETTER)})
    annex = rf"(?:Annexe|Appendice|Pièce\s+jointe|Piece\s+jointe)(?:\s+(?:{_ANNEX_NUMBER})(?!\w))?"
    date = rf"(?P<date>[^,]{{1,{MAX_DATE_LENGTH}}}?)"
    known, forms = _addressee_patterns(_FR_ADDRESSEES)
    dated = r"(?:dat[ée]e?s?|en\s+date)\s+(?:du|due|de)"
    return attrs.evolve(
        ENGLISH,
        language=Language.FRENCH,
        months=tuple(f[0] for f in _FR_MONTHS),
        month_numbers=months,
        month_word=_compile(rf"(?<![^\W\d_])(?:{alt})(?!\w)"),
        date_in_text=_compile(rf"(?<![\w.])(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>{alt})\s+(?P<year>\d{{4}})(?!\w)"),
        date_range_item=_compile(rf"(\d{{1,2}})(?:er)?(?:\s+({alt}))?(?:\s+(\d{{4}}))?(?!\w)"),
        date_range_sep=_compile(r"\s*(?:[-\u2010-\u2015]|,\s*et\b|,|\bet\b|\bau\b)\s*"),
        date_format="{day} {month} {year}",
        first_day="1er",
        letter_kinds=_FR_KINDS,
        title=_compile(
            rf"""
            (?:[^:]{{1,120}}?\s:\s+)?
            (?:(?P<annex>{annex})\s+(?:à|a)\s+la\s+)?
            (?P<kind>{kinds})(?!\w)
            (?:\s*,?\s*{dated}\s+{date}\s*,?)?
            (?:\s+adress[ée]e?s?\s+(?P<addressees>.+?))?
            (?:\s*,?\s+par\s+(?P<sender>(?:{_FR_ARTICLE}|un\s|une\s).+?)(?:\s+(?:concernant|relative?s?\s+à)\s.*)?)?
            {_TRAILING_SYMBOL}\s*
            """,
            re.IGNORECASE | re.VERBOSE | re.DOTALL,
        ),
        title_start=_compile(
            rf"\s*(?:{annex}\s+(?:à|a)\s+la\s+(?:{kinds})(?!\w)"
            rf"|(?:{kinds})\s*,?\s+(?:{dated}|adress[ée]e?s?)(?!\w))"
        ),
        known_addressee=known,
        addressee_forms=forms,
        article=_compile(r"(?:au|aux|à\s+la|à\s+l['\u2019]|a\s+la|à|la|le|les)\s+|l['\u2019]\s*|à\s+l['\u2019]\s*"),
        addressee_sep=_compile(r"(?:\s*,\s*(?:et\s+)?|\s+et\s+)(?=(?:au|aux|à|a\s+la|la|le|les)\s|l['\u2019])"),
        dated_tail=_compile(rf"\s+{dated}\s+.*$", re.IGNORECASE | re.DOTALL),
        dated_word=_compile(rf"(?<!\w){dated}\s+"),
        un_suffix=_compile(
            r"\s+auprès\s+de\s+l['\u2019]\s*Organi-?\s*sation\s+des\s+Nations\s+Unies(?!\w).*$",
            re.IGNORECASE | re.DOTALL,
        ),
        of=_compile(r"\s+(?:de\s+la|de\s+l['\u2019]|du|des|de|d['\u2019])(?:\s+|(?<=['\u2019]))"),
        office_word=_compile(
            r"(?:Représentante?s?|Observat(?:eur|rice)s?|Missions?|Délégations?|Gouvernements?|Ambassade"
            r"|permanente?s?|intérim|Chargée?s?|Ministre|étrangères|Secrétaire)"
        ),
        small_words=frozenset(_FR_SMALL),
        continuation_caps=_compile(r"(?:ET|DE|DU|DES|AU|AUX|PAR|AUPRÈS|ADRESSÉE?S?)(?!\w)|[,(]", 0),
        dangling_end=_compile(
            rf"(?:^|\s)(?:{_alternation(_FR_SMALL)}|adress[ée]e?s?|dat[ée]e?s?)$|[,\-\u2010\u2011'\u2019]$"
        ),
        body_start=_compile(
            rf"(?:{ENGLISH.body_start.pattern}|J['\u2019]ai\s+l['\u2019]honneur|D['\u2019]ordre\s+de"
            r"|Au\s+nom|Je\s+vous|Suite\s+à|\(\s*Sign[ée]\s*\))"
        ),
        title_formats={
            "annex": "{annex} à la {kind}",
            "dated": "datée du {date},",
            "sender": "par {sender}",
            "addressees": "adressée {addressees}",
            "article": "le",
            "to": "au",
        },
        conjunction="et",
        list_and=" et ",
        title_order=("dated", "addressees", "sender"),
        **_state_tables(_FR_STATES, _FR_ARTICLE),  # type: ignore[arg-type]
        unknown_state=_compile(rf"(?:{_FR_ARTICLE})?(?P<name>[^\W\d_][^,]*?)(?=\s*,|\s+et\s+|$)"),
        state_sep=_compile(r"\s*,\s*(?:et\s+)?|\s+et\s+"),
        search_states=True,
        annex_label=_compile(annex),
        annex_heading=_compile(rf"{annex}\s+(?:à|a)\s+la\s+(?:{kinds}|note)\b"),
        signed=_compile(r"\(\s*(?:Sign[ée]|Signed)\s*\)"),
        organs={
            "assemblée générale": Organ.GENERAL_ASSEMBLY,
            "assemblee generale": Organ.GENERAL_ASSEMBLY,
            "conseil de sécurité": Organ.SECURITY_COUNCIL,
            "conseil de securite": Organ.SECURITY_COUNCIL,
            "conseil économique et social": Organ.ECONOMIC_AND_SOCIAL_COUNCIL,
            "conseil economique et social": Organ.ECONOMIC_AND_SOCIAL_COUNCIL,
        },
        languages={
            "français": Language.FRENCH,
            "francais": Language.FRENCH,
            "anglais": Language.ENGLISH,
            "arabe": Language.ARABIC,
            "chinois": Language.CHINESE,
            "espagnol": Language.SPANISH,
            "russe": Language.RUSSIAN,
        },
        distributions={
            "générale": Distribution.GENERAL,
            "generale": Distribution.GENERAL,
            "limitée": Distribution.LIMITED,
            "limitee": Distribution.LIMITED,
            "restreinte": Distribution.RESTRICTED,
        },
        un_names=("Nations Unies",),
    )


# -- Spanish ------------------------------------------------------------------------------------------------------

_ES_MONTHS = (("enero",), ("febrero",), ("marzo",), ("abril",), ("mayo",), ("junio",), ("julio",), ("agosto",),
              ("septiembre", "setiembre"), ("octubre",), ("noviembre",), ("diciembre",))  # fmt: skip
_ES_KINDS = {
    "carta": LetterKind.LETTER,
    "cartas idénticas": LetterKind.IDENTICAL_LETTERS,
    "nota verbal": LetterKind.NOTE_VERBALE,
    "cartas": LetterKind.LETTERS,
    "telegrama": LetterKind.TELEGRAM,
    "telegramas": LetterKind.TELEGRAMS,
    "cablegrama": LetterKind.CABLEGRAM,
    "cartas identicas": LetterKind.IDENTICAL_LETTERS,
}
_ES_OTHER_KINDS = ("notas verbales idénticas", "notas verbales", "mensaje", "comunicación", "comunicaciones")
_ES_ADDRESSEES = (
    "Secretario General", "Secretario General de las Naciones Unidas",
    *(f"{who} {body}" for who in ("Presidente", "Presidenta", "Presidencia")
      for body in ("del Consejo de Seguridad", "de la Asamblea General", "del Consejo Económico y Social",
                   "del Consejo de Derechos Humanos")),
    "Alto Comisionado de las Naciones Unidas para los Derechos Humanos",
)  # fmt: skip
_ES_SMALL = ("de", "del", "la", "el", "los", "las", "y", "e", "a", "al", "por", "ante", "en")
_ES_ARTICLE = r"(?:el|la|los|las)\s+"


def _spanish() -> Lexicon:
    months = _months(_ES_MONTHS)
    alt = _alternation(months)
    kinds = _kinds({**_ES_KINDS, **dict.fromkeys(_ES_OTHER_KINDS, LetterKind.LETTER)})
    annex = rf"(?:Anexo|Apéndice|Adjunto|Apendice)(?:\s+(?:{_ANNEX_NUMBER})(?!\w))?"
    date = rf"(?P<date>[^,]{{1,{MAX_DATE_LENGTH}}}?)"
    known, forms = _addressee_patterns(_ES_ADDRESSEES)
    day_month = rf"(?P<day>\d{{1,2}})[\s{HYPHENS}]*de\s+(?P<month>{alt})\s+de\s+(?P<year>\d{{4}})"
    return attrs.evolve(
        ENGLISH,
        language=Language.SPANISH,
        months=tuple(f[0] for f in _ES_MONTHS),
        month_numbers=months,
        month_word=_compile(rf"(?<![^\W\d_])(?:{alt})(?!\w)"),
        date_in_text=_compile(rf"(?<![\w.]){day_month}(?!\w)"),
        date_range_item=_compile(rf"(\d{{1,2}})(?:\s+de\s+({alt}))?(?:\s+de\s+(\d{{4}}))?(?!\w)"),
        date_range_sep=_compile(r"\s*(?:[-\u2010-\u2015]|,\s*[ye]\b|,|\b[ye]\b|\bal\b)\s*"),
        date_format="{day} de {month} de {year}",
        letter_kinds=_ES_KINDS,
        title=_compile(
            rf"""
            (?:(?P<annex>{annex})\s+(?:de|a)\s+la\s+)?
            (?P<kind>{kinds})(?!\w)
            (?:\s*,?\s*de\s+fecha\s+{date}\s*,?)?
            (?:
                \s+dirigid[oa]s?\s+(?P<addressees>.+?)
                (?:\s*,?\s+por\s+(?P<sender>{_ES_ARTICLE}.+?)(?:\s+(?:relativ[oa]s?\s+a|sobre|acerca\s+de)\s.*)?)?
              | \s*,?\s+(?:por|de)\s+(?P<sender2>{_ES_ARTICLE}.+?)
            )?
            {_TRAILING_SYMBOL}\s*
            """,
            re.IGNORECASE | re.VERBOSE | re.DOTALL,
        ),
        title_start=_compile(
            rf"\s*(?:{annex}\s+(?:de|a)\s+la\s+(?:{kinds})(?!\w)"
            rf"|(?:{kinds})\s*,?\s+(?:de\s+fecha|dirigid[oa]s?)(?!\w))"
        ),
        known_addressee=known,
        addressee_forms=forms,
        article=_compile(r"(?:al|a\s+la|a\s+los|a\s+las|a|el|la|los|las)\s+"),
        addressee_sep=_compile(r"(?:\s*,\s*(?:[ye]\s+)?|\s+[ye]\s+)(?=(?:al|a|el|la|los|las)\s)"),
        dated_tail=_compile(r"\s+de\s+fecha\s+.*$", re.IGNORECASE | re.DOTALL),
        dated_word=_compile(r"(?<!\w)de\s+fecha\s+"),
        un_suffix=_compile(r"\s+ante\s+las\s+Naciones\s+Unidas(?!\w).*$", re.IGNORECASE | re.DOTALL),
        of=_compile(r"\s+(?:de\s+la|de\s+los|de\s+las|del|de)\s+"),
        office_word=_compile(
            r"(?:Representantes?|Observador(?:es|a)?|Misi[óo]n(?:es)?|Delegaci[óo]n(?:es)?|Gobiernos?|Embajada"
            r"|Permanentes?|Interin[oa]|Encargad[oa]|Ministr[oa]|Exteriores|Secretari[oa])"
        ),
        small_words=frozenset(_ES_SMALL),
        continuation_caps=_compile(r"(?:Y|E|DE|DEL|AL|POR|ANTE|DIRIGIDAS?)(?!\w)|[,(]", 0),
        dangling_end=_compile(rf"(?:^|\s)(?:{_alternation(_ES_SMALL)}|dirigid[oa]s?|fecha)$|[,\-\u2010\u2011]$"),
        body_start=_compile(
            rf"(?:{ENGLISH.body_start.pattern}|Tengo\s+el\s+honor|Siguiendo\s+instrucciones|Por\s+instrucciones"
            r"|En\s+nombre|Le\s+agradecer|\(\s*Firmad[oa]\s*\))"
        ),
        title_formats={
            "annex": "{annex} de la {kind}",
            "dated": "de fecha {date}",
            "sender": "por {sender}",
            "addressees": "dirigida {addressees}",
            "article": "el",
            "to": "al",
        },
        conjunction="y",
        list_and=" y ",
        title_order=("dated", "addressees", "sender"),
        **_state_tables(_ES_STATES, _ES_ARTICLE),  # type: ignore[arg-type]
        unknown_state=_compile(rf"(?:{_ES_ARTICLE})?(?P<name>[^\W\d_][^,]*?)(?=\s*,|\s+[ye]\s+|$)"),
        state_sep=_compile(r"\s*,\s*(?:[ye]\s+)?|\s+[ye]\s+"),
        search_states=True,
        annex_label=_compile(annex),
        annex_heading=_compile(rf"{annex}\s+(?:de|a)\s+la\s+(?:{kinds}|nota)\b"),
        signed=_compile(r"\(\s*(?:Firmad[oa]|Signed)\s*\)"),
        organs={
            "asamblea general": Organ.GENERAL_ASSEMBLY,
            "consejo de seguridad": Organ.SECURITY_COUNCIL,
            "consejo económico y social": Organ.ECONOMIC_AND_SOCIAL_COUNCIL,
            "consejo economico y social": Organ.ECONOMIC_AND_SOCIAL_COUNCIL,
        },
        languages={
            "español": Language.SPANISH,
            "espanol": Language.SPANISH,
            "inglés": Language.ENGLISH,
            "ingles": Language.ENGLISH,
            "árabe": Language.ARABIC,
            "arabe": Language.ARABIC,
            "chino": Language.CHINESE,
            "francés": Language.FRENCH,
            "frances": Language.FRENCH,
            "ruso": Language.RUSSIAN,
        },
        distributions={
            "general": Distribution.GENERAL,
            "limitada": Distribution.LIMITED,
            "reservada": Distribution.RESTRICTED,
        },
        un_names=("Naciones Unidas",),
    )


# -- Russian ------------------------------------------------------------------------------------------------------

# The genitive is what a date prints ("28 сентября 2001 года"); the nominative is the dictionary form.
_RU_MONTHS = (("января", "январь"), ("февраля", "февраль"), ("марта", "март"), ("апреля", "апрель"),
              ("мая", "май"), ("июня", "июнь"), ("июля", "июль"), ("августа", "август"),
              ("сентября", "сентябрь"), ("октября", "октябрь"), ("ноября", "ноябрь"),
              ("декабря", "декабрь"))  # fmt: skip
_RU_KINDS = {
    "письмо": LetterKind.LETTER,
    "идентичные письма": LetterKind.IDENTICAL_LETTERS,
    "вербальная нота": LetterKind.NOTE_VERBALE,
    "письма": LetterKind.LETTER,
    "письму": LetterKind.LETTER,
    "письме": LetterKind.LETTER,
    "письмом": LetterKind.LETTER,
    "идентичным письмам": LetterKind.IDENTICAL_LETTERS,
    "идентичных писем": LetterKind.IDENTICAL_LETTERS,
    "идентичных письмах": LetterKind.IDENTICAL_LETTERS,
    "вербальной ноте": LetterKind.NOTE_VERBALE,
    "вербальной ноты": LetterKind.NOTE_VERBALE,
    "вербальную ноту": LetterKind.NOTE_VERBALE,
    "телеграмма": LetterKind.TELEGRAM,
    "телеграмме": LetterKind.TELEGRAM,
}
_RU_ADDRESSEES = (
    "Генерального секретаря", "Генерального секретаря Организации Объединенных Наций",
    *(f"Председателя {body}" for body in ("Совета Безопасности", "Генеральной Ассамблеи",
                                          "Экономического и Социального Совета", "Совета по правам человека")),
)  # fmt: skip
_RU_SMALL = ("при", "от", "на", "имя", "и", "в", "к", "по")


def _russian() -> Lexicon:
    months = _months(_RU_MONTHS)
    alt = _alternation(months)
    kinds = _kinds(_RU_KINDS)
    annex = rf"(?:Приложение|Добавление|Вложение)(?:\s+(?:{_ANNEX_NUMBER})(?!\w))?"
    known, forms = _addressee_patterns(_RU_ADDRESSEES)
    year = r"(?:\s+(?:года|г\.))?"
    return attrs.evolve(
        ENGLISH,
        language=Language.RUSSIAN,
        months=tuple(f[0] for f in _RU_MONTHS),
        month_numbers=months,
        month_word=_compile(rf"(?<![^\W\d_])(?:{alt})(?!\w)"),
        date_in_text=_compile(rf"(?<![\w.])(?P<day>\d{{1,2}})\s+(?P<month>{alt})\s+(?P<year>\d{{4}})(?!\w){year}"),
        date_range_item=_compile(rf"(\d{{1,2}})(?:\s+({alt}))?(?:\s+(\d{{4}}){year})?(?!\w)"),
        date_range_sep=_compile(r"\s*(?:[-\u2010-\u2015]|,\s*и\b|,|\bи\b|\bпо\b)\s*"),
        date_format="{day} {month} {year} года",
        letter_kinds=_RU_KINDS,
        title=_compile(
            rf"""
            (?:(?P<annex>{annex})\s+к\s+)?
            (?P<kind>{kinds})(?!\w)
            (?:\s+(?P<sender>(?!от\s+\d)[^\n]+?))?
            (?:\s+от\s+(?P<date>\d{{1,2}}\s+(?:{alt})\s+\d{{4}})(?!\w){year})?
            (?:\s+на\s+имя\s+(?P<addressees>.+?))?
            {_TRAILING_SYMBOL}\s*
            """,
            re.IGNORECASE | re.VERBOSE | re.DOTALL,
        ),
        title_start=_compile(rf"\s*(?:{annex}\s+к\s+(?:{kinds})(?!\w)|(?:{kinds})\s+(?:(?-i:[А-ЯЁ])|от\s+\d))"),
        known_addressee=known,
        addressee_forms=forms,
        article=_NEVER,
        addressee_sep=_compile(r"(?:\s*,\s*(?:и\s+)?|\s+и\s+)(?=(?-i:[А-ЯЁ]))"),
        dated_tail=_compile(r"\s+от\s+\d.*$", re.IGNORECASE | re.DOTALL),
        dated_word=_compile(r"(?<!\w)от\s+(?=\d)"),
        un_suffix=_compile(r"\s+при\s+Организации\s+Объединенных\s+Наций(?!\w).*$", re.IGNORECASE | re.DOTALL),
        of=_compile(r"\s+(?=[А-ЯЁ])", 0),
        office_word=_compile(
            r"(?:представител[ья]|представительства|поверенного|миссии|делегации|правительства|посольства"
            r"|министра|наблюдателя|дел)"
        ),
        small_words=frozenset(_RU_SMALL),
        continuation_caps=_compile(r"(?:И|ПРИ|ОТ|НА)(?!\w)|[,(]", 0),
        dangling_end=_compile(rf"(?:^|\s)(?:{_alternation(_RU_SMALL)})$|[,\-\u2010\u2011]$"),
        body_start=_compile(
            rf"(?:{ENGLISH.body_start.pattern}|Имею\s+честь|По\s+поручению|Настоящим|Ссылаясь|\(\s*Подпись\s*\))"
        ),
        title_formats={
            "annex": "{annex} к {kind}",
            "dated": "от {date}",
            "sender": "{sender}",
            "addressees": "на имя {addressees}",
            "article": "",
        },
        conjunction="и",
        list_and=" и ",
        title_order=("sender", "dated", "addressees"),
        **_state_tables(_RU_STATES, ""),  # type: ignore[arg-type]
        unknown_state=_compile(r"(?P<name>[^\W\d_][^,]*?)(?=\s*,|\s+и\s+|$)"),
        state_sep=_compile(r"\s*,\s*(?:и\s+)?|\s+и\s+"),
        search_states=True,
        annex_label=_compile(annex),
        annex_heading=_compile(rf"{annex}\s+к\s+(?:{kinds})(?!\w)"),
        signed=_compile(r"\(\s*(?:Подпись|Подписано|Signed)\s*\)"),
        organs={
            "генеральная ассамблея": Organ.GENERAL_ASSEMBLY,
            "совет безопасности": Organ.SECURITY_COUNCIL,
            "экономический и социальный совет": Organ.ECONOMIC_AND_SOCIAL_COUNCIL,
        },
        languages={
            "русский": Language.RUSSIAN,
            "английский": Language.ENGLISH,
            "арабский": Language.ARABIC,
            "китайский": Language.CHINESE,
            "испанский": Language.SPANISH,
            "французский": Language.FRENCH,
        },
        distributions={"общая": Distribution.GENERAL, "ограниченная": Distribution.LIMITED},
        original_label=r"Original|Язык\s+оригинала|Подлинный\s+текст",
        un_names=("Организация Объединенных Наций",),
    )


# -- Arabic (titles, signatures, annexes) --------------------------------------------------------------------------

# Arabic prints two month names, the Syriac (Levantine) one and the one taken from the Latin: "آذار/مارس".
_AR_MONTHS = (("كانون الثاني", "يناير"), ("شباط", "فبراير"), ("آذار", "مارس"), ("نيسان", "أبريل"),
              ("أيار", "مايو"), ("حزيران", "يونيه", "يونيو"), ("تموز", "يوليه", "يوليو"), ("آب", "أغسطس"),
              ("أيلول", "سبتمبر"), ("تشرين الأول", "أكتوبر"), ("تشرين الثاني", "نوفمبر"),
              ("كانون الأول", "ديسمبر"))  # fmt: skip
_AR_KINDS = {
    "رسالة": LetterKind.LETTER,
    "رسالتان متطابقتان": LetterKind.IDENTICAL_LETTERS,
    "مذكرة شفوية": LetterKind.NOTE_VERBALE,
    "رسائل متطابقة": LetterKind.IDENTICAL_LETTERS,
    "رسائل": LetterKind.LETTERS,
    "برقية": LetterKind.TELEGRAM,
}
_AR_ADDRESSEES = ("الأمين العام", "رئيس مجلس الأمن", "رئيسة مجلس الأمن", "رئيس الجمعية العامة", "رئيسة الجمعية العامة")


def _arabic() -> Lexicon:
    months = _months(_AR_MONTHS)
    alt = _alternation(months)
    month = rf"(?:(?:{alt})\s*/\s*)?(?P<month>{alt})"
    item_month = rf"(?:(?:{alt})\s*/\s*)?({alt})"
    kinds = _kinds(_AR_KINDS)
    annex = r"(?:المرفق|مرفق|الضميمة)(?:\s+(?:[0-9]{1,3}|الأول|الثاني|الثالث))?"
    known, forms = _addressee_patterns(_AR_ADDRESSEES)
    dated = r"و?(?:ال)?مؤرخة"
    to = r"و?(?:ال)?موجه(?:ة|تان|تين)?\s+(?:إلى|الى)"
    variants = {"لل" + n[2:]: n for n in _AR_STATES if n.startswith("ال")}
    return attrs.evolve(
        ENGLISH,
        language=Language.ARABIC,
        months=tuple(f"{f[0]}/{f[1]}" for f in _AR_MONTHS),
        month_numbers=months,
        month_word=_compile(rf"(?:{alt})"),
        date_in_text=_compile(rf"(?<![\w.])(?P<day>\d{{1,2}})\s+{month}\s+(?P<year>\d{{4}})(?!\w)"),
        date_range_item=_compile(rf"(\d{{1,2}})(?:\s+{item_month})?(?:\s+(\d{{4}}))?(?!\w)"),
        date_range_sep=_compile(r"\s*(?:[-\u2010-\u2015]|،|,|\s+و)\s*"),
        letter_kinds=_AR_KINDS,
        title=_compile(
            rf"""
            (?:(?P<annex>{annex})\s+)?
            (?P<kind>{kinds})
            (?:\s+{dated}\s+(?P<date>[^\n]{{1,{MAX_DATE_LENGTH}}}?))?
            (?:\s+{to}\s+(?P<addressees>.+?))?
            (?:\s+من\s+(?P<sender>.+?)(?:\s+(?:يحيل|تحيل|يحيلان|بشأن|عن)\s.*)?)?
            {_TRAILING_SYMBOL}\s*
            """,
            re.VERBOSE | re.DOTALL,
        ),
        title_start=_compile(rf"\s*(?:{annex}\s+)?(?:{kinds})\s+(?:{dated}|{to})"),
        known_addressee=known,
        addressee_forms=forms,
        article=_NEVER,
        addressee_sep=_compile(r"(?:\s*[،,]\s*(?:و\s*)?|\s+و\s*)(?=ال|رئيس)"),
        dated_tail=_compile(rf"\s+{dated}\s+.*$", re.DOTALL),
        dated_word=_compile(rf"{dated}\s+"),
        un_suffix=_compile(r"\s+لدى\s+الأمم\s+المتحدة.*$", re.DOTALL),
        of=_NEVER,
        office_word=_NEVER,
        small_words=frozenset(),
        continuation_caps=_NEVER,
        dangling_end=_compile(r"(?:^|\s)(?:من|إلى|الى|لدى|و)$"),
        body_start=_compile(rf"(?:{ENGLISH.body_start.pattern}|أتشرف|بناء\s+على\s+تعليمات|\(\s*توقيع\s*\))"),
        title_formats={
            "annex": "{annex} {kind}",
            "dated": "مؤرخة {date}",
            "sender": "من {sender}",
            "addressees": "موجهة إلى {addressees}",
            "article": "",
        },
        list_and=" و",
        title_order=("dated", "addressees", "sender"),
        **_state_tables(_AR_STATES, "", variants=variants),  # type: ignore[arg-type]
        unknown_state=_NEVER,
        state_sep=_compile(r"\s*[،,]\s*|\s+و"),
        search_states=True,
        annex_label=_compile(annex),
        annex_heading=_compile(rf"{annex}\s+(?:{kinds})"),
        signed=_compile(r"\(\s*(?:توقيع|Signed)\s*\)"),
        organs={
            "الجمعية العامة": Organ.GENERAL_ASSEMBLY,
            "مجلس الأمن": Organ.SECURITY_COUNCIL,
            "المجلس الاقتصادي والاجتماعي": Organ.ECONOMIC_AND_SOCIAL_COUNCIL,
        },
        languages={
            "العربية": Language.ARABIC,
            "الإنكليزية": Language.ENGLISH,
            "الانكليزية": Language.ENGLISH,
            "الفرنسية": Language.FRENCH,
            "الإسبانية": Language.SPANISH,
            "الروسية": Language.RUSSIAN,
            "الصينية": Language.CHINESE,
        },
        distributions={"عام": Distribution.GENERAL, "محدود": Distribution.LIMITED},
        original_label=r"Original|الأصل",
        un_names=("الأمم المتحدة",),
    )


# -- Chinese (the masthead) ---------------------------------------------------------------------------------------


def _chinese() -> Lexicon:
    numbers = {str(n): n for n in range(1, 13)}
    return attrs.evolve(
        ENGLISH,
        language=Language.CHINESE,
        months=tuple(str(n) for n in range(1, 13)),
        month_numbers=numbers,
        month_word=_compile(r"月"),
        date_in_text=_compile(r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"),
        date_range_item=_NEVER,
        date_format="{year}年{month}月{day}日",
        letter_kinds={
            "信": LetterKind.LETTER,
            "同文信": LetterKind.IDENTICAL_LETTERS,
            "普通照会": LetterKind.NOTE_VERBALE,
        },
        signed=_compile(r"[（(]\s*(?:签名|Signed)\s*[)）]"),
        annex_label=_compile(r"附件(?:[一二三四五六七八九十]{1,3}|[0-9]{1,3})?"),
        organs={
            "大会": Organ.GENERAL_ASSEMBLY,
            "安全理事会": Organ.SECURITY_COUNCIL,
            "经济及社会理事会": Organ.ECONOMIC_AND_SOCIAL_COUNCIL,
        },
        languages={
            "中文": Language.CHINESE,
            "英文": Language.ENGLISH,
            "法文": Language.FRENCH,
            "俄文": Language.RUSSIAN,
            "西班牙文": Language.SPANISH,
            "阿拉伯文": Language.ARABIC,
        },
        distributions={"普遍": Distribution.GENERAL, "一般": Distribution.GENERAL, "限制": Distribution.LIMITED},
        original_label=r"Original|原文",
        un_names=("联合国",),
        title=_NEVER,
        title_start=_NEVER,
    )


#: The French lexicon.
FRENCH: Lexicon = _french()
#: The Spanish lexicon.
SPANISH: Lexicon = _spanish()
#: The Russian lexicon.
RUSSIAN: Lexicon = _russian()
#: The Arabic lexicon: titles, dates, signatures, annexes, masthead words.
ARABIC: Lexicon = _arabic()
#: The Chinese lexicon: the masthead (organs, dates, languages, distribution) and the signature and annex markers.
CHINESE: Lexicon = _chinese()

#: Every language's lexicon, by language.
LEXICONS: Mapping[Language, Lexicon] = {
    Language.ENGLISH: ENGLISH,
    Language.FRENCH: FRENCH,
    Language.SPANISH: SPANISH,
    Language.RUSSIAN: RUSSIAN,
    Language.ARABIC: ARABIC,
    Language.CHINESE: CHINESE,
}

#: An annex label in any language ("Annex II", "Annexe", "Anexo", "Приложение I", "المرفق").
ANY_ANNEX_LABEL = re.compile("|".join(f"(?:{lex.annex_label.pattern})" for lex in LEXICONS.values()), re.IGNORECASE)

# -- detection ----------------------------------------------------------------------------------------------------

#: How much of a text detection reads: a masthead and a title's worth.
_SAMPLE = 3000
_SCRIPTS = (
    (Language.RUSSIAN, re.compile(r"[\u0400-\u04ff]")),
    (Language.ARABIC, re.compile(r"[\u0600-\u06ff]")),
    (Language.CHINESE, re.compile(r"[\u4e00-\u9fff]")),
)
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WORD = re.compile(r"[^\W\d_]+")
#: Small words common in one language's running text and rare in the others'.
_STOP_WORDS = {
    Language.ENGLISH: frozenset(
        ["the", "of", "and", "to", "is", "that", "for", "with", "on", "by", "this", "have", "which", "from"]
    ),
    Language.FRENCH: frozenset(
        [
            "le",
            "les",
            "des",
            "du",
            "et",
            "est",
            "au",
            "aux",
            "une",
            "qui",
            "dans",
            "sur",
            "nous",
            "vous",
            "été",
            "avec",
            "auprès",
        ]
    ),
    Language.SPANISH: frozenset(
        ["el", "los", "las", "del", "y", "una", "para", "con", "al", "sus", "como", "fue", "ante", "está"]
    ),
}


def detect_language(text: str) -> Language:
    """Say which official language a text is in: by its script, then by its commonest small words.

    Only the start of the text is read (a masthead and a title's worth). A Cyrillic, Arabic or Chinese text
    is told by its script (when a quarter of its letters are in it: a Russian copy may print its masthead in
    English); a Latin one by counting the small words of English, French and Spanish. English wins a tie.

    Args:
        text: Any text.

    Returns:
        The language.

    Example:
        >>> detect_language("Carta de fecha 20 de enero de 2023 dirigida al Secretario General")
        <Language.SPANISH: 'Spanish'>
        >>> detect_language("Письмо Постоянного представителя"), detect_language("")
        (<Language.RUSSIAN: 'Russian'>, <Language.ENGLISH: 'English'>)
    """
    sample = text[:_SAMPLE]
    latin = len(_LATIN.findall(sample))
    best, most = Language.ENGLISH, 0
    for language, script in _SCRIPTS:
        count = len(script.findall(sample))
        if count > most:
            best, most = language, count
    if most and most * 3 >= latin:
        return best
    counts = dict.fromkeys(_STOP_WORDS, 0)
    for word in _WORD.findall(sample.lower()):
        for language, words in _STOP_WORDS.items():
            if word in words:
                counts[language] += 1
    top = max(counts.values())
    return next(lang for lang, n in counts.items() if n == top)
