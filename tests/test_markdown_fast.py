"""The markdown lexer's fast paths agree with the general reading they stand for."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from unga_docs import blocks
from unga_docs.blocks import clean
from unga_docs.formats import markdown

#: Every ASCII control character and white space, Unicode's other spaces and separators, markup characters,
#: and plain letters: what could make the fast path and the general reading part.
_ALPHABET = st.sampled_from(
    [chr(c) for c in range(0x20)]
    + ["\x7f", "\x85", "\xa0", "\u2000", "\u2028", "\u2029", "\u200b", "\ufeff", "\ud800", "\u3000", "\xad"]
    + list("  **__\\&;#x0a–’é")
    + ["&amp;", "&#42;", "\\*", "ab", "Cd"]
)
_RAW = st.lists(_ALPHABET, max_size=40).map("".join)


@given(_RAW)
@example("Distr.: General")
@example("a\tb")
@example("On 20 January 2023 – the day")
@example("two  spaces")
@example(" lead")
@example("\u2000x")
def test_inline_fast_path_is_the_general_reading(text: str) -> None:
    """On cleaned text (what the lexer gives it), `_inline` answers what `_inline_runs` answers."""
    lines = clean(text).split("\n")
    for raw in [*lines, " ".join(lines)]:
        assert markdown._inline(raw) == markdown._inline_runs(raw), repr(raw)


@given(_RAW)
def test_markup_test_is_the_pattern(raw: str) -> None:
    """The four substring tests of `_inline` find markup exactly where `_MARKUP_CHAR` does."""
    fast = "*" not in raw and "_" not in raw and "\\" not in raw and "&" not in raw
    assert fast is (markdown._MARKUP_CHAR.search(raw) is None)


@given(_RAW)
@example("\x00")
@example("\x1f\x7f")
@example("\x85")
@example("\x9f")
@example("\xa0\x80")
@example("\u2028")
@example("\u2029")
@example("\ufeff")
@example("\udfff")
@example("é–’ ok\t\n")
def test_odd_test_is_the_pattern(text: str) -> None:
    """`clean`'s fast test finds a character to change exactly where `_ODD`'s search does."""
    assert blocks._has_odd(text) is (blocks._ODD.search(text) is not None)


#: `_INLINE` as it was first written: its branches in named groups (the entity's with its "&").
_INLINE_BRANCHES = re.compile(
    r"""\\(?P<escaped>[!-/:-@\[-`{-~])
      | (?P<entity>&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)
      | (?P<emphasis>\*+|_+)""",
    re.VERBOSE,
)


@given(_RAW)
@example("**Annex** to_the \\* &amp; &#42; &x; \\a __b__")
def test_inline_pattern_finds_what_its_branches_find(raw: str) -> None:
    """`_INLINE`, its branches led by literals, finds what its named branches find: the same spans, in order."""
    fast = [
        (m.span(), m.group("escaped"), None if m.group("entity") is None else "&" + m.group("entity"))
        for m in markdown._INLINE.finditer(raw)
    ]
    general = [(m.span(), m.group("escaped"), m.group("entity")) for m in _INLINE_BRANCHES.finditer(raw)]
    assert fast == general
    runs = [m.group() for m in markdown._INLINE.finditer(raw) if m.group("escaped", "entity") == (None, None)]
    assert runs == [m.group("emphasis") for m in _INLINE_BRANCHES.finditer(raw) if m.group("emphasis")]


@given(st.lists(st.sampled_from(["==> ", " <==", "picture", " ", "=", ">", "<", "x"]), max_size=12).map("".join))
@example("==> picture [57 x 48] intentionally omitted <==")
def test_placeholder_prefix_rules_out_only_non_matches(content: str) -> None:
    """The lexer tests a paragraph's first four characters before `_PLACEHOLDER`: no match is ruled out."""
    if markdown._PLACEHOLDER.match(content):
        assert content[:4] == "==> "
