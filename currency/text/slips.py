"""Slips seen in how one amount is written, before it is compared with any other figure."""
from __future__ import annotations

import difflib
import re
import unicodedata

import currency.lang as L

_GAPS = tuple((re.compile(pattern), lost, written) for pattern, lost, written in L.PLACE_GAPS)


def place_gap(text: str) -> str | None:
    """`text` with the place word it most likely lost put back ("47조4800원" -> "47조4800억원",
    "4조7000만원" -> "4조7000억원"), or None when no place word is missing."""
    for rx, lost, written in _GAPS:
        if m := rx.search(text):
            end = m.end("rest")
            return text[:end] + lost + text[end + len(written):]
    return None


# Currency words of one word and two letters or more: a one-syllable one (원, 엔) is as close to
# too many words to guess from.
_CURRENCY_WORDS = tuple(w for w in L.CURRENCY_AFTER if w.isalpha() and len(w) > 1)
_WORD_AFTER = re.compile(r"\s?([^\W\d_]+)")
# Compared letter by letter (Hangul split into jamo: 달라 and 달러 differ in one vowel of five).
CLOSE = 0.8


def near_currency_word(text: str, end: int) -> tuple[str, str] | None:
    """(the word, the currency word it likely misspells) when the word glued to or one space
    after `end` is close to, not equal to, a currency word of the language data ("100억달라"),
    and begins with its letter: a slip seldom hits the first letter, while real words one
    letter from a currency word mostly differ there ("rounds", "sounds", "라운드")."""
    m = _WORD_AFTER.match(text, end)
    if not m:
        return None
    word = m.group(1)
    best, meant = CLOSE, None
    for w in _CURRENCY_WORDS:
        if _letters(word[0])[:1] != _letters(w[0])[:1]:
            continue
        # A Korean word may carry a particle ("달라를"): its first letters, about as many as
        # w's. An English word takes none: it is compared whole ("works" is no "won").
        heads = range(max(2, len(w) - 1), min(len(word), len(w) + 1) + 1)
        for k in (k for k in heads if k == len(word) or not word.isascii()):
            head = word[:k]
            if head.lower() == w.lower():
                return None       # the currency word itself: a reading's matter, not a slip
            ratio = difflib.SequenceMatcher(None, _letters(head), _letters(w)).ratio()
            if ratio > best or (ratio == best and meant is None):
                best, meant = ratio, w
    return (word, meant) if meant else None


def _letters(word: str) -> str:
    return unicodedata.normalize("NFD", word.lower())
