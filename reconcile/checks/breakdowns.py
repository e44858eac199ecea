"""Totals broken down more than one way: parts by kind and parts by payer are two breakdowns of
one total, and each must fit it, not their sum.

A figures file says of a part only which total it belongs to, not which breakdown. A writer who
breaks a total down states the breakdown in one place, so the evidence is the sources: the parts
one source states, when they alone meet the total, are one breakdown of it. A total whose parts
are exactly covered by two or more such breakdowns, no two sharing a part, is met by each, and
their sum is not said to exceed it (`parts.parts_and_totals`).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

# A breakdown has at least two parts: a part alone that meets its total is the total restated
# (or a slip), not a breakdown of it.
LEAST_PARTS = 2
# Two at least: one breakdown holding every part is the whole sum, which exceeds the total.
LEAST_BREAKDOWNS = 2
# A breakdown is a bit mask over a total's parts, and the cover is searched over those masks: a
# total with more parts than this is left to the sum (as before), never searched.
MOST_PARTS = 12


def asked(n_parts: np.ndarray, parts_high: np.ndarray, low: np.ndarray, high: np.ndarray,
          vague: np.ndarray) -> np.ndarray:
    """Which sums of parts may be breakdowns of their total (`low`-`high`): an open or vague total
    meets any breakdown on its open side, and two breakdowns sum to at least twice its low end."""
    return ((n_parts >= LEAST_PARTS * LEAST_BREAKDOWNS) & (n_parts <= MOST_PARTS) & ~vague
            & (low > 0) & np.isfinite(high) & (parts_high >= LEAST_BREAKDOWNS * low))


def met_by_each(sum_of: np.ndarray, place: np.ndarray, source: np.ndarray, part_low: np.ndarray,
                part_high: np.ndarray, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """Per sum asked (`low`-`high`, its total's interval): whether the sources state its parts as
    breakdowns that each meet it. One row per source (a code) of a part of a sum: the sum, the
    part's place among the sum's parts, the part's interval."""
    out = np.zeros(len(low), bool)
    # Each (sum, source, part) once, sorted: a source stating a part twice states it once.
    key = ((sum_of.astype(np.int64) * (source.max(initial=0) + 1) + source) * MOST_PARTS
           + place)
    key, first = np.unique(key, return_index=True)
    said = key // MOST_PARTS                 # (sum, source), sorted
    cut = np.flatnonzero(np.r_[True, said[1:] != said[:-1]])
    # The parts each source states, as a bit mask, with their sum.
    mask = np.bitwise_or.reduceat(np.int64(1) << place[first].astype(np.int64), cut)
    n = np.diff(np.r_[cut, len(key)])
    lo, hi = (np.add.reduceat(x[first], cut) for x in (part_low, part_high))
    whose = sum_of[first][cut]
    meets = (n >= LEAST_PARTS) & (lo <= high[whose]) & (hi >= low[whose])
    # A sum with fewer than two such breakdowns is settled here: most are, without a search.
    cand = pd.DataFrame({"sum": whose[meets], "mask": mask[meets]}).drop_duplicates()
    many = cand.groupby("sum")["mask"].agg(tuple)
    for s, masks in many[many.map(len) >= LEAST_BREAKDOWNS].items():
        every = (1 << int(place[sum_of == s].max()) + 1) - 1
        out[s] = _covers(tuple(map(int, masks)), every, {}) >= LEAST_BREAKDOWNS
    return out


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
