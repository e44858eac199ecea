"""`Reconciliation.records` are the table's records in the engine's (merge's) order, those with
rate notes in place of their plain selves."""
from dataclasses import replace

from reconcile.engines import local
from tests.helpers import table


def _figures():
    # Made-up: in two metrics a 1990 won figure, converted at the first ECB fixing (a note on
    # every finding that uses it), against a dollar figure; in a third, figures of 2020.
    rows = []
    for metric, amounts, year in (("pell_capex", ("$4 billion", "$4 billion", "$9 billion"), "2020"),
                                  ("corvel_loss", ("$1 billion", "10억 원"), "1990"),
                                  ("ardent_debt", ("10억 원", "$1 billion"), "1990")):
        rows += [dict(metric=metric, amount=a, as_of=year, published=year) for a in amounts]
    return table(*rows)


def test_noted_records_stand_in_their_plain_selves_in_the_engines_order(monkeypatch):
    rec = local.reconcile(_figures())
    monkeypatch.setattr(local, "annotate_findings", lambda findings, figures: findings)
    plain = local.reconcile(_figures())
    assert any(f.rate_notes for f in rec.records)
    assert any(not f.rate_notes for f in rec.records)
    # The same findings in the same order, the notes aside (two runs' records hold two runs'
    # sentence callables: compared by what they say) ...
    assert ([replace(f, rate_notes=()).message for f in rec.records] ==
            [f.message for f in plain.records])
    # ... and the very records the table holds.
    assert sorted(map(id, rec.records)) == sorted(map(id, rec.findings["record"]))
