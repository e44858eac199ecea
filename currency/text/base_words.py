"""Words that narrow an amount's base to a part of a whole they name ("the tax on the shares alone
came to $9 billion", "주식에 대한 상속세만 9조원"): such an amount is a part, not a restatement of
the whole another text states. The words are data in `currency.lang` (`BASE_ALONE_WORD`,
`BASE_ALONE_BEFORE`); this is their one reader, for a figure's quote.
"""
from __future__ import annotations

import re

import currency.lang as L

# A word narrowing an amount's base, this many words either side of it in its clause at most
# ("the tax on the shares alone amounted to"): further off, it narrows another noun.
ALONE_WORDS = 5
_BEFORE = re.compile(L.BASE_ALONE_BEFORE) if L.BASE_ALONE_BEFORE else None
_WORD_BEFORE = re.compile(
    f"(?:{L.BASE_ALONE_WORD})(?:\\W+\\w+){{0,{ALONE_WORDS}}}\\W*$") if L.BASE_ALONE_WORD else None
_WORD_AFTER = re.compile(
    f"(?:\\W+\\w+){{0,{ALONE_WORDS}}}?\\W+(?:{L.BASE_ALONE_WORD})") if L.BASE_ALONE_WORD else None
_CLAUSE_BREAK = re.compile(L.CLAUSE_BREAK)


def base_alone(sentence: str, start: int, end: int) -> bool:
    """Whether the words of the amount at `start`..`end` of `sentence` narrow its base to a part
    of a whole they name: a restrictive particle right before it ("상속세만 9조원") or a word
    near it in its clause ("the shares alone came to $9 billion", "$2 billion in Europe alone")."""
    if _BEFORE is not None and _BEFORE.search(sentence, 0, start):
        return True
    if _WORD_BEFORE is None:
        return False
    breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(sentence)]
    first = max((e for s, e in breaks if e <= start), default=0)
    last = min((s for s, e in breaks if s >= end), default=len(sentence))
    return bool(_WORD_BEFORE.search(sentence[first:start]) or _WORD_AFTER.match(sentence[end:last]))


def said_to_be_a_part(amount: str, quote: str) -> bool:
    """`base_alone` for a figure: its amount as written, where its quote first holds it; False
    when either is missing or the quote does not hold the amount."""
    if not isinstance(amount, str) or not isinstance(quote, str) or not amount.strip():
        return False
    # Most quotes hold neither word: one look decides, before any positional work.
    folded = quote.lower()
    if not any(w in folded for w in L.BASE_ALONE_MARKS):
        return False
    at = quote.find(amount.strip())
    return at >= 0 and base_alone(quote, at, at + len(amount.strip()))
