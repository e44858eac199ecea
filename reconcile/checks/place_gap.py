"""Place gaps: an amount written with a place word left out ("47조4800원" for 47조4800억원).

Read as written, "47조4800원" is 47 trillion and 4,800 won, a number no newsroom means; it may
still fall within every tolerance of the other figures (4800억 is 1 % of 47조), so only its form
shows the slip. The forms are language data (`currency.lang.ko.PLACE_GAPS`)."""
from __future__ import annotations

import numpy as np
import pandas as pd

from currency import formatting as fmt
from currency.text.reader import read_amount
from currency.text.slips import place_gap as meant_text
from reconcile.checks import check
from reconcile.checks.common import heads
from reconcile.model import findings as F

RULE = ("place_gap: an amount may not leave out a place word between its groups "
        "(47조4800원 for 47조4800억원)")
READS = ["id", "metric", "amount", "source", "as_of", "value", "currency"]


@check("place_gap",
       rule=('an amount may not leave out a place word between two of its groups (`47조4800원`, '
             '`4조7000만원`, `3억2500원`: the last group stands where the next place word down '
             'belongs; after 억 only a group ending in 00, as an exact won amount seldom does); '
             'read as written it is another number, whatever the other figures say'),
       severity=('medium'))
def place_gap(df: pd.DataFrame, ctx) -> list[F.Finding]:
    """A finding for each figure whose amount leaves out a place word."""
    amounts = df["amount"].to_numpy(dtype=object)
    # Each distinct text once; only a text with a Korean place word can lose one.
    meant = {a: m for a in pd.unique(amounts)
             if isinstance(a, str) and ("조" in a or "억" in a) and (m := meant_text(a))}
    if not meant:
        return []
    rows = np.flatnonzero(pd.Series(amounts).isin(list(meant)).to_numpy())
    c = df.iloc[rows, df.columns.get_indexer(READS)]
    fid, metric, amount = c["id"].tolist(), c["metric"].tolist(), c["amount"].tolist()
    words = [_words(a, meant[a], v, cur) for a, v, cur in
             zip(amount, c["value"].tolist(), c["currency"].tolist())]
    n = len(rows)
    evidence = F.Evidence.many(n, check="place_gap", rule=RULE, detail=words,
                               unit=["" if not isinstance(u, str) else u
                                     for u in c["currency"].tolist()])
    one = list(zip(fid))
    return F.Finding.many(n, severity="medium", metric=metric, flagged=one, subject=one,
                          head=heads(fid, amount, c["source"].tolist(), c["as_of"].tolist()),
                          evidence=list(zip(evidence)))


def _words(amount: str, meant: str, value: float, currency) -> str:
    """The sentence on one amount that lost a place word."""
    unit = currency if isinstance(currency, str) else ""
    try:
        likely = f" ({fmt.compact(read_amount(meant).value)} {unit})"
    except ValueError:
        likely = ""
    return (f'"{amount}" leaves out a place word: as written it is {fmt.compact(value)} {unit}, '
            f'and "{meant}"{likely} is almost certainly what was meant.')
