"""Each check on small figure sets written for the test."""
import datetime as dt

from currency.rates import rate_book
from tests.helpers import findings, serious


def test_same_fact_flags_the_odd_one_out_as_a_unit_slip():
    f = findings(dict(metric="deal", amount="10억 달러"), dict(metric="deal", amount="$1.0B"),
                 dict(metric="deal", amount="1억 달러"))
    s = serious(f)
    assert len(s) == 1
    row = s.iloc[0]
    assert (row.check, row.severity, row.figures) == ("same_fact", "high", "f2")
    assert "unit slip" in row.message and "f0" in row.message and "f1" in row.message


def test_same_fact_without_a_majority_names_both_sides():
    f = serious(findings(dict(metric="deal", amount="$5B"), dict(metric="deal", amount="$7B")))
    assert len(f) == 1 and set(f.iloc[0].figures.split(";")) == {"f0", "f1"}
    assert "no side has a majority" in f.iloc[0].message


def test_off_by_a_little_is_medium_and_by_a_lot_high():
    medium = serious(findings(*[dict(metric="m", amount="$100.0 million")] * 2,
                              dict(metric="m", amount="$108.0 million")))
    assert medium.iloc[0].severity == "medium"
    high = serious(findings(*[dict(metric="m", amount="$100.0 million")] * 2,
                            dict(metric="m", amount="$300.0 million")))
    assert high.iloc[0].severity == "high" and "unit slip" not in high.iloc[0].message


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
    assert list(f["check"]) == ["same_fact"]
    assert serious(findings(dict(metric="t", amount="60일"), dict(metric="t", amount="두 달"))).empty


def test_agreeing_only_through_rounding_is_info():
    f = findings(dict(metric="m", amount="100억 달러"), dict(metric="m", amount="$10.0 billion"),
                 dict(metric="m", amount="$9B"))   # [8.5, 9.5] vs [9.95, 10.05]: disagrees
    assert serious(f).iloc[0].figures == "f2"
    g = findings(dict(metric="m", amount="100억 달러"), dict(metric="m", amount="$10.0 billion"),
                 dict(metric="m", amount="$10B"), dict(metric="m", amount="12조 원"))
    assert serious(g).empty
    info = g[(g["check"] == "same_fact") & (g["severity"] == "info")]
    assert list(info["figures"]) == ["f3"] and "stated precision" in info.iloc[0].message


def test_vague_figures_give_low_severity():
    f = serious(findings(dict(metric="m", amount="100억 달러"), dict(metric="m", amount="$10.0B"),
                         dict(metric="m", amount="수십억 달러")))
    assert list(f["severity"]) == ["low"]


def _won(usd_billions: float, rate: float) -> str:
    eok = round(usd_billions * 10 * rate)      # 억 won
    jo, rest = divmod(eok, 10000)
    return f"{jo}조 {rest}억 원" if jo else f"{rest}억 원"


def test_conversion_at_the_as_of_rate_not_the_publication_rate():
    book = rate_book()
    then = book.rate_on("USD", "KRW", dt.date(2019, 7, 22)).value
    later = book.rate_on("USD", "KRW", dt.date(2022, 10, 24)).value
    assert later / then > 1.15        # the won fell a lot between these days
    f = findings(dict(metric="m", amount="$1.000 billion", as_of="2019-07-22",
                      published="2022-10-24"),
                 dict(metric="m", amount=_won(1.0, then), as_of="2019-07-22",
                      published="2022-10-24"))
    conv = f[f["check"] == "conversion"].iloc[0]
    assert conv.severity == "info"
    assert "matches the ECB rate of its as_of" in conv.message and "not the rate at" in conv.message
    g = findings(dict(metric="m", amount="$1.000 billion", as_of="2019-07-22",
                      published="2022-10-24"),
                 dict(metric="m", amount=_won(1.0, later), as_of="2019-07-22",
                      published="2022-10-24"))
    assert "matches the ECB rate at publication" in g[g["check"] == "conversion"].iloc[0].message


def test_conversion_that_no_market_rate_explains_is_flagged_with_a_unit_slip():
    f = findings(dict(metric="m", amount="100억 달러"), dict(metric="m", amount="약 1조 2300억 원"))
    conv = f[f["check"] == "conversion"].iloc[0]
    assert conv.severity == "high" and "neither" in conv.message and "unit slip" in conv.message


def test_parts_exceeding_a_total_is_high_and_a_remainder_low():
    parts = [dict(metric="p1", amount="$6B", part_of="total", as_of="2020"),
             dict(metric="p2", amount="$6B", part_of="total", as_of="2021")]
    over = serious(findings(*parts, dict(metric="total", amount="$10B", as_of="2022")))
    assert list(over["check"]) == ["parts_totals"] and over.iloc[0].severity == "high"
    under = serious(findings(*parts, dict(metric="total", amount="$20B", as_of="2022")))
    assert under.iloc[0].severity == "low" and "unexplained" in under.iloc[0].message
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
    assert set(f["severity"]) == {"high"}


def test_cumulative_totals_must_not_shrink():
    f = serious(findings(dict(metric="cum", amount="$13B", as_of="2023", kind="cumulative"),
                         dict(metric="cum", amount="$10B", as_of="2024", kind="cumulative")))
    assert list(f["check"]) == ["cumulative"] and "running total" in f.iloc[0].message
    grows = serious(findings(dict(metric="cum", amount="$10B", as_of="2023", kind="cumulative"),
                             dict(metric="cum", amount="$13B", as_of="2024", kind="cumulative")))
    assert grows.empty
