"""Digit slips: errors smaller than any tolerance, seen in the digits themselves.

Two original figures of one fact and one time, in one currency, whose digits (written out at the
finer of their two precisions) are the same digits in another order ("687" and "678"; "130,100"
and "131,000"), or, for two unhedged figures stated to the same precision with three or more
significant digits, differ in exactly one digit. The figure whose value fewer figures state is
flagged (with a tie, the less precise one; with a tie in that too, both).
"""
from __future__ import annotations

import math
from collections import Counter

from reconcile import findings as F
from reconcile.checks import check
from reconcile.checks.common import head, records

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
    exact = a.bound == "exact" and b.bound == "exact" and a.precision == b.precision
    if exact and len(da.rstrip("0")) >= 3 and sum(x != y for x, y in zip(da, db)) == 1:
        return "one digit"
    return None


@check("digits")
def digits(df, ctx) -> list[F.Finding]:
    """Findings for digit transpositions and one-digit slips between figures of one fact."""
    d = df[df["status"].isin(["agrees", "outlier", "split"]) & df["n_grp"].ge(2)
           & df["currency"].notna()]
    # Only groups with two distinct values can hold a slip; their rows are boxed once, together.
    d = d[d.groupby(["grp", "currency"], sort=False)["value"].transform("nunique").ge(2)]
    groups: dict = {}
    for r in records(d):
        groups.setdefault((r.grp, r.currency), []).append(r)
    out = []
    for rows in groups.values():
        count = Counter(r.value for r in rows)
        distinct = {}
        for r in rows:
            distinct.setdefault(r.value, r)
        values = list(distinct.values())
        for i, a in enumerate(values):
            for b in values[i + 1:]:
                how = relation(a, b)
                if how:
                    out.extend(_findings(a, b, how, count, rows))
    return out


def _findings(a, b, how: str, count: Counter, rows) -> list[F.Finding]:
    if count[a.value] != count[b.value]:
        wrong, right = (a, b) if count[a.value] < count[b.value] else (b, a)
        pairs = [(wrong, right)]
    elif a.u / a.value != b.u / b.value:
        wrong, right = (a, b) if a.u / a.value > b.u / b.value else (b, a)
        pairs = [(wrong, right)]
    else:
        pairs = [(a, b), (b, a)]
    out = []
    for wrong, right in pairs:
        same = [r.id for r in rows if r.value == right.value]
        wrong_ids = [r.id for r in rows if r.value == wrong.value]
        gap, direction = F.point_gap(wrong.value, right.value, right.value)
        words = ("the same digits in another order" if how == "transposed"
                 else "one digit changed")
        detail = (f'its digits and those of "{right.amount}" ({", ".join(same)}) are {words}: '
                  f"{_digits(wrong.value, min(a.precision, b.precision))} against "
                  f"{_digits(right.value, min(a.precision, b.precision))}, "
                  f"{F.gap_words(gap, direction)}; "
                  f"{'more figures state the latter' if count[right.value] > count[wrong.value] else 'the latter is stated more precisely' if len(pairs) == 1 else 'nothing tells which is right'}"
                  f", so this looks like a typing slip, whatever the tolerance allows.")
        e = F.Evidence("digits", RULE, detail, tuple(same), wrong.value, wrong.value,
                       right.value, right.value, wrong.currency, gap, 0,
                       ("digit order and single digits, beyond rounding and rate tolerance",))
        sev = "medium" if how == "transposed" else "low"
        for fid in wrong_ids:
            r = next(x for x in rows if x.id == fid)
            out.append(F.Finding(sev, r.metric, (fid,), (fid,), head(r), (e,)))
    return out
