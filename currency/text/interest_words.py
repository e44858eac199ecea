"""Words saying a total counts interest that runs until it is paid ("including delayed interest",
"지연이자 … 포함해"): such a total grows by the day, so two reports may count it to two days. The
words are data in `currency.lang` (`INTEREST_INCLUDED`); this is their one reader, for a quote.
"""
from __future__ import annotations

import re

import currency.lang as L

_INCLUDED = re.compile(L.INTEREST_INCLUDED) if L.INTEREST_INCLUDED else None


def counts_interest(quote) -> bool:
    """Whether `quote` (a figure's sentence) says its total counts running interest; False when
    the quote is missing."""
    if _INCLUDED is None or not isinstance(quote, str):
        return False
    # Most quotes hold no such word: one look decides, before the pattern.
    folded = quote.lower()
    if not any(w in folded for w in L.INTEREST_MARKS):
        return False
    return _INCLUDED.search(quote) is not None


def interest_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The words in `text[start:end]` (an amount's sentence) saying a total counts running
    interest, as (start, end) in `text`, the first such; None when there are none."""
    if _INCLUDED is None:
        return None
    folded = text[start:end].lower()
    if not any(w in folded for w in L.INTEREST_MARKS):
        return None
    m = _INCLUDED.search(text, start, end)
    return (m.start(), m.end()) if m else None
