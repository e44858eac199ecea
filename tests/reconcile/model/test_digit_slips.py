"""The digit-slip rule on values too long for its integers: never compared, and quietly so."""
import warnings

import numpy as np

from reconcile.model.digit_slips import NONE, TRANSPOSED, digits_written, relation


def test_prices_of_twenty_digits_are_no_slip_and_raise_no_cast_warning():
    """Two prices of 21 digits beside "687" and "678": numpy warned casting the long ones."""
    value = np.array([123456789012345678901.0, 123456789012345678910.0, 687.0, 678.0])
    ones = np.ones(len(value))
    exact = np.ones(len(value), dtype=bool)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        got = relation(value, ones, exact, ones, np.array([0, 2]), np.array([1, 3]))
    assert got.tolist() == [NONE, TRANSPOSED]


def test_a_ranges_value_has_no_written_digits():
    # "18~21달러" holds its midpoint 19.5, which nobody wrote: no slip of "20달러" can be read in it
    assert digits_written(["exact", "approx", "range", "at_most"]).tolist() == [
        True, True, False, True]
