"""The findings of a checkout, as files, to compare before and after a change that must not
change them (a speed change, a move).

Run from a checkout's root:
    python bench/fingerprint.py OUT [--quick]       # write OUT/<input>.json, .export.csv, .err
    python bench/fingerprint.py --compare A B       # SAME, or each file that differs; exit 1

The inputs are made in OUT/in: the sample figures.csv, both corpus fixtures of tests/fixtures,
10,000 and 100,000 generated figures (bench/generate.py; `--quick` leaves the 100k out), and
2,000 figures of one metric, all different and half of them equal. For each, the command line's
`report --json --min-severity info --limit 0` and `export -o` (csv), and what each says on
stderr with OUT's path taken out, so that two checkouts' outputs compare byte for byte.
"""
from __future__ import annotations

import argparse
import csv
import filecmp
import io
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from generate import generate  # noqa: E402


def _fixture_without_dangling_restates(name: str) -> str:
    """A corpus fixture with every `restates` naming no id of the file blanked: the fixture
    keeps one on purpose (a test reads its error), which would stop the report."""
    rows = list(csv.reader(io.StringIO((ROOT / "tests" / "fixtures" / name)
                                       .read_text(encoding="utf-8"))))
    head, body = rows[0], rows[1:]
    ids, at = {r[head.index("id")] for r in body}, head.index("restates")
    for r in body:
        if r[at] and r[at] not in ids:
            r[at] = ""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([head, *body])
    return out.getvalue()


def _one_metric(n: int, half: bool) -> str:
    rows = ["id,metric,amount,as_of,published,source,quote,part_of,kind,note,restates,currency"]
    for k in range(n):
        v = 10 if half and k % 2 == 0 else k + 1
        rows.append(f"d{k},one_metric,${v} billion,2020-01-01,2020-01-01,gen.txt,q{k},,,,,")
    return "\n".join(rows) + "\n"


def inputs(quick: bool) -> dict[str, str]:
    """Each input's name and its text."""
    made = {"figures": (ROOT / "figures.csv").read_text(encoding="utf-8"),
            "corpus": _fixture_without_dangling_restates("corpus_figures.csv"),
            "corpus2": _fixture_without_dangling_restates("corpus2_figures.csv"),
            "gen10k": generate(10_000),
            "one_diff_2000": _one_metric(2000, half=False),
            "one_half_2000": _one_metric(2000, half=True)}
    if not quick:
        made["gen100k"] = generate(100_000)
    return made


def write(out: Path, quick: bool) -> None:
    """Run both commands on every input; their outputs go to `out`."""
    (out / "in").mkdir(parents=True, exist_ok=True)
    for name, text in inputs(quick).items():
        path = out / "in" / f"{name}.csv"
        path.write_text(text, encoding="utf-8")
        for suffix, args in ((".json", ["report", "--json", "--min-severity", "info",
                                        "--limit", "0"]),
                             (".export", ["export", "-o", str(out / f"{name}.export.csv")])):
            run = subprocess.run([sys.executable, "main.py", *args, "--figures", str(path)],
                                 capture_output=True, text=True)
            if suffix == ".json":
                (out / f"{name}.json").write_text(run.stdout, encoding="utf-8")
            (out / f"{name}{suffix}.err").write_text(
                f"exit {run.returncode}\n" + run.stderr.replace(str(out), "OUT"),
                encoding="utf-8")


def compare(a: Path, b: Path) -> list[str]:
    """The output files that differ between two runs (or are in one only)."""
    names = {p.name for p in a.iterdir() if p.is_file()} | \
        {p.name for p in b.iterdir() if p.is_file()}
    return sorted(n for n in names if not ((a / n).is_file() and (b / n).is_file()
                                           and filecmp.cmp(a / n, b / n, shallow=False)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", nargs="?", type=Path, help="where to write the outputs")
    ap.add_argument("--quick", action="store_true", help="leave out the 100,000 figures")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("A", "B"),
                    help="compare two outputs instead")
    args = ap.parse_args()
    if args.compare:
        differ = compare(*args.compare)
        print("\n".join(f"DIFF {n}" for n in differ) or "SAME")
        sys.exit(1 if differ else 0)
    if args.out is None:
        ap.error("OUT is needed (or --compare A B)")
    write(args.out, args.quick)


if __name__ == "__main__":
    main()
