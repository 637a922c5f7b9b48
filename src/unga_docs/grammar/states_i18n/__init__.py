"""The State names in the six official languages, as data the lexicons of other languages build on.

Each language's module holds the United Nations' own short names of the 193 Member States and the two observer
States in that language (the names of UNTERM and of the Organization's list of Member States, as of 2026), as
tuples ALIGNED with the English `unga_docs.grammar.states.MEMBER_STATES` (and `OBSERVER_STATES`): name ``i`` of
every table is the same State. Each also gives the forms titles print where the language needs them: the
running-text form of the names the list writes with a parenthesis ("Iran (République islamique d')" reads "la
République islamique d'Iran"), French and Spanish names with their article, Russian names in the genitive, and
former names older documents print ("Turquie", "Union de Repúblicas Socialistas Soviéticas").

* `fr`, `es`, `ru`, `ar`, `zh`: the tables, one module per language, plain tuples and the few helpers that join
  a preposition to a name (`fr.with_de`, `es.with_de`, `ar.with_li`).
* `StateNames`: one language's table as one object (`FRENCH`, `SPANISH`, `RUSSIAN`, `ARABIC`, `CHINESE`,
  `ENGLISH`; `BY_LANGUAGE`), which finds the State a printed name denotes in any of its forms.
* `state_key`: the comparison key of a printed name (case, accents, apostrophes and dashes folded), so that
  "Etats-Unis d’Amérique" and "AUSTRALIE" are found.

Example:
    >>> FRENCH.english("République arabe syrienne"), RUSSIAN.english("Непала"), SPANISH.english("Turquía")
    ('Syrian Arab Republic', 'Nepal', None)
    >>> SPANISH.is_state("Turquía"), FRENCH.english("ETATS-UNIS D’AMÉRIQUE")
    (True, 'United States of America')
"""

from __future__ import annotations

import re
import types
import unicodedata
from collections.abc import Mapping

import attrs

from unga_docs.enums import Language
from unga_docs.grammar import states as _en
from unga_docs.grammar.states_i18n import ar, es, fr, ru, zh

__all__ = [
    "ARABIC",
    "BY_LANGUAGE",
    "CHINESE",
    "ENGLISH",
    "FRENCH",
    "RUSSIAN",
    "SPANISH",
    "StateNames",
    "ar",
    "es",
    "fr",
    "ru",
    "state_key",
    "zh",
]

_EN_POSITION: Mapping[str, int] = types.MappingProxyType(
    {name: position for position, name in enumerate(_en.MEMBER_STATES + _en.OBSERVER_STATES)}
)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_DASH = re.compile(r"\s*[\u2010\u2011\u2012\u2013\u2014\u2212-]\s*")
_SPACE = re.compile(r"\s+")


def state_key(name: str) -> str:
    """Give the key two printings of one name share: no accents, case folded, one apostrophe, one dash.

    Args:
        name: a State name as printed.

    Returns:
        The key: "Etats-Unis d’Amérique" and "États-Unis d'Amérique" have the same one.

    Example:
        >>> state_key("Etats-Unis d’Amérique") == state_key("ÉTATS-UNIS D'AMÉRIQUE")
        True
    """
    decomposed = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _SPACE.sub(" ", _DASH.sub("-", bare)).strip().casefold()


@attrs.frozen(kw_only=True)
class StateNames:
    """One language's names of the States, aligned with the English table.

    Attributes:
        language: the language of the names.
        members: the 193 Member States' short names, in the order of the English `MEMBER_STATES`.
        observers: the two observer States' short names, in the order of the English `OBSERVER_STATES`.
        in_text: the names as running text prints them, aligned with ``members + observers``.
        with_article: the running-text names with the article the language puts before them in titles
            (French, Spanish, English); the same as `in_text` in a language without articles.
        genitive: the running-text names in the genitive titles print (Russian); otherwise `in_text`.
        former_and_short: former names and short forms, recognised but not mapped to a current State.
    """

    language: Language
    members: tuple[str, ...]
    observers: tuple[str, ...]
    in_text: tuple[str, ...]
    with_article: tuple[str, ...]
    genitive: tuple[str, ...]
    former_and_short: tuple[str, ...]
    _index: Mapping[str, int] = attrs.field(init=False, repr=False, eq=False)
    _former: frozenset[str] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        """Check the alignment and index every form by its key."""
        size = len(self.members) + len(self.observers)
        if (len(self.members), len(self.observers)) != (len(_en.MEMBER_STATES), len(_en.OBSERVER_STATES)):
            raise ValueError(f"{self.language.value}: {len(self.members)} members, {len(self.observers)} observers")
        for field in (self.in_text, self.with_article, self.genitive):
            if len(field) != size:
                raise ValueError(f"{self.language.value}: a table of {len(field)} names, not {size}")
        index: dict[str, int] = {}
        for forms in (self.members + self.observers, self.in_text, self.with_article, self.genitive):
            for position, name in enumerate(forms):
                index.setdefault(state_key(name), position)
        object.__setattr__(self, "_index", types.MappingProxyType(index))
        object.__setattr__(self, "_former", frozenset(state_key(name) for name in self.former_and_short))

    def forms(self, english: str) -> tuple[str, ...]:
        """Give every form of one State in this language, without repeats.

        Args:
            english: the State's English short name (from `MEMBER_STATES` or `OBSERVER_STATES`).

        Returns:
            Its short name, running-text form, form with article and genitive, in that order, each once.

        Raises:
            KeyError: if the name is not an English short name of the tables.
        """
        position = _EN_POSITION[english]
        names = self.members + self.observers
        found = (names[position], self.in_text[position], self.with_article[position], self.genitive[position])
        return tuple(dict.fromkeys(found))

    def names(self) -> tuple[str, ...]:
        """Give every name this table knows (all forms and former names), longest first, each once.

        Returns:
            The names, longest first, so that an alternation of them prefers the longest match.
        """
        every = self.members + self.observers + self.in_text + self.with_article + self.genitive + self.former_and_short
        return tuple(sorted(dict.fromkeys(every), key=lambda name: (-len(name), name)))

    def english(self, printed: str) -> str | None:
        """Give the English short name of the State a printed name denotes, in any of its current forms.

        Args:
            printed: a State name as printed (any case, accents or not).

        Returns:
            The English short name ("Syrian Arab Republic"), or None for a former name or an unknown one.
        """
        position = self._index.get(state_key(printed))
        if position is None:
            return None
        return (_en.MEMBER_STATES + _en.OBSERVER_STATES)[position]

    def is_state(self, printed: str) -> bool:
        """Tell whether a printed name is a State name of this table, current or former.

        Args:
            printed: a State name as printed.

        Returns:
            True for any form of a current name and for a former name or short form.
        """
        key = state_key(printed)
        return key in self._index or key in self._former


# -- English, from the English table, for a uniform view ------------------------------------------------------------

_EN_IN_TEXT: dict[str, str] = {
    "Bolivia (Plurinational State of)": "Plurinational State of Bolivia",
    "Iran (Islamic Republic of)": "Islamic Republic of Iran",
    "Micronesia (Federated States of)": "Federated States of Micronesia",
    "Netherlands (Kingdom of the)": "Kingdom of the Netherlands",
    "Venezuela (Bolivarian Republic of)": "Bolivarian Republic of Venezuela",
}
_EN_NAMES = _en.MEMBER_STATES + _en.OBSERVER_STATES
_EN_RUNNING = tuple(_EN_IN_TEXT.get(name, name) for name in _EN_NAMES)
_EN_CURRENT = {state_key(name) for name in _EN_NAMES + _EN_RUNNING}

#: English, as `unga_docs.grammar.states` has it ("the Sudan", "the Islamic Republic of Iran").
ENGLISH = StateNames(
    language=Language.ENGLISH,
    members=_en.MEMBER_STATES,
    observers=_en.OBSERVER_STATES,
    in_text=_EN_RUNNING,
    with_article=tuple(
        f"the {running}" if name in _en.WITH_THE or name in _EN_IN_TEXT else running
        for name, running in zip(_EN_NAMES, _EN_RUNNING, strict=True)
    ),
    genitive=_EN_RUNNING,
    # the English table lists the running forms ("Islamic Republic of Iran") among its former and short names
    former_and_short=tuple(name for name in _en.FORMER_AND_SHORT_NAMES if state_key(name) not in _EN_CURRENT),
)


def _table(language: Language, names: types.ModuleType, **forms: tuple[str, ...]) -> StateNames:
    """A language's table from its module (`fr`, `es` ...).

    The running-text forms are the module's ``IN_TEXT`` (or the names themselves); *forms* (``with_article``,
    ``genitive``) are given where the language prints others, and are the running-text forms where not.
    """
    in_text = getattr(names, "IN_TEXT", names.MEMBER_STATES + names.OBSERVER_STATES)
    return StateNames(
        language=language,
        members=names.MEMBER_STATES,
        observers=names.OBSERVER_STATES,
        in_text=in_text,
        with_article=forms.get("with_article", in_text),
        genitive=forms.get("genitive", in_text),
        former_and_short=names.FORMER_AND_SHORT_NAMES,
    )


#: French ("la République arabe syrienne", "l'Azerbaïdjan").
FRENCH = _table(Language.FRENCH, fr, with_article=fr.WITH_ARTICLE)
#: Spanish ("la República Árabe Siria", "el Perú", "Nepal").
SPANISH = _table(Language.SPANISH, es, with_article=es.WITH_ARTICLE)
#: Russian (nominative "Сирийская Арабская Республика", genitive "Сирийской Арабской Республики").
RUSSIAN = _table(Language.RUSSIAN, ru, genitive=ru.GENITIVE)
#: Arabic ("الجمهورية العربية السورية").
ARABIC = _table(Language.ARABIC, ar)
#: Chinese ("阿拉伯叙利亚共和国").
CHINESE = _table(Language.CHINESE, zh)

#: Every table by its language.
BY_LANGUAGE: Mapping[Language, StateNames] = types.MappingProxyType(
    {names.language: names for names in (ARABIC, CHINESE, ENGLISH, FRENCH, RUSSIAN, SPANISH)}
)
