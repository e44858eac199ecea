"""Write a bench's results into bench/RESULTS.md, in the block the bench owns.

A block runs from `<!-- bench:NAME -->` to `<!-- /bench:NAME -->`. `record` rewrites one block
(dated heading, the exact command, the machine's load, a table) and leaves every other byte of
the file as it was; `capture` does it for whatever a bench prints while it runs.
"""
from __future__ import annotations

import contextlib
import io
import os
import platform
import re
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "RESULTS.md"
# New blocks go just above this line (the hand-written history below it stays last).
HISTORY = "<!-- history -->"
_NAME = re.compile(r"[A-Za-z0-9_.,=-]+")
# A printed line is a label and its figures, split at the first run of two or more spaces
# (the column gap of the benches' aligned output) or else at the first ": ".
_GAP = re.compile(r"\s{2,}|: ")


@dataclass(frozen=True)
class Machine:
    """What the machine was doing while a bench ran: its figures depend on it."""

    cores: int
    load_start: float
    load_end: float
    python: str
    commit: str


def load() -> float:
    """The one-minute load average."""
    return os.getloadavg()[0]


def _commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                             capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return out.stdout.strip() or "unknown"


def machine(load_start: float | None = None, commit: str | None = None) -> Machine:
    """The machine's facts now; `load_start` and `commit` are taken when the bench began."""
    now = load()
    return Machine(os.cpu_count() or 0, now if load_start is None else load_start, now,
                   platform.python_version(), commit or _commit())


def rows_from_lines(text: str) -> list[tuple[str, str]]:
    """One (label, figures) row per non-empty printed line."""
    rows = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        parts = _GAP.split(line, maxsplit=1)
        rows.append((parts[0], parts[1].strip() if len(parts) > 1 else ""))
    return rows


def _cell(text: str) -> str:
    # A pipe would end the cell; a newline would end the row.
    return " ".join(str(text).split()).replace("|", "\\|")


def render(name: str, command: str, rows: Sequence[Sequence[str]], facts: Machine,
           when: datetime, header: Sequence[str] = ("what", "measured"), note: str = "") -> str:
    """The block's text, markers included, ending with a newline."""
    lines = [f"<!-- bench:{name} -->",
             f"## {name} ({when:%Y-%m-%d %H:%M} UTC)",
             "",
             f"`{command}`",
             "",
             f"{facts.cores} cores, load average {facts.load_start:.2f} at the start and "
             f"{facts.load_end:.2f} at the end (one minute), Python {facts.python}, "
             f"commit {facts.commit}.",
             "",
             *([note, ""] if note else []),
             "| " + " | ".join(_cell(h) for h in header) + " |",
             "|" + " --- |" * len(header)]
    for row in rows:
        cells = list(row) + [""] * (len(header) - len(row))
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    lines.append(f"<!-- /bench:{name} -->")
    return "\n".join(lines) + "\n"


def _lines_of(text: str, marker: str) -> list[int]:
    """Where `marker` is a whole line of `text`: a marker quoted in prose is not one."""
    return [m.start() for m in re.finditer(r"(?m)^" + re.escape(marker) + r"\r?$", text)]


def replace_block(text: str, name: str, block: str) -> str:
    """`text` with the block NAME replaced by `block`, or `block` added above the history."""
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    starts, ends = _lines_of(text, start), _lines_of(text, end)
    if len(starts) > 1 or len(ends) > 1 or len(starts) != len(ends) or \
            (starts and ends[0] < starts[0]):
        raise ValueError(f"{RESULTS.name}: block {name!r}: markers missing, repeated or "
                         "out of order")
    if starts:
        i, j = starts[0], ends[0]
        after = j + len(end)
        # The block's own newline goes with it; what follows stays as it was.
        if text.startswith("\r\n", after):
            after += 2
        elif text.startswith("\n", after):
            after += 1
        return text[:i] + block + text[after:]
    history = _lines_of(text, HISTORY)
    if history:
        h = history[0]
        return text[:h] + block + "\n" + text[h:]
    if text and not text.endswith("\n"):
        text += "\n"
    return text + ("\n" if text else "") + block


def record(name: str, command: str, rows: Sequence[Sequence[str]], *,
           load_start: float | None = None, path: Path = RESULTS,
           header: Sequence[str] = ("what", "measured"), when: datetime | None = None,
           note: str = "", commit: str | None = None) -> None:
    """Rewrite block NAME of `path` (atomically) with the command, the machine and `rows`."""
    if not _NAME.fullmatch(name):
        raise ValueError(f"bench block name {name!r}: use letters, digits and _ . , = -")
    # newline="" keeps the file's own line endings, so untouched bytes stay untouched.
    try:
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
    except FileNotFoundError:
        text = ""
    block = render(name, command, rows, machine(load_start, commit),
                   when or datetime.now(timezone.utc), header, note)
    new = replace_block(text, name, block)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(new)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def command_line(argv: Sequence[str] | None = None) -> str:
    """The command as typed: `python` and the script's arguments."""
    return "python " + shlex.join(sys.argv if argv is None else argv)


class _Tee(io.TextIOBase):
    def __init__(self, out) -> None:
        self.out, self.kept = out, io.StringIO()

    def write(self, s: str) -> int:
        self.kept.write(s)
        return self.out.write(s)

    def flush(self) -> None:
        self.out.flush()

    @property
    def encoding(self) -> str:
        # Code that asks stdout for its encoding (rich, click) gets the terminal's.
        return getattr(self.out, "encoding", "utf-8")

    def isatty(self) -> bool:
        return self.out.isatty()


@contextlib.contextmanager
def capture(name: str, enabled: bool, path: Path = RESULTS) -> Iterator[None]:
    """Print as usual; if `enabled` and the bench ends normally, record what it printed."""
    if not enabled:
        yield
        return
    # The code measured is the commit checked out at the start, not one made during a long run.
    start, commit = load(), _commit()
    tee = _Tee(sys.stdout)
    with contextlib.redirect_stdout(tee):
        yield
    record(name, command_line(), rows_from_lines(tee.kept.getvalue()), load_start=start,
           path=path, commit=commit)
    print(f"recorded in {path} (block {name})", file=sys.stderr)
