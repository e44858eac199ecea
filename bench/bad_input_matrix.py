"""Run every class of bad input through the real command line and print what happened.

    python bench/bad_input_matrix.py

Per class: the command, whether it should be refused or accepted, its exit code, how many lines it
wrote to stderr, whether a Python traceback appeared, and whether any watched file changed. The
verdict is BAD for a traceback, for a refused command that changed a file, or for an exit code
other than the one expected (2 refused, 0 accepted). A full disk and, when running as root, a
read-only directory are simulated by making the write fail inside the process (root may write in
any directory); everything else is real.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from reconcile.figures import COLUMNS  # noqa: E402

HEADER = ",".join(COLUMNS)
GOOD_ROW = "a1,m,$1B,2020,2020,s,q,,,"
ADD = ["add", "--new-metric", "--id", "t-new", "--metric", "m", "--amount", "$1 billion",
       "--as-of", "2020", "--published", "2020", "--source", "s", "--quote", "q", "--quiet"]

# Runs the CLI with one failure injected where the file is written.
_INJECT = """
import errno, os, sys
sys.path.insert(0, {root!r})
import reconcile.store as store
kind = sys.argv.pop(1)
code = {{"full_disk": errno.ENOSPC, "read_only_dir": errno.EACCES}}[kind]
def fail(*a, **k):
    raise OSError(code, os.strerror(code))
if kind == "full_disk":
    store.os.fsync = fail
else:
    store.tempfile.mkstemp = fail
sys.argv[0] = "main.py"
import main
main.main()
"""


@dataclass
class Case:
    name: str
    args: list
    expect: str                     # "refuse" or "accept"
    watch: list = field(default_factory=list)
    inject: str | None = None
    env: dict | None = None
    pipe_head: bool = False


def figures(d: Path, *rows: str, name="f.csv", header=HEADER, data: bytes | None = None) -> Path:
    path = d / name
    if data is None:
        data = (header + "\n" + "".join(r + "\n" for r in rows)).encode("utf-8")
    path.write_bytes(data)
    return path


def cases(d: Path) -> list[Case]:
    """Every class of the matrix, each with its own files under `d`."""
    out = []

    def sub(name):
        p = d / name
        p.mkdir()
        return p

    w = sub("cr")
    f = figures(w, GOOD_ROW)
    out.append(Case("CR/LF, quotes, tab in a field (add)", ADD[:-2] + ["before\rafter\n\"q\"\t,",
                                                                       "--figures", f, "--quiet"],
                    "accept", [f]))
    out.append(Case("... then the file loads (report)", ["report", "--figures", f], "accept", [f]))
    w = sub("nul")
    f = figures(w, data=(HEADER + "\n" + "a,m,$1B,2020,2020,s,q\x00,,,\n").encode())
    out.append(Case("NUL byte in figures.csv (report)", ["report", "--figures", f], "refuse", [f]))
    out.append(Case("NUL byte in figures.csv (add)", ADD + ["--figures", f], "refuse", [f]))
    w = sub("open_quote")
    f = figures(w, GOOD_ROW, 'b,m,$1B,2020,2020,s,"open,,,', "c,m,$2B,2020,2020,s,q,,,")
    out.append(Case("unterminated quote (report)", ["report", "--figures", f], "refuse", [f]))
    out.append(Case("unterminated quote (add)", ADD + ["--figures", f], "refuse", [f]))
    w = sub("export_over")
    f = figures(w, GOOD_ROW)
    link = w / "link.csv"
    link.symlink_to(f)
    out.append(Case("export -o the figures file", ["export", "--figures", f, "-o", f], "refuse",
                    [f]))
    out.append(Case("export -o a link to the figures", ["export", "--figures", f, "-o", link],
                    "refuse", [f]))
    w = sub("symlink")
    f = figures(w, GOOD_ROW)
    link = w / "link.csv"
    link.symlink_to(f)
    out.append(Case("add through a symlink", ADD + ["--figures", link], "accept", [f]))
    w = sub("read_only")
    f = figures(w, GOOD_ROW)
    f.chmod(0o444)
    out.append(Case("read-only (0444) figures file (add)", ADD + ["--figures", f], "refuse", [f]))
    w = sub("missing_dir")
    out.append(Case("missing directory (add)", ADD + ["--figures", w / "no" / "f.csv"], "refuse",
                    [w]))
    w = sub("old_header")
    f = figures(w, "a1,m,$1B,2020,2020,s,q", header=",".join(COLUMNS[:7]))
    out.append(Case("header lacks note (add --note)", ADD + ["--note", "n", "--figures", f],
                    "accept", [f]))
    w = sub("stale")
    f = figures(w, GOOD_ROW)
    (w / f".{f.name}.add-dead.tmp").write_bytes(f.read_bytes())
    out.append(Case("stale temp file of a killed add", ADD + ["--figures", f], "accept", [f]))
    w = sub("header_only")
    f = figures(w)
    out.append(Case("header-only file (report)", ["report", "--figures", f], "refuse", [f]))
    w = sub("short_rows")
    f = figures(w, "a,m,$1B,2020,2020,s,q", "b,m,$2B,2020,2020,s,q")
    out.append(Case("rows omit trailing optional cells", ["report", "--figures", f], "accept",
                    [f]))
    w = sub("long_field")
    f = figures(w, "a,m,$1B,2020,2020,s," + "x" * 200_000 + ",,,")
    out.append(Case("field over 131,072 characters", ["report", "--figures", f], "accept", [f]))
    w = sub("dup_header")
    f = figures(w, GOOD_ROW + ",", header=HEADER + ",amount")
    out.append(Case("duplicated header column (add)", ADD + ["--figures", f], "refuse", [f]))
    out.append(Case("duplicated header column (report)", ["report", "--figures", f], "refuse",
                    [f]))
    w = sub("ro_dir")
    f = figures(w, GOOD_ROW)
    if os.geteuid() == 0:
        out.append(Case("read-only directory (simulated: root)", ADD + ["--figures", f],
                        "refuse", [w], inject="read_only_dir"))
    else:
        w.chmod(0o555)
        out.append(Case("read-only directory (add)", ADD + ["--figures", f], "refuse", [w]))
    w = sub("full")
    f = figures(w, GOOD_ROW)
    out.append(Case("full disk (simulated ENOSPC)", ADD + ["--figures", f], "refuse", [w],
                    inject="full_disk"))
    blocker = d / "not_a_dir"
    blocker.write_text("x")
    out.append(Case("unwritable pint cache (convert)", ["convert", "연간 1조 원"], "accept",
                    env={"XDG_CACHE_HOME": str(blocker)}))
    out.append(Case("a directory as --figures", ["report", "--figures", d], "refuse"))
    w = sub("unreadable")
    f = figures(w, GOOD_ROW)
    f.chmod(0)
    out.append(Case("unreadable --figures" + (" (root reads it)" if os.geteuid() == 0 else ""),
                    ["report", "--figures", f], "accept" if os.geteuid() == 0 else "refuse", [f]))
    w = sub("dates")
    f = figures(w, "a,m,$1B,1990,1990,s,q,,,", "b,m,10억 원,1990,1990,s,q,,,",
                "c,n,1조 원,2199,2199,s,q,,,")
    out.append(Case("dates outside the rate data (report)", ["report", "--figures", f], "accept",
                    [f]))
    out.append(Case("date outside the rate data (convert)", ["convert", "$1B", "--to", "KRW",
                                                             "--date", "1990-01-01"], "accept"))
    w = sub("far_date")
    f = figures(w, "a,m,$1B,9999-12-31,2020,s,q,,,")
    out.append(Case("9999-12-31 (report)", ["report", "--figures", f], "refuse", [f]))
    add_k = ADD[:4] + ["k"] + ADD[5:]         # add a figure of metric k
    for label, rows, part_of in (
            ("part_of to an unknown metric", ["a,m,$1B,2020,2020,s,q,zz,,"], "zz"),
            ("part_of to itself", ["a,m,$1B,2020,2020,s,q,m,,"], "k"),
            ("part_of cycle", ["a,m,$1B,2020,2020,s,q,n,,", "b,n,$1B,2020,2020,s,q,m,,"], None)):
        w = sub(label.replace(" ", "_"))
        f = figures(w, *rows)
        out.append(Case(f"{label} (report)", ["report", "--figures", f], "refuse", [f]))
        if part_of is None:           # the new row closes the cycle: m is part of k already
            f = figures(w, "a,m,$1B,2020,2020,s,q,k,,", "b,k,$1B,2020,2020,s,q,,,", name="g.csv")
            part_of = "m"
        out.append(Case(f"{label} (add)", add_k + ["--part-of", part_of, "--figures", f],
                        "refuse", [f]))
    out.append(Case("convert --json of an overflowing number", ["convert", "9" * 400 + " 달러",
                                                                "--json"], "refuse"))
    out.append(Case("report | head -1", ["report"], "accept", pipe_head=True))
    w = sub("articles")
    text = "마이크로소프트는 100억 달러를 투자했다.\n"
    (w / "u16.txt").write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    (w / "u16nobom.txt").write_bytes(("Microsoft invests $10 billion. " * 4).encode("utf-16-le"))
    (w / "cp949.txt").write_bytes(text.encode("cp949"))
    (w / "binary.bin").write_bytes(bytes(range(256)) * 8)
    (w / "empty.txt").write_bytes(b"")
    out.append(Case("UTF-16 article with BOM (extract)", ["extract", w / "u16.txt"], "accept"))
    out.append(Case("UTF-16 article without BOM (extract)", ["extract", w / "u16nobom.txt"],
                    "refuse"))
    out.append(Case("CP949 article (extract)", ["extract", w / "cp949.txt"], "accept"))
    out.append(Case("binary article (extract)", ["extract", w / "binary.bin"], "refuse"))
    out.append(Case("empty article (extract)", ["extract", w / "empty.txt"], "accept"))
    out.append(Case("missing article (extract)", ["extract", w / "none.txt"], "refuse"))
    w = sub("bom")
    f = figures(w, data=("\ufeff" + HEADER + "\n" + GOOD_ROW + "\n").encode("utf-8"))
    out.append(Case("UTF-8 BOM figures (add)", ADD + ["--figures", f], "accept", [f]))
    out.append(Case("UTF-8 BOM figures (report)", ["report", "--figures", f], "accept", [f]))
    w = sub("crlf")
    f = figures(w, data=(HEADER + "\r\n" + GOOD_ROW + "\r\n").encode("utf-8"))
    out.append(Case("CRLF figures (add)", ADD + ["--figures", f], "accept", [f]))
    out.append(Case("CRLF figures (report)", ["report", "--figures", f], "accept", [f]))
    w = sub("cp949")
    f = figures(w, data=(HEADER + "\n" + "a,m,10억 원,2020,2020,s,q,,,\n").encode("cp949"))
    out.append(Case("CP949 figures (report)", ["report", "--figures", f], "refuse", [f]))
    out.append(Case("CP949 figures (add)", ADD + ["--figures", f], "refuse", [f]))
    w = sub("blank")
    f = figures(w, "", GOOD_ROW, "   ", "", "b,m,$1B,2020,2020,s,q,,,", "")
    out.append(Case("blank lines (report)", ["report", "--figures", f], "accept", [f]))
    w = sub("binary")
    f = figures(w, data=bytes(range(256)) * 8)
    out.append(Case("binary figures file (report)", ["report", "--figures", f], "refuse", [f]))
    out.append(Case("binary figures file (add)", ADD + ["--figures", f], "refuse", [f]))
    w = sub("empty")
    f = figures(w, data=b"")
    out.append(Case("empty figures file (report)", ["report", "--figures", f], "refuse", [f]))
    g = figures(w, data=b"", name="g.csv")
    out.append(Case("empty figures file (add)", ADD + ["--figures", g], "accept", [g]))
    out.append(Case("missing figures file (report)", ["report", "--figures", w / "none.csv"],
                    "refuse"))
    w = sub("dup_ids")
    f = figures(w, GOOD_ROW, GOOD_ROW)
    out.append(Case("duplicate ids (report)", ["report", "--figures", f], "refuse", [f]))
    g = figures(w, "t-new,m,$1B,2020,2020,s,q,,,", name="g.csv")
    out.append(Case("duplicate id (add)", ADD + ["--figures", g], "refuse", [g]))
    w = sub("currency")
    f = figures(w, "a,m,100 XYZ,2020,2020,s,q,,,")
    out.append(Case("unknown currency (report)", ["report", "--figures", f], "refuse", [f]))
    g = figures(w, GOOD_ROW, name="g.csv")
    out.append(Case("unknown currency (add)", ADD[:6] + ["100 XYZ"] + ADD[7:] + ["--figures", g],
                    "refuse", [g]))
    w = sub("impossible")
    f = figures(w, "a,m,$1B,2019-02-30,2020,s,q,,,")
    out.append(Case("impossible date (report)", ["report", "--figures", f], "refuse", [f]))
    g = figures(w, GOOD_ROW, name="g.csv")
    out.append(Case("impossible date (add)", ADD[:8] + ["2019-13"] + ADD[9:] + ["--figures", g],
                    "refuse", [g]))
    out.append(Case("impossible date (convert --date)", ["convert", "$1B", "--date",
                                                         "2023-02-30"], "refuse"))
    return out


def snapshot(paths: list[Path]) -> dict:
    """A digest of each watched file, or of every file (hidden ones too) under a directory."""
    out = {}
    for p in paths:
        p = Path(p)
        files = [p] if p.is_file() else sorted(q for q in p.rglob("*") if q.is_file()) \
            if p.is_dir() else []
        for q in files:
            try:
                out[str(q)] = hashlib.sha256(q.read_bytes()).hexdigest()
            except OSError:
                out[str(q)] = "unreadable"
        if p.is_dir() or p.is_file():
            out[str(p) + "/"] = "exists"
    return out


def run(case: Case) -> tuple[int, str]:
    env = dict(os.environ, **(case.env or {}))
    args = [str(a) for a in case.args]
    if case.inject:
        cmd = [sys.executable, "-c", _INJECT.format(root=str(ROOT)), case.inject, *args]
    else:
        cmd = [sys.executable, str(ROOT / "main.py"), *args]
    if case.pipe_head:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read().decode("utf-8", "replace")
        return proc.wait(), err
    r = subprocess.run(cmd, capture_output=True, env=env)
    return r.returncode, r.stderr.decode("utf-8", "replace")


def main() -> int:
    d = Path(tempfile.mkdtemp(prefix="figrecon-matrix-"))
    bad = 0
    rows = []
    try:
        for case in cases(d):
            # Lock files are created by every add, refused or not; they hold no data.
            before = {k: v for k, v in snapshot(case.watch).items() if not k.endswith(".lock")}
            code, err = run(case)
            after = {k: v for k, v in snapshot(case.watch).items() if not k.endswith(".lock")}
            changed = before != after
            traceback = "Traceback" in err
            expected = {"refuse": (2,), "accept": (0, -13) if case.pipe_head else (0,)}
            ok = not traceback and code in expected[case.expect] and \
                not (case.expect == "refuse" and changed)
            bad += not ok
            rows.append((case.name, case.expect, str(code), str(len(err.splitlines())),
                         "yes" if traceback else "no", "yes" if changed else "no",
                         "ok" if ok else "BAD", err.splitlines()[0][:90] if err else ""))
    finally:
        for p in d.rglob("*"):
            if p.is_dir() and not p.is_symlink():
                p.chmod(0o755)
            elif p.is_file() and not p.is_symlink():
                p.chmod(0o644)
        shutil.rmtree(d, ignore_errors=True)
    head = ("class", "expect", "exit", "stderr lines", "traceback", "file changed", "verdict",
            "first stderr line")
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(7)]
    for r in [head] + rows:
        print("  ".join(c.ljust(w) for c, w in zip(r[:7], widths)) + "  " + r[7])
    print(f"\n{len(rows)} cases, {bad} BAD")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
