"""Who agrees with whom: the largest agreeing set per fact, from one sweep over sorted endpoints.

Intervals agree when they overlap by more than a point: "$2 billion" ([1.5, 2.5]) and "$3 billion"
([2.5, 3.5]) would both have to be rounded to their limits to meet, and that is not agreement.
Sorting all endpoints once (ends before starts at the same value) and keeping a running count
gives, per group, the point covered by the most intervals: those intervals are the largest
agreeing set. No pairs are formed.

A witness is one article: its figures that meet one another are one statement, so each point
counts the witnesses covering it, not the figures (`Events`' `witness`).

Everything here is arrays in, arrays out, one row per figure: `g` holds group numbers (any
integers), and a group's rows need not be next to each other.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from reconcile.model.distinct import WIDEST_KEY


def segments(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For sorted `keys`: the start of each run of equal keys, and each row's run number."""
    first = np.r_[True, keys[1:] != keys[:-1]] if len(keys) else np.zeros(0, bool)
    return np.flatnonzero(first), np.cumsum(first) - 1


def sweep(g: np.ndarray, low: np.ndarray, high: np.ndarray) -> tuple[np.ndarray, ...]:
    """Per row: the group's best point, how many intervals share it, and whether this row does."""
    return Events(g, low, high).sweep()


class Events:
    """The two ends of every row's interval, sorted once by group, value, ends before starts
    (NaN values last in a group): a sweep over any subset of the rows filters this order, which
    keeps it sorted, instead of sorting again. `by_group`: the positions with each group's rows
    together, groups in order, when the caller has them (the sort is then faster). `witness`:
    per row, a code naming its article (-1 for none known: the row is its own witness); a
    sweep counts at each point the witnesses covering it."""

    def __init__(self, g: np.ndarray, low: np.ndarray, high: np.ndarray,
                 by_group: np.ndarray | None = None,
                 witness: np.ndarray | None = None) -> None:
        self.g = np.asarray(g)
        n = len(self.g)
        self.lo = np.asarray(low, float)
        hi = np.asarray(high, float)
        # A zero-width interval still covers its point.
        with np.errstate(invalid="ignore"):
            self.hi = np.where(hi > self.lo, hi, self.lo + np.abs(self.lo) * 1e-12 + 1e-300)
        ex = np.concatenate([self.lo, self.hi])
        start = np.r_[np.ones(n, np.int8), np.zeros(n, np.int8)]
        # Events equal in group, value and kind are interchangeable: the counts of a sweep do
        # not tell them apart, so the sort need not be stable.
        near = None
        if by_group is not None:        # each row's two events side by side, rows by group
            near = np.empty(2 * n, np.intp)
            near[0::2], near[1::2] = by_group, by_group + n
        order = group_order(np.concatenate([self.g, self.g]), ex, start, near)
        starts = order < n
        self._row = np.where(starts, order, order - n)
        self._x = ex[order]
        # Read by every sweep: each event's group as the number of its run in this order (a
        # subset's events keep the runs' bounds), and its step of the running count.
        run_starts, self._event_run = segments(self.g[self._row])
        self._runs = len(run_starts)
        self._step = np.where(starts, 1, -1).astype(np.int8)
        # Each row's run: a sweep's answers per run are read at it through a table.
        self._run = np.empty(n, np.int64)
        self._run[self._row[starts]] = self._event_run[starts]
        kinds = _witness_kinds(self._run, self._runs, witness)
        # A ranked count's witnesses are its multiples of `scale`, its figures the rest.
        self.scale = 1 if kinds is None else n + 1
        self._kind = self._mixed = self._by_witness = None
        if kinds is not None:
            self._kind, key = kinds
            # Only a mixed group's events are swept for witnesses: their positions in sweep
            # order, and those laid out by witness, sweep order kept within each witness.
            self._mixed = np.flatnonzero(self._kind[self._event_run] == MIXED)
            self._by_witness = stable_order(key[self._row[self._mixed]])

    def sweep(self, rows: np.ndarray | None = None,
              ranked: bool = False) -> tuple[np.ndarray, ...]:
        """Per row of `rows` (positions; all rows when None), as `sweep` among those rows;
        `ranked`: the count as witnesses times `scale` plus figures, comparable between
        sweeps."""
        if rows is None:
            rows = np.arange(len(self.g))
        if not len(rows):
            return np.zeros(0), np.zeros(0, np.int64), np.zeros(0, bool)
        keep, runs, count = self._counts(rows)
        seg_start, seg = segments(runs)
        top = np.maximum.reduceat(count, seg_start)
        # The first event of each group at its highest count.
        at_top = np.flatnonzero(count == top[seg])
        best = at_top[np.r_[True, seg[at_top][1:] != seg[at_top][:-1]]]
        # Back to rows by each group's run: a table per run (every row's group has events
        # here), not a scatter of the events' runs over the rows.
        # Only the best events' values are read: the subset's are not copied.
        point, n_best = np.empty(self._runs), np.empty(self._runs, np.int64)
        group = runs[seg_start]
        point[group] = self._x[best if keep is None else keep[best]]
        found = count[best]
        if self._kind is not None:
            # Outside a mixed group, the witnesses at the best point are its figures when each
            # is its own article's, one (when any) when all are one article's.
            kind = self._kind[group]
            found = np.where(kind == MIXED, found, found + self.scale * np.where(
                kind == ONE, found > 0, found))
        n_best[group] = found if ranked else found // self.scale
        run = self._run[rows]
        point, n_best = point[run], n_best[run]
        return point, n_best, (self.lo[rows] <= point) & (point < self.hi[rows])

    def covering(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The events of a sweep among `rows` (positions), in its order: each one's row, whether
        it is a start, and how many witnesses of those rows cover the point just after it (a
        figure of no known article is its own). Past an unknown end, zero or below: those events
        sort last, ends first."""
        keep, runs, count = self._counts(rows)
        row, start = (self._row, self._step > 0) if keep is None else \
            (self._row[keep], self._step[keep] > 0)
        if self._kind is None:
            return row, start, count
        # As `sweep` reads its best count: in a mixed group the witnesses are the multiples of
        # `scale`; in any other they are its figures, or one when all are one article's.
        kind = self._kind[runs]
        return row, start, np.where(kind == MIXED, count // self.scale,
                                    np.where(kind == ONE, count > 0, count))

    def _counts(self, rows: np.ndarray) -> tuple[np.ndarray | None, np.ndarray, np.ndarray]:
        """The sweep among `rows` (positions): its events (positions in the sorted order; None
        for all), their groups' runs, and the ranked count after each (witnesses times `scale`
        plus figures in a mixed group, figures in any other)."""
        keep = chosen = None
        runs, step = self._event_run, self._step
        if len(rows) < len(self.g):     # a subset (positions are distinct): its events
            chosen = np.zeros(len(self.g), bool)
            chosen[rows] = True
            keep = np.flatnonzero(chosen[self._row])
            runs, step = runs[keep], step[keep]
        # Each group's starts and ends cancel, so one running sum counts within every group.
        count = np.cumsum(step, dtype=np.int64)
        if self._mixed is not None and len(self._mixed):
            # Witnesses first, then figures: of the points as many articles cover, the one
            # most of their figures share (an article's headline and body agreeing is not a
            # conflict within it). Counted in a mixed group only: in any other the witnesses
            # rise with the figures, so the figures alone find the same best point.
            at, witnesses = self._witness_counts(keep, chosen)
            count[at] += witnesses * self.scale
        return keep, runs, count

    def _witness_counts(self, keep: np.ndarray | None,
                        chosen: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """The witnesses covering each mixed group's event of the sweep (`keep`: its events,
        all when None; `chosen`: its rows), and those events' places in it."""
        mixed, order = self._mixed, self._by_witness
        step = self._step[mixed]
        if keep is not None:
            inside = chosen[self._row[mixed]]
            step = np.where(inside, step, 0).astype(np.int8)
        # In witness order each witness's events are a run in sweep order whose steps cancel:
        # one running sum is every witness's own count; a witness steps the count where its
        # own leaves or reaches zero.
        own = np.cumsum(step[order], dtype=np.int64)
        moved = (own > 0).astype(np.int8)
        moved[1:] -= (own[:-1] > 0)
        steps = np.empty(len(step), np.int8)
        steps[order] = moved
        count = np.cumsum(steps, dtype=np.int64)
        if keep is None:
            return mixed, count
        return np.searchsorted(keep, mixed[inside]), count[inside]


# What the witnesses of a group's figures are: each figure its own article's, all one
# article's, or neither (`_witness_kinds`).
EACH, ONE, MIXED = 0, 1, 2


def _witness_kinds(run: np.ndarray, runs: int,
                   witness: np.ndarray | None) -> tuple[np.ndarray, np.ndarray] | None:
    """Per group run (`run`: each row's, of `runs`), which kind of witnesses its figures have
    (`EACH`, `ONE`, `MIXED`), and per row a code of its witness within its group; None when
    no witness holds two rows of a group (nothing to merge)."""
    if witness is None or not len(run):
        return None
    w = np.asarray(witness, np.int64)
    # A row of no known article is a witness of its own.
    w = np.where(w < 0, w.max(initial=0) + 1 + np.arange(len(w)), w)
    # A witness is an article within one group: its code packed with the group's run, numbered
    # in any order (only its rows' being together matters).
    key = pd.factorize(run * (int(w.max()) + 1) + w)[0]
    size = np.bincount(key)
    if size.max() <= 1:
        return None
    key_run = np.empty(len(size), np.int64)
    key_run[key] = run
    n_witnesses = np.bincount(key_run, minlength=runs)
    n_rows = np.bincount(run, minlength=runs)
    kind = np.where(n_witnesses == n_rows, EACH, np.where(n_witnesses == 1, ONE, MIXED))
    return kind.astype(np.int8), key


def dense_rank(x: np.ndarray) -> tuple[np.ndarray, int]:
    """Per value, its rank among the distinct values (0 for the smallest; NaN after all, as one
    value), and how many ranks there are."""
    # Hashed, and only the distinct values sorted: the ends of a million intervals hold a few
    # thousand values (a sort of them all took three times as long).
    codes, uniques = pd.factorize(x, sort=True)
    n = len(uniques)
    if n < len(x) and (codes < 0).any():       # NaN (code -1) ranks last, as one value
        return np.where(codes < 0, n, codes), n + 1
    return codes, n


# Rows numbered a block at a time by `stable_order`.
_BLOCK = 1 << 16


def stable_order(key: np.ndarray, near: np.ndarray | None = None) -> np.ndarray:
    """`np.argsort(key, kind="stable")` of integers: each key with its position
    packed into one int64 and sorted by value (numpy's stable sort of a million int64 keys took
    fifteen times as long as a plain sort of them); the stable sort when they would overflow.
    `near`: a permutation of the positions that puts the keys nearly in order (`by_group`, the
    rows of each group together, groups in order), when the caller has one; the order is the
    same with or without it, only found faster."""
    n = len(key)
    if (not n or key.dtype.kind not in "iub" or int(key.min()) < 0
            or int(key.max()) >= (2 ** 63 - 1) // n - 1):
        return np.argsort(key, kind="stable")
    # Distinct packed values: any sort gives the one order, ties kept in position order.
    if near is not None:
        # Laid out nearly sorted, the packed values are merged by timsort in a few passes over
        # short runs: 2M events 0.024 s against 0.11 s for numpy's quicksort of them in row
        # order (this numpy sorts int64 without SIMD). No temporary: `near` is the positions.
        packed = key[near].astype(np.int64, copy=False)
        packed *= n
        packed += near
        packed.sort(kind="stable")
    else:
        # Built in place, the row numbers added a block at a time: a whole temporary array of
        # them (16 MB for the sweep's 2M events) left the report's heap 13 MB higher at its
        # peak.
        packed = key.astype(np.int64)
        packed *= n
        for lo in range(0, n, _BLOCK):
            packed[lo:lo + _BLOCK] += np.arange(lo, min(lo + _BLOCK, n))
        packed.sort()
    packed %= n
    return packed


def group_order(g: np.ndarray, x: np.ndarray, flag: np.ndarray | None = None,
                near: np.ndarray | None = None) -> np.ndarray:
    """Positions sorted by group, then `x` (NaN last), then `flag` (0 before 1): one sort of one
    integer key, not a lexsort (a stable sort per key, whose scattered reads grow faster than the
    rows). Rows equal in all keys come in position order, though callers must not rely on it.
    `near`: the positions by group, as `stable_order` takes it."""
    x_rank, n_x = dense_rank(np.asarray(x))
    g = np.asarray(g)
    lo, hi = (int(g.min()), int(g.max())) if len(g) else (0, 0)
    if g.dtype.kind in "iu" and (hi - lo + 1) * n_x * 2 < WIDEST_KEY:
        g_rank = g.astype(np.int64) - lo
    else:                   # group numbers too far apart (or not integers) to take as they are
        g_rank = dense_rank(g)[0]
    key = g_rank * n_x + x_rank
    # Ties in position order, as a sort of packed keys gives them at no cost.
    return stable_order(key if flag is None else key * 2 + flag, near)


def among(by_group: np.ndarray | None, rows: np.ndarray) -> np.ndarray | None:
    """The positions in `rows` (ascending positions of a subset) laid out as `by_group` lays out
    all positions: the subset's own `near` for `stable_order` (None without `by_group`)."""
    if by_group is None:
        return None
    at = np.full(len(by_group), -1, np.intp)
    at[rows] = np.arange(len(rows))
    at = at[by_group]
    return at[at >= 0]


def consensus(g: np.ndarray, low: np.ndarray, high: np.ndarray, value: np.ndarray,
              agrees: np.ndarray, by_group: np.ndarray | None = None
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row: the intersection of its group's agreeing intervals and their median value (NaN
    ignored; all NaN for a group with no agreeing row). `by_group`: the positions with each
    group's rows together, groups in order, when the caller has them (a faster sort)."""
    rows = np.flatnonzero(agrees)
    if not len(rows):
        return tuple(np.full(len(g), np.nan) for _ in range(3))
    v = np.asarray(value, float)[rows]
    # By group, values ascending with NaN after them: the median is read off the middle (equal
    # values in any order).
    order = group_order(g[rows], v, near=among(by_group, rows))
    rows, v = rows[order], v[order]
    seg_start, _ = segments(g[rows])
    valid = np.add.reduceat((~np.isnan(v)).astype(np.int64), seg_start)
    mid = seg_start + np.maximum(valid - 1, 0) // 2
    upper = seg_start + valid // 2
    median = np.where(valid > 0, (v[mid] + v[upper]) / 2, np.nan)
    median = np.where(valid % 2 == 1, v[mid], median)
    return _spread(g, rows, seg_start, low, high, median)


def intersection(g: np.ndarray, low: np.ndarray, high: np.ndarray, agrees: np.ndarray,
                 by_group: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """`consensus` without the median: per row, the intersection of its group's agreeing
    intervals (one sort by group, none by value)."""
    rows = np.flatnonzero(agrees)
    if not len(rows):
        return tuple(np.full(len(g), np.nan) for _ in range(2))
    rows = rows[stable_order(g[rows], among(by_group, rows))]
    return _spread(g, rows, segments(g[rows])[0], low, high)


def _spread(g: np.ndarray, rows: np.ndarray, seg_start: np.ndarray, low: np.ndarray,
            high: np.ndarray, *more: np.ndarray) -> tuple[np.ndarray, ...]:
    """Per row of `g`: the intersection of the intervals of `rows` (sorted by group, each group
    a run starting at `seg_start`) of its group, and each of `more` (one value per run)."""
    lo = np.fmax.reduceat(np.asarray(low, float)[rows], seg_start)
    hi = np.fmin.reduceat(np.asarray(high, float)[rows], seg_start)
    keys = g[rows][seg_start]               # ascending: the groups were the first sort key
    out = [np.full(len(g), np.nan) for _ in range(2 + len(more))]
    if g.dtype.kind in "iu" and keys.min() >= 0 and g.max() < 4 * len(g) + 1024:
        # Small group numbers (`fact_groups`'): a table from group to run, not a search.
        run = np.full(max(int(g.max()), int(keys.max())) + 1, -1)
        run[keys] = np.arange(len(keys))
        at = run[np.where(g >= 0, g, 0)]
        found = (at >= 0) & (g >= 0)
    else:
        at = np.minimum(np.searchsorted(keys, g), len(keys) - 1)
        found = keys[at] == g
    for o, vals in zip(out, (lo, hi, *more)):
        o[found] = vals[at[found]]
    return tuple(out)
