"""How numbers look to a reader: compact money, intervals with open sides, rates with dates."""
from __future__ import annotations

import functools
import math

_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "mn"), (1e3, "k"))


@functools.lru_cache(maxsize=65536)
def compact(value: float, digits: int = 4, toward: str = "nearest") -> str:
    """12300000000000 -> '12.3 tn'; keeps `digits` significant digits, drops trailing zeros.

    `toward` "down" or "up" rounds outward, for the ends of an interval.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "?"
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    sign = "-" if value < 0 else ""
    v = abs(value)
    if sign:
        toward = {"down": "up", "up": "down"}.get(toward, toward)
    for scale, word in _SCALES:
        if v >= scale:
            return f"{sign}{_sig(v / scale, digits, toward)} {word}"
    return f"{sign}{_sig(v, digits, toward)}"


def _sig(v: float, digits: int, toward: str = "nearest") -> str:
    if v == 0:
        return "0"
    decimals = max(0, digits - 1 - int(math.floor(math.log10(v))))
    if toward != "nearest":
        step = 10.0 ** decimals
        # a hair of slack so that 9.95 stays 9.95 and does not become 9.94 through float noise
        v = (math.floor(v * step + 1e-9) if toward == "down" else math.ceil(v * step - 1e-9)) / step
    return f"{v:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{v:.0f}"


def money(value: float, unit: str) -> str:
    """'10 bn USD', '5 bn USD / year'."""
    return f"{compact(value)} {unit}"


# Cached as `compact` is: a message names the same consensus, part or total interval again and
# again (at 100k figures, 106,882 intervals of 2,588 distinct ones).
def _number(text: str) -> float:
    """The number a `compact` text stands for ('130.2 k' -> 130200.0; '∞' -> inf)."""
    if text == "?":
        return math.nan
    if text.lstrip("-") == "∞":
        return -math.inf if text.startswith("-") else math.inf
    number, _, word = text.partition(" ")
    return float(number) * dict((w, x) for x, w in _SCALES).get(word, 1.0)


@functools.lru_cache(maxsize=65536)
def interval(low: float, high: float, unit: str = "") -> str:
    """'[9.95 bn, 10.05 bn] USD'; an open side shows as ∞; enough digits to tell the ends apart
    and to show the width: each end rounded outward by at most a tenth of it, so 130,100 ± 50 is
    [130.05 k, 130.15 k], not [130 k, 130.2 k], twice as wide."""
    return bracket(*interval_ends(low, high), unit)


def bracket(lo: str, hi: str, unit: str = "") -> str:
    """An interval's printed ends (`interval_ends`) as `interval` writes them."""
    return f"{_ends(lo, hi, '[{}, {}]')} {unit}".rstrip()


@functools.lru_cache(maxsize=65536)
def interval_ends(low: float, high: float) -> tuple[str, str]:
    """The two ends as `interval` prints them: a sentence naming one end says it alike."""
    slack = (high - low) / 10
    for digits in range(4, 10):
        lo, hi = compact(low, digits, "down"), compact(high, digits, "up")
        # An open side (∞) has no width to show: its first digits do (and ∞ - ∞ is no number).
        if low == high or not math.isfinite(slack) or (
                lo != hi and not slack < max(low - _number(lo), _number(hi) - high)):
            break
    return lo, hi


def _ends(lo: str, hi: str, pair: str) -> str:
    """Two ends as `pair` puts them, or one text when they print alike: a range that shows one
    value says that value once, never "x–x"."""
    return lo if lo == hi else pair.format(lo, hi)


def quoted(low: float, high: float, base: str, quote: str, turn: bool | None = None
           ) -> tuple[float, float, str, str]:
    """A rate band of `quote` per `base` turned the way people quote it: below one it is turned
    over (0.000741 USD/KRW becomes 1,349.2 KRW/USD), the ends swapping places. `turn` decides
    for a sentence that names several rates of one pair, so that all read one way."""
    if turn is None:
        turn = turns(high)
    if turn:
        return (*turned(low, high), quote, base)
    return low, high, base, quote


def turns(high):
    """Whether rates up to `high` read turned over (KRW per USD, not USD per KRW): when `high` is
    above zero and below one. A number, or a numpy array element by element."""
    return (high > 0) & (high < 1)


def turned(low: float, high: float) -> tuple[float, float]:
    """A band of rates turned over (`quoted`): 1/high to 1/low, an open side at 0 or ∞."""
    return (1 / high if high else math.inf), (1 / low if low > 0 else math.inf)


def rate(value: float, base: str, quote: str, turn: bool | None = None) -> str:
    """`value` units of `quote` per `base` as people quote a rate ('1,228.65 KRW/USD', never
    0.000814 USD/KRW), with the precision a reader needs; `turn` as `quoted` takes it."""
    value, _, base, quote = quoted(value, value, base, quote, turn)
    return f"{_rate_number(value)} {quote}/{base}"


def _rate_number(value: float, more: int = 0) -> str:
    """A rate's number: two decimals from 100 up, else six significant digits; `more` digits
    beyond those."""
    if not math.isfinite(value):
        return "∞"
    return f"{value:,.{2 + more}f}" if value >= 100 else f"{value:.{6 + more}g}"


def times(ratio: float, digits: int | None = None) -> str:
    """A ratio for a sentence: '10.0×', '1.32×'; to `digits` significant digits, whole from
    10×, with thousands marked ('1,300×', '25×', '2.5×' at two)."""
    if not math.isfinite(ratio):
        return "∞×"
    if digits is None:
        return f"{ratio:.3g}×"
    rounded = float(f"{ratio:.{digits}g}")
    return f"{rounded:,.0f}×" if rounded >= 10 else f"{rounded:g}×"


def rate_range(low: float, high: float, base: str, quote: str, turn: bool | None = None) -> str:
    """'1,150.2–1,209.6 KRW/USD', turned over as `rate` turns it; an open side shows as ∞; ends
    that print alike get up to four more digits to tell them apart, else one rate is said."""
    low, high, base, quote = quoted(low, high, base, quote, turn)
    return f"{_ends(*_numbers_apart(low, high), '{}–{}')} {quote}/{base}"


def dated_rates(a: tuple, z: tuple, base: str, quote: str, turn: bool | None = None) -> str:
    """A band's two (rate, day) ends in the order given, each with its day and `rate_range`'s
    digits; ends that print alike say the rate once, on its day or days."""
    (x, dx), (y, dy) = a, z
    if turn is None:
        turn = turns(max(x, y))
    # Each end turned on its own: the order given (often by day) is kept, not low to high.
    x, _, shown_base, shown_quote = quoted(x, x, base, quote, turn)
    nx, ny = _numbers_apart(x, quoted(y, y, base, quote, turn)[0])
    unit = f"{shown_quote}/{shown_base}"
    if nx == ny:
        return f"{nx} {unit} on " + " and ".join(sorted({str(dx), str(dy)}))
    return f"{nx} {unit} ({dx}) to {ny} {unit} ({dy})"


def _numbers_apart(x: float, y: float) -> tuple[str, str]:
    """Two rates' numbers with as many more digits (up to four) as tell them apart; the one
    number twice when none does, so that callers say it once."""
    for more in range(5):
        nx, ny = _rate_number(x, more), _rate_number(y, more)
        if nx != ny:
            return nx, ny
    return _rate_number(x), _rate_number(x)
