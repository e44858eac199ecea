"""The options a user gives (currency codes, dates, constant money), checked and made typed.

Each function takes what a person naturally writes (`"krw"`, `"2024-07-01"`, a `date`) and
returns the value the library computes with, or raises `OptionError` naming the option; `option`
is the flag (`--to`) or keyword (`currency`) to name, so the same check serves the command line
and a notebook.
"""
from __future__ import annotations

import datetime as dt

from currency.data.periods import PUBLISHED_FORMS
from currency.errors import OptionError


def currency_code(value, option: str = "currency") -> str:
    """An ISO code the bundled ECB data covers, upper case (`"krw"` -> `"KRW"`)."""
    from currency.data.rates import rated_currencies, rated_words
    code = str(value).strip().upper()
    known = rated_currencies()
    if code not in known:
        raise OptionError(option, value, f"unknown currency {code!r}; the ECB data covers "
                                          f"{rated_words()}")
    return code


def _period(value, option: str, forms: tuple[str, ...]):
    from currency.data.periods import PeriodError, parse_period
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return parse_period(value.isoformat())
    try:
        return parse_period(value, forms)
    except PeriodError as exc:
        raise OptionError(option, value, str(exc)) from None


def day(value, option: str = "date") -> dt.date | None:
    """A day from `YYYY-MM-DD` or a `date` (None stays None)."""
    if value is None:
        return None
    period = _period(value, option, ("day",))
    if not period.is_day:
        raise OptionError(option, value, f"give a day, YYYY-MM-DD, not the period {value!r}")
    return period.first


def rate_day(value, option: str = "date") -> tuple[dt.date, str | None]:
    """The day whose fixing to use (default: the data's last day) and a note when the day asked
    for lies outside the bundled data: then its nearest fixing stands in, and the note says so."""
    from currency.data.rates import clamped, outside_note, rate_book
    on = day(value, option)
    if on is None:
        return rate_book().last_date, None
    # No currency yet: the rate itself is read through `stand_in`, which refuses a day before a peg.
    return clamped(on, on)[0], outside_note(on, on, str(on))


def constant_money(as_of, real: bool = True, option: str = "real_as_of") -> dt.date | None:
    """The date of constant money when `real` is asked for: a day or a month (its first day);
    default the CPI data's last month. Without `real`, an as-of date is an error."""
    if not real:
        if as_of is not None:
            raise OptionError(option, as_of, "sets the date of constant money; add --real to "
                                             "use it")
        return None
    if as_of is None:
        from currency.data.inflation import latest_month
        return latest_month()
    # constant money is of one month's prices: a span of days is refused (`parse_period`)
    period = _period(as_of, option, ("day", "month"))
    if period.last.year == period.first.year and period.first.month != period.last.month:
        raise OptionError(option, as_of, f"give a day or a month, not the year {as_of!r}")
    from currency.data.inflation import InflationError, cpi_month
    try:
        cpi_month(period.first)
    except InflationError as exc:   # said here, naming the option, not when a figure meets it
        raise OptionError(option, as_of, str(exc)) from None
    return period.first


def published_span(value, option: str = "published"):
    """When an article was published, as the `Period` given (a day, or the month or year it
    fell in; never a span of days): its text's days without a year are placed within it
    (`currency.text.dating`)."""
    return None if value is None else _period(value, option, PUBLISHED_FORMS)


def published_day(value, option: str = "published") -> dt.date | None:
    """When an article was published, as the last day of the period given (`2023-01` ->
    2023-01-31): what counts from publication (its rates) reads it; its text's dates read
    `published_span`."""
    if value is None:
        return None
    return _period(value, option, PUBLISHED_FORMS).last
