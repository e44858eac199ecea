"""The trailing-zero rule and the model interval, one test per rule (README, "How figures are
compared")."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from currency.amount import rounding_unit, stated
from currency.text.reader import read_amount
from reconcile.model.uncertainty import bound_is
from tests.helpers import examples, findings, serious


def unit(text: str) -> float:
    a = read_amount(text)
    return rounding_unit(a.value, a.precision, a.span)


@pytest.mark.parametrize("text, expected", [
    ("100조 원", 10e12),          # 95조 to 105조: two significant digits at most
    ("약 6500억 원", 100e8),       # a conversion rounded to two digits
    ("12조 3000억 원", 1000e8),    # 12.25조 to 12.35조
    ("131,000 won", 1000),
    ("1조원", 1e12),              # one digit, no written zero: 0.5조 to 1.5조
    ("$2 billion", 1e9),
    ("10억 달러", 1e8),            # a leading 1: the written zero is the second digit, 9.5억 to 10.5억
    ("300억 달러", 1e9),           # "$30 billion": the written zeros keep the second digit
    ("20만 유로", 1e4),            # "200,000 euros": no place word names 10**5 alone
    ("30억 달러", 1e9),            # "$3 billion": 억 forces the zero, read at the digit
    ("300만 달러", 1e6),           # "$3 million": 만 forces the zeros
    ("300000만 달러", 1e8),        # zeros past 억, the next myriad word: chosen, the second digit
    ("$300 million", 1e7),        # English zeros: the second digit
    ("3,000 million dollars", 1e8),  # digits past billion, the next word: the second digit
    ("35억 달러", 1e8),            # no trailing zero: the stated digit
    ("$3.0 billion", 0.1e9),      # a decimal zero is stated: "3.0 billion" is no "3 billion"
    ("3000 dollars", 100),        # written out in full, no place word: the second digit
    ("$3.78 billion", 0.01e9),    # no trailing zero: the stated digit
    ("$6.60 billion", 0.01e9),    # a zero after the decimal point is stated on purpose
    ("1,284.4500 won", 0.0001),
])
def test_trailing_zeros_are_rounding_to_at_most_two_significant_digits(text, expected):
    assert unit(text) == pytest.approx(expected)


# Each spelling writes a value with the largest place word at or below it, as a newsroom does.
KOREAN_PLACES = {4: "만", 8: "억", 12: "조"}
ENGLISH_PLACES = {3: "thousand", 6: "million", 9: "billion", 12: "trillion"}


def spelled(value: int, places: dict[int, str]) -> str:
    """`value` in dollars with the largest of `places` at or below it: "30억 달러",
    "$1.5 billion" (a decimal where the digits run below the word)."""
    power = max(p for p in places if 10 ** p <= value)
    digits = f"{value / 10 ** power:.6f}".rstrip("0").rstrip(".")
    word = places[power]
    return f"{digits}{word} 달러" if word in KOREAN_PLACES.values() else f"${digits} {word}"


def interval_of(text: str) -> tuple[float, float, float]:
    a = read_amount(text)
    return a.value, *stated(a)[1:]


@pytest.mark.parametrize("korean, english", [
    ("30억 달러", "$3 billion"),
    ("90억 달러", "$9 billion"),
    ("300만 달러", "$3 million"),
    ("800만 유로", "€8 million"),
    ("100억 달러", "$10 billion"),
    ("1000억 달러", "$100 billion"),
    ("3000만 달러", "$30 million"),
    ("20만 달러", "$200 thousand"),
    ("30조 달러", "$30 trillion"),
    ("35억 달러", "$3.5 billion"),
    ("2조 달러", "$2 trillion"),
])
def test_korean_and_english_spellings_of_one_value_read_to_one_interval(korean, english):
    assert interval_of(korean) == pytest.approx(interval_of(english))


@settings(max_examples=examples(100), deadline=None)
@given(st.integers(2, 9), st.sampled_from([6, 9]))
def test_one_digit_the_korean_word_writes_with_zeros_reads_as_in_english(digit, power):
    # A million or a billion has no myriad word: Korean writes 3 billion as 30억, its zero forced.
    value = digit * 10 ** power
    korean, english = spelled(value, KOREAN_PLACES), spelled(value, ENGLISH_PLACES)
    assert interval_of(korean) == pytest.approx(interval_of(english)), (korean, english)


@pytest.mark.parametrize("text", ["10억 달러", "100만 달러", "$300 million", "£400m",
                                  "3,000 million dollars", "$200 thousand"])
def test_a_leading_1_and_english_zeros_keep_the_second_digit(text):
    # Half a leading 1's digit is 50 % of it, no rounding; English zeros are the writer's choice.
    second_digit = 10.0 ** (np.floor(np.log10(read_amount(text).value)) - 1)
    assert unit(text) == pytest.approx(second_digit)


def test_a_slip_of_one_place_word_stays_a_slip_with_the_zeros_read_as_rounding():
    # A guard, not the rule's test (it holds without the rule too): 30억 달러 read as "$3 billion"
    # (25억 to 35억) is still ten times 3억 달러 (2.5억 to 3.5억).
    f = serious(findings(dict(metric="deal", amount="30억 달러"), dict(metric="deal", amount="30억 달러"),
                         dict(metric="deal", amount="3억 달러")))
    assert len(f) == 1 and f.iloc[0].flagged == ("f2",), f
    assert "unit slip" in f.iloc[0].message


def hedged_unit(text: str) -> float:
    a = read_amount(text)
    return rounding_unit(a.value, a.precision, a.span, about=True)


@pytest.mark.parametrize("text, expected", [
    ("약 7000억 원", 1000e8),     # 6500억 to 7500억: half a unit is 7 % of it
    ("약 500조 원", 100e12),      # 10 %
    ("about 400 billion won", 100e9),  # 12.5 %: 350 to 450 billion
    ("약 4000억 원", 1000e8),
    ("약 3000억 원", 100e8),      # half a unit would be 17 %: the second digit
    ("약 100조 원", 10e12),       # 50 %: still 95조 to 105조
    ("약 6500억 원", 100e8),      # the last nonzero digit is the second
])
def test_about_a_round_figure_may_round_at_its_last_nonzero_digit_within_an_eighth(text,
                                                                                  expected):
    assert hedged_unit(text) == pytest.approx(expected)


def test_bound_is_compares_each_cell_as_an_equality_test_would():
    # Shared and copied texts, a missing cell (None, NaN) that is no word, and a word no cell is.
    cells = np.array(["exact", "approx", None, "".join(["ex", "act"]), np.nan, "at_most",
                      "approx"], dtype=object)
    words = ("exact", "approx", "at_least", "at_most")
    got = bound_is(cells, *words)
    assert [g.tolist() for g in got] == [[c == w for c in cells] for w in words]
    assert [g.tolist() for g in bound_is(cells[:0], "exact")] == [[]]
