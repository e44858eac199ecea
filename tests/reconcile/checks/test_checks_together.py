"""The checks together: which figures are compared at all, how the findings of several checks
about one figure merge, and one test file per check.

The tests of each check are in tests/reconcile/checks/test_<check>.py."""
import re
from pathlib import Path

import tests.reconcile.checks as check_tests
from reconcile.checks import CHECKS
from reconcile.engines.local import reconcile
from reconcile.model import findings as F
from reconcile.store.figures import load_figures
from tests.helpers import findings, serious, table
from tests.reconcile.checks.cases import NEARLY, RIGHT, WRONG

CHECK_TESTS = Path(check_tests.__file__).resolve().parent      # wherever this file moves


def test_different_facts_sharing_a_number_are_never_compared():
    assert findings(dict(metric="a", amount="10억 달러"), dict(metric="b", amount="1억 달러")).empty


def test_a_merged_finding_names_one_subject_with_its_own_interval():
    rec = reconcile(table(WRONG, RIGHT, dict(RIGHT, id="b2", source="b2.txt"), NEARLY))
    s = serious(rec.findings)
    assert len(s) == 1 and set(s.iloc[0].check) == {"same_fact", "digits"}
    row = s.iloc[0]
    assert row.flagged == ("a-378",) and row.record.message.startswith('a-378 ("$3.78 billion"')
    assert "a-378" not in row.against
    assert row.value_low <= 3.78e9 <= row.value_high and row.value_high < 3.8e9
    merged = [x for x in rec.records if x.flagged == ("a-378",)][0]
    for e in merged.evidence:
        assert "a-378" not in e.against


def test_evidence_never_lists_its_subject_as_a_yardstick():
    rec = reconcile(table(WRONG, RIGHT, NEARLY, dict(RIGHT, id="b2", source="b2.txt")))
    for finding in rec.records:
        assert isinstance(finding, F.Finding)
        for e in finding.evidence:
            assert not set(finding.flagged) & set(e.against)


def test_every_registered_check_has_its_own_test_file():
    missing = [n for n in CHECKS if not (CHECK_TESTS / f"test_{n}.py").is_file()]
    assert not missing, f"no tests/reconcile/checks/test_<name>.py for {missing}"


# A gap as a message prints it ("2.2 % below", "9.5× above"), and a number as messages write one
# ("3.865 bn", "1,420.55").
GAP = re.compile(r"(?:(\d+\.\d) %|([\d,.]+)×|infinitely) (above|below)\b ?")
NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?(?: (?:k|mn|bn|tn)\b)?")
SCALE = {"k": 1e3, "mn": 1e6, "bn": 1e9, "tn": 1e12}
FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "figures.csv"


def _value(text: str) -> float:
    number, _, scale = text.partition(" ")
    return float(number.replace(",", "")) * SCALE.get(scale, 1.0)


def _gaps_said(message: str) -> list[str]:
    """What is wrong with each gap of a message: it must be followed by the value it is
    measured against (with the edge named, when it is an interval's), and the point a reader
    recomputes from it and that value must be one the sentence states before it."""
    wrong = []
    for m in GAP.finditer(message):
        percent, ratio, direction = m.groups()
        rest = message[m.end():]
        yard = NUMBER.match(rest)
        if yard is None:
            wrong.append(f"no value after {message[m.start():m.end() + 40]!r}")
            continue
        edge = re.match(r"[^,;(]*, the (lower|upper) end of", rest)
        if edge and edge.group(1) != {"below": "lower", "above": "upper"}[direction]:
            wrong.append(f"the wrong edge in {message[m.start():m.end() + 60]!r}")
        if percent is None and ratio is None:         # infinitely: no point to recompute
            continue
        y = _value(yard.group())
        factor = 1 + float(percent) / 100 if percent else float(ratio.replace(",", ""))
        point = y * factor if direction == "above" else (
            y * (1 - float(percent) / 100) if percent else y / factor)
        # The sentence's clause before the gap (from its last '; ' or '. ').
        start = max(message.rfind("; ", 0, m.start()), message.rfind(". ", 0, m.start()))
        said = [_value(x) for x in NUMBER.findall(message[start + 1:m.start()])]
        slack = 0.0006 * y + 0.0006 * abs(point) if percent else 0.006 * abs(point)
        if not any(abs(x - point) <= slack for x in said):
            wrong.append(f"no point {point:g} before {message[m.start():m.end() + 40]!r}")
    return wrong


def test_every_gap_a_message_prints_names_the_value_it_is_measured_against():
    # Each check that prints a gap, on made-up figures: a digit slip merged with its same-fact
    # outlier, a figure agreeing only through its hedge, a split, a unit slip, parts above
    # their total, a wrong conversion and one between its two dates' rates; and the five
    # articles' file (converted figures, a true bound, a restatement's bound).
    plan = dict(metric="plan", amount="$17 billion", as_of="2024-11-25",
                published="2024-12-19", id="plan")
    made_up = [
        [WRONG, RIGHT, dict(RIGHT, id="b2", source="b2.txt"), NEARLY],
        [dict(metric="m", amount=a) for a in ("$3.1 billion", "$4.6 billion")],
        [dict(metric="m", amount="$40 million")] * 4 + [
            dict(metric="m", amount=a) for a in ("$4 billion", "about $41 million")],
        [dict(metric="all", amount="$1 billion", source="one.txt"),
         dict(metric="p1", amount="$700 million", part_of="all", source="one.txt"),
         dict(metric="p2", amount="$600 million", part_of="all", source="one.txt")],
        [dict(metric="m", amount="$100 million", id="usd"),
         dict(metric="m", amount="2000억원", restates="usd")],
        [plan, dict(plan, id="won", amount="약 24조1740억원", restates="plan")],
    ]
    records = [f for rows in made_up for f in reconcile(table(*rows)).records]
    records += reconcile(load_figures(FIXTURE)).records
    messages = [f.message for f in records]
    wrong = [w for m in messages for w in _gaps_said(m)]
    assert not wrong, wrong
    # Every kind of gap sentence is among them: the rule was asked of each.
    said = [m for m in messages if GAP.search(m)]
    for words in ("the same digits", "The highest value", "add up to at least",
                  "meeting neither", "beyond its rounding", "only through its hedge",
                  "the middle of its ECB band", "It gives"):
        assert any(words in m for m in said), words


def test_a_merged_finding_says_each_check_s_gap_against_its_own_yardstick():
    # The case: same_fact measures $3.78 billion from the edge of what the others agree
    # on (3.865 bn), digits from the other amount (387): two percentages, each with its value.
    [f] = [f for f in reconcile(table(WRONG, RIGHT, dict(RIGHT, id="b2", source="b2.txt"),
                                      NEARLY)).records if f.flagged == ("a-378",)]
    assert "2.2 % below 3.865 bn, the lower end of what the other figures of plant say" in f.message
    assert "378 is 2.3 % below 387;" in f.message
    assert not _gaps_said(f.message)
