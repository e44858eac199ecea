"""What `figrecon checks` shows: one block per check, its rule and its severity."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table


def print_checks(console: Console, docs) -> None:
    """The registered checks (`reconcile.checks.DOCS` values) as a table that wraps to the width."""
    table = Table(show_lines=True, expand=True)
    table.add_column("check", no_wrap=True, style="bold")
    table.add_column("rule", ratio=3, overflow="fold")
    table.add_column("severity", ratio=2, overflow="fold")
    for d in docs:
        table.add_row(d.name, d.rule, d.severity)
    console.print(table)
