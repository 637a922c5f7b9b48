"""The States a letter's sender speaks for, read from its wording and the language's table of States.

"Permanent Representative of Azerbaijan to the United Nations" speaks for Azerbaijan; "Permanent Representatives of
China, France, the Russian Federation and the United States of America" for four States; "Постоянного
представителя Непала при Организации Объединенных Наций" for "Непала" (as printed, in the genitive).

Example:
    >>> sender_states("Permanent Representative of Bosnia and Herzegovina to the United Nations")
    ('Bosnia and Herzegovina',)
"""

from __future__ import annotations

import re

from unga_docs.grammar.lexicon import ENGLISH, Lexicon, name_key, ws

__all__ = ["names_no_state", "sender_states", "state_list"]

# A capitalised word going on with a State's name ("Palestine Liberation Organization"): the name is longer.
_NAME_GOES_ON = re.compile(r"\s+[A-Z\u00c0-\u00d6\u00d8-\u00de\u0410-\u042f\u0401]")


def state_list(text: str, lexicon: Lexicon, pos: int = 0, *, lenient: bool = False) -> tuple[str, ...] | None:
    """Split "China, France, the Russian Federation and the United States of America" into State names.

    The list runs from *pos* to the end of *text* (whitespace-collapsed, stripped). Names come as printed,
    without "the". Strictly, every name must be in the table; leniently, a capitalised name the table does not
    know stands for itself. None if the text is not such a list.
    """
    names: list[str] = []
    patterns = (lexicon.state_name, lexicon.unknown_state) if lenient else (lexicon.state_name,)
    while pos < len(text):
        for pattern in patterns:
            m = pattern.match(text, pos)
            if m is None:
                continue
            if m.end() == len(text):
                names.append(ws(m.group("name")))
                return tuple(names)
            sep = lexicon.state_sep.match(text, m.end())
            if sep is not None:
                names.append(ws(m.group("name")))
                pos = sep.end()
                break
        else:
            return None
    return None


def sender_states(sender: str, lexicon: Lexicon = ENGLISH) -> tuple[str, ...]:
    """The States a sender speaks for, read from its wording and the table of States."""
    core = lexicon.un_suffix.sub("", sender).strip()
    whole = state_list(core, lexicon)
    if whole is not None:
        return whole
    ofs = list(lexicon.of.finditer(core))
    for m in ofs:
        states = state_list(core, lexicon, m.end())
        if states is not None:
            return states
    for key in lexicon.demonym_key.finditer(core):
        demonyms = lexicon.demonym_list.search(core, max(0, key.start() - lexicon.demonym_window), key.end())
        if demonyms is not None:
            words = lexicon.demonym_word.finditer(demonyms.group("list"))
            return tuple(lexicon.demonyms[w.group().lower()] for w in words)
    # A sender that names its States without "of" (a Russian genitive, Arabic): the table finds them, unless a
    # capitalised word goes on with the name. English senders name officials ("Committee ... concerning Somalia").
    found = [
        lexicon.canonical_states.get(name_key(m.group()), ws(m.group()))
        for m in lexicon.state_name_only.finditer(core)
        if lexicon.search_states and not _NAME_GOES_ON.match(core, m.end())
    ]
    if found:
        return tuple(dict.fromkeys(found))
    for m in reversed(ofs):
        if lexicon.office_word.fullmatch(core, core.rfind(" ", 0, m.start()) + 1, m.start()):
            return state_list(core, lexicon, m.end(), lenient=True) or ()
    return ()


def names_no_state(sender: str, lexicon: Lexicon = ENGLISH) -> bool:
    """Whether a sender's wording stops where the name of a State belongs.

    "Permanent Mission of to the United Nations" (a web host struck the name out) and "Permanent Representative
    of" (a title cut short) name no State after "of": a name was lost, and the sender reads wrongly.

    Example:
        >>> names_no_state("Permanent Mission of to the United Nations"), names_no_state("Secretary-General")
        (True, False)
    """
    core = lexicon.un_suffix.sub("", sender).rstrip(" ,")
    return any(m.end() >= len(core) for m in lexicon.of.finditer(core, max(0, len(core) - 8)))
