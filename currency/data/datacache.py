"""A compact binary copy of parsed bundled data (the ECB history), in the user's cache directory.

Parsing the ECB CSV costs more than the rest of a small run; the parsed table is written once
as a JSON header line followed by raw arrays, and read back with `array.frombytes`. The file's
name carries the source file's path, size and modification time, so a new installed data file
is parsed afresh. Nothing here is required: when the cache cannot be read or written, the data
is parsed as before.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from array import array
from pathlib import Path
from typing import Callable

FORMAT = 1


def cache_dir() -> Path:
    """$FIGRECON_CACHE_DIR, or figrecon under $XDG_CACHE_HOME (default ~/.cache)."""
    if os.environ.get("FIGRECON_CACHE_DIR"):
        return Path(os.environ["FIGRECON_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "figrecon"


def _key(name: str, source: Path) -> str:
    st = source.stat()
    ident = f"{FORMAT}|{source.resolve()}|{st.st_size}|{st.st_mtime_ns}"
    return f"{name}-{hashlib.sha256(ident.encode()).hexdigest()[:16]}.bin"


def _read(path: Path) -> tuple[dict, dict[str, array]]:
    with open(path, "rb") as fh:
        meta = json.loads(fh.readline())
        arrays = {}
        for name, code, n in meta["arrays"]:
            a = array(code)
            a.frombytes(fh.read(n * a.itemsize))
            if len(a) != n:
                raise ValueError("truncated cache file")
            arrays[name] = a
    return meta["meta"], arrays


def _write(path: Path, meta: dict, arrays: dict[str, array]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    head = {"meta": meta, "arrays": [[k, a.typecode, len(a)] for k, a in arrays.items()]}
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(json.dumps(head).encode() + b"\n")
            for a in arrays.values():
                fh.write(a.tobytes())
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
    prefix = path.name.split("-")[0] + "-"
    for old in path.parent.glob(prefix + "*.bin"):   # copies made from older data files
        if old != path:
            old.unlink(missing_ok=True)


def cached(name: str, source: Path,
           build: Callable[[], tuple[dict, dict[str, array]]]) -> tuple[dict, dict[str, array]]:
    """`build()`'s (meta, arrays) for `source`, from the cache when it holds them."""
    try:
        path = cache_dir() / _key(name, source)
    except OSError:
        return build()
    try:
        return _read(path)
    except (OSError, ValueError, KeyError, TypeError):
        pass
    meta, arrays = build()
    try:
        _write(path, meta, arrays)
    except OSError:
        pass      # a read-only or full cache directory: the tool works without it
    return meta, arrays
