"""The `cumulative` check: a running total stated later may not lie wholly below one stated
earlier."""
from tests.helpers import day, findings, flagged, serious


def test_cumulative_totals_must_not_shrink():
    f = serious(findings(dict(metric="cum", amount="$13B", as_of="2023", kind="cumulative"),
                         dict(metric="cum", amount="$10B", as_of="2024", kind="cumulative")))
    assert list(f["check"]) == [("cumulative",)] and "running total" in f.iloc[0].message
    grows = serious(findings(dict(metric="cum", amount="$10B", as_of="2023", kind="cumulative"),
                             dict(metric="cum", amount="$13B", as_of="2024", kind="cumulative")))
    assert grows.empty


def test_the_floor_is_dated_as_its_figure_writes_it():
    # A year is said as a year, not as its last day (nor as a later figure's date).
    f = serious(findings(dict(id="a", metric="cum", amount="$13B", as_of="2023-05",
                              kind="cumulative"),
                         dict(id="b", metric="cum", amount="$5B", as_of="2023-09",
                              kind="cumulative"),
                         dict(id="c", metric="cum", amount="$10B", as_of="2024",
                              kind="cumulative")))
    assert flagged(f) == [{"b"}, {"c"}]
    assert all('a ("$13B") already stated as of 2023-05.' in m for m in f["message"])


def test_a_running_total_keeps_its_day():
    # A day apart would be one time for other metrics (a 7-day window); a running total grows
    # from day to day, so its figures are not compared as one.
    rows = [day("2024-04-03", metric="cum", amount="$13B", kind="cumulative"),
            day("2024-04-04", metric="cum", amount="$15B")]        # one row marks the metric
    assert serious(findings(*rows)).empty
