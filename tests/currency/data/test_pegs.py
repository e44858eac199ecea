"""Currencies pegged to the US dollar: rated at the ECB's dollar fixing times the peg, from the
peg's first day on, and every rate made through a peg says so, with its source."""
import datetime as dt

import pytest

from currency.data.pegs import USD_PEGS, before_peg
from currency.data.periods import Period, parse_period
from currency.data.rates import RateError, rate_book, rate_on

DAYS = [dt.date(2003, 5, 14), dt.date(2015, 8, 24), dt.date(2024, 3, 1)]


@pytest.mark.parametrize("code", sorted(USD_PEGS))
@pytest.mark.parametrize("day", DAYS)
def test_a_conversion_through_a_peg_is_the_dollars_times_the_peg(code, day):
    peg = USD_PEGS[code].per_usd
    for quote in ("KRW", "EUR", "JPY"):
        usd = rate_on("USD", quote, day)
        pegged = rate_on(code, quote, day)
        assert pegged.value * peg == pytest.approx(usd.value, rel=1e-12)
        assert pegged.date == usd.date
    assert rate_on("USD", code, day).value == pytest.approx(peg, rel=1e-12)


def test_two_pegged_currencies_meet_at_their_pegs():
    assert rate_on("AED", "SAR", DAYS[-1]).value == pytest.approx(3.75 / 3.6725, rel=1e-12)


def test_a_day_before_the_peg_is_refused_as_a_currency_with_no_rate_is():
    # QAR's peg began on 2001-07-09, within the ECB data: the day before has no rate.
    with pytest.raises(RateError, match="QAR is pegged to the US dollar only from 2001-07-09"):
        rate_on("QAR", "USD", dt.date(2001, 7, 8))
    with pytest.raises(RateError):
        rate_book().band("QAR", "KRW", Period(dt.date(2001, 7, 2), dt.date(2001, 7, 8), "days"))
    assert rate_on("USD", "QAR", dt.date(2001, 7, 9)).value == pytest.approx(3.64)


def test_before_peg_says_why_up_to_the_day_before_the_peg_and_nothing_from_it_on():
    assert before_peg("QAR", dt.date(2001, 7, 8)) == ("QAR is pegged to the US dollar only from "
                                                      "2001-07-09 (Qatar Central Bank)")
    assert before_peg("QAR", dt.date(2001, 7, 9)) is None
    assert before_peg("USD", dt.date(1990, 1, 1)) is None    # no peg here


def test_a_band_across_the_pegs_first_day_holds_only_the_pegged_days():
    band = rate_book().band("QAR", "KRW", Period(dt.date(2001, 7, 2), dt.date(2001, 7, 13), "days"))
    assert band.low_date >= dt.date(2001, 7, 9) and band.high_date >= dt.date(2001, 7, 9)


@pytest.mark.parametrize("period", ["2008-10", "2022", "2024-03-01"])
def test_a_pegged_band_is_as_wide_as_the_dollars(period):
    p = parse_period(period)
    usd = rate_book().band("USD", "KRW", p)
    aed = rate_book().band("AED", "KRW", p)
    assert aed.low * 3.6725 == pytest.approx(usd.low, rel=1e-12)
    assert aed.high * 3.6725 == pytest.approx(usd.high, rel=1e-12)
    assert (aed.low_date, aed.high_date) == (usd.low_date, usd.high_date)


def test_every_rate_through_a_peg_names_the_peg_and_its_source():
    from currency.convert import convert
    from currency.text.readings import read_once
    rate = rate_on("AED", "KRW", DAYS[-1])
    assert "3.6725 AED/USD peg" in rate.source and "Central Bank of the UAE" in rate.source
    band = rate_book().band("KRW", "SAR", parse_period("2024-03"))
    assert "3.75 SAR/USD peg" in band.source and "Saudi Arabian Monetary Agency" in band.source
    assert "peg" not in rate_on("USD", "KRW", DAYS[-1]).source
    out = convert(read_once("AED 12.9 billion"), "USD", DAYS[-1]).as_dict()
    assert "3.6725 AED/USD peg since 1997-11-22 (Central Bank of the UAE)" in out["rate_note"]
    assert out["value"] == pytest.approx(12.9e9 / 3.6725)


@pytest.mark.parametrize("text, day", [("AED 100", dt.date(1997, 11, 21)),
                                       ("SAR 10 billion", dt.date(1985, 3, 1))])
def test_a_day_before_a_peg_before_the_data_is_refused_not_moved_onto_the_datas_first(text, day):
    # Before the ECB data every day stands in for its first (1999-01-04), after these pegs began:
    # the day asked for decides, as for QAR's peg within the data.
    from currency.convert import convert
    from currency.text.extract import extract
    from currency.text.readings import read_once
    code = text[:3]
    with pytest.raises(RateError, match=f"{code} is pegged to the US dollar only from "
                                        f"{USD_PEGS[code].since}"):
        convert(read_once(text), "USD", day)
    assert convert(read_once(text), "USD", USD_PEGS[code].since).value > 0
    # An article of that day converting it to dollars is given no market rate for the pair.
    for on, rated in ((day, False), (USD_PEGS[code].since, True)):
        pair = [c.pair for c in extract(f"They paid {text} ($27 million).", on) if c.pair]
        assert pair and all(("market_rate" in p) == rated for p in pair)


@pytest.mark.parametrize("base, quote", [("AED", "KRW"), ("KRW", "AED"), ("AED", "SAR")])
def test_the_stand_in_day_every_rate_path_reads_refuses_a_day_before_a_peg(base, quote):
    # The one place the rule is written: convert, the checks' band, extract and scan all ask it.
    from currency.data.rates import stand_in
    since = USD_PEGS["AED"].since
    before = since - dt.timedelta(days=1)
    with pytest.raises(RateError, match=f"no AED rate on {before}: AED is pegged"):
        stand_in(base, quote, before, before, str(before))
    assert stand_in(base, quote, since, since, str(since))[0] == rate_book().first_date
    assert stand_in("AED", "AED", before, before, str(before))[0] == rate_book().first_date
