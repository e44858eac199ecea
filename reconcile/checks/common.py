"""Pieces the checks share: grouping figures that state one fact at one time, and describing them."""
from __future__ import annotations

import pandas as pd

from currency import formatting as fmt
from reconcile.agreement import consensus, sweep


def fact_groups(df: pd.DataFrame) -> pd.Series:
    """A group number per figure: same metric, same normalized unit, overlapping as_of periods.

    Periods are chained in start order: a figure joins the running group while it starts before
    the latest end seen so far.
    """
    d = df.sort_values(["metric", "n_unit", "as_of_first", "as_of_last"], kind="mergesort")
    key = d["metric"] + "\x1f" + d["n_unit"]
    prev_last = d.groupby(key, sort=False)["as_of_last"].cummax().groupby(key, sort=False).shift()
    starts = prev_last.isna() | (d["as_of_first"] > prev_last)
    return starts.cumsum().reindex(df.index)


def agreement(df: pd.DataFrame, groups: pd.Series) -> pd.DataFrame:
    """Per figure: best point, agreeing count, whether it agrees, and its group's consensus."""
    s = sweep(groups, df["n_low"], df["n_high"])
    c = consensus(groups, df["n_low"], df["n_high"], df["n_value"], s["agrees"])
    return s.join(c)


def describe(row, unit_col: str = "n_unit") -> str:
    """'a1-10b-usd ("100억 달러", [9.95 bn, 10.05 bn] USD)'."""
    return (f'{row.id} ("{row.amount}", '
            f'{fmt.interval(row.n_low, row.n_high, getattr(row, unit_col))})')


def ids(values) -> str:
    """Figure ids joined for the `figures` column."""
    return ";".join(values)


def records(df: pd.DataFrame):
    """Rows for building messages, without the datetime columns (boxing them is slow)."""
    return df.select_dtypes(exclude=["datetime", "datetimetz"]).itertuples()
