"""Under --real an export says which of its numbers are constant money and which nominal, in the
way its format allows, and stays readable as before by its readers."""
import csv
import io
import json
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from tests.helpers import run

FIGURES = Path(__file__).resolve().parents[1] / "fixtures" / "figures.csv"
REAL = ("--real", "--as-of", "2024-07-01")
CONSTANT = "constant USD of 2024-07-01"
# The figures table gains the CPI factors each constant-money interval was scaled by.
CPI = {"findings": [], "figures": ["cpi_factor_min", "cpi_factor_max", "cpi_months"]}


def exported(tmp_path, fmt, what, *real):
    out = tmp_path / f"{what}{len(real)}.{fmt}"
    r = run("export", "--figures", FIGURES, "--what", what, "-o", out, *real)
    assert r.exit_code == 0, r.output
    return out


def said(note: str) -> bool:
    return CONSTANT in note and "nominal" in note


@pytest.mark.parametrize("what", ["findings", "figures"])
def test_csv_carries_the_note_in_a_last_column_of_every_row(tmp_path, what):
    nominal = list(csv.reader(io.StringIO(exported(tmp_path, "csv", what).read_text("utf-8"))))
    real = list(csv.reader(io.StringIO(exported(tmp_path, "csv", what, *REAL).read_text("utf-8"))))
    assert real[0] == nominal[0] + CPI[what] + ["money"] and len(real) == len(nominal) > 1
    assert all(len(row) == len(real[0]) and said(row[-1]) for row in real[1:])


@pytest.mark.parametrize("what", ["findings", "figures"])
def test_json_carries_the_note_in_every_record(tmp_path, what):
    nominal = json.loads(exported(tmp_path, "json", what).read_text("utf-8"))
    real = json.loads(exported(tmp_path, "json", what, *REAL).read_text("utf-8"))
    assert isinstance(real, list) and len(real) == len(nominal) > 0
    assert all("money" not in r for r in nominal)
    assert all(said(r.pop("money")) for r in real)
    assert all(list(r)[-len(CPI[what]):] == CPI[what] for r in real if CPI[what])
    assert [r["id"] if "id" in r else r["message"] for r in real] == \
        [r["id"] if "id" in r else r["message"] for r in nominal]


@pytest.mark.parametrize("what", ["findings", "figures"])
def test_md_says_it_in_a_line_under_its_heading(tmp_path, what):
    nominal = exported(tmp_path, "md", what).read_text("utf-8")
    real = exported(tmp_path, "md", what, *REAL).read_text("utf-8")
    line, = [x for x in real.splitlines() if x.startswith("Money:")]
    assert said(line) and "Money:" not in nominal
    assert real.splitlines()[0] == nominal.splitlines()[0]      # the heading stays first


def test_xlsx_notes_each_money_column_header_and_keeps_one_header_row(tmp_path):
    nominal, real = exported(tmp_path, "xlsx", "findings"), \
        exported(tmp_path, "xlsx", "findings", *REAL)
    book = openpyxl.load_workbook(real)
    noted = {ws.title: {c.value for c in ws[1] if c.comment and said(c.comment.text)}
             for ws in book}
    assert {"normalized_min", "normalized_value", "agreeing_min"} <= noted["figures"]
    assert {"value_min", "expected_max"} <= noted["findings"]
    assert not any(c.comment for ws in openpyxl.load_workbook(nominal) for c in ws[1])
    for sheet in ("findings", "figures"):
        assert list(pd.read_excel(real, sheet_name=sheet).columns) == \
            list(pd.read_excel(nominal, sheet_name=sheet).columns) + CPI[sheet]


def test_html_says_it_in_its_summary(tmp_path):
    page = exported(tmp_path, "html", "findings", *REAL).read_text("utf-8")
    line = page.split('<p class="data">')[1].split("</p>")[0]
    assert CONSTANT in line and "nominal money" in line
