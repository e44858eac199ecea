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
from collections import namedtuple
from dataclasses import dataclass

import numpy as np
import pandas as pd

from currency import formatting as fmt
from currency.amount import APPROX_WIDENING
from currency.data.periods import parse_period
from reconcile.checks import check
from reconcile.checks.common import head, records
from reconcile.checks.part_of import part_of_pairs
from reconcile.model import findings as F
from reconcile.model import uncertainty
from reconcile.model.normalize import fixings_between

RULE = (f"restatement: the rate a conversion implies must meet the ECB rate of its as_of or "
        f"publication date, ±{uncertainty.RATE_ALLOWANCE:.0%}")


def _band_text(r, which: str, o_cur: str, r_cur: str, period: str) -> str:
    """How to say the rate band the normalization carries for a restatement (`which`: 'a' for
    its as_of, 'p' for its publication date)."""
    b = {k: getattr(r, f"x{which}_{k}") for k in ("rate_low", "rate_high", "rate_low_date",
                                                   "rate_high_date")}
    if b["rate_low"] == b["rate_high"]:
        return f"{show_rate(b['rate_low'], o_cur, r_cur)} on {b['rate_low_date']}"
    (a, da), (z, dz) = sorted([(b["rate_low"], b["rate_low_date"]),
                               (b["rate_high"], b["rate_high_date"])], key=lambda t: t[1])
    return (f"{show_rate(a, o_cur, r_cur)} ({da}) to {show_rate(z, o_cur, r_cur)} ({dz}) "
            f"over {period}")


def show_rate(x: float, base: str, quote: str) -> str:
    """A rate as people quote it: 1,363.64 KRW/USD rather than 0.000733 USD/KRW (`fmt.rate`
    turns it, as it does for every view)."""
    return fmt.rate(x, base, quote)


def show_range(lo: float, hi: float, base: str, quote: str) -> str:
    """A range of rates in the orientation of `show_rate`."""
    return fmt.rate_range(lo, hi, base, quote)


def _meets(lo, hi, band_lo, band_hi):
    """Whether intervals meet (arrays or numbers): the one test of a rate against a band."""
    return (lo <= band_hi) & (band_lo <= hi)


# A restatement's own columns, and its original's, merged beside them as o_*.
_OWN = ["id", "metric", "amount", "source", "as_of", "published", "currency", "original",
        "value", "u", "s_low", "s_high", "c_low", "c_high", "vague", "hedge",
        *(f"x{w}_{k}" for w in "ap" for k in ("rate_low", "rate_high", "rate_low_date",
                                               "rate_high_date"))]
_ORIGINAL = ["metric", "amount", "source", "as_of", "currency", "value", "precision",
             "bound", "low", "high", "hedge", "s_low", "s_high", "status", "cons_low",
             "cons_high", "grp"]


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
    pairs = _with_originals(df)
    if pairs.empty:
        return []
    judged = pairs.assign(**_rates(pairs))
    # The ordinary case, decided for all rows at once: converted at the fact's own rate, within
    # its rounding. Only the rest are looked at one by one, to say what is wrong or notable.
    rest = judged[~(judged["hit_a"] & judged["by_rounding"])]
    if rest.empty:
        return []
    groups = _Groups(df)
    parts = _Parts(df)
    # The currencies each article states amounts in, found once (not per restatement).
    money = df.loc[df["currency"].notna(), ["source", "currency"]].drop_duplicates()
    spoken = money.groupby("source")["currency"].agg(set).to_dict()
    out = []
    for r in records(rest):
        out.extend(_explained(_judge(r, groups), r, parts, spoken))
    return out


def _with_originals(df):
    """Each restatement with its original's columns beside it (o_*), for those whose original
    states a positive, finite value (no rate is implied otherwise)."""
    rs = df.loc[df["role"].eq("restatement"), _OWN]
    # Positions, then only the restated rows and the columns read: no copy of the whole table.
    at = pd.Index(df["id"]).get_indexer(rs["original"])
    rs = rs[at >= 0]
    o = df.iloc[at[at >= 0], [df.columns.get_loc(c) for c in _ORIGINAL]]
    o.columns = ["o_" + c for c in o.columns]
    o.index = rs.index
    pairs = rs.join(o)
    v = pairs["o_value"]
    return pairs[(v > 0) & np.isfinite(v)]


def _rates(p) -> dict:
    """As arrays, per restatement: the numbers its writer may have converted (`_stated`), the
    rates it implies (imp_*; rnd_* with its rounding alone, raw_* from the original's stated
    value without its hedge), the rate bands of its as_of (a_*) and publication (p_*) widened
    for the rate source, and which of them the implied rates meet."""
    def num(col):
        return p[col].to_numpy(dtype=float)

    v, val, half_u = num("o_value"), num("value"), num("u") / 2
    s_lo, s_hi = num("s_low"), num("s_high")
    o_lo, o_hi = _stated(v, num("o_precision"), p["o_bound"].eq("approx").to_numpy(),
                         num("o_low"), num("o_high"))
    finite = np.isfinite(s_hi)
    with np.errstate(divide="ignore", invalid="ignore"):
        c = dict(o_lo=o_lo, o_hi=o_hi, o_hedged=(o_lo != v) | (o_hi != v),
                 imp_lo=s_lo / o_hi, imp_hi=np.where(finite, s_hi / o_lo, math.inf),
                 rnd_lo=(val - half_u) / o_hi, rnd_hi=(val + half_u) / o_lo,
                 raw_lo=s_lo / v, raw_hi=np.where(finite, s_hi / v, math.inf))
    for w in "ap":
        c[f"{w}_lo"], c[f"{w}_hi"] = uncertainty.widen(num(f"x{w}_rate_low"),
                                                       num(f"x{w}_rate_high"))
    band = {w: (c[f"{w}_lo"], c[f"{w}_hi"]) for w in "ap"}
    c["hit_a"] = _meets(c["imp_lo"], c["imp_hi"], *band["a"])
    c["hit_p"] = _meets(c["imp_lo"], c["imp_hi"], *band["p"])
    c["by_rounding"] = (_meets(c["rnd_lo"], c["rnd_hi"], *band["a"])
                        | _meets(c["rnd_lo"], c["rnd_hi"], *band["p"]))
    c["fits_raw"] = (_meets(c["raw_lo"], c["raw_hi"], *band["a"])
                     | _meets(c["raw_lo"], c["raw_hi"], *band["p"]))
    return c


def _explained(found: list[F.Finding], r, parts: _Parts, spoken: dict) -> list[F.Finding]:
    """What `_judge` found about a conversion, unless instalments explain it (an info note) or,
    when no rate of its window does, a currency slip in its original does (that finding)."""
    if not any(f.flagged for f in found):
        return found
    paid = _instalments(r, parts)
    if paid is not None:
        return [paid]
    if not r.fits_raw:
        wrong_currency = _currency_slip(r, spoken)
        if wrong_currency is not None:
            return [wrong_currency]
    return found


class _Parts:
    """The original money figures that are parts, by the metric of the total they are part of;
    their records are made only for the totals asked about (those of wrong conversions)."""

    COLUMNS = ["id", "metric", "amount", "source", "currency", "as_of", "s_low", "s_high"]

    def __init__(self, df) -> None:
        p = df.loc[df["part_of"].notna() & df["role"].eq("original") & df["currency"].notna(),
                   self.COLUMNS + ["part_of"]]
        rows, totals = part_of_pairs(p["part_of"])
        self._at = pd.Series(rows).groupby(totals, sort=False).indices
        self._rows = rows
        self._record = namedtuple("Part", self.COLUMNS)
        self._columns = [p[c].tolist() for c in self.COLUMNS]

    def of(self, total: str) -> list:
        """The part records of a total's metric, in file order (none if it has no parts)."""
        at = self._at.get(total)
        if at is None:
            return []
        return [self._record(*(c[i] for c in self._columns)) for i in self._rows[at]]


def _instalments(r, parts: _Parts) -> F.Finding | None:
    """An info note when the restatement is the sum of the original's parts, each converted at
    its own as_of (instalments paid at different dates); None otherwise."""
    from reconcile.model.normalize import fx_band
    mine = [q for q in parts.of(r.o_metric) if q.currency == r.o_currency]
    # One figure per part, the total's own article first.
    one: dict = {}
    for q in sorted(mine, key=lambda q: q.source != r.o_source):
        one.setdefault(q.metric, q)
    p = list(one.values())
    if len(p) < 2 or len({q.as_of for q in p}) < 2 or \
            not all(math.isfinite(q.s_high) for q in p):
        return None
    if not (sum(q.s_low for q in p) < r.o_s_high and r.o_s_low < sum(q.s_high for q in p)):
        return None      # the parts do not add up to the total
    lo = hi = 0.0
    for q in p:
        b = fx_band(r.o_currency, r.currency, q.as_of)
        b_lo, b_hi = uncertainty.widen(b["rate_low"], b["rate_high"])
        lo += q.s_low * b_lo
        hi += q.s_high * b_hi
    if not (r.s_low <= hi and lo <= r.s_high):
        return None
    dates = ", ".join(f'{q.id} ("{q.amount}", as of {q.as_of})' for q in p)
    detail = (f'it restates {r.original} ("{r.o_amount}"), whose parts carry their own dates '
              f"({dates}): converted each at its own date they add up to "
              f"{fmt.interval(lo, hi, r.currency)}, which it matches; a total paid in "
              f"instalments, not a wrong conversion.")
    e = F.Evidence("restatement", RULE, detail, tuple(q.id for q in p), r.s_low, r.s_high, lo,
                   hi, r.currency, 1.0)
    return F.Finding("info", r.metric, (), (r.id,), head(r), (e,))


def _currency_slip(r, spoken: dict) -> F.Finding | None:
    """A high finding on the original when its number, in another currency its article uses
    (`spoken`: the currencies of each source), converts to the restatement at a rate of the
    window; None otherwise."""
    from reconcile.model.normalize import fx_band
    others = sorted(spoken.get(r.o_source, set()) - {r.o_currency, r.currency})
    v = r.o_value
    rnd_lo, rnd_hi = (r.value - r.u / 2) / v, (r.value + r.u / 2) / v
    for code in others:
        try:
            bands = [fx_band(code, r.currency, d) for d in (r.as_of, r.published)]
        except Exception:      # a currency the rate data does not cover explains nothing
            continue
        for b in bands:
            if _meets(rnd_lo, rnd_hi, *uncertainty.widen(b["rate_low"], b["rate_high"])):
                return _slip_finding(r, code, b)
    return None


def _slip_finding(r, code: str, band: dict) -> F.Finding:
    said = show_rate(r.value / r.o_value, code, r.currency)
    detail = (f'its own conversion {r.id} ("{r.amount}") is what its number gives in {code}, a '
              f"currency its article states amounts in ({said}; the ECB rate was "
              f"{show_rate(band['rate_low'], code, r.currency)} on {band['rate_low_date']}), "
              f"not in {r.o_currency}: the original names the wrong currency (a currency "
              f"slip).")
    e = F.Evidence("restatement", RULE, detail, (r.id,), r.o_value, r.o_value,
                   math.nan, math.nan, str(r.o_currency), math.inf, 0,
                   (f"the rates of the as_of and publication dates, "
                    f"±{uncertainty.RATE_ALLOWANCE:.0%} for the rate source",))
    return F.Finding("high", r.metric, (r.original,), (r.original, r.id), _original_head(r),
                     (e,))


def _stated(v, precision, approx, low, high):
    """The numbers the writer may have converted (arrays): the original's stated value, or,
    when the original says it is approximate (약, about), any number within its hedge
    (APPROX_WIDENING) of it: "약 6억 달러(6,533억원)" converts the precise amount the
    approximate one stands for. Not its rounding unit: "approximately 6 trillion won" converts
    6조, not 6.5조."""
    half = precision / 2
    # Only the sides its hedge widened: "nearly 1 trillion" may stand for a little less only.
    lo = np.where(approx & (low < v - half), v * (1 - APPROX_WIDENING), v)
    hi = np.where(approx & (high > v + half), v * (1 + APPROX_WIDENING), v)
    return lo, hi


def _judge(r, groups: _Groups) -> list[F.Finding]:
    """The finding on a conversion that is not the ordinary case (`r`: its row of `_rates`)."""
    o_cur, r_cur, v = r.o_currency, r.currency, r.o_value
    point = r.value / v
    o_lo, o_hi = r.o_lo, r.o_hi
    imp_lo, imp_hi = r.imp_lo, r.imp_hi
    as_of = (r.a_lo, r.a_hi)
    pub = (r.p_lo, r.p_hi)
    as_of_text = _band_text(r, "a", o_cur, r_cur, r.as_of)
    pub_text = _band_text(r, "p", o_cur, r_cur, r.published)
    windows = (f"the ECB rate of its as_of, {as_of_text}" if as_of == pub else
               f"the ECB rate of its as_of, {as_of_text}, and at publication, {pub_text}")
    tried = (f"its rounding (±{fmt.compact(r.u / 2)} {r_cur})",
             f"the rates of the as_of and publication dates, ±{uncertainty.RATE_ALLOWANCE:.0%} "
             f"for the rate source")
    if r.o_hedged:
        tried += (f"its original's hedge ({r.o_hedge}), "
                  f"{fmt.interval(o_lo, o_hi, o_cur)}",)
    said = (f'it restates {r.original} ("{r.o_amount}") in {r_cur}, which implies '
            f"{show_rate(point, o_cur, r_cur)}")
    lo_w, hi_w = min(as_of[0], pub[0]), max(as_of[1], pub[1])
    gap, direction = F.point_gap(point, lo_w, hi_w)
    if 0 < point < 1:      # shown inverted (KRW per USD), so the direction turns too
        direction = {"above": "below", "below": "above"}.get(direction, direction)
    ev = dict(against=(r.original,), low=imp_lo, high=imp_hi, expected_low=lo_w,
              expected_high=hi_w, unit=f"{r_cur}/{o_cur}", tried=tried)
    hits = [name for name, hit in (("as_of", r.hit_a), ("publication", r.hit_p)) if hit]
    if hits:
        if not r.by_rounding and gap > uncertainty.HEDGE_ONLY_GAP:
            detail = (f"{said}, {F.gap_words(gap, direction)} {windows}; it agrees only through "
                      f"its hedge ({r.hedge}).")
            e = F.Evidence("restatement", RULE, detail, gap=gap, **ev)
            return [F.Finding("low", r.metric, (r.id,), (r.id, r.original), head(r), (e,))]
        # (Meeting the as_of's rate within its rounding, the ordinary case, never comes here.)
        which = ("the rate of the publication date, not of the as_of" if hits == ["publication"]
                 else "the rate of its as_of")
        how = "" if r.by_rounding else f", through its hedge ({r.hedge})"
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
        gap = min(F.point_gap(point, *as_of)[0], F.point_gap(point, *pub)[0])
        where = (f"between {windows}, meeting neither: {(gap - 1) * 100:.1f} % outside the nearer "
                 f"with its ±{uncertainty.RATE_ALLOWANCE:.0%} allowance")
    else:
        where = f"{F.gap_words(gap, direction)} {windows}"
    detail = (f"{said}, {where}, beyond its rounding (rates "
              f"{show_range(imp_lo, imp_hi, o_cur, r_cur)})")
    if slip:
        detail += f"; about {10 ** abs(slip):,}× off, which looks like " + F.slip_words(slip, r_cur)
    sev = F.severity_of(gap, bool(r.vague), slip)
    if groups.original_is_the_outlier(r):
        detail = (f'its own conversion {r.id} ("{r.amount}") implies '
                  f"{show_rate(point, o_cur, r_cur)}, {where}")
        if slip:
            detail += (f"; about {10 ** abs(slip):,}× off, which looks like "
                       + F.slip_words(slip, r_cur))
        detail += (f"; the restatement fits what the other figures of {r.metric} agree on, so the "
                   f"original {r.original} is the figure in doubt")
        e = F.Evidence("restatement", RULE, detail + ".", gap=gap, slip=slip,
                       **{**ev, "against": (r.id,)})
        return [F.Finding(sev, r.metric, (r.original,), (r.original, r.id), _original_head(r),
                          (e,))]
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


class _Groups:
    """The fact groups of the original figures, as arrays: who else states an original's fact."""

    def __init__(self, df) -> None:
        self._at = df.groupby("grp").indices
        self._id = df["id"].to_numpy()
        self._low = df["c_low"].to_numpy(dtype=float)
        self._high = df["c_high"].to_numpy(dtype=float)

    def original_is_the_outlier(self, r) -> bool:
        """True when the original is rejected by its fact's other figures and the restatement
        fits them (`r`: the restatement's row, with its original's columns as o_*)."""
        if r.o_status not in ("outlier", "split"):
            return False
        cons_lo, cons_hi = r.o_cons_low, r.o_cons_high
        if not (math.isfinite(cons_lo) and math.isfinite(cons_hi)) and r.o_status == "outlier":
            return False
        if r.o_status == "split":
            at = self._at[r.o_grp]
            others = self._id[at] != r.original
            fits = (self._low[at] < r.c_high) & (r.c_low < self._high[at])
            return bool((fits & others).any())
        return bool(r.c_low < cons_hi and cons_lo < r.c_high)


def _original_head(r) -> str:
    """How the original of a restatement is named (`r`: the restatement's row)."""
    return head(_Named(r.original, r.o_amount, r.o_source, r.o_as_of))


@dataclass(frozen=True)
class _Named:
    """A figure as `head` names it."""

    id: str
    amount: str
    source: str
    as_of: str
