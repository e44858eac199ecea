"""An amount as written: value, unit, precision, hedge, and the interval they imply.

The interval rule (README, "How a figure becomes an interval"), written once here and used by
`convert` and by every check (`stated_interval`):
- the reader's reading: the last stated digit p gives [v - p/2, v + p/2]; approx (약, about) widens
  both sides by APPROX_WIDENING of v; nearly (거의) only the lower side; at_least (이상, more than)
  opens the upper side; at_most (최대, up to) opens the lower side (to 0); a range (1~2조) runs
  from its first end's low to its second end's high; 수십억 is a range;
- the stated interval: trailing zeros of a whole number may be rounding, so the rounding unit u is
  the place of the last nonzero digit, never coarser than the second significant digit, unless
  the zeros are ones a myriad place word forces on one digit of 2 or more (`30억 달러` is
  `$3 billion`: u is 10억, as in English); money of
  three or more digits with a place word may be truncated (up to a whole u above); the hedge's
  widening is carried over; on a restatement 약 adds nothing (the rounding unit covers it).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from currency.data.codes import has_fraction
from currency.lang import MYRIAD_PLACES, MYRIAD_STEP, SHORT_SCALE_PLACES

APPROX_WIDENING = 0.02
# The hedge kinds `hedged` widens by APPROX_WIDENING: approx on both sides, nearly only below.
WIDENING_HEDGES = ("approx", "nearly")
# Two statements of one amount differ by rounding, a hedge, a conversion's rate or a truncation:
# within this factor. Further apart they are two quantities, unless a slip explains it: a
# slipped unit (scan's grouping), or a conversion written with its original's currency word
# ("80억달러(약 9조6000억달러)": extract pairs it, the restatement check names the slip). Rates
# near 1 (EUR/USD) cannot be told from a second amount and are left.
ONE_AMOUNT_RATIO = 2.0


def beyond_one_amount(ratio):
    """Whether values `ratio` times apart (a number or an array) are more than one amount's
    statements can differ (ONE_AMOUNT_RATIO either way)."""
    return (ratio >= ONE_AMOUNT_RATIO) | (ratio <= 1 / ONE_AMOUNT_RATIO)


def meets(lo, hi, other_lo, other_hi):
    """Whether the intervals lo..hi and other_lo..other_hi share a value (arrays or numbers): the
    one test of two intervals meeting, a rate against its band or a reading against its fact."""
    return (lo <= other_hi) & (other_lo <= hi)


def as_written(value, precision, approx, low, high):
    """The numbers a writer converting a stated amount may have converted (arrays or numbers):
    its stated value, or, when it says it is approximate (`approx`: 약, about), any number within
    its hedge (APPROX_WIDENING) of it, on the sides the hedge widened ("nearly" only below). Not
    its rounding unit: "approximately 6 trillion won" converts 6조, not 6.5조, and "1 billion
    euros ($1.08 billion)" converts one billion."""
    half = precision / 2
    below = approx & (low < value - half)
    above = approx & (high > value + half)
    return value * (1 - APPROX_WIDENING * below), value * (1 + APPROX_WIDENING * above)


# How an amount is bounded: as written, about, at least, at most, or between two values.
BOUNDS = ("exact", "approx", "at_least", "at_most", "range")


@dataclass(frozen=True)
class TwoCurrencies:
    """A reading note: an amount written with two currencies, a sign before the number and a
    currency word after it ("$4.85 trillion won"). It cannot be read as written, and either may
    be the slip: a template's "$" on a won sum, or a stray "won" on a dollar sum ("$13 trillion
    won" for 1경 won of orders). It is read in the word's currency, and both readings are kept
    (`sign_currency`, `read_as`): the two_currencies check weighs each against its fact, and the
    figure takes no part in the other checks."""
    sign: str           # the sign as written ("$")
    sign_currency: str  # the currency the sign names alone ("USD")
    word: str           # the currency word after the number ("won")
    read_as: str        # the currency read: the word's ("KRW")

    def written(self) -> str:
        """Where the two currencies are written, in words (`sentence`, and the check's)."""
        return (f"the sign {self.sign!r} ({self.sign_currency}) before the number and "
                f"{self.word!r} ({self.read_as}) after it")

    def sentence(self) -> str:
        """The note in words, as a figure's note shows it."""
        return (f"written with two currencies: {self.written()}; read as {self.read_as}, the "
                "currency of the word after the number")


@dataclass(frozen=True)
class Amount:
    """A number read from text, with what it measures and how exactly it was stated."""

    text: str
    start: int
    end: int
    value: float
    unit: str | None            # a currency.units name: an ISO currency code, "day", "person"...
    currency: str | None        # ISO 4217 code when the amount is money
    precision: float            # place value of the last stated digit
    hedge: str | None = None    # the hedge words as written, e.g. "약", "more than"
    bound: str = "exact"
    low: float = 0.0
    high: float = 0.0
    per: str | None = None      # "year" or "month" for a rate ("연간 50억 달러")
    vague: bool = False         # 수십억, several billion: an unstated digit
    magnitude_word: bool = False  # a place word (억, billion) was written
    notes: tuple[str, ...] = field(default=())
    sign: str | None = None     # the sign as written ("-", "△", "마이너스", "▲"); value < 0 if negative
    # A name several currencies share ("dinars", "페소", "크로네"): the ones it may mean. The
    # amount is money, but its currency is None until the context or --currency says which.
    currency_options: tuple[str, ...] = ()
    # Where the period word stands when it is not beside the amount but before the noun the
    # amount is the value of ("an annual cap set at $20 billion": `currency.text.periods`).
    per_at: int | None = None
    # A band written with 대 ("1조원대" is [1조, 2조), "억대 초반"), as the reader read it.
    band: bool = False
    # Why the reading may not be money at all, when the reader doubts it ("a two-million-pound
    # load limit": a word of weight as much as a currency); extract reads it at low confidence.
    doubt: str | None = None
    # How the reader read an amount it could not read as written ("$4.85 trillion won"): a
    # record, so a figure's note and a check can show it.
    two_currencies: TwoCurrencies | None = None

    @property
    def span(self) -> str:
        """The exact text that was read."""
        return self.text[self.start:self.end]

    @property
    def kind(self) -> str:
        """money, duration, count, share (27%, 3분의 1, 절반), ratio (3배) or number."""
        if self.currency or self.currency_options:
            return "money"
        if self.unit in ("day", "week", "month", "year", "hour", "minute"):
            return "duration"
        if self.unit in ("person", "occurrence", "item"):
            return "count"
        if self.unit == "percent":
            return "share"
        if self.unit == "multiple":
            return "ratio"
        return "number"

    @property
    def unit_label(self) -> str:
        """The unit with its period, as a `currency.units` expression ("USD / year")."""
        base = self.unit or "dimensionless"
        return f"{base} / {self.per}" if self.per else base

    def quantity(self):
        """The value as a `currency.units.Quantity` carrying its unit (money per year, a duration...)."""
        from currency.units import quantity
        return quantity(self.value, self.unit_label)


def hedged(low: float, high: float, hedge_kind: str | None,
           around: float | None = None) -> tuple[float, float]:
    """[low, high] under a hedge, the one rule every reading uses: approx (약, about) widens both
    sides by APPROX_WIDENING of `around` (else of each end), nearly (거의, 가까이) only the lower
    side; at_least (이상) opens the upper side, at_most (미만) the lower one down to zero."""
    if hedge_kind in WIDENING_HEDGES:
        wide_low = abs(low if around is None else around) * APPROX_WIDENING
        wide_high = abs(high if around is None else around) * APPROX_WIDENING
        return low - wide_low, high + (wide_high if hedge_kind == "approx" else 0.0)
    if hedge_kind == "at_least":
        return low, math.inf
    if hedge_kind == "at_most":
        return 0.0, high
    return low, high


def interval(value: float, precision: float, bound: str, hedge_kind: str | None) -> tuple[float, float]:
    """Low and high of a stated value, from its rounding unit and its hedge kind."""
    half = precision / 2.0
    low, high = hedged(value - half, value + half, hedge_kind, around=value)
    return max(low, 0.0) if value >= 0 else low, high


def bound_of(hedge_kind: str | None) -> str:
    """The public bound name for a hedge kind (nearly is an approximation)."""
    if hedge_kind in (None, "exact"):
        return "exact"
    return "approx" if hedge_kind == "nearly" else hedge_kind


def with_hedge(amount: Amount, hedge: str, hedge_kind: str, start: int | None = None,
               end: int | None = None) -> Amount:
    """The amount re-read with a hedge; widens only the side the hedge speaks of."""
    if amount.bound == "range" or amount.vague or amount.hedge:
        # A second hedge ("약 53조 원 이상") speaks only of its side; the first one's widening stays.
        low, high = amount.low, amount.high
        negative = amount.value < 0   # a stated loss: the hedge speaks of its size
        if hedge_kind == "at_least":
            low, high = (-math.inf, high) if negative else (low, math.inf)
        elif hedge_kind == "at_most":
            low, high = (low, 0.0) if negative else (0.0, high)
        elif hedge_kind in WIDENING_HEDGES:
            # Each end widens by its own share: a range's low may not go below zero.
            low, high = hedged(low, high, hedge_kind)
        kind = amount.bound if amount.bound == "range" or hedge_kind not in (
            "at_least", "at_most") else hedge_kind
    else:
        low, high = interval(amount.value, amount.precision, amount.bound, hedge_kind)
        kind = bound_of(hedge_kind)
    words = hedge if not amount.hedge else f"{amount.hedge} {hedge}"
    return _evolve(amount, hedge=words, bound=kind, low=low, high=high,
                   start=amount.start if start is None else min(start, amount.start),
                   end=amount.end if end is None else max(end, amount.end))


def _evolve(amount: Amount, **changes) -> Amount:
    """`dataclasses.replace` without re-running the frozen __init__ (the reader's hot path)."""
    new = object.__new__(Amount)
    new.__dict__.update(amount.__dict__, **changes)
    return new


_DECIMAL = re.compile(r"\d\.\d")
# Bounds the stated interval models; a range or a vague amount keeps the reader's reading.
MODELLED = ("exact", "approx", "at_least", "at_most")


# "약 6000억" for 5704억: a writer who says "about" of a round figure may have rounded at its
# last nonzero digit (one significant digit), but only where half that unit is a modest share of
# the figure: 약 6000억 may be 5500억 to 6500억 (8 %), 약 4000억 3500억 to 4500억 (12.5 %), 약 100조
# still only 95조 to 105조 (a one-digit rounding there would be 50 %, which no writer means by
# "about"). An eighth admits a leading 4 and stops before a leading 3 (17 %): the development
# corpora's labellers judged "about 400" of 373.6 (+7 %) and of 436 (-8.4 %) agreeing roundings,
# and none of their real discrepancies is lost until a leading 1 (50 %) is admitted. Percentages
# too: "about 50%" of 52 % is how writers round a share, and a point more than 5 % off still
# agrees only through its hedge, which the same-fact check flags (low).
HEDGED_ROUNDING = 0.125

# A round figure is read as another article's finer figure rounded only this close to it: an
# eighth is for a figure its own article states more finely (the writer shows the rounding); of
# another article's figure it would hide gaps a fact-checker still wants flagged. "$900 million"
# for $891.1 million (1.0 %) is a writer's rounding; "$900 million" for two reports' $870 million
# (3.4 %), "$20 billion" for $20.7 billion (3.5 %) or "$600m" for $640m (6.7 %) stay flagged, as
# a review asked: a gap of $30 million on a deal under $1 billion is worth a look. The development
# corpora's nearest real discrepancy of this shape is 18 % off, so they do not set the bound.
OTHERS_ROUNDING = 0.025


def within_hedged_rounding(offset: float, value: float, share: float = HEDGED_ROUNDING) -> bool:
    """Whether a number `offset` away from a round figure's `value` is as far as a writer's
    one-digit rounding goes (`share` of the figure, HEDGED_ROUNDING unless told; the float slack
    keeps a bound's edge, a leading 4's half unit exactly an eighth, in)."""
    return abs(offset) <= share * abs(value) * (1 + 1e-9)


def last_nonzero_place(value: float, precision: float, span: str | None = None) -> float:
    """The place of a written number's last non-zero digit ("2000억": 1000억; "11조": 1조;
    "2074억": 1억), from its value and the place of its last written digit; that place itself
    when a zero after the decimal point is written (`span`: "$10.0 billion" states its tenths)
    or the number has no digit (zero, or no place known)."""
    digits = _written_digits(value, precision, span)
    return precision if digits is None else digits[2]


def _written_digits(value: float, precision: float, span: str | None) -> tuple | None:
    """(n, zeros, place): a written number as a count of its last written digit's place, its
    trailing zeros and its last non-zero digit's place; None when it has no digit to round at
    (no place known, not finite, zero) or states a zero after the decimal point on purpose."""
    if not (precision > 0) or not math.isfinite(value):
        return None
    if isinstance(span, str) and _DECIMAL.search(span):
        return None
    n = round(abs(value) / precision)
    if n <= 0:
        return None
    zeros = len(str(n)) - len(str(n).rstrip("0"))
    return n, zeros, precision * 10.0 ** zeros


def rounding_unit(value: float, precision: float, span: str, about: bool = False) -> float:
    """The rounding unit of a stated number under the trailing-zero rule (`6500억`: 100억);
    `about` (약, about) lets a round figure be rounded at its last nonzero digit within
    HEDGED_ROUNDING."""
    digits = _written_digits(value, precision, span)
    if digits is None:
        return precision
    n, zeros, last_nonzero = digits
    lead = math.floor(math.log10(abs(value)))
    if about and within_hedged_rounding(last_nonzero / 2, value):
        return max(precision, last_nonzero)
    coarsest = 10.0 ** lead if _zeros_the_word_forces(n, zeros, span, lead) else \
        10.0 ** (lead - 1)
    return max(precision, min(last_nonzero, coarsest))


# Any myriad place word, to find the one a span is written in.
_MYRIAD_WORD = re.compile("|".join(MYRIAD_PLACES))


def _zeros_the_word_forces(n: int, zeros: int, span: str, lead: int) -> bool:
    """Whether a number is one digit of 2 or more and zeros that its myriad place word forces: the
    digit stands at a place the short scale names alone (`SHORT_SCALE_PLACES`) and no myriad word
    does, and the zeros stop short of the next myriad word. "30억 달러" can only be how Korean
    writes "$3 billion" (2.5 to 3.5 billion), "300만 달러" "$3 million". English spellings keep
    the second digit ("$300 million", "3,000 million dollars": the writer chose the zeros); a
    leading 1 too ("10억 달러" is 9.5억 to 10.5억): half its digit is 50 % of it, no rounding
    (HEDGED_ROUNDING)."""
    if not 0 < zeros < MYRIAD_STEP or n // 10 ** zeros < 2 or lead not in SHORT_SCALE_PLACES:
        return False
    word = _MYRIAD_WORD.search(span) if isinstance(span, str) else None
    return word is not None and lead - zeros == MYRIAD_PLACES[word.group()]


def stated_interval(value: float, precision: float, span: str, bound: str, low: float,
                    high: float, currency: str | None, vague: bool = False,
                    restatement: bool = False) -> tuple[float, float, float]:
    """The rounding unit and the interval (u, low, high) a stated amount stands for, from the
    reader's reading (value, precision, bound, low, high) of its text `span`; `currency`: the
    code of its money, None (or NaN) for a number that is no money."""
    if bound not in MODELLED or vague:
        return precision, low, high
    extra_low = max((value - precision / 2) - low, 0.0)
    extra_high = max(high - (value + precision / 2), 0.0)
    symmetric = bound == "approx" and extra_high > 0
    # Only a hedge that widens both sides (약, about, 가량) says "rounded": not nearly, 가까이.
    plain = rounding_unit(value, precision, span)
    u = rounding_unit(value, precision, span, True) if symmetric and extra_low > 0 else plain
    # 약 read as a rounding at the last nonzero digit is that rounding: no widening on top.
    if (restatement and symmetric) or u > plain:
        extra_low = extra_high = 0.0
    s_low = value - u / 2 - extra_low
    if value >= 0:
        s_low = 0.0 if bound == "at_most" else max(s_low, 0.0)
    # An amount of three or more digits written with a place word (6532억, 65.4 billion) stands
    # for a longer number, which filings and newsrooms truncate as often as they round: up to a
    # whole unit above. One or two digits ("$2 billion") are read as a rounding here; two whose
    # last is not a zero may still be a longer number cut short (`cut_short`), which the
    # same-fact check notes instead of counting as agreement. So may three or more digits written
    # out to the unit, the last not a zero, of a currency with cents ("$28,903,188" for
    # $28,903,188.90): cents dropped ("$74,550" is rounded to tens, no cents cut). Not a
    # conversion: its writer rounds what the arithmetic gives.
    truncated = bound == "exact" and isinstance(currency, str) and abs(value) >= 100 * u and \
        (scaled(precision) or precision == u == 1 and not restatement and has_fraction(currency))
    s_high = value + (2 * u if truncated else u) / 2 + extra_high if math.isfinite(high) \
        else math.inf
    return u, s_low, s_high


def scaled(precision):
    """Whether digits were written with a place word (billion, 억), whose place is worth more than
    one: only then may a longer number stand behind them, cut or rounded ("$81", "149,700원" and
    "$81,000,000" are written out in full). Arrays or numbers."""
    return precision > 1


def cut_short(value: float, u: float) -> bool:
    """Whether digits as written may be a longer number cut after their last digit, not rounded:
    two or more, the last not a zero ("4.8 trillion" for 4.89; not "$2 billion", "10조")."""
    n = round(abs(value) / u) if u > 0 and math.isfinite(value) else 0
    return n >= 10 and n % 10 != 0


def stated(amount: Amount, restatement: bool = False) -> tuple[float, float, float]:
    """`stated_interval` of an amount read by the reader."""
    return stated_interval(amount.value, amount.precision, amount.span, amount.bound,
                           amount.low, amount.high, amount.currency, amount.vague, restatement)
