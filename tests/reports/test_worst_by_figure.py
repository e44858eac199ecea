"""Each figure's flag is the most severe finding that judges it wrong, and the tally counts
the findings and the figures they involve: the array code checked against the rules written as
plain loops."""
import pandas as pd
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reconcile.model.findings import RANK, SEVERITIES, involved
from reconcile.model.tally import Tally
from reports.tables import worst_by_figure
from reports.terminal import worst_among

IDS = st.sampled_from(["a", "b", "c", "d"])


def _plain(rows) -> dict:
    worst: dict = {}
    for severity, flagged, _ in rows:
        for fid in flagged:
            if fid not in worst or RANK[severity] > RANK[worst[fid]]:
                worst[fid] = severity
    return worst


ROWS = st.lists(st.tuples(st.sampled_from(SEVERITIES), st.lists(IDS, max_size=3).map(tuple),
                          st.lists(IDS, max_size=3).map(tuple)), max_size=10)


@settings(deadline=None)
@given(ROWS)
def test_the_worst_flag_per_figure_is_the_plain_loops(rows):
    t = pd.DataFrame({"severity": [r[0] for r in rows], "flagged": [r[1] for r in rows],
                      "figures": [r[1] + r[2] for r in rows]})
    assert worst_by_figure(t) == _plain(rows)
    assert involved(t) == {i for r in rows for i in r[1] + r[2]}


@settings(deadline=None)
@given(ROWS, st.sets(IDS))
def test_the_reports_worst_flags_are_the_rules_for_the_figures_it_lists(rows, listed):
    t = pd.DataFrame({"severity": [r[0] for r in rows], "flagged": [r[1] for r in rows],
                      "figures": [r[1] + r[2] for r in rows]})
    worst = {i: s for i, s in _plain(rows).items() if i in listed}
    # The dict may hold other figures' flags; those the report lists are the rule's.
    got = worst_among(t, sorted(listed))
    assert {i: s for i, s in got.items() if i in listed} == worst
    assert worst_among(t, (), every=True) == _plain(rows)


@settings(deadline=None)
@given(ROWS)
# A table whose discrepancies are not its first rows (the engine's, sorted, has them first).
@example([("info", ("a",), ()), ("high", ("b",), ())])
def test_the_tally_counts_by_the_rule(rows):
    t = pd.DataFrame({"severity": [r[0] for r in rows], "flagged": [r[1] for r in rows],
                      "figures": [r[1] + r[2] for r in rows]})
    tally = Tally.of(t)
    assert tally.by_severity == tuple(sum(r[0] == s for r in rows) for s in SEVERITIES)
    judged = [r for r in rows if RANK[r[0]] >= RANK["low"]]
    assert tally.discrepancies == len(judged)
    assert tally.involved == len({i for r in judged for i in r[1] + r[2]})
