"""Same fact: the original figures of one metric whose as_of periods overlap must agree.

The largest agreeing set comes from one sweep per group (`common.fact_agreement`); each original
outside it is flagged with how far its point lies from what the others agree on, and a unit slip
when that is close to a power of ten. With no majority, two figures are told apart by precision
(the more precisely stated one is the yardstick), more are flagged together. A figure that agrees
only through a hedge while its point is more than 5 % off is `low`; through rounding, `info`.
Restatements never vote: the restatement check judges them against their original.
"""
from __future__ import annotations

import re

import pandas as pd

from currency import formatting as fmt
from reconcile.checks import check
from reconcile.checks.common import head, ids, named, precision_hint, records
from reconcile.model import as_of_window, uncertainty
from reconcile.model import findings as F

RULE = "same_fact: original figures of one metric with overlapping as_of must agree"


def tried(r) -> tuple[str, ...]:
    """The explanations the model allowed this figure."""
    out = [f"rounding to ±{fmt.compact(r.u / 2)} {r.unit}" if r.quantity_kind == "money"
           else "its stated precision"]
    if isinstance(r.hedge, str):
        out.append(f"its hedge ({r.hedge})")
    if r.quantity_kind == "money" and r.currency != r.ref:
        out.append(f"{r.currency}→{r.ref} at the ECB rates of its as_of and publication date, "
                   f"±{uncertainty.RATE_ALLOWANCE:.0%} for the rate source")
    return tuple(out)


@check("same_fact",
       rule=('the original figures of one metric whose `as_of` periods overlap must agree '
             '(overlap by more than a point; a news-dated as_of is a 7-day window). When the '
             'precise figures of a fact conflict, only they vote (not one that fits every '
             'side of the conflict, such as $4 billion beside $3.78 and $3.87 billion); hedged, '
             'vague or such coarse figures are '
             'judged against their majority or, with none, set aside and said to fit a side. '
             'Each figure outside the largest agreeing set is flagged with how far it lies '
             'from what the others agree on; with no majority, the figures are flagged '
             'together (of two, the message names the more precisely stated one)'),
       severity=('high at 25 % off or a unit slip (a ratio within 0.05 decades of a power of '
                 'ten), medium from 5 %, low below; vague figures low; a true bound (이상, more '
                 'than, up to, nearly, with the value on its open side) info, low when off by '
                 'more than 2×; through rounding info'))
def same_fact(df, ctx) -> list[F.Finding]:
    """Findings for original figures that disagree with what the others of their fact say."""
    d = df[df["status"].isin(["outlier", "split", "agrees", "aside"]) & df["n_grp"].ge(2)]
    out: list[F.Finding] = []
    aside: dict = {}
    for r in records(d[d["status"].eq("aside")]):
        aside.setdefault(r.grp, []).append(r)
    members = d[d["agrees"]].groupby("grp")["id"].agg(tuple)
    dates = d[d["agrees"]].groupby("grp")["as_of"].agg(lambda s: " to ".join(sorted(set(s))[::max(
        1, len(set(s)) - 1)]))
    # Per group, once: the as_of read as articles' dates, and how many as_of it has.
    news = d[d["as_of_news"]].groupby("grp")["as_of"].agg(lambda s: sorted(set(s)))
    n_as_of = d.groupby("grp")["as_of"].nunique()
    member_sets: dict = {}

    def others(r) -> tuple:
        # The agreeing figures but r: the group's one tuple, shared by every finding about it,
        # when r is not in it (an outlier never is): no copy of it per finding.
        agreeing = members.get(r.grp, ())
        if r.grp not in member_sets:
            member_sets[r.grp] = frozenset(agreeing)
        return tuple(i for i in agreeing if i != r.id) if r.id in member_sets[r.grp] else agreeing
    for r in records(d[d["status"].eq("outlier")]):
        if _reads_as_n_odd(r):
            out.append(_n_odd_note(r, others(r)))
        else:
            window = _window_words(news.get(r.grp, []), n_as_of.get(r.grp, 0))
            out.append(_outlier(r, others(r), dates.get(r.grp, ""), window))
    # The split rows are boxed once, together, and handed out per group in order of appearance.
    splits: dict = {}
    for r in records(d[d["status"].eq("split")]):
        splits.setdefault(r.grp, []).append(r)
    for grp, rows in splits.items():
        out.append(_split(rows, aside.get(grp, []),
                          _window_words(news.get(grp, []), n_as_of.get(grp, 0))))
    loose = d[d["agrees"] & ((d["c_value"] < d["cons_low"]) | (d["c_value"] > d["cons_high"]))]
    for r in records(loose):
        out.append(_loose(r, others(r)))
    out.extend(apart_notes(df))
    return out


def _outlier(r, others: tuple, when: str, window: str = "") -> F.Finding:
    gap, direction = F.point_gap(r.c_value, r.cons_low, r.cons_high)
    slip = F.unit_slip(r.c_value / r.cons_value) if r.cons_value else 0
    # The agreeing ids are a shared part, joined when the message is shown.
    lead = (f"it gives {fmt.interval(r.c_low, r.c_high, r.c_unit)}, "
            f"{F.gap_words(gap, direction)} what the other figures of {r.metric} say "
            f"({fmt.interval(r.cons_low, r.cons_high, r.c_unit)}); "
            f"{len(others)} other figure{'s' if len(others) != 1 else ''} as of {when} agree (")
    detail = ")"
    if abs(r.c_low - r.cons_high) <= 1e-9 * abs(r.c_low) or \
            abs(r.cons_low - r.c_high) <= 1e-9 * abs(r.c_high):
        detail += ("; the intervals only touch: both would have to be rounded to their limits "
                   "to agree")
    if slip:
        detail += f"; about {10 ** abs(slip):,}× apart, which looks like " + F.slip_words(
            slip, r.currency if isinstance(r.currency, str) else None)
    elif r.vague:
        detail += "; the figure is vague, so this is weak evidence"
    detail += window
    e = F.Evidence("same_fact", RULE, (lead, F.Ids(others), detail + "."), others, r.c_low,
                   r.c_high, r.cons_low, r.cons_high, r.c_unit, gap, slip, tried(r))
    return F.Finding(F.severity_of(gap, bool(r.vague), slip), r.metric, (r.id,), (r.id,),
                     head(r), (e,))


# "8조 투자" for 8조 5127억: Korean headlines write a bare count of the largest place word for an
# amount of that many and more (N조대). Only bare forms: digits, one place word, the currency.
_BARE_PLACE = re.compile(r"^\s*[1-9]\d*\s*[조억兆億]\s*(?:원|달러|KRW|USD)?\s*$")


def _reads_as_n_odd(r) -> bool:
    """True when a bare `N조` lies below what the others agree on but they lie within N to N+1."""
    if r.bound != "exact" or not isinstance(r.amount, str) or not _BARE_PLACE.match(r.amount):
        return False
    if not (r.s_high > 0 and r.cons_low >= r.c_low):
        return False
    per_unit = r.c_high / r.s_high          # the converting factor of the upper side
    return r.cons_high <= (r.value + r.precision) * per_unit


def _n_odd_note(r, others: tuple) -> F.Finding:
    gap, direction = F.point_gap(r.c_value, r.cons_low, r.cons_high)
    detail = (f"its value {fmt.compact(r.c_value)} {r.c_unit} is {F.gap_words(gap, direction)} "
              f"what the other figures of {r.metric} agree on "
              f"({fmt.interval(r.cons_low, r.cons_high, r.c_unit)}; ", F.Ids(others),
              f"), which lie between {r.amount.strip()} and one more: read as "
              f"\"{r.amount.strip()} and more\" (N조대, as Korean headlines round down), "
              f"it agrees.")
    e = F.Evidence("same_fact", RULE, detail, tuple(others), r.c_low, r.c_high, r.cons_low,
                   r.cons_high, r.c_unit, gap, 0, tried(r))
    return F.Finding("info", r.metric, (), (r.id,), head(r), (e,))


def _split(rows: list, aside, window: str) -> F.Finding:
    lo = _first_extreme(rows, "c_high", min)
    hi = _first_extreme(rows, "c_low", max)
    gap = float(hi.c_value / lo.c_value) if lo.c_value > 0 else float("inf")
    slip = F.unit_slip(gap)
    first = rows[0]
    said = "; ".join(named(r) for r in rows)
    detail = (f"the figures of {first.metric} do not agree and no side has a majority: "
              f"{said}. The highest point is {F.gap_words(gap, 'above')} the lowest"
              f"{precision_hint(rows)}")
    if abs(hi.c_low - lo.c_high) <= 1e-9 * abs(hi.c_low):
        detail += ("; their intervals only touch: both would have to be rounded to their limits "
                   "to agree")
    if slip:
        detail += f"; about {10 ** abs(slip):,}× apart, which looks like " + F.slip_words(
            slip, lo.currency if isinstance(lo.currency, str) else None)
    detail += _aside_words(rows, aside)
    detail += window
    flagged = tuple(r.id for r in rows)
    e = F.Evidence("same_fact", RULE, detail + ".", flagged, _nan_extreme(rows, "c_low", min),
                   _nan_extreme(rows, "c_high", max), float("nan"), float("nan"), first.c_unit,
                   gap, slip, tuple(dict.fromkeys(t for r in rows for t in tried(r))))
    sev = F.severity_of(gap, any(bool(r.vague) for r in rows), slip)
    return F.Finding(sev, first.metric, flagged, flagged,
                     "; ".join(head(r) for r in rows), (e,))


def _first_extreme(rows: list, col: str, pick):
    """The first row whose `col` is the smallest (pick=min) or largest (max), NaN skipped."""
    best = _nan_extreme(rows, col, pick)
    return next((r for r in rows if getattr(r, col) == best), rows[0])


def _nan_extreme(rows: list, col: str, pick) -> float:
    """The smallest or largest `col` of the rows, NaN skipped (NaN when all are)."""
    values = [float(getattr(r, col)) for r in rows if getattr(r, col) == getattr(r, col)]
    return pick(values) if values else float("nan")


def _loose(r, others: tuple) -> F.Finding:
    gap, direction = F.point_gap(r.c_value, r.cons_low, r.cons_high)
    hedged = r.bound in ("at_least", "at_most", "approx") and not r.vague
    how = f"its hedge ({r.hedge})" if hedged else "its rounding or the rate window"
    # The sentence as parts: the agreeing ids are the group's shared tuple, joined when shown.
    said = (f"its value {fmt.compact(r.c_value)} {r.c_unit} is {F.gap_words(gap, direction)} "
            f"what the other figures of {r.metric} agree on "
            f"({fmt.interval(r.cons_low, r.cons_high, r.c_unit)}; ", F.Ids(others), ")")
    true_bound = (r.side, direction) in (("at_least", "below"), ("at_most", "above"))
    if true_bound and not r.vague:
        return _bound(r, said, gap, others)
    detail = said + (f"; it agrees only through {how}.",)
    e = F.Evidence("same_fact", RULE, detail, tuple(others), r.c_low, r.c_high, r.cons_low,
                   r.cons_high, r.c_unit, gap, 0, tried(r))
    if hedged and gap > uncertainty.HEDGE_ONLY_GAP:
        return F.Finding("low", r.metric, (r.id,), (r.id,), head(r), (e,))
    return F.Finding("info", r.metric, (), (r.id,), head(r), (e,))


def _bound(r, said: tuple, gap: float, others: tuple) -> F.Finding:
    """A bound that is true ("3조 원 이상" for 3조7152억): info, unless it is off by more than
    MISLEADING_BOUND, when it misleads though true (low)."""
    word = "at least" if r.side == "at_least" else "at most"
    misleads = gap > uncertainty.MISLEADING_BOUND
    detail = said + (f". As a bound ({r.hedge}: {word} {fmt.compact(r.value)} {r.unit}) it is "
                     "true" + (f", but {'under' if r.side == 'at_least' else 'over'}states the "
                               f"value by more than {uncertainty.MISLEADING_BOUND:g}×, which "
                               "misleads a reader." if misleads else "."),)
    e = F.Evidence("same_fact", RULE, detail, tuple(others), r.c_low, r.c_high, r.cons_low,
                   r.cons_high, r.c_unit, gap if misleads else 1.0, 0, tried(r))
    if misleads:
        return F.Finding("low", r.metric, (r.id,), (r.id,), head(r), (e,))
    return F.Finding("info", r.metric, (), (r.id,), head(r), (e,))


def _aside_words(split_rows, aside_rows) -> str:
    """What the hedged figures beside a split say: they do not vote, and which side they fit."""
    out = []
    for a in aside_rows:
        fit = [r.id for r in split_rows if r.c_low < a.c_high and a.c_low < r.c_high]
        where = ("both sides" if len(fit) == len(split_rows) and len(fit) > 1
                 else f"the side of {ids(fit)}")
        hedged = bool(a.vague) or a.side != "" or a.bound not in ("exact", "approx")
        why = "hedged or vague" if hedged else "stated too coarsely to tell them apart"
        out.append(f'; {a.id} ("{a.amount}") is {why}, so it does not decide between '
                   f"them: it fits {where}")
    return "".join(out)


def _window_words(news: list[str], n_as_of: int) -> str:
    """How a group's as_of were read when it compares figures of different days and some are
    windows (`news`: the as_of read as articles' dates; `n_as_of`: how many as_of it has)."""
    if not news or n_as_of < 2:
        return ""
    return (f"; compared as one time: as_of {', '.join(news)} "
            f"{'is its article' if len(news) == 1 else 'are their articles'}' date (no date "
            f"beside the amount), each read as the {as_of_window.WINDOW_DAYS} days up to it")


def apart_notes(df: pd.DataFrame) -> list[F.Finding]:
    """Info notes for a metric whose figures are a few days apart and so not compared: the
    same fact reported on two nearby days, as far as the dates tell, with no way to compare."""
    o = df[df["role"].eq("original") & df["n_grp"].ge(1) & ~df["kind"].eq("cumulative")]
    o = o[(o["as_of_last"] - o["as_of_first"]).dt.days.le(as_of_window.WINDOW_DAYS)]
    if o.empty:
        return []
    per = o.groupby(["metric", "c_unit", "grp"], sort=False).agg(
        first=("as_of_first", "min"), last=("as_of_last", "max"), ids=("id", list))
    per = per.reset_index().sort_values(["metric", "c_unit", "first"], kind="mergesort")
    by_id = o.set_index("id")
    out = []
    for (metric, _), g in per.groupby(["metric", "c_unit"], sort=False):
        rows = list(g.itertuples())
        for a, b in zip(rows, rows[1:]):
            days = (b.first - a.last).days
            if not 0 < days <= as_of_window.APART_DAYS:
                continue
            ra, rb = (_Head(by_id.loc[x.ids[0]], x.ids[0]) for x in (a, b))
            detail = (f"the figures of {metric} as of {ra.as_of} ({ids(a.ids)}) and as of "
                      f"{rb.as_of} ({ids(b.ids)}) are {days} day{'s' if days != 1 else ''} apart, "
                      f"so they are not compared: their as_of are dates stated with the figures. "
                      f"If they report one event, give them one as_of.")
            e = F.Evidence("same_fact", RULE, detail, ())
            out.append(F.Finding("info", metric, (), tuple(a.ids + b.ids),
                                 f"{head(ra)}; {head(rb)}", (e,)))
    return out


class _Head:
    """A figure's row seen through attributes, for `head`."""

    def __init__(self, row, fid: str) -> None:
        self.id, self.amount = fid, row["amount"]
        self.source, self.as_of = row["source"], row["as_of"]
