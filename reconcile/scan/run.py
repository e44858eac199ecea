"""Scanning loaded articles end to end: the dated ones are scanned, the rows a figures file accepts
kept, and every line said about the run gathered; and reconciling the rows in memory
(`report --articles`)."""
from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from currency.errors import OptionError
from reconcile.scan.articles import Aside, refused
from reconcile.scan.model import Article, ScanResult
from reconcile.scan.output import usable_rows


@dataclass(frozen=True)
class Scanned:
    """A scan's articles (dated or not), what propose returned, the rows to write, and one line
    per file skipped or undated, article without money, or row left out."""

    articles: tuple[Article, ...]
    result: ScanResult
    rows: tuple[dict, ...]
    lines: tuple[str, ...]

    @property
    def read(self) -> int:
        """How many articles were scanned: an undated one is loaded but not scanned."""
        return len(dated(self.articles))


def dated(articles: Sequence[Article]) -> list[Article]:
    """The articles whose figures can be filed: a figure needs the day it was published."""
    return [a for a in articles if a.published is not None]


def scan_loaded(articles: Sequence[Article], lines: Sequence[str], *,
                taken_ids: Collection[str] = (),
                on_article: Callable[[Article], None] | None = None) -> Scanned:
    """Scan the dated `articles`; InputError (every line said, as errors) when no figure is
    proposed at all: nothing is then to be written."""
    from reconcile.scan.propose import scan_articles
    result = scan_articles(dated(articles), taken_ids=taken_ids, on_article=on_article)
    rows, left_out = usable_rows(result)
    said = (*lines, *result.notes, *left_out)
    if not rows:
        nothing = f"no figure proposed from {len(articles)} article(s); nothing was written"
        raise refused([*said, nothing] if all(isinstance(line, Aside) for line in said)
                      else said)
    return Scanned(tuple(articles), result, tuple(rows), said)


def reconcile_rows(rows: Sequence[dict], name: str, currency: str, as_of, metric: str | None,
                   only=None, skip=(), *, metric_option: str = "--metric",
                   check_option: str = "--check/--skip-check"):
    """Reconcile proposed rows in memory, as `reconcile_file` does a file's."""
    import pandas as pd

    from reconcile.api import check_metric, figures_frame
    from reconcile.engines import local as engine
    from reconcile.store.figures import COLUMNS
    figures = figures_frame(pd.DataFrame([{c: r.get(c) for c in COLUMNS} for r in rows],
                                         columns=COLUMNS), name)
    check_metric(figures["metric"], metric, metric_option, name)
    try:
        engine.selected_checks(only, skip)
    except ValueError as exc:
        raise OptionError(check_option, ", ".join([*(only or ()), *skip]), str(exc)) from None
    return engine.reconcile(figures, currency, as_of, only, skip)
