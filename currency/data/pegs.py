"""Currencies their central banks hold at a fixed rate to the US dollar, which the ECB does not fix.

News on the Gulf quotes dirhams and riyals ("AED 12.9 billion ($3.5 billion)"); the ECB data has no
rate for them, but each is a public fixed rate: its rate against any currency is the ECB's dollar
rate times the peg, from the peg's first day on (before it, no rate, as for any currency the data
lacks). Each peg names its source, so that every rate made through it can be traced.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Peg:
    """`per_usd` units of `code` for one US dollar, held by its central bank from `since` on."""

    code: str
    per_usd: float
    since: dt.date
    source: str
    # The source's own abbreviation, for a figure's line, which has no room for its full name
    # (the report's header and every rate's note give that).
    abbr: str

    def label(self) -> str:
        """The peg as every rate made through it names it: rate, first day and source."""
        return f"{self.per_usd:g} {self.code}/USD peg since {self.since} ({self.source})"

    def short(self) -> str:
        """The peg as a report's figure line names it (the rate and its source's abbreviation)."""
        return f"{self.per_usd:g} {self.code}/USD peg ({self.abbr})"


# Where a source gives only the month or the year a peg began, `since` is the day the sources
# agree it held by (a later day, never an earlier one): a conversion before it is refused rather
# than made at a rate that may not have held. Every peg here began before the ECB data (1999-01-04)
# but QAR's.
USD_PEGS: dict[str, Peg] = {p.code: p for p in (
    Peg("AED", 3.6725, dt.date(1997, 11, 22), "Central Bank of the UAE", "CBUAE"),
    # Held at 3.75 since June 1986 (SAMA; IMF arrangement, formalised on 2003-01-01).
    Peg("SAR", 3.75, dt.date(1986, 6, 1), "Saudi Arabian Monetary Agency", "SAMA"),
    # Emiri Decree No. 34 of 2001, signed 2001-07-09, replaced the SDR peg of 1975.
    Peg("QAR", 3.64, dt.date(2001, 7, 9), "Qatar Central Bank", "QCB"),
    # 1 OMR = 2.6008 USD since the 1986 devaluation; only the year is sourced.
    Peg("OMR", 0.3845, dt.date(1987, 1, 1), "Central Bank of Oman", "CBO"),
    # Unchanged against the dollar since 1981, de jure pegged to it from December 2001.
    Peg("BHD", 0.376, dt.date(1982, 1, 1), "Central Bank of Bahrain", "CBB"),
    # The Central Bank of Jordan's circular fixed 708-710 fils a dollar from early November 1995;
    # 0.709 is its middle, and the day is the first report of it in force.
    Peg("JOD", 0.709, dt.date(1995, 11, 23), "Central Bank of Jordan", "CBJ"),
)}


def peg(code: str) -> Peg | None:
    """The dollar peg of `code`, or None for a currency that has none here."""
    return USD_PEGS.get(code)


def before_peg(code: str, last: dt.date) -> str | None:
    """Why `code` has no rate on any day up to `last`: it is pegged to the dollar from a later
    day on (the one rule for days before a peg); None when it has a rate then, or no peg here."""
    p = peg(code)
    if p is None or last >= p.since:
        return None
    return f"{code} is pegged to the US dollar only from {p.since} ({p.source})"


def peg_label(base: str, quote: str = "USD", short: bool = False) -> str | None:
    """How a rate of `base` in `quote` made through dollar pegs names its source: the ECB's dollar
    fixing times each peg ("ECB USD × 3.6725 AED/USD peg since 1997-11-22 (Central Bank of the
    UAE)"; `short`: the figure line's, with no first day and the source abbreviated); None when
    neither is pegged or both are one currency."""
    pegs = [p for p in (peg(base), peg(quote)) if p and base != quote]
    if not pegs:
        return None
    return f"ECB USD × {' and '.join(p.short() if short else p.label() for p in pegs)}"
