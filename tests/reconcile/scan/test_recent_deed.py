"""An amount whose own clause tells its deed as recent, in the past tense, with no day named, is
dated as the span of days before its report (`recent_past`, `week_early` of `DATE_FORMS`)."""
from __future__ import annotations

import datetime as dt

import pytest

from reconcile.scan import mentions
from reconcile.scan.mentions import article_mentions
from reconcile.scan.model import Article

DAY = dt.date(2024, 5, 16)          # a Thursday
TWO_WEEKS = "2024-05-02/2024-05-16"
THIS_WEEK = "2024-05-13/2024-05-16"


def _as_of(text: str) -> dict[str, tuple[str, str]]:
    a = Article("a.txt", text, DAY, "header line", language="" if text.isascii() else "ko")
    return {m.span: (m.as_of, m.as_of_basis) for m in article_mentions(a, 0)}


@pytest.mark.parametrize("text, span, as_of", [
    ("Orvel recently signed a $95 million supply deal with Kestrel.", "$95 million", TWO_WEEKS),
    ("Norden has recently won a $45 million order from Halvard.", "$45 million", TWO_WEEKS),
    ("Kestrel sold its Halvard unit for $80 million earlier this week.", "$80 million", THIS_WEEK),
    ("카파전자는 최근 노르덴과 1억2000만 달러 규모의 공급 계약을 체결했다.", "1억2000만 달러", TWO_WEEKS),
    ("카파전자는 이번 주 초 할바드에 4500만 달러 규모의 설비를 팔았다.", "4500만 달러", THIS_WEEK),
])
def test_a_recent_deed_is_dated_as_the_days_before_its_report(text, span, as_of):
    assert _as_of(text)[span] == (as_of, "sentence")


@pytest.mark.parametrize("text, span", [
    # a count of a period makes a span of its own, no deed's day
    ("카파전자의 매출은 최근 3년간 2억 달러 늘었다.", "2억 달러"),
    # a recently built thing's present output, and 최근 before a past modifier of a noun
    ("Orvel's recently opened plant makes $300 million of parts a year.", "$300 million"),
    ("최근 상장한 할바드의 시가총액은 9000억원이다.", "9000억원"),
    # a present or a coming state is no deed of the days before
    ("Orvel recently trades at about $12 a share.", "about $12"),
    ("카파전자는 최근 1억 달러 규모의 투자를 검토하고 있다.", "1억 달러"),
])
def test_a_span_or_a_present_recent_word_is_no_recent_deed(text, span):
    assert _as_of(text)[span] == (DAY.isoformat(), "published")


@pytest.mark.parametrize("text, span, other", [
    # the conversion written beside the amount is of its clause
    ("Orvel recently signed a deal worth $80 million, or 106 billion won, with Kestrel.",
     "106 billion won", "$80 million"),
    ("Orvel recently signed a $80 million (106 billion won) deal with Kestrel.",
     "106 billion won", "$80 million"),
])
def test_a_recent_deeds_conversion_shares_its_days(text, span, other):
    got = _as_of(text)
    assert got[span][0] == got[other][0] == TWO_WEEKS


@pytest.mark.parametrize("text, span", [
    # a recent word dates only the amounts of its own clause: an earlier clause's is not the deed's
    ("카파전자의 매출은 1조원이었지만 최근 노르덴과 2조원 규모 계약을 체결했다.", "1조원"),
    ("Orvel's revenue was $1 billion a while ago, but it recently won a $4 billion order.",
     "$1 billion"),
])
def test_a_recent_word_dates_no_amount_of_another_clause(text, span):
    assert "/" not in _as_of(text)[span][0]


@pytest.mark.parametrize("text, span", [
    # a market value its words call recent stays of a recent day of its own, past verb or not
    ("카파전자의 시가총액은 최근 2억5000만 달러를 넘었다.", "2억5000만 달러를 넘었"),
    ("Orvel's market value was recently $1.5 billion.", "$1.5 billion"),
])
def test_a_recent_market_value_keeps_its_recent_day(text, span):
    a = Article("a.txt", text, DAY, "header line", language="" if text.isascii() else "ko")
    m = next(m for m in article_mentions(a, 0) if m.span == span)
    assert m.market_day == mentions.RECENT


@pytest.mark.parametrize("text, span, as_of", [
    # a day its clause names is the deed's own: the recent words add no span
    ("Orvel recently signed a $75 million deal with Kestrel on May 3.", "$75 million", "2024-05-03"),
    ("카파전자는 지난 3일 최근 노르덴과 6000만 달러 규모의 계약을 체결했다고 밝혔다.", "6000만 달러",
     "2024-05-03"),
    ("카파전자는 최근 노르덴과 6000만 달러 규모의 계약을 체결했다고 13일 밝혔다.", "6000만 달러",
     "2024-05-13"),
    # a week its clause names, as a day does: "last week" dates it by its Thursday's month
    ("Orvel recently signed a $65 million deal with Kestrel last week.", "$65 million", "2024-05"),
    ("카파전자는 최근 노르덴과 7000만 달러 규모의 계약을 지난주 체결했다.", "7000만 달러", "2024-05"),
])
def test_a_named_day_of_the_clause_dates_a_recent_deed(text, span, as_of):
    assert _as_of(text)[span] == (as_of, "sentence")


@pytest.mark.parametrize("text, span", [
    # an adnominal's 한 or 된 is no past verb of the amount: 대한, 위한, a modifier
    ("최근 할바드에 대한 수출액은 월 7억 달러 안팎이다.", "7억 달러 안팎"),
    ("최근 설비를 위한 투자액은 연 30억 달러 수준이다.", "연 30억 달러 수준"),
    ("최근 발표된 노르덴의 연간 매출은 4억 달러다.", "4억 달러"),
])
def test_a_korean_adnominal_is_no_recent_deed(text, span):
    assert _as_of(text)[span] == (DAY.isoformat(), "published")


@pytest.mark.parametrize("text, span", [
    # a past verb after the recent word's clause ends is another clause's, of another subject
    ("최근 노르덴의 연매출은 6억 달러이고 할바드는 적자를 냈다.", "6억 달러"),
    ("최근 노르덴의 연매출은 6억 달러 수준이며 할바드는 적자를 냈다.", "6억 달러 수준"),
])
def test_a_korean_recent_word_reaches_no_past_verb_of_another_clause(text, span):
    assert _as_of(text)[span] == (DAY.isoformat(), "published")


@pytest.mark.parametrize("text, span", [
    # "recently" whose participle describes a noun: the amount is that noun's present value
    ("The recently listed Halvard is valued at $6 billion.", "$6 billion"),
    ("Norden's recently completed plant can make $70 million of parts a year.", "$70 million"),
    # an auxiliary's "recently" before a state, not a deed
    ("Halvard has recently been trading at $14 a share.", "$14"),
    ("Halvard has recently seen its annual revenue reach $800 million.", "$800 million"),
    # 최근 before a past modifier tells that noun's deed, not the amount's verb
    ("최근 인수한 할바드의 연매출은 4억 달러다.", "4억 달러"),
    ("최근 상장한 노르덴은 7억 달러의 매출을 올렸다.", "7억 달러"),
])
def test_a_recent_word_describing_a_noun_is_no_recent_deed(text, span):
    assert _as_of(text)[span] == (DAY.isoformat(), "published")


def test_a_passive_past_after_a_recent_auxiliary_is_a_recent_deed():
    assert _as_of("Halvard has recently been awarded a $55 million order.")["$55 million"] == (
        TWO_WEEKS, "sentence")
