"""The xlsx workbook: a findings sheet and a figures sheet, formatted to be read, not decoded:
bold frozen header, autofilter, fitted widths, wrapped long text, numbers as numbers with a
thousands format, severity coloured."""
from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass

import pandas as pd
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from currency import formatting as fmt
from reports.layout import SEVERITY_FILL, rate_quote, rate_turned
from reports.safe_text import FORMULA_START, terminal_safe
from reports.tables import CONSTANT_COLUMNS, NOMINAL_COLUMNS, NUMBER_COLUMNS, RATE_USED

WRAPPED = {"message": 80, "quote": 50, "rule": 50}
MAX_WIDTH = 40
INTEGER_FORMAT = "#,##0"
NUMBER_FORMAT = "#,##0.00##"
MONEY_FORMAT = "#,##0.00"
GAP_FORMAT = "0.00"
# Rates are stored as `report` writes them (1,349.20 KRW/USD, `rate_unit` says which way):
# two decimals from 100 up, else their significant digits (Excel's General).
RATE_FORMAT = "General"
RATE_COLUMNS = {"rate_min", "rate_max", *RATE_USED}
# Which unit column says whether a number column is money (its first word an ISO code).
UNIT_OF = {"normalized_min": "normalized_unit", "normalized_max": "normalized_unit",
           "normalized_value": "normalized_unit", "agreeing_min": "agreeing_unit",
           "agreeing_max": "agreeing_unit", "value_min": "unit", "value_max": "unit",
           "expected_min": "unit", "expected_max": "unit"}
_MONEY_UNIT = re.compile(r"^[A-Z]{3}\b")
DATE_COLUMNS = {"as_of", "published", "rate_min_date", "rate_max_date"}
DATE_FORMAT = "yyyy-mm-dd"


def _number_format(col: str, value: float, money: bool) -> str:
    """How a number reads: rates with their significant digits, gaps to two decimals, money
    to its precision (whole units from a thousand up, cents below), others to four decimals."""
    if col in RATE_COLUMNS:
        return "#,##0.00" if value >= 100 else RATE_FORMAT
    if col == "gap":
        return GAP_FORMAT
    if float(value).is_integer() or abs(value) >= 1000:
        return INTEGER_FORMAT
    return MONEY_FORMAT if money else NUMBER_FORMAT


def money_value(value: float) -> float:
    """Money as stored: a converted bound has no meaningful cents on a thousand or more (they
    are float noise of the rate), and none below the cent."""
    return float(round(value)) if abs(value) >= 1000 else round(value, 2)


def quoted_rates(figures: pd.DataFrame) -> pd.DataFrame:
    """The figures with their rate bands (ECB, used) turned the way `report` writes them (KRW
    per USD, not USD per KRW) and a `rate_unit` column saying which way ("KRW/USD")."""
    t = figures.copy()
    unit = []
    used_min, used_max = RATE_USED
    for i, (lo, hi, cur, target) in enumerate(zip(t["rate_min"], t["rate_max"], t["currency"],
                                                  t["normalized_unit"])):
        if lo is None or hi is None or not cur or not target:
            unit.append(None)
            continue
        code, turn = rate_quote(target), rate_turned(hi)
        lo, hi, base, quote = fmt.quoted(lo, hi, cur, code, turn)
        t.iat[i, t.columns.get_loc("rate_min")] = lo
        t.iat[i, t.columns.get_loc("rate_max")] = hi if math.isfinite(hi) else None
        u_lo, u_hi = figures[used_min].iat[i], figures[used_max].iat[i]
        if u_lo is not None and u_hi is not None:
            u_lo, u_hi = fmt.quoted(u_lo, u_hi, cur, code, turn)[:2]
            t.iat[i, t.columns.get_loc(used_min)] = u_lo
            t.iat[i, t.columns.get_loc(used_max)] = u_hi if math.isfinite(u_hi) else None
        if base != cur:      # the band was turned over: its dates swap with its ends
            t.iat[i, t.columns.get_loc("rate_min_date")] = figures["rate_max_date"].iat[i]
            t.iat[i, t.columns.get_loc("rate_max_date")] = figures["rate_min_date"].iat[i]
        unit.append(f"{quote}/{base}")
    t.insert(t.columns.get_loc("rate_max") + 1, "rate_unit", pd.Series(unit, index=t.index,
                                                                        dtype=object))
    return t


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
    return _fit(value)[0]


def _fit(value: str) -> tuple[str, bool]:
    """`cell_text` and whether it had to cut."""
    text = terminal_safe(value.replace("\r\n", "\n"), keep_newlines=True)
    if len(text) <= CELL_LIMIT:
        return text, False
    note = f" … [cut: {len(text):,} characters; the csv or json export holds all]"
    return text[:CELL_LIMIT - len(note)] + note, True


@dataclass(frozen=True)
class Cut:
    """A text cut at Excel's cell limit: where, and how long it was."""

    sheet: str
    row_id: str
    column: str
    length: int

    def warning(self) -> str:
        """One line for stderr."""
        return (f"{self.sheet} sheet, {self.row_id}, {self.column}: {self.length:,} characters "
                f"cut to Excel's {CELL_LIMIT:,} (marked in the cell; csv or json holds all)")


@dataclass(frozen=True)
class Book:
    """The workbook's bytes and the cells that had to be cut."""

    content: bytes
    cuts: tuple[Cut, ...]


def _sheet(ws, table: pd.DataFrame, severity_column: str | None,
           money: str | None = None) -> list[Cut]:
    ws.append(list(table.columns))
    cuts = []
    key = "id" if "id" in table.columns else None
    for n, row in enumerate(table.itertuples(index=False)):
        values = []
        for col, v in zip(table.columns, row):
            if isinstance(v, str):
                length = len(v)
                v, cut = _fit(v)
                if cut:
                    rid = table[key].iat[n] if key else f"row {n + 2}"
                    cuts.append(Cut(ws.title, str(rid), str(col), length))
            values.append(v)
        ws.append(values)
    units = {col: [bool(_MONEY_UNIT.match(u)) if isinstance(u, str) else False
                   for u in table[UNIT_OF[col]]]
             for col in table.columns if col in UNIT_OF and UNIT_OF[col] in table.columns}
    for cells in ws.iter_rows(min_row=2):
        for cell in cells:
            if cell.data_type == "f" or (cell.data_type == "s" and
                                         str(cell.value).startswith(FORMULA_START)):
                # Text that looks like a formula stays text, shown as written (no apostrophe in
                # the cell) and kept text when edited (Excel's quote prefix), never run: openpyxl
                # takes only '=' for a formula, Excel also '+', '-' and '@' once a cell is edited.
                cell.data_type = "s"
                cell.quotePrefix = True
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="top")
        if money is not None and cell.value in CONSTANT_COLUMNS + NOMINAL_COLUMNS:
            # A note on the header: the sheet stays one header row over its rows.
            cell.comment = Comment(money, "figrecon", width=320, height=110)
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
                money = col in units and units[col][i - 2]
                if money:
                    cell.value = money_value(cell.value)
                cell.number_format = _number_format(col, cell.value, money)
            elif col in DATE_COLUMNS and isinstance(cell.value, str):
                cell.value = _as_date(cell.value)
                if not isinstance(cell.value, str):
                    cell.number_format = DATE_FORMAT
            cell.alignment = Alignment(wrap_text=col in WRAPPED, vertical="top")
            if col == severity_column and cell.value in SEVERITY_FILL:
                cell.fill = PatternFill("solid", fgColor=SEVERITY_FILL[cell.value])
                if cell.value == "high":
                    cell.font = Font(bold=True)
    return cuts


def _shown(v, col: str) -> str:
    if isinstance(v, float) and col in NUMBER_COLUMNS:
        return f"{v:,.2f}" if col == "gap" else f"{v:,.4f}".rstrip("0").rstrip(".")
    return str(v)


def book(findings: pd.DataFrame, figures: pd.DataFrame, money: str | None = None) -> Book:
    """Both tables as one xlsx workbook, with the cells cut at Excel's limit; `money`
    (`tables.money_note`) a note on each money column's header."""
    wb = Workbook()
    ws = wb.active
    ws.title = "findings"
    cuts = _sheet(ws, findings, "severity", money)
    cuts += _sheet(wb.create_sheet("figures"), quoted_rates(figures), "flag", money)
    buf = io.BytesIO()
    wb.save(buf)
    return Book(buf.getvalue(), tuple(cuts))
