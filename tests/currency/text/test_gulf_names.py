"""Dirhams, riyals and dinars in news: the names read as the currency the article's country
words, or a name's usual meaning, say; a name that could be many currencies is not guessed.
Sentences written for these tests."""
import datetime as dt

import pytest

from currency.text.extract import extract
from currency.text.reader import find_amounts

PUB = dt.date(2024, 5, 2)


def cand(text, span):
    return next(c for c in extract(text, PUB) if c.amount.span == span)


@pytest.mark.parametrize("text, code", [
    ("Orvel paid 4 billion Emirati dirhams for the site.", "AED"),
    ("오르벨은 부지를 100억 사우디 리얄에 샀다.", "SAR"),
    ("Orvel paid 2 billion Omani riyals for the site.", "OMR"),
])
def test_a_gulf_currency_named_with_its_country_reads_directly(text, code):
    found = [a for a in find_amounts(text) if a.kind == "money"]
    assert [a.currency for a in found] == [code]


@pytest.mark.parametrize("text, span, code, word", [
    ("A Dubai developer paid 12.9 billion dirhams ($3.5 billion) for it.\n",
     "12.9 billion dirhams", "AED", "Dubai"),
    ("The Emirati fund will invest 5 billion dirhams in the port.\n", "5 billion dirhams", "AED",
     "Emirati"),
    ("아부다비 국부펀드가 129억 디르함을 투자한다.\n", "129억 디르함", "AED", "아부다비"),
    ("사우디 국부펀드가 100억 리얄을 투자한다.\n", "100억 리얄", "SAR", "사우디"),
    ("A Moroccan bank lent 5 billion dirhams to the utility.\n", "5 billion dirhams", "MAD",
     "Moroccan"),
    ("The Qatari fund will invest 10 billion riyals in the port.\n", "10 billion riyals", "QAR",
     "Qatari"),
])
def test_a_shared_name_takes_the_currency_of_the_country_the_article_names(text, span, code, word):
    c = cand(text, span)
    assert c.currency == code and c.confidence == "high" and repr(word) in c.currency_from


@pytest.mark.parametrize("text, span", [
    ("The fund will invest 10 billion riyals in the port.\n", "10 billion riyals"),
    ("국부펀드가 100억 리얄을 투자한다.\n", "100억 리얄"),
])
def test_riyals_alone_are_saudi(text, span):
    c = cand(text, span)
    assert c.currency == "SAR" and "the name alone means SAR" in c.currency_from


@pytest.mark.parametrize("text, span", [
    # News spells the Yemeni, Omani and Iranian rials "riyals" too: no Saudi guess then.
    ("The Yemeni government printed 100 billion riyals in new notes.\n", "100 billion riyals"),
    ("An Omani port operator raised 2 billion riyals from banks.\n", "2 billion riyals"),
    ("Iran's central bank sold 500 billion riyals of bonds.\n", "500 billion riyals"),
    # Two of the name's own countries: which one is not said.
    ("Saudi and Qatari funds will invest 10 billion riyals each.\n", "10 billion riyals"),
    # A dinar may be any of eight currencies: never guessed.
    ("The bank raised 300 million dinars from investors.\n", "300 million dinars"),
    # A dirham is the UAE's or Morocco's, whose rates differ almost threefold.
    ("A developer paid 12.9 billion dirhams for the stake.\n", "12.9 billion dirhams"),
])
def test_a_shared_name_the_article_does_not_settle_asks_for_its_currency(text, span):
    c = cand(text, span)
    assert c.currency is None and c.confidence == "low" and "--currency" in c.reason


def test_dinars_with_their_country_named_are_read():
    c = cand("A Bahraini lender raised 300 million dinars from investors.\n", "300 million dinars")
    assert c.currency == "BHD" and c.confidence == "high"
