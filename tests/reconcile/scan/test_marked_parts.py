"""Breakdowns a text marks as a sum ("plus", "bringing the price to", "합쳐") that do not add up
are proposed as parts, so the parts check sees them; partial or repeated ones are not."""
from __future__ import annotations

import datetime as dt

import pytest

from reconcile.scan.model import Article
from reconcile.scan.propose import scan_articles

DAY = dt.date(2024, 5, 14)

# A total, and in the next sentence two parts joined by "plus" that exceed it (460 + 95 = 555).
OVER = ("Kestrel Media has bought a stake in Orvel Studios for $545m.\n\n"
        "Under the deal, Kestrel will pay $460m to its owner Norden Group plus a contribution "
        "of $95m to the studio.")


def scan(*texts: str):
    return scan_articles([Article(f"{k:02d}_a.txt", t, DAY, "header line")
                          for k, t in enumerate(texts)])


def row(res, amount: str) -> dict:
    rows = [r for r in res.rows if r["amount"] == amount]
    assert len(rows) == 1, rows
    return rows[0]


def test_joined_parts_above_the_total_in_the_next_sentence_are_its_parts():
    res = scan(OVER)
    total = row(res, "$545m")
    assert row(res, "$460m")["part_of"] == total["metric"]
    assert row(res, "$95m")["part_of"] == total["metric"]
    assert total["part_of"] is None and total["kind"] is None


def test_joined_parts_within_their_rounding_of_the_total_are_not_proposed():
    # 460 + 90 = 550: it adds up, nothing for the parts check to find
    res = scan(OVER.replace("$545m", "$550m").replace("$95m", "$90m"))
    assert all(r["part_of"] is None for r in res.rows)


def test_a_sentence_after_another_is_no_total_of_its_parts():
    # a sentence between the total and the parts: the parts are not marked as its breakdown
    res = scan(OVER.replace("\n\nUnder", " Norden said it was pleased. Under"))
    assert all(r["part_of"] is None for r in res.rows)


@pytest.mark.parametrize("text", [
    "Halvard will pay $800 million in cash and $150 million in stock, bringing the price to "
    "$1.2 billion.",
    "카파전자는 순기업가치 8억달러와 보유현금 1억5천만달러를 합쳐 12억달러에 인수했다."])
def test_parts_said_to_be_the_whole_and_short_of_it_make_the_total_all_parts(text):
    res = scan(text)
    total = next(r for r in res.rows if r["amount"] in ("$1.2 billion", "12억달러"))
    parts = [r for r in res.rows if r is not total]
    assert [r["part_of"] for r in parts] == [total["metric"]] * 2
    assert total["kind"] == "all_parts"


def test_listed_parts_short_of_a_total_not_said_to_be_whole_are_not_proposed():
    res = scan("Halvard will pay $800 million in cash and $150 million in stock for Orvel, "
               "a deal worth $1.2 billion.")
    assert all(r["part_of"] is None and r["kind"] is None for r in res.rows)


def test_listed_parts_above_a_total_not_said_to_be_whole_are_not_proposed():
    # "and" only lists: without words making them the whole, two amounts are no breakdown
    res = scan("Orvel Studios, valued at $1.2 billion, reported $900 million in sales and "
               "$700 million in costs.")
    assert all(r["part_of"] is None for r in res.rows)


def test_a_breakdown_other_articles_repeat_is_left_alone():
    # every outlet gives the same three figures: the parties' own, of different scope
    text = ("Halvard will pay $1.2 billion for the shares along with cash of $580 million, "
            "bringing the price to $1.6 billion.")
    other = ("Halvard values Orvel at $1.2 billion; the $1.6 billion deal includes its cash "
             "of $580 million.")
    assert any(r["part_of"] for r in scan(text).rows)
    assert all(r["part_of"] is None for r in scan(text, other).rows)


def test_joined_parts_short_of_the_total_not_said_to_be_whole_are_not_proposed():
    # the rest of the price may be a part the article does not name: no error
    res = scan("Orvel Studios was sold for $1.2 billion.\n\nHalvard paid $800 million in cash "
               "plus $150 million in stock.")
    assert all(r["part_of"] is None and r["kind"] is None for r in res.rows)
