"""Benchmark: reconcile 100,000 generated figures (load, normalize, every check, render).

Run: python bench/bench_engine.py [--n 100000] [--repeat 3]
The figures mix currencies, hedges, periods, parts and totals, cumulative metrics and slips, so
every check has work to do. Prints medians of each stage.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generate import generate  # noqa: E402  (bench/generate.py: the one generator)

from currency.text.readings import read_once  # noqa: E402
from reconcile.engines.local import reconcile  # noqa: E402
from reconcile.store.figures import load_figures  # noqa: E402


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
