"""Currency code facts read from babel's CLDR data."""
import pytest

from currency.data.codes import has_fraction


@pytest.mark.parametrize("code", ["KRW", "JPY", "CLP", "ISK", "VND", "ITL"])
def test_currencies_written_without_a_fraction(code):
    assert not has_fraction(code)


@pytest.mark.parametrize("code", ["USD", "EUR", "GBP", "INR", "KWD", "BHD"])
def test_currencies_written_with_a_fraction(code):
    assert has_fraction(code)


def test_no_currency_has_no_fraction():
    assert not has_fraction(None) and not has_fraction(float("nan"))
