"""`_digit_dropped` finds, by lookup, exactly the pairs of units a test of every pair finds: one
digit string the other's with one digit left out, three digits or more kept, in one currency
family."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.scan.grouping import DROPPED_DIGIT_MIN, _digit_dropped


def _one_digit_dropped(a: str, b: str) -> bool:
    """The pairwise test, as written before the lookup."""
    short, long = sorted((a, b), key=len)
    if len(short) < DROPPED_DIGIT_MIN or len(long) != len(short) + 1:
        return False
    return any(long[:k] + long[k + 1:] == short for k in range(len(long)))


def _pairwise(digits):
    return [[any(_one_digit_dropped(a, b) for c, a in digits[k] for d, b in digits[j] if c == d)
             for j in range(len(digits))] for k in range(len(digits))]


# few digits and families, so that near pairs are common
_UNIT = st.sets(st.tuples(st.sampled_from(["USD", "KRW", ""]),
                          st.text(alphabet="0127", max_size=6)), max_size=4)


@settings(max_examples=400, deadline=None)
@given(st.lists(_UNIT, max_size=12))
def test_lookup_agrees_with_every_pair_tested(digits):
    assert _digit_dropped(digits).tolist() == _pairwise(digits)


def test_known_pairs():
    digits = [{("USD", "2074")}, {("USD", "274")}, {("KRW", "274")}, {("USD", "74")},
              {("USD", "207")}, {("USD", "20740")}]
    got = _digit_dropped(digits).tolist()
    assert got == _pairwise(digits)
    assert got[0][1] and got[1][0]          # 2074 / 274, one family
    assert not got[0][2]                    # another family
    assert not got[1][3]                    # '74' keeps two digits only
    assert got[0][4] and got[0][5]          # 2074 / 207 and 2074 / 20740
    assert not got[1][5]                    # two digits apart
