"""Pieces the checks share: grouping figures that state one fact at one time, who agrees, and how
a figure is named in a message."""
from __future__ import annotations

from collections import namedtuple

import numpy as np
import pandas as pd

from currency import formatting as fmt
from reconcile.model import findings as F
from reconcile.model import uncertainty
from reconcile.model.agreement import (
    Events,
    among,
    consensus,
    dense_rank,
    group_order,
    intersection,
    segments,
    stable_order,
)
from reconcile.model.distinct import WIDEST_KEY, sorted_codes

# With no majority between two figures, one stated this many times more precisely is named the
# likelier right (a hint in the message: both stay flagged, since nothing else tells them apart).
PRECISION_HINT = 1.5


def as_bound(hedge, side, value, unit) -> str:
    """'(이상: at least 5 bn USD)', the bound a hedge states, the hedge named unless it is the
    words themselves ('(at least 5 bn USD)', not '(at least: at least ...)')."""
    word = "at least" if side == "at_least" else "at most"
    named = "" if " ".join(str(hedge).lower().split()) == word else f"{hedge}: "
    return f"({named}{word} {fmt.compact(value)} {unit})"


def bound_words(hedge, side, value, unit, misleads: bool) -> str:
    """How a figure that agrees only through the side its hedge leaves open is said: a true
    bound, or one that misleads by more than MISLEADING_BOUND (same_fact and restatement)."""
    return (f". As a bound {as_bound(hedge, side, value, unit)} it is "
            "true" + (f", but {'under' if side == 'at_least' else 'over'}states the "
                      f"value by more than {uncertainty.MISLEADING_BOUND:g}×, which "
                      "misleads a reader." if misleads else "."))


def broken_bound_words(hedge, side, value, unit, how: str, false: bool) -> str:
    """How a bound whose closed side the others pass is said: missed as written, agreeing only
    through the rounding (or truncation) of its stated number (same_fact); called false only
    when the miss is `false` (beyond a hedge's width), since a miss of a fraction of a percent is
    the rounding itself."""
    past = "below the least" if side == "at_least" else "above the most"
    verdict = "it is false" if false else "it is missed"
    return (f". As a bound {as_bound(hedge, side, value, unit)} {verdict}: the others are {past} it allows; "
            f"only the {how} of its number reaches them.")


def fact_groups(df: pd.DataFrame) -> pd.Series:
    """A group number per figure: same metric, same unit, overlapping as_of periods.

    Periods are chained in start order: a figure joins the running group while it starts before
    the latest end seen so far.
    """
    groups, _ = _fact_groups(df["metric"].to_numpy(), df["c_unit"].to_numpy(),
                             df["as_of_first"].to_numpy("datetime64[ns]"),
                             df["as_of_last"].to_numpy("datetime64[ns]"))
    return pd.Series(groups, index=df.index)


def _fact_groups(metric: np.ndarray, unit: np.ndarray, first: np.ndarray,
                 last: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`fact_groups` of columns (the texts as objects, the days as datetime64), and the
    positions in group order (the groups are numbered along it): each later sort by group is
    handed it (`agreement.stable_order`'s `near`)."""
    n = len(metric)
    if not n:
        return np.zeros(0, np.int64), np.zeros(0, np.intp)
    # Each key as codes in its sort order, missing values last as a sort puts them, packed into
    # one integer: one stable sort gives the order of a lexsort by metric, unit, first, last.
    metric_unit = _packed([_codes_sorted(metric), _codes_sorted(unit)])
    first_rank, _ = _ranks(first)
    last_rank, ends = _ranks(last)
    order = stable_order(_packed([metric_unit, first_rank, last_rank]))
    seg_start, seg = segments(metric_unit[order])
    # The latest end so far within each (metric, unit), missing ends skipped: ends as ranks
    # (1 for the earliest; 0 for none) offset by the run, so one running maximum serves all runs.
    last_nat = np.isnat(last[order])
    rank = np.where(last_nat, 0, last_rank[order] + 1)
    running = np.maximum.accumulate(seg * (n + 1) + rank) - seg * (n + 1)
    running = np.where(last_nat, 0, running)            # a missing end has no maximum
    prev = np.r_[0, running[:-1]]
    prev[seg_start] = 0                                 # nothing before a run's first figure
    seen = prev > 0
    prev_end = ends[np.maximum(prev - 1, 0)] if len(ends) else last[order]
    starts = ~seen | (first[order] > prev_end)
    out = np.empty(n, np.int64)
    out[order] = np.cumsum(starts)
    return out, order


def _codes_sorted(values: np.ndarray) -> np.ndarray:
    """Codes of text in its sort order, a missing value after every other."""
    return _last_if_missing(sorted_codes(values))


def _ranks(days: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each day's rank among the distinct days (NaT after them all), and those days sorted."""
    codes, uniques = pd.factorize(days, sort=True)
    return _last_if_missing(codes), np.asarray(uniques, dtype=days.dtype)


def _packed(keys: list[np.ndarray]) -> np.ndarray:
    """Non-negative integer keys as one int64 that sorts as they do in turn (first key first);
    a key packed so far is replaced by its dense rank before it would overflow."""
    out = keys[0].astype(np.int64)
    size = int(out.max()) + 1
    for k in keys[1:]:
        width = int(k.max()) + 1
        if size * width >= WIDEST_KEY:
            out, size = dense_rank(out)
        out = out * width + k
        size *= width
    return out


def _last_if_missing(codes: np.ndarray) -> np.ndarray:
    """Factorized codes with a missing value (-1) sorted after every other."""
    return np.where(codes < 0, codes.max() + 1, codes)


# What `fact_agreement` says of a figure, as codes into `STATUS` while it decides: one shared
# text object per status in the column it returns. A restatement's code comes after them.
STATUS = ("agrees", "outlier", "split", "aside", "alone")
AGREES, OUTLIER, SPLIT, ASIDE, ALONE, RESTATEMENT = range(len(STATUS) + 1)
_STATUS_WORDS = np.array([*STATUS, "restatement"], dtype=object)
# A restatement's agreement columns: no group, never agreeing, no vote, no side, no bloc.
RESTATED = {"grp": np.nan, "n_grp": 0, "agrees": False, "cons_low": np.nan, "cons_high": np.nan,
            "cons_value": np.nan, "status": RESTATEMENT, "votes": False,
            "side": uncertainty.NO_SIDE, "by_bloc": False}


def fact_agreement(df: pd.DataFrame) -> pd.DataFrame:
    """Per original figure: its group, whether it agrees, the group's consensus, and its status:
    alone, agrees, outlier (outside a majority), split (no majority) or aside (a hedged figure
    beside precise figures that conflict, fitting at least one side). Restatements get no row:
    they never vote.

    When the precise figures of a group (`votes`) conflict, they alone decide, in two steps: the
    bloc of overlapping figures with the most articles wins (`_blocs`), the others' figures are
    outliers against it; inside it a figure that fits every other is not a voter, and of three
    sides or more the largest decides only with more articles than every other. A hedged or
    vague figure is judged against their majority, or set aside when they have none."""
    at, columns = _agreement(df)
    columns.pop("moved", None)
    index = df.index[at]
    if not len(at):
        return pd.DataFrame(columns=list(RESTATED), index=index)
    # Text as objects, as the engine's other text columns (pandas would infer its str dtype).
    return pd.DataFrame({name: pd.Series(values, index=index, dtype=values.dtype, copy=False)
                         for name, values in _as_words(columns).items()}, index=index)


def agreement_columns(df: pd.DataFrame, aside: np.ndarray | None = None) -> dict[str, np.ndarray]:
    """`fact_agreement`'s columns over every row of `df`, a restatement's as it has no vote
    (`RESTATED`), and so the rows `aside` (garbled figures); and, when a family is judged in
    another currency than normalize chose (`denomination`), its compared columns (`ref`,
    `c_low`, ...): arrays by position."""
    at, columns = _agreement(df, aside)
    moved = columns.pop("moved", None) or {"denominated": np.full(len(df), None, dtype=object)}
    if len(at) == len(df):
        return {**_as_words(columns), **moved}
    out = {}
    for name, values in columns.items():
        fill = RESTATED[name]
        # A group number becomes float with NaN, as a join made it.
        out[name] = np.full(len(df), fill, dtype=np.result_type(values, fill))
        out[name][at] = values
    return {**_as_words(out), **moved}


def _as_words(columns: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The columns with status and side codes as their shared text objects."""
    return {**columns, "status": _STATUS_WORDS[columns["status"]],
            "side": uncertainty.SIDES[columns["side"]]}


# The columns a judgement of original figures reads, and the dtype each is read as.
_READ = {"metric": None, "c_unit": None, "as_of_first": "datetime64[ns]",
         "as_of_last": "datetime64[ns]", "bound": object, "value": float, "low": float,
         "high": float, "precision": float, "c_low": float, "c_high": float, "c_value": float,
         "vague": None, "article": None}


def _agreement(df: pd.DataFrame, aside: np.ndarray | None = None
               ) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """`fact_agreement` as the original figures' positions (less `aside`) and their columns
    (status and side as codes); `moved`, when present, holds the compared columns of families
    judged in another currency (`denomination.moved`), over every row."""
    from reconcile.checks import denomination
    # The original figures' positions: each column is read at them, not copied into a frame.
    original = df["role"].to_numpy(object) == "original"
    at = np.flatnonzero(original if aside is None else original & ~aside)
    if not len(at):
        types = (np.int64, np.int64, bool, float, float, float, np.int8, bool, np.int8, bool)
        return at, {name: np.zeros(0, t) for name, t in zip(RESTATED, types)}
    read = originals_read(df, at)
    columns = judged(read)
    moved = denomination.moved(df, at, read, columns, judged)
    if moved is not None:
        rows, new = moved
        # A moved family's groups are the same figures (its unit is renamed as a whole):
        # their group numbers stay, all else is judged again in its new currency.
        again = judged({c: (new[c][at[rows]] if c in new else x[rows]) for c, x in read.items()})
        for name, values in again.items():
            if name not in ("grp", "n_grp"):
                columns[name][rows] = values
        columns["moved"] = new
    return at, columns


def originals_read(df: pd.DataFrame, at: np.ndarray) -> dict[str, np.ndarray]:
    """The columns a judgement reads (`_READ`) at the positions `at`."""
    return {c: df[c].to_numpy(t)[at] for c, t in _READ.items()}


def judged(read: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The agreement columns of original figures from their columns (`_READ`, by position)."""
    g, by_group = _fact_groups(read["metric"], read["c_unit"], read["as_of_first"],
                               read["as_of_last"])
    n_grp = np.bincount(g)[g]
    bound = read["bound"]
    side = uncertainty.bound_side_codes(bound, *(read[c] for c in
                                                 ("value", "low", "high", "precision")))
    lo, hi, value = read["c_low"], read["c_high"], read["c_value"]
    votes = _precise(read["vague"], bound, side == uncertainty.NO_SIDE, hi)
    agrees, status, votes, in_conflict, off_bloc = _judge(
        g, lo, hi, votes, by_group, read["article"])
    alone = n_grp == 1
    status[alone] = ALONE
    agrees[alone] = True
    cons_low, cons_high, cons_value = consensus(g, lo, hi, value,
                                                agrees & (votes | ~in_conflict), by_group)
    by_bloc = np.zeros(len(g), bool)
    if off_bloc.any():
        by_bloc = _bloc_span(g, lo, hi, value, votes & in_conflict & ~off_bloc, off_bloc,
                             (cons_low, cons_high, cons_value), by_group)
    return {"grp": g, "n_grp": n_grp, "agrees": agrees, "cons_low": cons_low,
            "cons_high": cons_high, "cons_value": cons_value, "status": status,
            "votes": votes, "side": side, "by_bloc": by_bloc}


def _bloc_span(g: np.ndarray, lo: np.ndarray, hi: np.ndarray, value: np.ndarray,
               bloc: np.ndarray, off: np.ndarray, cons: tuple[np.ndarray, ...],
               by_group: np.ndarray | None = None) -> np.ndarray:
    """A figure outside a winning bloc whose precise figures have no majority (its group has
    no agreeing figure, so no consensus) is judged against the bloc: its span (lowest low to
    highest high end of the bloc's voters) and their median value, written into `cons` (low,
    high, value) in place. Per figure, whether its group is so judged (`by_bloc`): the
    findings name the bloc's figures as those it is measured against."""
    lost = off & np.isnan(cons[0])
    n = int(g.max()) + 1
    by_bloc = np.zeros(n, bool)
    by_bloc[g[lost]] = True
    if not lost.any():
        return by_bloc[g]
    low, high = np.full(n, np.inf), np.full(n, -np.inf)
    np.minimum.at(low, g[bloc], lo[bloc])
    np.maximum.at(high, g[bloc], hi[bloc])
    median = consensus(g, lo, hi, value, bloc, by_group)[2]
    mid = np.full(n, np.nan)
    mid[g[bloc]] = median[bloc]
    cons[0][lost], cons[1][lost], cons[2][lost] = low[g[lost]], high[g[lost]], mid[g[lost]]
    return by_bloc[g]


def article_codes(df: pd.DataFrame) -> np.ndarray:
    """Per figure of `df`, a code for its article, -1 when it has no source: an article is one
    witness of a fact, however often it prints a figure. Worked out once where the evidence is
    built (`engine.evidence_base`, its `article` column) and read by each check: the agreement's
    votes, the currency a family is judged in, a round figure's own article, the bounds that back
    one side of a split, a conversion's witnesses. Only which figures share a code means
    anything, not the codes' order."""
    # An article is its source on one publication date: a source named by its outlet, not its
    # file or address, is as many articles as it has dates, not one. Not merged with another
    # source's figures of the same amount text and day, as a total's support is
    # (`parts._independent`): here that is what two right reports of one release look like,
    # and merging them would hand the majority to whichever side is written more ways.
    # Codes from one C factorize of each column's Arrow strings (-1 where missing), not a
    # million strings made to be hashed again.
    src, day = pd.factorize(df["source"])[0], pd.factorize(df["published"])[0]
    article = pd.factorize(src * (int(day.max(initial=0)) + 2) + day)[0]
    return np.where(src < 0, -1, article)


def _judge(g: np.ndarray, lo: np.ndarray, hi: np.ndarray, votes: np.ndarray,
           by_group: np.ndarray | None = None,
           witness: np.ndarray | None = None) -> tuple[np.ndarray, ...]:
    """Per figure: agrees, status code, whether it votes (a too coarse figure does not), whether
    its group's votes conflict, and whether it lies outside its group's winning bloc
    (`_blocs`) (`by_group`: the positions in group order, for the sorts; `witness`: each
    figure's article code, as `Events` takes it)."""
    # The intervals' ends sorted once: each vote below sweeps a subset of them.
    events = Events(g, lo, hi, by_group, witness)
    agrees, status, _ = _decide(events, np.arange(len(g)))
    # Where every figure shares one point, so do the precise ones: no conflict to look for.
    contested = np.zeros(g.max() + 1, bool)
    contested[g[status != AGREES]] = True
    in_conflict = np.zeros(len(g), bool)
    off_bloc = np.zeros(len(g), bool)
    voting = votes & contested[g]
    if not voting.any():
        return agrees, status, votes, in_conflict, off_bloc
    # First between blocs: the bloc with more articles than every other wins, and the figures of
    # the others are outliers against it (seven articles near $3.8 billion however rounded
    # against one of $4.5 billion); then among the winning bloc's precise figures only.
    off_bloc, won = _blocs(events, voting)
    bloc = voting & ~off_bloc
    v = np.flatnonzero(bloc)
    by_voters = _decide(events, v, _lone(g, lo, hi, bloc, by_group), won)
    # The precise figures conflict when not all of them share the best point, or some lie
    # outside the winning bloc.
    n_votes = np.bincount(g[voting], minlength=len(contested))
    n_agree = np.bincount(g[v], weights=by_voters[0], minlength=len(contested))
    in_conflict = (n_agree < n_votes)[g]
    coarse = _too_coarse(g, lo, hi, bloc & in_conflict, by_group)
    if coarse.any():
        # A figure that fits every other voter of its bloc while two of them conflict cannot
        # tell the sides apart: it leaves the vote ($4 billion beside $3.78 and $3.87
        # billion) and is judged as a hedged figure is.
        votes = votes & ~coarse
        bloc = bloc & ~coarse
        v = np.flatnonzero(bloc)
        by_voters = _decide(events, v, _lone(g, lo, hi, bloc, by_group), won)
    # The voters of a conflict take what they decided among themselves; those outside the
    # winning bloc are outliers against it.
    rows = in_conflict & votes
    mine = rows[v]
    agrees[v[mine]], status[v[mine]] = by_voters[0][mine], by_voters[1][mine]
    agrees[off_bloc], status[off_bloc] = False, OUTLIER
    cons_low, cons_high = intersection(g, lo, hi, agrees & rows, by_group)
    is_split = np.zeros(len(contested), bool)
    is_split[g[rows & (status == SPLIT)]] = True
    hedged = in_conflict & ~votes
    fits = (lo < cons_high) & (cons_low < hi)
    in_split = hedged & is_split[g]
    # Beside a split: fitting any precise figure of it keeps a hedged figure out of blame.
    fits_side = overlaps_any(g, lo, hi, in_split, votes & is_split[g] & ~off_bloc)
    judged = hedged & ~in_split
    agrees[judged] = fits[judged]
    status[judged] = np.where(fits[judged], AGREES, OUTLIER)
    agrees[in_split] = False
    status[in_split] = np.where(fits_side[in_split], ASIDE, SPLIT)
    return agrees, status, votes, in_conflict, off_bloc


def _blocs(events: Events, voters: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per figure, True for a voter outside its group's winning bloc; and per group, whether one
    bloc won. The voters of a group fall into blocs of intervals linked by overlap: in order of
    low end, a bloc starts where a low end is at or above the highest high end so far (the
    high ends as `events` has them, a zero width widened), a figure of unknown low end being a
    bloc of its own (a voter's high end is finite: `_precise`). The bloc whose largest agreeing set holds more articles (`events`'
    witnesses; a figure of none is its own) than every other bloc's wins; a tie between the
    largest decides nothing here."""
    g = events.g
    n_groups = int(g.max()) + 1
    off = np.zeros(len(g), bool)
    won = np.zeros(n_groups, bool)
    at = np.flatnonzero(voters)
    # One sweep of the voters reads both. In order of value (ends before starts at one
    # point), a bloc starts where no voter covers the point before a start: every one before it
    # has ended. Blocs share no point, so at a point of a bloc the voters covering it are the
    # bloc's: its largest set's articles are the most witnesses counted at its starts (where
    # the count rises). Unknown ends sort last, ends first: each such start finds none
    # covering, and its bloc covers no point (a count of zero or less, no weight).
    row, start, covering = events.covering(at)
    before = np.r_[0, covering[:-1]][start]
    row, covering = row[start], covering[start]
    opens = before <= 0
    bloc = np.cumsum(opens) - 1
    bloc_group = g[row[opens]]
    won[bloc_group] = True
    # Only a group of two blocs or more has a vote between them (most have one).
    if len(bloc_group) == np.count_nonzero(won):
        return off, won
    # A bloc's weight is the articles of its largest agreeing set, not all its articles: a bloc
    # is a chain, and figures linked only through others ($3.45 billion and $3.9 billion, each
    # overlapping a wide $3.2-4.2 billion) are no support for one another.
    articles = np.maximum(np.maximum.reduceat(covering, np.flatnonzero(opens)), 0)
    most = np.zeros(n_groups, np.int64)
    np.maximum.at(most, bloc_group, articles)
    top = articles == most[bloc_group]
    n_top = np.bincount(bloc_group[top], minlength=n_groups)
    won &= n_top == 1
    off[row] = won[g[row]] & ~top[bloc]
    return off, won


def _too_coarse(grp, low, high, voters, by_group: np.ndarray | None = None) -> np.ndarray:
    """Per figure: True for a voter of a conflicting group that overlaps every other voter of it
    while two of those others disagree: it is too coarse to take a side.

    Strict overlap with every other voter is `low < min(others' high)` and `max(others' low) <
    high`; the others all meet pairwise (an interval with itself included) exactly when
    `max(others' low) < min(others' high)`. So two leave-one-out extremes per figure decide it,
    without forming pairs. `by_group`: the positions in group order, for the sorts."""
    voters = np.asarray(voters, bool)
    out = np.zeros(len(voters), bool)
    if not voters.any():
        return out
    g = np.asarray(grp)[voters]
    lo, hi = np.asarray(low, float)[voters], np.asarray(high, float)[voters]
    near = among(by_group, np.flatnonzero(voters))
    hi_others = _others_extreme(g, hi, np.inf, near)
    lo_others = -_others_extreme(g, -lo, np.inf, near)
    meets_all = (lo < hi_others) & (lo_others < hi)
    others_conflict = ~(lo_others < hi_others)
    out[voters] = meets_all & others_conflict
    return out


def _others_extreme(g: np.ndarray, x: np.ndarray, empty: float,
                    near: np.ndarray | None = None) -> np.ndarray:
    """Per row: the minimum of `x` over the other rows of its group `g` (`empty` when it has no
    other row, NaN when another row is NaN, as a comparison with it would fail; `near`: the
    positions in group order, for the sort)."""
    nan = np.isnan(x)
    # Equal values of a group in any order: the first row gets the second smallest, which is
    # then the same value.
    order = group_order(g, np.where(nan, np.inf, x), near=near)
    gs, xs = g[order], np.where(nan, np.inf, x)[order]
    first = np.r_[True, gs[1:] != gs[:-1]]
    start = np.flatnonzero(first)
    size = np.diff(np.r_[start, len(gs)])
    which = np.repeat(np.arange(len(start)), size)
    smallest = xs[start]
    second = np.where(size > 1, xs[np.minimum(start + 1, len(xs) - 1)], empty)
    out_sorted = np.where(np.arange(len(xs)) == start[which], second[which], smallest[which])
    n_nan = np.add.reduceat(nan[order].astype(np.int64), start)[which]
    out_sorted = np.where(n_nan - nan[order] > 0, np.nan, out_sorted)
    out = np.empty_like(out_sorted)
    out[order] = out_sorted
    return out


def _by_low_end(g: np.ndarray, lo: np.ndarray, hi: np.ndarray, at: np.ndarray,
                by_group: np.ndarray | None = None) -> tuple:
    """The figures `at` (positions) in order of group and low end: the order, their groups, low
    and high ends, whether each opens its group, and the highest high end so far within its
    group (a running maximum restarted per group), what lone figures are read from."""
    order = at[group_order(g[at], lo[at], near=among(by_group, at))]
    gs, los, his = g[order], lo[order], hi[order]
    first = np.r_[True, gs[1:] != gs[:-1]]
    start = np.flatnonzero(first)
    run = np.repeat(np.arange(len(start)), np.diff(np.r_[start, len(gs)]))
    reach = pd.Series(his).groupby(run).cummax().to_numpy()
    return order, gs, los, his, first, reach


def _lone(g: np.ndarray, lo: np.ndarray, hi: np.ndarray, rows: np.ndarray,
          by_group: np.ndarray | None = None) -> np.ndarray:
    """Per figure: True for one of `rows` (a mask) whose interval overlaps (by more than a point)
    that of no other of `rows` in its group; one with an unknown end overlaps nothing.

    In order of low end, the rows before one overlap it when the highest of their high ends
    lies above its low end, and those after it when the next one starts below its high end:
    one sort, no pairs."""
    rows = np.asarray(rows, bool)
    out = rows.copy()
    known = rows & ~np.isnan(lo) & ~np.isnan(hi)
    at = np.flatnonzero(known)
    if not len(at):
        return out
    order, gs, los, his, first, reach = _by_low_end(g, lo, hi, at, by_group)
    after = ~np.r_[first[1:], True] & (np.r_[los[1:], np.inf] < his)
    before = ~first & (np.r_[-np.inf, reach[:-1]] > los)
    out[order] = ~(after | before)
    return out


def overlaps_any(grp, low, high, query, among) -> np.ndarray:
    """Per row: True for a `query` row whose interval overlaps (by more than a point) that of
    some `among` row of its group. One sort: `among` rows by their low end, each query at its
    high end (before an `among` row starting there), and a running maximum of the `among` highs
    per group; a query overlaps some earlier-starting row exactly when that maximum exceeds its
    own low end."""
    query, among = np.asarray(query, bool), np.asarray(among, bool)
    out = np.zeros(len(query), bool)
    if not query.any() or not among.any():
        return out
    grp, low, high = np.asarray(grp), np.asarray(low, float), np.asarray(high, float)
    g = np.concatenate([grp[among], grp[query]])
    x = np.concatenate([low[among], high[query]])
    n_among = int(among.sum())
    kind = np.r_[np.ones(n_among, np.int8), np.zeros(len(g) - n_among, np.int8)]
    carried = np.r_[high[among], np.full(len(g) - n_among, -np.inf)]
    order = np.lexsort((kind, x, g))
    running = pd.Series(carried[order]).groupby(g[order]).cummax().to_numpy()
    seen = np.empty_like(running)
    seen[order] = running
    q_low, q_high = low[query], high[query]
    out[query] = (seen[n_among:] > q_low) & ~np.isnan(q_high)
    return out


def _precise(vague: np.ndarray, bound: np.ndarray, no_side: np.ndarray,
             c_high: np.ndarray) -> np.ndarray:
    """Per figure: True when it is precise enough to decide a conflict: not vague, bounded on
    both sides, and widened by its hedge evenly if at all (약, about; not nearly, 이상, 최대);
    `no_side`: the hedge states no bound (`uncertainty.bound_side_codes`)."""
    exact, approx = uncertainty.bound_is(bound, "exact", "approx")
    return ~vague.astype(bool) & (exact | approx) & no_side & np.isfinite(c_high)


def _decide(events: Events, rows: np.ndarray, lone: np.ndarray | None = None,
            won: np.ndarray | None = None) -> tuple[np.ndarray, ...]:
    """Per figure of `rows` (positions in `events`), among those figures: agrees, status code
    (agrees, outlier, split) and its group's best count of witnesses, from the largest agreeing
    set; with no majority, every figure of the group is split. `lone` (per figure of `events`:
    it fits no other of `rows` in its fact) and `won` (per group: one bloc won, `_blocs`):
    given when the figures are the precise ones of a winning bloc; with three sides or more the
    largest must then hold more articles than every other, as many articles being told apart
    by nothing, printings included. A lone figure makes no side."""
    g = events.g[rows]
    _, best, agrees = events.sweep(rows, ranked=True)
    size = np.bincount(g, minlength=g.max() + 1 if len(g) else 0)
    # The group's best count, and the best count of the figures outside its largest set: a tie
    # when they are equal (two sets as large), or when no two figures agree at all.
    group_best = np.zeros(len(size), np.int64)
    group_best[g] = best
    rest_best = np.zeros(len(size), np.int64)
    # Groups whose figures outside the largest set do not agree among themselves either.
    three_sides = np.zeros(len(size), bool)
    out = np.flatnonzero(~agrees)
    if len(out):
        _, rest, _ = events.sweep(rows[out], ranked=True)
        np.maximum.at(rest_best, g[out], rest)
    sides = np.flatnonzero(~agrees & ~lone[rows]) if lone is not None else out[:0]
    if len(sides):
        _, _, rest_agrees = events.sweep(rows[sides], ranked=True)
        three_sides[g[sides[~rest_agrees]]] = True
    if won is not None:
        three_sides &= won[:len(three_sides)]
    # Counts ranked by witnesses, then figures: as many articles on each side tie only when
    # they print as many figures. A figure alone at the best point ties with one outside it.
    figures = group_best % events.scale if events.scale > 1 else group_best
    tied = (figures <= 1) | (rest_best == group_best)
    if events.scale > 1:
        # Of two sides, one article printing its figure twice is a tie-break between sides of
        # as many articles; of three, it would crown one of two equal sides over a third
        # that contradicts both, so as many articles there are no majority.
        tied |= three_sides & (rest_best // events.scale == group_best // events.scale)
    status = np.where(agrees, AGREES, OUTLIER).astype(np.int8)
    members = tied[g] & (size[g] > 1)
    status[members] = SPLIT
    agrees = agrees & ~members
    return agrees, status, best


def precision_hint(rows) -> str:
    """With two figures and no majority: which is stated more precisely, if one clearly is."""
    if len(rows) != 2:
        return ""
    width = [(r.c_high - r.c_low) / abs(r.c_value) if r.c_value else float("inf") for r in rows]
    if width[0] * PRECISION_HINT < width[1]:
        a, b = rows
    elif width[1] * PRECISION_HINT < width[0]:
        b, a = rows
    else:
        return ""
    return (f"; {a.id} is stated more precisely, so {b.id} is the likelier slip, but nothing "
            f"else tells them apart")


def per_distinct(rule, *columns) -> tuple[np.ndarray, ...]:
    """`rule` (the array form of a one-value rule, as `F.point_gaps`: one array or a tuple of
    them) of each row of `columns`, worked out once per distinct row and handed to every row
    that holds it: a check's findings repeat a few thousand inputs (at 1M figures, 158,735
    outliers hold 4,133 distinct points and consensuses)."""
    arrays = [np.asarray(x) for x in columns]
    kind, first = distinct_rows(arrays)
    out = rule(*(x[first] for x in arrays))
    return tuple(x.take(kind) for x in out) if isinstance(out, tuple) else out.take(kind)


def distinct_rows(columns: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """A code per row, equal for rows equal in every column of numbers (a float by its bits:
    -0.0 is not 0.0, as a rule may tell them apart), and each code's first row."""
    n = len(columns[0])
    kind = np.zeros(n, np.int64)
    for x in columns:
        code, distinct = pd.factorize(x.view(np.int64) if x.dtype == np.float64 else x)
        kind = pd.factorize(kind * (len(distinct) + 1) + code + 1)[0]
    # pandas numbers values in the order they first appear: a code's first row is where the
    # codes first pass their running maximum.
    first = np.flatnonzero(kind > np.maximum.accumulate(np.r_[-1, kind[:-1]])) if n else kind
    return kind, first


def shared_floats(x: np.ndarray) -> list[float]:
    """`x.tolist()` with one object per distinct value, told apart bit for bit (-0.0 is not 0.0,
    as equality would have it)."""
    codes, bits = pd.factorize(np.ascontiguousarray(x).view(np.int64))
    # One object per distinct value, handed out by numpy's take (a tenth of a list lookup per
    # row through Python ints).
    return bits.view(np.float64).astype(object).take(codes).tolist()


def rows_by(df: pd.DataFrame, column: str, values) -> dict:
    """The rows of `df` whose `column` holds each of `values`, by value: one pass over the table
    for the few flagged figures a check looks up, not one a figure (a large table has
    thousands); a value no row holds is missing."""
    if column not in df:
        return {}
    rows = df[df[column].isin(pd.unique(pd.Series(values, dtype=object)))]
    return dict(tuple(rows.groupby(column, sort=False)))


def fact_others(r, fact: pd.DataFrame) -> pd.DataFrame:
    """The other original figures of a figure's fact (`fact`) in its unit, less the figures it
    restates or that restate it (its own conversion is no other figure); none when it has no
    unit. For the checks that weigh one set-aside figure (garbled, two_currencies) against its
    fact."""
    if not isinstance(r.c_unit, str):
        return fact.iloc[:0]
    restates = getattr(r, "restates", None)
    mine = {r.id} | ({restates} if isinstance(restates, str) and restates else set())
    keep = fact["c_unit"].eq(r.c_unit) & ~fact["id"].isin(mine)
    if "restates" in fact:
        keep &= ~fact["restates"].isin(mine)
    return fact[keep]


def head(r) -> F.Head:
    """Who the figure is, for a finding's head: `Head` (id, amount, source, as_of)."""
    return F.Head((r.id, r.amount, r.source, r.as_of))


def heads(fid, amount, source, as_of) -> list[F.Head]:
    """`head` of each figure, from its columns (lists or arrays of one length)."""
    return list(map(F.Head, zip(fid, amount, source, as_of)))


def named(r, unit_col: str = "c_unit") -> str:
    """'c01-02 ("약 500조 원", [353.6 bn, 368.8 bn] USD)'."""
    return (f'{r.id} ("{r.amount}", '
            f"{fmt.interval(r.c_low, r.c_high, getattr(r, unit_col))})")


def ids(values) -> str:
    """Figure ids joined for a message."""
    return ", ".join(values)


def records(df: pd.DataFrame):
    """Rows for building messages, without the datetime columns (boxing them is slow)."""
    # The rows itertuples() gives, built column by column: itertuples and select_dtypes cost
    # about 2.5 ms per call on the engine's 80-column frames whatever their length, and most
    # calls on a small file get an empty or one-row frame.
    if df.empty:
        return iter(())
    # Kind "M": datetime64 of any unit, with or without a time zone.
    keep = [(name, column) for name, column in df.items() if column.dtype.kind != "M"]
    row = namedtuple("Pandas", ["Index", *(str(name) for name, _ in keep)], rename=True)
    return map(row._make, zip(df.index, *(column for _, column in keep)))


def one_figure_findings(c: pd.DataFrame, check: str, rule: str, detail: list,
                        severity) -> list:
    """A finding per row of `c` (id, metric, amount, source, as_of, c_unit) flagging that figure
    alone, with its `detail` and `severity` (one for all, or one per row)."""
    n = len(c)
    fid = c["id"].tolist()
    evidence = F.Evidence.many(n, check=check, rule=rule, detail=detail,
                               unit=["" if not isinstance(u, str) else u
                                     for u in c["c_unit"].tolist()])
    one = list(zip(fid))
    return F.Finding.many(n, severity=severity, metric=c["metric"].tolist(), flagged=one,
                          subject=one, head=heads(fid, c["amount"].tolist(),
                                                  c["source"].tolist(), c["as_of"].tolist()),
                          evidence=list(zip(evidence)))
