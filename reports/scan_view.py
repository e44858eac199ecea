"""What `scan --review` shows of a proposed group before asking about it: its name, cohesion
and each figure (number, id, amount, source, quote). The prompts are the command line's."""
from __future__ import annotations

import math
from collections.abc import Sequence


def describe_group(position: int, total: int, metric: str, cohesion: float,
                   members: Sequence[dict]) -> list[str]:
    """The lines shown for one group: a heading, then one numbered line per figure."""
    how = f"cohesion {cohesion:.2f}" if math.isfinite(cohesion) else "changed by review"
    lines = [f"group {position}/{total}: {metric} ({len(members)} figure(s), {how})"]
    for n, r in enumerate(members, 1):
        link = f", restates {r['restates']}" if r.get("restates") else ""
        lines.append(f"  {n}. {r['id']}: {r['amount']} · {r['source']} · as of "
                     f"{r['as_of']}{link}")
        lines.append(f"     “{r['quote']}”")
    return lines
