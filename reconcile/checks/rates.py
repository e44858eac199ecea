"""Rates as the checks say and test them: one orientation for a message's rates, the test of an
implied rate against an ECB band, the bands asked once, and the words for a band over a period.
Shared by the restatement check and the same-fact check (a currency slip is a rate too)."""
from __future__ import annotations

import datetime as dt
import math
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from currency import formatting as fmt
from currency.data.periods import PeriodError, parse_period
from currency.errors import InputError
from reconcile.model import uncertainty
from reconcile.model.normalize import fixings_before, fx_band, known_by
from reconcile.model.uncertainty import meets


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


def pair_rates(value, u, o_lo, o_hi):
    """The rates a conversion allows by its own rounding (arrays or numbers): its `value` ± u/2
    over its original's interval `o_lo`..`o_hi`; no upper end when that interval reaches zero."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return ((value - u / 2) / o_hi,
                np.where(np.asarray(o_lo) > 0, (value + u / 2) / o_lo, math.inf))


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
# or the announcement (a filing's own rate), and reports copy that conversion. A month: longer
# would reach rates no one would still be using. Both checks' rules quote this number.
EARLIER_DAYS = 31
EARLIER_TRIED = (f"the ECB fixings of the {EARLIER_DAYS} days before its as_of, "
                 f"±{uncertainty.RATE_ALLOWANCE:.0%} for the rate source")


class Earlier(NamedTuple):
    """What `earlier_fits` found: the fixings of the days before an as_of that meet a rate."""

    n_fit: int                  # fixings that meet it, widened for the rate source
    n_all: int                  # fixings of those days
    first: tuple                # (day, rate) of the first that meets it, by day
    last: tuple                 # and of the last
    nearest: tuple              # and of the one nearest the rate's middle
    point: float                # that middle (geometric), the rate the figures imply
    as_of_band: tuple           # the ECB band of the as_of itself: (low, high)


def earlier_fits(lo: float, hi: float, base: str, quote: str, as_of: str, published: str
                 ) -> Earlier | None:
    """The fixings of the EARLIER_DAYS days before a day as_of that meet the rates `lo`..`hi`
    from `base` to `quote`; None when none does or the as_of is not a day the data covers."""
    try:
        period = parse_period(known_by(as_of, published))
        # A month or a year: the month before its first day is not when its figure was planned,
        # and its own band already spans its days.
        if not period.is_day:
            return None
        days, rates = fixings_before(base, quote, period.first, EARLIER_DAYS)
        band = fx_band(base, quote, str(period))
    # Not a date, or a currency or day the rate data lacks (its RateError, an InputError: the
    # checks read rates through normalize, never the rate table's module).
    except (PeriodError, InputError):
        return None
    r_lo, r_hi = uncertainty.widen(rates, rates)
    fit = np.flatnonzero(meets(lo, hi, r_lo, r_hi))
    if not len(fit):
        return None
    point = math.sqrt(lo * hi)
    near = fit[np.argmin(np.abs(np.log(rates[fit] / point)))]
    first, last, nearest = ((dt.date.fromordinal(int(days[i])), float(rates[i]))
                            for i in (fit[0], fit[-1], near))
    return Earlier(len(fit), len(rates), first, last, nearest, point,
                   (band["rate_low"], band["rate_high"]))


def earlier_words(e: Earlier, base: str, quote: str, turn: bool, own: bool = True) -> str:
    """How `earlier_fits` is said: the nearest fixing and how far it lies from the implied rate,
    the as_of's own rate (`own`: unless the sentence gave it), how many fit, the first and last
    by day."""
    def rate(x):
        return show_rate(x, base, quote, turn)
    (dn, vn), (d0, v0), (d1, v1) = e.nearest, e.first, e.last
    day = f" (its as_of's {show_range(*e.as_of_band, base, quote, turn)})" if own else ""
    off = abs(vn / e.point - 1)
    fitting = (f"the one on {d0} ({rate(v0)})" if d0 == d1 else
               f"the first on {d0} ({rate(v0)}), the last on {d1} ({rate(v1)})")
    return (f"the nearest ECB fixing of the {EARLIER_DAYS} days before its as_of, {rate(vn)} on "
            f"{dn}, is {off * 100:.1f} % from the implied {rate(e.point)}{day}; {e.n_fit} of "
            f"those {e.n_all} fixings fit within ±{uncertainty.RATE_ALLOWANCE:.0%} and the "
            f"figures' rounding, {fitting}: possibly a copy of a conversion at an earlier rate")
