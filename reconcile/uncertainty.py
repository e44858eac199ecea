"""The one uncertainty model every check compares through (README, "How figures are compared").

A figure's interval comes from three things:
- its stated precision, with the trailing-zero rule: zeros at the end of a whole number may be
  rounding, so the rounding unit is the place of the last nonzero digit, but never coarser than the
  second significant digit (`100조` is 95조 to 105조, `6500억` is 6450억 to 6550억, `1조` stays
  0.5조 to 1.5조, `131,000` is 130,500 to 131,500; `6.60` keeps its stated zero);
- its hedge: 약/about widens both sides by 2 % of the value, 거의/nearly the lower side, 이상/more
  than opens the upper side, 최대/up to the lower side. On a restatement (a conversion the writer
  made of another figure) 약 only says that the conversion was rounded, which the rounding unit
  already covers, so it adds nothing there;
- for money in another currency, the exchange rate the writer could have used: the ECB band over
  the fact's as_of period and over the publication date, each widened by RATE_ALLOWANCE for the
  rate source (Seoul market or bank rates against the ECB reference fixing).
"""
from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd

# Measured on the development corpus's 25 correct conversions (bench/corpus_rates.py): after the
# writer's own rounding, the largest gap to the nearer ECB fixing is 0.68 % (median 0); the smallest
# allowance that would accept one of its 4 known wrong conversions is 2.21 %. Market and bank rates
# differ from the ECB reference by up to about 1 %.
RATE_ALLOWANCE = 0.01
# A point more than this far off that agrees only through a hedge is worth a `low` finding.
HEDGE_ONLY_GAP = 1.05
# A true bound ("more than 3조" for 3.7조) is no error; one that understates (or, for "up to",
# overstates) the value by more than this factor misleads a reader and is reported as `low`.
MISLEADING_BOUND = 2.0

_DECIMAL = re.compile(r"\d\.\d")
_MODELLED = ("exact", "approx", "at_least", "at_most")


def rounding_unit(value: float, precision: float, span: str) -> float:
    """The rounding unit of a stated number under the trailing-zero rule."""
    if not (precision > 0) or not math.isfinite(value) or value == 0:
        return precision
    if isinstance(span, str) and _DECIMAL.search(span):
        return precision       # a zero after the decimal point is stated on purpose
    n = round(abs(value) / precision)
    if n <= 0:
        return precision
    zeros = len(str(n)) - len(str(n).rstrip("0"))
    last_nonzero = precision * 10.0 ** zeros
    second_digit = 10.0 ** (math.floor(math.log10(abs(value))) - 1)
    return max(precision, min(last_nonzero, second_digit))


def range_ends(low: float, high: float, precision: float, span: str) -> tuple[tuple[float, float],
                                                                          tuple[float, float]]:
    """The two stated ends of a range figure ("18~25달러": 18 and 25), each as the interval its
    rounding allows under the trailing-zero rule. The reader's `low`/`high` include half a unit."""
    ends = []
    for end in (low + precision / 2, high - precision / 2):
        u = rounding_unit(end, precision, span)
        ends.append((end - u / 2, end + u / 2))
    return ends[0], ends[1]


def model_intervals(df: pd.DataFrame, restatement: pd.Series) -> pd.DataFrame:
    """Per figure: rounding unit `u` and the model interval `s_low`, `s_high` in its own unit.

    Uses the reader's columns value, low, high, precision, bound, vague, span. The widening a hedge
    added is carried over unchanged, around the trailing-zero rounding unit.
    """
    value, prec = df["value"].astype(float), df["precision"].astype(float)
    # Archives repeat the same amounts: each distinct (value, precision, text) is judged once.
    seen: dict = {}
    u = pd.Series([seen[k] if k in seen else seen.setdefault(k, rounding_unit(*k))
                   for k in zip(value, prec, df["span"])], index=df.index, dtype=float)
    extra_low = ((value - prec / 2) - df["low"].astype(float)).clip(lower=0)
    high = df["high"].astype(float)
    extra_high = (high - (value + prec / 2)).clip(lower=0)
    symmetric = df["bound"].eq("approx") & (extra_high > 0)
    drop = restatement & symmetric
    extra_low = extra_low.where(~drop, 0.0)
    extra_high = extra_high.where(~drop, 0.0)
    s_low = (value - u / 2 - extra_low)
    s_low = s_low.where(~df["bound"].eq("at_most"), 0.0).clip(lower=0).where(value >= 0, s_low)
    # An amount of three or more digits written with a scale word (6532억, 65.4 billion) stands
    # for a longer number, which filings and newsrooms truncate as often as they round: up to a
    # full unit above. One or two digits ("$2 billion") are a rounding, never a truncation.
    truncated = df["bound"].eq("exact") & (prec > 1) & df["currency"].notna() & \
        (value.abs() >= 100 * u)
    s_high = (value + u.where(~truncated, 2 * u) / 2 + extra_high).where(np.isfinite(high),
                                                                          math.inf)
    modelled = df["bound"].isin(_MODELLED) & ~df["vague"].astype(bool)
    return pd.DataFrame({
        "u": u.where(modelled, prec),
        "s_low": s_low.where(modelled, df["low"].astype(float)),
        "s_high": s_high.where(modelled, high),
    }, index=df.index)


def widen(rate_low, rate_high, allowance: float = RATE_ALLOWANCE):
    """A rate band widened for the rate source."""
    return rate_low * (1 - allowance), rate_high * (1 + allowance)


def bound_side(bound: pd.Series, value: pd.Series, low: pd.Series, high: pd.Series,
               precision: pd.Series) -> pd.Series:
    """Per figure, which bound its hedge states: 'at_least' (이상, more than), 'at_most' (최대, up
    to, and nearly / 거의, which widen only the lower side), or '' for none."""
    value, low, high, prec = (x.astype(float) for x in (value, low, high, precision))
    below, above = (value - prec / 2) - low, high - (value + prec / 2)
    tol = 1e-9 * value.abs()
    approx = bound.eq("approx") & np.isfinite(high)
    side = np.select([bound.eq("at_least"), bound.eq("at_most"),
                      approx & (below > above + tol), approx & (above > below + tol)],
                     ["at_least", "at_most", "at_most", "at_least"], "")
    return pd.Series(side, index=bound.index, dtype=object)
