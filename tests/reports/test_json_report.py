"""`report --json` streamed (reports.json_report): the same text as the whole document dumped at
once, for any chunk size, any table (none, one row, a chunk's boundary) and any cell."""
import json
from pathlib import Path

import numpy as np
import pytest

from reconcile.engines.local import filter_findings, reconcile
from reconcile.store.figures import load_figures
from reports.json_report import document_pieces
from reports.tables import document
from tests.helpers import run

FIGURES = Path(__file__).resolve().parents[1] / "fixtures" / "figures.csv"


@pytest.fixture(scope="module")
def rec():
    return reconcile(load_figures(FIGURES), "USD")


def whole(rec, counted, shown, figures, whole_run):
    return json.dumps(document(rec, counted, shown, figures, whole_run), ensure_ascii=False,
                      indent=2) + "\n"


def streamed(rec, counted, shown, figures, whole_run, findings_step, figures_step):
    steps = {"findings": findings_step, "figures": figures_step}
    return "".join(document_pieces(rec, counted, shown, figures, whole_run, steps))


def odd_cells(figures):
    """The figures with cells json writes otherwise: missing, not finite, non-ASCII, escaped."""
    n = len(figures)
    quotes = ["naïve “quoted” \"x\"\n\t\u2028 ₩ %s 😀"] * n
    lows = np.resize([np.nan, np.inf, -np.inf, 0.1, -0.0, 1e300], n)
    return figures.assign(quote=quotes, n_low=lows, source=None)


@pytest.mark.parametrize("figures_step", [1, 2, 3, 7, 10_000])
@pytest.mark.parametrize("findings_step", [1, 2, 5, 10_000])
def test_the_streamed_document_is_the_whole_one_dumped(rec, findings_step, figures_step):
    counted = filter_findings(rec.findings, None, "info")
    for shown in (counted, counted.head(1), counted.head(findings_step), counted.head(0)):
        for figs, whole_run in ((rec.figures, True), (rec.figures.head(figures_step), False),
                                (rec.figures.head(figures_step + 1), False),
                                (rec.figures.head(1), False), (rec.figures.head(0), False),
                                (odd_cells(rec.figures), True)):
            assert (streamed(rec, counted, shown, figs, whole_run, findings_step, figures_step)
                    == whole(rec, counted, shown, figs, whole_run))


def test_a_run_without_findings_streams_empty_lists():
    one = reconcile(load_figures(FIGURES).head(1), "KRW")
    none = one.findings.head(0)
    text = streamed(one, none, none, one.figures.head(0), False, 2, 2)
    assert text == whole(one, none, none, one.figures.head(0), False)
    assert '"findings": [],\n  "figures": []\n}\n' in text


def test_report_json_writes_the_streamed_document(rec):
    r = run("report", "--figures", FIGURES, "--json", "--min-severity", "info", "--limit", "3")
    counted = filter_findings(rec.findings, None, "info")
    assert r.exit_code == 0
    assert r.stdout == whole(rec, counted, counted.head(3), rec.figures, True)
