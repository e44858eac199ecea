"""How scan reads an English word for matching and naming facts."""
import pytest

from reconcile.scan.words import tokens


@pytest.mark.parametrize("plural, singular", [("losses", "loss"), ("taxes", "tax"),
                                              ("deals", "deal"), ("companies", "company"),
                                              ("Motors", "motor")])
def test_a_plural_reads_as_its_singular(plural, singular):
    """A plural and its singular are one word to scan: "operating losses" in one article and
    "operating loss" in another share it, and a key never ends in a cut word ("losse")."""
    assert [t.form for t in tokens(f"the {plural}")] == [singular]


def test_a_short_name_with_digits_is_one_word_and_a_currency_before_digits_is_not():
    """K2 and K9 are two tanks, Q3 a quarter; a currency glued to its amount (EUR1.7bn) is not
    a word with digits."""
    forms = [t.form for t in tokens("K2 tanks, K9 howitzers, Q3 and A380; KRW1.2tn")]
    assert forms[:4] == ["k2", "tank", "k9", "howitzer"]
    assert "q3" in forms and "a380" in forms
    assert not any(f.startswith("krw") and f != "krw" for f in forms)


def test_hedge_and_day_words_are_no_fact_words():
    """"just shy of", "at today's exchange rate" say how an amount is given, not what it is:
    they neither join two facts nor name one ('..._robot_today_shy')."""
    forms = [t.form for t in tokens("Orbit bought a robot maker for just shy of $9 billion at "
                                    "today's exchange rate, yesterday")]
    assert not {"shy", "today", "yesterday"} & set(forms)
