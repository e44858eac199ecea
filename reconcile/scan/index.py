"""Article index files: a CSV with `file,published` and optional `url`, `publisher` (the columns of
the corpus's index.csv) and `locale` (en-CA), given with --index or found as `index.csv` beside the
articles."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from currency.errors import InputError
from currency.text.article import decode

INDEX_NAME = "index.csv"
INDEX_COLUMNS = ("file", "published")


@dataclass(frozen=True)
class IndexEntry:
    """One article's row of an index: its date as written, and where that row is."""

    published: str
    where: str                     # "FILE:LINE", to name in a problem
    url: str | None = None
    publisher: str | None = None
    locale: str | None = None      # "en-CA": what a bare "$" of the article names
    problem: str | None = None     # another row gives it another date, or its row has cells
                                   # past the header: it is left undated


@dataclass(frozen=True)
class RowConflict:
    """A later row naming an article already named, with other cells: where it is, and each
    column that differs with the first row's value and its own (the first row is used)."""

    where: str                     # "FILE:LINE" of the later row
    file: str
    first_line: int
    cells: tuple[tuple[str, str | None, str | None], ...]

    @property
    def dates(self) -> bool:
        """Whether it gives another date: which row stood would be a silent choice of date."""
        return any(column == "published" for column, _, _ in self.cells)

    def line(self) -> str:
        """The conflict in one line: where, the columns, both values of each."""
        def shown(value):
            return repr(value) if value else "(empty)"
        said = "; ".join(f"{column} {shown(there)} there and {shown(here)} here"
                         for column, there, here in self.cells)
        columns = ", ".join(column for column, _, _ in self.cells)
        return (f"{self.where}: {columns}: {self.file}: named on line {self.first_line} too, "
                f"with {said}")


@dataclass(frozen=True)
class ArticleIndex:
    """The rows of one index file, found by path relative to its folder or by file name."""

    path: Path
    by_path: dict[str, IndexEntry]
    by_name: dict[str, IndexEntry]         # file names that only one row has
    conflicts: tuple[RowConflict, ...] = ()

    def entry(self, article: Path) -> IndexEntry | None:
        """The row naming `article` (a path on disk), if any."""
        try:
            rel = article.resolve().relative_to(self.path.resolve().parent).as_posix()
        except ValueError:
            rel = None
        if rel is not None and rel in self.by_path:
            return self.by_path[rel]
        return self.by_name.get(article.name)


def read_index(path: Path, label: str) -> ArticleIndex:
    """Read an index; InputError naming `label` (the option or the file) when it is not one."""
    from reconcile.store.files import SMALL_LIMIT, FileRefused, read_regular
    from reconcile.store.table import named_twice, surplus_cells
    # Bounded, and only a regular file: a FIFO blocked the scan, /dev/zero filled memory.
    try:
        data = read_regular(path, "article index", SMALL_LIMIT)
    except FileRefused as exc:      # said under the option's name, as its other problems are
        raise InputError(f"error: {label}: {exc.problem.reason}") from None
    text, _ = decode(data, str(path), "an article index")
    rows = _rows(text, label)
    header = [h.strip().lower() for h in (rows[0].cells if rows else ())]
    # Which of the two would be read is a silent choice. Blank names are left out: a header's
    # trailing commas name no column to read.
    twice = named_twice(label, [h for h in header if h], rows[0].line) if rows else None
    if twice:
        raise InputError(f"error: {twice}")
    missing = [c for c in INDEX_COLUMNS if c not in header]
    if missing:
        raise InputError(f"error: {label}: not an article index: no column {', '.join(missing)} "
                         f"(the header is {','.join(rows[0].cells if rows else ()) or 'empty'}; "
                         "an index has file,published and optional url,publisher)")
    by_path: dict[str, IndexEntry] = {}
    names: dict[str, list[str]] = {}
    lines: dict[str, int] = {}
    conflicts: list[RowConflict] = []
    for record in rows[1:]:
        # Cells past the header (an unquoted comma in a publisher's name) were dropped unsaid:
        # the row is not read, its article left undated, as for two dates.
        extra = len(record.cells) > len(header) and any(c.strip() for c in
                                                        record.cells[len(header):])
        row = dict(zip(header, record.cells))
        name = (row.get("file") or "").strip()
        if not name:
            continue
        entry = IndexEntry((row.get("published") or "").strip(),
                           f"{path}:{record.line}",
                           (row.get("url") or "").strip() or None,
                           (row.get("publisher") or "").strip() or None,
                           (row.get("locale") or "").strip() or None,
                           str(surplus_cells(label, record.line, len(record.cells), len(header)))
                           if extra else None)
        key = PurePosixPath(name.replace("\\", "/")).as_posix().removeprefix("./")
        first = by_path.setdefault(key, entry)
        if first is entry:
            lines[key] = record.line
            names.setdefault(PurePosixPath(key).name, []).append(key)
            continue
        cells = _differences(first, entry)
        if not cells:               # a row repeated as it was
            continue
        conflict = RowConflict(f"{label}:{record.line}", name, lines[key], cells)
        conflicts.append(conflict)
        if conflict.dates and first.problem is None:
            by_path[key] = replace(first, problem=conflict.line())
    return ArticleIndex(path, by_path, {n: by_path[k[0]] for n, k in names.items() if len(k) == 1},
                        tuple(conflicts))


def _rows(text: str, label: str) -> list:
    """The index's non-blank records, cut as the figures file's are; InputError for a quote
    never closed (it would swallow every row after it) or malformed quoting."""
    from reconcile.store.table import ShapeError, records
    try:
        found = records(label, text)
    except ShapeError as exc:
        raise InputError(f"error: {exc.problem}") from None
    return [r for r in found if r.cells]


def _differences(first: IndexEntry, again: IndexEntry) -> tuple:
    """(column, first value, this value) for each cell a second row for the same article says
    otherwise; empty when it repeats the first."""
    return tuple((column, getattr(first, column), getattr(again, column))
                 for column in ("published", "url", "publisher", "locale")
                 if getattr(first, column) != getattr(again, column))


def is_index(path: Path) -> bool:
    """Whether a file found in a folder is an index (read as one, never scanned as an article)."""
    return path.name.lower() == INDEX_NAME
