"""The part_of rule between rows (`part_of_graph_problems`) against a plainly written oracle:
keys naming no metric of the file or the row's own, then keys closing a cycle, each in row
order. The search skips metrics no row names as a total; the oracle walks every path."""
import pandas as pd
import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.store.figures import _part_of_in_doubt, part_of_graph_problems
from reconcile.store.problems import Problem


def reaches(edges: dict, start: str, goal: str) -> bool:
    seen, todo = set(), [start]
    while todo:
        node = todo.pop()
        for nxt in edges.get(node, ()):
            if nxt == goal:
                return True
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return False


def oracle(rows: list) -> list:
    metrics = {m for _, m, _ in rows if isinstance(m, str)}
    # A key written twice in one cell is one key.
    keys = [(line, m, list(dict.fromkeys(k.strip() for k in c.split(";") if k.strip()))
             if isinstance(c, str) else []) for line, m, c in rows]
    edges: dict = {}
    out = []
    for line, m, ks in keys:
        for k in ks:
            if k == m:
                out.append((line, k, "own"))
            elif k not in metrics:
                out.append((line, k, "none"))
            elif isinstance(m, str) and m:
                edges.setdefault(m, set()).add(k)
    for line, m, ks in keys:
        for k in ks:
            if isinstance(m, str) and k != m and reaches(edges, m, k) and reaches(edges, k, m):
                out.append((line, k, "cycle"))
    return out


def kind(p: Problem) -> str:
    return "own" if "own metric" in p.reason else "cycle" if "cycle" in p.reason else "none"


NAMES = ["a", "b", "c", "d", "e", "f"]
cell = st.one_of(st.none(), st.lists(st.sampled_from(NAMES + ["zz"]), max_size=3).map(";".join))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.one_of(st.none(), st.sampled_from(NAMES)), cell), max_size=12))
def test_graph_problems_agree_with_the_oracle(pairs):
    rows = [(i + 2, m, c) for i, (m, c) in enumerate(pairs)]
    found = [(p.line, p.value, kind(p)) for p in part_of_graph_problems(rows)]
    assert found == oracle(rows)


def test_a_long_chain_into_a_cycle_names_only_the_cycle_rows():
    rows = [(2 + i, f"m{i}", f"m{i + 1}") for i in range(50)] + [(60, "m50", "m49")]
    assert [(p.line, p.value) for p in part_of_graph_problems(rows)] == [(51, "m50"), (60, "m49")]


# Most cells name one metric, so that many tables break the rule by a cycle alone.
one_key = st.one_of(st.none(), st.sampled_from(NAMES), cell)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.one_of(st.none(), st.sampled_from(NAMES)), one_key), max_size=12),
       st.booleans())
def test_the_pairs_in_doubt_break_the_rule_exactly_when_the_rows_do(pairs, arrow):
    # The loader judges only the pairs `_part_of_in_doubt` keeps, and names lines only when
    # they break the rule: they must break it whenever the rows do (a cycle, a key naming
    # no metric or the row's own), and never when the rows do not.
    rows = [(i + 2, m, c) for i, (m, c) in enumerate(pairs)]
    metric, part_of = ([m for m, _ in pairs], [c for _, c in pairs])
    columns = ((pa.array(metric, pa.string()), pa.array(part_of, pa.string())) if arrow else
               (pd.Series(metric, dtype=object), pd.Series(part_of, dtype=object)))
    judged = part_of_graph_problems(*_part_of_in_doubt(*columns))
    assert bool(judged) == bool(part_of_graph_problems(rows))
