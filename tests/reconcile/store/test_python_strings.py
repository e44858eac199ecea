"""The Arrow reader hands over the table the strict reader makes in either string storage the
engine may run under (`report` runs with Python strings): same dtypes, same cells, missing
cells NaN; repeated texts become one shared Python string."""
import csv
import io
import math
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reconcile.store.figures as F
from reconcile.store.arrow_rows import SAMPLE, python_strings


def frames(data: bytes, monkeypatch) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(Arrow's rows, the strict reader's rows) of the same bytes."""
    monkeypatch.setattr(F, "ARROW_MIN_BYTES", 0)
    fast, _ = F.parse_rows(Path("f.csv"), data)
    monkeypatch.setattr(F, "ARROW_MIN_BYTES", 1 << 62)
    strict, _ = F.parse_rows(Path("f.csv"), data)
    return fast, strict


def cell_kinds(df: pd.DataFrame) -> dict:
    """Each column's cells as (type, value) pairs, a NaN as the string 'nan' (NaN != NaN)."""
    return {c: [(type(v).__name__, "nan" if isinstance(v, float) and math.isnan(v) else v)
                for v in df[c].to_numpy(dtype=object)] for c in df.columns}


@st.composite
def repetitive_tables(draw):
    """Well-formed files whose columns repeat a few texts, often empty, some all empty."""
    word = st.sampled_from(["", "", "a", "b b", "$1 billion", "약 3조 원", " x ", "\u3000y"])
    empty = draw(st.sets(st.sampled_from(F.COLUMNS)))
    rows = draw(st.lists(st.fixed_dictionaries({c: st.just("") if c in empty else word
                                                for c in F.COLUMNS}), min_size=1, max_size=12))
    out = io.StringIO()
    w = csv.DictWriter(out, F.COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return out.getvalue().encode()


@pytest.mark.parametrize("storage", ["python", "pyarrow"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(data=repetitive_tables())
def test_arrow_rows_equal_the_strict_rows_in_either_storage(monkeypatch, storage, data):
    with pd.option_context("mode.string_storage", storage):
        fast, strict = frames(data, monkeypatch)
    if len(strict) < data.count(b"\n") - 1:      # an all-blank row: Arrow declines
        return
    assert dict(fast.dtypes) == dict(strict.dtypes)
    assert cell_kinds(fast) == cell_kinds(strict)


def test_repeated_texts_are_one_shared_string():
    texts = ["2021", None, "$1 billion", "2021"] * SAMPLE
    cells = python_strings(pa.array(texts, pa.string()))
    assert list(cells) == texts
    assert cells[0] is cells[3] and cells[2] is cells[6]


def test_a_column_of_distinct_texts_is_read_as_it_is():
    texts = [f"id{i}" for i in range(3 * SAMPLE)] + [None]
    assert list(python_strings(pa.array(texts, pa.string()))) == texts


def test_texts_that_strip_alike_are_one_code_and_one_string():
    # The reader encodes a repeating column before stripping it: " a" and "a" must still be
    # one distinct text, and a blank cell a null, as `clean_text` leaves them.
    from reconcile.store.arrow_rows import clean_text, dictionary_codes, reader_text
    texts = [" a", "a", "", " ", "b\u3000", None, "a "] * SAMPLE
    column = pa.chunked_array([pa.array(texts[:5], pa.string()), pa.array(texts[5:], pa.string())])
    read = reader_text(column)
    assert pa.types.is_dictionary(read.type)
    assert read.cast(pa.string()).to_pylist() == clean_text(column).to_pylist()
    assert dictionary_codes(read)[1].to_pylist() == ["a", "b"]
    cells = python_strings(read)
    assert cells[0] is cells[1] is cells[6] and cells[2] is None
