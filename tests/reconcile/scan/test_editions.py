"""Two editions of one report: one publisher, one day, two languages, the same amounts in order."""
from __future__ import annotations

import datetime as dt

import pytest

from reconcile.scan.editions import _slipped, edition_links, edition_pairs
from reconcile.scan.grouping import group_mentions
from reconcile.scan.mentions import article_mentions
from reconcile.scan.model import Article, EditionLinks
from reconcile.scan.propose import scan_articles, script_of

DAY = dt.date(2025, 3, 19)

# made-up: a yard's accounts at its takeover; the English edition slips two units tenfold
KO = ("카파중공업은 오르빗조선을 3억 달러(약 4107억원)에 인수했다. 인수 당시 오르빗조선의 자산은 3152억원, "
      "부채는 5871억원이었다. 인수 프리미엄은 4213억원이다. 작년 매출은 5856억원, 영업손실은 1839억원이었다.")
EN = ("Kappa Heavy took over Orvel Shipbuilding, paying $300 million (roughly 410.7 billion won). "
      "When the deal closed Orvel held assets of 3.15 trillion won and owed 5.87 trillion won. "
      "Kappa paid a premium of 421.3 billion won. Orvel's sales last year came to 585.6 billion "
      "won, its operating loss to 183.9 billion won.")


def edition(path: str, text: str, language: str, url: str, day: dt.date = DAY,
            publisher: str | None = None) -> Article:
    return Article(path, text, day, "header line", url=url, publisher=publisher,
                   language=language)


def metric(result, amount: str) -> str:
    rows = [r for r in result.rows if r["amount"] == amount]
    assert len(rows) == 1, rows
    return rows[0]["metric"]


def _pair(ko_url: str = "https://news.example.com/ko/1", en_url: str = "https://m.news.example.com/en/7",
          en_day: dt.date = DAY, en_text: str = EN) -> list[Article]:
    return [edition("k.txt", KO, "ko", ko_url), edition("e.txt", en_text, "en", en_url, en_day)]


def test_an_editions_amount_slipped_tenfold_joins_the_original_it_translates():
    res = scan_articles(_pair())
    assert metric(res, "5.87 trillion won") == metric(res, "5871억원")
    assert metric(res, "3.15 trillion won") == metric(res, "3152억원")


def _mentions(*texts: tuple[str, str]):
    return [m for n, (text, language) in enumerate(texts)
            for m in article_mentions(Article(f"{n}.txt", text, DAY, "header line",
                                              language=language), n)]


def test_an_amount_is_told_apart_from_one_the_other_edition_gives_for_another():
    # 5871억원 (liabilities) and 585.6 billion (sales) are 0.3 % apart; the edition states 5871억원
    # as its 5.87 trillion and 585.6 billion as the original's 5856억원. A conversion's other
    # currency is no other number: 4107억원 is not told apart from $300 million
    ms = _mentions((KO, "ko"), (EN, "en"))
    key = {m.span: m.key for m in ms}
    links = edition_links(ms, [(0, 1)])
    assert (key["5871억원"], key["5.87 trillion won"]) in links.slipped
    assert (key["5871억원"], key["585.6 billion won"]) in links.apart
    assert (key["5856억원"], key["585.6 billion won"]) in links.same
    assert not {(key["약 4107억원"], key["$300 million"]), (key["3억 달러"], key[
        "roughly 410.7 billion won"])} & links.apart


def test_amounts_two_editions_tell_apart_are_two_facts():
    ms = _mentions(("카파중공업은 오르빗조선을 3억 달러에 인수했다. 오르빗조선의 부채는 5871억원이었다.", "ko"),
                   ("Kappa Heavy took over Orvel Shipbuilding, paying $300 million. Orvel's debt was 587.1 "
                    "billion won.", "en"))
    key = {m.span: m.key for m in ms}
    days = [DAY.toordinal()] * 2

    def fact_count(links: EditionLinks | None) -> int:
        return len(group_mentions(ms, ["hangul", "latin"], days, links))

    assert fact_count(None) == 2
    assert fact_count(EditionLinks(apart=frozenset({(key["5871억원"],
                                                     key["587.1 billion won"])}))) == 3


@pytest.mark.parametrize("ko_url, en_url, en_day", [
    # two publishers
    ("https://news.example.com/ko/1", "https://other.example.org/en/7", DAY),
    # one publisher, the next day: a follow-up as often as a translation
    ("https://news.example.com/ko/1", "https://news.example.com/en/7", DAY + dt.timedelta(days=1)),
])
def test_reports_not_one_publishers_of_one_day_tie_no_slipped_amount(ko_url, en_url, en_day):
    res = scan_articles(_pair(ko_url, en_url, en_day))
    assert metric(res, "5.87 trillion won") != metric(res, "5871억원")


def test_editions_sharing_too_few_amounts_in_order_tie_nothing():
    # the same day and publisher, but only the price in common: not one report's two editions
    en = ("Kappa Heavy took over Orvel Shipbuilding, paying $300 million. Orvel's liabilities were 5.87 "
          "trillion won.")
    res = scan_articles(_pair(en_text=en))
    assert metric(res, "5.87 trillion won") != metric(res, "5871억원")


def test_editions_are_one_publishers_articles_of_one_day_in_two_scripts():
    arts = [edition("a.txt", KO, "ko", "https://www.news.example.com/1"),
            edition("b.txt", EN, "en", "https://news.example.com/2"),
            edition("c.txt", KO, "ko", "https://news.example.com/3"),
            edition("d.txt", EN, "en", "", publisher="Norden Daily"),
            edition("e.txt", KO, "ko", "", publisher="norden daily ")]
    scripts = [script_of(a) for a in arts]
    assert edition_pairs(arts, scripts) == [(0, 1), (1, 2), (3, 4)]
    month = Article("f.txt", EN, DAY, "index.csv", url="https://news.example.com/4",
                    language="en", period="2025-03")
    assert edition_pairs([arts[0], month], ["hangul", "latin"]) == []


@pytest.mark.parametrize("a, b, slipped", [
    ("부채는 5871억원이었다.", "Liabilities were 5.87 trillion won.", True),      # cut
    ("부채는 5876억원이었다.", "Liabilities were 5.88 trillion won.", True),      # rounded
    ("부채는 5856억원이었다.", "Liabilities were 5.87 trillion won.", False),     # other digits
    ("부채는 5000억원이었다.", "Liabilities were 5 trillion won.", False),        # too few digits
    ("부채는 5871억원이었다.", "Liabilities were $5.87 billion.", False),         # two currencies
    ("연간 5871억원을 번다.", "It earns 5.87 trillion won.", False),              # a rate, a sum
])
def test_a_slip_keeps_three_leading_digits_and_the_currency(a, b, slipped):
    x = article_mentions(Article("k.txt", a, DAY, "header line", language="ko"), 0)[0]
    y = article_mentions(Article("e.txt", b, DAY, "header line", language="en"), 1)[0]
    assert _slipped(x, y) is slipped


def test_counterparts_of_two_editions_are_one_fact_though_one_dates_it_and_one_does_not():
    # the original's 작년 dates its sales, the translation's sentence dates nothing: apart on
    # their own, one statement as the editions' order tells
    ms = _mentions(("카파중공업은 오르빗조선을 3억 달러에 인수했다. 오르빗조선은 작년 매출 5856억원을 기록했다.", "ko"),
                   ("Kappa Heavy took over Orvel Shipbuilding, paying $300 million. Orvel posted sales of "
                    "585.6 billion won.", "en"))
    key = {m.span: m.key for m in ms}
    days = [DAY.toordinal()] * 2
    assert len(group_mentions(ms, ["hangul", "latin"], days)) == 3
    same = EditionLinks(same=frozenset({(key["5856억원"], key["585.6 billion won"])}))
    assert len(group_mentions(ms, ["hangul", "latin"], days, same)) == 2


def test_a_malformed_or_schemeless_address_names_the_publisher_by_its_host_or_name():
    arts = [edition("a.txt", KO, "ko", "http://[news.example.com/ko/1", publisher="Halvard Post"),
            edition("b.txt", EN, "en", "http://[news.example.com/en/2", publisher="Halvard Post"),
            edition("c.txt", KO, "ko", "//kestrel.example.com/ko/3"),
            edition("d.txt", EN, "en", "https://kestrel.example.com/en/4")]
    assert edition_pairs(arts, [script_of(a) for a in arts]) == [(0, 1), (2, 3)]


def test_a_scan_of_articles_with_a_malformed_address_skips_them_with_a_line_each(tmp_path):
    from tests.helpers import run
    for name, text in (("k.txt", KO), ("e.txt", EN)):
        (tmp_path / name).write_text("# source: http://[news.example.com/1 | published: "
                                     "2025-03-19 | publisher: Halvard Post\n" + text,
                                     encoding="utf-8")
    r = run("scan", tmp_path)
    assert r.exit_code == 2, r.output
    assert "Traceback" not in r.output
    assert all(f"{name}:" in r.output for name in ("k.txt", "e.txt"))


# made-up: a shipper's takeover with other figures; the English edition slips the debt tenfold
KO2 = ("할바드해운은 노르덴물류를 2억 달러(약 2738억원)에 인수했다. 노르덴물류의 자산은 6153억원, "
       "부채는 3725억원이다. 작년 매출은 8416억원이었다.")
EN2 = ("Halvard Shipping bought Norden Logistics for $200 million (approximately 273.8 billion "
       "won). Norden's assets were 615.3 billion won and its debt 3.72 trillion won. Last year's "
       "sales were 841.6 billion won.")


def test_another_takeovers_editions_join_the_debt_one_slipped_tenfold():
    res = scan_articles([edition("k.txt", KO2, "ko", "https://halvard.example.net/ko/3"),
                         edition("e.txt", EN2, "en", "https://halvard.example.net/en/9")])
    assert metric(res, "3.72 trillion won") == metric(res, "3725억원")


def _slipped_pairs(ko: str, en: str) -> set:
    ms = _mentions((ko, "ko"), (en, "en"))
    span = {m.key: m.span for m in ms}
    return {(span[a], span[b]) for a, b in edition_links(ms, [(0, 1)]).slipped}


def test_round_amounts_two_stories_share_do_not_make_them_editions():
    # one publisher, one day: a drugmaker's results and a carmaker's plans, four round amounts
    # alike in order, and a stake sale of 5871억원 against an order of 5.87 trillion won
    ko = ("오르빗제약은 올해 매출 1조원을 올렸다. 영업이익은 1000억원, 순이익은 500억원이다. "
          "오르빗제약은 자회사 지분을 5871억원에 매각했다. 연구개발비는 2000억원이다.")
    en = ("Kestrel Motors will spend 1 trillion won on a plant. It will put 100 billion won into "
          "hiring and 50 billion won into training. Kestrel also took a 5.87 trillion won order "
          "from the city. A further 200 billion won goes to suppliers.")
    assert _slipped_pairs(ko, en) == set()
    res = scan_articles([edition("k.txt", ko, "ko", "https://kappa.example.com/ko/1"),
                         edition("e.txt", en, "en", "https://kappa.example.com/en/2")])
    assert metric(res, "5.87 trillion won") != metric(res, "5871억원")


def test_editions_must_share_half_the_smaller_ones_telling_amounts():
    shared = _slipped_pairs(KO2, EN2)
    assert shared == {("3725억원", "3.72 trillion won")}
    # four more amounts on each side, none alike: three shared of eight is too few
    ko = KO2 + " 순이익은 1372억원, 배당은 2214억원, 투자는 5831억원, 차입금은 7126억원이다."
    en = EN2 + (" Its net profit was 96.4 billion won, dividends 55.7 billion won, investment "
                "318.2 billion won and borrowings 467.9 billion won.")
    assert _slipped_pairs(ko, en) == set()


def test_an_amount_with_two_slipped_partners_in_its_slot_pairs_with_neither():
    en = EN2.replace("and its debt 3.72 trillion won.",
                     "and its debt 3.72 trillion won, its orders 37.2 trillion won.")
    assert _slipped_pairs(KO2, en) == set()


def test_undated_articles_are_no_editions():
    arts = [Article("k.txt", KO2, None, "header line", url="https://halvard.example.net/ko/3",
                    language="ko"),
            Article("e.txt", EN2, None, "header line", url="https://halvard.example.net/en/9",
                    language="en")]
    assert edition_pairs(arts, [script_of(a) for a in arts]) == []


def test_a_portals_host_names_no_publisher_but_the_articles_names_do():
    arts = [edition("a.txt", KO, "ko", "https://n.news.naver.com/article/1", publisher="카파경제"),
            edition("b.txt", EN, "en", "https://n.news.naver.com/article/2", publisher="Kestrel Wire"),
            edition("c.txt", KO, "ko", "https://v.daum.net/v/3", publisher="Kestrel Wire")]
    assert edition_pairs(arts, [script_of(a) for a in arts]) == [(1, 2)]
