"""The exported cells, made column by column, are each cell's rule applied one by one: numbers
finite or None, text as text, tuples kept; formula-like text made inert."""
import json
import math

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.model.findings import object_cells
from reports.export import _inert, neutralize
from reports.tables import _clean, _finite_or_none, _text

NUMBERS = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.none(),
                    st.sampled_from(["1.5", "x", "-2"]))
TEXTS = st.one_of(st.text(alphabet="=+-@ \t\rab1", max_size=4), st.none(),
                  st.just(math.nan), st.tuples(st.sampled_from(["a", "b"])),
                  st.integers(-5, 5))


def _same(a, b) -> bool:
    return type(a) is type(b) and (a == b or (a != a and b != b))


@settings(deadline=None)
@given(st.lists(st.tuples(NUMBERS, st.floats(allow_nan=True), TEXTS), max_size=8))
def test_clean_cells_are_the_rule_applied_cell_by_cell(rows):
    t = pd.DataFrame({"gap": pd.Series([r[0] for r in rows], dtype=object),
                      "value_min": pd.Series([r[1] for r in rows], dtype=float),
                      "unit": pd.Series([r[2] for r in rows], dtype=object)},
                     index=np.arange(len(rows)) * 3)
    out = _clean(t)
    assert list(out.index) == list(t.index) and set(out.dtypes.astype(str)) <= {"object"}
    for col, rule in (("gap", _finite_or_none), ("value_min", _finite_or_none),
                      ("unit", _text)):
        assert all(_same(a, rule(v)) for a, v in zip(out[col], t[col])), col


@settings(deadline=None)
@given(st.lists(st.tuples(TEXTS, st.floats(allow_nan=False)), max_size=8))
def test_inert_cells_are_neutralize_applied_cell_by_cell(rows):
    cells = {"text": object_cells([r[0] for r in rows]), "gap": object_cells([r[1] for r in rows])}
    kept = {col: list(v) for col, v in cells.items()}
    out = _inert(cells)
    for col in cells:
        assert all(_same(a, neutralize(v)) for a, v in zip(out[col], kept[col])), col
        assert list(cells[col]) == kept[col]            # the cells given are left as they were


JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.floats(),
              st.sampled_from([math.nan, math.inf, -math.inf]),
              st.text(alphabet='a"\\\n\té\u2028\x00 ', max_size=5)),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.text(alphabet="ab", max_size=2), inner, max_size=2)),
    max_leaves=6)


@settings(deadline=None)
@given(st.dictionaries(st.one_of(st.text(alphabet='ab"é', max_size=3), st.integers(0, 2)),
                       JSON_VALUES, max_size=5))
def test_a_json_record_is_what_json_writes_of_it(record):
    """Laid out by hand for the usual cells, a record is json.dumps's text of it, indented as a
    record of a list."""
    from reports.export import _json_record
    assert _json_record(record) == json.dumps(record, ensure_ascii=False,
                                              indent=2).replace("\n", "\n  ")


IDS = st.tuples(*[st.text(alphabet='ab1"\\\n\x01é-', max_size=3)] * 2).map(lambda t: t[:1] + t[1:])
CELLS_NAMES = ("severity", "flagged", "against", "check", "gap")
CELLS = st.fixed_dictionaries({
    "severity": st.one_of(st.none(), st.text(alphabet='ab"\\\né%', max_size=3)),
    "flagged": st.one_of(st.just(()), IDS), "against": IDS,
    "check": st.one_of(st.just(("c",)), st.tuples(st.just("a"), st.just("b"))),
    "gap": st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False))})


@settings(deadline=None)
@given(st.lists(CELLS, max_size=6), st.booleans())
def test_json_records_made_column_by_column_are_each_records_json(rows, shared):
    """Each record is json.dumps's text of it, as one record alone gives it (`_json_record`),
    with ids json escapes, empty id lists, and tuples shared by rows."""
    from reports.export import json_records
    from reports.tables import cell_records
    if shared and rows:          # one tuple object in every row, as a fact's yardsticks are
        for r in rows:
            r["against"] = rows[0]["against"]
    cells = {name: object_cells([r[name] for r in rows]) for name in CELLS_NAMES}
    want = [json.dumps(r, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            for r in cell_records(cells)]
    assert json_records(cells) == want

