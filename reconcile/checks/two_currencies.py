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

import numpy as np
import pandas as pd

from currency import formatting as fmt
from currency.amount import TwoCurrencies, meets
from currency.errors import InputError
from currency.text.reader import AmountError
from currency.text.readings import read_once
from reconcile.checks import check
from reconcile.checks.common import heads

RULE = ("two currencies: a sign before an amount's number and a currency word after it name two "
        "currencies ($4.85 trillion won); it is no amount in one of them as written")
READS = ["id", "metric", "amount", "source", "as_of", "published", "low", "high", "c_low",
         "c_high", "c_unit", "restates"]
# Said when the other figures of its fact agree with one reading only: the fact locates the slip,
# and the figure as read may stand in the wrong currency. Else the record is only a note to see.
LOCATED, UNLOCATED = "medium", "low"


def two_currencies_of(text) -> TwoCurrencies | None:
    """The record of an amount cell written with two currencies, from its remembered reading;
    None for any other cell (one that does not read is another check's to say)."""
    if not isinstance(text, str):
        return None
    try:
        return read_once(text).two_currencies
    except AmountError:     # an unreadable cell: the table's rules report it
        return None


def two_currencies_rows(df: pd.DataFrame) -> np.ndarray:
    """Per row, whether its amount is written with two currencies (read once per distinct text)."""
    amounts = df["amount"].to_numpy(dtype=object)
    found = [a for a in pd.unique(amounts) if two_currencies_of(a) is not None]
    if not found:
        return np.zeros(len(df), bool)
    return pd.Series(amounts).isin(found).to_numpy()


@check("two_currencies",
       rule=('an amount written with a sign and a currency word of two currencies (`$4.85 '
             'trillion won`) is read in the word\'s currency but is evidence of neither reading: '
             'it takes no part in the other checks, and the finding gives both readings in its '
             'fact\'s unit and the figures of its fact each agrees with; medium when they agree '
             'with one reading only (the fact shows which currency slipped), else low'),
       severity='low or medium')
def two_currencies(df: pd.DataFrame, ctx) -> list:
    """A finding for each figure whose amount names two currencies."""
    from reconcile.model import findings as F
    mine = two_currencies_rows(df)
    if not mine.any():
        return []
    rows = np.flatnonzero(mine)
    c = df.iloc[rows, df.columns.get_indexer(READS)]
    others = df[~mine & (df["role"].to_numpy(object) == "original")]
    said = [_said(r, two_currencies_of(r.amount), _fact(r, others[others["metric"].eq(r.metric)]))
            for r in c.itertuples()]
    n = len(rows)
    fid = c["id"].tolist()
    evidence = F.Evidence.many(n, check="two_currencies", rule=RULE, detail=[d for d, _ in said],
                               unit=["" if not isinstance(u, str) else u
                                     for u in c["c_unit"].tolist()])
    one = list(zip(fid))
    return F.Finding.many(n, severity=[s for _, s in said], metric=c["metric"].tolist(),
                          flagged=one, subject=one,
                          head=heads(fid, c["amount"].tolist(), c["source"].tolist(),
                                     c["as_of"].tolist()),
                          evidence=list(zip(evidence)))


def _fact(r, fact: pd.DataFrame) -> pd.DataFrame:
    """The other original figures of its fact in its unit, less its own conversions."""
    restates = getattr(r, "restates", None)
    mine = {r.id} | ({restates} if isinstance(restates, str) and restates else set())
    if not isinstance(r.c_unit, str):
        return fact.iloc[:0]
    keep = fact["c_unit"].eq(r.c_unit) & ~fact["id"].isin(mine)
    if "restates" in fact:
        keep &= ~fact["restates"].isin(mine)
    return fact[keep]


def readings(r, two: TwoCurrencies) -> list[tuple[str, float, float]] | None:
    """Both readings of the figure in its fact's unit, (currency, low, high): the word's, as the
    table converted it, and the sign's, at the rates a writer could have used (its as_of's and
    publication's bands, `normalize.window`) widened for the rate source; None when the sign's
    currency has no rate there."""
    from reconcile.model.normalize import window
    from reconcile.model.uncertainty import widen
    if not isinstance(r.c_unit, str) or not all(map(math.isfinite, (r.c_low, r.c_high))) or \
            not (r.low > 0 and r.c_low > 0):
        return None
    try:
        band = window(two.sign_currency, r.c_unit, str(r.as_of), str(r.published))
    except (InputError, ValueError):    # no rate for the sign's currency there (RateError)
        return None
    lo, hi = widen(band["rate_low"], band["rate_high"])
    # The sign's reading is the number as written, in the sign's currency: the table's low and
    # high (its rounding and hedge) at that currency's rates.
    return [(two.read_as, r.c_low, r.c_high), (two.sign_currency, r.low * lo, r.high * hi)]


def _said(r, two: TwoCurrencies, fact: pd.DataFrame) -> tuple[str, str]:
    """The sentence on one such figure and its severity."""
    head = (f"written with two currencies, the sign {two.sign!r} ({two.sign_currency}) before "
            f"the number and {two.word!r} ({two.read_as}) after it; read as {two.read_as}, "
            "it is evidence of neither reading.")
    spans = readings(r, two)
    if spans is None:
        return head + " No rate gives its reading in the sign's currency.", UNLOCATED
    words = [f"as {code}, {fmt.interval(lo, hi, r.c_unit)}" for code, lo, hi in spans]
    head += " Read " + " or ".join(words) + "."
    if fact.empty:
        return head + " No other figure of its fact is there to choose between them.", UNLOCATED
    ids = fact["id"].tolist()
    low, high = fact["c_low"].to_numpy(float), fact["c_high"].to_numpy(float)
    held = [[i for i, a, b in zip(ids, low, high) if meets(lo, hi, a, b)] for _, lo, hi in spans]
    by = [f"{', '.join(h)} {'agrees' if len(h) == 1 else 'agree'} with the {code} reading"
          for (code, _, _), h in zip(spans, held) if h]
    if not by:
        return head + " No other figure of its fact agrees with either.", UNLOCATED
    located = sum(bool(h) for h in held) == 1
    return head + " Of the other figures of its fact, " + "; ".join(by) + ".", \
        LOCATED if located else UNLOCATED
