"""The two tables every export and `report --json` share: the findings and the normalized figures,
with column names that cannot be mistaken for a severity (`value_min`, not `low`)."""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from itertools import chain

import numpy as np
import pandas as pd

from reconcile.model import findings as F
from reconcile.model import uncertainty
from reconcile.model.findings import discrepancies, involved  # noqa: F401  (views import them from here)
from reconcile.model.tally import Tally
from reports.cells import missing

FINDING_COLUMNS = {
    "severity": "severity", "check": "check", "metric": "metric", "flagged": "flagged",
    "against": "against", "figures": "figures", "gap": "gap", "message": "message",
    "value_low": "value_min", "value_high": "value_max", "expected_low": "expected_min",
    "expected_high": "expected_max", "unit": "unit", "rule": "rule",
}
FIGURE_COLUMNS = {
    "id": "id", "metric": "metric", "status": "status", "flag": "flag", "role": "role",
    "original": "original", "amount": "amount", "as_of": "as_of", "published": "published",
    "source": "source", "quote": "quote", "currency": "currency",
    "n_low": "normalized_min", "n_high": "normalized_max", "n_value": "normalized_value",
    "n_unit": "normalized_unit",
    "rate_low": "rate_min", "rate_high": "rate_max", "rate_low_date": "rate_min_date",
    "rate_high_date": "rate_max_date", "rate_note": "rate_note",
    "cons_low": "agreeing_min", "cons_high": "agreeing_max", "c_unit": "agreeing_unit",
}
# The band each figure's normalized interval was computed with, beside the ECB band rate_min/max
# and in its direction (normalized_min = the stated low × rate_used_min): made from that band,
# last, as an export's columns only grow at the end.
RATE_USED = ("rate_used_min", "rate_used_max")
# The interval each figure's amount stands for in its own currency and unit (rounding, hedge and
# bound included), before any rate: with the band used, a row alone gives its normalized
# interval, with no reading of the amount's text. After RATE_USED, for the same reason.
STATED = ("stated_min", "stated_max")
# Under --real, the US CPI-U factors each normalized interval was scaled by (normalized_min =
# stated_min × rate_used_min × cpi_factor_min) and the months they were read for; before the
# `money` note, which stays last. Without --real there are no such columns.
# Whose rates a figure's ECB band is (normalize's `rate_source`: empty for the ECB's own), so that
# a view labels it as the engine decided; after STATED, for the same reason.
SOURCE = ("rate_source",)
CPI = {"cpi_low": "cpi_factor_min", "cpi_high": "cpi_factor_max", "cpi_months": "cpi_months"}
NUMBER_COLUMNS = {"gap", "value_min", "value_max", "expected_min", "expected_max",
                  "normalized_min", "normalized_max", "normalized_value", "rate_min", "rate_max",
                  "agreeing_min", "agreeing_max", *RATE_USED, *STATED, "cpi_factor_min",
                  "cpi_factor_max"}
ID_LISTS = ("flagged", "against", "figures")
# The findings table's cells that hold tuples (`reconcile.model.findings.ID_COLUMNS`); a view
# that writes text cells (csv, md, xlsx) joins them here, and only here.
LIST_COLUMNS = F.ID_COLUMNS
SEPARATOR = ";"
# What a view that shows findings to a reader (html, md) writes where a finding flags no figure:
# an info note, about the figures of its `figures` cell.
NOTE_CELL = "(a note)"


# A tuple cell (figure ids, check names) as the text a csv, md or xlsx cell holds: its items
# joined by SEPARATOR. The bound join itself, not a function calling it: a chunk's id lists are
# joined by `map` in C (at 1M, the flagged and figures cells of 1,881 chunks: 0.27-0.35 s
# against 0.30-0.39 s through a Python function, 4 runs).
cell_text = SEPARATOR.join


def text_cells(table: pd.DataFrame) -> pd.DataFrame:
    """The table with its tuple cells joined to text, for the views that write text cells."""
    joined = {c: pd.Series(_joined(table[c], c in SHARED_LISTS), index=table.index, dtype=object)
              for c in LIST_COLUMNS if c in table.columns}
    return table.assign(**joined) if joined else table


def joined_cells(cells: dict) -> dict:
    """`text_cells` of a table given as its columns (`finding_chunks`, `figure_chunks`)."""
    return {c: _joined(v, c in SHARED_LISTS) if c in LIST_COLUMNS else v
            for c, v in cells.items()}


# The tuple cells that rows share: the findings about one fact are against one tuple of its
# agreeing figures; the checks' names repeat. A finding's own flagged and figures are its own.
SHARED_LISTS = ("against", "check")


def _joined(cells, shared: bool = True) -> np.ndarray:
    # Each tuple joined once when rows share them: the findings about one fact share one tuple
    # of yardstick ids, thousands long. Keyed by identity, which stays the tuple's while `cells`
    # holds it. Cells of their own are joined as they come, with no look-up each.
    if not shared:
        return F.object_cells(list(map(cell_text, cells)))
    done: dict = {}
    return F.object_cells([done[k] if (k := id(t)) in done else done.setdefault(k, cell_text(t))
                           for t in cells])


def _finite_or_none(x):
    try:
        x = float(x)
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) else None


def _text(v):
    if isinstance(v, tuple):        # a list of ids or checks stays a list
        return v
    return None if missing(v) else str(v)


def _numbers(values) -> np.ndarray:
    """Numbers as Python floats, None where not finite (`_finite_or_none`), as arrays when the
    values are numbers."""
    try:
        x = np.asarray(values, dtype=float)
    except (TypeError, ValueError):
        return F.object_cells([_finite_or_none(v) for v in values])
    out = x.astype(object)
    out[~np.isfinite(x)] = None
    return out


def _texts(values) -> np.ndarray:
    # A str or a tuple is itself; anything else as `_text` says (the call only for those: every
    # cell of an id column is a tuple, of the messages a str, seen in one C loop).
    if not hasattr(values, "__len__"):     # an iterator is read once, here
        values = list(values)
    if {*map(type, values)} <= _KEPT:
        return F.object_cells(values)
    return F.object_cells([v if (t := type(v)) is str or t is tuple else _text(v) for v in values])


_KEPT = {str, tuple}


def clean_cells(columns: dict) -> dict[str, np.ndarray]:
    """Object columns (None for what is missing) from columns of values."""
    return {col: _numbers(v) if col in NUMBER_COLUMNS else _texts(v)
            for col, v in columns.items()}


def _clean(t: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(clean_cells({col: t[col].to_numpy() for col in t.columns}),
                        index=t.index, dtype=object)


def findings_table(findings: pd.DataFrame) -> pd.DataFrame:
    """The findings as exported, each message rendered now: open interval sides are empty
    (None), not ±inf."""
    whole = next(finding_chunks(findings, max(len(findings), 1)))
    return pd.DataFrame(whole, index=findings.index, dtype=object)


def finding_columns(findings: pd.DataFrame) -> dict:
    """The findings' exported columns but the messages, whole and not yet cleaned (a column the
    table lacks is all None)."""
    return {name: findings[col].to_numpy() if col in findings.columns else
            np.full(len(findings), None, dtype=object)
            for col, name in FINDING_COLUMNS.items() if col != "message"}


def finding_chunks(findings: pd.DataFrame, step: int, left_out=()):
    """`findings_table`'s cells, column by column, `step` rows at a time (one chunk of no rows
    if there is none), each chunk's messages rendered then: an export streams them. The columns
    named in `left_out` are not given (a view that has them already)."""
    n = len(findings)
    # Each column read out of the table once, then cut by plain slices: a table per chunk
    # costs more than a chunk's cells.
    whole = finding_columns(findings)
    messages = _messages_by_chunk(findings["record"].to_numpy(), step)
    for start in range(0, max(n, 1), step):
        cut = slice(start, start + step)
        said = next(messages)
        yield clean_cells({name: said if col == "message" else whole[name][cut]
                           for col, name in FINDING_COLUMNS.items() if name not in left_out})


# A table's messages are rendered this many rows at a time, a few hundred chunks together: the
# rows a sentence maker says together share their facts' words (`findings.messages`), and what
# is rendered is let go.
MADE_TOGETHER = 16_384


def _messages_by_chunk(cells: np.ndarray, step: int):
    """The messages of the `record` cells, `step` at a time (one empty chunk if none)."""
    block = step * max(1, MADE_TOGETHER // step)
    for start in range(0, max(len(cells), 1), block):
        said = F.messages(cells[start:start + block])
        for k in range(0, max(len(said), 1), step):
            yield said[k:k + step]


def worst_by_figure(findings: pd.DataFrame) -> dict:
    """The most severe finding that judges each figure wrong (not its yardsticks)."""
    # Least severe first, stably: a figure's later (worse) finding overwrites its entry.
    order = np.argsort(F.ranks(findings["severity"]), kind="stable")
    flagged = findings["flagged"].to_numpy(dtype=object)[order]
    severity = findings["severity"].to_numpy(dtype=object)[order]
    n = np.fromiter(map(len, flagged), dtype=np.int64, count=len(flagged))
    return dict(zip(chain.from_iterable(flagged), np.repeat(severity, n)))


def figures_table(figures: pd.DataFrame, findings: pd.DataFrame, worst: dict | None = None
                  ) -> pd.DataFrame:
    """The normalized figures as exported, with `flag`: the worst finding that judges each wrong
    (`worst`: `worst_by_figure(findings)`, when already known)."""
    worst = worst_by_figure(findings) if worst is None else worst
    return pd.DataFrame(_figure_cells(figures, worst), index=figures.index, dtype=object)


def figure_chunks(figures: pd.DataFrame, findings: pd.DataFrame, step: int):
    """`figures_table`'s cells, column by column, `step` rows at a time (one chunk of no rows if
    there is none)."""
    worst = worst_by_figure(findings)
    for start in range(0, max(len(figures), 1), step):
        yield _figure_cells(figures.iloc[start:start + step], worst)


def _figure_cells(figures: pd.DataFrame, worst: dict) -> dict[str, np.ndarray]:
    # Each flag looked up by dict.get in the ids the cells hold anyway: Series.map(worst) first
    # makes a Series of the whole dict (~0.18 s a chunk at a million figures, 9 s of a 1M
    # `report --json`); a figure with none gets None, which the cleaning gives it anyway.
    ids = figures["id"].to_numpy()
    flag = list(map(worst.get, ids))
    n = len(figures)
    cells = {name: flag if col == "flag" else ids if col == "id" else
             figures[col].to_numpy()
             if col in figures.columns else [None] * n
             for col, name in FIGURE_COLUMNS.items()}
    used = uncertainty.used_band(cells["rate_min"], cells["rate_max"]) \
        if "rate_low" in figures.columns else ([None] * n,) * 2
    stated = [figures[c].to_numpy() if c in figures.columns else [None] * n
              for c in ("s_low", "s_high")]
    # Empty (the ECB's own rates) as no value, as a figure that is not money has.
    source = {c: [v if isinstance(v, str) and v else None for v in figures[c].to_numpy()]
              if c in figures.columns else [None] * n for c in SOURCE}
    cpi = {name: figures[col].to_numpy() for col, name in CPI.items() if col in figures.columns}
    return clean_cells(cells | dict(zip(RATE_USED, used)) | dict(zip(STATED, stated)) | source
                       | cpi)


def records(table: pd.DataFrame) -> list[dict]:
    """Rows as JSON-ready dicts: id lists as lists, the checks as one text (as JSON has always
    given them)."""
    return [_record(r) for r in table.to_dict(orient="records")]


def cell_records(cells: dict) -> list[dict]:
    """`records` of a table given as its columns of clean cells (`finding_chunks`,
    `figure_chunks`): their cells are Python's values already."""
    names = list(cells)
    return [dict(zip(names, row))
            for row in zip(*(record_values(name, v) for name, v in cells.items()))]


# The columns whose cells a record gives otherwise than the table holds them.
RECORD_CHANGED = (*ID_LISTS, "check")


def record_values(name: str, values) -> list:
    """A column's cells as a record gives them: id lists as lists, the checks as one text (as
    JSON has always given them); other columns as they are."""
    if name in ID_LISTS:
        return [list(v) for v in values]
    if name == "check":
        return [cell_text(v) if isinstance(v, tuple) else v for v in values]
    return values


def _record(r: dict) -> dict:
    for col in RECORD_CHANGED:
        if col in r:
            [r[col]] = record_values(col, (r[col],))
    return r


@dataclass(frozen=True)
class Summary:
    """What a report says first, computed once for the terminal, the html page and JSON."""

    figures: int
    metrics: int
    sources: int
    discrepancies: int
    by_severity: dict
    info_notes: int
    figures_involved: int
    currency: str
    real_as_of: str | None


def money_said(currency: str, real_as_of) -> list[str]:
    """Which money a report's numbers are in. The checks compare nominal money, each fact in its
    own currency, so with --real only the figure lines are in constant money: say which is which."""
    if real_as_of:
        return [f"figure lines in constant {currency} of {real_as_of}",
                "messages in nominal money"]
    return [f"figure lines in {currency}", "messages in each fact's own currency"]


# The column (csv, json) that carries `money_note` under --real.
MONEY_COLUMN = "money"
# The number columns an export writes in money: only the figures' normalized values become
# constant money under --real (`money_note`).
CONSTANT_COLUMNS = ("normalized_min", "normalized_max", "normalized_value")
NOMINAL_COLUMNS = ("agreeing_min", "agreeing_max", "value_min", "value_max", "expected_min",
                   "expected_max")


def money_note(currency: str, real_as_of) -> str | None:
    """`money_said` for an export, naming its columns; None without --real (all nominal)."""
    if not real_as_of:
        return None
    return (f"normalized values in constant {currency} of {real_as_of} (--real); agreeing "
            "ranges and the findings' values, expected intervals and messages in nominal money, "
            "which the checks compare")


def tally_of(rec, counted: pd.DataFrame, whole_run: bool) -> Tally:
    """The counts a view states: the run's tally when the view is of every metric and the run
    brought back only the shown families' findings (Dask, `only_shown`); else `counted`'s."""
    return rec.tally if whole_run and rec.tally is not None else Tally.of(counted)


def summarize(rec, counted: pd.DataFrame, figures: pd.DataFrame, whole_run: bool = False,
              tally: Tally | None = None) -> Summary:
    """The summary of the findings `counted` about `figures`. With `whole_run` (the view is of
    every metric), a run that brought back only some figures and findings (Dask) is counted
    from its totals and its tally of all findings. `tally`: `tally_of`'s, when already known."""
    t = tally_of(rec, counted, whole_run) if tally is None else tally
    if whole_run and rec.counted is not None:
        n_figs, n_metrics, n_sources = (rec.counted.figures, rec.counted.metrics,
                                        len(rec.counted.sources))
    else:
        n_figs, n_metrics, n_sources = (len(figures), figures["metric"].nunique(),
                                        figures["source"].nunique())
    # The discrepancies' severities, worst first: which those are is `findings.discrepant`'s rule.
    worst_first = [s for s in reversed(F.SEVERITIES) if F.discrepant(F.RANK[s])]
    return Summary(int(n_figs), int(n_metrics), int(n_sources), t.discrepancies,
                   {s: t.count(s) for s in worst_first}, t.count("info"), t.involved, rec.context.currency,
                   str(rec.context.real_as_of) if rec.context.real_as_of else None)


def document(rec, counted: pd.DataFrame, shown: pd.DataFrame, figures: pd.DataFrame,
             whole_run: bool = False) -> dict:
    """`report --json`: the summary, the findings shown and the normalized figures, for scripts
    (`whole_run`: as `summarize` takes it)."""
    return {
        "summary": asdict(summarize(rec, counted, figures, whole_run)),
        "findings": records(findings_table(shown)),
        "figures": records(figures_table(figures, counted)),
    }
