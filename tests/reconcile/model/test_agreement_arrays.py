"""The array forms of who agrees (`model.agreement`, `checks.common.fact_groups`) against the
rules written out pair by pair here as oracles: small groups with ties, zero widths and
touching ends."""
import math
import statistics
from contextlib import contextmanager

import numpy as np
import pandas as pd
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reconcile.checks.common import _codes_sorted, fact_groups
from reconcile.model import agreement
from reconcile.model.agreement import (
    Events,
    among,
    consensus,
    dense_rank,
    intersection,
    stable_order,
    sweep,
)
from tests.helpers import examples


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


@settings(max_examples=examples(120), deadline=None)
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


@st.composite
def rough_intervals(draw):
    """Groups far apart or negative, ends negative, signed zero, infinite or NaN, equal ends."""
    n = draw(st.integers(1, 12))
    scale = draw(st.sampled_from([1, 10 ** 15]))
    g = np.array([draw(st.integers(-2, 2)) * scale for _ in range(n)])
    ends = st.sampled_from([-3.0, -0.0, 0.0, 1.0, 2.5, 1e300, math.nan, -math.inf, math.inf])
    lo = np.array([draw(ends) for _ in range(n)])
    hi = lo + np.array([draw(st.sampled_from([0.0, 1.0, 2.0, math.inf, math.nan]))
                        for _ in range(n)])
    keep = np.array([draw(st.booleans()) for _ in range(n)])
    return g, lo, hi, np.flatnonzero(keep)


def sweep_oracle(g, lo, hi, witness=None):
    """Per row, pair by pair: the lowest end of its group covered by the most intervals (by the
    most witnesses, then the most intervals, when `witness` names each row's article, -1 for
    none), that count, and whether the row covers it. A NaN end comes after every value: an
    interval with a NaN high end is never left, though it covers no point itself."""
    hi = np.where(hi > lo, hi, lo + np.abs(lo) * 1e-12 + 1e-300)
    # Without an article, each row is its own witness.
    who = [k if witness is None or witness[k] < 0 else ("article", witness[k])
           for k in range(len(g))]
    out = []
    for i in range(len(g)):
        mine = [j for j in range(len(g)) if g[j] == g[i]]

        def count(x, mine=mine):
            cover = [k for k in mine if lo[k] <= x and (x < hi[k] or math.isnan(hi[k]))]
            return (len({who[k] for k in cover}), len(cover))
        points = sorted({v for j in mine for v in (lo[j], hi[j]) if not math.isnan(v)})
        counts = [count(x) for x in points]
        best = max(counts, default=(0, 0))
        if best[0] == 0:    # nothing covers a point: the first event (a NaN one if that is all)
            out.append(None)
            continue
        x = points[counts.index(best)]
        out.append((x, best[0], bool(lo[i] <= x and x < hi[i]), best[1]))
    return out


@settings(max_examples=examples(120), deadline=None)
@given(rough_intervals())
def test_a_sweep_over_some_rows_of_the_sorted_events_is_a_sweep_of_those_rows(data):
    # The events are sorted once; a subset filters that order. It must answer as the rows would
    # alone, and as the oracle, wherever some point is covered.
    g, lo, hi, rows = data
    with np.errstate(invalid="ignore"):
        got = Events(g, lo, hi).sweep(rows)
        alone = sweep(g[rows], lo[rows], hi[rows])
        want = sweep_oracle(g[rows], lo[rows], hi[rows])
        # The events laid out by group before their sort: the same order, so the same answer.
        laid_out = Events(g, lo, hi, np.argsort(g, kind="stable")).sweep(rows)
    for a, b, c in zip(got, alone, laid_out):
        assert np.array_equal(a, b, equal_nan=True)
        assert np.array_equal(a, c, equal_nan=True)
    for i, w in enumerate(want):
        if w is not None:
            assert (got[0][i], got[1][i], bool(got[2][i])) == w[:3]


@settings(max_examples=examples(200), deadline=None)
@given(rough_intervals(), st.data())
def test_a_sweep_counts_each_article_once_at_a_point(data, draw):
    # Rows of one article (a source) covering one point are one witness there; rows of no known
    # article are each their own.
    g, lo, hi, rows = data
    witness = np.array([draw.draw(st.sampled_from([-1, 0, 1])) for _ in range(len(g))])
    with np.errstate(invalid="ignore"):
        got = Events(g, lo, hi, witness=witness).sweep(rows)
        alone = Events(g[rows], lo[rows], hi[rows], witness=witness[rows]).sweep()
        want = sweep_oracle(g[rows], lo[rows], hi[rows], witness[rows])
    for a, b in zip(got, alone):
        assert np.array_equal(a, b, equal_nan=True)
    for i, w in enumerate(want):
        if w is not None:
            assert (got[0][i], got[1][i], bool(got[2][i])) == w[:3]
    # Ranked, the count is the witnesses in multiples of `scale`, the figures the rest.
    events = Events(g, lo, hi, witness=witness)
    with np.errstate(invalid="ignore"):
        ranked = events.sweep(rows, ranked=True)[1]
    for i, w in enumerate(want):
        if w is not None:
            assert ranked[i] == (w[1] * events.scale + w[3] if events.scale > 1 else w[1])


@contextmanager
def _every_group_mixed():
    """Events made inside count every group's witnesses, as a group of several articles is
    counted: the shortcut for a group of one article, or of figures each its own, is off."""
    kinds = agreement._witness_kinds

    def mixed(*args):
        found = kinds(*args)
        return None if found is None else (np.full_like(found[0], agreement.MIXED), found[1])
    agreement._witness_kinds = mixed
    try:
        yield
    finally:
        agreement._witness_kinds = kinds


@settings(max_examples=examples(300), deadline=None)
@given(rough_intervals(), st.data())
def test_groups_of_one_article_or_each_its_own_sweep_as_the_witness_count_does(data, draw):
    # A group whose figures are all one article's, or each its own, skips counting witnesses
    # (they rise with its figures): it must answer as the count of witnesses does.
    g, lo, hi, rows = data
    witness = np.array([draw.draw(st.sampled_from([-1, 0, 1, 2])) for _ in range(len(g))])
    with np.errstate(invalid="ignore"):
        fast = Events(g, lo, hi, witness=witness)
        got = [fast.sweep(r, ranked) for r in (None, rows) for ranked in (False, True)]
        with _every_group_mixed():
            full = Events(g, lo, hi, witness=witness)
            want = [full.sweep(r, ranked) for r in (None, rows) for ranked in (False, True)]
    assert fast.scale == full.scale
    for a, b in zip(got, want):
        for x, y in zip(a, b):
            assert np.array_equal(x, y, equal_nan=True)


@settings(max_examples=examples(300), deadline=None)
@given(rough_intervals(), st.data())
def test_the_count_along_a_sweep_peaks_at_each_start_as_the_witnesses_there(data, draw):
    # `covering`, read at the starts: of the starts at one point, the highest count is the
    # witnesses of the rows that cover that point, pair by pair, and no event counts more. A
    # group of one article or each its own is counted there as a mixed one would be.
    g, lo, hi, rows = data
    witness = np.array([draw.draw(st.sampled_from([-1, 0, 1, 2])) for _ in range(len(g))])
    with np.errstate(invalid="ignore"):
        row, start, count = Events(g, lo, hi, witness=witness).covering(rows)
        with _every_group_mixed():
            mixed = Events(g, lo, hi, witness=witness).covering(rows)
    # At a start, as a mixed group counts; past an unknown end (its events sort last, ends
    # first) the count is no witness: zero or below, however far below.
    assert np.array_equal(row, mixed[0]) and np.array_equal(start, mixed[1])
    assert np.array_equal(np.maximum(count[start], 0), np.maximum(mixed[2][start], 0))
    assert sorted(row[start].tolist()) == sorted(rows.tolist())
    with np.errstate(invalid="ignore"):
        wide = np.where(hi > lo, hi, lo + np.abs(lo) * 1e-12 + 1e-300)
    who = [k if witness[k] < 0 else ("article", witness[k]) for k in range(len(g))]

    def witnesses(grp, x):
        return len({who[k] for k in rows if g[k] == grp and lo[k] <= x
                    and (x < wide[k] or math.isnan(wide[k]))})
    peak = {}
    for i, c in zip(row[start].tolist(), count[start].tolist()):
        if not math.isnan(lo[i]):
            peak[g[i], lo[i]] = max(peak.get((g[i], lo[i]), c), c)
    for (grp, x), c in peak.items():
        assert c == witnesses(grp, x)
    for grp in set(g[rows].tolist()):
        most = max([witnesses(grp, x) for at, x in peak if at == grp], default=0)
        assert max(count[g[row] == grp].max(), 0) == most


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([0, 1, 5, 2 ** 40, 2 ** 62, -1]), max_size=12))
def test_stable_order_is_numpys_stable_argsort_ties_in_position_order(values):
    # Keys large or negative enough to overflow the packed sort take the stable sort itself.
    key = np.array(values, dtype=np.int64)
    assert stable_order(key).tolist() == np.argsort(key, kind="stable").tolist()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 6), max_size=40).flatmap(
    lambda keys: st.tuples(st.just(keys), st.permutations(range(len(keys))))))
def test_stable_order_is_the_same_whatever_layout_it_is_handed(data):
    # `near` only speeds the sort: any permutation of the positions gives the one stable order
    # (ties still in position order, not in the layout's).
    values, near = data
    key = np.array(values, dtype=np.int64)
    want = np.argsort(key, kind="stable").tolist()
    assert stable_order(key, np.array(near, dtype=np.intp)).tolist() == want
    assert stable_order(key, np.argsort(key // 2, kind="stable")).tolist() == want


@settings(max_examples=200, deadline=None)
@given(st.lists(st.booleans(), max_size=30).flatmap(
    lambda keep: st.tuples(st.just(keep), st.permutations(range(len(keep))))))
def test_among_lays_out_a_subset_as_the_whole_is_laid_out(data):
    keep, by_group = data
    rows = np.flatnonzero(np.array(keep, dtype=bool))
    want = [rows.tolist().index(p) for p in by_group if keep[p]]
    assert among(np.array(by_group, dtype=np.intp), rows).tolist() == want
    assert among(None, rows) is None


def test_stable_order_numbers_rows_past_its_first_block():
    # More rows than one block of row numbers, few distinct keys: ties run across the blocks.
    key = np.random.default_rng(7).integers(0, 50, 200_000)
    assert (stable_order(key) == np.argsort(key, kind="stable")).all()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([-2.0, -0.0, 0.0, 1.5, math.nan, math.inf]), max_size=10))
def test_dense_rank_orders_the_distinct_values_with_nan_last_as_one(values):
    x = np.array(values, float)
    rank, n = dense_rank(x)
    distinct = sorted({v for v in values if not math.isnan(v)}) + (
        [math.nan] if any(math.isnan(v) for v in values) else [])
    assert n == len(distinct)
    for v, r in zip(values, rank):
        assert r == (len(distinct) - 1 if math.isnan(v) else distinct.index(v))


@settings(max_examples=examples(120), deadline=None)
@given(intervals(), st.lists(st.booleans(), min_size=12, max_size=12),
       st.lists(st.one_of(st.floats(-1e6, 1e6), st.just(math.nan)), min_size=12, max_size=12))
def test_consensus_is_the_intersection_and_median_of_the_agreeing(data, flags, values):
    g, lo, hi = data
    n = len(g)
    agrees, value = np.array(flags[:n]), np.array(values[:n])
    c_low, c_high, c_value = consensus(g, lo, hi, value, agrees)
    laid_out = consensus(g, lo, hi, value, agrees, np.argsort(g, kind="stable"))
    assert np.array_equal((c_low, c_high, c_value), laid_out, equal_nan=True)
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


@settings(max_examples=examples(120), deadline=None)
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


@settings(max_examples=examples(120), deadline=None)
@given(intervals(), st.lists(st.booleans(), min_size=12, max_size=12))
def test_intersection_is_that_of_the_agreeing_intervals_of_each_group(data, flags):
    g, lo, hi = data
    n = len(g)
    agrees = np.array(flags[:n])
    # Small group numbers are looked up in a table, numbers far apart searched: both spread.
    for groups in (g, g * 10 ** 15):
        c_low, c_high = intersection(groups, lo, hi, agrees)
        assert np.array_equal(intersection(groups, lo, hi, agrees,
                                           np.argsort(groups, kind="stable")), (c_low, c_high),
                              equal_nan=True)
        assert np.array_equal(consensus(groups, lo, hi, lo, agrees)[:2], (c_low, c_high),
                              equal_nan=True)
        for i in range(n):
            mine = [j for j in range(n) if g[j] == g[i] and agrees[j]]
            want = ((max(lo[j] for j in mine), min(hi[j] for j in mine)) if mine
                    else (math.nan,) * 2)
            assert np.array_equal([c_low[i], c_high[i]], want, equal_nan=True)


@settings(max_examples=examples(120), deadline=None)
@example(["b", "a\0", None, "가", "a"])
@given(st.lists(st.one_of(st.text(alphabet="ab가\0\x7f", max_size=3), st.none()), min_size=1,
                max_size=12))
def test_text_codes_sort_as_python_sorts_text_with_missing_last(values):
    codes = _codes_sorted(np.array(values, dtype=object))
    distinct = sorted({v for v in values if v is not None})
    assert codes.tolist() == [len(distinct) if v is None else distinct.index(v) for v in values]


def test_stable_order_of_fractions_is_the_stable_sort_not_their_whole_parts():
    key = np.array([0.5, 0.2, 0.5, 0.1])
    assert stable_order(key).tolist() == [3, 1, 0, 2]
