"""Chinese: the masthead ("安全理事会", "2023年1月20日", "中文"), the signature and annex markers.

Example:
    >>> CHINESE.month_numbers["1"], CHINESE.organs["安全理事会"].value
    (1, 'Security Council')
"""

from __future__ import annotations

import attrs

from unga_docs.enums import Distribution, Language, LetterKind, Organ
from unga_docs.grammar.kit import (
    NEVER,
)
from unga_docs.grammar.lexicon import ENGLISH, Lexicon, _compile
from unga_docs.grammar.words_en import SIGNED_WORD

__all__ = ["CHINESE"]


def _chinese() -> Lexicon:
    numbers = {str(n): n for n in range(1, 13)}
    return attrs.evolve(
        ENGLISH,
        language=Language.CHINESE,
        months=tuple(str(n) for n in range(1, 13)),
        month_numbers=numbers,
        month_word=_compile(r"月"),
        date_in_text=_compile(r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"),
        date_range_item=NEVER,
        date_format="{year}年{month}月{day}日",
        letter_kinds={
            "信": LetterKind.LETTER,
            "同文信": LetterKind.IDENTICAL_LETTERS,
            "普通照会": LetterKind.NOTE_VERBALE,
        },
        signed=_compile(rf"[（(]\s*(?:签名|{SIGNED_WORD})\s*[)）]"),
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
        original_label=f"{ENGLISH.original_label}|原文",
        un_names=("联合国",),
        title=NEVER,
        title_start=NEVER,
    )


#: The Chinese lexicon: the masthead, the signature and annex markers.
CHINESE: Lexicon = _chinese()
