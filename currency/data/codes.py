"""ISO 4217 currency codes from CLDR (babel): every code it knows, and those legal tender today."""
from __future__ import annotations

import datetime as dt
import functools

from currency.data.datacache import cached_value


def babel_ident() -> str:
    """What babel-derived tables depend on outside the project: babel's version and today's date
    (a currency stops or starts being legal tender on a date)."""
    import babel  # the package alone; its locale data loads only when a table is built
    return f"babel {babel.__version__} {dt.date.today().isoformat()}"


@functools.lru_cache(maxsize=1)
def _codes() -> dict[str, frozenset[str]]:
    return cached_value("codes", babel_ident(), _babel_codes,
                        lambda data: {k: frozenset(data[k]) for k in ("cldr", "current")})


def _babel_codes() -> dict[str, list[str]]:
    from babel.core import get_global
    from babel.numbers import list_currencies
    today = dt.date.today().timetuple()[:3]
    current = {code for spans in get_global("territory_currencies").values()
               for code, start, end, tender in spans
               if tender and (end is None or tuple(end) > today)
               and (start is None or tuple(start) <= today)}
    return {"cldr": sorted(list_currencies()), "current": sorted(current)}


def cldr_codes() -> frozenset[str]:
    """Every ISO 4217 code CLDR knows, defunct ones included."""
    return _codes()["cldr"]


def current_codes() -> frozenset[str]:
    """Codes legal tender somewhere today (CLDR's territory data): only these are read by name."""
    return _codes()["current"]


# Currencies written without a fraction (CLDR's digits for each code, defunct codes too, from
# `babel.numbers.get_currency_precision`; a test holds this list to babel): their whole unit is
# the smallest written, so a whole number of them cuts nothing short. Kept here so that reading an
# amount's interval imports no locale data.
NO_FRACTION = frozenset({
    "ADP", "AFN", "ALL", "BIF", "BYR", "CLP", "COP", "DJF", "ESP", "GNF", "HUF", "IDR", "IQD",
    "IRR", "ISK", "ITL", "JPY", "KMF", "KPW", "KRW", "LAK", "LBP", "LUF", "MGA", "MGF", "MMK",
    "MRO", "PYG", "RWF", "SLL", "SOS", "STD", "SYP", "TMM", "TRL", "UGX", "UYI", "VND", "VUV",
    "XAF", "XOF", "XPF", "YER", "ZMK", "ZWD",
})


def has_fraction(code: str | None) -> bool:
    """Whether amounts of this currency are written with a fraction of the unit (cents)."""
    return isinstance(code, str) and len(code) == 3 and code not in NO_FRACTION
