"""Units: figures of one metric in different units are never compared; say so once per metric."""
from __future__ import annotations

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
    out = []
    for metric in per_metric[per_metric > 1].index:
        g = df[df["metric"].eq(metric)]
        said = "; ".join(f"{u}: {', '.join(sub['id'])}" for u, sub in g.groupby("c_unit"))
        detail = (f"its figures come in different units ({said}), so they are not compared; "
                  f"check the metric key or complete the unit (e.g. 연간 for a yearly amount).")
        e = F.Evidence("units", RULE, detail, unit="")
        flagged = tuple(g["id"])
        out.append(F.Finding("medium", metric, flagged, flagged, f"metric {metric}", (e,)))
    return out
