"""Phrases the extractor writes into a proposed figure's note that later stages read back.

Kept apart from `currency.text.extract` so that a report, which only reads notes, does not load
the extractor (its patterns cost about a tenth of the report's start-up)."""
from __future__ import annotations

# How the reason of a currency read from a rate, not from the text, begins: the checks cap what
# such a figure takes part in (`reconcile.model.inferred`).
INFERRED_FROM_RATE = "inferred from the rate, not written: "
