"""What `add`, `edit` and `remove` print afterwards: the touched metrics' figures and findings,
and what a new figure was compared with (so "nothing disagrees" is never said of a figure that
nothing was checked against)."""
from __future__ import annotations

import pandas as pd
from rich.console import Console
from rich.text import Text

from reconcile.api import part_of_keys
from reconcile.model import findings as F
from reports.tables import cell_text, worst_by_figure
from reports.terminal import discrepancy_block, metric_table, rows_by_id


def _findings(console: Console, figs: pd.DataFrame, findings: pd.DataFrame) -> None:
    worst = worst_by_figure(findings)
    by_id = rows_by_id(figs, findings)
    for n, f in enumerate(findings.itertuples(), 1):
        discrepancy_block(console, n, f, by_id, worst)


def show_metrics(console: Console, rec, metrics: list[str]) -> None:
    """Each touched metric's figures as they are now, and every finding about those metrics."""
    figs = rec.figures
    metrics = list(dict.fromkeys(m for m in metrics if m))
    empty = [m for m in metrics if not figs["metric"].eq(m).any()]
    for m in empty:
        console.print(f"{m}: no figures left.")
    mine = rec.findings[rec.findings["metric"].isin(metrics)]
    worst = worst_by_figure(mine)
    for m in metrics:
        if m not in empty:
            metric_table(console, m, figs[figs["metric"].eq(m)], worst)
    left = [m for m in metrics if m not in empty]
    if mine.empty:
        if left:
            console.print(f"No findings about {', '.join(left)}.")
    else:
        console.print()
        _findings(console, figs, mine)


def _ids(frame: pd.DataFrame) -> str:
    return ", ".join(frame["id"])


def compared_with(figs: pd.DataFrame, fid: str) -> list[str]:
    """Sentences saying which figures the checks compare figure `fid` with; none when it is the
    only figure of its fact."""
    row = figs[figs["id"].eq(fid)].iloc[0]
    others = figs[figs["metric"].eq(row["metric"]) & figs["id"].ne(fid)]
    restatement = row["role"] == "restatement"
    out = []
    if restatement:
        out.append(f"It restates {row['original']}: it is judged as a conversion of that "
                   "figure at the ECB rate of its dates.")
    restating = others[others["original"].eq(fid)]
    if len(restating):
        out.append(f"Restated by {_ids(restating)}: each is judged as a conversion of it.")
    originals = others[others["role"].ne("restatement")]
    if not restatement and pd.notna(row["grp"]):
        same = originals[originals["grp"].eq(row["grp"])]
        if len(same):
            out.append(f"Compared with {len(same)} figure(s) of {row['metric']} over the same "
                       f"time: {_ids(same)}.")
        other_times = originals[originals["grp"].ne(row["grp"]) | originals["grp"].isna()]
        if len(other_times):
            how = "compared as running totals" if row["kind"] == "cumulative" else \
                "not compared with it (another time, another fact)"
            out.append(f"Other times of {row['metric']} ({_ids(other_times)}): {how}.")
    for whole in part_of_keys(row["part_of"]):
        totals = figs[figs["metric"].eq(whole)]
        out.append(f"Counted as a part of {whole} ({len(totals)} figure(s)).")
    parts = figs[figs["part_of"].map(lambda cell: row["metric"] in part_of_keys(cell))]
    if len(parts):
        out.append(f"Its parts ({', '.join(sorted(parts['metric'].unique()))}) are summed "
                   "against it.")
    return out


def _alone(fact: str) -> str:
    """What is said of a figure no other figure of its fact (`fact`, in words) was checked with."""
    return f"It is the only figure of its fact ({fact}): nothing was checked against it."


def show_added(console: Console, rec, fid: str, where: str) -> None:
    """After `add`: the new figure normalized, what it was compared with, and its findings."""
    from reports.layout import wrap
    figs = rec.figures
    row = figs[figs["id"].eq(fid)]

    def say(text: str) -> None:
        # Lines fit the terminal, broken between words (a path or id is never markup).
        for line in wrap(text, console.width):
            console.print(line, highlight=False, markup=False)
    console.print(Text("added", style="green") + Text(f" {fid} at {where}"), highlight=False)
    metric = row["metric"].iloc[0]
    mine = F.involving(rec.findings, fid)
    metric_table(console, metric, figs[figs["metric"].eq(metric)], worst_by_figure(mine),
                 keep=(fid,))
    said = compared_with(figs, fid)
    if not said:
        say(_alone(f"{metric}, as of {row['as_of'].iloc[0]}"))
        return
    for line in said:
        say(line)
    if mine.empty:
        console.print("No finding involves it.")
    else:
        console.print()
        _findings(console, figs, mine)


def show_change(console: Console, change, where: str) -> None:
    """After each figure `extract --add` accepts: where it went, what it is compared with, and
    the findings of its metrics that it makes new (in full), changes or ends (one line each)."""
    from reports.layout import wrap
    figs = change.rec.figures
    width = console.width

    def say(text: str, indent: str = "   ") -> None:
        for line in wrap(text, width, indent):
            console.print(line, highlight=False, markup=False, soft_wrap=True)
    console.print(Text("added", style="green") + Text(f" {change.fid} at {where} "
                                                      f"({change.metric})"), highlight=False)
    said = compared_with(figs, change.fid) or [_alone(change.metric)]
    for line in said:
        say(line)
    if change.new.empty and change.changed.empty and change.gone.empty:
        say(f"It changes no finding ({change.unchanged} as before)." if change.unchanged
            else "No finding involves its metrics.")
        return
    say(f"Findings it changes: {len(change.new)} new, {len(change.changed)} changed, "
        f"{len(change.gone)} gone, {change.unchanged} as before.")
    worst = worst_by_figure(change.rec.findings)
    by_id = rows_by_id(figs, change.new)
    for n, f in enumerate(change.new.itertuples(), 1):
        console.print("   [bold]new[/bold]", highlight=False)
        discrepancy_block(console, n, f, by_id, worst)
    for f, was in zip(change.changed.itertuples(), change.old_messages):
        say(f"changed: {f.severity.upper()} {f.metric} ({cell_text(f.check)}), was "
            f"{was.split(':', 1)[0]}: {f.record.message}")
    for f in change.gone.itertuples():
        say(f"gone: {f.severity.upper()} {f.metric} ({cell_text(f.check)}): {f.record.message}")
