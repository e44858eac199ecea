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
from currency.text.reader import AmountError, find_amounts, paren_hedge_end
from currency.text.readings import read_once

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
        if a.two_currencies is not None:    # "$4.85 trillion won": which currency was read
            c.notes.append(a.two_currencies.sentence())
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
    """A verbatim clause around the amount as its figure's cell writes it (`written_amount`): up
    to about `width` characters either side, within its sentence, cut only between words (a word
    longer than that is kept whole)."""
    # The quote runs through the cell's end, not the span's: the checks find a figure's amount
    # in its quote, and a cell wider than the span ("$3 billion (4 trillion won) or more") must
    # stand in it whole, however far its hedge is from the span.
    end = _cell_end(text, c)
    lo = c.sentence_start
    hi = min(len(text), lo + len(c.sentence))
    s0, s1 = max(lo, c.start - width), min(hi, end + width)
    if c.amount.per_at is not None:
        # The words its period was read from ("an annual cap set at"): a figure's period is
        # read again from its quote (`reconcile.model.normalize`).
        s0 = max(lo, min(s0, c.amount.per_at))
    if s0 > lo and not text[s0 - 1].isspace():
        space = _first_space(text, s0, c.start)
        s0 = space + 1 if space >= 0 else _word_start(text, lo, s0)
    if s1 < hi and not text[s1].isspace():
        space = text.rfind(" ", end, s1)
        s1 = space if space >= 0 else _word_end(text, s1, hi)
    # The line the amount is on (a windowed context may span lines).
    # A byline's "기자 = " or a bullet before the first word is not part of the clause.
    left = text[s0:c.start].rsplit("\n", 1)[-1].rsplit(" = ", 1)[-1].lstrip(" \t=▲▶■●•·*-–—>")
    right = text[end:s1].split("\n", 1)[0]
    return (left + text[c.start:end] + right).strip() or c.amount.span


def written_amount(text: str, c) -> str:
    """The amount as its figure's `amount` cell writes it: its span, or, when the reader bounds
    it by a hedge written after the conversion in parentheses beside it ("30억 달러(약 4조원)
    이상"), the text's words from its start through that hedge."""
    end = _cell_end(text, c)
    return c.amount.span if end == c.end else text[c.start:end]


def span_of_cell(cell: str) -> str:
    """The amount's span of a cell `written_amount` wrote wider than it ("30억 달러(약 4조원)
    이상": "30억 달러"); any other cell as it is."""
    try:
        a = read_once(cell)
    except AmountError:
        return cell
    return cell[:a.end] if a.start == 0 and paren_hedge_end(cell, a.end) == len(cell) else cell


def _cell_end(text: str, c) -> int:
    """Where the amount's figure cell ends in `text` (`written_amount`)."""
    # The span alone ("30억 달러") would load exact, and the figure be judged against the other
    # outlets' figures as if the text stated it exactly. The text's own words through the hedge
    # are what the cell reader reads bounded (`read_whole` takes the parenthesis and the hedge
    # after it). They are written only when they read as the reader read the amount in its
    # sentence and the span alone does not: a hedge the reader did not give the amount is not
    # written into its cell. A line break before the hedge is kept as written, as the reader
    # keeps one in a span ("약 4조원)\n이상"); the quote runs through it (`quote_for`).
    end = paren_hedge_end(text, c.end)
    if end is None:
        return c.end
    if _bound_of(text[c.start:end]) == c.amount.bound != _bound_of(c.amount.span):
        return end
    return c.end


def _bound_of(cell: str) -> str | None:
    """The bound a figure's cell reads to, None when it does not read."""
    try:
        return read_once(cell).bound
    except AmountError:
        return None


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
