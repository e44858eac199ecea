"""Digit slips: errors smaller than any tolerance, seen in the digits themselves.

Two original figures of one fact and one time, in one currency, whose digits (written out at the
finer of their two precisions) are the same digits in another order ("687" and "678"; "130,100"
and "131,000"), or, for two unhedged figures stated to the same precision and rounding unit with
three or more significant digits, differ in exactly one digit. The figure whose value fewer
figures state is flagged; with a tie, both are, and the message says which is stated more
precisely.

Only typed figures (`normalize.typed`): a conversion's digits come from arithmetic, so the
restatement and same-fact checks judge it by its rate. A trailing zero may be rounding ("2천 490억"
beside "2491억"), so one digit changed needs the same rounding unit. A figure written with a scale
word (억, billion) rounds a longer number, and rounding and truncating it differ by one in the last
digit ("6532억" and "6,533억" for 6532억5000만): that is no slip; a price written out in full
("149,700원") has no longer number behind it.
"""
from __future__ import annotations

from collections import Counter
from functools import partial

from reconcile.checks import check
from reconcile.checks.common import head, records
from reconcile.model import findings as F

RULE = ("digits: figures of one fact and time may not differ by transposed digits, or by one "
        "digit when stated exactly to three or more significant digits")


def _digits(value: float, scale: float) -> str:
    return str(int(round(abs(value) / scale)))


def relation(a, b) -> str | None:
    """'transposed' or 'one digit' when the digits of a and b relate so; else None."""
    scale = min(a.precision, b.precision)
    if not (scale > 0) or a.value == b.value or a.value <= 0 or b.value <= 0:
        return None
    if max(a.value, b.value) / scale > 1e15:
        return None
    da, db = _digits(a.value, scale), _digits(b.value, scale)
    if len(da) != len(db):
        return None
    if sorted(da) == sorted(db):
        return "transposed"
    exact = (a.bound == "exact" and b.bound == "exact" and a.precision == b.precision
             and a.u == b.u)
    if exact and len(da.rstrip("0")) >= 3 and sum(x != y for x, y in zip(da, db)) == 1:
        if _rounded_or_truncated(a, b, da, db):
            return None
        return "one digit"
    return None


def _rounded_or_truncated(a, b, da: str, db: str) -> bool:
    """True when two figures written with a scale word differ by one in their last digit: the
    rounding and the truncation of one longer number."""
    return a.precision > 1 and b.precision > 1 and abs(int(da) - int(db)) == 1


@check("digits",
       rule=('two typed figures of one fact and time (no restatement, no conversion words '
             "next to the amount such as `한화 약`, `당시 환율로`, `at the time`, in the fact's "
             'currency of denomination) may not be the same digits in another order (687 and '
             '678), nor, when both are exact to three or more significant digits at the same '
             'rounding unit, differ in one digit (a ±1 in the last digit of an amount written '
             'with a scale word is rounding against truncation)'),
       severity=('medium (transposed), low (one digit)'))
def digits(df, ctx) -> list[F.Finding]:
    """Findings for digit transpositions and one-digit slips between figures of one fact."""
    d = df[df["status"].isin(["agrees", "outlier", "split"]) & df["n_grp"].ge(2)
           & df["currency"].notna() & df["typed"]]
    # Only groups with two distinct values can hold a slip; their rows are boxed once, together.
    d = d[d.groupby(["grp", "currency"], sort=False)["value"].transform("nunique").ge(2)]
    groups: dict = {}
    for r in records(d):
        groups.setdefault((r.grp, r.currency), []).append(r)
    out = []
    for rows in groups.values():
        count = Counter(r.value for r in rows)
        distinct = {}
        ids: dict = {}
        for r in rows:
            distinct.setdefault(r.value, r)
            ids.setdefault(r.value, []).append(r.id)
        # One tuple per value, shared by every finding that names it (joined when shown).
        ids = {v: tuple(i) for v, i in ids.items()}
        values = list(distinct.values())
        for i, j in _candidate_pairs(values):
            how = relation(values[i], values[j])
            if how:
                out.extend(_findings(values[i], values[j], how, count, rows, ids))
    return out


def _candidate_pairs(values) -> list[tuple[int, int]]:
    """The pairs (i < j, in scan order) whose digits may relate: the same digits at the finer
    of their precisions, or, at one precision, all digits but one. Found through buckets of
    those keys, so many unrelated values cost linear time, not a scan of every pair;
    `relation` still decides each pair."""
    by_precision: dict = {}
    for i, r in enumerate(values):
        by_precision.setdefault(r.precision, []).append(i)
    classes = list(by_precision)
    pairs: set = set()
    for x, p in enumerate(classes):
        for q in classes[x:]:
            scale = min(p, q)
            if not (scale > 0):
                continue
            buckets: dict = {}
            for i in by_precision[p] + (by_precision[q] if q != p else []):
                v = values[i].value
                if not v > 0 or v / scale > 1e15:
                    continue
                d = _digits(v, scale)
                buckets.setdefault((len(d), "".join(sorted(d))), []).append(i)
                if p == q:           # one changed digit needs one precision
                    for k in range(len(d)):
                        buckets.setdefault((k, d[:k] + "?" + d[k + 1:]), []).append(i)
            for members in buckets.values():
                pairs.update((a, b) for n, a in enumerate(members) for b in members[n + 1:])
    return sorted((min(a, b), max(a, b)) for a, b in pairs)


def _findings(a, b, how: str, count: Counter, rows, ids: dict) -> list[F.Finding]:
    wrong, right = (a, b) if count[a.value] <= count[b.value] else (b, a)
    majority = count[right.value] > count[wrong.value]
    same = ids[right.value]
    wrong_ids = ids[wrong.value]
    scale = min(a.precision, b.precision)
    # One currency: the rounding units compare directly ($3.78 and $3.87 billion are stated
    # equally precisely, though their units differ relative to their values).
    finer = min((a, b), key=lambda r: r.u).id if a.u != b.u else ""
    gap, _ = F.point_gap(wrong.value, right.value, right.value)
    # Thousands of relations can hold among the values of one fact: the sentence is written
    # only when the finding is shown (from plain values, so that a record pickles).
    e = F.Evidence("digits", RULE, partial(_detail, how, majority, finer, right.amount, same,
                                           wrong.value, right.value, scale),
                   same, wrong.value, wrong.value, right.value, right.value, wrong.currency, gap,
                   0, ("digit order and single digits, beyond rounding and rate tolerance",))
    sev = "medium" if how == "transposed" else "low"
    judged = wrong_ids if majority else wrong_ids + same
    r = wrong                      # the first row stating its value
    return [F.Finding(sev, r.metric, judged, judged, head(r), (e,))]


def _detail(how: str, majority: bool, finer: str, amount: str, same: tuple, wrong: float,
            right: float, scale: float) -> tuple:
    """The digit finding's sentence: which digits relate, and which figure is the likelier slip
    (`finer`: the one stated more precisely, if their rounding units differ)."""
    gap, direction = F.point_gap(wrong, right, right)
    words = "the same digits in another order" if how == "transposed" else "one digit changed"
    if majority:
        why = "more figures state the latter, so this looks like a typing slip"
    else:
        why = ("one of the two is a typing slip, and nothing but precision tells which"
               + (f": {finer} is stated more precisely" if finer else ""))
    return (f'its digits and those of "{amount}" (', F.Ids(same), f") are {words}: "
            f"{_digits(wrong, scale)} against {_digits(right, scale)}, "
            f"{F.gap_words(gap, direction)}; {why}, whatever the tolerance allows.")
