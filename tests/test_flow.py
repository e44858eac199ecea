"""The one-way flow: amounts read once and carried, no pint (a unit table instead), no module
reaching back up (extraction does not load figures, reports do not write, checks fetch no rates)."""
import ast
import functools
import subprocess
import sys
from pathlib import Path

import currency.text.readings
from reconcile.model.normalize import normalize
from reconcile.store.figures import load_figures

ROOT = Path(__file__).resolve().parents[1]


def test_each_amount_is_read_once_for_validation_and_normalization():
    """Counts calls of the reader however a module imported it (a profiler sees every call)."""
    from currency.text.reader import read_amount
    code = read_amount.__code__
    calls = []

    def count(frame, event, arg):
        if event == "call" and frame.f_code is code:
            calls.append(frame.f_locals["text"])
    currency.text.readings.read_once.cache_clear()
    sys.setprofile(count)
    try:
        figures = load_figures(ROOT / "tests" / "fixtures" / "figures.csv")
        normalize(figures)
    finally:
        sys.setprofile(None)
    assert sorted(calls) == sorted(figures["amount"].unique())


def _modules_after(*steps: str) -> list[set[str]]:
    """The modules loaded after each of `steps`, run in turn in one fresh interpreter."""
    listing = "; import sys; print(' '.join(sys.modules))"
    code = "\n".join(step + listing for step in steps)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout
    return [set(line.split()) for line in out.splitlines()]


def test_pint_is_never_loaded():
    money_only = ("import pandas as pd; from reconcile import reconcile; reconcile(pd.DataFrame("
                  "dict(id=['a'], metric='m', amount=['$1B'], as_of='2020', published='2020', "
                  "source='s', quote='q')))")
    durations = money_only.replace("$1B", "5일")
    # durations become days by a unit table
    assert ["pint" in loaded for loaded in _modules_after(money_only, durations)] == [False] * 2


# Parsed once a session: the three import tests read the same files, which a run never changes.
@functools.cache
def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return frozenset(names)


# The rooms of the library in the order data flows through them: a module may import its own room
# and the rooms before it, never one after it (text -> amount -> figure -> interval -> finding).
ROOMS = ("currency", "reconcile.store", "reconcile.model", "reconcile.checks", "reconcile.engines",
         "reconcile.api", "reconcile.intake", "reconcile.scan", "reports")


def _room(module: str) -> str | None:
    if module == "reconcile":                   # the package's front door re-exports the api
        return "reconcile.api"
    return next((r for r in sorted(ROOMS, key=len, reverse=True)
                 if module == r or module.startswith(r + ".")), None)


def _module_of(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _library_modules():
    for package in ("currency", "reconcile", "reports"):
        for path in (ROOT / package).rglob("*.py"):
            yield _module_of(path), path


def test_no_module_reaches_back_up_the_flow():
    order = {room: i for i, room in enumerate(ROOMS)}
    # intake (extract --add) and scan both sit on the engines; scan proposes through intake.
    order["reconcile.intake"] = order["reconcile.api"]
    for module, path in _library_modules():
        here = _room(module)
        for name in _imports(path):
            there = _room(name)
            if there is None or here is None:
                continue
            assert order[there] <= order[here], (path, name)
    for path in (ROOT / "reports").rglob("*.py"):  # reports render, never write or open data
        bad = {m for m in _imports(path) if m.startswith(("reconcile.store", "currency.data"))} | (
            {"click"} & _imports(path))
        assert not bad, (path, bad)
    for path in (ROOT / "reconcile" / "checks").rglob("*.py"):  # checks get rates from figures
        assert not {m for m in _imports(path) if m.startswith("currency.data.rates")}, path


def test_no_import_circle():
    """Following every import (deferred ones too) from any library module never leads back to it."""
    modules = dict(_library_modules())
    graph = {m: {n for n in _imports(p) if n in modules and n != m} for m, p in modules.items()}
    state: dict[str, int] = {}

    def visit(m, trail):
        state[m] = 1
        for n in graph[m]:
            assert state.get(n) != 1, " -> ".join(trail + [m, n])
            if n not in state:
                visit(n, trail + [m])
        state[m] = 2
    for m in graph:
        if m not in state:
            visit(m, [])


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
