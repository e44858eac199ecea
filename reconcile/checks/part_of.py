"""The `part_of` column as (row, total) pairs, for the checks that read it in columns (parts and
totals, instalments of a restated total). Not a check: it registers nothing."""
from __future__ import annotations

import numpy as np
import pandas as pd

from reconcile.store.figures import part_of_keys


def part_of_pairs(part_of: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Each (row position, total metric) a `part_of` column names, in row order and, within a
    row, in the order written; each distinct cell is read once (archives repeat them)."""
    codes, cells = pd.factorize(part_of, sort=False)
    keys = [part_of_keys(cell) for cell in cells]
    named = np.array([k for ks in keys for k in ks], dtype=object)
    # Which rows carry each distinct cell, with its totals beside them (as positions in
    # `named`: integers merge and sort fast), back in row order and, within a row, in the
    # cell's order.
    split = pd.DataFrame({"code": np.repeat(np.arange(len(keys)), [len(ks) for ks in keys]),
                          "nth": np.arange(len(named))})
    rows = pd.DataFrame({"row": np.arange(len(codes)), "code": codes})
    pairs = rows.merge(split, on="code", how="inner").sort_values(["row", "nth"])
    return pairs["row"].to_numpy(), named[pairs["nth"].to_numpy()]
