"""The Markdown export: short tables a person reads when it is pasted into an issue or a wiki,
with numbers written out and user text inert (no link, image, HTML or code span can become live).

Findings: a summary table (one line per finding), each finding's message and rule as a paragraph,
then the figures they involve. Figures: one table of what each figure says and how it
normalizes, then its rate and link, then its quote.
"""
from __future__ import annotations

import math
import re

import pandas as pd

from reports.cells import missing, open_ends
from reports.layout import cpi_words, rate_bands, rate_quote
from reports.safe_text import terminal_safe
from reports.tables import NOTE_CELL, involved, text_cells

# Inline Markdown is what a table cell or a paragraph can turn live: code spans, HTML and
# autolinks (`<`), links, images and link definitions (a `]` before `(`, `[` or `:`), emphasis (`*`, `~`, `_` at a word's edge), entities
# (`&name;`) and, in a cell, the pipe. "://" and "www." keep bare URLs from becoming links
# (GitHub's autolinks). Dots, dashes, parentheses and an underscore inside a word stay as
# written, so a pasted cell reads as in the file.
_INLINE = re.compile(r"([\\`*|<~])|\](?=[(\[:])|(?<!\w)_|_(?!\w)|&(?=#?\w+;)|(?<=\w)(:)(?=//)"
                     r"|(?<=\bwww)(\.)", re.IGNORECASE)
# At the start of a paragraph these start a block instead (heading, quote, list, rule, table).
_BLOCK_START = re.compile(r"^([#>+=-]|\d+(?=[.)]))")


def md_text(text: str) -> str:
    """User text made inert for a Markdown table cell; control characters shown escaped."""
    flat = str(text).replace("\r\n", " ").replace("\r", " ").replace("\n", " ")
    return terminal_safe(_INLINE.sub(lambda m: "\\" + m.group(0), flat))


def md_paragraph(text: str) -> str:
    """User text made inert as a paragraph: as in a cell, and a leading character that would
    start a block (`#`, `>`, `-`, `1.`) escaped."""
    # Leading spaces are dropped: four of them would start a code block.
    text = md_text(text).lstrip()
    m = _BLOCK_START.match(text)
    if not m:
        return text
    if m.group(1)[0].isdigit():      # "1. " or "1) ": the dot makes the list, not the digit
        return text[:m.end()] + "\\" + text[m.end():]
    return "\\" + text


def plain_number(v: float) -> str:
    """A number as a person writes it, never in scientific notation: 13,500,000,000; 1,228.65."""
    if not math.isfinite(v):
        return ""
    if v == int(v) and abs(v) < 1e21:
        return f"{int(v):,}"
    digits = max(0, 6 - 1 - int(math.floor(math.log10(abs(v))))) if v else 0
    text = f"{v:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _cell(v) -> str:
    if missing(v):
        return ""
    if isinstance(v, (int, float)):
        return plain_number(float(v))
    return md_text(v)


def markdown(t: pd.DataFrame) -> str:
    """One GitHub-flavoured Markdown table; numbers written out, user text inert."""
    lines = ["| " + " | ".join(md_text(c) for c in t.columns) + " |",
             "|" + "---|" * len(t.columns)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in t.itertuples(index=False)]
    return "\n".join(lines) + "\n"


def _given(v) -> bool:
    return not missing(v) and v != ""


def _interval(low, high, unit) -> str | None:
    """'[950,000,000, 1,050,000,000] USD'; an open side is ∞ (0 below)."""
    if not (_given(low) or _given(high)):
        return None
    lo, hi = open_ends(low, high)
    hi_text = plain_number(hi) if math.isfinite(hi) else "∞"
    return f"[{plain_number(lo)}, {hi_text}] {unit or ''}".rstrip()


def _rate(r: dict) -> str | None:
    """The rate band in the one rate format `report` and `convert` use."""
    lo, hi = r.get("rate_min"), r.get("rate_max")
    if not (_given(lo) and _given(hi)) or (lo == 1 and hi == 1) or not _given(r.get("currency")):
        return None
    # The band its normalized interval was computed with, then the ECB band it widens.
    dates = sorted({str(r[c]) for c in ("rate_min_date", "rate_max_date") if _given(r.get(c))})
    band, ecb = rate_bands(lo, hi, r["currency"], rate_quote(r.get("normalized_unit") or ""),
                           r.get("rate_source") or "")
    return f"{band}; {ecb} ({' to '.join(dates)})" if dates else f"{band}; {ecb}"


def _figure_tables(figures: pd.DataFrame) -> list[str]:
    rows = figures.to_dict(orient="records")
    said = pd.DataFrame([{
        "id": r["id"], "metric": r["metric"], "amount": r["amount"], "as_of": r["as_of"],
        "published": r["published"], "source": r["source"],
        "normalized": _interval(r["normalized_min"], r["normalized_max"], r["normalized_unit"]),
        "status": r["status"], "flag": r["flag"]} for r in rows],
        columns=["id", "metric", "amount", "as_of", "published", "source", "normalized",
                 "status", "flag"])
    if "cpi_months" in figures.columns:     # --real: the factor each interval was scaled by
        said.insert(said.columns.get_loc("normalized") + 1, "constant money",
                    [cpi_words(r["cpi_factor_min"], r["cpi_factor_max"], r["cpi_months"]) or None
                     for r in rows])
    out = ["## Figures\n\n", markdown(said)]
    linked = [{"id": r["id"], "currency": r["currency"], "role": r["role"],
               "original": r["original"], "rate": rate, "rate note": r["rate_note"]}
              for r, rate in zip(rows, map(_rate, rows)) if rate or _given(r["original"])]
    if linked:
        out += ["\n## Rates and links\n\n", markdown(pd.DataFrame(linked))]
    quoted = [{"id": r["id"], "quote": r["quote"]} for r in rows if _given(r["quote"])]
    if quoted:
        out += ["\n## Quotes\n\n", markdown(pd.DataFrame(quoted))]
    return out


def _money_line(money: str | None) -> list[str]:
    """Under --real, `tables.money_note` as the export's first paragraph."""
    return [] if money is None else [md_paragraph("Money: " + money + ".") + "\n\n"]


def findings_markdown(findings: pd.DataFrame, figures: pd.DataFrame,
                      money: str | None = None) -> str:
    """The findings as a summary table and one paragraph each, then the figures they involve;
    `money`: `tables.money_note`."""
    out = ["# Findings\n\n", *_money_line(money)]
    if findings.empty:
        out.append("No findings.\n")
    else:
        text = text_cells(findings)
        # A note flags no figure: it says so, as html does, and its figures say what it is about.
        flagged = text["flagged"].where(text["flagged"] != "", NOTE_CELL)
        summary = pd.DataFrame({"#": range(1, len(findings) + 1),
                                **{c: text[c].values for c in
                                   ("severity", "check", "metric", "flagged", "against",
                                    "figures", "gap")}})
        summary["flagged"] = flagged.values
        out.append(markdown(summary))
        for i, r in enumerate(text.to_dict(orient="records"), 1):
            out.append(f"\n### {i}. {md_text(r['severity'])} · {md_text(r['check'])} · "
                       f"{md_text(r['metric'])}\n\n")
            out.append(md_paragraph(r["message"] or "") + "\n")
            value = _interval(r["value_min"], r["value_max"], r["unit"])
            expected = _interval(r["expected_min"], r["expected_max"], r["unit"])
            stated = "; ".join(x for x in (value and f"value {value}",
                                           expected and f"expected {expected}") if x)
            if stated:
                out.append("\n" + md_paragraph(stated) + "\n")
            if _given(r["rule"]):
                out.append("\nRule: " + md_text(r["rule"]) + "\n")
        figures = figures[figures["id"].isin(involved(findings))]
    if not figures.empty:
        out.append("\n")
        out += _figure_tables(figures)
    return "".join(out)


def figures_markdown(figures: pd.DataFrame, money: str | None = None) -> str:
    """The normalized figures: what each says, its rate and link, its quote; `money`:
    `tables.money_note`."""
    if figures.empty:
        return "".join(["## Figures\n\n", *_money_line(money), "No figures.\n"])
    tables = _figure_tables(figures)
    return "".join([tables[0], *_money_line(money), *tables[1:]])
