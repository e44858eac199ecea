"""Export the findings or the normalized figures: csv, json, md, xlsx or html.

Cells a spreadsheet would execute (starting with =, +, -, @, or a tab or carriage return) are
neutralized with a leading apostrophe in csv and xlsx. Markdown makes user text inert: no link,
image or HTML in a quote can become live.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pandas as pd

from reports.safe_text import terminal_safe
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
    above the asked severity, `figures` the figures in scope. csv, json and md hold one table
    (`what`); xlsx holds both as sheets; html is a whole page.
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
        return markdown(t).encode("utf-8")
    raise ExportError(f"unknown format {fmt!r}; the formats are {', '.join(FORMATS)}")


def plain_number(v: float) -> str:
    """A number as a person writes it, never in scientific notation: 13,500,000,000; 1,228.65."""
    if not math.isfinite(v):
        return ""
    if v == int(v) and abs(v) < 1e21:
        return f"{int(v):,}"
    digits = max(0, 6 - 1 - int(math.floor(math.log10(abs(v))))) if v else 0
    text = f"{v:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


# In a table cell only inline Markdown can take effect (no heading, list or block): escaping
# these keeps [links](…), ![images](…), <html>, `code`, emphasis, entities and table pipes
# inert, and "://" and "www." keep bare URLs from becoming links (GitHub's autolinks). Dots,
# dashes and parentheses stay as written, so a pasted cell reads as in the file.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|<>~&])|(?<=\w)(:)(?=//)|(?<=\bwww)(\.)", re.IGNORECASE)


def md_text(text: str) -> str:
    """User text made inert for a Markdown table cell; control characters shown escaped."""
    flat = str(text).replace("\r\n", " ").replace("\r", " ").replace("\n", " ")
    return terminal_safe(_MD_SPECIAL.sub(lambda m: "\\" + m.group(0), flat))


def markdown(t: pd.DataFrame) -> str:
    """A GitHub-flavoured Markdown table; numbers written out, user text inert."""
    def cell(v) -> str:
        if v is None or (isinstance(v, float) and math.isnan(v)):
            return ""
        if isinstance(v, (int, float)):
            return plain_number(float(v))
        return md_text(v)
    lines = ["| " + " | ".join(t.columns) + " |", "|" + "---|" * len(t.columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in t.itertuples(index=False)]
    return "\n".join(lines) + "\n"
