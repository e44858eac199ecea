"""Two currencies on one amount: a sign before the number and a currency word after it that name
two currencies ("$4.85 trillion won").

The reader reads such a text in the currency of the word and keeps both on a record
(`currency.amount.TwoCurrencies`). Which is the slip is not in the text: a won sum may carry a
template's "$" ("$4.85 trillion won ($3.54 billion)") and a dollar sum a stray "won" ("$13
trillion won" for 1경 won of orders). So, as a garbled figure, such a figure is evidence of
neither reading: it takes no part in the other checks (`garbled.set_aside`), and this check says
what it may mean, and which reading the other figures of its fact agree with."""
from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np
import pandas as pd

from currency import formatting as fmt
from currency.amount import TwoCurrencies
from currency.errors import InputError
from currency.text.readings import two_currencies_once
from reconcile.checks import check
from reconcile.checks.common import fact_others, one_figure_findings, rows_by
from reconcile.checks.garbled import (
    TWO_CURRENCIES,
    amount_marks,
    holders,
    marked_and_evidence,
    times_apart,
)
from reconcile.model.uncertainty import RATE_ALLOWANCE

RULE = ("two currencies: a sign before an amount's number and a currency word after it name two "
        "currencies ($4.85 trillion won); it is no amount in one of them as written")
READS = ["id", "metric", "amount", "source", "as_of", "published", "low", "high", "c_low",
         "c_high", "c_unit", "restates"]
# Said when the other figures of its fact agree with the sign's reading only: the value read (the
# word's) is then in the wrong currency, often ~1,000x off. Medium, not high: the currency that
# slipped is shown by the other figures, which may be wrong themselves, not by the text. Else
# (they agree with the word's reading, the value read; with both; with neither) a note to see.
LOCATED, UNLOCATED = "medium", "low"


def two_currencies_rows(df: pd.DataFrame) -> np.ndarray:
    """Per row, whether its amount is written with two currencies (`garbled.amount_marks`: each
    distinct text read once, with its garbled mark, once a run)."""
    return (amount_marks(df) & TWO_CURRENCIES) != 0


@check("two_currencies",
       rule=('an amount written with a sign and a currency word of two currencies (`$4.85 '
             'trillion won`) is read in the word\'s currency but is evidence of neither reading: '
             'it takes no part in the other checks, and the finding gives both readings in its '
             'fact\'s unit (the sign\'s at the rates of its dates), the figures of its fact each '
             'agrees with and how far the value read is from them (else the nearest figure); '
             'medium when they agree with the sign\'s reading only (the value read is in the '
             'wrong currency), else low (with the word\'s only, the value read stands)'),
       severity='low or medium')
def two_currencies(df: pd.DataFrame, ctx) -> list:
    """A finding for each figure whose amount names two currencies."""
    marked = marked_and_evidence(df, TWO_CURRENCIES, READS)
    if marked is None:
        return []
    c, others = marked
    facts = rows_by(others, "metric", c["metric"])
    said = [_said(r, two_currencies_once(r.amount),
                  fact_others(r, facts.get(r.metric, others.iloc[:0]))) for r in c.itertuples()]
    return one_figure_findings(c, "two_currencies", RULE, [d for d, _ in said],
                               [s for _, s in said])


class Reading(NamedTuple):
    """One reading of a two-currency figure in its fact's unit."""
    currency: str
    low: float
    high: float


def readings(r, two: TwoCurrencies) -> tuple[list[Reading], str] | None:
    """Both readings of the figure in its fact's unit, the word's (as the table converted it)
    first, and the words on the rates the sign's was read at; None when the sign's currency has
    no rate there. The sign's reading is the number as written in the sign's currency, at the
    rates a writer could have used (its as_of's and publication's bands, `normalize.window`)
    widened for the rate source; in the fact's own unit it takes no rate, so no margin."""
    from reconcile.model.normalize import window
    from reconcile.model.uncertainty import widen
    if not isinstance(r.c_unit, str) or not all(map(math.isfinite, (r.c_low, r.c_high))) or \
            not (r.low > 0 and r.c_low > 0):
        return None
    word = Reading(two.read_as, r.c_low, r.c_high)
    if two.sign_currency == r.c_unit:
        return [word, Reading(two.sign_currency, r.low, r.high)], ""
    try:
        band = window(two.sign_currency, r.c_unit, str(r.as_of), str(r.published))
    except (InputError, ValueError):    # no rate for the sign's currency there (RateError)
        return None
    lo, hi = widen(band["rate_low"], band["rate_high"])
    used = fmt.dated_rates((band["rate_low"], band["rate_low_date"]),
                           (band["rate_high"], band["rate_high_date"]), two.sign_currency, r.c_unit)
    rates = f" (at {used}, widened {RATE_ALLOWANCE:.0%} each way for the rate source)"
    # The table's low and high (its rounding and hedge) at the sign currency's rates.
    return [word, Reading(two.sign_currency, r.low * lo, r.high * hi)], rates


def _said(r, two: TwoCurrencies, fact: pd.DataFrame) -> tuple[str, str]:
    """The sentence on one such figure and its severity."""
    # Not the reading note's `sentence`: the check says what the figure is evidence of.
    head = (f"written with two currencies, {two.written()}; read as {two.read_as}, it is "
            "evidence of neither reading.")
    both = readings(r, two)
    if both is None:
        return head + " No rate gives its reading in the sign's currency.", UNLOCATED
    spans, rates = both
    head += (f" Read as {spans[0].currency}, {fmt.interval(spans[0].low, spans[0].high, r.c_unit)}"
             f"; as {spans[1].currency}, {fmt.interval(spans[1].low, spans[1].high, r.c_unit)}"
             f"{rates}.")
    if fact.empty:
        return head + " No other figure of its fact is there to choose between them.", UNLOCATED
    ids = fact["id"].tolist()
    low, high = fact["c_low"].to_numpy(float), fact["c_high"].to_numpy(float)
    held = holders([(s.low, s.high) for s in spans], list(range(len(ids))), low, high)
    if not any(held):
        return head + " No other figure of its fact agrees with either; " + \
            _nearest(spans, ids, low, high, r.c_unit) + ".", UNLOCATED
    by = [f"{', '.join(ids[k] for k in h)} ({fmt.interval(low[h].min(), high[h].max(), r.c_unit)}) "
          f"{'agrees' if len(h) == 1 else 'agree'} with the {s.currency} reading"
          for s, h in zip(spans, held) if h]
    said = head + " Of the other figures of its fact, " + "; ".join(by) + "."
    if held[0] and held[1]:
        return said, UNLOCATED
    if held[0]:
        return said + f" The value read ({two.read_as}) is the reading they agree with.", UNLOCATED
    h = held[1]
    far = _apart(spans[0], low[h].min(), high[h].max())
    return said + (f" The value read, the {two.read_as} reading, is ~{far[0]} {far[1]} them: "
                   f"read as written, the figure stands in the wrong currency."), LOCATED


def _apart(s: Reading, lo: float, hi: float) -> tuple[str, str]:
    """How many times a reading's interval lies from an interval, and on which side."""
    if s.high < lo:
        return fmt.times(lo / s.high, 2), "below"
    if s.low > hi:
        return fmt.times(s.low / hi, 2), "above"
    return fmt.times(1.0, 2), "within"


def _nearest(spans: list[Reading], ids: list[str], low: np.ndarray, high: np.ndarray,
             unit: str) -> str:
    """The figure of its fact nearest either reading, and how far it is from it."""
    best = None
    for s in spans:
        for k, (a, b) in enumerate(zip(low, high)):
            if not (a > 0 and b > 0):
                continue
            gap = times_apart(s.low, s.high, a, b)
            if best is None or gap < best[0]:
                best = (gap, k, s)
    if best is None:
        return "none has a positive value to compare"
    gap, k, s = best
    far, side = _apart(s, low[k], high[k])
    return (f"the nearest, {ids[k]} ({fmt.interval(low[k], high[k], unit)}), has the "
            f"{s.currency} reading ~{far} {side} it")
