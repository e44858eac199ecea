"""A figure that is possibly a copy of a conversion another article published at an earlier rate:
the one rule the same-fact check (its outlier) and the restatement check (an original it blames)
both ask, so that the two say the same of one figure.

The evidence must be the copy, not a coincidence of rates: a pair ("A (약 B)") in another article
than the figure's, whose original is one of the figures the fact's others agree on and whose
conversion states the figure's amount, at a rate that neither the pair's own dates had but a day
of the month before did. A figure's own pair proves nothing (its rate is the others' rate by
construction), nor does a pair of another amount, a coarse pair at the day's rate, or a figure
that reads as a digit slip of another of its fact.
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pandas as pd

from reconcile.checks.rates import Earlier, band_cache, earlier_fits, pair_rates
from reconcile.model import uncertainty
from reconcile.model.digit_slips import digits_written, slips_of_first
from reconcile.model.uncertainty import meets


class Copy(NamedTuple):
    """A figure read as a copy of another article's conversion at an earlier rate."""

    cur: str            # the currency most of its fact's agreeing figures are in
    rates: tuple        # the rates (cur per its currency) they imply for it, as it is stated
    source: str         # the conversion's article
    original: str       # what that conversion converts, as written
    amount: str         # and what it converts it to
    fits: Earlier       # the fixings of the month before that had the conversion's rate


def copies(df: pd.DataFrame, rows) -> dict[int, Copy]:
    """Row of `df` -> Copy, for each figure of `rows` (outliers of their fact) that another
    article's conversion explains as the module's rule says."""
    rows = np.asarray(rows, dtype=np.int64)
    if not len(rows):
        return {}
    col = {c: df[c].to_numpy() for c in ("id", "grp", "status", "currency", "source", "amount",
                                         "as_of", "published")}
    value, u = df["value"].to_numpy(dtype=float), df["u"].to_numpy(dtype=float)
    s_low, s_high = df["s_low"].to_numpy(dtype=float), df["s_high"].to_numpy(dtype=float)
    member = np.flatnonzero(pd.Series(col["grp"]).isin(pd.unique(col["grp"][rows])).to_numpy())
    agree = member[col["status"][member] == "agrees"]
    convs = _conversions(df, agree)
    # Only a figure whose fact holds a conversion of an agreeing figure is asked further: the
    # agreeing figures by currency are gathered for those facts alone.
    theirs: dict = {}
    for x, g, c in zip(agree.tolist(), col["grp"][agree].tolist(),
                       col["currency"][agree].tolist()):
        if g in convs and isinstance(c, str):
            theirs.setdefault(g, {}).setdefault(c, []).append(x)
    band = band_cache()
    out: dict = {}
    for k in rows.tolist():
        cur_k, g = col["currency"][k], col["grp"][k]
        if g not in theirs or not isinstance(cur_k, str):
            continue
        other = {c: xs for c, xs in theirs[g].items() if c != cur_k}
        if not other:
            continue
        # Most of the agreeing figures in one other currency, more than in its own: else it
        # disagrees in its own numbers, whatever rate the others imply.
        cur = max(other, key=lambda c: (len(other[c]), c))
        if len(other[cur]) <= len(theirs[g].get(cur_k, ())):
            continue
        at = np.asarray(other[cur])
        lo, hi = s_low[at].max(), s_high[at].min()
        if not 0 < lo <= hi < np.inf:
            continue
        own = pair_rates((lo + hi) / 2, hi - lo, value[k] - u[k] / 2, value[k] + u[k] / 2)
        for orig, conv in convs.get(g, ()):
            # Another article's pair, from what the others agree on to the figure's amount.
            if (col["currency"][orig] != cur or col["currency"][conv] != cur_k
                    or col["source"][conv] == col["source"][k]
                    or not meets(value[conv] - u[conv] / 2, value[conv] + u[conv] / 2,
                                 value[k] - u[k] / 2, value[k] + u[k] / 2)):
                continue
            pair = pair_rates(value[orig], u[orig], value[conv] - u[conv] / 2,
                              value[conv] + u[conv] / 2)
            both = (max(float(own[0]), float(pair[0])), min(float(own[1]), float(pair[1])))
            days = (col["as_of"][conv], col["published"][conv])
            if both[0] > both[1] or _at_its_dates(pair, cur_k, cur, days, band):
                continue
            fits = earlier_fits(*both, cur_k, cur, *days)
            if fits is not None and not _digit_slip(df, k, member[
                    (col["grp"][member] == g) & (col["currency"][member] == cur_k)]):
                out[k] = Copy(cur, (lo / s_high[k], hi / s_low[k]), col["source"][conv],
                              col["amount"][orig], col["amount"][conv], fits)
                break
    return out


def _conversions(df: pd.DataFrame, agree: np.ndarray) -> dict:
    """{group: [(original's row, conversion's row), ...]}: the frame's conversions of the
    agreeing figures at rows `agree`."""
    conv = np.flatnonzero(df["role"].to_numpy() == "restatement")
    ids = pd.Index(df["id"].to_numpy()[agree])
    once = ~ids.duplicated()            # ids are unique in a valid file; a lookup needs it
    at = ids[once].get_indexer(df["original"].to_numpy()[conv])
    conv, orig = conv[at >= 0], agree[once][at[at >= 0]]
    out: dict = {}
    for o, c, g in zip(orig.tolist(), conv.tolist(), df["grp"].to_numpy()[orig].tolist()):
        out.setdefault(g, []).append((o, c))
    return out


def _at_its_dates(pair: tuple, base: str, quote: str, days: tuple, band) -> bool:
    """Whether the pair's rates meet the ECB rate (±1 %) of its as_of or publication day, or
    the data lacks it: then it is no evidence of another rate."""
    for day in days:
        b = band(base, quote, day)
        if b is None or meets(float(pair[0]), float(pair[1]),
                              *uncertainty.widen(b["rate_low"], b["rate_high"])):
            return True
    return False


def _digit_slip(df: pd.DataFrame, k: int, same_currency: np.ndarray) -> bool:
    """Whether row `k` reads as a digit slip (`digit_slips.relation`) of another typed figure of its
    fact in its currency: that finding explains it, not a rate."""
    others = same_currency[same_currency != k]
    written = df["typed"].to_numpy(bool) & digits_written(df["bound"].to_numpy())
    others = others[written[others]] if written[k] else []
    if not len(others):
        return False
    at = np.r_[k, others]
    return slips_of_first(df["value"].to_numpy(float)[at], df["precision"].to_numpy(float)[at],
                          df["bound"].to_numpy()[at] == "exact", df["u"].to_numpy(float)[at])
