"""Timelines of one metric's figures: each an interval on a value axis, one row per figure in
as_of order, the agreeing range shaded, figures judged wrong in their severity's colour and
restatements linked to their original. Drawn with Unicode bars for the terminal and as SVG.

The values are the ones the checks compare: money in the reference currency of the metric's
family (`c_*` columns), so a chart shows exactly what was judged.
"""
from __future__ import annotations

import html
import math
from dataclasses import dataclass

import pandas as pd
from rich.text import Text

from currency import formatting as fmt
from reports.layout import SEVERITY_STYLE, shorten

SEVERITY_COLOUR = {"high": "#c62828", "medium": "#ef6c00", "low": "#1565c0", "info": "#757575"}
AGREE_COLOUR = "#2e7d32"
RESTATEMENT_COLOUR = "#00838f"
OTHER_COLOUR = "#424242"      # neither agreeing nor judged wrong
# Values spanning more than this factor are drawn on a log scale.
LOG_SPAN = 10.0


@dataclass(frozen=True)
class Bar:
    """One figure on the chart."""

    id: str
    as_of: str
    low: float
    high: float          # may be inf: an open upper side
    severity: str | None  # the worst finding that judges this figure wrong
    role: str            # original / restatement
    original: str | None
    status: str


@dataclass(frozen=True)
class Timeline:
    """A metric's figures ready to draw."""

    metric: str
    unit: str
    bars: tuple[Bar, ...]
    agree_low: float
    agree_high: float
    vmin: float
    vmax: float
    log: bool

    def x(self, value: float) -> float:
        """`value`'s place on the axis, 0 to 1 (clamped; an open side lands on the edge)."""
        if not math.isfinite(value):
            return 1.0 if value > 0 else 0.0
        if self.log:
            if value <= 0:
                return 0.0
            pos = (math.log10(value) - math.log10(self.vmin)) / \
                (math.log10(self.vmax) - math.log10(self.vmin))
        else:
            pos = (value - self.vmin) / (self.vmax - self.vmin)
        return min(1.0, max(0.0, pos))


def _finite(values) -> list[float]:
    return [float(v) for v in values if v is not None and math.isfinite(float(v))]


def timeline(figs: pd.DataFrame, worst: dict) -> Timeline:
    """The timeline of one metric's figures (`figs` from `Reconciliation.figures`)."""
    g = figs.sort_values(["as_of_first", "id"]) if "as_of_first" in figs else figs
    bars = tuple(Bar(str(r.id), str(r.as_of), float(r.c_low), float(r.c_high), worst.get(r.id),
                     str(r.role), r.original if isinstance(r.original, str) else None,
                     str(r.status)) for r in g.itertuples())
    agreeing = g[g["status"].eq("agrees")]
    lo = _finite(agreeing["cons_low"])
    hi = _finite(agreeing["cons_high"])
    agree_low, agree_high = (min(lo), max(hi)) if lo and hi else (math.nan, math.nan)
    values = _finite([b.low for b in bars] + [b.high for b in bars] + [agree_low, agree_high])
    positive = [v for v in values if v > 0]
    vmin, vmax = (min(values), max(values)) if values else (0.0, 1.0)
    log = bool(positive) and max(positive) / min(positive) > LOG_SPAN
    if log:
        vmin, vmax = min(positive) / 1.25, max(positive) * 1.25
    else:
        pad = (vmax - vmin) * 0.08 or abs(vmax) * 0.1 or 1.0
        vmin, vmax = max(0.0, vmin - pad) if vmin >= 0 else vmin - pad, vmax + pad
    unit = str(g["c_unit"].dropna().iloc[0]) if g["c_unit"].notna().any() else ""
    return Timeline(str(g["metric"].iloc[0]), unit, bars, agree_low, agree_high, vmin, vmax, log)


def timelines(figures: pd.DataFrame, metrics, worst: dict) -> list[Timeline]:
    """One timeline per metric in `metrics`, in that order."""
    return [timeline(figures[figures["metric"].eq(m)], worst) for m in metrics
            if figures["metric"].eq(m).any()]


# --- the terminal -------------------------------------------------------------------------

def terminal(tl: Timeline, width: int) -> Text:
    """The timeline as Unicode bars, fitting `width` columns."""
    label_w = min(22, max(len(b.id) for b in tl.bars))
    date_w = max(len(b.as_of) for b in tl.bars)
    bar_w = max(10, width - label_w - date_w - 4)
    out = Text()
    scale = "log scale" if tl.log else "linear scale"
    out.append(f"{tl.metric}", style="bold cyan")
    out.append(f" ({tl.unit}, {scale})\n", style="dim")

    def col(v: float) -> int:
        return min(bar_w - 1, int(round(tl.x(v) * (bar_w - 1))))

    shade = None
    if math.isfinite(tl.agree_low):
        shade = (col(tl.agree_low), col(tl.agree_high))
    for b in tl.bars:
        out.append(shorten(b.id, label_w).ljust(label_w) + " " + b.as_of.ljust(date_w) + " ")
        cells = [" "] * bar_w
        if shade:
            for i in range(shade[0], shade[1] + 1):
                cells[i] = "░"
        a, z = col(b.low), col(b.high)
        for i in range(a, z + 1):
            cells[i] = "█"
        if not math.isfinite(b.high):
            cells[-1] = "▶"
        style = (SEVERITY_STYLE[b.severity] if b.severity else
                 "blue" if b.role == "restatement" else
                 "green" if b.status == "agrees" else "")
        for ch in cells:
            out.append(ch, style=style if ch in "█▶" else "green dim" if ch == "░" else "")
        if b.role == "restatement" and b.original:
            out.append(f" ↳ {shorten(b.original, 14)}", style="blue")
        out.append("\n")
    pad = " " * (label_w + date_w + 2)
    left, right = fmt.compact(tl.vmin), fmt.compact(tl.vmax)
    out.append(pad + left + " " * max(1, bar_w - len(left) - len(right)) + right + "\n",
               style="dim")
    out.append(pad + "░ agreeing range  █ figure  ▶ open above  ↳ restates", style="dim")
    return out


# --- SVG ----------------------------------------------------------------------------------

def _ticks(tl: Timeline) -> list[float]:
    if tl.log:
        lo, hi = math.floor(math.log10(tl.vmin)), math.ceil(math.log10(tl.vmax))
        ticks = [10.0 ** k for k in range(lo, hi + 1)]
    else:
        step = 10 ** math.floor(math.log10((tl.vmax - tl.vmin) or 1))
        while (tl.vmax - tl.vmin) / step > 6:
            step *= 2
        first = math.ceil(tl.vmin / step) * step
        ticks = [first + i * step for i in range(int((tl.vmax - first) / step) + 1)]
    inside = [t for t in ticks if tl.vmin <= t <= tl.vmax]
    # An axis needs two labels to be read; a narrow range shows its two ends instead.
    return inside if len(inside) >= 2 else [tl.vmin, tl.vmax]


def svg(tl: Timeline, width: int = 760) -> str:
    """The timeline as an inline SVG element (no script, no external reference)."""
    def e(text) -> str:
        from reports.safe_text import terminal_safe
        return html.escape(terminal_safe(str(text)))
    row_h, top, label_w, right = 26, 34, 250, 20
    plot_w = width - label_w - right
    height = top + row_h * len(tl.bars) + 40
    rows = {b.id: top + row_h * i + row_h / 2 for i, b in enumerate(tl.bars)}

    def x(v: float) -> float:
        return label_w + tl.x(v) * plot_w

    scale = "log scale" if tl.log else "linear scale"
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" '
             f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
             f'font-family="sans-serif" font-size="12">',
             f'<title>{e(tl.metric)}: figures by as_of, {e(tl.unit)}, {scale}</title>',
             f'<text x="0" y="16" font-weight="bold">{e(tl.metric)}</text>',
             f'<text x="{width}" y="16" text-anchor="end" fill="#555">{e(tl.unit)}, '
             f'{scale}</text>']
    if math.isfinite(tl.agree_low):
        a, z = x(tl.agree_low), x(tl.agree_high)
        parts.append(f'<rect class="agreeing" x="{a:.1f}" y="{top - 4}" '
                     f'width="{max(z - a, 1.5):.1f}" height="{row_h * len(tl.bars) + 8}" '
                     f'fill="{AGREE_COLOUR}" fill-opacity="0.15"><title>agreeing range '
                     f'{e(fmt.interval(tl.agree_low, tl.agree_high, tl.unit))}</title></rect>')
    axis_y = top + row_h * len(tl.bars) + 8
    parts.append(f'<line x1="{label_w}" y1="{axis_y}" x2="{label_w + plot_w}" y2="{axis_y}" '
                 f'stroke="#999"/>')
    for t in _ticks(tl):
        parts.append(f'<line x1="{x(t):.1f}" y1="{axis_y}" x2="{x(t):.1f}" y2="{axis_y + 4}" '
                     f'stroke="#999"/><text x="{x(t):.1f}" y="{axis_y + 17}" '
                     f'text-anchor="middle" fill="#555">{e(fmt.compact(t))}</text>')
    for b in tl.bars:
        if b.role == "restatement" and b.original in rows:
            y0, y1 = rows[b.original], rows[b.id]
            xm = x(b.low) + (x(b.high) - x(b.low)) / 2 if math.isfinite(b.high) else x(b.low)
            parts.append(f'<path class="restates" d="M {xm:.1f} {y1:.1f} L {xm:.1f} {y0:.1f}" '
                         f'stroke="{RESTATEMENT_COLOUR}" stroke-dasharray="3 3" fill="none"/>')
    for b in tl.bars:
        y = rows[b.id]
        colour = (SEVERITY_COLOUR[b.severity] if b.severity else
                  RESTATEMENT_COLOUR if b.role == "restatement" else
                  AGREE_COLOUR if b.status == "agrees" else OTHER_COLOUR)
        a, z = x(b.low), x(b.high)
        label = f"{b.as_of}  {shorten(b.id, 26)}"
        parts.append(f'<text x="0" y="{y + 4:.1f}" fill="#222">{e(label)}</text>')
        what = f"{b.id}: {fmt.interval(b.low, b.high, tl.unit)}"
        if b.severity:
            what += f" ({b.severity})"
        if b.role == "restatement" and b.original:
            what += f", restates {b.original}"
        parts.append(f'<g class="figure" data-id="{e(b.id)}"><title>{e(what)}</title>'
                     f'<rect x="{a:.1f}" y="{y - 6:.1f}" width="{max(z - a, 3):.1f}" height="12" '
                     f'fill="{colour}" rx="2"/>')
        if not math.isfinite(b.high):
            parts.append(f'<path d="M {z:.1f} {y - 8:.1f} L {z + 8:.1f} {y:.1f} L {z:.1f} '
                         f'{y + 8:.1f} Z" fill="{colour}"/>')
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)
