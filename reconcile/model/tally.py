"""What a summary counts of a run's findings, without holding them: a Dask run keeps millions of
findings on its workers and brings back their tally (tallies of disjoint families add up)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from reconcile.model import findings as F


@dataclass(frozen=True)
class Tally:
    """How many findings of each severity (in `findings.SEVERITIES` order), how many of them are
    discrepancies, and how many distinct figures the discrepancies involve."""

    by_severity: tuple[int, ...]
    discrepancies: int
    involved: int

    @classmethod
    def of(cls, findings: pd.DataFrame) -> Tally:
        """The tally of a findings table (the one place the summary's counts are made)."""
        # From the ranks, once: no table of the discrepancies is made to read their figures.
        rank = F.ranks(findings["severity"])
        by = np.bincount(rank, minlength=len(F.SEVERITIES))
        disc = F.discrepant(rank)
        n = int(np.count_nonzero(disc))
        cells = findings["figures"].to_numpy(dtype=object)
        # A sorted table's discrepancies are its first rows: a slice, no copy of their cells.
        return cls(tuple(map(int, by)), n, len(F.involved(cells[:n] if disc[:n].all()
                                                           else cells[disc])))

    def __add__(self, other: Tally) -> Tally:
        # Only tallies of disjoint families add up: no figure is in two of them.
        return Tally(tuple(a + b for a, b in zip(self.by_severity, other.by_severity)),
                     self.discrepancies + other.discrepancies, self.involved + other.involved)

    def count(self, severity: str) -> int:
        """The findings of exactly this severity."""
        return self.by_severity[F.RANK[severity]]

    def at_least(self, severity: str) -> int:
        """The findings at or above this severity (what `filter_findings` keeps)."""
        return sum(self.by_severity[F.RANK[severity]:])


NONE = Tally((0,) * len(F.SEVERITIES), 0, 0)
