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
    # Why: a colon after a day is a dateline's in some wires' style ("Shillong, June 17:"), but
    # after a name alone it opens a label or a quote ("SEOUL: the talks")
    if parts.get("dash") == ":" and "day" not in parts:
        return None
    # Why: a capitalised word, a comma and a day open prose as often ("In Seoul, May 14 — the
    # day of the verdict — ..."); a wire's agency, wire or colon after the day makes it a dateline
    if m.groupdict().get("city_titled") and ("day" not in parts or not (parts.keys() & {"wire", "agency"}
                                              or parts.get("dash") == ":")):
        return None
    # Why: a timeline's weekday, a note's label and a preposition take a titled city's place
    # ("Monday, March 4: Orbit agrees ...", "Update, May 2:", "In Seoul, May 14 (local time)")
    if m.group("city_titled") and set(m.group("city_titled").replace("-", " ").split()) & L.DATELINE_NOT_CITY:
        return None
    city = next(k for k in m.groupdict() if k.split("_")[0] == "city" and m.group(k))
    return m.end(city), m.end()
