"""Findings on real articles: discrepancies found, missed, and false alarms at `low` or above.

Run: python bench/corpus_findings.py [../shared/corpus] [--list]

Builds a figures table from the corpus's hand-labelled truth (`truth.csv`: every money amount, the
fact it states, its as_of, the figure a conversion restates; `index.csv`: publication dates), runs
the reconciliation, and scores it against `expected.csv`, the real discrepancies:
- a discrepancy is found when a finding at `low` or above flags one of its figures;
- a finding at `low` or above that flags none of them is a false alarm (the corpus's definition);
- figures flagged beside an expected one (a split with no majority names both) are listed too.
Only figures are used, never article text.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus_truth import figures_from_truth  # noqa: E402

from reconcile.engine import reconcile  # noqa: E402
from reconcile.findings import RANK  # noqa: E402


def score(corpus: Path) -> dict:
    """Found, missed and false alarms of a reconciliation of the corpus's figures."""
    figs, skipped = figures_from_truth(corpus)
    expected = pd.read_csv(corpus / "expected.csv", dtype=str)
    key = figs.set_index(["source", "amount_text"])["id"]
    wrong: dict[str, set[str]] = {}
    for e in expected.itertuples():
        ids = figs.loc[figs["source"].eq(e.file) & figs["amount_text"].eq(e.amount_text), "id"]
        wrong.setdefault(e.id, set()).update(ids)
    del key
    all_wrong = set().union(*wrong.values())
    rec = reconcile(figs.drop(columns=["amount_text"]))
    f = rec.findings
    serious = f[f["severity"].map(RANK) >= RANK["low"]]
    flagged_sets = [set(s.split(";")) for s in serious["flagged"]]
    found = {d for d, ids in wrong.items() if any(ids & s for s in flagged_sets)}
    alarms = [i for i, s in enumerate(flagged_sets) if not (s & all_wrong)]
    extra = sorted({x for s in flagged_sets if s & all_wrong for x in s} - all_wrong)
    return dict(figures=figs, skipped=skipped, findings=f, serious=serious, wrong=wrong,
                found=found, missed=sorted(set(wrong) - found), alarms=alarms, extra=extra)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--list", action="store_true", help="print every finding at low or above")
    args = ap.parse_args()
    s = score(Path(args.corpus))
    figs, serious = s["figures"], s["serious"]
    print(f"{len(figs)} figures from truth.csv ({figs['restates'].notna().sum()} restatements), "
          f"{len(s['skipped'])} amounts the reader could not read"
          + (": " + "; ".join(s["skipped"]) if s["skipped"] else ""))
    counts = s["findings"]["severity"].value_counts()
    print("findings: " + ", ".join(f"{int(counts.get(k, 0))} {k}"
                                   for k in ("high", "medium", "low", "info")))
    by_id = figs.set_index("id")
    for d in sorted(s["wrong"]):
        state = "found " if d in s["found"] else "MISSED"
        names = ", ".join(f'{i} "{by_id.at[i, "amount_text"]}"' for i in sorted(s["wrong"][d]))
        print(f"  {state} {d}: {names}")
    for i in s["alarms"]:
        r = serious.iloc[i]
        print(f"  FALSE ALARM [{r['severity']}] {r['message']}")
    if s["extra"]:
        print("  flagged beside an expected figure (no majority to tell them apart): "
              + ", ".join(s["extra"]))
    if args.list:
        for r in serious.itertuples():
            print(f"  [{r.severity}] {r.message}")
    print(f"discrepancies: {len(s['wrong'])}, found {len(s['found'])}, missed "
          f"{len(s['missed'])}, false alarms {len(s['alarms'])}")


if __name__ == "__main__":
    main()
