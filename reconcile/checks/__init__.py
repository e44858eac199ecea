"""Checks: small functions, each taking the normalized figures and returning `Finding`s.

A check is `fn(figures, context) -> list[Finding]` or a `findings.Found` (a read-only sequence of
the records, given as lists and `Batch`es of columns: same_fact's), registered where it is defined with
`@check(name, rule=..., severity=...)`: the one place its rule is written. The engine runs every
registered check, in the order of registration; `report --check NAME` / `--skip-check NAME` select
them; `figrecon checks` and docs/checks.md are made from `DOCS`. The columns a check may rely on
are those of `reconcile.model.normalize.normalize` plus the agreement columns of `common.fact_agreement`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

CHECKS: dict[str, Callable] = {}


@dataclass(frozen=True)
class CheckDoc:
    """What a check holds figures to, and how severe its findings are, as the user reads it."""

    name: str
    rule: str
    severity: str


DOCS: dict[str, CheckDoc] = {}


def check(name: str, *, rule: str, severity: str) -> Callable:
    """Register a check under `name` with its rule and severity (written once, here)."""
    def register(fn: Callable) -> Callable:
        if name in CHECKS:
            raise ValueError(f"two checks are named {name!r}")
        CHECKS[name] = fn
        DOCS[name] = CheckDoc(name, rule, severity)
        return fn
    return register


def checks_markdown() -> str:
    """The checks as a Markdown table, in the order they run (docs/checks.md is this text)."""
    lines = ["# The checks", "",
             "Made by `figrecon checks --markdown` from the registry in `reconcile/checks/`;",
             "`tests/reconcile/checks/test_registry_docs.py` fails when this file and the code differ.", "",
             "| check | rule | severity |", "| --- | --- | --- |"]
    lines += [f"| `{d.name}` | {d.rule} | {d.severity} |" for d in DOCS.values()]
    return "\n".join(lines) + "\n"


# Importing the modules registers their checks; the order is the order of the report's evidence.
from reconcile.checks import (  # noqa: E402,F401
    units, same_fact, ranges, restatement, digits, place_gap, garbled, two_currencies, parts,
    cumulative)
