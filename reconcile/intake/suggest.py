"""Which existing metrics a new candidate figure may belong to: those whose figures are close to
it in value and time. Used when extracted figures are added; takes the figures, loads nothing."""
from __future__ import annotations

import math
from typing import Callable

import pandas as pd

from currency.data.periods import parse_period


def metric_suggester(figures: pd.DataFrame | None,
                     published_text: str | None) -> Callable[[object], list[str]]:
    """A function giving, for a candidate, up to three metrics of `figures` (validated, as
    `load_figures` returns them; None or empty: no suggestions) whose figures are close to it."""
    from reconcile.model.normalize import normalize
    if figures is None or figures.empty:
        return lambda c: []
    norm = normalize(figures)

    def suggest(c) -> list[str]:
        usd = _in_usd(c, c.as_of or published_text)
        if usd is None:
            return []
        low, high, unit, period = usd
        same = norm[norm["n_unit"].eq(unit)]
        if same.empty:
            return []
        when = parse_period(period)
        apart = ((same["as_of_first"] > pd.Timestamp(when.last))
                 | (same["as_of_last"] < pd.Timestamp(when.first)))
        gap = (same["n_low"] / high).where(same["n_low"] > high, 1.0)
        gap = gap.where(same["n_high"] >= low, low / same["n_high"])
        close = same.assign(gap=gap, apart=apart, closeness=(same["n_value"] / max(
            low, 1e-9)).map(lambda r: abs(math.log(r)) if r > 0 else 99))
        # close in value first, then in time, then the nearest value
        close = close[close["gap"] <= 1.1].sort_values(["gap", "apart", "closeness"])
        return list(dict.fromkeys(close["metric"]))[:3]
    return suggest


def _in_usd(c, period: str | None):
    """A candidate's interval in US dollars over `period` (its unit, e.g. "USD / year"), or None
    when it is not money or has no date."""
    from reconcile.model.normalize import fx_band
    if not c.currency or not period:
        return None
    from currency.data.rates import RateError
    try:
        band = fx_band(c.currency, "USD", period)
    except RateError:        # a currency without ECB rates: nothing to compare it with
        return None
    a = c.amount
    return a.low * band["rate_low"], a.high * band["rate_high"], \
        "USD" + (f" / {a.per}" if a.per else ""), period


def fitting(c, created: list[tuple[object, str, str]], published_text: str | None) -> list[str]:
    """The metrics of `created` (candidate, metric, as_of: figures added earlier in a session)
    whose figure fits `c`: within 10 % in value, in the same unit, over overlapping dates."""
    here = _in_usd(c, c.as_of or published_text)
    if here is None:
        return []
    low, high, unit, period = here
    when = parse_period(period)
    out = []
    for other, metric, as_of in created:
        there = _in_usd(other, as_of)
        if there is None or there[2] != unit or not parse_period(as_of).overlaps(when):
            continue
        o_low, o_high = there[0], there[1]
        gap = o_low / high if o_low > high else (low / o_high if o_high < low else 1.0)
        if gap <= 1.1:
            out.append(metric)
    return list(dict.fromkeys(reversed(out)))       # the latest first
