"""Parts and totals: the parts of a metric up to a date must fit each total stated at that date.

Each part metric counts once, through the interval its agreeing figures share. Parts that sum above
a total are an error; a total above its known parts leaves an unexplained remainder (low severity).
A single part above its whole is an error whatever the others say.
"""
from __future__ import annotations

import pandas as pd

from currency import formatting as fmt
from reconcile import findings as F
from reconcile.checks.common import agreement, fact_groups, records

RULE = "parts_totals: sum of parts (as_of on or before the total's) must meet each total"


def part_facts(df: pd.DataFrame) -> pd.DataFrame:
    """One row per part metric and period: its consensus interval and the totals it belongs to."""
    rel = df[["metric", "part_of"]].dropna()
    rel = rel.assign(total=rel["part_of"].str.split(";")).explode("total")
    rel["total"] = rel["total"].str.strip()
    rel = rel[["metric", "total"]].drop_duplicates()
    parts = df[df["metric"].isin(rel["metric"])]
    if parts.empty:
        return pd.DataFrame(columns=["metric", "total", "n_unit", "as_of_first", "cons_low",
                                     "cons_high", "vague", "part_ids"])
    parts = parts.assign(grp=fact_groups(parts))
    parts = parts.join(agreement(parts, parts["grp"]))
    agreeing = parts[parts["agrees"]]
    facts = agreeing.groupby("grp").agg(
        metric=("metric", "first"), n_unit=("n_unit", "first"),
        as_of_first=("as_of_first", "min"), cons_low=("cons_low", "first"),
        cons_high=("cons_high", "first"), vague=("vague", "all"),
        part_ids=("id", ";".join))
    return facts.merge(rel, on="metric")


def parts_and_totals(df: pd.DataFrame, ctx) -> pd.DataFrame:
    """Findings where the parts of a total do not fit it."""
    facts = part_facts(df)
    totals = df[df["metric"].isin(facts["total"])]
    if totals.empty:
        return F.frame([])
    pairs = totals.merge(facts, left_on=["metric", "n_unit"], right_on=["total", "n_unit"],
                         suffixes=("", "_part"))
    pairs = pairs[pairs["as_of_first_part"] <= pairs["as_of_last"]]
    # A part metric stated at several times counts once: its latest statement before the total.
    pairs = (pairs.sort_values("as_of_first_part")
             .drop_duplicates(["id", "metric_part"], keep="last"))
    rows = []
    for r in records(pairs[pairs["cons_low"] > pairs["n_high"]]):
        rows.append(dict(
            check="parts_totals", severity="low" if (r.vague or r.vague_part) else "high",
            metric=r.metric, figures=f"{r.id};{r.part_ids}",
            message=(f'The part {r.metric_part} ({r.part_ids.replace(";", ", ")}: '
                     f"{fmt.interval(r.cons_low, r.cons_high, r.n_unit)}) is larger than its whole, "
                     f'{r.id} ("{r.amount}", {r.source}, '
                     f"{fmt.interval(r.n_low, r.n_high, r.n_unit)})."),
            low=r.cons_low, high=r.cons_high, expected_low=0.0, expected_high=r.n_high,
            unit=r.n_unit, rule="parts_totals: a part can never exceed its whole"))
    sums = pairs.groupby("id").agg(parts_low=("cons_low", "sum"), parts_high=("cons_high", "sum"),
                                   parts=("metric_part", ", ".join),
                                   part_ids=("part_ids", ";".join),
                                   parts_vague=("vague_part", "any"), n_parts=("metric_part", "size"))
    t = totals.set_index("id").join(sums, how="inner")
    over = t[t["parts_low"] > t["n_high"]]
    for r in records(over):
        vague = bool(r.vague or r.parts_vague)
        ratio = r.parts_low / r.n_high if r.n_high else float("inf")
        rows.append(dict(
            check="parts_totals", severity="low" if vague else "high", metric=r.metric,
            figures=f"{r.Index};{r.part_ids}",
            message=(f'{r.Index} ("{r.amount}", {r.source}) gives {r.metric} as '
                     f"{fmt.interval(r.n_low, r.n_high, r.n_unit)} at {r.as_of}, but its parts "
                     f"stated by then ({r.parts}) add up to at least {fmt.compact(r.parts_low)} "
                     f"{r.n_unit}, {fmt.times(ratio)} the total"
                     + ("; the total or a part is vague, so this is weak evidence" if vague else "")
                     + "."),
            low=r.n_low, high=r.n_high, expected_low=r.parts_low, expected_high=r.parts_high,
            unit=r.n_unit, rule=RULE))
    under = t[t["n_low"] > t["parts_high"]]
    for r in records(under):
        rows.append(dict(
            check="parts_totals", severity="low", metric=r.metric,
            figures=f"{r.Index};{r.part_ids}",
            message=(f'{r.Index} ("{r.amount}", {r.source}) gives {r.metric} as '
                     f"{fmt.interval(r.n_low, r.n_high, r.n_unit)} at {r.as_of}; its known parts "
                     f"({r.parts}) add up to at most {fmt.compact(r.parts_high)} {r.n_unit}, "
                     f"leaving at least {fmt.compact(r.n_low - r.parts_high)} {r.n_unit} "
                     f"unexplained by the figures at hand."),
            low=r.n_low, high=r.n_high, expected_low=r.parts_low, expected_high=r.parts_high,
            unit=r.n_unit, rule=RULE))
    return F.frame(rows)
