"""News forms the reader once missed or misread (issues 18 and 23): each read right, read as
vague, or kept from being a confident wrong amount. Sentences written for these tests."""
import datetime as dt
import math

import pytest

from currency.text.extract import extract
from currency.text.layout import body_end
from currency.text.reader import AmountError, find_amounts, read_amount, read_whole

M, B, T = 1e6, 1e9, 1e12
PUB = dt.date(2024, 5, 2)


def only(text):
    """The one amount find_amounts reads in `text`."""
    found = find_amounts(text)
    assert len(found) == 1, [a.span for a in found]
    return found[0]


def money(text):
    """The one money amount find_amounts reads in `text`."""
    found = [a for a in find_amounts(text) if a.kind == "money"]
    assert len(found) == 1, [a.span for a in found]
    return found[0]


def cand(text, span):
    return next(c for c in extract(text, PUB) if c.amount.span == span)


# --- no confident wrong amount -------------------------------------------------------------

def test_a_currency_name_inside_a_longer_word_is_not_money():
    assert find_amounts("Orvel은 5시리즈 후속 모델을 공개했다.") == []
    # 레이 (CLDR: the Moldovan leu) is a current currency: read only whole, or with a particle
    assert find_amounts("한빛은 7레이저 장비를 들였다.") == []
    assert only("한빛은 7레이를 냈다.").currency == "MDL"


def test_an_obsolete_currency_reads_only_by_its_iso_code():
    assert read_amount("3 GNS").currency == "GNS"          # the code still reads
    assert find_amounts("그 식당은 7시리 떨어져 있다.") == []    # its Korean name does not


def test_an_amount_in_a_slug_or_url_is_low_confidence():
    text = ("Kestrel Corp planned-4bn-deal, see https://news.example.com/kestrel-buys-rival-for-"
            "up-to-828-million-source/ for more.\nKestrel will pay $3 billion in cash.\n")
    c = {c.amount.span: c for c in extract(text, PUB)}
    assert c["4bn"].confidence == "low" and "slug" in c["4bn"].reason
    # the slug's hyphens join its hedge's words to the amount, as a compound's do ("a
    # more-than-$1bn bid"): read with it, and still low
    assert c["up-to-828-million"].confidence == "low"
    assert c["$3 billion"].confidence == "high"


def test_a_triangle_bullet_is_not_a_minus():
    text = "주요 계약:\n△ 3조원 규모 한빛 수주\n△대청 2조원 수주\n영업손익은 △5억 원이었다.\n"
    values = [a.value for a in find_amounts(text)]
    assert values == [3 * T, 2 * T, -5e8]


# --- cents and mixed amounts ---------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("The stamp costs 10¢.", 0.10),
    ("Tickets were $20 and 43c each.", 20.43),
    ("She paid 20 dollars 43 cents.", 20.43),
])
def test_cents_and_mixed_amounts(text, value):
    a = only(text)
    assert a.currency == "USD" and a.value == pytest.approx(value)


# --- prefixes and names of other currencies ------------------------------------------------

@pytest.mark.parametrize("text, value, currency", [
    ("A cup of tea costs Rs 20 there.", 20, "INR"),
    ("Mira raised ₹5 lakh from friends.", 5e5, "INR"),
    ("The plot sold for 4 crore rupees.", 4e7, "INR"),
    ("Lunch was RM 42 for two.", 42, "MYR"),
    ("Kestrel Bank earned W7.4trn last year.", 7.4 * T, "KRW"),
    ("Norden will order tankers at a cost of QR70bn.", 70 * B, "QAR"),
    ("Norden will order tankers at a cost of QR 1.2 billion.", 1.2 * B, "QAR"),
    ("Kestrel Bank earned KRW7.4trn last year.", 7.4 * T, "KRW"),
    ("Kestrel Bank earned ₩7.4tn last year.", 7.4 * T, "KRW"),
    ("Orvel sold for US $1.65B in March.", 1.65 * B, "USD"),
    ("Orvel sold for 12 US dollars a share.", 12, "USD"),
    ("Orvel paid A$3 million.", 3 * M, "AUD"),
    ("Orvel paid C$3 million.", 3 * M, "CAD"),
    ("Orvel paid HK$3 million.", 3 * M, "HKD"),
    ("Orvel paid S$3 million.", 3 * M, "SGD"),
    ("The deal was worth $3 bil in all.", 3 * B, "USD"),
])
def test_currency_prefixes_and_place_words(text, value, currency):
    a = only(text)
    assert (a.value, a.currency) == (pytest.approx(value), currency)


def test_us_then_a_space_then_the_dollar_sign_is_one_prefix():
    a = read_whole("US $1.65B")
    assert (a.span, a.currency) == ("US $1.65B", "USD")


def test_w_alone_before_a_number_is_not_won():
    assert find_amounts("The W7 engine is new.") == []


def test_qr_alone_before_a_number_is_no_riyal():
    # a riyal written "QR" takes a place word; "QR 2" is a code's version as often
    assert find_amounts("Scan the QR 2 code at the gate.") == []


@pytest.mark.parametrize("text", [
    "The QR 2bn upgrade shipped.",
    "The QR 2 billion-pixel sensor.",
    "QR2 billion users scanned Orvel's menus.",
])
def test_qr_with_a_place_word_but_no_money_word_before_is_no_riyal(text):
    # "QR" is a code's name as often: a riyal needs a hedge or a word that puts an amount there
    assert all(a.currency != "QAR" for a in find_amounts(text)), find_amounts(text)


@pytest.mark.parametrize("text, value", [
    ("Kestrel's plant is worth QR5bn.", 5 * B),
    ("Norden paid over QR70bn for the tankers.", 70 * B),
    ("The port's budget was QR 3.5 billion.", 3.5 * B),
    # a verb of level before the amount; "exceeded" is read as the amount's hedge
    ("Kestrel's order book hit QR5bn.", 5 * B),
    ("Kestrel's order book exceeded QR5bn.", 5 * B),
])
def test_qr_after_a_money_word_or_a_hedge_is_a_riyal(text, value):
    a = only(text)
    assert (a.value, a.currency) == (value, "QAR")


@pytest.mark.parametrize("text, value", [("It costs a dollar.", 1), ("He sold it for 42 bucks.", 42)])
def test_a_dollar_and_bucks(text, value):
    a = only(text)
    assert (a.value, a.currency) == (value, "USD")


@pytest.mark.parametrize("text, options", [
    ("The visa fee is 5 dinars.", ("DZD", "JOD", "KWD")),
    ("입장료는 3만 페소다.", ("MXN", "PHP", "ARS")),
    ("Orvel paid 400 billion crowns.", ("CZK", "DKK", "NOK", "SEK")),
])
def test_a_name_several_currencies_share_is_money_of_an_open_currency(text, options):
    a = only(text)
    assert a.kind == "money" and a.currency is None and a.unit is None
    assert set(options) <= set(a.currency_options)
    assert read_whole(a.span).currency_options == a.currency_options


def test_a_shared_name_asks_for_currency_unless_the_article_names_one_country():
    alone = cand("The visa fee is 5 dinars.\n", "5 dinars")
    assert alone.currency is None and alone.confidence == "low" and "--currency" in alone.reason
    named = cand("오르벨은 체코 정부와 계약했다. 규모는 45억 크로네다.\n", "45억 크로네")
    assert named.currency == "CZK" and named.confidence == "high" and "체코" in named.currency_from


def test_a_crown_with_its_country_reads_directly():
    assert find_amounts("($1 = 22.7730 Czech crowns)")[1].currency == "CZK"
    assert only("Orvel paid 2000억 코루나.").currency == "CZK"


# --- Korean numbers in words ---------------------------------------------------------------

@pytest.mark.parametrize("text, value, currency", [
    ("사과 한 개는 일쩜이삼달러였다.", 1.23, "USD"),
    ("커피는 이달러이십삼센트였다.", 2.23, "USD"),
    ("책값은 오만원이었다.", 5e4, "KRW"),
])
def test_korean_numbers_in_words(text, value, currency):
    a = money(text)
    assert (a.value, a.currency) == (pytest.approx(value), currency)


@pytest.mark.parametrize("text", ["신입 사원 교육을 했다.", "이유로 그는 떠났다.", "구원 투수가 나왔다.",
                                  "이 달러 강세가 이어졌다."])
def test_a_lone_hangul_digit_before_a_word_is_not_money(text):
    assert [a for a in find_amounts(text) if a.currency] == []
    try:
        assert read_amount(text).currency is None
    except AmountError:
        pass   # refused: as good as not money


# --- hedges --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, hedge, bound", [
    ("한빛은 3조원 가까이 투자했다.", "가까이", "approx"),
    ("한빛은 3조원 가량 투자했다.", "가량", "approx"),
    ("한빛은 3조원 안팎을 투자했다.", "안팎", "approx"),
    ("한빛은 3조원 남짓 투자했다.", "남짓", "at_least"),
    ("한빛은 3조원 내외를 투자했다.", "내외", "approx"),
    ("한빛의 투자는 3조원 수준이다.", "수준", "approx"),
    ("한빛은 3조원 수준의 투자를 했다.", "수준", "approx"),
    ("한빛은 3조원 이상 투자했다.", "이상", "at_least"),
    ("한빛은 3조원 미만을 투자했다.", "미만", "at_most"),
])
def test_korean_hedges_after_the_amount(text, hedge, bound):
    a = only(text)
    assert (a.hedge, a.bound) == (hedge, bound)


@pytest.mark.parametrize("text, hedge, bound", [
    ("한빛은 성과에 따라 최대 약 2억5000만달러를 더 준다.", "최대 약", "at_most"),
    ("한빛은 최소 약 3조원을 투자한다.", "최소 약", "at_least"),
    ("Halvard may pay up to about $250 million more.", "up to about", "at_most"),
    # an about alone stays an about, and a record's 최대 is no cap
    ("한빛은 약 3조원을 투자한다.", "약", "approx"),
    ("한빛은 국내 최대 약 3조원을 투자한다.", "약", "approx"),
    ("한빛은 업계 최대 약 3조원을 투자한다.", "약", "approx"),
    ("한빛은 단일 최대 약 3조원 계약을 따냈다.", "약", "approx"),   # the largest single contract
])
def test_a_bound_word_before_an_about_bounds_the_amount(text, hedge, bound):
    a = money(text)
    assert (a.hedge, a.bound) == (hedge, bound)


def test_korean_nearly_after_the_amount_widens_only_below():
    a = only("한빛은 3조원 가까이 투자했다.")
    assert a.low < 2.5 * T and a.high == pytest.approx(3.5 * T)


def test_about_an_and_some_amount_is_about_that_range_not_open_above():
    # "약 4억여 달러" (about 4억-odd dollars): 여 says 4억 to 5억, 약 softens both ends.
    a = only("한빛은 약 4억여 달러를 들였다.")
    assert a.bound == "approx" and a.hedge == "약 여"
    assert a.low == pytest.approx(3.5e8 * 0.98) and a.high == pytest.approx(5e8 * 1.02)


@pytest.mark.parametrize("text, hedge, low_open, high_open", [
    ("Orvel paid a little less than $5 billion.", "a little less than", False, False),
    ("Orvel paid a little more than a billion dollars.", "a little more than", False, True),
    ("Orvel paid just over $5 billion.", "just over", False, True),
    ("Orvel paid close to $5 billion.", "close to", False, False),
    ("Orvel paid north of $5 billion.", "north of", False, True),
    ("Orvel paid just shy of $5 billion.", "just shy of", False, False),
])
def test_english_multiword_hedges(text, hedge, low_open, high_open):
    a = only(text)
    assert a.hedge == hedge and a.start == text.index(hedge)
    assert math.isinf(a.high) == high_open and a.low > 0


def test_shy_of_is_a_little_under():
    a = only("Orvel paid just shy of $5 billion.")
    assert a.low < 4.5 * B and a.high == pytest.approx(5.5 * B)


# --- vague amounts -------------------------------------------------------------------------

@pytest.mark.parametrize("text, low, high, currency", [
    ("한빛은 수 조 원을 쏟았다.", 1.5 * T, 9.5 * T, "KRW"),
    ("한빛은 수천억 원을 쏟았다.", 1.5e11, 9.5e11, "KRW"),
    ("Orvel spent billions of dollars.", 1.5 * B, 999.5 * B, "USD"),
    ("Orvel signed a multibillion-dollar deal.", 1.5 * B, 9.5 * B, "USD"),
    ("Orvel spent hundreds of millions of dollars.", 150 * M, 950 * M, "USD"),
])
def test_vague_amounts_are_read_as_vague(text, low, high, currency):
    a = only(text)
    assert a.vague and a.bound == "range" and a.currency == currency
    assert (a.low, a.high) == (pytest.approx(low), pytest.approx(high))


def test_su_jo_is_not_read_before_an_ordinary_word():
    assert find_amounts("수 조사 결과를 봤다.") == []


# --- page furniture ------------------------------------------------------------------------

ARTICLE = ("Orvel agrees to buy Kestrel\n"
           "Orvel said on Monday it will buy Kestrel for $3 billion in cash, its largest deal.\n"
           "Advertisement\n"
           "The company expects the deal to close by March and to add $200 million in sales.\n"
           "광고\n"
           "[사진]\n"
           "▶ 관련기사 오르벨, 케스트렐 인수\n"
           "한빛은 별도로 5000억 원을 투자할 계획이라고 밝혔다. 회사는 이를 공시했다.\n"
           "Advertisement\n"
           "More from Orvel\n"
           "Orvel shares up $4\n")


def test_furniture_lines_inside_a_body_are_skipped_not_its_end():
    cut, line = body_end(ARTICLE)
    assert cut == ARTICLE.rindex("Advertisement") and line == "Advertisement"
    c = {c.amount.span: c for c in extract(ARTICLE, PUB)}
    assert c["$200 million"].confidence == "high" and c["5000억 원"].confidence == "high"
    assert c["$4"].confidence == "low"


def test_read_amount_finds_no_currency_inside_a_longer_word():
    assert read_amount("5시리즈").currency is None
    with pytest.raises(AmountError):
        read_whole("5시리즈")


def test_furniture_before_a_real_end_marker_ends_the_body():
    text = ("Orvel said it will buy Kestrel for $3 billion in cash, its largest deal so far.\n"
            "Advertisement\n"
            "Copyright 2024 Orvel News. All rights reserved.\n"
            "Orvel also said the sister deal worth $9 billion was off, according to its memo.\n")
    cut, line = body_end(text)
    assert line == "Advertisement"
    assert cand(text, "$9 billion").confidence == "low"


def test_a_code_that_repeats_the_signs_currency_is_part_of_the_amount():
    assert read_whole("$600 million USD").currency == "USD"
    first = find_amounts("Orvel paid $600 million USD (roughly $765 million) for it.")[0]
    assert first.span == "$600 million USD"
    with pytest.raises(AmountError):
        read_whole("US$5 AUD")   # a code that contradicts the sign is not read over


@pytest.mark.parametrize("text, code", [("$5 AUD", "AUD"), ("about $680 million CAD", "CAD")])
def test_a_bare_dollar_is_the_dollar_the_code_after_it_names(text, code):
    assert read_whole(text).currency == code and read_amount(text).span == text
    assert [(a.span, a.currency) for a in find_amounts(f"Orvel paid {text} for it.")] == [
        (text, code)]


@pytest.mark.parametrize("text", ["5000원 KRW", "5 dollars USD", "100억 달러 USD"])
def test_a_word_currency_and_its_own_code_is_one_currency(text):
    assert read_amount(text).currency == text.split()[-1]


@pytest.mark.parametrize("text", ["US$5 CAD", "€12 million GBP", "$5 EUR"])
def test_a_short_text_that_names_two_currencies_is_refused_not_read_in_the_first(text):
    # `convert` reads the one amount of a short text: "$5 AUD" read as 5 USD would be a
    # confident wrong value.
    with pytest.raises(AmountError, match="names two currencies"):
        read_amount(text)
    code = text.split()[-1]
    assert read_amount(f"5 {code}").currency == code     # the code alone is read


@pytest.mark.parametrize("text", ["Orvel opened a dollar store.", "Orvel sold a euro-zone bond.",
                                  "Orvel quoted a dollar figure."])
def test_a_currency_word_that_modifies_a_noun_is_not_one_of_it(text):
    assert find_amounts(text) == []


def test_a_cldr_name_takes_hwa_the_currency_suffix():
    a = only("한빛은 300억 루블화를 들였다.")
    assert (a.span, a.currency) == ("300억 루블화", "RUB")


def test_a_zero_amount_beside_a_conversion_implies_no_rate():
    c = extract("한빛은 0달러(약 2조원)를 냈다.\n", PUB)
    assert [x.pair for x in c] == [None, None]


def test_a_minus_keeps_its_sign_beside_another_mark_used_as_a_bullet():
    assert only("영업손익 △5억원 (▲전년 대비 개선)").value == -5e8


def test_a_broadcast_transcripts_spoken_decimals():
    a = only("Orvel will invest about 17-point-three billion U.S. dollars.")
    assert (a.value, a.currency, a.hedge) == (pytest.approx(17.3 * B), "USD", "about")
    assert only("It scored 17 points three times, winning 5 dollars.").value == 5


def test_a_spoken_decimal_after_a_number_word_or_with_digits_reads_whole():
    a = only("The board approved one-point-03 trillion won for the plant.")
    assert (a.span, a.value, a.currency) == ("one-point-03 trillion won", pytest.approx(1.03 * T),
                                             "KRW")
    assert only("Orvel raised 2-point-05 million dollars.").value == pytest.approx(2.05 * M)
    assert only("twenty-one-point-five billion dollars").value == pytest.approx(21.5 * B)


def test_digits_after_a_spelled_point_are_never_an_amount_of_their_own():
    assert find_amounts("It rose by a point-03 trillion won margin.") == []


def test_a_sentence_end_whose_space_was_lost_still_ends_the_currency_word():
    a = find_amounts("Orvel paid 5 billion U.S. dollars.The rest was stock.")[0]
    assert (a.span, a.currency) == ("5 billion U.S. dollars", "USD")


# --- what a bare "$" names: the article's country (issue 23 item 5) -------------------------

_CA = ("Maplecrest Software will be sold to Orvel Corp in a $500 million USD (about $680 million) "
       "deal, and Orvel will spend $40 million more on hiring.")


def _money(cands):
    return [(c.amount.span, c.currency, c.confidence) for c in cands if "$" in c.amount.span]


def test_a_bare_dollar_is_the_local_dollar_where_the_press_writes_it_so():
    got = _money(extract(_CA, PUB, locale="en-CA"))
    assert got == [("$500 million USD", "USD", "high"), ("about $680 million", "CAD", "high"),
                   ("$40 million", "CAD", "high")]
    pair = extract(_CA, PUB, locale="en-CA")[1].pair
    assert pair["rate_unit"] == "CAD/USD" and pair["implied_rate"] == pytest.approx(1.36)


@pytest.mark.parametrize("dollars, currency", [
    ("$5.97 billion", "USD"),      # 1,374 won a dollar: the US dollar's rate of the day
    ("$8.19 billion", "CAD"),      # 1,001 won a dollar: the Canadian dollar's
    ("$7 billion", "CAD"),         # neither: the site's dollar, for the restatement check
])
def test_a_bare_dollar_converting_a_third_currency_is_the_dollar_its_rate_fits(dollars, currency):
    # A Canadian site printing a wire story keeps the wire's US dollar; its own conversion keeps
    # the local one. The rate decides only where one dollar fits and the other does not.
    text = f"Kestrel Foods sold its stake for 8.2 trillion won ({dollars})."
    got = extract(text, PUB, locale="en-CA")
    assert _money(got) == [(dollars, currency, "high")]
    assert got[1].pair["rate_unit"] == f"{currency}/KRW" == got[0].pair["rate_unit"]
    # The other way round too: the dollar amount first, the won its conversion.
    back = extract(f"Kestrel Foods sold its stake for {dollars} (8.2 trillion won).", PUB,
                   locale="en-CA")
    assert _money(back) == [(dollars, currency, "high")]
    assert back[0].pair["rate_unit"] == f"KRW/{currency}"


@pytest.mark.parametrize("original", ["1 billion euros", "A$1 billion"])
def test_a_round_original_is_weighed_as_written_when_its_dollar_is_chosen(original):
    # 1.07 dollars a euro, 0.65 an Australian dollar: the US dollar's rates of the day. Read with
    # its rounding (0.5 to 1.5 billion), "1 billion" would fit the Canadian dollar's too.
    dollars = {"1 billion euros": "$1.08 billion", "A$1 billion": "$655 million"}[original]
    got = extract(f"Halvard Marine bought the yard for {original} ({dollars}).", PUB,
                  locale="en-CA")
    assert _money(got)[-1] == (dollars, "USD", "high")


def test_a_bare_dollar_that_fits_both_dollars_rates_keeps_the_local_one():
    # "$2 billion" for 2.5 trillion won: 1,000 to 1,667 won a dollar, both dollars' rates of
    # the day; the rate does not tell them apart, so the site's reading stands.
    got = extract("Orvel Chemical sold a plant for 2.5 trillion won ($2 billion).", PUB,
                  locale="en-CA")
    assert _money(got) == [("$2 billion", "CAD", "high")]


def test_a_country_code_web_address_names_the_country():
    got = _money(extract("Tallow Mining raised $75 million.", PUB,
                         url="https://www.example.com.au/business/tallow"))
    assert got == [("$75 million", "AUD", "high")]
    # A generic ending says nothing: the US dollar.
    assert _money(extract("Tallow Mining raised $75 million.", PUB,
                          url="https://example.com/tallow")) == [("$75 million", "USD", "high")]


def test_wire_copy_that_writes_the_local_sign_keeps_the_bare_dollar_for_us_dollars():
    text = "Orvel Corp paid $500 million, or C$680 million, for Maplecrest."
    assert _money(extract(text, PUB, locale="en-CA")) == [("$500 million", "USD", "high"),
                                                          ("C$680 million", "CAD", "high")]


def test_a_bare_dollar_converting_us_dollars_is_another_dollar_even_with_no_country():
    got = _money(extract(_CA, PUB))
    assert got[0] == ("$500 million USD", "USD", "high")
    assert got[1] == ("about $680 million", None, "low")
    assert got[2] == ("$40 million", "USD", "high")     # nothing says otherwise


def test_a_page_declares_its_locale():
    from currency.text.locale import page_locale
    html = '<!doctype html><html lang="en-CA"><head><meta property="og:locale" content="en_US">'
    assert page_locale(html) == "en-CA"
    assert page_locale('<html><head><meta property="og:locale" content="en_AU" />') == "en_AU"
    assert page_locale("<html><body>no locale</body></html>") is None


def test_a_figures_currency_cell_says_which_dollar_a_bare_dollar_is():
    from reconcile.store.figures import currency_problems, figure_amount
    assert figure_amount("about $680 million", "CAD").currency == "CAD"
    assert currency_problems("about $680 million", "CAD") == []
    # A sign that names the US dollar is still contradicted by another currency.
    assert currency_problems("US$680 million", "CAD") != []
    assert figure_amount("about $680 million", None).currency == "USD"


def test_scan_reads_a_canadian_pages_bare_dollar_as_canadian(tmp_path):
    from reconcile.scan.articles import load_articles
    from reconcile.scan.mentions import money_candidates
    body = ("<p>Maplecrest Software said on Tuesday it will be sold to Orvel Corp for $680 "
            "million, the largest sale of a software company in the province this year.</p>")
    for lang, want in (("en-CA", "CAD"), ("en", "USD")):
        page = tmp_path / lang / "page.html"
        page.parent.mkdir()
        page.write_text(f'<!DOCTYPE html><html lang="{lang}"><head><title>Maplecrest</title>'
                        '<meta property="article:published_time" content="2024-05-02T09:00:00">'
                        f"</head><body><article><h1>Maplecrest sold</h1>{body}</article>"
                        "</body></html>", encoding="utf-8")
        (article,), _ = load_articles([page])
        assert [c.currency for c in money_candidates(article)] == [want]


# --- a headline's number with no currency word (issue 23 item 5) ----------------------------

# The body never states 4.2조 itself, so no equal or rounded amount gives its currency.
_HEADLINE = ("한빛전자 기업가치, 4.2조 평가\n"
             "한빛전자의 지난해 매출은 9800억원, 영업이익은 1200억원이었다. {}\n")


def _bare(text, span):
    return next((c.currency, c.confidence) for c in extract(text, PUB) if c.amount.span == span)


def test_a_bare_number_after_a_noun_naming_a_sum_is_the_articles_one_currency():
    assert _bare(_HEADLINE.format(""), "4.2조") == ("KRW", "high")


def test_a_bare_number_after_another_word_stays_a_number():
    text = _HEADLINE.format("영상 조회수 3억 회를 넘겼고 구독자 1억 명을 모았다. 누적 조회수 5억")
    assert _bare(text, "5억") == (None, "low")


def test_a_bare_number_in_an_article_of_won_and_another_currency_is_won():
    # Korean news names every foreign currency it writes; only won goes unsaid.
    text = _HEADLINE.format("미국 법인은 3억 달러를 투자했다.")
    assert _bare(text, "4.2조") == ("KRW", "high")


def test_a_bare_number_in_an_article_of_two_currencies_but_no_won_stays_open():
    text = ("한빛전자 기업가치, 4.2조 평가\n한빛전자의 매출은 9800억 엔, 미국 법인은 3억 달러를 "
            "투자했다.\n")
    assert _bare(text, "4.2조") == (None, "low")


def test_scan_takes_an_articles_locale_from_its_index(tmp_path):
    from reconcile.scan.articles import load_articles
    from reconcile.scan.mentions import money_candidates
    (tmp_path / "a.txt").write_text("Maplecrest Software was sold to Orvel Corp for $680 million "
                                    "on Tuesday.\n", encoding="utf-8")
    (tmp_path / "index.csv").write_text("file,published,url,publisher,locale\n"
                                        "a.txt,2024-05-02,https://example.com/a,Example,en-CA\n",
                                        encoding="utf-8")
    (article,), _ = load_articles([tmp_path])
    assert article.locale == "en-CA"
    assert [c.currency for c in money_candidates(article)] == ["CAD"]


@pytest.mark.parametrize("text", ["칩 설계사 AMD 1.7% 하락", "Shares of Orvel (ORV 0.8%) and rival (AMD 3.1%) rose.",
                                  "금리는 USD 4.25%로 동결"])
def test_a_code_before_a_percentage_is_a_ticker_not_money(text):
    assert [a for a in find_amounts(text) if a.kind == "money"] == []


@pytest.mark.parametrize("text, value, currency", [
    ("한빛은 ARM 250억 달러에 인수하기로 했다", 25 * B, "USD"),
    ("AMD 12억 유로 규모 투자", 1.2 * B, "EUR"),
])
def test_a_code_before_a_number_with_another_currency_after_it_is_a_name(text, value, currency):
    a = money(text)
    assert (a.value, a.currency) == (value, currency)


def test_a_code_before_a_lone_place_word_is_not_an_amount():
    assert find_amounts("한빛과 ARM 조합은 새 칩을 낸다") == []


def test_a_code_that_agrees_with_the_words_after_it_stays_the_currency():
    assert money("EUR 3 billion in bonds").currency == "EUR"
    assert money("KRW 2조 원 규모").currency == "KRW"
    # a dollar code says which dollar the bare word after the number is
    assert money("NZD 40 million dollars of bonds").currency == "NZD"


@pytest.mark.parametrize("text, value", [
    ("a Rs 3,25,410 crore budget", 3_25_410 * 1e7),
    ("₹2,50,000 was raised", 250_000),
    ("about 14,82,06,500 rupees", 148_206_500),
])
def test_indian_digit_grouping_reads_the_whole_number(text, value):
    a = money(text)
    assert (a.value, a.currency) == (value, "INR")


# --- share counts beside won amounts --------------------------------------------------------

_SHARES = ("한빛전자는 신주 1천만주를 발행해 2억원을 모은다. 모회사가 보유한 지분 2억주 중 "
           "500만주를 판다. 상장 후 주식은 총 2억1천만주가 된다. 공모 규모는 2억원이다.\n")


@pytest.mark.parametrize("span", ["2억", "2억1천만"])
def test_a_count_of_shares_never_takes_its_neighbours_currency(span):
    c = cand(_SHARES, span)
    assert (c.currency, c.confidence) == (None, "low")


def test_a_count_of_shares_in_english_stays_a_number():
    text = "Orvel sold 200 million shares. It raised 200 million dollars, or $200 million.\n"
    assert cand(text, "200 million").currency is None


# --- place words of headlines and wire copy --------------------------------------------------

@pytest.mark.parametrize("text, value, currency", [
    ("Court upholds W2tr penalty for Orvel", 2 * T, "KRW"),
    ("Top court finalizes 3 tln-won fine for Orvel", 3 * T, "KRW"),
    ("Orvel drew 12.5 quadrillion won in orders.", 12.5e15, "KRW"),
    ("주문 규모는 1경2300조원이다.", 1.23e16, "KRW"),
])
def test_place_words_of_headlines_and_wire_copy(text, value, currency):
    a = only(text)
    assert (a.value, a.currency) == (pytest.approx(value), currency)


# --- hedges written as a verb after the amount, or after it in English -----------------------

@pytest.mark.parametrize("text, bound", [
    ("기관 주문액은 3조 원을 웃돌았고, 청약은 끝났다.", "at_least"),
    ("순이익이 2천억원을 상회했다.", "at_least"),
    ("매출은 5조원을 밑돌아 시장 예상에 못 미쳤다.", "at_most"),
    ("Orvel was fined a sum of $420 approximately.", "approx"),
    ("Orvel paid 12 dollars or thereabouts.", "approx"),
])
def test_a_hedge_after_the_amount(text, bound):
    assert only(text).bound == bound


@pytest.mark.parametrize("text, value", [
    ("Orvel was fined $420 million approximately.", 420 * M),
    ("오르벨은 5억 달러 가량을 냈다.", 500 * M),
    ("Orvel spent $2 billion or so on it.", 2 * B),
])
def test_a_hedge_after_a_place_word_keeps_the_place_word(text, value):
    a = money(text)
    assert (a.bound, a.value) == ("approx", pytest.approx(value))


@pytest.mark.parametrize("text", ["한빛의 시가총액은 58조원대다.", "한빛의 시가총액은 58조원대였다.",
                                  "시가총액이 58조원대인 한빛은"])
def test_a_band_with_the_copula_is_a_range(text):
    a = only(text)
    assert (a.bound, a.low, a.high) == ("range", pytest.approx(58 * T), pytest.approx(59 * T))


def test_a_conversion_joined_by_comma_or_is_paired():
    text = "The court upheld a fine of 2 trillion won, or around 1.5 billion U.S. dollars, on Orvel.\n"
    won, usd = extract(text, PUB)
    assert won.pair["with"] == usd.index and usd.pair["implied_rate"] == pytest.approx(0.00075)


def test_an_alternative_in_the_same_currency_or_a_share_is_no_conversion():
    text = "Orvel paid 5 billion won, or 10 percent of sales, and $3 million, or $2 million less.\n"
    assert [c.pair for c in extract(text, PUB)] == [None] * 4


@pytest.mark.parametrize("text", [
    "The regulator fined Orvel 2 trillion won or about $1.5 billion on Tuesday.\n",
    "The regulator fined Orvel $1.5 billion or about 2 trillion won on Tuesday.\n",
    # the first amount's hedge of approximation covers the pair
    "Kestrel signed a deal worth around 2 trillion won or $1.5 billion on Tuesday.\n",
    # a "whether" of an earlier sentence makes no choice of this one
    "Sales were $5 billion and analysts asked whether Orvel would sell shares. It will raise "
    "2 trillion won, or $1.5 billion.\n",
])
def test_a_conversion_joined_by_or_without_a_comma_is_paired_when_hedged(text):
    *_, a, b = extract(text, PUB)
    assert a.pair["with"] == b.index and b.pair["with"] == a.index


@pytest.mark.parametrize("text", [
    # What "or" joins besides a conversion: a bound, a share, the same currency, a choice.
    "Orvel will invest $1 billion or more, and 5% or $2 billion of its cash goes back.\n",
    "Orvel may pay $3 million or $4 million, or 2 trillion won or 3 trillion won.\n",
    "Orvel must choose either 2 trillion won or $3 billion of new shares.\n",
    "Orvel has not said whether it will pay 2 trillion won or $3 billion.\n",
    # without its comma or a hedge, "or" is as often a price in either currency
    "Tickets cost 10,000 won or $10 for foreign visitors.\n",
    "The regulator may fine Orvel 2 trillion won or $1.5 billion.\n",
    # a bound before the first amount is no approximation: a choice of two bounds
    "The regulator may fine Orvel at least 2 trillion won or $1.5 billion.\n",
    # a hedge of approximation joins a pair only at a rate near the market's (2024: ~1,350 won/$)
    "Tickets cost about 10,000 won or $10 for foreign visitors.\n",
    "Tickets cost around 10,000 won or $20 at the gate.\n",
    "Orvel raised about 500 billion won or $1 billion from two separate share sales.\n",
    "Orvel faces a penalty of 500 million won, or $1 million, whichever is greater.\n",
    "Buyers pay 1 million won, or 800 euros, depending on the market.\n",
])
def test_or_between_two_facts_is_no_conversion(text):
    assert [c.pair for c in extract(text, PUB)] == [None] * len(extract(text, PUB))


@pytest.mark.parametrize("joined", [", or", " or"])
def test_a_second_conversion_joined_by_or_leaves_the_first_pair_alone(joined):
    text = f"Orvel bought it for €2 billion (about 3 trillion won{joined} $2.2 billion). It closed.\n"
    eur, won, usd = extract(text, PUB)
    assert (eur.pair["with"], won.pair["with"]) == (won.index, eur.index)


@pytest.mark.parametrize("text, low, high", [
    ("공모 금액은 최소 3조2천억원에서 최대 4조원이다.", 3.2 * T, 4 * T),
    ("시가총액은 최소 20조원에서 25조원이 된다.", 20 * T, 25 * T),
    ("매출은 최소 1조원~최대 2조원이 될 전망이다.", 1 * T, 2 * T),
    # the least alone opens a range its tilde writes: 최소 A~B is A to B
    ("카파전자의 시가총액은 최소 60조1,380억~70조2,000억 원이 될 전망이다.", 60.138 * T, 70.2 * T),
    ("카파전자의 시가총액은 최소 60조~70조원이 될 전망이다.", 60 * T, 70 * T),
])
def test_a_least_and_a_most_bound_one_range(text, low, high):
    a = only(text)
    assert a.bound == "range" and 0 < a.low <= low < high <= a.high < math.inf


def test_a_least_amount_that_changes_to_another_is_no_range():
    found = find_amounts("매출은 최소 1조원에서 2조원으로 늘었다.")
    assert [a.bound for a in found] == ["at_least", "exact"]


@pytest.mark.parametrize("text, low, high", [
    ("한빛의 투자 규모는 60조~70조원으로 늘었다.", 60 * T, 70 * T),
    ("한빛의 투자 규모는 60~70조원으로 늘었다.", 60 * T, 70 * T),
    ("납품 단가는 2만원 - 3만원으로 올랐다.", 20000, 30000),
])
def test_a_range_joined_by_a_tilde_or_dash_stays_one_before_a_to_particle(text, low, high):
    a = only(text)
    assert a.bound == "range" and a.low <= low < high <= a.high


@pytest.mark.parametrize("text", ["한빛의 투자 규모는 60조원에서 70조원으로 늘었다.",
                                  "한빛의 투자 규모는 60조원부터 70조원으로 늘었다."])
def test_from_one_amount_to_another_is_a_change_not_a_range(text):
    assert [a.bound for a in find_amounts(text)] == ["exact", "exact"]


@pytest.mark.parametrize("text, low, high", [
    ("한빛의 영업이익은 2조원대 초반이다.", 2 * T, 2.3 * T),
    ("손실이 300억원대 후반으로 늘었다.", 370 * B / 10, 400 * B / 10),
    ("매출이 5조원대 중반에 그쳤다.", 5.3 * T, 5.7 * T),
    ("매출이 5조원대 중반까지 늘었다.", 5.3 * T, 5.7 * T),
    ("손실은 300억원대 초반부터 불었다.", 300 * B / 10, 330 * B / 10),
    ("전망치는 2조원대 후반에서 멈췄다.", 2.7 * T, 3 * T),
])
def test_a_part_of_a_band_with_a_particle_narrows_it(text, low, high):
    a = only(text)
    assert (a.bound, a.low, a.high) == ("range", pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize("text, bound", [
    ("Orvel signed a $3 billion-plus deal with Tarn.", "at_least"),
    ("Orvel signed a $3bn-plus deal with Tarn.", "at_least"),
    ("Orvel's deal is valued in the $3 billion range.", "approx"),
])
def test_an_english_hedge_glued_or_after_the_amount(text, bound):
    assert money(text).bound == bound


@pytest.mark.parametrize("text", ["Orvel paid $3 billion plus $400 million in stock.",
                                  "Orvel paid $3 billion plus US$400 million in stock.",
                                  "Orvel paid $3 billion plus 4% interest.",
                                  "Orvel paid $3 billion + $400 million.",
                                  "오르벨은 30억 달러 + 4억 달러를 냈다.",
                                  # the other amount a few words on, in any form read
                                  "Orvel paid $3 billion plus about $400 million in debt.",
                                  "Orvel paid $3 billion plus another $400 million.",
                                  "Orvel paid $3 billion plus an additional $400 million.",
                                  "Orvel paid $3 billion plus USD 400 million.",
                                  "Orvel paid $3 billion plus a further 400 million euros."])
def test_plus_before_another_amount_adds_it_and_bounds_nothing(text):
    first = find_amounts(text)[0]
    assert (first.bound, first.value) == ("exact", 3 * B)


@pytest.mark.parametrize("text", ["Orvel's deal is worth $3 billion plus.",
                                  "Orvel's deal was worth $3 billion plus in 2023.",
                                  # an amount after other words than ADDING_FILL's is not added
                                  "The $3 billion plus deal includes USD 400 million in debt.",
                                  "Its market is worth $3 billion plus and grows by 2 billion yen "
                                  "a year."])
def test_plus_before_no_amount_is_still_at_least(text):
    # a year a few words on is no amount
    assert find_amounts(text)[0].bound == "at_least"


def test_a_plus_sign_glued_after_an_amount_is_still_at_least():
    assert money("Orvel signed a $3bn+ deal with Tarn.").bound == "at_least"


@pytest.mark.parametrize("text, span, value", [
    ("Orvel Completes $4.6-Bn Purchase of Lindqvist", "$4.6-Bn", 4.6 * B),
    ("Orvel Wins $40-Million Order", "$40-Million", 40 * M),
    ("a 5-Billion-Won grant", "5-Billion-Won", 5 * B),
])
def test_a_headlines_capital_place_word_after_a_hyphen_is_read(text, span, value):
    a = money(text)
    assert (a.span, a.value) == (span, value)


@pytest.mark.parametrize("text, span, value", [
    ("Each member got shares valued at $8 millionBut sources say more is coming.", "$8 million",
     8 * M),
    ("Orvel raised $4bnThe rest came from loans.", "$4bn", 4 * B),
    ("Orvel paid $8 millionsThe rest was stock.", "$8 millions", 8 * M),   # plural, as written
    ("Orvel paid $8 millionBUT sources say more.", "$8 million", 8 * M),   # a word in capitals
    ("Orvel paid $8 millionSEOUL (Reuters) Its rival", "$8 million", 8 * M),
])
def test_a_place_word_glued_to_the_next_sentences_capital_is_still_read(text, span, value):
    # a page that lost its paragraph break glues the next sentence to the amount
    a = money(text)
    assert (a.span, a.value) == (span, value)


@pytest.mark.parametrize("text, spans", [
    ("Its 5,000mAh battery lasts two days.", []),     # a letter glued to a capital: a unit symbol
    ("A 75kWh pack and a 77.4kWh one.", []),
    ("Power costs $0.12kWh at night.", []),    # its letters tell no unit from "$5mThe"
    ("It samples at 10kHz under 10kPa.", []),
    ("He paid 5 lakhRupees for it.", []),            # a currency word glued on, no sentence
])
def test_a_unit_glued_to_a_place_letter_or_word_is_no_next_sentence(text, spans):
    assert [(a.span, a.value) for a in find_amounts(text)] == [
        (span, float(span.strip("$"))) for span in spans]


@pytest.mark.parametrize("text", ["Orvel made a $5 billionaire of its founder.",
                                  "Orvel welcomed its 5 millionth user."])
def test_a_place_word_inside_a_longer_word_is_not_one(text):
    assert all(a.value < M for a in find_amounts(text))


@pytest.mark.parametrize("text", [
    "Tarn paid $5mThe deal closed on Monday.", "It raised $3bnA further round is planned.",
    "It cost $8 millionMark Vell said so.", "It cost $8 millionRand Tolver said so.",
    "It cost $8 millionA spokesman said so.", "It cost $8 millionI think.",
    "It cost $8 millionUS officials said so.", "It cost $8 millionsI think.",
    "It cost $8 billionsMark Vell said so.", "It cost $8 millionUSD in all.",
    "It cost $8 millionCEOs said so.",
    # a place word in capitals run into more capitals: where it ends is not known
    "ORVEL WINS $3 MILLIONSEOUL, March 4 (Yonhap) -- The order", "ORVEL GETS $3 MILLIONAND MORE",
    "ORVEL WINS $3 BNSEOUL, March 4"])
def test_a_place_glued_to_a_capital_it_is_not_read_with_gives_no_amount(text):
    # not the bare number, a million or more off: neither "$5" nor "$8"
    assert find_amounts(text) == []


@pytest.mark.parametrize("text, span, value", [
    ("Tarn paid $8 billions for the mill.", "$8 billions", 8 * B),
    ("The prize was 5 Millions.", "5 Millions", 5 * M),
])
def test_a_plural_place_word_scales_its_number(text, span, value):
    # the plural some writers use: its reading, not the bare number
    assert [(a.span, a.value) for a in find_amounts(text)] == [(span, value)]


@pytest.mark.parametrize("text, code", [("The fare was 100 TRY.", "TRY"), ("It cost 100 BND.", "BND"),
                                        ("It cost 100 MNT.", "MNT"), ("It cost 100 TND.", "TND")])
def test_a_code_opening_with_a_place_word_is_no_glued_place(text, code):
    # TR, BN, MN, TN are place words; the code after its number is its currency
    assert [(a.value, a.currency) for a in find_amounts(text)] == [(100, code)]


@pytest.mark.parametrize("text, amount", [
    # a page's section label and its print stamp stand between the headline and the credit
    ("산업\n오르벨, 케스트렐 인수\n2024.03.05 오전 09:12\nⓒ한빛뉴스\n"
     "오르벨이 케스트렐을 3000억 원에 인수하기로 했다고 회사가 밝혔다. 거래는 3월에 끝난다.\n", "3000억 원"),
    # "a.m." ends the stamp's line with a full stop after a letter, yet no sentence ends there
    ("Orvel to buy Kestrel\nMay 14, 2024 9:12 a.m.\n© Reuters\n"
     "Orvel agreed to buy chipmaker Kestrel for $3 billion, the companies said on Tuesday.\n",
     "$3 billion"),
])
def test_a_credit_under_a_section_label_headline_and_stamp_is_not_the_end_of_the_body(text, amount):
    assert body_end(text)[1] is None
    assert cand(text, amount).confidence == "high"


@pytest.mark.parametrize("source", ["ⓒ한빛뉴스", "출처:한빛뉴스|2024-03-05", "출처: 한빛 스포츠",
                                    "출처 : 한빛뉴스, 2024.3.5."])
def test_a_credit_or_source_line_above_the_lead_is_not_the_end_of_the_body(source):
    # a photo credit under the headline, or a source line (the credit's other form): skipped
    # where the lead follows
    text = ("오르벨, 케스트렐 인수\n"
            f"{source}\n\n"
            "오르벨이 케스트렐을 3000억 원에 인수하기로 했다고 회사가 밝혔다. 거래는 3월에 끝난다.\n"
            "ⓒ 한빛뉴스 무단전재 및 재배포 금지\n"
            "오르벨 주가 4000원\n")
    assert body_end(text)[1] == "ⓒ 한빛뉴스 무단전재 및 재배포 금지"
    assert cand(text, "3000억 원").confidence == "high"
    assert cand(text, "4000원").confidence == "low"


@pytest.mark.parametrize("text, line", [
    # below the body, the page's footer
    ("오르벨이 케스트렐을 3000억 원에 인수하기로 했다고 회사가 밝혔다. 거래는 3월에 끝난다.\n"
     "출처:한빛뉴스|2024-03-05\n"
     "노르덴이 경쟁사를 9000억 원에 사들이기로 했다고 업계 관계자가 전했다.\n",
     "출처:한빛뉴스|2024-03-05"),
    # over the lead, but a link after it
    ("오르벨, 케스트렐 인수\n출처: 한빛뉴스\n▶ 관련기사 노르덴 매각\n"
     "노르덴이 경쟁사를 9000억 원에 사들이기로 했다고 업계 관계자가 전했다.\n", "출처: 한빛뉴스"),
    # the last line of a short brief whose every line is under a paragraph's length
    ("[속보] 오르벨, 케스트렐 인수\n오르벨, 케스트렐 3000억 원에 사기로.\n출처: 한빛뉴스\n"
     "노르덴이 경쟁사를 9000억 원에 사들이기로 했다고 업계 관계자가 전했다.\n", "출처: 한빛뉴스"),
    ("Orvel to buy Kestrel\nOrvel agrees $3 billion Kestrel deal.\n© Reuters\n"
     "Norden agreed to pay $9 billion for a rival chipmaker, people familiar said.\n", "© Reuters"),
])
def test_a_source_line_elsewhere_still_ends_the_body(text, line):
    assert body_end(text)[1] == line
    assert [c.confidence for c in extract(text)][-1] == "low"     # the next story's amount


@pytest.mark.parametrize("text, amount", [
    # a copyright notice between the dateline block and the lead, a photo's caption above it
    ("오르벨, 케스트렐 인수 추진\n송고시간 2024-03-05 14:20\n김하늘 기자\n"
     "이미지 확대 케스트렐 연구원들이 충주 공장 클린룸에서 새로 들인 검사 장비를 살펴보고 있다.\n"
     "ⓒ 카파경제신문, 무단 복제와 배포를 금합니다\n"
     "오르벨이 케스트렐을 3000억 원에 인수하기로 했다고 회사가 밝혔다. 거래는 3월에 끝난다.\n",
     "3000억 원"),
    # ... the lead a teaser page cut off mid-sentence
    ("오르벨, 케스트렐 인수 추진\n\nCopyright (c) Kappa Media Co. Reproduction prohibited\n\n"
     "오르벨이 경쟁사 케스트렐을 3000억 원에 인수하기로 했다고 회사가 5일 밝혔다. 거래는 3월에 끝나며 대금의\n",
     "3000억 원"),
    # a lone copyright sign under the stamps and the byline
    ("입력 2024.03.05 18:26\n수정 2024.03.05 18:34\n홍길동 기자 (hong@hanbit.example)\nⓒ\n"
     "오르벨이 케스트렐을 3000억 원에 인수하기로 했다고 회사가 5일 밝혔다.\n", "3000억 원"),
    ("Orvel to buy Kestrel\nMay 14, 2024 9:12 a.m.\n"
     "Copyright 2024 Orvel Daily. All rights reserved.\n"
     "Orvel agreed to buy chipmaker Kestrel for $3 billion, the companies said on Tuesday.\n",
     "$3 billion"),
    # a source line with an address or a notice's words over the lead
    ("오르벨, 케스트렐 인수\n출처: https://news.hanbit.example/view?id=7\n"
     "오르벨이 케스트렐을 3000억 원에 인수하기로 했다고 회사가 밝혔다. 거래는 3월에 끝난다.\n",
     "3000억 원"),
    ("오르벨, 케스트렐 인수\n출처: 한빛뉴스 무단전재 금지\n"
     "오르벨이 케스트렐을 3000억 원에 인수하기로 했다고 회사가 밝혔다. 거래는 3월에 끝난다.\n",
     "3000억 원"),
])
def test_a_notice_over_the_lead_is_the_pages_head_not_the_end_of_the_body(text, amount):
    # before any line of the article's prose, with the lead after it, an end marker is the
    # page's head; the footer after the prose still ends the body
    footer = "ⓒ 한빛일보 무단전재 및 재배포 금지"
    text += f"{footer}\n노르덴이 경쟁사를 9000억 원에 사들이기로 했다.\n"
    assert body_end(text)[1] == footer
    assert cand(text, amount).confidence == "high"
    assert cand(text, "9000억 원").confidence == "low"


def test_a_notice_after_a_short_items_only_sentence_ends_the_body():
    text = ("[속보] 오르벨, 케스트렐 인수\n오르벨, 케스트렐 3000억 원에 사기로.\n"
            "ⓒ 한빛뉴스 무단전재 및 재배포 금지\n"
            "노르덴이 경쟁사를 9000억 원에 사들이기로 했다고 업계 관계자가 전했다.\n")
    assert body_end(text)[1] == "ⓒ 한빛뉴스 무단전재 및 재배포 금지"
    assert cand(text, "9000억 원").confidence == "low"


@pytest.mark.parametrize("marker", [
    "관련기사", "관련 기사", "Related stories", "Related articles: Norden", "댓글 (12)",
    "Sponsored content",
])
def test_a_marker_of_other_stories_over_the_lead_ends_the_body(marker):
    # a related-stories list, a comment count or an ad under the headline: what follows it may be
    # another story's lines, whose amounts are no amounts of this article's
    text = ("카파전자, 평택 공장 증설\n입력 2024.05.14 09:12\n"
            f"{marker}\n"
            "노르덴이 700억원 규모 회사채를 발행하기로 했다고 업계가 전한 소식이 나왔다.\n"
            "오르벨이 4200억원을 들여 충주에 배터리 공장을 새로 짓는다고 회사가 14일 밝혔다. 완공은 2026년이다.\n")
    assert body_end(text)[1] == marker
    assert cand(text, "700억원").confidence == "low"


def test_a_related_stories_box_between_two_paragraphs_is_skipped():
    # a box the page set inside the body, its photo's caption after it, then the body goes on
    text = ("카파전자, 노르덴 인수 승인\n입력 2024.05.14 09:12\n"
            "노르덴 인수가 마지막 심사를 통과했다고 카파전자가 14일 밝혔다. 대금은 연내 치른다.\n"
            "관련기사\n카파전자 본사(사진=카파전자)\n"
            "카파전자는 지난해 5월 노르덴을 40억 달러(5조2000억원)에 인수하기로 계약했다.\n")
    assert body_end(text)[1] is None
    assert cand(text, "5조2000억원").confidence == "high"


@pytest.mark.parametrize("below, ends", [
    ("Kestrel's plant in Norden (Photo: Kestrel)\n", False),
    ("Kestrel to build a second plant\nHalvard sells its stake in Orvel\n", True),
])
def test_an_english_related_stories_box_follows_the_korean_ones_rule(below, ends):
    # the same label read in both languages: one caption under it is a box inside the body,
    # two headlines a box at the body's end
    text = ("Kestrel wins approval for Norden deal\nPublished May 14, 2024\n"
            "Kestrel said on Tuesday its purchase of Norden cleared its last review.\n"
            "Related stories\n" + below
            + "Kestrel agreed in May last year to buy Norden for $4 billion in cash.\n")
    assert body_end(text)[1] == ("Related stories" if ends else None)


_LEAD_AND_BOX = ("카파전자, 노르덴 인수 승인\n입력 2024.05.14 09:12\n"
                 "노르덴 인수가 마지막 심사를 통과했다고 카파전자가 14일 밝혔다. 대금은 연내 치른다.\n"
                 "관련기사\n")


@pytest.mark.parametrize("headlines", [
    "카파전자, 오르벨에 3조원 투자\n",
    "카파전자, 오르벨에 3조원 투자\n할바드, 5000억원 회사채 발행\n",
])
def test_a_related_stories_box_whose_headlines_hold_money_ends_the_body(headlines):
    # whether the prose after the box is the body's or another story's is not known: the
    # headlines' money is another story's, and the body ends at the label as before
    text = (_LEAD_AND_BOX + headlines
            + "카파전자는 지난해 5월 노르덴을 40억 달러(5조2000억원)에 인수하기로 계약했다.\n")
    assert body_end(text)[1] == "관련기사"
    assert cand(text, "3조원").confidence != "high"


def test_a_related_stories_box_at_the_pages_end_keeps_its_teaser_out_of_the_body():
    # the box's headlines, then another story's teaser, a sentence as long as a paragraph
    text = (_LEAD_AND_BOX + "카파전자, 오르벨 공장 증설 착수\n할바드 노조, 파업 찬반 투표\n"
            "케스트렐이 1조2000억원을 들여 평택에 새 공장을 짓는다고 회사가 13일 밝혔다.\n")
    assert body_end(text)[1] == "관련기사"
    assert cand(text, "1조2000억원").confidence != "high"


@pytest.mark.parametrize("text, head, other", [
    # a results box, no prose, then the footer's notice and another story
    ("Kestrel first-half results\n- Sales: $2.7 billion\n- Net income: $190 million\n"
     "© 2025 Kestrel Wire. All rights reserved.\n"
     "Norden sold $650 million of notes on Thursday, the company said in a filing late that day.\n",
     "$190 million", "$650 million"),
    ("노르덴 3분기 실적 요약\n· 매출 2조1천억원\n· 순이익 1800억원\n"
     "ⓒ 카파경제 무단전재 및 재배포 금지\n"
     "오르벨이 6000억원 규모의 신주를 발행한다고 밝혔다. 발행가는 다음 달 정해진다.\n",
     "1800억원", "6000억원"),
])
def test_a_notice_after_lines_holding_money_ends_the_body(text, head, other):
    # the lines before the notice are the article's own, not the page's head: the notice is the
    # footer, and the story after it is another
    assert body_end(text)[1] is not None
    assert cand(text, head).confidence == "high"
    assert cand(text, other).confidence == "low"


@pytest.mark.parametrize("text, line", [
    ("Orvel said it will buy Kestrel for $3 billion in cash, its largest deal so far.\n"
     "© Reuters\nMore from this site\n"
     "Norden agreed to pay $9 billion for a rival chipmaker, people familiar said.\n", "© Reuters"),
    ("오르벨이 케스트렐을 3000억 원에 인수하기로 했다고 회사가 밝혔다. 거래는 3월에 끝난다.\n"
     "ⓒ 한빛뉴스\n▶ 관련기사 노르덴 매각\n"
     "노르덴이 경쟁사를 9000억 원에 사들이기로 했다고 업계 관계자가 전했다.\n", "ⓒ 한빛뉴스"),
    # a brief whose lines are all short: no line before the credit reads as prose, yet the credit
    # is followed by a link, not a lead
    ("[속보] 오르벨, 케스트렐 3000억 원에 인수\n오르벨이 케스트렐을 3000억 원에 사기로 했다.\n"
     "ⓒ 한빛뉴스\n▶ 관련기사 노르덴 매각\n"
     "노르덴이 경쟁사를 9000억 원에 사들이기로 했다고 업계 관계자가 6일 전했다.\n", "ⓒ 한빛뉴스"),
])
def test_a_short_credit_after_the_lead_ends_the_body(text, line):
    # only over the lead is a credit a photo's; after prose it is a short footer
    assert body_end(text)[1] == line
    assert [c.confidence for c in extract(text)][-1] == "low"     # the next story's amount


@pytest.mark.parametrize("line", ["© 2024 Orvel News", "ⓒ 한빛뉴스 & hanbit.example", "ⓒ 한빛뉴스 무단전재",
                                  "© All rights reserved"])
def test_a_copyright_notice_still_ends_the_body(line):
    text = ("Orvel said it will buy Kestrel for $3 billion in cash, its largest deal so far.\n"
            f"{line}\n"
            "Orvel also said the sister deal worth $9 billion was off, according to its memo.\n")
    assert body_end(text)[1] == line
    assert cand(text, "$9 billion").confidence == "low"


@pytest.mark.parametrize("text, span", [
    ("India's economy is worth $3.7 trillion and its population is 1.4 billion.", "1.4 billion"),
    ("Meta earned $30 billion last year, with 3 billion of the world's people on its apps.",
     "3 billion"),
    ("Orvel raised $4 billion, and the city's population reached 2.5 million in 2020.",
     "2.5 million"),
    ("Orvel's $5 billion deal covers 1.2 billion.", "1.2 billion"),
    ("Orvel sold 3 million cars in 2023 for $90 billion in revenue, up from 2.5 million in 2022.",
     "2.5 million"),
    ("Orvel raised $5 billion last year from 2 billion tweets.", "2 billion"),
    ("The fund holds $5 billion and 2 billion shares of Orvel.", "2 billion"),
])
def test_a_bare_count_after_an_amount_takes_no_currency(text, span):
    # a list that names its currency once is not told from a count after an amount by
    # the words around them: a bare English-scale number stays bare
    assert cand(text, span).currency is None


@pytest.mark.parametrize("text, span", [
    ("Its assets may top 40 trillion won.", "top 40 trillion won"),
    ("Orvel's sales surpassed $5 billion last year.", "surpassed $5 billion"),
    ("The bill exceeded €3 million.", "exceeded €3 million"),
])
def test_a_verb_of_passing_a_level_makes_a_lower_bound(text, span):
    a = find_amounts(text)[0]
    assert a.span == span and a.bound == "at_least"


@pytest.mark.parametrize("text, span", [
    ("Annual revenue topped $5 billion last year.", "topped $5 billion"),
    ("Orvel's annual revenue exceeded $5 billion.", "exceeded $5 billion"),
    ("Annual sales surpassed $5 billion last year.", "surpassed $5 billion"),
    ("Yearly spending will exceed $5 billion.", "exceed $5 billion"),
    ("Annual revenue tops $5 billion.", "tops $5 billion"),
])
def test_a_verb_of_passing_a_level_still_joins_a_yearly_noun_to_its_amount(text, span):
    # the verb is the bound's and the noun's link at once: a lower bound, and per year
    a = find_amounts(text)[0]
    assert (a.span, a.bound, a.per) == (span, "at_least", "year")


@pytest.mark.parametrize("text, span", [
    ("He made the top 3 billion won bracket of taxpayers.", "3 billion won"),
    ("It is Orvel's largest deal, its top $5 billion buy.", "$5 billion"),
])
def test_top_after_a_determiner_is_an_adjective_not_a_bound(text, span):
    a = find_amounts(text)[0]
    assert (a.span, a.bound) == (span, "exact")


# --- a hyphenated modifier ("a five-billion-dollar order") is the amount its words apart say:
# read it as they are, or an article's figure in that form is missed -------------------------

def _reading(a):
    return a.value, a.currency, a.bound, pytest.approx(a.low), a.high


@pytest.mark.parametrize("compound, words", [
    ("Orvel placed a five-billion-dollar order.", "Orvel placed five billion dollars."),
    ("The city passed a two-trillion-won budget.", "The city passed two trillion won."),
    ("Kestrel paid a three-million-euro fee.", "Kestrel paid three million euros."),
    ("Norden closed a half-billion-dollar deal.", "Norden closed half a billion dollars."),
    ("Orvel set up a twenty-five-billion-dollar fund.", "Orvel set up twenty-five billion dollars."),
    ("Orvel drew up a two-and-a-half-billion-dollar plan.",
     "Orvel drew up two and a half billion dollars."),
    ("Kestrel took a five-hundred-million-dollar loan.", "Kestrel took five hundred million dollars."),
    # a hedge inside the compound gives the bound it gives written apart
    ("Orvel signed a more-than-five-billion-dollar contract.",
     "Orvel signed more than five billion dollars."),
    ("Orvel signed a nearly-five-billion-dollar contract.", "Orvel signed nearly five billion dollars."),
    ("Orvel signed an about-five-billion-dollar contract.", "Orvel signed about five billion dollars."),
    ("Orvel won an up-to-five-billion-dollar grant.", "Orvel won up to five billion dollars."),
    ("Orvel made a more-than-$1bn bid.", "Orvel made more than $1bn."),
])
def test_a_hyphenated_compound_reads_as_its_words_apart(compound, words):
    assert _reading(only(compound)) == _reading(only(words))


def test_a_compound_with_digits_and_a_vague_compound_still_read():
    a = only("Orvel builds a 10-billion-dollar plant.")
    assert (a.value, a.currency, a.bound) == (10 * B, "USD", "exact")
    a = only("Orvel signed a multi-billion-dollar deal.")
    assert a.vague and a.bound == "range" and (a.low, a.high) == (1.5 * B, 9.5 * B)


@pytest.mark.parametrize("text", [
    "Orvel dated the five-billion-year-old rock.",
    "A two-million-strong crowd marched in Seoul.",
    "Kestrel released a three-billion-parameter model.",
    "Norden found a half-billion-year-old fossil.",
])
def test_a_hyphenated_compound_with_no_currency_is_no_amount(text):
    assert find_amounts(text) == []
    assert extract(text, PUB) == []


def test_an_article_of_hyphenated_compounds_extracts_each_at_high_confidence():
    text = ("Orvel wins order\n"
            "Orvel said on Monday it won a five-billion-dollar order from Kestrel, after a "
            "more-than-two-trillion-won bid last year. A two-million-strong crowd of buyers and "
            "a three-billion-parameter model came with it.\n")
    got = [(c.amount.span, c.currency, c.amount.bound, c.confidence) for c in extract(text, PUB)]
    assert got == [("five-billion-dollar", "USD", "exact", "high"),
                   ("more-than-two-trillion-won", "KRW", "at_least", "high")]


@pytest.mark.parametrize("compound, words", [
    # a range whose ends are joined by hyphens reads as the range written apart
    ("Orvel took a two- to three-billion-dollar loan.", "Orvel took two to three billion dollars."),
    ("Orvel took a two-to-three-billion-dollar loan.", "Orvel took two to three billion dollars."),
    ("Kestrel booked a one-to-two-billion-won loss.", "Kestrel booked one to two billion won."),
    # a period joined by hyphens is kept, as written apart
    ("Norden runs a five-billion-dollar-a-year business.",
     "Norden runs five billion dollars a year."),
    ("Orvel won a ten-million-dollar-per-year contract.",
     "Orvel won ten million dollars per year."),
])
def test_a_hyphenated_range_or_period_reads_as_its_words_apart(compound, words):
    a, b = only(compound), only(words)
    assert (_reading(a), a.per) == (_reading(b), b.per)


@pytest.mark.parametrize("text", [
    # a choice of two ends: its upper end alone would be read as exact
    "Kestrel booked a five- or six-billion-dollar loss.",
    "Kestrel booked a five-or-six-billion-dollar loss.",
])
def test_a_hyphenated_choice_of_ends_is_no_amount(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize("text, span, currency", [
    ("Orvel's app passed the one-million-mark in May.", "one-million-mark", "BAM"),
    ("Kestrel's game crossed the ten-million-mark.", "ten-million-mark", "BAM"),
    ("The bridge has a two-million-pound load limit.", "two-million-pound", "GBP"),
    ("Norden's engine gives a seven-million-pound thrust.", "seven-million-pound", "GBP"),
    # money all the same, read and flagged
    ("Orvel paid a two-million-pound transfer fee.", "two-million-pound", "GBP"),
])
def test_a_compound_with_a_currency_word_of_weight_or_threshold_is_low_confidence(text, span,
                                                                                   currency):
    (c,) = extract(text, PUB)
    assert (c.amount.span, c.currency, c.confidence) == (span, currency, "low")
    assert "weight or of a threshold" in c.reason


@pytest.mark.parametrize("text", [
    "Orvel paid two million pounds for the player.",
    "Orvel paid a five-billion-dollar fee.",
    "Orvel paid a three-million-euro fee.",
])
def test_the_same_words_apart_or_another_currency_stay_high_confidence(text):
    (c,) = extract(text, PUB)
    assert c.confidence == "high" and c.amount.doubt is None


def test_the_lenient_reader_starts_at_half_before_a_place_word():
    a = read_amount("half-billion-dollar")
    assert (a.value, a.currency, a.bound) == (5e8, "USD", "exact")


@pytest.mark.parametrize("line", [
    "▲ EUR/KRW 1,512.40 +3.15 +0.21%", "▼ IDR100/KRW 8.71 -0.02 -0.23%", "EUR/USD 1.0842 +0.0012",
    "GBP/KRW 1,702.30 -1.10 -0.06%", "CNH / KRW 190.20",
])
def test_an_exchange_rate_quote_is_no_amount_of_money(line):
    # a market ticker's currency pair and its rate: neither the codes nor the rate are money
    text = f"Markets\n{line}\nOrvel paid $5 million for the Kestrel plant, it said on Monday.\n"
    assert [a.span for a in find_amounts(text) if a.currency] == ["$5 million"]


@pytest.mark.parametrize("text, spans", [
    # a wire story's rate line: one unit and its price, each read
    ("Orvel paid $5 million for the plant.\n($1 = 1,284.45 won)\n",
     ["$5 million", "$1", "1,284.45 won"]),
    # a pair named without a rate after it, or the rate said in words
    ("원/달러 환율은 1,380원에 마감했다.", ["1,380원"]),
    ("The USD/KRW rate rose to 1,380 won.", ["1,380 won"]),
    # a slash between a figure and a code is no pair
    ("Orvel paid $5 million/KRW 300 more.", ["$5 million", "KRW 300"]),
])
def test_amounts_beside_a_currency_pair_are_read(text, spans):
    assert [a.span for a in find_amounts(text)] == spans


@pytest.mark.parametrize("text, spans", [
    # a magnitude word or a currency's word after the number: an amount, not a rate
    ("Kestrel opened its KRW/USD 20 billion swap line with Norden.", ["USD 20 billion"]),
    ("Orvel raised USD/EUR 700 million in a two-currency note sale.", ["EUR 700 million"]),
    ("원/달러 1,412원에 거래를 마쳤다.", ["1,412원"]),
    ("엔/원 재정환율은 한때 엔/원 880원대로 내려갔다.", ["880원대"]),
    ("카파전자는 원/달러 3억 달러 규모 스와프를 맺었다.", ["3억 달러"]),
])
def test_a_pair_before_an_amount_with_its_magnitude_or_unit_is_no_rate_quote(text, spans):
    # a quote is a bare number (its change and percent after it); "20 billion" or "1,412원"
    # is money, read as the pair's words were read before quotes were looked for
    assert [a.span for a in find_amounts(text) if a.currency] == spans


# --- a local site's bare "$" stays its own dollar, whatever country its story names --------

@pytest.mark.parametrize("text", [
    # A local company's own figure beside the American market's news: the site's dollar.
    "Halvard Energy, the Calgary oil producer, posted a profit of $320 million as Wall Street "
    "rallied.",
    "Orvel will buy Kestrel, a U.S. retailer listed on the Nasdaq, for $1.6 billion.",
    "Orvel will buy Kestrel, the largest North American chain, for $1.6 billion.",
    "Orvel, a Canadian grocer, will buy Kestrel, a U.S. retailer, for $1.6 billion.",
])
def test_a_local_sites_bare_dollar_stays_its_own_when_the_text_names_the_united_states(text):
    # Naming the United States says nothing of which dollar a figure is in: the scan tries the
    # US reading of a bare "$" guessed local where the other figures of its fact call for it.
    got = [c.currency for c in extract(text, PUB, url="https://news.example.ca/orvel")
           if "$" in c.amount.span]
    assert got == ["CAD"]


def test_a_local_site_writing_the_us_dollars_own_sign_keeps_its_bare_dollar_local():
    text = "Orvel will buy a U.S. chain for US$1.2 billion and a mill for $400 million."
    got = {c.amount.span: c.currency
           for c in extract(text, PUB, url="https://news.example.ca/orvel")}
    assert got["US$1.2 billion"] == "USD" and got["$400 million"] == "CAD"


# --- a code before a sign; the won's name glued to its number ------------------------------

@pytest.mark.parametrize("text, span, code, value", [
    ("Orvel owes Norden USD $2.5 billion by June.", "USD $2.5 billion", "USD", 2.5 * B),
    ("Orvel paid CAD $5 million for the mill.", "CAD $5 million", "CAD", 5 * M),  # the code decides
    ("Orvel paid AUD$5 million for the mill.", "AUD$5 million", "AUD", 5 * M),
    ("Orvel paid EUR €5 million for the mill.", "EUR €5 million", "EUR", 5 * M),
])
def test_a_code_before_a_sign_is_part_of_the_amount_and_names_its_currency(text, span, code,
                                                                          value):
    a = find_amounts(text)[0]
    assert (a.span, a.currency, a.value) == (span, code, value)


@pytest.mark.parametrize("text, span, value", [
    ("Norden's swap with Orvel is worth RMB 100 billion.", "RMB 100 billion", 100 * B),
    ("Norden raised RMB5.2bn (1 trillion won) in May.", "RMB5.2bn", 5.2 * B),
])
def test_a_capitals_name_of_a_currency_before_its_number_is_read_as_its_code(text, span, value):
    # "RMB" is no ISO code, but CURRENCY_BEFORE says it names the yuan, as "CNY" would.
    a = find_amounts(text)[0]
    assert (a.span, a.currency, a.value) == (span, "CNY", value)


@pytest.mark.parametrize("text", [
    "Norden Holdings said RMB 3 of its funds closed.",
    "the RMB 2 fund bought shares",
    "RMB 2024 results were strong",
])
def test_a_capitals_name_that_is_no_code_before_a_plain_number_is_a_word(text):
    # No scale word after the number and no thousands separators: a name, a fund, a year.
    assert find_amounts(text) == []


def test_a_capitals_name_before_a_grouped_number_is_read_as_its_code():
    a = find_amounts("Orvel sold each unit for RMB 1,250.")[0]
    assert (a.span, a.currency, a.value) == ("RMB 1,250", "CNY", 1250)


def test_a_code_that_names_another_currency_stays_out_of_a_signs_amount():
    a = find_amounts("Orvel paid GBP $5 million.")[0]
    assert (a.span, a.currency) == ("$5 million", "USD")


@pytest.mark.parametrize("text, span, value", [
    ("Norden paid Won95bn ($71m) for the yard.", "Won95bn", 95 * B),
    ("Norden will spend Won 1.5tn on plants.", "Won 1.5tn", 1.5 * T),
])
def test_won_written_before_its_number_with_a_place_word_is_won(text, span, value):
    a = find_amounts(text)[0]
    assert (a.span, a.currency, a.value) == (span, "KRW", value)


@pytest.mark.parametrize("text", ["Kestrel Won 3 games.", "Kestrel Won2 was a ship.",
                                  "NoWon95bn"])
def test_won_before_a_number_without_a_place_word_is_no_money(text):
    assert [a for a in find_amounts(text) if a.currency == "KRW"] == []


def test_won_glued_to_its_number_reads_whole_as_a_figures_cell():
    a = read_whole("Won95bn")
    assert (a.span, a.currency, a.value) == ("Won95bn", "KRW", 95 * B)
