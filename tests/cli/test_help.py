"""Help and conventions: every option says its format or choices, every command's help ends with
examples, the command list is never cut, and --metric completes from the figures file."""
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from main import cli

FIGURES = Path(__file__).resolve().parents[1] / "fixtures" / "figures.csv"
# The group loads its commands lazily: ask it, as --help does (cli.commands holds none).
COMMANDS = sorted(cli.list_commands(click.Context(cli)))


def command(name: str) -> click.Command:
    return cli.get_command(click.Context(cli), name)


def help_of(*args, width=80):
    r = CliRunner().invoke(cli, [*args, "--help"], terminal_width=width)
    assert r.exit_code == 0
    return r.stdout


def test_the_command_list_is_never_cut():
    assert len(COMMANDS) == 10
    text = help_of()
    assert "..." not in text[text.index("Commands:"):]
    for name in COMMANDS:
        first = (command(name).short_help or command(name).help or "").split("\n")[0]
        assert " ".join(first.split()[:4]) in " ".join(text.split())


@pytest.mark.parametrize("name", COMMANDS)
def test_each_command_help_ends_with_examples(name):
    text = help_of(name).rstrip()
    tail = text[text.rindex("Examples:"):].splitlines()[1:]
    assert 2 <= sum(line.strip().startswith("figrecon") or "| figrecon" in line
                    for line in tail) <= 4
    assert all(len(line) <= 80 for line in text.splitlines())


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_has_help_and_says_its_format(name):
    for p in command(name).params:
        if isinstance(p, click.Option) and p.name != "help":
            assert p.help, f"{name} {p.opts} has no help"
            if isinstance(p.type, click.Choice):
                assert "[" in help_of(name)          # click lists the choices
            if "date" in (p.metavar or "").lower() or p.name in ("as_of", "as_of_text"):
                assert "YYYY" in (p.help + (p.metavar or "")), f"{name} {p.opts}"


def test_metric_completes_from_the_figures_file():
    env = {"_FIGRECON_COMPLETE": "bash_complete",
           "COMP_WORDS": f"figrecon report --figures {FIGURES} --metric microsoft_investment_20",
           "COMP_CWORD": "5"}
    r = CliRunner().invoke(cli, [], prog_name="figrecon", env=env)
    got = [w.split(",", 1)[-1] for w in r.stdout.split()]     # bash: "plain,VALUE"
    assert "microsoft_investment_2019" in got and "microsoft_investment_2023" in got
    assert "chatgpt_users_milestone" not in got


@pytest.mark.parametrize("name", ["report", "export"])
def test_a_shared_option_names_no_other_command(name, tmp_path):
    # export shares report's options: "--figures: with report --engine dask ..." misleads there,
    # and export --engine dask reads a directory of parts as report does.
    others = [c for c in COMMANDS if c != name]
    for p in command(name).params:
        for other in others:
            assert f"{other} --" not in (getattr(p, "help", None) or ""), f"{name} {p.opts}"
    r = CliRunner().invoke(cli, [name, "--figures", str(tmp_path)])
    assert r.exit_code == 2 and "--engine dask" in r.stderr
    assert not any(f"{other} --engine" in r.stderr for other in others), r.stderr
