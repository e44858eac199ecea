"""Dates and periods as written in figures: YYYY-MM-DD, YYYY-MM or YYYY, or a span of days
written as its first and last day joined by a slash (YYYY-MM-DD/YYYY-MM-DD, as ISO 8601 writes
an interval)."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

# ASCII digits only: `\d` also matches full-width ones (１９９９), which no date column holds.
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", re.ASCII)
# A span of days: a day written by Korea's clock names a moment that may be the day before it
# where the event happened (scan writes such a day as the two days).
_DAYS = re.compile(r"^(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})$", re.ASCII)


# The forms a date may be written in, by name: each reader of dates names the ones it takes, and
# its error line lists those only (a span is a figure's date, not a day to read a rate on).
FORMS = {"day": "YYYY-MM-DD", "month": "YYYY-MM", "year": "YYYY",
         "days": "days YYYY-MM-DD/YYYY-MM-DD"}
ALL_FORMS = tuple(FORMS)
# A publication is one day (or the month or year it fell in, when only that is known): an article
# does not come out over days.
PUBLISHED_FORMS = ("day", "month", "year")
_NAMES = {"day": "a day", "month": "a month", "year": "a year", "days": "days"}


def _listed(said: list[str]) -> str:
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " or " + said[-1]


def not_a_date(text: str, forms: tuple[str, ...] = ALL_FORMS) -> str:
    """The line for `text` read as no date: "not a date: expected" the `forms` named, and what
    was given."""
    return f"not a date: expected {_listed([FORMS[f] for f in forms])}, got {text!r}"


def not_days(text: str, forms: tuple[str, ...]) -> str:
    """The line for a span of days `text` given to a reader that takes only `forms`."""
    return f"give {_listed([_NAMES[f] for f in forms])}, not the days {text!r}"


class PeriodError(ValueError):
    """A date or period that is malformed or impossible."""


@dataclass(frozen=True, order=True)
class Period:
    """A closed span of days: one day, one month, one year or the days between two days."""

    first: dt.date
    last: dt.date
    text: str

    @property
    def is_day(self) -> bool:
        return self.first == self.last

    @property
    def is_span(self) -> bool:
        """Whether it is written as days, first and last (`YYYY-MM-DD/YYYY-MM-DD`)."""
        return "/" in self.text

    def overlaps(self, other: "Period") -> bool:
        return self.first <= other.last and other.first <= self.last

    def __str__(self) -> str:
        return self.text


def parse_period(text: str, forms: tuple[str, ...] = ALL_FORMS) -> Period:
    """Read `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or days `YYYY-MM-DD/YYYY-MM-DD`; raise PeriodError
    saying what is wrong, a date not read naming the `forms` its caller takes (a span of days is
    read only when `forms` has "days")."""
    s = str(text).strip()
    span = _DAYS.match(s)
    if span:
        if "days" not in forms:
            raise PeriodError(not_days(s, forms))
        first, last = parse_period(span.group(1)), parse_period(span.group(2))
        if last.first < first.first:
            raise PeriodError(f"impossible span {s!r}: its last day is before its first")
        return Period(first.first, last.last, s)
    m = _PERIOD.match(s)
    if not m:
        raise PeriodError(not_a_date(s, forms))
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if year < 1:
        raise PeriodError(f"impossible date {s!r}: there is no year 0000")
    if month is not None and not 1 <= month <= 12:
        raise PeriodError(f"impossible date {s!r}: month must be 01 to 12")
    try:
        if day is not None:
            d = dt.date(year, month, day)
            return Period(d, d, s)
        if month is not None:
            return Period(dt.date(year, month, 1),
                          dt.date(year, month, calendar.monthrange(year, month)[1]), s)
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), s)
    except ValueError as exc:
        raise PeriodError(f"impossible date {s!r}: {exc}") from None
