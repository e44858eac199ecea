"""Nothing lost, nothing corrupted, never a traceback: every defect of issue 9, reproduced."""
import csv
import errno
import io
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from main import cli
from reconcile.store.figures import COLUMNS, FiguresError, load_figures

ROOT = Path(__file__).resolve().parents[2]
FIGURES = ROOT / "tests" / "fixtures" / "figures.csv"
HEADER = ",".join(COLUMNS)
ROW = dict(id="t-new", metric="microsoft_investment_2019", amount="$1 billion",
           as_of="2019-07-22", published="2019-07-22", source="press.txt",
           quote="invests $1 billion")


def run(*args, stdin=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=stdin)


def add_args(path, **changes):
    fields = {**ROW, **changes}
    args = ["add"]
    for key, value in fields.items():
        args += ["--" + key.replace("_", "-"), value]
    # These tests are about the file, not the metric: a metric the file lacks is allowed.
    return [*args, "--new-metric", "--figures", path]


def one_clean_line(r, code=2):
    """The result exited `code` with exactly one stderr line and no traceback."""
    assert r.exit_code == code, (r.output, r.exception)
    assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
    lines = r.stderr.splitlines()
    assert len(lines) == 1, r.stderr
    assert "Traceback" not in r.stderr and "Usage:" not in r.stderr
    # One form for every refusal, a file's problem as much as an option's.
    assert code != 2 or lines[0].startswith("error: "), lines[0]
    return lines[0]


@pytest.fixture
def figures(tmp_path):
    path = tmp_path / "figures.csv"
    shutil.copy(FIGURES, path)
    return path


def write(path, *rows, header=HEADER):
    path.write_text(header + "\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


# --- Data corrupted or lost -------------------------------------------------------------------

@pytest.mark.parametrize("quote", [
    "before\rafter", "before\nafter", "a\r\nb", 'say "ten", twice', "tab\there",
    "mixed\r, \"q\"\n\tend", "끝\r",
])
def test_any_character_in_a_field_round_trips(figures, quote):
    r = run(*add_args(figures, quote=quote, note=quote))
    assert r.exit_code == 0, r.output
    df = load_figures(figures)             # the file still loads
    row = df[df["id"].eq("t-new")].iloc[0]
    assert row["quote"] == quote.strip() and row["note"] == quote.strip()
    assert run("report", "--figures", figures).exit_code == 0


def test_nul_is_refused_and_the_file_is_untouched(figures):
    from reconcile.store.append import append_figure
    before = figures.read_bytes()
    with pytest.raises(FiguresError) as err:
        append_figure(figures, {**ROW, "quote": "a\x00b"})
    assert "NUL" in err.value.lines[0] and f"{figures}:" in err.value.lines[0]
    assert figures.read_bytes() == before


def test_extract_add_from_an_article_with_cr_line_endings_keeps_the_file_loadable(tmp_path):
    article = tmp_path / "cr.txt"
    article.write_bytes("마이크로소프트는 지난해\r100억 달러를 투자했다.\r그 전에는 10억 달러였다.\r"
                        .encode("utf-8"))
    path = write(tmp_path / "f.csv", "a,other_metric,$1B,2020,2020,s,q,,,")
    r = run("extract", article, "--published", "2023-01-24", "--add", "--yes", "--metric",
            "ms_investment", "--new-metric", "--figures", path)
    assert r.exit_code == 0, r.output
    df = load_figures(path)
    assert sorted(df["amount"]) == ["$1B", "100억 달러", "10억 달러"]
    assert run("report", "--figures", path).exit_code == 0


def test_an_unclosed_quote_is_an_error_at_the_line_it_opens(tmp_path):
    good = "a,m,$1B,2020,2020,s,q,,,"
    path = write(tmp_path / "f.csv", good, 'b,m,$1B,2020,2020,s,"never closed,,,', "c,m,$2B,2020,"
                 "2020,s,q,,,", "d,m,$3B,2020,2020,s,q,,,")
    before = path.read_bytes()
    line = one_clean_line(run("report", "--figures", path))
    assert line.startswith(f"error: {path}:3: ") and "never closed" in line
    r = run(*add_args(path))
    assert r.exit_code == 2 and f"{path}:3: " in r.stderr and "added" not in r.stdout
    assert path.read_bytes() == before


def test_a_stray_quote_inside_a_field_is_an_error_with_its_line(tmp_path):
    path = write(tmp_path / "f.csv", "a,m,$1B,2020,2020,s,q,,,", 'b,m,$1B,2020,2020,s,"q"x,,,')
    line = one_clean_line(run("report", "--figures", path))
    assert line.startswith(f"error: {path}:3: ")


def test_export_refuses_to_write_over_the_figures_file(figures, tmp_path):
    before = figures.read_bytes()
    line = one_clean_line(run("export", "--figures", figures, "-o", figures))
    assert "--figures" in line
    link = tmp_path / "link.csv"
    link.symlink_to(figures)
    one_clean_line(run("export", "--figures", figures, "-o", link))
    one_clean_line(run("export", "--figures", link, "-o", figures))
    assert figures.read_bytes() == before


def test_add_writes_through_a_symlink(figures, tmp_path):
    link = tmp_path / "link.csv"
    link.symlink_to(figures)
    assert run(*add_args(link)).exit_code == 0
    assert link.is_symlink() and b"t-new" in figures.read_bytes()


def test_add_respects_a_read_only_file(figures):
    figures.chmod(0o444)
    before = figures.read_bytes()
    line = one_clean_line(run(*add_args(figures)))
    assert "read-only" in line
    assert figures.read_bytes() == before and stat.S_IMODE(figures.stat().st_mode) == 0o444


def test_add_refuses_a_missing_directory(tmp_path):
    path = tmp_path / "no" / "such" / "f.csv"
    line = one_clean_line(run(*add_args(path)))
    assert "does not exist" in line and not (tmp_path / "no").exists()


def test_add_adds_missing_optional_columns_keeping_every_byte(tmp_path):
    old = ",".join(COLUMNS[:7])
    rows = ["a,m,$1B,2020,2020,s,q", 'b,m,$1B,2020,2020,s,"a, quoted\r\nquote"']
    path = write(tmp_path / "f.csv", *rows, header=old)
    before = path.read_bytes()
    r = run(*add_args(path, metric="m", note="a note", kind="cumulative"))
    assert r.exit_code == 0, r.output
    after = path.read_bytes()
    header, rest = after.split(b"\n", 1)
    assert header.decode() == old + ",kind,note"
    assert rest.startswith(before.split(b"\n", 1)[1])       # every byte of every row kept
    df = load_figures(path)
    new = df[df["id"].eq("t-new")].iloc[0]
    assert new["note"] == "a note" and new["kind"] == "cumulative"
    r = run(*add_args(path, id="t-two", metric="m_part", part_of="m"))
    df = load_figures(path)
    assert r.exit_code == 0 and df[df["id"].eq("t-two")].iloc[0]["part_of"] == "m"


def test_stale_temp_files_of_killed_adds_are_removed_and_nothing_else(figures):
    stale = figures.parent / f".{figures.name}.add-abc123.tmp"
    stale.write_bytes(figures.read_bytes())
    other = figures.parent / f".{figures.name}.keep.tmp"
    other.write_bytes(b"not ours")
    assert run(*add_args(figures)).exit_code == 0
    assert not stale.exists() and other.exists()


def test_kill_9_during_add_leaves_the_file_whole_and_the_next_add_cleans_up(figures):
    """An add killed after writing its temp file, before the rename: the worst moment."""
    before = figures.read_bytes()
    code = (
        "import os, sys, time\n"
        "import reconcile.store.append as s\n"
        "real = os.replace\n"
        "def stuck(a, b):\n"
        # os.replace is the module's: a data cache written on the way (another checkout's run
        # may have dropped it) must not be taken for the add's own rename
        f"    if os.fspath(b) != {str(figures)!r}:\n"
        "        return real(a, b)\n"
        "    print('temp written', flush=True)\n"
        "    time.sleep(60)\n"
        "s.os.replace = stuck\n"
        f"s.append_figure({str(figures)!r}, {ROW!r})\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout.readline().strip() == "temp written"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    temps = list(figures.parent.glob(f".{figures.name}.add-*.tmp"))
    assert len(temps) == 1 and temps[0].stat().st_size > len(before)
    assert figures.read_bytes() == before            # the old file, whole
    assert run(*add_args(figures, id="after-kill")).exit_code == 0    # the lock was freed
    assert not list(figures.parent.glob(f".{figures.name}.add-*.tmp"))
    assert figures.read_bytes().startswith(before)


def test_kill_9_at_random_moments_never_leaves_a_partial_row(figures):
    code = (
        "import sys\n"
        "from reconcile.store.append import append_figure\n"
        "for i in range(10**6):\n"
        f"    append_figure({str(figures)!r}, dict({ROW!r}, id=f'k-{{sys.argv[1]}}-{{i}}'))\n"
    )
    for attempt in range(4):
        size = figures.stat().st_size
        proc = subprocess.Popen([sys.executable, "-c", code, str(attempt)], cwd=ROOT)
        deadline = time.monotonic() + 60
        while figures.stat().st_size == size and time.monotonic() < deadline:
            time.sleep(0.01)            # started appending (slow start-up on a loaded machine)
        time.sleep(0.013 * (attempt * 7 % 5))        # then at a different moment each time
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        df = load_figures(figures)         # loads: no half row, no duplicate
        assert df["id"].is_unique
    assert df["id"].str.startswith("k-").sum() > 0


# --- Tracebacks turned into one line ----------------------------------------------------------

def test_a_header_only_file_is_one_line(tmp_path):
    path = write(tmp_path / "f.csv")
    # report on a fresh file is not an error: it says there is nothing yet (issue 21, 15)
    assert "no figures yet" in one_clean_line(run("report", "--figures", path), code=0)
    assert "no figures" in one_clean_line(run("export", "--figures", path))


def test_report_json_of_a_header_only_file_is_a_document_of_nothing(tmp_path):
    path = write(tmp_path / "f.csv")
    r = run("report", "--json", "--currency", "eur", "--figures", path)
    assert "no figures yet" in one_clean_line(r, code=0)
    doc = json.loads(r.stdout)
    assert doc["findings"] == [] and doc["figures"] == []
    assert doc["summary"]["figures"] == 0 and doc["summary"]["currency"] == "EUR"


def test_rows_that_omit_their_trailing_optional_cells_load(tmp_path):
    path = write(tmp_path / "f.csv", "a,m,$1B,2020,2020,s,q", "b,m,$2B,2020,2020,s,q")
    r = run("report", "--figures", path)
    assert r.exit_code == 0 and "2 figures" in r.stdout


def test_a_field_longer_than_the_csv_modules_default_limit(figures):
    long_quote = "x" * 200_000
    assert run(*add_args(figures, quote=long_quote)).exit_code == 0
    df = load_figures(figures)
    assert df[df["id"].eq("t-new")].iloc[0]["quote"] == long_quote
    assert run("report", "--figures", figures).exit_code == 0


def test_a_duplicated_header_column_is_named(tmp_path):
    path = write(tmp_path / "f.csv", "a,m,$1B,2020,2020,s,q,,,,", header=HEADER + ",amount")
    before = path.read_bytes()
    line = one_clean_line(run("report", "--figures", path))
    assert line == f"error: {path}:1: header: amount: column named twice"
    assert one_clean_line(run(*add_args(path))) == line
    assert path.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in read-only directories")
def test_a_read_only_directory_is_one_line(figures):
    figures.parent.chmod(0o555)
    try:
        before = figures.read_bytes()
        one_clean_line(run(*add_args(figures)))
        assert figures.read_bytes() == before
    finally:
        figures.parent.chmod(0o755)


@pytest.mark.parametrize("err", [errno.ENOSPC, errno.EACCES, errno.EROFS])
def test_a_failing_write_is_one_line_and_leaves_no_trace(figures, monkeypatch, err):
    """A full disk or a directory we may not write in, simulated where the write fails."""
    import reconcile.store.append as store
    before = figures.read_bytes()
    listing = sorted(os.listdir(figures.parent))

    def failing_fsync(fd):
        raise OSError(err, os.strerror(err))
    monkeypatch.setattr(store.os, "fsync", failing_fsync)
    line = one_clean_line(run(*add_args(figures)))
    assert os.strerror(err) in line and "not changed" in line
    assert figures.read_bytes() == before
    assert sorted(os.listdir(figures.parent)) == listing + [f"{figures.name}.lock"] or \
        sorted(os.listdir(figures.parent)) == listing


def test_an_unwritable_pint_cache_is_skipped(tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache directory would go")
    env = dict(os.environ, XDG_CACHE_HOME=str(blocker))
    r = subprocess.run([sys.executable, "main.py", "convert", "연간 1조 원", "--json"],
                       cwd=ROOT, env=env, capture_output=True, text=True)
    assert r.returncode == 0 and r.stderr == "" and json.loads(r.stdout)["converted"]["unit"] \
        == "USD / year"


def test_a_directory_or_unreadable_file_as_figures_is_one_line(tmp_path):
    for cmd in ("report", "export"):
        assert "directory" in one_clean_line(run(cmd, "--figures", tmp_path))
    assert "directory" in one_clean_line(run(*add_args(tmp_path)))
    missing = one_clean_line(run("report", "--figures", tmp_path / "missing.csv"))
    assert "cannot read" in missing


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads unreadable files")
def test_an_unreadable_file_is_one_line(figures):
    figures.chmod(0)
    try:
        assert "cannot read" in one_clean_line(run("report", "--figures", figures))
    finally:
        figures.chmod(0o644)


# --- Wrong without a word ---------------------------------------------------------------------

def test_dates_outside_the_rate_data_use_the_nearest_fixing_and_say_so(tmp_path):
    path = write(tmp_path / "f.csv", "a,m,$1B,1990,1990,s,q,,,", "b,m,10억 원,1990,1990,s,q,,,",
                 "c,n,$1B,2199,2199,s,q,,,", "d,n,1조 원,2199,2199,s,q,,,")
    assert run("report", "--figures", path).exit_code == 0
    from currency.data.rates import rate_book
    from reconcile.engines.local import reconcile
    from reports.layout import rate_text
    shown = {r.id: rate_text(r) for r in reconcile(load_figures(path)).figures.itertuples()}
    assert "1990 is before the ECB data; its first fixing (1999-01-04) is used" in shown["b"]
    last = rate_book().last_date
    assert f"2199 is after the ECB data; its last fixing ({last}) is used" in shown["d"]
    findings = json.loads(run("export", "--figures", path, "--format", "json").stdout)
    about_b = [f for f in findings if "b" in f["figures"]]
    assert about_b and all("b: 1990 is before the ECB data" in f["message"] for f in about_b)


def test_a_date_pandas_cannot_hold_is_refused_with_its_line(tmp_path):
    path = write(tmp_path / "f.csv", "a,m,$1B,9999-12-31,2020,s,q,,,")
    line = one_clean_line(run("report", "--figures", path))
    assert line.startswith(f"error: {path}:2: as_of: 9999-12-31: ")


@pytest.mark.parametrize("rows, line, words", [
    (["a,m,$1B,2020,2020,s,q,no_such_metric,,"], 2, "no figure has this metric"),
    (["a,m,$1B,2020,2020,s,q,m,,"], 2, "own metric"),
    (["a,m,$1B,2020,2020,s,q,n,,", "b,n,$1B,2020,2020,s,q,k,,", "c,k,$1B,2020,2020,s,q,m,,"],
     2, "cycle"),
])
def test_part_of_must_name_another_existing_metric_without_cycles(tmp_path, rows, line, words):
    path = write(tmp_path / "f.csv", *rows)
    r = run("report", "--figures", path)
    assert r.exit_code == 2 and f"{path}:{line}: part_of: " in r.stderr and words in r.stderr
    assert "Traceback" not in r.stderr


def test_add_refuses_a_part_of_to_nothing_to_itself_or_closing_a_cycle(tmp_path):
    path = write(tmp_path / "f.csv", "a,m,$1B,2020,2020,s,q,,,", "b,n,$1B,2020,2020,s,q,m,,")
    before = path.read_bytes()
    for metric, part_of, words in (("k", "nothing_here", "no figure has this metric"),
                                   ("k", "k", "own metric"), ("m", "n", "cycle")):
        r = run(*add_args(path, metric=metric, part_of=part_of))
        # the option typed, not the line the refused row would have taken
        assert r.exit_code == 2 and words in r.stderr and "error: --part-of: " in r.stderr
        assert path.read_bytes() == before
    assert run(*add_args(path, metric="k", part_of="m")).exit_code == 0


def test_convert_json_is_strict_json():
    huge = "9" * 400 + " 달러"
    r = run("convert", huge, "$1B", "--json")
    assert r.exit_code == 2 and "too large" in r.stderr

    def refuse(token):
        raise ValueError(token)
    rows = [json.loads(line, parse_constant=refuse) for line in r.stdout.splitlines()]
    assert len(rows) == 2 and rows[1]["value"] == 1e9


def test_report_into_a_closed_pipe_is_not_a_finding():
    proc = subprocess.Popen([sys.executable, "main.py", "report", "--figures", FIGURES], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()          # `| head -1`
    err = proc.stderr.read().decode()
    code = proc.wait()
    assert code in (0, -signal.SIGPIPE), (code, err)     # never 1, the --fail-on status
    assert err == ""


def test_utf16_articles_are_read_by_their_bom(tmp_path):
    text = "마이크로소프트는 100억 달러를 투자했다.\n"
    for encoding, bom in (("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(bom + text.encode(encoding))
        r = run("extract", path, "--json")
        assert r.exit_code == 0 and json.loads(r.stdout.splitlines()[0])["value"] == 1e10
    bare = tmp_path / "bare.txt"
    bare.write_bytes(("Microsoft invests $10 billion. " * 5).encode("utf-16-le"))
    assert "UTF-16-LE without a byte-order mark" in one_clean_line(run("extract", bare))


# --- Under load -------------------------------------------------------------------------------

def _concurrent_adds(path, n):
    procs = [subprocess.Popen(
        [sys.executable, "main.py", *map(str, add_args(path, id=f"c-{i}", metric="m_load",
                                                       quote=f"q {i}"))],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for i in range(n)]
    errors = [p.stderr.read().decode() for p in procs]
    codes = [p.wait() for p in procs]
    return codes, errors


# One interpreter does a first add (to a scratch file: the imports), then forks a process per
# add; the children wait on a pipe and run main() together once the last is forked.
FORKED_ADDS = """
import json, os, sys, traceback
from main import main

def run(argv):
    sys.argv = ["main.py", *argv]
    try:
        main()
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else int(exc.code is not None)
    return 0

def child(argv):
    code = 1
    try:
        os.close(go)
        os.read(start, 1)
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        code = run(argv)
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stderr.flush()
        os._exit(code)        # never back into the loop below

first, *argvs = json.loads(sys.stdin.read())
assert run(first) == 0
sys.stdout.flush()
start, go = os.pipe()
pids = []
for argv in argvs:
    pid = os.fork()
    if pid == 0:
        child(argv)
    pids.append(pid)
os.close(go)
print(json.dumps([os.waitstatus_to_exitcode(os.waitpid(p, 0)[1]) for p in pids]))
"""


def _forked_adds(path, n, scratch):
    """`add` run by `n` processes at once (forked: no start-up each); their exit codes."""
    argvs = [add_args(scratch, id="warm-up")] + [
        add_args(path, id=f"c-{i}", metric="m_load", quote=f"q {i}") for i in range(n)]
    argvs = [[*map(str, argv), "--quiet"] for argv in argvs]
    r = subprocess.run([sys.executable, "-c", FORKED_ADDS], cwd=ROOT, capture_output=True,
                       text=True, input=json.dumps(argvs))
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout.splitlines()[-1]), r.stderr


@pytest.mark.slow
def test_a_hundred_concurrent_adds_all_land(figures, tmp_path):
    before = figures.read_bytes()
    codes, errors = _forked_adds(figures, 100, tmp_path / "scratch.csv")
    assert codes == [0] * 100, errors
    after = figures.read_bytes()
    assert after.startswith(before)
    ids = [r["id"] for r in csv.DictReader(io.StringIO(after.decode("utf-8")))]
    assert sorted(i for i in ids if i.startswith("c-")) == sorted(f"c-{i}" for i in range(100))
    assert len(load_figures(figures)) == 39 + 100


@pytest.mark.slow
def test_concurrent_adds_that_show_the_reconciliation_all_land(figures):
    codes, errors = _concurrent_adds(figures, 3)
    assert codes == [0] * 3, errors
    assert load_figures(figures)["id"].str.startswith("c-").sum() == 3


def test_add_does_not_load_the_heavy_path():
    code = ("import sys, tempfile, os\n"
            "from reconcile.store.append import append_figure\n"
            "d = tempfile.mkdtemp()\n"
            f"append_figure(os.path.join(d, 'f.csv'), {ROW!r})\n"
            "heavy = [m for m in ('pandas', 'pandera', 'pint', 'rich') if m in sys.modules]\n"
            "print(','.join(heavy))\n")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.strip() == "", r.stdout + r.stderr


def test_add_with_a_bad_row_elsewhere_adds_and_says_why_it_cannot_show(tmp_path):
    path = write(tmp_path / "f.csv", "a,m,a lot of money,2020,2020,s,q,,,")
    r = run(*add_args(path))
    assert r.exit_code == 0 and "added t-new" in r.stdout
    assert f"{path}:2: amount" in r.stderr and len(r.stderr.splitlines()) == 1


def test_extract_output_stays_linear_without_sentence_ends(tmp_path):
    from currency.text.extract import MAX_CONTEXT
    piece = "마이크로소프트는 100억 달러를 투자했고 그 뒤 "
    sizes = []
    for reps in (400, 800):
        path = tmp_path / f"run{reps}.txt"
        path.write_text("제목 한 줄\n" + piece * reps, encoding="utf-8")
        r = run("extract", path, "--json")
        rows = [json.loads(line) for line in r.stdout.splitlines()]
        assert r.exit_code == 0 and len(rows) == reps
        assert max(len(row["sentence"]) for row in rows) <= MAX_CONTEXT
        sizes.append(len(r.stdout.encode()))
    assert sizes[1] < 2.2 * sizes[0]
    assert sizes[1] < 100 * (path.stat().st_size)


@pytest.mark.parametrize("args", [
    ["report", "--figures", ""], ["export", "--figures", ""], ["init", ""], add_args(""),
    ["remove", "a2-ms-100m", "--figures", ""],
    ["edit", "a2-ms-100m", "--note", "n", "--figures", ""],
])
def test_an_empty_figures_path_is_refused_not_read_as_the_default(tmp_path, monkeypatch, args):
    # `--figures "$F"` with F unset must not read, or append to, ./figures.csv instead.
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FIGRECON_FIGURES", raising=False)
    shutil.copy(FIGURES, tmp_path / "figures.csv")
    before = (tmp_path / "figures.csv").read_bytes()
    result = run(*args)
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "the path is empty" in lines[0], lines
    assert (tmp_path / "figures.csv").read_bytes() == before


@pytest.mark.parametrize("args", [["report"], ["export"], ["remove", "a2-ms-100m"],
                                  ["edit", "a2-ms-100m", "--note", "n"]])
@pytest.mark.parametrize("target", ["missing.csv", "folder"])
def test_a_figures_file_named_by_the_variable_is_said_so(tmp_path, monkeypatch, args, target):
    # The variable set long ago, not an option the user gave: the line names it, not --figures.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder").mkdir()
    monkeypatch.setenv("FIGRECON_FIGURES", target)
    result = run(*args)
    one_clean_line(result)
    if target == "missing.csv":
        said = ("no such file; run `figrecon init missing.csv` to create it, or give "
                "--figures FILE")
    elif args[0] in ("report", "export"):
        said = "a directory of parts is read with --engine dask"
    else:
        said = ("is a directory, not a figures file; set FIGRECON_FIGURES to a file or give "
                "--figures FILE")
    assert result.stderr.strip() == f"error: FIGRECON_FIGURES: {target}: {said}"


@pytest.mark.parametrize("args", [["init"], ["report"], ["export"], ["remove", "a2-ms-100m"],
                                  ["edit", "a2-ms-100m", "--note", "n"]])
def test_the_variable_set_to_a_dash_is_refused_as_the_option_is(tmp_path, monkeypatch, args):
    # `-` is not a stream here: init made a file named `-`, and report then said to init it.
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FIGRECON_FIGURES", "-")
    result = run(*args)
    one_clean_line(result)
    assert result.stderr.startswith("error: FIGRECON_FIGURES=-: names a file here"), result.stderr
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setenv("FIGRECON_FIGURES", "./-")
    assert run("init").exit_code == 0 and (tmp_path / "-").is_file()


@pytest.mark.parametrize("args", [
    ["scan", ""], ["scan", "{a}", "-o", ""], ["scan", "{a}", "--add-to", ""],
    ["scan", "{a}", "--index", ""], ["export", "--figures", FIGURES, "-o", ""],
    ["report", "--articles", ""], ["extract", ""],
])
def test_an_empty_path_option_is_refused_not_taken_as_left_out(tmp_path, monkeypatch, args):
    # scan '' read the working folder; -o '' and --add-to '' wrote to stdout instead.
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text("# source: https://x.test/a | published: 2020-01-02\n"
                       "Acme said it would invest $5 billion.\n")
    result = run(*[str(a).format(a=article) for a in args])
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "the path is empty" in lines[0], lines


def test_a_line_break_in_a_name_does_not_break_the_error_line(tmp_path):
    # The figures file's name was cut in two on stderr: the error took two lines.
    path = tmp_path / "new\nline.csv"
    shutil.copy(FIGURES, path)
    result = run("report", "--figures", path, "--metric", "nope")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: --metric: no figure has the metric 'nope' in {tmp_path}/new\\nline.csv"]


@pytest.mark.parametrize("args, where, words", [
    (["report", "--limit", "abc"], "report", "'--limit': 'abc'"),
    (["repotr"], "", "No such command 'repotr'"),
    (["report", "--bogus"], "report", "No such option '--bogus'"),
    (["convert"], "convert", "Missing argument"),
    (["--bogus"], "", "No such option '--bogus'"),
    (["add", "--figures"], "add", "'--figures' requires an argument"),
    (["export", "--format", "nope"], "export", "'nope' is not one of"),
])
def test_a_usage_error_of_click_is_one_line_naming_the_command(args, where, words):
    line = one_clean_line(run(*args))
    command = f" {where}" if where else ""
    # 'error: PROG COMMAND: what (see PROG COMMAND --help)'
    head, _, rest = line.partition(": ")
    named = rest.split(": ", 1)[0]      # the program, then the command if there is one
    assert head == "error" and named.count(" ") == (1 if where else 0), line
    assert named.endswith(command) and words in rest, line
    assert line.endswith(f"{command} --help)"), line


def test_a_total_written_twice_in_part_of_is_named_once(tmp_path):
    path = write(tmp_path / "f.csv", "a,m,$1B,2020,2020,s,q,,,")
    r = run(*add_args(path, metric="k", part_of="gone; gone;other"))
    assert r.exit_code == 2
    assert [line.split(": ")[2] for line in r.stderr.splitlines()] == ["gone", "other"], r.stderr
    # A malformed key written twice is one malformed key, and one line.
    r = run(*add_args(path, metric="k", part_of="Bad Key; Bad Key"))
    assert one_clean_line(r).endswith(": 'Bad Key'"), r.stderr


def test_an_amount_too_large_is_refused_in_one_wording_by_convert_and_report(tmp_path):
    from currency.convert import TOO_LARGE
    huge = "$1" + "0" * 31                  # 1e31: read, but past what the checks compute with
    path = tmp_path / "figures.csv"
    path.write_text("id,metric,amount,as_of,published,source,quote\n"
                    f"a1,m,{huge},2020,2020,s,q\n", encoding="utf-8")
    said = [run("convert", huge), run("report", "--figures", str(path))]
    assert [r.exit_code for r in said] == [2, 2]
    assert all(TOO_LARGE in r.stderr for r in said), [r.stderr for r in said]
