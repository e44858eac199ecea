"""Dates outside the exchange-rate data: converted at the nearest fixing, and always said so.

The policy for every command: a date before the ECB data uses its first fixing, a date after it
its last fixing, and the figure's row, every finding that uses the figure, and `convert`'s output
say which fixing stood in (on a finding: its `rate_notes`, rendered after its message). Nothing
is clamped without a word.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import numpy as np
import pandas as pd

from currency.data.rates import day_range_note, is_stale, rate_book
from reconcile.model.findings import RANK, record_of


def outside_note(period_text: str) -> str | None:
    """Why a period has no fixing of its own, and which fixing stands in; None inside the data."""
    from currency.data.periods import parse_period
    period = parse_period(period_text)
    return day_range_note(period.first, period.last, str(period))


def annotate_findings(findings: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """Each finding that uses a figure converted at a stand-in fixing names it: the notes are
    put on its record (`Finding.rate_notes`), said when its message is rendered."""
    if findings.empty or "rate_note" not in figures:
        return findings
    # Only the figures that have a note are read (most have none), and only the findings that
    # name one of them are rebuilt.
    money = figures["currency"].notna().to_numpy()
    rate_note = figures["rate_note"]
    # A column of a few shared texts: its distinct notes are found first, and the figures that
    # have one only when there is one (none at all in most runs).
    notes = [n for n in pd.unique(rate_note.to_numpy(dtype=object)) if isinstance(n, str) and n]
    noted = money & rate_note.isin(notes).to_numpy() if notes else np.zeros(len(money), bool)
    as_of_notes = {i: f"{i}: {n}" for i, n in zip(figures["id"][noted], rate_note[noted])}
    notes_of = {p: outside_note(p) for p in figures["published"][money].unique()}
    outside = [p for p, note in notes_of.items() if note]
    late = money & figures["published"].isin(outside).to_numpy()
    published = {i: f"{i} published {notes_of[p].split(' ', 1)[1]}"
                 for i, p in zip(figures["id"][late], figures["published"][late])}
    if not as_of_notes and not published:
        return findings
    records = findings["record"].to_numpy(dtype=object, copy=True)
    for k, (check, ids) in enumerate(zip(findings["check"], findings["figures"])):
        restated = published if "restatement" in check else None
        if as_of_notes.keys().isdisjoint(ids) and (restated is None or
                                                    restated.keys().isdisjoint(ids)):
            continue
        notes = [as_of_notes[i] for i in ids if i in as_of_notes]
        if restated is not None:
            notes += [restated[i] for i in ids if i in restated]
        if notes:
            records[k] = replace(record_of(records[k]), rate_notes=tuple(notes))
    return findings.assign(record=records)


def cap_stale(findings: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """A finding across currencies that names a figure converted at a fixing far older than its
    day (a currency the ECB stopped fixing: RUB after 2022-03) is info at most: no one had that
    rate then. Its note, naming the fixing and its date, is put on by `annotate_findings`."""
    stale = _stale_ids(figures)
    if findings.empty or not stale:
        return findings
    currency_of = dict(zip(figures["id"], figures["currency"]))
    records = findings["record"].to_numpy(dtype=object, copy=True)
    severity = findings["severity"].to_numpy(dtype=object, copy=True)
    flagged = findings["flagged"].to_numpy(dtype=object, copy=True)
    for k, ids in enumerate(findings["figures"]):
        if stale.isdisjoint(ids) or RANK[severity[k]] <= RANK["info"]:
            continue
        if len({currency_of.get(i) for i in ids} - {None}) < 2:
            continue        # one currency: no rate judged
        records[k] = replace(record_of(records[k]), severity="info", flagged=())
        severity[k], flagged[k] = "info", ()
    return findings.assign(record=records, severity=severity, flagged=flagged)


def _stale_ids(figures: pd.DataFrame) -> set:
    """The ids of the figures whose newest fixing used is far older than the earlier of their
    as_of and publication (within the data); only figures with a rate note are looked at."""
    from currency.data.periods import PeriodError, parse_period
    need = ("rate_note", "rate_low_date", "rate_high_date", "as_of", "published")
    if not all(c in figures for c in need):
        return set()
    noted = figures["rate_note"].fillna("").astype(bool).to_numpy() & \
        figures["currency"].notna().to_numpy()
    if not noted.any():
        return set()
    last = rate_book().last_date
    out = set()
    for fid, low, high, *texts in figures.loc[noted, ["id", *need[1:]]].itertuples(index=False):
        dates = [pd.Timestamp(d).date() for d in (low, high) if isinstance(d, dt.date)]
        try:
            day = min(*(parse_period(t).first for t in texts), last)
        except (PeriodError, TypeError):
            continue
        if dates and is_stale(max(dates), day):
            out.add(fid)
    return out
