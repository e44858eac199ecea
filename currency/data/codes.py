"""ISO 4217 currency codes from CLDR (babel): every code it knows, and those legal tender today."""
from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def cldr_codes() -> frozenset[str]:
    """Every ISO 4217 code CLDR knows, defunct ones included."""
    from babel.numbers import list_currencies
    return frozenset(list_currencies())


@functools.lru_cache(maxsize=1)
def current_codes() -> frozenset[str]:
    """Codes legal tender somewhere today (CLDR's territory data): only these are read by name."""
    import datetime as dt

    from babel.core import get_global
    today = dt.date.today().timetuple()[:3]
    return frozenset(code for spans in get_global("territory_currencies").values()
                     for code, start, end, tender in spans
                     if tender and (end is None or tuple(end) > today)
                     and (start is None or tuple(start) <= today))
