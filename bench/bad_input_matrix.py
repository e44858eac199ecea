"""Run every class of bad input through the real command line and print what happened.

    python bench/bad_input_matrix.py

Per class: the command, whether it should be refused or accepted, its exit code, how many lines it
wrote to stderr, whether a Python traceback appeared, and whether any watched file changed. The
verdict is BAD for a traceback, for a refused command that changed a file, for an exit code
other than the one expected (2 refused, 0 accepted), for a run past its time limit (a FIFO read
would hang), for a raw control character on stdout or stderr where the input held one, and,
for each `report` class run again with `--engine dask`, for stderr lines that differ from the
default engine's (both engines must refuse the same files with the same lines). A full disk and, when running as root, a
read-only directory are simulated by making the write fail inside the process (root may write in
any directory); everything else is real.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from reconcile.store.figures import COLUMNS  # noqa: E402

HEADER = ",".join(COLUMNS)
GOOD_ROW = "a1,m,$1B,2020,2020,s,q,,,"
ADD = ["add", "--new-metric", "--id", "t-new", "--metric", "m", "--amount", "$1 billion",
       "--as-of", "2020", "--published", "2020", "--source", "s", "--quote", "q", "--quiet"]

# Runs the CLI with one failure injected where the file is written.
_INJECT = """
import errno, os, sys
sys.path.insert(0, {root!r})
import reconcile.store.append as store
kind = sys.argv.pop(1)
code = {{"full_disk": errno.ENOSPC, "read_only_dir": errno.EACCES, "ctrl_c": 0}}[kind]
def fail(*a, **k):
    if kind == "ctrl_c":
        raise KeyboardInterrupt
    raise OSError(code, os.strerror(code))
if kind == "full_disk":
    store.os.fsync = fail
elif kind == "ctrl_c":      # Ctrl-C as the new file is about to replace the old one
    store.os.replace = fail
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
    expect: str                     # "refuse", "accept" or "interrupt" (Ctrl-C: exit 130)
    watch: list = field(default_factory=list)
    inject: str | None = None
    env: dict | None = None
    pipe_head: bool = False
    same_as: str | None = None      # the case whose stderr this one must repeat line for line
    clean: bool = False             # no raw control character may reach stdout or stderr
    timeout: float = 120
    stdin: bytes | None = None
    says: str | None = None         # stderr must hold this
    never_says: str | None = None   # neither stdout nor stderr may hold this
    cwd: Path | None = None         # run there (a name like `-` is written in the current folder)


def with_value(args: list, option: str, value: str) -> list:
    """`args` with the value after `option` replaced (the case stays a valid command line, so
    what refuses it is the value, not a usage error)."""
    i = args.index(option) + 1
    return args[:i] + [value] + args[i + 1:]


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
    out.append(Case("header-only file (report: no figures yet)", ["report", "--figures", f],
                    "accept", [f]))
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
    add_k = with_value(ADD, "--metric", "k")        # add a figure of metric k
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
    for text, why in (("$1.2.3 million", "two decimal points"),
                      ("12..5억 원", "two decimal points"),
                      ("$1,2345 million", "not a number as written"),
                      ("1.234,56 euros", "not a number as written")):
        out.append(Case(f"malformed number {text!r} (convert)", ["convert", text], "refuse",
                        says=why))
    w = sub("malformed")
    f = figures(w, GOOD_ROW, "a2,m,\"$1,2345 million\",2020,2020,s,q,,,")
    out.append(Case("malformed number in a figures cell (report)", ["report", "--figures", f],
                    "refuse", [f], says="not a number as written"))
    g = figures(w, GOOD_ROW, name="g.csv")
    out.append(Case("malformed number (add --amount)",
                    with_value(ADD, "--amount", "$1.2.3 billion") + ["--figures", g], "refuse",
                    [g], says="two decimal points"))
    (w / "a.txt").write_text("Acme paid $1.2.3 million for the plant and raised $5 million.\n")
    out.append(Case("malformed number in an article (extract: no $1.2)",
                    ["extract", w / "a.txt"], "accept", never_says="$1.2"))
    out.append(Case("a word one letter from a currency (convert '5 rounds')",
                    ["convert", "5 rounds of talks"], "refuse", never_says="did you mean"))
    for fmt in ("csv", "json", "md", "xlsx", "html"):
        out.append(Case(f"export --real ({fmt})", ["export", "--real", "--figures", g, "-o",
                                                   w / f"real.{fmt}"], "accept"))
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
    # An empty file is the wrong file or a failed save: refused as scan refuses it (stop 38).
    out.append(Case("empty article (extract)", ["extract", w / "empty.txt"], "refuse"))
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
    out.append(Case("unknown currency (add)", with_value(ADD, "--amount", "100 XYZ") + ["--figures", g],
                    "refuse", [g]))
    w = sub("impossible")
    f = figures(w, "a,m,$1B,2019-02-30,2020,s,q,,,")
    out.append(Case("impossible date (report)", ["report", "--figures", f], "refuse", [f]))
    g = figures(w, GOOD_ROW, name="g.csv")
    out.append(Case("impossible date (add)", with_value(ADD, "--as-of", "2019-13") + ["--figures", g],
                    "refuse", [g]))
    out.append(Case("impossible date (convert --date)", ["convert", "$1B", "--date",
                                                         "2023-02-30"], "refuse"))
    out += issue21_cases(d, sub)
    out += first_commands_cases(sub)
    out += second_commands_cases(sub)
    out += stop50_cases(sub)
    out += stop51_cases(sub)
    out += stop52_cases(sub)
    return out + dask_twins(out)


def issue21_cases(d: Path, sub) -> list[Case]:
    """The classes issue 21 found failing: data loss, injection, hangs, unbounded reads."""
    out = []
    w = sub("stray_quote")
    f = figures(w, 'a1,m,$1B,2020,2020,s,a 5" screen and $1 billion,,,',
                "a2,m,$1B,2020,2020,s,q,,,", "a3,m,$1B,2020,2020,s,q,,,")
    out.append(Case("stray quote in an unquoted cell (edit)", ["edit", "a1", "--note", "hi",
                                                              "--figures", f], "accept", [f]))
    out.append(Case("... then every row is still there (remove a2 a3)",
                    ["remove", "a2", "a3", "--figures", f], "accept", [f]))
    w = sub("bare_cr")
    f = figures(w, data="\r".join([HEADER, GOOD_ROW, "a2,m,$1B,2020,2020,s,q,,,",
                                    "a3,m,$1B,2020,2020,s,q,,,", ""]).encode())
    out.append(Case("CR-only line endings (remove a2)", ["remove", "a2", "--figures", f],
                    "accept", [f]))
    out.append(Case("... then a3 is still there (edit a3)", ["edit", "a3", "--note", "n",
                                                              "--figures", f], "accept", [f]))
    w = sub("restates_cycle")
    f = figures(w, "a1,m,$1B,2020,2020,s,q,,,,a2", "a2,m,$1B,2020,2020,s,q,,,,")
    out.append(Case("restates cycle (edit)", ["edit", "a2", "--restates", "a1", "--figures", f],
                    "refuse", [f]))
    g = figures(w, "a1,m,$1B,2020,2020,s,q,,,,a2", "a2,m,$1B,2020,2020,s,q,,,,a1", name="g.csv")
    out.append(Case("restates cycle (report)", ["report", "--figures", g], "refuse", [g]))
    w = sub("fifo")
    fifo = w / "pipe"
    os.mkfifo(fifo)
    good = figures(w, GOOD_ROW, name="good.csv")
    for label, args in (("report", ["report", "--figures", fifo]),
                        ("export", ["export", "--figures", fifo]),
                        ("add", ADD + ["--figures", fifo]),
                        ("edit", ["edit", "a1", "--note", "n", "--figures", fifo]),
                        ("extract", ["extract", fifo]),
                        ("export -o", ["export", "--figures", good, "--format", "md", "-o",
                                       fifo])):
        out.append(Case(f"FIFO ({label})", args, "refuse", [w], timeout=30))
    dated = w / "a.txt"
    dated.write_text("# source: https://x.test/a | published: 2020-01-02\n"
                     "Acme said it would invest $5 billion.\n", encoding="utf-8")
    out.append(Case("FIFO (scan --index)", ["scan", dated, "--index", fifo], "refuse", [w],
                    timeout=30))
    out.append(Case("a folder as the article (extract)", ["extract", w], "refuse", [w]))
    out.append(Case("an empty --figures (add)", ADD + ["--figures", ""], "refuse", [w]))
    # Read only: a device is never a write target here (add's is a FIFO, above).
    for label, args in (("report --figures", ["report", "--figures", "/dev/zero"]),
                        ("extract", ["extract", "/dev/zero"])):
        out.append(Case(f"/dev/zero ({label})", args, "refuse", timeout=30))
    out.append(Case("16 MB of zero bytes on stdin (convert -)", ["convert", "-"], "refuse",
                    stdin=b"\0" * (17 << 20), timeout=60))
    w = sub("export_ro")
    good = figures(w, GOOD_ROW)
    ro = w / "out.md"
    ro.write_text("keep")
    ro.chmod(0o444)
    out.append(Case("read-only output (export -o)", ["export", "--figures", good, "-o", ro],
                    "refuse", [ro]))
    (w / ".out2.md.export-dead.tmp").write_text("half")
    out.append(Case("stale temp of a killed export", ["export", "--figures", good, "-o",
                                                      w / "out2.md"], "accept"))
    w = sub("control")
    esc = 'a1,m,$1B,2020,2020,s,"Acme \x1b[2J\x1b]0;owned\x07 \x0c\u202e",,,'
    f = figures(w, esc, "a2,m,$3B,2020,2020,t,q,,,")
    out.append(Case("ESC, OSC, form feed in a quote (report)", ["report", "--figures", f],
                    "accept", clean=True))
    for fmt in ("md", "html", "xlsx"):
        out.append(Case(f"... (export {fmt})", ["export", "--figures", f, "-o",
                                                w / f"out.{fmt}"], "accept", clean=True))
    out.append(Case("ESC in an option (add)", ADD[:8] + [
        "--as-of", "20\x1b[2J", "--published", "2020", "--source", "s", "--quote", "q\x1b[2J",
        "--figures", f], "refuse", [f], clean=True))
    out.append(Case("ESC in convert's text", ["convert", "abc\x1b]0;owned\x07"], "refuse",
                    clean=True))
    w = sub("answers")
    article = w / "a.txt"
    article.write_text("Acme will invest $5 billion in Korea, the company said.\n")
    deep = w / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    odd = w / "odd.json"
    odd.write_text('[{"index": 1, "action": "accept", "metric": "m", "id": {"a": 1}}]')
    good = figures(w, GOOD_ROW)
    for label, answers in (("deeply nested", deep), ("an object as id", odd)):
        out.append(Case(f"--answers {label} (extract --add)",
                        ["extract", article, "--published", "2020", "--add", "--answers",
                         answers, "--figures", good], "refuse", [good]))
    out.append(Case("$ and 306 nines (convert)", ["convert", "$" + "9" * 306], "refuse"))
    out.append(Case("$ and 306 nines (add)", with_value(ADD, "--amount", "$" + "9" * 306)
                    + ["--figures", good], "refuse", [good]))
    out.append(Case("-0 달러 (add)", with_value(ADD, "--amount", "-0 달러") + ["--figures", good],
                    "refuse", [good]))
    w = sub("dask_only")
    (w / "trunc.parquet").write_bytes(b"PAR1\x00\x01")
    (w / "text.parquet").write_bytes(b"id,metric\n")
    out.append(Case("truncated Parquet (report --engine dask)",
                    ["report", "--engine", "dask", "--figures", w / "trunc.parquet"], "refuse"))
    out.append(Case("CSV named .parquet (report --engine dask)",
                    ["report", "--engine", "dask", "--figures", w / "text.parquet"], "refuse"))
    try:
        import pandas as pd
        frame = pd.DataFrame({c: ["x"] for c in COLUMNS}).assign(
            id=["a1"], metric=["m"], amount=["$1B"], as_of=["2020"], published=["2020"],
            quote=[True])
        frame.to_parquet(w / "bool.parquet")
        out.append(Case("bool quote column (report --engine dask)",
                        ["report", "--engine", "dask", "--figures", w / "bool.parquet"],
                        "refuse"))
    except ImportError:
        pass
    w = sub("many_dupes")
    f = figures(w, GOOD_ROW, header=HEADER + ",x" * 1000)
    out.append(Case("a column named 1,001 times (report)", ["report", "--figures", f],
                    "refuse", [f]))
    w = sub("blank_first")
    f = figures(w, data=("\n\n" + HEADER + "\n" + GOOD_ROW + "\n").encode())
    out.append(Case("blank lines before the header (report)", ["report", "--figures", f],
                    "refuse", [f]))
    w = sub("latin1")
    f = figures(w, data=(HEADER + "\n" + "a1,m,$1B,2020,2020,s,café,,,\n").encode("latin-1"))
    out.append(Case("Latin-1 figures (report)", ["report", "--figures", f], "refuse", [f]))
    f = figures(w, data=(HEADER + "\n" + GOOD_ROW + "\n").encode("utf-16"), name="u16.csv")
    out.append(Case("UTF-16 figures (report)", ["report", "--figures", f], "refuse", [f]))
    f = figures(w, GOOD_ROW + ",extra,cells", name="extra.csv")
    out.append(Case("extra cells (report)", ["report", "--figures", f], "refuse", [f]))
    return out


def index_cases(sub, folder: Path, stem: str, file_name: str, tables, timeout: float = 120
                ) -> list[Case]:
    """`scan FOLDER --index FILE` for each (label, the index's text, what stderr says): refused
    when something is said, else read."""
    out = []
    for n, (label, text, says) in enumerate(tables):
        idx = sub(f"{stem}_{n}") / file_name
        idx.write_text(text, encoding="utf-8")
        out.append(Case(f"--index with {label} (scan)", ["scan", folder, "--index", idx],
                        "refuse" if says else "accept", [idx.parent], says=says,
                        timeout=timeout))
    return out


def first_commands_cases(sub) -> list[Case]:
    """What a new user of `scan` and `extract` meets first: odd folders, odd files, a bad index,
    a target that cannot be written, odd answers, Ctrl-C as the file is replaced (stop 48)."""
    out = []
    w = sub("scan_odd")
    article = "# source: https://x.test/a | published: 2020-01-02\nAcme said it would invest $5 billion.\n"
    (w / "empty").mkdir()
    out.append(Case("an empty folder (scan)", ["scan", w / "empty"], "refuse", [w]))
    (w / "images").mkdir()
    (w / "images" / "a.png").write_bytes(b"\x89PNG\x00")
    out.append(Case("a folder of only images (scan)", ["scan", w / "images"], "refuse", [w]))
    (w / "loop").mkdir()
    (w / "loop" / "self").symlink_to("../loop")
    out.append(Case("a symlink loop (scan)", ["scan", w / "loop"], "refuse", [w], timeout=30))
    odd = w / "odd"
    odd.mkdir()
    (odd / "a b\nc é.txt").write_text(article, encoding="utf-8")
    (odd / "zero.html").write_bytes(b"")
    (odd / "nobody.html").write_bytes(b"<html><body><script>x</script></body></html>")
    (odd / "u16.txt").write_bytes(article.encode("utf-16-le"))
    (odd / "sjis.txt").write_bytes(article.encode("shift_jis"))
    (odd / "long.txt").write_text(article.rstrip() + " More words." * 200_000 + "\n",
                                  encoding="utf-8")
    out.append(Case("odd names, 0-byte and bodiless pages, UTF-16 without BOM, one 2 MB line "
                    "(scan)", ["scan", odd], "accept", [w], clean=True))
    out.append(Case("-o onto a directory (scan)", ["scan", odd, "-o", w / "empty"], "refuse",
                    [w]))
    out.append(Case("-o under a missing folder (scan)", ["scan", odd, "-o", w / "no" / "f.csv"],
                    "refuse", [w]))
    os.mkfifo(w / "pipe")
    out.append(Case("-o --force onto a FIFO (scan)", ["scan", odd, "-o", w / "pipe", "--force"],
                    "refuse", [w], says="FIFO", timeout=30))
    one = w / "one"
    one.mkdir()
    (one / "a.txt").write_text(article.split("\n", 1)[1], encoding="utf-8")
    (one / "b.txt").write_text(article.split("\n", 1)[1], encoding="utf-8")
    out += index_cases(sub, one, "scan_index", "index.csv", (
        ("a file named twice with two dates", "file,published\na.txt,2020-01-02\n"
         "b.txt,2020-01-02\na.txt,2020-01-09\n", "index.csv:4: published: a.txt: named on line 2"),
        ("an unclosed quote", 'file,published\n"a.txt,2020-01-02\nb.txt,2020-01-02\n',
         "index.csv:2: row: a quote"),
        ("no published column", "file,date\na.txt,2020-01-02\n", "no column published"),
        ("paths from another folder", "file,published\nother/x.txt,2020-01-02\n",
         "none of its 1 row(s) names a file scanned")))
    # A folder's own index.csv naming an article again: another url is said and the first row
    # used; another date leaves that article alone undated (the other is still dated).
    for label, second, says in (
            ("another url", "a.txt,2020-01-02,https://m.x.test/a", "the row of line 2 is used"),
            ("another date", "a.txt,2020-01-09,https://x.test/a", "a.txt: named on line 2")):
        both = sub(f"scan_folder_index_{len(out)}")
        for name in ("a.txt", "b.txt"):
            (both / name).write_text(article.split("\n", 1)[1], encoding="utf-8")
        (both / "index.csv").write_text("file,published,url\na.txt,2020-01-02,https://x.test/a\n"
                                        f"b.txt,2020-01-02,\n{second}\n", encoding="utf-8")
        out.append(Case(f"a folder's index.csv naming an article again with {label} (scan)",
                        ["scan", both], "accept", [both], says=says))
    w = sub("scan_add_to")
    f = figures(w, GOOD_ROW, 'b,m,$1B,2020,2020,s,"open,,,')
    out.append(Case("--add-to a file with an unclosed quote (scan)", ["scan", odd, "--add-to", f],
                    "refuse", [w], says="f.csv:3: row"))
    h = figures(w, GOOD_ROW, name="h.csv")
    out.append(Case("an empty --source (extract --add --yes)",
                    ["extract", odd / "sjis.txt", "--source", "", "--add", "--yes", "--metric",
                     "m", "--new-metric", "--figures", h], "refuse", [w], says="--source"))
    answers = w / "answers.json"
    answers.write_text('[{"index": true, "action": "accept", "metric": "m", "new_metric": true}]')
    two = w / "two.txt"
    two.write_text("Acme will invest $5 billion in Ohio and $2 billion in Texas.\n")
    out.append(Case("--answers with index true (extract --add)",
                    ["extract", two, "--published", "2020-01-02", "--add", "--answers", answers,
                     "--figures", h], "refuse", [w], says="index true"))
    g = figures(w, GOOD_ROW, name="g.csv")
    out.append(Case("Ctrl-C as --add-to replaces the file (scan)", ["scan", odd, "--add-to", g],
                    "interrupt", [w], inject="ctrl_c", says="error: interrupted"))
    return out


def second_commands_cases(sub) -> list[Case]:
    """What a user meets next: edit and remove on odd ids and odd files, export's odd cells and
    targets, convert's odd numbers and inputs, init and FIGRECON_FIGURES (stop 49)."""
    out = []
    w = sub("second_edit")
    rows = (GOOD_ROW, "a2,m,$2B,2020,2020,s,q,,,")
    f = figures(w, *rows)
    for label, args in (("an id no figure has (edit)", ["edit", "zz", "--note", "n"]),
                        ("an id no figure has (remove)", ["remove", "zz"]),
                        ("a --new-id another figure has (edit)", ["edit", "a1", "--new-id", "a2"]),
                        ("a --metric no figure has (edit)", ["edit", "a1", "--metric", "zz"]),
                        ("a --kind not a kind (edit)", ["edit", "a1", "--kind", "zz"]),
                        ("an --amount with no amount (edit)", ["edit", "a1", "--amount", "zz"]),
                        ("an --as-of of month 13 (edit)", ["edit", "a1", "--as-of", "2020-13"]),
                        ("no field to change (edit)", ["edit", "a1"])):
        out.append(Case(label, args + ["--figures", f], "refuse", [w]))
    out.append(Case("an id given twice (remove)", ["remove", "a2", "a2", "--figures",
                                                   figures(w, *rows, name="twice.csv"), "--quiet"],
                    "accept"))
    ro = figures(w, *rows, name="ro.csv")
    ro.chmod(0o444)
    out.append(Case("a read-only figures file (edit)", ["edit", "a1", "--note", "n", "--figures",
                                                         ro], "refuse", [w], says="read-only"))
    # Accepted, the other bytes kept (tests/reconcile/store/test_one_reader.py checks them).
    (w / "link.csv").symlink_to(figures(w, *rows, name="real.csv"))
    crlf = figures(w, data=(HEADER + "\r\n" + GOOD_ROW + "\r\n").encode(), name="crlf.csv")
    bare = figures(w, data=(HEADER + "\n" + GOOD_ROW).encode(), name="no_newline.csv")
    for label, path in (("a symlink", w / "link.csv"), ("CRLF", crlf), ("no final newline", bare)):
        out.append(Case(f"a figures file that is {label} (edit)",
                        ["edit", "a1", "--note", "n", "--figures", path, "--quiet"], "accept"))
    w = sub("second_export")
    odd = figures(w, "a1,m,$1B,2020,2020,=1+1,\"+1\x07\u202e\n@x\",,,",
                  "a2,m,$2B,2020,2020,-1,@SUM(1;1),,,")
    for fmt in ("csv", "json", "md", "xlsx", "html"):
        out.append(Case(f"formula starts, a BEL, an RLO, a line break in cells (export {fmt})",
                        ["export", "--figures", odd, "--what", "figures", "-o", w / f"x.{fmt}"],
                        "accept", clean=True))
    out.append(Case("--format contradicting -o's extension (export)",
                    ["export", "--figures", odd, "--format", "json", "-o", w / "y.csv"],
                    "refuse", [w], says="--format json"))
    # `-` is standard output, as everywhere on the command line: no file named "-" is written.
    out.append(Case("-o - (export)", ["export", "--figures", odd, "-o", "-"], "accept",
                    never_says="wrote -"))
    out.append(Case("-o - with --format xlsx (export)",
                    ["export", "--figures", odd, "-o", "-", "--format", "xlsx"], "refuse",
                    says="--format xlsx"))
    out.append(Case("a compressed -o name (export)",
                    ["export", "--figures", odd, "--format", "csv", "-o", w / "z.csv.gz"],
                    "refuse", [w], says="no compressed file"))
    for text in ("nan", "inf", "1e309", ""):
        out.append(Case(f"{text or 'an empty text'} (convert)", ["convert", text], "refuse"))
    out.append(Case("blank lines only on stdin (convert -)", ["convert", "-"], "refuse",
                    stdin=b"\n \n", says="no text to convert"))
    out.append(Case("a currency the ECB stopped fixing (convert)",
                    ["convert", "100 RUB", "--date", "2024-06-03"], "accept"))
    out.append(Case("a stopped currency after the data (convert)",
                    ["convert", "100 RUB", "--date", "2199-12-31", "--json"], "accept",
                    never_says="is used; no ECB fixing"))
    out.append(Case("a currency before its first fixing (convert)",
                    ["convert", "100 BRL", "--date", "2005-01-03"], "refuse"))
    w = sub("second_init")
    f = figures(w, GOOD_ROW)
    out.append(Case("init over an existing file", ["init", f], "refuse", [w]))
    (w / "folder").mkdir()
    for label, target in (("a missing file", w / "missing.csv"), ("a folder", w / "folder")):
        out.append(Case(f"FIGRECON_FIGURES naming {label} (report)", ["report"], "refuse", [w],
                        env={"FIGRECON_FIGURES": str(target)}, says="FIGRECON_FIGURES"))
    for args in (["edit", "a1", "--note", "n"], ["remove", "a1"]):
        out.append(Case(f"FIGRECON_FIGURES naming a folder ({args[0]})", args, "refuse", [w],
                        env={"FIGRECON_FIGURES": str(w / "folder")}, says="FIGRECON_FIGURES"))
    return out

def stop51_cases(sub) -> list[Case]:
    """A figures file of only a BOM, an id typed empty, a name to type as ./-, a Windows path,
    a namesake nearer by path quoting other words (stop 51)."""
    out = []
    acme = ("# source: https://x.test/a | published: 2024-03-05\n"
            "Acme Robotics said it would invest $1.2 billion in a new plant in Ohio on Tuesday.\n")
    w = sub("bom_only")
    (w / "a").mkdir()
    (w / "a" / "a.txt").write_text(acme, encoding="utf-8")
    # add starts it as it does a 0-byte file; scan --add-to refuses both, naming the file.
    for label, args, expect in (("add", ADD, "accept"),
                                ("scan --add-to", ["scan", w / "a", "--add-to"], "refuse")):
        f = figures(w, name=f"f{len(out)}.csv", data=b"\xef\xbb\xbf\r\n")
        args = args + [f] if args[-1] == "--add-to" else args + ["--figures", f]
        out.append(Case(f"a figures file of only a BOM and a line end ({label})", args,
                        expect, [w], says=None if expect == "accept" else "empty: no header"))
    w = sub("empty_id")
    f = figures(w, GOOD_ROW)
    out.append(Case("remove ''", ["remove", "", "--figures", f], "refuse", [w],
                    says="(empty): no figure has this id"))
    w = sub("init_dash")
    # Its hint is on stdout, which `says` does not read: the refused name must not be in it.
    out.append(Case("init ./- (its hint)", ["init", "./-"], "accept", cwd=w,
                    never_says="--add-to -`"))
    w = sub("windows_path")
    f = figures(w, GOOD_ROW)
    for label, args in (("export -o", ["export", "--figures", f, "-o", "C:\\temp\\x.csv"]),
                        ("scan -o", ["scan", sub("windows_path_a"), "-o", "D:/x.csv"]),
                        ("init", ["init", "C:\\f.csv"])):
        out.append(Case(f"a Windows path ({label})", args, "refuse", [w], cwd=w,
                        says="a Windows path"))
    out.append(Case("a Windows path (FIGRECON_FIGURES)", ["init"], "refuse", [w], cwd=w,
                    env={"FIGRECON_FIGURES": "D:\\new.csv"}, says="FIGRECON_FIGURES D:\\new.csv"))
    w = sub("windows_name_here")
    figures(w, GOOD_ROW, name="C:\\x.csv")
    out.append(Case("a Windows-looking name that exists here (report)",
                    ["report", "--figures", "C:\\x.csv"], "accept", cwd=w,
                    never_says="a Windows path"))
    w = sub("nearer_namesake")
    for name in ("one", "two"):
        (w / name).mkdir()
        (w / name / "a.txt").write_text(acme, encoding="utf-8")
    f = figures(w, f"a-s01,acme_plant,$1.2 billion,2024-03-05,2024-03-05,{w}/two/a.txt,"
                   "invest $1.2 billion in a new plant in Ohio,,,,,",
                f"a-s02,acme_plant,$1.2 billion,2024-03-05,2024-03-05,{w}/one/a.txt,"
                "Acme pledged a large sum for a factory,,,,,")
    out.append(Case("a namesake nearer by path quoting other words (scan --add-to)",
                    ["scan", w / "one", "--add-to", f], "accept",
                    says="ends its path by more folders but quotes other words"))
    return out


def stop52_cases(sub) -> list[Case]:
    """A figure dated or published before its currency's dollar peg began, in a file and to
    add (stop 52)."""
    w = sub("before_peg")
    f = figures(w, "q1,m,QAR 10 billion,2000-03-01,2000-03-01,s,q,,,")
    g = figures(w, GOOD_ROW, name="g.csv")
    says = "as_of: 2000-03-01: QAR is pegged to the US dollar only from 2001-07-09"
    return [Case("a figure before its peg (report)", ["report", "--figures", f], "refuse", [w],
                 says=f"f.csv:2: {says}"),
            Case("a figure before its peg (add)", with_value(
                with_value(ADD, "--amount", "QAR 10 billion"), "--as-of", "2000-03-01")
                + ["--figures", g], "refuse", [g], says="--as-of: 2000-03-01: QAR is pegged"),
            Case("a figure published before its peg (add)", with_value(with_value(with_value(
                ADD, "--amount", "QAR 10 billion"), "--as-of", "2001"), "--published",
                "2001-03-01") + ["--figures", g], "refuse", [g],
                says="--published: 2001-03-01: QAR is pegged")]


def stop50_cases(sub) -> list[Case]:
    """`-` where a file is meant, two articles of one name, an index or header date that cannot
    be read, an empty --metric or answers file (stop 50)."""
    out = []
    acme = "Acme Robotics said it would invest $1.2 billion in a new plant in Ohio on Tuesday.\n"
    beta = "Beta Chips agreed to buy a rival maker of memory for $1.2 billion in cash.\n"
    w = sub("dash")
    one = w / "one"
    one.mkdir()
    (one / "a.txt").write_text("# source: https://x.test/a | published: 2024-03-05\n" +
                                     acme, encoding="utf-8")
    # Run in `w`: a file named `-` written there changes it.
    out.append(Case("-o - (scan)", ["scan", w / "one", "-o", "-"], "accept", cwd=w,
                    never_says="written to -"))
    for label, args in (("--add-to - (scan)", ["scan", w / "one", "--add-to", "-"]),
                        ("--index - (scan)", ["scan", w / "one", "--index", "-"]),
                        ("init -", ["init", "-"]),
                        ("--figures - (report)", ["report", "--figures", "-"]),
                        ("--figures - (add)", ADD + ["--figures", "-"]),
                        ("--figures - (export -o -)", ["export", "--figures", "-", "-o", "-"])):
        out.append(Case(label, args, "refuse", [w], cwd=w, says="names a file here"))
    w = sub("same_name")
    (w / "two").mkdir()
    (w / "two" / "a.txt").write_text("# source: https://y.test/a | published: 2024-04-07\n" +
                                     beta, encoding="utf-8")
    held = figures(w, "a-s01,acme_plant,$1.2 billion,2024-03-05,2024-03-05,a.txt,"
                      "invest $1.2 billion in a new plant in Ohio,,,,,")
    out.append(Case("another article of a file name the file has (scan --add-to)",
                    ["scan", w / "two", "--add-to", held], "accept",
                    says="holds another article named a.txt"))
    w = sub("index_cells")
    (w / "a.txt").write_text(acme, encoding="utf-8")
    (w / "b.txt").write_text(beta, encoding="utf-8")
    out += index_cases(sub, w, "index50", "dates.csv", (
        ("a date it cannot read", "file,published\na.txt,2024-03-05\nb.txt,99999-01-01\n",
         ":3: published: not a date"),
        ("a year out of the figures' range", "file,published\na.txt,1066-10-14\n",
         "year out of range"),
        ("a column named twice", "file,published,published\na.txt,2024-03-05,2024-03-06\n",
         "column named twice"),
        ("a cell past its header", "file,published\na.txt,2024-03-05,2024-03-06\n",
         "more cells than the header's")))
    # A header read name by name against the whole header took minutes at this width.
    wide = ",".join(f"c{i}" for i in range(60_000))
    out += index_cases(sub, w, "index50_wide", "dates.csv", (
        ("a 60,000-column header", f"file,published,{wide}\na.txt,2024-03-05\n", None),
        ("a 60,000-column header, each column twice", f"file,published,{wide},{wide}\n"
         "a.txt,2024-03-05\n", "and 59995 more: columns named twice")), timeout=30)
    w = sub("header_year")
    (w / "a.txt").write_text("# source: https://x.test/a | published: 1066-10-14\n" + acme,
                             encoding="utf-8")
    out.append(Case("a header line's year out of range (scan)", ["scan", w], "refuse",
                    says="line 1: published: 1066-10-14: year out of range"))
    w = sub("empty_values")
    f = figures(w, GOOD_ROW)
    (w / "a.txt").write_text(acme, encoding="utf-8")
    out.append(Case("an empty --metric (extract --add --yes)",
                    ["extract", w / "a.txt", "--published", "2024-03-05", "--add", "--yes",
                     "--metric", "", "--figures", f], "refuse", [w], says="--metric: empty"))
    (w / "answers.json").write_bytes(b"\xef\xbb\xbf\n")
    out.append(Case("an empty --answers file (scan --review)",
                    ["scan", one, "--review", "--answers", w / "answers.json"],
                    "refuse", [w], says="empty; expected a JSON list"))
    return out


def dask_twins(cases: list[Case]) -> list[Case]:
    """Each `report` class of a CSV figures file again on the Dask engine: the same exit code
    and, when refused, the same stderr lines as the default engine."""
    twins = []
    for c in cases:
        figures_arg = Path(c.args[c.args.index("--figures") + 1]) if "--figures" in c.args \
            else None
        # A directory is a valid --figures for Dask alone (a directory of parts).
        if c.args and c.args[0] == "report" and "--engine" not in c.args and \
                figures_arg is not None and not figures_arg.is_dir() and not c.inject and \
                not c.pipe_head:
            twins.append(Case(f"{c.name} [dask]", c.args + ["--engine", "dask"], c.expect,
                              c.watch, env=c.env, same_as=c.name, clean=c.clean,
                              timeout=max(c.timeout, 180), cwd=c.cwd))
    return twins


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


def run(case: Case) -> tuple[int, str, str]:
    """The exit code, stderr and stdout of the case (exit -9 when past its time limit)."""
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
        return proc.wait(), err, ""
    try:
        r = subprocess.run(cmd, capture_output=True, env=env, timeout=case.timeout,
                           input=case.stdin if case.stdin is not None else b"", cwd=case.cwd)
    except subprocess.TimeoutExpired:
        return -9, f"(no answer after {case.timeout} s)", ""
    return (r.returncode, r.stderr.decode("utf-8", "replace"),
            r.stdout.decode("utf-8", "replace"))


_RAW_CONTROL = ("\x1b", "\x07", "\x0c", "\u202e")
# The one line cli.app makes of a click usage error ends naming the program and its command.
_CLICK_LINE = re.compile(r"\(see \S+(?: \S+)? --help\)$", re.M)


def main() -> int:
    import argparse

    import results
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--record", action="store_true",
                    help="write what it prints into its block of bench/RESULTS.md")
    args = ap.parse_args()
    start = results.load()
    bad, head, rows = _matrix()
    if args.record:
        # The temporary folder's random name would change every block for nothing.
        rows = [tuple(re.sub(r"\S*figrecon-matrix-[^/\s]+", "TMP", c) for c in r) for r in rows]
        results.record("bad_input_matrix", results.command_line(), rows, header=head,
                       load_start=start, note=f"{len(rows)} cases, {bad} BAD.")
    return 1 if bad else 0


def _matrix() -> tuple[int, tuple[str, ...], list[tuple[str, ...]]]:
    d = Path(tempfile.mkdtemp(prefix="figrecon-matrix-"))
    bad = 0
    rows = []
    stderr_of: dict[str, str] = {}
    try:
        for case in cases(d):
            # Lock files are created by every add, refused or not; they hold no data.
            before = {k: v for k, v in snapshot(case.watch).items() if not k.endswith(".lock")}
            code, err, out = run(case)
            after = {k: v for k, v in snapshot(case.watch).items() if not k.endswith(".lock")}
            changed = before != after
            traceback = "Traceback" in err
            expected = {"refuse": (2,), "accept": (0, -13) if case.pipe_head else (0,),
                        "interrupt": (130,)}
            ok = not traceback and code in expected[case.expect] and \
                not (case.expect != "accept" and changed)
            if case.expect == "refuse" and ("Usage:" in err or _CLICK_LINE.search(err)):
                ok = False           # refused by click before the value was read
            if case.clean and any(c in err + out for c in _RAW_CONTROL):
                ok = False
            if case.says is not None and case.says not in err or \
                    case.never_says is not None and case.never_says in err + out:
                ok = False
            if case.same_as is not None and case.expect == "refuse" and \
                    err.splitlines() != stderr_of.get(case.same_as, "").splitlines():
                ok = False
                err = "differs from the default engine: " + err
            stderr_of[case.name] = err
            bad += not ok
            rows.append((case.name, case.expect, str(code), str(len(err.splitlines())),
                         "yes" if traceback else "no", "yes" if changed else "no",
                         "ok" if ok else "BAD",
                         # The folder named before the line is cut, so no cut name is left.
                         err.splitlines()[0].replace(str(d), "TMP")[:90] if err else ""))
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
    return bad, head, rows


if __name__ == "__main__":
    sys.exit(main())
