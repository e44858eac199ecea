"""bench/results.py: `record` rewrites only its own block of RESULTS.md."""
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tests.bench import bench_module

results = bench_module("results")

WHEN = datetime(2031, 5, 6, 7, 8, tzinfo=timezone.utc)
# Bytes a careless rewrite would change: CRLF endings, trailing spaces, a tab, no final newline.
TOP = "# Results of Acme bench\r\nkept as is  \r\n\t(tab)\n\n"
MIDDLE = "\nbetween the blocks, 3.14 s  \n\n"
BOTTOM = "\n<!-- history -->\n## 2030: old numbers\n| a | b |\nno newline at the end"


def _block(name: str, body: str) -> str:
    return f"<!-- bench:{name} -->\n{body}\n<!-- /bench:{name} -->\n"


def _write(path: Path, text: str) -> None:
    path.write_bytes(text.encode("utf-8"))


def test_record_replaces_only_its_block(tmp_path):
    path = tmp_path / "RESULTS.md"
    other = _block("beta", "beta's old table | 9 s")
    _write(path, TOP + _block("alpha", "alpha's old table") + MIDDLE + other + BOTTOM)
    results.record("alpha", "python bench/alpha.py --record", [("speed", "42 rows/s")],
                   path=path, when=WHEN, load_start=1.5)
    text = path.read_bytes().decode("utf-8")
    assert text.startswith(TOP + "<!-- bench:alpha -->\n")
    assert text.endswith("<!-- /bench:alpha -->\n" + MIDDLE + other + BOTTOM)
    assert "alpha's old table" not in text
    assert "`python bench/alpha.py --record`" in text
    assert "| speed | 42 rows/s |" in text
    assert "## alpha (2031-05-06 07:08 UTC)" in text
    assert "load average 1.50 at the start" in text


def test_record_twice_keeps_one_block(tmp_path):
    path = tmp_path / "RESULTS.md"
    _write(path, TOP + BOTTOM)
    for n in ("1", "2"):
        results.record("alpha", "cmd", [("run", n)], path=path, when=WHEN)
    text = path.read_text(encoding="utf-8")
    assert text.count("<!-- bench:alpha -->") == 1
    assert "| run | 2 |" in text and "| run | 1 |" not in text


def test_record_creates_a_missing_block_above_the_history(tmp_path):
    path = tmp_path / "RESULTS.md"
    before = TOP + _block("beta", "beta") + MIDDLE
    _write(path, before + BOTTOM)
    results.record("gamma", "cmd", [("x", "1")], path=path, when=WHEN)
    text = path.read_bytes().decode("utf-8")
    # BOTTOM's blank line before the history marker now separates the new block from MIDDLE.
    assert text.startswith(before + "\n<!-- bench:gamma -->\n")
    assert text.endswith("<!-- /bench:gamma -->\n" + BOTTOM)


def test_record_appends_without_history_and_creates_the_file(tmp_path):
    path = tmp_path / "RESULTS.md"
    results.record("delta", "cmd", [("x", "1")], path=path, when=WHEN)
    first = path.read_text(encoding="utf-8")
    assert first.startswith("<!-- bench:delta -->") and first.endswith("<!-- /bench:delta -->\n")
    _write(path, "no history marker, no newline")
    results.record("delta", "cmd", [("x", "1")], path=path, when=WHEN)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("no history marker, no newline\n\n<!-- bench:delta -->")


def test_broken_markers_refuse_and_leave_the_file(tmp_path):
    path = tmp_path / "RESULTS.md"
    broken = TOP + "<!-- bench:alpha -->\nno end marker\n" + BOTTOM
    _write(path, broken)
    with pytest.raises(ValueError, match="alpha"):
        results.record("alpha", "cmd", [], path=path, when=WHEN)
    assert path.read_bytes().decode("utf-8") == broken
    assert [p.name for p in tmp_path.iterdir()] == ["RESULTS.md"]


def test_cells_escape_pipes_and_rows_split_at_the_column_gap():
    rows = results.rows_from_lines("Start-up (medians of 3):\n  report   wall 1.00 s  cpu 0.5 s\n"
                                   "\n  pairs: 3 | 4\n")
    assert rows == [("Start-up (medians of 3):", ""), ("report", "wall 1.00 s  cpu 0.5 s"),
                    ("pairs", "3 | 4")]
    facts = results.Machine(2, 1.0, 2.0, "3.11.7", "abc1234")
    text = results.render("n", "cmd", rows, facts, WHEN)
    assert "| pairs | 3 \\| 4 |" in text


def test_capture_writes_nothing_without_record(tmp_path, capsys):
    path = tmp_path / "RESULTS.md"
    with results.capture("alpha", False, path=path):
        print("speed  42 rows/s")
    assert not path.exists()
    with results.capture("alpha", True, path=path):
        print("speed  42 rows/s")
    assert "| speed | 42 rows/s |" in path.read_text(encoding="utf-8")
    assert "speed  42 rows/s" in capsys.readouterr().out


def test_capture_records_nothing_when_the_bench_fails(tmp_path):
    path = tmp_path / "RESULTS.md"
    with pytest.raises(SystemExit):
        with results.capture("alpha", True, path=path):
            print("half a result")
            raise SystemExit(2)
    assert not path.exists()


def test_a_wider_table_and_a_note(tmp_path):
    path = tmp_path / "RESULTS.md"
    results.record("matrix", "cmd", [("nul byte", "refuse", "2"), ("short",)], path=path,
                   when=WHEN, header=("class", "expect", "exit"), note="2 cases, 0 BAD.")
    text = path.read_text(encoding="utf-8")
    assert "\n2 cases, 0 BAD.\n" in text
    assert "| class | expect | exit |\n| --- | --- | --- |\n| nul byte | refuse | 2 |\n" \
        "| short |  |  |\n" in text


def test_capture_names_the_commit_of_the_start(tmp_path, monkeypatch):
    path = tmp_path / "RESULTS.md"
    monkeypatch.setattr(results, "_commit", lambda: "start01")
    with results.capture("alpha", True, path=path):
        monkeypatch.setattr(results, "_commit", lambda: "later02")
    assert "commit start01." in path.read_text(encoding="utf-8")


def test_a_marker_quoted_in_prose_is_not_a_block(tmp_path):
    path = tmp_path / "RESULTS.md"
    prose = ("Blocks run from `<!-- bench:alpha -->` to `<!-- /bench:alpha -->`; "
             "see <!-- history -->.\n\n")
    _write(path, prose + _block("alpha", "stale table") + BOTTOM)
    results.record("alpha", "cmd", [("x", "new")], path=path, when=WHEN)
    text = path.read_text(encoding="utf-8")
    assert text.startswith(prose + "<!-- bench:alpha -->\n") and "stale table" not in text
    assert text.endswith("<!-- /bench:alpha -->\n" + BOTTOM)
