"""Findings on real articles: discrepancies found, missed, and false alarms at `low` or above.

Run: python bench/corpus_findings.py [CORPUS ...] [--list] [--record]
     (default ../shared/corpus; e.g. ../shared/corpus ../shared/corpus2)

Builds a figures table from each corpus's hand-labelled truth (`truth.csv`: every money amount, the
fact it states, its as_of, the figure a conversion restates; `index.csv`: publication dates), runs
the reconciliation, and scores it against `expected.csv`, the real discrepancies:
- a discrepancy is found when a finding at `low` or above flags one of its figures;
- a finding at `low` or above that flags none of them is a false alarm (the corpus's definition),
  unless every figure it flags is listed in the corpus's `borderline.csv` (figures a reconciler may
  note or not): such a finding is neither found nor false, and is counted apart;
- figures flagged beside an expected one (a split with no majority names both) are listed too.
Each corpus ends with one summary line: found, false alarms, borderline-only findings, extract
recall (labelled money amounts `extract` finds at high confidence, `corpus_extract.measure`),
pairs (labelled conversion pairs whose two figures both read, so the pair is judged) and extract
pairs (of the labelled conversions both of whose amounts extract finds, those it pairs itself).
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

import results  # noqa: E402
from corpus_extract import measure  # noqa: E402
from corpus_truth import LABEL_COLUMNS, borderline_ids, figure_ids, figures_from_truth  # noqa: E402

from reconcile.engines.local import reconcile  # noqa: E402
from reconcile.model.findings import RANK  # noqa: E402
from reports.tables import cell_text  # noqa: E402


def usable(figs: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """The figures a figures file would take, and the ones it refuses, each with its reason (a
    currency with no rate in the bundled data): left out, as `scan` leaves them, not a crash."""
    from reconcile.store.figures import amount_problem, currency_cell_problem
    why = [amount_problem(a) or (currency_cell_problem(c) if isinstance(c, str) and c else None)
           for a, c in zip(figs["amount"], figs["currency"])]
    bad = [w is not None for w in why]
    left_out = [f"{i} {a!r}: {w}" for i, a, w in zip(figs["id"], figs["amount"], why) if w]
    figs = figs[[not b for b in bad]].copy()
    # A conversion of a figure left out restates nothing that is in the table.
    figs.loc[figs["restates"].notna() & ~figs["restates"].isin(figs["id"]), "restates"] = None
    return figs, left_out


def score(corpus: Path) -> dict:
    """Found, missed, false alarms and borderline-only findings of a reconciliation of the
    corpus's figures."""
    figs, skipped = figures_from_truth(corpus)
    figs, left_out = usable(figs)
    expected = pd.read_csv(corpus / "expected.csv", dtype=str)
    wrong: dict[str, set[str]] = {}
    for e in expected.itertuples():
        wrong.setdefault(e.id, set()).update(figure_ids(figs, e.file, e.amount_text))
    all_wrong = set().union(*wrong.values())
    border = borderline_ids(corpus, figs) - all_wrong
    rec = reconcile(figs.drop(columns=LABEL_COLUMNS))
    f = rec.findings
    serious = f[f["severity"].map(RANK) >= RANK["low"]]
    flagged_sets = [set(s) for s in serious["flagged"]]
    found = {d for d, ids in wrong.items() if any(ids & s for s in flagged_sets)}
    unexplained = [i for i, s in enumerate(flagged_sets) if not (s & all_wrong)]
    alarms = [i for i in unexplained if not flagged_sets[i] <= border]
    borderline = [i for i in unexplained if flagged_sets[i] <= border]
    extra = sorted({x for s in flagged_sets if s & all_wrong for x in s} - all_wrong)
    truth = pd.read_csv(corpus / "truth.csv", dtype=str)
    pairs = int(truth["converts"].notna().sum())
    # A range's conversion labelled as its two ends' conversions is two of the labelled pairs.
    read_pairs = int(figs.loc[figs["restates"].notna(), "label_texts"].map(len).sum())
    return dict(figures=figs, skipped=skipped, left_out=left_out, findings=f, serious=serious, wrong=wrong,
                found=found, missed=sorted(set(wrong) - found), alarms=alarms,
                borderline=borderline, extra=extra, pairs=pairs, read_pairs=read_pairs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="*", default=[str(ROOT.parent / "shared" / "corpus")],
                    help="corpus folders (truth.csv, index.csv, expected.csv, articles/)")
    ap.add_argument("--list", action="store_true", help="print every finding at low or above")
    ap.add_argument("--record", action="store_true",
                    help="write what it prints into its block of bench/RESULTS.md")
    args = ap.parse_args()
    for folder in args.corpus:
        corpus = Path(folder)
        if not (corpus / "truth.csv").is_file():
            print(f"{folder}: not a corpus folder (no truth.csv)", file=sys.stderr)
            sys.exit(2)
    name = "corpus_findings-" + ",".join(Path(c).name for c in args.corpus)
    with results.capture(name, args.record):
        for folder in args.corpus:
            report(Path(folder), args.list)


def report(corpus: Path, listing: bool) -> None:
    """Print the scoring of one corpus, ending with its summary line."""
    print(f"== {corpus}")
    s = score(corpus)
    figs, serious = s["figures"], s["serious"]
    print(f"{len(figs)} figures from truth.csv ({figs['restates'].notna().sum()} restatements), "
          f"{len(s['skipped'])} amounts the reader could not read"
          + (": " + "; ".join(s["skipped"]) if s["skipped"] else ""))
    if s["left_out"]:
        print(f"{len(s['left_out'])} figures left out, as a figures file refuses them: "
              + "; ".join(s["left_out"]))
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
        print(f"  FALSE ALARM [{r['severity']}] {r['record'].message}")
    if s["extra"]:
        print("  flagged beside an expected figure (no majority to tell them apart): "
              + ", ".join(s["extra"]))
    for i in s["borderline"]:
        r = serious.iloc[i]
        print(f"  borderline only [{r['severity']}] {cell_text(r['flagged'])}")
    if listing:
        for r in serious.itertuples():
            print(f"  [{r.severity}] {r.record.message}")
    print(f"discrepancies: {len(s['wrong'])}, found {len(s['found'])}, missed "
          f"{len(s['missed'])}, false alarms {len(s['alarms'])}")
    n = measure(corpus)
    print(f"{corpus.name}: found {len(s['found'])} of {len(s['wrong'])}, false alarms "
          f"{len(s['alarms'])}, borderline only {len(s['borderline'])}, extract recall "
          f"{n['found'] / max(n['labelled'], 1):.1%} ({n['found']} of {n['labelled']}), pairs "
          f"{s['read_pairs']} of {s['pairs']} read, extract pairs {n['pairs paired']} of "
          f"{n['pairs labelled']}")


if __name__ == "__main__":
    main()
