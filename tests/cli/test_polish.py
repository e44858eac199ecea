"""A new user's first hour (issue 21, items 11 and 14-17): what the views say and how they fit."""
import re

from rich.cells import cell_len

from reconcile.store.figures import COLUMNS
from tests.helpers import run

ARTICLE = ("Acme Robotics said on Tuesday it would invest 1,570억 달러 in new plants over the "
           "next decade, after raising $6.6 billion from investors in March 2024. Its rival "
           "Borealis Motors had committed 약 12조 3000억 원 (about $9.9 billion) a year earlier, "
           "and more than 300 engineers will join the venture by 2026-03-15.\n")


def _figures(tmp_path, rows: str = ""):
    """A figures file of the given rows (CSV text) under the full header."""
    path = tmp_path / "f.csv"
    path.write_text(",".join(COLUMNS) + "\n" + rows, encoding="utf-8")
    return path


def test_extract_fits_80_columns_and_never_splits_an_amount(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    article = tmp_path / "acme.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run("extract", article, "--published", "2024-03-20")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(cell_len(line) for line in lines) <= 80
    for amount in ("1,570억 달러", "$6.6 billion", "약 12조 3000억 원"):
        assert any(amount in line for line in lines), amount
    assert "offsets" not in result.stdout
    assert len(lines) < 40


def test_convert_shows_the_text_whole_and_rates_as_report_does(monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    result = run("convert", "27억5000만달러", "약 12조 3000억 원", "--date", "2023-01-20",
                 "--to", "KRW")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "27억5000만달러" in result.stdout              # as written, not cut
    assert "KRW/USD" in result.stdout and "USD/KRW" not in result.stdout
    header = next(line for line in lines if "as written" in line)
    assert header.index("as written") < header.index("reads as")
    # At 80 columns an interval stays on one line.
    assert max(cell_len(line) for line in lines) <= 80
    assert any("[2.745 bn, 2.76 bn]" in line for line in lines)
    assert any(re.search(r"\[\S+ tn, \S+ tn\]", line) for line in lines)


def test_html_zero_counts_the_gap_and_the_legend(tmp_path):
    from reports import charts
    figures = _figures(tmp_path, "a1,acme_capex,$1 billion,2023,2023,a.txt,q1,,,,,\n"
                       "a2,acme_capex,$1 billion,2023,2023,b.txt,q2,,,,,\n"
                       "a3,acme_capex,$10 billion,2023,2023,c.txt,q3,,,,,\n")
    page = tmp_path / "r.html"
    result = run("export", "--figures", figures, "-o", page)
    assert result.exit_code == 0, result.output
    text = page.read_text(encoding="utf-8")
    summary = re.search(r'<p class="summary".*?</p>', text).group(0)
    for span in re.findall(r'<span class="sev ([^"]+)" data-severity="(\w+)">(\d+)', summary):
        classes, severity, count = span
        assert (f"sev-{severity}" in classes) == (int(count) > 0), span
    assert 'id="gap-note"' in text
    legend = re.search(r'id="legend">.*?</p>', text).group(0)
    for colour in [charts.AGREE_COLOUR, charts.RESTATEMENT_COLOUR, charts.OTHER_COLOUR,
                   *charts.SEVERITY_COLOUR.values()]:
        if colour != charts.SEVERITY_COLOUR["info"]:
            assert colour in legend, colour


def test_a_narrow_axis_still_has_two_labels():
    from types import SimpleNamespace

    from reports.charts import _ticks
    narrow = SimpleNamespace(log=False, vmin=1.0153e9, vmax=1.0168e9)
    assert len(_ticks(narrow)) >= 2


def test_help_names_every_answers_key_and_init_names_extract_and_scan(tmp_path):
    from reconcile.intake.walk import ANSWER_KEYS
    text = " ".join(run("extract", "--help").stdout.split())
    for key in ANSWER_KEYS:
        assert re.search(rf"\b{key}\b", text), key
    assert "required there" in text
    result = run("init", tmp_path / "f.csv")
    assert result.exit_code == 0 and "extract" in result.stdout and "scan" in result.stdout


def test_xlsx_rates_dates_and_large_amounts_read_as_numbers_and_dates(tmp_path):
    import csv
    import datetime as dt
    import io

    from openpyxl import load_workbook
    figures = tmp_path / "f.csv"
    with figures.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([
            COLUMNS,
            ["a1", "acme_capex", "1조 2345억 원", "2023-01-23", "2023-01-24", "a.txt", "q1"]
            + [""] * 5,
            ["a2", "acme_capex", "$1 billion", "2023-01", "2023-02", "=1+1", "y" * 40_000]
            + [""] * 5])
    out = tmp_path / "r.xlsx"
    result = run("export", "--figures", figures, "-o", out)
    assert result.exit_code == 0, result.output
    # A cut quote is said, not silent: one warning line naming the figure and the column.
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "a2, quote: 40,000 characters" in warnings[0]
    sheet = load_workbook(io.BytesIO(out.read_bytes()))["figures"]
    head = [c.value for c in sheet[1]]
    rows = {r[0].value: dict(zip(head, r)) for r in sheet.iter_rows(min_row=2)}
    won, dollar = rows["a1"], rows["a2"]
    assert "cut: 40,000 characters" in dollar["quote"].value
    assert isinstance(won["as_of"].value, dt.datetime)             # a full date is a date
    assert dollar["as_of"].value == "2023-01"
    # The rate as report writes it: KRW per USD, the unit named beside it.
    assert won["rate_unit"].value == "KRW/USD"
    assert 1000 < won["rate_min"].value <= won["rate_max"].value
    report = " ".join(run("report", "--figures", figures, "--all").stdout.split())
    assert f"{won['rate_min'].value:,.2f}–{won['rate_max'].value:,.2f} KRW/USD" in report
    # Money to its precision: whole dollars on a converted billion, no float cents.
    assert won["normalized_min"].value == int(won["normalized_min"].value)
    assert won["normalized_min"].number_format == "#,##0"
    # A formula-like text is text, shown without an apostrophe and kept text when edited.
    assert dollar["source"].value == "=1+1" and dollar["source"].data_type == "s"
    assert dollar["source"].quotePrefix


def test_help_lists_commands_in_the_order_of_the_work():
    text = run("--help").stdout
    commands = text[text.index("Commands:"):]
    order = [name for name in ("init", "extract", "add", "edit", "remove", "report", "export",
                               "convert")]
    positions = [commands.index(f"  {name} ") for name in order]
    assert positions == sorted(positions)


def test_add_fits_80_columns(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    figures = _figures(tmp_path)
    result = run("add", "--figures", figures, "--new-metric", "--id", "acme-1", "--metric",
                 "acme_plant_investment_2024", "--amount", "$5 billion", "--as-of",
                 "2024-03-15", "--published", "2024-03-20", "--source",
                 "acme-press-release-2024-03-20.txt", "--quote",
                 "Acme will invest $5 billion in its new plant")
    assert result.exit_code == 0, result.output
    assert max(cell_len(line) for line in result.stdout.splitlines()) <= 80


def test_convert_takes_the_currency_of_an_amount_that_names_none():
    refused = run("convert", "3조가 넘는", "--date", "2023-01-20")
    assert refused.exit_code == 2 and "--currency" in refused.stderr
    result = run("convert", "3조가 넘는", "--currency", "KRW", "--date", "2023-01-20", "--json")
    assert result.exit_code == 0, result.output
    import json
    row = json.loads(result.stdout)
    assert row["currency"] == "KRW" and row["converted"]["currency"] == "USD"
    kept = json.loads(run("convert", "$5 billion", "--currency", "KRW", "--json").stdout)
    assert kept["currency"] == "USD"        # a text that names its currency keeps it


def test_dates_are_ascii_and_year_0000_is_named_as_such():
    import pytest

    from currency.data.periods import PeriodError, parse_period
    with pytest.raises(PeriodError, match="expected YYYY-MM-DD"):
        parse_period("１９９９")                 # full-width digits
    with pytest.raises(PeriodError, match="no year 0000"):
        parse_period("0000")
    with pytest.raises(PeriodError, match="month must be 01 to 12"):
        parse_period("1999-13")
    assert str(parse_period("1999")) == "1999"
    span = parse_period("2023-12-12/2023-12-14")        # days, as ISO 8601 writes an interval
    assert (span.first.isoformat(), span.last.isoformat()) == ("2023-12-12", "2023-12-14")
    with pytest.raises(PeriodError, match="last day is before its first"):
        parse_period("2023-12-14/2023-12-12")
    with pytest.raises(PeriodError, match="expected YYYY-MM-DD"):
        parse_period("2023-12/2024-01")                  # a span is of days


def test_convert_and_report_give_one_interval_for_one_text(tmp_path):
    # Made-up dollar amounts (no rate in play): trailing zeros, a truncatable three digits, a hedge
    # and an open bound; convert's interval must be the one the checks compare through.
    import json
    texts = ["27억5000만달러", "약 6500억 달러", "$131,000", "more than $3 billion", "$6.60 billion"]
    figures = _figures(tmp_path, "".join(
                       f"x{i},acme_total_{i},\"{t}\",2024-01-05,2024-01-05,a{i}.txt,q{i},,,,,\n"
                       for i, t in enumerate(texts)))
    report = run("report", "--figures", figures, "--all", "--json", "--min-severity", "info")
    assert report.exit_code in (0, 1), report.output
    shown = {f["amount"]: (f["normalized_min"], f["normalized_max"])
             for f in json.loads(report.stdout)["figures"]}
    converted = run("convert", *texts, "--date", "2024-01-05", "--json")
    assert converted.exit_code == 0, converted.output
    for line in converted.stdout.splitlines():
        row = json.loads(line)
        lo, hi = shown[row["text"]]
        assert (row["low"], row["high"]) == (lo, hi), row["text"]
        assert (row["converted"]["low"], row["converted"]["high"]) == (lo, hi), row["text"]


def test_convert_and_report_write_a_rate_with_one_function(tmp_path):
    import json

    from currency import formatting as fmt
    assert fmt.rate(1 / 1335.27, "KRW", "USD") == fmt.rate(1335.27, "USD", "KRW")
    assert fmt.rate_range(1 / 1340, 1 / 1330, "KRW", "USD") == "1,330.00–1,340.00 KRW/USD"
    figures = _figures(tmp_path, "k1,acme_total,2조 원,2024-01-05,2024-01-05,a.txt,q,,,,,\n")
    report = run("report", "--figures", figures, "--all")
    converted = run("convert", "2조 원", "--date", "2024-01-05")
    rate = json.loads(run("convert", "2조 원", "--date", "2024-01-05", "--json").stdout)[
        "converted"]["rate"]
    text = fmt.rate(rate, "KRW", "USD")
    assert text.endswith("KRW/USD")
    assert text in " ".join(report.stdout.split()) and text in converted.stdout


def test_export_says_on_stderr_what_it_wrote(tmp_path):
    figures = _figures(tmp_path, "a1,acme_capex,$1 billion,2023-01,2023-02,a.txt,q1,,,,,\n"
                       "a2,acme_capex,$10 billion,2023-01,2023-02,b.txt,q2,,,,,\n"
                       "a3,acme_other,$3 billion,2023-01,2023-02,b.txt,q3,,,,,\n")
    out = tmp_path / "x.json"
    result = run("export", "--figures", figures, "-o", out, "--what", "figures")
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.strip() == f"wrote {out} (json: 3 figures, {out.stat().st_size:,} bytes)"
    result = run("export", "--figures", figures, "-o", tmp_path / "x.xlsx")
    assert "(xlsx: 1 finding and 3 figures," in result.stderr


def test_extract_add_questions_fit_80_columns_broken_between_words(tmp_path, monkeypatch):
    import cli.app
    monkeypatch.setattr(cli.app, "_stdin_is_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", "80")
    figures = _figures(tmp_path, "b1,borealis_motors_battery_plant_investment_total,$2 billion,2024-03,"
                       "2024-03-02,b.txt,q,,,,,\n")
    sentence = ("Borealis Motors, the electric carmaker headquartered in Tromsø, confirmed on "
                "Tuesday that it had committed $2.1 billion to its second battery plant.")
    article = tmp_path / "press.txt"
    article.write_text(sentence + "\n", encoding="utf-8")
    result = run("extract", article, "--published", "2024-03-20", "--add", "--figures",
                 figures, stdin="q\n")
    assert result.exit_code == 0, result.output
    shown = result.stdout[:result.stdout.index("accept, skip, edit or quit")].splitlines()
    assert max(cell_len(line) for line in shown) <= 80
    start = next(i for i, line in enumerate(shown) if line.startswith("   quote: "))
    end = next(i for i in range(start + 1, len(shown)) if not shown[i].startswith("     "))
    quote = " ".join(" ".join(shown[start:end]).split()).removeprefix("quote: ")
    assert end - start > 1 and quote in sentence         # wrapped, and whole words only
    assert "borealis_motors_battery_plant_investment_total" in {
        w for line in shown for w in line.split()}


def test_a_won_first_pair_says_its_rate_as_report_does(tmp_path):
    # A conversion into the stronger currency: the implied rate is below one (USD per KRW).
    article = tmp_path / "a.txt"
    article.write_text("Hanbit Chemical will spend 2조 원(약 15억 달러) on a new plant.\n",
                       encoding="utf-8")
    result = run("extract", article, "--published", "2024-03-05")
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    assert "implies 1,333.33 KRW/USD" in text and "USD/KRW" not in text
    assert re.search(r"ECB 1,3\d\d\.\d\d KRW/USD on 2024-03-05", text)


def test_a_pair_in_one_currency_says_how_far_apart_not_a_rate(tmp_path):
    # "80억달러(약 9조6000억달러)": a rate of USD in USD (1,200 USD/USD, ECB 1 USD/USD) tells a
    # reader nothing; how far apart the two are, and that no rate makes it, does.
    article = tmp_path / "a.txt"
    article.write_text("한빛은 80억달러(약 9조6000억달러)를 투자한다.\n", encoding="utf-8")
    result = run("extract", article, "--published", "2024-03-05")
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    assert "USD/USD" not in text, text
    assert "pair with #1, written in USD too: #1 is 1,200.00× larger" in text, text
    assert "pair with #0, written in USD too: #0 is 1,200.00× smaller" in text, text


def test_an_original_names_its_second_conversion_too(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Orvel bought the maker for €2 billion (about 3.1 trillion won, or $2.2 "
                       "billion).\n", encoding="utf-8")
    result = run("extract", article, "--published", "2024-03-05")
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    assert "pair with #1" in text and "also converted by #2" in text, text
    # the first conversion and the original name each other as their pair, not as "also"
    assert text.count("also converted by") == 1, text


def test_a_count_of_one_is_said_in_the_singular(tmp_path):
    article = tmp_path / "one.txt"
    article.write_text("Orvel paid $5 million for the plant.\n", encoding="utf-8")
    r = run("extract", str(article))
    assert r.exit_code == 0 and "1 candidate, 1 high confidence" in r.stdout.replace("\n", " ")
