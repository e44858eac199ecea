"""Amounts of one article in two currencies a whole power of ten apart: the pairs a rule taking
such a pair for a slipped unit would join, each with whether truth.csv labels them one fact.

Run: python bench/corpus_slip_pairs.py CORPUS_DIR [--tolerance T] [--list]

Every two money mentions of one article (as scan reads them: `article_mentions`) of two
currencies whose US dollar values (each at its own date's rate, as scan computes them) lie
10, 100 or 1000 times apart within T (log10; 0.07 by default, about 17 %, for writers' rates
of other days) are listed, matched to the labelled amounts as `corpus_scan` matches figures
(`corpus_truth.match_strength`). A pair the extractor already links as a conversion
(`restates`) is counted apart: it is one unit before any grouping. With --list, each pair is
printed with its two sentences and dates, for reading what each amount is of.

With --same-currency, the pairs are of one currency instead, 10 to 10,000 times apart (a place
word slipped: billion for million, 억 for 조): the pairs a rule joining an amount to its own
article's amount of one currency a place word away would join.
"""
from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus_scan import load_corpus, truth_rows  # noqa: E402
from corpus_truth import assign, match_strength  # noqa: E402

from currency.text.reader import AmountError  # noqa: E402
from currency.text.readings import read_once  # noqa: E402
from reconcile.scan.mentions import article_mentions  # noqa: E402

TOLERANCE = 0.07


def _strength(label: dict, m) -> int:
    try:
        a = read_once(m.span)
    except AmountError:
        return 0
    return match_strength(label, a, a.currency or m.currency, m.span)


# A place word slipped within one currency moves an amount up to 10,000 times (억 for 조);
# across two currencies a slipped unit moves it up to 1,000 times (billion for million).
MOST_TENS = {False: 3, True: 4}


def powers_apart(ms, tolerance: float = TOLERANCE, same_currency: bool = False):
    """(a, b, |log10 ratio|) for the mentions of one article of two currencies (or of one,
    with `same_currency`) a whole power of ten apart in US dollars, within `tolerance`."""
    for i, a in enumerate(ms):
        for b in ms[i + 1:]:
            # a loss written with a minus sign has no ratio to another amount
            if (a.currency == b.currency) != same_currency or not (a.usd and b.usd) \
                    or a.usd < 0 or b.usd < 0:
                continue
            tens = abs(math.log10(a.usd / b.usd))
            places = round(tens)
            if 1 <= places <= MOST_TENS[same_currency] and abs(tens - places) <= tolerance:
                yield a, b, tens


def measure(corpus: Path, tolerance: float = TOLERANCE, listing: bool = False,
            same_currency: bool = False) -> Counter:
    arts, _ = load_corpus(corpus)
    truth = truth_rows(corpus)
    n: Counter = Counter()
    for number, article in enumerate(arts):
        ms = article_mentions(article, number)
        labels = truth.get(article.path, [])
        label_of = {id(m): t for t, m in zip(labels, assign(labels, ms, _strength))
                    if m is not None}
        for a, b, tens in powers_apart(ms, tolerance, same_currency):
            ta, tb = label_of.get(id(a)), label_of.get(id(b))
            fact = "unlabelled" if not (ta and tb) else (
                "one fact" if ta["fact"] == tb["fact"] else "two facts")
            linked = a.restates == b.index or b.restates == a.index
            n["pairs"] += 1
            n[fact] += 1
            n[f"{fact}, a conversion pair"] += linked
            if listing:
                print(f"{article.path}  {tens:.3f}  {fact}{'  (conversion pair)' if linked else ''}")
                for m, t in ((a, ta), (b, tb)):
                    print(f"  {m.span}  as_of {m.as_of} ({m.as_of_basis})  fact {t and t['fact']}")
                    print(f"    {' '.join(m.sentence.split())}")
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--tolerance", type=float, default=TOLERANCE)
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--same-currency", action="store_true",
                    help="pairs of one currency, 10 to 10,000 times apart")
    args = ap.parse_args()
    n = measure(args.corpus, args.tolerance, args.list, args.same_currency)
    currencies = "one currency" if args.same_currency else "two currencies"
    print(f"{args.corpus}: {n['pairs']} pairs of one article in {currencies} a power of ten "
          f"apart (within {args.tolerance} in log10): {n['one fact']} one fact "
          f"({n['one fact, a conversion pair']} of them a conversion pair), {n['two facts']} two "
          f"facts ({n['two facts, a conversion pair']} a conversion pair), "
          f"{n['unlabelled']} unlabelled")


if __name__ == "__main__":
    main()
