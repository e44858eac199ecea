"""Showing extracted candidates (`extract`): one row each, and what `extract --add` says about
each before asking. The walk that adds them is `reconcile.intake.walk`; its prompts are the command
line's."""
from __future__ import annotations

from rich.text import Text

from currency import formatting as fmt
from currency.text.extract import quote_for
from reports.cells import open_ends
from reports.layout import pack, wrap


def candidate_lines(cands, title: list[str], text: str, width: int) -> list[Text]:
    """Each candidate as a short block that fits `width` columns, broken only between words:
    number, confidence, the amount as written and how it reads, as_of; then its sentence; then
    its notes. `title` is broken only between its parts. (`extract --json` has the offsets.)"""
    lines = [Text(line, style="bold") for line in pack(title, width, sep=" ")]
    for c in cands:
        d = c.as_dict()
        reads = f"{fmt.compact(d['value'])} {d['unit']} {_compared(d)}"
        if d["bound"] != "exact":
            reads += f" ({d['bound'].replace('_', ' ')})"
        head = [f"#{c.index} {c.confidence}", f"{c.amount.span} → {reads}"]
        if d["as_of"]:
            head.append(f"as of {d['as_of']}")
        lines.append(Text(""))
        for i, line in enumerate(pack(head, width, hang="   ")):
            t = Text(line)
            if i == 0:
                t.stylize("bold", 0, len(f"#{c.index}"))
                t.stylize("green" if c.confidence == "high" else "dim", len(f"#{c.index} "),
                          len(f"#{c.index} {c.confidence}"))
            lines.append(t)
        sentence = " ".join(quote_for(text, c, 16).split())
        lines += [Text(line, style="italic") for line in wrap(f"“{sentence}”", width, "   ")]
        for note in _notes(c) + _converted_again(c, cands):
            lines += [Text(line, style="dim") for line in wrap(note, width, "   ")]
    return lines


def _compared(d: dict) -> str:
    """The interval every check compares a candidate as, shown as `convert` shows it."""
    return fmt.interval(*open_ends(d["low"], d["high"]))


def _rate(value: float, pair: dict) -> str:
    """A pair's rate (its `rate_unit` is quote/base) as `report` writes rates: 1,333.33
    KRW/USD, never 0.00 USD/KRW."""
    quote, base = pair["rate_unit"].split("/")
    return fmt.rate(value, base, quote)


def _one_currency(pair: dict) -> str | None:
    """The currency of a pair written in one currency (`80억달러(약 9조6000억달러)`), else None:
    no rate converts a currency to itself, so there is none to show."""
    quote, base = pair["rate_unit"].split("/")
    return base if quote == base else None


def _apart(c) -> str:
    """How the other amount of a one-currency pair stands to `c`'s: '#3 is 1,200× larger'
    (`implied_rate` is the later amount over the earlier)."""
    p = c.pair
    ratio = p["implied_rate"] if p["with"] > c.index else 1 / p["implied_rate"]
    times, way = (ratio, "larger") if ratio >= 1 else (1 / ratio, "smaller")
    return f"#{p['with']} is {times:,.2f}× {way}"


def _one_currency_words(c, cur: str) -> str:
    return (f"written in {cur} too: {_apart(c)}, and a currency has no rate to itself (a "
            "currency or unit slip, or a second amount; the report's conversion check says "
            "which)")


def _notes(c) -> list[str]:
    notes = []
    if c.currency_from:
        notes.append(f"currency inferred, {c.currency_from}")
    if c.pair and (cur := _one_currency(c.pair)):
        notes.append(f"pair with #{c.pair['with']}, {_one_currency_words(c, cur)}")
    elif c.pair:
        p = c.pair
        note = f"pair with #{p['with']}: implies {_rate(p['implied_rate'], p)}"
        if "market_rate" in p:
            note += f"; ECB {_rate(p['market_rate'], p)} on {p['market_date']}"
        if p.get("market_note"):
            note += f" ({p['market_note']})"
        notes.append(note)
    if c.reason:
        notes.append(c.reason)
    return notes + list(c.notes)


def _converted_again(c, cands) -> list[str]:
    """The conversions of `c` its own pair does not name: a second one after "or" names `c`
    one way ("€2 billion (3.1 trillion won, or $2.2 billion)")."""
    return [f"also converted by #{o.index}" for o in cands
            if o.pair and o.pair["with"] == c.index and not (c.pair and c.pair["with"] == o.index)]


def describe(review, width: int = 80) -> list[str]:
    """The lines `extract --add` shows before asking about one candidate: what the user needs
    to decide on it (a `reconcile.intake.walk.Review`), each at most `width` columns, broken only
    between words (a terminal would break a longer line mid-word)."""
    c, d = review.candidate, review.candidate.as_dict()
    reads = f"{fmt.compact(d['value'])} {d['unit']} {_compared(d)}" + \
        (f" ({d['bound']})" if d["bound"] != "exact" else "")
    head = [f"#{c.index} ({review.position} of {review.total}) [{c.confidence}]",
            c.amount.span, f"reads as {reads}"]
    details = [f"quote: {review.fields['quote']}"]
    if c.reason:
        details.append(f"{c.confidence} confidence: {c.reason}")
    if review.fields.get("currency"):
        details.append(f"currency {review.fields['currency']} is inferred ({c.currency_from}); "
                       "the amount is kept as written")
    if c.pair and c.pair["with"] > c.index and (cur := _one_currency(c.pair)):
        details.append(f"the next candidate, #{c.pair['with']}, converts it, "
                       f"{_one_currency_words(c, cur)}")
    elif c.pair and c.pair["with"] > c.index:
        details.append(f"the next candidate, #{c.pair['with']}, converts it "
                       f"({_rate(c.pair['implied_rate'], c.pair)})")
    if review.restates:
        details.append(f"converts #{c.pair['with']}, added as {review.restates}: with the same "
                       "metric it is added as its restatement")
    if review.duplicate:
        r = review.duplicate
        details.append(f"already in the file as {r['id']} (line {r['_line']}, "
                       f"{r.get('metric', '')}): skipped unless you accept it")
    if review.options:
        named = [f"{n}. {m}" + (" (new in this session)" if m in review.new_options else "")
                 for n, m in enumerate(review.options, 1)]
        # Each option stays whole on its line: "2. acme_capex_2024,".
        details.append("metrics with figures close to it (type the number to pick one):".split()
                       + [f"{m}," for m in named[:-1]] + named[-1:])
    details.append(f"as_of {review.fields['as_of']}: {review.as_of_from}")
    lines = [""] + pack(head, width, sep="  ", hang="   ")
    for detail in details:
        units = detail if isinstance(detail, list) else detail.split()
        lines += pack(units, width, sep=" ", indent="   ", hang="  ")
    return lines
