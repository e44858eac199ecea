"""Issue 18: verdicts a fact-checker can sign. Sentences and companies are made up; the amounts
and dates follow the cases the issue quotes."""
from reconcile.engines.local import reconcile
from reconcile.model import findings as F
from tests.helpers import findings, serious, table


def flagged(f):
    """The figures judged wrong, one set per finding."""
    return [set(x.split(";")) for x in f["flagged"]]


def day(as_of, published=None, **kw):
    """A figure whose as_of is `as_of`, published that day unless said otherwise."""
    return dict(as_of=as_of, published=published or as_of, **kw)


# "Nodo Energy will build its plant for $3.87 billion" in three articles a day apart; one slips.
WRONG = day("2024-04-03", id="a-378", metric="plant", amount="$3.78 billion", source="a.txt")
RIGHT = day("2024-04-04", id="b-387", metric="plant", amount="$3.87 billion", source="b.txt")
NEARLY = day("2024-04-04", id="c-4b", metric="plant", amount="nearly $4 billion",
             source="c.txt")


# 1. Time ---------------------------------------------------------------------------------------

def test_figures_dated_by_their_articles_a_day_apart_are_one_time():
    f = serious(findings(WRONG, dict(RIGHT, id="b2", source="b2.txt"), RIGHT))
    assert flagged(f) == [{"a-378"}]
    assert "compared as one time" in f.iloc[0].message and "7 days" in f.iloc[0].message
    # "Vela raised 2000억 원" / "2,000억 원 first tranche" reported on 2024-03-27 and 03-28.
    tranche = serious(findings(day("2024-03-27", metric="t", amount="2000억 원"),
                               day("2024-03-28", metric="t", amount="2500억 원")))
    assert flagged(tranche) == [{"f0", "f1"}]


def test_printed_dates_stay_apart():
    # 2019 and 2023 are periods; days printed long before publication are days.
    assert findings(dict(metric="rev", amount="$1B", as_of="2019"),
                    dict(metric="rev", amount="$5B", as_of="2023")).empty
    far = findings(day("2024-01-10", "2024-03-01", metric="p", amount="$5.0 billion"),
                   day("2024-02-20", "2024-03-01", metric="p", amount="$7.0 billion"))
    assert far.empty


def test_a_news_date_more_than_a_week_before_publication_is_a_printed_day():
    f = findings(day("2024-04-01", "2024-04-09", metric="p", amount="$5.0 billion"),
                 day("2024-04-02", "2024-04-10", metric="p", amount="$7.0 billion"))
    assert serious(f).empty and "1 day apart" in " ".join(f["message"])


def test_a_metric_with_figures_a_few_days_apart_not_compared_gets_a_note():
    f = findings(day("2024-03-01", "2024-03-20", metric="p", amount="$5.0 billion"),
                 day("2024-03-04", "2024-03-20", metric="p", amount="$7.0 billion"))
    assert list(f["severity"]) == ["info"] and "3 days apart" in f.iloc[0].message
    assert f.iloc[0].flagged == "" and set(f.iloc[0].figures.split(";")) == {"f0", "f1"}
    weeks = findings(day("2024-03-01", "2024-03-31", metric="p", amount="$5.0 billion"),
                     day("2024-03-10", "2024-03-31", metric="p", amount="$7.0 billion"))
    assert weeks.empty


def test_a_running_total_keeps_its_day():
    rows = [day("2024-04-03", metric="cum", amount="$13B", kind="cumulative"),
            day("2024-04-04", metric="cum", amount="$15B")]        # one row marks the metric
    assert serious(findings(*rows)).empty


# 2. Who is wrong -------------------------------------------------------------------------------

def test_a_hedged_figure_never_decides_between_two_precise_figures():
    f = findings(WRONG, RIGHT, NEARLY)
    s = serious(f)
    assert flagged(s) == [{"a-378", "b-387"}]          # no majority: both, not the right one alone
    assert "c-4b" not in set(";".join(f["flagged"]).split(";"))
    assert 'c-4b ("nearly $4 billion") is hedged or vague' in s.iloc[0].message
    assert "it fits both sides" in s.iloc[0].message
    assert "stated more precisely" not in s.iloc[0].message     # both to $10 million


def test_a_hedged_figure_is_judged_against_the_precise_majority():
    f = findings(WRONG, RIGHT, dict(RIGHT, id="b2", source="b2.txt"), NEARLY)
    s = serious(f)
    assert flagged(s) == [{"a-378"}]
    # nearly $4 billion is judged against $3.87 billion (true as a bound), never against $3.78.
    note = f[f["figures"].str.contains("c-4b") & f["flagged"].eq("")]
    assert len(note) == 1 and "a-378" not in note.iloc[0].against


def test_a_merged_finding_names_one_subject_with_its_own_interval():
    rec = reconcile(table(WRONG, RIGHT, dict(RIGHT, id="b2", source="b2.txt"), NEARLY))
    s = serious(rec.findings)
    assert len(s) == 1 and set(s.iloc[0].check.split(";")) == {"same_fact", "digits"}
    row = s.iloc[0]
    assert row.flagged == "a-378" and row.message.startswith('a-378 ("$3.78 billion"')
    assert "a-378" not in row.against.split(";")
    assert row.value_low <= 3.78e9 <= row.value_high and row.value_high < 3.8e9
    merged = [x for x in rec.records if x.flagged == ("a-378",)][0]
    for e in merged.evidence:
        assert "a-378" not in e.against


def test_without_hedged_figures_a_precise_majority_still_decides():
    f = serious(findings(dict(metric="m", amount="$10.0 billion"),
                         dict(metric="m", amount="$10.0 billion"),
                         dict(metric="m", amount="$13.0 billion")))
    assert flagged(f) == [{"f2"}]


def test_a_coarse_figure_that_fits_both_sides_never_decides_between_them():
    # "$4 billion" (3.5 to 4.5 by its rounding) fits $3.78 and $3.87 billion alike: it cannot
    # say which is right, so neither is blamed on its vote.
    coarse = dict(RIGHT, id="c-4b", amount="$4 billion", source="c.txt")
    f = findings(WRONG, RIGHT, coarse)
    s = serious(f)
    assert flagged(s) == [{"a-378", "b-387"}]
    assert "c-4b" not in set(";".join(f["flagged"]).split(";"))
    assert 'c-4b ("$4 billion") is stated too coarsely to tell them apart' in s.iloc[0].message


def test_a_coarse_figure_does_not_undo_a_precise_majority():
    coarse = dict(RIGHT, id="c-4b", amount="$4 billion", source="c.txt")
    s = serious(findings(WRONG, RIGHT, dict(RIGHT, id="b2", source="b2.txt"), coarse))
    assert flagged(s) == [{"a-378"}]


# 3. Bounds -------------------------------------------------------------------------------------

TRANCHE = day("2024-03-28", metric="t", amount="3조7152억 원")


def test_a_true_bound_is_info():
    for hedged in ("3조 원 이상", "3조 원이 넘는"):
        f = findings(TRANCHE, dict(TRANCHE, amount="3조7152억 원", source="b.txt"),
                     dict(TRANCHE, amount=hedged, source="c.txt"))
        assert serious(f).empty, hedged
        assert "it is true" in " ".join(f["message"])
    g = findings(*[day("2024-05-02", metric="d", amount="450억 달러")] * 2,
                 day("2024-05-02", metric="d", amount="400억 달러 이상"))
    assert serious(g).empty and (g["severity"] == "info").any()


def test_a_true_bound_off_by_more_than_twice_is_low_and_below_twice_info():
    base = [dict(metric="m", amount="$3.87 billion")] * 2
    over = serious(findings(*base, dict(metric="m", amount="more than $1.9 billion")))
    assert list(over["severity"]) == ["low"] and "misleads" in over.iloc[0].message
    under = findings(*base, dict(metric="m", amount="more than $2 billion"))    # 1.93x
    assert serious(under).empty and "it is true" in " ".join(under["message"])
    up_to = serious(findings(*base, dict(metric="m", amount="up to $8 billion")))   # 2.06x
    assert list(up_to["severity"]) == ["low"]
    assert serious(findings(*base, dict(metric="m", amount="up to $7.5 billion"))).empty


def test_a_bound_on_the_wrong_side_is_still_a_discrepancy():
    f = serious(findings(*[dict(metric="m", amount="$3.87 billion")] * 2,
                         dict(metric="m", amount="more than $4.5 billion")))
    assert flagged(f) == [{"f2"}]


# 4. Parts --------------------------------------------------------------------------------------

TOTAL = dict(id="total", metric="grant", amount="80억 달러", as_of="2025-07", published="2025-07")
PARTS = [dict(id="p1", metric="grant_a", amount="45억 달러", part_of="grant", as_of="2025-07",
              published="2025-07"),
         dict(id="p2", metric="grant_b", amount="20억 달러", part_of="grant", as_of="2025-07",
              published="2025-07")]


def test_parts_below_their_total_are_not_all_stated():
    f = findings(TOTAL, *PARTS)
    assert serious(f).empty
    assert "parts not all stated" in " ".join(f["message"]).lower()


def test_parts_below_a_total_marked_all_parts_are_a_finding():
    f = serious(findings(dict(TOTAL, kind="all_parts"), *PARTS))
    assert list(f["severity"]) == ["low"] and flagged(f) == [{"total"}]
    assert "all_parts" in f.iloc[0].message


def test_parts_above_their_total_say_which_side_the_evidence_favours():
    late = [dict(p, published="2025-09-01", amount=a) for p, a in zip(PARTS, ["60억 달러",
                                                                              "30억 달러"])]
    f = serious(findings(dict(TOTAL, amount="약 80억 달러"), *late))
    assert flagged(f) == [{"total"}] and "the parts are published later" in f.iloc[0].message
    assert "favours the parts" in f.iloc[0].message
    early = [dict(p, published="2025-01", as_of="2025-01") for p in late]
    precise = dict(TOTAL, amount="80.0억 달러")
    g = serious(findings(precise, *early))
    assert "favours the total" in g.iloc[0].message


# 5. Stale conversions --------------------------------------------------------------------------

PLAN = dict(id="plan", metric="plan", amount="$17 billion", as_of="2021-11-23",
            published="2024-12-19", source="x.txt", quote="a $17 billion plan (약 22조원)")


def test_a_conversion_fitting_only_rates_between_its_dates_is_stale():
    f = serious(findings(PLAN, dict(PLAN, id="won", amount="약 22조원", restates="plan")))
    assert flagged(f) == [{"won"}] and list(f["severity"]) == ["low"]
    msg = f.iloc[0].message
    assert "stale conversion" in msg and "2022-" in msg


def test_a_conversion_at_the_as_of_rate_is_not_stale_nor_one_within_a_month():
    at_as_of = findings(PLAN, dict(PLAN, id="won", amount="약 20조2000억원", restates="plan"))
    assert serious(at_as_of).empty          # 1,188 KRW/USD: the rate of 2021-11-23
    # 1,422 KRW/USD: a rate of early December 2024, between the as_of's band (1,400.54 to the
    # previous fixing's 1,406.48, +1 %) and the publication's (1,438.15-1,448.10, -1 %), but only
    # 24 days apart: an ordinary wrong conversion.
    near = dict(PLAN, as_of="2024-11-25", published="2024-12-19")
    g = serious(findings(near, dict(near, id="won", amount="약 24조1740억원", restates="plan")))
    assert flagged(g) == [{"won"}] and "stale" not in " ".join(g["message"])
    # It says where the rate lies: between the two dates' bands, and how far from the nearer.
    assert "between the ECB rate of its as_of" in g.iloc[0].message
    assert "  " not in g.iloc[0].message and "0.1 % outside the nearer" in g.iloc[0].message


def test_evidence_never_lists_its_subject_as_a_yardstick():
    rec = reconcile(table(WRONG, RIGHT, NEARLY, dict(RIGHT, id="b2", source="b2.txt")))
    for finding in rec.records:
        assert isinstance(finding, F.Finding)
        for e in finding.evidence:
            assert not set(finding.flagged) & set(e.against)
