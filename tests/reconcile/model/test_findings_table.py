"""Findings about many disagreeing figures of one fact stay linear: what the outliers are
measured against is held once per fact, not copied into each finding."""
from reconcile.engines.local import reconcile
from tests.helpers import table


def test_outliers_of_one_fact_share_one_tuple_of_agreeing_figures():
    # Four agree on $10 billion (Nimbus Freight's made-up raise); three others each say
    # something else. Each outlier's evidence names the same four, as one shared tuple.
    agree = [dict(metric="nimbus_raise", amount="$10 billion") for _ in range(4)]
    off = [dict(metric="nimbus_raise", amount=f"${v} billion") for v in (14, 17, 23)]
    rec = reconcile(table(*agree, *off))
    evidence = [e for f in rec.records for e in f.evidence
                if e.check == "same_fact" and f.flagged]
    assert len(evidence) == 3
    assert all(e.against == ("f0", "f1", "f2", "f3") for e in evidence)
    assert len({id(e.against) for e in evidence}) == 1


def test_a_split_names_its_extremes_and_every_figure():
    # No majority: $3.1, $4.6 and $7.9 billion; the gap is highest point over lowest.
    rows = [dict(metric="orla_capex", amount=f"${v} billion") for v in ("3.1", "7.9", "4.6")]
    rec = reconcile(table(*rows))
    [f] = [f for f in rec.records if f.flagged]
    [e] = f.evidence
    assert f.flagged == ("f0", "f1", "f2")
    assert round(e.gap, 6) == round(7.9 / 3.1, 6)
    assert (round(e.low, 3), round(e.high, 3)) == (3.05e9, 7.95e9)


def test_the_table_lists_shared_and_own_yardsticks_once_in_order():
    from reconcile.model.findings import Evidence, Finding, frame
    shared = ("k1", "k2", "k3")
    one = Finding("high", "m", ("x1",), ("x1",), "x1", (Evidence("c", "r", "d", shared),))
    # Joined evidence: the shared tuple twice, a flagged id among the yardsticks, one repeat.
    many = Finding("high", "m", ("x2", "k2"), ("x2", "k2"), "x2", (
        Evidence("c", "r", "d", shared), Evidence("d", "r", "d", ("k4", "k1")),
        Evidence("c", "r", "d", shared)))
    dup = Finding("low", "n", ("x3",), ("x3",), "x3", (Evidence("c", "r", "d", ("k1", "k1")),))
    t = frame([one, many, dup]).set_index("flagged")
    assert t.loc["x1", ["against", "figures"]].tolist() == ["k1;k2;k3", "x1;k1;k2;k3"]
    assert t.loc["x2;k2", ["against", "figures"]].tolist() == ["k1;k3;k4", "x2;k2;k1;k3;k4"]
    assert t.loc["x3", ["against", "figures"]].tolist() == ["k1", "x3;k1"]
