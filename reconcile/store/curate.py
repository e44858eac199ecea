"""Curating the figures file: edit or remove rows, keeping every other byte as it was.

Pure functions over the file's bytes: each takes the bytes and returns the new bytes, or raises
FiguresError with one line per problem. Locking and the atomic replace are the store's job
(`reconcile.store.append.rewrite_figures`); validation of the result is `new_problems`.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import replace
from pathlib import Path

from reconcile.store.figures import COLUMNS, EMPTY, METRIC_RE, FiguresError, parse_rows, validate
from reconcile.store.problems import Problem
from reconcile.store.table import (
    Record,
    ShapeError,
    bom,
    decode,
    encode_row,
    header_problems,
    records,
    unstarted,
)

NO_SUCH_ID = "no figure has this id"
# How a problem names the file when the caller does not say which it is.
FILE = "figures file"

# The option a user types for each column, so errors name what was typed.
OPTION = {c: "--" + c.replace("_", "-") for c in COLUMNS}


def _split(data: bytes, name: str) -> tuple[bytes, str, list[Record]]:
    """The BOM (if any), the text, and its records, the header first, cut by the one reader
    every command uses (`reconcile.store.table.records`); what it cannot read is refused whole."""
    text, problems = decode(name, data)
    if text is None:
        raise FiguresError(problems)
    try:
        recs = records(name, text)
    except ShapeError as exc:
        raise FiguresError([exc.problem]) from None
    return bom(data), text, recs


def _header(records: list[Record], name: str) -> list[str]:
    if not records:
        raise FiguresError([Problem(name, 1, "file", "empty", "no header")])
    header = [h.strip() for h in records[0].cells]
    # A repeated column makes "the row's cell" ambiguous: refused, as every reader refuses it.
    problems = header_problems(name, header, ["id"])
    if problems:
        raise FiguresError(problems)
    return header


def _cell(record: Record, header: list[str], column: str) -> str:
    i = header.index(column) if column in header else -1
    return record.cells[i].strip() if 0 <= i < len(record.cells) else ""


def figure_rows(data: bytes, name: str = FILE) -> dict[str, dict[str, str]]:
    """Each figure's cells by id (the first row of an id wins) and, under `_line`, the line its
    row starts on. A file of only a BOM or blank lines is empty (no header), as a 0-byte one."""
    _, _, records = _split(data, name) if not unstarted(data) else (b"", "", [])
    header = _header(records, name)
    rows: dict[str, dict[str, str]] = {}
    for r in records[1:]:
        fid = _cell(r, header, "id")
        if fid and fid not in rows:
            rows[fid] = {c: _cell(r, header, c) for c in header} | {"_line": str(r.line)}
    return rows


def _restaters(records: list[Record], header: list[str], target: str, skip=()) -> list[str]:
    return [_cell(r, header, "id") for r in records[1:]
            if _cell(r, header, "restates") == target and _cell(r, header, "id") not in skip]


def _find(records: list[Record], header: list[str], fid: str) -> Record:
    for r in records[1:]:
        if _cell(r, header, "id") == fid:
            return r
    raise FiguresError([_about(fid, NO_SUCH_ID)])


def remove_figures(data: bytes, ids: list[str], name: str = FILE) -> bytes:
    """The file without the rows of `ids`. Refused when an id names no figure, or when a figure
    that stays restates one that goes (the link would dangle)."""
    mark, text, records = _split(data, name)
    header = _header(records, name)
    gone = {fid: _find_or_none(records, header, fid) for fid in ids}
    problems = [_about(fid, NO_SUCH_ID) for fid, r in gone.items() if r is None]
    # Only a figure that exists can be restated: an empty id would match every empty cell.
    for fid in (f for f, r in gone.items() if r is not None):
        for other in _restaters(records, header, fid, skip=gone):
            problems.append(_about(fid, f"{other} restates it; remove {other} too, or unlink "
                                   f"it first with `edit {other} --restates ''`"))
    if problems:
        raise FiguresError(problems)
    drop = {r.start for r in gone.values()}
    kept = [text[r.start:r.end] for r in records if r.start not in drop]
    return mark + "".join(kept).encode("utf-8")


def _find_or_none(records, header, fid):
    try:
        return _find(records, header, fid)
    except FiguresError:
        return None


def edit_figure(data: bytes, fid: str, changes: dict[str, str], name: str = FILE) -> bytes:
    """The file with figure `fid`'s cells in `changes` replaced (an empty value clears a cell);
    only that row's bytes change (and the header's, if it lacks a column being set)."""
    mark, text, records = _split(data, name)
    header = _header(records, name)
    unknown = [c for c in changes if c not in COLUMNS]
    if unknown:
        raise FiguresError([_about(c, "not a column of the figures file") for c in unknown])
    record = _find(records, header, fid)
    new_id = changes.get("id", fid) or fid
    if new_id != fid:
        users = _restaters(records, header, fid)
        if users:
            raise FiguresError([_about(fid, f"{', '.join(users)} restate(s) it; renaming it to "
                                       f"{new_id} would leave the link dangling")])
    added = [c for c in changes if c not in header and changes[c]]
    head_text = text[records[0].start:records[0].end]
    if added:
        body = head_text.rstrip("\r\n")
        head_text = body + "".join("," + c for c in added) + head_text[len(body):]
        header = header + added
    # Cells beyond the header are kept: the file's reader reports them, the edit must not drop them.
    cells = [record.cells[i] if i < len(record.cells) else ""
             for i in range(max(len(header), len(record.cells)))]
    for column, value in changes.items():
        if column in header:
            cells[header.index(column)] = (value or "").strip()
    row = encode_row(cells, record.terminator(text)).decode("utf-8")
    out = (head_text + text[records[0].end:record.start] + row + text[record.end:])
    return mark + out.encode("utf-8")


def file_problems(path: str | Path, data: bytes) -> list[Problem]:
    """Every problem of a figures file's bytes."""
    df, problems = parse_rows(Path(path), data)
    return problems + validate(df, str(path))


def new_problems(path: str | Path, old: bytes, new: bytes) -> list[Problem]:
    """The problems of `new` that `old` did not have: a change may fix a broken file, never
    break it further. A problem that only moved to another line is not new."""
    before = {p.what() for p in file_problems(path, old)}
    return [p for p in file_problems(path, new) if p.what() not in before]


def as_options(problems: list[Problem], path: str | Path, line: int,
               names: dict[str, str] = OPTION) -> list[Problem]:
    """The problems of a cell of the row at `line` named by the option typed (`--as-of:
    2019-02-30: ...`) and in no file; the others keep their FILE:LINE."""
    return [replace(p, path=None, line=None, column=names[p.column])
            if p.path == str(path) and p.line == line and p.column in names else p
            for p in problems]


def close_metrics(metric: str, known: set[str], n: int = 3) -> list[str]:
    """The existing metrics most like a (possibly misspelled) one."""
    return difflib.get_close_matches(metric, sorted(known), n=n, cutoff=0.6)


def unknown_metric_problem(metric: str, known: set[str]) -> Problem | None:
    """Why `metric` may not be used without asking for a new metric, or None if it exists."""
    if not metric or metric in known or not re.match(METRIC_RE, metric):
        return None        # a malformed key is the schema's to report
    close = close_metrics(metric, known)
    hint = f"did you mean {', '.join(close)}? " if close else ""
    return Problem(None, None, OPTION["metric"], metric, f"no figure has this metric; {hint}"
                   "pass --new-metric to start a new one")


def _about(value: str, reason: str) -> Problem:
    """A problem with an argument the user typed (an id, a column name), in no file."""
    # An id typed empty (`remove ''`) read as `f.csv: : no figure has this id`.
    return Problem(None, None, None, value if value.strip() else EMPTY, reason)


def published_before_event(as_of: str, published: str) -> str | None:
    """A warning when the figure was published before the period it is about begins:
    a plan or forecast, or swapped dates."""
    from currency.data.periods import PeriodError, parse_period
    try:
        when, pub = parse_period(as_of), parse_period(published)
    except PeriodError:
        return None        # the validation says what is wrong with the dates
    if pub.last >= when.first:
        return None
    return (f"{OPTION['published']} {published} is before {OPTION['as_of']} {as_of}: the figure "
            f"was stated before the time it is about. Fine for a plan or forecast; otherwise "
            f"check the two dates")
