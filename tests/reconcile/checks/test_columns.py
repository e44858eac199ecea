"""The columns the checks rely on (reconcile/checks/columns.py) are what the engine gives them."""
import pandera.pandas as pa
import pytest

from reconcile.checks.columns import evidence_schema
from reconcile.engines.local import evidence_base
from tests.helpers import table


def test_the_evidence_base_has_every_documented_column(sample_figures):
    evidence_schema().validate(evidence_base(sample_figures))


def test_a_missing_column_is_caught():
    df = evidence_base(table(dict(metric="m", amount="$1B"), dict(metric="m", amount="$2B")))
    with pytest.raises(pa.errors.SchemaError):
        evidence_schema().validate(df.drop(columns=["c_low"]))


def test_the_evidence_base_keeps_no_column_that_nothing_reads():
    """Each column costs 8 bytes a figure until the report is written: whether a restatement
    link was stated or inferred, the first day of publication (read once, for the as_of window)
    and each figure's best count (read inside the vote) are not kept."""
    df = evidence_base(table(
        dict(id="a", metric="m", amount="$1B", published="2020-01-02", as_of="2020-01-02"),
        dict(id="b", metric="m", amount="$1.1B", published="2020-01-03", as_of="2020-01-02"),
        dict(id="c", metric="m", amount="1조 2000억 원", published="2020-01-03",
             as_of="2020-01-02", restates="b")))
    assert not {"link", "pub_first", "best_count"} & set(df.columns)
    assert {"original", "pub_last", "as_of_news", "agrees"} <= set(df.columns)


def test_the_agreement_columns_are_fact_agreement_spread_over_every_row(sample_figures):
    """`evidence_base` sets them by position; `fact_agreement` (original figures only) is built
    from the same arrays: equal on the originals, text as objects in both, and a restatement's
    row as it has no vote."""
    import pandas as pd

    from reconcile.checks.common import fact_agreement
    df = evidence_base(sample_figures)
    own = fact_agreement(df)
    originals = df.loc[own.index, own.columns]
    pd.testing.assert_frame_equal(own, originals, check_dtype=False, check_exact=True)
    assert (own["status"].dtype, own["side"].dtype) == (object, object)
    restated = df[df["role"].eq("restatement")]
    assert len(restated) and restated["grp"].isna().all() and not restated["agrees"].any()
    assert set(restated["status"]) == {"restatement"} and set(restated["side"]) == {""}
    assert (restated["n_grp"] == 0).all() and not restated["votes"].any()
