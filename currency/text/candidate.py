"""The candidate record: a figure the text states, as `extract` proposes it, and its JSON shape.
Apart from the pipeline so that the rules it calls (`layout`, `conversions`, `dating`) name the
record without importing the pipeline back."""
from __future__ import annotations

from dataclasses import dataclass, field

from currency.amount import Amount, stated_interval


@dataclass
class Candidate:
    """A figure the text states, as proposed to the user."""

    index: int
    amount: Amount
    sentence: str
    sentence_start: int
    currency: str | None
    currency_from: str | None = None      # why an inferred currency was chosen
    as_of: str | None = None
    as_of_from: str | None = None         # the date words as_of was read from
    as_of_basis: str | None = None        # "sentence"; "deal": an earlier sentence dating the
    #                                       deal whose terms it states; "then": an earlier
    #                                       sentence "at the time (of)" points at; "article":
    #                                       its news date
    as_of_local: bool = False             # its date's words mark it the local time of where
    #                                       its event happened ("20일(현지시간)")
    as_of_home: bool = False              # its day (its sentence's, its news date's) is marked
    #                                       as the report's home clock ("13일(한국시간)"), not
    #                                       the event's
    as_of_said: bool = False              # its day's words (its sentence's, its news date's)
    #                                       date the saying on it ("...고 10일 밝혔다"), not a
    #                                       deed ("10일 ... 체결했다")
    as_of_deed: bool = False              # its news date is the deed's day the lead's quote
    #                                       writes ("3일 ... 지난 2일 수주했다고 밝혔다")
    as_of_compared: bool = False          # its own sentence's date is the other term of a
    #                                       comparison ("전년 동기 3조원", "a year earlier")
    confidence: str = "high"
    reason: str | None = None
    pair: dict | None = None
    notes: list[str] = field(default_factory=list)
    capital: tuple[str, str, int] | None = None     # (code, word, offset): a capital naming one
    #                                                 of a shared name's options, which decides
    #                                                 only if no conversion stands beside it

    @property
    def start(self) -> int:
        return self.amount.start

    @property
    def end(self) -> int:
        return self.amount.end

    def as_dict(self) -> dict:
        """The JSON shape of a candidate."""
        a = self.amount
        unit = a.unit_label
        if self.currency and self.currency != a.currency:
            # An inferred currency stands where the amount read none, or where it read the
            # US dollar of a bare "$" that the article's country makes its own dollar.
            unit = unit.replace(a.currency or "dimensionless", self.currency, 1)
        # low/high: what every check compares this text as, a figure of this currency (one
        # rule: `currency.amount.stated_interval`); read_low/read_high: the reader's own reading.
        _, low, high = stated_interval(a.value, a.precision, a.span, a.bound, a.low, a.high,
                                       self.currency, a.vague)
        return {
            "index": self.index, "amount": a.span, "value": a.value, "currency": self.currency,
            "currency_inferred": self.currency_from, "unit": unit, "kind":
                "money" if self.currency else a.kind,
            "low": _finite(low), "high": _finite(high), "read_low": _finite(a.low),
            "read_high": _finite(a.high), "bound": a.bound, "hedge": a.hedge,
            "start": a.start, "end": a.end, "sentence": self.sentence,
            "as_of": self.as_of, "as_of_from": self.as_of_from, "as_of_basis": self.as_of_basis,
            "confidence": self.confidence, "reason": self.reason, "pair": self.pair,
            "notes": self.notes,
        }


def _finite(x: float):
    return x if x == x and abs(x) != float("inf") else None
