"""Timelines: a log axis when the values span more than ten times, the agreeing range shaded,
wrong figures in their severity's colour, restatements linked to their original."""
import io
import re
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console

from reconcile.engines.local import reconcile
from reconcile.store.figures import load_figures
from reports import charts
from reports.tables import worst_by_figure
from tests.helpers import table

FIGURES = Path(__file__).resolve().parents[1] / "fixtures" / "figures.csv"


@pytest.fixture(scope="module")
def rec():
    return reconcile(load_figures(FIGURES), "USD")


def line_of(rec, metric):
    return charts.timeline(rec.figures[rec.figures["metric"].eq(metric)],
                           worst_by_figure(rec.findings))


def test_log_scale_only_past_a_factor_of_ten(rec):
    assert line_of(rec, "microsoft_investment_2019").log            # 50 mn to 1.36 bn
    assert not line_of(rec, "openai_google_cloud_spend_annual").log  # 89 mn to 125 mn
    tl = line_of(rec, "microsoft_investment_2019")
    assert tl.x(tl.vmin) == 0 and tl.x(tl.vmax) == 1
    # on a log axis, 300 mn lies as far from 100 mn as 900 mn from 300 mn
    assert abs((tl.x(9e8) - tl.x(3e8)) - (tl.x(3e8) - tl.x(1e8))) < 1e-9


def test_svg_shades_the_agreeing_range_and_colours_the_outlier(rec):
    tl = line_of(rec, "microsoft_investment_2019")
    svg = charts.svg(tl)
    assert svg.startswith("<svg") and "<script" not in svg
    assert 'class="agreeing"' in svg and "log scale" in svg
    outlier = re.search(r'data-id="a2-ms-100m"><title>[^<]*</title><rect [^>]*fill="([^"]+)"',
                        svg).group(1)
    agree = re.search(r'data-id="a1-ms-2019"><title>[^<]*</title><rect [^>]*fill="([^"]+)"',
                      svg).group(1)
    assert outlier == charts.SEVERITY_COLOUR["high"] and agree == charts.AGREE_COLOUR
    # rows in as_of order: 2019 before 2019-07-22
    assert [b.id for b in tl.bars].index("a1-ms-2019") == len(tl.bars) - 1


def test_a_restatement_is_linked_to_its_original(rec):
    svg = charts.svg(line_of(rec, "microsoft_investment_2023"))
    assert svg.count('class="restates"') == 1
    assert "restates a1-10b-usd" in svg
    no_restatement = charts.svg(line_of(rec, "microsoft_investment_2019"))
    assert 'class="restates"' not in no_restatement


def test_open_sides_and_a_single_figure_draw_without_error():
    rec = reconcile(table(dict(metric="m", amount="$1B 이상")))
    tl = charts.timeline(rec.figures, {})
    assert tl.x(float("inf")) == 1.0 and "<path" in charts.svg(tl)


@pytest.mark.parametrize("width", [60, 80, 120])
def test_terminal_bars_fit_the_width(rec, width):
    text = charts.terminal(line_of(rec, "microsoft_investment_2019"), width)
    buf = io.StringIO()
    Console(file=buf, width=width, color_system=None).print(text, no_wrap=True, crop=True)
    lines = buf.getvalue().splitlines()
    assert all(cell_len(line) <= width for line in lines)
    row = next(line for line in lines if line.startswith("a2-ms-100m"))
    assert "█" in row and "░" in next(line for line in lines if line.startswith("a2-ms-100m"))
    assert "log scale" in lines[0]


def test_report_charts_option_draws_every_metric_with_a_discrepancy():
    from click.testing import CliRunner

    from main import cli
    r = CliRunner().invoke(cli, ["report", "--figures", str(FIGURES), "--charts"])
    assert r.exit_code == 0
    assert r.stdout.count("░ agreeing range") == 3      # issue 18: one remainder is info now; stop 38: a true bound too
    plain = CliRunner().invoke(cli, ["report", "--figures", str(FIGURES)])
    assert "░ agreeing range" not in plain.stdout
