"""How fast `add` is, alone and a hundred at once on one file.

    python bench/bench_add.py [N_CONCURRENT]

Prints the median wall time of one `add --quiet` and of one `add` (which also shows the figure
reconciled), over 5 runs each, then runs N_CONCURRENT (default 100) `add --quiet` processes at once
on one copy of figures.csv and prints how many succeeded, how many rows landed, and the wall time
(median of 3 rounds). Start-up (Python and the imports) is most of one add; the lock is held for
the few milliseconds of reading the file's structure and renaming the new file into place.
"""
from __future__ import annotations

import csv
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def add_cmd(path: Path, fid: str, quiet: bool) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), "add", "--id", fid, "--metric", "bench_metric",
            "--amount", "$1 billion", "--as-of", "2024-01", "--published", "2024-02",
            "--source", "bench.txt", "--quote", f"quote of {fid}", "--new-metric",
            "--figures", str(path)] + \
        (["--quiet"] if quiet else [])


def one(path: Path, quiet: bool, runs: int = 5) -> float:
    times = []
    for i in range(runs):
        t = time.perf_counter()
        subprocess.run(add_cmd(path, f"one-{int(quiet)}-{i}", quiet), check=True,
                       stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def concurrent(workdir: Path, n: int, round_no: int) -> tuple[float, int, int]:
    path = workdir / f"concurrent-{round_no}.csv"
    shutil.copy(ROOT / "figures.csv", path)
    t = time.perf_counter()
    procs = [subprocess.Popen(add_cmd(path, f"c-{i}", True), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL) for i in range(n)]
    ok = sum(p.wait() == 0 for p in procs)
    wall = time.perf_counter() - t
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    return wall, ok, sum(r["id"].startswith("c-") for r in rows)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    workdir = Path(tempfile.mkdtemp(prefix="figrecon-bench-add-"))
    try:
        path = workdir / "figures.csv"
        shutil.copy(ROOT / "figures.csv", path)
        print(f"one add --quiet: median {one(path, True):.3f} s")
        print(f"one add (shows the reconciliation): median {one(path, False):.3f} s")
        rounds = [concurrent(workdir, n, r) for r in range(3)]
        print(f"{n} concurrent add --quiet: median wall {statistics.median(w for w, _, _ in rounds):.2f}"
              f" s; succeeded {', '.join(f'{ok}/{n}' for _, ok, _ in rounds)}; rows landed "
              f"{', '.join(f'{landed}/{n}' for _, _, landed in rounds)}")
        print(f"(load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
