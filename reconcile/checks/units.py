"""Units: figures of one metric in different units are never compared; say so once per metric."""
from __future__ import annotations

import pandas as pd

from reconcile import findings as F

RULE = "units: money, money per period, durations and counts are never compared with each other"


def units(df: pd.DataFrame, ctx) -> pd.DataFrame:
    """A finding for each metric whose figures come in more than one unit."""
    per_metric = df.groupby("metric")["n_unit"].nunique()
    rows = []
    for metric in per_metric[per_metric > 1].index:
        g = df[df["metric"].eq(metric)]
        said = "; ".join(f"{u}: {', '.join(sub['id'])}" for u, sub in g.groupby("n_unit"))
        rows.append(dict(
            check="units", severity="medium", metric=metric, figures=";".join(g["id"]),
            message=(f"The figures of {metric} come in different units ({said}), so they are not "
                     f"compared; check the metric key or complete the unit (e.g. 연간 for a "
                     f"yearly amount)."),
            low=float("nan"), high=float("nan"), expected_low=float("nan"),
            expected_high=float("nan"), unit="", rule=RULE))
    return F.frame(rows)
