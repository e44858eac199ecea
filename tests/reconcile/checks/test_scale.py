"""No quadratic path for many disagreeing figures of one metric: the digits check finds its
candidate pairs through buckets, and the terminal shows a bounded part of a huge finding."""
import io
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from currency.amount import rounding_unit
from reconcile.checks.digits import _candidate_pairs, relation
from tests.helpers import examples

_figure = st.builds(
    # u: the rounding unit the digits check compares (one digit changed needs the same unit)
    lambda n, p, bound: SimpleNamespace(value=float(n) * p, precision=p, bound=bound,
                                        u=rounding_unit(float(n) * p, p, "")),
    st.integers(0, 200_000), st.sampled_from([1.0, 10.0, 0.5, 1e6, 1e8, 1e9, 0.0]),
    st.sampled_from(["exact", "exact", "about"]))


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(_figure, min_size=2, max_size=14))
def test_bucketed_pairs_find_every_pair_the_scan_of_all_pairs_finds(figures):
    distinct = list({f.value: f for f in reversed(figures)}.values())
    every = [(i, j) for i in range(len(distinct)) for j in range(i + 1, len(distinct))
             if relation(distinct[i], distinct[j])]
    found = [(i, j) for i, j in _candidate_pairs(distinct)
             if relation(distinct[i], distinct[j])]
    assert found == every


def test_unrelated_values_give_few_candidates():
    # 3,000 values with distinct digit counts and patterns: no bucket holds many of them.
    values = [SimpleNamespace(value=float(7 ** (k % 40) + k), precision=1.0, bound="about")
              for k in range(3000)]
    assert len(_candidate_pairs(values)) < 20 * len(values)


def test_a_finding_about_thousands_of_figures_shows_a_screenful(tmp_path):
    from reconcile.store.figures import COLUMNS
    from tests.helpers import run
    path = tmp_path / "f.csv"
    rows = [f"f{i},m,${(i % 7) + 1}{'0' * (i % 3)} billion,2020,2020,s{i}.txt,q{i},,,,,"
            for i in range(300)]
    path.write_text(",".join(COLUMNS) + "\n" + "\n".join(rows) + "\n")
    result = run("report", "--figures", path, "--limit", "3")
    assert result.exit_code == 0, result.output
    assert "more figures of this finding" in result.stdout
    # Three findings of a few figures each, then each figure of the metric once (2 lines).
    assert len(io.StringIO(result.stdout).readlines()) < 3 * 60 + 2 * 300 + 40
