"""A finding's head held as its parts (`Head`) reads, groups and travels as its text did."""
import pickle
from collections import namedtuple

from reconcile.checks import common
from reconcile.model import findings as F

PARTS = ("c34-03", "약 678억달러", "34_asiae.txt", "2022-01-18")
TEXT = 'c34-03 ("약 678억달러", 34_asiae.txt, as of 2022-01-18)'


def _note(head, detail="a note") -> F.Finding:
    return F.Finding("info", "revenue", (), ("c34-03",), head,
                     (F.Evidence("same_fact", "rule", detail),))


def test_a_head_is_written_as_the_figure_was_named():
    assert str(F.Head(PARTS)) == TEXT
    assert _note(F.Head(PARTS)).message == f"{TEXT}: A note"


def test_a_row_and_columns_give_the_same_head():
    row = namedtuple("Row", ["id", "amount", "source", "as_of"])(*PARTS)
    one = common.head(row)
    assert isinstance(one, F.Head) and str(one) == TEXT
    assert common.heads(*([p] for p in PARTS)) == [one]


def test_notes_on_one_figure_with_heads_made_apart_merge_into_one():
    # Each check makes its own head of a figure: equal parts must group as equal text did.
    merged = F.merge([_note(F.Head(PARTS), "one"), _note(common.heads(*([p] for p in PARTS))[0],
                                                         "two")])
    assert len(merged) == 1 and len(merged[0].evidence) == 2


def test_a_record_with_a_head_pickles_to_itself():
    f = _note(F.Head(PARTS))
    back = pickle.loads(pickle.dumps(f, protocol=pickle.HIGHEST_PROTOCOL))
    assert type(back.head) is F.Head and back.head == f.head and back.message == f.message
