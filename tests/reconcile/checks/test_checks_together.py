"""The checks together: which figures are compared at all, how the findings of several checks
about one figure merge, and one test file per check.

The tests of each check are in tests/reconcile/checks/test_<check>.py."""
from pathlib import Path

import tests.reconcile.checks as check_tests
from reconcile.checks import CHECKS
from reconcile.engines.local import reconcile
from reconcile.model import findings as F
from tests.helpers import findings, serious, table
from tests.reconcile.checks.cases import NEARLY, RIGHT, WRONG

CHECK_TESTS = Path(check_tests.__file__).resolve().parent      # wherever this file moves


def test_different_facts_sharing_a_number_are_never_compared():
    assert findings(dict(metric="a", amount="10억 달러"), dict(metric="b", amount="1억 달러")).empty


def test_a_merged_finding_names_one_subject_with_its_own_interval():
    rec = reconcile(table(WRONG, RIGHT, dict(RIGHT, id="b2", source="b2.txt"), NEARLY))
    s = serious(rec.findings)
    assert len(s) == 1 and set(s.iloc[0].check) == {"same_fact", "digits"}
    row = s.iloc[0]
    assert row.flagged == ("a-378",) and row.record.message.startswith('a-378 ("$3.78 billion"')
    assert "a-378" not in row.against
    assert row.value_low <= 3.78e9 <= row.value_high and row.value_high < 3.8e9
    merged = [x for x in rec.records if x.flagged == ("a-378",)][0]
    for e in merged.evidence:
        assert "a-378" not in e.against


def test_evidence_never_lists_its_subject_as_a_yardstick():
    rec = reconcile(table(WRONG, RIGHT, NEARLY, dict(RIGHT, id="b2", source="b2.txt")))
    for finding in rec.records:
        assert isinstance(finding, F.Finding)
        for e in finding.evidence:
            assert not set(finding.flagged) & set(e.against)


def test_every_registered_check_has_its_own_test_file():
    missing = [n for n in CHECKS if not (CHECK_TESTS / f"test_{n}.py").is_file()]
    assert not missing, f"no tests/reconcile/checks/test_<name>.py for {missing}"
