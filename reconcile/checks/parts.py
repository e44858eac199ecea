"""Parts and totals: the parts of a metric up to a date must fit each total stated at that date.

Each part metric counts once, through what its agreeing original figures share (restatements never
vote), in the reference currency of the family of metrics. Parts that sum above a total are an
error, and the message says which side the later and the more precisely stated evidence supports.
A total above its known parts is most often a part the articles do not mention: an info note
("parts not all stated"), or a low finding when the file marks the total `all_parts`. A single
part above its whole is an error whatever the others say.
"""
from __future__ import annotations

import math

import pandas as pd

from currency import formatting as fmt
from reconcile.checks import check
from reconcile.checks.common import head, records
from reconcile.model import findings as F

RULE = "parts_totals: sum of parts (as_of on or before the total's) must meet each total"
WHOLE_RULE = "parts_totals: a part can never exceed its whole"
TOTAL_COLUMNS = ["id", "metric", "c_unit", "as_of_first", "as_of_last", "c_low", "c_high", "vague",
                 "pub_last", "amount", "source", "as_of"]


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
                                     "part_high", "vague", "part_ids", "pub_last"])
    facts = parts.groupby("grp").agg(
        metric=("metric", "first"), c_unit=("c_unit", "first"),
        as_of_first=("as_of_first", "min"), part_low=("cons_low", "first"),
        part_high=("cons_high", "first"), vague=("vague", "all"),
        part_ids=("id", ";".join), pub_last=("pub_last", "max"))
    return facts.merge(rel, on="metric")


@check("parts_totals",
       rule=('the parts of a metric (each counted once, by its agreeing original figures) '
             "stated by a total's date must fit it: parts above the total, or one part above "
             'its whole, are errors, and the message says which side the later publication '
             'and the more precise statement favour; a total above its parts is "parts not '
             'all stated"'),
       severity=("high (low when vague); parts not all stated info, low when the total's "
                 'figure has kind `all_parts`'))
def parts_and_totals(df: pd.DataFrame, ctx) -> list[F.Finding]:
    """Findings where the parts of a total do not fit it."""
    facts = part_facts(df)
    # Only the columns this check reads: a filter or a merge copies every column, and the
    # evidence table has about 80 (most of this check's time on a small file went there). The
    # columns facts also has (metric, as_of_first, vague, pub_last) stay, so that the merge
    # names facts' copies `*_part`.
    totals = df.loc[df["metric"].isin(facts["total"]) & df["role"].eq("original"), TOTAL_COLUMNS]
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
                                   parts_vague=("vague_part", "any"),
                                   parts_pub=("pub_last_part", "max"))
    t = totals.set_index("id", drop=False).join(sums, how="inner")
    complete = set(df.loc[df["kind"].eq("all_parts"), "metric"])
    over = t[t["parts_low"] > t["c_high"]]
    sides = {i: _which_side(r) for i, r in zip(over.index, over.itertuples())}
    for r in records(over):
        vague = bool(r.vague or r.parts_vague)
        gap, _ = F.point_gap(r.parts_low, 0.0, r.c_high)
        detail = (f"it gives {r.metric} as {fmt.interval(r.c_low, r.c_high, r.c_unit)}, but its "
                  f"parts stated by then ({r.parts}: {r.part_ids.replace(';', ', ')}) add up to "
                  f"at least {fmt.compact(r.parts_low)} {r.c_unit}, "
                  f"{F.gap_words(gap, 'above')} the total"
                  + ("; the total or a part is vague, so this is weak evidence" if vague else "")
                  + sides[r.Index] + ".")
        e = F.Evidence("parts_totals", RULE, detail, tuple(r.part_ids.split(";")), r.c_low,
                       r.c_high, r.parts_low, r.parts_high, r.c_unit, gap)
        out.append(F.Finding("low" if vague else "high", r.metric, (r.id,), (r.id,), head(r),
                             (e,)))
    for r in records(t[t["c_low"] > t["parts_high"]]):
        gap, _ = F.point_gap(r.c_low, 0.0, r.parts_high)
        known = (f"it gives {r.metric} as {fmt.interval(r.c_low, r.c_high, r.c_unit)}; its "
                 f"known parts ({r.parts}: {r.part_ids.replace(';', ', ')}) add up to at most "
                 f"{fmt.compact(r.parts_high)} {r.c_unit}, leaving at least "
                 f"{fmt.compact(r.c_low - r.parts_high)} {r.c_unit}")
        e_args = (tuple(r.part_ids.split(";")), r.c_low, r.c_high, r.parts_low, r.parts_high,
                  r.c_unit, gap)
        if r.metric in complete:
            detail = (f"{known} unexplained, though the file marks these parts as all of it "
                      f"(kind all_parts).")
            e = F.Evidence("parts_totals", RULE, detail, *e_args)
            out.append(F.Finding("low", r.metric, (r.id,), (r.id,), head(r), (e,)))
        else:
            # A total above its parts is most often a part the articles never mention.
            detail = (f"parts not all stated: {known} to parts the figures at hand do not "
                      f"state (kind all_parts on the total says these are all of it).")
            e = F.Evidence("parts_totals", RULE, detail, *e_args[:-1], 1.0)
            out.append(F.Finding("info", r.metric, (), (r.id,), head(r), (e,)))
    return out


def _which_side(r) -> str:
    """Which side of a total exceeded by its parts the later and the more precisely stated
    evidence supports, in words for the message."""
    words = []
    if r.pub_last != r.parts_pub:
        later = "parts" if r.parts_pub > r.pub_last else "total"
        words.append(f"the {later} {'are' if later == 'parts' else 'is'} published later "
                     f"({_day(max(r.pub_last, r.parts_pub))}, the "
                     f"{'total' if later == 'parts' else 'parts'} by "
                     f"{_day(min(r.pub_last, r.parts_pub))})")
    else:
        later = ""
    total_w = _width(r.c_low, r.c_high)
    parts_w = _width(r.parts_low, r.parts_high)
    finer = ("total" if total_w < parts_w else "parts") if total_w != parts_w else ""
    if finer:
        words.append(f"the {finer} {'is' if finer == 'total' else 'are'} stated more precisely "
                     f"(±{min(total_w, parts_w) * 50:.1f} % against ±{max(total_w, parts_w) * 50:.1f} %)")
    if not words:
        return "; nothing in the dates or precision tells which side is wrong"
    sides = {later, finer} - {""}
    verdict = (f"so the evidence favours the {sides.pop()}" if len(sides) == 1 else
               "so the evidence is divided")
    return "; " + " and ".join(words) + ", " + verdict


def _width(low: float, high: float) -> float:
    """An interval's width relative to its middle (inf for an open one)."""
    mid = (low + high) / 2
    return (high - low) / mid if mid > 0 and math.isfinite(high) else math.inf


def _day(ts) -> str:
    return str(ts.date()) if hasattr(ts, "date") else str(ts)
