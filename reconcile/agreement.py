"""The largest set of intervals that agree, per group: one sweep over sorted endpoints.

Intervals agree when they share a point. Sorting all endpoints once (starts before ends at the same
value, since intervals are closed) and keeping a running count gives, per group, the point covered by
the most intervals: those intervals are the largest agreeing set. No pairs are formed.
"""
from __future__ import annotations

import numpy as np
import pandas as pd


def sweep(groups: pd.Series, low: pd.Series, high: pd.Series) -> pd.DataFrame:
    """Per row: the group's best point, how many intervals share it, and whether this row does."""
    n = len(groups)
    gid = pd.factorize(groups)[0]
    events = pd.DataFrame({
        "g": np.concatenate([gid, gid]),
        "x": np.concatenate([low.to_numpy(float), high.to_numpy(float)]),
        "end": np.concatenate([np.zeros(n, dtype=np.int8), np.ones(n, dtype=np.int8)]),
        "d": np.concatenate([np.ones(n, dtype=np.int64), -np.ones(n, dtype=np.int64)]),
    }).sort_values(["g", "x", "end"], kind="mergesort")
    events["count"] = events.groupby("g")["d"].cumsum()
    best = events.loc[events.groupby("g")["count"].idxmax(), ["g", "x", "count"]].set_index("g")
    point = best["x"].reindex(gid).to_numpy()
    count = best["count"].reindex(gid).to_numpy()
    agrees = (low.to_numpy(float) <= point) & (point <= high.to_numpy(float))
    return pd.DataFrame({"point": point, "best_count": count, "agrees": agrees},
                        index=groups.index)


def consensus(groups: pd.Series, low: pd.Series, high: pd.Series, value: pd.Series,
              agrees: pd.Series) -> pd.DataFrame:
    """Per row: the intersection of its group's agreeing intervals and their median value."""
    members = pd.DataFrame({"g": groups, "low": low, "high": high, "value": value})[agrees]
    agg = members.groupby("g").agg(cons_low=("low", "max"), cons_high=("high", "min"),
                                   cons_value=("value", "median"))
    return agg.reindex(groups.to_numpy()).set_index(groups.index)
