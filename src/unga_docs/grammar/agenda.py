"""Agenda-item lists: "Agenda items 30, 68 (b) and 73", "Agenda item 69 (xviii)", "Item 97 of the preliminary list*".

`match_agenda_list` finds a list at the start of a line (and says whether it is complete, so that a caller knows
when to join the next line), `parse_agenda_list` reads a whole text as one list, `write_agenda_list` prints the
canonical form. The words ("Agenda item", "and", "of the preliminary list") come from a `Lexicon`, English by
default; a sub-item is one of `SUB_ITEMS` (a letter, or a roman numeral up to xcix) wherever it is read or written.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from unga_docs.errors import ParseError
from unga_docs.grammar.lexicon import ENGLISH, MAX_AGENDA_ITEM, SUB_ITEMS, Lexicon, ws

__all__ = [
    "AgendaMatch",
    "agenda_item_label",
    "agenda_item_line",
    "match_agenda_list",
    "parse_agenda_list",
    "write_agenda_list",
]


@attrs.frozen(kw_only=True)
class AgendaMatch:
    """What `match_agenda_list` found at the start of a line.

    Attributes:
        items: ``(number, sub_item)`` pairs in printed order; sub_item is the "b" of "68 (b)" (lower case, one
            of `SUB_ITEMS`) or None.
        end: Offset in the text where the list (with its "of the preliminary list*" form) ends; the rest of
            the line is the first item's title.
        complete: False when the text ends in a way that shows the list goes on on the next line (a trailing
            comma or "and", "items" with no number yet, a plural list with no "and", a dangling "of the").
        form: The printed form: "agenda" ("Agenda item(s) ..."), "preliminary list" ("Item(s) ... of the
            preliminary list"), "provisional agenda" ("Item(s) ... of the provisional agenda"); "" while an
            incomplete list has not shown its form yet.
        marker: A footnote marker printed right after the list ("*" in "of the preliminary list*"), or None.

    Example:
        >>> m = match_agenda_list("Agenda item 31 Prevention of armed conflict")
        >>> m.items, m.end, m.complete, m.form
        (((31, None),), 14, True, 'agenda')
    """

    items: tuple[tuple[int, str | None], ...]
    end: int
    complete: bool
    form: str
    marker: str | None = None


def match_agenda_list(text: str, lexicon: Lexicon = ENGLISH) -> AgendaMatch | None:
    """Match an agenda-item list at the start of a line.

    Lists wrapped over several lines must be joined with a space first; the result says whether the list is
    complete so that a caller knows when to stop joining.

    Args:
        text: "Agenda item 43", "Agenda items 30, 68, 73, 78, 84 and 132", "Agenda items 68 (b) and 73",
            "Agenda item 69 (b) and (c)", "Item 97 of the preliminary list*",
            "Items 26, 33 and 38 of the provisional agenda*", "AGENDA ITEM 43", optionally followed by the
            title.
        lexicon: The words of the document's language (English by default).

    Returns:
        The match, or None if the text does not start with such a list.

    Example:
        >>> match_agenda_list("Agenda items 1, 2, 3, 4,").complete
        False
        >>> match_agenda_list("Agenda items 1, 2, 3, 4, 5 and 6").complete
        True
        >>> m = match_agenda_list("Items 12 and 15 of the preliminary list*")
        >>> m.items, m.end, m.complete, m.form, m.marker
        (((12, None), (15, None)), 40, True, 'preliminary list', '*')
        >>> match_agenda_list("Prevention of armed conflict") is None
        True
    """
    head = lexicon.agenda_head.match(text)
    if head is None:
        return None
    form = "agenda" if head.group("agenda") else ""
    plural = head.group("plural") is not None
    number_pattern = lexicon.agenda_number
    num = number_pattern.match(text, head.end())
    if num is None:
        if text[head.end() :].strip():
            return None
        return AgendaMatch(items=(), end=len(text), complete=False, form=form)
    items: list[tuple[int, str | None]] = []
    last_join_and = False
    dangling = False
    while True:
        number = int(num.group("n"))
        sub = num.group("sub")
        items.append((number, sub.lower() if sub else None))
        pos = num.end()
        if sub:
            while (more := lexicon.agenda_sub_more.match(text, pos)) is not None:
                items.append((number, more.group("sub").lower()))
                last_join_and = lexicon.conjunction in more.group("sep").lower()
                pos = more.end()
        sep = lexicon.agenda_sep.match(text, pos)
        if sep is None:
            break
        nxt = number_pattern.match(text, sep.end())
        if nxt is None:
            if not text[sep.end() :].strip():
                dangling = True
                pos = len(text)
            break
        last_join_and = lexicon.conjunction in sep.group().lower()
        num = nxt
    marker: str | None = None
    of = lexicon.agenda_of.match(text, pos)
    if of is not None:
        form = lexicon.agenda_forms[ws(of.group("form")).lower()]
        marker = of.group("marker").strip() if of.group("marker") else None
        pos = of.end()
    else:
        star = lexicon.agenda_marker.match(text, pos)
        if star is not None:
            marker = star.group()
            pos = star.end()
    at_end = not text[pos:].strip()
    complete = True
    if dangling or (of is None and form == ""):
        complete = False
        if not dangling and not at_end and not lexicon.agenda_dangling_of.fullmatch(text, pos):
            return None
        pos = len(text)
    elif at_end and of is None and plural and not last_join_and:
        complete = False
    return AgendaMatch(items=tuple(items), end=pos, complete=complete, form=form, marker=marker)


def parse_agenda_list(text: str, lexicon: Lexicon = ENGLISH) -> AgendaMatch:
    """Read a whole text as one complete agenda-item list.

    Args:
        text: The list and nothing else, e.g. "Agenda items 30, 68 (b) and 73".
        lexicon: The words of the document's language (English by default).

    Returns:
        The match (its ``end`` is the end of the list).

    Raises:
        ParseError: If the text is not one complete list.

    Example:
        >>> parse_agenda_list("Agenda items 30, 68 (b) and 73").items
        ((30, None), (68, 'b'), (73, None))
    """
    m = match_agenda_list(text, lexicon)
    if m is None or not m.complete or not m.items or text[m.end :].strip():
        raise ParseError(f"not a complete agenda-item list: {ws(text)!r}", text=text)
    return m


def write_agenda_list(items: Sequence[tuple[int, str | None]], form: str = "agenda", lexicon: Lexicon = ENGLISH) -> str:
    """Write an agenda-item list in its canonical printed form.

    Consecutive sub-items of one number share it, as printed: "69 (b) and (c)".

    Args:
        items: ``(number, sub_item)`` pairs, numbers 1 to 9999, sub-items one of `SUB_ITEMS` (a lower-case
            letter or roman numeral: every sub-item the model allows) or None.
        form: "agenda", "preliminary list" or "provisional agenda" (see `AgendaMatch.form`).
        lexicon: The words of the document's language (English by default).

    Returns:
        "Agenda item 43", "Agenda items 30, 68 (b) and 73", "Item 97 of the preliminary list".

    Raises:
        ValueError: If there are no items, a number or sub-item is malformed, or the form is unknown.

    Example:
        >>> write_agenda_list([(30, None), (68, "b"), (73, None)])
        'Agenda items 30, 68 (b) and 73'
        >>> write_agenda_list([(26, None), (33, None)], form="provisional agenda")
        'Items 26 and 33 of the provisional agenda'
        >>> write_agenda_list([(69, "xviii"), (69, "xix")])
        'Agenda item 69 (xviii) and (xix)'
    """
    if form not in lexicon.agenda_formats:
        raise ValueError(f"form must be one of {tuple(lexicon.agenda_formats)}: {form!r}")
    if not items:
        raise ValueError("an agenda-item list needs at least one item")
    groups: list[tuple[int, list[str | None]]] = []
    for number, sub in items:
        if not isinstance(number, int) or not 1 <= number <= MAX_AGENDA_ITEM:
            raise ValueError(f"agenda item number must be 1..{MAX_AGENDA_ITEM}: {number!r}")
        if sub is not None and sub not in SUB_ITEMS:
            raise ValueError(f"sub-item must be a lower-case letter or roman numeral (i to xcix): {sub!r:.40}")
        if groups and sub is not None and groups[-1][0] == number and groups[-1][1][0] is not None:
            groups[-1][1].append(sub)
        else:
            groups.append((number, [sub]))
    texts = []
    for number, subs in groups:
        if subs[0] is None:
            texts.append(str(number))
        else:
            texts.append(f"{number} " + lexicon.join_list([lexicon.sub_item_format.format(s) for s in subs]))
    before, after = lexicon.agenda_lines[form, len(groups) > 1]
    return before + lexicon.join_list(texts) + after


def agenda_item_label(number: int, sub_item: str | None, lexicon: Lexicon = ENGLISH) -> str:
    """One agenda item's number as printed, with its sub-item: "68 (b)", "43" (nothing is checked).

    Example:
        >>> agenda_item_label(68, "b"), agenda_item_label(43, None)
        ('68 (b)', '43')
    """
    return str(number) if sub_item is None else f"{number} {lexicon.sub_item_format.format(sub_item)}"


def agenda_item_line(number: int, sub_item: str | None, lexicon: Lexicon = ENGLISH) -> str:
    """One agenda item as a list of one prints it: "Agenda item 68 (b)" (nothing is checked; see `write_agenda_list`).

    Example:
        >>> agenda_item_line(69, "xviii")
        'Agenda item 69 (xviii)'
    """
    before, after = lexicon.agenda_lines["agenda", False]
    return before + agenda_item_label(number, sub_item, lexicon) + after
