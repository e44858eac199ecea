"""The engine: figures in, findings out. Normalizes once, runs every check, sorts by severity."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from reconcile import findings as F
from reconcile.checks import CHECKS
from reconcile.normalize import normalize
from reconcile.rate_notes import annotate_findings


@dataclass(frozen=True)
class Context:
    """What the checks need to know about the run: the report currency and constant-money date."""

    currency: str = "USD"
    real_as_of: object = None


@dataclass(frozen=True)
class Reconciliation:
    """The normalized figures and the findings about them."""

    figures: pd.DataFrame
    findings: pd.DataFrame
    context: Context


def reconcile(figures: pd.DataFrame, currency: str = "USD", real_as_of=None) -> Reconciliation:
    """Normalize `figures` to `currency` (and constant money of `real_as_of`), run every check."""
    ctx = Context(currency, real_as_of)
    # The checks compare nominal money: a running total adds up nominal flows, so re-pricing each
    # part to one date's prices would break the sums. --real changes only the amounts shown.
    nominal = normalize(figures, currency, None)
    found = [check(nominal, ctx) for check in CHECKS.values()]
    found = [f for f in found if not f.empty]
    findings = pd.concat(found, ignore_index=True) if found else F.frame([])
    findings = annotate_findings(findings, nominal)
    shown = nominal if real_as_of is None else normalize(figures, currency, real_as_of)
    return Reconciliation(shown, F.sort(findings), ctx)


def filter_findings(findings: pd.DataFrame, metric: str | None = None,
                    min_severity: str = "info") -> pd.DataFrame:
    """Findings about `metric` (if given) at or above `min_severity`."""
    keep = findings["severity"].map(F.RANK) >= F.RANK[min_severity]
    if metric:
        keep &= findings["metric"].eq(metric)
    return findings[keep].reset_index(drop=True)
