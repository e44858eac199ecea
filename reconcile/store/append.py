"""Appending a figure to the CSV: validated first, then written atomically under a lock.

The new file is written beside the old one and moved over it in one step, so a crash leaves either
the old file or the new one, never half of either; a lock file keeps two `add`s from interleaving.
Every byte already in the file stays as it was (a header may gain the optional columns a new row
fills). `add` must stay fast with many running at once, so it checks the new row's cells before
taking the lock, and under the lock only reads the file's structure (pandas-free), its ids and
its metrics: the lock is held for milliseconds.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import replace
from pathlib import Path

from reconcile.store.figures import (
    COLUMNS,
    REQUIRED,
    FiguresError,
    cell_problems,
    part_of_graph_problems,
    read_figures_bytes,
)
from reconcile.store.files import FileRefused, kind_of, writable_output
from reconcile.store.problems import Problem
from reconcile.store.restatements import problems as restates_problems
from reconcile.store.table import bom, encode_row, read_table, unstarted

# Long enough for a queue of a hundred adds on a slow machine; each holds the lock briefly.
LOCK_TIMEOUT_S = 600
# Temp files of `add` carry this mark, so that only they are swept when found stale.
ADD_TEMP_MARK = ".add-"


def clean_fields(fields: dict) -> dict:
    """The cells as they will be stored and read back: text stripped, empty cells left out."""
    out = {}
    for col, value in fields.items():
        if value is None:
            continue
        text = str(value).strip()
        if text:
            out[col] = text
    return out


def append_figure(path: str | Path, fields: dict, new_metric: bool = True) -> int:
    """Validate `fields` against the file, then append them as one row; returns its line.

    With `new_metric` False, a metric no figure of the file has is refused (a misspelling would
    otherwise start a fact of its own). FiguresError (one line per problem) means the file was
    not changed.
    """
    path = Path(path)
    row = clean_fields(fields)
    unknown = sorted(set(row) - set(COLUMNS))
    if unknown:
        raise FiguresError([Problem.of_file(path, f"unknown column(s) {', '.join(unknown)}")])
    # The row's own cells first: this needs no lock and no look at the file.
    problems = cell_problems(row)
    target = _writable_target(path)
    with _locked(path, target, "add"):
        return _append_locked(path, target, row, problems, new_metric)


@contextlib.contextmanager
def _locked(path: Path, target: Path, who: str):
    """Hold the lock every writer of the figures file takes; a lock held too long or a failed
    write is a FiguresError that says the file was not changed."""
    from filelock import FileLock, Timeout
    try:
        with FileLock(str(target) + ".lock", timeout=LOCK_TIMEOUT_S):
            yield
    except Timeout:
        raise FiguresError([Problem.of_file(path, f"another {who} has held the lock "
                                            f"{target}.lock for {LOCK_TIMEOUT_S} s; is one stuck? "
                                            "The file was not changed")]) from None
    except OSError as exc:
        raise FiguresError([Problem.of_file(path, f"cannot write: {exc.strerror or exc}; the "
                                            "file was not changed")]) from None


def _writable_target(path: Path) -> Path:
    """The real file to write (through a symlink), refusing what we must not or cannot write:
    checked before the lock file is made, so none appears beside a device or a FIFO."""
    try:
        target = writable_output(path, "figures file")
    except FileRefused as exc:
        raise FiguresError([exc.problem]) from None
    try:
        # The lock file is created here, not by filelock: it retries a failed open until its
        # timeout, so a directory we may not write in would look like a long wait.
        os.close(os.open(str(target) + ".lock", os.O_WRONLY | os.O_CREAT, 0o666))
    except OSError as exc:
        raise FiguresError([Problem.of_file(path, f"cannot write in the directory {target.parent} "
                            f"({exc.strerror or exc}); the file was not changed")]) from None
    return target


def _append_locked(path: Path, target: Path, row: dict, problems: list[Problem],
                   new_metric: bool = True) -> int:
    _remove_stale_temps(target)
    data = read_figures_bytes(target) if target.exists() else b""
    if unstarted(data):
        data = bom(data) + (",".join(COLUMNS) + "\n").encode("utf-8")
    table, structure = read_table(str(path), data, REQUIRED)
    if table is None or structure:
        raise FiguresError(structure)
    line = table.line_count + 1
    problems = [replace(p, path=str(path), line=line) for p in problems]
    ids = {r.get("id", "").strip(): n for r, n in zip(table.rows, table.lines)}
    if row.get("id") in ids:
        problems.append(Problem(str(path), line, "id", row["id"], "duplicate id (ids must be "
                                f"unique; line {ids[row['id']]} has it)"))
    if not new_metric:
        from reconcile.store.curate import unknown_metric_problem
        unknown = unknown_metric_problem(row.get("metric", ""),
                                         {r.get("metric", "").strip() for r in table.rows})
        if unknown:
            problems.append(unknown)          # of the option typed, at no line of the file
    if row.get("part_of") and row.get("metric"):
        graph = [(n, r.get("metric", "").strip(), r.get("part_of", "").strip())
                 for r, n in zip(table.rows, table.lines)] + [(line, row["metric"],
                                                               row["part_of"])]
        problems += [p.in_file(path) for p in part_of_graph_problems(graph) if p.line == line]
    if row.get("restates"):
        metric_of = {r.get("id", "").strip(): r.get("metric", "").strip() for r in table.rows}
        metric_of[row.get("id", "")] = row.get("metric", "")
        check = [dict(line=line, id=row.get("id"), metric=row.get("metric"),
                      restates=row["restates"])]
        problems += [p.in_file(path) for p in restates_problems(check, metric_of)]
    if problems:
        raise FiguresError(problems)
    header = list(table.header)
    added = [c for c in COLUMNS if c in row and c not in header]
    head, rest = _split_header(data)
    if added and table.header_lines != 1:
        raise FiguresError([Problem(str(path), 1, "header", None, "spans several lines; "
                                    f"cannot add the column(s) {', '.join(added)} to it")])
    if added:
        # The header gains the columns; existing rows keep every byte and read as empty there.
        body = head.rstrip(b"\r\n")
        head = body + ("," + ",".join(added)).encode() + head[len(body):]
        header += added
    content = head + rest + (b"" if table.ends_with_newline else table.eol.encode())
    _replace_atomically(target, content + encode_row([row.get(h, "") for h in header],
                                                     table.eol), temp_mark=ADD_TEMP_MARK)
    return line


def _split_header(data: bytes) -> tuple[bytes, bytes]:
    """The header line's bytes (with its line ending) and everything after it."""
    ends = [i for i in (data.find(b"\r"), data.find(b"\n")) if i >= 0]
    if not ends:
        return data, b""
    cut = min(ends)
    cut += 2 if data[cut:cut + 2] == b"\r\n" else 1
    return data[:cut], data[cut:]


def _remove_stale_temps(target: Path, mark: str = ADD_TEMP_MARK, locked: bool = True) -> None:
    """Temp files an earlier writer left when killed. Under add's lock (`locked`) no add is
    writing one; without it (export) a temp is stale only when no process holds its flock."""
    prefix = f".{target.name}{mark}"
    for entry in os.scandir(target.parent):
        if entry.name.startswith(prefix) and entry.name.endswith(".tmp") and \
                entry.is_file(follow_symlinks=False) and (locked or _abandoned(entry.path)):
            try:
                os.unlink(entry.path)
            except FileNotFoundError:
                pass


def _abandoned(path: str) -> bool:
    """Whether no living writer holds the temp file (its writer flocks it while writing)."""
    try:
        import fcntl
    except ImportError:          # no flock (Windows): leave temps alone rather than guess
        return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def _hold(fd: int) -> None:
    """Flock a temp file while it is written, so a sweeper knows its writer is alive."""
    try:
        import fcntl
        fcntl.flock(fd, fcntl.LOCK_EX)
    except (ImportError, OSError):
        pass


def _replace_atomically(path: Path, content, temp_mark: str = ".") -> None:
    # content: bytes, or a callable that writes them to the open temp file (a streamed export).
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}{temp_mark}", suffix=".tmp",
                               dir=path.parent or ".")
    _hold(fd)
    try:
        with os.fdopen(fd, "wb") as f:
            if isinstance(content, bytes):
                f.write(content)
            else:
                content(f)
            f.flush()
            os.fsync(f.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        else:    # mkstemp makes 0600; a new file gets the mode the user's umask gives (0644)
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    try:
        dir_fd = os.open(path.parent or ".", os.O_RDONLY)
        try:
            os.fsync(dir_fd)        # the rename itself survives a power cut
        finally:
            os.close(dir_fd)
    except OSError:
        pass


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# Temp files of `export -o` and `scan -o` carry this mark; a killed one's are swept by the
# next write of that file.
EXPORT_TEMP_MARK = ".export-"


def write_output(path: str | Path, content, what: str = "report") -> Path:
    """Write an output file whole or not at all, refusing what `add` refuses (a device, a
    FIFO, a read-only file); sweeps the temps of killed exports. `content` is the bytes, or a
    callable writing them to a binary file (streamed into the temp). Returns the file written."""
    target = writable_output(path, what)      # FileRefused is an InputError: one line why
    _remove_stale_temps(target, EXPORT_TEMP_MARK, locked=False)
    _replace_atomically(target, content, temp_mark=EXPORT_TEMP_MARK)
    return target


def init_figures(path: str | Path) -> Path:
    """Create an empty figures file (the header only); an existing file is never touched."""
    path = Path(path)
    try:
        with open(path, "x", encoding="utf-8", newline="") as f:
            f.write(",".join(COLUMNS) + "\n")
    except FileExistsError:
        try:
            kind = kind_of(os.stat(path).st_mode)
        except OSError:         # a link to no file, or a loop of links
            kind = "a link that leads to no file"
        raise FiguresError([Problem.of_file(path, f"is {kind}; give the name of a new file"
                                            if kind else "already exists; figrecon init never "
                                            "overwrites a figures file")]) from None
    except OSError as exc:
        raise FiguresError([Problem.of_file(path, f"cannot create: {exc.strerror}")]) from None
    return path


def rewrite_figures(path: str | Path, change) -> tuple[bytes, bytes]:
    """Replace the file with `change(old bytes)` under the lock `add` takes, atomically; returns
    (old, new). `change` raises FiguresError to leave the file untouched."""
    path = Path(path)
    if not path.exists():
        raise FiguresError([Problem.of_file(path, "no such file")])
    target = _writable_target(path)
    with _locked(path, target, "command"):
        _remove_stale_temps(target)
        old = read_figures_bytes(target)
        new = change(old)
        if new != old:
            _replace_atomically(target, new, temp_mark=ADD_TEMP_MARK)
        return old, new
