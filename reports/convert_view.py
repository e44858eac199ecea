"""Terminal rendering of `convert` results."""
from __future__ import annotations

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

from currency import formatting as fmt
from reports.safe_text import terminal_safe


def conversions_table(rows: list[dict]) -> Table:
    """One row per text: the amount as written, how it reads with its interval, and the
    converted amount with its rate (written as `report` writes rates: 1,349.2 KRW/USD, never
    0.00074 USD/KRW)."""
    table = Table(show_lines=False, header_style="bold")
    # The amount as written is never cut: it is what the user typed, and a cut one misleads.
    written = max((cell_len(r.get("span") or r["text"]) for r in rows), default=10)
    table.add_column("as written", min_width=min(written, 32), overflow="fold")
    for col in ("reads as", "converted", "rate (fixing date)"):
        table.add_column(col)
    for row in rows:
        if "error" in row:
            table.add_row(row["text"], Text(f"error: {row['error']}", style="red"), "", "")
            continue
        conv = row.get("converted")
        written = f"{fmt.compact(row['value'])} {row['unit']}"
        if row["bound"] != "exact":
            written += f" ({row['bound']}{', ' + row['hedge'] if row.get('hedge') else ''})"
        shown = fmt.interval(_open(row["low"], 0.0), _open(row["high"]), "")
        conv_text = rate_text = ""
        if conv:
            conv_text = (f"{fmt.compact(conv['value'])} {conv['unit']}  "
                         f"{fmt.interval(_open(conv['low'], 0.0), _open(conv['high']))}")
            # fmt.rate is report's rate text too: 1,349.20 KRW/USD, never 0.000741 USD/KRW.
            rate_text = (f"{fmt.rate(conv['rate'], row['currency'], conv['currency'])} "
                         f"({conv['rate_date']})")
            if conv.get("rate_note"):
                rate_text += f"; {conv['rate_note']}"
            if "real" in conv:
                real = conv["real"]
                conv_text += (f"\nconstant {real['to_month']} money, US CPI ×{real['factor']:.4f}"
                              f" (CPI data to {real['cpi_latest_month']})")
        table.add_row(row["span"], f"{written}\n{shown}", conv_text, rate_text)
    return table


def error_marker(err) -> str:
    """An AmountError as lines for stderr: what and where, then the text (control characters
    escaped) with a marker under the position."""
    before = terminal_safe(err.text[:err.position])
    after = terminal_safe(err.text[err.position:])
    width = sum(2 if "\uac00" <= c <= "\ud7a3" or "\u4e00" <= c <= "\u9fff" else 1
                for c in before)
    return (f"error: {err.message} (column {err.position + 1})\n  {before}{after}\n"
            f"  {' ' * width}^")


def _open(x, default=float("inf")):
    return default if x is None else x
