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
                        lambda data: {k: frozenset(data[k])
                                      for k in ("cldr", "current", "no_fraction")})


def _babel_codes() -> dict[str, list[str]]:
    from babel.core import get_global
    from babel.numbers import get_currency_precision, list_currencies
    today = dt.date.today().timetuple()[:3]
    current = {code for spans in get_global("territory_currencies").values()
               for code, start, end, tender in spans
               if tender and (end is None or tuple(end) > today)
               and (start is None or tuple(start) <= today)}
    # CLDR's digits for each code, defunct codes too: a currency of none is written whole.
    no_fraction = [code for code in sorted(list_currencies()) if get_currency_precision(code) == 0]
    return {"cldr": sorted(list_currencies()), "current": sorted(current),
            "no_fraction": no_fraction}


def cldr_codes() -> frozenset[str]:
    """Every ISO 4217 code CLDR knows, defunct ones included."""
    return _codes()["cldr"]


def current_codes() -> frozenset[str]:
    """Codes legal tender somewhere today (CLDR's territory data): only these are read by name."""
    return _codes()["current"]


def has_fraction(code: str | None) -> bool:
    """Whether amounts of this currency are written with a fraction of the unit (cents): CLDR's
    digits, so a whole number of a currency of none (won, yen) cuts nothing short."""
    return isinstance(code, str) and len(code) == 3 and code not in _codes()["no_fraction"]
