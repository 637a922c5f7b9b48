"""French: "Lettre datée du 20 janvier 2023, adressée au Secrétaire général par le Représentant permanent de ...".

Example:
    >>> FRENCH.month_numbers["août"], FRENCH.letter_kinds["lettres identiques"].value
    (8, 'identical letters')
"""

from __future__ import annotations

import re

from unga_docs.enums import Distribution, Language, LetterKind, Organ, SessionKind
from unga_docs.grammar import states_i18n as _states
from unga_docs.grammar import words_i18n as _words
from unga_docs.grammar.kit import Words, build_lexicon, ordinal_fields, session_formats
from unga_docs.grammar.lexicon import MAX_SESSION, Lexicon, _compile

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
    "notifications identiques": LetterKind.IDENTICAL_NOTIFICATIONS,
    "message": LetterKind.MESSAGE,
    "communication": LetterKind.COMMUNICATION,
    "communications": LetterKind.COMMUNICATIONS,
}
_FR_OTHER_KINDS = ("notes verbales identiques", "notes verbales")
#: "Annexe à la lettre", "Annexe aux lettres identiques".
_TO_THE = r"(?:(?:à|a)\s+la|aux)"
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
        session_formats=session_formats("{ordinal} {unit} {kind}"),
)  # fmt: skip


#: The French lexicon.
FRENCH: Lexicon = build_lexicon(
    Words(
        language=Language.FRENCH,
        months=_words.FRENCH_MONTHS,
        month_numbers=_words.FRENCH_MONTH_NUMBERS,
        letter_kinds=_FR_KINDS,
        other_kinds=_FR_OTHER_KINDS,
        annex_words=r"Annexe|Appendice|Pièce\s+jointe|Piece\s+jointe",
        addressees=_FR_ADDRESSEES,
        small_words=_FR_SMALL,
        dangling_words=r"adress[ée]e?s?|dat[ée]e?s?",
        dangling_marks="'\\u2019",
        article=_FR_ARTICLE,
        conjunction="et",
        agenda_head="Point(?P<plural>s)?",
        agenda_forms={
            "de l'ordre du jour": "agenda",
            "de l'ordre du jour provisoire": "provisional agenda",
            "de la liste préliminaire": "preliminary list",
        },
        agenda_formats={
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
        agenda_dangling=r"de(?:\s+(?:l['\u2019]\s*(?:ordre(?:\s+du(?:\s+jour)?)?)?|la(?:\s+liste)?))?",
        sessions=_SESSIONS,
        states=_states.FRENCH,
        body_starts=(
            r"J['\u2019]ai\s+l['\u2019]honneur|D['\u2019]ordre\s+de"
            r"|Au\s+nom|Je\s+vous|Suite\s+à|\(\s*Sign[ée]\s*\)"
        ),
        signed="Sign[ée]",
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
        un_names=("Nations Unies",),
        date_format="{day} {month} {year}",
        title_formats={
            "annex": "{annex} à la {kind}",
            "dated": "datée du {date},",
            "addressees": "adressée {addressees}",
            "sender": "par {sender}",
            "article": "le",
            "to": "au",
        },
        pieces={"dated": r"(?:dat[ée]e?s?|en\s+date)\s+(?:du|due|des|de)", "to_the": _TO_THE},
        patterns={
            "date_in_text": r"(?<![\w.])(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>{months})\s+(?P<year>\d{{4}})(?!\w)",
            "date_range_item": r"(\d{{1,2}})(?:er)?(?:\s+({months}))?(?:\s+(\d{{4}}))?(?!\w)",
            "date_range_sep": r"\s*(?:[-\u2010-\u2015]|,\s*et\b|,|\bet\b|\bau\b)\s*",
            "title": (
                r"""
                (?:[^:]{{1,120}}?\s:\s+)?
                (?:(?P<annex>{annex})\s+{to_the}\s+)?
                (?P<kind>{kinds})(?!\w)
                (?:\s*,?\s*{dated}\s+{date}\s*,?)?
                (?:
                    (?:\s+adress[ée]e?s?\s+(?P<addressees>.+?))?
                    (?:\s*,?\s+par\s+(?P<sender>(?:{article}|un\s|une\s).+?)(?:\s+(?:concernant|relative?s?\s+à)\s.*)?)?
                  # the sender before the addressees: "... datée du 2 mars 1981 de la Mission permanente de ...,
                  # adressée au Secrétaire général"
                  | \s+(?:de\s+(?=la\s|l['\u2019])|du\s+|des\s+)(?P<sender2>.+?)
                    \s*,?\s+adress[ée]e?s?\s+(?P<addressees2>.+?)
                )
                {trailing_symbol}\s*
                """,
                re.IGNORECASE | re.VERBOSE | re.DOTALL,
            ),
            "title_start": (
                r"\s*(?:{annex}\s+{to_the}\s+(?:{kinds})(?!\w)"
                r"|(?:{kinds})\s*,?\s+(?:{dated}|adress[ée]e?s?)(?!\w))"
            ),
            "article": r"(?:au|aux|à\s+la|à\s+l['\u2019]|a\s+la|à|la|le|les)\s+|l['\u2019]\s*|à\s+l['\u2019]\s*",
            "addressee_sep": r"(?:\s*,\s*(?:et\s+)?|\s+et\s+)(?=(?:au|aux|à|a\s+la|la|le|les)\s|l['\u2019])",
            "dated_tail": (r"\s+{dated}\s+.*$", re.IGNORECASE | re.DOTALL),
            "dated_word": r"(?<!\w){dated}\s+",
            "un_suffix": (
                r"\s+auprès\s+de\s+l['\u2019]\s*Organi-?\s*sation\s+des\s+Nations\s+Unies(?!\w).*$",
                re.IGNORECASE | re.DOTALL,
            ),
            "of": r"\s+(?:de\s+la|de\s+l['\u2019]|du|des|de|d['\u2019])(?:\s+|(?<=['\u2019]))",
            "office_word": (
                r"(?:Représentante?s?|Observat(?:eur|rice)s?|Missions?|Délégations?|Gouvernements?|Ambassade"
                r"|permanente?s?|intérim|Chargée?s?|Ministre|étrangères|Secrétaire)"
            ),
            "continuation_caps": (r"(?:ET|DE|DU|DES|AU|AUX|PAR|AUPRÈS|ADRESSÉE?S?)(?!\w)|[,(]", 0),
            "annex_heading": r"{annex}\s+{to_the}\s+(?:{kinds}|note)\b",
        },
        fields={"first_day": "1er"},
    )
)
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
