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
from functools import partial
from itertools import chain

import pandas as pd

from currency import formatting as fmt
from reconcile.checks import check
from reconcile.checks.common import head, records
from reconcile.checks.part_of import part_of_pairs
from reconcile.model import findings as F

RULE = "parts_totals: sum of parts (as_of on or before the total's) must meet each total"
WHOLE_RULE = "parts_totals: a part can never exceed its whole"
TOTAL_COLUMNS = ["id", "metric", "c_unit", "as_of_first", "as_of_last", "c_low", "c_high", "vague",
                 "pub_last", "amount", "source", "as_of"]
# What a finding on a part larger than its whole reads of its row (records of fewer columns).
WHOLE_READS = ["id", "metric", "amount", "source", "as_of", "c_low", "c_high", "c_unit",
               "vague", "metric_part", "part_low", "part_high", "vague_part", "part_grp"]


class PartFacts:
    """One row per part metric and period (`table`: its consensus interval, the totals it
    belongs to, its fact group `part_grp`), and the ids of the figures behind each, made into
    a tuple when a finding names them (one tuple per fact, shared by its findings)."""

    COLUMNS = ["metric", "total", "c_unit", "as_of_first", "part_low", "part_high", "vague",
               "part_grp", "pub_last"]
    # The columns of the evidence table read here (a filter of all 80 would copy them all).
    READS = ["id", "grp", "metric", "c_unit", "as_of_first", "cons_low", "cons_high", "vague",
             "pub_last"]

    def __init__(self, df: pd.DataFrame) -> None:
        rows, totals = part_of_pairs(df["part_of"])
        # Each (part metric, total) once, found on integer codes; strings only for the few left.
        metric_code, metrics = pd.factorize(df["metric"])
        total_code, total_names = pd.factorize(totals)
        rel = pd.DataFrame({"m": metric_code[rows], "t": total_code}).drop_duplicates()
        rel = pd.DataFrame({"metric": metrics.take(rel["m"].to_numpy()),
                            "total": total_names.take(rel["t"].to_numpy())})
        parts = df.loc[df["metric"].isin(rel["metric"]) & df["role"].eq("original")
                       & df["agrees"].fillna(False).astype(bool), self.READS]
        self._ids = parts["id"].to_numpy()
        self._at = parts.groupby("grp").indices
        self._tuples: dict = {}
        if parts.empty:
            self.table = pd.DataFrame(columns=self.COLUMNS)
            return
        facts = parts.groupby("grp").agg(
            metric=("metric", "first"), c_unit=("c_unit", "first"),
            as_of_first=("as_of_first", "min"), part_low=("cons_low", "first"),
            part_high=("cons_high", "first"), vague=("vague", "all"),
            pub_last=("pub_last", "max"))
        facts["part_grp"] = facts.index
        self.table = facts.merge(rel, on="metric")

    def ids(self, grp) -> tuple[str, ...]:
        """The ids of the agreeing figures of a part's fact group, in file order."""
        found = self._tuples.get(grp)
        if found is None:
            found = self._tuples[grp] = tuple(self._ids[self._at[grp]].tolist())
        return found


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
    part = PartFacts(df)
    facts = part.table
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
    whole = pairs.loc[pairs["part_low"] > pairs["c_high"], WHOLE_READS]
    for r in records(whole):
        gap, _ = F.point_gap(r.part_low, 0.0, r.c_high)
        ids = part.ids(r.part_grp)
        vague = bool(r.vague or r.vague_part)
        e = F.Evidence("parts_totals", WHOLE_RULE,
                       partial(_larger_than_whole, r.metric_part, ids, r.part_low, r.part_high,
                               r.c_low, r.c_high, r.c_unit),
                       ids, r.c_low, r.c_high, r.part_low, r.part_high, r.c_unit, gap)
        out.append(F.Finding("low" if vague else "high", r.metric, (r.id,), (r.id,), head(r),
                             (e,)))
    # The sums, per total, as group sums; the names of the parts are joined only for the totals
    # a finding is about.
    sums = pairs.groupby("id").agg(parts_low=("part_low", "sum"), parts_high=("part_high", "sum"),
                                   parts_vague=("vague_part", "any"),
                                   parts_pub=("pub_last_part", "max"))
    members = pairs.groupby("id").indices
    names, grps = pairs["metric_part"].to_numpy(), pairs["part_grp"].to_numpy()

    def parts_of(total_id: str) -> tuple[str, tuple[str, ...]]:
        at = members[total_id]
        return ", ".join(names[at]), tuple(chain.from_iterable(map(part.ids, grps[at])))

    t = totals.set_index("id", drop=False).join(sums, how="inner")
    complete = set(df.loc[df["kind"].eq("all_parts"), "metric"])
    over = t[t["parts_low"] > t["c_high"]]
    # The two dates as the objects the message words them from (records leaves datetimes out).
    over = over.assign(pub_last=over["pub_last"].astype(object),
                       parts_pub=over["parts_pub"].astype(object))
    for r in records(over):
        vague = bool(r.vague or r.parts_vague)
        gap, _ = F.point_gap(r.parts_low, 0.0, r.c_high)
        said, ids = parts_of(r.id)
        detail = (f"it gives {r.metric} as {fmt.interval(r.c_low, r.c_high, r.c_unit)}, but its "
                  f"parts stated by then ({said}: {', '.join(ids)}) add up to "
                  f"at least {fmt.compact(r.parts_low)} {r.c_unit}, "
                  f"{F.gap_words(gap, 'above')} the total"
                  + ("; the total or a part is vague, so this is weak evidence" if vague else "")
                  + _which_side(r) + ".")
        e = F.Evidence("parts_totals", RULE, detail, ids, r.c_low,
                       r.c_high, r.parts_low, r.parts_high, r.c_unit, gap)
        out.append(F.Finding("low" if vague else "high", r.metric, (r.id,), (r.id,), head(r),
                             (e,)))
    for r in records(t[t["c_low"] > t["parts_high"]]):
        gap, _ = F.point_gap(r.c_low, 0.0, r.parts_high)
        said, ids = parts_of(r.id)
        known = (f"it gives {r.metric} as {fmt.interval(r.c_low, r.c_high, r.c_unit)}; its "
                 f"known parts ({said}: {', '.join(ids)}) add up to at most "
                 f"{fmt.compact(r.parts_high)} {r.c_unit}, leaving at least "
                 f"{fmt.compact(r.c_low - r.parts_high)} {r.c_unit}")
        e_args = (ids, r.c_low, r.c_high, r.parts_low, r.parts_high, r.c_unit, gap)
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


def _larger_than_whole(part: str, ids: tuple[str, ...], low: float, high: float,
                       whole_low: float, whole_high: float, unit: str) -> str:
    """The sentence on a part larger than its whole, rendered when its finding is shown."""
    return (f"the part {part} ({', '.join(ids)}: {fmt.interval(low, high, unit)}) is larger "
            f"than its whole ({fmt.interval(whole_low, whole_high, unit)}).")


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
