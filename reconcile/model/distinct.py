"""Distinct keys of a table's rows, for reading each distinct key once (issue 19: real archives
repeat `100억 달러` thousands of times, a million figures name ten periods).

`distinct` numbers the rows' keys as `groupby(sort=False, dropna=False).ngroup()` does (in order
of first appearance, a missing cell one key of its own) and gives each key's first row, as
`drop_duplicates` keeps it, from column codes alone: no frame of keys, no per-row Python.
"""
from __future__ import annotations

import ctypes
from dataclasses import dataclass

import numpy as np
import pandas as pd
from pandas.api.types import infer_dtype


@dataclass(frozen=True)
class Keys:
    """Per row its key number (`codes`), and per key the position of its first row (`first`)."""

    codes: np.ndarray
    first: np.ndarray

    def spread(self, values) -> np.ndarray:
        """One value per key, as one per row (objects are shared, not copied)."""
        return np.asarray(values)[self.codes] if len(self.codes) else np.asarray(values)[:0]


def distinct(*columns) -> Keys:
    """The distinct combinations of equally long columns (Series or arrays), numbered in order
    of first appearance; missing values (None, NaN, NaT) are equal to each other."""
    n = len(columns[0])
    key, bound = np.zeros(n, dtype=np.int64), 1
    for col in columns:
        codes, size = _small_numbers(col, n)
        if bound * size > WIDEST_KEY:
            # Renumbered only when the combined key could overflow: one hashing of it at the
            # end numbers the same combinations in the same order.
            key, _ = pd.factorize(key)
            bound = int(key.max(initial=0)) + 1
        key, bound = key * size + codes, bound * size
    key, _ = pd.factorize(key)
    return Keys(key.astype(np.intp, copy=False), first_rows(key))


# The largest combined key an int64 is let hold, wherever keys are packed into one number:
# `distinct`, `agreement.group_order` and the checks' `common._packed` renumber before passing it.
WIDEST_KEY = 1 << 62


def _small_numbers(col, n: int) -> tuple[np.ndarray, int]:
    """A column as numbers from 0 below a bound, and the bound: integers (text numbers, -1 for
    missing) or booleans shifted, as they are, when their range is no wider than the rows (no
    hashing); anything else numbered by `pd.factorize`."""
    if isinstance(col, np.ndarray) and col.dtype.kind in "iub" and len(col):
        low, high = int(col.min()), int(col.max())
        if high - low <= n:
            return col.astype(np.int64) - low, high - low + 1
    codes, uniques = pd.factorize(col, use_na_sentinel=False)
    return codes, max(len(uniques), 1)


def first_rows(codes: np.ndarray) -> np.ndarray:
    """The first row of each code 0, 1, ... for codes numbered in order of first appearance (as
    `pd.factorize` numbers), a negative code (missing) skipped: a row is its code's first when
    its code is above every code before it. Linear, where `np.unique` sorts."""
    rows = None
    # Most codes have no missing value: then every row is kept as it is, not gathered.
    if len(codes) and codes.min() < 0:
        rows = np.flatnonzero(codes >= 0)
        codes = codes[rows]
    if not len(codes):
        return np.zeros(0, np.intp)
    top = np.maximum.accumulate(codes)
    at = np.r_[0, np.flatnonzero(top[1:] > top[:-1]) + 1]
    return at if rows is None else rows[at]


def numbered(values, codes: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """`pd.factorize(values)` (codes, -1 for a missing value, and the distinct values), or, when
    the caller has the codes already (numbered as `pd.factorize` numbers them), the distinct
    values found by position (no hashing)."""
    values = np.asarray(values, dtype=object)
    if codes is None:
        return factorized(values)
    return codes, values[first_rows(codes)]


def factorized(values) -> tuple[np.ndarray, np.ndarray]:
    """`pd.factorize` of objects (codes, -1 for a missing value; the distinct values, as objects),
    each distinct object hashed once: the loader gives each distinct text of a column one object,
    so the rows are numbered by the objects' addresses (integers) and only the first row of each
    object by its value."""
    cells = np.ascontiguousarray(values, dtype=object)
    if not _shares_objects(cells):
        codes, uniques = pd.factorize(cells)
        return codes, np.asarray(uniques, dtype=object)
    # Addresses are read, never followed: `cells` holds the objects while they are numbered.
    address = np.ctypeslib.as_array((ctypes.c_ssize_t * len(cells)).from_address(cells.ctypes.data))
    same, _ = pd.factorize(address)
    codes, uniques = pd.factorize(cells[first_rows(same)])
    return codes[same], np.asarray(uniques, dtype=object)


# How many leading cells `_shares_objects` looks at.
_SAMPLE = 1024


def _shares_objects(cells: np.ndarray) -> bool:
    """Whether numbering `cells` by object first may pay: no text among the first cells is held
    by two objects (a column of a text per row, ids or quotes, would be hashed twice over)."""
    head = cells[:_SAMPLE].tolist()
    return len(cells) > 0 and len(set(map(id, head))) == len(set(head))


def sorted_codes(values) -> np.ndarray:
    """Each value's place among the sorted distinct values, -1 for a missing one."""
    cells = np.ascontiguousarray(values, dtype=object)
    # Texts that look distinct (the sample's are: the first ids of the findings' lists, each a
    # new string) are sorted as they are: hashing them to find repeats costs about what the
    # sort does, and finds none. Either way the codes are the same.
    if _looks_distinct(cells) and _plain_text(cells):
        return _ranked(cells.astype(str))
    codes, uniques = factorized(cells)
    if not _plain_text(uniques):
        return pd.factorize(cells, sort=True)[0]
    rank = np.empty(len(uniques), np.int64)
    rank[np.argsort(uniques.astype(str), kind="stable")] = np.arange(len(uniques))
    return np.where(codes < 0, -1, rank[codes])


def _plain_text(cells: np.ndarray) -> bool:
    """Whether numpy sorts `cells` as Python does: text alone (no missing value), holding no
    NUL. numpy sorts text by code points, as Python does, without a Python comparison per pair
    (pandas' sort of the distinct texts was most of a sort key's time at 1M figures); but its
    text drops trailing NULs, and other objects (a metric given as a number through the library)
    are not text: those keep pandas' sort (as does text holding a NUL anywhere: one search of
    the texts joined, not a method call per text)."""
    return infer_dtype(cells, skipna=False) == "string" and "\0" not in "".join(cells)


def _looks_distinct(cells: np.ndarray) -> bool:
    """Whether the leading cells are distinct texts (a guess at the whole: it only picks the
    quicker way to the same codes)."""
    head = cells[:_SAMPLE].tolist()
    return len(cells) > _SAMPLE and len(set(head)) == len(head)


def _ranked(texts: np.ndarray) -> np.ndarray:
    """Each text's place among the distinct texts of a numpy text array, by one sort of all."""
    order = np.argsort(texts, kind="stable")
    ordered = texts[order]
    codes = np.empty(len(texts), np.int64)
    codes[order] = np.cumsum(np.r_[False, ordered[1:] != ordered[:-1]])
    return codes
