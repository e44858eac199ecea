"""Slips seen in how one amount is written, before it is compared with any other figure."""
from __future__ import annotations

import re

import currency.lang as L

_GAPS = tuple((re.compile(pattern), lost, written) for pattern, lost, written in L.PLACE_GAPS)


def place_gap(text: str) -> str | None:
    """`text` with the place word it most likely lost put back ("47조4800원" -> "47조4800억원",
    "4조7000만원" -> "4조7000억원"), or None when no place word is missing."""
    for rx, lost, written in _GAPS:
        if m := rx.search(text):
            end = m.end("rest")
            return text[:end] + lost + text[end + len(written):]
    return None
