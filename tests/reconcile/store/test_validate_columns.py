"""`validate` judges whole columns (Arrow's regex engine for the id and metric patterns, a hash
for duplicate ids, only the restated ids' metrics looked up); these hold it to the one-cell
rules, written plainly, in either string storage."""
import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reconcile.store.figures as F

ALPHABET = list("az09._-AZ é١\t") + ["__"]


@pytest.mark.parametrize("storage", ["python", "pyarrow"])
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cells=st.lists(st.one_of(st.none(), st.lists(st.sampled_from(ALPHABET), max_size=5)
                                .map("".join).map(str.strip)), max_size=10),
       pattern=st.sampled_from([F.ID_RE, F.METRIC_RE]))
def test_a_pattern_breaks_on_the_cells_re_refuses(storage, cells, pattern):
    with pd.option_context("mode.string_storage", storage):
        series = pd.Series(pd.array(cells, dtype=pd.StringDtype(storage, na_value=float("nan"))))
        got = F._breaks_pattern(series, pattern).tolist()
    assert got == [bool(v) and not re.fullmatch(pattern, v) for v in cells]


def test_without_pyarrow_the_pattern_is_judged_by_re(monkeypatch):
    monkeypatch.setattr(F, "_arrow_text", lambda cells: None)
    series = pd.Series(["ok_1", "Bad", None, ""], dtype=object)
    assert F._breaks_pattern(series, F.METRIC_RE).tolist() == [False, True, False, False]


def rows(*lines: str) -> bytes:
    return ("id,metric,amount,as_of,published,source,quote,restates\n"
            + "".join(f"{x},$1 billion,2021,2021,s.txt,q,{r}\n"
                      for x, r in (line.rsplit(",", 1) for line in lines))).encode()


@pytest.mark.parametrize("storage", ["python", "pyarrow"])
def test_a_restatement_of_an_id_given_twice_is_judged_by_its_last_row(storage):
    # Zuber's id z1 is given twice (a problem of its own); the row restating z1 is judged
    # against the metric of the last row that has it, as a dict of every id would.
    data = rows("z1,zuber_sales,", "z1,zuber_cost,", "z2,zuber_sales,z1", "z3,zuber_cost,z1",
                "z4,zuber_cost,nope")
    with pd.option_context("mode.string_storage", storage):
        _, problems = F.checked_rows(Path("f.csv"), data)
    assert [(p.line, p.column, p.value, p.reason.split(";")[0]) for p in problems] == [
        (2, "id", "z1", F.DUPLICATE_ID), (3, "id", "z1", F.DUPLICATE_ID),
        (4, "restates", "z1", "it states zuber_cost, not zuber_sales"),
        (6, "restates", "nope", "no figure has this id")]


def test_ids_given_twice_are_each_named_and_empty_ids_are_not_duplicates():
    data = rows("a1,m_one,", "a2,m_one,", "a1,m_one,", "a3,m_one,")
    df, _ = F.parse_rows(Path("f.csv"), data)
    df.loc[3, "id"] = ""          # an empty cell as another caller may hand it over
    df = pd.concat([df, df.iloc[[3]].assign(line=6)], ignore_index=True)
    got = [(p.line, p.value) for p in F.validate(df, "f.csv") if p.reason == F.DUPLICATE_ID]
    assert got == [(2, "a1"), (4, "a1")]


@pytest.mark.parametrize("storage", ["python", "pyarrow"])
@pytest.mark.parametrize("arrow", [True, False])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(table=st.lists(st.tuples(st.sampled_from(["a", "b", "c", "d", ""]),
                                st.sampled_from(["m_one", "m_two", ""]),
                                st.sampled_from(["", "", "a", "b", "c", "d", "nope"])),
                      min_size=1, max_size=9))
def test_only_rows_in_doubt_are_judged_and_the_restates_problems_are_every_rows(
        monkeypatch, storage, arrow, table):
    # validate hands the restates rule only the rows that can break it; the problems are those
    # of the rule run over every row that restates something, every id's metric that of its
    # last row (ids given twice, self-links, cycles, missing metrics).
    monkeypatch.setattr(F, "ARROW_MIN_BYTES", 0 if arrow else 1 << 62)
    data = rows(*(f"{x},{m},{r}" for x, m, r in table))
    with pd.option_context("mode.string_storage", storage):
        df, problems = F.checked_rows(Path("f.csv"), data)
    from reconcile.store.restatements import problems as restates_problems
    every = df[["line", "id", "metric", "restates"]].to_dict("records")
    linked = [r for r in every if isinstance(r["restates"], str)]
    metric_of = {r["id"]: r["metric"] for r in every}
    want = sorted((p.line, p.value, p.reason) for p in restates_problems(linked, metric_of))
    assert sorted((p.line, p.value, p.reason) for p in problems if p.column == "restates") == want
