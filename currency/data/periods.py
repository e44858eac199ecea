"""Dates and periods as written in figures: YYYY-MM-DD, YYYY-MM or YYYY."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

# ASCII digits only: `\d` also matches full-width ones (１９９９), which no date column holds.
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", re.ASCII)


class PeriodError(ValueError):
    """A date or period that is malformed or impossible."""


@dataclass(frozen=True, order=True)
class Period:
    """A closed span of days: one day, one month or one year."""

    first: dt.date
    last: dt.date
    text: str

    @property
    def is_day(self) -> bool:
        return self.first == self.last

    def overlaps(self, other: "Period") -> bool:
        return self.first <= other.last and other.first <= self.last

    def __str__(self) -> str:
        return self.text


def parse_period(text: str) -> Period:
    """Read `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; raise PeriodError saying what is wrong."""
    s = str(text).strip()
    m = _PERIOD.match(s)
    if not m:
        raise PeriodError(f"not a date: expected YYYY-MM-DD, YYYY-MM or YYYY, got {s!r}")
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
