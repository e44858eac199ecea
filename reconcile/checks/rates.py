"""Rates as the checks say and test them: one orientation for a message's rates, the test of an
implied rate against an ECB band, the bands asked once, and the words for a band over a period.
Shared by the restatement check and the same-fact check (a currency slip is a rate too)."""
from __future__ import annotations

import datetime as dt
import math
from functools import lru_cache

import numpy as np

from currency import formatting as fmt
from currency.data.periods import parse_period
from reconcile.model import uncertainty
from reconcile.model.normalize import fixings_before, fx_band, known_by


def show_rate(x: float, base: str, quote: str, turn: bool | None = None) -> str:
    """A rate as people quote it: 1,363.64 KRW/USD rather than 0.000733 USD/KRW (`fmt.rate`
    turns it, as it does for every view); `turn`: the way of the sentence's other rates."""
    return fmt.rate(x, base, quote, turn)


def show_range(lo: float, hi: float, base: str, quote: str, turn: bool | None = None) -> str:
    """A range of rates in the orientation of `show_rate`."""
    return fmt.rate_range(lo, hi, base, quote, turn)


# Whether a message's rates are turned over, given its ECB band's high: as that band is quoted,
# so that an implied rate near 1 reads the same way as the band beside it.
turns = fmt.turns


def meets(lo, hi, band_lo, band_hi):
    """Whether intervals meet (arrays or numbers): the one test of a rate against a band."""
    return (lo <= band_hi) & (band_lo <= hi)


def band_words(band: tuple, o_cur: str, r_cur: str, period: str, turn: bool) -> str:
    """How to say a rate band (low, high, their dates) over a period."""
    low, high, low_date, high_date = band
    # A period after publication had no fixings yet: its band is the last ones by publication.
    ahead = str(parse_period(period).first) > str(max(low_date, high_date))[:10]
    when = (f", the last fixings by publication ({period} was still to come)" if ahead else
            f" over {period}")
    ends = sorted([(low, low_date), (high, high_date)], key=lambda t: t[1])
    return fmt.dated_rates(*ends, o_cur, r_cur, turn) + when


# Cached by value: the conversions of a file fall on a few dates and currency pairs (at 1M
# figures, the 23,373 sentences on wrong conversions name 10 distinct windows).
@lru_cache(maxsize=4096)
def rate_windows(a_band: tuple, p_band: tuple, o_cur: str, r_cur: str, as_of: str,
                  published: str, same_window: bool, turn: bool) -> str:
    as_of = band_words(a_band, o_cur, r_cur, as_of, turn)
    if same_window:
        return f"the ECB rate of its as_of, {as_of}"
    return (f"the ECB rate of its as_of, {as_of}, and at publication, "
            f"{band_words(p_band, o_cur, r_cur, published, turn)}")


def band_cache():
    """`fx_band` of (base, quote, day), each asked once, None for a currency the rate data does
    not cover (it explains nothing): for a check that tries a few currencies per figure."""
    bands: dict = {}

    def band(base, quote, day):
        if (base, quote, day) not in bands:
            try:
                bands[base, quote, day] = fx_band(base, quote, day)
            except Exception:
                bands[base, quote, day] = None
        return bands[base, quote, day]
    return band


def rate_explaining(lo: float, hi: float, cur: str, codes, days, band) -> tuple | None:
    """(currency, band, day): the first of `codes` whose ECB rate from `cur` on one of `days`
    (widened for the rate source) meets the ratio `lo`..`hi`; None when none does."""
    # One currency's number taken for another's. The narrowest band that meets it is named (a
    # day's, not a year's); `band(base, quote, day)` is None for a currency the data lacks.
    for code in sorted(codes):
        found = [(band(cur, code, d), d) for d in days]
        if any(b is None for b, _ in found):
            continue
        # A currency read as itself has no rate source: 1 exactly, not widened.
        hits = sorted((h for h in found if meets(lo, hi, *(
            uncertainty.widen(h[0]["rate_low"], h[0]["rate_high"]) if code != cur else (1, 1)))),
            key=lambda h: h[0]["rate_high"] - h[0]["rate_low"])
        if hits:
            return code, *hits[0]
    return None


def ecb_words(band: dict, cur: str, code: str, turn: bool) -> str:
    """An ECB band from `cur` to `code` as a message quotes it: one rate and its day, or both
    ends with theirs."""
    lo, hi, d_lo, d_hi = (band[k] for k in ("rate_low", "rate_high", "rate_low_date",
                                            "rate_high_date"))
    return fmt.dated_rates((lo, d_lo), (hi, d_hi), cur, code, turn)


# A company may convert a commitment at the rate of the day it was planned, weeks before the board
# or the announcement (a filing's own rate), and reports copy that conversion: a small gap that a
# rate the market had within this many days before the as_of closes is two days' rates, not an
# error. A month, as the stale rule's; longer would reach rates no one would still be using.
EARLIER_DAYS = 31
EARLIER_TRIED = (f"the ECB fixings of the {EARLIER_DAYS} days before its as_of, "
                 f"±{uncertainty.RATE_ALLOWANCE:.0%} for the rate source")


def earlier_fits(lo: float, hi: float, base: str, quote: str, as_of: str, published: str
                 ) -> tuple | None:
    """(how many fixings of the EARLIER_DAYS days before the as_of meet the rates `lo`..`hi`
    from `base` to `quote`, widened for the rate source, how many there are, the first and last
    fitting day and rate, and the fitting day and rate nearest the middle of `lo`..`hi`); None
    when none fits or the as_of is not a date the data covers."""
    try:
        day = parse_period(known_by(as_of, published)).first
        days, rates = fixings_before(base, quote, day, EARLIER_DAYS)
    except Exception:        # not a date, or a currency the rate data lacks: nothing fits
        return None
    r_lo, r_hi = uncertainty.widen(rates, rates)
    fit = np.flatnonzero(meets(lo, hi, r_lo, r_hi))
    if not len(fit):
        return None
    near = fit[np.argmin(np.abs(np.log(rates[fit]) - math.log(lo * hi) / 2))]
    return (len(fit), len(rates), *(x for i in (fit[0], fit[-1], near)
                                     for x in (dt.date.fromordinal(int(days[i])),
                                               float(rates[i]))))


def earlier_words(fits: tuple, base: str, quote: str, turn: bool) -> str:
    """How `earlier_fits` is said: how many of the month's fixings fit, the first and last."""
    n_fit, n_all, d0, v0, d1, v1, dn, vn = fits
    return (f"the ECB fixed such a rate (±{uncertainty.RATE_ALLOWANCE:.0%} for the rate source) "
            f"on {n_fit} of the {n_all} days with a fixing in the {EARLIER_DAYS} days before its "
            f"as_of, at {fmt.dated_rates((v0, d0), (v1, d1), base, quote, turn)}, the nearest "
            f"{fmt.dated_rates((vn, dn), (vn, dn), base, quote, turn)}")
