"""The `two_currencies` check: a figure written with a sign and a currency word of two currencies
("$4.85 trillion won") is evidence of neither reading; the finding gives both, and which one the
other figures of its fact agree with. Made-up figures."""
from tests.helpers import by_check, findings, serious, table

DAYS = dict(as_of="2024-05", published="2024-05-02")


def two_findings(*rows):
    return by_check(serious(findings(*rows)), "two_currencies")


def test_a_won_sum_with_a_dollar_sign_agrees_with_its_won_reading():
    g = two_findings(dict(metric="order", amount="4.85조원", **DAYS),
                     dict(metric="order", amount="$4.85 trillion won", **DAYS))
    # the value read (the word's) is the one its fact agrees with: only a stray sign, low
    assert list(g["flagged"]) == [("f1",)] and g.iloc[0].severity == "low"
    message = g.iloc[0].message
    assert "the sign '$' (USD) before the number and 'won' (KRW) after it" in message
    assert "f0 ([4.845 tn, 4.86 tn] KRW) agrees with the KRW reading" in message
    assert "with the USD reading" not in message
    assert "The value read (KRW) is the reading they agree with" in message


def test_a_dollar_sum_with_a_stray_won_agrees_with_its_dollar_reading():
    g = two_findings(dict(metric="order", amount="$13 trillion", **DAYS),
                     dict(metric="order", amount="$13 trillion won", **DAYS))
    # the value read (the word's) is ~1,000x off the fact: medium
    assert list(g["flagged"]) == [("f1",)] and g.iloc[0].severity == "medium"
    message = g.iloc[0].message
    assert "f0 agrees with the USD reading" in message.replace(" ([16663 tn, 18861 tn] KRW)", "")
    assert "the KRW reading, is ~1,200× below them" in message
    # the rates the sign's reading was read at, with their days
    assert "(at 1,346.44 KRW/USD (2024-05-16) to 1,383.26 KRW/USD (2024-05-31), widened 1%" \
        in message


def test_agreeing_with_both_readings_locates_nothing():
    g = two_findings(*[dict(metric="order", amount=a, **DAYS)
                       for a in ("4.85조원", "$4.85 trillion", "$4.85 trillion won")])
    assert list(g["severity"]) == ["low"]
    assert "agrees with the KRW reading" in g.iloc[0].message
    assert "agrees with the USD reading" in g.iloc[0].message


def test_the_sign_reading_spans_only_its_rates():
    # twice and half the sign's reading agree with neither: its span is the rate band's, no wider
    for other in ("$26 trillion", "$6.5 trillion"):
        g = two_findings(dict(metric="order", amount=other, **DAYS),
                         dict(metric="order", amount="$13 trillion won", **DAYS))
        assert list(g["severity"]) == ["low"], other
        message = g.iloc[0].message
        assert "No other figure of its fact agrees with either; the nearest, f0 (" in message
        assert "has the USD reading ~" in message


def test_the_sign_reading_in_the_facts_own_unit_takes_no_rate():
    from collections import namedtuple

    from currency.text.readings import read_once
    from reconcile.checks.two_currencies import readings
    row = namedtuple("row", "c_unit c_low c_high low high as_of published")
    r = row("USD", 130.5e9 * 1300, 131.5e9 * 1300, 130.5e9, 131.5e9, "2024-05", "2024-05-02")
    spans, rates = readings(r, read_once("$131 billion won").two_currencies)
    assert spans[1] == ("USD", 130.5e9, 131.5e9) and rates == ""


def test_alone_it_is_flagged_low_with_both_readings():
    g = two_findings(dict(metric="order", amount="$13 trillion won", **DAYS))
    assert list(g["severity"]) == ["low"]
    assert "No other figure of its fact is there to choose between them" in g.iloc[0].message


def test_such_a_figure_is_no_vote_in_the_other_checks():
    # read as won, the figure would side with f1 against f0; it takes no part
    rows = [dict(metric="order", amount=a, **DAYS)
            for a in ("$4.85 billion", "4.85조원", "$4.85 trillion won")]
    f = serious(findings(*rows))
    others = f[f["check"].map(lambda c: "two_currencies" not in c)]
    assert not others.empty     # f0 and f1 still disagree, without it
    assert all("f2" not in flagged and "trillion won" not in message
               for flagged, message in zip(others["flagged"], others["message"]))


def test_the_currency_column_may_name_the_sign_currency():
    from reconcile.store.figures import currency_problems
    assert currency_problems("$13 trillion won", "USD") == []
    assert currency_problems("$13 trillion won", "KRW") == []
    assert currency_problems("$13 trillion won", "EUR") != []


def test_no_two_currency_figure_no_finding():
    assert two_findings(dict(metric="order", amount="$4.85 billion", **DAYS),
                        dict(metric="order", amount="4.85조원", **DAYS)).empty


def test_the_table_reads_it_in_the_words_currency():
    from reconcile.engines.local import reconcile
    df = reconcile(table(dict(metric="order", amount="$4.85 trillion won", **DAYS))).figures
    assert df["currency"].tolist() == ["KRW"]


def test_a_currency_column_the_reading_does_not_take_is_not_said_to_give_it():
    from reconcile.engines.local import reconcile
    from reports.layout import amount_as_written
    df = reconcile(table(dict(metric="order", amount="$13 trillion won", currency="USD", **DAYS),
                         dict(metric="order", amount="$5 million", currency="CAD", **DAYS))).figures
    assert df["currency"].tolist() == ["KRW", "CAD"]
    said = [amount_as_written(a, g) for a, g in zip(df["amount"], df["currency_given"])]
    # read in won, the USD column gave the figure nothing; the CAD one says which dollar
    assert said == ["$13 trillion won", "$5 million (in CAD: its currency column)"]



def test_a_two_currency_figure_is_no_witness_for_a_garbled_figure():
    # both are evidence of nothing: "$8500 trillion won" (read 8500조원) beside a garbled 4억8500조원
    # does not back the garbled figure's 8500조원 reading; a plain 4억8500만원 backs another
    f = serious(findings(dict(metric="order", amount="4억8500조원", **DAYS),
                         dict(metric="order", amount="$8500 trillion won", **DAYS),
                         dict(metric="order", amount="4억8500만원", **DAYS)))
    message = by_check(f, "garbled").iloc[0].message
    assert "f2" in message and "f1" not in message
