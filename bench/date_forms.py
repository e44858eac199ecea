"""Time `date_expressions` on the sentences one scan of a corpus reads, with each date form
skipped on a sentence missing one of its needed characters (`currency.text.needed`) and with
every form searched in every sentence, as before the skip. The same calls both ways, replayed
after the scan; the results must be equal.

Run: python bench/date_forms.py CORPUS_DIR [--runs N]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus_scan import load_corpus  # noqa: E402

import currency.text.dating as dating  # noqa: E402
from reconcile.scan.propose import scan_articles  # noqa: E402


def _recorded_calls(corpus: Path) -> list[tuple[tuple, dict]]:
    """The arguments of every `date_expressions` call of one scan of the corpus's articles."""
    calls: list[tuple[tuple, dict]] = []
    original = dating.date_expressions

    def record(*args, **kwargs):
        calls.append((args, kwargs))
        return original(*args, **kwargs)
    dating.date_expressions = record
    try:
        articles, _ = load_corpus(corpus)
        scan_articles(articles)
    finally:
        dating.date_expressions = original
    return calls


def _replay(calls, runs: int) -> tuple[float, list]:
    times, out = [], []
    for _ in range(runs):
        start = time.perf_counter()
        out = [dating.date_expressions(*args, **kwargs) for args, kwargs in calls]
        times.append(time.perf_counter() - start)
    return statistics.median(times), out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    calls = _recorded_calls(args.corpus)
    skipping, found = _replay(calls, args.runs)
    needs = dating._NEEDS
    dating._NEEDS = [(pattern, kind, ()) for pattern, kind, _need in needs]   # no form skipped
    try:
        every, found_every = _replay(calls, args.runs)
    finally:
        dating._NEEDS = needs
    print(f"{len(calls)} date_expressions calls (median of {args.runs} runs): every form searched "
          f"{every:.2f} s, forms skipped on their needed characters {skipping:.2f} s; "
          f"same results: {found == found_every}")
    return 0 if found == found_every else 1


if __name__ == "__main__":
    sys.exit(main())
