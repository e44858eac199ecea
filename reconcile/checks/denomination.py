"""A fact's currency of denomination: the one its figures in other currencies are conversions of.

normalize names a family's currency by counting its figures (`reference_currency`), so a dollar
deal reported mostly in won is judged in won, and two won conversions made on different days
read as a disagreement. A family of one metric with a flagged figure and originals in another
currency is judged again in each of those currencies, every figure converted at the bands of
its own as_of and publication date, as normalize converts them; the currency in which fewer
articles state a flagged original figure (outlier or split) is kept, on a tie of articles the
one with fewer flagged figures, and on a tie of both the one normalize chose. Articles first: one
article is one witness of a fact (`common.article_codes`), however often it prints a figure.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from reconcile.model.distinct import distinct

# The compared columns a family judged in another currency gets anew; `denominated` says why
# (None for a family judged where normalize put it).
MOVED = ("ref", "c_low", "c_high", "c_value", "c_unit", "typed")


def moved(df: pd.DataFrame, at: np.ndarray, read: dict, columns: dict, judge
          ) -> tuple[np.ndarray, dict[str, np.ndarray]] | None:
    """The positions (in `at`) of the original figures of families better judged in another
    currency, and the compared columns (`MOVED`) over every row with those families moved;
    None when none is. `read`, `columns`: the originals' columns and their judgement; `judge`
    judges such columns (`common.judged`)."""
    from reconcile.checks.common import OUTLIER, SPLIT
    flagged = np.isin(columns["status"], (OUTLIER, SPLIT))
    if not flagged.any():
        return None
    names = _asked(df, at, read, columns["grp"], flagged)
    if not len(names):
        return None
    # Each asked family is one metric and named by it: its rows are that metric's.
    metric = df["metric"].to_numpy(object)
    sub = np.flatnonzero(pd.Series(metric, copy=False).isin(names).to_numpy())
    n_fam = len(names)
    fam = np.full(len(df), -1, dtype=np.intp)
    fam[sub] = pd.Index(names).get_indexer(metric[sub])
    cur = df["currency"].to_numpy(object)
    ref = df["ref"].to_numpy(object)
    # Only a currency an original figure is stated in may be the one the others convert: one
    # stated only by restatements (conversions of the family's own figures) is none, and judging
    # there would widen same-currency figures by rate bands they were never converted at.
    original = np.zeros(len(df), bool)
    original[at] = True
    foreign = np.zeros(len(df), bool)
    foreign[sub] = (pd.notna(cur[sub]) & pd.notna(ref[sub]) & (cur[sub] != ref[sub])
                    & original[sub])
    # Per asked family, the other currencies its originals state, alphabetical: tried in
    # rounds, the k-th of each family in round k.
    rows = np.flatnonzero(foreign)
    tries: dict[int, list] = {}
    for f, c in sorted(set(zip(fam[rows].tolist(), cur[rows].tolist()))):
        tries.setdefault(f, []).append(c)
    if not tries:
        return None
    # The flagged are counted by article, as the agreement counts its witnesses.
    article = read["article"]
    flagged_in = _articles(fam[at[flagged]], article[flagged], n_fam)
    # On a tie of articles the flagged figures decide, as the agreement ranks its points
    # (articles, then figures); else the count's choice would stand, and its count of all
    # the figures lets printings decide by another route.
    figures_in = _figures(fam[at[flagged]], n_fam)
    best = {f: ((int(flagged_in[f]), int(figures_in[f])), None) for f in tries}
    kept: dict = {}
    tried: dict = {}
    for k in range(max(map(len, tries.values()))):
        target = {f: cs[k] for f, cs in tries.items() if len(cs) > k}
        counts, cols = _judged_in(df, at, read, fam, target, judge, article)
        for f, n in counts.items():
            tried.setdefault(f, []).append((target[f], n))
            if n is not None and n < best[f][0]:
                best[f] = (n, target[f])
                kept[f] = cols
    winners = {f: c for f, (n, c) in best.items() if c is not None}
    if not winners:
        return None
    new = {c: df[c].to_numpy().copy() for c in MOVED}
    new["denominated"] = np.full(len(df), None, dtype=object)
    # The winners of one round share its columns: written at once, each family's rows found
    # from one sort (not a scan of every row per family).
    for cols in {id(kept[f]): kept[f] for f in winners}.values():
        where, values = cols
        mine = np.isin(fam[where], [f for f in winners if kept[f] is cols])
        for name in MOVED:
            new[name][where[mine]] = values[name][mine]
    rows = np.flatnonzero(np.isin(fam, list(winners)))
    rows = rows[np.argsort(fam[rows], kind="stable")]
    starts = np.flatnonzero(np.r_[True, fam[rows][1:] != fam[rows][:-1]])
    for mine in np.split(rows, starts[1:]):
        f = int(fam[mine[0]])
        c = winners[f]
        others = sorted({x for x in cur[mine].tolist() if isinstance(x, str) and x != c})
        # Said of each figure: "its other KRW figures" of a won one.
        said = {own: why(c, ref[mine[0]], best[f][0], (int(flagged_in[f]), int(figures_in[f])),
                         others, own, tried[f]) for own in set(cur[mine].tolist())}
        new["denominated"][mine] = [said[x] for x in cur[mine].tolist()]
    in_moved = np.isin(fam[at], list(winners))
    return np.flatnonzero(in_moved), new


def _articles(fam: np.ndarray, article: np.ndarray, n: int) -> np.ndarray:
    """Per family 0..n-1, how many articles (`common.article_codes`' codes, -1 for a figure of no
    known article, a witness of its own) state the figures of families `fam` (-1: none asked):
    a slip one article prints three times weighs one, as in the agreement."""
    asked = fam >= 0            # a figure of a family not asked has none (-1)
    fam, article = fam[asked], article[asked]
    article = np.where(article < 0, -1 - np.arange(len(article)), article)
    keys = distinct(fam, article)
    return np.bincount(fam[keys.first], minlength=n)


def _figures(fam: np.ndarray, n: int) -> np.ndarray:
    """Per family 0..n-1, how many figures of families `fam` (-1: none asked) there are."""
    return np.bincount(fam[fam >= 0], minlength=n)


def _asked(df: pd.DataFrame, at: np.ndarray, read: dict, g: np.ndarray, flagged: np.ndarray
           ) -> np.ndarray:
    """The families to judge again, by name: of one metric, with a flagged original and a
    converted one (in another currency than the family's). Read from one original per group
    (a group is of one metric, so of one family): at 1M figures most runs stop here."""
    # A converted figure's value changed: in the family's own currency its rate is 1.
    converted = (read["c_value"] != read["value"]) & np.isfinite(read["value"])
    n = int(g.max()) + 1
    first = np.full(n, -1, dtype=np.intp)       # a group number may be unused
    first[g[::-1]] = np.arange(len(g))[::-1]
    with_flag, with_converted = np.zeros(n, bool), np.zeros(n, bool)
    with_flag[g[flagged]] = True
    with_converted[g[converted]] = True
    used = first >= 0
    first, with_flag, with_converted = first[used], with_flag[used], with_converted[used]
    family = df["family"].to_numpy(object)[at[first]]
    metric = read["metric"][first]
    # A family is named by one of its metrics (or by a total no figure states): one whose
    # groups are all of the metric it is named by is of that metric alone.
    own = family == metric
    several = set(family[~own].tolist())
    flags, conversions = set(family[with_flag & own].tolist()), set(family[with_converted].tolist())
    names = [f for f in flags & conversions - several if isinstance(f, str)]
    return np.array(sorted(names), dtype=object)


def why(judged: str, counted: str, n_judged: tuple, n_counted: tuple, others: list, own,
        tried: list) -> str:
    """The sentence a finding on a figure in `own` of a family judged in another currency ends
    with; `n_judged`, `n_counted` (articles, figures) and `tried` (each currency tried with its
    articles, None: not taken) count the flagged there."""
    (n_judged, figs_judged), (n_counted, figs_counted) = n_judged, n_counted
    names = ", ".join(f"other {x}" if x == own else x for x in others)
    out = (f"Judged in {judged}, the currency its {names} figures convert, each at the rates "
           f"of its own dates: {_disagree(n_judged)} with the others judged so, against "
           f"{_articles_said(n_counted)} in {counted}")
    if n_judged == n_counted:       # decided by the printings of those articles
        out += (f", {_figures_said(figs_judged)} against {_figures_said(figs_counted)}")
    out += f" (a count of its figures would name {counted})"
    if len(tried) > 1:
        out += "; tried: " + ", ".join(f"{c} ({_tried_said(n, n_judged)})" for c, n in tried)
    return out + "."


def _tried_said(n: tuple | None, n_judged: int) -> str:
    """A tried currency's count of flagged articles, and of figures where its articles tie
    with the judged currency's (the figures decided between them)."""
    if n is None:
        return "not taken: figures of one currency disagree"
    if n[0] == n_judged and n[0]:
        return f"{_articles_said(n[0])}, {_figures_said(n[1])}"
    return _articles_said(n[0])


def _disagree(n: int) -> str:
    return f"the figures of {_articles_said(n)} disagree"


def _figures_said(n: int) -> str:
    return f"{n} figure{'' if n == 1 else 's'}"


def _articles_said(n: int) -> str:
    return "no article" if n == 0 else f"{n} article{'' if n == 1 else 's'}"


def _judged_in(df: pd.DataFrame, at: np.ndarray, read: dict, fam: np.ndarray, target: dict,
               judge, article: np.ndarray) -> tuple[dict, dict]:
    """Per family of `target`, how many articles state its flagged original figures when it is
    judged in its target currency (`article`: each original's article code) and how many such
    figures there are (None: the currency is no candidate); and the rows of those families with
    their compared columns so."""
    fams = np.fromiter(target, dtype=fam.dtype)
    where = np.flatnonzero(np.isin(fam, fams))
    values = _in_currency(df, where, fam, target)
    # The originals among those rows, judged with their columns so converted.
    pos = np.flatnonzero(np.isin(fam[at], fams))
    rank = np.searchsorted(where, at[pos])
    sub = {c: x[pos] for c, x in read.items()}
    for c in ("c_low", "c_high", "c_value", "c_unit"):
        sub[c] = values[c][rank]
    status = judge(sub)["status"]
    from reconcile.checks.common import OUTLIER, SPLIT
    bad = np.isin(status, (OUTLIER, SPLIT))
    n = _articles(fam[at[pos]][bad], article[pos][bad], int(fam.max()) + 1)
    k = _figures(fam[at[pos]][bad], int(fam.max()) + 1)
    # A currency its converted figures do not convert is no candidate: one of them that
    # disagrees with another of its currency at any rates of their own dates stays flagged.
    apart = _apart_at_one_rate(df, at[pos], read, pos, fam, values, rank, judge)
    off = np.zeros(len(n), bool)
    off[fam[at[pos]][apart & ~bad]] = True
    return ({f: (int(n[f]), int(k[f])) if not off[f] else None for f in target},
            (where, values))


def _apart_at_one_rate(df: pd.DataFrame, rows: np.ndarray, read: dict, pos: np.ndarray,
                       fam: np.ndarray, values: dict, rank: np.ndarray, judge) -> np.ndarray:
    """Whether each of the original figures `rows` converted to its family's target currency
    disagrees with others of its currency at every rate their own ECB bands hold (the
    allowance for the rate source left out: they share its source), judged as `judge` judges;
    of one day, that is as they are stated."""
    off = np.zeros(len(rows), bool)
    cur = df["currency"].to_numpy(object)[rows]
    conv = np.flatnonzero(pd.notna(cur) & (values["ref"][rank] != cur))
    if len(conv) < 2:
        return off
    from reconcile.model.normalize import converted
    at, low, high = pos[conv], values["rate_low"][rank][conv], values["rate_high"][rank][conv]
    s_low, s_high = (df[c].to_numpy(float)[rows[conv]] for c in ("s_low", "s_high"))
    sub = {c: x[at] for c, x in read.items()}
    sub["metric"] = distinct(fam[rows[conv]], cur[conv]).codes
    sub["c_unit"] = cur[conv]
    # Not widened: the allowance for the rate source is left out.
    sub["c_low"], sub["c_high"], sub["c_value"] = converted(s_low, s_high, read["value"][at], low,
                                                            high, False)
    from reconcile.checks.common import OUTLIER, SPLIT
    off[conv] = np.isin(judge(sub)["status"], (OUTLIER, SPLIT))
    return off


def _in_currency(df: pd.DataFrame, where: np.ndarray, fam: np.ndarray, target: dict) -> dict:
    """The compared columns of rows `where`, each money figure converted to its family's target
    currency at the bands of its as_of and publication date (widened for the rate source, as
    normalize widens a conversion); a figure in that currency as it is."""
    from reconcile.model.normalize import converted, window
    pick = {c: df[c].to_numpy(object)[where] for c in ("currency", "ref", "as_of", "published",
                                                         "c_unit")}
    of_family = np.empty(int(fam.max()) + 1, dtype=object)
    of_family[list(target)] = list(target.values())
    tgt = of_family[fam[where]]
    money = pd.notna(pick["currency"])
    convert = money & (pick["currency"] != tgt)
    rlo, rhi = np.ones(len(where)), np.ones(len(where))
    at = np.flatnonzero(convert)
    if len(at):
        keys = distinct(pick["currency"][at], tgt[at], pick["as_of"][at], pick["published"][at])
        args = [x[at][keys.first] for x in (pick["currency"], tgt, pick["as_of"],
                                              pick["published"])]
        found = [window(*a) for a in zip(*args)]
        rlo[at] = np.array([w["rate_low"] for w in found], float)[keys.codes]
        rhi[at] = np.array([w["rate_high"] for w in found], float)[keys.codes]
    # A figure in its target: a band of 1, not widened.
    scaled = converted(*(df[c].to_numpy(float)[where] for c in ("s_low", "s_high", "value")),
                       rlo, rhi, convert)
    out = {c: df[c].to_numpy(float)[where].copy() for c in ("c_low", "c_high", "c_value")}
    for c, x in zip(("c_low", "c_high", "c_value"), scaled):
        out[c][money] = x[money]
    # The unit label's currency renamed, its period (' / year') kept.
    # Each distinct (label, old currency, new currency) renamed once.
    keys = distinct(pick["c_unit"], pick["ref"], tgt, money)
    labels = [_renamed(*(x[i] for x in (pick["c_unit"], pick["ref"], tgt, money)))
              for i in keys.first]
    out["c_unit"] = keys.spread(np.array(labels + [None], dtype=object)[:-1])
    out["ref"] = tgt.copy()
    out["typed"] = _typed(df, where, pick["currency"], pick["ref"], tgt)
    # The ECB band of each conversion (1 for a figure in its target): which figures of one
    # currency could have been converted at one rate.
    out["rate_low"], out["rate_high"] = rlo, rhi
    return out


def _renamed(unit, old, new, money: bool):
    """A money figure's unit label in `new`, its period kept (`normalize.money_label`); any
    other label, or one of a figure with no currency to rename, as it is."""
    from reconcile.model.normalize import money_label
    return money_label(new, unit) if money and isinstance(old, str) else unit


def _typed(df: pd.DataFrame, where: np.ndarray, cur: np.ndarray, old: np.ndarray,
           new: np.ndarray) -> np.ndarray:
    """Whether each row's digits were typed (`normalize.typed`) with its family's currency
    `new`: a figure in another currency is a conversion; one that was foreign and is now in it
    is typed unless it restates or its words say it converts."""
    from reconcile.model.conversion_words import said_to_be_conversions
    typed = df["typed"].to_numpy(bool)[where].copy()
    money = pd.notna(cur)
    typed[money & (cur != new)] = False
    now = np.flatnonzero(money & (cur == new) & (cur != old))
    if len(now):
        rows = where[now]
        said = np.asarray(said_to_be_conversions(df["amount"].iloc[rows], df["quote"].iloc[rows]),
                          dtype=bool)
        typed[now] = (df["role"].to_numpy(object)[rows] != "restatement") & ~said
    return typed
