"""The console script (`python main.py`, cli.app.run) ends its process at once once the output
is flushed, skipping the interpreter's teardown: the output and the exit status are those of a
run in-process, and a run in-process keeps nothing for that end."""
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import run

ROOT = Path(__file__).resolve().parents[2]


def _main_py(*args, popen=False):
    """main.py run as a program (its CompletedProcess, or with `popen` its Popen), its stdout a
    pipe and block-buffered, as a user's is (PYTHONUNBUFFERED would write through)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    cmd = [sys.executable, "main.py", *map(str, args)]
    if popen:
        return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True)


# One metric's JSON (under 8 KB) waits in stdout's buffer until the end; the terminal view is
# flushed by rich as it prints.
ONE_METRIC = ["--json", "--metric", "microsoft_investment_2019"]


@pytest.mark.parametrize("args, status", [
    (["report", *ONE_METRIC], 0),
    (["report", *ONE_METRIC, "--fail-on", "high"], 1),
    (["report", "--json"], 0),
    (["report", "--min-severity", "info", "--limit", "0"], 0),
])
def test_the_whole_output_and_the_status_of_an_in_process_run(figures, args, status):
    here = run(*args, "--figures", figures)
    there = _main_py(*args, "--figures", figures)
    assert (there.returncode, here.exit_code) == (status, status), there.stderr
    assert there.stdout.decode() == here.stdout and there.stdout
    assert there.stderr.decode() == here.stderr
    if "--json" in args:
        assert json.loads(there.stdout)["summary"]


def test_an_export_file_is_whole_and_its_line_said(figures, tmp_path):
    here, there = tmp_path / "here.csv", tmp_path / "there.csv"
    assert run("export", "--figures", figures, "-o", here).exit_code == 0
    r = _main_py("export", "--figures", figures, "-o", there)
    assert r.returncode == 0 and there.read_bytes() == here.read_bytes()
    assert r.stderr.decode().startswith(f"wrote {there} (csv: ")


def test_bad_input_exits_2_with_its_line(tmp_path):
    r = _main_py("report", "--figures", tmp_path / "missing.csv")
    assert r.returncode == 2 and r.stdout == b""
    assert r.stderr.decode().count("\n") == 1 and "missing.csv" in r.stderr.decode()


def test_a_reader_gone_ends_the_process_by_sigpipe_as_before(figures):
    # The report waits in stdout's buffer until the end; its reader has gone by then.
    p = _main_py("report", *ONE_METRIC, "--figures", figures, popen=True)
    p.stdout.close()
    _, err = p.communicate()
    assert p.returncode == -signal.SIGPIPE and err == b""


def test_an_in_process_run_keeps_nothing_to_the_end(figures):
    import cli.app as A
    assert run("report", "--figures", figures).exit_code == 0
    assert run("export", "--figures", figures).exit_code == 0
    assert A._kept == [] and not A._ending_at_once


def test_the_console_script_ends_with_the_collector_still_paused(figures):
    """report's run keeps its objects to the end, young to the collector since it was paused:
    under run() it is not resumed before the process ends (its first pass would walk them all)."""
    code = ("import gc, os, sys\n"
            "import cli.app as A\n"
            "def end(code):\n"
            "    print('GC', gc.isenabled(), len(A._kept) > 0, file=sys.stderr)\n"
            "    os._exit(code)\n"
            "A._exit_at_once = end\n"
            f"sys.argv = ['main.py', 'report', '--figures', {str(figures)!r}]\n"
            "A.run()\n")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0 and r.stderr.splitlines()[-1] == "GC False True", r.stderr


def test_a_profiled_run_ends_as_usual_so_the_profile_is_printed():
    # cProfile (and coverage, `python -i`) report after the script: no exit at once under them.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    done = subprocess.run([sys.executable, "-m", "cProfile", "-s", "ncalls", "main.py",
                           "convert", "1억 달러"], cwd=ROOT, env=env, capture_output=True,
                          text=True)
    assert done.returncode == 0
    assert "USD" in done.stdout and "function calls" in done.stdout


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["report", "--figures"], ["report", "--json", "--figures"],
                                  ["convert", "$10B"]])
def test_an_output_that_cannot_be_written_is_one_line_and_status_2(figures, args):
    if args[-1] == "--figures":
        args = [*args, figures]
    with open("/dev/full", "w") as full:
        r = subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, stdout=full,
                           stderr=subprocess.PIPE)
    assert r.returncode == 2
    assert r.stderr.decode() == "error: cannot write the output: No space left on device\n"


def test_a_closed_standard_output_is_one_line_and_status_2(figures):
    r = subprocess.run([sys.executable, "main.py", "report", "--json", "--figures", figures],
                       cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       preexec_fn=lambda: os.close(1))
    assert r.returncode == 2
    assert r.stderr.decode().startswith("error: cannot write the output: closed")


@pytest.mark.parametrize("args", [["convert", "-"], ["extract", "-"],
                                  ["scan", "{article}", "--review"]])
def test_a_closed_standard_input_is_one_line_and_status_2(tmp_path, args):
    article = tmp_path / "a.txt"
    article.write_text("# source: https://x.test/a | published: 2020-01-02\n"
                       "Acme said it would invest $5 billion.\n")
    r = subprocess.run([sys.executable, "main.py", *(a.format(article=article) for a in args)],
                       cwd=ROOT, capture_output=True, preexec_fn=lambda: os.close(0))
    lines = r.stderr.decode().splitlines()
    assert r.returncode == 2 and len(lines) == 1, r.stderr.decode()
    assert "<stdin>" in lines[0] or "standard input" in lines[0]
