"""Restatements: a figure the writer converted from another figure of the same article.

In "4억5000만 달러(약 6500억 원)" the won figure restates the dollar figure; it is not a second
witness. The link is the `restates` column (the original's id). Where it is empty it is inferred
when unambiguous: two money figures of one source and one metric, in two currencies, quoted from
the same sentence (the same `quote`); the one written later in the sentence restates the earlier.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reconcile.store import ids as id_hashes
from reconcile.store.problems import Problem

if TYPE_CHECKING:      # numpy and pandas load only when links are made, not on `add`'s path
    import numpy as np

_NUMBER = re.compile(r"\d[\d,.]*\s*[만억조兆億]?")


def _position(quote: str, amount: str) -> int:
    """Where an amount's first number stands in its quote (-1 if it does not)."""
    if not isinstance(quote, str) or not isinstance(amount, str):
        return -1
    i = quote.find(amount)
    if i >= 0:
        return i
    m = _NUMBER.search(amount)
    return quote.find(m.group(0).strip()) if m else -1


def links(df):
    """Per figure: `original` (the id it restates, or None) and `link` ('stated', 'inferred')."""
    import numpy as np
    import pandas as pd
    numbers = id_numbers(df)
    original = original_numbers(df, numbers)
    texts = np.append(numbers["texts"], None)
    link = np.full(len(df), None, dtype=object)
    link[original >= 0] = "inferred"
    link[numbers["restates"] >= 0] = "stated"
    return pd.DataFrame({"original": pd.Series(texts[original], index=df.index, dtype=object),
                         "link": pd.Series(link, index=df.index, dtype=object)})


def id_numbers(df) -> dict:
    """The figures' `id` and `restates` cells numbered together, as one `pd.factorize` of them
    numbers them (-1 for a missing cell or an empty `restates`), and the distinct texts
    (`texts`): a link is then a number, the one of the id it names."""
    import numpy as np
    import pandas as pd
    stated = df["restates"] if "restates" in df.columns else pd.Series(None, index=df.index)
    cells = stated.to_numpy(dtype=object)
    named = np.flatnonzero(pd.notna(cells))
    # An empty cell names nothing (a caller's frame may hold one; the loader makes it null).
    named = named[np.fromiter((len(str(c)) > 0 for c in cells[named]), dtype=bool,
                              count=len(named))]
    ids = df["id"].to_numpy(dtype=object)
    n = len(ids)
    # Ids all text and all distinct (a loaded file's are: the loader refuses a repeated or
    # empty one), checked here: each id is then its own row's number, and only the few named
    # ids are looked up among them (no hash table of a million texts).
    by_hash = id_hashes.distinct_texts(ids)
    if by_hash is None:
        codes, texts = pd.factorize(np.concatenate([ids, cells[named]]))
        own, to = codes[:n], codes[n:]
    else:
        own = np.arange(n, dtype=np.intp)
        target, names = pd.factorize(cells[named])
        at = by_hash.get_indexer(id_hashes.hashes(names))
        # A hash names at most one id; the text says whether it is that id (or a chance alike).
        same = at >= 0
        same[same] = ids[at[same]] == names[same]
        # A text no id has takes the next number, in order of first appearance, as factorize's.
        at[~same] = n + np.arange(int((~same).sum()))
        to = at[target]
        texts = np.concatenate([ids, names[~same]])
    restated = np.full(n, -1, dtype=np.intp)
    restated[named] = to
    return {"id": own.astype(np.intp, copy=False), "restates": restated,
            "texts": np.asarray(texts, dtype=object)}


def original_numbers(df, numbers: dict) -> np.ndarray:
    """Per figure, the number (`id_numbers`) of the id it restates, -1 for none: its `restates`
    cell, else a link inferred from a shared quote. `numbers` may also hold the text numbers
    (`pd.factorize`) of `source`, `metric`, `quote` and `currency`, when the caller has them."""
    import numpy as np
    original = numbers["restates"].copy()
    ids = numbers["id"]
    # Money: a currency number (the caller's: no `notna` pass over a million objects).
    currency = _numbers(df, numbers, "currency")
    money = np.flatnonzero(currency >= 0)
    # A figure that names an original, or is named as one, is in a stated link.
    linked = np.zeros(len(numbers["texts"]) + 1, dtype=bool)
    linked[original[original >= 0]] = True
    linked[ids[original >= 0]] = True
    linked[-1] = False         # a missing id (number -1) is in no link
    # Only pairs in two currencies can be a restatement, and a pair with a stated link in it is
    # the `restates` column's: both are judged as arrays, and Python walks only what is left.
    rows = money[_candidate_pairs(_pair_keys(df, numbers, money),
                                  currency[money], linked[ids[money]])]
    # Where each amount stands in its quote (text work, one call per row); the rest as arrays
    # over the pairs: both found, at different places, the later one restates the earlier.
    pos = np.fromiter(map(_position, df["quote"].to_numpy(dtype=object)[rows],
                          df["amount"].to_numpy(dtype=object)[rows]), dtype=np.int64,
                      count=len(rows)).reshape(-1, 2)
    ok = (pos >= 0).all(axis=1) & (pos[:, 0] != pos[:, 1])
    later = (pos[:, 1] > pos[:, 0]).astype(np.int64)
    at = np.flatnonzero(ok) * 2
    original[rows[at + later[ok]]] = ids[rows[at + 1 - later[ok]]]
    return original


def _numbers(df, numbers: dict, name: str) -> np.ndarray:
    """The text numbers of column `name` (-1 for a missing cell): the caller's, or made now."""
    import pandas as pd
    if name in numbers:
        return numbers[name]
    return pd.factorize(df[name].to_numpy(dtype=object))[0]


def _pair_keys(df, numbers: dict, rows: np.ndarray) -> np.ndarray:
    """Per row of `rows`, a number for its (source, metric, quote), -1 when one is missing or
    when no other row of `rows` has its quote (its key would have one row: it pairs with none)."""
    import numpy as np
    import pandas as pd
    key = np.full(len(rows), -1, dtype=np.int64)
    # Most quotes are one figure's sentence (at 1M generated figures, 113,620 of the 1M money
    # rows share theirs): only the rows that do are keyed.
    quote = _numbers(df, numbers, "quote")[rows]
    shared = np.flatnonzero((quote >= 0) & (np.bincount(quote + 1)[quote + 1] > 1))
    at = np.zeros(len(shared), dtype=np.int64)
    missing = np.zeros(len(shared), dtype=bool)
    for name in ("source", "metric", "quote"):
        codes = _numbers(df, numbers, name)[rows[shared]]
        missing |= codes < 0
        # Renumbered after each column, so the combined key stays below n and cannot overflow.
        at = pd.factorize(at * (int(codes.max(initial=0)) + 2) + codes + 1)[0]
    key[shared[~missing]] = at[~missing]
    return key


def _candidate_pairs(key: np.ndarray, currency: np.ndarray, linked: np.ndarray) -> np.ndarray:
    """Positions of the rows whose key has exactly two rows, in two currencies, neither in a
    stated link; each pair's two rows next to each other, in file order."""
    import numpy as np
    rows = np.flatnonzero(key >= 0)
    size = np.bincount(key[rows], minlength=1)
    stated_in = np.bincount(key[rows], weights=linked[rows], minlength=1)
    rows = rows[(size[key[rows]] == 2) & (stated_in[key[rows]] == 0)]
    # A stable sort by key keeps each pair's rows in file order.
    pairs = rows[np.argsort(key[rows], kind="stable")].reshape(-1, 2)
    return pairs[currency[pairs[:, 0]] != currency[pairs[:, 1]]].reshape(-1)


def problems(rows, metric_of: dict | None = None) -> list[Problem]:
    """Problems (at their line, in no file yet) of `restates` cells that name no figure, the
    figure itself, or a figure of another metric. `rows`: a frame or dicts with line, id, metric, restates;
    `metric_of`: every id's metric (default: the rows')."""
    if hasattr(rows, "columns"):      # a DataFrame (pandas is not imported on `add`'s path)
        if "restates" not in rows.columns:
            return []
        rows = rows[["line", "id", "metric", "restates"]].to_dict("records")
    by_id = metric_of if metric_of is not None else {r["id"]: r["metric"] for r in rows}
    out = []
    for r in rows:
        line, fid, metric, target = r["line"], r["id"], r["metric"], r["restates"]
        if not isinstance(target, str) or not target:
            continue
        if target == fid:
            out.append(Problem(None, int(line), "restates", target,
                               "a figure cannot restate itself"))
        elif target not in by_id:
            out.append(Problem(None, int(line), "restates", target, "no figure has this id"))
        elif by_id[target] != metric:
            out.append(Problem(None, int(line), "restates", target, f"it states "
                               f"{by_id[target]}, not {metric}; a restatement states the same "
                               "fact"))
    out += _cycle_problems(rows)
    return out


def _cycle_problems(rows) -> list[Problem]:
    """Rows whose `restates` chain comes back to them (a restates b, b restates a): with no
    original among them, none of them would vote."""
    target = {r["id"]: r["restates"] for r in rows
              if isinstance(r["restates"], str) and r["restates"] and r["restates"] != r["id"]}
    # Only an id that restates another and is restated can be on a cycle: the rest are left
    # out of the walk (most rows of a large file restate an original that restates nothing).
    restated = set(target.values())
    target = {fid: to for fid, to in target.items() if fid in restated and to in target}
    line_of = {r["id"]: r["line"] for r in rows}
    on_cycle: set = set()
    settled: set = set()
    for start in target:
        path: list = []
        seen_at: dict = {}
        node = start
        while node in target and node not in settled and node not in seen_at:
            seen_at[node] = len(path)
            path.append(node)
            node = target[node]
        if node in seen_at:            # the walk came back to itself: a cycle
            on_cycle.update(path[seen_at[node]:])
        settled.update(path)
    return [Problem(None, int(line_of[fid]), "restates", target[fid], f"forms a cycle "
                    f"(following restates from {fid} comes back to it); one of them must be the "
                    "original")
            for fid in sorted(on_cycle, key=lambda f: int(line_of[f]))]
