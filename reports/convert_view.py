"""Terminal rendering of `convert` results."""
from __future__ import annotations

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

from currency import formatting as fmt
from reports.cells import open_ends
from reports.safe_text import terminal_safe


def conversions_table(rows: list[dict], width: int = 80) -> Table:
    """One row per text: the amount as written, how it reads with its interval, and the
    converted amount with its rate (written as `report` writes rates: 1,349.2 KRW/USD, never
    0.00074 USD/KRW). Fits `width` columns, an interval or a rate never broken where it can."""
    from rich import box
    table = Table(show_lines=False, header_style="bold", box=box.SIMPLE_HEAVY, show_edge=False,
                  pad_edge=False, padding=(0, 1, 0, 0))
    cells = [_cells(row) for row in rows]
    # The amount as written is never cut: it is what the user typed, and a cut one misleads.
    written = min(max((cell_len(str(c[0])) for c in cells), default=10), 32)
    # Wide enough for the first two lines of each cell (an amount and its interval, a rate and
    # its date), when the terminal has the room; else rich wraps them rather than crop.
    mins = [max((cell_len(line) for c in cells for line in str(c[i]).split("\n")[:2]),
                default=8) for i in (1, 2, 3)]
    if written + sum(mins) + 3 * 2 > width:      # a space and a rule between columns
        mins = [None, None, None]
    table.add_column("as written", min_width=written, overflow="fold")
    for col, least in zip(("reads as", "converted", "rate, fixing date"), mins):
        table.add_column(col, min_width=least, overflow="fold")
    for c in cells:
        table.add_row(*c)
    return table


def _cells(row: dict) -> tuple:
    """The four cells of one text's row; in each the first two lines are the ones never to
    break (an amount and its interval, a rate and its fixing date)."""
    if "error" in row:
        return row["text"], Text(f"error: {row['error']}", style="red"), "", ""
    conv = row.get("converted")
    reads = (f"{fmt.compact(row['value'])} {row['unit']}\n"
             f"{fmt.interval(*open_ends(row['low'], row['high']))}")
    if row["bound"] != "exact":
        reads += f"\n({row['bound']}{', ' + row['hedge'] if row.get('hedge') else ''})"
    conv_text = rate_text = ""
    if conv:
        conv_text = (f"{fmt.compact(conv['value'])} {conv['unit']}\n"
                     f"{fmt.interval(*open_ends(conv['low'], conv['high']))}")
        if row["currency"] == conv["currency"]:
            # Nothing was converted: "1 USD/USD" and a fixing date would claim a rate.
            rate_text = f"no rate (already {conv['currency']})"
        else:
            # fmt.rate is report's rate text too: 1,349.20 KRW/USD, never 0.000741 USD/KRW.
            rate_text = (f"{fmt.rate(conv['rate'], row['currency'], conv['currency'])}\n"
                         f"({conv['rate_date']})")
        if conv.get("rate_note"):
            rate_text += f"\n{conv['rate_note']}"
        if "real" in conv:
            real = conv["real"]
            conv_text += (f"\nconstant {real['to_month']} money, US CPI ×{real['factor']:.4f}"
                          f" (CPI data to {real['cpi_latest_month']})")
    return row["span"], reads, conv_text, rate_text


def error_marker(err) -> str:
    """An AmountError as lines for stderr: what and where, then the text (control characters
    escaped) with a marker under the position."""
    before = terminal_safe(err.text[:err.position])
    after = terminal_safe(err.text[err.position:])
    width = sum(2 if "\uac00" <= c <= "\ud7a3" or "\u4e00" <= c <= "\u9fff" else 1
                for c in before)
    return (f"error: {err.message} (column {err.position + 1})\n  {before}{after}\n"
            f"  {' ' * width}^")
