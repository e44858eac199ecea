"""The digit-slip rule as a pure test on values: two numbers whose digits, at the finer of their two
precisions, are the same digits in another order ("687" and "678"), or, both exact to three or more
significant digits at one precision and rounding unit, differ in one digit. The digits check
(`reconcile.checks.digits`) flags such pairs within a fact; scan's grouping asks it before keeping two
amounts of one article apart (a slip of the pen is one amount written wrong, not a second one)."""
from __future__ import annotations

import numpy as np

from currency.amount import scaled

# Digits are compared as integers: a value more than this many times its scale has more digits
# than a float holds exactly, and is never compared.
MAX_DIGITS = 1e15
TEN = 10 ** np.arange(17, dtype=np.int64)
NONE, TRANSPOSED, ONE_DIGIT = 0, 1, 2


def integer_digits(value: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """The digits of each value at its scale, as an integer (rounded half to even, as round())."""
    return np.rint(np.abs(value) / scale).astype(np.int64)


def digit_count(n: np.ndarray) -> np.ndarray:
    """How many decimal digits each non-negative integer has ("0" has one)."""
    return 1 + (n[:, None] >= TEN[1:]).sum(axis=1)


def digits_key(n: np.ndarray, length: np.ndarray) -> np.ndarray:
    """A key equal for two integers of one length exactly when their digits are the same
    multiset: a count per digit, in base 17 (16 digits at most)."""
    key = np.zeros(len(n), dtype=np.int64)
    for k in range(int(length.max(initial=1))):
        key += np.where(k < length, 17 ** ((n // TEN[k]) % 10), 0)
    return key


def relation(value, precision, exact, u, a, b) -> np.ndarray:
    """Per pair (a[k] before b[k], indices into the distinct values' arrays): TRANSPOSED,
    ONE_DIGIT or NONE, as the module's rule says."""
    va, vb = value[a], value[b]
    scale = np.minimum(precision[a], precision[b])
    ok = (scale > 0) & (va != vb) & (va > 0) & (vb > 0)
    ok &= np.maximum(va, vb) / np.where(ok, scale, 1.0) <= MAX_DIGITS
    s = np.where(ok, scale, 1.0)
    # Only the values compared are cast: a price of 20 digits does not fit an int64.
    na, nb = integer_digits(np.where(ok, va, 0.0), s), integer_digits(np.where(ok, vb, 0.0), s)
    la, lb = digit_count(na), digit_count(nb)
    ok &= la == lb
    transposed = ok & (digits_key(na, la) == digits_key(nb, lb))
    same = ok & exact[a] & exact[b] & (precision[a] == precision[b]) & (u[a] == u[b])
    differing = sum(((na // t) % 10 != (nb // t) % 10).astype(np.int64) for t in TEN[:16])
    trailing = sum(((na % (t * 10)) == 0).astype(np.int64) for t in TEN[:16]) * (na > 0)
    one = same & (la - trailing >= 3) & (differing == 1)
    # Rounding and truncating one longer number, both written with a scale word.
    one &= ~(scaled(precision[a]) & scaled(precision[b]) & (np.abs(na - nb) == 1))
    return np.where(transposed, TRANSPOSED, np.where(one, ONE_DIGIT, NONE))


def digits_written(bound) -> np.ndarray:
    """Per figure (its `bound`), whether its value's digits were written: a range's value is the
    midpoint of its ends, digits nobody wrote ("18~21달러" holds 19.5, no slip of "20달러"), so a
    range takes no part in the rule."""
    return np.asarray(bound, dtype=object) != "range"


def slips_of_first(value, precision, exact, u) -> bool:
    """Whether the first figure of the arrays and any other of them are a digit slip
    (`relation`): the question "is this one a slip of another" asked against a group."""
    others = np.arange(1, len(value))
    rel = relation(value, precision, exact, u, np.zeros(len(others), np.int64), others)
    return bool((rel != NONE).any())
