"""Export the findings or the normalized figures: csv, json, md, xlsx or html.

Cells a spreadsheet would execute (starting with =, +, -, @, or a tab or carriage return) are
neutralized with a leading apostrophe in csv and xlsx. Markdown makes user text inert: no link,
image or HTML in a quote can become live.
"""
from __future__ import annotations

import csv
import io
import itertools
import json
import math
import re
from dataclasses import dataclass
from itertools import chain
from json.encoder import encode_basestring as _json_text
from operator import itemgetter
from pathlib import Path
from typing import BinaryIO

import numpy as np
import pandas as pd

# md_text, markdown and plain_number are imported from here by callers and tests.
from reconcile.model import findings as F
from reports.markdown import figures_markdown, findings_markdown, markdown, md_text, plain_number  # noqa: F401
from reports.safe_text import FORMULA_START
from reports.tables import (
    FINDING_COLUMNS,
    ID_LISTS,
    LIST_COLUMNS,
    MONEY_COLUMN,
    NUMBER_COLUMNS,
    RECORD_CHANGED,
    cell_records,
    clean_cells,
    figure_chunks,
    figures_table,
    finding_chunks,
    finding_columns,
    findings_table,
    joined_cells,
    money_note,
    record_values,
    text_cells,
)

FORMATS = ("csv", "json", "md", "xlsx", "html")
# csv and json are written this many rows at a time, each chunk's messages rendered then: a
# merged finding's message can run to a hundred megabytes, a million figures to gigabytes.
CHUNK_ROWS = {"findings": 200, "figures": 20_000}
EXTENSIONS = {".csv": "csv", ".json": "json", ".md": "md", ".markdown": "md", ".xlsx": "xlsx",
              ".html": "html", ".htm": "html"}
# A compressed file's extensions: export writes none (a compressor is one pipe away), so such a
# name is refused rather than given uncompressed bytes that its program cannot open.
COMPRESSED = (".gz", ".tgz", ".bz2", ".xz", ".zst", ".zip", ".7z", ".z", ".lz", ".lzma")


class ExportError(ValueError):
    """An export that cannot be made as asked; the message says why."""


def format_for(path: str | None, fmt: str | None) -> str:
    """The format to write: `fmt` if given, else from the extension of `path`, else csv; a
    `fmt` that contradicts a known extension is refused (json bytes in a.csv open as garbage)."""
    ext = Path(path).suffix.lower() if path else ""
    if ext in COMPRESSED:
        raise ExportError(_compressed_refusal(path, fmt))
    named = EXTENSIONS.get(ext)
    if fmt and named and named != fmt:
        raise ExportError(f"--format {fmt}: -o {path} names a {ext} file; drop --format or "
                          f"give -o a name ending in {_ext_words(fmt)}")
    if fmt:
        return fmt
    if not path:
        return "csv"
    if ext not in EXTENSIONS:
        raise ExportError(f"-o {path}: cannot tell the format from "
                          f"{repr(ext) if ext else 'a name without an extension'}; use one of "
                          f"{', '.join(sorted(EXTENSIONS))} or give --format "
                          f"({'|'.join(FORMATS)})")
    return EXTENSIONS[ext]


def _ext_words(fmt: str) -> str:
    """The extensions of a format, as a user types them: ".md or .markdown"."""
    return " or ".join(e for e, f in EXTENSIONS.items() if f == fmt)


def _compressed_refusal(path: str, fmt: str | None) -> str:
    """Why a compressed name is refused, and the pipe that makes one (a text format only)."""
    inner = Path(path).with_suffix("")
    fmt = fmt or EXTENSIONS.get(inner.suffix.lower())
    pipe = (f"; or pipe standard output: figrecon export --format {fmt} | gzip > {path}"
            if fmt and fmt != "xlsx" and path.lower().endswith(".gz") else "")
    return (f"-o {path}: export writes no compressed file; give -o {inner} and compress it"
            f"{pipe}")


def neutralize(value):
    """A string a spreadsheet would run as a formula, made inert; anything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _inert(cells: dict) -> dict:
    """A table's columns of cells with every text cell `neutralize`d; columns of numbers (floats
    or None, `reports.tables`) are left as they are, and a column with nothing to change is not
    copied."""
    out = dict(cells)
    for col, values in cells.items():
        if col in NUMBER_COLUMNS:
            continue
        if _all_plain(values):
            continue
        hits = [k for k, v in enumerate(values) if isinstance(v, str) and v.startswith(FORMULA_START)]
        if hits:
            values = out[col] = np.array(values, dtype=object)
            for k in hits:
                values[k] = neutralize(values[k])
    return out


def _all_plain(values) -> bool:
    """Whether a column is all text that no spreadsheet runs, looked at in one C loop (False
    when a cell is not text: the caller looks cell by cell)."""
    try:
        # Each cell's first character (none for ''), a string each, in C: quicker than a
        # `startswith` of six prefixes per cell.
        return _FORMULA_FIRST.isdisjoint(map(_first_character, values))
    except TypeError:
        return False


_FORMULA_FIRST = frozenset(FORMULA_START)
_first_character = itemgetter(slice(0, 1))


@dataclass(frozen=True)
class Exported:
    """An export's bytes, what rows it holds ("3 findings and 12 figures") and the warnings a
    user should see (cells cut at Excel's limit)."""

    content: bytes
    rows: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Written:
    """What `write_export` wrote: how many bytes, what rows they hold, the warnings."""

    size: int
    rows: str
    warnings: tuple[str, ...] = ()


def _rows(shown: pd.DataFrame, figures: pd.DataFrame, fmt: str, what: str) -> str:
    """What rows an export of `fmt` holds, in words: "3 findings and 12 figures"."""
    from reports.layout import plural
    from reports.tables import involved
    n_findings, n_figures = plural(len(shown), "finding"), plural(len(figures), "figure")
    if fmt in ("xlsx", "html"):
        return f"{n_findings} and {n_figures}"
    if what == "figures":
        return n_figures
    if fmt == "md":       # md follows the findings with the figures they involve
        return f"{n_findings} and {plural(len(involved(shown)), 'figure')} they involve"
    return n_findings


def render(rec, counted: pd.DataFrame, shown: pd.DataFrame, figures: pd.DataFrame, fmt: str,
           what: str = "findings") -> bytes:
    """The export as the bytes of a file (`export_file` without its warnings)."""
    return export_file(rec, counted, shown, figures, fmt, what).content


def export_file(rec, counted: pd.DataFrame, shown: pd.DataFrame, figures: pd.DataFrame,
                fmt: str, what: str = "findings") -> Exported:
    """The export as a file's bytes, with what it holds and any warnings (`write_export` into
    memory: for a small export or a test)."""
    out = io.BytesIO()
    made = write_export(out, rec, counted, shown, figures, fmt, what)
    return Exported(out.getvalue(), made.rows, made.warnings)


def write_export(out: BinaryIO, rec, counted: pd.DataFrame, shown: pd.DataFrame,
                 figures: pd.DataFrame, fmt: str, what: str = "findings") -> Written:
    """Write the export to `out`, with what it holds and any warnings.

    `counted` are all findings in scope (they decide each figure's flag), `shown` those at or
    above the asked severity, `figures` the figures in scope. csv and json hold one table
    (`what`), written in chunks of rows; md holds `what` as short tables (findings: a summary,
    each message, the figures involved); xlsx holds both as sheets; html is a whole page. md,
    xlsx and html are made whole, then written.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; the formats are {', '.join(FORMATS)}")
    rows = _rows(shown, figures, fmt, what)
    money = money_note(rec.context.currency, rec.context.real_as_of)
    if fmt in ("csv", "json"):
        return Written(_write_pieces(out, _table_pieces(counted, shown, figures, fmt, what,
                                                        money)), rows)
    made = _whole(rec, counted, shown, figures, fmt, what, money)
    out.write(made.content)
    return Written(len(made.content), rows, made.warnings)


def _write_pieces(out: BinaryIO, pieces) -> int:
    """Write each text piece to `out` as UTF-8 as it comes; the bytes written."""
    size = 0
    for piece in pieces:
        data = piece.encode("utf-8")
        out.write(data)
        size += len(data)
    return size


def _chunks(counted: pd.DataFrame, shown: pd.DataFrame, figures: pd.DataFrame, what: str,
            money: str | None = None):
    """The exported table (`what`) as its columns of cells, a chunk of rows at a time; messages
    rendered per chunk. `money`: `money_note`, a last column under --real."""
    if what == "findings":
        return _with_money(finding_chunks(shown, CHUNK_ROWS[what]), money)
    return _with_money(figure_chunks(figures, counted, CHUNK_ROWS[what]), money)


def _with_money(chunks, money: str | None):
    """Each chunk with the `money` column when there is a note: a csv keeps one header row and a
    json its list of records, so the note rides on every row."""
    for cells in chunks:
        if money is not None:
            rows = len(next(iter(cells.values()))) if cells else 0
            cells = {**cells, MONEY_COLUMN: [money] * rows}
        yield cells


def _table_pieces(counted, shown, figures, fmt: str, what: str, money: str | None = None):
    """The text of a csv or json export, piece by piece: the same characters as the whole
    table written at once (csv cells and json records are each written on their own)."""
    if fmt == "csv" and what == "findings":
        yield from _csv_findings(shown, CHUNK_ROWS[what], money)
        return
    if fmt == "csv":
        for n, cells in enumerate(_chunks(counted, shown, figures, what, money)):
            yield _csv_text(cells, header=n == 0)
        return
    yield from json_framed(map(json_records, _chunks(counted, shown, figures, what, money)))


def _csv_findings(shown: pd.DataFrame, step: int, money: str | None = None):
    """The findings csv's text, `step` rows at a time. A column of strings or of floats (all but
    the messages and the id lists, as a table has them) is written whole, once per distinct
    cell: it holds few (a fact's bounds and gaps repeat over its findings)."""
    written = {name: texts for name, values in finding_columns(shown).items()
               if (texts := _distinct_csv_cells(name, values)) is not None}
    names = list(FINDING_COLUMNS.values()) + ([MONEY_COLUMN] if money is not None else [])
    for n, cells in enumerate(_with_money(finding_chunks(shown, step, left_out=written), money)):
        cut = slice(n * step, (n + 1) * step)
        yield _csv_text(cells, header=n == 0, names=names,
                        written={name: texts[cut] for name, texts in written.items()})


def _distinct_csv_cells(name: str, values: np.ndarray) -> np.ndarray | None:
    """A whole column's csv cells, each distinct value cleaned, made inert and written once (the
    same rules as cell by cell: they look at a cell alone); None for a column of other values."""
    if values.dtype == np.float64:      # told apart by their bits: 0.0 is not -0.0
        codes, distinct = pd.factorize(values.view(np.int64))
        distinct = distinct.view(np.float64)
    elif values.dtype == object and name not in LIST_COLUMNS:
        codes, distinct = pd.factorize(values)
        # Only strings: a missing value (None, NaN) would be one code whatever its cell says.
        if (len(codes) and codes.min() < 0) or any(v.__class__ is not str for v in distinct):
            return None
    else:
        return None
    cells = _inert(clean_cells({name: distinct}))[name]
    return F.object_cells(_csv_cells(cells, name in NUMBER_COLUMNS)).take(codes)


def _csv_lines(cells: dict, header: bool, names: list | None = None,
               written: dict | None = None) -> list[str]:
    """A chunk's csv records, each with its line end: tuple cells joined, formula-like text made
    inert. The characters pandas' `to_csv` writes of the table (through the csv module:
    minimal quoting, "\n" line ends, a float by its repr, None empty), for a table of two
    columns or more (the module quotes a record of one empty cell). `written`: columns given
    as their csv cells already, placed among `cells`' by `names`, the table's columns."""
    names = list(cells) if names is None else names
    lines = [_csv_written(names)] if header else []
    return lines + [row + "\n" for row in _csv_rows(cells, names, written)]


def _csv_text(cells: dict, header: bool, names: list | None = None,
              written: dict | None = None) -> str:
    """`_csv_lines` joined: the records joined by line ends at once, not each copied to take its
    own."""
    names = list(cells) if names is None else names
    rows = "\n".join(_csv_rows(cells, names, written))
    return (_csv_written(names) if header else "") + (rows + "\n" if rows else "")


def _csv_rows(cells: dict, names: list, written: dict | None):
    """A chunk's csv records without their line ends (`_csv_lines`)."""
    columns = {col: _csv_cells(v, col in NUMBER_COLUMNS)
               for col, v in _inert(joined_cells(cells)).items()} | (written or {})
    return map(",".join, zip(*(columns[c] for c in names)))


def _csv_written(cells: list) -> str:
    """One record as the csv module writes it."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(cells)
    return out.getvalue()


# What makes the csv module quote a cell, asked of it: the comma, the quote, the line end, and a
# lone "\r" from Python 3.13.
_QUOTED = tuple(c for c in ',"\n\r' if _csv_written([c, ""]) != c + ",\n")
_QUOTED_AT = re.compile("[" + re.escape("".join(_QUOTED)) + "]").search


def _quotes_in(text: str) -> bool:
    """Whether any cell joined in `text` needs quotes: one `in` per character (a byte search,
    a hundred times the regex's pace over the id lists' megabytes of text)."""
    return any(c in text for c in _QUOTED)


def _csv_cells(values, numbers: bool) -> list[str]:
    """A column's cells as the csv module writes them. Cells are quoted by str methods, not
    character by character as the module does (the messages are a whole export's bytes): a
    column with nothing to quote, as most are, is looked at once."""
    if numbers:
        return _number_texts(values, "")
    if not hasattr(values, "__len__"):     # an iterator is read once, here
        values = list(values)
    if {*map(type, values)} <= _JUST_STR:      # the messages, the joined id lists
        texts = list(values)
    else:
        texts = ["" if v is None else v if v.__class__ is str else str(v) for v in values]
    # A column whose first cell is quoted (the messages: each head quotes its amount) is quoted
    # cell by cell at once, not joined first to look for what to quote.
    if texts and _QUOTED_AT(texts[0]) or _quotes_in("".join(texts)):
        # A quote is always quoted on: a cell whose quotes, doubled, change its length is quoted
        # with no search; the others only if the search finds another such character.
        texts = [f'"{q}"' if len(q := t.replace('"', '""')) != len(t) or _QUOTED_AT(t) else t
                 for t in texts]
    return texts


def _number_texts(values, missing: str) -> list[str]:
    """A column of numbers (finite floats or None, `reports.tables`) as csv and json write them:
    a float by its repr, None as `missing`."""
    return [missing if v is None else repr(v) for v in values]


def json_records(cells: dict) -> list[str]:
    """`_json_record` of each of `tables.cell_records(cells)`, made column by column: a
    column's cells are written once (a tuple shared by many rows once), then each record is one
    format of its row's texts."""
    names = list(cells)
    if not names or not all(name.__class__ is str for name in names):
        return [_json_record(r) for r in cell_records(cells)]
    layout = _record_layout(names)
    return [layout % row
            for row in zip(*(_json_column(name, v) for name, v in cells.items()))]


def _record_layout(names) -> str:
    """The text of a record with these keys, each value a `%s` (`_json_record`'s layout)."""
    return "{\n    " + ",\n    ".join(_json_text(name).replace("%", "%%") + ": %s"
                                     for name in names) + "\n  }"


def _json_column(name: str, values) -> list[str]:
    """A column of clean cells as `_json_record` writes each of its values."""
    if name in NUMBER_COLUMNS:
        return _number_texts(values, "null")
    if name not in RECORD_CHANGED:
        return [_json_text(v) if v.__class__ is str else _json_value(v) for v in values]
    # Tuples, one shared by the findings about one fact (its yardsticks, the checks): each
    # written once, keyed by identity while `values` holds it.
    distinct = {id(t): t for t in values}
    written = dict(zip(distinct, _json_tuples(name, list(distinct.values()))))
    return [written[k] for k in map(id, values)]


def _json_tuples(name: str, cells: list) -> list[str]:
    """Distinct cells of a column of tuples, each as `_json_value` writes its record's value.
    A chunk's id lists of plain strings (as ids are) are looked at once, not list by list."""
    ids = list(chain.from_iterable(cells))
    if (name in ID_LISTS and {*map(type, cells)} == {tuple} and {*map(type, ids)} <= _JUST_STR
            and _plain(ids)):
        # A record's list of the tuple; an empty one as json writes it.
        return [_json_texts(t, True) if t else _json_value([]) for t in cells]
    return list(map(_json_value, record_values(name, cells)))


def _json_record(r: dict) -> str:
    """`json.dumps(r, ensure_ascii=False, indent=2)` indented by two more spaces (a record of a
    list). Written here for the record's keys, texts, finite floats, None and lists of texts,
    which are all an exported table's cells: given an indent, json encodes in Python, value by
    value, slower than the export's other steps together; json's encoder of a text is used."""
    if not r or not all(k.__class__ is str for k in r):
        return _json_dumped(r, "  ")
    return _record_layout(r) % tuple(map(_json_value, r.values()))


def _json_value(v) -> str:
    """A record's value as `_json_record` lays it out; anything uncommon as json writes it."""
    if v.__class__ is str:
        return _json_text(v)
    if v is None:
        return "null"
    if v.__class__ is float and math.isfinite(v):
        return repr(v)
    if v.__class__ is list and v and {*map(type, v)} == _JUST_STR:
        return _json_texts(v, _plain(v))
    return _json_dumped(v, "    ")


_JUST_STR = {str}


def _plain(texts) -> bool:
    """Whether json writes each of `texts` (strings) as it is, quoted: ids have nothing it
    escapes, and an escape is longer than its character."""
    joined = ",".join(texts)
    return len(_json_text(joined)) == len(joined) + 2


def _json_texts(texts, plain: bool) -> str:
    """A non-empty list of strings as `_json_value` lays it out (`plain`: as `_plain` says)."""
    if plain:
        return '[\n      "' + '",\n      "'.join(texts) + '"\n    ]'
    return "[\n      " + ",\n      ".join(map(_json_text, texts)) + "\n    ]"


def _json_dumped(v, indent: str) -> str:
    # A string's newlines are escaped, so every newline of the dumped value is structure.
    return json.dumps(v, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)


def json_framed(groups):
    """The records' texts, given as lists of them, framed as json.dumps(list, indent=2) frames a
    list: brackets on their own lines, each record indented by two more spaces, a comma after
    all but the last; "[]" when there is none. One piece per list."""
    first = True
    for texts in groups:
        if texts:
            yield ("[\n  " if first else ",\n  ") + ",\n  ".join(texts)
            first = False
    yield "[]\n" if first else "\n]\n"


def _whole(rec, counted: pd.DataFrame, shown: pd.DataFrame, figures: pd.DataFrame, fmt: str,
           what: str, money: str | None = None) -> Exported:
    """An md, xlsx or html export, made whole (its layout reads the whole table); `money`:
    `money_note` (html says it in its summary, as the terminal report does)."""
    if fmt == "html":
        from reports.html import page
        return Exported(page(rec, counted, shown, figures).encode("utf-8"), "")
    if fmt == "xlsx":
        from reports.xlsx import book
        # No apostrophe: the workbook stores formula-like text as text (see reports.xlsx).
        made = book(text_cells(findings_table(shown)), figures_table(figures, counted), money)
        return Exported(made.content, "", tuple(cut.warning() for cut in made.cuts))
    t = findings_table(shown) if what == "findings" else figures_table(figures, counted)
    if what == "findings":
        return Exported(findings_markdown(t, figures_table(figures, counted), money)
                        .encode("utf-8"), "")
    return Exported(figures_markdown(t, money).encode("utf-8"), "")


def in_scope(findings: pd.DataFrame, figures: pd.DataFrame, metric: str | None,
             min_severity: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """What an export holds of a run: (every finding in scope, those at or above `min_severity`,
    the figures in scope); the scope is `metric`'s, if given."""
    from reconcile.engines.local import filter_findings
    figs = figures if metric is None else figures[figures["metric"].eq(metric)]
    return (filter_findings(findings, metric, "info"),
            filter_findings(findings, metric, min_severity), figs)


# Streamed csv and json exports of a run made partition by partition (Dask): each partition
# renders its own rows where it ran, the client spills them as they come and writes them merged,
# in the single-process export's order. md, xlsx and html are made whole.
STREAMED = ("csv", "json")


@dataclass(frozen=True)
class PartRows:
    """One partition's rows of a csv or json export, rendered: each row's text and its place in
    the whole export (`keys`, ascending), and the csv header."""

    keys: tuple
    texts: tuple[str, ...]
    header: str = ""


def part_rows(findings: pd.DataFrame, figures: pd.DataFrame, fmt: str, what: str,
              metric: str | None, min_severity: str, money: str | None = None) -> PartRows:
    """The rows one partition adds to a csv or json export of `what`: its findings and figures
    are whole families' (so each figure's flag is the whole run's); `figures` carry `_row`,
    their row in the whole input; `money`: the run's `money_note`, a last column under --real.

    A findings row's key is `reconcile.model.findings.leading_keys`, the first keys of
    `reconcile.model.findings.sort`: a metric is in one partition only, so rows of two
    partitions never tie on them and a merge by them keeps each partition's own order, which is
    the single-process order of its rows. A figures row's key is its input row."""
    counted, shown, figs = in_scope(findings, figures, metric, min_severity)
    if what == "findings":
        keys = tuple(zip(*(k.tolist() for k in F.leading_keys(shown))))
    else:
        keys = tuple(figs["_row"].tolist())
    header, texts = "", []
    for n, cells in enumerate(_chunks(counted, shown, figs, what, money)):
        if fmt == "json":
            texts += json_records(cells)
            continue
        rows = _csv_lines(cells, header=n == 0)
        if n == 0:
            header, rows = rows[0], rows[1:]
        texts += rows
    return PartRows(keys, tuple(texts), header)


class StreamedExport:
    """A csv or json export gathered partition by partition, in any order (`add` each
    partition's `PartRows` as it comes: its rows are spilled to files under `directory`), then
    written whole in the single-process export's order (`write`)."""

    def __init__(self, fmt: str, what: str, directory: str | Path) -> None:
        from reports.runs import SortedRuns
        if fmt not in STREAMED:
            raise ExportError(f"{fmt} is made whole, not streamed; streamed: {', '.join(STREAMED)}")
        self.fmt, self.what = fmt, what
        self._runs = SortedRuns(directory)
        self._header = ""

    def add(self, part: PartRows) -> None:
        """Spill one partition's rows."""
        self._header = self._header or part.header
        self._runs.add(part.keys, part.texts)

    def write(self, out: BinaryIO) -> Written:
        """Write the export to `out`: every partition's rows merged in order."""
        from reports.layout import plural
        texts = self._runs.merged()
        pieces = json_framed([t] for t in texts) if self.fmt == "json" else itertools.chain(
            [self._header], texts)
        rows = plural(self._runs.rows, {"findings": "finding", "figures": "figure"}[self.what])
        return Written(_write_pieces(out, pieces), rows)
