"""The rich terminal report: what was read, each metric's figures side by side, the findings."""
from __future__ import annotations

import pandas as pd
from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from currency import formatting as fmt
from reconcile import findings as F

STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan", "info": "dim"}
# Past this many figures the table shows only the metrics that have findings.
FULL_TABLE_LIMIT = 300


def rate_text(r) -> str:
    """The rate a figure was normalized with, and its fixing date(s), as a reader reads rates."""
    if not isinstance(r.currency, str) or r.rate_low == 1.0 and r.rate_high == 1.0:
        return ""
    lo, hi, base, quote = r.rate_low, r.rate_high, r.currency, None
    target = r.n_unit.split(" ")[0]
    if hi < 1:    # show "KRW per USD" rather than 0.000814 USD per KRW
        lo, hi, base, quote = 1 / r.rate_high, 1 / r.rate_low, target, r.currency
        d_lo, d_hi = r.rate_high_date, r.rate_low_date
    else:
        quote = target
        d_lo, d_hi = r.rate_low_date, r.rate_high_date
    if lo == hi:
        text = f"{fmt.rate(lo, base, quote)} {d_lo}"
    else:
        text = f"{fmt.rate_range(lo, hi, base, quote)} ({d_lo}, {d_hi})"
    if isinstance(r.rate_note, str) and r.rate_note:
        text += f"; {r.rate_note}"
    return text


def totals(rec) -> tuple[int, int, pd.DataFrame]:
    """Figures, metrics, and per source its first publication date and figure count: from the
    figures, or from `rec.totals` when the figures were reconciled elsewhere (on Dask)."""
    t = getattr(rec, "totals", None)
    if t is not None:
        return t.figures, t.metrics, t.sources
    figs = rec.figures
    sources = (figs.groupby("source").agg(published=("published", "first"), n=("id", "size"))
               .reset_index())
    return len(figs), figs["metric"].nunique(), sources


def header(rec, figures_path: str, sources: pd.DataFrame) -> Panel:
    """What was read: figures, sources, and the FX and CPI data's ranges."""
    from currency.inflation import latest_month
    from currency.rates import SOURCE, rate_book
    book = rate_book()
    n_figures, n_metrics, _ = totals(rec)
    lines = [
        f"[bold]{n_figures}[/bold] figures, [bold]{n_metrics}[/bold] metrics, "
        f"[bold]{len(sources)}[/bold] sources, from {figures_path}",
        f"Exchange rates: {SOURCE}, {book.first_date} to {book.last_date}",
        f"Inflation: US CPI-U (cpi package data) to {latest_month():%Y-%m}"
        + (f"; amounts shown in constant money of {rec.context.real_as_of} (the checks compare "
           "nominal amounts, since totals add up nominal flows)" if rec.context.real_as_of
           else " (not applied; use --real)"),
        f"Normalized to {rec.context.currency} at the ECB rate of each figure's as_of period "
        "(a month or year: its lowest to highest rate); intervals from stated precision and hedge.",
    ]
    table = Table(box=None, show_header=True, header_style="bold", pad_edge=False)
    table.add_column("source")
    table.add_column("published")
    table.add_column("figures", justify="right")
    for r in sources.itertuples():
        table.add_row(r.source, r.published, str(r.n))
    return Panel(Group(Text.from_markup("\n".join(lines)), Text(""), table),
                 title="figrecon: what was read", title_align="left")


def figures_table(figs: pd.DataFrame, worst: dict, currency: str) -> Group:
    """Each metric's figures side by side, normalized, with the rate that was used."""
    tables = [Text("Figures by metric", style="bold")]
    for metric, g in figs.groupby("metric", sort=True):
        title = metric
        kinds = g["kind"].dropna().unique()
        parts = g["part_of"].dropna().unique()
        if len(kinds):
            title += f" ({', '.join(kinds)})"
        if len(parts):
            title += f", part of {', '.join(sorted(set(';'.join(parts).split(';'))))}"
        table = Table(title=title, title_justify="left", title_style="bold cyan",
                      header_style="dim", box=box.SIMPLE_HEAD, pad_edge=False)
        for col in ("id", "src", "as written", "as_of", "normalized", "rate (fixing date)",
                    "flag"):
            table.add_column(col, overflow="fold")
        for r in g.itertuples():
            sev = worst.get(r.id)
            table.add_row(r.id, str(r.source)[:3], r.amount, r.as_of,
                          fmt.interval(r.n_low, r.n_high, r.n_unit), rate_text(r),
                          Text(sev or "", style=STYLE.get(sev, "")))
        tables.append(table)
    return Group(*tables)


def findings_table(findings: pd.DataFrame) -> Table:
    """The discrepancies, most severe first, each with its explanation and rule."""
    table = Table(title="Discrepancies and notes (most severe first)", title_justify="left",
                  header_style="bold", show_lines=True)
    table.add_column("severity", overflow="fold")
    table.add_column("check", overflow="fold")
    table.add_column("explanation", ratio=1, overflow="fold")
    for r in findings.itertuples():
        table.add_row(Text(r.severity, style=STYLE[r.severity]), r.check,
                      Text(f"{r.message}\n") + Text(f"rule: {r.rule}", style="dim"))
    return table


def summary_line(rec, findings: pd.DataFrame, hidden: int) -> str:
    """'39 figures, 26 metrics: 2 high, 0 medium, 3 low, 13 info.'"""
    counts = findings["severity"].value_counts()
    parts = [f"{int(counts.get(s, 0))} {s}" for s in reversed(F.SEVERITIES)]
    n_figures, n_metrics, _ = totals(rec)
    line = (f"{n_figures} figures, {n_metrics} metrics: "
            + ", ".join(parts))
    if hidden:
        line += f" ({hidden} below --min-severity not shown)"
    return line + "."


def worst_by_figure(findings: pd.DataFrame) -> dict:
    """The most severe finding that judges each figure wrong (not its yardsticks)."""
    worst: dict = {}
    for figs, sev in zip(findings["flagged"], findings["severity"]):
        for fid in filter(None, figs.split(";")):
            if fid not in worst or F.RANK[sev] > F.RANK[worst[fid]]:
                worst[fid] = sev
    return worst


def print_report(console: Console, rec, findings: pd.DataFrame, figures_path: str,
                 metric: str | None, hidden: int, counted: pd.DataFrame | None = None,
                 limit: int = 0) -> None:
    """The whole report, to `console`; `limit` caps the findings shown (0: all)."""
    figs = rec.figures
    n_figures, _, sources = totals(rec)
    console.print(header(rec, figures_path, sources))
    cut = len(findings) - limit if limit and len(findings) > limit else 0
    if cut:
        findings = findings.head(limit)
    shown = figs if metric is None else figs[figs["metric"].eq(metric)]
    if (n_figures > FULL_TABLE_LIMIT or len(figs) < n_figures) and metric is None:
        shown = shown[shown["metric"].isin(findings["metric"])]
        console.print(f"[dim]{n_figures} figures: showing only the {shown['metric'].nunique()} "
                      f"metrics of the findings shown (use --metric KEY for one metric).[/dim]")
    console.print(figures_table(shown, worst_by_figure(findings), rec.context.currency))
    if findings.empty:
        console.print("[green]No discrepancies.[/green]")
    else:
        console.print(findings_table(findings))
    counted = findings if counted is None else counted
    if cut:
        console.print(f"[dim]The {limit} most severe findings are shown; {cut} more are not "
                      f"(--limit 0 shows all; `export` writes them all to a file).[/dim]")
    console.print(Text(summary_line(rec, counted, hidden), style="bold"), soft_wrap=True)


def show_added(console: Console, rec, fid: str, where: str) -> None:
    """After `add`: the new figure normalized, and every finding it now takes part in."""
    figs = rec.figures
    row = figs[figs["id"].eq(fid)]
    console.print(f"[green]added[/green] {fid} at {where}")
    mine = F.involving(rec.findings, fid)
    console.print(figures_table(figs[figs["metric"].isin(row["metric"])],
                                worst_by_figure(mine), rec.context.currency))
    if mine.empty:
        console.print("It agrees with everything it is checked against.")
    else:
        console.print(findings_table(mine))
