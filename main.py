"""The command line: `python main.py report` is the main job; `convert`, `add`, `export`, `extract`,
`init`. It parses, calls the library, and prints; the library's typed errors become one line each
on stderr and exit 2 in one place (`_Commands.invoke`).

Exit codes: 0 success, 1 discrepancies at or above --fail-on, 2 usage or input error, 3 a check
failed with an internal error (a bug; the other checks' findings are still shown).
"""
from __future__ import annotations

import datetime as dt
import json
import math
import os
import sys
from pathlib import Path

import click

EXIT_FINDINGS = 1
EXIT_INPUT = 2
EXIT_INTERNAL = 3       # a check raised: a bug in figrecon, reported with the check's name


def _fail(message: str) -> None:
    """A usage error of the command line itself (options that go together)."""
    from currency.errors import InputError
    raise InputError(f"error: {message}")


class _Commands(click.Group):
    """The one place where the library's typed errors become lines on stderr and exit 2."""

    def invoke(self, ctx: click.Context):
        from currency.errors import InputError, SetupError
        try:
            return super().invoke(ctx)
        except (InputError, SetupError) as exc:
            for line in exc.lines:
                _echo(line, err=True)
            ctx.exit(EXIT_INPUT)

    # The commands in the order of the work, not of the alphabet; any other follows.
    WORK_ORDER = ("init", "extract", "scan", "add", "edit", "remove", "report", "export",
                  "convert")

    def list_commands(self, ctx) -> list[str]:
        names = super().list_commands(ctx)
        return [n for n in self.WORK_ORDER if n in names] + \
            [n for n in names if n not in self.WORK_ORDER]

    def format_commands(self, ctx, formatter) -> None:
        """The command list with each command's whole summary, wrapped, never cut."""
        rows = [(name, cmd.get_short_help_str(limit=10_000))
                for name, cmd in ((n, self.get_command(ctx, n)) for n in self.list_commands(ctx))
                if cmd is not None and not cmd.hidden]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def _echo(text: str = "", err: bool = False) -> None:
    """One line for the user; control characters of the text it quotes are shown escaped."""
    from reports.safe_text import terminal_safe
    click.echo(terminal_safe(str(text), keep_newlines=True), err=err)


def _json_line(obj) -> str:
    """One line of strict JSON: a number too large to hold (inf) or NaN is written as null."""
    def finite(v):
        if isinstance(v, float) and not math.isfinite(v):
            return None
        if isinstance(v, dict):
            return {k: finite(x) for k, x in v.items()}
        if isinstance(v, (list, tuple)):
            return [finite(x) for x in v]
        return v
    return json.dumps(finite(obj), ensure_ascii=False, allow_nan=False) + "\n"


def _examples(*lines: str) -> str:
    """An epilog of examples that click prints as written."""
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]},
             epilog=_examples("figrecon report", "figrecon export -o report.html",
                              "figrecon convert \"약 12조 3000억 원\" --date 2023-01-23"))
@click.version_option(package_name="figrecon", message="figrecon %(version)s")
def cli() -> None:
    """Reconcile the money figures that news articles state about the same facts.

    The figures file is --figures FILE, else $FIGRECON_FIGURES, else ./figures.csv
    (`figrecon init` creates an empty one).
    """


@cli.command(epilog=_examples("figrecon init", "figrecon init ~/checks/figures.csv",
                              "FIGRECON_FIGURES=~/checks/figures.csv figrecon report"))
@click.argument("path", required=False)
def init(path) -> None:
    """Create an empty figures file (PATH, default ./figures.csv) with its header."""
    from reconcile.locate import figures_path
    from reconcile.store import init_figures
    created = init_figures(figures_path(path, must_exist=False))
    _echo(f"created {created}; add figures from an article with `figrecon extract ARTICLE "
          f"--published DATE --add --figures {created}`, or one by one with `figrecon add "
          f"--figures {created} ...`")


@cli.command(epilog=_examples('figrecon convert "약 12조 3000억 원" --date 2023-01-23',
                             'figrecon convert "100억 달러" --to KRW --json',
                             "printf '1,570억 달러\\n$6.6 billion\\n' | figrecon convert -"))
@click.argument("texts", nargs=-1, required=True)
@click.option("--date", "date_text", metavar="YYYY-MM-DD",
              help="Rate date YYYY-MM-DD (default: the last day of the bundled ECB data).")
@click.option("--to", "to", default="USD", show_default=True, metavar="CUR",
              help="Currency to convert into: an ISO code of the ECB data (USD, KRW, EUR, …).")
@click.option("--as-of", "as_of_text", metavar="YYYY-MM-DD",
              help="With --real: the date of constant money (default: the CPI data's last month).")
@click.option("--real", is_flag=True, help="Express in constant money of --as-of (US CPI-U).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per text, one per line.")
@click.option("--currency", "given", metavar="CODE", help="ISO code of the currency of a TEXT "
              "that names none (3조가 넘는 with KRW); a TEXT that names one keeps it.")
def convert(texts, date_text, to, as_of_text, real, as_json, given) -> None:
    """Read each TEXT as an amount and convert it (TEXT `-` reads standard input, one per line)."""
    from currency.options import constant_money, currency_code, rate_day
    to = currency_code(to, "--to")
    as_of = constant_money(as_of_text, real, "--as-of")
    # Outside the data: the nearest fixing, said in the output (`note`).
    on, note = rate_day(date_text, "--date")
    lines = []
    for text in texts:
        if text == "-":
            from currency.article import decode
            from reconcile.files import SMALL_LIMIT, read_stream
            data = read_stream(sys.stdin.buffer, "<stdin>", "list of amounts", SMALL_LIMIT)
            lines.extend(line for line in decode(data, "<stdin>")[0].splitlines()
                         if line.strip())
        else:
            lines.append(text)
    given = currency_code(given, "--currency") if given else None
    rows = [_convert_one(text, to, on, as_of, given) for text in lines]
    if note:
        for row in rows:
            if "converted" in row:
                row["converted"]["rate_note"] = note
    renders = [row.pop("_render") for row in rows if "_render" in row]
    if as_json:
        out = sys.stdout
        for row in rows:
            out.write(_json_line(row))
    else:
        good = [row for row in rows if "error" not in row]
        if good:
            from reports.convert_view import conversions_table
            from reports.safe_text import console as safe_console
            safe_console().print(conversions_table(good))
    for render in renders:
        _echo(render, err=True)
    if renders:
        sys.exit(EXIT_INPUT)


def _convert_one(text: str, to: str, on: dt.date, as_of: dt.date | None,
                 given: str | None = None) -> dict:
    from currency.convert import ConversionError, with_currency
    from currency.convert import convert as convert_amount
    from currency.rates import RateError
    from currency.reader import AmountError, read_amount
    from reports.convert_view import error_marker
    try:
        amount = read_amount(text)
    except AmountError as exc:
        return {"text": text, "error": exc.message, "column": exc.position + 1,
                "_render": error_marker(exc)}
    from currency.convert import MAX_AMOUNT, too_large
    if too_large(amount.value):
        err = AmountError(f"the number is too large to compute with (the limit is "
                          f"{MAX_AMOUNT:.0e})", text, amount.start)
        return {"text": text, "error": err.message, "column": err.position + 1,
                "_render": error_marker(err)}
    amount = with_currency(amount, given)
    row = _amount_dict(amount)
    try:
        row["converted"] = convert_amount(amount, to, on, as_of).as_dict()
    except (ConversionError, RateError) as exc:
        err = AmountError(f"cannot convert {amount.span!r}: {exc}", text, amount.end)
        row.update(error=err.message, column=err.position + 1, _render=error_marker(err))
    return row


def _amount_dict(amount) -> dict:
    return {
        "text": amount.text, "span": amount.span, "start": amount.start, "end": amount.end,
        "value": amount.value, "currency": amount.currency, "unit": amount.unit_label,
        "low": amount.low if math.isfinite(amount.low) else None,
        "high": amount.high if math.isfinite(amount.high) else None,
        "bound": amount.bound, "hedge": amount.hedge, "precision": amount.precision,
    }


FIGURES_HELP = "The figures CSV (default: $FIGRECON_FIGURES, else ./figures.csv)."
LEVELS = ("info", "low", "medium", "high")
EXPORT_FORMATS = ("csv", "json", "md", "xlsx", "html")   # reports.export.FORMATS, without importing pandas at start
EXPORT_WHAT = ("findings", "figures")


def _figure_metrics(path) -> list[str]:
    """The metric keys of a figures CSV, read cheaply (for completion)."""
    import csv
    try:
        from reconcile.files import FIGURES_LIMIT, read_regular
        text = read_regular(path, "figures file", FIGURES_LIMIT).decode("utf-8-sig")
        return sorted({row.get("metric") or "" for row in csv.DictReader(text.splitlines())}
                      - {""})
    except (OSError, ValueError, csv.Error, UnicodeDecodeError):
        return []


def _complete_metric(ctx, param, incomplete: str):
    """Shell completion for --metric: the metrics of the --figures file given so far."""
    from reconcile.locate import figures_path as locate
    try:
        path = locate(ctx.params.get("figures_path"))
    except Exception:       # completion must never fail loudly: no file, no suggestions
        return []
    return [m for m in _figure_metrics(path) if m.startswith(incomplete)]


def _filter_options(fn):
    """The options `report` and `export` share: which figures, how normalized, which findings."""
    opts = [
        click.option("--figures", "figures_path", metavar="CSV", is_eager=True,
                     help=FIGURES_HELP + " With report --engine dask also a Parquet file or a "
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


def _reconcile(figures_path, currency, as_of_text, real, metric, only=None, skip=()):
    """Check the options, load, validate and reconcile (the library raises what is wrong)."""
    from currency.options import constant_money, currency_code
    from reconcile.api import reconcile_file
    currency = currency_code(currency, "--currency")
    as_of = constant_money(as_of_text, real, "--as-of")
    if Path(figures_path).is_dir() or Path(figures_path).suffix in (".parquet", ".pq"):
        _fail(f"--figures: {figures_path}: a directory of parts or a Parquet file is read by "
              "`report --engine dask`")
    with _progress(figures_path) as progress:
        _step(progress, f"reading and reconciling {figures_path}")
        return reconcile_file(figures_path, currency, as_of, metric, metric_option="--metric",
                              only=only, skip=skip, check_option="--check/--skip-check")


def _reconcile_articles(paths, index_path, currency, as_of_text, real, metric, only, skip):
    """Scan the articles in memory and reconcile what scan proposes; (result, a name for it)."""
    from currency.options import constant_money, currency_code
    from reconcile.scan.run import reconcile_rows
    currency = currency_code(currency, "--currency")
    as_of = constant_money(as_of_text, real, "--as-of")
    scanned = _scan(paths, index_path)
    name = f"{len(scanned.articles)} article(s) scanned"
    return reconcile_rows(scanned.rows, name, currency, as_of, metric, only, skip), name


def _reconcile_dask(figures_path, currency, as_of_text, real, metric, min_severity, limit,
                    scheduler):
    """Reconcile on Dask; bring back the normalized figures of the findings that will be shown."""
    from currency.options import constant_money, currency_code
    from reconcile.engine import filter_findings
    from reconcile.figures import FiguresError
    currency = currency_code(currency, "--currency")
    as_of = constant_money(as_of_text, real, "--as-of")
    try:
        from reconcile.distributed import reconcile_distributed
    except ImportError as exc:
        _fail(f"--engine dask: {exc.name} is not installed; pip install 'figrecon[scale]'")

    def shown(findings):
        top = filter_findings(findings, metric, min_severity)
        return set(top["metric"].head(limit) if limit else top["metric"]) | (
            {metric} if metric else set())
    try:
        rec = reconcile_distributed(figures_path, currency, as_of, scheduler, shown)
    except FiguresError as exc:
        for line in exc.problems:
            _echo(line, err=True)
        sys.exit(EXIT_INPUT)
    except OSError as exc:
        _fail(f"--scheduler {scheduler}: cannot connect: {exc}")
    if metric and metric not in set(rec.figures["metric"]):
        _fail(f"--metric: no figure has the metric {metric!r} in {figures_path}")
    return rec


@cli.command(short_help="The reconciliation report: summary, discrepancies, figures.",
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
@click.option("--index", "index_path", metavar="CSV",
              help="With --articles: a CSV of file,published (optional url, publisher).")
@click.argument("paths", nargs=-1, metavar="[PATH...]")
def report(figures_path, currency, as_of_text, real, metric, min_severity, fail_on,
           limit, all_metrics, charts, as_json, only, skip, engine, scheduler, scan_articles,
           index_path, paths) -> None:
    """The reconciliation report: a summary, the discrepancies most severe first with the
    figures each involves, then the figures of the metrics concerned."""
    from reconcile.engine import filter_findings
    min_severity = min_severity or "low"
    from reconcile.locate import figures_path as locate
    if scheduler and engine != "dask":
        _fail("--scheduler goes with --engine dask")
    if paths and not scan_articles:
        _fail(f"report reads --figures; to scan the articles {paths[0]}... give --articles")
    if index_path and not scan_articles:
        _fail("--index goes with --articles")
    from reconcile.figures import NoFigures
    try:
        if scan_articles:
            if not paths:
                _fail("--articles: give the articles to scan, files or folders: "
                      "report --articles PATH...")
            if figures_path or engine == "dask":
                _fail("--articles reports on the figures scanned in memory; it does not take "
                      "--figures or --engine dask")
            rec, figures_path = _reconcile_articles(paths, index_path, currency, as_of_text,
                                                    real, metric, only or None, skip)
        elif engine == "dask":
            figures_path = str(locate(figures_path))
            rec = _reconcile_dask(figures_path, currency, as_of_text, real, metric,
                                  min_severity, limit, scheduler)
        else:
            figures_path = str(locate(figures_path))
            rec = _reconcile(figures_path, currency, as_of_text, real, metric, only or None,
                             skip)
    except NoFigures as exc:          # a fresh file: nothing is wrong, there is nothing yet
        _echo(exc.lines[0], err=True)
        return
    counted = filter_findings(rec.findings, metric, "info")
    shown = filter_findings(rec.findings, metric, min_severity)
    figs = rec.figures if metric is None else rec.figures[rec.figures["metric"].eq(metric)]
    if as_json:
        from reports.tables import document
        doc = document(rec, counted, shown.head(limit) if limit else shown, figs)
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    else:
        from reports.safe_text import console as safe_console
        from reports.terminal import View, print_report
        view = View(figs, counted, shown, min_severity, limit, all_metrics, charts, metric)
        print_report(safe_console(), rec, view, str(figures_path), metric)
    for name, what in getattr(rec, "failed", ()):
        _echo(f"internal error: check {name} failed ({what}); the other checks ran and "
                   f"their findings are shown; please report this", err=True)
    if getattr(rec, "failed", ()):
        sys.exit(EXIT_INTERNAL)
    if fail_on:
        failing = filter_findings(rec.findings, metric, fail_on)
        if not failing.empty:
            named = [f"{r.severity} {r.metric} ({r.flagged or r.figures})"
                     for r in failing.head(5).itertuples()]
            more = f" and {len(failing) - 5} more" if len(failing) > 5 else ""
            _echo(f"--fail-on {fail_on}: {len(failing)} finding(s) at or above {fail_on}: "
                       + "; ".join(named) + more, err=True)
            sys.exit(EXIT_FINDINGS)


@cli.command(short_help="The checks: what each holds figures to, and how severe its findings are.",
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


@cli.command(short_help="Export the findings or the figures: csv, json, md, xlsx, html.",
             epilog=_examples(
                 "figrecon export -o discrepancies.xlsx",
                 "figrecon export -o report.html --metric microsoft_investment_2019",
                 "figrecon export --what figures --format json > figures.json"))
@_filter_options
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS),
              help="The file format [default: from -o's extension; csv on stdout].")
@click.option("--what", type=click.Choice(EXPORT_WHAT), default="findings", show_default=True,
              help="Which table csv, json and md hold (xlsx and html always hold both).")
@click.option("-o", "--output", metavar="FILE",
              help="Write FILE (.csv, .json, .md, .xlsx, .html), whole or not at all "
                   "[default: stdout].")
def export(figures_path, currency, as_of_text, real, metric, min_severity, fmt, what,
           output) -> None:
    """Export the findings (or the normalized figures) for a spreadsheet, a script or an
    editor: csv, json, md, a formatted xlsx workbook, or a self-contained html page."""
    from reconcile.engine import filter_findings
    from reconcile.locate import figures_path as locate
    from reconcile.store import write_output
    from reports.export import ExportError, format_for, render
    min_severity = min_severity or "info"
    try:
        fmt = format_for(output, fmt)
    except ExportError as exc:
        _fail(str(exc))
    if fmt == "xlsx" and not output:
        _fail("--format xlsx writes a binary file: give -o FILE.xlsx")
    figures_path = locate(figures_path)
    if output:
        _refuse_overwriting_input(output, figures_path, "--figures")
        # Before the work: a device, a FIFO or a read-only file is refused at once.
        from reconcile.files import writable_output
        writable_output(output, f"{fmt} export")
    rec = _reconcile(figures_path, currency, as_of_text, real, metric)
    figs = rec.figures if metric is None else rec.figures[rec.figures["metric"].eq(metric)]
    content = render(rec, filter_findings(rec.findings, metric, "info"),
                     filter_findings(rec.findings, metric, min_severity), figs, fmt, what)
    if output:
        try:
            write_output(output, content, f"{fmt} export")
        except OSError as exc:
            _fail(f"-o {output}: cannot write: {exc.strerror or exc}; nothing was written")
        what_shown = "figures" if what == "figures" and fmt in ("csv", "json", "md") else \
            "findings and figures" if fmt in ("xlsx", "html") else "findings"
        _echo(f"wrote {output} ({fmt}, {what_shown}, {len(content):,} bytes)", err=True)
    else:
        sys.stdout.buffer.write(content)
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


CURRENCY_HELP = ("ISO code (KRW, USD) of the currency when the article leaves it implicit, so "
                 "--amount stays as written (a headline's 12兆 with KRW).")


@cli.command(epilog=_examples(
    "figrecon add --id a5-ms-2019 --metric microsoft_investment_2019 \\",
    "    --amount '$1 billion' --as-of 2019-07-22 --published 2019-07-22 \\",
    "    --source press.txt --quote 'invest $1 billion'",
    "figrecon add --id a5-total --metric microsoft_investment_total \\",
    "    --amount '$13B' --as-of 2024-10 --published 2024-10 --source a.txt \\",
    "    --quote 'a total of $13B' --kind cumulative",
    "figrecon add --id a5-12jo --metric microsoft_investment_2023 --amount 12兆 \\",
    "    --currency KRW --as-of 2023-01-23 --published 2023-01-24 \\",
    "    --source a.txt --quote '12兆 투자'"))
# Required options are checked by `add` itself, so that every missing one is named at once.
@click.option("--id", "fid", help="Unique, readable id (a0-ms-total-14b).  [required]")
@click.option("--metric", help="snake_case key naming the fact: an existing one, unless "
              "--new-metric.  [required]")
@click.option("--new-metric", is_flag=True, help="Start a new metric (otherwise an unknown "
              "--metric is an error that suggests the closest existing ones).")
@click.option("--amount", help="The amount as the article writes it.  [required]")
@click.option("--as-of", "as_of", metavar="DATE",
              help="Date the figure is about: YYYY-MM-DD, YYYY-MM or YYYY.  [required]")
@click.option("--published", metavar="DATE",
              help="When the article was published: YYYY-MM-DD, YYYY-MM or YYYY.  [required]")
@click.option("--source", help="The article.  [required]")
@click.option("--quote", help="The shortest clause that shows the figure.  [required]")
@click.option("--part-of", "part_of", help="Metric(s) this figure is a component of (a;b).")
@click.option("--kind", type=click.Choice(["cumulative", "all_parts"]),
              help="cumulative: a running total; all_parts: a total whose parts in the file are "
                   "all of it.")
@click.option("--note", help="Anything a reader should know.")
@click.option("--restates", metavar="ID", help="The id of the figure this one converts into "
              "another currency (the original of \"X 달러(약 Y 원)\").")
@click.option("--currency", metavar="CODE", help=CURRENCY_HELP)
@click.option("--figures", "figures_path", metavar="PATH", help=FIGURES_HELP)
@click.option("--quiet", "-q", is_flag=True,
              help="Only say where the figure was added (fast: no reconciliation).")
def add(fid, metric, new_metric, amount, as_of, published, source, quote, part_of, kind, note,
        restates, currency, figures_path, quiet) -> None:
    """Validate a figure and append it to the CSV atomically; show what it was compared with
    and the findings it takes part in."""
    from reconcile.curate import OPTION
    from reconcile.figures import REQUIRED
    from reconcile.locate import figures_path as locate
    fields = dict(id=fid, metric=metric, amount=amount, as_of=as_of, published=published,
                  source=source, quote=quote, part_of=part_of, kind=kind, note=note,
                  restates=restates, currency=currency)
    missing = [OPTION[c] for c in REQUIRED if fields[c] is None]
    if missing:
        _fail(f"add: missing {', '.join(missing)} (all of "
              f"{', '.join(OPTION[c] for c in REQUIRED)} are required)")
    _add_and_show(str(locate(figures_path, must_exist=False)), fields, quiet, new_metric)


def _add_and_show(figures_path: str, fields: dict, quiet: bool = False,
                  new_metric: bool = True) -> None:
    # Only the light modules load before the append: many adds may queue for the lock.
    from reconcile.curate import as_options, published_before_event
    from reconcile.figures import FiguresError
    from reconcile.store import append_figure
    try:
        line = append_figure(figures_path, fields, new_metric=new_metric)
    except FiguresError as exc:
        # The new row's problems name the options typed; the file's own keep FILE:LINE.
        at = _appended_line(exc.problems, figures_path)
        for problem in as_options(exc.problems, figures_path, at):
            _echo(problem if problem.startswith(figures_path) else f"error: {problem}",
                       err=True)
        sys.exit(EXIT_INPUT)
    where = f"{figures_path}:{line}"
    warning = published_before_event(fields["as_of"], fields["published"])
    if warning:
        _echo(f"warning: {warning}", err=True)
    if quiet:
        _echo(f"added {fields['id']} at {where}")
        return
    from reconcile.engine import reconcile
    from reconcile.figures import load_figures
    from reports.curate_view import show_added
    from reports.safe_text import console as safe_console
    try:
        rec = reconcile(load_figures(figures_path))
    except FiguresError as exc:
        # The row is in and valid; other rows keep the whole file from reconciling.
        _echo(f"added {fields['id']} at {where}")
        _echo(f"{figures_path}: cannot show it reconciled: {len(exc.problems)} problem(s) "
                   f"elsewhere in the file, the first: {exc.problems[0]}", err=True)
        return
    show_added(safe_console(), rec, fields["id"], where)


def _appended_line(problems: list[str], figures_path: str) -> int:
    """The line the refused row would have taken: the store reports the row's problems at it
    (the file's structural problems name a file, row or header, never an option's column)."""
    import re
    lines = [int(m.group(1)) for p in problems
             if (m := re.match(re.escape(figures_path) + r":(\d+): ", p))]
    return max(lines, default=0)


def _curate_errors(figures_path: str, problems: list[str]) -> None:
    """Each problem on a line of its own, prefixed with the file unless it names it or an
    option; exit 2 (nothing was written)."""
    from currency.errors import InputError
    raise InputError(*(f"error: {'' if p.startswith((f'{figures_path}:', '--')) else figures_path + ': '}"
                       f"{p}" for p in problems))


def _rewrite(figures_path: str, change) -> None:
    from reconcile.figures import FiguresError
    from reconcile.store import rewrite_figures
    try:
        rewrite_figures(figures_path, change)
    except FiguresError as exc:
        _curate_errors(figures_path, exc.problems)


def _show_metrics(figures_path: str, metrics: list[str]) -> None:
    """The touched metrics' figures and findings; a file still broken elsewhere is said, not
    treated as an error of this change."""
    from reconcile.engine import reconcile
    from reconcile.figures import FiguresError, load_figures
    from reports.curate_view import show_metrics
    from reports.safe_text import console as safe_console
    try:
        figures = load_figures(figures_path)
    except FiguresError as exc:
        _echo(f"warning: {figures_path} still has {len(exc.problems)} problem(s) this "
                   "change did not cause; fix them to see its findings:", err=True)
        for line in exc.problems:
            _echo(line, err=True)
        return
    show_metrics(safe_console(), reconcile(figures), metrics)


@cli.command(epilog=_examples("figrecon remove a2-ms-100m",
                              "figrecon remove a1-10b-usd a1-12.3jo-krw --figures f.csv"))
@click.argument("ids", nargs=-1, required=True)
@click.option("--figures", "figures_path", metavar="PATH", help=FIGURES_HELP)
def remove(ids, figures_path) -> None:
    """Remove the figures IDS (atomically, every other byte kept); show their metrics'
    findings afterwards."""
    from reconcile.curate import figure_rows, new_problems, remove_figures
    from reconcile.figures import FiguresError
    from reconcile.locate import figures_path as locate
    figures_path = str(locate(figures_path))
    touched: list[str] = []

    def change(old: bytes) -> bytes:
        rows = figure_rows(old, figures_path)
        touched.extend(rows[i]["metric"] for i in ids if i in rows)
        new = remove_figures(old, list(ids), figures_path)
        problems = new_problems(figures_path, old, new)
        if problems:
            raise FiguresError([f"{p}; removing {', '.join(ids)} would cause this"
                                for p in problems])
        return new
    _rewrite(figures_path, change)
    _echo(f"removed {', '.join(dict.fromkeys(ids))} from {figures_path}")
    _show_metrics(figures_path, touched)


# edit's options and the columns they set (--new-id sets id: the argument names the figure).
_EDITABLE = (("new_id", "id"), ("metric", "metric"), ("amount", "amount"), ("as_of", "as_of"),
             ("published", "published"), ("source", "source"), ("quote", "quote"),
             ("part_of", "part_of"), ("kind", "kind"), ("note", "note"),
             ("restates", "restates"), ("currency", "currency"))
OPTION_OF = {column: "--" + name.replace("_", "-") for name, column in _EDITABLE}


@cli.command(epilog=_examples("figrecon edit a2-ms-100m --amount '10억 달러'",
                              "figrecon edit a1-12.3jo-krw --restates a1-10b-usd",
                              "figrecon edit a1-headline-12jo --currency KRW",
                              "figrecon edit a4-ms-billions --note ''"))
@click.argument("fid", metavar="ID")
@click.option("--new-id", help="A new id for the figure.")
@click.option("--metric", help="snake_case key naming the fact: an existing one, unless "
              "--new-metric.")
@click.option("--new-metric", is_flag=True, help="Accept a --metric no figure has yet.")
@click.option("--amount", help="The amount as the article writes it.")
@click.option("--as-of", "as_of", metavar="DATE",
              help="Date the figure is about: YYYY-MM-DD, YYYY-MM or YYYY.")
@click.option("--published", metavar="DATE",
              help="When the article was published: YYYY-MM-DD, YYYY-MM or YYYY.")
@click.option("--source", help="The article.")
@click.option("--quote", help="The shortest clause that shows the figure.")
@click.option("--part-of", "part_of", help="Metric(s) this figure is a component of (a;b); "
              "'' clears.")
@click.option("--kind", help="cumulative, all_parts, or '' to clear.")
@click.option("--note", help="Anything a reader should know; '' clears.")
@click.option("--restates", metavar="ID", help="The id of the figure this one converts into "
              "another currency; '' clears the link.")
@click.option("--currency", metavar="CODE", help=CURRENCY_HELP[:-1] + "; '' clears.")
@click.option("--figures", "figures_path", metavar="PATH", help=FIGURES_HELP)
def edit(fid, new_id, metric, new_metric, amount, as_of, published, source, quote, part_of,
         kind, note, restates, currency, figures_path) -> None:
    """Change fields of figure ID (validated, atomically, every other byte kept); show its
    metric's findings afterwards."""
    from reconcile.curate import (
        as_options,
        edit_figure,
        figure_rows,
        new_problems,
        published_before_event,
        unknown_metric_problem,
    )
    from reconcile.figures import FiguresError
    from reconcile.locate import figures_path as locate
    figures_path = str(locate(figures_path))
    given = dict(new_id=new_id, metric=metric, amount=amount, as_of=as_of, published=published,
                 source=source, quote=quote, part_of=part_of, kind=kind, note=note,
                 restates=restates, currency=currency)
    changes = {column: given[name] for name, column in _EDITABLE if given[name] is not None}
    if not changes:
        _fail("edit: give at least one field to change, e.g. --amount '$1 billion' (see --help)")
    touched: list[str] = []
    after: dict[str, str] = {}

    def change(old: bytes) -> bytes:
        rows = figure_rows(old, figures_path)
        if new_id and new_id != fid and new_id in rows:
            raise FiguresError([f"--new-id: {new_id}: duplicate id ({figures_path}:"
                                f"{rows[new_id]['_line']} has it)"])
        if fid in rows:
            touched.append(rows[fid]["metric"])
            if metric and not new_metric:
                problem = unknown_metric_problem(metric, {r["metric"] for r in rows.values()})
                if problem:
                    raise FiguresError([problem])
        new = edit_figure(old, fid, changes, figures_path)
        problems = new_problems(figures_path, old, new)
        if problems:
            raise FiguresError(as_options(problems, figures_path, int(rows[fid]["_line"]),
                                          OPTION_OF))
        after.update(figure_rows(new, figures_path)[changes.get("id") or fid])
        return new
    _rewrite(figures_path, change)
    _echo(f"edited {fid}" + (f" (now {new_id})" if new_id and new_id != fid else "")
               + f": {', '.join(OPTION_OF[c] for c in changes)}")
    if "as_of" in changes or "published" in changes:
        warning = published_before_event(after.get("as_of", ""), after.get("published", ""))
        if warning:
            _echo(f"warning: {warning}", err=True)
    _show_metrics(figures_path, touched + [changes.get("metric", "")])


@cli.command(epilog=_examples("figrecon extract article.txt --published 2023-01-24",
                             "figrecon extract article.txt --json",
                             "figrecon extract article.txt --published 2023-01-24 --add"))
@click.argument("article")
@click.option("--published", "published_text", metavar="DATE",
              help="When the article was published, YYYY-MM-DD, YYYY-MM or YYYY: resolves 지난해, 10월 초, 23일(현지 시간).")
@click.option("--source", metavar="NAME", help="The source name for added figures "
              "(default: the file's name).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per candidate.")
@click.option("--add", "do_add", is_flag=True, help="Review the candidates and add accepted ones.")
@click.option("--yes", is_flag=True, help="With --add: accept every high-confidence candidate.")
@click.option("--metric", help="With --add --yes (required there): the metric of every "
              "accepted figure.")
@click.option("--new-metric", is_flag=True, help="With --add --yes: --metric may be one no "
              "figure has yet (otherwise that is an error suggesting the closest).")
@click.option("--answers", "answers_path", metavar="PATH",
              help="With --add: a JSON list of answers, e.g. "
                   '[{"index": 3, "action": "accept", "metric": "m", "id": "x"}]. Keys: index '
                   "and action (accept or skip), then any of id, metric, new_metric, amount, "
                   "as_of, quote, part_of, kind, note, restates, currency.")
@click.option("--include-low", is_flag=True, help="With --add: also review low-confidence ones.")
@click.option("--figures", "figures_path", metavar="PATH", help=FIGURES_HELP)
def extract(article, published_text, source, as_json, do_add, yes, metric, new_metric,
            answers_path, include_low, figures_path) -> None:
    """Propose the figures an ARTICLE states (a text file, or - for standard input)."""
    from currency.article import decode
    from currency.extract import extract as extract_candidates
    if (yes or answers_path or metric or new_metric) and not do_add:
        _fail("--yes, --answers, --metric and --new-metric go with --add")
    from currency.options import published_day
    published = published_day(published_text, "--published")
    if do_add and not published_text:
        _fail("--add needs --published, the date each added figure was published")
    if do_add and article == "-" and not (yes or answers_path):
        _fail("reading the article from standard input, --add needs --yes or --answers")
    if yes and not metric:
        _fail("extract --add --yes needs --metric, the fact every accepted figure states; to "
              "file figures under several metrics, answer at a terminal or use --answers FILE")
    if do_add and not (yes or answers_path) and not _stdin_is_terminal():
        _fail("extract --add: standard input is not a terminal to ask on; pass --yes (accept "
              "every high-confidence candidate) or --answers FILE (a JSON list of answers)")
    answers = None
    if answers_path:
        answers = _read_answers(answers_path)
    from reconcile.files import ARTICLE_LIMIT, read_regular, read_stream
    data = read_stream(sys.stdin.buffer, "<stdin>", "article", ARTICLE_LIMIT) if article == "-" \
        else read_regular(article, "article", ARTICLE_LIMIT)
    text, encoding = decode(data, article)
    cands = extract_candidates(text, published)
    if as_json:
        for c in cands:
            sys.stdout.write(_json_line(c.as_dict()))
    elif not do_add:
        from reports.review import candidate_lines
        from reports.safe_text import console as safe_console
        high = sum(c.confidence == "high" for c in cands)
        out = safe_console()
        title = [f"{article}:", f"{len(cands)} candidates,", f"{high} high confidence",
                 f"(read as {encoding})"]
        for line in candidate_lines(cands, title, text, out.width):
            out.print(line, no_wrap=True, overflow="ellipsis", crop=True, highlight=False)
    if not do_add:
        return
    from reconcile.changes import Tracker
    from reconcile.curate import published_before_event
    from reconcile.figures import load_figures
    from reconcile.intake import Session, walk
    from reconcile.locate import figures_path as locate
    from reconcile.suggest import fitting, metric_suggester
    from reports.curate_view import show_change
    from reports.safe_text import console as safe_console
    figures_path = str(locate(figures_path, must_exist=False))
    exists = Path(figures_path).exists()
    existing = load_figures(figures_path) if exists else None
    from reconcile.figures import read_figures_bytes
    session = Session.of_file(read_figures_bytes(figures_path) if exists else None,
                              published_text, text)
    if answers is not None:
        from reconcile.intake import answer_problems
        problems = answer_problems(answers, cands, session)
        if problems:
            from currency.errors import InputError
            raise InputError(*(f"error: --answers {answers_path}: {p}" for p in problems))
    if metric and session.is_new(metric) and not new_metric:
        from reconcile.curate import unknown_metric_problem
        problem = unknown_metric_problem(metric, session.metrics)
        if problem:
            _fail(problem)
    tracker = Tracker(existing)
    console = safe_console()
    source = source or ("stdin" if article == "-" else Path(article).name)

    def after_add(fields, line):
        show_change(console, tracker.add(fields, line), f"{figures_path}:{line}")
        warning = published_before_event(fields["as_of"], fields["published"])
        if warning:
            _echo(f"warning: {fields['id']}: {warning}", err=True)

    done = walk(text, cands, published_text, source, figures_path,
                metric_suggester(existing, published_text), answers, yes, metric, include_low,
                ask=_ask, session=session, after_add=after_add, new_metric=new_metric,
                near=lambda c, created: fitting(c, created, published_text))
    held = f", {len(done.duplicates)} already in the file" if done.duplicates else ""
    _echo(f"{len(done.added)} added, {len(done.skipped)} skipped{held}, "
               f"{len(done.failures)} failed")
    for problem in done.failures:
        _echo(problem, err=True)
    if done.failures:
        sys.exit(EXIT_INPUT)


# Past this many articles a scan takes seconds: a progress bar, when stderr is a terminal.
PROGRESS_ARTICLES = 5


def _scan(paths, index_path, taken_ids=()):
    """Load and scan the articles (a progress bar at a terminal); the lines said go to stderr
    as warnings, or, when nothing was proposed, raise as errors."""
    import contextlib

    from reconcile.scan.articles import load_articles
    from reconcile.scan.run import dated, scan_loaded
    articles, lines = load_articles(paths, Path(index_path) if index_path else None)
    todo = len(dated(articles))
    bar = contextlib.nullcontext(None)
    if sys.stderr.isatty() and todo > PROGRESS_ARTICLES:
        from rich.console import Console
        from rich.progress import Progress
        bar = Progress(console=Console(stderr=True), transient=True)
    with bar as progress:
        on_article = None
        if progress is not None:
            task = progress.add_task("scanning articles", total=todo)
            on_article = lambda article: progress.advance(task)  # noqa: E731
        scanned = scan_loaded(articles, lines, taken_ids=taken_ids, on_article=on_article)
    for line in scanned.lines:
        click.echo(f"warning: {line}", err=True)
    return scanned


@cli.command(short_help="Propose figures from a folder of articles: amounts, facts, names.",
             epilog=_examples("figrecon scan articles/ -o figures.csv && figrecon report",
                              "figrecon scan new/ --add-to figures.csv",
                              "figrecon scan articles/ --index dates.csv --json > scan.json"))
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--index", "index_path", metavar="CSV",
              help="A CSV of file,published (optional url, publisher): each article's date.")
@click.option("-o", "--output", metavar="FILE",
              help="Write a new figures file (an existing one only with --force).")
@click.option("--force", is_flag=True, help="With -o: replace an existing file.")
@click.option("--add-to", "add_to", metavar="FILE",
              help="Merge into this figures file: every byte of its rows kept, no figure it "
                   "holds (same source and amount) added twice.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the groups with their figures, sentences and cohesion as JSON.")
@click.option("--review", is_flag=True,
              help="Before writing, go over the groups once: accept, rename, split one figure "
                   "out, merge two groups, or drop one.")
@click.option("--answers", "answers_path", metavar="FILE",
              help='With --review: a JSON list of answers instead of prompts, e.g. [{"group": '
                   '"m", "action": "rename", "to": "acme_ohio_plant"}].')
def scan(paths, index_path, output, force, add_to, as_json, review, answers_path) -> None:
    """Read articles (files or folders: .txt, .md, .html) and propose their money figures,
    grouped into facts, as a figures file (CSV on stdout without -o or --add-to)."""
    from reconcile.scan.output import check_target, document, new_file
    if force and not output:
        _fail("--force goes with -o")
    if answers_path and not review:
        _fail("--answers goes with --review")
    answers = _read_review_answers(answers_path) if answers_path else None
    if review and answers is None and not _stdin_is_terminal():
        _fail("scan --review: standard input is not a terminal to ask on; pass --answers FILE "
              "(a JSON list of answers)")
    check_target(output, add_to, force, paths, index_path)
    taken: set[str] = set()
    if add_to:
        from reconcile.curate import figure_rows
        try:
            taken = set(figure_rows(Path(add_to).read_bytes()))
        except OSError as exc:
            _fail(f"--add-to {add_to}: cannot read: {exc.strerror or exc}")
    scanned = _scan(paths, index_path, taken)
    if review:
        scanned = _reviewed(scanned, answers, answers_path)
        if not scanned.rows:
            click.echo("review dropped every group; nothing was written", err=True)
            return
    merged = None
    if add_to:
        merged = _add_to(add_to, scanned.rows)
        where = f"{len(merged.added)} added to {add_to}" + (
            f", {len(merged.held)} already there" if merged.held else "")
    elif output:
        _write_new(output, scanned.rows)
        where = f"written to {output}"
    else:
        where = "on standard output"
        if not as_json:
            sys.stdout.buffer.write(new_file(scanned.rows))
            sys.stdout.flush()
    if as_json:
        doc = document(scanned.articles, scanned.result, scanned.rows, scanned.lines, merged)
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    groups = len({r["metric"] for r in scanned.rows})
    click.echo(f"scanned {len(scanned.articles)} article(s): {len(scanned.rows)} figure(s) in "
               f"{groups} group(s); {where}", err=True)


def _read_review_answers(path: str):
    """The answers file of `scan --review --answers`: JSON, checked whole by the review."""
    from reconcile.files import SMALL_LIMIT, read_regular
    data = read_regular(path, "answers file", SMALL_LIMIT)
    try:
        return json.loads(data.decode("utf-8-sig"))
    except RecursionError:
        _fail(f"--answers {path}: nested too deeply to be a list of answers")
    except ValueError as exc:      # includes UnicodeDecodeError and JSONDecodeError
        _fail(f"--answers {path}: {exc}")


def _reviewed(scanned, answers, answers_path):
    """The scan after review: answers from the file, else asked group by group."""
    import dataclasses

    from currency.errors import InputError
    from reconcile.scan.review import answer_problems, apply_answers, regroup
    if answers is None:
        answers = _review_at_terminal(scanned)
    problems = answer_problems(answers, scanned.rows)
    if problems:
        raise InputError(*(f"error: --answers {answers_path}: {p}" for p in problems))
    done = apply_answers(answers, scanned.rows)
    for line in done.done:
        click.echo(f"review: {line}", err=True)
    result = dataclasses.replace(scanned.result, groups=regroup(scanned.result.groups,
                                                                done.rows))
    return dataclasses.replace(scanned, rows=done.rows, result=result)


def _review_at_terminal(scanned) -> list[dict]:
    """Ask about each group once; each answer is checked as it is given. q accepts the rest."""
    from reconcile.scan.review import answer_problems, apply_answers
    from reports.scan_view import describe_group
    cohesion = {g.metric: g.cohesion for g in scanned.result.groups}
    order = list(dict.fromkeys(r["metric"] for r in scanned.rows))
    answers: list[dict] = []
    for position, metric in enumerate(order, 1):
        while True:
            rows = apply_answers(answers, scanned.rows).rows
            members = [r for r in rows if r["metric"] == metric]
            if not members:
                break                   # merged into a group answered before
            for line in describe_group(position, len(order), metric,
                                       cohesion.get(metric, float("nan")), members):
                click.echo(line)
            action = click.prompt("accept, rename, split one out, merge into another, drop, "
                                  "or quit (accept the rest)", default="a",
                                  type=click.Choice(["a", "r", "s", "m", "d", "q"]))
            if action == "q":
                return answers
            answer = {"group": metric, "action": {"a": "accept", "r": "rename", "s": "split",
                                                  "m": "merge", "d": "drop"}[action]}
            if action in "rs":
                if action == "s":
                    n = click.prompt("which figure (its number)",
                                     type=click.IntRange(1, len(members)))
                    answer["figure"] = members[n - 1]["id"]
                answer["to"] = click.prompt("new group name (snake_case)")
            if action == "m":
                others = sorted({r["metric"] for r in rows} - {metric})
                for n, other in enumerate(others, 1):
                    click.echo(f"  {n}. {other}")
                pick = click.prompt("merge into (number or name)")
                answer["into"] = others[int(pick) - 1] if pick.isdigit() and \
                    1 <= int(pick) <= len(others) else pick
            problems = answer_problems(answers + [answer], scanned.rows)
            if not problems:
                answers.append(answer)
                break
            for p in problems:
                click.echo(f"   {p.split(': ', 1)[-1]}", err=True)
    return answers


def _write_new(output: str, rows) -> None:
    from reconcile.scan.output import ProposalError, write_new
    try:
        write_new(output, rows)
    except ProposalError as exc:        # a bug of scan: never written, exit 3
        for line in exc.lines:
            click.echo(line, err=True)
        sys.exit(EXIT_INTERNAL)


def _add_to(path: str, rows):
    from reconcile.figures import FiguresError
    from reconcile.scan.output import add_to_file
    try:
        return add_to_file(path, rows)
    except FiguresError as exc:
        _curate_errors(path, exc.problems)


def _read_answers(path: str) -> list:
    """The answers file of `extract --add --answers`: a JSON list of objects with an index."""
    from reconcile.files import SMALL_LIMIT, read_regular
    data = read_regular(path, "answers file", SMALL_LIMIT)
    try:
        answers = json.loads(data.decode("utf-8-sig"))
    except RecursionError:
        _fail(f"--answers {path}: nested too deeply to be a list of answers")
    except ValueError as exc:      # includes UnicodeDecodeError and JSONDecodeError
        _fail(f"--answers {path}: {exc}")
    if not isinstance(answers, list) or not all(isinstance(a, dict) and "index" in a
                                                for a in answers):
        _fail(f"--answers {path}: expected a JSON list of objects, each with an index")
    for n, answer in enumerate(answers, 1):
        for key, value in answer.items():
            if isinstance(value, (dict, list)):
                _fail(f"--answers {path}: answer {n}: {key}: expected text, a number, true, "
                      f"false or null, not a JSON {'object' if isinstance(value, dict) else 'list'}")
    return answers


def _stdin_is_terminal() -> bool:
    """Whether the prompts of `extract --add` have someone to answer them."""
    return sys.stdin.isatty()


def _prompt_valid(label: str, default, problem):
    """Prompt until `problem(answer)` is None; a refused answer never becomes the default."""
    from reports.safe_text import terminal_safe

    def check(value):
        why = problem(value)
        if why:
            raise click.BadParameter(terminal_safe(why))
        return value.strip()
    return _prompt(label, default, check)


def _prompt(label: str, default, check):
    """click.prompt, with a default holding control characters shown escaped."""
    from reports.safe_text import has_control, terminal_safe
    if isinstance(default, str) and has_control(default):
        return click.prompt(f"{label} [{terminal_safe(default)}]", default=default,
                            value_proc=check, show_default=False)
    return click.prompt(label, default=default, value_proc=check)


def _prompt_metric(review, default):
    """The metric, checked as soon as it is typed: an unknown one is started only when the
    user confirms it, after being told the closest known ones."""
    from reports.safe_text import terminal_safe
    session = review.session

    def check(value):
        value = value.strip()
        if value.isdigit() and 1 <= int(value) <= len(review.options):
            value = review.options[int(value) - 1]      # a number picks an offered metric
        why = session.problem("metric", value)
        if why:
            raise click.BadParameter(terminal_safe(why))
        if session.is_new(value):
            close = session.close(value)
            hint = f" (closest: {', '.join(close)})" if close else ""
            if not click.confirm(f"{terminal_safe(value)}: no figure has this metric{hint}. Start it as a new "
                                 "metric?", default=False):
                raise click.BadParameter(f"{terminal_safe(value)}: not started; type a metric the file has, "
                                         "or confirm a new one")
        return value
    return _prompt("metric", default, check)


def _ask(review, problems):
    """Ask about one candidate at the terminal: the fields to add, None to skip, or quit. Each
    answer is checked as it is given; after a refusal the questions start again from the
    proposal. End of input or Ctrl-C quits: what was added stays, and the count is said."""
    from reconcile.intake import QUIT
    try:
        return _questions(review, problems)
    except click.Abort:
        _echo("\nstopped; the figures accepted so far are in the file", err=True)
        return QUIT


def _questions(review, problems):
    from reconcile.intake import QUIT
    c, session = review.candidate, review.session
    fields = dict(review.fields)
    if problems:
        _echo(f"#{c.index} was not added:", err=True)
        for problem in problems:
            _echo(f"   {problem}", err=True)
        action = click.prompt("answer again or skip", default="a", type=click.Choice(["a", "s"]))
        if action == "s":
            return None
    else:
        from reports.review import describe
        for line in describe(review):
            _echo(line)
        default = "a" if c.confidence == "high" and not review.duplicate else "s"
        action = click.prompt("accept, skip, edit or quit", default=default,
                              type=click.Choice(["a", "s", "e", "q"]))
        if action == "s":
            return None
        if action == "q":
            return QUIT
        if action == "e":
            fields["amount"] = _prompt_valid("amount as written", fields["amount"],
                                             lambda v: session.problem("amount", v, fields))
            if fields.get("currency") and session.problem("amount", fields["amount"]) is None:
                fields["currency"] = None      # the amount as edited names its own unit
                fields["note"] = None
            fields["quote"] = _prompt_valid("quote", fields["quote"],
                                            lambda v: session.problem("quote", v))
    fields["metric"] = _prompt_metric(review, fields.get("metric") or review.default_metric)
    fields["id"] = _prompt_valid("id", fields["id"], lambda v: session.problem("id", v))
    fields["as_of"] = _prompt_valid("as_of", fields["as_of"],
                                    lambda v: session.problem("as_of", v))
    return fields


def main() -> None:
    """The console entry point: the CLI, dying quietly when its reader closes the pipe."""
    import signal
    if hasattr(signal, "SIGPIPE"):
        # `report | head -1`: a closed pipe ends the output, it is not a finding (click would
        # exit 1, the --fail-on status).
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    cli()


if __name__ == "__main__":
    main()
