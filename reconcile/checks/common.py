"""Pieces the checks share: grouping figures that state one fact at one time, who agrees, and how
a figure is named in a message."""
from __future__ import annotations

from collections import namedtuple

import numpy as np
import pandas as pd

from currency import formatting as fmt
from reconcile.model import uncertainty
from reconcile.model.agreement import Events, consensus, group_order, segments

# With no majority between two figures, one stated this many times more precisely is named the
# likelier right (a hint in the message: both stay flagged, since nothing else tells them apart).
PRECISION_HINT = 1.5


def fact_groups(df: pd.DataFrame) -> pd.Series:
    """A group number per figure: same metric, same unit, overlapping as_of periods.

    Periods are chained in start order: a figure joins the running group while it starts before
    the latest end seen so far.
    """
    n = len(df)
    if not n:
        return pd.Series(np.zeros(0, np.int64), index=df.index)
    # Text sorts as its codes do; missing keys and dates last, as a sort puts them.
    metric = _last_if_missing(pd.factorize(df["metric"], sort=True)[0])
    unit = _last_if_missing(pd.factorize(df["c_unit"], sort=True)[0])
    first = df["as_of_first"].to_numpy("datetime64[ns]")
    last = df["as_of_last"].to_numpy("datetime64[ns]")
    first_nat, last_nat = np.isnat(first), np.isnat(last)
    order = np.lexsort((last, last_nat, first, first_nat, unit, metric))
    key = metric[order].astype(np.int64) * (unit.max() + 1) + unit[order]
    seg_start, seg = segments(key)
    # The latest end so far within each (metric, unit), missing ends skipped: ends as ranks
    # (1 for the earliest; 0 for none) offset by the run, so one running maximum serves all runs.
    ends, rank = np.unique(last[order], return_inverse=True)
    rank = np.where(last_nat[order], 0, rank.reshape(-1) + 1)
    running = np.maximum.accumulate(seg * (n + 1) + rank) - seg * (n + 1)
    running = np.where(last_nat[order], 0, running)     # a missing end has no maximum
    prev = np.r_[0, running[:-1]]
    prev[seg_start] = 0                                 # nothing before a run's first figure
    seen = prev > 0
    prev_end = ends[np.maximum(prev - 1, 0)]
    starts = ~seen | (first[order] > prev_end)
    out = np.empty(n, np.int64)
    out[order] = np.cumsum(starts)
    return pd.Series(out, index=df.index)


def _last_if_missing(codes: np.ndarray) -> np.ndarray:
    """Factorized codes with a missing value (-1) sorted after every other."""
    return np.where(codes < 0, codes.max() + 1, codes)


# The columns fact_agreement reads.
_AGREEMENT_READS = ["role", "metric", "c_unit", "as_of_first", "as_of_last", "bound", "value",
                    "low", "high", "precision", "vague", "c_low", "c_high", "c_value"]


def fact_agreement(df: pd.DataFrame) -> pd.DataFrame:
    """Per original figure: its group, whether it agrees, the group's consensus, and its status:
    alone, agrees, outlier (outside a majority), split (no majority) or aside (a hedged figure
    beside precise figures that conflict, fitting at least one side). Restatements get no row:
    they never vote.

    When the precise figures of a group (`votes`) conflict, they alone decide (a figure that fits
    every side of the conflict is not one of them): a hedged or vague
    figure is judged against their majority, or set aside when they have none."""
    o = df.loc[df["role"].eq("original"), _AGREEMENT_READS]
    cols = ["grp", "n_grp", "agrees", "cons_low", "cons_high", "cons_value",
            "status", "votes", "side"]
    if o.empty:
        return pd.DataFrame(columns=cols, index=o.index)
    grp = fact_groups(o)
    g = grp.to_numpy()
    n_grp = np.bincount(g)[g]
    side = uncertainty.bound_side(o["bound"], o["value"], o["low"], o["high"], o["precision"])
    votes = precise(o, side).to_numpy(bool)
    lo, hi, value = (o[c].to_numpy(float) for c in ("c_low", "c_high", "c_value"))
    # The intervals' ends sorted once: each vote below sweeps a subset of them.
    events = Events(g, lo, hi)
    agrees, status, _ = _decide(events, np.arange(len(g)))
    in_conflict = np.zeros(len(g), bool)
    if votes.any():
        v = np.flatnonzero(votes)
        by_voters = _decide(events, v)
        # The precise figures conflict when not all of them share the best point.
        n_votes = np.bincount(g[v], minlength=g.max() + 1)
        n_agree = np.bincount(g[v], weights=by_voters[0], minlength=g.max() + 1)
        conflict = n_agree < n_votes
        in_conflict = conflict[g]
        coarse = _too_coarse(grp, o["c_low"], o["c_high"],
                             pd.Series(votes & in_conflict, index=o.index)).to_numpy(bool)
        if coarse.any():
            # A figure that fits every side of a conflict cannot tell the sides apart: it
            # leaves the vote ($4 billion beside $3.78 and $3.87 billion) and is judged as a
            # hedged figure is.
            votes = votes & ~coarse
            v = np.flatnonzero(votes)
            by_voters = _decide(events, v)
        # The voters of a conflict take what they decided among themselves.
        rows = in_conflict & votes
        mine = rows[v]
        agrees[v[mine]], status[v[mine]] = by_voters[0][mine], by_voters[1][mine]
        cons_low, cons_high, _ = consensus(g, lo, hi, value, agrees & rows)
        is_split = np.zeros(g.max() + 1, bool)
        is_split[g[rows & (status == "split")]] = True
        hedged = in_conflict & ~votes
        fits = (lo < cons_high) & (cons_low < hi)
        in_split = hedged & is_split[g]
        # Beside a split: fitting any precise figure of it keeps a hedged figure out of blame.
        fits_side = overlaps_any(grp, o["c_low"], o["c_high"], pd.Series(in_split, index=o.index),
                                 pd.Series(votes & is_split[g], index=o.index)).to_numpy(bool)
        judged = hedged & ~in_split
        agrees[judged] = fits[judged]
        status[judged] = np.where(fits[judged], "agrees", "outlier")
        agrees[in_split] = False
        status[in_split] = np.where(fits_side[in_split], "aside", "split")
    alone = n_grp == 1
    status[alone] = "alone"
    agrees[alone] = True
    cons_low, cons_high, cons_value = consensus(g, lo, hi, value,
                                                agrees & (votes | ~in_conflict))
    return pd.DataFrame({"grp": grp, "n_grp": n_grp, "agrees": agrees, "cons_low": cons_low,
                         "cons_high": cons_high, "cons_value": cons_value,
                         # object, as the engine's other text columns (not pandas' str dtype)
                         "status": pd.Series(status, index=o.index, dtype=object),
                         "votes": votes, "side": side}, index=o.index)


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
    # Equal values of a group in any order: the first row gets the second smallest, which is
    # then the same value.
    order = group_order(g, np.where(nan, np.inf, x))
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


def _decide(events: Events, rows: np.ndarray) -> tuple[np.ndarray, ...]:
    """Per figure of `rows` (positions in `events`), among those figures: agrees, status
    (agrees, outlier, split) and its group's best count, from the largest agreeing set; with no
    majority, every figure of the group is split."""
    g = events.g[rows]
    _, best, agrees = events.sweep(rows)
    size = np.bincount(g, minlength=g.max() + 1 if len(g) else 0)
    # The group's best count, and the best count of the figures outside its largest set: a tie
    # when they are equal (two sets as large), or when no two figures agree at all.
    group_best = np.zeros(len(size), np.int64)
    group_best[g] = best
    rest_best = np.zeros(len(size), np.int64)
    out = np.flatnonzero(~agrees)
    if len(out):
        _, rest, _ = events.sweep(rows[out])
        np.maximum.at(rest_best, g[out], rest)
    tied = (group_best <= 1) | (rest_best == group_best)
    status = np.where(agrees, "agrees", "outlier").astype(object)
    members = tied[g] & (size[g] > 1)
    status[members] = "split"
    agrees = agrees & ~members
    return agrees, status, best


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


# How a figure is named at the head of a finding: one wording for a row and for columns.
_HEAD = '{} ("{}", {}, as of {})'.format


def head(r) -> str:
    """'c34-03 ("약 678억달러", 34_asiae.txt, as of 2022-01-18)'."""
    return _HEAD(r.id, r.amount, r.source, r.as_of)


def heads(fid, amount, source, as_of) -> list[str]:
    """`head` of each figure, from its columns (lists or arrays of one length)."""
    return list(map(_HEAD, fid, amount, source, as_of))


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
