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
    path = name.split(" ", 1)[1]
    assert r.stderr.strip().splitlines() == [
        f"error: {name}: a Windows path; give a path of this system (folders separated by /), "
        f"or ./{path} for a file of that name here"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a"]


def test_a_windows_looking_path_that_is_a_file_or_in_a_folder_here_is_this_systems(
        tmp_path, monkeypatch):
    """`C:\\x.csv` that an earlier version wrote, or `C:/x.csv` with a folder `C:`, was refused."""
    monkeypatch.chdir(tmp_path)
    written = tmp_path / "C:\\x.csv"
    written.write_bytes(FIGURES.read_bytes())
    r = run("report", "--figures", "C:\\x.csv")
    assert r.exit_code in (0, 1) and "Windows path" not in r.stderr, r.output
    (tmp_path / "C:").mkdir()
    r = run("export", "--figures", "C:\\x.csv", "-o", "C:/x.csv")
    assert r.exit_code == 0, r.output
    assert (tmp_path / "C:" / "x.csv").read_bytes()
    # Its folder read as Windows reads it is C:\temp, not here: still refused.
    r = run("export", "--figures", "C:\\x.csv", "-o", "C:\\temp\\x.csv")
    assert r.exit_code == 2 and "a Windows path" in r.stderr
    assert not (tmp_path / "C:\\temp\\x.csv").exists()


def test_a_windows_path_in_the_figures_variable_is_refused_as_the_option_is(tmp_path,
                                                                             monkeypatch):
    """FIGRECON_FIGURES='D:\\new.csv' got around the check: add made a file of that name."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FIGRECON_FIGURES", "D:\\new.csv")
    r = run("init")
    assert r.exit_code == 2
    assert r.stderr.strip().splitlines() == [
        "error: FIGRECON_FIGURES D:\\new.csv: a Windows path; give a path of this system "
        "(folders separated by /), or ./D:\\new.csv for a file of that name here"]
    assert list(tmp_path.iterdir()) == []
