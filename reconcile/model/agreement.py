"""Who agrees with whom: the largest agreeing set per fact, from one sweep over sorted endpoints.

Intervals agree when they overlap by more than a point: "$2 billion" ([1.5, 2.5]) and "$3 billion"
([2.5, 3.5]) would both have to be rounded to their limits to meet, and that is not agreement.
Sorting all endpoints once (ends before starts at the same value) and keeping a running count
gives, per group, the point covered by the most intervals: those intervals are the largest
agreeing set. No pairs are formed.
"""
from __future__ import annotations

import numpy as np
import pandas as pd


def sweep(groups: pd.Series, low: pd.Series, high: pd.Series) -> pd.DataFrame:
    """Per row: the group's best point, how many intervals share it, and whether this row does."""
    n = len(groups)
    gid = pd.factorize(groups)[0]
    lo = low.to_numpy(float)
    hi = high.to_numpy(float)
    # A zero-width interval still covers its point.
    hi = np.where(hi > lo, hi, lo + np.abs(lo) * 1e-12 + 1e-300)
    events = pd.DataFrame({
        "g": np.concatenate([gid, gid]),
        "x": np.concatenate([lo, hi]),
        "start": np.concatenate([np.ones(n, dtype=np.int8), np.zeros(n, dtype=np.int8)]),
        "d": np.concatenate([np.ones(n, dtype=np.int64), -np.ones(n, dtype=np.int64)]),
    }).sort_values(["g", "x", "start"], kind="mergesort")
    events["count"] = events.groupby("g")["d"].cumsum()
    best = events.loc[events.groupby("g")["count"].idxmax(), ["g", "x", "count"]].set_index("g")
    point = best["x"].reindex(gid).to_numpy()
    count = best["count"].reindex(gid).to_numpy()
    agrees = (lo <= point) & (point < hi)
    return pd.DataFrame({"point": point, "best_count": count, "agrees": agrees},
                        index=groups.index)


def consensus(groups: pd.Series, low: pd.Series, high: pd.Series, value: pd.Series,
              agrees: pd.Series) -> pd.DataFrame:
    """Per row: the intersection of its group's agreeing intervals and their median value."""
    members = pd.DataFrame({"g": groups, "low": low, "high": high, "value": value})[agrees]
    agg = members.groupby("g").agg(cons_low=("low", "max"), cons_high=("high", "min"),
                                   cons_value=("value", "median"))
    return agg.reindex(groups.to_numpy()).set_index(groups.index)
