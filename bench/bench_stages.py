"""Benchmark: where `report`'s CPU time goes on generated figures, stage by stage, in one process.

Run: python bench/bench_stages.py [--sizes 100000,1000000] [--repeat 3] [--against DIR] [--record]
     [--asked]

Each run is a fresh process that generates N figures (bench/generate.py), then times with
`time.process_time`, as `report` runs them (pandas' Python-backed strings, the cyclic collector
paused after the imports, malloc and numpy's page advice set as cli/app.py sets them: without
them a stage's time holds system time report does not pay): loading, normalizing, the agreement
columns, each registered check, merging and the findings table (the records of the rows nothing
joins left unmade, as the commands leave them), rate notes. It prints the CPU medians and each
stage's share, so that a stage's owner sees what it costs at scale; the stages are those of
`reconcile.engines.local.reconcile`, called one by one. `--against DIR` runs another checkout's
stages in the same way, interleaved (before/after in one run). `--asked` times N figures of
one-metric facts in dollars and won instead, a won figure off its own day's others in each: every
fact is judged again in another currency (`checks.denomination`), which generated figures, all
parts of totals, never are.
"""
from __future__ import annotations

import argparse
import ast
import statistics
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import results  # noqa: E402
from generate import generate  # noqa: E402

STAGES = """
import gc, inspect, os, sys, time
sys.path.insert(0, os.getcwd())
import pandas as pd
from reconcile.engines import local as L
from reconcile.model import findings as F
from reconcile.model.normalize import normalize
from reconcile.checks.common import fact_agreement
from reconcile.model.rate_notes import annotate_findings
from reconcile.store.figures import load_figures
gc.freeze(); gc.disable()
# The allocator settings report and export run with (cli/app.py); a checkout older than them
# runs without, as its report did.
try:
    from reconcile.engines import allocator
    allocator.keep_freed_memory()
    if hasattr(allocator, "small_pages_for_arrays"):
        allocator.small_pages_for_arrays()
except ImportError:
    pass
T = time.process_time
out = []
def timed(name, fn, *args):
    t = T(); value = fn(*args); out.append((name, T() - t)); return value
with pd.option_context("mode.string_storage", "python"):
    figures = timed("load_figures", load_figures, sys.argv[1])
    ctx = L.Context("USD", None)
    df = timed("evidence_base", L.evidence_base, figures, "USD", None)
    found = []
    for name, check in L.selected_checks().items():
        got = timed("check " + name, check, df, ctx)
        # A check's parts (records and batches) as the engine reads them; a checkout older
        # than the batches merges a list of records.
        found.extend(got.parts if hasattr(got, "parts") else [got])
    if hasattr(F, "merge_parts"):
        # As report and export merge (`records_when_shown`): the lone rows' records left unmade,
        # which `frame` would otherwise make (0.8 s at 1M) and no command at scale does; a
        # checkout older than that option makes them, as its report did.
        pending = "pending" in inspect.signature(F.merge_parts).parameters
        merged = timed("merge", F.merge_parts, found, *([True] if pending else []))
    else:
        merged = timed("merge", F.merge, [f for part in found for f in part])
    plain = timed("frame", F.frame, merged)
    timed("annotate_findings", annotate_findings, plain, df)
print(repr(out), file=sys.stderr)
"""


def asked(n: int) -> str:
    """N made-up figures, four a fact, every fact asked: in half, won conversions of a dollar
    price made on their own days in March 2024 (judged in dollars); in the other half, spread
    over 600 days, a won figure 2 % off its own day's (left in won)."""
    lines = ["id,metric,amount,as_of,published,source,quote,part_of,kind,note,restates,currency"]
    moved = (("1조6650억원", "2024-03-04", "2024-03-04"), ("$1.25 billion", "2024-03-05", "2024-03-05"),
             ("$1.25 billion", "2024-03-06", "2024-03-06"), ("1조7440억원", "2024-03-04", "2024-11-15"))
    for f in range(n // 4):
        day = date(2023, 1, 2) + timedelta(days=f % 600)
        kept = tuple((a, d, d) for a, d in zip(("$1.25 billion", "1조6650억원", "1조6650억원",
                                                "1조6990억원"),
                                               (day, day, day + timedelta(days=1), day)))
        for i, (a, d, p) in enumerate(moved if f % 2 else kept):
            lines.append(f"m{f}-{i},deal_{f},{a},{d},{p},a{f}_{i}.txt,{a},,,,,")
    return "\n".join(lines) + "\n"


def stages(path: Path, root: Path) -> list[tuple[str, float]]:
    """One run's (stage, CPU seconds), in `root`'s checkout."""
    r = subprocess.run([sys.executable, "-c", STAGES, str(path)], cwd=root, capture_output=True,
                       text=True)
    if r.returncode:
        raise SystemExit(r.stderr)
    return ast.literal_eval(r.stderr.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--against", type=Path, metavar="DIR",
                    help="another checkout to measure alongside this one (before/after)")
    ap.add_argument("--asked", action="store_true",
                    help="one-metric facts judged again in another currency (`asked`)")
    ap.add_argument("--record", action="store_true",
                    help="write what it prints into its block of bench/RESULTS.md")
    args = ap.parse_args()
    roots = (ROOT,) + ((args.against.resolve(),) if args.against else ())
    with results.capture("bench_stages", args.record):
        with tempfile.TemporaryDirectory() as tmp:
            for n in [int(s) for s in args.sizes.split(",") if s]:
                path = Path(tmp) / f"figures_{n}.csv"
                path.write_text((asked if args.asked else generate)(n), encoding="utf-8")
                runs = {root: [] for root in roots}
                for _ in range(args.repeat):
                    for root in roots:          # interleaved: the same load for both
                        runs[root].append(stages(path, root))
                for root in roots:
                    label = "this checkout" if root == ROOT else f"against {root.name}"
                    names = [name for name, _ in runs[root][0]]
                    med = {k: statistics.median(dict(run)[k] for run in runs[root])
                           for k in names}
                    total = sum(med.values())
                    print(f"{n:,} figures, CPU medians of {args.repeat} ({label}):")
                    for k in names:
                        print(f"  {k:28}  {med[k]:7.3f} s  {100 * med[k] / total:5.1f} %")
                    print(f"  {'total':28}  {total:7.3f} s")


if __name__ == "__main__":
    main()
