"""The terminal report as a reader meets it: summary first, the discrepancies next, nothing
split at 80 columns; and the options that shape it (--metric, --all, --fail-on, --json)."""
import io
import json
import re
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from rich.cells import cell_len
from rich.console import Console

from currency import formatting as fmt
from main import cli
from reconcile.engines.local import filter_findings, reconcile
from reconcile.model import uncertainty
from reconcile.model.normalize import rate_source
from reconcile.store.figures import load_figures
from reports.layout import atoms, pack, rate_bands, rate_parts, rate_quote, shorten, wrap
from reports.terminal import View, print_report
from reports.xlsx import quoted_rates

FIGURES = Path(__file__).resolve().parents[1] / "fixtures" / "figures.csv"


@pytest.fixture(scope="module")
def rec():
    return reconcile(load_figures(FIGURES), "USD")


def render(rec, width, min_severity="low", metric=None, **kw) -> list[str]:
    buf = io.StringIO()
    console = Console(file=buf, width=width, color_system=None, legacy_windows=False)
    figs = rec.figures if metric is None else rec.figures[rec.figures["metric"].eq(metric)]
    view = View(figs, filter_findings(rec.findings, metric, "info"),
                filter_findings(rec.findings, metric, min_severity), min_severity,
                chart_metric=metric, **kw)
    print_report(console, rec, view, str(FIGURES), metric)
    return buf.getvalue().splitlines()


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.mark.parametrize("width", [80, 120])
def test_the_first_discrepancy_is_within_the_first_15_lines(rec, width):
    lines = render(rec, width)
    first = next(i for i, line in enumerate(lines) if re.match(r"1\. HIGH ", line))
    assert first < 15
    assert "2 high, 0 medium, 1 low" in "\n".join(lines[:first])   # the summary comes before


@pytest.mark.parametrize("width", [80, 120])
def test_nothing_is_split_or_cut_at_the_width(rec, width):
    lines = render(rec, width, min_severity="info", all_metrics=True)
    assert all(cell_len(line) <= width for line in lines)
    text = "\n".join(lines)
    figs = rec.figures
    for r in figs.itertuples():          # every id, interval and as_of whole on some line
        assert any(r.id in line for line in lines), r.id
        interval = fmt.interval(r.n_low, r.n_high, r.n_unit)
        assert any(interval in line for line in lines), interval
        assert any(f"as of {r.as_of}" in line for line in lines)
        assert any(f"published {r.published}" in line for line in lines)
    assert "…" not in text                        # nothing on the sample needed cutting


@pytest.mark.parametrize("width", [30, 44])
def test_a_line_longer_than_the_width_is_cut_on_its_own_line_not_wrapped(rec, width):
    # The report prints a block of lines in one call: each line is still cut where it ends.
    lines = render(rec, width)
    assert all(cell_len(line) <= width for line in lines)
    at = next(i for i, line in enumerate(lines) if re.match(r"\d+ discrepancies: ", line))
    assert lines[at].endswith("…")
    assert "involving" not in lines[at + 1]       # the rest of the line is not on the next


def test_flag_marks_only_the_figures_judged_wrong(rec):
    lines = render(rec, 120)
    marked = {m.group(1) for line in lines for m in [re.match(r"\s+✗ (\S+)", line)] if m}
    flagged = {i for f in filter_findings(rec.findings, None, "low")["flagged"] for i in f}
    assert marked == flagged
    assert "a1-ms-2019" not in marked             # a yardstick, not a wrong figure


def test_info_is_hidden_by_default_with_a_count_and_how_to_show_it(rec):
    text = "\n".join(render(rec, 100))
    n_info = int((rec.findings["severity"] == "info").sum())
    assert n_info and f"{n_info} info (--min-severity info shows them)" in text
    assert "INFO" not in text
    assert "INFO" in "\n".join(render(rec, 100, min_severity="info"))


def test_only_metrics_with_a_finding_get_a_table_unless_all(rec):
    default = "\n".join(render(rec, 120))
    every = "\n".join(render(rec, 120, all_metrics=True))
    assert "\nmusk_pledge_to_openai" not in default and "\nmusk_pledge_to_openai" in every
    assert "--all lists every metric" in default


def test_long_ids_are_shortened_in_the_middle_and_stay_distinct():
    a, b = "reuters-2024-01-15-openai-funding-a.txt", "reuters-2024-01-15-openai-funding-b.txt"
    sa, sb = shorten(a, 20), shorten(b, 20)
    assert len(sa) == 20 and "…" in sa and sa != sb
    assert sa.startswith("reuters") and sa.endswith("a.txt")
    assert shorten("short", 20) == "short"


def test_pack_and_wrap_never_break_inside_a_unit():
    units = ["a1-chatgpt-2months", "001_b57e95ab5ba13fac.txt", "as of 2022-12",
             "published 2023-01-24"]
    for width in (30, 40, 80):
        lines = pack(units, width)
        assert all(cell_len(line) <= width for line in lines)
        assert sum(u in line for u in units for line in lines) == len(units)
    narrow = pack(units, 20)       # a unit wider than the line is shortened, not split
    assert all(cell_len(line) <= 20 for line in narrow) and narrow[1] == "001_b57e95…13fac.txt"
    assert "[50 mn, 150 mn]" in atoms("It gives [50 mn, 150 mn] USD, 4.5 % above")
    assert "4.5 %" in atoms("It gives [50 mn, 150 mn] USD, 4.5 % above")
    assert all(cell_len(line) <= 12 for line in wrap("약 두 달 만에 100만 명을 넘어섰다", 12))


@pytest.mark.parametrize("currency, fid", [("KRW", "a4-ms-billions"),
                                           ("USD", "a2-hololens-price")])
def test_a_rate_band_reads_low_to_high_with_dates_in_time_order(currency, fid):
    figs = reconcile(load_figures(FIGURES), currency).figures
    r = next(figs[figs["id"].eq(fid)].itertuples())
    band, _, when = rate_parts(r)
    lo, hi = (float(x.replace(",", "")) for x in re.findall(r"[\d,]+\.\d+", band))
    assert lo < hi and "KRW/USD" in band
    d1, d2 = re.findall(r"\d{4}-\d\d-\d\d", when)
    assert d1 < d2


def test_a_figure_line_can_be_recomputed_by_hand_from_the_rates_it_shows():
    # 1조원 stands for 0.5조 to 1.5조 (its rounding); the line's interval is those ends over the
    # band it names as used, the ECB band beside it widened by the rate-source allowance.
    figs = reconcile(load_figures(FIGURES), "USD").figures
    r = next(figs[figs["id"].eq("a2-ms-1jo")].itertuples())
    band, ecb, _ = rate_parts(r)
    lo, hi = (float(x.replace(",", "")) for x in re.findall(r"[\d,]+\.\d+", band))
    assert band.endswith(" KRW/USD")
    assert fmt.interval(0.5e12 / hi, 1.5e12 / lo, "USD") == fmt.interval(r.n_low, r.n_high,
                                                                          r.n_unit)
    e_lo, e_hi = (float(x.replace(",", "")) for x in re.findall(r"[\d,]+\.\d+", ecb))
    assert ecb.startswith("ECB ") and "±1% for the rate source" in ecb
    assert lo < e_lo < e_hi < hi
    assert abs(hi / e_hi - 1.01) < 0.001 and abs(e_lo / lo - 1.01) < 0.001


@pytest.mark.parametrize("rate, base, quote", [(1 / 1300.5, "KRW", "USD"),
                                                 (7.8499, "USD", "HKD")])
def test_an_ecb_band_of_one_fixing_says_its_rate_once(rate, base, quote):
    # The band used is widened either way; the ECB band of one rate reads as that rate.
    band, ecb = rate_bands(rate, rate, base, quote)
    assert "–" in band and "–" not in ecb
    assert ecb == f"ECB {fmt.rate(rate, base, quote)} ±1% for the rate source"


@pytest.mark.parametrize("lo, hi", [(0.985, 0.995), (0.95, 0.97), (1.003, 1.02), (1 / 1300.5,
                                                                            1 / 1290.2)])
def test_the_report_and_the_workbook_read_a_rate_band_one_way(lo, hi):
    # A band just under one, widened past it, must not read CHF/EUR in the report and EUR/CHF
    # in the workbook: both read it as its ECB band is quoted.
    used = uncertainty.widen(lo, hi)
    t = pd.DataFrame({"currency": ["CHF"], "normalized_unit": ["EUR per year"],
                      "rate_min": [lo], "rate_max": [hi], "rate_used_min": [used[0]],
                      "rate_used_max": [used[1]], "rate_min_date": ["2024-01-02"],
                      "rate_max_date": ["2024-03-04"]}, dtype=object)
    band, ecb = rate_bands(lo, hi, "CHF", "EUR")
    unit = quoted_rates(t)["rate_unit"].iat[0]
    assert band.endswith(f" {unit}") and ecb.startswith("ECB ") and f" {unit} " in ecb
    assert unit == ("CHF/EUR" if hi < 1 else "EUR/CHF")


def test_the_currency_rates_convert_to_is_the_normalized_units_first_word():
    assert rate_quote("USD per year") == "USD" and rate_quote("KRW") == "KRW"


def test_metric_summary_counts_what_is_shown(rec):
    lines = render(rec, 120, metric="microsoft_investment_2019")
    assert lines[0].startswith("figrecon: 4 figures · metric microsoft_investment_2019")
    assert lines[1].startswith("1 discrepancy: 1 high, 0 medium, 0 low, involving 4 figures")
    assert "█" in "\n".join(lines)          # --metric draws its timeline


def test_unknown_metric_suggests_the_closest():
    r = run("report", "--figures", FIGURES, "--metric", "microsoft_investment_219")
    assert r.exit_code == 2
    assert "did you mean microsoft_investment_2019" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_fail_on_names_the_findings_on_one_stderr_line():
    r = run("report", "--figures", FIGURES, "--fail-on", "high")
    assert r.exit_code == 1
    line, = r.stderr.strip().splitlines()
    assert "a1-chatgpt-2months" in line and "a2-ms-100m" in line and "a4-ms-billions" not in line
    assert run("report", "--figures", FIGURES, "--fail-on", "high", "--metric",
               "openai_funding_round_2024").stderr == ""


def test_report_json_is_one_document_with_findings_and_figures():
    r = run("report", "--figures", FIGURES, "--json")
    assert r.exit_code == 0
    doc = json.loads(r.stdout)
    s = doc["summary"]
    # Issue 18: the 2024 round's unstated parts are info now, and 1200억원 이상 for $120m a true
    # bound (3 discrepancies, not 5).
    assert (s["figures"], s["discrepancies"], s["by_severity"]["high"]) == (39, 3, 2)
    assert len(doc["findings"]) == 3 and len(doc["figures"]) == 39
    assert {f["severity"] for f in doc["findings"]} == {"high", "low"}
    involved = {i for f in doc["findings"] for i in f["figures"]}
    assert s["figures_involved"] == len(involved)
    flagged = {f["id"]: f["flag"] for f in doc["figures"] if f["flag"]}
    assert flagged["a2-ms-100m"] == "high" and "a1-ms-2019" not in flagged
    one = next(f for f in doc["figures"] if f["id"] == "a2-ms-1jo")
    assert one["normalized_min"] < one["normalized_max"] and one["rate_min_date"]


def test_progress_goes_to_a_terminal_stderr_only(monkeypatch, tmp_path):
    import cli.report
    big = tmp_path / "f.csv"
    big.write_text("x\n" * 10, encoding="utf-8")
    monkeypatch.setattr(cli.report, "PROGRESS_LINES", 5)
    monkeypatch.setattr(cli.report.sys.stderr, "isatty", lambda: False, raising=False)
    assert cli.report._progress(big).__enter__() is None
    monkeypatch.setattr(cli.report.sys.stderr, "isatty", lambda: True, raising=False)
    from rich.progress import Progress
    progress = cli.report._progress(big)
    assert isinstance(progress, Progress) and progress.console.stderr


def _metric_file(tmp_path, n: int, wrong_at: tuple[int, ...]):
    """`n` made-up reports that Brindle Works raised $40 million, some saying $90 million."""
    from reconcile.store.figures import COLUMNS
    path = tmp_path / "f.csv"
    rows = [f"b{i},brindle_raise,${90 if i in wrong_at else 40} million,2021,2021,s{i}.txt,"
            f"q{i},,,,," for i in range(n)]
    path.write_text(",".join(COLUMNS) + "\n" + "\n".join(rows) + "\n")
    return path


def test_a_metric_of_thousands_of_figures_lists_its_flagged_ones_and_says_how_many_are_left(
        tmp_path):
    from reports.terminal import METRIC_SHOWN
    from tests.helpers import run
    wrong = (METRIC_SHOWN + 40, 2 * METRIC_SHOWN + 7)
    path = _metric_file(tmp_path, 3 * METRIC_SHOWN, wrong)
    out = run("report", "--figures", path).stdout
    table = out[out.index("Figures of the metrics"):]
    listed = [line.split()[1] for line in table.splitlines() if line.lstrip().startswith(("✗", "·"))]
    assert len(listed) == METRIC_SHOWN
    # The flagged figures, though late in the file, are listed; the rest in the file's order.
    assert {f"b{i}" for i in wrong} <= set(listed)
    assert listed[:3] == ["b0", "b1", "b2"]
    assert f"and {2 * METRIC_SHOWN:,} more figures of brindle_raise, not listed" in \
        " ".join(table.split())


def test_a_metric_within_the_bound_lists_every_figure(tmp_path):
    from reports.terminal import METRIC_SHOWN
    from tests.helpers import run
    out = run("report", "--figures", _metric_file(tmp_path, METRIC_SHOWN, (5,))).stdout
    table = out[out.index("Figures of the metrics"):]
    assert sum(line.lstrip().startswith(("✗", "·")) for line in table.splitlines()) == METRIC_SHOWN
    assert "more figures of brindle_raise" not in table


def test_the_figures_left_unlisted_are_counted_in_good_english():
    from reports.terminal import FIGURES_SHOWN
    from tests.helpers import table
    agreeing = [dict(metric="m", amount="$1 billion", source=f"s{i}.txt")
                for i in range(FIGURES_SHOWN)]
    one_over = reconcile(table(*agreeing, dict(metric="m", amount="$10 billion")), "USD")
    buf = io.StringIO()
    view = View(one_over.figures, one_over.findings, one_over.findings, "low")
    print_report(Console(file=buf, width=100, color_system=None), one_over, view, "f.csv", None)
    assert "… and 1 more figure of this finding" in buf.getvalue()


@pytest.mark.parametrize("args, heading", [
    ((), "Discrepancies, most severe first"),
    (("--min-severity", "info"), "Discrepancies and info notes, most severe first"),
    (("--min-severity", "info", "--metric", "openai_google_cloud_spend_annual"), "Info notes"),
])
def test_the_list_is_called_by_what_it_holds(args, heading):
    # An info note is no discrepancy: a list holding one says so, in the terminal and the page.
    out = run("report", "--figures", FIGURES, *args)
    assert out.exit_code == 0 and heading in out.stdout.splitlines()
    # export shows info notes unless told: the report's default asked of it too.
    shown = args if "--min-severity" in args else ("--min-severity", "low", *args)
    page = run("export", "--figures", FIGURES, "--format", "html", *shown)
    assert f"<h2>{heading.split(',')[0]}</h2>" in page.stdout


@pytest.mark.parametrize("dates, exact", [(("2015-06-18", "2015-07-20"), True),
                                          (("2010-06-18", "2010-07-20"), False)])
def test_a_currency_the_euro_replaced_is_said_at_its_fixed_euro_rate(dates, exact):
    # After its changeover the ECB fixed no EEK: the rate is the euro's fixing times a fixed one.
    _, ecb = rate_bands(13.7, 14.4, "EEK", "USD", rate_source("EEK", "USD", dates))
    assert ("15.6466 EEK/EUR (irrevocable)" in ecb) == exact
    assert ecb.startswith("ECB 13.7") != exact


def test_a_band_across_a_changeover_keeps_its_ecb_numbers():
    # SKK's last ECB fixing was on 2008-12-31: a band from then into 2009 is ECB fixings, then
    # the euro's at a fixed rate; both the band's numbers and the changeover are said.
    source = rate_source("SKK", "USD", ("2008-12-31", "2009-01-02"))
    _, ecb = rate_bands(21.38, 21.73, "SKK", "USD", source)
    assert ecb.startswith("ECB 21.38") and "30.126 SKK/EUR" in ecb
