"""The reader behind the commands: `add` reads the whole cell, `convert -` survives any line."""
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from main import cli

ROOT = Path(__file__).resolve().parents[2]


def run(*args, stdin=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=stdin)


def add(path, amount):
    return run("add", "--id", "t-new", "--metric", "microsoft_investment_2019", "--amount",
               amount, "--as-of", "2019-07-22", "--published", "2019-07-22", "--source", "t.txt",
               "--quote", "q", "--figures", path)


@pytest.mark.parametrize("amount, words", [
    ("$1 bilion", "bilion' after '$1' (column 4)"),
    ("10억 달라", "달라' after '10억': did you mean 달러? (column 5)"),
    ("2,000 KWD", "no exchange rates"),
    ("-5억 달러", "negative"),
])
def test_add_reads_the_whole_amount_and_leaves_the_file_untouched(tmp_path, amount, words):
    figures = tmp_path / "figures.csv"
    shutil.copy(ROOT / "tests" / "fixtures" / "figures.csv", figures)
    before = figures.read_bytes()
    r = add(figures, amount)
    assert r.exit_code == 2, r.output
    assert words in r.stderr
    assert figures.read_bytes() == before


def test_add_accepts_a_new_form(tmp_path):
    figures = tmp_path / "figures.csv"
    shutil.copy(ROOT / "tests" / "fixtures" / "figures.csv", figures)
    r = add(figures, "10억 달러 이상")
    assert r.exit_code == 0, r.output


def test_convert_batch_survives_case_folding_letters_and_unrated_currencies():
    r = run("convert", "-", "--json", stdin="ſeveral billion\n5 \u212a\n2,000 KWD\n$5 billion\n")
    assert r.exit_code == 2
    assert "Traceback" not in r.output
    assert '"currency": "USD"' in r.stdout          # the good line is still converted
    assert "no exchange rate for KWD" in r.stderr and "covers" in r.stderr


@pytest.mark.parametrize("text", ["$5 billion won", "€12 million GBP"])
def test_convert_refuses_a_typed_amount_of_two_currencies(text):
    r = run("convert", text)
    assert r.exit_code == 2 and "names two currencies" in r.stderr, r.output
