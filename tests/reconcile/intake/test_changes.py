"""What an added figure changes in the findings: old and new findings matched one to one."""
from types import SimpleNamespace

import pandas as pd

from reconcile.intake.changes import Tracker, diff
from tests.helpers import table


def frame(*rows):
    # A findings table: its records stand in for findings that say `message`.
    cols = ["severity", "metric", "check", "flagged", "figures", "record"]
    return pd.DataFrame([dict(zip(cols, r[:5] + (SimpleNamespace(message=r[5]),)))
                         for r in rows], columns=cols)


def test_a_note_or_flag_that_now_names_the_new_figure_is_changed_not_new_and_gone():
    before = frame(("info", "m", ("same_fact",), (), ("a", "b"), "a and b agree"),
                   ("high", "m", ("same_fact",), ("c",), ("c", "a", "b"), "c is 10x off a, b"),
                   ("low", "n", ("digits",), ("x",), ("x", "y"), "x and y"))
    after = frame(("info", "m", ("same_fact",), (), ("a", "b", "d"), "a, b and d agree"),
                  ("high", "m", ("same_fact",), ("c",), ("c", "a", "b", "d"),
                   "c is 10x off a, b, d"),
                  ("medium", "m", ("same_fact",), ("d",), ("d", "a"), "d is 7 % off"))
    new, changed, old_messages, gone, unchanged = diff(before, after)
    assert list(new["flagged"]) == [("d",)]
    assert [r.message for r in changed["record"]] == ["a, b and d agree", "c is 10x off a, b, d"]
    assert old_messages == ("info: a and b agree", "high: c is 10x off a, b")
    assert list(gone["check"]) == [("digits",)] and unchanged == 0


def test_the_tracker_reconciles_the_family_before_and_after_each_figure():
    figures = table(dict(id="a", metric="m", amount="10억 달러", as_of="2019"),
                    dict(id="b", metric="m", amount="1,000,000,000 달러", as_of="2019"))
    change = Tracker(figures).add(dict(id="c", metric="m", amount="100억 달러", as_of="2019",
                                       published="2020", source="s.txt", quote="q c"), 4)
    assert list(change.new["flagged"]) == [("c",)] and change.new["severity"].iloc[0] == "high"
    assert change.gone.empty
    assert set(change.rec.figures["id"]) == {"a", "b", "c"}
