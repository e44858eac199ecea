"""A view's messages made a column at a time (`messages` over a table whose rows are left
unmade) say what each finding's record says alone, row by row."""
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.engines.local import Context, check_evidence, evidence_base
from reconcile.model.findings import Pending, RowOf, messages, record_of
from tests.helpers import table

# Amount forms that reach the sentences' branches: ranges, hedges, bounds, a unit slip, won
# converted at a rate.
FORMS = ["${} million", "약 ${} million", "{}억 원", "{}0억 달러", "{}억 달러", "${} million 이상",
         "${}-{} million", "about ${} billion", "{}조 원"]


@st.composite
def figures(draw):
    rows = draw(st.lists(st.tuples(st.sampled_from(["alpha", "beta", "gamma"]),
                                   st.integers(80, 140), st.sampled_from(FORMS),
                                   st.sampled_from(["2020", "2020-06", "2021-03-02"])),
                         min_size=3, max_size=30))
    return table(*[dict(id=f"x{k}", metric=m, amount=a.format(v, v + 3), as_of=y)
                   for k, (m, v, a, y) in enumerate(rows)])


@settings(deadline=None, max_examples=60)
@given(figures())
def test_the_column_messages_are_the_records_messages(df):
    lean = check_evidence(evidence_base(df), Context(), records_when_shown=True)
    cells = lean._view_table["record"].tolist()
    # Each record alone: its sentence made by its maker for its one row.
    alone = [record_of(c).message for c in cells]
    assert messages(cells) == alone
    # Every other row, and the rows backwards: a maker given rows in any order and number.
    assert messages(cells[::2]) == alone[::2]
    assert messages(cells[::-1]) == alone[::-1]


def test_the_columns_are_read_for_the_rows_asked():
    # Outliers of two facts: each row's sentence names its own figure's numbers and its fact.
    df = table(*[dict(id=f"x{k}", metric=m, amount=f"${v} million")
                 for k, (m, v) in enumerate([("a", 100), ("a", 100), ("a", 100), ("a", 150),
                                             ("b", 200), ("b", 200), ("b", 200), ("b", 290)])])
    lean = check_evidence(evidence_base(df), Context(), records_when_shown=True)
    cells = lean._view_table["record"].tolist()
    assert all(c.__class__ is Pending for c in cells)
    assert all(record_of(c).evidence[0].detail.__class__ is RowOf for c in cells)
    said = messages(cells)
    assert [m.split(" ")[0] for m in said] == ["x3", "x7"]
    assert "its value, 150 mn," in said[0] and "the other figures of a say" in said[0]
    assert "its value, 290 mn," in said[1] and "the other figures of b say" in said[1]
    assert "agree (x0, x1, x2)." in said[0] and "agree (x4, x5, x6)." in said[1]
