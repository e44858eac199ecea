"""A scanned figure's `amount` cell keeps the bound the reader read in its sentence: the figures
file scan writes, loaded back, reads each figure as bounded as its mention (made-up sentences)."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from reconcile.model.normalize import quote_periods, read_amounts
from reconcile.scan.mentions import article_mentions
from reconcile.scan.model import Article
from reconcile.scan.propose import scan_articles
from reconcile.store.figures import COLUMNS, load_figures

DAY = dt.date(2024, 5, 14)

# (sentence, the bound the reader gives its dollar amount); the won conversion in parentheses
# keeps its own reading, whatever it is.
HEDGED = [
    ("카파전자는 테네시에 30억 달러(약 4조원) 이상을 투자한다고 밝혔다.", "at_least"),
    ("카파전자는 테네시에 30억 달러(4조원) 가량을 투자한다고 밝혔다.", "approx"),
    ("카파전자는 테네시에 30억 달러(4조원) 미만을 투자한다고 밝혔다.", "at_most"),
    ("카파전자는 테네시에 30억 달러 이상을 투자한다고 밝혔다.", "at_least"),
    ("카파전자는 테네시에 약 30억 달러(4조원)를 투자한다고 밝혔다.", "approx"),
    ("카파전자는 테네시에 최대 30억 달러(약 4조원)를 투자한다고 밝혔다.", "at_most"),
    ("카파전자는 테네시에 30억 달러(약 4조원)를 투자한다고 밝혔다.", "exact"),
    # a hedge after a parenthesis the reader does not read as one conversion: not the amount's
    ("카파전자는 테네시에 30억 달러(약 4조원·2022년 기준) 이상을 투자한다고 밝혔다.", "exact"),
    ("Orvel will invest $3 billion (4 trillion won) or more in Tennessee, it said.", "at_least"),
    # a long conversion: the hedge stands more than a quote's reach past the span, and the
    # quote still holds the whole cell
    ("Orvel will invest $3 billion (about 4.1 trillion South Korean won) or more in Tennessee, "
     "it said.", "at_least"),
    # a line break before the hedge: the reader reads through it, and so do cell and quote
    ("카파전자는 테네시에 30억 달러(약 4조원)\n이상을 투자한다고 밝혔다.", "at_least"),
    ("Orvel will invest about $3 billion (4 trillion won) in Tennessee, it said.", "approx"),
    ("Orvel will invest up to $3 billion (4 trillion won) in Tennessee, it said.", "at_most"),
    ("Orvel will invest over $3 billion in Tennessee, it said.", "at_least"),
]


def _article(path: str, sentence: str) -> Article:
    korean = any("가" <= ch <= "힣" for ch in sentence)
    return Article(path, sentence, DAY, "header line", language="ko" if korean else "")


def _loaded(tmp_path, articles: list[Article]) -> pd.DataFrame:
    """The figures file a scan of `articles` writes, loaded back, with each amount read."""
    path = tmp_path / "figures.csv"
    rows = scan_articles(articles).rows
    pd.DataFrame(list(rows), columns=COLUMNS).to_csv(path, index=False)
    df = load_figures(path)
    # each amount read as the checks read it: with the period its quote gives it
    periods = quote_periods(df["amount"], df["quote"])
    read = read_amounts(df["amount"], df["currency"], None, periods)
    return pd.concat([df, read.add_prefix("read_")], axis=1)


def test_each_figure_loads_with_the_bound_of_its_mention(tmp_path):
    articles = [_article(f"a{i}.txt", s) for i, (s, _) in enumerate(HEDGED)]
    loaded = _loaded(tmp_path, articles)
    for number, (article, (_, dollar_bound)) in enumerate(zip(articles, HEDGED)):
        mentions = article_mentions(article, number)
        assert {m.currency: m.bound for m in mentions}["USD"] == dollar_bound, article.text
        rows = loaded[loaded["source"] == article.path]
        assert len(rows) == len(mentions), article.text
        for m in mentions:
            row = rows[(rows["read_value"] == m.value) & (rows["read_currency"] == m.currency)]
            assert len(row) == 1, (article.text, m.span)
            assert row["read_bound"].iloc[0] == m.bound, (article.text, row["amount"].iloc[0])
            # the cell stands in its quote as written: the checks find the amount there
            assert row["amount"].iloc[0] in row["quote"].iloc[0]


@pytest.mark.parametrize("sentence, cell", [
    ("카파전자는 테네시에 30억 달러(약 4조원) 이상을 투자한다고 밝혔다.", "30억 달러(약 4조원) 이상"),
    ("Orvel will invest $3 billion (4 trillion won) or more in Tennessee, it said.",
     "$3 billion (4 trillion won) or more"),
    # no hedge after the parenthesis: the span alone, as before
    ("카파전자는 테네시에 30억 달러(약 4조원)를 투자한다고 밝혔다.", "30억 달러"),
    # a hedge after the parenthesis the span already reads to: the span alone, so that the
    # cell is wider only where the bound needs it
    ("카파전자는 테네시에 약 30억 달러(4조원) 가량을 투자한다고 밝혔다.", "약 30억 달러"),
])
def test_a_hedge_after_the_conversion_is_written_with_the_amount(tmp_path, sentence, cell):
    loaded = _loaded(tmp_path, [_article("a.txt", sentence)])
    assert cell in loaded["amount"].tolist()


def test_a_wider_cell_keeps_the_period_its_quote_gives_the_amount(tmp_path):
    # "annual cap": the amount is a yearly figure; the cell running past the span the reader
    # read ("$3 billion") must not lose that
    sentence = "Orvel set an annual cap of $3 billion (4 trillion won) or more for its plants."
    loaded = _loaded(tmp_path, [_article("a.txt", sentence)])
    row = loaded[loaded["amount"] == "$3 billion (4 trillion won) or more"]
    assert len(row) == 1
    assert row["read_unit"].iloc[0] == "USD / year" and row["read_bound"].iloc[0] == "at_least"


@pytest.mark.parametrize("sentence, cell", [
    ("Orvel will invest $3 billion (about 4.1 trillion South Korean won) or more in Tennessee, "
     "it said.", "$3 billion (about 4.1 trillion South Korean won) or more"),
    ("카파전자는 테네시에 30억 달러(약 4조원)\n이상을 투자한다고 밝혔다.", "30억 달러(약 4조원)\n이상"),
])
def test_the_quote_holds_the_whole_cell_however_far_its_hedge(tmp_path, sentence, cell):
    loaded = _loaded(tmp_path, [_article("a.txt", sentence)])
    row = loaded[loaded["amount"] == cell]
    assert len(row) == 1 and row["read_bound"].iloc[0] == "at_least"
    assert cell in row["quote"].iloc[0]
