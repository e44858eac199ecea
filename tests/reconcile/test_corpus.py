"""Findings on the figures of 39 real articles (tests/fixtures/corpus_figures.csv): every real
discrepancy found, no false alarm at low or above, and the known non-discrepancies left alone."""
from pathlib import Path

import pandas as pd
import pytest

from reconcile.engines.local import reconcile
from reconcile.model.findings import RANK

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "corpus_figures.csv"


@pytest.fixture(scope="module")
def corpus():
    figs = pd.read_csv(FIXTURE, dtype=str).replace({float("nan"): None})
    figs["line"] = range(2, 2 + len(figs))
    rec = reconcile(figs.drop(columns=["discrepancy"]))
    serious = rec.findings[rec.findings["severity"].map(RANK) >= RANK["low"]]
    return figs, serious


def test_every_real_discrepancy_is_found(corpus):
    figs, serious = corpus
    flagged = {i for x in serious["flagged"] for i in x}
    wrong = figs.dropna(subset=["discrepancy"]).groupby("discrepancy")["id"].agg(set)
    missed = [d for d, ids in wrong.items() if not ids & flagged]
    assert missed == []


def test_no_finding_flags_only_figures_that_are_right(corpus):
    figs, serious = corpus
    wrong = set(figs.loc[figs["discrepancy"].notna(), "id"])
    alarms = [r.message for x, r in zip(serious["flagged"], serious["record"])
              if not set(x) & wrong]
    assert alarms == []


def test_conversions_at_the_publication_rate_are_not_flagged(corpus):
    # 약 500조 원 for $350B (2025-10-16) is +3 % at the deal's as_of rate, right at publication.
    figs, serious = corpus
    late = figs[figs["amount"].isin(["약 500조 원", "약 93조원", "약 92조 원"])]["id"]
    assert not set(late) & {i for x in serious["figures"] for i in x}
