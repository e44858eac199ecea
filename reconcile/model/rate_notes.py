"""Dates outside the exchange-rate data: converted at the nearest fixing, and always said so.

The policy for every command: a date before the ECB data uses its first fixing, a date after it
its last fixing, and the figure's row, every finding that uses the figure, and `convert`'s output
say which fixing stood in (on a finding: its `rate_notes`, rendered after its message). Nothing
is clamped without a word.
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from currency.data.rates import day_range_note
from reconcile.model.findings import record_of


def outside_note(period_text: str) -> str | None:
    """Why a period has no fixing of its own, and which fixing stands in; None inside the data."""
    from currency.data.periods import parse_period
    period = parse_period(period_text)
    return day_range_note(period.first, period.last, str(period))


def annotate_findings(findings: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """Each finding that uses a figure converted at a stand-in fixing names it: the notes are
    put on its record (`Finding.rate_notes`), said when its message is rendered."""
    # `data_note`, not `rate_note`: only the dates past the data. A stale fixing's note is of
    # the report currency's conversion, which the check may not have used (`normalize.window`).
    if findings.empty or "data_note" not in figures:
        return findings
    # Only the figures that have a note are read (most have none), and only the findings that
    # name one of them are rebuilt.
    money = figures["currency"].notna().to_numpy()
    rate_note = figures["data_note"]
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
