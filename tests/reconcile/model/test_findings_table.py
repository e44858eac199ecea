"""Findings about many disagreeing figures of one fact stay linear: what the outliers are
measured against is held once per fact, not copied into each finding."""
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.engines.local import reconcile
from reconcile.model.findings import RANK, sort
from tests.helpers import table


def test_outliers_of_one_fact_share_one_tuple_of_agreeing_figures():
    # Four agree on $10 billion (Nimbus Freight's made-up raise); three others each say
    # something else. Each outlier's evidence names the same four, as one shared tuple.
    agree = [dict(metric="nimbus_raise", amount="$10 billion") for _ in range(4)]
    off = [dict(metric="nimbus_raise", amount=f"${v} billion") for v in (14, 17, 23)]
    rec = reconcile(table(*agree, *off))
    evidence = [e for f in rec.records for e in f.evidence
                if e.check == "same_fact" and f.flagged]
    assert len(evidence) == 3
    assert all(e.against == ("f0", "f1", "f2", "f3") for e in evidence)
    assert len({id(e.against) for e in evidence}) == 1


def test_a_split_names_its_extremes_and_every_figure():
    # No majority: $3.1, $4.6 and $7.9 billion; the gap is highest point over lowest.
    rows = [dict(metric="orla_capex", amount=f"${v} billion") for v in ("3.1", "7.9", "4.6")]
    rec = reconcile(table(*rows))
    [f] = [f for f in rec.records if f.flagged]
    [e] = f.evidence
    assert f.flagged == ("f0", "f1", "f2")
    assert round(e.gap, 6) == round(7.9 / 3.1, 6)
    assert (round(e.low, 3), round(e.high, 3)) == (3.05e9, 7.95e9)


def test_the_table_lists_shared_and_own_yardsticks_once_in_order():
    from reconcile.model.findings import Evidence, Finding, frame
    shared = ("k1", "k2", "k3")
    one = Finding("high", "m", ("x1",), ("x1",), "x1", (Evidence("c", "r", "d", shared),))
    # Joined evidence: the shared tuple twice, a flagged id among the yardsticks, one repeat.
    many = Finding("high", "m", ("x2", "k2"), ("x2", "k2"), "x2", (
        Evidence("c", "r", "d", shared), Evidence("d", "r", "d", ("k4", "k1")),
        Evidence("c", "r", "d", shared)))
    dup = Finding("low", "n", ("x3",), ("x3",), "x3", (Evidence("c", "r", "d", ("k1", "k1")),))
    t = frame([one, many, dup])
    cells = {r.flagged: (r.against, r.figures) for r in t.itertuples()}
    assert cells[("x1",)] == (("k1", "k2", "k3"), ("x1", "k1", "k2", "k3"))
    assert cells[("x2", "k2")] == (("k1", "k3", "k4"), ("x2", "k2", "k1", "k3", "k4"))
    assert cells[("x3",)] == (("k1",), ("x3", "k1"))


def test_the_table_holds_ids_and_checks_as_tuples_and_shares_the_yardsticks():
    from reconcile.model.findings import Evidence, Finding, frame
    shared = ("k1", "k2")
    rows = [Finding("high", "m", (x,), (x,), x, (Evidence("same_fact", "r", "d", shared),))
            for x in ("x1", "x2")]
    rows.append(Finding("medium", "m", ("x3",), ("x3",), "x3", (
        Evidence("same_fact", "r", "d", shared), Evidence("digits", "r", "d", shared))))
    t = frame(rows)
    assert list(t["check"]) == [("same_fact",), ("same_fact",), ("same_fact", "digits")]
    assert list(t["flagged"]) == [("x1",), ("x2",), ("x3",)]
    # The yardsticks are the checks' own tuple, not a copy per row.
    assert all(a is shared for a in t["against"])


# Ids as the figures file allows them ([a-z0-9._-]): '-', '.' and the digits sort before ';',
# the letters and '_' after it, so a prefix decides differently in a list and in its text.
IDS = st.text(alphabet="a1-0_.", min_size=1, max_size=3)


def _joined_order(t: pd.DataFrame) -> list:
    # The order of the table when its cells were ';'-joined text, as reports have always had it.
    text = t.assign(_r=-t["severity"].map(RANK), figures=t["figures"].map(";".join),
                    check=t["check"].map(";".join))
    return list(text.sort_values(["_r", "metric", "figures", "check"], kind="stable").index)


@settings(deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["info", "low", "high"]), st.sampled_from(["m", "n"]),
                          st.lists(IDS, max_size=4).map(tuple),
                          st.lists(st.sampled_from(["digits", "same_fact"]), min_size=1,
                                   max_size=2).map(tuple)), max_size=12))
def test_the_table_sorts_its_tuples_as_their_joined_text_sorted(rows):
    t = pd.DataFrame({"severity": [r[0] for r in rows], "metric": [r[1] for r in rows],
                      "figures": [r[2] for r in rows], "check": [r[3] for r in rows],
                      "n": range(len(rows))})
    assert list(sort(t)["n"]) == _joined_order(t)
    # The streamed Dask export merges its parts' rows by the leading keys: they must be those
    # the table is sorted by.
    from reconcile.model.findings import leading_keys
    keys = list(zip(*(k.tolist() for k in leading_keys(sort(t)))))
    assert keys == sorted(keys)


@settings(deadline=None)
@given(st.lists(st.lists(st.text(st.characters(exclude_characters=";", exclude_categories=["Cs"]),
                                 min_size=1, max_size=3),
                         max_size=3).map(tuple), min_size=1, max_size=12))
def test_lists_of_any_text_ids_sort_as_their_joined_text(lists):
    # Ids the library may be given: NULs (numpy's text comparison stops at one), any plane (a
    # lone surrogate, which the reference's Arrow text cannot hold, is the next test's).
    t = pd.DataFrame({"severity": "high", "metric": "m", "figures": lists,
                      "check": [("same_fact",)] * len(lists), "n": range(len(lists))})
    assert list(sort(t)["n"]) == _joined_order(t)


def test_ids_numpy_cannot_hold_sort_as_their_text():
    # A lone surrogate (no UTF-8 for it) and NULs: sorted as Python compares text.
    figures = [("a\0b",), ("a\0",), ("\ud800", "x"), ("a",), ("\ud7ff",)]
    t = pd.DataFrame({"severity": "high", "metric": "m", "figures": figures,
                      "check": [("same_fact",)] * 5})
    assert list(sort(t)["figures"]) == [("a",), ("a\0",), ("a\0b",), ("\ud7ff",), ("\ud800", "x")]


def test_an_id_that_ends_sorts_before_one_that_goes_on():
    figures = [("a1", "b"), ("a10",), ("a1",), ("a1-",), ("a1", "a"), ()]
    t = pd.DataFrame({"severity": "high", "metric": "m", "figures": figures,
                      "check": [("same_fact",)] * 6, "n": range(6)})
    # '' < 'a1' < 'a1-' < 'a10' < 'a1;a' < 'a1;b' as text.
    assert list(sort(t)["figures"]) == [(), ("a1",), ("a1-",), ("a10",), ("a1", "a"), ("a1", "b")]


def test_an_empty_table_has_every_column_and_no_numbers_made_up():
    from reconcile.model.findings import COLUMNS, frame
    t = frame([])
    assert list(t.columns) == COLUMNS and t.empty
    assert set(t.dtypes.astype(str)) == {"object"}     # as always; never float columns of nothing


@st.composite
def _findings_sharing_yardsticks(draw) -> list:
    from reconcile.model.findings import Evidence, Finding
    # A few yardstick tuples shared by identity among the pieces, as the checks share them.
    pool = [tuple(draw(st.lists(IDS, max_size=4))) for _ in range(3)]
    out = []
    for n in range(draw(st.integers(1, 8))):
        flagged = tuple(draw(st.lists(IDS, max_size=2, unique=True)))
        subject = flagged or tuple(draw(st.lists(IDS, min_size=1, max_size=2, unique=True)))
        if draw(st.booleans()):
            subject = tuple(dict.fromkeys(subject + tuple(draw(st.lists(IDS, max_size=2)))))
        pieces = tuple(Evidence("c", "r", "d", draw(st.sampled_from(pool)))
                       for _ in range(draw(st.integers(1, 3))))
        out.append(Finding("high" if flagged else "info", "m", flagged, subject, f"h{n}", pieces))
    return out


@settings(deadline=None)
@given(_findings_sharing_yardsticks())
def test_the_id_cells_are_each_id_once_in_order_with_no_flagged_yardstick(found):
    from unittest import mock

    from reconcile.model import findings
    # Short tuples are read in place, long ones once per table: both ways, as every tuple.
    for short in (0, 100):
        with mock.patch.object(findings, "SHORT_IDS", short):
            _assert_plain_id_cells(findings.frame(found))


def _assert_plain_id_cells(t: pd.DataFrame) -> None:
    # frame sorts its columns before it makes the table: each row's cells are its record's, in
    # sort's order.
    assert t["record"].tolist() == sort(t)["record"].tolist()
    for r in t.itertuples():
        f = r.record
        assert (r.severity, r.metric, r.flagged) == (f.severity, f.metric, f.flagged)
        assert r.check == tuple(dict.fromkeys(e.check for e in f.evidence))
        against, figures = [], []
        for e in f.evidence:
            for i in e.against:
                if i not in f.flagged and i not in against:
                    against.append(i)
        for i in f.flagged + f.subject + tuple(against):
            if i not in figures:
                figures.append(i)
        assert (r.against, r.figures) == (tuple(against), tuple(figures))


def test_lists_that_share_a_first_id_are_ordered_by_the_rest_within_their_place():
    figures = [("b",), ("a", "c"), ("a", "b"), ("a", "b", "a")]
    t = pd.DataFrame({"severity": "high", "metric": "m", "figures": figures,
                      "check": [("same_fact",)] * 4})
    assert list(sort(t)["figures"]) == [("a", "b"), ("a", "b", "a"), ("a", "c"), ("b",)]


@settings(deadline=None)
@given(st.lists(st.one_of(st.text(max_size=4), st.none()), max_size=30))
def test_sort_codes_are_each_texts_place_among_the_distinct_texts(values):
    from reconcile.model.distinct import sorted_codes
    distinct = sorted({v for v in values if v is not None})
    assert sorted_codes(values).tolist() == [-1 if v is None else distinct.index(v)
                                             for v in values]


@settings(deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["a", "a;", "a\0", "b", "ab"]), st.text(max_size=3),
                          st.none()), max_size=30), st.integers(0, 4))
def test_sort_codes_of_texts_sorted_as_they_are_are_those_of_the_distinct_texts(values, sample):
    # A sample of 0 to 4 leading cells decides whether the texts are sorted as they are (when
    # they look distinct) or their distinct ones first: both ways must give each text's place.
    from reconcile.model import distinct as D
    distinct = sorted({v for v in values if v is not None})
    was, D._SAMPLE = D._SAMPLE, sample
    try:
        codes = D.sorted_codes(values)
    finally:
        D._SAMPLE = was
    assert codes.tolist() == [-1 if v is None else distinct.index(v) for v in values]


def test_a_metric_that_is_a_number_sorts_beside_text_ones():
    # The library's front door reads a whole number as its digits (and names "5" as no metric
    # key); the engine itself takes any metric cell, and the sort must not compare 5 with "rev".
    figures = table(*({"metric": m, "amount": a, "as_of": "2024-01-01"} for m, a in
                      [(5, "$10 million"), ("rev", "$12 million"), ("rev", "$15 million"),
                       (5, "$15 million")]))
    found = reconcile(figures).findings
    assert sorted(map(str, found["metric"])) == ["5", "rev"]


@settings(deadline=None)
@given(st.lists(st.sampled_from([1.0, 1.5, 2.0, float("inf"), float("nan")]), min_size=1,
                max_size=6))
def test_a_joined_row_shows_the_widest_gap_an_infinite_one_first(gaps):
    import math

    from reconcile.model.findings import Evidence, Finding, frame
    pieces = tuple(Evidence("c", "r", "d", low=float(n), gap=g) for n, g in enumerate(gaps))
    [row] = frame([Finding("high", "m", ("x",), ("x",), "x", pieces)]).itertuples()
    main = max(pieces, key=lambda e: e.gap if math.isfinite(e.gap) else 1e300)
    assert row.value_low == main.low
