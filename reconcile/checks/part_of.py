"""The `part_of` column as (row, total) pairs, for the checks that read it in columns (parts and
totals, instalments of a restated total). Not a check: it registers nothing."""
from __future__ import annotations

import numpy as np
import pandas as pd

from reconcile.model.distinct import factorized
from reconcile.store.figures import part_of_keys


def part_of_cells(part_of: pd.Series) -> tuple[np.ndarray, list[list[str]]]:
    """Per row, the number of its distinct cell (-1 for none); per distinct cell, the totals it
    names in the order written. Each distinct cell is read once (archives repeat them), and
    numbered by its object first (the loaded table holds one object per distinct cell)."""
    codes, cells = factorized(part_of)
    return codes, [part_of_keys(cell) for cell in cells]


def part_of_pairs(part_of: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Each (row position, total metric) a `part_of` column names, in row order and, within a
    row, in the order written."""
    codes, keys = part_of_cells(part_of)
    named = np.array([k for ks in keys for k in ks], dtype=object)
    # Each row repeated once per total its cell names (none for an empty cell, code -1), beside
    # the position of that total in `named`: the cell's first, then the next, ..
    count = np.array([len(ks) for ks in keys] + [0], dtype=np.int64)
    first = np.cumsum(count) - count
    per_row = count[codes]
    rows = np.repeat(np.arange(len(codes)), per_row)
    end = np.cumsum(per_row)
    nth = np.arange(len(rows)) - np.repeat(end - per_row, per_row) + first[codes[rows]]
    return rows, named[nth]
