"""Dirhams, riyals and dinars in news: the names read as the currency the article's country
words, or the one option a conversion beside them fits, say; otherwise they are not guessed.
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


@pytest.mark.parametrize("text, span, code", [
    # 36/9.9 = 3.64 a dollar: the Qatari peg, 3 % off the Saudi one, beyond both roundings.
    ("The carrier will spend 36 billion riyals ($9.9 billion) on new jets.\n",
     "36 billion riyals", "QAR"),
    ("The lender will raise 7.5 billion riyals ($2.00 billion) from bonds.\n",
     "7.5 billion riyals", "SAR"),
])
def test_a_conversion_beside_a_shared_name_picks_the_one_option_whose_rate_it_fits(text, span,
                                                                                  code):
    c = cand(text, span)
    # no country word: the rate alone decides, short of high confidence (the pegs lie 3 % apart)
    assert c.currency == code and c.confidence == "medium" and "its conversion" in c.currency_from
    assert "rate alone" in c.reason


@pytest.mark.parametrize("text, span, code, word, confidence", [
    # a conversion that agrees with the capital: high
    ("Doha, May 2 - The carrier will spend 36 billion riyals ($9.9 billion) on jets.\n",
     "36 billion riyals", "QAR", "Doha", "high"),
    # a capital alone may name only a venue ("the Doha Round"): short of high
    ("리야드에 본사를 둔 펀드가 100억 리얄을 투자한다.\n", "100억 리얄", "SAR", "리야드", "medium"),
    ("Muscat - The port operator raised 2 billion rials from banks.\n", "2 billion rials", "OMR",
     "Muscat", "medium"),
    ("The Doha Round of trade talks stalled. A Gulf fund pledged 10 billion riyals.\n",
     "10 billion riyals", "QAR", "Doha", "medium"),
])
def test_a_capital_names_its_country(text, span, code, word, confidence):
    c = cand(text, span)
    assert c.currency == code and c.confidence == confidence and repr(word) in c.currency_from


def test_a_capital_that_agrees_with_the_conversion_reads_at_high_confidence():
    c = cand("Doha, May 2 - The carrier will spend 36 billion riyals ($9.9 billion) on jets.\n",
             "36 billion riyals")
    assert c.currency == "QAR" and c.confidence == "high" and "'Doha'" in c.currency_from
    assert "its conversion" in c.currency_from


def test_a_full_country_word_still_decides_beside_a_capital():
    c = cand("At the Doha Round talks, Saudi Arabia pledged 10 billion riyals in aid.\n",
             "10 billion riyals")
    assert c.currency == "SAR" and c.confidence == "high" and "Saudi" in c.currency_from


@pytest.mark.parametrize("text, span, why", [
    # A capital names where talks happen as often as whose money it is: the conversion (36/9.6 =
    # 3.75, the Saudi peg) disagrees with Doha's QAR, so neither decides.
    ("At the Gaza talks in Doha, the kingdom pledged 36 billion riyals ($9.6 billion) in aid.\n",
     "36 billion riyals", "fits SAR's rate, but the article names 'Doha'"),
    # Tehran names Iran, whose rial is no option of "riyals", and $21.4 billion fits neither peg.
    ("Tehran - The government set aside 900 trillion riyals ($21.4 billion) for subsidies.\n",
     "900 trillion riyals", "fits none of QAR, SAR"),
    # "$2.7 billion" rounds widely enough to fit either peg.
    ("The fund will invest 10 billion riyals ($2.7 billion) in the port.\n", "10 billion riyals",
     "fits each of QAR, SAR"),
    # the dirham's other option, MAD, has no rate here to be ruled out by
    ("The firm paid 12.9 billion dirhams ($3.5 billion) for the site.\n", "12.9 billion dirhams",
     "MAD has no rate"),
])
def test_a_conversion_that_does_not_single_out_an_option_asks(text, span, why):
    c = cand(text, span)
    assert c.currency is None and c.confidence == "low" and "--currency" in c.reason
    assert any(why in n for n in c.notes), c.notes


@pytest.mark.parametrize("text, span", [
    # News spells the Yemeni, Omani and Iranian rials "riyals" too: their countries settle nothing.
    ("The Yemeni government printed 100 billion riyals in new notes.\n", "100 billion riyals"),
    ("An Omani port operator raised 2 billion riyals from banks.\n", "2 billion riyals"),
    ("Iran's central bank sold 500 billion riyals of bonds.\n", "500 billion riyals"),
    # No country word and no conversion: riyals are no one country's (no Saudi default).
    ("The fund will invest 10 billion riyals in the port.\n", "10 billion riyals"),
    ("국부펀드가 100억 리얄을 투자한다.\n", "100억 리얄"),
    ("테헤란 당국은 보조금으로 900조 리얄을 배정했다.\n", "900조 리얄"),
    # 도하 begins common words (도하 훈련, river crossing): no capital.
    ("군은 도하 훈련을 마쳤다. 펀드는 100억 리얄을 투자한다.\n", "100억 리얄"),
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
