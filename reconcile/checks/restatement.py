"""Restatements: a conversion the writer made is judged against the figure it converts.

The writer converts the number as stated, so the implied rate is the restatement's value over the
original's stated value. It must meet the ECB rate of the fact's as_of or of the publication date
(each a band over its period, widened by the rate allowance), once the restatement's own rounding
is allowed for. When it does not, the restatement is the wrong figure, unless its original is the
one the other figures of the fact reject while the restatement fits them: then the evidence goes
to the original. A conversion judged in its own currency fits them by its rounding widened by the
writer's rate, ±1 % (the others' consensus is their intersection, narrower than one conversion's
rate). A pair a power of ten off the rate ("1.108 won ($977 million)", the won's "trillion"
dropped) is judged so too; when the original read that power of ten over fits the others as well,
the words name its written unit as the slip. With no other figure of the fact, nothing tells which
side slipped: the conversion stays flagged.

Which figure of a pair was written first says nothing of which is wrong: a release's "5.1
trillion won (US$4.4 billion)", converted at a stale rate, puts the wrong figure first. When
another article's conversion at its own day's rate, in the pair's two currencies, states the
restatement's amount and, in the other currency, an amount the original's rounding does not reach
("44억 달러(약 6조3천억 원)"), and none sides with the original so, the original is flagged;
witnesses on both sides flag the pair together, naming neither.

A currency slip in the original: when no rate explains the pair, but the original's number read
in another currency its article states amounts in converts right ("18억달러(7300만 유로)" in an
article whose amounts are in crowns: 18억 crowns is 7300만 euros), the original names the wrong
currency: it is flagged, high. The mirror case, a conversion that repeats its original's
currency word ("80억달러(약 9조6000억달러)": 80억 dollars is 9조6000억 won), is a restatement in its
original's own currency (`normalize`: far apart in value): when the original converts to its number
in a currency its article states amounts in, or the won of a conversion written in Hangul, the
restatement names the wrong currency and is flagged, high; when the original's number read in such
a currency converts to the restatement ("$ 150 billion ($ 128 million)": 150 billion won), the
original names the wrong currency, high; when none does, a power of ten apart is a unit slip
(high), anything else an info note.

Instalments: a total paid in parts at different dates may be converted part by part. When the
original's parts (figures whose `part_of` names its metric, in its currency) carry two or more
as_of dates and add up to it, and their conversions at their own dates (the same allowance) add up
to the restatement, it is not a wrong conversion: an info note says so.

A conversion repeated: a report of a later stage of a deal (its completion) often repeats the
conversion made when it was signed. When no rate of its own dates explains a pair, but the same
pair, precise enough to pin one day's rate, was stated for the same fact in an article published
wholly before, at the rate of that statement's day, it is that conversion repeated: an info note
names the statement and the day. A pair wrong at its first day, one round enough for many
months' rates, or one first stated for another fact (a second order of the same size) stays
flagged; of the last, its message says what was tried.

A conversion at its article's rate of an earlier day: an article on a later stage of a deal
converts the balance at the rate it converts the deal's signing figures at ("$9 billion (10.31
trillion won)" signed in 2020, then "the remaining $2 billion (2.29 trillion won)" in 2025). When
no rate of its own dates explains a pair, but another pair of its article, in the same two
currencies, meets the ECB rate of its as_of (a day more than 31 days before) by its rounding, both
pairs pin one rate as written, and they say the same rate, it is an info note naming that pair and
its day. A round conversion near that rate, two conversions at one rate that no day had, and
another article's pair explain nothing.

A bound is true on its open side, the original's as the conversion's own: "more than 1조원
($875 million)" implies 1,142.86 won a dollar at the bound's number, and since the amount is
more, the rate used was 1,142.86 or more; a day's 1,175 is consistent with it. When the original
states a bound (more than, 이상, up to, 최대, under) and the rates of the window lie on its open
side, within HEDGE_ONLY_GAP of the point (the conversion is an unhedged point, in practice the
bound's own number converted, so a rate further off is a wrong rate, not a looser bound), the
pair is true: an info note names the rate nearest the point and its day. On the closed side, or
further off, the conversion is judged as any other.
"""
from __future__ import annotations

import math
from functools import lru_cache, partial
from itertools import repeat
from typing import NamedTuple

import numpy as np
import pandas as pd

from currency import formatting as fmt
from currency.amount import as_written
from currency.data.periods import PeriodError, parse_period
from currency.text.locale import home_currencies
from reconcile.checks import check
from reconcile.checks.common import as_bound, bound_words, heads
from reconcile.checks.earlier import Copy, copies
from reconcile.checks.later import Later
from reconcile.checks.part_of import part_of_pairs
from reconcile.checks.rates import (
    EARLIER_DAYS,
    EARLIER_TRIED,
    band_cache,
    band_words,
    earlier_words,
    ecb_words,
    pair_rates,
    rate_explaining,
    rate_windows,
    show_range,
    show_rate,
    turns,
)
from reconcile.model import findings as F
from reconcile.model import uncertainty
from reconcile.model.distinct import factorized
from reconcile.model.normalize import fixings_between, fx_band
from reconcile.model.uncertainty import meets
from reconcile.store.figures import part_of_keys

RULE = (f"restatement: the rate a conversion implies must meet the ECB rate of its as_of or "
        f"publication date, ±{uncertainty.RATE_ALLOWANCE:.0%}")


# A restatement's own columns, and its original's, merged beside them as o_*.
_OWN = ["id", "metric", "amount", "source", "as_of", "published", "article", "currency", "original",
        "value", "u", "s_low", "s_high", "c_low", "c_high", "vague", "hedge", "bound", "low",
        "high", "precision", "c_unit",
        *(f"x{w}_{k}" for w in "ap" for k in ("rate_low", "rate_high", "rate_low_date",
                                               "rate_high_date"))]
_ORIGINAL = ["metric", "amount", "source", "as_of", "currency", "value", "precision", "u",
             "bound", "low", "high", "hedge", "s_low", "s_high", "status", "cons_low",
             "cons_high", "grp", "c_low", "c_high"]


@check("restatement",
       rule=("a conversion implies a rate (its value over its original's stated value; one "
             "number converting a range, over either end or the midpoint, each alone); "
             'allowing for its own rounding, that rate must meet the ECB rate of the as_of or '
             "of the publication date, ±1 %. If the original is the figure its fact's others "
             "reject and the restatement fits them (one judged in its own currency by its "
             "rounding ±1 %, the rate allowance), the original is flagged, as a slip of its "
             "written unit when the pair is a power of ten off the rate and the original read "
             "that power of ten over fits them too; so it is when "
             "conversions other articles made at their own day's rate, in the pair's two "
             "currencies (each of an original its fact's figures do not reject), state the restatement's amount and another than the original's, and "
             "none the original's and another than the restatement's (both sides: the pair is "
             'flagged together). A rate that fits '
             'neither date but only the fixings between them, more than 31 days apart, is a '
             "stale conversion. A total converted part by part at its parts' own dates is not "
             "wrong. When the original's number read in another currency of its article "
             'converts correctly, the original is flagged as a currency slip; when a conversion '
             "written in its original's own currency, at a value no rounding gives, is the "
             "original converted to another currency of its article (or of the newsroom whose "
             "letters it is written in), the conversion is flagged as one; when the original's "
             "number is that currency's (its conversion is what it gives there), the original "
             'is. A conversion whose pair (each amount within the other\'s rounding, together '
             'pinning a rate within the rate allowance) an article published wholly before stated '
             "for the same fact, at the rate of its own day (as_of or publication), is that "
             "conversion repeated; the same pair in another fact is not. A conversion at the "
             "rate of another conversion of its own article, in the same two currencies, that "
             "meets the ECB rate of its as_of, a day more than 31 days before the conversion's "
             "dates, by its rounding, is converted at that earlier day's rate when both pin one "
             "rate as written (an original with no hedge) and their roundings meet. An "
             "original that states a bound (more than, 이상, up to, 최대) with the rates of the "
             f"window on its open side, within {uncertainty.HEDGE_ONLY_GAP:g}× of the rate at "
             "the bound's number, is a true bound that explains the rate"),
       severity=("as above (an original flagged as a slip of its written unit high); matching "
                 "only the publication date's rate is info; stale low; "
                 'instalments info; currency slip high (a conversion in its own currency that '
                 'no rate explains: high at a power of ten, else info); a conversion that holds only through '
                 'its hedge low, but a true bound (its own 이상, up to, with the rate on its '
                 'open side) info, low when off by more than 2×; a true bound of its original '
                 f'(the rate on its open side, within {uncertainty.HEDGE_ONLY_GAP:g}×) info, '
                 'judged as above when further off; '
                 'an original flagged low by '
                 "a conversion its fact's others side with, when that original is possibly a "
                 "copy of another article's conversion at an earlier rate (the same-fact "
                 f"check's rule, {EARLIER_DAYS} days), info; a conversion repeated from its "
                 "first statement info; one at its article's rate of an earlier day info"))
def restatement(df, ctx) -> list[F.Finding]:
    """Findings on conversions whose implied rate no rate of the window explains."""
    pairs = _with_originals(df)
    if pairs.empty:
        return []
    every = _rates(pairs)
    # The ordinary case: converted at the fact's own rate, within its rounding. The rest are
    # judged as columns too; only their records (one each) are built one by one.
    rest = ~(every["hit_a"] & every["by_rounding"])
    if not rest.any():
        return []
    r = pairs[rest]
    c = {k: v[rest] for k, v in every.items()}
    v = _verdicts(r, c)
    _repeated(pairs, every, np.flatnonzero(rest), r, v)
    _article_rate(pairs, every, np.flatnonzero(rest), r, v)
    # Which figure of a pair still wrong is blamed, once what explains a pair has been tried.
    _witnessed(pairs, every, np.flatnonzero(rest), r, v)
    _earlier(df, r, v)
    out = _findings(r, c, v)
    # What is flagged may yet be explained: instalments (an info note instead), or, when no rate
    # of its window explains the pair, a currency slip in its original (that finding instead).
    flagged = ((v["kind"] != MATCH) & ~((v["kind"] == BOUND) & ~v["misleads"])
               & (v["kind"] != ORIGINAL_BOUND))
    # A pair of one currency is judged by the slip rule alone: no rate of its own explains it.
    same = (r["o_currency"] == r["currency"]).to_numpy()
    paid = _instalments(df, r, flagged & ~same)
    slip_rows = flagged & ~c["fits_raw"] | same
    slip_rows[list(paid)] = False
    slips = _currency_slips(df, r, slip_rows)
    for k, f in {**paid, **slips}.items():
        out[k] = f
    return out


# What `_verdicts` says of each conversion that is not the ordinary case; all but MATCH (an
# info note), a BOUND that does not mislead and an ORIGINAL_BOUND (its original's true bound)
# flag a figure.
(HEDGE_ONLY, MATCH, STALE, WRONG, ORIGINAL, BOUND, EARLIER, REPEATED, ARTICLE_RATE, EITHER,
 ORIGINAL_BOUND) = range(11)


def _verdicts(r, c) -> dict:
    """Per conversion, as arrays: its kind (HEDGE_ONLY .. BOUND), the implied point rate, the
    window of both dates' bands, the gap and its direction as said, the unit slip, the severity,
    whether it lies between the two bands (`between`), whether a true bound misleads, and the
    stale fits (row -> fits)."""
    val, ov = r["value"].to_numpy(dtype=float), c["o_at"]
    point = val / ov
    a_lo, a_hi, p_lo, p_hi = c["a_lo"], c["a_hi"], c["p_lo"], c["p_hi"]
    # Python's min(a, b) keeps a unless b is smaller, max unless b is larger (NaN kept as given).
    lo_w = np.where(p_lo < a_lo, p_lo, a_lo)
    hi_w = np.where(p_hi > a_hi, p_hi, a_hi)
    gap, direction = F.point_gaps(point, lo_w, hi_w)
    # Its own hedge's open side holds every rate of the window, and its original's the same way
    # (a bound of the amount converted, which turns the rate's side).
    true_bound = uncertainty.open_side_holds(c["side"], direction)
    original_bound = uncertainty.open_side_holds(c["o_side"], direction, of_original=True)
    # Rates are shown as the ECB band reads (KRW per USD, not USD per KRW): turned over, the
    # point's direction turns too.
    turn = turns(hi_w)
    direction = np.where(turn, _turned(direction), direction)
    hits = c["hit_a"] | c["hit_p"]
    kind = np.where(hits, MATCH, WRONG)
    hedge_only = hits & ~c["by_rounding"] & (gap > uncertainty.HEDGE_ONLY_GAP)
    kind[hedge_only] = HEDGE_ONLY
    # A true bound is no error, as the same-fact check judges one; it misleads when the rate,
    # and so the amount, is more than MISLEADING_BOUND times the bound.
    kind[hedge_only & true_bound] = BOUND
    misleads = (kind == BOUND) & (gap > uncertainty.MISLEADING_BOUND)
    # The original's true bound explains what no rate did, but only near its number: the
    # conversion is an unhedged point, in practice the bound's number converted, so a rate more
    # than HEDGE_ONLY_GAP off is a wrong rate (the bound's looseness does not excuse it), and the
    # pair is judged as written.
    kind[(kind == WRONG) & original_bound & (gap <= uncertainty.HEDGE_ONLY_GAP)] = ORIGINAL_BOUND
    # Between the two dates' rates (no gap to either): perhaps the rate of some day in between.
    between = ~hits & (gap == 1.0)
    stale = {}
    if between.any():
        cols = [r[n].tolist() for n in ("o_currency", "currency", "as_of", "published")]
        for k in np.flatnonzero(between).tolist():
            fits = _stale_fits(cols[0][k], cols[1][k], cols[2][k], cols[3][k],
                               c["imp_lo"][k], c["imp_hi"][k])
            if fits is not None:
                stale[k] = fits
                kind[k] = STALE
    wrong = kind == WRONG
    # Between the two dates' bands and meeting neither: the nearer one measures how far off.
    g_a, d_a = F.point_gaps(point, a_lo, a_hi)
    g_p, d_p = F.point_gaps(point, p_lo, p_hi)
    nearer_p = wrong & between & (g_p < g_a)
    nearer = wrong & between
    gap = np.where(nearer, np.where(nearer_p, g_p, g_a), gap)
    # The band each gap is measured against, as the sentence shows it.
    band_lo = np.where(nearer, np.where(nearer_p, p_lo, a_lo), lo_w)
    band_hi = np.where(nearer, np.where(nearer_p, p_hi, a_hi), hi_w)
    near_dir = np.where(nearer_p, d_p, d_a)
    near_dir = np.where(turn, _turned(near_dir), near_dir)
    direction = np.where(nearer, near_dir, direction)
    ratio = point / ((lo_w + hi_w) / 2)
    slip = [F.unit_slip(x) if w else 0 for x, w in zip(ratio.tolist(), wrong.tolist())]
    sev = [F.severity_of(g, bool(vg), s) if w else "" for g, vg, s, w in
           zip(gap.tolist(), r["vague"].tolist(), slip, wrong.tolist())]
    blamed = wrong & _original_is_the_outlier(r, wrong)
    kind[blamed] = ORIGINAL
    slipped = _slipped_original(r, blamed, np.asarray(slip, dtype=np.int64))
    return dict(kind=kind, point=point, lo_w=lo_w, hi_w=hi_w, gap=gap, direction=direction, turn=turn,
                slip=slip, slipped=slipped, sev=sev, between=between, stale=stale, misleads=misleads,
                band=list(zip(band_lo.tolist(), band_hi.tolist())), earlier={}, repeated={},
                elsewhere={}, article_rate={}, witnessed={})


def _earlier(df, r, v: dict) -> None:
    """Marks EARLIER the conversions flagged low for blaming their original when that original
    is possibly a copy of another article's conversion at an earlier rate (`earlier.copies`,
    the same-fact check's rule for the same figure); `v["earlier"]`: row -> its `Copy`."""
    ask = (v["kind"] == ORIGINAL) & (np.array(v["sev"], dtype=object) == "low")
    if not ask.any():
        return
    at = np.flatnonzero(ask)
    rows = _originals(df["id"], df.index.get_indexer(r.index[at]), r["original"].to_numpy()[at])
    found = copies(df, rows[rows >= 0])
    v["earlier"] = {k: found[x] for k, x in zip(at.tolist(), rows.tolist()) if x in found}
    v["kind"][list(v["earlier"])] = EARLIER


class Repeat(NamedTuple):
    """An earlier statement of a conversion's pair, made at the rate of one of its own dates."""

    id: str             # the earlier conversion
    amount: str
    original: str       # and its original
    o_amount: str
    source: str
    as_of: str
    published: str
    which: str          # "as_of" or "publication": the date whose rate explains both
    band: tuple         # that date's band as the data gives it: low, high, their dates


def _pinned(pairs) -> np.ndarray:
    """`uncertainty.pins_one_rate` of each pair."""
    return uncertainty.pins_one_rate(*(pairs[c].to_numpy(dtype=float)
                                       for c in ("value", "u", "o_value", "o_u")))


def _a_day(period) -> bool:
    """Whether a date column's cell names one day: a year's or a month's band says little of
    which rate a conversion was made at."""
    try:
        return isinstance(period, str) and parse_period(period).is_day
    except PeriodError:
        return False


def _repeated(pairs, every: dict, rest: np.ndarray, r, v: dict) -> None:
    """Marks REPEATED the conversions no rate of their own dates explains when the same pair
    (both currencies, each amount within the other's rounding) was stated for the same fact in an
    article published wholly before, at the rate of that statement's as_of or publication day (its
    own rounding meeting that band; the conversion, within that rounding, says the same rate): the
    conversion made at its first date and repeated. `v["repeated"]`: row -> its `Repeat`. One that was wrong at its first date
    explains nothing; a coarse pair (`_pinned`) neither. The same pair in another fact does not
    make it one (a second order of the same size, another fund's figures): the flag stands, and
    `v["elsewhere"]` (row -> its `Repeat`) lets its message say that explanation was tried."""
    ask = np.flatnonzero(np.isin(v["kind"], (WRONG, STALE, HEDGE_ONLY)) & _pinned(r))
    if not len(ask):
        return
    first = np.flatnonzero(_pinned(pairs))
    if not len(first):
        return
    col = {n: pairs[n].to_numpy() for n in ("o_currency", "currency", "published", "id",
                                              "amount", "original", "o_amount", "source",
                                              "as_of", "metric")}
    num = {n: pairs[n].to_numpy(dtype=float) for n in ("o_value", "o_u", "value", "u")}
    # What each row can say as a first statement, read once as columns: when it was published
    # (its period's last day; its first day for a repeat), and whether its rounding meets the
    # band of its as_of ("a") or publication ("p") day, a day and not a longer period.
    last, begin = _period_bounds(col["published"])
    fits = {w: _meets_its_day(every, col[n], w) for w, n in (("a", "as_of"), ("p", "published"))}
    metric = pd.factorize(col["metric"], use_na_sentinel=False)[0]
    first = first[fits["a"][first] | fits["p"][first]]
    by_pair: dict = {}
    for j in first.tolist():
        by_pair.setdefault((col["o_currency"][j], col["currency"][j]), []).append(j)
    by_pair = {k: np.asarray(sorted(js, key=lambda j: num["o_value"][j]))
               for k, js in by_pair.items()}
    widest = float(np.nanmax(num["o_u"][first])) if len(first) else 0.0
    lo_v, hi_v = num["value"] - num["u"] / 2, num["value"] + num["u"] / 2
    for k in ask.tolist():
        at = rest[k]
        js = by_pair.get((col["o_currency"][at], col["currency"][at]))
        if js is None or not isinstance(col["published"][at], str):
            continue
        # The originals within each other's rounding: a window of the sorted values first.
        ov, op = num["o_value"][at], num["o_u"][at]
        lo = np.searchsorted(num["o_value"][js], ov - (op + widest) / 2, side="left")
        hi = np.searchsorted(num["o_value"][js], ov + (op + widest) / 2, side="right")
        near = js[lo:hi]
        near = near[(last[near] < begin[at])
                    & (np.abs(num["o_value"][near] - ov) <= (num["o_u"][near] + op) / 2)
                    & meets(lo_v[near], hi_v[near], lo_v[at], hi_v[at])]
        if not len(near):
            continue
        # Its own fact's statement first, then the earliest; one of another fact only explains
        # what was tried.
        mine = metric[at]
        j = int(near[np.lexsort((near, last[near], metric[near] != mine))[0]])
        said = _repeat(pairs, col, j, "a" if fits["a"][j] else "p")
        if metric[j] == mine:
            v["repeated"][k] = said
            v["kind"][k] = REPEATED
        else:
            v["elsewhere"][k] = said


def _article_rate(pairs, every: dict, rest: np.ndarray, r, v: dict) -> None:
    """Marks ARTICLE_RATE the conversions no rate of their own dates explains that convert at
    the rate of another conversion of their own article, in the same two currencies, made at the
    ECB rate of its as_of, a day more than STALE_AFTER_DAYS before theirs: an article on a
    later stage of a deal ("the remaining $2 billion (2.29 trillion won)") keeps the rate its
    own earlier figures were converted at (the signing's), a convention and not a wrong
    conversion. Both must pin one rate as written (`_pins_as_written`: "$9 billion (10.3104
    trillion won)", not "$9 billion (10 trillion won)"): a round conversion fits many rates,
    a wrong one among them. The other must meet the band of its as_of, a day, by its rounding
    alone, and the two say the same rate within that band: two wrong conversions at one
    made-up rate fit no date and explain nothing. `v["article_rate"]`: row -> its `Repeat`
    (which: "as_of")."""
    pins = _pins_as_written(pairs, every)
    ask = np.flatnonzero(((v["kind"] == WRONG) | (v["kind"] == STALE)) & pins[rest])
    if not len(ask):
        return
    col = {n: pairs[n].to_numpy() for n in ("o_currency", "currency", "source", "id",
                                              "amount", "original", "o_amount", "as_of",
                                              "published", "article")}
    witness = pins & _meets_its_day(every, col["as_of"], "a")
    if not witness.any():
        return
    last_as_of, first_as_of = _period_bounds(col["as_of"])
    _, first_pub = _period_bounds(col["published"])
    # An article is a source on one publication date (its `article` code, as the agreement
    # reads it): the same outlet's piece of another day is another article.
    key = ("article", "o_currency", "currency")
    by_article: dict = {}
    for j in np.flatnonzero(witness).tolist():
        by_article.setdefault(tuple(col[n][j] for n in key), []).append(j)
    for k in ask.tolist():
        at = rest[k]
        js = by_article.get(tuple(col[n][at] for n in key), ())
        own_first = min(first_as_of[at], first_pub[at])
        for j in js:
            if j == at or not last_as_of[j] + STALE_AFTER_DAYS < own_first:
                continue
            if not (meets(every["rnd_lo"][at], every["rnd_hi"][at], every["rnd_lo"][j],
                          every["rnd_hi"][j])
                    and meets(every["rnd_lo"][at], every["rnd_hi"][at], every["a_lo"][j],
                              every["a_hi"][j])):
                continue
            v["article_rate"][k] = _repeat(pairs, col, j, "a")
            v["kind"][k] = ARTICLE_RATE
            break


def _meets_its_day(every: dict, periods: np.ndarray, which: str) -> np.ndarray:
    """Per pair: whether its rounding alone meets the band of its as_of (`which` "a") or
    publication ("p"), a day and not a longer period: a statement whose rate another may be a
    copy of."""
    return _days(periods) & meets(every["rnd_lo"], every["rnd_hi"], every[f"{which}_lo"],
                                  every[f"{which}_hi"])


def _repeat(pairs, col: dict, j: int, which: str) -> Repeat:
    """The `Repeat` naming pair `j` (its columns in `col`) as the statement another copies, at
    the band of its as_of (`which` "a") or publication ("p") day."""
    band = tuple(pairs[f"x{which}_{n}"].to_numpy()[j] for n in
                 ("rate_low", "rate_high", "rate_low_date", "rate_high_date"))
    return Repeat(*(col[n][j] for n in ("id", "amount", "original", "o_amount", "source",
                                        "as_of", "published")),
                  "as_of" if which == "a" else "publication", band)


def _pins_as_written(pairs, every: dict) -> np.ndarray:
    """Per pair: whether its conversion's rounding over its original's number as written, an
    original with no hedge, pins one rate (`uncertainty.pins_one_rate` with the original's
    rounding 0): the writer converts what is written, however round."""
    return ~every["o_hedged"] & uncertainty.pins_one_rate(
        *(pairs[c].to_numpy(dtype=float) for c in ("value", "u", "o_value")), 0.0)


def _period_bounds(published: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each publication's last and first day as day numbers (+inf and -inf where it reads as
    no period): one lies wholly before another when its last day is before the other's first."""
    codes, uniques = pd.factorize(published, use_na_sentinel=False)
    last, begin = np.full(len(uniques), np.inf), np.full(len(uniques), -np.inf)
    for i, text in enumerate(uniques.tolist()):
        try:
            period = parse_period(text)
        except (PeriodError, TypeError):
            continue
        last[i], begin[i] = period.last.toordinal(), period.first.toordinal()
    return last[codes], begin[codes]


def _days(periods: np.ndarray) -> np.ndarray:
    """`_a_day` of each cell, read once per distinct text."""
    codes, uniques = pd.factorize(periods, use_na_sentinel=False)
    return np.fromiter(map(_a_day, uniques.tolist()), dtype=bool, count=len(uniques))[codes]


def _before(earlier, later) -> bool:
    """Whether the publication `earlier` lies wholly before `later`: a month's date ("2024-10")
    is not before a day of that month."""
    try:
        return parse_period(earlier).last < parse_period(later).first
    except (PeriodError, TypeError):
        return False


def _turned(direction: np.ndarray) -> np.ndarray:
    return np.where(direction == "above", "below", np.where(direction == "below", "above", ""))


def _original_is_the_outlier(r, wrong) -> np.ndarray:
    """Per conversion: its original is rejected by its fact's consensus and the restatement fits
    that consensus (`_meets_consensus`). A split original is not: with no side a majority, the
    same_fact check names the likelier slip (by other articles' bounds, else by precision), and a
    conversion siding with the other side (often a copy of the same conversion) would blame the
    other figure in the same finding."""
    status = r["o_status"].to_numpy(dtype=object)
    fits = _meets_consensus(r, r["c_low"], r["c_high"], r["currency"])
    return wrong & (status == "outlier") & fits


def _meets_consensus(r, low, high, currency) -> np.ndarray:
    """Per conversion: the range `low`..`high` (in the unit its fact is compared in), of a figure
    written in `currency`, meets its fact's consensus. The consensus of a fact's originals is
    their intersection, narrower than any one conversion's rate: a figure judged in its own
    currency (dollars in a fact judged in dollars) carries only its rounding, so it is widened by
    the rate allowance (±1 %, as the pair's rate is judged) lest its bare rounding reject a right
    figure ("$977 million" beside figures that agree on $983 million); one judged in another
    currency already carries a rate band."""
    lo, hi = np.asarray(low, dtype=float), np.asarray(high, dtype=float)
    w_lo, w_hi = uncertainty.widen(lo, hi)
    bare = (np.asarray(currency, dtype=object) == r["c_unit"].to_numpy(dtype=object))
    lo, hi = np.where(bare, w_lo, lo), np.where(bare, w_hi, hi)
    cons_lo = r["o_cons_low"].to_numpy(dtype=float)
    cons_hi = r["o_cons_high"].to_numpy(dtype=float)
    with np.errstate(invalid="ignore"):
        return np.isfinite(cons_lo) & np.isfinite(cons_hi) & (lo < cons_hi) & (cons_lo < hi)


def _slipped_original(r, blamed: np.ndarray, slip: np.ndarray) -> np.ndarray:
    """Per conversion whose original is blamed (`_original_is_the_outlier`) and whose pair is a
    unit slip apart: the original read 10**slip times its value meets its fact's consensus as the
    restatement does (`_meets_consensus`), so its written unit is what slipped ("1.108 won" beside
    its "$977 million" and others agreeing on about $983 million). Only the words depend on it:
    an original a power of ten off whose reading that power over misses the consensus too is
    blamed, but not as a slip of its unit."""
    scale = np.power(10.0, slip)
    read = _meets_consensus(r, r["o_c_low"].to_numpy(dtype=float) * scale,
                            r["o_c_high"].to_numpy(dtype=float) * scale, r["o_currency"])
    return blamed & (slip != 0) & read


class Witness(NamedTuple):
    """A conversion another article made at its own day's rate, in a wrong pair's two
    currencies, as its message names it."""

    original: str       # the witness's original
    o_amount: str
    id: str             # and its conversion
    amount: str
    day: str            # the as_of or publication day whose rate its rounding meets
    rate: float         # the rate it implies, its amount over its original's
    o_cur: str
    cur: str


class Witnesses(NamedTuple):
    """The witnesses of a wrong pair's fact that side with one of its two figures."""

    original: tuple      # `Witness`es siding with the pair's original
    restatement: tuple   # siding with its restatement


def _witnessed(pairs, every: dict, rest: np.ndarray, r, v: dict) -> None:
    """Turns the blame of a wrong pair (WRONG, its original no outlier) by the conversions of its
    fact, in its two currencies, that other articles made at their own day's rate
    (`_consistent`): such a pair pins the fact in both currencies at once, a witness no copied
    figure gives ("5.1 trillion won (US$4.4 billion)" copied from a stale release ties the copies
    of its dollar figure; "$4.4 billion (6.3 trillion won)" at the day's rate does not). A
    witness whose own original its fact's figures reject is none: a back-conversion of the wrong
    figure at the day's rate ("$86 million (약 1160억원)" beside three outlets' 1000억원) is
    consistent with itself and with nothing else. A witness sides with one figure of the pair
    when it states that figure's amount in its currency and, in the other currency, an amount
    the other figure's rounding does not reach: compared as written, no rate between them. Which
    side is written first says nothing of which is wrong. Only the restatement's side witnessed:
    its original is flagged (ORIGINAL); both sides: neither is named (EITHER, the pair flagged
    together); only the original's side, or none: the restatement stays flagged. Each witness
    is named in the message; `v["witnessed"]`: row -> its `Witnesses`."""
    ask = np.flatnonzero(v["kind"] == WRONG)
    if not len(ask):
        return
    col = {n: pairs[n].to_numpy() for n in ("o_grp", "article", "published", "as_of", "original",
                                              "o_amount", "id", "amount", "o_currency",
                                              "currency", "o_status")}
    fits = _consistent(every, col)
    good = np.flatnonzero((fits["a"] | fits["p"]) & (col["o_status"] != "outlier"))
    if not len(good):
        return
    num = {n: pairs[n].to_numpy(dtype=float) for n in ("o_s_low", "o_s_high", "s_low", "s_high",
                                                       "value")}
    num["o_at"] = np.asarray(every["o_at"], dtype=float)
    by_fact: dict = {}
    for j in good.tolist():
        by_fact.setdefault(col["o_grp"][j], []).append(j)
    for k in ask.tolist():
        at = rest[k]
        o_cur, r_cur = col["o_currency"][at], col["currency"][at]
        sides = [(j, _side(col, num, at, j)) for j in by_fact.get(col["o_grp"][at], ())
                 if col["article"][j] != col["article"][at]
                 and {col["o_currency"][j], col["currency"][j]} == {o_cur, r_cur}]
        said = Witnesses(*(tuple(_witness(col, num, fits, j) for j, s in sides if s == side)
                           for side in ("original", "restatement")))
        if not said.restatement:
            continue
        v["witnessed"][k] = said
        v["kind"][k] = EITHER if said.original else ORIGINAL


def _side(col: dict, num: dict, at: int, j: int) -> str:
    """Which figure of pair `at` the pair `j` (in the same two currencies) sides with:
    "original", "restatement" or "" (both or neither), by each currency's amounts as stated."""
    def stated(row: int, cur: str) -> tuple[float, float]:
        own = "o_" if col["o_currency"][row] == cur else ""
        return num[f"{own}s_low"][row], num[f"{own}s_high"][row]

    o_cur, r_cur = col["o_currency"][at], col["currency"][at]
    same_o = bool(meets(*stated(j, o_cur), *stated(at, o_cur)))
    same_r = bool(meets(*stated(j, r_cur), *stated(at, r_cur)))
    return ("original" if same_o and not same_r else
            "restatement" if same_r and not same_o else "")


def _witness(col: dict, num: dict, fits: dict, j: int) -> Witness:
    """The `Witness` pair `j` is: its day the as_of when it witnesses that day's rate
    (`_consistent`), else its publication."""
    day = col["as_of"][j] if fits["a"][j] else col["published"][j]
    return Witness(*(col[n][j] for n in ("original", "o_amount", "id", "amount")), day,
                   float(num["value"][j] / num["o_at"][j]),
                   col["o_currency"][j], col["currency"][j])


def _consistent(every: dict, col: dict) -> dict:
    """Per pair, by day ("a" its as_of, "p" its publication): whether it is a witness of its fact
    in both its currencies at that day's rate, read as a first statement is read
    (`_meets_its_day`: its rounding alone meets the band of that day, a day and not a longer
    period) over an original written with no hedge, so no hedge stretched. Not
    `_pins_as_written`: a witness need not say one rate, only rule out the other figure's
    ("38억 달러" for 5조1000억원 fits a week of rates, and none that makes it 44억 달러)."""
    plain = ~every["o_hedged"]
    return {w: plain & _meets_its_day(every, col[n], w) for w, n in (("a", "as_of"),
                                                                    ("p", "published"))}


class _Pair(NamedTuple):
    """What the sentences about one conversion say, as plain values (a class of this module, so
    it pickles to Dask workers; a row of `records` would not)."""

    id: str
    amount: str
    metric: str
    original: str
    o_amount: str
    o_cur: str
    r_cur: str
    hedge: object
    as_of: str
    published: str
    a_band: tuple           # the as_of's band as the data gives it: low, high, their dates
    p_band: tuple
    same_window: bool       # both dates' widened bands are one
    point: float
    imp_lo: float
    imp_hi: float
    turn: bool              # every rate of its sentences turned over (`_turns`)
    value: float            # its own amount's value and the bound its hedge states (`SIDES`)
    side: str


def _findings(r, c, v) -> list[F.Finding]:
    """One finding per conversion, from its verdict, built field by field (`Finding.many`);
    sentences are `Later`s, made when shown."""
    cols = {n: r[n].tolist() for n in ("id", "amount", "metric", "original", "o_amount",
                                       "o_currency", "currency", "hedge", "as_of", "published",
                                       "source", "o_source", "o_as_of", "u", "o_hedge", "o_value")}
    band = {w: list(zip(*(r[f"x{w}_{k}"].tolist()
                          for k in ("rate_low", "rate_high", "rate_low_date", "rate_high_date"))))
            for w in "ap"}
    same = ((c["a_lo"] == c["p_lo"]) & (c["a_hi"] == c["p_hi"])).tolist()
    said = list(map(_Pair._make, zip(
        cols["id"], cols["amount"], cols["metric"], cols["original"], cols["o_amount"],
        cols["o_currency"], cols["currency"], cols["hedge"], cols["as_of"], cols["published"],
        band["a"], band["p"], same, v["point"].tolist(), c["imp_lo"].tolist(),
        c["imp_hi"].tolist(), v["turn"].tolist(), r["value"].tolist(),
        uncertainty.SIDES[c["side"]].tolist())))
    own = heads(cols["id"], cols["amount"], cols["source"], cols["as_of"])
    kind, n = v["kind"], len(said)
    fid, original = F.object_cells(zip(cols["id"])), F.object_cells(zip(cols["original"]))
    blamed = kind == ORIGINAL           # the original flagged: the roles of the two ids turn
    # Notes that flag nothing: a match, and a true bound that does not mislead.
    explained = ((kind == MATCH) | ((kind == BOUND) & ~v["misleads"]) | (kind == EARLIER)
                 | (kind == REPEATED) | (kind == ARTICLE_RATE) | (kind == ORIGINAL_BOUND))
    rule = [STALE_RULE if x else RULE for x in (kind == STALE).tolist()]
    evidence = F.Evidence.many(
        n, check="restatement", rule=rule, detail=_sentences(said, c, v, cols), against=np.where(blamed, fid, original).tolist(),
        **_quoted_bounds(c["imp_lo"].tolist(), c["imp_hi"].tolist(), v["band"],
                         cols["o_currency"], cols["currency"], v["turn"].tolist()),
        # A match, a stale conversion and a true bound have no gap: their rate is explained.
        gap=np.where(explained | (kind == STALE), 1.0, v["gap"]).tolist(), slip=v["slip"],
        tried=_tried_all(cols, c, v))
    severity = np.array(v["sev"], dtype=object)
    severity[(kind == HEDGE_ONLY) | (kind == STALE) | (kind == BOUND)] = "low"
    severity[explained] = "info"
    flagged = np.where(blamed, original, fid)
    # Neither figure of the pair named: both flagged, in one finding.
    either = np.flatnonzero(kind == EITHER).tolist()
    flagged[either] = F.object_cells([(cols["id"][k], cols["original"][k]) for k in either])
    flagged[explained] = F.object_cells([()] * int(explained.sum()))
    subject = np.where(blamed, F.object_cells(zip(cols["original"], cols["id"])),
                       F.object_cells(zip(cols["id"], cols["original"])))
    subject[explained] = fid[explained]
    for k in np.flatnonzero(blamed).tolist():
        p = said[k]
        own[k] = _head(p.original, p.o_amount, cols["o_source"][k], cols["o_as_of"][k])
    return F.Finding.many(n, severity=severity.tolist(), metric=cols["metric"],
                          flagged=flagged.tolist(), subject=subject.tolist(), head=own,
                          evidence=list(zip(evidence)))


def _sentences(said: list, c, v, cols: dict) -> list[Later]:
    """Each conversion's sentence, by its kind, as a `Later` over its `_Pair` and verdict
    (`cols`: the original's hedge and value, for the bound it states)."""
    kind = v["kind"]
    gap, direction, slip = v["gap"].tolist(), v["direction"].tolist(), v["slip"]
    between, band = v["between"].tolist(), v["band"]
    args = {HEDGE_ONLY: (_hedge_only_words, gap, direction, band),
            MATCH: (_match_words, (c["hit_p"] & ~c["hit_a"]).tolist(), c["by_rounding"].tolist()),
            WRONG: (_wrong_words, between, gap, direction, band, slip),
            ORIGINAL: (_original_words, between, gap, direction, band, slip,
                       v["slipped"].tolist()),
            BOUND: (_bound_only_words, gap, direction, band, v["misleads"].tolist()),
            ORIGINAL_BOUND: (_original_bound_words, gap, direction, band, cols["o_hedge"],
                             uncertainty.SIDES[c["o_side"]].tolist(), cols["o_value"])}
    out = np.empty(len(said), dtype=object)
    for this, (words, *columns) in args.items():
        at = np.flatnonzero(kind == this).tolist()
        out[at] = F.object_cells(list(map(Later, zip(
            repeat(words), map(said.__getitem__, at),
            *(map(x.__getitem__, at) for x in columns)))))
    for k, fits in v["stale"].items():
        out[k] = Later((_stale_words, said[k], *fits))
    for k, seen in v["witnessed"].items():
        out[k] = Later((_witnessed_words, said[k], between[k], gap[k], direction[k], band[k],
                        slip[k], seen))
    for k, fits in v["earlier"].items():
        out[k] = Later((_earlier_words, said[k], between[k], gap[k], direction[k], band[k], fits))
    for k, first in v["repeated"].items():
        out[k] = Later((_repeated_words, said[k], first))
    for k, other in v["article_rate"].items():
        out[k] = Later((_article_rate_words, said[k], other))
    return out.tolist()


def _quoted_bounds(imp_lo: list, imp_hi: list, band: list, o_cur: list, r_cur: list,
                   turn: list) -> dict:
    """The evidence's bounds and unit in the direction the sentence quotes the rates
    (`_turns`): 1,363.64 KRW/USD, not 0.000733 USD/KRW."""
    out: dict = {k: [] for k in ("low", "high", "expected_low", "expected_high", "unit")}
    for lo, hi, (e_lo, e_hi), o, r, t in zip(imp_lo, imp_hi, band, o_cur, r_cur, turn):
        e_lo, e_hi, base, quote = fmt.quoted(e_lo, e_hi, o, r, t)
        if base != o:
            lo, hi = fmt.turned(lo, hi)
        for k, x in zip(out, (lo, hi, e_lo, e_hi, _rate_unit(quote, base))):
            out[k].append(x)
    return out


@lru_cache(maxsize=256)
def _rate_unit(quote: str, base: str) -> str:
    return f"{quote}/{base}"


def _tried_all(cols: dict, c, v) -> list[tuple[str, ...]]:
    """`_tried` of each conversion, and the month's fixings for those they explain."""
    out = list(map(_tried, cols["u"], cols["currency"], c["o_hedged"].tolist(), cols["o_hedge"],
                   c["o_lo"].tolist(), c["o_hi"].tolist(), cols["o_currency"]))
    for k in np.flatnonzero(c["o_range"]).tolist():
        out[k] = out[k][:2] + (_range_tried(c["end_lo"][k], cols["o_value"][k],
                                            c["end_hi"][k], cols["o_currency"][k]),)
    for k in v["earlier"]:
        out[k] += (EARLIER_TRIED,)
    for k, first in v["repeated"].items():
        out[k] += (f"the rates of the as_of and publication dates of an earlier statement of "
                   f"the same pair ({first.id}, {first.source}, as of {first.as_of}), "
                   f"±{uncertainty.RATE_ALLOWANCE:.0%} for the rate source",)
    for k, first in v["elsewhere"].items():
        date = first.as_of if first.which == "as_of" else first.published
        out[k] += (f"the same pair as {first.id} ({first.source}), converted at the rate of its "
                   f"{first.which}, {date}, but of another fact, so no repeat of this one",)
    return out


def _tried(u: float, r_cur: str, hedged: bool, o_hedge, o_lo: float, o_hi: float,
           o_cur: str) -> tuple[str, ...]:
    """What was allowed a conversion: its rounding, the rates' window, its original's hedge."""
    if not hedged:
        return _rounding_tried(u, r_cur)
    # An original with no hedge word yet a span of numbers is a band (`_rates`).
    said = f"hedge ({o_hedge})" if isinstance(o_hedge, str) and o_hedge.strip() else "band"
    return _rounding_tried(u, r_cur) + (f"its original's {said}, "
                                        f"{fmt.interval(o_lo, o_hi, o_cur)}",)


def _range_tried(low: float, mid: float, high: float, o_cur: str) -> str:
    """What a number converting a range was tried against (`_range_read`)."""
    return (f"either end of its range or its midpoint, each as a number of its own "
            f"({fmt.compact(low)}, {fmt.compact(mid)}, {fmt.compact(high)} {o_cur})")


@lru_cache(maxsize=1024)
def _rounding_tried(u: float, r_cur: str) -> tuple[str, str]:
    # Cached: a file's conversions share a few rounding units and currencies, and one tuple per
    # kind is shared by their findings.
    return f"its rounding (±{fmt.compact(u / 2)} {r_cur})", _RATES_TRIED


_RATES_TRIED = (f"the rates of the as_of and publication dates, ±{uncertainty.RATE_ALLOWANCE:.0%} "
                f"for the rate source")


def _head(fid: str, amount: str, source: str, as_of: str) -> F.Head:
    """How one figure is named (`heads`, for one)."""
    return heads((fid,), (amount,), (source,), (as_of,))[0]


# The sentences, rendered when a finding's message is shown.

def _windows(p: _Pair) -> str:
    return rate_windows(p.a_band, p.p_band, p.o_cur, p.r_cur, p.as_of, p.published,
                         p.same_window, p.turn)


def _said(p: _Pair) -> str:
    return (f'it restates {p.original} ("{p.o_amount}") in {p.r_cur}, which implies '
            f"{show_rate(p.point, p.o_cur, p.r_cur, p.turn)}")


def _hedge_only_words(p: _Pair, gap: float, direction: str, band: tuple) -> str:
    return (f"{_said(p)}, {_where(p, False, gap, direction, band)}; it agrees only through "
            f"its hedge ({p.hedge}).")


def _bound_only_words(p: _Pair, gap: float, direction: str, band: tuple,
                      misleads: bool) -> str:
    return (f"{_said(p)}, {_where(p, False, gap, direction, band)}"
            f"{bound_words(p.hedge, p.side, p.value, p.r_cur, misleads)}")


def _original_bound_words(p: _Pair, gap: float, direction: str, band: tuple, o_hedge,
                          o_side: str, o_value: float) -> str:
    rate, day, which = _nearest_rate(p, o_side)
    more = "more" if o_side == "at_least" else "less"
    return (f"{_said(p)} at the bound's number, {_where(p, False, gap, direction, band)}; but "
            f"its original is a bound {as_bound(o_hedge, o_side, o_value, p.o_cur)}, "
            f"and the original's bound explains the rate: at "
            f"{show_rate(rate, p.o_cur, p.r_cur, p.turn)}, the ECB rate of {day} ({which}), "
            f"{p.amount} is {fmt.compact(p.value / rate)} {p.o_cur}, {more} than the bound, "
            f"as the original says.")


def _nearest_rate(p: _Pair, o_side: str) -> tuple:
    """The ECB rate of a conversion's dates nearest its point, with its day and which date it
    is: the one that gives the amount nearest an original's bound (`o_side`), whose open side
    holds every rate of the window (the bands as the data gives them: low, high, their dates)."""
    bands = [(p.a_band, "its as_of")] + ([] if p.same_window else [(p.p_band, "publication")])
    if o_side == "at_least":
        return max(((b[1], b[3], w) for b, w in bands), key=lambda x: x[0])
    return min(((b[0], b[2], w) for b, w in bands), key=lambda x: x[0])


def _match_words(p: _Pair, publication_only: bool, by_rounding: bool) -> str:
    which = ("the rate of the publication date, not of the as_of" if publication_only
             else "the rate of its as_of")
    how = "" if by_rounding else f", through its hedge ({p.hedge})"
    return f"{_said(p)}, which matches {which}{how}: {_windows(p)}, {_widened(p, [])}."


def _where(p: _Pair, between: bool, gap: float, direction: str, band: tuple) -> str:
    # The gap is measured against the band widened for the rate source, so the sentence shows
    # that band: the percentage is then recomputable from the rates it names.
    # Two dates' bands apart are said apart: their hull holds rates neither date had.
    widened = _widened(p, [band] if between or p.same_window else [])
    # The edge the gap is measured from, as the sentence quotes rates (turned or not).
    edge = show_rate(band[0] if p.point < band[0] else band[1], p.o_cur, p.r_cur, p.turn)
    if between:
        return (f"between {_windows(p)}, meeting neither: "
                f"{F.edge_words(gap, direction, edge, 'the nearer')}, {widened}")
    return f"{F.edge_words(gap, direction, edge, _windows(p))}, {widened}"


def _widened(p: _Pair, bands: list) -> str:
    """The bands a rate was judged against, widened for the rate source (`bands`, or each date's
    own, one when both are one): what makes "matches" or a percentage recomputable."""
    if not bands:
        bands = [uncertainty.widen(*sorted(b[:2])) for b in
                 ((p.a_band,) if p.same_window else (p.a_band, p.p_band))]
    return (f"widened by ±{uncertainty.RATE_ALLOWANCE:.0%} for the rate source to "
            + " and ".join(show_range(*b, p.o_cur, p.r_cur, p.turn) for b in bands))


def _slip_said(slip: int, currency: str) -> str:
    if not slip:
        return ""
    return f"; about {10 ** abs(slip):,}× off, which looks like " + F.slip_words(slip, currency)


def _wrong_words(p: _Pair, between: bool, gap: float, direction: str, band: tuple,
                 slip: int) -> str:
    return (f"{_said(p)}, {_where(p, between, gap, direction, band)}, beyond its rounding (rates "
            f"{show_range(p.imp_lo, p.imp_hi, p.o_cur, p.r_cur, p.turn)})"
            f"{_slip_said(slip, p.r_cur)}.")


def _original_words(p: _Pair, between: bool, gap: float, direction: str, band: tuple,
                    slip: int, slipped: bool) -> str:
    head = (f'its own conversion {p.id} ("{p.amount}") implies '
            f"{show_rate(p.point, p.o_cur, p.r_cur, p.turn)}, "
            f"{_where(p, between, gap, direction, band)}")
    if slipped:
        # The slip is the original's: read that power of ten over, it fits the others.
        way = "larger" if slip > 0 else "smaller"
        return (head + f"{_slip_said(slip, p.o_cur)} in the original as written; the "
                f"restatement fits what the other figures of {p.metric} agree on, and so does "
                f"the original read {10 ** abs(slip):,}× {way}, so the original {p.original} "
                f'("{p.o_amount}") is the figure in doubt: a slip of its written unit.')
    return (head + f"{_slip_said(slip, p.r_cur)}; the restatement fits what the other figures "
            f"of {p.metric} agree on, so the original {p.original} is the figure in doubt.")


def _witnessed_words(p: _Pair, between: bool, gap: float, direction: str, band: tuple,
                     slip: int, seen: Witnesses) -> str:
    pair = (f'{p.original} ("{p.o_amount}") and its conversion {p.id} ("{p.amount}") imply '
            f"{show_rate(p.point, p.o_cur, p.r_cur, p.turn)}, "
            f"{_where(p, between, gap, direction, band)}{_slip_said(slip, p.r_cur)}; ")
    mine = _listed(seen.restatement)
    if seen.original:
        return (pair + f"conversions at their own day's rate in other articles side with "
                f"{p.id} ({mine}) and with {p.original} ({_listed(seen.original)}), so "
                f"the figures of {p.metric} do not tell which of the two is off.")
    return (pair + f"conversions at their own day's rate in other articles ({mine}) side with "
            f"{p.id}, none with {p.original}, so the original {p.original} is the figure in "
            f"doubt.")


def _listed(seen: tuple) -> str:
    """Each witness as its original and conversion, its day and the rate it implies."""
    return "; ".join(f'{w.original} "{w.o_amount}" -> {w.id} "{w.amount}", {w.day}, '
                     f"{show_rate(w.rate, w.o_cur, w.cur)}" for w in seen)


# A conversion that fits neither its as_of's rate nor its publication's, when these are further
# apart than this, may have been copied from a report written in between.
STALE_AFTER_DAYS = 31
STALE_RULE = (f"restatement: a conversion fitting only the rates between its as_of and its "
              f"publication, more than {STALE_AFTER_DAYS} days apart, is stale")


def _stale_fits(o_cur: str, r_cur: str, as_of: str, published: str, imp_lo: float,
                imp_hi: float) -> tuple | None:
    """For a conversion whose rate lies between those of its as_of and its publication, meeting
    neither: (how many fixings between them fit, how many there are, the first and last fitting
    day and rate), when some do and the dates are over STALE_AFTER_DAYS apart; None otherwise."""
    first = parse_period(as_of).last
    last = parse_period(published).first
    if (last - first).days <= STALE_AFTER_DAYS:
        return None
    between = fixings_between(o_cur, r_cur, first, last)
    fits = []
    for day, rate in between:
        r_lo, r_hi = uncertainty.widen(rate, rate)
        if r_lo <= imp_hi and imp_lo <= r_hi:
            fits.append((day, rate))
    if not fits:
        return None
    (d0, v0), (d1, v1) = fits[0], fits[-1]
    return len(fits), len(between), d0, v0, d1, v1


def _earlier_words(p: _Pair, between: bool, gap: float, direction: str, band: tuple,
                   copy: Copy) -> str:
    return (f"{_said(p)}, {_where(p, between, gap, direction, band)}, beyond its rounding "
            f"(rates {show_range(p.imp_lo, p.imp_hi, p.o_cur, p.r_cur, p.turn)}); as "
            f"{copy.source} converts {copy.original} to {copy.amount}, "
            f"{earlier_words(copy.fits, p.o_cur, copy.cur, p.turn, own=False)}.")


def _repeated_words(p: _Pair, first: Repeat) -> str:
    date = first.as_of if first.which == "as_of" else first.published
    turn = p.turn
    band = band_words(first.band, p.o_cur, p.r_cur, date, turn)
    widened = show_range(*uncertainty.widen(*sorted(first.band[:2])), p.o_cur, p.r_cur, turn)
    return (f"{_said(p)}, which no rate of its own dates explains ({_windows(p)}); the same "
            f'pair, "{first.o_amount}" to "{first.amount}", was stated earlier by {first.id} '
            f"({first.source}, as of {first.as_of}, published {first.published}), and its rate "
            f"matches the ECB rate of that statement's {first.which}, {band}, widened by "
            f"±{uncertainty.RATE_ALLOWANCE:.0%} for the rate source to {widened}: the conversion "
            f"made at its first date, repeated, not a wrong one.")


def _article_rate_words(p: _Pair, other: Repeat) -> str:
    turn = p.turn
    band = band_words(other.band, p.o_cur, p.r_cur, other.as_of, turn)
    return (f"{_said(p)}, which no rate of its own dates explains ({_windows(p)}); its article "
            f'converts "{other.o_amount}" to "{other.amount}" ({other.id}, as of {other.as_of}) '
            f"at the same rate, the ECB rate of {other.as_of}, {band}: converted at the rate "
            f"of that earlier date, as its article converts that date's figures, not a wrong "
            f"one.")


def _stale_words(p: _Pair, n_fits: int, n_between: int, d0, v0: float, d1, v1: float) -> str:
    fitting = fmt.dated_rates((v0, d0), (v1, d1), p.o_cur, p.r_cur, p.turn)
    return (f"{_said(p)}, which fits neither the ECB rate of its as_of nor that of its "
            f"publication but only rates of days between them: {n_fits} of the {n_between} "
            f"fixings between them fit, at {fitting}; a stale conversion, perhaps copied from "
            f"a report of that time.")


# Instalments ------------------------------------------------------------------------------------

_PART = ["id", "metric", "amount", "source", "currency", "as_of", "s_low", "s_high"]


def _instalments(df, r, flagged: np.ndarray) -> dict[int, F.Finding]:
    """Per flagged conversion (by position) that is the sum of its original's parts, each
    converted at its own as_of (instalments paid at different dates): the info note instead."""
    ask = np.flatnonzero(flagged)
    if not len(ask):
        return {}
    totals = set(r["o_metric"].to_numpy(dtype=object)[ask].tolist())
    # Only the rows naming a total asked about are gathered; each distinct cell is read once
    # (False after them: the code of an empty cell, -1, reads it). Numbered by object first:
    # the table holds one object per distinct cell.
    codes, cells = factorized(df["part_of"].to_numpy(dtype=object))
    names = np.array([any(t in totals for t in part_of_keys(cell)) for cell in cells] + [False])
    # The originals with a currency among them, found on two columns before the rows are
    # taken: one gather of the columns read, not a gather and then a filter of all of them.
    rows = np.flatnonzero(names[codes])
    rows = rows[(df["role"].to_numpy()[rows] == "original")
                & pd.notna(df["currency"].to_numpy()[rows])]
    p = df.iloc[rows, [df.columns.get_loc(c) for c in _PART + ["part_of"]]]
    if p.empty:
        return {}
    rows, of = part_of_pairs(p["part_of"])
    parts = p.iloc[rows, :len(_PART)].reset_index(drop=True).assign(total=of,
                                                                    pos=np.arange(len(rows)))
    asked = pd.DataFrame({"k": ask, "total": r["o_metric"].to_numpy(dtype=object)[ask],
                          "currency": r["o_currency"].to_numpy(dtype=object)[ask],
                          "o_source": r["o_source"].to_numpy(dtype=object)[ask]})
    m = asked.merge(parts, on=["total", "currency"])
    if m.empty:
        return {}
    # One figure per part metric: the first of the total's own article, else the first in the
    # file; the parts in the order so chosen (that of their sums too).
    order = np.lexsort((m["pos"].to_numpy(), (m["source"] != m["o_source"]).to_numpy(),
                        m["k"].to_numpy()))
    m = m.iloc[order]
    m = m[~m.duplicated(["k", "metric"])].reset_index(drop=True)
    k = m["k"].to_numpy()
    n = np.bincount(k, minlength=len(r))
    dates = m.groupby("k", sort=False)["as_of"].transform("nunique", dropna=False).to_numpy()
    open_ended = np.bincount(k, weights=~np.isfinite(m["s_high"].to_numpy(dtype=float)),
                             minlength=len(r))
    m = m[(n[k] >= 2) & (dates >= 2) & (open_ended[k] == 0)].reset_index(drop=True)
    if m.empty:
        return {}
    k = m["k"].to_numpy()
    rank = m.groupby("k", sort=False).cumcount().to_numpy()
    o_lo = r["o_s_low"].to_numpy(dtype=float)
    o_hi = r["o_s_high"].to_numpy(dtype=float)
    sum_lo = _sums(k, rank, m["s_low"].to_numpy(dtype=float), len(r))
    sum_hi = _sums(k, rank, m["s_high"].to_numpy(dtype=float), len(r))
    add_up = (sum_lo < o_hi) & (o_lo < sum_hi)      # the parts add up to the total
    m = m[add_up[k]].reset_index(drop=True)
    if m.empty:
        return {}
    k = m["k"].to_numpy()
    rank = m.groupby("k", sort=False).cumcount().to_numpy()
    r_cur = r["currency"].to_numpy(dtype=object)
    bands: dict = {}
    for key in zip(m["currency"].tolist(), r_cur[k].tolist(), m["as_of"].tolist()):
        if key not in bands:
            b = fx_band(*key)
            bands[key] = uncertainty.widen(b["rate_low"], b["rate_high"])
    b = np.array([bands[key] for key in zip(m["currency"].tolist(), r_cur[k].tolist(),
                                             m["as_of"].tolist())], dtype=float)
    lo = _sums(k, rank, m["s_low"].to_numpy(dtype=float) * b[:, 0], len(r))
    hi = _sums(k, rank, m["s_high"].to_numpy(dtype=float) * b[:, 1], len(r))
    s_low, s_high = r["s_low"].to_numpy(dtype=float), r["s_high"].to_numpy(dtype=float)
    out = {}
    cols = {n: r[n].tolist() for n in ("id", "metric", "amount", "source", "as_of", "original",
                                       "o_amount", "currency")}
    for at, part in m.groupby("k", sort=False):
        j = int(at)
        if not (s_low[j] <= hi[j] and lo[j] <= s_high[j]):
            continue
        said = tuple(zip(part["id"].tolist(), part["amount"].tolist(), part["as_of"].tolist()))
        words = partial(_instalment_words, cols["original"][j], cols["o_amount"][j], said,
                        float(lo[j]), float(hi[j]), cols["currency"][j])
        e = F.Evidence("restatement", RULE, words, tuple(part["id"].tolist()), float(s_low[j]),
                       float(s_high[j]), float(lo[j]), float(hi[j]), cols["currency"][j], 1.0)
        out[j] = F.Finding("info", cols["metric"][j], (), (cols["id"][j],),
                           _head(cols["id"][j], cols["amount"][j], cols["source"][j],
                                 cols["as_of"][j]), (e,))
    return out


def _sums(k: np.ndarray, rank: np.ndarray, x: np.ndarray, size: int) -> np.ndarray:
    """Per group `k`, its values added from 0 one by one in `rank` order (as a Python loop adds
    them: the same last bits), for all groups at once."""
    acc = np.zeros(size)
    for j in range(int(rank.max()) + 1 if len(rank) else 0):
        at = rank == j
        acc[k[at]] += x[at]       # one value per group and rank: no index repeats
    return acc


def _instalment_words(original: str, o_amount: str, parts: tuple, lo: float, hi: float,
                      currency: str) -> str:
    dates = ", ".join(f'{i} ("{amount}", as of {as_of})' for i, amount, as_of in parts)
    return (f'it restates {original} ("{o_amount}"), whose parts carry their own dates '
            f"({dates}): converted each at its own date they add up to "
            f"{fmt.interval(lo, hi, currency)}, which it matches; a total paid in "
            f"instalments, not a wrong conversion.")


# Currency slips ---------------------------------------------------------------------------------

def _currency_slips(df, r, asked: np.ndarray) -> dict[int, F.Finding]:
    """Per conversion asked about (by position) whose original's number, in another currency its
    article states amounts in, converts to it at a rate of its window: a high finding on the
    original instead."""
    ask = np.flatnonzero(asked).tolist()
    if not ask:
        return {}
    # The currencies numbered by their objects (the loaded table holds one per distinct text),
    # -1 for none: no test of each of the million cells for a missing value.
    currency, currencies = factorized(df["currency"].to_numpy(dtype=object))
    # A file whose every currency is one of each pair's own two has no third to slip into (the
    # usual file, in won and dollars): no article need be read.
    pair_of = [r[n].to_numpy(dtype=object)[ask] for n in ("o_currency", "currency")]
    if (pair_of[0] != pair_of[1]).all() and all(((pair_of[0] == c) | (pair_of[1] == c)).all()
                                                for c in currencies):
        return {}
    sources = r["o_source"].to_numpy(dtype=object)[ask]
    # Each (article, currency) once, as codes: a drop_duplicates of the two text columns hashed
    # each row's pair (most of this check's time at a million figures).
    rows = np.flatnonzero((currency >= 0) & df["source"].isin(sources).to_numpy())
    source, articles = pd.factorize(df["source"].to_numpy()[rows])
    pair = pd.unique(source.astype(np.int64) * len(currencies) + currency[rows])
    spoken: dict = {}
    for s, c in zip(articles[pair // len(currencies)], currencies[pair % len(currencies)]):
        spoken.setdefault(s, set()).add(c)
    cols = {n: r[n].tolist() for n in ("id", "amount", "metric", "original", "o_amount",
                                       "o_source", "o_as_of", "o_currency", "currency", "as_of",
                                       "published", "value", "u", "o_value", "source")}
    band = band_cache()
    out = {}
    for k in ask:
        o_cur, r_cur, v = cols["o_currency"][k], cols["currency"][k], cols["o_value"][k]
        value, u = cols["value"][k], cols["u"][k]
        rnd_lo, rnd_hi = map(float, pair_rates(value, u, v, v))
        if o_cur == r_cur:
            out[k] = _restated_in_its_own(
                {n: cols[n][k] for n in cols}, rnd_lo, rnd_hi, band,
                spoken.get(cols["o_source"][k], set()), home_currencies(cols["amount"][k]))
            continue
        row = {n: cols[n][k] for n in cols}
        hit = _original_read_in(row, rnd_lo, rnd_hi,
                                spoken.get(cols["o_source"][k], set()) - {o_cur, r_cur}, band)
        if hit is not None:
            out[k] = _slip_finding(row, *hit)
    return out


def _original_read_in(r: dict, rnd_lo: float, rnd_hi: float, codes, band) -> tuple | None:
    """(currency, band to the restatement's): one of `codes` in which the original's number
    converts to its restatement at a rate of its window, the original naming the wrong one."""
    # `rate_explaining` from the restatement's currency, of the ratio turned over.
    if not rnd_hi > 0:      # a conversion of the other sign (or none) is no rate at all
        return None
    cur = r["currency"]
    turned = (1 / rnd_hi, 1 / rnd_lo if rnd_lo > 0 else math.inf)
    hit = rate_explaining(*turned, cur, codes, (r["as_of"], r["published"]), band)
    if hit is None:
        return None
    code, _, day = hit
    return code, band(code, cur, day)


def _restated_in_its_own(r: dict, rnd_lo: float, rnd_hi: float, band, spoken: set,
                         home: frozenset) -> F.Finding:
    """A conversion written in its original's own currency: when the original converts to its
    number at a rate of its window into a currency its article states amounts in (or its own
    letters' newsroom's, `home_currencies`), the restatement names the wrong currency: high.
    Otherwise a power of ten apart is a unit slip, high; anything else no rate says what it is
    (perhaps a second amount): an info note."""
    cur = r["currency"]
    hit = rate_explaining(rnd_lo, rnd_hi, cur, (spoken | home) - {cur},
                          (r["as_of"], r["published"]), band)
    if hit is not None:
        code, found, _ = hit
        words = partial(_own_slip_words, r["original"], r["o_amount"], code, _whose(code, spoken),
                        r["value"] / r["o_value"], found, cur)
        return _own_finding("high", r, words, cur)
    # "$ 150 billion ($ 128 million)": the original is the one in another currency, its
    # conversion right.
    hit = _original_read_in(r, rnd_lo, rnd_hi, (spoken | home) - {cur}, band)
    if hit is not None:
        return _slip_finding(r, *hit, spoken)
    said = r["value"] / r["o_value"]
    # A power of ten is a unit slipped in the copy, as the same-fact check would say of the two.
    slip = F.unit_slip(said)
    words = partial(_own_unexplained_words, r["original"], r["o_amount"], said, cur,
                    tuple(sorted((spoken | home) - {cur})), slip)
    return _own_finding("high" if slip else "info", r, words, cur, slip)


def _own_finding(severity: str, r: dict, words, cur: str, slip: int = 0) -> F.Finding:
    e = F.Evidence("restatement", RULE, words, (r["original"],), r["value"], r["value"],
                   math.nan, math.nan, str(cur), math.inf if severity != "info" else 1.0, slip,
                   (f"the rates of the as_of and publication dates from {cur} to the currencies "
                    f"its article states amounts in, ±{uncertainty.RATE_ALLOWANCE:.0%} for the "
                    "rate source",))
    flagged = (r["id"],) if severity != "info" else ()
    return F.Finding(severity, r["metric"], flagged, (r["id"], r["original"]),
                     _head(r["id"], r["amount"], r["source"], r["as_of"]), (e,))


def _own_slip_words(original: str, o_amount: str, code: str, whose: str, said: float,
                    band: dict, cur: str) -> str:
    turn = bool(turns(band["rate_high"]))
    ecb = ecb_words(band, cur, code, turn)
    return (f'it restates {original} ("{o_amount}") in {cur}, its own currency, at '
            f"{said:,.4g} times its value; that is {original}'s number converted to {code}, "
            f"{whose} ({show_rate(said, cur, code, turn)}; the "
            f"ECB rate was {ecb}): the conversion names the wrong currency (a currency slip), "
            f"{code} written as {cur}.")


def _own_unexplained_words(original: str, o_amount: str, said: float, cur: str,
                           tried: tuple, slip: int) -> str:
    where = f" to {', '.join(tried)}" if tried else ""
    head = (f'it is written as the conversion of {original} ("{o_amount}") in {cur}, its own '
            f"currency, at {said:,.4g} times its value, which no ECB rate from {cur}{where} "
            "explains")
    if slip:
        return f"{head}{_slip_said(slip, cur)}."
    return f"{head}: perhaps a second amount, not a conversion; not judged."


def _whose(code: str, spoken=None) -> str:
    """Whose currency `code` is, as a slip's sentence says it: its article's (it states
    amounts in it; `spoken`: those it does, None when only those were tried), else the
    newsroom's whose letters the conversion is written in."""
    if spoken is None or code in spoken:
        return "a currency its article states amounts in"
    return "the currency of the newsroom whose letters it is written in"


def _slip_finding(r: dict, code: str, band: dict, spoken: set | None = None) -> F.Finding:
    words = partial(_slip_words, r["id"], r["amount"], code, r["value"] / r["o_value"],
                    band["rate_low"], band["rate_low_date"], r["o_currency"], r["currency"],
                    _whose(code, spoken))
    e = F.Evidence("restatement", RULE, words, (r["id"],), r["o_value"], r["o_value"],
                   math.nan, math.nan, str(r["o_currency"]), math.inf, 0,
                   (f"the rates of the as_of and publication dates, "
                    f"±{uncertainty.RATE_ALLOWANCE:.0%} for the rate source",))
    return F.Finding("high", r["metric"], (r["original"],), (r["original"], r["id"]),
                     _head(r["original"], r["o_amount"], r["o_source"], r["o_as_of"]), (e,))


def _slip_words(fid: str, amount: str, code: str, said: float, rate: float, day, o_cur: str,
                r_cur: str, whose: str) -> str:
    turn = bool(turns(rate))
    return (f'its own conversion {fid} ("{amount}") is what its number gives in {code}, '
            f"{whose} ({show_rate(said, code, r_cur, turn)}; the "
            f"ECB rate was {show_rate(rate, code, r_cur, turn)} on {day}), not in {o_cur}: the original "
            f"names the wrong currency (a currency slip).")


def _with_originals(df):
    """Each restatement with its original's columns beside it (o_*), for those whose original
    states a positive, finite value (no rate is implied otherwise)."""
    # numpy's == on the text column: a third of pandas' `eq` (mostly the one shared word).
    own = np.flatnonzero(df["role"].to_numpy() == "restatement")
    # Positions first, then only the rows kept and the columns read, taken once: no copy of the
    # whole table, nor of the pairs before they are filtered.
    at = _originals(df["id"], own, df["original"].to_numpy()[own])
    v = np.where(at >= 0, df["value"].to_numpy(dtype=float)[at], np.nan)
    keep = (v > 0) & np.isfinite(v)
    own, at = own[keep], at[keep]
    index = df.index[own]

    def column(name, rows):
        # Each column's dtype as the table's: text stays object, not inferred anew as str.
        x = df[name].to_numpy()[rows]
        return pd.Series(x, index=index, dtype=x.dtype, copy=False)

    return pd.DataFrame({**{c: column(c, own) for c in _OWN},
                         **{"o_" + c: column(c, at) for c in _ORIGINAL}}, copy=False)


def _originals(ids: pd.Series, own: np.ndarray, restated: np.ndarray) -> np.ndarray:
    """The row of each restated id (-1 for none; `own`: the restatements' rows). A conversion
    mostly follows its original ("4억5000만 달러(약 6500억 원)"), and ids are unique (the
    loader's rule): the row before, when it holds the id, is the one. The rest are looked up
    among the rows that hold one of their ids (a hash of every id of the file, which this
    spares where all follow their originals, as at a million generated figures)."""
    fid = ids.to_numpy()
    before = np.maximum(own - 1, 0)
    at = np.where((own > 0) & (fid[before] == restated), before, -1)
    rest = np.flatnonzero(at < 0)
    if len(rest):
        held = np.flatnonzero(ids.isin(restated[rest]).to_numpy())
        found = pd.Index(fid[held]).get_indexer(restated[rest])
        at[rest] = np.where(found >= 0, held[found], -1)
    return at


def _rates(p) -> dict:
    """As arrays, per restatement: the numbers its writer may have converted (`as_written`), the
    rates it implies (imp_*; rnd_* with its rounding alone, raw_* from the original's stated
    value without its hedge), the rate bands of its as_of (a_*) and publication (p_*) widened
    for the rate source, and which of them the implied rates meet. One number restating a range
    (`o_range`) is judged against each end and the midpoint (`_range_read`); `o_at` is the
    number each is judged against."""
    def num(col):
        return p[col].to_numpy(dtype=float)

    v = num("o_value")
    band = {w: uncertainty.widen(num(f"x{w}_rate_low"), num(f"x{w}_rate_high")) for w in "ap"}
    low, high, precision = num("o_low"), num("o_high"), num("o_precision")
    o_lo, o_hi = as_written(v, precision, p["o_bound"].eq("approx").to_numpy(), low, high)
    # A band ("4조원대": 4조 or more, under 5조) is a range no wider than its unit: it writes no
    # two ends, and its writer converted some number of it that the words do not say, so any
    # number of the band may be the one converted (its midpoint alone would pin a rate it never
    # had: 4.5조 for a 4.2조 sum).
    banded = (p["o_bound"].to_numpy() == "range") & (high - low <= precision)
    o_lo, o_hi = np.where(banded, low, o_lo), np.where(banded, high, o_hi)
    c = _implied(p, v, o_lo, o_hi, band)
    c["o_range"] = ((p["o_bound"].to_numpy() == "range") & (p["bound"].to_numpy() != "range")
                    & ~banded)
    if c["o_range"].any():
        _range_read(p, c, band)
    for w in "ap":
        c[f"{w}_lo"], c[f"{w}_hi"] = band[w]
    c["side"] = uncertainty.bound_side_codes(p["bound"].to_numpy(object), num("value"), num("low"),
                                             num("high"), num("precision"))
    # The original's bound, when its words state one (more than, up to): a hedge of "about" or
    # "nearly" says the number is near, which `as_written` has allowed for, not that it is open.
    o_bound = p["o_bound"].to_numpy(object)
    c["o_side"] = np.where(uncertainty.bound_is(o_bound, "approx")[0], uncertainty.NO_SIDE,
                           uncertainty.bound_side_codes(o_bound, v, num("o_low"), num("o_high"),
                                                        num("o_precision")))
    return c


def _implied(p, v: np.ndarray, o_lo: np.ndarray, o_hi: np.ndarray, band: dict) -> dict:
    """The rates each restatement implies when its writer converted a number between `o_lo` and
    `o_hi` (its original's stated value `v`), and which bands of `band` they meet."""
    val, u = p["value"].to_numpy(dtype=float), p["u"].to_numpy(dtype=float)
    s_lo, s_hi = p["s_low"].to_numpy(dtype=float), p["s_high"].to_numpy(dtype=float)
    finite = np.isfinite(s_hi)
    with np.errstate(divide="ignore", invalid="ignore"):
        c = dict(o_at=v, o_lo=o_lo, o_hi=o_hi, o_hedged=(o_lo != v) | (o_hi != v),
                 imp_lo=s_lo / o_hi, imp_hi=np.where(finite, s_hi / o_lo, math.inf),
                 raw_lo=s_lo / v, raw_hi=np.where(finite, s_hi / v, math.inf))
    c["rnd_lo"], c["rnd_hi"] = pair_rates(val, u, o_lo, o_hi)
    c["hit_a"] = meets(c["imp_lo"], c["imp_hi"], *band["a"])
    c["hit_p"] = meets(c["imp_lo"], c["imp_hi"], *band["p"])
    c["by_rounding"] = (meets(c["rnd_lo"], c["rnd_hi"], *band["a"])
                        | meets(c["rnd_lo"], c["rnd_hi"], *band["p"]))
    c["fits_raw"] = (meets(c["raw_lo"], c["raw_hi"], *band["a"])
                     | meets(c["raw_lo"], c["raw_hi"], *band["p"]))
    return c


def _range_read(p, c: dict, band: dict) -> None:
    """For one number restating a range ("$133 to $145 million (about 199 billion won)"), the
    writer converted one number: an end, mostly, or the midpoint the range's value holds. Each
    is tried as a number of its own, with the conversion's rounding and hedge, and the one whose
    rate meets a band best replaces the midpoint's columns in `c`. Never any number between the
    ends: a wide range would then pass almost any conversion. A range restating a range
    converts its ends alike, so their midpoints stand for both."""
    def fit(x: dict) -> np.ndarray:
        # the ordinary case first (its as_of's band within its rounding), then any band
        return (2 * (x["hit_a"] & x["by_rounding"])
                + ((x["hit_a"] | x["hit_p"]) & ~(x["hit_a"] & x["by_rounding"])))

    low, high = p["o_low"].to_numpy(dtype=float), p["o_high"].to_numpy(dtype=float)
    half = p["o_precision"].to_numpy(dtype=float) / 2
    # A range's bounds hold its ends' rounding ("$100 to $300 million" is [99.5, 300.5]): the
    # ends as written are half a unit in, and a hedged range ("about 1억~3억 달러") hedges each.
    hedged = pd.notna(p["o_hedge"]).to_numpy() & (p["o_hedge"].astype(str).str.strip() != "")
    best = fit(c)
    c["end_lo"], c["end_hi"] = np.clip(low + half, low, high), np.clip(high - half, low, high)
    for at in (c["end_lo"], c["end_hi"]):
        x = _implied(p, at, *as_written(at, 2 * half, hedged, low, high), band)
        better = c["o_range"] & (fit(x) > best)
        # o_hedged stays the range's as written (none): the article-rate rule reads it, and a
        # range's ends are no hedge of its own ("either end", `_range_tried`, says them).
        for k, col in x.items():
            if k != "o_hedged":
                c[k] = np.where(better, col, c[k])
        best = np.where(better, fit(x), best)
