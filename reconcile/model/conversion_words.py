"""Words that say a figure is a conversion the writer made ("at the time", 당시 환율로, 한화 약):
its digits come from arithmetic, not from typing. The words are data in `currency.lang`; this
is the one reader of them.

A marker counts only when it stands next to the amount in the figure's quote (or inside the
amount's own text, as the reader keeps `한화 약` as the amount's hedge): another amount of the same
sentence may be the typed one.
"""
from __future__ import annotations

import re

import numpy as np

import currency.lang as L
from currency.text.reader import alternation
from reconcile.model.distinct import distinct, numbered

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


def said_to_be_conversions(amounts, quotes, amount_codes=None, quote_codes=None) -> np.ndarray:
    """`said_to_be_conversion` for each (amount, quote) pair, as a boolean array: a marker
    opening the amount is tested once per distinct amount, any marker in the quote once per
    distinct quote (one scan over them all), the positional work only once per distinct pair
    that passes the quote's test. The codes: the columns' text numbers (`pd.factorize`), when
    the caller has them."""
    a_codes, a_texts = numbered(amounts, amount_codes)
    q_codes, q_texts = numbered(quotes, quote_codes)
    # Code -1 (a missing amount or quote) takes the extra last slot: never marked.
    lead = np.array([isinstance(a, str) and bool(_LEADING.match(a)) for a in a_texts] + [False])
    marked = np.append(_any_marker(q_texts), False)
    said = lead[a_codes]
    # A missing amount is no conversion (`said_to_be_conversion`).
    look = np.flatnonzero(marked[q_codes] & ~said & (a_codes >= 0))
    if len(look):
        pairs = distinct(a_codes[look], q_codes[look])
        found = np.array([said_to_be_conversion(a_texts[a_codes[i]], q_texts[q_codes[i]])
                          for i in look[pairs.first]], dtype=bool)
        said[look] = pairs.spread(found)
    return said


def _any_marker(texts) -> np.ndarray:
    """Per text, whether any marker stands in it: the texts are scanned joined, a chunk at a
    time, and each match is placed in its text by position (no marker holds the separator)."""
    texts = np.asarray(texts, dtype=object).tolist()
    out = np.zeros(len(texts), dtype=bool)
    for lo in range(0, len(texts), _CHUNK):
        chunk = texts[lo:lo + _CHUNK]
        try:
            joined = _SEPARATOR.join(chunk)
        except TypeError:       # a missing value (not text) among them: scanned as ''
            chunk = [t if isinstance(t, str) else "" for t in chunk]
            joined = _SEPARATOR.join(chunk)
        starts = [m.start() for m in _ANY.finditer(joined)]
        if not starts:          # as in most chunks: no text's length is needed
            continue
        # The separator after each text stands at its end: a match starting at or before it
        # lies in that text.
        ends = np.cumsum(np.fromiter(map(len, chunk), dtype=np.int64, count=len(chunk)) + 1) - 1
        out[lo + np.searchsorted(ends, np.asarray(starts, dtype=np.int64))] = True
    return out


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
    alts = [re.escape(ch) + _branches(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    if len(alts) == 1 and "" not in node:
        return alts[0]
    return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")


# Only whether a text holds a marker, and where one starts, is read of its matches.
_ANY = re.compile(_prefix_tree(BEFORE + AFTER))
_HEDGE = rf"(?:\s*(?:{alternation(BETWEEN)}))?"
# A marker ending the text before the amount, or opening the amount's own text (the reader keeps
# `한화 약` as the amount's hedge).
_WORDS = [m for m in BEFORE if m[0].isalnum()]
_MARKS = [m for m in BEFORE if not m[0].isalnum()]
# An empty alternation would match everywhere: each side only when it has markers.
_SIDES = [f"(?<!\\w)(?:{alternation(_WORDS)})" if _WORDS else "",
          f"(?:{alternation(_MARKS)})" if _MARKS else ""]
_TRAILING = re.compile(rf"(?:{'|'.join(x for x in _SIDES if x)}){_HEDGE}\s*$")
_LEADING_HEDGE = re.compile(rf"\s*(?:{alternation(BETWEEN)})\s*")
_LEADING = re.compile(rf"\s*(?:{alternation(BEFORE)}){_HEDGE}\s*\d")
_LONGEST = max(map(len, BEFORE + AFTER))
# Texts scanned at once by `_any_marker`, and what joins them: no marker holds it.
_CHUNK = 65536
_SEPARATOR = "\0"
if any(_SEPARATOR in m for m in BEFORE + AFTER):
    raise ValueError("a conversion marker holds the separator the marker scan joins texts with")
