"""The shape of a figures CSV file, read without pandas: header, rows and the line each starts on.

This is the cheap structural reading shared by `add` (which must stay fast under many concurrent
runs) and by the full pandas/pandera load. Every problem is one `FILE:LINE: what: reason` line.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass

# A quote may legitimately be long; the csv module's 131,072-character default would refuse it.
FIELD_LIMIT = 2**31 - 1
csv.field_size_limit(FIELD_LIMIT)


@dataclass(frozen=True)
class Table:
    """A CSV file read strictly: its header (stripped names) and its non-blank rows."""

    header: tuple[str, ...]
    rows: tuple[dict, ...]          # column -> cell, cells beyond the header dropped
    lines: tuple[int, ...]          # the physical line each row starts on
    eol: str                        # the header's line ending, kept for rows we append
    ends_with_newline: bool
    line_count: int                 # physical lines, as the csv module counts them
    header_lines: int = 1           # lines the header spans (more only with a quoted newline)


def decode(name: str, data: bytes) -> tuple[str | None, list[str]]:
    """The text of a figures file (UTF-8, BOM allowed), or the one problem that stops reading it."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [f"{name}:1: file: starts with a UTF-16 byte-order mark; save it as UTF-8"]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return None, [f"{name}:{line}: file: byte {exc.start}: not UTF-8 text (save the file "
                      "as UTF-8)"]
    nul = text.find("\x00")
    if nul >= 0:
        return None, [f"{name}:{text.count(chr(10), 0, nul) + 1}: file: a NUL character; "
                      "this is not a text CSV file"]
    return text, []


def _open_quote_line(lines: list[str], first: int) -> int:
    """The line (1-based) whose quote is never closed, scanning the rows from line `first`."""
    odd_since = first
    odd = False
    for n in range(first, len(lines) + 1):
        count = lines[n - 1].count('"')
        if count % 2:
            if not odd:
                odd_since = n
            odd = not odd
    return odd_since


def read_table(name: str, data: bytes, required: list[str]) -> tuple[Table | None, list[str]]:
    """Read the file's structure; problems with the header, quoting or cell counts.

    A file that cannot be read as a whole (not UTF-8, an unclosed quote, a duplicated column)
    gives no table: reading past such a fault would silently merge or drop rows.
    """
    text, problems = decode(name, data)
    if text is None:
        return None, problems
    lines = io.StringIO(text, newline="").readlines()
    reader = csv.reader(lines, strict=True)
    rows, starts = [], []
    start = 1
    header = None
    try:
        header = next(reader, None)
        if header is None:
            return None, [f"{name}:1: file: empty: no header"]
        header = [h.strip() for h in header]
        header_lines = reader.line_num
        start = reader.line_num + 1
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append(row)
                starts.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            line = _open_quote_line(lines, start)
            return None, [f"{name}:{line}: row: a quote opened on this line is never closed "
                          "(every row after it would be swallowed)"]
        return None, [f"{name}:{reader.line_num}: row: malformed CSV: {exc}"]
    seen: set[str] = set()
    for col in header:
        if col in seen:
            problems.append(f"{name}:1: header: {col or '(empty)'}: column named twice")
        seen.add(col)
    problems += [f"{name}:1: header: {c}: required column missing" for c in required
                 if c not in header]
    if problems:
        return None, problems
    records = []
    for row, line in zip(rows, starts):
        if len(row) > len(header):
            problems.append(f"{name}:{line}: row: {len(row)} cells: more cells than the "
                            f"header's {len(header)} (an unquoted comma?)")
        records.append(dict(zip(header, row)))
    first = lines[0] if lines else ""
    eol = "\r\n" if first.endswith("\r\n") else "\r" if first.endswith("\r") else "\n"
    return Table(tuple(header), tuple(records), tuple(starts), eol,
                 text.endswith(("\n", "\r")), len(lines), header_lines), problems
