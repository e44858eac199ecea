"""Pieces the checks share: grouping figures that state one fact at one time, who agrees, and how
a figure is named in a message."""
from __future__ import annotations

from collections import namedtuple

import numpy as np
import pandas as pd

from currency import formatting as fmt
from reconcile.model import uncertainty
from reconcile.model.agreement import consensus, sweep

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
    alone, agrees, outlier (outside a majority), split (no majority) or aside (a hedged figure
    beside precise figures that conflict, fitting at least one side). Restatements get no row:
    they never vote.

    When the precise figures of a group (`votes`) conflict, they alone decide (a figure that fits
    every side of the conflict is not one of them): a hedged or vague
    figure is judged against their majority, or set aside when they have none."""
    o = df[df["role"].eq("original")]
    cols = ["grp", "n_grp", "agrees", "best_count", "cons_low", "cons_high", "cons_value",
            "status", "votes", "side"]
    if o.empty:
        return pd.DataFrame(columns=cols, index=o.index)
    grp = fact_groups(o)
    n_grp = grp.map(grp.value_counts())
    side = uncertainty.bound_side(o["bound"], o["value"], o["low"], o["high"], o["precision"])
    votes = precise(o, side)
    everyone = _decide(grp, o["c_low"], o["c_high"])
    agrees, status, best = everyone["agrees"].copy(), everyone["status"].copy(), everyone["best"]
    v = votes[votes].index
    conflict: set = set()
    if len(v):
        by_voters = _decide(grp[v], o.loc[v, "c_low"], o.loc[v, "c_high"])
        n_votes = grp[v].value_counts()
        # The precise figures conflict when not all of them share the best point.
        conflict = set(by_voters.groupby(grp[v])["agrees"].sum().loc[lambda s: s.lt(
            n_votes.reindex(s.index))].index)
        coarse = _too_coarse(grp, o["c_low"], o["c_high"], votes & grp.isin(conflict))
        if coarse.any():
            # A figure that fits every side of a conflict cannot tell the sides apart: it
            # leaves the vote ($4 billion beside $3.78 and $3.87 billion) and is judged as a
            # hedged figure is.
            votes = votes & ~coarse
            v = votes[votes].index
            by_voters = _decide(grp[v], o.loc[v, "c_low"], o.loc[v, "c_high"])
        in_conflict = grp.isin(conflict)
        rows = in_conflict & votes
        agrees[rows], status[rows] = by_voters["agrees"], by_voters["status"]
        best[rows] = by_voters["best"]
        cons = consensus(grp, o["c_low"], o["c_high"], o["c_value"], agrees & rows)
        split = set(grp[rows & status.eq("split")])
        hedged = in_conflict & ~votes
        fits = (o["c_low"] < cons["cons_high"]) & (cons["cons_low"] < o["c_high"])
        # Beside a split: fitting any precise figure of it keeps a hedged figure out of blame.
        fits_side = overlaps_any(grp, o["c_low"], o["c_high"], hedged & grp.isin(split),
                                 votes & grp.isin(split))
        in_split = hedged & grp.isin(split)
        agrees[hedged & ~in_split] = fits[hedged & ~in_split]
        status[hedged & ~in_split] = np.where(fits[hedged & ~in_split], "agrees", "outlier")
        agrees[in_split] = False
        status[in_split] = np.where(fits_side[in_split], "aside", "split")
    status[n_grp.eq(1)] = "alone"
    agrees[n_grp.eq(1)] = True
    c = consensus(grp, o["c_low"], o["c_high"], o["c_value"],
                  agrees & (votes | ~grp.isin(conflict)))
    return pd.DataFrame({"grp": grp, "n_grp": n_grp, "agrees": agrees,
                         "best_count": best, "cons_low": c["cons_low"],
                         "cons_high": c["cons_high"], "cons_value": c["cons_value"],
                         "status": status, "votes": votes, "side": side}, index=o.index)


def _too_coarse(grp: pd.Series, low: pd.Series, high: pd.Series, voters: pd.Series) -> pd.Series:
    """Per figure: True for a voter of a conflicting group that overlaps every other voter of it
    while two of those others disagree: it is too coarse to take a side.

    Strict overlap with every other voter is `low < min(others' high)` and `max(others' low) <
    high`; the others all meet pairwise (an interval with itself included) exactly when
    `max(others' low) < min(others' high)`. So two leave-one-out extremes per figure decide it,
    without forming pairs."""
    out = pd.Series(False, index=grp.index)
    if not voters.any():
        return out
    g = grp[voters].to_numpy()
    lo, hi = low[voters].to_numpy(float), high[voters].to_numpy(float)
    hi_others = _others_extreme(g, hi, np.inf)
    lo_others = -_others_extreme(g, -lo, np.inf)
    meets_all = (lo < hi_others) & (lo_others < hi)
    others_conflict = ~(lo_others < hi_others)
    out[voters] = meets_all & others_conflict
    return out


def _others_extreme(g: np.ndarray, x: np.ndarray, empty: float) -> np.ndarray:
    """Per row: the minimum of `x` over the other rows of its group `g` (`empty` when it has no
    other row, NaN when another row is NaN, as a comparison with it would fail)."""
    nan = np.isnan(x)
    order = np.lexsort((np.where(nan, np.inf, x), g))
    gs, xs = g[order], np.where(nan, np.inf, x)[order]
    first = np.r_[True, gs[1:] != gs[:-1]]
    start = np.flatnonzero(first)
    size = np.diff(np.r_[start, len(gs)])
    which = np.repeat(np.arange(len(start)), size)
    smallest = xs[start]
    second = np.where(size > 1, xs[np.minimum(start + 1, len(xs) - 1)], empty)
    out_sorted = np.where(np.arange(len(xs)) == start[which], second[which], smallest[which])
    n_nan = np.add.reduceat(nan[order].astype(np.int64), start)[which]
    out_sorted = np.where(n_nan - nan[order] > 0, np.nan, out_sorted)
    out = np.empty_like(out_sorted)
    out[order] = out_sorted
    return out


def overlaps_any(grp: pd.Series, low: pd.Series, high: pd.Series, query: pd.Series,
                 among: pd.Series) -> pd.Series:
    """Per row: True for a `query` row whose interval overlaps (by more than a point) that of
    some `among` row of its group. One sort: `among` rows by their low end, each query at its
    high end (before an `among` row starting there), and a running maximum of the `among` highs
    per group; a query overlaps some earlier-starting row exactly when that maximum exceeds its
    own low end."""
    out = pd.Series(False, index=grp.index)
    if not query.any() or not among.any():
        return out
    g = np.concatenate([grp[among].to_numpy(), grp[query].to_numpy()])
    x = np.concatenate([low[among].to_numpy(float), high[query].to_numpy(float)])
    n_among = int(among.sum())
    kind = np.r_[np.ones(n_among, np.int8), np.zeros(len(g) - n_among, np.int8)]
    carried = np.r_[high[among].to_numpy(float), np.full(len(g) - n_among, -np.inf)]
    order = np.lexsort((kind, x, g))
    running = pd.Series(carried[order]).groupby(g[order]).cummax().to_numpy()
    seen = np.empty_like(running)
    seen[order] = running
    q_low, q_high = low[query].to_numpy(float), high[query].to_numpy(float)
    out[query] = (seen[n_among:] > q_low) & ~np.isnan(q_high)
    return out


def precise(o: pd.DataFrame, side: pd.Series) -> pd.Series:
    """Per figure: True when it is precise enough to decide a conflict: not vague, bounded on
    both sides, and widened by its hedge evenly if at all (약, about; not nearly, 이상, 최대);
    `side` is `uncertainty.bound_side`."""
    return (~o["vague"].astype(bool) & o["bound"].isin(["exact", "approx"]) & side.eq("")
            & np.isfinite(o["c_high"].astype(float)))


def _decide(grp: pd.Series, low: pd.Series, high: pd.Series) -> pd.DataFrame:
    """Per figure: agrees, status (agrees, outlier, split) and its group's best count, from the
    largest agreeing set; with no majority, every figure of the group is split."""
    s = sweep(grp, low, high)
    out = s[~s["agrees"]]
    rest = sweep(grp[out.index], low[out.index], high[out.index])
    rest_best = rest.groupby(grp[out.index])["best_count"].max()
    best = s.groupby(grp)["best_count"].first()
    tied = set(best[(best <= 1) | (rest_best.reindex(best.index) == best)].index)
    agrees = s["agrees"].copy()
    status = pd.Series(np.where(agrees, "agrees", "outlier"), index=grp.index, dtype=object)
    members = grp.isin(tied) & grp.map(grp.value_counts()).gt(1)
    status[members] = "split"
    agrees[members] = False
    return pd.DataFrame({"agrees": agrees, "status": status, "best": s["best_count"]},
                        index=grp.index)


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
    # The rows itertuples() gives, built column by column: itertuples and select_dtypes cost
    # about 2.5 ms per call on the engine's 80-column frames whatever their length, and most
    # calls on a small file get an empty or one-row frame.
    if df.empty:
        return iter(())
    # Kind "M": datetime64 of any unit, with or without a time zone.
    keep = [(name, column) for name, column in df.items() if column.dtype.kind != "M"]
    row = namedtuple("Pandas", ["Index", *(str(name) for name, _ in keep)], rename=True)
    return map(row._make, zip(df.index, *(column for _, column in keep)))
