"""What the writers print for a document in its language: its masthead lines and sessions.

The masthead is printed in the words of the document's language (`unga_docs.grammar.languages.PRINTED`: English,
and French, Spanish or Russian for a copy in one of them), with the line that names the language of the copy,
which the reader's `detect_language` goes by.
"""

from __future__ import annotations

from collections.abc import Iterable

from unga_docs.formats.walk import Masthead, session_text
from unga_docs.grammar import ENGLISH, Lexicon, SessionRef, write_date, write_session
from unga_docs.grammar.languages import Printed
from unga_docs.model import Session

__all__ = ["masthead_lines", "session_line"]


def masthead_lines(m: Masthead, lexicon: Lexicon, printed: Printed) -> Iterable[str]:
    """The masthead after its symbols, in the document's language: organs, distribution, date, copy, original."""
    yield from (printed.organs[organ] for organ in m.organs)
    if m.distribution is not None:
        yield printed.distribution.format(value=printed.distributions.get(m.distribution, m.distribution.value))
    if m.date is not None:
        yield write_date(m.date, lexicon)
    if m.language is not None:  # the language of this copy, printed above "Original:", in its own words
        yield printed.copy if m.language is lexicon.language else m.language.value
    if m.original_language is not None:
        language = m.original_language
        yield printed.original.format(value=printed.languages.get(language, language.value))


def session_line(session: Session, lexicon: Lexicon) -> str:
    """A session line in the document's language ("Soixante-dix-septième session"; English's is remembered)."""
    if lexicon is ENGLISH:
        return session_text(session)
    return write_session(SessionRef(organ=session.organ, number=session.number, kind=session.kind), lexicon)
