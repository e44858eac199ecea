"""The array forms of who agrees (`model.agreement`, `checks.common.fact_groups`) against the
rules written out pair by pair here as oracles: small groups with ties, zero widths and
touching ends."""
import math
import statistics

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.checks.common import fact_groups
from reconcile.model.agreement import consensus, sweep


@st.composite
def intervals(draw):
    n = draw(st.integers(1, 12))
    g = np.array([draw(st.sampled_from([0, 3, 7])) for _ in range(n)])
    lo = np.array([float(draw(st.integers(0, 8))) for _ in range(n)])
    hi = lo + np.array([float(draw(st.integers(0, 3))) for _ in range(n)])
    return g, lo, hi


def covers(lo, hi, i, x) -> bool:
    """Half-open cover, a zero-width interval covering its own point."""
    return lo[i] <= x and (x < hi[i] or (hi[i] <= lo[i] and x == lo[i]))


@settings(max_examples=400, deadline=None)
@given(intervals())
def test_sweep_finds_the_lowest_point_covered_by_most_intervals(data):
    g, lo, hi = data
    point, count, agrees = sweep(g, lo, hi)
    for i in range(len(g)):
        mine = [j for j in range(len(g)) if g[j] == g[i]]
        cover = {lo[j]: sum(covers(lo, hi, k, lo[j]) for k in mine) for j in mine}
        most = max(cover.values())
        assert (point[i], count[i]) == (min(x for x, c in cover.items() if c == most), most)
        assert agrees[i] == covers(lo, hi, i, point[i])


@settings(max_examples=400, deadline=None)
@given(intervals(), st.lists(st.booleans(), min_size=12, max_size=12),
       st.lists(st.one_of(st.floats(-1e6, 1e6), st.just(math.nan)), min_size=12, max_size=12))
def test_consensus_is_the_intersection_and_median_of_the_agreeing(data, flags, values):
    g, lo, hi = data
    n = len(g)
    agrees, value = np.array(flags[:n]), np.array(values[:n])
    c_low, c_high, c_value = consensus(g, lo, hi, value, agrees)
    for i in range(n):
        mine = [j for j in range(n) if g[j] == g[i] and agrees[j]]
        points = [value[j] for j in mine if not math.isnan(value[j])]
        want = ((max(lo[j] for j in mine), min(hi[j] for j in mine),
                 statistics.median(points) if points else math.nan) if mine
                else (math.nan,) * 3)
        assert np.array_equal([c_low[i], c_high[i], c_value[i]], want, equal_nan=True)


DAYS = pd.to_datetime(["2023-01-01", "2023-01-03", "2023-01-05", "2023-02-01"])


@st.composite
def periods(draw):
    n = draw(st.integers(1, 12))
    rows = []
    for _ in range(n):
        a, b = sorted((draw(st.integers(0, 3)), draw(st.integers(0, 3))))
        rows.append((draw(st.sampled_from(["m", "m_b", "n"])), draw(st.sampled_from(["USD", "day"])),
                     DAYS[a], DAYS[b]))
    metric, unit, first, last = zip(*rows)
    return pd.DataFrame({"metric": metric, "c_unit": unit, "as_of_first": first,
                         "as_of_last": last}, index=[f"r{i}" for i in range(n)])


@settings(max_examples=400, deadline=None)
@given(periods())
def test_fact_groups_are_the_chains_of_overlapping_periods(df):
    # Oracle: figures of one metric and unit whose periods overlap (a shared day included) are
    # one fact, and so is everything linked through them.
    n = len(df)
    parent = list(range(n))

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i
    r = list(df.itertuples())
    for i in range(n):
        for j in range(n):
            if ((r[i].metric, r[i].c_unit) == (r[j].metric, r[j].c_unit)
                    and r[i].as_of_first <= r[j].as_of_last and r[j].as_of_first <= r[i].as_of_last):
                parent[find(i)] = find(j)
    got = fact_groups(df)
    assert list(got.index) == list(df.index)
    for i in range(n):
        for j in range(n):
            assert (got.iloc[i] == got.iloc[j]) == (find(i) == find(j))
