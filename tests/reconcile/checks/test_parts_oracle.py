"""`parts_totals` as array code against the rule written plainly, total by total: the same
findings, in the same order, with the same fields, and sentences bound to the right parts."""
import itertools
import math
import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.checks.parts import RULE, WHOLE_RULE, parts_and_totals
from reconcile.engines.local import Context, evidence_base
from reconcile.store.figures import part_of_keys
from tests.helpers import examples, table

TOTALS = ("fund", "budget")
PARTS = ("fund_a", "fund_b", "budget_a", "shared")
# Whole billions and millions: the intervals sum exactly, in any order.
AMOUNTS = ("$2B", "$3B", "$5B", "$9B", "$12B", "$20B", "$400 million", "about $6B", "$7.5B",
           "nearly $4B", "$10B")
YEARS = ("2021", "2022", "2023", "2023-06")


@st.composite
def _figures(draw):
    rows = []
    for i in range(draw(st.integers(1, 14))):
        total = draw(st.booleans())
        metric = draw(st.sampled_from(TOTALS if total else PARTS))
        row = dict(id=f"x{i:02d}", metric=metric, amount=draw(st.sampled_from(AMOUNTS)),
                   as_of=draw(st.sampled_from(YEARS)),
                   published=draw(st.sampled_from(("2023-01-05", "2023-09-01", "2024-02-02"))))
        # Two shared articles (never more: two sources do not outvote one, so no part is
        # blamed) let a breakdown be repeated; else each figure is an article of its own.
        source = draw(st.sampled_from((None, "a.txt", "b.txt")))
        if source:
            row["source"] = source
        if total:
            row["kind"] = draw(st.sampled_from((None, None, "all_parts")))
        else:
            row["part_of"] = draw(st.sampled_from(("fund", "budget", "fund; budget")))
        rows.append(row)
    return table(*rows)


def _oracle(df):
    """(findings as field tuples, the words each message must hold), total by total."""
    names = {}
    for metric, cell in zip(df["metric"], df["part_of"]):
        names.setdefault(metric, set()).update(part_of_keys(cell))
    orig = df[df["role"].eq("original")]
    by_grp: dict = {}
    for r in orig.itertuples():
        if r.agrees and names.get(r.metric):
            by_grp.setdefault(r.grp, []).append(r)
    facts = [dict(grp=g, metric=rs[0].metric, unit=rs[0].c_unit,
                  first=min(r.as_of_first for r in rs), low=rs[0].cons_low, high=rs[0].cons_high,
                  vague=all(r.vague for r in rs), pub=max(r.pub_last for r in rs),
                  ids=tuple(r.id for r in rs)) for g, rs in sorted(by_grp.items())]
    wholes, sums, repeats = [], [], {}
    complete = set(df.loc[df["kind"].eq("all_parts"), "metric"])
    for pos, t in enumerate(orig.itertuples()):
        fits = [f for f in facts if t.metric in names[f["metric"]] and f["unit"] == t.c_unit
                and f["first"] <= t.as_of_last]
        latest = {}
        for f in sorted(fits, key=lambda f: (f["first"], f["grp"])):
            latest[f["metric"]] = f          # a part metric counts once: its latest statement
        parts = sorted(latest.values(), key=lambda f: (f["first"], f["grp"]))
        head = f'{t.id} ("{t.amount}", {t.source}, as of {t.as_of})'
        for f in parts:
            if f["low"] > t.c_high:
                gap = f["low"] / t.c_high if t.c_high > 0 else math.inf
                wholes.append(((f["first"], pos, f["grp"]), (
                    "low" if t.vague or f["vague"] else "high", t.metric, (t.id,), (t.id,), head,
                    WHOLE_RULE, f["ids"], t.c_low, t.c_high, f["low"], f["high"], t.c_unit, gap),
                    f"the part {f['metric']} ({', '.join(f['ids'])}: "))
        if not parts:
            continue
        low, high = sum(f["low"] for f in parts), sum(f["high"] for f in parts)
        vague = t.vague or any(f["vague"] for f in parts)
        ids = tuple(i for f in parts for i in f["ids"])
        said = f"({', '.join(f['metric'] for f in parts)}: {', '.join(ids)})"
        if low > t.c_high:
            gap = low / t.c_high if t.c_high > 0 else math.inf
            breakdown = (t.metric, tuple(f["grp"] for f in parts))
            repeats[breakdown] = max(repeats.get(breakdown, 0), _repeated(orig, t, parts))
            sums.append((0, pos, ("low" if vague else "high", t.metric, (t.id,), (t.id,), head,
                                  RULE, ids, t.c_low, t.c_high, low, high, t.c_unit, gap), said,
                         breakdown))
        elif t.c_low > high:
            gap = t.c_low / high if high > 0 else math.inf
            judged = t.metric in complete
            sums.append((1, pos, ("low" if judged else "info", t.metric,
                                  (t.id,) if judged else (), (t.id,), head, RULE, ids, t.c_low,
                                  t.c_high, low, high, t.c_unit, gap if judged else 1.0), said,
                         None))
    # A breakdown two or more sources repeat is a note on every statement of its total.
    sums = [s[:2] + ((("info", *s[2][1:2], (), *s[2][3:12], 1.0),)
                     if repeats.get(s[4], 0) >= 2 else s[2:3]) + s[3:4] for s in sums]
    wholes.sort(key=lambda w: w[0])
    sums.sort(key=lambda s: s[:2])
    return ([w[1] for w in wholes] + [s[2] for s in sums],
            [w[2] for w in wholes] + [s[3] for s in sums])


def _repeated(orig, t, parts) -> int:
    """How many sources state the total and each part alike, each by a figure of its own."""
    wanted = [(t.metric, t.c_low, t.c_high)] + [(f["metric"], f["low"], f["high"]) for f in parts]
    count = 0
    for _, rs in orig.groupby("source"):
        rs = [r for r in rs.itertuples() if r.c_unit == t.c_unit and not r.vague
              and r.c_low > 0 and math.isfinite(r.c_high)]
        if any(all(r.metric == m and r.c_low <= hi and r.c_high >= lo
                   for r, (m, lo, hi) in zip(pick, wanted))
               for pick in itertools.permutations(rs, len(wanted))):
            count += 1
    return count


def _fields(f):
    (e,) = f.evidence
    return (f.severity, f.metric, f.flagged, f.subject, str(f.head), e.rule, e.against, e.low,
            e.high, e.expected_low, e.expected_high, e.unit, e.gap)


@settings(max_examples=examples(60), deadline=None)
@given(_figures())
def test_parts_totals_gives_what_the_rule_written_total_by_total_gives(figures):
    df = evidence_base(figures)
    found = parts_and_totals(df, Context())
    expected, words = _oracle(df)
    assert [_fields(f) for f in found] == expected
    for f, w in zip(found, words):      # a sentence starts with a capital
        assert w.lower() in f.message.lower()
    # The sentences are written when shown, from values a record carries to a Dask worker.
    assert [f.message for f in pickle.loads(pickle.dumps(found))] == [f.message for f in found]


def test_a_repeated_breakdown_is_what_the_rule_written_total_by_total_gives():
    # Two articles state the fund and both its parts alike; a third states the fund otherwise.
    rows = [dict(id=f"{s}{k}", metric=m, amount=a, source=f"{s}.txt", as_of="2023",
                 published="2023-09-01", part_of=p)
            for s in ("a", "b")
            for k, (m, a, p) in enumerate((("fund", "$9B", None), ("fund_a", "$5B", "fund"),
                                          ("fund_b", "$7.5B", "fund")))]
    rows.append(dict(id="c0", metric="fund", amount="$10.5B", source="c.txt", as_of="2023",
                     published="2023-09-01"))
    df = evidence_base(table(*rows))
    found = parts_and_totals(df, Context())
    expected, _ = _oracle(df)
    assert [_fields(f) for f in found] == expected
    assert [f[0] for f in expected].count("info") == 3, expected
