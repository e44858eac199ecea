"""The one uncertainty model every check compares through (README, "How figures are compared").

A figure's interval comes from three things (the first two are `currency.amount.stated_interval`,
the rule `convert` shows too):
- its stated precision, with the trailing-zero rule: zeros at the end of a whole number may be
  rounding, so the rounding unit is the place of the last nonzero digit, but never coarser than the
  second significant digit (`100조` is 95조 to 105조, `6500억` is 6450억 to 6550억, `1조` stays
  0.5조 to 1.5조, `131,000` is 130,500 to 131,500; `6.60` keeps its stated zero), unless a
  myriad place word forces the zeros on one digit of 2 or more (`30억 달러` is `$3 billion`, 25억
  to 35억; `10억 달러` and `$300 million` keep their second digit);
- its hedge: a symmetric hedge (약, about) on a round figure lets it be a rounding at its last
  nonzero digit when half that unit is at most HEDGED_ROUNDING of it (`약 6000억` is 5500억 to
  6500억, with no widening on top; `약 100조` keeps 95조 to 105조); else 약/about widens both
  sides by 2 % of the value, 거의/nearly the lower side, 이상/more
  than opens the upper side, 최대/up to the lower side; a figure agrees "only through its hedge"
  when its rounding alone (`rounding_bounds`) would not meet the others. On a restatement (a
  conversion the writer made of another figure) 약 only says that the conversion was rounded,
  which the rounding unit already covers, so it adds nothing there;
- for money in another currency, the exchange rate the writer could have used: the ECB band over
  the fact's as_of period and over the publication date, each widened by RATE_ALLOWANCE for the
  rate source (Seoul market or bank rates against the ECB reference fixing).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

# meets and widen are currency's (the reader weighs a pair against a rate with them too); the
# checks read them here
from currency.amount import meets, rounding_unit, stated_interval  # noqa: F401
from currency.data.rates import RATE_ALLOWANCE, widen  # noqa: F401
from reconcile.model.distinct import distinct, factorized

# A point more than this far off that agrees only through a hedge is worth a `low` finding.
HEDGE_ONLY_GAP = 1.05
# A true bound ("more than 3조" for 3.7조) is no error; one that understates (or, for "up to",
# overstates) the value by more than this factor misleads a reader and is reported as `low`.
MISLEADING_BOUND = 2.0


def range_ends(low: float, high: float, precision: float, span: str) -> tuple[tuple[float, float],
                                                                          tuple[float, float]]:
    """The two stated ends of a range figure ("18~25달러": 18 and 25), each as the interval its
    rounding allows under the trailing-zero rule. The reader's `low`/`high` include half a unit."""
    ends = []
    for end in (low + precision / 2, high - precision / 2):
        u = rounding_unit(end, precision, span)
        ends.append((end - u / 2, end + u / 2))
    return ends[0], ends[1]


def model_intervals(df: pd.DataFrame, restatement: pd.Series,
                    reading: np.ndarray | None = None) -> pd.DataFrame:
    """Per figure: rounding unit `u` and the model interval `s_low`, `s_high` in its own unit,
    by the one rule `convert` uses too (`currency.amount.stated_interval`). `reading`: each
    row's amount reading number, when the caller has it (the columns read here are its)."""
    def keys(at=None) -> tuple[pd.Series, ...]:
        """The columns the interval depends on, typed as it reads them: every row's, or those
        of the rows `at` (with the readings given, only the keys' first rows are read)."""
        d = {c: df[c] if at is None else df[c].iloc[at] for c in
             ("value", "precision", "span", "bound", "low", "high", "currency", "vague")}
        return (d["value"].astype(float), d["precision"].astype(float), d["span"], d["bound"],
                d["low"].astype(float), d["high"].astype(float), d["currency"],
                d["vague"].astype(bool), restatement if at is None else restatement.iloc[at])

    # Figures repeat their amounts ("$1 billion" many times): each distinct reading once.
    rows = distinct(*keys()) if reading is None else distinct(reading, restatement.to_numpy())
    # Python scalars, as a row of the table would give them.
    firsts = [k.tolist() for k in keys(rows.first)]
    distinct_rows = [stated_interval(*key) for key in zip(*firsts)]
    table = np.array(distinct_rows, dtype=float).reshape(-1, 3)
    # An array made here: the frame takes it as it is (pandas would copy it).
    return pd.DataFrame(table[rows.codes] if len(rows.codes) else None, index=df.index,
                        columns=["u", "s_low", "s_high"], dtype=float, copy=False)


def rounding_bounds(value: float, precision: float, span: str) -> tuple[float, float]:
    """What a hedged figure's number stands for by its rounding alone, as if written without
    its hedge (`약 1조` is 0.5조 to 1.5조): what "agrees only through its hedge" is judged by."""
    u = rounding_unit(value, precision, span)
    return value - u / 2, value + u / 2


def pins_one_rate(value, u, o_value, o_u):
    """Whether a conversion's pair (`value` ± u/2 of its original `o_value` ± o_u/2; arrays or
    numbers) pins its rate no wider than one day's band widened for the rate source: only then
    do two statements of it say one rate, not two round numbers the rates of many months give."""
    value, u, o_value, o_u = (np.asarray(x, dtype=float) for x in (value, u, o_value, o_u))
    o_lo, o_hi = o_value - o_u / 2, o_value + o_u / 2
    w_lo, w_hi = widen(1.0, 1.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        lo, hi = (value - u / 2) / o_hi, (value + u / 2) / o_lo
        return (lo > 0) & (o_lo > 0) & np.isfinite(hi) & (hi / lo <= w_hi / w_lo)


def used_band(rate_low, rate_high):
    """The rate band a figure's interval was computed with, from its ECB band (arrays): `widen`ed,
    but a rate of 1 both ways (no rate needed: one currency, or not money) is used as it is."""
    rate_low, rate_high = np.asarray(rate_low, dtype=float), np.asarray(rate_high, dtype=float)
    lo, hi = widen(rate_low, rate_high)
    none = (rate_low == 1.0) & (rate_high == 1.0)
    return np.where(none, 1.0, lo), np.where(none, 1.0, hi)


# The bounds a hedge can state, as `bound_side_codes` numbers them: one shared object per word.
SIDES = np.array(["", "at_least", "at_most"], dtype=object)
NO_SIDE, AT_LEAST, AT_MOST = range(len(SIDES))


def bound_side_codes(bound: np.ndarray, value: np.ndarray, low: np.ndarray, high: np.ndarray,
                     precision: np.ndarray) -> np.ndarray:
    """Per figure, which bound its hedge states, as numbers into `SIDES`: 'at_least' (이상, more
    than), 'at_most' (최대, up to, and nearly / 거의, which widen only the lower side), or ''."""
    below, above = (value - precision / 2) - low, high - (value + precision / 2)
    tol = 1e-9 * np.abs(value)
    approx, at_least, at_most = bound_is(bound, "approx", "at_least", "at_most")
    approx &= np.isfinite(high)
    return np.select([at_least, at_most,
                      approx & (below > above + tol), approx & (above > below + tol)],
                     [AT_LEAST, AT_MOST, AT_MOST, AT_LEAST], NO_SIDE).astype(np.int8)


def open_side_holds(side, direction, of_original: bool = False):
    """Whether a bound's open side holds every rate of the window (arrays or scalars): `side` a
    `SIDES` number, `direction` where the point rate lies from the window, as
    `findings.point_gaps` says it ("below", "above"). A conversion's own "1200억원 이상" for
    $120 million says the rate is at least the point, true when the point lies below; an
    original's bound (`of_original`) says so of the amount converted, which moves the rate the
    other way: "more than 1조원 ($875 million)" makes the rate at most the point."""
    under, over = ("above", "below") if of_original else ("below", "above")
    return (((side == AT_LEAST) & (direction == under))
            | ((side == AT_MOST) & (direction == over)))


def bound_is(bound: np.ndarray, *words: str) -> list[np.ndarray]:
    """Per word, whether each figure's `bound` is that word: the cells numbered once
    (`factorized`: by object, few of them), each distinct bound compared, not a million cells
    per word."""
    codes, uniques = factorized(bound)
    # Code -1 (a missing bound) takes the extra last slot: no word.
    return [np.append(uniques == w, False)[codes] for w in words]
