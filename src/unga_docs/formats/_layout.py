"""Layout decisions both text writers share."""

from __future__ import annotations

from collections.abc import Iterator

from unga_docs.model import AgendaItem

__all__ = ["agenda_groups"]


def agenda_groups(items: tuple[AgendaItem, ...]) -> Iterator[tuple[AgendaItem, ...]]:
    """Split agenda items into runs that are all titled or all untitled, in order.

    Each run is written as one list; a titled run is followed by its titles, an untitled one by a rule, so that
    no title is read as belonging to an item printed without one.

    Example:
        >>> a = AgendaItem(number=1, title="Opening")
        >>> b = AgendaItem(number=2)
        >>> [[x.number for x in g] for g in agenda_groups((a, b, b))]
        [[1], [2, 2]]
    """
    i = 0
    while i < len(items):
        titled = items[i].title is not None
        j = i
        while j < len(items) and (items[j].title is not None) == titled:
            j += 1
        yield items[i:j]
        i = j
