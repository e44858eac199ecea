"""A finding's head held as its parts (`Head`) reads, groups and travels as its text did."""
import pickle
from collections import namedtuple

from hypothesis import given, settings
from hypothesis import strategies as st

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


# A head's parts as a table may give them: texts with quotes, braces and percent signs, and the
# missing or typed values a column can hold.
_PART = st.one_of(st.sampled_from(["%", "%s", "%(a)s", "{}", "{0}", "}{", '"', "%%"]),
                  st.text(max_size=12), st.none(), st.floats(allow_nan=True),
                  st.dates(), st.integers())


@settings(max_examples=300, deadline=None)
@given(parts=st.tuples(_PART, _PART, _PART, _PART))
def test_a_head_reads_as_its_parts_formatted(parts):
    assert str(F.Head(parts)) == '{} ("{}", {}, as of {})'.format(*parts)


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.tuples(st.one_of(st.tuples(_PART, _PART, _PART, _PART).map(F.Head),
                                         st.text(max_size=20)),
                               st.text(max_size=20), st.text(max_size=10)), max_size=6))
def test_one_piece_messages_name_each_head_as_its_text(rows):
    # The messages' heads made in place are what `str` of each head gives, a head given as text
    # as it is.
    heads, sentences, notes = zip(*rows) if rows else ((), (), ())
    assert F._one_messages(heads, sentences, notes) == [
        f"{h}: {F._capital(s)}{n}" for h, s, n in rows]


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.tuples(st.text(max_size=8), st.lists(st.text("ab1 ", max_size=3),
                                                             max_size=3),
                               st.text(max_size=8)), max_size=6))
def test_a_sentence_in_parts_says_what_the_sentence_says(rows):
    # A batch row's sentence comes from its maker as parts (`_sentence_parts`) and is put
    # together in the message's one format: the same text as the sentence made whole first,
    # capitalized where it starts (in the ids when nothing comes before them).
    def make(at):
        return tuple(map(list, zip(*(rows[k] for k in at)))) if at else ([], [], [])

    details = [F.RowOf((make, k)) for k in range(len(rows))]
    start, ids, after = F._sentence_parts(details)
    whole = [f"{b}{', '.join(i)}{a}" for b, i, a in rows]
    heads, notes = ["h"] * len(rows), [" n"] * len(rows)
    assert F._one_messages(heads, start, notes, ids, after) == F._one_messages(heads, whole, notes)
