"""No quadratic path for many disagreeing figures of one metric: the digits check finds its
candidate pairs through buckets, and the terminal shows a bounded part of a huge finding."""
import io
from types import SimpleNamespace

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from currency.amount import rounding_unit
from reconcile.checks.digits import candidate_pairs
from reconcile.model.digit_slips import NONE, ONE_DIGIT, TRANSPOSED, relation
from tests.helpers import examples


@st.composite
def _figures(draw):
    """Figures whose digits are near each other: one base number with a digit changed, its
    digits reordered or a zero added, beside any number; at a few precisions and bounds."""
    base = draw(st.integers(10, 200_000))
    digits = list(str(base))
    numbers = []
    for _ in range(draw(st.integers(2, 14))):
        how = draw(st.sampled_from(["same", "digit", "order", "zero", "any"]))
        d = list(digits)
        if how == "digit":
            d[draw(st.integers(0, len(d) - 1))] = str(draw(st.integers(0, 9)))
        elif how == "order":
            d = draw(st.permutations(d))
        elif how == "zero":
            d.append("0")
        numbers.append(draw(st.integers(0, 200_000)) if how == "any" else int("".join(d)))
    out = []
    for n in numbers:
        p = draw(st.sampled_from([1.0, 10.0, 0.5, 1e6, 1e8, 1e9, 0.0]))
        # u: the rounding unit the digits check compares (one digit changed needs the same unit)
        out.append(SimpleNamespace(value=float(n) * p, precision=p, u=rounding_unit(
            float(n) * p, p, ""), bound=draw(st.sampled_from(["exact", "exact", "about"])),
            group=draw(st.integers(0, 1))))
    return out


def _said(a, b) -> int:
    """The rule as a reader states it, on the digits written out as text, pair by pair."""
    scale = min(a.precision, b.precision)
    if not scale > 0 or a.value <= 0 or b.value <= 0 or max(a.value, b.value) / scale > 1e15:
        return NONE
    da, db = (str(int(round(v / scale))) for v in (a.value, b.value))
    if len(da) != len(db):
        return NONE
    if sorted(da) == sorted(db):
        return TRANSPOSED
    same_unit = (a.bound == b.bound == "exact" and a.precision == b.precision and a.u == b.u)
    scale_words = a.precision > 1 and b.precision > 1 and abs(int(da) - int(db)) == 1
    if (same_unit and len(da.rstrip("0")) >= 3 and sum(x != y for x, y in zip(da, db)) == 1
            and not scale_words):
        return ONE_DIGIT
    return NONE


def _arrays(figures):
    return (np.array([f.group for f in figures]), np.array([f.value for f in figures]),
            np.array([f.precision for f in figures]),
            np.array([f.bound == "exact" for f in figures]), np.array([f.u for f in figures]))


@settings(max_examples=examples(400), deadline=None)
@given(_figures())
def test_bucketed_pairs_find_every_pair_the_scan_of_all_pairs_finds(figures):
    # Distinct values, grouped as the check orders them: group by group.
    distinct = sorted({(f.group, f.value): f for f in reversed(figures)}.values(),
                      key=lambda f: f.group)
    every = [(i, j, _said(distinct[i], distinct[j])) for i in range(len(distinct))
             for j in range(i + 1, len(distinct)) if distinct[i].group == distinct[j].group]
    every = [t for t in every if t[2] != NONE]
    group, value, precision, exact, u = _arrays(distinct)
    a, b = candidate_pairs(group, value, precision, exact, u)
    how = relation(value, precision, exact, u, a, b)
    found = [(i, j, h) for i, j, h in zip(a.tolist(), b.tolist(), how.tolist()) if h != NONE]
    assert found == every


def test_transposed_and_one_digit_pairs_of_made_up_prices():
    # $6.87 and $6.78 billion; $149,700 and $149,800 (exact, one unit); $1,249 and $1,248
    # (written out in full: one digit is a slip); 8146억 and 8147억 (scale words: rounding).
    rows = [(6.87e9, 1e7, 0), (6.78e9, 1e7, 0), (149_700.0, 1.0, 1), (149_800.0, 1.0, 1),
            (1249.0, 1.0, 2), (1248.0, 1.0, 2), (8146e8, 1e8, 3), (8147e8, 1e8, 3),
            # $120 and $130: two significant digits, too few for a slip
            (120.0, 1.0, 4), (130.0, 1.0, 4),
            # $1,301 beside $1,300 (rounded to hundreds): not one rounding unit, no slip
            (1301.0, 1.0, 5), (1300.0, 1.0, 5)]
    figures = [SimpleNamespace(value=v, precision=p, bound="exact", group=g,
                               u=rounding_unit(v, p, "")) for v, p, g in rows]
    group, value, precision, exact, u = _arrays(figures)
    a, b = candidate_pairs(group, value, precision, exact, u)
    how = relation(value, precision, exact, u, a, b)
    assert [(i, j, h) for i, j, h in zip(a.tolist(), b.tolist(), how.tolist()) if h] == [
        (0, 1, TRANSPOSED), (2, 3, ONE_DIGIT), (4, 5, ONE_DIGIT)]


def test_unrelated_values_give_few_candidates():
    # 3,000 values with distinct digit counts and patterns: no bucket holds many of them.
    values = np.array([float(7 ** (k % 40) + k) for k in range(3000)])
    ones = np.ones(3000)
    a, _ = candidate_pairs(np.zeros(3000, dtype=int), values, ones, np.zeros(3000, bool), ones)
    assert len(a) < 20 * len(values)


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

