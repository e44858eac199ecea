"""How intervals are written: outward-rounded ends that hold the interval and show its width."""
import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from currency import formatting as fmt


def _ends(text: str) -> tuple[float, float]:
    lo, hi = text.strip("[]").split(", ")
    return fmt._number(lo), fmt._number(hi)


def test_a_narrow_interval_keeps_the_digits_of_its_width():
    # 130,100 won ± 50: four digits would write [130 k, 130.2 k], twice the width it stands for.
    assert fmt.interval(130_050, 130_150, "KRW") == "[130.05 k, 130.15 k] KRW"
    assert fmt.interval(9.5e9, 10.5e9, "USD") == "[9.5 bn, 10.5 bn] USD"
    assert fmt.interval(12.5e9, math.inf, "USD") == "[12.5 bn, ∞] USD"


@given(st.floats(1, 1e15), st.floats(1e-7, 2.0))
def test_the_ends_hold_the_interval_and_stray_by_at_most_a_tenth_of_its_width(low, rel):
    high = low * (1 + rel)
    shown_lo, shown_hi = _ends(fmt.interval(low, high))
    width, noise = high - low, 1e-9 * high       # float noise `compact` rounds through
    assert shown_lo <= low + noise and high - noise <= shown_hi
    assert low - shown_lo <= width / 10 + noise and shown_hi - high <= width / 10 + noise


@given(st.floats(1e-4, 1e6), st.floats(0, 1e-3))
def test_a_range_never_prints_two_alike_ends(low, rel):
    # Two alike ends ("1,000.02–1,000.02") say one rate as if it were two: more digits tell them
    # apart, or the one value is said once.
    high = low * (1 + rel)
    said = fmt.rate_range(low, high, "USD", "KRW", turn=False).split(" ")[0]
    lo, _, hi = said.partition("–")
    assert lo != hi
    assert (hi == "") == (said == fmt.rate(low, "USD", "KRW", turn=False).split(" ")[0])
    point = fmt.interval(low, low, "USD")
    assert point == f"{fmt.compact(low, 4)} USD" or len(set(_ends(point[:-4]))) == 2


def test_ends_apart_past_the_usual_digits_get_the_digits_that_show_it():
    assert fmt.rate_range(1000.0213, 1000.0237, "USD", "KRW") == "1,000.021–1,000.024 KRW/USD"
    assert fmt.rate_range(1000.02, 1000.02, "USD", "KRW") == "1,000.02 KRW/USD"
    assert fmt.interval(1e10, 1e10, "USD") == "10 bn USD"


@given(st.floats(1e-4, 1e6), st.floats(0, 1e-3), st.booleans())
def test_a_dated_band_says_its_ends_as_the_range_does(low, rel, one_day):
    # A sentence naming a band's two ends with their days, in the order given, and the figure
    # block's range of that band: one rule for the digits and for ends said once.
    high = low * (1 + rel)
    d_lo, d_hi = "2022-09-06", "2022-09-06" if one_day else "2022-09-07"
    said = fmt.dated_rates((high, d_hi), (low, d_lo), "USD", "KRW", turn=False)
    shown = fmt.rate_range(low, high, "USD", "KRW", turn=False).split(" ")[0]
    if "–" in shown:
        lo, hi = shown.split("–")
        assert said == f"{hi} KRW/USD ({d_hi}) to {lo} KRW/USD ({d_lo})"
    else:
        assert said == f"{shown} KRW/USD on " + (d_lo if one_day else f"{d_lo} and {d_hi}")


def test_a_dated_band_keeps_both_days_of_ends_that_are_equal():
    assert fmt.dated_rates((0.1344718, "2022-09-07"), (0.1344718, "2022-09-06"), "DKK", "EUR"
                           ) == "7.4365 DKK/EUR on 2022-09-06 and 2022-09-07"
    assert fmt.dated_rates((1.9558, "2022-09-07"), (1.9558, "2022-09-07"), "EUR", "BGN"
                           ) == "1.9558 BGN/EUR on 2022-09-07"
    assert fmt.dated_rates((1 / 7.849959, "2022-10-03"), (1 / 7.849965, "2022-10-04"), "HKD",
                           "USD") == "7.849959 HKD/USD (2022-10-03) to 7.849965 HKD/USD (2022-10-04)"


def test_an_open_side_is_shown_without_arithmetic_on_infinity():
    # numpy's floats (a table's cells) warn on inf - inf: an open side needs no width to show.
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert fmt.interval(np.float64(12.5e9), np.float64(np.inf), "USD") == "[12.5 bn, ∞] USD"


def test_a_rate_reads_turned_over_when_its_high_is_above_zero_and_below_one():
    highs = [0.000741, 0.995, 1.0, 1349.2, 0.0, -0.5, math.nan]
    want = [True, True, False, False, False, False, False]
    assert [bool(fmt.turns(h)) for h in highs] == want
    assert fmt.turns(np.array(highs)).tolist() == want
    # A band quoted with no `turn` given reads as the rule says.
    assert [fmt.quoted(h / 2, h, "USD", "KRW")[2] for h in highs[:4]] == ["KRW", "KRW", "USD", "USD"]


def test_times_to_two_digits_marks_thousands_and_keeps_small_ratios_exact():
    assert fmt.times(1284.0, 2) == "1,300×"
    assert fmt.times(24.6, 2) == "25×"
    assert fmt.times(2.46, 2) == "2.5×"
    assert fmt.times(1284.0) == "1.28e+03×"
    assert fmt.times(float("inf"), 2) == "∞×"
