"""Benchmark: loading one figures CSV, and `report --limit 20` of it, against a `pd.read_csv`.

Run: python bench/bench_load.py FILE [--repeat 1] [--against DIR]

Each is a whole process (CPU time from the child's own rusage, peak resident memory), as in
bench_scale.py. The load is `load_figures` alone (reading, cutting and checking the rows). Before
timing it says which reader cuts the file in each checkout: Arrow's C parser (the fast path) or
the strict csv-module reader, as `figures.arrow_columns` tells (a checkout without it is not
told). `--against DIR` runs the same from another checkout, runs
interleaved, so that before and after are measured under the same load.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from bench_scale import MAIN, PY, line, measure  # noqa: E402

LOAD = "from reconcile.store.figures import load_figures; load_figures({path!r})"
# The loader is asked which reader it takes (a checkout older than `arrow_columns` is not told).
WHICH = ("from reconcile.store import figures as F; ask = getattr(F, 'arrow_columns', None); "
         "print('not told' if ask is None else 'strict' if ask(open({path!r}, 'rb').read()) "
         "is None else 'arrow')")


def reader_of(path: str, root: Path) -> str:
    """Which reader cuts the file in the checkout at `root`."""
    out = subprocess.run([PY, "-c", WHICH.format(path=path)], cwd=root, capture_output=True,
                         text=True, check=True)
    return out.stdout.strip()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("file", type=Path)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--against", type=Path, metavar="DIR")
    args = ap.parse_args()
    path = str(args.file.resolve())
    roots = (ROOT,) + ((args.against.resolve(),) if args.against else ())
    names = ["this"] + (["against"] if args.against else [])
    print(f"{path} ({args.file.stat().st_size / 1e6:.1f} MB; medians of {args.repeat}):")
    for name, root in zip(names, roots):
        print(f"  reader [{name}]: {reader_of(path, root)}")
    [base] = measure([PY, "-c", f"import pandas as pd; pd.read_csv({path!r})"], args.repeat)
    print(line("pd.read_csv", base))
    for label, argv in (("load_figures", [PY, "-c", LOAD.format(path=path)]),
                        ("report --limit 20", [PY, MAIN, "report", "--figures", path,
                                               "--limit", "20"])):
        for name, m in zip(names, measure(argv, args.repeat, roots=roots)):
            print(line(f"{label} [{name}]", m, base))


if __name__ == "__main__":
    main()
