"""The engine lets go of what it reads no more before it builds the findings table."""
import gc
import weakref
from pathlib import Path

import pytest

from reconcile.engines import local
from reconcile.model.findings import Evidence, Finding
from tests.helpers import table


class _Watched(Finding):
    # Findings are slotted records with no weak-reference slot (docs/engine/records.md): the
    # test's own kind of finding has one, to see when it is let go.
    __slots__ = ("__weakref__",)


def test_findings_merged_into_one_are_let_go_before_the_table(monkeypatch):
    """Two checks flag one figure: merge makes one finding of their two, and the two are read
    no more; the engine must not keep them alive while the table and its notes are made."""
    made = []

    def one(name):
        def check(df, ctx):
            found = _Watched("high", "m", ("a",), ("a",), "a", (Evidence(name, "rule", "why"),))
            made.append(weakref.ref(found))
            return [found]
        return check

    def watched(only=None, skip=()):
        return {n: one(n) for n in ("first", "second")}
    monkeypatch.setattr(local, "selected_checks", watched)
    alive = []
    annotate = local.annotate_findings

    def spy(plain, df):
        gc.collect()
        alive.append([r() is not None for r in made])
        return annotate(plain, df)
    monkeypatch.setattr(local, "annotate_findings", spy)
    result = local.reconcile(table(dict(id="a", metric="m", amount="$1B")))
    assert len(result.records) == 1 and len(result.records[0].evidence) == 2
    assert alive == [[False, False]]


def test_a_lean_run_drops_only_the_columns_the_checks_alone_read(sample_figures, monkeypatch):
    """The command line's path deletes the CHECK_ONLY columns after the checks, which still see
    them; every other column stays, in order, and the findings are the same."""
    import pandas as pd
    full = local.evidence_base(sample_figures)
    kept = [c for c in full.columns if c not in local.CHECK_ONLY]
    plain = local.check_evidence(full.copy(), local.Context())
    lean = local.check_evidence(full.copy(), local.Context(), lean=True)
    assert list(lean.figures.columns) == kept and set(local.CHECK_ONLY) <= set(plain.figures)
    pd.testing.assert_frame_equal(lean.findings.drop(columns="record"),
                                  plain.findings.drop(columns="record"))
    seen = []

    def spy(df, ctx):
        seen.append(set(local.CHECK_ONLY) <= set(df.columns))
        return []
    monkeypatch.setattr(local, "selected_checks", lambda only=None, skip=(): {"spy": spy})
    local.check_evidence(full.copy(), local.Context(), lean=True)
    assert seen == [True]


@pytest.mark.parametrize("args", [
    ("report", "--all", "--charts", "--min-severity", "info"), ("report", "--json"),
    ("export", "--what", "figures", "--format", "csv"), ("export", "--format", "json"),
    ("export", "--format", "md"), ("export", "-o", "{tmp}/x.html"), ("export", "-o", "{tmp}/x.xlsx"),
])
def test_no_view_or_export_reads_a_column_the_lean_run_drops(args, tmp_path):
    """report and export run on reconcile_file's lean table: each of their views and formats
    must work without the CHECK_ONLY columns."""
    from tests.helpers import run
    figures = Path(__file__).resolve().parents[2] / "fixtures" / "figures.csv"
    r = run(*[a.format(tmp=tmp_path) for a in args], "--figures", figures)
    assert r.exit_code == 0, (r.output, r.exception)


def test_the_library_file_path_keeps_every_column_unless_asked_to_be_lean(sample_figures):
    from reconcile.api import reconcile, reconcile_file
    from tests.conftest import SAMPLE
    whole = reconcile_file(SAMPLE).figures
    assert list(whole.columns) == list(reconcile(sample_figures).figures.columns)
    lean = reconcile_file(SAMPLE, lean=True).figures
    assert set(whole.columns) - set(lean.columns) == set(local.CHECK_ONLY)
