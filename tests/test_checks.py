"""Each check on small figure sets written for the test."""
import datetime as dt

from currency.data.rates import rate_book
from tests.helpers import findings, serious


def flagged(f):
    """The figures judged wrong, one set per finding."""
    return [set(x.split(";")) for x in f["flagged"]]


def test_same_fact_flags_the_odd_one_out_as_a_unit_slip():
    f = findings(dict(metric="deal", amount="10억 달러"), dict(metric="deal", amount="$1.0B"),
                 dict(metric="deal", amount="1억 달러"))
    s = serious(f)
    assert len(s) == 1
    row = s.iloc[0]
    assert (row.check, row.severity, row.flagged) == ("same_fact", "high", "f2")
    assert "unit slip" in row.message and "f0" in row.message and "f1" in row.message
    assert set(row.against.split(";")) == {"f0", "f1"}      # yardsticks, not flagged


def test_same_fact_without_a_majority_names_both_sides():
    f = serious(findings(dict(metric="deal", amount="$5B"), dict(metric="deal", amount="$7B")))
    assert len(f) == 1 and flagged(f) == [{"f0", "f1"}]
    assert "no side has a majority" in f.iloc[0].message


def test_two_and_three_billion_only_touch_so_they_disagree():
    f = serious(findings(dict(metric="deal", amount="$2 billion"),
                         dict(metric="deal", amount="$3 billion")))
    assert len(f) == 1 and flagged(f) == [{"f0", "f1"}]
    assert "rounded to their limits" in f.iloc[0].message


def test_with_no_majority_both_are_flagged_and_the_more_precise_is_named():
    f = serious(findings(dict(metric="close", amount="13만 100원"),
                         dict(metric="close", amount="131,000 won")))
    assert flagged(f) == [{"f0", "f1"}]
    assert "f0 is stated more precisely, so f1 is the likelier slip" in f.iloc[0].message


def test_off_by_a_little_is_medium_and_by_a_lot_high():
    medium = serious(findings(*[dict(metric="m", amount="$100.0 million")] * 2,
                              dict(metric="m", amount="$108.0 million")))
    assert medium.iloc[0].severity == "medium"
    high = serious(findings(*[dict(metric="m", amount="$100.0 million")] * 2,
                            dict(metric="m", amount="$300.0 million")))
    assert high.iloc[0].severity == "high" and "unit slip" not in high.iloc[0].message


def test_close_figures_stated_precisely_still_disagree():
    f = serious(findings(*[dict(metric="m", amount="$3.87 billion")] * 2,
                         dict(metric="m", amount="$3.78 billion")))
    assert flagged(f) == [{"f2"}]


def test_different_facts_sharing_a_number_are_never_compared():
    assert findings(dict(metric="a", amount="10억 달러"), dict(metric="b", amount="1억 달러")).empty


def test_same_metric_at_times_that_do_not_overlap_is_not_compared():
    f = findings(dict(metric="rev", amount="$1B", as_of="2019"),
                 dict(metric="rev", amount="$5B", as_of="2023"))
    assert f.empty


def test_money_per_year_is_never_compared_with_money():
    f = findings(dict(metric="burn", amount="연간 50억 달러"), dict(metric="burn", amount="5억 달러"))
    assert list(f["check"]) == ["units"] and f.iloc[0].severity == "medium"


def test_durations_compare_across_units_and_counts_do_not_mix_with_them():
    f = serious(findings(dict(metric="t", amount="5일"), dict(metric="t", amount="약 두 달")))
    assert list(f["check"]) == ["same_fact"] and f.iloc[0].severity == "high"
    assert serious(findings(dict(metric="t", amount="60일"), dict(metric="t", amount="두 달"))).empty


def test_agreeing_only_through_rounding_is_info():
    f = findings(dict(metric="m", amount="100억 달러"), dict(metric="m", amount="$10.0 billion"),
                 dict(metric="m", amount="$9B"))   # [8.5, 9.5] vs [9.95, 10.05]: disagrees
    assert serious(f).iloc[0].flagged == "f2"
    g = findings(dict(metric="m", amount="$10.0 billion"), dict(metric="m", amount="$10.0B"),
                 dict(metric="m", amount="$10.3B"), dict(metric="m", amount="$10B"))
    assert serious(g)["flagged"].tolist() == ["f2"]
    info = g[(g["check"] == "same_fact") & (g["severity"] == "info")]
    assert info.empty or "f3" not in set(info["flagged"])


def test_a_true_bound_more_than_five_percent_off_is_info_not_a_discrepancy():
    # Before issue 18 this was low ("agrees only through its hedge"); a true bound is no error.
    f = findings(*[dict(metric="m", amount="$10.0 billion")] * 2,
                 dict(metric="m", amount="more than $9.0 billion"))
    assert serious(f).empty and "it is true" in " ".join(f["message"])
    g = findings(*[dict(metric="m", amount="$10.0 billion")] * 2,
                 dict(metric="m", amount="more than $9.8 billion"))
    assert serious(g).empty


def test_vague_figures_give_low_severity():
    # 수억 달러 is $0.15B to $0.95B: ten times off, which is high for a stated figure.
    f = serious(findings(dict(metric="m", amount="100억 달러"), dict(metric="m", amount="$10.0B"),
                         dict(metric="m", amount="수억 달러")))
    assert list(f["severity"]) == ["low"] and flagged(f) == [{"f2"}]
    stated = serious(findings(dict(metric="m", amount="100억 달러"),
                              dict(metric="m", amount="$10.0B"), dict(metric="m", amount="5억 달러")))
    assert list(stated["severity"]) == ["high"]


def _won(usd_billions: float, rate: float) -> str:
    eok = round(usd_billions * 10 * rate)      # 억 won
    jo, rest = divmod(eok, 10000)
    return f"{jo}조 {rest}억 원" if jo else f"{rest}억 원"


def test_a_restatement_matching_the_as_of_rate_is_not_flagged_and_at_publication_is_noted():
    book = rate_book()
    then = book.rate_on("USD", "KRW", dt.date(2019, 7, 22)).value
    later = book.rate_on("USD", "KRW", dt.date(2022, 10, 24)).value
    assert later / then > 1.15        # the won fell a lot between these days
    days = dict(as_of="2019-07-22", published="2022-10-24")
    f = findings(dict(metric="m", amount="$1.000 billion", **days),
                 dict(metric="m", amount=_won(1.0, then), restates="f0", **days))
    assert f.empty
    g = findings(dict(metric="m", amount="$1.000 billion", **days),
                 dict(metric="m", amount=_won(1.0, later), restates="f0", **days))
    assert list(g["severity"]) == ["info"]
    assert "publication date, not of the as_of" in g.iloc[0].message


def test_a_conversion_no_rate_explains_is_flagged_with_a_unit_slip():
    f = serious(findings(dict(metric="m", amount="100억 달러"),
                         dict(metric="m", amount="약 1조 2300억 원", restates="f0")))
    row = f.iloc[0]
    assert (row.check, row.severity, row.flagged) == ("restatement", "high", "f1")
    assert "unit slip" in row.message and "2023-01-23" in row.message


def test_a_conversion_four_percent_off_the_rate_is_a_discrepancy():
    rate = rate_book().rate_on("USD", "KRW", dt.date(2023, 1, 23)).value
    ok = findings(dict(metric="m", amount="$4.5 billion"),
                  dict(metric="m", amount=f"약 {round(4.5 * rate / 100) / 10:g}조 원",
                       restates="f0"))
    assert serious(ok).empty
    off = findings(dict(metric="m", amount="$4.5 billion"),
                   dict(metric="m", amount=f"약 {round(4.5 * rate * 1.04 / 10)}00억 원",
                        restates="f0"))
    assert flagged(serious(off)) == [{"f1"}]


def test_a_conversion_rounded_to_two_significant_digits_is_consistent():
    # $450 million at about 1,444 won is 6,498억: written as 약 6500억 원.
    f = findings(dict(metric="m", amount="4억5000만 달러", as_of="2024-12-20",
                      published="2024-12-20"),
                 dict(metric="m", amount="약 6500억 원", restates="f0", as_of="2024-12-20",
                      published="2024-12-20"))
    assert serious(f).empty


def test_a_stale_rate_conversion_is_flagged_although_the_original_is_round():
    # 3 trillion won at 1,474 won/$ is $2.03 billion, not $2.2 billion.
    day = dict(as_of="2025-11-26", published="2025-11-26")
    f = serious(findings(dict(metric="m", amount="3 trillion won", **day),
                         dict(metric="m", amount="$2.2 billion", restates="f0", **day)))
    assert flagged(f) == [{"f1"}] and f.iloc[0].severity == "medium"


def test_restatements_never_outvote_their_original():
    # The won restatement repeated in a headline and the body must not make the dollar figure
    # the odd one out: restatements do not vote.
    day = dict(as_of="2024-12-20", published="2024-12-20")
    f = findings(dict(metric="m", amount="4억5000만 달러", **day),
                 dict(metric="m", amount="약 6500억 원", restates="f0", **day),
                 dict(metric="m", amount="약 6500억 원", restates="f0", **day),
                 dict(metric="m", amount="$450 million", **day))
    assert "f0" not in {i for s in flagged(serious(f)) for i in s}


def test_a_restatement_is_inferred_from_a_shared_quote():
    q = "투자 규모는 100억 달러(약 20조 원)에 달한다"
    f = serious(findings(dict(metric="m", amount="100억 달러", quote=q),
                         dict(metric="m", amount="약 20조 원", quote=q)))
    assert list(f["check"]) == ["restatement"] and flagged(f) == [{"f1"}]


def test_a_wrong_original_takes_the_blame_when_its_restatement_fits_the_others():
    f = serious(findings(dict(metric="m", amount="1.7 trillion won", as_of="2022-03"),
                         dict(metric="m", amount="1조7000억원", as_of="2022-03"),
                         dict(metric="m", amount="KRW1.7bn", as_of="2022-03"),
                         dict(metric="m", amount="US$1.3bn", restates="f2", as_of="2022-03",
                              published="2022-06-29")))
    assert flagged(f) == [{"f2"}]
    assert set(f.iloc[0].check.split(";")) == {"same_fact", "restatement"}


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


def test_parts_exceeding_a_total_is_high_and_a_remainder_low():
    parts = [dict(metric="p1", amount="$6B", part_of="total", as_of="2020"),
             dict(metric="p2", amount="$6B", part_of="total", as_of="2021")]
    over = serious(findings(*parts, dict(metric="total", amount="$10B", as_of="2022")))
    assert list(over["check"]) == ["parts_totals"] and over.iloc[0].severity == "high"
    # Issue 18: parts below their total are parts not all stated (info) unless kind all_parts.
    under = findings(*parts, dict(metric="total", amount="$20B", as_of="2022"))
    assert list(under["severity"]) == ["info"] and "not all stated" in under.iloc[0].message
    fits = serious(findings(*parts, dict(metric="total", amount="$12B", as_of="2022")))
    assert fits.empty


def test_parts_stated_after_the_total_do_not_count():
    f = serious(findings(dict(metric="p1", amount="$6B", part_of="total", as_of="2020"),
                         dict(metric="p2", amount="$6B", part_of="total", as_of="2024"),
                         dict(metric="total", amount="$6B", as_of="2022")))
    assert f.empty


def test_a_part_can_never_exceed_its_whole():
    f = serious(findings(dict(metric="p1", amount="$16B", part_of="total", as_of="2020"),
                         dict(metric="total", amount="$10B", as_of="2022")))
    assert "larger than its whole" in " ".join(f["message"])
    assert set(f["severity"]) == {"high"} and len(f) == 1     # one finding, two pieces


def test_cumulative_totals_must_not_shrink():
    f = serious(findings(dict(metric="cum", amount="$13B", as_of="2023", kind="cumulative"),
                         dict(metric="cum", amount="$10B", as_of="2024", kind="cumulative")))
    assert list(f["check"]) == ["cumulative"] and "running total" in f.iloc[0].message
    grows = serious(findings(dict(metric="cum", amount="$10B", as_of="2023", kind="cumulative"),
                             dict(metric="cum", amount="$13B", as_of="2024", kind="cumulative")))
    assert grows.empty


def test_a_bare_korean_n_jo_reads_as_n_jo_and_more_but_not_beyond():
    body = [dict(metric="m", amount="8조5127억원"), dict(metric="m", amount="8조5127억 원")]
    f = findings(*body, dict(metric="m", amount="8조 원"))
    assert serious(f).empty and "N조대" in " ".join(f["message"])
    g = serious(findings(*body, dict(metric="m", amount="7조 원")))      # 7조대 is below 8.5조
    assert [set(x.split(";")) for x in g["flagged"]] == [{"f2"}]
    h = serious(findings(*body, dict(metric="m", amount="약 8조 원")))   # a hedge is no headline form
    assert not h.empty
