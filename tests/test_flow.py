"""The one-way flow: amounts read once and carried, no pint (a unit table instead), no module
reaching back up (extraction does not load figures, reports do not write, checks fetch no rates)."""
import ast
import subprocess
import sys
from pathlib import Path

import currency.readings
from reconcile.figures import load_figures
from reconcile.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]


def test_each_amount_is_read_once_for_validation_and_normalization():
    """Counts calls of the reader however a module imported it (a profiler sees every call)."""
    from currency.reader import read_amount
    code = read_amount.__code__
    calls = []

    def count(frame, event, arg):
        if event == "call" and frame.f_code is code:
            calls.append(frame.f_locals["text"])
    currency.readings.read_once.cache_clear()
    sys.setprofile(count)
    try:
        figures = load_figures(ROOT / "tests" / "fixtures" / "figures.csv")
        normalize(figures)
    finally:
        sys.setprofile(None)
    assert sorted(calls) == sorted(figures["amount"].unique())


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "; import sys; print(' '.join(sys.modules))"],
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return set(out.split())


def test_pint_is_never_loaded():
    money_only = ("import pandas as pd; from reconcile import reconcile; reconcile(pd.DataFrame("
                  "dict(id=['a'], metric='m', amount=['$1B'], as_of='2020', published='2020', "
                  "source='s', quote='q')))")
    assert "pint" not in _modules_after(money_only)
    durations = money_only.replace("$1B", "5일")
    assert "pint" not in _modules_after(durations)      # durations become days by a unit table


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return names


def test_no_module_reaches_back_up_the_flow():
    for path in (ROOT / "currency").glob("*.py"):            # text -> amount: the first stage
        assert not {m for m in _imports(path) if m.split(".")[0] in ("reconcile", "reports")}, \
            path
    for path in (ROOT / "reports").glob("*.py"):             # reports render, never write
        bad = {"reconcile.store", "click"} & _imports(path)
        assert not bad, (path, bad)
    for path in (ROOT / "reconcile" / "checks").glob("*.py"):  # checks get rates from figures
        assert "currency.rates" not in _imports(path), path
    for path in (ROOT / "reconcile").rglob("*.py"):          # the library never uses click
        assert "click" not in _imports(path), path


def test_the_command_line_sits_on_top_and_only_main_enters_it():
    """The library packages never import the command line or click; of the project's modules
    outside cli/ only main.py imports cli (tests may reach into it)."""
    def top(names):
        return {m.split(".")[0] for m in names}
    for package in ("reconcile", "currency", "reports"):
        for path in (ROOT / package).rglob("*.py"):
            bad = {"cli", "click"} & top(_imports(path))
            assert not bad, (path, bad)
    for path in ROOT.rglob("*.py"):
        parts = path.relative_to(ROOT).parts
        if parts[0] in ("cli", "tests") or path.name == "main.py":
            continue
        assert "cli" not in top(_imports(path)), path
    assert "cli" in top(_imports(ROOT / "main.py"))
