"""Conversion words over columns of figures: `currency.text.conversion_words` (the one reader of
the words) applied to each (amount, quote) pair, each distinct text scanned once.
"""
from __future__ import annotations

import numpy as np

from currency.text.conversion_words import AFTER, ANY, BEFORE, LEADING, said_to_be_conversion
from reconcile.model.distinct import distinct, numbered

__all__ = ["said_to_be_conversion", "said_to_be_conversions"]


def said_to_be_conversions(amounts, quotes, amount_codes=None, quote_codes=None) -> np.ndarray:
    """`said_to_be_conversion` for each (amount, quote) pair, as a boolean array: a marker
    opening the amount is tested once per distinct amount, any marker in the quote once per
    distinct quote (one scan over them all), the positional work only once per distinct pair
    that passes the quote's test. The codes: the columns' text numbers (`pd.factorize`), when
    the caller has them."""
    a_codes, a_texts = numbered(amounts, amount_codes)
    q_codes, q_texts = numbered(quotes, quote_codes)
    # Code -1 (a missing amount or quote) takes the extra last slot: never marked.
    lead = np.array([isinstance(a, str) and bool(LEADING.match(a)) for a in a_texts] + [False])
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
        starts = [m.start() for m in ANY.finditer(joined)]
        if not starts:          # as in most chunks: no text's length is needed
            continue
        # The separator after each text stands at its end: a match starting at or before it
        # lies in that text.
        ends = np.cumsum(np.fromiter(map(len, chunk), dtype=np.int64, count=len(chunk)) + 1) - 1
        out[lo + np.searchsorted(ends, np.asarray(starts, dtype=np.int64))] = True
    return out


# Texts scanned at once by `_any_marker`, and what joins them: no marker holds it.
_CHUNK = 65536
_SEPARATOR = "\0"
if any(_SEPARATOR in m for m in BEFORE + AFTER):
    raise ValueError("a conversion marker holds the separator the marker scan joins texts with")
