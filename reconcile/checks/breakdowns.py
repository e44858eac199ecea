"""Totals broken down more than one way: parts by kind and parts by payer are two breakdowns of
one total, and each must fit it, not their sum.

A figures file says of a part only which total it belongs to, not which breakdown. A writer who
breaks a total down states the breakdown in one place, so the evidence is the sources: the parts
one source states, when they alone meet the total, are one breakdown of it. A total whose parts
are exactly covered by two or more such breakdowns, no two sharing a part, is met by each, and
their sum is not said to exceed it (`parts.parts_and_totals`).
"""
from __future__ import annotations

from collections.abc import Callable

import numpy as np

# A breakdown has at least two parts: a part alone that meets its total is the total restated
# (or a slip), not a breakdown of it.
LEAST_PARTS = 2
# Two at least: one breakdown holding every part is the whole sum, which exceeds the total.
LEAST_BREAKDOWNS = 2
# The search below runs over subsets of a total's parts: a total with more parts than this is
# left to the sum (as before), never searched.
MOST_PARTS = 12


def asked(n_parts: np.ndarray, parts_high: np.ndarray, low: np.ndarray, high: np.ndarray,
          vague: np.ndarray) -> np.ndarray:
    """Which sums of parts may be breakdowns of their total (`low`-`high`): an open or vague total
    meets any breakdown on its open side, and two breakdowns sum to at least twice its low end."""
    return ((n_parts >= LEAST_PARTS * LEAST_BREAKDOWNS) & (n_parts <= MOST_PARTS) & ~vague
            & (low > 0) & np.isfinite(high) & (parts_high >= LEAST_BREAKDOWNS * low))


def met_by_each(source: np.ndarray, facts: list[list[int]], rows_of: Callable,
                part_low: np.ndarray, part_high: np.ndarray, low: list[float],
                high: list[float]) -> list[bool]:
    """Per sum asked (its part facts `facts`, its total's `low`-`high`; `rows_of(f)`, where part
    fact f's figures are): whether the sources state its parts as breakdowns that each meet it."""
    out = []
    for parts, lo, hi in zip(facts, low, high):
        stated = _stated_together(parts, rows_of, source)
        meets = [m for m in stated if _meets(m, parts, part_low, part_high, lo, hi)]
        out.append(_covers(tuple(meets), (1 << len(parts)) - 1, {}) >= LEAST_BREAKDOWNS)
    return out


def _stated_together(parts: list[int], rows_of: Callable, source: np.ndarray) -> list[int]:
    """The parts each source states, as distinct bit masks over `parts` of `LEAST_PARTS` or more."""
    by_source: dict = {}
    for k, f in enumerate(parts):
        for s in set(source[rows_of(f)].tolist()):
            by_source[s] = by_source.get(s, 0) | (1 << k)
    return sorted(m for m in set(by_source.values()) if m.bit_count() >= LEAST_PARTS)


def _meets(mask: int, parts: list[int], part_low: np.ndarray, part_high: np.ndarray,
           low: float, high: float) -> bool:
    """Whether the parts of `mask`, summed, meet the total's interval."""
    held = [f for k, f in enumerate(parts) if mask >> k & 1]
    return float(part_low[held].sum()) <= high and float(part_high[held].sum()) >= low


def _covers(masks: tuple[int, ...], left: int, seen: dict) -> int:
    """The most masks, disjoint, whose union is exactly `left` (0 when none is), each `left`
    solved once (`seen`)."""
    if not left or left in seen:
        return seen.get(left, 0)
    lowest = left & -left       # every cover holds one mask with the lowest part left
    best = 0
    for m in masks:
        if m & lowest and not m & ~left:
            rest = _covers(masks, left & ~m, seen)
            if rest or m == left:
                best = max(best, rest + 1)
    seen[left] = best
    return best
