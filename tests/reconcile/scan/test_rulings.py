"""A penalty restated in the news of a later ruling or appeal is of its imposition's time."""
from __future__ import annotations

import datetime as dt

import pytest

from reconcile.scan.mentions import under_review
from reconcile.scan.model import Article
from reconcile.scan.propose import scan_articles


def art(path: str, text: str, day: dt.date) -> Article:
    return Article(path, text, day, "header line")


def metric_of(result, path: str, amount: str) -> str:
    rows = [r for r in result.rows if r["amount"] == amount and r["source"].endswith(path)]
    assert len(rows) == 1, rows
    return rows[0]["metric"]


@pytest.mark.parametrize("sentence, ruled", [
    ("The top court upheld the $90 million fine imposed on Orvel Systems.", True),
    ("Orvel Systems lost its lawsuit to cancel the $90 million penalty.", True),
    ("카파전자는 과징금 1200억원 취소 소송에서 최종 패소했다.", True),
    ("카파전자 과징금 1200억원 확정", True),
    ("The regulator fined Orvel Systems $90 million on Tuesday.", False),
    ("The appeals court cut the fine to $40 million.", False),
    ("Orvel Systems won its appeal against the order and paid $90 million.", False),
])
def test_a_penalty_a_later_ruling_is_about_is_under_review(sentence, ruled):
    assert under_review(sentence) is ruled


IMPOSED = art("fine.txt", "Norden's competition regulator fined Orvel Systems $90.3 million on "
                          "Tuesday for abusing its chip patents, the largest penalty it has "
                          "imposed.", dt.date(2016, 12, 21))
RULED = art("ruling.txt", "A Norden court upheld the $90 million fine against Orvel Systems on "
                          "Thursday. The regulator had fined Orvel Systems $90.3 million in "
                          "December 2016 for abusing its chip patents.", dt.date(2019, 12, 5))


def test_a_fine_upheld_years_later_stays_with_the_fine_as_imposed():
    res = scan_articles([IMPOSED, RULED])
    fine = metric_of(res, "fine.txt", "$90.3 million")
    assert metric_of(res, "ruling.txt", "$90 million") == fine
    assert metric_of(res, "ruling.txt", "$90.3 million") == fine


def test_a_fine_upheld_in_an_article_that_never_dates_it_keeps_the_rulings_year():
    undated = art("ruling.txt", "A Norden court upheld the $90 million fine against Orvel "
                                "Systems on Thursday.", dt.date(2019, 12, 5))
    res = scan_articles([IMPOSED, undated])
    assert metric_of(res, "ruling.txt", "$90 million") != metric_of(res, "fine.txt",
                                                                     "$90.3 million")


def test_two_fines_a_year_apart_are_two_impositions():
    res = scan_articles([
        IMPOSED,
        art("other.txt", "Halvard's regulator fined Orvel Systems $90 million on Monday for "
                         "abusing its chip patents.", dt.date(2017, 11, 14)),
    ])
    # a round amount a year on would join a penalty of last year as a restatement of it
    assert metric_of(res, "fine.txt", "$90.3 million") != metric_of(res, "other.txt",
                                                                    "$90 million")
