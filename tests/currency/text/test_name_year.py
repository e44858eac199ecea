"""A year written as (part of) a name dates nothing; a year written as a date still does."""
import datetime as dt

import pytest

from currency.text.dating import date_expressions
from currency.text.extract import extract

PUBLISHED = dt.date(2024, 6, 3)


def _years(sentence: str) -> list[str]:
    return [f[2] for f in date_expressions(sentence, PUBLISHED)]


@pytest.mark.parametrize("sentence", [
    "The Kestrel 1915 will be a suspension bridge costing $2 billion.",
    "Orvel won the $2 billion contract to build the Kestrel 1915 bridge.",
    "Norden pledged $5 billion to Vision 2030 projects.",
    "Halvard spent $300 million on its Expo 2030 bid.",
    "Orvel joined Dare Onward 2030, a plan worth $4 billion.",
    "Kestrel 1915 교량 사업비는 2조원이다.",
    "1915케스트렐대교 사업비는 2조원이다.",
])
def test_a_year_inside_a_name_dates_nothing(sentence):
    assert _years(sentence) == []


@pytest.mark.parametrize("sentence, year", [
    ("Orvel paid $2 billion in 2015.", "2015"),
    ("In 2015, Orvel paid $2 billion.", "2015"),
    ("카파전자는 2015년 2조원을 벌었다.", "2015"),
    ("By 2030 Norden will invest $9 billion.", "2030"),
    ("카파전자는 2030년까지 2조원을 투자한다.", "2030"),
    ("Fiscal 2024 sales were $3 billion.", "2024"),
    ("Orvel earned $3 billion in fiscal 2024.", "2024"),
    ("FY2024 sales were $3 billion.", "2024"),
    ("FY 2024 sales were $3 billion.", "2024"),
    ("Q3 2024 sales hit $3 billion.", "2024-09"),
    ("In March 2024 Orvel paid $1 billion.", "2024-03"),
    ("2024 sales were $3 billion.", "2024"),
    ("The 2018 deal was worth $1 billion.", "2018"),
    ("Since 2019 Orvel has spent $1 billion.", "2019"),
    ("2019's record was $3 billion.", "2019"),
    ("Orvel's 2024 sales were $3 billion.", "2024"),
    # a year before a capitalised name: "the 2019 Hong Kong listing" is that year's
    ("Halvard raised $12 billion in its 2019 Hong Kong listing.", "2019"),
    # a Korean subject's particle after a capitalised word: no name ("MS가 2016년")
    ("MS가 2016 인수에 262억 달러를 썼다.", "2016"),
    # a year written with its unit is a year, whatever word is before it
    ("Kestrel 2015년 매출은 2조원이다.", "2015"),
    # a headline's title case: every word capitalised, none says a name
    ("Orvel Books Record 2024 Sales Of $3 Billion", "2024"),
])
def test_a_year_written_as_a_date_still_dates(sentence, year):
    assert _years(sentence) == [year]


def test_an_amount_beside_a_named_year_is_not_dated_by_it():
    text = "Orvel won the $2.7 billion contract to build the Kestrel 1915 bridge, Norden said on Monday.\n"
    (c,) = [c for c in extract(text, PUBLISHED) if "2.7" in c.amount.span]
    assert c.as_of != "1915"
