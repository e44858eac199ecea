"""The `cumulative` check: a running total stated later may not lie wholly below one stated
earlier."""
import pytest

from tests.helpers import day, findings, flagged, serious, signature


def _cum(amount, as_of, **more):
    """A figure of the running total `cum`."""
    return dict(metric="cum", amount=amount, as_of=as_of, kind="cumulative", **more)


def test_cumulative_totals_must_not_shrink():
    f = serious(findings(_cum("$13B", "2023"), _cum("$10B", "2024")))
    assert list(f["check"]) == [("cumulative",)] and "running total" in f.iloc[0].message
    grows = serious(findings(_cum("$10B", "2023"), _cum("$13B", "2024")))
    assert grows.empty


def test_the_floor_is_dated_as_its_figure_writes_it():
    # A year is said as a year, not as its last day (nor as a later figure's date).
    f = serious(findings(_cum("$13B", "2023-05", id="a"), _cum("$5B", "2023-09", id="b"),
                         _cum("$10B", "2024", id="c")))
    assert flagged(f) == [{"b"}, {"c"}]
    assert all('a ("$13B") already stated as of 2023-05.' in m for m in f["message"])


def test_a_running_total_keeps_its_day():
    # A day apart would be one time for other metrics (a 7-day window); a running total grows
    # from day to day, so its figures are not compared as one.
    rows = [day("2024-04-03", metric="cum", amount="$13B", kind="cumulative"),
            day("2024-04-04", metric="cum", amount="$15B")]        # one row marks the metric
    assert serious(findings(*rows)).empty


@pytest.mark.parametrize("tied", [("x0", "x6"), ("x1", "x10")])
def test_a_floor_two_figures_set_alike_names_both_in_any_order_or_ids(tied):
    # Two identical figures set the floor on one date: the finding named the one listed last, and
    # a tie broken by id would follow the ids, whose order a renaming turns ("x1" < "x10" but
    # "1x" > "01x"). Reversed ids with a prefix, as the engine's property test renames them.
    floor = dict(metric="total", amount="$838 million", kind="cumulative", as_of="2019")
    other = dict(metric="alpha", amount="1 million dollars", as_of="2019")
    rows = [dict(floor, id=tied[0]), dict(other, id="x2"), dict(other, id="x3"),
            dict(metric="total", amount="1 million dollars", as_of="2020", id="x4"),
            dict(other, id="x5"), dict(other, id="x7"), dict(floor, id=tied[1])]
    renamed = [dict(r, id="new-" + r["id"][::-1]) for r in rows]
    back = {"new-" + r["id"][::-1]: r["id"] for r in rows}
    found = signature(findings(*rows))
    assert signature(findings(*rows[::-1])) == found, "the rows in the other order"
    assert signature(findings(*renamed), back) == found, "the ids renamed"
    # Both figures that set it are named.
    assert found == [(("cumulative",), "high", "total", tuple(sorted(("x4", *tied))))]


def test_figures_that_set_the_floor_on_one_date_each_say_how_they_wrote_it():
    f = serious(findings(_cum("$13B", "2023", id="a"),
                         _cum("13 billion dollars", "2023-12", id="b"),
                         _cum("$10B", "2024", id="c")))
    assert flagged(f) == [{"c"}] and set(f.iloc[0].figures) == {"a", "b", "c"}
    assert f.iloc[0].message.endswith('a ("$13B", as of 2023) and b ("13 billion dollars", '
                                      'as of 2023-12) already stated.')
