"""The findings that the five articles' figures contain, and the consistent facts left alone."""
import pytest

from reconcile.engines.local import reconcile


@pytest.fixture(scope="module")
def result(sample_figures):
    return reconcile(sample_figures)


def about(f, check, figure):
    """The findings of `check` that judge `figure` wrong (or, for info, are about it)."""
    return f[f["check"].map(lambda c: check in c) & f["figures"].map(lambda ids: figure in ids)]


def test_the_100m_in_002_is_a_unit_slip_of_microsofts_1b_2019_investment(result):
    f = about(result.findings, "same_fact", "a2-ms-100m")
    assert list(f["severity"]) == ["high"]
    assert "unit slip" in f.iloc[0].record.message and "a1-ms-2019" in f.iloc[0].record.message


def test_chatgpt_five_days_and_two_months_disagree(result):
    f = result.findings[result.findings["metric"] == "chatgpt_time_to_1m_users"]
    assert list(f["severity"]) == ["high"]
    assert set(f.iloc[0].figures) == {"a1-chatgpt-2months", "a2-chatgpt-5days"}
    # No majority: both flagged; the exactly stated 5 days is named the more precise.
    assert set(f.iloc[0].flagged) == {"a1-chatgpt-2months", "a2-chatgpt-5days"}
    assert "a2-chatgpt-5days is stated more precisely" in f.iloc[0].record.message


def test_billions_in_004_is_below_the_parts_already_invested_but_vague(result):
    f = about(result.findings, "parts_totals", "a4-ms-billions")
    assert len(f) >= 1 and set(f["severity"]) == {"low"}


def test_the_2024_round_has_other_investors_as_parts_not_all_stated(result):
    # Issue 18: a total above its stated parts is a part not mentioned (info), not an error.
    f = about(result.findings, "parts_totals", "a0-round-2024")
    assert list(f["severity"]) == ["info"] and "Parts not all stated" in f.iloc[0].record.message


def test_won_conversions_are_judged_against_their_original(result):
    figs = result.figures.set_index("id")
    assert figs.at["a1-12.3jo-krw", "original"] == "a1-10b-usd"       # inferred from the quote
    assert figs.at["a2-gcloud-krw", "original"] == "a2-gcloud-usd"
    # 12조 3000억 for $10 billion is 1,230 won/$, the ECB rate of 2023-01-23: nothing to say.
    assert about(result.findings, "restatement", "a1-12.3jo-krw").empty
    # 1,200억 이상 for $120m implies at least 1,000 won/$: the ECB rate lies on the side 이상
    # leaves open, so it is a true bound (info), as same_fact says of one.
    cloud = about(result.findings, "restatement", "a2-gcloud-krw")
    assert list(cloud["severity"]) == ["info"]
    assert "As a bound (이상: at least 120 bn KRW) it is true." in " ".join(
        cloud.iloc[0].record.message.split())


@pytest.mark.parametrize("metric", [
    "microsoft_investment_2023", "openai_compute_commitment", "chatgpt_users_milestone",
    "openai_funding_round_2024" if False else "openai_valuation_2024",
])
def test_consistent_facts_are_not_flagged(result, metric):
    f = result.findings
    assert f[(f["metric"] == metric) & (f["severity"] != "info")
             & f["check"].map(lambda c: c != ("parts_totals",))].empty


def test_total_of_14b_fits_its_parts_and_13b_or_more(result):
    f = result.findings
    flagged = f[(f["severity"] != "info") & f["figures"].map(lambda ids: "a0-ms-total" in ids)]
    assert flagged.empty


def test_severity_counts(result):
    counts = result.findings["severity"].value_counts().to_dict()
    # Issue 18: the 2024 round's other investors are parts not stated (info), no longer low;
    # 1200억원 이상 for $120m is a true bound (info), no longer low.
    assert counts.get("high") == 2 and counts.get("medium", 0) == 0 and counts.get("low") == 1
