"""Restatements: a conversion the writer made is judged against the figure it converts.

The writer converts the number as stated, so the implied rate is the restatement's value over the
original's stated value. It must meet the ECB rate of the fact's as_of or of the publication date
(each a band over its period, widened by the rate allowance), once the restatement's own rounding
is allowed for. When it does not, the restatement is the wrong figure, unless its original is the
one the other figures of the fact reject while the restatement fits them: then the evidence goes
to the original.

A currency slip in the original: when no rate explains the pair, but the original's number read
in another currency its article states amounts in converts right ("18억달러(7300만 유로)" in an
article whose amounts are in crowns: 18억 crowns is 7300만 euros), the original names the wrong
currency: it is flagged, high.

Instalments: a total paid in parts at different dates may be converted part by part. When the
original's parts (figures whose `part_of` names its metric, in its currency) carry two or more
as_of dates and add up to it, and their conversions at their own dates (the same allowance) add up
to the restatement, it is not a wrong conversion: an info note says so.
"""
from __future__ import annotations

import math

from currency import formatting as fmt
from currency.amount import APPROX_WIDENING
from currency.data.periods import parse_period
from reconcile.checks import check
from reconcile.checks.common import head, records
from reconcile.model import findings as F
from reconcile.model import uncertainty
from reconcile.model.normalize import fixings_between

RULE = (f"restatement: the rate a conversion implies must meet the ECB rate of its as_of or "
        f"publication date, ±{uncertainty.RATE_ALLOWANCE:.0%}")


def _band(r, which: str, o_cur: str, r_cur: str, period: str) -> tuple[float, float, str]:
    """The rate band the normalization carries for a restatement (`which`: 'a' for its as_of,
    'p' for its publication date), widened for the rate source, and how to say it."""
    b = {k: getattr(r, f"x{which}_{k}") for k in ("rate_low", "rate_high", "rate_low_date",
                                                   "rate_high_date")}
    lo, hi = uncertainty.widen(b["rate_low"], b["rate_high"])
    if b["rate_low"] == b["rate_high"]:
        text = f"{show_rate(b['rate_low'], o_cur, r_cur)} on {b['rate_low_date']}"
    else:
        (a, da), (z, dz) = sorted([(b["rate_low"], b["rate_low_date"]),
                                   (b["rate_high"], b["rate_high_date"])],
                                  key=lambda t: t[1])
        text = (f"{show_rate(a, o_cur, r_cur)} ({da}) to {show_rate(z, o_cur, r_cur)} ({dz}) "
                f"over {period}")
    return lo, hi, text


def show_rate(x: float, base: str, quote: str) -> str:
    """A rate as people quote it: 1,363.64 KRW/USD rather than 0.000733 USD/KRW (`fmt.rate`
    turns it, as it does for every view)."""
    return fmt.rate(x, base, quote)


def show_range(lo: float, hi: float, base: str, quote: str) -> str:
    """A range of rates in the orientation of `show_rate`."""
    return fmt.rate_range(lo, hi, base, quote)


def _meets(lo: float, hi: float, band: tuple[float, float, str]) -> bool:
    return lo <= band[1] and band[0] <= hi


@check("restatement",
       rule=("a conversion implies a rate (its value over its original's stated value); "
             'allowing for its own rounding, that rate must meet the ECB rate of the as_of or '
             "of the publication date, ±1 %. If the original is the figure its fact's others "
             'reject and the restatement fits them, the original is flagged. A rate that fits '
             'neither date but only the fixings between them, more than 31 days apart, is a '
             "stale conversion. A total converted part by part at its parts' own dates is not "
             "wrong. When the original's number read in another currency of its article "
             'converts correctly, the original is flagged as a currency slip'),
       severity=("as above; matching only the publication date's rate is info; stale low; "
                 'instalments info; currency slip high'))
def restatement(df, ctx) -> list[F.Finding]:
    """Findings on conversions whose implied rate no rate of the window explains."""
    rs = df[df["role"].eq("restatement")]
    if rs.empty:
        return []
    # Looked up by key, not by scanning the table per restatement (which grows as n squared).
    by_id = df.set_index("id")
    by_grp = df.groupby("grp").indices
    parts = _parts_by_total(df)
    # The currencies each article states amounts in, found once (not per restatement).
    spoken = df[df["currency"].notna()].groupby("source")["currency"].agg(set).to_dict()
    out = []
    for r in records(rs):
        o = by_id.loc[r.original]
        if not (o["value"] > 0 and math.isfinite(o["value"])):
            continue
        out.extend(_explained(_judge(r, o, df, by_grp), r, o, parts, spoken))
    return out


def _explained(found: list[F.Finding], r, o, parts: dict, spoken: dict) -> list[F.Finding]:
    """What `_judge` found about a conversion, unless instalments explain it (an info note) or,
    when no rate of its window does, a currency slip in its original does (that finding)."""
    if not any(f.flagged for f in found):
        return found
    paid = _instalments(r, o, parts)
    if paid is not None:
        return [paid]
    v = float(o["value"])
    imp = (r.s_low / v, r.s_high / v if math.isfinite(r.s_high) else math.inf)
    bands = [_band(r, w, o["currency"], r.currency, "") for w in ("a", "p")]
    if not any(_meets(*imp, b) for b in bands):
        wrong_currency = _currency_slip(r, o, spoken)
        if wrong_currency is not None:
            return [wrong_currency]
    return found


def _parts_by_total(df) -> dict:
    """The original money figures that are parts, as plain records, by the metric of the total
    they are part of (looked up per wrong conversion, so no frame work there)."""
    p = df[df["part_of"].notna() & df["role"].eq("original") & df["currency"].notna()]
    out: dict = {}
    for q in p[["id", "metric", "amount", "source", "currency", "as_of", "s_low", "s_high",
                "part_of"]].itertuples(index=False):
        for total in str(q.part_of).split(";"):
            if total.strip():
                out.setdefault(total.strip(), []).append(q)
    return out


def _instalments(r, o, parts: dict) -> F.Finding | None:
    """An info note when the restatement is the sum of the original's parts, each converted at
    its own as_of (instalments paid at different dates); None otherwise."""
    from reconcile.model.normalize import fx_band
    mine = [q for q in parts.get(o["metric"], ()) if q.currency == o["currency"]]
    # One figure per part, the total's own article first.
    one: dict = {}
    for q in sorted(mine, key=lambda q: q.source != o["source"]):
        one.setdefault(q.metric, q)
    p = list(one.values())
    if len(p) < 2 or len({q.as_of for q in p}) < 2 or \
            not all(math.isfinite(q.s_high) for q in p):
        return None
    if not (sum(q.s_low for q in p) < o["s_high"] and o["s_low"] < sum(q.s_high for q in p)):
        return None      # the parts do not add up to the total
    lo = hi = 0.0
    for q in p:
        b = fx_band(o["currency"], r.currency, q.as_of)
        b_lo, b_hi = uncertainty.widen(b["rate_low"], b["rate_high"])
        lo += q.s_low * b_lo
        hi += q.s_high * b_hi
    if not (r.s_low <= hi and lo <= r.s_high):
        return None
    dates = ", ".join(f'{q.id} ("{q.amount}", as of {q.as_of})' for q in p)
    detail = (f'it restates {r.original} ("{o["amount"]}"), whose parts carry their own dates '
              f"({dates}): converted each at its own date they add up to "
              f"{fmt.interval(lo, hi, r.currency)}, which it matches; a total paid in "
              f"instalments, not a wrong conversion.")
    e = F.Evidence("restatement", RULE, detail, tuple(q.id for q in p), r.s_low, r.s_high, lo,
                   hi, r.currency, 1.0)
    return F.Finding("info", r.metric, (), (r.id,), head(r), (e,))


def _currency_slip(r, o, spoken: dict) -> F.Finding | None:
    """A high finding on the original when its number, in another currency its article uses
    (`spoken`: the currencies of each source), converts to the restatement at a rate of the
    window; None otherwise."""
    from reconcile.model.normalize import fx_band
    others = sorted(spoken.get(o["source"], set()) - {o["currency"], r.currency})
    v = float(o["value"])
    rnd_lo, rnd_hi = (r.value - r.u / 2) / v, (r.value + r.u / 2) / v
    for code in others:
        try:
            bands = [fx_band(code, r.currency, d) for d in (r.as_of, r.published)]
        except Exception:      # a currency the rate data does not cover explains nothing
            continue
        for b in bands:
            lo, hi = uncertainty.widen(b["rate_low"], b["rate_high"])
            if rnd_lo <= hi and lo <= rnd_hi:
                return _slip_finding(r, o, code, b)
    return None


def _slip_finding(r, o, code: str, band: dict) -> F.Finding:
    said = show_rate(r.value / float(o["value"]), code, r.currency)
    detail = (f'its own conversion {r.id} ("{r.amount}") is what its number gives in {code}, a '
              f"currency its article states amounts in ({said}; the ECB rate was "
              f"{show_rate(band['rate_low'], code, r.currency)} on {band['rate_low_date']}), "
              f"not in {o['currency']}: the original names the wrong currency (a currency "
              f"slip).")
    e = F.Evidence("restatement", RULE, detail, (r.id,), float(o["value"]), float(o["value"]),
                   math.nan, math.nan, str(o["currency"]), math.inf, 0,
                   (f"the rates of the as_of and publication dates, "
                    f"±{uncertainty.RATE_ALLOWANCE:.0%} for the rate source",))
    return F.Finding("high", r.metric, (r.original,), (r.original, r.id),
                     head(_Row(o, r.original)), (e,))


def _stated(o) -> tuple[float, float, bool]:
    """The numbers the writer may have converted: the original's stated value, or, when the
    original says it is approximate (약, about), any number within its hedge (APPROX_WIDENING)
    of it: "약 6억 달러(6,533억원)" converts the precise amount the approximate one stands for.
    Not its rounding unit: "approximately 6 trillion won" converts 6조, not 6.5조. True when
    the hedge was used."""
    v, half = float(o["value"]), float(o["precision"]) / 2
    if o["bound"] != "approx" or not v > 0:
        return v, v, False
    # Only the sides its hedge widened: "nearly 1 trillion" may stand for a little less only.
    lo = v * (1 - APPROX_WIDENING) if o["low"] < v - half else v
    hi = v * (1 + APPROX_WIDENING) if o["high"] > v + half else v
    return lo, hi, (lo, hi) != (v, v)


def _judge(r, o, df, by_grp) -> list[F.Finding]:
    o_cur, r_cur, v = o["currency"], r.currency, float(o["value"])
    point = r.value / v
    o_lo, o_hi, o_hedged = _stated(o)
    imp_lo = r.s_low / o_hi
    imp_hi = r.s_high / o_lo if math.isfinite(r.s_high) else math.inf
    # The same interval without the opening of an 이상 / 최대 hedge: rounding alone.
    rnd_lo, rnd_hi = (r.value - r.u / 2) / o_hi, (r.value + r.u / 2) / o_lo
    as_of = _band(r, "a", o_cur, r_cur, r.as_of)
    pub = _band(r, "p", o_cur, r_cur, r.published)
    same_window = as_of[:2] == pub[:2]
    windows = (f"the ECB rate of its as_of, {as_of[2]}" if same_window else
               f"the ECB rate of its as_of, {as_of[2]}, and at publication, {pub[2]}")
    tried = (f"its rounding (±{fmt.compact(r.u / 2)} {r_cur})",
             f"the rates of the as_of and publication dates, ±{uncertainty.RATE_ALLOWANCE:.0%} "
             f"for the rate source")
    if o_hedged:
        tried += (f"its original's hedge ({o['hedge']}), "
                  f"{fmt.interval(o_lo, o_hi, o_cur)}",)
    said = (f'it restates {r.original} ("{o["amount"]}") in {r_cur}, which implies '
            f"{show_rate(point, o_cur, r_cur)}")
    lo_w, hi_w = min(as_of[0], pub[0]), max(as_of[1], pub[1])
    gap, direction = F.point_gap(point, lo_w, hi_w)
    if 0 < point < 1:      # shown inverted (KRW per USD), so the direction turns too
        direction = {"above": "below", "below": "above"}.get(direction, direction)
    ev = dict(against=(r.original,), low=imp_lo, high=imp_hi, expected_low=lo_w,
              expected_high=hi_w, unit=f"{r_cur}/{o_cur}", tried=tried)
    hits = [name for name, b in (("as_of", as_of), ("publication", pub)) if _meets(imp_lo, imp_hi, b)]
    if hits:
        by_rounding = any(_meets(rnd_lo, rnd_hi, b) for b in (as_of, pub))
        if not by_rounding and gap > uncertainty.HEDGE_ONLY_GAP:
            detail = (f"{said}, {F.gap_words(gap, direction)} {windows}; it agrees only through "
                      f"its hedge ({r.hedge}).")
            e = F.Evidence("restatement", RULE, detail, gap=gap, **ev)
            return [F.Finding("low", r.metric, (r.id,), (r.id, r.original), head(r), (e,))]
        if by_rounding and "as_of" in hits:
            return []      # the ordinary case: converted at the fact's own rate
        which = ("the rate of the publication date, not of the as_of" if hits == ["publication"]
                 else "the rate of its as_of")
        how = "" if by_rounding else f", through its hedge ({r.hedge})"
        detail = f"{said}, which matches {which}{how}: {windows}."
        e = F.Evidence("restatement", RULE, detail, gap=1.0, **ev)
        return [F.Finding("info", r.metric, (), (r.id,), head(r), (e,))]
    # Between the two dates' rates (no gap to either): the rate of some day in between.
    stale = gap == 1.0 and stale_conversion(r, o_cur, r_cur, (imp_lo, imp_hi), said, ev)
    if stale:
        return [stale]
    slip = F.unit_slip(point / ((lo_w + hi_w) / 2))
    if gap == 1.0:
        # Between the two dates' bands and meeting neither: the nearer one measures how far off.
        gap = min(F.point_gap(point, *as_of[:2])[0], F.point_gap(point, *pub[:2])[0])
        where = (f"between {windows}, meeting neither: {(gap - 1) * 100:.1f} % outside the nearer "
                 f"with its ±{uncertainty.RATE_ALLOWANCE:.0%} allowance")
    else:
        where = f"{F.gap_words(gap, direction)} {windows}"
    detail = (f"{said}, {where}, beyond its rounding (rates "
              f"{show_range(imp_lo, imp_hi, o_cur, r_cur)})")
    if slip:
        detail += f"; about {10 ** abs(slip):,}× off, which looks like " + F.slip_words(slip, r_cur)
    sev = F.severity_of(gap, bool(r.vague), slip)
    blame_original = _original_is_the_outlier(r, o, df, by_grp)
    if blame_original:
        detail = (f'its own conversion {r.id} ("{r.amount}") implies '
                  f"{show_rate(point, o_cur, r_cur)}, {where}")
        if slip:
            detail += (f"; about {10 ** abs(slip):,}× off, which looks like "
                       + F.slip_words(slip, r_cur))
        detail += (f"; the restatement fits what the other figures of {r.metric} agree on, so the "
                   f"original {r.original} is the figure in doubt")
        e = F.Evidence("restatement", RULE, detail + ".", gap=gap, slip=slip,
                       **{**ev, "against": (r.id,)})
        return [F.Finding(sev, r.metric, (r.original,), (r.original, r.id),
                          head(_Row(o, r.original)), (e,))]
    e = F.Evidence("restatement", RULE, detail + ".", gap=gap, slip=slip, **ev)
    return [F.Finding(sev, r.metric, (r.id,), (r.id, r.original), head(r), (e,))]


# A conversion that fits neither its as_of's rate nor its publication's, when these are further
# apart than this, may have been copied from a report written in between.
STALE_AFTER_DAYS = 31
STALE_RULE = (f"restatement: a conversion fitting only the rates between its as_of and its "
              f"publication, more than {STALE_AFTER_DAYS} days apart, is stale")


def stale_conversion(r, o_cur: str, r_cur: str, implied: tuple[float, float], said: str,
                     ev: dict) -> F.Finding | None:
    """A low finding when a conversion whose rate lies between those of its as_of and its
    publication, and meets neither, fits rates of the days between them (a window longer than
    STALE_AFTER_DAYS): a stale conversion copied from an older report. None otherwise."""
    first = parse_period(r.as_of).last
    last = parse_period(r.published).first
    if (last - first).days <= STALE_AFTER_DAYS:
        return None
    between = fixings_between(o_cur, r_cur, first, last)
    fits = []
    for day, rate in between:
        r_lo, r_hi = uncertainty.widen(rate, rate)
        if r_lo <= implied[1] and implied[0] <= r_hi:
            fits.append((day, rate))
    if not fits:
        return None
    (d0, v0), (d1, v1) = fits[0], fits[-1]
    detail = (f"{said}, which fits neither the ECB rate of its as_of nor that of its publication "
              f"but only rates of days between them: {len(fits)} of the {len(between)} fixings "
              f"between them fit, from {d0} "
              f"({show_rate(v0, o_cur, r_cur)}) to {d1} ({show_rate(v1, o_cur, r_cur)}); a stale "
              f"conversion, perhaps copied from a report of that time.")
    e = F.Evidence("restatement", STALE_RULE, detail, gap=1.0, **ev)
    return F.Finding("low", r.metric, (r.id,), (r.id, r.original), head(r), (e,))


def _original_is_the_outlier(r, o, df, by_grp) -> bool:
    """True when the original is rejected by its fact's other figures and the restatement fits
    them (`o`: the original's row; `by_grp`: row positions of each fact group)."""
    row = o
    if row.get("status") not in ("outlier", "split"):
        return False
    cons_lo, cons_hi = row["cons_low"], row["cons_high"]
    if not (math.isfinite(cons_lo) and math.isfinite(cons_hi)) and row["status"] == "outlier":
        return False
    if row["status"] == "split":
        grp = df.iloc[by_grp[row["grp"]]]
        others = grp[grp["id"].ne(r.original)]
        return bool(((others["c_low"] < r.c_high) & (r.c_low < others["c_high"])).any())
    return bool(r.c_low < cons_hi and cons_lo < r.c_high)


class _Row:
    """A figure's row seen through attributes, for `head`."""

    def __init__(self, row, fid: str) -> None:
        self.id, self.amount = fid, row["amount"]
        self.source, self.as_of = row["source"], row["as_of"]
