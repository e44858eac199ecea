"""Rate notes go on each finding that names a figure converted at a stand-in fixing: checked
against the rule written plainly, row by row over every figure and finding."""
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.model.findings import Evidence, Finding
from reconcile.model.rate_notes import annotate_findings, outside_note

IDS = ["a", "b", "c", "d", "e"]


def _plain(findings: pd.DataFrame, figures: pd.DataFrame) -> list[tuple[str, ...]]:
    out = []
    for check, ids in zip(findings["check"], findings["figures"]):
        notes = []
        for i in ids:
            row = figures[figures["id"] == i].iloc[0]
            if pd.notna(row["currency"]) and isinstance(row["rate_note"], str) and row["rate_note"]:
                notes.append(f"{i}: {row['rate_note']}")
        if "restatement" in check:
            for i in ids:
                row = figures[figures["id"] == i].iloc[0]
                note = outside_note(row["published"]) if pd.notna(row["currency"]) else None
                if note:
                    notes.append(f"{i} published {note.split(' ', 1)[1]}")
        out.append(tuple(notes))
    return out


@st.composite
def tables(draw):
    figures = pd.DataFrame({
        "id": IDS,
        "currency": [draw(st.sampled_from(["USD", "KRW", None])) for _ in IDS],
        "rate_note": [draw(st.sampled_from(["", "", "1990 is before the ECB data", None]))
                      for _ in IDS],
        "published": [draw(st.sampled_from(["2020-05-01", "1990", "2024-03"])) for _ in IDS]})
    rows = []
    for n in range(draw(st.integers(1, 6))):
        ids = tuple(draw(st.lists(st.sampled_from(IDS), min_size=1, max_size=3, unique=True)))
        check = tuple(draw(st.lists(st.sampled_from(["same_fact", "restatement"]), min_size=1,
                                    max_size=2, unique=True)))
        rows.append((check, ids, Finding("high", "m", ids[:1], ids, f"h{n}",
                                         (Evidence(check[0], "r", "d"),))))
    findings = pd.DataFrame({"check": [r[0] for r in rows], "figures": [r[1] for r in rows],
                             "record": [r[2] for r in rows]})
    return findings, figures


@settings(deadline=None)
@given(tables())
def test_each_finding_names_the_stand_in_fixings_of_its_figures(made):
    findings, figures = made
    out = annotate_findings(findings, figures)
    assert [r.rate_notes for r in out["record"]] == _plain(findings, figures)
    # A record with no note is the record it was, not a copy.
    assert all(a is b for a, b in zip(findings["record"], out["record"]) if not b.rate_notes)
