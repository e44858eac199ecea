"""Benchmark: whole commands against their yardsticks, measured in one run.

Run: python bench/bench_scale.py [--sizes 10000,100000,1000000] [--repeat 3] [--repeat-large 1]
                                  [--against DIR] [--skip-startup] [--phases]
                                  [--one-metric 20000]

Each command is a whole process (start to exit). Per run it records the wall time, the CPU time
(user + system, from the child's own rusage: on a shared machine it is the steadier figure) and
the peak resident memory. It prints medians and the ratio to the yardstick of the same run:
- `report --limit 20` and `export -o` on generated figures (bench/generate.py: mixed currencies,
  hedges, unit slips, parts and totals, running totals, restatements) against
  `python -c "import pandas as pd; pd.read_csv(F)"`, for each size, with the growth between sizes;
- `report` on the project's figures.csv and `convert` of one amount against
  `python -c "import pandas"`; `report` also with the project's bytecode cached (a checkout run
  with PYTHONDONTWRITEBYTECODE compiles each of its modules' source at every start);
- `add` of one figure to a copy of figures.csv;
- which of pint, pandera and hypothesis `report` and `convert` import (issue 19: none);
- with `--one-metric N`, issue 21 item 7's cases: N figures of one metric, all different and
  half at $10 billion, `report --limit 20` and `export`, each process capped at 6 GB;
- with `--phases`, where `report`'s CPU time on figures.csv goes, stage by stage, in one
  process (import pandas, the reader, loading, the engine, the terminal view), so that each
  stage's owner sees its share.

`--against DIR` also runs each command from another checkout (e.g. the commit before a change,
unpacked with `git archive REV | tar -x -C DIR`), its runs interleaved with this checkout's, so
that before and after are measured in one run under the same load; each prints its own line.
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

import results  # noqa: E402
from generate import generate  # noqa: E402

PY = sys.executable
MAIN = "main.py"       # run from the checkout's root, so that its own modules are imported
HEAVY = ("pint", "pandera", "hypothesis")


# With --one-metric, each process may use at most this much address space (GB): the quadratic
# case of issue 21 item 7 once grew to 10 GB, and a bench must not take the machine with it.
CAP_GB = 6.0
_capped = False


def _cap() -> None:
    import resource
    limit = int(CAP_GB * 2**30)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def run(argv: list[str], cwd: Path = ROOT) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one process; under the cap, a process
    that fails gives NaN wall time (said in its line as 'failed')."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd,
                            preexec_fn=_cap if _capped else None)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    # Exit 1 is a report with findings, but also Python's exit after a traceback.
    failed = proc.returncode not in (0, 1) or "Traceback (most recent call last)" in err
    if failed and _capped:
        return float("nan"), usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024
    if failed:
        raise SystemExit(f"{' '.join(argv)} exited {proc.returncode}:\n{err}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def measure(argv: list[str], repeat: int, before=None, roots: tuple[Path, ...] = (ROOT,)
            ) -> list[dict]:
    """Medians of `repeat` runs of `argv` in each checkout of `roots`, runs interleaved."""
    runs: list[list] = [[] for _ in roots]
    for _ in range(repeat):
        for i, root in enumerate(roots):
            if before:
                before()
            runs[i].append(run(argv, root))
    out = []
    for r in runs:
        wall, cpu, mem = zip(*r)
        out.append(dict(wall=statistics.median(wall), cpu=statistics.median(cpu), mem=max(mem),
                        runs=wall))
    return out


def line(name: str, m: dict, base: dict | None = None) -> str:
    if m["wall"] != m["wall"]:
        name += " (failed)"
    text = (f"  {name:44} wall {m['wall']:7.2f} s  cpu {m['cpu']:7.2f} s  peak {m['mem']:7.0f} MB")
    if base:
        text += (f"  = {m['wall'] / base['wall']:5.2f}x wall, {m['cpu'] / base['cpu']:5.2f}x cpu,"
                 f" {m['mem'] / base['mem']:4.2f}x memory")
    return text + f"  (runs: {', '.join(f'{t:.2f}' for t in m['runs'])})"


def _label(name: str, i: int, roots: tuple[Path, ...]) -> str:
    return name if len(roots) == 1 else f"{name} [{'this' if i == 0 else 'against'}]"


def _lines(name: str, ms: list[dict], base: dict | None, roots: tuple[Path, ...]) -> None:
    for i, m in enumerate(ms):
        print(line(_label(name, i, roots), m, base))


def heavy_imports(argv: list[str], root: Path) -> str:
    """Which of HEAVY the command imports, from a run of it inside one interpreter."""
    code = ("import runpy, sys\n"
            f"sys.argv = {argv!r}\n"
            "try:\n    runpy.run_path('main.py')['main']()\n"
            "except SystemExit:\n    pass\n"
            f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)\n")
    r = subprocess.run([PY, "-c", code], cwd=root, capture_output=True, text=True)
    return (r.stderr.strip().splitlines() or [""])[-1] or "none"


def startup(repeat: int, tmp: Path, roots: tuple[Path, ...]) -> None:
    print(f"Start-up (medians of {repeat}):")
    [base] = measure([PY, "-c", "import pandas"], repeat)
    print(line("python -c 'import pandas'", base))
    _lines("report (figures.csv)", measure([PY, MAIN, "report"], repeat, roots=roots), base,
           roots)
    # Python compiles a module's source each time it imports it when no bytecode of it is
    # cached (a checkout run with PYTHONDONTWRITEBYTECODE set, as the lines above may be); an
    # installed package has its bytecode, as pandas has. Measured so too, after one run that
    # writes it into a cache of its own.
    cached = ["env", "-u", "PYTHONDONTWRITEBYTECODE", f"PYTHONPYCACHEPREFIX={tmp / 'pyc'}",
              PY, MAIN, "report"]
    for root in roots:
        run(cached, root)
    _lines("report (figures.csv), bytecode cached", measure(cached, repeat, roots=roots), base,
           roots)
    _lines("convert '약 12조 3000억 원'", measure([PY, MAIN, "convert", "약 12조 3000억 원"],
                                              repeat, roots=roots), base, roots)
    copy = tmp / "figures.csv"

    def fresh() -> None:
        shutil.copy(ROOT / "figures.csv", copy)
    _lines("add (to a copy of figures.csv)", measure(
        [PY, MAIN, "add", "--figures", str(copy), "--id", "bench-add", "--metric",
         "bench_metric", "--amount", "$1 billion", "--as-of", "2019-07-22", "--published",
         "2019-07-22", "--source", "bench.txt", "--quote", "invest $1 billion", "--new-metric"],
        repeat, fresh, roots), None, roots)
    for i, root in enumerate(roots):
        print(f"  {_label('imports of ' + ', '.join(HEAVY), i, roots)}: report "
              f"{heavy_imports(['main.py', 'report'], root)}; convert "
              f"{heavy_imports(['main.py', 'convert', '1억 달러'], root)}")


# One `report` on figures.csv, stage by stage, in a fresh interpreter: CPU seconds of each.
PHASES = """
import os, sys, time
sys.path.insert(0, os.getcwd())
T = time.process_time
out, t0 = [], T()
def mark(name):
    global t0
    t = T(); out.append((name, t - t0)); t0 = t
import pandas; mark("import pandas")
import cli.app, cli.report; mark("import cli")
import currency.text.reader; mark("import reader (names, patterns)")
from reconcile.store.figures import load_figures; df = load_figures("figures.csv"); mark("load_figures")
from reconcile.engines import local as engine; mark("import engine, checks")
rec = engine.reconcile(df, "USD", None); mark("engine.reconcile")
from reports.safe_text import console
from reports.terminal import View, print_report; mark("import reports.terminal")
counted = engine.filter_findings(rec.findings, None, "info")
shown = engine.filter_findings(rec.findings, None, "low")
sys.stdout = open(os.devnull, "w")
print_report(console(), rec, View(rec.figures, counted, shown, "low", 100, False, False, None),
             "figures.csv", None); mark("print_report")
print(repr(out), file=sys.stderr)
"""


def phases(repeat: int, roots: tuple[Path, ...]) -> None:
    import ast
    for i, root in enumerate(roots):
        runs = []
        for _ in range(repeat):
            r = subprocess.run([PY, "-c", PHASES], cwd=root, capture_output=True, text=True)
            if r.returncode:
                raise SystemExit(r.stderr)
            runs.append(ast.literal_eval(r.stderr.strip().splitlines()[-1]))
        names = [n for n, _ in runs[0]]
        med = {n: statistics.median(run[k][1] for run in runs) for k, n in enumerate(names)}
        base = med["import pandas"]
        print(f"Stages of report on figures.csv, CPU medians of {repeat} "
              f"({_label('in one process', i, roots)}; ratio to import pandas):")
        for n in names:
            print(f"  {n:36} {med[n]:6.3f} s  {med[n] / base:5.2f}x")
        print(f"  {'total':36} {sum(med.values()):6.3f} s  {sum(med.values()) / base:5.2f}x")


def scale(sizes: list[int], repeat: int, repeat_large: int, tmp: Path,
          roots: tuple[Path, ...]) -> None:
    rows = {}
    for n in sizes:
        path = tmp / f"figures_{n}.csv"
        path.write_text(generate(n), encoding="utf-8")
        k = repeat if n < 1_000_000 else repeat_large
        print(f"{n:,} figures ({path.stat().st_size / 1e6:.1f} MB; medians of {k}):")
        [base] = measure([PY, "-c", f"import pandas as pd; pd.read_csv({str(path)!r})"], k)
        print(line("pd.read_csv", base))
        rep = measure([PY, MAIN, "report", "--figures", str(path), "--limit", "20"], k,
                      roots=roots)
        _lines("report --limit 20", rep, base, roots)
        exp = measure([PY, MAIN, "export", "--figures", str(path), "-o", str(tmp / "out.csv")],
                      k, roots=roots)
        _lines("export -o out.csv", exp, base, roots)
        rows[n] = (base, rep[0], exp[0])
    if len(sizes) > 1:
        print("Growth (CPU time per 10x more figures; 10.0 is linear):")
        for a, b in zip(sizes, sizes[1:]):
            parts = [f"{name} {rows[b][i]['cpu'] / rows[a][i]['cpu']:.1f}x"
                     for i, name in enumerate(("read_csv", "report", "export"))]
            print(f"  {a:,} -> {b:,}: " + ", ".join(parts))


def one_metric(n: int, repeat: int, tmp: Path, roots: tuple[Path, ...]) -> None:
    """Issue 21 item 7: `n` figures under one metric and one as_of, all different ($1 to $n
    billion), and half of them at $10 billion; `report --limit 20` and `export`, each process
    capped at CAP_GB of address space."""
    global _capped
    _capped = True
    for name, half in (("all different", False), ("half at $10 billion", True)):
        path = tmp / f"one_metric_{'half' if half else 'diff'}_{n}.csv"
        rows = ["id,metric,amount,as_of,published,source,quote,part_of,kind,note,restates,"
                "currency"]
        for k in range(n):
            v = 10 if half and k % 2 == 0 else k + 1
            rows.append(f"d{k},one_metric,${v} billion,2020-01-01,2020-01-01,gen.txt,q{k},,,,,")
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        print(f"{n:,} figures of one metric, {name} (medians of {repeat}, cap {CAP_GB:g} GB):")
        _lines("report --limit 20", measure(
            [PY, MAIN, "report", "--figures", str(path), "--limit", "20"], repeat, roots=roots),
            None, roots)
        _lines("export -o out.csv", measure(
            [PY, MAIN, "export", "--figures", str(path), "-o", str(tmp / "out.csv")], repeat,
            roots=roots), None, roots)
    _capped = False


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--repeat-large", type=int, default=1, help="runs at 1,000,000 and above")
    ap.add_argument("--skip-startup", action="store_true")
    ap.add_argument("--phases", action="store_true",
                    help="also time report's stages on figures.csv in one process")
    ap.add_argument("--against", type=Path, metavar="DIR",
                    help="another checkout to measure alongside this one (before/after)")
    ap.add_argument("--record", action="store_true",
                    help="write what it prints into its block of bench/RESULTS.md")
    ap.add_argument("--one-metric", type=int, default=0, metavar="N",
                    help="also N figures under one metric (issue 21 item 7), all different "
                         "and half at $10 billion, capped at 6 GB each")
    args = ap.parse_args()
    if args.against and not (args.against / "main.py").is_file():
        raise SystemExit(f"--against: {args.against}: no main.py there (a checkout's root?)")
    roots = (ROOT, args.against.resolve()) if args.against else (ROOT,)
    # One block per kind of run, so that recording one kind never overwrites another's.
    kinds = ([] if args.skip_startup else ["startup"]) + (
        [f"one_metric_{args.one_metric}"] if args.one_metric else []) + (
        [args.sizes.replace(",", "_")] if args.sizes else [])
    name = "bench_scale-" + ("-".join(kinds) or "startup")
    with tempfile.TemporaryDirectory() as tmp, results.capture(name, args.record):
        if not args.skip_startup:
            startup(args.repeat, Path(tmp), roots)
        if args.phases:
            phases(args.repeat, roots)
        if args.one_metric:
            one_metric(args.one_metric, args.repeat, Path(tmp), roots)
        scale([int(s) for s in args.sizes.split(",") if s], args.repeat, args.repeat_large,
              Path(tmp), roots)


if __name__ == "__main__":
    main()
