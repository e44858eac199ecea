"""The `garbled` check: a figure whose amount's place words repeat or go up is said, with its
readings and which of them the other figures of its fact agree with."""
from reconcile.engines.local import reconcile
from tests.helpers import by_check, findings, serious, table

DAYS = dict(as_of="2024-05", published="2024-05-02")


def garbled_findings(*rows):
    return by_check(serious(findings(*rows)), "garbled")


def test_a_garbled_amount_is_flagged_with_its_readings_and_the_one_its_fact_agrees_with():
    g = garbled_findings(dict(metric="claim", amount="52억6100만원", **DAYS),
                         dict(metric="claim", amount="52억6100억원", **DAYS),
                         dict(metric="other", amount="6100억원", **DAYS))
    assert list(g["flagged"]) == [("f1",)]
    assert g.iloc[0].severity == "medium"
    message = g.iloc[0].message
    assert "52억6100억원" in message and "6100억원" in message
    assert "f0 agrees with 52억6100만원" in message
    assert "52억6100만원 agrees with the consensus of its fact" in message


def test_a_garbled_amount_no_reading_of_which_fits_its_fact_says_so():
    g = garbled_findings(dict(metric="claim", amount="6조원", **DAYS),
                         dict(metric="claim", amount="52억6100억원", **DAYS))
    # same_fact's split of two with no majority names both; the garbled one is said of f1.
    assert len(g) == 1 and "f1" in g.iloc[0].flagged
    assert "None agrees with the consensus of its fact ([5.5 tn, 6.5 tn] KRW: f0); the nearest, " \
        "6100억원, is 9.02× off" in g.iloc[0].message


def test_well_formed_amounts_give_no_garbled_finding():
    assert garbled_findings(dict(metric="claim", amount="52억6100만원", **DAYS),
                            dict(metric="claim", amount="5조2610억원", **DAYS)).empty


def test_a_garbled_amount_with_no_unit_takes_the_currency_column():
    g = garbled_findings(dict(metric="claim", amount="52억6100만원", **DAYS),
                         dict(metric="claim", amount="52억6100억", currency="KRW", **DAYS))
    assert list(g["flagged"]) == [("f1",)]
    assert "52억6100만 agrees with the consensus" in g.iloc[0].message


def test_one_figure_near_a_reading_is_not_the_facts_consensus():
    # f2 is a x10 slip; only it holds "$1 billion", the majority (f0, f1) holds no reading.
    rows = [dict(metric="claim", amount=a, **DAYS) for a in
            ("$100 million", "$100 million", "$1 billion", "$1 billion million")]
    message = garbled_findings(*rows).iloc[0].message
    assert "f2 agrees with $1 billion" in message
    assert "None agrees with the consensus of its fact ([95 mn, 105 mn] USD: f0, f1)" in message


def test_a_garbled_figure_is_no_vote_in_same_fact():
    rows = [dict(metric="claim", amount=a, **DAYS) for a in
            ("100억원", "100억원", "1000억원", "50억2000억원", "50억2000억원")]
    slip = serious(findings(*rows))
    slip = slip[slip["check"].map(lambda c: "same_fact" in c)]
    assert list(slip["flagged"]) == [("f2",)]
    assert "2 other figures" in slip.iloc[0].message and "f3" not in slip.iloc[0].message


def test_a_garbled_total_is_no_total_its_parts_are_held_to_its_readings():
    rows = [dict(metric="total", amount="1000억2000억원", **DAYS),
            dict(metric="p1", amount="800억원", part_of="total", **DAYS),
            dict(metric="p2", amount="700억원", part_of="total", **DAYS)]
    f = serious(findings(*rows))
    assert list(f["check"]) == [("garbled",)]
    assert "Its parts (f1, f2) sum to [149 bn, 151 bn] KRW: none of its readings agrees; the " \
        "nearest, 2000억원, is 1.32× off" in f.iloc[0].message


def test_a_conversion_of_a_garbled_figure_is_no_other_figure_and_breaks_no_check():
    r = reconcile(table(dict(metric="claim", amount="43억7900억원", **DAYS),
                        dict(metric="claim", amount="$5 million", restates="f0", **DAYS)), "USD")
    assert not r.failed
    (message,) = garbled_findings(dict(metric="claim", amount="43억7900억원", **DAYS),
                                  dict(metric="claim", amount="$5 million", restates="f0",
                                       **DAYS))["message"]
    assert "No other figure of its fact is there" in message


def test_a_garbled_total_is_no_yardstick_for_its_parts():
    # Parts far below every reading: parts_totals would hold them to the garbled total.
    rows = [dict(metric="total", amount="1000억2000억원", **DAYS),
            dict(metric="p1", amount="1억원", part_of="total", **DAYS),
            dict(metric="p2", amount="1억원", part_of="total", **DAYS)]
    assert list(serious(findings(*rows))["check"]) == [("garbled",)]


def test_a_reading_keeps_the_garbled_amounts_hedge_when_held_to_its_fact():
    # "over $1 billion million": either reading is "over" its number, so $3 billion, the fact's
    # consensus, is over both and both agree with it, as with a clean hedged amount. Before, the
    # bare values were held to it and neither agreed.
    rows = [dict(metric="claim", amount=a, **DAYS) for a in
            ("$3 billion", "$3 billion", "over $1 billion million")]
    message = garbled_findings(*rows).iloc[0].message
    assert "f0, f1 agree with over $1 billion" in message, message
    assert "over $1 million and over $1 billion agree with the consensus" in message, message


def test_an_about_reading_is_held_to_its_fact_with_its_widening():
    # 약 (about) widens each reading by its share: 약 52억원 meets 53억원, as a clean 약 52억원 does.
    rows = [dict(metric="claim", amount=a, **DAYS) for a in ("53억원", "53억원", "약 52억6100억원")]
    message = garbled_findings(*rows).iloc[0].message
    assert "agree with 약 52억원" in message, message


def test_a_range_that_lost_a_place_word_is_flagged_with_the_reading_its_fact_agrees_with():
    g = garbled_findings(dict(metric="value", amount="32조원", **DAYS),
                         dict(metric="value", amount="32조원", **DAYS),
                         dict(metric="value", amount="31억~33조원", **DAYS))
    assert list(g["flagged"]) == [("f2",)]
    message = g.iloc[0].message
    assert "place words stand 10,000 times apart" in message
    # As written, so wide a range holds any figure of its fact; read with 억 twice, none.
    assert "f0, f1 agree with 31억~33조원; f0, f1 agree with 31조~33조원." in message
    assert "31억~33조원 and 31조~33조원 agree with the consensus of its fact" in message


def test_a_wide_range_written_on_purpose_gives_no_garbled_finding():
    assert garbled_findings(dict(metric="value", amount="$1 million to $1 billion", **DAYS),
                            dict(metric="value", amount="$300 million", **DAYS)).empty


def test_a_wide_range_its_fact_does_not_show_slipped_gives_no_garbled_finding():
    # As written, 2억~3조원 holds 5000억원; read with one end's word for both, it holds nothing.
    assert garbled_findings(dict(metric="value", amount="2억~3조원", **DAYS),
                            dict(metric="value", amount="5000억원", **DAYS)).empty
    # Alone: nothing shows a place word was lost.
    assert garbled_findings(dict(metric="value",
                                 amount="between $2 million and $3 billion", **DAYS)).empty
    assert garbled_findings(dict(metric="value", amount="$5m to $8bn", **DAYS)).empty


def test_a_wide_range_whose_as_written_reading_is_needed_gives_no_garbled_finding():
    # $1.2 billion fits $1 billion to $1.5 billion, but $800 million only the range as written.
    assert garbled_findings(dict(metric="value", amount="$1 million to $1.5 billion", **DAYS),
                            dict(metric="value", amount="$800 million", **DAYS),
                            dict(metric="value", amount="$1.2 billion", **DAYS)).empty


def test_a_wide_range_not_shown_slipped_takes_part_in_the_other_checks():
    f = serious(findings(dict(metric="value", amount="2억~3조원", **DAYS),
                         dict(metric="value", amount="8조원", **DAYS),
                         dict(metric="value", amount="8조원", **DAYS)))
    assert [(c, fl) for c, fl in zip(f["check"], f["flagged"])] == [(("same_fact",), ("f0",))]
