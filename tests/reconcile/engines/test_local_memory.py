"""The engine lets go of what it reads no more before it builds the findings table."""
import gc
import weakref

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
