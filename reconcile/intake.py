"""Adding extracted candidates to the figures file (`extract --add`): what each candidate becomes
as a figure, and the walk that accepts, skips or edits them and appends the accepted ones.

The walk never prompts: answers come from a list (`--answers`), from `yes`, or from an `ask`
function that the command line supplies. Accepted figures go through the same validated, atomic
append as `add` (`reconcile.store`).
"""
from __future__ import annotations

import re
from typing import Callable

from currency.extract import quote_for
from reconcile.figures import FiguresError
from reconcile.store import append_figure

CURRENCY_WORD = {"KRW": "원", "USD": "달러", "JPY": "엔", "EUR": "유로", "CNY": "위안"}
QUIT = "quit"


def proposed_fields(text: str, c, published: str, source: str, id_prefix: str) -> dict:
    """The figure a candidate becomes if accepted as it stands."""
    amount = c.amount.span
    note = None
    if c.currency_from:
        amount = f"{amount} {CURRENCY_WORD.get(c.currency, c.currency)}"
        note = f"currency completed ({c.currency}): {c.currency_from}"
    return dict(id=f"{id_prefix}-{c.index}", metric=None, amount=amount,
                as_of=c.as_of or published, published=published, source=source,
                quote=quote_for(text, c), part_of=None, kind=None, note=note, restates=None)


def id_prefix(source: str) -> str:
    """A readable id prefix from a source name: '001_b57e...txt' -> '001-b57e'."""
    stem = re.sub(r"\.[a-z0-9]+$", "", source.lower())
    stem = re.sub(r"[^a-z0-9]+", "-", stem).strip("-")[:12].rstrip("-")
    return stem or "fig"


# ask(candidate, fields, suggested metrics, problems) -> the fields to add, None (skip) or QUIT;
# `problems` is empty on the first question, and lists why the last answer was refused after.
Ask = Callable[[object, dict, list, list], "dict | str | None"]


def walk(text, cands, published, source, figures_path, suggest, answers=None, yes=False,
         metric=None, include_low=False, ask: Ask | None = None):
    """Review candidates and append the accepted ones; returns (added, skipped, failures)."""
    prefix = id_prefix(source)
    added, skipped, failures = [], [], []
    by_index = {a["index"]: a for a in answers} if answers is not None else None
    added_as: dict[int, tuple[str, str]] = {}     # candidate index -> (id, metric) once added
    scripted = by_index is not None or yes or ask is None
    for c in cands:
        if c.confidence != "high" and not include_low and by_index is None:
            skipped.append(c.index)
            continue
        fields = proposed_fields(text, c, published, source, prefix)
        options = suggest(c)
        if by_index is not None:
            answer = by_index.get(c.index, {"action": "skip"})
            if answer.get("action", "accept") != "accept":
                skipped.append(c.index)
                continue
            fields.update({k: v for k, v in answer.items() if k in fields and v})
            fields["metric"] = fields["metric"] or (options[0] if options else None)
        elif scripted:
            fields["metric"] = metric or (options[0] if options else None)
        else:
            fields = ask(c, fields, options, [])
            if fields is None:
                skipped.append(c.index)
                continue
            if fields == QUIT:
                break
        if not fields.get("metric"):
            failures.append(f"#{c.index} {c.amount.span!r}: no metric given and none suggested")
            continue
        # "X 달러(약 Y 원)": Y restates X, when X was added for the same fact.
        partner = added_as.get(c.pair["with"]) if c.pair and c.pair["with"] < c.index else None
        if partner and partner[1] == fields["metric"] and not fields.get("restates"):
            fields["restates"] = partner[0]
        while True:
            try:
                line = append_figure(figures_path, fields)
                added.append((fields["id"], line))
                added_as[c.index] = (fields["id"], fields["metric"])
                break
            except FiguresError as exc:
                if scripted:
                    failures.extend(f"#{c.index}: {p}" for p in exc.problems)
                    break
                fields = ask(c, fields, options, exc.problems)
                if fields in (None, QUIT):
                    skipped.append(c.index)
                    break
    return added, skipped, failures
