"""Export the discrepancy table: csv, json, md, xlsx or html.

Cells a spreadsheet would execute (starting with =, +, -, @, or a tab or carriage return) are
neutralized with a leading apostrophe in csv and xlsx.
"""
from __future__ import annotations

import html
import io
import json
import math

import pandas as pd

FORMATS = ("csv", "json", "md", "xlsx", "html")
EXPORT_COLUMNS = ["severity", "check", "metric", "flagged", "against", "figures", "gap",
                  "message", "value_low", "value_high", "expected_low", "expected_high", "unit",
                  "rule"]
_ID_LISTS = ("flagged", "against", "figures")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value):
    """A string a spreadsheet would run as a formula, made inert; anything else unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _table(findings: pd.DataFrame) -> pd.DataFrame:
    t = findings.reindex(columns=EXPORT_COLUMNS).copy()
    for col in ("gap", "value_low", "value_high", "expected_low", "expected_high"):
        t[col] = t[col].astype(float).map(lambda x: None if not math.isfinite(x) else x)
    return t


def _inert(t: pd.DataFrame) -> pd.DataFrame:
    return t.map(neutralize) if hasattr(t, "map") else t.applymap(neutralize)


def render(findings: pd.DataFrame, fmt: str) -> bytes:
    """The findings in format `fmt`, as the bytes of a file."""
    t = _table(findings)
    if fmt == "csv":
        return _inert(t).to_csv(index=False).encode("utf-8")
    if fmt == "json":
        records = []
        for r in t.to_dict(orient="records"):
            for col in _ID_LISTS:
                r[col] = r[col].split(";") if isinstance(r[col], str) and r[col] else []
            records.append({k: (None if isinstance(v, float) and math.isnan(v) else v)
                            for k, v in r.items()})
        return (json.dumps(records, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if fmt == "md":
        return _markdown(t).encode("utf-8")
    if fmt == "html":
        return t.to_html(index=False, escape=True, na_rep="").encode("utf-8")
    if fmt == "xlsx":
        buf = io.BytesIO()
        _inert(t).to_excel(buf, index=False, sheet_name="discrepancies", engine="openpyxl")
        return buf.getvalue()
    raise ValueError(f"unknown format {fmt!r}")


def _markdown(t: pd.DataFrame) -> str:
    def cell(v) -> str:
        if v is None or (isinstance(v, float) and math.isnan(v)):
            return ""
        text = f"{v:.6g}" if isinstance(v, float) else str(v)
        return html.escape(text, quote=False).replace("|", "\\|").replace("\n", " ")
    lines = ["| " + " | ".join(t.columns) + " |", "|" + "---|" * len(t.columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in t.itertuples(index=False)]
    return "\n".join(lines) + "\n"
