"""`figrecon scan`: propose figures from a folder of articles, optionally reviewed group by group,
written as a new figures file or merged into one."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from cli import app
from cli.app import (
    EXIT_INTERNAL,
    _curate_errors,
    _examples,
    _fail,
    _files_given,
    _output_given,
)

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


@click.command(short_help="Propose figures from a folder of articles: amounts, facts, names.",
             epilog=_examples("figrecon scan articles/ -o figures.csv && figrecon report",
                              "figrecon scan new/ --add-to figures.csv",
                              "figrecon scan articles/ --index dates.csv --json > scan.json"))
@click.argument("paths", nargs=-1, required=True, metavar="PATH...", callback=_files_given)
@click.option("--index", "index_path", metavar="CSV", callback=_files_given,
              help="A CSV of file,published (optional url, publisher): each article's date.")
@click.option("-o", "--output", metavar="FILE", callback=_output_given,
              help="Write a new figures file (an existing one only with --force) [default, or "
                   "`-`: stdout].")
@click.option("--force", is_flag=True, help="With -o: replace an existing file.")
@click.option("--add-to", "add_to", metavar="FILE", callback=_files_given,
              help="Merge into this figures file: every byte of its rows kept, no figure it "
                   "holds (same article and amount) added twice; another article of a file name "
                   "the file has is filed under its path.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the groups with their figures, sentences and cohesion as JSON.")
@click.option("--review", is_flag=True,
              help="Before writing, go over the groups once: accept, rename, split one figure "
                   "out, merge two groups, or drop one.")
@click.option("--answers", "answers_path", metavar="FILE", callback=_files_given,
              help='With --review: a JSON list of answers instead of prompts, e.g. [{"group": '
                   '"m", "action": "rename", "to": "acme_ohio_plant"}].')
def scan(paths, index_path, output, force, add_to, as_json, review, answers_path) -> None:
    """Read articles (files or folders: .txt, .md, .html) and propose their money figures,
    grouped into facts, as a figures file (CSV on stdout without -o or --add-to)."""
    from reconcile.scan.output import check_target, document, new_file
    if force and not output:
        _fail("--force goes with -o FILE")
    if answers_path and not review:
        _fail("--answers goes with --review")
    answers = _read_review_answers(answers_path) if answers_path else None
    if review and answers is None and not app._stdin_is_terminal():
        _fail("scan --review: standard input is not a terminal to ask on; pass --answers FILE "
              "(a JSON list of answers)")
    check_target(output, add_to, force, paths, index_path)
    taken: set[str] = set()
    if add_to:
        from reconcile.store.curate import figure_rows
        from reconcile.store.files import FIGURES_LIMIT, read_regular
        taken = set(figure_rows(read_regular(add_to, "figures file", FIGURES_LIMIT), add_to))
    scanned = _scan(paths, index_path, taken)
    if review:
        scanned = _reviewed(scanned, answers, answers_path)
        if not scanned.rows:
            click.echo("review dropped every group; nothing was written", err=True)
            return
    merged = None
    if add_to:
        merged = _add_to(add_to, scanned.rows, scanned.articles)
        for label, name in merged.renamed.items():
            click.echo(f"{label}: {add_to} holds another article named {label}; its figures "
                       f"are filed as source {name}", err=True)
        for c in merged.choices:
            if c.nearer:
                click.echo(f"{c.article}: its figures are filed as source {c.source}, whose "
                           f"quotes are its words; {', '.join(c.nearer)} in {add_to} ends its "
                           "path by more folders but quotes other words (reworded by hand, or "
                           "another article)", err=True)
            if c.tied:
                click.echo(f"{c.article}: {add_to} holds {len(c.tied) + 1} sources as near "
                           f"its path and as like it ({', '.join((c.source, *c.tied))}); its "
                           f"figures are filed as source {c.source}, the first in the file",
                           err=True)
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
    click.echo(f"scanned {scanned.read} article(s): {len(scanned.rows)} figure(s) in "
               f"{groups} group(s); {where}", err=True)


def _read_review_answers(path: str):
    """The answers file of `scan --review --answers`: JSON, checked whole by the review."""
    return app._answers_file(path)


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


def _add_to(path: str, rows, articles):
    from reconcile.scan.output import add_to_file
    from reconcile.store.figures import FiguresError
    try:
        return add_to_file(path, rows, articles)
    except FiguresError as exc:
        _curate_errors(path, exc.problems)
