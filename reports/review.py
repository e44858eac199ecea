"""Showing extracted candidates (`extract`): one row each, and what `extract --add` says about
each before asking. The walk that adds them is `reconcile.intake`; its prompts are the command
line's."""
from __future__ import annotations

from rich.table import Table
from rich.text import Text

from currency import formatting as fmt
from currency.extract import quote_for


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


def describe(review) -> list[str]:
    """The lines `extract --add` shows before asking about one candidate: what the user needs
    to decide on it (a `reconcile.intake.Review`)."""
    c, d = review.candidate, review.candidate.as_dict()
    reads = f"{fmt.compact(d['value'])} {d['unit']}" + \
        (f" ({d['bound']})" if d["bound"] != "exact" else "")
    lines = [f"\n#{c.index} ({review.position} of {review.total}) [{c.confidence}] "
             f"{c.amount.span}  reads as {reads}",
             f"   quote: {review.fields['quote']}"]
    if c.reason:
        lines.append(f"   low confidence: {c.reason}")
    if review.fields.get("currency"):
        lines.append(f"   currency {review.fields['currency']} is inferred ({c.currency_from}); "
                     "the amount is kept as written")
    if c.pair and c.pair["with"] > c.index:
        lines.append(f"   the next candidate, #{c.pair['with']}, converts it "
                     f"({c.pair['implied_rate']:,.2f} {c.pair['rate_unit']})")
    if review.restates:
        lines.append(f"   converts #{c.pair['with']}, added as {review.restates}: with the same "
                     "metric it is added as its restatement")
    if review.duplicate:
        r = review.duplicate
        lines.append(f"   already in the file as {r['id']} (line {r['_line']}, "
                     f"{r.get('metric', '')}): skipped unless you accept it")
    if review.options:
        named = [f"{n}. {m}" + (" (new in this session)" if m in review.new_options else "")
                 for n, m in enumerate(review.options, 1)]
        lines.append(f"   metrics with figures close to it (type the number to pick one): "
                     f"{', '.join(named)}")
    lines.append(f"   as_of {review.fields['as_of']}: {review.as_of_from}")
    return lines
