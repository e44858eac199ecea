"""The figures table: load `figures.csv`, validate it against its row rules, report every problem.

Each problem is one line, `FILE:LINE: column: value: reason`, all of them at once.
"""
from __future__ import annotations

import functools
import math
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from currency.errors import InputError
from currency.text.notes import INFERRED_FROM_RATE
from reconcile.store.problems import Problem
from reconcile.store.table import read_table

if TYPE_CHECKING:
    import pandas as pd

# The columns, in the order a new file is written. To add a column, add it here (and, if its
# cells have rules, an entry in CELL_RULES below); the optional columns are all those not REQUIRED.
COLUMNS = ["id", "metric", "amount", "as_of", "published", "source", "quote", "part_of", "kind",
           "note", "restates", "currency"]
REQUIRED = ["id", "metric", "amount", "as_of", "published", "source", "quote"]
# Dates pandas can hold (its timestamps run from 1677 to 2262).
FIRST_YEAR, LAST_YEAR = 1700, 2200
# cumulative: a running total; all_parts: a total whose parts in the file are all of it, so a
# sum of parts below it is a discrepancy rather than parts not stated (checks/parts.py).
KINDS = ("cumulative", "all_parts")
ID_RE = r"^[a-z0-9][a-z0-9._-]*$"
METRIC_RE = r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$"


# How scan and intake say, in a figure's note, that they chose its currency cell because the
# text leaves the currency implicit (a local site's bare "$"): written and read here alone, so
# that a currency set by hand is told apart from the project's own guess.
_GUESSED_CURRENCY = "the text leaves the currency implicit; {code}: "


def guessed_currency_note(code: str, why: str) -> str:
    """The note part scan and intake write for a currency cell they chose: the code and why."""
    return _GUESSED_CURRENCY.format(code=code) + why


def currency_guessed(note, code) -> bool:
    """Whether a figure's `note` says scan or intake chose its currency cell `code`."""
    return isinstance(note, str) and isinstance(code, str) \
        and _GUESSED_CURRENCY.format(code=code) in note


def currency_inferred(note, code) -> str | None:
    """Why a figure's currency cell `code` was inferred from a rate, not from its text (the
    reason its note gives), or None for a currency written, set by hand or guessed otherwise."""
    part = _guess_part(note, code)
    why = part[len(_GUESSED_CURRENCY.format(code=code)):] if part else ""
    return why if why.startswith(INFERRED_FROM_RATE) else None


# Scan joins a note's parts with this; the guess phrase runs to the next one (its own "; " aside).
NOTE_PARTS = "; "


def _guess_part(note, code) -> str | None:
    """The part of `note` saying its currency cell `code` was guessed (phrase and why), or None."""
    if not currency_guessed(note, code):
        return None
    start = note.index(_GUESSED_CURRENCY.format(code=code))
    end = note.find(NOTE_PARTS, start + len(_GUESSED_CURRENCY.format(code=code)))
    return note[start:end if end >= 0 else len(note)]


def _without(note: str, part: str) -> str:
    """`note` without `part` and the separator that joined it to the rest."""
    before, after = note.split(part, 1)
    rest = [before.removesuffix(NOTE_PARTS), after.removeprefix(NOTE_PARTS)]
    return NOTE_PARTS.join(p for p in rest if p)


def curated(row: dict, changes: dict) -> dict:
    """`changes` made by hand to figure `row`, its note kept true about a guessed currency: a
    currency set by hand is the user's answer (the guess goes); a new note beside it keeps it."""
    guess = _guess_part(row.get("note"), row.get("currency"))
    if guess is None:
        return changes
    if "currency" in changes:
        return {**changes, "note": _without(changes.get("note", row["note"]) or "", guess)}
    if "note" in changes and guess not in (changes["note"] or ""):
        return {**changes, "note": NOTE_PARTS.join(filter(None, [guess, changes["note"]]))}
    return changes


class FiguresError(InputError):
    """The figures file has problems: `problems` holds them as records, `lines` as printed."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(*(str(p) for p in problems))
        self.problems = list(problems)


class NoFigures(InputError):
    """A figures file with only its header: nothing to reconcile yet (not a mistake)."""

    def __init__(self, path) -> None:
        super().__init__(f"{path}: no figures yet: add one with `figrecon add`, or review an "
                         "article's with `figrecon extract ARTICLE --add`")


def amount_problem(text: str) -> str | None:
    """Why `text` is not a usable figure amount on its own, or None when it reads. Whether it
    names a unit is a rule of the row (`currency_problems`): the currency column may give it."""
    from currency.text.reader import AmountError
    from currency.text.readings import read_once
    try:
        amount = read_once(text)   # the whole cell: "$1 bilion" is an error, not $1
    except AmountError as exc:
        return f"{exc.message} (column {exc.position + 1})"
    from currency.convert import TOO_LARGE, too_large
    if too_large(amount.value):
        return TOO_LARGE
    if amount.currency and amount.currency not in _known_currencies():
        return (f"{amount.currency} has no exchange rates in the bundled ECB data, which covers "
                f"{_rated_words()}")
    if math.copysign(1.0, amount.value) < 0:       # -0 too: a sign the writer put there
        return f"{amount.span!r} is negative; the checks compare amounts of zero or more"
    return None


@functools.lru_cache(maxsize=1)
def _known_currencies() -> frozenset[str]:
    from currency.data.rates import rated_currencies
    return rated_currencies()


def _rated_words() -> str:
    from currency.data.rates import rated_words
    return rated_words()


def currency_cell_problem(cell: str) -> str | None:
    """Why a filled `currency` cell is not a currency the checks can use, or None: it must be
    an ISO 4217 code of the bundled ECB data, in capitals as ISO writes it."""
    known = _known_currencies()
    if cell in known:
        return None
    if cell.upper() in known:
        return f"ISO 4217 codes are written in capitals: write {cell.upper()}"
    from currency.text.names import currency_signs, currency_words, iso_codes
    code = currency_words().get(cell.casefold()) or currency_signs().get(cell)
    if code in known:
        return f"not an ISO 4217 code: write the code, {code}"
    if cell.upper() in iso_codes():
        return (f"{cell.upper()} has no exchange rates in the bundled ECB data, which covers "
                f"{_rated_words()}")
    return f"not an ISO 4217 code; the bundled ECB data covers {_rated_words()}"


def figure_amount(text: str, currency: str | None = None, per: str | None = None):
    """The amount a figure states: its `amount` cell read whole and, when the text names no unit
    (a headline's `12兆`), money in the currency of its `currency` cell (KRW: 12兆 won; with a
    `per`, KRW / year); money with no period of its own takes `per`, the one its quote gives
    it (`currency.text.reader.period_in_quote`). Raises AmountError when the text does not read."""
    from currency.convert import with_currency
    from currency.text.readings import read_once
    a = with_currency(read_once(text), currency)
    if per and a.per is None and a.kind == "money":
        import dataclasses
        a = dataclasses.replace(a, per=per)
    return a


_KIND_WORDS = {"duration": "a duration", "count": "a count", "share": "a share",
               "ratio": "a ratio"}     # what an amount with a unit but no currency is


def currency_problems(amount: str | None, cell: str | None) -> list[tuple[str, str, str]]:
    """The rules between a row's `amount` and `currency` cells, as (column, value, reason):
    the cell, when filled, is a known ISO code; an amount with no unit needs it; an amount that
    names a currency may repeat it but not contradict it; an amount in another unit (days,
    people, %) takes none. An amount that does not read is `amount_problem`'s to report."""
    out = []
    if cell:
        why = currency_cell_problem(cell)
        if why:
            return [("currency", cell, why)]
    if not amount or amount_problem(amount) is not None:
        return out
    from currency.text.locale import names_which_dollar
    from currency.text.readings import read_once
    a = read_once(amount)
    if a.unit is None and not cell:
        out.append(("amount", amount, f"{a.span!r} names no currency or unit: write one in the "
                    f"amount (e.g. '{a.span} 원'), or, when the article leaves it implicit, fill "
                    "the currency column with its ISO code (e.g. KRW)"))
    elif a.currency and cell and a.currency != cell and not names_which_dollar(a, cell) and \
            not (a.two_currencies is not None and cell == a.two_currencies.sign_currency):
        # ("$4.85 trillion won" with USD: the column may name either currency the amount writes;
        # the two_currencies check says which its fact agrees with)
        out.append(("currency", cell, f"the amount {a.span!r} names {a.currency} and the "
                    f"currency column names {cell}; empty the column or make them agree"))
    elif a.unit is not None and not a.currency and cell:
        what = _KIND_WORDS.get(a.kind, "a quantity")
        out.append(("currency", cell, f"the amount {a.span!r} is {what} (unit: {a.unit_label}), "
                    "not money; the currency column is only for an amount that names no unit"))
    return out


def _pegged_currency(amount: str | None, cell: str | None) -> str | None:
    """The currency a row's money is in (the amount's, else its currency cell's) when that is
    pegged to the dollar and the two cells agree; None otherwise."""
    from currency.data.pegs import peg
    if not amount or amount_problem(amount) is not None or currency_problems(amount, cell):
        return None
    from currency.text.readings import read_once
    code = read_once(amount).currency or cell
    return code if code and peg(code) else None


def peg_problem(code: str | None, as_of: str | None,
                published: str | None = None) -> tuple[str, str, str] | None:
    """(column, value, reason) when a row in the pegged currency `code` has a day the checks
    rate (its `as_of`, its `published`) all before its peg began, so that no rate can convert
    it; None otherwise. The rule itself is the peg data's (`currency.data.pegs.before_peg`)."""
    if not code:
        return None
    from currency.data.pegs import before_peg
    from currency.data.periods import parse_period
    for column, day in (("as_of", as_of), ("published", published)):
        if day and period_problem(day) is None:
            why = before_peg(code, parse_period(day).last)
            if why:
                return column, day, why
    return None


def period_problem(text: str, forms: tuple[str, ...] | None = None) -> str | None:
    """Why `text` is not a date or period of `forms` (default: every form), or None."""
    from currency.data.periods import ALL_FORMS, PeriodError, parse_period
    try:
        period = parse_period(text, forms or ALL_FORMS)
    except PeriodError as exc:
        return str(exc)
    if not FIRST_YEAR <= period.first.year <= period.last.year <= LAST_YEAR:
        return f"year out of range: dates run from {FIRST_YEAR} to {LAST_YEAR}"
    return None


def published_problem(text: str) -> str | None:
    """Why `text` is not a publication date: a day, a month or a year, never a span of days."""
    from currency.data.periods import PUBLISHED_FORMS
    return period_problem(text, PUBLISHED_FORMS)


def part_of_problem(text: str) -> str | None:
    """Why a part_of cell is malformed: metric keys separated by ';'."""
    bad = [k for k in _part_of_written(str(text)) if not re.match(METRIC_RE, k)]
    return f"not snake_case metric keys separated by ';': {', '.join(map(repr, bad))}" if bad \
        else None


@dataclass(frozen=True)
class CellRule:
    """A rule on one cell on its own: `problem(value)` says why a filled cell breaks it, or None."""

    column: str
    problem: Callable[[str], str | None]
    # A rule that is one pattern of the whole cell: `validate` matches the column at once (a
    # million ids would otherwise be a million calls), `problem` judges one cell.
    pattern: str | None = None
    reason: str | None = None


def _matches(column: str, pattern: str, reason: str) -> CellRule:
    match = re.compile(pattern).match
    return CellRule(column, lambda value: None if match(value) else reason, pattern, reason)


# The row rules of figures.csv, written once: `validate` (a whole file) and `cell_problems` (one
# row, for add and edit) both run this table, in this order, which is the order a line's problems
# are listed in. Empty cells are the REQUIRED rule's; rules between cells are `currency_problems`
# and, across rows, duplicate ids, `part_of_graph_problems` and `restatements.problems`.
CELL_RULES = (
    _matches("id", ID_RE, "id must be lowercase letters, digits, '.', '_' or '-'"),
    _matches("metric", METRIC_RE, "metric must be a snake_case key"),
    CellRule("amount", amount_problem),
    CellRule("as_of", period_problem),
    CellRule("published", published_problem),
    CellRule("part_of", part_of_problem),
    CellRule("kind", lambda v: None if v in KINDS else
             f"kind must be empty or one of {', '.join(KINDS)}"),
)
DUPLICATE_ID = "duplicate id (ids must be unique)"
EMPTY, REQUIRED_REASON = "(empty)", "required"


def part_of_keys(cell) -> list[str]:
    """The metric keys a part_of cell names, each once, in the order written."""
    return [k for k in _part_of_written(cell) if k] if isinstance(cell, str) else []


def _part_of_written(cell: str) -> list[str]:
    """A part_of cell's keys as written, trimmed, each once: a key written twice ('a;a') names
    one total, is said once in an error and paired once."""
    return list(dict.fromkeys(map(str.strip, cell.split(";"))))


def part_of_graph_problems(rows, metrics: set[str] | None = None) -> list[Problem]:
    """part_of keys naming no metric of the file, the row's own metric, or closing a cycle.

    `rows` is (line, metric, part_of cell) for every row, or for some when `metrics` gives the
    file's metrics. A cycle (a part of b, b part of a) has no total to check the parts against,
    so each row with an edge on one is refused.
    """
    rows = list(rows)
    if metrics is None:
        metrics = {m for _, m, _ in rows if isinstance(m, str)}
    edges: dict[str, set[str]] = {}
    problems = []
    # A key that is no metric key at all is the cell rule's problem (`part_of_problem`), said
    # there once, not again as naming no metric.
    keys_of = {cell: [k for k in part_of_keys(cell) if re.match(METRIC_RE, k)]
               for cell in {c for _, _, c in rows if isinstance(c, str)}}
    for line, metric, cell in rows:
        for key in keys_of.get(cell, ()):
            if key == metric:
                problems.append(Problem(None, line, "part_of", key, "names the row's own metric"))
            elif key not in metrics:
                problems.append(Problem(None, line, "part_of", key, "no figure has this metric "
                                        "(add the total's figure first)"))
            elif isinstance(metric, str) and metric:    # a missing metric is NaN, not ""
                edges.setdefault(metric, set()).add(key)
    cyclic = _on_cycles(edges)
    if not cyclic:
        return problems
    for line, metric, cell in rows:
        for key in keys_of.get(cell, ()):
            if key != metric and cyclic.get(metric) is not None and cyclic.get(metric) == \
                    cyclic.get(key):
                problems.append(Problem(None, line, "part_of", key, f"forms a cycle ({metric} is "
                                        f"part of {key}, which is, through part_of, part of "
                                        f"{metric})"))
    return problems


def _on_cycles(edges: dict[str, set[str]]) -> dict[str, int]:
    """Strongly connected components of more than one node: node -> component number."""
    # A node on a cycle is some edge's target: the rest (most metrics of a large file name a
    # total but are no one's) are left out of the search.
    targets = set().union(*edges.values()) if edges else set()
    edges = {node: keys for node, keys in edges.items() if node in targets}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    comp: dict[str, int] = {}
    counter = 0
    for root in list(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                members = []
                while True:
                    m = stack.pop()
                    on_stack.discard(m)
                    members.append(m)
                    if m == node:
                        break
                if len(members) > 1:
                    for m in members:
                        comp[m] = index[node]
    return comp


def cell_problems(fields: dict) -> list[Problem]:
    """Every problem with one row's cells on their own (not against other rows), placed in no
    file yet."""
    out = []
    for col in REQUIRED:
        if not fields.get(col):
            out.append(Problem(None, None, col, EMPTY, REQUIRED_REASON))
    for col, value in fields.items():
        if isinstance(value, str) and "\x00" in value:
            out.append(Problem(None, None, col, repr(value),
                               "contains a NUL character, which a text file cannot hold"))
    for rule in CELL_RULES:
        value = fields.get(rule.column)
        if value and "\x00" not in value:
            why = rule.problem(value)
            if why:
                out.append(Problem(None, None, rule.column, value, why))
    amount, cell = fields.get("amount"), fields.get("currency")
    if "\x00" not in (amount or "") + (cell or ""):
        out += [Problem(None, None, *found) for found in currency_problems(amount, cell)]
        days = [fields.get(c) for c in ("as_of", "published")]
        found = peg_problem(_pegged_currency(amount, cell),
                            *(d if "\x00" not in (d or "") else None for d in days))
        if found:
            out.append(Problem(None, None, *found))
    return out


def parse_rows(path: Path, data: bytes) -> tuple["pd.DataFrame", list[Problem]]:
    """Rows of the CSV with the physical line each starts on; problems with the file's shape.
    A large plain file is cut by Arrow's C parser (`reconcile.store.arrow_rows`), which gives the same
    rows or declines; every other file, and every file with a problem, by the strict reader."""
    df, problems, _ = _read_rows(path, data)
    return df, problems


def _read_rows(path: Path, data: bytes) -> tuple["pd.DataFrame", list[Problem], dict | None]:
    """`parse_rows`, and the Arrow columns the frame was built from (None from the strict
    reader), which `validate` reads faster than the frame's Python strings."""
    cells = arrow_columns(data)
    if cells is not None:
        df, problems = rows_frame(cells, range(2, 2 + len(cells["id"]))), []
    else:
        table, problems = read_table(str(path), data, REQUIRED)
        if table is None:
            return rows_frame({c: [] for c in COLUMNS}, []), problems, None
        df = rows_frame({c: [_cell(row.get(c)) for row in table.rows] for c in COLUMNS},
                        table.lines)
    # The rule depends only on the file's metrics and the distinct (metric, part_of) pairs:
    # judge those that can break it, and walk every row for its line only when one does.
    graph = part_of_graph_problems(*_part_of_in_doubt(_column(df, cells, "metric"),
                                                      _column(df, cells, "part_of")))
    if graph:
        graph = part_of_graph_problems(zip(df["line"], *_objects(df, "metric", "part_of")))
    problems += [p.in_file(path) for p in sorted(graph, key=Problem.sort_key)]
    return df, problems, cells


def arrow_columns(data: bytes) -> dict | None:
    """The figures columns of a CSV file's bytes as Arrow's C parser cuts them, or None where
    the strict reader cuts the file: one under ARROW_MIN_BYTES, one not plain, one with a
    problem. The loader reads through it, and a benchmark asks it which reader a file takes."""
    if len(data) < ARROW_MIN_BYTES:
        return None
    from reconcile.store.arrow_rows import arrow_cells
    return arrow_cells(data, COLUMNS, REQUIRED)


def _part_of_in_doubt(metric, part_of) -> tuple[list[tuple], set]:
    """(None, metric, part_of cell) of the distinct pairs that can break the part_of rule, and
    the file's metrics, for `part_of_graph_problems`. A cell naming one metric, not the row's
    own, breaks it only on a cycle, where the row's metric is some cell's key too: the pairs
    whose metric no cell names are left out (at 1M figures all 89,571 of them)."""
    import numpy as np
    (m, metrics), (p, texts) = _codes(metric), _codes(part_of)
    keys = [part_of_keys(t) for t in texts]
    named = {k for ks in keys for k in ks}
    code = {v: i for i, v in enumerate(metrics)}
    # Per cell, the code of the one metric it names (-2: none, several, or a missing cell);
    # per metric, whether a cell names it (a missing metric, code -1, takes the last).
    single = np.array([code.get(ks[0], -2) if len(ks) == 1 else -2 for ks in keys] + [-2])
    is_named = np.array([v in named for v in metrics] + [False])
    m, p = m[p >= 0], p[p >= 0]
    doubt = (single[p] < 0) | is_named[m]        # a row's own metric is named by its cell
    pairs = _code_pairs(m[doubt], metrics, p[doubt], texts)
    return [(None, a, b) for a, b in pairs], {v for v in metrics if isinstance(v, str)}


def _objects(df: "pd.DataFrame", *columns: str) -> list:
    """The columns' cells as object arrays: a Python loop over them reads no pandas scalars."""
    return [df[c].to_numpy(dtype=object) for c in columns]


# Below this size the strict reader is as quick as Arrow and needs no pyarrow.csv import.
ARROW_MIN_BYTES = 1 << 18


def _cell(value) -> str | None:
    """A cell as the checks see it: stripped, an empty one None."""
    return (value.strip() or None) if isinstance(value, str) else None


def rows_frame(cells: dict, lines) -> "pd.DataFrame":
    """The figures frame from each column's cleaned cells (a list of str or None, an Arrow
    text array with nulls, or None for a column the file lacks) and each row's line. Both
    readers build it here, so their types agree: text, or object when a column holds none."""
    import numpy as np
    import pandas as pd
    n = len(lines)
    # The type pandas gives text of its own accord: `str` (Arrow-backed) from pandas 3 on,
    # object before; Arrow text is wrapped in it without copying when it is `str`.
    text = pd.Series(np.array(["a"], dtype=object)).dtype
    columns = {}
    for c in COLUMNS:
        values = cells[c]
        if values is None or _all_missing(values):
            columns[c] = pd.Series(np.full(n, None, dtype=object))
        elif isinstance(values, list):
            columns[c] = pd.Series(np.asarray(values, dtype=object))
        elif isinstance(text, pd.StringDtype) and text.storage == "python":
            # pandas would make a new Python string of every cell; shared ones are built once,
            # and the array is taken as it is (no pass converting each cell again).
            from reconcile.store.arrow_rows import python_strings
            columns[c] = pd.Series(_string_array(python_strings(values, text.na_value), text),
                                   copy=False)
        elif isinstance(text, pd.StringDtype):
            columns[c] = pd.Series(pd.array(_decoded(values), dtype=text))
        else:
            columns[c] = pd.Series(_decoded(values).to_numpy(zero_copy_only=False))
    df = pd.DataFrame(columns, copy=False)      # the columns are new: no copy of them
    df["line"] = _line_numbers(lines)
    return df


def _line_numbers(lines):
    """The lines as int64; a range (the Arrow reader's rows, one a line) without making a
    Python int of each (a million of them: 40 MB made and dropped)."""
    import numpy as np
    if isinstance(lines, range):
        return np.arange(lines.start, lines.stop, lines.step, dtype=np.int64)
    return np.asarray(lines, dtype=np.int64)


def _string_array(cells, dtype):
    """pandas' Python-backed text array of `cells` as they are: each cell is a str or the dtype's
    missing value by construction, so pandas' check of every cell (0.13 s at 1M) is skipped."""
    import pandas as pd
    return pd.array([], dtype=dtype)._from_backing_data(cells)


def _decoded(values):
    """An Arrow text column as plain text, were it dictionary-encoded."""
    import pyarrow as pa
    return values.cast(pa.string()) if pa.types.is_dictionary(values.type) else values


def _all_missing(values) -> bool:
    if isinstance(values, list):
        return all(v is None for v in values)
    return values.null_count == len(values)


def validate(df: "pd.DataFrame", name: str, texts: dict | None = None) -> list[Problem]:
    """Every problem of the rows, placed in the file `name`, in file order. `texts`: the same
    columns as Arrow text, when a reader has them, for the column work (the values and lines
    named are always the frame's)."""
    import numpy as np
    problems: list[tuple[int, str, str, str]] = []
    if df.empty:
        return []
    lines = df["line"].to_numpy()
    # Column by column: masks over the whole column, each distinct value judged once (large
    # tables repeat amounts and dates a lot), and Python only for the rows that break a rule.
    for col in REQUIRED:
        problems += [(int(lines[i]), col, EMPTY, REQUIRED_REASON)
                     for i in _empty_rows(_column(df, texts, col))]
    if not _unique(df["id"]):
        ids = df["id"].where(df["id"].ne(""))
        repeated = ids.notna() & ids.duplicated(keep=False)
        problems += [(line, "id", v, DUPLICATE_ID)
                     for line, v in zip(_lines(df, repeated), df.loc[repeated, "id"])]
    for rule in CELL_RULES:
        if rule.column not in df.columns:
            continue
        cells = _column(df, texts, rule.column)
        if rule.pattern is not None:
            bad = np.flatnonzero(_breaks_pattern(cells, rule.pattern))
            problems += [(int(lines[i]), rule.column, v, rule.reason)
                         for i, v in zip(bad, _at(df, rule.column, bad))]
            continue
        codes, distinct = _codes(cells)
        verdict = {code: why for code, v in enumerate(distinct)
                   if v and (why := rule.problem(v)) is not None}
        if verdict:
            bad = np.flatnonzero(np.isin(codes, list(verdict)))
            problems += [(int(lines[i]), rule.column, v, verdict[codes[i]])
                         for i, v in zip(bad, _at(df, rule.column, bad))]
    problems += _row_currency_problems(df, texts)
    if "restates" in df.columns:
        problems += _restates_problems(df, texts)
    problems.sort(key=lambda p: p[0])
    return [Problem(name, *p) for p in problems]


def _unique(ids: "pd.Series") -> bool:
    """Whether no two ids are equal (`is_unique`). Python strings (the storage `report` reads
    under) are first tried by their hashes (`ids.distinct_hashes`: all different
    proves it without a hash table of a million strings, and leaves each string's hash made
    for the stages after); any two alike, and other storages, ask pandas. (Two missing ids
    held by two NaN objects pass here and not there: the ids named as repeated are never
    missing ones, so the problems are the same.)"""
    import pandas as pd

    from reconcile.store.ids import distinct_hashes
    dtype = ids.dtype
    if isinstance(dtype, pd.StringDtype) and dtype.storage == "python" \
            and distinct_hashes(ids.to_numpy(dtype=object)):
        return True
    return ids.is_unique


def _restates_problems(df: "pd.DataFrame", texts: dict | None) -> list[tuple[int, str, str, str]]:
    """`restatements.problems` of the rows that restate something (no other row can break the
    rule); of the other rows only the metrics of the restated ids are read."""
    import numpy as np

    from reconcile.store.restatements import problems as restates_problems
    codes, targets = _codes(_column(df, texts, "restates"))
    linked = np.flatnonzero(codes >= 0)
    if not len(linked):
        return []
    # Each row whose id some row restates, as that target's code; the last such row of each
    # target is the one whose metric counts (for an id given twice).
    position = _positions(_column(df, texts, "id"), targets)
    named = np.flatnonzero(position >= 0)
    target_of = position[named]
    row_of = np.full(len(targets), -1)
    last = len(named) - 1 - np.unique(target_of[::-1], return_index=True)[1]
    row_of[target_of[last]] = named[last]
    restated = np.zeros(len(df), dtype=bool)
    restated[named] = True
    to = row_of[codes[linked]]
    metric, _ = _codes(_column(df, texts, "metric"))
    # Only these rows can break the rule: a target no row has, a row that is restated itself
    # (itself, or on a cycle: every row of one is), a metric missing or not the target's.
    doubt = (to < 0) | restated[linked] | (metric[linked] < 0) | (metric[to] != metric[linked])
    rows, to = linked[doubt], to[doubt]
    if not len(rows):
        return []
    to = to[to >= 0]
    metric_of = dict(zip(_at(df, "id", to), _at(df, "metric", to)))
    keys = ("line", "id", "metric", "restates")
    records = [dict(zip(keys, row)) for row in
               zip(df["line"].to_numpy()[rows].tolist(), *(_at(df, c, rows) for c in keys[1:]))]
    return [(p.line, p.column, p.value, p.reason) for p in restates_problems(records, metric_of)]


def _column(df: "pd.DataFrame", texts: dict | None, column: str):
    """A column as the Arrow reader gave it, when it did, else the frame's."""
    cells = texts.get(column) if texts is not None else None
    return df[column] if cells is None else cells


def _at(df: "pd.DataFrame", column: str, rows) -> list:
    """The frame's cells of `column` at the row positions `rows`."""
    return df[column].iloc[rows].to_numpy(dtype=object).tolist()


def _is_series(cells) -> bool:
    import pandas as pd
    return isinstance(cells, pd.Series)


def _empty_rows(cells):
    """The positions of the empty cells: missing, or "" (a frame another caller hands over may
    hold one; the readers' Arrow text, stripped by `clean_text`, holds none: a null instead)."""
    import numpy as np
    if _is_series(cells):
        return np.flatnonzero((cells.isna() | cells.eq("")).to_numpy(dtype=bool))
    if not cells.null_count:        # the common case: one count Arrow keeps, no pass
        return np.empty(0, dtype=np.intp)
    return np.flatnonzero(cells.is_null().to_numpy(zero_copy_only=False))


def _codes(cells) -> tuple:
    """Each cell's position in the list of the column's distinct values (-1: a missing cell)."""
    import pandas as pd
    if _is_series(cells):
        codes, distinct = pd.factorize(cells)
        return codes, list(distinct)
    from reconcile.store.arrow_rows import dictionary_codes
    codes, distinct = dictionary_codes(cells)
    return codes, distinct.to_pylist()


def _positions(cells, values: list):
    """Each cell's position in `values` (distinct texts), -1 when it is none of them or
    missing, as a numpy array: one hash of the column, which also says which cells are any."""
    if _is_series(cells):
        import pandas as pd
        return pd.Index(values, dtype=object).get_indexer(cells.to_numpy(dtype=object))
    import pyarrow as pa
    import pyarrow.compute as pc
    wanted = pa.array(values, type=pa.string())
    return _each_text(cells, lambda t: pc.index_in(t, value_set=wanted), -1)


def _distinct_pairs(first, second) -> list[tuple]:
    """The distinct (first, second) pairs of two columns' cells (None for a missing cell), in
    the order they first appear."""
    (a, a_values), (b, b_values) = _codes(first), _codes(second)
    return _code_pairs(a, a_values, b, b_values)


def _code_pairs(a, a_values: list, b, b_values: list) -> list[tuple]:
    """The distinct (a_values[a[i]], b_values[b[i]]) pairs (None for code -1), in the order
    they first appear."""
    import numpy as np
    import pandas as pd
    width = len(b_values) + 1
    pairs = pd.unique((a.astype(np.int64) + 1) * width + (b + 1))
    a_values, b_values = [None, *a_values], [None, *b_values]      # code -1: a missing cell
    return [(a_values[p // width], b_values[p % width]) for p in pairs.tolist()]


def _arrow_text(cells: "pd.Series"):
    """The column as an Arrow text array (a missing cell null), or None when pyarrow is not
    installed or the column holds something other than text (then pandas judges it)."""
    try:
        import pyarrow as pa
    except ImportError:
        return None
    try:
        return pa.array(cells.array, type=pa.string(), from_pandas=True)
    except (pa.ArrowException, TypeError, ValueError):
        return None


def _breaks_pattern(cells, pattern: str):
    """Which filled cells do not match `pattern` as a whole, as a numpy boolean array: by Arrow's
    regex engine when it can read the column (a Python `re` call per cell costs 30 times more).
    `cells`: a Series, or the column as Arrow text."""
    texts = _arrow_text(cells) if _is_series(cells) else cells
    # The patterns are ASCII classes anchored at both ends, and cells are stripped (no final
    # line break for `$` to stop before): Arrow's RE2 and `re` agree on them.
    if texts is None:
        return (cells.ne("") & ~cells.str.match(pattern, na=True).astype(bool)).to_numpy(bool)
    import pyarrow.compute as pc
    return _each_text(texts, lambda t: pc.and_(pc.not_equal(t, ""), pc.invert(
        pc.match_substring_regex(t, pattern))), False)


def _each_text(cells, judge, missing):
    """`judge` (Arrow texts -> Arrow booleans or codes) of each cell of an Arrow column as a
    numpy array, `missing` for a null; a dictionary-encoded column's distinct texts are judged,
    not its cells."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc
    if not pa.types.is_dictionary(cells.type):
        return pc.fill_null(judge(cells), missing).to_numpy(zero_copy_only=False)
    from reconcile.store.arrow_rows import dictionary_codes
    codes, distinct = dictionary_codes(cells)
    verdict = pc.fill_null(judge(distinct), missing).to_numpy(zero_copy_only=False)
    return np.append(verdict, missing)[codes]       # code -1, a null, takes the last


def _lines(df: "pd.DataFrame", rows) -> list[int]:
    return [int(x) for x in df.loc[rows, "line"]]


def _row_currency_problems(df: "pd.DataFrame", texts: dict | None = None
                           ) -> list[tuple[int, str, str, str]]:
    """(line, column, value, reason) of `currency_problems` and `peg_problem` for every row;
    each distinct pair of cells is judged once (large tables repeat them)."""
    import pandas as pd
    cells = df["currency"] if "currency" in df.columns else pd.Series(None, index=df.index,
                                                                      dtype=object)
    pairs = _distinct_pairs(_column(df, texts, "amount"),
                            _column(df, texts, "currency") if "currency" in df.columns else cells)
    verdict, pegged = {}, {}
    for amount, cell in pairs:
        key = (amount if isinstance(amount, str) else None, cell if isinstance(cell, str) else None)
        found = currency_problems(*key)
        if found:
            verdict[key] = found
        elif code := _pegged_currency(*key):
            pegged[key] = code
    if not verdict and not pegged:
        return []
    out = []
    as_of, published = (df[c] if c in df.columns else [None] * len(df)
                        for c in ("as_of", "published"))
    for line, amount, cell, day, pub in zip(df["line"], df["amount"], cells, as_of, published):
        key = (amount if isinstance(amount, str) else None, cell if isinstance(cell, str) else None)
        out += [(int(line), *found) for found in verdict.get(key, ())]
        if key in pegged and (found := peg_problem(
                pegged[key], *(d if isinstance(d, str) else None for d in (day, pub)))):
            out.append((int(line), *found))
    return out


def load_figures(path: str | Path) -> "pd.DataFrame":
    """Read and validate a figures file (CSV, or Parquet by its extension); FiguresError
    lists every problem found."""
    path = Path(path)
    from reconcile.store.arrow_rows import PARQUET
    if path.suffix.lower() in PARQUET:
        df, problems = parquet_rows(path, read_figures_bytes(path))
    else:
        df, problems = checked_rows(path, read_figures_bytes(path))
    _release_reader_memory()
    if problems:
        raise FiguresError(problems)
    return df.reset_index(drop=True)


def _release_reader_memory() -> None:
    """Give back to the system what Arrow's readers held: freed, their buffers stay in Arrow's
    own pool, which the rest of a run hardly draws on."""
    # At a million figures the pool keeps 165 MB resident once the frame is made, through the
    # report's peak (1,892,964 -> 1,725,292 KB; docs/engine/memory.md, round 5).
    pa = sys.modules.get("pyarrow")     # not imported: the strict reader read a small file
    if pa is not None:
        pa.default_memory_pool().release_unused()


def checked_rows(path: Path, data: bytes) -> tuple["pd.DataFrame", list[Problem]]:
    """The rows of a figures file's bytes and every problem, in line order: the one check
    both engines run, so they refuse a file with the same lines."""
    df, problems, texts = _read_rows(path, data)
    if not problems or len(df):
        problems = validate(df, str(path), texts) + problems
        problems.sort(key=Problem.sort_key)
    return df, problems


def parquet_rows(path: Path, data: bytes) -> tuple["pd.DataFrame", list[Problem]]:
    """The rows of a Parquet figures file and every problem, as `checked_rows` finds them;
    a Parquet file has no lines, so a problem is located by data row (`FILE: row N: ...`)."""
    from reconcile.store.arrow_rows import parquet_cells
    cells, problems = parquet_cells(str(path), data, COLUMNS, REQUIRED)
    if cells is None:
        return rows_frame({c: [] for c in COLUMNS}, []), problems
    df = rows_frame(cells, range(1, 1 + len(cells["id"])))
    graph = part_of_graph_problems(zip(df["line"], df["metric"], df["part_of"]))
    problems = validate(df, str(path), cells) + [p.in_file(path) for p in graph]
    problems.sort(key=Problem.sort_key)
    return df, [replace(p, is_row=True) if p.line is not None else p for p in problems]


def read_figures_bytes(path: str | Path) -> bytes:
    """The bytes of a figures file: a regular file within `reconcile.store.files.FIGURES_LIMIT`."""
    from reconcile.store.files import FIGURES_LIMIT, FileRefused, read_regular
    try:
        return read_regular(path, "figures file", FIGURES_LIMIT)
    except FileRefused as exc:
        raise FiguresError([exc.problem]) from None
