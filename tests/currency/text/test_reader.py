"""Reading amounts: every form the articles use, and the same forms in general."""
import math

import pytest

from currency.text.reader import AmountError, find_amounts, read_amount

B, T = 1e9, 1e12


@pytest.mark.parametrize("text, value, currency", [
    ("130억 달러", 13 * B, "USD"),
    ("12조 3000억 원", 12.3 * T, "KRW"),
    ("1조 1800억원", 1.18 * T, "KRW"),
    ("6억 5천만 달러", 0.65 * B, "USD"),
    ("1,570억 달러", 157 * B, "USD"),
    ("1조 4,000억 달러", 1.4 * T, "USD"),
    ("1억 2000만 달러", 0.12 * B, "USD"),
    ("1200억원", 120 * B, "KRW"),
    ("500만원", 5e6, "KRW"),
    ("12兆", 12 * T, None),
    ("3億 5000萬 엔", 3.5e8, "JPY"),
    ("삼천오백만원", 3.5e7, "KRW"),
    ("일조 이천억 원", 1.2 * T, "KRW"),
    ("오십억 달러", 5 * B, "USD"),
    ("일점오", 1.5, None),
    ("$1B", 1 * B, "USD"),
    ("$10 billion", 10 * B, "USD"),
    ("US$157bn", 157 * B, "USD"),
    ("$6.6 billion", 6.6 * B, "USD"),
    ("1.4 trillion dollars", 1.4 * T, "USD"),
    ("$650 million", 650e6, "USD"),
    ("USD 13bn", 13 * B, "USD"),
    ("13bn USD", 13 * B, "USD"),
    ("₩12.3 trillion", 12.3 * T, "KRW"),
    ("KRW 1.18 trillion", 1.18 * T, "KRW"),
    ("€5m", 5e6, "EUR"),
    ("£2.5bn", 2.5 * B, "GBP"),
    ("¥300 billion", 300 * B, "JPY"),
    ("50억 위안", 5 * B, "CNY"),
    ("20억 유로", 2 * B, "EUR"),
    ("3억 파운드", 3e8, "GBP"),
    ("100억 엔", 10 * B, "JPY"),
    ("50센트", 0.5, "USD"),
    ("10만 불", 1e5, "USD"),
    ("1억 달러틀", 1e8, "USD"),       # a typo glued to the currency
    ("12조원이", 12 * T, "KRW"),       # a particle glued to the currency
    ("100 CHF", 100, "CHF"),
    ("SEK 4.2 million", 4.2e6, "SEK"),
])
def test_reads_value_and_currency(text, value, currency):
    a = read_amount(text)
    assert a.value == pytest.approx(value, rel=1e-12)
    assert a.currency == currency


@pytest.mark.parametrize("text, low, high, bound", [
    ("12조 3000억 원", 12.29995 * T, 12.30005 * T, "exact"),   # last stated digit: the 억
    ("1조원", 0.5 * T, 1.5 * T, "exact"),
    ("$6.6 billion", 6.55 * B, 6.65 * B, "exact"),
    ("총 130억 달러 이상", 12.95 * B, math.inf, "at_least"),
    ("12조 원이 넘는", 11.5 * T, math.inf, "at_least"),
    ("최대 10억 달러", 0.0, 1.05 * B, "at_most"),
    ("up to $2 billion", 0.0, 2.5 * B, "at_most"),
    ("less than $1 billion", 0.0, 1.5 * B, "at_most"),
    ("1~2조 원", 0.5 * T, 2.5 * T, "range"),
    ("220억에서 225억 달러", 21.95 * B, 22.55 * B, "range"),
    ("$1-2 billion", 0.5 * B, 2.5 * B, "range"),
    ("between $1B and $2B", 0.5 * B, 2.5 * B, "range"),
    ("수십억 달러", 1.5 * B, 9.5 * B, "range"),
    ("수조 원", 1.5 * T, 9.5 * T, "range"),
    ("several billion dollars", 1.5 * B, 9.5 * B, "range"),
    ("6억 5천만 달러 이상", 0.645 * B, math.inf, "at_least"),
    ("130억여 달러", 12.95 * B, 14 * B, "range"),
    # "range" after a range's two ends names it; after one amount it is "about" ("the $10
    # billion range")
    ("612,000 won-734,000 won range", 611999.5, 734000.5, "range"),
    ("$10 billion range", 9.3 * B, 10.7 * B, "approx"),
    # a band's 대 after a range's second end makes its first end a band too: 32만원대 to 38만원대
    ("32~38만원대", 320000, 390000, "range"),
])
def test_interval_and_bound(text, low, high, bound):
    a = read_amount(text)
    assert a.bound == bound
    assert a.low == pytest.approx(low, rel=1e-9)
    assert a.high == pytest.approx(high, rel=1e-9) if math.isfinite(high) else a.high == high


@pytest.mark.parametrize("text, hedge, bound", [
    ("약 100억 달러", "약", "approx"), ("100억 달러 가량", "가량", "approx"),
    ("about $5 billion", "about", "approx"), ("around $5 billion", "around", "approx"),
    ("roughly $5 billion", "roughly", "approx"), ("some $5 billion", "some", "approx"),
    ("~$5B", "~", "approx"), ("nearly $10B", "nearly", "approx"),
    ("more than $13 billion", "more than", "at_least"), ("over $13 billion", "over", "at_least"),
    ("at least $1B", "at least", "at_least"), ("최소 1조 원", "최소", "at_least"),
    ("1조 원 초과", "초과", "at_least"), ("1조 원을 넘어", "넘어", "at_least"),
    ("1조 원 미만", "미만", "at_most"), ("1조 원 이하", "이하", "at_most"),
    ("under $1B", "under", "at_most"),
    # "near", also joined by a hyphen before its noun ("a near-$1bn deal")
    ("near $1bn", "near", "approx"), ("near-$1bn", "near", "approx"),
    ("over-$1bn", "over", "at_least"),
])
def test_hedges(text, hedge, bound):
    a = read_amount(text)
    assert a.hedge == hedge
    assert a.bound == bound


@pytest.mark.parametrize("scope", ["역대 ", "사상 ", "업계 ", "국내 ", "창사 이래 ", "출범 이래 ",
                                   "통계 작성 이래 ", "역대 분기 ", "사상 단일 ", "단일 ",
                                   "업계 단일 "])
@pytest.mark.parametrize("word, bound", [("최대 ", "at_most"), ("최소 ", "at_least")])
def test_a_record_is_no_hedge(scope, word, bound):
    # "역대 최대 2조원" is the largest ever, and exactly that much; "최대 2조원" alone is a cap.
    assert read_amount(scope + word + "2조 원").bound == "exact"
    assert read_amount(scope + word + "2조 원").hedge is None
    assert read_amount("투자 " + word + "2조 원").bound == bound


@pytest.mark.parametrize("text, span, bound", [
    # a record drops its word's bound (최대 is no cap there), never the about after it
    ("역대 최대 약 3조원", "약 3조원", "approx"),
    ("역대 최대 3조원", "3조원", "exact"),
    ("업계 최대 약 3조원", "약 3조원", "approx"),
    ("단일 최대 약 3조원", "약 3조원", "approx"),
    ("사상 최대 약 3조원", "약 3조원", "approx"),
    ("국내 약 3조원", "약 3조원", "approx"),      # a scope word alone drops no about
    ("최대 약 3조원", "최대 약 3조원", "at_most"),
])
def test_a_record_keeps_the_about_after_its_word(text, span, bound):
    a = read_amount(text)
    assert (a.span, a.bound) == (span, bound)


@pytest.mark.parametrize("before", ["연간 ", "올해 ", "국내에 ", "이래 ", "미래 ", "국내 기업에 ",
                                    "사상 처음으로 ", "출범 이래 주주에게 ", "국내 기업 ", "세계 시장 ",
                                    "업계 공동 "])
def test_a_period_or_a_place_with_its_particle_is_no_record(before):
    # "연간 최대 2조원" is up to 2조 a year: a cap, and so is "국내에 최대 2조원".
    assert read_amount(before + "최대 2조 원").bound == "at_most"


def test_approx_widens_both_sides_and_nearly_only_the_lower():
    exact = read_amount("100억 달러")
    about = read_amount("약 100억 달러")
    nearly = read_amount("거의 100억 달러")
    assert about.low < exact.low and about.high > exact.high
    assert nearly.low < exact.low and nearly.high == exact.high


@pytest.mark.parametrize("text, value, unit", [
    ("두 달", 2, "month"), ("세 번", 3, "occurrence"), ("5일", 5, "day"),
    ("2.5개월", 2.5, "month"), ("100만 명", 1e6, "person"), ("27%", 27, "percent"),
    ("74일", 74, "day"), ("1만 명", 1e4, "person"),
])
def test_counts_and_durations(text, value, unit):
    a = read_amount(text)
    assert (a.value, a.unit, a.currency) == (value, unit, None)


def test_per_year_is_part_of_the_unit():
    assert read_amount("연간 50억 달러").unit_label == "USD / year"
    assert read_amount("$5B a year").unit_label == "USD / year"
    assert read_amount("한 해 1억 2000만 달러").unit_label == "USD / year"
    assert read_amount("50억 달러").unit_label == "USD"


def test_a_year_earlier_is_a_time_not_a_rate():
    # "compared with 9.9 trillion won a year earlier": the amount of a year before, not per year.
    from currency.text.reader import find_amounts
    found = find_amounts("Profit was 9.9 trillion won a year earlier and $5B a year now.")
    assert [(a.span, a.per) for a in found] == [("9.9 trillion won", None),
                                                ("$5B a year", "year")]


@pytest.mark.parametrize("words, per", [
    ("every year", "year"), ("each year", "year"), ("yearly", "year"),
    ("every month", "month"), ("each month", "month"), ("monthly", "month"),
    ("every quarter", "quarter"), ("per quarter", "quarter"), ("quarterly", "quarter"),
    ("per week", "week"), ("weekly", "week"), ("every week", "week"),
    ("per day", "day"), ("daily", "day"), ("every day", "day"),
])
def test_a_period_right_after_the_amount_makes_it_a_rate(words, per):
    from currency.text.reader import find_amounts
    found = find_amounts(f"Orvel will pay Kestrel $125 million {words} until 2030.")
    assert [(a.span, a.per) for a in found] == [(f"$125 million {words}", per)]


@pytest.mark.parametrize("text, span, per", [
    ("카파전자는 분기마다 500억원을 낸다.", "분기마다 500억원", "quarter"),
    ("카파전자는 매 분기 500억원을 낸다.", "매 분기 500억원", "quarter"),
    ("카파전자는 매주 500억원을 낸다.", "매주 500억원", "week"),
    ("카파전자는 매일 50억원을 낸다.", "매일 50억원", "day"),
    ("카파전자는 하루 50억원을 번다.", "하루 50억원", "day"),
])
def test_a_korean_period_before_the_amount_makes_it_a_rate(text, span, per):
    from currency.text.reader import find_amounts
    assert [(a.span, a.per) for a in find_amounts(text)] == [(span, per)]


@pytest.mark.parametrize("text", [
    # a time, not a rate; a name or a word not right after the amount
    "Orvel paid $5 million a day earlier.",
    "Orvel paid $5 million a week ago.",
    "Orvel paid $5 million, the Daily Kestrel said.",
    "Orvel's daily $5 million bill was cut.",
    "Orvel paid $5 million in a week.",
    # "a day" or "a week" after an amount opens a time as often as a rate
    "Orvel paid $3 billion a day after the deal closed.",
    "Kestrel sold $1 billion a week after its listing.",
    "Orvel lost $1 billion a day and a half after the crash.",
])
def test_a_period_word_elsewhere_is_no_rate(text):
    from currency.text.reader import find_amounts
    assert [a.per for a in find_amounts(text)] == [None]


def test_words_that_look_like_numerals_are_not_read():
    found = find_amounts("사용자도 출시 약 두 달 만에 100만 명을 넘어섰다. 5일 만에 가입자 100만명.")
    assert [(a.value, a.unit) for a in found] == [(2, "month"), (1e6, "person"), (5, "day"),
                                                 (1e6, "person")]
    # 이 in 원이, 이유로 ("reason"), 일원 ("a member"), years and days of the month
    text = "12조원이 넘는 이유로 단체의 일원이었다. 2019년 10월 23일(현지 시간) 발표."
    found = find_amounts(text)
    assert [(a.span, a.value) for a in found] == [("12조원이 넘는", 12 * T)]


def test_find_amounts_keeps_every_form_in_order():
    text = ("투자 규모는 수년간 100억 달러(약 12조 3000억 원)에 달한다. OpenAI raised $6.6 billion "
            "at a US$157bn valuation, 연간 50억 달러를 쓴다.")
    spans = [a.span for a in find_amounts(text)]
    assert spans == ["100억 달러", "약 12조 3000억 원", "$6.6 billion", "US$157bn", "연간 50억 달러"]


@pytest.mark.parametrize("text", ["", "   ", "hello", "오픈AI와 마이크로소프트"])
def test_no_amount_is_an_error_with_a_position(text):
    with pytest.raises(AmountError) as err:
        read_amount(text)
    assert "no amount" in err.value.message
    assert "^" in err.value.render()


def test_unknown_currency_code_is_an_error_at_its_column():
    with pytest.raises(AmountError) as err:
        read_amount("100 XYZ")
    assert "XYZ" in err.value.message and err.value.position == 4


@pytest.mark.parametrize("after", ["가량", "정도", "안팎", "내외"])
@pytest.mark.parametrize("number", ["1조원", "100억 달러", "1조 1800억원", "3,500만 원"])
def test_a_hedge_after_the_number_widens_it_as_one_before_it_does(number, after):
    # "1조원 가량" is "약 1조원": both sides by the same share of the value, so the hedge states no
    # bound. Widened by a share of each end, it leaned upward (490억 below, 530억 above 1조) and
    # read as "at least 1조".
    post, pre = read_amount(f"{number} {after}"), read_amount(f"약 {number}")
    assert (post.bound, post.value) == ("approx", pre.value)
    assert math.isclose(post.low, pre.low) and math.isclose(post.high, pre.high), (post, pre)
    assert math.isclose(post.value - post.low, post.high - post.value)
