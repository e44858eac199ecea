"""The trailing-zero rule and the model interval, one test per rule (README, "How figures are
compared")."""
import numpy as np
import pytest

from currency.amount import rounding_unit
from currency.text.reader import read_amount
from reconcile.model.uncertainty import bound_is


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
    ("10억 달러", 1e8),            # the written zero is the second digit: 9.5억 to 10.5억
    ("$3.78 billion", 0.01e9),    # no trailing zero: the stated digit
    ("$6.60 billion", 0.01e9),    # a zero after the decimal point is stated on purpose
    ("1,284.4500 won", 0.0001),
])
def test_trailing_zeros_are_rounding_to_at_most_two_significant_digits(text, expected):
    assert unit(text) == pytest.approx(expected)


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
