"""Digit slips: errors smaller than any tolerance, seen in the digits themselves.

Two original figures of one fact and one time, in one currency, whose digits (written out at the
finer of their two precisions) are the same digits in another order ("687" and "678"; "130,100"
and "131,000"), or, for two unhedged figures stated to the same precision and rounding unit with
three or more significant digits, differ in exactly one digit. The figure whose value fewer
figures state is flagged, figures of ROUNDING_ARTICLES articles or more counting for every value
they lie within the rounding of (half its last non-zero digit's place, at most OTHERS_ROUNDING of
it: five "$125,421" stand behind "$125,000", not "$128,000"; one "$128,072" alone decides
nothing); with a tie, both are, and the message says which is stated more precisely.

Only typed figures (`normalize.typed`): a conversion's digits come from arithmetic, so the
restatement and same-fact checks judge it by its rate. Nor a range: its value is the midpoint of
its ends, digits nobody wrote, and the same-fact check judges a figure against its ends. A
trailing zero may be rounding ("2천 490억" beside "2491억"), so one digit changed needs the same
rounding unit. A figure written with a scale
word (억, billion) rounds a longer number, and rounding and truncating it differ by one in the last
digit ("6532억" and "6,533억" for 6532억5000만): that is no slip; a price written out in full
("149,700원") has no longer number behind it.

The rule is array code over the distinct values of every fact at once: candidate pairs come from
buckets of digit keys (so many unrelated values cost linear time, not a scan of every pair), and
`relation` decides each candidate. Only the findings are built one by one.
"""
from __future__ import annotations

from functools import partial

import numpy as np
import pandas as pd

from currency.amount import OTHERS_ROUNDING, last_nonzero_place, within_hedged_rounding
from reconcile.checks import check
from reconcile.checks.common import head, records
from reconcile.model import findings as F
from reconcile.model.digit_slips import (
    MAX_DIGITS,
    NONE,
    ONE_DIGIT,
    TEN,
    TRANSPOSED,
    digit_count,
    digits_key,
    digits_written,
    integer_digits,
    relation,
)
from reconcile.model.distinct import factorized

RULE = ("digits: figures of one fact and time may not differ by transposed digits, or by one "
        "digit when stated exactly to three or more significant digits")
TRIED = ("digit order and single digits, beyond rounding and rate tolerance",)
HOW = {TRANSPOSED: "transposed", ONE_DIGIT: "one digit"}
# The articles whose finer figures must round to a value before they count for it in a tie
# (`_support`): one near figure may be another day's or another title's.
ROUNDING_ARTICLES = 2
# The columns of the evidence table this check reads: a filter of all of them copies about 70
# (at a million figures, most of the check's time went there).
READS = ["id", "metric", "amount", "source", "as_of", "grp", "currency", "value", "precision",
         "u", "bound"]


def _digits(value: float, scale: float) -> str:
    return str(int(round(abs(value) / scale)))


def _pairs_sharing(keys: pd.DataFrame, entry: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every pair of rows (positions in `keys`) with equal keys, the row of the smaller entry
    first (an entry has one row per bucket key)."""
    if not len(entry):
        return entry, entry
    bucket = keys.groupby(list(keys.columns), sort=False).ngroup().to_numpy()
    order = np.lexsort((entry, bucket))
    sorted_bucket = bucket[order]
    starts = np.flatnonzero(np.r_[True, sorted_bucket[1:] != sorted_bucket[:-1]])
    size = np.diff(np.r_[starts, len(order)])
    # Each member pairs with every later member of its bucket.
    later = np.repeat(starts + size, size) - np.arange(len(order)) - 1
    left = np.repeat(np.arange(len(order)), later)
    step = np.arange(len(left)) - np.repeat(np.cumsum(later) - later, later) + 1
    return order[left], order[left + step]


def _shared(keys: pd.DataFrame) -> np.ndarray:
    """Per row, whether another row has the same keys; a row with a missing key shares them
    with none (as in `_pairs_sharing`)."""
    bucket = keys.groupby(list(keys.columns), sort=False).ngroup().to_numpy(float)
    known = ~np.isnan(bucket)
    b = bucket[known].astype(np.int64)
    out = np.zeros(len(bucket), bool)
    out[known] = np.bincount(b)[b] >= 2
    return out


def candidate_pairs(group, value, precision, exact, u) -> tuple[np.ndarray, np.ndarray]:
    """The pairs (a < b, sorted) of distinct values of one group whose digits may relate: the
    same digits at the finer of their two precisions, or, exact at one precision and rounding
    unit, all digits but one. Found through buckets of those keys, so many unrelated values
    cost linear time; `relation` decides each pair."""
    e = np.arange(len(value))
    # Each value's digits at every precision s of its group at or below its own: a pair meets
    # in a bucket at the finer of its two precisions.
    scales = pd.DataFrame({"g": group, "s": precision}).drop_duplicates()
    at = pd.DataFrame({"g": group, "e": e, "p": precision}).merge(scales, on="g")
    at = at[(at["s"] > 0) & (at["s"] <= at["p"])]
    ee, s = at["e"].to_numpy(), at["s"].to_numpy()
    keep = (value[ee] > 0) & (value[ee] / s <= MAX_DIGITS)
    ee, s = ee[keep], s[keep]
    n = integer_digits(value[ee], s)
    length = digit_count(n)
    x, y = _pairs_sharing(pd.DataFrame({"g": group[ee], "s": s, "len": length,
                                        "digits": digits_key(n, length)}), ee)
    finest = np.minimum(precision[ee[x]], precision[ee[y]]) == s[x]
    a1, b1 = ee[x][finest], ee[y][finest]
    # One digit changed: exact values of one precision and unit with three digits or more,
    # keyed by their digits with position k blanked.
    one = exact & (precision > 0) & (value > 0)
    one[one] = value[one] / precision[one] <= MAX_DIGITS
    eo = e[one]
    n = integer_digits(value[eo], precision[eo])
    length = digit_count(n)
    eo, n, length = eo[length >= 3], n[length >= 3], length[length >= 3]
    # Only a value whose group, precision, unit and length another value shares can pair: the
    # rest are left out before each is written once per digit (at 1M figures, all of them).
    shared = _shared(pd.DataFrame({"g": group[eo], "p": precision[eo], "u": u[eo],
                                   "len": length}))
    eo, n, length = eo[shared], n[shared], length[shared]
    row = np.repeat(np.arange(len(eo)), length)
    k = np.arange(len(row)) - np.repeat(np.cumsum(length) - length, length)
    blank = n[row] - ((n[row] // TEN[k]) % 10) * TEN[k]
    er = eo[row]
    x, y = _pairs_sharing(pd.DataFrame({"g": group[er], "p": precision[er], "u": u[er],
                                        "len": length[row], "k": k, "rest": blank}), er)
    code = np.sort(np.r_[a1, er[x]].astype(np.int64) * len(value) + np.r_[b1, er[y]])
    code = code[np.r_[True, code[1:] != code[:-1]][:len(code)]]   # a pair found twice, once
    return code // len(value), code % len(value)


@check("digits",
       rule=('two typed figures of one fact and time (no range, no restatement, no conversion words '
             "next to the amount such as `한화 약`, `당시 환율로`, `at the time`, in the fact's "
             'currency of denomination) may not be the same digits in another order (687 and '
             '678), nor, when both are exact to three or more significant digits at the same '
             'rounding unit, differ in one digit (a ±1 in the last digit of an amount written '
             'with a scale word is rounding against truncation)'),
       severity=('medium (transposed), low (one digit)'))
def digits(df, ctx) -> list[F.Finding]:
    """Findings for digit transpositions and one-digit slips between figures of one fact."""
    # The cheap tests first, on whole columns; the text column only on the rows they leave.
    # The currencies numbered by their objects (the loaded table holds one per distinct text),
    # -1 for none: no test of each cell for a missing value, and no hashing of them again.
    currency, _ = factorized(df["currency"].to_numpy(dtype=object))
    rows = np.flatnonzero(df["typed"].to_numpy(bool) & (df["n_grp"].to_numpy() >= 2)
                          & (currency >= 0) & digits_written(df["bound"].to_numpy()))
    rows = rows[pd.Series(df["status"].to_numpy()[rows]).isin(["agrees", "outlier", "split"])
                .to_numpy()]
    # The distinct values of each group (one fact and currency), groups and values numbered in
    # the order they first appear.
    group = _codes(pd.factorize(df["grp"].to_numpy()[rows])[0], currency[rows])
    value = df["value"].to_numpy(float)[rows]
    entry = _codes(group, value)
    # Only groups with two distinct values can hold a slip (a missing value is none).
    first = _firsts(entry)
    two = np.bincount(group[first], weights=~np.isnan(value[first])) >= 2
    keep = two[group]
    if not keep.any():
        return []
    rows, group, entry = rows[keep], _compact(group[keep]), _compact(entry[keep])
    first = _firsts(entry)
    rank = np.empty(len(first), dtype=np.int64)
    rank[np.lexsort((first, group[first]))] = np.arange(len(first))
    entry = rank[entry]
    first = _firsts(entry)        # each value's first row, in the new order
    col = {c: df[c].to_numpy()[rows[first]] for c in ("value", "precision", "u")}
    exact = df["bound"].to_numpy()[rows[first]] == "exact"
    a, b = candidate_pairs(group[first], col["value"], col["precision"], exact, col["u"])
    how = relation(col["value"], col["precision"], exact, col["u"], a, b)
    a, b, how = a[how != NONE], b[how != NONE], how[how != NONE]
    if not len(a):
        return []
    d = df.iloc[rows, df.columns.get_indexer(READS)]
    values = df["value"].to_numpy(float)[rows]
    articles = pd.factorize(df["source"].to_numpy()[rows], use_na_sentinel=False)[0]
    rounding = _support(group, values, articles, group[first], col["value"], col["precision"],
                        np.unique(np.concatenate((a, b))))
    return _findings(d, entry, first, a, b, how, np.bincount(entry), rounding)


def _support(group: np.ndarray, values: np.ndarray, articles: np.ndarray,
             group_of: np.ndarray, value: np.ndarray, precision: np.ndarray,
             wanted: np.ndarray) -> np.ndarray:
    """Per distinct value (its `group_of`, `value`, `precision`), the figures of its group at
    other values that lie within its rounding at its last non-zero digit ("$125,000": five
    "$125,421"), counted only when ROUNDING_ARTICLES articles give them; 0 otherwise."""
    # Why: a round figure and a coarse one a digit apart ("$125,000", "$128,000") tied one to one
    # and both were flagged, though the fact's precise figures all round to the first
    out = np.zeros(len(value), dtype=np.int64)
    order = np.argsort(group, kind="stable")
    g, v, art = group[order], values[order], articles[order]
    for e in wanted.tolist():
        lo, hi = np.searchsorted(g, group_of[e], "left"), np.searchsorted(g, group_of[e], "right")
        # half its last non-zero digit's place ("$125,000": ±500), no wider than a round
        # figure's rounding of the others goes (OTHERS_ROUNDING)
        half = last_nonzero_place(value[e], precision[e]) / 2 * (1 + 1e-9)
        gap = np.abs(v[lo:hi] - value[e])
        near = (gap <= half) & (gap > 0) & within_hedged_rounding(gap, value[e], OTHERS_ROUNDING)
        # One figure near a round one may be another day's or another title's figure grouped
        # in ("$128,072" beside "$128,000" and "$125,000"): it would break the tie on its own,
        # flagging the right figure and hiding the slip. Only figures of several articles that
        # round to the same value tell which side the fact's precise figures are on.
        if np.unique(art[lo:hi][near]).size >= ROUNDING_ARTICLES:
            out[e] = np.count_nonzero(near)
    return out


def _codes(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per row: the number of its pair (code a, value b), pairs numbered in the order they first
    appear; a missing b is one value."""
    cb, nb = pd.factorize(b, use_na_sentinel=False)
    return pd.factorize(a.astype(np.int64) * len(nb) + cb)[0]


def _compact(codes: np.ndarray) -> np.ndarray:
    """Codes renumbered 0.. in the same order, those no row has left out."""
    used = np.zeros(codes.max(initial=-1) + 1, bool)
    used[codes] = True
    return (np.cumsum(used) - 1)[codes]


def _firsts(codes: np.ndarray) -> np.ndarray:
    """Each code's first row (codes 0.. numbered in the order they first appear)."""
    first = np.empty(codes.max(initial=-1) + 1, dtype=np.int64)
    first[codes[::-1]] = np.arange(len(codes))[::-1]
    return first


def _findings(d: pd.DataFrame, entry: np.ndarray, first: np.ndarray, a: np.ndarray,
              b: np.ndarray, how: np.ndarray, stated: np.ndarray,
              rounding: np.ndarray) -> list[F.Finding]:
    """One finding per related pair, in the order of the pairs: the value fewer figures state
    or round to (`stated`, `rounding`) is flagged (both with a tie)."""
    count = stated + rounding
    a_wrong = count[a] <= count[b]
    wrong, right = np.where(a_wrong, a, b), np.where(a_wrong, b, a)
    majority = (count[right] > count[wrong]).tolist()
    precision, u = d["precision"].to_numpy()[first], d["u"].to_numpy()[first]
    scale = np.minimum(precision[a], precision[b]).tolist()
    # One currency: the rounding units compare directly ($3.78 and $3.87 billion are stated
    # equally precisely, though their units differ relative to their values).
    finer = np.where(u[a] == u[b], -1, np.where(u[a] <= u[b], a, b)).tolist()
    named = sorted(set(a.tolist()) | set(b.tolist()))
    rows = dict(zip(named, records(d.iloc[first[named]])))
    # One tuple of ids per value, shared by every finding that names it (joined when shown).
    ids: dict = {}
    in_order = d["id"].to_numpy()
    for e, fid in zip(entry.tolist(), in_order.tolist()):
        if e in rows:
            ids.setdefault(e, []).append(fid)
    ids = {e: tuple(i) for e, i in ids.items()}
    heads = {e: head(r) for e, r in rows.items()}
    out = []
    for w, r, maj, fin, sc, h in zip(wrong.tolist(), right.tolist(), majority, finer, scale,
                                     how.tolist()):
        wr, rr = rows[w], rows[r]
        same = ids[r]
        gap, _ = F.point_gap(wr.value, rr.value, rr.value)
        # Thousands of relations can hold among the values of one fact: the sentence is
        # written only when the finding is shown (from plain values, so that a record pickles).
        # How many state each side and how many round to it, when rounding counted.
        tally = ((int(stated[r]), int(rounding[r]), int(count[w]))
                 if rounding[r] or rounding[w] else None)
        e = F.Evidence("digits", RULE, partial(_detail, HOW[h], maj,
                                               rows[fin].id if fin >= 0 else "", rr.amount,
                                               same, wr.value, rr.value, sc, tally),
                       same, wr.value, wr.value, rr.value, rr.value, wr.currency, gap, 0, TRIED)
        judged = ids[w] if maj else ids[w] + same
        out.append(F.Finding("medium" if h == TRANSPOSED else "low", wr.metric, judged, judged,
                             heads[w], (e,)))
    return out


def _detail(how: str, majority: bool, finer: str, amount: str, same: tuple, wrong: float,
            right: float, scale: float, tally: tuple | None = None) -> tuple:
    """The digit finding's sentence: which digits relate, and which figure is the likelier slip
    (`finer`: the one stated more precisely, if their rounding units differ; `tally`: how many
    state the latter, how many round to it, how many state or round to this one)."""
    gap, direction = F.point_gap(wrong, right, right)
    words = "the same digits in another order" if how == "transposed" else "one digit changed"
    if majority and tally:
        state, rounds, against = tally
        why = (f"{_figures(state)} {'states' if state == 1 else 'state'} the latter and "
               f"{rounds} more round to it, against {against} for this one, so this looks "
               "like a typing slip")
    elif majority:
        why = "more figures state the latter, so this looks like a typing slip"
    else:
        why = ("one of the two is a typing slip, and nothing but precision tells which"
               + (f": {finer} is stated more precisely" if finer else ""))
    return (f'its digits and those of "{amount}" (', F.Ids(same), f") are {words}: "
            f"{_digits(wrong, scale)} is {F.gap_words(gap, direction, _digits(right, scale))}; "
            f"{why}, whatever the tolerance allows.")


def _figures(n: int) -> str:
    return f"{n} figure" if n == 1 else f"{n} figures"
