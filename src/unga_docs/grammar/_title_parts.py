"""The pieces of a letter title's reading: its sender and addressees cleaned and split, its case, OCR's glue.

What `unga_docs.grammar.titles.parse_title` and `title_extent` do to the parts the title grammar matched: split
what follows "from" into the sender and the addressee clause, split the addressees, strip the article, a cited
symbol and a footnote number, recase a title printed in capitals ("PERMANENT REPRESENTATIVE OF SPAIN"), put back
the spaces OCR lost ("President ofthe Security Council"), and drop a person's name a web page inserted after the
State a sender speaks for. The words come from a `Lexicon`. This module is private: its names are the titles
module's helpers.
"""

from __future__ import annotations

import re

from unga_docs.grammar.lexicon import DAGGERS, Lexicon, name_key, ws

# A document symbol printed after an addressee: "President of the Security Council (S/2014/136)".
_TRAILING_SYMBOL = re.compile(r"\s*\(\s*[A-Z][A-Za-z.]*\s*/[^()]{1,60}\)\s*$")
# A footnote number printed against a title's last word ("NATIONS UNIES234").
_FOOTNOTE_DIGITS = re.compile(r"(?<=[^\W\d_]{2})[0-9]{1,3}$")
_TRAILING_NOISE = " .;:," + DAGGERS
#: A person's name a web page inserted after the State a sender speaks for ("representative of Pakistan Aly
#: Khan"): two to four capitalised words, none of them a word of an institution's name.
_NAME_WORD = re.compile(r"[A-Z][a-z'’.-]+")
_INSTITUTION_WORD = re.compile(
    r"(?:Republic|Government|Movement|Front|Council|Mission|Party|Islands?|Union|Liberation|Organization|Authority"
    r"|Kingdom|States|Federation|Community|League|Group|Peoples?'?s?|United|Nations)$"
)
_WORD_PIECE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")


def _strip_the(text: str, lexicon: Lexicon) -> str:
    m = lexicon.article.match(text)
    return text[m.end() :] if m else text


def _is_caps(text: str) -> bool:
    """Is the title printed in capitals? OCR may read a letter or two in lower case ("TfIE"): 95 % will do."""
    upper = sum(1 for c in text if c.isupper())
    lower = sum(1 for c in text if c.islower())
    return upper > 0 and lower * _CAPS_RATIO <= upper


#: At most one lower-case letter in this many capitals for a title to be in capitals.
_CAPS_RATIO = 20


def _recase_word(word: str, first: bool, lexicon: Lexicon) -> str:
    if not first and word.lower() in lexicon.small_words:
        return word.lower()
    return _WORD_PIECE.sub(lambda m: m.group().capitalize(), word)


def _recase(text: str, lexicon: Lexicon) -> str:
    """Give a phrase printed in capitals the case of ordinary print ("PERMANENT REPRESENTATIVE OF SPAIN")."""
    words = [_recase_word(w, i == 0, lexicon) for i, w in enumerate(text.split(" "))]
    canonical = lexicon.canonical_states
    return lexicon.state_name_only.sub(lambda m: canonical.get(name_key(m.group()), m.group()), " ".join(words))


def _clean_addressee(text: str) -> str:
    text = _TRAILING_SYMBOL.sub("", text)
    return text.rstrip(_TRAILING_NOISE).strip()


def _split_addressees(text: str, lexicon: Lexicon) -> list[str]:
    """Split "the Secretary-General, the President of ... and the President of ..." into addressees.

    A known addressee ends where its form ends ("President of the Security Council (S/2014/136)" or
    "... Council concerning the India-Pakistan question" keep only the addressee); an unknown one runs to the
    next "and the".
    """
    out: list[str] = []
    pos = 0
    while pos < len(text):
        the = lexicon.article.match(text, pos)
        if the is not None:
            pos = the.end()
        known = lexicon.known_addressee.match(text, pos)
        if known is not None:
            out.append(ws(known.group()))
            sep = lexicon.addressee_sep.match(text, known.end())
            if sep is None:
                break
            pos = sep.end()
            continue
        sep = lexicon.addressee_sep.search(text, pos)
        end = sep.start() if sep is not None else len(text)
        name = _clean_addressee(lexicon.dated_tail.sub("", text[pos:end]))
        if name:
            out.append(name)
        if sep is None:
            break
        pos = sep.end()
    return out


#: Words OCR glues in English titles: a title word run into the small word after it, or "of"/"to" into the next.
_GLUED = re.compile(
    r"\b(General|Representative|Council|Nations|Mission|Minister|Affairs|Permanent|addressed)(for|of|to)\b"
    r"|\b(GENERAL|REPRESENTATIVE|COUNCIL|NATIONS|MISSION|MINISTER|AFFAIRS|PERMANENT|ADDRESSED)"
    r"(FOR|OF|TO|MISSION|REPRESENTATIVE)\b"
    r"|\b(of|to|OF|TO)(the|THE|[A-Z][a-z])"
)


def _unglue(text: str) -> str:
    """Put back the spaces OCR lost between a title's words ("President ofthe Security Council")."""
    return _GLUED.sub(lambda m: " ".join(g for g in m.groups() if g is not None), text)


def _without_inserted_name(sender: str, lexicon: Lexicon) -> str:
    """Drop a person's name printed right after the State the sender speaks for (a web page's insertion)."""
    words = sender.split(" ")
    for k in (2, 3, 4):
        tail = words[-k:]
        if len(words) <= k or not all(_NAME_WORD.fullmatch(w) and not _INSTITUTION_WORD.match(w) for w in tail):
            break
        before = " ".join(words[:-k])
        state = lexicon.state_name_only.search(before, max(0, len(before) - 60))
        if state is not None and state.end() == len(before):
            return before
    return sender


def _split_rest(rest: str, lexicon: Lexicon) -> tuple[str, str]:
    """Split what follows "from" into the sender and what follows "addressed to" (or an old-style "to")."""
    m = lexicon.addressed_to.search(rest)
    if m is None:
        m = lexicon.old_to.search(rest)
    if m is None:
        return rest, ""
    return rest[: m.start()], rest[m.end() :]
