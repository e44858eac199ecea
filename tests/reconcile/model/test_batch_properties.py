"""Findings given as batches of columns (`Batch`) merge and table as their records do: the same
records in the same order, the same table, whatever the batches' figures share with the rest."""
from dataclasses import replace
from itertools import chain

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import api
from reconcile.engines.local import Context, check_evidence, evidence_base, selected_checks
from reconcile.model.findings import (
    Batch,
    Evidence,
    Finding,
    Pending,
    Pieces,
    frame,
    merge,
    merge_parts,
    messages,
    parts_of,
    record_of,
)
from tests.helpers import table

IDS = st.sampled_from(["a", "b", "c", "d", "e", "f", "g"])


@st.composite
def records(draw, n0: int) -> list[Finding]:
    out = []
    for n in range(draw(st.integers(0, 4))):
        metric = draw(st.sampled_from(["m", "n"]))
        flagged = tuple(draw(st.lists(IDS, max_size=2, unique=True)))
        subject = flagged or tuple(draw(st.lists(IDS, min_size=1, max_size=2, unique=True)))
        severity = "info" if not flagged else draw(st.sampled_from(["low", "medium", "high"]))
        out.append(Finding(severity, metric, flagged, subject, draw(st.sampled_from(["h1", "h2"])),
                           (Evidence("r", "rule", f"piece {n0 + n}",
                                     against=tuple(draw(st.lists(IDS, max_size=3)))),)))
    return out


@st.composite
def batches(draw, n0: int) -> Batch:
    n = draw(st.integers(0, 5))
    ids = [draw(IDS) for _ in range(n)]
    flags = [draw(st.booleans()) for _ in range(n)]
    clean = draw(st.booleans())
    against = []
    for fid in ids:
        t = draw(st.lists(IDS, max_size=20, unique=clean))
        against.append(tuple(i for i in t if i != fid) if clean else tuple(t))
    severity = [draw(st.sampled_from(["low", "medium", "high"])) if f else "info" for f in flags]
    evidence = dict(check="b", rule="rule b", detail=[f"row {n0 + k}" for k in range(n)],
                    against=against, low=[float(k) for k in range(n)], high=2.0,
                    expected_low=[float(-k) for k in range(n)], unit=["USD"] * n,
                    gap=[draw(st.sampled_from([1.0, 1.1, 3.0])) for _ in range(n)])
    out = Batch(ids, flags, severity, [draw(st.sampled_from(["m", "n"])) for _ in range(n)],
                [draw(st.sampled_from(["h1", "h2"])) for _ in range(n)], evidence, clean=clean)
    for k in draw(st.lists(st.integers(0, n - 1), max_size=2)) if n else []:
        # A note about its row's figure, about it and another (same_fact's agreeing note), or
        # about another figure only: a row it replaces is read from the note, not the columns.
        other = draw(IDS)
        subject = draw(st.sampled_from([(ids[k],), (ids[k], other), (other,)]))
        out[k] = Finding("info", "m", (), tuple(dict.fromkeys(subject)), "h1",
                         (Evidence("note", "r", f"n{k}"),))
    return out


@st.composite
def pieces(draw, n0: int) -> Pieces:
    # Findings of one check, most about one figure each and several about one figure, some
    # flagging two (which bridge) and some info notes: joined beforehand by (metric, figure).
    # Few figures, so that the findings about two of them interleave.
    found = []
    for k in range(draw(st.integers(0, 8))):
        metric = draw(st.sampled_from(["m", "m", "n"]))
        flagged = tuple(draw(st.lists(st.sampled_from(["a", "b", "c"]), min_size=0, max_size=2,
                                      unique=True)))
        subject = flagged or (draw(st.sampled_from(["a", "b"])),)
        severity = draw(st.sampled_from(["low", "medium", "high"])) if flagged else "info"
        found.append(Finding(severity, metric, flagged, subject, f"h{k % 2}",
                             (Evidence("p", "rule p", f"piece {n0 + k}"),)))
    return Pieces(len(found), **{k: [getattr(f, k) for f in found] for k in
                                 ("severity", "metric", "flagged", "subject", "head", "evidence")})


@st.composite
def parts(draw) -> list:
    out = []
    for n in range(draw(st.integers(0, 5))):
        kind = draw(st.sampled_from([batches, records, pieces]))
        out.append(draw(kind(100 * n)))
    return out


def _records(found: list) -> list[Finding]:
    return list(chain.from_iterable(p.records() if isinstance(p, (Batch, Pieces)) else p
                                    for p in found))


def _plain(records) -> list:
    # A record by its fields and message: a sentence made when shown (`Later`) compares by
    # identity, and a batch's row made twice holds two; evidence by its text (a NaN bound is
    # not equal to another NaN).
    return [(f.severity, f.metric, f.flagged, f.subject, f.head, f.rate_notes, f.message,
             tuple(repr(replace(e, detail=None)) for e in f.evidence)) for f in records]


def _same_tables(got: pd.DataFrame, want: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(got.drop(columns="record"), want.drop(columns="record"))
    assert _plain(got["record"]) == _plain(want["record"])


@settings(deadline=None, max_examples=300)
@given(parts())
def test_batches_merge_and_table_as_their_records_do(found):
    want = merge(_records(found))
    got = merge_parts(found)
    assert got.all() == want
    _same_tables(frame(got), frame(want))


def test_pieces_two_figures_joined_by_another_check_keep_the_checks_order():
    # Three findings about "a" and "b" in turn; another check's finding flags both, so all
    # join one record: its evidence in the check's order, not figure by figure.
    def piece(fid, n):
        return Finding("low", "m", (fid,), (fid,), fid, (Evidence("p", "r", f"p{n}"),))
    said = [piece("a", 0), piece("b", 1), piece("a", 2), piece("b", 3)]
    part = Pieces(4, **{k: [getattr(f, k) for f in said] for k in
                        ("severity", "metric", "flagged", "subject", "head", "evidence")})
    both = Finding("high", "m", ("a", "b"), ("a", "b"), "ab", (Evidence("o", "r", "o"),))
    assert len(part.joined()[0]) == 2
    for found in ([[both], part], [part, [both]]):
        got = merge_parts(found).all()
        assert got == merge(_records(found))
        assert [e.detail for e in got[0].evidence if e.check == "p"] == ["p0", "p1", "p2", "p3"]


@pytest.mark.parametrize("metric, fid", [(None, "a"), ("m", None)])
def test_pieces_with_a_missing_metric_or_id_merge_as_records_do(metric, fid):
    # Made-up: two info notes (findings standing alone) before two findings whose metric or
    # figure id is missing: the missing value is a key of its own, not the notes' key.
    def said(severity, m, flagged, n):
        return Finding(severity, m, flagged, flagged or ("z",), "h", (Evidence("p", "r", f"p{n}"),))
    found = [said("info", "m", (), 0), said("info", "m", (), 1),
             said("low", metric, (fid,), 2), said("high", metric, (fid,), 3)]
    part = Pieces(4, **{k: [getattr(f, k) for f in found] for k in
                        ("severity", "metric", "flagged", "subject", "head", "evidence")})
    assert merge_parts([part]).all() == merge(_records([part]))


def test_a_batch_row_joins_the_record_that_flags_its_figure():
    batch = Batch(["a", "b"], [True, True], ["low", "high"], "m", ["ha", "hb"],
                  dict(check="b", rule="r", detail=["da", "db"], against=[("c",), ("c",)]),
                  clean=True)
    other = Finding("medium", "m", ("b",), ("b",), "hb", (Evidence("o", "r", "x"),))
    got = merge_parts([batch, [other]])
    assert [len(f.evidence) for f in got.all()] == [1, 2]
    assert [len(rows) for _, rows in got.lone] == [1]       # "a" stays as columns


@settings(deadline=None, max_examples=25)
@given(st.lists(st.tuples(st.sampled_from(["alpha", "beta"]), st.integers(90, 130),
                          st.sampled_from(["${} million", "약 ${} million", "{}억 원"]),
                          st.sampled_from(["2020", "2020-06"])), min_size=2, max_size=12))
def test_the_checks_batches_give_the_findings_of_their_records(rows):
    df = evidence_base(table(*[dict(id=f"x{k}", metric=m, amount=a.format(v), as_of=y)
                               for k, (m, v, a, y) in enumerate(rows)]))
    found = []
    for check in selected_checks().values():
        found.extend(parts_of(check(df, Context())))
    # A clean batch keeps its promise: each row's `against` distinct ids, never its own.
    for b in (p for p in found if isinstance(p, Batch) and p.clean):
        for fid, against in zip(b.ids, b.column("against", list(range(len(b))))):
            assert len(set(against)) == len(against) and fid not in against
    want = merge(_records(found))
    merged = merge_parts(found)
    assert _plain(merged.all()) == _plain(want)
    _same_tables(frame(merged), frame(want))


@settings(deadline=None, max_examples=25)
@given(st.lists(st.tuples(st.sampled_from(["alpha", "beta"]), st.integers(90, 130),
                          st.sampled_from(["${} million", "약 ${} million", "{}억 원"])),
                min_size=2, max_size=12))
def test_records_made_when_shown_are_the_records_of_the_full_table(rows):
    df = evidence_base(table(*[dict(id=f"x{k}", metric=m, amount=a.format(v))
                               for k, (m, v, a) in enumerate(rows)]))
    full = check_evidence(df.copy(), Context())
    lean = check_evidence(df.copy(), Context(), records_when_shown=True)
    pd.testing.assert_frame_equal(lean._view_table.drop(columns="record"),
                                  full.findings.drop(columns="record"))
    assert _plain(map(record_of, lean._view_table["record"])) == _plain(full.findings["record"])
    # A view's messages of many rows: each batch's unmade records made together.
    assert messages(lean._view_table) == messages(full.findings)
    # What a library user reads is made: the same records, the table's cells among them.
    _same_tables(lean.findings, full.findings)
    assert _plain(lean.records) == _plain(full.records)
    assert {id(f) for f in lean.findings["record"]} <= {id(f) for f in lean.records}


def test_an_outlier_alone_is_left_unmade_until_read():
    df = evidence_base(table(*[dict(id=f"x{k}", metric="alpha", amount=f"${v} million")
                               for k, v in enumerate([100, 100, 100, 100, 150, 160])]))
    lean = check_evidence(df, Context(), records_when_shown=True)
    cells = lean._view_table["record"].tolist()
    assert [c.__class__ for c in cells] == [Pending, Pending]
    assert [record_of(c).flagged for c in cells] == [("x4",), ("x5",)]
    assert [m[:2] for m in messages(lean._view_table)] == ["x4", "x5"]
    assert [f.__class__ for f in (*lean.records, *lean.findings["record"])] == [Finding] * 4


def test_the_public_api_never_returns_an_unmade_record(tmp_path):
    rows = [dict(id=f"x{k}", metric="alpha", amount=f"${v} million")
            for k, v in enumerate([100, 100, 100, 100, 150, 160])]
    path = tmp_path / "figures.csv"
    table(*rows).to_csv(path, index=False)
    shown = api._reconcile_file_for_cli_views(path, "USD", None, None)
    assert Pending in {c.__class__ for c in shown._view_table["record"]}    # the path is taken
    for rec in (api.reconcile_file(path), api.reconcile_file(path, lean=True),
                api.reconcile(table(*rows)), shown):
        cells = [*rec.records, *rec.findings["record"]]
        assert len(cells) == 4 and {c.__class__ for c in cells} == {Finding}
    # What the library returns holds no unmade cell at all, not only none when read.
    for rec in (api.reconcile_file(path), api.reconcile(table(*rows))):
        assert rec._view_table is rec.findings
