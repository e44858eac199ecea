"""An amount written with two currencies, a sign before the number and a currency word after it
("$4.85 trillion won"): read as the word's currency, with a note that keeps the slip in sight.
Made-up sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from currency.amount import TwoCurrencies
from currency.text.extract import extract
from currency.text.reader import find_amounts
from reconcile.scan.model import Article
from reconcile.scan.propose import scan_articles


def _only(text: str, span: str):
    found = [a for a in find_amounts(text) if a.span == span]
    assert len(found) == 1, [a.span for a in find_amounts(text)]
    return found[0]


@pytest.mark.parametrize("text, span, value, currency, word", [
    ("Kestrel booked a refinery job worth $6.2 trillion won ($4.5 billion) in May.",
     "$6.2 trillion won", 6.2e12, "KRW", "won"),
    ("Norden set aside about $2.1 billion yen, its filing says.",
     "about $2.1 billion yen", 2.1e9, "JPY", "yen"),
    ("오르벨은 $50억원을 투자한다.", "$50억원", 5e9, "KRW", "원"),
])
def test_a_sign_and_a_word_of_two_currencies_read_as_the_word(text, span, value, currency, word):
    a = _only(text, span)
    assert (a.value, a.currency) == (value, currency)
    assert a.two_currencies == TwoCurrencies("$", "USD", word, currency)


@pytest.mark.parametrize("text, span, currency", [
    ("Orvel paid $600 million USD for it.", "$600 million USD", "USD"),
    ("Halvard paid $5 Canadian dollars a share.", "$5 Canadian dollars", "CAD"),
    ("Orvel's bid of $3 billion was raised.", "$3 billion", "USD"),
    # a dollar word of no country repeats the dollar of the sign before it
    ("Norden raised $5 billion dollars last year.", "$5 billion", "USD"),
    ("Halvard paid C$2 million dollars.", "C$2 million", "CAD"),
    ("Orvel paid A$5 billion dollars, it said.", "A$5 billion", "AUD"),
    ("Kestrel paid HK$10 million dollars (about US$1.3 million).", "HK$10 million", "HKD"),
])
def test_one_currency_written_twice_or_once_carries_no_note(text, span, currency):
    a = _only(text, span)
    assert a.currency == currency and a.two_currencies is None


@pytest.mark.parametrize("text", [
    "The $2 billion won approval from Norden's board.",   # its object follows
    # at a clause's end "won" is as often the verb: only a bracketed conversion makes it won
    "Orvel's bid of $5 billion won, then lost.",
    "The $5 billion won, analysts said, was a surprise.",
    "Kestrel's $5 billion won the bid in the end.",
])
def test_won_as_a_verb_after_a_dollar_amount_stays_a_verb(text):
    a = _only(text, "$5 billion" if "$5" in text else "$2 billion")
    assert a.currency == "USD" and a.two_currencies is None


@pytest.mark.parametrize("text", [
    "Halvard booked $5 billion won (about $3.7 million) of orders.",
    "Halvard booked $5 billion won ($3.7 million).",
])
def test_won_before_its_bracketed_conversion_is_the_currency(text):
    a = _only(text, "$5 billion won")
    assert a.currency == "KRW" and a.two_currencies.sign_currency == "USD"



@pytest.mark.parametrize("text", [
    "Orvel's order book hit $5 billion won. Kestrel's fell.",
    "Orvel's order book hit $5 billion won.",
])
def test_won_at_a_sentence_end_keeps_the_record_of_both(text):
    # read as the word's currency, as its figure's cell is, with the record the check reads
    a = _only(text, "$5 billion won")
    assert a.currency == "KRW" and a.two_currencies == TwoCurrencies("$", "USD", "won", "KRW")


@pytest.mark.parametrize("end", ["", "\n", "\r\n", " \n\n"])
def test_won_at_a_headlines_end_reads_as_at_the_texts_end(end):
    # a headline has no stop: its line's end ends the amount, whether a body follows it or not
    body = "Norden said on Monday the order was its largest." if end else ""
    a = _only("Kestrel wins deal for $4.85 trillion won" + end + body, "$4.85 trillion won")
    assert a.currency == "KRW" and a.two_currencies == TwoCurrencies("$", "USD", "won", "KRW")


def test_a_cell_with_its_sentence_full_stop_reads_as_without_it():
    from currency.text.reader import read_whole
    assert read_whole("$5 billion won.").two_currencies == read_whole("$5 billion won").two_currencies
    assert read_whole("$5 billion won.").currency == "KRW"


def test_the_candidate_and_the_scanned_figure_show_the_note():
    text = ("Kestrel Heavy said Norden dropped a refinery job worth $6.2 trillion won "
            "($4.5 billion). Kestrel Heavy will seek damages.")
    c = next(c for c in extract(text, dt.date(2024, 6, 12)) if c.amount.span.startswith("$6.2"))
    assert c.currency == "KRW" and any("two currencies" in n for n in c.notes)
    res = scan_articles([Article("k.txt", text, dt.date(2024, 6, 12), "header line")])
    row = next(r for r in res.rows if r["amount"].startswith("$6.2"))
    assert "the sign '$' (USD)" in row["note"] and "read as KRW" in row["note"]


@pytest.mark.parametrize("text, span, currency", [
    ("Orvel called it \"a multibillion (dollar) investment in Norden.\"",
     "multibillion (dollar)", "USD"),
    ("Halvard said it \"paid 5 billion [won] for the plant.\"", "5 billion [won]", "KRW"),
])
def test_a_currency_word_an_editor_brackets_after_a_number_is_its_currency(text, span, currency):
    a = _only(text, span)
    assert a.currency == currency and a.two_currencies is None


@pytest.mark.parametrize("text", [
    "Orvel played 10 games: 7 (won) and 3 (lost).",
    "Kestrel's team scored 3 (yen) points.",
])
def test_a_bracketed_currency_word_after_a_number_of_no_place_word_is_none(text):
    assert [a.span for a in find_amounts(text) if a.currency] == []


def test_a_bracketed_word_is_read_whole():
    # "(wonder)" begins with a currency word but is another word
    assert [a.currency for a in find_amounts("Orvel sold 5 billion (wonder) toys.")] == [None]


def test_a_bracket_of_no_currency_word_after_a_number_names_none():
    a = _only("Orvel's revenue of 3 billion (2023) rose.", "3 billion")
    assert a.currency is None


def test_a_cell_of_two_currencies_is_read_but_typed_text_is_refused():
    from currency.text.reader import AmountError, read_amount, read_whole
    assert read_whole("$5 billion won").two_currencies.read_as == "KRW"     # a figure's cell
    with pytest.raises(AmountError, match="names two currencies"):
        read_amount("$5 billion won")                                     # convert's text
