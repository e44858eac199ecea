"""A headline's amount with a digit lost is its body's amount misprinted."""
from __future__ import annotations

import datetime as dt

import pytest

from reconcile.scan.grouping import _digit_lost_as_written
from reconcile.scan.mentions import article_mentions
from reconcile.scan.model import Article
from reconcile.scan.propose import scan_articles

DAY = dt.date(2024, 5, 14)

OTHER = ("Orvel Media agreed on Friday to buy an 80 percent stake in Kestrel Studios for $775 "
         "million, or about 920 billion won, its largest deal.")


def art(path: str, text: str, day: dt.date = DAY) -> Article:
    return Article(path, text, day, "header line", language="en")


def metric(result, path: str, amount: str) -> str:
    rows = [r for r in result.rows if r["amount"] == amount and r["source"] == path]
    assert len(rows) == 1, rows
    return rows[0]["metric"]


def _scan(headline: str):
    text = (f"{headline}\n\nOrvel Media said on Friday it will buy an 80 percent stake in Kestrel "
            "Studios for $775 million (approx. 920 billion won). The studio makes films.")
    return scan_articles([art("a.txt", text), art("b.txt", OTHER)])


def test_a_headlines_amount_with_a_digit_lost_joins_the_fact_its_body_states():
    res = _scan("Orvel Media buys Hollywood studio for 20 billion won")
    assert metric(res, "a.txt", "20 billion won") == metric(res, "b.txt", "$775 million")


@pytest.mark.parametrize("headline", [
    "Orvel Media buys Hollywood studio for 20 trillion won",    # another unit word
    "Orvel Media buys Hollywood studio for 70 billion won",     # not a digit lost
])
def test_a_headlines_other_amount_stays_its_own(headline):
    res = _scan(headline)
    amount = headline.split(" for ")[1]
    assert metric(res, "a.txt", amount) != metric(res, "b.txt", "$775 million")


def _pair(a: str, b: str) -> bool:
    x, y = article_mentions(art("a.txt", f"{a} {b}"), 0)
    return _digit_lost_as_written(x, y)


@pytest.mark.parametrize("a, b, lost", [
    ("Kestrel sold for 20 billion won.", "It was paid 920 billion won.", True),
    ("Kestrel sold for 29 billion won.", "It was paid 920 billion won.", False),    # reordered
    ("Kestrel sold for 3 billion won.", "It was paid 83 billion won.", False),      # one digit kept
    ("Kestrel sold for 2.5 billion won.", "It was paid 25.5 billion won.", False),  # a point
    ("Kestrel sold for 20 million won.", "It was paid 920 billion won.", False),    # unit word
])
def test_a_digit_lost_keeps_two_digits_and_the_unit_word(a, b, lost):
    assert _pair(a, b) is lost


def test_a_body_amount_with_a_digit_lost_stays_its_own():
    # in the body, "20 billion won" is as likely another sum: only a headline restates its story
    text = ("Orvel Media to buy Hollywood studio\n\n"
            "Orvel Media said on Friday it will buy an 80 percent stake in Kestrel Studios for $775 "
            "million (approx. 920 billion won). The studio once sold a film library for 20 "
            "billion won.")
    res = scan_articles([art("a.txt", text), art("b.txt", OTHER)])
    assert metric(res, "a.txt", "20 billion won") != metric(res, "b.txt", "$775 million")
