"""Figures to normalized intervals: one currency, one unit per dimension, with provenance.

Money is converted at the ECB rates of the figure's own `as_of` period: a day uses that day's fixing
(or the last earlier one), a month or a year the lowest and highest rate in it, which widens the
interval. Durations become days (pint), counts and shares stay in their unit. With `real_as_of`, money
is re-expressed in constant money of that date with US CPI-U.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from currency.periods import parse_period
from currency.rates import rate_book
from currency.reader import read_amount

DURATION_UNIT = "day"
AMOUNT_COLUMNS = ["value", "low", "high", "precision", "currency", "unit", "bound", "hedge",
                  "vague", "quantity_kind", "span"]


def read_amounts(amounts: pd.Series) -> pd.DataFrame:
    """Each amount text read once (texts repeat in large tables), as columns."""
    cache = {}
    for text in amounts.unique():
        a = read_amount(text)
        cache[text] = (a.value, a.low, a.high, a.precision, a.currency, a.unit_label, a.bound,
                       a.hedge, a.vague, a.kind, a.span)
    return pd.DataFrame([cache[t] for t in amounts], columns=AMOUNT_COLUMNS, index=amounts.index)


def _periods(texts: pd.Series) -> pd.DataFrame:
    cache = {t: parse_period(t) for t in texts.unique()}
    first = {t: pd.Timestamp(p.first) for t, p in cache.items()}
    last = {t: pd.Timestamp(p.last) for t, p in cache.items()}
    return pd.DataFrame({"first": texts.map(first), "last": texts.map(last)}, index=texts.index)


def fx_band(currency: str, target: str, period_text: str) -> dict:
    """Rate band from `currency` to `target` over a period, clamped to the data, with a note."""
    book = rate_book()
    period = parse_period(period_text)
    if currency == target:
        return dict(rate_low=1.0, rate_high=1.0, rate_low_date=None, rate_high_date=None,
                    rate_note="")
    note = ""
    if period.last < book.first_date:
        r = book.rate_on(currency, target, book.first_date)
        return dict(rate_low=r.value, rate_high=r.value, rate_low_date=r.date,
                    rate_high_date=r.date,
                    rate_note=f"{period} is before the ECB data; its first fixing is used")
    if period.first > book.last_date:
        r = book.rate_on(currency, target, book.last_date)
        return dict(rate_low=r.value, rate_high=r.value, rate_low_date=r.date,
                    rate_high_date=r.date,
                    rate_note=f"{period} is after the ECB data; its last fixing is used")
    if period.last > book.last_date:
        note = f"the ECB data ends {book.last_date}"
    band = book.band(currency, target, period)
    return dict(rate_low=band.low, rate_high=band.high, rate_low_date=band.low_date,
                rate_high_date=band.high_date, rate_note=note)


def normalize(figures: pd.DataFrame, currency: str = "USD",
              real_as_of=None) -> pd.DataFrame:
    """The figures with their amounts read and normalized to `currency` (column-wise)."""
    from currency.units import factor
    df = figures.copy()
    df = df.join(read_amounts(df["amount"]))
    as_of = _periods(df["as_of"])
    pub = _periods(df["published"])
    df["as_of_first"], df["as_of_last"] = as_of["first"], as_of["last"]
    df["pub_first"], df["pub_last"] = pub["first"], pub["last"]
    money = df["currency"].notna()

    # Exchange rates: one band per distinct (currency, as_of period), mapped back onto rows.
    keys = df.loc[money, ["currency", "as_of"]].drop_duplicates()
    bands = pd.DataFrame([dict(currency=c, as_of=p, **fx_band(c, currency, p))
                          for c, p in keys.itertuples(index=False)],
                         columns=["currency", "as_of", "rate_low", "rate_high", "rate_low_date",
                                  "rate_high_date", "rate_note"])
    df = df.merge(bands, on=["currency", "as_of"], how="left").set_index(df.index)
    df.loc[~money, ["rate_low", "rate_high"]] = 1.0
    df["rate_low"] = df["rate_low"].astype(float)
    df["rate_high"] = df["rate_high"].astype(float)

    # Units: money in the target currency (keeping any per-period), durations in days.
    per = df["unit"].str.extract(r" / (\w+)$")[0]
    df["n_unit"] = np.where(money, currency + np.where(per.notna(), " / " + per.fillna(""), ""),
                            df["unit"])
    scale = pd.Series(1.0, index=df.index)
    dur = df["quantity_kind"].eq("duration")
    for unit in df.loc[dur, "unit"].unique():
        scale[dur & df["unit"].eq(unit)] = factor(unit, DURATION_UNIT)
    df.loc[dur, "n_unit"] = DURATION_UNIT

    low_scale = scale * df["rate_low"]
    high_scale = scale * df["rate_high"]
    df["cpi_low"] = df["cpi_high"] = 1.0
    if real_as_of is not None:
        from currency.inflation import adjustment
        for p in df.loc[money, "as_of"].unique():
            period = parse_period(p)
            f1 = adjustment(period.first, real_as_of).factor
            f2 = adjustment(period.last, real_as_of).factor
            rows = money & df["as_of"].eq(p)
            df.loc[rows, "cpi_low"], df.loc[rows, "cpi_high"] = min(f1, f2), max(f1, f2)
        low_scale = low_scale * df["cpi_low"]
        high_scale = high_scale * df["cpi_high"]
    df["n_low"] = df["low"] * low_scale
    df["n_high"] = np.where(np.isinf(df["high"]), math.inf, df["high"] * high_scale)
    df["n_value"] = df["value"] * (low_scale + high_scale) / 2
    df["vague"] = df["vague"].astype(bool)
    # Text as plain objects: the checks join and format text per finding, and iterating pandas'
    # string arrays element by element is many times slower.
    text = [c for c in df.columns if pd.api.types.is_string_dtype(df[c])]
    return df.astype({c: object for c in text})
