"""A wire dateline opening an article's paragraph ("SEOUL, April 13 (Yonhap) --", "SEOUL, South
Korea (AP) —", "SEOUL —", "(서울=연합뉴스) 홍길동 기자 ="): the one rule of what a dateline is, for
the dates read and the names scanned."""
from __future__ import annotations

import re

from currency import lang as L

_DATELINE = re.compile(L.DATELINE)


def dateline(sentence: str, before: str = "") -> tuple[int, int] | None:
    """(where its city ends, where the dateline ends) when a wire dateline opens `sentence`;
    `before` is the text before it, which must end a paragraph (a line break or nothing)."""
    # Why: a wire sets its dateline at a paragraph's start; capitals and a dash inside a
    # paragraph are prose ("Both said it. LG, Samsung — the two rivals — ...")
    if before.rstrip(" \t\u00a0") and not before.rstrip(" \t\u00a0").endswith("\n"):
        return None
    m = _DATELINE.match(sentence)
    if m is None:
        return None
    parts = {k.split("_")[0]: v for k, v in m.groupdict().items() if v}
    # Why: capitals, a comma and a capitalised word list names as often ("LG, Samsung — both
    # said"); a country after the city comes with the story's day, its wire or its agency
    if "country" in parts and not parts.keys() & {"day", "wire", "agency"}:
        return None
    # Why: capitals and a dash alone open an aside as well ("KDB — the state lender — said");
    # a dateline's dash is not closed by a second one
    if not parts.keys() & {"country", "day", "wire", "agency"} and (
            parts.get("dash") not in L.DATELINE_LONE_DASHES
            or parts["dash"] in sentence[m.end():]):
        return None
    city = next(k for k in m.groupdict() if k.split("_")[0] == "city" and m.group(k))
    return m.end(city), m.end()
