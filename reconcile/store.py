"""Appending a figure to the CSV: validated first, then written atomically under a lock.

The new file is written beside the old one and moved over it in one step, so a crash leaves either
the old file or the new one, never half of either; a lock file keeps two `add`s from interleaving.
Every byte already in the file stays as it was.
"""
from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

import pandas as pd

from reconcile.figures import COLUMNS, FiguresError, parse_rows, validate

LOCK_TIMEOUT_S = 30


def _terminator(data: bytes) -> str:
    first = data.split(b"\n", 1)[0]
    return "\r\n" if first.endswith(b"\r") else "\n"


def _next_line(data: bytes) -> int:
    """The line a row appended to `data` starts on (after a newline added if one is missing)."""
    return data.count(b"\n") + (0 if data.endswith(b"\n") else 1) + 1


def row_problems(path: Path, data: bytes, fields: dict) -> list[str]:
    """Every problem with the file plus the new row, reported at the line the row would take."""
    df, problems = parse_rows(path, data)
    clean = {c: (fields.get(c).strip() or None) if isinstance(fields.get(c), str)
             else fields.get(c) for c in COLUMNS}
    new = pd.DataFrame([clean])
    new["line"] = _next_line(data)
    return problems + validate(pd.concat([df, new], ignore_index=True), str(path))


def append_figure(path: str | Path, fields: dict) -> int:
    """Validate `fields` against the file, then append them as one row; returns its line."""
    from filelock import FileLock, Timeout
    path = Path(path)
    try:
        lock = FileLock(str(path) + ".lock", timeout=LOCK_TIMEOUT_S)
        with lock:
            return _append_locked(path, fields)
    except Timeout:
        raise FiguresError([f"{path}: another add holds the lock {path}.lock; try again"]) \
            from None


def _append_locked(path: Path, fields: dict) -> int:
    data = path.read_bytes() if path.exists() else b""
    if not data:
        data = (",".join(COLUMNS) + "\n").encode("utf-8")
    problems = row_problems(path, data, fields)
    if problems:
        raise FiguresError(problems)
    header = next(csv.reader(io.StringIO(data.decode("utf-8-sig").split("\n", 1)[0])))
    header = [h.strip() for h in header]
    eol = _terminator(data)
    buf = io.StringIO()
    csv.writer(buf, lineterminator=eol).writerow([fields.get(h) or "" for h in header])
    tail = b"" if data.endswith(b"\n") else eol.encode()
    line = _next_line(data)
    _replace_atomically(path, data + tail + buf.getvalue().encode("utf-8"))
    return line


def _replace_atomically(path: Path, content: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(content)
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


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(path: str | Path, content: bytes) -> None:
    """Write a whole file so that it is either fully written or untouched."""
    _replace_atomically(Path(path), content)
