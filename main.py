"""The command line: `python main.py report` is the main job; `convert`, `add`, `export`, `extract`.

Exit codes: 0 success, 1 discrepancies at or above --fail-on, 2 usage or input error.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

EXIT_FINDINGS = 1
EXIT_INPUT = 2


def _fail(message: str) -> None:
    """Print one line to stderr and exit with the input-error status."""
    click.echo(f"error: {message}", err=True)
    sys.exit(EXIT_INPUT)


def _day(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    from currency.periods import PeriodError, parse_period
    try:
        period = parse_period(value)
    except PeriodError as exc:
        _fail(f"{option}: {exc}")
    if not period.is_day:
        _fail(f"{option}: give a day, YYYY-MM-DD, not the period {value!r}")
    return period.first


def _currency_and_real(currency: str, option: str, as_of_text: str | None, real: bool):
    """A known currency code, and the date of constant money when --real is asked for."""
    from currency.inflation import latest_month
    from currency.rates import known_currencies
    currency = currency.upper()
    if currency not in known_currencies():
        _fail(f"{option}: unknown currency {currency!r}; the ECB data covers "
              f"{', '.join(sorted(known_currencies()))}")
    if as_of_text and not real:
        _fail("--as-of sets the date of constant money; add --real to use it")
    return currency, ((_day(as_of_text, "--as-of") or latest_month()) if real else None)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """Reconcile the money figures that news articles state about the same facts."""


@cli.command()
@click.argument("texts", nargs=-1, required=True)
@click.option("--date", "date_text", metavar="DATE",
              help="Rate date YYYY-MM-DD (default: the last day of the bundled ECB data).")
@click.option("--to", "to", default="USD", show_default=True, metavar="CUR",
              help="Currency to convert into (ISO code).")
@click.option("--as-of", "as_of_text", metavar="DATE",
              help="With --real: the date of constant money (default: the CPI data's last month).")
@click.option("--real", is_flag=True, help="Express in constant money of --as-of (US CPI-U).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per text, one per line.")
def convert(texts, date_text, to, as_of_text, real, as_json) -> None:
    """Read each TEXT as an amount and convert it (TEXT `-` reads standard input, one per line)."""
    from currency.rates import rate_book

    to, as_of = _currency_and_real(to, "--to", as_of_text, real)
    on = _day(date_text, "--date")
    book = rate_book()
    if on is None:
        on = book.last_date
    elif not book.first_date <= on <= book.last_date:
        _fail(f"--date: {on} is outside the exchange-rate data ({book.first_date} to "
              f"{book.last_date})")
    lines = []
    for text in texts:
        if text == "-":
            lines.extend(line.rstrip("\r\n") for line in sys.stdin if line.strip())
        else:
            lines.append(text)
    rows = [_convert_one(text, to, on, as_of) for text in lines]
    renders = [row.pop("_render") for row in rows if "_render" in row]
    if as_json:
        out = sys.stdout
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        good = [row for row in rows if "error" not in row]
        if good:
            from rich.console import Console
            from reports.convert_view import conversions_table
            Console().print(conversions_table(good))
    for render in renders:
        click.echo(render, err=True)
    if renders:
        sys.exit(EXIT_INPUT)


def _convert_one(text: str, to: str, on: dt.date, as_of: dt.date | None) -> dict:
    from currency.convert import ConversionError, convert as convert_amount
    from currency.rates import RateError
    from currency.reader import AmountError, read_amount
    try:
        amount = read_amount(text)
    except AmountError as exc:
        return {"text": text, "error": exc.message, "column": exc.position + 1,
                "_render": exc.render("error: ")}
    row = _amount_dict(amount)
    try:
        row["converted"] = convert_amount(amount, to, on, as_of).as_dict()
    except (ConversionError, RateError) as exc:
        err = AmountError(f"cannot convert {amount.span!r}: {exc}", text, amount.end)
        row.update(error=err.message, column=err.position + 1, _render=err.render("error: "))
    return row


def _amount_dict(amount) -> dict:
    import math
    return {
        "text": amount.text, "span": amount.span, "start": amount.start, "end": amount.end,
        "value": amount.value, "currency": amount.currency, "unit": amount.unit_label,
        "low": amount.low if math.isfinite(amount.low) else None,
        "high": amount.high if math.isfinite(amount.high) else None,
        "bound": amount.bound, "hedge": amount.hedge, "precision": amount.precision,
    }


DEFAULT_FIGURES = Path(__file__).resolve().with_name("figures.csv")
LEVELS = ("info", "low", "medium", "high")
EXPORT_FORMATS = ("csv", "json", "md", "xlsx", "html")   # reports.export.FORMATS, without importing pandas at start


def _filter_options(fn):
    """The options `report` and `export` share: which figures, how normalized, which findings."""
    opts = [
        click.option("--figures", "figures_path", type=click.Path(),
                     default=str(DEFAULT_FIGURES), show_default="the project's figures.csv",
                     help="The figures CSV (with --engine dask also a Parquet file or a "
                          "directory of CSV or Parquet parts)."),
        click.option("--currency", default="USD", show_default=True, metavar="CUR",
                     help="Currency to normalize money to."),
        click.option("--as-of", "as_of_text", metavar="DATE",
                     help="With --real: the date of constant money (default: CPI's last month)."),
        click.option("--real", is_flag=True, help="Constant money of --as-of (US CPI-U)."),
        click.option("--metric", metavar="KEY", help="Only this metric."),
        click.option("--min-severity", type=click.Choice(LEVELS), default="info",
                     show_default=True, help="Hide findings below this level."),
    ]
    for opt in reversed(opts):
        fn = opt(fn)
    return fn


def _reconcile(figures_path, currency, as_of_text, real, metric):
    """Load, validate and reconcile; every input problem exits 2 with its lines."""
    from reconcile.engine import reconcile
    from reconcile.figures import FiguresError, load_figures
    currency, as_of = _currency_and_real(currency, "--currency", as_of_text, real)
    if Path(figures_path).is_dir() or Path(figures_path).suffix in (".parquet", ".pq"):
        _fail(f"--figures: {figures_path}: a directory of parts or a Parquet file is read by "
              "`report --engine dask`")
    try:
        figures = load_figures(figures_path)
    except FiguresError as exc:
        for line in exc.problems:
            click.echo(line, err=True)
        sys.exit(EXIT_INPUT)
    if metric and metric not in set(figures["metric"]):
        _fail(f"--metric: no figure has the metric {metric!r} in {figures_path}")
    return reconcile(figures, currency, as_of)


def _reconcile_dask(figures_path, currency, as_of_text, real, metric, min_severity, limit,
                    scheduler):
    """Reconcile on Dask; bring back the normalized figures of the findings that will be shown."""
    from reconcile.engine import filter_findings
    from reconcile.figures import FiguresError
    currency, as_of = _currency_and_real(currency, "--currency", as_of_text, real)
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
            click.echo(line, err=True)
        sys.exit(EXIT_INPUT)
    except OSError as exc:
        _fail(f"--scheduler {scheduler}: cannot connect: {exc}")
    if metric and metric not in set(rec.figures["metric"]):
        _fail(f"--metric: no figure has the metric {metric!r} in {figures_path}")
    return rec


@cli.command()
@_filter_options
@click.option("--fail-on", type=click.Choice(LEVELS[1:]), metavar="LEVEL",
              help="Exit 1 when a discrepancy at or above LEVEL (low, medium, high) exists.")
@click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True,
              help="Show at most this many findings, most severe first (0: all).")
@click.option("--engine", type=click.Choice(["pandas", "dask"]), default="pandas",
              show_default=True, help="dask: partition by family of metrics and run on a Dask "
              "cluster (needs the `scale` extra).")
@click.option("--scheduler", metavar="ADDRESS", help="With --engine dask: the scheduler to use, "
              "e.g. tcp://10.0.0.5:8786 (default: a local cluster sized to this machine).")
def report(figures_path, currency, as_of_text, real, metric, min_severity, fail_on,
           limit, engine, scheduler) -> None:
    """The reconciliation report: figures side by side, normalized, and their discrepancies."""
    from rich.console import Console
    from reconcile.engine import filter_findings
    from reports.terminal import print_report
    if scheduler and engine != "dask":
        _fail("--scheduler goes with --engine dask")
    if engine == "dask":
        rec = _reconcile_dask(figures_path, currency, as_of_text, real, metric, min_severity,
                              limit, scheduler)
    else:
        rec = _reconcile(figures_path, currency, as_of_text, real, metric)
    about_metric = filter_findings(rec.findings, metric, "info")
    shown = filter_findings(rec.findings, metric, min_severity)
    print_report(Console(), rec, shown, figures_path, metric, len(about_metric) - len(shown),
                 about_metric, limit)
    if fail_on and not filter_findings(rec.findings, metric, fail_on).empty:
        sys.exit(EXIT_FINDINGS)


@cli.command()
@_filter_options
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS),
              default="csv", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here (default stdout).")
def export(figures_path, currency, as_of_text, real, metric, min_severity, fmt, output) -> None:
    """Export the discrepancy table."""
    from reconcile.engine import filter_findings
    from reconcile.store import write_atomically
    from reports.export import render
    if fmt == "xlsx" and not output:
        _fail("--format xlsx writes a binary file: give -o PATH")
    rec = _reconcile(figures_path, currency, as_of_text, real, metric)
    content = render(filter_findings(rec.findings, metric, min_severity), fmt)
    if output:
        try:
            write_atomically(output, content)
        except OSError as exc:
            _fail(f"-o {output}: cannot write: {exc.strerror}")
    else:
        sys.stdout.buffer.write(content)
        sys.stdout.flush()


@cli.command()
@click.option("--id", "fid", required=True, help="Unique, readable id (a0-ms-total-14b).")
@click.option("--metric", required=True, help="snake_case key naming the fact.")
@click.option("--amount", required=True, help="The amount as the article writes it.")
@click.option("--as-of", "as_of", required=True, help="Date the figure is about.")
@click.option("--published", required=True, help="When the article was published.")
@click.option("--source", required=True, help="The article.")
@click.option("--quote", required=True, help="The shortest clause that shows the figure.")
@click.option("--part-of", "part_of", help="Metric(s) this figure is a component of (a;b).")
@click.option("--kind", type=click.Choice(["cumulative"]), help="cumulative: a running total.")
@click.option("--note", help="Anything a reader should know.")
@click.option("--figures", "figures_path", type=click.Path(dir_okay=False),
              default=str(DEFAULT_FIGURES), show_default="the project's figures.csv")
def add(fid, metric, amount, as_of, published, source, quote, part_of, kind, note,
        figures_path) -> None:
    """Validate a figure and append it to the CSV atomically; show it normalized."""
    fields = dict(id=fid, metric=metric, amount=amount, as_of=as_of, published=published,
                  source=source, quote=quote, part_of=part_of, kind=kind, note=note)
    _add_and_show(figures_path, fields)


def _add_and_show(figures_path: str, fields: dict) -> None:
    from rich.console import Console
    from reconcile.figures import FiguresError
    from reconcile.store import append_figure
    from reports.terminal import show_added
    try:
        line = append_figure(figures_path, fields)
    except FiguresError as exc:
        for problem in exc.problems:
            click.echo(problem, err=True)
        sys.exit(EXIT_INPUT)
    rec = _reconcile(figures_path, "USD", None, False, None)
    show_added(Console(), rec, fields["id"], f"{figures_path}:{line}")


@cli.command()
@click.argument("article")
@click.option("--published", "published_text", metavar="DATE",
              help="When the article was published: resolves 지난해, 10월 초, 23일(현지 시간).")
@click.option("--source", metavar="NAME", help="The source name for added figures "
              "(default: the file's name).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per candidate.")
@click.option("--add", "do_add", is_flag=True, help="Review the candidates and add accepted ones.")
@click.option("--yes", is_flag=True, help="With --add: accept every high-confidence candidate.")
@click.option("--metric", help="With --add --yes: the metric for every accepted figure "
              "(default: the closest existing metric).")
@click.option("--answers", "answers_path", type=click.Path(dir_okay=False),
              help="With --add: a JSON list of answers, e.g. "
                   '[{"index": 3, "action": "accept", "metric": "m", "id": "x"}].')
@click.option("--include-low", is_flag=True, help="With --add: also review low-confidence ones.")
@click.option("--figures", "figures_path", type=click.Path(dir_okay=False),
              default=str(DEFAULT_FIGURES), show_default="the project's figures.csv")
def extract(article, published_text, source, as_json, do_add, yes, metric, answers_path,
            include_low, figures_path) -> None:
    """Propose the figures an ARTICLE states (a text file, or - for standard input)."""
    from reconcile.article import ArticleError, decode
    from reconcile.extract import extract as extract_candidates
    if (yes or answers_path or metric) and not do_add:
        _fail("--yes, --answers and --metric go with --add")
    published = None
    if published_text:
        from currency.periods import PeriodError, parse_period
        try:
            published = parse_period(published_text).last
        except PeriodError as exc:
            _fail(f"--published: {exc}")
    if do_add and not published_text:
        _fail("--add needs --published, the date each added figure was published")
    if do_add and article == "-" and not (yes or answers_path):
        _fail("reading the article from standard input, --add needs --yes or --answers")
    answers = None
    if answers_path:
        try:
            answers = json.loads(Path(answers_path).read_text(encoding="utf-8"))
            if not isinstance(answers, list) or not all(isinstance(a, dict) and "index" in a
                                                        for a in answers):
                raise ValueError("expected a JSON list of objects, each with an index")
        except (OSError, ValueError) as exc:
            _fail(f"--answers {answers_path}: {exc}")
    try:
        data = sys.stdin.buffer.read() if article == "-" else Path(article).read_bytes()
    except OSError as exc:
        _fail(f"{article}: cannot read: {exc.strerror}")
    try:
        text, encoding = decode(data, article)
    except ArticleError as exc:
        _fail(str(exc))
    cands = extract_candidates(text, published)
    if as_json:
        for c in cands:
            sys.stdout.write(json.dumps(c.as_dict(), ensure_ascii=False) + "\n")
    elif not do_add:
        from rich.console import Console
        from reports.review import candidates_table
        high = sum(c.confidence == "high" for c in cands)
        Console().print(candidates_table(cands, f"{article}: {len(cands)} candidates, {high} "
                                                f"high confidence (read as {encoding})", text))
    if not do_add:
        return
    from reconcile.extract import metric_suggester
    from reports.review import walk
    source = source or ("stdin" if article == "-" else Path(article).name)
    added, skipped, failures = walk(text, cands, published_text, source, figures_path,
                                    metric_suggester(figures_path, published_text), answers,
                                    yes, metric, include_low)
    for fid, line in added:
        click.echo(f"added {fid} at {figures_path}:{line}")
    click.echo(f"{len(added)} added, {len(skipped)} skipped, {len(failures)} failed")
    for problem in failures:
        click.echo(problem, err=True)
    if failures:
        sys.exit(EXIT_INPUT)


if __name__ == "__main__":
    cli()
