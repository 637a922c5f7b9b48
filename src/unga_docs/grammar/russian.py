"""Russian: "Письмо Постоянного представителя ... от 28 сентября 2001 года на имя Генерального секретаря".

The sender comes first (in the genitive), the date after it, the addressees last; the kind inflects ("Приложение к
письму ...").

Example:
    >>> RUSSIAN.month_numbers["сентября"], RUSSIAN.letter_kinds["письму"].value
    (9, 'letter')
"""

from __future__ import annotations

import re

from unga_docs.enums import Distribution, Language, LetterKind, Organ, SessionKind
from unga_docs.grammar import states_i18n as _states
from unga_docs.grammar import words_i18n as _words
from unga_docs.grammar.kit import NEVER, Words, build_lexicon, ordinal_fields, session_formats
from unga_docs.grammar.lexicon import ENGLISH, MAX_SESSION, Lexicon, _compile

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
        session_formats=session_formats("{ordinal} {kind} {unit}"),
        year_ordinals=tuple(_words.russian_ordinal(n) for n in range(1, MAX_SESSION + 1)),
)  # fmt: skip


#: The Russian lexicon.
RUSSIAN: Lexicon = build_lexicon(
    Words(
        language=Language.RUSSIAN,
        months=_words.RUSSIAN_MONTHS_GENITIVE,
        month_numbers=_words.RUSSIAN_MONTH_NUMBERS,
        letter_kinds=_RU_KINDS,
        annex_words=r"Приложение|Добавление|Вложение",
        addressees=_RU_ADDRESSEES,
        small_words=_RU_SMALL,
        article="",
        conjunction="и",
        agenda_head="Пункт(?P<plural>ы)?",
        agenda_forms={
            "повестки дня": "agenda",
            "предварительной повестки дня": "provisional agenda",
            "предварительного перечня": "preliminary list",
        },
        agenda_formats={
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
        agenda_dangling=r"(?:предварительн\w*|повестки)",
        sessions=_SESSIONS,
        states=_states.RUSSIAN,
        body_starts=r"Имею\s+честь|По\s+поручению|Настоящим|Ссылаясь|\(\s*Подпись\s*\)",
        signed="Подпись|Подписано",
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
        un_names=("Организация Объединенных Наций",),
        date_format="{day} {month} {year} года",
        title_formats={
            "annex": "{annex} к {kind}",
            "sender": "{sender}",
            "dated": "от {date}",
            "addressees": "на имя {addressees}",
            "article": "",
        },
        pieces={"year": r"(?:\s+(?:года|г\.))?"},
        patterns={
            "date_in_text": r"(?<![\w.])(?P<day>\d{{1,2}})\s+(?P<month>{months})\s+(?P<year>\d{{4}})(?!\w){year}",
            "date_range_item": r"(\d{{1,2}})(?:\s+({months}))?(?:\s+(\d{{4}}){year})?(?!\w)",
            "date_range_sep": r"\s*(?:[-\u2010-\u2015]|,\s*и\b|,|\bи\b|\bпо\b)\s*",
            "title": (
                r"""
                (?:(?P<annex>{annex})\s+к\s+)?
                (?P<kind>{kinds})(?!\w)
                (?:\s+(?P<sender>(?!от\s+\d)[^\n]+?))?
                (?:\s+от\s+(?P<date>\d{{1,2}}\s+(?:{months})(?:\s+\d{{4}})?)(?!\w){year})?
                (?:\s+на\s+имя\s+(?P<addressees>.+?))?
                {trailing_symbol}\s*
                """,
                re.IGNORECASE | re.VERBOSE | re.DOTALL,
            ),
            "title_start": r"\s*(?:{annex}\s+к\s+(?:{kinds})(?!\w)|(?:{kinds})\s+(?:(?-i:[А-ЯЁ])|от\s+\d))",
            "addressee_sep": r"(?:\s*,\s*(?:и\s+)?|\s+и\s+)(?=(?-i:[А-ЯЁ]))",
            "dated_tail": (r"\s+от\s+\d.*$", re.IGNORECASE | re.DOTALL),
            "dated_word": r"(?<!\w)от\s+(?=\d)",
            "un_suffix": (r"\s+при\s+Организации\s+Объединенных\s+Наций(?!\w).*$", re.IGNORECASE | re.DOTALL),
            "of": (r"\s+(?=[А-ЯЁ])", 0),
            "office_word": (
                r"(?:представител[ья]|представительства|поверенного|миссии|делегации|правительства|посольства"
                r"|министра|наблюдателя|дел)"
            ),
            "continuation_caps": (r"(?:И|ПРИ|ОТ|НА)(?!\w)|[,(]", 0),
            "annex_heading": r"{annex}\s+к\s+(?:{kinds})(?!\w)",
        },
        fields={"article": NEVER, "original_label": rf"{ENGLISH.original_label}|Язык\s+оригинала|Подлинный\s+текст"},
    )
)
_KNOWN = RUSSIAN.known_addressee.pattern
#: Where a title starts inside flattened text, and where it ends (`unga_docs.assemble.unflatten`).
FLAT_TITLE: tuple[re.Pattern[str], re.Pattern[str]] = (
    re.compile(r"(?<!\w)(?:Письмо|Идентичные\s+письма|Вербальная\s+нота)\s+[А-ЯЁ]"),
    _compile(rf"на\s+имя\s+(?:{_KNOWN})(?:(?:\s*,\s*|\s+и\s+)(?:{_KNOWN}))*(?=[0-9]{{1,2}}(?!\w)|\*|\W|$)"),
)
