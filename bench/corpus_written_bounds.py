"""Whether every amount scan proposes keeps, in its figure's `amount` cell, the bound the reader
read in its sentence: each money mention of each article (`article_mentions`), its cell text
(`Mention.written`) read as a figures file reads a cell (`read_once`, as `figure_amount` does)
must give the mention's bound and value, and stand in the figure's quote as written (the checks
find the amount in its quote).

Run: python bench/corpus_written_bounds.py CORPUS_DIR [CORPUS_DIR ...] [--list]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus_scan import load_corpus  # noqa: E402

from currency.text.reader import AmountError  # noqa: E402
from currency.text.readings import read_once  # noqa: E402
from reconcile.scan.mentions import Mention, article_mentions  # noqa: E402


def problem(m: Mention) -> str | None:
    """Why the mention's cell does not read back as the reader read the mention, or None."""
    try:
        back = read_once(m.written)
    except AmountError as exc:
        return f"does not read: {exc.message}"
    if back.bound != m.bound:
        return f"reads {back.bound}, the reader read {m.bound}"
    if back.value != m.value:
        return f"reads {back.value:g}, the reader read {m.value:g}"
    if m.written not in m.quote:
        return "is not in its quote"
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--list", action="store_true", help="print each cell that does not agree")
    args = ap.parse_args()
    for corpus in args.corpora:
        articles, _ = load_corpus(corpus)
        n = widened = 0
        bad: list[tuple[str, str, str]] = []
        for number, article in enumerate(articles):
            for m in article_mentions(article, number):
                n += 1
                widened += m.written != m.span
                if (why := problem(m)) is not None:
                    bad.append((article.path, m.written, why))
        print(f"{corpus}: {n} mentions, {widened} cells wider than the span, "
              f"{n - len(bad)} read back as read, {len(bad)} not")
        for path, cell, why in bad if args.list else ():
            print(f"  {path}: {cell!r} {why}")


if __name__ == "__main__":
    main()
