"""Only regular files are read as inputs or replaced as outputs, and every read is bounded.

A FIFO would block a read forever, `/dev/zero` would fill memory, and replacing a device node or
a FIFO with a regular file destroys what the user pointed at; each is refused in one line naming
the path. The limits are far above any real figures file or article, and are said when hit.
"""
from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import BinaryIO

from currency.errors import InputError
from reconcile.store.problems import Problem

MB = 1 << 20
# 20,000 figures take about 1.3 MB; a file 200 times larger is not a hand-kept figures file
# (`report --engine dask` reads larger tables in parts, without this limit).
FIGURES_LIMIT = 256 * MB
# A long news article is under 100 kB of text; a page's raw HTML rarely passes 5 MB.
ARTICLE_LIMIT = 16 * MB
# The answers of `extract --add --answers`, the lines of `convert -`, an article index.
SMALL_LIMIT = 16 * MB


class FileRefused(InputError):
    """A path that is not a regular file, or is too large; `lines` holds the one line why, and
    `problem` the same as a record."""

    def __init__(self, path, reason: str) -> None:
        self.problem = Problem.of_file(str(path), reason)
        super().__init__(str(self.problem))


# `-` names standard input or output where a command reads or writes a stream; where a file
# must be named (the figures file, an index) it is refused, and a file named `-` is `./-`.
STREAM = "-"


def refuse_stream(path: str | os.PathLike | None, named: str,
                  fix: str = "give its name") -> None:
    """Refuse `-` where a file must be named, in one line: `named` says where it was given."""
    if path is not None and os.fspath(path) == STREAM:
        raise InputError(f"error: {named}: names a file here, not standard input or output; "
                         f"{fix} (./- for a file named -)")


def given_path(path: str | os.PathLike, option: str) -> None:
    """Refuse a path given empty: it is a variable left unset (`-o "$OUT"`), not the option
    left out, and taking it as left out would read or write another file than the one meant."""
    if not os.fspath(path):
        raise InputError(f"error: {option}: the path is empty; give a file name")
    name = os.fspath(path)
    if os.sep == "/" and re.match(r"[A-Za-z]:[\\/]|\\\\", name) and not _here(name):
        # Taken as written, `C:\temp\x.csv` is a file of that whole name in the current folder:
        # not where the user meant it, and a name they would not find by that path.
        raise InputError(f"error: {option} {name}: a Windows path; give a path of this system "
                         f"(folders separated by /), or ./{name} for a file of that name here")


def _here(name: str) -> bool:
    """A Windows-looking name that is this system's: the file exists (an earlier version wrote
    such names), or its folder, read as Windows reads it, is a real folder here (`C:/x.csv`)."""
    folder = os.path.dirname(name)
    return os.path.lexists(name) or (
        folder == os.path.dirname(name.replace("\\", "/")) and os.path.isdir(folder))


def kind_of(mode: int) -> str | None:
    """What a non-regular file is, in words, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    for test, name in ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


def _limit_text(limit: int) -> str:
    return f"{limit // MB} MB" if limit >= MB else f"{limit} bytes"


def read_regular(path: str | Path, what: str, limit: int) -> bytes:
    """The bytes of `path`, refusing anything but a regular file of at most `limit` bytes.

    `what` names the role in the error ("figures file", "article"). Opened without blocking,
    so a FIFO is refused instead of waiting for a writer that may never come.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except IsADirectoryError:
        raise FileRefused(path, f"cannot read: is a directory, not a {what}") from None
    except OSError as exc:
        raise FileRefused(path, f"cannot read: {exc.strerror or exc}") from None
    # Checked on the descriptor, before a file object: Linux opens a directory read-only, and
    # only the file object refuses it (IsADirectoryError, not a line naming the role).
    kind = kind_of(os.fstat(fd).st_mode)
    if kind:
        os.close(fd)
        raise FileRefused(path, f"is {kind}, not a regular file; the {what} must be a "
                          "regular file")
    with os.fdopen(fd, "rb") as f:
        return _bounded(f, str(path), what, limit)


def read_stream(stream: BinaryIO, name: str, what: str, limit: int) -> bytes:
    """At most `limit` bytes of a stream (standard input), refusing more."""
    return _bounded(stream, name, what, limit)


def _bounded(f: BinaryIO, name: str, what: str, limit: int) -> bytes:
    try:
        data = f.read(limit + 1)
    except OSError as exc:
        raise FileRefused(name, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise FileRefused(name, f"larger than {_limit_text(limit)}, the limit for the {what}; "
                          "is this the right file?")
    return data


def writable_output(path: str | Path, what: str) -> Path:
    """The real file to replace (through a symlink), when it may be replaced: a regular file
    the user may write, or a new name in an existing directory."""
    target = Path(os.path.realpath(path))
    if not target.parent.is_dir():
        raise FileRefused(path, f"the directory {target.parent} does not exist; create it "
                          "first")
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise FileRefused(path, f"cannot write: {exc.strerror or exc}") from None
    kind = kind_of(mode)
    if kind:
        raise FileRefused(path, f"is {kind}, not a regular file; the {what} is written only "
                          "as a regular file (nothing was written)")
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(target, os.W_OK):
        raise FileRefused(path, f"the file is read-only (mode {stat.filemode(mode)}); not "
                          "changed")
    return target
