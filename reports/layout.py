"""Text that stays whole in a narrow terminal: ids shortened in the middle, rate bands in time
order, and lines packed from units that are never split."""
from __future__ import annotations

import pandas as pd
from rich.cells import cell_len

from currency import formatting as fmt
from reconcile.model import uncertainty
from reports.cells import present

ELLIPSIS = "…"
# Each severity's style in the terminal: the report's lines and its timelines' bars alike.
SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan", "info": "dim"}
# Each severity's fill (RGB hex) in the xlsx cells and the html page alike: light, so that a
# printer and a colour-blind reader can still tell them apart by the word in the cell.
SEVERITY_FILL = {"high": "F4C7C3", "medium": "FCE8B2", "low": "C9DAF8", "info": "EEEEEE"}


def shorten(text: str, width: int) -> str:
    """`text` cut in the middle to at most `width` characters: 'a0-ms-total…-2024'."""
    text = str(text)
    if len(text) <= width or width < 5:
        return text
    keep = width - 1
    head = (keep + 1) // 2
    return text[:head] + ELLIPSIS + text[len(text) - (keep - head):]


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 figure', '2 figures', '1 discrepancy', '5 discrepancies'."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def rate_parts(r) -> tuple[str, str, str]:
    """The rates a figure was normalized with, low → high: the band used (the ECB band widened
    for the rate source, so that its interval can be recomputed from it), the ECB band, and its
    fixing dates in time order.

    ('1,101.09–1,289.82 KRW/USD', 'ECB 1,112.10–1,276.92 KRW/USD ±1% for the rate source',
    'fixings 2019-01-31 to 2023-01-03'); ('', '', '') when no rate was needed (same currency,
    or not money).
    """
    if not isinstance(r.currency, str) or (r.rate_low == 1.0 and r.rate_high == 1.0):
        return "", "", ""
    dates = sorted({str(d) for d in (r.rate_low_date, r.rate_high_date) if present(d)})
    band, ecb = rate_bands(r.rate_low, r.rate_high, r.currency, rate_quote(r.n_unit),
                           getattr(r, "rate_source", ""))
    if not dates:
        when = ""
    elif len(dates) == 1:
        when = f"fixing {dates[0]}"
    else:
        when = f"fixings {dates[0]} to {dates[-1]}"
    return band, ecb, when


def rate_quote(unit) -> str:
    """The currency a figure's rates convert to: its normalized unit's first word ('USD' of
    'USD per year')."""
    return str(unit).split(" ")[0]


def rate_turned(ecb_hi: float) -> bool:
    """Whether a figure's rate bands, used and ECB alike, read turned over: as its ECB band is
    quoted (`fmt.turns`)."""
    # The ECB band decides, not the widened band used: the source's quote is what a reader
    # checks, and a band near one (0.985–0.995) would otherwise read one way here and another
    # way when widened past one.
    return bool(fmt.turns(ecb_hi))


def rate_bands(lo: float, hi: float, base: str, quote: str, source="") -> tuple[str, str]:
    """The band of `quote` per `base` a figure was converted with (the ECB band `lo`–`hi`
    widened for the rate source) and the ECB band, both read one way (`rate_turned`), the
    latter labelled by the figure's `source` (normalize's `rate_source`; the ECB's when empty)."""
    used_lo, used_hi = uncertainty.widen(lo, hi)
    turn = rate_turned(hi)
    band = fmt.rate_range(used_lo, used_hi, base, quote, turn)
    ecb = fmt.rate_range(lo, hi, base, quote, turn)
    source = source if isinstance(source, str) else ""
    # A whole label (the euro's fixing times a fixed rate: no ECB band of that currency) stands
    # alone; a changeover within the band is said after the ECB band it straddles.
    label = (source if source.startswith("ECB ") else
             f"ECB {ecb}, {source}" if source else f"ECB {ecb}")
    return band, f"{label} ±{uncertainty.RATE_ALLOWANCE:.0%} for the rate source"


def label_units(label: str, room: int) -> list[str]:
    """A figure's rate source label as units for `pack`: whole when it fits in `room`, else broken
    after each "and" between the pegs it names, so that no peg's rate or source is cut out."""
    # Two pegged currencies (AED in SAR) name both pegs: too long for an 80-column line, and a cut
    # in the middle would drop the second peg's rate, the number a reader checks.
    if cell_len(label) <= room:
        return [label]
    parts = label.split(" and ")
    return [f"{p} and" for p in parts[:-1]] + parts[-1:]


def rate_text(r) -> str:
    """The rate band used, the ECB band and its dates as one string, with any note about the
    data's range."""
    band, ecb, when = rate_parts(r)
    text = ", ".join(x for x in (band, ecb, when) if x)
    note = getattr(r, "rate_note", "")
    if text and isinstance(note, str) and note:
        text += f"; {note}"
    return text


def cpi_text(r) -> str:
    """The US CPI-U factor a figure's interval was scaled by under --real, and the months it was
    read for: '× 1.2035–1.2253 US CPI-U, 2019-01 to 2019-12 → 2024-01'; '' when none was."""
    return cpi_words(getattr(r, "cpi_low", None), getattr(r, "cpi_high", None),
                     getattr(r, "cpi_months", None))


def cpi_words(low, high, months) -> str:
    """`cpi_text` of the factors `low`, `high` and the `months` they were read for."""
    if not isinstance(months, str) or not months:
        return ""
    lo, hi = float(low), float(high)
    factor = f"{lo:,.4f}" if lo == hi else f"{lo:,.4f}–{hi:,.4f}"
    return f"× {factor} US CPI-U, {months}"


def findings_heading(severities) -> str:
    """What a list of findings is called, by the severities it holds: info notes are no
    discrepancies ("Discrepancies", "Discrepancies and info notes", "Info notes")."""
    info = [s == "info" for s in severities]
    if info and all(info):
        return "Info notes"
    return "Discrepancies and info notes" if any(info) else "Discrepancies"


def pack(units: list[str], width: int, sep: str = " · ", indent: str = "",
         hang: str = "") -> list[str]:
    """Lay `units` out on lines of at most `width` characters, breaking only between units;
    every line starts with `indent`, and lines after the first with `hang` too.

    A unit longer than a line gets a line of its own, shortened in the middle, so that a number,
    id or date is never split across lines.
    """
    lines: list[str] = []
    line = ""
    room = max(10, width - len(indent) - len(hang))
    for unit in (u for u in units if u):
        if cell_len(unit) > room:
            unit = shorten(unit, room - (cell_len(unit) - len(unit)))
        candidate = f"{line}{sep}{unit}" if line else unit
        if cell_len(candidate) <= room:
            line = candidate
        else:
            lines.append(indent + (hang if lines else "") + line)
            line = unit
    if line:
        lines.append(indent + (hang if lines else "") + line)
    return lines


_SCALE_WORDS = {"k", "mn", "bn", "tn", "%", "×"}


def atoms(text: str) -> list[str]:
    """`text` split at spaces, but never inside [brackets] or between a number and its scale
    word ('50 mn', '4.5 %'), so an interval or amount stays whole."""
    out: list[str] = []
    depth = 0
    for word in text.split():
        glue = out and (depth > 0 or (word.rstrip(",.;:)") in _SCALE_WORDS
                                      and out[-1][-1:].isdigit()))
        if glue:
            out[-1] += " " + word
        else:
            out.append(word)
        depth = max(0, depth + word.count("[") - word.count("]"))
    return out


def amount_as_written(amount: str, given) -> str:
    """A figure's amount as written, and the currency its currency column gives (the text
    names none), if any."""
    return f"{amount} (in {given}: its currency column)" if isinstance(given, str) and given \
        else str(amount)


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """`text` as lines of at most `width` characters, broken only between atoms."""
    return pack(atoms(text), width, sep=" ", indent=indent)


def pegs_said(figures, currency: str, pegs) -> list[str]:
    """The header's items on the dollar pegs (`pegs`: the data coverage's) that a report's figures
    (their `currency` column) or its currency were rated through, one a peg."""
    cur = figures["currency"] if "currency" in getattr(figures, "columns", ()) else []
    used = {c for c in pd.unique(pd.Series(cur, dtype=object)) if isinstance(c, str)} | {currency}
    return [label for code, label in pegs if code in used]
