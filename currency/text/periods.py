"""Noun periods: a period word before the noun an amount is the value of, in the amount's own
clause ("an annual cap set at $20 billion", "연 매출은 5조원"), makes the amount a rate per period.

The reader gives an amount the period of a word written right beside it ("연간 50억 달러", "$5B a
year"); this gives it the period of the noun it is the value of. Each language's forms, and what
may not stand between the period word and the amount or follow the amount, are data in
`currency.lang`; here is only their use: the period word nearest before the amount, after the
amount before it, must begin a form running to it (a form spans no punctuation: no clause end).
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import replace
from itertools import accumulate

import currency.lang as L
from currency.amount import Amount

# How far before its amount a noun's period word may stand (a clause of about twenty words).
REACH = 160


@functools.lru_cache(maxsize=1)
def _patterns():
    # The lookahead of first letters lets a text with no period word pass at a third of the cost
    # (a million figures' quotes are searched).
    first = "".join(sorted({c for w in L.PERIOD_WORDS for c in (w[0].lower(), w[0].upper())}))
    # Not after a digit, glued or spaced: "3월", "10 월", "1 분기" name a month or a quarter.
    words = re.compile(f"(?=[{first}])" + r"(?<!\w)(?<!\d\s)(?i:" + "|".join(
        sorted(map(re.escape, L.PERIOD_WORDS), key=len, reverse=True)) + ")")
    return (words, [re.compile(f) for f in L.NOUN_PERIOD_FORMS], re.compile(L.NOUN_PERIOD_STOP),
            re.compile(L.NOUN_PERIOD_AFTER))


def noun_periods(text: str, amounts: list[Amount]) -> list[Amount]:
    """`amounts` (in text order), each money amount with no period of its own given the period
    of the noun it is the value of, if a period word modifies that noun in its clause."""
    words, forms, stop, after = _patterns()
    out = list(amounts)
    for k, a in enumerate(amounts):
        if a.per or a.kind not in ("money", "number"):
            continue
        # A line ends a clause (a heading, a list item): the forms' spaces would run past it.
        lo = max(amounts[k - 1].end if k else 0, a.start - REACH,
                 text.rfind("\n", max(0, a.start - REACH), a.start) + 1)
        window = text[lo:a.start]
        found = list(words.finditer(window))
        if not found:
            continue
        word = found[-1]
        # a bound's verb in the amount's span may be the noun's link ("revenue topped $5
        # billion"): the form then runs to the end of that verb
        if a.hedge and a.span[:len(a.hedge)].lower() == a.hedge.lower() and \
                not any(f.fullmatch(window, word.start()) for f in forms):
            window = text[lo:a.start + len(a.hedge)]
        if not any(f.fullmatch(window, word.start()) for f in forms) \
                or stop.search(window, word.end()) or after.match(text, a.end):
            continue
        out[k] = replace(a, per=L.PERIOD_WORDS[word.group().lower()], per_at=lo + word.start())
    return out


def holding_period_words(texts: list) -> list[int]:
    """The positions of the `texts` (None for a missing one) that hold a period word: a text
    without one gives no amount a noun's period.

    One search over the texts joined, not a call per text (a million figures' quotes): joined
    by a NUL, which is neither a word nor a space character, so each text's edges read as a
    text's own start and end do to the pattern's lookbehinds, and no word spans two texts."""
    cells = [t if isinstance(t, str) else "" for t in texts]
    joined = "\x00".join(cells)
    words = _patterns()[0]
    # Every match begins with one of the words' first letters: most tables hold none.
    if not _first_letters().search(joined):
        return []
    starts = list(accumulate((len(c) + 1 for c in cells[:-1]), initial=0))
    return sorted({bisect_right(starts, m.start()) - 1 for m in words.finditer(joined)})


@functools.lru_cache(maxsize=1)
def _first_letters():
    return re.compile("[" + "".join(sorted({c for w in L.PERIOD_WORDS
                                            for c in (w[0].lower(), w[0].upper())})) + "]")

