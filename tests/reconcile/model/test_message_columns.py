"""A view's messages made a column at a time (`messages` over a table whose rows are left
unmade) say what each finding's record says alone, row by row."""
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.engines.local import Context, check_evidence, evidence_base
from reconcile.model.findings import Pending, RowOf, messages, record_of
from tests.helpers import table

# Amount forms that reach the sentences' branches: ranges, hedges, bounds, a unit slip, won
# converted at a rate.
FORMS = ["${} million", "약 ${} million", "{}억 원", "{}0억 달러", "{}억 달러", "${} million 이상",
         "${}-{} million", "about ${} billion", "{}조 원"]


# Views the export and the report render: the report currency and constant money.
CONTEXTS = [Context(), Context(currency="KRW"), Context(real_as_of=dt.date(2024, 1, 1)),
            Context(currency="KRW", real_as_of=dt.date(2024, 1, 1))]


@st.composite
def figures(draw):
    """Figures of a few facts, the same numbers said again under other metric names: rows of
    different facts then differ in one column only (what a maker's shared words are keyed by)."""
    rows = draw(st.lists(st.tuples(st.integers(80, 140), st.sampled_from(FORMS),
                                   st.sampled_from(["2020", "2020-06", "2021-03-02"])),
                         min_size=3, max_size=12))
    metrics = draw(st.lists(st.sampled_from(["alpha", "beta", "gamma"]), min_size=1, max_size=3,
                            unique=True))
    # Each metric's figures: all of the drawn rows, or all but the last (another count).
    said = [(m, r) for j, m in enumerate(metrics) for r in rows[:len(rows) - (j % 2)]]
    return table(*[dict(id=f"x{k}", metric=m, amount=a.format(v, v + 3), as_of=y)
                   for k, (m, (v, a, y)) in enumerate(said)])


# Few examples: the misreadings this guards (a row's words from another row or another fact)
# show on most draws, and each example is a whole check run.
@settings(deadline=None, max_examples=12)
@given(figures(), st.sampled_from(CONTEXTS))
def test_the_column_messages_are_the_records_messages(df, context):
    lean = check_evidence(evidence_base(df), context, records_when_shown=True)
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


def test_facts_with_the_same_numbers_keep_their_own_words():
    # Two facts giving the same amounts: rows of one differ from the other's only in their
    # metric and ids, so words made once per distinct value must still name each row's fact.
    amounts = ["$104 million"] * 3 + ["$150 million", "$0.1 billion", "140억 원"]
    df = table(*[dict(id=f"x{k}", metric=m, amount=a)
                 for k, (m, a) in enumerate((m, a) for m in ("alpha", "beta") for a in amounts)])
    lean = check_evidence(evidence_base(df), Context(), records_when_shown=True)
    said = dict(m.split(" ", 1) for m in messages(lean._view_table["record"].tolist()))
    assert sorted(said, key=lambda i: int(i[1:])) == ["x3", "x4", "x5", "x9", "x10", "x11"]
    for i, text in said.items():
        mine, other = ("alpha", "beta") if int(i[1:]) < 6 else ("beta", "alpha")
        assert f"figures of {mine} " in text and f"figures of {other} " not in text
        agreeing = "x0, x1, x2" if mine == "alpha" else "x6, x7, x8"
        assert agreeing in text
        # Only the won figure is ten times off.
        assert ("unit slip" in text) == (i in ("x5", "x11"))
