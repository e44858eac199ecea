"""Noun periods (`currency.text.periods`): a period word before the noun an amount is the value
of, in the amount's own clause, makes the amount a rate per that period. Sentences made up."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

import currency.text.periods as noun_periods
from currency.text.extract import extract, quote_for
from currency.text.reader import find_amounts, period_in_quote


def periods(text: str) -> list[tuple[str, str | None]]:
    return [(a.span, a.per) for a in find_amounts(text)]


@pytest.mark.parametrize("text, span, per", [
    ("Orin agreed to an annual cap set at $20 billion for the programme.", "$20 billion", "year"),
    ("Its annual budget of $3 billion was approved on Monday.", "$3 billion", "year"),
    ("Kestel's quarterly revenue came in at $94.9 billion.", "$94.9 billion", "quarter"),
    ("The city's annual defence budget reached about $800 million.", "about $800 million", "year"),
    ("Monthly rent is $4,000 for the flat.", "$4,000", "month"),
    ("오린의 연간 수익이 130억 달러에 달한다.", "130억 달러", "year"),
    ("케스텔은 연 매출은 5조원 수준이라고 밝혔다.", "5조원 수준", "year"),
    ("케스텔의 연 매출은 지난해 기준 5조원이었다.", "5조원", "year"),
    ("연 매출 5조원 규모의 회사다.", "5조원", "year"),
    ("분기 영업이익이 2조원을 기록했다.", "2조원", "quarter"),
    ("연간 대미 투자 한도는 200억 달러다.", "200억 달러", "year"),
    ("월 매출이 300억원에 이른다.", "300억원", "month"),
])
def test_a_period_word_before_the_noun_gives_its_amount_the_period(text, span, per):
    assert periods(text) == [(span, per)]


@pytest.mark.parametrize("text", [
    # a word that is not a period of money: an event, a document
    "The annual meeting approved $3 billion of buybacks.",
    "The annual report showed revenue of $3 billion.",
    "연례 회의에서 5조원 투자를 결정했다.",
    # a named quarter or month is a date, not a rate; nor a word that holds the syllable
    "1분기 영업이익이 2조원을 기록했다.",
    "3월 매출은 5조원이다.",
    "10 월 매출은 5조원이다.",
    "연구개발 예산은 5조원이다.",
    # a noun that heads no phrase of its own before the amount
    "연간 투자 계획에 따라 5조원을 쓴다.",
    # another clause or sentence
    "The annual budget, which was cut, gave $3 billion.",
    "The annual budget was approved. The city spent $3 billion.",
    "연간 매출 목표를 세웠다.김 대표는 5조원을 투자했다.",
    "연 매출은 늘었고 투자액은 5조원이다.",
    "Quarterly revenue\nThe deposit is $2 billion.",
    # a comparison: the amount is a change or the other term
    "연간 수익이 전년 대비 130억 달러 늘었다.",
    "연간 수익이 130억 달러 늘었다.",
    "Annual revenue was $5 billion a year earlier.",
    "Annual revenue compared with $5 billion is small.",
    # a running total, or a span of years
    "연간 매출은 누적 20조원이다.",
    "연간 예산은 5년 동안 20조원이다.",
    "The annual spending of $50 billion over five years was cut.",
    "Annual sales in total were $9 billion.",
    # a period of its own nearer
    "Annual revenue for the quarter was $2 billion.",
])
def test_no_period_across_a_clause_nor_for_a_comparison_a_total_or_another_word(text):
    assert all(per is None for _, per in periods(text)), periods(text)


def test_another_amount_between_takes_the_noun():
    # the noun's amount is the first after it; the later one is another figure
    assert periods("An annual cap set at $20 billion and an additional $150 billion.") == [
        ("$20 billion", "year"), ("$150 billion", None)]
    assert periods("Annual revenue rose 12% to $6 billion.") == [("12%", None),
                                                                 ("$6 billion", None)]
    assert periods("연간 예산 3조원 중 2000억원을 썼다.") == [("3조원", "year"), ("2000억원", None)]


def test_a_period_beside_the_amount_is_its_own():
    # the reader's adjacent marker wins, with no noun period read
    a = find_amounts("Its annual budget grows by $2 billion a year.")[0]
    assert (a.per, a.per_at) == ("year", None)


def test_extract_says_where_the_period_was_read_and_the_quote_holds_it():
    # the period word stands further before the amount than a quote's usual reach
    text = ("The board met for hours. Orin's annual reconstruction-programme contribution "
            "eventually finalised yesterday amounted to $20 billion for the year ahead.")
    c = next(c for c in extract(text) if c.currency)
    assert c.as_dict()["unit"] == "USD / year"
    assert any("annual reconstruction-programme contribution" in n for n in c.notes)
    quote = quote_for(text, c)
    assert quote.startswith("annual") and period_in_quote(c.amount.span, quote) == "year"


def test_a_quote_gives_its_amount_the_noun_period_only():
    assert period_in_quote("$20 billion", "an annual cap set at $20 billion") == "year"
    assert period_in_quote("$20 billion", "a cap set at $20 billion") is None
    # the adjacent marker is the amount text's own, written in it or not
    assert period_in_quote("200억 달러", "연간 200억 달러로 상한을 정했다") is None
    assert period_in_quote("$9 billion", "an annual cap set at $20 billion") is None
    # a cell that runs past the amount read, through the hedge after its conversion
    assert period_in_quote("$3 billion (4 trillion won) or more",
                           "Orvel set an annual cap of $3 billion (4 trillion won) or more") == "year"


_PIECES = st.sampled_from(["annual", "Annual", "ANNUAL", "yearly", "연간", "연", "월", "분기", "매년",
                           "3", "10 ", "1", " ", "\x00", "\n", "a", "cap", "매출", "$5 billion",
                           "5조원", "-", "é", "ß"])


@given(st.lists(st.one_of(st.none(), st.lists(_PIECES, max_size=6).map("".join)), max_size=12))
def test_the_texts_holding_a_period_word_are_those_the_pattern_finds_in_each(texts):
    # One search over the texts joined gives what a search of each text alone gives: no word is
    # found across two texts, and a text's first word is read as at a text's start.
    words = noun_periods._patterns()[0]
    alone = [i for i, t in enumerate(texts) if isinstance(t, str) and words.search(t)]
    assert noun_periods.holding_period_words(texts) == alone
