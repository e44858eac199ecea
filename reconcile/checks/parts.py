"""Parts and totals: the parts of a metric up to a date must fit each total stated at that date.

Each part metric counts once, through what its agreeing original figures share (restatements never
vote), in the reference currency of the family of metrics. Parts that sum above a total are an
error: on the parts the fewest sources state when more sources, by the margin, state the total
alike, the total is rounded at least as finely as those parts, they are not published later and
the other parts fit it (each total so cleared keeps an info note); else on the total, with the
side the later and the more precise evidence supports; an info note, for every statement of the
total, when two or more sources (articles) state the total and every part alike (the articles repeat
the same figures, most likely the source's own, of a scope that may differ).
Parts the sources state as two or more breakdowns of one total (by kind and by payer), each
meeting it and one another, are not summed across breakdowns (`breakdowns`); each total so read
keeps an info note naming them.
A total above its known parts is most often a part the articles do not mention: an info note
("parts not all stated"), or a low finding when the file marks the total `all_parts`. A single
part above its whole is an error whatever the others say: the whole's, unless the part is blamed
for its sum.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import chain, repeat

import numpy as np
import pandas as pd

from currency import formatting as fmt
from reconcile.checks import breakdowns, check, common
from reconcile.checks.later import Later
from reconcile.checks.part_of import part_of_cells
from reconcile.model import findings as F

RULE = "parts_totals: sum of parts (as_of on or before the total's) must meet each total"
WHOLE_RULE = "parts_totals: a part can never exceed its whole"
SEVERITY = np.array(["high", "low", "info"], dtype=object)
# A part is blamed only when more than this many times its sources state the total: sources are
# counted by file and copies merged only when alike in text and day, so one wire in two
# languages, or reprinted the next day, still counts twice and must not outvote one article's
# parts.
_TOTAL_OVER_PART = 2


class PartFacts:
    """The part facts as arrays, numbered 0.. in the order of their group numbers: one per group
    of agreeing original figures of a metric some `part_of` names (its consensus interval, its
    metric code and unit, its earliest date, its latest publication, the ids of its figures in
    file order)."""

    def __init__(self, df: pd.DataFrame, rows: np.ndarray, metric: np.ndarray) -> None:
        # `rows`: the positions of the agreeing original figures of part metrics, in file order.
        grp = df["grp"].to_numpy(float)[rows]
        order = np.argsort(grp, kind="stable")
        rows, grp = rows[order], grp[order]
        first = np.flatnonzero(np.r_[True, grp[1:] != grp[:-1]]) if len(rows) else rows
        count = np.diff(np.r_[first, len(rows)])
        # Each fact's ids as one tuple, shared by the findings that name the fact.
        self.ids = _split(df["id"].to_numpy()[rows].tolist(), count)
        # A fact is one metric and unit: its first figure's; its consensus is one per group.
        self.metric, self.unit = metric[rows[first]], df["c_unit"].to_numpy()[rows[first]]
        self.low = df["cons_low"].to_numpy(float)[rows[first]]
        self.high = df["cons_high"].to_numpy(float)[rows[first]]
        # Missing dates skipped, as a group minimum skips them (fmin and fmax pass over NaT).
        self.first = _reduce(np.fmin, df["as_of_first"].to_numpy()[rows], first)
        self.last = _reduce(np.fmax, df["as_of_last"].to_numpy()[rows], first)
        self.pub, latest = _latest(df["pub_last"].to_numpy()[rows], first)
        # The publication date as its figure writes it (a month stays a month in the message).
        self.pub_said = df["published"].to_numpy(object)[rows][latest]
        self.vague = _reduce(np.logical_and, df["vague"].to_numpy(bool)[rows], first)
        # Each fact's group and its first figure's position, for the side a sum blames.
        self.grp, self.row = grp[first], rows[first]
        # Where each fact's figures are, for the sources that state it (`figures_of`).
        self._pos, self._start, self._count = rows, first, count

    def figures_of(self, fact: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The positions of these facts' figures, fact after fact, and how many each has."""
        count = self._count[fact]
        return self._pos[_ranges(self._start[fact], count)], count

    def __len__(self) -> int:
        return len(self.ids)


class _Relation:
    """Which metric is a part of which total, as metric codes: each (part, total) once."""

    def __init__(self, part_of: pd.Series, metric: np.ndarray, metrics: pd.Index) -> None:
        cell, keys = part_of_cells(part_of)
        # Each distinct (metric, cell) once, then each total its cell names, looked up by name
        # once; a name no figure has totals nothing.
        n, n_cells = len(metrics), len(keys)
        # Each distinct (metric, cell) once. Nearly every metric has one cell: one of its rows'
        # (`some`) stands for it, and only the rows naming another cell are hashed.
        some = np.full(n + 1, -1)
        some[metric] = cell
        other = cell != some[metric]
        pair = pd.unique(np.concatenate([
            np.arange(n, dtype=np.int64) * (n_cells + 1) + some[:n] + 1,
            metric[other].astype(np.int64) * (n_cells + 1) + cell[other] + 1]))
        part, cell = pair // (n_cells + 1), pair % (n_cells + 1) - 1
        count = np.array([len(ks) for ks in keys] + [0], dtype=np.int64)    # no cell: none
        names = pd.Index([k for ks in keys for k in ks], dtype=object)
        total = metrics.get_indexer(names)[_ranges((np.cumsum(count) - count)[cell], count[cell])]
        part = np.repeat(part, count[cell])
        keep = (part >= 0) & (total >= 0)
        pair = _distinct(part[keep] * n + total[keep])
        self.part, self.total = pair // n, pair % n
        self.is_part = np.zeros(n + 1, bool)   # one more: code -1 (no metric) is in none
        self.is_part[self.part] = True
        self.is_total = np.zeros(n + 1, bool)
        self.is_total[self.total] = True

    def parts_of(self, totals: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each (position in `totals`, part metric) for these total metric codes."""
        order = np.argsort(self.total, kind="stable")
        by_total, part = self.total[order], self.part[order]
        lo = np.searchsorted(by_total, totals, "left")
        count = np.searchsorted(by_total, totals, "right") - lo
        at = _ranges(lo, count)
        return np.repeat(np.arange(len(totals)), count), part[at]


@check("parts_totals",
       rule=('the parts of a metric (each counted once, by its agreeing original figures) '
             "stated by a total's date must fit it: parts above the total, or one part above "
             'its whole, are errors, and the message says which side the later publication '
             'and the more precise statement favour; parts above a total are blamed on the '
             'parts the fewest sources state (and not on the total, even when a part alone '
             f'exceeds it) when more than {_TOTAL_OVER_PART} times as many state the total '
             "alike, the total's figure is rounded at least as finely as each of those parts, they "
             'are not published later, some part is not among them and the other parts alone '
             'fit the total (a source counts once, and so do copies: the same amount text on '
             "the same publication date; of the total's figures only those whose range "
             "excludes the parts' sum), and each total so cleared gets an info note; parts the "
             'sources state as two or more breakdowns of the total (each source\'s parts, alone '
             'meeting the total and holding no open part, are one; no two share a part, '
             "together they hold every part, they meet one another and all the parts' as_of "
             'periods share a day) are not summed: each meets it, and the total '
             'gets an info note naming them; a total above its parts is "parts not all '
             'stated"'),
       severity=("high (low when vague; info, for every statement of the total, when two or "
                 "more sources state the total and every part alike: the sources repeat the "
                 "same figures, which may differ in scope); parts not all "
                 "stated info, low when the total's "
                 'figure has kind `all_parts`; a total cleared by a blamed part, or read as '
                 'broken down more than one way, info'))
def parts_and_totals(df: pd.DataFrame, ctx) -> F.Found | list:
    """Findings where the parts of a total do not fit it."""
    # The metric as codes, factorized once.
    metric, metrics = pd.factorize(df["metric"])
    rel = _Relation(df["part_of"], metric, metrics)
    original = df["role"].to_numpy() == "original"     # numpy's ==: a third of pandas' eq
    agrees = df["agrees"].fillna(False).to_numpy(bool)
    part_rows = np.flatnonzero(original & agrees & rel.is_part[metric])
    part = PartFacts(df, part_rows, metric)
    t = _Totals(df, np.flatnonzero(original & rel.is_total[metric]), metric)
    if not len(t.rows) or not len(part):
        return []
    total, fact = _latest_parts(t, part, rel)
    if not len(total):          # every part stated after its totals
        return []
    sums = _Sums(t, part, total, fact)
    cleared, read = _two_breakdowns(df, t, part, sums, metrics)
    sums.over[cleared], sums.broken_down[cleared] = False, True
    over = np.flatnonzero(sums.over)
    blame = _blamed_parts(df, t, part, sums, over, original & agrees)
    out = [_larger_than_wholes(t, part, *_unblamed(total, fact, blame), metrics)]
    said = _PartsSaid(sums, part, metrics)
    # The total metrics some figure (of any role) marks `all_parts`.
    complete = np.zeros(len(metrics) + 1, bool)
    some_total = np.flatnonzero(rel.is_total[metric])
    complete[metric[some_total[df["kind"].to_numpy()[some_total] == "all_parts"]]] = True
    out.append(_exceeded_totals(t, part, sums, over[~blame.by_part], said, metric))
    out.append(_exceeded_parts(df, t, part, sums, over, blame, metrics))
    out.append(_cleared_totals(t, part, sums, over, blame, said, metrics))
    out.append(_split_totals(t, sums, cleared, read, said))
    under = np.flatnonzero(sums.under)
    out.append(_unexplained_totals(t, sums, under, complete[t.metric[sums.total[under]]], said))
    return F.Found([F.Pieces.of(out)])


class _Totals:
    """The original figures of total metrics (by their position among them), with each one's
    head and one-id tuple made once and shared by the findings about it."""

    def __init__(self, df: pd.DataFrame, rows: np.ndarray, metric: np.ndarray) -> None:
        self.rows, self.metric = rows, metric[rows]
        self.unit = df["c_unit"].to_numpy()[rows]
        self.last = df["as_of_last"].to_numpy()[rows]
        self.vague = df["vague"].to_numpy(bool)[rows]
        self.low = df["c_low"].to_numpy(float)[rows]
        self.high = df["c_high"].to_numpy(float)[rows]
        self.pub = df["pub_last"].to_numpy()[rows]
        self.pub_said = df["published"].to_numpy(object)[rows]
        # What the other figures of its fact say, for a total outside their consensus.
        self.outlier = df["status"].to_numpy(object)[rows] == "outlier"
        self.cons_low = df["cons_low"].to_numpy(float)[rows]
        self.cons_high = df["cons_high"].to_numpy(float)[rows]
        self._df = df
        # Each total's head and (id,), made when a finding first names it.
        self._head = np.empty(len(rows), object)
        self._one = np.empty(len(rows), object)
        self._made = np.zeros(len(rows), bool)

    def column(self, name: str, at: np.ndarray) -> list:
        """A column of the evidence table at these totals (by position), as plain values."""
        return self._df[name].to_numpy()[self.rows[at]].tolist()

    def heads(self, at: np.ndarray) -> tuple[list[F.Head], list[tuple[str]]]:
        """Per total of `at`: its head and the tuple (id,)."""
        new = pd.unique(at[~self._made[at]])
        fid, amount, source, as_of = (self.column(c, new) for c in ("id", "amount", "source",
                                                                     "as_of"))
        self._head[new] = F.object_cells(common.heads(fid, amount, source, as_of))
        self._one[new] = F.object_cells(zip(fid))
        self._made[new] = True
        return self._head[at].tolist(), self._one[at].tolist()


def _latest_parts(t: _Totals, part: PartFacts, rel: _Relation) -> tuple[np.ndarray, ...]:
    """Each (total, part fact) that counts: per total and part metric, the latest fact of that
    metric in the total's unit stated by the total's date (the highest-numbered of those stated
    at the latest first date), ordered by the fact's date, then the total, then the fact."""
    # The facts in order of (part metric, unit), date, number; each looked up by one search.
    stated = np.flatnonzero(~np.isnat(part.first))
    day, days = pd.factorize(part.first[stated], sort=True)
    # The units as codes, of the facts and the totals together; a missing unit meets only a
    # missing one, as in a merge.
    unit, units = pd.factorize(np.concatenate([part.unit, t.unit]))
    part_unit, total_unit = unit[:len(part)], unit[len(part):]
    n_units = len(units) + 1
    group = part.metric[stated].astype(np.int64) * n_units + part_unit[stated] + 1
    g, groups = pd.factorize(group, sort=True)
    key = g.astype(np.int64) * (len(days) + 1) + day + 1
    order = np.argsort(key, kind="stable")
    key, stated = key[order], stated[order]
    # Per (total, part metric): the last fact at or before the total's date in its group.
    total, part_metric = rel.parts_of(t.metric)
    wanted = part_metric.astype(np.int64) * n_units + total_unit[total] + 1
    g = np.searchsorted(groups, wanted)
    known = (g < len(groups)) & ~np.isnat(t.last[total])
    known[known] = groups[g[known]] == wanted[known]
    total, g = total[known], g[known]
    by = np.searchsorted(days, t.last[total], "right")     # days on or before the total's
    at = np.searchsorted(key, g.astype(np.int64) * (len(days) + 1) + by, "right") - 1
    found = at >= 0
    found[found] = key[at[found]] // (len(days) + 1) == g[found]
    total, fact = total[found], stated[at[found]]
    order = np.lexsort((fact, total, part.first[fact]))
    return total[order], fact[order]


class _Sums:
    """Per total with parts (`total`, ascending): its parts' sums, whether one is vague, their
    latest publication, and whether they exceed the total (`over`) or fall short of it
    (`under`); its parts (`fact`) together, in the order of the pairs, from `start`."""

    def __init__(self, t: _Totals, part: PartFacts, total: np.ndarray, fact: np.ndarray) -> None:
        by = np.argsort(total, kind="stable")
        self.fact, pair_total = fact[by], total[by]
        self.start = np.flatnonzero(np.r_[True, pair_total[1:] != pair_total[:-1]])
        self.total = pair_total[self.start]
        # pandas' group sum, in the pairs' order within a total: the same summation as the
        # rule's, so the same last bits.
        self.low, self.high = (pd.Series(x[fact]).groupby(total).sum().to_numpy()
                               for x in (part.low, part.high))
        self.vague = np.logical_or.reduceat(part.vague[self.fact], self.start)
        self.pub, latest = _latest(part.pub[self.fact], self.start)
        self.pub_said = part.pub_said[self.fact[latest]]
        self.over = self.low > t.high[self.total]
        self.under = t.low[self.total] > self.high
        self.size = np.diff(np.r_[self.start, len(self.fact)])     # each total's parts
        self.broken_down = np.zeros(len(self.total), bool)  # read as breakdowns (`_two_breakdowns`)


class _PartsSaid:
    """Per total a finding is about (by its row in the sums): its parts' names, joined when the
    message is shown, and the ids of their figures, in the order of the pairs."""

    def __init__(self, sums: _Sums, part: PartFacts, metrics: pd.Index) -> None:
        size = sums.size
        said = sums.over | sums.under | sums.broken_down
        fact = sums.fact[np.repeat(said, size)]
        self.names = metrics.take(part.metric[fact]).tolist()
        self._ids = part.ids.take(fact).tolist()
        # Per row of the sums: where its parts start in `names` and `_ids`.
        self.at = np.r_[0, np.cumsum(np.where(said, size, 0))].tolist()

    def names_of(self, row: int) -> list[str]:
        """The part metrics of the total at this row of the sums, in order."""
        return self.names[self.at[row]:self.at[row + 1]]

    def ids(self, row: int) -> tuple[str, ...]:
        """The ids of the parts of the total at this row of the sums."""
        return tuple(chain.from_iterable(self._ids[self.at[row]:self.at[row + 1]]))


def _two_breakdowns(df: pd.DataFrame, t: _Totals, part: PartFacts, sums: _Sums,
                    metrics: pd.Index) -> tuple[np.ndarray, list]:
    """The rows of the sums above their totals whose parts the sources state as two or more
    breakdowns that each meet the total and one another (`breakdowns`): each fits, so their sum
    says nothing. Per row, its breakdowns: the sources, the parts' names, the sum."""
    total = sums.total
    # Each sum's parts' as_of periods: a part without a date is passed over (fmax, fmin skip
    # NaT); a sum with none is never asked.
    latest_first = np.fmax.reduceat(part.first[sums.fact], sums.start)
    earliest_last = np.fmin.reduceat(part.last[sums.fact], sums.start)
    ask = np.flatnonzero(sums.over & breakdowns.may_be_breakdowns(
        sums.size, sums.high, t.low[total], t.vague[total], latest_first, earliest_last))
    if not len(ask):
        return ask, []
    pairs, place, _ = _members(sums, ask)
    # The sources of each part, found once per part (many totals' figures share their parts).
    facts, at = np.unique(sums.fact[pairs], return_inverse=True)
    figures, per_fact = part.figures_of(facts)
    source, sources = pd.factorize(df["source"].to_numpy(object)[figures])
    n = len(sources)
    # Each (part, source) once: a source stating a part twice states it once.
    stated = np.unique(np.repeat(np.arange(len(facts), dtype=np.int64), per_fact) * n + source)
    start = np.searchsorted(stated, at * n)
    n_sources = np.searchsorted(stated, (at + 1) * n) - start
    # One row per source of each part of each asked sum: its sum, the part's place, the part.
    fact = np.repeat(sums.fact[pairs], n_sources)
    found = breakdowns.met_by_each(
        np.repeat(np.repeat(np.arange(len(ask)), sums.size[ask]), n_sources), sums.size[ask],
        np.repeat(place, n_sources), stated[_ranges(start, n_sources)] % n, part.low[fact],
        part.high[fact], t.low[total[ask]], t.high[total[ask]])
    cleared = ask[found.cleared]
    return cleared, _breakdowns_read(sums, part, metrics, ask, found, sources)


def _breakdowns_read(sums: _Sums, part: PartFacts, metrics: pd.Index, ask: np.ndarray,
                     found: breakdowns.Split, sources: pd.Index) -> list:
    """Per sum cleared as breakdowns, in order: each breakdown's sources (by name, from their
    codes), its parts' names in the sum's order, its sum's low and high."""
    if not found.of:
        return []
    r = ask[np.asarray(found.of, np.int64)]
    pairs, place, begin = _members(sums, r)
    held = (np.repeat(np.asarray(found.mask, np.int64), sums.size[r]) >> place) & 1 == 1
    names = _split(metrics.take(part.metric[sums.fact[pairs[held]]]).tolist(),
                   np.add.reduceat(held, begin))
    said = list(zip((tuple(sources[list(x)]) for x in found.sources), names.tolist(),
                    found.low, found.high))
    cut = np.flatnonzero(np.r_[True, r[1:] != r[:-1]]).tolist() + [len(r)]
    return [said[a:b] for a, b in zip(cut[:-1], cut[1:])]


def _larger_than_wholes(t: _Totals, part: PartFacts, total: np.ndarray, fact: np.ndarray,
                        metrics: pd.Index) -> F.Pieces | list:
    """One finding per (total, part) where the part alone is larger than the total."""
    big = part.low[fact] > t.high[total]
    if not big.any():
        return []
    total, fact = total[big], fact[big]
    n = len(total)
    severity = SEVERITY.take((t.vague[total] | part.vague[fact]).astype(np.intp)).tolist()
    head_of, one_of = t.heads(total)
    # Every part here lies above its whole: its gap is against [c_high, c_high].
    whole = t.high[total]
    gap = common.shared_floats(common.per_distinct(F.point_gaps, part.low[fact], whole,
                                                   whole)[0])
    # What a part and a whole say, made once per fact and per total and shared by the findings
    # (and sentences) that name it: a total has 6.7 of these findings on average at 1M figures.
    low, high, c_low, c_high = (x.astype(object) for x in (part.low, part.high, t.low, t.high))
    said_part = F.object_cells(zip(metrics.take(part.metric).tolist(), part.ids.tolist(),
                             low.tolist(), high.tolist()))
    said_whole = F.object_cells(zip(c_low.tolist(), c_high.tolist(), t.unit.tolist()))
    words = list(map(Later, zip(repeat(_larger_than_whole), said_part.take(fact).tolist(),
                                said_whole.take(total).tolist())))
    evidence = F.Evidence.many(n, check="parts_totals", rule=WHOLE_RULE, detail=words,
                               against=part.ids.take(fact).tolist(),
                               low=c_low.take(total).tolist(), high=c_high.take(total).tolist(),
                               expected_low=low.take(fact).tolist(),
                               expected_high=high.take(fact).tolist(),
                               unit=t.unit[total].tolist(), gap=gap)
    return F.Pieces(n, severity=severity, metric=t.column("metric", total), flagged=one_of,
                    subject=one_of, head=head_of, evidence=list(zip(evidence)))


@dataclass(frozen=True)
class _OnTotals:
    """What every finding on a total reads, for rows of the sums: the total's heads and cells,
    its parts' ids and names, their sum."""
    rows: list
    head_of: list
    one_of: list
    ids: list
    names: list
    metric: list
    unit: list
    low: list
    high: list
    p_low: list
    p_high: list

    def evidence(self, words: list, gap: list) -> list:
        """The findings' evidence: the total against its parts' sum."""
        return F.Evidence.many(len(self.rows), check="parts_totals", rule=RULE, detail=words,
                               against=self.ids, low=self.low, high=self.high,
                               expected_low=self.p_low, expected_high=self.p_high,
                               unit=self.unit, gap=gap)


def _on_totals(t: _Totals, sums: _Sums, said: _PartsSaid, at: np.ndarray) -> _OnTotals:
    """`_OnTotals` of rows `at` of the sums."""
    total, rows = sums.total[at], at.tolist()
    return _OnTotals(rows, *t.heads(total), list(map(said.ids, rows)),
                     list(map(said.names_of, rows)), t.column("metric", total),
                     t.unit[total].tolist(), t.low[total].tolist(), t.high[total].tolist(),
                     sums.low[at].tolist(), sums.high[at].tolist())


def _exceeded_totals(t: _Totals, part: PartFacts, sums: _Sums, at: np.ndarray,
                     said: _PartsSaid, metric: np.ndarray) -> F.Pieces | list:
    """One finding per total (rows `at` of the sums) whose parts, summed, exceed it."""
    if not len(at):
        return []
    n = len(at)
    total = sums.total[at]
    vague = t.vague[total] | sums.vague[at]
    # The parts lie above the total: their gap is against [c_high, c_high].
    gap = F.point_gaps(sums.low[at], t.high[total], t.high[total])[0].tolist()
    c = _on_totals(t, sums, said, at)
    repeated = _by_breakdown(t, sums, at, _repeated(t, part, sums, at, metric))
    # Plain values in the callable: a record pickles (Dask's workers send them). The two dates
    # as the objects the message words them from.
    words = list(map(Later, zip(repeat(_exceeded), c.metric, c.low, c.high, c.unit, c.names,
                                c.ids, c.p_low, c.p_high, gap, vague.tolist(),
                                zip(_timestamps(t.pub[total]), t.pub_said[total].tolist()),
                                zip(_timestamps(sums.pub[at]), sums.pub_said[at].tolist()),
                                _others_fit(t, sums, at), repeated.tolist())))
    # A repeated breakdown is a note: the sources agree, only the scope of their figures may not;
    # like every note, it flags nothing and has no gap.
    noted = repeated >= _REPEATED_BY
    level = np.where(noted, 2, vague.astype(np.intp))
    gap = np.where(noted, 1.0, gap).tolist()
    return F.Pieces(n, severity=SEVERITY.take(level).tolist(), metric=c.metric,
                    flagged=[() if x else one for one, x in zip(c.one_of, noted.tolist())],
                    subject=c.one_of, head=c.head_of, evidence=list(zip(c.evidence(words, gap))))


def _repeated(t: _Totals, part: PartFacts, sums: _Sums, at: np.ndarray,
              metric: np.ndarray) -> np.ndarray:
    """Per total of `at` (rows of the sums): how many sources, its own among them (counted by
    file: outlets copying one release is what this counts), state the total and every one of
    its parts alike, each by a figure of that metric within the figure's rounding, in
    its unit (the figures of the family only, as an engine that splits the table by family sees
    them); 0 when fewer than `_REPEATED_BY` do (a lower count says nothing: every reader
    compares it with `_REPEATED_BY`). A
    breakdown above its total that many articles repeat is most often the parties' own figures
    of different scope (an enterprise value and cash against a price), which every outlet
    copies, not one reporter's slip."""
    df = t._df
    source = df["source"].to_numpy(object)
    lo, hi = df["c_low"].to_numpy(float), df["c_high"].to_numpy(float)
    # Only figures that state an amount count: an open ("up to") or vague one meets anything.
    original = np.flatnonzero((df["role"].to_numpy() == "original") & np.isfinite(hi) & (lo > 0)
                              & ~df["vague"].to_numpy(bool))
    count = np.zeros(len(at), np.int64)
    if not len(at) or not len(original):
        return count
    # The search below weighs only the totals that may reach `_REPEATED_BY` (the others count
    # under it, so 0): at a million figures nearly every metric is one source's.
    may = _may_repeat(t, part, sums, at, metric[original], source[original])
    if may.any():
        found = _repeated_search(t, part, sums, at[may], metric, original)
        count[may] = np.where(found >= _REPEATED_BY, found, 0)
    return count


def _may_repeat(t: _Totals, part: PartFacts, sums: _Sums, at: np.ndarray, of: np.ndarray,
                source: np.ndarray) -> np.ndarray:
    """Per total of `at`: whether the total's metric and each of its parts' metrics have figures
    (`of`, `source`: the metric codes and sources of the originals the search weighs) in two
    or more sources. A source counts for a total only by stating the total and every part, each
    by a figure of that metric, so a metric stated in one source (or none) leaves every total
    needing it at most one: the condition is necessary, and the totals failing it count 0."""
    # Per metric, some figure of it (whichever the assignment keeps); a metric is in two or more
    # sources when any figure's source is another than that one's. Missing sources are one
    # source, as in the search (`_source_codes`): compared by their being missing.
    # One slot past the codes: an original of no metric (code -1) lands there, no total's.
    n = max(int(of.max()), int(t.metric.max()), int(part.metric.max())) + 2
    some = np.empty(n, np.int64)
    some[of] = np.arange(len(of))
    theirs = source[some[of]]
    missing, their_missing = pd.isna(source), pd.isna(theirs)
    other = np.where(missing | their_missing, missing != their_missing, source != theirs)
    many = np.zeros(n, bool)
    many[of[other]] = True
    pairs, _, begin = _members(sums, at)
    return many[t.metric[sums.total[at]]] & np.logical_and.reduceat(
        many[part.metric[sums.fact[pairs]]], begin)


def _repeated_search(t: _Totals, part: PartFacts, sums: _Sums, at: np.ndarray,
                     metric: np.ndarray, original: np.ndarray) -> np.ndarray:
    """Per total of `at`: how many sources state it and every part alike (`_repeated`), any
    count, weighed against the originals at positions `original`."""
    df = t._df
    unit, source = df["c_unit"].to_numpy(object), df["source"].to_numpy(object)
    lo, hi = df["c_low"].to_numpy(float), df["c_high"].to_numpy(float)
    # What each total of `at` wants stated: itself (w = 0), then each of its parts (w = 1..),
    # one row each, in its total's unit.
    total = sums.total[at]
    size = sums.size[at]
    facts = sums.fact[_members(sums, at)[0]]
    k = np.repeat(np.arange(len(at)), size + 1)
    first = np.r_[0, np.cumsum(size + 1)[:-1]]
    is_total = np.zeros(len(k), bool)
    is_total[first] = True
    w = np.arange(len(k)) - np.repeat(first, size + 1)
    code = np.empty(len(k), object)
    low, high = np.empty(len(k)), np.empty(len(k))
    code[is_total], low[is_total], high[is_total] = (t.metric[total], t.low[total],
                                                     t.high[total])
    code[~is_total], low[~is_total], high[~is_total] = (part.metric[facts], part.low[facts],
                                                        part.high[facts])
    want_unit = np.repeat(unit[t.rows[total]], size + 1)
    # Each wanted statement meets the originals of its metric and unit (one number per pair of
    # them; a missing metric or unit equals nothing) that overlap it.
    n = len(k)
    codes, units = np.r_[code, metric[original]], np.r_[want_unit, unit[original]]
    pair = np.where(pd.isna(codes) | pd.isna(units), -1, _codes(codes, units))
    mine, theirs = pair[:n], pair[n:]
    # The originals sorted by pair, then by low end, keyed by both: a statement's candidates are
    # one run of that key, from the lowest low that may still reach it (its low less the widest
    # original of its pair) to the last low at or under its high, found by binary search. A
    # metric many articles state is not met whole by every statement.
    o_lo, o_hi = lo[original], hi[original]
    order = np.lexsort((o_lo, theirs))
    of, s_lo, s_hi = original[order], o_lo[order], o_hi[order]
    lows = np.unique(o_lo)
    stride = len(lows) + 1
    key = theirs[order] * stride + np.searchsorted(lows, s_lo)
    widest = pd.Series(o_hi - o_lo).groupby(theirs).max().reindex(mine).to_numpy()
    reach = (mine >= 0) & ~np.isnan(widest)
    start = np.searchsorted(key, mine * stride + np.searchsorted(lows, lowest_reaching(low, widest)),
                            "left")
    stop = np.searchsorted(key, mine * stride + np.searchsorted(lows, high, "right"), "left")
    # An inverted or unknown end leaves an empty run, never a negative one.
    count = np.where(reach, np.maximum(stop - start, 0), 0)
    src, n_src = _source_codes(source[of])
    wide = int((size + 1).max())
    # The pairs a slice at a time (memory), only the distinct (total, source, statement) kept.
    said = []
    ends = np.searchsorted(np.cumsum(count), np.arange(_PAIRS_AT_ONCE, count.sum() + 1,
                                                       _PAIRS_AT_ONCE), "right")
    for chunk in np.split(np.arange(n), ends):
        at_ = _ranges(start[chunk], count[chunk])
        want = np.repeat(chunk, count[chunk])
        meets = (s_lo[at_] <= high[want]) & (s_hi[at_] >= low[want])
        said.append(pd.unique((k[want[meets]] * n_src + src[at_[meets]]) * wide + w[want[meets]]))
    # The total and each part are of metrics of their own: a figure stands for one of them. A
    # source counts for a total when it states every one of its statements.
    stated = pd.Series(pd.unique(np.concatenate(said)) // wide).value_counts(sort=False)
    whole, stated = stated.index.to_numpy() // n_src, stated.to_numpy()
    return np.bincount(whole[stated == (size + 1)[whole]], minlength=len(at)).astype(np.int64)


def lowest_reaching(low: np.ndarray, widest: np.ndarray) -> np.ndarray:
    """The least low end an interval at most `widest` wide may have and still reach `low`: their
    difference, lowered by a few units in the last place, as the width was itself rounded (an
    original whose high end is `low` must never fall outside the run)."""
    bound = low - widest
    with np.errstate(invalid="ignore"):
        return bound - 4 * np.spacing(np.maximum(np.abs(low), np.abs(widest)))


# How many (statement, original) pairs `_repeated` weighs at once (memory, not speed).
_PAIRS_AT_ONCE = 500_000


def _source_codes(source: np.ndarray) -> tuple[np.ndarray, int]:
    """A number per source (a missing source one of its own) and how many there are."""
    codes, names = pd.factorize(source, use_na_sentinel=False)
    return codes.astype(np.int64), max(len(names), 1)


# A breakdown above its total that this many sources (articles) state alike is a note (info).
_REPEATED_BY = 2


def _by_breakdown(t: _Totals, sums: _Sums, at: np.ndarray, count: np.ndarray) -> np.ndarray:
    """Per total of `at` (rows of the sums): the most sources repeating any statement of its
    total metric with the same parts (`count`, per row). Each article restating the total meets
    the same repeated parts, so its finding is that repetition too, whatever its own rounding."""
    # Every count 0 (no total repeated, as at a million generated figures): so is every most.
    if not count.any():
        return count
    facts = _split(sums.fact[_members(sums, at)[0]].tolist(), sums.size[at])
    one = _codes(t.metric[sums.total[at]], facts)
    most = np.zeros(one.max() + 1, np.int64)
    np.maximum.at(most, one, count)
    return most[one]


def _codes(*cols) -> np.ndarray:
    """One code per row for the distinct combinations of `cols` (arrays of one length)."""
    return pd.DataFrame(dict(enumerate(cols))).groupby(list(range(len(cols))), sort=False,
                                                       dropna=False).ngroup().to_numpy()


def _of_facts(grp: np.ndarray, pos: np.ndarray, wanted: np.ndarray) -> tuple[np.ndarray, ...]:
    """The figures among positions `pos` of each group in `wanted`: their positions and, for
    each, its index in `wanted`."""
    order = np.argsort(grp[pos], kind="stable")
    by = grp[pos][order]
    start = np.searchsorted(by, wanted, "left")
    count = np.searchsorted(by, wanted, "right") - start
    return pos[order][_ranges(start, count)], np.repeat(np.arange(len(wanted)), count)


def _independent(df: pd.DataFrame, pos: np.ndarray, key: np.ndarray, n: int) -> np.ndarray:
    """Per key 0..n-1, how many sources state its figures (positions `pos`, with
    `key`): one source's figures count once, and so do figures with the same amount text and
    publication date in different sources (copies of one wire, reprints)."""
    # Not the agreement's witness (`common.article_codes`, a source on one date, never merged):
    # support only lets a total outvote a part, so what may be one voice counts once (a
    # source across its dates, copies, figures of no source together).
    if not len(pos):
        return np.zeros(n, np.int64)
    source = _codes(key, df["source"].to_numpy(object)[pos])
    copy = _codes(key, df["amount"].to_numpy(object)[pos], df["published"].to_numpy(object)[pos])
    # Sources joined through a shared copy are one: each source takes the least label of the
    # sources it shares a copy with, until none changes (a step or two: chains are short).
    label = np.arange(source.max() + 1)
    while True:
        by_copy = np.full(copy.max() + 1, len(label))
        np.minimum.at(by_copy, copy, label[source])
        new = label.copy()
        np.minimum.at(new, source, by_copy[copy])
        new = new[new]
        if (new == label).all():
            break
        label = new
    owner = np.zeros(len(label), np.int64)
    owner[label[source]] = key
    owner = owner[np.unique(label)]
    return np.bincount(owner, minlength=n)


class _Blame:
    """Which exceeded totals (rows `over` of the sums) are blamed on parts (`by_part`), which
    of their parts (`blamed`, a mask over `sums.fact`), the sources that state each
    total (`total`, per row of `over`) and each part (`part`, per pair; 0 where not asked), and
    the figures counted for a total (positions `pos`, with their row of `over` in `at`)."""

    def __init__(self, over: np.ndarray, pairs: int) -> None:
        self.by_part = np.zeros(len(over), bool)
        self.blamed = np.zeros(pairs, bool)
        self.total = np.ones(len(over), np.int64)
        self.part = np.zeros(pairs, np.int64)
        self.pos = self.at = np.zeros(0, np.int64)


def _blamed_parts(df: pd.DataFrame, t: _Totals, part: PartFacts, sums: _Sums, over: np.ndarray,
                  voters: np.ndarray) -> _Blame:
    """The parts blamed for sums above their totals: the parts stated by the fewest sources,
    when the total's outnumber them by the margin, the total is rounded at least as finely as
    each of them, they are not published later, some part is not among them and the others fit the total
    (`voters`: the agreeing original figures, a mask)."""
    out = _Blame(over, len(sums.fact))
    if not len(over):
        return out
    grp = df["grp"].to_numpy(float)
    rows = t.rows[sums.total[over]]
    # A total's support: its fact's agreeing original figures whose range excludes the parts'
    # sum (a figure that fits both sides leaves the vote). A total outside its fact's consensus
    # is left out: alone it is one source, under the margin, and never blames a part.
    agrees = np.flatnonzero(voters[rows])
    pos, at = _of_facts(grp, t.rows[voters[t.rows]], grp[rows[agrees]])
    at = agrees[at]
    excludes = ((df["c_high"].to_numpy(float)[pos] < sums.low[over[at]])
                | (df["c_low"].to_numpy(float)[pos] > sums.high[over[at]]))
    out.pos, out.at = pos[excludes], at[excludes]
    out.total = _independent(df, out.pos, out.at, len(over))
    # A part has at least one source, so only a total more than the margin's sources state can
    # pass the margin below: the others are not asked for their parts' sources.
    ask = out.total > _TOTAL_OVER_PART
    if not ask.any():
        return out
    size = sums.size
    over, total = over[ask], out.total[ask]
    pairs, _, cut = _members(sums, over)
    facts = _distinct(sums.fact[pairs])
    figures, per_fact = part.figures_of(facts)
    support = _independent(df, figures, np.repeat(np.arange(len(facts)), per_fact), len(facts))
    out.part[pairs] = support[np.searchsorted(facts, sums.fact[pairs])]
    weakest = np.minimum.reduceat(out.part[pairs], cut)
    weak = out.part[pairs] == np.repeat(weakest, size[over])
    others = np.add.reduceat(np.where(weak, 0.0, part.low[sums.fact[pairs]]), cut)
    # Some part must stay unblamed: the blame then names one slip against parts that fit, never
    # "the parts against the total", which a wrong total copied by many would always win.
    # The total must be rounded at least as finely as each blamed part, figure against figure (a
    # sum of parts is always wider than one figure written to the same digit, so it says
    # nothing), and the blamed parts must not be published later. Equal rounding blames the
    # part: a copied wrong total then flags a right part, but each total keeps an info note
    # saying so (`_cleared_totals`), while the strict test flags every right total of the
    # many instead (corpus14: seven high false alarms, the slipped part missed).
    unit = part.high[sums.fact[pairs]] - part.low[sums.fact[pairs]]
    finest = np.minimum.reduceat(np.where(weak, unit, np.inf), cut)
    tot = sums.total[over]
    by_part = ((total > _TOTAL_OVER_PART * weakest)
               & (t.high[tot] - t.low[tot] <= finest) & ~(sums.pub[over] > t.pub[tot])
               & (np.add.reduceat(weak.astype(np.int64), cut) < size[over])
               & (others <= t.high[sums.total[over]]))
    out.by_part[np.flatnonzero(ask)[by_part]] = True
    out.blamed[pairs[weak & np.repeat(by_part, size[over])]] = True
    return out


def _unblamed(total: np.ndarray, fact: np.ndarray, blame: _Blame) -> tuple[np.ndarray, ...]:
    """The (total, part fact) pairs, in their order, less those whose part is blamed for its sum:
    a part larger than a whole more sources state is that part's error, said by its sum's
    finding, not the whole's."""
    if not blame.blamed.any():
        return total, fact
    keep = np.ones(len(total), bool)
    keep[np.argsort(total, kind="stable")[blame.blamed]] = False     # the sums' pair order
    return total[keep], fact[keep]


def _exceeded_parts(df: pd.DataFrame, t: _Totals, part: PartFacts, sums: _Sums, over: np.ndarray,
                    blame: _Blame, metrics: pd.Index) -> F.Pieces | list:
    """One finding per total fact and parts (rows `over` of the sums that `blame` blames on
    parts): the blamed parts are flagged, against the totals their sum exceeds."""
    if not blame.by_part.any():
        return []
    size = sums.size
    k = np.flatnonzero(blame.by_part)
    # The rows of one total fact with the same parts are one finding, in their first one's order.
    facts = _split(sums.fact[_members(sums, over[k])[0]].tolist(), size[over[k]])
    one = _codes(df["grp"].to_numpy(float)[t.rows[sums.total[over[k]]]], facts)
    k = k[np.argsort(one, kind="stable")]
    cut = np.flatnonzero(np.r_[True, np.diff(np.sort(one)) != 0])
    n, r = len(cut), over[k[cut]]
    totals = sums.total[over[k]]
    low, high = np.minimum.reduceat(t.low[totals], cut), np.maximum.reduceat(t.high[totals], cut)
    total_ids = _split(t.column("id", totals), np.diff(np.r_[cut, len(k)]))
    # Each finding's parts (those of its first row), blamed or not.
    pairs, _, begin = _members(sums, r)
    fact, bad, of = sums.fact[pairs], blame.blamed[pairs], np.repeat(np.arange(n), size[r])
    bad_low, bad_high, rest_low, rest_high = (
        np.bincount(of, weights=np.where(side, x[fact], 0.0), minlength=n)
        for side in (bad, ~bad) for x in (part.low, part.high))
    names, ids = {}, {}
    for side in (True, False):
        at = np.flatnonzero(bad == side)
        names[side], ids[side] = _named(part, metrics, fact[at], of[at], n)
    bad_at = np.flatnonzero(bad)
    lead = fact[bad_at[np.r_[True, of[bad_at][1:] != of[bad_at][:-1]]]]     # each first blamed
    vague = (np.logical_or.reduceat(t.vague[totals], cut)
             | np.logical_or.reduceat(part.vague[fact], begin))
    # What the blamed parts may be, the total and the other parts taken as stated.
    fit_low, fit_high = np.maximum(low - rest_high, 0.0), high - rest_low
    gap = F.point_gaps(bad_low, fit_high, fit_high)[0].tolist()
    # The figures counted for the total, by finding.
    by = np.argsort(blame.at, kind="stable")
    counted = np.bincount(blame.at, minlength=len(over))
    support = _split(df["id"].to_numpy(object)[blame.pos[by]].tolist(), counted)[k[cut]]
    # One amount text across all the total's counted figures: the mark of one copied release.
    texts = _split(df["amount"].to_numpy(object)[blame.pos[by]].tolist(), counted)[k[cut]]
    alike = [x[0] if len(set(x)) == 1 else None for x in texts.tolist()]
    # Each finding's finest blamed part's rounding, against its total's.
    part_unit = np.full(n, np.inf)
    np.minimum.at(part_unit, of[bad], (part.high - part.low)[fact[bad]])
    total_unit = (t.high - t.low)[totals[cut]]
    part_sources = np.maximum.reduceat(np.where(bad, blame.part[pairs], 0), begin)
    unit = t.unit[totals[cut]].tolist()
    flagged = ids[True].tolist()
    words = list(map(Later, zip(
        repeat(_part_exceeds), names[True].tolist(), flagged, bad_low.tolist(),
        bad_high.tolist(), names[False].tolist(), ids[False].tolist(), rest_low.tolist(),
        t.column("metric", totals[cut]), total_ids.tolist(), low.tolist(), high.tolist(), unit,
        support.tolist(), alike, blame.total[k[cut]].tolist(), part_sources.tolist(),
        zip(fit_low.tolist(), fit_high.tolist()), gap, vague.tolist(),
        zip(total_unit.tolist(), part_unit.tolist()),
        zip(_timestamps(t.pub[totals[cut]]), t.pub_said[totals[cut]].tolist()),
        zip(_timestamps(sums.pub[r]), sums.pub_said[r].tolist()))))
    head = common.heads(*(df[c].to_numpy(object)[part.row[lead]]
                          for c in ("id", "amount", "source", "as_of")))
    evidence = F.Evidence.many(n, check="parts_totals", rule=RULE, detail=words,
                               against=[a + b for a, b in zip(total_ids, ids[False])],
                               low=bad_low.tolist(), high=bad_high.tolist(),
                               expected_low=fit_low.tolist(), expected_high=fit_high.tolist(),
                               unit=unit, gap=gap, tried=_TRIED_SUMS + _TRIED_SOURCES)
    return F.Pieces(n, severity=SEVERITY.take(vague.astype(np.intp)).tolist(),
                    metric=metrics.take(part.metric[lead]).tolist(),
                    flagged=flagged, subject=flagged, head=head,
                    evidence=list(zip(evidence)))


def _named(part: PartFacts, metrics: pd.Index, fact: np.ndarray, of: np.ndarray,
           n: int) -> tuple[np.ndarray, np.ndarray]:
    """The names and the ids of parts `fact`, gathered per finding (`of`, in order; `n` in all)."""
    names = _split(metrics.take(part.metric[fact]).tolist(), np.bincount(of, minlength=n))
    ids = _split(list(chain.from_iterable(part.ids[fact])),
                 np.bincount(of, weights=list(map(len, part.ids[fact])),
                             minlength=n).astype(np.int64))
    return names, ids


def _cleared_totals(t: _Totals, part: PartFacts, sums: _Sums, over: np.ndarray, blame: _Blame,
                    said: _PartsSaid, metrics: pd.Index) -> F.Pieces | list:
    """One info note per total figure whose exceeding parts are blamed instead (rows `over` of
    the sums that `blame` blames on parts): the total is never hidden, only not flagged."""
    k = np.flatnonzero(blame.by_part)
    if not len(k):
        return []
    n, r = len(k), over[k]
    pairs, _, _ = _members(sums, r)
    bad = blame.blamed[pairs]
    of = np.repeat(np.arange(n), sums.size[r])
    bad_names, bad_ids = _named(part, metrics, sums.fact[pairs[bad]], of[bad], n)
    part_sources = np.zeros(n, np.int64)
    np.maximum.at(part_sources, of[bad], blame.part[pairs[bad]])
    c = _on_totals(t, sums, said, r)
    words = list(map(Later, zip(repeat(_cleared), c.metric, c.low, c.high, c.unit, c.names,
                                c.ids, c.p_low, bad_names.tolist(), bad_ids.tolist(),
                                blame.total[k].tolist(), part_sources.tolist())))
    return _notes(c, words)


def _split_totals(t: _Totals, sums: _Sums, at: np.ndarray, read: list,
                  said: _PartsSaid) -> F.Pieces | list:
    """One info note per total (rows `at` of the sums) whose parts are read as breakdowns of it
    (`read`, per row): not flagged, but a wrong total two half-sums meet reads the same."""
    if not len(at):
        return []
    c = _on_totals(t, sums, said, at)
    high = t.high[sums.total[at]]
    # How far the parts' sum lies above the total, for the reader: the note itself has no gap.
    gap = F.point_gaps(sums.low[at], high, high)[0].tolist()
    return _notes(c, list(map(Later, zip(repeat(_read_apart), c.metric, c.low, c.high, c.unit,
                                         c.names, c.ids, c.p_low, gap, read))))


def _notes(c: _OnTotals, words: list) -> F.Pieces | list:
    """Info notes on totals (`c`) that are not flagged: nothing is judged wrong, so no gap."""
    n = len(c.rows)
    return F.Pieces(n, severity=[SEVERITY[2]] * n, metric=c.metric, flagged=[()] * n,
                    subject=c.one_of, head=c.head_of,
                    evidence=list(zip(c.evidence(words, [1.0] * n))))


# What a sum of parts above its total was judged with before a part is blamed.
_TRIED_SUMS = ("each figure's rounding (the intervals above)",
               "the parts stated by the total's date, the latest of each")
# How a part is blamed: the sources weighed on each side (how they are counted, the message says).
_TRIED_SOURCES = ("each figure's rounding unit, the total's against the part's",
                  f"the sources of each side, the total's more than {_TOTAL_OVER_PART} times the "
                  "part's")


def _others_fit(t: _Totals, sums: _Sums, at: np.ndarray) -> list:
    """Per total of `at` (rows of the sums): the consensus of its fact's other figures when the
    total lies outside it and the parts' sum meets it (those figures back the parts), else None."""
    total = sums.total[at]
    back = (t.outlier[total] & (sums.low[at] <= t.cons_high[total])
            & (sums.high[at] >= t.cons_low[total]))
    out = [None] * len(at)
    for k in np.flatnonzero(back).tolist():     # few: most totals are not outliers
        out[k] = (float(t.cons_low[total[k]]), float(t.cons_high[total[k]]))
    return out


def _unexplained_totals(t: _Totals, sums: _Sums, at: np.ndarray, complete: np.ndarray,
                        said: _PartsSaid) -> F.Pieces | list:
    """One finding per total (rows `at` of the sums) above the sum of its parts: low when the
    file marks the parts as all of it, else an info note (most often a part the articles never
    mention)."""
    if not len(at):
        return []
    n = len(at)
    total = sums.total[at]
    # An info note has no gap: the total may well be right.
    # The total lies above its parts: its gap is against [parts_high, parts_high].
    gap = np.where(complete, F.point_gaps(t.low[total], sums.high[at], sums.high[at])[0],
                   1.0).tolist()
    c = _on_totals(t, sums, said, at)
    all_parts = complete.tolist()
    words = list(map(Later, zip(repeat(_unexplained), c.metric, c.low, c.high, c.unit, c.names,
                                c.ids, c.p_high, all_parts)))
    return F.Pieces(n, severity=SEVERITY.take(np.where(complete, 1, 2)).tolist(),
                    metric=c.metric,
                    flagged=[one if x else () for one, x in zip(c.one_of, all_parts)],
                    subject=c.one_of, head=c.head_of,
                    evidence=list(zip(c.evidence(words, gap))))


def _reduce(op: np.ufunc, x: np.ndarray, start: np.ndarray) -> np.ndarray:
    """`op` over each run of `x` from `start` (nothing when there are no runs)."""
    return op.reduceat(x, start) if len(start) else x[:0]


def _latest(x: np.ndarray, start: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The latest date of each run of `x` from `start` (NaT for none) and the position in `x` of
    one row holding it (the run's first when none does)."""
    last = _reduce(np.fmax, x, start)
    if not len(start):
        return last, start
    size = np.diff(np.r_[start, len(x)])
    at = np.arange(len(x))
    held = np.minimum.reduceat(np.where(x == np.repeat(last, size), at, len(x)), start)
    return last, np.where(held < len(x), held, start)


def _members(sums: _Sums, r: np.ndarray) -> tuple[np.ndarray, ...]:
    """The positions in `sums` of the parts of its rows `r`, row after row; each part's place in
    its row; where each row's parts begin among them."""
    size = sums.size[r]
    begin = np.cumsum(size) - size
    return _ranges(sums.start[r], size), np.arange(size.sum()) - np.repeat(begin, size), begin


def _ranges(start: np.ndarray, count: np.ndarray) -> np.ndarray:
    """The positions start[k], start[k] + 1, .. (count[k] of them), for each k in turn."""
    end = np.cumsum(count)
    return np.arange(end[-1] if len(end) else 0) + np.repeat(start - end + count, count)


def _split(values: list, size: np.ndarray) -> np.ndarray:
    """`values` cut into tuples of these sizes, in order, as an object array."""
    end = np.cumsum(size).tolist()
    return F.object_cells(map(tuple, map(values.__getitem__, map(slice, [0, *end[:-1]], end))))


def _distinct(x: np.ndarray) -> np.ndarray:
    """The distinct values of `x`, sorted (quicker than np.unique's, by a hash)."""
    return np.sort(pd.unique(x))


def _timestamps(values: np.ndarray) -> list:
    """Dates as the Timestamp objects (NaT for none) the messages word them from, one object
    per distinct date."""
    at, distinct = pd.factorize(values, use_na_sentinel=False)
    return pd.Series(distinct).astype(object).to_numpy().take(at).tolist()


def _opening(metric: str, low: float, high: float, unit: str, turn: str, names: list[str],
             ids: tuple[str, ...]) -> str:
    """The clause a sentence on a total and its parts' sum opens with (`turn`: how it goes on)."""
    return (f"it gives {metric} as {fmt.interval(low, high, unit)}, {turn} its parts stated by "
            f"then ({', '.join(names)}: {', '.join(ids)})")


def _exceeded(metric: str, low: float, high: float, unit: str, names: list[str],
              ids: tuple[str, ...], parts_low: float, parts_high: float, gap: float, vague: bool,
              pub, parts_pub, others: tuple[float, float] | None = None,
              repeated: int = 0) -> str:
    """The sentence on a total its parts exceed, rendered when its finding is shown."""
    return (_opening(metric, low, high, unit, "but", names, ids)
            + f" add up to at least {fmt.compact(parts_low, toward='down')} {unit}, "
            f"{F.edge_words(gap, 'above', fmt.interval_ends(low, high)[1], 'the total')}"
            + (_WEAK if vague else "")
            + _which_side(low, high, parts_low, parts_high, unit, pub, parts_pub, others)
            + (f"; {repeated} sources (counted by file) state the total and every part "
               "alike: the articles "
               "repeat the same figures, most likely the source's own, which may differ in "
               "scope (so this is a note, not an alarm)" if repeated >= _REPEATED_BY else "")
            + ".")


def _part_exceeds(names: list[str], ids: tuple[str, ...], low: float, high: float,
                  rest_names: list[str], rest_ids: tuple[str, ...], rest_low: float, total: str,
                  total_ids: tuple[str, ...], total_low: float, total_high: float, unit: str,
                  support: tuple[str, ...], alike: str | None, sources: int, part_sources: int,
                  fits: tuple[float, float], gap: float, vague: bool,
                  units: tuple[float, float], pub, parts_pub) -> str:
    """The sentence on parts blamed for a sum above a total more sources state,
    rendered when its finding is shown."""
    one = len(names) == 1
    # Blamed only when the parts are not published later: only the total's date can be said.
    words = _side_words(total_low, total_high, total_low, total_high, unit, pub, parts_pub)[0]
    whose = "this part's" if one else "each of these parts' at least"
    finer = "more finely" if units[0] < units[1] else "as finely"
    words.append(f"the total is rounded {finer} (its interval {fmt.compact(units[0])} {unit} "
                 f"wide, {whose} {fmt.compact(units[1])} {unit})")
    turn = ", and"
    fit_high = fmt.interval_ends(*fits)[1]
    return (f"the part{'' if one else 's'} {', '.join(names)} ({', '.join(ids)}: "
            f"{fmt.interval(low, high, unit)}) with the other parts stated by then "
            f"({', '.join(rest_names)}: {', '.join(rest_ids)}, at least "
            f"{fmt.compact(rest_low, toward='down')} {unit}) add{'s' if one else ''} up to at "
            f"least {fmt.compact(low + rest_low, toward='down')} {unit}, more than the total "
            f"{total} as {', '.join(total_ids)} give{'s' if len(total_ids) == 1 else ''} it "
            f"({fmt.interval(total_low, total_high, unit)})"
            + ("; " + " and ".join(words) + turn if words else ";")
            + f" {len(support)} figure{'' if len(support) == 1 else 's'} "
            f"({', '.join(support)}{f', all writing {alike!r}' if alike else ''}) "
            f"from {sources} sources (counted by file, the same amount "
            f"text on the same publication date once) state the total alike and exclude the "
            f"parts' sum, against {'' if one else 'at most '}{part_sources} for "
            f"{'this part' if one else 'each of these parts'}, so "
            f"the evidence favours the total and {'this part is' if one else 'these parts are'} "
            f"the one{'' if one else 's'} wrong: with the total and the other parts as stated, "
            f"{'it' if one else 'together they'} would have to lie in "
            f"{fmt.interval(*fits, unit)}, and {'it is' if one else 'they are'} "
            f"{F.edge_words(gap, 'above', fit_high, 'what fits')}"
            + (f"; {'it' if one else 'they'} alone {'is' if one else 'are'} larger than the "
               f"total" if low > total_high else "")
            + (_WEAK if vague else "")
            + ".")


def _cleared(metric: str, low: float, high: float, unit: str, names: list[str],
             ids: tuple[str, ...], parts_low: float, bad_names: tuple[str, ...],
             bad_ids: tuple[str, ...], sources: int, part_sources: int) -> str:
    """The note on a total whose exceeding parts are flagged instead, rendered when shown."""
    one = len(bad_names) == 1
    return (_opening(metric, low, high, unit, "and", names, ids)
            + f" exceed it by at least {fmt.compact(parts_low - high, toward='down')} {unit}; "
            f"the part{'' if one else 's'} {', '.join(bad_names)} ({', '.join(bad_ids)}) "
            f"{'is' if one else 'are'} flagged instead, as {sources} sources state the total "
            f"alike against {'' if one else 'at most '}{part_sources} for "
            f"{'that part' if one else 'those parts'} and the total is rounded at least as finely; if "
            f"the total's figures are copies of one release, the total may be the wrong side.")


def _read_apart(metric: str, low: float, high: float, unit: str, names: list[str],
                ids: tuple[str, ...], parts_low: float, gap: float, read: list) -> str:
    """The note on a total whose parts are read as breakdowns of it, rendered when shown."""
    each = "; ".join(f"{', '.join(src)}: {' + '.join(parts)} = {fmt.interval(lo, hi, unit)}"
                     for src, parts, lo, hi in read)
    return (_opening(metric, low, high, unit, "and", names, ids)
            + f" add up to at least {fmt.compact(parts_low, toward='down')} {unit}, "
            f"{fmt.compact(parts_low - high, toward='down')} {unit} more than it "
            f"({F.edge_words(gap, 'above', fmt.interval_ends(low, high)[1], 'the total')}), "
            f"but they are read as {len(read)} "
            f"breakdowns of this one total, not summed, as each source's parts alone meet it "
            f"and one another ({each}); if the total is wrong and these are parts of a larger "
            f"whole (two halves of a year, say), their sum is the figure to check.")


def _unexplained(metric: str, low: float, high: float, unit: str, names: list[str],
                 ids: tuple[str, ...], parts_high: float, all_parts: bool) -> str:
    """The sentence on a total above its parts, rendered when its finding is shown."""
    known = (f"it gives {metric} as {fmt.interval(low, high, unit)}; its "
             f"known parts ({', '.join(names)}: {', '.join(ids)}) add up to at most "
             f"{fmt.compact(parts_high, toward='up')} {unit}, leaving at least "
             f"{fmt.compact(low - parts_high, toward='down')} {unit}")
    if all_parts:
        return (f"{known} unexplained, though the file marks these parts as all of it "
                f"(kind all_parts).")
    return (f"parts not all stated: {known} to parts the figures at hand do not "
            f"state (kind all_parts on the total would say these are all of it).")


def _larger_than_whole(part: tuple, whole: tuple) -> str:
    """The sentence on a part larger than its whole, rendered when its finding is shown: `part`
    is its metric, ids, low and high; `whole` the total's low, high and unit."""
    part, ids, low, high = part
    whole_low, whole_high, unit = whole
    return (f"the part {part} ({', '.join(ids)}: {fmt.interval(low, high, unit)}) is larger "
            f"than its whole ({fmt.interval(whole_low, whole_high, unit)}).")


def _which_side(low: float, high: float, parts_low: float, parts_high: float, unit: str, pub,
                parts_pub, others: tuple[float, float] | None = None) -> str:
    """Which side of a total exceeded by its parts the later and the more precisely stated
    evidence supports, in words for the message; `pub` and `parts_pub` are (last day, date as
    written); `others`, the consensus of the total's other figures when they meet the parts and
    this total does not, decides for the parts."""
    words, later, finer = _side_words(low, high, parts_low, parts_high, unit, pub, parts_pub)
    if others is not None:
        # The total's own fact says otherwise: dates and precision are said, not weighed.
        return (("; " + " and ".join(words) + ", but" if words else ";")
                + f" the other figures of the total ({fmt.interval(*others, unit)}) fit the "
                f"parts' sum and this one does not, so the evidence favours the parts")
    if not words:
        return "; nothing in the dates or precision tells which side is wrong"
    sides = {later, finer} - {""}
    verdict = (f"so the evidence favours the {sides.pop()}" if len(sides) == 1 else
               "so the evidence is divided")
    return "; " + " and ".join(words) + ", " + verdict


def _side_words(low: float, high: float, parts_low: float, parts_high: float, unit: str, pub,
                parts_pub) -> tuple[list[str], str, str]:
    """What the dates and the precision of a total and of its parts' sum say, in words, and
    the side each favours ("total", "parts" or "" for neither)."""
    words = []
    (pub, pub_said), (parts_pub, parts_said) = pub, parts_pub
    total_w, parts_w = _width(low, high), _width(parts_low, parts_high)
    later, finer = (_SIDE[int(x)] for x in _sides_of(total_w, parts_w, pub, parts_pub))
    if later:
        first, then = (parts_said, pub_said) if later == "parts" else (pub_said, parts_said)
        words.append(f"the {later} {'are' if later == 'parts' else 'is'} published later "
                     f"({first}, the {'total' if later == 'parts' else 'parts'} by {then})")
    if finer:
        # Each side's half-width over its middle, with the parts' sum shown: the message gives
        # the total's interval, but of the parts only their least sum.
        words.append(f"the {finer} {'is' if finer == 'total' else 'are'} stated more precisely "
                     f"(the total ±{total_w * 50:.1f} %, the parts' sum "
                     f"{fmt.interval(parts_low, parts_high, unit)} ±{parts_w * 50:.1f} %)")
    return words, later, finer


def _sides_of(total_w, parts_w, pub, parts_pub) -> tuple[int, int]:
    """Of a total and its parts' sum, from their relative widths (`_width`), which side is
    published later and which is stated more precisely: 1 the parts, -1 the total, 0 neither."""
    return (1 if parts_pub > pub else -1 if pub != parts_pub else 0,
            int(total_w > parts_w) - int(total_w < parts_w))


# Said when the total or a part is vague.
_WEAK = "; the total or a part is vague, so this is weak evidence"
# `_sides_of`' codes as the messages name the side.
_SIDE = {1: "parts", -1: "total", 0: ""}


def _width(low: float, high: float) -> float:
    """An interval's width relative to its middle (inf for an open one)."""
    mid = (low + high) / 2
    return (high - low) / mid if mid > 0 and math.isfinite(high) else math.inf
