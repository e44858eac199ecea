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
    # The dollar pegs, (code, how a header names it), so that a view names those its figures used
    # without opening the data.
    pegs: tuple = ()


def coverage() -> Coverage:
    """The bundled data's coverage (the rate book is cached; the CPI month comes from the cache)."""
    from currency.data.inflation import latest_month
    from currency.data.rates import rate_book
    book = rate_book()
    from currency.data.pegs import USD_PEGS, peg_label
    return Coverage(book.first_date, book.last_date, latest_month(),
                    tuple((c, peg_label(c)) for c in sorted(USD_PEGS)))
