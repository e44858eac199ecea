"""Lists of ids stay tuples from the checks to the views: the findings table's `flagged`,
`against`, `figures` and `check` cells are tuples, joined to text only where a view writes text
cells (`reports.tables.cell_text`), and never split again."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("currency", "reconcile", "reports", "cli", "bench", "main.py")


def _splits_on_semicolon(path: Path) -> list[tuple[int, str, str]]:
    """Each `X.split(";")` of a module: its line, the function it is in, and the source of X."""
    text = path.read_text(encoding="utf-8")
    found = []

    def visit(node, func):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            func = node.name
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "split" and node.args
                and isinstance(node.args[0], ast.Constant) and node.args[0].value == ";"):
            found.append((node.lineno, func, ast.get_source_segment(text, node.func.value)))
        for child in ast.iter_child_nodes(node):
            visit(child, func)
    visit(ast.parse(text), "")
    return found


def test_no_findings_cell_is_split_on_semicolons():
    # The one ';'-separated list left is the figures file's own `part_of` cell (and the parts
    # of a total a check gathers from it): a split elsewhere reads ids a view should hold as a
    # tuple.
    files = [p for s in SOURCES for p in ((ROOT / s).rglob("*.py") if (ROOT / s).is_dir()
                                          else [ROOT / s])]
    bad = [f"{p.relative_to(ROOT)}:{line}: {what}.split(';') in {func or 'the module'}"
           for p in files for line, func, what in _splits_on_semicolon(p)
           if "part" not in what and "part" not in func]
    assert not bad, "\n".join(bad)


def test_the_guard_sees_a_split_of_a_findings_cell(tmp_path):
    view = tmp_path / "view.py"
    view.write_text('def worst(findings):\n    return [set(s.split(";")) for s in '
                    'findings["flagged"]]\n\ndef totals(row):\n    return row["part_of"]'
                    '.split(";")\n', encoding="utf-8")
    assert _splits_on_semicolon(view) == [(2, "worst", "s"), (5, "totals", 'row["part_of"]')]


def test_views_join_tuple_cells_in_one_place():
    import pandas as pd

    from reports.tables import cell_text, records, text_cells
    t = pd.DataFrame({"flagged": [("a1", "b2"), ()], "check": [("same_fact", "digits"),
                                                               ("units",)], "gap": [2.0, 1.0]})
    assert text_cells(t)["flagged"].tolist() == ["a1;b2", ""]
    assert text_cells(t)["check"].tolist() == ["same_fact;digits", "units"]
    assert cell_text(("x", "y")) == "x;y"
    # JSON keeps id lists as lists and the checks as one text, as it always has.
    assert records(t) == [{"flagged": ["a1", "b2"], "check": "same_fact;digits", "gap": 2.0},
                          {"flagged": [], "check": "units", "gap": 1.0}]
