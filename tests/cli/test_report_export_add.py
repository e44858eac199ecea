"""`report`, `export` and `add` through click's runner, including every bad-input path of add."""
import csv
import io
import json
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.helpers import cpi_index, run

FIGURES = Path(__file__).resolve().parents[1] / "fixtures" / "figures.csv"




GOOD = ["--id", "t-new", "--metric", "microsoft_investment_2019", "--amount", "$1 billion",
        "--as-of", "2019-07-22", "--published", "2019-07-22", "--source", "press.txt",
        "--quote", "invests $1 billion"]


def add_args(path, **changes):
    args = list(GOOD)
    for key, value in changes.items():
        flag = "--" + key.replace("_", "-")
        i = args.index(flag)
        args[i + 1] = value
    return ["add", *args, "--figures", path]


def test_report_runs_and_summarizes(figures):
    r = run("report", "--figures", figures)
    assert r.exit_code == 0, r.output
    assert "39 figures" in r.stdout and "2 high" in r.stdout
    assert "a2-ms-100m" in r.stdout and "2019-01-31" in r.stdout   # a figure and a fixing date


def test_fail_on_exits_1_only_at_or_above_the_level(figures):
    assert run("report", "--figures", figures, "--fail-on", "high").exit_code == 1
    assert run("report", "--figures", figures, "--fail-on", "low").exit_code == 1
    ok = run("report", "--figures", figures, "--metric", "openai_compute_commitment",
             "--fail-on", "low")
    assert ok.exit_code == 0


def test_report_options(figures):
    krw = run("report", "--figures", figures, "--currency", "KRW", "--metric",
              "microsoft_investment_2023")
    assert krw.exit_code == 0 and "KRW" in krw.stdout
    # --currency changes the figure lines; each fact is still judged, and its message written, in
    # its own currency (the 2023 investment's in USD): the header says so, not "amounts in KRW".
    krw19 = run("report", "--figures", figures, "--currency", "KRW", "--metric",
                "microsoft_investment_2019")
    said = " ".join(krw19.stdout.split())
    assert "figure lines in KRW" in said and "messages in each fact's own currency" in said
    assert "amounts in KRW" not in said and "9.5× below" in said and "] USD" in said, said
    real = run("report", "--figures", figures, "--real", "--as-of", "2024-07-01")
    assert real.exit_code == 0 and "2024-07-01" in real.stdout
    assert "2 high, 0 medium, 1 low" in real.stdout      # --real changes what is shown, not findings
    # The messages still compare nominal money; only the figure lines are constant: it says so.
    said = " ".join(real.stdout.split())
    assert ("figure lines in constant USD of 2024-07-01 · messages in nominal money" in said
            and "amounts in constant" not in said)
    capped = run("report", "--figures", figures, "--limit", "3", "--min-severity", "info")
    assert "3 most severe findings are shown; 4 more" in capped.stdout.replace("\n", " ")
    one = run("report", "--figures", figures, "--limit", "1")
    assert "The most severe finding is shown; 2 more" in one.stdout.replace("\n", " ")
    hidden = run("report", "--figures", figures, "--min-severity", "high")
    assert "Hidden below --min-severity high: 4 info, 1 low" in hidden.stdout


def test_real_figure_lines_name_the_cpi_factor_and_months(figures):
    # A figure line in constant money is traced: the CPI-U factor (the index of the --as-of month
    # over the figure's, looked up here anew) and the months it was read for.
    factor = cpi_index("2024-07") / cpi_index("2019-07")
    words = f"× {factor:,.4f} US CPI-U, 2019-07 → 2024-07"
    for command in (("report",), ("export", "--format", "md"), ("export", "--format", "html")):
        out = run(*command, "--figures", figures, "--real", "--as-of", "2024-07-01",
                  "--metric", "microsoft_investment_2019")
        assert out.exit_code == 0 and words in " ".join(out.stdout.split()), command
    plain = run("report", "--figures", figures, "--metric", "microsoft_investment_2019")
    assert "CPI-U," not in plain.stdout


@pytest.mark.parametrize("args, words", [
    (["--metric", "no_such_metric"], "no figure has the metric"),
    (["--currency", "XYZ"], "unknown currency"),
    (["--as-of", "2024-01-01"], "--real"),
    (["--real", "--as-of", "2024-02-30"], "impossible date"),
    # --real takes no value: a date after it is the date of --as-of, not an article to scan.
    (["--real", "2024-01-01"], "--real takes no value; give the date with --as-of: "
                               "report --real --as-of 2024-01-01"),
    # ... but a date --as-of refuses is not suggested: its refusal is said instead
    (["--real", "2024-12-01/2024-12-03"],
     "--real takes no value; --as-of: give a day or a month, not the days '2024-12-01/2024-12-03'"),
])
def test_report_bad_options_exit_2(figures, args, words):
    r = run("report", "--figures", figures, *args)
    assert r.exit_code == 2 and words in r.stderr


def test_report_on_a_bad_file_lists_every_problem_with_file_and_line(tmp_path):
    bad = tmp_path / "bad.csv"
    header = FIGURES.read_text(encoding="utf-8").splitlines()[0]
    bad.write_text(header + "\nx1,Bad Key,12兆,2024-13,2024,s,q,,,\nx1,ok,$1B,2024,2024,s,q,,,\n",
                   encoding="utf-8")
    r = run("report", "--figures", bad)
    assert r.exit_code == 2 and r.stdout == ""
    lines = r.stderr.splitlines()
    assert f"{bad}:2: metric: Bad Key:" in r.stderr
    assert f"{bad}:2: amount: 12兆:" in r.stderr and f"{bad}:2: as_of: 2024-13:" in r.stderr
    assert f"{bad}:3: id: x1: duplicate id" in r.stderr
    # a figures file's published is one day, month or year, never a span of days
    bad.write_text(header + "\nx1,ok,$1B,2024-03-04,2024-03-04/2024-03-05,s,q,,,\n",
                   encoding="utf-8")
    r = run("report", "--figures", bad)
    assert r.exit_code == 2 and r.stdout == "" and len(r.stderr.splitlines()) == 1
    assert f"{bad}:2: published: 2024-03-04/2024-03-05: give a day, a month or a year, not the " \
           f"days '2024-03-04/2024-03-05'" in r.stderr
    assert len(lines) == 5
    assert run("report", "--figures", tmp_path / "missing.csv").exit_code == 2


def test_export_json_has_the_promised_fields(figures):
    r = run("export", "--figures", figures, "--format", "json")
    assert r.exit_code == 0
    rows = json.loads(r.stdout)
    for key in ("check", "severity", "metric", "flagged", "against", "figures", "message",
                "value_min", "value_max", "expected_min", "expected_max", "gap"):
        assert key in rows[0]
    # interval bounds are never called low/high next to a severity that can be low/high
    assert not {"low", "high", "value_low", "n_low"} & set(rows[0])
    assert rows[0]["severity"] == "high" and isinstance(rows[0]["flagged"], list)
    assert set(rows[0]["flagged"]) <= set(rows[0]["figures"])


def test_export_neutralizes_formulas_in_csv_and_xlsx(tmp_path):
    path = tmp_path / "f.csv"
    header = FIGURES.read_text(encoding="utf-8").splitlines()[0]
    path.write_text(header + "\n=cmd,m,$1B,2024,2024,s,q,,,\n-x,m,$5B,2024,2024,s,q,,,\n",
                    encoding="utf-8")
    # ids must be lowercase words, so a formula cannot enter through an id; metrics neither.
    assert run("export", "--figures", path).exit_code == 2
    # Validated figures cannot start a cell with a formula, so the writers are given findings
    # whose text cells do: every one must come out inert, and still be there.
    from reconcile.engines.local import reconcile
    from reconcile.store.figures import load_figures
    from reports.export import neutralize, render
    assert neutralize("=1+1") == "'=1+1" and neutralize("-5") == "'-5" and neutralize(3.0) == 3.0
    rec = reconcile(load_figures(FIGURES))
    found = rec.findings.head(3).copy()
    evil = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd"]
    # Messages are rendered from the records: stand-ins that say the evil text.
    found["record"] = [SimpleNamespace(message=e) for e in evil[:len(found)]]
    found["rule"] = evil[-len(found):]
    cells = [c for row in csv.reader(io.StringIO(render(rec, found, found, rec.figures, "csv").decode())) for c in row]
    assert not any(c.startswith(("=", "+", "-", "@", "\t")) for c in cells)
    assert "'" + evil[0] in cells
    out = tmp_path / "d.xlsx"
    out.write_bytes(render(rec, found, found, rec.figures, "xlsx"))
    import openpyxl
    ws = openpyxl.load_workbook(out)["findings"]
    # xlsx stores formula-like text as text cells, shown as written: no apostrophe, never run
    # (issue 21, item 12); a tab is shown escaped.
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    assert ws.cell(1, 1).value == "severity" and evil[0] in [c.value for c in cells]
    assert all(c.data_type != "f" for c in cells)
    assert not any(str(c.value).startswith("\t") for c in cells)


def test_export_formats_and_output_file(figures, tmp_path):
    for fmt, mark in (("md", "| severity |"), ("html", "<table"), ("csv", "severity,check")):
        r = run("export", "--figures", figures, "--format", fmt)
        assert r.exit_code == 0 and mark in r.stdout
    assert run("export", "--figures", figures, "--format", "xlsx").exit_code == 2
    out = tmp_path / "out.json"
    r = run("export", "--figures", figures, "--format", "json", "--min-severity", "high",
            "-o", out)
    assert r.exit_code == 0 and len(json.loads(out.read_text())) == 2


def test_add_appends_one_row_and_keeps_every_other_byte(figures):
    before = figures.read_bytes()
    r = run(*add_args(figures))
    assert r.exit_code == 0, r.output
    after = figures.read_bytes()
    assert after.startswith(before) and after.count(b"\n") == before.count(b"\n") + 1
    assert b"t-new,microsoft_investment_2019,$1 billion" in after
    assert "added t-new" in r.stdout and "microsoft_investment_2019" in r.stdout


def test_add_shows_the_discrepancy_it_takes_part_in(figures):
    r = run(*add_args(figures, amount="$100 million"))
    assert r.exit_code == 0 and "unit slip" in " ".join(r.stdout.split())


@pytest.mark.parametrize("change, words", [
    (dict(id="a1-ms-2019"), "duplicate id"),
    (dict(id="Bad Id"), "id must be"),
    (dict(metric="Bad-Metric"), "snake_case"),
    (dict(amount="12兆"), "names no currency"),
    (dict(amount="a lot of money"), "no amount"),
    (dict(amount="100 XYZ"), "unknown currency"),
    (dict(as_of="2019-02-30"), "impossible date"),
    # the figures file takes a span of days too, and its line says so
    (dict(as_of="July 2019"), "YYYY or days YYYY-MM-DD/YYYY-MM-DD, got 'July 2019'"),
    (dict(published="2019-13"), "impossible date"),
    # ... but a publication is one day, month or year
    (dict(published="2019-07-21/2019-07-22"),
     "give a day, a month or a year, not the days '2019-07-21/2019-07-22'"),
    (dict(source=""), "required"),
    (dict(quote=""), "required"),
])
def test_add_bad_input_exits_2_and_leaves_the_file_untouched(figures, change, words):
    before = figures.read_bytes()
    r = run(*add_args(figures, **change))
    assert r.exit_code == 2, r.output
    option = "--" + next(iter(change)).replace("_", "-")
    assert words in r.stderr and f"error: {option}: " in r.stderr     # the option typed
    assert f"{figures}:" not in r.stderr        # not a line of the file that does not exist yet
    assert figures.read_bytes() == before


def test_add_bad_part_of_and_missing_option(figures):
    before = figures.read_bytes()
    r = run(*add_args(figures), "--part-of", "Not A Key")
    assert r.exit_code == 2 and "error: --part-of: Not A Key:" in r.stderr
    r = run("add", "--id", "x", "--amount", "$1B", "--figures", figures)
    assert r.exit_code == 2
    # every missing option at once, in one line, by the names typed
    assert r.stderr.splitlines() == ["error: add: missing --metric, --as-of, --published, "
                                     "--source, --quote (all of --id, --metric, --amount, "
                                     "--as-of, --published, --source, --quote are required)"]
    assert figures.read_bytes() == before


def test_add_to_a_file_without_a_final_newline_and_to_a_new_file(tmp_path):
    path = tmp_path / "f.csv"
    path.write_bytes(FIGURES.read_bytes().rstrip(b"\n"))
    assert run(*add_args(path)).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert rows[-1]["id"] == "t-new" and rows[-2]["id"] == "a4-ms-billions"
    fresh = tmp_path / "new.csv"
    assert run(*add_args(fresh)).exit_code == 2          # a new file has no metric yet
    assert run(*add_args(fresh), "--new-metric").exit_code == 0
    assert fresh.read_text(encoding="utf-8").splitlines()[0].startswith("id,metric,amount")


def test_two_adds_at_once_both_land(figures):
    from reconcile.store.append import append_figure
    errors = []

    def add(i):
        try:
            append_figure(figures, dict(id=f"c-{i}", metric="m", amount="$1B", as_of="2024",
                                        published="2024", source="s", quote="q"))
        except Exception as exc:     # noqa: BLE001 - collected for the assertion below
            errors.append(exc)
    threads = [threading.Thread(target=add, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    ids = [r["id"] for r in csv.DictReader(io.StringIO(figures.read_text(encoding="utf-8")))]
    assert sorted(i for i in ids if i.startswith("c-")) == [f"c-{i}" for i in range(6)]


def test_export_formats_offered_are_the_ones_written():
    from cli.report import EXPORT_FORMATS
    from reports.export import FORMATS
    assert EXPORT_FORMATS == FORMATS


def test_add_restates_must_name_a_figure_of_the_same_metric(figures):
    before = figures.read_bytes()
    common = ["--as-of", "2023-01-23", "--published", "2023-01-24", "--source", "s", "--quote",
              "q", "--figures", figures, "--quiet"]
    r = run("add", "--id", "zz", "--metric", "microsoft_investment_2023", "--amount", "약 12조 원",
            "--restates", "nosuch", *common)
    assert r.exit_code == 2 and "restates: nosuch: no figure has this id" in r.stderr
    r = run("add", "--id", "zz", "--metric", "microsoft_investment_2023", "--amount", "약 12조 원",
            "--restates", "a0-oracle", *common)
    assert r.exit_code == 2 and "a restatement states the same fact" in r.stderr
    assert figures.read_bytes() == before
    r = run("add", "--id", "zz", "--metric", "microsoft_investment_2023", "--amount", "약 12조 원",
            "--restates", "a1-10b-usd", *common)
    assert r.exit_code == 0
    last = list(csv.DictReader(io.StringIO(figures.read_text(encoding="utf-8"))))[-1]
    assert (last["id"], last["restates"]) == ("zz", "a1-10b-usd")


def test_report_runs_only_the_checks_asked_for(figures):
    only = run("report", "--figures", figures, "--check", "parts_totals", "--json")
    assert only.exit_code == 0
    checks = {c for f in json.loads(only.stdout)["findings"] for c in f["check"].split(";")}
    assert checks == {"parts_totals"}
    skipped = run("report", "--figures", figures, "--skip-check", "same_fact", "--json")
    assert "same_fact" not in {c for f in json.loads(skipped.stdout)["findings"]
                               for c in f["check"].split(";")}
    bad = run("report", "--figures", figures, "--check", "no_such_check")
    assert bad.exit_code == 2 and "no_such_check" in bad.stderr and "same_fact" in bad.stderr


@pytest.mark.parametrize("args", [
    ["--check", "digits", "--skip-check", "digits"],    # nothing left: "No discrepancies"
    ["--engine", "dask", "--check", "digits"],          # Dask ran every check regardless
    ["--engine", "dask", "--skip-check", "digits"],
])
def test_a_check_selection_that_cannot_be_honoured_is_one_line(figures, args):
    r = run("report", "--figures", figures, *args)
    assert r.exit_code == 2, r.output
    assert r.stdout == "" and len(r.stderr.splitlines()) == 1 and "--check" in r.stderr


def test_a_check_that_raises_does_not_take_the_report_down(figures, monkeypatch):
    from reconcile import checks

    def broken(df, ctx):
        raise RuntimeError("boom")
    monkeypatch.setitem(checks.CHECKS, "digits", broken)
    r = run("report", "--figures", figures)
    assert r.exit_code == 3
    assert "internal error: check digits failed (RuntimeError: boom)" in r.stderr
    assert "2 high" in r.stdout            # the other checks' findings are still there


def test_add_an_unknown_metric_is_an_error_with_the_closest_unless_new_metric(figures):
    before = figures.read_bytes()
    r = run(*add_args(figures, metric="microsoft_investmnet_2019"))
    assert r.exit_code == 2 and figures.read_bytes() == before
    assert r.stderr.startswith("error: --metric: microsoft_investmnet_2019: no figure has this "
                               "metric; did you mean microsoft_investment_2019,")
    assert "--new-metric" in r.stderr and len(r.stderr.splitlines()) == 1
    r = run(*add_args(figures, metric="hanbit_investment"), "--new-metric")
    assert r.exit_code == 0, r.output
    # alone in its fact: said so, never "agrees with everything"
    assert "It is the only figure of its fact (hanbit_investment, as of 2019-07-22): nothing " \
           "was checked against it." in " ".join(r.stdout.split())
    assert "agrees with everything" not in r.stdout


def test_add_says_what_the_new_figure_was_compared_with(figures):
    r = run(*add_args(figures), "--part-of", "microsoft_investment_total")
    assert r.exit_code == 0, r.output
    out = " ".join(r.stdout.split())
    assert "Compared with 4 figure(s) of microsoft_investment_2019 over the same time: " \
           "a1-ms-2019, a2-ms-100m, a2-ms-1jo, a2-ms-2019-krw." in out
    assert "Counted as a part of microsoft_investment_total (3 figure(s))." in out
    # the findings it takes part in are shown: the 100m slip
    assert "HIGH microsoft_investment_2019" in out and "No finding" not in out


def test_add_a_restatement_says_it_is_judged_as_a_conversion(figures):
    r = run(*add_args(figures, metric="microsoft_investment_2023", amount="약 12조 원",
                      as_of="2023-01-23", published="2023-01-24"), "--restates", "a1-10b-usd")
    assert r.exit_code == 0, r.output
    out = " ".join(r.stdout.split())
    assert "It restates a1-10b-usd: it is judged as a conversion of that figure" in out
    assert "No finding involves it." in out


def test_add_published_before_as_of_warns(figures):
    r = run(*add_args(figures, as_of="2023-01", published="2019-07-22"))
    assert r.exit_code == 0
    assert r.stderr.startswith("warning: --published 2019-07-22 is before --as-of 2023-01")
    r = run(*add_args(figures, id="t-2", as_of="2019-07", published="2019-07-22"))
    assert r.exit_code == 0 and "warning" not in r.stderr


def test_export_into_a_folder_says_it_is_a_folder(figures, tmp_path):
    # It said "cannot tell the format from a name without an extension".
    r = run("export", "--figures", figures, "-o", tmp_path)
    assert r.exit_code == 2
    assert r.stderr.splitlines() == [f"error: -o {tmp_path}: is a directory; give a file name"]


def test_a_part_of_cell_with_spaces_names_its_totals_as_the_checks_read_them(tmp_path):
    # "other; total" names two totals; every view reads the keys trimmed, as the checks do
    path = tmp_path / "f.csv"
    path.write_text("id,metric,amount,as_of,published,source,quote,part_of,kind,note,restates,currency\n"
                    "t1,total,$10 billion,2024-01-02,2024-01-02,a.txt,q,,,,,\n"
                    "t2,other,$20 billion,2024-01-02,2024-01-02,a.txt,q,,,,,\n", encoding="utf-8")
    r = run(*add_args(path, id="p1", metric="part", amount="$4 billion", as_of="2024-01-02",
                      published="2024-01-02"), "--new-metric", "--part-of", "other; total")
    assert r.exit_code == 0, r.output
    out = " ".join(r.stdout.split())
    assert "part, part of other, total" in out
    assert "Counted as a part of total (1 figure(s))." in out
    r = run(*add_args(path, id="t3", metric="total", amount="$10 billion", as_of="2024-01-02",
                      published="2024-01-02"))
    assert r.exit_code == 0, r.output
    assert "Its parts (part) are summed against it." in " ".join(r.stdout.split())
