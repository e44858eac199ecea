"""How often the as_of that `extract --add` proposes agrees with the corpus's hand-labelled one.

Run: python bench/corpus_as_of.py [../shared/corpus] [--list]

Each labelled amount of `truth.csv` is matched, in order, to the first unused candidate of its
article whose span contains it (or is contained in it). The proposal is what the review offers:
the candidate's as_of (its sentence's date, else the article's news date), else the publication
date. It agrees when it is the labelled period, and is compatible when the two periods overlap.
Counted apart by where the proposal came from.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus_truth import labelled_articles  # noqa: E402

from currency.data.periods import parse_period  # noqa: E402
from currency.text.extract import extract  # noqa: E402


def measure(corpus: Path, listing: bool = False) -> Counter:
    n: Counter = Counter()
    for name, text, day, rows in labelled_articles(corpus):
        published = day.isoformat()
        cands = extract(text, day)
        used: set[int] = set()
        for t in rows:
            n["labelled"] += 1
            c = next((c for c in cands if c.index not in used and (
                t["amount_text"] in c.amount.span or c.amount.span in t["amount_text"])), None)
            if c is None:
                continue
            used.add(c.index)
            basis = c.as_of_basis or "publication date"
            proposed = c.as_of or published
            exact = proposed == t["as_of"]
            overlap = parse_period(proposed).overlaps(parse_period(t["as_of"]))
            n["matched"] += 1
            n["exact"] += exact
            n["compatible"] += overlap
            n[f"{basis}"] += 1
            n[f"{basis} compatible"] += overlap
            if listing and not overlap:
                print(f"  {name}: {t['amount_text']!r} labelled {t['as_of']}, proposed "
                      f"{proposed} ({basis}: {c.as_of_from})")
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--list", action="store_true", help="list the incompatible proposals")
    args = ap.parse_args()
    n = measure(Path(args.corpus), args.list)
    print(f"labelled amounts: {n['labelled']}, matched to a candidate: {n['matched']}")
    print(f"proposed as_of equal to the label: {n['exact']}; overlapping it: {n['compatible']}")
    for basis, said in (("sentence", "the sentence"), ("deal", "an earlier sentence of the deal"),
                        ("then", "the sentence 'at the time' points at"),
                        ("article", "the article"), ("publication date", "the publication date")):
        print(f"  from {said}: {n[basis]} proposals, {n[basis + ' compatible']} overlapping")


if __name__ == "__main__":
    main()
