"""How intervals are written: outward-rounded ends that hold the interval and show its width."""
import math

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


def test_an_open_side_is_shown_without_arithmetic_on_infinity():
    # numpy's floats (a table's cells) warn on inf - inf: an open side needs no width to show.
    import warnings

    import numpy as np
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert fmt.interval(np.float64(12.5e9), np.float64(np.inf), "USD") == "[12.5 bn, ∞] USD"
