"""A compact binary copy of parsed bundled data (the ECB history), in the user's cache directory.

Parsing the ECB CSV costs more than the rest of a small run; the parsed table is written once
as a JSON header line followed by raw arrays, and read back with `array.frombytes`. The file's
name carries the source file's path, size and modification time, so a new installed data file
is parsed afresh. Tables derived from an installed package (babel's CLDR currency names) are kept
as JSON, their file named for what they were derived from (`cached_value`). Nothing here is
required: when the cache cannot be read or written, the data is parsed as before.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from array import array
from pathlib import Path
from typing import Any, Callable, TypeVar

T = TypeVar("T")

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
    head = {"meta": meta, "arrays": [[k, a.typecode, len(a)] for k, a in arrays.items()]}
    _replace(path, [json.dumps(head).encode() + b"\n", *(a.tobytes() for a in arrays.values())])


def _replace(path: Path, chunks) -> None:
    """Write `path` whole or not at all, and drop the copies made from older sources."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
    prefix = path.name.split("-")[0] + "-"
    for old in path.parent.glob(prefix + "*" + path.suffix):   # copies made from older sources
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


def cached_value(name: str, ident: str, build: Callable[[], Any],
                 decode: Callable[[Any], T]) -> T:
    """`decode(build())`, from the cache when it holds a value built from the same `ident`.

    `ident` names everything the value is derived from (a package's version, the date, the word
    lists); `build()` returns plain JSON data, and `decode` turns it into the value (raising
    KeyError, TypeError or ValueError on a file of another shape, which is then built afresh)."""
    digest = hashlib.sha256(f"{FORMAT}|{name}|{ident}".encode()).hexdigest()[:16]
    try:
        path = cache_dir() / f"{name}-{digest}.json"
    except OSError:
        return decode(build())
    try:
        with open(path, "rb") as fh:
            return decode(json.loads(fh.read()))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    data = build()
    try:
        _replace(path, [json.dumps(data, ensure_ascii=False).encode()])
    except OSError:
        pass      # a read-only or full cache directory: the tool works without it
    return decode(data)
