"""What the lexicons of the other official languages are built with (`unga_docs.grammar.languages`).

Example:
    >>> month_numbers([("janvier",), ("février", "fevrier")])
    {'janvier': 1, 'février': 2, 'fevrier': 2}
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from unga_docs.enums import LetterKind
from unga_docs.grammar.lexicon import (
    DAGGERS,
    ENGLISH,
    HYPHENS,
    SUB_ITEM,
    _alternation,
    _compile,
    _name_pattern,
    name_key,
)
from unga_docs.grammar.states_i18n import StateNames

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


def state_tables(table: StateNames, article: str, *, variants: Mapping[str, str] | None = None) -> dict[str, object]:
    """The State-table fields of a lexicon, from the language's table (`unga_docs.grammar.states_i18n`).

    Every form a title prints is read (the short name, the running-text form, the Russian genitive, former names);
    the article before a name is read apart. *variants* are other printed forms -> the name ("للعراق").
    """
    names = table.members + table.observers + table.in_text + table.genitive + table.former_and_short
    printed = tuple(dict.fromkeys(names))
    canonical = {name_key(n): n for n in printed}
    for variant, name in (variants or {}).items():
        canonical[name_key(variant)] = name
    every = sorted(set(printed) | set(variants or {}), key=lambda n: (-len(n), n))
    alt = "|".join(_name_pattern(n) for n in every) or "(?!)"
    edge = r"(?<![^\W\d_])" if printed else ""
    return {
        "member_states": table.members,
        "observer_states": table.observers,
        "other_state_names": tuple(n for n in printed if n not in table.members and n not in table.observers),
        "states_with_article": frozenset(),
        "canonical_states": canonical,
        "demonyms": {},
        "state_name": _compile(rf"(?:{article})?(?P<name>{alt})(?![\w'\u2019-])"),
        "state_name_only": _compile(rf"{edge}(?:{alt})(?![\w'\u2019-])"),
        "demonym_list": NEVER,
        "demonym_key": NEVER,
        "demonym_word": NEVER,
    }


def ordinal_fields(
    written: Sequence[str], read: Iterable[tuple[int, str]], session: str, **sessions: object
) -> dict[str, object]:
    """The session fields of a lexicon: its spelled ordinals, and the session line they are read in.

    Args:
        written: The ordinals 1 to 199 as the writers print them (lower case).
        read: ``(number, form)`` for every form read: each gender and case, and the forms old scans print without
            accents ("TRENTE-QUATRIEME").
        session: The session line's pattern, with ``{ordinal}`` where the ordinal goes (groups: kind, unit).
        sessions: session_kinds, session_units, session_formats (and year_ordinals), as the `Lexicon` has them.
    """
    forms = {form: n for n, form in read}
    forms |= {_bare(form): n for form, n in forms.items()}
    spaced = (_HYPHENS.sub(" ", form) for form in forms)
    alt = _alternation(spaced).replace(r"\s+", rf"[\s{HYPHENS}]+")
    return {
        "ordinals": tuple(written),
        "ordinal_numbers": {" ".join(_HYPHENS.sub(" ", form.lower()).split()): n for form, n in forms.items()},
        "ordinal_ignored": NEVER,
        "session": _compile(rf"(?<![\w{HYPHENS}])" + session.format(ordinal=f"(?P<ord>{alt})") + r"(?!\w)"),
        **sessions,
    }


def _bare(text: str) -> str:
    """The text without its accents, as old scans print capitals ("QUATRIEME")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_HYPHENS = re.compile(f"[{HYPHENS}]")


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
