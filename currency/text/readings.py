"""Each distinct amount text read once per process: a figure's amount is read when the table is
validated and again when it is normalized, and large tables repeat the same texts."""
from __future__ import annotations

import functools

from currency.amount import Amount, TwoCurrencies
from currency.text.reader import GARBLED_NOTE, AmountError, Garbled, read_garbled, read_whole


@functools.lru_cache(maxsize=1 << 16)
def read_once(text: str) -> Amount:
    """`read_whole(text)` (a figure's cell is one amount and nothing else), remembered (an Amount is frozen, so sharing it is safe); a text that
    does not read raises AmountError every time and is not remembered."""
    return read_whole(text)


def garbled_once(text: str) -> Garbled | None:
    """`read_garbled(text)`, from the text's remembered reading where it has one: a reading that
    is not marked garbled is none (the reader reads a cell as it reads the amount, keeping the
    mark), so only a garbled or unreadable text is read again."""
    return marks_once(text)[0]


def two_currencies_once(text: str) -> TwoCurrencies | None:
    """The record of a text written with two currencies (`Amount.two_currencies`), from its
    remembered reading; None for any other text, and for one that does not read (the table's
    rules report it)."""
    try:
        return read_once(text).two_currencies
    except AmountError:
        return None


def marks_once(text: str) -> tuple[Garbled | None, TwoCurrencies | None]:
    """What a cell's text says of its figure's use as evidence, from one reading: garbled
    (`garbled_once`), and written with two currencies (its reading's record; None for a text
    that does not read, which the table's rules report)."""
    # Fast while `read_once` remembers the cell; past its size a cell is read whole again, which
    # costs more than `read_garbled` alone but says the same.
    try:
        amount = read_once(text)
    except AmountError:
        return read_garbled(text), None
    garbled = any(n.startswith(GARBLED_NOTE) for n in amount.notes)
    return (read_garbled(text) if garbled else None), two_currencies_once(text)
