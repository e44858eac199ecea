"""Convert an amount into another currency on a date, optionally into constant money of a date.

The result carries its provenance: the rate, the date of the fixing used, the source, and the CPI
months when inflation was applied.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from currency.amount import Amount, stated
from currency.data.inflation import Adjustment, adjustment
from currency.data.rates import Rate, peg_note, rate_book, stale_note, stand_in
from currency.errors import InputError
from currency.text.slips import near_currency_word
from currency.units import quantity

# Larger than any sum of money (world GDP is about 1e14 USD, the largest hyperinflation notes
# 1e21) yet far from float overflow, so rates, hedges and ratios of such an amount stay finite.
MAX_AMOUNT = 1e30


def too_large(value: float) -> bool:
    """Whether an amount is beyond what the checks can compute with (or not a number)."""
    return not math.isfinite(value) or abs(value) > MAX_AMOUNT


# What is said of such an amount, wherever it is refused (`add`'s rows, `convert`).
TOO_LARGE = f"the number is too large to compute with (the limit is {MAX_AMOUNT:.0e})"


def with_currency(amount: Amount, code: str | None) -> Amount:
    """An amount whose text names no unit (a headline's 12兆, "3조가 넘는") as money in the
    currency `code` the caller knows from elsewhere, as is a bare "$" that `code` names as a
    local dollar (CAD); an amount that names its unit is kept."""
    import dataclasses

    from currency.text.locale import names_which_dollar
    if code and (amount.unit is None or names_which_dollar(amount, code)):
        return dataclasses.replace(amount, unit=code, currency=code)
    return amount


class ConversionError(InputError):
    """An amount that cannot be converted (no currency, or not money)."""


@dataclass(frozen=True)
class Conversion:
    """An amount in another currency, with the rate and adjustment that made it."""

    amount: Amount
    currency: str
    unit: str
    value: float
    low: float
    high: float
    rate: Rate
    adjustment: Adjustment | None = None

    def as_dict(self) -> dict:
        """The JSON shape: currency, value, low, high, rate, rate_date (null for an open side)."""
        out = {
            "currency": self.currency, "unit": self.unit,
            "value": self.value, "low": _finite(self.low), "high": _finite(self.high),
            "rate": self.rate.value, "rate_date": self.rate.date.isoformat(),
            "rate_source": self.rate.source,
        }
        note = "; ".join(filter(None, (peg_note(self.rate), stale_note(self.rate))))
        if note:
            out["rate_note"] = note
        if self.adjustment:
            adj = self.adjustment
            out["real"] = {"factor": adj.factor, "from_month": adj.from_month.isoformat()[:7],
                           "to_month": adj.to_month.isoformat()[:7],
                           "cpi_latest_month": adj.latest_month.isoformat()[:7],
                           "source": adj.source}
        return out


def _finite(x: float) -> float | None:
    return x if math.isfinite(x) else None


def convert(amount: Amount, to: str, on: dt.date, real_as_of: dt.date | None = None) -> Conversion:
    """`amount` in currency `to` at the fixing of `on` (or the last one before it; outside the
    data its nearest); constant money of `real_as_of` counts from `on` itself."""
    if not amount.currency:
        # A word that misspells a currency is named: an example code could contradict it.
        slip = near_currency_word(amount.text, amount.end) if amount.unit is None else None
        if slip:
            raise ConversionError(f"the amount names no currency: {slip[0]!r} after it is not "
                                  f"a currency word; did you mean {slip[1]}?")
        # A name several currencies share ("riyals", "dinars") is money of a currency not said.
        if amount.currency_options:
            options = amount.currency_options
            raise ConversionError(f"the amount names a currency several share: give its ISO "
                                  f"code with --currency, one of {', '.join(options)}")
        # A share, a duration or a count is no money: no --currency can make it one.
        if amount.kind != "number":
            raise ConversionError(f"the amount is a {amount.kind} ({amount.unit_label}), not "
                                  "money, so it cannot be converted")
        raise ConversionError("the amount names no currency, so it cannot be converted; "
                              "give its ISO code with --currency (e.g. --currency KRW)")
    if amount.currency_options and amount.currency not in amount.currency_options:
        # "riyals" given as USD: the name rules the code out, whatever the caller knows.
        raise ConversionError(f"{amount.span!r} names one of {', '.join(amount.currency_options)}"
                              f", not {amount.currency}")
    if amount.currency == to:
        # No fixing is read, so none stands in, and no data is its source.
        rate = Rate(to, to, 1.0, on, on, source=None)
    else:
        rate = rate_book().rate_on(amount.currency, to,
                                   stand_in(amount.currency, to, on, on, str(on))[0])
    # pint does the unit algebra: KRW/year times USD/KRW is USD/year, never plain USD.
    converted = amount.quantity() * quantity(rate.value, f"{to} / {amount.currency}")
    unit = str(converted.units)
    factor = 1.0
    adj = None
    if real_as_of is not None:
        adj = adjustment(on, real_as_of)
        factor = adj.factor
    scale = rate.value * factor
    # The interval the checks compare through (trailing zeros, truncation), not the bare reading.
    _, low, high = stated(amount)
    return Conversion(amount, to, unit, float(converted.magnitude) * factor, low * scale,
                      high * scale, rate, adj)
