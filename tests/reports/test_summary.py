"""The summary is computed once (reports.tables.summarize) and the three views say the same."""
import json
import re

from click.testing import CliRunner

from cli.app import cli

FIGURES = "tests/fixtures/figures.csv"


def test_terminal_html_and_json_give_the_same_summary(tmp_path):
    run = CliRunner().invoke
    s = json.loads(run(cli, ["report", "--json", "--figures", FIGURES]).output)["summary"]
    page = tmp_path / "r.html"
    assert run(cli, ["export", "--figures", FIGURES, "-o", str(page)]).exit_code == 0
    html = page.read_text(encoding="utf-8")
    ids = {k: int(v) for k, v in re.findall(r'id="n-([a-z]+)">(\d+)<', html)}
    assert ids == {"discrepancies": s["discrepancies"], "involved": s["figures_involved"],
                   "figures": s["figures"], "metrics": s["metrics"], "sources": s["sources"],
                   "info": s["info_notes"]}
    lines = run(cli, ["report", "--figures", FIGURES]).output.splitlines()
    assert lines[0].startswith(f"figrecon: {s['figures']} figures · {s['metrics']} metrics · "
                               f"{s['sources']} sources")
    by = s["by_severity"]
    assert lines[1] == (f"{s['discrepancies']} discrepancies: {by['high']} high, "
                        f"{by['medium']} medium, {by['low']} low, involving "
                        f"{s['figures_involved']} figures")
