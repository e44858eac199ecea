"""The shape of a figures CSV file, read without pandas: header, rows and the line each starts on.

This is the cheap structural reading shared by `add` (which must stay fast under many concurrent
runs) and by the full pandas load. Every problem is a `Problem` of the file as a whole (`file`), its
header or one row.
"""
from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass

from reconcile.store.problems import Problem

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


def decode(name: str, data: bytes) -> tuple[str | None, list[Problem]]:
    """The text of a figures file (UTF-8, BOM allowed), or the one problem that stops reading it."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [Problem(name, 1, "file", None,
                              "starts with a UTF-16 byte-order mark; save it as UTF-8")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return None, [Problem(name, line, "file", f"byte {exc.start}",
                              "not UTF-8 text (save the file as UTF-8)")]
    nul = text.find("\x00")
    if nul >= 0:
        return None, [Problem(name, text.count(chr(10), 0, nul) + 1, "file", None,
                              "a NUL character; this is not a text CSV file")]
    return text, []


@dataclass(frozen=True)
class Record:
    """One CSV record as the csv module reads it: its span in the decoded text, the line it
    starts on, its cells. Blank lines are records too (with no cells), so spans tile the text."""

    start: int
    end: int
    line: int
    cells: tuple[str, ...]
    lines: int = 1                  # physical lines it spans (more with a quoted line break)

    def terminator(self, text: str) -> str:
        """The line ending the record's bytes end with ("" on a last line without one)."""
        raw = text[self.start:self.end]
        return "\r\n" if raw.endswith("\r\n") else raw[-1] if raw.endswith(("\n", "\r")) else ""


class ShapeError(ValueError):
    """The text cannot be cut into records: `problem` is one `FILE:LINE: what: reason` line."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


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


def records(name: str, text: str) -> list[Record]:
    """Every record of the text, the header first, cut exactly where the csv module cuts them
    (a CR, LF or CRLF ends a line; a quote inside an unquoted cell is a character). Every
    command reads the figures file through this, so what one accepts all accept. Raises
    ShapeError for an unclosed quote or malformed quoting."""
    lines = io.StringIO(text, newline="").readlines()
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    reader = csv.reader(lines, strict=True)
    out: list[Record] = []
    done = 0
    try:
        for row in reader:
            out.append(Record(offsets[done], offsets[reader.line_num], done + 1, tuple(row),
                              reader.line_num - done))
            done = reader.line_num
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            line = _open_quote_line(lines, done + 1)
            raise ShapeError(Problem(name, line, "row", None, "a quote opened on this line is "
                                     "never closed (every row after it would be swallowed)")) \
                from None
        raise ShapeError(Problem(name, reader.line_num, "row", None, f"malformed CSV: {exc}")) \
            from None
    return out


def bom(data: bytes) -> bytes:
    """The UTF-8 byte-order mark the file's bytes start with, or none: every writer keeps it."""
    return codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""


def unstarted(data: bytes) -> bool:
    """A file with nothing in it yet: empty, or only a BOM an editor saved and blank lines;
    writers start it with the header, as they do an empty one."""
    return not data.removeprefix(b"\xef\xbb\xbf").strip(b"\r\n")


def read_table(name: str, data: bytes,
               required: list[str]) -> tuple[Table | None, list[Problem]]:
    """Read the file's structure; problems with the header, quoting or cell counts.

    A file that cannot be read as a whole (not UTF-8, an unclosed quote, a duplicated column)
    gives no table: reading past such a fault would silently merge or drop rows.
    """
    text, problems = decode(name, data)
    if text is None:
        return None, problems
    try:
        recs = records(name, text)
    except ShapeError as exc:
        return None, [exc.problem]
    if not recs:
        return None, [Problem(name, 1, "file", "empty", "no header")]
    header = [h.strip() for h in recs[0].cells]
    body = [r for r in recs[1:] if any(cell.strip() for cell in r.cells)]
    problems += header_problems(name, header, required)
    if problems:
        return None, problems
    rows = []
    for r in body:
        if len(r.cells) > len(header):
            problems.append(surplus_cells(name, r.line, len(r.cells), len(header)))
        rows.append(dict(zip(header, r.cells)))
    eol = recs[0].terminator(text) or "\n"
    line_count = recs[-1].line + recs[-1].lines - 1
    return Table(tuple(header), tuple(rows), tuple(r.line for r in body), eol,
                 text.endswith(("\n", "\r")), line_count, recs[0].lines), problems


def surplus_cells(name: str, line: int, cells: int, width: int) -> Problem:
    """A row with more cells than the header's `width` (most often an unquoted comma)."""
    return Problem(name, line, "row", f"{cells} cells",
                   f"more cells than the header's {width} (an unquoted comma?)")


def named_twice(name: str, header: list[str], line: int = 1) -> Problem | None:
    """The columns named more than once, each said once in one line; None if none is."""
    seen: set[str] = set()
    twice: dict[str, None] = {}
    for col in header:      # one pass: a header of many thousand columns is read at once
        if col in seen:
            twice[col] = None
        seen.add(col)
    names = [c or "(empty)" for c in twice]
    if len(names) == 1:
        return Problem(name, line, "header", names[0], "column named twice")
    if names:       # one line, however many: a thousand repeats are one mistake
        shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
        return Problem(name, line, "header", shown, "columns named twice")
    return None


def header_problems(name: str, header: list[str], required: list[str]) -> list[Problem]:
    """A column named twice (each once), then each required column missing."""
    twice = named_twice(name, header)
    problems = [twice] if twice else []
    if not any(header):
        return problems + [Problem(name, 1, "header", None, "the first line is blank; the "
                                   f"header ({','.join(required)},...) must be the first line")]
    problems += [Problem(name, 1, "header", c, "required column missing") for c in required
                 if c not in header]
    return problems


def encode_row(cells: list[str], eol: str) -> bytes:
    """One CSV row: any cell holding a comma, quote, CR or LF is quoted, so every character
    reads back as written."""
    buf = io.StringIO()
    # With "\r\n" as the terminator the writer quotes cells holding either character; a lone
    # CR written unquoted would end the row for every reader.
    csv.writer(buf, lineterminator="\r\n").writerow(cells)
    return (buf.getvalue()[:-2] + eol).encode("utf-8")
