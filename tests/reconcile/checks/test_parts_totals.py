"""The `parts_totals` check: the parts of a metric stated by a total's date must fit it; parts
above the total, or one part above its whole, are errors; a total above its parts is "parts not
all stated" unless the total is marked `all_parts`."""
import re

import numpy as np
import pytest

from reconcile.checks.parts import lowest_reaching
from tests.helpers import findings, flagged, serious


def test_parts_exceeding_a_total_is_high_and_a_remainder_low():
    parts = [dict(metric="p1", amount="$6B", part_of="total", as_of="2020"),
             dict(metric="p2", amount="$6B", part_of="total", as_of="2021")]
    over = serious(findings(*parts, dict(metric="total", amount="$10B", as_of="2022")))
    assert list(over["check"]) == [("parts_totals",)] and over.iloc[0].severity == "high"
    assert ("total as [9.5 bn, 10.5 bn] USD, but its parts stated by then (p1, p2: f0, f1) add "
            "up to at least 11 bn USD, 4.8 % above 10.5 bn") in over.iloc[0].message
    # Issue 18: parts below their total are parts not all stated (info) unless kind all_parts.
    under = findings(*parts, dict(metric="total", amount="$20B", as_of="2022"))
    assert list(under["severity"]) == ["info"] and "not all stated" in under.iloc[0].message
    fits = serious(findings(*parts, dict(metric="total", amount="$12B", as_of="2022")))
    assert fits.empty


def test_parts_stated_after_the_total_do_not_count():
    f = serious(findings(dict(metric="p1", amount="$6B", part_of="total", as_of="2020"),
                         dict(metric="p2", amount="$6B", part_of="total", as_of="2024"),
                         dict(metric="total", amount="$6B", as_of="2022")))
    assert f.empty


def test_a_part_can_never_exceed_its_whole():
    f = serious(findings(dict(metric="p1", amount="$16B", part_of="total", as_of="2020"),
                         dict(metric="total", amount="$10B", as_of="2022")))
    assert "larger than its whole" in " ".join(f["message"])
    assert set(f["severity"]) == {"high"} and len(f) == 1     # one finding, two pieces


TOTAL = dict(id="total", metric="grant", amount="80억 달러", as_of="2025-07", published="2025-07")
PARTS = [dict(id="p1", metric="grant_a", amount="45억 달러", part_of="grant", as_of="2025-07",
              published="2025-07"),
         dict(id="p2", metric="grant_b", amount="20억 달러", part_of="grant", as_of="2025-07",
              published="2025-07")]


def test_parts_below_their_total_are_not_all_stated():
    f = findings(TOTAL, *PARTS)
    assert serious(f).empty
    assert "parts not all stated" in " ".join(f["message"]).lower()


def test_parts_below_a_total_marked_all_parts_are_a_finding():
    f = serious(findings(dict(TOTAL, kind="all_parts"), *PARTS))
    assert list(f["severity"]) == ["low"] and flagged(f) == [{"total"}]
    assert "all_parts" in f.iloc[0].message


@pytest.mark.parametrize("total, parts", [
    ("약 80억 달러", ("60억 달러", "30억 달러")),
    ("about $8 billion", ("$6 billion", "$3 billion")),
])
def test_round_korean_parts_are_judged_as_their_english_spelling(total, parts):
    # 60억 and 30억 are how Korean writes $6 billion and $3 billion: rounded at their one digit,
    # their sum (8 to 10 billion) meets about 8 billion in either spelling.
    late = [dict(p, published="2025-09-01", amount=a) for p, a in zip(PARTS, parts)]
    assert serious(findings(dict(TOTAL, amount=total), *late)).empty


def test_parts_above_their_total_say_which_side_the_evidence_favours():
    # Not 60억 + 30억: those are "$6 billion" + "$3 billion" rounded, which meet about 80억
    # (`test_round_korean_parts_are_judged_as_their_english_spelling`).
    late = [dict(p, published="2025-09-01", amount=a) for p, a in zip(PARTS, ["61억 달러",
                                                                              "32억 달러"])]
    f = serious(findings(dict(TOTAL, amount="약 80억 달러"), *late))
    assert flagged(f) == [{"total"}] and "the parts are published later" in f.iloc[0].message
    assert "favours the parts" in f.iloc[0].message
    early = [dict(p, published="2025-01", as_of="2025-01") for p in late]
    precise = dict(TOTAL, amount="80.0억 달러")
    g = serious(findings(precise, *early))
    assert "favours the total" in g.iloc[0].message
    # The parts' precision is recomputable from the sum the sentence shows: half its width over
    # its middle.
    said = re.search(r"the parts' sum \[([\d.]+) bn, ([\d.]+) bn\] USD ±([\d.]+) %",
                     g.iloc[0].message)
    assert said, g.iloc[0].message
    lo, hi, pct = map(float, said.groups())
    assert abs(pct - (hi - lo) / (hi + lo) * 100) <= 0.05 + 1e-9


def test_the_publication_dates_are_said_as_the_figures_write_them():
    # A month is said as a month, not as its last day; a day as that day.
    for total_pub, parts_pub in (("2025-07", "2025-09"), ("2025-07-02", "2025")):
        parts = [dict(p, published=parts_pub, amount="60억 달러") for p in PARTS]
        f = serious(findings(dict(TOTAL, published=total_pub), *parts))
        assert f"published later ({parts_pub}, the total by {total_pub})" in f.iloc[0].message


def test_a_total_whose_parts_all_come_later_has_no_finding():
    # No (total, part) pair at all: nothing to sum, nothing to say. Called directly: the engine
    # would report a check that fails, not raise.
    from reconcile.checks.parts import parts_and_totals
    from reconcile.engines.local import Context, evidence_base
    from tests.helpers import table
    figures = table(dict(metric="p1", amount="$16B", part_of="total", as_of="2024"),
                    dict(metric="total", amount="$10B", as_of="2022"))
    assert parts_and_totals(evidence_base(figures), Context()) == []


def test_a_remainder_is_said_with_bounds_rounded_outward():
    # The part 4129억3000만원 may be truncated: at most 412.94 bn KRW, which "at most 412.9 bn"
    # would understate; the total's 945 bn less it leaves at least 532.06 bn, not "532.1".
    f = findings(dict(metric="p", amount="4129억3000만원", part_of="total", as_of="2020"),
                 dict(metric="total", amount="9500억원", as_of="2022"))
    msg = " ".join(f.iloc[0].message.split())
    assert "[945 bn, 955 bn] KRW" in msg, msg
    assert "add up to at most 413 bn KRW, leaving at least 532 bn KRW" in msg, msg
    assert "kind all_parts on the total would say" in msg


def _deal(total: list[str], parts: dict[str, list[str]], amount: str = "$545 million"):
    """A price stated by the sources `total`, each in its own words (no two are copies), and its
    parts (amount: sources) by others."""
    rows = [dict(id=f"t{i}", metric="price", amount=_spelled(amount, i), source=s)
            for i, s in enumerate(total)]
    return serious(findings(*rows, *_parts(parts)))


def _spelled(amount: str, i: int) -> str:
    """"$545 million" in its i-th wording (0 to 4): alike in value, never a copy's text."""
    return [amount, "US" + amount, amount.replace(" million", "m").replace(" billion", "bn"),
            amount[1:] + " dollars", "USD " + amount[1:]][i]


def _parts(parts: dict[str, list[str]]) -> list[dict]:
    """Parts of the price (amount: the sources that state it, each in its own wording)."""
    return [dict(id=f"p{k}{i}", metric=f"part{k}", amount=_spelled(part, i), part_of="price",
                 source=s)
            for k, (part, sources) in enumerate(parts.items()) for i, s in enumerate(sources)]


def test_a_part_one_source_states_is_blamed_when_more_sources_state_the_total():
    # Four reports give $545 million; one adds parts of $440 million (to the ten) and
    # $121 million, the $121 million also in another report: the part only one source states
    # is flagged.
    f = _deal(["a.txt", "b.txt", "c.txt", "d.txt"],
              {"$440 million": ["b.txt"], "$121 million": ["b.txt", "e.txt"]})
    assert flagged(f) == [{"p00"}] and list(f["severity"]) == ["high"]
    msg = f.iloc[0].message
    assert ("4 figures (t0, t1, t2, t3) from 4 sources (counted by file, the same amount text on the same publication date once) state the total alike and "
            "exclude the parts' sum, against 1 for this part") in msg, msg
    assert "t0, t1, t2, t3 give it" in msg and "lie in [422.5 mn, 425.5 mn] USD" in msg, msg
    assert "this part is the one wrong" in msg and "the sources of each side" in msg, msg


def test_a_total_fewer_sources_state_than_its_parts_is_still_flagged():
    # One report's total is wrong, its parts agree across reports: the total is flagged.
    f = _deal(["a.txt"], {"$437 million": ["b.txt", "c.txt"], "$121 million": ["b.txt", "d.txt"]},
              amount="$505 million")
    assert flagged(f) == [{"t0"}]
    # A part many reports state beside a total one report states: the total, as before.
    g = _deal(["a.txt"], {"$437 million": ["b.txt", "c.txt", "d.txt"], "$121 million": ["a.txt"]})
    assert flagged(g) == [{"t0"}]
    # As many sources on each side: nothing to weigh, so the totals, as before.
    h = _deal(["a.txt", "b.txt"], {"$437 million": ["c.txt", "d.txt"],
                                   "$121 million": ["a.txt", "e.txt"]})
    assert flagged(h) == [{"t0"}, {"t1"}]


def test_parts_that_exceed_the_total_without_the_weakest_blame_the_total():
    # Without the $21 million the other parts (558) still exceed the total: no one part explains
    # it, so the total is flagged as before.
    f = _deal(["a.txt", "b.txt", "c.txt"],
              {"$303 million": ["a.txt", "d.txt"], "$251 million": ["b.txt", "e.txt"],
               "$21 million": ["f.txt"]}, amount="$505 million")
    assert flagged(f) == [{"t0"}, {"t1"}, {"t2"}]
    # Both parts from one source each, against three: no part stays unblamed, so no one slip is
    # named and the totals are flagged, as before (this branch once blamed both parts).
    g = _deal(["a.txt", "b.txt", "c.txt"], {"$437 million": ["d.txt"], "$121 million": ["e.txt"]})
    assert flagged(g) == [{"t0"}, {"t1"}, {"t2"}], g["message"].tolist()


def _price(*totals: tuple[str, str], parts: dict[str, list[str]]):
    """A price stated as (amount, source) pairs, each as written, and its parts as `_deal`'s."""
    rows = [dict(id=f"t{i}", metric="price", amount=a, source=s) for i, (a, s) in enumerate(totals)]
    return serious(findings(*rows, *_parts(parts)))


def test_copies_of_one_wire_count_once_for_the_total():
    # The wrong $545 million in three same-day copies of one wire (558 = 437 + 121 is right):
    # one source, so the total stays flagged, not the part.
    f = _price(*(("$545 million", s) for s in ("w1.txt", "w2.txt", "w3.txt")),
               parts={"$437 million": ["a.txt"], "$121 million": ["a.txt", "b.txt"]})
    assert flagged(f) == [{"t0"}, {"t1"}, {"t2"}], f["message"].tolist()
    # One reprint of an article that states its own parts: still one source.
    g = _price(("$545 million", "a.txt"), ("$545 million", "a_reprint.txt"),
               parts={"$437 million": ["a.txt"], "$121 million": ["a.txt"]})
    assert flagged(g) == [{"t0"}, {"t1"}], g["message"].tolist()


def test_one_source_stating_a_figure_often_is_one_source():
    # One article gives the total in its headline, body and caption: one source against the
    # part's one, so the total stays flagged.
    f = _price(("$545 million", "a.txt"), ("US$545 million", "a.txt"), ("$545m", "a.txt"),
               parts={"$437 million": ["b.txt"], "$121 million": ["b.txt", "c.txt"]})
    assert {"t0"} in flagged(f) and not any(x & {"p00", "p10"} for x in flagged(f))
    # A part one article repeats is one source too: the parts tie, and the totals are flagged.
    g = _price(("$545 million", "a.txt"), ("US$545 million", "b.txt"), ("$545m", "c.txt"),
               parts={"$437 million": ["d.txt"], "$121 million": ["e.txt", "e.txt", "e.txt"]})
    assert flagged(g) == [{"t0"}, {"t1"}, {"t2"}], g["message"].tolist()


def test_figures_that_fit_the_parts_sum_do_not_support_the_total():
    # Only one figure gives the total precisely; the hedged ones fit the parts' 558 too.
    f = _price(("$545 million", "a.txt"), ("more than $500 million", "b.txt"),
               ("about $550 million", "c.txt"), ("more than $500 million", "d.txt"),
               parts={"$437 million": ["e.txt"], "$121 million": ["e.txt", "f.txt"]})
    assert {"t0"} in flagged(f) and not any(x & {"p00", "p10"} for x in flagged(f))


def test_figures_that_disagree_with_the_total_do_not_support_it():
    # Two sources give $545 million, two others other prices: the total has two sources, no
    # more than the weakest part's two, so it stays flagged.
    f = _price(("$545 million", "a.txt"), ("US$545 million", "b.txt"),
               ("$300 million", "c.txt"), ("$310 million", "d.txt"),
               parts={"$437 million": ["e.txt", "f.txt"], "$121 million": ["e.txt", "f.txt", "g.txt"]})
    assert {"t0"} in flagged(f) and not any(x & {"p00", "p01"} for x in flagged(f)), \
        f["message"].tolist()


def test_a_power_of_ten_slip_in_a_copied_total_flags_the_total():
    # The total $54.5 million in three copies against parts 437 and 121 from one article.
    f = _price(*(("$54.5 million", s) for s in ("w1.txt", "w2.txt", "w3.txt")),
               parts={"$437 million": ["a.txt"], "$121 million": ["a.txt"]})
    assert all(x <= {"t0", "t1", "t2"} for x in flagged(f)) and len(f), f["message"].tolist()
    # Two sources for the total against one part's one (the other part's four): too little to
    # move the flag off the total when the total's two are copies.
    g = _price(("$545 million", "a.txt"), ("$545 million", "b.txt"),
               parts={"$437 million": ["c.txt", "d.txt", "e.txt", "f.txt"], "$121 million": ["g.txt"]})
    assert flagged(g) == [{"t0"}, {"t1"}], g["message"].tolist()


def test_a_part_larger_than_a_well_supported_whole_is_the_one_flagged():
    # One source's part is ten times too large: the sum's finding blames it, and the whole that
    # four sources state is not also said to be smaller than it.
    f = _deal(["a.txt", "b.txt", "c.txt", "d.txt"],
              {"$4.37 billion": ["b.txt"], "$121 million": ["b.txt", "e.txt"]})
    assert flagged(f) == [{"p00"}], f["message"].tolist()
    assert "it alone is larger than the total" in f.iloc[0].message
    # A whole one source states is still the one flagged, as before.
    g = _deal(["a.txt"], {"$4.37 billion": ["b.txt", "c.txt"], "$121 million": ["b.txt"]})
    assert flagged(g) == [{"t0"}] and "larger than its whole" in g.iloc[0].message


def test_a_total_outside_its_own_facts_consensus_is_not_said_to_be_favoured():
    # Three reports give $545 million, one $505 million; the parts (424 + 121) fit the three.
    # The $505 million is flagged, and the evidence favours the parts, not that total, even
    # though it is published later and stated as precisely.
    rows = [dict(id=f"t{i}", metric="price", amount="$545 million", source=s)
            for i, s in enumerate(["a.txt", "b.txt", "c.txt"])]
    rows += [dict(id="t3", metric="price", amount="$505 million", source="d.txt",
                  published="2023-03-01"),
             dict(id="p0", metric="part0", amount="$424 million", part_of="price", source="e.txt"),
             dict(id="p1", metric="part1", amount="$121 million", part_of="price", source="f.txt")]
    f = serious(findings(*rows))
    assert flagged(f) == [{"t3"}]
    msg = f.iloc[0].message
    assert "the total is published later" in msg, msg
    assert ("but the other figures of the total ([544.5 mn, 546 mn] USD) fit the parts' sum and "
            "this one does not, so the evidence favours the parts") in msg, msg


def _k(part: str, days: tuple[str, str, str], **totals):
    """One release's $755 million copied by three outlets on three days, against payment
    $655 million (two articles) and a contribution (one): the third review's shapes."""
    return findings(*[dict(id=f"t{i}", metric="price", amount="$755 million",
                           published=f"2024-05-0{d}", source=f"{s}.txt", **totals)
                      for i, (d, s) in enumerate(zip((4, 5, 6), "abc"))],
                    *[dict(id=f"p{i}", metric=m, amount=a, part_of="price", published=d,
                           source=f"{s}.txt")
                      for i, (m, a, d, s) in enumerate((("payment", "$655 million", days[0], "d"),
                                                        ("payment", "$655 million", days[1], "e"),
                                                        ("contribution", part, days[2], "d")))])


def test_a_coarser_part_is_flagged_and_each_total_keeps_an_info_note():
    # K: the part is rounded to the ten, the total to the unit: the part is flagged, and each
    # total figure says what its parts exceed it by, who was flagged and that copies may mislead.
    f = _k("$120 million", ("2024-05-02", "2024-05-03", "2024-05-03"))
    assert flagged(serious(f)) == [{"p2"}], f["message"].tolist()
    msg = serious(f).iloc[0].message
    assert ("the total is published later (2024-05-04, the parts by 2024-05-03) and the total is "
            "rounded more finely (its interval 1.5 mn USD wide, this part's 10 mn USD), and 3 "
            "figures (t0, t1, t2, all writing '$755 million') from 3 sources") in msg, msg
    assert msg.index("against 1 for this part") < msg.index("Tried:"), msg
    notes = f[f["severity"] == "info"]
    assert [set(x) for x in notes["flagged"]] == [set()] * 3, notes["message"].tolist()
    for i, note in enumerate(notes["message"]):
        assert note.startswith(f't{i} ("$755 million"') and ("exceed it by at least 13.5 mn "
                                                              "USD; the part contribution (p2) "
                                                              "is flagged instead") in note, note
        assert "copies of one release, the total may be the wrong side" in note, note


def test_a_part_published_later_leaves_the_flag_on_the_total():
    # K3: the parts published after the totals.
    f = serious(_k("$120 million", ("2024-05-08", "2024-05-09", "2024-05-10")))
    assert flagged(f) == [{"t0"}, {"t1"}, {"t2"}], f["message"].tolist()


def test_a_part_as_finely_rounded_as_the_total_is_blamed_and_the_totals_keep_their_notes():
    # K5: the part rounded to the unit, as the total. The rule's known limit: if the three
    # totals copy one wrong release, the right part is flagged; each total's info note says
    # the total may be the wrong side, so the disagreement is never hidden.
    f = _k("$125 million", ("2024-05-02", "2024-05-03", "2024-05-03"))
    assert flagged(serious(f)) == [{"p2"}], f["message"].tolist()
    notes = f[f["severity"] == "info"]["message"].tolist()
    assert len(notes) == 3 and all("may be the wrong side" in n for n in notes), notes


@pytest.mark.parametrize("outlets, blamed", [("abc", True), ("ab", False)])
def test_the_margin_is_more_than_twice_the_parts_sources(outlets, blamed):
    # 3 sources against the part's 1 blame the part; 2 against 1 leave the flag on the total.
    f = _deal(list(map("{}.txt".format, outlets)),
              {"$440 million": ["x.txt"], "$121 million": ["x.txt", "y.txt"]})
    assert (flagged(f) == [{"p00"}]) is blamed, f["message"].tolist()
    assert len(f) == (1 if blamed else len(outlets)), f["message"].tolist()


def test_a_chain_of_copies_across_sources_is_one_source():
    # Five outlets, each sharing one wire's copy with the next (w0 and w1 on one day, w1 and w2
    # on the next, ...): one source, so the wrong total stays flagged, not the part.
    rows = [dict(id=f"t{k}{j}", metric="price", amount=_spelled("$545 million", k),
                 published=f"2024-05-0{k + 1}", source=f"w{k + j}.txt")
            for k in range(4) for j in (0, 1)]
    rows += _parts({"$437 million": ["a.txt"], "$121 million": ["a.txt", "b.txt"]})
    f = serious(findings(*rows))
    assert not any(x & {"p00", "p10", "p11"} for x in flagged(f)) and len(f), \
        f["message"].tolist()


def _deal_of(totals: list[tuple[str, str, str]], parts: list[tuple[str, str, str, str]]):
    """A price stated as (amount, published, source) and its parts as (metric, amount,
    published, source), each as written."""
    rows = [dict(id=f"t{i}", metric="price", amount=a, published=d, source=s)
            for i, (a, d, s) in enumerate(totals)]
    rows += [dict(id=f"p{i}", metric=m, amount=a, part_of="price", published=d, source=s)
             for i, (m, a, d, s) in enumerate(parts)]
    return serious(findings(*rows))


# Totals several outlets state alike and a right breakdown in one article: each flags the total
# (as before blame by sources), never the part.
_COARSE_PARTS = [("payment", "$1.15 billion", "2024-06-04", "f.txt"),
                 ("deposit", "$243 million", "2024-06-04", "f.txt"),
                 ("deposit", "$243 million", "2024-06-05", "g.txt")]
_CASES = {
    # Three outlets on three days round the total alike; the parts are finer and later.
    "rounded_on_three_days": ([("$1.3 billion", f"2024-06-0{d}", f"{s}.txt")
                               for d, s in ((1, "a"), (2, "b"), (3, "c"))], _COARSE_PARTS),
    # The same, with the parts giving a sum the total rounds down from.
    "truncated_on_three_days": ([("$1.2 billion", f"2024-06-0{d}", f"{s}.txt")
                                 for d, s in ((1, "a"), (2, "b"), (3, "c"))],
                                [("payment", "$951 million", "2024-06-04", "f.txt"),
                                 ("deposit", "$307 million", "2024-06-04", "f.txt"),
                                 ("deposit", "$307 million", "2024-06-05", "g.txt")]),
    # One wire in two languages on one day.
    "one_wire_two_languages": ([("$1.3 billion", "2024-06-02", "w.txt"),
                                ("13억 달러", "2024-06-02", "k.txt")], _COARSE_PARTS),
    # One wire's three spellings on one day.
    "one_wire_three_spellings": ([("$1.3 billion", "2024-06-02", "w1.txt"),
                                  ("$1.3bn", "2024-06-02", "w2.txt"),
                                  ("US$1.3 billion", "2024-06-02", "w3.txt")], _COARSE_PARTS),
    # One wire's text reprinted the next day.
    "one_wire_two_days": ([("$1.3 billion", "2024-06-02", "w1.txt"),
                           ("$1.3 billion", "2024-06-03", "w2.txt")], _COARSE_PARTS),
    # An article's total repeated four days later; the parts in two other articles.
    "a_total_and_its_follow_up": ([("$1.3 billion", "2024-06-01", "a.txt"),
                                   ("$1.3 billion", "2024-06-05", "b.txt")],
                                  [("payment", "$1.15 billion", "2024-06-02", "f.txt"),
                                   ("deposit", "$243 million", "2024-06-02", "g.txt"),
                                   ("deposit", "$243 million", "2024-06-03", "h.txt")]),
    # A precise slip ($846m for $864m) in an article and its follow-up, against a right
    # breakdown ($744m + $120m) whose larger part three articles give.
    "a_precise_slip_repeated": ([("$846 million", "2024-06-01", "a.txt"),
                                 ("$846 million", "2024-06-05", "b.txt")],
                                [("payment", "$744 million", "2024-06-02", "c.txt"),
                                 ("payment", "$744 million", "2024-06-03", "d.txt"),
                                 ("payment", "$744 million", "2024-06-04", "e.txt"),
                                 ("deposit", "$120 million", "2024-06-02", "c.txt")]),
}
# The same shapes with a precise wrong total ($846m for $864m = $744m + $120m): only the count
# of sources can keep these on the total.
_PRECISE_PARTS = [("payment", "$744 million", "2024-06-03", "c.txt"),
                  ("deposit", "$120 million", "2024-06-03", "c.txt"),
                  ("deposit", "$120 million", "2024-06-04", "d.txt")]
_CASES.update({
    "one_wire_two_languages_precise": ([("$846 million", "2024-06-02", "w.txt"),
                                        ("8억4600만 달러", "2024-06-02", "k.txt")], _PRECISE_PARTS),
    "one_wire_two_days_precise": ([("$846 million", "2024-06-02", "w1.txt"),
                                   ("$846 million", "2024-06-03", "w2.txt")], _PRECISE_PARTS),
    "a_total_and_its_follow_up_precise": ([("$846 million", "2024-06-01", "a.txt"),
                                           ("$846 million", "2024-06-05", "b.txt")],
                                          _PRECISE_PARTS),
    # Three outlets against a part two state: not more than twice as many.
    "three_against_two_precise": ([("$846 million", f"2024-06-0{d}", f"{s}.txt")
                                   for d, s in ((1, "a"), (2, "b"), (5, "e"))],
                                  [*_PRECISE_PARTS, ("payment", "$744 million", "2024-06-04",
                                                     "d.txt"),
                                   ("deposit", "$120 million", "2024-06-05", "f.txt")]),
})


@pytest.mark.parametrize("case", _CASES)
def test_a_total_few_sources_or_a_coarse_wording_state_is_still_flagged(case):
    f = _deal_of(*_CASES[case])
    assert len(f) and all(x <= {"t0", "t1", "t2"} for x in flagged(f)), f["message"].tolist()


def test_later_parts_as_precise_as_the_total_keep_the_flag_on_the_total():
    # Four outlets give $500 million; one later article's parts ($600m, the $400m also in a
    # second) are as precise: the dates favour the parts, so no count overrules them.
    f = _deal_of([("$500 million", f"2024-06-0{d}", f"{s}.txt") for d, s in enumerate("abcd", 1)],
                 [("part0", "$600 million", "2024-06-09", "e.txt"),
                  ("part1", "$400 million", "2024-06-09", "e.txt"),
                  ("part1", "$400 million", "2024-06-08", "f.txt")])
    assert flagged(f) == [{"t0"}, {"t1"}, {"t2"}, {"t3"}], f["message"].tolist()
    assert "so the evidence favours the parts" in f.iloc[0].message


def _two_ways(totals: tuple[str, str] = ("$2 billion", "US$2 billion"), by_kind: str = "a.txt",
              by_payer: str = "c.txt",
              payers: tuple[str, ...] = ("$1.04 billion", "$560 million", "$400 million"),
              payer_source: dict | None = None,
              kinds: tuple[str, str] = ("$1.6 billion", "$400 million"), every: bool = False):
    """A contribution stated by two reports, broken down by kind (cash and in kind, in
    `by_kind`) and by payer (three companies, in `by_payer`, or per part in `payer_source`)."""
    rows = [dict(id=f"t{i}", metric="contribution", amount=a, source=s)
            for i, (a, s) in enumerate(zip(totals, ("a.txt", "b.txt")))]
    rows += [dict(id="cash", metric="cash", amount=kinds[0], part_of="contribution",
                  source=by_kind),
             dict(id="kind", metric="in_kind", amount=kinds[1], part_of="contribution",
                  source=by_kind)]
    rows += [dict(id=f"pay{k}", metric=f"payer{k}", amount=a, part_of="contribution",
                  source=(payer_source or {}).get(k, by_payer)) for k, a in enumerate(payers)]
    f = findings(*rows)
    return f if every else serious(f)


def test_a_total_two_reports_break_down_two_ways_is_met_by_each_breakdown():
    # $1.6 billion + $400 million by kind, $1.04 billion + $560 million + $400 million by payer:
    # both are $2 billion, so their sum ($4 billion) exceeds nothing.
    assert _two_ways().empty


def test_each_total_read_as_broken_down_two_ways_keeps_an_info_note_naming_the_breakdowns():
    # Two half-year reports whose quarters meet a wrong annual total read the same: the note
    # lets a reader see which parts were read as which breakdown, and their sums.
    f = _two_ways(every=True)
    assert set(f["severity"]) == {"info"} and flagged(f) == [set(), set()], f["message"].tolist()
    for m in f["message"]:
        assert "read as 2 breakdowns" in m and "[1.5 bn, 2.5 bn] USD" in m, m
        assert "(cash, in_kind, payer0, payer1, payer2: cash, kind, pay0, pay1, pay2)" in m, m
        assert "3.93 bn USD, 1.43 bn USD more than it (57.2 % above 2.5 bn," in m, m
        assert "a.txt: cash + in_kind = [1.945 bn, 2.055 bn] USD" in m, m
        assert "c.txt: payer0 + payer1 + payer2 = [1.985 bn, 2.02 bn] USD" in m, m


def test_a_report_stating_a_part_twice_states_it_once():
    # c.txt gives the first payer's $1.04 billion twice: its payers still make $2 billion.
    rows = [dict(id=f"t{i}", metric="contribution", amount="$2 billion", source=s)
            for i, s in enumerate(("a.txt", "b.txt"))]
    parts = [("cash", "$1.6 billion", "a.txt"), ("in_kind", "$400 million", "a.txt"),
             ("payer0", "$1.04 billion", "c.txt"), ("payer0", "$1.04 billion", "c.txt"),
             ("payer1", "$560 million", "c.txt"), ("payer2", "$400 million", "c.txt")]
    rows += [dict(id=f"p{k}", metric=m, amount=a, part_of="contribution", source=s)
             for k, (m, a, s) in enumerate(parts)]
    assert serious(findings(*rows)).empty


_NOT_TWO_WAYS = {
    # Both breakdowns in one report: what the sources state together is the five parts.
    "one report": dict(by_payer="a.txt"),
    # The total is half of each breakdown: neither meets it.
    "a wrong total": dict(totals=("$1 billion", "US$1 billion")),
    # The payers' parts in three reports: a part alone is no breakdown.
    "parts stated alone": dict(payer_source={0: "c.txt", 1: "d.txt", 2: "e.txt"}),
    # One report's part as large as the total: a part that is the whole is no breakdown.
    "a part as large as the total": dict(payers=("$2 billion",)),
    # An open total ("up to") meets any breakdown below it.
    "an open total": dict(totals=("up to $2 billion", "up to US$2 billion")),
    # The second breakdown ($2.6 billion) exceeds the total ($1.5 billion to $2.5 billion).
    "a breakdown above the total": dict(payers=("$1.04 billion", "$1.16 billion",
                                                "$400 million")),
    # Each breakdown meets the coarse total ($1.5 billion to $2.5 billion) but not the other:
    # the payers ($560 million written $650 million) make $2.09 billion, the kinds $2 billion.
    "a slipped part": dict(payers=("$1.04 billion", "$650 million", "$400 million")),
    # The same, further apart: $560 million written $960 million, the payers $2.4 billion.
    "a slipped part, far": dict(payers=("$1.04 billion", "$960 million", "$400 million")),
    # A vague total ("hundreds of millions") meets almost any breakdown: it is never cleared.
    "a vague total": dict(totals=("hundreds of millions of dollars",) * 2,
                          kinds=("$600 million", "$200 million"),
                          payers=("$500 million", "$300 million")),
    # More parts than the search takes (two by kind, eleven by payer): left to the sum.
    "thirteen parts": dict(payers=("$1.04 billion", "$600 million") + ("$40 million",) * 9),
    # An open part ("more than $1 billion") meets any total: the payers' $560 million written
    # $960 million is no longer hidden by it.
    "an open part": dict(kinds=("about $1.6 billion", "about $400 million"),
                         payers=("more than $1 billion", "$960 million", "$400 million")),
}


@pytest.mark.parametrize("case", _NOT_TWO_WAYS)
def test_parts_the_sources_do_not_state_as_breakdowns_that_each_meet_the_total_exceed_it(case):
    # Both totals flagged by the sum, as without breakdowns; a vague total's flag is low.
    f = _two_ways(**_NOT_TWO_WAYS[case])
    assert flagged(f) == [{"t0"}, {"t1"}], f["message"].tolist()
    assert set(f["severity"]) == {"low" if case == "a vague total" else "high"}, f["severity"]
    assert all(set(x) == {"parts_totals"} for x in f["check"]), f["check"].tolist()


def test_halves_of_three_years_are_not_three_breakdowns_of_one_year():
    # x.txt, y.txt, z.txt each give the two halves of one year (2022, 2023, 2024), each year
    # about $2 billion: parts of different periods, so their sum ($5.9 billion) exceeds it.
    rows = [dict(id=f"t{i}", metric="contribution", amount="$2 billion", source=s,
                 as_of="2024-12-31", published="2025-02-01") for i, s in enumerate("ab")]
    for y, s, (h1, h2) in zip((2022, 2023, 2024), "xyz", (("$900 million", "$1.1 billion"),
                               ("$1.04 billion", "$960 million"), ("$1 billion", "$880 million"))):
        rows += [dict(id=f"{h}_{y}", metric=f"{h}_{y}", amount=a, part_of="contribution",
                      source=f"{s}.txt", as_of=f"{y}-{end}", published=f"{y + 1}-01-20")
                 for h, a, end in (("h1", h1, "06-30"), ("h2", h2, "12-31"))]
    f = serious(findings(*rows))
    assert flagged(f) == [{"t0"}, {"t1"}] and set(f["severity"]) == {"high"}, f["message"].tolist()


def test_reports_sharing_a_part_are_not_breakdowns():
    # a.txt: cash and in kind; c.txt: in kind and one payer; d.txt: two other payers. Each
    # report's parts meet the $2 billion, but c.txt shares the in-kind part with a.txt, and
    # without it the five parts are not covered: no two breakdowns, and the sum exceeds it.
    parts = [("cash", "$1.6 billion", "a.txt"), ("in_kind", "$400 million", "a.txt"),
             ("in_kind", "$400 million", "c.txt"), ("payer0", "$1.6 billion", "c.txt"),
             ("payer1", "$1.2 billion", "d.txt"), ("payer2", "$800 million", "d.txt")]
    rows = [dict(id="t0", metric="contribution", amount="$2 billion", source="a.txt")]
    rows += [dict(id=f"p{k}", metric=m, amount=a, part_of="contribution", source=s)
             for k, (m, a, s) in enumerate(parts)]
    f = serious(findings(*rows))
    assert flagged(f) == [{"t0"}], f["message"].tolist()


def _repeated_deal(others: list[str], parts: tuple[str, str] = ("$900 million", "$450 million"),
                   metrics: tuple[str, str, str] = ("price", "value", "cash"), everything=False,
                   extra: tuple = ()):
    """One article's total of $1.2 billion and two parts above it; `others` state the three
    figures too (of `metrics`), each in a file of its own; `extra` rows are added as given.
    Findings above info, or all of them (`everything`)."""
    rows = [dict(id="t0", metric="price", amount="$1.2 billion", source="a.txt"),
            dict(id="a0", metric="value", amount="$900 million", part_of="price",
                 source="a.txt"),
            dict(id="a1", metric="cash", amount="$450 million", part_of="price", source="a.txt")]
    for k, src in enumerate(others):
        rows += [dict(id=f"o{k}t", metric=metrics[0], amount="$1.2 billion", source=src),
                 dict(id=f"o{k}a", metric=metrics[1], amount=parts[0], source=src),
                 dict(id=f"o{k}b", metric=metrics[2], amount=parts[1], source=src)]
    f = findings(*(dict(r, as_of="2024", published="2024-05-14") for r in [*rows, *extra]))
    return f if everything else serious(f)


def test_parts_above_a_total_two_sources_state_alike_are_a_note():
    e = _repeated_deal(["b.txt"], everything=True)
    sums = e[e["message"].str.contains("add up to")]
    assert sorted(sums["message"].str[:3]) == ["o0t", "t0 "], e["message"].tolist()
    assert set(sums["severity"]) == {"info"} and flagged(sums) == [set(), set()]
    assert "2 sources" in sums.iloc[0].message
    assert "repeat the same figures" in sums.iloc[0].message
    assert "a note, not an alarm" in sums.iloc[0].message
    assert serious(e).empty
    # Every statement of the total meets the repeated parts: an article writing the total
    # otherwise ($1.26 billion, outside the others' rounding) is the same note, not an alarm (its
    # finding is low only as the other figures of the total say otherwise).
    x = _repeated_deal(["b.txt"], everything=True, extra=(
        dict(id="c0", metric="price", amount="$1.26 billion", source="c.txt"),))
    c0 = x[x["message"].str.startswith("c0 ")]
    assert c0["message"].str.contains("repeat the same figures").all(), x["message"].tolist()
    assert list(c0["severity"]) == ["low"], x["message"].tolist()
    # One article alone is no repetition: high.
    g = _repeated_deal([])
    assert list(g["severity"]) == ["high"] and "repeat" not in g.iloc[0].message
    # The same article stating the figures again is one source.
    h = _repeated_deal(["a.txt"])
    assert set(h["severity"]) == {"high"}
    # Another whose parts differ does not repeat this breakdown: high.
    k = _repeated_deal(["b.txt"], parts=("$700 million", "$450 million"))
    assert "high" in set(k["severity"]) and "repeat" not in " ".join(k["message"])
    # Open figures ("up to") meet nearly any amount below them: they repeat nothing.
    v = _repeated_deal(["b.txt"], parts=("up to $1 billion", "up to $500 million"))
    assert "high" in set(v["severity"]) and "repeat" not in " ".join(v["message"])
    # Figures of other metrics (other facts of the same values) repeat nothing.
    m = _repeated_deal(["b.txt", "c.txt"], metrics=("fee", "loan", "debt"))
    assert list(m["severity"]) == ["high"]
    # A vague one ("hundreds of millions") too.
    w = _repeated_deal(["b.txt"], parts=("hundreds of millions of dollars", "$450 million"))
    assert "high" in set(w["severity"]) and "repeat" not in " ".join(w["message"])


def _deal_in(sources: list, total: str = "price", parts: tuple = ("value", "cash"),
             amounts: tuple = ("$1.2 billion", "$900 million", "$450 million")) -> list[dict]:
    """A total and two parts above it, stated alike in each of `sources` (None: no source, as
    a caller of the library may pass)."""
    rows = []
    for k, src in enumerate(sources):
        for m, a, p in zip((total, *parts), amounts, (None, total, total)):
            row = dict(id=f"{total[0]}{k}{m[0]}", metric=m, amount=a, part_of=p, as_of="2024",
                       published="2024-05-14")
            rows.append(dict(row, source=src))
    return rows


def test_a_breakdown_is_weighed_whenever_two_sources_may_repeat_it():
    # Only totals whose metric and every part's are in two or more sources are searched: figures
    # of no source are a source of their own, and a count above two is kept whole.
    none = findings(*_deal_in(["a.txt", None]))
    assert list(none["severity"]) == ["info", "info"], none["message"].tolist()
    assert none["message"].str.contains("2 sources").all()
    three = findings(*_deal_in(["a.txt", "b.txt", "c.txt"]))
    assert three["message"].str.contains("3 sources").all(), three["message"].tolist()
    # Two totals in one table, their statements in turn: the budget is stated in two sources but
    # its parts in one, so it stays an alarm beside the price the two sources repeat.
    price = _deal_in(["a.txt", "b.txt"])
    budget = _deal_in(["a.txt"], total="budget", parts=("grant", "loan"))
    other = dict(id="b9", metric="budget", amount="$1.2 billion", source="b.txt", as_of="2024",
                 published="2024-05-14")
    both = findings(*price[:3], *budget, *price[3:], other)
    said = both.groupby("metric")["severity"].apply(sorted).to_dict()
    assert said == {"price": ["info", "info"], "budget": ["high", "high"]}, said
    budget_said = " ".join(both.loc[both["metric"] == "budget", "message"])
    assert "repeat" not in budget_said and budget_said


def test_an_interval_ending_at_a_statements_low_is_within_its_reach():
    # A width rounded as a float can put low - width a hair above the low end of the widest
    # interval; the run of candidates must still start at or below it.
    lo, hi = 2.07615825e10, 6.22847475e10
    assert lowest_reaching(np.array([hi]), np.array([hi - lo]))[0] <= lo
    rng = np.random.default_rng(7)
    low = rng.uniform(1, 1e11, 20_000)
    high = low * rng.uniform(2.0, 5.0, 20_000)
    assert (lowest_reaching(high, high - low) <= low).all()
