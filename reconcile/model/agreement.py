"""Who agrees with whom: the largest agreeing set per fact, from one sweep over sorted endpoints.

Intervals agree when they overlap by more than a point: "$2 billion" ([1.5, 2.5]) and "$3 billion"
([2.5, 3.5]) would both have to be rounded to their limits to meet, and that is not agreement.
Sorting all endpoints once (ends before starts at the same value) and keeping a running count
gives, per group, the point covered by the most intervals: those intervals are the largest
agreeing set. No pairs are formed.

Everything here is arrays in, arrays out, one row per figure: `g` holds group numbers (any
integers), and a group's rows need not be next to each other.
"""
from __future__ import annotations

import numpy as np


def segments(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For sorted `keys`: the start of each run of equal keys, and each row's run number."""
    first = np.r_[True, keys[1:] != keys[:-1]] if len(keys) else np.zeros(0, bool)
    return np.flatnonzero(first), np.cumsum(first) - 1


def sweep(g: np.ndarray, low: np.ndarray, high: np.ndarray) -> tuple[np.ndarray, ...]:
    """Per row: the group's best point, how many intervals share it, and whether this row does."""
    n = len(g)
    lo = np.asarray(low, float)
    hi = np.asarray(high, float)
    if n == 0:
        return np.zeros(0), np.zeros(0, np.int64), np.zeros(0, bool)
    # A zero-width interval still covers its point.
    hi = np.where(hi > lo, hi, lo + np.abs(lo) * 1e-12 + 1e-300)
    eg = np.concatenate([g, g])
    ex = np.concatenate([lo, hi])
    start = np.r_[np.ones(n, np.int8), np.zeros(n, np.int8)]
    # Stable: by group, then value, ends (start 0) before starts; NaN values last in a group.
    order = np.lexsort((start, ex, eg))
    # Each group's starts and ends cancel, so one running sum counts within every group.
    count = np.cumsum(np.where(start[order] == 1, 1, -1))
    seg_start, seg = segments(eg[order])
    top = np.maximum.reduceat(count, seg_start)
    # The first event of each group at its highest count.
    at_top = np.flatnonzero(count == top[seg])
    best = at_top[np.r_[True, seg[at_top][1:] != seg[at_top][:-1]]]
    # Back to rows: the run of the group of each row's low end.
    where = np.empty(2 * n, np.int64)
    where[order] = np.arange(2 * n)
    run = seg[where[:n]]
    point = ex[order][best][run]
    n_best = count[best][run]
    return point, n_best, (lo <= point) & (point < hi)


def consensus(g: np.ndarray, low: np.ndarray, high: np.ndarray, value: np.ndarray,
              agrees: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row: the intersection of its group's agreeing intervals and their median value (NaN
    ignored; all NaN for a group with no agreeing row)."""
    n = len(g)
    out = [np.full(n, np.nan) for _ in range(3)]
    rows = np.flatnonzero(agrees)
    if not len(rows):
        return tuple(out)
    v = np.asarray(value, float)[rows]
    # By group, values ascending with NaN after them: the median is read off the middle.
    order = np.lexsort((v, g[rows]))
    rows, v = rows[order], v[order]
    seg_start, seg = segments(g[rows])
    lo = np.fmax.reduceat(np.asarray(low, float)[rows], seg_start)
    hi = np.fmin.reduceat(np.asarray(high, float)[rows], seg_start)
    valid = np.add.reduceat((~np.isnan(v)).astype(np.int64), seg_start)
    mid = seg_start + np.maximum(valid - 1, 0) // 2
    upper = seg_start + valid // 2
    median = np.where(valid > 0, (v[mid] + v[upper]) / 2, np.nan)
    median = np.where(valid % 2 == 1, v[mid], median)
    # Spread each group's values to all its rows, agreeing or not.
    keys = g[rows][seg_start]               # ascending: the groups were the first sort key
    at = np.minimum(np.searchsorted(keys, g), len(keys) - 1)
    found = keys[at] == g
    for o, vals in zip(out, (lo, hi, median)):
        o[found] = vals[at[found]]
    return tuple(out)
