"""A year written as (part of) a name dates nothing; a year written as a date still does."""
import datetime as dt

import pytest

from currency.text.dating import date_expressions
from currency.text.extract import extract

PUBLISHED = dt.date(2024, 6, 3)


def _years(sentence: str) -> list[str]:
    return [f[2] for f in date_expressions(sentence, PUBLISHED)]


def _as_of(text: str, amount: str) -> str | None:
    (c,) = [c for c in extract(text, PUBLISHED) if c.amount.span == amount]
    return c.as_of


@pytest.mark.parametrize("sentence", [
    "The Kestrel 1915 span is to cost $2 billion.",
    "Orvel won the $2 billion deal for the Kestrel 1915 bridge.",
    "Norden pledged $5 billion to its Halvard 1988 fund.",
    "Halvard spent $300 million on the Orvel 1936 stadium.",
    "Kestrel 1915 교량 사업비는 2조원이다.",
    "1915케스트렐대교 사업비는 2조원이다.",
    # more than ten years after publication's: a plan's name
    "Orvel joined Dare Onward 2035, a plan worth $4 billion.",
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
    # a year before a capitalised name is that year's
    ("Halvard raised $12 billion with its 2019 Kestrel float.", "2019"),
    # a Korean subject's particle after a capitalised word: no name ("MS가 2016년")
    ("MS가 1996 인수에 262억 달러를 썼다.", "1996"),
    # a year written with its unit is a year, whatever word is before it
    ("Kestrel 1995년 매출은 2조원이다.", "1995"),
    # a word a date is written after, written without its final "." in the list
    ("Ca. 1990 Orvel paid $1 billion.", "1990"),
    ("C. 1990 Orvel paid $1 billion.", "1990"),
    # far from publication, after a determiner or a preposition opening the sentence
    ("The 1990 deal was worth $1 billion.", "1990"),
    ("In 1990 Orvel paid $1 billion.", "1990"),
])
def test_a_year_written_as_a_date_still_dates(sentence, year):
    assert _years(sentence) == [year]


# A year after a name word near the publication's is the amount's year: news dates its amounts
# near the day it is written.
@pytest.mark.parametrize("text, amount, year", [
    ("Orvel 2024 revenue reached $3 billion.\n", "$3 billion", "2024"),
    ("Kestrel 2023 capex of 2조원 was set.\n", "2조원", "2023"),
    ("In the Orvel 2025 budget, $4 billion is set aside.\n", "$4 billion", "2025"),
    ("Orvel Group 2023 net income was $1 billion.\n", "$1 billion", "2023"),
    ("The EU 2024 budget of €170 billion passed.\n", "€170 billion", "2024"),
    ("Orvel 2024 profit falls to $2 billion\n\nOrvel said on Monday its profit fell.\n",
     "$2 billion", "2024"),
    ("Norden 2021 sales were $5 billion, and Orvel paid $2 billion for Kestrel in 2019.\n",
     "$5 billion", "2021"),
])
def test_a_year_after_a_name_word_near_publication_still_dates(text, amount, year):
    assert _as_of(text, amount) == year


@pytest.mark.parametrize("year, named", [
    ("2013", True), ("2014", False), ("2034", False), ("2035", True),
])
def test_a_name_year_is_more_than_ten_years_from_publication(year, named):
    assert _years(f"Orvel won the $2 billion Kestrel {year} contract.") == ([] if named else [year])


def test_an_amount_beside_a_named_year_is_not_dated_by_it():
    text = "Orvel won the $2.7 billion deal for the Kestrel 1915 bridge, Norden said on Monday.\n"
    assert _as_of(text, "$2.7 billion") != "1915"


def test_a_named_year_keeps_another_clauses_year_from_its_amount():
    text = ("Orvel wins Kestrel bridge deal\n\nORVEL, June 3 (Reuters) - Orvel won the $2.7 billion "
            "contract for the Kestrel 1915 bridge, after Norden paid $1 billion in 2019.\n")
    assert _as_of(text, "$2.7 billion") == "2024-06-03"
    assert _as_of(text, "$1 billion") == "2019"
