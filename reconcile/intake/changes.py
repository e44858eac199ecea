"""What adding a figure changes in the findings: the findings of its family of metrics before
and after, matched one to one, so `extract --add` can say after each accept what is new, what is
gone and what now reads differently."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from reconcile.engines.local import Reconciliation, reconcile
from reconcile.model.normalize import families
from reconcile.store.append import clean_fields
from reconcile.store.figures import COLUMNS


def same_finding(a, b) -> bool:
    """Whether two findings (before and after a figure was added) are the same one: one metric
    and check, judging a figure wrong in common (for notes that judge none: about a figure in
    common). A finding that now also names the new figure is the same finding, changed."""
    if (a.metric, a.check) != (b.metric, b.check):
        return False
    fa, fb = set(a.flagged), set(b.flagged)
    if fa or fb:
        return bool(fa & fb)
    return not set(a.figures).isdisjoint(b.figures)


@dataclass(frozen=True)
class Change:
    """The findings of a figure's family after it was added: `rec` (the family reconciled),
    the rows of `rec.findings` that are new, and those that read differently (`changed`, with
    the old message), the old findings that are gone, and how many stayed as they were."""

    fid: str
    metric: str
    rec: Reconciliation
    new: pd.DataFrame
    changed: pd.DataFrame
    old_messages: tuple[str, ...]
    gone: pd.DataFrame
    unchanged: int


def diff(before: pd.DataFrame, after: pd.DataFrame):
    """(new, changed, old messages of the changed, gone, unchanged count) between two findings
    tables, each old finding matched to one new finding at most."""
    old = list(before.itertuples())
    taken: set[int] = set()
    new_rows, changed_rows, old_messages, unchanged = [], [], [], 0
    for i, f in enumerate(after.itertuples()):
        j = next((j for j, was in enumerate(old) if j not in taken and same_finding(was, f)),
                 None)
        if j is None:
            new_rows.append(i)
            continue
        taken.add(j)
        was = old[j]
        was_said, now_said = was.record.message, f.record.message
        if (was.severity, was_said) != (f.severity, now_said):
            changed_rows.append(i)
            old_messages.append(f"{was.severity}: {was_said}")
        else:
            unchanged += 1
    gone = [j for j in range(len(old)) if j not in taken]
    return (after.iloc[new_rows], after.iloc[changed_rows], tuple(old_messages),
            before.iloc[gone], unchanged)


class Tracker:
    """The figures file as it grows during one session (kept in memory, not re-read), able to
    say what each added figure changes."""

    def __init__(self, figures: pd.DataFrame | None) -> None:
        self.figures = figures if figures is not None else pd.DataFrame(columns=COLUMNS + ["line"])

    def add(self, fields: dict, line: int) -> Change:
        """Take in the figure just appended at `line`; its family's findings before and after."""
        row = {c: None for c in COLUMNS} | clean_fields(fields) | {"line": line}
        frame = pd.DataFrame([row], columns=list(self.figures.columns)).astype(object)
        grown = pd.concat([self.figures.astype(object), frame], ignore_index=True)
        fam = families(grown)
        mine = grown[fam.eq(fam.iloc[-1])]
        before = reconcile(mine.iloc[:-1]).findings if len(mine) > 1 else None
        rec = reconcile(mine.reset_index(drop=True))
        self.figures = grown
        if before is None:
            before = rec.findings.iloc[0:0]
        new, changed, old_messages, gone, unchanged = diff(before, rec.findings)
        return Change(fields["id"], fields["metric"], rec, new, changed, old_messages, gone,
                      unchanged)
