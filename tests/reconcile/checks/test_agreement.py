"""The columnar agreement helpers against the pairwise rule they replace, written out here as
the oracle: intervals of a few groups, with ties, zero widths, touching ends and NaN."""
import math

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.checks.common import _too_coarse, overlaps_any

ENDS = st.one_of(st.integers(0, 8).map(float), st.just(math.nan))


@st.composite
def intervals(draw):
    n = draw(st.integers(1, 12))
    rows = []
    for _ in range(n):
        a, b = draw(ENDS), draw(ENDS)
        lo, hi = (a, b) if math.isnan(a) or math.isnan(b) or a <= b else (b, a)
        rows.append((draw(st.integers(0, 2)), lo, hi, draw(st.booleans()), draw(st.booleans())))
    g, lo, hi, flag1, flag2 = zip(*rows)
    idx = pd.Index([f"r{i}" for i in range(n)])
    return (pd.Series(g, index=idx), pd.Series(lo, index=idx, dtype=float),
            pd.Series(hi, index=idx, dtype=float), pd.Series(flag1, index=idx),
            pd.Series(flag2, index=idx))


def meets(lo, hi, i, j) -> bool:
    return bool(lo.iloc[i] < hi.iloc[j] and lo.iloc[j] < hi.iloc[i])


def coarse_oracle(g, lo, hi, voters) -> list[bool]:
    """A voter meeting every other voter of its group while two of the others (or one with
    itself, a zero-width interval) do not meet."""
    out = []
    for k in range(len(g)):
        if not voters.iloc[k]:
            out.append(False)
            continue
        rest = [j for j in range(len(g)) if voters.iloc[j] and g.iloc[j] == g.iloc[k] and j != k]
        out.append(all(meets(lo, hi, k, j) for j in rest)
                   and any(not meets(lo, hi, i, j) for i in rest for j in rest))
    return out


# Both helpers against their pairwise rules on one drawn example: drawing the intervals costs
# more than either helper, so the two rules share each example.
@settings(max_examples=400, deadline=None)
@given(intervals())
def test_too_coarse_and_overlaps_any_are_the_pairwise_rules(data):
    g, lo, hi, voters, among = data
    assert _too_coarse(g, lo, hi, voters).tolist() == coarse_oracle(g, lo, hi, voters), \
        "_too_coarse"
    query = voters
    among = among & ~query
    want = [bool(query.iloc[i]) and any(among.iloc[j] and g.iloc[j] == g.iloc[i]
                                         and meets(lo, hi, i, j) for j in range(len(g)))
            for i in range(len(g))]
    assert overlaps_any(g, lo, hi, query, among).tolist() == want, "overlaps_any"


def test_too_coarse_at_twenty_thousand_voters_forms_no_pairs():
    # $1..$N billion, each touching the next, and one interval spanning them all: only that
    # one is coarse. The pairwise rule formed an N x N matrix (400 MB here) and a slice of it
    # per figure.
    n = 20_000
    g = pd.Series(np.zeros(n + 1, dtype=int))
    lo = pd.Series(np.r_[np.arange(n) + 0.5, 0.0])
    hi = pd.Series(np.r_[np.arange(n) + 1.5, n + 2.0])
    out = _too_coarse(g, lo, hi, pd.Series(True, index=g.index))
    assert out.tolist() == [False] * n + [True]
