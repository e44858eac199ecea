"""Scan on a labelled corpus: amounts found as figures, grouping against truth.csv's facts
(B-cubed), the reconciliation of scan's own figures against expected.csv, and time.

Run: python bench/corpus_scan.py CORPUS_DIR [--mixed-only] [--print] [--scale N] [--record]

- found: a labelled amount is found when a scan figure of its article matches it as
  `corpus_extract` matches a candidate (`corpus_truth.match_strength`: currency, value within 0.1 %
  or a range holding a low-end label's value, and text; the strongest matches first, each figure
  once), except a figure scan proposes once for a sentence its article prints N
  times (`ScanResult.copies`): truth.csv labels each printing, and that figure counts N times.
- B-cubed precision, recall, F1 of scan's groups against the `fact` of the labelled amounts; a
  labelled amount scan missed is a group of its own. Measured twice: each topic scanned on its own,
  and all topics scanned together (mixed).
- end to end: scan's rows → a temporary figures.csv → load_figures → reconcile; a real
  discrepancy is found when a finding at low or above flags a figure matched to one of its
  labelled amounts; a low+ finding flagging none of them (nor a borderline.csv figure) is a false
  alarm.
- --scale N: the corpus copied to N articles with varied names and publication dates (shifted by
  whole years, so that copies are not one story), timed, with peak memory (ru_maxrss).
Articles are read as `figrecon scan --index CORPUS/index.csv CORPUS/articles` reads them
(`reconcile.scan.articles.load_articles`).
"""
from __future__ import annotations

import argparse
import csv
import dataclasses
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import results  # noqa: E402
from corpus_truth import assign, match_strength  # noqa: E402

from currency.text.reader import AmountError  # noqa: E402
from currency.text.readings import read_once  # noqa: E402
from reconcile.scan.articles import load_articles  # noqa: E402
from reconcile.scan.model import Article  # noqa: E402
from reconcile.scan.output import usable_rows  # noqa: E402
from reconcile.scan.propose import scan_articles  # noqa: E402


def load_corpus(corpus: Path) -> tuple[list[Article], dict[str, dict]]:
    """The corpus's articles as scan reads them (`load_articles`, dates from its index.csv) and
    its index rows by file; each article's path is its file name, as truth.csv names it."""
    with open(corpus / "index.csv", encoding="utf-8") as f:
        index = {r["file"]: r for r in csv.DictReader(f)}
    found, lines = load_articles([corpus / "articles"], corpus / "index.csv")
    for line in lines:
        print(f"  skipped: {line}", file=sys.stderr)
    arts = sorted((dataclasses.replace(a, path=Path(a.path).name) for a in found),
                  key=lambda a: a.path)
    return arts, index


def truth_rows(corpus: Path) -> dict[str, list[dict]]:
    by_file: dict[str, list[dict]] = defaultdict(list)
    with open(corpus / "truth.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            by_file[r["file"]].append(r)
    return by_file


def _strength(label: dict, row: dict) -> int:
    try:
        a = read_once(row["amount"])
    except AmountError:
        return 0
    return match_strength(label, a, a.currency or row.get("currency"), row["amount"])


def match(rows, truth: dict[str, list[dict]], copies: dict[str, int] | None = None) \
        -> dict[tuple[str, int], dict]:
    """(file, n-th labelled amount) → the scan row matched to it (`corpus_truth.assign`). A figure
    proposed once for a sentence its article prints N times (`copies`) matches up to N labels
    (truth.csv labels each printing), its further ones only with its text as written."""
    by_source: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_source[r["source"]].append(r)
    out = {}
    for file, labels in truth.items():
        mine = sorted(by_source.get(file, []), key=lambda r: r["id"])
        again = lambda r, k: k < (copies or {}).get(r["id"], 1)  # noqa: E731
        for n, r in enumerate(assign(labels, mine, _strength, again)):
            if r is not None:
                out[(file, n)] = r
    return out


def bcubed(truth: dict[str, list[dict]], matched: dict) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of scan's metrics against the labelled facts."""
    items = []
    for file, labels in truth.items():
        for n, t in enumerate(labels):
            r = matched.get((file, n))
            items.append((t["fact"], r["metric"] if r else f"missed:{file}:{n}"))
    by_fact: dict[str, int] = defaultdict(int)
    by_group: dict[str, int] = defaultdict(int)
    both: dict[tuple[str, str], int] = defaultdict(int)
    for fact, group in items:
        by_fact[fact] += 1
        by_group[group] += 1
        both[(fact, group)] += 1
    p = sum(both[(f, g)] / by_group[g] for f, g in items) / len(items)
    r = sum(both[(f, g)] / by_fact[f] for f, g in items) / len(items)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def as_of_agree(truth, matched) -> int:
    """Matched figures whose proposed as_of overlaps the as_of truth.csv gives their amount."""
    from currency.data.periods import PeriodError, parse_period
    n = 0
    for (file, k), r in matched.items():
        try:
            n += parse_period(r["as_of"]).overlaps(parse_period(truth[file][k]["as_of"]))
        except PeriodError:      # an unreadable date does not agree
            pass
    return n


def end_to_end(corpus: Path, result, truth, matched) -> dict:
    """Reconcile the figures scan would write (rows a figures file refuses are left out, as `scan`
    leaves them, and counted); found discrepancies and false alarms against expected.csv."""
    import pandas as pd

    from reconcile.engines.local import reconcile
    from reconcile.model.findings import RANK
    from reconcile.store.figures import COLUMNS, load_figures
    expected = list(csv.DictReader(open(corpus / "expected.csv", encoding="utf-8")))
    border_path = corpus / "borderline.csv"
    border = list(csv.DictReader(open(border_path, encoding="utf-8"))) if border_path.exists() \
        else []

    def ids_of(file: str, amount_text: str) -> set[str]:
        ids = {matched[(file, n)]["id"] for n, t in enumerate(truth.get(file, []))
               if t["amount_text"] == amount_text and (file, n) in matched}
        # A label the reader reads to another value ("27억2000억유로", a slip read as meant) is
        # matched to no figure; its article's figure written alike is the one it names.
        return ids or {r["id"] for r in result.rows
                       if r["source"] == file and r["amount"].strip() == amount_text.strip()}

    wrong: dict[str, set[str]] = defaultdict(set)
    for e in expected:      # one discrepancy may list several figures
        wrong[e["id"]] |= ids_of(e["file"], e["amount_text"])
    all_wrong = set().union(*wrong.values()) if wrong else set()
    allowed = set().union(*(ids_of(b["file"], b["amount_text"]) for b in border)) if border \
        else set()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "figures.csv"
        rows, left_out = usable_rows(result)
        pd.DataFrame(rows, columns=COLUMNS).to_csv(path, index=False)
        figs = load_figures(path)
    f = reconcile(figs).findings
    serious = f[f["severity"].map(RANK) >= RANK["low"]]
    flagged = [set(s) for s in serious["flagged"]]
    found = {d for d, ids in wrong.items() if any(ids & s for s in flagged)}
    alarms = [(serious.iloc[i]["severity"], serious.iloc[i]["record"].message)
              for i, s in enumerate(flagged) if not (s & all_wrong) and not (s <= allowed)]
    return dict(expected=len(wrong), found=sorted(found),
                missed=sorted(set(wrong) - found), alarms=alarms, left_out=left_out)


def run(corpus: Path, show: bool = False, mixed_only: bool = False, full: bool = False,
        as_of_misses: bool = False, splits: bool = False) -> None:
    arts, index = load_corpus(corpus)
    truth = truth_rows(corpus)
    t0 = time.perf_counter()
    mixed = scan_articles(arts)
    took = time.perf_counter() - t0
    matched = match(mixed.rows, truth, mixed.copies)
    labelled = sum(len(v) for v in truth.values())
    print(f"{corpus}: {len(arts)} articles scanned together in {took:.1f} s; {len(mixed.rows)} "
          f"figures in {len(mixed.groups)} groups")
    once = len(matched) - len(match(mixed.rows, truth))
    print(f"labelled money amounts found as figures: {len(matched)} of {labelled}"
          + (f" ({once} of them printings of a sentence printed again, found by the figure "
             "proposed once for it)" if once else ""))
    print(f"as_of overlapping the labelled as_of: {as_of_agree(truth, matched)} of {len(matched)}")
    if as_of_misses:
        print_as_of_misses(truth, matched, full)
    p, r, f1 = bcubed(truth, matched)
    print(f"B-cubed, all topics mixed: precision {p:.3f} recall {r:.3f} F1 {f1:.3f}")
    topic_of = {f: index[f]["topic"] for f in index}
    base = {k: dict(r, metric=topic_of[k[0]]) for k, r in matched.items()}
    print("baseline, one group per topic: F1 %.3f" % bcubed(truth, base)[2])
    if not mixed_only:
        topics: dict[str, list[Article]] = defaultdict(list)
        for a in arts:
            topics[index[a.path]["topic"]].append(a)
        rows, copies = [], {}
        for name, group in sorted(topics.items()):
            res = scan_articles(group)
            rows += [dict(r, metric=f"{name}:{r['metric']}") for r in res.rows]
            copies.update(res.copies)
        p2, r2, f2 = bcubed(truth, match(rows, truth, copies))
        print(f"B-cubed, each topic alone: precision {p2:.3f} recall {r2:.3f} F1 {f2:.3f} "
              f"(mixed - alone: {f1 - f2:+.3f})")
    e = end_to_end(corpus, mixed, truth, matched)
    for line in e["left_out"]:
        print(f"  LEFT OUT {line}")
    print(f"end to end: {e['expected']} real discrepancies, found {len(e['found'])} at low or "
          f"above, missed {e['missed']}, false alarms {len(e['alarms'])}")
    for sev, msg in e["alarms"]:
        print(f"  FALSE ALARM [{sev}] {msg[:200] if not full else msg}")
    if show:
        print_groups(mixed, truth, matched)
    if splits:
        print_splits(mixed, truth, matched)


def print_as_of_misses(truth, matched, full: bool = False) -> None:
    """Each matched figure whose as_of does not overlap its label's: the file, the amount, the
    labelled and proposed as_of, the figure's note (where its date came from) and its quote."""
    from currency.data.periods import PeriodError, parse_period
    for (file, k), r in sorted(matched.items()):
        label = truth[file][k]
        try:
            if parse_period(r["as_of"]).overlaps(parse_period(label["as_of"])):
                continue
        except PeriodError:      # an unreadable date is a miss too
            pass
        quote = " ".join(str(r["quote"]).split())
        print(f"  AS_OF MISS {file} {label['amount_text']!r}: labelled {label['as_of']}, "
              f"proposed {r['as_of']} (published {r['published']}); {r['note']}\n"
              f"     {quote if full else quote[:300]}")


def print_groups(res, truth, matched) -> None:
    """Each group with its figures and, where labelled, the fact each figure has in truth.csv."""
    fact_of = {r["id"]: truth[f][n]["fact"] for (f, n), r in matched.items()}
    by_id = {r["id"]: r for r in res.rows}
    for g in sorted(res.groups, key=lambda g: g.metric):
        print(f"{g.metric} (cohesion {g.cohesion:.2f})")
        for i in g.figure_ids:
            r = by_id[i]
            print(f"   {i:18} {r['amount']:>24}  {r['as_of']:10} [{fact_of.get(i, '-')}]"
                  + (f" restates {r['restates']}" if r["restates"] else "")
                  + (f" part_of {r['part_of']}" if r["part_of"] else ""))


def print_splits(res, truth, matched) -> None:
    """Each labelled fact scan split over several groups, and each group holding several
    labelled facts: the figures of each part (file, amount, as_of), the errors to classify."""
    by_id = {r["id"]: r for r in res.rows}
    where: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for (f, n), r in matched.items():
        where[truth[f][n]["fact"]][r["metric"]].append(r["id"])
    held: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for fact, groups in where.items():
        for metric, ids in groups.items():
            held[metric][fact] += ids

    def show(ids):
        for i in ids:
            r = by_id[i]
            print(f"      {r['source'][:40]:40} {r['amount']:>24}  {r['as_of']}")

    for kind, table in (("SPLIT fact", where), ("MERGED group", held)):
        for name, parts in sorted(table.items()):
            if len(parts) < 2:
                continue
            print(f"{kind} {name}: {len(parts)} parts")
            for part, ids in sorted(parts.items(), key=lambda p: -len(p[1])):
                print(f"   {part} ({len(ids)})")
                show(ids)


def scale(corpus: Path, n: int) -> None:
    """Scan n articles made of the corpus copied with varied names and dates."""
    arts, _ = load_corpus(corpus)
    many = []
    for k in range(n):
        a = arts[k % len(arts)]
        copy = k // len(arts)
        day = a.published.replace(year=a.published.year - 3 * copy) if a.published else None
        many.append(Article(f"copy{copy:03d}/{a.path}", a.text, day, a.date_source,
                            language=a.language))
    t0 = time.perf_counter()
    res = scan_articles(many)
    took = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{n} articles: {took:.1f} s, {len(res.rows)} figures in {len(res.groups)} groups, "
          f"peak memory {peak:.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--print", action="store_true", help="print every group and its figures")
    ap.add_argument("--mixed-only", action="store_true", help="skip the per-topic run")
    ap.add_argument("--full", action="store_true", help="print false alarms and quotes whole")
    ap.add_argument("--show-as-of-misses", action="store_true",
                    help="print each figure whose as_of misses its labelled as_of")
    ap.add_argument("--splits", action="store_true",
                    help="list the labelled facts split over groups and the groups merging facts")
    ap.add_argument("--scale", type=int, help="time a scan of N copied articles instead")
    ap.add_argument("--record", action="store_true",
                    help="write what it prints into its block of bench/RESULTS.md")
    args = ap.parse_args()
    if args.record and (args.show_as_of_misses or args.splits):
        # bench/RESULTS.md is in the project, which keeps no article's text
        ap.error("--record writes no article quotes: run --show-as-of-misses or --splits without it")
    name = f"corpus_scan-{Path(args.corpus).name}" + (f"-scale{args.scale}" if args.scale else "")
    with results.capture(name, args.record):
        if args.scale:
            scale(Path(args.corpus), args.scale)
        else:
            run(Path(args.corpus), args.print, args.mixed_only, args.full,
                args.show_as_of_misses, args.splits)


if __name__ == "__main__":
    main()
