"""The errors a user can cause, typed, each carrying the lines a command line prints for it.

The library raises them and never prints; `main.py` prints `lines` to stderr and exits 2, in one
place. A notebook user catches `InputError` and reads `lines` (or `str(exc)`).
"""
from __future__ import annotations


class InputError(ValueError):
    """Input figrecon cannot use; `lines` says what and where, one problem a line."""

    def __init__(self, *lines: str) -> None:
        super().__init__("\n".join(lines))
        self.lines = list(lines)


class OptionError(InputError):
    """A bad value for an option: `option` names it (a command-line flag or a keyword)."""

    def __init__(self, option: str, value, reason: str) -> None:
        super().__init__(f"error: {option}: {reason}")
        self.option = option
        self.value = value
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.option}: {self.reason}"


class SetupError(RuntimeError):
    """The installation cannot work (a dependency changed what figrecon relies on)."""

    def __init__(self, *lines: str) -> None:
        super().__init__("\n".join(lines))
        self.lines = list(lines)
