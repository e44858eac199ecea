"""Properties of the engine: findings do not depend on row order, ids or a common scale."""
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.helpers import examples, findings, signature, table

AMOUNTS = st.sampled_from(["{} million dollars", "${} million", "{} million USD", "{}억 원",
                           "{}0억 원", "{}억 엔", "{}만 명"])
METRICS = st.sampled_from(["alpha", "beta", "gamma", "total"])
YEARS = st.sampled_from(["2019", "2020", "2020-06", "2021"])
HEDGES = st.sampled_from(["", "about ", "over "])


@st.composite
def figure_sets(draw):
    """Mixed currencies, units and hedges; parts of a total; running totals; a figure with its
    digits transposed; two ranges; a restatement in another currency; an amount that left out a
    place word; an amount whose place words repeat (garbled); one written with two currencies:
    every check has work."""
    n = draw(st.integers(2, 8))
    rows = []
    for i in range(n):
        v = draw(st.integers(1, 999))
        metric = draw(METRICS)
        rows.append(dict(id=f"x{i}", metric=metric, as_of=draw(YEARS),
                         amount=draw(HEDGES) + draw(AMOUNTS).format(v),
                         part_of="total" if metric != "total" and draw(st.booleans()) else None,
                         kind="cumulative" if metric == "total" and draw(st.booleans()) else None))
    if draw(st.booleans()):                 # the first figure again, its digits transposed
        v = draw(st.integers(102, 987))
        template = draw(st.sampled_from(["${} million", "{}억 원"]))
        rows[0]["amount"] = template.format(v)
        rows.append(dict(rows[0], id=f"x{n}", amount=template.format(str(v)[::-1])))
    if draw(st.booleans()):                 # two price ranges of one fact that share an end
        lo = draw(st.integers(10, 40))
        for a, b in ((lo, lo + 5), (lo + 5, lo + 9)):
            rows.append(dict(rows[0], id=f"x{len(rows)}", amount=f"{a}~{b}달러", restates=None,
                             part_of=None, kind=None))
    if draw(st.booleans()):                 # a restatement of the first figure in won
        rows.append(dict(rows[0], id=f"x{len(rows)}", amount=f"약 {draw(st.integers(1, 999))}억 원",
                         restates="x0", part_of=None, kind=None))
    if draw(st.booleans()):                 # a won amount that left out its 억 (no 억 to scale)
        gap = f"{draw(st.integers(1, 99))}조{draw(st.integers(1000, 9999))}원"
        rows.append(dict(rows[0], id=f"x{len(rows)}", metric="gap", amount=gap, restates=None,
                         part_of=None, kind=None))
    if draw(st.booleans()):                 # a won amount whose place word is written twice
        garbled = f"{draw(st.integers(1, 99))}억{draw(st.integers(1000, 9999))}억 원"
        rows.append(dict(rows[0], id=f"x{len(rows)}", metric="slip", amount=garbled,
                         restates=None, part_of=None, kind=None))
    if draw(st.booleans()):                 # a sign and a word of two currencies, in the first
        two = f"${draw(st.integers(1, 99))} million won"    # figure's fact: weighed against it
        rows.append(dict(rows[0], id=f"x{len(rows)}", amount=two, restates=None, part_of=None,
                         kind=None))
    return rows


# Each engine run costs milliseconds: fewer examples, for these tests only (a profile loaded
# here would apply to every test collected after this module).
ENGINE = settings(deadline=None, max_examples=examples(40),
                  suppress_health_check=[HealthCheck.too_slow])


# Row order, ids and a common scale are three properties of one example each: checked in one test
# so that the figures' own findings are reconciled once for the three.
@ENGINE
@given(figure_sets(), st.randoms(use_true_random=False))
def test_shuffling_renaming_or_scaling_changes_no_finding(rows, rnd):
    found = signature(findings(*rows))
    shuffled = rows[:]
    rnd.shuffle(shuffled)
    assert signature(findings(*shuffled)) == found, "shuffling the rows"
    renamed = [dict(r, id="new-" + r["id"][::-1],
                    restates=r.get("restates") and "new-" + r["restates"][::-1]) for r in rows]
    back = {"new-" + r["id"][::-1]: r["id"] for r in rows}
    assert signature(findings(*renamed), back) == found, "renaming the ids"
    scaled = [dict(r, amount=r["amount"].replace("million", "billion").replace("억", "천억"))
              for r in rows]
    assert signature(findings(*scaled)) == found, "scaling every figure"


def test_a_conversion_listed_before_its_original_gives_the_same_findings():
    # A restatement in won of a won figure, beside two price ranges: the restatement listed
    # first once landed in an article of its own, merging the four figures into one finding.
    original = dict(id="x0", metric="beta", as_of="2019", amount="422억 원")
    ranges = [dict(original, id="x8", amount="10~15달러"), dict(original, id="x9", amount="15~19달러")]
    restated = dict(original, id="x10", amount="약 468억 원", restates="x0")
    first = signature(findings(original, *ranges, restated))
    assert signature(findings(restated, original, *ranges)) == first
    # The answer kept: a conversion is in its original's article, whichever row comes first.
    swapped = table(restated, original, *ranges).set_index("id")["source"]
    assert swapped["x10"] == swapped["x0"]


@ENGINE
@given(st.integers(1, 9999), st.sampled_from(["억 달러", "억 원", "만 명"]),
       st.sampled_from(["", "약 ", "최대 "]), st.integers(2, 5))
def test_a_figure_always_agrees_with_itself(v, unit, hedge, copies):
    rows = [dict(metric="m", amount=f"{hedge}{v}{unit}")] * copies
    assert findings(*rows).empty


@pytest.mark.slow
def test_the_generated_figures_exercise_every_check():
    # Search the generator until every check has flagged some figure set (a fixed number of
    # examples depended on which literals hypothesis happened to draw from the loaded modules).
    # One search for all checks: a search per check replayed the same derandomized sets.
    from hypothesis import find
    from hypothesis.errors import NoSuchExample

    from reconcile.checks import CHECKS
    spoke = set()

    def every_check_spoke(rows) -> bool:
        spoke.update(n for c in findings(*rows)["check"] for n in c)
        return spoke >= set(CHECKS)

    # No shrinking: each step of it is a whole reconciliation.
    search = settings(derandomize=True, database=None, max_examples=1000, deadline=None,
                      phases=[Phase.generate], suppress_health_check=list(HealthCheck))
    try:
        find(figure_sets(), every_check_spoke, settings=search)
    except NoSuchExample:
        pytest.fail(f"no generated figure set reaches {sorted(set(CHECKS) - spoke)}")


def test_the_engine_settings_leave_other_property_tests_alone():
    assert settings.default.max_examples != ENGINE.max_examples
