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
