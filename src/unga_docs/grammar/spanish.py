"""Spanish: "Carta de fecha 20 de enero de 2023 dirigida al Secretario General por el Representante Permanente ...".

Example:
    >>> SPANISH.month_numbers["enero"], SPANISH.letter_kinds["nota verbal"].value
    (1, 'note verbale')
"""

from __future__ import annotations

import re

from unga_docs.enums import Distribution, Language, LetterKind, Organ, SessionKind
from unga_docs.grammar import states_i18n as _states
from unga_docs.grammar import words_i18n as _words
from unga_docs.grammar.kit import Words, build_lexicon, ordinal_fields, session_formats
from unga_docs.grammar.lexicon import MAX_SESSION, Lexicon, _compile

__all__ = ["SPANISH", "FLAT_TITLE"]


_ES_KINDS = {
    "carta": LetterKind.LETTER,
    "cartas idénticas": LetterKind.IDENTICAL_LETTERS,
    "nota verbal": LetterKind.NOTE_VERBALE,
    "cartas": LetterKind.LETTERS,
    "telegrama": LetterKind.TELEGRAM,
    "telegramas": LetterKind.TELEGRAMS,
    "cablegrama": LetterKind.CABLEGRAM,
    "notificaciones idénticas": LetterKind.IDENTICAL_NOTIFICATIONS,
    "mensaje": LetterKind.MESSAGE,
    "comunicación": LetterKind.COMMUNICATION,
    "comunicaciones": LetterKind.COMMUNICATIONS,
    "cartas identicas": LetterKind.IDENTICAL_LETTERS,
    "notificaciones identicas": LetterKind.IDENTICAL_NOTIFICATIONS,
    "comunicacion": LetterKind.COMMUNICATION,
}
_ES_OTHER_KINDS = ("notas verbales idénticas", "notas verbales")
_ES_ADDRESSEES = (
    "Secretario General", "Secretario General de las Naciones Unidas",
    *(f"{who} {body}" for who in ("Presidente", "Presidenta", "Presidencia")
      for body in ("del Consejo de Seguridad", "de la Asamblea General", "del Consejo Económico y Social",
                   "del Consejo de Derechos Humanos")),
    "Alto Comisionado de las Naciones Unidas para los Derechos Humanos",
)  # fmt: skip
_ES_SMALL = ("de", "del", "la", "el", "los", "las", "y", "e", "a", "al", "por", "ante", "en")
_ES_ARTICLE = r"(?:el|la|los|las)\s+"


#: The session lines: "Trigésimo cuarto período de sesiones", "Septuagésimo octavo año".
_SESSIONS = ordinal_fields(
        [_words.spanish_ordinal(n) for n in range(1, MAX_SESSION + 1)],
        (
            (n, _words.spanish_ordinal(n, feminine=f, apocope=a))
            for n in range(1, MAX_SESSION + 1)
            for f in (False, True)
            for a in (False, True)
        ),
        r"{ordinal}\s+(?:per[ií]odo\s+(?P<kind>extraordinario\s+de\s+sesiones(?:\s+de\s+emergencia)?)"
        r"|(?P<unit>per[ií]odo\s+de\s+sesiones|año))",
        session_kinds={
            "extraordinario de sesiones": SessionKind.SPECIAL,
            "extraordinario de sesiones de emergencia": SessionKind.EMERGENCY_SPECIAL,
        },
        session_units={
            "período de sesiones": Organ.GENERAL_ASSEMBLY,
            "año": Organ.SECURITY_COUNCIL,
            "periodo de sesiones": Organ.GENERAL_ASSEMBLY,
        },
        session_formats=session_formats("{ordinal} período {kind}"),
)  # fmt: skip


#: The Spanish lexicon.
SPANISH: Lexicon = build_lexicon(
    Words(
        language=Language.SPANISH,
        months=_words.SPANISH_MONTHS,
        month_numbers=_words.SPANISH_MONTH_NUMBERS,
        letter_kinds=_ES_KINDS,
        other_kinds=_ES_OTHER_KINDS,
        annex_words=r"Anexo|Apéndice|Adjunto|Apendice",
        addressees=_ES_ADDRESSEES,
        small_words=_ES_SMALL,
        dangling_words=r"dirigid[oa]s?|fecha",
        article=_ES_ARTICLE,
        conjunction="y",
        conjunction_pattern="[ye]",
        agenda_head="Tema(?P<plural>s)?",
        agenda_forms={
            "del programa": "agenda",
            "del programa provisional": "provisional agenda",
            "de la lista preliminar": "preliminary list",
        },
        agenda_formats={
            "agenda": ("Tema {items} del programa", "Temas {items} del programa"),
            "provisional agenda": (
                "Tema {items} del programa provisional",
                "Temas {items} del programa provisional",
            ),
            "preliminary list": ("Tema {items} de la lista preliminar", "Temas {items} de la lista preliminar"),
        },
        agenda_dangling=r"(?:del|de(?:\s+la(?:\s+lista)?)?)",
        sessions=_SESSIONS,
        states=_states.SPANISH,
        body_starts=(
            r"Tengo\s+el\s+honor|Siguiendo\s+instrucciones|Por\s+instrucciones"
            r"|En\s+nombre|Le\s+agradecer|\(\s*Firmad[oa]\s*\)"
        ),
        signed="Firmad[oa]",
        organs={
            "asamblea general": Organ.GENERAL_ASSEMBLY,
            "consejo de seguridad": Organ.SECURITY_COUNCIL,
            "consejo económico y social": Organ.ECONOMIC_AND_SOCIAL_COUNCIL,
            "consejo economico y social": Organ.ECONOMIC_AND_SOCIAL_COUNCIL,
        },
        languages={
            "español": Language.SPANISH,
            "espanol": Language.SPANISH,
            "inglés": Language.ENGLISH,
            "ingles": Language.ENGLISH,
            "árabe": Language.ARABIC,
            "arabe": Language.ARABIC,
            "chino": Language.CHINESE,
            "francés": Language.FRENCH,
            "frances": Language.FRENCH,
            "ruso": Language.RUSSIAN,
        },
        distributions={
            "general": Distribution.GENERAL,
            "limitada": Distribution.LIMITED,
            "reservada": Distribution.RESTRICTED,
        },
        un_names=("Naciones Unidas",),
        date_format="{day} de {month} de {year}",
        title_formats={
            "annex": "{annex} de la {kind}",
            "dated": "de fecha {date}",
            "addressees": "dirigida {addressees}",
            "sender": "por {sender}",
            "article": "el",
            "to": "al",
        },
        # "20 de enero de 2023"; old prints leave out the "de" ("17 septiembre 1979").
        pieces={
            "day_month": r"(?P<day>\d{{1,2}})[\s{hyphens}]*(?:de\s+)?(?P<month>{months})\s+(?:de\s+)?(?P<year>\d{{4}})"
        },
        patterns={
            "date_in_text": r"(?<![\w.]){day_month}(?!\w)",
            "date_range_item": r"(\d{{1,2}})(?:\s+de\s+({months}))?(?:\s+de\s+(\d{{4}}))?(?!\w)",
            "date_range_sep": r"\s*(?:[-\u2010-\u2015]|,\s*[ye]\b|,|\b[ye]\b|\bal\b)\s*",
            "title": (
                r"""
                (?:(?P<annex>{annex})\s+(?:de|a)\s+la\s+)?
                (?P<kind>{kinds})(?!\w)
                (?:\s*,?\s*de\s+fecha\s+{date}\s*,?)?
                (?:
                    \s+dirigid[oa]s?\s+(?P<addressees>.+?)
                    (?:\s*,?\s+por\s+(?P<sender>{article}.+?)(?:\s+(?:relativ[oa]s?\s+a|sobre|acerca\s+de)\s.*)?)?
                  | \s*,?\s+(?:por|de)\s+(?P<sender2>{article}.+?)
                )?
                {trailing_symbol}\s*
                """,
                re.IGNORECASE | re.VERBOSE | re.DOTALL,
            ),
            "title_start": (
                r"\s*(?:{annex}\s+(?:de|a)\s+la\s+(?:{kinds})(?!\w)"
                r"|(?:{kinds})\s*,?\s+(?:de\s+fecha|dirigid[oa]s?)(?!\w))"
            ),
            "article": r"(?:al|a\s+la|a\s+los|a\s+las|a|el|la|los|las)\s+",
            "addressee_sep": r"(?:\s*,\s*(?:[ye]\s+)?|\s+[ye]\s+)(?=(?:al|a|el|la|los|las)\s)",
            "dated_tail": (r"\s+de\s+fecha\s+.*$", re.IGNORECASE | re.DOTALL),
            "dated_word": r"(?<!\w)de\s+fecha\s+",
            "un_suffix": (r"\s+ante\s+las\s+Naciones\s+Unidas(?!\w).*$", re.IGNORECASE | re.DOTALL),
            "of": r"\s+(?:de\s+la|de\s+los|de\s+las|del|de)\s+",
            "office_word": (
                r"(?:Representantes?|Observador(?:es|a)?|Misi[óo]n(?:es)?|Delegaci[óo]n(?:es)?|Gobiernos?|Embajada"
                r"|Permanentes?|Interin[oa]|Encargad[oa]|Ministr[oa]|Exteriores|Secretari[oa])"
            ),
            "continuation_caps": (r"(?:Y|E|DE|DEL|AL|POR|ANTE|DIRIGIDAS?)(?!\w)|[,(]", 0),
            "annex_heading": r"{annex}\s+(?:de|a)\s+la\s+(?:{kinds}|nota)\b",
        },
    )
)
#: Where a title starts inside flattened text, and where it ends (`unga_docs.assemble.unflatten`).
FLAT_TITLE: tuple[re.Pattern[str], re.Pattern[str]] = (
    re.compile(r"\b(?:Cartas?(?:\s+idénticas)?|Notas?\s+verbal(?:es)?)\s*,?\s+de\s+fecha\s+[0-9]"),
    _compile(
        r"\bpor\s+(?:el|la)\s+(?:Secretario\s+General|[^.]{0,400}?ante\s+las\s+Naciones\s+Unidas)"
        r"(?=[0-9]{1,2}(?!\w)|\*|\W|$)"
    ),
)
