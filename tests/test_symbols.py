"""Tests of unga_docs.symbols: the symbol grammar, its order, and finding symbols in running text."""

from __future__ import annotations

import copy
import doctest
import functools
import json
import pickle
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import unga_docs.symbols as symbols_module
from conftest import corpus_params
from unga_docs.errors import ParseError, UngaDocsError
from unga_docs.symbols import Symbol, find_symbol_spans, find_symbols

# ----------------------------------------------------------------------------------------------------------
# A strategy for canonical symbol strings, written from the guide's grammar (not from the implementation).

PRINCIPAL = ["A", "E", "S", "T", "ST"]
SPECIAL_SERIES = ["CAT", "CCPR", "CED", "CEDAW", "CERD", "CMW", "CRC", "CRPD", "DP", "ECE", "TD", "UNEP"]
WORDS = ["RES", "PRST", "INF", "BUR", "NGO", "PET"]
NUMBERED = ["L", "PV", "SR", "WP", "CRP", "R"]
SUFFIX_NAMES = ["Add", "Corr", "Rev", "Amend"]
KNOWN_BODIES = [
    *(f"C.{n}" for n in range(1, 7)),
    "HRC",
    "AC.105",
    "AC.51",
    "CN.4",
    "CN.9",
    "Sub.2",
    "AC.2",
    "ECE",
    "ICEF",
    "AI",
    "SGB",
    "C",
    "GC",
    "WG.1",
    "CONF.62",
]
RESERVED_BODY = re.compile(r"(?:L|PV|SR|WP|CRP|R|Add|Corr|Rev|Amend)\.[0-9]+|RES|PRST|INF|BUR|NGO|PET|Summary")

#: Symbols of every form the brief names, as printed in UN documents.
EXAMPLES = [
    "A/77/715",
    "A/77/2",
    "A/77/10",
    "S/2023/5",
    "S/17787",
    "E/2023/100",
    "ST/SGB/2019/8",
    "ST/AI/189/Add.3/Rev.2",
    "A/HRC/52/1",
    "A/HRC/RES/14/1",
    "E/CN.4/2005/L.10",
    "E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1",
    "A/C.1/77/L.5",
    "A/C.2/78/3",
    "A/C.3/78/L.60/Rev.1",
    "A/C.4/77/SR.1",
    "A/C.5/78/CRP.1",
    "A/C.6/78/L.1",
    "A/AC.105/1234",
    "S/AC.51/2020/6",
    "A/RES/77/1",
    "S/RES/2699 (2023)",
    "S/RES/2699",
    "A/ES-10/L.22",
    "A/RES/ES-10/22",
    "A/S-28/2",
    "A/64/PV.5",
    "S/PV.8923",
    "A/INF/78/1",
    "A/BUR/78/1",
    "S/PRST/2010/9",
    "A/77/715/Add.1/Corr.1",
    "A/77/715/Summary",
    "S/2020/1056/Amend.1",
    "A/77/715*",
    "A/72/510/Rev.1",
    "CRC/C/GC/25",
    "S/1995/999",
]


def _body_token(letters: str, number: int | None) -> str:
    return letters if number is None else f"{letters}.{number}"


body_tokens = st.one_of(
    st.sampled_from(KNOWN_BODIES),
    st.builds(
        _body_token,
        st.text(alphabet=st.characters(min_codepoint=65, max_codepoint=90), min_size=1, max_size=10),
        st.none() | st.integers(1, 999),
    ).filter(lambda token: not RESERVED_BODY.fullmatch(token)),
)
plain_numbers = st.integers(1, 999_999).map(str)
finals = st.one_of(
    plain_numbers,
    st.builds("{}.{}".format, st.sampled_from(NUMBERED), st.integers(1, 99_999)),
)
suffixes = st.one_of(
    st.builds("{}.{}".format, st.sampled_from(SUFFIX_NAMES), st.integers(1, 999)),
    st.just("Summary"),
)
ga_sessions = st.integers(1, 199).map(str)
special_sessions = st.builds("{}-{}".format, st.sampled_from(["ES", "S"]), st.integers(1, 99))


@st.composite
def generated_symbol_strings(draw: st.DrawFn) -> str:
    """A canonical symbol from the grammar: organ, bodies, specials and session/year, number, suffixes."""
    organ = draw(st.sampled_from(PRINCIPAL + SPECIAL_SERIES))
    bodies = draw(st.lists(body_tokens, max_size=3))
    top_level = not bodies
    if organ == "S" and top_level:
        mid = st.none() | st.integers(1994, 2100).map(str)
    elif organ == "A" and top_level:
        mid = st.none() | ga_sessions | special_sessions
    elif organ == "A":
        mid = st.none() | ga_sessions | special_sessions | st.integers(1946, 2100).map(str)
    else:
        mid = st.none() | ga_sessions | st.integers(1946, 2100).map(str)
    session_or_year = draw(mid)
    specials = draw(st.lists(st.sampled_from(WORDS), max_size=2))
    middle = list(specials)
    if session_or_year is not None:
        middle.insert(draw(st.integers(0, len(middle))), session_or_year)
    number = draw(finals)
    tail = draw(st.lists(suffixes, max_size=3))
    text = "/".join([organ, *bodies, *middle, number, *tail])
    if organ == "S" and top_level and middle == ["RES"] and not tail and number.isdigit() and draw(st.booleans()):
        text += f" ({draw(st.integers(1946, 2100))})"
    if draw(st.booleans()):
        text += "*"
    return text


def symbol_strings() -> st.SearchStrategy[str]:
    """Canonical symbol strings of every form: the examples above and symbols drawn from the grammar."""
    return st.one_of(st.sampled_from(EXAMPLES), generated_symbol_strings())


symbol_objects = symbol_strings().map(Symbol.parse)


# ----------------------------------------------------------------------------------------------------------
# Round trips.


@given(symbol_strings())
@example("S/RES/2699 (2023)")
@example("A/77/715/Add.1/Corr.1*")
def test_parse_str_round_trip(text: str) -> None:
    symbol = Symbol.parse(text)
    assert str(symbol) == text
    assert Symbol.parse(str(symbol)) == symbol
    assert hash(Symbol.parse(str(symbol))) == hash(symbol)
    assert eval(repr(symbol), {"Symbol": Symbol}) == symbol


@given(symbol_objects)
def test_pickle_and_copy(symbol: Symbol) -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(symbol, protocol=protocol)) == symbol
    assert copy.deepcopy(symbol) == symbol
    assert copy.copy(symbol) == symbol


@given(symbol_strings(), st.sampled_from([" ", "  ", "\t", " \u00a0"]))
def test_spacing_variants_normalise(text: str, space: str) -> None:
    spaced = space + text.replace("/", f"{space}/{space}") + space
    assert str(Symbol.parse(spaced)) == text


@given(symbol_objects)
def test_parts_are_consistent(symbol: Symbol) -> None:
    assert symbol.organ == symbol.components[0]
    assert symbol.body == symbol.components[: len(symbol.body)]
    assert symbol.body[0] == symbol.organ
    n_suffixes = len(symbol.suffixes)
    assert symbol.components[len(symbol.components) - n_suffixes :] == symbol.suffixes
    assert symbol.components[len(symbol.components) - n_suffixes - 1] == symbol.number
    assert str(symbol).endswith("*") == symbol.reissued
    assert symbol.session is None or symbol.session in symbol.components
    assert symbol.year is None or str(symbol.year) in str(symbol)
    assert set(symbol.specials) <= set(WORDS)


# ----------------------------------------------------------------------------------------------------------
# Order.


@given(symbol_objects, symbol_objects, symbol_objects)
def test_total_order(a: Symbol, b: Symbol, c: Symbol) -> None:
    # Exactly one of <, ==, > holds, and the comparison operators agree.
    assert [a < b, a == b, a > b].count(True) == 1
    assert (a <= b) == (a < b or a == b)
    assert (a >= b) == (a > b or a == b)
    assert (a < b) == (b > a)
    # Transitivity on samples.
    if a <= b and b <= c:
        assert a <= c
    if a < b and b < c:
        assert a < c
    ordered = sorted([a, b, c])
    assert ordered[0] <= ordered[1] <= ordered[2]
    assert sorted([c, b, a]) == ordered


@given(symbol_objects)
def test_order_is_reflexive_and_hash_consistent(a: Symbol) -> None:
    b = Symbol.parse(str(a))
    assert a <= b
    assert a >= b
    assert not a < b
    assert len({a, b}) == 1


def test_numeric_components_compare_as_numbers() -> None:
    assert Symbol.parse("A/77/2") < Symbol.parse("A/77/10")
    assert Symbol.parse("S/2020/999") < Symbol.parse("S/2020/1000")
    assert Symbol.parse("A/C.3/78/L.9") < Symbol.parse("A/C.3/78/L.10")
    assert Symbol.parse("A/77/715") < Symbol.parse("A/77/715/Add.1") < Symbol.parse("A/77/715/Add.2")
    assert Symbol.parse("A/9/1") < Symbol.parse("A/10/1")


def test_sorting_across_organs() -> None:
    texts = ["S/2020/10", "A/77/10", "E/2023/1", "A/77/2", "A/RES/77/1", "ST/AI/2", "S/17787", "A/C.3/78/1"]
    ordered = [str(symbol) for symbol in sorted(Symbol.parse(text) for text in texts)]
    assert ordered == [
        "A/77/2",
        "A/77/10",
        "A/C.3/78/1",
        "A/RES/77/1",
        "E/2023/1",
        "S/2020/10",
        "S/17787",
        "ST/AI/2",
    ]


def test_comparison_with_other_types() -> None:
    symbol = Symbol.parse("A/77/715")
    text: object = "A/77/715"
    assert symbol != text
    with pytest.raises(TypeError):
        _ = symbol < "A/77/715"


# ----------------------------------------------------------------------------------------------------------
# Examples of each form.


@pytest.mark.parametrize(
    ("text", "organ", "body", "session", "year", "number", "suffixes", "reissued"),
    [
        ("A/77/715", "A", ("A",), "77", None, "715", (), False),
        ("S/2023/5", "S", ("S",), None, 2023, "5", (), False),
        ("S/17787", "S", ("S",), None, None, "17787", (), False),
        ("E/2023/100", "E", ("E",), None, 2023, "100", (), False),
        ("ST/AI/189/Add.3/Rev.2", "ST", ("ST", "AI"), None, None, "189", ("Add.3", "Rev.2"), False),
        ("A/HRC/52/1", "A", ("A", "HRC"), "52", None, "1", (), False),
        ("E/CN.4/2005/L.10", "E", ("E", "CN.4"), None, 2005, "L.10", (), False),
        ("A/C.1/77/L.5", "A", ("A", "C.1"), "77", None, "L.5", (), False),
        ("A/C.6/78/L.1", "A", ("A", "C.6"), "78", None, "L.1", (), False),
        ("A/C.3/78/L.60/Rev.1", "A", ("A", "C.3"), "78", None, "L.60", ("Rev.1",), False),
        ("A/AC.105/1234", "A", ("A", "AC.105"), None, None, "1234", (), False),
        ("S/AC.51/2020/6", "S", ("S", "AC.51"), None, 2020, "6", (), False),
        ("A/RES/77/1", "A", ("A",), "77", None, "1", (), False),
        ("S/RES/2699 (2023)", "S", ("S",), None, 2023, "2699", (), False),
        ("A/ES-10/L.22", "A", ("A",), "ES-10", None, "L.22", (), False),
        ("A/RES/ES-10/22", "A", ("A",), "ES-10", None, "22", (), False),
        ("A/S-28/2", "A", ("A",), "S-28", None, "2", (), False),
        ("A/64/PV.5", "A", ("A",), "64", None, "PV.5", (), False),
        ("S/PV.8923", "S", ("S",), None, None, "PV.8923", (), False),
        ("A/C.5/78/SR.12", "A", ("A", "C.5"), "78", None, "SR.12", (), False),
        ("A/INF/78/1", "A", ("A",), "78", None, "1", (), False),
        ("A/BUR/78/1", "A", ("A",), "78", None, "1", (), False),
        ("A/77/WP.3", "A", ("A",), "77", None, "WP.3", (), False),
        ("A/77/CRP.1", "A", ("A",), "77", None, "CRP.1", (), False),
        ("S/PRST/2010/9", "S", ("S",), None, 2010, "9", (), False),
        ("A/77/715/Add.1/Corr.1", "A", ("A",), "77", None, "715", ("Add.1", "Corr.1"), False),
        ("S/2020/1056/Amend.1", "S", ("S",), None, 2020, "1056", ("Amend.1",), False),
        ("A/77/715/Summary", "A", ("A",), "77", None, "715", ("Summary",), False),
        ("A/77/715*", "A", ("A",), "77", None, "715", (), True),
        ("A/77/715/Add.1*", "A", ("A",), "77", None, "715", ("Add.1",), True),
        (
            "E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1",
            "E",
            ("E", "CN.4", "Sub.2", "AC.2"),
            None,
            1987,
            "WP.4",
            ("Add.1",),
            False,
        ),
        ("CRC/C/GC/25", "CRC", ("CRC", "C", "GC"), None, None, "25", (), False),
    ],
)
def test_forms(
    text: str,
    organ: str,
    body: tuple[str, ...],
    session: str | None,
    year: int | None,
    number: str,
    suffixes: tuple[str, ...],
    reissued: bool,
) -> None:
    symbol = Symbol.parse(text)
    assert str(symbol) == text
    assert (symbol.organ, symbol.body, symbol.session, symbol.year, symbol.number) == (
        organ,
        body,
        session,
        year,
        number,
    )
    assert symbol.suffixes == suffixes
    assert symbol.reissued is reissued


def test_specials() -> None:
    assert Symbol.parse("A/HRC/RES/14/1").specials == ("RES",)
    assert Symbol.parse("S/PRST/2010/9").specials == ("PRST",)
    assert Symbol.parse("A/77/715").specials == ()


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("A / 78 / 900", "A/78/900"),
        ("A/78/900 ", "A/78/900"),
        ("  A/78/900", "A/78/900"),
        ("A/ 78 /900", "A/78/900"),
        ("S/RES/2699(2023)", "S/RES/2699 (2023)"),
        ("S/RES/2699   ( 2023 )", "S/RES/2699 (2023)"),
        ("A/77/715 *", "A/77/715*"),
        ("A/C.3 / 78 / L.60 / Rev.1\n", "A/C.3/78/L.60/Rev.1"),
    ],
)
def test_spacing_examples(text: str, canonical: str) -> None:
    assert str(Symbol.parse(text)) == canonical


@pytest.mark.parametrize(
    ("text", "column", "reason"),
    [
        ("", 1, "empty symbol"),
        ("   ", 1, "empty symbol"),
        ("A//1", 3, "empty component"),
        ("A/77/", 6, "empty component"),
        ("X/77/1", 1, "not a known organ"),
        ("a/77/1", 1, "not a known organ"),
        ("OPCW/1/2", 1, "not a known organ"),
        ("S/1901/2020", 3, "not a plausible year"),
        ("S/1867/2020", 3, "not a plausible year"),
        ("S/25/1", 3, "not a plausible year"),
        ("A/200/1", 3, "not a plausible General Assembly session"),
        ("A/0/1", 3, "not a valid symbol component"),
        ("A/2020/1", 3, "not a plausible General Assembly session"),
        ("E/ES-10/1", 3, "special sessions"),
        ("A/C.3", 6, "no document number"),
        ("A/RES", 6, "no document number"),
        ("A/65/674\u2013S/2010/674", 9, "joint symbol"),
        ("A/65/674-S/2010/674", 6, "joint symbol"),
        ("A/77/715/Add.1/5", 16, "only suffixes"),
        ("A/77/Add.1/715", 12, "only suffixes"),
        ("A/RES/Add.1/715", 7, "a suffix must follow the document number"),
        ("A/77/715/C.3", 6, "second session or year"),
        ("A/77/L.1/C.3", 10, "only suffixes"),
        ("A/77/C.3/1", 6, "subsidiary-body component must follow the organ"),
        ("A/RES/77/1/2/3", 10, "second session or year"),
        ("A/77/07", 6, "not a valid symbol component"),
        ("A/77/L. 60", 8, "space inside a component"),
        ("A/77/715**", 9, "reissue mark"),
        ("A/77/*715", 6, "reissue mark"),
        ("A/77/715)", 9, "unexpected character ')'"),
        ("A/77/71,5", 8, "unexpected character ','"),
        ("S/2020/1 (2020)", 11, "only follows a Security Council resolution"),
        ("S/RES/1 (1900)", 10, "not a plausible year"),
        ("S/RES/2699 (20x3)", 13, "four-digit year"),
        ("A/1/2/3/4/5/6/7/8/9/10/11/12/13", 27, "too many components"),
        ("A/" + "B/" * 6 + "1", 13, "too many subsidiary-body"),
        ("A/RES/INF/BUR/PET/1", 15, "too many special"),
        ("A/1234567", 3, "not a valid symbol component"),
        ("A/77/" + "1" * 300, 201, "too long"),
    ],
)
def test_invalid(text: str, column: int, reason: str) -> None:
    with pytest.raises(ParseError) as caught:
        Symbol.parse(text)
    error = caught.value
    assert isinstance(error, ValueError)
    assert isinstance(error, UngaDocsError)
    assert reason in error.reason
    assert (error.line, error.column, error.text) == (1, column, text)


def test_parse_rejects_non_strings() -> None:
    with pytest.raises(TypeError):
        Symbol.parse(b"A/77/715")  # type: ignore[arg-type]


def test_parse_error_pickles() -> None:
    with pytest.raises(ParseError) as caught:
        Symbol.parse("S/1901/2020")
    again = pickle.loads(pickle.dumps(caught.value))
    assert (again.reason, again.column, again.text) == (caught.value.reason, 3, "S/1901/2020")


# ----------------------------------------------------------------------------------------------------------
# The class itself: attrs validators, immutability.


def test_construct_directly() -> None:
    symbol = Symbol(components=("S", "RES", "2699"), resolution_year=2023)
    assert symbol == Symbol.parse("S/RES/2699 (2023)")
    assert attrs.evolve(symbol, reissued=True) == Symbol.parse("S/RES/2699 (2023)*")


@pytest.mark.parametrize(
    ("kwargs", "error", "field"),
    [
        ({"components": ("X", "1")}, ValueError, "components"),
        ({"components": ("S", "1901", "2020")}, ValueError, "components"),
        ({"components": ()}, ValueError, "components"),
        ({"components": ["A", "1"]}, TypeError, "components"),
        ({"components": ("A", 1)}, TypeError, "components"),
        ({"components": ("A", "1"), "reissued": 1}, TypeError, "reissued"),
        ({"components": ("S", "RES", "1"), "resolution_year": "2020"}, TypeError, "resolution_year"),
        ({"components": ("S", "RES", "1"), "resolution_year": True}, TypeError, "resolution_year"),
        ({"components": ("S", "2020", "1"), "resolution_year": 2020}, ValueError, "resolution_year"),
        ({"components": ("S", "RES", "1"), "resolution_year": 3000}, ValueError, "resolution_year"),
    ],
)
def test_validators_name_the_field(kwargs: dict[str, object], error: type[Exception], field: str) -> None:
    with pytest.raises(error, match=f"^{field}: "):
        Symbol(**kwargs)  # type: ignore[arg-type]


def test_frozen() -> None:
    symbol = Symbol.parse("A/77/715")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        symbol.reissued = True  # type: ignore[misc]
    assert not hasattr(symbol, "__dict__")


def test_doctests() -> None:
    result = doctest.testmod(symbols_module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 10
    assert result.failed == 0


# ----------------------------------------------------------------------------------------------------------
# Finding symbols in running text.


def _found(text: str) -> list[str]:
    return [str(symbol) for symbol in find_symbols(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("see S/2020/372.", ["S/2020/372"]),
        ("(S/2020/966)", ["S/2020/966"]),
        ("working methods ( S/2020/966), with", ["S/2020/966"]),
        ("(S/2020/253), S/2021/125.", ["S/2020/253", "S/2021/125"]),
        ("A/65/674\u2013S/2010/674", ["A/65/674", "S/2010/674"]),
        ("A/65/674-S/2010/674", ["A/65/674", "S/2010/674"]),
        ("A/65/674\u2014S/2010/674", ["A/65/674", "S/2010/674"]),
        ("A/74/956S/2020/719", ["A/74/956", "S/2020/719"]),
        ("the joint letter (A/75/536-S/2020/1033),", ["A/75/536", "S/2020/1033"]),
        ("A/77/715/SummaryS/2023/1", ["A/77/715/Summary", "S/2023/1"]),
        ("S/PV.8923.", ["S/PV.8923"]),
        ("(S/AC.51/2020/6).", ["S/AC.51/2020/6"]),
        ("S/RES/2562 (2021)", ["S/RES/2562 (2021)"]),
        ("resolution S/RES/2699(2023), adopted", ["S/RES/2699 (2023)"]),
        ("(S/PRST/2010/9) and A/HRC/RES/14/1)", ["S/PRST/2010/9", "A/HRC/RES/14/1"]),
        ("United Nations A/77/715* Distr.: General", ["A/77/715*"]),
        ("A/72/510/Rev.1", ["A/72/510/Rev.1"]),
        ("Council (S/17787).", ["S/17787"]),
        ("A/C.3/78/L.60/Rev.1; A/77/715/Add.1/Corr.1", ["A/C.3/78/L.60/Rev.1", "A/77/715/Add.1/Corr.1"]),
        ("https://undocs.org/en/S/2020/372", ["S/2020/372"]),
        ("S/2020/372 and again S/2020/372", ["S/2020/372", "S/2020/372"]),
        # Line ends: a joint split after its hyphen is found; a symbol cut after a slash is not guessed at.
        ("A/75/536-\nS/2020/1033", ["A/75/536", "S/2020/1033"]),
        ("document S/2020/\n1033", []),
        # Look-alikes.
        ("2/3 of the members, page 2/7, on 20/01/2023", []),
        ("resolution 64/288 and resolution 2524 (2020)", []),
        ("(S/1901/2020, dated 1 October 2020) and ( S/1867/2020, dated", []),
        ("EC-94/DEC.2, EC-M-33/DEC.1, EC -83/DEC.5, EC-96/P/NAT.1, EC-95/HP/DG.2", []),
        ("21-019833/20 and 20-14338 (E) *2014338*", []),
        ("(SCAD/DPPA) TPO/Blocus and/or A/B", []),
        ("XS/2020/1 s/2020/1 \u00c9S/2020/1 _S/2020/1 .S/2020/1", []),
        ("A/200/1 A/0/1 S/25/1", []),
    ],
)
def test_find_examples(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


def test_find_spans() -> None:
    text = "See (A/75/536-S/2020/1033), S/RES/2562(2021) and A/77/715*."
    spans = find_symbol_spans(text)
    assert [text[start:end] for start, end, _ in spans] == [
        "A/75/536",
        "S/2020/1033",
        "S/RES/2562(2021)",
        "A/77/715*",
    ]
    assert [str(symbol) for _, _, symbol in spans] == [
        "A/75/536",
        "S/2020/1033",
        "S/RES/2562 (2021)",
        "A/77/715*",
    ]


def test_find_nothing() -> None:
    assert find_symbols("") == []
    assert find_symbol_spans("no symbols here.") == []


PUNCTUATION = st.sampled_from(["", ".", ",", ";", ":", ")", ").", "),", "\u201d", "'"])
OPENERS = st.sampled_from(["", "(", "( ", "\u201c", " "])


@given(symbol_strings(), OPENERS, PUNCTUATION)
def test_find_each_symbol_in_text(text: str, opener: str, closer: str) -> None:
    symbol = Symbol.parse(text)
    sentence = f"as stated in the letter {opener}{text}{closer} of the same day"
    spans = find_symbol_spans(sentence)
    assert [found for _, _, found in spans] == [symbol]
    start, end, _ = spans[0]
    assert sentence[start:end] == text


@given(symbol_strings(), symbol_strings(), st.sampled_from(["\u2013", "\u2014", "-"]))
def test_find_both_halves_of_joint_symbols(first: str, second: str, dash: str) -> None:
    expected = [Symbol.parse(first), Symbol.parse(second)]
    assert find_symbols(f"United Nations {first}{dash}{second} Distr.: General") == expected


@given(symbol_strings(), symbol_strings())
def test_find_glued_joint_symbols(first: str, second: str) -> None:
    # pdftotext sometimes drops the dash: A/74/956S/2020/719.
    if not first[-1].isdigit() or first.endswith(")"):
        return
    assert find_symbols(first + second) == [Symbol.parse(first), Symbol.parse(second)]


@given(st.text(alphabet=st.sampled_from("AS/ES-1209.()*\u2013 RCLPV"), max_size=60))
@settings(max_examples=300)
def test_find_only_returns_parseable_spans(text: str) -> None:
    for start, end, symbol in find_symbol_spans(text):
        assert Symbol.parse(text[start:end]) == symbol
        assert 0 <= start < end <= len(text)


@given(st.text(max_size=200))
def test_find_never_raises(text: str) -> None:
    """Any text: the symbols found are those of the spans, each printing as a symbol that parses back to it."""
    found = find_symbols(text)
    assert found == [symbol for _, _, symbol in find_symbol_spans(text)]
    for symbol in found:
        assert Symbol.parse(str(symbol)) == symbol


# ----------------------------------------------------------------------------------------------------------
# The corpus of real letters (read where it lives; nothing is copied here).

JOINT_DASH = re.compile(r"[\u2013\u2014-](?=[A-Z]+/)")


@functools.cache
def _labels(corpus: Path) -> dict[str, dict[str, object]]:
    entries = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    return {entry["file"]: entry for entry in entries}


def _label_symbols(entry: dict[str, object], key: str) -> list[str]:
    value = entry.get(key) or []
    assert isinstance(value, list)
    halves: list[str] = []
    for item in value:
        halves.extend(JOINT_DASH.split(str(item)))
    return halves


@pytest.mark.parametrize("name", corpus_params(lambda corpus: sorted(_labels(corpus))))
def test_corpus_symbols_are_found(name: str, corpus: Path) -> None:
    entry = _labels(corpus)[name]
    text = (corpus / name).read_text(encoding="utf-8")
    found = {str(symbol) for symbol in find_symbols(text)}
    for key in ("symbols", "references"):
        for label in _label_symbols(entry, key):
            assert label in found, f"{name}: {key} label {label!r} not found"
    # Every symbol found parses back from the text at its place.
    for start, end, symbol in find_symbol_spans(text):
        assert Symbol.parse(text[start:end]) == symbol


def test_corpus_look_alikes_are_not_found(corpus: Path) -> None:
    text = (corpus / "t004.txt").read_text(encoding="utf-8")
    assert "S/1901/2020" in text
    assert "S/1867/2020" in text
    found = [str(symbol) for symbol in find_symbols(text)]
    for look_alike in ("S/1901/2020", "S/1867/2020", "S/1902/2020", "S/1901", "S/1867", "S/1902"):
        assert look_alike not in found
    assert not [symbol for symbol in found if "DEC" in symbol or symbol.startswith("E/C")]
    assert "A/75/536" in found
    assert "S/2020/1033" in found


# ----------------------------------------------------------------------------------------------------------
# Linear time, measured as work (profiler events: Python and C calls), not as wall-clock time.
# The profiler sees calls, not the steps inside one regex search: those are kept linear by construction (see
# _CANDIDATE in symbols.py), and the 300 kB inputs below would take minutes if they were not.

PATHOLOGICAL_UNITS = [
    "A/",
    "1/",
    "0123456789",
    "A/1/",
    "A/1-",
    "A/1S/1",
    "A-",
    "A.",
    "A//",
    " -A/1",
    "A/1 ",
    "S/1901/2020 ",
    "S/RES/1 (2020) ",
    "A/77/715* ",
    "A/A1",
    "Security Council ",
    "(((( ",
]


def _work(function: Callable[[str], object], text: str) -> int:
    events = 0

    def count(frame: FrameType, event: str, arg: object) -> None:
        nonlocal events
        events += 1

    sys.setprofile(count)
    try:
        function(text)
    finally:
        sys.setprofile(None)
    return events


@pytest.mark.parametrize("unit", PATHOLOGICAL_UNITS)
def test_find_symbols_is_linear(unit: str) -> None:
    small = unit * (30_000 // len(unit))
    large = unit * (300_000 // len(unit))
    small_work = _work(find_symbols, small)
    large_work = _work(find_symbols, large)
    # Ten times the text: about ten times the work (a quadratic search would be about a hundred times).
    assert large_work <= 12 * small_work + 1_000, (small_work, large_work)


def test_find_symbols_on_a_single_long_line() -> None:
    # The symbol runs to the end of its run of slashes; here the grammar allows five bodies named "A".
    line = "A/" * 150_000 + "77/715"
    assert _found(line) == ["A/A/A/A/A/A/77/715"]
    assert find_symbols("1/" * 150_000) == []
    assert len(find_symbols("S/2020/1-" * 33_000)) == 33_000


@pytest.mark.parametrize("text", ["CD/1117", "SC/15874", "GA/12345", "SG/SM/22000"])
def test_the_series_letters_cite_beyond_the_organs(text: str) -> None:
    """The Conference on Disarmament's documents and the press releases letters cite are symbols too."""
    assert [str(s) for s in find_symbols(f"see {text}.")] == [text]
    assert str(Symbol.parse(text)) == text
