"""The `same_fact` check: the original figures of one metric whose as_of periods overlap must
agree; who votes when they conflict, how severe a disagreement is, and what a bound claims."""
import re

import numpy as np
import pandas as pd
import pytest

from currency import formatting as fmt
from reconcile.checks.same_fact import _rounded_next, apart_notes
from reconcile.model.as_of_window import WINDOW_DAYS
from reconcile.model.normalize import fx_band
from reconcile.store.figures import guessed_currency_note
from reports.layout import rate_bands
from tests.helpers import day, findings, flagged, run, serious, table
from tests.reconcile.checks.cases import NEARLY, RIGHT, WRONG

# Who is wrong -------------------------------------------------------------------------------------


def test_same_fact_flags_the_odd_one_out_as_a_unit_slip():
    f = findings(dict(metric="deal", amount="10억 달러"), dict(metric="deal", amount="$1.0B"),
                 dict(metric="deal", amount="1억 달러"))
    s = serious(f)
    assert len(s) == 1
    row = s.iloc[0]
    assert (row.check, row.severity, row.flagged) == (("same_fact",), "high", ("f2",))
    assert "unit slip" in row.message and "f0" in row.message and "f1" in row.message
    assert set(row.against) == {"f0", "f1"}      # yardsticks, not flagged


def test_a_unit_slip_names_its_factor_once():
    # Every sentence on a slip already says how far apart ("about 100× apart"); the words of the
    # slip add what kind of slip, not the factor again. Two figures with no majority say their
    # ratio once: "100,000,000× above 9.5 k USD, the lowest", then that it looks like a unit slip.
    odd = serious(findings(*[dict(metric="m", amount="$5 million")] * 2,
                           dict(metric="m", amount="$500 million")))
    msg = " ".join(odd.iloc[0].message.split())
    assert "about 100× apart, which looks like a unit slip" in msg and "factor" not in msg, msg
    split = serious(findings(dict(metric="m", amount="9500달러"),
                             dict(metric="m", amount="9500억달러")))
    msg = " ".join(split.iloc[0].message.split())
    assert "unit slip" in msg and msg.count("100,000,000") == 1, msg


@pytest.mark.parametrize("others", [("1,500억원", "150 billion won"),
                                    ("$128.0 million", "1,500억원", "$128 million")])
def test_a_won_figure_written_in_dollars_is_named_a_currency_slip(others):
    # "$ 150 billion" for 150 billion won: 1,17x× off, which is no power of ten but the day's
    # KRW/USD rate; the message names that rate and its day, not only how far apart.
    on = dict(as_of="2021-09-14", published="2021-09-14")
    f = serious(findings(*[dict(metric="fine", amount=a, **on) for a in others],
                         dict(metric="fine", amount="$ 150 billion", **on)))
    msg = " ".join(f.iloc[0].message.split())
    assert len(f) == 1 and f.iloc[0].severity == "high", msg
    assert "a currency slip), KRW written as USD" in msg and "150 bn KRW" in msg, msg
    assert re.search(r"ECB rate from USD to KRW \(1,17\d\.\d\d KRW/USD \(2021-09-1\d\)", msg), msg
    assert "× above" in msg and "Tried:" in msg, msg


def test_a_currency_slip_may_be_read_at_the_rate_of_its_neighbours_dates():
    # Its own day's KRW/USD (1,185) is 1.1 % off its gap (1,172); the month the others are as of
    # had that rate: the slip is named with the month's band.
    month, day = dict(as_of="2021-09", published="2021-09-30"), dict(as_of="2021-09-30",
                                                                       published="2021-09-30")
    f = serious(findings(dict(metric="fine", amount="$128.00 million", **month),
                         dict(metric="fine", amount="$128.0 million", **month),
                         dict(metric="fine", amount="1,500억원", **month),
                         dict(metric="fine", amount="$ 150.0 billion", **day)))
    msg = " ".join(f.iloc[0].message.split())
    assert len(f) == 1 and "KRW written as USD" in msg and "(2021-09-06)" in msg, msg


def test_a_gap_a_rate_near_ten_and_a_unit_slip_both_explain_says_both():
    # KRW/JPY was about 10.7 on that day: 100억원 beside 1,000억원 and 94억엔 is a yen figure read
    # in won or a unit dropped; neither explanation hides the other.
    on = dict(as_of="2021-09-14", published="2021-09-14")
    f = serious(findings(dict(metric="m", amount="1000억원", **on),
                         dict(metric="m", amount="1,000억원", **on),
                         dict(metric="m", amount="94억엔", **on),
                         dict(metric="m", amount="100억원", **on)))
    msg = " ".join(f.iloc[0].message.split())
    assert "a currency slip" in msg and "10× apart, which looks like a unit slip" in msg, msg


def test_an_open_bound_is_no_currency_slip():
    # "890억 달러 이상" reaches every rate on its open side; its point, 500× the won figures, is
    # no day's KRW/USD rate: no currency is named.
    on = dict(as_of="2021-09-14", published="2021-09-14")
    f = serious(findings(dict(metric="fine", amount="1,500억원", **on),
                         dict(metric="fine", amount="150 billion won", **on),
                         dict(metric="fine", amount="890억 달러 이상", **on)))
    assert len(f) == 1 and "currency slip" not in f.iloc[0].message, f.iloc[0].message


def test_a_figure_a_rate_near_one_apart_is_no_currency_slip():
    # $150 million against €150 million is 15 % off: the rate could explain it, but so could a
    # wrong figure; only a gap beyond one amount's statements is named a currency slip.
    on = dict(as_of="2021-09-14", published="2021-09-14")
    f = serious(findings(dict(metric="fine", amount="€150 million", **on),
                         dict(metric="fine", amount="€151 million", **on),
                         dict(metric="fine", amount="$ 150 million", **on)))
    assert len(f) == 1 and "currency slip" not in f.iloc[0].message


# A bare "$" whose dollar scan or intake guessed (a local site's "$"), as its note says.
_OFFER = [dict(metric="offer", amount=a, as_of="2022-10-04", published="2022-10-04")
          for a in ("$17.90", "17.9달러")]
_CAD = dict(currency="CAD", note=guessed_currency_note("CAD", "a made-up site's country"))


def test_a_bare_dollar_read_as_a_local_one_that_agrees_as_another_dollar_is_a_note():
    f = findings(*_OFFER, dict(_OFFER[0], amount="$17.9", **_CAD))
    assert serious(f).empty, f.message.tolist()
    (note,) = f.itertuples()
    msg = " ".join(note.message.split())
    assert note.record.subject == ("f2",) and "read as CAD, the currency its note says was " \
        "guessed" in msg, msg
    assert "read as USD, [17.85, 17.95] USD, it agrees with them" in msg and "which dollar" in msg, msg
    tried = note.record.evidence[0].tried
    assert "its bare '$' read as USD, the dollar the sign names where no country is known" \
        in tried


@pytest.mark.parametrize("amount, currency", [("C$17.9", None), ("CAD 17.9", None),
                                              ("17.9 캐나다 달러", None), ("17.9", "CAD"),
                                              ("$18.0", "CAD")])
def test_a_dollar_written_or_disagreeing_as_every_dollar_stays_a_discrepancy(amount, currency):
    # A written Canadian dollar, or a number with no sign, names one currency; "$18.0" read as
    # USD still misses 17.90 (a currency read as itself is rate 1, not widened for a source).
    f = serious(findings(*_OFFER, dict(_OFFER[0], amount=amount, currency=currency)))
    assert len(f) == 1 and f.iloc[0].severity == "high", f.message.tolist()
    assert "which dollar" not in f.iloc[0].message


@pytest.mark.parametrize("note", [None, "checked by hand: the article says Canadian dollars",
                                  guessed_currency_note("NZD", "another figure's guess")])
def test_a_local_dollar_set_by_hand_stays_a_discrepancy(note):
    # The user's answer, not the project's guess: no note of a guess for this very currency.
    f = findings(*_OFFER, dict(_OFFER[0], amount="$17.9", currency="CAD", note=note))
    assert len(serious(f)) == 1 and f.iloc[0].severity == "high", f.message.tolist()
    assert "which dollar" not in f.iloc[0].message and "guessed" not in f.iloc[0].message


def test_a_bare_dollar_guessed_local_is_read_as_the_us_dollar_only():
    # A$1.00 bn against NZ$1.00 bn is an ordinary gap (near 1 apart), not the sign's reading.
    aud = [dict(_OFFER[0], amount=a) for a in ("A$1.00 billion", "A$1.0 billion")]
    nzd = dict(currency="NZD", note=guessed_currency_note("NZD", "a made-up site's country"))
    f = serious(findings(*aud, dict(_OFFER[0], amount="$1.00 billion", **nzd)))
    assert len(f) == 1 and "which dollar" not in f.iloc[0].message, f.message.tolist()


@pytest.mark.parametrize("others", [_OFFER, _OFFER[:1]])
def test_a_bare_dollar_its_own_conversion_restates_gets_no_note(others):
    # The conversion judges the guessed dollar too (restatement): one finding, one explanation.
    # One article prints them all, so the others are one witness beside the dollar.
    one = dict(source="one.txt")
    f = findings(*(dict(o, **one) for o in others), dict(_OFFER[0], amount="$17.9", **_CAD, **one),
                 dict(_OFFER[0], amount="2만5500원", restates=f"f{len(others)}", **one))
    assert len(f) == 1 and not any("which dollar" in m for m in f.message), f.message.tolist()


def test_a_bare_dollar_is_read_as_another_dollar_only_one_its_fact_is_stated_in():
    # In a fact stated in won alone, USD is neither stated nor the reference: nothing to check
    # the local dollar against; beside a dollar figure the note converts at the day's rate.
    won = [dict(_OFFER[0], amount=a) for a in ("2조3000억 원", "2조 3천억원")]
    alone = serious(findings(*won, dict(_OFFER[0], amount="$1.6 billion", **_CAD)))
    assert len(alone) == 1 and "which dollar" not in alone.iloc[0].message
    f = findings(*won, dict(_OFFER[0], amount="$1.6 billion"),
                 dict(_OFFER[0], amount="$1.6 billion", **_CAD))
    msg = " ".join(f.iloc[0].message.split())
    assert serious(f).empty and "USD at the ECB rate (1,427.76 KRW/USD" in msg \
        and "tn] KRW, it agrees with them" in msg, msg


@pytest.mark.parametrize("amount, given, note", [("$580 million", _CAD, True),
                                                 ("$580 million", dict(currency="CAD"), False),
                                                 ("C$580 million", {}, False)])
def test_two_figures_apart_only_by_a_bare_dollars_reading_are_a_note(amount, given, note):
    # No majority: the figure whose bare "$" was guessed CAD agrees with the other as USD.
    f = findings(dict(_OFFER[0], amount="some $580 million"),
                 dict(_OFFER[0], amount=amount, **given))
    msg = " ".join(f.iloc[0].message.split())
    assert len(f) == 1 and (f.iloc[0].severity == "info") == note, msg
    assert ("f1's bare '$' is read as CAD" in msg and "read as USD, [575 mn, 585 mn] USD at the ECB" in msg
            and "[784.9 mn, 803.6 mn] CAD, it agrees with f0" in msg) == note, msg


def test_a_pegged_rate_is_said_with_the_digits_of_its_figure_block():
    # HKD/USD fixes on two days at rates apart only past the six digits a rate shows: the note
    # names the ends as the figure block under it does, not one number the block contradicts.
    hkd = dict(currency="HKD", note=guessed_currency_note("HKD", "a made-up site's country"))
    f = findings(dict(_OFFER[0], amount="some $580 million"),
                 dict(_OFFER[0], amount="$580 million", **hkd))
    msg = " ".join(f.iloc[0].message.split())
    assert len(f) == 1 and f.iloc[0].severity == "info" and "which dollar" in msg, msg
    said = re.search(r"([\d.]+) HKD/USD \(2022-\d\d-\d\d\) to ([\d.]+) HKD/USD "
                     r"\(2022-\d\d-\d\d\)", msg)
    b = fx_band("HKD", "USD", "2022-10-04")
    _, block = rate_bands(b["rate_low"], b["rate_high"], "HKD", "USD")
    assert said and f"ECB {'–'.join(sorted(said.groups()))} HKD/USD " in block, (msg, block)


def test_a_slip_at_a_rate_fixed_alike_on_two_days_names_both():
    # DKK/EUR fixed at one rate (to its four decimals) on the as_of's two days: both are said.
    day = dict(metric="m", as_of="2022-09-07", published="2022-09-07")
    f = serious(findings(dict(day, amount="€1.8 billion"), dict(day, amount="€1.80 billion"),
                         dict(day, amount="DKK 1.8 billion")))
    msg = " ".join(f.iloc[0].message.split())
    b = fx_band("DKK", "EUR", "2022-09-07")
    days = sorted({str(b["rate_low_date"]), str(b["rate_high_date"])})
    assert b["rate_low"] == b["rate_high"] and len(days) == 2
    said = f"{fmt.rate(b['rate_low'], 'DKK', 'EUR')} on {days[0]} and {days[1]}"
    assert "currency slip" in msg and f"from DKK to EUR ({said})" in msg, msg


def test_a_split_read_as_another_dollar_names_its_gap_and_the_figures_set_aside():
    f = findings(dict(_OFFER[0], amount="US$1.00 billion"),
                 dict(_OFFER[0], amount="$1.00 billion", **_CAD),
                 dict(_OFFER[0], amount="nearly $1 billion"))
    msg = " ".join(f.iloc[0].message.split())
    assert len(f) == 1 and f.iloc[0].severity == "info", msg
    assert "% below 995 mn USD, the lower end of f0's interval" in msg, msg
    assert 'f2 ("nearly $1 billion") is hedged or vague' in msg and "fits both sides" in msg, msg


def test_the_currencies_of_the_facts_a_bare_dollar_asks_are_found_in_one_pass(monkeypatch):
    # A pass over every row per figure asked grows with the square of the figures; the outliers
    # and the splits that ask share the run's one pass.
    from reconcile.checks import same_fact as sf
    passes = []
    real = sf._currencies_of
    monkeypatch.setattr(sf, "_currencies_of", lambda *a: passes.append(1) or real(*a))
    rows = [dict(f, metric=f"offer{i}") for i in range(6)
            for f in (*_OFFER, dict(_OFFER[0], amount="$17.9", **_CAD))]
    split = [dict(_OFFER[0], metric="split", amount="some $580 million"),
             dict(_OFFER[0], metric="split", amount="$580 million", **_CAD)]
    slip = [dict(_OFFER[0], metric="slip", amount=a)
            for a in ("$1.8 billion", "$1.80 billion", "18억 원")]
    f = findings(*rows, *split, *slip)
    notes = f[f.message.str.contains("which dollar")]
    assert len(notes) == 7 and set(serious(f).metric) == {"slip"}, f.message.tolist()
    assert len(passes) == 1, len(passes)


def test_facts_are_numbered_by_the_currencies_they_are_stated_in_even_when_none_is():
    from reconcile.checks.same_fact import _Stated
    code = np.array([0, 0, 1, 2, 2])
    stated = _Stated({"currency": np.array(["USD", "KRW", "KRW", "USD", "KRW"], object)}, code, 3)
    number, sets = stated.kinds(np.array([2, 1, 0]))
    assert number[0] == number[2] != number[1] and sets[number[1]] == {"KRW"}, (number, sets)
    assert sets[number[0]] == stated.of(2) == {"USD", "KRW"}
    # Figures naming no currency (not money): every fact is one kind, stated in none.
    none = _Stated({"currency": np.array([None, np.nan, None, None, None], object)}, code, 3)
    number, sets = none.kinds(np.array([2, 1, 0]))
    assert number.tolist() == [0, 0, 0] and sets == [frozenset()] and none.of(1) == set()


def test_a_bare_dollar_note_through_the_report(tmp_path):
    figures = tmp_path / "figures.csv"
    guess = guessed_currency_note("CAD", "a made-up site's country")
    figures.write_text("id,metric,amount,as_of,published,source,quote,part_of,kind,note,"
                       "restates,currency\n" + "".join(
                           f"x{i},orvel_offer,{a},2022-10-04,2022-10-04,a{i}.txt,q{i},,,{n},,{c}\n"
                           for i, (a, n, c) in enumerate([("$17.90", "", ""), ("17.9달러", "", ""),
                                                          ("$17.9", guess, "CAD")])),
                       encoding="utf-8")
    out = run("report", "--figures", figures, "--min-severity", "info")
    assert out.exit_code == 0, out.output
    shown = " ".join(out.stdout.split())
    assert "0 discrepancies" in shown and "INFO orvel_offer (same_fact)" in shown, shown
    assert "read as USD, [17.85, 17.95] USD, it agrees with them" in shown, shown


def test_a_slip_into_the_reference_currency_is_named():
    # 18억 written in won for the dollars the fact is stated in: read in its reference, at
    # rate 1, it agrees; the same when the reference (won) is stated by another time's figures.
    f = serious(findings(*[dict(_OFFER[0], amount=a) for a in ("$1.8 billion", "$1.80 billion",
                                                                "18억 원")]))
    assert "USD written as KRW" in " ".join(f.iloc[0].message.split())
    then = dict(metric="offer", as_of="2019", published="2019-12-31")
    f = serious(findings(*[dict(then, amount="1조 원")] * 3,
                         *[dict(_OFFER[0], amount=a) for a in ("$1.25 million", "$1.250 million",
                                                                "18억 엔")]))
    assert len(f) == 1 and "KRW written as JPY" in " ".join(f.iloc[0].message.split()), \
        f.message.tolist()


def test_same_fact_without_a_majority_names_both_sides():
    f = serious(findings(dict(metric="deal", amount="$5B"), dict(metric="deal", amount="$7B")))
    assert len(f) == 1 and flagged(f) == [{"f0", "f1"}]
    assert "no side has a majority" in f.iloc[0].message


def test_two_and_three_billion_only_touch_so_they_disagree():
    f = serious(findings(dict(metric="deal", amount="$2 billion"),
                         dict(metric="deal", amount="$3 billion")))
    assert len(f) == 1 and flagged(f) == [{"f0", "f1"}]
    assert "rounded to their limits" in f.iloc[0].message


def test_with_no_majority_both_are_flagged_and_the_more_precise_is_named():
    f = serious(findings(dict(metric="close", amount="13만 100원"),
                         dict(metric="close", amount="131,000 won")))
    assert flagged(f) == [{"f0", "f1"}]
    assert "f0 is stated more precisely, so f1 is the likelier slip" in f.iloc[0].message


def test_off_by_a_little_is_medium_and_by_a_lot_high():
    medium = serious(findings(*[dict(metric="m", amount="$100.0 million")] * 2,
                              dict(metric="m", amount="$108.0 million")))
    assert medium.iloc[0].severity == "medium"
    high = serious(findings(*[dict(metric="m", amount="$100.0 million")] * 2,
                            dict(metric="m", amount="$300.0 million")))
    assert high.iloc[0].severity == "high" and "unit slip" not in high.iloc[0].message


def test_close_figures_stated_precisely_still_disagree():
    f = serious(findings(*[dict(metric="m", amount="$3.87 billion")] * 2,
                         dict(metric="m", amount="$3.78 billion")))
    assert flagged(f) == [{"f2"}]


def test_agreeing_only_through_rounding_is_info():
    f = findings(dict(metric="m", amount="100억 달러"), dict(metric="m", amount="$10.0 billion"),
                 dict(metric="m", amount="$9B"))   # [8.5, 9.5] vs [9.95, 10.05]: disagrees
    assert serious(f).iloc[0].flagged == ("f2",)
    g = findings(dict(metric="m", amount="$10.0 billion"), dict(metric="m", amount="$10.0B"),
                 dict(metric="m", amount="$10.3B"), dict(metric="m", amount="$10B"))
    assert serious(g)["flagged"].tolist() == [("f2",)]
    info = g[g["check"].map(lambda c: c == ("same_fact",)) & (g["severity"] == "info")]
    assert info.empty or "f3" not in {i for ids in info["flagged"] for i in ids}


def test_vague_figures_give_low_severity():
    # 수억 달러 is $0.15B to $0.95B: ten times off, which is high for a stated figure.
    f = serious(findings(dict(metric="m", amount="100억 달러"), dict(metric="m", amount="$10.0B"),
                         dict(metric="m", amount="수억 달러")))
    assert list(f["severity"]) == ["low"] and flagged(f) == [{"f2"}]
    stated = serious(findings(dict(metric="m", amount="100억 달러"),
                              dict(metric="m", amount="$10.0B"), dict(metric="m", amount="5억 달러")))
    assert list(stated["severity"]) == ["high"]


def test_restatements_never_outvote_their_original():
    # The won restatement repeated in a headline and the body must not make the dollar figure
    # the odd one out: restatements do not vote.
    f = findings(day("2024-12-20", metric="m", amount="4억5000만 달러"),
                 day("2024-12-20", metric="m", amount="약 6500억 원", restates="f0"),
                 day("2024-12-20", metric="m", amount="약 6500억 원", restates="f0"),
                 day("2024-12-20", metric="m", amount="$450 million"))
    assert "f0" not in {i for s in flagged(serious(f)) for i in s}


def test_a_hedged_figure_never_decides_between_two_precise_figures():
    f = findings(WRONG, RIGHT, NEARLY)
    s = serious(f)
    assert flagged(s) == [{"a-378", "b-387"}]          # no majority: both, not the right one alone
    assert "c-4b" not in {i for ids in f["flagged"] for i in ids}
    assert 'c-4b ("nearly $4 billion") is hedged or vague' in s.iloc[0].message
    assert "it fits both sides" in s.iloc[0].message
    assert "stated more precisely" not in s.iloc[0].message     # both to $10 million


def test_a_hedged_figure_is_judged_against_the_precise_majority():
    f = findings(WRONG, RIGHT, dict(RIGHT, id="b2", source="b2.txt"), NEARLY)
    s = serious(f)
    assert flagged(s) == [{"a-378"}]
    # nearly $4 billion is judged against $3.87 billion (true as a bound), never against $3.78.
    note = f[f["figures"].map(lambda ids: "c-4b" in ids) & f["flagged"].map(len).eq(0)]
    assert len(note) == 1 and "a-378" not in note.iloc[0].against


def test_without_hedged_figures_a_precise_majority_still_decides():
    f = serious(findings(dict(metric="m", amount="$10.0 billion"),
                         dict(metric="m", amount="$10.0 billion"),
                         dict(metric="m", amount="$13.0 billion")))
    assert flagged(f) == [{"f2"}]


def test_a_coarse_figure_that_fits_both_sides_never_decides_between_them():
    # "$4 billion" (3.5 to 4.5 by its rounding) fits $3.78 and $3.87 billion alike: it cannot
    # say which is right, so neither is blamed on its vote.
    coarse = dict(RIGHT, id="c-4b", amount="$4 billion", source="c.txt")
    f = findings(WRONG, RIGHT, coarse)
    s = serious(f)
    assert flagged(s) == [{"a-378", "b-387"}]
    assert "c-4b" not in {i for ids in f["flagged"] for i in ids}
    assert 'c-4b ("$4 billion") is stated too coarsely to tell them apart' in s.iloc[0].message


def test_a_coarse_figure_does_not_undo_a_precise_majority():
    coarse = dict(RIGHT, id="c-4b", amount="$4 billion", source="c.txt")
    s = serious(findings(WRONG, RIGHT, dict(RIGHT, id="b2", source="b2.txt"), coarse))
    assert flagged(s) == [{"a-378"}]


def _stake(amount: str, source: str, **kw) -> dict:
    """A figure of one made-up price (Halvard's stake in Norden), stated on one day."""
    return day("2024-03-05", id=kw.pop("id", None) or f"{source}-{amount}", metric="stake",
               amount=amount, source=source, **kw)


# Two figures precise to a hundred million against one precise to ten million on one side, and
# "$4.4 billion" against them; "$4 billion" fits both sides.
COARSE_BESIDE = [_stake("$3.5 billion", "a.txt"), _stake("$3.5 billion", "b.txt"),
                 _stake("$3.47 billion", "c.txt")]


@pytest.mark.parametrize("others", [
    ["$4.4 billion", "$4 billion"],                           # three articles against one
    ["$3.47 billion", "$4.4 billion", "$4.4 billion", "$4 billion"],   # four against two
])
def test_a_figure_beside_a_coarser_one_keeps_its_vote(others):
    # "$3.5 billion" overlaps "$3.47 billion" and "$4 billion", which disagree, but not "$4.4
    # billion": it fits no side it cannot tell apart from every other, so it keeps its vote, and
    # the side of $3.5 and $3.47 billion decides against $4.4 billion.
    rows = COARSE_BESIDE + [_stake(a, f"o{i}.txt") for i, a in enumerate(others)]
    f = serious(findings(*rows))
    wrong = {r["id"] for r in rows if r["amount"] == "$4.4 billion"}
    coarse = {r["id"] for r in rows if r["amount"] == "$4 billion"}
    assert sorted(map(sorted, flagged(f))) == sorted([i] for i in wrong | coarse), \
        f["message"].tolist()
    assert all("no side has a majority" not in m for m in f["message"]), f["message"].tolist()
    assert set(f.loc[f["severity"] == "high", "flagged"].map(lambda x: x[0])) == wrong


# Three sides of precise figures, three articles each, the last printing its figure twice; five
# articles state "$1 billion", which fits every side (two of them beside a precise figure).
THREE_SIDES = [_stake("$1.0249 billion", "a.txt"), _stake("$1.0249 billion", "b.txt"),
               _stake("$1.025 billion", "c.txt"),
               _stake("$1.0148 billion", "d.txt"), _stake("$1.0148 billion", "e.txt"),
               _stake("$1.01 billion", "f.txt"),
               _stake("$1.14 billion", "g.txt"), _stake("$1.15 billion", "h.txt"),
               _stake("US$1.15 billion", "h.txt"), _stake("$1.15 billion", "i.txt"),
               *(_stake("$1 billion", s) for s in ("b.txt", "d.txt", "j.txt", "k.txt", "l.txt"))]
PRECISE = {r["id"] for r in THREE_SIDES if r["amount"] != "$1 billion"}
COARSE = {r["id"] for r in THREE_SIDES if r["amount"] == "$1 billion"}


def test_three_sides_with_no_majority_of_articles_are_flagged_together():
    # No side holds more than three of the nine articles that state a precise figure: the
    # printings of one side do not make it the majority, and "$1 billion" fits every side so it
    # votes for none.
    f = findings(*THREE_SIDES)
    s = serious(f)
    assert flagged(s) == [PRECISE], s["message"].tolist()
    msg = " ".join(s.iloc[0].message.split())
    assert "no side has a majority" in msg, msg
    assert "(\"$1 billion\") is stated too coarsely" in msg, msg
    assert not COARSE & {i for ids in f["flagged"] for i in ids}


def test_a_far_slip_beside_three_sides_is_flagged_on_its_own_against_their_bloc():
    # "$1.0249 million" fits no figure: a bloc of its own, one article against the fourteen of
    # the bloc the three sides and "$1 billion" make. It is flagged alone, a unit slip against
    # that bloc; inside the bloc "$1 billion" fits every side and so votes for none, and the
    # three sides of three articles each are one finding with no majority.
    f = findings(*THREE_SIDES, _stake("$1.0249 million", "m.txt", id="slip"))
    s = serious(f)
    assert sorted(map(sorted, flagged(s))) == sorted([["slip"], sorted(PRECISE)]), \
        s["message"].tolist()
    slip = " ".join(s[s["flagged"].map(lambda x: x == ("slip",))].iloc[0].message.split())
    assert "unit slip" in slip and "no majority among them" in slip, slip
    assert set(s.loc[s["severity"] == "high", "flagged"]) == {("slip",)}, s["message"].tolist()
    assert not COARSE & {i for ids in f["flagged"] for i in ids}


@pytest.mark.parametrize("far", [["$4.5 billion"], ["$4.5 billion", "$4.5 billion"]])
def test_a_far_figure_is_outvoted_by_the_bloc_however_it_is_rounded(far):
    # Five articles state "$3.8 billion", which fits "$3.78" and "$3.82 billion" but not "$4.5
    # billion": the seven make one bloc against one or two articles, so each "$4.5 billion" is
    # flagged on its own against the seven. Inside the bloc "$3.8 billion" fits both sides and
    # votes for neither, as it would with no far figure at all.
    rows = [*(_stake("$3.8 billion", f"{s}.txt") for s in "abcde"),
            _stake("$3.78 billion", "f.txt"), _stake("$3.82 billion", "g.txt"),
            *(_stake(a, f"x{i}.txt") for i, a in enumerate(far))]
    f = serious(findings(*rows))
    wrong = [r["id"] for r in rows if r["amount"] == "$4.5 billion"]
    alone = f[f["flagged"].map(lambda x: x[0] in wrong)]
    assert sorted(map(list, alone["flagged"])) == [[i] for i in sorted(wrong)], \
        f["message"].tolist()
    assert set(alone["severity"]) == {"medium"}, alone["message"].tolist()
    assert all("7 other figures" in m for m in alone["message"]), alone["message"].tolist()
    near = findings(*rows[:7])
    rest = f[~f["flagged"].map(lambda x: x[0] in wrong)]
    assert sorted(map(sorted, flagged(rest))) == sorted(map(sorted, flagged(serious(near))))


def test_a_bloc_chained_through_figures_that_disagree_counts_its_largest_agreeing_set():
    # "$3.7 billion" and "$3.8 billion" disagree, linked only by "$3.75 billion": one bloc of
    # five articles, of which four agree at one point, against four articles of "$4.4 billion".
    # Four against four is no majority, as on a vote by points: the far bloc is not outvoted
    # by an article that agrees with none of the four it is counted with.
    rows = [*(_stake("$3.8 billion", f"{s}.txt") for s in "abc"),
            _stake("$3.75 billion", "d.txt"), _stake("$3.7 billion", "e.txt"),
            *(_stake("$4.4 billion", f"{s}.txt") for s in "fghi")]
    s = serious(findings(*rows))
    far = {r["id"] for r in rows if r["amount"] == "$4.4 billion"}
    assert not any(len(x) == 1 and x[0] in far for x in s["flagged"]), s["message"].tolist()
    assert any(far <= set(x) for x in s["flagged"]), s["message"].tolist()


def test_three_sides_one_of_which_holds_most_articles_still_decide():
    # Two articles agree on $1.0249 billion (one prints it twice) and two others each state
    # another figure, each within "$1 billion" of a fifth article (too coarse to vote, so no
    # figure stands alone): three sides. Two of four is not more than half, but two independent
    # articles that agree outweigh one each, so each lone figure is flagged on its own.
    f = serious(findings(_stake("$1.0249 billion", "a.txt"),
                         _stake("$1.0249 billion", "a.txt", id="a-twice"),
                         _stake("$1.025 billion", "b.txt"),
                         _stake("$1.0148 billion", "c.txt"), _stake("$1.15 billion", "d.txt"),
                         _stake("$1 billion", "e.txt")))
    assert sorted(map(sorted, flagged(f))) == [["c.txt-$1.0148 billion"],
                                               ["d.txt-$1.15 billion"]], f["message"].tolist()
    assert all("no side has a majority" not in m for m in f["message"]), f["message"].tolist()


def test_a_unit_slip_beside_two_sides_is_flagged_on_its_own():
    # Two articles against two, one side printed twice, and "$1.0249 million" (a slip of the
    # first side's figure) that fits no other figure: a bloc of its own. The printings decide
    # between the two sides, and the slip is flagged on its own, high.
    rows = [_stake("$1.0249 billion", "a.txt"), _stake("$1.0249 billion", "a.txt", id="a-twice"),
            _stake("$1.0249 billion", "b.txt"),
            _stake("$1.0148 billion", "c.txt"), _stake("$1.0148 billion", "d.txt"),
            _stake("$1.0249 million", "e.txt", id="slip")]
    f = serious(findings(*rows))
    assert sorted(map(sorted, flagged(f))) == [["c.txt-$1.0148 billion"],
                                               ["d.txt-$1.0148 billion"], ["slip"]], \
        f["message"].tolist()
    assert set(f.loc[f["severity"] == "high", "flagged"]) == {("slip",)}, f["message"].tolist()
    assert all("no side has a majority" not in m for m in f["message"]), f["message"].tolist()


def test_a_figure_beside_a_hedged_one_alone_among_the_voters_makes_no_side():
    # "more than $1.1 billion" votes for nothing: "$1.15 billion", the only figure it meets,
    # fits no voter and so makes no third side. Of the two sides, two articles each, the one
    # printing its figure twice decides; each figure off it is flagged on its own.
    rows = [_stake("$1.0249 billion", "a.txt"), _stake("$1.0249 billion", "a.txt", id="a-twice"),
            _stake("$1.0249 billion", "b.txt"),
            _stake("$1.0148 billion", "c.txt"), _stake("$1.0148 billion", "d.txt"),
            _stake("$1.15 billion", "e.txt"), _stake("more than $1.1 billion", "g.txt", id="hedged")]
    f = serious(findings(*rows))
    assert all("no side has a majority" not in m for m in f["message"]), f["message"].tolist()
    assert sorted(map(sorted, flagged(f))) == [["c.txt-$1.0148 billion"],
                                               ["d.txt-$1.0148 billion"], ["e.txt-$1.15 billion"],
                                               ["hedged"]], f["message"].tolist()


# Time: which figures are one fact at one time ------------------------------------------------------


def test_same_metric_at_times_that_do_not_overlap_is_not_compared():
    f = findings(dict(metric="rev", amount="$1B", as_of="2019"),
                 dict(metric="rev", amount="$5B", as_of="2023"))
    assert f.empty


def test_figures_dated_by_their_articles_a_day_apart_are_one_time():
    f = serious(findings(WRONG, dict(RIGHT, id="b2", source="b2.txt"), RIGHT))
    assert flagged(f) == [{"a-378"}]
    assert "compared as one time" in f.iloc[0].message and "7 days" in f.iloc[0].message
    # "Vela raised 2000억 원" / "2,000억 원 first tranche" reported on 2024-03-27 and 03-28.
    tranche = serious(findings(day("2024-03-27", metric="t", amount="2000억 원"),
                               day("2024-03-28", metric="t", amount="2500억 원")))
    assert flagged(tranche) == [{"f0", "f1"}]


def test_printed_dates_stay_apart():
    # 2019 and 2023 are periods; days printed long before publication are days.
    assert findings(dict(metric="rev", amount="$1B", as_of="2019"),
                    dict(metric="rev", amount="$5B", as_of="2023")).empty
    far = findings(day("2024-01-10", "2024-03-01", metric="p", amount="$5.0 billion"),
                   day("2024-02-20", "2024-03-01", metric="p", amount="$7.0 billion"))
    assert far.empty


def test_a_news_date_more_than_a_week_before_publication_is_a_printed_day():
    f = findings(day("2024-04-01", "2024-04-09", metric="p", amount="$5.0 billion"),
                 day("2024-04-02", "2024-04-10", metric="p", amount="$7.0 billion"))
    assert serious(f).empty and "1 day apart" in " ".join(f["message"])


def test_a_span_of_days_near_publication_is_a_news_date_as_its_last_day_is():
    # A day on the report's home clock is written as the day before and that day; the event it
    # reports is no more recent than the same day written alone, so both reach back a week.
    early = day("2024-12-09", "2024-12-10", metric="t", amount="$5.0 billion")
    for as_of in ("2024-12-13", "2024-12-12/2024-12-13"):
        f = serious(findings(early, day(as_of, "2024-12-13", metric="t", amount="$7.0 billion")))
        assert flagged(f) == [{"f0", "f1"}], as_of
    # so far from publication it is printed days
    far = findings(early, day("2024-12-12/2024-12-13", "2024-12-31", metric="t",
                              amount="$7.0 billion"))
    assert serious(far).empty


def test_the_agreeing_figures_times_end_on_a_spans_last_day():
    f = serious(findings(day("2024-12", "2024-12-20", metric="t", amount="$5.0 billion"),
                         day("2024-12-12/2024-12-13", "2024-12-14", metric="t",
                             amount="$5.0 billion"),
                         day("2024-12-13", "2024-12-14", metric="t", amount="$7.0 billion")))
    assert flagged(f) == [{"f2"}]
    said = " ".join(f.iloc[0].message.split())
    assert "as of 2024-12 to 2024-12-13 agree" in said


def test_a_metric_with_figures_a_few_days_apart_not_compared_gets_a_note():
    f = findings(day("2024-03-01", "2024-03-20", metric="p", amount="$5.0 billion"),
                 day("2024-03-04", "2024-03-20", metric="p", amount="$7.0 billion"))
    assert list(f["severity"]) == ["info"] and "3 days apart" in f.iloc[0].message
    assert f.iloc[0].flagged == () and set(f.iloc[0].figures) == {"f0", "f1"}
    weeks = findings(day("2024-03-01", "2024-03-31", metric="p", amount="$5.0 billion"),
                     day("2024-03-10", "2024-03-31", metric="p", amount="$7.0 billion"))
    assert weeks.empty


# Bounds: what a hedged figure claims -----------------------------------------------------------


TRANCHE = day("2024-03-28", metric="t", amount="3조7152억 원")


def test_a_true_bound_is_info():
    for hedged in ("3조 원 이상", "3조 원이 넘는"):
        f = findings(TRANCHE, dict(TRANCHE, amount="3조7152억 원", source="b.txt"),
                     dict(TRANCHE, amount=hedged, source="c.txt"))
        assert serious(f).empty, hedged
        assert "it is true" in " ".join(f["message"])
    g = findings(*[day("2024-05-02", metric="d", amount="450억 달러")] * 2,
                 day("2024-05-02", metric="d", amount="400억 달러 이상"))
    assert serious(g).empty and (g["severity"] == "info").any()


def test_a_true_bound_more_than_five_percent_off_is_info_not_a_discrepancy():
    # Before issue 18 this was low ("agrees only through its hedge"); a true bound is no error.
    f = findings(*[dict(metric="m", amount="$10.0 billion")] * 2,
                 dict(metric="m", amount="more than $9.0 billion"))
    assert serious(f).empty and "it is true" in " ".join(f["message"])
    g = findings(*[dict(metric="m", amount="$10.0 billion")] * 2,
                 dict(metric="m", amount="more than $9.8 billion"))
    assert serious(g).empty


def test_a_true_bound_off_by_more_than_twice_is_low_and_below_twice_info():
    base = [dict(metric="m", amount="$3.87 billion")] * 2
    over = serious(findings(*base, dict(metric="m", amount="more than $1.9 billion")))
    assert list(over["severity"]) == ["low"] and "misleads" in over.iloc[0].message
    under = findings(*base, dict(metric="m", amount="more than $2 billion"))    # 1.93x
    assert serious(under).empty and "it is true" in " ".join(under["message"])
    up_to = serious(findings(*base, dict(metric="m", amount="up to $8 billion")))   # 2.06x
    assert list(up_to["severity"]) == ["low"]
    assert serious(findings(*base, dict(metric="m", amount="up to $7.5 billion"))).empty


def test_a_true_bound_one_place_word_from_one_article_is_possibly_a_unit_slip_and_low():
    # 카파전자's offer "1억원 수준" in one article, "1조원 이하" in another: the bound is true of
    # 1억, its number one place word away (10,000x). No side has a majority and a true bound is
    # evidence against an error: possibly a unit slip, low, both flagged, the point named first.
    f = serious(findings(dict(metric="offer", amount="1억원 수준"),
                         dict(metric="offer", amount="1조원 이하"), currency="KRW"))
    assert list(f["severity"]) == ["low"], f["message"].tolist()
    row = f.iloc[0]
    assert set(row.flagged) == {"f0", "f1"}
    msg = " ".join(row.message.split())
    body = msg.split(": ", 1)[1]
    assert body.startswith("100 mn KRW (f0, one article)"), msg
    assert "possibly a unit slip (억 for 조" in msg and "10,000× apart" in msg, msg
    assert "no side has a majority" in msg and "true as written" in msg
    assert "above" not in msg and "overstates" not in msg and "no error" not in msg


def test_a_ceiling_beside_a_draw_under_it_is_never_high():
    # Two true figures of one metric: a lender's limit and one draw on it. The same digits one
    # place word apart with one article each: possibly a slip, low; other digits: a loose bound.
    for rows, currency, slip in (
            (("up to $2 billion", "$2 million"), "USD", True),
            (("최대 1000억원", "1억원"), "KRW", False),
            (("최대 5조원", "50억원"), "KRW", False),
            (("up to $2 billion", "$2.2 million"), "USD", False)):
        f = serious(findings(*[dict(metric="loan", amount=a) for a in rows], currency=currency))
        assert list(f["severity"]) == ["low"], (rows, f["message"].tolist())
        assert ("unit slip" in f.iloc[0].message) is slip, (rows, f.iloc[0].message)
        if not slip:
            assert f.iloc[0].flagged == ("f0",)      # the bound alone misleads, as before


def test_a_lower_bound_a_place_word_below_the_other_is_possibly_a_unit_slip_too():
    # "3억원 이상" beside another article's "3조원 이상": true as written, one place word below.
    f = serious(findings(dict(metric="demand", amount="3억원 이상"),
                         dict(metric="demand", amount="3조원 이상"), currency="KRW"))
    assert list(f["severity"]) == ["low"] and set(f.iloc[0].flagged) == {"f0", "f1"}
    assert "10,000× apart: possibly a unit slip" in " ".join(f.iloc[0].message.split())


def test_a_bound_a_place_word_from_two_articles_is_the_likely_slip():
    # Two articles agree on $5 million; a third's "up to $5 billion" is true but 1,000x them.
    f = serious(findings(dict(metric="m", amount="$5 million"), dict(metric="m", amount="$5.0 million"),
                         dict(metric="m", amount="up to $5 billion")))
    assert list(f["severity"]) == ["high"] and f.iloc[0].flagged == ("f2",)
    msg = " ".join(f.iloc[0].message.split())
    assert "True as written (up to: at most 5 bn USD), but 1,000× what 2 articles state" in msg, msg
    assert "its unit word is likely the slipped one, a unit slip (million vs billion" in msg
    assert "no error" not in msg and "decides which figure is out of line" in msg


def test_the_bound_s_own_article_printing_the_point_is_one_of_its_articles():
    # Orvel's article prints "up to $5 billion" and "$5 million"; Halvard's prints "$5 million":
    # two articles state the point, so the bound alone is flagged, and the count says two.
    f = serious(findings(dict(metric="m", amount="up to $5 billion", source="orvel.txt"),
                         dict(metric="m", amount="$5 million", source="orvel.txt"),
                         dict(metric="m", amount="$5 million", source="halvard.txt")))
    assert list(f["severity"]) == ["high"] and f.iloc[0].flagged == ("f0",), f["message"].tolist()
    assert "what 2 articles state" in " ".join(f.iloc[0].message.split())


def test_a_bound_one_zero_off_is_loose_not_a_unit_slip():
    # "up to $10 billion" beside Norden's $1.0 billion twice: a loose ceiling, misleading (low).
    f = serious(findings(*[dict(metric="m", amount="$1.0 billion")] * 2,
                         dict(metric="m", amount="up to $10 billion")))
    assert list(f["severity"]) == ["low"] and "unit slip" not in f.iloc[0].message


def test_a_misleading_bound_no_power_of_ten_off_stays_low():
    # 1조 이하 beside 3억: 3,333x, no power of ten: a true bound that misleads, as before.
    f = serious(findings(dict(metric="offer", amount="3억원"),
                         dict(metric="offer", amount="1조원 이하"), currency="KRW"))
    assert list(f["severity"]) == ["low"] and f.iloc[0].flagged == ("f1",)
    assert "misleads" in f.iloc[0].message and "unit slip" not in f.iloc[0].message


def test_a_bound_on_the_wrong_side_is_still_a_discrepancy():
    f = serious(findings(*[dict(metric="m", amount="$3.87 billion")] * 2,
                         dict(metric="m", amount="more than $4.5 billion")))
    assert flagged(f) == [{"f2"}]


def test_a_bare_korean_n_jo_reads_as_n_jo_and_more_but_not_beyond():
    body = [dict(metric="m", amount="8조5127억원"), dict(metric="m", amount="8조5127억 원")]
    f = findings(*body, dict(metric="m", amount="8조 원"))
    assert serious(f).empty and "N조대" in " ".join(f["message"])
    g = serious(findings(*body, dict(metric="m", amount="7조 원")))      # 7조대 is below 8.5조
    assert [set(x) for x in g["flagged"]] == [{"f2"}]
    h = serious(findings(*body, dict(metric="m", amount="약 8조 원")))   # a hedge is no headline form
    assert not h.empty


def test_digits_cut_short_from_the_others_longer_number_are_a_note():
    # Made-up: a filing's 6조2741억원 written by a wire as "6.2 trillion won" (cut, where rounding
    # gives 6.3): a note, alone against it or against a majority; not past one more last digit,
    # not a round figure or one digit, not a figure above its rounding (6.3 is that rounding).
    full = dict(metric="m", amount="6조2741억원")
    f = findings(full, dict(metric="m", amount="6.2 trillion won"))
    assert serious(f).empty and "cut short" in " ".join(f["message"])
    g = findings(full, full, dict(metric="m", amount="6.2 trillion won"))
    assert serious(g).empty and "cut short" in " ".join(g["message"])
    for wrong in ("6.1 trillion won", "6.4 trillion won"):
        assert not serious(findings(full, dict(metric="m", amount=wrong))).empty, wrong
    for longer, short in (("$20.7 billion", "$20 billion"), ("$2.7 billion", "$2 billion")):
        longer = dict(metric="m", amount=longer)
        assert not serious(findings(longer, dict(metric="m", amount=short))).empty, short
        assert not serious(findings(longer, longer, dict(metric="m", amount=short))).empty, short


def test_two_sides_of_a_split_one_cut_short_from_the_others_longer_number_are_a_note():
    # Made-up: Halvard's listing raised 3조6,812억원 by its filing; a Seoul paper writes it out as
    # "W3.68trn", two wires cut it to "3.6 trillion won": two against two, no majority, and the
    # coarse side is the other side's number cut short, as one figure against one is.
    f = findings(*_sides("3조6,812억원", "W3.68trn", "3.6 trillion won", "3.6 trillion won"))
    assert serious(f).empty and "cut short" in " ".join(f["message"]), f["message"].tolist()


@pytest.mark.parametrize("amounts", [
    # the coarse side lies past one more unit of its last digit
    ("3조6,812억원", "W3.68trn", "3.5 trillion won", "3.5 trillion won"),
    # the precise side disagrees within itself: no one longer number to cut short
    ("3조6,812억원", "3조6,812억원", "3조6,950억원", "3조6,950억원", "3.6 trillion won",
     "3.6 trillion won"),
    # not all of the least precise figures are the cut: 3.5 is past it, though 3.6 is not
    ("3조6,812억원", "W3.68trn", "3.6 trillion won", "3.6 trillion won", "3.5 trillion won",
     "3.5 trillion won"),
    # Norden's 12조8,123억원 beside "$10.40 billion": a conversion's interval is the rate's, not
    # a longer number's digits, so only figures in the fact's currency can be what was cut
    ("12조8,123억원", "$10.40 billion", "12 trillion won", "12 trillion won"),
])
def test_a_split_whose_coarse_side_is_not_the_others_one_number_cut_short_stays_flagged(amounts):
    assert not serious(findings(*_sides(*amounts), currency="KRW")).empty


def _sides(*amounts: str) -> list:
    """One figure of fact m per article."""
    return [dict(metric="m", amount=a, source=f"s{i}.txt") for i, a in enumerate(amounts)]


def test_two_neighbours_one_unit_of_their_last_digit_apart_are_one_number_cut_short_and_rounded():
    # Made-up: Orvane's plan given as "$62 billion" by one wire and "630억 달러" by a Seoul paper:
    # 62.5 to 63 billion is 62 cut short and 63 rounded, and neither can be told wrong, so a note
    # saying what it was read as. Not two units apart, one digit ($2 and $3 billion), a trailing
    # zero (60 is no cut number) or a step of a medium gap (18 and 19: 5.6 %).
    def two(low, high):
        return findings(dict(metric="m", amount=low, source="wire.txt"),
                        dict(metric="m", amount=high, source="paper.txt"))

    f = two("$62 billion", "630억 달러")
    assert len(f) == 1 and serious(f).empty, f["message"].tolist()
    msg = " ".join(f.iloc[0].message.split())
    assert ("f1's 630억 달러 (62.5 bn to 63.5 bn USD) is the rounding of 63 bn USD, one more unit "
            "of f0's last digit: a number from 62.5 bn up to 63 bn USD is f0 cut short") in msg, msg
    assert msg.endswith("and f1 rounded; so read, they agree."), msg
    for low, high in (("$62 billion", "$64 billion"), ("$2 billion", "$3 billion"),
                      ("$60 billion", "$61 billion"), ("$61 billion", "$63.0 billion"),
                      ("$18 billion", "$19 billion")):
        assert not serious(two(low, high)).empty, (low, high)


@pytest.mark.parametrize("figures", [
    # A majority at one precision is the best evidence the check has: the one apart stays flagged.
    ["$81 million"] * 3 + ["$82 million"],
    ["$63 billion"] * 2 + ["$62 billion"],
    # Written out in full (a share price): no longer number behind it.
    ["$81", "$82"],
    # A more precise figure more than half a unit past the next one is not its rounding.
    ["$62 billion", "$63.3 billion"],
    # Either side written out in full: no longer number behind that one.
    ["$81,000,000", "$82 million"],
    ["$81 million", "$82,000,000"],
    # A bound, not a figure cut short.
    ["up to $44 billion", "$45 billion"],
    # A count: no newsroom's habit of cutting money short.
    ["81 million users", "82 million users"],
])
def test_neighbours_one_unit_apart_stay_flagged_past_two_exact_place_word_figures(figures):
    # Each figure from its own source, so that only what the case names keeps it flagged.
    f = findings(*[dict(metric="m", amount=a, source=f"s{i}.txt") for i, a in enumerate(figures)])
    assert not serious(f).empty, f["message"].tolist()


def test_two_neighbours_in_one_article_stay_flagged():
    # Made-up: one article gives a fee as "$81 million" and later as "$82 million": it contradicts
    # itself, where two reports of it may be one cutting and one rounding.
    def fee(amount, source):
        return dict(metric="m", amount=amount, source=source)

    one = findings(fee("$81 million", "a.txt"), fee("$82 million", "a.txt"))
    assert list(one["severity"]) == ["low"], one["message"].tolist()
    two = findings(fee("$81 million", "a.txt"), fee("$82 million", "b.txt"))
    assert serious(two).empty and "cut short" in two.iloc[0].message


def test_only_money_figures_are_read_as_cut_short_neighbours(monkeypatch):
    # The rows of a note's two figures, as the check reads them; the same with a count's kind
    # are no note, whatever the count's currency columns hold.
    from reconcile.checks import same_fact
    seen = []
    monkeypatch.setattr(same_fact, "_rounded_next",
                        lambda *rows: seen.append(rows) or _rounded_next(*rows))
    findings(dict(metric="m", amount="$81 million", source="a.txt"),
             dict(metric="m", amount="$82 million", source="b.txt"))
    (rows,) = seen
    assert _rounded_next(*rows)
    assert not _rounded_next(*[r._replace(quantity_kind="count") for r in rows])


def test_a_range_that_agrees_is_said_to_agree_through_its_range_not_its_rounding():
    # Made-up: a filing's "60조~70조원" for a value the others put at 69조8000억: what lies off
    # the others is its middle, not a value it states, and its range, not rounding, agrees.
    others = [dict(metric="m", amount="69조8000억원")] * 2
    f = findings(*others, dict(metric="m", amount="60조~70조원"))
    (msg,) = [" ".join(m.split()) for m in f["message"]]
    assert serious(f).empty and "Its middle 65 tn KRW is" in msg, msg
    assert msg.endswith("it agrees only through its range."), msg


def test_a_split_of_a_number_cut_short_says_how_far_apart_and_what_it_tried():
    f = findings(dict(metric="m", amount="6조2741억원"), dict(metric="m", amount="6.2 trillion won"))
    msg = " ".join(f.iloc[0].message.split())
    assert "f1's value 6.2 tn KRW is 1.2 % below 6.27405 tn KRW, the lower end of f0's" in msg, msg
    assert "its digits as a longer number cut short, not rounded" in \
        f.iloc[0].record.evidence[0].tried
    # The same figure against a majority: the note on it names the reading too.
    g = findings(*[dict(metric="m", amount="6조2741억원")] * 2,
                 dict(metric="m", amount="6.2 trillion won"))
    (note,) = g["record"]
    assert "its digits as a longer number cut short, not rounded" in note.evidence[0].tried


def test_sentences_made_when_shown_survive_a_trip_between_processes():
    # Made-up: four reports give Tavrin Foods' loss as $40 million, one as $4 billion, and a
    # hedged "about $41 million" that agrees only through its hedge. Their sentences are made
    # when shown, from values the finding holds: the Dask engine pickles them across workers.
    import pickle

    from reconcile.engines.local import reconcile
    from tests.helpers import table
    rows = [dict(metric="tavrin_loss", amount="$40 million")] * 4 + [
        dict(metric="tavrin_loss", amount="$4 billion"),
        dict(metric="tavrin_loss", amount="about $41 million")]
    found = reconcile(table(*rows)).findings
    same = found[found["check"].map(lambda c: c == ("same_fact",))]
    assert len(same) == 2
    back = pickle.loads(pickle.dumps(same))
    said = [f.message for f in back["record"]]
    assert said == [f.message for f in same["record"]]
    assert any("98.8× above 40.5 mn, the upper end of what the other figures of tavrin_loss say"
               in m for m in said)
    assert any("agrees only through its hedge (about)" in m for m in said)


def test_a_note_needs_each_figures_as_of_within_the_window_in_whole_days():
    def notes(span: pd.Timedelta) -> int:
        # Two facts of one metric three days apart; the first's as_of spans `span`.
        first = pd.Timestamp("2024-03-01")
        starts = [first, first + span + pd.Timedelta(days=3)]
        ends = [first + span, starts[1]]
        df = pd.DataFrame(dict(
            role="original", n_grp=1, kind=np.nan, metric="p", c_unit="USD", grp=[0.0, 1.0],
            as_of_first=pd.Series(starts, dtype="datetime64[s]"),
            as_of_last=pd.Series(ends, dtype="datetime64[s]"), id=["f0", "f1"],
            amount="$5.0 billion", source="a.txt", as_of=["2024-03", "2024-03-20"]))
        return len(apart_notes(df))

    # Whole days, as a span is counted: a day and a half is one day.
    assert notes(pd.Timedelta(days=WINDOW_DAYS, hours=23)) == 1
    assert notes(pd.Timedelta(days=WINDOW_DAYS + 1)) == 0


def test_dates_said_is_when_and_window_of_each_group():
    """`_Dates.said` gives a group's first to last as_of and its news window in one call: no
    as_of for a group with no agreeing figure, one day or a span, a window only for a group with
    news-dated as_of among several (red when a group's window or span is another's)."""
    from reconcile.checks.same_fact import _Dates, _window_words
    days = ["2019", "2019-07-22", "2020-01-01"]
    dates = _Dates(days, first=[0, 1, 3, 0], last=[2, 1, -1, 0], news={0: ["2019-07-22"],
                   3: ["2019", "2020-01-01"]}, n_as_of={0: 2, 3: 1})
    assert dates.said(0) == ("2019 to 2020-01-01", _window_words(["2019-07-22"], 2))
    assert dates.said(0)[1].startswith("; compared as one time: as_of 2019-07-22 is its "
                                       "article's date")
    assert "2019, 2020-01-01 are their articles' date" in _window_words(["2019", "2020-01-01"], 2)
    assert dates.said(1) == ("2019-07-22", "")
    assert dates.said(2) == ("", "")
    assert dates.said(3) == ("2019", "")          # news, but one as_of: no window said
    assert [dates.window(g) for g in range(4)] == [dates.said(g)[1] for g in range(4)]


def test_a_hedged_round_figure_its_rounding_alone_covers_is_no_hedge_only_finding():
    # A headline's "약 1조원" for the body's 9,339억원: 1조 rounds 0.5조 to 1.5조 without the
    # hedge, so it does not agree "only through its hedge" (a note, not low), while "약 6000억원"
    # for 5,640억 (a rounding at its last nonzero digit only through 약: 5,950억 to 6,050억
    # without it) does, and is low.
    f = findings(dict(metric="m", amount="9,339억원"), dict(metric="m", amount="약 1조원"))
    assert serious(f).empty and list(f["severity"]) == ["info"]
    assert "only through its hedge" not in f.iloc[0].message
    g = findings(dict(metric="m", amount="5,640억원"), dict(metric="m", amount="약 6000억원"))
    assert list(g["severity"]) == ["low"] and "only through its hedge (약)" in g.iloc[0].message


def test_about_a_figure_led_by_a_four_may_be_its_leading_digit_rounded():
    # "about 400 billion won" for 373.6 billion (+7 %): a rounding at its leading digit (350 to 450
    # billion) through its hedge: low, not a discrepancy; 330 billion (+21 %) stays one, and so
    # does "약 3000억원" for 2,640억 (+14 %, whose leading-digit half unit would be 17 %).
    f = findings(dict(metric="m", amount="3736억원"),
                 dict(metric="m", amount="about 400 billion won"))
    assert list(f["severity"]) == ["low"] and "only through its hedge (about)" in f.iloc[0].message
    for precise, rough in (("3300억원", "about 400 billion won"), ("2,640억원", "약 3000억원")):
        g = findings(dict(metric="m", amount=precise), dict(metric="m", amount=rough))
        assert "medium" in set(g["severity"]), (precise, rough)


def _message_of(f, fid: str) -> str:
    """The message of the finding about `fid` (its head names it first)."""
    return " ".join(f[f["message"].str.startswith(f"{fid} (")].iloc[0].message.split())


def test_what_was_tried_describes_the_interval_used():
    # Reproducible from the words: 12.5억 달러 reads [12.45억, 12.6억] (a truncation reaches a
    # whole unit above), 130억 달러 이상 [125억, open], 약 2조원 [1.46조, 2.54조] (±0.5조 and 2 %).
    when = dict(as_of="2024-10", published="2024-10")
    f = findings(dict(id="t", metric="a", amount="12.5억 달러", **when),
                 *(dict(metric="a", amount="20억 달러", **when) for _ in range(2)),
                 dict(id="o", metric="b", amount="130억 달러 이상", **when),
                 *(dict(metric="b", amount="100억 달러", **when) for _ in range(2)),
                 dict(id="h", metric="c", amount="약 2조원", **when),
                 *(dict(metric="c", amount="3조원", **when) for _ in range(2)),
                 dict(id="p", metric="d", amount="$15 billion", **when),
                 *(dict(metric="d", amount="$20 billion", **when) for _ in range(2)))
    assert "Tried: rounding or truncation (-5 mn to +10 mn USD)." in _message_of(f, "t")
    assert "Tried: rounding (-500 mn USD, open above); its hedge (이상)." in _message_of(f, "o")
    assert "Tried: rounding (±500 bn) and its hedge 약 (±540 bn KRW in all)" in _message_of(f, "h")
    # Each explanation once: the reach names the hedge, so it is not tried again on its own.
    assert "its hedge (약)" not in _message_of(f, "h").split("Tried: ")[1]
    assert "Tried: rounding to ±500 mn USD." in _message_of(f, "p")
    # A range is its two ends, each rounded: not a reach around its middle.
    r = findings(dict(id="r", metric="e", amount="$18-$25", **when),
                 *(dict(metric="e", amount="$40", **when) for _ in range(2)))
    assert "Tried: its range, each end rounded to ±0.5 USD." in _message_of(r, "r")


def test_an_open_side_is_not_said_to_touch():
    # [12.5 bn, ∞] and [9.5 bn, 10.5 bn] lie apart; inf is within 1e-9 of itself times anything.
    when = dict(as_of="2024-10", published="2024-10")
    f = findings(dict(id="o", metric="b", amount="130억 달러 이상", **when),
                 *(dict(metric="b", amount="100억 달러", **when) for _ in range(2)))
    assert "touch" not in _message_of(f, "o")


def test_a_loose_agreement_names_only_the_explanations_that_apply():
    # 약 1조원 beside 8000억원: one currency, so no rate window; converted from dollars, the
    # rate window is one.
    when = dict(as_of="2024-10", published="2024-10")
    won = findings(dict(id="w", metric="m", amount="약 1조원", **when),
                   *(dict(metric="m", amount="8000억원", **when) for _ in range(2)))
    assert _message_of(won, "w").endswith("it agrees only through its rounding.")
    mixed = findings(dict(id="w", metric="m", amount="1조원", **when),
                     *(dict(metric="m", amount="$700 million", **when) for _ in range(2)))
    assert "it agrees only through its rounding at the rate of its as_of: " in _message_of(
        mixed, "w")


def _won_against_dollars(amount: str) -> pd.DataFrame:
    """A won figure as of 2022-01, published 2023-10-13 (about 1,200 and 1,340 KRW/USD, the
    rates between as far apart as 1,440), beside two dollar figures of its fact."""
    when = dict(as_of="2022-01", published="2023-10-13")
    return findings(dict(id="w", metric="m", amount=amount, **when),
                    *(dict(metric="m", amount="$50 billion", **when) for _ in range(2)))


def _widened(when: str) -> str:
    """The KRW/USD band of a date as a finding shows it, widened for the rate source."""
    from currency import formatting as fmt
    from reconcile.model import uncertainty
    from reconcile.model.normalize import fx_band
    b = fx_band("KRW", "USD", when)
    return fmt.rate_range(*uncertainty.widen(b["rate_low"], b["rate_high"]), "KRW", "USD", True)


def test_a_converted_figure_says_which_dates_rate_lets_it_agree():
    # 67조원 for $50 billion is 1,340 KRW/USD: the publication date's rate, not the as_of's
    # (60조원 is 1,200: the as_of's). Either is a rate its writer had: a note, each band named.
    late = _won_against_dollars("67조원")
    msg = _message_of(late, "w")
    assert "at the rate of its publication date, not of its as_of: " in msg, msg
    assert _widened("2022-01") in msg and _widened("2023-10-13") in msg, msg
    assert set(late["severity"]) == {"info"}
    early = _won_against_dollars("60조원")
    assert "its rounding at the rate of its as_of: " in _message_of(early, "w")
    assert set(early["severity"]) == {"info"}


@pytest.mark.parametrize("amount", ["63.5조원", "64조원"])
def test_a_figure_that_agrees_only_through_rates_between_its_dates_is_low(amount):
    # 63.5조원 is 1,270 KRW/USD, 64조원 1,280: within the hull of the two dates' bands (about
    # 1,174 to 1,366 widened) but in neither band, rates no writer on either date had. At the
    # hull's middle rate the first lies inside what the others agree on, the second above it.
    f = _won_against_dollars(amount)
    msg = _message_of(f, "w")
    assert "only through rates between its as_of and its publication date" in msg, msg
    assert _widened("2022-01") in msg and _widened("2023-10-13") in msg, msg
    assert serious(f)["flagged"].tolist() == [("w",)]
    assert serious(f)["severity"].tolist() == ["low"]


def _share(hedged: str, said: str) -> pd.DataFrame:
    return findings(dict(id="h", metric="share", amount=hedged),
                    *(dict(metric="share", amount=said) for _ in range(2)))


def test_a_hedged_round_percentage_may_be_its_rounding_at_an_eighth():
    # A percentage is rounded as money is: "about 50%" of 52 % and "약 40%" of 38.5 % are what
    # writers say, a note; read to the second digit (48.5-51.5 %) both were low alarms.
    for hedged, said in (("about 50%", "52%"), ("약 40%", "38.5%")):
        f = _share(hedged, said)
        assert serious(f).empty, _message_of(f, "h")
        assert "only through its hedge" in _message_of(f, "h")


def test_a_hedged_round_percentage_more_than_5_percent_off_is_still_low():
    # "about 40%" of 36 %: inside 35-45 %, but its point 9.6 % above: the hedge-only rule flags it.
    f = serious(_share("about 40%", "36%"))
    assert flagged(f) == [{"h"}] and list(f["severity"]) == ["low"]


def test_facts_apart_by_their_windows_say_the_days_they_span():
    # 2024-03-01 (printed, three weeks before publication) and 2024-03-10 (the news date,
    # standing for 2024-03-03 to 2024-03-10) are 2 days apart: the dates alone say 9, so the
    # note names the days each side spans rather than calling both stated dates.
    f = findings(day("2024-03-01", "2024-03-20", metric="p", amount="$5.0 billion"),
                 day("2024-03-10", "2024-03-10", metric="p", amount="$7.0 billion"))
    msg = " ".join(f.iloc[0].message.split())
    assert "2 days apart" in msg, msg
    assert "the first's days run to 2024-03-01 and the second's from 2024-03-03" in msg
    assert "stated with the figures" not in msg


def test_a_converted_value_names_the_rate_it_was_taken_at():
    # "Its value 1.034 bn USD" of 1조 4000억원 must be recomputable from the message: the rate
    # it names, applied to the stated amount, gives the value it shows.
    when = dict(as_of="2024-10", published="2024-10")
    f = findings(dict(id="k", metric="a", amount="1조 4000억원", **when),
                 *(dict(metric="a", amount="$1.00 billion", **when) for _ in range(2)))
    said = re.search(r"Its value ([\d.]+) bn USD \(at ([\d,.]+) KRW/USD, the middle of its ECB "
                     r"band in USD per KRW\)", _message_of(f, "k"))
    assert said, _message_of(f, "k")
    shown, rate = float(said[1]), float(said[2].replace(",", ""))
    assert abs(1.4e12 / rate / 1e9 - shown) < 0.0005
    # A value in the fact's own currency needs no rate.
    g = findings(dict(id="u", metric="a", amount="about $1.02 billion", **when),
                 *(dict(metric="a", amount="$1.00 billion", **when) for _ in range(2)))
    assert "Its value 1.02 bn USD is" in _message_of(g, "u")


def test_a_converted_value_names_the_middle_it_was_taken_at_so_it_can_be_recomputed():
    # The value is the won amount times the middle of the band in USD per KRW; the sentence shows
    # the rate turned (KRW/USD), whose middle is another number (1,194.51 for 1,112.10-1,276.92,
    # where the value was taken at 1,188.82): it says in which direction the middle was taken.
    from reconcile.engines.local import reconcile
    from reconcile.model.findings import with_messages
    days = dict(as_of="2019", published="2023-01")
    rec = reconcile(table(*[dict(metric="m", amount="10억 달러", **days)] * 2,
                          dict(id="won", metric="m", amount="1조원", **days)))
    msg = " ".join(with_messages(rec.findings).iloc[0].message.split())
    said = re.search(r"\(at ([\d,.]+) KRW/USD, the middle of its ECB band in USD per KRW\)", msg)
    assert said, msg
    won = rec.figures.set_index("id").loc["won"]
    middle = 1 / ((won.rate_low + won.rate_high) / 2)
    assert abs(float(said.group(1).replace(",", "")) - middle) <= 0.005 + 1e-9, msg


def test_an_upper_bound_that_agrees_by_its_rounding_is_not_said_to_agree_by_its_hedge():
    # "최대 1조원" (up to) beside 1조 4000억: its hedge opens the side below, away from the others;
    # what meets them is 1조's rounding (up to 1.5조). A plain "1조원" is that rounding (info);
    # "up to" 1조 claims at most 1조, which 1조 4000억 passes by 40 %: low since stop 48.
    f = findings(*[dict(metric="m", amount="1조 4000억 원")] * 2,
                 dict(id="cap", metric="m", amount="최대 1조원"))
    plain = findings(*[dict(metric="m", amount="1조 4000억 원")] * 2,
                     dict(id="cap", metric="m", amount="1조원"))
    assert list(plain["severity"]) == ["info"] and list(f["severity"]) == ["low"]
    assert "only the rounding of its number reaches them" in f.iloc[0].message
    assert "above the most it allows" in f.iloc[0].message
    assert "through its hedge" not in f.iloc[0].message and "hedge" not in plain.iloc[0].message
    assert "it is false" in f.iloc[0].message and "false" not in plain.iloc[0].message


def test_a_bound_the_others_pass_on_the_side_it_closes_is_false_not_a_rounding():
    # Made-up: "upwards of $2 billion" where two reports give $1.7 billion claims at least 2,
    # which 1.7 is not; only the rounding of "2" (down to 1.5) reaches it. A plain "$2 billion"
    # is that rounding (info); a bound passed by less than HEDGE_ONLY_GAP stays info and is said
    # to be missed, not false, its gap in % said ("nearly $4 billion" for $4.2 billion, 3.6 %
    # off); a true one is true.
    body = [dict(metric="m", amount="$1.7 billion", source=s) for s in ("b.txt", "c.txt")]
    for hedge in ("upwards of", "more than", "at least"):
        f = findings(*body, dict(id="bound", metric="m", amount=f"{hedge} $2 billion"))
        assert list(f["severity"]) == ["low"], (hedge, f["message"].tolist())
        assert flagged(f) == [{"bound"}] and "it is false" in f.iloc[0].message
        # The hedge is named unless it is the bound's own words ("at least: at least" said once).
        said = "" if hedge == "at least" else f"{hedge}: "
        assert f"As a bound ({said}at least 2 bn USD) it is false" in f.iloc[0].message
    plain = findings(*body, dict(id="p", metric="m", amount="$2 billion"))
    assert list(plain["severity"]) == ["info"] and "false" not in plain.iloc[0].message
    over = [dict(metric="m", amount="$4.2 billion", source=s) for s in ("b.txt", "c.txt")]
    near = findings(*over, dict(id="n", metric="m", amount="nearly $4 billion"))
    assert list(near["severity"]) == ["info"] and "it is missed:" in near.iloc[0].message
    assert "false" not in near.iloc[0].message and "just" not in near.iloc[0].message
    assert re.search(r"\d\.\d % below", near.iloc[0].message)
    true = findings(*over, dict(id="t", metric="m", amount="more than $4 billion"))
    assert serious(true).empty and "it is true" in " ".join(true["message"])
    # A converted bound is false only at the rate of its band (±1 %) most favourable to it, and
    # measured from there: "3조원 이상" is at least 2.40 bn USD at any rate of 2023-01-23's band,
    # which $2.1 billion is not (low, 11.8 %); $2.42 billion is reached at the band's edge,
    # though not at its middle (2.435 bn): not said false.
    # The rate is named with its fixing's date and whose band it is in: for a floor, the band's
    # lowest dollars per won.
    dollars = [dict(metric="m", amount="$2.1 billion", source=s) for s in ("b.txt", "c.txt")]
    won = findings(*dollars, dict(id="w", metric="m", amount="3조원 이상", published="2023-01-23"))
    assert list(won["severity"]) == ["low"] and "it is false" in won.iloc[0].message
    band = fx_band("KRW", "USD", "2023-01-23")
    said = (f"at {fmt.rate(band['rate_low'] / 1.01, 'KRW', 'USD')}: "
            f"{fmt.rate(band['rate_low'], 'KRW', 'USD')} on {band['rate_low_date']}, in its as_of's band")
    assert said in won.iloc[0].message and "most favourable to it" in won.iloc[0].message
    # $2.42 billion is reached at the band's edge: it agrees through its rounding at its as_of's
    # rates, no bound missed (the middle rate would miss it, "most favourable" or not).
    near = [dict(metric="m", amount="$2.42 billion", source=s) for s in ("b.txt", "c.txt")]
    edge = findings(*near, dict(id="w", metric="m", amount="3조원 이상"))
    message = " ".join(edge["message"])
    assert serious(edge).empty and "false" not in message
    assert "As a bound" not in message and "missed" not in message
    assert "it agrees only through its rounding at the rate of its as_of" in message
    # Published later, a floor is judged at the later date's band when that one is kinder to it,
    # and the message says whose band that is.
    later = dict(metric="m", amount="3조원 이상", as_of="2023-01-23", published="2024-12-27")
    lower = [dict(metric="m", amount="$1.8 billion", as_of="2023-01-23", source=s)
             for s in ("b.txt", "c.txt")]
    pub = findings(*lower, later)
    assert list(pub["severity"]) == ["low"]
    band = fx_band("KRW", "USD", "2024-12-27")
    assert f"on {band['rate_low_date']}, in its publication date's band" in pub.iloc[0].message


def test_a_band_is_off_by_its_edge_nearer_the_others_not_by_its_middle():
    # "1조원대" states 1조 to 2조: against 9500억 its 1조 is 5 % off (its middle, 1.5조, 58 %).
    f = findings(dict(metric="m", amount="9500억원"), dict(metric="m", amount="9500억원"),
                 dict(id="b", metric="m", amount="1조원대"))
    assert list(f["severity"]) == ["low"] and "its nearer edge, 1 tn" in f.iloc[0].message
    g = findings(dict(metric="m", amount="9500억원"), dict(metric="m", amount="1조원대"))
    assert list(g["severity"]) == ["medium"] and "1 tn KRW (the lower edge" in g.iloc[0].message
    # A band well off stays high: 3조원대 is three times 9500억 at its lower edge.
    h = findings(dict(metric="m", amount="9500억원"), dict(metric="m", amount="3조원대"))
    assert list(h["severity"]) == ["high"]


# One report converts the won figure to dollars at a rate of some weeks before the board's day
# (1,146 won a dollar; ECB 1,156.82-1,169.78 from 2021-08-27 to 2021-09-15, 1,179.74-1,186.34 on
# the board's day and the next); other reports give the won, one copies the dollars alone.
ON_BOARD = dict(metric="plant", as_of="2021-09-27", published="2021-09-28")
PAIR = (dict(ON_BOARD, id="filed", amount="5조1000억원", source="e.txt"),
        dict(ON_BOARD, amount="약 44억5000만달러", source="e.txt", restates="filed"))


def _board(dollars: str, *extra: dict, won: str = "5조1000억원") -> list[dict]:
    return [*(dict(ON_BOARD, amount=won, source=f"{k}.txt") for k in "abc"),
            dict(ON_BOARD, id="usd", amount=dollars, source="d.txt"), *extra]


def _about(fid: str, f: pd.DataFrame) -> pd.DataFrame:
    """The findings about the figure `fid`."""
    return f[f["record"].map(lambda r: fid in r.subject)]


def _noted(f: pd.DataFrame) -> bool:
    return any("conversion at an earlier rate" in m for m in f["message"])


def test_a_copy_of_another_articles_conversion_at_a_rate_of_the_month_before_is_a_note():
    f = _about("usd", findings(*_board("$4.45 billion", *PAIR)))
    assert list(f["severity"]) == ["info"], f["message"].tolist()
    msg = " ".join(f.iloc[0].message.split())
    assert "KRW figures imply 1,132.29–1,158.61 KRW/USD" in msg, msg
    assert "e.txt converts 5조1000억원 to 약 44억5000만달러" in msg, msg
    # The fixings by day, first to last, and the as_of's own rate beside the nearest.
    assert "the nearest ECB fixing of the 31 days before its as_of, 1,156.82 KRW/USD on " \
        "2021-09-06, is 0.9 % from the implied 1,146.01 KRW/USD (its as_of's 1,179.74–1,181.43 " \
        "KRW/USD)" in msg, msg
    first, last = re.search(r"the first on (\S+) .*, the last on (\S+) ", msg).groups()
    assert first < last <= "2021-09-26", msg
    assert msg.endswith("possibly a copy of a conversion at an earlier rate."), msg


# The review's cases: each low (or medium) on main, each stays so.
X1 = [*(dict(ON_BOARD, amount="5조2700억원", source=f"{k}.txt") for k in "abc"),
      dict(ON_BOARD, id="usd", amount="$4.54 billion", source="d.txt"),
      dict(ON_BOARD, amount="약 5조2700억원", source="d.txt", restates="usd")]
X2 = [day("2025-08-01", metric="k", amount=a, source=f"{k}.txt")
      for k, a in enumerate(["65억 달러", "65억 달러"])] + [
      day("2025-08-01", metric="k", id="usd", amount="8조7000억원", source="c.txt"),
      day("2025-08-01", metric="k", amount="약 65억 달러", source="c.txt", restates="usd")]
X4 = [*X1[:4], dict(ON_BOARD, id="one", amount="$1 billion", source="e.txt"),
      dict(ON_BOARD, amount="약 1조1610억원", source="e.txt", restates="one")]
X6 = [*X1[:4], dict(ON_BOARD, id="filed", amount="44억5000만달러", source="e.txt"),
      dict(ON_BOARD, amount="약 5조원", source="e.txt", restates="filed")]
X6b = [*X6[:3], dict(X6[3], amount="$4.57 billion"), *X6[4:]]


@pytest.mark.parametrize("rows, severity", [
    # A transposed dollar figure beside its own article's right won: its own pair's rate is the
    # others' rate by construction, and proves nothing.
    (X1, "low"),
    # The same written won-first: one newsroom's slip, nobody copies anything.
    (X2, "low"),
    # A pair of another amount (a figure same_fact flags high) is no evidence for this one.
    (X4, "low"),
    # A coarse pair of the right dollars, at the day's rate: no copy of the slip's amount.
    (X6, "medium"), (X6b, "low")], ids=["X1", "X2", "X4", "X6", "X6b"])
def test_a_figure_no_other_articles_conversion_states_stays_flagged(rows, severity):
    f = _about("usd", findings(*rows))
    assert severity in set(f["severity"]), f["message"].tolist()
    assert "info" not in set(f["severity"]) and not _noted(f), f["message"].tolist()


def test_a_conversion_in_the_figures_own_article_is_no_copy():
    own = (dict(PAIR[0], source="d.txt"), dict(PAIR[1], source="d.txt"))
    f = _about("usd", findings(*_board("$4.45 billion", *own)))
    assert list(f["severity"]) == ["low"] and not _noted(f), f["message"].tolist()


def test_a_coarse_conversion_the_days_rate_explains_is_no_evidence_of_another_rate():
    # 5조원 as 약 44억달러 meets the figure's amount and the month before's rate, but its
    # rounding reaches the board's day's rate too.
    coarse = (dict(PAIR[0], amount="5조원"), dict(PAIR[1], amount="약 44억달러"))
    f = _about("usd", findings(*_board("$4.45 billion", *coarse)))
    assert list(f["severity"]) == ["low"] and not _noted(f), f["message"].tolist()


# A won figure copied from another article's "65억 달러 (약 8조7000억원)": 1,338 won a dollar,
# July 2025's fixings (1,353.24 on 2025-07-01, ±1 % and the figures' rounding) reach it.
def _copied_won(as_of: str) -> list[dict]:
    on = dict(metric="k", as_of=as_of, published="2025-08-01")
    return [dict(on, id="pair", amount="65억 달러", source="a.txt"),
            dict(on, amount="약 8조7000억원", source="a.txt", restates="pair"),
            *(dict(on, amount="65억 달러", source=f"{k}.txt") for k in "be"),
            dict(on, id="won", amount="8조7000억원", source="c.txt")]


def test_a_month_or_year_dated_figure_gets_no_earlier_rate_note():
    assert list(_about("won", findings(*_copied_won("2025-08-01")))["severity"]) == ["info"]
    # The month before a month's first day is not when its figure was planned.
    f = _about("won", findings(*_copied_won("2025-08")))
    assert list(f["severity"]) == ["low"] and not _noted(f), f["message"].tolist()


def test_a_figure_that_reads_as_a_digit_slip_gets_no_earlier_rate_note():
    from reconcile.checks.earlier import copies
    from reconcile.engines.local import evidence_base
    rows = _board("$4.45 billion", *PAIR)
    twin = dict(ON_BOARD, amount="$4.54 billion", source="f.txt")
    for extra, noted in (((), True), ((twin,), False)):
        df = evidence_base(table(*rows, *extra))
        # Typed as the digits check reads a fact stated in dollars (here its converted currency).
        df["typed"] = df["role"] != "restatement"
        usd = int(np.flatnonzero(df["id"] == "usd")[0])
        assert (usd in copies(df, [usd])) == noted


def test_a_copy_at_a_rate_no_day_of_the_month_before_had_stays_flagged():
    # 1,138 won a dollar: the market had it in early August, more than a month before.
    pair = (dict(PAIR[0], amount="5조650억원"), PAIR[1])
    f = _about("usd", findings(*_board("$4.45 billion", *pair, won="5조650억원")))
    assert list(f["severity"]) == ["low"] and not _noted(f), f["message"].tolist()


def test_a_copy_far_off_stays_flagged_though_a_day_of_the_month_had_its_rate():
    # ECB about 1,500 won a dollar on 2008-11-26; 2008-10-31 had 1,306: a gap past the medium
    # threshold stays medium, whoever converted at that rate.
    on = dict(metric="deal", as_of="2008-11-26", published="2008-11-26")
    f = findings(*(dict(on, amount="1조3000억원", source=f"{k}.txt") for k in "abc"),
                 dict(on, id="usd", amount="$1.00 billion", source="d.txt"),
                 dict(on, id="filed", amount="1조3000억원", source="e.txt"),
                 dict(on, amount="약 10억달러", source="e.txt", restates="filed"))
    assert list(_about("usd", f)["severity"]) == ["medium"], f["message"].tolist()


def test_a_figure_off_as_many_figures_in_its_own_currency_stays_flagged():
    # Three reports give $4.3 billion, the won at the day's rate: $4.45 billion disagrees in
    # dollars, whatever rate the won figures imply for it.
    rows = _board("$4.45 billion", *PAIR, *(dict(ON_BOARD, amount="$4.3 billion", source=f"{k}.txt")
                                             for k in "xyz"))
    f = _about("usd", findings(*rows[1:]))
    assert list(f["severity"]) == ["low"] and not _noted(f), f["message"].tolist()


def test_a_bare_dollar_guessed_local_gets_no_earlier_rate_note():
    # Read as CAD (guessed), $4.45 billion is 913 won a dollar to the reports' won, which
    # 2021-08-27..09-24 had and another article's C$ conversion has too; but its currency is a
    # guess: whether it is that dollar is the dollar note's question.
    cad = dict(currency="CAD", note=guessed_currency_note("CAD", "a made-up site's country"))
    rows = [*(dict(ON_BOARD, amount="4조630억원", source=f"{k}.txt") for k in "abc"),
            dict(ON_BOARD, id="cad", amount="$4.45 billion", source="d.txt", **cad),
            dict(ON_BOARD, id="filed", amount="4조630억원", source="e.txt"),
            dict(ON_BOARD, amount="약 C$4.45 billion", source="e.txt", restates="filed")]
    f = _about("cad", findings(*rows))
    assert list(f["severity"]) == ["low"] and not _noted(f), f["message"].tolist()


# One article is one witness of a fact: its figure printed twice (headline and body) is one
# statement, and its two different figures are two.
def _deal(amount: str, source, fid: str) -> dict:
    return dict(metric="deal", amount=amount, source=source, id=fid)


def test_a_slip_printed_twice_in_one_article_is_outvoted_by_two_articles():
    f = serious(findings(_deal("$1.25 billion", "a.txt", "a"), _deal("12억5000만 달러", "b.txt", "b"),
                         _deal("$125 million", "c.txt", "c1"), _deal("$125 million", "c.txt", "c2")))
    assert sorted(map(sorted, flagged(f))) == [["c1"], ["c2"]]
    assert "no side has a majority" not in " ".join(f["message"])


def test_a_figure_printed_three_times_does_not_outvote_two_articles():
    f = serious(findings(*(_deal("$1.25 billion", "a.txt", f"a{i}") for i in range(3)),
                         _deal("$125 million", "b.txt", "b"), _deal("$125 million", "c.txt", "c")))
    assert {i for s in flagged(f) for i in s} == {"a0", "a1", "a2"}
    assert "no side has a majority" not in " ".join(f["message"])


def test_as_many_articles_on_each_side_the_figure_printed_more_often_decides():
    f = serious(findings(_deal("$1.25 billion", "a.txt", "a1"), _deal("$1.25 billion", "a.txt", "a2"),
                         _deal("$125 million", "b.txt", "b")))
    assert flagged(f) == [{"b"}]
    # As many printings too: no majority.
    f = serious(findings(_deal("$1.25 billion", "a.txt", "a1"), _deal("$1.25 billion", "a.txt", "a2"),
                         _deal("$125 million", "b.txt", "b1"), _deal("$125 million", "b.txt", "b2")))
    assert flagged(f) == [{"a1", "a2", "b1", "b2"}]


def test_three_won_articles_against_three_dollar_articles_printing_less_flag_the_dollars():
    # A plant's cost, 5조1000억원, by three articles (two print it twice) and $4.45 billion (the
    # won at 1,146 KRW/USD, weeks before the board's day) by three others: the sides disagree
    # at their days' rates in won and in dollars alike, so the currency decides nothing, and a
    # tie of articles would flag the won figures too. Their printings decide (the dollars low).
    won = [dict(ON_BOARD, amount="5조1000억원", source=s, id=i, published=p)
           for s, i, p in [("a.txt", "a1", "2021-09-28"), ("a.txt", "a2", "2021-09-28"),
                           ("b.txt", "b1", "2021-09-28"), ("b.txt", "b2", "2021-09-28"),
                           ("c.txt", "c1", "2021-09-29")]]
    usd = [dict(ON_BOARD, amount="44억5000만 달러", source=f"{i}.txt", id=i, published=p)
           for i, p in [("d", "2021-09-28"), ("e", "2021-09-29"), ("f", "2021-09-30")]]
    f = serious(findings(*won, *usd))
    assert sorted(map(sorted, flagged(f))) == [["d"], ["e"], ["f"]], f["message"].tolist()
    assert set(f["severity"]) == {"low"}


def test_figures_of_no_known_article_are_each_a_witness():
    f = serious(findings(_deal("$1.25 billion", None, "a1"), _deal("$1.25 billion", None, "a2"),
                         _deal("$125 million", "b.txt", "b"), _deal("$125 million", "c.txt", "c")))
    assert flagged(f) == [{"a1", "a2", "b", "c"}]


def test_an_article_s_two_different_figures_are_two_statements():
    two = [_deal("$1.25 billion", "a.txt", "a1"), _deal("$1.52 billion", "a.txt", "a2")]
    f = serious(findings(*two, _deal("$1.25 billion", "b.txt", "b"),
                         _deal("12억5000만 달러", "c.txt", "c")))
    assert {i for s in flagged(f) for i in s} == {"a2"}
    # Alone, they contradict each other.
    assert flagged(serious(findings(*two))) == [{"a1", "a2"}]


def test_one_article_s_headline_and_body_rounded_apart_agree():
    # "12조" in a headline (about $9.7 billion) and "$10 billion" in the body both cover the
    # deal's value: one witness, no conflict within it.
    f = findings(dict(metric="deal", amount="12조 원", source="a.txt", as_of="2023-01-23"),
                 dict(metric="deal", amount="100억 달러", source="a.txt", as_of="2023-01-23"))
    assert serious(f).empty


def test_a_hedged_figure_printed_twice_is_one_witness_against_two_articles():
    f = serious(findings(_deal("약 15억 달러", "a.txt", "a1"), _deal("약 15억 달러", "a.txt", "a2"),
                         _deal("$1.25 billion", "b.txt", "b"), _deal("12억6000만 달러", "c.txt", "c")))
    assert {i for s in flagged(f) for i in s} == {"a1", "a2"}
    assert "no side has a majority" not in " ".join(f["message"])


@pytest.mark.parametrize("outlet_rows", [3, 10])
def test_an_outlet_named_as_source_on_different_days_is_that_many_articles(outlet_rows):
    # `source` names one article; an outlet's name on figures of different publication dates
    # cannot be one article's, so those figures are as many witnesses.
    outlet = [dict(_deal("$1.25 billion", "Outlet", f"x{i}"), as_of="2024-03-04",
                   published=f"2024-03-{4 + i:02d}") for i in range(outlet_rows)]
    slips = [dict(_deal("$125 million", s, s), as_of="2024-03-04", published="2024-03-04")
             for s in ("r", "b")]
    f = serious(findings(*outlet, *slips))
    assert {i for s in flagged(f) for i in s} == {"r", "b"}, f["message"].tolist()



def test_a_split_names_the_side_other_articles_bounds_fit_alone_not_the_more_precise():
    # Made-up: "$9.6 billion" and "about $6 billion" with no majority; a third article's "up to
    # $7 billion" and a fourth's "$5 billion to $7 billion" rule out $9.6 billion. Precision alone
    # would call the hedged $6 billion the likelier slip; the other articles say the opposite.
    f = serious(findings(dict(metric="plan", amount="$9.6 billion"),
                         dict(metric="plan", amount="about $6 billion"),
                         dict(metric="plan", amount="up to $7 billion"),
                         dict(metric="plan", amount="$5 billion to $7 billion")))
    msg = " ".join(f.iloc[0].message.split())
    assert flagged(f) == [{"f0", "f1"}], msg            # a bound or a range still does not vote
    assert ("f2, f3, of other articles, fit f1's side alone: a bound or a range does not vote (it "
            "may state a forecast), but this makes f0 the likelier slip") in msg, msg
    assert "so f1 is the likelier slip" not in msg
    # Named as leaning one way, they are not said not to decide between the two as well.
    assert 'f2 ("up to $7 billion") is hedged or vague, so it does not vote: it fits the side of f1' \
        in msg, msg
    assert "does not decide" not in msg, msg


def test_a_vague_figure_aside_names_no_side():
    # Made-up: "several billion dollars" is neither a bound nor a range: the side it fits is how
    # "several" was read, not another article's word on the fact; the hint stays the precision one.
    f = serious(findings(dict(metric="plan", amount="$9.6 billion"),
                         dict(metric="plan", amount="about $6 billion"),
                         dict(metric="plan", amount="several billion dollars")))
    msg = " ".join(f.iloc[0].message.split())
    assert "f0 is stated more precisely, so f1 is the likelier slip" in msg, msg
    assert "side alone" not in msg and "it does not decide between them: it fits the side of f1" \
        in msg, msg


def test_a_bound_of_the_split_s_own_article_or_one_fitting_both_sides_names_no_side():
    # The same bound printed by the article of $6 billion only echoes it; a bound that fits both
    # sides says nothing: the hint stays the precision one.
    f = serious(findings(dict(metric="plan", amount="$9.6 billion"),
                         dict(metric="plan", amount="about $6 billion", source="b.txt"),
                         dict(metric="plan", amount="up to $7 billion", source="b.txt"),
                         dict(metric="plan", amount="up to $12 billion")))
    msg = " ".join(f.iloc[0].message.split())
    assert "f0 is stated more precisely, so f1 is the likelier slip" in msg, msg
    assert "fit f1's side alone" not in msg


def test_a_bound_of_the_split_s_outlet_on_another_day_is_another_article_s_word():
    # An article is a source on one publication date: the outlet of "about $6 billion" printing
    # "up to $7 billion" a week later is another article, and leans the split as another would.
    base = dict(metric="plan", as_of="2024-03-04")
    f = serious(findings(dict(base, amount="$9.6 billion", published="2024-03-05"),
                         dict(base, amount="about $6 billion", source="b.txt",
                              published="2024-03-05"),
                         dict(base, amount="up to $7 billion", source="b.txt",
                              published="2024-03-12")))
    msg = " ".join(f.iloc[0].message.split())
    assert "fits f1's side alone" in msg and "makes f0 the likelier slip" in msg, msg


# A currency sign swapped ------------------------------------------------------------------------

SWAPPED = "a currency sign swapped"


def test_a_number_that_agrees_in_the_facts_currency_says_its_sign_may_be_swapped():
    f = serious(findings(dict(metric="aid", amount="$400 million"),
                         dict(metric="aid", amount="$400 million"),
                         dict(metric="aid", amount="£400 million")))
    assert len(f) == 1 and f.iloc[0].flagged == ("f2",)
    assert f.iloc[0].severity in ("medium", "high")      # still an error, as severe as before
    assert SWAPPED in f.iloc[0].message and "400 mn USD" in f.iloc[0].message


def test_no_swap_is_said_of_a_number_that_disagrees_in_either_currency():
    f = serious(findings(dict(metric="aid", amount="$400 million"),
                         dict(metric="aid", amount="$400 million"),
                         dict(metric="aid", amount="£450 million")))
    assert len(f) == 1 and SWAPPED not in f.iloc[0].message


@pytest.mark.parametrize("converted", ["$490 million", "$400 million"])
def test_no_swap_is_said_of_a_figure_its_article_converts(converted):
    # Writing both currencies is on purpose there, even with equal digits (as at a peg).
    f = findings(dict(metric="aid", amount="$400 million"),
                 dict(metric="aid", amount="$400 million"),
                 dict(id="g", metric="aid", amount="£400 million"),
                 dict(metric="aid", amount=converted, restates="g"))
    assert f["flagged"].map(lambda x: "g" in x).any()
    assert not f["message"].str.contains(SWAPPED).any()


def test_equal_digits_in_two_currencies_of_two_facts_are_no_swap():
    f = findings(dict(metric="aid", amount="$300 million"),
                 dict(metric="aid", amount="$300 million"),
                 dict(metric="loan", amount="£300 million"),
                 dict(metric="loan", amount="£300 million"))
    assert not f["message"].str.contains(SWAPPED).any()


def test_the_swap_is_read_in_the_currency_the_facts_figures_state():
    # Not the report's currency: the fact's own (euros here), which its figures state.
    f = serious(findings(dict(metric="aid", amount="€400 million"),
                         dict(metric="aid", amount="€400 million"),
                         dict(metric="aid", amount="£400 million"), currency="USD"))
    assert len(f) == 1 and "400 mn EUR" in f.iloc[0].message and SWAPPED in f.iloc[0].message


def test_no_swap_is_said_against_an_interval_open_on_one_side():
    # Others that say only "at least" hold every larger number: the digits agreeing is no sign.
    later = dict(metric="total", as_of="2024", published="2024-06-01", kind="cumulative")
    f = findings(dict(metric="total", amount="2000억 달러", as_of="2023", published="2023-06-01",
                      kind="cumulative"),
                 dict(amount="2000억 달러 이상", **later), dict(amount="2000억 달러 이상", **later),
                 dict(amount="약 230조 원", **later))
    assert serious(f)["flagged"].map(lambda x: "f3" in x).any()
    assert not f["message"].str.contains(SWAPPED).any()


def test_the_rule_the_checks_command_prints_names_the_swap_it_says():
    # `figrecon checks` (and docs/checks.md) must name every explanation the check gives
    from reconcile.checks import DOCS
    f = serious(findings(dict(metric="aid", amount="$400 million"),
                         dict(metric="aid", amount="$400 million"),
                         dict(metric="aid", amount="£400 million")))
    assert SWAPPED in f.iloc[0].message
    assert SWAPPED in DOCS["same_fact"].rule


def test_a_range_meeting_the_others_is_said_by_its_middle_not_an_edge():
    # Made-up: "41~43달러" (40.5 to 43.5 with its rounding) meets the others' 43.5 to 44.5, so the
    # check judges its middle, 42; the message named that number "its nearer edge", which is 43
    f = findings(dict(metric="m", amount="44달러"), dict(metric="m", amount="44달러"),
                 dict(id="b", metric="m", amount="41~43달러"))
    message = f.iloc[0].message
    assert "its middle, 42, is 3.4 % below 43.5" in message and "nearer edge" not in message


@pytest.mark.parametrize("round_figure, others, severity", [
    ("$100 million", "$140 million", "high"),
    ("10억 달러", "$1.4 billion", "high"),
    ("100만 달러", "140만 달러", "high"),
    ("$200m", "$240m", "medium"),
    ("$600m", "$640m", "medium"),
    ("£300m", "£340m", "medium"),
    ("$300m", "$360m", "medium"),
    ("$2bn", "$2.6bn", "high"),
    ("30억 달러", "$3.6bn", "medium"),
    ("3,000 million dollars", "$3.4bn", "medium"),
])
def test_a_round_figure_is_no_rounding_of_figures_well_off_it(round_figure, others, severity):
    # Only a Korean word's forced zeros read as one digit's rounding: English zeros, a leading 1
    # and digits past the next place word keep their second digit, so these stay apart.
    f = serious(findings(dict(metric="levy", amount=round_figure),
                         *(dict(metric="levy", amount=others) for _ in range(2))))
    assert len(f) == 1 and f.iloc[0].flagged == ("f0",), f
    assert f.iloc[0].severity == severity


@pytest.mark.parametrize("round_figure", ["30억 달러", "$3 billion"])
def test_30억_dollars_agrees_with_what_3_billion_dollars_agrees_with(round_figure):
    # The new reading's cost as much as its gain: "$3 billion" never flagged $3.4 billion.
    assert serious(findings(dict(metric="levy", amount=round_figure),
                            *(dict(metric="levy", amount="$3.4bn") for _ in range(2)))).empty


# A bound beside a split --------------------------------------------------------------------------

_SPLIT_DAY = dict(as_of="2023-10-27", published="2023-10-27")


def _split_with(bound: str, *figures: str):
    """Kestrel's deal as one made-up article states it: figures that split with no majority, and
    a bound beside them."""
    return serious(findings(*[dict(metric="deal", amount=a, source="kestrel.txt", **_SPLIT_DAY)
                              for a in (*figures, bound)]))


def _of_bound(f):
    """The findings that flag the bound (the third figure, f2) alone."""
    return f[[x == ("f2",) for x in f["flagged"]]]


def test_a_bound_a_thousand_times_above_every_side_of_a_split_is_flagged_low():
    # "12조원" and "$10 billion" split; "up to $12 trillion" is true of both, ~1,300x above each.
    # It fits no side a reader should believe: flagged alone, low, as against a consensus; equal
    # digits in another currency alone do not make it a currency slip.
    f = _split_with("up to $12 trillion", "12조원", "$10 billion")
    bound = _of_bound(f)
    assert list(bound["severity"]) == ["low"], f["message"].tolist()
    msg = " ".join(bound.iloc[0].message.split())
    assert "overstates the value by more than 2×" in msg and "slip" not in msg, msg
    split = " ".join(f[[x == ("f0", "f1") for x in f["flagged"]]].iloc[0].message.split())
    assert "it is flagged on its own" in split and "it fits both sides" not in split, split


@pytest.mark.parametrize("bound, figures", [("up to $10 billion", ("$1.0 billion", "$1.2 billion")),
                                            ("up to $7 billion", ("$0.7 billion", "$1.2 billion"))])
def test_a_cap_a_power_of_ten_off_a_side_of_a_split_stays_low(bound, figures):
    # 10x above one side, or 7x above one and 10x above the other: misleading, but no article
    # states its number one place word away, so it is no unit slip, as against a consensus.
    bound_of = _of_bound(_split_with(bound, *figures))
    assert list(bound_of["severity"]) == ["low"], bound_of["message"].tolist()
    assert "slip" not in " ".join(bound_of.iloc[0].message.split())


def test_a_bound_whose_number_two_articles_state_a_place_word_away_is_a_unit_slip():
    # Orvel and Norden write "$5 billion", Kestrel and Halvard "$9 billion": a split. "up to $5
    # trillion" is their number one place word away, stated by two articles: its place word is
    # the likely slip, high, of the bound alone, as a consensus's bound is ranked.
    rows = [dict(metric="deal", amount=a, source=s, **_SPLIT_DAY)
            for a, s in (("$5 billion", "orvel.txt"), ("$5 billion", "norden.txt"),
                         ("$9 billion", "kestrel.txt"), ("$9 billion", "halvard.txt"))]
    f = serious(findings(*rows, dict(metric="deal", amount="up to $5 trillion",
                                     source="vesper.txt", **_SPLIT_DAY)))
    bound = f[[x == ("f4",) for x in f["flagged"]]]
    assert list(bound["severity"]) == ["high"], f["message"].tolist()
    assert "unit slip" in " ".join(bound.iloc[0].message.split()), bound.iloc[0].message


def test_an_at_least_bound_a_thousand_times_below_every_side_of_a_split_is_flagged():
    f = _split_with("at least $4 million", "$5.1 billion", "$4.2 billion")
    bound = _of_bound(f)
    assert list(bound["severity"]) == ["low"], f["message"].tolist()
    msg = " ".join(bound.iloc[0].message.split())
    assert "below" in msg, msg


def test_a_bound_far_off_every_side_but_no_slip_is_low():
    # 30x above both sides: misleading, as against a consensus, but no place word or rate apart.
    f = _split_with("up to $150 billion", "$5.1 billion", "$4.2 billion")
    bound = _of_bound(f)
    assert list(bound["severity"]) == ["low"], f["message"].tolist()
    assert "slip" not in bound.iloc[0].message


@pytest.mark.parametrize("bound", ["more than $1 billion", "up to $3 billion",
                                   "up to $4 billion", "at least $0.8 billion"])
def test_a_merely_loose_bound_beside_a_split_stays_unflagged(bound):
    # Within 2x of a side ($1.3 billion or $2.4 billion): it says little, nothing false; it still
    # does not decide the split, and is not flagged.
    f = _split_with(bound, "$1.3 billion", "$2.4 billion")
    assert flagged(f) == [{"f0", "f1"}], f["message"].tolist()
    assert "flagged on its own" not in " ".join(f.iloc[0].message.split())


def test_a_bound_beside_a_split_read_as_one_figure_cut_short_is_not_judged_apart():
    # "6.2 trillion won" is Norden's 6조2741억원 cut short: a note, no split. A bound 1000x above
    # both is then judged with the figure they agree on, not flagged as beside a split the note
    # says there is not.
    f = findings(*[dict(metric="m", amount=a, source="norden.txt", **_SPLIT_DAY)
                   for a in ("6조2741억원", "6.2 trillion won", "최대 6000조원")])
    assert "cut short" in " ".join(f["message"]), f["message"].tolist()
    assert "which disagree with no majority" not in " ".join(" ".join(f["message"]).split())
