"""`merge` joins findings whose flagged figures overlap, with info notes about a flagged figure
joined to its finding: checked against a plainly written union-find over every finding."""
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.model.findings import Evidence, Finding, _join, merge

IDS = st.sampled_from(["a", "b", "c", "d", "e", "f"])


def _oracle(findings: list[Finding]) -> list[Finding]:
    # Every flagged finding a node; link it to the first finding that flagged each of its
    # figures (per metric); groups in the order of their first finding.
    flagged = [f for f in findings if f.flagged]
    parent = list(range(len(flagged)))

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    first: dict[tuple, int] = {}
    for i, f in enumerate(flagged):
        for fid in f.flagged:
            j = first.setdefault((f.metric, fid), i)
            parent[find(i)] = find(j)
    groups: dict[int, list] = {}
    for i, f in enumerate(flagged):
        groups.setdefault(find(i), []).append(f)
    notes: dict[tuple, list] = {}
    for f in findings:
        if f.flagged:
            continue
        key = (f.metric, f.subject[0])
        if len(f.subject) == 1 and key in first:
            groups[find(first[key])].append(f)
        else:
            notes.setdefault((f.metric, f.subject, f.head), []).append(f)
    return [_join(g) for g in groups.values()] + [_join(g) for g in notes.values()]


@st.composite
def findings(draw) -> list[Finding]:
    out = []
    for n in range(draw(st.integers(0, 14))):
        metric = draw(st.sampled_from(["m", "n"]))
        flagged = tuple(draw(st.lists(IDS, max_size=3, unique=True)))
        subject = flagged or tuple(draw(st.lists(IDS, min_size=1, max_size=2, unique=True)))
        severity = "info" if not flagged else draw(st.sampled_from(["low", "medium", "high"]))
        head = draw(st.sampled_from(["h1", "h2"]))
        out.append(Finding(severity, metric, flagged, subject, head,
                           (Evidence(f"c{n}", "r", f"piece {n}"),)))
    # A caller's list may hold one record twice: each copy keeps its place.
    for _ in range(draw(st.integers(0, 3)) if out else 0):
        again = out[draw(st.integers(0, len(out) - 1))]
        out.insert(draw(st.integers(0, len(out))), again)
    return out


@settings(deadline=None)
@given(findings())
def test_merge_is_the_union_find_over_every_finding(found):
    merged = merge(found)
    assert merged == _oracle(found)
    # A finding that is alone in its group is passed on as itself, not rebuilt.
    alone = {id(f) for f in found}
    expected_alone = [f for f in _oracle(found) if id(f) in alone]
    assert [f for f in merged if id(f) in alone] == expected_alone


def test_a_finding_of_several_figures_bridges_two_groups_in_first_order():
    def one(sev, ids, n):
        return Finding(sev, "m", ids, ids, ids[0], (Evidence(f"c{n}", "r", f"p{n}"),))
    found = [one("low", ("a",), 0), one("low", ("b",), 1), one("high", ("c",), 2),
             one("medium", ("a",), 3), one("low", ("b", "a"), 4), one("low", ("b",), 5)]
    merged = merge(found)
    assert [f.flagged for f in merged] == [("a", "b"), ("c",)]
    assert [e.check for e in merged[0].evidence] == ["c0", "c1", "c3", "c4", "c5"]
    assert merged[1] is found[2]


def _renamed(found: list[Finding], name) -> list[Finding]:
    return [Finding(f.severity, name(f.metric), tuple(map(name, f.flagged)),
                    tuple(map(name, f.subject)), f.head, f.evidence) for f in found]


def _fresh(text: str) -> str:
    # An equal string that is a new object each time (a slice of two or more characters is).
    return (text + "0_")[:-1]


@settings(deadline=None)
@given(findings())
def test_merge_keys_figures_and_metrics_by_value_not_by_object(found):
    # Two checks, or a figure read twice, may give equal ids that are not one object: a merge
    # keyed by identity (the quick way to hash a million ids) would keep them apart.
    assert _fresh("a") is not _fresh("a")
    shared: dict[str, str] = {}
    assert merge(_renamed(found, _fresh)) == merge(
        _renamed(found, lambda text: shared.setdefault(text, text + "0")))
