"""`filter_findings` keeps what the rule says, whether the kept rows lead the table (a sorted
table: taken as a slice) or lie anywhere in it."""
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.engines.local import filter_findings
from reconcile.model.findings import RANK, SEVERITIES


@settings(deadline=None)
@given(st.lists(st.tuples(st.sampled_from(SEVERITIES), st.sampled_from(["m", "n"])), max_size=12),
       st.sampled_from(SEVERITIES), st.sampled_from([None, "m"]), st.booleans())
def test_filter_keeps_the_rows_at_or_above_the_level_of_the_metric(rows, level, metric, ordered):
    if ordered:         # as the engine gives its table: most severe first
        rows = sorted(rows, key=lambda r: -RANK[r[0]])
    table = pd.DataFrame({"severity": [s for s, _ in rows], "metric": [m for _, m in rows],
                          "n": range(len(rows))}, columns=["severity", "metric", "n"])
    kept = [n for n, (s, m) in enumerate(rows)
            if RANK[s] >= RANK[level] and (metric is None or m == metric)]
    out = filter_findings(table, metric, level)
    assert out["n"].tolist() == kept
    assert list(out.index) == list(range(len(kept)))
    assert list(out.columns) == list(table.columns)
