"""Words that say a figure is a conversion the writer made ("at the time", 당시 환율로, 한화 약):
its digits come from arithmetic, not from typing. Data only, and one reader of it.

A marker counts only when it stands next to the amount in the figure's quote (or inside the
amount's own text, as the reader keeps `한화 약` as the amount's hedge): another amount of the same
sentence may be the typed one.
"""
from __future__ import annotations

import re

# Written right before the amount (a hedge may stand between): "한화 약 6500억원", "당시 환율로
# 1조원", "the equivalent of $1.2 billion"; a marker counts only when nothing but a hedge separates
# it from the amount. `한화` is also a company (한화 1조 투자, 한화에어로스페이스): alone it counts
# only after a parenthesis or comma, or with 약 or 로.
BEFORE = (
    "(한화", "（한화", ", 한화", "한화 약", "한화로", "원화로", "우리 돈", "우리돈", "우리 돈으로", "당시 환율로", "당시 환율 기준",
    "현재 환율로", "현 환율로", "환율로 환산하면", "환산하면", "환산 시", "환산시", "converted into",
    "converted to", "equivalent to", "the equivalent of", "equivalent of",
)
# Hedges that may stand between a marker and the amount.
BETWEEN = ("약", "대략", "about", "approximately", "roughly", "around", "some", "nearly")
# Written after the amount: "US$4.3bn at the time", "1조원(당시 환율 기준)".
AFTER = (
    "at the time", "at today's exchange rate", "at today's rates", "at current exchange rates",
    "at current rates", "at the current exchange rate", "at the prevailing exchange rate",
    "at the then exchange rate", "at then exchange rates", "at the exchange rate",
    "in today's money", "당시 환율", "환율 기준", "으로 환산",
)
# How near an after-marker must stand to the amount, in characters of the quote.
REACH = 12


def said_to_be_conversion(amount: str, quote: str) -> bool:
    """True when the amount's text or the words right around it in its quote mark a conversion."""
    if not isinstance(amount, str):
        return False
    if _LEADING.match(amount):
        return True
    # Most quotes hold no marker at all: one scan decides, before any positional work.
    if not isinstance(quote, str) or not _ANY.search(quote):
        return False
    start = quote.find(amount)
    if start < 0:
        return False
    # The amount's own leading hedge ("약 6500억원") belongs to what stands before its number.
    lead = _LEADING_HEDGE.match(amount)
    upto = start + (lead.end() if lead else 0)
    if _TRAILING.search(quote[max(0, start - _LONGEST - 20):upto]):
        return True
    after = quote[start + len(amount):start + len(amount) + REACH + _LONGEST]
    return any(m in after[:len(m) + REACH] for m in AFTER)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_ANY = re.compile(_alternation(BEFORE + AFTER))
_HEDGE = rf"(?:\s*(?:{_alternation(BETWEEN)}))?"
# A marker ending the text before the amount, or opening the amount's own text (the reader keeps
# `한화 약` as the amount's hedge).
_WORDS = [m for m in BEFORE if m[0].isalnum()]
_MARKS = [m for m in BEFORE if not m[0].isalnum()]
# An empty alternation would match everywhere: each side only when it has markers.
_SIDES = [f"(?<!\\w)(?:{_alternation(_WORDS)})" if _WORDS else "",
          f"(?:{_alternation(_MARKS)})" if _MARKS else ""]
_TRAILING = re.compile(rf"(?:{'|'.join(x for x in _SIDES if x)}){_HEDGE}\s*$")
_LEADING_HEDGE = re.compile(rf"\s*(?:{_alternation(BETWEEN)})\s*")
_LEADING = re.compile(rf"\s*(?:{_alternation(BEFORE)}){_HEDGE}\s*\d")
_LONGEST = max(map(len, BEFORE + AFTER))
