"""An exchange rate's level or move written as an amount of the quote currency ("환율이 120원
가깝게 떨어지면서", "원·달러 환율은 지난 16일 기준 1310원이다"): the price of one unit of another
currency, or its change, not a sum the article states. The words are `currency.lang.FX_SUBJECT`.
"""
from __future__ import annotations

import re

import currency.lang as L
from currency.text.candidate import Candidate

# The rate as its clause's subject, then at most FX_REACH words before the amount: "환율이 120원",
# "환율)은 지난 16일 기준 1310원".
FX_REACH = 3
_FX_BEFORE = re.compile(r"(?:" + L.FX_SUBJECT + r")(?P<between>(?:\s+\S+){0,%d}\s*)$" % FX_REACH)
# Between them, the end of the rate's clause ("환율이 오르면서 주가가 3000원") or another subject
# (a word with its subject's or topic's particle) makes the amount another thing's.
_OTHER_CLAUSE = re.compile(r"(?:" + L.CLAUSE_BREAK + r")|[가-힣](?:이|가|은|는)\s")


def rate_level(text: str, c: Candidate) -> str | None:
    """Why the amount is an exchange rate's level or move, or None. Only a number written without
    a place word (1310원, not 2조원): a rate is the price of one unit, and a sum the rate moved
    ("환율이 오르며 매출이 2조원 늘었다") is written with one."""
    a = c.amount
    if a.magnitude_word or c.pair or not a.currency:
        return None
    m = _FX_BEFORE.search(text, max(c.sentence_start, a.start - 40), a.start)
    if m is None or _OTHER_CLAUSE.search(m.group("between") + " "):
        return None
    return (f"an exchange rate's level or move: {text[m.start():a.end]!r} names the rate, "
            "not a sum")
