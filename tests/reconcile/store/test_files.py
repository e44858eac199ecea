"""Only regular files are read or written; reads are bounded; temp files of killed runs are swept.

Each refusal is one line on stderr naming the path, exit 2, and nothing written or created.
"""
import fcntl
import os

import pytest

from reconcile.store import files
from reconcile.store.figures import COLUMNS
from tests.helpers import run

HEADER = ",".join(COLUMNS)
ROW = "a1,m,$1 billion,2020,2020,s,q,,,,,"
ADD = ["add", "--new-metric", "--id", "t-new", "--metric", "m", "--amount", "$1 billion",
       "--as-of", "2020", "--published", "2020", "--source", "s", "--quote", "q", "--quiet"]


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text(HEADER + "\n" + ROW + "\n")
    return path


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


def _one_line(result, *words):
    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert all(w in lines[0] for w in words), lines[0]
    assert "Traceback" not in result.output


@pytest.mark.parametrize("args", [
    ["report", "--figures", "{p}"], ["export", "--figures", "{p}"],
    ADD + ["--figures", "{p}"], ["remove", "a1", "--figures", "{p}"],
    ["edit", "a1", "--note", "n", "--figures", "{p}"], ["extract", "{p}"],
])
def test_a_fifo_is_refused_at_once_and_no_lock_file_appears(fifo, args):
    result = run(*[a.replace("{p}", str(fifo)) for a in args])
    _one_line(result, str(fifo), "FIFO", "regular file")
    assert sorted(os.listdir(fifo.parent)) == ["pipe"]


@pytest.mark.parametrize("args", [["report", "--figures", "/dev/zero"], ["extract", "/dev/zero"]])
def test_a_device_is_refused_not_read(args):
    _one_line(run(*args), "/dev/zero", "character device")


def test_export_never_replaces_a_fifo_a_device_or_a_read_only_file(good, fifo, tmp_path):
    _one_line(run("export", "--figures", good, "--format", "md", "-o", fifo), "FIFO")
    assert fifo.exists() and not fifo.is_file()
    _one_line(run("export", "--figures", good, "--format", "md", "-o", "/dev/null"),
              "character device")
    locked = tmp_path / "out.md"
    locked.write_text("keep")
    locked.chmod(0o444)
    _one_line(run("export", "--figures", good, "-o", locked), "read-only")
    assert locked.read_text() == "keep"


def test_reads_stop_at_the_limit_and_say_it(good, monkeypatch, tmp_path):
    monkeypatch.setattr(files, "FIGURES_LIMIT", 64)
    monkeypatch.setattr(files, "ARTICLE_LIMIT", 10)
    _one_line(run("report", "--figures", good), "larger than 64 bytes", "figures file")
    article = tmp_path / "a.txt"
    article.write_text("Acme said it would invest $5 billion.")
    _one_line(run("extract", article), "larger than 10 bytes", "article")
    _one_line(run("extract", "-", stdin="Acme will invest $5 billion."), "<stdin>",
              "larger than 10 bytes")


def test_export_sweeps_a_killed_exports_temp_but_not_a_live_one(good, tmp_path):
    dead = tmp_path / ".out.md.export-dead.tmp"
    live = tmp_path / ".out.md.export-live.tmp"
    dead.write_text("half")
    live.write_text("being written")
    fd = os.open(live, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)        # as a running export holds its temp
    try:
        result = run("export", "--figures", good, "-o", tmp_path / "out.md")
        assert result.exit_code == 0, result.output
        assert not dead.exists()
        assert live.exists()
        assert "wrote" in result.stderr and "out.md" in result.stderr
    finally:
        os.close(fd)


@pytest.mark.parametrize("args", [
    ["extract", "{d}"],
    ["extract", "{a}", "--add", "--published", "2020", "--answers", "{d}", "--figures", "{f}"],
    ["scan", "{a}", "--review", "--answers", "{d}"],
])
def test_a_directory_where_a_file_is_read_is_one_line(good, tmp_path, args):
    folder = tmp_path / "folder"
    folder.mkdir()
    article = tmp_path / "a.txt"
    article.write_text("# source: https://x.test/a | published: 2020-01-02\n"
                       "Acme said it would invest $5 billion.\n")
    result = run(*[a.format(d=folder, a=article, f=good) for a in args])
    _one_line(result, str(folder), "is a directory", "regular file")


def test_init_onto_a_folder_or_a_fifo_says_what_it_is(tmp_path, fifo):
    # Both were "already exists; figrecon init never overwrites a figures file".
    _one_line(run("init", tmp_path), str(tmp_path), "is a directory", "new file")
    _one_line(run("init", fifo), str(fifo), "is a FIFO", "new file")


def test_init_onto_a_link_to_nothing_says_so(tmp_path):
    # A dangling link and a loop of links: os.stat raised, a traceback (review finding).
    dangling = tmp_path / "dangling.csv"
    dangling.symlink_to(tmp_path / "missing" / "x.csv")
    loop = tmp_path / "loop.csv"
    loop.symlink_to(loop)
    for link in (dangling, loop):
        _one_line(run("init", link), str(link), "a link that leads to no file", "new file")
