"""The assembler's rule table: precedence, silent mode and the first-character dispatch that keeps it fast.

`classify` offers a line only to the rules whose ``first`` characters include its first character; these tests
check that the dispatch never hides a match (each rule's ``first`` covers every text its silent mode accepts),
so that `classify` is exactly "the first rule, in `RULES` order, whose silent mode matches".
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from unga_docs.assemble import RULES, LineKind, Rule, assemble, classify
from unga_docs.blocks import Line

#: Lines each silent mode accepts, whose first character the tests below replace.
SEEDS = (
    "Annex",
    "Annex I",
    "Enclosure to the letter dated 1 May 2020",
    "Annex II to the note verbale dated 3 June 2021 from",
    "Letter dated 20 January 2023 from the Permanent Representative",
    "Identical letters dated 1 May 2020 from",
    "Note verbale dated 1 May 2020 from",
    "Dated 1 May 2020 from",
    "Telegram dated 1 May 2020 from",
    "(Signed) Yashar Aliyev",
    "[^1]: See A/77/715.",
    "* A/51/50.",
    "† Reissued.",
    "21-00086 (E) 080121",
    "*2100086*",
    "United Nations",
    "NATIONS",
    "Please recycle",
    "/...",
    "2/7",
    "Statement by the Ministry of Foreign Affairs",
    "Agenda items 30 and 68",
    "Distr.: General",
    "General Assembly",
)
#: Characters that case-fold onto ASCII letters under re.IGNORECASE ("İ", "ı", "ſ", Kelvin sign), white space.
ODD_FIRSTS = "\u0130\u0131\u017f\u212a \t\u00a0\u2003\u3000"
DISPATCHED = tuple(r for r in RULES if r.matches is not None and r.first is not None)


def _classify_without_dispatch(text: str) -> LineKind:
    for rule in RULES:
        if rule.matches is not None and rule.matches(text):
            assert rule.kind is not None
            return rule.kind
    return LineKind.TEXT


@pytest.mark.parametrize("rule", DISPATCHED, ids=lambda r: r.name)
def test_first_characters_cover_silent_mode(rule: Rule) -> None:
    """No text a rule's silent mode accepts starts with a character outside its ``first``.

    Checked exhaustively over the first 12,544 code points and the characters that case-fold onto ASCII letters.
    """
    assert rule.first is not None
    assert rule.matches is not None
    firsts = [chr(c) for c in range(0x3100)] + list(ODD_FIRSTS)
    for seed in SEEDS:
        for c in firsts:
            for text in (c + seed[1:], c + seed):
                if rule.matches(text):
                    assert c in rule.first, (rule.name, text)


@given(st.sampled_from(SEEDS), st.text(max_size=3), st.text(max_size=20))
@example("Identical letters dated 1 May 2020 from", "\u0130", "")
@example("Letter dated 20 January 2023 from the Permanent Representative", " ", "")
def test_classify_is_the_first_silent_match(seed: str, head: str, tail: str) -> None:
    """`classify` (with first-character dispatch) equals trying every rule's silent mode in `RULES` order."""
    for text in (head + seed + tail, head + seed[1:] + tail, seed + tail):
        assert classify(text) == _classify_without_dispatch(text)


@given(st.text(max_size=60))
def test_classify_any_text(text: str) -> None:
    """On any text, dispatch and the plain walk over `RULES` agree."""
    assert classify(text) == _classify_without_dispatch(text)


def test_rule_table_shape() -> None:
    """Interrupting rules come first, the paragraph rule (which takes any line) last; kinds are used once."""
    interrupting = [r.interrupts for r in RULES]
    assert interrupting == sorted(interrupting, reverse=True)
    assert RULES[-1].name == "paragraph"
    assert RULES[-1].first is None
    assert RULES[-1].matches is None
    kinds = [r.kind for r in RULES if r.kind is not None]
    assert len(kinds) == len(set(kinds)) == len(LineKind) - 1  # every kind but plain text has its rule
    assert all((r.kind is None) == (r.matches is None) for r in RULES)


def test_dispatch_keeps_body_title_letters() -> None:
    """A body line starting "İdentical letters dated" stays text, while `classify` calls it a title.

    The body reads titles in ASCII capitals only; the writer escapes such a line all the same: the safe direction.
    """
    text = "\u0130dentical letters dated 1 May 2020 from Ruritania addressed to the Secretary-General"
    assert classify(text) is LineKind.TITLE
    doc = assemble(
        [
            Line(text="Letter dated 1 May 2020 from Ruritania addressed to the Secretary-General", lineno=1),
            Line(text=text, lineno=2),
        ]
    )
    assert doc.letter is not None
    assert doc.letter.paragraphs == (text,)
