"""Findings: what a check reports, how severe it is, and the diagnoses shared by the checks."""
from __future__ import annotations

import math

import pandas as pd

SEVERITIES = ("info", "low", "medium", "high")
RANK = {s: i for i, s in enumerate(SEVERITIES)}
COLUMNS = ["check", "severity", "metric", "figures", "message", "low", "high", "expected_low",
           "expected_high", "unit", "rule"]

# How far off a figure may be before a discrepancy is medium or high (ratio to the nearest edge).
MEDIUM_OFF = 1.05
HIGH_OFF = 1.25
# A ratio within this many decimal orders of a power of ten reads as a unit slip (억 vs 10억).
SLIP_TOLERANCE = 0.05


def frame(rows: list[dict]) -> pd.DataFrame:
    """A findings table with the standard columns."""
    return pd.DataFrame(rows, columns=COLUMNS)


def off_ratio(low, high, exp_low, exp_high):
    """How far [low, high] lies from [exp_low, exp_high], as a ratio >= 1 (column-wise)."""
    above = low / exp_high
    below = exp_low / high
    return above.where(low > exp_high, below.where(high < exp_low, 1.0))


def unit_slip(ratio: float) -> int:
    """The power of ten a ratio is close to (0 if none): 10.1 -> 1, 0.0098 -> -2."""
    if not ratio or not math.isfinite(ratio) or ratio <= 0:
        return 0
    k = round(math.log10(ratio))
    return k if k != 0 and abs(math.log10(ratio) - k) <= SLIP_TOLERANCE else 0


def slip_words(k: int, currency: str | None) -> str:
    """A reader's words for a slip of 10**k: '억 vs 10억', 'million vs billion'."""
    if currency in ("KRW", "USD") and abs(k) == 1:
        return "a unit slip (억 vs 10억, or one zero too many or too few)"
    if abs(k) == 3:
        return "a unit slip (million vs billion, or thousand vs million)"
    return f"a unit slip (a factor of {10 ** abs(k):,})"


def severity_of(ratio: float, vague: bool, slip: int) -> str:
    """high for a unit slip or a figure off by 25% or more; medium from 5%; vague figures low."""
    if vague:
        return "low"
    if slip or ratio >= HIGH_OFF:
        return "high"
    return "medium" if ratio >= MEDIUM_OFF else "low"


def sort(findings: pd.DataFrame) -> pd.DataFrame:
    """Most severe first, then by check and metric, for a stable report."""
    if findings.empty:
        return findings
    order = findings["severity"].map(RANK)
    return (findings.assign(_r=-order).sort_values(["_r", "check", "metric", "figures"])
            .drop(columns="_r").reset_index(drop=True))


def involving(findings: pd.DataFrame, figure_id: str) -> pd.DataFrame:
    """The findings that name `figure_id` among their figures."""
    mask = findings["figures"].fillna("").str.split(";").map(lambda ids: figure_id in ids)
    return findings.loc[mask.astype(bool).to_numpy()]
