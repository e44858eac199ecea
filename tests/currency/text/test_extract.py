"""extract: short texts written for the tests (not the articles), and the command."""
import datetime as dt
import json
from pathlib import Path

import pytest

from currency.data.periods import parse_period
from currency.text.article import ArticleError, decode
from currency.text.dating import date_expressions, news_date, said_on
from currency.text.extract import extract
from currency.text.layout import ends_as_sentence, lead_end
from currency.text.notes import INFERRED_FROM_RATE
from reconcile.api import extract_figures
from reconcile.intake.walk import as_of_origin
from tests.helpers import run

PUB = dt.date(2024, 10, 20)
FIGURES = Path(__file__).resolve().parents[2] / "fixtures" / "figures.csv"

TEXT = (
    "한빛전자는 2019년 10억 달러를 투자했다. 이번 투자 규모는 400억 달러(약 58조)에 달한다.\n"
    "1조 4천억 단위의 약속\n"
    "회사는 컴퓨팅에 1조 4,000억 달러를 쓰겠다고 했다. 10월 초 66억 달러를 모았고, 지난해 매출은 "
    "3200억원이었다. 서비스는 5일 만에 가입자 100만 명을 모았다.\n"
    "Copyright 예시일보. 무단전재 금지.\n"
    "- 1억 넘는 수입차 7만대 팔렸다\n"
)


@pytest.fixture(scope="module")
def cands():
    return extract(TEXT, PUB)


def by_span(cands, span):
    return next(c for c in cands if c.amount.span == span)


def test_every_money_amount_with_offsets_and_sentence(cands):
    c = by_span(cands, "10억 달러")
    assert TEXT[c.start:c.end] == "10억 달러"
    assert c.sentence == "한빛전자는 2019년 10억 달러를 투자했다."
    assert (c.currency, c.confidence) == ("USD", "high")


def test_a_conversion_in_parentheses_is_a_pair_and_the_implicit_won_is_inferred(cands):
    usd, krw = by_span(cands, "400억 달러"), by_span(cands, "약 58조")
    assert krw.currency == "KRW" and "conversion" in krw.currency_from
    assert usd.pair["with"] == krw.index and krw.pair["with"] == usd.index
    assert usd.pair["implied_rate"] == pytest.approx(1450)
    assert 1000 < usd.pair["market_rate"] < 1600 and usd.pair["market_date"] <= "2024-10-20"


def test_a_number_in_english_place_words_in_parentheses_gets_no_implied_won():
    text = "Orvel paid $12 billion (1.7 trillion) for the mill."
    inner = by_span(extract(text, PUB), "1.7 trillion")
    assert inner.currency is None and inner.confidence == "low"


@pytest.mark.parametrize("other, currency", [
    ("It plans to spend 10 trillion won on plants.", "KRW"),   # the won fits 1,187 won/$
    ("It plans to spend 10 billion euros on plants.", None),   # the euro would be 1,187 €/$
    ("", None),                                                 # no other currency stated
])
def test_a_number_in_english_place_words_after_an_amount_takes_the_other_currency_that_fits(
        other, currency):
    text = f"Orvel paid $775 million (approx. 920 billion) for the mill. {other}"
    inner = by_span(extract(text, dt.date(2021, 11, 19)), "approx. 920 billion")
    assert inner.currency == currency
    assert (inner.pair is not None) == (currency is not None)


@pytest.mark.parametrize("inner, others, currency", [
    ("86 million", "300 million euros", "EUR"),           # 0.86 is 3 % off 0.887 €/$, 7 % off CHF
    # 0.91 fits the euro (2.6 % off) and the Swiss franc's 0.925 as well, written or not: a
    # Zurich writer's francs are no euros
    ("91 million", "300 million euros", None),
    ("91 million", "300 million euros and 200 million Swiss francs", None),
])
def test_a_number_after_an_amount_takes_no_currency_when_two_fit(inner, others, currency):
    text = f"Orvel paid $100 million (approx. {inner}) for the mill. Rivals paid {others}."
    got = by_span(extract(text, dt.date(2021, 11, 19)), f"approx. {inner}")
    assert got.currency == currency
    assert currency is None or got.currency_from.startswith(INFERRED_FROM_RATE)


def test_a_number_after_an_amount_takes_no_currency_the_article_only_infers():
    # the won of "약 6700억" after euros is inferred, not written: it names no currency
    text = ("A rival paid €500 million (약 6700억) for a plant. Orvel paid $775 million (approx. "
            "920 billion) for the mill.")
    cands = extract(text, dt.date(2021, 11, 19))
    assert by_span(cands, "약 6700억").currency == "KRW"
    assert by_span(cands, "approx. 920 billion").currency is None


def test_a_number_after_an_amount_takes_no_currency_a_rate_off_by_more_than_rounding():
    # 1 billion after $1.27 billion is 0.787 a dollar: the pound's, not the euro's 0.887
    text = "Orvel paid $1.27 billion (approx. 1.0 billion) for the mill. It cost 300 million euros."
    inner = by_span(extract(text, dt.date(2021, 11, 19)), "approx. 1.0 billion")
    assert inner.currency is None


def test_a_heading_number_takes_the_currency_of_the_same_number_later(cands):
    heading = by_span(cands, "1조 4천억")
    assert heading.currency == "USD" and "1조 4,000억 달러" in heading.currency_from


def test_suggested_as_of_from_the_sentence(cands):
    assert by_span(cands, "10억 달러").as_of == "2019"
    assert by_span(cands, "66억 달러").as_of == "2024-10"
    assert by_span(cands, "3200억원").as_of == "2023"
    assert extract("23일(현지 시간) 100억 달러 투자를 발표했다.", dt.date(2023, 1, 24))[0].as_of \
        == "2023-01-23"


def test_counts_and_durations_are_candidates(cands):
    assert by_span(cands, "5일").amount.unit == "day"
    assert by_span(cands, "100만 명").amount.unit == "person"


def test_page_furniture_is_low_confidence_with_a_reason(cands):
    tail = [c for c in cands if c.start > TEXT.index("Copyright")]
    assert tail and all(c.confidence == "low" for c in tail)
    assert all("end of the article body" in c.reason for c in tail)
    assert all(c.confidence == "high" for c in cands if c.start < TEXT.index("Copyright"))


def test_dates_and_ordinals_are_not_candidates():
    spans = [c.amount.span for c in extract("2019년 10월 23일 발표. 세 번째 회의. 제3회.", PUB)]
    assert spans == []


def test_a_bare_number_with_no_context_is_low_confidence():
    c = extract("이 숫자는 300억이다.", PUB)[0]
    assert c.confidence == "low" and "no currency" in c.reason


def test_decode_reads_korean_legacy_encodings_and_refuses_binary():
    text = "마이크로소프트가 오픈AI에 100억 달러를 투자했다는 소식이 전해졌다."
    for enc in ("cp949", "euc-kr"):
        got, used = decode(text.encode(enc))
        assert got == text and used in ("cp949", "euc_kr")
    with pytest.raises(ArticleError):
        decode(b"\x00\x01\x02 binary")



def test_command_json_and_table(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    r = run("extract", path, "--published", "2024-10-20", "--json")
    assert r.exit_code == 0
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    for key in ("amount", "value", "currency", "low", "high", "bound", "hedge", "sentence",
                "start", "end", "as_of", "confidence", "reason", "pair"):
        assert key in rows[0]
    assert run("extract", path).exit_code == 0
    cp949 = tmp_path / "b.txt"
    cp949.write_bytes(TEXT.encode("cp949"))
    r = run("extract", cp949, "--json")
    assert r.exit_code == 0 and len(r.stdout.splitlines()) == len(rows)


def test_command_empty_no_amounts_binary_and_unreadable(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    r = run("extract", empty)
    # Refused as scan refuses it (test_extract_reads_as_scan); text without amounts is not.
    assert r.exit_code == 2 and "no text" in r.stderr and len(r.stderr.splitlines()) == 1
    prose = tmp_path / "prose.txt"
    prose.write_text("숫자가 없는 글입니다.", encoding="utf-8")
    r = run("extract", prose, "--json")
    assert r.exit_code == 0 and r.stdout == ""
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    r = run("extract", binary)
    assert r.exit_code == 2 and "binary" in r.stderr and len(r.stderr.splitlines()) == 1
    assert run("extract", tmp_path / "missing.txt").exit_code == 2
    assert run("extract", prose, "--published", "2024-13-01").exit_code == 2
    r = run("extract", prose, "--published", "2024-10-19/2024-10-20")
    assert r.exit_code == 2 and r.stderr == ("error: --published: give a day, a month or a year, "
                                             "not the days '2024-10-19/2024-10-20'\n")
    assert run("extract", prose, "--yes").exit_code == 2



def test_add_yes_accepts_high_confidence_money_through_the_validated_path(tmp_path, figures):
    article = tmp_path / "press.txt"
    article.write_text("2019년 한빛전자에 10억 달러를 투자했다. 연간 50억 달러를 쓴다.\n",
                       encoding="utf-8")
    before = figures.read_bytes()
    r = run("extract", article, "--published", "2024-10-20", "--add", "--yes", "--metric",
            "hanbit_investment", "--new-metric", "--figures", figures)
    assert r.exit_code == 0, r.output
    added = figures.read_bytes()[len(before):].decode("utf-8")
    assert figures.read_bytes().startswith(before)
    assert "press-0,hanbit_investment,10억 달러,2019,2024-10-20,press.txt" in added
    assert "2 added" in r.stdout


def test_add_from_a_file_of_answers_and_failures_exit_2(tmp_path, figures):
    article = tmp_path / "press.txt"
    article.write_text("2019년 한빛전자에 10억 달러를 투자했다. 연간 50억 달러를 쓴다.\n",
                       encoding="utf-8")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps([{"index": 0, "action": "accept", "metric": "hanbit",
                                    "new_metric": True, "id": "hb-1"},
                                   {"index": 1, "action": "skip"}]))
    r = run("extract", article, "--published", "2024-10-20", "--add", "--answers", answers,
            "--figures", figures)
    assert r.exit_code == 0 and "1 added, 1 skipped" in r.stdout
    before = figures.read_bytes()
    r = run("extract", article, "--published", "2024-10-20", "--add", "--answers", answers,
            "--figures", figures)     # hb-1 exists now: refused, file untouched
    assert r.exit_code == 2 and "id: hb-1: another figure has this id" in r.stderr
    assert figures.read_bytes() == before
    answers.write_text("not json")
    assert run("extract", article, "--published", "2024-10-20", "--add", "--answers", answers,
               "--figures", figures).exit_code == 2


def test_conversion_markers_pair_a_figure_with_its_restatement():
    text = ("현대제철은 58억 달러, 한화 약 8조5000억원을 투자한다. 삼성은 80억 달러(우리 돈 9조3천억 원)에 "
            "인수했다. 그는 10억 달러를 말했고 이후 1조3000억원이 더 들었다.")
    cands = extract(text, dt.date(2025, 3, 25))
    pairs = {c.amount.span: c.pair and cands[c.pair["with"]].amount.span for c in cands}
    assert pairs["한화 약 8조5000억원"] == "58억 달러"     # the reader keeps 한화 약 as its hedge
    assert pairs["9조3천억 원"] == "80억 달러"
    assert pairs["1조3000억원"] is None         # two sentences' figures, no marker between


@pytest.mark.parametrize("text, original, conversion", [
    # a middle dot before its marker, as a comma: "12억 달러·우리돈 약 1조6000억원"
    ("오르빗은 벨로리아에 12억 달러·우리돈 약 1조6000억원 이상을 지원한다.", "12억 달러",
     "약 1조6000억원 이상"),
    # the amount's worth ("상당") before the parenthesis of its conversion
    ("총 지원금은 2억 달러 상당(약 2,600억원)이 될 전망이다.", "2억 달러", "약 2,600억원"),
    # its size ("규모") before the parenthesis, with or without the currency's name in it
    ("카파건설은 50억 달러 규모(한화 약 6조5000억원)의 플랜트를 수주했다.", "50억 달러",
     "한화 약 6조5000억원"),
    ("노르덴은 30억 유로 규모(약 4조2000억원)의 설비를 짓는다.", "30억 유로", "약 4조2000억원"),
])
def test_a_dot_or_a_worth_word_before_the_marker_still_pairs_a_conversion(text, original,
                                                                          conversion):
    cands = extract(text, dt.date(2023, 9, 10))
    pairs = {c.amount.span: c.pair and cands[c.pair["with"]].amount.span for c in cands}
    assert pairs[conversion] == original


MARCH_5 = dt.date(2024, 3, 5)     # about 1,334 won to the dollar, 1.085 dollars to the euro


def _pairs(text: str, day: dt.date | None = MARCH_5) -> dict:
    cands = extract(text, day)
    return {c.amount.span: c.pair and cands[c.pair["with"]].amount.span for c in cands}


@pytest.mark.parametrize("text, original, conversion", [
    # the won's words and a verb of reckoning open the next sentence; a rate 15 % below the
    # market's (1,133 won/$) is a slip the restatement check is to weigh, and it still pairs
    ("브리사는 올해 30억 달러를 벌었다. 원화로 환산하면 약 3조4000억 원이다.", "30억 달러",
     "약 3조4000억 원"),
    ("벨로아 신공장 투자비는 12억 달러다. 우리 돈으로 계산하면 약 1조6000억원이다.",
     "12억 달러", "약 1조6000억원"),
    ("벨로아의 순이익은 20억 달러였다. 이는 우리 돈 약 2조 7천억 원이다.", "20억 달러",
     "우리 돈 약 2조 7천억 원"),
    ("벨로아의 순이익은 20억 달러였다. 원화 기준으로는 약 2조 7천억 원이다.", "20억 달러",
     "약 2조 7천억 원"),
    ("노르덴은 5억 유로를 빌렸다.\n\n한화로 환산 시 약 7천억원 규모다.", "5억 유로", "약 7천억원"),
    # into dollars
    ("브리사의 매출은 9조 원이었다. 달러로 환산하면 약 67억 달러다.", "9조 원", "약 67억 달러"),
    ("Brisa will spend 4 trillion won on the line. In dollar terms, that's about $3 billion.",
     "4 trillion won", "about $3 billion"),
    ("Brisa will spend 4 trillion won on the line. In U.S. dollars, that's about $3 billion.",
     "4 trillion won", "about $3 billion"),
    # English: the currency's words, or "that is", open the next sentence (a paragraph apart too)
    ("Halvard put $2,500 million into the venture.\n\nCounted in won terms, it would be.",
     None, None),
    ("Halvard put $2,500 million into the venture.\n\nIn won terms, it comes to 3,300 billion "
     "won.", "$2,500 million", "3,300 billion won"),
    ("Halvard raised $1.5 billion from lenders. That is, 2 trillion won.", "$1.5 billion",
     "2 trillion won"),
    ("Brisa's reserve fund stands at $200 billion. So that is close to 270 trillion won.",
     "$200 billion", "close to 270 trillion won"),
    # a comparison after a comma is another clause: the conversion stands
    ("Halvard earned $5 billion. It is about 6.6 trillion won, up 8% from a year earlier.",
     "$5 billion", "about 6.6 trillion won"),
    # several dollar amounts before: the one alone within 1.25x of the market's rate (1,333
    # won/$; the last one would imply 1,778), even when it is not the last
    ("Halvard's bid was lifted to $6 billion from an earlier $4.5 billion. That comes to about 8 "
     "trillion won.", "$6 billion", "about 8 trillion won"),
    ("벨로아의 시가총액은 작년 말 20억 달러에서 올해 35억 달러로 뛰었다. 우리 돈으로 환산하면 "
     "약 2조7000억 원이다.", "20억 달러", "약 2조7000억 원"),
    # a price beside the total: the total alone fits, 13 % off the market's, and still pairs
    ("The offer of $40 a share puts the stake at $3,200 million. In won terms, it is roughly "
     "3,700 billion won.", "$3,200 million", "roughly 3,700 billion won"),
])
def test_a_conversion_stated_as_the_next_sentence_pairs(text, original, conversion):
    pairs = _pairs(text)
    if original is None:
        assert not any(pairs.values()), pairs
        return
    assert pairs[conversion] == original
    assert pairs[original] == conversion


def test_a_second_conversion_after_a_next_sentence_one_converts_the_original():
    text = ("Brisa's buyout priced the firm at $8 billion. That is roughly 10.7 trillion won, or "
            "about 7.4 billion euros.")
    cands = extract(text, MARCH_5)
    by_span = {c.amount.span: c for c in cands}
    dollars, won, euros = (by_span[s] for s in ("$8 billion", "roughly 10.7 trillion won",
                                               "about 7.4 billion euros"))
    assert dollars.pair["with"] == won.index and won.pair["with"] == dollars.index
    assert euros.pair["with"] == dollars.index
    assert euros.pair["rate_unit"] == "EUR/USD"


@pytest.mark.parametrize("text", [
    # ten times the market's rate: a unit slip, not this pairing's to make
    "브리사는 올해 30억 달러를 벌었다. 원화로 환산하면 40조 원 안팎이다.",
    # a reckoning verb after words that name no currency says no conversion
    "브리사는 올해 30억 달러를 벌었다. 그룹 전체로 치면 4조 원이다.",
    # 한화로는 may be the company's name with a particle ("to Hanwha"): not an opening
    "노르덴은 5억 유로를 빌렸다. 한화로는 약 7천억원이 넘어갔다.",
    # a sentence between the two
    "Halvard's stake is worth $2.5 billion. Its board met on Friday. In won terms, it is about "
    "3.3 trillion won.",
    # no marker opening the next sentence
    "Halvard's stake is worth $2.5 billion. Brisa keeps about 3.3 trillion won in cash.",
    # one currency
    "Halvard's stake is worth 3 trillion won. In won terms, it is about 3.3 trillion won.",
    # a yearly amount is not the conversion of a total
    "Brisa will spend $1.5 billion in all. In won terms, that is about 2 trillion won a year.",
    # several dollar amounts before, each within 1.25x of the market's rate: which one is
    # restated is not said
    "Halvard booked sales of $5 billion and costs of $4.4 billion. In won terms, that is about "
    "6.3 trillion won.",
    # several, none within 1.25x (2,000 and 2,400 won/$)
    "Halvard paid $3 billion, plus $2.5 billion in debt. That is about 6 trillion won.",
    # a comparison after the second amount in its clause: a difference, not a conversion
    "Halvard sold the line for $1.2 billion. That is 1.6 trillion won below what it paid.",
    "Brisa's fund has $3 billion. It is 4 trillion won short of the goal.",
    "Halvard raised $2 billion. That is 2.7 trillion won more than Brisa did.",
    "Halvard is worth $40 billion. That's 53 trillion won above its rival.",
    "벨로아의 영업이익은 15억 달러였다. 원화로 환산하면 2조 원보다 많다.",
    "벨로아의 영업이익은 15억 달러였다. 원화로 환산하면 2조 원 적은 액수다.",
    # the amount restated is one of the sentence right before, not of one further back
    "Halvard earned $3 billion in 2022. Its rival earned $1 billion. In won terms, that is "
    "about 4 trillion won.",
])
def test_a_next_sentence_without_its_marker_or_rate_pairs_nothing(text):
    assert not any(c.pair for c in extract(text, MARCH_5))


def test_a_next_sentence_conversion_with_no_day_is_weighed_at_the_last_fixing():
    # one rule for a missing day across the rate checks: an undated story's pair is judged by the
    # rate data's last fixing, so it pairs as a dated one does, and a unit slip still does not
    text = "브리사는 올해 30억 달러를 벌었다. 원화로 환산하면 4조 원 안팎이다."
    assert any(c.pair for c in extract(text, MARCH_5))
    assert any(c.pair for c in extract(text))
    slipped = "브리사는 올해 30억 달러를 벌었다. 원화로 환산하면 40조 원 안팎이다."
    assert not any(c.pair for c in extract(slipped))


@pytest.mark.parametrize("text", [
    "총 지원금은 2억 달러 상당이며 2,600억원은 별도다.",     # no parenthesis after the worth
    "매출 12억 달러·영업이익 1조6000억원을 기록했다.",       # a dot between two figures, no marker
    "10억 달러 규모(전체 사업비 3조원)의 1단계 사업이다.",     # words before the parenthesis' amount
])
def test_a_dot_or_a_worth_word_alone_pairs_nothing(text):
    assert not any(c.pair for c in extract(text, dt.date(2023, 9, 10)))


@pytest.mark.parametrize("text, original, conversion", [
    # the won's words with their particle 으로 and no hedge after them
    ("카파건설의 계약금액은 9억 5천만 달러, 우리 돈으로 1조 2천억 원이다.", "9억 5천만 달러",
     "1조 2천억 원"),
    ("카파건설의 계약금액은 9억 5천만 달러, 우리돈으로 1조 2천억 원이다.", "9억 5천만 달러",
     "1조 2천억 원"),
    # "our country's money", as broadcast news writes the won
    ("카파건설의 계약금액은 9억 5천만 달러, 우리나라 돈으로 1조 2천억 원가량이다.", "9억 5천만 달러",
     "1조 2천억 원가량"),
    # two amounts alone in one parenthesis, joined by a middle dot or a comma
    ("카파건설은 오르벨 공사(40억달러·5조3천억원)를 따냈다.", "40억달러", "5조3천억원"),
    ("카파건설은 오르벨 공사(40억달러ㆍ5조3천억원)를 따냈다.", "40억달러", "5조3천억원"),
    ("노르덴은 케스트렐 공사(60억 달러, 약 8조1000억원)를 마쳤다.", "60억 달러", "약 8조1000억원"),
])
@pytest.mark.parametrize("day", [dt.date(2024, 4, 3), None])
def test_a_conversion_after_the_wons_words_or_joined_alone_in_a_parenthesis_pairs(
        text, original, conversion, day):
    cands = extract(text, day)
    pairs = {c.amount.span: c.pair and cands[c.pair["with"]].amount.span for c in cands}
    assert pairs[conversion] == original


@pytest.mark.parametrize("text", [
    # a noun before either amount inside the parenthesis: two figures, not one
    "오르벨 공사(매출 40억달러·영업이익 5조원)가 끝났다.",
    "오르벨 공사(카파건설 40억달러·5조3천억원)가 끝났다.",
    "오르벨 공사(40억달러·올해 5조3천억원)가 끝났다.",
    # more than the two amounts in the parenthesis
    "오르벨 공사(60억 달러, 약 8조1000억원 규모)가 끝났다.",
    "오르벨 공사(40억달러·5조3천억원·3억유로)가 끝났다.",
    # two amounts of one currency
    "케스트렐 공사(50억달러·60억달러)가 끝났다.",
    # no word says it is a conversion, so the rate must: 800 won a dollar is 1.69 times off the
    # market's, inside CONVERSION_RATIO and outside NEXT_SENTENCE_RATIO
    "케스트렐 공사(50억달러·4조원)가 끝났다.",
    # a comma alone, no parenthesis
    "카파건설의 계약금액은 9억 5천만 달러, 1조 2천억 원은 별도다.",
])
def test_two_amounts_joined_alone_pair_only_as_one_sum(text):
    assert not any(c.pair for c in extract(text, dt.date(2024, 4, 3)))


# A made-up article that converts euros to dollars at 1.42 once, as a translation keeping its
# source's won under a dollar sign converts at 1,420.
_AT_142 = "Orvel's fee was about 50 million euros ($71 million). "
_AT_1420 = "Orvel's last record was €20 million ($28.4 billion). "


@pytest.mark.parametrize("text, original, conversion", [
    # a dash between two currencies alone in one parenthesis, at the rate the article's own
    # conversion of those currencies implies
    (_AT_142 + "Orvel ranks behind Tam Kessler (€80 million-$113.6 million) and Ruud Brae.",
     "€80 million", "$113.6 million"),
    (_AT_142 + "Orvel ranks behind Tam Kessler (€80 million – $113.6 million).", "€80 million",
     "$113.6 million"),
    # ... even at a rate far off the market's: the translation's won written with a dollar sign
    # is the slip to report, so it must stay one figure and its conversion
    (_AT_1420 + "Orvel ranks behind Tam Kessler (€70 million-$99.4 billion).", "€70 million",
     "$99.4 billion"),
    (_AT_1420 + "Orvel ranks behind Tam Kessler (€55 million-$78.1 billion).", "€55 million",
     "$78.1 billion"),
    # the article's conversion may come after the dash, or run the other way
    ("Orvel ranks behind Tam Kessler (€70 million-$99.4 billion). " + _AT_1420, "€70 million",
     "$99.4 billion"),
    ("Orvel's fee was $71 million (50 million euros). Orvel ranks behind Tam Kessler "
     "(€80 million-$113.6 million).", "€80 million", "$113.6 million"),
])
def test_a_dash_between_two_currencies_at_the_articles_rate_pairs(text, original, conversion):
    cands = extract(text, dt.date(2023, 7, 19))
    pairs = {c.amount.span: c.pair and cands[c.pair["with"]].amount.span for c in cands}
    assert pairs[conversion] == original


@pytest.mark.parametrize("text", [
    # one currency: a range, even where the article converts at the dash's rate
    _AT_142 + "Orvel's fee (€80 million-€113.6 million) was not disclosed.",
    # ... or read as two amounts of one currency, at the rate of the article's conversion written
    # in its original's currency: a dash across one currency is a range's, never a conversion's
    "Orvel's budget was €8 billion (about €9.6 trillion). Its two deals (€1 billion – EUR 1.2 "
    "trillion) closed.",
    # words beside either amount, or a third amount, in the parenthesis
    _AT_142 + "Orvel's fees (€80 million-$113.6 million in bonuses) were not disclosed.",
    _AT_142 + "Orvel's fees (€80 million-$113.6 million-£70 million) were not disclosed.",
    # no parenthesis
    _AT_142 + "Orvel paid €80 million-$113.6 million for the two players.",
    # at a rate the article's conversions do not imply: two sums (a review's probes), whether
    # the market's rate is near or far
    "Selto's two offers ($5 billion-€9 billion) were rejected.",
    "Selto paid a signing fee and a bonus (€5m – $2m) last year.",
    "두 건의 계약(2억 달러-3억 유로)을 체결했다.",
    "투자(5000만 달러-4000만 유로)를 받았다.",
    "Selto set a price range for the bond of ($200 million-€300 million).",
    "Orvel ranks behind Tam Kessler (€80 million-$90 million) and Ruud Brae.",
    _AT_142 + "Selto's two offers ($5 billion-€9 billion) were rejected.",
])
def test_a_dash_pairs_nothing_in_one_currency_off_the_articles_rate_or_with_more(text):
    cands = extract(text, dt.date(2023, 7, 19))
    dashed = [c for c in cands if c.amount.span not in (
        "about 50 million euros", "$71 million", "€8 billion", "about €9.6 trillion")
        and c.amount.bound != "range"]
    assert not any(c.pair for c in dashed)


@pytest.mark.parametrize("text, original, conversion", [
    # a unit word between an amount and its parenthesis says what the amount is paid per, not
    # that the parenthesis is another figure: the price and its conversion are still one
    ("Norden pays $200,000 per day (about 279 million won) for the ship.", "$200,000 per day",
     "about 279 million won"),
    ("Kestrel offered 30,000 won a share ($22) to its holders.", "30,000 won", "$22"),
    # ... or before ", or" and the conversion (wire copy)
    ("Kestrel lifted its bid to 750,000 won a share, or roughly $560 apiece.", "750,000 won",
     "roughly $560"),
    ("Orvel signed the pitcher for $30 million per season (about 40 billion won).", "$30 million",
     "about 40 billion won"),
    ("Orvel paid $80 A BARREL (about 110,000 won) for the crude.", "$80", "about 110,000 won"),
    ("노르덴은 매일 20만 달러씩(약 2억7900만 원)을 낸다.", "매일 20만 달러", "약 2억7900만 원"),
    # a period word the reader takes into the amount, and a unit word before the amount, paired
    # already
    ("Kestrel earns $50 million a year (about 65 billion won) from it.", "$50 million a year",
     "about 65 billion won"),
    ("노르덴은 하루 20만 달러(약 2억7900만 원)를 낸다.", "하루 20만 달러", "약 2억7900만 원"),
    ("카파전자는 주당 3만원(약 22달러)을 제시했다.", "3만원", "약 22달러"),
])
@pytest.mark.parametrize("day", [dt.date(2024, 3, 25), None])
def test_a_unit_paid_per_before_the_parenthesis_still_pairs_a_conversion(text, original,
                                                                         conversion, day):
    cands = extract(text, day)
    pairs = {c.amount.span: c.pair and cands[c.pair["with"]].amount.span for c in cands}
    assert pairs[conversion] == original


@pytest.mark.parametrize("text", [
    # a unit's price and a whole in another currency: no rate the market allows
    "Orvel pays $5 a share (1 trillion won in all) to buy Kestrel.",
    "Norden pays $200,000 per day (about 5 won) for the ship.",
    # words between the unit and the parenthesis, or before the parenthesis' amount; a second
    # amount of the same currency
    "Norden pays $200,000 per day for (about 279 million won) the ship.",
    "노르덴은 매일 20만 달러씩(총 9조원)을 낸다.",
    "Norden pays $200,000 per day ($73 million a year) for the ship.",
    # two rates of different periods: neither converts the other
    "Norden pays $200,000 a day (about 95 billion won a year) for the ship.",
    # a unit's price and a whole after ", or": the same rate check as before a parenthesis
    "Orvel will build two plants at $1 billion each, or 2.6 trillion won.",
    # a choice between two payments, not a conversion, though the unit opens the gap
    "Holders may take either $5 a share, or 6,900 won in new stock.",
    "Holders get $5 a share, or 6,900 won, whichever is higher.",
])
@pytest.mark.parametrize("day", [dt.date(2024, 3, 25), None])
def test_a_unit_paid_per_pairs_no_implausible_rate_nor_other_words(text, day):
    assert not any(c.pair for c in extract(text, day))


@pytest.mark.parametrize("text, original, conversion", [
    # a price per ounce, gallon or dose is converted as one per share is: the unit's word must
    # not keep the pair apart
    ("Orvel sold gold at $2,000 an ounce (about 2.7 million won).", "$2,000",
     "about 2.7 million won"),
    ("Orvel sold gold at $2,000 per ounce (about 2.7 million won).", "$2,000",
     "about 2.7 million won"),
    ("Diesel cost $4 a gallon (about 5,400 won) at Norden.", "$4", "about 5,400 won"),
    ("Diesel cost €1.80 per litre (about 2,600 won) at Norden.", "€1.80", "about 2,600 won"),
    ("Diesel cost €1.80 per liter (about 2,600 won) at Norden.", "€1.80", "about 2,600 won"),
    ("Kestrel sells the metal at $1,000 per kg (about 1.35 million won).", "$1,000",
     "about 1.35 million won"),
    ("Kestrel sells the metal at $1,000 per kilogram (about 1.35 million won).", "$1,000",
     "about 1.35 million won"),
    ("Kestrel sells coal at $50 per tonne (about 67,000 won).", "$50", "about 67,000 won"),
    ("Kestrel sells coal at $50 per ton (about 67,000 won).", "$50", "about 67,000 won"),
    ("The vaccine costs $20 per dose (about 27,000 won).", "$20", "about 27,000 won"),
    ("Rent is $30 per square meter (about 40,000 won).", "$30", "about 40,000 won"),
    ("Rent is $30 per square metre (about 40,000 won).", "$30", "about 40,000 won"),
    ("Flats sold at 30 million won per pyeong ($22,000).", "30 million won", "$22,000"),
    # Korean writes the unit before the amount: the parenthesis follows it
    ("아파트는 평당 3000만원(약 2만2000달러)에 팔렸다.", "3000만원", "약 2만2000달러"),
    # a period word the reader does not keep in the amount's span (written in capitals)
    ("Kestrel earns $50 million ANNUALLY (about 67 billion won) from it.", "$50 million",
     "about 67 billion won"),
])
@pytest.mark.parametrize("day", [dt.date(2024, 3, 25), None])
def test_a_price_per_common_unit_pairs_its_conversion(text, original, conversion, day):
    cands = extract(text, day)
    pairs = {c.amount.span: c.pair and cands[c.pair["with"]].amount.span for c in cands}
    assert pairs[conversion] == original


@pytest.mark.parametrize("text", [
    # a unit's amount and the whole of two: twice the market's rate, within CONVERSION_RATIO but
    # not PER_UNIT_RATIO
    "Orvel and Kestrel invested $1 billion each (2.6 trillion won in total).",
    "Orvel and Kestrel paid at $50 million apiece (130 billion won).",
    # ... a period the reader keeps in the amount ("$1 billion a year") and a whole without it
    "Orvel pays $1 billion a year (2.6 trillion won).",
    "카파전자와 노르덴은 5억 달러씩(1조3000억 원) 냈다.",
    "카파전자와 노르덴은 10억 달러씩(약 2조6000억원, 합계) 냈다.",
    # a word of the whole inside the parenthesis, at a rate the market allows
    "Orvel and Kestrel invested $1 billion each (1.35 trillion won in total).",
    "Orvel and Kestrel invested $1 billion apiece (1.35 trillion won combined).",
    "Orvel and Kestrel invested $1 billion each (1.35 trillion won altogether).",
    "Orvel and Kestrel invested $1 billion each (1.35 trillion won in all).",
    "카파전자와 노르덴은 10억 달러씩(약 1조3500억원, 합계) 냈다.",
    "카파전자와 노르덴은 10억 달러씩(총 1조3500억원) 냈다.",
    "카파전자와 노르덴은 10억 달러씩(모두 1조3500억원) 냈다.",
    "Kestrel earns $50 million a year (67 billion won in all) from it.",
    # the unit word does not lengthen the rest of the gap: 13 characters besides it pair nothing,
    # as without it
    "Norden pays $200,000 per day            (about 279 million won) for the ship.",
    "Norden pays $200,000             (about 279 million won) for the ship.",
])
@pytest.mark.parametrize("day", [dt.date(2024, 3, 25), None])
def test_a_unit_amount_and_a_whole_pair_nothing(text, day):
    assert not any(c.pair for c in extract(text, day))


def test_a_unit_amount_at_the_market_rate_still_pairs():
    text = "Orvel and Kestrel invested $1 billion each (1.35 trillion won)."
    cands = extract(text, dt.date(2024, 3, 25))
    assert cands[0].pair and cands[0].pair["with"] == 1


@pytest.mark.parametrize("text, original, conversion", [
    ("나라전자는 42억 달러(당시 환율로 약 5조 원)에 공장을 샀다.", "42억 달러", "약 5조 원"),
    ("나라전자는 42억 달러(오늘 환율로 5조 6천억 원)에 공장을 샀다.", "42억 달러", "5조 6천억 원"),
    ("Orvel bought the plant for $4.2 billion (at the then exchange rate, about 5 trillion "
     "won).", "$4.2 billion", "about 5 trillion won"),
    ("Orvel bought the plant for 5.6 trillion won (At current rates, $4.1 billion).",
     "5.6 trillion won", "$4.1 billion"),
])
def test_the_rate_named_at_the_opening_of_the_parenthesis_still_pairs(text, original,
                                                                      conversion):
    cands = extract(text, dt.date(2024, 3, 25))
    pairs = {c.amount.span: c.pair and cands[c.pair["with"]].amount.span for c in cands}
    assert pairs == {original: conversion, conversion: original}


@pytest.mark.parametrize("text, original, conversion", [
    ("The Danish utility will spend 12 billion crowns ($1.7 billion) on wind farms.",
     "12 billion crowns", "$1.7 billion"),
    ("덴마크 전력회사는 약 120억 크로네(16억 유로)를 들여 풍력단지를 짓는다.", "약 120억 크로네",
     "16억 유로"),
])
def test_a_currency_name_several_share_pairs_once_the_article_names_its_country(
        text, original, conversion):
    cands = extract(text, dt.date(2024, 3, 25))
    pairs = {c.amount.span: c.pair and cands[c.pair["with"]].amount.span for c in cands}
    assert pairs == {original: conversion, conversion: original}
    assert cands[0].currency == "DKK"


@pytest.mark.parametrize("text, currency, paired", [
    # Czech crowns beside a Swedish firm: the conversion's rate fits the koruna alone
    ("PRAGUE, March 4 - Power firm Tarnvel will spend 30 billion crowns ($1.3 billion) on gas "
     "plants. It will buy a wind park from Swedish developer Orvel.", "CZK", True),
    # the country named and the rate agree, though the krona's rate lies closer
    ("OSLO, March 4 - Norway's Orvel will spend 10 billion crowns ($960 million) on wind farms.",
     "NOK", True),
    ("노르웨이 풍력업체 오르벨은 113억 크로네(10억 유로)를 들여 풍력단지를 짓는다.", "NOK", True),
    # a rate that fits no crown: unpaired, in the currency of the country named
    ("Swedish miner Orvel will spend 10 billion crowns ($170 million) on a new mine.", "SEK", False),
    # a rate that fits three other crowns, none of them sure
    ("Czech miner Orvel will spend 10 billion crowns ($960 million) on a new mine.", "CZK", False),
])
def test_a_shared_name_keeps_its_guess_unless_one_other_currency_fits_the_rate(
        text, currency, paired):
    cands = extract(text, dt.date(2024, 3, 4))
    assert (cands[0].currency, cands[0].pair is not None, cands[1].pair is not None) == (
        currency, paired, paired)
    assert cands[0].confidence == "high"


def test_a_shared_name_with_no_day_to_check_its_rate_keeps_its_guess_and_pair():
    cands = extract("Swedish miner Orvel will spend 10 billion crowns ($170 million) on a mine.")
    assert (cands[0].currency, cands[0].pair is not None) == ("SEK", True)


def test_a_shared_name_of_zero_pairs_at_no_rate_to_check():
    cands = extract("Swedish firm Orvel paid $5 million (0 crowns) for it.", dt.date(2024, 3, 4))
    assert cands[1].currency == "SEK"


def test_a_second_conversion_of_a_shared_name_takes_the_currency_its_rate_fits():
    text = ("Power firm Tarnvel will spend 30 billion crowns (about 1.7 trillion won, or $1.3 "
            "billion) on gas plants. It will buy a wind park from Swedish developer Orvel.")
    cands = extract(text, dt.date(2024, 3, 4))
    assert [c.pair["rate_unit"] for c in cands] == ["KRW/CZK", "KRW/CZK", "USD/CZK"]
    assert cands[2].pair["implied_rate"] == pytest.approx(1.3 / 30)


@pytest.mark.parametrize("text, paired", [
    ("Orvel sold the plant to a Danish buyer.\n($1 = 6.8420 Danish crowns)\n", True),
    ("Orvel sold the plant. (€1 = 1,480.25 won)", True),
    ("나라전자는 공장을 팔았다.(1달러=1,350원)", True),
    ("나라전자는 공장을 팔았다.(1달러=1,300원 기준)", False),    # an assumed rate, with more said
    ("The kiosk sells $1 = 1,300 won coupons.", False),        # no parenthesis of its own
    ("Orvel sold the plant.\n$1 = 1,300 won)", False),         # no opening parenthesis
    ("환율을 (1달러=1,300원)으로 가정하면 손실이 난다.", False),    # inside a sentence
    ("Orvel sold the plant. ($1 = 1,300 won) It said more.", False),
    ("Its plan assumes a rate of ($1 = 1,300 won)\n", False),
    ("Orvel sold the plant. ($2 = 2,700 won)", False),          # not one unit
    ('Orvel said: "We sold the plant." ($1 = 1,300 won)\n', True),  # after a closing quote
])
def test_a_wire_rate_line_pairs_one_unit_with_its_price(text, paired):
    cands = extract(text, dt.date(2024, 3, 25))
    assert [c.pair is not None for c in cands] == [paired, paired]
    assert [bool(c.pair and c.pair.get("rate_line")) for c in cands] == [paired, paired]


def test_an_ordinary_conversion_is_not_marked_a_rate_line():
    cands = extract("Orvel paid €1 (1,480 won) for the brand.", dt.date(2024, 3, 25))
    assert [c.pair is not None and "rate_line" not in c.pair for c in cands] == [True, True]


def test_a_rate_line_whose_crowns_fit_another_currency_stays_marked():
    cands = extract("Orvel sold the plant to a Swedish buyer.\n($1 = 23.4 crowns)\n",
                    dt.date(2024, 3, 4))
    assert [(c.currency, c.pair and c.pair.get("rate_line")) for c in cands] == [
        ("USD", True), ("CZK", True)]


@pytest.mark.parametrize("text", [
    # words of converting before the later sentence's amount, and a subject unlike the first's
    "나라전자는 미국 공장에 5억 달러를 투자한다. 미국 법인의 올해 매출은 현재 환율로 약 8천억원이다.",
    "회사는 올해 주주에게 5억 달러를 배당했다. 회사 순이익은 당시 환율로 1조원이다.",
])
def test_a_sentence_never_pairs_with_the_one_before(text):
    # Pairing across sentences was tried and taken out (docs/reader_forms.md): such words do not
    # say which amount they convert.
    assert [c.pair for c in extract(text, dt.date(2024, 3, 25))] == [None, None]


@pytest.mark.parametrize("text, second", [
    ("Orvel bought the maker for €2 billion (about 3.1 trillion won, or $2.2 billion).", 0),
    # more said after it: a part, not the whole converted
    ("Orvel bought the maker for €2 billion (about 3.1 trillion won, or $2.2 billion in "
     "cash).", None),
    # a yearly amount after a one-off: not the same figure
    ("Orvel bought the maker for €2 billion (about 3.1 trillion won, or $2.2 billion a year).",
     None),
    # a second amount of the first conversion's currency: one of two readings, not a rate
    ("Orvel bought the maker for €2 billion (about 3.1 trillion won, or 3.2 trillion won).",
     None),
])
def test_a_second_conversion_after_or_pairs_with_the_original(text, second):
    cands = extract(text, dt.date(2024, 3, 25))
    assert (cands[0].pair["with"], cands[1].pair["with"]) == (1, 0)    # the first stays
    third = cands[2].pair
    assert (third and third["with"]) == second
    if second is not None:
        assert third["rate_unit"] == "USD/EUR"
        assert abs(third["market_rate"] - 1.08) < 0.05     # dollars per euro, as its unit says


def test_a_rate_in_the_parenthesis_is_not_the_conversion():
    # The first amount after the rate words is the rate itself when the parenthesis goes on.
    text = "나라전자는 42억 달러(당시 환율로 1,200원을 적용하면 약 5조 원)에 공장을 샀다."
    assert all(c.pair is None for c in extract(text, dt.date(2024, 3, 25)))


def test_add_links_a_pair_as_an_original_and_its_restatement(tmp_path, figures):
    article = tmp_path / "press.txt"
    article.write_text("한빛전자는 4억5000만 달러(약 6500억 원)를 투자했다.\n", encoding="utf-8")
    r = run("extract", article, "--published", "2024-12-20", "--add", "--yes", "--metric",
            "hanbit_investment", "--new-metric", "--figures", figures)
    assert r.exit_code == 0, r.output
    import csv
    with open(figures, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert (rows[-2]["id"], rows[-2]["restates"]) == ("press-0", "")
    assert (rows[-1]["id"], rows[-1]["restates"]) == ("press-1", "press-0")


def test_an_undated_sentence_takes_the_articles_news_date_and_says_so():
    text = ("MS가 오픈AI에 투자한다.\n23일(현지 시간) MS는 파트너십을 발표했다. 투자 규모는 100억 "
            "달러에 달한다. 2019년에는 10억 달러를 냈다.\n")
    c = {c.amount.span: c for c in extract(text, dt.date(2023, 1, 24))}
    assert (c["100억 달러"].as_of, c["100억 달러"].as_of_basis) == ("2023-01-23", "article")
    assert "23일(현지 시간)" in c["100억 달러"].as_of_from and "line 2" in c["100억 달러"].as_of_from
    assert (c["10억 달러"].as_of, c["10억 달러"].as_of_basis) == ("2019", "sentence")
    # a day more than a month before publication is background, not the news
    old = extract("2023년 1월 3일 발표가 있었다. 투자 규모는 100억 달러다.", dt.date(2023, 3, 2))
    assert old[0].as_of is None and old[0].as_of_basis is None


@pytest.mark.parametrize("mark, local", [
    ("(현지시간)", True), ("(현지 시각)", True), ("(미국 현지시간)", True), ("", False)])
def test_a_day_marked_as_local_time_carries_the_mark_whole_as_its_dates_words(mark, local):
    # the mark says the day is the event's own where it happened: the vote of a fact reads it
    text = f"카파전자는 13일{mark} 제타오디오를 인수한다고 밝혔다. 인수가는 80억 달러다.\n"
    c = extract(text, dt.date(2024, 5, 14))[0]
    assert c.as_of == "2024-05-13"
    assert c.as_of_local is local
    assert mark in c.as_of_from
    # a sentence's own local day carries it too, in English as well
    said = extract("The deal, signed Monday local time, is worth $8 billion.", dt.date(2024, 5, 15))
    assert said[0].as_of == "2024-05-13" and said[0].as_of_local


@pytest.mark.parametrize("lead", [
    "Orbit agreed on March 14, 2025 to buy Harman after weeks of talks.\n",
    "한빛은 2025년 3월 14일 하만과 본계약을 체결한다고 밝혔다.\n"])
def test_a_day_after_publication_is_never_the_articles_news_date(lead):
    # a lead's day after its page's publication, not written as ahead ("오는 14일"), is no news
    # the page reports (a stamp this reader does not know): its undated amounts are not dated by it
    text = lead + "Orbit will pay $8 billion for Harman.\n"
    assert extract(text, dt.date(2025, 3, 10))[-1].as_of is None
    # up to its publication day it is
    c = extract(text, dt.date(2025, 3, 14))[-1]
    assert (c.as_of, c.as_of_basis) == ("2025-03-14", "article")


@pytest.mark.parametrize("lead, day", [
    ("Orbit said on Monday that it signed a deal on Dec. 3 to buy Kestrel for $2 billion.\n",
     "2026-12-03"),
    ("Orbit said Monday its board approved on Dec. 4 a sale of Kestrel. Kestrel is worth $2 "
     "billion.\n", "2026-12-04")])
def test_a_saying_on_publications_weekday_leaves_a_later_named_day_the_news_date(lead, day):
    # publication's own weekday (a Monday's page) is no news date of its own, and a deed's day
    # the lead names after it is still the story's news
    assert news_date(lead, dt.date(2026, 12, 7)).date == day


@pytest.mark.parametrize("said, words", [
    ("카파전자는 미국 현지시간 13일 제타오디오를 인수한다고 밝혔다.", "현지시간 13일"),
    ("카파전자는 현지시간으로 13일 제타오디오를 인수한다고 밝혔다.", "현지시간으로 13일"),
    ("카파전자는 13일 오전 9시(현지시간) 제타오디오를 인수한다고 밝혔다.", "13일 오전 9시(현지시간)"),
    ("카파전자는 13일(현지시간 기준) 제타오디오를 인수한다고 밝혔다.", "13일(현지시간 기준)"),
    ("Kappa said on Monday (local time) it would buy Zeta Audio.", "said on Monday (local time)"),
])
def test_a_local_time_mark_before_the_day_or_after_its_clock_marks_the_day(said, words):
    c = extract(said + " 인수가는 80억 달러다.\n", dt.date(2024, 5, 14))[0]
    assert (c.as_of, c.as_of_local) == ("2024-05-13", True)
    assert words in c.as_of_from
    # without the mark the same day is no local day
    plain = said.replace("미국 ", "").replace("현지시간으로 ", "").replace("현지시간 ", "").replace(
        " 오전 9시", "").replace("(현지시간 기준)", "").replace("(현지시간)", "").replace(" (local time)", "")
    c = extract(plain + " 인수가는 80억 달러다.\n", dt.date(2024, 5, 14))[0]
    assert (c.as_of, c.as_of_local) == ("2024-05-13", False)


def test_a_stamp_whose_clock_is_set_off_by_a_dash_is_not_the_news_date():
    # made up: a byline run into its page's stamp on one line, the clock after a dash; the
    # weekday the lead reports is the news date
    lead = ("By Orvel KestrelPublished : April 4, 2024 - 18:11\n"
            "Norden won a $7 billion plant contract, it said in an exchange filing Wednesday.\n")
    news = news_date(lead, dt.date(2024, 4, 4))
    assert (news.date, news.words, news.said) == (
        "2024-04-03", "said in an exchange filing Wednesday (line 2)", True)


@pytest.mark.parametrize("lead, news", [
    # made up: a dash and a clock after a date is a stamp's only on a stamp's line, and with its
    # year: a headline's date and a sentence's stay theirs
    ("Kestrel results April 3 - 09:30 update\nKestrel said revenue reached $3 billion.\n",
     ("2024-04-03", "April 3 (line 1)")),
    ("Kestrel shares\nTrading in Kestrel stopped on April 3, 2024 - 10:15 local, after it "
     "disclosed a $3 billion loss.\n", ("2024-04-03", "April 3, 2024 (line 2)")),
    # ... even with the clock ending its line: a live story's entry without a year, prose cut
    # off at its clock
    ("Kestrel live\nApril 3 - 09:30\nKestrel said revenue reached $3 billion.\n",
     ("2024-04-03", "April 3 (line 2)")),
    ("Kestrel shares\nTrading in Kestrel shares was stopped on April 3, 2024 - 10:15\n"
     "Kestrel said revenue reached $3 billion.\n", ("2024-04-03", "April 3, 2024 (line 2)")),
    # ... a stamp's line: its label before the date, or nothing but the date and clock
    ("Posted : April 2, 2024 - 07:45\nKestrel said revenue reached $3 billion on April 3.\n",
     ("2024-04-03", "April 3 (line 2)")),
    ("April 2, 2024 - 07:45 PM\nKestrel said revenue reached $3 billion on April 3.\n",
     ("2024-04-03", "April 3 (line 2)")),
])
def test_a_clock_after_a_dash_marks_a_stamp_only_on_a_stamps_line(lead, news):
    got = news_date(lead, dt.date(2024, 4, 4))
    assert (got.date, got.words) == news


def test_a_print_stamp_or_a_byline_is_not_the_articles_news_date():
    lead = "한빛은 지난 11일 이사회를 열고 하만을 인수하기로 의결했다고 밝혔다. 인수가는 80억 달러다.\n"
    for stamp in ("입력 2016-11-14 21:41 | 수정 2016-11-14 22:05 | 산업부 기자 홍길동\n",
                  "2016-11-14 홍길동 기자\n"):
        c = by_span(extract(stamp + lead, dt.date(2016, 11, 14)), "80억 달러")
        assert (c.as_of, c.as_of_basis) == ("2016-11-11", "article")
        assert "line 2" in c.as_of_from
    # ... nor is a stamp whose clock time follows a comma
    c = extract("Posted on: November 14, 2016, 07:25h.\n\nOrbit agreed on Nov. 11 to buy Harman."
                " The price is $8 billion.\n", dt.date(2016, 11, 14))
    assert (c[0].as_of, c[0].as_of_basis) == ("2016-11-11", "article")
    # ... with a time zone after the clock, or a weekday written short
    for stamp in ("Updated Friday, November 11, 2016, 9:30 a.m. ET", "Updated: Fri, Nov. 11, 2016, 9:30 a.m.",
                  "Posted Fri., November 11, 2016, 21:30 (GMT)"):
        c = extract(stamp + "\n\nOrbit agreed to buy Harman. The price is $8 billion.\n",
                    dt.date(2016, 11, 14))
        assert c[0].as_of is None, stamp
    # ... but a lead's date with a clock after a comma is prose: the event's day
    c = extract("Orbit to buy Harman\n\nOrbit agreed on Tuesday, March 5, 2024, 9:30 a.m. local"
                " time, to buy Harman after weeks of talks.\nThe price is $8 billion in cash.\n",
                dt.date(2024, 3, 12))
    assert c[0].as_of == "2024-03-05"
    # ... nor one whose clock is in words, printed as a machine prints it, padded with zeros
    c = by_span(extract("이 기사는 2016년 11월 14일 09시 03분 유료 서비스에 표출된 기사입니다.\n" + lead,
                        dt.date(2016, 11, 14)), "80억 달러")
    assert (c.as_of, c.as_of_basis) == ("2016-11-11", "article")
    # ... but a lead's day with its year and an hour said as prose says it is the event's
    assert news_date("한빛은 2016년 11월 11일 오전 10시 30분 이사회를 열고 인수를 의결했다.\n",
                     dt.date(2016, 11, 14))[0] == "2016-11-11"
    # ... and so is one padded with zeros with no stamp's own word on its line
    assert news_date("한빛은 2016년 11월 11일 09시 30분 공시를 통해 인수를 밝혔다.\n",
                     dt.date(2016, 11, 14))[0] == "2016-11-11"
    # a short lead or headline is prose, not a stamp: its day is the news date
    for top in ("한빛이 지난 11일 인수를 결정했다.\n", "한빛, 지난 11일 하만 인수 결정\n"):
        c = extract(top + "회사는 인수 대금으로 모두 80억 달러를 낸다고 밝혔다.\n", dt.date(2016, 11, 14))
        assert (c[0].as_of, c[0].as_of_basis) == ("2016-11-11", "article")


def test_a_bare_day_of_the_month_dates_its_sentence_and_the_article():
    text = ("한빛은 14일 이사회에서 인수를 의결했다. 블리자드는 지난 17일 37명을 해고하고 5억 달러를 "
            "아꼈다. 인수가는 80억 달러다. 출시 5일 만에 3억 달러를 모았다.\n")
    c = {c.amount.span: c for c in extract(text, dt.date(2022, 1, 19))}
    assert (c["5억 달러"].as_of, c["5억 달러"].as_of_basis) == ("2022-01-17", "sentence")
    assert (c["80억 달러"].as_of, c["80억 달러"].as_of_basis) == ("2022-01-14", "article")
    assert c["3억 달러"].as_of_basis == "article"       # 5일 만에 is a span, not a date


@pytest.mark.parametrize("text, as_of", [
    # a day of the month written alone, as reports translated from Korean write it
    ("Orbit reported on the 4th that Lumen had repaid a $640 million loan.", "2021-01-04"),
    ("Lumen is valued at $3.2 billion (at the closing price on the 5th).", "2021-01-05"),
    # ... a past's word before it: the latest day up to publication (a future's word: below)
    ("Orbit was scheduled to pay $2 million on the 20th.", "2020-12-20"),
    ("Orbit paid $2 million on the 20th.", "2020-12-20"),
    ("Lumen reported a $2 million loss on the 20th.", "2020-12-20"),
    # ... even within the days a day alone ahead may be this month's: a deed done is never after
    # publication
    ("Orbit paid $2 million on the 12th.", "2020-12-12"),
    ("Lumen reported a $2 million loss on the 12th.", "2020-12-12"),
    ("Lumen shares closed at $50 on the 12th.", "2020-12-12"),
    # ... and a day later in the month than publication's, with no past marked in its clause
    # and no future's word listed, dates nothing: a wrong day of last month is worse than none
    ("Orbit's $2 million dividend is payable on the 20th.", None),
    ("Orbit intends to pay $2 million on the 20th.", None),
    ("Orbit is going to pay $2 million on the 20th.", None),
    ("Orbit expects to receive $2 million on the 20th.", None),
    ("The vote on the $2 million payout takes place on the 20th.", None),
    ("Lumen lists its shares at 30,000 won each on the 20th.", None),
    # ... a word in -ed is no deed done of itself
    ("The Fed decision on a $2 million facility comes on the 20th.", None),
    ("A $2 million seed round closes on the 20th.", None),
    # ... a report's verb or a close's words in its clause, with no amount there
    ("Lumen disclosed on the 3rd, in a filing, that it had sold a $75 million plant.",
     "2021-01-03"),
    ("Lumen is valued at $3.2 billion (3.7 trillion won, at the closing price on the 5th).",
     "2021-01-05"),
    # ... but an ordinal before its noun is no day
    ("Orbit paid $2 million for an office on the 6th floor.", None),
    ("Orbit paid $2 million on the 3rd anniversary of the deal.", None),
])
def test_an_english_day_of_the_month_alone_dates_its_sentence(text, as_of):
    assert extract(text + "\n", dt.date(2021, 1, 8))[0].as_of == as_of


@pytest.mark.parametrize("text", [
    # an ordinal whose noun went unsaid: no amount, report or close in its clause
    "Orbit, which ranked on the 2nd, is worth $2 million.",
    "The office is on the 6th; Orbit paid $2 million for it.",
])
def test_an_english_day_alone_with_no_event_in_its_clause_is_no_date(text):
    assert date_expressions(text, dt.date(2021, 1, 8)) == []


@pytest.mark.parametrize("text, date", [
    # a day put ahead by its words, as "on Jan. 20" is: the coming one, never last month's
    ("Orbit will pay $2 million on the 20th.", "2021-01-20"),
    ("Orbit is scheduled to pay $2 million on the 25th.", "2021-01-25"),
    ("Orbit plans to list its shares at $20 each on the 25th.", "2021-01-25"),
    ("Orbit will pay $2 million on the 5th.", "2021-02-05"),     # this month's is gone by
    ("Orbit paid $2 million on the 20th.", "2020-12-20"),
    # the future's words a month or a day named with its month obeys too
    ("Orbit intends to pay $2 million on the 20th.", "2021-01-20"),
    ("Orbit's $2 million dividend is payable on Jan. 20.", "2021-01-20"),
    ("Orbit is going to pay $2 million on Jan. 20.", "2021-01-20"),
    ("Orbit expects to receive $2 million on the 20th.", "2021-01-20"),
])
def test_an_english_day_alone_said_ahead_is_the_coming_one(text, date):
    pub = dt.date(2021, 1, 8)
    assert [f[2] for f in date_expressions(text, pub)] == [date]
    # a day ahead is not the news: it dates no amount; a day past dates its sentence
    assert extract(text + "\n", pub)[0].as_of == (date if date <= pub.isoformat() else None)


def test_a_day_ahead_is_read_forward_and_never_as_last_months_day():
    pub = dt.date(2022, 8, 25)
    text = ("한빛은 오는 26일(현지시간) 본계약을 체결한다. 계약 액수는 7조7000억원이다. "
            "한빛은 오는 3일 5억 달러를 낸다.\n")
    c = {c.amount.span: c for c in extract(text, pub)}
    # an event due within the week, written as ahead, is the article's news
    assert (c["7조7000억원"].as_of, c["7조7000억원"].as_of_basis) == ("2022-08-26", "article")
    assert (c["5억 달러"].as_of, c["5억 달러"].as_of_basis) == ("2022-09-03", "sentence")
    # a deadline weeks ahead is not the news, and its "26일" is not read as a past day apart
    text = "카카오는 이날부터 오는 26일까지 공개 매수한다고 7일 공시했다. 매수 대금은 1조2500억원이다.\n"
    assert extract(text, dt.date(2023, 3, 7))[0].as_of == "2023-03-07"
    # a day ahead that no month has is no date: its "30일" is not read as last month's day
    feb = dt.date(2024, 2, 10)
    assert extract("오는 30일 1억 달러를 낸다.\n", feb)[0].as_of == \
        extract("1억 달러를 낸다.\n", feb)[0].as_of


def test_a_sentence_that_dates_each_amount_after_it_gives_each_the_date_that_follows():
    text = ("It raised a KRW57 billion round in 2016 and a $320 million round in 2018. "
            "Losses were 65.4 billion won ($55 million) in 2022 and 32.1 billion won in 2023. "
            "적자는 2022년 655억원, 2023년 320억원이었다.\n")
    c = {c.amount.span: c.as_of for c in extract(text, dt.date(2024, 5, 1))}
    assert (c["KRW57 billion"], c["$320 million"]) == ("2016", "2018")
    assert (c["65.4 billion won"], c["$55 million"], c["32.1 billion won"]) == \
        ("2022", "2022", "2023")
    # a sentence that writes the year first keeps the date before each amount
    assert (c["655억원"], c["320억원"]) == ("2022", "2023")


def test_a_month_named_with_its_year_is_of_that_year():
    text = ("It put 700 billion won into SSG.com in March 2019. On November 26, 2020 it paid "
            "$5 million. In March it paid $2 million.\n")
    c = {c.amount.span: c.as_of for c in extract(text, dt.date(2021, 6, 28))}
    assert (c["700 billion won"], c["$5 million"], c["$2 million"]) == \
        ("2019-03", "2020-11-26", "2021-03")


@pytest.mark.parametrize("text, pub, as_of", [
    # an abbreviated month with its year is of that year, not the nearest day of its name
    ("The company paid $3 billion on Dec. 28, 2022, the filing showed.", dt.date(2024, 5, 22),
     "2022-12-28"),
    ("On Dec. 28, 2022, the company paid $3 billion.", dt.date(2024, 1, 5), "2022-12-28"),
    ("It raised $2 billion in Sept. 2021.", dt.date(2024, 5, 22), "2021-09"),
])
def test_an_abbreviated_month_with_its_year_is_of_that_year(text, pub, as_of):
    assert extract(text + "\n", pub)[0].as_of == as_of


def test_a_wire_says_on_a_weekday_the_sentences_own_date():
    # The day a wire says something ("said on Thursday") is not the time of its amounts; a
    # weekday beside its full date is that date.
    pub = dt.date(2024, 3, 6)       # a Wednesday
    c = extract("The company said on Thursday that revenue reached $3.4 billion last year.\n", pub)
    assert c[0].as_of == "2023"
    c = extract("Hyundai Motor said on Tuesday its net profit rose to $9.2 billion in 2023 from "
                "$5.6 billion in 2022.\n", pub)
    assert [x.as_of for x in c] == ["2023", "2022"]
    assert extract("LG화학은 2023년 11월 24일 금요일 이사회에서 5000억원 투자를 의결했다.\n",
                   pub)[0].as_of == "2023-11-24"


@pytest.mark.parametrize("text", [
    # a weekday dates nothing: days ahead that no word marks as ahead ...
    "Traders are bracing for Friday's auction of $40 billion in notes.",
    "The Treasury is selling $42 billion of 10-year notes on Thursday.",
    "This Friday, the company will pay $3 billion.",
    "The firm must pay $3 billion by Friday.",
    "Ahead of Friday's jobs report, investors poured $3 billion into bonds.",
    # ... look the same as days past, and holidays and papers are named with them
    "Black Friday sales reached $9.8 billion.",
    "The Mail on Sunday reported a $3 billion deal.",
    # ... and a close said ahead, or a deal's closing still to come, is no day past
    "The offer is above next Friday's closing price of $15.",
    "The offer is above this Friday's closing price of $15.",
    "The offer is above the coming Friday's closing price of $15.",
    *(f"Analysts {verb} a closing price of $15 on Friday." for verb in (
        "expect", "expected", "forecast", "predict", "estimate")),
    *(f"One analyst {verb} a closing price of $15 on Friday." for verb in (
        "expects", "forecasts", "predicts", "estimates")),
    "The bonds will be priced after Friday's closing price of $15 is known.",
    "The deal will close on Friday at $3 billion.",
])
def test_a_weekday_dates_no_amount(text):
    assert extract(text + "\n", dt.date(2024, 5, 22))[0].as_of is None


@pytest.mark.parametrize("text, as_of", [
    # a price closed on a weekday: the latest day of its name up to publication (a Wednesday)
    ("Norden's shares closed at $41.30 on Friday.", ["2024-05-17"]),
    ("Its bid exceeds by 28% Monday's closing price of $19.20.", [None, "2024-05-20"]),
    # ... and the day's change opening the next clause
    ("Orbit on Wednesday closed at 12,350 won, up 250 won.", ["2024-05-22", "2024-05-22"]),
    ("Norden shares closed at $41.30 on Friday, down $1.20 from a day earlier.",
     ["2024-05-17", "2024-05-17"]),
    ("Norden shares closed up 4% at $41.30 on Friday.", ["2024-05-17", "2024-05-17"]),
    # ... in the words and units a stage word's move is written in
    ("Norden shares closed up sharply at $41.30 on Friday.", ["2024-05-17"]),
    ("Orbit shares closed up 25 won at 980 won on Friday.", ["2024-05-17", "2024-05-17"]),
    # ... its date written beside it says which day; another clause's date keeps its own amount
    ("Shares closed at $41.30 on Friday, May 10.", ["2024-05-10"]),
    ("Shares closed at $41.30 on Friday, and it paid $3 billion in 2023.", ["2024-05-17", "2023"]),
    # ... and an amount of a clause before it is compared with the close, not of its day
    ("Kestrel bid $23.40 for each share, 12% over what they fetched at Monday's closing price "
     "of $20.90.",
     [None, None, "2024-05-20"]),
    ("The offer of 26,000 won is 35% above Friday's closing price of 19,300 won.",
     [None, None, "2024-05-17"]),
    # ... and "is" before a weekday owning its close sets no event for it: the close is past
    ("Kestrel's tender price is Friday's closing price of $27.10.", ["2024-05-17"]),
])
def test_a_weekday_dates_a_price_closed_on_it(text, as_of):
    assert [c.as_of for c in extract(text + "\n", dt.date(2024, 5, 22))] == as_of


@pytest.mark.parametrize("text, as_of", [
    # a participle's phrase describing a noun dates that noun, not the amounts outside it
    ("Norden set its offer price at 52,000 won, above a band proposed in its filing in March, "
     "and raised 900 billion won.", [None, None]),
    ("Its bid is $1.1 billion lower than the offer made in April.", [None]),
    ("Founded in June 2009, Norden listed at $31 per share in March 2020.", ["2020-03"]),
    ("Established in 2013, Orbit had sales of $2.7 billion.", [None]),
    # ... the amounts inside it keep its date, and a period's own date is its amounts'
    ("Norden, the firm it bought in 2017 for $6 billion, grew.", ["2017"]),
    ("The $8 billion deal announced in 2016 closed a year later.", ["2016"]),
    ("Orbit reported revenue of $5 billion for the quarter ended in March.", ["2024-03"]),
    ("Norden was acquired in 2016 for $8 billion.", ["2016"]),
    ("Orbit paid $3 billion for the shares sold in March.", ["2024-03"]),
    # a noun opening its clause is a verb's subject, not a noun described: its date stands
    ("Its profit peaked in 2020, at $4 billion.", ["2020"]),
    ("Its revenue jumped in 2022, reaching $6 billion.", ["2022"]),
    ("The company listed in 2018, raising $2 billion.", ["2018"]),
    ("The company reported in February, citing weak demand, a net loss of $3 billion.",
     ["2024-02"]),
    ("The notes issued in February, worth $4 billion, mature in 2035.", ["2024-02"]),
    # ... and so is one after a word that opens a clause: a report's verb or a conjunction
    ("The filing shows its profit peaked in 2020, at $4 billion.", ["2020"]),
    ("Kestrel said the mine it opened in 2018, at a cost of $3 billion, would shut.", ["2018"]),
    ("Kestrel shed staff while its debt swelled in 2022, to $6 billion.", ["2022"]),
    ("But the company listed in 2018, raising $2 billion.", ["2018"]),
    ("Orbit says its profit peaked in 2020, at $4 billion.", ["2020"]),
    ("Analysts say its profit peaked in 2020, at $4 billion.", ["2020"]),
    ("The filing showed its profit peaked in 2020, at $4 billion.", ["2020"]),
    ("Orbit reported its profit peaked in 2020, at $4 billion.", ["2020"]),
    ("Orbit reports its profit peaked in 2020, at $4 billion.", ["2020"]),
    ("Orbit added its profit peaked in 2020, at $4 billion.", ["2020"]),
    ("Kim noted its profit peaked in 2020, at $4 billion.", ["2020"]),
    ("Kim knew that its profit peaked in 2020, at $4 billion.", ["2020"]),
    ("Orbit cut jobs and its debt swelled in 2022, to $6 billion.", ["2022"]),
    ("Orbit cut jobs as its debt swelled in 2022, to $6 billion.", ["2022"]),
    # ... and one opening a clause after a comma or a semicolon
    ("Still, its profit peaked in 2020, at $4 billion.", ["2020"]),
    ("Under Lee, its debt swelled in 2022, to $6 billion.", ["2022"]),
    ("Kestrel shed staff; its debt swelled in 2022, to $6 billion.", ["2022"]),
    # an indefinite noun set beside a name by a comma describes it (an appositive), the dots of
    # an abbreviation in its words or not: its date is the name's, not the clause's amount's
    ("Norden said Halvard Audio, a U.K.-based label bought in 2019, has secured $140 million.",
     [None]),
    ("Norden said Halvard Audio, a UK label bought in 2019, has secured $140 million.", [None]),
    ("Halvard, a U.K.-based label bought in 2019, has secured $140 million.", [None]),
    ("The U.K.-based label bought in 2019 secured $140 million.", ["2019"]),
    # ... but after a sentence's adverb the noun opens its clause
    ("Still, a rival listed in 2018, raising $2 billion.", ["2018"]),
    ("Meanwhile, a rival listed in 2018, raising $2 billion.", ["2018"]),
    # ... and so is a relative clause's ("that ended"), and a period's phrase
    ("Sales for the quarter that ended in March rose 15%, to $6 billion.", ["2024-03", "2024-03"]),
    ("In the three months that ended in March, sales rose 15% to $6 billion.", ["2024-03", "2024-03"]),
    ("Sales for the quarter ended in March rose 15%, to $6 billion.", ["2024-03", "2024-03"]),
    # ... and a plain preposition sets no amount before the phrase off from it
    ("Orbit raised $4 billion from the bonds sold in March.", ["2024-03"]),
    ("Orbit raised $4 billion with the bonds issued in February.", ["2024-02"]),
])
def test_a_participles_date_dates_the_noun_it_describes(text, as_of):
    assert [c.as_of for c in extract(text + "\n", dt.date(2024, 5, 22))] == as_of


@pytest.mark.parametrize("text, as_of", [
    # a year closing its own modifier clause before "이번"/"금번" (the news's own event) dates that
    # earlier deed, not the amounts after the word
    ("오르벨은 2021년 상장한 이후 이번 유상증자로 2,000억원을 조달한다.", [None]),
    ("노르반은 2019년 세운 공장을 담보로 이번 차입에서 800억원을 빌린다.", [None]),
    ("노르반은 지난해 5천억원을 투자한 데 이어 금번 계약으로 1조원을 추가 투자한다.", ["2023", None]),
    # ... a year with no clause of its own, or whose noun is the subject, still dates the amount
    ("노르반의 2023년 영업이익은 이번 감사보고서에서 5,000억원으로 정정됐다.", ["2023"]),
    ("노르반은 2022년 이번 거래 대상인 케스트렐 지분을 3,000억원에 사들였다.", ["2022"]),
    ("케스트렐은 2023년 이번에 매각된 공장에 4,000억원을 투자했다.", ["2023"]),
    ("케스트렐의 2023년 매출은 이번 회계연도 기준 변경으로 1조2,000억원으로 늘었다.", ["2023"]),
    ("케스트렐이 2023년 거둔 이익은 이번 정정으로 900억원이 됐다.", ["2023"]),
    # ... nor a noun that ends as a verb's adnominal form does ("연간", "동안", "한 해")
    ("카파전자는 2023년 한 해 동안 이번 사업으로 1조2000억원을 벌었다.", ["2023"]),
    ("노르덴의 2023년 연간 기준 이번 사업부 매출은 2조원이었다.", ["2023"]),
    # ... a date after the word stays, and "이번 달" is a date, not the mark
    ("노르반은 이번 계약에 따라 지난 3월 1조원을 받았다.", ["2024-03"]),
    ("노르반은 2023년 실적을 이번 달 발표하며 매출 1조원을 밝혔다.", ["2023"]),
    # ... but only a unit that is a word of its own: "이번 주식 교환" is the event
    ("노르반은 2021년 상장한 이후 이번 주식 교환으로 2,000억원을 조달한다.", [None]),
    ("노르반은 2021년 상장한 이후 이번 해외 매각으로 2,000억원을 받는다.", [None]),
])
def test_a_date_before_the_news_events_mark_is_not_the_amounts_after_it(text, as_of):
    assert [c.as_of for c in extract(text + "\n", dt.date(2024, 5, 22))] == as_of


@pytest.mark.parametrize("text, as_of", [
    # a noun's year after words saying what the amount's story arose from dates that event only
    ("Orbit has been ordered to pay Norden about $10.5 million in a case stemming from the 2015 "
     "takeover of two units.", [None]),
    ("Orbit was ordered to pay $5 million in a lawsuit over the disputed 2016 spin-off.", [None]),
    ("The fund won $7 million in a lawsuit arising from its 2017 buyout.", [None]),
    ("Orbit paid $5 million to settle a lawsuit over its 2019 IPO.", [None]),
    ("Orbit paid $5 million to settle a claim over the 2019 deal.", [None]),
    ("Orbit paid $5 million in a dispute settlement case stemming from the 2015 merger.", [None]),
    ("Orbit paid $5 million to end an investor-state dispute over the 2015 merger.", [None]),
    ("Orbit paid $8 million to end their dispute over the 2018 data breach.", [None]),
    # ... only after a dispute's noun: alone, the words say when or for what the amount was
    ("Orbit earned $5 million over the 2020 season.", ["2020"]),
    ("Orbit spent $5 million over the 2020 campaign.", ["2020"]),
    ("Orbit sold $5 billion of goods over the 2022 holiday season.", ["2022"]),
    ("Orbit paid $5 billion over the 2019 takeover of Norden.", ["2019"]),
    ("Orbit raised $5 billion in connection with its 2019 listing.", ["2019"]),
    ("Orbit paid a $2 million bonus tied to its 2021 results.", ["2021"]),
    # ... named as a dispute, not the amount's own noun: "$X in claims" are the event's
    ("Insurers paid $3 billion in claims related to the 2021 floods.", ["2021"]),
    ("Farmers filed $900 million in claims over the 2022 drought.", ["2022"]),
    ("The fund paid $1.2 billion in claims arising from the 2020 pandemic.", ["2020"]),
    ("Orbit recorded $6 million of damages over the 2021 bean crop.", ["2021"]),
    ("The shop sold $40 million of suits over the 2022 fall rush.", ["2022"]),
    ("Orbit paid $3 billion to the victims in claims over the 2021 floods.", ["2021"]),
    # ... and a stretch of time's year dates the amount even after a dispute's words
    ("Insurers paid out $3 billion in claims over the 2021 hurricane season.", ["2021"]),
    ("Orbit spent $12 million on litigation over the 2020 season.", ["2020"]),
    ("Orbit paid $4 million to settle a claim over the 2020 flu season.", ["2020"]),
    ("Orbit paid $6 million to end a dispute over the 2021 harvest.", ["2021"]),
    # ... not a year the amount's own clause gives, nor one after no origin's word
    ("Orbit paid $5 billion in its 2015 takeover of Norden.", ["2015"]),
    ("Orbit was fined $2 million in 2019 over the disputed 2016 spin-off.", ["2019"]),
    # ... nor a period's own year, nor a year after "in" (left as before)
    ("Orbit earned $5 billion over the 2015 fiscal year.", ["2015"]),
    # ... nor a year after another amount's "over"
    ("Orbit paid $5 million, and over $3 million in the 2020 season.", ["2020", "2020"]),
    ("Orbit was ordered to pay $5 million in a case stemming from a takeover in 2015.", ["2015"]),
])
def test_a_year_of_the_event_a_story_arose_from_does_not_date_its_amount(text, as_of):
    assert [c.as_of for c in extract(text + "\n", dt.date(2023, 6, 20))] == as_of


@pytest.mark.parametrize("text, as_of", [
    # a word of the year after, between the year a sentence names and an amount: that next year
    ("오르빗은 지난 2016년 노르덴에 A를 300만 달러에 보냈고, 이듬해 B를 1150만 달러에 보냈다.",
     ["2016", "2017"]),
    ("오르빗은 2016년 A를 300만 달러에 팔았고, 그다음 해 B를 1150만 달러에 팔았다.", ["2016", "2017"]),
    ("Orbit sold A in 2016 for $3 million, and the following year B for $11.5 million.",
     ["2016", "2017"]),
    ("Orbit sold A on March 3, 2016, for $3 million; the following year B went for $11.5 "
     "million.", ["2016-03-03", "2017"]),
    ("오르빗은 2016년 A를 300만 달러에 팔았고, 다음 해에 B를 1150만 달러에 팔았다.", ["2016", "2017"]),
    # ... not when the word comes after the amount (the amount is the named year's) ...
    ("오르빗은 2016년 A를 300만 달러에 팔았고 이듬해 공장을 닫았다.", ["2016"]),
    # ... a span after the amount included ("for the following year")
    ("In 2016 Orbit agreed to pay $4 million a season for the following year.", ["2016"]),
    # ... nor a date written between the word and the amount: that date is the amount's own
    ("Orbit sold A in 2016 for $3 million and, the following year, in March 2018, B for $9 "
     "million.", ["2016", "2018-03"]),
])
def test_a_word_of_the_year_after_moves_an_amount_one_year_on(text, as_of):
    assert [c.as_of for c in extract(text + "\n", dt.date(2023, 6, 20))] == as_of


@pytest.mark.parametrize("text, as_of", [
    # "a year later" is a time since, not the next calendar year
    ("Orbit opened the plant in 2016, a year later than planned, at a cost of $3 million.",
     ["2016"]),
    ("Orbit raised $1 million in January 2016 and half a year later $10 million.",
     ["2016-01", "2016-01"]),
    ("In 2016, less than a year later, Orbit raised $10 million.", ["2016"]),
    ("Orbit sold A in 2016; one year later B went for $9 million.", ["2016"]),
    # a date the amount's clause writes after it is the amount's own
    ("Orbit listed in 2016; the following year, it reported $1 million in sales for 2016.",
     ["2016"]),
    # ... and so is the chosen date written after it past a comma or a dash
    ("Orbit listed in 2016; the following year, it reported $1 million, its sales for 2016.",
     ["2016"]),
    ("Orbit listed in 2016; the following year, it reported $1 million - its sales for 2016.",
     ["2016"]),
    # "다음 해" and a word going on ("해당"): no year named
    ("오르빗은 2016년 다음 해당 사업에 300만 달러를 썼다.", ["2016"]),
    # the year after as a span's second end
    ("Between 2016 and the following year, revenue rose from $3 million to $5 million.",
     ["2016", "2016"]),
    ("In 2016 and the following year Orbit paid $3 million a year.", ["2016"]),
    ("오르빗은 2016년과 이듬해 매년 300만 달러를 냈다.", ["2016"]),
])
def test_a_word_of_the_year_after_not_read_as_one_year_on(text, as_of):
    assert [c.as_of for c in extract(text + "\n", dt.date(2023, 6, 20))] == as_of


@pytest.mark.parametrize("text, as_of", [
    # a month of the same year: the year the sentence named before it, that month
    ("카파전자는 2019년 5월 지분을 팔았고, 노르덴은 같은해 11월 지분을 300억원에 샀다.", ["2019-11"]),
    ("카파전자는 2019년 5월 공장을 지었고 그해 9월 200억원을 더 들였다.", ["2019-09"]),
    ("Orvel bought Kestrel in March 2019 and in November of the same year paid $30 million.",
     ["2019-11"]),
    # ... and the same year alone: that year
    ("카파전자는 2019년 상장했고 같은 해에 300억원을 모았다.", ["2019"]),
    ("Orvel listed in 2019 and the same year raised $5 million.", ["2019"]),
])
def test_a_word_of_the_same_year_takes_the_year_named_before(text, as_of):
    assert [c.as_of for c in extract(text + "\n", dt.date(2023, 6, 20))] == as_of


@pytest.mark.parametrize("text, as_of", [
    # no year named before it in its sentence: not read (the news date dates the amount)
    ("노르덴은 같은 해 11월 지분을 300억원에 샀다.", ["2023-06-20"]),
    ("The same year, Orvel raised $5 million.", ["2023-06-20"]),
    # a word going on is no year ("같은 해외 법인": the month named before dates it)
    ("카파전자는 2019년 5월 상장했고 같은 해외 법인에 300억원을 넣었다.", ["2019-05"]),
])
def test_a_word_of_the_same_year_not_read(text, as_of):
    assert [c.as_of for c in extract("20일 발표.\n" + text + "\n", dt.date(2023, 6, 20))] == as_of


@pytest.mark.parametrize("text, as_of", [
    # the nearest date before it writes no year (its year is counted from publication): not
    # read, the year named a sentence earlier is not known to it; the other date dates the amount
    ("카파전자는 2019년 상장했다. 노르덴은 지난 15일 같은 해 300억원을 투자했다고 밝혔다.",
     ["2023-06-15"]),
    ("Kestrel said last month that the same year it paid $5 million.", ["2023-05"]),
    # ... and, unread, it is no other date a last resort ("지난 3월") gives way to
    ("카파전자는 2019년 상장했다. 노르덴은 지난 3월 발표에서 같은 해 11월 300억원을 투자했다고 "
     "밝혔다.", ["2023-03"]),
])
def test_a_word_of_the_same_year_after_a_date_with_no_written_year(text, as_of):
    assert [c.as_of for c in extract(text + "\n", dt.date(2023, 6, 20))] == as_of


def test_a_month_of_the_same_year_after_a_day_with_no_written_year_not_read():
    # "On March 3" counts its year from publication: "November of the same year" is not 2023-11
    sentence = "On March 3, Kestrel said it had raised $5 million in November of the same year."
    assert [f[3] for f in date_expressions(sentence, dt.date(2023, 6, 20))] == ["March 3"]


def test_a_same_year_ago_period_is_no_word_of_the_same_year():
    sentence = ("Orvel earned $5 million in the third quarter of 2022, up from $4 million in the "
                "same year-ago period.")
    assert [f[3] for f in date_expressions(sentence, dt.date(2023, 6, 20))] == ["third quarter of 2022"]


@pytest.mark.parametrize("text, as_of", [
    # a level likened to another time's: that time dates the level, not the amount (which
    # has no date of its own here)
    ("카파전자는 2020년 상장 때 평가액과 비슷한 300억원에 지분을 팔았다.", [None]),
    ("Orvel raised funds at $5 billion, similar to its 2021 valuation.", [None]),
    ("Orvel was valued at $5 billion, in line with its 2021 level.", [None]),
    # ... a date on the amount's own side of the word stays its own
    ("카파전자는 노르덴과 비슷한 규모인 300억원을 2021년에 모았다.", ["2021"]),
    ("Orvel raised $5 billion in 2021, similar to Kestrel.", ["2021"]),
    # ... and so does one with the likened term's end between it and the word: a topic's
    # particle, a comma, or (in English) a term written after the word
    ("카파전자의 2021년 매출은 노르덴과 비슷한 300억원이었다.", ["2021"]),
    ("카파전자의 2022년 영업이익은 전년과 비슷한 500억원이었다.", ["2022"]),
    ("In 2021 Orvel's sales were similar to Kestrel's, at $5 million.", ["2021"]),
    ("Orvel raised $5 million, in line with forecasts, in March 2021.", ["2021-03"]),
    # a multiple of another term likens too: the date is what that term was got for
    ("Orvel paid $6 billion for Norden, three times as much as it got for it five years ago.",
     [None]),
    ("Orvel paid $6 billion for Norden, twice what Kestrel paid in 2019.", [None]),
    ("Orvel paid $6 billion for Norden, four times what Kestrel paid in 2019.", [None]),
    ("Orvel paid $6 billion for Norden, twice as much as Kestrel paid in 2019.", [None]),
    ("Orvel paid $6 billion for Norden in 2024, three times as much as Kestrel did.", ["2024"]),
])
def test_a_date_of_a_likened_level_does_not_date_the_amount(text, as_of):
    assert [c.as_of for c in extract(text + "\n", dt.date(2023, 6, 20))] == as_of


@pytest.mark.parametrize("text, as_of", [
    # "at the time" with no date of its own: the last date the sentence before names ...
    ("Orbit said on March 2 it would buy Norden for $1.2 billion. At the time, that was 1.4 "
     "trillion won.", ["2022-03-02", "2022-03-02"]),
    ("오르빗은 2021년 노르덴 지분을 3조원에 샀다. 당시 노르덴의 가치는 4조원가량이었다.", ["2021", "2021"]),
    ("오르빗은 2020년 노르덴을 인수했다. 노르덴의 기업가치는 당시 5조원가량이었다.", ["2020"]),
    # ... a day of the news's too, not the article's news date
    ("오르빗은 20일 인수 소식을 전했다. 오르빗은 지난 15일 인수를 마쳤다. 당시 환율로 2조원이다.",
     ["2022-12-15"]),
    ("오르빗은 인수를 마쳤다. 당시 환율로 2조원이다.", [None]),
    # ... and a date of its own wins
    ("Orbit agreed on March 2 to buy Norden. At the time, its 2021 sales were $3 billion.",
     ["2021"]),
    # a word holding its letters is not it, nor a time its own clause names
    ("오르빗은 2021년 노르덴을 샀다. 해당시점 기준 가치는 2조원이다.", [None]),
    ("오르빗은 2021년 노르덴을 샀다. 상장을 추진할 당시 가치는 2조원이었다.", [None]),
    ("오르빗은 2021년 노르덴을 샀다. 인수하던 당시 가치는 2조원이었다.", [None]),
    ("Orbit bought Norden in 2021. At the time it went up for sale, it was worth $2 billion.",
     [None]),
    ("케스트렐은 2017년 문을 열었다. SPAC 당시 평가액은 3조원이었다.", [None]),
    ("케스트렐은 2017년 문을 열었다. H1N1 당시 매출은 3조원이었다.", [None]),
    # ... nor a sentence before that names two times (a range's end is one) or moves on from its
    ("Lee ran Kestrel from 2015 until 2018. At the time, its sales were $3 billion.", [None]),
    ("이 대표는 2015년부터 2018년까지 케스트렐을 이끌었다. 당시 매출은 3조원이었다.", [None]),
    ("이 대표는 2018년까지 케스트렐을 이끌었다. 당시 매출은 3조원이었다.", [None]),
    ("Lee joined Kestrel in 2015 and left three years later. At the time, its sales were "
     "$3 billion.", [None]),
    # ... nor a date a participle's clause gives a noun; another date there is the one
    ("Kestrel, founded in 1990, was bought by Orbit. At the time, it was worth $3 billion.",
     [None]),
    ("Founded in 1990, Kestrel was bought by Orbit. At the time, it was worth $3 billion.",
     [None]),
    ("Kestrel, founded in 1990, was bought by Orbit in 2019. At the time, it was worth "
     "$3 billion.", ["2019"]),
    ("The company listed in 2019. At the time, it was worth $3 billion.", ["2019"]),
    ("Lee joined Kestrel in 2015 and left it afterwards. At the time, its sales were "
     "$3 billion.", [None]),
    ("Lee joined Kestrel in 2015 and left it thereafter. At the time, its sales were "
     "$3 billion.", [None]),
    ("케스트렐은 2015년 문을 열었고 몇 년 뒤에는 상장했다. 당시 가치는 2조원이었다.", [None]),
    ("케스트렐은 2015년 문을 열었고 몇 년 후 상장했다. 당시 가치는 2조원이었다.", [None]),
    ("케스트렐은 2015년 3월 문을 열었고 몇 달 뒤 상장했다. 당시 가치는 2조원이었다.", [None]),
    ("케스트렐은 2015년 3월 문을 열었고 몇 달 후 상장했다. 당시 가치는 2조원이었다.", [None]),
    ("케스트렐은 2015년 문을 열었고 이듬해 상장했다. 당시 가치는 2조원이었다.", [None]),
    # ... a word of its own: a word it begins names no later time
    ("케스트렐은 2015년 후반 문을 열었다. 당시 가치는 2조원이었다.", ["2015"]),
    ("케스트렐은 2015년 뒤늦게 문을 열었다. 당시 가치는 2조원이었다.", ["2015"]),
    # ... nor a sentence whose date is still to come: after publication, or led in its clause by
    # a future's or a forecast's word
    ("Orbit buys Kestrel in 2023. At the time, it pays $3 billion.", [None]),
    ("오르빗은 2023년 케스트렐을 인수한다. 당시 3조원을 낸다.", [None]),
    ("The deal is expected to close in June. At that time, Orbit will pay $3 billion.", [None]),
    ("Orbit is set to buy Kestrel in 2022. At the time, it will pay $3 billion.", [None]),
    ("오르빗은 2022년 케스트렐을 인수할 계획이다. 당시 인수가는 3조원이다.", [None]),
    ("오르빗은 2022년 하반기 공장을 지을 예정이다. 당시 투자액은 3조원이다.", [None]),
    ("오르빗은 2022년 케스트렐 주식을 팔 계획이다. 당시 매각가는 3조원이다.", [None]),
    # ... past a verb joined under the same plan, and a noun ending as a clause does
    ("오르빗은 2022년 공장을 짓고 증설할 계획이다. 당시 투자액은 3조원이다.", [None]),
    ("오르빗은 2022년 최고 실적을 낼 계획이다. 당시 매출은 3조원이다.", [None]),
    ("오르빗은 2022년 신고서 제출을 마칠 계획이다. 당시 공모액은 3조원이다.", [None]),
    # ... a plan made then is of then, its word after a noun, whatever the noun's last consonant
    ("오르빗은 2022년 케스트렐 인수 계획을 밝혔다. 당시 인수가는 3조원이었다.", ["2022"]),
    ("오르빗은 2022년 미국 진출 계획을 밝혔다. 당시 투자 규모는 3조원이었다.", ["2022"]),
    ("오르빗은 2022년 연간 매출 전망을 내놨다. 당시 매출은 3조원이었다.", ["2022"]),
    ("오르빗은 2022년 연말 예정이던 상장을 미뤘다. 당시 기업가치는 3조원이었다.", ["2022"]),
    # ... and a plan in a later clause, past a Korean clause's ending, is not the date's
    ("오르빗은 2022년 공장을 지었고 앞으로 증설할 계획이다. 당시 투자액은 3조원이었다.", ["2022"]),
    ("오르빗은 2022년 케스트렐을 인수했으며 내년 상장할 예정이다. 당시 인수가는 3조원이었다.",
     ["2022"]),
    ("Orbit said it expects to complete the deal in June. At the time, it will pay $3 billion.",
     [None]),
    ("Orbit plans to sell Kestrel, which it bought in 2019. At the time, it paid $3 billion.",
     ["2019"]),
    # it dates one amount: the first after it before a contrast's word, in English the one right
    # before it unless it opens the sentence; not a noun's time ("the finance chief at the time")
    ("Orbit bought Kestrel in 2017. Its stake was worth $3 billion at the time.", ["2017"]),
    ("케스트렐은 2017년 상장했다. 당시 시가총액은 1조원이었지만 최근 4조원까지 올랐다.",
     ["2017", "2022-12-06/2022-12-20"]),  # 최근 ... 올랐다 dates its own clause's amount
    ("케스트렐은 2017년 상장했다. 당시 1조원이던 시가총액은 4조원으로 늘었다.", ["2017", None]),
    ("케스트렐은 2017년 상장했다. 당시엔 적자였지만 최근 4조원의 이익을 냈다.", ["2022-12-06/2022-12-20"]),  # 최근 ... 냈다: the days before
    ("케스트렐은 2017년 상장했다. 당시와 비교하면 시가총액은 4조원으로 네 배다.", [None]),
    # ... the space in a comparison's words left out
    ("케스트렐은 2017년 상장했다. 매출은 당시에비해 두 배인 3조원이다.", [None]),
    ("케스트렐은 2017년 상장했다. 당시와비교해 매출은 3조원으로 두 배다.", [None]),
    ("케스트렐은 2017년 상장했다. 그 당시 시가총액은 1조원이었다.", ["2017"]),
    # ... each contrast's word ending its reach
    ("Orbit bought Kestrel in 2017. At the time, it lost money, but it makes $3 billion a year.",
     [None]),
    ("Orbit bought Kestrel in 2017. At the time, it lost money, while it makes $3 billion a "
     "year.", [None]),
    ("Orbit bought Kestrel in 2017. At the time, it lost money, whereas it makes $3 billion a "
     "year.", [None]),
    ("Orbit bought Kestrel in 2017. At the time, it lost money, although it makes $3 billion a "
     "year.", [None]),
    ("Orbit bought Kestrel in 2017. At the time, it lost money, though it makes $3 billion a "
     "year.", [None]),
    ("Orbit bought Kestrel in 2017. At the time, it lost money, yet it makes $3 billion a year.",
     [None]),
    ("Orbit bought Kestrel in 2017. At the time, it lost money, and since it has made $3 billion.",
     [None]),
    ("케스트렐은 2017년 상장했다. 당시 적자였던 반면 요즘은 3조원을 번다.", [None]),
    ("케스트렐은 2017년 상장했다. 당시 적자였지만 요즘은 3조원을 번다.", [None]),
    ("케스트렐은 2017년 상장했다. 당시 적자였고 최근 3조원의 이익을 냈다.", ["2022-12-06/2022-12-20"]),  # 최근 ... 냈다: the days before
    ("케스트렐은 2017년 상장했다. 당시 작았던 회사는 이제 3조원의 가치를 인정받는다.", [None]),
    # ... and none in a sentence that speaks of now or sets then against another time
    ("케스트렐은 2017년 상장했다. 당시 작았던 회사는 오늘 4조원의 가치를 인정받았다.", [None]),
    ("케스트렐은 2017년 상장했다. 당시 이후 시가총액은 4조원으로 늘었다.", [None]),
    ("케스트렐은 2017년 상장했다. 당시에 비해 시가총액은 4조원으로 늘었다.", [None]),
    ("Orbit bought Kestrel in 2017. At the time, it was small; it is currently worth $3 billion.",
     [None]),
    ("Orbit bought Kestrel in 2017. At the time, it was cheap compared with its $3 billion value.",
     [None]),
    ("Orbit bought Kestrel in 2017. At the time, it was cheap versus its $3 billion value.",
     [None]),
    ("Orbit bought Kestrel in 2017. At the time, it was cheap vs. its $3 billion value.",
     [None]),
    ("Orbit bought Kestrel in 2017. At the time, it was small; it grew to $3 billion since then.",
     [None]),
    ("Orbit bought Kestrel in 2017. Lee, the finance chief at the time, manages a $3 billion "
     "fund.", [None]),
    ("Orbit bought Kestrel in 2017. Its finance chief at the time, Lee, earns $3 million.",
     [None]),
    ("Orbit bought Kestrel in 2017. Lee, who runs a $3 billion fund, was its finance chief at "
     "the time.", [None]),
])
def test_at_the_time_dates_a_sentence_by_the_one_before(text, as_of):
    assert [c.as_of for c in extract(text + "\n", dt.date(2022, 12, 20))] == as_of


@pytest.mark.parametrize("sentence", [
    f"주가는 {then}{word} 3% 올랐다." for then, paired in (
        ("전날", "과"), ("어제", "와"), ("직전 분기", "와"), ("전년 동기", "와"))
    for word in (" 대비", "보다", "에 비해", "에비해", f"{paired} 비교해", " 比")
])
def test_a_time_compared_with_is_no_date(sentence):
    # every word of a comparison, as each reads it: the other term's time dates no amount
    assert [f[3] for f in date_expressions(sentence, dt.date(2024, 5, 22))] == []


@pytest.mark.parametrize("text, as_of", [
    # a close's weekday dates only the price its own clause closed at, not another clause's deed
    # (a wire's "said on Monday" is the story's day, which dates the undated amounts)
    ("Norden, which closed at $20 on Friday, said on Monday it sold a unit for $300 million.",
     ["2024-03-08", "2024-03-11"]),
    # (and a deed's own weekday, "agreed on Monday", dates its clause's amount: `_deed_weekday`)
    ("Orbit, whose shares closed down 5% on Friday, agreed on Monday to sell a unit for "
     "$300 million.", ["2024-03-08", "2024-03-11"]),
    ("Norden's shares, which closed at $20 on Friday, jumped 30% to $26 on Monday.",
     ["2024-03-08", "2024-03-11", "2024-03-11"]),
    ("Shares closed at $30 on Friday, a week before Orbit is due to pay $2 billion.",
     ["2024-03-08", None]),
    ("Norden's shares closed at $26 on Monday, up from $20 on Friday.", ["2024-03-11", None]),
    ("Wednesday's closing price was $30, and Friday's was $28.", ["2024-03-06", None]),
    # ... nor an amount compared with the close, or another deed after it
    ("The offer of $26 is below the stock's closing price of $28 on Friday.",
     [None, "2024-03-08"]),
    ("The offer of $26 is below the closing price on Friday of $28.", [None, "2024-03-08"]),
    ("The offer is 12 per cent above Norden's closing price on Friday.", [None]),
    ("Investors who bought at Monday's closing price of $30 lost $2 billion.",
     ["2024-03-11", None]),
    # ... nor another event's weekday later in the clause, or one said before the close's word
    ("Kestrel stock closed at $17 ahead of Wednesday's annual meeting.", [None]),
    ("Kestrel stock closed at $17 after the regulator ruled on Wednesday.", [None]),
    ("Kestrel stock closed at $17 before a $4 billion bond sale on Wednesday.", [None, None]),
    ("Kestrel stock closed at $17 last Wednesday.", ["2024-03-06"]),
    ("Kestrel stock closed at $17 on Monday and Orbit is selling $4 billion of notes on Friday.",
     ["2024-03-11", None]),
    ("Analysts said on Wednesday that Kestrel's closing price of $17 was too low.", [None]),
    ("Wednesday's closing price of $17 was too low, analysts said.", ["2024-03-06"]),
    ("Kestrel’s stock rose 3% from Wednesday’s closing price of $17.", [None, "2024-03-06"]),
    ("The bid is above its closing price of $17 in Chicago on Wednesday.", ["2024-03-06"]),
    # ... a time zone's or a place's time after the weekday names no name
    ("Kestrel's shares closed at $17 on Wednesday ET.", ["2024-03-06"]),
    ("Kestrel's shares closed at $17 on Wednesday Chicago time.", ["2024-03-06"]),
    # ... and a close expected is ahead
    ("Analysts expect Friday's closing price to be above $30.", [None]),
    ("Analysts expect a closing price of $30 on Friday.", [None]),
])
def test_a_close_s_weekday_dates_its_own_clause_s_price(text, as_of):
    assert [c.as_of for c in extract(text + "\n", dt.date(2024, 3, 12))] == as_of


@pytest.mark.parametrize("text, pub, as_of", [
    # a wire's report verb and its weekday near the top: the story's day, the latest of its name
    # up to publication, for the amounts the text does not date
    ("Orbit said Friday it would buy Norden for $3 billion.", "2024-12-21", ["2024-12-20"]),
    ("Orbit announced on Monday a $3 billion buyback.", "2024-12-25", ["2024-12-23"]),
    ("Orbit on Monday announced a $3 billion buyback.", "2024-12-25", ["2024-12-23"]),
    # ... the weekday opening the sentence before its subject and the report verb
    ("On Monday, Orbit announced a $3 billion buyback.", "2024-12-25", ["2024-12-23"]),
    ("On Monday, the Kestrel unit of Orbit said it sold $3 billion of bonds.", "2024-12-25",
     ["2024-12-23"]),
    ("The regulator said Wednesday it fined Kestrel $1 billion in 2016.", "2024-12-21", ["2016"]),
    # ... and "the previous day" counts back from it
    ("Orbit said Friday its shares fell to $30 the previous day.", "2024-12-21", ["2024-12-19"]),
    # ... not a verb ahead, a weekday in a name, publication's own weekday (the publication date
    # says it, as a publication date) or a publication known only to its month
    ("Orbit announced on Monday a $3 billion buyback.", "2024-12-23", [None]),
    ("The results will be announced Friday, with sales of $3 billion expected.", "2024-12-18",
     [None]),
    ("Orbit's results will be formally announced Friday. Sales are seen at $3 billion.",
     "2024-12-18", [None]),
    # ... nor a weekday that is the subject of the clause after the verb
    ("Orbit said Friday will be the last trading day of its $3 billion stock.", "2024-12-21",
     [None]),
    ("Orbit is to be reported on Friday as the buyer of a $3 billion stake.", "2024-12-18", [None]),
    ("Analysts said Friday's sales of $3 billion were weak.", "2024-12-18", [None]),
    ("Orbit said Tuesday Morning Corp. was worth $3 billion.", "2024-12-21", [None]),
    # ... nor an opening weekday whose verb is ahead or a relative clause's, or with a deed
    # between it and the saying (another clause)
    ("On Friday, the results will be announced, with sales of $3 billion.", "2024-12-18", [None]),
    ("On Friday, shares that analysts said were cheap rose to $30.", "2024-12-21", [None]),
    ("On Friday, Orbit sold $3 billion of bonds, the company said.", "2024-12-25", [None]),
    # ... nor a verb inside a time clause after the opening weekday: another day's deed
    ("On Monday, the day after Orvel announced a $3 billion buyback, its shares rose 4%.",
     "2024-09-20", [None, None]),
    ("On Thursday, a week after Orvel disclosed a $2 billion loss, its shares fell 3%.",
     "2024-09-20", [None, None]),
    ("On Wednesday, two days before Orvel reported revenue of $5 billion, its shares rose 2%.",
     "2024-09-20", [None, None]),
    ("On Tuesday, since Kestrel said it owed $2 billion, Norden has waited.", "2024-09-20",
     [None]),
    ("Orbit said Friday it would buy Norden for $3 billion.", "2024-12", [None]),
    # ... nor the day after publication's own: a page stamped in UTC a day behind its story
    ("ORBIT CITY -- Orbit said Saturday its revenue was $5 billion.", "2026-12-04", [None]),
])
def test_a_wires_reported_weekday_is_its_storys_day(text, pub, as_of):
    published = parse_period(pub) if len(pub) < 10 else dt.date.fromisoformat(pub)
    assert [c.as_of for c in extract(text + "\n", published)] == as_of


@pytest.mark.parametrize("text, as_of", [
    # a weekday said to be local time is the story's day where it happened (published on a
    # Saturday), though no report verb leads it, and a run-on sentence before it looks ahead
    ("Kestrel aims to grow abroad.Its board met Wednesday local time. It will spend 900 billion "
     "won on mills.", ["2024-12-18"]),
    ("In talks on Thursday (local time), Kestrel agreed to buy Brill for $45 million.",
     ["2024-12-19"]),
    ("Its board met Wednesday local time.It will spend 900 billion won on mills.", ["2024-12-18"]),
    # ... not one still ahead in its sentence, nor publication's own weekday
    ("Its board will meet Wednesday local time. It will spend 900 billion won on mills.", [None]),
    ("In talks on Saturday (local time), Kestrel agreed to buy Brill for $45 million.", [None]),
    # ... nor one its words set ahead, as a close's weekday is
    ("The vote is Wednesday local time. It will spend 900 billion won on mills.", [None]),
    ("The vote is set for Wednesday local time. It will spend 900 billion won on mills.", [None]),
    ("Ahead of the Wednesday local time vote, Kestrel put $45 million aside.", [None]),
    ("Kestrel put $45 million aside, and the vote is next Wednesday local time.", [None]),
    ("The vote is scheduled for Wednesday (local time). Kestrel put $45 million aside.", [None]),
])
def test_a_weekday_in_local_time_is_its_storys_day(text, as_of):
    assert [c.as_of for c in extract(text + "\n", dt.date(2024, 12, 21))] == as_of


@pytest.mark.parametrize("text, ends", [
    ("Orbit will build a plant.", True), ('Orbit said it "will build."', True),
    ("Orbit will build a plant (in Norden).", True), ("Orbit will build a plant.  \n", True),
    ("Orbit to build a plant", False), ("", False), ("  \n", False)])
def test_a_text_ends_as_a_sentence_with_a_stop_mark_and_nothing_ends_as_one(text, ends):
    assert ends_as_sentence(text) is ends


@pytest.mark.parametrize("text, as_of", [
    # a date written beside the reported weekday is the day (publication is a Monday)
    ("Orbit said Friday, Nov. 27, that it agreed to buy Norden. The deal is worth $5 billion.",
     ["2026-11-27"]),
    # ... the main clause's weekday, not a relative clause's
    ("Orbit, which said Friday it would cut 500 jobs, on Sunday reported revenue of $5 billion.",
     ["2026-12-06"]),
    ("Orbit, whose chief said Friday he would step down, on Sunday reported revenue of $5 "
     "billion.", ["2026-12-06"]),
    ("Orbit, the chipmaker that said Friday it would cut jobs, on Sunday reported revenue of $5 "
     "billion.", ["2026-12-06"]),
    ("Orbit, a maker of chips who quietly said Friday it would cut jobs, on Sunday reported "
     "revenue of $5 billion.", ["2026-12-06"]),
    # ... and only the lead's, its first five sentences: a later report is another story's
    ("Orbit has grown fast. Its market value has climbed to $900 billion.\nIt sells chips. It "
     "sells phones.\nIt has rivals.\nNorden, a smaller rival, said Friday it would cut 500 jobs.",
     [None]),
    ("ORBIT CITY — Orbit will build a plant. It will be big.\n\nIt will make chips. It will hire "
     "staff.\n\nOrbit said Friday it would invest $5 billion.", ["2026-12-04"]),
    # ... counting only sentences that end with a stop mark: a headline, a byline or a page's
    # list of other stories above the lead is no sentence of it
    ("Orbit to build a plant\nBy Dec 7, 2026\nKestrel eyes deals abroad\nHalvard in merger "
     "talks\nNorden backs a new fund\n\nOrbit will build a plant. Orbit said Friday it would "
     "invest $5 billion.", ["2026-12-04"]),
    # ... and a blank line opening the page ends no sentence before it (nothing ends as one)
    ("\nOrbit will build a plant. It will be big. It will make chips. It will hire staff. Orbit "
     "said Friday it would invest $5 billion.", ["2026-12-04"]),
    # a saying on publication's own weekday gives no date, and ends no search: a deed's day the
    # lead names after it is still that deed's
    ("Orbit said on Monday that it signed a deal on Dec. 3 to buy Kestrel. The deal is worth $2 "
     "billion.", ["2026-12-03"]),
    ("Orbit said Monday its board approved on Dec. 4 a sale of Kestrel. Kestrel is worth $2 "
     "billion.", ["2026-12-04"]),
])
def test_a_wires_reported_weekday_gives_way_to_a_written_date_and_the_lead(text, as_of):
    assert [c.as_of for c in extract(text + "\n", dt.date(2026, 12, 7))] == as_of


@pytest.mark.parametrize("text", [
    # a weekday inside a name is no day (publication is a Friday)
    "Shares of Monday.com closed up 5% at $220.",
    "Shares of Tuesday Morning closed at $1.20.",
    "The Sunday Times said Norden shares closed at $30.",
    "Norden's shares closed at $30 on Good Friday.",
    "Norden's shares closed at $30 on Super Tuesday.",
    *(f"{name}'s closing price of $30 was a record." for name in (
        "Cyber Monday", "Holy Thursday", "Easter Sunday", "Ash Wednesday", "Fat Tuesday",
        "Giving Tuesday", "Bloody Sunday", "Manic Monday", "Blue Monday",
        "Small Business Saturday")),
])
def test_a_weekday_in_a_name_dates_no_close(text):
    assert {c.as_of for c in extract(text + "\n", dt.date(2024, 3, 8))} == {None}


@pytest.mark.parametrize("text, pub", [
    # a day that is not the weekday written beside it was misread: no date
    ("Shares closed at $41.30 on Friday, May 3.", dt.date(2024, 3, 10)),
    ("On Thursday, May 10, 2024, Norden paid $3 billion.", dt.date(2024, 5, 22)),
    ("Shares closed at $41.30 on May 3, Friday.", dt.date(2024, 3, 10)),
])
def test_a_day_against_its_weekday_is_no_date(text, pub):
    assert extract(text + "\n", pub)[0].as_of is None


@pytest.mark.parametrize("text", [
    "Norden's shares closed at $30 last Friday.",
    "Norden's shares closed at $30 this past Friday.",
    "Norden's shares closed at $30 on the previous Friday.",
])
def test_last_weekday_on_that_weekday_is_the_week_before(text):
    assert extract(text + "\n", dt.date(2024, 3, 8))[0].as_of == "2024-03-01"


@pytest.mark.parametrize("text", [
    # a weekday after a date that is part of a name says nothing of the date's day
    "On June 3, Sunday.org said it raised $40 million.",
    "Sales rose to $40 million in the week to June 3, Sunday Post Group said.",
])
def test_a_weekday_in_a_name_does_not_undo_the_date_before_it(text):
    assert extract(text + "\n", dt.date(2025, 6, 10))[0].as_of == "2025-06-03"


@pytest.mark.parametrize("text", [
    # "at the time" in a sentence of now, or compared with then: today's amounts, no date
    "Orbit bought Norden in 2018. Norden is now worth $7 billion, more than twice its value at "
    "the time.",
    "오르빗은 2018년 노르덴을 샀다. 현재 노르덴의 가치는 7조원으로 당시보다 두 배 이상 늘었다.",
    "오르빗은 2018년 노르덴을 샀다. 노르덴의 가치는 당시 대비 3배인 7조원이다.",
    "Orbit listed in 2014. Its shares trade at $40, up from $12 at the time.",
    "오르빗은 2018년 노르덴을 인수했다. 당시 인수가는 3조원, 현재 가치는 7조원이다.",
    "오르빗은 2018년 노르덴을 인수했다. 당시에는 3조원이었지만 지금은 7조원이다.",
    "Orbit bought Norden in 2018.\nAt the time, Norden was worth $3 billion, and today it is worth "
    "$7 billion.",
    # ... a noun's "당시" names its own event, not the sentence before's
    "오르빗은 2021년 노르덴을 인수했다. 상장 당시 공모가는 2만원이었다.",
    # ... and of two dates before, which one it means is unsaid
    "Norden was valued at $3 billion in 2018 and at $6 billion in 2020. At the time, it had "
    "$400 million in sales.",
])
def test_at_the_time_gives_no_date_it_cannot_tell(text):
    later = text.rindex(". ") if ". " in text else text.index("\n")
    then = [c for c in extract(text + "\n", dt.date(2024, 3, 12)) if c.start > later]
    assert then and [c.as_of for c in then] == [None] * len(then)


def test_at_the_time_s_date_is_said_as_the_sentence_before_s():
    c = extract("Orbit bought Norden in 2018. At the time, Norden was worth $3 billion.\n",
                dt.date(2024, 3, 12))[0]
    assert (c.as_of, c.as_of_basis) == ("2018", "then")
    assert as_of_origin(c, "2024-03-12").startswith("its sentence names no date but points")


@pytest.mark.parametrize("text, as_of", [
    # "at the time of" an event's noun: the date an earlier sentence gives that noun in its own
    # clause, the one nearest it, past sentences naming it with no date there
    ("Orvel agreed to buy Kestrel in May last year and closed the acquisition in November.\n"
     "Kestrel was founded in 2001.\nAt the time of the acquisition, Kestrel's debt was $2 "
     "billion.", "2024-11"),
    ("카파전자는 지난해 3월 계약을 맺은 제타오디오 인수를 11월에 끝냈다. 노르덴과 함께 인수했고, "
     "2001년 세워진 제타오디오는 배터리를 만든다. 인수 시점 기준 제타오디오의 부채는 3100억원이었다.",
     "2024-11"),
    ("카파전자는 2023년 3월 제타오디오와 계약을 맺었다. 계약 당시 제타오디오의 가치는 2조원이었다.",
     "2023-03"),
    # ... the noun after a determiner, a short acronym's too
    ("Kestrel went public in an IPO in June 2021.\nAt the time of its IPO, Kestrel was valued at "
     "$3 billion.", "2021-06"),
])
def test_at_the_time_of_an_event_dates_a_sentence_by_the_earlier_one_dating_it(text, as_of):
    c = extract(text + "\n", dt.date(2025, 3, 10))[-1]
    assert (c.as_of, c.as_of_basis) == (as_of, "then")
    assert "points at" in c.as_of_from


@pytest.mark.parametrize("text", [
    # a sentence of now, or one comparing with that time, is no sentence of then
    "Orvel closed the acquisition of Kestrel in November.\nAt the time of the acquisition "
    "Kestrel was small, and it is now worth $5 billion.",
    "카파전자는 11월에 제타오디오 인수를 끝냈다. 제타오디오의 부채는 인수 시점 대비 3100억원 늘었다.",
    # ... an event still ahead gives no time
    "Orvel will complete the acquisition of Kestrel in 2026.\nAt the time of the acquisition, "
    "Kestrel's debt will be $2 billion.",
    # ... nor does a noun no earlier sentence dates
    "Orvel sold its stake in 2021.\nAt the time of the listing, Kestrel was worth $2 billion.",
    # ... nor a longer word the noun begins ("인수위원회" is no 인수, "mergers" no merger)
    "카파전자는 2021년 제타오디오와 협상을 시작했다. 2022년 3월 인수위원회가 꾸려졌다. 인수 시점 기준 "
    "제타오디오의 부채는 3100억원이었다.",
    "Orvel studied mergers in 2019.\nAt the time of the merger, Kestrel's debt was $2 billion.",
    # ... nor a word that names no event ("at the time of writing" is the writer's time, no
    # earlier sentence's)
    "Orvel started writing its own chips in 2019.\nAt the time of writing, Orvel was worth $2 "
    "billion.",
    # ... nor a sentence giving two such events two dates
    "Orvel completed its merger with Kestrel in 2020 and its merger with Norden in 2023.\nAt the "
    "time of the merger, Orvel's debt was $2 billion.",
    # ... nor a Korean word before 시점 or 당시 that names no event
    "그는 2019년 노르덴 사장에 올랐다. 사장 당시 노르덴의 매출은 2조원이었다.",
])
def test_at_the_time_of_an_event_gives_no_date_it_cannot_tell(text):
    c = extract(text + "\n", dt.date(2025, 3, 10))[-1]
    assert c.as_of_basis != "then", (c.as_of, c.as_of_from)


@pytest.mark.parametrize("text, as_of", [
    # "the day before" ending its clause, or before the story's own news, is the day before the
    # day the story tells (its news date, May 14)
    ("SEOUL, May 14 (Yonhap) -- Orvel won a $3 billion order.\nIt follows Kestrel's award of $2 "
     "billion the day before.", "2024-05-13"),
    ("Orvel said on May 14 it won a $3 billion order.\nA day before the announcement, Kestrel "
     "won $2 billion.", "2024-05-13"),
    # ... any noun of the story's news
    ("Orvel said on May 14 it signed a $3 billion deal with Norden.\nThe day before the signing, "
     "Kestrel paid $2 billion for a stake.", "2024-05-13"),
    ("Kestrel shares rose 30% on May 14 after its $1 billion IPO.\nThe day before its debut, "
     "Norden sold $2 billion of shares.", "2024-05-13"),
    ("Orvel said on May 14 a court ordered it to pay $3 billion.\nA day before the ruling, "
     "Kestrel paid $2 billion.", "2024-05-13"),
])
def test_the_day_before_the_storys_news_dates_its_sentence(text, as_of):
    c = extract(text + "\n", dt.date(2024, 5, 15))[-1]
    assert (c.as_of, c.as_of_basis) == (as_of, "sentence")


@pytest.mark.parametrize("text", [
    # ... not before another event, not a comparison's, and not where no news date tells the day
    "Orvel said on May 14 it won a $3 billion order.\nThe day before the vote, Kestrel paid $2 "
    "billion.",
    "Orvel said on May 14 it won a $3 billion order.\nKestrel shares rose to $41, up $1 from the "
    "day before.",
    "Kestrel won an award of $2 billion the day before.",
])
def test_the_day_before_another_event_or_no_story_day_dates_nothing(text):
    c = extract(text + "\n", dt.date(2024, 5, 15))[-1]
    assert c.as_of_basis != "sentence", (c.as_of, c.as_of_from)


def test_a_deal_s_earlier_date_leaves_at_the_time_s_date():
    c = extract("Orbit agreed to buy Norden on Jan. 8.\nNorden's board backed the offer on Feb. 22. "
                "At the time, Orbit agreed to pay $4 billion.\n", dt.date(2024, 3, 12))
    assert (c[0].as_of, c[0].as_of_basis) == ("2024-02-22", "then")


def test_a_close_s_weekday_is_not_the_articles_news_date():
    c = extract("Norden shares closed at $41.30 on Friday.\nOrbit will buy Norden for $2 billion.\n",
                dt.date(2024, 5, 22))
    assert [x.as_of for x in c] == ["2024-05-17", None]


def test_a_weekday_dates_no_close_when_publication_is_a_month():
    assert extract("Shares closed at $41.30 on Friday.\n", parse_period("2024-05"))[0].as_of is None


@pytest.mark.parametrize("text, pub, as_of", [
    # a weekday its words put in the past: the latest of its name before publication (a Wednesday)
    ("Tessaly Foods won a $75 million catering contract last Thursday.", dt.date(2024, 5, 22),
     "2024-05-16"),
    ("This past Monday, Quillmark raised $12 million from its backers.", dt.date(2024, 5, 22),
     "2024-05-20"),
    # ... the week before when it is publication's own
    ("Last Wednesday, the county approved a $9 million road budget.", dt.date(2024, 5, 22),
     "2024-05-15"),
    # ... in Korean too (a Friday's report); "지난주" names the week before publication's
    ("한솔물산은 지난 목요일 350억원 규모의 공장 증설 계획을 내놨다.", dt.date(2024, 5, 24), "2024-05-23"),
    ("한솔물산은 지난주 목요일 350억원 규모의 공장 증설 계획을 내놨다.", dt.date(2024, 5, 24), "2024-05-16"),
    # ... and another date of its sentence written beside it agrees
    ("한솔물산은 지난 목요일(23일) 350억원 규모의 공장 증설 계획을 내놨다.", dt.date(2024, 5, 24),
     "2024-05-23"),
])
def test_a_weekday_gone_by_dates_its_sentence(text, pub, as_of):
    assert extract(text + "\n", pub)[0].as_of == as_of


@pytest.mark.parametrize("text, pub", [
    # a span's start, one of a series: no date of the amount
    ("Quillmark's bond fund has drawn $600 million since last Friday.", dt.date(2024, 5, 22)),
    ("Tessaly pays a $1 million rent on the last Friday of each month.", dt.date(2024, 5, 22)),
    ("Tessaly pays a $1 million rent every last Friday.", dt.date(2024, 5, 22)),
    ("한솔물산의 수주 잔고는 지난 목요일보다 120억원 늘었다.", dt.date(2024, 5, 24)),
    # ... and no day when publication is known only to its month
    ("Tessaly Foods won a $75 million catering contract last Thursday.", parse_period("2024-05")),
])
def test_a_weekday_gone_by_dates_no_amount(text, pub):
    assert extract(text + "\n", pub)[0].as_of is None


@pytest.mark.parametrize("words", ["by", "through", "until", "from", "after", "compared with",
                                   "as of"])
def test_a_weekday_gone_by_after_a_span_or_comparison_word_reads_as_its_date_written_whole(words):
    # one rule for a deadline, a span's end and a comparison's base, whatever names the day
    pub = dt.date(2024, 5, 22)
    weekday, named = (extract(f"Vellum Air has repaid $250 million {words} {day}, it said.\n", pub)
                      for day in ("last Friday", "May 17, 2024"))
    assert [c.as_of for c in weekday] == [c.as_of for c in named]


def test_a_close_s_weekday_gone_by_dates_only_the_close():
    # a close's rule reads it: another clause's amount is another deed's
    c = extract("Vellum Air, which closed at $8 last Friday, has ordered ten jets for $900 million.\n",
                dt.date(2024, 5, 22))
    assert [x.as_of for x in c] == ["2024-05-17", None]


def test_a_weekday_gone_by_is_not_the_articles_news_date():
    # a step before the story's news ("filed last Tuesday", in a report of a later hearing)
    c = extract("Quillmark filed its expansion plan last Tuesday.\nThe plan costs $5 million.\n",
                dt.date(2024, 5, 22))
    assert c[0].as_of is None


@pytest.mark.parametrize("text, as_of", [
    # an amount's own clause dates it by the date written after it there, not by an earlier
    # clause's: the offering's price is of the offering's day, not of the debut's
    ("Kestrel shares rose on Friday (May 10) to $48, 20% above its $40 price in its offering on "
     "May 9.", ["2024-05-10", "2024-05-09"]),
    ("카파전자 주가는 14일 4만8000원으로 올랐고, 공모가 4만원은 13일 확정됐다.",
     ["2024-05-14", "2024-05-13"]),
    ("The fund, launched in 2019, had $4 billion in assets at the end of March.", ["2024-03"]),
    # ... past an "-ed" word modifying a noun (no participle of a clause of its own)
    ("Kestrel shares rose on Friday (May 10) to $48, 20% above its $40 price in its delayed "
     "offering on May 9.", ["2024-05-10", "2024-05-09"]),
    # ... but a date opening the sentence frames every clause after it
    ("In 2023, Orvel paid $2 billion for shares of its offer in 2021.", ["2023"]),
    # ... a date after a clause's own subject is that clause's verb's ("the unit it bought")
    ("Orvel sold its stake on May 8 for $40 million, a price above the $30 million valuation "
     "of the unit it bought in 2019.", ["2024-05-08", "2024-05-08"]),
    # ... and a second object of one verb, its determiner after "and", has its own time: the
    # date before the joint is the first object's
    ("Orvel signed a supply deal with Norden last year and a supply contract worth $2.5 billion "
     "with Kestrel in March this year.", ["2024-03"]),
    ("Orvel signed a supply deal with Norden last year and an order worth $2.5 billion with "
     "Kestrel in March.", ["2024-03"]),
    # ... no joint, no second object: one deed and its one time, written before the amount
    ("Orvel signed a supply deal last year with Norden and Kestrel worth $2.5 billion in March.",
     ["2023"]),
    # ... a joint not right after the date: the date, opening the sentence in more than one
    # word or written after its subject, frames both clauses, not a later date of the second's
    ("In fiscal 2023 Orvel raised $1 billion and the company repaid a $400 million loan from "
     "2019.", ["2023", "2023"]),
    ("In the three months to June Orvel earned $1 billion and the company paid a $400 million "
     "dividend as in 2019.", ["2023-06", "2023-06"]),
    ("For the year to March 2023 Orvel earned $1 billion and the company paid a $400 million "
     "dividend at its rate of 2019.", ["2023-03", "2023-03"]),
    ("In the first quarter of 2023 Orvel raised $1 billion and the company repaid a $400 million "
     "loan from 2019.", ["2023-03", "2023-03"]),
    ("The company in 2023 earned $1 billion and the board paid a $400 million dividend as in "
     "2019.", ["2023", "2023"]),
])
def test_an_amounts_own_clause_dates_it_over_an_earlier_clauses_date(text, as_of):
    money = [c for c in extract(text + "\n", dt.date(2024, 5, 22)) if c.currency]
    assert [c.as_of for c in money] == as_of


@pytest.mark.parametrize("text, not_as_of", [
    # ... not a date after a participle of its own after the amount ("signed in", "due in"): the
    # participle's, not the amount's
    ("The lawsuit, filed in 2020, seeks damages of $2 billion over a contract signed in 2018.",
     "2018"),
    ("Orvel, founded in 1990, sold $900 million of bonds due in 2030.", "2030"),
    # ... nor a date after publication
    ("Orvel, founded in 1990, sold $900 million of bonds in 2025.", "2025"),
])
def test_an_amounts_own_clause_gives_no_participles_nor_later_date(text, not_as_of):
    money = [c for c in extract(text + "\n", dt.date(2024, 5, 22)) if c.currency]
    assert money and money[0].as_of != not_as_of, money[0].as_of_from


@pytest.mark.parametrize("text, as_of", [
    # a weekday right after a deed its clause tells in the simple past is the deed's day: the
    # latest of its name up to publication (a Wednesday), publication's own included
    ("Orvel committed $4 billion Monday to its new plant.", "2024-05-20"),
    ("Kestrel signed the $2 billion deal on Friday.", "2024-05-17"),
    ("Norden sold $3 billion of bonds Wednesday.", "2024-05-22"),
    ("Orvel, the chipmaker, agreed on Monday to sell a unit for $300 million.", "2024-05-20"),
    # ... past "to" as a preposition before a name ("sold Kestrel to Norden"), not an infinitive's
    ("Orvel sold Kestrel to Norden for $1.5 billion Monday.", "2024-05-20"),
    ("Kestrel sold its unit to the fund for $900 million on Tuesday.", "2024-05-21"),
])
def test_a_weekday_after_a_deed_done_dates_its_amount(text, as_of):
    c = extract(text + "\n", dt.date(2024, 5, 22))[0]
    assert (c.as_of, c.as_of_basis) == (as_of, "sentence")


@pytest.mark.parametrize("text", [
    # a deed still ahead, or not the clause's past, leaves the weekday unread
    "The $2 billion deal will be signed on Friday.",
    "Orvel agreed to pay $2 billion on Friday.",
    "Kestrel is expected to close the $2 billion deal Friday.",
    "The vote on the $2 billion deal was scheduled for Friday.",
    "Norden raised $2 billion, and its board meets Friday.",
    "Orvel paid $2 billion ahead of Friday's vote.",
    "Kestrel bought $2 billion of shares in Good Friday trading.",
    "The $2 billion bond is priced Friday.",
    # ... and a report's verb dates the saying, not the deed (the news date's rule reads it)
    "Norden's plan, announced Tuesday, costs $2 billion.",
    # ... nor an "-ed" word modifying a noun: after a determiner or a possessive, or before a
    # lowercase noun; nor a past verb with a present verb or a clause's subject after it
    "The proposed $4 billion deal faces a shareholder vote Friday.",
    "Orvel's combined $6 billion proposal gets a hearing Friday.",
    "Orvel's delayed $1 billion bond sale prices Friday.",
    "Orvel cited delayed payments of $2 billion Friday.",
    "Norden signed the $2 billion deal and faces a vote Friday.",
    "Kestrel added $2 billion for a plan it presents Friday.",
])
def test_a_weekday_no_deed_done_leads_dates_no_amount(text):
    c = extract(text + "\n", dt.date(2024, 5, 22))[0]
    assert c.as_of_basis != "sentence", (c.as_of, c.as_of_from)


@pytest.mark.parametrize("text, pub, as_of", [
    # a day named with its month: that day, of the year nearest publication
    ("On May 14, Hanbit said it would buy Norden for $1.8 billion.", dt.date(2025, 5, 15),
     "2025-05-14"),
    ("The board approved the $600 million buyback on Dec. 28.", dt.date(2017, 1, 3), "2016-12-28"),
    ("The fund of $400 million closed on 2 April.", dt.date(2021, 4, 5), "2021-04-02"),
    # ... not a name's number ("5G"), but a day's ordinal is the day
    ("In May 5G subscribers paid $3 billion.", dt.date(2024, 5, 22), "2024-05"),
    ("On May 1st, Orbit paid $3 billion.", dt.date(2024, 5, 22), "2024-05-01"),
    # a deadline weeks ahead is this year's, still ahead, and dates no planned sum
    ("It must sell the $400 million unit by Aug. 2.", dt.date(2021, 7, 13), None),
])
def test_a_day_named_with_its_month_and_no_year_is_that_day(text, pub, as_of):
    assert extract(text + "\n", pub)[0].as_of == as_of


@pytest.mark.parametrize("text, pub, as_of", [
    # a day without its year is the past one, not the nearest: "Its Nov. 15 payment" in July
    ("Its Nov. 15 payment of $3 billion was the largest ever.", dt.date(2024, 7, 10),
     "2023-11-15"),
    # ... unless a deadline's word leads it: the next one, a deadline ahead, dates no sum
    ("The company must repay $3 billion by March 31.", dt.date(2024, 5, 22), None),
    # ... or a future's word follows it, when its past day is older than the news
    ("On Jan. 5, the company will pay $3 billion.", dt.date(2024, 12, 20), None),
    ("On May 14, Orbit said it will buy Norden for $1.8 billion.", dt.date(2025, 5, 15),
     "2025-05-14"),
    # ... and "last year" right after it is its year
    ("The company paid $3 billion on Dec. 28 last year.", dt.date(2024, 12, 30), "2023-12-28"),
    ("The company paid $3 billion on Jan. 3 last year.", dt.date(2024, 1, 5), "2023-01-03"),
])
def test_a_day_without_its_year_is_the_past_one_unless_said_ahead(text, pub, as_of):
    assert extract(text + "\n", pub)[0].as_of == as_of



@pytest.mark.parametrize("text, published, as_of", [
    # published in 2024, day unknown: a day without its year is that year's, not the next
    # year's one its last day would make of it
    ("The company paid $3 billion on Jan. 5.", "2024", "2024-01-05"),
    ("The company paid $3 billion on Dec. 20.", "2024", "2024-12-20"),
    # a day of the month with no month names no more than the year
    ("회사는 15일 30억 달러를 지급했다.", "2024", "2024"),
    ("회사는 지난달 30억 달러를 지급했다.", "2024", "2024"),
    # published in a month: a day of the month alone is that month's ...
    ("회사는 15일 30억 달러를 지급했다.", "2024-03", "2024-03-15"),
    ("회사는 오는 5일 30억 달러를 지급한다.", "2024-03", "2024-03-05"),
    # ... a day named with its month and no year, that year's
    ("The company paid $3 billion on Jan. 5.", "2024-12", "2024-01-05"),
    # what every day of the span gives alike stands
    ("The company paid $3 billion on Dec. 20.", "2024-03", "2023-12-20"),
    ("The company earned $3 billion last year.", "2024", "2023"),
])
def test_a_publication_known_to_a_month_or_a_year_places_days_within_it(text, published,
                                                                         as_of):
    assert extract(text + "\n", parse_period(published))[0].as_of == as_of


def test_a_year_of_publication_makes_no_day_the_news_date_and_a_month_does():
    text = "On May 14, Orbit said it bought Norden for $1.8 billion.\nOrbit paid $20 million.\n"
    assert extract(text, parse_period("2024"))[1].as_of is None
    assert extract(text, parse_period("2024-05"))[1].as_of == "2024-05-14"


def test_extract_published_as_a_year_gives_no_day_of_the_next_year(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The company paid $3 billion on Jan. 5.\n", encoding="utf-8")
    r = run("extract", path, "--published", "2024", "--json")
    assert r.exit_code == 0, r.output
    assert [json.loads(line)["as_of"] for line in r.stdout.splitlines()] == ["2024-01-05"]
    assert [c.as_of for c in extract_figures("The company paid $3 billion on Jan. 5.\n",
                                             "2024")] == ["2024-01-05"]


@pytest.mark.parametrize("text, pub, as_of", [
    # a deadline a past's word leads is one met or missed: the latest up to publication,
    # which dates the sum
    ("The company had repaid $3 billion by March 31.", dt.date(2024, 6, 15), "2024-03-31"),
    ("By March 31, the company had repaid $3 billion.", dt.date(2024, 6, 15), "2024-03-31"),
    ("The company had quickly repaid $3 billion by March 31.", dt.date(2024, 6, 15), "2024-03-31"),
    ("The $3 billion loan was due by March 31.", dt.date(2024, 6, 15), "2024-03-31"),
    ("The company had repaid $3 billion by the end of March.", dt.date(2024, 2, 10), "2023-03"),
    ("The $3 billion deal was due to be signed by March.", dt.date(2024, 4, 10), "2024-03"),
    # ... unless the deed was then still to do: a deadline ahead, which dates no sum
    ("It was required to sell the unit for $3 billion by Aug. 2.", dt.date(2021, 7, 13), None),
    # a month a deadline's or a future's word leads is the coming one, ahead: no sum's date
    ("The company will pay $3 billion by the end of March.", dt.date(2024, 2, 10), None),
    ("The company will pay $3 billion in March.", dt.date(2024, 2, 10), None),
])
def test_a_deadline_is_the_past_day_when_said_met_and_the_coming_one_otherwise(text, pub,
                                                                                as_of):
    assert extract(text + "\n", pub)[0].as_of == as_of


@pytest.mark.parametrize("text, pub, date", [
    ("The company will pay $3 billion by the end of March.", dt.date(2024, 2, 10), "2024-03"),
    ("The company will pay $3 billion by the end of January.", dt.date(2024, 2, 10), "2025-01"),
    ("A $3 billion payment is due by June 30.", dt.date(2024, 6, 15), "2024-06-30"),
    ("The company had repaid $3 billion by Feb. 5.", dt.date(2024, 2, 10), "2024-02-05"),
])
def test_a_deadline_ahead_is_the_coming_one(text, pub, date):
    assert [f[2] for f in date_expressions(text, pub)] == [date]


@pytest.mark.parametrize("text, as_of", [
    ("회사는 2014년 A사를, 지난해엔 B사를 각 25억 달러와 75억 달러에 인수했다.", ["2014", "2021"]),
    ("It bought A in 2014 and B last year for $2.5 billion and $7.5 billion, respectively.",
     ["2014", "2021"]),
    # no pairing word ("각국" is no "각"), or not as many dates as amounts: each amount its
    # nearest date
    ("각국은 2014년과 지난해 25억 달러와 75억 달러를 냈다.", ["2021", "2021"]),
    ("It bought A, B and C in 2014 and last year for $1 billion, $2.5 billion and $7.5 billion, "
     "respectively.", ["2021", "2021", "2021"]),
])
def test_a_word_that_pairs_dates_and_amounts_gives_each_its_own(text, as_of):
    assert [c.as_of for c in extract(text + "\n", dt.date(2022, 1, 19))] == as_of


def test_a_future_word_leaves_a_day_of_the_news_in_the_past():
    # "expected to" is the forecast's; the start of the change is the news's May 14, and "by"
    # makes a deadline only right before its date
    c = extract("The market is expected to grow to $300 billion by 2030 from $100 billion on "
                "May 14.\n", dt.date(2024, 5, 22))
    assert [x.as_of for x in c] == ["2030", "2024-05-14"]


def test_a_wire_datelines_day_is_the_news_date_not_the_sentences_date_for_its_amounts():
    text = ("SEOUL, April 13 (Newswire) -- The top court on Thursday upheld a fine of 1 trillion "
            "won ($760 million) imposed in 2016 on Orbit.\nOrbit paid $20 million in costs.\n")
    c = extract(text, dt.date(2023, 4, 13))
    assert [x.as_of for x in c] == ["2016", "2016", "2023-04-13"]
    assert c[2].as_of_basis == "article"


@pytest.mark.parametrize("text, as_of", [
    # a Reuters dateline: a hyphen between spaces, cities joined by a slash
    ("NEW YORK, May 14 (Reuters) - A $3 billion fine imposed in 2016 was upheld.", "2016"),
    ("SAN FRANCISCO/SEOUL, May 14 (Reuters) - A $3 billion fine imposed in 2016 was upheld.",
     "2016"),
    # a country after the city (AP), a release wire between slashes, a dash with no space
    ("SEOUL, South Korea, May 14 (AP) — A $3 billion fine imposed in 2016 was upheld.", "2016"),
    ("SEOUL, May 14, 2024 /PRNewswire/ -- A $3 billion fine imposed in 2016 was upheld.",
     "2016"),
    ("SEOUL, May 14 (Reuters)-A $3 billion fine imposed in 2016 was upheld.", "2016"),
    # a city in small letters with its day and agency, or its day and a colon
    ("Seoul, May 14, 2024 (Newswire) - A $3 billion fine imposed in 2016 was upheld.", "2016"),
    ("Busan, May 14: A $3 billion fine imposed in 2016 was upheld.", "2016"),
    # ... but a city in prose is no dateline: its day is the sentence's
    ("In Seoul, May 14 — the day of the verdict — shares worth $2 billion fell.", "2024-05-14"),
])
def test_a_wire_dateline_in_capitals_with_any_dash_is_not_the_sentences_date(text, as_of):
    c = extract(text + "\n", dt.date(2024, 5, 22))[0]
    assert (c.as_of, c.as_of_basis) == (as_of, "sentence")


@pytest.mark.parametrize("text, as_of", [
    # a dateline's day far from the publication date is no news date: it still dates its story
    ("Kestrel, March 4 (Reuters) - Orbit paid $2 billion for it.", "2024-03-04"),
    ("Seoul, March 4, 2023 (Yonhap) - Orbit paid $2 billion.", "2023-03-04"),
    ("SEOUL, March 4 (Yonhap) - Orbit paid $2 billion.", "2024-03-04"),
    # ... the sentence's own date first
    ("SEOUL, March 4 (Yonhap) - Orbit paid $2 billion in 2019.", "2019"),
    # a timeline's weekday is no dateline's city: its day dates the line
    ("Monday, March 4: Orbit agrees to buy Kestrel for $2 billion.", "2024-03-04"),
])
def test_a_datelines_day_that_is_not_the_news_date_dates_its_sentence(text, as_of):
    c = extract("Orbit's deal\n" + text + "\n", dt.date(2024, 5, 14))[0]
    assert (c.as_of, c.as_of_basis) == (as_of, "sentence")


def test_a_period_right_after_its_amount_dates_it_over_an_earlier_date():
    # "$62 million for the first half": the period the amount is of, though the sentence opens
    # with another's quarter; without "for" the nearest date before it still dates it
    pub = dt.date(2025, 8, 3)
    c = extract("During the first quarter, Kestrel earned $35 million, then $62 million for the "
                "first half of the year.\n", pub)
    assert [x.as_of for x in c] == ["2025-03", "2025-06"]
    c = extract("In 2023, Orbit lost $2 billion, and $1 billion in the next year.\n", pub)
    assert [x.as_of for x in c] == ["2023", "2023"]


@pytest.mark.parametrize("text, as_of", [
    # a period after publication is a plan's target: the plan's amount is as stated then
    ("In March, Kestrel set aside $8 million for 2027.", "2025-03"),
    ("In March, Kestrel budgeted $8 million for the second half.", "2025-03"),
    # ... one gone by is the amount's own
    ("In March, Kestrel reported sales of $8 million for 2024.", "2024"),
])
def test_a_period_for_ahead_of_publication_does_not_date_its_amount(text, as_of):
    assert extract(text + "\n", dt.date(2025, 5, 10))[0].as_of == as_of


def test_a_forecasts_year_right_after_its_level_dates_it_over_an_earlier_date():
    # "reach X by 2030" is the level of 2030, though the sentence opens with the news's day;
    # a planned sum's deadline is still no date ("invest $5 billion by 2030")
    pub = dt.date(2025, 5, 15)
    c = extract("On May 14, Orbit said it would buy Norden for $1.8 billion, entering a market "
                "projected to reach $400 billion by 2030.\n", pub)
    assert [x.as_of for x in c] == ["2025-05-14", "2030"]
    assert extract("On May 14, Orbit pledged to invest $5 billion by 2030.\n",
                   pub)[0].as_of == "2025-05-14"
    # a deadline ahead is dropped before this rule reads it; a past one is the level's date
    assert extract("On May 14, the firm said it must raise $3 billion by March 31.\n",
                   pub)[0].as_of == "2025-05-14"
    assert extract("On May 14, the ministry said exports reached $300 billion by 2023.\n",
                   pub)[0].as_of == "2023"


def test_a_quotation_closed_after_its_full_stop_ends_the_sentence():
    # 'robotics.” Orbit vowed ...' opens a new sentence: the year of the one before is not its
    text = ("In 2017, Alpha sold it to Beta, which had a “vision of smart robotics.” Orbit vowed "
            "to invest up to $1.4 billion in robotics by 2025.\n")
    c = extract(text, dt.date(2020, 12, 10))
    assert c[0].sentence.startswith("Orbit vowed") and c[0].as_of is None
    # ... not an abbreviation's period before a closing mark ("the U.S.’ Orbit")
    c = extract("In 2017, shares of the U.S.’ Orbit rose after it invested $3 billion.\n",
                dt.date(2020, 12, 10))
    assert c[0].as_of == "2017"


def test_a_pictures_caption_does_not_give_the_articles_news_date():
    # a saved page's photo and its caption repeated under it date the photograph, not the news
    text = ("Orbit to buy Norden\n"
            "![A flag waves in front of Orbit's offices on April 30. [Photo]](https://x.test/1.jpg)\n"
            "A flag waves in front of Orbit's offices on April 30. [Photo]\n"
            "Orbit will buy Norden for $1.7 billion, it said on May 12.\n"
            "Norden had sales of $700 million.\n")
    c = extract(text, dt.date(2025, 5, 14))
    assert (c[-1].as_of, c[-1].as_of_basis) == ("2025-05-12", "article")


def _offer_story(line):
    return ("Orbit raises its offer for Norden\n"
            "Orbit raised its offer Friday to 1.2 trillion won, it said in a filing.\n"
            + line + "\nOrbit will spend its own 500 billion won on the offer.\n")


@pytest.mark.parametrize("line", [
    "In this file photo, Orbit's chairman speaks in Seoul on Sept. 23, 2024. (Newswire)",
    "This photo provided by Orbit shows its chairman in Seoul on Sept. 23, 2024.",
])
def test_a_wire_caption_on_a_line_of_its_own_does_not_give_the_news_date(line):
    # "In this file photo, ..." dates the photograph; the page's own day is the news
    c = extract(_offer_story(line), dt.date(2024, 10, 4))
    assert c[-1].as_of_basis != "article" and (c[-1].as_of or "2024-10-04") == "2024-10-04"


@pytest.mark.parametrize("line", [
    "This photo-sharing app maker Orbit said on Sept. 19, 2024 it would buy Norden.",
    "File photo sharing service Orbit said on Sept. 19, 2024 it would buy Norden.",
    "In this photo-finish year, Orbit said on Sept. 19, 2024 it would buy Norden.",
])
def test_a_caption_openers_words_running_on_into_prose_still_give_the_news_date(line):
    # a hyphen or another word after "photo": a sentence of the story, its date the news date
    c = extract(_offer_story(line), dt.date(2024, 10, 4))
    assert (c[-1].as_of, c[-1].as_of_basis) == ("2024-09-19", "article")


@pytest.mark.parametrize("text, pub, as_of", [
    # the line after a picture is its caption only when it repeats the whole alt text
    ("![삼성전자](x.jpg)\n삼성전자는 12일 30억 달러를 지급했다고 밝혔다.\n회사는 현금 2조원을 보유했다.\n",
     dt.date(2024, 5, 14), "2024-05-12"),
    ("![S](x.jpg)\nSEOUL, May 12 (Newswire) -- Orbit said it paid $3 billion.\n"
     "Orbit holds $2 billion in cash.\n", dt.date(2024, 5, 14), "2024-05-12"),
])
def test_a_line_after_a_picture_that_does_not_repeat_its_alt_text_is_no_caption(text, pub, as_of):
    assert extract(text, pub)[-1].as_of == as_of


def test_a_quote_leaves_out_a_byline_and_a_bullet_but_never_the_amounts_sign():
    from currency.text.extract import quote_for
    text = ("[서울=뉴시스] 김기자 = 한빛이 687억 달러에 인수한다.\n▲ 한빛은 3천500억 달러를 말했다.\n"
            "영업손익은 △5억 원이었다.\n")
    quotes = [quote_for(text, c) for c in extract(text, PUB)]
    assert quotes == ["한빛이 687억 달러에 인수한다.", "한빛은 3천500억 달러를 말했다.",
                      "영업손익은 △5억 원이었다."]


def test_a_headlines_rounded_down_bare_amount_takes_the_currency_of_what_it_rounds():
    text = ("한빛제철···8조 투자, 제철소 건설\n한빛제철이 미국에 58억달러(약 8조5127억원)를 투자한다.\n"
            "공개 매수는 주당 15만 원에 총 833만 3641주다. 다른 회사는 3조를 말했다.\n")
    c = {c.amount.span: c for c in extract(text, dt.date(2025, 3, 25))}
    assert c["8조"].currency == "KRW" and "약 8조5127억원" in c["8조"].currency_from
    assert c["8조"].confidence == "high"
    assert c["833만"].currency is None           # a share count goes on: 833만 3641주
    assert c["3조"].currency is None             # nothing the text states is 3조-odd


@pytest.mark.parametrize("text, span", [
    ("Orvel raised $75 million last year. It will now sell 75 million new class B shares.",
     "75 million"),
    ("Kestrel's float brought in $40 million from 55 million shares: 40 million ordinary "
     "voting shares sold by Kestrel, the rest by its founders.", "40 million"),
    ("Orvel paid a $100 million dividend and will issue 100 million additional common shares.",
     "100 million"),
    ("오르벨은 약 1억5000만 달러를 모았다. 회사는 1억 보통주를 새로 발행한다.", "1억"),
])
def test_a_count_of_shares_of_a_named_kind_takes_no_currency(text, span):
    # a few words of the shares' kind between the number and "shares": still a count
    assert by_span(extract(text, PUB), span).currency is None


def test_money_paid_for_shares_of_a_named_kind_is_still_money():
    text = "Orvel sold $100 million of new preferred shares, and 20 million shares to holders."
    assert by_span(extract(text, PUB), "$100 million").currency == "USD"
    assert by_span(extract(text, PUB), "20 million").currency is None


@pytest.mark.parametrize("text, span", [
    ("Norden seeks up to $2.4 billion from selling its port unit.\n"
     "A further 150 million may follow next year.", "150 million"),
    ("Orvel raised more than $300 million.\nIt now plans 400 million more.", "400 million"),
])
def test_a_bare_number_is_no_rounding_of_an_amount_bounded_on_one_side(text, span):
    # "up to $2.4 billion" spans every value under it, yet states $2.4 billion: a bare
    # 150 million is not what it rounds to
    assert by_span(extract(text, PUB), span).currency is None


def test_a_headline_still_rounds_an_amount_bounded_on_one_side():
    text = "한빛제철, 8조 투자\n한빛제철이 미국에 최대 8조5127억원을 투자한다.\n"
    c = by_span(extract(text, PUB), "8조")
    assert c.currency == "KRW" and "8조5127억원" in c.currency_from


def test_date_forms_come_from_each_language_in_the_order_of_their_kinds(monkeypatch):
    """The date forms are data per language; merged, a full date is tried before its month and
    its year (so a sentence's nearest date is the most precise one at its place)."""
    import currency.lang as L
    from currency.lang import en, ko
    from currency.text.dating import suggest_as_of
    kinds = [k for k, _ in L.date_forms()]
    assert kinds == sorted(kinds, key=L.DATE_KINDS.index) and {"ymd", "month_name"} <= set(kinds)
    assert suggest_as_of("On 2024년 3월 5일 it paid 10억 달러.", 25, None) == \
        ("2024-03-05", "2024년 3월 5일")
    assert suggest_as_of("In March it paid $1 billion.", 20, dt.date(2024, 6, 1)) == \
        ("2024-03", "March")
    monkeypatch.setattr(ko, "DATE_FORMS", ko.DATE_FORMS + (("fortnight", r"보름"),))
    with pytest.raises(ValueError, match="fortnight"):
        L.date_forms()
    assert en.MONTH_NAMES[2] == "March"


def test_a_month_of_a_dated_year_month_is_not_read_again_as_this_years_month():
    # "3월에" overlaps "2026년 3월": one place, one date (not March of the publication year).
    c = extract("인수를 마친 2026년 3월에 잔금 30억 달러를 지급했다.\n", dt.date(2027, 5, 4))
    assert c[0].as_of == "2026-03"
    c = extract("2019년 12월 말 기준 부채는 4천억원이었다.\n", dt.date(2021, 6, 1))
    assert c[0].as_of == "2019-12"


def test_an_abbreviations_period_before_a_lower_case_word_does_not_end_the_sentence():
    # "Inc. for": the year before the company's name dates the amount after it.
    text = ("It recalled a deal in 2017 to buy Orbit Audio Inc. for $3 billion as the U.S. "
            "market grew.  Later it paid $5 million.\n")
    c = extract(text, dt.date(2021, 6, 1))
    assert c[0].sentence.startswith("It recalled") and c[0].as_of == "2017"
    assert c[1].sentence == "Later it paid $5 million."


def test_a_korean_date_between_two_amounts_is_the_later_ones():
    # Korean writes a date before what it dates: 2000년 opens the clause of 1720억 달러.
    text = ("인수금액이 예상대로 500억 달러에 이르면 이는 지난 2000년 한빛이 누리를 700억 달러에 "
            "산 이후 최대다.\n")
    c = {c.amount.span: c.as_of for c in extract(text, dt.date(2013, 9, 2))}
    assert (c["500억 달러"], c["700억 달러"]) == (None, "2000")     # None: the publication date
    # past a particle only, the date after an amount is still its own
    c = extract("한빛은 5000억원을 2027년에 지급하고, 잔금 2000억원은 나중에 낸다.\n", dt.date(2024, 5, 2))
    assert c[0].as_of == "2027"
    # English writes the date after its amount, before the next one
    text = ("About 60% of its $7.0 billion of sales in the year ended March 31, 2016 came from "
            "cars, and its backlog was $20 billion.\n")
    c = extract(text, dt.date(2016, 11, 14))
    assert c[0].as_of == "2016-03-31"


def test_a_year_after_since_does_not_date_the_amount_before_it():
    day = dt.date(2024, 5, 14)
    text = ("Tallow ended its first day worth more than $9bn, the largest listing since Brill's "
            "debut in 2015.\n")
    assert extract(text, day)[0].as_of != "2015"
    text = "Brill raised $2bn in its listing in 2015, the largest since 2010.\n"
    assert extract(text, day)[0].as_of == "2015"


@pytest.mark.parametrize("text, as_of", [
    # a ranking's other amount, after "after": the date after it is that amount's
    ("Orbit raised $3 billion in its listing, the biggest on record after Kestrel raised "
     "$2 billion in 2022.", ["2024-05-14", "2022"]),
    ("Orbit buys Kestrel in $3 billion deal Second biggest deal after Brill's $6 billion "
     "takeover of Vela in 2015", ["2024-05-14", "2015"]),
    # ... but a list's date dates all of it, and a date before the word stays its amount's
    ("Orbit earned $5 billion and Kestrel $1 billion in 2019.", ["2019", "2019"]),
    ("Orbit raised $5 billion in 2023, the biggest after the $4 billion of 2019.", ["2023", "2019"]),
    # a comparison's other amount, or "after" alone, is no ranking: the date dates both
    ("Orbit raised $3 billion, more than double the $1.2 billion it sought, in March 2023.",
     ["2023-03", "2023-03"]),
    ("Orbit posted sales of $5 billion, versus $4.8 billion expected by analysts, for the quarter "
     "ended March 31.", ["2024-03-31", "2024-03-31"]),
    ("Orbit had $5 billion in cash after paying $2 billion for Kestrel in March 2023.",
     ["2023-03", "2023-03"]),
    ("Orbit booked revenue of $5 billion after a $2 billion writedown in the first quarter of 2024.",
     ["2024-03", "2024-03"]),
    ("Orbit raised $2 billion after selling $1 billion of bonds on May 2.",
     ["2024-05-02", "2024-05-02"]),
    # an ordinal names a period or a round as often as a rank
    ("Orbit earned $3 billion in the second half after a $1 billion loss in the first half of "
     "2023.", ["2023-06", "2023-06"]),
    ("Orbit raised $2 billion in a second round after raising $1 billion in March 2023.",
     ["2023-03", "2023-03"]),
])
def test_a_date_after_a_rankings_other_amount_does_not_date_the_first(text, as_of):
    c = extract("SEOUL, May 14 (Newswire) - Orbit said it.\n" + text + "\n", dt.date(2024, 5, 14))
    assert [x.as_of for x in c] == as_of


def test_a_day_of_last_month_is_read_in_last_month():
    # "지난달 11일" on 2024-05-14 is 11 April, not 11 May
    text = "주가는 지난달 11일 시초가 63.5달러보다 30% 낮다.\n"
    assert extract(text, dt.date(2024, 5, 14))[0].as_of == "2024-04-11"


@pytest.mark.parametrize("text, as_of", [
    # "다음 달 4일" on 2024-09-13 is 4 October, never 4 September, a day gone by; a deadline
    # that far ahead dates nothing, and the amount is of its news day
    ("카파전자는 이날부터 다음 달 4일까지 주당 6만원에 공개매수를 진행한다.\n", "2024-09-13"),
    ("카파전자는 다음 달 4일 주당 6만원에 상장한다.\n", "2024-10-04"),
    ("카파전자는 내달 4일 주당 6만원에 상장한다.\n", "2024-10-04"),
])
def test_a_day_of_next_month_is_read_in_next_month(text, as_of):
    lead = "서울, 9월 13일 - 카파전자가 공시했다.\n"
    assert extract(lead + text, dt.date(2024, 9, 13))[0].as_of == as_of


@pytest.mark.parametrize("text, as_of", [
    # a sentence that names a month before "다음 달 4일" may mean the month after that one: the
    # day is not read from publication's month, and the month named dates the amount
    ("카파전자는 2023년 5월 상장했고 다음 달 4일 주당 6만원에 유상증자를 마쳤다.\n", "2023-05"),
    ("카파전자는 5월 초 상장했고 다음 달 4일 주당 6만원에 유상증자를 마쳤다.\n", "2024-05"),
    # ... a month named relative to publication ("지난달") leaves it publication's next month
    ("카파전자는 지난달 상장했고 다음 달 4일 주당 6만원에 유상증자를 한다.\n", "2024-10-04"),
])
def test_a_day_of_next_month_after_a_month_its_sentence_names_is_not_read(text, as_of):
    lead = "서울, 9월 13일 - 카파전자가 공시했다.\n"
    assert extract(lead + text, dt.date(2024, 9, 13))[0].as_of == as_of


def test_a_day_of_next_month_past_its_months_last_day_names_no_day():
    # "다음 달 31일" of an August article is 31 September, no day: the bare "31일" is not read
    assert extract("한빛은 다음 달 31일 2조원을 받는다.\n", dt.date(2024, 8, 14))[0].as_of is None


def test_a_bare_day_just_after_publication_is_this_months_and_one_weeks_back_last_months():
    pub = dt.date(2022, 1, 14)
    # "18일 청약" four days ahead; "29일" fifteen days ahead is no nearer than last month's
    assert extract("한빛은 18일 청약에서 2조원을 모은다.\n", pub)[0].as_of == "2022-01-18"
    assert extract("한빛은 29일 2조원을 받았다.\n", pub)[0].as_of == "2021-12-29"
    # "지난 18일" is past whatever the distance
    assert extract("한빛은 지난 18일 2조원을 모았다.\n", pub)[0].as_of == "2021-12-18"


def test_a_month_and_day_in_local_time_keeps_its_month_and_a_span_of_counts_is_no_date():
    # "7월 27일(현지시간)" two days before an article of 25 August is July's, not 27 August
    c = extract("장관이 7월 27일(현지시간) 2조원 계약을 발표했다.\n", dt.date(2022, 8, 25))[0]
    assert (c.as_of, c.as_of_basis) == ("2022-07-27", "sentence")
    # "(15일~최대 6개월)" is a holding period, not the 15th
    c = extract("보유 기간(15일~최대 6개월) 동안 2조원어치를 팔지 않는다.\n", dt.date(2022, 1, 14))[0]
    assert c.as_of_basis != "sentence"


def test_a_pair_of_days_dates_its_sentence_by_their_month_and_is_not_the_news_date():
    pub = dt.date(2022, 1, 14)
    for pair in ("18일·19일", "18~19일", "오는 18일과 19일", "오는 18~19일"):
        c = extract(f"한빛은 {pair} 청약에서 2조원을 모은다.\n", pub)[0]
        assert (c.as_of, c.as_of_basis) == ("2022-01", "sentence"), pair
    assert extract("한빛은 지난 18~19일 청약에서 2조원을 모았다.\n", pub)[0].as_of == "2021-12"
    # a span of past days in the lead does not date the later day's amounts of the article
    text = ("한빛이 상장했다. 지난 18~19일 청약에는 114조원이 몰렸다.\n시초가는 59만원이었다.\n")
    c = {c.amount.span: c for c in extract(text, dt.date(2022, 1, 27))}
    assert c["59만원"].as_of_basis != "article"
    assert extract("3~5일간 2조원을 모았다.\n", pub)[0].as_of_basis != "sentence"


def test_a_span_of_months_is_dated_by_its_last_month():
    # a quarter written as months ends in its last month, not its first
    text = "Operating profit was estimated at $5 billion for the January-March period.\n"
    assert extract(text, dt.date(2024, 4, 26))[0].as_of == "2024-03"


@pytest.mark.parametrize("text, as_of", [
    ("영업이익은 1분기에 5조원으로 집계됐다.", "2018-03"),
    ("지난해 4분기 영업이익 4조원을 넘어섰다.", "2017-12"),
    ("영업이익은 전분기의 4조2000억원보다 늘었다.", "2017-12"),
    ("영업이익은 전년 동기(3조1000억원)보다 늘었다.", "2017-03"),
    ("Its profit was 4.2 trillion won for the fourth quarter last year.", "2017-12"),
    ("Its profit rose from 3.1 trillion won for Q1 2017.", "2017-03"),
    ("Its profit topped the 4.2 trillion won of the previous quarter.", "2017-12"),
])
def test_a_quarter_is_dated_by_its_last_month(text, as_of):
    # published a week after the quarter ended: the reported quarter is the first of 2018
    assert extract(text + "\n", dt.date(2018, 4, 6))[0].as_of == as_of


@pytest.mark.parametrize("text", [
    "영업이익은 전분기 대비 20% 늘어난 5조원이었다.",
    "매출은 전년 동기 대비 10% 증가한 12조원을 기록했다.",
    "영업이익은 전년 동기보다 1조원 늘어난 5조원이다.",
    "Revenue rose 10% from the previous quarter to $22 billion.",
    "Revenue of $22 billion was up 10% compared with the previous quarter.",
    "Net income of $3 billion was flat versus the prior quarter.",
])
def test_a_quarter_compared_with_does_not_date_the_amounts(text):
    # "전분기 대비 20% 늘어난 5조원": the quarter is the point of comparison; the amount is the
    # reported quarter's, so the earlier quarter must not date it
    assert all(c.as_of not in ("2017-12", "2017-03") for c in extract(text + "\n", dt.date(2018, 4, 6)))


@pytest.mark.parametrize("text, as_of", [
    ("3분기 매출은 15조원으로 예상된다.", "2018-09"),
    ("The company expects revenue of $25 billion in the third quarter.", "2018-09"),
    ("지난해 3분기 매출은 15조원이었다.", "2017-09"),
    ("작년 2분기 영업이익은 3조원이었다.", "2017-06"),
])
def test_a_quarter_not_yet_begun_is_the_one_ahead_unless_last_year_is_said(text, as_of):
    # in April, "the third quarter" is more often a forecast of this year's than last year's
    assert extract(text + "\n", dt.date(2018, 4, 6))[0].as_of == as_of


@pytest.mark.parametrize("text, as_of", [
    # a part of a whole is of the whole's period: the date after the amount is the amount's too
    ("해외 매출은 6조원으로 지난해 전체 매출의 60%를 차지했다.", "2017"),
    ("반도체 수출은 100억달러로 지난달 전체 수출의 20%를 차지했다.", "2018-07"),
    # ... and a deed's date keeps its sum, a clause's verb between or not
    ("한빛은 1조원을 지난해 투자했으며 이는 자기자본의 30%에 해당한다.", "2017"),
])
def test_a_date_after_the_amount_before_a_share_of_a_whole_dates_the_amount(text, as_of):
    assert extract(text + "\n", dt.date(2018, 8, 6))[0].as_of == as_of


@pytest.mark.parametrize("published", [dt.date(2018, 8, 3), dt.date(2018, 1, 10),
                                       dt.date(2018, 11, 30)])
def test_the_past_year_is_last_year_until_december(published):
    # "지난 한 해" is last calendar year, as "지난해" is
    for text in ("인수가는 한빛의 지난 한해 매출 2조4000억원에 맞먹는다.", "지난 한 해 매출은 2조원이었다."):
        assert extract(text + "\n", published)[0].as_of == "2017"
    # a span up to now ("지난 한 해 동안") is no calendar year
    assert extract("지난 한 해 동안 주가가 올라 시가총액은 5조원이 됐다.\n", published)[0].as_of is None


@pytest.mark.parametrize("text", [
    "한빛그룹은 송년회에서 지난 한 해 설비에 2조원을 투자했다고 돌아봤다.",    # a year-end review
    "한빛의 지난 한 해 매출은 2조원이었다고 공시했다.",                      # a filing
])
def test_the_past_year_is_left_unread_in_december(text):
    # in December "지난 한 해" may be the year then ending or the one before: the news date dates it
    published = dt.date(2018, 12, 20)
    assert extract(text + "\n", published)[0].as_of is None
    c = extract("한빛은 지난 18일 실적을 발표했다.\n" + text + "\n", published)[-1]
    assert (c.as_of, c.as_of_basis) == ("2018-12-18", "article")


@pytest.mark.parametrize("text, as_of", [
    ("상반기 매출은 3000억원으로 집계됐다.", "2018-06"),
    ("올 상반기 누적 매출 3000억원을 기록했다.", "2018-06"),
    ("지난해 하반기 영업이익은 2조원이었다.", "2017-12"),
    ("2016년 하반기 매출은 1조원이었다.", "2016-12"),
    ("1분기 매출은 1500억원, 상반기는 3000억원이었다.", "2018-03"),
    ("Kestrel booked sales of $62 million for the first half.", "2018-06"),
    ("Kestrel booked first-half sales of $62 million.", "2018-06"),
    ("Its sales were $1 billion in the second half of 2016.", "2016-12"),
    ("Its sales were $1 billion in H2 2016.", "2016-12"),
    ("Its sales were $1 billion in the second half of last year.", "2017-12"),
])
def test_a_half_is_dated_by_its_last_month(text, as_of):
    # published a month after the first half ended; its own words date the first amount
    assert extract(text + "\n", dt.date(2018, 8, 3))[0].as_of == as_of


def test_the_half_nearest_an_amount_dates_it_and_a_half_compared_with_none():
    pub = dt.date(2018, 8, 3)
    c = extract("1분기 매출은 1500억원, 상반기는 46% 늘어난 3000억원이었다.\n", pub)
    assert [x.as_of for x in c if x.amount.kind == "money"] == ["2018-03", "2018-06"]
    # "전년 상반기 대비": the other term of a comparison, not the amount's half
    assert extract("매출은 전년 상반기 대비 46% 늘어난 3000억원이었다.\n", pub)[-1].as_of is None
    # a half ahead that a deed is set in is the plan as stated then, as a year's point is
    assert extract("한빛은 2025년 상반기에 1조원을 투자할 예정이다.\n", pub)[0].as_of is None


@pytest.mark.parametrize("text, as_of", [
    # a half of anything but a year is no date; the amount is the article's
    ("Kestrel led in the first half of the game, and its owner's salary is $70 million.", [None]),
    ("In the second half of the decade, Kestrel's revenue grew to $90 million.", [None]),
    # ... nor a half alone in a sentence naming no sum per period: a match's
    ("The $60 million winger scored a second-half goal.", [None]),
    ("In the first half, the winger scored; the club was sold for $80 million.", [None]),
    # ... nor one in a sentence whose sum per period stands elsewhere, not in the half's phrase
    ("Kestrel's $70 million keeper, whose salary is $2 million a year, was sent off in the"
     " second half.", [None, None]),
    ("The $90 million transfer fee seemed a bargain once the winger scored a second-half header.",
     [None]),
    # ... while a half alone beside a sum per period, or of a year, is the year's
    ("In the first half, Kestrel's revenue rose to $80 million.", ["2019-06"]),
    ("Kestrel's second half net profit came to $30 million.", ["2019-12"]),
    ("Kestrel's revenue was $80 million in the first half.", ["2019-06"]),
    ("Kestrel's loss was $20 million in the second half of the year.", ["2019-12"]),
])
def test_a_half_of_no_year_or_alone_with_no_sum_per_period_is_no_date(text, as_of):
    assert [c.as_of for c in extract(text + "\n", dt.date(2019, 12, 14))] == as_of


@pytest.mark.parametrize("text, pub, as_of", [
    # a bare half is this year's once begun, whether it has ended or not
    ("하반기 영업이익은 700억원으로 집계됐다.", dt.date(2019, 9, 20), "2019-12"),
    ("상반기 중 450억원을 들여 설비를 늘린다.", dt.date(2019, 1, 20), "2019-06"),
    ("Kestrel booked sales of $40 million in the second half.", dt.date(2019, 10, 2), "2019-12"),
    # ... one not yet begun is a plan's or a forecast's: undated, never last year's by nearness
    ("하반기에는 900억원을 들여 설비를 늘린다.", dt.date(2019, 3, 20), None),
    ("Kestrel aims to spend $75 million in the second half.", dt.date(2019, 5, 2), None),
    # ... a forecast's too, which no plan's word marks
    ("Kestrel expects sales of $85 million in the second half.", dt.date(2019, 5, 2), None),
    ("하반기 매출은 850억원으로 예상된다.", dt.date(2019, 3, 20), None),
    # ... and next year's, half or quarter, is ahead: undated, never this year's
    ("내년 상반기 매출 900억원을 목표로 한다.", dt.date(2019, 9, 20), None),
    ("내년 1분기까지 600억원을 들인다.", dt.date(2019, 9, 20), None),
    ("Kestrel sees sales of $75 million in the first half of next year.", dt.date(2019, 9, 20),
     None),
    ("Kestrel sees sales of $75 million in the first quarter of next year.",
     dt.date(2019, 9, 20), None),
])
def test_a_bare_half_is_this_years_once_begun_and_next_years_is_undated(text, pub, as_of):
    assert extract(text + "\n", pub)[0].as_of == as_of


def test_last_years_half_is_not_this_years():
    # "전년 상반기" alone (no "대비" after it) is last year's half, not this year's: left undated,
    # as a half compared with is
    assert extract("전년 상반기 매출은 800억원이었다.\n", dt.date(2018, 8, 3))[0].as_of is None


def test_a_half_of_a_year_ahead_with_in_dates_its_sum():
    # a half with "in", as a quarter, is as often the period a sum is of: not dropped as a plan's
    assert extract("Kestrel expects sales of $90 million in the second half of 2019.\n",
                   dt.date(2018, 8, 3))[0].as_of == "2019-12"


@pytest.mark.parametrize("text, as_of", [
    # "내년" alone is the year after publication's, as "올해" is publication's own
    ("카파화학은 내년에는 7500억원의 매출을 기대한다.", "2020"),
    # ... nor before a time of it unsaid, undated as "내년까지" is
    ("노르덴은 내년 이맘때까지 3000억원을 투자한다.", None),
    ("노르덴은 내년까지 3000억원을 투자한다.", None),
    # said in the past, "내년" is the year after that past date's, not publication's
    ("노르덴은 지난해 11월 내년 매출 목표를 1조원으로 제시했다.", "2019"),
    ('노르덴은 지난해 10월 "내년 매출 1조원을 달성하겠다"고 밝혔다.', "2019"),
    # ... and none after "당시" in its clause: the year of that time is not written there
    ("노르덴은 당시 내년 매출 목표를 1조원으로 제시했다.", None),
    # ... but a past date in another clause is no time it was said at
    ("노르덴의 지난해 매출은 5000억원이었으며, 내년 매출은 1조원으로 예상된다.", "2020"),
    ("노르덴의 내년 매출은 2조원으로 예상된다.", "2020"),
    # ... not before a quarter, a half or a month of it, which their own rules leave undated
    ("카파화학은 내년 1분기 2000억원 매출을 기대한다.", None),
    ("노르덴은 내년 상반기 2000억원을 투자한다.", None),
    ("노르덴은 내년 3월 2조원을 투자한다.", None),
])
def test_next_year_in_korean_dates_its_amount_by_that_year(text, as_of):
    c = [c for c in extract(text + "\n", dt.date(2019, 5, 10)) if c.currency == "KRW"][-1]
    assert c.as_of == as_of


@pytest.mark.parametrize("text, as_of", [
    ("In the first quarter of this year, Orbit recorded revenue of $1 billion.", "2018-03"),
    ("In the fourth quarter of last year, Orbit recorded revenue of $1 billion.", "2017-12"),
    ("올해 1분기 매출은 1조원이었다.", "2018-03"),
])
def test_a_quarter_of_this_or_last_year_is_of_that_year(text, as_of):
    # published in December: "this year's first quarter" is not the nearest first quarter ahead
    assert extract(text + "\n", dt.date(2018, 12, 20))[0].as_of == as_of


def test_a_count_of_quarters_is_no_quarter():
    # "3분기 연속" is three quarters running; "11분기" is not the first quarter
    for text in ("영업이익 5조원으로 3분기 연속 늘었다.\n", "11분기 만에 영업이익 5조원을 냈다.\n"):
        assert "분기" not in (extract(text, dt.date(2018, 4, 6))[0].as_of_from or "")


def test_a_sentence_run_into_the_next_without_a_space_still_ends():
    # "2017.Profit": a page that lost the space after a period; the second sentence has no date
    text = "Revenue rose to $9 billion in 2017.Profit was $2 billion, above the estimate.\n"
    second = extract(text, dt.date(2018, 4, 6))[1]
    assert second.sentence.startswith("Profit") and second.as_of != "2017"


def test_the_interval_shown_is_the_one_convert_and_the_checks_compare(tmp_path):
    # Trailing zeros read as rounding and long numbers as truncated: extract must not show a
    # narrower interval than the one every check will use for the same text.
    path = tmp_path / "a.txt"
    path.write_text("회사는 687억 달러에 팔렸다. 시장은 약 100조 원 규모다.\n", encoding="utf-8")
    rows = [json.loads(line) for line in run("extract", path, "--json").stdout.splitlines()]
    for row in rows:
        converted = json.loads(run("convert", row["amount"], "--json").stdout)
        assert (row["low"], row["high"]) == (converted["low"], converted["high"]), row["amount"]
        assert row["read_low"] <= row["value"] <= row["read_high"]
    assert (rows[0]["read_low"], rows[0]["read_high"]) != (rows[0]["low"], rows[0]["high"])
    table = run("extract", path).stdout
    assert "[68.65 bn, 68.8 bn]" in table and "[93 tn, 107 tn]" in table


@pytest.mark.parametrize("text, as_of", [
    # a year ahead after "and" and a second predicate is that deed's, not the planned sum's
    ("Orvel will invest $2 billion in its Tamsin plant and plans to start output in 2026.", None),
    ("Orvel will invest $2 billion in the plant and will start output in 2026.", None),
    # the sum's own year ahead, and a year already past after the second predicate, still date it
    ("Orvel will pay $2 billion in 2026 and plans to list in 2027.", "2026"),
    ("Orvel invested $2 billion in the plant and will report on its 2023 start.", "2023"),
    # the listing is another deed than the raising: the sum is the plan as stated on the day
    ("Orvel plans to raise $500 million and will list in 2026.", None),
    # the second deed's object is the amount again: its date is the amount's
    ("Orvel and Brix set a $2 billion budget and expected to spend it in the 2025 fiscal year.",
     "2025"),
    ("Orvel will receive $300 million from Brix and will book it in the fourth quarter of 2025.",
     "2025-12"),
    ("Orvel will raise $2 billion and will spend the money in 2026.", "2026"),
    # a modal the rule does not hold, and a month after "and", are no second predicate
    ("Orvel will raise $2 billion and may list in 2026.", "2026"),
    ("Orvel will pay $2 billion in installments in April and May 2025.", "2025-05"),
])
def test_a_date_ahead_after_a_second_predicate_is_that_deeds(text, as_of):
    c = extract(text + "\n", dt.date(2024, 5, 8))
    assert [x.as_of for x in c if x.currency] == [as_of]


@pytest.mark.parametrize("text, opens", [
    ("Orvel will pay $2 billion and will list in 2026.", True),
    # a month or a name after "and" is no modal: the words are matched in their own case
    ("Orvel will pay $2 billion in April and May, then list in 2026.", False),
    ("Orvel will pay $2 billion to Kestrel and Will Harlan's fund in 2026.", False),
])
def test_a_second_predicate_opens_only_with_its_own_lowercase_words(text, opens):
    from currency.text.dating import _second_deed
    assert _second_deed(text, 0, len(text)) is opens


def test_a_deadline_still_ahead_does_not_date_the_planned_amount():
    # A pledge "by 2030" is the sum planned when it was said; a deadline passed ("by the end of
    # March") and a year the amount is of ("in 2027") still date it.
    pub = dt.date(2024, 5, 8)
    c = extract("한빛그룹은 2030년까지 미국에 50억 달러를 투자한다고 7일 밝혔다.\n", pub)
    assert c[0].as_of == "2024-05-07"
    c = extract("Orbit vowed to spend up to $2 billion on plants by 2029.\n", pub)
    assert c[0].as_of is None
    c = extract("Orbit said its cash stood at $2 billion by the end of March.\n", pub)
    assert c[0].as_of == "2024-03"
    c = extract("Orbit expects sales of $9 billion in 2027.\n", pub)
    assert c[0].as_of == "2027"
    c = extract("The market is expected to grow to $40 billion by 2030.\n", pub)
    assert c[0].as_of == "2030"
    # "amount to" names the level as "grow to" does; the compared amount keeps its own year
    c = extract("Such chips should amount to $70 million by 2030, against $20 million in 2023.\n",
                pub)
    assert [x.as_of for x in c] == ["2030", "2023"]
    # ... but "amounts to" alone is a level now: the year it is due by dates nothing
    c = extract("Orbit's debt amounts to $70 million and must be repaid by 2030.\n", pub)
    assert c[0].as_of is None
    c = extract("시장은 2030년까지 400억 달러 규모로 성장할 전망이다.\n", pub)
    assert c[0].as_of == "2030"
    # "grow from X to Y by 2030" names Y's level as "grow to Y by 2030" does; X keeps its year
    c = extract("The lamp market is expected to grow from $20 million last year to $40 million "
                "by 2030.\n", pub)
    assert [x.as_of for x in c] == ["2023", "2030"]
    # ... but only with an amount right after "from": these grow from no level, and a plan's
    # deadline dates nothing
    c = extract("Kestrel will put $2 billion into new plants by 2029 as it seeks to expand from "
                "lamps into fans.\n", pub)
    assert [x.as_of for x in c] == [None]
    c = extract("Kestrel will spend $3 billion on new shops by 2030 as sales are set to rise from "
                "older buyers.\n", pub)
    assert [x.as_of for x in c] == [None]
    # a noun's "increase from" names no growth to a level, even with an amount after it
    c = extract("Kestrel will spend $2 billion on plants by 2029, an increase from $1.5 billion "
                "in its old plan.\n", pub)
    assert [x.as_of for x in c] == [None, None]


def test_a_goals_level_met_by_a_year_is_of_that_year():
    # "achieve X by 2030" sets the level of 2030, as "reach X by 2030" does: the goal's figures
    # are dated alike wherever its article states them, headline or body
    pub = dt.date(2024, 5, 8)
    # (the first of an English list only: a later item is not read as the verb's own)
    c = extract("Orvel aims to achieve $2 billion in revenue, a 20% margin and a market value of "
                "$9 billion by 2030.\n", pub)
    assert [x.as_of for x in c if x.currency][0] == "2030"
    c = extract("카파전자는 2030년까지 매출 3조원을 달성한다는 목표를 세웠다.\n", pub)
    assert c[0].as_of == "2030"
    c = extract("Kestrel said it can achieve sales of 4 trillion won by 2029.\n", pub)
    assert c[0].as_of == "2029"
    # ... but a goal's verb with no amount between it and the deadline meets no level: the
    # planned sum of the sentence stays as stated then
    c = extract("To achieve net zero by 2050, Norden will invest $5 billion by 2030.\n", pub)
    assert c[0].as_of is None
    c = extract("탄소중립 달성을 위해 할바드는 2030년까지 5조원을 투자한다.\n", pub)
    assert c[0].as_of is None
    # ... nor one met after the deadline: the sum before it is the plan's, not the goal's
    c = extract("Orvel will spend $3 billion on plants by 2029 and achieve profits soon after.\n",
                pub)
    assert c[0].as_of is None
    c = extract("Orvel will spend $1 billion by 2026 and then achieve $5 billion in sales.\n", pub)
    assert [x.as_of for x in c] == [None, None]


@pytest.mark.parametrize("text, as_of", [
    # only a goal verb's own amount is of the deadline's year; a sum spent toward it, a price
    # or a later clause's amount in the same sentence stays as stated then
    ("Orvel will invest $3 billion in new plants to achieve $10 billion in sales by 2030.",
     [None, "2030"]),
    ("Kestrel shares rose 3% to $45 and it aims to achieve $5 billion in revenue by 2028.",
     [None, "2028"]),
    ("Orvel will invest $3 billion by 2030 to achieve $10 billion in sales.", [None, "2030"]),
    ("카파전자는 2030년까지 5조원을 투자해 매출 20조원을 달성할 계획이다.", [None, "2030"]),
    ("카파전자는 2030년까지 매출 20조원을 달성하기 위해 5조원을 투자한다.", ["2030", None]),
    ("카파전자는 2030년까지 매출 10조원 달성을 목표로 3조원을 투자한다.", ["2030", None]),
    # a goal verb with no amount of its own: the sum before it, past a verb of its own, or
    # after it, past more than a few words, is the plan's
    ("카파전자는 2030년까지 5조원을 투자해 탄소중립을 달성한다.", [None]),
    ("카파전자는 2030년까지 2조원을 들여 탄소중립 달성에 나선다.", [None]),
    ("By 2030, Orvel will spend $3 billion to achieve net zero.", [None]),
    ("Orvel aims to achieve net zero and invest $2 billion in plants by 2030.", [None]),
    # a deadline in another clause than the goal's amount, past a clause's opening or another
    # amount with a verb word of its own, is that clause's deed's
    ("Orvel aims to achieve $4 billion in sales, while Norden plans to invest $2 billion by 2031.",
     [None, None]),
    ("Orvel hopes to achieve $4 billion in sales next year; Norden will spend $2 billion by 2031.",
     [None, None]),
    ("Orvel aims to achieve $4 billion in sales, and Norden will build a plant by 2031.", [None]),
    ("Orvel aims to achieve $4 billion in sales and will spend $2 billion on plants by 2031.",
     [None, None]),
    ("노르덴은 2031년까지 2조원을 투자하고, 카파전자는 매출 4조원을 달성한다.", [None, None]),
    # each goal of a Korean list before its verb is the verb's own
    ("할바드는 2030년까지 매출 3조원, 영업이익률 20%, 기업가치 9조원 달성을 목표로 한다.",
     ["2030", "2030"]),
])
def test_a_deadline_dates_only_its_goals_own_amount(text, as_of):
    c = extract(text + "\n", dt.date(2024, 5, 8))
    assert [x.as_of for x in c if x.currency] == as_of


@pytest.mark.parametrize("text, as_of", [
    # a deed set for a month, a day or a point of a year after the news: the plan as stated
    ("한빛은 잔금 20억 달러를 2027년 3월에 지급할 예정이다.", None),
    ("한빛은 오는 2025년 말에 잔금 7억 달러를 낸다.", None),
    ("Orbit will pay the remaining $2 billion in March 2027.", None),
    ("Holders of record on June 10, 2024 will get a dividend of $5 a share.", None),
    ("Orbit will pay the remaining $2 billion at the end of 2025.", None),
    ("Orbit announced a $5 billion plant, which will hire 8,000 when it is complete in 2026.",
     None),
    ("한빛은 2026년 완공 예정인 공장에 5조원을 투자한다.", None),
    # ... its particle left out, as Korean often leaves it, or its time "around" it
    ("한빛은 2027년 3월 나머지 12억 달러를 치르고 공장을 넘겨받는다.", None),
    ("한빛은 2027년 3월 말 2조원을 지급하고 인수를 마무리할 예정이다.", None),
    ("The deal should close around March 2027, when Orbit will pay the remaining $2 billion.", None),
    # ... but not a basis or a comparison's base, nor a bare month gone by
    ("한빛은 2027년 3월 기준 매출 2조원을 목표로 한다.", "2027-03"),
    ("한빛은 2024년 3월 2조원을 지급했다.", "2024-03"),
    # ... nor a month a measure is of, its word right after it, nor a basis after its point
    ("카파전자는 2027년 3월 예산 3조원을 편성했다.", "2027-03"),
    ("카파전자는 2027년 3월 매출 5조원을 목표로 한다.", "2027-03"),
    ("카파전자는 2027년 3월 말 기준 잔액 2조원을 전망했다.", "2027-03"),
    # a day of the news's own week is its event ("오는 12일"); a year or a quarter is as often
    # the period a sum is of, and a passed month dates it
    ("한빛은 오는 12일에 잔금 20억 달러를 지급한다.", "2024-05-12"),
    ("Orbit expects sales of $9 billion in 2027.", "2027"),
    ("Orbit paid the remaining $2 billion in March.", "2024-03"),
    ("Orbit's $5 billion plant was completed in 2019.", "2019"),
    ("Orbit drew $95 billion in bids for an offering scheduled for May 27.", None),
    ("It pays $90 million now, and the rest is due on the closing date of June 17.", None),
    ("Orbit paid $90 million on the closing date of May 2.", "2024-05-02"),
    # the day a deed is set for, named so after the price ("처분 예정일자는"), is no date of it
    ("매매 대금은 30억 위안(약 5600억 원)이며 처분 예정일자는 2025년 3월 31일이다.", None),
    ("한빛의 매각 대금은 2조원이며, 거래 종결 예정일은 2024년 12월 20일이다.", None),
    ("매매 대금은 30억 위안이며 처분 예정일자는 2024년 5월 2일이었다.", "2024-05-02"),
])
def test_a_deed_set_for_a_time_after_the_news_does_not_date_its_planned_sum(text, as_of):
    assert extract(text + "\n", dt.date(2024, 5, 8))[0].as_of == as_of


def test_a_comparison_date_dates_the_amount_compared_with_not_the_one_reported():
    pub = dt.date(2024, 4, 26)      # reporting the first quarter
    text = ("Orbit earned 3.1 trillion won in the quarter, compared with 2.4 trillion won a year "
            "earlier. Sales were $22 billion, up from $18 billion in the previous quarter. "
            "매출은 5조원으로 전년 동기(4조원) 대비 25% 늘었다. "
            "Profit rose 9% from a year earlier to $4 billion.\n")
    c = {c.amount.span: c.as_of for c in extract(text, pub)}
    assert (c["3.1 trillion won"], c["2.4 trillion won"]) == (None, "2023-03")
    assert (c["$22 billion"], c["$18 billion"]) == (None, "2023-12")
    assert (c["5조원"], c["4조원"]) == (None, "2023-03")
    assert c["$4 billion"] is None


@pytest.mark.parametrize("link", ["기준인", "였던", "의", "인", "수준인", "기준의"])
def test_a_comparison_date_describing_the_amount_after_it_dates_that_amount(link):
    # "전년 동기 기준인 X": the date describes X, however near the reported amount before it
    pub = dt.date(2024, 8, 9)       # reporting the second quarter
    text = (f"영업이익은 올해 2분기 1억4520만달러로 전년 동기{' ' if link.startswith(('기', '수')) else ''}"
            f"{link} 1억3870만달러(약 1900억원)에 비해 4.7% 늘었다.\n")
    cs = extract(text, pub)
    c = {c.amount.span: c.as_of for c in cs}
    assert (c["1억4520만달러"], c["1억3870만달러"], c["약 1900억원"]) == ("2024-06", "2023-06",
                                                                 "2023-06")
    # the record says which date is the other term of the comparison
    compared = {c.amount.span: c.as_of_compared for c in cs}
    assert [compared[a] for a in ("1억4520만달러", "1억3870만달러", "약 1900억원")] == [False, True, True]


@pytest.mark.parametrize("tie", [" 기준인", "인", "의"])
def test_a_comparison_date_tied_to_the_next_amount_dates_it_without_a_date_of_the_first(tie):
    # the same shape with no date of the reported amount's own: the year-ago quarter is the
    # later amount's only, and the first has none
    text = f"순이익은 7억달러로 전년 동기{tie} 6억달러보다 17% 늘었다.\n"
    c = {c.amount.span: c.as_of for c in extract(text, dt.date(2024, 4, 26))}
    assert (c["7억달러"], c["6억달러"]) == (None, "2023-03")


def test_a_comparison_date_before_another_word_ending_in_in_is_not_tied_to_the_next_amount():
    # DATE_OF_NEXT lists its words: "전년 동기 실적인" is none of them, so the date stays with
    # the nearer amount before it (by characters, a reading this shape gets wrong) and the later
    # amount has none
    text = "순이익은 7억달러로 전년 동기 실적인 6억달러보다 17% 늘었다.\n"
    c = {c.amount.span: c.as_of for c in extract(text, dt.date(2024, 4, 26))}
    assert (c["7억달러"], c["6억달러"]) == ("2023-03", None)


@pytest.mark.parametrize("text, compared", [
    # a comparison has two terms: the other amount is the reported one
    ("매출은 전년 동기 3억달러에서 4억달러로 늘었다.", [True, False]),
    ("매출은 4억달러로 전년 동기의 3억달러(약 4000억원)보다 늘었다.", [False, True, True]),
    # a lone amount beside the year-before quarter may be this period's ("두 배인", "와 같은",
    # "수준인"): no other term, no comparison's date recorded
    ("매출은 전년 동기의 두 배인 3억달러였다.", [False]),
    ("매출은 전년 동기와 같은 3억달러를 기록했다.", [False]),
    ("매출은 전년 동기 수준인 3억달러에 머물렀다.", [False]),
])
def test_a_comparisons_date_is_recorded_only_beside_the_reported_term(text, compared):
    cs = [c for c in extract(text + "\n", dt.date(2024, 4, 26)) if c.currency]
    assert [c.as_of_compared for c in cs] == compared


@pytest.mark.parametrize("between, tied", [
    (" 기준 ", True), (" 매출 ", True), ("의 매출 ", True), (" 기준 매출 ", True),
    (" 영업이익 ", True), (" 매출인 ", True), ("의 매출인 ", True),
    # a noun that is no results line does not tie the date: the nearer amount keeps it
    (" 요인 ", False),
])
def test_a_comparison_date_before_a_results_line_or_basis_dates_the_amount_after_it(between,
                                                                                    tied):
    # "전년 동기 매출 4억달러": the line named between is the amount's line, so the date is its
    # date; the reported amount before it, nearer by characters, is this quarter's
    text = f"오르빗의 매출은 5억800만달러로 전년 동기{between}4억달러보다 크게 늘었다.\n"
    c = {c.amount.span: c.as_of for c in extract(text, dt.date(2024, 4, 26))}
    assert (c["5억800만달러"], c["4억달러"]) == ((None, "2023-03") if tied else ("2023-03", None))


def test_the_day_before_is_the_day_before_publication_unless_it_is_compared_with():
    pub = dt.date(2023, 3, 7)
    text = ("공개매수가는 전날 종가인 13만 100원보다 15% 높다. "
            "Its shares closed in the previous session at 131,000 won.\n")
    c = {c.amount.span: (c.as_of, c.as_of_basis) for c in extract(text, pub)}
    assert c["13만 100원"] == c["131,000 won"] == ("2023-03-06", "sentence")
    text = ("주가는 전날 대비 3000원 오른 5만원이었다. "
            "They rose 2,000 won from the previous trading day to 133,000 won.\n")
    assert [c.as_of for c in extract(text, pub)] == [None] * 4


def test_the_previous_day_counts_back_from_the_day_the_story_tells_yesterday_from_publication():
    # the story is of the 10th (its news date), published on the 11th: "전날" is the 9th
    pub = dt.date(2021, 3, 11)
    lead = "한빛은 10일(현지시간) 공모가를 주당 35달러로 정했다.\n"
    c = {c.amount.span: c.as_of for c in extract(
        lead + "이는 한빛이 전날 제시한 32~34달러보다 높다. 어제 종가는 40달러였다.\n", pub)}
    assert (c["32~34달러"], c["40달러"]) == ("2021-03-09", "2021-03-10")
    lead = "Orbit priced its shares at $35 on March 10, 2021.\n"
    c = {c.amount.span: c.as_of for c in extract(
        lead + "It had set a range of $32 to $34 the previous day. Yesterday they closed at "
        "$49.\n", pub)}
    assert (c["$32 to $34"], c["$49"]) == ("2021-03-09", "2021-03-10")
    # a story told as of "전날" itself: that day is publication's day before
    c = extract("한빛은 전날 50억 달러에 인수를 마쳤다. 전날 주가는 3% 올라 12달러였다.\n", pub)
    assert [x.as_of for x in c if "달러" in x.amount.span] == ["2021-03-10", "2021-03-10"]


@pytest.mark.parametrize("text, as_of", [
    ("한빛은 3년 전 이 회사에 10억 달러를 투자했다.", "2020"),
    ("2년 전 투자한 5억 달러가 이제 세 배가 됐다.", "2021"),
    ("한빛이 이 회사에 2억 달러를 투자한 지 고작 4년이 지났다.", "2019"),
    ("한빛이 이 회사에 2억 달러를 투자한지 고작 4년이 지났다.", "2019"),   # its space dropped
    ("Orbit paid $3 billion for the plant three years ago.", "2020"),
    ("The $2 billion stake it bought two years earlier is now worth more.", "2021"),
])
def test_an_elapsed_time_dates_its_amount_by_the_year_only(text, as_of):
    # counted back from publication in whole years: "3년 전" of a January article is no day
    assert extract(text + "\n", dt.date(2023, 1, 24))[0].as_of == as_of


@pytest.mark.parametrize("text, counted", [
    ("한빛은 3년 전 이 회사에 10억 달러를 투자했다.", True),
    ("한빛이 이 회사에 2억 달러를 투자한 지 고작 4년이 지났다.", True),
    ("Orbit paid $3 billion for the plant three years ago.", True),
    ("The $2 billion stake it bought two years earlier is now worth more.", True),
    ("한빛은 2019년 이 회사에 10억 달러를 투자했다.", False),
    ("Orbit paid $3 billion for the plant last year.", False),
    ("Orbit paid $3 billion for the plant two months ago.", False),
])
def test_a_year_counted_back_from_the_article_is_told_from_a_named_year(text, counted):
    # the grouping reads a year counted back as about right: the writer rounds the span
    from currency.text.dating import counts_years_back
    c = extract(text + "\n", dt.date(2023, 1, 24))[0]
    assert c.as_of_from and counts_years_back(c.as_of_from, text) == counted


@pytest.mark.parametrize("text, published, span", [
    # N years before the publication day, give or take half a year
    ("한빛은 3년 전 이 회사에 10억 달러를 투자했다.", dt.date(2023, 1, 24), (2019, 2020)),
    ("한빛은 3년 전 이 회사에 10억 달러를 투자했다.", dt.date(2023, 6, 20), (2019, 2020)),
    ("Orbit paid $3 billion for the plant three years ago.", dt.date(2023, 7, 1), (2020, 2020)),
    ("Orbit paid $3 billion for the plant three years ago.", dt.date(2023, 11, 30), (2020, 2021)),
    # a named year is its own
    ("한빛은 2019년 이 회사에 10억 달러를 투자했다.", dt.date(2023, 1, 24), None),
])
def test_a_year_counted_back_spans_half_a_year_either_side(text, published, span):
    from currency.text.dating import years_back_span
    c = extract(text + "\n", published)[0]
    assert years_back_span(c.as_of_from, text, c.as_of, published) == span


@pytest.mark.parametrize("text", [
    "매출은 3년 전보다 20% 늘어난 10억 달러였다.",
    "한빛은 3년 전망치로 10억 달러를 제시했다.",
    "한빛은 지난 2년간 10억 달러를 투자했다.",
    "한빛은 투자한 지 3년 만에 지분을 10억 달러에 팔았다.",
    "한빛은 투자한지 3년 만에 지분을 10억 달러에 팔았다.",
    "매출은 6개월 전보다 20% 늘어난 10억 달러였다.",
    "한빛은 출시 3개월 만에 10억 달러를 모았다.",
    "한빛은 보유한 10주 전량을 10억원에 팔았다.",
    "Sales of $9 billion were up 40% from three years ago.",
    "Sales of $9 billion were up 4% from two months ago.",
])
def test_a_comparison_span_or_later_deed_is_not_an_elapsed_date(text):
    assert [c.as_of for c in extract(text + "\n", dt.date(2023, 1, 24))
            if "억" in c.amount.span or "$" in c.amount.span] == [None]


@pytest.mark.parametrize("text, as_of", [
    ("Last year, Orbit paid $3 billion for the plant.", "2022"),
    ("Orbit paid $3 billion for the plant last year.", "2022"),
    ("Last month Orbit paid $3 billion for the plant.", "2023-02"),
    ("This year Orbit will pay $3 billion for the plant.", "2023"),
])
def test_a_relative_year_or_month_dates_its_amount_where_it_opens_the_sentence_too(text, as_of):
    assert [c.as_of for c in extract(text + "\n", dt.date(2023, 3, 3))] == [as_of]


@pytest.mark.parametrize("text, as_of", [
    ("한빛은 3개월 전 이 회사에 10억 달러를 투자했다.", "2022-12"),
    ("두 달 전 투자한 5억 달러가 이제 세 배가 됐다.", "2023-01"),
    ("한빛이 이 회사에 2억 달러를 투자한지 18개월이 지났다.", "2021-09"),
    ("Orbit paid $3 billion for the plant a month ago.", "2023-02"),
    ("Orbit paid $3 billion for the plant 15 months ago.", "2021-12"),
    # weeks: the month of the day they count back to, here across a month's end
    ("한빛은 2주 전 10억 달러에 지분을 샀다.", "2023-02"),
    ("일주일 전 한빛이 낸 10억 달러가 입금됐다.", "2023-02"),
    ("Orbit paid $3 billion for the plant five weeks ago.", "2023-01"),
])
def test_months_or_weeks_ago_date_the_amount_by_the_month_counted_back_to(text, as_of):
    # the day is not said: the month it falls in, as a year ago gives the year only
    money = [c for c in extract(text + "\n", dt.date(2023, 3, 3))
             if "억" in c.amount.span or "$" in c.amount.span]
    assert [c.as_of for c in money] == [as_of]


@pytest.mark.parametrize("text, published, as_of", [
    # the week before publication's: the month its Thursday falls in
    ("Kestrel raised its offer last week to $75 a share.", dt.date(2024, 10, 4), "2024-09"),
    ("Kestrel raised its offer last week to $75 a share.", dt.date(2024, 10, 7), "2024-10"),
    ("Kestrel raised its offer last week to $75 a share.", dt.date(2024, 9, 2), "2024-08"),
    ("노르덴은 지난주 2조원 규모의 계약을 따냈다.", dt.date(2024, 10, 4), "2024-09"),
    ("노르덴은 지난주에 2조원 규모의 계약을 따냈다.", dt.date(2024, 10, 4), "2024-09"),
    # ... not a saying's, nor where the amount's clause writes a month of its own
    ("Halvard said last week it paid $2 billion in March 2023.", dt.date(2024, 10, 3), "2023-03"),
    ("Last week Halvard agreed to pay $2 billion in March 2026.", dt.date(2024, 10, 3), None),
    ("Halvard said last week that it will pay $2 billion.", dt.date(2024, 10, 3), None),
    # ... not a comparison's base, nor the week's day named after it, read as that day
    ("Kestrel shares rose from last week to $75.", dt.date(2024, 10, 4), None),
    ("Halvard shares rose 5% over the last week to $40.", dt.date(2024, 10, 3), None),
    ("노르덴 주가는 지난주 대비 5% 오른 7만원이다.", dt.date(2024, 10, 4), None),
    ("노르덴은 지난주 목요일 2조원 규모의 계약을 따냈다.", dt.date(2024, 10, 4), "2024-09-26"),
    ("노르덴 주가는 지난주에 비해 5% 오른 7만원이다.", dt.date(2024, 10, 4), None),
])
def test_last_week_dates_the_amount_by_the_month_of_that_week(text, published, as_of):
    money = [c for c in extract(text + "\n", published) if "%" not in c.amount.span]
    assert [c.as_of for c in money] == [as_of]


def test_years_earlier_count_back_from_the_sentences_year_before_them():
    c = extract("In 2015 Orbit paid $1 billion; two years earlier it had paid $500 million.\n",
                dt.date(2023, 1, 24))
    assert [x.as_of for x in c] == ["2015", "2013"]
    c = extract("Two years earlier than planned, in 2019, Orbit paid $1 billion.\n",
                dt.date(2023, 1, 24))
    assert c[0].as_of == "2019"


@pytest.mark.parametrize("text, as_of", [
    # Made-up: "the year before", uncounted, is one year before its sentence's year
    ("Orbit's 2018 turbine sales were $840 million, against $610 million the year before.",
     ["2018", "2017"]),
    ("Orbit earned $3 billion in 2019 and $2 billion the previous year.", ["2019", "2018"]),
    # ... read from no publication date: with no year before it in its sentence, not read
    ("Orbit earned $2 billion the previous year.", [None]),
    # ... nor as a comparison's other term
    ("Orbit's outlays in 2021 climbed 8 percent on the previous year, to $31 billion.", ["2021"]),
    # ... nor "the year before last", two years back: left to the sentence's year, as before
    ("Orbit earned $3 billion in 2023 and $2 billion the year before last.", ["2023", "2023"]),
])
def test_the_year_before_counts_one_year_back_from_its_sentences_year(text, as_of):
    money = [c for c in extract(text + "\n", dt.date(2024, 2, 6)) if "$" in c.amount.span]
    assert [c.as_of for c in money] == as_of


def test_a_changes_start_keeps_its_year_and_its_end_does_not():
    pub = dt.date(2023, 5, 2)
    c = extract("Revenue grew from about $5.1 billion in 2020 to $6 billion.\n", pub)
    assert [x.as_of for x in c] == ["2020", None]
    c = extract("In 2023, revenue rose from $5.1 billion in 2020 to $6 billion.\n", pub)
    assert [x.as_of for x in c] == ["2020", "2023"]
    c = extract("Orbit paid $5 billion in 2020 to buy a unit worth $6 billion.\n", pub)
    assert [x.as_of for x in c] == ["2020", "2020"]


@pytest.mark.parametrize("text, sentences", [
    # An abbreviation's period before a number goes on: a date, a numbered thing.
    ("Orvel closed the deal on Sept. 5 for $2 billion, it said. Lumen paid $3 billion.",
     ["Orvel closed the deal on Sept. 5 for $2 billion, it said.", "Lumen paid $3 billion."]),
    ("Kestrel rose to $45 on Oct. 20, 2021, the No. 2 maker said.",
     ["Kestrel rose to $45 on Oct. 20, 2021, the No. 2 maker said."]),
    # Not after another word, nor before a word: the sentence ends there.
    ("The answer was no. 2023 profit was $3 billion.", ["2023 profit was $3 billion."]),
    ("Orvel paid $4 billion in Sept. Lumen paid $3 billion.",
     ["Orvel paid $4 billion in Sept.", "Lumen paid $3 billion."]),
])
def test_an_abbreviations_period_before_a_number_does_not_end_the_sentence(text, sentences):
    assert [c.sentence for c in extract(text)] == sentences


def _money(text, pub):
    return {c.amount.span: c for c in extract(text, pub)
            if any(w in c.amount.span for w in ("억", "조원", "$", "EUR"))}


def test_a_deals_terms_stated_as_made_take_the_date_an_earlier_sentence_gives_the_deal():
    # An article of a later step (an approval) restates the deal's terms with no date: they are
    # of the signing, which an earlier sentence dates ("announced 14 months ago").
    text = ("Regulators clear Orvel's Lumen purchase.\nThe deal was announced 14 months ago. Lumen "
            "had 3 million users as of May.\nOrvel agreed to pay EUR2.1 billion ($2.4 billion) in "
            "cash for a 70% stake.\n")
    c = _money(text, dt.date(2023, 3, 3))
    assert (c["EUR2.1 billion"].as_of, c["$2.4 billion"].as_of) == ("2022-01", "2022-01")
    assert "announced" in c["EUR2.1 billion"].as_of_from
    # said as what it is: not a date its own sentence writes
    assert c["EUR2.1 billion"].as_of_basis == "deal"
    assert "earlier sentence" in as_of_origin(c["EUR2.1 billion"], "2023-03-03")
    # Korean: the deal dated in the sentence before, its terms "지급하기로 했다"
    text = ("한빛은 지난 2021년 11월 누리의 지분 70%를 인수하기로 결정했다. 한빛은 현금 20억 유로를 "
            "지급하기로 했다.\n")
    assert _money(text, dt.date(2023, 3, 3))["20억 유로"].as_of == "2021-11"


@pytest.mark.parametrize("text", [
    # the deal dated within the news: the article's own news, nothing restated
    "Orvel said on March 1 it agreed to buy Lumen.\nOrvel agreed to pay $2 billion in cash.\n",
    # a nearer sentence of the deal names no date: that deal is not dated
    "The deal was announced 14 months ago.\nOrvel then agreed to expand it.\nOrvel agreed to "
    "pay $2 billion in cash.\n",
    # a year alone in the deal's sentence is as often another clause's
    "한빛은 이날 지난해 보류를 결정했던 공장 건설을 재개하기로 했다. 한빛은 3조원을 투자하기로 했다.\n",
    # terms not stated as made: the deal's date is not theirs
    "The deal was announced 14 months ago.\nOrvel now has $2 billion in cash.\n",
])
def test_a_deals_date_is_not_taken_from_the_news_a_nearer_undated_deal_or_a_year(text):
    # the amounts' sentences write no date: nothing dates them from a sentence
    assert [x.as_of_basis for x in _money(text, dt.date(2023, 3, 3)).values()] in ([None],
                                                                                ["article"])


def test_a_board_meetings_day_gives_way_to_the_day_its_decision_was_announced():
    # the deal is dated by its announcement: its amounts and the article's news date
    text = ("누리는 지난 2일 이사회에서 타라 인수를 결의했다고 5일 밝혔다. 인수 금액은 1800억원이다.\n"
            "5일 한빛은 지난 4일 열린 이사회에서 보라를 6500억원에 사기로 했다고 공시했다.\n")
    c = _money(text, dt.date(2021, 5, 5))
    assert (c["1800억원"].as_of, c["1800억원"].as_of_basis) == ("2021-05-05", "article")
    assert (c["6500억원"].as_of, c["6500억원"].as_of_basis) == ("2021-05-05", "sentence")
    # a board's day alone, or with a later day in another sentence, still dates its decision
    c = _money("한빛은 지난 2일 이사회에서 보라 인수를 의결했다. 5일 주가가 올랐다. 인수 금액은 "
               "6500억원이다.\n", dt.date(2021, 5, 5))
    assert (c["6500억원"].as_of, c["6500억원"].as_of_basis) == ("2021-05-02", "article")


def test_this_years_month_is_of_the_publication_year_and_a_deadline_ahead_when_so():
    pub = dt.date(2021, 5, 11)
    # "올 6월 말까지" is June of this year, a deadline still ahead: it dates no amount
    assert _money("한빛은 올 6월 말까지 지분 20%를 933억원에 인수한다.\n", pub)["933억원"].as_of is None
    assert _money("한빛은 올해 3월 지분 20%를 933억원에 샀다.\n", pub)["933억원"].as_of == "2021-03"


@pytest.mark.parametrize("text, as_of", [
    ("한빛은 지난 3월 공장 증설을 위해 933억원을 투자했다.\n", "2021-03"),
    ("한빛은 지난 12월 공장 증설을 위해 933억원을 투자했다.\n", "2020-12"),   # the latest past
    ("한빛은 지난 3월 12일 공장 증설을 위해 933억원을 투자했다.\n", "2021-03-12"),  # its day
    # its 초/중순/말: "3월 말" inside it dates the amount, also beside another date of the sentence
    ("지난 3월 말 한빛은 공장 증설을 위해 933억원을 투자했다.\n", "2021-03"),
    ("지난 3월 말 잔액은 933억원으로 작년 말보다 늘었다.\n", "2021-03"),
    ("지난 3월 말 한빛은 933억원을 투자했다고 3일 밝혔다.\n", "2021-03"),
    ("한빛은 지난 3월 초 공장 증설을 위해 933억원을 투자했다.\n", "2021-03"),
    ("한빛은 지난 3월 중순 공장 증설을 위해 933억원을 투자했다.\n", "2021-03"),
])
def test_a_month_past_dates_its_amount(text, as_of):
    assert _money(text, dt.date(2021, 5, 11))["933억원"].as_of == as_of


@pytest.mark.parametrize("text, as_of", [
    # a comparison's base
    ("한빛의 매출은 지난 3월 대비 12% 늘어난 933억원을 기록했다.\n", None),
    ("한빛의 4월 매출은 933억원으로 지난 3월보다 12% 늘었다.\n", None),
    # the time of a clause describing a noun
    ("지난 3월 취임한 김 대표는 933억원을 투자하겠다고 밝혔다.\n", None),
    # the sentence's own day dates the amount
    ("한빛은 지난 3월 맺은 계약에 따라 933억원을 지급했다고 10일 밝혔다.\n", "2021-05-10"),
])
def test_a_month_past_of_another_deed_dates_no_amount(text, as_of):
    assert _money(text, dt.date(2021, 5, 11))["933억원"].as_of == as_of


@pytest.mark.parametrize("text, paired", [
    # A conversion that repeats its original's currency word: 1,200 times it, alone in its
    # parenthesis. Which currency it meant is the restatement check's to judge, with rates.
    ("누리텍의 매출은 50억달러(약 6조5000억달러)에 이른다.", True),
    ("Nuritek's sales reached $5 billion (about $6.5 trillion).", True),
    # Two amounts of one currency: a prior year's, a near value, a part, a range, an alternative.
    ("누리텍의 매출은 50억달러(전년 40억달러)에 이른다.", False),
    ("누리텍의 매출은 50억달러(40억달러)에 이른다.", False),
    ("누리텍은 50억달러(약 20억달러는 현금)를 낸다.", False),
    ("누리텍은 50억달러(10억~20억달러)를 낸다.", False),
    ("Nuritek pays $5 billion, or $20 billion with fees.", False),
])
def test_a_conversion_in_its_originals_own_currency_pairs_only_as_a_lone_far_parenthesis(
        text, paired):
    cands = extract(text, dt.date(2024, 3, 25))
    assert [c.pair is not None for c in cands] == [paired, paired], text


@pytest.mark.parametrize("text", ["It paid $3 billion yesterday.", "It paid $3 billion last month.",
                                  "It paid $3 billion on Dec. 28.",
                                  "The deal was signed on Dec. 28. Orbit agreed to pay $3 billion."])
def test_a_publication_date_at_the_calendars_ends_reads_no_date_past_them(text):
    for pub in (dt.date.min, dt.date.max):
        assert len(extract(text + "\n", pub)) >= 1


@pytest.mark.parametrize("text, as_of", [
    # the start of a span dates no amount over it
    ("위원회는 위반 기간을 2019년 3월 이후 약 5년으로 보고 관련 매출을 약 12조원으로 산정했다.", None),
    ("한빛은 2015년 이래 누적 3조원을 투자했다.", None),
    ("Since March 2019, Orbit has invested $3 billion in the plant.", None),
    # ... nor a start still ahead, the plan's deadline dropped too
    ("한빛은 올 9월부터 2027년 9월까지 2조원을 들여 공장을 짓는다.", None),
    # a date that is no start still dates its amount
    ("한빛은 2019년 3월 약 12조원을 투자했다.", "2019-03"),
    ("In March 2019, Orbit invested $3 billion in the plant.", "2019-03"),
])
def test_a_date_that_starts_a_span_does_not_date_its_amount(text, as_of):
    assert extract(text + "\n", dt.date(2024, 5, 8))[0].as_of == as_of


@pytest.mark.parametrize("published, as_of", [
    # published on a known day after it, a deadline said met is the day it was met by
    ("2024-03-31", "2024-03-31"), ("2024-04-02", "2024-03-31"), ("2024-04", "2024-03-31"),
    # published some day of a month or a year that holds it, the deed may be last year's: no date
    ("2024-03", None), ("2024", None),
])
def test_a_deadline_said_met_dates_its_sum_only_when_it_cannot_be_ahead(published, as_of):
    c = extract("The company had repaid $3 billion by March 31.\n", parse_period(published))
    assert c[0].as_of == as_of


def test_a_present_verb_leads_a_deadline_after_a_relative_clauses_past():
    c = extract("The $3 billion it had borrowed is due by June 30.\n", dt.date(2023, 7, 5))
    assert c[0].as_of is None


@pytest.mark.parametrize("published", ["2024-03", "2024", "2024-03-15", "2024-03-28"])
def test_a_deadline_ahead_dates_no_sum_whatever_the_publications_precision(published):
    # a deadline inside a month's or a year's span may be ahead of the day it came out, and a
    # deadline's day is no news day to date the article's sums by
    c = extract("The company must repay $3 billion by March 31.\n", parse_period(published))
    assert c[0].as_of is None


@pytest.mark.parametrize("text", [
    "The $3 billion payment has been delayed until March 31.",
    "The $3 billion loan that was approved on Monday must be repaid by March 31.",
    "Investors who were promised $3 billion will be paid by March 31.",
    "The company was told it must repay $3 billion by March 31.",
    "Payments of $3 billion were due by March 31 next year.",
    "The $3 billion loan that was a record is payable by March 31.",
    "The $3 billion it had borrowed is due by March 31.",
])
def test_a_past_word_makes_a_deadline_past_only_when_it_leads_the_deed_done(text):
    assert [f[2] for f in date_expressions(text, dt.date(2024, 3, 15))][0] > "2024-03-15"


@pytest.mark.parametrize("published, text", [
    ("0001", "The company paid $3 billion on Jan. 5."),
    ("0001-01", "The company paid $3 billion on Jan. 5."),
    ("9999", "The company will pay $3 billion in January."),
    ("9999-12", "The company will pay $3 billion in January."),
])
def test_a_publication_at_the_calendars_ends_gives_no_date_off_it(tmp_path, published, text):
    path = tmp_path / "a.txt"
    path.write_text(text + "\n", encoding="utf-8")
    r = run("extract", path, "--published", published, "--json")
    assert r.exit_code == 0, r.output
    as_of = [json.loads(line)["as_of"] for line in r.stdout.splitlines()][0]
    assert as_of is None or parse_period(as_of)


@pytest.mark.parametrize("text, as_of", [
    # a range's two ends, a comparison's date, another deed's dates: no list of the amounts' own
    ("삼성과 LG는 2020년부터 2023년까지 각 30억 달러와 20억 달러를 투자했다.", ["2023", "2023"]),
    ("Orbit and Lumen earned $3 billion and $2 billion in the first quarter of 2024, up from "
     "2023, respectively.", ["2024-03", "2024-03"]),
    ("Orbit and Lumen, founded in 1990 and 2001, earned $3 billion and $2 billion, respectively.",
     ["2001", "2001"]),
    # ... while dates before the verb of the amounts are theirs
    ("In 2020 and 2021, revenue reached $3 billion and $4 billion, respectively.",
     ["2020", "2021"]),
])
def test_a_pairing_word_pairs_no_range_comparison_or_other_deeds_dates(text, as_of):
    assert [c.as_of for c in extract(text + "\n", dt.date(2024, 6, 15))] == as_of


def test_the_lead_is_the_headline_or_the_first_sentence_and_never_the_whole_page():
    headline = "Orbit Motors to buy Lumen Batteries\nThe deal is worth $2 billion. More follows."
    assert headline[:lead_end(headline)] == "Orbit Motors to buy Lumen Batteries"
    body = "Orbit Motors will buy Lumen Batteries. The deal is worth $2 billion."
    assert body[:lead_end(body)] == "Orbit Motors will buy Lumen Batteries."
    assert lead_end("word " * 200, most=50) == 50


@pytest.mark.parametrize("text, as_of", [
    ("This summer, Orbit said it would invest $4.5 billion in content.", "2021"),
    ("In spring, Orbit said it would invest $4.5 billion in content.", "2021-11-19"),
    # "fall" may be a decline, not a season
    ("This fall in orders cost Orbit $4.5 billion, it said.", "2021-11-19"),
])
def test_a_season_of_this_year_dates_its_amount_by_the_year(text, as_of):
    news = "Orbit said on Nov. 19 it had bought Kestrel.\n"
    c = extract(news + text + "\n", dt.date(2021, 11, 20))
    assert c[-1].as_of == as_of


@pytest.mark.parametrize("text, as_of", [
    ("Orbit told investors this summer it had paid $4.5 billion for Kestrel in March 2018.",
     "2018-03"),
    ("This summer, Orbit said it paid $4.5 billion for Kestrel in 2018.", "2018"),
])
def test_a_season_gives_way_to_the_amounts_own_date(text, as_of):
    assert extract(text + "\n", dt.date(2021, 11, 19))[0].as_of == as_of


@pytest.mark.parametrize("line", ["오르빗, 연간 영업익 40조…순익 30조",
                                  "오르빗, 연간 영업이익 40조…순이익 30조"])
def test_a_headlines_results_line_names_a_sum_in_its_short_form(line):
    # A headline drops the currency after the line's name, short (영업익, 순익) or full; in an
    # article whose money is all in won, both are won (no body amount is near enough to lend
    # its currency to a rounded headline).
    body = "오르빗의 3분기 영업이익은 10조2000억원, 순이익은 8조1000억원이다.\n"
    heads = [c for c in extract(line + "\n" + body, PUB) if c.start < len(line)]
    assert [c.currency for c in heads] == ["KRW", "KRW"], [c.reason for c in heads]


def test_a_bare_korean_amount_after_a_sum_noun_is_won_in_an_article_of_won_and_others():
    # Korean news names a foreign currency each time; only won goes unsaid.
    text = ("누리전자, 한빛부품 2조대 인수\n부품 부문 매출 6300억..과징금 7백억 예상\n"
            "누리전자가 한빛부품을 2조1000억원에 인수한다. 한빛의 기업가치는 3조대로 평가된다.\n"
            "한빛의 매출은 9억 유로, 영업이익 1억이다.\n")
    c = {c.amount.span: c for c in extract(text, dt.date(2024, 5, 2))}
    assert c["6300억"].currency == "KRW" and "매출" in c["6300억"].currency_from
    assert c["7백억"].currency == "KRW"                # a sum a ruling sets names a sum too
    # A band is money only after a noun that names a sum, as a bare amount is.
    assert c["3조대"].currency == "KRW" and c["3조대"].amount.low == 3e12
    assert c["2조대"].currency is None and c["2조대"].amount.low == 2e12
    # Its sentence named euros before it: the name carried over, no currency guessed.
    assert c["1억"].currency is None


def test_a_band_is_the_readers_band_with_a_hedge_after_it_too():
    """Whether an amount is a band is the reader's word (`Amount.band`): "3조대 가량" after a noun
    that names a sum is a band of won as "3조대" is, though its text ends in its hedge."""
    text = ("누리전자가 한빛부품을 2조1000억원에 인수한다. 한빛의 매출은 6000억원이다. "
            "한빛의 기업가치는 3조대 가량으로 평가된다.\n")
    c = {c.amount.span: c for c in extract(text, dt.date(2024, 5, 2))}
    assert c["3조대 가량"].amount.band and c["3조대 가량"].currency == "KRW"


def test_a_band_takes_no_currency_from_a_won_amount_it_covers():
    # 2조7000억원 lies in the band 2조대, but a band is money only after a noun that names a sum:
    # the headline's band of a purchase stays without a currency, as a bare rounded amount would not.
    text = ("누리전자, 한빛부품 2조대 인수\n누리전자가 한빛부품을 2조7000억원에 인수한다. "
            "한빛의 매출은 9억 유로다.\n")
    c = {c.amount.span: c for c in extract(text, dt.date(2024, 5, 2))}
    assert c["2조대"].currency is None and c["2조7000억원"].currency == "KRW"


def test_won_after_a_company_named_hanwha_is_no_conversion():
    """Whether an amount is a conversion is read by the one reader of the conversion words
    (`currency.text.conversion_words`): "한화 2000억원" is the company's money, not "in won" (한화
    alone, with no parenthesis, comma, 로 or 약, marks none), so the article states won."""
    text = ("한빛의 매출은 9억 유로다. 누리전자는 한화 2000억원 투자를 유치했다. "
            "누리전자의 영업이익 300억은 최대다.\n")
    c = {c.amount.span: c for c in extract(text, dt.date(2024, 5, 2))}
    assert c["300억"].currency == "KRW", c["300억"].reason


@pytest.mark.parametrize("text", [
    # the marker after the amount ("당시 환율 기준", "으로 환산")
    "누리전자는 30억 달러를 벌었고 이는 3조9000억원 당시 환율 기준이다. 부채는 1000억이다.\n",
    "누리전자는 30억 달러를 벌었다. 이는 3조9000억원으로 환산된다. 부채는 1000억이다.\n",
    # the marker glued to the word before it
    "누리전자는 30억 달러를 벌었다. 원화환산시 3조9000억원이다. 부채는 1000억이다.\n",
])
def test_won_the_article_only_converts_to_gives_no_bare_amount_won(text):
    """A won amount marked a conversion, by words after it or by words glued to the word before
    it, is the writer's arithmetic: a bare amount of the article takes no won from it."""
    c = {c.amount.span: c for c in extract(text, dt.date(2024, 5, 2))}
    assert c["3조9000억원"].currency == "KRW" and c["1000억"].currency is None


def test_a_bare_korean_amount_takes_no_won_in_an_article_that_states_none():
    text = ("누리전자, 한빛부품 2조대 인수\n부품 부문 매출 6300억\n"
            "누리전자가 한빛부품을 15억 유로에 인수한다. 한빛의 부채는 3억 달러다.\n")
    c = {c.amount.span: c for c in extract(text, dt.date(2024, 5, 2))}
    assert c["6300억"].currency is None and c["2조대"].currency is None


def test_a_band_of_the_trillions_is_no_money_without_a_noun_that_names_a_sum():
    # A won-only article: a band of parameters, tokens or stars is a band, not won.
    text = ("누리AI, 2조대 파라미터 모델 공개\n누리AI는 매출 700억원, 영업이익 90억원을 올렸다. "
            "학습 토큰은 20조대 초반이다. 하늘의 별은 수조대에 이른다. 기업가치는 1조대다.\n")
    c = {c.amount.span: c for c in extract(text, dt.date(2024, 5, 2))}
    assert c["2조대"].amount.low == 2e12 and c["2조대"].currency is None
    assert c["20조대 초반"].currency is None and c["수조대"].currency is None
    assert c["1조대"].currency == "KRW" and "기업가치" in c["1조대"].currency_from


@pytest.mark.parametrize("text, bare", [
    # Won only as a conversion: a foreign story told to Korean readers.
    ("한빛, 매출 5000억 위안\n한빛의 연간 매출은 5000억 위안(약 95조원)이었다.\n"
     "영업이익은 600억을 기록했다.\n", "600억"),
    ("한빛전기 매출 9조 엔\n한빛전기의 연간 매출은 9조 엔이다. 한화로 약 85조원이다.\n"
     "순이익은 7300억에 그쳤다.\n", "7300억"),
    ("한빛테크 매출 20억 달러\n한빛테크의 매출은 20억 달러(약 2조7000억원)를 기록했다.\n"
     "순이익 3억을 기록했다.\n", "3억"),
    ("한빛, 영업이익 600억\n한빛의 연간 매출은 5000억 위안(약 95조원)이었다.\n", "600억"),
    # Won stated as its own amount later, but the last amount before the bare one is in dollars.
    ("한빛테크의 매출은 20억 달러였다. 순이익은 3억을 기록했다.\n"
     "국내 법인의 매출은 5000억원이다.\n", "3억"),
])
def test_a_bare_korean_amount_takes_no_won_where_won_is_not_the_story_s_own(text, bare):
    c = {c.amount.span: c for c in extract(text, dt.date(2024, 5, 2))}
    assert c[bare].currency is None, c[bare].currency_from


def test_a_bare_korean_amount_is_won_where_won_is_stated_as_its_own_amount():
    text = ("한빛, 과징금 6백억\n당국은 한빛에 과징금 4500만 달러, 우리돈 600억 원을 부과했다. "
            "자회사는 170억 원을 따로 낸다.\n")
    c = {c.amount.span: c for c in extract(text, dt.date(2024, 5, 2))}
    assert c["6백억"].currency == "KRW", c["6백억"].reason


@pytest.mark.parametrize("sentence, day, said", [
    # made up: a saying's word dates the day it follows in its clause ...
    ("카파전자가 공급 계약을 체결했다고 10일 밝혔다.", "10일", True),
    ("10일 업계에 따르면 카파전자는 공급 계약을 맺었다.", "10일", True),
    ("10일 금융투자업계 관계자에 따르면 계약 규모는 80억 달러다.", "10일", True),
    ("10일 국토교통부에 따르면 사업비는 80억 달러다.", "10일", True),
    ("Kappa Electronics on May 15 announced an $8 billion deal.", "May 15", True),
    # ... only as a word of its own: "발전했" holds "전했"; a deal's terms are no source
    ("카파전자의 반도체 사업은 10일 크게 발전했다.", "10일", False),
    ("10일 체결된 계약에 따르면 규모는 80억 달러다.", "10일", False),
    # ... and not past a joined verb's "and": the day is the signing's
    ("Kappa Electronics signed an $8 billion deal on May 15 and announced it a day later.",
     "May 15", False),
    # ... nor past a quoted clause's ending or a relative clause's opener: that verb is not the day's
    ("카파전자는 15일 체결한 공급 계약의 규모가 80억 달러라고 전했다.", "15일", False),
    ("카파전자는 15일 계약을 맺은 곳이 카파물산이라고 밝혔다.", "15일", False),
    ("Kappa on May 15 signed an $8 billion deal that analysts said was large.", "May 15", False),
    ("Kappa on May 15 hired a firm who announced an $8 billion deal.", "May 15", False),
])
def test_a_day_is_the_sayings_only_by_a_saying_word_of_its_own_clause(sentence, day, said):
    assert said_on(sentence, day) is said


@pytest.mark.parametrize("lead, said", [
    # made up: a quoted clause that writes its deed's own day ("지난 2일", "전날") leaves the day
    # heading it to the saying ...
    ("3일 노르덴은 카파전자와 람다물산이 지난 2일 70억 달러 규모의 공사를 수주했다고 밝혔다.\n", True),
    ("카파전자는 3일 공사에 대한 수주통지서를 받아 전날 서명식을 열었다고 공시했다.\n", True),
    # ... a quote with no day of its own is dated by the day heading it: the deed's
    ("3일 노르덴은 카파전자와 람다물산이 70억 달러 규모의 공사를 수주했다고 밝혔다.\n", False),
    ("카파전자는 3일 공사에 대한 수주통지서를 받아 서명식을 열었다고 공시했다.\n", False),
    # a wire's weekday read with its report verb is the saying's day; one read as local time
    # is the deed's
    ("Orvel and Kestrel won a $7 billion plant contract, the ministry said Wednesday.\n", True),
    ("Orvel and Kestrel signed a $7 billion plant contract Wednesday local time.\n", False),
    # ... as is one read with the medium named between ("said in a filing Tuesday")
    ("Orvel won a $7 billion plant contract, it disclosed in a filing Wednesday.\n", True),
    ("Orvel won a $7 billion plant contract, it announced in a statement on Wednesday.\n", True),
])
def test_a_news_date_is_the_sayings_when_the_lead_dates_its_deed_apart(lead, said):
    # out on Thursday 4 April 2024, the news date is the 3rd (a Wednesday) in each lead
    news = news_date(lead, dt.date(2024, 4, 4))
    assert news is not None and news.date == "2024-04-03"
    assert news.said is said


@pytest.mark.parametrize("lead, as_of, words", [
    # made up: a lead that says on the 3rd what was done on a day its quote writes tells that
    # deed's story: the article's undated amount is of the deed's day ...
    ("3일 노르덴은 카파전자가 지난 2일 공사를 수주했다고 밝혔다. 계약 규모는 70억 달러다.\n",
     "2024-04-02", "지난 2일 (line 1)"),
    # ... "전날" counting back from the saying's day, not from publication (the 4th)
    ("카파전자는 3일 공사 통지서를 받아 전날 서명식을 열었다고 공시했다. 계약 규모는 70억 달러다.\n",
     "2024-04-02", "전날 (line 1)"),
    # ... a quote with no day of its own leaves the news date the day heading it
    ("3일 노르덴은 카파전자가 공사를 수주했다고 밝혔다. 계약 규모는 70억 달러다.\n",
     "2024-04-03", "3일 (line 1)"),
    # ... as does a quote whose own time is no single day (a year is the period's, not the deed's)
    ("3일 노르덴은 카파전자가 지난해 공사를 수주했다고 밝혔다. 계약 규모는 70억 달러다.\n",
     "2024-04-03", "3일 (line 1)"),
])
def test_a_leads_quote_dating_its_deed_dates_the_articles_undated_amounts(lead, as_of, words):
    c, = extract(lead, dt.date(2024, 4, 4))
    assert (c.as_of, c.as_of_from, c.as_of_basis) == (as_of, words, "article")
    assert c.as_of_deed is (as_of != "2024-04-03")


@pytest.mark.parametrize("lead", [
    # made up: a quote's own day more than NEWS_DAYS before the saying's, or ahead of it, is no
    # deed day the lead's story tells: the news date stays the day heading the quote
    "3일 노르덴은 카파전자가 지난 2월 1일 공사를 수주했다고 밝혔다. 계약 규모는 70억 달러다.\n",
    "3일 노르덴은 카파전자가 오는 5일 공사 계약을 체결한다고 밝혔다. 계약 규모는 70억 달러다.\n",
], ids=["too_far_back", "ahead"])
def test_a_leads_quote_day_out_of_its_reach_is_no_deed_day(lead):
    c, = extract(lead, dt.date(2024, 4, 4))
    assert (c.as_of, c.as_of_from, c.as_of_deed) == ("2024-04-03", "3일 (line 1)", False)
    assert news_date(lead, dt.date(2024, 4, 4)).deed is None


@pytest.mark.parametrize("lead, as_of", [
    # made up: the lead's deed day (the 2nd) goes to the amounts of the sentence right after it
    # that restates its sum with no verb of its own ...
    ("3일 노르덴은 카파전자가 지난 2일 공사를 수주했다고 밝혔다. 계약 규모는 70억 달러 수준이다.\n",
     "2024-04-02"),
    ("3일 노르덴은 카파전자가 지난 2일 공사를 수주했다고 밝혔다. The deal is worth $7 billion.\n",
     "2024-04-02"),
    # ... a hedge of about after the sum (the amount's own, as 가량 and 정도 are)
    ("3일 노르덴은 카파전자가 지난 2일 공사를 수주했다고 밝혔다. 계약 규모는 70억 달러 안팎이다.\n",
     "2024-04-02"),
    # ... not to a next sentence with a deed's verb of its own, nor to one further on
    ("3일 노르덴은 카파전자가 지난 2일 공사를 수주했다고 밝혔다. 카파전자는 람다물산을 70억 달러에 "
     "인수하기로 했다.\n", "2024-04-03"),
    ("3일 노르덴은 카파전자가 지난 2일 공사를 수주했다고 밝혔다. 카파전자는 이사회를 열었다. "
     "계약 규모는 70억 달러다.\n", "2024-04-03"),
    # ... and an amount with its conversion is one sum: both take the day the pair's tail decides
    ("3일 노르덴은 카파전자가 지난 2일 공사를 수주했다고 밝혔다. 계약 규모는 70억 달러, 우리 돈으로 "
     "9조원이다.\n", "2024-04-02"),
    ("3일 노르덴은 카파전자가 지난 2일 공사를 수주했다고 밝혔다. 계약 규모는 70억 달러(약 9조원) "
     "수준이다.\n", "2024-04-02"),
    ("3일 노르덴은 카파전자가 지난 2일 공사를 수주했다고 밝혔다. 계약 규모는 70억 달러(약 9조원)다.\n",
     "2024-04-02"),
    ("3일 노르덴은 카파전자가 지난 2일 공사를 수주했다고 밝혔다. The deal is worth $7 billion "
     "(9 trillion won).\n", "2024-04-02"),
])
def test_a_leads_deed_day_dates_only_the_amounts_of_its_deed(lead, as_of):
    cands = extract(lead, dt.date(2024, 4, 4))
    assert cands
    for c in cands:
        assert (c.as_of, c.as_of_basis, c.as_of_deed) == (as_of, "article", as_of == "2024-04-02")
        # an amount dated to the deed's day is no report's day; one left the news date is
        assert c.as_of_said is (as_of == "2024-04-03")


@pytest.mark.parametrize("text, said", [
    # made up: the day the amount's own clause writes is the signing's; the same words earlier
    # in the sentence date the saying, and do not make this one a report's day
    ("카파전자가 15일 밝힌 바에 따르면 람다전자는 15일 80억 달러 규모의 공급 계약을 체결했다.\n", False),
    ("카파전자는 람다전자와 80억 달러 규모의 공급 계약을 체결했다고 15일 밝혔다.\n", True),
])
def test_a_sentences_day_is_the_sayings_as_read_where_the_amount_takes_it(text, said):
    c, = extract(text, dt.date(2024, 5, 15))
    assert (c.as_of, c.as_of_basis, c.as_of_said) == ("2024-05-15", "sentence", said)


@pytest.mark.parametrize("text, as_of", [
    # a month with "last year" or "this year" after it is that year's month, one date
    ("Orvel paid $2 billion in July last year.", ["2023-07"]),
    ("Orvel paid $2 billion in July of last year.", ["2023-07"]),
    ("Orvel paid $2 billion in March of this year.", ["2024-03"]),
    # ... "past year" after a month is last year, as rewritten copy says it; a bare "past year"
    # is as often the last twelve months ("revenue climbs over past year"): not read
    ("Orvel paid $2 billion in July past year.", ["2023-07"]),
    ("Orvel's revenue climbs to $2 billion over past year.", [None]),
    ("Norden was bought by Orvel past year, when it had sales of $2 billion.", ["2023"]),
    ("In past year, Orvel raised $2 billion.", [None]),
    ("Orvel's past year peak was $2 billion.", [None]),
    ("Orvel raised $2 billion in each past year.", [None]),
    ("Over the past year Norden raised $2 billion from its backers.", [None]),
    # ... not a possessive's "last year's", which dates the noun after it
    ("Orvel booked in July last year's deferred revenue of $2 billion.", ["2023"]),
    ("Kestrel spent in March this year’s budget of $1 billion.", ["2024"]),
    # ... so a span's start is the whole of it, and dates nothing (a sum since then is of now)
    ("Since July last year, Orvel has raised $2 billion in total.", [None]),
    ("The total raised by Orvel since July of last year amounts to $2 billion.", [None]),
    # ... and in Korean a month "m" reads, or a day, of last year
    ("노르덴은 지난해 7월에 2조원을 투자했다.", ["2023-07"]),
    ("노르덴은 작년 7월 말 2조원을 투자했다.", ["2023-07"]),
    ("노르덴은 지난해 7월 15일 2조원을 투자했다.", ["2023-07-15"]),
    # ... a bare "지난해 7월" stays the year, as often a clause's describing a noun
    ("노르덴은 지난해 7월 결정했던 공장 건설에 2조원을 투자했다.", ["2023"]),
])
def test_a_month_with_its_years_word_is_that_years_month(text, as_of):
    assert [c.as_of for c in extract(text + "\n", dt.date(2024, 9, 20))] == as_of


@pytest.mark.parametrize("text, as_of", [
    # a change's starting level takes the date right after it, whatever date opens the sentence
    ("Last year, Orvel's revenue was $19 billion, a fourfold rise from $5 billion in 2019.",
     ["2023", "2019"]),
    ("In 2023, Orvel's revenue rose to $5 billion from $3 billion in 2019.", ["2023", "2019"]),
    # ... only a time ending before the opening date begins: one inside it is a part of the
    # span the sentence tells, not the level's own
    ("In 2024, Orvel's net income rose to $1.2 billion from $900 million in the second quarter.",
     ["2024", "2024"]),
    ("In 2024, Kestrel's sales rose to $4 billion from $3 billion in March.", ["2024", "2024"]),
    # ... not an amount after another "from", nor a date after publication
    ("In 2023, Orvel bought Kestrel from Norden for $3 billion in cash.", ["2023"]),
    ("In 2023, Orvel's sales grew to $5 billion from $3 billion in the morning.",
     ["2023", "2023"]),
    ("Last year, Orvel said sales would fall from $3 billion in 2026.", ["2023"]),
])
def test_a_changes_starting_level_takes_the_date_right_after_it(text, as_of):
    assert [c.as_of for c in extract(text + "\n", dt.date(2024, 9, 20))] == as_of


# --- conversions written in brackets, after "equivalent to", a slash, or a rate named -------

@pytest.mark.parametrize("text, original, conversion", [
    # a square bracket opens a conversion as a parenthesis does
    ("Norden budgeted 9 trillion won [$6.8 billion] for new docks.",
     "9 trillion won", "$6.8 billion"),
    # "equivalent to", after a comma or not
    ("Kestrel was charged 310 billion won, equivalent to $232 million, in fees.",
     "310 billion won", "$232 million"),
    ("Orvel owes 4 trillion won, the equivalent of $3 billion.", "4 trillion won", "$3 billion"),
    # a quotation ending with the amount closes before its parenthesis
    ("Halvard spoke of “a pot of 4 trillion won” ($3 billion) for ports.",
     "4 trillion won", "$3 billion"),
    # the sentence right after names the rate it reckons at ("당시 환율로"), a money noun as its
    # subject allowed, and the sentence before states one amount in another currency
    ("노르덴은 케스트렐 지분을 12억 달러에 사들였다. 당시 환율로 1조6000억원 규모다.",
     "12억 달러", "1조6000억원"),
    ("할바드가 오르빌 공장을 9억 달러에 넘겨받는다. 거래액은 당시 환율을 기준으로 1조2000억 원 "
     "정도다.", "9억 달러", "1조2000억 원 정도"),
    ("Kestrel sold its mills for $2.4 billion. At current exchange rates, it is roughly 3.2 "
     "trillion won.", "$2.4 billion", "roughly 3.2 trillion won"),
])
def test_a_conversion_in_brackets_after_equivalent_or_naming_its_rate_pairs(text, original,
                                                                          conversion):
    pairs = _pairs(text)
    assert pairs[conversion] == original
    assert pairs[original] == conversion


@pytest.mark.parametrize("text", [
    # "at the time" names no rate: it opens sentences of other news
    "Orvel paid $1.6 billion for Kestrel. At the time, Norden paid 2.1 trillion won for Halvard.",
    # a sentence between, though it holds no amount, may bring up another fact: the rate's
    # words convert the purchase, not the revenue
    "카파전자는 지난해 매출 1300억원을 기록했다. 이 회사는 2019년 오르빌을 인수했다. 당시 환율로 약 "
    "1억 달러 규모였다.",
    # two amounts in the other currency before: which one the rate converts is not said
    "노르덴은 케스트렐을 12억 달러에, 할바드를 3억 달러에 사들였다. 당시 환율로 1조6000억원 규모다.",
    # a bracket holding a count, not a sum in another currency
    "Kestrel sold 3 [2 billion won] units.",
])
def test_a_rate_named_after_another_sentence_or_two_amounts_or_unnamed_pairs_nothing(text):
    assert not any(_pairs(text).values())


def test_a_second_conversion_after_a_slash_converts_the_original():
    text = "Kestrel was fined KRW 95 billion ($71 million/€66 million) by the regulator."
    cands = extract(text, MARCH_5)
    won, dollars, euros = cands
    assert won.pair["with"] == dollars.index and dollars.pair["with"] == won.index
    assert euros.pair["with"] == won.index and euros.pair["rate_unit"] == "EUR/KRW"


@pytest.mark.parametrize("head, span", [
    ("해외 당국도 4.2조 과징금 부과", "4.2조"),          # a sum a ruling sets, after the number
    ("카파전자 설비 투자 확대…업체당 최대 300억 지원", "최대 300억"),   # money given, hedged
    ("카파전자, 내년 1.5조 투자 계획", "1.5조"),
    ("노르덴 '3.2조 발주' 선박 계약 해지", "3.2조"),        # an order placed, as one won (수주)
    ("카파전자, 선박 3조 발주", "3조"),                     # no one orders 3조 ships
    # goods are counted by the hundred million only (`ko.GOODS_COUNT_CEILING`): from 100억 up an
    # order of them is a sum
    ("노르덴, 부품 5000억 발주", "5000억"),
    ("카파전자, 반도체 1조 발주", "1조"),
    ("노르덴, 부품 100억 발주", "100억"),
    ("카파전자 '7.4조' 밸류 인정", "7.4조"),                # a quotation closed before its noun
    ("카파전자 '조 단위' 투자 유치", "조 단위"),
])
def test_a_bare_korean_amount_before_a_money_word_is_won(head, span):
    body = "카파전자는 설비에 2조1000억원을 투자하고 협력사에 500억원을 지원한다.\n"
    c = {c.amount.span: c for c in extract(head + "\n" + body, PUB)}
    assert c[span].currency == "KRW" and c[span].confidence == "high", c[span].reason


@pytest.mark.parametrize("head, span", [
    ("카파전자, 6000억 들여 케스트렐 품었다", "6000억"),        # a sum it spends
    ("카파전자, 300억을 더 들여서 공장 증설", "300억"),         # a word of adding between
    ("카파전자, 6000억을 들인 인수 마무리", "6000억"),        # 들인: any ending after its stem
    ("카파전자는 오르빌을 5,000억에 인수했다고 밝혔다", "5,000억"),  # a price paid
    ("카파전자, 노르덴 3조에 매각", "3조"),
    ("카파전자는 작년 약 4,000억의 매출을 올렸다", "약 4,000억"),  # a money noun it is the genitive of
])
def test_a_bare_korean_amount_spent_paid_or_of_a_money_noun_is_won(head, span):
    body = "카파전자는 설비에 2조1000억원을 투자하고 협력사에 500억원을 지원한다.\n"
    c = {c.amount.span: c for c in extract(head + "\n" + body, PUB)}
    assert c[span].currency == "KRW" and c[span].confidence == "high", c[span].reason
    assert c[span].currency_from, "a currency read from a money word is noted as inferred"


@pytest.mark.parametrize("head, span", [
    # 들여오다, 들여놓다, 들여보내다 bring goods or people in: a count, not a sum
    ("카파전자, 백신 1억 들여온다", "1억"),
    ("카파전자, 백신 1억 들여오기로", "1억"),
    ("카파전자, 부품 1억 들여올 계획", "1억"),
    ("카파전자, 작년 부품 1억 들여왔다", "1억"),
    ("카파전자, 부품 2억 들여놨다", "2억"),
    ("카파전자 극장, 관객 1억 들여보내", "1억"),
    # 의 before a noun a count has too (규모, 가치, 수익): no money noun of its own
    ("카파전자 앱, 누적 3억의 규모로 성장", "3억"),
    ("카파전자 영상, 무려 1억의 가치", "1억"),
    # a count noun before the number: a money noun or a sale verb after it makes no sum
    ("카파전자 영상, 조회수 1억의 가치", "1억"),
    ("카파전자 앱, 이용자 3억의 규모로 성장", "3억"),
    ("카파전자 게임, 다운로드 2억의 수익", "2억"),
    ("카파전자 게임, 다운로드 2억의 매출 효과", "2억"),
    ("카파전자 영상, 조회수 1억에 인수위 주목", "1억"),
    ("카파전자 앱, 이용자 1억에 인수 제안", "1억"),
    ("카파전자 앱, 가입자 2억에 매각 추진설", "2억"),
    # 인수위, 인수인계: a longer noun, no price paid
    ("카파전자, 1억에 인수위 주목", "1억"),
])
def test_a_bare_korean_count_beside_a_verb_or_noun_of_no_money_stays_a_number(head, span):
    body = "카파전자는 설비에 2조1000억원을 투자하고 협력사에 500억원을 지원한다.\n"
    c = {c.amount.span: c for c in extract(head + "\n" + body, PUB)}
    assert c[span].currency is None


@pytest.mark.parametrize("head, span", [
    ("카파전자 가입자 2억 돌파", "2억 돌파"),          # a count: no money word beside it
    ("카파전자, 1억 주 지원 배정", "1억"),              # a count of shares keeps its word
    # a word after the number that is no money word (`ko.MONEY_WORDS_AFTER`): only the list's
    # words make a bare number a sum
    ("카파전자, 내년 1.5조 케스트렐 계획", "1.5조"),
    ("카파전자 '1.5조' 케스트렐 계획", "1.5조"),          # a closed quotation alone makes no sum
    ("노르덴, 부품 1억 개 발주", "1억 개"),               # a part ordered keeps its counter
    # ... and without its counter, a noun of goods before the number counts them (`ko.GOODS_NOUNS`)
    ("노르덴, 부품 1억 발주", "1억"),
    ("카파전자 마스크 2억 발주", "2억"),
    ("카파전자, 백신 1억 발주 계획", "1억"),
])
def test_a_bare_korean_count_beside_no_money_word_stays_a_number(head, span):
    body = "카파전자는 설비에 2조1000억원을 투자하고 협력사에 500억원을 지원한다.\n"
    c = {c.amount.span: c for c in extract(head + "\n" + body, PUB)}
    assert c[span].currency is None


@pytest.mark.parametrize("plain, folded", [
    ("Orvel's 1st quarter sales rose to $3 million.", "Orvel's 1\u017ft quarter sales rose to $3 million."),
    ("Kestrel's 1st half sales rose to $5 million.", "Kestrel's 1\u017ft half sales rose to $5 million."),
    ("Norden paid $2 million six years ago.", "Norden paid $2 million \u017fix years ago."),
    ("Halvard paid $4 million seven months ago.", "Halvard paid $4 million \u017feven months ago."),
])
def test_a_date_word_matched_through_case_folding_reads_as_its_plain_spelling(plain, folded):
    # the long s matches "s" without regard to case, though str.lower() keeps it
    def dates(sentence):
        return [(start, end, value) for start, end, value, _words
                in date_expressions(sentence, dt.date(2024, 5, 3))]
    assert dates(plain)
    assert dates(folded) == dates(plain)


@pytest.mark.parametrize("text, as_of", [
    # a length of time spread over after a date, in its clause, makes the date a span's start: the
    # sum is of the span (its end, the news), not of the year it began
    ("노르덴은 2011년 첫 삽을 뜨고 약 4년에 걸쳐 모두 2조원을 쏟아부었다.", None),
    ("노르덴은 2012년 착공해 18개월에 걸쳐 2조원을 투자했다.", None),
    # ... not a span in another clause than the date's, nor a count of years with no spreading word
    ("노르덴은 2016년 2조원을 들여 공장을 지었고, 3년에 걸쳐 증설했다.", "2016"),
    ("노르덴은 2016년 착공해 3년 만에 2조원을 투자했다.", "2016"),
    # ... nor past a connective's clause break, which starts another deed's clause
    ("카파건설은 2018년 5월 2조원 규모의 공사를 수주했으며 3년에 걸쳐 시공한다.", "2018-05"),
    # ... nor a span's end (까지), which dates its sum
    ("노르덴은 2014년부터 2018년까지 5년에 걸쳐 10조원을 투자했다.", "2018"),
])
def test_a_date_a_span_is_spread_over_from_dates_not_the_spans_sum(text, as_of):
    c = next(c for c in extract(text + "\n", dt.date(2019, 5, 10)) if c.currency == "KRW")
    assert c.as_of == as_of


@pytest.mark.parametrize("text, amount, as_of", [
    # a span's start ahead of publication dates what begins then: a span still to come has no
    # end yet, and its first period is when the sum is first true (as "from 2021" does in English)
    ("노르덴은 2021년부터 연 5억달러의 매출을 기대한다.", "연 5억달러", "2021"),
    ("카파화학은 2022년 이후 연간 3억달러 매출이 예상된다고 밝혔다.", "연간 3억달러", "2022"),
    # ... only the amounts after it: an amount before it is of its own clause
    ("예상 투자금액은 약 2조원이며, 2021년부터 연 5억달러의 매출을 기대한다.", "약 2조원", None),
    # ... not a start ahead whose span has a length or an end: its sum is of the whole span
    ("노르덴은 2021년부터 3년간 2조원을 투자한다.", "2조원", None),
    ("노르덴은 2021년부터 2023년까지 2조원을 투자한다.", "2조원", None),
    # ... nor a sum over the span (총, 누적) nor an amount after a clause break: only the rate of
    # its own clause is of its first period
    ("노르덴은 2021년부터 연 1조원의 매출을 기대하며 총 투자비는 3조원이다.", "3조원", None),
    ("노르덴은 2021년부터 매년 1조원씩, 총 5조원을 투자한다.", "5조원", None),
    ("노르덴은 2021년부터 매년 1조원씩, 총 5조원을 투자한다.", "매년 1조원", "2021"),
    ("노르덴은 2021년부터 5억달러의 매출을 기대한다.", "5억달러", "2021"),
    ("노르덴은 2021년부터 누적 3조원을 투자한다.", "3조원", None),
    # ... and a span's start gone by still dates nothing (its sum is of the span's end)
    ("노르덴은 2016년부터 모두 2조원을 투자했다.", "2조원", None),
])
def test_a_span_start_ahead_dates_the_amounts_after_it(text, amount, as_of):
    c = next(c for c in extract(text + "\n", dt.date(2019, 5, 10))
             if text[c.amount.start:c.amount.end] == amount)
    assert c.as_of == as_of


@pytest.mark.parametrize("text, as_of", [
    # a date in a relative clause after the noun the amount modifies, set off by a comma, is the
    # noun's
    ("Orvel's new smelter is a $2 billion venture, which began building in March 2011.", None),
    ("Zendra will buy an $800 million mill, which it opened in May 2015.", None),
    # ... not when "which" follows the amount itself, or a phrase the amount is no part of: it
    # may refer to the whole deal, whose date the amount's is
    ("Kestrel sold Norden for $3 billion, which was announced in March 2016.", "2016-03"),
    ("The firm agreed to pay $3 billion for the unit, which closed on March 3, 2018.",
     "2018-03-03"),
    # ... not when the amount is inside that clause, nor when the date comes before the clause
    ("Kestrel bought Norden, which it acquired for $3 billion in 2016.", "2016"),
    ("Kestrel sold Norden for $3 billion in 2016, which was a record.", "2016"),
    # ... nor a clause before the amount, of the subject whose amount it is
    ("The deal, which closed in March 2016, was worth $3 billion.", "2016-03"),
])
def test_a_date_in_a_relative_clause_after_the_amount_is_its_nouns(text, as_of):
    c, = extract(text + "\n", dt.date(2019, 5, 22))
    assert c.as_of == as_of
