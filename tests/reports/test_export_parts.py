"""A csv or json export made partition by partition: each partition's rows written as records,
spilled as sorted runs and merged back in the single-process export's order."""
import itertools

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.model.findings import object_cells
from reports.export import _csv_lines, _csv_text
from reports.runs import BATCH_ROWS, SortedRuns
from tests.helpers import examples

cells = st.text(alphabet=st.sampled_from(['a', 'b', '"', ',', '\n', '\r', ' ', "'", '=', 'é',
                                          ';']), max_size=8)
numbers = st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False))


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.tuples(st.one_of(st.none(), cells), numbers,
                          st.tuples(cells, cells).map(lambda t: t[:len(t[0]) % 3])),
                max_size=6), st.booleans())
def test_csv_records_are_the_rows_pandas_writes(rows, header):
    """The records written of a chunk's cells are, joined (or written as one text), the text
    pandas' `to_csv` writes of the table (its tuple cells joined, its formula-like text made
    inert), one per row."""
    from reports.export import neutralize
    from reports.tables import text_cells
    columns = {c: object_cells([r[k] for r in rows]) for k, c in enumerate(("unit", "gap",
                                                                              "figures"))}
    text = text_cells(pd.DataFrame(columns)).map(neutralize).to_csv(index=False, header=header)
    records = _csv_lines(columns, header)
    assert "".join(records) == text == _csv_text(columns, header)
    assert len(records) == len(rows) + header
    assert all(r.endswith("\n") for r in records)


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(st.tuples(cells, cells).map(lambda t: t[:len(t[0]) % 3]), max_size=6),
       st.booleans())
def test_tuple_cells_are_their_items_joined_by_semicolons(tuples, shared):
    """Every id-list and checks cell is its items joined by ';', whether rows share one tuple
    (the findings about one fact are against one) or each holds its own."""
    from reports.tables import LIST_COLUMNS, joined_cells, text_cells
    if shared:
        tuples = tuples[:1] * len(tuples)
    columns = {c: object_cells(tuples) for c in LIST_COLUMNS}
    want = [";".join(t) for t in tuples]
    assert all(list(v) == want for v in joined_cells(columns).values())
    assert all(v == want for v in text_cells(pd.DataFrame(columns)).to_dict("list").values())


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(st.lists(st.tuples(st.integers(0, 9), st.text(max_size=3)), max_size=600),
                max_size=5))
def test_sorted_runs_merge_as_a_stable_sort_of_all_rows(tmp_path_factory, runs):
    """The merge of runs (each sorted, spilled in batches) is the stable sort of their rows in
    the order the runs came: equal keys keep their run's order."""
    runs = [sorted(r, key=lambda kv: kv[0]) for r in runs]
    spilled = SortedRuns(tmp_path_factory.mktemp("runs"))
    for r in runs:
        spilled.add([k for k, _ in r], [t for _, t in r])
    every = sorted(itertools.chain(*runs), key=lambda kv: kv[0])
    assert list(spilled.merged()) == [t for _, t in every]
    assert spilled.rows == len(every)
    assert max(map(len, runs), default=0) <= BATCH_ROWS or len(every) > BATCH_ROWS


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.tuples(st.one_of(st.none(), cells), cells,
                          st.one_of(st.floats(), st.sampled_from([0.0, -0.0, 1.5, -1.5])),
                          st.tuples(cells, cells).map(lambda t: t[:len(t[0]) % 3])),
                max_size=9), st.integers(1, 4))
def test_findings_csv_written_by_distinct_cells_is_the_csv_written_cell_by_cell(rows, step):
    """The findings csv, its plain columns written once per distinct cell, is the text of each
    chunk's cells written one by one: 0.0 and -0.0, NaN and None, formula-like and quoted text
    alike (a column with None in it is written cell by cell)."""
    from types import SimpleNamespace

    from reports.export import _csv_findings
    from reports.tables import finding_chunks
    table = pd.DataFrame({
        "metric": object_cells([r[0] for r in rows]), "rule": object_cells([r[1] for r in rows]),
        "gap": [r[2] for r in rows], "value_low": object_cells([r[2] for r in rows]),
        **{c: object_cells([r[3] for r in rows]) for c in ("flagged", "against", "figures",
                                                           "check")},
        "record": object_cells([SimpleNamespace(message=r[1]) for r in rows])})
    by_cell = "".join("".join(_csv_lines(c, header=n == 0))
                      for n, c in enumerate(finding_chunks(table, step)))
    assert "".join(_csv_findings(table, step)) == by_cell


def test_a_column_given_as_an_iterator_is_read_whole():
    from reports.export import _csv_cells
    from reports.tables import clean_cells
    assert list(clean_cells({"message": iter(["a", "b"])})["message"]) == ["a", "b"]
    assert _csv_cells(iter(["a", 5]), False) == ["a", "5"]
