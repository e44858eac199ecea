"""Ids told apart by their hashes: a million distinct texts are proved distinct, and a few looked
up among them, without a hash table of the texts themselves (issue 19). Used by the loader's
duplicate check, the restatement links' id numbers and the same_fact check."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:      # numpy and pandas load only when asked, not on `add`'s path
    import numpy as np


def distinct_hashes(cells) -> bool:
    """Whether the cells' hashes are all different, which proves the cells distinct (equal
    objects hash alike) without a hash table of the cells themselves (a million strings
    inserted into one miss the cache at each); False says nothing (two equal cells, or two
    hashes alike by chance). Raises TypeError for an unhashable cell, as a set of them would."""
    return hash_index(cells).is_unique


def distinct_texts(cells):
    """The index of the cells' hashes (`hash_index`) when every cell is text and their
    hashes are all different (no cell missing, no two equal), else None."""
    import pandas as pd
    if not len(cells) or pd.api.types.infer_dtype(cells, skipna=False) != "string":
        return None
    index = hash_index(cells)
    return index if index.is_unique else None


def hash_index(cells):
    """A pandas Index of the cells' hashes: its table of them, made when it is asked whether
    they are unique, then serves lookups (`get_indexer`) too."""
    import pandas as pd
    return pd.Index(hashes(cells))


def hashes(cells) -> np.ndarray:
    """Each cell's `hash` (cached in a string once made: reading it is one call per cell)."""
    import numpy as np
    return np.fromiter(map(hash, cells), dtype=np.int64, count=len(cells))
