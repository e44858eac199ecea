"""The `ranges` check: two range figures of one fact agree only when both ends agree within their
rounding; a range against a point is left to `same_fact`. Pellucid Bio's IPO price range, filed
at 25~27 dollars (made up)."""
from tests.helpers import checks_of, findings, flagged, serious


def _ipo(*amounts):
    return [dict(metric="pellucid_ipo_range", amount=a, quote=f"공모가 범위 {a} ({i})")
            for i, a in enumerate(amounts)]


def test_a_range_that_only_touches_the_filed_range_is_a_finding():
    f = serious(findings(*_ipo("18~25달러", "25~27달러", "25~27달러", "25~27달러")))
    assert flagged(f) == [{"f0"}] and "ranges" in checks_of(f)


def test_the_same_range_written_two_ways_agrees():
    f = findings(*_ipo("25~27달러", "$25-$27"))
    assert serious(f).empty


def test_two_ranges_with_different_ends_and_no_majority_are_both_flagged():
    f = serious(findings(*_ipo("21~25달러", "25~27달러")))
    assert flagged(f) == [{"f0", "f1"}]


def test_a_range_against_a_point_keeps_the_interval_rule():
    # $26 lies inside 25~27 dollars: no finding, as before.
    f = findings(*_ipo("25~27달러", "$26", "$26"))
    assert serious(f).empty


def test_two_ranges_without_a_majority_are_judged_alike_in_either_order():
    # 18~23 against 23~27: 18 is 1.25× below 22.5, 23 only 1.24× above 18.5; the larger gap
    # (high) stands whichever range the file lists first.
    one = serious(findings(*_ipo("18~23달러", "23~27달러")))
    other = serious(findings(*_ipo("23~27달러", "18~23달러")))
    assert list(one["severity"]) == list(other["severity"]) == ["high"]
    assert list(one["gap"]) == list(other["gap"])
