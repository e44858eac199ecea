"""Adding extracted candidates to the figures file (`extract --add`): what each candidate becomes
as a figure, what the file already holds of it, and the walk that accepts, skips or edits them
and appends the accepted ones.

The walk never prompts: answers come from a list (`--answers`), from `yes`, or from an `ask`
function that the command line supplies; each question carries a `Review` that can check an
answer as soon as it is given. Accepted figures go through the same validated, atomic append as
`add` (`reconcile.store.append`).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Callable

from currency.text.extract import quote_for, written_amount
from reconcile.store.append import append_figure
from reconcile.store.curate import close_metrics, figure_rows
from reconcile.store.figures import (
    COLUMNS,
    EMPTY,
    FiguresError,
    cell_problems,
    curated,
    guessed_currency_note,
)
from reconcile.store.problems import Problem

QUIT = "quit"


def proposed_fields(text: str, c, published: str, source: str, fid: str) -> dict:
    """The figure a candidate becomes if accepted as it stands: the amount exactly as written,
    with the hedge the reader read for it (`written_amount`);
    a currency the text leaves implicit goes in the currency column, with where it came from."""
    note = None
    currency = None
    if c.currency_from and c.currency != c.amount.currency:   # implicit, or a local dollar
        currency = c.currency
        note = guessed_currency_note(c.currency, c.currency_from)
    return dict(id=fid, metric=None, amount=written_amount(text, c), as_of=c.as_of or published,
                published=published, source=source, quote=quote_for(text, c), part_of=None,
                kind=None, note=note, restates=None, currency=currency)


def as_of_origin(c, published: str) -> str:
    """Where a proposed as_of comes from, in words."""
    if c.as_of and getattr(c, "as_of_basis", "sentence") == "article":
        return (f"its sentence names no date; the article's news date, from "
                f"{c.as_of_from!r}")
    if c.as_of and getattr(c, "as_of_basis", "sentence") == "deal":
        return (f"its sentence names no date but states a deal's terms; from {c.as_of_from!r}, "
                "the deal's date in an earlier sentence")
    if c.as_of and getattr(c, "as_of_basis", "sentence") == "then":
        return f"its sentence names no date but points at one; from {c.as_of_from!r}"
    if c.as_of:
        return f"from {c.as_of_from!r} in its sentence"
    return (f"the publication date {published}: neither its sentence nor the top of the "
            "article names a recent day")


def id_prefix(source: str) -> str:
    """A readable id prefix from a source name: '001_b57e...txt' -> '001-b57e'."""
    stem = re.sub(r"\.[a-z0-9]+$", "", source.lower())
    stem = re.sub(r"[^a-z0-9]+", "-", stem).strip("-")[:12].rstrip("-")
    return stem or "fig"


def already_in(text: str, cands, rows: dict[str, dict], source: str) -> dict[int, dict]:
    """Candidates the file already holds, by index -> that figure's row. A figure of the same
    source holds a candidate when its amount is the candidate's span (or contains it, or is
    contained in it) and its quote, found in the text, covers the candidate or is the quote
    proposed for it: a page that prints a sentence twice states one figure. A figure whose quote
    is not in the text holds the first candidate not yet held with the same amount as written."""
    mine = [r for r in rows.values() if r.get("source") == source]
    found: dict[int, dict] = {}

    def same_amount(c, r) -> bool:
        amount = r.get("amount", "")
        return bool(amount) and (amount == c.amount.span or c.amount.span in amount
                                 or amount in c.amount.span)

    unplaced = []
    for r in mine:
        quote = r.get("quote", "")
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(quote), text)] if quote \
            else []
        if not spans:
            unplaced.append(r)
            continue
        for c in cands:
            if c.index not in found and same_amount(c, r) and (
                    any(s <= c.start and c.end <= e for s, e in spans)
                    or quote_for(text, c) == quote):
                found[c.index] = r
    for r in unplaced:
        hit = next((c for c in cands if c.index not in found
                    and r.get("amount") == c.amount.span), None)
        if hit is not None:
            found[hit.index] = r
    return found


@dataclass
class Session:
    """What one `extract --add` run knows: the file's ids and metrics, and what it has added,
    so that each answer is checked as it is given and new metrics are offered again."""

    rows: dict[str, dict]
    published: str
    ids: set[str] = field(default_factory=set)
    metrics: set[str] = field(default_factory=set)
    # (candidate, metric, as_of) of each figure that started a metric in this session
    created: list[tuple[object, str, str]] = field(default_factory=list)
    added: dict[int, tuple[str, str]] = field(default_factory=dict)   # index -> (id, metric)
    article: str | None = None     # the text: an amount and a quote are kept as it writes them

    def __post_init__(self) -> None:
        self.ids |= set(self.rows)
        self.metrics |= {r.get("metric", "") for r in self.rows.values()} - {""}

    @classmethod
    def of_file(cls, data: bytes | None, published: str, article: str | None = None) \
            -> "Session":
        """A session over a figures file's bytes (None or empty: a file still to be made)."""
        return cls(figure_rows(data) if data else {}, published, article=article)

    def problem(self, column: str, value: str, row: dict | None = None) -> str | None:
        """Why an answer for `column` cannot stand (None if it can); `row` gives the other cells
        a cell is read with (the currency of an amount)."""
        value = (value or "").strip()
        if column == "id" and value in self.ids:
            return "another figure has this id (ids are unique)"
        if column == "currency" and not value:
            return None
        def first(cells: dict) -> str | None:
            # the reason alone: the value is what was just typed
            return next((p.reason for p in cell_problems(cells) if p.column == column), None)
        why = first({column: value})
        if why and column == "amount" and row and row.get("currency"):
            # an amount without a unit is read in the currency the text implies
            why = first({column: value, "currency": row["currency"]})
        if why or column not in ("amount", "quote") or self.article is None:
            return why
        if value not in self.article:
            return f"{value!r} is not in the article as written; a figure keeps its text verbatim"
        if column == "quote" and row and row.get("amount") and row["amount"] not in value:
            return f"the quote does not contain the amount {row['amount']!r}"
        return None

    def is_new(self, metric: str) -> bool:
        """No figure of the file, nor one added in this session, has `metric`."""
        return metric not in self.metrics

    def close(self, metric: str) -> list[str]:
        """The known metrics most like a (possibly misspelled) one."""
        return close_metrics(metric, self.metrics)

    def fresh_id(self, fid: str) -> str:
        """`fid`, or `fid-2`, `fid-3`... when an earlier run has taken it."""
        out, n = fid, 2
        while out in self.ids:
            out, n = f"{fid}-{n}", n + 1
        return out

    def remember(self, c, fields: dict, line: int) -> None:
        self.rows[fields["id"]] = {k: v or "" for k, v in fields.items()} | {"_line": str(line)}
        self.ids.add(fields["id"])
        if fields["metric"] not in self.metrics or fields["metric"] in {
                m for _, m, _ in self.created}:
            self.created.append((c, fields["metric"], fields["as_of"]))
        self.metrics.add(fields["metric"])
        self.added[c.index] = (fields["id"], fields["metric"])


@dataclass
class Review:
    """One question of the walk: the candidate, the figure proposed for it, where it stands,
    what is known about it, and the session that checks answers."""

    candidate: object
    fields: dict
    position: int
    total: int
    options: list[str]
    session: Session
    as_of_from: str
    duplicate: dict | None = None     # the file's row that already holds this candidate
    restates: str | None = None       # the id of the just-added figure this one converts
    new_options: frozenset = frozenset()   # the options this session created

    @property
    def default_metric(self) -> str | None:
        """The metric to propose without asking the user to choose: its pair's original's, or
        one started in this run that its value and date fit. Metrics of the file are only
        offered: a value close to a figure's is no evidence of the same fact."""
        if self.restates or self.new_options:
            return self.options[0]
        return None


# ask(review, problems) -> the fields to add, None (skip) or QUIT; `problems` is empty on the
# first question, and lists why the file refused the last answer after.
Ask = Callable[[Review, list], "dict | str | None"]
# after_add(fields, line): told of each figure as soon as it is in the file.
AfterAdd = Callable[[dict, int], None]


ANSWER_KEYS = {"index", "action", "new_metric", "id", "metric", "amount", "as_of", "quote",
               "part_of", "kind", "note", "restates", "currency"}


def answer_problems(answers: list[dict], cands, session: Session) -> list[str]:
    """Every problem of a list of answers, before anything is written: an index no candidate
    has or given twice, an unknown action or key, and each accepted answer's cells."""
    out = []
    by_index = {c.index: c for c in cands}
    seen: dict[object, int] = {}
    ids: dict[str, int] = {}
    for n, a in enumerate(answers, 1):
        where = f"answer {n}"
        index = a.get("index")
        # JSON's true is Python's 1 (bool is an int): it would have answered candidate 1.
        if isinstance(index, bool) or not isinstance(index, int) or index not in by_index:
            out.append(f"{where}: index {json.dumps(index)}: no candidate has it (they run 0 to "
                       f"{len(cands) - 1})")
            continue
        where = f"answer {n} (#{index})"
        if index in seen:
            out.append(f"{where}: index {index} is answered twice (answer {seen[index]} too)")
        seen[index] = n
        unknown = sorted(set(a) - ANSWER_KEYS)
        if unknown:
            out.append(f"{where}: unknown key(s) {', '.join(unknown)}; the keys are "
                       f"{', '.join(sorted(ANSWER_KEYS))}")
        action = a.get("action", "accept")
        if action not in ("accept", "skip"):
            out.append(f"{where}: action {action!r}: write accept or skip")
            continue
        if action == "skip":
            continue
        row = {"amount": by_index[index].amount.span, **{k: v for k, v in a.items()
                                                          if isinstance(v, str)}}
        for column in ("id", "metric", "amount", "as_of", "quote", "currency"):
            if column in a:
                why = session.problem(column, str(a[column]), row)
                if why:
                    out.append(f"{where}: {column}: {str(a[column]).strip() or EMPTY}: {why}")
        if "id" in a and a["id"] in ids:
            out.append(f"{where}: id: {a['id']}: answer {ids[a['id']]} gives it too")
        ids.setdefault(a.get("id"), n)
        if not a.get("metric"):
            out.append(f"{where}: no metric: an accepted answer names its metric")
    return out


def _row_problem(problem: Problem, path) -> str:
    """A problem of the row being added, without the file line it never reached."""
    return problem.what() if problem.path == str(path) and problem.column in COLUMNS \
        else str(problem)


@dataclass
class Walked:
    """What a walk did: figures added (id, line), candidates skipped, those skipped because the
    file holds them, and problems of those that could not be added."""

    added: list[tuple[str, int]] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def walk(text, cands, published, source, figures_path, suggest, answers=None, yes=False,
         metric=None, include_low=False, ask: Ask | None = None, session: Session | None = None,
         after_add: AfterAdd | None = None, near=None, new_metric: bool = False) -> Walked:
    """Review candidates and append the accepted ones.

    `suggest(c)` gives the file's metrics close to a candidate; `near(c, created)` the metrics
    this session started (`Session.created`) whose figures fit it, offered first. Scripted
    answers may start a metric only with `new_metric` (or `"new_metric": true` in the answer);
    `ask` confirms new metrics itself.
    """
    prefix = id_prefix(source)
    session = session or Session({}, published)
    done = Walked()
    by_index = {a["index"]: a for a in answers} if answers is not None else None
    scripted = by_index is not None or yes or ask is None
    dups = already_in(text, cands, session.rows, source)
    reviewed = [c for c in cands if c.confidence == "high" or include_low or by_index is not None]
    done.skipped.extend(c.index for c in cands if c not in reviewed)
    for position, c in enumerate(reviewed, 1):
        fields = proposed_fields(text, c, published, source, session.fresh_id(f"{prefix}-{c.index}"))
        partner = session.added.get(c.pair["with"]) if c.pair and c.pair["with"] < c.index \
            else None
        created = near(c, session.created) if near else []
        options = list(dict.fromkeys(([partner[1]] if partner else []) + created + suggest(c)))
        review = Review(c, fields, position, len(reviewed), options, session,
                        as_of_origin(c, published), dups.get(c.index),
                        partner[0] if partner else None, frozenset(created))
        if by_index is not None:
            answer = by_index.get(c.index, {"action": "skip"})
            if answer.get("action", "accept") != "accept":
                (done.duplicates if review.duplicate else done.skipped).append(c.index)
                continue
            fields.update(curated(fields, {k: v for k, v in answer.items() if k in fields and v}))
        elif scripted:
            if review.duplicate:
                done.duplicates.append(c.index)
                continue
            if not c.currency:
                # One --metric for all: a count or a duration under a money fact would only be
                # a units finding.
                done.skipped.append(c.index)
                continue
            fields["metric"] = metric
        else:
            answer = ask(review, [])
            if answer == QUIT:
                break
            if answer is None:
                (done.duplicates if review.duplicate else done.skipped).append(c.index)
                continue
            fields = answer
        if not fields.get("metric"):
            # Closeness in value is no evidence of the same fact: a metric is always named.
            done.failures.append(f"#{c.index} {c.amount.span!r}: no metric given (an answer "
                                 "names its metric)")
            continue
        if scripted and session.is_new(fields["metric"]) and not (
                new_metric or (by_index is not None and by_index[c.index].get("new_metric"))):
            close = session.close(fields["metric"])
            hint = f"did you mean {', '.join(close)}? " if close else ""
            done.failures.append(f"#{c.index} {c.amount.span!r}: metric {fields['metric']}: no "
                                 f"figure has this metric; {hint}start it with --new-metric "
                                 '(or "new_metric": true in its answer)')
            continue
        # "X 달러(약 Y 원)": Y restates X, when X was added for the same fact.
        if partner and partner[1] == fields["metric"] and not fields.get("restates"):
            fields["restates"] = partner[0]
        while True:
            try:
                line = append_figure(figures_path, fields)
            except FiguresError as exc:
                if scripted:
                    done.failures.extend(f"#{c.index}: {_row_problem(p, figures_path)}"
                                         for p in exc.problems)
                    break
                # Asked again from the proposal, never from the refused answer.
                answer = ask(review, exc.problems)
                if answer in (None, QUIT):
                    done.skipped.append(c.index)
                    if answer == QUIT:      # Ctrl-C or end of input: no question after it
                        return done
                    break
                fields = answer
                continue
            done.added.append((fields["id"], line))
            session.remember(c, fields, line)
            dups = already_in(text, cands, session.rows, source)
            if after_add:
                after_add(fields, line)
            break
    return done
