"""How many of scan's facts have the votes for their as_of in two or more times (`propose._times`:
dates more than EVENT_GAP apart), over all votes and over written dates only, and how many of
them a later event takes (`propose._later_event`), per corpus.

Run: python bench/scan_times.py DIR [DIR ...] [--list]

Only days and months count as times (a year or longer is no event's time). A publication day's
vote is not a written date.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus_scan import load_corpus  # noqa: E402

from currency.data.periods import parse_period  # noqa: E402
from reconcile.scan import propose  # noqa: E402


def measure(corpus: Path, listing: bool = False) -> dict[str, int]:
    """Counts of facts with votes in two or more times on `corpus`, and the days between."""
    seen: list[tuple] = []
    chosen = propose.group_as_of

    def recording(ms, published, *ahead):
        out = chosen(ms, published, *ahead)
        seen.append((ms, published, out))
        return out

    propose.group_as_of = recording
    try:
        articles, _ = load_corpus(corpus)
        propose.scan_articles(articles)
    finally:
        propose.group_as_of = chosen
    n = {"facts": len(seen), "two times": 0, "two written times": 0, "later event": 0,
         "own time figures": 0, "gap min": 0, "gap max": 0}
    gaps: list[int] = []
    for ms, published, (as_of, _, own) in seen:
        span = {m.as_of: parse_period(m.as_of) for m in ms if m.as_of}
        local = propose._local_days(ms)
        votes = [propose._date_voted(m, day, span[m.as_of], local)
                 for m, day in zip(ms, published) if m.as_of]
        votes = [v for v in votes if propose._length(v.period) <= propose.EVENT_SPAN]
        for key, cast in (("two times", votes),
                          ("two written times", [v for v in votes if v.written])):
            times = propose._times(cast)
            if len(times) < 2:
                continue
            n[key] += 1
            if key == "two times":
                ends = [(min(v.period.first for v in t), max(v.period.last for v in t))
                        for t in times]
                gaps += [(b[0] - a[1]).days for a, b in zip(ends, ends[1:])]
                if listing:
                    print(f"  {as_of}: {len(ms)} figures, times "
                          + ", ".join(f"{a}..{b}" for a, b in ends))
        n["later event"] += bool(own)
        n["own time figures"] += len(own)
    if gaps:
        n["gap min"], n["gap max"] = min(gaps), max(gaps)
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--list", action="store_true", help="list each fact's times")
    args = ap.parse_args()
    for d in args.corpora:
        n = measure(Path(d), args.list)
        print(Path(d).name + ": " + ", ".join(f"{k} {v}" for k, v in n.items()))


if __name__ == "__main__":
    main()
