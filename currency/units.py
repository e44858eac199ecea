"""Quantities that carry their unit, so money never silently mixes with anything else.

Each currency is its own dimension: adding USD to KRW, or USD to USD per year, or money to a
duration, raises DimensionalityError instead of giving a number. The units the reader produces
are few (currencies, seven time units, a quarter only as a period, three counts, percent,
multiple), so they are a table here rather than pint's registry, whose construction cost most of
a small report's start-up.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

# Days per time unit, as pint defines them (year = 365.25 days, month = year / 12; a quarter, the
# period of "quarterly revenue", year / 4). Written in days because durations are compared in
# days: factor(u, "day") is the table entry itself, the same floats pint gave (its minute is
# (1/24)/60 days, not 1/1440).
DAYS = {"day": 1.0, "week": 7.0, "month": 365.25 / 12, "quarter": 365.25 / 4, "year": 365.25,
        "hour": 1 / 24, "minute": 1 / 24 / 60, "second": 1 / 24 / 60 / 60}
# Plain numbers: their factor to `dimensionless`.
NUMBERS = {"dimensionless": 1.0, "multiple": 1.0, "percent": 0.01}
# Things counted: each its own dimension (people never add to occurrences).
COUNTS = ("person", "occurrence", "item")


class UnitError(ValueError):
    """A unit name the table does not hold."""


class DimensionalityError(ValueError):
    """Quantities of different dimensions were added or converted into one another."""


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, tuple[float, str | None]]:
    """Unit name -> (factor to its dimension's base unit, dimension; None for plain numbers)."""
    from currency.data.rates import rated_currencies
    table: dict[str, tuple[float, str | None]] = {u: (f, "time") for u, f in DAYS.items()}
    table.update({u: (f, None) for u, f in NUMBERS.items()})
    table.update({u: (1.0, u) for u in COUNTS})
    table.update({code: (1.0, f"currency_{code}") for code in rated_currencies()})
    return table


@dataclass(frozen=True)
class Unit:
    """A product of named units with integer powers."""

    terms: tuple[tuple[str, int], ...]

    def __str__(self) -> str:
        def term(name: str, power: int) -> str:
            return name if power == 1 else f"{name} ** {power}"
        # Names sorted, as pint wrote them ("KRW * USD", "USD / month / year").
        top = [term(n, p) for n, p in sorted(self.terms) if p > 0]
        bottom = [term(n, -p) for n, p in sorted(self.terms) if p < 0]
        if not top and not bottom:
            return "dimensionless"
        return " / ".join([" * ".join(top) or "1"] + bottom)

    def __mul__(self, other: Unit) -> Unit:
        powers: dict[str, int] = dict(self.terms)
        for name, power in other.terms:
            powers[name] = powers.get(name, 0) + power
        return Unit(tuple((n, p) for n, p in powers.items() if p))

    @property
    def scale(self) -> float:
        """How many base units (day, dimensionless, one currency unit...) one of this is."""
        out = 1.0
        for name, power in self.terms:
            out *= _table()[name][0] ** power
        return out

    @property
    def dimensionality(self) -> dict[str, int]:
        """Base dimension -> power; plain numbers have none."""
        dims: dict[str, int] = {}
        for name, power in self.terms:
            dim = _table()[name][1]
            if dim is not None:
                dims[dim] = dims.get(dim, 0) + power
        return {d: p for d, p in dims.items() if p}


@functools.lru_cache(maxsize=256)
def parse_units(expr: str) -> Unit:
    """A unit expression of names joined by ' * ' and ' / ' ("USD / year"); UnitError if a name
    is not in the table."""
    powers: dict[str, int] = {}
    sign = 1
    for token in expr.replace("*", " * ").replace("/", " / ").split():
        if token in ("*", "/"):
            sign = -1 if token == "/" else 1
            continue
        if token != "1" and token not in _table():
            raise UnitError(f"unknown unit {token!r} in {expr!r}")
        if token != "1" and token != "dimensionless":
            powers[token] = powers.get(token, 0) + sign
        sign = 1
    return Unit(tuple((n, p) for n, p in powers.items() if p))


@dataclass(frozen=True)
class Quantity:
    """A number with its unit: products combine units, sums and conversions check dimensions."""

    magnitude: float
    units: Unit

    def __mul__(self, other: Quantity) -> Quantity:
        return Quantity(self.magnitude * other.magnitude, self.units * other.units)

    def __add__(self, other: Quantity) -> Quantity:
        return Quantity(self.magnitude + other.to(str(self.units)).magnitude, self.units)

    def to(self, unit: str) -> Quantity:
        """The same quantity in `unit`; DimensionalityError across dimensions."""
        return Quantity(self.magnitude * _factor(self.units, parse_units(unit)),
                        parse_units(unit))


def _factor(a: Unit, b: Unit) -> float:
    if a.dimensionality != b.dimensionality:
        raise DimensionalityError(f"cannot convert from {str(a)!r} to {str(b)!r}")
    if a == b:
        return 1.0
    # Toward the base unit the table's own factor, so month -> day is exactly 30.4375.
    return a.scale if b.scale == 1.0 else a.scale / b.scale


def quantity(value: float, unit: str) -> Quantity:
    """A Quantity of `value` in `unit` (an expression such as "USD / year")."""
    return Quantity(value, parse_units(unit))


def same_dimension(unit_a: str, unit_b: str) -> bool:
    """True when quantities in these units may be compared (money vs money per year: False)."""
    return parse_units(unit_a).dimensionality == parse_units(unit_b).dimensionality


def factor(unit_from: str, unit_to: str) -> float:
    """How many `unit_to` make one `unit_from` (month to day: 30.4375); same dimension only."""
    return _factor(parse_units(unit_from), parse_units(unit_to))
