"""Cumulative facts (kind = cumulative) do not shrink: a later original figure may not lie wholly
below an earlier one."""
from __future__ import annotations

import math
from itertools import repeat

import numpy as np
import pandas as pd

from currency import formatting as fmt
from reconcile.checks import check
from reconcile.checks.common import heads
from reconcile.checks.later import Later
from reconcile.model import findings as F

RULE = "cumulative: a running total stated later cannot be below one stated earlier"
# The columns of the evidence table read here: a filter of all of them copied each (most of this
# check's time at a million figures).
READS = ["id", "metric", "amount", "source", "as_of", "c_unit", "as_of_first", "as_of_last",
         "c_low", "c_high", "vague"]


@check("cumulative",
       rule=('a running total stated later may not lie wholly below one stated earlier'),
       severity=('by how far'))
def cumulative(df: pd.DataFrame, ctx) -> list[F.Finding]:
    """Findings where a running total shrinks between two dates."""
    cum_metrics = pd.unique(df["metric"].to_numpy()[df["kind"].to_numpy() == "cumulative"])
    rows = np.flatnonzero(df["metric"].isin(cum_metrics).to_numpy())
    rows = rows[df["role"].to_numpy()[rows] == "original"]
    if not len(rows):
        return []
    c = df.iloc[rows, df.columns.get_indexer(READS)]
    # One running total per metric and unit, as a group number.
    c = c.assign(key=c.groupby(["metric", "c_unit"], sort=False, dropna=False).ngroup())
    # The highest low stated so far, by the end of each period (an earlier figure's best floor).
    # Stable sorts: ties name the same figure however the rows were partitioned.
    earlier = c.sort_values("as_of_last", kind="mergesort")[
        ["key", "as_of_last", "c_low", "id", "amount", "as_of"]]
    earlier["floor"] = earlier.groupby("key")["c_low"].cummax()
    # Who set that floor: the latest row where the running maximum was reached (positions in
    # `earlier`, carried forward by a running maximum; -1 before any).
    at = np.where(earlier["c_low"].eq(earlier["floor"]), np.arange(len(earlier)), -1)
    at = pd.Series(at, index=earlier.index).groupby(earlier["key"]).cummax().to_numpy()
    earlier["floor_id"] = np.where(at >= 0, earlier["id"].to_numpy()[at], np.nan)
    earlier["floor_amount"] = np.where(at >= 0, earlier["amount"].to_numpy()[at], np.nan)
    earlier["floor_as_of"] = np.where(at >= 0, earlier["as_of"].to_numpy()[at], np.nan)
    later = c.sort_values("as_of_first", kind="mergesort")
    joined = pd.merge_asof(later, earlier.rename(columns={"as_of_last": "e_last", "id": "e_id"})
                           [["key", "e_last", "floor", "floor_id", "floor_amount", "floor_as_of"]],
                           left_on="as_of_first", right_on="e_last", by="key",
                           allow_exact_matches=False)
    shrunk = joined[joined["floor"].notna() & (joined["c_high"] < joined["floor"])]
    return _shrunk(shrunk)


def _shrunk(shrunk: pd.DataFrame) -> list[F.Finding]:
    """One finding per figure below the floor an earlier figure set, column by column."""
    n = len(shrunk)
    fid, metric, unit, floor_id, floor_amount = (
        shrunk[c].tolist() for c in ("id", "metric", "c_unit", "floor_id", "floor_amount"))
    floor, c_low, c_high = (shrunk[c].to_numpy(float) for c in ("floor", "c_low", "c_high"))
    gap = F.point_gaps(floor, np.zeros(n), c_high)[0]
    severity = F.severities(gap, shrunk["vague"].to_numpy(bool), np.zeros(n, np.int64)).tolist()
    floor, c_high, gap = floor.tolist(), c_high.tolist(), gap.tolist()
    words = list(map(Later, zip(repeat(_shrunk_words), metric, c_high, unit, floor, floor_id,
                                floor_amount, shrunk["floor_as_of"].tolist())))
    evidence = F.Evidence.many(n, check="cumulative", rule=RULE, detail=words,
                               against=list(zip(floor_id)), low=c_low.tolist(), high=c_high,
                               expected_low=floor, expected_high=math.inf, unit=unit, gap=gap)
    one = list(zip(fid))
    return F.Finding.many(n, severity=severity, metric=metric, flagged=one, subject=one,
                          head=heads(fid, *(shrunk[c].tolist() for c in ("amount", "source",
                                                                        "as_of"))),
                          evidence=list(zip(evidence)))


def _shrunk_words(metric: str, high: float, unit: str, floor: float, floor_id: str,
                  floor_amount: str, as_of: str) -> str:
    """The sentence on a running total below an earlier floor, rendered when shown."""
    return (f"{metric} is a running total, but this figure is at most "
            f"{fmt.compact(high)} {unit}, below the {fmt.compact(floor)} "
            f'{unit} that {floor_id} ("{floor_amount}") already stated as of {as_of}.')
