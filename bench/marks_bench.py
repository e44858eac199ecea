"""Times the set-aside marks of a report over many distinct amount texts: the three passes a
report made before they were kept once a run (`set_aside` in `evidence_base` and again in
`check_evidence`, each reading every distinct text for its garbled mark and again for its two
currencies, and the two_currencies check's own pass) against `garbled.amount_marks` once, with
the reads of the run and its checks from its column. Made-up amounts; CPU seconds.

`python bench/marks_bench.py`"""
from __future__ import annotations

import time

import numpy as np
import pandas as pd

from currency.text.reader import AmountError
from currency.text.readings import garbled_once, read_once
from reconcile.checks import garbled as G
from reconcile.checks.two_currencies import two_currencies_rows

ROWS, SPREAD = 200_000, 104_000


def table() -> pd.DataFrame:
    """ROWS figures drawing their amounts from SPREAD numbers, in dollars and in won."""
    values = np.random.default_rng(1).integers(1, SPREAD, ROWS)
    amounts = [f"${v / 100:.2f} billion" if v % 3 else f"{v}억원" for v in values]
    return pd.DataFrame({"id": [f"f{i}" for i in range(ROWS)], "amount": amounts,
                         "restates": None})


def _two(text: str) -> bool:
    try:
        return read_once(text).two_currencies is not None
    except AmountError:
        return False


def passes_before(df: pd.DataFrame) -> None:
    """The reads of a report before: two passes in each of two `set_aside` calls, one more in
    the two_currencies check."""
    for _ in range(2):
        texts = pd.unique(df["amount"].to_numpy(object))
        [garbled_once(a) for a in texts]
        [_two(a) for a in texts]
    [_two(a) for a in pd.unique(df["amount"].to_numpy(object))]


def marks_once(df: pd.DataFrame) -> None:
    """The reads of a report now: the marks once, then each use from their column."""
    df[G.MARKS] = G.amount_marks(df)
    G.set_aside(df)
    G.set_aside(df)
    G.garbled_rows(df)
    two_currencies_rows(df)


def timed(fn, df: pd.DataFrame) -> float:
    read_once.cache_clear()
    start = time.process_time()
    fn(df)
    return time.process_time() - start


def main() -> None:
    df = table()
    print(f"{len(df):,} rows, {df['amount'].nunique():,} distinct amounts")
    print(f"three passes {timed(passes_before, df):.2f} s; "
          f"marks once {timed(marks_once, df.copy()):.2f} s")


if __name__ == "__main__":
    main()
