"""Forms of real articles the reader missed or bounded wrongly: a currency's English name after
the number, a band's 대 spaced from its currency, a change whose second level carries its
conversion, a "+" that adds a term, "falls short of". Sentences written for these tests."""
import datetime as dt

import pytest

from currency.text.extract import extract
from currency.text.reader import find_amounts, read_whole

T = 1e12
PUB = dt.date(2025, 7, 28)


def spans(text):
    return [(a.span, a.currency, a.bound) for a in find_amounts(text)]


def test_korean_won_written_after_the_number_is_won():
    got = spans("Halvard booked an order of 4.18 trillion Korean Won this spring.")
    assert got[0] == ("4.18 trillion Korean Won", "KRW", "exact")
    assert spans("Orvel paid 3 billion Korean won.")[0][1] == "KRW"


def test_a_plus_glued_to_the_next_word_adds_a_term():
    got = spans("카파전자가 받을 몫은 선급 400억원+기술료 700억원이다.")
    assert [g[0] for g in got] == ["400억원", "700억원"]
    assert {g[2] for g in got} == {"exact"}


@pytest.mark.parametrize("text", ["카파전자 매출은 1조원+ 규모로 예상된다.",
                                  "카파전자 매출은 3조원+α로 예상된다.",
                                  "카파전자 매출은 3조원+알파로 예상된다.",
                                  "카파전자 매출은 3조원+a로 예상된다.",
                                  "Kestrel의 계약은 10억원+규모다."])
def test_a_plus_standing_alone_or_before_a_word_with_no_amount_is_or_more(text):
    assert spans(text)[0][2] == "at_least"


def test_a_change_whose_second_level_carries_its_conversion_is_two_amounts():
    got = spans("Norden의 적자는 2억 달러에서 3억1,000만 달러(약 4,100억원)로 불었다.")
    assert [g[0] for g in got] == ["2억 달러", "3억1,000만 달러", "약 4,100억원"]


def test_a_change_whose_levels_are_both_converted_in_one_parenthesis_pairs_range_to_range():
    """The parenthesis restates each level ("약 1300억~2600억원"); read as two amounts, the change's
    second level would pair with the middle of that range, at a wrong rate. Kept a range, the
    conversion restates it end to end at the rate the article used."""
    text = "Norden의 순손실은 1억 달러에서 2억 달러(약 1300억~2600억원)로 늘었다.\n"
    got = extract(text, PUB)
    assert [(c.amount.span, c.amount.bound) for c in got] == [
        ("1억 달러에서 2억 달러", "range"), ("약 1300억~2600억원", "range")]
    assert got[0].pair["with"] == 1 and got[0].pair["implied_rate"] == pytest.approx(1300)


def test_a_range_with_its_conversion_and_a_word_of_between_stays_a_range():
    got = spans("Norden의 가치는 1억 달러에서 2억 달러(약 2600억원) 사이로 추정된다.")
    assert got[0][:3] == ("1억 달러에서 2억 달러", "USD", "range")


@pytest.mark.parametrize("text", ["카파전자는 3조원 대를 요구했다.", "카파전자는 3조원대를 요구했다."])
def test_a_band_spaced_from_its_currency_reads_as_the_band(text):
    a = find_amounts(text)[0]
    assert (a.bound, a.low, a.high) == ("range", 3 * T, 4 * T)


def test_a_spaced_band_alone_reads_whole():
    a = read_whole("3조원 대")
    assert (a.bound, a.low, a.high) == ("range", 3 * T, 4 * T)


@pytest.mark.parametrize("text", ["카파전자는 3조원 대 2조원으로 맞섰다.", "카파전자는 3조원 대가를 치렀다.",
                                  "카파전자는 3조원 대만 공장 건설 계획을 발표했다.",
                                  "인수 대금 3조원 대가 필요했다."])
def test_a_spaced_dae_before_a_word_or_an_amount_is_no_band(text):
    a = find_amounts(text)[0]
    assert (a.span, a.bound) == ("3조원", "exact")


@pytest.mark.parametrize("text", ["카파전자 매출이 1조원에 못 미칠 것으로 보인다.",
                                  "카파전자 매출은 1조원에 못미쳤다.",
                                  "카파전자 매출은 1조원에 미치지 못했다."])
def test_falling_short_of_an_amount_bounds_it_above(text):
    assert spans(text)[0][2] == "at_most"


@pytest.mark.parametrize("noun", ["수주", "수주액"])
def test_a_bare_jo_after_a_noun_of_a_sum_takes_the_articles_won(noun):
    text = (f"카파전자의 {noun}, 23조 그 이상의 의미\n카파전자의 계약 금액은 22조7648억 원이다. "
            "올해 영업손실은 4조 원으로 추정된다.\n")
    c = next(c for c in extract(text, PUB) if c.amount.span == "23조")
    assert c.currency == "KRW"


@pytest.mark.parametrize("text, span", [("Kestrel 주가는 30센트 대를 오갔다.", "30센트"),
                                        ("Kestrel 주가는 50 cents 대를 오갔다.", "50 cents")])
def test_a_spaced_dae_read_as_no_band_leaves_the_space_out_of_the_span(text, span):
    """A band is read on a whole unit only; after a subunit the 대 and its space stay outside."""
    assert find_amounts(text)[0].span == span


@pytest.mark.parametrize("text", ["카파전자 매출 8000억원은 시장 예상치 1조원에 못 미쳤다.",
                                  "카파전자 매출은 목표치인 1조원에 미치지 못했다.",
                                  "카파전자 매출은 전년 1조원에 못 미쳤다."])
def test_falling_short_of_a_benchmark_leaves_the_benchmark_as_stated(text):
    a = next(a for a in find_amounts(text) if a.span.startswith("1조원"))
    assert (a.span, a.bound) == ("1조원", "exact")
