"""`figrecon report`, `export` and `checks`: reconcile a figures file (with a spinner on a long
run, or on Dask) and show, export or explain the findings."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from cli.app import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_INTERNAL,
    FIGURES_HELP,
    _echo,
    _examples,
    _fail,
    _files_given,
    _output_given,
    begin_work,
    error_line,
    keep_to_the_end,
)

LEVELS = ("info", "low", "medium", "high")
EXPORT_FORMATS = ("csv", "json", "md", "xlsx", "html")   # reports.export.FORMATS, without importing pandas at start
EXPORT_WHAT = ("findings", "figures")


def _figure_metrics(path) -> list[str]:
    """The metric keys of a figures CSV, read cheaply (for completion)."""
    import csv
    try:
        from reconcile.store.files import FIGURES_LIMIT, read_regular
        text = read_regular(path, "figures file", FIGURES_LIMIT).decode("utf-8-sig")
        return sorted({row.get("metric") or "" for row in csv.DictReader(text.splitlines())}
                      - {""})
    except (OSError, ValueError, csv.Error, UnicodeDecodeError):
        return []


def _complete_metric(ctx, param, incomplete: str):
    """Shell completion for --metric: the metrics of the --figures file given so far."""
    from reconcile.store.locate import figures_path as locate
    try:
        path = locate(ctx.params.get("figures_path"))
    except Exception:       # completion must never fail loudly: no file, no suggestions
        return []
    return [m for m in _figure_metrics(path) if m.startswith(incomplete)]


def _filter_options(fn):
    """The options `report` and `export` share: which figures, how normalized, which findings."""
    opts = [
        click.option("--figures", "figures_path", metavar="CSV", is_eager=True,
                     callback=_files_given,
                     help=FIGURES_HELP + " With --engine dask also a Parquet file or a "
                     "directory of CSV or Parquet parts."),
        click.option("--currency", default="USD", show_default=True, metavar="CUR",
                     help="Currency to show money in: an ISO code of the ECB data (USD, KRW, "
                          "EUR, JPY, …)."),
        click.option("--as-of", "as_of_text", metavar="YYYY-MM-DD",
                     help="With --real: the date of constant money (default: CPI's last month)."),
        click.option("--real", is_flag=True, help="Show amounts in constant money of --as-of "
                                                  "(US CPI-U)."),
        click.option("--metric", metavar="KEY", shell_complete=_complete_metric,
                     help="Only this metric (a snake_case key from the figures' metric column)."),
        click.option("--min-severity", type=click.Choice(LEVELS), default=None,
                     help="Hide findings below this level [default: low for report, info for "
                          "export]."),
    ]
    for opt in reversed(opts):
        fn = opt(fn)
    return fn


# Past this many lines of figures, reconciling takes about a second: show progress.
PROGRESS_LINES = 5000


def _progress(figures_path):
    """A transient spinner on stderr for a long run, only when stderr is a terminal."""
    import contextlib
    if not sys.stderr.isatty():
        return contextlib.nullcontext(None)
    import stat
    try:
        # Only a regular file is counted: opening a FIFO would block.
        if not stat.S_ISREG(os.stat(figures_path).st_mode):
            return contextlib.nullcontext(None)
        with open(figures_path, "rb") as f:
            lines = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
    except OSError:
        return contextlib.nullcontext(None)
    if lines < PROGRESS_LINES:
        return contextlib.nullcontext(None)
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from reports.safe_text import console as safe_console
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                    console=safe_console(stderr=True), transient=True)


def _step(progress, text: str) -> None:
    if progress is not None:
        if not progress.tasks:
            progress.add_task(text, total=None)
        progress.update(progress.tasks[0].id, description=text)


def _reconcile(figures_path, currency, as_of_text, real, metric, only=None, skip=(),
               shown_only: bool = False, origin: str = "--figures"):
    """Check the options, load, validate and reconcile (the library raises what is wrong).
    `shown_only`: the findings' records are made for the rows a view reads (the terminal's)."""
    from reconcile.api import _reconcile_file_for_cli_views, reconcile_file
    currency, as_of = _money_options(currency, as_of_text, real)
    if Path(figures_path).is_dir():
        _fail(f"{origin}: {figures_path}: a directory of parts is read with --engine dask")
    import reconcile.engines.local  # noqa: F401  (imported before begin_work: start-up)
    begin_work(collect=False)
    with _progress(figures_path) as progress, python_strings():
        _step(progress, f"reading and reconciling {figures_path}")
        run = _reconcile_file_for_cli_views if shown_only else reconcile_file
        return run(figures_path, currency, as_of, metric, metric_option="--metric", only=only,
                   skip=skip, check_option="--check/--skip-check", lean=True)


def _money_options(currency, as_of_text, real):
    """--currency as its ISO code and --as-of (with --real) as the constant-money date, each
    refused in one line naming its option."""
    from currency.options import constant_money, currency_code
    return currency_code(currency, "--currency"), constant_money(as_of_text, real, "--as-of")


def _no_figures(currency, as_of_text, real):
    from reconcile.api import no_figures
    return no_figures(*_money_options(currency, as_of_text, real))


def python_strings():
    """pandas' `str` columns held as Python strings instead of Arrow arrays while the figures are
    read and reconciled: the same dtype and the same results, but each of the engine's many small
    operations (a take, a lookup, a groupby key on a few rows) costs less, and large files were
    measured faster and smaller too (docs/engine.md, start-up)."""
    import pandas as pd
    return pd.option_context("mode.string_storage", "python")


def _reconcile_articles(paths, index_path, currency, as_of_text, real, metric, only, skip):
    """Scan the articles in memory and reconcile what scan proposes; (result, a name for it)."""
    from reconcile.scan.run import reconcile_rows
    currency, as_of = _money_options(currency, as_of_text, real)
    from cli.scan import _scan
    begin_work()
    scanned = _scan(paths, index_path)
    name = f"{scanned.read} article(s) scanned"
    return reconcile_rows(scanned.rows, name, currency, as_of, metric, only, skip), name


# --fail-on names this many of the findings at or above its level.
FAIL_NAMED = 5


def _reconcile_dask(figures_path, currency, as_of_text, real, metric, min_severity, limit,
                    scheduler, every_metric=False, fail_on=None, only_shown=False,
                    part_view=None, take_view=None):
    """Reconcile on Dask; bring back the normalized figures of the findings that will be shown
    (with `only_shown`, only those families' findings, and a tally of all; with `part_view`,
    each partition's view, given to `take_view`, instead of any finding)."""
    from reconcile.engines.local import filter_findings
    from reconcile.store.figures import FiguresError
    currency, as_of = _money_options(currency, as_of_text, real)
    try:
        from reconcile.engines.distributed import reconcile_distributed
    except ImportError as exc:
        _fail(f"--engine dask: {exc.name} is not installed; pip install 'figrecon[scale]'")
    begin_work()

    def shown(findings):
        # The families of the findings the report shows, of those --fail-on names, and --metric's.
        if part_view is not None:     # nothing is shown: --metric's, to know it has figures
            return {metric} if metric else set()
        top = filter_findings(findings, metric, min_severity)
        metrics = set(top["metric"].head(limit) if limit else top["metric"])
        if fail_on:
            metrics |= set(filter_findings(findings, metric, fail_on)["metric"].head(FAIL_NAMED))
        return metrics | ({metric} if metric else set())
    try:
        rec = reconcile_distributed(figures_path, currency, as_of, scheduler, shown,
                                    all_figures=every_metric, only_shown=only_shown,
                                    part_view=part_view, take_view=take_view)
    except FiguresError as exc:
        for line in exc.lines:
            _echo(error_line(line), err=True, one_line=True)
        sys.exit(EXIT_INPUT)
    except OSError as exc:
        _fail(f"--scheduler {scheduler}: cannot connect: {exc}")
    from reconcile.api import check_metric
    check_metric(rec.figures["metric"], metric, "--metric", figures_path)
    return rec


def _is_date(text: str) -> bool:
    """Whether a command-line word is a date the figures file would take (YYYY[-MM[-DD]] or days
    YYYY-MM-DD/YYYY-MM-DD)."""
    from currency.data.periods import PeriodError, parse_period
    try:
        parse_period(text)
    except PeriodError:
        return False
    return True


@click.command(short_help="The reconciliation report: summary, discrepancies, figures.",
             epilog=_examples(
                 "figrecon report",
                 "figrecon report --metric microsoft_investment_2019 --currency KRW",
                 "figrecon report --min-severity info --all --charts",
                 "figrecon report --fail-on high --json > report.json"))
@_filter_options
@click.option("--fail-on", type=click.Choice(LEVELS[1:]),
              help="Exit 1 when a discrepancy at or above this level exists, and name it on "
                   "stderr.")
@click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True,
              metavar="N", help="Show at most N findings, most severe first (0: all).")
@click.option("--all", "all_metrics", is_flag=True,
              help="List every metric's figures, not only those of the findings shown.")
@click.option("--charts", is_flag=True,
              help="Draw a timeline for each metric with a discrepancy (--metric draws its own).")
@click.option("--json", "as_json", is_flag=True,
              help="One JSON document: summary, findings shown, normalized figures.")
@click.option("--check", "only", multiple=True, metavar="NAME",
              help="Run only this check (repeatable; `figrecon checks` lists them).")
@click.option("--skip-check", "skip", multiple=True, metavar="NAME",
              help="Do not run this check (repeatable).")
@click.option("--engine", type=click.Choice(["pandas", "dask"]), default="pandas",
              show_default=True, help="dask: partition by family of metrics and run on a Dask "
              "cluster (needs the `scale` extra).")
@click.option("--scheduler", metavar="ADDRESS", help="With --engine dask: the scheduler to use, "
              "e.g. tcp://10.0.0.5:8786 (default: a local cluster sized to this machine).")
@click.option("--articles", "scan_articles", is_flag=True,
              help="Scan the articles PATH... (files or folders) in memory and report on the "
                   "figures scan proposes, instead of a figures file.")
@click.option("--index", "index_path", metavar="CSV", callback=_files_given,
              help="With --articles: a CSV of file,published (optional url, publisher).")
@click.argument("paths", nargs=-1, metavar="[PATH...]", callback=_files_given)
def report(figures_path, currency, as_of_text, real, metric, min_severity, fail_on,
           limit, all_metrics, charts, as_json, only, skip, engine, scheduler, scan_articles,
           index_path, paths) -> None:
    """The reconciliation report: a summary, the discrepancies most severe first with the
    figures each involves, then the figures of the metrics concerned."""
    from reconcile.engines.local import filter_findings
    min_severity = min_severity or "low"
    from reconcile.store.locate import figures_origin
    from reconcile.store.locate import figures_path as locate
    if scheduler and engine != "dask":
        _fail("--scheduler goes with --engine dask")
    if engine == "dask" and (only or skip):
        # The Dask run has no check selection: it would run every check and say nothing.
        _fail("--check and --skip-check run on the default engine; leave out --engine dask")
    if paths and not scan_articles:
        if real and _is_date(str(paths[0])) and as_of_text is None:
            # `--real 2024-01-01`: the date meant for --as-of, not an article; suggested only
            # in a form --as-of takes
            from currency.errors import OptionError
            from currency.options import constant_money
            try:
                constant_money(str(paths[0]), True, "--as-of")
            except OptionError as exc:
                _fail(f"--real takes no value; {exc}")
            _fail(f"--real takes no value; give the date with --as-of: report --real --as-of "
                  f"{paths[0]}")
        if str(paths[0]).lower().endswith((".csv", ".parquet")):
            # A figures file given where the articles go: the option it needs, not --articles.
            _fail(f"report reads its figures file with --figures: report --figures {paths[0]}")
        _fail(f"report reads --figures; to scan the articles {paths[0]}... give --articles")
    if index_path and not scan_articles:
        _fail("--index goes with --articles")
    from reconcile.store.figures import NoFigures
    try:
        if scan_articles:
            if not paths:
                _fail("--articles: give the articles to scan, files or folders: "
                      "report --articles PATH...")
            if figures_path is not None or engine == "dask":
                _fail("--articles reports on the figures scanned in memory; it does not take "
                      "--figures or --engine dask")
            rec, figures_path = _reconcile_articles(paths, index_path, currency, as_of_text,
                                                    real, metric, only or None, skip)
        elif engine == "dask":
            figures_path = str(locate(figures_path))
            # Only the shown families' findings come back, with a tally of all of them: a
            # million figures make hundreds of thousands of findings the report only counts.
            # --all lists every figure with its flag, which any finding may set: all come back.
            rec = _reconcile_dask(figures_path, currency, as_of_text, real, metric,
                                  min_severity, limit, scheduler, every_metric=all_metrics,
                                  fail_on=fail_on, only_shown=not all_metrics)
        else:
            origin = figures_origin(figures_path)
            figures_path = str(locate(figures_path))
            rec = _reconcile(figures_path, currency, as_of_text, real, metric, only or None,
                             skip, shown_only=True, origin=origin)
    except NoFigures as exc:          # a fresh file: nothing is wrong, there is nothing yet
        _echo(exc.lines[0], err=True, one_line=True)
        if not as_json:
            return
        # A program reading the json gets a document of nothing, not an empty output.
        rec = _no_figures(currency, as_of_text, real)
    # The table as it is: its unmade records are made for the rows shown (`F.record_of`).
    counted = filter_findings(rec._view_table, metric, "info")
    shown = filter_findings(rec._view_table, metric, min_severity)
    figs = rec.figures if metric is None else rec.figures[rec.figures["metric"].eq(metric)]
    keep_to_the_end(rec, counted, shown, figs)
    if as_json:
        # Streamed: the document whole is 8 GB of Python objects at a million figures.
        from reports.json_report import write_document
        write_document(sys.stdout, rec, counted, shown.head(limit) if limit else shown, figs,
                       not metric)
    else:
        from reports.safe_text import console as safe_console
        from reports.terminal import View, print_report
        view = View(figs, counted, shown, min_severity, limit, all_metrics, charts, metric)
        print_report(safe_console(), rec, view, str(figures_path), metric)
        keep_to_the_end(view)
    for name, what in getattr(rec, "failed", ()):
        _echo(f"internal error: check {name} failed ({what}); the other checks ran and "
                   f"their findings are shown; please report this", err=True)
    if getattr(rec, "failed", ()):
        sys.exit(EXIT_INTERNAL)
    if fail_on:
        from reports.tables import cell_text, tally_of
        failing = filter_findings(rec._view_table, metric, fail_on)
        # Counted from the run's tally: on Dask only the shown families' findings came back
        # (and those of the first FAIL_NAMED failing ones, named here).
        n = tally_of(rec, counted, not metric).at_least(fail_on)
        if n:
            named = [f"{r.severity} {r.metric} ({cell_text(r.flagged or r.figures)})"
                     for r in failing.head(FAIL_NAMED).itertuples()]
            more = f" and {n - FAIL_NAMED} more" if n > FAIL_NAMED else ""
            _echo(f"--fail-on {fail_on}: {n} finding(s) at or above {fail_on}: "
                  + "; ".join(named) + more, err=True)
            sys.exit(EXIT_FINDINGS)


@click.command(short_help="The checks: what each holds figures to, and how severe its findings are.",
             epilog=_examples("figrecon checks", "figrecon checks --markdown > docs/checks.md"))
@click.option("--markdown", is_flag=True, help="A Markdown table (docs/checks.md is this).")
def checks(markdown) -> None:
    """The checks `report` runs, in order, each with its rule and severity (`--check NAME` runs
    only the named ones)."""
    from reconcile.checks import DOCS, checks_markdown
    if markdown:
        click.echo(checks_markdown(), nl=False)
        return
    from rich.console import Console

    from reports.checks_view import print_checks
    print_checks(Console(), DOCS.values())


@click.command(short_help="Export the findings or the figures: csv, json, md, xlsx, html.",
             epilog=_examples(
                 "figrecon export -o discrepancies.xlsx",
                 "figrecon export -o report.html --metric microsoft_investment_2019",
                 "figrecon export --what figures --format json > figures.json"))
@_filter_options
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS),
              help="The file format [default: from -o's extension; csv on stdout].")
@click.option("--what", type=click.Choice(EXPORT_WHAT), default="findings", show_default=True,
              help="Which table csv, json and md hold (xlsx and html always hold both).")
@click.option("-o", "--output", metavar="FILE", callback=_output_given,
              help="Write FILE (.csv, .json, .md, .xlsx, .html; not compressed), whole or not "
                   "at all [default, or `-`: stdout, where csv and json are streamed: an error "
                   "midway leaves what was already written].")
@click.option("--engine", type=click.Choice(["pandas", "dask"]), default="pandas",
              show_default=True, help="dask: partition by family of metrics and run on a Dask "
              "cluster (needs the `scale` extra). csv and json are streamed: each partition's "
              "rows are kept in a temporary directory (about the export's size) and written "
              "in order once all are done; md, xlsx and html are built whole in memory.")
@click.option("--scheduler", metavar="ADDRESS", help="With --engine dask: the scheduler to use "
              "(default: a local cluster sized to this machine).")
def export(figures_path, currency, as_of_text, real, metric, min_severity, fmt, what,
           output, engine, scheduler) -> None:
    """Export the findings (or the normalized figures) for a spreadsheet, a script or an
    editor: csv, json, md, a formatted xlsx workbook, or a self-contained html page."""
    from reconcile.store.locate import figures_origin
    from reconcile.store.locate import figures_path as locate
    from reports.export import STREAMED, ExportError, format_for, in_scope, write_export
    min_severity = min_severity or "info"
    if scheduler and engine != "dask":
        _fail("--scheduler goes with --engine dask")
    origin = figures_origin(figures_path)
    figures_path = locate(figures_path)
    if output:      # before its format: a folder has no extension to tell it by
        _refuse_overwriting_input(output, figures_path, "--figures")
    try:
        fmt = format_for(output, fmt)
    except ExportError as exc:
        _fail(str(exc))
    if fmt == "xlsx" and not output:
        _fail("--format xlsx writes a binary file: give -o FILE.xlsx")
    if output:
        # Before the work: a device, a FIFO or a read-only file is refused at once.
        from reconcile.store.files import writable_output
        writable_output(output, f"{fmt} export")
    if engine == "dask" and fmt in STREAMED:
        _export_dask_streamed(str(figures_path), currency, as_of_text, real, metric,
                              min_severity, fmt, what, output, scheduler)
        return
    if engine == "dask":
        # The figures table holds every family's figures; the findings' tables those they name.
        every = what == "figures" or fmt in ("xlsx", "html")
        rec = _reconcile_dask(str(figures_path), currency, as_of_text, real, metric,
                              min_severity, 0, scheduler, every_metric=every)
    else:
        # A streamed export renders its rows' messages a chunk at a time (`F.messages`), the
        # records of a chunk made then.
        rec = _reconcile(figures_path, currency, as_of_text, real, metric,
                         shown_only=fmt in STREAMED, origin=origin)
    counted, shown, figs = in_scope(rec._view_table, rec.figures, metric, min_severity)
    keep_to_the_end(rec, counted, shown, figs)
    # Streamed: csv and json are written a chunk of rows at a time.
    _write(output, fmt, lambda out: write_export(out, rec, counted, shown, figs, fmt, what))


def _export_dask_streamed(figures_path, currency, as_of_text, real, metric, min_severity, fmt,
                          what, output, scheduler) -> None:
    """A csv or json export on Dask: each partition renders its rows where it ran; the client
    spills them to a temporary directory as partitions finish (it never holds all the findings)
    and, once the whole run has passed its checks, writes them in the single-process order."""
    import tempfile
    from functools import partial

    from reports.export import StreamedExport, part_rows
    from reports.tables import money_note
    money = money_note(*_money_options(currency, as_of_text, real))
    view = partial(part_rows, fmt=fmt, what=what, metric=metric, min_severity=min_severity,
                   money=money)
    with tempfile.TemporaryDirectory(prefix="figrecon-export-") as spill:
        stream = StreamedExport(fmt, what, spill)
        _reconcile_dask(figures_path, currency, as_of_text, real, metric, min_severity, 0,
                        scheduler, part_view=view, take_view=stream.add)
        _write(output, fmt, stream.write)


def _write(output, fmt: str, write_to) -> None:
    """`write_to(out) -> Written` into -o's file, whole or not at all, or to stdout; says what
    was written."""
    from reconcile.store.append import write_output
    made = []

    def write(out) -> None:
        made.append(write_to(out))
    if output:
        try:
            write_output(output, write, f"{fmt} export")
        except OSError as exc:
            _fail(f"-o {output}: cannot write: {exc.strerror or exc}; nothing was written")
        done = made[0]
        _echo(f"wrote {output} ({fmt}: {done.rows}, {done.size:,} bytes)", err=True, one_line=True)
        for warning in done.warnings:
            _echo(f"warning: {warning}", err=True)
    else:
        write(sys.stdout.buffer)
        sys.stdout.flush()


def _refuse_overwriting_input(output: str, input_path: str, option: str) -> None:
    """-o must not name an input: the findings would replace the data they came from."""
    out = Path(output)
    if out.is_dir():
        _fail(f"-o {output}: is a directory; give a file name")
    try:
        same = out.exists() and os.path.samefile(out, input_path)
    except OSError:
        same = False
    if same or os.path.realpath(out) == os.path.realpath(input_path):
        _fail(f"-o {output}: is the {option} file {input_path}; refusing to write the findings "
              "over the figures")
