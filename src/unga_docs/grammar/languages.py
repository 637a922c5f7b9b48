"""The other official languages: `FRENCH`, `SPANISH`, `RUSSIAN`, `ARABIC`, `CHINESE`, and which one a text is in.

Each is a `Lexicon` (one module each: `french`, `spanish`, `russian`, `arabic`, `chinese`, built with `kit`) made
from the English one (`attrs.evolve`): what a language prints differently (months and
dates, masthead words, letter kinds, the title's word order, signature and annex markers, the articles and the
words a sender's States are read around) is replaced; what no language changes (page furniture, footnote marks,
job numbers) is shared. The title grammar keeps one shape, with the parts in each language's order:

* French and Spanish put the addressee before the sender: "Lettre datée du 20 janvier 2023, adressée au
  Secrétaire général par le Représentant permanent de ...", "Carta de fecha 20 de enero de 2023 dirigida al
  Secretario General por el Representante Permanente de ...";
* Russian puts the sender first and the date after it: "Письмо Постоянного представителя Непала при Организации
  Объединенных Наций от 28 сентября 2001 года на имя Генерального секретаря";
* Arabic prints the date, the addressee, then the sender: "رسالة مؤرخة 3 آذار/مارس 1991 موجهة إلى الأمين العام من ...".

What English does not need, a `Lexicon` has for them: ``date_format`` and ``first_day`` (how `write_date` prints
a date: "{day} de {month} de {year}", and the first of a month: French "1er"), ``original_label`` (the masthead's
"Original" label as a pattern: "Язык оригинала"), ``un_names`` (the organisation's name as the masthead prints
it: "Nations Unies") and ``search_states`` (a sender's States are also searched for by the table anywhere in it:
a Russian genitive, an Arabic name, a French name after "de la").

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
from typing import TypeVar

import attrs

from unga_docs.enums import Distribution, Language, Organ
from unga_docs.grammar.arabic import ARABIC
from unga_docs.grammar.chinese import CHINESE
from unga_docs.grammar.french import FLAT_TITLE as _FR_FLAT
from unga_docs.grammar.french import FRENCH
from unga_docs.grammar.lexicon import ENGLISH, Lexicon
from unga_docs.grammar.russian import FLAT_TITLE as _RU_FLAT
from unga_docs.grammar.russian import RUSSIAN
from unga_docs.grammar.spanish import FLAT_TITLE as _ES_FLAT
from unga_docs.grammar.spanish import SPANISH

__all__ = [
    "ANY_ANNEX_LABEL",
    "PRINTED",
    "ARABIC",
    "CHINESE",
    "FLAT_TITLES",
    "FRENCH",
    "LEXICONS",
    "RUSSIAN",
    "SIGNATURE_TITLE_ABOVE",
    "SPANISH",
    "Printed",
    "detect_language",
    "document_lexicon",
    "masthead_language",
]

_T = TypeVar("_T")

#: Every language's lexicon, by language.
LEXICONS: Mapping[Language, Lexicon] = {
    Language.ENGLISH: ENGLISH,
    Language.FRENCH: FRENCH,
    Language.SPANISH: SPANISH,
    Language.RUSSIAN: RUSSIAN,
    Language.ARABIC: ARABIC,
    Language.CHINESE: CHINESE,
}

#: Where a title starts inside flattened text and where it ends, by language (English's are the pre-pass's own).
FLAT_TITLES: Mapping[Language, tuple[re.Pattern[str], re.Pattern[str]]] = {
    Language.FRENCH: _FR_FLAT,
    Language.SPANISH: _ES_FLAT,
    Language.RUSSIAN: _RU_FLAT,
}

#: The signatory's title as French and Spanish print it above "(Signé)", "(Firmado)": "Le Représentant permanent",
#: "L'Ambassadeur, Représentant permanent", "El Representante Permanente" (short, no sentence).
SIGNATURE_TITLE_ABOVE: Mapping[Language, re.Pattern[str]] = {
    Language.FRENCH: re.compile(r"(?:Le|La|L['\u2019])\s*[A-ZÀ-Ý][^.:;!?]{0,80}"),
    Language.SPANISH: re.compile(r"(?:El|La)\s+[A-ZÀ-Ý][^.:;!?]{0,80}"),
}


@attrs.frozen(kw_only=True)
class Printed:
    """What the writers print in one language's masthead and signatures (reading takes every form; this is one).

    Attributes:
        organs: Organ -> its name ("Conseil de sécurité").
        distribution: The distribution line, with ``{value}`` ("Distr. {value}").
        distributions: Distribution -> its word ("générale").
        copy: The line naming the language of the copy ("Français").
        original: The original-language line, with ``{value}`` ("Original : {value}").
        languages: Language -> its name in the original-language line ("anglais").
        signed: The signature marker ("(Signé)").
    """

    organs: Mapping[Organ, str]
    distribution: str
    distributions: Mapping[Distribution, str]
    copy: str
    original: str
    languages: Mapping[Language, str]
    signed: str


def _first(words: Mapping[str, _T], names: Mapping[str, str]) -> dict[_T, str]:
    """A lexicon's map read back to front: the first printed form of each value wins (*names* recases a form)."""
    return {v: names.get(k, k) for k, v in reversed(list(words.items()))}


def _printed(lexicon: Lexicon, distribution: str, original: str, signed: str, **names: str) -> Printed:
    """The writers' words of *lexicon*, its maps read back to front (the first printed form of each wins).

    The copy's line is the language's own name, capitalised ("Français").
    """
    languages = _first(lexicon.languages, names)
    return Printed(
        organs=_first(lexicon.organs, names), distribution=distribution,
        distributions=_first(lexicon.distributions, names), copy=languages[lexicon.language].capitalize(),
        original=original, languages=languages, signed=signed,
    )  # fmt: skip


#: What the English writers print (the enums' values, and the English lexicon's lines and signature marker).
_ENGLISH_PRINTED = Printed(
    organs={organ: organ.value for organ in Organ}, distribution=ENGLISH.distribution_line,
    distributions={d: d.value for d in Distribution}, copy=Language.ENGLISH.value, original=ENGLISH.original_line,
    languages={language: language.value for language in Language}, signed=ENGLISH.signed_word,
)  # fmt: skip

#: What the writers print for a document in each language they write; a document in another language (or in none
#: known) is written in English.
PRINTED: Mapping[Language, Printed] = {
    Language.ENGLISH: _ENGLISH_PRINTED,
    Language.FRENCH: _printed(
        FRENCH, "Distr. {value}", "Original : {value}", "(Signé)",
        **{"assemblée générale": "Assemblée générale", "conseil de sécurité": "Conseil de sécurité",
           "conseil économique et social": "Conseil économique et social"},
    ),
    Language.SPANISH: _printed(
        SPANISH, "Distr. {value}", "Original: {value}", "(Firmado)",
        **{"asamblea general": "Asamblea General", "consejo de seguridad": "Consejo de Seguridad",
           "consejo económico y social": "Consejo Económico y Social"},
    ),
    # Russian copies print the organ in Russian and the rest of the masthead in English ("Distr.: General").
    Language.RUSSIAN: attrs.evolve(
        _ENGLISH_PRINTED,
        organs=_first(RUSSIAN.organs, {
            "генеральная ассамблея": "Генеральная Ассамблея", "совет безопасности": "Совет Безопасности",
            "экономический и социальный совет": "Экономический и Социальный Совет"}),
        copy=Language.RUSSIAN.value,
        signed="(Подпись)",
    ),
}  # fmt: skip


def document_lexicon(doc: object) -> Lexicon:
    """The lexicon a document is written with: that of its language (`Document.language`, the copy's).

    Only the languages the writers print (`PRINTED`) are written in their own words; the others, and a document
    whose language is not known, in English (the reader takes English masthead words in every language).

    Args:
        doc: A `unga_docs.Document`.

    Returns:
        The lexicon.

    Example:
        >>> import unga_docs as ud
        >>> document_lexicon(ud.Document(language=Language.FRENCH)) is FRENCH
        True
    """
    language = getattr(doc, "language", None)
    return LEXICONS[language] if isinstance(language, Language) and language in PRINTED else ENGLISH


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


#: The language of a copy as its masthead prints it, on a line of its own: in that language ("Français", also in
#: capitals without accents) or in English ("Russian" in a Russian copy of an older period).
_COPY_NAMES: Mapping[str, Language] = {
    **{name.casefold(): language for language, names in (
        (Language.FRENCH, ("Français", "Francais")), (Language.SPANISH, ("Español", "Espanol")),
        (Language.RUSSIAN, ("Русский",)), (Language.ARABIC, ("العربية",)), (Language.CHINESE, ("中文",)),
    ) for name in names},
    **{language.value.casefold(): language for language in Language},
}  # fmt: skip
_COPY_LINE = re.compile(
    r"^[ \t]*(" + "|".join(re.escape(n) for n in sorted(_COPY_NAMES, key=len, reverse=True)) + r")[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


_NON_LATIN = re.compile("|".join(script.pattern for _, script in _SCRIPTS))
_STOP_LANGUAGE: Mapping[str, Language] = {word: lang for lang, words in _STOP_WORDS.items() for word in words}
_WORD = re.compile(r"[^\W\d_]+")
#: How much of a Latin-script text its small words are counted in.
_WORD_SAMPLE = 1500


def _organ_names() -> dict[str, Language]:
    """Each organ's name as one language prints it (a name two languages share tells nothing), casefolded."""
    seen: dict[str, set[Language]] = {}
    for language, lexicon in LEXICONS.items():
        for name in lexicon.organs:
            seen.setdefault(name.casefold(), set()).add(language)
    return {name: languages.pop() for name, languages in seen.items() if len(languages) == 1}


_ORGAN_NAMES: Mapping[str, Language] = _organ_names()
#: A masthead stands in a document's first lines, each of them short: the zone `masthead_language` reads.
_ZONE_LINES = 30
_ZONE_WIDTH = 60
_ZONE_STRIP = " \t#*_"  # around a line: whitespace, a markdown heading's marks, emphasis


def masthead_language(lines: Iterable[str]) -> Language | None:
    """Say which language a copy is in from its masthead alone, when the masthead says it; else None.

    Only the masthead's zone is read: the first lines, up to the first long one. A line naming the language of
    the copy ("Français", "Russian") decides; else the first organ printed on a line of its own, in the words of
    one language ("General Assembly", "Conseil de sécurité", "Генеральная Ассамблея": every copy prints its
    organs in its own language). Each line costs one lookup: no text is scanned.

    Args:
        lines: The document's lines, from the first (a markdown heading's ``#`` is read past).

    Returns:
        The language, or None when the zone holds neither line.

    Example:
        >>> masthead_language(["General Assembly", "Distr.: General", "Russian", "Original: English"])
        <Language.RUSSIAN: 'Russian'>
        >>> masthead_language(["# Conseil de sécurité", "Distr. générale"]), masthead_language(["Dear Sir,"])
        (<Language.FRENCH: 'French'>, None)
    """
    organ: Language | None = None
    label = False  # the line before ends in a colon: "ORIGINAL:" wrapped above its value
    for count, line in enumerate(lines):
        key = line.strip(_ZONE_STRIP).casefold()
        if count == _ZONE_LINES or len(key) > _ZONE_WIDTH:
            break
        copy = None if label else _COPY_NAMES.get(key)
        if copy is not None:
            return copy
        if organ is None:
            organ = _ORGAN_NAMES.get(key)
        label = key.endswith(":") if key else label
    return organ


def detect_language(text: str) -> Language:
    """Say which official language a text is in: by its masthead, its script, then its commonest small words.

    Only the start of the text is read (a masthead and a title's worth). The masthead decides where it says
    (`masthead_language`: a line naming the language of the copy, or an organ's name); else a line naming the
    language of the copy ("Français", "Español", "Russian") further on; else a Cyrillic, Arabic or Chinese text
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
    decided = masthead_language(sample.splitlines())
    if decided is not None:
        return decided
    named = _COPY_LINE.search(sample)
    if named is not None:  # the masthead names the language of the copy on a line of its own
        return _COPY_NAMES[named.group(1).casefold()]
    if _NON_LATIN.search(sample) is not None:  # most texts are in Latin script: they skip the counting
        latin = len(_LATIN.findall(sample))
        best, most = Language.ENGLISH, 0
        for language, script in _SCRIPTS:
            count = len(script.findall(sample))
            if count > most:
                best, most = language, count
        if most * 3 >= latin:
            return best
    counts = dict.fromkeys(_STOP_WORDS, 0)
    stop = _STOP_LANGUAGE.get
    for word in _WORD.findall(sample[:_WORD_SAMPLE].lower()):
        found = stop(word)
        if found is not None:
            counts[found] += 1
    top = max(counts.values())
    return next(lang for lang, n in counts.items() if n == top)
