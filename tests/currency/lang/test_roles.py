"""The role names the languages' word lists share with the code that reads them (`currency.lang`)."""
import pytest

from currency.lang import SHARE_ISSUE, en, ko


@pytest.mark.parametrize("language", [en, ko])
def test_each_language_names_a_share_issue_by_the_shared_role(language):
    # the role is written as a literal in each language's list; a typo there would silently
    # leave that language's issues out of the rule that keeps them from buyers' offers
    assert SHARE_ISSUE in language.AMOUNT_ROLES.values()
