"""The command line: `python main.py report` is the main job; `convert`, `add`, `export`, `extract`,
`init`. It parses, calls the library, and prints; the library's typed errors become one line each
on stderr and exit 2 in one place (`_Commands.invoke`).

Exit codes: 0 success, 1 discrepancies at or above --fail-on, 2 usage or input error.
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
                click.echo(line, err=True)
            ctx.exit(EXIT_INPUT)


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


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="figrecon", message="figrecon %(version)s")
def cli() -> None:
    """Reconcile the money figures that news articles state about the same facts.

    The figures file is --figures FILE, else $FIGRECON_FIGURES, else ./figures.csv
    (`figrecon init` creates an empty one).
    """


@cli.command()
@click.argument("path", required=False)
def init(path) -> None:
    """Create an empty figures file (PATH, default ./figures.csv) with its header."""
    from reconcile.locate import figures_path
    from reconcile.store import init_figures
    created = init_figures(figures_path(path, must_exist=False))
    click.echo(f"created {created}; add figures with `figrecon add --figures {created} ...`")


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
    from currency.options import constant_money, currency_code, rate_day
    to = currency_code(to, "--to")
    as_of = constant_money(as_of_text, real, "--as-of")
    # Outside the data: the nearest fixing, said in the output (`note`).
    on, note = rate_day(date_text, "--date")
    lines = []
    for text in texts:
        if text == "-":
            lines.extend(line.rstrip("\r\n") for line in sys.stdin if line.strip())
        else:
            lines.append(text)
    rows = [_convert_one(text, to, on, as_of) for text in lines]
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
            from rich.console import Console

            from reports.convert_view import conversions_table
            Console().print(conversions_table(good))
    for render in renders:
        click.echo(render, err=True)
    if renders:
        sys.exit(EXIT_INPUT)


def _convert_one(text: str, to: str, on: dt.date, as_of: dt.date | None) -> dict:
    from currency.convert import ConversionError
    from currency.convert import convert as convert_amount
    from currency.rates import RateError
    from currency.reader import AmountError, read_amount
    try:
        amount = read_amount(text)
    except AmountError as exc:
        return {"text": text, "error": exc.message, "column": exc.position + 1,
                "_render": exc.render("error: ")}
    if not math.isfinite(amount.value):
        err = AmountError("the number is too large to compute with", text,
                          amount.start)
        return {"text": text, "error": err.message, "column": err.position + 1,
                "_render": err.render("error: ")}
    row = _amount_dict(amount)
    try:
        row["converted"] = convert_amount(amount, to, on, as_of).as_dict()
    except (ConversionError, RateError) as exc:
        err = AmountError(f"cannot convert {amount.span!r}: {exc}", text, amount.end)
        row.update(error=err.message, column=err.position + 1, _render=err.render("error: "))
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


def _filter_options(fn):
    """The options `report` and `export` share: which figures, how normalized, which findings."""
    opts = [
        click.option("--figures", "figures_path", metavar="PATH", help=FIGURES_HELP),
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
    """Check the options, load, validate and reconcile (the library raises what is wrong)."""
    from currency.options import constant_money, currency_code
    from reconcile.api import reconcile_file
    currency = currency_code(currency, "--currency")
    as_of = constant_money(as_of_text, real, "--as-of")
    return reconcile_file(figures_path, currency, as_of, metric, metric_option="--metric")


@cli.command()
@_filter_options
@click.option("--fail-on", type=click.Choice(LEVELS[1:]), metavar="LEVEL",
              help="Exit 1 when a discrepancy at or above LEVEL (low, medium, high) exists.")
@click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True,
              help="Show at most this many findings, most severe first (0: all).")
def report(figures_path, currency, as_of_text, real, metric, min_severity, fail_on,
           limit) -> None:
    """The reconciliation report: figures side by side, normalized, and their discrepancies."""
    from rich.console import Console

    from reconcile.engine import filter_findings
    from reconcile.locate import figures_path as locate
    from reports.terminal import print_report
    figures_path = str(locate(figures_path))
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
@click.option("-o", "--output", metavar="PATH", help="Write here (default stdout).")
def export(figures_path, currency, as_of_text, real, metric, min_severity, fmt, output) -> None:
    """Export the discrepancy table."""
    from reconcile.engine import filter_findings
    from reconcile.locate import figures_path as locate
    from reconcile.store import write_atomically
    from reports.export import render
    if fmt == "xlsx" and not output:
        _fail("--format xlsx writes a binary file: give -o PATH")
    figures_path = locate(figures_path)
    if output:
        _refuse_overwriting_input(output, figures_path, "--figures")
    rec = _reconcile(figures_path, currency, as_of_text, real, metric)
    content = render(filter_findings(rec.findings, metric, min_severity), fmt)
    if output:
        try:
            write_atomically(output, content)
        except OSError as exc:
            _fail(f"-o {output}: cannot write: {exc.strerror or exc}; nothing was written")
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
@click.option("--restates", metavar="ID", help="The id of the figure this one converts into "
              "another currency (the original of \"X 달러(약 Y 원)\").")
@click.option("--figures", "figures_path", metavar="PATH", help=FIGURES_HELP)
@click.option("--quiet", "-q", is_flag=True,
              help="Only say where the figure was added (fast: no reconciliation).")
def add(fid, metric, amount, as_of, published, source, quote, part_of, kind, note, restates,
        figures_path, quiet) -> None:
    """Validate a figure and append it to the CSV atomically; show it normalized."""
    from reconcile.locate import figures_path as locate
    fields = dict(id=fid, metric=metric, amount=amount, as_of=as_of, published=published,
                  source=source, quote=quote, part_of=part_of, kind=kind, note=note,
                  restates=restates)
    _add_and_show(str(locate(figures_path, must_exist=False)), fields, quiet)


def _add_and_show(figures_path: str, fields: dict, quiet: bool = False) -> None:
    # Only the light modules load before the append: many adds may queue for the lock.
    from reconcile.figures import FiguresError
    from reconcile.store import append_figure
    try:
        line = append_figure(figures_path, fields)
    except FiguresError as exc:
        for problem in exc.problems:
            click.echo(problem, err=True)
        sys.exit(EXIT_INPUT)
    where = f"{figures_path}:{line}"
    if quiet:
        click.echo(f"added {fields['id']} at {where}")
        return
    from rich.console import Console

    from reconcile.engine import reconcile
    from reconcile.figures import load_figures
    from reports.terminal import show_added
    try:
        rec = reconcile(load_figures(figures_path))
    except FiguresError as exc:
        # The row is in and valid; other rows keep the whole file from reconciling.
        click.echo(f"added {fields['id']} at {where}")
        click.echo(f"{figures_path}: cannot show it reconciled: {len(exc.problems)} problem(s) "
                   f"elsewhere in the file, the first: {exc.problems[0]}", err=True)
        return
    show_added(Console(), rec, fields["id"], where)


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
@click.option("--answers", "answers_path", metavar="PATH",
              help="With --add: a JSON list of answers, e.g. "
                   '[{"index": 3, "action": "accept", "metric": "m", "id": "x"}].')
@click.option("--include-low", is_flag=True, help="With --add: also review low-confidence ones.")
@click.option("--figures", "figures_path", metavar="PATH", help=FIGURES_HELP)
def extract(article, published_text, source, as_json, do_add, yes, metric, answers_path,
            include_low, figures_path) -> None:
    """Propose the figures an ARTICLE states (a text file, or - for standard input)."""
    from currency.article import decode
    from currency.extract import extract as extract_candidates
    if (yes or answers_path or metric) and not do_add:
        _fail("--yes, --answers and --metric go with --add")
    from currency.options import published_day
    published = published_day(published_text, "--published")
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
    text, encoding = decode(data, article)
    cands = extract_candidates(text, published)
    if as_json:
        for c in cands:
            sys.stdout.write(_json_line(c.as_dict()))
    elif not do_add:
        from rich.console import Console

        from reports.review import candidates_table
        high = sum(c.confidence == "high" for c in cands)
        Console().print(candidates_table(cands, f"{article}: {len(cands)} candidates, {high} "
                                                f"high confidence (read as {encoding})", text))
    if not do_add:
        return
    from reconcile.figures import load_figures
    from reconcile.intake import walk
    from reconcile.locate import figures_path as locate
    from reconcile.suggest import metric_suggester
    figures_path = str(locate(figures_path, must_exist=False))
    existing = load_figures(figures_path) if Path(figures_path).exists() else None
    source = source or ("stdin" if article == "-" else Path(article).name)
    added, skipped, failures = walk(text, cands, published_text, source, figures_path,
                                    metric_suggester(existing, published_text), answers,
                                    yes, metric, include_low, ask=_ask)
    for fid, line in added:
        click.echo(f"added {fid} at {figures_path}:{line}")
    click.echo(f"{len(added)} added, {len(skipped)} skipped, {len(failures)} failed")
    for problem in failures:
        click.echo(problem, err=True)
    if failures:
        sys.exit(EXIT_INPUT)


def _ask(c, fields, options, problems):
    """Ask about one candidate at the terminal: the fields to add, None to skip, or quit."""
    from reconcile.intake import QUIT
    for problem in problems:
        click.echo(problem, err=True)
    if not problems:
        click.echo(f"\n#{c.index} [{c.confidence}] {c.amount.span}  ({fields['amount']})")
        click.echo(f"   {c.sentence[:160]}")
        if options:
            click.echo(f"   metrics with figures close to it: {', '.join(options)}")
        action = click.prompt("accept, skip, edit or quit", default="a" if c.confidence == "high"
                              else "s", type=click.Choice(["a", "s", "e", "q"]))
        if action == "s":
            return None
        if action == "q":
            return QUIT
        if action == "e":
            fields["amount"] = click.prompt("amount as written", default=fields["amount"])
    fields["metric"] = click.prompt("metric", default=fields.get("metric")
                                    or (options[0] if options else None))
    fields["id"] = click.prompt("id", default=fields["id"])
    fields["as_of"] = click.prompt("as_of", default=fields["as_of"])
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
