"""The html export: one self-contained page a journalist can send to an editor. A summary, the
discrepancy table with severity colours, each finding with its figures, quotes, sources, rates
and dates, and an SVG timeline per metric with a discrepancy. No script, no network, every piece
of user text escaped; readable when printed."""
from __future__ import annotations

import html

import pandas as pd

from currency import formatting as fmt
from reconcile.model import findings as F
from reports import charts
from reports.cells import missing
from reports.layout import SEVERITY_FILL, cpi_text, findings_heading, pegs_said, rate_parts
from reports.safe_text import terminal_safe
from reports.tables import NOTE_CELL, discrepancies, money_said, summarize, worst_by_figure

# Each severity's text colour on its fill (layout.SEVERITY_FILL, shared with the xlsx cells).
_SEVERITY_INK = {"high": "#8e0000", "medium": "#6d4c00", "low": "#0d3c84", "info": "#555"}
STYLE = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans KR",
       sans-serif; color: #1b1b1b; max-width: 1000px; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: .2em; }
h2 { font-size: 1.25em; margin-top: 1.8em; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05em; margin-bottom: .3em; }
.summary { font-size: 1.05em; }
.summary b { font-size: 1.15em; }
.data { color: #555; font-size: .9em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0; }
th, td { border: 1px solid #ddd; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td.num, .interval { text-align: right; white-space: nowrap; }
table.figures td { font-size: .92em; }
.id, .date, .metric { white-space: nowrap; font-family: ui-monospace, monospace;
                      font-size: .85em; }
.metric, .note { color: #555; }
.sev { font-weight: bold; white-space: nowrap; }
{severities}
.sev-none { color: #555; }
.swatch { display: inline-block; width: 1.6em; height: .7em; border-radius: 2px;
  vertical-align: middle; }
tr.flagged td { background: #fff4f2; }
blockquote { margin: 0; font-style: italic; }
.finding { margin: 1.2em 0; page-break-inside: avoid; break-inside: avoid; }
.rule { color: #555; font-size: .9em; }
figure { margin: 1em 0; page-break-inside: avoid; break-inside: avoid; }
svg.timeline { max-width: 100%; height: auto; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  .sev, tr.flagged td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { page-break-after: avoid; break-after: avoid; }
}
""".replace("{severities}\n", "".join(
    f".sev-{name} {{ background: #{fill.lower()}; color: {_SEVERITY_INK[name]}; }}\n"
    for name, fill in SEVERITY_FILL.items()))


def _e(value) -> str:
    if missing(value):
        return ""
    return html.escape(terminal_safe(str(value), keep_newlines=True), quote=True)


def _summary(rec, counted: pd.DataFrame, figures: pd.DataFrame) -> str:
    s = summarize(rec, counted, figures)
    data = rec.context.data
    # A count of zero is no alarm: only counts above zero take their severity's colour.
    sev = ", ".join(f'<span class="sev {"sev-" + name if n else "sev-none"}" '
                    f'data-severity="{name}">{n} {name}</span>'
                    for name, n in s.by_severity.items())
    money = "; ".join(money_said(rec.context.currency, rec.context.real_as_of))
    pegs = pegs_said(rec.figures, rec.context.currency, rec.context.data.pegs)
    return (f'<p class="summary" id="summary"><b id="n-discrepancies">{s.discrepancies}</b> '
            f'discrepancies ({sev}) involving <b id="n-involved">{s.figures_involved}</b> '
            f'figures, among <b id="n-figures">{s.figures}</b> figures of '
            f'<b id="n-metrics">{s.metrics}</b> metrics from '
            f'<b id="n-sources">{s.sources}</b> sources; '
            f'<span id="n-info">{s.info_notes}</span> info notes.</p>'
            f'<p class="data">{_e(money[0].upper() + money[1:])}, converted at the ECB reference rates '
            f'({data.rates_first} to {data.rates_last}) of each figure\'s as_of period'
            f'{_e(", " + "; ".join(pegs)) if pegs else ""}; US CPI-U to '
            f'{data.cpi_last:%Y-%m}. Intervals come from each figure\'s stated precision and '
            f"hedge.</p>")


def _findings_table(shown: pd.DataFrame) -> str:
    rows = []
    for n, f in enumerate(shown.itertuples(), 1):
        gap = F.times(f.gap) if f.gap == f.gap and f.gap < 1e300 else ""
        flagged = "<br>".join(f'<span class="id">{_e(i)}</span>' for i in f.flagged) \
            or f'<span class="note">{NOTE_CELL}</span>'
        rows.append(f'<tr class="finding-row"><td class="num"><a href="#finding-{n}">{n}</a></td>'
                    f'<td class="sev sev-{_e(f.severity)}">{_e(f.severity)}</td>'
                    f'<td>{flagged}<br><span class="metric">{_e(f.metric)}</span></td>'
                    f'<td>{_e(", ".join(f.check))}<br>{gap}</td>'
                    f"<td>{_e(f.record.message)}</td></tr>")
    return ('<table id="findings"><thead><tr><th>#</th><th>severity</th>'
            "<th>judged wrong, metric</th><th>check, gap</th><th>what it says</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
            '<p class="data" id="gap-note">Gap: how many times the figure judged wrong is '
            "above or below what the other figures allow, after every tolerance (1.5× is 50 % "
            "above, or 33.3 % below; 10× is often a unit slip).</p>")


def _figure_rows(ids: tuple[str, ...], by_id: pd.DataFrame, flagged: set, severity: str) -> str:
    rows = []
    for fid in ids:
        if fid not in by_id.index:
            continue
        r = by_id.loc[fid]
        row = _Row(fid, r)
        band, ecb, when = rate_parts(row)
        role = "judged wrong" if fid in flagged else (
            f"restates {r['original']}" if r["role"] == "restatement" else "yardstick")
        cls = ' class="flagged"' if fid in flagged else ""
        sev = f' <span class="sev sev-{_e(severity)}">{_e(severity)}</span>' if fid in flagged \
            else ""
        rate = (f"<br>at {_e(band)}<br>{_e(ecb)}<br><span class=\"date\">{_e(when)}</span>"
                if band else "")
        cpi = cpi_text(row)
        if cpi:
            rate += f"<br>{_e(cpi)}"
        given = r.get("currency_given")
        if isinstance(given, str) and given:      # said beside the number, not in the quote
            rate = f"<br>in {_e(given)}, from its currency column" + rate
        rows.append(f"<tr{cls}><td><span class=\"id\">{_e(fid)}</span><br>{_e(role)}{sev}</td>"
                    f"<td>{_e(r['source'])}<br>as of <span class=\"date\">{_e(r['as_of'])}"
                    f"</span><br>published <span class=\"date\">{_e(r['published'])}</span></td>"
                    f"<td><blockquote>“{_e(r['quote'])}”</blockquote>as written: "
                    f"<b>{_e(r['amount'])}</b></td>"
                    f"<td><span class=\"interval\">"
                    f"{_e(fmt.interval(r['n_low'], r['n_high'], r['n_unit']))}</span>{rate}</td>"
                    "</tr>")
    return ('<table class="figures"><thead><tr><th>figure</th><th>source and dates</th>'
            "<th>quote</th><th>normalized, rate and fixing dates</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


class _Row:
    """A figure of the table indexed by id, read by attribute as `rate_parts` and `cpi_text`
    read the terminal's rows (`itertuples`)."""

    def __init__(self, fid, series):
        self.__dict__.update(series.to_dict())
        self.id = fid


def _details(shown: pd.DataFrame, by_id: pd.DataFrame) -> str:
    out = []
    for n, f in enumerate(shown.itertuples(), 1):
        out.append(f'<section class="finding" id="finding-{n}"><h3>{n}. '
                   f'<span class="sev sev-{_e(f.severity)}">{_e(f.severity)}</span> '
                   f'<span class="id">{_e(f.metric)}</span></h3><p>{_e(f.record.message)}</p>'
                   f"{_figure_rows(f.figures, by_id, set(f.flagged), f.severity)}"
                   f'<p class="rule">Rule: {_e(f.rule)}</p></section>')
    return "".join(out)


def page(rec, counted: pd.DataFrame, shown: pd.DataFrame, figures: pd.DataFrame) -> str:
    """The whole page as a string."""
    disc = discrepancies(counted)
    title = (f"figrecon: {len(disc)} discrepancies in {len(figures)} figures"
             f" ({int((disc['severity'] == 'high').sum())} high)")
    by_id = figures.set_index("id")
    charted = list(dict.fromkeys(discrepancies(shown)["metric"]))
    svgs = "".join(f'<figure class="chart" data-metric="{_e(tl.metric)}">{charts.svg(tl)}'
                   f"</figure>"
                   for tl in charts.timelines(figures, charted, worst_by_figure(counted)))
    def swatch(colour: str) -> str:
        return f'<span class="swatch" style="background:{colour}"></span>'
    legend = ("<p class=\"data\" id=\"legend\">Each bar is one figure's interval (its stated "
              "precision and hedge), in the currency the checks compare in, one row per figure "
              f"in as_of order. {swatch(charts.AGREE_COLOUR)} a figure that agrees (the pale "
              f"green band is the range the agreeing figures share); "
              f"{swatch(charts.RESTATEMENT_COLOUR)} a restatement, linked to its original by a "
              f"dashed line; {swatch(charts.OTHER_COLOUR)} a figure neither agreeing nor judged "
              "wrong (alone in its time, or the checks could not decide); "
              + ", ".join(f"{swatch(charts.SEVERITY_COLOUR[s])} judged wrong, {s}"
                          for s in ("high", "medium", "low"))
              + "; a triangle marks an open upper side.</p>")
    body = [f"<h1>{_e(title)}</h1>", _summary(rec, counted, figures),
            f"<h2>{findings_heading(shown['severity']) if len(shown) else 'Discrepancies'}</h2>",
            _findings_table(shown) if len(shown) else "<p>No discrepancies.</p>",
            "<h2>Each finding and its figures</h2>", _details(shown, by_id)]
    if svgs:
        body += ["<h2>Timelines</h2>", legend, svgs]
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>"
            + "\n".join(body) + "</body></html>\n")
