"""Pieces the checks share: grouping figures that state one fact at one time, who agrees, and how
a figure is named in a message."""
from __future__ import annotations

import numpy as np
import pandas as pd

from currency import formatting as fmt
from reconcile.agreement import consensus, sweep

# With no majority between two figures, one stated this many times more precisely is named the
# likelier right (a hint in the message: both stay flagged, since nothing else tells them apart).
PRECISION_HINT = 1.5


def fact_groups(df: pd.DataFrame) -> pd.Series:
    """A group number per figure: same metric, same unit, overlapping as_of periods.

    Periods are chained in start order: a figure joins the running group while it starts before
    the latest end seen so far.
    """
    d = df.sort_values(["metric", "c_unit", "as_of_first", "as_of_last"], kind="mergesort")
    key = d["metric"] + "\x1f" + d["c_unit"]
    prev_last = d.groupby(key, sort=False)["as_of_last"].cummax().groupby(key, sort=False).shift()
    starts = prev_last.isna() | (d["as_of_first"] > prev_last)
    return starts.cumsum().reindex(df.index)


def fact_agreement(df: pd.DataFrame) -> pd.DataFrame:
    """Per original figure: its group, whether it agrees, the group's consensus, and its status:
    alone, agrees, outlier (outside a majority or below a more precise figure) or split (no
    majority). Restatements get no row: they never vote."""
    o = df[df["role"].eq("original")]
    cols = ["grp", "n_grp", "agrees", "best_count", "cons_low", "cons_high", "cons_value",
            "status"]
    if o.empty:
        return pd.DataFrame(columns=cols, index=o.index)
    grp = fact_groups(o)
    n_grp = grp.map(grp.value_counts())
    s = sweep(grp, o["c_low"], o["c_high"])
    out = s[~s["agrees"]]
    rest = sweep(grp[out.index], o.loc[out.index, "c_low"], o.loc[out.index, "c_high"])
    rest_best = rest.groupby(grp[out.index])["best_count"].max()
    best = s.groupby(grp)["best_count"].first()
    tied = set(best[(best <= 1) | (rest_best.reindex(best.index) == best)].index)
    agrees = s["agrees"].copy()
    status = pd.Series(np.where(agrees, "agrees", "outlier"), index=o.index, dtype=object)
    for g in tied:
        members = grp.index[grp.eq(g)]
        if len(members) > 1:
            status[members] = "split"
            agrees[members] = False
    status[n_grp.eq(1)] = "alone"
    agrees[n_grp.eq(1)] = True
    c = consensus(grp, o["c_low"], o["c_high"], o["c_value"], agrees)
    return pd.DataFrame({"grp": grp, "n_grp": n_grp, "agrees": agrees,
                         "best_count": s["best_count"], "cons_low": c["cons_low"],
                         "cons_high": c["cons_high"], "cons_value": c["cons_value"],
                         "status": status}, index=o.index)


def precision_hint(rows) -> str:
    """With two figures and no majority: which is stated more precisely, if one clearly is."""
    if len(rows) != 2:
        return ""
    width = [(r.c_high - r.c_low) / abs(r.c_value) if r.c_value else float("inf") for r in rows]
    if width[0] * PRECISION_HINT < width[1]:
        a, b = rows
    elif width[1] * PRECISION_HINT < width[0]:
        b, a = rows
    else:
        return ""
    return (f"; {a.id} is stated more precisely, so {b.id} is the likelier slip, but nothing "
            f"else tells them apart")


def head(r) -> str:
    """'c34-03 ("약 678억달러", 34_asiae.txt, as of 2022-01-18)'."""
    return f'{r.id} ("{r.amount}", {r.source}, as of {r.as_of})'


def named(r, unit_col: str = "c_unit") -> str:
    """'c01-02 ("약 500조 원", [353.6 bn, 368.8 bn] USD)'."""
    return (f'{r.id} ("{r.amount}", '
            f"{fmt.interval(r.c_low, r.c_high, getattr(r, unit_col))})")


def ids(values) -> str:
    """Figure ids joined for a message."""
    return ", ".join(values)


def records(df: pd.DataFrame):
    """Rows for building messages, without the datetime columns (boxing them is slow)."""
    return df.select_dtypes(exclude=["datetime", "datetimetz"]).itertuples()
