"""What the lexicons of the other official languages are built with (`unga_docs.grammar.languages`).

Example:
    >>> month_numbers([("janvier",), ("février", "fevrier")])
    {'janvier': 1, 'février': 2, 'fevrier': 2}
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

import attrs

from unga_docs.enums import Distribution, Language, LetterKind, Organ, SessionKind
from unga_docs.grammar.lexicon import (
    _ANNEX_NUMBER,
    DAGGERS,
    ENGLISH,
    HYPHENS,
    MAX_DATE_LENGTH,
    SUB_ITEM,
    Lexicon,
    _alternation,
    _compile,
    _name_pattern,
    name_key,
)
from unga_docs.grammar.states_i18n import StateNames
from unga_docs.grammar.words_en import SIGNED_WORD

__all__ = [
    "NEVER",
    "TRAILING_SYMBOL",
    "Words",
    "addressee_patterns",
    "agenda_fields",
    "build_lexicon",
    "kinds_pattern",
    "session_formats",
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


def session_formats(special: str) -> dict[tuple[Organ, SessionKind], str]:
    """How the writers print the session lines: "{ordinal} {unit}", and *special* for the special sessions.

    Example:
        >>> session_formats("{ordinal} {kind} {unit}")[(Organ.GENERAL_ASSEMBLY, SessionKind.SPECIAL)]
        '{ordinal} {kind} {unit}'
    """
    return {
        (Organ.GENERAL_ASSEMBLY, SessionKind.REGULAR): "{ordinal} {unit}",
        (Organ.GENERAL_ASSEMBLY, SessionKind.SPECIAL): special,
        (Organ.GENERAL_ASSEMBLY, SessionKind.EMERGENCY_SPECIAL): special,
        (Organ.SECURITY_COUNCIL, SessionKind.REGULAR): "{ordinal} {unit}",
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


# -- the builder ------------------------------------------------------------------------------------------------

#: A pattern template of `Words.patterns`: the template alone (compiled case-insensitive), or with its flags.
Template = str | tuple[str, int]


@attrs.frozen(kw_only=True)
class Words:
    r"""One language's vocabulary, as data: what `build_lexicon` makes a `Lexicon` of.

    Word lists are given as printed; the patterns a language orders its own way (titles, dates, addressees) are
    templates in `patterns`, filled in with the pieces the builder makes once from the word lists:

    - ``{months}``: the month names (`month_numbers`) as one alternation, longest first;
    - ``{kinds}``: the letter kinds (`letter_kinds` and `other_kinds`), the same way;
    - ``{annex}``: an annex label, `annex_words` and an optional number ("Annexe II", "Приложение 2");
    - ``{date}``: a title's date, a named group (``date``) of up to `MAX_DATE_LENGTH` characters but a comma;
    - ``{article}``: `article`; ``{trailing_symbol}``: `TRAILING_SYMBOL`; ``{hyphens}``: `HYPHENS`;
    - ``{english_body_start}``: what starts an English body (a copy may keep English openings);
    - every entry of `pieces`, itself a template over the pieces above (filled in first, in order).

    Templates are ``str.format`` strings: a brace the pattern itself needs is doubled (``\d{{1,2}}``).

    Attributes:
        language: The language of the documents the lexicon reads.
        months: The month names as the writers print them, January first.
        month_numbers: Every printed form of a month name (lower case) -> 1-12.
        letter_kinds: Printed kind (lower case) -> `LetterKind`; `other_kinds` are read as letters too.
        annex_words: The annex labels, as a pattern ("Annexe|Appendice").
        addressees: Addressees whose form is known (`Lexicon.known_addressee`, `Lexicon.addressee_forms`).
        small_words: Words a title in capitals prints in lower case; a title cut short may end with them.
        dangling_words, dangling_marks: Other words (a pattern) and characters a title cut short may end with.
        article: The article before a State's name, as a pattern ("" where the language has none).
        conjunction: The word that joins the last two items of a list ("et"), and `conjunction_pattern` the
            forms it is read in ("[ye]"; default: `conjunction`).
        agenda_head, agenda_forms, agenda_formats, agenda_dangling: see `agenda_fields`.
        sessions: The session fields, from `ordinal_fields`.
        states: The language's State table (`unga_docs.grammar.states_i18n`).
        body_starts: What starts a letter's body in the language, as a pattern (English openings are added).
        signed: The signature marker's word(s), as a pattern ("Sign[ée]"); "(Signed)" is read too.
        organs, languages, distributions: Printed name (lower case) -> the enum member.
        un_names: The names of the United Nations as printed.
        date_format, title_formats: How the writers print a date and a title (see `Lexicon`).
        pieces: Named sub-patterns the `patterns` share (templates, filled in first).
        patterns: Lexicon field -> the template of its pattern (see above).
        fields: Any other `Lexicon` field, as it is ("first_day", "original_label", "article" ...).
    """

    language: Language
    months: tuple[str, ...]
    month_numbers: Mapping[str, int]
    letter_kinds: Mapping[str, LetterKind]
    other_kinds: tuple[str, ...] = ()
    annex_words: str
    addressees: tuple[str, ...]
    small_words: tuple[str, ...]
    dangling_words: str = ""
    dangling_marks: str = ""
    article: str
    conjunction: str
    conjunction_pattern: str | None = None
    agenda_head: str
    agenda_forms: Mapping[str, str]
    agenda_formats: Mapping[str, tuple[str, str]]
    agenda_dangling: str
    sessions: Mapping[str, object]
    states: StateNames
    body_starts: str
    signed: str
    organs: Mapping[str, Organ]
    languages: Mapping[str, Language]
    distributions: Mapping[str, Distribution]
    un_names: tuple[str, ...]
    date_format: str
    title_formats: Mapping[str, str]
    pieces: Mapping[str, str] = attrs.field(factory=dict)
    patterns: Mapping[str, Template]
    fields: Mapping[str, object] = attrs.field(factory=dict)


def build_lexicon(words: Words) -> Lexicon:
    """The `Lexicon` of one language: English's (what no language changes), with *words* and the patterns of them.

    Example:
        >>> from unga_docs.grammar.french import FRENCH
        >>> FRENCH.annex_label.match("Annexe II").group(), FRENCH.list_and
        ('Annexe II', ' et ')
    """
    kinds = kinds_pattern({**words.letter_kinds, **dict.fromkeys(words.other_kinds, LetterKind.LETTER)})
    pieces = {
        "months": _alternation(words.month_numbers),
        "kinds": kinds,
        "annex": rf"(?:{words.annex_words})(?:\s+(?:{_ANNEX_NUMBER})(?!\w))?",
        "date": rf"(?P<date>[^,]{{1,{MAX_DATE_LENGTH}}}?)",
        "article": words.article,
        "trailing_symbol": TRAILING_SYMBOL,
        "hyphens": HYPHENS,
        "english_body_start": ENGLISH.body_start.pattern,
    }
    for name, piece in words.pieces.items():
        pieces[name] = piece.format(**pieces)
    patterns: dict[str, re.Pattern[str]] = {}
    for name, template in words.patterns.items():
        text, flags = (template, int(re.IGNORECASE)) if isinstance(template, str) else template
        patterns[name] = _compile(text.format(**pieces), flags)
    known, forms = addressee_patterns(words.addressees)
    small = words.small_words
    dangling = _alternation(small) + (f"|{words.dangling_words}" if words.dangling_words else "")
    conjunction = words.conjunction if words.conjunction_pattern is None else words.conjunction_pattern
    article = f"(?:{words.article})?" if words.article else ""
    return attrs.evolve(
        ENGLISH,
        language=words.language,
        months=words.months,
        month_numbers=words.month_numbers,
        month_word=_compile(rf"(?<![^\W\d_])(?:{pieces['months']})(?!\w)"),
        date_format=words.date_format,
        letter_kinds=words.letter_kinds,
        known_addressee=known,
        addressee_forms=forms,
        small_words=frozenset(small),
        dangling_end=_compile(rf"(?:^|\s)(?:{dangling})$|[,\-\u2010\u2011{words.dangling_marks}]$"),
        body_start=_compile(f"(?:{ENGLISH.body_start.pattern}|{words.body_starts})"),
        title_formats=words.title_formats,
        list_and=f" {words.conjunction} ",
        **agenda_fields(  # type: ignore[arg-type]
            words.agenda_head, words.agenda_forms, words.agenda_formats, words.conjunction, words.agenda_dangling
        ),
        **words.sessions,  # type: ignore[arg-type]
        **state_tables(words.states, words.article),  # type: ignore[arg-type]
        unknown_state=_compile(rf"{article}(?P<name>[^\W\d_][^,]*?)(?=\s*,|\s+{conjunction}\s+|$)"),
        state_sep=_compile(rf"\s*,\s*(?:{conjunction}\s+)?|\s+{conjunction}\s+"),
        annex_label=_compile(pieces["annex"]),
        signed=_compile(rf"\(\s*(?:{words.signed}|{SIGNED_WORD})\s*\)"),
        organs=words.organs,
        languages=words.languages,
        distributions=words.distributions,
        search_states=True,
        un_names=words.un_names,
        **patterns,  # type: ignore[arg-type]
        **words.fields,  # type: ignore[arg-type]
    )
