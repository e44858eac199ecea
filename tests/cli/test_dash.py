"""`-` on the command line: standard output for every -o (as leaving -o out), standard input for
`extract -` and `convert -`, and refused in one line wherever a file is meant (the figures file,
`--add-to`, an index, answers, articles, `init`'s PATH): never a file named `-` made or read."""
from pathlib import Path

import pytest

from tests.cli.test_scan import EN, articles
from tests.helpers import run

FIGURES = Path(__file__).resolve().parents[1] / "fixtures" / "figures.csv"


def test_scan_o_dash_writes_what_no_o_writes_to_standard_output(tmp_path, monkeypatch):
    folder = articles(tmp_path / "a", en_txt=EN)
    monkeypatch.chdir(tmp_path)
    plain, dash = run("scan", folder), run("scan", folder, "-o", "-")
    assert dash.exit_code == 0, dash.output
    assert dash.stdout == plain.stdout and dash.stdout.startswith("id,metric,amount")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a"]
    assert "on standard output" in dash.stderr


@pytest.mark.parametrize("args, name", [
    (["scan", "{a}", "--add-to", "-"], "--add-to -"),
    (["scan", "{a}", "--index", "-"], "--index -"),
    (["scan", "{a}", "--review", "--answers", "-"], "--answers -"),
    (["scan", "-"], "PATH -"),
    (["init", "-"], "PATH -"),
    (["report", "--figures", "-"], "--figures -"),
    (["export", "--figures", "-", "-o", "-"], "--figures -"),
    (["add", "--figures", "-", "--id", "x"], "--figures -"),
    (["edit", "x", "--note", "n", "--figures", "-"], "--figures -"),
    (["remove", "x", "--figures", "-"], "--figures -"),
    (["extract", "{a}/en.txt", "--add", "--yes", "--figures", "-"], "--figures -"),
    (["extract", "{a}/en.txt", "--add", "--answers", "-"], "--answers -"),
    (["report", "--articles", "-"], "PATH -"),
])
def test_dash_where_a_file_is_meant_is_refused_in_one_line(tmp_path, monkeypatch, args, name):
    folder = articles(tmp_path / "a", en_txt=EN)
    monkeypatch.chdir(tmp_path)
    r = run(*[a.format(a=folder) for a in args])
    assert r.exit_code == 2
    assert r.stderr.strip().splitlines() == [
        f"error: {name}: names a file here, not standard input or output; give its name "
        "(./- for a file named -)"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a"]


def test_a_file_named_dash_is_still_reachable_as_dot_slash_dash(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-").write_bytes(FIGURES.read_bytes())
    assert run("report", "--figures", "./-").exit_code == 0
    folder = articles(tmp_path / "a", en_txt=EN)
    r = run("scan", folder, "--add-to", "./-")
    assert r.exit_code == 0, r.output
    assert len((tmp_path / "-").read_bytes()) > len(FIGURES.read_bytes())


@pytest.mark.parametrize("args, name", [
    (["export", "--figures", str(FIGURES), "-o", "C:\\temp\\x.csv"], "-o C:\\temp\\x.csv"),
    (["scan", "{a}", "-o", "D:/out/f.csv"], "-o D:/out/f.csv"),
    (["init", "C:\\figures.csv"], "PATH C:\\figures.csv"),
    (["report", "--figures", "\\\\server\\share\\f.csv"], "--figures \\\\server\\share\\f.csv"),
])
def test_a_windows_path_on_this_system_is_refused_not_made_a_file_name(tmp_path, monkeypatch,
                                                                        args, name):
    """`export -o 'C:\\temp\\x.csv'` wrote a file of that whole name in the current folder."""
    folder = articles(tmp_path / "a", en_txt=EN)
    monkeypatch.chdir(tmp_path)
    r = run(*[a.format(a=folder) for a in args])
    assert r.exit_code == 2
    assert r.stderr.strip().splitlines() == [
        f"error: {name}: a Windows path; give a path of this system (folders separated by /)"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a"]
