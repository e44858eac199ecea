"""Garbled amounts: an amount whose place words repeat or stand out of order ("43억7900억원").

The reader reads such a text as one garbled amount with the numbers it may mean
(`currency.text.reader.read_garbled`: the rule is the reader's); this check says so, and which of
those readings the other figures of its fact agree with, so a fact-checker knows where to look."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from currency import formatting as fmt
from currency.text.reader import read_garbled
from reconcile.checks import check
from reconcile.checks.common import heads
from reconcile.model import findings as F

RULE = ("garbled: an amount's place words go down (43억7900만원); written repeated or out of "
        "order (43억7900억원, $1.2 billion million) it is no number")
READS = ["id", "metric", "amount", "source", "as_of", "low", "c_low", "c_unit"]


@check("garbled",
       rule=('an amount whose place words repeat or stand out of order (`43억7900억원`, '
             '`1조2000조원`, `$1.2 billion million`) is no number as written: the finding names '
             'what it may mean (each group with its own place word, or the second place word as '
             'the one below the first: 43억7900만원; in English, either word) and which of those '
             'readings the other figures of its fact agree with'),
       severity='medium')
def garbled(df: pd.DataFrame, ctx) -> list[F.Finding]:
    """A finding for each figure whose amount is garbled."""
    amounts = df["amount"].to_numpy(dtype=object)
    found = {a: g for a in pd.unique(amounts)
             if isinstance(a, str) and (g := read_garbled(a)) is not None}
    if not found:
        return []
    rows = np.flatnonzero(pd.Series(amounts).isin(list(found)).to_numpy())
    c = df.iloc[rows, df.columns.get_indexer(READS)]
    others = df[~pd.Series(amounts, index=df.index).isin(list(found))]
    words = [_words(r, found[r.amount], others[others["metric"].eq(r.metric)])
             for r in c.itertuples()]
    n = len(rows)
    fid = c["id"].tolist()
    evidence = F.Evidence.many(n, check="garbled", rule=RULE, detail=words,
                               unit=["" if not isinstance(u, str) else u
                                     for u in c["c_unit"].tolist()])
    one = list(zip(fid))
    return F.Finding.many(n, severity="medium", metric=c["metric"].tolist(), flagged=one,
                          subject=one, head=heads(fid, c["amount"].tolist(),
                                                  c["source"].tolist(), c["as_of"].tolist()),
                          evidence=list(zip(evidence)))


def agreeing(values: list[float], low: np.ndarray, high: np.ndarray) -> list[bool]:
    """Per reading (in the fact's unit), whether some other figure's interval holds it."""
    return [bool(np.any((low <= v) & (v <= high))) for v in values]


def _words(r, g, fact: pd.DataFrame) -> str:
    """The sentence on one garbled amount: what is written, why, the readings, who agrees."""
    said = (f'"{r.amount}" is no number as written: its place words repeat or stand out of order. It may '
            f'mean {g.says()}.')
    rate = r.c_low / r.low if r.low and math.isfinite(r.low) and math.isfinite(r.c_low) else None
    same = fact[fact["c_unit"].eq(r.c_unit)] if isinstance(r.c_unit, str) else fact.iloc[:0]
    if rate is None or same.empty:
        return said + " No other figure of its fact is there to choose between them."
    agree = agreeing([v * rate for _, v in g.readings], same["c_low"].to_numpy(float),
                     same["c_high"].to_numpy(float))
    fits = [t for (t, _), ok in zip(g.readings, agree) if ok]
    span = fmt.interval(float(same["c_low"].min()), float(same["c_high"].max()), r.c_unit)
    if not fits:
        return said + f" None of them agrees with the other figures of its fact ({span})."
    return said + f" The other figures of its fact ({span}) agree with {' and '.join(fits)}."
