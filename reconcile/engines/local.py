"""The engine: figures in, findings out. Normalizes once, decides who agrees once, runs every
registered check, merges what they say about each figure, sorts by severity."""
from __future__ import annotations

from dataclasses import dataclass, field
from operator import is_not

import numpy as np
import pandas as pd

from currency.data.coverage import Coverage, coverage
from reconcile.checks import CHECKS
from reconcile.checks.common import agreement_columns, article_codes
from reconcile.checks.garbled import MARKS, SEES_GARBLED, amount_marks, set_aside
from reconcile.engines.allocator import give_back_freed_memory
from reconcile.model import findings as F
from reconcile.model.inferred import cap_inferred
from reconcile.model.normalize import normalize
from reconcile.model.rate_notes import annotate_findings
from reconcile.model.tally import Tally


@dataclass(frozen=True)
class Context:
    """What the checks need to know about the run: the report currency and constant-money date."""

    currency: str = "USD"
    real_as_of: object = None
    # The data's ranges, said once per run for every view (`currency.data.coverage`).
    data: Coverage = field(default_factory=coverage, compare=False)


@dataclass(frozen=True)
class Totals:
    """What the report's header says about all the figures, without holding them."""

    figures: int
    metrics: int
    sources: pd.DataFrame          # source, published (of its first row), n


@dataclass(frozen=True)
class Reconciliation:
    """What either engine returns: the normalized figures (on Dask, those of the families asked
    for), the findings as records and as a table (whose `record` column holds each row's record;
    messages are rendered from it when shown), the checks that failed, the totals of all the
    figures, and what the run measured."""

    figures: pd.DataFrame
    # In a run `records_when_shown` some of these cells are `F.Pending`: only the command
    # line's views read them as they are (`_view_table`); `findings` and `records` make them.
    _table: pd.DataFrame
    context: Context
    _records: tuple = ()
    failed: tuple = ()      # (check name, what went wrong) for each check that raised
    counted: Totals | None = None     # given when `figures` is not all of them (Dask)
    # Given when `findings` are only those of the families shown (Dask, `only_shown`): the
    # tally of all of them, which the summary states (`reconcile.model.tally`).
    tally: Tally | None = None
    stats: dict = field(default_factory=dict, compare=False)   # Dask: worker peaks, CPU s
    _pending: bool = field(default=False, repr=False)
    _made: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def findings(self) -> pd.DataFrame:
        """The findings table, most severe first, each `record` cell a `Finding`."""
        return self._made_records()[0] if self._pending else self._table

    @property
    def records(self) -> tuple:
        """The findings as `Finding`s, in the engine's order."""
        return self._made_records()[1] if self._pending else self._records

    @property
    def _view_table(self) -> pd.DataFrame:
        """The findings table as the command line's report and streamed export read it: its
        `record` cells may be `F.Pending`, made by `F.record_of` when a row is shown."""
        return self._table

    def _made_records(self) -> tuple[pd.DataFrame, tuple]:
        # Made once, all together; the table's cells and `records` are the same objects, as in
        # a run that made them at once.
        if not self._made:
            records = tuple(F.records_of(self._records))
            made = dict(zip(map(id, self._records), records))
            cells = self._table["record"].tolist()
            table = self._table.assign(record=pd.Series(
                [made.get(id(c), c) for c in cells], index=self._table.index, dtype=object))
            self._made.update(table=table, records=records)
        return self._made["table"], self._made["records"]

    def totals(self) -> Totals:
        """Figures, metrics, and per source its first publication date and figure count."""
        if self.counted is not None:
            return self.counted
        figs = self.figures
        sources = (figs.groupby("source").agg(published=("published", "first"),
                                              n=("id", "size")).reset_index())
        return Totals(len(figs), figs["metric"].nunique(), sources)


def evidence_base(figures: pd.DataFrame, currency: str = "USD", real_as_of=None) -> pd.DataFrame:
    """The normalized figures with the agreement columns the checks read."""
    df = normalize(figures, currency, real_as_of)
    # Each figure's article (its witness code), derived once here: the votes below, the
    # currency a family is judged in and the checks read this column, not the source and date.
    df["article"] = article_codes(df)
    # Kept for the run and its checks (`set_aside`), which read each amount text no more.
    df[MARKS] = amount_marks(df)
    for name, column in agreement_columns(df, set_aside(df)).items():
        # A Series: an array would be copied, and its text given pandas' str dtype.
        df[name] = pd.Series(column, index=df.index, dtype=column.dtype, copy=False)
    return df


def selected_checks(only=None, skip=()) -> dict:
    """The registered checks to run: `only` these (all when None), less `skip`; a name that no
    check has raises ValueError naming the checks there are."""
    unknown = sorted((set(only or ()) | set(skip)) - set(CHECKS))
    if unknown:
        raise ValueError(f"no check is named {', '.join(map(repr, unknown))}; the checks are "
                         f"{', '.join(CHECKS)}")
    chosen = {n: fn for n, fn in CHECKS.items() if (only is None or n in only) and n not in skip}
    if not chosen:      # a report of no checks would say "No discrepancies" about nothing
        raise ValueError(f"no check is left to run (skipped: {', '.join(sorted(set(skip)))})")
    return chosen


def reconcile(figures: pd.DataFrame, currency: str = "USD", real_as_of=None, only=None,
              skip=()) -> Reconciliation:
    """Normalize `figures`, run the registered checks (`only`, less `skip`), one finding per
    wrong figure.

    The checks compare nominal money in each family's reference currency (chosen from the data),
    so `currency` and `real_as_of` change only what is shown, never which findings exist. A check
    that raises does not stop the others: it is named in `failed`.
    """
    return check_evidence(evidence_base(figures, currency, real_as_of),
                          Context(currency, real_as_of), only, skip)


# Evidence columns that only the checks read: no rate note, view or export does (report, --json,
# --charts, export of findings or figures). 8 bytes a figure each, but the four flags.
# (s_low and s_high are kept: the figures export writes them as stated_min/max.)
CHECK_ONLY = ("vague", "quantity_kind", "as_of_last", "pub_last", "as_of_news", "u",
              "xa_rate_low", "xa_rate_high", "xa_rate_low_date", "xa_rate_high_date",
              "xp_rate_low", "xp_rate_high", "xp_rate_low_date", "xp_rate_high_date", "typed",
              "c_value", "n_grp", "votes", "side", "by_bloc", "article", MARKS)


def check_evidence(df: pd.DataFrame, ctx: Context, only=None, skip=(),
                   lean: bool = False, records_when_shown: bool = False) -> Reconciliation:
    """Run the registered checks (`only`, less `skip`) over `evidence_base`'s table; a caller
    that owns the loaded figures drops them before this (the table shares their text). `lean`
    (a caller that owns `df`) deletes its CHECK_ONLY columns once the checks have run.
    `records_when_shown` (a view that renders a few rows' messages): the `record` cells of the
    findings nothing joined are `F.Pending` in `_view_table`, made by `F.record_of` when read."""
    # The checks' findings as parts in order: lists of records, and batches of columns.
    found: list = []
    failed = []
    if lean:
        # Loading and normalizing leave ~290 MB free in malloc's heap at a million figures; the
        # findings are made in Python's own arenas, which never reuse it.
        give_back_freed_memory()
    # A garbled figure is evidence of nothing: only the checks that judge garbled amounts see it
    # (`set_aside`, for the votes of `evidence_base` too).
    aside = set_aside(df)
    others = df[~aside] if aside.any() else df
    for name, check in selected_checks(only, skip).items():
        try:
            found.extend(F.parts_of(check(df if name in SEES_GARBLED else others, ctx)))
        except Exception as exc:     # a bug in one check must not hide the others' findings
            failed.append((name, f"{type(exc).__name__}: {exc}"))
    if lean:
        # In place, one block each: the caller's name for the table would keep a copy's columns.
        for name in CHECK_ONLY:
            del df[name]
        give_back_freed_memory()
    merged = F.merge_parts(found, pending=records_when_shown)
    # Findings merged into one are read no more (a third of them at a million figures): let
    # them go before the findings table is made.
    del found
    plain = F.frame(merged)
    table = cap_inferred(annotate_findings(plain, df), df)
    # The records in merge's order: the table's own cells (a batch's made once, by `frame`).
    records = merged.all()
    if table is not plain:
        # The records with rate notes replace their plain selves, in the engine's order: found
        # by identity and put in place in C loops (no Python step per finding).
        before, after = plain["record"].to_numpy(), table["record"].to_numpy()
        rows = np.flatnonzero(np.fromiter(map(is_not, before, after), dtype=bool,
                                          count=len(before)))
        if len(rows):
            noted = dict(zip(map(id, before[rows]), after[rows]))
            records = tuple(map(noted.get, map(id, records), records))
    records = tuple(records)
    if table is not plain and not table["severity"].equals(plain["severity"]):
        table = F.sort(table)      # a finding capped at info moves down
    return Reconciliation(df, table, ctx, records, tuple(failed), _pending=records_when_shown)


def filter_findings(findings: pd.DataFrame, metric: str | None = None,
                    min_severity: str = "info") -> pd.DataFrame:
    """Findings about `metric` (if given) at or above `min_severity`."""
    keep = F.ranks(findings["severity"]) >= F.RANK[min_severity]
    if metric:
        keep &= findings["metric"].eq(metric).to_numpy()
    # The engine's table is sorted most severe first: the rows kept by severity alone are its
    # first ones, taken as a slice (0.006 s at 1M figures, where a copy of them took 0.04 s).
    n = int(np.count_nonzero(keep))
    if keep[:n].all():
        return findings.iloc[:n].reset_index(drop=True)
    return findings[keep].reset_index(drop=True)
