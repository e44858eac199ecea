"""`convert` through click's runner: output, JSON and every bad-input path."""
import json
from pathlib import Path

import pytest

from tests.helpers import run

FIGURES = Path(__file__).resolve().parents[1] / "fixtures" / "figures.csv"


def test_json_has_the_promised_fields():
    r = run("convert", "100억 달러", "--to", "KRW", "--date", "2023-01-23", "--json")
    assert r.exit_code == 0, r.output
    row = json.loads(r.stdout)
    for key in ("text", "value", "currency", "low", "high", "bound"):
        assert key in row
    conv = row["converted"]
    assert conv["currency"] == "KRW" and conv["rate_date"] == "2023-01-23"
    assert conv["low"] <= conv["value"] <= conv["high"]
    assert 1100 < conv["rate"] < 1400


def test_rich_output_shows_the_rate_date():
    r = run("convert", "약 12조 3000억 원", "--date", "2023-01-22")
    assert r.exit_code == 0
    assert "2023-01-20" in r.stdout      # Sunday: the Friday fixing is used and shown


def test_an_amount_already_in_the_target_currency_claims_no_rate():
    r = run("convert", "$5 billion", "5조원", "--date", "2023-01-23")
    assert r.exit_code == 0, r.output
    assert "no rate (already USD)" in r.stdout and "USD/USD" not in r.stdout
    assert "KRW/USD" in r.stdout       # a converted amount still shows its rate


def test_stdin_batch_keeps_going_and_marks_the_bad_line():
    r = run("convert", "-", "--json", stdin="100억 달러\nno money here\n$5B\n")
    assert r.exit_code == 2
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [("error" in row) for row in rows] == [False, True, False]
    assert "no amount" in rows[1]["error"]


def test_no_amount_prints_one_line_and_a_marker_to_stderr_only():
    r = run("convert", "hello world")
    assert r.exit_code == 2
    assert r.stdout == ""
    assert r.stderr.splitlines()[0].startswith("error: no amount")
    assert r.stderr.splitlines()[-1].strip() == "^"


def test_unknown_currency_impossible_date_and_out_of_range():
    assert run("convert", "100 XYZ").exit_code == 2
    r = run("convert", "$1B", "--date", "2023-02-30")
    assert r.exit_code == 2 and "impossible date" in r.stderr
    # Outside the rate data: the nearest fixing, and the output says so (the README's policy).
    for day, edge in (("1990-01-01", "before the ECB data"), ("2199-12-31", "after the ECB data")):
        r = run("convert", "$1B", "--to", "KRW", "--date", day, "--json")
        conv = json.loads(r.stdout)["converted"]
        assert r.exit_code == 0 and edge in conv["rate_note"] and conv["rate_date"] in conv[
            "rate_note"]
    r = run("convert", "$1B", "--to", "XYZ")
    assert r.exit_code == 2 and "unknown currency" in r.stderr


def test_an_amount_already_in_the_target_currency_says_no_fixing_stands_in():
    r = run("convert", "$1B", "1조원", "--date", "1990-01-01", "--json")
    same, other = (json.loads(line)["converted"] for line in r.stdout.splitlines())
    assert "rate_note" not in same and same["rate"] == 1.0 and same["rate_date"] == "1990-01-01"
    assert "before the ECB data" in other["rate_note"]


def test_real_needs_to_be_asked_for():
    r = run("convert", "$1B", "--as-of", "2024-01-01")
    assert r.exit_code == 2 and "--real" in r.stderr
    r = run("convert", "$1B", "--date", "2019-07-22", "--real", "--as-of", "2024-07-01", "--json")
    conv = json.loads(r.stdout)["converted"]
    assert conv["value"] > 1e9 and conv["real"]["from_month"] == "2019-07"


def test_real_money_refuses_an_as_of_written_as_days_in_one_line():
    r = run("convert", "$1B", "--date", "2019-07-22", "--real", "--as-of", "2024-06-30/2024-07-01")
    assert r.exit_code == 2 and r.stdout == ""
    assert r.stderr == "error: --as-of: give a day or a month, not the days '2024-06-30/2024-07-01'\n"


@pytest.mark.parametrize("args, said", [
    # each option's line names only the forms it takes: a rate is of a day, constant money of
    # a day or a month; neither is offered the span of days a figure's date may be
    (["--date", "soon"], "error: --date: not a date: expected YYYY-MM-DD, got 'soon'\n"),
    (["--real", "--as-of", "soon"],
     "error: --as-of: not a date: expected YYYY-MM-DD or YYYY-MM, got 'soon'\n"),
    # a span of days is refused even when it is one day: a rate is read on a day written so
    (["--date", "2024-12-13/2024-12-13"],
     "error: --date: give a day, not the days '2024-12-13/2024-12-13'\n"),
])
def test_a_date_not_read_names_the_forms_its_option_takes(args, said):
    r = run("convert", "$1B", *args)
    assert r.exit_code == 2 and r.stdout == ""
    assert r.stderr == said


def test_real_money_of_a_day_before_the_rates_is_of_that_day_not_the_first_fixing():
    # Before 1999 a fixing stands in for the rate; the CPI still has the day's own month.
    r = run("convert", "1조원", "--date", "1990-05-01", "--real", "--as-of", "2024-07", "--json")
    conv = json.loads(r.stdout)["converted"]
    assert conv["real"]["from_month"] == "1990-05"
    assert "first fixing (1999-01-04)" in conv["rate_note"]


def test_stdin_gives_one_row_per_newline_whatever_else_the_line_holds():
    # U+2028/U+2029, NEL, VT and FF are characters of a pasted text, not ends of a line.
    texts = ["Orlavo paid $12 million\u2029for the mill", "Kestrel 1,500억 원\u2028more",
             "3 billion euros\x85later", "₩7억\x0bKRW", "\x0c250억 달러"]
    r = run("convert", "-", "--json", stdin="\n".join(texts[:3]) + "\r\n" + texts[3] + "\r"
            + texts[4] + "\n")
    rows = [json.loads(line) for line in r.stdout.split("\n") if line]
    assert [row["text"] for row in rows] == texts


def test_json_output_is_one_line_per_text_even_for_a_reader_that_splits_at_u2028():
    texts = ["Orlavo paid $12 million\u2029for the mill", "Kestrel 1,500억 원\u2028more"]
    r = run("convert", "-", "--json", stdin="\n".join(texts) + "\n")
    lines = r.stdout.splitlines()            # the way many readers cut lines
    assert [json.loads(line)["text"] for line in lines] == texts


@pytest.mark.parametrize("command", [["convert", "$1B"], ["report"], ["export", "--format", "csv"]])
def test_a_constant_money_date_before_the_cpi_data_names_the_option(command):
    # It was "no CPI before 1913-01: asked for 0001-01-01", naming no option.
    r = run(*command, "--real", "--as-of", "0001-01-01",
            *(["--figures", FIGURES] if command[0] != "convert" else []))
    assert r.exit_code == 2 and r.stdout == ""
    assert r.stderr.splitlines() == ["error: --as-of: no CPI before 1913-01: asked for 0001-01-01"]


def test_a_misspelt_currency_word_is_named_not_answered_with_another_currency():
    r = run("convert", "100억달라")
    assert r.exit_code == 2
    assert "did you mean 달러?" in r.stderr and "KRW" not in r.stderr, r.stderr


def test_a_real_word_after_a_number_is_not_guessed_to_be_a_currency():
    # "rounds" is one letter from "pounds", but at its first letter: a word, not a slip.
    r = run("convert", "5 rounds of talks")
    assert r.exit_code == 2 and "did you mean" not in r.stderr and "pounds" not in r.stderr, \
        r.stderr


def test_a_number_with_two_decimal_points_is_an_error_in_convert_and_in_a_figures_file(tmp_path):
    r = run("convert", "$1.2.3 billion")
    assert r.exit_code == 2 and "two decimal points" in r.stderr and "(column 5)" in r.stderr
    assert len(r.stderr.splitlines()) == 3, r.stderr      # the line, the text, the marker
    figures = tmp_path / "figures.csv"
    lines = FIGURES.read_text(encoding="utf-8").splitlines()
    head, first = lines[0].split(","), lines[1].split(",")
    first[head.index("amount")] = "$1.2.3 billion"
    figures.write_text("\n".join([lines[0], ",".join(first)]) + "\n", encoding="utf-8")
    r = run("report", "--figures", figures)
    assert r.exit_code == 2 and "two decimal points" in r.stderr, r.stderr


@pytest.mark.parametrize("text, column", [("$1e309", 3), ("1e309", 2), ("$1.5E+9", 5)])
def test_a_number_written_with_an_exponent_is_refused_by_convert(text, column):
    # Before, `$1e309` converted as $1, exit 0: the reader stopped at the letter.
    r = run("convert", text)
    assert r.exit_code == 2 and "exponent" in r.stderr and f"(column {column})" in r.stderr, \
        r.stderr
    assert len(r.stderr.splitlines()) == 3 and "Traceback" not in r.stderr, r.stderr


def test_an_amount_already_in_the_target_currency_names_no_rate_source():
    # No rate is read for it: naming the ECB data as its source would claim one was.
    r = run("convert", "$1B", "1조원", "--json")
    same, other = (json.loads(line)["converted"] for line in r.stdout.splitlines())
    assert same["rate_source"] is None and "ECB" in other["rate_source"]


@pytest.mark.parametrize("text, what", [("2.5%", "a share (percent)"), ("5일", "a duration (day)"),
                                        ("3 people", "a count (person)")])
def test_a_share_duration_or_count_is_said_not_to_be_money_not_sent_to_currency(text, what):
    # --currency cannot make a percentage money: the line says what the amount is instead
    for extra in ((), ("--currency", "KRW")):
        r = run("convert", *extra, text)
        assert r.exit_code == 2 and f"the amount is {what}, not money" in r.stderr, r.stderr
        assert "--currency" not in r.stderr


def test_a_name_several_currencies_share_asks_which_and_converts_with_currency():
    # "riyals" is money of a currency not said: not "a money, not money"; --currency says which.
    r = run("convert", "10 billion riyals")
    assert r.exit_code == 2 and "--currency, one of QAR, SAR" in r.stderr, r.stderr
    assert "not money" not in r.stderr
    # a code the name rules out is refused on one line, not converted as that currency
    r = run("convert", "10 billion riyals", "--currency", "USD")
    assert r.exit_code == 2 and "names one of QAR, SAR, not USD" in r.stderr, r.stderr
    assert "Traceback" not in r.output and r.stderr.count("error:") == 1
    r = run("convert", "10 billion riyals", "--currency", "SAR", "--json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["converted"]["value"] == pytest.approx(10e9 / 3.75)


def test_a_fixing_long_before_the_day_is_said():
    """A currency the ECB stopped fixing (RUB after 2022-03-01) is converted at its last fixing,
    and the row says so; a holiday's few days back (Easter 2020) say nothing."""
    r = run("convert", "100 RUB", "100 KRW", "--date", "2024-06-03", "--json")
    rub, krw = (json.loads(line)["converted"] for line in r.stdout.splitlines())
    assert rub["rate_date"] == "2022-03-01" and "2024-06-03" in rub["rate_note"]
    assert "rate_note" not in krw
    easter = json.loads(run("convert", "100 KRW", "--date", "2020-04-13", "--json").stdout)
    assert easter["converted"]["rate_date"] == "2020-04-09"
    assert "rate_note" not in easter["converted"]
    table = run("convert", "100 RUB", "--date", "2024-06-03").stdout
    assert "no ECB fixing of RUB/USD" in " ".join(table.split())


def test_each_row_after_the_data_says_the_fixing_it_used():
    """After the data, a stopped currency's row names its own old fixing, not the data's last
    fixing as used; a row converted at that last fixing still names it."""
    from currency.data.rates import rate_book
    last = rate_book().last_date.isoformat()
    r = run("convert", "100 RUB", "100 KRW", "--date", "2199-12-31", "--json")
    rub, krw = (json.loads(line)["converted"] for line in r.stdout.splitlines())
    assert rub["rate_date"] == "2022-03-01" and "(2022-03-01) is used" in rub["rate_note"]
    assert f"({last}) is used" not in rub["rate_note"] and last in rub["rate_note"]
    assert krw["rate_date"] == last and f"its last fixing ({last}) is used" in krw["rate_note"]


@pytest.mark.parametrize("stdin", ["", "\n", " \n\t\n"])
def test_standard_input_with_no_text_is_refused(stdin):
    """An empty file piped in is the wrong file: one line, exit 2, not an empty table."""
    r = run("convert", "-", stdin=stdin)
    assert r.exit_code == 2 and r.stdout == ""
    assert r.stderr.strip().splitlines() == [
        "error: <stdin>: no text to convert (the input is empty or blank lines only)"]


def test_standard_input_reads_a_hyphenated_half_compound():
    """The lenient reader starts an amount at "half-" before a place word, as the text's does."""
    r = run("convert", "-", "--json", stdin="half-billion-dollar\na two-to-three-billion-won loss\n")
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(row["value"], row["currency"]) for row in rows] == [(5e8, "USD"), (2.5e9, "KRW")]
