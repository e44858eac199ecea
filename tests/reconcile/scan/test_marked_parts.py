"""Breakdowns a text marks as a sum ("plus", "bringing the price to", "합쳐") that do not add up
are proposed as parts, so the parts check sees them; partial ones, and amounts a sentence only
lists, are not."""
from __future__ import annotations

import datetime as dt

import pytest

from reconcile.scan import propose
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


def test_a_breakdown_is_proposed_whatever_other_articles_state():
    # scan proposes; whether other articles repeat the figures is the parts check's to weigh
    text = ("Kestrel is paying $900 million for the shares plus debt of $450 million, bringing "
            "the deal's value to $1.2 billion.")
    other = ("Kestrel values Norden at $900 million; the $1.2 billion deal takes on its debt "
             "of $450 million.")
    alone = {r["amount"]: r["part_of"] is not None for r in scan(text).rows}
    assert alone == {"$900 million": True, "$450 million": True, "$1.2 billion": False}
    both = [r for r in scan(text, other).rows if r["id"].startswith("00")]
    assert {r["amount"]: r["part_of"] is not None for r in both} == alone


def test_joined_parts_short_of_the_total_not_said_to_be_whole_are_not_proposed():
    # the rest of the price may be a part the article does not name: no error
    res = scan("Orvel Studios was sold for $1.2 billion.\n\nHalvard paid $800 million in cash "
               "plus $150 million in stock.")
    assert all(r["part_of"] is None and r["kind"] is None for r in res.rows)


# Two facts side by side, with a whole's words elsewhere: no breakdown. Amounts joined by "and"
# (와, 과) are parts only with words of a whole between the last of them and the total, in one
# clause; never against a total of the sentence before; 에 and 하고 join nothing; "brought",
# "combined", "in all" and 모두 are no words of a whole.
@pytest.mark.parametrize("text", [
    "Orvel, which has raised $2.2 billion in total from investors, reported revenue of $2.1 "
    "billion and profit of $430 million last year.",
    "카파전자는 총 3조원 규모의 투자 계획을 발표했다. 카파전자는 지난해 매출 2조4000억원과 "
    "영업이익 1조5000억원을 기록했다.",
    "카파전자는 총 1조2000억원을 들여 노르덴을 인수했다. 노르덴은 지난해 매출 9500억원에 "
    "순이익 3700억원을 올렸다.",
    "카파전자는 총 3조원 규모의 A 사업과 B 사업에 각각 1조2000억원과 2조5000억원을 투자한다.",
    "Orvel posted revenue of $2.3 billion and a profit of $540 million last year; it has raised "
    "a total of $2.5 billion since 2015.",
    "Kestrel bought Norden for a total of $1.45 billion. Norden's shares rose 4% to a market "
    "value of $1.1 billion and Kestrel's to $620 million.",
    "Norden's deal brought $2.2 billion. Orvel posted revenue of $2.1 billion and profit of $430 "
    "million.",
    "노르덴은 지난해 매출 9500억원에 순이익 3700억원을 올렸고 총 1조2000억원에 인수됐다.",
    "노르덴은 지난해 매출 9500억원 하고 순이익 3700억원을 올렸고 총 1조2000억원에 인수됐다.",
    "Orvel posted revenue of $2.1 billion and profit of $430 million as its deal brought $2.2 "
    "billion.",
    "Orvel posted revenue of $2.1 billion and profit of $430 million, with its combined debt at "
    "$2.2 billion.",
    "Orvel posted revenue of $2.1 billion and profit of $430 million as its debt in all rose to "
    "$2.2 billion.",
    "카파전자는 매출 2조4000억원과 영업이익 1조5000억원을 기록했고 모두 3조원을 투자한다.",
])
def test_listed_facts_beside_words_of_a_whole_are_no_breakdown(text):
    assert all(r["part_of"] is None and r["kind"] is None for r in scan(text).rows)


def test_listed_parts_with_words_of_a_whole_before_their_total_are_its_parts():
    # the positive side of the rule above: "and", then ", a total of" in one clause
    res = scan("Orvel posted revenue of $2.1 billion and profit of $430 million, a total of "
               "$2.2 billion.")
    total = row(res, "$2.2 billion")
    assert row(res, "$2.1 billion")["part_of"] == total["metric"]
    assert row(res, "$430 million")["part_of"] == total["metric"]


def test_words_of_a_whole_between_the_total_and_its_first_part_make_them_all_of_it():
    res = scan("Halvard paid $1.2 billion in total, $800 million in cash plus $150 million in "
               "stock.")
    total = row(res, "$1.2 billion")
    assert total["kind"] == "all_parts"
    assert row(res, "$150 million")["part_of"] == total["metric"]


@pytest.mark.parametrize("text, parts", [
    ("Orvel was sold for $1.2 billion.\n\nHalvard paid $800 million in cash and the rest, $150 "
     "million, in stock.", ("$800 million", "$150 million")),
    # "the rest" after a sum adds a third part; its amount is no total
    ("Orvel was sold for $1.4 billion.\n\nHalvard paid $600 million in cash plus $200 million "
     "in stock, the rest, $350 million, in notes.", ("$600 million", "$200 million",
                                                    "$350 million"))])
def test_the_rest_among_the_parts_makes_them_all_of_the_total(text, parts):
    res = scan(text)
    total = next(r for r in res.rows if r["amount"] in ("$1.2 billion", "$1.4 billion"))
    assert total["kind"] == "all_parts"
    assert [row(res, p)["part_of"] for p in parts] == [total["metric"]] * len(parts)


def test_a_part_as_large_as_its_total_leaves_no_breakdown():
    # $800 million cannot be part of $500 million: these amounts are no breakdown of it
    res = scan("Orvel was valued at $500 million.\n\nHalvard paid $800 million in cash plus "
               "$150 million in stock.")
    assert all(r["part_of"] is None for r in res.rows)


def test_a_part_grouped_into_its_totals_fact_is_no_part_of_it(monkeypatch):
    # scan's grouping may put a part in its total's fact: a fact is no part of itself
    seen = {}
    real = propose._marked_parts

    def keep(mentions, metric_of, texts):
        seen.update(mentions=mentions, metric_of=metric_of, texts=texts)
        return real(mentions, metric_of, texts)

    monkeypatch.setattr(propose, "_marked_parts", keep)
    scan(OVER)
    by_span = {m.span: m for m in seen["mentions"]}
    marked, _ = real(seen["mentions"], seen["metric_of"], seen["texts"])
    assert by_span["$95m"].key in marked
    same = dict(seen["metric_of"])
    same[by_span["$95m"].key] = same[by_span["$545m"].key]
    assert real(seen["mentions"], same, seen["texts"]) == ({}, set())
