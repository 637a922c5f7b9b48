"""The paragraph-layout helpers: their fast paths agree with the patterns they stand for."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from unga_docs.assemble import layout
from unga_docs.grammar import Lexicon

#: The characters the end-anchored patterns look at, and a few that case folding or white space might confuse.
_ALPHABET = st.sampled_from([*list("ab fo.!?:;…'’\"”)]*,(-–\n1\tÉéKſİı_"), "of", "the", "an", "OF", "With"])


@given(st.lists(_ALPHABET, max_size=60).map("".join))
@example("")
@example("the letter of")
@example("the letter\n")
@example("1991.*")
@example('he said."')
def test_ends_agrees_with_the_pattern(text: str) -> None:
    """`ends` answers from the last character where it can; the answer is always the regex search's."""
    for pattern in (layout.CLOSING, layout.ENDS_SENTENCE, layout.ENDS_OPEN):
        expected = pattern.search(text, max(0, len(text) - layout.TAIL)) is not None
        assert layout.ends(pattern, text) is expected, (pattern.pattern, text)


def test_ends_falls_back_to_the_regex_for_other_patterns() -> None:
    pattern = re.compile(r"[0-9]{4}$")
    assert layout.ends(pattern, "in 1991")
    assert not layout.ends(pattern, "in 91")


def _old_field_start(lexicon: Lexicon) -> re.Pattern[str]:
    """The one regex `_starts_with_field` replaced: a field's word, a symbol or a session line, tried together."""
    from unga_docs.assemble import fields

    token = fields._tokens(lexicon)[0]
    return re.compile(
        rf"[\s,;–—\-]*(?:{token.pattern}|[A-Z][A-Za-z0-9.\-]*\s*/|[A-Za-z]+(?:[\s-][A-Za-z]+){{0,7}}\s+"
        r"(?:emergency\s+)?(?:special\s+)?(?:session|year)\b)",
        re.VERBOSE | re.IGNORECASE,
    )


_FIELD_WORDS = st.sampled_from(
    [" ", "-", ",", "Seventy-seventh", "session", "SESSION", "year", "emergency", "special", "General", "Assembly",
     "Distr.:", "A/", "s/", "20", "January", "2023", "Original:", "English", "of", "the", "ſession", "İ", "é",
     "Security", "Council", "Provisional", "x", "\t"]
)  # fmt: skip


@given(st.lists(_FIELD_WORDS, max_size=14).map(" ".join))
@example("Seventy-seventh session")
@example("The situation in the Middle East, fifty-eighth year of the conflict")
@example("ſeventy-ſeventh ſeſſion")
def test_field_start_agrees_with_the_one_regex(text: str) -> None:
    """Splitting the session line off the field-start regex (tried only where its word is) changes no answer."""
    from unga_docs.assemble import fields
    from unga_docs.grammar import ENGLISH
    from unga_docs.grammar.languages import LEXICONS

    for lexicon in (ENGLISH, *LEXICONS.values()):
        old = _old_field_start(lexicon).match(text) is not None or (
            lexicon is not ENGLISH and lexicon.session.match(text.lstrip()) is not None
        )
        assert fields._starts_with_field(text, lexicon) is old, (lexicon.language, text)


_SESSION_WORDS = st.sampled_from(
    ["Seventy-seventh", "session", "SESSION", "Session", "year", "YEAR", "emergency", "special", "Fifty-eighth",
     "ſeſſion", "yeaR", "İ", "K", " ", "-", "of", "the", "Tenth", "hundredth", "\u2011", "x"]
)  # fmt: skip


@given(st.lists(_SESSION_WORDS, max_size=10).map(" ".join))
@example("Seventy-seventh session")
@example("ſeventy-ſeventh ſeſſion")
@example("Fifty-eighth YEAR")
def test_session_lines_are_looked_for_only_where_their_word_is(text: str) -> None:
    """The session grammar is tried only on text that names "session" or "year": it finds nothing elsewhere."""
    from unga_docs.assemble import fields
    from unga_docs.grammar import ENGLISH, find_sessions

    fields.forget()
    assert list(fields._sessions(text, ENGLISH)) == find_sessions(text)
    if ENGLISH.session.search(text) is not None:
        assert fields._has_session_word(text)
