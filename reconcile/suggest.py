"""Which existing metrics a new candidate figure may belong to: those whose figures are close to
it in value and time. Used when extracted figures are added; takes the figures, loads nothing."""
from __future__ import annotations

import math
from typing import Callable

import pandas as pd

from currency.periods import parse_period


def metric_suggester(figures: pd.DataFrame | None,
                     published_text: str | None) -> Callable[[object], list[str]]:
    """A function giving, for a candidate, up to three metrics of `figures` (validated, as
    `load_figures` returns them; None or empty: no suggestions) whose figures are close to it."""
    from reconcile.normalize import fx_band, normalize
    if figures is None or figures.empty:
        return lambda c: []
    norm = normalize(figures)

    def suggest(c) -> list[str]:
        a = c.amount
        period = c.as_of or published_text
        if not c.currency or not period:
            return []
        band = fx_band(c.currency, "USD", period)
        low, high = a.low * band["rate_low"], a.high * band["rate_high"]
        unit = "USD" + (f" / {a.per}" if a.per else "")
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
