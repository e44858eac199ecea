"""The checks are documented from their registry: docs/checks.md, `figrecon checks`, `--check`."""
from pathlib import Path

from click.testing import CliRunner

from cli import cli
from reconcile.checks import CHECKS, DOCS, checks_markdown

ROOT = Path(__file__).resolve().parents[3]


def test_docs_checks_md_is_made_from_the_registry():
    # Regenerate with `figrecon checks --markdown > docs/checks.md` after changing a check's rule.
    assert (ROOT / "docs" / "checks.md").read_text(encoding="utf-8") == checks_markdown()


def test_every_registered_check_has_its_rule_and_severity():
    assert list(DOCS) == list(CHECKS)
    for d in DOCS.values():
        assert d.rule.strip() and d.severity.strip(), d.name


def test_the_checks_command_lists_every_check_in_run_order():
    out = CliRunner().invoke(cli, ["checks", "--markdown"]).output
    rows = [line.split("`")[1] for line in out.splitlines() if line.startswith("| `")]
    assert rows == list(CHECKS)
    table = CliRunner().invoke(cli, ["checks"], terminal_width=120).output
    for name in CHECKS:
        assert name in table


def test_an_unknown_check_names_the_registered_ones(tmp_path):
    figures = ROOT / "tests" / "fixtures" / "figures.csv"
    result = CliRunner().invoke(cli, ["report", "--figures", str(figures),
                                           "--check", "no_such_check"])
    assert result.exit_code == 2
    for name in CHECKS:
        assert name in result.output
