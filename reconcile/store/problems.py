"""A problem of the figures file as a record: where it is (file, line, column) and why.

Every stage passes these records, never the printed line; `str()` gives the one line a command
prints, `FILE:LINE: column: value: reason`, with the parts a problem has (a file that cannot be
read has no line; a problem of the header names no value).
"""
from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Problem:
    """One problem: `path` and `line` say where, `column` which cell (or `file`, `header`, `row`
    for the file's shape), `value` the cell as written, `reason` what is wrong with it."""

    path: str | None
    line: int | None
    column: str | None
    value: str | None
    reason: str
    is_row: bool = False        # `line` counts rows of a table with no lines (a Parquet file)

    def __str__(self) -> str:
        return self.place() + self.what()

    def place(self) -> str:
        """`FILE:LINE: `, `FILE: ` or nothing."""
        if self.path is None:
            return ""
        if self.line is None:
            return f"{self.path}: "
        return f"{self.path}: row {self.line}: " if self.is_row else f"{self.path}:{self.line}: "

    def what(self, names: dict[str, str] | None = None) -> str:
        """The problem without its place; `names` renames the column (to the option typed)."""
        column = (names or {}).get(self.column, self.column) if self.column else None
        parts = [p for p in (column, self.value) if p is not None]
        return ": ".join(parts + [self.reason])

    @classmethod
    def of_file(cls, path, reason: str) -> Problem:
        """A problem of a file (or of a command's input) as a whole: no line, no cell."""
        return cls(None if path is None else str(path), None, None, None, reason)

    def in_file(self, path) -> Problem:
        """The same problem placed in the file at `path` (its line kept)."""
        return replace(self, path=str(path))

    def sort_key(self) -> tuple[int, int]:
        """File order: problems of the file as a whole first, then by line."""
        return (0, 0) if self.line is None else (1, self.line)

