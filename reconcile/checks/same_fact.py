"""Same fact: the original figures of one metric whose as_of periods overlap must agree.

The largest agreeing set comes from one sweep per group (`common.fact_agreement`); each original
outside it is flagged with how far its point lies from what the others agree on, and a unit slip
when that is close to a power of ten, or a currency slip when it is the ECB rate of its dates to
another currency of its fact. The vote is between blocs of overlapping figures first, then
inside the winning bloc (`common._blocs`). With no majority, two figures are told apart by precision
(the more precisely stated one is the yardstick), more are flagged together. A figure that agrees
only through a hedge while its point is more than 5 % off is `low`; through rounding, `info`.
A low outlier that is possibly a copy of another article's conversion at a rate of the month before
is a note (`earlier.copies`).
Restatements never vote: the restatement check judges them against their original.
"""
from __future__ import annotations

import math
import re
from collections import namedtuple
from dataclasses import replace
from functools import lru_cache, partial
from itertools import repeat
from operator import getitem
from typing import NamedTuple

import numpy as np
import pandas as pd

import currency.lang as L
from currency import formatting as fmt
from currency.amount import (
    HEDGED_ROUNDING,
    OTHERS_ROUNDING,
    beyond_one_amount,
    cut_short,
    last_nonzero_place,
    scaled,
    within_hedged_rounding,
)
from currency.data.periods import PeriodError, parse_period
from currency.text.locale import names_which_dollar
from currency.text.reader import written_place
from currency.text.readings import read_once
from reconcile.checks import check
from reconcile.checks.common import (
    bound_words,
    broken_bound_words,
    distinct_rows,
    head,
    heads,
    ids,
    named,
    per_distinct,
    precision_hint,
    shared_floats,
)
from reconcile.checks.earlier import Copy, copies
from reconcile.checks.rates import (
    EARLIER_DAYS,
    EARLIER_TRIED,
    band_cache,
    earlier_words,
    ecb_words,
    rate_explaining,
    rate_windows,
    show_range,
    turns,
)
from reconcile.model import as_of_window, uncertainty
from reconcile.model import findings as F
from reconcile.model.distinct import distinct
from reconcile.model.normalize import ROLES, fx_band, known_by, window
from reconcile.model.uncertainty import meets
from reconcile.store.figures import currency_guessed
from reconcile.store.ids import distinct_hashes

RULE = "same_fact: original figures of one metric with overlapping as_of must agree"


# The columns the findings read: the check takes these, not the engine's 80-odd columns.
_READ = ["id", "grp", "status", "agrees", "metric", "amount", "source", "as_of", "as_of_news",
         "value", "precision", "unit", "currency", "ref", "quantity_kind", "u", "hedge", "bound",
         "vague", "side", "s_low", "s_high", "span", "c_low", "c_high", "c_value", "c_unit", "cons_low",
         "cons_high", "cons_value", "published", "currency_given", "note", "denominated",
         "article"]


def tried(r) -> tuple[str, ...]:
    """The explanations the model allowed this figure."""
    try:
        below, above = _reach(r.value, r.s_low, r.u), _reach(r.s_high, r.value, r.u)
    except (ArithmeticError, ValueError, TypeError):   # a zero unit, an open or unknown end
        below, above = map(float, _sides(np.float64(r.value), np.float64(r.s_low),
                                         np.float64(r.s_high), np.float64(r.u)))
    return _tried(r.quantity_kind, r.u, r.unit, r.hedge, r.currency, r.ref, below, above,
                  r.bound == "range")


def _reach(a: float, b: float, u: float) -> float:
    """`_sides`' rounding of (a - b) / u for one figure, in Python floats: numpy's scalar
    arithmetic cost ~8 µs a figure (tens of thousands of split figures at 1M). numpy rounds to 6
    places as rint(x * 1e6) / 1e6; `round` is rint (ties to even), and the sign of a zero kept."""
    y = (float(a) - float(b)) / float(u) * 1e6
    return math.copysign(round(y) / 1e6, y)


def _sides(value, s_low, s_high, u):
    """How far the interval reaches below and above the value, in rounding units (arrays or
    numbers; rounded, so that the figures of one kind share their words)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.round((value - s_low) / u, 6), np.round((s_high - value) / u, 6)


@lru_cache(maxsize=4096)
def _tried(quantity_kind, u, unit, hedge, currency, ref, below=0.5, above=0.5, span=False
           ) -> tuple[str, ...]:
    # Cached: the figures of a file share a few units, hedges and currencies, and one tuple per
    # kind of figure is shared by all its findings.
    hedged = (f"its hedge ({hedge})",) if isinstance(hedge, str) else ()
    if quantity_kind != "money":
        out = ["its stated precision", *hedged]
    elif span:      # a range (18~25달러, 수십억): its ends, not a reach around its middle
        out = [f"its range, each end rounded to ±{fmt.compact(u / 2)} {unit}", *hedged]
    else:
        out = list(_rounding_words(u, unit, below, above, hedge, hedged))
    if quantity_kind == "money" and currency != ref:
        out.append(f"{currency}→{ref} at the ECB rates of its as_of and publication date, "
                   f"±{uncertainty.RATE_ALLOWANCE:.0%} for the rate source")
    return tuple(out)


def _rounding_words(u, unit, below: float, above: float, hedge=None, hedged=()
                    ) -> tuple[str, ...]:
    """The interval a money figure was allowed, in the words of what makes it (`below`, `above`:
    its reach from the value in rounding units): "rounding to ±500 mn USD" only when it is that,
    then `hedged` (its hedge's words) unless the reach names the hedge already."""
    if below == above == 0.5 or not (below >= 0 and above >= 0):
        return (f"rounding to ±{fmt.compact(u / 2)} {unit}", *hedged)
    if math.isinf(above):
        reach = f"-{fmt.compact(below * u)} {unit}, open above"
    elif below == above:
        reach = f"±{fmt.compact(below * u)} {unit}"
    else:
        reach = f"-{fmt.compact(below * u)} to +{fmt.compact(above * u)} {unit}"
    if (below, above) == (0.5, 1.0):
        return (f"rounding or truncation ({reach})", *hedged)
    if below == 0.5 and math.isinf(above):
        return (f"rounding ({reach})", *hedged)
    named = f" {hedge}" if isinstance(hedge, str) else ""
    return (f"rounding (±{fmt.compact(u / 2)}) and its hedge{named} ({reach} in all)",)


@check("same_fact",
       rule=('the original figures of one metric whose `as_of` periods overlap must agree '
             '(overlap by more than a point; a news-dated as_of is a 7-day window). A '
             'majority is of articles: an article (its `source`, which names one article, '
             'on one `published` date) is one witness however often it prints a figure, and '
             'as many articles on each side are told apart by their printings. When the '
             'precise figures of a fact conflict, only they vote, in two steps. First between '
             'blocs, the figures linked by overlap: the bloc with more articles than every '
             'other wins and each figure of another bloc (a far figure, a unit slip) is flagged '
             'against it; a tie between the largest blocs is judged as one. Then inside the '
             'winning bloc: a figure that fits every other of it, such as $4 billion beside '
             '$3.78 and $3.87 billion, does not vote, and of three sides or more the side with '
             'more articles than every other decides (as many articles are no majority; '
             'printings tell two sides apart only); hedged, '
             'vague or such coarse figures are '
             'judged against their majority or, with none, set aside and said to fit a side. '
             'Each figure outside the largest agreeing set is flagged with how far it lies '
             'from what the others agree on, and named a currency slip when, more than one '
             'amount off, its gap is the ECB rate of its own or its fact\'s dates from its '
             'currency to another of its fact; its explanations tried say a currency sign '
             'swapped when its number as written (its value, the same unit word), read in '
             'its fact\'s reference currency, a currency its fact\'s figures state, lies '
             'within a closed interval the others agree on (one open on a side holds every '
             'larger or smaller number; never for a conversion or the original it converts, '
             'which write two currencies on purpose; its severity stays that of its gap); '
             'with no majority, the figures are flagged '
             'together (of two, the message names the more precisely stated one), unless the '
             'less precise one is the other\'s longer number cut short (of three or more, the '
             'least precise all cut short from the one number the others agree on) or one\'s '
             'bare "$" read as another dollar agrees: then one note, not a flag. A fact is '
             'compared in the currency a count of its figures names unless another currency '
             'an original of it is stated in flags the figures of fewer articles (as many: '
             'fewer figures), each figure '
             'converted at the rates of its own as_of and publication date (a dollar deal\'s won '
             'figures '
             'converted on different days): then there, and its findings say so and why. '
             'Such a currency is none when figures of one currency that disagree at every '
             'rate of their own dates (no allowance for the rate source: they share it; of '
             'one day, as stated) would agree there, and never for a fact of parts and a '
             'total'),
       severity=(f'high at a ratio of {F.HIGH_OFF} to what the others agree on '
                 f'({F.HIGH_OFF - 1:.0%} above, {1 - 1 / F.HIGH_OFF:.0%} below) or a unit slip (a '
                 f'ratio within {F.SLIP_TOLERANCE} decades of a power of ten), medium from '
                 f'{F.MEDIUM_OFF} ({F.MEDIUM_OFF - 1:.0%} above, {1 - 1 / F.MEDIUM_OFF:.1%} below), '
                 'low below; vague figures low; a true bound (이상, more '
                 'than, up to, nearly, with the value on its open side) info, low when off by '
                 'more than 2×; one written with the number of figures it agrees with one place word away '
                 '("1조원 이하" beside "1억원", "up to $2 billion" beside "$2 million") is a unit slip, '
                 'high, of the bound alone when two or more articles state those figures, else '
                 'possibly one (or a ceiling and an amount under it), low, of them all; a true bound beside '
                 'figures that split with no majority, more than 2× off every side, ranked as against '
                 'a consensus: high, of it alone, when two or more articles state its number one '
                 'place word away, else low, of it alone; a bound the others pass on its closed side ("upwards of $2 '
                 'billion" beside $1.7 billion; a converted one at the rate of its band most '
                 'favourable to it) low when more than '
                 f'{uncertainty.HEDGE_ONLY_GAP - 1:.0%} off, info below; through rounding info; a figure whose digits are the others\' '
                 'longer number cut short (two or more, the last not a zero: "3.7 trillion won" '
                 'for 3조7652억) info; of two money figures alone from two sources, both exact with a '
                 'place word, such a '
                 'figure one unit of its last digit below the other\'s rounding ("$44 billion" '
                 'beside "$45 billion") info; a converted figure that agrees only through '
                 'rates between its as_of and publication bands (rates neither date had) low; '
                 'a bare "$" that scan or intake guessed a local dollar (CAD, as its note '
                 'says) and that agrees read as USD, a currency of its fact, info (not for the '
                 'original of a restatement); a low outlier whose amount another article\'s '
                 'conversion of a figure its fact\'s others agree on states (within their '
                 'rounding), at a rate that neither of that conversion\'s dates had (±1 %) but '
                 f'an ECB fixing (±1 %) of the {EARLIER_DAYS} days before did, info (possibly a '
                 'copy of a conversion at an earlier rate; not beside a digit slip); a figure its own article '
                 '(its source on its publication date) states more finely in the same currency, '
                 'a conversion row of it too, within half a unit of its last non-zero digit '
                 f'and {HEDGED_ROUNDING * 100:g} % of it, as far as a writer\'s one-digit rounding '
                 'goes ("2000억원" over its own "2074억원"; not "1조" over "1조6000억", nor '
                 '"$10B" over "$14.2B" or "10조" over "14조2000억"), info: that figure rounded, '
                 'judged through the finer one; not when this check flags the finer figure: '
                 'the round one then keeps its severity and names it; a figure in another '
                 'currency agreeing only through its hedge, rounding or rate window whose own '
                 "article's conversion of it into the fact's currency meets it but misses the "
                 'others (their round point read as a reader reads it: "$900 million", 850 to '
                 '950) by more than its rounding and the ECB band of its as_of days ±1 % for '
                 'the writer\'s rate ("about 4.1 trillion won ($3.32 billion)" beside $3.5 '
                 'billion), low, both flagged, and the conversion excuses no round figure over '
                 'it; only for an as_of of a day or a few days (one event, one rate)'))
def same_fact(df, ctx) -> list[F.Finding]:
    """Findings for original figures that disagree with what the others of their fact say."""
    keep = df["status"].isin(["outlier", "split", "agrees", "aside"]) & df["n_grp"].ge(2)
    if not keep.any():
        return apart_notes(df)
    d = _Rows(df, np.flatnonzero(keep.to_numpy()))
    facts = _Facts(d)
    loose = _loose(d)
    mislead = _own_conversions_off(d, loose)
    wrong = {conv.id for _, conv, _ in mislead.values()}
    # The outliers and loosely agreeing figures as batches of columns (`F.Batch`): a run at
    # scale has hundreds of thousands, most of which no other finding joins.
    return F.Found([_outliers(d, d["status"] == "outlier", facts, wrong), _splits(d, facts),
                    _loosely_agreeing(d, loose, facts, mislead), apart_notes(df)])


def _splits(d: _Rows, facts: _Facts) -> list[F.Finding]:
    """One finding per fact with no majority, in order of appearance: a note when one figure is
    the other's number cut short or its bare "$" read as another dollar, else both flagged."""
    status = d["status"]
    # The split rows are boxed once, together, and handed out per group in order of appearance.
    aside: dict = {}
    for r in d.take(status == "aside").figures():
        aside.setdefault(r.grp, []).append(r)
    splits: dict = {}
    for r in d.take(status == "split").figures():
        splits.setdefault(r.grp, []).append(r)
    # A split holding the original of a restatement is not asked, as such an outlier is not
    # (`_read_as_another_dollar`): the restatement check judges it as read. The originals are
    # looked up only when a split may be a dollar at all.
    maybe = [g for g, rows in splits.items() if _may_be_a_dollar(rows)]
    originals = set(d["id"][d.restated()].tolist()) if maybe else set()
    asks = {g for g in maybe if not any(r.id in originals for r in splits[g])}
    out = []
    for grp, rows in splits.items():
        g = facts.code_of(grp)
        beside = aside.get(grp, [])
        note = _cut_split(rows) or (_dollar_split(rows, facts.stated.of(g), beside)
                                    if grp in asks else None)
        if note is not None:
            # A note reads the split as one figure misread: its bounds are not judged apart.
            out.append(note)
            continue
        misleading = {a.id: gap for a in beside if (gap := _misleading_gap(a, rows))}
        out.append(_split(rows, beside, facts.dates.window(g), misleading))
        out.extend(_split_bound(a, rows, misleading[a.id]) for a in beside
                   if a.id in misleading)
    return out


def _loose(d: _Rows) -> np.ndarray:
    """The agreeing rows whose point lies outside what the others agree on, or inside only
    through rates between its two dates' bands."""
    c_value = d["c_value"].astype(float)
    loose = d["agrees"].astype(bool) & ((c_value < d["cons_low"].astype(float))
                                        | (c_value > d["cons_high"].astype(float)))
    # A converted point inside the consensus is said too when only rates between its two
    # dates' bands put it there: the middle of their hull is a rate neither date had.
    inside = d["agrees"].astype(bool) & ~loose & (d["currency"] != d["ref"])
    return loose | _between(_dated_rates(d, inside))


def _own_conversions_off(d: _Rows, loose: np.ndarray) -> dict:
    """Per loosely agreeing figure in another currency than its fact's (position in `d`), its
    own article's conversion of it into the fact's currency when that one meets it at the rates
    of its dates but misses what the others agree on (their round point as a reader reads it,
    `_read_round`) by more than its rounding and what a writer's rate of its dates explains
    (`_writers_rate_room`): (the figure, the conversion, that room). The article's own number
    in the fact's currency says which value of the hedge's and the rate window's room it means,
    so that room no longer excuses it ("about 4.1 trillion won ($3.32 billion)" where the others
    agree on $3.5 billion)."""
    ask = loose & (d["currency"] != d["ref"]) & np.isin(d["bound"], _ONE_POINT) \
        & ~d["vague"].astype(bool) & (d["article"] >= 0)
    if not ask.any():
        return {}
    df = d._df
    # The conversions first (a few in a hundred rows), then their originals among those asked:
    # hashing every row's original would cost a run at scale more than the rule.
    conv = np.flatnonzero((df["role"].to_numpy() == ROLES[1])
                          & np.isin(df["bound"].to_numpy(), _ONE_POINT)
                          & ~df["vague"].to_numpy().astype(bool))
    conv = conv[pd.Series(df["original"].to_numpy()[conv]).isin(d["id"][ask]).to_numpy()]
    if not conv.size:
        return {}
    mine = dict(zip(np.flatnonzero(ask).tolist(), d.take(ask).figures()))
    by_id: dict = {}
    for k, r in mine.items():
        by_id.setdefault(r.id, []).append(k)
    out = {}
    for c, original in zip(_Rows(df, conv).figures(), df["original"].to_numpy()[conv].tolist()):
        for k in by_id.get(original, ()):
            r = mine[k]
            # Its own article's, written in the currency the fact is judged in, and meeting it
            # at the rates of its dates: a pair that disagrees with itself (a conversion that
            # dropped its unit) is the restatement check's, and its original is not in doubt.
            if (k in out or c.article != r.article or c.currency != r.ref
                    or c.c_high < r.c_low or c.c_low > r.c_high):
                continue
            if not _one_rate(r.as_of):
                continue
            room = _writers_rate_room(r.currency, r.ref, r.as_of, r.published)
            low, high = _read_round(r.cons_low, r.cons_high, r.cons_value)
            if c.c_high * (1 + room) < low or c.c_low * (1 - room) > high:
                out[k] = (r, c, room)
    return out


# The most days an as_of may span to be one event with one value in each currency (one rate: a
# week, not scan's `_one_event_long`, which also takes a month as one event's reports): a month's,
# quarter's or year's value is converted at any rate of it or of the article's day (its average,
# its last day, the day written), so two conversions of it differ by rate, not by value.
_EVENT_DAYS = 7


def _one_rate(as_of) -> bool:
    """Whether an as_of is a day or a few days (`_EVENT_DAYS`): one event, one rate."""
    try:
        period = parse_period(as_of)
    except (PeriodError, TypeError, ValueError):
        return False
    return (period.last - period.first).days < _EVENT_DAYS


def _writers_rate_room(currency: str, ref: str, as_of: str, published: str) -> float:
    """How far a writer's rate may put a conversion of one event's value off another's: any rate
    of the ECB band of its as_of days (`fx_band` of the fixings known by then), the writer's
    source ±RATE_ALLOWANCE off the ECB's. Not the article's later day: at a later rate a dollar
    value of the event is a wrong one. Unbounded when a date is not known."""
    if not (isinstance(as_of, str) and isinstance(published, str)):
        return math.inf
    band = fx_band(currency, ref, known_by(as_of, published))
    return band["rate_high"] / band["rate_low"] * (1 + uncertainty.RATE_ALLOWANCE) - 1


def _read_round(low: float, high: float, point: float) -> tuple[float, float]:
    """What the others agree on as a reader reads their round point: "$900 million" is about
    900, anything from 850 to 950 (half its last non-zero digit's place); never narrower."""
    if not (math.isfinite(point) and point > 0):
        return low, high
    place = 10.0 ** math.floor(math.log10(point))
    while place > 1e-9 * point and not math.isclose(point / place, round(point / place),
                                                     rel_tol=1e-9):
        place /= 10
    return min(low, point - place / 2), max(high, point + place / 2)


def _widened_by(hedge) -> str:
    """What widens a figure besides the rate window: its hedge when it has one."""
    return f"hedge ({hedge})" if isinstance(hedge, str) and hedge else "rounding"


def _own_conversion_off(r, c, room: float, others: tuple) -> F.Finding:
    """A figure agreeing only through its hedge or rate window whose own article's conversion
    into the fact's currency misses the others (`_own_conversions_off`): both flagged, low."""
    gap, direction = F.point_gap(c.c_value, r.cons_low, r.cons_high)
    detail = (f"its own article converts it to {c.amount.strip()} ({c.id}), "
              f"{fmt.compact(c.c_value)} {r.c_unit}, which is "
              + _where(gap, direction, r.cons_low, r.cons_high, r.metric, r.c_unit),
              F.Ids(others),
              f"), beyond its rounding, the others' as a reader reads them and ±{room:.1%} "
              "for a writer's rate of its dates: the article's own number in the fact's currency says which value of "
              f"the room its {_widened_by(r.hedge)} and the rate window give it the article means, "
              "and it is not the others'." + _judged_in(r.denominated))
    e = F.Evidence("same_fact", RULE, detail, tuple(others), c.c_low, c.c_high, r.cons_low,
                   r.cons_high, r.c_unit, gap, 0,
                   tried(r) + ("its own article's conversion into the fact's currency",))
    flagged = (r.id, c.id)
    return F.Finding("low", r.metric, flagged, flagged, f"{head(r)}; {head(c)}", (e,))


class _Rows:
    """Some rows of the engine's frame (positions `at`), read a column at a time: a check takes
    only the columns it reads, and only at these rows, not a copy of the frame."""

    def __init__(self, df: pd.DataFrame, at: np.ndarray) -> None:
        self._df, self.at = df, at

    def __len__(self) -> int:
        return len(self.at)

    def __getitem__(self, col: str) -> np.ndarray:
        return self._df[col].to_numpy()[self.at]

    def take(self, mask: np.ndarray) -> _Rows:
        """The rows where `mask` holds."""
        return _Rows(self._df, self.at[mask])

    def lists(self, cols: list[str]) -> list[list]:
        """The columns `cols` as lists of plain Python values, one float object per distinct
        value of a float column (the records hold these lists' values: at 1M figures 300,000
        findings share a few ten thousand bounds)."""
        columns = map(self.__getitem__, cols)
        return [shared_floats(x) if x.dtype == np.float64 else x.tolist() for x in columns]

    def arrays(self, cols) -> list[np.ndarray]:
        """The columns `cols` as arrays of these rows."""
        return list(map(self.__getitem__, cols))

    def restated(self) -> np.ndarray:
        """Whether each row is the original a figure of the frame restates (converts)."""
        # By hash (pandas): numpy's isin compares object arrays element by element against each
        # value of the other, minutes at 1M figures with 300,000 restatements.
        return pd.Series(self["id"]).isin(self._df["restates"].dropna()).to_numpy()

    def figures(self) -> list[_Figure]:
        """The rows as records of the columns the findings read (for the few rows judged one
        by one)."""
        return list(map(_Figure._make, zip(self._df.index[self.at], *self.lists(_READ))))


# A row as the few findings made one by one read it; a named class, so that the sentences made
# when shown (partials over these) can go to and from Dask's workers.
_Figure = namedtuple("_Figure", ["Index", *_READ])


class _Facts:
    """Per fact (group), from one pass over the columns: its agreeing figures, (`dates`) the
    dates they are as of and how a window of news dates is said, and (`stated`) the currencies
    its figures are stated in; `code` numbers each row's group."""

    def __init__(self, d: _Rows) -> None:
        grp = d["grp"]
        if _small_counts(grp):      # `fact_agreement`'s group numbers: codes as they are
            code, self._groups = grp.astype(np.int64), None
            n = int(code.max()) + 1 if len(code) else 0
        else:
            code, groups = pd.factorize(grp)
            self._groups, n = pd.Index(groups), len(groups)
        self.code = code
        agrees = d["agrees"].astype(bool)
        # A group with no agreeing figure whose outliers lie outside a bloc of precise figures
        # with no majority (`common._bloc_span`) measures them against that bloc: its split
        # figures and those set aside beside them.
        self.unagreed = np.zeros(n, bool)
        self.unagreed[code[d["by_bloc"].astype(bool)]] = True
        split = np.isin(d["status"], ("split", "aside")) & self.unagreed[code]
        # The agreeing ids of each group (or its bloc's), in row order: one tuple per group,
        # shared by every finding that measures a figure against them.
        self._agrees = agrees = agrees | split
        rows = np.flatnonzero(agrees)
        rows = rows[np.argsort(code[rows], kind="stable")]
        fids = d["id"]          # taken once: a gather of every judged row's text
        ids = fids[rows].tolist()
        self._members = F.object_cells([()] * n)
        # Each agreeing row's place in its group's tuple.
        self._place = np.zeros(len(code), np.int64)
        if len(rows):
            starts = np.flatnonzero(np.r_[True, np.diff(code[rows]) != 0])
            ends = np.r_[starts[1:], len(rows)].tolist()
            # The groups' tuples cut in C, not in a Python loop over the ~100k groups.
            self._members[code[rows[starts]]] = F.object_cells(list(map(
                tuple, map(ids.__getitem__, map(slice, starts.tolist(), ends)))))
            self._place[rows] = np.arange(len(rows)) - np.repeat(starts, np.diff(np.r_[starts,
                                                                                  len(rows)]))
        # Unique ids (as a valid file's are): no figure's id is another's, so `others` is cut
        # by place, for all rows at once. Their hashes all different prove it without a set of
        # a million texts; a set says it when they do not.
        self.unique_ids = distinct_hashes(fids) or len(set(fids)) == len(fids)
        # Per group, its agreeing ids as a set and whether they are distinct: made when a row
        # of the group first asks (`others`).
        self._sets: list = [None] * n
        self.dates = _Dates.of(d, code, n, agrees)
        self.stated = _Stated(d, code, n)

    def code_of(self, grp) -> int:
        """The number of the group `grp`."""
        return int(grp) if self._groups is None else int(self._groups.get_loc(grp))

    def others_of(self, mask: np.ndarray, fid: list) -> list[tuple]:
        """`others` of the rows of `mask` (their ids `fid`): the agreeing figures of each one's
        group, less itself if it is one of them."""
        code = self.code[mask]
        if not self.unique_ids:
            return list(map(self.others, code.tolist(), fid))
        groups = self._members.take(code).tolist()
        agreeing = self._agrees[mask]
        if not agreeing.any():      # outliers: never among them, so each group's one tuple
            return groups
        # The agreeing figures cut themselves out, in C: the tuple before and after its place.
        place = self._place[mask].tolist()
        cut = list(map(tuple.__add__, map(getitem, groups, map(slice, place)),
                       map(getitem, groups, map(slice, (self._place[mask] + 1).tolist(),
                                                repeat(None)))))
        return [c if a else t for c, t, a in zip(cut, groups, agreeing.tolist())] \
            if not agreeing.all() else cut

    def others(self, g: int, fid) -> tuple:
        """The agreeing figures of group `g` but `fid`: the group's one tuple when fid is not in
        it (an outlier never is), so no copy of it is made per finding."""
        agreeing = self._members[g]
        known = self._sets[g]
        if known is None:
            members = frozenset(agreeing)
            known = self._sets[g] = (members, len(members) == len(agreeing))
        members, distinct = known
        if fid not in members:
            return agreeing
        if distinct:
            k = agreeing.index(fid)         # ids are unique: cut it out in C, not id by id
            return agreeing[:k] + agreeing[k + 1:]
        return tuple(i for i in agreeing if i != fid)


class _Stated:
    """Per fact, the currencies its figures are stated in: one table of fact × currency
    (`_currencies_of`) made when a rule first asks and kept for the run, most runs asking none."""

    def __init__(self, d: _Rows, code: np.ndarray, n: int) -> None:
        self._d, self._code, self._n, self._table = d, code, n, None

    def _has(self) -> tuple[np.ndarray, np.ndarray]:
        if self._table is None:
            self._table = _currencies_of(self._code, self._d["currency"], self._n)
        return self._table

    def of(self, g: int) -> frozenset:
        """The currencies the figures of group `g` are stated in."""
        has, currencies = self._has()
        return frozenset(currencies[has[g]].tolist())

    def kinds(self, groups: np.ndarray) -> tuple[np.ndarray, list[frozenset]]:
        """Per group of `groups`, a number equal for groups stated in the same currencies, and
        those currencies by number: rows alike are then judged once."""
        has, currencies = self._has()
        rows = has[groups]
        if not currencies.size:     # no figure names a currency
            return np.zeros(len(groups), np.int64), [frozenset()]
        # Column by column, as rows of numbers are told apart everywhere (a tenth of np.unique's
        # rows at 1M figures).
        number, first = distinct_rows(list(rows.T))
        return number, [frozenset(currencies[row].tolist()) for row in rows[first]]


def _currencies_of(code: np.ndarray, currency: np.ndarray, n: int
                   ) -> tuple[np.ndarray, np.ndarray]:
    """Per group (`code` of each row, `n` groups), which currencies its rows are stated in, as
    a row of booleans, and those currencies; a missing currency is none."""
    cur, currencies = pd.factorize(currency)
    has = np.zeros((n, len(currencies)), bool)
    known = cur >= 0
    has[code[known], cur[known]] = True
    return has, np.asarray(currencies, dtype=object)


def _small_counts(x: np.ndarray) -> bool:
    """Whether `x` holds whole numbers from 0 to about its length (a table's indices)."""
    if not len(x) or x.dtype.kind not in "iuf":
        return False
    with np.errstate(invalid="ignore"):
        return bool((x >= 0).all() and x.max() < 4 * len(x) + 1024 and (x == np.floor(x)).all())


class _Dates:
    """Per fact: the first and last as_of of its agreeing figures (as codes into `days`), its
    news-dated as_of, and how many as_of it has (told for the facts with one of those). Kept
    apart from `_Facts`: the sentences made when shown hold this, not the sets of ids."""

    def __init__(self, days: list, first: list, last: list, news: dict,
                 n_as_of: dict) -> None:
        self._days, self._first, self._last = days, first, last
        self._news, self._n_as_of = news, n_as_of

    @classmethod
    def of(cls, d: _Rows, code: np.ndarray, n: int, agrees: np.ndarray) -> _Dates:
        """The dates of the `n` groups of the rows (`code`: each row's group; `agrees`: the
        rows whose as_of count), from one pass over the columns."""
        day, days = pd.factorize(d["as_of"], sort=True)     # codes in text order
        n_days = len(days)
        # The first and last as_of of the agreeing figures (as text sorts).
        first = np.full(n, n_days)
        last = np.full(n, -1)
        np.minimum.at(first, code[agrees], day[agrees])
        np.maximum.at(last, code[agrees], day[agrees])
        # Of the groups with a news-dated as_of (the only ones whose window is said): how many
        # as_of each has, and its as_of read as articles' dates, sorted.
        news_rows = d["as_of_news"].astype(bool)
        has_news = np.zeros(n, bool)
        has_news[code[news_rows]] = True
        told = has_news[code]
        pairs = code[told].astype(np.int64) * max(n_days, 1) + day[told]
        g_of, n_as_of = np.unique(np.unique(pairs) // max(n_days, 1), return_counts=True)
        news = np.unique(pairs[news_rows[told]])
        said: dict = {}
        for g, k in zip((news // max(n_days, 1)).tolist(), (news % max(n_days, 1)).tolist()):
            said.setdefault(g, []).append(days[k])
        return cls(days.tolist(), first.tolist(), last.tolist(), said,
                   dict(zip(g_of.tolist(), n_as_of.tolist())))

    def said(self, g: int) -> tuple[str, str]:
        """'2019 to 2019-07-22' (the first and last as_of of the group's agreeing figures) and
        how its news-dated as_of were read (`window`), in one call: an outlier says both."""
        first, last = self._first[g], self._last[g]
        # a span of days at either end is said by its own end day: "2024-12 to 2024-12-13",
        # not "to 2024-12-12/2024-12-13"
        when = "" if last < 0 else self._days[first] if first == last else \
            f"{self._days[first].partition('/')[0]} to {self._days[last].rpartition('/')[2]}"
        news = self._news.get(g)
        return when, _window_words(news, self._n_as_of.get(g, 0)) if news else ""

    def span(self, g: int) -> tuple[str, ...]:
        """The first and last as_of of the group's agreeing figures (none when none agree)."""
        first, last = self._first[g], self._last[g]
        return () if last < 0 else (self._days[first], self._days[last])

    def span_codes(self, g: np.ndarray) -> np.ndarray:
        """Per group of `g`, a number equal for groups of one `span`."""
        first, last = np.asarray(self._first)[g], np.asarray(self._last)[g]
        return first * (len(self._days) + 2) + last + 1

    def window(self, g: int) -> str:
        """How the group's news-dated as_of were read, when it compares several as_of."""
        return self.said(g)[1]


def _outliers(d: _Rows, mask: np.ndarray, facts: _Facts, wrong: set = frozenset()
              ) -> list[F.Finding]:
    """One finding per outlier, in row order: how far its point lies from the consensus, a unit
    slip when that is close to a power of ten; a bare `N조` that reads as N조대 gets a note."""
    code = facts.code[mask]
    o = d.take(mask)
    if not len(o):
        return []
    (fid, metric, c_low, c_high, c_unit, cons_low, cons_high, vague,
     currency) = o.lists(["id", "metric", "c_low", "c_high", "c_unit", "cons_low", "cons_high",
                          "vague", "currency"])
    others = facts.others_of(mask, fid)
    ranged = np.asarray(o["bound"] == "range", dtype=bool)
    point = _nearer_end(*(np.asarray(o[c], dtype=float) for c in ("c_value", "c_low", "c_high",
                                                                 "cons_low", "cons_high")),
                        ranged)
    # what the message calls the point: a range's nearer edge only where `_nearer_end` took one
    # (the range lies apart from the others), else its middle ("41~43달러" meeting [43.5, 44.5]
    # is judged by its 33, which is no edge of it)
    edge = ranged & (point != np.asarray(o["c_value"], dtype=float))
    said_as = np.where(edge, 1, np.where(ranged, 2, 0))
    gaps, directions = per_distinct(F.point_gaps, point, o["cons_low"].astype(float),
                                    o["cons_high"].astype(float))
    gap, direction = shared_floats(gaps), directions.tolist()
    with np.errstate(divide="ignore", invalid="ignore"):
        # A zero or missing consensus point gives an infinite or NaN ratio: no slip.
        ratio = point / o["cons_value"].astype(float)
    slips = per_distinct(F.unit_slips, ratio)
    slip = slips.tolist()
    said = _Said(facts.dates, code=code, unagreed=facts.unagreed, metric=metric, low=c_low,
                 high=c_high, point_said=said_as, unit=c_unit,
                 cons_low=cons_low, cons_high=cons_high, gap=gap, direction=direction,
                 slip=slip, vague=vague, currency=currency, others=others,
                 read_as=_read_in_another(facts, mask, o, ratio), denominated=o["denominated"])
    n = len(o)
    tried_each = _tried_of(o)
    for k in _sign_swaps(facts, mask, o):
        tried_each[k] = (*tried_each[k], _swap_words(o["amount"][k], o["value"][k], o["ref"][k]))
    evidence = dict(check="same_fact", rule=RULE, detail=F.Rows(partial(_rows_of, said.outliers)),
                    against=others,
                    low=c_low, high=c_high, expected_low=cons_low,
                    expected_high=cons_high, unit=c_unit, gap=gap, slip=slip,
                    tried=tried_each)
    severity = per_distinct(F.severities, gaps, o["vague"].astype(bool), slips).tolist()
    # Each flags its own figure; its others are distinct and never it when the ids are
    # (`others_of`; asserted on the checks' batches in test_batch_properties.py).
    out = F.Batch(fid, np.ones(n, dtype=bool), severity, metric,
                  F.Rows(partial(_heads_at, o.arrays(_HEAD))), evidence,
                  clean=facts.unique_ids)
    # A bare N조 that the others lie just above, or digits the others' longer number begins
    # with, is a note, not a discrepancy (few rows).
    odd, cut = _reads_as_n_odd(o), _reads_as_cut(o)
    dollars = _read_as_another_dollar(facts, mask, o)
    low = (np.array(severity, dtype=object) == "low") & ~odd & ~cut
    earlier = _read_at_an_earlier_rate(d, mask, o, low)
    # A round figure its own article states more finely is that figure rounded (few rows): its
    # own article's number explains it before another article's longer one it may be cut from.
    ask = ~odd
    ask[list(earlier) + list(dollars)] = False
    own = _own_finer(d, o, ask, wrong)
    # A round figure that the others' precise value rounds to is that value rounded (few rows),
    # once no other reading explains it.
    ask[list(own)] = False
    rounded = _others_round_to(o, ask & ~cut & (np.array(severity, dtype=object) != "info"))
    for k, r in zip(np.flatnonzero(odd).tolist(), o.take(odd).figures()):
        out[k] = _n_odd_note(r, others[k])
    cut[list(own)] = False
    for k, r in zip(np.flatnonzero(cut & ~odd).tolist(), o.take(cut & ~odd).figures()):
        out[k] = _cut_note(r, others[k])
    for k, r in zip(np.flatnonzero(rounded).tolist(), o.take(rounded).figures()):
        out[k] = _others_rounding_note(r, others[k])
    for k, (r, read) in dollars.items():
        out[k] = _dollar_note(r, others[k], *read)
    for k, (r, copy) in earlier.items():
        out[k] = _earlier_note(r, others[k], copy)
    for k, (r, finer) in own.items():
        out[k] = (_rounds_a_flagged_figure(out.records([k])[0], finer) if finer.flagged
                  else _own_rounding_note(r, others[k], finer))
    return out


class _Finer(NamedTuple):
    """A finer figure of a round figure's own article, as its message names it."""

    id: str
    amount: str
    source: str
    flagged: bool       # an original this check flags itself (an outlier, or split)


# What a finer figure's status says when this check flags it: it excuses no round figure.
_FLAGGED = ("outlier", "split")


def _own_finer(d: _Rows, o: _Rows, ask: np.ndarray, wrong: set = frozenset()) -> dict:
    """Per asked row (by position) that its own article (its source on its publication date, the
    witness the vote counts) states more finely: (its row, the finer figure, `_Finer`).
    The finer figure is of the same fact and written in the same currency, a conversion row of
    the article too (its number as written is the article's own), bounded both sides, and lies
    within half a unit of the round figure's last non-zero digit of it and within a writer's
    one-digit rounding (`within_hedged_rounding`: "2074억" is "2000억" rounded at the 1000억
    place, 3.7 % off; "1조6000억" is no "1조", nor "$14.2B" "$10B", 42 % off). A headline rounds
    its own body's figure: any error is the finer figure's, which is judged on its own. A finer
    figure this check flags too excuses nothing: one not flagged is taken first. A conversion
    row is taken as not flagged (what the restatement check says of it is not known here),
    unless it is one of `wrong`, the ids this check flags as conversions off the others."""
    df = d._df
    ask = ask & np.isin(o["bound"], _ONE_POINT) & ~o["vague"].astype(bool) \
        & (o["quantity_kind"] == "money")
    if not ask.any():
        return {}
    article = df["article"].to_numpy()
    asked = o.at[ask]
    grp = df["grp"].to_numpy()
    # Candidates: the figures of the asked figures' articles, written one point (no bound or
    # range is a number that rounds), in a currency; of the asked facts (the merge below).
    rows = np.flatnonzero(np.isin(article, np.unique(article[asked])) & (article >= 0)
                          & np.isin(df["bound"].to_numpy(), _ONE_POINT)
                          & ~df["vague"].to_numpy().astype(bool))
    # An article's figures in one currency as one number, the asked figures' and the others'.
    currency = df["currency"].to_numpy()
    code, named = pd.factorize(np.concatenate([currency[asked], currency[rows]]))
    code = np.where(np.isin(code, np.flatnonzero([isinstance(c, str) for c in named])), code, -1)
    where = np.concatenate([article[asked], article[rows]]) * (len(named) + 1) + code
    mine, theirs = where[:len(asked)], where[len(asked):]
    keep = (code[len(asked):] >= 0) & np.isin(theirs, mine)
    rows, theirs = rows[keep], theirs[keep]
    fact = _facts_of(df, rows)
    keep = np.isin(fact, np.unique(grp[asked]))
    keys = pd.DataFrame({"grp": fact[keep], "where": theirs[keep], "at": rows[keep]})
    # In order of the round figure, then of the finer one in the file.
    pairs = pd.DataFrame({"grp": grp[asked], "where": mine, "k": np.flatnonzero(ask),
                          "own": asked}).merge(keys, on=["grp", "where"]).sort_values(
        ["k", "at"], kind="stable")
    pairs = pairs[pairs["at"] != pairs["own"]]
    if pairs.empty:
        return {}
    own, at = pairs["own"].to_numpy(), pairs["at"].to_numpy()
    value = df["value"].to_numpy(float)
    needed = np.zeros(len(df), bool)
    needed[own], needed[at] = True, True
    place = _last_nonzero_places(df, np.flatnonzero(needed))
    pairs = pairs[_rounds_to(value[at], place[at], value[own], place[own])]
    if pairs.empty:
        return {}
    # Per round figure its first finer figure not flagged, else its first.
    at = pairs["at"].to_numpy()
    bad = np.isin(df["status"].to_numpy()[at], _FLAGGED) \
        | pd.Series(df["id"].to_numpy()[at]).isin(wrong).to_numpy()
    chosen = pairs.assign(bad=bad).sort_values(["k", "bad"], kind="stable").drop_duplicates("k")
    a = chosen["at"].to_numpy()
    found = {k: _Finer(*named, b) for k, *named, b in zip(
        chosen["k"].tolist(), *(df[c].to_numpy()[a].tolist() for c in ("id", "amount", "source")),
        chosen["bad"].tolist())}
    mask = np.zeros(len(ask), bool)
    mask[list(found)] = True
    figures = dict(zip(np.flatnonzero(mask).tolist(), o.take(mask).figures()))
    return {k: (figures[k], finer) for k, finer in sorted(found.items())}


# Bounds that write one point: only such a number rounds, or is rounded.
_ONE_POINT = ("exact", "approx")


def _facts_of(df: pd.DataFrame, rows: np.ndarray) -> np.ndarray:
    """The fact of each figure at `rows`: its group, or a conversion's (a restatement has none of
    its own; its `original`, as normalize links it, written or inferred) its original's, looked
    up among `rows` first (an article's conversions restate its own figures), then the whole
    table; a repeated id (no valid file has one, but a table may) names the first figure of it
    looked at."""
    grp = df["grp"].to_numpy()[rows]
    conversion = df["role"].to_numpy()[rows] == ROLES[1]
    if not conversion.any():
        return grp
    fact = grp.copy()
    targets = df["original"].to_numpy()[rows][conversion]
    fid = df["id"].to_numpy()
    of: dict = {}
    for among in (rows, np.arange(len(df))):
        named = among[pd.Index(fid[among]).isin(targets)]
        # Reversed, so that an id's first figure is the one the dict keeps.
        of = dict(zip(fid[named][::-1].tolist(), df["grp"].to_numpy()[named][::-1].tolist()))
        if all(t in of for t in targets):
            break
    fact[conversion] = [of.get(t, np.nan) for t in targets]
    return fact


def _last_nonzero_places(df: pd.DataFrame, rows: np.ndarray) -> np.ndarray:
    """Per figure (NaN but at `rows`) the place of its number's last non-zero digit
    (`last_nonzero_place`), worked out once per distinct (value, precision, span)."""
    out = np.full(len(df), np.nan)
    if not len(rows):
        return out
    value, precision = df["value"].to_numpy(float)[rows], df["precision"].to_numpy(float)[rows]
    span = df["span"].to_numpy(object)[rows]
    kind = distinct(value, precision, span)
    out[rows] = kind.spread([last_nonzero_place(*k) for k in zip(
        value[kind.first].tolist(), precision[kind.first].tolist(), span[kind.first].tolist())])
    return out


def _rounds_to(value: np.ndarray, place: np.ndarray, rounded: np.ndarray,
              round_place: np.ndarray) -> np.ndarray:
    """Per pair: whether a number (`value`, its last non-zero digit's `place`) written to a finer
    last non-zero digit than a round one (`rounded`, `round_place`) rounds to it at that round
    figure's last non-zero digit (half a unit of that place either way), no further from it than
    a writer's one-digit rounding goes: "$10B" is no rounding of "$14.2B" (+42 %), nor "10조"
    of "14조2000억"."""
    half = round_place / 2
    with np.errstate(invalid="ignore"):
        return ((round_place > 0) & (place < round_place) & (rounded - half <= value)
                & (value < rounded + half) & within_hedged_rounding(value - rounded, rounded))


def _rounds_a_flagged_figure(found: F.Finding, finer: _Finer) -> F.Finding:
    """A round figure's own finding, of its own severity, saying too that it rounds its own
    article's finer figure, which this check flags as well: a headline over a wrong body
    figure is wrong with it."""
    e = found.evidence[0]
    detail = e.detail() if callable(e.detail) else e.detail
    words = (f" It rounds its own article's {finer.amount.strip()} ({finer.id}), which is "
             "flagged too.")
    parts = (detail, words) if isinstance(detail, str) else (*detail, words)
    return replace(found, evidence=(replace(e, detail=parts), *found.evidence[1:]))


def _own_rounding_note(r, others: tuple, finer: _Finer) -> F.Finding:
    """A round figure its own article states more finely (`_own_finer`): an info note naming
    the finer figure, through which the round figure was judged."""
    fid, amount, source = finer.id, finer.amount, finer.source
    half = last_nonzero_place(float(r.value), float(r.precision), r.span) / 2
    return _agreeing_note(
        r, others, f"; its own article ({source}) states {amount.strip()} ({fid}), which "
        f"rounds to {r.amount.strip()} at its last non-zero digit (±{fmt.compact(half)} "
        f"{r.currency}): the round figure was judged through {fid}, which is judged on its own.",
        tried_too=(_OWN_TRIED,))


# What an own-article rounding note adds to `tried`: the explanation that held.
_OWN_TRIED = "its own article's finer figure of the fact, rounded at its last non-zero digit"


def _others_round_to(o: _Rows, ask: np.ndarray) -> np.ndarray:
    """Per asked row: whether it is a round figure (trailing zeros, `last_nonzero_place`) in its
    fact's currency that what the others agree on rounds to at its last non-zero digit.
    What they agree on, as a reader reads their point (`_read_round`: a round point of theirs is
    as wide as its own rounding), lies within half a unit of that digit of it and within
    OTHERS_ROUNDING of it, tighter than the eighth `_own_finer` allows ("$900 million" against
    $891.1 million, 1.0 %, is that value rounded; "$600m" against $640m, 6.7 %, stays flagged).
    The others' figures are judged on their own; only the round figure's reading changes."""
    ask = ask & np.isin(o["bound"], _ONE_POINT) & ~o["vague"].astype(bool) \
        & (o["quantity_kind"] == "money") & (o["currency"] == o["ref"])
    if not ask.any():
        return ask
    value, precision = o["value"].astype(float), o["precision"].astype(float)
    place = _last_nonzero_places(o._df, o.at[ask])[o.at]
    with np.errstate(invalid="ignore"):
        ask &= place > precision * (1 + 1e-9)
    if not ask.any():
        return ask
    at = np.flatnonzero(ask)
    low, high = per_distinct(_read_rounds, *(o[c][at].astype(float)
                                             for c in ("cons_low", "cons_high", "cons_value")))
    value, half = value[at], place[at] / 2
    with np.errstate(invalid="ignore"):
        # The others' whole reading within the round figure's half unit (an end on its upper
        # edge rounds up past it) and within OTHERS_ROUNDING of it: another article's figure
        # shows no rounding of this writer's, so only a near one is read as rounded.
        near = (value - half <= low) & (high < value + half) \
            & within_hedged_rounding(np.maximum(value - low, high - value), value,
                                     OTHERS_ROUNDING)
    out = np.zeros(len(ask), bool)
    out[at[near]] = True
    return out


def _read_rounds(low: np.ndarray, high: np.ndarray, point: np.ndarray) -> tuple:
    """`_read_round` of each row of arrays (`per_distinct` hands it each consensus once)."""
    read = [_read_round(*k) for k in zip(low.tolist(), high.tolist(), point.tolist())]
    return (np.array([r[0] for r in read], dtype=float),
            np.array([r[1] for r in read], dtype=float))


def _others_rounding_note(r, others: tuple) -> F.Finding:
    """A round figure that what the others agree on rounds to (`_others_round_to`): an info
    note naming the figures it was judged against."""
    half = last_nonzero_place(float(r.value), float(r.precision), r.span) / 2
    return _agreeing_note(
        r, others, f"; read as rounded at its last non-zero digit (±{fmt.compact(half)} "
        f"{r.currency}), {r.amount.strip()} is what they agree on rounded: it agrees.",
        tried_too=(_OTHERS_TRIED,))


# What an others' rounding note adds to `tried`: the explanation that held.
_OTHERS_TRIED = "what the others agree on, rounded at its last non-zero digit"


def _sign_swaps(facts: _Facts, mask: np.ndarray, o: _Rows) -> list[int]:
    """Positions of the outliers whose number as written, read in their fact's reference
    currency, lies within what the others agree on, when the fact's own figures state that
    currency: the sign, not the number, is what differs from them."""
    value = o["value"].astype(float)
    low, high = o["cons_low"].astype(float), o["cons_high"].astype(float)
    with np.errstate(invalid="ignore"):
        # Only a closed interval: one open on a side (a bound, "already more than $200 billion")
        # holds every number past it, which says nothing of the sign.
        ask = ((o["quantity_kind"] == "money") & (o["currency"] != o["ref"]) & (low > 0)
               & np.isfinite(high) & (value >= low) & (value <= high))
    # A conversion pair writes both currencies on purpose (at a peg the digits may be equal):
    # neither its original nor its conversion is a sign written for another. (A converted
    # original's currency is its fact's reference, so this holds of the figures as normalized
    # today; said here, where the rule is, should the reference be chosen otherwise.)
    ask &= ~o.restated() & pd.isna(o["restates"])
    if not ask.any():
        return []
    groups = facts.code[mask]
    return [k for k in np.flatnonzero(ask).tolist()
            if o["ref"][k] in facts.stated.of(int(groups[k]))]


def _swap_words(amount: str, value: float, code: str) -> str:
    """What `tried` says of a figure whose number in `code` agrees with its fact."""
    return (f'"{amount}" read as {fmt.compact(value)} {code}, its number in the currency the '
            f"other figures state: it agrees with them (a currency sign swapped?)")


def _read_at_an_earlier_rate(d: _Rows, mask: np.ndarray, o: _Rows, ask: np.ndarray) -> dict:
    """Per low outlier (by position) that is possibly a copy of another article's conversion at
    an earlier rate (`earlier.copies`): (its row, the `earlier.Copy`)."""
    # Money figures bounded both sides; a vague one is no conversion, and a guessed dollar is
    # the dollar note's question, not a rate's.
    ask = ask & (o["quantity_kind"] == "money") & ~o["vague"].astype(bool) \
        & np.isfinite(o["s_high"].astype(float)) & (o["s_low"].astype(float) > 0)
    if not ask.any():
        return {}
    found = copies(d._df, o.at[ask])
    hit = ask & np.isin(o.at, list(found))
    out: dict = {}
    for k, r in zip(np.flatnonzero(hit).tolist(), o.take(hit).figures()):
        if not currency_guessed(r.note, r.currency_given):
            out[k] = (r, found[int(o.at[k])])
    return out


def _earlier_note(r, others: tuple, copy: Copy) -> F.Finding:
    """An outlier that is possibly a copy of another article's conversion at an earlier rate:
    an info note naming that conversion, the rate its fact's figures in the other currency
    imply for it, and the fixings of the month before that had it."""
    turn = bool(turns(copy.rates[1]))
    implied = show_range(*copy.rates, r.currency, copy.cur, turn)
    at = "" if r.currency == r.ref else " (at the ECB rate of its as_of and publication date)"
    return _agreeing_note(
        r, others, f"; the others' {copy.cur} figures imply {implied} for it, as {copy.source} "
        f"converts {copy.original} to {copy.amount}; "
        f"{earlier_words(copy.fits, r.currency, copy.cur, turn)}.", at=at,
        tried_too=(EARLIER_TRIED,))


def _nearer_end(point, low, high, cons_low, cons_high, ranged):
    """Each figure's point, but a range's end nearer the others when it lies apart from them:
    "1조원대" states 1조 to 2조, so against 9500억 it is its 1조 that is off, not its middle."""
    near = np.where(low > cons_high, low, np.where(high < cons_low, high, point))
    return np.where(ranged, near, point)


def _read_in_another(facts: _Facts, mask: np.ndarray, o: _Rows, ratio: np.ndarray) -> list:
    """Per outlier: (its value, a currency, the ECB band from its own to that one) when its
    number read in that currency agrees with the others (a currency slip), else None."""
    # More than one amount apart only; the currencies tried are those its fact's figures are
    # stated in and the fact's reference; the rates of its as_of and publication date, or of the
    # others' (`rates.rate_explaining`, the rule that finds a conversion written in its
    # original's currency).
    out: list = [None] * len(o)
    value = o["value"].astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        # Its number over theirs: the rate from the reference to the currency it is in (1 when
        # it is the reference's number).
        lo = o["s_low"].astype(float) / o["cons_high"].astype(float)
        hi = o["s_high"].astype(float) / o["cons_low"].astype(float)
        # An open bound ("890억 달러 이상") reaches every rate on its open side: it names none.
        ask = np.flatnonzero((o["quantity_kind"] == "money") & (ratio > 0) & (lo > 0)
                             & np.isfinite(hi) & beyond_one_amount(ratio))
    if not len(ask):
        return out
    # Each asked group's currencies numbered, so that rows alike are judged once (at 1M
    # figures, 130,000 rows asked of a few thousand kinds).
    group = facts.code[mask][ask]
    set_code, sets = facts.stated.kinds(group)
    cols = [o[c][ask] for c in ("currency", "ref", "as_of", "published")]
    kind, first = distinct_rows([*cols, set_code, facts.dates.span_codes(group), lo[ask],
                                 hi[ask]])
    band = band_cache()
    found = []
    for j, cur, ref, as_of, published, v in zip(first.tolist(), *(c[first].tolist() for c in cols),
                                              value[ask][first].tolist()):
        if not all(isinstance(x, str) for x in (cur, ref, as_of, published)):
            found.append(None)
            continue
        days = _days_of(as_of, published, facts.dates.span(int(group[j])))
        hit = rate_explaining(lo[ask[j]], hi[ask[j]], ref, (sets[set_code[j]] | {ref}) - {cur},
                              days, band)
        # Said as the rate from its currency to the one it stands for, on the day that read it.
        said = hit and band(cur, hit[0], hit[2])
        found.append(None if not said else (v, hit[0], said))
    cells = F.object_cells(out)
    cells[ask] = F.object_cells(found).take(kind)
    return cells.tolist()


def _days_of(as_of: str, published: str, span: tuple) -> tuple:
    """The days whose rates a figure's number may have been read at: its own dates, then its
    neighbours' (`span`, the others' first and last as_of): a figure dated by another clause of
    its sentence was still converted at the fact's time."""
    return tuple(dict.fromkeys((known_by(as_of, published), published, *span)))


def _read_as_words(cur: str, value: float, code: str, band: dict) -> str:
    """What a currency slip found by `_read_in_another` says: the rate that makes the gap, its
    day, and which currency stands for which."""
    turn = bool(turns(band["rate_high"]))
    return (f"; the gap is the ECB rate from {cur} to {code} ({ecb_words(band, cur, code, turn)}): "
            f"its number read in {code}, {fmt.compact(value)} {code}, agrees with them, so it "
            f"names the wrong currency (a currency slip), {code} written as {cur}")


def _read_as_another_dollar(facts: _Facts, mask: np.ndarray, o: _Rows) -> dict:
    """Per outlier (by position) that `_another_dollar` explains: (its row, that dollar, the
    ECB band from it to the reference)."""
    given = o["currency_given"]
    ask = np.isin(given, list(L.LOCAL_DOLLAR.values())) & (given == o["currency"])
    ask[ask] = [currency_guessed(n, g) for n, g in zip(o["note"][ask], given[ask])]
    if not ask.any():
        return {}
    # An original its own conversion restates is judged by that conversion too, as read (the
    # restatement check): a note here would contradict that finding, so none is given.
    ask &= ~o.restated()
    if not ask.any():
        return {}
    band = band_cache()
    out = {}
    codes = facts.code[mask][ask]
    for g, k, r in zip(codes.tolist(), np.flatnonzero(ask).tolist(), o.take(ask).figures()):
        hit = _another_dollar(r, r.cons_low, r.cons_high, facts.stated.of(g), facts.dates.span(g),
                              band)
        if hit:
            out[k] = (r, hit)
    return out


def _another_dollar(r, low: float, high: float, stated: set, span: tuple, band
                    ) -> tuple | None:
    """(dollar, ECB band from it to the reference) when a figure's bare "$", guessed a local
    dollar, read as the US dollar its fact is stated in (`stated`, or its reference) lies
    within `low`..`high`; else None."""
    # Such a figure disagrees only as read: which dollar the article means decides, not the
    # figure. A written dollar (C$, CAD, 캐나다 달러) names one and is not asked; nor is a
    # dollar set by hand, which is the user's answer, not the project's guess.
    if not (currency_guessed(r.note, r.currency_given) and low > 0 and high > 0):
        return None
    # Only what the sign names where no country is known (the US dollar): that another local
    # dollar (AUD against NZD, SGD against CAD, near 1 apart) explains a gap is no evidence.
    a = read_once(r.amount)
    codes = {a.currency} & (stated | {r.ref}) if names_which_dollar(a, r.currency_given) else ()
    hit = codes and rate_explaining(r.s_low / high, r.s_high / low, r.ref, codes,
                                    _days_of(r.as_of, r.published, span), band)
    return (hit[0], band(hit[0], r.ref, hit[2])) if hit else None


def _dollar_words(r, code: str, band: dict, whose: str = "its") -> tuple[str, str]:
    """How a figure's bare "$" was read, and how it reads as the dollar `code`: its interval
    as written (its rounding said), converted at the ECB rate to its fact's reference when that
    is another currency."""
    at = "" if code == r.ref else \
        (f" at the ECB rate ({ecb_words(band, code, r.ref, bool(turns(band['rate_high'])))}), "
         + fmt.bracket(*fmt.interval_ends(r.s_low * band["rate_low"],
                                          r.s_high * band["rate_high"]), r.ref))
    return (f"{whose} bare '$' is read as {r.currency}, the currency its note says was guessed "
            "for it", f"read as {code}, {fmt.bracket(*fmt.interval_ends(r.s_low, r.s_high), code)}"
            f"{at}")


def _dollar_note(r, others: tuple, code: str, band: dict) -> F.Finding:
    """An outlier whose bare "$" read as the dollar `code` agrees with the others: an info note
    that asks which dollar the article means."""
    read, other = _dollar_words(r, code, band)
    return _agreeing_note(r, others, _which_dollar(other, "them", "the assumed dollar explains "
                                                   "the gap; ") + ".",
                          read=f"{read}: ", tried_too=(_dollar_tried(code),))


def _which_dollar(reread: str, whom: str, why: str = "") -> str:
    """The end of a dollar note: as `reread` (`_dollar_words`), the figure agrees with `whom`,
    `why` that says, and which dollar to check."""
    return f"; {reread}, it agrees with {whom}: {why}check which dollar the article means"


def _agreeing_note(r, others: tuple, end: str, read: str = "", at: str = "",
                   tried_too: tuple = (), of=None, whose: str = "its") -> F.Finding:
    """The info note on a figure that agrees read otherwise: where `whose` value (after `read`,
    taken `at` a rate) lies from what the others agree on, or, with no majority, from the one
    figure `of` (the ids `others`; the note is then about both), then `end`, how it agrees."""
    low, high = (r.cons_low, r.cons_high) if of is None else (of.c_low, of.c_high)
    gap, direction = F.point_gap(r.c_value, low, high)
    value = f"{read}{whose} value {fmt.compact(r.c_value)} {r.c_unit}{at} is "
    if of is None:
        detail = (value + _where(gap, direction, low, high, r.metric, r.c_unit), F.Ids(others),
                  ")" + end)
    else:
        edge = fmt.interval_ends(low, high)[direction == "above"]
        detail = value + F.edge_words(gap, direction, f"{edge} {r.c_unit}",
                                      f"{of.id}'s interval") + end
    e = F.Evidence("same_fact", RULE, detail, tuple(others), r.c_low, r.c_high, low, high,
                   r.c_unit, gap, 0, tried(r) + tried_too)
    subject, said = ((r.id,), head(r)) if of is None else ((r.id, of.id), f"{head(r)}; {head(of)}")
    return F.Finding("info", r.metric, (), subject, said, (e,))


def _dollar_tried(code: str) -> str:
    """What a dollar note adds to `tried`: the dollar its bare "$" was read as."""
    return f"its bare '$' read as {code}, the dollar the sign names where no country is known"


def _dollar_split(rows: list, stated: set, aside: list) -> F.Finding | None:
    """An info note for two figures of a fact, no majority, when one's bare "$" read as
    another dollar (`_another_dollar`) its fact is `stated` in agrees with the other; else
    None. It names the gap as read and the figures set `aside`, as `_split` does."""
    band = band_cache()
    for r, other in (rows, rows[::-1]):
        hit = _another_dollar(r, other.c_low, other.c_high, stated, (), band)
        if hit:
            break
    else:
        return None
    read, reread = _dollar_words(r, *hit, whose=f"{r.id}'s")
    return _agreeing_note(r, (other.id,), _which_dollar(reread, other.id)
                          + f"{_aside_words(rows, aside)}.",
                          read=f"the figures of {r.metric} do not agree as read: {named(r)}; "
                               f"{named(other)}; {read}: ",
                          tried_too=(_dollar_tried(hit[0]),), of=other)


def _may_be_a_dollar(rows: list) -> bool:
    """Whether a split of two figures may be one's bare "$" read as the wrong dollar: two, one
    of them with a guessed currency."""
    return len(rows) == 2 and any(currency_guessed(r.note, r.currency_given) for r in rows)


def _tried_of(o: _Rows) -> list[tuple[str, ...]]:
    """`tried` of each of the rows, one shared tuple per kind of figure: each kind (the six
    columns' values and the interval's reach together) is looked up once, by codes, not an
    eight-value key per row."""
    columns = [o[c] for c in ("quantity_kind", "u", "unit", "hedge", "currency", "ref")]
    columns += _sides(*(o[c].astype(float) for c in ("value", "s_low", "s_high", "u")))
    columns.append(o["bound"] == "range")
    kind = np.zeros(len(o), np.int64)
    odd = np.zeros(len(o), bool)
    for n, x in enumerate(columns):
        floats = x.dtype == np.float64
        # A float by its bits (-0.0 and each NaN as they are); text by value.
        code, distinct = pd.factorize(x.view(np.int64) if floats else x)
        if n != 3:
            # A missing unit, currency or kind may be None or NaN, which read differently:
            # those rows are looked up one by one.
            odd |= code < 0
        kind = pd.factorize(kind * (len(distinct) + 1) + code + 1)[0]
    first = np.empty(int(kind.max()) + 1 if len(kind) else 0, np.int64)
    first[kind[::-1]] = np.arange(len(kind))[::-1]     # each kind's first row
    at = np.r_[first, np.flatnonzero(odd)]
    # A missing hedge is any of many NaN objects, each its own cache key: say None for all.
    hedge = [h if isinstance(h, str) else None for h in columns[3][at].tolist()]
    made = F.object_cells(list(map(_tried, *(x[at].tolist() for x in columns[:3]), hedge,
                                   *(x[at].tolist() for x in columns[4:]))))
    out = made.take(kind)
    out[odd] = made[len(first):]
    return out.tolist()


def _rows_of(make, rows: list[int]) -> list[F.RowOf]:
    """The sentences of `rows`, made by `make` (a `_Said` method of a list of rows) when shown,
    the rows of a view together."""
    return list(map(F.RowOf, zip(repeat(make), rows)))


# The columns a finding's head names its figure by.
_HEAD = ("id", "amount", "source", "as_of")


def _heads_at(columns: list[np.ndarray], rows: list[int]) -> list[F.Head]:
    """The heads of `rows` of the `_HEAD` columns."""
    return heads(*(c[rows].tolist() for c in columns))


class _Said:
    """The numbers and words of the figures one pass of the check judged, column by column: a
    finding's sentence is made from its position here when the message is shown (most findings
    of a large file never are)."""

    def __init__(self, dates: _Dates, **columns) -> None:
        self.dates = dates
        self.__dict__.update(columns)

    # At 1M figures an export writes 158,735 outlier sentences: the rows' columns are read at
    # once, and what a fact's outliers share (its consensus, dates, count) is worded once.
    def outliers(self, rows: list[int]) -> tuple[list, list, list]:
        """Outliers' sentences as the columns a `F.RowOf` maker gives: the words before the
        agreeing ids, the ids, the words after them."""
        low, high, unit, cons_low, cons_high, others, gap, direction, metric = (
            list(map(c.__getitem__, rows)) for c in (
                self.low, self.high, self.unit, self.cons_low, self.cons_high, self.others,
                self.gap, self.direction, self.metric))
        code = self.code[rows].tolist()
        said = _SAID_POINT.take(np.asarray(self.point_said)[rows].astype(np.intp)).tolist()
        # Each distinct row worded once (`F.once`): real and generated files repeat a fact's
        # bounds, units and rates over its figures. Values equal as numbers are one key, 0.0 and
        # -0.0 too: `fmt` prints both as 0, and no amount is negative (refused at input) nor an
        # outlier's gap zero, so no quotient tells them apart.
        agreed = F.once(self._agreed, code, cons_low, cons_high, unit, metric,
                        list(map(len, others)))
        lead = F.once(_outlier_lead, low, high, unit, said, cons_low, cons_high, gap, direction,
                      agreed)
        details = list(map(self._outlier_detail, rows, low, high, cons_low, cons_high))
        return lead, others, [f"{d}{w[3]}.{_judged_in(self.denominated[k])}"
                              for d, w, k in zip(details, agreed, rows)]

    def _agreed(self, code: int, cons_low: float, cons_high: float, unit: str, metric: str,
                n: int) -> tuple:
        """What an outlier's sentence says of its fact: the consensus's printed ends, the words
        naming it, the count of agreeing figures and their dates, and the as_of window words."""
        when, window = self.dates.said(code)
        ends = fmt.interval_ends(cons_low, cons_high)
        agree = ("lie near one another with no majority among them" if self.unagreed[code]
                 else "agree")
        return (ends, f"what the other figures of {metric} say ({fmt.bracket(*ends, unit)})",
                f"; {n} other figure{'s' if n != 1 else ''} as of {when} {agree} (", window)

    def _outlier_detail(self, k: int, low: float, high: float, cons_low: float,
                        cons_high: float) -> str:
        """An outlier's words after its agreeing ids, but the window: touching intervals, a
        currency or unit slip, or vagueness."""
        detail = ")"
        # An open side touches nothing (inf is within any tolerance of itself times 1e-9).
        if abs(low - cons_high) <= 1e-9 * abs(low) or (math.isfinite(high) and abs(
                cons_low - high) <= 1e-9 * abs(high)):
            detail += ("; the intervals only touch: both would have to be rounded to their "
                       "limits to agree")
        slip, read_as = self.slip[k], self.read_as[k]
        if read_as is not None:
            detail += _read_as_words(self.currency[k], *read_as)
        if slip:
            # A rate near a power of ten (KRW/JPY is about 10) explains a gap both ways: both said.
            currency = self.currency[k]
            detail += (f"; {'it is also ' if read_as is not None else ''}about "
                       f"{10 ** abs(slip):,}× apart, which looks like " + F.slip_words(
                           slip, currency if isinstance(currency, str) else None))
        elif read_as is None and self.vague[k]:
            detail += "; the figure is vague, so this is weak evidence"
        return detail

    # At 1M figures an export writes 156,408 of these: the rows' columns read at once, each
    # distinct value (a fact's consensus, a converted figure's rate) worded once.
    def loosely(self, rows: list[int]) -> tuple[list, list, list]:
        """Loosely agreeing figures' sentences as a `F.RowOf` maker's columns, each ending with
        how it agrees."""
        (value, c_value, unit, currency, ref, gap, direction, cons_low, cons_high, metric, how,
         edge) = (list(map(c.__getitem__, rows)) for c in (
             self.value, self.c_value, self.unit, self.currency, self.ref, self.gap,
             self.direction, self.cons_low, self.cons_high, self.metric, self.how, self.edge))
        at = F.once(_at_rate, value, c_value, currency, ref, edge)
        # A point inside the consensus is said only when it lies there through the hull's rates.
        where = F.once(_where, gap, direction, cons_low, cons_high, metric, unit)
        # A range states no point: its middle is what is measured.
        point = F.once(_loose_point, how, c_value, unit)
        return ([f"{p}{a} is {w}" for p, a, w in zip(point, at, where)],
                list(map(self.others.__getitem__, rows)),
                [f"){self._loose_end(k)}{_judged_in(self.denominated[k])}" for k in rows])

    def _loose_end(self, k: int) -> str:
        """How a loosely agreeing figure agrees: through its bound, hedge, rate dates, or
        rounding (or its rate window)."""
        if self.bound[k]:
            return bound_words(self.hedge[k], self.side[k], self.value[k], self.own_unit[k],
                               self.misleads[k])
        if self.broken[k]:
            return broken_bound_words(self.hedge[k], self.side[k], self.value[k],
                                      self.own_unit[k], self.how[k], self.false[k])
        if self.hedged[k]:
            return f"; it agrees only through its hedge ({self.hedge[k]})."
        if self.dated[k] is not None:
            return _dated_words(self.how[k], *self.dated[k])
        # Only what can explain it: a rate window only for a converted figure.
        return (f"; it agrees only through its {self.how[k]}"
                f"{' or the rate window' if self.converted[k] else ''}.")


def _judged_in(denominated) -> str:
    """The sentence saying in which currency a fact was judged and why, when not the one a
    count of its figures names (`denomination`); else nothing."""
    return f" {denominated}" if isinstance(denominated, str) else ""


def _loose_point(how: str, c_value: float, unit: str) -> str:
    """'its value 12.3 bn USD' ('its middle' for a range, which states no point)."""
    return f"{'its middle' if how == 'range' else 'its value'} {fmt.compact(c_value)} {unit}"


# What an outlier's point is called: its value, a range's nearer edge, a range's middle.
_SAID_POINT = np.array(["its value", "its nearer edge", "its middle"], dtype=object)


def _outlier_lead(low: float, high: float, unit: str, said: str, cons_low: float,
                  cons_high: float, gap: float, direction: str, agreed: tuple) -> str:
    """An outlier's words before its agreeing ids: what it gives, how far its point lies from
    what the others say (`agreed`: `_Said._agreed`), and how many agree."""
    ends, of, agree, _ = agreed
    below = direction == "below"
    # The point, given back by its gap from the edge it passed (no column kept per row).
    point = (f"{said}, {fmt.compact(cons_low / gap if below else cons_high * gap)}, is "
             if math.isfinite(gap) else "")
    return (f"it gives {fmt.interval(low, high, unit)}: {point}"
            + F.edge_words(gap, direction, ends[0 if below else 1], of) + agree)


def _where(gap: float, direction: str, cons_low: float, cons_high: float, metric: str,
           unit: str) -> str:
    """Where a point lies from what the other figures agree on, its ids to follow: "2.3 %
    above 1.26 bn, the upper end of what the other figures of m agree on ([…] USD; ", or
    "within what …" with no direction."""
    ends = fmt.interval_ends(cons_low, cons_high)
    agreed = f"what the other figures of {metric} agree on ({fmt.bracket(*ends, unit)}; "
    if not direction:
        return f"within {agreed}"
    return F.edge_words(gap, direction, ends[direction == "above"], agreed)


def _at_rate(value, c_value, currency, ref, edge: tuple | None = None) -> str:
    """The rate a converted value was taken at, the middle of its ECB band (so that it can be
    recomputed): ' (at 1,465.75 KRW/USD, the middle of its ECB band)'; '' if not converted.
    The middle is taken in `ref` per `currency`; a rate shown turned over says so, since the
    middle of the turned band is another number. A false bound's is its window's edge kindest to
    it, `edge` (`_favoured_edges`): that fixing, its date and whose band it is, then widened."""
    if not (isinstance(currency, str) and isinstance(ref, str)) or currency == ref or not value:
        return ""
    shown = fmt.rate(c_value / value, currency, ref)
    turned = shown.endswith(f" {currency}/{ref}")
    per = f" in {ref} per {currency}" if turned else ""
    if edge is not None:
        fixing, day, whose = edge
        said = (f"{fmt.rate(fixing, currency, ref)} on {day}, in its {whose} band" if fixing
                else f"the fixings of {day}")
        return (f" (at {shown}: {said}, widened by {uncertainty.RATE_ALLOWANCE:.0%} for the rate "
                f"source{per}, the rate of its window most favourable to it)")
    return f" (at {shown}, the middle of its ECB band{per})"


# "8조 투자" for 8조 5127억: Korean headlines write a bare count of the largest place word for an
# amount of that many and more (N조대). Only bare forms: digits, one place word, the currency.
_BARE_PLACE = re.compile(r"^\s*[1-9]\d*\s*[조억兆億]\s*(?:원|달러|KRW|USD)?\s*$")


def _below_within(bound, value, step, s_high, c_low, c_high, lo, hi):
    """An exact figure below what others agree on ([lo, hi]), which lie within its value and
    `step` (its own units) above it: a longer number written short (arrays or numbers)."""
    return ((bound == "exact") & (s_high > 0) & (lo >= c_low)
            & (hi <= (value + step) * _per_unit(c_high, s_high)))


def _per_unit(c_high, s_high):
    """The factor a figure's own numbers convert at into its fact's, from the upper side of its
    interval (arrays or numbers)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.divide(c_high, s_high)


def _columns(o: _Rows, *cols: str) -> list[np.ndarray]:
    """The rows' columns `cols`, floats but the text ones."""
    return [o[c] if c in ("bound", "currency", "ref") else o[c].astype(float) for c in cols]


def _reads_as_n_odd(o: _Rows) -> np.ndarray:
    """Per row: True when a bare `N조` lies below what the others agree on but they lie within N
    to N+1."""
    near = _below_within(*_columns(o, "bound", "value", "precision", "s_high", "c_low",
                                   "c_high", "cons_low", "cons_high"))
    # The pattern only on the few rows the numbers allow: Python's re, as everywhere else.
    amounts = o["amount"]
    for k in np.flatnonzero(near):
        near[k] = isinstance(amounts[k], str) and bool(_BARE_PLACE.match(amounts[k]))
    return near


def _next_step(value, step, per_unit, lo, hi) -> bool:
    """Whether what another figure states ([lo, hi]) is the rounding of one `step` of a figure's
    last digit above its `value` and reaches below it: "$44 billion" beside "$45 billion" (44.5
    to 45.5), both a number from 44.5 to 45, cut short by one and rounded by the other. Only a
    step under a medium gap: digits that differ show no cut, so only the size says they may be one
    number ("1800억" and "1900억", 5.6 %, are not)."""
    tol = 1e-9 * abs(value + step) * per_unit
    return bool((value + step < F.MEDIUM_OFF * value)
                & (lo >= (value + step / 2) * per_unit - tol) & (lo < (value + step) * per_unit)
                & (hi <= (value + 1.5 * step) * per_unit + tol))


def _cut(bound, currency, ref, value, u, s_high, c_low, c_high, lo, hi) -> np.ndarray:
    """Whether a figure in its fact's own currency is the longer number of what others agree
    on ([lo, hi]) cut after its last digit (`currency.amount.cut_short`), not rounded; arrays or
    numbers (a 0-d array then)."""
    near = np.asarray(_below_within(bound, value, u, s_high, c_low, c_high, lo, hi)
                      & (currency == ref))
    values, units = np.ravel(value), np.ravel(u)
    for k in np.flatnonzero(near):
        near.flat[k] = cut_short(values[k], units[k])
    return near


def _reads_as_cut(o: _Rows) -> np.ndarray:
    """Per row: True when it is the others' longer number cut short (`_cut`)."""
    return _cut(*_columns(o, "bound", "currency", "ref", "value", "u", "s_high", "c_low",
                          "c_high", "cons_low", "cons_high"))


# How a cut-short note says the figure was read.
_CUT_HOW = "cut short, not rounded (as newsrooms often write it)"


def _cut_words(lies: str) -> str:
    """The end of a cut-short note: `lies`, where what lies above the figure lies, and how, as
    that longer number cut short, it agrees."""
    return f"; {lies}: read as that longer number {_CUT_HOW}, it agrees."


def _cut_note(r, others: tuple) -> F.Finding:
    """An outlier that is the others' longer number cut short: an info note."""
    return _agreeing_note(r, others, _cut_words(_below_next(r, "they lie")), tried_too=_CUT)


def _below_next(r, who: str) -> str:
    """`who` lies between figure `r` and one more unit of its last digit."""
    return f"{who} between {r.amount.strip()} and one more unit of its last digit"


# What a cut-short note adds to `tried`: the reading that lets it agree.
_CUT = ("its digits as a longer number cut short, not rounded",)


def _cut_split(rows: list) -> F.Finding | None:
    """An info note for the figures of a fact, no majority, when the less precise (or, as
    precise, the lower) one is the other's longer number cut short ("3.7 trillion won",
    "3조7천652억원"; `_rounded_next`), or the least precise figures all the one longer number
    the others agree on, cut short (`_cut_sides`); else None."""
    if len(rows) != 2:
        return _cut_sides(rows)
    short, full = sorted(rows, key=lambda r: (-float(r.u), float(r.c_value)))
    if full.currency != short.ref:
        return None
    if float(full.u) < float(short.u) and _cut(
            short.bound, short.currency, short.ref, short.value, short.u, short.s_high,
            short.c_low, short.c_high, full.c_low, full.c_high):
        end = _cut_words(_below_next(short, f"{full.amount.strip()} lies"))
    elif _rounded_next(short, full):
        end = _next_words(short, full)
    else:
        return None
    return _agreeing_note(short, (full.id,), end,
                          read=f"the figures of {short.metric}: {named(short)}; {named(full)}; ",
                          tried_too=_CUT, of=full, whose=f"{short.id}'s")


def _cut_sides(rows: list) -> F.Finding | None:
    """The note of `_cut_split` for a split of three or more figures, no majority: the least
    precise figures ("4.8 trillion won", "4조8000억 원") are all cut short from the one longer
    number the others agree on ("4조8,881억원", "W4.88trn"), as one figure against one is; else
    None. Articles are not counted: like the two-figure note, it reads the figures' digits."""
    coarsest = max(float(r.u) for r in rows)
    short = [r for r in rows if float(r.u) == coarsest]
    full = [r for r in rows if float(r.u) < coarsest]
    if not full or any(r.currency != short[0].ref for r in full):
        return None
    lo, hi = max(float(r.c_low) for r in full), min(float(r.c_high) for r in full)
    if lo > hi or not all(_cut(r.bound, r.currency, r.ref, r.value, r.u, r.s_high, r.c_low,
                               r.c_high, lo, hi) for r in short):
        return None
    # the longer number as its most precise figure states it, the figure the note measures from
    of = min(full, key=lambda r: float(r.c_high) - float(r.c_low))
    first = short[0]
    return _agreeing_note(first, tuple(r.id for r in rows if r is not first),
                          _cut_words(_below_next(first, f"{of.amount.strip()} lies")),
                          read=f"the figures of {first.metric}: "
                               + "; ".join(named(r) for r in rows) + "; ",
                          tried_too=_CUT, of=of, whose=f"{first.id}'s")


def _rounded_next(short, full) -> bool:
    """Two exact money figures from two sources in one currency, both written with a place word,
    `full` the rounding of one unit of `short`'s last digit above it ("$44 billion", "$45 billion"):
    one number from 44.5 to 45 billion is both, `short` cut short (`cut_short`)."""
    # Only two: where several agree, the one apart is flagged as usual. Two sources: one cutting
    # and one rounding is two newsrooms' habits; one article giving both contradicts itself.
    # Money said, not left to a count's missing currency: a count has no cut-short habit.
    return (short.bound == full.bound == "exact" and short.source != full.source
            and short.quantity_kind == full.quantity_kind == "money"
            and short.currency == full.currency
            and scaled(float(short.precision)) and scaled(float(full.precision))
            and float(short.s_high) > 0 and cut_short(float(short.value), float(short.u))
            and _next_step(float(short.value), float(short.u),
                           float(_per_unit(float(short.c_high), float(short.s_high))),
                           float(full.c_low), float(full.c_high)))


def _next_words(short, full) -> str:
    """The end of a two-neighbours note: `full`'s interval as the rounding of one more unit of
    `short`'s last digit, and the number that is `short` cut short and `full` rounded."""
    per_unit = float(_per_unit(float(short.c_high), float(short.s_high)))
    top, half = (float(short.value) + float(short.u)) * per_unit, float(short.u) * per_unit / 2
    unit = short.c_unit
    return (f"; {full.id}'s {full.amount.strip()} ({fmt.compact(float(full.c_low))} to "
            f"{fmt.compact(float(full.c_high))} {unit}) is the rounding of {fmt.compact(top)} "
            f"{unit}, one more unit of {short.id}'s last digit: a number from "
            f"{fmt.compact(top - half)} up to {fmt.compact(top)} {unit} is {short.id} {_CUT_HOW}, "
            f"and {full.id} rounded; so read, they agree.")


def _n_odd_note(r, others: tuple) -> F.Finding:
    """A bare N조 that the others lie just above (N조대, `_reads_as_n_odd`): an info note."""
    return _agreeing_note(r, others, f", which lie between {r.amount.strip()} and one more: read "
                          f"as \"{r.amount.strip()} and more\" (N조대, as Korean headlines round "
                          f"down), it agrees.",
                          at=_at_rate(r.value, r.c_value, r.currency, r.ref))


def _split(rows: list, aside, window: str, misleading: dict) -> F.Finding:
    lo = _first_extreme(rows, "c_high", min)
    hi = _first_extreme(rows, "c_low", max)
    gap = float(_split_point(hi, "c_low") / _split_point(lo, "c_high")) \
        if _split_point(lo, "c_high") > 0 else float("inf")
    slip = F.unit_slip(gap)
    first = rows[0]
    flagged = tuple(r.id for r in rows)
    words = partial(_split_words, rows, aside, window, lo, hi, gap, slip, misleading)
    e = F.Evidence("same_fact", RULE, words, flagged, _nan_extreme(rows, "c_low", min),
                   _nan_extreme(rows, "c_high", max), float("nan"), float("nan"), first.c_unit,
                   gap, slip, tuple(dict.fromkeys(t for r in rows for t in tried(r))))
    sev = F.severity_of(gap, any(bool(r.vague) for r in rows), slip)
    return F.Finding(sev, first.metric, flagged, flagged,
                     "; ".join(str(head(r)) for r in rows), (e,))


def _split_point(r, end: str) -> float:
    """A split's extreme figure's point: a range's end towards the other side (`end`), as
    `_nearer_end` gives an outlier's."""
    return float(getattr(r, end)) if r.bound == "range" else float(r.c_value)


def _split_words(rows: list, aside: list, window: str, lo, hi, gap: float, slip: int,
                 misleading: dict) -> str:
    """A split's sentence, made when shown: every figure with its interval, how far apart the
    extremes are, and which side the figures set aside fit (`misleading`: the bounds flagged on
    their own, `_misleading_gap`)."""
    said = "; ".join(named(r) for r in rows)
    backed = _backs(rows, aside)
    top = (f"{fmt.compact(_split_point(hi, 'c_low'))} {hi.c_unit}"
           + (" (the lower edge of its range's interval)" if hi.bound == "range" else ""))
    bottom = (f"{fmt.compact(_split_point(lo, 'c_high'))} {lo.c_unit}"
              + (" (the upper edge of its range's interval)" if lo.bound == "range" else ""))
    detail = (f"the figures of {rows[0].metric} do not agree and no side has a majority: "
              f"{said}. The highest value, {top}, is "
              f"{F.gap_words(gap, 'above', f'{bottom}, the lowest')}"
              f"{_likelier_slip(rows, backed)}")
    if abs(hi.c_low - lo.c_high) <= 1e-9 * abs(hi.c_low):
        detail += ("; their intervals only touch: both would have to be rounded to their limits "
                   "to agree")
    if slip:
        # The ratio of the two points was said just before: only what it looks like.
        detail += "; that looks like " + F.slip_words(
            slip, lo.currency if isinstance(lo.currency, str) else None)
    backing = tuple((backed or (0, ()))[1])
    return (detail + _aside_words(rows, aside, backing, misleading) + window + "."
            + _judged_in(rows[0].denominated))


def _first_extreme(rows: list, col: str, pick):
    """The first row whose `col` is the smallest (pick=min) or largest (max), NaN skipped."""
    best = _nan_extreme(rows, col, pick)
    return next((r for r in rows if getattr(r, col) == best), rows[0])


def _nan_extreme(rows: list, col: str, pick) -> float:
    """The smallest or largest `col` of the rows, NaN skipped (NaN when all are)."""
    values = [float(getattr(r, col)) for r in rows if getattr(r, col) == getattr(r, col)]
    return pick(values) if values else float("nan")


# A loosely agreeing figure's severity, by whether it is low: the two names' own objects, not a
# new str per finding (`np.where` of text gives one), which every later severity lookup reads.
_LOOSE = np.array(["info", "low"], dtype=object)


def _loosely_agreeing(d: _Rows, mask: np.ndarray, facts: _Facts, mislead: dict | None = None
                      ) -> list[F.Finding]:
    """The agreeing figures whose point lies outside the consensus, in row order: info (they
    agree only through rounding, a hedge or the rate window), low when a hedge carries a point
    more than HEDGE_ONLY_GAP off. A bound that is true ("3조 원 이상" for 3조7152억) is info,
    unless it is off by more than MISLEADING_BOUND, when it misleads though true (low)."""
    code = facts.code[mask]
    o = d.take(mask)
    if not len(o):
        return []
    (fid, metric, c_low, c_high, c_unit, c_value, cons_low, cons_high, hedge, side, value,
     unit, currency, ref) = o.lists(["id", "metric", "c_low", "c_high", "c_unit", "c_value",
                                     "cons_low", "cons_high", "hedge", "side", "value", "unit",
                                     "currency", "ref"])
    others = facts.others_of(mask, fid)
    gaps, towards = per_distinct(F.point_gaps, o["c_value"].astype(float),
                                 o["cons_low"].astype(float), o["cons_high"].astype(float))
    vague = o["vague"].astype(bool)
    hedged = np.isin(o["bound"], ["at_least", "at_most", "approx"]) & ~vague
    sides = np.array(side, dtype=object)
    bound = _true_bound(sides, towards, vague)
    misleads = _misleads(bound, gaps)
    # The others on the side its bound closes ("upwards of $2 billion" for $1.7 billion): the
    # bound as written is false and only its rounding reaches them, judged as a hedge-only point.
    # A converted bound is false only at the rate of its band most favourable to it (no writer's
    # rate is known), and its gap is measured from there.
    closed = (((sides == "at_least") & (towards == "above"))
              | ((sides == "at_most") & (towards == "below"))) & ~vague
    points = _favoured_points(o, closed)
    fav_gaps, fav_towards = per_distinct(F.point_gaps, points, o["cons_low"].astype(float),
                                         o["cons_high"].astype(float))
    broken = closed & (fav_towards == towards)
    gaps = np.where(broken, fav_gaps, gaps)
    favoured = broken & (o["currency"] != o["ref"])
    edge = _favoured_edges(o, favoured, points)
    c_value = shared_floats(np.where(favoured, points, o["c_value"].astype(float)))
    hedged &= ~_rounding_meets(o, hedged & ~bound)
    low = np.where(bound, misleads, (hedged | broken) & (gaps > uncertainty.HEDGE_ONLY_GAP))
    dated = _dated_rates(o, ~bound & ~hedged & (o["currency"] != o["ref"]))
    # Through neither date's rates, only the hull's between them: no writer converted so.
    low |= _between(dated)
    said = _Said(facts.dates, code=code, unagreed=facts.unagreed, metric=metric, unit=c_unit, c_value=c_value,
                 cons_low=cons_low, cons_high=cons_high, gap=shared_floats(gaps),
                 direction=towards.tolist(), others=others, hedge=hedge, hedged=hedged.tolist(),
                 bound=bound.tolist(), broken=broken.tolist(),
                 false=(broken & (gaps > uncertainty.HEDGE_ONLY_GAP)).tolist(), side=side, value=value,
                 own_unit=unit,
                 misleads=misleads.tolist(), converted=(o["currency"] != o["ref"]).tolist(),
                 currency=currency, ref=ref,
                 how=_how_loose(o, towards).tolist(), dated=dated, edge=edge,
                 denominated=o["denominated"])
    # A true bound that does not mislead has no gap: it says what it claims.
    shown_gap = shared_floats(np.where(bound & ~misleads, 1.0, gaps))
    evidence = dict(check="same_fact", rule=RULE, detail=F.Rows(partial(_rows_of, said.loosely)),
                    against=others, low=c_low, high=c_high, expected_low=cons_low,
                    expected_high=cons_high, unit=c_unit, gap=shown_gap,
                    tried=_tried_of(o))
    # Flagged when low, else an info note about it.
    out = F.Batch(fid, low, _LOOSE.take(low.astype(np.intp)).tolist(), metric,
                  F.Rows(partial(_heads_at, o.arrays(_HEAD))), evidence,
                  clean=facts.unique_ids)
    # A misleading bound written as its others' number one place word away may be a unit slip
    # (few rows): high when two or more articles state that number, else possibly one, low.
    for k, slip in _bound_slips(d, o, misleads, others).items():
        out[k] = _bound_slip(o.take(np.arange(len(o)) == k).figures()[0], slip)
    # A converted figure whose own article's conversion into the fact's currency misses the
    # others (few rows): both flagged, low. `mislead` is keyed by position in `d`.
    if mislead:
        at = {p: k for k, p in enumerate(np.flatnonzero(mask).tolist())}
        for p, (r, c, room) in mislead.items():
            if p in at:
                out[at[p]] = _own_conversion_off(r, c, room, others[at[p]])
    return out


class _Slip(NamedTuple):
    """A true bound's number written one place word from others' (`_bound_slips`)."""
    power: int                    # the bound's number is 10**power times theirs
    point: float                  # their point, in the fact's unit
    figures: tuple                # their records (`_Figure`), as the figures they are
    articles: int                 # how many articles state them (the `article` codes)


def _bound_slips(d: _Rows, o: _Rows, ask: np.ndarray, others: list) -> dict[int, _Slip]:
    """Per bound asked (true, but off by more than MISLEADING_BOUND), the figures it agrees
    with that are written with its number and a place word one step from its own ("up to $2
    billion" beside "$2 million", "1조원 이하" beside "1억원 수준": `written_place`), their values
    that power of ten apart: one word written for another, or two true figures of a ceiling and
    a draw. Any other gap (`1조원 이하` beside `3억원`, `up to $10 billion` beside $1.0 billion) is
    a bound written loosely."""
    rows = np.flatnonzero(ask).tolist()
    if not rows:
        return {}
    wanted = {i for k in rows for i in others[k]}
    known = {r.id: r for r in d.take(pd.Series(d["id"]).isin(wanted).to_numpy()).figures()}
    out = {}
    for k, r in zip(rows, o.take(ask).figures()):
        slip = _slip_of(r, [f for i in others[k] if (f := known.get(i)) is not None])
        if slip is not None:
            out[k] = slip
    return out


def _slip_of(r, candidates: list) -> _Slip | None:
    """The figures among `candidates` written with the bound `r`'s number and a place word one
    step from its own (`_one_word_apart`), as a `_Slip`; None when there are none."""
    mine = written_place(r.amount)
    if mine is None:
        return None
    same = tuple(f for f in candidates
                 if _one_word_apart(mine, written_place(f.amount), r.c_value, f.c_value))
    if not same:
        return None
    # Counted as the agreement counts witnesses: an article on one date is one, the bound's own
    # article too when it also prints their number.
    return _Slip(mine[1] - written_place(same[0].amount)[1],
                 float(np.median([f.c_value for f in same])), same,
                 len({f.article for f in same if f.article >= 0}))


def _one_word_apart(mine: tuple | None, theirs: tuple | None, value: float, other: float) -> bool:
    """Two amounts written with one number and place words one step apart on one ladder (1조 and
    1억, $2 billion and $2 million), whose values are that power of ten apart."""
    if mine is None or theirs is None or mine[0] != theirs[0] or mine[2] != theirs[2]:
        return False
    power = mine[1] - theirs[1]
    return abs(power) == mine[2] and other > 0 and F.unit_slip(value / other) == power


def _bound_slip(r, slip: _Slip) -> F.Finding:
    """A true bound and the figures written with its number one place word away. Stated by two
    or more articles, theirs is the majority's number and the bound's unit word the likely slip:
    high, of the bound alone. From one article no side has a majority, and a bound that is true
    as written is evidence against an error: possibly a unit slip, low, of them all, the more
    precisely stated figures named first."""
    currency = r.currency if isinstance(r.currency, str) else None
    size = 10 ** abs(slip.power)
    ids_ = tuple(f.id for f in slip.figures)
    side = "at least" if r.side == "at_least" else "at most"
    bound = f"{r.hedge}: {side} {fmt.compact(r.value)} {r.unit}"
    said = f"{fmt.compact(slip.point)} {r.c_unit}"
    words = F.slip_words(slip.power, currency)
    if slip.articles >= 2:
        lead = (f"true as written ({bound}), but {size:,}× what {slip.articles} articles state "
                f"({said}: ")
        end = (f", the same number one place word away): its unit word is likely the slipped "
               f"one, {words}; the majority of articles decides which figure is out of line, "
               "not that it is wrong for certain.")
        flagged, severity, who = (r.id,), "high", head(r)
    else:
        lead = f"{said} ("
        end = (f", one article) and {r.id}, a bound ({bound}), are written with the same "
               f"number one place word apart, {size:,}× apart: possibly {words}, or two true "
               "figures (a ceiling and an amount under it). The bound is true as written, which "
               "is evidence against an error, and no side has a majority of articles: both are "
               "flagged, low.")
        flagged, severity = (*ids_, r.id), "low"
        who = "; ".join(str(head(f)) for f in (*slip.figures, r))
    e = F.Evidence("same_fact", RULE, (lead, F.Ids(ids_), end + _judged_in(r.denominated)),
                   ids_, r.c_low, r.c_high, r.cons_low, r.cons_high, r.c_unit,
                   float(size), slip.power, tried(r))
    return F.Finding(severity, r.metric, flagged, flagged, who, (e,))


def _favoured_points(o: _Rows, ask: np.ndarray) -> np.ndarray:
    """Per row, its point; for a converted bound asked about, its number at the rate of its band
    (±RATE_ALLOWANCE) that makes it smallest (at least) or largest (at most) in the fact's
    currency: the converted interval's own factor on that side."""
    point = o["c_value"].astype(float)
    at = np.flatnonzero(ask & (o["currency"] != o["ref"]))
    if not len(at):
        return point
    r = o.take(at)
    with np.errstate(divide="ignore", invalid="ignore"):
        factor = np.where(r["side"] == "at_least", r["c_low"].astype(float) / r["s_low"].astype(float),
                          r["c_high"].astype(float) / r["s_high"].astype(float))
    favoured = r["value"].astype(float) * factor
    point[at] = np.where(np.isfinite(favoured) & (favoured > 0), favoured, point[at])
    return point


def _favoured_edges(o: _Rows, ask: np.ndarray, points: np.ndarray) -> list:
    """Per row asked about (a converted bound at its window's edge, `_favoured_points`): the ECB
    fixing on that edge, its date, and whose band holds it ("as_of's", "publication date's");
    None for the others. A point not at that fixing, widened, names the window's days instead."""
    out: list = [None] * len(o)
    for k in np.flatnonzero(ask).tolist():
        cur, ref, as_of, published, side = (o[c][k] for c in ("currency", "ref", "as_of",
                                                                "published", "side"))
        w = window(cur, ref, as_of, published)
        end = "low" if side == "at_least" else "high"
        # `window` takes the as_of's band's edge on a tie; an as_of after the publication date
        # has the publication date's band as its own (`known_by`).
        own = known_by(as_of, published) == as_of and (
            w["ra_low"] <= w["rp_low"] if end == "low" else w["ra_high"] >= w["rp_high"])
        fixing = w[f"rate_{end}"]
        used = uncertainty.widen(fixing, fixing)[end == "high"]
        out[k] = ((fixing, str(w[f"rate_{end}_date"]), "as_of's" if own else "publication date's")
                  if math.isclose(used * float(o["value"][k]), points[k], rel_tol=1e-9)
                  else (None, f"{as_of} to {published}", None))
    return out


def _dated_rates(o: _Rows, ask: np.ndarray) -> list:
    """Per row asked about (a converted figure): which date's rates let its interval meet what
    the others agree on, "as_of", "publication" or "between" (only the hull's rates between the
    two dates' bands), with that sentence's rate words; None for the rows not asked. Each
    date's band as the restatement check judges a conversion by (`known_by`, `fx_band`)."""
    out: list = [None] * len(o)
    at = np.flatnonzero(ask)
    cols = [o[c][at] for c in ("currency", "ref", "as_of", "published")]
    keys = distinct(*cols) if len(at) else None
    if keys is None:
        return out
    # Per distinct (currency, ref, as_of, published): both dates' widened bands and their words.
    lo, hi, words = np.full((2, len(keys.first)), np.nan), np.full((2, len(keys.first)), np.nan), []
    for j, (cur, ref, as_of, published) in enumerate(zip(*(c[keys.first].tolist() for c in cols))):
        if not all(isinstance(x, str) for x in (cur, ref, as_of, published)):
            words.append(None)
            continue
        bands = [fx_band(cur, ref, when) for when in (known_by(as_of, published), published)]
        widened = [uncertainty.widen(b["rate_low"], b["rate_high"]) for b in bands]
        (lo[0, j], hi[0, j]), (lo[1, j], hi[1, j]) = widened
        same = widened[0] == widened[1]
        turn = bool(turns(max(b["rate_high"] for b in bands)))
        said = (tuple(b[k] for k in ("rate_low", "rate_high", "rate_low_date", "rate_high_date"))
                for b in bands)
        words.append((rate_windows(*said, cur, ref, as_of, published, same, turn),
                      " and ".join(fmt.rate_range(a, z, cur, ref, turn)
                                   for a, z in (widened[:1] if same else widened))))
    s_low, s_high = o["s_low"][at].astype(float), o["s_high"][at].astype(float)
    cons_low, cons_high = o["cons_low"][at].astype(float), o["cons_high"][at].astype(float)
    hit = [meets(s_low * lo[w, keys.codes], s_high * hi[w, keys.codes], cons_low, cons_high)
           for w in (0, 1)]
    which = np.where(hit[0], "as_of", np.where(hit[1], "publication", "between"))
    for k, (w, code) in enumerate(zip(which.tolist(), keys.codes.tolist())):
        if words[code] is not None:
            out[at[k]] = (w, *words[code])
    return out


def _between(dated: list) -> np.ndarray:
    """Per row of `_dated_rates`: whether only rates between its two dates' bands let it agree."""
    return np.array([w is not None and w[0] == "between" for w in dated], dtype=bool)


def _dated_words(how: str, which: str, windows: str, widened: str) -> str:
    """How a converted figure agrees, by which date's rates (`_dated_rates`)."""
    rates = (f"{windows}, widened by ±{uncertainty.RATE_ALLOWANCE:.0%} for the rate source to "
             f"{widened}")
    if which == "between":
        return (f"; it agrees only through rates between its as_of and its publication date, "
                f"which neither date had: {rates}.")
    whose = ("the rate of its as_of" if which == "as_of"
             else "the rate of its publication date, not of its as_of")
    return f"; it agrees only through its {how} at {whose}: {rates}."


def _how_loose(o: _Rows, towards: np.ndarray) -> np.ndarray:
    """Per row, what in its own interval lets a point off the consensus agree: its range (whose
    middle the point is), its rounding, or a possible truncation when the point lies below and
    the interval reaches a whole unit above."""
    above = _sides(*(o[c].astype(float) for c in ("value", "s_low", "s_high", "u")))[1]
    return np.where(o["bound"] == "range", "range", np.where(
        (towards == "below") & (above == 1.0), "rounding or truncation", "rounding"))


def _rounding_meets(o: _Rows, ask: np.ndarray) -> np.ndarray:
    """Per row asked about: its rounding alone, without its hedge, meets what the others agree
    on (headline "약 1조" for 9,339억: 1조 rounds 0.5조 to 1.5조), so the hedge is not needed."""
    out = np.zeros(len(ask), dtype=bool)
    r = o.take(ask)
    if not len(r):
        return out
    # Amounts repeat (at 1M figures about 150,000 rows asked, of a few thousand readings): each
    # distinct reading's rounding once.
    low, high = per_distinct(_rounding_bounds, r["value"].astype(float),
                             r["precision"].astype(float), r["span"])
    s_low, s_high = r["s_low"].astype(float), r["s_high"].astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        # Converted as the hedged interval was: the same factor on each side. A side its hedge
        # opened (최대 down to 0, 이상 up to ∞) has no factor of its own: the other side's.
        f_lo = r["c_low"].astype(float) / s_low
        f_hi = r["c_high"].astype(float) / s_high
        f_lo, f_hi = np.where(s_low > 0, f_lo, f_hi), np.where(np.isfinite(s_high), f_hi, f_lo)
        lo, hi = low * f_lo, high * f_hi
    # Positive amounts with at most one side opened (a loss keeps its old rule: not asked).
    ok = (s_low >= 0) & (s_high > 0) & ((s_low > 0) | np.isfinite(s_high)) & np.isfinite(lo) \
        & np.isfinite(hi)
    out[ask] = ok & (lo < r["cons_high"].astype(float)) & (r["cons_low"].astype(float) < hi)
    return out


def _rounding_bounds(value, precision, span) -> tuple[np.ndarray, np.ndarray]:
    """`uncertainty.rounding_bounds` of each row, as two arrays."""
    bounds = np.array([uncertainty.rounding_bounds(*key) for key in zip(
        value.tolist(), precision.tolist(), span.tolist())], dtype=float).reshape(-1, 2)
    return bounds[:, 0], bounds[:, 1]


def _fits(a, r) -> bool:
    """Whether a figure set aside (`a`) fits the side of split figure `r`: their intervals meet."""
    return r.c_low < a.c_high and a.c_low < r.c_high


def _backs(rows: list, aside: list) -> tuple[int, list] | None:
    """With two figures and no majority: which side (its index in `rows`) the bounds and ranges
    of other articles set aside fit alone, and their ids, when only one side has them; else None."""
    if len(rows) != 2:
        return None
    own = {r.article for r in rows}
    # A bound or a range of another article that rules one side out is that article's word on
    # the fact, as a figure of the split's own articles is not: it may only echo them. A vague
    # figure ("several billion") rules nothing out by what it states, only by how it was read.
    backs = [[a.id for a in aside if a.article not in own and not a.vague
              and (a.side != "" or a.bound == "range") and _fits(a, r) and not _fits(a, o)]
             for r, o in (rows, rows[::-1])]
    if bool(backs[0]) == bool(backs[1]):
        return None
    n = 0 if backs[0] else 1
    return n, backs[n]


def _likelier_slip(rows: list, backed: tuple[int, list] | None) -> str:
    """With two figures and no majority: the side other articles' bounds or ranges fit alone
    (`backed`, from `_backs`) makes the other the likelier slip; else which is stated more
    precisely (`precision_hint`)."""
    if backed is None:
        return precision_hint(rows)
    n, backs = backed
    return (f"; {ids(backs)}, of other articles, fit{'s' if len(backs) == 1 else ''} "
            f"{rows[n].id}'s side alone: a bound or a range does not vote (it may state a "
            f"forecast), but this makes {rows[1 - n].id} the likelier slip")


def _aside_words(split_rows, aside_rows, backing: tuple = (), misleading: dict | None = None) -> str:
    """What the hedged figures beside a split say: they do not vote, and which side they fit
    (`backing`: those `_likelier_slip` named as fitting one side alone; `misleading`: the bounds
    flagged on their own)."""
    out = []
    for a in aside_rows:
        fit = [r.id for r in split_rows if _fits(a, r)]
        where = ("both sides" if len(fit) == len(split_rows) and len(fit) > 1
                 else f"the side of {ids(fit)}")
        if a.id in (misleading or {}):
            # True of every side, and so far off each that it fits none a reader should believe:
            # flagged on its own (`_split_bound`), not said to fit them.
            out.append(f'; {a.id} ("{a.amount}") is a bound more than {uncertainty.MISLEADING_BOUND:g}× off every '
                       "side, so it does not decide between them: it is flagged on its own")
            continue
        hedged = bool(a.vague) or a.side != "" or a.bound not in ("exact", "approx")
        why = "hedged or vague" if hedged else "stated too coarsely to tell them apart"
        # One it named leans the split one way without deciding it: only "no vote" is true.
        what = "it does not vote" if a.id in backing else "it does not decide between them"
        out.append(f'; {a.id} ("{a.amount}") is {why}, so {what}: it fits {where}')
    return "".join(out)


def _true_bound(side, towards, vague):
    """Whether a bound is true of what it is measured against: "at least" with the others
    above it, "up to" with them below (`towards`: the side they lie on, as `F.point_gap`
    gives it), not vague. Scalars or arrays alike."""
    return np.logical_and(np.logical_or(np.logical_and(side == "at_least", towards == "below"),
                                        np.logical_and(side == "at_most", towards == "above")),
                          np.logical_not(vague))


def _misleads(bound, gap):
    """A true bound (`bound`: `_true_bound` of it) off by more than MISLEADING_BOUND: true, but
    it misleads. Scalars or arrays alike: one rule for a consensus and for every side of a split."""
    return np.logical_and(bound, gap > uncertainty.MISLEADING_BOUND)


def _misleading_gap(a, rows: list) -> float:
    """How far a bound set aside beside a split (`a`) lies from the nearest of the split's
    figures when it misleads against every one of them (`_misleads`: "up to $12 trillion"
    beside $8.8 and $10 billion), as it would be judged against a consensus; else 0. A bound
    within MISLEADING_BOUND of one side ("more than $1 billion" beside $1.3 billion) says
    little, but nothing false: it stays unflagged."""
    gaps = [F.point_gap(float(a.c_value), float(r.c_low), float(r.c_high)) for r in rows]
    if not gaps or not all(_misleads(_true_bound(a.side, towards, bool(a.vague)), gap)
                           for gap, towards in gaps):
        return 0.0
    return min(gap for gap, _ in gaps)


def _split_bound(a, rows: list, gap: float) -> F.Finding:
    """A true bound beside a split that misleads against every side (`_misleading_gap`): as
    against a consensus, a unit slip, high, of the bound alone, when two or more articles state
    its number one place word away (`_slip_of`, `_bound_slip`); else low, of it alone."""
    slip = _slip_of(a, rows)
    if slip is not None and slip.articles >= 2:
        return _bound_slip(a, slip)
    near = min(rows, key=lambda r: F.point_gap(float(a.c_value), float(r.c_low),
                                               float(r.c_high))[0])
    towards = F.point_gap(float(a.c_value), float(near.c_low), float(near.c_high))[1]
    edge = float(near.c_high if towards == "above" else near.c_low)
    detail = (f"{F.gap_words(gap, towards, f'{fmt.compact(edge)} {a.c_unit}')}, the nearest "
              f"edge of the figures of {a.metric}, which disagree with no majority "
              f"({'; '.join(named(r) for r in rows)}): it fits every side only by saying "
              f"nothing of their size"
              + bound_words(a.hedge, a.side, a.value, a.unit, True))
    flagged = (a.id,)
    e = F.Evidence("same_fact", RULE, detail + _judged_in(a.denominated),
                   tuple(r.id for r in rows), a.c_low, a.c_high,
                   _nan_extreme(rows, "c_low", min), _nan_extreme(rows, "c_high", max), a.c_unit,
                   gap, 0, tried(a))
    return F.Finding("low", a.metric, flagged, flagged, head(a), (e,))


def _window_words(news: list[str], n_as_of: int) -> str:
    """How a group's as_of were read when it compares figures of different days and some are
    windows (`news`: the as_of read as articles' dates; `n_as_of`: how many as_of it has)."""
    if not news or n_as_of < 2:
        return ""
    whose = "is its article's" if len(news) == 1 else "are their articles'"
    return (f"; compared as one time: as_of {', '.join(news)} {whose} date (no date "
            f"beside the amount), each read as the {as_of_window.WINDOW_DAYS} days up to it")


def apart_notes(df: pd.DataFrame) -> list[F.Finding]:
    """Info notes for a metric whose figures are a few days apart and so not compared: the
    same fact reported on two nearby days, as far as the dates tell, with no way to compare."""
    # numpy's == on the role: a third of pandas' `eq` (mostly one shared word).
    keep = ((df["role"].to_numpy() == "original") & df["n_grp"].ge(1).to_numpy()
            & ~df["kind"].eq("cumulative").to_numpy())
    # The window first, on the date arrays (whole days: under WINDOW_DAYS + 1; NaT never),
    # and only the rows it keeps taken: at a million figures it keeps none of 900,000.
    span = df["as_of_last"].to_numpy() - df["as_of_first"].to_numpy()
    keep &= span < np.timedelta64(as_of_window.WINDOW_DAYS + 1, "D")
    o = df.loc[keep, ["metric", "c_unit", "grp", "as_of_first", "as_of_last", "id", "amount",
                      "source", "as_of"]]
    if o.empty:
        return []
    # Per fact (in order of appearance): its first and last day and its figures in row order.
    code, groups = pd.factorize(o["grp"])
    n = len(groups)
    rows = np.argsort(code, kind="stable")
    lead = rows[np.searchsorted(code[rows], np.arange(n))]      # each fact's first row
    day_first = o["as_of_first"].to_numpy("datetime64[ns]")
    day_last = o["as_of_last"].to_numpy("datetime64[ns]")
    # NaT-free here: the window filter above drops figures without both days.
    first = _extreme_per(code, day_first, n, np.minimum)
    last = _extreme_per(code, day_last, n, np.maximum)
    metric = pd.factorize(o["metric"], sort=True)[0][lead]
    unit = pd.factorize(o["c_unit"], sort=True)[0][lead]
    # Facts by metric, unit and first day (ties in order of appearance); neighbours of one
    # metric and unit a few days apart get a note.
    order = np.lexsort((first, unit, metric))
    a, b = order[:-1], order[1:]
    days = (first[b] - last[a]) // np.timedelta64(1, "D")
    near = ((metric[a] == metric[b]) & (unit[a] == unit[b]) & (days > 0)
            & (days <= as_of_window.APART_DAYS))
    if not near.any():
        return []
    starts = np.r_[np.searchsorted(code[rows], np.arange(n)), len(rows)]
    ids_of = o["id"].to_numpy(object)
    said = o[["id", "amount", "source", "as_of"]].to_numpy(object)
    # Facts with a news-dated figure reach back a window: their days are said, not only as_of.
    news = np.zeros(n, bool)
    if "as_of_news" in df.columns:
        np.logical_or.at(news, code, df.loc[keep, "as_of_news"].to_numpy(bool))
    out = []
    for i, j, d in zip(a[near].tolist(), b[near].tolist(), days[near].tolist()):
        a_ids, b_ids = (ids_of[rows[starts[k]:starts[k + 1]]].tolist() for k in (i, j))
        ra, rb = (_Head(*said[lead[k]]) for k in (i, j))
        m = o["metric"].iat[lead[i]]
        why = ("their as_of are dates stated with the figures" if not (news[i] or news[j]) else
               f"the first's days run to {np.datetime_as_string(last[i], unit='D')} and the "
               f"second's from {np.datetime_as_string(first[j], unit='D')} (a news-dated "
               f"as_of stands for the {as_of_window.WINDOW_DAYS} days up to it)")
        detail = (f"the figures of {m} as of {ra.as_of} ({ids(a_ids)}) and as of "
                  f"{rb.as_of} ({ids(b_ids)}) are {d} day{'s' if d != 1 else ''} apart, "
                  f"so they are not compared: {why}. "
                  f"If they report one event, give them one as_of.")
        e = F.Evidence("same_fact", RULE, detail, ())
        out.append(F.Finding("info", m, (), tuple(a_ids + b_ids), f"{head(ra)}; {head(rb)}",
                             (e,)))
    return out


def _extreme_per(code: np.ndarray, x: np.ndarray, n: int, pick) -> np.ndarray:
    """The smallest (pick=np.minimum) or largest of `x` per group code."""
    ints = np.full(n, np.iinfo(np.int64).max if pick is np.minimum else np.iinfo(np.int64).min)
    pick.at(ints, code, x.view(np.int64))
    return ints.view(x.dtype)


class _Head:
    """A figure's id, amount, source and as_of seen through attributes, for `head`."""

    def __init__(self, fid: str, amount, source, as_of) -> None:
        self.id, self.amount, self.source, self.as_of = fid, amount, source, as_of
