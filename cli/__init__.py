"""The command line of figrecon: the click group and its commands, one module per group of
commands (convert, report, curate, extract, scan), each loaded when a command of it runs."""
from cli.app import cli, main, run

__all__ = ["cli", "main", "run"]
