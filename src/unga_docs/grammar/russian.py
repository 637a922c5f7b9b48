"""Russian: "Письмо Постоянного представителя ... от 28 сентября 2001 года на имя Генерального секретаря".

The sender comes first (in the genitive), the date after it, the addressees last; the kind inflects ("Приложение к
письму ...").

Example:
    >>> RUSSIAN.month_numbers["сентября"], RUSSIAN.letter_kinds["письму"].value
    (9, 'letter')
"""

from __future__ import annotations

import re

import attrs

from unga_docs.enums import Distribution, Language, LetterKind, Organ, SessionKind
from unga_docs.grammar import states_i18n as _states
from unga_docs.grammar import words_i18n as _words
from unga_docs.grammar.kit import (
    NEVER,
    TRAILING_SYMBOL,
    addressee_patterns,
    agenda_fields,
    kinds_pattern,
    ordinal_fields,
    state_tables,
)
from unga_docs.grammar.lexicon import _ANNEX_NUMBER, ENGLISH, MAX_SESSION, Lexicon, _alternation, _compile

__all__ = ["RUSSIAN", "FLAT_TITLE"]


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
_KNOWN, _FORMS = addressee_patterns(_RU_ADDRESSEES)
_RU_SMALL = ("при", "от", "на", "имя", "и", "в", "к", "по")


#: The session lines: "Пятьдесят шестая сессия", "Семьдесят восьмой год".
_SESSIONS = ordinal_fields(
        [_words.russian_ordinal(n, feminine=True) for n in range(1, MAX_SESSION + 1)],
        (
            (n, _words.russian_ordinal(n, feminine=f, case=c))
            for n in range(1, MAX_SESSION + 1)
            for f in (False, True)
            for c in ("nominative", "genitive")
        ),
        r"{ordinal}\s+(?:(?P<kind>чрезвычайная\s+специальная|специальная)\s+сессия|(?P<unit>сессия|год))",
        session_kinds={
            "специальная": SessionKind.SPECIAL,
            "чрезвычайная специальная": SessionKind.EMERGENCY_SPECIAL,
        },
        session_units={"сессия": Organ.GENERAL_ASSEMBLY, "год": Organ.SECURITY_COUNCIL},
        session_formats={
            (Organ.GENERAL_ASSEMBLY, SessionKind.REGULAR): "{ordinal} {unit}",
            (Organ.GENERAL_ASSEMBLY, SessionKind.SPECIAL): "{ordinal} {kind} {unit}",
            (Organ.GENERAL_ASSEMBLY, SessionKind.EMERGENCY_SPECIAL): "{ordinal} {kind} {unit}",
            (Organ.SECURITY_COUNCIL, SessionKind.REGULAR): "{ordinal} {unit}",
        },
        year_ordinals=tuple(_words.russian_ordinal(n) for n in range(1, MAX_SESSION + 1)),
)  # fmt: skip


def _russian() -> Lexicon:
    months = _words.RUSSIAN_MONTH_NUMBERS
    alt = _alternation(months)
    kinds = kinds_pattern(_RU_KINDS)
    annex = rf"(?:Приложение|Добавление|Вложение)(?:\s+(?:{_ANNEX_NUMBER})(?!\w))?"
    known, forms = _KNOWN, _FORMS
    year = r"(?:\s+(?:года|г\.))?"
    return attrs.evolve(
        ENGLISH,
        language=Language.RUSSIAN,
        months=_words.RUSSIAN_MONTHS_GENITIVE,
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
            (?:\s+от\s+(?P<date>\d{{1,2}}\s+(?:{alt})(?:\s+\d{{4}})?)(?!\w){year})?
            (?:\s+на\s+имя\s+(?P<addressees>.+?))?
            {TRAILING_SYMBOL}\s*
            """,
            re.IGNORECASE | re.VERBOSE | re.DOTALL,
        ),
        title_start=_compile(rf"\s*(?:{annex}\s+к\s+(?:{kinds})(?!\w)|(?:{kinds})\s+(?:(?-i:[А-ЯЁ])|от\s+\d))"),
        known_addressee=known,
        addressee_forms=forms,
        article=NEVER,
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
            "sender": "{sender}",
            "dated": "от {date}",
            "addressees": "на имя {addressees}",
            "article": "",
        },
        list_and=" и ",
        **agenda_fields(  # type: ignore[arg-type]
            "Пункт(?P<plural>ы)?",
            {
                "повестки дня": "agenda",
                "предварительной повестки дня": "provisional agenda",
                "предварительного перечня": "preliminary list",
            },
            {
                "agenda": ("Пункт {items} повестки дня", "Пункты {items} повестки дня"),
                "provisional agenda": (
                    "Пункт {items} предварительной повестки дня",
                    "Пункты {items} предварительной повестки дня",
                ),
                "preliminary list": (
                    "Пункт {items} предварительного перечня",
                    "Пункты {items} предварительного перечня",
                ),
            },
            "и",
            r"(?:предварительн\w*|повестки)",
        ),
        **_SESSIONS,  # type: ignore[arg-type]
        **state_tables(_states.RUSSIAN, ""),  # type: ignore[arg-type]
        unknown_state=_compile(r"(?P<name>[^\W\d_][^,]*?)(?=\s*,|\s+и\s+|$)"),
        state_sep=_compile(r"\s*,\s*(?:и\s+)?|\s+и\s+"),
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
        search_states=True,
        un_names=("Организация Объединенных Наций",),
    )


#: The Russian lexicon.
RUSSIAN: Lexicon = _russian()
#: Where a title starts inside flattened text, and where it ends (`unga_docs.assemble.unflatten`).
FLAT_TITLE: tuple[re.Pattern[str], re.Pattern[str]] = (
    re.compile(r"(?<!\w)(?:Письмо|Идентичные\s+письма|Вербальная\s+нота)\s+[А-ЯЁ]"),
    _compile(
        rf"на\s+имя\s+(?:{_KNOWN.pattern})(?:(?:\s*,\s*|\s+и\s+)(?:{_KNOWN.pattern}))*(?=[0-9]{{1,2}}(?!\w)|\*|\W|$)"
    ),
)
