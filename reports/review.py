"""Showing extracted candidates, and walking them with the user (`extract --add`).

The walk asks, for each candidate: accept (then metric, id, as_of), skip, edit the amount, or quit.
Without a terminal it takes its answers from `--yes` or from a file of answers, so it can be scripted.
Accepted figures go through the same validated, atomic append as `add`.
"""
from __future__ import annotations

import re

import click
from rich.table import Table
from rich.text import Text

from currency import formatting as fmt

CURRENCY_WORD = {"KRW": "원", "USD": "달러", "JPY": "엔", "EUR": "유로", "CNY": "위안"}


def candidates_table(cands, title: str, text: str) -> Table:
    """One row per candidate: where, what, its interval, as_of, the sentence, notes."""
    table = Table(title=title, title_justify="left", header_style="bold")
    for col in ("#", "conf", "amount", "reads as", "as_of", "offsets", "in context", "note"):
        table.add_column(col, overflow="fold")
    for c in cands:
        d = c.as_dict()
        unit = d["unit"]
        reads = f"{fmt.compact(d['value'])} {unit}"
        if d["bound"] != "exact":
            reads += f" ({d['bound']})"
        notes = []
        if c.currency_from:
            notes.append(f"currency inferred, {c.currency_from}")
        if c.pair:
            p = c.pair
            note = f"pair with #{p['with']}: implies {p['implied_rate']:,.2f} {p['rate_unit']}"
            if "market_rate" in p:
                note += f"; ECB {p['market_rate']:,.2f} on {p['market_date']}"
            if p.get("market_note"):
                note += f" ({p['market_note']})"
            notes.append(note)
        if c.reason:
            notes.append(c.reason)
        notes.extend(c.notes)
        sentence = quote_for(text, c, 16)
        table.add_row(str(c.index), Text(c.confidence, style="green" if c.confidence == "high"
                                         else "dim"),
                      c.amount.span, reads, d["as_of"] or "", f"{c.start}-{c.end}", sentence,
                      "; ".join(notes))
    return table


def quote_for(text: str, c, width: int = 40) -> str:
    """A verbatim clause around the amount: up to `width` characters either side, cut at spaces."""
    s0 = max(c.sentence_start, c.start - width)
    s1 = min(len(text), c.end + width)
    left = text[s0:c.start]
    right = text[c.end:s1]
    if s0 > c.sentence_start and " " in left:
        left = left[left.index(" ") + 1:]
    if " " in right and s1 < len(text):
        right = right[:right.rindex(" ")]
    return (left + text[c.start:c.end] + right).split("\n")[0].strip() or c.amount.span


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


def walk(text, cands, published, source, figures_path, suggest, answers=None, yes=False,
         metric=None, include_low=False, echo=click.echo):
    """Review candidates and append the accepted ones; returns (added, skipped, failures)."""
    from reconcile.figures import FiguresError
    from reconcile.store import append_figure
    prefix = id_prefix(source)
    added, skipped, failures = [], [], []
    by_index = {a["index"]: a for a in answers} if answers is not None else None
    added_as: dict[int, tuple[str, str]] = {}     # candidate index -> (id, metric) once added
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
        elif yes:
            fields["metric"] = metric or (options[0] if options else None)
        else:
            fields = _ask(c, fields, options, echo)
            if fields is None:
                skipped.append(c.index)
                continue
            if fields == "quit":
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
                if by_index is not None or yes:
                    failures.extend(f"#{c.index}: {p}" for p in exc.problems)
                    break
                for p in exc.problems:
                    echo(p, err=True)
                fields = _ask(c, fields, options, echo, again=True)
                if fields in (None, "quit"):
                    skipped.append(c.index)
                    break
    return added, skipped, failures


def _ask(c, fields, options, echo, again=False):
    if not again:
        echo(f"\n#{c.index} [{c.confidence}] {c.amount.span}  ({fields['amount']})")
        echo(f"   {c.sentence[:160]}")
        if options:
            echo(f"   metrics with figures close to it: {', '.join(options)}")
        action = click.prompt("accept, skip, edit or quit", default="a" if c.confidence == "high"
                              else "s", type=click.Choice(["a", "s", "e", "q"]))
        if action == "s":
            return None
        if action == "q":
            return "quit"
        if action == "e":
            fields["amount"] = click.prompt("amount as written", default=fields["amount"])
    fields["metric"] = click.prompt("metric", default=fields.get("metric")
                                    or (options[0] if options else None))
    fields["id"] = click.prompt("id", default=fields["id"])
    fields["as_of"] = click.prompt("as_of", default=fields["as_of"])
    return fields
