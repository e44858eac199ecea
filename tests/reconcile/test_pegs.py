"""A figures file with dirhams and dollars: reconciled through the dirham's dollar peg."""
import datetime as dt

import pytest

from currency.data.pegs import USD_PEGS
from reconcile.model.findings import RANK
from tests.helpers import run

HEADER = "id,metric,amount,as_of,published,source,quote,restates,currency\n"


def _file(tmp_path, rows: str):
    path = tmp_path / "figures.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def _serious(path):
    from reconcile.engines.local import reconcile
    from reconcile.store.figures import load_figures
    f = reconcile(load_figures(path)).findings
    return sorted(x for ids, s in zip(f["flagged"], f["severity"]) if RANK[s] >= RANK["low"]
                  for x in ids)


@pytest.mark.parametrize("dollars, flagged", [("$3.5 billion", []), ("$3.9 billion", ["a2"])])
def test_a_conversion_at_the_peg_agrees_and_one_10_percent_off_is_flagged(tmp_path, dollars,
                                                                          flagged):
    # 12.9 billion dirhams at 3.6725 a dollar are $3.513 billion; $3.9 billion is 11 % more.
    path = _file(tmp_path, f'a1,deal,AED 12.9 billion,2024-03-01,2024-03-01,a.txt,"AED 12.9 '
                           f'billion ({dollars})",,\n'
                           f'a2,deal,{dollars},2024-03-01,2024-03-01,a.txt,"AED 12.9 billion '
                           f'({dollars})",a1,\n')
    assert _serious(path) == flagged


@pytest.mark.parametrize("dollars, flagged", [("$3.51 billion", []),
                                              ("$3.87 billion", ["b1"])])
def test_sources_in_dirhams_and_dollars_are_one_fact_at_the_peg(tmp_path, dollars, flagged):
    # Two sources say 12.9 billion dirhams ($3.513 billion at the peg); $3.87 billion is 10 % more.
    path = _file(tmp_path, "a1,deal,AED 12.9 billion,2024-03-01,2024-03-01,a.txt,a deal,,\n"
                           "a2,deal,AED 12.9 billion,2024-03-01,2024-03-02,c.txt,the deal,,\n"
                           f"b1,deal,{dollars},2024-03-01,2024-03-02,b.txt,its deal,,\n")
    assert _serious(path) == flagged


def test_the_report_names_the_peg_and_its_source(tmp_path):
    path = _file(tmp_path, 'a1,deal,AED 12.9 billion,2024-03-01,2024-03-01,a.txt,"AED 12.9 '
                           'billion ($3.9 billion)",,\n'
                           'a2,deal,$3.9 billion,2024-03-01,2024-03-01,a.txt,"AED 12.9 billion '
                           '($3.9 billion)",a1,\n')
    out = run("report", "--figures", path)
    assert out.exit_code == 0, out.output
    header, _, figure = out.stdout.partition("AED 12.9 billion →")
    header, figure = " ".join(header.split()), " ".join(figure.split())
    assert "ECB USD × 3.6725 AED/USD peg since 1997-11-22 (Central Bank of the UAE)" in header
    # The figure's own rate line, after its amount: whole, not cut in the middle.
    assert "ECB USD × 3.6725 AED/USD peg (CBUAE) ±1% for the rate source" in figure


@pytest.mark.parametrize("amount, currency, as_of, reason", [
    # QAR's peg began 2001-07-09, inside the ECB data.
    ("QAR 10 billion", "", "2000-03-01",
     "QAR is pegged to the US dollar only from 2001-07-09 (Qatar Central Bank)"),
    # The currency cell's, for an amount with no unit; a period that ends before the peg.
    ("10 billion", "QAR", "2001-06", "QAR is pegged to the US dollar only from 2001-07-09 "
                                     "(Qatar Central Bank)"),
    # SAR's peg began 1986-06-01; 1985 lies before the ECB data too, whose first fixing would
    # otherwise stand in and agree at the peg.
    ("SAR 10 billion", "", "1985-03-01",
     "SAR is pegged to the US dollar only from 1986-06-01 (Saudi Arabian Monetary Agency)"),
])
def test_a_figure_as_of_a_day_before_its_peg_is_refused_where_its_row_is(tmp_path, amount,
                                                                        currency, as_of, reason):
    path = _file(tmp_path, f"a1,deal,{amount},{as_of},2001-08-01,a.txt,x,,{currency}\n"
                           f"a2,deal,$2.67 billion,{as_of},2001-08-01,a.txt,x,a1,\n")
    out = run("report", "--figures", path)
    assert out.exit_code == 2
    assert out.output.strip().splitlines() == [f"error: {path}:2: as_of: {as_of}: {reason}"]


def test_a_figure_as_of_the_period_its_peg_began_in_is_loaded(tmp_path):
    # July 2001 ends after QAR's peg began on 2001-07-09: it has a rate on part of the month.
    path = _file(tmp_path, "a1,deal,QAR 10 billion,2001-07,2001-08-01,a.txt,x,,\n"
                           "a2,deal,$2.75 billion,2001-07,2001-08-01,a.txt,x,a1,\n")
    out = run("report", "--figures", path)
    assert out.exit_code == 0, out.output


@pytest.mark.parametrize("as_of, published, says", [
    ("2000-03-01", "2000-03-01", "--as-of: 2000-03-01"),
    # a year partly pegged, published before the peg: the checks rate the publication day too
    ("2001", "2001-03-01", "--published: 2001-03-01"),
])
def test_add_refuses_a_figure_before_its_peg_and_leaves_the_file_as_it_was(tmp_path, as_of,
                                                                            published, says):
    path = _file(tmp_path, "a1,deal,$2.7 billion,2005-03-01,2005-03-01,a.txt,x,,\n")
    before = path.read_bytes()
    out = run("add", "--figures", path, "--id", "q1", "--metric", "deal", "--amount",
              "QAR 10 billion", "--as-of", as_of, "--published", published,
              "--source", "a.txt", "--quote", "QAR 10 billion")
    assert out.exit_code == 2
    assert out.output.strip().splitlines() == [
        f"error: {says}: QAR is pegged to the US dollar only from 2001-07-09 (Qatar Central Bank)"]
    assert path.read_bytes() == before


def test_a_figure_published_before_its_peg_is_refused_where_its_row_is(tmp_path):
    # The checks rate a figure on its publication day too: a year's figure (2001, part of it
    # pegged) published on 2001-03-01, before QAR's peg began, has no rate on that day.
    path = _file(tmp_path, "a1,deal,QAR 10 billion,2001,2001-03-01,a.txt,x,,\n")
    out = run("report", "--figures", path)
    assert out.exit_code == 2
    assert out.output.strip().splitlines() == [
        f"error: {path}:2: published: 2001-03-01: QAR is pegged to the US dollar only from "
        "2001-07-09 (Qatar Central Bank)"]


def test_scans_dollar_value_of_a_pegged_amount_is_none_before_its_peg():
    # Before the ECB data the first fixing stands in, which lies after the dirham's peg began:
    # the day asked for decides, as for every other rate path.
    from reconcile.scan.mentions import in_usd
    since = USD_PEGS["AED"].since
    assert in_usd(3.6725e9, "AED", since - dt.timedelta(days=1)) is None
    assert in_usd(3.6725e9, "AED", since) == pytest.approx(1e9)


def test_a_rate_between_two_pegged_currencies_keeps_both_pegs_on_an_80_column_line(tmp_path,
                                                                                  monkeypatch):
    # AED in SAR names both pegs, too long for one line: each peg's rate and source stay whole.
    monkeypatch.setenv("COLUMNS", "80")
    path = _file(tmp_path, 'a1,deal,AED 12.9 billion,2024-03-01,2024-03-01,a.txt,"AED 12.9 '
                           'billion (SAR 14.5 billion)",,\n'
                           'a2,deal,SAR 14.5 billion,2024-03-01,2024-03-01,b.txt,"SAR 14.5 '
                           'billion",a1,\n')
    out = run("report", "--figures", path, "--currency", "SAR", "--all")
    assert out.exit_code == 0, out.output
    figure = out.stdout.partition("AED 12.9 billion →")[2]
    assert max(len(line) for line in out.stdout.splitlines()) <= 80
    assert "…" not in figure
    figure = " ".join(figure.split())
    assert ("ECB USD × 3.6725 AED/USD peg (CBUAE) and 3.75 SAR/USD peg (SAMA) ±1% for the rate "
            "source") in figure
