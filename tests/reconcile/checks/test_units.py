"""The `units` check: figures of one metric in different units (money, money per year, a duration,
a count) are never compared; durations in days and months are one unit."""
import math

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.checks.units import mixed_metrics
from tests.helpers import examples, findings, serious


def test_money_per_year_is_never_compared_with_money():
    f = findings(dict(metric="burn", amount="연간 50억 달러"), dict(metric="burn", amount="5억 달러"))
    assert list(f["check"]) == [("units",)] and f.iloc[0].severity == "medium"


def test_an_amount_paid_every_year_is_not_compared_with_a_sum():
    # Made-up "Orvel will pay Kestrel $125 million every year": a yearly rate, not a sum ten
    # times smaller than "$1.25 billion"
    f = findings(dict(metric="pay", amount="$125 million every year"),
                 dict(metric="pay", amount="$1.25 billion"))
    assert list(f["check"]) == [("units",)] and "(USD: f1; USD / year: f0)" in f.iloc[0].message


def test_a_conversion_of_a_yearly_amount_is_yearly_too():
    # Made-up "연간 10억 달러(약 1조 2300억 원)": the won amount names no period of its own but
    # restates a yearly one; the same won amount restating nothing is a sum, and is not compared
    yearly, won = dict(metric="sales", amount="연간 10억 달러"), dict(metric="sales",
                                                                  amount="약 1조 2300억 원")
    assert serious(findings(yearly, dict(won, restates="f0"))).empty
    f = findings(yearly, won)
    assert list(f["check"]) == [("units",)]
    assert "(USD: f1; USD / year: f0)" in f.iloc[0].message


def test_a_period_its_quote_gives_the_noun_makes_a_figure_a_rate():
    # Made-up: the quote says the amount is an annual cap, so it is yearly like "연간 200억 달러"
    # and agrees with it; the same amount quoted as a one-off is a sum, not compared with it.
    cap = dict(metric="cap", amount="$20 billion", quote="Orin set an annual cap set at $20 billion")
    yearly = dict(metric="cap", amount="연간 200억 달러")
    assert findings(cap, yearly).empty
    f = findings(dict(cap, quote="Orin paid a one-off $20 billion"), yearly)
    assert list(f["check"]) == [("units",)]
    f = findings(cap, dict(metric="cap", amount="$21 billion", quote="a pledge of $21 billion"))
    assert list(f["check"]) == [("units",)] and "(USD: f1; USD / year: f0)" in f.iloc[0].message


def test_durations_compare_across_units_and_counts_do_not_mix_with_them():
    f = serious(findings(dict(metric="t", amount="5일"), dict(metric="t", amount="약 두 달")))
    assert list(f["check"]) == [("same_fact",)] and f.iloc[0].severity == "high"
    assert serious(findings(dict(metric="t", amount="60일"), dict(metric="t", amount="두 달"))).empty


def test_each_mixed_metric_is_said_once_with_its_figures_by_unit():
    # Made-up: Orin Labs' burn as yearly money, money and days; Kestel's raise as money and days.
    f = findings(dict(metric="orin_burn", amount="연간 50억 달러"),
                 dict(metric="kestel_raise", amount="2일"),
                 dict(metric="orin_burn", amount="5억 달러"),
                 dict(metric="orin_burn", amount="3일"),
                 dict(metric="kestel_raise", amount="$1B"),
                 dict(metric="orin_burn", amount="연간 2억 달러"))
    said = {r.metric: r.message for r in f.itertuples() if "units" in r.check}
    assert set(said) == {"orin_burn", "kestel_raise"}
    assert "(USD: f2; USD / year: f0, f5; day: f3)" in said["orin_burn"]
    assert "(USD: f4; day: f1)" in said["kestel_raise"]
    units_only = f[f["check"].map(lambda c: c == ("units",))]
    assert list(units_only["flagged"]) == [("f1", "f4")]


MAYBE = st.sampled_from(["a", "b", "c", None, math.nan])


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(st.tuples(MAYBE, MAYBE), max_size=12))
def test_mixed_metrics_are_those_with_more_than_one_unit_missing_ones_not_counted(rows):
    metric = pd.Series([m for m, _ in rows], dtype=object)
    unit = pd.Series([u for _, u in rows], dtype=object)
    per_metric = pd.DataFrame({"metric": metric, "c_unit": unit}).groupby("metric")[
        "c_unit"].nunique()
    assert sorted(mixed_metrics(metric, unit)) == sorted(per_metric[per_metric > 1].index)
