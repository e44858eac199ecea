"""Restatements: a figure the writer converted from another figure of the same article.

In "4억5000만 달러(약 6500억 원)" the won figure restates the dollar figure; it is not a second
witness. The link is the `restates` column (the original's id). Where it is empty it is inferred
when unambiguous: two money figures of one source and one metric, in two currencies, quoted from
the same sentence (the same `quote`); the one written later in the sentence restates the earlier.
"""
from __future__ import annotations

import re

from reconcile.store.problems import Problem

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
    import pandas as pd
    stated = df["restates"] if "restates" in df.columns else pd.Series(None, index=df.index)
    original = stated.where(stated.notna() & stated.astype(str).str.len().gt(0), None)
    link = pd.Series(None, index=df.index, dtype=object)
    link[original.notna()] = "stated"
    money = df.loc[df["currency"].notna(), ["id", "source", "metric", "quote", "amount",
                                            "currency"]]
    linked_ids = set(original.dropna()) | set(df.loc[original.notna(), "id"])
    # Only pairs in two currencies can be a restatement, and only when neither figure is
    # already linked: decided for all rows at once, on one integer per (source, metric, quote)
    # (-1: no quote) that every later step groups by.
    grp = money.groupby(["source", "metric", "quote"], sort=False, dropna=True).ngroup()
    by_quote = money.groupby(grp, sort=False)
    candidate = (grp.ge(0) & by_quote["currency"].transform("size").eq(2)
                 & by_quote["currency"].transform("nunique").eq(2)
                 & ~money["id"].isin(linked_ids).groupby(grp, sort=False).transform("any"))
    money, grp = money[candidate], grp[candidate]
    if money.empty:
        return pd.DataFrame({"original": original, "link": link}, index=df.index)
    pos = pd.Series([_position(q, a) for q, a in zip(money["quote"], money["amount"])],
                    index=money.index)
    first, last = pos.groupby(grp).transform("min"), pos.groupby(grp).transform("max")
    # The one written later in the sentence restates the earlier; both must be found in the
    # quote, at different places.
    clear = first.ge(0) & first.ne(last)
    earlier = money.loc[clear & pos.eq(first), "id"]
    earlier_id = pd.Series(earlier.to_numpy(), index=grp[earlier.index].to_numpy())
    later = (clear & pos.eq(last))[lambda m: m].index
    original[later] = earlier_id.reindex(grp[later].to_numpy()).to_numpy()
    link[later] = "inferred"
    return pd.DataFrame({"original": original, "link": link}, index=df.index)


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
