"""Export the findings or the normalized figures: csv, json, md, xlsx or html.

Cells a spreadsheet would execute (starting with =, +, -, @, or a tab or carriage return) are
neutralized with a leading apostrophe in csv and xlsx. Markdown makes user text inert: no link,
image or HTML in a quote can become live.
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

# md_text, markdown and plain_number are imported from here by callers and tests.
from reports.markdown import figures_markdown, findings_markdown, markdown, md_text, plain_number  # noqa: F401
from reports.tables import figures_table, findings_table, records

FORMATS = ("csv", "json", "md", "xlsx", "html")
EXTENSIONS = {".csv": "csv", ".json": "json", ".md": "md", ".markdown": "md", ".xlsx": "xlsx",
              ".html": "html", ".htm": "html"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportError(ValueError):
    """An export that cannot be made as asked; the message says why."""


def format_for(path: str | None, fmt: str | None) -> str:
    """The format to write: `fmt` if given, else from the extension of `path`, else csv."""
    if fmt:
        return fmt
    if not path:
        return "csv"
    ext = Path(path).suffix.lower()
    if ext not in EXTENSIONS:
        raise ExportError(f"-o {path}: cannot tell the format from "
                          f"{repr(ext) if ext else 'a name without an extension'}; use one of "
                          f"{', '.join(sorted(EXTENSIONS))} or give --format "
                          f"({'|'.join(FORMATS)})")
    return EXTENSIONS[ext]


def neutralize(value):
    """A string a spreadsheet would run as a formula, made inert; anything else unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _inert(t: pd.DataFrame) -> pd.DataFrame:
    return t.map(neutralize) if hasattr(t, "map") else t.applymap(neutralize)


def render(rec, counted: pd.DataFrame, shown: pd.DataFrame, figures: pd.DataFrame, fmt: str,
           what: str = "findings") -> bytes:
    """The export as the bytes of a file.

    `counted` are all findings in scope (they decide each figure's flag), `shown` those at or
    above the asked severity, `figures` the figures in scope. csv and json hold one table
    (`what`); md holds `what` as short tables (findings: a summary, each message, the figures
    involved); xlsx holds both as sheets; html is a whole page.
    """
    if fmt == "html":
        from reports.html import page
        return page(rec, counted, shown, figures).encode("utf-8")
    if fmt == "xlsx":
        from reports.xlsx import workbook
        # No apostrophe: the workbook stores formula-like text as text (see reports.xlsx).
        return workbook(findings_table(shown), figures_table(figures, counted))
    t = findings_table(shown) if what == "findings" else figures_table(figures, counted)
    if fmt == "csv":
        return _inert(t).to_csv(index=False).encode("utf-8")
    if fmt == "json":
        return (json.dumps(records(t), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if fmt == "md":
        if what == "findings":
            return findings_markdown(t, figures_table(figures, counted)).encode("utf-8")
        return figures_markdown(t).encode("utf-8")
    raise ExportError(f"unknown format {fmt!r}; the formats are {', '.join(FORMATS)}")
