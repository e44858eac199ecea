"""Rate notes go on each finding that names a figure converted at a stand-in fixing past the
data: checked against the rule written plainly, row by row over every figure and finding."""
import pandas as pd
import pytest
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
            if pd.notna(row["currency"]) and isinstance(row["data_note"], str) and row["data_note"]:
                notes.append(f"{i}: {row['data_note']}")
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
        "data_note": [draw(st.sampled_from(["", "", "1990 is before the ECB data", None]))
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


def _sales(amount: str, as_of: str, **row) -> dict:
    return dict(metric="acme_sales", amount=amount, as_of=as_of, published=as_of, **row)


def _reconciled(*rows):
    from reconcile.engines.local import reconcile
    from tests.helpers import table
    return reconcile(table(*rows))


def test_a_rate_nobody_had_that_day_is_said_and_a_tenfold_slip_stays_high():
    """RUB after the ECB stopped fixing it (2022-03-01): the figure's note names the fixing used
    and its date; a tenfold gap to a dollar figure is still an alarm, as in 2021."""
    for year, stale in (("2024-06", True), ("2021-06", False)):
        later = year[:5] + "07"     # published a month on: two bands, one fixing
        rec = _reconciled(dict(_sales("100 billion rubles", year, source="a.txt"), published=later),
                          dict(_sales("$11 billion", year, source="b.txt"), published=later))
        assert list(rec.findings["severity"]) == ["high"]
        note = rec.figures.set_index("id")["rate_note"]["f0"]
        # Said once, though both the as_of's and the publication date's bands use that fixing.
        assert note.count("the last before (2022-03-01) is used") == stale
        # The figure's row says it, not the finding (`test_a_stale_fixing_is_said_on_no_finding`).
        assert rec.findings["record"].iloc[0].rate_notes == ()


def test_a_same_currency_slip_beside_a_dollar_figure_stays_high():
    """Two RUB figures of 2024, 50 and 80 bn, disagree without any rate; a third figure in
    dollars in the same fact does not make that gap less of an alarm."""
    rec = _reconciled(_sales("50 billion rubles", "2024-06", source="a.txt"),
                      _sales("80 billion rubles", "2024-06", source="b.txt"),
                      _sales("$0.48 billion", "2024-06", source="c.txt"))
    assert list(rec.findings["severity"]) == ["high"]


@pytest.mark.parametrize("shown", ["USD", "EUR", "RUB"])
def test_a_stale_fixing_is_said_on_no_finding(shown):
    """A finding's rate notes describe no conversion its check did not use: the report
    currency's old RUB fixing (or a ruble fact converted for display) is said in the figures'
    rows, whatever currency the report is shown in."""
    from reconcile.engines.local import reconcile
    from tests.helpers import table
    won = table(*(dict(_sales(a, "2024-03-04", source=s), metric="deal")
                  for a, s in (("$2.5 billion", "a.txt"), ("3조3300억원", "b.txt"),
                               ("3조3300억원", "c.txt"), ("2조5700억원", "d.txt"))))
    rubles = table(_sales("$2 billion", "2024-06", source="a.txt"),
                   *(_sales(f"{v} billion rubles", "2024-06", source=s)
                     for v, s in ((180, "b.txt"), (180, "c.txt"), (120, "d.txt"))))
    for figures in (won, rubles):
        rec = reconcile(figures, currency=shown)
        assert len(rec.findings), "the case has a finding to note"
        assert [r.rate_notes for r in rec.findings["record"]] == [()] * len(rec.findings)


def test_a_currency_the_euro_replaced_is_converted_exactly_not_capped():
    """EEK after 2010 is the euro at 15.6466: the day's EUR fixing, no stale note, no cap."""
    from reconcile.engines.local import reconcile
    from tests.helpers import table
    rec = reconcile(table(_sales("100 million EEK", "2015-06-03", source="a.txt"),
                          _sales("$30 million", "2015-06-03", source="b.txt")))
    eek = rec.figures.set_index("id").loc["f0"]
    assert eek["rate_note"] == "" and eek["rate_low_date"].year == 2015
    assert list(rec.findings["severity"]) == ["high"]
