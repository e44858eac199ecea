"""The restatement check's array code against the rules written one conversion at a time: the
verdict of each conversion, the gap and its direction, sums added in order, and the instalment
search (made-up figures)."""
import math
import pickle

import numpy as np
import pandas as pd
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reconcile.checks import rates
from reconcile.checks import restatement as R
from reconcile.model import findings as F
from reconcile.model import uncertainty
from reconcile.model.normalize import fx_band

_EDGES = st.sampled_from([0.0, -1.0, 0.5, 1.0, 2.0, math.inf, math.nan])
_NUMBERS = st.one_of(_EDGES, st.floats(-1e3, 1e3, allow_nan=False))


def _same(a, b) -> bool:
    return repr(float(a)) == repr(float(b))


@given(st.lists(st.lists(st.floats(-1e12, 1e12), min_size=1, max_size=6), min_size=1,
                max_size=8))
def test_sums_add_each_group_in_order_as_a_loop_does(groups):
    k = np.repeat(np.arange(len(groups)), [len(g) for g in groups])
    rank = np.concatenate([np.arange(len(g)) for g in groups])
    x = np.concatenate([np.array(g, dtype=float) for g in groups])
    got = R._sums(k, rank, x, len(groups))
    assert all(_same(got[j], sum(g)) for j, g in enumerate(groups))


# Verdicts ---------------------------------------------------------------------------------------

def _oracle(row: dict, members: list[dict]) -> tuple:
    """`_judge`'s rule for one conversion: (kind, gap, direction, slip, severity)."""
    point = row["value"] / row["o_value"]
    lo_w, hi_w = min(row["a_lo"], row["p_lo"]), max(row["a_hi"], row["p_hi"])
    gap, direction = F.point_gap(point, lo_w, hi_w)
    # Its hedge's open side holds the window: the rate is at least (or at most) the point.
    true_bound = (row["side"], direction) in ((uncertainty.AT_LEAST, "below"),
                                               (uncertainty.AT_MOST, "above"))
    # Its original's bound the other way: more converted than the bound, a lower rate.
    original_bound = (row["o_side"], direction) in ((uncertainty.AT_LEAST, "above"),
                                                     (uncertainty.AT_MOST, "below"))
    # Every rate of a message reads as its two dates' band together is quoted: turned over
    # below one, and the direction with it.
    turned = 0 < hi_w < 1
    if turned:
        direction = {"above": "below", "below": "above"}.get(direction, direction)
    if row["hit_a"] or row["hit_p"]:
        if not row["by_rounding"] and gap > uncertainty.HEDGE_ONLY_GAP:
            return (R.BOUND if true_bound else R.HEDGE_ONLY), gap, direction, 0, ""
        return R.MATCH, gap, direction, 0, ""
    if original_bound and gap <= uncertainty.HEDGE_ONLY_GAP:
        return R.ORIGINAL_BOUND, gap, direction, 0, ""
    slip = F.unit_slip(point / ((lo_w + hi_w) / 2))
    if gap == 1.0:
        # Between the two dates' bands: the nearer measures the gap, and gives its direction.
        g_a, d_a = F.point_gap(point, row["a_lo"], row["a_hi"])
        g_p, d_p = F.point_gap(point, row["p_lo"], row["p_hi"])
        gap, direction = (g_p, d_p) if g_p < g_a else (g_a, d_a)
        if turned:
            direction = {"above": "below", "below": "above"}.get(direction, direction)
    sev = F.severity_of(gap, row["vague"], slip)
    # Only a consensus rejects the original: in a split no side is one.
    outlier = (row["o_status"] == "outlier"
               and _meets(row, row["c_low"], row["c_high"], row["currency"]))
    return (R.ORIGINAL if outlier else R.WRONG), gap, direction, slip, sev


def _meets(row: dict, lo: float, hi: float, currency: str) -> bool:
    """A range meets its fact's consensus, widened for the writer's rate when judged in its own
    currency (bare rounding), as it is when judged in another."""
    c_lo, c_hi = row["o_cons_low"], row["o_cons_high"]
    if currency == row["c_unit"]:
        lo, hi = lo / (1 + uncertainty.RATE_ALLOWANCE), hi * (1 + uncertainty.RATE_ALLOWANCE)
    return math.isfinite(c_lo) and math.isfinite(c_hi) and lo < c_hi and c_lo < hi


def _slipped(row: dict, kind: int, slip: int) -> bool:
    """A blamed original a power of ten off whose reading that power over meets the consensus:
    its written unit slipped (the words say so)."""
    scale = 10.0 ** slip
    return (kind == R.ORIGINAL and slip != 0
            and _meets(row, row["o_c_low"] * scale, row["o_c_high"] * scale, row["o_currency"]))


_RATE = st.sampled_from([0.8, 1.0, 1.2, 1300.0, 1400.0])


@st.composite
def _conversions(draw):
    rows = []
    for _ in range(draw(st.integers(1, 12))):
        a_lo, p_lo = draw(_RATE), draw(_RATE)
        a_hi, p_hi = a_lo * draw(st.sampled_from([1.0, 1.02])), p_lo * 1.01
        value = draw(st.sampled_from([0.9, 1.0, 1.25, 13.5, 1350.0, 14100.0, 13000.0]))
        c_low = draw(st.sampled_from([1.0, 5.0, 8.05, 9.0]))
        # The original's compared range, a power of ten or so below the consensus or in it.
        o_c_low = draw(st.sampled_from([0.05, 0.6, 0.75, 6.0]))
        rows.append(dict(
            value=value, o_value=1.0, a_lo=a_lo, a_hi=a_hi, p_lo=p_lo, p_hi=p_hi,
            hit_a=a_lo <= value <= a_hi, hit_p=p_lo <= value <= p_hi,
            by_rounding=draw(st.booleans()), vague=draw(st.booleans()),
            side=draw(st.sampled_from([uncertainty.NO_SIDE, uncertainty.AT_LEAST,
                                       uncertainty.AT_MOST])),
            o_side=draw(st.sampled_from([uncertainty.NO_SIDE, uncertainty.AT_LEAST,
                                         uncertainty.AT_MOST])),
            o_status=draw(st.sampled_from(["agrees", "outlier", "split", "alone"])),
            o_cons_low=draw(st.sampled_from([2.0, 6.0, math.nan])), o_cons_high=8.0,
            c_low=c_low, c_high=c_low + 1, o_c_low=o_c_low, o_c_high=o_c_low * 1.02,
            c_unit=draw(st.sampled_from(["KRW", "USD"])), o_grp=float(draw(st.integers(0, 2))),
            original=draw(st.sampled_from(["g1", "g2"])), o_currency="USD", currency="KRW",
            as_of="2023-05-02", published="2023-05-02"))
    members = [dict(grp=float(g), id=i, c_low=lo, c_high=lo + 1) for g in range(3)
               for i, lo in (("g1", draw(st.sampled_from([0.0, 6.0]))),
                             ("g2", draw(st.sampled_from([0.0, 6.0]))))]
    return rows, members


def _outlier_pair(c_low: float, c_unit: str, o_c_low: float, value: float) -> dict:
    """A conversion `value` over a window of 1,300 (13,000: a unit slip; 1,560: 20 % off) whose
    original is an outlier of its fact's consensus."""
    return dict(value=value, o_value=1.0, a_lo=1300.0, a_hi=1300.0, p_lo=1300.0, p_hi=1313.0,
                hit_a=False, hit_p=False, by_rounding=True, vague=False,
                side=uncertainty.NO_SIDE, o_side=uncertainty.NO_SIDE, o_status="outlier",
                o_cons_low=2.0, o_cons_high=8.0,
                c_low=c_low, c_high=c_low + 1, o_c_low=o_c_low, o_c_high=o_c_low * 1.02,
                c_unit=c_unit, o_grp=0.0, original="g1", o_currency="USD", currency="KRW",
                as_of="2023-05-02", published="2023-05-02")


# The blame rule's edges, each drawn every run: a conversion fitting only once widened for the
# writer's rate (in its own currency, and in another, which carries a rate band already), slip or
# none, and an original that read ten times over meets the consensus or still misses it.
_EDGES = [_outlier_pair(c_low, unit, o, value) for c_low in (1.0, 8.05, 9.0)
          for unit in ("KRW", "USD") for o in (0.6, 0.05) for value in (13000.0, 1560.0)]


@settings(deadline=None)
@given(_conversions())
@example(drawn=(_EDGES, []))
def test_verdicts_are_the_rule_written_per_conversion(drawn):
    rows, members = drawn
    r = pd.DataFrame(rows)
    c = {k: r[k].to_numpy() for k in ("a_lo", "a_hi", "p_lo", "p_hi", "hit_a", "hit_p",
                                      "by_rounding", "side", "o_side")}
    c["imp_lo"] = c["imp_hi"] = r["value"].to_numpy(dtype=float)
    # the number each conversion is judged against: its original's value (no range here)
    c["o_at"] = r["o_value"].to_numpy(dtype=float)
    v = R._verdicts(r, c)
    for k, row in enumerate(rows):
        kind, gap, where, slip, sev = _oracle(row, members)
        assert v["kind"][k] == kind
        assert _same(v["gap"][k], gap) and v["direction"][k] == where
        assert v["misleads"][k] == (kind == R.BOUND and gap > uncertainty.MISLEADING_BOUND)
        if kind in (R.WRONG, R.ORIGINAL):
            assert (v["slip"][k], v["sev"][k]) == (slip, sev)
        assert bool(v["slipped"][k]) == _slipped(row, kind, slip)



def _record_oracle(k: int, row: dict, v: dict) -> tuple:
    """What one conversion's finding holds, by its kind, written per conversion: severity,
    flagged, subject, head's figure, and its evidence's against, rule, gap, slip, unit, tried."""
    kind, gap, slip = v["kind"][k], float(v["gap"][k]), v["slip"][k]
    fid, orig = row["id"], row["original"]
    tried = (f"its rounding (±{R.fmt.compact(row['u'] / 2)} KRW)", R._RATES_TRIED)
    # The rates as the sentence quotes them: turned over when both dates' band is below one.
    turned = 0 < max(row["a_hi"], row["p_hi"]) < 1
    common = ("USD/KRW" if turned else "KRW/USD", tried)
    if kind in (R.MATCH, R.ORIGINAL_BOUND) or (kind == R.BOUND and not v["misleads"][k]):
        return ("info", (), (fid,), fid, (orig,), R.RULE, 1.0, 0) + common
    if kind == R.BOUND:
        return ("low", (fid,), (fid, orig), fid, (orig,), R.RULE, gap, 0) + common
    if kind == R.ORIGINAL:
        return (v["sev"][k], (orig,), (orig, fid), orig, (fid,), R.RULE, gap, slip) + common
    return (v["sev"][k], (fid,), (fid, orig), fid, (orig,), R.RULE, gap, slip) + common


def _measured_band(row: dict, kind: int) -> tuple:
    """The band a conversion's gap is measured against: both dates' widened bands together, or,
    for a wrong rate between them, the nearer."""
    point = row["value"] / row["o_value"]
    lo_w, hi_w = min(row["a_lo"], row["p_lo"]), max(row["a_hi"], row["p_hi"])
    if kind in (R.WRONG, R.ORIGINAL) and F.point_gap(point, lo_w, hi_w)[0] == 1.0:
        g_a = F.point_gap(point, row["a_lo"], row["a_hi"])[0]
        g_p = F.point_gap(point, row["p_lo"], row["p_hi"])[0]
        return (row["p_lo"], row["p_hi"]) if g_p < g_a else (row["a_lo"], row["a_hi"])
    return lo_w, hi_w


@settings(deadline=None)
@given(_conversions())
def test_findings_hold_each_kinds_fields_as_the_rule_says(drawn):
    rows, members = drawn
    for k, row in enumerate(rows):
        row.update(id=f"r{k}", amount=f"{k}억 원", metric="m", o_amount="$1", hedge=math.nan,
                   source="a.txt", o_source="b.txt", o_as_of="2023-05-02", u=1.0,
                   o_hedge=math.nan, **{f"x{w}_{n}": 1.0 for w in "ap"
                                        for n in ("rate_low", "rate_high")},
                   **{f"x{w}_{n}": "2023-05-02" for w in "ap"
                      for n in ("rate_low_date", "rate_high_date")})
    r = pd.DataFrame(rows)
    c = {k: r[k].to_numpy() for k in ("a_lo", "a_hi", "p_lo", "p_hi", "hit_a", "hit_p",
                                      "by_rounding", "side", "o_side")}
    c["imp_lo"] = c["imp_hi"] = r["value"].to_numpy(dtype=float)
    c["o_lo"] = c["o_hi"] = c["o_at"] = r["o_value"].to_numpy(dtype=float)
    c["o_hedged"] = c["o_range"] = np.zeros(len(r), bool)
    v = R._verdicts(r, c)
    out = R._findings(r, c, v)
    for k, (f, row) in enumerate(zip(out, rows)):
        (e,) = f.evidence
        assert (f.severity, f.flagged, f.subject, str(f.head).split(" ")[0], e.against, e.rule,
                e.gap, e.slip, e.unit, e.tried) == _record_oracle(k, row, v)
        lo, hi = c["imp_lo"][k], c["imp_hi"][k]
        e_lo, e_hi = _measured_band(row, v["kind"][k])
        if 0 < max(row["a_hi"], row["p_hi"]) < 1:
            lo, hi, e_lo, e_hi = 1 / hi, 1 / lo, 1 / e_hi, 1 / e_lo
        assert (e.low, e.high, e.expected_low, e.expected_high) == (lo, hi, e_lo, e_hi)
        assert pickle.loads(pickle.dumps(f)).message == f.message


# Instalments ------------------------------------------------------------------------------------

_DAYS = ["2022-01-03", "2022-05-02", "2022-10-04"]


def _instalment_oracle(row: dict, parts: list[dict]):
    """The instalment rule for one flagged conversion, part by part: (part ids, lo, hi)."""
    mine = [q for q in parts if row["o_metric"] in q["part_of"].split(";")
            and q["currency"] == row["o_currency"]]
    one: dict = {}
    for q in sorted(mine, key=lambda q: q["source"] != row["o_source"]):
        one.setdefault(q["metric"], q)
    p = list(one.values())
    if len(p) < 2 or len({q["as_of"] for q in p}) < 2 or \
            not all(math.isfinite(q["s_high"]) for q in p):
        return None
    if not (sum(q["s_low"] for q in p) < row["o_s_high"]
            and row["o_s_low"] < sum(q["s_high"] for q in p)):
        return None
    lo = hi = 0.0
    for q in p:
        b = fx_band(row["o_currency"], row["currency"], q["as_of"])
        b_lo, b_hi = uncertainty.widen(b["rate_low"], b["rate_high"])
        lo += q["s_low"] * b_lo
        hi += q["s_high"] * b_hi
    if not (row["s_low"] <= hi and lo <= row["s_high"]):
        return None
    return tuple(q["id"] for q in p), lo, hi


@st.composite
def _instalments(draw):
    parts = []
    for i in range(draw(st.integers(0, 9))):
        s = draw(st.sampled_from([5e8, 5e8, 7e8, 3e8, math.inf]))
        parts.append(dict(id=f"p{i}", metric=draw(st.sampled_from(["pay1", "pay2", "pay3"])),
                          amount=f"{i} dollars", source=draw(st.sampled_from(["a", "b"])),
                          currency=draw(st.sampled_from(["USD"] * 5 + ["EUR"])),
                          as_of=draw(st.sampled_from(_DAYS)), s_low=s * 0.99, s_high=s,
                          part_of=draw(st.sampled_from(["t1", "t1", "t2", "t1;t2"])),
                          role=draw(st.sampled_from(["original"] * 5 + ["restatement"]))))
    rows = []
    for j in range(draw(st.integers(1, 4))):
        total = draw(st.sampled_from([1e9, 1e9, 1.5e9]))
        won = draw(st.sampled_from([(0.0, 1e30), (0.0, 1e30), (1.2e12, 1.35e12), (9e11, 1.1e12)]))
        rows.append(dict(id=f"r{j}", metric="m", amount="won", source="a", as_of=_DAYS[0],
                         original="t", o_amount="dollars", o_metric=draw(
                             st.sampled_from(["t1", "t2"])), o_currency="USD",
                         o_source=draw(st.sampled_from(["a", "b"])), o_s_low=total * 0.99,
                         o_s_high=total * 1.01, s_low=won[0], s_high=won[1], currency="KRW"))
    return rows, parts


@settings(deadline=None)
@given(_instalments(), st.data())
def test_instalments_are_the_rule_written_per_conversion(drawn, data):
    rows, parts = drawn
    flagged = np.array(data.draw(st.lists(st.booleans(), min_size=len(rows),
                                          max_size=len(rows))))
    df = pd.DataFrame(parts, columns=["id", "metric", "amount", "source", "currency", "as_of",
                                      "s_low", "s_high", "part_of", "role"])
    got = R._instalments(df, pd.DataFrame(rows), flagged)
    originals = [q for q in parts if q["role"] == "original"]
    for k, row in enumerate(rows):
        want = _instalment_oracle(row, originals) if flagged[k] else None
        if want is None:
            assert k not in got
            continue
        e = got[k].evidence[0]
        assert (e.against, e.expected_low, e.expected_high) == want
        assert got[k].severity == "info" and "instalments" in got[k].message
        # Its sentence is a partial over plain values: it pickles, to and from Dask workers.
        assert pickle.loads(pickle.dumps(got[k])).message == got[k].message


def _windows_plainly(p) -> str:
    as_of = rates.band_words(p.a_band, p.o_cur, p.r_cur, p.as_of, p.turn)
    pub = rates.band_words(p.p_band, p.o_cur, p.r_cur, p.published, p.turn)
    return (f"the ECB rate of its as_of, {as_of}" if p.same_window else
            f"the ECB rate of its as_of, {as_of}, and at publication, {pub}")


def test_windows_cached_by_value_are_each_pairs_own():
    """`_windows` is cached by the values it says: pairs differing in any one of them (and
    equal bands that are other objects) get their own words (red when the key leaves one out)."""
    import datetime as dt
    d = dt.date
    base = R._Pair("r1", "1조", "m", "o1", "10억 달러", "USD", "KRW", None, "2020-01-02",
                   "2020-03-04", (1100.0, 1200.0, d(2020, 1, 2), d(2020, 1, 3)),
                   (1150.0, 1250.0, d(2020, 3, 4), d(2020, 3, 1)), False, 1000.0, 990.0, 1010.0,
                   False, 1e12, "")
    variants = [base, base._replace(same_window=True), base._replace(published="2020-03-05"),
                base._replace(as_of="2020-01-03"), base._replace(r_cur="EUR"),
                base._replace(o_cur="EUR"), base._replace(p_band=(0.5, 0.6, d(2020, 3, 4),
                                                                  d(2020, 3, 4))),
                base._replace(a_band=tuple(list(base.a_band))),
                base._replace(a_band=(1100.0, 1100.0, d(2020, 1, 2), d(2020, 1, 2))),
                base._replace(turn=True)]
    rates.rate_windows.cache_clear()
    for _ in range(2):
        for p in variants:
            assert R._windows(p) == _windows_plainly(p)
