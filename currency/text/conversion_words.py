"""Words that say an amount is a conversion the writer made ("at the time", 당시 환율로, 한화 약):
its digits come from arithmetic, not from typing. The words are data in `currency.lang`; this
is the one reader of them, for the text an amount is read from and for a figure's quote alike
(`reconcile.model.conversion_words` applies it to columns).

A marker counts only when it stands next to the amount (or inside the amount's own text, as the
reader keeps `한화 약` as the amount's hedge): another amount of the same sentence may be the
typed one.
"""
from __future__ import annotations

import re

import currency.lang as L
from currency.lang.patterns import spaced
from currency.text.reader import alternation

BEFORE, BETWEEN, AFTER = L.CONVERSION_BEFORE, L.CONVERSION_BETWEEN, L.CONVERSION_AFTER


def _before(words) -> str:
    """Any of the markers `words` written before an amount, the longest first, each space in them
    optional (`spaced`: "환산 시" is "환산시" too)."""
    return spaced(sorted(words, key=len, reverse=True))

# How near an after-marker must stand to the amount, in characters of the quote.
REACH = 12


def said_to_be_conversion(amount: str, quote: str) -> bool:
    """True when the amount's text or the words right around it in its quote mark a conversion."""
    if not isinstance(amount, str):
        return False
    if LEADING.match(amount):
        return True
    # Most quotes hold no marker at all: one scan decides, before any positional work.
    if not isinstance(quote, str) or not ANY.search(quote):
        return False
    start = quote.find(amount)
    if start < 0:
        return False
    return marked_at(quote, start, start + len(amount))


def marked_at(text: str, start: int, end: int) -> bool:
    """Whether the amount written at text[start:end] is marked a conversion: by a marker
    opening its own text, ending the text before it, or standing right after it."""
    amount = text[start:end]
    if LEADING.match(amount):
        return True
    # The amount's own leading hedge ("약 6500억원") belongs to what stands before its number.
    lead = _LEADING_HEDGE.match(amount)
    upto = start + (lead.end() if lead else 0)
    if _TRAILING.search(text[max(0, start - _LONGEST - 20):upto]):
        return True
    after = text[end:end + REACH + _LONGEST]
    return any(m in after[:len(m) + REACH] for m in AFTER)


def _prefix_tree(words) -> str:
    """A pattern matching any of `words` where `alternation` does, written as a tree of their
    common prefixes: at each place of a long text the engine tries one branch per next
    character, not one per word (the scan of a million quotes took a third longer)."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}           # a word ends here
    return _branches(tree)


def _branches(node: dict) -> str:
    """The pattern of one node of `_prefix_tree`."""
    # a space is optional, as in `_before`
    alts = [(r"\s*" if ch == " " else re.escape(ch)) + _branches(child)
            for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    if len(alts) == 1 and "" not in node:
        return alts[0]
    return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")


# Any marker in a text; only whether one is there, and where it starts, is read of its matches.
ANY = re.compile(_prefix_tree(BEFORE + AFTER))
_HEDGE = rf"(?:\s*(?:{alternation(BETWEEN)}))?"
# A marker ending the text before the amount, or opening the amount's own text (the reader keeps
# `한화 약` as the amount's hedge).
# A marker opening with a name (한화) counts only with no letter glued before it (대한화재 is not
# 한화); any other counts glued to the word before it too ("원화환산시").
_NAMED = [m for m in BEFORE if L.CONVERSION_NAMES and m.startswith(L.CONVERSION_NAMES)]
_OTHERS = [m for m in BEFORE if m not in _NAMED]
# An empty alternation would match everywhere: each side only when it has markers.
_SIDES = [f"(?<!\\w){_before(_NAMED)}" if _NAMED else "",
          _before(_OTHERS) if _OTHERS else ""]
_TRAILING = re.compile(rf"(?:{'|'.join(x for x in _SIDES if x)}){_HEDGE}\s*$")
_LEADING_HEDGE = re.compile(rf"\s*(?:{alternation(BETWEEN)})\s*")
# A marker opening an amount's own text, then its number.
LEADING = re.compile(rf"\s*{_before(BEFORE)}{_HEDGE}\s*\d")
_LONGEST = max(map(len, BEFORE + AFTER))
