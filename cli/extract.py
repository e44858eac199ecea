"""`figrecon extract`: propose the figures an article states, and with --add review them at the
terminal (or from --answers / --yes) and append the accepted ones."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from cli import app
from cli.app import (
    EXIT_INPUT,
    FIGURES_HELP,
    STREAM,
    _echo,
    _examples,
    _fail,
    _files_given,
    _json_line,
    _paths_given,
)


@click.command(epilog=_examples("figrecon extract article.txt --published 2023-01-24",
                             "figrecon extract article.txt --json",
                             "figrecon extract article.txt --published 2023-01-24 --add"))
@click.argument("article", callback=_paths_given)
@click.option("--published", "published_text", metavar="DATE",
              help="When the article was published, YYYY-MM-DD, YYYY-MM or YYYY: resolves 지난해, 10월 초, 23일(현지 시간) within it.")
@click.option("--source", metavar="NAME", help="The source name for added figures "
              "(default: the file's name).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per candidate.")
@click.option("--add", "do_add", is_flag=True, help="Review the candidates and add accepted ones.")
@click.option("--yes", is_flag=True, help="With --add: accept every high-confidence candidate.")
@click.option("--metric", help="With --add --yes (required there): the metric of every "
              "accepted figure.")
@click.option("--new-metric", is_flag=True, help="With --add --yes: --metric may be one no "
              "figure has yet (otherwise that is an error suggesting the closest).")
@click.option("--answers", "answers_path", metavar="PATH", callback=_files_given,
              help="With --add: a JSON list of answers, e.g. "
                   '[{"index": 3, "action": "accept", "metric": "m", "id": "x"}]. Keys: index '
                   "and action (accept or skip), then any of id, metric, new_metric, amount, "
                   "as_of, quote, part_of, kind, note, restates, currency.")
@click.option("--include-low", is_flag=True, help="With --add: also review low-confidence ones.")
@click.option("--figures", "figures_path", metavar="PATH", callback=_files_given,
              help=FIGURES_HELP)
def extract(article, published_text, source, as_json, do_add, yes, metric, new_metric,
            answers_path, include_low, figures_path) -> None:
    """Propose the figures an ARTICLE states (a text file, or - for standard input)."""
    from currency.text.article import decode
    from currency.text.extract import extract as extract_candidates
    if (yes or answers_path or metric or new_metric) and not do_add:
        _fail("--yes, --answers, --metric and --new-metric go with --add")
    if source is not None and not source.strip():
        # An unset shell variable, most often: the file's name would stand in unsaid.
        _fail("--source: empty; leave --source out to file the figures under the article's "
              "file name")
    from currency.options import published_span
    published = published_span(published_text, "--published")
    if do_add and article == STREAM and not (yes or answers_path):
        _fail("reading the article from standard input, --add needs --yes or --answers")
    if metric is not None and not metric.strip():
        # An unset shell variable, most often: said as "needs --metric" it read as left out.
        _fail("--metric: empty; give the snake_case key of the fact the figures state")
    if yes and not metric:
        _fail("extract --add --yes needs --metric, the fact every accepted figure states; to "
              "file figures under several metrics, answer at a terminal or use --answers FILE")
    if do_add and not (yes or answers_path) and not app._stdin_is_terminal():
        _fail("extract --add: standard input is not a terminal to ask on; pass --yes (accept "
              "every high-confidence candidate) or --answers FILE (a JSON list of answers)")
    answers = None
    if answers_path:
        answers = _read_answers(answers_path)
    from reconcile.store.files import ARTICLE_LIMIT, read_regular, read_stream
    data = read_stream(sys.stdin.buffer, "<stdin>", "article", ARTICLE_LIMIT) if article == STREAM \
        else read_regular(article, "article", ARTICLE_LIMIT)
    raw, encoding = decode(data, article)
    # Read as scan reads an article (its header line, a page's body, its date, url and locale),
    # so that both propose the same figures: the tags of a saved page are not prose, and the
    # page's country says what a bare "$" is.
    from reconcile.scan.articles import NO_DATE, NO_TEXT, article_of
    label = "<stdin>" if article == STREAM else article
    page, problem = article_of(label, raw)
    if page is None and problem and problem.startswith(NO_TEXT):
        # An input error, as scan calls it: most often the wrong file or a failed save, which
        # "0 candidates" would hide.
        from currency.errors import InputError
        raise InputError(f"error: {label}: {NO_TEXT}; nothing to extract")
    # A page whose article text is not found is read as it is (the page's own text).
    dated = page is not None and published is None and page.published is not None
    published = page.published_span if dated else published
    if do_add and not published_text:
        if not dated:
            _fail("--add needs --published, the date each added figure was published (the "
                  "article gives none)")
        # The date the article gives, as the candidates' dates were resolved against it.
        published_text = page.published_as
        _echo(f"published {published_text}, by its {page.date_source}", err=True)
    if page is not None and problem and problem != NO_DATE:
        # A date written but not read (a header's 2024-13-45): said, as scan says it.
        _echo(f"warning: {label}: {problem.removesuffix('; not scanned')}", err=True)
    text = page.text if page else raw
    cands = extract_candidates(text, published, page and page.locale, page and page.url)
    if as_json:
        for c in cands:
            sys.stdout.write(_json_line(c.as_dict()))
    elif not do_add:
        from reports.review import candidate_lines
        from reports.safe_text import console as safe_console
        high = sum(c.confidence == "high" for c in cands)
        out = safe_console()
        title = [f"{label}:", f"{len(cands)} candidate{'s' if len(cands) != 1 else ''},",
                 f"{high} high confidence", f"(read as {encoding}"
                 + (f"; published {page.published_as} by its {page.date_source})" if dated
                    else ")")]
        for line in candidate_lines(cands, title, text, out.width):
            out.print(line, no_wrap=True, overflow="ellipsis", crop=True, highlight=False)
    if not do_add:
        return
    from reconcile.intake.changes import Tracker
    from reconcile.intake.suggest import fitting, metric_suggester
    from reconcile.intake.walk import Session, walk
    from reconcile.store.curate import published_before_event
    from reconcile.store.figures import load_figures
    from reconcile.store.locate import figures_path as locate
    from reports.curate_view import show_change
    from reports.safe_text import console as safe_console
    figures_path = str(locate(figures_path, must_exist=False))
    exists = Path(figures_path).exists()
    existing = load_figures(figures_path) if exists else None
    from reconcile.store.figures import read_figures_bytes
    session = Session.of_file(read_figures_bytes(figures_path) if exists else None,
                              published_text, text)
    if answers is not None:
        from reconcile.intake.walk import answer_problems
        problems = answer_problems(answers, cands, session)
        if problems:
            from currency.errors import InputError
            raise InputError(*(f"error: --answers {answers_path}: {p}" for p in problems))
    # The options give every added figure's cells: a bad one is said once, naming the option,
    # not once per candidate.
    for column, option, value in (("metric", "--metric", metric),
                                  ("published", "--published", published_text)):
        why = value and session.problem(column, value)
        if why:
            _fail(f"{option}: {value}: {why}")
    if metric and session.is_new(metric) and not new_metric:
        from reconcile.store.curate import unknown_metric_problem
        problem = unknown_metric_problem(metric, session.metrics)
        if problem:
            _fail(str(problem))
    tracker = Tracker(existing)
    console = safe_console()
    source = source or ("stdin" if article == STREAM else Path(article).name)

    def after_add(fields, line):
        show_change(console, tracker.add(fields, line), f"{figures_path}:{line}")
        warning = published_before_event(fields["as_of"], fields["published"])
        if warning:
            _echo(f"warning: {fields['id']}: {warning}", err=True)

    stopped: list[int] = []      # the exit status of a question left unanswered
    done = walk(text, cands, published_text, source, figures_path,
                metric_suggester(existing, published_text), answers, yes, metric, include_low,
                ask=lambda review, problems: _ask(review, problems, stopped), session=session, after_add=after_add, new_metric=new_metric,
                near=lambda c, created: fitting(c, created, published_text))
    held = f", {len(done.duplicates)} already in the file" if done.duplicates else ""
    _echo(f"{len(done.added)} added, {len(done.skipped)} skipped{held}, "
               f"{len(done.failures)} failed")
    for problem in done.failures:
        _echo(problem, err=True, one_line=True)
    if stopped or done.failures:
        # A walk stopped early is no finished run for a script: 130 for Ctrl-C, 2 else.
        sys.exit(stopped[0] if stopped else EXIT_INPUT)


def _read_answers(path: str) -> list:
    """The answers file of `extract --add --answers`: a JSON list of objects with an index."""
    answers = app._answers_file(path)
    if not isinstance(answers, list) or not all(isinstance(a, dict) and "index" in a
                                                for a in answers):
        _fail(f"--answers {path}: expected a JSON list of objects, each with an index")
    for n, answer in enumerate(answers, 1):
        for key, value in answer.items():
            if isinstance(value, (dict, list)):
                _fail(f"--answers {path}: answer {n}: {key}: expected text, a number, true, "
                      f"false or null, not a JSON {'object' if isinstance(value, dict) else 'list'}")
    return answers


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


def _ask(review, problems, stopped: list[int]):
    """Ask about one candidate at the terminal: the fields to add, None to skip, or quit. Each
    answer is checked as it is given; after a refusal the questions start again from the
    proposal. Ctrl-C or the end of input quits, its exit status put in `stopped`: what was
    added stays, and the count is said."""
    from reconcile.intake.walk import QUIT
    try:
        return _questions(review, problems)
    except click.Abort as exc:
        stopped.append(app.stopped_by(exc))
        why = app.INTERRUPTED if stopped[-1] == app.EXIT_INTERRUPTED else "error: end of input"
        _echo(f"\n{why} at a question; the figures accepted before it are in the file (the "
              "count follows)", err=True)
        return QUIT


def _questions(review, problems):
    from reconcile.intake.walk import QUIT
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
        import shutil

        from reports.review import describe
        for line in describe(review, shutil.get_terminal_size().columns):
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
