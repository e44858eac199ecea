"""Sorted runs of rows spilled to disk as they come, read back merged in key order: an export made
partition by partition is written in the single-process export's order without holding every
partition's rows at once."""
from __future__ import annotations

import heapq
import pickle
from collections.abc import Iterator, Sequence
from operator import itemgetter
from pathlib import Path

# Rows pickled (and read back) together: the merge holds one batch of each run.
BATCH_ROWS = 256


class SortedRuns:
    """Runs of (key, text) rows, each run sorted by key, kept in files under `directory`."""

    def __init__(self, directory: str | Path) -> None:
        self._dir = Path(directory)
        self._paths: list[Path] = []
        self.rows = 0

    def add(self, keys: Sequence, texts: Sequence[str]) -> None:
        """Spill one run: `texts` in their order, `keys` ascending (not checked)."""
        path = self._dir / f"run{len(self._paths)}.pickle"
        with open(path, "wb") as f:
            for start in range(0, len(texts), BATCH_ROWS):
                pickle.dump(list(zip(keys[start:start + BATCH_ROWS],
                                     texts[start:start + BATCH_ROWS])), f,
                            protocol=pickle.HIGHEST_PROTOCOL)
        self._paths.append(path)
        self.rows += len(texts)

    def merged(self) -> Iterator[str]:
        """Every run's texts in key order; rows of equal keys in the order their runs came."""
        runs = [_read(p) for p in self._paths]
        return (text for _, text in heapq.merge(*runs, key=itemgetter(0)))


def _read(path: Path) -> Iterator[tuple]:
    with open(path, "rb") as f:
        while True:
            try:
                batch = pickle.load(f)
            except EOFError:
                return
            yield from batch
