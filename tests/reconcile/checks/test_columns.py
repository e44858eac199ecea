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
