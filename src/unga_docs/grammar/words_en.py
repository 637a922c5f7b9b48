"""The words of English UN letters, as data: what `unga_docs.grammar.lexicon` builds `ENGLISH` of.

The other languages' words are in `words_i18n` and their own modules (`french`, `spanish` ...).
"""

from __future__ import annotations

from unga_docs.enums import LetterKind, Organ, SessionKind

#: The month names, January first.
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
#: The spelled ordinals' parts: 1-9, 10-19, the tens, and the tens as ordinals.
UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
         "eighteenth", "nineteenth")  # fmt: skip
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
TENTHS = ("twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth")


def ordinal(n: int) -> str:
    """Spell 1-199; UN (British) usage from 100 on: "one hundredth", "one hundred and first"."""
    if n >= 100:
        return "one hundredth" if n == 100 else f"one hundred and {ordinal(n - 100)}"
    tens, units = divmod(n, 10)
    if n < 20:
        return (UNITS + TEENS)[n - 1]
    return TENTHS[tens - 2] if units == 0 else f"{TENS[tens - 2]}-{UNITS[units - 1]}"


#: The word that joins the last two items of a list.
AND = "and"
#: How an agenda-item list names the list it cites ("Item 97 of the preliminary list").
AGENDA_FORMS = ("preliminary list", "provisional agenda")
#: How the writers print an agenda-item list of each form, one item and several (``{items}``, ``{form}``).
AGENDA_FORMATS = {
    "agenda": ("Agenda item {items}", "Agenda items {items}"),
    **dict.fromkeys(AGENDA_FORMS, ("Item {items} of the {form}", "Items {items} of the {form}")),
}
#: What a session line counts, by the word after the ordinal.
UNITS_OF = {"session": Organ.GENERAL_ASSEMBLY, "year": Organ.SECURITY_COUNCIL}
#: The labels of annexes and enclosures.
ANNEX_WORDS = ("Annex", "Enclosure", "Appendix", "Attachment")
#: The labels and kinds that start an annex inside a flattened line: "Annex II to the note verbale dated".
ANNEX_IN_TEXT = (ANNEX_WORDS[:2], (LetterKind.LETTER.value, LetterKind.NOTE_VERBALE.value))
#: The kinds of letter a title names, as printed (singular and plural).
LETTER_KINDS = ("identical notes verbales", "notes verbales", "cablegrams", *(k.value for k in LetterKind))
#: The Secretary-General as a title prints the office (an addressee, a sender: "Secretary-General").
SECRETARY_GENERAL = "Secretary-General"
#: The addressees whose form is known.
ADDRESSEES = (
    SECRETARY_GENERAL,
    "Secretary-General of the United Nations",
    *(f"{acting}President of the {body}" for acting in ("", "Acting ")
      for body in (Organ.SECURITY_COUNCIL.value, Organ.GENERAL_ASSEMBLY.value, Organ.ECONOMIC_AND_SOCIAL_COUNCIL.value,
                   "Trusteeship Council", "Human Rights Council", "International Court of Justice")),
    "Permanent Representatives of the members of the Security Council",
)  # fmt: skip
#: Complete addressees that a wrapped line may have cut short ("President of the" / "Security Council").
ADDRESSEE_FORMS = (*ADDRESSEES, "Chair of the Security Council Committee",
                   "Chairman of the Security Council Committee",
                   "United Nations High Commissioner for Human Rights")  # fmt: skip
#: An addressee's first words, for titles without "addressed" ("from Nicaragua to the President of ...").
ADDRESSEE_HEAD = (
    r"(?:Secretary-General|(?:Acting\s+)?Presidents?(?!\w)|Chair(?:man|men|person|woman)?(?!\w)|Co-Chairs?(?!\w)"
    r"|Permanent\s+Representatives\s+of\s+the\s+members|Members\s+of\s+the\s+Security\s+Council"
    r"|High\s+Commissioner)"
)
#: The kinds of a title flattened into running text ("Letter dated 2 May 2020 from ..."; see `Lexicon.flat_title`).
FLAT_TITLE_KINDS = tuple(k.value for k in (LetterKind.LETTER, LetterKind.IDENTICAL_LETTERS, LetterKind.NOTE_VERBALE,
                                           LetterKind.LETTERS))  # fmt: skip
#: The addressees a title flattened into running text ends at: the usual ones, and the High Commissioner (they end
#: at the end of a word, or where a footnote marker is glued on: "Secretary-General1").
FLAT_ADDRESSEES = (*(a for a in ADDRESSEES if "Trusteeship" not in a and "Court" not in a),
                   "High Commissioner for Human Rights")  # fmt: skip
#: Words a title in capitals prints in lower case.
SMALL_WORDS = ("of", "the", "to", "and", "for", "on", "in", "at", "by", "with", "a.i.", "d'affaires",
               "d\u2019affaires")  # fmt: skip
#: Words a title cut short at a line's end may end with.
DANGLING = ("addressed", "pursuant", "concerning", "resolution", "resolutions")
#: How a letter's body starts (a pattern): where a title wrapped over lines has ended.
BODY_STARTS = (
    r"I\s+have\s+the\s+hono(?:u)?r|I\s+am\s+writing|I\s+wish|I\s+write|Upon\s+instructions|On\s+instructions"
    r"|On\s+behalf|With\s+reference|Further\s+to|In\s+my\s+capacity|At\s+the\s+request|Pursuant\s+to"
    r"|The\s+Permanent\s+(?:Mission|Representative|Observer)|Excellency|Dear\s|Sir\b|Madam\b|\[\s*Original"
)
#: The offices a sender holds ("Permanent Representative"), the nouns after a list of demonyms
#: ("Algerian and Tunisian delegations"), and where a statement's issuer ends (patterns).
OFFICES = r"Representatives?|Observers?|Missions?|Delegations?|Governments?|Embassy"
DEMONYM_NOUNS = r"delegations?|Governments?|Missions?"
ISSUER_ENDS = r"on|in\s+connection\s+with|regarding|concerning|in\s+response\s+to|dated"
#: How a statement's title reads: "Joint statement ...", "Press release", "X: draft resolution" (a pattern).
STATEMENT_TITLE = (
    r"^(?:(?:joint|final|press|draft|ministerial|progress|annual|interim|special|monthly|concluding|revised)\s+)*"
    r"(?:statement|comment|declaration|communiqu[ée]|resolution|report|press\s+release|message|memorandum"
    r"|aide-m[ée]moire|decision|summary|position\s+paper|open\s+letter|address|speech|remarks|text|briefing|note)\b"
    # "United States of America: draft resolution"
    r"|^[^:]{2,120}:\s+(?:revised\s+)?draft\s+(?:resolution|decision|presidential\s+statement)$"
)
#: How a speech's salutation starts ("Mr. President", "Excellencies"): it does not go on a statement's title.
SALUTATION = r"^(?:(?:Mr|Madam|Mrs|Ms|Madame)\.?\s+(?:President|Chair|Secretary-General)|(?:Your\s+)?Excellenc)"
#: Words after which a line is open: the next line goes on with it ("of", "the" ...).
OPEN_END_WORDS = ("of", "the", "and", "to", "in", "on", "for", "by", "with", "at", "a", "an", "or")
#: Words a statement's title cannot end on: it was cut where it wrapped ("... on the").
BREAK_OFF_WORDS = ("of", "on", "the", "and", "to", "for", "in", "by", "at", "with", "from", "a", "an")
#: A spelled ordinal with a hyphen, lower case ("thirty-fifth"): a title does not end on one either.
HYPHENATED_ORDINAL = r"[a-z]+-(?:first|second|third|[a-z]+th)"
#: Capitalised words that start a sentence, not a name; the lower-case particles a name may hold ("de", "van").
NOT_NAMES = ("The", "This", "That", "These", "Those", "It", "In", "On", "At", "For", "And", "Of", "We", "Our", "My",
             "He", "She", "They", "His", "Her")  # fmt: skip
NAME_PARTICLES = ("de", "da", "di", "van", "von", "der", "del", "della", "dos", "al", "el", "bin", "ibn", "la", "le")
#: The masthead's distribution label ("Distr.: General") and the mark of a provisional record.
DISTRIBUTION_LABEL = "Distr"
PROVISIONAL_LABEL = "Provisional"
#: The label of the masthead's original-language line ("Original: French").
ORIGINAL_LABEL = "Original"
#: How the writers print the masthead's distribution and original-language lines (``{value}``: the enum's value).
DISTRIBUTION_LINE = DISTRIBUTION_LABEL + ".: {value}"
ORIGINAL_LINE = ORIGINAL_LABEL + ": {value}"
#: The signature marker as printed, and as read (any spacing).
SIGNED_WORD = "Signed"
SIGNED = f"({SIGNED_WORD})"
SIGNED_PATTERN = rf"\(\s*{SIGNED_WORD}\s*\)"
#: How a letter's closing request opens (see `Lexicon.closing_requests`).
CLOSING_REQUESTS = (
    "I would be grateful",
    "I should be grateful",
    "I would appreciate",
    "I should appreciate",
    "I kindly ask",
    "I kindly request",
    "I request that",
    "I would like to request",
    "It would be appreciated",
    "I have the honour to request",
)
#: How a signatory's title starts (see `Lexicon.signatory_titles`).
SIGNATORY_TITLES = (
    "Ambassador",
    "Chargé d’affaires",
    "Chargé d'affaires",
    "Chargée d’affaires",
    "Chargée d'affaires",
    "Charge d'affaires",
    "Permanent Representative",
    "Permanent Observer",
    "Deputy",
    "Acting",
    "Alternate",
    "Minister",
    "Prime Minister",
    "President",
    "Vice-President",
    "Vice-Chair",
    "Chair",
    "Chairman",
    "Chairperson",
    SECRETARY_GENERAL,
    "Under-Secretary-General",
    "Assistant Secretary-General",
    "Special Envoy",
    "Special Representative",
    "Special Rapporteur",
    "High Representative",
    "High Commissioner",
    "Head",
    "Counsellor",
    "Counselor",
    "First Secretary",
    "Second Secretary",
    "Third Secretary",
    "Attaché",
    "Coordinator",
    "Executive Secretary",
    "Director",
)
#: How a title line of a signature block starts: such a line after a blank line still belongs to the block.
SIGNATORY_TITLE_LINE = (
    r"^(?:(?:Acting|Deputy|Alternate|Vice-?)\s+)?(?:Permanent\s+Representative|Ambassador|Charg[ée]|Minister|"
    r"Secretary-General|President|Chair(?:man|person|woman)?|Head|Representative|Prime\s+Minister|Coordinator)\b"
)
#: Words that join a title word to the title before it (see `Lexicon.signatory_joiners`).
SIGNATORY_JOINERS = (
    "Deputy",
    "Acting",
    "Alternate",
    "Vice",
    "Special",
    "Permanent",
    "Assistant",
    "Prime",
    "Foreign",
    "Executive",
    "High",
    "and",
    "of",
    "for",
    "to",
    "the",
    "a",
    "an",
    "on",
    "in",
    "at",
    "&",
)
#: How the writers print a session line, and the parts of a title.
SESSION_FORMATS = {(Organ.GENERAL_ASSEMBLY, k): "{ordinal} {kind} {unit}" for k in SessionKind} | {
    (o, SessionKind.REGULAR): "{ordinal} {unit}" for o in (Organ.GENERAL_ASSEMBLY, Organ.SECURITY_COUNCIL)}  # fmt: skip
TITLE_FORMATS = {"annex": "{annex} to the {kind}", "dated": "dated {date}", "sender": "from {sender}",
                 "addressees": "addressed to {addressees}", "article": "the"}  # fmt: skip
#: A page number printed with its word ("Page 2"; the 1990s layout): in page furniture, and in a running header.
PAGE_WORD = r"Page\s+[0-9]{1,3}"
#: A whole line of page furniture (a verbose pattern; groups: job, stamp, barcode, page, merged, pageword,
#: recycle, logo, continued), with ``{job_number}``, ``{language_letter}``, ``{date_stamp}``, ``{barcode}`` and
#: ``{page_word}``.
FURNITURE = r"""^(?:
        (?P<job>[0-9]{{2}}(?:-[0-9]{{5}}(?:\s*{language_letter})?       # 21-00086 (E)
          |\s[0-9]{{5}}\s*{language_letter})                            # 21 00086 (E)
          (?:\s+{date_stamp}){{0,3}}                                    # 080121 110121
          (?:\s+\*?[0-9]{{7}}\*?)?)                                     # and its barcode (emphasis lost)
      | (?P<stamp>{date_stamp}(?:\s+{date_stamp})?)                     # a date stamp: 080121
      | (?P<barcode>{barcode})                                          # *2100086*
      | (?P<page>[0-9]{{1,3}}\s*/\s*[0-9]{{1,3}})                       # 2/7
      | (?P<merged>{job_number}[0-9]{{1,3}}/[0-9]{{1,3}}                # 21-019833/20
          | [0-9]{{1,3}}/[0-9]{{1,3}}\s+{job_number}                    # 2/7 20-14338
          | {job_number}\s+[0-9]{{1,3}}/[0-9]{{1,3}}                    # 20-14338 2/7
          | [0-9]{{1,3}}\s+{job_number}                                 # 2 09-60168
          | {job_number}\s+[0-9]{{1,3}})                                # 09-60168 3
      | (?P<pageword>{page_word}(?:\s+of\s+[0-9]{{1,3}})?)              # Page 2 (1990s layout)
      | (?P<recycle>(?:\u2672\s*)?Please\s+recycle(?:\s*\u2672)?)
      | (?P<logo>United\s+Nations|UNITED\s+NATIONS|UNITED|NATIONS)
      | (?P<continued>/\.\.\.|\.\.\./)                                  # page-continuation marker
    )$"""
