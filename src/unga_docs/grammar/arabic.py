"""Arabic: titles, dates, signatures, annexes and masthead words ("رسالة مؤرخة 3 آذار/مارس 1991 موجهة إلى ... من ...").

Example:
    >>> ARABIC.month_numbers["مارس"], ARABIC.month_numbers["آذار"]
    (3, 3)
"""

from __future__ import annotations

import re

import attrs

from unga_docs.enums import Distribution, Language, LetterKind, Organ
from unga_docs.grammar import states_i18n as _states
from unga_docs.grammar import words_i18n as _words
from unga_docs.grammar.kit import (
    NEVER,
    TRAILING_SYMBOL,
    addressee_patterns,
    kinds_pattern,
    state_tables,
)
from unga_docs.grammar.lexicon import ENGLISH, MAX_DATE_LENGTH, Lexicon, _alternation, _compile
from unga_docs.grammar.words_en import SIGNED_WORD

__all__ = ["ARABIC"]


_AR_KINDS = {
    "رسالة": LetterKind.LETTER,
    "رسالتان متطابقتان": LetterKind.IDENTICAL_LETTERS,
    "مذكرة شفوية": LetterKind.NOTE_VERBALE,
    "رسائل متطابقة": LetterKind.IDENTICAL_LETTERS,
    "رسائل": LetterKind.LETTERS,
    "برقية": LetterKind.TELEGRAM,
}
_AR_ADDRESSEES = ("الأمين العام", "رئيس مجلس الأمن", "رئيسة مجلس الأمن", "رئيس الجمعية العامة", "رئيسة الجمعية العامة")


#: How a sender starts when the title names it right after the kind ("رسالة الممثل الدائم للكويت ...": "letter of the
#: Permanent Representative of Kuwait"): an office.
_SENDER_HEAD = r"(?:الممثل|المندوب|القائم\s+بالأعمال|رئيس|نائب\s+رئيس|وزير|الأمين\s+العام)(?!\w)"


def _arabic() -> Lexicon:
    months = _words.ARABIC_MONTH_NUMBERS
    alt = _alternation(months)
    month = rf"(?:(?:{alt})\s*/\s*)?(?P<month>{alt})"
    item_month = rf"(?:(?:{alt})\s*/\s*)?({alt})"
    kinds = kinds_pattern(_AR_KINDS)
    annex = r"(?:المرفق|مرفق|الضميمة)(?:\s+(?:[0-9]{1,3}|الأول|الثاني|الثالث))?"
    known, forms = addressee_patterns(_AR_ADDRESSEES)
    dated = r"و?(?:ال)?مؤرخة"
    to = r"و?(?:ال)?موجه(?:ة|تان|تين)?\s+(?:إلى|الى)"
    table = _states.ARABIC
    names = table.members + table.observers + table.in_text + table.former_and_short
    variants = {_states.ar.with_li(n): n for n in names}
    return attrs.evolve(
        ENGLISH,
        language=Language.ARABIC,
        months=_words.ARABIC_MONTHS,
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
            (?:
                (?:\s+{to}\s+(?P<addressees>.+?))?
                (?:\s+من\s+(?P<sender>.+?)(?:\s+(?:يحيل|تحيل|يحيلان|بشأن|عن)\s.*)?)?
              | \s+(?P<sender2>{_SENDER_HEAD}.+?)(?:\s+(?:إلى|الى)\s+(?P<addressees2>.+?))?
            )
            {TRAILING_SYMBOL}\s*
            """,
            re.VERBOSE | re.DOTALL,
        ),
        title_start=_compile(rf"\s*(?:{annex}\s+)?(?:{kinds})\s+(?:{dated}|{to}|{_SENDER_HEAD})"),
        known_addressee=known,
        addressee_forms=forms,
        article=NEVER,
        addressee_sep=_compile(r"(?:\s*[،,]\s*(?:و\s*)?|\s+و\s*)(?=ال|رئيس)"),
        dated_tail=_compile(rf"\s+{dated}\s+.*$", re.DOTALL),
        dated_word=_compile(rf"{dated}\s+"),
        un_suffix=_compile(r"\s+لدى\s+الأمم\s+المتحدة.*$", re.DOTALL),
        of=NEVER,
        office_word=NEVER,
        small_words=frozenset(),
        continuation_caps=NEVER,
        dangling_end=_compile(r"(?:^|\s)(?:من|إلى|الى|لدى|و)$"),
        body_start=_compile(rf"(?:{ENGLISH.body_start.pattern}|أتشرف|بناء\s+على\s+تعليمات|\(\s*توقيع\s*\))"),
        title_formats={
            "annex": "{annex} {kind}",
            "dated": "مؤرخة {date}",
            "addressees": "موجهة إلى {addressees}",
            "sender": "من {sender}",
            "article": "",
        },
        list_and=" و",
        **state_tables(_states.ARABIC, "", variants=variants),  # type: ignore[arg-type]
        unknown_state=NEVER,
        state_sep=_compile(r"\s*[،,]\s*|\s+و"),
        annex_label=_compile(annex),
        annex_heading=_compile(rf"{annex}\s+(?:{kinds})"),
        signed=_compile(rf"\(\s*(?:توقيع|{SIGNED_WORD})\s*\)"),
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
        original_label=f"{ENGLISH.original_label}|الأصل",
        search_states=True,
        un_names=("الأمم المتحدة",),
    )


#: The Arabic lexicon: titles, dates, signatures, annexes, masthead words.
ARABIC: Lexicon = _arabic()
