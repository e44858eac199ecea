"""US consumer prices (CPI-U, all items, not seasonally adjusted) from the `cpi` package's data.

Used only when asked (`--real`): an amount is re-expressed in constant dollars of an as-of date.
The data's own last month is reported with every adjustment.
"""
from __future__ import annotations

import datetime as dt
import functools
import warnings
from dataclasses import dataclass

from currency.errors import InputError

SOURCE = "US CPI-U (BLS, via the cpi package data)"


class InflationError(InputError):
    """A date the CPI data does not cover."""


@dataclass(frozen=True)
class Adjustment:
    """The factor that turns money of `from_month` into money of `to_month`, with its inputs."""

    factor: float
    from_month: dt.date
    to_month: dt.date
    cpi_from: float
    cpi_to: float
    latest_month: dt.date
    source: str = SOURCE


@functools.lru_cache(maxsize=1)
def _cpi():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # the package warns that its data is old; we say so
        import cpi
    return cpi


@functools.lru_cache(maxsize=1)
def latest_month() -> dt.date:
    """The last month the bundled CPI data covers (kept in the data cache: importing `cpi` to
    learn it costs more than a whole small report)."""
    import importlib.util
    from pathlib import Path

    from currency.data.datacache import cached
    spec = importlib.util.find_spec("cpi")
    data = Path(spec.origin).with_name("cpi.db") if spec and spec.origin else None
    if data is None or not data.exists():
        return _cpi().LATEST_MONTH
    meta, _ = cached("cpi", data, lambda: ({"latest": _cpi().LATEST_MONTH.isoformat()}, {}))
    return dt.date.fromisoformat(meta["latest"])


def cpi_month(day: dt.date) -> dt.date:
    """The month whose CPI stands for `day`; InflationError before the data begins."""
    month = day.replace(day=1)
    last = latest_month()
    if month > last:
        return last          # the newest index stands in for months the data has not reached
    if month < dt.date(1913, 1, 1):
        raise InflationError(f"no CPI before 1913-01: asked for {day}")
    return month


@functools.lru_cache(maxsize=4096)
def adjustment(from_day: dt.date, to_day: dt.date) -> Adjustment:
    """Factor to re-express money of `from_day` in money of `to_day` (months past the data use
    the latest month)."""
    a, ca = _index(cpi_month(from_day))
    b, cb = _index(cpi_month(to_day))
    return Adjustment(cb / ca, a, b, ca, cb, latest_month())


def _index(month: dt.date) -> tuple[dt.date, float]:
    """The CPI of `month`, or of the last earlier month that has one (BLS skipped 2025-10)."""
    cpi = _cpi()
    probe = month
    for _ in range(24):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return probe, float(cpi.get(probe))
        except cpi.errors.CPIObjectDoesNotExist:
            probe = (probe - dt.timedelta(days=1)).replace(day=1)
    raise InflationError(f"no CPI within two years before {month:%Y-%m}")
