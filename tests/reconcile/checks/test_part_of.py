"""`part_of_pairs`: the part_of column as (row, total) pairs in the order written."""
import pandas as pd

from reconcile.checks.part_of import part_of_pairs


def test_part_of_pairs_name_each_total_once_per_row_in_the_order_written():
    cells = pd.Series(["capex; opex", None, "opex", "opex; capex", " ;grants", "opex"])
    rows, totals = part_of_pairs(cells)
    assert list(zip(rows.tolist(), totals.tolist())) == [
        (0, "capex"), (0, "opex"), (2, "opex"), (3, "opex"), (3, "capex"), (4, "grants"),
        (5, "opex")]
