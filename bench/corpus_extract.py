"""How `extract` reads the corpus's money: recall and precision of its high-confidence money
candidates against every labelled amount (`truth.csv`), and the value and bound it gives them.

Run: python bench/corpus_extract.py [CORPUS_DIR, default ../shared/corpus] [--list] [--record]
(e.g. python bench/corpus_extract.py ../shared/corpus2)

A labelled amount is found when a high-confidence money candidate of its article has the labelled
currency and value (within 0.1 %) and its span contains the label's number or is contained in
the label; each candidate counts once, in order. A label whose value is a low end (a range, a
vague amount, "1조 원대") matches a range candidate whose interval holds that value.
Precision: found candidates / high-confidence money candidates (the corpus labels every money amount, so a money candidate with no label is
a false positive, or a label missing). Bounds compare the reader's bound with the label's
(`vague` labels are read as ranges). Pairs: of the labelled conversions (`converts`) both of whose
amounts are found, those extract pairs with each other (`Candidate.pair`).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import results  # noqa: E402
from corpus_truth import labelled_articles, value_matches  # noqa: E402

from currency.text.extract import extract  # noqa: E402

_NUMBER = re.compile(r"\d[\d,.]*")




def _matches(c, t) -> bool:
    if c.currency != t["currency"]:
        return False
    if not value_matches(c.amount, t):
        return False
    label, span = t["amount_text"], c.amount.span
    number = _NUMBER.search(label)
    return span in label or label in span or bool(number and number.group(0) in span)


def measure(corpus: Path, listing: bool = False) -> Counter:
    n: Counter = Counter()
    # The page's address, as scan has it: its country-code ending may say what "$" names.
    urls = pd.read_csv(corpus / "index.csv", dtype=str).set_index("file")["url"].to_dict() \
        if "url" in pd.read_csv(corpus / "index.csv", nrows=0).columns else {}
    for name, text, day, rows in labelled_articles(corpus):
        url = urls.get(name)
        cands = extract(text, day, url=url if isinstance(url, str) else None)
        money = [c for c in cands if c.confidence == "high" and c.currency]
        used: set[int] = set()
        found = []              # each label's candidate, or None
        for t in rows:
            n["labelled"] += 1
            c = next((c for c in money if c.index not in used and _matches(c, t)), None)
            found.append(c)
            if c is None:
                n["missed"] += 1
                if listing:
                    print(f"  missed {name}: {t['amount_text']!r} ({t['value']} {t['currency']})")
                continue
            used.add(c.index)
            n["found"] += 1
            want = "range" if t["bound"] == "vague" else t["bound"]
            got = c.amount.bound
            n["bound equal"] += got == want
            if listing and got != want:
                print(f"  bound {name}: {t['amount_text']!r} labelled {t['bound']}, read {got}")
        _count_pairs(n, name, rows, found, listing)
        n["proposed"] += len(money)
        for c in money:
            if c.index not in used:
                n["unlabelled"] += 1
                if listing:
                    print(f"  unlabelled {name}: {c.amount.span!r} read as {c.amount.value:g} "
                          f"{c.currency}")
    return n


def _count_pairs(n: Counter, name: str, rows: list, found: list, listing: bool) -> None:
    """Labelled conversions (`converts`: the nearest label of that text before it, else after)
    whose two amounts extract found, and of those the ones it pairs with each other."""
    for k, t in enumerate(rows):
        if not t["converts"]:
            continue
        before = [j for j in range(k) if rows[j]["amount_text"] == t["converts"]]
        after = [j for j in range(k + 1, len(rows)) if rows[j]["amount_text"] == t["converts"]]
        j = before[-1] if before else after[0] if after else None
        if j is None or found[k] is None or found[j] is None:
            continue
        n["pairs labelled"] += 1
        pair = found[k].pair
        paired = bool(pair) and pair["with"] == found[j].index
        n["pairs paired"] += paired
        if listing and not paired:
            print(f"  unpaired {name}: {t['amount_text']!r} converting {t['converts']!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--list", action="store_true", help="list misses, bound differences and "
                    "unlabelled money candidates")
    ap.add_argument("--record", action="store_true",
                    help="write what it prints into its block of bench/RESULTS.md")
    args = ap.parse_args()
    with results.capture(f"corpus_extract-{Path(args.corpus).name}", args.record):
        summary(measure(Path(args.corpus), args.list))


def summary(n: Counter) -> None:
    print(f"labelled money amounts: {n['labelled']}; found: {n['found']} "
          f"({n['found'] / n['labelled']:.1%}); missed: {n['missed']}")
    print(f"high-confidence money candidates: {n['proposed']}; labelled: {n['found']} "
          f"({n['found'] / max(n['proposed'], 1):.1%}); unlabelled: {n['unlabelled']}")
    print(f"bound as labelled: {n['bound equal']} of {n['found']}")
    print(f"labelled conversions both of whose amounts are found: {n['pairs labelled']}; paired "
          f"by extract: {n['pairs paired']}")


if __name__ == "__main__":
    main()
