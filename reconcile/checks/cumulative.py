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
       rule=('a running total stated later may not lie wholly below one stated earlier; the '
             'finding names every figure that states the floor on the latest date it was stated '
             '(figures of one date alike are named together, so neither row order nor ids pick '
             'one of them)'),
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
    # Who set that floor: every figure of the key, end date and low of the latest row where the
    # running maximum was reached. That row alone is the one listed last among figures alike, which
    # row order picks (an id would pick too, and a renaming turns the ids' order). Positions in
    # `earlier`, carried forward by a running maximum; -1 before any.
    at = np.where(earlier["c_low"].eq(earlier["floor"]), np.arange(len(earlier)), -1)
    at = pd.Series(at, index=earlier.index).groupby(earlier["key"]).cummax().to_numpy()
    tie = earlier.groupby(["key", "as_of_last", "c_low"], sort=False, dropna=False).ngroup()
    earlier["floor_tie"] = np.where(at >= 0, tie.to_numpy()[at], -1)
    later = c.sort_values("as_of_first", kind="mergesort")
    joined = pd.merge_asof(later, earlier.rename(columns={"as_of_last": "e_last"})
                           [["key", "e_last", "floor", "floor_tie"]],
                           left_on="as_of_first", right_on="e_last", by="key",
                           allow_exact_matches=False)
    shrunk = joined[joined["floor"].notna() & (joined["c_high"] < joined["floor"])]
    if shrunk.empty:
        return []
    shrunk = shrunk.assign(floor_tie=shrunk["floor_tie"].to_numpy(np.int64))
    return _shrunk(shrunk, _tied(earlier.assign(tie=tie.to_numpy()), shrunk["floor_tie"]))


def _tied(earlier: pd.DataFrame, ties: pd.Series) -> pd.DataFrame:
    """For each floor in `ties`, its figures' ids, amounts and as_of texts as tuples, in order of
    their content (amount, as_of; the id last, for identical figures); one row per floor, shared
    by every finding below it."""
    named = earlier[earlier["tie"].isin(ties.unique())].sort_values(
        ["tie", "amount", "as_of", "id"], kind="mergesort")
    starts = np.flatnonzero(np.r_[True, np.diff(named["tie"].to_numpy()) != 0])
    split = {c: list(map(tuple, np.split(named[c].to_numpy(object), starts[1:])))
             for c in ("id", "amount", "as_of")}
    return pd.DataFrame(split, index=named["tie"].to_numpy()[starts])


def _shrunk(shrunk: pd.DataFrame, tied: pd.DataFrame) -> list[F.Finding]:
    """One finding per figure below the floor earlier figures set, column by column."""
    n = len(shrunk)
    fid, metric, unit = (shrunk[c].tolist() for c in ("id", "metric", "c_unit"))
    floor_ids, floor_amounts, floor_as_of = (
        tied[c].reindex(shrunk["floor_tie"].to_numpy()).tolist() for c in ("id", "amount", "as_of"))
    floor, c_low, c_high = (shrunk[c].to_numpy(float) for c in ("floor", "c_low", "c_high"))
    gap = F.point_gaps(floor, np.zeros(n), c_high)[0]
    severity = F.severities(gap, shrunk["vague"].to_numpy(bool), np.zeros(n, np.int64)).tolist()
    floor, c_high, gap = floor.tolist(), c_high.tolist(), gap.tolist()
    words = list(map(Later, zip(repeat(_shrunk_words), metric, c_high, unit, floor, floor_ids,
                                floor_amounts, floor_as_of)))
    evidence = F.Evidence.many(n, check="cumulative", rule=RULE, detail=words,
                               against=floor_ids, low=c_low.tolist(), high=c_high,
                               expected_low=floor, expected_high=math.inf, unit=unit, gap=gap)
    one = list(zip(fid))
    return F.Finding.many(n, severity=severity, metric=metric, flagged=one, subject=one,
                          head=heads(fid, *(shrunk[c].tolist() for c in ("amount", "source",
                                                                        "as_of"))),
                          evidence=list(zip(evidence)))


def _shrunk_words(metric: str, high: float, unit: str, floor: float, floor_ids: tuple,
                  floor_amounts: tuple, as_of: tuple) -> str:
    """The sentence on a running total below an earlier floor, rendered when shown."""
    return (f"{metric} is a running total, but this figure is at most "
            f"{fmt.compact(high)} {unit}, below the {fmt.compact(floor)} "
            f"{unit} that {_who(floor_ids, floor_amounts, as_of)}.")


def _who(ids: tuple, amounts: tuple, as_of: tuple) -> str:
    """The figures that set the floor and when: one date said once when they share it."""
    if len(set(as_of)) == 1:
        return (" and ".join(f'{i} ("{a}")' for i, a in zip(ids, amounts))
                + f" already stated as of {as_of[0]}")
    return " and ".join(f'{i} ("{a}", as of {d})' for i, a, d in zip(ids, amounts, as_of)) \
        + " already stated"
