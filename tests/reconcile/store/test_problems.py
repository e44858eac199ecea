"""Problems of the figures file are records end to end; the printed line is made once, by str()."""
from pathlib import Path

import pytest

from reconcile.store.curate import as_options, new_problems
from reconcile.store.figures import FiguresError, load_figures
from reconcile.store.problems import Problem

ROOT = Path(__file__).resolve().parents[3]
HEADER = "id,metric,amount,as_of,published,source,quote\n"


def test_a_problem_prints_as_file_line_column_value_reason():
    assert str(Problem("f.csv", 3, "as_of", "2019-02-30", "day out of range")) == \
        "f.csv:3: as_of: 2019-02-30: day out of range"
    assert str(Problem("f.csv", 1, "header", None, "the first line is blank")) == \
        "f.csv:1: header: the first line is blank"
    assert str(Problem.of_file("f.csv", "cannot read: No such file")) == \
        "f.csv: cannot read: No such file"
    assert str(Problem("p.parquet", 2, "amount", "lots", "no number", is_row=True)) == \
        "p.parquet: row 2: amount: lots: no number"


def test_a_bad_file_is_refused_with_records_that_say_where(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text(HEADER + "a,m_x,$1,2020,2020,s,q\nb,m_x,$2,2020-13,2020,s,q\n",
                    encoding="utf-8")
    with pytest.raises(FiguresError) as err:
        load_figures(path)
    (p,) = err.value.problems
    assert (p.path, p.line, p.column, p.value) == (str(path), 3, "as_of", "2020-13")
    assert err.value.lines == [str(p)]


def test_only_the_edited_rows_cells_are_named_by_option(tmp_path):
    old = (HEADER + "a,m_x,$1,2020,2020,s,q\nb,m_x,$2,2020,2020,s,q\n").encode()
    new = old.replace(b"b,m_x,$2,2020", b"b,m_x,$2,2020-13").replace(b"a,m_x", b"a,M")
    found = new_problems("f.csv", old, new)
    assert {(p.line, p.column) for p in found} == {(2, "metric"), (3, "as_of")}
    shown = [str(p) for p in as_options(found, "f.csv", 3, {"as_of": "--as-of", "metric": "--metric"})]
    assert "--as-of: 2020-13: " in shown[1] and shown[0].startswith("f.csv:2: metric: M: ")


def test_no_module_parses_a_problem_line_back_into_its_parts():
    """The place of a problem is a field: nothing takes `FILE:LINE: ` apart with a pattern."""
    for package in ("cli", "currency", "reconcile", "reports"):
        for path in (ROOT / package).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert r":(\d+): " not in text and r":\d+: " not in text, path
