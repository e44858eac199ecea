"""The names of the stages the language data gives a figure (`STAGE_WORDS`, `STAGE_BESIDE`), kept
in one place: the scan's rules on the open and a level moved to test these very names."""
from __future__ import annotations

# kinds of stage
SESSION = "session"     # a trading day's price: offer, open, high, low, close
OPENING = "opening"     # the open against a level moved to after it
TARGET = "target"       # a target or expected value against the value a session gave; also
                        # the stage of that kind a target or an expected value is in
CLAIM = "claim"         # an amount a party asks of a court or a tribunal against the one decided
# stages
OPEN = "open"
CLOSE = "close"
HIGH = "high"
LOW = "low"
OFFER = "offer"
MARKETED = "marketed"   # the range an offer is marketed at, against the price it is priced at
MOVED = "moved"
TRADING = "trading"     # a price while the session goes on, read at a time of day
ACTUAL = "actual"
SUPPOSED = "supposed"   # a computation on a supposed amount ("7만원이면", "if priced at $21, ...
                        # would raise"), of the target kind: neither a forecast nor what was done
CLAIMED = "claimed"
DECIDED = "decided"

# The stages of a session that are prices the market gave, not one offered for a share.
MARKET_STAGES = frozenset((OPEN, CLOSE, HIGH, LOW, TRADING))
