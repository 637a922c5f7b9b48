"""The paragraph-layout helpers: their fast paths agree with the patterns they stand for."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from unga_docs.assemble import layout

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
