"""Figures whose currency was inferred from a rate, not written: whatever they take part in is
at most an info note, and says so.

Such a figure's currency was chosen because its conversion fits one market rate; a finding
about it may rest on that choice alone, so it is never an alarm (the note names the rate and
its day, from the figure's note: `reconcile.store.figures.currency_inferred`).
"""
from __future__ import annotations

from dataclasses import replace

import pandas as pd

from reconcile.model.findings import RANK, record_of
from reconcile.store.figures import currency_inferred


def cap_inferred(findings: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """Each finding naming a figure whose currency was inferred is info at most, with a note on
    its record (`Finding.rate_notes`) saying which currency, from which rate and day; the rows
    stay in their order (the caller sorts again)."""
    if findings.empty or "currency_given" not in figures or "note" not in figures:
        return findings
    given = figures["currency_given"].notna().to_numpy()     # few figures have one
    notes = {i: f"{i}'s {c}: {w}" for i, n, c in zip(
        figures["id"][given], figures["note"][given], figures["currency_given"][given])
        if (w := currency_inferred(n, c))}
    if not notes:
        return findings
    records = findings["record"].to_numpy(dtype=object, copy=True)
    severity = findings["severity"].to_numpy(dtype=object, copy=True)
    flagged = findings["flagged"].to_numpy(dtype=object, copy=True)
    for k, ids in enumerate(findings["figures"]):
        said = [notes[i] for i in ids if i in notes]
        if not said:
            continue
        r = record_of(records[k])
        capped = RANK[r.severity] > RANK["info"]
        records[k] = replace(r, severity="info" if capped else r.severity,
                             flagged=() if capped else r.flagged,
                             rate_notes=r.rate_notes + tuple(said))
        severity[k], flagged[k] = records[k].severity, records[k].flagged
    return findings.assign(record=records, severity=severity, flagged=flagged)
