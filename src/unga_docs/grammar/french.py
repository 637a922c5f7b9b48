"""French: "Lettre datée du 20 janvier 2023, adressée au Secrétaire général par le Représentant permanent de ...".

Example:
    >>> FRENCH.month_numbers["août"], FRENCH.letter_kinds["lettres identiques"].value
    (8, 'identical letters')
"""

from __future__ import annotations

import re

import attrs

from unga_docs.enums import Distribution, Language, LetterKind, Organ, SessionKind
from unga_docs.grammar import states_i18n as _states
from unga_docs.grammar import words_i18n as _words
from unga_docs.grammar.kit import (
    TRAILING_SYMBOL,
    addressee_patterns,
    agenda_fields,
    kinds_pattern,
    ordinal_fields,
    state_tables,
)
from unga_docs.grammar.lexicon import (
    _ANNEX_NUMBER,
    ENGLISH,
    MAX_DATE_LENGTH,
    MAX_SESSION,
    Lexicon,
    _alternation,
    _compile,
)

__all__ = ["FRENCH", "FLAT_TITLE"]


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


#: The session lines: "Trente-quatrième session", "Soixante-dix-huitième année".
_SESSIONS = ordinal_fields(
        [_words.french_ordinal(n, feminine=True) for n in range(1, MAX_SESSION + 1)],
        ((n, _words.french_ordinal(n, feminine=f)) for n in range(1, MAX_SESSION + 1) for f in (False, True)),
        r"{ordinal}\s+(?P<unit>session|ann[ée]e)(?:\s+(?P<kind>extraordinaire(?:\s+d['\u2019]\s*urgence)?))?",
        session_kinds={
            "extraordinaire": SessionKind.SPECIAL,
            "extraordinaire d'urgence": SessionKind.EMERGENCY_SPECIAL,
            "extraordinaire d\u2019urgence": SessionKind.EMERGENCY_SPECIAL,
        },
        session_units={
            "session": Organ.GENERAL_ASSEMBLY,
            "année": Organ.SECURITY_COUNCIL,
            "annee": Organ.SECURITY_COUNCIL,
        },
        session_formats={
            (Organ.GENERAL_ASSEMBLY, SessionKind.REGULAR): "{ordinal} {unit}",
            (Organ.GENERAL_ASSEMBLY, SessionKind.SPECIAL): "{ordinal} {unit} {kind}",
            (Organ.GENERAL_ASSEMBLY, SessionKind.EMERGENCY_SPECIAL): "{ordinal} {unit} {kind}",
            (Organ.SECURITY_COUNCIL, SessionKind.REGULAR): "{ordinal} {unit}",
        },
)  # fmt: skip


def _french() -> Lexicon:
    months = _words.FRENCH_MONTH_NUMBERS
    alt = _alternation(months)
    kinds = kinds_pattern({**_FR_KINDS, **dict.fromkeys(_FR_OTHER_KINDS, LetterKind.LETTER)})
    annex = rf"(?:Annexe|Appendice|Pièce\s+jointe|Piece\s+jointe)(?:\s+(?:{_ANNEX_NUMBER})(?!\w))?"
    date = rf"(?P<date>[^,]{{1,{MAX_DATE_LENGTH}}}?)"
    known, forms = addressee_patterns(_FR_ADDRESSEES)
    dated = r"(?:dat[ée]e?s?|en\s+date)\s+(?:du|due|des|de)"
    to_the = r"(?:(?:à|a)\s+la|aux)"  # "Annexe à la lettre", "Annexe aux lettres identiques"
    return attrs.evolve(
        ENGLISH,
        language=Language.FRENCH,
        months=_words.FRENCH_MONTHS,
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
            (?:(?P<annex>{annex})\s+{to_the}\s+)?
            (?P<kind>{kinds})(?!\w)
            (?:\s*,?\s*{dated}\s+{date}\s*,?)?
            (?:\s+adress[ée]e?s?\s+(?P<addressees>.+?))?
            (?:\s*,?\s+par\s+(?P<sender>(?:{_FR_ARTICLE}|un\s|une\s).+?)(?:\s+(?:concernant|relative?s?\s+à)\s.*)?)?
            {TRAILING_SYMBOL}\s*
            """,
            re.IGNORECASE | re.VERBOSE | re.DOTALL,
        ),
        title_start=_compile(
            rf"\s*(?:{annex}\s+{to_the}\s+(?:{kinds})(?!\w)"
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
            "addressees": "adressée {addressees}",
            "sender": "par {sender}",
            "article": "le",
            "to": "au",
        },
        list_and=" et ",
        **agenda_fields(  # type: ignore[arg-type]
            "Point(?P<plural>s)?",
            {
                "de l'ordre du jour": "agenda",
                "de l'ordre du jour provisoire": "provisional agenda",
                "de la liste préliminaire": "preliminary list",
            },
            {
                "agenda": ("Point {items} de l'ordre du jour", "Points {items} de l'ordre du jour"),
                "provisional agenda": (
                    "Point {items} de l'ordre du jour provisoire",
                    "Points {items} de l'ordre du jour provisoire",
                ),
                "preliminary list": (
                    "Point {items} de la liste préliminaire",
                    "Points {items} de la liste préliminaire",
                ),
            },
            "et",
            r"de(?:\s+(?:l['\u2019]\s*(?:ordre(?:\s+du(?:\s+jour)?)?)?|la(?:\s+liste)?))?",
        ),
        **_SESSIONS,  # type: ignore[arg-type]
        **state_tables(_states.FRENCH, _FR_ARTICLE),  # type: ignore[arg-type]
        unknown_state=_compile(rf"(?:{_FR_ARTICLE})?(?P<name>[^\W\d_][^,]*?)(?=\s*,|\s+et\s+|$)"),
        state_sep=_compile(r"\s*,\s*(?:et\s+)?|\s+et\s+"),
        annex_label=_compile(annex),
        annex_heading=_compile(rf"{annex}\s+{to_the}\s+(?:{kinds}|note)\b"),
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
        search_states=True,
        un_names=("Nations Unies",),
    )


#: The French lexicon.
FRENCH: Lexicon = _french()
#: Where a title starts inside flattened text, and where it ends (`unga_docs.assemble.unflatten`).
FLAT_TITLE: tuple[re.Pattern[str], re.Pattern[str]] = (
    re.compile(
        r"\b(?:Lettres?(?:\s+identiques)?|Notes?\s+verbales?|LETTRE)\s*,?\s+(?:dat[ée]e?s?\s+du|en\s+date\s+du)\s+[0-9]"
    ),
    _compile(
        r"\bpar\s+(?:l[ea]\s+|l['\u2019])(?:Secrétaire\s+général|[^.]{0,400}?auprès\s+de\s+l['\u2019]\s*Organisation"
        r"\s+des\s+Nations\s+Unies)(?=[0-9]{1,2}(?!\w)|\*|\W|$)"
    ),
)
