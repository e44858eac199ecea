"""A figure's own date against its fact's one date (reconcile.scan.propose)."""
import datetime as dt
from types import SimpleNamespace

from reconcile.scan.propose import own_news_days


def _m(key, as_of, basis, words):
    return SimpleNamespace(key=key, as_of=as_of, as_of_basis=basis, as_of_from=words)


DEC = dt.date(2024, 12, 2)
MAR = dt.date(2025, 3, 14)


def test_a_day_its_sentence_names_as_its_news_keeps_it_over_an_earlier_news_date():
    # "the buyers said on the 13th they would pay 800 billion won", in an article of the 14th,
    # while the fact's date is only an earlier article's news day
    ms = [_m("0:1", "2024-12-01", "article", "1일"),
          _m("1:1", "2025-03-13", "sentence", "13일")]
    assert own_news_days(ms, [DEC, MAR], "2024-12-01") == {"1:1": "2025-03-13"}


def test_a_restatement_keeps_the_date_a_sentence_writes_for_the_fact():
    # "the $6.9 billion deal agreed in December 2024", then "approved on the 13th"
    ms = [_m("0:1", "2024-12-01", "sentence", "지난 1일"),
          _m("1:1", "2025-03-13", "sentence", "13일")]
    assert own_news_days(ms, [DEC, MAR], "2024-12-01") == {}


def test_a_day_long_before_its_article_or_in_words_alone_is_no_news_of_it():
    ms = [_m("0:1", "2024-12-01", "article", "1일"),
          _m("1:1", "2025-01-10", "sentence", "1월 10일"),
          _m("1:2", "2025-03-14", "sentence", "오늘")]
    assert own_news_days(ms, [DEC, MAR, MAR], "2024-12-01") == {}
