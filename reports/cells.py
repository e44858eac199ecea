"""What one cell of a view holds: a value or none, and an interval's open ends as bounds.

Plain Python, so that a view drawing a few cells (convert's) loads no pandas.
"""
from __future__ import annotations

import math


def missing(v) -> bool:
    """Whether a cell holds no value: None or a float NaN (pandas' blank in a column of objects)."""
    return v is None or (isinstance(v, float) and math.isnan(v))


def present(value) -> bool:
    """Whether a cell holds a value, counting the texts a blank becomes ("", "NaT", "None", "nan")
    as none."""
    return not missing(value) and str(value) not in ("", "NaT", "None", "nan")


def open_ends(low, high) -> tuple[float, float]:
    """An interval's ends with an open side made its bound: none below is 0, none above ∞."""
    return (low if present(low) else 0.0), (high if present(high) else math.inf)
