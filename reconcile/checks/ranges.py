"""Ranges are values: a range figure ("18~25달러") states both its ends, so two range figures of
one fact agree only when their low ends agree and their high ends agree, each within its rounding
and, across currencies, the rate window. Overlapping is not enough: `18~25달러` and `25~27달러`
touch at 25 and are two different ranges. A range against a point keeps the interval rule of
`same_fact`.

Among the range figures of one fact and time, each is compared with every other; a range that
agrees neither with the best-supported ranges nor with any range they agree with is flagged
against them. When no two ranges agree, all are flagged together. Row order decides nothing.
"""
from __future__ import annotations

import math

from currency import formatting as fmt
from reconcile.checks import check
from reconcile.checks.common import head, ids, records
from reconcile.model import findings as F
from reconcile.model.uncertainty import range_ends

RULE = "ranges: two range figures of one fact agree only when both their ends agree"


def _ends(r) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """A range figure's ends in the family's currency, through the factors its interval was
    converted with; None when they cannot be (a zero or open end)."""
    if not (r.low > 0 and math.isfinite(r.high) and r.s_low > 0 and math.isfinite(r.s_high)):
        return None
    lo_f, hi_f = r.c_low / r.s_low, r.c_high / r.s_high
    (a, b), (c, d) = range_ends(r.low, r.high, r.precision, r.span)
    return (a * lo_f, b * hi_f), (c * lo_f, d * hi_f)


def _overlap(x: tuple[float, float], y: tuple[float, float]) -> bool:
    return x[0] < y[1] and y[0] < x[1]      # touching is not agreeing (`agreement`)


@check("ranges",
       rule=('two range figures of one fact (`18~25달러`, `$25-$27`) agree only when both ends '
             'agree within their rounding and rate window; a range against a point is left to '
             '`same_fact`'),
       severity=('by how far'))
def ranges(df, ctx) -> list[F.Finding]:
    """Findings for range figures whose ends disagree with other range figures of their fact."""
    d = df[df["bound"].eq("range") & df["role"].eq("original") & df["grp"].notna()
           & ~df["vague"]]
    d = d[d.groupby("grp")["id"].transform("size").ge(2)]
    out: list[F.Finding] = []
    for _, g in d.groupby("grp", sort=False):
        rows = [(r, e) for r in records(g) if (e := _ends(r)) is not None]
        if len(rows) < 2:
            continue
        agree = {r.id: {s.id for s, f in rows if s.id != r.id and _overlap(e[0], f[0])
                        and _overlap(e[1], f[1])} for r, e in rows}
        support = max(len(a) for a in agree.values())
        if support == 0:        # no two ranges agree: nothing tells them apart
            out.append(_split(rows))
            continue
        # Decided without row order: the best-supported ranges, and those that agree with none.
        best = [(r, e) for r, e in rows if len(agree[r.id]) == support]
        backed = {r.id for r, _ in best} | set().union(*(agree[r.id] for r, _ in best))
        for r, e in rows:
            if r.id not in backed:
                out.append(_outlier(r, e, best, sorted(backed)))
    return out


def _gap(e, yard_e) -> float:
    """The larger ratio between corresponding ends' points."""
    gaps = []
    for (a, b), (c, d) in zip(e, yard_e):
        gaps.append(F.point_gap((a + b) / 2, c, d)[0])
    return max(gaps)


def _say(e, unit: str) -> str:
    return f"{fmt.compact((e[0][0] + e[0][1]) / 2)} to {fmt.compact((e[1][0] + e[1][1]) / 2)} {unit}"


def _outlier(r, e, best, yard: list[str]) -> F.Finding:
    gap, yard_e = min((_gap(e, f), f) for _, f in best)
    detail = (f"its ends ({_say(e, r.c_unit)}) are not those of the range {ids(yard)} state"
              f"{'s' if len(yard) == 1 else ''} ({_say(yard_e, r.c_unit)}); a range states both "
              f"its ends, so sharing a stretch is not agreeing.")
    ev = F.Evidence("ranges", RULE, detail, tuple(yard), e[0][0], e[1][1], yard_e[0][0],
                    yard_e[1][1], r.c_unit, gap, 0,
                    ("each end within its rounding and the rate window",))
    return F.Finding(F.severity_of(gap, False, 0), r.metric, (r.id,), (r.id,), head(r), (ev,))


def _split(rows) -> F.Finding:
    # Each pair both ways: a pair's gap (each one's points against the other's ends) must not
    # depend on which of the two the file lists first.
    gap = max(_gap(e, f) for i, (_, e) in enumerate(rows) for j, (_, f) in enumerate(rows)
              if i != j)
    rows = sorted(rows, key=lambda t: t[0].id)
    said = "; ".join(f'{x.id} ("{x.amount}", {_say(y, x.c_unit)})' for x, y in rows)
    r = rows[0][0]
    detail = (f"the range figures of {r.metric} do not state the same ends and no side has a "
              f"majority: {said}.")
    flagged = tuple(x.id for x, _ in rows)
    lows = [y[0][0] for _, y in rows]
    highs = [y[1][1] for _, y in rows]
    ev = F.Evidence("ranges", RULE, detail, flagged, min(lows), max(highs), math.nan, math.nan,
                    r.c_unit, gap, 0, ("each end within its rounding and the rate window",))
    return F.Finding(F.severity_of(gap, False, 0), r.metric, flagged, flagged,
                     "; ".join(str(head(x)) for x, _ in rows), (ev,))
