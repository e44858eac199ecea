"""Restatements: a figure the writer converted from another figure of the same article.

In "4억5000만 달러(약 6500억 원)" the won figure restates the dollar figure; it is not a second
witness. The link is the `restates` column (the original's id). Where it is empty it is inferred
when unambiguous: two money figures of one source and one metric, in two currencies, quoted from
the same sentence (the same `quote`); the one written later in the sentence restates the earlier.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

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
    stated = df["restates"] if "restates" in df.columns else pd.Series(None, index=df.index)
    original = stated.where(stated.notna() & stated.astype(str).str.len().gt(0), None)
    link = pd.Series(None, index=df.index, dtype=object)
    link[original.notna()] = "stated"
    money = df[df["currency"].notna()]
    linked = _named(money["id"], [original.dropna(), df.loc[original.notna(), "id"]])
    # Only pairs in two currencies can be a restatement, and a pair with a stated link in it is
    # the `restates` column's: both are judged as columns, and Python walks only what is left.
    keys = ["source", "metric", "quote"]
    group = money.groupby(keys, sort=False, dropna=True)
    by_quote = group["currency"]
    code = group.ngroup().fillna(-1).to_numpy(dtype=np.int64)    # -1: a key is missing
    stated_in = np.bincount(code[code >= 0], weights=linked[code >= 0],
                            minlength=code.max() + 1 if len(code) else 0)
    candidate = (by_quote.transform("size").eq(2) & by_quote.transform("nunique").eq(2)).to_numpy(
        dtype=bool, copy=True)
    candidate &= code >= 0
    candidate[candidate] = stated_in[code[candidate]] == 0
    # Each candidate group is two rows; a stable sort by group keeps each pair in file order.
    rows = np.flatnonzero(candidate)
    rows = rows[np.argsort(code[rows], kind="stable")]
    index = money.index.to_numpy()[rows]
    ids = money["id"].to_numpy(dtype=object)[rows]
    # Where each amount stands in its quote (text work, one call per row); the rest as arrays
    # over the pairs: both found, at different places, the later one restates the earlier.
    pos = np.fromiter(map(_position, money["quote"].to_numpy(dtype=object)[rows],
                          money["amount"].to_numpy(dtype=object)[rows]), dtype=np.int64,
                      count=len(rows)).reshape(-1, 2)
    ok = (pos >= 0).all(axis=1) & (pos[:, 0] != pos[:, 1])
    later = (pos[:, 1] > pos[:, 0]).astype(np.int64)
    at = np.flatnonzero(ok) * 2
    second = index[at + later[ok]]
    original.loc[second] = ids[at + 1 - later[ok]]
    link.loc[second] = "inferred"
    return pd.DataFrame({"original": original, "link": link}, index=df.index)


def _named(ids, among) -> np.ndarray:
    """Per id, whether one of the columns `among` holds it, as integer codes of one factorize:
    `isin` with a set of a hundred thousand ids costs a second on Arrow strings."""
    import numpy as np
    import pandas as pd
    codes = pd.factorize(pd.concat([ids, *among], ignore_index=True))[0]
    mine, theirs = codes[:len(ids)], codes[len(ids):]
    return np.isin(mine, theirs[theirs >= 0]) & (mine >= 0)


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
