"""An article's publication date from what the article itself carries: its header line, its page's
metadata, or a dateline printed in its text. Nothing here guesses: a date that is written but
cannot be read is a problem said in words, and no date is None.
"""
from __future__ import annotations

import datetime as dt
import re

from currency.data.periods import PUBLISHED_FORMS, Period, PeriodError, parse_period

# The labels a news page prints before its publication date. First publication only: 수정,
# "Updated" and "Modified" date a later change, not the article. (Data, not rules: add forms here.)
DATELINE_LABELS_KO = ("기사입력", "최초입력", "입력", "등록", "게재", "발행", "송고")
DATELINE_LABELS_EN = ("First published", "Published on", "Published", "Posted on", "Posted",
                      "Publication date", "Date published")
MONTHS = {name: n for n, names in enumerate(
    (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")), 1) for name in names}

_LABEL = (r"(?:(?<![가-힣])(?:" + "|".join(DATELINE_LABELS_KO) + r")|\b(?:"
          + "|".join(re.escape(w) for w in DATELINE_LABELS_EN) + r"))")
_MONTH = r"(?P<mon>[A-Za-z]{3,9})\.?"
# What may follow the label: ":", "：", "|", "시간", "일" ("입력일 2024.03.27") and spaces.
_GAP = r"\s*(?:일|시간|일시|date|time)?\s*[:：|]?\s*"
_DATES = (
    r"(?P<y>\d{4})\s*[.\-/]\s*(?P<m>\d{1,2})\s*[.\-/]\s*(?P<d>\d{1,2})(?!\d)",
    r"(?P<y>\d{4})년\s*(?P<m>\d{1,2})월\s*(?P<d>\d{1,2})일",
    _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})",
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<y>\d{4})",
)
DATELINE = [re.compile(_LABEL + _GAP + d, re.I) for d in _DATES]
# Where a dateline is looked for: a page prints it near the top or at the very end.
DATELINE_HEAD, DATELINE_TAIL = 1500, 1500

# The first line of an article file that carries its metadata:
# "# source: URL | published: YYYY-MM-DD | publisher: NAME"
_HEADER = re.compile(r"^\ufeff?#\s*(?P<body>[a-z_ ]+:.*)$", re.I)


def read_published(text: str) -> tuple[Period | None, str | None]:
    """A publication date written YYYY-MM-DD, YYYY-MM or YYYY (a day, or the month or year it
    fell in, as `add` and `extract --published` take it; never a span of days), or (None, why it
    cannot be read)."""
    from reconcile.store.figures import published_problem
    try:
        period = parse_period(text, PUBLISHED_FORMS)
    except PeriodError as exc:
        return None, str(exc)
    # The figures file's range: a date outside it was said as each proposed figure's as_of.
    why = published_problem(text)
    return (None, f"{text}: {why}") if why else (period, None)


def header_line(text: str) -> tuple[dict[str, str], str] | None:
    """The fields of a first line `# source: URL | published: YYYY-MM-DD | publisher: NAME`
    (keys lower case) and the text after it; None when the first line is not one."""
    first, _, rest = text.partition("\n")
    m = _HEADER.match(first.rstrip("\r"))
    if not m:
        return None
    fields = {}
    for part in m.group("body").split(" | "):
        key, sep, value = part.partition(":")
        if not sep:
            return None
        fields[key.strip().lower()] = value.strip()
    if not {"source", "published"} & set(fields):
        return None         # a Markdown heading that happens to hold a colon
    return fields, rest


def dateline(text: str) -> tuple[dt.date | None, str, str | None]:
    """The first publication dateline near the top or the end of the text: (day, its words,
    None), or (None, its words, why the date cannot be read), or (None, "", None) for none."""
    head = text[:DATELINE_HEAD]
    tail_start = max(len(head), len(text) - DATELINE_TAIL)
    for part in (head, text[tail_start:]):
        found = [m for pattern in DATELINE for m in pattern.finditer(part)]
        if not found:
            continue
        m = min(found, key=lambda m: m.start())
        words = " ".join(m.group(0).split())
        year, day = int(m.group("y")), int(m.group("d"))
        if "mon" in m.groupdict() and m.group("mon") is not None:
            month = MONTHS.get(m.group("mon").lower())
            if month is None:
                continue        # "Posted 12 hours ago, 2024": not a month name
        else:
            month = int(m.group("m"))
        try:
            return dt.date(year, month, day), words, None
        except ValueError as exc:
            return None, words, f"the dateline {words!r} is not a date ({exc})"
    return None, "", None


def page_date(html: str, url: str | None = None) -> dt.date | None:
    """The publication date a saved page's metadata gives (htmldate, no search of the text)."""
    from htmldate import find_date
    try:
        found = find_date(html, url=url, extensive_search=False, original_date=True,
                          outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        return None
    return dt.date.fromisoformat(found) if found else None
