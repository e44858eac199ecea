"""The `place_gap` check: an amount may not leave out a place word between its groups."""
import pytest

from currency.text.slips import place_gap
from tests.helpers import by_check, findings, serious


@pytest.mark.parametrize("text, meant", [
    ("약 12조3500원", "약 12조3500억원"),
    ("8조 2000만 원", "8조 2000억 원"),
    ("5억7,000원", "5억7,000만원"),
    ("3억1500달러", "3억1500만달러"),
])
def test_a_group_standing_where_a_lower_place_word_belongs_gets_it_back(text, meant):
    assert place_gap(text) == meant


@pytest.mark.parametrize("text", ["12조3500억원", "3만 5000원", "8조 2000억 원", "5억 달러", "2조3억엔",
                                  "1억 500원", "149,700원", "$12 billion", "2억 3,457원",
                                  "1억 1234원"])
def test_an_amount_with_every_place_word_has_no_gap(text):
    assert place_gap(text) is None


def test_a_conversion_that_lost_its_place_word_is_flagged_though_its_value_fits():
    # 12조 3500원 is within a percent of 12조3500억원: only the form shows the slip.
    days = dict(as_of="2024-05-02", published="2024-05-02")
    f = serious(findings(dict(metric="m", amount="85억 달러", **days),
                         dict(metric="m", amount="약 12조3500원", restates="f0", **days)))
    gap = by_check(f, "place_gap")
    assert list(gap["flagged"]) == [("f1",)] and "12조3500억원" in gap.iloc[0].message
    assert gap.iloc[0].severity == "medium"


def test_figures_with_every_place_word_give_no_place_gap_finding():
    days = dict(as_of="2024-05-02", published="2024-05-02")
    f = findings(dict(metric="m", amount="85억 달러", **days),
                 dict(metric="m", amount="약 12조3500억원", restates="f0", **days))
    assert not f["check"].map(lambda c: "place_gap" in c).any()
