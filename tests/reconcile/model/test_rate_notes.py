"""Rate notes go on each finding across currencies that names a figure converted at a stand-in
fixing: checked against the rule written plainly, row by row over every figure and finding."""
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
        currencies = [figures[figures["id"] == i].iloc[0]["currency"] for i in ids]
        if len(ids) > 1 and pd.notna(currencies[0]) and all(c == currencies[0] for c in currencies):
            out.append(())      # one currency: the figures are compared with no rate
            continue
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
        said = rec.findings["record"].iloc[0].rate_notes
        assert sum("2022-03-01" in n for n in said) == stale


def test_a_same_currency_slip_beside_a_dollar_figure_stays_high():
    """Two RUB figures of 2024, 50 and 80 bn, disagree without any rate; a third figure in
    dollars in the same fact does not make that gap less of an alarm."""
    rec = _reconciled(_sales("50 billion rubles", "2024-06", source="a.txt"),
                      _sales("80 billion rubles", "2024-06", source="b.txt"),
                      _sales("$0.48 billion", "2024-06", source="c.txt"))
    assert list(rec.findings["severity"]) == ["high"]


def test_a_finding_in_one_currency_names_no_rate():
    """Two RUB figures disagreeing are compared as they are: the old fixing that converts them
    for the report is in their rows, not on the finding; across currencies it is said."""
    rec = _reconciled(_sales("50 billion rubles", "2024-06", source="a.txt"),
                      _sales("80 billion rubles", "2024-06", source="b.txt"),
                      dict(_sales("100 billion rubles", "2024-06", source="a.txt"), metric="b"),
                      dict(_sales("$11 billion", "2024-06", source="b.txt"), metric="b"))
    notes = {r.metric: r.rate_notes for r in rec.findings["record"]}
    assert notes["acme_sales"] == ()
    assert [n.split(":")[0] for n in notes["b"]] == ["f2"]


def test_a_currency_the_euro_replaced_is_converted_exactly_not_capped():
    """EEK after 2010 is the euro at 15.6466: the day's EUR fixing, no stale note, no cap."""
    from reconcile.engines.local import reconcile
    from tests.helpers import table
    rec = reconcile(table(_sales("100 million EEK", "2015-06-03", source="a.txt"),
                          _sales("$30 million", "2015-06-03", source="b.txt")))
    eek = rec.figures.set_index("id").loc["f0"]
    assert eek["rate_note"] == "" and eek["rate_low_date"].year == 2015
    assert list(rec.findings["severity"]) == ["high"]
