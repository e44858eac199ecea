"""Currency code facts read from babel's CLDR data."""
from babel.numbers import get_currency_precision

from currency.data.codes import cldr_codes, has_fraction


def test_the_currencies_without_a_fraction_are_babels():
    assert {c for c in cldr_codes() if not has_fraction(c)} == \
        {c for c in cldr_codes() if get_currency_precision(c) == 0}


def test_has_fraction():
    assert has_fraction("USD") and has_fraction("EUR") and has_fraction("INR")
    assert not has_fraction("KRW") and not has_fraction("JPY") and not has_fraction("ITL")
    assert not has_fraction(None) and not has_fraction(float("nan"))
