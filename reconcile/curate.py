"""Curating the figures file: edit or remove rows, keeping every other byte as it was.

Pure functions over the file's bytes: each takes the bytes and returns the new bytes, or raises
FiguresError with one line per problem. Locking and the atomic replace are the store's job
(`reconcile.store.rewrite_figures`); validation of the result is `new_problems`.
"""
from __future__ import annotations

import codecs
import csv
import difflib
import io
import re
from dataclasses import dataclass
from pathlib import Path

from reconcile.figures import COLUMNS, METRIC_RE, FiguresError, parse_rows, validate

# The option a user types for each column, so errors name what was typed.
OPTION = {c: "--" + c.replace("_", "-") for c in COLUMNS}
_LINE = re.compile(r"[^\n]*\n|[^\n]+$")


@dataclass(frozen=True)
class Record:
    """One CSV record: where it stands in the decoded text, its first line, its cells."""

    start: int
    end: int
    line: int
    cells: tuple[str, ...]

    def terminator(self, text: str) -> str:
        raw = text[self.start:self.end]
        return "\r\n" if raw.endswith("\r\n") else "\n" if raw.endswith("\n") else ""


def _split(data: bytes) -> tuple[bytes, str, list[Record]]:
    """The BOM (if any), the text, and its records, the header first; quoted newlines stay in
    their record."""
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    try:
        text = data[len(bom):].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FiguresError([f"byte {exc.start + len(bom)}: not UTF-8 text"]) from None
    out: list[Record] = []
    start, line, first_line, quotes = 0, 1, 1, 0
    for m in _LINE.finditer(text):
        quotes += m.group(0).count('"')
        if quotes % 2 == 0:        # an even count of quotes closes the record
            raw = text[start:m.end()]
            cells = next(csv.reader(io.StringIO(raw, newline="")), [])
            out.append(Record(start, m.end(), first_line, tuple(cells)))
            start, quotes, first_line = m.end(), 0, line + 1
        line += 1
    if start < len(text):          # an unclosed quote runs to the end of the file
        raw = text[start:]
        out.append(Record(start, len(text), first_line,
                          tuple(next(csv.reader(io.StringIO(raw, newline="")), []))))
    return bom, text, out


def _header(records: list[Record]) -> list[str]:
    if not records:
        raise FiguresError(["file: empty: no header"])
    header = [h.strip() for h in records[0].cells]
    if "id" not in header:
        raise FiguresError(["header: id: required column missing"])
    return header


def _cell(record: Record, header: list[str], column: str) -> str:
    i = header.index(column) if column in header else -1
    return record.cells[i].strip() if 0 <= i < len(record.cells) else ""


def figure_rows(data: bytes) -> dict[str, dict[str, str]]:
    """Each figure's cells by id (the first row of an id wins) and, under `_line`, the line its
    row starts on."""
    _, _, records = _split(data)
    header = _header(records)
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
    raise FiguresError([f"{fid}: no figure has this id"])


def remove_figures(data: bytes, ids: list[str]) -> bytes:
    """The file without the rows of `ids`. Refused when an id names no figure, or when a figure
    that stays restates one that goes (the link would dangle)."""
    bom, text, records = _split(data)
    header = _header(records)
    gone = {fid: _find_or_none(records, header, fid) for fid in ids}
    problems = [f"{fid}: no figure has this id" for fid, r in gone.items() if r is None]
    for fid in gone:
        for other in _restaters(records, header, fid, skip=gone):
            problems.append(f"{fid}: {other} restates it; remove {other} too, or unlink it "
                            f"first with `edit {other} --restates ''`")
    if problems:
        raise FiguresError(problems)
    drop = {r.start for r in gone.values()}
    kept = [text[r.start:r.end] for r in records if r.start not in drop]
    return bom + "".join(kept).encode("utf-8")


def _find_or_none(records, header, fid):
    try:
        return _find(records, header, fid)
    except FiguresError:
        return None


def edit_figure(data: bytes, fid: str, changes: dict[str, str]) -> bytes:
    """The file with figure `fid`'s cells in `changes` replaced (an empty value clears a cell);
    only that row's bytes change (and the header's, if it lacks a column being set)."""
    bom, text, records = _split(data)
    header = _header(records)
    unknown = [c for c in changes if c not in COLUMNS]
    if unknown:
        raise FiguresError([f"{c}: not a column of the figures file" for c in unknown])
    record = _find(records, header, fid)
    new_id = changes.get("id", fid) or fid
    if new_id != fid:
        users = _restaters(records, header, fid)
        if users:
            raise FiguresError([f"{fid}: {', '.join(users)} restate(s) it; renaming it to "
                                f"{new_id} would leave the link dangling"])
    eol = records[0].terminator(text) or "\n"
    added = [c for c in changes if c not in header and changes[c]]
    head_text = text[records[0].start:records[0].end]
    if added:
        body = head_text.rstrip("\r\n")
        head_text = body + "".join("," + c for c in added) + head_text[len(body):]
        header = header + added
    cells = [record.cells[i] if i < len(record.cells) else "" for i in range(len(header))]
    for column, value in changes.items():
        if column in header:
            cells[header.index(column)] = (value or "").strip()
    buf = io.StringIO()
    csv.writer(buf, lineterminator=record.terminator(text) or eol).writerow(cells)
    row = buf.getvalue()
    if not record.terminator(text):
        row = row.rstrip("\r\n")
    out = (head_text + text[records[0].end:record.start] + row + text[record.end:])
    return bom + out.encode("utf-8")


def problem_text(problem: str, path: str) -> str:
    """A problem line without its `FILE:LINE: ` prefix, to compare before and after."""
    prefix = f"{path}:"
    if problem.startswith(prefix):
        rest = problem[len(prefix):]
        line, sep, msg = rest.partition(": ")
        if sep and line.isdigit():
            return msg
    return problem


def file_problems(path: str | Path, data: bytes) -> list[str]:
    """Every problem of a figures file's bytes, as `FILE:LINE: column: value: reason`."""
    df, problems = parse_rows(Path(path), data)
    return problems + validate(df, str(path))


def new_problems(path: str | Path, old: bytes, new: bytes) -> list[str]:
    """The problems of `new` that `old` did not have: a change may fix a broken file, never
    break it further."""
    before = {problem_text(p, str(path)) for p in file_problems(path, old)}
    return [p for p in file_problems(path, new) if problem_text(p, str(path)) not in before]


def as_options(problems: list[str], path: str | Path, line: int,
               names: dict[str, str] = OPTION) -> list[str]:
    """Problems of the row at `line` named by the option typed (`--as-of: 2019-02-30: ...`);
    other lines' problems keep their FILE:LINE."""
    prefix = f"{path}:{line}: "
    out = []
    for p in problems:
        if p.startswith(prefix):
            column, sep, rest = p[len(prefix):].partition(": ")
            if sep and column in names:
                p = f"{names[column]}: {rest}"
        out.append(p)
    return out


def close_metrics(metric: str, known: set[str], n: int = 3) -> list[str]:
    """The existing metrics most like a (possibly misspelled) one."""
    return difflib.get_close_matches(metric, sorted(known), n=n, cutoff=0.6)


def unknown_metric_problem(metric: str, known: set[str]) -> str | None:
    """Why `metric` may not be used without asking for a new metric, or None if it exists."""
    if not metric or metric in known or not re.match(METRIC_RE, metric):
        return None        # a malformed key is the schema's to report
    close = close_metrics(metric, known)
    hint = f"did you mean {', '.join(close)}? " if close else ""
    return (f"{OPTION['metric']}: {metric}: no figure has this metric; {hint}"
            f"pass --new-metric to start a new one")


def published_before_event(as_of: str, published: str) -> str | None:
    """A warning when the figure was published before the period it is about begins:
    a plan or forecast, or swapped dates."""
    from currency.periods import PeriodError, parse_period
    try:
        when, pub = parse_period(as_of), parse_period(published)
    except PeriodError:
        return None        # the validation says what is wrong with the dates
    if pub.last >= when.first:
        return None
    return (f"{OPTION['published']} {published} is before {OPTION['as_of']} {as_of}: the figure "
            f"was stated before the time it is about. Fine for a plan or forecast; otherwise "
            f"check the two dates")
