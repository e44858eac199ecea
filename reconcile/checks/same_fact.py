"""Same fact: the figures of one metric whose as_of periods overlap must agree.

The largest agreeing set comes from one sweep per group (`reconcile.agreement`); each figure outside
it is flagged with how far off it is, and a unit slip when the gap is close to a power of ten. A
figure that agrees only through its rounding or hedge is noted at info level.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from currency import formatting as fmt
from reconcile import findings as F
from reconcile.agreement import sweep
from reconcile.checks.common import agreement, describe, fact_groups, ids, records

RULE = "same_fact: figures of one metric with overlapping as_of must share a point"


def same_fact(df: pd.DataFrame, ctx) -> pd.DataFrame:
    """Findings for figures that disagree with the largest agreeing set of their fact."""
    d = df.assign(grp=fact_groups(df))
    d = d[d.groupby("grp")["id"].transform("size") >= 2]
    if d.empty:
        return F.frame([])
    d = d.join(agreement(d, d["grp"]))
    # A tie: the figures left out agree among themselves as much as the chosen set does.
    out = d[~d["agrees"]]
    rest = sweep(out["grp"], out["n_low"], out["n_high"])
    rest_best = rest.groupby(out["grp"])["best_count"].max()
    best = d.groupby("grp")["best_count"].first()
    split = best[(best <= 1) | (rest_best.reindex(best.index) == best)].index
    rows = []
    split_rows = d[d["grp"].isin(split)]
    for _, g in split_rows.groupby("grp", sort=False):
        rows.append(_split_finding(g))
    flagged = d[~d["agrees"] & ~d["grp"].isin(split)].copy()
    if not flagged.empty:
        flagged["ratio"] = F.off_ratio(flagged["n_low"], flagged["n_high"], flagged["cons_low"],
                                       flagged["cons_high"])
        members = d[d["agrees"]].groupby("grp")["id"].agg(ids)
        vague_members = d[d["agrees"]].groupby("grp")["vague"].all()
        for r in records(flagged):
            rows.append(_outlier_finding(r, members[r.grp], bool(vague_members[r.grp])))
    # Info: agrees only once its rounding or hedge is taken into account.
    loose = d[d["agrees"] & ~d["grp"].isin(split) & d["best_count"].ge(2)
              & ((d["n_value"] < d["cons_low"]) | (d["n_value"] > d["cons_high"]))]
    for r in records(loose):
        how = f"its hedge ({r.hedge})" if isinstance(r.hedge, str) else "its stated precision"
        rows.append(dict(
            check="same_fact", severity="info", metric=r.metric, figures=r.id,
            message=(f'{r.id} ("{r.amount}", {r.source}) agrees with the other figures of '
                     f"{r.metric} only through {how}: its value "
                     f"{fmt.compact(r.n_value)} {r.n_unit} lies outside their common range "
                     f"{fmt.interval(r.cons_low, r.cons_high, r.n_unit)}."),
            low=r.n_low, high=r.n_high, expected_low=r.cons_low, expected_high=r.cons_high,
            unit=r.n_unit, rule=RULE))
    return F.frame(rows)


def _outlier_finding(r, member_ids: str, members_vague: bool) -> dict:
    slip = F.unit_slip(r.n_value / r.cons_value) if r.cons_value else 0
    severity = F.severity_of(r.ratio, bool(r.vague) or members_vague, slip)
    direction = "above" if r.n_low > r.cons_high else "below"
    message = (f'{r.id} ("{r.amount}", {r.source}) gives '
               f"{fmt.interval(r.n_low, r.n_high, r.n_unit)}, {fmt.times(r.ratio)} {direction} "
               f"what the other figures of {r.metric} agree on "
               f"({fmt.interval(r.cons_low, r.cons_high, r.n_unit)}; {member_ids.replace(';', ', ')})")
    if slip:
        message += f"; off by about {10 ** abs(slip):,}×, which looks like "
        message += F.slip_words(slip, r.currency if isinstance(r.currency, str) else None)
    elif r.vague:
        message += "; the figure is vague, so this is weak evidence"
    return dict(check="same_fact", severity=severity, metric=r.metric, figures=r.id,
                message=message + ".", low=r.n_low, high=r.n_high, expected_low=r.cons_low,
                expected_high=r.cons_high, unit=r.n_unit, rule=RULE)


def _split_finding(g: pd.DataFrame) -> dict:
    lo = g.loc[g["n_high"].idxmin()]
    hi = g.loc[g["n_low"].idxmax()]
    ratio = float(hi["n_low"] / lo["n_high"]) if lo["n_high"] > 0 else np.inf
    slip = F.unit_slip(hi["n_value"] / lo["n_value"]) if lo["n_value"] else 0
    severity = F.severity_of(ratio, bool(g["vague"].any()), slip)
    said = "; ".join(describe(r) for r in g[["id", "amount", "n_low", "n_high", "n_unit"]]
                     .itertuples())
    message = (f"The figures of {g['metric'].iloc[0]} do not agree and no side has a majority: "
               f"{said}. The highest starts {fmt.times(ratio)} above the lowest")
    if slip:
        message += f"; about {10 ** abs(slip):,}× apart, which looks like "
        message += F.slip_words(slip, lo["currency"] if isinstance(lo["currency"], str) else None)
    return dict(check="same_fact", severity=severity, metric=g["metric"].iloc[0],
                figures=ids(g["id"]), message=message + ".", low=float(g["n_low"].min()),
                high=float(g["n_high"].max()), expected_low=np.nan, expected_high=np.nan,
                unit=g["n_unit"].iloc[0], rule=RULE)
