"""Dates outside the exchange-rate data: converted at the nearest fixing, and always said so.

The policy for every command: a date before the ECB data uses its first fixing, a date after it
its last fixing, and the figure's row, every finding that uses the figure, and `convert`'s output
say which fixing stood in (on a finding: its `rate_notes`, rendered after its message). Nothing
is clamped without a word.
"""
from __future__ import annotations

from dataclasses import replace

import pandas as pd

from currency.data.rates import day_range_note


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
    money = figures[figures["currency"].notna()]
    as_of_notes = {i: f"{i}: {n}" for i, n in zip(money["id"], money["rate_note"])
                   if isinstance(n, str) and n}
    published = {}
    notes_of = {p: outside_note(p) for p in money["published"].unique()}
    for i, p in zip(money["id"], money["published"]):
        note = notes_of[p]
        if note:
            published[i] = f"{i} published {note.split(' ', 1)[1]}"
    if not as_of_notes and not published:
        return findings
    records = []
    for check, ids, record in zip(findings["check"], findings["figures"], findings["record"]):
        notes = [as_of_notes[i] for i in ids if i in as_of_notes]
        if "restatement" in check:
            notes += [published[i] for i in ids if i in published]
        records.append(replace(record, rate_notes=tuple(notes)) if notes else record)
    return findings.assign(record=records)
