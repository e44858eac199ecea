"""Figures to normalized intervals: one currency, one unit per dimension, with provenance.

Two normalizations are made, from the one uncertainty model (`reconcile.model.uncertainty`):
- for the checks (`c_*` columns): money in the reference currency of its family of metrics (the
  metrics linked by `part_of`), chosen from the data alone (the currency most of the family's
  original figures are stated in), so that the report currency never changes a finding;
- for display (`n_*` columns): money in the report currency, optionally in constant money of
  `real_as_of` (US CPI-U).
Both convert at the ECB band over the figure's as_of period and over its publication date, widened
by the rate allowance. Durations become days (currency.units); counts and shares stay in their unit.
"""
from __future__ import annotations

import datetime
import functools
import itertools
import math
import re

import numpy as np
import pandas as pd

from currency.amount import beyond_one_amount
from currency.data.pegs import peg_label
from currency.data.periods import PeriodError, parse_period
from currency.data.rates import (
    euro_fixed,
    is_stale,
    outside_note,
    rate_book,
    stale_note,
    stand_in,
)
from reconcile.model import as_of_window, uncertainty
from reconcile.model.components import Components
from reconcile.model.distinct import Keys, distinct, factorized, first_rows, numbered
from reconcile.store import restatements
from reconcile.store.figures import figure_amount, part_of_keys

DURATION_UNIT = "day"
# Each row's role, one shared object per word: index 1 for a restatement.
ROLES = np.array(["original", "restatement"], dtype=object)
AMOUNT_COLUMNS = ["value", "low", "high", "precision", "currency", "unit", "bound", "hedge",
                  "vague", "quantity_kind", "span"]


def read_amounts(amounts: pd.Series, currencies: pd.Series | None = None,
                 keys: Keys | None = None, periods: np.ndarray | None = None) -> pd.DataFrame:
    """Each figure's amount as columns: its text read with its `currency` cell (a text with no
    unit is money in that currency, `reconcile.store.figures.figure_amount`) and the period its
    quote gives it (`periods`, `quote_periods`); each distinct key read once (texts repeat in
    large tables). `keys`: the numbers of those keys, when the caller has them."""
    cells = currencies if currencies is not None else pd.Series(None, index=amounts.index,
                                                                  dtype=object)
    keys = keys if keys is not None else distinct(amounts, cells)
    texts = amounts.to_numpy(dtype=object)[keys.first]
    given = cells.to_numpy(dtype=object)[keys.first]
    pers = periods[keys.first] if periods is not None else [None] * len(texts)
    rows = []
    for text, cell, per in zip(texts, given, pers):
        a = figure_amount(text if isinstance(text, str) else None,
                          cell if isinstance(cell, str) and cell else None, per)
        rows.append((a.value, a.low, a.high, a.precision, a.currency, a.unit_label, a.bound,
                     a.hedge, a.vague, a.kind, a.span))
    table = _text_as_objects(pd.DataFrame(rows, columns=AMOUNT_COLUMNS))
    return table.take(keys.codes).set_axis(amounts.index)


def quote_periods(amounts: pd.Series, quotes: pd.Series, amount_codes=None,
                  quote_codes=None) -> np.ndarray | None:
    """Per figure, the period its quote gives its amount through the noun the amount is the
    value of ("an annual cap set at $20 billion"), as the reader reads the article
    (`currency.text.periods`); None when no quote holds a period word (most tables). Each
    distinct quote is searched for one once, each distinct (amount, quote) pair read once."""
    from currency.text.periods import holding_period_words
    from currency.text.reader import period_in_quote
    q_codes, q_texts = numbered(quotes, quote_codes)
    worded = np.zeros(len(q_texts) + 1, dtype=bool)     # the last: a missing quote's (-1)
    worded[holding_period_words(q_texts)] = True
    if not worded.any():
        return None
    a_codes, a_texts = numbered(amounts, amount_codes)
    look = np.flatnonzero(worded[q_codes] & (a_codes >= 0))
    if not len(look):
        return None
    pairs = distinct(a_codes[look], q_codes[look])
    out = np.full(len(a_codes), None, dtype=object)
    out[look] = pairs.spread(np.array([period_in_quote(a_texts[a_codes[i]], q_texts[q_codes[i]])
                                       for i in look[pairs.first]], dtype=object))
    return out


def _codes(coded: dict, name: str, df: pd.DataFrame) -> np.ndarray:
    """The text numbers of column `name` (-1 for a missing cell), from `coded` or numbered now
    and kept there: a column is hashed once however many lookups it keys."""
    if name not in coded:
        coded[name] = factorized(df[name].to_numpy(dtype=object))[0]
    return coded[name]


def _objects(values: np.ndarray, index: pd.Index) -> pd.Series:
    """An array of shared text objects (or any objects) as a column that stays objects: pandas
    would infer its `str` dtype and copy every cell. The array becomes the column's own (not
    copied): callers hand over arrays made for it."""
    return pd.Series(values, index=index, dtype=object, copy=False)


def _currency_of(df: pd.DataFrame, ids: pd.Series, keep: str = "last") -> pd.Series:
    """The currency of the figure each of `ids` names (NaN for none; when an id repeats, as a
    bad file may have it, of its `keep` row, 'first' or 'last')."""
    own, named = _numbered_together(df["id"], ids)
    return _objects(_currency_by_number(df["currency"].to_numpy(dtype=object), own, named, keep),
                    ids.index)


def _numbered_together(ids: pd.Series, named: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """The numbers of `ids` and of the ids `named` (-1 for a missing one), in one numbering:
    a named id's number is that of its rows."""
    cells = named.to_numpy(dtype=object)
    at = np.flatnonzero(pd.notna(cells))
    codes = pd.factorize(np.concatenate([ids.to_numpy(dtype=object), cells[at]]))[0]
    out = np.full(len(cells), -1, dtype=np.intp)
    out[at] = codes[len(ids):]
    return codes[:len(ids)], out


def _currency_by_number(currency: np.ndarray, own: np.ndarray, named: np.ndarray,
                        keep: str = "last", none=np.nan) -> np.ndarray:
    """`_currency_of` by id numbers: `currency` the rows' cells (or their numbers), `own` their
    ids, `named` the ids named (-1 for none); `none` for an id no row has."""
    n = len(own)
    # The row of each number: its first or last row (n, past the end, for an id no row has;
    # the last slot, for number -1).
    row = np.full(max(int(own.max(initial=-1)), int(named.max(initial=-1))) + 2, n)
    valid = np.flatnonzero(own >= 0)
    if not len(valid) or np.bincount(own[valid]).max() == 1:    # each id once, as is usual
        row[own[valid]] = valid
    else:
        scan = valid if keep == "first" else valid[::-1]
        seen, at = np.unique(own[scan], return_index=True)
        row[seen] = scan[at]
    row[-1] = n
    return np.append(currency, none)[row[named]]


def _periods(texts: pd.Series, codes: np.ndarray | None = None) -> tuple[pd.Series, pd.Series]:
    """First and last day of each row's period text; each distinct text parsed once (`codes`:
    the texts' numbers, when the caller has them)."""
    codes, uniques = numbered(texts, codes)
    periods = [parse_period(t) for t in uniques]
    # Days, as the dates' Timestamps infer, even with no rows (an empty list would be object,
    # with no `.dt`).
    unit = None if periods else "datetime64[s]"
    first = pd.Series([pd.Timestamp(p.first) for p in periods], dtype=unit)
    last = pd.Series([pd.Timestamp(p.last) for p in periods], dtype=unit)
    # Arrays made here: the columns take them as they are (pandas would copy them).
    return (pd.Series(first.to_numpy()[codes], index=texts.index, copy=False),
            pd.Series(last.to_numpy()[codes], index=texts.index, copy=False))


@functools.lru_cache(maxsize=65536)
def fx_band(currency: str, target: str, period_text: str) -> dict:
    """Rate band from `currency` to `target` over a period, clamped to the data, with a note."""
    book = rate_book()
    period = parse_period(period_text)
    if currency == target:
        return dict(rate_low=1.0, rate_high=1.0, rate_low_date=None, rate_high_date=None,
                    rate_note="", data_note="")
    note = ""
    first, _, outside = stand_in(currency, target, period.first, period.last, str(period))
    if outside:
        r = book.rate_on(currency, target, first)
        # A currency the ECB had stopped fixing is not at the data's edge fixing: said as its own.
        return dict(rate_low=r.value, rate_high=r.value, rate_low_date=r.date,
                    rate_high_date=r.date, rate_note=outside_note(
                        period.first, period.last, str(period), stale_note(r)),
                    stale_to=r.requested if stale_note(r) else None, data_note=outside)
    if period.last > book.last_date:
        note = f"the ECB data ends {book.last_date}"
    band = book.band(currency, target, period)
    newest = max(band.low_date, band.high_date)
    if is_stale(newest, first):
        # No fixing in the period nor just before it (RUB after 2022-03): the band is one old
        # fixing, said with its date.
        r = book.rate_on(currency, target, min(period.last, book.last_date))
        return dict(rate_low=r.value, rate_high=r.value, rate_low_date=r.date,
                    rate_high_date=r.date, rate_note="; ".join(filter(None, (note,
                                                                             stale_note(r)))),
                    stale_to=r.requested, data_note=note)
    low, high = (band.low, band.low_date), (band.high, band.high_date)
    if period.first == period.last and period.first > book.first_date:
        # Written on a day, a conversion can only use the fixings already published: Seoul is
        # hours ahead of the ECB's afternoon fixing, so the previous one counts too. On a
        # Saturday or Sunday the writer's rate is Friday's in Seoul, which lies between Friday's
        # fixing and the one before: the previous one is counted back from the Friday. A weekday
        # with no ECB fixing (an ECB-only holiday) is counted from the day itself: Seoul traded,
        # and an older fixing is one its writer no longer used.
        weekday = period.first.weekday()
        day = period.first - datetime.timedelta(days=weekday - 4 if weekday >= 5 else 0)
        r = book.rate_on(currency, target, day - datetime.timedelta(days=1))
        low, high = min(low, (r.value, r.date)), max(high, (r.value, r.date))
    return dict(rate_low=low[0], rate_high=high[0], rate_low_date=low[1],
                rate_high_date=high[1], rate_note=note, data_note=note)


@functools.lru_cache(maxsize=4096)
def fixings_between(base: str, quote: str, first, last) -> tuple:
    """The ECB fixings (day, rate in `quote` per `base`) of the days strictly between two days,
    within the data: for a check that asks which days' rates a figure fits."""
    days, rates = _fixings(base, quote, first + datetime.timedelta(days=1),
                           last - datetime.timedelta(days=1))
    return tuple((datetime.date.fromordinal(int(d)), float(r)) for d, r in zip(days, rates))


def _fixings(base: str, quote: str, first, last) -> tuple[np.ndarray, np.ndarray]:
    """The ECB fixings of the days first..last (within the data) that both currencies have: their
    day ordinals and rates in `quote` per `base`, as arrays (read at once, not day by day)."""
    b, q, origin = rate_book().per_eur_days(base, quote, first, last)
    b, q = np.frombuffer(b), np.frombuffer(q)
    both = ~(np.isnan(b) | np.isnan(q))
    return np.flatnonzero(both) + origin, q[both] / b[both]


# Sized to the data: its 10,161 calendar days (1999-01-04 to 2026-10-30) of one currency pair fit,
# about 0.8 kB each. 4,096 held too few: 20,000 asks over 6,820 days of 2005-2024 took 0.30-0.35
# s warm, 0.21-0.22 s at this size, 0.42-0.46 s with no cache.
@functools.lru_cache(maxsize=16384)
def fixings_before(base: str, quote: str, day, days: int) -> tuple[np.ndarray, np.ndarray]:
    """The ECB fixings of the `days` days before `day` (not `day` itself), within the data: their
    day ordinals and rates in `quote` per `base`, as arrays (read at once, not day by day)."""
    return _fixings(base, quote, day - datetime.timedelta(days=days), day - datetime.timedelta(days=1))


@functools.lru_cache(maxsize=65536)
def known_by(as_of: str, published: str) -> str:
    """The as_of whose fixings a writer could have used: the publication date when the as_of
    lies wholly after it (a payment due next year, a target year), as no one converts at rates
    not yet fixed; the as_of otherwise (and when either is not a date)."""
    try:
        if parse_period(as_of).first > parse_period(published).last:
            return published
    except (PeriodError, TypeError):
        pass
    return as_of


def _said_once(a: dict, p: dict) -> tuple:
    """The two bands' notes, but one old fixing standing in for both dates is said once: by the
    band whose gap reaches further, which covers the other's."""
    if a.get("stale_to") and p.get("stale_to") and a["rate_low_date"] == p["rate_low_date"]:
        return (max((a, p), key=lambda b: b["stale_to"])["rate_note"],)
    return a["rate_note"], p["rate_note"]


def rate_source(base: str, quote: str, days) -> str:
    """Whose rates a band of its fixing `days` is, as its label says it: "" for the ECB's own;
    for a currency the euro had replaced, the euro's fixing times its irrevocable rate; for one
    pegged to the dollar, the dollar's fixing times the peg, with its source."""
    # Decided here, with the rates, so that a view only shows it: the ECB never fixed such a
    # currency after its changeover, and a view does not open rate data.
    days = [d if isinstance(d, datetime.date) else datetime.date.fromisoformat(str(d)[:10])
            for d in days if d is not None and d == d]
    pegged = peg_label(base, quote, short=True)
    if pegged:
        # No ECB fixing of a pegged currency exists: its band is the dollar's, times the peg.
        return pegged
    for code in (base, quote):
        fixed = [euro_fixed(code, d) for d in days]
        if fixed and all(fixed):
            return f"ECB euro fixing × {fixed[0]:g} {code}/EUR (irrevocable)"
        if any(fixed):
            rate = next(f for f in fixed if f)
            # Said after the ECB band its other fixings make: a clause, not a whole label.
            return f"{code} from the euro's changeover at {rate:g} {code}/EUR"
    return ""


def window(currency: str, target: str, as_of: str, published: str) -> dict:
    """The rates a writer could have used: the as_of band and the publication band, and both."""
    a = fx_band(currency, target, known_by(as_of, published))
    p = fx_band(currency, target, published)
    lo = a if a["rate_low"] <= p["rate_low"] else p
    hi = a if a["rate_high"] >= p["rate_high"] else p
    note = "; ".join(dict.fromkeys(n for n in _said_once(a, p) if n))
    return dict(rate_low=lo["rate_low"], rate_high=hi["rate_high"],
                rate_low_date=lo["rate_low_date"], rate_high_date=hi["rate_high_date"],
                rate_note=note,
                # Only where the dates lie past the data: the note a finding names (a stale
                # fixing's note describes this display conversion, not the one a check used).
                data_note="; ".join(dict.fromkeys(n for n in (a["data_note"], p["data_note"]) if n)),
                rate_source=rate_source(currency, target, (lo["rate_low_date"], hi["rate_high_date"])),
                ra_low=a["rate_low"], ra_high=a["rate_high"], ra_low_date=a["rate_low_date"],
                ra_high_date=a["rate_high_date"],
                rp_low=p["rate_low"], rp_high=p["rate_high"], rp_low_date=p["rate_low_date"],
                rp_high_date=p["rate_high_date"])


def families(df: pd.DataFrame, metric_codes: np.ndarray | None = None) -> pd.Series:
    """Per figure: its family, the connected component of metrics linked by `part_of`
    (`metric_codes`: the metric column's numbers, when the caller has them)."""
    return family_numbers(df, metric_codes)[0]


def family_numbers(df: pd.DataFrame, metric_codes: np.ndarray | None = None,
                   part_codes: np.ndarray | None = None) -> tuple[pd.Series, np.ndarray]:
    """`families`, and each figure's family number (-1 for none), counted per distinct metric
    (`part_codes`: the `part_of` column's numbers, when the caller has them)."""
    metric = df["metric"].to_numpy(dtype=object)
    if metric_codes is None:
        metric_codes = factorized(metric)[0]
    part = df["part_of"].to_numpy(dtype=object)
    # Only a pair with a `part_of` joins anything; a metric no pair names is its own family.
    rows = np.flatnonzero(part_codes >= 0 if part_codes is not None else pd.notna(part))
    first = rows[distinct(metric_codes[rows], part_codes[rows] if part_codes is not None
                          else part[rows]).first]
    # Per distinct metric, its family; a missing metric (code -1) takes the last slot.
    missing = np.flatnonzero(metric_codes < 0)
    names = np.append(metric[first_rows(metric_codes)], metric[missing[0]] if len(missing)
                      else np.nan)
    family = _linked_roots(names, np.where(metric_codes[first] < 0, len(names) - 1,
                                           metric_codes[first]), part[first])
    numbers = factorized(family)[0]
    return _objects(family[metric_codes], df.index).rename("metric"), numbers[metric_codes]


def _linked_roots(names: np.ndarray, metrics: np.ndarray, parts: np.ndarray) -> np.ndarray:
    """Per name (the distinct metrics), the representative of its component once each metric is
    joined to the totals its `part_of` names, pair by pair in file order: `Components.join(total,
    metric)` over node numbers (`metrics`: the pairs' positions in `names`), the one sequential
    step, over numbers instead of texts."""
    node = dict(zip(names.tolist(), range(len(names))))
    # Each distinct `part_of` text split once (4,715 of them name the totals of 89,571 pairs at
    # 1M); a total no figure states is a node of its own. A pair's links, in order, are then
    # its text's run of total nodes.
    codes, texts = factorized(parts)
    totals = [[node.setdefault(t, len(node)) for t in part_of_keys(part)] for part in texts.tolist()]
    size = np.fromiter(map(len, totals), dtype=np.intp, count=len(totals))
    start = np.cumsum(size) - size
    count = size[codes]
    within = np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
    flat = np.fromiter(itertools.chain.from_iterable(totals), dtype=np.intp, count=size.sum())
    links = zip(flat[np.repeat(start[codes], count) + within].tolist(),
                np.repeat(metrics, count).tolist())
    joined = Components(range(len(node)))
    joined.join_all(links)
    # The nodes are 0, 1, ... in order: every root read at once by pointer jumping (a node's
    # representative is the root its parents lead to, however the paths were shortened).
    parent = np.fromiter(joined.parents(), dtype=np.intp, count=len(node))
    while True:
        up = parent[parent]
        if np.array_equal(up, parent):
            break
        parent = up
    root = parent[:len(names)]
    return np.fromiter(node, dtype=object, count=len(node))[root]


def _restated_roots(restated: np.ndarray, currency: np.ndarray, ids: np.ndarray,
                    original: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The restatements whose chain of `original` links starts from one of the figures (a
    conversion of a conversion restates, in the end, the first figure), as positions, and that
    figure's currency. Per figure: whether it is a restatement, its currency, and its `ids` and
    `original` numbers (`_numbered_together`)."""
    linked = np.flatnonzero(original >= 0)
    rs = np.flatnonzero(restated)
    root_ids = _chain_ends(ids[linked], original[linked], ids[rs])
    roots = _currency_by_number(currency, ids, root_ids, keep="first")
    found = pd.notna(roots)
    return rs[found], roots[found]


# Steps `_chain_ends` takes for all walks at once before it leaves the rest (cycles, or chains
# longer than this) to Python.
_STEPS = 64


def _chain_ends(keys: np.ndarray, links: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Per id of `starts`, the id its chain of links ends at (-1 for an id without a link): the
    links a dict from `keys` to `links` (a repeated key: its last link), followed while the id
    reached has a link that leads to an id not met before (a cycle ends at its last new id).
    Every walk takes its steps at once as arrays when each key is once (a good file); a walk
    still going after `_STEPS` steps is in a cycle or a longer chain, and is walked again by
    `_walked` (the rule), which tells the two apart."""
    if len(keys) and (keys.min() < 0 or np.bincount(keys).max() > 1):
        return _walked(dict(zip(keys.tolist(), links.tolist())), starts)
    # Each id's link (-1 for none); id -1, no key, takes the last slot.
    size = max(int(keys.max(initial=-1)), int(links.max(initial=-1)),
               int(starts.max(initial=-1))) + 2
    link = np.full(size, -1, dtype=np.intp)
    link[keys] = links
    end = link[starts]
    # Without a cycle no walk meets an id twice, so "not met before" holds at every step.
    going = np.flatnonzero(link[end] >= 0)
    for _ in range(_STEPS):
        if not len(going):
            return end
        end[going] = link[end[going]]
        going = going[link[end[going]] >= 0]
    if len(going):
        end[going] = _walked(dict(zip(keys.tolist(), links.tolist())), starts[going])
    return end


def _walked(follow: dict, starts: np.ndarray) -> np.ndarray:
    """`_chain_ends` id by id."""
    ends = []
    for fid in starts.tolist():
        seen, x = {fid}, follow.get(fid, -1)
        while x in follow and follow[x] not in seen:
            seen.add(x)
            x = follow[x]
        ends.append(x)
    return np.asarray(ends, dtype=np.intp)


# What decides a family's reference currency, in order, each larger first (then alphabetical).
_RANK = ("roots", "precise", "all", "given")


def reference_currency(df: pd.DataFrame, coded: dict | None = None) -> pd.Series:
    """Per figure: its family's currency of denomination, or None for a family without money.

    The currency the family's conversions restate from (the `original` links, followed to the
    first figure, pairs of any article); else the one most of its precise figures (exact, not
    vague) are stated in; else the one most of its figures are stated in. Ties go to the currency
    the figures file names in its `currency` column most often, then alphabetical order. Never the
    report currency: it changes what is shown, not what is compared. `coded`: the numbers of
    `family`, `currency`, and of `id` and `original` numbered together, and whether each figure
    is a restatement (`restatement`), and the given currency's in the numbering of `currency`
    (`given`, -1 for none), when the caller has them; it gets the numbers of `ref` (-1 for
    none), in the numbering of `currency`.
    """
    coded = coded if coded is not None else {}
    cur_all, currencies = numbered(df["currency"], coded.get("currency"))
    coded.setdefault("currency", cur_all)
    at = np.flatnonzero(cur_all >= 0)
    if not len(at):
        coded["ref"] = np.full(len(df), -1, dtype=np.intp)
        return pd.Series(None, index=df.index, dtype=object)

    def money(values: np.ndarray) -> np.ndarray:
        """A column's values on the money rows (all of them, as is usual: not copied)."""
        return values if len(at) == len(values) else values[at]

    ids, original = (coded["id"], coded["original"]) if "original" in coded else \
        _numbered_together(df["id"], df["original"])
    restated = money(coded["restatement"] if "restatement" in coded else
                     df["role"].eq("restatement").to_numpy())
    currency = money(df["currency"].to_numpy(dtype=object))
    rows, root_currency = _restated_roots(restated, currency, money(ids), money(original))
    is_original = ~restated
    precise = (money(df["bound"].to_numpy(dtype=object)) == "exact") \
        & ~money(df["vague"].to_numpy()).astype(bool) & is_original
    if "given" in coded:
        given = money(coded["given"] == cur_all)
    else:
        given = money(df["currency_given"].eq(df["currency"]).to_numpy()) \
            if "currency_given" in df else np.zeros(len(at), dtype=bool)
    # One tally row per money figure for its own currency, and one per restatement for its
    # root's currency (a root counts for its own currency, whatever the restatement's is).
    fam_all = coded["family"] if "family" in coded else \
        pd.factorize(df["family"].to_numpy(dtype=object))[0]
    fam, cur = money(fam_all), money(cur_all)
    fam = np.concatenate([fam, fam[rows]])
    cur = np.concatenate([cur, pd.Index(currencies).get_indexer(root_currency)])
    pair = distinct(fam, cur)
    # Each count a tally of the rows it counts (the money figures' rows come first, then the
    # roots'), not of weights over all of them.
    own = pair.codes[:len(at)]
    counts = {k: np.bincount(codes, minlength=len(pair.first)) for k, codes in (
        ("roots", pair.codes[len(at):]), ("precise", own[precise]), ("all", own[is_original]),
        ("given", own[given]))}
    # A figure of no family (no metric) is in no tally, as a group key that is missing.
    known = np.flatnonzero(fam[pair.first] >= 0)
    counts = {k: c[known] for k, c in counts.items()}
    # Per (family, currency) pair: the family first, then each count larger first, then the
    # currency's alphabetical rank; the first pair of each family names its currency.
    alphabetical = np.argsort(np.argsort(currencies, kind="stable"))
    p_fam, p_cur = fam[pair.first[known]], cur[pair.first[known]]
    order = np.lexsort((alphabetical[p_cur], *(-counts[k] for k in reversed(_RANK)), p_fam))
    head = order[np.r_[True, p_fam[order][1:] != p_fam[order][:-1]]] if len(order) else order
    # A family without money (and no family, number -1: the last slot) has none.
    number = np.full(int(fam_all.max(initial=-1)) + 2, -1, dtype=np.intp)
    number[p_fam[head]] = p_cur[head]
    coded["ref"] = number[fam_all]
    ref = np.append(currencies, np.nan).astype(object)
    return _objects(ref[coded["ref"]], df.index)


def typed(df: pd.DataFrame, coded: dict) -> pd.Series:
    """Per figure: whether its digits were typed rather than computed. A restatement, a figure
    whose words say it is a conversion (`currency.text.conversion_words`), and a money figure in a
    currency other than its family's denomination are conversions: arithmetic made their digits.
    `coded`: the text numbers `normalize` made (amount, quote, currency, the reference currency
    `ref` and the restatement rows)."""
    # `reconcile.checks.denomination._typed` says this again of a fact judged in another
    # currency (for the rows whose currency that changes): a second writing, left.
    from reconcile.model.conversion_words import said_to_be_conversions
    said = pd.Series(said_to_be_conversions(df["amount"], df["quote"], coded.get("amount"),
                                            coded.get("quote")), index=df.index, dtype=bool)
    foreign = (coded["currency"] >= 0) & (coded["ref"] >= 0) & ~_in_ref(coded)
    return ~(coded["restatement"] | said | foreign)


def _number_of(text: str, values: pd.Series, codes: np.ndarray) -> int:
    """The number `codes` (numbered as `pd.factorize` numbers `values`) give `text`; -2, which
    no row has, when no row holds it."""
    hit = np.flatnonzero(numbered(values, codes)[1] == text)
    return int(hit[0]) if len(hit) else -2


def _in_ref(coded: dict) -> np.ndarray:
    """Per figure, whether its currency is its family's reference currency (False where either
    is missing), from their numbers (`reference_currency` numbers `ref` as `currency`)."""
    return (coded["currency"] == coded["ref"]) & (coded["ref"] >= 0)


def _restatement_rates(df: pd.DataFrame, orig_cur: np.ndarray, rows: pd.Series) -> dict:
    """For each restatement, the bands from its original's currency (`orig_cur`: its text at
    each restatement, in row order) to its own over the as_of period (`xa_*`) and the
    publication date (`xp_*`): the rates its writer could have used; NaN on the other rows.
    Columns by name, to add one by one (a frame of them would be consolidated: a copy of every
    cell)."""
    keys = ("rate_low", "rate_high", "rate_low_date", "rate_high_date")
    at = np.flatnonzero(rows.to_numpy(dtype=bool))
    out = {}
    published = df["published"].to_numpy(dtype=object)[at]
    for w, col in (("a", "as_of"), ("p", "published")):
        when = df[col].to_numpy(dtype=object)[at]
        if w == "a":
            pairs = distinct(when, published)
            when = pairs.spread(np.array([known_by(when[i], published[i]) for i in pairs.first],
                                         dtype=object))
        triples = [orig_cur, df["currency"].to_numpy(dtype=object)[at], when]
        bands = distinct(*triples)
        found = [fx_band(*(c[i] for c in triples)) for i in bands.first]
        for k in keys:
            out[f"x{w}_{k}"] = _set_at(len(df), at, bands.spread(np.array([b[k] for b in found],
                                                                          dtype=object)))
    return out


def _far_apart(df: pd.DataFrame, coded: dict, original: np.ndarray) -> np.ndarray:
    """Per row: its value and its original's are more than one amount apart
    (`beyond_one_amount`)."""
    value = df["value"].to_numpy(dtype=float)
    o_value = _currency_by_number(value, coded["id"], original)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = value / o_value
    return (o_value > 0) & beyond_one_amount(ratio)


def _set_at(n: int, at: np.ndarray, values: np.ndarray) -> np.ndarray:
    """A column of `n` rows holding `values` at rows `at` and NaN elsewhere (objects stay
    objects, numbers become float)."""
    # Kept dense: a sparse column saved about 64 MB at 1M figures, but it read a None back as
    # NaN once concatenated with a dense one (Dask's partitions), did not save to Parquet, and
    # its own `tolist` boxed cell by cell; the normalized figures are the library's output too.
    if len(at) == n:        # every row (positions are distinct)
        return values
    column = np.full(n, np.nan, dtype=np.result_type(values.dtype, np.float64))
    column[at] = values
    return column


def _rates(df: pd.DataFrame, money: pd.Series, target: pd.Series, target_codes: np.ndarray,
           columns: tuple[str, ...], coded: dict) -> dict[str, pd.Series]:
    """The `columns` of `window` for each figure (NaN for one that is not money; none at all
    without money), from `currency` to `target`: each distinct (currency, target, as_of,
    published) looked up once, keyed by the columns' text numbers in `coded` and the target's
    (`target_codes`), the texts read only at each key's first row."""
    rows = np.flatnonzero(money.to_numpy(dtype=bool))
    if not len(rows):
        return {}
    # The (currency, as_of, published) keys are the same for every target: numbered once, each
    # call adds its target's numbers (none to add for one target).
    if "window" not in coded:
        coded["window"] = distinct(*(_codes(coded, name, df)[rows]
                                     for name in ("currency", "as_of", "published")))
    keys = coded["window"]
    if _varies(target_codes[rows]):
        keys = distinct(keys.codes, target_codes[rows])
    first = rows[keys.first]
    texts = [c.to_numpy(dtype=object)[first] for c in (df["currency"], target, df["as_of"],
                                                        df["published"])]
    table = _text_as_objects(pd.DataFrame([window(*key) for key in zip(*texts)]))
    return {c: pd.Series(_set_at(len(df), rows, table[c].to_numpy()[keys.codes]), index=df.index,
                         copy=False) for c in columns}


_PER = re.compile(r" / (\w+)$")


def _unit_labels(money: pd.Series, dur: pd.Series, target: pd.Series,
                 unit: pd.Series, readings: Keys, target_codes=None) -> np.ndarray:
    """Per figure, the unit its normalized interval is in: money in `target` (per year, per
    month as its unit says), a duration in days, anything else in its own unit; labelled once
    per distinct (amount reading, target), the label one object for all its rows (money, its
    kind and unit are the reading's)."""
    targets = target_codes if target_codes is not None else target.to_numpy(dtype=object)
    # One target: the readings are the keys.
    keys = distinct(readings.codes, targets) if _varies(targets) else readings
    # Each column read at the keys' first rows only (not a million cells boxed as objects).
    labels = []
    for m, d, t, u in zip(*(c.to_numpy()[keys.first].tolist() for c in (money, dur, target,
                                                                         unit))):
        if m:
            labels.append(money_label(t, u))
        else:
            labels.append(DURATION_UNIT if d else u)
    return keys.spread(np.array(labels + [None], dtype=object)[:-1])


def money_label(currency, unit) -> str:
    """A money figure's unit label in `currency`: its period (' / year') read from `unit`, a
    unit or a label of another currency (`reconcile.checks.denomination` relabels so)."""
    per = _PER.search(unit) if isinstance(unit, str) else None
    return ("" if pd.isna(currency) else currency) + (f" / {per[1]}" if per else "")


def _original_rows(coded: dict) -> tuple[np.ndarray, np.ndarray]:
    """The restatements' rows and their originals' rows (n, past the end, for none)."""
    rows = np.flatnonzero(coded["restatement"])
    n = len(coded["restatement"])
    return rows, _currency_by_number(np.arange(n), coded["id"], coded["original"][rows], none=n)


def _with_originals_period(labels: np.ndarray,
                           originals: tuple[np.ndarray, np.ndarray] | None) -> np.ndarray:
    """The unit labels, a restatement that names no period of its own given its original's: a
    conversion states the same quantity, so "약 1조 3000억 원" of "연간 10억 달러(약 1조 3000억 원)"
    is yearly too. `originals`: `_original_rows`, None when no label has a period."""
    if originals is None or not len(originals[0]):
        return labels
    rows = originals[0]
    theirs = np.append(labels, None)[originals[1]]
    # Each distinct label is searched once (a million figures have a handful of labels).
    own_codes, own_labels = pd.factorize(labels[rows], use_na_sentinel=False)
    their_codes, their_labels = pd.factorize(theirs, use_na_sentinel=False)
    own_per = np.array([isinstance(x, str) and bool(_PER.search(x)) for x in own_labels])
    their_per = np.array([(_PER.search(x) or [None, None])[1] if isinstance(x, str) else None
                          for x in their_labels], dtype=object)
    take = np.flatnonzero(~own_per[own_codes] & pd.notna(their_per[their_codes])
                          & pd.notna(own_labels[own_codes]))
    out = labels.copy()
    out[rows[take]] = [f"{own_labels[o]} / {their_per[t]}"
                       for o, t in zip(own_codes[take].tolist(), their_codes[take].tolist())]
    return out


def _varies(values: np.ndarray) -> bool:
    """Whether the values are not all one (a missing value, None or NaN, unlike any other)."""
    return len(values) > 0 and bool((values[1:] != values[0]).any())


def _scaled(df: pd.DataFrame, rates: dict, money: pd.Series, same: pd.Series):
    """Low, high and value of the model interval converted with a rate window (`_rates`)."""
    # Arrays, not Series: a dozen whole-column steps, each a pandas call with its own checks.
    def rate(name: str) -> np.ndarray:
        # 1 for a figure without a rate (not money).
        return rates[name].fillna(1.0).to_numpy(dtype=float) if rates else np.ones(len(df))

    widened = (money & ~same).to_numpy(dtype=bool)
    out = converted(*(df[c].to_numpy(dtype=float) for c in ("s_low", "s_high", "value")),
                    rate("rate_low"), rate("rate_high"), widened)
    # Arrays made here: the columns take them as they are (pandas would copy them).
    return tuple(pd.Series(x, index=df.index, copy=False) for x in out)


def converted(s_low: np.ndarray, s_high: np.ndarray, value: np.ndarray, rate_low: np.ndarray,
              rate_high: np.ndarray, widened) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A model interval and its value at a rate band: the ends at the band, widened for the
    rate source where `widened` (a conversion), an open end kept open; the value at its middle."""
    # The one conversion arithmetic: normalize's compared and report columns, and a fact
    # judged again in another currency (`reconcile.checks.denomination`), use it alike.
    lo_f, hi_f = uncertainty.widen(rate_low, rate_high)
    lo_f, hi_f = np.where(widened, lo_f, rate_low), np.where(widened, hi_f, rate_high)
    high = np.where(np.isinf(s_high), math.inf, s_high * hi_f)
    return s_low * lo_f, high, value * (rate_low + rate_high) / 2


def _cpi_factors(df: pd.DataFrame, money: pd.Series, real_as_of) -> tuple[pd.Series, ...]:
    """Per figure, the least and greatest US CPI-U factor from its as_of period to `real_as_of`
    (1 for a figure that is not money), and the CPI months they were read from ('2019-01 to
    2019-12 → 2024-01'; None for a figure that is not money)."""
    from currency.data.inflation import adjustment
    low, high, months = {}, {}, {}
    for p in df.loc[money, "as_of"].unique():
        period = parse_period(p)
        a1 = adjustment(period.first, real_as_of)
        a2 = adjustment(period.last, real_as_of)
        low[p], high[p] = min(a1.factor, a2.factor), max(a1.factor, a2.factor)
        # The months the index was read for (a month the data lacks stands in for by the last
        # one it has), so that the factor can be looked up again.
        start, end = sorted((a1.from_month, a2.from_month))
        span = f"{start:%Y-%m}" if start == end else f"{start:%Y-%m} to {end:%Y-%m}"
        months[p] = f"{span} → {a1.to_month:%Y-%m}"
    as_of = df["as_of"].where(money)
    return (as_of.map(low).fillna(1.0).astype(float), as_of.map(high).fillna(1.0).astype(float),
            as_of.map(months).astype(object).where(money, None))


def _shared(s: pd.Series) -> tuple[pd.Series, np.ndarray]:
    """A text column as Python objects, each distinct text one object all its rows point to (at a
    million figures a string per row would cost tens of MB per column; missing cells keep their
    own value), and each row's text number (-1 for a missing cell)."""
    # The cells as objects (no copy for pandas' Python string storage): hashed so, they skip
    # the string array's own missing-value pass.
    cells = s.to_numpy(dtype=object)
    codes, uniques = factorized(cells)
    # Code -1 (missing) takes the extra last slot, set below.
    values = np.append(np.asarray(uniques, dtype=object), None).take(codes)
    missing = codes < 0
    if missing.any():
        values[missing] = cells[missing]
    return _objects(values, s.index).rename(s.name), codes


def _text_as_objects(df: pd.DataFrame, coded: dict | None = None,
                     distinct_cells=()) -> pd.DataFrame:
    """The frame with each column of pandas' string dtype as shared Python objects
    (`_shared`); a table of distinct readings is made so before it is spread over the rows,
    so that every row of one reading points to the same objects. `coded` gets each such
    column's text numbers, to key distinct lookups by without hashing the texts again. The
    `distinct_cells` columns (ids: a text per row) are taken as they are, not hashed."""
    text = [c for c in df.columns if isinstance(df[c].dtype, pd.StringDtype)]
    out = {}
    for c in text:
        if c in distinct_cells:
            # A copy: the string array's own cells, which the caller's frame still holds.
            out[c] = _objects(df[c].to_numpy(dtype=object).copy(), df.index)
            continue
        out[c], codes = _shared(df[c])
        if coded is not None:
            coded[c] = codes
    return df.assign(**out) if text else df


def normalize(figures: pd.DataFrame, currency: str = "USD",
              real_as_of=None) -> pd.DataFrame:
    """The figures with their amounts read, their restatement links, and both normalizations."""
    from currency.units import factor
    from reconcile.store.figures import COLUMNS
    # No copy of the cells: every column below is new or replaced, never written in place.
    # The checks iterate text: objects, many times faster than pandas' string arrays.
    # Each text column's numbers, to key the distinct lookups below by (`_codes`).
    coded: dict = {}
    df = _text_as_objects(figures.copy(deep=False), coded, ("id", "restates"))
    for col in COLUMNS:      # optional columns may be left out of a frame
        if col not in df.columns:
            df[col] = None
    # The figures' `currency` cell gives the currency a text leaves implicit; from here on
    # `currency` is the amount's, so every link, check and table sees such a figure as money.
    given = df.pop("currency")
    given_codes, given_texts = numbered(given, coded.pop("currency", None))
    periods = quote_periods(df["amount"], df["quote"], _codes(coded, "amount", df),
                            _codes(coded, "quote", df))
    readings = distinct(_codes(coded, "amount", df), given_codes, *(
        [factorized(periods)[0]] if periods is not None else []))
    reading = readings.codes
    df = df.join(read_amounts(df["amount"], given, readings, periods))
    # The amount's currency numbered through its reading: a table of the distinct readings.
    cur_codes, currencies = pd.factorize(df["currency"].to_numpy(dtype=object)[readings.first])
    coded["currency"] = cur_codes[reading] if len(reading) else reading
    currencies = np.asarray(currencies, dtype=object)
    # Kept to say where such a figure's currency came from (the text does not name it); an
    # empty cell names none (by the cells' numbers: -1 for a missing one, the last slot).
    blank = np.append(given_texts == "", True)
    # A column the reading did not take (a USD column on "$13 trillion won", read in won, the
    # amount naming its currencies itself) gave the figure nothing: not said to.
    taken = ~blank[given_codes] & df["currency"].eq(given).to_numpy()
    df["currency_given"] = given.where(taken, None)
    # The given currency in the amount's numbering (-1 for a blank or missing cell).
    in_amounts = pd.Index(currencies).get_indexer(given_texts)
    coded["given"] = np.append(np.where(blank[:-1], -1, in_amounts), -1)[given_codes]
    as_of_codes = _codes(coded, "as_of", df)
    df["as_of_first"], df["as_of_last"] = _periods(df["as_of"], as_of_codes)
    pub_first, df["pub_last"] = _periods(df["published"], _codes(coded, "published", df))
    # An as_of read from the article's date is a window, so that one event reported a day apart
    # is one time (`reconcile.model.as_of_window`). The first day of publication is read only
    # here: not kept, a column less over every figure.
    df["as_of_news"] = as_of_window.news_dated(df.assign(pub_first=pub_first),
                                               _codes(coded, "metric", df), as_of_codes)
    del pub_first
    df["as_of_first"] = as_of_window.windowed_first(df, df["as_of_news"])
    money = pd.Series(coded["currency"] >= 0, index=df.index, copy=False)

    # Restatement links as id numbers (`restatements.id_numbers`: the named ids looked up among
    # the ids); whether a link was stated or inferred is read by no check nor view.
    numbers = restatements.id_numbers(df)
    original = restatements.original_numbers(df, {**numbers, **{
        c: _codes(coded, c, df) for c in ("source", "metric", "quote", "currency")}})
    coded["id"], coded["original"] = numbers["id"], original
    df["original"] = _objects(np.append(numbers["texts"], None)[original], df.index)
    del numbers
    # The original's currency by number (-1 for none): a restatement is money whose original
    # is money in another currency, or in its own at a value no rounding gives (a conversion
    # that repeats its original's currency word, which the restatement check judges).
    orig_cur = _currency_by_number(coded["currency"], coded["id"], original, none=-1)
    is_restatement = pd.Series(money.to_numpy() & (original >= 0) & (orig_cur >= 0)
                               & ((orig_cur != coded["currency"])
                                  | _far_apart(df, coded, original)), index=df.index, copy=False)
    coded["restatement"] = is_restatement.to_numpy()
    df["role"] = _objects(ROLES.take(is_restatement.to_numpy(dtype=np.intp)), df.index)
    df = df.join(uncertainty.model_intervals(df, is_restatement, reading))
    for name, column in _restatement_rates(df, currencies[orig_cur[coded["restatement"]]],
                                           is_restatement).items():
        df[name] = _objects(column, df.index)
    df["family"], coded["family"] = family_numbers(df, _codes(coded, "metric", df),
                                                   _codes(coded, "part_of", df))
    df["ref"] = reference_currency(df, coded)
    df["typed"] = typed(df, coded)

    # Durations in days; the same scale for both normalizations.
    # Kind and unit are the reading's: a duration and its factor per distinct reading.
    dur = pd.Series(readings.spread(df["quantity_kind"].to_numpy(dtype=object)[readings.first]
                                    == "duration"), index=df.index, copy=False)
    firsts = zip(dur.to_numpy()[readings.first], df["unit"].to_numpy(dtype=object)[readings.first])
    scale = readings.spread(np.array([factor(u, DURATION_UNIT) if d else 1.0 for d, u in firsts],
                                     dtype=float))
    for col in ("s_low", "s_high", "value", "u"):
        df[col] = df[col].astype(float) * scale

    # For the checks: the family's reference currency.
    c_rates = _rates(df, money, df["ref"], _codes(coded, "ref", df), ("rate_low", "rate_high"),
                     coded)
    same = pd.Series(_in_ref(coded), index=df.index, copy=False)
    df["c_low"], df["c_high"], df["c_value"] = _scaled(df, c_rates, money, same)
    # The restatements and their originals' rows, when any reading names a period to carry over.
    originals = _original_rows(coded) if any(
        isinstance(u, str) and _PER.search(u)
        for u in df["unit"].to_numpy(dtype=object)[readings.first]) else None
    df["c_unit"] = _objects(_with_originals_period(
        _unit_labels(money, dur, df["ref"], df["unit"], readings, _codes(coded, "ref", df)),
        originals), df.index)
    del c_rates     # its as_of and publication bands are the restatement check's `xa_`/`xp_`

    # For display: the report currency.
    # One object for every row: a Series of the text would be given pandas' str dtype, each of a
    # million cells checked (0.01 to 0.04 s at 1M); and `np.full` of a text makes a new string
    # per cell (0.05 to 0.4 s at 1M, the most on a first call), where `fill` shares the one.
    cells = np.empty(len(df), dtype=object)
    cells.fill(currency)
    target = _objects(cells, df.index)
    one_target = np.zeros(len(df), dtype=np.intp)      # one currency: no text to number
    shown = ("rate_low", "rate_high", "rate_low_date", "rate_high_date", "rate_note", "data_note",
             "rate_source")
    n_rates = _rates(df, money, target, one_target, shown, coded)
    for col in shown:
        rate = n_rates.get(col)
        if col in ("rate_low", "rate_high"):
            # 1 for a figure that is not money. Column by column: a `loc` write to two columns
            # at once would consolidate the table's blocks, a copy of every column.
            rate = (rate if rate is not None else pd.Series(np.nan, index=df.index)).where(
                money, 1.0).astype(float)
        df[col] = rate
    n_same = pd.Series(coded["currency"] == _number_of(currency, df["currency"], coded["currency"]),
                       index=df.index, copy=False)
    df["n_low"], df["n_high"], df["n_value"] = _scaled(df, n_rates, money, n_same)
    del n_rates
    df["n_unit"] = _objects(_with_originals_period(
        _unit_labels(money, dur, target, df["unit"], readings, one_target), originals), df.index)
    if real_as_of is not None:
        cpi_low, cpi_high, df["cpi_months"] = _cpi_factors(df, money, real_as_of)
        # Kept beside the interval they scaled: a constant-money figure is traced to its factor.
        df["cpi_low"], df["cpi_high"] = cpi_low, cpi_high
        df["n_low"] = df["n_low"] * cpi_low
        df["n_high"] = df["n_high"] * cpi_high
        df["n_value"] = df["n_value"] * (cpi_low + cpi_high) / 2
    df["vague"] = df["vague"].astype(bool)
    # Every text column above is built from shared objects; a caller's extra column of pandas'
    # string dtype is made objects too (the checks' schema reads text as objects).
    df = _text_as_objects(df)
    return df
