"""scan's as_of of one figure against its fact's time, on sentences made up for the tests."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pandas as pd
import pytest

from reconcile.scan.mentions import article_mentions, dated_in_own_clause
from reconcile.scan.model import Article
from reconcile.scan.propose import scan_articles


def offer_reports(later: str) -> list[Article]:
    """Three reports of a tender offer in September, and one in October whose own clause names
    the day of the amount it states."""
    arts = [Article(f"sep{k}.txt", "Halvard Partners launched a tender offer for Kestrel Metals "
                                   f"shares at 675,000 won each on Sept. {d}, the fund said.",
                    dt.date(2024, 9, d), "header line", language="en")
            for k, d in enumerate((12, 12, 13))]
    # (no raise's words: a level a raise reached is a round of its own whatever its date,
    # `grouping._rounds_apart`, and these tests are of the date)
    arts.append(Article("oct.txt", "Halvard Partners put its tender offer for Kestrel Metals "
                                   f"shares at {later} each on Wednesday, the fund said.",
                        dt.date(2024, 10, 2), "header line", language="en"))
    return arts


def test_an_amount_of_its_own_keeps_the_day_its_own_clause_writes():
    # the raised offer is that Wednesday's amount: the fact's September time would compare it
    # with the first offer as a misquote of it
    rows = {r["id"]: r for r in scan_articles(offer_reports("820,000 won")).rows}
    assert rows["oct-s01"]["as_of"] == "2024-10-02"
    assert "the date its own clause writes" in rows["oct-s01"]["note"]
    assert {rows[f"sep{k}-s01"]["as_of"] for k in range(3)} == {"2024-09-12"}


@pytest.mark.parametrize("later", [
    # the first offer's amount named again on a later day: that time's amount repeated
    "675,000 won",
    # a slip of the first offer's digits is no amount of its own: kept in the fact's time,
    # where the digits check sees it beside the amount it slips
    "657,000 won"])
def test_an_amount_of_the_facts_time_takes_that_time_though_its_clause_writes_a_later_day(later):
    rows = {r["id"]: r for r in scan_articles(offer_reports(later)).rows}
    assert rows["oct-s01"]["as_of"] == "2024-09-12"
    assert rows["oct-s01"]["metric"] == rows["sep0-s01"]["metric"]


def test_a_conversion_goes_with_the_amount_of_its_own_it_converts():
    arts = offer_reports("820,000 won ($615)")
    rows = {r["amount"]: r for r in scan_articles(arts).rows if r["source"] == "oct.txt"}
    assert rows["$615"]["restates"] == rows["820,000 won"]["id"]
    assert rows["$615"]["as_of"] == rows["820,000 won"]["as_of"] == "2024-10-02"
    assert rows["$615"]["metric"] == rows["820,000 won"]["metric"]


def test_a_raised_amount_keeping_its_day_is_a_fact_of_its_own():
    # kept apart from the first offer, the raised one is not compared with it as a misquote
    rows = {r["id"]: r for r in scan_articles(offer_reports("820,000 won")).rows}
    assert rows["oct-s01"]["metric"] != rows["sep0-s01"]["metric"]
    assert {rows[f"sep{k}-s01"]["metric"] for k in range(3)} == {rows["sep0-s01"]["metric"]}


@pytest.mark.parametrize("later, day", [
    ("720,000 won", 13), ("720,000 won", 11), ("6,750,000 won", 13)])
def test_a_misquote_dated_a_day_off_the_facts_time_stays_in_that_time(later, day):
    # a report a time zone or a slip puts a day off the others is of the same event: its
    # amount is compared with theirs, not made a fact of its own
    arts = offer_reports("675,000 won")[:3]
    arts.append(Article("late.txt", "Halvard Partners launched a tender offer for Kestrel Metals "
                                    f"shares at {later} each on Sept. {day}, the fund said.",
                        dt.date(2024, 9, 14), "header line", language="en"))
    rows = {r["id"]: r for r in scan_articles(arts).rows}
    assert rows["late-s01"]["as_of"] == "2024-09-12"
    assert rows["late-s01"]["metric"] == rows["sep0-s01"]["metric"]


def test_a_date_its_words_give_the_saying_does_not_date_the_amount():
    # "On Sept. 30 ... said" is the day of the saying: the deal's value is compared with the
    # value the September reports give
    arts = [Article(f"d{k}.txt", "Orvel Motors agreed to buy Norden Chips for $10 billion, the "
                                 f"company said on Sept. {d}.", dt.date(2024, 9, d),
                    "header line", language="en") for k, d in enumerate((12, 12, 13))]
    arts.append(Article("late.txt", "On Sept. 30 Orvel Motors said the deal for Norden Chips "
                                    "was worth $8 billion.", dt.date(2024, 9, 30),
                        "header line", language="en"))
    rows = {r["id"]: r for r in scan_articles(arts).rows}
    assert rows["late-s01"]["as_of"] == "2024-09-12"
    assert rows["late-s01"]["metric"] == rows["d0-s01"]["metric"]


@pytest.mark.parametrize("basis, own", [("sentence", True), ("deal", False), ("then", False),
                                        ("article", False), ("published", False)])
def test_only_a_date_its_own_sentence_writes_is_dated_in_its_own_clause(basis, own):
    # the same words read from another sentence, or the article's date, are not the amount's
    # own clause's, though they happen to stand in it
    text = "Halvard Partners raised its offer for Kestrel Metals to 820,000 won on Oct. 2."
    m = article_mentions(Article("a.txt", text, dt.date(2024, 10, 3), "header line",
                                 language="en"), 0)[0]
    assert (m.as_of_basis, m.as_of_from) == ("sentence", "Oct. 2")
    assert dated_in_own_clause(dataclasses.replace(m, as_of_basis=basis)) == own


@pytest.mark.parametrize("text, when, own", [
    ("However, in March 2011, Norden sold the depot for €415 million.", "March 2011", True),
    ("In March 2011, Norden sold the depot for €415 million.", "March 2011", True),
    ("2011년 3월, 노르덴은 창고를 4억 유로에 매각했다.", "2011년 3월", True),
    # a clause of its own before the amount's: its date is that clause's
    ("Norden was founded in a small town near Leeds in March 2011, and it sold the depot for "
     "€415 million.", "March 2011", False),
    # another number before the amount's clause: a phrase of its own deed, which the date is of
    ("Down 12% in 2011, Norden sold the depot for €415 million.", "2011", False),
])
def test_a_time_phrase_fronted_before_the_amounts_clause_dates_it(text, when, own):
    # "In March 2011, ..." is no clause: it dates the one it opens
    m = article_mentions(Article("a.txt", text, dt.date(2012, 4, 20), "header line",
                                 language="en" if text.isascii() else "ko"), 0)[0]
    assert (m.as_of_basis, m.as_of_from) == ("sentence", when)
    assert dated_in_own_clause(m) == own


@pytest.mark.parametrize("text, when", [
    # a clause of time opening after the date, or the date not right before the amount's clause:
    # the date is the later clause's, the amount's deed came before it
    ("In January 2020, after Orvel Industries agreed to buy Norden Systems for $3.6 billion in "
     "cash, it sold the sensor unit to Kappa.", "January 2020"),
    ("In 2020, two years after Orvel paid $3 billion for Norden, it sold the unit to Kappa.",
     "2020"),
    ("Last year, when Norden raised $1 billion in March, its shares rose.", "Last year"),
    ("In March 2011, once Norden sold the depot for €415 million, its shares rose.", "March 2011"),
    ("In March 2011, since Orvel paid €415 million for the depot, Norden has grown.", "March 2011"),
    ("In March 2011, until Orvel paid €415 million for the depot, Norden was idle.", "March 2011"),
    ("In March 2011, while Norden sold the depot for €415 million, its shares fell.", "March 2011"),
    ("2020년, 오르벨이 노르덴을 30억 달러에 인수한 지 2년 만에 매각했다.", "2020년"),
    ("2020년, 오르벨이 노르덴을 30억 달러에 인수한 뒤 센서 사업부를 매각했다.", "2020년"),
    ("2020년, 오르벨이 노르덴을 30억 달러에 인수한 후 센서 사업부를 매각했다.", "2020년"),
    ("2020년, 오르벨이 노르덴을 30억 달러에 인수할 당시 센서 사업부는 적자였다.", "2020년"),
])
def test_a_time_phrase_fronted_before_a_clause_of_time_does_not_date_its_amount(text, when):
    m = article_mentions(Article("a.txt", text, dt.date(2021, 2, 1), "header line",
                                 language="en" if text.isascii() else "ko"), 0)[0]
    assert (m.as_of_basis, m.as_of_from) == ("sentence", when)
    assert not dated_in_own_clause(m)


def test_a_price_in_a_clause_of_time_after_a_fronted_date_is_still_flagged():
    # the $3.6 billion of the deal agreed before January is compared with the deal's reports
    from reconcile.engines.local import reconcile
    from reconcile.store.figures import COLUMNS
    arts = [Article(f"d{k}.txt", "Orvel Industries agreed on Monday to buy Norden Systems for "
                                 "$3.2 billion in cash, the companies said.", dt.date(2019, 12, d),
                    "header line", language="en") for k, d in enumerate((12, 13, 14))]
    arts.append(Article("late.txt", "In January 2020, after Orvel Industries agreed to buy Norden "
                                    "Systems for $3.6 billion in cash, it sold the sensor unit to "
                                    "Kappa.", dt.date(2020, 2, 1), "header line", language="en"))
    res = scan_articles(arts)
    findings = reconcile(pd.DataFrame(res.rows, columns=COLUMNS)).findings
    assert "late-s01" in {i for ids in findings["flagged"] for i in ids}


LOCAL_LEAD = "카파전자가 13일(현지시간) 미국 제타오디오를 80억 달러에 인수한다고 밝혔다."


@pytest.mark.parametrize("text, language, day, want", [
    # a Korean report out the day after: by its home clock the event abroad fell on that day
    ("카파전자가 미국 제타오디오를 80억 달러에 인수한다.", "ko", 14, "2024-05-13/2024-05-14"),
    # an English report's day after is only when it came out: no home clock is known ahead
    ("Kappa Electronics will buy Zeta Audio for $8 billion.", "en", 14, "2024-05-13"),
    # a day a sentence names after the local day is another step's, not a report's day
    ("카파전자 이사회는 14일 미국 제타오디오를 80억 달러에 인수하는 안을 승인했다.", "ko", 15,
     "2024-05-13")])
def test_a_local_day_is_read_with_the_day_after_only_by_a_korean_reports_day(text, language,
                                                                              day, want):
    res = scan_articles([Article("a.txt", LOCAL_LEAD, dt.date(2024, 5, 14), "header line",
                                 language="ko"),
                         Article("b.txt", text, dt.date(2024, 5, day), "header line",
                                 language=language)])
    assert len({r["metric"] for r in res.rows}) == 1
    assert {r["as_of"] for r in res.rows} == {want}


def test_a_headline_repeating_its_bodys_raised_amount_is_of_that_raises_time():
    # one event is one time: the headline's 820,000 won is the raise its body dates on
    # Wednesday, not a misquote of September's 675,000 won
    arts = offer_reports("820,000 won")
    head = "Halvard Partners tender offer for Kestrel Metals shares at 820,000 won each. "
    arts[-1] = dataclasses.replace(arts[-1], text=head + arts[-1].text)
    rows = {r["id"]: r for r in scan_articles(arts).rows}
    assert rows["oct-s01"]["as_of"] == rows["oct-s02"]["as_of"] == "2024-10-02"
    assert rows["oct-s01"]["metric"] == rows["oct-s02"]["metric"] != rows["sep0-s01"]["metric"]


def headline_over_a_dated_body(headline: str) -> list[Article]:
    """The September reports of `offer_reports`, and an article out on Oct. 5 whose headline
    and lead carry no date of the amount's own and whose body dates the raise on Oct. 2."""
    arts = offer_reports("675,000 won")[:3]
    text = (f"{headline}\nSEOUL, Oct. 5 -- Halvard Partners said on Saturday its bid for Kestrel "
            "Metals stands.\nHalvard Partners put its tender offer for Kestrel Metals shares at "
            "820,000 won each on Oct. 2, the fund said.")
    return arts + [Article("oct.txt", text, dt.date(2024, 10, 5), "header line", language="en")]


def test_a_headlines_conversion_moves_with_the_amount_it_converts(tmp_path):
    # the headline's won moves to the body's day; its dollars, dated by the lead as the won
    # was, go with it: one fact, one time, and a restatement of its own fact
    arts = headline_over_a_dated_body("Halvard Partners offers 820,000 won ($615) a share")
    rows = {r["id"]: r for r in scan_articles(arts).rows}
    head, dollars = rows["oct-s01"], rows["oct-s02"]
    assert (head["amount"], dollars["amount"], dollars["restates"]) == ("820,000 won", "$615",
                                                                       "oct-s01")
    assert dollars["as_of"] == head["as_of"] == "2024-10-02"
    assert dollars["metric"] == head["metric"]
    from tests.helpers import run
    for a in arts:
        (tmp_path / a.path).write_text(f"# source: https://example.com/{a.path} | published: "
                                       f"{a.published} | publisher: Example\n{a.text}\n",
                                       encoding="utf-8")
    r = run("scan", tmp_path, "-o", tmp_path / "out.csv")
    assert r.exit_code == 0, r.output


LEAD = "SEOUL, Oct. 5 -- Halvard Partners said on Saturday its bid for Kestrel Metals stands.\n"
RAISE = ("Halvard Partners put its tender offer for Kestrel Metals shares at {} each on Oct. 2, "
         "the fund said.")


def october(name: str, text: str) -> Article:
    return Article(name, text, dt.date(2024, 10, 5), "header line", language="en")


def spending_reports(later: str) -> list[Article]:
    """Three reports of a year's spending in September, and an October article `later`."""
    arts = [Article(f"sep{k}.txt", "Orvel Motors set its capital spending at 2.03 trillion won "
                                   f"on Sept. {d}, the company said.",
                    dt.date(2024, 9, d), "header line", language="en")
            for k, d in enumerate((12, 12, 13))]
    return arts + [october("oct.txt", later)]


def cases_the_headline_rule_leaves():
    """(articles, id of a figure with no date of its amount's own, which keeps the fact's time):
    the repeat is in another article; the figure's own clause dates it; the article's dated
    amount is another; the fact's time states it within its rounding; the article's dated
    amount is in another currency."""
    won = offer_reports("675,000 won")[:3]
    dollars = [dataclasses.replace(a, text=a.text.replace("675,000 won", "$675")) for a in won]
    return [
        (won + [october("head.txt", "Halvard Partners offers 820,000 won a share for Kestrel "
                                    "Metals\n" + LEAD),
                october("body.txt", RAISE.format("820,000 won"))], "head-s01"),
        (won + [october("oct.txt", "Halvard Partners weighed 820,000 won a share for Kestrel "
                                   "Metals on Sept. 14, the fund said.\n"
                                   + RAISE.format("820,000 won"))], "oct-s01"),
        (won + [october("oct.txt", "Halvard Partners tender offer for Kestrel Metals shares at "
                                   "900,000 won each\n" + LEAD
                                   + RAISE.format("820,000 won"))], "oct-s01"),
        (spending_reports("Orvel Motors capital spending at 2 trillion won\nOrvel Motors set its "
                          "capital spending for next year at 2.1 trillion won on Oct. 4, the "
                          "company said.\nOrvel Motors set its capital spending at 2.03 trillion "
                          "won this year, the company said."), "oct-s01"),
        (dollars + [october("oct.txt", "Halvard Partners tender offer for Kestrel Metals shares "
                                       "at 820 euros each\n" + LEAD + RAISE.format("$820"))],
         "oct-s01"),
    ]


@pytest.mark.parametrize("case", range(5), ids=["another article", "its own clause's date",
                                                "another amount", "the fact's time states it",
                                                "another currency"])
def test_a_figure_with_no_date_of_its_own_keeps_the_facts_time_unless_its_article_dates_it(case):
    # the headline rule moves a figure only by an amount its own article dates, of its
    # currency, within its rounding, that the fact's time does not state
    arts, figure = cases_the_headline_rule_leaves()[case]
    rows = {r["id"]: r for r in scan_articles(arts).rows}
    assert rows[figure]["as_of"] == rows["sep0-s01"]["as_of"] == "2024-09-12"


def test_a_second_deed_on_the_amount_itself_dates_it_and_keeps_it_with_its_later_report():
    # "and will book it": the booking is the amount's, so the plan and the later report of the
    # same quarter are one fact, which the check can compare
    plan = Article("a.txt", "Orvel will receive $300 million from Brix and will book it in the "
                   "fourth quarter of 2025.\n", dt.date(2024, 5, 1), "header line", language="")
    done = Article("b.txt", "Orvel booked $310 million from Brix in the fourth quarter of "
                   "2025.\n", dt.date(2026, 3, 2), "header line", language="")
    rows = scan_articles([plan, done]).rows
    assert [r["as_of"] for r in rows] == ["2025-12", "2025-12"]
    assert len({r["metric"] for r in rows}) == 1
