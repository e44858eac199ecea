"""Recall and precision of `extract` against the figures in figures.csv.

Run: python bench/extract_recall.py ../shared/articles [--figures figures.csv]

A figure is found when a high-confidence candidate of its article has the same value and currency
(or unit) and stands inside the figure's quote. Recall: figures found / figures. Precision:
high-confidence candidates that are a figure / all high-confidence candidates. Money and non-money
are counted apart, since the quality bar is about money.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from currency.data.periods import parse_period  # noqa: E402
from currency.text.article import decode  # noqa: E402
from currency.text.extract import extract  # noqa: E402
from currency.text.layout import body_end  # noqa: E402
from reconcile.store.figures import figure_amount, load_figures  # noqa: E402


def _key(value: float, unit: str | None) -> tuple:
    return round(value, 6), unit


def _cand_key(c) -> tuple:
    unit = c.currency or c.amount.unit
    return _key(c.amount.value, unit)


def _quote_spans(text: str, quote: str) -> list[tuple[int, int]]:
    spans, i = [], text.find(quote)
    while i >= 0:
        spans.append((i, i + len(quote)))
        i = text.find(quote, i + 1)
    return spans


def measure(articles: Path, figures_path: Path) -> dict:
    figures = load_figures(figures_path)
    totals = {k: [0, 0, 0, 0] for k in ("money", "other")}   # found, figures, true pos, proposed
    rows = []
    for source, figs in figures.groupby("source"):
        path = articles / source
        if not path.exists():
            print(f"  {source}: not in {articles}, skipped")
            continue
        text, _ = decode(path.read_bytes(), str(path))
        published = parse_period(figs["published"].iloc[0]).last
        cands = [c for c in extract(text, published) if c.confidence == "high"]
        cut, _ = body_end(text)
        matched_cands: set[int] = set()
        found = {"money": [0, 0], "other": [0, 0]}
        missed = []
        for f in figs.itertuples():
            a = figure_amount(f.amount, f.currency)   # as the engine reads the figure
            kind = "money" if a.currency else "other"
            key = _key(a.value, a.currency or a.unit)
            spans = _quote_spans(text, f.quote)
            hits = [c for c in cands if _cand_key(c) == key
                    and any(s <= c.start < e for s, e in spans)]
            found[kind][1] += 1
            if hits:
                found[kind][0] += 1
                matched_cands.update(c.index for c in hits)
            else:
                missed.append(f"{f.id} ({f.amount})")
        proposed = {"money": 0, "other": 0}
        true_pos = {"money": 0, "other": 0}
        false = []
        for c in cands:
            kind = "money" if c.currency else "other"
            proposed[kind] += 1
            if c.index in matched_cands:
                true_pos[kind] += 1
            elif kind == "money":
                false.append(c.amount.span)
        for kind in totals:
            totals[kind][0] += found[kind][0]
            totals[kind][1] += found[kind][1]
            totals[kind][2] += true_pos[kind]
            totals[kind][3] += proposed[kind]
        tail_high = sum(1 for c in cands if c.start >= cut)
        rows.append((source, found, true_pos, proposed, missed, false, tail_high))
    return {"rows": rows, "totals": totals}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("articles", type=Path)
    ap.add_argument("--figures", type=Path, default=ROOT / "figures.csv")
    args = ap.parse_args()
    result = measure(args.articles, args.figures)
    for source, found, tp, proposed, missed, false, tail_high in result["rows"]:
        print(f"{source}: money recall {found['money'][0]}/{found['money'][1]}, money precision "
              f"{tp['money']}/{proposed['money']}; other figures {found['other'][0]}/"
              f"{found['other'][1]}; high-confidence after the body: {tail_high}")
        if missed:
            print(f"    missed: {', '.join(missed)}")
        if false:
            print(f"    proposed, not in figures.csv: {', '.join(false)}")
    t = result["totals"]
    for kind in ("money", "other"):
        f, n, tp, p = t[kind]
        print(f"{kind}: recall {f}/{n} = {f / n if n else 0:.1%}, precision {tp}/{p} = "
              f"{tp / p if p else 0:.1%}")


if __name__ == "__main__":
    main()
