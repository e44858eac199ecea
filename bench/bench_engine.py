"""Benchmark: reconcile 100,000 generated figures (load, normalize, every check, render).

Run: python bench/bench_engine.py [--n 100000] [--repeat 3]
The figures mix currencies, hedges, periods, parts and totals, cumulative metrics and slips, so
every check has work to do. Prints medians of each stage.
"""
from __future__ import annotations

import argparse
import io
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from currency.readings import read_once  # noqa: E402
from reconcile.engine import reconcile  # noqa: E402
from reconcile.figures import COLUMNS, load_figures  # noqa: E402

YEARS = ["2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024"]


def generate(n: int, seed: int = 11) -> str:
    """A figures CSV of n rows: facts of about ten figures each, some slipped or off."""
    rng = random.Random(seed)
    out = io.StringIO()
    out.write(",".join(COLUMNS) + "\n")
    i = 0
    fact = 0
    while i < n:
        fact += 1
        metric = f"fact_{fact}"
        year = rng.choice(YEARS)
        usd_b = rng.randint(1, 500)
        total = f"total_{fact // 20}"
        cumulative = fact % 20 == 0
        for _ in range(rng.randint(4, 16)):
            if i >= n:
                break
            roll = rng.random()
            if roll < 0.45:
                amount = f"{usd_b * 10}억 달러"
            elif roll < 0.6:
                amount = f"${usd_b} billion"
            elif roll < 0.8:
                amount = f"약 {round(usd_b * 1.2)}조 원"
            elif roll < 0.9:
                amount = f"{usd_b}억 달러"            # a unit slip
            elif roll < 0.95:
                amount = f"{usd_b * 10}억 달러 이상"
            else:
                amount = "수십억 달러"
            part = total if not cumulative else ""
            kind = "cumulative" if cumulative else ""
            row = [f"g{i}", metric if not cumulative else total, amount, year, year, "gen.txt",
                   "generated", part if not cumulative else "", kind, ""]
            out.write(",".join(row) + "\n")
            i += 1
    return out.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "figures.csv"
        path.write_text(generate(args.n), encoding="utf-8")
        stages = {"load+validate": [], "normalize+checks": [], "total": []}
        findings = None
        for _ in range(args.repeat):
            read_once.cache_clear()      # each run reads its amounts, as a fresh process would
            t0 = time.perf_counter()
            figures = load_figures(path)
            t1 = time.perf_counter()
            rec = reconcile(figures)
            t2 = time.perf_counter()
            stages["load+validate"].append(t1 - t0)
            stages["normalize+checks"].append(t2 - t1)
            stages["total"].append(t2 - t0)
            findings = rec.findings
        report = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, str(ROOT / "main.py"), "report", "--figures",
                            str(path)], capture_output=True, check=False)
            report.append(time.perf_counter() - t0)
        stages["python main.py report (whole command)"] = report
    print(f"engine: {args.n} figures, {figures['metric'].nunique()} metrics, "
          f"{len(findings)} findings ({findings['severity'].value_counts().to_dict()})")
    for name, times in stages.items():
        print(f"  {name:38} median {statistics.median(times):.2f} s "
              f"(runs: {', '.join(f'{t:.2f}' for t in times)})")


if __name__ == "__main__":
    main()
