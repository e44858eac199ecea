"""Words saying a total counts interest that runs until it is paid (made-up sentences)."""
import pytest

from currency.text.interest_words import counts_interest


@pytest.mark.parametrize("quote, says", [
    ("Including delayed interest and legal fees, Veltra was ordered to pay $107.8 million.", True),
    ("The court ordered Veltra to pay $5 million plus interest.", True),
    ("배상금과 지연이자를 포함해 총 1,402억원을 물어야 한다.", True),
    ("벨트라가 갚아야 할 원리금은 2,000억원이다.", True),
    # a rate, a year's income or cost, or attention: no running total
    ("With interest rates at 5 %, Veltra paid $3 million.", False),
    ("Funds with interest in Veltra bought $3 million of its shares.", False),
    ("이자율 3%를 더한 1,000억원", False),
    ("이자비용을 포함한 영업비용은 500억원이다.", False),
    ("Veltra earned $2 million in interest income.", False),
    ("Its costs, including interest expense, came to $2 million.", False),
    ("Veltra bought the plant with interest-free loans of $3 million.", False),
    (None, False),
])
def test_counts_interest(quote, says):
    assert counts_interest(quote) is says
