"""Quantities that carry their unit (pint), so money never silently mixes with anything else.

Each currency is its own dimension: adding USD to KRW, or USD to USD per year, or money to a
duration, raises a DimensionalityError instead of giving a number. Time units are pint's own.
"""
from __future__ import annotations

import functools

from currency.rates import known_currencies


@functools.lru_cache(maxsize=1)
def registry():
    """The project's pint registry: pint's defaults plus one dimension per currency and counts."""
    import pint
    try:
        ureg = pint.UnitRegistry(cache_folder=":auto:")
    except OSError:
        # The disk cache only speeds up start-up: an unwritable cache directory must not stop us.
        ureg = pint.UnitRegistry(cache_folder=None)
    for code in sorted(known_currencies()):
        ureg.define(f"{code} = [currency_{code}]")
    ureg.define("person = [person] = people")
    ureg.define("occurrence = [occurrence]")
    ureg.define("item = [item]")
    ureg.define("multiple = [] ")
    return ureg


def quantity(value: float, unit: str):
    """A pint Quantity of `value` in `unit` (a pint expression such as "USD / year")."""
    ureg = registry()
    return ureg.Quantity(value, ureg.parse_units(unit))


def same_dimension(unit_a: str, unit_b: str) -> bool:
    """True when quantities in these units may be compared (money vs money per year: False)."""
    ureg = registry()
    return ureg.parse_units(unit_a).dimensionality == ureg.parse_units(unit_b).dimensionality


def factor(unit_from: str, unit_to: str) -> float:
    """How many `unit_to` make one `unit_from` (month to day: 30.4375); same dimension only."""
    return float(quantity(1.0, unit_from).to(unit_to).magnitude)
