"""Cumulative facts (kind = cumulative) do not shrink: a later figure may not lie wholly below an
earlier one."""
from __future__ import annotations

import pandas as pd

from currency import formatting as fmt
from reconcile import findings as F

RULE = "cumulative: a running total stated later cannot be below one stated earlier"


def cumulative(df: pd.DataFrame, ctx) -> pd.DataFrame:
    """Findings where a running total shrinks between two dates."""
    cum_metrics = df.loc[df["kind"].eq("cumulative"), "metric"].unique()
    c = df[df["metric"].isin(cum_metrics)].copy()
    if c.empty:
        return F.frame([])
    c["key"] = c["metric"] + "\x1f" + c["n_unit"]
    # The highest low stated so far, by the end of each period (an earlier figure's best floor).
    earlier = c.sort_values("as_of_last")[["key", "as_of_last", "n_low", "id", "amount"]]
    earlier["floor"] = earlier.groupby("key")["n_low"].cummax()
    # Who set that floor: the row where the running maximum was reached, carried forward.
    at_floor = earlier["n_low"].eq(earlier["floor"])
    earlier["floor_id"] = earlier["id"].where(at_floor).groupby(earlier["key"]).ffill()
    earlier["floor_amount"] = earlier["amount"].where(at_floor).groupby(earlier["key"]).ffill()
    later = c.sort_values("as_of_first")
    joined = pd.merge_asof(later, earlier.rename(columns={"as_of_last": "e_last", "id": "e_id"})
                           [["key", "e_last", "floor", "floor_id", "floor_amount"]],
                           left_on="as_of_first", right_on="e_last", by="key",
                           allow_exact_matches=False)
    shrunk = joined[joined["floor"].notna() & (joined["n_high"] < joined["floor"])]
    rows = []
    for r in shrunk.itertuples():
        ratio = r.floor / r.n_high if r.n_high else float("inf")
        rows.append(dict(
            check="cumulative", severity=F.severity_of(ratio, bool(r.vague), 0), metric=r.metric,
            figures=f"{r.id};{r.floor_id}",
            message=(f'{r.metric} is a running total, but {r.id} ("{r.amount}", {r.source}, '
                     f"as of {r.as_of}) is at most {fmt.compact(r.n_high)} {r.n_unit}, below the "
                     f'{fmt.compact(r.floor)} {r.n_unit} that {r.floor_id} ("{r.floor_amount}") '
                     f"already stated by {r.e_last.date()}."),
            low=r.n_low, high=r.n_high, expected_low=r.floor, expected_high=float("inf"),
            unit=r.n_unit, rule=RULE))
    return F.frame(rows)
