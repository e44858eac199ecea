"""The forms news writes money in, each read right or refused; never a confident wrong value."""
import math

import pytest

from currency.text.reader import AmountError, find_amounts, read_amount, read_whole

M, B, T = 1e6, 1e9, 1e12
INF = math.inf


def approx(x):
    return pytest.approx(x, rel=1e-9) if math.isfinite(x) else x


@pytest.mark.parametrize("text, value, currency", [
    # place-value groups with spaces inside and between
    ("4천 2백만 달러", 42 * M, "USD"),
    ("2억 7천 3백만 원", 273 * M, "KRW"),
    ("9 억 달러", 9e8, "USD"),
    ("8천 5백 원", 8500, "KRW"),
    ("1조 2천 5백억 원", 1.25 * T, "KRW"),
    # the rest of a group glued after the place word, unit left to context
    ("4만8000원", 48000, "KRW"),
    ("6만6천 달러", 66000, "USD"),
    # sign or code after the number, any case
    ("75€", 75, "EUR"), ("40$", 40, "USD"), ("15 Euro", 15, "EUR"), ("80 EUROS", 80, "EUR"),
    ("7 usd", 7, "USD"), ("25 rmb", 25, "CNY"), ("USD7", 7, "USD"),
    # English number words
    ("seven million yen", 7 * M, "JPY"), ("twelve dollars", 12, "USD"),
    ("three and a half billion dollars", 3.5 * B, "USD"), ("a trillion won", T, "KRW"),
    ("half a billion dollars", 0.5 * B, "USD"), ("forty-two million euros", 42 * M, "EUR"),
    ("two hundred million dollars", 200 * M, "USD"),
    # cents and other subunits
    ("7 달러 25 센트", 7.25, "USD"), ("4 dollars 10 cents", 4.10, "USD"),
    ("30 pence", 0.30, "GBP"), ("80펜스", 0.80, "GBP"), ("3 euros 5 cents", 3.05, "EUR"),
    # currency words and signs from CLDR and news
    ("35억弗", 3.5 * B, "USD"), ("2억 인민폐", 2 * 100 * M, "CNY"),
    ("40 스위스프랑", 40, "CHF"), ("7 Swiss francs", 7, "CHF"), ("8억 루블", 8e8, "RUB"),
    ("3천억 루피", 3e11, "INR"), ("6억 바트", 6e8, "THB"), ("9억 동", 9e8, "VND"),
    ("4,500 KWD", 4500, "KWD"), ("SAR 300", 300, "SAR"), ("TWD 80", 80, "TWD"),
    ("NT$90", 90, "TWD"), ("₹500", 500, "INR"), ("7억 쿠웨이트 디나르", 7e8, "KWD"),
    ("90 Kuwaiti dinars", 90, "KWD"),
])
def test_reads_the_form(text, value, currency):
    a = read_amount(text)
    assert a.value == pytest.approx(value, rel=1e-12), text
    assert a.currency == currency, text
    assert a.span == text, text


@pytest.mark.parametrize("text, low, high, bound", [
    # negated hedges: the opposite of the bare hedge
    ("not less than $3 billion", 2.5 * B, INF, "at_least"),
    ("no less than $3 billion", 2.5 * B, INF, "at_least"),
    ("no fewer than 40 people", 39.5, INF, "at_least"),
    ("not more than $3 billion", 0, 3.5 * B, "at_most"),
    ("not over $3 billion", 0, 3.5 * B, "at_most"),
    ("2조 원보다 적지 않은", 1.5 * T, INF, "at_least"),
    ("2조 원을 넘지 않는", 0, 2.5 * T, "at_most"),
    # 여 inside the number
    ("40여억 원", 3.95 * B, 5 * B, "range"),          # 40-odd: under the next ten
    ("3억5000여 만원", 349.995 * M, 360 * M, "range"),
    # bands: the last non-zero digit's step
    ("7조 원대", 7 * T, 8 * T, "range"),
    ("4500억원대", 450 * B, 460 * B, "range"),
    ("2조원대 초반", 2 * T, 2.3 * T, "range"),
    ("2조원대 후반", 2.7 * T, 3 * T, "range"),
    # 대 after a number of 조 or more: a band with its currency unsaid, no count (nothing is
    # counted by the trillion)
    ("7조대", 7 * T, 8 * T, "range"),
    ("2조대 초반", 2 * T, 2.3 * T, "range"),
    # vague magnitudes
    ("억대", 1e8, 1e9, "range"),
    ("조 단위", T, 10 * T, "range"),
    ("수백억 원대", 1e10, 1e11, "range"),
    ("tens of billions of dollars", 15 * B, 95 * B, "range"),
    # ranges, read the same way with either spacing, and with the unit on both ends
    ("6000만~7000만원", 59.995 * M, 70.005 * M, "range"),
    ("6000만~7000만 원", 59.995 * M, 70.005 * M, "range"),
    ("3000~1만 원", 2999.5, 15000, "range"),
    ("4만원 - 6만원", 35000, 65000, "range"),
    ("$3bn–$4bn", 2.5 * B, 4.5 * B, "range"),
    ("3~4억 달러", 2.5e8, 4.5e8, "range"),
    ("ranging from 30 dollars to 40 dollars", 29.5, 40.5, "range"),
    # double hedges
    ("약 40조 원 이상", 40 * T - 0.5 * T - 0.8 * T, INF, "at_least"),
])
def test_interval_of_the_form(text, low, high, bound):
    a = read_amount(text)
    assert a.bound == bound, text
    assert a.low == approx(low) and a.high == approx(high), (text, a.low, a.high)
    assert a.low <= a.value <= a.high


@pytest.mark.parametrize("text, value, sign", [
    ("-3억 달러", -3e8, "-"), ("-7 달러", -7, "-"), ("△450억 원", -45 * B, "△"),
    ("마이너스 2조 원", -2 * T, "마이너스"), ("▲80억 원", 8 * B, "▲"), ("-$4 billion", -4 * B, "-"),
    ("−9억 원", -9e8, "−"),
])
def test_signs_are_read_never_dropped(text, value, sign):
    a = read_amount(text)
    assert (a.value, a.sign) == (value, sign)
    assert a.low <= a.value <= a.high
    assert (a.high < 0) == (value < 0)


def test_a_hyphen_between_numbers_is_not_a_sign():
    assert read_amount("3-4억 달러").bound == "range"
    assert [a.value for a in find_amounts("코로나-19 이후 5억 달러")] == [5e8]


@pytest.mark.parametrize("text, value", [("31%", 31), ("4분의 1", 25), ("절반", 50)])
def test_shares_are_their_own_kind(text, value):
    a = read_amount(text)
    assert a.value == pytest.approx(value) and a.kind == "share" and a.unit == "percent"


def test_a_share_is_never_a_duration():
    assert read_amount("5분의 2").kind == "share"
    assert read_amount("5분").kind == "duration"


@pytest.mark.parametrize("text", [
    "지난 4일 발표했다", "오는 9일 공개", "12일 보도했다", "2분기 실적", "자금 조달을 위해",
    "일부 투자자", "이유가 있다", "3원칙", "억울하다", "만약 그렇다면", "경제 성장",
    "CMA는 13일 MS의 인수를 승인했다", "13일(영국 현지 시각) 발표했다",
])
def test_not_figures(text):
    assert find_amounts(text) == []


def test_days_that_are_durations_stay_durations():
    assert [(a.value, a.unit) for a in find_amounts("출시 5일 만에 100만 명")] == [
        (5, "day"), (1e6, "person")]
    assert read_amount("7일").unit == "day"


def test_a_unit_is_a_whole_word():
    a = read_amount("30억 달라")          # a typo: not months
    assert a.unit is None and a.value == 3e9
    assert read_amount("50 won't").currency is None


def test_paren_pair_shares_the_hedge_after_it():
    text = "모두 450억 달러(약 60조 원) 이상을 투자했다"
    usd, krw = find_amounts(text)
    assert (usd.currency, usd.high, krw.currency, krw.high) == ("USD", INF, "KRW", INF)
    assert krw.low < 59.5 * T          # 약 still widens the won amount
    assert read_amount("450억 달러(약 60조 원) 이상").high == INF


@pytest.mark.parametrize("text", [
    "ſeveral billion dollars", "5 \u212a", "\u212aRW 5", "ﬀ 3억", "İ 5억 원", "ß 10 dollars",
])
def test_case_folding_letters_do_not_crash(text):
    try:
        a = read_amount(text)
    except AmountError:
        return
    assert a.low <= a.value <= a.high


def test_invariants_on_extremes():
    with pytest.raises(AmountError, match="too large"):
        read_amount("9" * 400 + " 원")
    a = read_amount("several thousand billion dollars")
    assert a.low <= a.value <= a.high and (a.low, a.high) == (1.5 * T, 9.5 * T)
    a = read_amount("about billions of dollars")
    assert 0 <= a.low <= a.value <= a.high


def test_currencies_without_rates_are_read_and_their_conversion_says_so():
    import datetime as dt

    from currency.convert import convert
    from currency.data.rates import RateError
    # The Kuwaiti dinar is held to a basket: neither the ECB data nor a dollar peg gives its rate
    # (the Saudi riyal, which this was, has one through its peg since stop 52).
    a = read_amount("2,500 KWD")
    assert a.currency == "KWD"
    with pytest.raises(RateError, match="no exchange rate for KWD.*covers .*USD"):
        convert(a, "USD", dt.date(2023, 1, 2))


@pytest.mark.parametrize("text", [
    "100억 달러", "총 130억 달러 이상", "100억 달러(약 12조 3000억 원)", "1억 달러를",
    "약 두 달", "12조 원이 넘는", "$1 billion.", "한 해 1200억원 이상", "4조 원대",
])
def test_read_whole_accepts_a_cell_that_is_one_amount(text):
    assert read_whole(text).value == read_amount(text).value


@pytest.mark.parametrize("text, column", [
    ("$1 bilion", 4), ("10억 달라", 5), ("5억 달러 정도인데 아마", 9), ("about $5B or not", 11),
    ("100억 달러(약 12조 3000억 원씩이나 많이)", 26),
])
def test_read_whole_refuses_unread_words_at_their_column(text, column):
    with pytest.raises(AmountError) as err:
        read_whole(text)
    assert err.value.position + 1 == column, err.value.message
    assert "^" in err.value.render()


@pytest.mark.parametrize("text", ["3000만 달러에서 5000만 달러 사이", "3000만~5000만 달러 사이로",
                                  "3000만~5000만 달러  사이"])
def test_a_korean_range_read_whole_may_say_between_after_it(text):
    # "A에서 B 사이" is "between A and B": one range, as "between $30 million and $50 million" is.
    a = read_whole(text)
    assert (a.bound, a.low < 3e7 < 5e7 < a.high) == ("range", True)


@pytest.mark.parametrize("text, column", [("3000만 달러 사이", 10), ("3000만 달러 이상 사이", 13)])
def test_between_after_one_amount_is_an_unread_word(text, column):
    # 사이 bounds a range on both sides; after one amount it says nothing a figure could keep.
    with pytest.raises(AmountError) as err:
        read_whole(text)
    assert err.value.position + 1 == column, err.value.message


def test_a_word_that_only_begins_with_between_is_unread_whole():
    # "사이즈" (size) after a range is not 사이: the whole word is named, at its own column.
    with pytest.raises(AmountError) as err:
        read_whole("3000만~5000만 달러 사이즈")
    assert "'사이즈'" in err.value.message and err.value.position == 15, err.value.message


def test_a_currency_word_at_the_end_of_a_line_is_read():
    text = "shares rose 15% to 149,700 won.\nKakao owns about a third"
    assert [(a.span, a.currency) for a in find_amounts(text)] == [
        ("15%", None), ("149,700 won", "KRW")]


def test_corpus_forms_hyphens_headline_dollars_and_won_equivalents():
    assert read_amount("1.25-trillion-won").value == 1.25e12
    assert read_amount("58억弗").currency == "USD"
    a = read_amount("9조3천여억 원")      # 9조3천억 and some: under 9조4천억, not unbounded
    assert (a.bound, a.high) == ("range", 9.4e12)
    assert read_amount("한화 약 5300억원").hedge == "한화 약"


@pytest.mark.parametrize("sentence", [
    "인수가는 540억달러(약 61조2000억원)에 육박한다.",
    "투자액은 75억 달러(약 9조 원) 이상이 될 전망이다.",
    "The fund may reach $2 billion (2.6 trillion won) or more, it said.",
])
def test_the_parenthesised_amount_of_a_hedged_pair_reads_back_whole(sentence):
    # Its span runs to the hedge after the parenthesis, and scan writes that span into a figure's
    # amount cell, which the figures file reads whole.
    inner = find_amounts(sentence)[1]
    again = read_whole(inner.span)
    assert (again.value, again.bound, again.low, again.high) == (
        inner.value, inner.bound, inner.low, inner.high)


@pytest.mark.parametrize("sentence, spans", [
    ("Sales rose by $2 billion to $9 billion last year.", ["$2 billion", "$9 billion"]),
    ("The board cut the plan by a net 4 trillion won to 610 trillion won.",
     ["4 trillion won", "610 trillion won"]),
    ("Prices will range from $27 to $30 a share.", ["from $27 to $30"]),
])
def test_a_change_by_an_amount_to_a_level_is_two_amounts_not_a_range(sentence, spans):
    assert [a.span for a in find_amounts(sentence)] == spans


@pytest.mark.parametrize("sentence, spans, bounds", [
    ("Sales rose from $5 billion to $6 billion last year.", ["$5 billion", "$6 billion"],
     ["exact", "exact"]),
    ("The bank lifted its outlook from about $2.4 billion to $3 billion.",
     ["about $2.4 billion", "$3 billion"], ["approx", "exact"]),
    ("Sales climbed from 5 billion dollars to 6.25 billion dollars.",
     ["5 billion dollars", "6.25 billion dollars"], ["exact", "exact"]),
    ("매출은 50억 달러에서 60억 달러로 늘었다.", ["50억 달러", "60억 달러"], ["exact", "exact"]),
])
def test_from_a_level_to_a_level_is_two_amounts_each_read_alone(sentence, spans, bounds):
    # a start level and an end level, each with its own hedge and precision
    found = find_amounts(sentence)
    assert [a.span for a in found] == spans
    assert [a.bound for a in found] == bounds
    alone = [read_amount(span) for span in spans]
    assert [(a.low, a.high) for a in found] == [(a.low, a.high) for a in alone]


@pytest.mark.parametrize("sentence, span", [
    ("The deal is worth $5 billion to $6 billion.", "$5 billion to $6 billion"),
    ("매출은 5~6조원이다.", "5~6조원"),
    ("It is valued between $5bn and $6bn.", "between $5bn and $6bn"),
    ("It costs $5-6 billion.", "$5-6 billion"),
    ("Estimates vary from $5 billion to $6 billion.", "from $5 billion to $6 billion"),
    ("Bids ranged from about $5 billion to $6 billion.", "from about $5 billion to $6 billion"),
])
def test_a_range_without_a_change_stays_one_range(sentence, span):
    (a,) = find_amounts(sentence)
    assert (a.span, a.bound in ("range", "approx")) == (span, True)
    # The span is what extract and scan write in a figures cell: read whole, it is the same range.
    cell = read_whole(a.span)
    assert (cell.low, cell.high, cell.currency) == (a.low, a.high, a.currency)


def test_a_text_opening_with_from_and_going_on_keeps_two_levels():
    # Only a text that is the range alone (a figures cell) is read so: an article's first sentence
    # that opens with "From $5 billion to $6 billion, revenue grew ..." names two levels.
    spans = [a.span for a in find_amounts("From $5 billion to $6 billion, revenue grew in 2023.")]
    assert spans == ["$5 billion", "$6 billion"]


def test_a_range_opening_with_from_names_its_currency_once():
    # "will range from 5 billion to 7 billion Australian dollars": the currency is written once,
    # after the second end; the cell scan writes must read as that range, not as a bare 5 billion.
    (a,) = find_amounts("The order will range from 5 billion to 7 billion Australian dollars.")
    cell = read_whole(a.span)
    assert (cell.bound, cell.currency, cell.low, cell.high) == ("range", "AUD", 4.5e9, 7.5e9)


@pytest.mark.parametrize("sentence, spans", [
    ("Revenue grew from about $5.1 billion in 2020 to $6 billion.",
     ["about $5.1 billion", "$6 billion"]),
    ("Output rose in 2020 to $6 billion.", ["$6 billion"]),
    ("The fund grew on March 5 to $6 billion.", ["$6 billion"]),
    ("Its margin rose from 10% to $6 billion in profit.", ["10%", "$6 billion"]),
])
def test_a_year_a_date_or_a_percent_never_starts_a_money_range(sentence, spans):
    assert [a.span for a in find_amounts(sentence)] == spans


@pytest.mark.parametrize("sentence, span", [
    ("올해 매출은 작년 3조2000억원보단 적을 것으로 보인다.", "3조2000억원"),
    ("그 돈 5억원으론 공장을 짓기 어렵다.", "5억원"),
])
def test_a_contracted_particle_after_won_keeps_the_currency(sentence, span):
    # 보단 and 으론 are 보다는 and 으로는 said short
    (a,) = find_amounts(sentence)
    assert (a.span, a.currency) == (span, "KRW")


@pytest.mark.parametrize("sentence", [
    "회사 가치가 한때 50조 원을 넘었는데 지금은 줄었다.",
    "올해 수출액은 600억달러를 돌파했다.",
    "누적 투자액이 3조원을 넘겼다.",
])
def test_a_threshold_passed_in_the_past_tense_is_at_least(sentence):
    (a,) = find_amounts(sentence)
    assert a.bound == "at_least"


@pytest.mark.parametrize("sentence, span", [
    ("Prices will rise by 5 to 10 percent next year.", "5 to 10 percent"),
    ("The plan cuts costs by $1 to $2 billion a year.", "$1 to $2 billion"),
    ("Spending grows by 2 to 3 trillion won.", "2 to 3 trillion won"),
])
def test_a_change_whose_first_end_shares_the_unit_of_the_second_is_a_range(sentence, span):
    # "by 5 to 10 percent": the first number borrows the second's unit, so the change itself
    # is the range; only a first amount written whole is a change to a level.
    assert [a.span for a in find_amounts(sentence)] == [span]


@pytest.mark.parametrize("sentence, spans", [
    ("근로기준법 제109조 3000만원 이하의 벌금에 처한다.", ["3000만원 이하"]),
    ("자본시장법 제443조 1억원 이하 벌금 규정", ["1억원 이하"]),
    ("같은 법 제3조 2항에 따라 5000만원을 냈다.", ["5000만원"]),
])
def test_a_law_article_number_is_no_trillion(sentence, spans):
    # "제109조" is article 109: its 조 is no place word, so the fine after it is read alone.
    assert [a.span for a in find_amounts(sentence)] == spans


@pytest.mark.parametrize("text, column, meant", [
    ("100억달라", 5, "달러"), ("100억 달라를", 6, "달러"), ("250 dolars", 5, "dollars"),
    ("40 punds", 4, "pounds"), ("12 Dollers", 4, "dollars"),
])
def test_a_misspelt_currency_word_is_named_with_the_word_meant(text, column, meant):
    with pytest.raises(AmountError) as err:
        read_whole(text)
    assert f"did you mean {meant}?" in err.value.message, err.value.message
    assert err.value.position + 1 == column


@pytest.mark.parametrize("text", ["100억 달성", "5 donors", "7 dollhouses", "30 dollar-ish things",
                                  # real words a letter from one: its first, or a longer word
                                  # whose head alone is close ("wo" of "works" is not "won")
                                  "5 rounds", "12 sounds", "3 bounds", "8 라운드", "4 works",
                                  "6 wounds"])
def test_a_word_not_close_to_a_currency_word_gets_no_guess(text):
    with pytest.raises(AmountError) as err:
        read_whole(text)
    assert "did you mean" not in err.value.message, err.value.message


@pytest.mark.parametrize("text, column", [("$1.2.3 billion", 5), ("1,234.5.6억 달러", 8),
                                          ("약 3.1.4조 원", 6)])
def test_a_number_with_two_decimal_points_is_refused_at_the_second(text, column):
    # Read leniently, "$1.2.3 billion" was $1.2: a confident wrong amount.
    for read in (read_amount, read_whole):
        with pytest.raises(AmountError) as err:
            read(text)
        assert "two decimal points" in err.value.message, err.value.message
        assert err.value.position + 1 == column


@pytest.mark.parametrize("text", ["$1.2.", "5.5억 달러.", "$1.2 billion. 3.4"])
def test_a_point_that_ends_a_sentence_is_no_second_point(text):
    read_amount(text)


@pytest.mark.parametrize("sentence, number, column", [
    ("Its revenue rose to $1.2.3 million last year.", "1.2.3", 25),
    ("그 회사는 지난해 12..5억 원을 벌었다.", "12..5", 14),
    ("The buyer paid $1,2345 million for the plant.", "1,2345", 22),
    ("A rival offered $12,345,6789 million in cash.", "12,345,6789", 28),
    ("그 펀드는 1,23,4,5 달러를 모았다.", "1,23,4,5", 8),
    ("The bid was worth 1.234,56 euros at the close.", "1.234,56", 24),
    ("They paid $1.234.567 for the land.", "1.234.567", 17),
    # a range's second end: not $1, nor 1조 alone
    ("Sales were $1-1.2.3 billion last year.", "1.2.3", 18),
    ("가격은 1~2..5조원으로 정해졌다.", "2..5", 9),
])
def test_a_malformed_number_in_running_text_proposes_no_amount(sentence, number, column):
    # Read up to where it goes wrong, each was a confident wrong amount ($1.2, 1,234, 12억).
    assert find_amounts(sentence) == []
    with pytest.raises(AmountError) as err:
        read_amount(sentence)
    assert repr(number) in err.value.message, err.value.message
    assert err.value.position + 1 == column


@pytest.mark.parametrize("sentence, number, column", [
    ("Its bid was $1e309 in cash.", "1e309", 15),
    ("Its bid was 7E9 won in cash.", "7E9", 14),
    ("The fund held 2.5E+9 won last year.", "2.5E+9", 18),
    ("A rival paid $3e6 for the plant.", "3e6", 16),
    # a range's second end: not $1 alone
    ("Sales were $1-4e9 last year.", "4e9", 16),
])
def test_a_number_written_with_an_exponent_proposes_no_amount(sentence, number, column):
    # Read up to the letter, each was the digits before it ($1, 2.5, $3): wrong by the exponent.
    assert find_amounts(sentence) == []
    with pytest.raises(AmountError) as err:
        read_amount(sentence)
    assert repr(number) in err.value.message and "exponent" in err.value.message
    assert err.value.position + 1 == column


@pytest.mark.parametrize("sentence, value", [("It sold $5e-commerce vouchers.", 5),
                                             ("They paid $3 for 5E toys.", 3),
                                             ("Its $2B deal closed.", 2 * B)])
def test_a_letter_e_after_digits_with_no_digit_after_it_is_no_exponent(sentence, value):
    assert [a.value for a in find_amounts(sentence)][:1] == [approx(value)]


@pytest.mark.parametrize("sentence, value", [
    ("They spent Rs 4,73,223 crore on roads.", 4_73_223 * 1e7),
    ("그 사업에 1.5조 원이 들었다.", 1.5 * T), ("It cost $1,234.5 million.", 1234.5 * M),
    ("It cost $1.2. Then it rose.", 1.2), ("The range was $1.2-1.5 billion, 3,4월 기준.", 1.35 * B),
])
def test_well_formed_numbers_next_to_points_and_commas_still_read(sentence, value):
    assert [a.value for a in find_amounts(sentence)][:1] == [approx(value)]


@pytest.mark.parametrize("text, kind", [
    ("7조대 인수", "number"),          # a band of an amount, its currency unsaid
    ("2조4000억대 매출", "number"),
    ("스마트폰 3억대를 팔았다", "count"),  # phones are counted by the hundred million
    ("차량 160만대", "count"),
])
def test_dae_after_a_trillion_is_a_band_and_below_it_a_counter(text, kind):
    (a,) = find_amounts(text)
    assert a.kind == kind and (a.bound == "range") == (kind == "number")
