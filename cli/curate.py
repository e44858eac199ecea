"""`figrecon init`, `add`, `edit` and `remove`: change the figures file one figure at a time, each
change validated and atomic, then show the findings it touches."""
from __future__ import annotations

import shlex
import sys
from dataclasses import replace

import click

from cli.app import (
    EXIT_INPUT,
    FIGURES_HELP,
    _curate_errors,
    _echo,
    _examples,
    _fail,
    _files_given,
    error_line,
)
from reconcile.store.figures import KINDS


@click.command(epilog=_examples("figrecon init", "figrecon init ~/checks/figures.csv",
                              "FIGRECON_FIGURES=~/checks/figures.csv figrecon report"))
@click.argument("path", required=False, callback=_files_given)
def init(path) -> None:
    """Create an empty figures file (PATH, default ./figures.csv) with its header."""
    from reconcile.store.append import init_figures
    from reconcile.store.locate import figures_path
    created = init_figures(figures_path(path, must_exist=False, option="PATH"))
    # As the commands suggested must be typed: `./-` (a bare `-` is refused as --add-to), a
    # name with spaces quoted.
    name = str(created)
    created = shlex.quote(f"./{name}" if name.startswith("-") else name)
    _echo(f"created {created}; propose the figures of a folder of articles with `figrecon scan "
          f"ARTICLES --add-to {created}`, add those of one article with `figrecon extract ARTICLE "
          f"--published DATE --add --figures {created}`, or one by one with `figrecon add "
          f"--figures {created} ...`")


CURRENCY_HELP = ("ISO code (KRW, USD) of the currency when the article leaves it implicit, so "
                 "--amount stays as written (a headline's 12兆 with KRW).")


def _figure_options(command: str):
    """The options `add` and `edit` share, in the order --help lists them; add's helps name what
    it requires, edit's what '' clears."""
    edit = command == "edit"

    def ends(add_tail: str, edit_tail: str) -> str:
        return edit_tail if edit else add_tail
    # add checks its required options itself, so that every missing one is named at once.
    required = ends("  [required]", "")
    opts = [
        click.option("--new-id", help="A new id for the figure.") if edit else
        click.option("--id", "fid", help="Unique, readable id (a0-ms-total-14b).  [required]"),
        click.option("--metric", help="snake_case key naming the fact: an existing one, unless "
                     "--new-metric." + required),
        click.option("--new-metric", is_flag=True, help=ends(
            "Start a new metric (otherwise an unknown --metric is an error that suggests the "
            "closest existing ones).", "Accept a --metric no figure has yet.")),
        click.option("--amount", help="The amount as the article writes it." + required),
        click.option("--as-of", "as_of", metavar="DATE",
                     help="Date the figure is about: YYYY-MM-DD, YYYY-MM or YYYY, or days "
                          "YYYY-MM-DD/YYYY-MM-DD." + required),
        click.option("--published", metavar="DATE", help="When the article was published: "
                     "YYYY-MM-DD, YYYY-MM or YYYY." + required),
        click.option("--source", help="The article." + required),
        click.option("--quote", help="The shortest clause that shows the figure." + required),
        click.option("--part-of", "part_of", help="Metric(s) this figure is a component of "
                     "(a;b)" + ends(".", "; '' clears.")),
        # edit takes any text, so that '' can clear the kind; validation judges the rest.
        click.option("--kind", help=f"{', '.join(KINDS)}, or '' to clear.") if edit else
        click.option("--kind", type=click.Choice(KINDS),
                     help="cumulative: a running total; all_parts: a total whose parts in the "
                          "file are all of it."),
        click.option("--note", help="Anything a reader should know" + ends(".", "; '' clears.")),
        click.option("--restates", metavar="ID", help="The id of the figure this one converts "
                     "into another currency" + ends(" (the original of \"X 달러(약 Y 원)\").",
                                                     "; '' clears the link.")),
        click.option("--currency", metavar="CODE",
                     help=CURRENCY_HELP[:-1] + ends(".", "; '' clears.")),
        click.option("--figures", "figures_path", metavar="PATH", callback=_files_given,
                     help=FIGURES_HELP),
    ]

    def decorate(fn):
        for opt in reversed(opts):
            fn = opt(fn)
        return fn
    return decorate


@click.command(epilog=_examples(
    "figrecon add --id a5-ms-2019 --metric microsoft_investment_2019 \\",
    "    --amount '$1 billion' --as-of 2019-07-22 --published 2019-07-22 \\",
    "    --source press.txt --quote 'invest $1 billion'",
    "figrecon add --id a5-total --metric microsoft_investment_total \\",
    "    --amount '$13B' --as-of 2024-10 --published 2024-10 --source a.txt \\",
    "    --quote 'a total of $13B' --kind cumulative",
    "figrecon add --id a5-12jo --metric microsoft_investment_2023 --amount 12兆 \\",
    "    --currency KRW --as-of 2023-01-23 --published 2023-01-24 \\",
    "    --source a.txt --quote '12兆 투자'"))
@_figure_options("add")
@click.option("--quiet", "-q", is_flag=True,
              help="Only say where the figure was added (fast: no reconciliation).")
def add(fid, metric, new_metric, amount, as_of, published, source, quote, part_of, kind, note,
        restates, currency, figures_path, quiet) -> None:
    """Validate a figure and append it to the CSV atomically; show what it was compared with
    and the findings it takes part in."""
    from reconcile.store.curate import OPTION
    from reconcile.store.figures import REQUIRED
    from reconcile.store.locate import figures_path as locate
    fields = dict(id=fid, metric=metric, amount=amount, as_of=as_of, published=published,
                  source=source, quote=quote, part_of=part_of, kind=kind, note=note,
                  restates=restates, currency=currency)
    missing = [OPTION[c] for c in REQUIRED if fields[c] is None]
    if missing:
        _fail(f"add: missing {', '.join(missing)} (all of "
              f"{', '.join(OPTION[c] for c in REQUIRED)} are required)")
    _refuse_two_currencies("add", amount)
    _add_and_show(str(locate(figures_path, must_exist=False)), fields, quiet, new_metric)


def _refuse_two_currencies(command: str, amount: str | None) -> None:
    """A typed --amount is read as `convert` reads it: one whose sign and word name two
    currencies ("$5 billion won") is refused, as "€12 million GBP" is. A figures file keeps such
    a cell as its article wrote it (scan writes it so); the two_currencies check flags it."""
    if not amount:
        return
    from currency.text.reader import AmountError, TwoCurrenciesAmount, read_amount
    try:
        read_amount(amount, garbled_ok=True)
    except TwoCurrenciesAmount as exc:
        _fail(f"{command}: --amount: {exc.message}")
    except AmountError:
        return      # the row's own rules name what else is wrong with it


def _add_and_show(figures_path: str, fields: dict, quiet: bool = False,
                  new_metric: bool = True) -> None:
    # Only the light modules load before the append: many adds may queue for the lock.
    from reconcile.store.append import append_figure
    from reconcile.store.curate import as_options, published_before_event
    from reconcile.store.figures import FiguresError
    try:
        line = append_figure(figures_path, fields, new_metric=new_metric)
    except FiguresError as exc:
        # The new row's problems name the options typed; the file's own keep FILE:LINE.
        at = max((p.line for p in exc.problems if p.path == figures_path and p.line), default=0)
        for problem in as_options(exc.problems, figures_path, at):
            _echo(error_line(str(problem)), err=True, one_line=True)
        sys.exit(EXIT_INPUT)
    where = f"{figures_path}:{line}"
    warning = published_before_event(fields["as_of"], fields["published"])
    if warning:
        _echo(f"warning: {warning}", err=True)
    if quiet:
        _echo(f"added {fields['id']} at {where}")
        return
    from reconcile.engines.local import reconcile
    from reconcile.store.figures import load_figures
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


def _rewrite(figures_path: str, change) -> None:
    from reconcile.store.append import rewrite_figures
    from reconcile.store.figures import FiguresError
    try:
        rewrite_figures(figures_path, change)
    except FiguresError as exc:
        _curate_errors(figures_path, exc.problems)


def _show_metrics(figures_path: str, metrics: list[str]) -> None:
    """The touched metrics' figures and findings; a file still broken elsewhere is said, not
    treated as an error of this change."""
    from reconcile.engines.local import reconcile
    from reconcile.store.figures import FiguresError, load_figures
    from reports.curate_view import show_metrics
    from reports.safe_text import console as safe_console
    try:
        figures = load_figures(figures_path)
    except FiguresError as exc:
        _echo(f"warning: {figures_path} still has {len(exc.problems)} problem(s) this "
                   "change did not cause; fix them to see its findings:", err=True)
        for line in exc.problems:
            _echo(str(line), err=True, one_line=True)
        return
    show_metrics(safe_console(), reconcile(figures), metrics)


@click.command(epilog=_examples("figrecon remove a2-ms-100m",
                              "figrecon remove a1-10b-usd a1-12.3jo-krw --figures f.csv"))
@click.argument("ids", nargs=-1, required=True)
@click.option("--figures", "figures_path", metavar="PATH", callback=_files_given,
              help=FIGURES_HELP)
@click.option("--quiet", "-q", is_flag=True,
              help="Only say what was removed (fast: no reconciliation).")
def remove(ids, figures_path, quiet) -> None:
    """Remove the figures IDS (atomically, every other byte kept); show their metrics'
    findings afterwards."""
    from reconcile.store.curate import figure_rows, new_problems, remove_figures
    from reconcile.store.figures import FiguresError
    from reconcile.store.locate import figures_path as locate
    figures_path = str(locate(figures_path, folder_ok=False))
    touched: list[str] = []

    def change(old: bytes) -> bytes:
        rows = figure_rows(old, figures_path)
        touched.extend(rows[i]["metric"] for i in ids if i in rows)
        new = remove_figures(old, list(ids), figures_path)
        problems = new_problems(figures_path, old, new)
        if problems:
            raise FiguresError([replace(p, reason=f"{p.reason}; removing {', '.join(ids)} "
                                        "would cause this") for p in problems])
        return new
    _rewrite(figures_path, change)
    _echo(f"removed {', '.join(dict.fromkeys(ids))} from {figures_path}")
    if not quiet:
        _show_metrics(figures_path, touched)


# edit's options and the columns they set (--new-id sets id: the argument names the figure).
_EDITABLE = (("new_id", "id"), ("metric", "metric"), ("amount", "amount"), ("as_of", "as_of"),
             ("published", "published"), ("source", "source"), ("quote", "quote"),
             ("part_of", "part_of"), ("kind", "kind"), ("note", "note"),
             ("restates", "restates"), ("currency", "currency"))
OPTION_OF = {column: "--" + name.replace("_", "-") for name, column in _EDITABLE}


@click.command(epilog=_examples("figrecon edit a2-ms-100m --amount '10억 달러'",
                              "figrecon edit a1-12.3jo-krw --restates a1-10b-usd",
                              "figrecon edit a1-headline-12jo --currency KRW",
                              "figrecon edit a4-ms-billions --note ''"))
@click.argument("fid", metavar="ID")
@_figure_options("edit")
@click.option("--quiet", "-q", is_flag=True,
              help="Only say what was changed (fast: no reconciliation).")
def edit(fid, new_id, metric, new_metric, amount, as_of, published, source, quote, part_of,
         kind, note, restates, currency, figures_path, quiet) -> None:
    """Change fields of figure ID (validated, atomically, every other byte kept); show its
    metric's findings afterwards."""
    from reconcile.store.curate import (
        as_options,
        edit_figure,
        figure_rows,
        new_problems,
        published_before_event,
        unknown_metric_problem,
    )
    from reconcile.store.figures import FiguresError, curated
    from reconcile.store.locate import figures_path as locate
    from reconcile.store.problems import Problem
    figures_path = str(locate(figures_path, folder_ok=False))
    given = dict(new_id=new_id, metric=metric, amount=amount, as_of=as_of, published=published,
                 source=source, quote=quote, part_of=part_of, kind=kind, note=note,
                 restates=restates, currency=currency)
    changes = {column: given[name] for name, column in _EDITABLE if given[name] is not None}
    if not changes:
        _fail("edit: give at least one field to change, e.g. --amount '$1 billion' "
              "(figrecon edit --help lists them)")
    _refuse_two_currencies("edit", amount)
    touched: list[str] = []
    after: dict[str, str] = {}
    kept: list[str] = []

    def change(old: bytes) -> bytes:
        rows = figure_rows(old, figures_path)
        if new_id and new_id != fid and new_id in rows:
            raise FiguresError([Problem(None, None, "--new-id", new_id, "duplicate id "
                                        f"({figures_path}:{rows[new_id]['_line']} has it)")])
        if fid in rows:
            touched.append(rows[fid]["metric"])
            if metric and not new_metric:
                problem = unknown_metric_problem(metric, {r["metric"] for r in rows.values()})
                if problem:
                    raise FiguresError([problem])
        # the note's word on a guessed currency follows the hand edit (figures.curated)
        made = curated(rows[fid], changes) if fid in rows else changes
        if made.get("note") != changes.get("note"):
            kept.append("kept" if "currency" not in changes else "dropped")
        new = edit_figure(old, fid, made, figures_path)
        problems = new_problems(figures_path, old, new)
        if problems:
            raise FiguresError(as_options(problems, figures_path, int(rows[fid]["_line"]),
                                          OPTION_OF))
        after.update(figure_rows(new, figures_path)[changes.get("id") or fid])
        return new
    _rewrite(figures_path, change)
    _echo(f"edited {fid}" + (f" (now {new_id})" if new_id and new_id != fid else "")
               + f": {', '.join(OPTION_OF[c] for c in changes)}"
               + (f" (the note's guessed-currency phrase {kept[-1]})" if kept else ""))
    if "as_of" in changes or "published" in changes:
        warning = published_before_event(after.get("as_of", ""), after.get("published", ""))
        if warning:
            _echo(f"warning: {warning}", err=True)
    if not quiet:
        _show_metrics(figures_path, touched + [changes.get("metric", "")])
