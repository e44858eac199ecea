"""`scan --review`: one pass over the proposed groups, each accepted, renamed, dropped, merged into
another, or with one figure split out into a group of its own. The answers come as a list (from
`--answers FILE`, or gathered at a terminal by the command line); every answer is checked before
any is applied, and nothing is written until all are.

An answer: {"group": METRIC, "action": "accept" | "rename" | "drop" | "merge" | "split",
"to": NEW_METRIC (rename, split), "into": METRIC (merge), "figure": ID (split)}. A group no answer
names is accepted. A figure split out takes its restatements with it (`X 달러(약 Y 원)` is one
statement in two currencies, so both stay one fact).
"""
from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from reconcile.scan.model import Group
from reconcile.store.figures import METRIC_RE, part_of_keys

ACTIONS = ("accept", "rename", "drop", "merge", "split")
KEYS = {"group", "action", "to", "into", "figure"}


@dataclass(frozen=True)
class Reviewed:
    """The rows after review, and one line per answer saying what it did."""

    rows: tuple[dict, ...]
    done: tuple[str, ...]


def answer_problems(answers: object, rows: Sequence[dict]) -> list[str]:
    """Every problem of a list of answers, checked in order against the groups as the earlier
    answers leave them."""
    if not isinstance(answers, list) or not all(isinstance(a, dict) for a in answers):
        return ["expected a JSON list of objects, each with a group and an action"]
    try:
        apply_answers(answers, rows)
    except _Problems as exc:
        return exc.problems
    return []


class _Problems(Exception):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def apply_answers(answers: Sequence[dict], rows: Sequence[dict]) -> Reviewed:
    """The rows with the answers applied in order (`answer_problems` says first what is wrong
    with them; here a bad answer raises with every problem)."""
    rows = [dict(r) for r in rows]
    problems: list[str] = []
    done: list[str] = []
    answered: dict[str, int] = {}
    for n, a in enumerate(answers, 1):
        where = f"answer {n}"
        unknown = sorted(set(a) - KEYS)
        if unknown:
            problems.append(f"{where}: unknown key(s) {', '.join(unknown)}; the keys are "
                            f"{', '.join(sorted(KEYS))}")
            continue
        metrics = {r["metric"] for r in rows}
        group, action = a.get("group"), a.get("action", "accept")
        if group not in metrics:
            problems.append(f"{where}: group {group!r}: no group has this name now (the groups "
                            f"are {', '.join(sorted(metrics)[:6])}{', ...' if len(metrics) > 6 else ''})")
            continue
        if group in answered:
            problems.append(f"{where}: group {group}: answered already (answer "
                            f"{answered[group]})")
            continue
        if action not in ACTIONS:
            problems.append(f"{where}: action {action!r}: write one of {', '.join(ACTIONS)}")
            continue
        why, line = _apply(a, action, group, rows, metrics)
        if why:
            problems.append(f"{where} ({group}): {why}")
            continue
        answered[group] = n
        if action == "rename":
            answered[a["to"]] = n      # the same group under its new name
        done.append(line)
    if problems:
        raise _Problems(problems)
    return Reviewed(tuple(r for r in rows if not r.pop("_drop", False)), tuple(done))


def regroup(groups: Sequence[Group], rows: Sequence[dict]) -> tuple[Group, ...]:
    """The groups of the reviewed rows: a group whose figures review left together keeps its
    cohesion and sentences under its new name; a group review changed has no cohesion (NaN)."""
    by_ids = {frozenset(g.figure_ids): g for g in groups}
    members: dict[str, list[str]] = {}
    for r in rows:
        members.setdefault(r["metric"], []).append(r["id"])
    out = []
    for metric, ids in members.items():
        same = by_ids.get(frozenset(ids))
        out.append(dataclasses.replace(same, metric=metric) if same else
                   Group(metric, tuple(ids), math.nan))
    return tuple(out)


def _new_name_problem(name, metrics: set[str]) -> str | None:
    if not isinstance(name, str) or not re.match(METRIC_RE, name):
        return f"to: {name!r}: a metric is a snake_case key (acme_ohio_plant)"
    if name in metrics:
        return f"to: {name}: another group has this name (merge joins two groups)"
    return None


def _apply(a: dict, action: str, group: str, rows: list[dict], metrics: set[str]) \
        -> tuple[str | None, str]:
    """Apply one answer to `rows` in place: (why it cannot be, or None; what it did)."""
    members = [r for r in rows if r["metric"] == group]
    if action == "accept":
        return None, f"{group}: accepted ({len(members)} figure(s))"
    if action == "drop":
        for r in members:
            r["_drop"] = True
        for r in rows:       # a part of a total no longer written is a part of nothing here
            if r.get("part_of"):
                r["part_of"] = ";".join(m for m in part_of_keys(r["part_of"]) if m != group) \
                    or None
        return None, f"{group}: dropped ({len(members)} figure(s) not written)"
    if action == "rename":
        why = _new_name_problem(a.get("to"), metrics)
        if why:
            return why, ""
        _rename(rows, group, a["to"], members)
        return None, f"{group}: renamed {a['to']}"
    if action == "merge":
        into = a.get("into")
        if into == group or into not in metrics:
            return f"into: {into!r}: name another group to merge into", ""
        _rename(rows, group, into, members)
        return None, f"{group}: merged into {into}"
    # split
    why = _new_name_problem(a.get("to"), metrics)
    ids = {r["id"]: r for r in members}
    if why:
        return why, ""
    if a.get("figure") not in ids:
        return f"figure: {a.get('figure')!r}: not a figure of this group (its figures are " \
               f"{', '.join(ids)})", ""
    moved = _with_restatements(a["figure"], members)
    if len(moved) == len(members):
        return "figure: splitting it out would leave the group empty (rename it instead)", ""
    for r in moved:
        r["metric"] = a["to"]
    return None, f"{group}: {', '.join(r['id'] for r in moved)} split out as {a['to']}"


def _rename(rows: list[dict], old: str, new: str, members: list[dict]) -> None:
    for r in members:
        r["metric"] = new
    for r in rows:         # a part names the metric of its total
        if r.get("part_of"):
            # merging a group into another that the row also names leaves one key, not two
            r["part_of"] = ";".join(dict.fromkeys(new if m == old else m
                                                  for m in part_of_keys(r["part_of"])))


def _with_restatements(fid: str, members: list[dict]) -> list[dict]:
    """The figure and every member linked to it by `restates`, either way, transitively."""
    linked, todo = {fid}, [fid]
    while todo:
        cur = todo.pop()
        for r in members:
            pair = {r["id"], r.get("restates")}
            if cur in pair:
                for other in pair - {None, ""} - linked:
                    linked.add(other)
                    todo.append(other)
    return [r for r in members if r["id"] in linked]
