"""Propose the figures an article states: every amount as a candidate, its sentence, offsets, a
suggested as_of.

The amounts come from the one reader (`currency.text.reader.find_amounts`). On top of it the
pipeline here applies the article's layout (`currency.text.layout`: numbers after the body's end
are kept at low confidence, with the reason), pairs conversions and infers unsaid currencies
(`currency.text.conversions`), and dates each amount (`currency.text.dating`).
"""
from __future__ import annotations

import bisect
import datetime as dt

from currency.data.periods import Period
from currency.text.candidate import Candidate
from currency.text.conversions import market_rates, settle_currencies
from currency.text.dating import date_candidates, last_day
from currency.text.layout import SENTENCE_END, body_end, in_link
from currency.text.locale import local_dollar
from currency.text.reader import find_amounts

# A "sentence" longer than this (a text with no sentence ends) is cut to a window around each
# amount: otherwise every candidate would carry the whole text, and output would grow with the
# square of the input.
MAX_CONTEXT = 600


def _window(text: str, s0: int, s1: int, start: int, end: int) -> tuple[int, int]:
    """About MAX_CONTEXT characters of [s0, s1) around [start, end), cut at spaces if near."""
    half = max(0, (MAX_CONTEXT - (end - start)) // 2)
    w0, w1 = max(s0, start - half), min(s1, end + half)
    space = text.find(" ", w0, start)
    if 0 <= space - w0 < 40:
        w0 = space + 1
    space = text.rfind(" ", end, w1)
    if 0 <= w1 - space < 40:
        w1 = space
    return w0, w1


def extract(text: str, published: dt.date | Period | None = None, locale: str | None = None,
            url: str | None = None) -> list[Candidate]:
    """Every amount in `text` as a candidate figure, in order; `published` is a day, or the month
    or year the article came out in; its `locale` tag or `url` say what a bare "$" names."""
    span, published = published, last_day(published)
    amounts = find_amounts(text)
    cut, marker = body_end(text)
    starts = [0] + [m.end() for m in SENTENCE_END.finditer(text)]
    out: list[Candidate] = []
    for i, a in enumerate(amounts):
        k = bisect.bisect_right(starts, a.start) - 1
        s0 = starts[k]
        s1 = starts[k + 1] if k + 1 < len(starts) else len(text)
        cut_context = s1 - s0 > MAX_CONTEXT
        if cut_context:
            s0, s1 = _window(text, s0, s1, a.start, a.end)
        raw = text[s0:s1]
        sentence = raw.strip()
        c = Candidate(i, a, sentence, s0 + len(raw) - len(raw.lstrip()), a.currency)
        c.notes.extend(a.notes)     # "garbled: …": the reader's word on what it read
        if a.per_at is not None:
            said = " ".join(text[a.per_at:a.start].split())
            c.notes.append(f"a rate per {a.per}, read from {said!r} before it")
        if cut_context:
            c.notes.append(f"its sentence has no end nearby; {len(sentence)} characters around "
                           "the amount are kept")
        if a.start >= cut:
            line = text.count("\n", 0, cut) + 1
            c.confidence = "low"
            c.reason = f"after the end of the article body (line {line}: {marker[:40]!r})"
        out.append(c)
    settle_currencies(text, out, cut, local_dollar(text, locale, url), published)
    for c in out:
        if c.confidence == "high" and in_link(text, c.amount):
            c.confidence = "low"
            c.reason = "inside a web address or a slug, not the article's prose"
        if c.confidence == "high" and c.amount.doubt:
            c.confidence = "low"
            c.reason = c.amount.doubt
        if c.currency is None and c.amount.currency_options and c.confidence == "high":
            c.confidence = "low"
            said = "its conversion does not settle which (see its notes)" \
                if any(n.startswith("its conversion") for n in c.notes) \
                else "the article names none of their countries"
            c.reason = (f"{c.amount.span!r} names a currency several share "
                        f"({', '.join(c.amount.currency_options)}) and {said}: say which with "
                        "--currency")
        if c.currency is None and c.amount.kind == "number" and c.confidence == "high":
            c.confidence = "low"
            c.reason = "no currency or unit stated, and none could be inferred"
    date_candidates(text, starts, out, span, published, cut)
    market_rates(out, published)
    return out


def quote_for(text: str, c, width: int = 40) -> str:
    """A verbatim clause around the amount: up to about `width` characters either side, within
    its sentence, cut only between words (a word longer than that is kept whole)."""
    lo = c.sentence_start
    hi = min(len(text), lo + len(c.sentence))
    s0, s1 = max(lo, c.start - width), min(hi, c.end + width)
    if c.amount.per_at is not None:
        # The words its period was read from ("an annual cap set at"): a figure's period is
        # read again from its quote (`reconcile.model.normalize`).
        s0 = max(lo, min(s0, c.amount.per_at))
    if s0 > lo and not text[s0 - 1].isspace():
        space = _first_space(text, s0, c.start)
        s0 = space + 1 if space >= 0 else _word_start(text, lo, s0)
    if s1 < hi and not text[s1].isspace():
        space = text.rfind(" ", c.end, s1)
        s1 = space if space >= 0 else _word_end(text, s1, hi)
    # The line the amount is on (a windowed context may span lines).
    # A byline's "기자 = " or a bullet before the first word is not part of the clause.
    left = text[s0:c.start].rsplit("\n", 1)[-1].rsplit(" = ", 1)[-1].lstrip(" \t=▲▶■●•·*-–—>")
    right = text[c.end:s1].split("\n", 1)[0]
    return (left + text[c.start:c.end] + right).strip() or c.amount.span


def _first_space(text: str, start: int, end: int) -> int:
    for i in range(start, end):
        if text[i].isspace():
            return i
    return -1


def _word_start(text: str, lo: int, i: int) -> int:
    while i > lo and not text[i - 1].isspace():
        i -= 1
    return i


def _word_end(text: str, i: int, hi: int) -> int:
    while i < hi and not text[i].isspace():
        i += 1
    return i
