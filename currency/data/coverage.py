"""What the bundled data covers: the first and last ECB fixing and the last CPI month, said once
per run so every view names the same ranges without opening the data itself."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Coverage:
    """The span of the exchange-rate data and the last month of the consumer-price data."""

    rates_first: dt.date
    rates_last: dt.date
    cpi_last: dt.date


def pegs_said(figures, currency: str) -> list[str]:
    """The header's items on the dollar pegs a report's figures (their `currency` column) or its
    currency were rated through, one a peg; none when none was."""
    import pandas as pd
    cur = figures["currency"] if "currency" in getattr(figures, "columns", ()) else []
    used = {c for c in pd.unique(pd.Series(cur, dtype=object)) if isinstance(c, str)} | {currency}
    from currency.data.pegs import USD_PEGS
    return [f"ECB USD × {USD_PEGS[c].label()}" for c in sorted(used & USD_PEGS.keys())]


def coverage() -> Coverage:
    """The bundled data's coverage (the rate book is cached; the CPI month comes from the cache)."""
    from currency.data.inflation import latest_month
    from currency.data.rates import rate_book
    book = rate_book()
    return Coverage(book.first_date, book.last_date, latest_month())
