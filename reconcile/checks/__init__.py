"""Checks: small functions, each taking the normalized figures and returning `Finding`s.

A check is `fn(figures, context) -> list[Finding]`, registered where it is defined with
`@check("name")`. The engine runs every registered check, in the order of registration; `report
--check NAME` / `--skip-check NAME` select them. The columns a check may rely on are those of
`reconcile.normalize.normalize` plus the agreement columns of `common.fact_agreement`.
"""
from __future__ import annotations

from typing import Callable

CHECKS: dict[str, Callable] = {}


def check(name: str) -> Callable:
    """Register a check under `name` (written once, here)."""
    def register(fn: Callable) -> Callable:
        if name in CHECKS:
            raise ValueError(f"two checks are named {name!r}")
        CHECKS[name] = fn
        return fn
    return register


# Importing the modules registers their checks; the order is the order of the report's evidence.
from reconcile.checks import (  # noqa: E402,F401
    units, same_fact, ranges, restatement, digits, parts, cumulative)
