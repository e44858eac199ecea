"""same_fact builds its outlier and loosely-agreeing findings column by column; here each figure's
finding is worked out row by row, plainly, from the evidence base, and the two must agree field
by field and in order."""
import math
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from currency.amount import last_nonzero_place, within_hedged_rounding
from currency.text.reader import written_place
from reconcile.checks.common import shared_floats
from reconcile.checks.rates import earlier_fits
from reconcile.checks.same_fact import (
    _Facts,
    _reads_as_n_odd,
    _Rows,
    _sides,
    _tried_of,
    same_fact,
    tried,
)
from reconcile.engines.local import Context, evidence_base
from reconcile.model import findings as F
from reconcile.model import uncertainty
from reconcile.model.normalize import fx_band
from reconcile.store.figures import currency_guessed
from tests.helpers import examples, table

# Made-up amounts of one deal: exact, rounded, hedged both ways, vague, slipped, bare 조.
AMOUNTS = ["$10.0 billion", "$10B", "$10.3B", "$12B", "$1.0B", "100억 달러", "약 100억 달러",
           "100억 달러 이상", "nearly $11 billion", "up to $9 billion", "more than $3 billion",
           "수억 달러", "1억 달러", "13조 원", "13조 원 이상", "13조 5000억 원", "$9.6B",
           "약 110억 달러", "약 105억 달러"]
# Two more facts whose bounds the others pass on the side they close by more than HEDGE_ONLY_GAP
# while their rounding still reaches them: a cap in its own currency, a floor in its own and one
# converted ("2조 5000억 원 이상" is at least about $2 bn, above $1.7 billion at any rate).
BOUND_AMOUNTS = {"cap": ["1조 4000억 원", "1.4조 원", "최대 1조 원", "1조 원"],
                 "floor": ["$1.7 billion", "upwards of $2 billion", "$2 billion",
                           "2조 5000억 원 이상"]}


@st.composite
def figure_sets(draw):
    n = draw(st.integers(2, 8))
    metrics = [draw(st.sampled_from(["deal", "deal", "fund", "cap", "floor"])) for _ in range(n)]
    rows = [dict(metric=m, amount=draw(st.sampled_from(BOUND_AMOUNTS.get(m, AMOUNTS))),
                 as_of=draw(st.sampled_from(["2023-01-23", "2023-01"])),
                 source=draw(st.sampled_from(["a.txt", "b.txt"]))) for m in metrics]
    # Sometimes a conversion of one of them, in its article (a restatement does not vote; an
    # earlier-rate note needs one in another article than the figure's).
    if draw(st.booleans()):
        k = draw(st.integers(0, n - 1))
        rows.append(dict(rows[k], amount=draw(st.sampled_from(AMOUNTS)), restates=f"f{k}"))
    return rows


def expected(df):
    """Per judged figure, in row order: (kind, id, severity, flagged, against, gap, slip, low,
    high, expected low, expected high), the rules written out one row at a time."""
    keep = df["status"].isin(["outlier", "split", "agrees", "aside"]) & df["n_grp"].ge(2)
    rows = list(df[keep].itertuples())
    odd = set(df[keep].index[_reads_as_n_odd(_Rows(df, keep.to_numpy().nonzero()[0]))])
    out = []
    # A fact with no agreeing figure but an outlier (one outside a bloc with no majority) is
    # measured against the bloc: its split figures and those set aside beside them.
    unagreed = {r.grp for r in rows if r.status == "outlier"} - {r.grp for r in rows if r.agrees}
    for r in rows:
        against = tuple(o.id for o in rows if o.grp == r.grp and o.id != r.id and (
            o.agrees or (o.grp in unagreed and o.status in ("split", "aside"))))
        gap, direction = F.point_gap(r.c_value, r.cons_low, r.cons_high)
        if r.status == "outlier" and r.Index not in odd:
            point = r.c_value
            if r.bound == "range":   # a range is off by its edge nearer the others
                point = r.c_low if r.c_low > r.cons_high else (
                    r.c_high if r.c_high < r.cons_low else r.c_value)
            gap, direction = F.point_gap(point, r.cons_low, r.cons_high)
            slip = F.unit_slip(point / r.cons_value) if r.cons_value else 0
            severity = F.severity_of(gap, bool(r.vague), slip)
            if (severity == "low" and _earlier(r, rows, df)) or _own_finer(r, df):
                out.append(("outlier", r.id, "info", (), against,
                            F.point_gap(r.c_value, r.cons_low, r.cons_high)[0], 0))
            else:
                out.append(("outlier", r.id, severity, (r.id,), against, gap, slip))
        elif r.agrees and not (r.cons_low <= r.c_value <= r.cons_high):
            hedged = r.bound in ("at_least", "at_most", "approx") and not r.vague
            bound = (r.side, direction) in (("at_least", "below"), ("at_most", "above"))
            if bound and not r.vague:
                low = gap > uncertainty.MISLEADING_BOUND
                shown = gap if low else 1.0
                # a misleading bound written with the number of figures it agrees with, one
                # place word away, is a unit slip: of it alone, high, when those come from two
                # or more articles, else possibly one, low, of all (a finding about several
                # figures, which this comparison leaves out)
                mine = written_place(r.amount)
                same = [o for o in rows if o.id in against and mine is not None
                        and (theirs := written_place(o.amount)) is not None
                        and mine[0] == theirs[0] and mine[2] == theirs[2]
                        and abs(mine[1] - theirs[1]) == mine[2] and o.c_value > 0
                        and F.unit_slip(r.c_value / o.c_value) == mine[1] - theirs[1]]
                if low and same:
                    if len({(o.source, o.published) for o in same}) >= 2:
                        slip = mine[1] - written_place(same[0].amount)[1]
                        out.append(("loose", r.id, "high", (r.id,), tuple(o.id for o in same),
                                    float(10 ** abs(slip)), slip))
                        out[-1] += (r.c_low, r.c_high, r.cons_low, r.cons_high)
                    continue
            else:
                # a hedge is what it agrees through only when its rounding alone would miss
                # converted as its hedged interval was; a side its hedge opened (이상 up to
                # infinity, 최대 down to 0) takes the other side's factor
                lo, hi = uncertainty.rounding_bounds(r.value, r.precision, r.span)
                f_lo = r.c_low / r.s_low if r.s_low > 0 else None
                f_hi = r.c_high / r.s_high if 0 < r.s_high < math.inf else None
                f_lo, f_hi = f_lo if f_lo is not None else f_hi, f_hi if f_hi is not None else f_lo
                rounds = f_lo is not None and r.s_low >= 0 and \
                    lo * f_lo < r.cons_high and r.cons_low < hi * f_hi
                # a bound the others pass on the side it closes is false: no rounding saves
                # it; a converted one only at its band's rate most favourable to it, measured
                # from there (its interval's factor on the side it states)
                broken = (r.side, direction) in (("at_least", "above"), ("at_most", "below"))
                if broken and r.currency != r.ref:
                    factor = f_lo if r.side == "at_least" else f_hi
                    fav_gap, fav_direction = F.point_gap(r.value * factor, r.cons_low,
                                                         r.cons_high)
                    broken = fav_direction == direction
                    gap = fav_gap if broken and not r.vague else gap
                low = ((hedged and not rounds) or (broken and not r.vague)) and \
                    gap > uncertainty.HEDGE_ONLY_GAP
                shown = gap
            out.append(("loose", r.id, "low" if low else "info", (r.id,) if low else (),
                        against, shown, 0))
        else:
            continue
        out[-1] += (r.c_low, r.c_high, r.cons_low, r.cons_high)
    return out


def split_bounds(df, found) -> list:
    """Per true bound set aside beside a split, in the order of the splits' first figures, when
    it misleads against every side: (kind, id, severity, flagged, against, gap, slip, low, high,
    expected low, expected high), the rule written out one row at a time."""
    keep = df["status"].isin(["outlier", "split", "agrees", "aside"]) & df["n_grp"].ge(2)
    rows = list(df[keep].itertuples())
    # A split read as one figure misread (a number cut short, another dollar) gets a note that
    # flags nothing; its bounds are not judged apart, so only splits flagged as such are asked.
    flagged = {i for f in found for i in f.flagged}
    out = []
    for grp in dict.fromkeys(r.grp for r in rows if r.status == "split"):
        sides = [r for r in rows if r.grp == grp and r.status == "split"]
        if not all(r.id in flagged for r in sides):
            continue
        for a in (r for r in rows if r.grp == grp and r.status == "aside"):
            gaps = [F.point_gap(a.c_value, r.c_low, r.c_high) for r in sides]
            # true of every side ("at least" with each above it, "up to" with each below) and
            # more than MISLEADING_BOUND off each: it fits them only by saying nothing of size
            if a.vague or not all((a.side, towards) in (("at_least", "below"), ("at_most", "above"))
                                  and gap > uncertainty.MISLEADING_BOUND for gap, towards in gaps):
                continue
            # its number written one place word from two or more articles' is a unit slip,
            # high, whose evidence names no consensus (NaN): this comparison leaves it out
            mine = written_place(a.amount)
            same = {(o.source, o.published) for o in sides if mine is not None
                    and (theirs := written_place(o.amount)) is not None
                    and mine[0] == theirs[0] and mine[2] == theirs[2]
                    and abs(mine[1] - theirs[1]) == mine[2] and o.c_value > 0
                    and F.unit_slip(a.c_value / o.c_value) == mine[1] - theirs[1]}
            if len(same) >= 2:
                continue
            out.append(("split bound", a.id, "low", (a.id,), tuple(r.id for r in sides),
                        min(gap for gap, _ in gaps), 0, a.c_low, a.c_high,
                        min(r.c_low for r in sides), max(r.c_high for r in sides)))
    return out


def _own_finer(r, df) -> bool:
    """Whether the figure's own article (source and publication date) states its fact in its
    currency more finely, a conversion row too, within half a unit of its last non-zero digit
    and a writer's one-digit rounding of it, in a figure the check does not flag itself."""
    if r.bound not in ("exact", "approx") or r.vague or r.quantity_kind != "money":
        return False
    place = last_nonzero_place(r.value, r.precision, r.span)
    grp_of: dict = {}
    for i, g in zip(df["id"], df["grp"]):
        grp_of.setdefault(i, g)       # a repeated id names its first figure
    for o in df.itertuples():
        fact = grp_of.get(o.original) if o.role == "restatement" else o.grp
        if (o.id != r.id and fact == r.grp and o.source == r.source
                and o.status not in ("outlier", "split")
                and o.published == r.published and o.currency == r.currency
                and o.bound in ("exact", "approx") and not o.vague
                and last_nonzero_place(o.value, o.precision, o.span) < place
                and r.value - place / 2 <= o.value < r.value + place / 2
                and within_hedged_rounding(o.value - r.value, r.value)):
            return True
    return False


def _earlier(r, rows, df) -> bool:
    """Whether another article's conversion, from what the figures of its fact in another
    currency agree on (the one most of them are in, more than in its own) to its amount (their
    rounding alone), is at a rate neither of the conversion's dates had (±1 %) and a day of the
    month before did."""
    if r.quantity_kind != "money" or r.vague or not 0 < r.s_low <= r.s_high < math.inf:
        return False
    if currency_guessed(r.note, r.currency_given):
        return False
    theirs: dict = {}
    for o in rows:
        if o.grp == r.grp and o.status == "agrees" and o.currency != r.currency:
            theirs.setdefault(o.currency, []).append(o)
    own = sum(o.grp == r.grp and o.status == "agrees" and o.currency == r.currency
              for o in rows)
    if not theirs:
        return False
    cur = max(theirs, key=lambda c: (len(theirs[c]), c))
    if len(theirs[cur]) <= own:
        return False
    lo, hi = max(o.s_low for o in theirs[cur]), min(o.s_high for o in theirs[cur])
    if not 0 < lo <= hi < math.inf:
        return False
    mine = (lo / (r.value + r.u / 2), hi / (r.value - r.u / 2) if r.value > r.u / 2 else math.inf)
    originals = {o.id: o for o in theirs[cur]}
    for c in df[df["role"] == "restatement"].itertuples():
        o = originals.get(c.original)
        if (o is None or c.currency != r.currency or c.source == r.source
                or c.value + c.u / 2 < r.value - r.u / 2 or r.value + r.u / 2 < c.value - c.u / 2):
            continue
        p_lo = (o.value - o.u / 2) / (c.value + c.u / 2)
        p_hi = (o.value + o.u / 2) / (c.value - c.u / 2) if c.value > c.u / 2 else math.inf
        both = (max(mine[0], p_lo), min(mine[1], p_hi))
        bands = [fx_band(r.currency, cur, d) for d in (c.as_of, c.published)]
        if both[0] > both[1] or any(p_lo <= b["rate_high"] * (1 + uncertainty.RATE_ALLOWANCE)
                                    and b["rate_low"] * (1 - uncertainty.RATE_ALLOWANCE) <= p_hi
                                    for b in bands):
            continue
        if earlier_fits(*both, r.currency, cur, c.as_of, c.published) is not None:
            return True
    return False


def same(a, b) -> bool:
    return a == b or (isinstance(a, float) and math.isnan(a) and math.isnan(b))


# The row-by-row findings and the yardsticks of one drawn figure set: its evidence base, which
# costs more than either, is made once for both.
@settings(max_examples=examples(60), deadline=None)
@given(figure_sets(), st.booleans())
# A hedged round figure its rounding alone carries to the others: an info note, not low.
@example([{"metric": "fund", "amount": "약 100억 달러", "as_of": "2023-01"},
          {"metric": "deal", "amount": "$10.0 billion", "as_of": "2023-01-23"},
          {"metric": "fund", "amount": "13조 5000억 원", "as_of": "2023-01-23"}], False)
# A bound above the others whose rounding alone meets them ("100억 달러 이상" beside "약 100억
# 달러" and "up to $9 billion"): its opened side takes the other's factor, an info note.
@example([{"metric": "deal", "amount": "up to $9 billion", "as_of": "2023-01-23"},
          {"metric": "deal", "amount": "13조 원", "as_of": "2023-01-23"},
          {"metric": "fund", "amount": "$10.0 billion", "as_of": "2023-01-23"},
          {"metric": "deal", "amount": "약 100억 달러", "as_of": "2023-01-23"},
          {"metric": "deal", "amount": "100억 달러 이상", "as_of": "2023-01"}], False)
# A won figure 4.4 % off three dollar figures at the day's rate, at a rate late December 2022
# had: low, as nothing converts dollars to its amount; an info note when another article's pair
# does (its dollars, then the won), low again when that pair is in the figure's own article.
@example([{"metric": "fund", "amount": "13조 5000억 원", "as_of": "2023-01-23", "source": "a.txt"},
          *[{"metric": "fund", "amount": "$10B", "as_of": "2023-01-23", "source": "b.txt"}] * 3],
         False)
@example([{"metric": "fund", "amount": "13조 5000억 원", "as_of": "2023-01-23", "source": "a.txt"},
          *[{"metric": "fund", "amount": "$10B", "as_of": "2023-01-23", "source": "b.txt"}] * 3,
          {"metric": "fund", "amount": "13조 5000억 원", "as_of": "2023-01-23", "source": "b.txt",
           "restates": "f1"}], False)
@example([{"metric": "fund", "amount": "13조 5000억 원", "as_of": "2023-01-23", "source": "a.txt"},
          *[{"metric": "fund", "amount": "$10B", "as_of": "2023-01-23", "source": "a.txt"}] * 3,
          {"metric": "fund", "amount": "13조 5000억 원", "as_of": "2023-01-23", "source": "a.txt",
           "restates": "f1"}], False)
# A bound 9x its one other (one zero: a loose bound, low) and one written with two other articles'
# number one place word away (a unit word slipped: high, of the bound alone).
@example([{"metric": "deal", "amount": "$1.0B", "source": "a.txt"},
          {"metric": "deal", "amount": "up to $9 billion", "source": "a.txt"}], False)
@example([{"metric": "deal", "amount": "$5 million", "source": "a.txt"},
          {"metric": "deal", "amount": "$5.0 million", "source": "b.txt"},
          {"metric": "deal", "amount": "up to $5 billion", "source": "c.txt"}], False)
# One article's two sides 3 % apart and "more than $3 billion" 3.3x below both: a bound that
# misleads against every side, low, of it alone, as against a consensus of either side.
@example([{"metric": "deal", "amount": a, "as_of": "2023-01-23", "source": "a.txt"}
          for a in ["$10.0 billion"] * 2 + ["$10.3B"] * 2 + ["more than $3 billion"]], False)
# A round figure its own article states more finely ("약 110억 달러" over its "약 105억 달러"):
# an info note; the finer figure judged on its own.
@example([*[{"metric": "deal", "amount": "$10.0 billion", "source": s} for s in ("b.txt", "c.txt")],
          {"metric": "deal", "amount": "약 110억 달러", "source": "a.txt"},
          {"metric": "deal", "amount": "약 105억 달러", "source": "a.txt"}], False)
# ... but not one further off than a writer's one-digit rounding goes ("$10B" over its "$14.2B").
@example([*[{"metric": "deal", "amount": "$14.2B", "source": s} for s in ("b.txt", "c.txt")],
          {"metric": "deal", "amount": "$10B", "source": "a.txt"},
          {"metric": "deal", "amount": "$14.2B", "source": "a.txt"}], False)
# A figure outside a bloc whose two precise sides have no majority, the bloc's coarse figure set
# aside: measured against the bloc's figures, not against nothing.
@example([{"metric": "deal", "amount": a, "as_of": "2023-01-23", "source": s}
          for a, s in [("$10.0 billion", "a.txt"), ("$10B", "a.txt"), ("$12B", "a.txt"),
                       ("$10.3B", "b.txt")]], False)
def test_the_column_built_findings_are_the_row_by_row_ones_and_the_yardsticks_each_rows_own(
        rows, repeat_id):
    df = evidence_base(table(*rows))
    base = df.copy()        # the yardsticks' own, as the checks left it untouched
    want = expected(df)
    got = []
    found = same_fact(df, Context())
    # Each severity is one of the four names' own objects, not a new str per finding: every
    # later lookup of a finding's severity reads it (findings_table.md).
    assert all(any(f.severity is s for s in F.SEVERITIES) for f in found)
    for f in found:
        e = f.evidence[0]
        if f.subject and len(f.subject) == 1 and e.expected_low == e.expected_low:
            got.append((f.subject[0], f.severity, f.flagged, e.against, e.gap, e.slip, e.low,
                        e.high, e.expected_low, e.expected_high, str(f.head), f.message))
    # The outliers come first, in row order, then the bounds beside a split (after their
    # split's own finding), then the loosely agreeing figures.
    want = ([w for w in want if w[0] == "outlier"] + split_bounds(df, found)
            + [w for w in want if w[0] == "loose"])
    # The outliers read as "N조대" (a unit written loosely) get a note of their own, not judged
    # here: only those may be left out, and only as notes that flag nothing.
    notes = {g[0] for g in got} - {w[1] for w in want}
    keep = df["status"].isin(["outlier", "split", "agrees", "aside"]) & df["n_grp"].ge(2)
    odd = set(df.loc[df[keep].index[_reads_as_n_odd(_Rows(df, keep.to_numpy().nonzero()[0]))],
                     "id"])
    assert notes <= odd and all(g[2] == () for g in got if g[0] in notes), (notes, odd)
    got = [g for g in got if g[0] not in notes]
    assert [g[0] for g in got] == [w[1] for w in want]
    for g, w in zip(got, want):
        assert all(same(a, b) for a, b in zip(g[1:10], w[2:])), (g, w)
        assert g[10].startswith(f'{g[0]} ("') and g[11].startswith(g[10])
    # Each figure is measured against the agreeing figures of its fact, less any of its own id;
    # ids repeated (no valid file has them) leave the cut by place for the rule row by row.
    df = base
    if repeat_id:
        df.loc[df.index[-1], "id"] = df["id"].iloc[0]
    d = _Rows(df, np.flatnonzero(df["n_grp"].ge(2).to_numpy()))
    facts = _Facts(d)
    fid, grp, agrees = d["id"].tolist(), d["grp"].tolist(), d["agrees"].astype(bool)
    # A fact with no agreeing figure but an outlier (one outside a bloc with no majority) is
    # measured against the bloc: its split figures and those set aside beside them.
    status = d["status"]
    bloc = {g for g, s in zip(grp, status) if s == "outlier"} - {
        g for g, a in zip(grp, agrees) if a}
    agrees = agrees | (np.isin(status, ("split", "aside")) & np.isin(grp, list(bloc)))
    for mask in (agrees, ~agrees):
        got = facts.others_of(mask, [i for i, m in zip(fid, mask) if m])
        want = [tuple(o for o, h, a in zip(fid, grp, agrees) if h == g and a and o != i)
                for i, g, m in zip(fid, grp, mask) if m]
        assert got == want


def test_float_columns_share_one_object_per_value_bit_for_bit():
    x = np.array([1.5, -0.0, 0.0, math.nan, 1.5, -0.0, math.inf, -math.nan])
    got = shared_floats(x)
    assert np.array(got).view(np.int64).tolist() == x.view(np.int64).tolist()
    assert all(type(v) is float for v in got)
    assert got[0] is got[4] and got[1] is got[5] and got[1] is not got[2]


_KINDS = st.fixed_dictionaries(dict(
    quantity_kind=st.sampled_from(["money", "count", None]),
    u=st.sampled_from([1e8, 1e9, 0.5, math.nan]),
    unit=st.sampled_from(["USD", "KRW", None, math.nan]),
    hedge=st.sampled_from(["약", "이상", math.nan, None, 3.0]),
    currency=st.sampled_from(["USD", "KRW", None, math.nan]),
    ref=st.sampled_from(["USD", "KRW"]),
    # The interval's reach: rounding, a truncation, an open side, a hedge's widening.
    value=st.just(1e10),
    s_low=st.sampled_from([1e10 - 5e7, 1e10 - 5e8, 9.3e9, 0.0]),
    s_high=st.sampled_from([1e10 + 5e7, 1e10 + 1e8, 1e10 + 5e8, math.inf]),
    bound=st.sampled_from(["exact", "range", "approx"])))


@settings(deadline=None)
@given(st.lists(_KINDS, min_size=1, max_size=30))
def test_what_was_tried_is_each_rows_own_one_tuple_per_kind(rows):
    floats = ("u", "value", "s_low", "s_high")
    df = pd.DataFrame({k: pd.Series([r[k] for r in rows],
                                    dtype=float if k in floats else object) for k in rows[0]})
    got = _tried_of(_Rows(df, np.arange(len(rows))))
    want = [tried(SimpleNamespace(**r)) for r in rows]
    assert got == want
    for a, b, ra, rb in zip(got, got[1:], rows, rows[1:]):
        # A row with a missing kind, unit or currency (None or NaN, worded apart) is looked up
        # alone; any other kind of figure gets one tuple.
        given = all(isinstance(ra[k], str) for k in ("quantity_kind", "unit", "currency"))
        if given and all(ra[k] is rb[k] or ra[k] == rb[k] for k in ra):
            assert a is b       # one tuple per kind of figure


_FLOATS = st.floats(allow_nan=True, allow_infinity=True, width=64)


@given(_FLOATS, _FLOATS, _FLOATS, _FLOATS)
@example(1e9, 1e9 + 1e-7, 2e9, 1e8)           # a reach that rounds to a negative zero
@example(5.0, 4.5, 5.5, 0.0)                   # a zero unit: numpy's inf or nan
@example(5.0, 4.5, float("inf"), 1.0)          # open above
@settings(max_examples=400, deadline=None)
@pytest.mark.filterwarnings("ignore::RuntimeWarning")   # numpy's, on overflowing floats
def test_tried_reads_each_reach_as_numpys_rounding_does(value, s_low, s_high, u):
    """`tried` rounds a figure's reach in Python floats for speed; it must give the words
    numpy's `_sides` gives, for every float (a negative zero, an infinite or NaN reach)."""
    below, above = _sides(np.float64(value), np.float64(s_low), np.float64(s_high), np.float64(u))
    r = SimpleNamespace(value=value, s_low=s_low, s_high=s_high, u=u, quantity_kind="money",
                        unit="USD", hedge=None, currency="USD", ref="USD", bound="exact")
    expected = _tried_of_reach(u, float(below), float(above))
    assert tried(r) == expected


def _tried_of_reach(u, below, above):
    from reconcile.checks.same_fact import _tried
    return _tried.__wrapped__("money", u, "USD", None, "USD", "USD", below, above, False)
