"""Cumulative facts (kind = cumulative) do not shrink: a later original figure may not lie wholly
below an earlier one."""
from __future__ import annotations

import pandas as pd

from currency import formatting as fmt
from reconcile.checks import check
from reconcile.checks.common import head, records
from reconcile.model import findings as F

RULE = "cumulative: a running total stated later cannot be below one stated earlier"


@check("cumulative",
       rule=('a running total stated later may not lie wholly below one stated earlier'),
       severity=('by how far'))
def cumulative(df: pd.DataFrame, ctx) -> list[F.Finding]:
    """Findings where a running total shrinks between two dates."""
    cum_metrics = df.loc[df["kind"].eq("cumulative"), "metric"].unique()
    c = df[df["metric"].isin(cum_metrics) & df["role"].eq("original")].copy()
    if c.empty:
        return []
    c["key"] = c["metric"] + "\x1f" + c["c_unit"]
    # The highest low stated so far, by the end of each period (an earlier figure's best floor).
    # Stable sorts: ties name the same figure however the rows were partitioned.
    earlier = c.sort_values("as_of_last", kind="mergesort")[
        ["key", "as_of_last", "c_low", "id", "amount"]]
    earlier["floor"] = earlier.groupby("key")["c_low"].cummax()
    # Who set that floor: the row where the running maximum was reached, carried forward.
    at_floor = earlier["c_low"].eq(earlier["floor"])
    earlier["floor_id"] = earlier["id"].where(at_floor).groupby(earlier["key"]).ffill()
    earlier["floor_amount"] = earlier["amount"].where(at_floor).groupby(earlier["key"]).ffill()
    later = c.sort_values("as_of_first", kind="mergesort")
    joined = pd.merge_asof(later, earlier.rename(columns={"as_of_last": "e_last", "id": "e_id"})
                           [["key", "e_last", "floor", "floor_id", "floor_amount"]],
                           left_on="as_of_first", right_on="e_last", by="key",
                           allow_exact_matches=False)
    shrunk = joined[joined["floor"].notna() & (joined["c_high"] < joined["floor"])]
    out = []
    for r in records(shrunk.assign(e_day=shrunk["e_last"].dt.date.astype(str))):
        gap, _ = F.point_gap(r.floor, 0.0, r.c_high)
        detail = (f"{r.metric} is a running total, but this figure is at most "
                  f"{fmt.compact(r.c_high)} {r.c_unit}, below the {fmt.compact(r.floor)} "
                  f'{r.c_unit} that {r.floor_id} ("{r.floor_amount}") already stated by '
                  f"{r.e_day}.")
        e = F.Evidence("cumulative", RULE, detail, (r.floor_id,), r.c_low, r.c_high, r.floor,
                       float("inf"), r.c_unit, gap)
        out.append(F.Finding(F.severity_of(gap, bool(r.vague), 0), r.metric, (r.id,), (r.id,),
                             head(r), (e,)))
    return out
