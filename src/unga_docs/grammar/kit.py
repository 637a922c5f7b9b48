"""What the lexicons of the other official languages are built with (`unga_docs.grammar.languages`).

Example:
    >>> month_numbers([("janvier",), ("février", "fevrier")])
    {'janvier': 1, 'février': 2, 'fevrier': 2}
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from unga_docs.enums import LetterKind
from unga_docs.grammar.lexicon import DAGGERS, ENGLISH, SUB_ITEM, _alternation, _compile, _name_pattern, name_key

__all__ = [
    "NEVER",
    "TRAILING_SYMBOL",
    "addressee_patterns",
    "agenda_fields",
    "kinds_pattern",
    "month_numbers",
    "state_tables",
]

#: A pattern that matches nothing: a part a language does not have.
NEVER = re.compile(r"(?!)")
#: A document symbol (or a list of them) printed after a title: "(S/2016/739)", "(S / 12128)".
TRAILING_SYMBOL = r"(?:\s*\(\s*[A-Z][A-Za-z.]*\s*/[^()]{1,60}\))?"


def month_numbers(names: Iterable[Iterable[str]]) -> dict[str, int]:
    """Month name (lower case) -> number, every printed form of a month given together."""
    return {name.lower(): n for n, forms in enumerate(names, start=1) for name in forms}


def kinds_pattern(kinds: Mapping[str, LetterKind]) -> str:
    """The printed letter kinds as one alternation, longest first."""
    return _alternation(kinds)


def addressee_patterns(forms: Iterable[str]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The addressees whose form is known, as a pattern and as lookup keys."""
    forms = tuple(forms)
    return _compile(f"(?:{_alternation(forms)})(?![\\w-])"), tuple(name_key(f) for f in forms)


def state_tables(names: Iterable[str], article: str, *, variants: Mapping[str, str] | None = None) -> dict[str, object]:
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
        "demonym_list": NEVER,
        "demonym_key": NEVER,
        "demonym_word": NEVER,
    }


def agenda_fields(
    head: str, forms: Mapping[str, str], formats: Mapping[str, tuple[str, str]], conjunction: str, dangling: str
) -> dict[str, object]:
    """The agenda-list fields of a lexicon whose lists name their form after the numbers.

    "Points 30, 68 et 132 de l'ordre du jour", "Tema 3 del programa provisional*", "Пункт 166 повестки дня".

    Args:
        head: "Point(?P<plural>s)?": the word before the numbers, its plural marked.
        forms: Printed form (lower case) -> form name ("agenda", "provisional agenda", "preliminary list").
        formats: Form name -> the printed list, one item and several, with ``{items}``.
        conjunction: The word before the last item ("et").
        dangling: What a list cut short after its numbers ends with ("de l'ordre du").
    """
    sub = rf"\(\s*(?P<sub>{SUB_ITEM.pattern})\s*\)"
    form_alt = _alternation(forms).replace("'", "['\u2019]")
    return {
        "agenda_head": _compile(rf"\s*(?P<agenda>(?!)x)?{head}(?!\w)"),
        "agenda_number": ENGLISH.agenda_number,
        "agenda_sub_more": _compile(rf"(?P<sep>\s*,\s*(?:{conjunction}\s+)?|\s+{conjunction}\s+){sub}"),
        "agenda_sep": _compile(rf"\s*,\s*(?:{conjunction}(?!\w)\s*)?|\s+{conjunction}(?!\w)\s*"),
        "agenda_of": _compile(rf"\s+(?P<form>{form_alt})(?P<marker>\s*[{DAGGERS}]+)?(?!\w)"),
        "agenda_dangling_of": _compile(rf"\s+{dangling}\s*"),
        "agenda_forms": {**forms, **{k.replace("'", "\u2019"): v for k, v in forms.items()}},
        "agenda_formats": formats,
        "conjunction": conjunction,
    }
