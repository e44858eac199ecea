"""The rich terminal report, in the order a fact-checker reads it: a summary, then the
discrepancies most severe first with the figures each involves, then the figure tables of the
metrics that have one. Every number, id and date stays on one line at 80 columns."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from rich.console import Console
from rich.text import Text

from currency import formatting as fmt
from reconcile.api import part_of_keys
from reconcile.model import findings as F
from reconcile.model.tally import Tally
from reports.layout import (
    SEVERITY_STYLE,
    amount_as_written,
    cpi_text,
    findings_heading,
    label_units,
    pack,
    pegs_said,
    plural,
    rate_parts,
    shorten,
    wrap,
)
from reports.tables import (
    Summary,
    discrepancies,
    involved,
    money_said,
    summarize,
    tally_of,
    worst_by_figure,
)

ID_WIDTH = 28
SOURCE_WIDTH = 28


@dataclass(frozen=True)
class View:
    """What the report shows: the findings in scope, those shown, and how much is left out."""

    figures: pd.DataFrame       # the figures in scope (all, or one metric's)
    counted: pd.DataFrame       # every finding in scope, info included
    shown: pd.DataFrame         # those at or above --min-severity
    min_severity: str
    limit: int = 0              # findings shown at most (0: all)
    all_metrics: bool = False   # a figure table for every metric, not only those with findings
    charts: bool = False        # a timeline for every metric with a discrepancy shown
    chart_metric: str | None = None


def _lines(console: Console, texts: list[Text]) -> None:
    """Lines, each cut at the console's width, printed in one call (a print's own work cost more
    than a line's, over a thousand lines)."""
    if texts:
        console.print(Text("\n").join(texts), no_wrap=True, overflow="ellipsis", crop=True)


def summary(rec, view: View, s: Summary, tally: Tally, figures_path: str, metric: str | None,
            width: int) -> list[Text]:
    """The first lines: what was read, the discrepancies by severity, the data's ranges (`s`
    and `tally`: the view's, from `summarize` and `tally_of`)."""
    scope = f"metric {metric}" if metric else plural(s.metrics, "metric")
    read = [f"figrecon: {plural(s.figures, 'figure')}", scope, plural(s.sources, "source"),
            shorten(figures_path, 60)]
    lines = [Text(line, style="bold" if i == 0 else "") for i, line in
             enumerate(pack(read, width, hang="  "))]
    sev = Text()
    sev.append(f"{plural(s.discrepancies, 'discrepancy', 'discrepancies')}: ", style="bold")
    for i, (name, n) in enumerate(s.by_severity.items()):
        if i:
            sev.append(", ")
        sev.append(f"{n} {name}", style=SEVERITY_STYLE[name] if n else "")
    sev.append(f", involving {plural(s.figures_involved, 'figure')}")
    lines.append(sev)
    data = rec.context.data
    pegs = pegs_said(rec.figures, rec.context.currency, rec.context.data.pegs)
    data = [f"ECB rates {data.rates_first} to {data.rates_last}",
            *pegs, f"US CPI-U to {data.cpi_last:%Y-%m}",
            *money_said(rec.context.currency, rec.context.real_as_of)]
    lines += [Text(line, style="dim") for line in pack(data, width, hang="  ")]
    below = sum(tally.by_severity) - tally.at_least(view.min_severity)
    if below:
        hidden = [f"{tally.count(level)} {level}" for level in F.SEVERITIES
                  if F.RANK[level] < F.RANK[view.min_severity] and tally.count(level)]
        how = "--min-severity info" if s.info_notes else "--min-severity low"
        lines += [Text(line, style="dim") for line in
                  wrap(f"Hidden below --min-severity {view.min_severity}: "
                       f"{', '.join(hidden)} ({how} shows them).", width)]
    return lines


def _figure_lines(r, width: int, severity: str | None, quote: bool) -> list[Text]:
    """One figure as two or three lines: who and when, its quote, its value and rate."""
    mark, mark_style = ("✗", SEVERITY_STYLE[severity]) if severity else \
        (("↳", "blue") if r.role == "restatement" else ("·", "dim"))
    who = [f"{mark} {shorten(r.id, ID_WIDTH)}", shorten(str(r.source), SOURCE_WIDTH),
           f"as of {r.as_of}", f"published {r.published}"]
    if severity:
        who.append(severity)
    if r.role == "restatement" and isinstance(r.original, str):
        who.append(f"restates {shorten(r.original, ID_WIDTH)}")
    lines = []
    for i, line in enumerate(pack(who, width, hang="  ")):
        t = Text(line)
        if i == 0:
            t.stylize(mark_style, 0, len(mark))
            t.stylize("bold", 2, 2 + len(shorten(r.id, ID_WIDTH)))
        lines.append(t)
    if quote and isinstance(r.quote, str) and r.quote:
        lines += [Text(line, style="italic") for line in wrap(f"“{r.quote}”", width, "  ")]
    band, ecb, when = rate_parts(r)
    value = [f"{amount_as_written(r.amount, getattr(r, 'currency_given', None))} → {fmt.interval(r.n_low, r.n_high, r.n_unit)}"]
    # The room `pack` gives a unit of these lines: the width less their indent and hang.
    value += [f"at {band}" if band else "", *label_units(ecb, width - 4), when]
    if isinstance(r.rate_note, str) and r.rate_note:
        value.append(r.rate_note)
    value.append(cpi_text(r))
    lines += [Text(line, style="dim" if i else "") for i, line in
              enumerate(pack(value, width, indent="  ", hang="  "))]
    return lines


def worst_among(findings: pd.DataFrame, ids, every: bool = False) -> dict:
    """`worst_by_figure` of the figures `ids` (those the report lists; `every`: all of them),
    read only from the findings that flag one of them."""
    # A run at scale flags hundreds of thousands of figures; the report's tables list a few
    # hundred, and the dict of every flag cost more than finding the few rows that matter.
    if every:
        return worst_by_figure(findings)
    ids = set(ids)
    flagged = findings["flagged"].to_numpy(dtype=object)
    apart = np.fromiter(map(ids.isdisjoint, flagged), dtype=bool, count=len(flagged))
    return worst_by_figure(findings[~apart])


def rows_by_id(figs: pd.DataFrame, findings: pd.DataFrame) -> dict:
    """The figure rows (named tuples) of every id the findings involve, looked up once."""
    ids = involved(findings)
    return {r.id: r for r in figs[figs["id"].isin(ids)].itertuples()}


# What one finding shows at most: its figures (flagged first) and its message's characters.
FIGURES_SHOWN = 12
MESSAGE_SHOWN = 1200


def discrepancy_block(console: Console, n: int, f, figs_by_id: dict, worst: dict) -> None:
    """One finding: severity, metric and check, what it says, the figures it involves."""
    width = console.width
    head = Text()
    head.append(f"{n}. ", style="bold")
    head.append(f.severity.upper(), style=SEVERITY_STYLE[f.severity])
    head.append(f"  {f.metric}", style="bold cyan")
    head.append(f"  ({', '.join(f.check)})", style="dim")
    console.print(head)
    # Rendered only as far as it is shown: a merged finding's message can run to megabytes.
    message = F.record_of(f.record).message_start(MESSAGE_SHOWN)
    if len(message) > MESSAGE_SHOWN:
        message = (message[:MESSAGE_SHOWN].rsplit(" ", 1)[0] + " … (cut at "
                   f"{MESSAGE_SHOWN:,} characters; `export` holds the whole message)")
    out = [Text(line) for line in wrap(message, width, "   ")]
    flagged = set(f.flagged)
    ids = [fid for fid in f.figures if fid in figs_by_id]
    # Flagged figures first; a finding about thousands of figures lists a screenful of them.
    ids = [i for i in ids if i in flagged] + [i for i in ids if i not in flagged]
    for fid in ids[:FIGURES_SHOWN]:
        sev = f.severity if fid in flagged else None
        out += [Text("   ") + line for line in _figure_lines(figs_by_id[fid], width - 3, sev,
                                                                 quote=True)]
    if len(ids) > FIGURES_SHOWN:
        more = len(ids) - FIGURES_SHOWN
        out += [Text(line, style="dim") for line in
                wrap(f"… and {more:,} more figure{'s' if more > 1 else ''} of this finding "
                     "(`export --what figures` lists every one)", width, "   ")]
    out += [Text(line, style="dim") for line in wrap(f"rule: {f.rule}", width, "   ")]
    _lines(console, out)
    console.print()


# A metric's table lists at most this many figures: past it, the flagged ones (most severe
# first) and then the first others, in the file's order, and a line saying how many are left out.
METRIC_SHOWN = 100


def bounded(g: pd.DataFrame, worst: dict, keep: tuple = (), limit: int = METRIC_SHOWN
            ) -> pd.DataFrame:
    """At most `limit` rows of one metric's figures, in their order: those in `keep`, then the
    flagged ones, most severe first, then the others."""
    if len(g) <= limit:
        return g
    rank = np.array(g["id"].map(worst).map(F.RANK).fillna(-1), dtype=float)
    rank[g["id"].isin(keep).to_numpy()] = len(F.RANK)
    chosen = np.sort(np.lexsort((np.arange(len(g)), -rank))[:limit])
    return g.iloc[chosen]


def metric_table(console: Console, metric: str, g: pd.DataFrame, worst: dict,
                 keep: tuple = ()) -> None:
    """One metric's figures, each as two lines, flagged ones marked with their severity; a metric
    of thousands of figures lists a bounded part of them (always those in `keep`)."""
    title = Text(metric, style="bold cyan")
    kinds = g["kind"].dropna().unique()
    parts = g["part_of"].dropna().unique()
    if len(kinds):
        title.append(f" ({', '.join(kinds)})", style="cyan")
    if len(parts):
        title.append(f", part of {', '.join(sorted({k for p in parts for k in part_of_keys(p)}))}",
                     style="dim")
    console.print(title)
    shown = bounded(g, worst, keep)
    out = [Text("  ") + line for r in shown.itertuples()
           for line in _figure_lines(r, console.width - 2, worst.get(r.id), quote=False)]
    if len(shown) < len(g):
        left = g[~g.index.isin(shown.index)]
        flagged = int(left["id"].isin(worst.keys()).sum())
        said = f", {flagged:,} of them flagged" if flagged else ""
        out += [Text(line, style="dim") for line in
                wrap(f"… and {len(left):,} more figures of {metric}{said}, not listed "
                     f"(`export --what figures --metric {metric}` lists every one)",
                     console.width, "  ")]
    _lines(console, out)


def _metrics_drawn(view: View, shown: pd.DataFrame, metric: str | None) -> tuple[list, list]:
    """The metrics the report draws timelines of, and those it lists the figures of."""
    with_findings = list(dict.fromkeys(discrepancies(shown)["metric"]))
    chart_metrics = list(with_findings) if view.charts else []
    if view.chart_metric and view.chart_metric not in chart_metrics:
        chart_metrics.append(view.chart_metric)
    table_metrics = sorted(view.figures["metric"].unique()) if view.all_metrics or metric \
        else sorted(set(shown["metric"]))
    return chart_metrics, table_metrics


def print_report(console: Console, rec, view: View, figures_path: str,
                 metric: str | None = None) -> None:
    """The whole report, to `console`."""
    figs = view.figures
    # On Dask without --metric only the shown families' figures and findings came back: the
    # summary states the run's totals and tally.
    tally = tally_of(rec, view.counted, not metric)
    s = summarize(rec, view.counted, figs, not metric, tally)
    _lines(console, summary(rec, view, s, tally, figures_path, metric, console.width))
    console.print()
    shown = view.shown
    # All the findings at or above --min-severity, of which `shown` may hold only the top (Dask).
    n_shown = tally.at_least(view.min_severity)
    cut = n_shown - view.limit if view.limit and n_shown > view.limit else 0
    if cut:
        shown = shown.head(view.limit)
    chart_metrics, table_metrics = _metrics_drawn(view, shown, metric)
    # The worst flags are read for the figures drawn only: their timelines and tables show them.
    listed = figs["metric"].isin(table_metrics).to_numpy()
    charted = [m for m in chart_metrics if m not in table_metrics]
    drawn = listed | figs["metric"].isin(charted).to_numpy() if charted else listed
    worst = worst_among(view.counted, figs["id"].to_numpy()[drawn], drawn.all())
    by_id = rows_by_id(figs, shown)
    if shown.empty:
        console.print("[green]No discrepancies.[/green]" if not tally.discrepancies
                      else "No findings at or above --min-severity.")
    else:
        heading = findings_heading(shown["severity"])
        console.print(Text(heading if heading == "Info notes" else f"{heading}, most severe first",
                           style="bold underline"))
        for n, f in enumerate(shown.itertuples(), 1):
            discrepancy_block(console, n, f, by_id, worst)
    if cut:
        shown_words = ("The most severe finding is" if view.limit == 1 else
                       f"The {view.limit} most severe findings are")
        console.print(f"[dim]{shown_words} shown; {cut} more are not "
                      f"(--limit 0 shows all; `export` writes them all to a file).[/dim]")
    if chart_metrics:
        from reports import charts  # only with --charts/--chart: not at start-up
        console.print(Text("Timelines (values as the checks compare them)", style="bold underline"))
        for tl in charts.timelines(figs, chart_metrics, worst):
            console.print(charts.terminal(tl, console.width), no_wrap=True, crop=True)
            console.print()
    if table_metrics:
        console.print(Text("Figures of the metrics with a finding shown" if not
                           (view.all_metrics or metric) else "Figures by metric",
                           style="bold underline"))
        chosen = figs[listed]
        for m, g in chosen.groupby("metric", sort=True):
            metric_table(console, m, g, worst)
        console.print()
    if not (view.all_metrics or metric):
        rest = s.metrics - len(table_metrics)     # the run's count (on Dask too)
        if rest:
            console.print(f"[dim]{plural(rest, 'other metric')} without a finding shown; "
                          f"--all lists every metric's figures.[/dim]")

