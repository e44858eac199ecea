"""The xlsx workbook: a findings sheet and a figures sheet, formatted to be read, not decoded:
bold frozen header, autofilter, fitted widths, wrapped long text, numbers as numbers with a
thousands format, severity coloured."""
from __future__ import annotations

import io

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from reports.safe_text import terminal_safe
from reports.tables import NUMBER_COLUMNS

# Light fills a printer and a colour-blind reader can still tell apart by the word in the cell.
SEVERITY_FILL = {"high": "F4C7C3", "medium": "FCE8B2", "low": "C9DAF8", "info": "EEEEEE"}
WRAPPED = {"message": 80, "quote": 50, "rule": 50}
MAX_WIDTH = 40
INTEGER_FORMAT = "#,##0"
NUMBER_FORMAT = "#,##0.00##"
GAP_FORMAT = "0.00"
# A rate below one (USD per KRW: 0.000741) keeps its significant digits: Excel's General does.
RATE_FORMAT = "General"
RATE_COLUMNS = {"rate_min", "rate_max"}
DATE_COLUMNS = {"as_of", "published", "rate_min_date", "rate_max_date"}
DATE_FORMAT = "yyyy-mm-dd"


def _number_format(col: str, value: float) -> str:
    """How a number reads: rates with their significant digits, gaps to two decimals, large
    amounts without cents (a billion has no meaningful cents), others to four decimals."""
    if col in RATE_COLUMNS:
        return RATE_FORMAT
    if col == "gap":
        return GAP_FORMAT
    return INTEGER_FORMAT if float(value).is_integer() or abs(value) >= 1000 else NUMBER_FORMAT


def _as_date(text: str):
    """A full YYYY-MM-DD date as a date cell; a month or a year stays text (Excel has no
    partial dates, and a made-up day would say more than the article)."""
    import datetime as dt
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else text
    except ValueError:
        return text


# Excel holds at most this many characters in a cell; a longer text is cut visibly, not silently.
CELL_LIMIT = 32_767


def cell_text(value: str) -> str:
    """A text as an xlsx cell can hold it: control characters (which the format cannot store)
    shown escaped, line breaks kept, and cut with a note past Excel's cell limit."""
    text = terminal_safe(value.replace("\r\n", "\n"), keep_newlines=True)
    if len(text) > CELL_LIMIT:
        note = f" … [cut: {len(text):,} characters; the csv or json export holds all]"
        text = text[:CELL_LIMIT - len(note)] + note
    return text


def _sheet(ws, table: pd.DataFrame, severity_column: str | None) -> None:
    ws.append(list(table.columns))
    for row in table.itertuples(index=False):
        ws.append([None if v is None else cell_text(v) if isinstance(v, str) else v
                   for v in row])
    for cells in ws.iter_rows(min_row=2):
        for cell in cells:
            if cell.data_type == "f":
                # Text that looks like a formula stays text: shown as written, never run.
                cell.data_type = "s"
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="top")
    ws.freeze_panes = "A2"
    if len(table.columns):
        ws.auto_filter.ref = f"A1:{get_column_letter(len(table.columns))}{max(1, len(table) + 1)}"
    for j, col in enumerate(table.columns, 1):
        letter = get_column_letter(j)
        values = [str(col)] + ["" if v is None else _shown(v, col) for v in table[col]]
        if col in WRAPPED:
            width = WRAPPED[col]
        else:
            width = min(MAX_WIDTH, max(len(v) for v in values) + 2)
        ws.column_dimensions[letter].width = width
        for i in range(2, len(table) + 2):
            cell = ws.cell(i, j)
            if col in NUMBER_COLUMNS and isinstance(cell.value, (int, float)):
                cell.number_format = _number_format(col, cell.value)
            elif col in DATE_COLUMNS and isinstance(cell.value, str):
                cell.value = _as_date(cell.value)
                if not isinstance(cell.value, str):
                    cell.number_format = DATE_FORMAT
            cell.alignment = Alignment(wrap_text=col in WRAPPED, vertical="top")
            if col == severity_column and cell.value in SEVERITY_FILL:
                cell.fill = PatternFill("solid", fgColor=SEVERITY_FILL[cell.value])
                if cell.value == "high":
                    cell.font = Font(bold=True)


def _shown(v, col: str) -> str:
    if isinstance(v, float) and col in NUMBER_COLUMNS:
        return f"{v:,.2f}" if col == "gap" else f"{v:,.4f}".rstrip("0").rstrip(".")
    return str(v)


def workbook(findings: pd.DataFrame, figures: pd.DataFrame) -> bytes:
    """Both tables as one xlsx workbook, as the bytes of the file."""
    wb = Workbook()
    ws = wb.active
    ws.title = "findings"
    _sheet(ws, findings, "severity")
    _sheet(wb.create_sheet("figures"), figures, "flag")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
