"""Units: figures of one metric in different units are never compared; say so once per metric."""
from __future__ import annotations

from itertools import groupby
from operator import itemgetter

import pandas as pd

from reconcile.checks import check
from reconcile.model import findings as F

RULE = "units: money, money per period, durations and counts are never compared with each other"


@check("units",
       rule=('a metric whose figures are in different units (money, money per year, a '
             'duration, a count) is never compared; said once'),
       severity=('medium'))
def units(df: pd.DataFrame, ctx) -> list[F.Finding]:
    """A finding for each metric whose figures come in more than one unit."""
    per_metric = df.groupby("metric")["c_unit"].nunique()
    mixed = per_metric[per_metric > 1].index
    if not len(mixed):
        return []
    # The figures of those metrics, once, by metric with rows in order: one sort instead of a
    # scan of the whole table per metric.
    g = df.loc[df["metric"].isin(mixed), ["metric", "c_unit", "id"]]
    g = g.sort_values("metric", kind="mergesort")
    out = []
    for metric, rows in groupby(zip(*(g[c].tolist() for c in g.columns)), key=itemgetter(0)):
        by_unit: dict = {}
        flagged = []
        for _, unit, fid in rows:
            by_unit.setdefault(unit, []).append(fid)
            flagged.append(fid)
        said = "; ".join(f"{u}: {', '.join(by_unit[u])}" for u in sorted(by_unit))
        detail = (f"its figures come in different units ({said}), so they are not compared; "
                  f"check the metric key or complete the unit (e.g. 연간 for a yearly amount).")
        e = F.Evidence("units", RULE, detail, unit="")
        out.append(F.Finding("medium", metric, tuple(flagged), tuple(flagged), f"metric {metric}",
                             (e,)))
    return out
