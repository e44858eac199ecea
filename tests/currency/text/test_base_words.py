"""Words that narrow an amount's base to a part of a whole (`currency.text.base_words`)."""
import pytest

from currency.text.base_words import said_to_be_a_part


@pytest.mark.parametrize("amount, quote, part", [
    # Made-up: the restrictive 만 right before the amount, alone or with 해도; "alone" near it
    ("9조원", "오르빗 주식에 대한 상속세만 9조원에 달한다.", True),
    ("3조원", "퀼은 올해만 해도 3조원을 벌었다.", True),
    ("$9 billion", "The tax on the Orbit shares alone came to $9 billion.", True),
    ("$2 billion", "Orbit made $2 billion in Europe alone.", True),
    # not the ending 지만, nor a number word's 만, nor 만 off the amount
    ("3조원", "퀼은 매출이 늘었지만 3조원에 그쳤다.", False),
    ("수만 원", "퀼 주가는 수만 원이다.", False),
    ("3조원", "퀼은 5년 만에 3조원을 벌었다.", False),
    # not "let alone", "stand-alone", "not alone", nor "alone" in another clause
    ("$3 billion", "Orbit may earn $2 billion, let alone $3 billion.", False),
    ("$2 billion", "Orbit's stand-alone unit made $2 billion.", False),
    ("$2 billion", "Orbit is not alone in making $2 billion.", False),
    ("$5 billion", "Orbit alone, its rivals say, will book $5 billion.", False),
    # a missing quote, or one that does not hold the amount, says nothing
    ("$2 billion", None, False), ("$2 billion", "Orbit made $3 billion in Europe alone.", False),
])
def test_words_narrowing_an_amount_s_base(amount, quote, part):
    assert said_to_be_a_part(amount, quote) is part
