"""Ids told apart by their hashes: a million distinct texts are proved distinct, and a few looked
up among them, without a hash table of the texts themselves (issue 19). Used by the loader's
duplicate check, the restatement links' id numbers and the same_fact check; a proof made by
one stage is carried to a later one with the table (`carry_proof`), not made again."""
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


# The key of a table's `attrs` under which its ids' proof is carried.
_PROOF = "ids_proved_distinct"


class _Proof:
    """A table's ids proved distinct. It holds a view of the column proved: under pandas' copy
    on write (always on from pandas 3) a later write to that column then copies it, so the
    proof holds only while the table's ids are the very cells proved."""

    def __init__(self, ids) -> None:
        self._ids = ids

    def __deepcopy__(self, memo) -> _Proof:
        return self       # pandas copies `attrs` into every result: the proof, not its cells

    def __reduce__(self):
        # A pickled table (Dask's) is read back as new cells, which no proof covers: its ids
        # are not written twice for nothing.
        return _Proof, (None,)

    def holds_for(self, ids) -> bool:
        """Whether `ids` (a Series) are the cells proved: the same memory, not a copy."""
        if self._ids is None:
            return False
        now, proved = ids.to_numpy(), self._ids.to_numpy()
        return (len(now) == len(proved) and now.strides == proved.strides
                and now.__array_interface__["data"][0] == proved.__array_interface__["data"][0])


def carry_proof(df) -> None:
    """Note in `df.attrs` that its ids were proved distinct (by the caller); a pandas that may
    write a column in place (2.x without copy on write) is given no proof to carry."""
    import pandas as pd
    if int(pd.__version__.split(".")[0]) >= 3:
        df.attrs[_PROOF] = _Proof(df["id"])


def proved_distinct(df) -> bool:
    """Whether `df`'s ids carry a proof (`carry_proof`) that still holds: each row's id is
    then no other row's, nor is it among any subset of the rows."""
    proof = df.attrs.get(_PROOF)
    return proof is not None and "id" in df.columns and proof.holds_for(df["id"])
