"""A wire dateline opening a sentence ("SEOUL, April 13 (Yonhap) --", "SEOUL, South Korea (AP)
—", "SEOUL —"): the one rule of what a dateline is, for the dates read and the names scanned."""
from __future__ import annotations

import re

from currency import lang as L

_DATELINE = re.compile(L.DATELINE)
# The dashes that may follow a city alone ("SEOUL —", "SEOUL --"); a hyphen there is a
# parenthesis as often ("SK - the group - said")
_LONE_CITY_DASHES = ("—", "--")


def dateline(sentence: str) -> tuple[int, int] | None:
    """(where its city ends, where the dateline ends) when a wire dateline opens `sentence`."""
    m = _DATELINE.match(sentence)
    if m is None:
        return None
    alone = not any(m.group(k) for k in ("country", "day", "wire", "agency"))
    # Why: capitals and a dash alone open an aside as well ("KDB — the state lender — said");
    # a dateline's dash is not closed by a second one
    if alone and (m.group("dash") not in _LONE_CITY_DASHES
                  or m.group("dash") in sentence[m.end():]):
        return None
    return m.end("city"), m.end()
