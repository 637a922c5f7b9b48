"""The vocabulary of UN letters: every word and pattern the grammars read and write, defined once.

A `Lexicon` is to these grammars what dateutil's ``parserinfo`` is to its parser: one object with the words of one
language and the patterns built from them, which every parser reads and every writer prints from. The parsers take a
lexicon and default to `ENGLISH`; another language is another `Lexicon`, with its own words and its own word order
in its patterns, and no change to parser code. What no language changes is a module constant, defined in
`unga_docs.grammar.constants` and re-exported here: the limits (`MAX_SESSION`, `MAX_AGENDA_ITEM`,
`MAX_TITLE_LINES`), the sub-items (`SUB_ITEMS`), footnote marks, job numbers.

Example:
    >>> ENGLISH.months[0], ENGLISH.month_numbers["january"], len(ENGLISH.ordinals)
    ('January', 1, 199)
    >>> "xviii" in SUB_ITEMS, "ab" in SUB_ITEMS
    (True, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

import attrs
from dateutil.parser import parserinfo

from unga_docs.enums import Distribution, Language, LetterKind, Organ, SessionKind
from unga_docs.grammar import states as _states
from unga_docs.grammar import words_en as _en
from unga_docs.grammar.constants import (
    BARCODE,
    DAGGERS,
    DATE_STAMP,
    FOOTNOTE_MARKER,
    HYPHENS,
    JOB_NUMBER,
    LANGUAGE_LETTER,
    MAX_AGENDA_ITEM,
    MAX_DATE_LENGTH,
    MAX_SESSION,
    MAX_SUB_ITEM_NUMERAL,
    MAX_TITLE_LINES,
    SUB_ITEMS,
    roman,
)

__all__ = [
    "BARCODE",
    "DAGGERS",
    "DATE_STAMP",
    "ENGLISH",
    "FOOTNOTE_MARKER",
    "HYPHENS",
    "JOB_NUMBER",
    "LANGUAGE_LETTER",
    "MAX_AGENDA_ITEM",
    "MAX_DATE_LENGTH",
    "MAX_SESSION",
    "MAX_SUB_ITEM_NUMERAL",
    "MAX_TITLE_LINES",
    "SUB_ITEM",
    "SUB_ITEMS",
    "Lexicon",
    "roman",
]


def _alternation(words: Iterable[str], *, spaces: bool = True) -> str:
    """A regular-expression alternation of *words*, longest first; a space matches any white space."""
    escaped = (re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
    return "|".join(e.replace(r"\ ", r"\s+") if spaces else e for e in escaped)


#: `SUB_ITEMS` as a pattern (case-insensitive in the grammars, lower-case in the model).
SUB_ITEM = re.compile(f"(?:{_alternation(SUB_ITEMS)})")

# -- one language's words -----------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True, eq=False)
class Lexicon:
    """The words of one language and the patterns built from them: what every grammar reads and writes.

    Word lists are given as printed; patterns are pre-compiled from them (case-insensitive) and linear in time.

    Attributes:
        language: The language of the documents the lexicon reads.
        months: The twelve month names as printed, January first.
        month_numbers: Month name (lower case) -> 1-12: the date fast path's whole vocabulary.
        month_word: A month name or abbreviation inside text (the date slow path's check that a month is there).
        date_info: What python-dateutil reads other date forms with (None: its own, English ``parserinfo``).
        date_in_text: "D Month YYYY" anywhere in running text (groups: day, month, year).
        date_range_item, date_range_sep: One date of a printed list or range, and what separates two.
        ordinals: The spelled ordinals 1 to `MAX_SESSION`, lower case ("seventy-seventh" is ``ordinals[76]``).
        ordinal_numbers, ordinal_ignored: Normalised ordinal -> number, and the words the normalising drops.
        session: A session line (groups: ord, kind, unit).
        session_kinds, session_units: Printed kind ("emergency special") -> `SessionKind`; unit ("year") -> organ.
        session_formats: ``(organ, kind)`` -> the printed line, with ``{ordinal}`` and ``{kind}``.
        agenda_head, agenda_number, agenda_sub_more, agenda_sep, agenda_of, agenda_marker, agenda_dangling_of:
            "Agenda items", "68 (b)", "and (c)", ", ", "of the preliminary list*", "*", a dangling "of the".
        agenda_forms: Printed form after "of the" (lower case, collapsed) -> form name (`AgendaMatch.form`).
        agenda_formats: Form name -> the printed list, one item and several, with ``{items}`` and ``{form}``.
        sub_item_format: How a sub-item is printed: "({})".
        conjunction: The word that joins the last two items of a list: "and".
        list_and, list_comma: How a printed list joins its last two items and the others.
        letter_kinds: Printed kind (lower case, collapsed) -> `LetterKind`.
        title, title_start: A whole title (groups: annex, kind, date, rest), and a line that starts one.
        addressed_to, old_to: Where the addressees start ("addressed to", an old-style "to the President").
        known_addressee, addressee_forms: Addressees whose form is known, as a pattern and as keys.
        article, addressee_sep: A leading "the"; what separates two addressees.
        dated_tail, dated_word, un_suffix, of, office_word: Title words a sender's States are read around.
        small_words: Words a title in capitals prints in lower case.
        continuation_caps, dangling_end, body_start: Where a wrapped title goes on, is cut short, or has ended.
        title_formats: How `write_title` joins the parts, in its keys' order: annex, dated, sender, addressees, article.
        member_states, observer_states, other_state_names, states_with_article, demonyms, canonical_states: The
            State table (`name_key` folds the names that take "the", and those `canonical_states` spells).
        state_name, state_name_only, unknown_state, state_sep, demonym_list, demonym_key, demonym_word:
            Patterns over the State table.
        demonym_window: Characters before "delegations" that a list of adjectives can take.
        annex_label, annex_heading: A label on its own line ("Annex IV", "Enclosure 2"); "Annex I to the letter".
        signatory_titles: The words and phrases a signatory's title starts with (capitalised as printed). A
            signature block written on one line ("Sergiy Kyslytsya Ambassador Permanent Representative") is split
            where the first of them starts: the name is what precedes it. `signatory_title` finds them.
        bare_name: A signatory's name printed alone: two to six capitalised words or particles ("de"), no sentence.
        title_breaks_off: A title that ends on a word that cannot end one ("... on the thirty-fifth").
        open_end: A line that ends open ("of", "the", a comma): the next line goes on with it.
        signatory_title_line: How a title line of a signature block starts (after a blank line, it goes on).
        signatory_joiners: Words after which a title word goes on the same title ("Deputy Permanent
            Representative", "Ambassador and Permanent Representative"): no new title starts after them.
        closing_requests, closing_request: How a letter's closing request opens ("I would be grateful"), and
            the pattern that finds one at a line's start: after a full stop, such a line starts a paragraph.
        flat_title: Where a title starts inside flattened text ("Letter dated 2 May", the older capitals
            "LETTER DATED"), and where it ends (its addressees); case counts.
        annex_in_text: Where an annex starts inside a flattened line ("Annex I to the letter dated"; case counts).
        signed, statement_issuer: "(Signed)", with any spacing; a statement's title, with its issuer (group).
        statement_title, salutation: What a statement's title reads like; a speech's salutation ("Mr. President").
        signed_word: The signature marker as the English writers print it: "(Signed)".
        furniture: A whole line of page furniture (groups: job, stamp, barcode, page, merged, recycle, logo ...).
        organs, languages, distributions: Printed name (lower case) -> the enum member.
        date_format, first_day, original_label, un_names, search_states, year_ordinals: see `grammar.languages`.
        distribution_label, provisional_label: The masthead's "Distr." and "Provisional" (read in English only).
        distribution_line, original_line: How the English writers print the masthead's "Distr.: {value}" and
            "Original: {value}" (``{value}``: the enum's value; other languages' are in `grammar.languages`).
        secretary_general: The Secretary-General as a title prints the office ("Secretary-General").
        annex_word: The annex label the writers print when they must name an annex ("Annex").
        letter_kind_words, session_kind_words, session_unit_words, agenda_form_words, session_lines, agenda_lines,
            title_pieces: Derived for the writers: the maps read back to front, and the formats cut
            ``(before, after)`` where their one open part goes.
    """

    language: Language
    months: tuple[str, ...]
    month_numbers: Mapping[str, int]
    month_word: re.Pattern[str]
    date_info: parserinfo | None
    date_in_text: re.Pattern[str]
    date_range_item: re.Pattern[str]
    date_range_sep: re.Pattern[str]
    ordinals: tuple[str, ...]
    ordinal_numbers: Mapping[str, int]
    ordinal_ignored: re.Pattern[str]
    session: re.Pattern[str]
    session_kinds: Mapping[str, SessionKind]
    session_units: Mapping[str, Organ]
    session_formats: Mapping[tuple[Organ, SessionKind], str]
    agenda_head: re.Pattern[str]
    agenda_number: re.Pattern[str]
    agenda_sub_more: re.Pattern[str]
    agenda_sep: re.Pattern[str]
    agenda_of: re.Pattern[str]
    agenda_marker: re.Pattern[str]
    agenda_dangling_of: re.Pattern[str]
    agenda_forms: Mapping[str, str]
    agenda_formats: Mapping[str, tuple[str, str]]
    sub_item_format: str
    conjunction: str
    list_and: str
    list_comma: str
    letter_kinds: Mapping[str, LetterKind]
    title: re.Pattern[str]
    title_start: re.Pattern[str]
    addressed_to: re.Pattern[str]
    old_to: re.Pattern[str]
    known_addressee: re.Pattern[str]
    addressee_forms: tuple[str, ...]
    article: re.Pattern[str]
    addressee_sep: re.Pattern[str]
    dated_tail: re.Pattern[str]
    dated_word: re.Pattern[str]
    un_suffix: re.Pattern[str]
    of: re.Pattern[str]
    office_word: re.Pattern[str]
    small_words: frozenset[str]
    continuation_caps: re.Pattern[str]
    dangling_end: re.Pattern[str]
    body_start: re.Pattern[str]
    title_formats: Mapping[str, str]
    member_states: tuple[str, ...]
    observer_states: tuple[str, ...]
    other_state_names: tuple[str, ...]
    states_with_article: frozenset[str]
    canonical_states: Mapping[str, str]
    demonyms: Mapping[str, str]
    state_name: re.Pattern[str]
    state_name_only: re.Pattern[str]
    unknown_state: re.Pattern[str]
    state_sep: re.Pattern[str]
    demonym_list: re.Pattern[str]
    demonym_key: re.Pattern[str]
    demonym_word: re.Pattern[str]
    demonym_window: int
    annex_label: re.Pattern[str]
    annex_heading: re.Pattern[str]
    annex_in_text: re.Pattern[str]
    flat_title: tuple[re.Pattern[str], re.Pattern[str]]
    closing_requests: tuple[str, ...]
    closing_request: re.Pattern[str]
    signatory_titles: tuple[str, ...]
    signatory_title: re.Pattern[str]
    signatory_title_line: re.Pattern[str]
    bare_name: re.Pattern[str]
    open_end: re.Pattern[str]
    title_breaks_off: re.Pattern[str]
    signatory_joiners: tuple[str, ...]
    signed: re.Pattern[str]
    signed_word: str
    statement_issuer: re.Pattern[str]
    statement_title: re.Pattern[str]
    salutation: re.Pattern[str]
    furniture: re.Pattern[str]
    organs: Mapping[str, Organ]
    languages: Mapping[str, Language]
    distributions: Mapping[str, Distribution]
    date_format: str = "{day} {month} {year}"
    first_day: str = "1"
    original_label: str
    distribution_label: str
    provisional_label: str
    distribution_line: str
    original_line: str
    secretary_general: str
    annex_word: str
    un_names: tuple[str, ...] = ("United Nations",)
    search_states: bool = False
    year_ordinals: tuple[str, ...] = ()
    # What the writers print, derived from the maps above (read back to front).
    letter_kind_words: Mapping[LetterKind, str] = attrs.field(init=False)
    session_kind_words: Mapping[SessionKind, str] = attrs.field(init=False)
    session_unit_words: Mapping[Organ, str] = attrs.field(init=False)
    agenda_form_words: Mapping[str, str] = attrs.field(init=False)
    session_lines: Mapping[tuple[Organ, SessionKind], tuple[str, str]] = attrs.field(init=False)
    agenda_lines: Mapping[tuple[str, bool], tuple[str, str]] = attrs.field(init=False)
    title_pieces: Mapping[str, tuple[str, str]] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        # The first printed form of a value is the one written; the class is frozen, so each is set once, here.
        words = {"letter_kind_words": self.letter_kinds, "session_kind_words": self.session_kinds,
                 "session_unit_words": self.session_units, "agenda_form_words": self.agenda_forms}  # fmt: skip
        for name, printed in words.items():
            object.__setattr__(self, name, {v: k for k, v in list(printed.items())[::-1]})
        # The formats with all but one part filled in, cut where that part goes: the writers only concatenate.
        sessions = {
            key: _cut(
                form, "ordinal", kind=self.session_kind_words.get(key[1], ""), unit=self.session_unit_words[key[0]]
            )
            for key, form in self.session_formats.items()
        }
        agenda = {
            (form, plural): _cut(forms[plural], "items", form=self.agenda_form_words.get(form, form))
            for form, forms in self.agenda_formats.items()
            for plural in (False, True)
        }
        open_parts = {"dated": "date", "sender": "sender", "addressees": "addressees"}
        titles = {key: _cut(self.title_formats[key], part) for key, part in open_parts.items()}
        for name, value in (("session_lines", sessions), ("agenda_lines", agenda), ("title_pieces", titles)):
            object.__setattr__(self, name, value)

    def ordinal_key(self, word: str) -> str:
        """Normalise a spelled ordinal: case, hyphens, spacing and the words a form may leave out do not count.

        Example:
            >>> ENGLISH.ordinal_key("One Hundred and First"), ENGLISH.ordinal_key("SEVENTY\u2013SEVENTH")
            ('hundred first', 'seventy seventh')
        """
        lowered = word.lower().translate(_HYPHEN_TO_SPACE)
        return " ".join(self.ordinal_ignored.sub(" ", " ".join(lowered.split())).split())

    def join_list(self, parts: Sequence[str]) -> str:
        """Join as printed: "a", "a and b", "a, b and c".

        Example:
            >>> ENGLISH.join_list(["30", "68 (b)", "73"])
            '30, 68 (b) and 73'
        """
        if len(parts) == 1:
            return parts[0]
        return self.list_comma.join(parts[:-1]) + self.list_and + parts[-1]


_HYPHEN_TO_SPACE = {ord(h): " " for h in HYPHENS}


def _cut(template: str, part: str, **filled: str) -> tuple[str, str]:
    """What a format prints before and after *part*, its other parts *filled* in."""
    before, _, after = template.format(**{part: "\0"}, **filled).partition("\0")
    return before, after


def ws(text: str) -> str:
    """Collapse runs of white space (no-break spaces included) to one space and strip the ends."""
    return " ".join(text.split())


def name_key(name: str) -> str:
    """Fold a name for lookups: case, curly apostrophes and spacing do not count."""
    return " ".join(name.replace("\u2019", "'").casefold().split())


def _name_pattern(name: str) -> str:
    return r"\s+".join(re.escape(word).replace("'", "['\u2019]") for word in name.split())


def _compile(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# -- English ------------------------------------------------------------------------------------------------------

#: An annex's number: a roman numeral, a number or a letter ("Annex IV", "Enclosure 2", "Appendix A").
_ANNEX_NUMBER = r"[ivxlc]{1,7}|[0-9]{1,3}|[a-z]"


def _english() -> Lexicon:
    month_alt = _alternation(_en.MONTHS)
    hyphen = f"[\\s{HYPHENS}]+"
    units, teens, tens, tenths = (_alternation(w) for w in (_en.UNITS, _en.TEENS, _en.TENS, _en.TENTHS))
    low = f"(?:(?:{tens}){hyphen}(?:{units})|{tenths}|{teens}|{units})"
    ordinal = f"(?:(?:one\\s+)?hundred(?:th|\\s+(?:and\\s+)?{low})|{low})"
    ordinal_ignored = _compile(r"\band\b|^one\b", 0)
    ordinals = tuple(_en.ordinal(n) for n in range(1, MAX_SESSION + 1))
    kinds = _alternation(_en.LETTER_KINDS)
    annex = f"(?:{_alternation(_en.ANNEX_WORDS)})(?:\\s+(?:{_ANNEX_NUMBER})(?!\\w))?"
    sub = rf"\(\s*(?P<sub>{SUB_ITEM.pattern})\s*\)"
    the = _compile(r"(?:the|THE|The)(?:\s+|(?=[A-Z][a-z]))", 0)
    all_states = _states.MEMBER_STATES + _states.OBSERVER_STATES + _states.FORMER_AND_SHORT_NAMES
    # Longest first, so that "Democratic Republic of the Congo" wins over "Congo" and "Nigeria" over "Niger".
    state_alt = "|".join(_name_pattern(n) for n in sorted(set(all_states), key=lambda n: (-len(n), n)))
    demonym_alt = _alternation(_states.DEMONYMS)
    # A special session is printed with its kind's name ("Tenth emergency special session").
    session_kinds = {k.value: k for k in SessionKind if k is not SessionKind.REGULAR}
    session_unit = next(unit for unit, organ in _en.UNITS_OF.items() if organ is Organ.GENERAL_ASSEMBLY)
    flat_kinds = ["|".join(re.escape(c(k)).replace(r"\ ", r"\s+") for k in _en.FLAT_TITLE_KINDS)
                  for c in (str.capitalize, str.upper)]  # fmt: skip
    flat_to = rf"(?:the\s+)?(?:{_alternation(_en.FLAT_ADDRESSEES)})"
    name_word = (
        rf"(?:(?!(?:{'|'.join(_en.NOT_NAMES)})\b)"
        rf"[A-ZÀ-ÖØ-Þ](?:\.|[\w'’-]*[^\W\d_])|{'|'.join(_en.NAME_PARTICLES)})"
    )
    parts = {"job_number": JOB_NUMBER, "language_letter": LANGUAGE_LETTER, "date_stamp": DATE_STAMP}
    furniture_parts = {name: p.pattern for name, p in {**parts, "barcode": BARCODE}.items()}
    furniture_parts["page_word"] = _en.PAGE_WORD
    lexicon = Lexicon(
        language=Language.ENGLISH,
        months=_en.MONTHS,
        month_numbers={name.lower(): number for number, name in enumerate(_en.MONTHS, start=1)},
        month_word=_compile(rf"(?<![^\W\d_])(?:{'|'.join(m[:3].lower() for m in _en.MONTHS)})[a-z]*\.?"),
        date_info=None,
        date_in_text=_compile(rf"(?<![\w.])(\d{{1,2}})\s+({month_alt})\s+(\d{{4}})(?!\w)"),
        date_range_item=_compile(rf"(\d{{1,2}})(?:\s+({month_alt}))?(?:\s+(\d{{4}}))?(?!\w)"),
        date_range_sep=_compile(r"\s*(?:[-\u2010-\u2015]|,\s*and\b|,|\band\b|\bto\b)\s*"),
        ordinals=ordinals,
        ordinal_numbers={},  # filled below: the key needs the lexicon's own `ordinal_key`
        ordinal_ignored=ordinal_ignored,
        session=_compile(
            rf"(?<![\w{HYPHENS}])(?P<ord>{ordinal})\s+"
            rf"(?:(?P<kind>{_alternation(session_kinds)})\s+{session_unit}|(?P<unit>{_alternation(_en.UNITS_OF)}))"
            r"(?!\w)"
        ),
        session_kinds=session_kinds,
        session_units=_en.UNITS_OF,
        session_formats=_en.SESSION_FORMATS,
        agenda_head=_compile(r"\s*(?P<agenda>agenda\s+)?item(?P<plural>s)?(?!\w)"),
        agenda_number=_compile(rf"\s*(?P<n>[1-9]\d{{0,3}})(?!\w)(?:\s*{sub})?"),
        agenda_sub_more=_compile(rf"(?P<sep>\s*,\s*(?:{_en.AND}\s+)?|\s+{_en.AND}\s+){sub}"),
        agenda_sep=_compile(rf"\s*,\s*(?:{_en.AND}(?!\w)\s*)?|\s+{_en.AND}(?!\w)\s*"),
        agenda_of=_compile(
            rf"\s+of\s+the\s+(?P<form>{_alternation(_en.AGENDA_FORMS)})(?P<marker>\s*[{DAGGERS}]+)?(?!\w)"
        ),
        agenda_marker=_compile(f"[{DAGGERS}]+"),
        agenda_dangling_of=_compile(r"\s+of(?:\s+the(?:\s+(?:preliminary|provisional))?)?\s*"),
        agenda_forms={form: form for form in _en.AGENDA_FORMS},
        agenda_formats=_en.AGENDA_FORMATS,
        sub_item_format="({})",
        conjunction=_en.AND,
        list_and=f" {_en.AND} ",
        list_comma=", ",
        letter_kinds={k.value: k for k in LetterKind},
        title=_compile(
            rf"""
            (?:(?P<annex>{annex})\s+to\s+the\s+)?
            (?:(?P<kind>{kinds})(?!\w)\s*)?
            (?:(?<!\w)dated\s+(?P<date>[^\n]{{1,{MAX_DATE_LENGTH}}}?)\s+)?
            (?<!\w)from\s+(?P<rest>.+)
            """,
            re.IGNORECASE | re.VERBOSE | re.DOTALL,
        ),
        title_start=_compile(
            rf"""
            \s*(?:
                {annex}\s+to\s+the\s+(?:{kinds})(?!\w)
              | (?:{kinds})\s+(?:dated|from)(?!\w)
              | dated\s+\d{{1,2}}\s+(?:{month_alt})\s+\d{{4}}\s+from(?!\w)
            )
            """,
            re.IGNORECASE | re.VERBOSE,
        ),
        addressed_to=_compile(r"\s+addressed\s+to(?:\s+|(?=the)|$)"),
        old_to=_compile(rf"\s+to\s+(?=(?:the\s*)?{_en.ADDRESSEE_HEAD})"),
        known_addressee=_compile(f"(?:{_alternation(_en.ADDRESSEES)})(?![\\w-])"),
        addressee_forms=tuple(name_key(f) for f in _en.ADDRESSEE_FORMS),
        article=the,
        addressee_sep=_compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:to\s+)?(?=[Tt][Hh][Ee](?:\s|(?-i:[A-Z])))"),
        dated_tail=_compile(r"\s+dated\s+.*$", re.IGNORECASE | re.DOTALL),
        dated_word=_compile(r"(?<!\w)dated\s+"),
        un_suffix=_compile(r"\s+to\s+the\s+United\s+Nations(?!\w).*$", re.IGNORECASE | re.DOTALL),
        of=_compile(r"\s+of(?:\s+|$)"),
        office_word=_compile(f"(?:{_en.OFFICES})"),
        small_words=frozenset(_en.SMALL_WORDS),
        continuation_caps=_compile(r"(?:AND|OF|THE|TO|DATED)(?!\w)|[,(]", 0),
        dangling_end=_compile(
            rf"(?:^|\s)(?:{_alternation(w for w in _en.SMALL_WORDS if w.isalpha())}|{_alternation(_en.DANGLING)})$"
            r"|[,\-\u2010\u2011]$"
        ),
        body_start=_compile(f"(?:{_en.BODY_STARTS}|{_en.SIGNED_PATTERN})"),
        title_formats=_en.TITLE_FORMATS,
        member_states=_states.MEMBER_STATES,
        observer_states=_states.OBSERVER_STATES,
        other_state_names=_states.FORMER_AND_SHORT_NAMES,
        states_with_article=frozenset(name_key(name) for name in _states.WITH_THE),
        canonical_states={name_key(name): name for name in all_states},
        demonyms=_states.DEMONYMS,
        state_name=_compile(rf"(?:the\s+)?(?P<name>{state_alt})(?![\w'\u2019-])"),
        state_name_only=_compile(rf"(?<![\w'\u2019-])(?:{state_alt})(?![\w'\u2019-])"),
        unknown_state=_compile(r"(?:the\s+)?(?P<name>[A-Z][^,]*?)(?=\s*,|\s+and\s+|$)", 0),
        state_sep=_compile(rf"\s*,\s*(?:{_en.AND}\s+)?|\s+{_en.AND}\s+"),
        demonym_list=_compile(
            rf"(?<!\w)(?P<list>(?:{demonym_alt})(?:\s*,\s*(?:{demonym_alt})){{0,12}}"
            rf"(?:\s*,?\s+and\s+(?:{demonym_alt}))?)\s+(?:{_en.DEMONYM_NOUNS})(?!\w)"
        ),
        demonym_key=_compile(rf"\s(?:{_en.DEMONYM_NOUNS})(?!\w)"),
        demonym_word=_compile(rf"(?<!\w)(?:{demonym_alt})(?!\w)"),
        demonym_window=400,
        annex_label=_compile(annex),
        annex_heading=_compile(rf"{annex}\s+to\s+the\s+(?:{kinds}|note)\b"),
        annex_in_text=_compile(
            rf"\b(?:{_alternation(_en.ANNEX_IN_TEXT[0])})(?:\s+[IVX]{{1,5}})?\s+to\s+the\s+"
            rf"(?:{_alternation(_en.ANNEX_IN_TEXT[1])})\s+dated(?!\w)",
            0,
        ),
        flat_title=(
            _compile(rf"\b(?:(?:{flat_kinds[0]})\s+dated|(?:{flat_kinds[1]})\s+DATED)\s+[0-9]", 0),
            _compile(
                rf"\baddressed\s+to\s+{flat_to}(?:(?:\s*,\s*|\s+and\s+){flat_to})*(?=[0-9]{{1,2}}(?!\w)|\*|\W|$)", 0
            ),
        ),
        closing_requests=_en.CLOSING_REQUESTS,
        closing_request=_compile(_alternation(_en.CLOSING_REQUESTS), 0),
        signatory_titles=_en.SIGNATORY_TITLES,
        signatory_title=_compile(rf"(?<![\w'\u2019.-])(?:{_alternation(_en.SIGNATORY_TITLES)})(?![\w'\u2019-])", 0),
        signatory_title_line=_compile(_en.SIGNATORY_TITLE_LINE, 0),
        signatory_joiners=_en.SIGNATORY_JOINERS,
        bare_name=_compile(rf"^{name_word}(?:\s+{name_word}){{1,5}}$", 0),
        title_breaks_off=_compile(rf"(?:^|\s)(?:{'|'.join(_en.BREAK_OFF_WORDS)}|{_en.HYPHENATED_ORDINAL})$", 0),
        open_end=_compile(rf"(?:\b(?:{'|'.join(_en.OPEN_END_WORDS)})|[,(\-–])$"),
        signed=_compile(_en.SIGNED_PATTERN),
        signed_word=_en.SIGNED,
        statement_issuer=_compile(
            r"^(?:joint\s+)?(?:press\s+)?statement\s+(?:of|by)\s+(?:the\s+)?(?P<issuer>.+?)"
            rf"(?:\s+(?:{_en.ISSUER_ENDS})\s.*)?$"
        ),
        statement_title=_compile(_en.STATEMENT_TITLE),
        salutation=_compile(_en.SALUTATION, 0),
        furniture=_compile(_en.FURNITURE.format(**furniture_parts), re.VERBOSE | re.IGNORECASE),
        distribution_label=_en.DISTRIBUTION_LABEL,
        provisional_label=_en.PROVISIONAL_LABEL,
        original_label=_en.ORIGINAL_LABEL,
        distribution_line=_en.DISTRIBUTION_LINE,
        original_line=_en.ORIGINAL_LINE,
        secretary_general=_en.SECRETARY_GENERAL,
        annex_word=_en.ANNEX_WORDS[0],
        organs={o.value.lower(): o for o in Organ},
        languages={lang.value.lower(): lang for lang in Language},
        distributions={d.value.lower(): d for d in Distribution},
    )
    numbers = {lexicon.ordinal_key(word): n for n, word in enumerate(ordinals, start=1)}
    return attrs.evolve(lexicon, ordinal_numbers=numbers)


#: The English lexicon: the default of every parser and writer.
ENGLISH: Lexicon = _english()
