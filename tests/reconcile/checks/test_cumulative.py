"""The `cumulative` check: a running total stated later may not lie wholly below one stated
earlier."""
from tests.helpers import day, findings, serious


def test_cumulative_totals_must_not_shrink():
    f = serious(findings(dict(metric="cum", amount="$13B", as_of="2023", kind="cumulative"),
                         dict(metric="cum", amount="$10B", as_of="2024", kind="cumulative")))
    assert list(f["check"]) == [("cumulative",)] and "running total" in f.iloc[0].message
    grows = serious(findings(dict(metric="cum", amount="$10B", as_of="2023", kind="cumulative"),
                             dict(metric="cum", amount="$13B", as_of="2024", kind="cumulative")))
    assert grows.empty


def test_a_running_total_keeps_its_day():
    # A day apart would be one time for other metrics (a 7-day window); a running total grows
    # from day to day, so its figures are not compared as one.
    rows = [day("2024-04-03", metric="cum", amount="$13B", kind="cumulative"),
            day("2024-04-04", metric="cum", amount="$15B")]        # one row marks the metric
    assert serious(findings(*rows)).empty
