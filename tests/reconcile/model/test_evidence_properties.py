"""Properties of the one evidence model, on generated figures in several currencies with
restatements, parts, totals and running totals: no two findings contradict each other, one wrong
figure makes one finding, and the report currency never changes which findings exist."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile.engines.local import reconcile
from reconcile.model.findings import with_messages
from tests.helpers import examples, findings, table

CURRENCY_FORMS = {"USD": ["${} million", "{}백만 달러"], "KRW": ["{}억 원", "약 {}억 원"],
                  "EUR": ["€{} million", "{} million euros"]}
METRICS = ["alpha", "beta", "gamma"]
YEARS = ["2019", "2020", "2020-06", "2021-03-15"]
PROPERTY = settings(deadline=None, max_examples=examples(25),
                    suppress_health_check=[HealthCheck.too_slow])


@st.composite
def mixed_figures(draw):
    n = draw(st.integers(2, 9))
    rows = []
    for i in range(n):
        cur = draw(st.sampled_from(sorted(CURRENCY_FORMS)))
        form = draw(st.sampled_from(CURRENCY_FORMS[cur]))
        hedge = draw(st.sampled_from(["", "about ", "over ", "최대 "])) if cur != "KRW" else ""
        metric = draw(st.sampled_from(METRICS))
        row = dict(id=f"x{i}", metric=metric, amount=hedge + form.format(draw(st.integers(1, 999))),
                   as_of=draw(st.sampled_from(YEARS)), published="2022-01-05", currency=cur)
        if metric == "beta" and draw(st.booleans()):
            row["part_of"] = "alpha"
        if metric == "gamma":
            row["kind"] = "cumulative"
        earlier = [r for r in rows if r["metric"] == metric and r["currency"] != cur
                   and "restates" not in r]
        if earlier and draw(st.booleans()):
            row["restates"] = draw(st.sampled_from(earlier))["id"]
            row["as_of"] = next(r for r in rows if r["id"] == row["restates"])["as_of"]
        rows.append(row)
    for r in rows:
        del r["currency"]
    return rows


def verdicts(f):
    """(severity, metric, flagged figures, checks) per finding, independent of wording."""
    return sorted((r.severity, r.metric, tuple(sorted(r.flagged)),
                   r.check) for r in f.itertuples())


# Three properties of one example: checked in one test so that its figures are reconciled once
# in USD for the three (the report currency's run is the one more).
@PROPERTY
@given(mixed_figures(), st.sampled_from(["KRW", "EUR", "JPY"]))
def test_one_finding_per_wrong_figure_no_restatement_in_same_fact_any_report_currency(rows,
                                                                                       currency):
    rec = reconcile(table(*rows))
    f = with_messages(rec.findings)
    assert verdicts(f) == verdicts(findings(*rows, currency=currency)), "the report currency"

    # No figure both flagged and noted as agreeing; one wrong figure, one finding.
    flagged = [i for x in f.loc[f["severity"] != "info", "flagged"] for i in x]
    assert len(flagged) == len(set(flagged)), "one wrong figure, one finding"
    notes = {i for x in f.loc[f["severity"] == "info", "figures"] for i in x[:1]}
    assert not notes & set(flagged), "flagged and noted as agreeing"

    # Restatements never take part in same_fact.
    restating = {r["id"] for r in rows if r.get("restates")}   # always another currency
    for finding in rec.records:
        checks = {e.check for e in finding.evidence}
        for e in finding.evidence:
            if e.check == "same_fact":
                assert not set(e.against) & restating, "a restatement against in same_fact"
        if checks == {"same_fact"}:
            assert not set(finding.subject) & restating, "a restatement in same_fact"
