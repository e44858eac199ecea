"""Showing extracted candidates (`extract`): one row each. The walk that adds them is
`reconcile.intake`; its prompts are the command line's."""
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
