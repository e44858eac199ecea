"""Parts and totals: the parts of a metric up to a date must fit each total stated at that date.

Each part metric counts once, through what its agreeing original figures share (restatements never
vote), in the reference currency of the family of metrics. Parts that sum above a total are an
error; a total above its known parts leaves an unexplained remainder (low severity). A single part
above its whole is an error whatever the others say.
"""
from __future__ import annotations

import pandas as pd

from currency import formatting as fmt
from reconcile import findings as F
from reconcile.checks import check
from reconcile.checks.common import head, records

RULE = "parts_totals: sum of parts (as_of on or before the total's) must meet each total"
WHOLE_RULE = "parts_totals: a part can never exceed its whole"


def part_facts(df: pd.DataFrame) -> pd.DataFrame:
    """One row per part metric and period: its consensus interval and the totals it belongs to."""
    rel = df[["metric", "part_of"]].dropna()
    rel = rel.assign(total=rel["part_of"].str.split(";")).explode("total")
    rel["total"] = rel["total"].str.strip()
    rel = rel[["metric", "total"]].drop_duplicates()
    parts = df[df["metric"].isin(rel["metric"]) & df["role"].eq("original") & df["agrees"]
               .fillna(False).astype(bool)]
    if parts.empty:
        return pd.DataFrame(columns=["metric", "total", "c_unit", "as_of_first", "part_low",
                                     "part_high", "vague", "part_ids"])
    facts = parts.groupby("grp").agg(
        metric=("metric", "first"), c_unit=("c_unit", "first"),
        as_of_first=("as_of_first", "min"), part_low=("cons_low", "first"),
        part_high=("cons_high", "first"), vague=("vague", "all"),
        part_ids=("id", ";".join))
    return facts.merge(rel, on="metric")


@check("parts_totals")
def parts_and_totals(df: pd.DataFrame, ctx) -> list[F.Finding]:
    """Findings where the parts of a total do not fit it."""
    facts = part_facts(df)
    totals = df[df["metric"].isin(facts["total"]) & df["role"].eq("original")]
    if totals.empty:
        return []
    pairs = totals.merge(facts, left_on=["metric", "c_unit"], right_on=["total", "c_unit"],
                         suffixes=("", "_part"))
    pairs = pairs[pairs["as_of_first_part"] <= pairs["as_of_last"]]
    # A part metric stated at several times counts once: its latest statement before the total.
    # A stable sort: the parts are listed in the same order however the rows were partitioned.
    pairs = (pairs.sort_values("as_of_first_part", kind="mergesort")
             .drop_duplicates(["id", "metric_part"], keep="last"))
    out = []
    for r in records(pairs[pairs["part_low"] > pairs["c_high"]]):
        gap, _ = F.point_gap(r.part_low, 0.0, r.c_high)
        detail = (f"the part {r.metric_part} ({r.part_ids.replace(';', ', ')}: "
                  f"{fmt.interval(r.part_low, r.part_high, r.c_unit)}) is larger than its "
                  f"whole ({fmt.interval(r.c_low, r.c_high, r.c_unit)}).")
        vague = bool(r.vague or r.vague_part)
        e = F.Evidence("parts_totals", WHOLE_RULE, detail, tuple(r.part_ids.split(";")),
                       r.c_low, r.c_high, r.part_low, r.part_high, r.c_unit, gap)
        out.append(F.Finding("low" if vague else "high", r.metric, (r.id,), (r.id,), head(r),
                             (e,)))
    sums = pairs.groupby("id").agg(parts_low=("part_low", "sum"), parts_high=("part_high", "sum"),
                                   parts=("metric_part", ", ".join),
                                   part_ids=("part_ids", ";".join),
                                   parts_vague=("vague_part", "any"))
    t = totals.set_index("id", drop=False).join(sums, how="inner")
    for r in records(t[t["parts_low"] > t["c_high"]]):
        vague = bool(r.vague or r.parts_vague)
        gap, _ = F.point_gap(r.parts_low, 0.0, r.c_high)
        detail = (f"it gives {r.metric} as {fmt.interval(r.c_low, r.c_high, r.c_unit)}, but its "
                  f"parts stated by then ({r.parts}: {r.part_ids.replace(';', ', ')}) add up to "
                  f"at least {fmt.compact(r.parts_low)} {r.c_unit}, "
                  f"{F.gap_words(gap, 'above')} the total"
                  + ("; the total or a part is vague, so this is weak evidence" if vague else "")
                  + ".")
        e = F.Evidence("parts_totals", RULE, detail, tuple(r.part_ids.split(";")), r.c_low,
                       r.c_high, r.parts_low, r.parts_high, r.c_unit, gap)
        out.append(F.Finding("low" if vague else "high", r.metric, (r.id,), (r.id,), head(r),
                             (e,)))
    for r in records(t[t["c_low"] > t["parts_high"]]):
        gap, _ = F.point_gap(r.c_low, 0.0, r.parts_high)
        detail = (f"it gives {r.metric} as {fmt.interval(r.c_low, r.c_high, r.c_unit)}; its "
                  f"known parts ({r.parts}: {r.part_ids.replace(';', ', ')}) add up to at most "
                  f"{fmt.compact(r.parts_high)} {r.c_unit}, leaving at least "
                  f"{fmt.compact(r.c_low - r.parts_high)} {r.c_unit} unexplained by the figures "
                  f"at hand.")
        e = F.Evidence("parts_totals", RULE, detail, tuple(r.part_ids.split(";")), r.c_low,
                       r.c_high, r.parts_low, r.parts_high, r.c_unit, gap)
        out.append(F.Finding("low", r.metric, (r.id,), (r.id,), head(r), (e,)))
    return out
