"""Properties of the engine: findings do not depend on row order, ids or a common scale."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import findings

AMOUNTS = st.sampled_from(["{} million dollars", "${} million", "{} million USD"])
METRICS = st.sampled_from(["alpha", "beta", "gamma"])
YEARS = st.sampled_from(["2019", "2020", "2020-06", "2021"])


@st.composite
def figure_sets(draw):
    n = draw(st.integers(2, 8))
    rows = []
    for i in range(n):
        v = draw(st.integers(1, 999))
        rows.append(dict(id=f"x{i}", metric=draw(METRICS), as_of=draw(YEARS),
                         amount=draw(AMOUNTS).format(v), hedge=draw(st.sampled_from(["", "about ",
                                                                                      "over "]))))
    for r in rows:
        r["amount"] = r.pop("hedge") + r["amount"]
    return rows


def signature(f, rename=None):
    """What a finding says, independent of message wording and row order."""
    rename = rename or {}
    return sorted((r.check, r.severity, r.metric,
                   tuple(sorted(rename.get(i, i) for i in r.figures.split(";"))))
                  for r in f.itertuples())


# Each engine run costs milliseconds: fewer examples, for these tests only (a profile loaded
# here would apply to every test collected after this module).
ENGINE = settings(deadline=None, max_examples=40, suppress_health_check=[HealthCheck.too_slow])


@ENGINE
@given(figure_sets(), st.randoms(use_true_random=False))
def test_shuffling_rows_changes_no_finding(rows, rnd):
    shuffled = rows[:]
    rnd.shuffle(shuffled)
    assert signature(findings(*rows)) == signature(findings(*shuffled))


@ENGINE
@given(figure_sets())
def test_renaming_ids_changes_no_finding(rows):
    renamed = [dict(r, id="new-" + r["id"][::-1]) for r in rows]
    back = {"new-" + r["id"][::-1]: r["id"] for r in rows}
    assert signature(findings(*rows)) == signature(findings(*renamed), back)


@ENGINE
@given(figure_sets())
def test_scaling_every_figure_by_a_common_factor_changes_no_finding(rows):
    scaled = [dict(r, amount=r["amount"].replace("million", "billion")) for r in rows]
    assert signature(findings(*rows)) == signature(findings(*scaled))


@ENGINE
@given(st.integers(1, 9999), st.sampled_from(["억 달러", "억 원", "만 명"]),
       st.sampled_from(["", "약 ", "최대 "]), st.integers(2, 5))
def test_a_figure_always_agrees_with_itself(v, unit, hedge, copies):
    rows = [dict(metric="m", amount=f"{hedge}{v}{unit}")] * copies
    assert findings(*rows).empty


def test_the_engine_settings_leave_other_property_tests_alone():
    assert settings.default.max_examples != ENGINE.max_examples
