"""Each figure's flag is the most severe finding that judges it wrong: the array code checked
against the rule written as a plain loop."""
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.model.findings import RANK, SEVERITIES, involved
from reports.tables import worst_by_figure

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
