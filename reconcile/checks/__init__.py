"""Checks: small functions, each taking the normalized figures and returning findings.

A check is `check(figures, context) -> findings DataFrame` (columns in `reconcile.findings`). The engine
runs every check in CHECKS; adding one is adding a function here.
"""
from reconcile.checks.conversions import conversions
from reconcile.checks.cumulative import cumulative
from reconcile.checks.parts import parts_and_totals
from reconcile.checks.same_fact import same_fact
from reconcile.checks.units import units

CHECKS = {
    "units": units,
    "same_fact": same_fact,
    "conversion": conversions,
    "parts_totals": parts_and_totals,
    "cumulative": cumulative,
}
