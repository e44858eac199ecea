"""The `units` check: figures of one metric in different units (money, money per year, a duration,
a count) are never compared; durations in days and months are one unit."""
from tests.helpers import findings, serious


def test_money_per_year_is_never_compared_with_money():
    f = findings(dict(metric="burn", amount="연간 50억 달러"), dict(metric="burn", amount="5억 달러"))
    assert list(f["check"]) == [("units",)] and f.iloc[0].severity == "medium"


def test_durations_compare_across_units_and_counts_do_not_mix_with_them():
    f = serious(findings(dict(metric="t", amount="5일"), dict(metric="t", amount="약 두 달")))
    assert list(f["check"]) == [("same_fact",)] and f.iloc[0].severity == "high"
    assert serious(findings(dict(metric="t", amount="60일"), dict(metric="t", amount="두 달"))).empty
