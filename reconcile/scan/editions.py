"""Two editions of one report: a publisher's article and its translation, out the same day, stating
the same amounts in the same order. What one edition states in a slot between two shared amounts
is what the other states there, even when a translation slipped its unit by a power of ten
("4.98 trillion won" in the English edition for the original's 4982억원): the order of the two
texts, not the digits alone, ties the two amounts.

Two reports of one event by two publishers share amounts too, often more (a results story and
another outlet's of the same quarter), but not a publisher, a day and an order together.
"""
from __future__ import annotations

import math
from typing import Sequence

from currency import lang as L
from currency.text.locale import url_host
from reconcile.scan.grouping import significant_digits, whole_power
from reconcile.scan.mentions import Mention
from reconcile.scan.model import Article, EditionLinks

# amounts two editions must share, in order, before their other amounts are read as slots: the
# count, and the share of the smaller edition's telling amounts (`EDITION_SLIP_DIGITS`)
EDITION_SHARED = 3
EDITION_SHARE = 0.5
# an amount tells one report from another from this many significant digits: a shared amount
# counts, and a slipped translation keeps the original's leading digits, only from there. Round
# amounts ("1조원", "100 billion", "50 billion") are any two stories' of one size alike.
EDITION_SLIP_DIGITS = 3


def edition_pairs(articles: Sequence[Article], scripts: Sequence[str]) -> list[tuple[int, int]]:
    """Positions of articles that may be two editions of one report: one publisher (the host of
    their urls, else their publisher's name), one publication day (a day, not a month or a
    year), two scripts (a translation; two same-language articles of one day are a story and
    its follow-up as often)."""
    keyed = [(_publisher(a), a.published if a.published and not a.period else None)
             for a in articles]
    return [(i, j) for i in range(len(articles)) for j in range(i + 1, len(articles))
            if keyed[i][0] and keyed[i] == keyed[j] and keyed[i][1] is not None
            and scripts[i] != scripts[j]]


def _publisher(a: Article) -> str:
    try:
        host = url_host(a.url) if a.url else ""
    except ValueError:      # a malformed address names no host: the publisher's name may
        host = ""
    for prefix in L.HOST_PREFIXES:
        if host.startswith(prefix):
            host = host[len(prefix):]
    if _portal(host):       # a portal carries many publishers: its host names none of them
        host = ""
    return host or (a.publisher or "").strip().casefold()


def _portal(host: str) -> bool:
    return any(host == p or host.endswith("." + p) for p in L.PORTAL_HOSTS)


def edition_links(mentions: Sequence[Mention], pairs: Sequence[tuple[int, int]]) -> EditionLinks:
    """The links of every pair of editions whose amounts run alike (`_links`)."""
    by_article: dict[int, list[Mention]] = {}
    for m in mentions:
        by_article.setdefault(m.article, []).append(m)
    slipped: set[tuple[str, str]] = set()
    apart: set[tuple[str, str]] = set()
    same: set[tuple[str, str]] = set()
    for a, b in pairs:
        s, p, c = _links(sorted(by_article.get(a, []), key=lambda m: m.start),
                      sorted(by_article.get(b, []), key=lambda m: m.start))
        slipped |= s
        apart |= p
        same |= c
    return EditionLinks(frozenset(slipped), frozenset(apart), frozenset(same))


def _links(xs: list[Mention], ys: list[Mention]) -> tuple[set, set, set]:
    anchors = _shared_in_order(xs, ys)
    telling = min(sum(_telling(m) for m in xs), sum(_telling(m) for m in ys))
    if len(anchors) < EDITION_SHARED or len(anchors) < EDITION_SHARE * telling:
        return set(), set(), set()
    slipped = set()
    bounds = [(-1, -1), *anchors, (len(xs), len(ys))]
    for (i0, j0), (i1, j1) in zip(bounds, bounds[1:]):
        slipped |= _slots(xs[i0 + 1:i1], ys[j0 + 1:j1])
    counterpart = {xs[i].key: ys[j] for i, j in anchors}
    counterpart.update({x.key: y for x, y in slipped})
    by_key = {m.key: m for m in xs}
    apart = set()
    # an amount whose counterpart is known is not the fact of an amount of the other edition, in
    # its currency, whose own counterpart states another number (a conversion's other currency
    # may be its fact: "$100 million (146.9 billion won)")
    for xk, y in counterpart.items():
        for xk2, y2 in counterpart.items():
            x, x2 = by_key[xk], by_key[xk2]
            if y2 is not y and x.currency == y2.currency and x2.currency == y2.currency \
                    and not _equal(x, x2) and not _equal(y, y2):
                apart.add((xk, y2.key))
    return {(x.key, y.key) for x, y in slipped}, apart, \
        {(xk, y.key) for xk, y in counterpart.items()}


def _shared_in_order(xs: list[Mention], ys: list[Mention]) -> list[tuple[int, int]]:
    """The longest run of equal telling amounts (`_telling`) the two sequences share in order
    (positions)."""
    n, m = len(xs), len(ys)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best[i][j] = best[i + 1][j + 1] + 1 if _shared(xs[i], ys[j]) \
                else max(best[i + 1][j], best[i][j + 1])
    out, i, j = [], 0, 0
    while i < n and j < m:
        if _shared(xs[i], ys[j]) and best[i][j] == best[i + 1][j + 1] + 1:
            out.append((i, j))
            i, j = i + 1, j + 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    return out


def _telling(m: Mention) -> bool:
    """Whether an amount has digits enough to tell one report from another (a round one has not)."""
    return len(significant_digits(m.value)) >= EDITION_SLIP_DIGITS


def _shared(a: Mention, b: Mention) -> bool:
    return _telling(a) and _equal(a, b)


def _equal(a: Mention, b: Mention) -> bool:
    return a.currency == b.currency and a.value > 0 and \
        math.isclose(a.value, b.value, rel_tol=1e-9)


def _slots(xs: list[Mention], ys: list[Mention]) -> set[tuple[Mention, Mention]]:
    """The amounts of one slot (between the same two shared amounts) a power of ten apart with
    one number's digits, each with exactly one such partner on the other side."""
    pairs = [(x, y) for x in xs for y in ys if _slipped(x, y)]
    once = [(x, y) for x, y in pairs
            if sum(p[0] is x for p in pairs) == 1 and sum(p[1] is y for p in pairs) == 1]
    return set(once)


def _slipped(a: Mention, b: Mention) -> bool:
    if a.currency != b.currency or a.value <= 0 or b.value <= 0 or a.per != b.per:
        return False
    if not whole_power(abs(math.log10(a.value / b.value))):
        return False
    short, long_ = sorted((significant_digits(a.value), significant_digits(b.value)), key=len)
    if len(short) < EDITION_SLIP_DIGITS:
        return False
    cut = long_[:len(short)]
    rounded = str(round(int(long_) / 10 ** (len(long_) - len(short)))) if long_ else ""
    return short in (cut, rounded)

