"""The id and metric rules judged over a whole column (issue 19 item 4): the same lines, values
and reasons from either reader as the one-cell rule gives, on ids and metrics that break the
pattern in every way a cell can."""
from pathlib import Path

import pytest

import reconcile.store.figures as F
from reconcile.store.arrow_rows import arrow_cells

BAD_IDS = ["Upper-1", "-lead", "a b", "x/y", "é1", "_under", "tab\tin", "dot.ok.", "ok_1"]
BAD_METRICS = ["Sales", "two__under", "_lead", "trail_", "9lives", "ünits", "ok_metric"]


def _file() -> bytes:
    lines = ["id,metric,amount,as_of,published,source,quote"]
    for i in range(4000):       # large enough for Arrow's reader (ARROW_MIN_BYTES)
        fid = BAD_IDS[i % len(BAD_IDS)] + f"{i}" if i % 97 == 5 else f"w{i}"
        metric = BAD_METRICS[i % len(BAD_METRICS)] if i % 89 == 3 else "ok_metric"
        lines.append(f"{fid},{metric},$5 million,2021,2021-05-02,s.txt,Flumph raised $5 million")
    return ("\n".join(lines) + "\n").encode()


@pytest.mark.parametrize("threshold", [0, 1 << 62], ids=["arrow", "strict"])
def test_pattern_rules_over_the_column_name_each_bad_cell(monkeypatch, threshold):
    data = _file()
    assert len(data) >= F.ARROW_MIN_BYTES
    assert arrow_cells(data, F.COLUMNS, F.REQUIRED) is not None      # Arrow reads it
    monkeypatch.setattr(F, "ARROW_MIN_BYTES", threshold)
    df, problems = F.checked_rows(Path("f.csv"), data)
    got = [(p.line, p.column, p.value, p.reason) for p in problems
           if p.column in ("id", "metric")]
    rules = {r.column: r for r in F.CELL_RULES}
    # What the one-cell rule says of each row, in line order.
    want = [(line, col, v, rules[col].problem(v))
            for line, fid, metric in zip(df["line"], df["id"], df["metric"])
            for col, v in (("id", fid), ("metric", metric)) if rules[col].problem(v)]
    assert got == want
    assert {c for _, c, _, _ in got} == {"id", "metric"} and len(got) > 40
