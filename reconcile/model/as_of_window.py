"""When a figure's as_of is a window rather than a day: an as_of read from its article's date.

A sentence that names no date leaves the figure with its article's news date (what `extract`
proposes: the dateline's day or the publication date). The event it reports happened on that day
or in the days before it, so two such figures of one fact, from articles a day apart, state one
time. The figures file does not say where an as_of came from; the rule reads it from the dates:
a single-day as_of on its publication day or at most NEWS_DAYS before it is a news date, and
stands for the window from WINDOW_DAYS before it up to it. So is a span of days
(`YYYY-MM-DD/YYYY-MM-DD`) whose last day is so near publication: a day written by the report's
home clock is the day before and that day, and the event a news date reports is no more recent
for being on that clock. A running total (kind cumulative) changes from day to day, so its day
stays a day. Periods (`2019`, `2024-03`) and days stated further from publication are printed
dates and stay as they are.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from currency.data.periods import parse_period
from reconcile.model.distinct import numbered

# A news date is at most this many days before publication (a dateline of yesterday, a weekly).
NEWS_DAYS = 7
# A figure dated by its article's news date may report an event of this many days before it.
WINDOW_DAYS = 7
# Figures of one metric this many days apart or fewer that are still not compared get a note.
APART_DAYS = 7


def news_dated(df: pd.DataFrame, metric_codes: np.ndarray | None = None,
               as_of_codes: np.ndarray | None = None) -> pd.Series:
    """Per figure: True when its as_of is read as its article's news date (a window).
    `metric_codes`, `as_of_codes`: those columns' numbers (`pd.factorize`), when the caller has them."""
    # A span of days is told from a month of the same days by how it is written, once per text.
    codes, texts = numbered(df["as_of"], as_of_codes)
    days = np.append([parse_period(t).is_span for t in texts], False).astype(bool)[codes]
    day = ((df["as_of_first"].eq(df["as_of_last"]) | pd.Series(days, index=df.index))
           & df["pub_first"].eq(df["pub_last"]))
    lead = (df["pub_first"] - df["as_of_last"]).dt.days
    # A metric is a running total when any of its figures says so (as `checks.cumulative` reads it).
    if metric_codes is None:
        metric_codes = pd.factorize(df["metric"].to_numpy(dtype=object))[0]
    cumulative = df["kind"].eq("cumulative").to_numpy()
    # By number, a missing metric (-1) one metric as `isin` has it: the last slot.
    flagged = np.zeros(int(metric_codes.max(initial=-1)) + 2, dtype=bool)
    flagged[metric_codes[cumulative]] = True
    running = pd.Series(flagged[metric_codes], index=df.index)
    return (day & lead.between(0, NEWS_DAYS) & ~running).fillna(False).astype(bool)


def windowed_first(df: pd.DataFrame, news: pd.Series) -> pd.Series:
    """The first day of each figure's as_of: WINDOW_DAYS before its last for a news-dated figure
    (a span of days longer than that keeps its first)."""
    back = (df["as_of_last"] - pd.Timedelta(days=WINDOW_DAYS)).where(
        lambda t: t < df["as_of_first"], df["as_of_first"])
    return df["as_of_first"].where(~news, back)


def describe(as_of: str) -> str:
    """How a report says a news-dated as_of is read."""
    return (f"{as_of} is its article's date (no date beside the amount), read as the "
            f"{WINDOW_DAYS} days up to it")
