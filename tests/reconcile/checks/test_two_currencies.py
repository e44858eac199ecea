"""The `two_currencies` check: a figure written with a sign and a currency word of two currencies
("$4.85 trillion won") is evidence of neither reading; the finding gives both, and which one the
other figures of its fact agree with. Made-up figures."""
from tests.helpers import findings, serious, table

DAYS = dict(as_of="2024-05", published="2024-05-02")


def two_findings(*rows):
    f = serious(findings(*rows))
    return f[f["check"].map(lambda c: "two_currencies" in c)]


def test_a_won_sum_with_a_dollar_sign_agrees_with_its_won_reading():
    g = two_findings(dict(metric="order", amount="4.85조원", **DAYS),
                     dict(metric="order", amount="$4.85 trillion won", **DAYS))
    assert list(g["flagged"]) == [("f1",)] and g.iloc[0].severity == "medium"
    message = g.iloc[0].message
    assert "the sign '$' (USD) before the number and 'won' (KRW) after it" in message
    assert "f0 agrees with the KRW reading" in message and "with the USD reading" not in message


def test_a_dollar_sum_with_a_stray_won_agrees_with_its_dollar_reading():
    g = two_findings(dict(metric="order", amount="$13 trillion", **DAYS),
                     dict(metric="order", amount="$13 trillion won", **DAYS))
    assert list(g["flagged"]) == [("f1",)] and g.iloc[0].severity == "medium"
    assert "f0 agrees with the USD reading" in g.iloc[0].message


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
