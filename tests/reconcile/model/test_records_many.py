"""`Evidence.many` and `Finding.many` make the records the constructors make: equal, with the
same hash and repr, frozen, pickling to the same record, refusing what the constructor refuses."""
import copy
import dataclasses
import math
import pickle
from functools import partial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.model import findings as F
from tests.helpers import examples

PROPERTY = settings(deadline=None, max_examples=examples(100))
TEXT = st.text("abcxyz억 ", max_size=6)
FLOAT = st.floats(allow_nan=False) | st.just(math.inf)
IDS = st.lists(st.sampled_from(["f1", "f2", "Acme-3"]), max_size=3).map(tuple)
# Evidence as keyword arguments; some fields left out, to take their defaults.
EVIDENCE = st.fixed_dictionaries(
    {"check": st.sampled_from(["same_fact", "parts_totals"]), "rule": TEXT, "detail": TEXT},
    optional={"against": IDS, "low": FLOAT, "high": FLOAT, "expected_low": FLOAT,
              "expected_high": FLOAT, "unit": TEXT, "gap": FLOAT, "slip": st.integers(-3, 3),
              "tried": IDS})


def columns(rows: list[dict], names) -> dict:
    # Each field as a list over the rows; a field some row leaves out takes its default there.
    return {k: [r.get(k, F.Evidence.__dataclass_fields__[k].default) for r in rows]
            for k in names}


@PROPERTY
@given(st.lists(EVIDENCE, max_size=8))
def test_many_evidence_equals_the_constructors(rows):
    want = [F.Evidence(**r) for r in rows]
    names = set().union({"check", "rule", "detail"}, *rows)
    got = F.Evidence.many(len(rows), **columns(rows, names))
    assert got == want
    assert [hash(g) for g in got] == [hash(w) for w in want]
    assert [repr(g) for g in got] == [repr(w) for w in want]
    # The same bytes pickled; unpickled, the same record (NaN fields are new objects, hence repr).
    assert pickle.dumps(got) == pickle.dumps(want)
    assert repr(pickle.loads(pickle.dumps(got))) == repr(want)
    assert repr(copy.deepcopy(got)) == repr(want)


@PROPERTY
@given(st.lists(st.tuples(st.sampled_from(F.SEVERITIES), IDS, EVIDENCE), max_size=8))
def test_many_findings_equal_the_constructors(rows):
    evidence = [(F.Evidence(**e),) for _, _, e in rows]
    want = [F.Finding(s, "revenue", ids, ids, "head", ev)
            for (s, ids, _), ev in zip(rows, evidence)]
    got = F.Finding.many(len(rows), severity=[s for s, _, _ in rows], metric="revenue",
                         flagged=[i for _, i, _ in rows], subject=[i for _, i, _ in rows],
                         head="head", evidence=evidence)
    assert got == want
    assert [hash(g) for g in got] == [hash(w) for w in want]
    assert [repr(g) for g in got] == [repr(w) for w in want]
    assert pickle.dumps(got) == pickle.dumps(want)
    assert repr(pickle.loads(pickle.dumps(got))) == repr(want)
    assert [g.message for g in got] == [w.message for w in want]


def test_a_value_that_is_not_a_list_is_shared_by_every_record():
    ids = ("f1", "f2")
    got = F.Evidence.many(3, check="same_fact", rule="r", detail=["a", "b", "c"], against=ids)
    assert [e.against for e in got] == [ids] * 3 and all(e.against is ids for e in got)
    assert [e.detail for e in got] == ["a", "b", "c"]
    assert [e.gap for e in got] == [1.0] * 3 and all(math.isnan(e.low) for e in got)


def test_each_record_gets_its_own_row_and_is_of_the_record_class_itself():
    # `_many` fills each record through a filler class, then makes it the record class.
    n = 5000
    got = F.Evidence.many(n, check="same_fact", rule="r", detail=[f"d{k}" for k in range(n)],
                          gap=[float(k) for k in range(n)], unit="USD")
    assert got == [F.Evidence("same_fact", "r", f"d{k}", unit="USD", gap=float(k))
                   for k in range(n)]
    assert {type(e) for e in got} == {F.Evidence}
    f = F.Finding.many(2, severity="low", metric="m", flagged=(), subject=("f1",), head="h",
                       evidence=[(got[0],), (got[1],)])
    assert {type(x) for x in f} == {F.Finding}
    assert dataclasses.replace(f[1], severity="high") == F.Finding(
        "high", "m", (), ("f1",), "h", (got[1],))


def test_records_made_many_at_a_time_are_frozen_and_slotted():
    e = F.Evidence.many(1, check="c", rule="r", detail="d")[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        e.gap = 2.0
    assert not hasattr(e, "__dict__")
    f = F.Finding.many(1, severity="low", metric="m", flagged=(), subject=("f1",), head="h",
                       evidence=[(e,)])[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.severity = "high"


def test_many_refuses_what_a_finding_refuses():
    e = (F.Evidence("c", "r", "d"),)
    make = partial(F.Finding.many, 2, metric="m", flagged=(), subject=("f1",), head="h")
    with pytest.raises(ValueError, match="unknown severity 'severe'"):
        make(severity=["low", "severe"], evidence=[e, e])
    with pytest.raises(ValueError, match="unknown severity 'severe'"):
        F.Finding("severe", "m", (), ("f1",), "h", e)
    with pytest.raises(ValueError, match="at least one piece of evidence"):
        make(severity="low", evidence=[e, ()])
    with pytest.raises(ValueError, match="at least one piece of evidence"):
        make(severity="low")


def test_many_refuses_a_column_of_the_wrong_length_an_unknown_or_a_missing_field():
    with pytest.raises(ValueError, match="2 values of 'detail' for 3"):
        F.Evidence.many(3, check="c", rule="r", detail=["a", "b"])
    with pytest.raises(TypeError, match="no field 'colour'"):
        F.Evidence.many(1, check="c", rule="r", detail="d", colour="red")
    with pytest.raises(TypeError, match="needs the field 'rule'"):
        F.Evidence.many(1, check="c", detail="d")
