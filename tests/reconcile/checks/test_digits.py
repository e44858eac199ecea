"""The `digits` check: two typed figures of one fact and time may not be the same digits in
another order, nor, exact to three or more significant digits at one rounding unit, differ in one
digit. Figures said to be conversions, and roundings of one longer number, are no slips."""
import numpy as np
import pandas as pd

from reconcile.checks import earlier
from tests.helpers import by_check, checks_of, findings, flagged, serious


def test_transposed_digits_are_a_finding_inside_the_tolerance():
    f = serious(findings(*[dict(metric="m", amount="687억 달러")] * 3,
                         dict(metric="m", amount="약 678억달러")))
    assert flagged(f) == [{"f3"}] and "digits" in f.iloc[0].check
    assert "same digits in another order" in f.iloc[0].message


def test_one_digit_changed_in_exact_prices_is_a_finding_but_not_in_rounded_ones():
    f = serious(findings(*[dict(metric="p", amount="149,700원")] * 2,
                         dict(metric="p", amount="149,800원")))
    assert flagged(f) == [{"f2"}]
    g = serious(findings(*[dict(metric="p", amount="약 69억 달러")] * 2,
                         dict(metric="p", amount="약 68억 달러")))
    assert g.empty


def test_a_figure_said_to_be_a_conversion_is_no_digit_slip():
    typed = [dict(metric="halden_sale", amount="1,234억원", quote=f"매각가 1,234억원 {i}")
             for i in range(2)]
    f = findings(*typed, dict(metric="halden_sale", amount="1,243억원",
                              quote="매각가는 당시 환율로 1,243억원이었다"))
    assert "digits" not in checks_of(f)
    g = findings(*typed, dict(metric="halden_sale", amount="1,243억원",
                              quote="매각가는 1,243억원이었다"))
    assert "digits" in checks_of(serious(g))


def test_won_figures_of_a_dollar_fact_are_conversions_so_no_digit_slip():
    # Orlen Shipping's $412.5 million, restated in won; two won-only stories give 5,367억원 and
    # 5,376억원, each a conversion at its own date (2024-03-04 and 2024-06-28 rates).
    signed, closed = "2024-03-04", "2024-06-28"
    q = "오를렌 해운 지분을 4억1250만 달러(약 5,496억원)에 샀다"
    rows = [dict(id="o1", metric="orlen", amount="4억1250만 달러", quote=q, as_of=signed,
                 published=signed),
            dict(id="o2", metric="orlen", amount="약 5,496억원", quote=q, restates="o1",
                 as_of=signed, published=signed),
            dict(id="o3", metric="orlen", amount="5,496억원", as_of=signed, published=signed),
            dict(id="o4", metric="orlen", amount="5,469억원", as_of=signed, published=closed)]
    f = findings(*rows)
    assert "digits" not in checks_of(f)


def test_a_rounded_figure_beside_a_precise_one_is_no_one_digit_slip():
    # 3천 870억 may be 3865억 to 3875억: 3874억 lies inside, its one changed digit is no slip.
    f = findings(dict(metric="kell_part", amount="3천 870억 원"),
                 dict(metric="kell_part", amount="3874억원"))
    assert "digits" not in checks_of(f)


def test_rounding_and_truncating_one_longer_number_is_no_one_digit_slip():
    # 8,146억5000만원 disclosed: one story truncates (8146억), one rounds (8,147억).
    f = findings(dict(metric="tamar_price", amount="8146억원"),
                 dict(metric="tamar_price", amount="8,147억원"))
    assert "digits" not in checks_of(f)
    # A price written out in full has no longer number behind it: one digit is a slip.
    g = findings(*[dict(metric="tamar_laptop", amount="$1,249")] * 2,
                 dict(metric="tamar_laptop", amount="$1,248"))
    assert "digits" in checks_of(serious(g))


def test_figures_without_a_currency_are_not_read_for_digit_slips():
    # The check reads money only: a count or a share whose digits are swapped is left to the
    # same-fact check.
    for said, swapped in [("687명", "678명"), ("68.7%", "67.8%")]:
        f = findings(*[dict(metric="m", amount=said)] * 3, dict(metric="m", amount=swapped))
        assert checks_of(f) == {"same_fact"}


def test_a_price_inside_a_stated_range_is_no_digit_slip_of_the_range():
    # Kestrel's offer range 18~21달러 has the midpoint 19.5, digits nobody typed: "20" is no
    # transposition of them, and 20 lies inside the range.
    f = findings(*[dict(metric="kestrel_offer", amount="18~21달러")] * 3,
                 dict(metric="kestrel_offer", amount="20달러"))
    assert "digits" not in checks_of(f)
    g = findings(*[dict(metric="norden_offer", amount="$18 to $21")] * 3,
                 dict(metric="norden_offer", amount="$20"))
    assert "digits" not in checks_of(g)


def test_a_price_outside_a_stated_range_is_still_judged_by_its_ends():
    # Leaving ranges out of the digit rule must not silence a figure far off the range.
    f = serious(findings(*[dict(metric="halvard_offer", amount="$18 to $21")] * 3,
                         dict(metric="halvard_offer", amount="$12")))
    assert flagged(f) == [{"f3"}]


def test_the_earlier_rate_rule_reads_no_range_as_a_digit_slip():
    # Made-up: a range's midpoint 19,430 and a typed 14,930 are the same digits in another
    # order, but the range's digits were never written: no slip explains the rate away
    df = pd.DataFrame(dict(typed=[True, True], bound=["range", "exact"],
                           value=[19430.0, 14930.0], precision=[10.0, 10.0], u=[10.0, 10.0]))
    both = np.array([0, 1])
    assert not earlier._digit_slip(df, 1, both) and not earlier._digit_slip(df, 0, both)


def test_a_round_figure_the_precise_figures_round_to_is_not_the_slip_of_a_digit_tie():
    # Orvel's per-shop average: three reports give $125,421, one rounds it to $125,000, one gives
    # $128,000. The two round figures are one digit apart, one each, but the precise three
    # round to $125,000: the $128,000 alone is the likelier slip.
    precise = [dict(id=f"p{i}", metric="orvel_avg", amount="$125,421") for i in range(3)]
    f = by_check(findings(*precise, dict(id="r", metric="orvel_avg", amount="$125,000"),
                          dict(id="c", metric="orvel_avg", amount="$128,000")), "digits")
    assert flagged(f) == [{"c"}]
    assert "1 figure states the latter and 3 more round to it, against 1" in f.iloc[0].message


def test_a_digit_tie_no_other_figure_rounds_to_still_flags_both():
    f = by_check(findings(dict(id="r", metric="orvel_avg", amount="$125,000"),
                          dict(id="c", metric="orvel_avg", amount="$128,000"),
                          dict(id="x", metric="orvel_avg", amount="$126,910")), "digits")
    # merged with the same-fact finding, which may flag the third as well
    assert len(f) == 1 and {"r", "c"} <= flagged(f)[0]
    assert "nothing but precision tells which" in f.iloc[0].message


def test_one_figure_rounding_to_a_side_breaks_no_digit_tie():
    # "$128,072" may be another day's total grouped in: alone it does not make "$125,000" the
    # slip; both stay flagged, as without the rounding rule.
    f = by_check(findings(dict(id="r", metric="orvel_avg", amount="$125,000"),
                          dict(id="c", metric="orvel_avg", amount="$128,000"),
                          dict(id="x", metric="orvel_avg", amount="$128,072")), "digits")
    assert len(f) == 1 and {"r", "c"} <= flagged(f)[0]
    assert "nothing but precision tells which" in f.iloc[0].message


def test_figures_of_one_article_rounding_to_a_side_break_no_digit_tie():
    one = dict(metric="orvel_avg", amount="$128,072", source="same.txt")
    f = by_check(findings(dict(id="r", metric="orvel_avg", amount="$125,000"),
                          dict(id="c", metric="orvel_avg", amount="$128,000"),
                          dict(one, id="x"), dict(one, id="y")), "digits")
    assert len(f) == 1 and {"r", "c"} <= flagged(f)[0]


def test_two_articles_rounding_to_a_side_break_a_digit_tie():
    f = by_check(findings(dict(id="r", metric="orvel_avg", amount="$125,000"),
                          dict(id="c", metric="orvel_avg", amount="$128,000"),
                          dict(id="x", metric="orvel_avg", amount="$128,072"),
                          dict(id="y", metric="orvel_avg", amount="$128,072")), "digits")
    assert flagged(f) == [{"r"}]
    assert "1 figure states the latter and 2 more round to it, against 1" in f.iloc[0].message


def test_figures_count_for_a_round_value_only_within_others_rounding_of_it():
    # "$120,000" rounds at its ten thousands (±5,000, 4.2 %), but another article's figure
    # counts for it only within OTHERS_ROUNDING (2.5 %, ±3,000): two $123,400 (2.8 %) do not,
    # and "$102,000", its digits in another order, is no likelier the slip than it.
    f = by_check(findings(dict(id="r", metric="orvel_avg", amount="$120,000"),
                          dict(id="c", metric="orvel_avg", amount="$102,000"),
                          dict(id="x", metric="orvel_avg", amount="$123,400"),
                          dict(id="y", metric="orvel_avg", amount="$123,400")), "digits")
    assert len(f) == 1 and {"r", "c"} <= flagged(f)[0]


def test_transposed_digits_with_one_figure_near_the_round_side_flag_all():
    # "$130,100" and "$131,000" are transposed; "$130,700" rounds to the second but is one
    # figure, and a digit from the first: nothing tells which is the slip, all three stay.
    f = by_check(findings(dict(id="a", metric="orvel_avg", amount="$130,100"),
                          dict(id="b", metric="orvel_avg", amount="$131,000"),
                          dict(id="x", metric="orvel_avg", amount="$130,700")), "digits")
    assert len(f) == 1 and flagged(f)[0] == {"a", "b", "x"}
    assert "more round to it" not in f.iloc[0].message
