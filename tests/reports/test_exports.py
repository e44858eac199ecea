"""The exports: format from the extension, a real xlsx workbook with its formatting, an html page
that is self-contained and escaped, Markdown without scientific notation or live links, files
created with the user's umask."""
import csv
import io
import json
import os
import re
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from main import cli
from reconcile.engines.local import filter_findings, reconcile
from reconcile.store.figures import COLUMNS, load_figures
from reports.export import format_for, markdown, md_text, plain_number, render
from reports.tables import figures_table
from tests.helpers import cpi_index, table

FIGURES = Path(__file__).resolve().parents[1] / "fixtures" / "figures.csv"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture(scope="module")
def rec():
    return reconcile(load_figures(FIGURES), "USD")


def export(rec, fmt, what="findings", min_severity="info"):
    return render(rec, rec.findings, filter_findings(rec.findings, None, min_severity),
                  rec.figures, fmt, what)


@pytest.mark.parametrize("name, fmt", [("a.csv", "csv"), ("a.JSON", "json"), ("a.md", "md"),
                                       ("a.xlsx", "xlsx"), ("a.html", "html"), ("a.htm", "html")])
def test_the_format_comes_from_the_extension(name, fmt):
    assert format_for(name, None) == fmt
    assert format_for(name, fmt) == fmt
    assert format_for(None, None) == "csv"


@pytest.mark.parametrize("name, fmt", [("a.csv", "json"), ("a.xlsx", "html"), ("a.md", "csv")])
def test_a_format_that_contradicts_the_extension_is_refused(tmp_path, name, fmt):
    out = tmp_path / name
    r = run("export", "--figures", FIGURES, "-o", out, "--format", fmt)
    assert r.exit_code == 2 and not out.exists()
    assert len(r.stderr.strip().splitlines()) == 1
    assert f"--format {fmt}" in r.stderr and name in r.stderr


@pytest.mark.parametrize("fmt", ["csv", "json", "md", "html"])
def test_dash_as_output_is_standard_output(tmp_path, monkeypatch, fmt):
    """`-o -` writes what no -o writes, to standard output; no file named `-` is made."""
    monkeypatch.chdir(tmp_path)
    plain = run("export", "--figures", FIGURES, "--format", fmt)
    dash = run("export", "--figures", FIGURES, "-o", "-", "--format", fmt)
    assert dash.exit_code == 0 and dash.stdout == plain.stdout and dash.stdout
    assert list(tmp_path.iterdir()) == []
    xlsx = run("export", "--figures", FIGURES, "-o", "-", "--format", "xlsx")
    assert xlsx.exit_code == 2 and len(xlsx.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name, fmt", [("x.csv.gz", None), ("x.csv.gz", "csv"),
                                       ("x.json.bz2", None), ("x.xlsx.zip", "xlsx")])
def test_a_compressed_name_is_refused_not_given_plain_bytes(tmp_path, name, fmt):
    out = tmp_path / name
    r = run("export", "--figures", FIGURES, "-o", out, *(("--format", fmt) if fmt else ()))
    assert r.exit_code == 2 and not out.exists()
    assert r.stderr.strip().splitlines() == [
        f"error: -o {out}: export writes no compressed file; give -o {out.with_suffix('')} and "
        f"compress it" + (f"; or pipe standard output: figrecon export --format csv | gzip > {out}"
                          if name == "x.csv.gz" else "")]


def test_an_unknown_extension_is_an_error_listing_the_formats(tmp_path):
    out = tmp_path / "a.txt"
    r = run("export", "--figures", FIGURES, "-o", out)
    assert r.exit_code == 2 and not out.exists()
    assert "'.txt'" in r.stderr and ".xlsx" in r.stderr and "--format" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert run("export", "--figures", FIGURES, "-o", out, "--format", "csv").exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("severity,check,metric")


def test_o_xlsx_writes_a_formatted_workbook(tmp_path, rec):
    out = tmp_path / "x.xlsx"
    assert run("export", "--figures", FIGURES, "-o", out).exit_code == 0
    assert out.read_bytes()[:2] == b"PK"                     # a zip, not CSV text
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["findings", "figures"]
    ws = wb["findings"]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["severity", "check", "metric"] and all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    assert ws.max_row == len(rec.findings) + 1
    col = {name: i + 1 for i, name in enumerate(header)}
    msg = ws.cell(2, col["message"])
    assert msg.alignment.wrap_text
    assert ws.column_dimensions["A"].width < ws.column_dimensions[
        openpyxl.utils.get_column_letter(col["message"])].width
    fills = {ws.cell(i, 1).value: ws.cell(i, 1).fill.fgColor.rgb for i in range(2, ws.max_row + 1)}
    assert len({fills["high"], fills["low"], fills["info"]}) == 3      # severity coloured
    figs = wb["figures"]
    fh = {c.value: i + 1 for i, c in enumerate(figs[1])}
    row = next(i for i in range(2, figs.max_row + 1)
               if figs.cell(i, fh["id"]).value == "a0-ms-total-14b")
    cell = figs.cell(row, fh["normalized_min"])
    assert cell.value == 13_500_000_000 and isinstance(cell.value, int | float)
    assert cell.number_format.startswith("#,##0")          # thousands, not 1.35E+10
    assert figs.cell(row, fh["flag"]).value is None        # it agrees: no flag
    flagged = next(i for i in range(2, figs.max_row + 1)
                   if figs.cell(i, fh["id"]).value == "a2-ms-100m")
    assert figs.cell(flagged, fh["flag"]).value == "high"
    assert figs.cell(flagged, fh["flag"]).fill.fgColor.rgb == fills["high"]


def test_a_severity_has_one_fill_in_the_workbook_and_on_the_page(tmp_path, rec):
    out = tmp_path / "x.xlsx"
    assert run("export", "--figures", FIGURES, "-o", out).exit_code == 0
    ws = openpyxl.load_workbook(out)["findings"]
    cells = {ws.cell(i, 1).value: ws.cell(i, 1).fill.fgColor.rgb[-6:].lower()
             for i in range(2, ws.max_row + 1)}
    page = export(rec, "html").decode("utf-8")
    rules = dict(re.findall(r"\.sev-(\w+) \{ background: #(\w{6});", page))
    assert set(cells) == {"high", "low", "info"} and len(set(rules.values())) == 4
    assert all(rules[severity] == fill for severity, fill in cells.items())


@pytest.mark.parametrize("name, what", [("x.csv", "findings"), ("x.json", "figures"),
                                        ("x.md", "figures"), ("x.html", "findings")])
def test_the_bytes_an_export_says_it_wrote_are_the_files_size(tmp_path, name, what):
    # The fixture's Korean amounts make bytes and characters differ.
    out = tmp_path / name
    r = run("export", "--figures", FIGURES, "--what", what, "-o", out)
    said = re.search(r"([\d,]+) bytes\)", r.output)
    assert r.exit_code == 0 and said, r.output
    assert int(said.group(1).replace(",", "")) == out.stat().st_size
    assert len(out.read_text(encoding="utf-8")) < out.stat().st_size


def test_html_is_a_self_contained_escaped_page(rec):
    page = export(rec, "html").decode("utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert re.search(r"<title>figrecon: 3 discrepancies in 39 figures \(2 high\)</title>", page)
    assert "<script" not in page.lower() and "http://" not in page.replace(
        'xmlns="http://www.w3.org/2000/svg"', "")
    assert page.count('class="finding-row"') == len(rec.findings)
    assert page.count("<svg") == 3                      # one per metric with a discrepancy
    assert "1억 달러틀 투자한" in page                    # the quotes are there
    # The band used (the ECB band widened for the rate source), the ECB band, its dates.
    assert "at 1,101.09–1,289.69 KRW/USD<br>ECB 1,112.10–1,276.92 KRW/USD ±1% for the rate source" in page
    assert "fixings 2019-01-31 to 2023-01-03" in page
    assert "@media print" in page


def test_html_escapes_user_text():
    evil = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
    rec = reconcile(table(dict(metric="m", amount="$1B", quote=evil, source=evil),
                          dict(metric="m", amount="$10B", quote="q <u>", source="s")))
    page = render(rec, rec.findings, rec.findings, rec.figures, "html").decode("utf-8")
    assert "<script" not in page and "<img" not in page and "<u>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_html_writes_a_large_gap_out_as_the_message_does():
    rec = reconcile(table(dict(metric="m", amount="9500달러"),
                          dict(metric="m", amount="9500억달러")))
    page = render(rec, rec.findings, rec.findings, rec.figures, "html").decode("utf-8")
    assert "100,000,000× above" in page                  # the message
    assert "<br>100,000,000×</td>" in page and not re.search(r"\d[eE][+-]\d", page)


def test_markdown_names_the_rates_its_normalized_interval_was_computed_with(rec):
    # 1조원 (0.5조 to 1.5조) over the band it names as used gives its normalized interval, up to
    # the rates' two decimals; the ECB band it widens by 1 % is named beside it.
    md = export(rec, "md", "figures").decode("utf-8")
    low, high = (float(x.replace(",", "")) for x in re.search(
        r"\| a2-ms-1jo \|.*?\| \[([\d,]+), ([\d,]+)\] USD \|", md).groups())
    said = re.search(r"\| a2-ms-1jo \|.*?\| ([\d,.]+)–([\d,.]+) KRW/USD; ECB ([\d,.]+)–([\d,.]+) "
                     r"KRW/USD ±1% for the rate source \(2019-01-31 to 2023-01-03\)", md)
    lo, hi, e_lo, e_hi = (float(x.replace(",", "")) for x in said.groups())
    assert abs(0.5e12 / hi / low - 1) < 1e-5 and abs(1.5e12 / lo / high - 1) < 1e-5
    assert lo < e_lo < e_hi < hi


def test_markdown_writes_numbers_out_and_makes_user_text_inert(rec):
    md = export(rec, "md", "figures").decode("utf-8")
    assert not re.search(r"\d[eE][+-]\d", md)
    assert "13,500,000,000" in md
    assert plain_number(1.35e10) == "13,500,000,000" and plain_number(1228.654218) == "1,228.65"
    assert plain_number(0.000813) == "0.000813"
    inert = md_text("see [here](http://evil.example) and ![x](http://t.example/p.png) <b>")
    # Inert as a CommonMark renderer reads it (rich's markdown-it): no link, image or tag.
    from markdown_it import MarkdownIt
    rendered = MarkdownIt("commonmark").render(inert)
    assert "<a" not in rendered and "<img" not in rendered and "<b>" not in rendered
    assert "http://" not in inert         # nor a bare URL GitHub would link
    # Nothing else is escaped: numbers, dashes and brackets read as in the file.
    assert md_text("2.222 fn-3jo (ab)") == "2.222 fn-3jo (ab)"
    cell = markdown(figures_table(rec.figures.head(1).assign(quote="a | b"), rec.findings))
    assert "a \\| b" in cell


def test_what_figures_exports_the_normalized_figures(rec):
    rows = json.loads(export(rec, "json", "figures"))
    assert len(rows) == len(rec.figures)
    assert {"normalized_min", "normalized_max", "rate_min_date", "flag"} <= set(rows[0])
    text = export(rec, "csv", "figures").decode("utf-8")
    got = list(csv.DictReader(io.StringIO(text)))
    assert [r["id"] for r in got] == list(rec.figures["id"])
    r = run("export", "--figures", FIGURES, "--what", "figures", "--format", "json")
    assert r.exit_code == 0 and len(json.loads(r.stdout)) == 39


def test_files_are_created_with_the_users_umask(tmp_path):
    old = os.umask(0o022)
    try:
        out = tmp_path / "a.json"
        assert run("export", "--figures", FIGURES, "-o", out).exit_code == 0
        assert out.stat().st_mode & 0o777 == 0o644
        os.umask(0o027)
        out2 = tmp_path / "b.json"
        assert run("export", "--figures", FIGURES, "-o", out2).exit_code == 0
        assert out2.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)


def test_export_to_stdout_is_csv_by_default(tmp_path):
    r = run("export", "--figures", FIGURES)
    assert r.exit_code == 0 and r.stdout.startswith("severity,check,metric")
    assert "value_min" in r.stdout.splitlines()[0]


def test_markdown_is_short_tables_with_each_message_as_a_paragraph(rec):
    md = export(rec, "md").decode("utf-8")
    lines = md.splitlines()
    headers = [lines[i] for i in range(len(lines) - 1) if lines[i + 1].startswith("|---")]
    assert len(headers) >= 2                                   # findings summary, then figures
    assert all(h.count(" | ") + 1 <= 9 for h in headers), headers
    assert md.index("# Findings") < md.index("## Figures")
    first = rec.findings.iloc[0]
    from reports.tables import cell_text
    assert f"· {cell_text(first['check'])} · {first['metric']}" in md   # a section per finding
    # Only what Markdown reads is escaped: snake_case, dots, dashes, brackets stay as written.
    from reports.markdown import md_paragraph
    plain = "a_b snake_case 2.222 fn-3jo (ab) [4.5, 7]"
    assert md_text(plain) == plain == md_paragraph(plain)
    from markdown_it import MarkdownIt
    for block in ("# heading", "> quote", "- item", "1. item", "    code"):
        assert MarkdownIt("commonmark").render(md_paragraph(block)).startswith("<p>"), block


@pytest.mark.parametrize("fmt, what", [("csv", "findings"), ("csv", "figures"),
                                       ("json", "findings"), ("json", "figures")])
def test_csv_and_json_are_written_in_chunks_of_rows_with_the_bytes_of_the_whole_table(
        rec, monkeypatch, fmt, what):
    import reports.export as export_module
    import reports.tables as tables_module
    from reconcile.model import findings as F
    from reports.export import neutralize
    from reports.tables import findings_table, records, text_cells
    shown = filter_findings(rec.findings, None, "info")
    whole_table = (findings_table(shown) if what == "findings"
                   else figures_table(rec.figures, rec.findings))
    # The table as one piece, as the export was written before it was streamed.
    whole = (text_cells(whole_table).map(neutralize).to_csv(index=False) if fmt == "csv" else
             json.dumps(records(whole_table), ensure_ascii=False, indent=2) + "\n")
    rendered = []
    real = F.messages

    def spy(records):
        rendered.append(len(records))
        return real(records)
    monkeypatch.setattr(F, "messages", spy)
    monkeypatch.setattr(export_module, "CHUNK_ROWS", {"findings": 2, "figures": 3})
    monkeypatch.setattr(tables_module, "MADE_TOGETHER", 4)
    assert export(rec, fmt, what).decode("utf-8") == whole
    if what == "findings":       # messages rendered four rows (two chunks) at a time, once each
        assert max(rendered) == 4 and sum(rendered) == len(shown) > 4


@pytest.mark.parametrize("fmt, empty", [("csv", None), ("json", "[]\n")])
def test_an_export_of_no_findings_is_the_empty_table(fmt, empty):
    rec = reconcile(table(dict(metric="quill_sales", amount="$2 billion")), "USD")
    out = render(rec, rec.findings, rec.findings, rec.figures, fmt).decode("utf-8")
    assert out == (empty or out.splitlines()[0] + "\n")
    assert fmt == "json" or out.startswith("severity,check,metric")


def test_markdown_says_an_info_note_is_a_note_and_which_figures_it_is_about(rec):
    # As html says "(a note)" where a finding flags no figure, and csv lists its figures.
    md = export(rec, "md").decode("utf-8")
    head = next(line for line in md.splitlines() if line.startswith("| # |"))
    cells = [c.strip() for c in head.strip("|").split("|")]
    rows = [[c.strip() for c in line.strip("|").split("|")] for line in md.splitlines()
            if line.startswith("| ") and "| info |" in line]
    assert rows
    notes = rec.findings[rec.findings["severity"] == "info"]
    for row, (_, note) in zip(rows, notes.iterrows()):
        assert row[cells.index("flagged")] == "(a note)"
        assert row[cells.index("figures")].split(";") == list(note["figures"])



def _stated(row: dict) -> tuple[float, float]:
    """The interval a row's amount stands for in its own currency, read from the row alone."""
    from currency.amount import stated
    from currency.convert import with_currency
    from currency.text.reader import read_amount
    amount = with_currency(read_amount(row["amount"]), row["currency"])
    _, low, high = stated(amount, restatement=row["role"] == "restatement")
    return low, high


def _figure_rows(rec, tmp_path, fmt: str) -> list[dict]:
    """The figures export's rows, numbers as numbers (None for an empty cell)."""
    if fmt == "json":
        return json.loads(export(rec, "json", "figures"))
    if fmt == "csv":
        text = export(rec, "csv", "figures").decode("utf-8")
        return [{k: (float(v) if v else None) if k.startswith(("normalized_m", "rate_", "stated_")) and
                 k not in ("rate_min_date", "rate_max_date", "rate_note") else v
                 for k, v in r.items()} for r in csv.DictReader(io.StringIO(text))]
    out = tmp_path / "x.xlsx"
    assert run("export", "--figures", FIGURES, "-o", out).exit_code == 0
    ws = openpyxl.load_workbook(out)["figures"]
    head = [c.value for c in ws[1]]
    return [dict(zip(head, r)) for r in ws.iter_rows(min_row=2, values_only=True)]


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
def test_each_normalized_interval_is_its_stated_one_at_the_exported_rate_used(rec, tmp_path, fmt):
    # From the row alone (its amount and the band used) a user recomputes the normalized
    # interval; the band used is the ECB band rate_min/max widened, read the same way.
    rows = _figure_rows(rec, tmp_path, fmt)
    # xlsx stores converted money without float cents (whole units from a thousand up).
    slack = 0.5 if fmt == "xlsx" else 0.0
    converted = 0
    for r in rows:
        if not r["currency"]:
            continue        # not money: a duration or count is normalized by its unit, no rate
        lo, hi = r["rate_used_min"], r["rate_used_max"]
        target = r["normalized_unit"].split(" ")[0]
        if fmt == "xlsx" and r["rate_unit"] and r["rate_unit"] != f"{target}/{r['currency']}":
            lo, hi = 1 / hi, 1 / lo          # quoted turned (KRW/USD): back to USD per KRW
        s_low, s_high = _stated(r)
        # The row says the same interval itself (stated_min/max), as numbers.
        assert r["stated_min"] == pytest.approx(s_low, rel=1e-12), r["id"]
        assert r["stated_max"] == pytest.approx(s_high, rel=1e-12) if s_high != float("inf") \
            else r["stated_max"] is None, r["id"]
        assert abs(s_low * lo - r["normalized_min"]) <= 1e-9 * abs(s_low * lo) + slack, r["id"]
        if s_high == float("inf"):
            assert r["normalized_max"] is None, r["id"]
        else:
            assert abs(s_high * hi - r["normalized_max"]) <= 1e-9 * abs(s_high * hi) + slack, r["id"]
        if r["currency"] != target:
            converted += 1
            assert r["rate_used_min"] < r["rate_min"] <= r["rate_max"] < r["rate_used_max"], r["id"]
    assert converted >= 5


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_under_real_each_row_carries_the_cpi_factor_its_interval_was_scaled_by(fmt):
    # --real scales each money figure's interval by US CPI-U: the row names the factor and the
    # months it was read for, so that normalized_min = stated_min × rate_used_min × factor, and
    # the factor is the index of the target month over the figure's own (looked up here anew).
    real = reconcile(load_figures(FIGURES), "USD", real_as_of=__import__("datetime").date(2024, 1, 1))
    text = export(real, fmt, "figures")
    if fmt == "json":
        rows = json.loads(text)
    else:
        rows = list(csv.DictReader(io.StringIO(text.decode("utf-8"))))
    money = 0
    for r in rows:
        if not r["currency"]:
            assert r["cpi_months"] in (None, ""), r["id"]     # a duration: no CPI
            continue
        money += 1
        lo, hi = float(r["cpi_factor_min"]), float(r["cpi_factor_max"])
        start, _, end = r["cpi_months"].partition(" → ")
        first, _, last = start.partition(" to ")
        assert end == "2024-01", r["id"]
        factors = sorted(cpi_index(end) / cpi_index(m) for m in (first, last or first))
        assert (lo, hi) == (pytest.approx(factors[0], rel=1e-12), pytest.approx(factors[1], rel=1e-12)), r["id"]
        s_low = float(r["stated_min"])
        used = float(r["rate_used_min"])
        assert float(r["normalized_min"]) == pytest.approx(s_low * used * lo, rel=1e-9), r["id"]
        if r["stated_max"] not in (None, ""):
            assert float(r["normalized_max"]) == pytest.approx(
                float(r["stated_max"]) * float(r["rate_used_max"]) * hi, rel=1e-9), r["id"]
    assert money >= 20


def test_without_real_there_are_no_cpi_columns(rec):
    head = export(rec, "csv", "figures").decode("utf-8").splitlines()[0].split(",")
    assert not [c for c in head if c.startswith("cpi_")]


@pytest.mark.parametrize("text", ["=1+1", "+1+1", "-1+1", "@SUM(1,1)"])
def test_xlsx_keeps_every_formula_start_text_when_edited(tmp_path, text):
    """Excel reads '+', '-' and '@' as a formula's start when a cell is edited, as it reads '='."""
    figures = tmp_path / "f.csv"
    with figures.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([COLUMNS, ["a1", "acme_capex", "$1 billion", "2023-01",
                                           "2023-02", text, "q"] + [""] * 5])
    out = tmp_path / "x.xlsx"
    assert run("export", "--figures", figures, "-o", out).exit_code == 0
    sheet = openpyxl.load_workbook(out)["figures"]
    head = [c.value for c in sheet[1]]
    source = sheet.cell(row=2, column=head.index("source") + 1)
    assert source.value == text and source.data_type == "s" and source.quotePrefix
