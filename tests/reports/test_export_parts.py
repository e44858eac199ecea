"""A csv or json export made partition by partition: each partition's rows cut from its csv text,
spilled as sorted runs and merged back in the single-process export's order."""
import csv
import io
import itertools

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from reports.export import _csv_records
from reports.runs import BATCH_ROWS, SortedRuns
from tests.helpers import examples

cells = st.text(alphabet=st.sampled_from(['a', 'b', '"', ',', '\n', '\r', ' ', "'", '=', 'é']),
                max_size=8)


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.tuples(cells, cells, cells), max_size=6), st.booleans())
def test_csv_records_are_the_rows_pandas_wrote(rows, header):
    """The records cut from pandas' csv text are its rows: joined they are the text, one per
    row written, and each read alone gives what the csv module reads of the whole (the oracle;
    pandas leaves a lone CR unquoted, which the csv module reads as a line end either way)."""
    text = pd.DataFrame(rows, columns=["x", "y", "z"], dtype=object).to_csv(index=False,
                                                                           header=header)
    records = _csv_records(text)
    assert "".join(records) == text
    assert len(records) == len(rows) + header

    def read(t):
        return list(csv.reader(io.StringIO(t, newline="")))
    assert [row for r in records for row in read(r)] == read(text)


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
