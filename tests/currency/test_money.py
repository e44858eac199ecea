"""Exchange rates, inflation, units and conversion."""
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from currency.convert import ConversionError, convert
from currency.data.inflation import adjustment, latest_month
from currency.data.periods import PeriodError, parse_period
from currency.data.rates import RateError, known_currencies, rate_book
from currency.text.reader import read_amount
from currency.units import DimensionalityError, quantity, same_dimension
from tests.helpers import examples

book = rate_book()


def test_weekend_uses_the_last_earlier_fixing_and_says_so():
    saturday = dt.date(2023, 1, 21)
    rate = book.rate_on("USD", "KRW", saturday)
    assert rate.date == dt.date(2023, 1, 20) and rate.fell_back
    assert rate.value == book.rate_on("USD", "KRW", dt.date(2023, 1, 20)).value


def test_cross_rate_goes_through_eur():
    day = dt.date(2023, 1, 23)
    usd = book.rate_on("EUR", "USD", day).value
    krw = book.rate_on("EUR", "KRW", day).value
    assert book.rate_on("USD", "KRW", day).value == pytest.approx(krw / usd)
    assert 1100 < krw / usd < 1400       # the won traded near 1,230 per dollar that week


def test_band_of_a_month_holds_every_daily_rate():
    band = book.band("USD", "KRW", parse_period("2023-01"))
    for d in range(1, 32):
        day = dt.date(2023, 1, d)
        if day.weekday() < 5 and day != dt.date(2023, 1, 2):
            assert band.low <= book.rate_on("USD", "KRW", day).value <= band.high
    assert band.low < band.high


def test_out_of_range_and_unknown_currency_are_errors():
    with pytest.raises(RateError):
        book.rate_on("USD", "KRW", dt.date(1990, 1, 1))
    with pytest.raises(RateError):
        book.rate_on("USD", "KRW", book.last_date + dt.timedelta(days=1))
    with pytest.raises(RateError):
        book.rate_on("USD", "XYZ", dt.date(2020, 1, 2))


def test_every_currency_of_the_data_can_be_named_by_code():
    for code in sorted(known_currencies()):
        assert read_amount(f"{code} 100").currency == code


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(sorted(known_currencies() - {"ROL", "TRL", "CYP", "EEK", "LTL", "LVL",
                                                    "MTL", "SIT", "SKK", "HRK", "RUB"})),
       st.dates(dt.date(2015, 1, 1), rate_book().last_date), st.integers(1, 10**12))
def test_there_and_back_returns_the_amount(code, day, n):
    a = read_amount(f"{n} USD")
    there = convert(a, code, day)
    written = format(Decimal(repr(there.value)), "f")    # every digit, no exponent
    back = convert(read_amount(f"{written} {code}"), "USD", day)
    assert back.value == pytest.approx(n, rel=1e-9)


def test_conversion_keeps_per_year_and_refuses_no_currency():
    c = convert(read_amount("연간 50억 달러"), "KRW", dt.date(2023, 1, 23))
    assert c.unit == "KRW / year"
    with pytest.raises(ConversionError):
        convert(read_amount("12兆"), "USD", dt.date(2023, 1, 23))


def test_units_keep_money_apart_from_other_things():
    with pytest.raises(DimensionalityError):
        quantity(1, "USD") + quantity(1, "USD / year")
    with pytest.raises(DimensionalityError):
        quantity(1, "USD") + quantity(1, "KRW")
    assert not same_dimension("USD", "day")
    assert quantity(2, "month").to("day").magnitude == pytest.approx(60.875)


def test_inflation_uses_cpi_and_reports_its_last_month():
    adj = adjustment(dt.date(2019, 7, 22), dt.date(2024, 7, 1))
    assert 1.1 < adj.factor < 1.35          # US prices rose about 23% over those five years
    assert adj.latest_month == latest_month()
    later = adjustment(dt.date(2019, 7, 1), dt.date(2099, 1, 1))
    assert later.to_month == latest_month()


@pytest.mark.parametrize("text", ["2023-02-30", "2023-13", "23-01-01", "yesterday"])
def test_bad_dates_are_errors(text):
    with pytest.raises(PeriodError):
        parse_period(text)


def test_periods():
    assert parse_period("2024-10").last == dt.date(2024, 10, 31)
    assert parse_period("2024").first == dt.date(2024, 1, 1)
    assert parse_period("2024-02").overlaps(parse_period("2024"))
