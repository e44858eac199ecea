"""A penalty restated in the news of a later ruling or appeal is of its imposition's time."""
from __future__ import annotations

import datetime as dt

import pytest

from reconcile.scan.grouping import _ruled_date
from reconcile.scan.mentions import article_mentions, ruled_on
from reconcile.scan.model import Article
from reconcile.scan.propose import scan_articles


def art(path: str, text: str, day: dt.date) -> Article:
    return Article(path, text, day, "header line")


def metric_of(result, path: str, amount: str) -> str:
    rows = [r for r in result.rows if r["amount"] == amount and r["source"].endswith(path)]
    assert len(rows) == 1, rows
    return rows[0]["metric"]


@pytest.mark.parametrize("sentence, amount, ruled", [
    ("The top court upheld the $90 million fine imposed on Orvel Systems.", "$90 million", True),
    ("Orvel Systems lost its lawsuit to cancel the $90 million penalty.", "$90 million", True),
    ("대법원은 카파전자의 과징금 1200억원 취소 소송에서 원고 패소 판결을 확정했다.", "1200억원", True),
    ("The regulator fined Orvel Systems $90 million on Tuesday.", "$90 million", False),
    ("The appeals court cut the fine to $40 million.", "$40 million", False),
    ("Orvel Systems won its appeal against the order and paid $90 million.", "$90 million", False),
    # a plan to appeal, a suit's claim, a regulator's own 확정: the imposition's news
    ("Orvel said it would appeal the $90 million fine imposed on Tuesday.", "$90 million", False),
    ("Kestrel Fine Chemicals said its lawsuit seeks $5 million in damages.", "$5 million", False),
    ("공정위는 카파전자에 과징금 1200억원 부과를 확정했다.", "1200억원", False),
    ("Kestrel Fine Chemicals said the court upheld its claim for $5 million.", "$5 million", False),
])
def test_a_penalty_a_later_ruling_is_about_is_ruled_on(sentence, amount, ruled):
    start = sentence.index(amount)
    assert ruled_on(sentence, start, start + len(amount)) is ruled


IMPOSED = art("fine.txt", "Norden's competition regulator fined Orvel Systems $90.3 million on "
                          "Tuesday for abusing its chip patents, the largest penalty it has "
                          "imposed.", dt.date(2016, 12, 21))
RULED = art("ruling.txt", "Orvel Systems lost its appeal against the $90 million fine on "
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


def test_two_fines_twelve_months_apart_are_two_impositions():
    res = scan_articles([
        IMPOSED,
        art("other.txt", "Halvard's regulator fined Orvel Systems $90 million on Monday for "
                         "abusing its chip patents.", dt.date(2017, 12, 19)),
    ])
    # a round amount a year on would join a penalty of last year as a restatement of it
    assert metric_of(res, "fine.txt", "$90.3 million") != metric_of(res, "other.txt",
                                                                    "$90 million")


def test_one_fine_dated_in_two_consecutive_years_stays_one():
    # its imposition in December 2016, its payment "the 2017 fine": one fine, one amount, one
    # holder, a month apart
    res = scan_articles([
        art("fine.txt", "Norden's regulator fined Orvel Systems $90.3 million in December 2016 "
                        "for abusing its chip patents.", dt.date(2016, 12, 28)),
        art("paid.txt", "Orvel Systems paid the 2017 fine of $90.3 million to Norden's "
                        "regulator for abusing its chip patents.", dt.date(2017, 1, 20)),
    ])
    assert metric_of(res, "fine.txt", "$90.3 million") == metric_of(res, "paid.txt",
                                                                    "$90.3 million")


def test_one_fine_reported_a_year_apart_by_publication_alone_stays_one():
    # twelve months between the reports, neither text dating the fine: when it was reported
    # is not when it was imposed
    res = scan_articles([
        art("fine.txt", "Norden's regulator has fined Orvel Systems $90.3 million for abusing "
                        "its chip patents.", dt.date(2016, 1, 5)),
        art("paid.txt", "Orvel Systems has paid its $90.3 million fine to Norden's regulator "
                        "for abusing its chip patents.", dt.date(2017, 1, 20)),
    ])
    assert metric_of(res, "fine.txt", "$90.3 million") == metric_of(res, "paid.txt",
                                                                    "$90.3 million")


def test_a_ruled_fine_takes_no_date_from_another_holders_fine():
    ruling = art("ruling.txt", "Orvel Systems lost its appeal against the $90.3 million fine on "
                               "Thursday. Kestrel Motors was fined $90 million in 2012.",
                 dt.date(2019, 12, 5))
    ms = article_mentions(ruling, 0)
    ruled = [m for m in ms if m.ruled_on]
    assert [m.span for m in ruled] == ["$90.3 million"]
    assert _ruled_date(ruled, ms) == ""
