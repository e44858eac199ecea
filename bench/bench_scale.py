"""Benchmark: whole commands against their yardsticks, measured in one run.

Run: python bench/bench_scale.py [--sizes 10000,100000,1000000] [--repeat 3] [--repeat-large 1]

Each command is a whole process (start to exit). Per run it records the wall time, the CPU time
(user + system, from the child's own rusage: on a shared machine it is the steadier figure) and
the peak resident memory. It prints medians and the ratio to the yardstick of the same run:
- `report --limit 20` and `export -o` on generated figures (bench/generate.py: mixed currencies,
  hedges, unit slips, parts and totals, running totals, restatements) against
  `python -c "import pandas as pd; pd.read_csv(F)"`, for each size, with the growth between sizes;
- `report` on the project's figures.csv and `convert` of one amount against
  `python -c "import pandas"`;
- `add` of one figure to a copy of figures.csv.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from generate import generate  # noqa: E402

PY = sys.executable
MAIN = str(ROOT / "main.py")


def run(argv: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} exited {proc.returncode}:\n{err}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def measure(argv: list[str], repeat: int, before=None) -> dict:
    runs = []
    for _ in range(repeat):
        if before:
            before()
        runs.append(run(argv))
    wall, cpu, mem = zip(*runs)
    return dict(wall=statistics.median(wall), cpu=statistics.median(cpu), mem=max(mem),
                runs=wall)


def line(name: str, m: dict, base: dict | None = None) -> str:
    text = (f"  {name:34} wall {m['wall']:7.2f} s  cpu {m['cpu']:7.2f} s  peak {m['mem']:7.0f} MB")
    if base:
        text += (f"  = {m['wall'] / base['wall']:5.2f}x wall, {m['cpu'] / base['cpu']:5.2f}x cpu,"
                 f" {m['mem'] / base['mem']:4.2f}x memory")
    return text + f"  (runs: {', '.join(f'{t:.2f}' for t in m['runs'])})"


def startup(repeat: int, tmp: Path) -> None:
    print(f"Start-up (medians of {repeat}):")
    base = measure([PY, "-c", "import pandas"], repeat)
    print(line("python -c 'import pandas'", base))
    print(line("report (figures.csv)", measure([PY, MAIN, "report"], repeat), base))
    print(line("convert '약 12조 3000억 원'", measure([PY, MAIN, "convert", "약 12조 3000억 원"],
                                                  repeat), base))
    copy = tmp / "figures.csv"

    def fresh() -> None:
        shutil.copy(ROOT / "figures.csv", copy)
    print(line("add (to a copy of figures.csv)", measure(
        [PY, MAIN, "add", "--figures", str(copy), "--id", "bench-add", "--metric",
         "bench_metric", "--amount", "$1 billion", "--as-of", "2019-07-22", "--published",
         "2019-07-22", "--source", "bench.txt", "--quote", "invest $1 billion", "--new-metric"],
        repeat, fresh)))


def scale(sizes: list[int], repeat: int, repeat_large: int, tmp: Path) -> None:
    rows = {}
    for n in sizes:
        path = tmp / f"figures_{n}.csv"
        path.write_text(generate(n), encoding="utf-8")
        k = repeat if n < 1_000_000 else repeat_large
        print(f"{n:,} figures ({path.stat().st_size / 1e6:.1f} MB; medians of {k}):")
        base = measure([PY, "-c", f"import pandas as pd; pd.read_csv({str(path)!r})"], k)
        print(line("pd.read_csv", base))
        rep = measure([PY, MAIN, "report", "--figures", str(path), "--limit", "20"], k)
        print(line("report --limit 20", rep, base))
        exp = measure([PY, MAIN, "export", "--figures", str(path), "-o", str(tmp / "out.csv")], k)
        print(line("export -o out.csv", exp, base))
        rows[n] = (base, rep, exp)
    if len(sizes) > 1:
        print("Growth (CPU time per 10x more figures; 10.0 is linear):")
        for a, b in zip(sizes, sizes[1:]):
            parts = [f"{name} {rows[b][i]['cpu'] / rows[a][i]['cpu']:.1f}x"
                     for i, name in enumerate(("read_csv", "report", "export"))]
            print(f"  {a:,} -> {b:,}: " + ", ".join(parts))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--repeat-large", type=int, default=1, help="runs at 1,000,000 and above")
    ap.add_argument("--skip-startup", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_startup:
            startup(args.repeat, Path(tmp))
        scale([int(s) for s in args.sizes.split(",") if s], args.repeat, args.repeat_large,
              Path(tmp))


if __name__ == "__main__":
    main()
