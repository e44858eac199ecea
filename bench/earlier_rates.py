"""Would some earlier day's rate explain a flagged conversion? A measurement, not a check.

Run: python bench/earlier_rates.py CORPUS [CORPUS ...] [--days 400]

For each corpus, twice (its hand-labelled figures, as `corpus_findings.py` builds them, and the
figures `scan` proposes, as `corpus_scan.py` does), it reconciles the figures and takes every
restatement finding at `low` or above. For each flagged conversion (a figure that restates another)
it counts, over the `--days` calendar days ending on the last day of the conversion's as_of, the
ECB fixing days whose rate, widened by the checks' RATE_ALLOWANCE, makes the original's interval
meet the conversion's, each by its rounding alone (`uncertainty.rounding_bounds`: the hedge left
out, as a conversion that "agrees only through its hedge" is judged): one line per conversion,
"fits N of M fixing days". The window is this measurement's, not a check's. Only figures are used.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus_findings import usable  # noqa: E402
from corpus_scan import load_corpus  # noqa: E402
from corpus_truth import LABEL_COLUMNS, figures_from_truth  # noqa: E402

from currency.data.periods import parse_period  # noqa: E402
from currency.data.rates import RATE_ALLOWANCE, rate_book  # noqa: E402
from reconcile.engines.local import reconcile  # noqa: E402
from reconcile.model.findings import RANK  # noqa: E402
from reconcile.model.uncertainty import rounding_bounds  # noqa: E402
from reconcile.store.figures import figure_amount  # noqa: E402


def labelled_figures(corpus: Path) -> pd.DataFrame:
    """The corpus's hand-labelled figures, as `corpus_findings.py` reconciles them."""
    figs = usable(figures_from_truth(corpus)[0])[0]
    return figs.drop(columns=LABEL_COLUMNS)


def scanned_figures(corpus: Path) -> pd.DataFrame:
    """The figures `scan` proposes for the corpus's articles read together, as written."""
    from reconcile.scan.output import usable_rows
    from reconcile.scan.propose import scan_articles
    from reconcile.store.figures import COLUMNS, load_figures
    rows = usable_rows(scan_articles(load_corpus(corpus)[0]))[0]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "figures.csv"
        pd.DataFrame(rows, columns=COLUMNS).to_csv(path, index=False)
        return load_figures(path)


def interval(amount: str, currency) -> tuple[float, float, str] | None:
    """What an amount's number stands for by its rounding alone, without its hedge (as "agrees
    only through its hedge" is judged), and its currency."""
    a = figure_amount(str(amount), currency if isinstance(currency, str) and currency else None,
                      None)
    return (*rounding_bounds(a.value, a.precision, a.span), a.currency) if a.currency else None


def fitting_days(orig, conv, last, days: int) -> tuple[int, int]:
    """How many of the ECB fixing days in the `days` days up to `last` let `orig` meet `conv`,
    and how many fixing days there are."""
    o, c = interval(*orig), interval(*conv)
    if o is None or c is None:
        return 0, 0
    first = last - dt.timedelta(days=days - 1)
    b, q, _ = rate_book().per_eur_days(o[2], c[2], first, last)
    rate = np.asarray(q, dtype=float) / np.asarray(b, dtype=float)
    rate = rate[np.isfinite(rate)]
    lo, hi = o[0] * rate * (1 - RATE_ALLOWANCE), o[1] * rate * (1 + RATE_ALLOWANCE)
    return int(((lo < c[1]) & (c[0] < hi)).sum()), len(rate)


def measure(name: str, figs: pd.DataFrame, days: int) -> list[str]:
    """One line per conversion flagged by a restatement finding at low or above."""
    f = reconcile(figs).findings
    f = f[f["severity"].map(RANK).ge(RANK["low"]) & f["check"].map(lambda c: "restatement" in c)]
    by_id = figs.set_index("id")
    out = []
    for sev, flagged in zip(f["severity"], f["flagged"]):
        for i in flagged:
            r = by_id.loc[i]
            if not isinstance(r["restates"], str) or r["restates"] not in by_id.index:
                continue
            o = by_id.loc[r["restates"]]
            last = parse_period(str(r["as_of"])).last
            n, m = fitting_days((o["amount"], o.get("currency")), (r["amount"], r.get("currency")),
                                last, days)
            out.append(f"{name} [{sev}] {i}: {o['amount']!r} -> {r['amount']!r} as of "
                       f"{r['as_of']}: fits {n} of {m} fixing days")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--days", type=int, default=400)
    args = ap.parse_args()
    for corpus in args.corpora:
        for side, figs in (("labels", labelled_figures), ("scan", scanned_figures)):
            for line in measure(f"{corpus.name} {side}", figs(corpus), args.days):
                print(line)


if __name__ == "__main__":
    main()
