"""The `garbled` check: a figure whose amount's place words repeat or go up is said, with its
readings and which of them the other figures of its fact agree with."""
from tests.helpers import findings, serious

DAYS = dict(as_of="2024-05", published="2024-05-02")


def garbled_findings(*rows):
    f = serious(findings(*rows))
    return f[f["check"].map(lambda c: "garbled" in c)]


def test_a_garbled_amount_is_flagged_with_its_readings_and_the_one_its_fact_agrees_with():
    g = garbled_findings(dict(metric="claim", amount="52억6100만원", **DAYS),
                         dict(metric="claim", amount="52억6100억원", **DAYS),
                         dict(metric="other", amount="6100억원", **DAYS))
    assert list(g["flagged"]) == [("f1",)]
    assert g.iloc[0].severity == "medium"
    message = g.iloc[0].message
    assert "52억6100억원" in message and "6100억원" in message
    assert "agree with 52억6100만원." in message


def test_a_garbled_amount_no_reading_of_which_fits_its_fact_says_so():
    g = garbled_findings(dict(metric="claim", amount="6조원", **DAYS),
                         dict(metric="claim", amount="52억6100억원", **DAYS))
    # same_fact's split of two with no majority names both; the garbled one is said of f1.
    assert len(g) == 1 and "f1" in g.iloc[0].flagged
    assert "None of them agrees with the other figures of its fact ([5.5 tn, 6.5 tn] KRW)" \
        in g.iloc[0].message


def test_well_formed_amounts_give_no_garbled_finding():
    assert garbled_findings(dict(metric="claim", amount="52억6100만원", **DAYS),
                            dict(metric="claim", amount="5조2610억원", **DAYS)).empty


def test_a_garbled_amount_with_no_unit_takes_the_currency_column():
    g = garbled_findings(dict(metric="claim", amount="52억6100만원", **DAYS),
                         dict(metric="claim", amount="52억6100억", currency="KRW", **DAYS))
    assert list(g["flagged"]) == [("f1",)]
    assert "agree with 52억6100만." in g.iloc[0].message
