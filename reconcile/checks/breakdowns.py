"""Totals broken down more than one way: parts by kind and parts by payer are two breakdowns of
one total, and each must fit it, not their sum.

A figures file says of a part only which total it belongs to, not which breakdown. A writer who
breaks a total down states the breakdown in one place, so the evidence is the sources: the parts
one source states, when they alone meet the total, are one breakdown of it. A total whose parts
are exactly covered by two or more such breakdowns, no two sharing a part, none open, meeting one
another, and all of one period, is met by each, and their sum is not said to exceed it
(`parts.parts_and_totals`).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# A breakdown has at least two parts: a part alone that meets its total is the total restated
# (or a slip), not a breakdown of it.
LEAST_PARTS = 2
# Two at least: one breakdown holding every part is the whole sum, which exceeds the total.
LEAST_BREAKDOWNS = 2
# A breakdown is a bit mask over a total's parts, and the cover is searched over those masks (at
# most 2 ** MOST_PARTS sets of parts left): a total with more parts is left to the sum, as with one
# breakdown.
MOST_PARTS = 12


@dataclass(frozen=True)
class Split:
    """Per sum asked, whether breakdowns each meet it (`cleared`); per breakdown so read, its
    sum's index (`of`), parts (a bit mask), sources (codes) and sum (`low`-`high`)."""
    cleared: np.ndarray
    of: list
    mask: list
    sources: list
    low: list
    high: list


def may_be_breakdowns(n_parts: np.ndarray, parts_high: np.ndarray, low: np.ndarray,
                      vague: np.ndarray, latest_first: np.ndarray,
                      earliest_last: np.ndarray) -> np.ndarray:
    """Which sums of parts may be breakdowns of their total (from `low`), their parts' as_of
    periods sharing a day (`latest_first` to `earliest_last`)."""
    # A vague total meets almost any breakdown and an open one any on its open side, so neither
    # is asked; two breakdowns sum to at least twice the low end (a prefilter: it changes no
    # result). Breakdowns of one total are of one time: quarters or years' halves are parts of
    # a larger whole.
    return ((n_parts >= LEAST_PARTS * LEAST_BREAKDOWNS) & ~vague & (low > 0)
            & (parts_high >= LEAST_BREAKDOWNS * low) & (latest_first <= earliest_last))


def met_by_each(sum_of: np.ndarray, size: np.ndarray, place: np.ndarray, source: np.ndarray,
                part_low: np.ndarray, part_high: np.ndarray, low: np.ndarray,
                high: np.ndarray) -> Split:
    """Per sum asked (`low`-`high`, its total's interval; `size`, its parts): whether the sources
    state its parts as breakdowns that each meet it and one another. One row per source (a
    code) of a part of a sum, each once: the sum, the part's place among its parts, the part."""
    out = Split(np.zeros(len(low), bool), [], [], [], [], [])
    # Only sums of at most MOST_PARTS parts: each place then fits in an int64 mask.
    keep = size[sum_of] <= MOST_PARTS
    sum_of, place, source, part_low, part_high = (
        x[keep] for x in (sum_of, place, source, part_low, part_high))
    if not len(sum_of):
        return out
    # By (sum, source, part); the caller gives each (part, source) once.
    width = int(place.max()) + 1
    key = (sum_of.astype(np.int64) * (source.max() + 1) + source) * width + place
    by_key = np.argsort(key, kind="stable")
    key = key[by_key]
    sum_source = key // width                # (sum, source), sorted
    cut = np.flatnonzero(np.r_[True, sum_source[1:] != sum_source[:-1]])
    # The parts each source states, as a bit mask, with their sum.
    mask = np.bitwise_or.reduceat(np.int64(1) << place[by_key].astype(np.int64), cut)
    n = np.diff(np.r_[cut, len(key)])
    lo, hi = (np.add.reduceat(x[by_key], cut) for x in (part_low, part_high))
    whose = sum_of[by_key][cut]
    # An open part ("more than $1 billion") makes its breakdown meet any total above it: no
    # evidence that it breaks this one down (the mirror of the open total, never asked).
    meets = (n >= LEAST_PARTS) & (lo <= high[whose]) & (hi >= low[whose]) & np.isfinite(hi)
    if not meets.any():
        return out
    # Each (sum, breakdown) once, with the sources stating it; a sum with fewer than two
    # breakdowns is settled here: most are, without a search.
    whose, mask, lo, hi, source = (x[meets] for x in (whose, mask, lo, hi, source[by_key][cut]))
    order = np.lexsort((source, mask, whose))
    whose, mask, lo, hi, source = (x[order] for x in (whose, mask, lo, hi, source))
    run = np.flatnonzero(np.r_[True, (whose[1:] != whose[:-1]) | (mask[1:] != mask[:-1])])
    sources = np.split(source, run[1:])
    whose, mask, lo, hi = (x[run] for x in (whose, mask, lo, hi))
    start = np.flatnonzero(np.r_[True, whose[1:] != whose[:-1]])
    end = np.r_[start[1:], len(whose)]
    for s, a, b in zip(*(x[end - start >= LEAST_BREAKDOWNS].tolist()
                         for x in (whose[start], start, end))):
        chosen = _meeting_cover(mask[a:b].tolist(), lo[a:b].tolist(), hi[a:b].tolist(),
                                float(low[s]), float(high[s]), (1 << int(size[s])) - 1)
        out.cleared[s] = len(chosen) >= LEAST_BREAKDOWNS
        if out.cleared[s]:
            out.of.extend([s] * len(chosen))
            for k in chosen:
                out.mask.append(int(mask[a + k]))
                out.sources.append(tuple(sources[a + k].tolist()))
                out.low.append(float(lo[a + k]))
                out.high.append(float(hi[a + k]))
    return out


def _meeting_cover(masks: list[int], lo: list[float], hi: list[float], low: float, high: float,
                   every: int) -> list[int]:
    """The most breakdowns (their masks and sums) that cover `every` part once and share a
    value within the total (`low`-`high`), as their indices."""
    # Two breakdowns of one total that miss each other are a slip in one, however coarse the
    # total. Intervals that meet pairwise share the highest of their low ends, so each low end
    # within the total is tried as that.
    best: list[int] = []
    for v in sorted({low, *(x for x in lo if low <= x <= high)}):
        holds = [k for k in range(len(masks)) if lo[k] <= v <= hi[k]]
        chosen = _covers(tuple(masks[k] for k in holds), every, {})
        if len(chosen) > len(best):
            best = [holds[k] for k in chosen]
    return best


def _covers(masks: tuple[int, ...], left: int, seen: dict) -> tuple[int, ...]:
    """The most masks, disjoint, whose union is exactly `left`, as their indices (none when no
    set is), each `left` solved once (`seen`)."""
    if left in seen:
        return seen[left]
    lowest = left & -left       # every cover holds one mask with the lowest part left
    best: tuple[int, ...] = ()
    for k, m in enumerate(masks):
        if m & lowest and not m & ~left:
            rest = () if m == left else _covers(masks, left & ~m, seen)
            if (rest or m == left) and len(rest) + 1 > len(best):
                best = (k, *rest)
    seen[left] = best
    return best
