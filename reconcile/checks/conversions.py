"""Conversions: a fact stated in two currencies implies an exchange rate; it must be the market's.

Per metric, the figures in the reference currency (the report currency if the metric has any, else
its most common one) give a consensus interval in that currency. Each figure in another currency,
divided by it, gives an implied rate interval, which is compared with the ECB band over the figure's
as_of period and over its publication date, each widened by MARKET_SPREAD. The finding says which
matched, or that neither did.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from currency import formatting as fmt
from reconcile import findings as F
from reconcile.agreement import consensus, sweep
from reconcile.checks.common import agreement, fact_groups, records
from reconcile.normalize import fx_band

MARKET_SPREAD = 0.01
RULE = (f"conversion: implied rate must meet the ECB band of as_of or of published, "
        f"±{MARKET_SPREAD:.0%} spread")


def _bands(pairs: pd.DataFrame, period_col: str) -> pd.DataFrame:
    keys = pairs[["ref", "currency", period_col]].drop_duplicates()
    rows = [dict(ref=r, currency=c, **{period_col: p},
                 **{f"{k}_{period_col}": v for k, v in fx_band(r, c, p).items()})
            for r, c, p in keys.itertuples(index=False)]
    return pd.DataFrame(rows)


def conversions(df: pd.DataFrame, ctx) -> pd.DataFrame:
    """Findings on figures whose currency conversion the market rate does or does not explain."""
    m = df[df["currency"].notna()].copy()
    m["per"] = m["unit"].str.extract(r"( / \w+)$")[0].fillna("")
    m["fact"] = m["metric"] + "\x1f" + m["per"]
    n_cur = m.groupby("fact")["currency"].transform("nunique")
    m = m[n_cur >= 2]
    if m.empty:
        return F.frame([])
    counts = m.groupby(["fact", "currency"]).size().rename("k").reset_index()
    counts["is_target"] = counts["currency"].eq(ctx.currency)
    ref = (counts.sort_values(["fact", "is_target", "k"], ascending=[True, False, False])
           .drop_duplicates("fact").set_index("fact")["currency"])
    m["ref"] = m["fact"].map(ref)
    # The reference is what the fact's agreeing figures say in the reference currency; a figure
    # the same-fact check sets aside (a unit slip, say) must not become the yardstick.
    m["agrees"] = agreement(m, fact_groups(m))["agrees"]
    in_ref = m["currency"].eq(m["ref"])
    has_agreeing = (in_ref & m["agrees"]).groupby(m["fact"]).transform("any")
    base = m[in_ref & (m["agrees"] | ~has_agreeing)]
    s = sweep(base["fact"], base["low"], base["high"])
    c = consensus(base["fact"], base["low"], base["high"], base["value"], s["agrees"])
    cons = c.groupby(base["fact"]).first()
    ref_ids = base[s["agrees"]].groupby("fact")["id"].agg(", ".join)
    o = m[m["currency"].ne(m["ref"])].join(cons, on="fact")
    o["ref_ids"] = o["fact"].map(ref_ids)
    # Implied rate: units of the figure's currency per unit of the reference currency.
    o["imp_low"] = o["low"] / o["cons_high"]
    o["imp_high"] = np.where(np.isinf(o["high"]), np.inf, o["high"] / o["cons_low"])
    o["imp_point"] = o["value"] / o["cons_value"]
    o = o.merge(_bands(o, "as_of"), on=["ref", "currency", "as_of"], how="left") \
         .merge(_bands(o, "published"), on=["ref", "currency", "published"], how="left")
    spread = MARKET_SPREAD
    for p in ("as_of", "published"):
        lo, hi = o[f"rate_low_{p}"] * (1 - spread), o[f"rate_high_{p}"] * (1 + spread)
        o[f"match_{p}"] = (o["imp_low"] <= hi) & (o["imp_high"] >= lo)
        o[f"point_{p}"] = (o["imp_point"] >= lo) & (o["imp_point"] <= hi)
    o["exp_low"] = o[["rate_low_as_of", "rate_low_published"]].min(axis=1)
    o["exp_high"] = o[["rate_high_as_of", "rate_high_published"]].max(axis=1)
    o["ratio"] = F.off_ratio(o["imp_low"], o["imp_high"], o["exp_low"], o["exp_high"])
    rows = [_finding(r) for r in records(o)]
    return F.frame(rows)


def _band_text(r, p: str) -> str:
    lo, hi = getattr(r, f"rate_low_{p}"), getattr(r, f"rate_high_{p}")
    date_lo, date_hi = getattr(r, f"rate_low_date_{p}"), getattr(r, f"rate_high_date_{p}")
    period = getattr(r, p)
    if lo == hi:
        return f"{fmt.rate(lo, r.ref, r.currency)} on {date_lo} (for {period})"
    return (f"{fmt.rate(lo, r.ref, r.currency)} ({date_lo}) to {fmt.rate(hi, r.ref, r.currency)} "
            f"({date_hi}) over {period}")


def _finding(r) -> dict:
    implied = (f"implies {fmt.rate_range(r.imp_low, r.imp_high, r.ref, r.currency)} "
               f"(point {fmt.rate(r.imp_point, r.ref, r.currency)})")
    head = (f'{r.id} ("{r.amount}", {r.source}) beside the {r.ref} figures of {r.metric} '
            f"({r.ref_ids}: {fmt.interval(r.cons_low, r.cons_high, r.ref)}) {implied}")
    common = dict(check="conversion", metric=r.metric, figures=f"{r.id};{r.ref_ids.replace(', ', ';')}",
                  low=r.imp_low, high=r.imp_high, unit=f"{r.currency}/{r.ref}", rule=RULE)
    same_band = r.as_of == r.published or (r.rate_low_as_of == r.rate_low_published
                                           and r.rate_high_as_of == r.rate_high_published)
    if r.match_as_of or r.match_published:
        if r.match_as_of and r.match_published:
            which = (f"the ECB rate of its as_of {_band_text(r, 'as_of')}" if same_band else
                     f"both the ECB rate of its as_of ({_band_text(r, 'as_of')}) and at publication "
                     f"({_band_text(r, 'published')})")
            p = "as_of"
        elif r.match_as_of:
            which = (f"the ECB rate of its as_of ({_band_text(r, 'as_of')}), not the rate at "
                     f"publication ({_band_text(r, 'published')})")
            p = "as_of"
        else:
            which = (f"the ECB rate at publication ({_band_text(r, 'published')}), not the rate "
                     f"of its as_of ({_band_text(r, 'as_of')})")
            p = "published"
        note = ""
        if not (r.point_as_of or r.point_published):
            how = f"its hedge ({r.hedge})" if isinstance(r.hedge, str) else "its rounding"
            note = f"; the point value matches only through {how}"
        return dict(common, severity="info",
                    message=f"{head}, which matches {which}{note}.",
                    expected_low=getattr(r, f"rate_low_{p}"),
                    expected_high=getattr(r, f"rate_high_{p}"))
    exp_low, exp_high, ratio = r.exp_low, r.exp_high, r.ratio
    slip = F.unit_slip(r.imp_point / ((exp_low + exp_high) / 2))
    severity = F.severity_of(ratio, bool(r.vague), slip)
    message = (f"{head}, which matches neither the ECB rate of its as_of "
               f"({_band_text(r, 'as_of')}) nor at publication ({_band_text(r, 'published')}); "
               f"{fmt.times(ratio)} off")
    if slip:
        message += f", about {10 ** abs(slip):,}×, which looks like " + F.slip_words(slip, r.currency)
    return dict(common, severity=severity, message=message + ".", expected_low=exp_low,
                expected_high=exp_high)
