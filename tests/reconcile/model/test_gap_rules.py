"""The gap, slip and severity rules in array form equal plainly written per-figure oracles,
element by element, with NaN, infinities, zeros and negative values among the inputs."""
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.model import findings as F
from tests.helpers import examples

PROPERTY = settings(deadline=None, max_examples=examples(150))
# Any float, and the few values every rule must treat apart, drawn often.
NUMBER = st.one_of(st.floats(allow_nan=True, allow_infinity=True),
                   st.sampled_from([0.0, -0.0, 1.0, -1.0, 10.0, 0.01, 1000.0, math.inf,
                                    -math.inf, math.nan, 1.05, 1.25, 1.0499999, 1.2500001]),
                   st.floats(0.001, 100_000))
COLUMNS = st.integers(0, 30).flatmap(
    lambda n: st.tuples(*(st.lists(NUMBER, min_size=n, max_size=n) for _ in range(3))))


def gap_oracle(value, low, high):
    """How far a point lies from [low, high]: the rule as first written, one point at a time."""
    if value > high:
        return (value / high if high > 0 else math.inf), "above"
    if value < low:
        return (low / value if value > 0 else math.inf), "below"
    return 1.0, ""


def slip_oracle(ratio):
    if not ratio or not math.isfinite(ratio) or ratio <= 0:
        return 0
    k = round(math.log10(ratio))
    return k if k != 0 and abs(math.log10(ratio) - k) <= F.SLIP_TOLERANCE else 0


def severity_oracle(gap, vague, slip):
    if vague:
        return "low"
    if slip or gap >= F.HIGH_OFF:
        return "high"
    return "medium" if gap >= F.MEDIUM_OFF else "low"


def same(a: float, b: float) -> bool:
    return a == b or (math.isnan(a) and math.isnan(b))


@PROPERTY
@given(COLUMNS)
def test_point_gaps_equal_the_rule_point_by_point(columns):
    value, low, high = columns
    gaps, directions = F.point_gaps(value, low, high)
    want = [gap_oracle(*x) for x in zip(value, low, high)]
    assert len(gaps) == len(directions) == len(value)
    assert all(same(g, w) for g, (w, _) in zip(gaps.tolist(), want))
    assert directions.tolist() == [d for _, d in want]
    # The one-point form is one element of the array form, as plain Python values.
    for x, (w, d) in zip(zip(value, low, high), want):
        g, direction = F.point_gap(*x)
        assert type(g) is float and same(g, w) and direction == d


@PROPERTY
@given(st.lists(NUMBER, max_size=30))
def test_unit_slips_equal_the_rule_ratio_by_ratio(ratios):
    assert F.unit_slips(ratios).tolist() == [slip_oracle(r) for r in ratios]
    assert all(type(F.unit_slip(r)) is int and F.unit_slip(r) == slip_oracle(r) for r in ratios)


@PROPERTY
@given(st.lists(st.tuples(NUMBER, st.booleans(), st.integers(-4, 4)), max_size=30))
def test_severities_equal_the_rule_finding_by_finding(rows):
    gap, vague, slip = (list(c) for c in zip(*rows)) if rows else ([], [], [])
    want = [severity_oracle(*r) for r in rows]
    assert F.severities(gap, vague, slip).tolist() == want
    assert [F.severity_of(*r) for r in rows] == want


def test_the_edges_of_each_rule():
    gaps, directions = F.point_gaps([5.0, 0.5, 1.5, 5.0, -1.0, math.nan, math.inf],
                                    [1.0, 1.0, 1.0, -3.0, 1.0, 1.0, 1.0],
                                    [2.0, 2.0, 2.0, 0.0, 2.0, 2.0, 2.0])
    assert gaps.tolist() == [2.5, 2.0, 1.0, math.inf, math.inf, 1.0, math.inf]
    assert directions.tolist() == ["above", "below", "", "above", "below", "", "above"]
    # A point above an inverted interval (low > high) is above it: the upper side is asked first.
    assert [x.tolist() for x in F.point_gaps(2.0, 3.0, 1.0)] == [2.0, "above"]
    assert F.unit_slips([10.1, 0.0098, 1.0, 0.0, -10.0, math.nan, 1.2, 10 ** 1.049,
                         10 ** 1.051, 10 ** -2.951]).tolist() == [1, -2, 0, 0, 0, 0, 0, 1, 0, -3]
    assert F.severities([1.3, 1.1, 1.01, 3.0, 1.0, F.HIGH_OFF, F.MEDIUM_OFF],
                        [False, False, False, True, False, False, False],
                        [0, 0, 0, 0, 1, 0, 0]).tolist() == \
        ["high", "medium", "low", "low", "high", "high", "medium"]


@PROPERTY
@given(st.floats(0.01, 1e6), st.floats(0.01, 1e6))
def test_a_gap_in_percent_is_the_point_off_the_edge_it_passed(value, edge):
    # A reader recomputes the percentage from the two numbers a message shows: the point and the
    # yardstick's edge it lies beyond, as a share of that edge ($1.60 bn is 19.8 % below $1.995 bn).
    gap, direction = F.point_gap(value, edge, edge)
    words = F.gap_words(gap, direction, f"{edge:g}")
    if direction and words.startswith("less than 0.05 %"):
        # A gap too small to print at one decimal is said to be one, not "0.0 %".
        assert words == f"less than 0.05 % {direction} {edge:g}"
        assert 0 < abs(value - edge) / edge * 100 < 0.05 + 1e-9
    elif direction and "%" in words:
        said, unit, where, against = words.split(" ")
        assert (unit, where, against) == ("%", direction, f"{edge:g}")
        assert abs(float(said) - abs(value - edge) / edge * 100) <= 0.05 + 1e-9
        assert float(said) > 0
    assert F.gap_words(*F.point_gap(249.0, 249.05, 249.2), "249.05") == \
        "less than 0.05 % below 249.05"
    # From an interval, the gap names the edge it passed and that edge's value.
    assert F.edge_words(*F.point_gap(1.6, 1.995, 2.01), "1.995 bn", "[1.995 bn, 2.01 bn]") == \
        "19.8 % below 1.995 bn, the lower end of [1.995 bn, 2.01 bn]"
    assert F.edge_words(*F.point_gap(2.5, 1.995, 2.01), "2.01 bn", "them").startswith(
        "24.4 % above 2.01 bn, the upper end of")


def test_slip_words_name_a_myriad_slip_in_won_and_a_million_slip_anywhere():
    from reconcile.model.findings import slip_words
    assert slip_words(4, "KRW") == slip_words(-4, "JPY") == "a unit slip (억 for 조, or 만 for 억)"
    assert slip_words(4, "USD") == "a unit slip"            # no myriad place word in dollars
    # ... but Hong Kong and Taiwan dollars are written with 萬 and 億 in Chinese
    assert slip_words(4, "HKD") == slip_words(4, "TWD") == slip_words(4, "KRW")
    assert "million vs trillion" in slip_words(-6, "USD")
