"""How scan reads an English word for matching and naming facts."""
import pytest

from reconcile.scan.words import tokens


@pytest.mark.parametrize("plural, singular", [("losses", "loss"), ("taxes", "tax"),
                                              ("deals", "deal"), ("companies", "company"),
                                              ("Motors", "motor")])
def test_a_plural_reads_as_its_singular(plural, singular):
    """A plural and its singular are one word to scan: "operating losses" in one article and
    "operating loss" in another share it, and a key never ends in a cut word ("losse")."""
    assert [t.form for t in tokens(f"the {plural}")] == [singular]
