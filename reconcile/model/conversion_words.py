"""Words that say a figure is a conversion the writer made ("at the time", 당시 환율로, 한화 약):
its digits come from arithmetic, not from typing. The words are data in `currency.lang`; this
is the one reader of them.

A marker counts only when it stands next to the amount in the figure's quote (or inside the
amount's own text, as the reader keeps `한화 약` as the amount's hedge): another amount of the same
sentence may be the typed one.
"""
from __future__ import annotations

import re

import currency.lang as L

BEFORE, BETWEEN, AFTER = L.CONVERSION_BEFORE, L.CONVERSION_BETWEEN, L.CONVERSION_AFTER
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


def said_to_be_conversions(amounts, quotes) -> list[bool]:
    """`said_to_be_conversion` for each (amount, quote) pair: the cheap tests (a marker opening
    the amount, any marker in the quote) once per distinct text, the positional work only for
    the pairs that pass one."""
    amounts, quotes = list(amounts), list(quotes)
    lead = {a: bool(_LEADING.match(a)) for a in set(amounts) if isinstance(a, str)}
    marked = {q: bool(_ANY.search(q)) for q in set(quotes) if isinstance(q, str)}
    return [lead.get(a, False) or (marked.get(q, False) and said_to_be_conversion(a, q))
            for a, q in zip(amounts, quotes)]


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
