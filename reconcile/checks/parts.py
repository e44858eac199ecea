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
from itertools import repeat

import numpy as np
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
# What the findings on a part larger than its whole read of their rows (a filter of fewer columns).
WHOLE_READS = ["id", "metric", "amount", "source", "as_of", "c_low", "c_high", "c_unit",
               "vague", "metric_part", "part_low", "part_high", "vague_part", "part_grp"]


class PartFacts:
    """One row per part metric and period (`table`: its consensus interval, the totals it
    belongs to, its fact number `part_grp`), and the ids of the figures behind each fact, kept
    grouped by fact (in file order within one) so that one gather gives the ids of many."""

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
        # Facts numbered 0.. in the order of their group numbers; each fact's ids are the slice
        # start[k]:start[k] + size[k] of `_ids`.
        fact, _ = pd.factorize(parts["grp"], sort=True)
        self._ids = parts["id"].to_numpy()[np.argsort(fact, kind="stable")]
        self._size = np.bincount(fact)
        self._start = np.cumsum(self._size) - self._size
        self._tuples: dict = {}
        if parts.empty:
            self.table = pd.DataFrame(columns=self.COLUMNS)
            return
        facts = parts.groupby(fact).agg(
            metric=("metric", "first"), c_unit=("c_unit", "first"),
            as_of_first=("as_of_first", "min"), part_low=("cons_low", "first"),
            part_high=("cons_high", "first"), vague=("vague", "all"),
            pub_last=("pub_last", "max"))
        facts["part_grp"] = facts.index
        self.table = facts.merge(rel, on="metric")

    def ids(self, fact: int) -> tuple[str, ...]:
        """The ids of the agreeing figures of one part fact, in file order (one tuple per fact,
        shared by the findings that name it)."""
        found = self._tuples.get(fact)
        if found is None:
            start = self._start[fact]
            found = self._tuples[fact] = tuple(self._ids[start:start + self._size[fact]].tolist())
        return found

    def size(self, facts: np.ndarray) -> np.ndarray:
        """How many figures each of these part facts has."""
        return self._size[facts]

    def gather(self, facts: np.ndarray) -> list[str]:
        """The ids of these part facts one after another: each fact's ids in file order."""
        size = self._size[facts]
        end = np.cumsum(size)
        at = np.arange(end[-1] if len(end) else 0) + np.repeat(self._start[facts] - end + size,
                                                                 size)
        return self._ids[at].tolist()


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
    heads = _Heads(totals)
    out = _larger_than_wholes(pairs, part, heads)
    # The sums, per total, as group sums.
    sums = pairs.groupby("id").agg(parts_low=("part_low", "sum"), parts_high=("part_high", "sum"),
                                   parts_vague=("vague_part", "any"),
                                   parts_pub=("pub_last_part", "max"))
    t = totals.set_index("id", drop=False).join(sums, how="inner")
    over = (t["parts_low"] > t["c_high"]).to_numpy()
    under = (t["c_low"] > t["parts_high"]).to_numpy()
    said = _PartsSaid(pairs, t["id"], over | under, part)
    complete = t["metric"].isin(df.loc[df["kind"].eq("all_parts"), "metric"]).to_numpy()
    out += _exceeded_totals(t, np.flatnonzero(over), said, heads)
    under = np.flatnonzero(under)
    out += _unexplained_totals(t, under, complete[under], said, heads)
    return out


class _Heads:
    """Each total's head and one-id tuple, made once and shared by the findings about it."""

    def __init__(self, totals: pd.DataFrame) -> None:
        self._rows = totals.set_index("id", drop=False)
        self._made: dict = {}

    def of(self, ids: pd.Series) -> tuple[list[str], list[tuple[str]]]:
        """Per id of `ids`: the total's head and the tuple (id,)."""
        new = [i for i in pd.unique(ids) if i not in self._made]
        for r in records(self._rows.loc[new, ["id", "amount", "source", "as_of"]]):
            self._made[r.id] = (head(r), (r.id,))
        made = [self._made[i] for i in ids.tolist()]
        return [h for h, _ in made], [one for _, one in made]


class _PartsSaid:
    """Per total a finding is about (by its row in the totals): its parts' names, joined when
    the message is shown, and the ids of their figures, in the order of `pairs`; one gather
    gives the ids of all the totals."""

    def __init__(self, pairs: pd.DataFrame, total_ids: pd.Series, needed: np.ndarray,
                 part: PartFacts) -> None:
        row = pd.Index(total_ids).get_indexer(pairs["id"])
        keep = np.flatnonzero(needed[row])
        # Each total's parts together, in pairs' order within it: stable by the total's row.
        keep = keep[np.argsort(row[keep], kind="stable")]
        row = row[keep]
        fact = pairs["part_grp"].to_numpy()[keep]
        self.names = pairs["metric_part"].to_numpy()[keep].tolist()
        self._ids = part.gather(fact)
        # Per row of the totals: where its parts start in `names`, and its ids in `_ids`.
        first = np.searchsorted(row, np.arange(len(total_ids) + 1))
        self.name_at = first.tolist()
        self.id_at = np.r_[0, np.cumsum(part.size(fact))][first].tolist()

    def names_of(self, row: int) -> list[str]:
        """The part metrics of the total at this row of the totals, in order."""
        return self.names[self.name_at[row]:self.name_at[row + 1]]

    def ids(self, row: int) -> tuple[str, ...]:
        """The ids of the parts of the total at this row of the totals."""
        return tuple(self._ids[self.id_at[row]:self.id_at[row + 1]])


def _larger_than_wholes(pairs: pd.DataFrame, part: PartFacts, heads: _Heads) -> list[F.Finding]:
    """One finding per (total, part) where the part alone is larger than the total."""
    w = pairs.loc[pairs["part_low"] > pairs["c_high"], WHOLE_READS]
    if w.empty:
        return []
    n = len(w)
    part_low, c_high = w["part_low"].to_numpy(float), w["c_high"].to_numpy(float)
    severity = np.where(w["vague"].to_numpy(bool) | w["vague_part"].to_numpy(bool),
                        "low", "high").tolist()
    head_of, one_of = heads.of(w["id"])
    ids_of = list(map(part.ids, w["part_grp"].tolist()))
    name, low, high, c_low, c_hi, unit = _values(w, "metric_part", "part_low", "part_high",
                                                 "c_low", "c_high", "c_unit")
    words = list(map(partial, repeat(_larger_than_whole), name, ids_of, low, high, c_low, c_hi,
                     unit))
    # Every part here lies above its whole: its gap is against [c_high, c_high].
    gap = F.point_gaps(part_low, c_high, c_high)[0].tolist()
    evidence = F.Evidence.many(n, check="parts_totals", rule=WHOLE_RULE, detail=words,
                               against=ids_of, low=c_low, high=c_hi, expected_low=low,
                               expected_high=high, unit=unit, gap=gap)
    return F.Finding.many(n, severity=severity, metric=w["metric"].tolist(), flagged=one_of,
                          subject=one_of, head=head_of, evidence=list(zip(evidence)))


def _exceeded_totals(t: pd.DataFrame, at: np.ndarray, said: _PartsSaid,
                     heads: _Heads) -> list[F.Finding]:
    """One finding per total (rows `at` of `t`) whose parts, summed, exceed it."""
    if not len(at):
        return []
    n = len(at)
    over = t.iloc[at]
    vague = over["vague"].to_numpy(bool) | over["parts_vague"].to_numpy(bool)
    # The parts lie above the total: their gap is against [c_high, c_high].
    c_high = over["c_high"].to_numpy(float)
    gap = F.point_gaps(over["parts_low"].to_numpy(float), c_high, c_high)[0].tolist()
    severity = np.where(vague, "low", "high").tolist()
    head_of, one_of = heads.of(over["id"])
    rows = at.tolist()
    ids = list(map(said.ids, rows))
    metric, low, high, unit, p_low, p_high = _values(over, "metric", "c_low", "c_high", "c_unit",
                                                     "parts_low", "parts_high")
    # Plain values in the callable: a record pickles (Dask's workers send them). The two dates
    # as the objects the message words them from.
    words = list(map(partial, repeat(_exceeded), metric, low, high, unit,
                     map(said.names_of, rows), ids, p_low, p_high, gap, vague.tolist(),
                     over["pub_last"].astype(object).tolist(),
                     over["parts_pub"].astype(object).tolist()))
    evidence = F.Evidence.many(n, check="parts_totals", rule=RULE, detail=words, against=ids,
                               low=low, high=high, expected_low=p_low, expected_high=p_high,
                               unit=unit, gap=gap)
    return F.Finding.many(n, severity=severity, metric=metric, flagged=one_of, subject=one_of,
                          head=head_of, evidence=list(zip(evidence)))


def _unexplained_totals(t: pd.DataFrame, at: np.ndarray, complete: np.ndarray,
                        said: _PartsSaid, heads: _Heads) -> list[F.Finding]:
    """One finding per total (rows `at` of `t`) above the sum of its parts: low when the file
    marks the parts as all of it, else an info note (most often a part the articles never
    mention)."""
    if not len(at):
        return []
    n = len(at)
    under = t.iloc[at]
    # An info note has no gap: the total may well be right.
    # The total lies above its parts: its gap is against [parts_high, parts_high].
    parts_high = under["parts_high"].to_numpy(float)
    gap = np.where(complete, F.point_gaps(under["c_low"].to_numpy(float), parts_high,
                                          parts_high)[0], 1.0).tolist()
    head_of, one_of = heads.of(under["id"])
    rows = at.tolist()
    ids = list(map(said.ids, rows))
    all_parts = complete.tolist()
    metric, low, high, unit, p_low, p_high = _values(under, "metric", "c_low", "c_high",
                                                     "c_unit", "parts_low", "parts_high")
    words = list(map(partial, repeat(_unexplained), metric, low, high, unit,
                     map(said.names_of, rows), ids, p_high, all_parts))
    evidence = F.Evidence.many(n, check="parts_totals", rule=RULE, detail=words, against=ids,
                               low=low, high=high, expected_low=p_low, expected_high=p_high,
                               unit=unit, gap=gap)
    return F.Finding.many(n, severity=np.where(complete, "low", "info").tolist(), metric=metric,
                          flagged=[one if x else () for one, x in zip(one_of, all_parts)],
                          subject=one_of, head=head_of, evidence=list(zip(evidence)))


def _values(frame: pd.DataFrame, *columns: str) -> list[list]:
    """These columns as lists of plain values (floats, not numpy scalars)."""
    return [frame[c].tolist() for c in columns]


def _exceeded(metric: str, low: float, high: float, unit: str, names: list[str],
              ids: tuple[str, ...], parts_low: float, parts_high: float, gap: float, vague: bool,
              pub, parts_pub) -> str:
    """The sentence on a total its parts exceed, rendered when its finding is shown."""
    return (f"it gives {metric} as {fmt.interval(low, high, unit)}, but its "
            f"parts stated by then ({', '.join(names)}: {', '.join(ids)}) add up to "
            f"at least {fmt.compact(parts_low)} {unit}, "
            f"{F.gap_words(gap, 'above')} the total"
            + ("; the total or a part is vague, so this is weak evidence" if vague else "")
            + _which_side(low, high, parts_low, parts_high, pub, parts_pub) + ".")


def _unexplained(metric: str, low: float, high: float, unit: str, names: list[str],
                 ids: tuple[str, ...], parts_high: float, all_parts: bool) -> str:
    """The sentence on a total above its parts, rendered when its finding is shown."""
    known = (f"it gives {metric} as {fmt.interval(low, high, unit)}; its "
             f"known parts ({', '.join(names)}: {', '.join(ids)}) add up to at most "
             f"{fmt.compact(parts_high)} {unit}, leaving at least "
             f"{fmt.compact(low - parts_high)} {unit}")
    if all_parts:
        return (f"{known} unexplained, though the file marks these parts as all of it "
                f"(kind all_parts).")
    return (f"parts not all stated: {known} to parts the figures at hand do not "
            f"state (kind all_parts on the total says these are all of it).")


def _larger_than_whole(part: str, ids: tuple[str, ...], low: float, high: float,
                       whole_low: float, whole_high: float, unit: str) -> str:
    """The sentence on a part larger than its whole, rendered when its finding is shown."""
    return (f"the part {part} ({', '.join(ids)}: {fmt.interval(low, high, unit)}) is larger "
            f"than its whole ({fmt.interval(whole_low, whole_high, unit)}).")


def _which_side(low: float, high: float, parts_low: float, parts_high: float, pub,
                parts_pub) -> str:
    """Which side of a total exceeded by its parts the later and the more precisely stated
    evidence supports, in words for the message."""
    words = []
    if pub != parts_pub:
        later = "parts" if parts_pub > pub else "total"
        words.append(f"the {later} {'are' if later == 'parts' else 'is'} published later "
                     f"({_day(max(pub, parts_pub))}, the "
                     f"{'total' if later == 'parts' else 'parts'} by "
                     f"{_day(min(pub, parts_pub))})")
    else:
        later = ""
    total_w = _width(low, high)
    parts_w = _width(parts_low, parts_high)
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
