"""Words that say a figure is a conversion the writer made ("at the time", 당시 환율로, 한화 약):
its digits come from arithmetic, not from typing. Data only, and one reader of it.

A marker counts only when it stands next to the amount in the figure's quote (or inside the
amount's own text, as the reader keeps `한화 약` as the amount's hedge): another amount of the same
sentence may be the typed one.
"""
from __future__ import annotations

import re

# Written before the amount: "한화 약 6500억원", "당시 환율로 1조원", "worth about US$... in".
BEFORE = (
    "한화", "원화로", "원화 약", "우리 돈", "우리돈", "당시 환율로", "당시 환율 기준", "현재 환율로",
    "현 환율로", "환율로 환산하면", "환산하면", "환산 시", "환산시", "환산 금액", "converted",
    "equivalent to", "the equivalent of", "equivalent of",
)
# Written after the amount: "US$4.3bn at the time", "(약 6500억원 상당)" is not one (상당 is worth).
AFTER = (
    "at the time", "at today's exchange rate", "at today's rates", "at current exchange rates",
    "at current rates", "at the current exchange rate", "at the prevailing exchange rate",
    "at the then exchange rate", "at then exchange rates", "at the exchange rate",
    "in today's money", "in equivalent", "당시 환율", "환율 기준", "으로 환산",
)
# How near a marker must stand to the amount, in characters of the quote (a hedge and a space).
REACH = 12


def said_to_be_conversion(amount: str, quote: str) -> bool:
    """True when the amount's text or the words right around it in its quote mark a conversion."""
    if not isinstance(amount, str):
        return False
    if _ANY.search(amount) and any(m in amount for m in BEFORE):
        return True
    # Most quotes hold no marker at all: one scan decides, before any positional work.
    if not isinstance(quote, str) or not _ANY.search(quote):
        return False
    start = quote.find(amount)
    if start < 0:
        return False
    before = quote[max(0, start - _LONGEST_BEFORE - REACH):start]
    after = quote[start + len(amount):start + len(amount) + REACH + _LONGEST_AFTER]
    return any(m in before[-(len(m) + REACH):] for m in BEFORE) or \
        any(m in after[:len(m) + REACH] for m in AFTER)


_ANY = re.compile("|".join(re.escape(m) for m in sorted(BEFORE + AFTER, key=len, reverse=True)))
_LONGEST_BEFORE = max(map(len, BEFORE))
_LONGEST_AFTER = max(map(len, AFTER))
