"""The `restatement` check: a conversion implies a rate that must meet the ECB rate of its as_of
or of its publication date, allowing for its rounding; stale conversions, instalments converted
part by part, the previous day's fixing, and an original written in the wrong currency."""
import datetime as dt
import re

import pandas as pd
import pytest

from currency import formatting as fmt
from currency.data.rates import rate_book
from reconcile.checks.restatement import _Pair, _stale_words
from reconcile.engines.local import reconcile
from reconcile.model.normalize import fx_band
from reports.layout import rate_bands
from tests.helpers import checks_of, findings, flagged, serious, table


def _won(usd_billions: float, rate: float) -> str:
    eok = round(usd_billions * 10 * rate)      # 억 won
    jo, rest = divmod(eok, 10000)
    return f"{jo}조 {rest}억 원" if jo else f"{rest}억 원"


def test_a_restatement_matching_the_as_of_rate_is_not_flagged_and_at_publication_is_noted():
    book = rate_book()
    then = book.rate_on("USD", "KRW", dt.date(2019, 7, 22)).value
    later = book.rate_on("USD", "KRW", dt.date(2022, 10, 24)).value
    assert later / then > 1.15        # the won fell a lot between these days
    days = dict(as_of="2019-07-22", published="2022-10-24")
    f = findings(dict(metric="m", amount="$1.000 billion", **days),
                 dict(metric="m", amount=_won(1.0, then), restates="f0", **days))
    assert f.empty
    g = findings(dict(metric="m", amount="$1.000 billion", **days),
                 dict(metric="m", amount=_won(1.0, later), restates="f0", **days))
    assert list(g["severity"]) == ["info"]
    assert "publication date, not of the as_of" in g.iloc[0].message


def test_a_conversion_no_rate_explains_is_flagged_with_a_unit_slip():
    f = serious(findings(dict(metric="m", amount="100억 달러"),
                         dict(metric="m", amount="약 1조 2300억 원", restates="f0")))
    row = f.iloc[0]
    assert (row.check, row.severity, row.flagged) == (("restatement",), "high", ("f1",))
    assert "unit slip" in row.message and "2023-01-23" in row.message


def test_a_conversion_finds_its_original_wherever_the_file_puts_it():
    # The check looks at the row before first (where a conversion mostly stands); an original
    # after its conversion, or with another figure between them, is found all the same.
    orig = dict(id="o", metric="m", amount="100억 달러")
    conv = dict(id="c", metric="m", amount="약 1조 2300억 원", restates="o")
    other = dict(id="x", metric="n", amount="5억 달러")
    for rows in ([orig, conv], [conv, orig], [orig, other, conv], [conv, other, orig]):
        f = serious(findings(*rows))
        assert flagged(f) == [{"c"}] and "unit slip" in f.iloc[0].message, rows


def test_a_conversion_four_percent_off_the_rate_is_a_discrepancy():
    rate = rate_book().rate_on("USD", "KRW", dt.date(2023, 1, 23)).value
    ok = findings(dict(metric="m", amount="$4.5 billion"),
                  dict(metric="m", amount=f"약 {round(4.5 * rate / 100) / 10:g}조 원",
                       restates="f0"))
    assert serious(ok).empty
    off = findings(dict(metric="m", amount="$4.5 billion"),
                   dict(metric="m", amount=f"약 {round(4.5 * rate * 1.04 / 10)}00억 원",
                        restates="f0"))
    assert flagged(serious(off)) == [{"f1"}]


def test_a_conversion_rounded_to_two_significant_digits_is_consistent():
    # $450 million at about 1,444 won is 6,498억: written as 약 6500억 원.
    f = findings(dict(metric="m", amount="4억5000만 달러", as_of="2024-12-20",
                      published="2024-12-20"),
                 dict(metric="m", amount="약 6500억 원", restates="f0", as_of="2024-12-20",
                      published="2024-12-20"))
    assert serious(f).empty


def test_a_restatement_is_inferred_from_a_shared_quote():
    q = "투자 규모는 100억 달러(약 20조 원)에 달한다"
    f = serious(findings(dict(metric="m", amount="100억 달러", quote=q),
                         dict(metric="m", amount="약 20조 원", quote=q)))
    assert list(f["check"]) == [("restatement",)] and flagged(f) == [{"f1"}]


def test_a_wrong_original_takes_the_blame_when_its_restatement_fits_the_others():
    f = serious(findings(dict(metric="m", amount="1.7 trillion won", as_of="2022-03"),
                         dict(metric="m", amount="1조7000억원", as_of="2022-03"),
                         dict(metric="m", amount="KRW1.7bn", as_of="2022-03"),
                         dict(metric="m", amount="US$1.3bn", restates="f2", as_of="2022-03",
                              published="2022-06-29")))
    assert flagged(f) == [{"f2"}]
    assert set(f.iloc[0].check) == {"same_fact", "restatement"}


# Stale conversions ----------------------------------------------------------------------------


def test_a_stale_rate_conversion_is_flagged_although_the_original_is_round():
    # 3 trillion won at 1,474 won/$ is $2.03 billion, not $2.2 billion.
    day = dict(as_of="2025-11-26", published="2025-11-26")
    f = serious(findings(dict(metric="m", amount="3 trillion won", **day),
                         dict(metric="m", amount="$2.2 billion", restates="f0", **day)))
    assert flagged(f) == [{"f1"}] and f.iloc[0].severity == "medium"


PLAN = dict(id="plan", metric="plan", amount="$17 billion", as_of="2021-11-23",
            published="2024-12-19", source="x.txt", quote="a $17 billion plan (약 22조원)")


def test_a_conversion_fitting_only_rates_between_its_dates_is_stale():
    f = serious(findings(PLAN, dict(PLAN, id="won", amount="약 22조원", restates="plan")))
    assert flagged(f) == [{"won"}] and list(f["severity"]) == ["low"]
    msg = f.iloc[0].message
    assert "stale conversion" in msg and "2022-" in msg


def test_a_conversion_at_the_as_of_rate_is_not_stale_nor_one_within_a_month():
    at_as_of = findings(PLAN, dict(PLAN, id="won", amount="약 20조2000억원", restates="plan"))
    assert serious(at_as_of).empty          # 1,188 KRW/USD: the rate of 2021-11-23
    # 1,422 KRW/USD: a rate of early December 2024, between the as_of's band (1,400.54 to the
    # previous fixing's 1,406.48, +1 %) and the publication's (1,438.15-1,448.10, -1 %), but only
    # 24 days apart: an ordinary wrong conversion.
    near = dict(PLAN, as_of="2024-11-25", published="2024-12-19")
    g = serious(findings(near, dict(near, id="won", amount="약 24조1740억원", restates="plan")))
    assert flagged(g) == [{"won"}] and "stale" not in " ".join(g["message"])
    # It says where the rate lies: between the two dates' bands, and how far from the nearer.
    assert "between the ECB rate of its as_of" in g.iloc[0].message
    # Above the as_of's band as widened (1,400.54 / 1.01 to 1,406.48 × 1.01): the sentence shows it.
    # The percentage names the edge it is measured from.
    assert "  " not in g.iloc[0].message and ("0.1 % above 1,420.55 KRW/USD, the upper end of the "
                                              "nearer, widened by ±1% for the rate source to "
                                              "1,386.68–1,420.55 KRW/USD" in g.iloc[0].message)


def test_a_conversion_written_on_a_day_may_use_the_previous_fixing():
    # 2019-12-13: ECB 1,171.44 won per dollar; the day before 1,188.28. A Seoul newsroom writing on
    # the 13th converts Quillon Games' $300 million at the 12th's rate: 3,564.8억원.
    q = "퀼론 게임즈 인수가 3억 달러(약 3,565억원)"
    f = findings(dict(id="g1", metric="quillon", amount="3억 달러", quote=q, as_of="2019-12-13",
                      published="2019-12-13"),
                 dict(id="g2", metric="quillon", amount="약 3,565억원", quote=q, restates="g1",
                      as_of="2019-12-13", published="2019-12-13"))
    assert serious(f).empty
    # Two days' rates do not make any rate right: 3,800억원 (1,266.67) is still wrong.
    g = findings(dict(id="g1", metric="quillon", amount="3억 달러", quote=q, as_of="2019-12-13",
                      published="2019-12-13"),
                 dict(id="g2", metric="quillon", amount="약 3,800억원", quote=q, restates="g1",
                      as_of="2019-12-13", published="2019-12-13"))
    assert flagged(serious(g)) == [{"g2"}]


def test_a_conversion_written_on_a_weekend_may_use_the_fixing_before_the_last_business_days():
    # Saturday 2025-04-05 has no fixing: Friday's is 1,883.99 won per pound, Thursday's 1,919.03.
    # Seoul's Friday rate lies between the two, so Nellwood Bio's £100 million at 1,919 won a
    # pound (1,919억원) is a rate its writer had; counted back from the Saturday itself, only
    # Friday's fixing would be (+1.9 %).
    q = "넬우드바이오 계약금 1억 파운드(약 1919억원)"
    day = dict(as_of="2025-04-05", published="2025-04-05")
    f = findings(dict(id="g1", metric="nellwood", amount="1억 파운드", quote=q, **day),
                 dict(id="g2", metric="nellwood", amount="약 1919억원", quote=q, restates="g1",
                      **day))
    assert serious(f).empty
    # Still no older fixing: 2,000억원 (2,000 won a pound, +4.2 % above Thursday's) is wrong.
    g = findings(dict(id="g1", metric="nellwood", amount="1억 파운드", quote=q, **day),
                 dict(id="g2", metric="nellwood", amount="약 2000억원", quote=q, restates="g1",
                      **day))
    assert flagged(serious(g)) == [{"g2"}]


def test_a_conversion_written_on_a_weekday_with_no_fixing_uses_only_the_last_fixing():
    # Easter Monday 2022-04-18: no ECB fixing, but Seoul trades. The last fixing is Thursday
    # 04-14's 1,609.87 won per pound; Wednesday's 1,595.18 is older than the writer's rate. So
    # Tarnby Labs' £100 million at 1,583 won a pound (1,583억원, -1.7 %) is flagged; counted back
    # from Thursday's fixing, Wednesday's would let it pass. The Saturday after Good Friday (no
    # fixing) is counted back from that Friday: Thursday's fixing only, the same flag.
    q = "탄비랩스 계약금 1억 파운드(약 1583억원)"
    for on in ("2022-04-18", "2022-04-16"):
        day = dict(as_of=on, published=on)
        f = findings(dict(id="g1", metric="tarnby", amount="1억 파운드", quote=q, **day),
                     dict(id="g2", metric="tarnby", amount="약 1583억원", quote=q, restates="g1",
                          **day))
        assert flagged(serious(f)) == [{"g2"}], on


# Instalments. Brightwater Marine buys a yard for $1 billion, signed 2022-01-03 and paid in two
# halves: $500 million then (1,192.78 won per dollar) and $500 million on 2022-10-04 (1,427.76).
# The won total reported on 2022-10-05 is the sum of both halves at their own dates.
def _yard(won_total: str):
    q = f"브라이트워터 마린의 조선소 인수가는 10억 달러({won_total})"
    return table(
        dict(id="t1", metric="yard_price", amount="10억 달러", as_of="2022-01-03",
             published="2022-10-05", source="y.txt", quote=q),
        dict(id="t2", metric="yard_price", amount=won_total, as_of="2022-01-03",
             published="2022-10-05", source="y.txt", quote=q, restates="t1"),
        dict(id="p1", metric="yard_first_payment", amount="5억 달러", as_of="2022-01-03",
             published="2022-10-05", source="y.txt", part_of="yard_price",
             quote="계약 때 5억 달러를 먼저 냈고"),
        dict(id="p2", metric="yard_second_payment", amount="5억 달러", as_of="2022-10-04",
             published="2022-10-05", source="y.txt", part_of="yard_price",
             quote="나머지 5억 달러는 10월에 치렀다"),
    )


def test_a_total_paid_in_instalments_converted_part_by_part_is_no_wrong_conversion():
    rec = reconcile(_yard("약 1조3100억원"))
    assert "t2" not in {i for x in serious(rec.findings)["flagged"] for i in x}
    notes = rec.findings[rec.findings["figures"].map(lambda ids: "t2" in ids)]
    assert any("instalments" in r.message for r in notes["record"])


def test_a_restated_part_is_no_instalment():
    # A conversion of a part stated first in the file (1억 달러 restating a won figure) is not
    # the part: the instalments are still the two originals, which explain the won total.
    rows = table(dict(id="w0", metric="yard_second_payment", amount="약 1,428억원",
                      as_of="2022-10-04", published="2022-10-05", source="y.txt",
                      quote="둘째 대금 약 1,428억원(1억 달러)"),
                 dict(id="p0", metric="yard_second_payment", amount="1억 달러",
                      as_of="2022-10-04", published="2022-10-05", source="y.txt",
                      quote="둘째 대금 약 1,428억원(1억 달러)", restates="w0",
                      part_of="yard_price"))
    rec = reconcile(pd.concat([rows, _yard("약 1조3100억원")], ignore_index=True))
    notes = rec.findings[rec.findings["figures"].map(lambda ids: "t2" in ids)]
    assert any("instalments" in r.message for r in notes["record"])


def test_a_won_total_the_instalments_do_not_explain_is_still_a_wrong_conversion():
    rec = reconcile(_yard("약 1조5500억원"))
    assert {"t2"} in flagged(serious(rec.findings))


# A currency slip inside a pair. An article on Sakura Rail's bid states its amounts in yen; one pair
# writes 달러 for 엔: 18억 yen is 1,042만 euros on 2024-07-17, 18억 dollars 16억 euros.
def _sakura(slip_amount: str):
    day = "2024-07-17"
    q1 = "사쿠라 레일은 400억 엔(약 2억3200만 유로)을 써냈다"
    q2 = f"지금까지 {slip_amount}(1,040만 유로)를 썼다"
    return table(
        dict(id="s1", metric="sakura_bid", amount="400억 엔", quote=q1, as_of=day,
             published=day, source="k.txt"),
        dict(id="s2", metric="sakura_bid", amount="약 2억3200만 유로", quote=q1, restates="s1",
             as_of=day, published=day, source="k.txt"),
        dict(id="s3", metric="sakura_spent", amount=slip_amount, quote=q2, as_of=day,
             published=day, source="k.txt"),
        dict(id="s4", metric="sakura_spent", amount="1,040만 유로", quote=q2, restates="s3",
             as_of=day, published=day, source="k.txt"),
    )


def test_a_pair_whose_original_names_the_wrong_currency_flags_the_original():
    f = serious(reconcile(_sakura("18억달러")).findings)
    assert flagged(f) == [{"s3"}] and "currency slip" in f.iloc[0]["record"].message
    # In the article's own currency the pair is right.
    assert serious(reconcile(_sakura("18억 엔")).findings).empty


# A conversion written with its original's currency word: Orin Motors' sales of 50억 달러, in an
# article that states other amounts in won, converted "약 N조 달러" where N조 is the won.
def _orin(conversion: str, *others: dict, original: str = "50억달러"):
    day = dict(as_of="2024-07-17", published="2024-07-17", source="o.txt")
    q = f"오린 모터스의 매출은 {original}({conversion})에 이른다"
    return table(dict(id="o1", metric="orin_sales", amount=original, quote=q, **day),
                 dict(id="o2", metric="orin_sales", amount=conversion, quote=q, restates="o1",
                      **day), *others)


def _won_as(usd_billions: float, day: dt.date, unit: str) -> str:
    """USD billions at the day's rate, in 조 and 천억 (one digit after the 조), as `unit`."""
    eok = round(usd_billions * 10 * rate_book().rate_on("USD", "KRW", day).value / 1000) * 1000
    jo, rest = divmod(eok, 10000)
    return f"약 {jo}조{rest}억{unit}" if rest else f"약 {jo}조{unit}"


def test_a_conversion_in_its_originals_own_currency_is_a_currency_slip_of_the_restatement():
    won_figure = dict(id="o3", metric="orin_capex", amount="2조원", quote="설비에 2조원",
                      as_of="2024-07-17", published="2024-07-17", source="o.txt")
    slip = _won_as(5, dt.date(2024, 7, 17), "달러")
    rec = reconcile(_orin(slip, won_figure))
    f = serious(rec.findings)
    assert flagged(f) == [{"o2"}] and list(f["severity"]) == ["high"]
    msg = f.iloc[0]["record"].message
    assert "currency slip" in msg and "KRW written as USD" in msg and "2024-07-1" in msg
    # Written in Hangul, the won is tried though the article states no other won amount.
    assert flagged(serious(reconcile(_orin(slip)).findings)) == [{"o2"}]
    # The same pair with its currency word right is a conversion that agrees.
    assert serious(reconcile(_orin(_won_as(5, dt.date(2024, 7, 17), "원"), won_figure))
                   .findings).empty


def test_an_original_in_another_currency_than_it_names_beside_its_own_conversion_is_flagged():
    # "$ 150 billion ($ 128.00 million)" in an article stating amounts in won: 150 billion won is
    # $128.00 million; the original names the wrong currency, its conversion is right.
    day = dict(as_of="2021-09-14", published="2021-09-14", source="f.txt")
    q = "fined $ 150 billion ($ 128.00 million)"
    rows = [dict(id="f1", metric="fine", amount="$ 150 billion", quote=q, **day),
            dict(id="f2", metric="fine", amount="$ 128.00 million", quote=q, restates="f1", **day)]
    won = dict(id="f3", metric="sales", amount="3 trillion won", quote="sales of 3 trillion won",
               **day)
    f = serious(reconcile(table(*rows, won)).findings)
    assert flagged(f) == [{"f1"}] and list(f["severity"]) == ["high"]
    msg = f.iloc[0]["record"].message
    assert "is what its number gives in KRW" in msg and "names the wrong currency" in msg, msg
    # With no won in the article nor Hangul in the amount, no rate says which: an info note.
    alone = reconcile(table(*rows)).findings
    assert serious(alone).empty and list(alone["severity"]) == ["info"]


def test_a_conversion_of_the_other_sign_names_no_currency():
    # "-$5 million" as the conversion of "$ 150 billion": no rate is negative, so no currency
    # the original's number could be read in explains it (a negative ratio turned over once
    # covered every rate).
    day = dict(as_of="2021-09-14", published="2021-09-14", source="f.txt")
    q = "fined $ 150 billion (-$ 5 million)"
    rows = [dict(id="f1", metric="fine", amount="$ 150 billion", quote=q, **day),
            dict(id="f2", metric="fine", amount="-$ 5 million", quote=q, restates="f1", **day),
            dict(id="f3", metric="sales", amount="3 trillion won", quote="sales of 3 trillion won",
                 **day)]
    found = reconcile(table(*rows)).findings
    assert not any("wrong currency" in f.message for f in found["record"]), found


def test_two_amounts_of_one_currency_linked_as_a_conversion_are_no_slip():
    # 1.5 times, near 1: two amounts (the same fact's check compares them, as before); 7 times,
    # which no rate of the article's currencies gives: an info note, nothing flagged.
    near = reconcile(_orin("약 75억달러")).findings
    assert "restatement" not in {c for cs in near["check"] for c in cs}
    far = reconcile(_orin("약 350억달러")).findings
    assert serious(far).empty and list(far["severity"]) == ["info"]
    # In English, with no other currency stated, nothing explains $6.5 trillion for $5 billion.
    assert serious(reconcile(_orin("about $6.5 trillion", original="$5 billion")).findings).empty


def test_a_conversion_in_its_originals_own_currency_a_power_of_ten_off_is_a_unit_slip():
    f = serious(reconcile(_orin("약 500억달러")).findings)
    assert flagged(f) == [{"o2"}] and list(f["severity"]) == ["high"]
    assert "unit slip" in f.iloc[0]["record"].message


def test_a_conversion_of_a_future_payment_is_judged_at_rates_fixed_by_publication():
    # A 2020 article converts a payment due in 2025 at its own day's rate: 2025's fixings did not
    # exist yet, so they are neither the as_of's rate it should have met nor a note's.
    rate = rate_book().rate_on("USD", "KRW", dt.date(2020, 10, 20)).value
    days = dict(as_of="2025-03", published="2020-10-20")
    f = findings(dict(metric="m", amount="$2.000 billion", **days),
                 dict(metric="m", amount=_won(2.0, rate), restates="f0", **days))
    assert f.empty


def test_a_wrong_conversion_says_the_band_its_percentage_is_measured_against():
    # 3조 won as $2.2 billion implies 1,363.64 KRW/USD; the gap is measured against the ECB band
    # widened for the rate source, so the sentence names that band and the percentage is the
    # implied rate's distance from its nearer end, recomputable by hand.
    day = dict(as_of="2025-11-26", published="2025-11-26")
    f = serious(findings(dict(metric="m", amount="3조 원", **day),
                         dict(metric="m", amount="$2.2 billion", restates="f0", **day)))
    msg = f.iloc[0].message
    said = re.search(r"implies ([\d,.]+) KRW/USD, ([\d.]+) % below .* widened by ±1% for the "
                     r"rate source to ([\d,.]+)–[\d,.]+ KRW/USD", msg)
    assert said, msg
    rate, pct, edge = (float(x.replace(",", "")) for x in said.groups())
    assert abs(pct - (1 - rate / edge) * 100) <= 0.05 + 1e-3
    # The exported bounds read as the sentence does: in KRW/USD, the rates its rounding allows
    # and the widened band.
    row = f.iloc[0]
    assert row.unit == "KRW/USD"
    assert f"rates {row.value_low:,.2f}–{row.value_high:,.2f} KRW/USD" in msg
    assert f"to {row.expected_low:,.2f}–{row.expected_high:,.2f} KRW/USD" in msg


def test_a_split_original_is_not_blamed_by_its_conversion_siding_with_the_other_side():
    # 8조9800억 won against $6.5 billion: no side is a majority, and precision names the dollars
    # the likelier slip. The won's own conversion ("about $6.5 billion") is off the rate: it is
    # the conversion that is flagged, not the won in the same finding that blames the dollars.
    day = dict(as_of="2025-10-09", published="2025-10-09")
    f = serious(findings(dict(id="usd", metric="m", amount="$6.5 billion", **day),
                         dict(id="won", metric="m", amount="8조9800억원", **day),
                         dict(id="conv", metric="m", amount="약 65억 달러", restates="won",
                              **day)))
    assert {"conv"} in flagged(f), f["message"].tolist()
    assert not any("figure in doubt" in m for m in f["message"]), f["message"].tolist()


def test_two_dates_bands_apart_are_said_apart_not_as_their_hull():
    # As of 2019-06 and published 2023-01: the two widened bands (about 1,143-1,199 and
    # 1,231-1,261 KRW/USD) are named each; their hull would hold rates neither date had.
    days = dict(as_of="2019-06", published="2023-01-10")
    f = serious(findings(dict(metric="m", amount="$100 million", **days),
                         dict(metric="m", amount="1500억원", restates="f0", **days)))
    msg = " ".join(f.iloc[0].message.split())
    said = re.search(r"implies ([\d,.]+) KRW/USD, ([\d.]+) % above .* for the rate source to "
                     r"([\d,.]+)–([\d,.]+) KRW/USD and ([\d,.]+)–([\d,.]+) KRW/USD", msg)
    assert said, msg
    rate, pct, a_lo, a_hi, p_lo, p_hi = (float(x.replace(",", "")) for x in said.groups())
    assert a_hi < p_lo                      # apart: the gap between them is no band
    assert abs(pct - (rate / max(a_hi, p_hi) - 1) * 100) <= 0.05 + 1e-3


def test_rates_near_one_read_one_way_through_the_message():
    # CHF 100 million as $95 million implies 0.95 USD/CHF, below 1 while the ECB band (about
    # 1.095 USD/CHF) is above: every rate of the message, and the exported bounds, read USD/CHF,
    # and "below" is true of the numbers shown.
    day = dict(as_of="2024-05-01", published="2024-05-01")
    f = serious(findings(dict(metric="m", amount="CHF 100 million", **day),
                         dict(metric="m", amount="$95 million", restates="f0", **day)))
    row = f.iloc[0]
    msg = " ".join(row.message.split())
    assert "CHF/USD" not in msg, msg
    said = re.search(r"implies ([\d.]+) USD/CHF, ([\d.]+) % below .* for the rate source to "
                     r"([\d.]+)–[\d.]+ USD/CHF, beyond its rounding \(rates ([\d.]+)–([\d.]+) "
                     r"USD/CHF\)", msg)
    assert said, msg
    rate, pct, edge, lo, hi = (float(x) for x in said.groups())
    assert rate == 0.95 and lo < rate < hi
    assert abs(pct - (1 - rate / edge) * 100) <= 0.05 + 1e-3
    assert row.unit == "USD/CHF" and row.value_low < 1 < row.expected_low


def test_a_pegged_band_is_said_with_the_digits_of_its_figure_block():
    # HKD/USD fixes on the as_of's two days at rates apart only past the six digits a rate
    # shows: the sentence names the ends as the figure block under the finding does.
    day = dict(as_of="2022-10-04", published="2022-10-04")
    f = serious(findings(dict(metric="m", amount="HK$1 billion", **day),
                         dict(metric="m", amount="US$200 million", restates="f0", **day)))
    msg = " ".join(f.iloc[0].message.split())
    band = re.search(r"the ECB rate of its as_of, ([\d.]+) HKD/USD \(2022-\d\d-\d\d\) to "
                     r"([\d.]+) HKD/USD \(2022-\d\d-\d\d\) over 2022-10-04", msg)
    b = fx_band("HKD", "USD", "2022-10-04")
    _, block = rate_bands(b["rate_low"], b["rate_high"], "HKD", "USD")
    assert band and f"ECB {'–'.join(sorted(band.groups()))} HKD/USD " in block, (msg, block)


def test_a_band_whose_ends_are_equal_names_both_its_days_and_its_period():
    # DKK/EUR fixed at one rate (to its four decimals) on the as_of's two days: the sentence
    # names both days, and the period as any other band's sentence does.
    day = dict(as_of="2022-09-07", published="2022-09-07")
    f = serious(findings(dict(metric="m", amount="DKK 1 billion", **day),
                         dict(metric="m", amount="€200 million", restates="f0", **day)))
    msg = " ".join(f.iloc[0].message.split())
    b = fx_band("DKK", "EUR", "2022-09-07")
    days = sorted({str(b["rate_low_date"]), str(b["rate_high_date"])})
    assert b["rate_low"] == b["rate_high"] and len(days) == 2
    said = f"{fmt.rate(b['rate_low'], 'DKK', 'EUR')} on {days[0]} and {days[1]} over 2022-09-07,"
    assert f"the ECB rate of its as_of, {said}" in msg, msg


def test_a_stale_conversion_tells_its_fitting_rates_apart_as_a_band_does():
    # The first and last fitting fixings of a peg, apart past six digits: two numbers, with
    # the digits a band of them shows, not one number said twice.
    p = _Pair(**dict.fromkeys(_Pair._fields) | dict(
        original="f0", o_amount="HK$1 billion", o_cur="HKD", r_cur="USD", point=0.1275,
        turn=True))
    msg = _stale_words(p, 2, 40, "2022-01-03", 1 / 7.849959, "2022-02-01", 1 / 7.849965)
    lo, hi = fmt.rate_range(1 / 7.849965, 1 / 7.849959, "HKD", "USD").split(" ")[0].split("–")
    assert f"{lo} HKD/USD (2022-01-03) to {hi} HKD/USD (2022-02-01)" in msg, msg


def test_a_match_names_the_widened_bands_it_was_judged_by():
    # 1230억 원 for $100 million implies 1,230.00 KRW/USD: far above the ECB rate of its as_of
    # (2019-07-22) widened by 1 %, within that of its publication (2023-01-23); the note names
    # both widened bands, so that "matches the rate of the publication date" can be checked.
    book = rate_book()
    assert book.rate_on("USD", "KRW", dt.date(2019, 7, 22)).value * 1.01 < 1200
    days = dict(as_of="2019-07-22", published="2023-01-23")
    f = findings(dict(metric="m", amount="$100 million", **days),
                 dict(metric="m", amount="1230억 원", restates="f0", **days))
    msg = " ".join(f.iloc[0].message.split())
    said = re.search(r"implies ([\d,.]+) KRW/USD, which matches .* widened by ±1% for the rate "
                     r"source to ([\d,.]+)–([\d,.]+) KRW/USD and ([\d,.]+)–([\d,.]+) KRW/USD\.",
                     msg)
    assert said, msg
    rate, a_lo, a_hi, p_lo, p_hi = (float(x.replace(",", "")) for x in said.groups())
    assert rate == 1230 and not a_lo <= rate <= a_hi and p_lo <= rate <= p_hi


def test_a_conversion_stated_as_a_true_bound_is_no_error_unless_it_misleads():
    # $300 million was about 3,700억 won on 2023-01-23. "3000억 원 이상" (at least) and "최대
    # 5000억 원" (up to) are true of it: the rate lies on the side their hedge leaves open, so a
    # note, as the same-fact check says of a true bound. "1000억 원 이상" is true too, but the
    # amount is 3.7× the bound: it misleads (low). "5000억 원 이상" is false: still a discrepancy.
    usd = dict(id="usd", metric="m", amount="$300 million")
    for won, hedge in (("3000억 원 이상", "이상: at least 300 bn KRW"),
                       ("최대 5000억 원", "최대: at most 500 bn KRW")):
        f = findings(usd, dict(id="won", metric="m", amount=won, restates="usd"))
        assert list(f["severity"]) == ["info"] and flagged(f) == [set()], f["message"].tolist()
        msg = " ".join(f.iloc[0].message.split())
        assert f"As a bound ({hedge}) it is true." in msg, msg
        assert f.iloc[0].gap == 1.0
    low = findings(usd, dict(id="won", metric="m", amount="1000억 원 이상", restates="usd"))
    assert list(low["severity"]) == ["low"] and flagged(low) == [{"won"}]
    assert "misleads a reader" in low.iloc[0].message
    wrong = serious(findings(usd, dict(id="won", metric="m", amount="5000억 원 이상",
                                       restates="usd")))
    assert flagged(wrong) == [{"won"}] and "As a bound" not in wrong.iloc[0].message


# A dollar was 1,228.65 to 1,235.59 won on 2023-01-20 to -24 (the default as_of and
# publication). Each original states a bound whose open side holds those rates: the amount
# converted was more (or less) than its number, so the rate at the bound's number is a limit.
_TRUE_ORIGINAL_BOUNDS = (
    ("1조 원 이상", "8억5000만 달러"),                  # at least 1,176 won a dollar
    ("more than 1 trillion won", "$850 million"),
    ("1조 원 미만", "7억8000만 달러"),                  # at most 1,282 won a dollar
    ("under 1 trillion won", "$780 million"),
    ("10억 달러 이상", "1조3000억 원"),                 # dollars first: at most 1,300
    ("over $1 billion", "1.3 trillion won"),
    ("최대 10억 달러", "1조1900억 원"),                 # at least 1,190
    ("up to $1 billion", "1.19 trillion won"),
)


@pytest.mark.parametrize("original, conversion", _TRUE_ORIGINAL_BOUNDS)
def test_an_original_stated_as_a_true_bound_explains_its_conversions_rate(original, conversion):
    f = findings(dict(id="orvel", metric="m", amount=original),
                 dict(id="kestrel", metric="m", amount=conversion, restates="orvel"))
    assert list(f["severity"]) == ["info"] and flagged(f) == [set()], f["message"].tolist()
    msg = " ".join(f.iloc[0].message.split())
    assert "the original's bound explains the rate" in msg, msg
    said = re.search(r"at ([\d,.]+) KRW/USD, the ECB rate of (2023-01-2[034]) ", msg)
    assert said and 1228 < float(said.group(1).replace(",", "")) < 1236, msg


@pytest.mark.parametrize("original, conversion, said", [
    ("at least 1 trillion won", "$830 million", "(at least 1 tn KRW)"),
    ("1조 원 이상", "8억3000만 달러", "(이상: at least 1 tn KRW)"),
    ("최대 10억 달러", "1조1900억 원", "(최대: at most 1 bn USD)"),
])
def test_an_original_true_bound_is_named_once_with_its_hedge(original, conversion, said):
    # The hedge is named unless it is the bound's own words: never "at least: at least".
    f = findings(dict(id="halvard", metric="m", amount=original),
                 dict(id="norden", metric="m", amount=conversion, restates="halvard"))
    msg = " ".join(f.iloc[0].message.split())
    assert f"its original is a bound {said}," in msg, msg


# Still flagged: an original bound with the rate on its closed side, and one on its open side but
# further off than HEDGE_ONLY_GAP (the conversion is an unhedged point, the bound's own number
# converted, so its rate is wrong however loose the bound).
_CLOSED_SIDE = [
    ("1조 원 이상", "7억8000만 달러"),        # more won than 1조 makes the rate above 1,282
    ("under 1 trillion won", "$850 million"),
    ("over $1 billion", "1.1 trillion won"),
    ("최대 10억 달러", "1조3000억 원"),
]
_BEYOND_GAP = [
    ("최대 10억 달러", "1조1000억 원"),              # 1,100 won a dollar: 11 % off
    ("up to $1 billion", "1.1 trillion won"),
    ("more than 1 trillion won", "$1.1 billion"),   # 909 won: 25 % off
    ("1조 원 이상", "15억5000만 달러"),              # 645 won: 47 % off
    ("under 1 trillion won", "$600 million"),       # 1,667 won: 35 % off
    ("more than €100 million", "$123.5 million"),  # 1.235 dollars a euro: 13 % off
    ("more than 1 trillion won", "$1.7 billion"),   # 2.07× the bound at the day's rate
    ("10억 달러 이상", "2조6000억 원"),
    ("최대 10억 달러", "5000억 원"),
]


@pytest.mark.parametrize("original, conversion", [
    *(pytest.param(o, c, id=f"closed_side-{k}") for k, (o, c) in enumerate(_CLOSED_SIDE)),
    *(pytest.param(o, c, id=f"beyond_gap-{k}") for k, (o, c) in enumerate(_BEYOND_GAP)),
])
def test_an_original_bound_that_does_not_explain_the_rate_is_still_flagged(original, conversion):
    f = serious(findings(dict(id="norden", metric="m", amount=original),
                         dict(id="halvard", metric="m", amount=conversion, restates="norden")))
    assert flagged(f) == [{"halvard"}], f["message"].tolist()
    assert "bound explains" not in f.iloc[0].message


def test_a_future_as_of_is_not_said_to_have_the_fixings_of_its_publication():
    # A payment due 2025-03 converted by a 2020-10-20 article: its as_of's band is the fixings by
    # publication (2020-10-19 and -20), which the sentence must not call rates "over 2025-03".
    days = dict(as_of="2025-03", published="2020-10-20")
    f = serious(findings(dict(metric="m", amount="$2.000 billion", **days),
                         dict(metric="m", amount="2조 6000억 원", restates="f0", **days)))
    msg = " ".join(f.iloc[0].message.split())
    assert "over 2025-03" not in msg, msg
    assert "(2020-10-20), the last fixings by publication (2025-03 was still to come)" in msg, msg


# A company's filing converted its dollars at a rate of some weeks before the board's day: the
# ECB had 1,156.82-1,169.78 won a dollar from 2021-08-27 to 2021-09-15, 1,179.74-1,186.34 on the
# board's day and the next.
BOARD = dict(metric="plant", as_of="2021-09-27", published="2021-09-28", source="a.txt")


def _filing(original: str, conversion: str, *others) -> pd.DataFrame:
    """The filing's pair, and other reports' figures (amounts, or rows as they are)."""
    return findings(dict(BOARD, id="usd", amount=original),
                    dict(BOARD, id="won", amount=conversion, restates="usd"),
                    *(a if isinstance(a, dict) else dict(BOARD, amount=a, source=f"{k}.txt")
                      for k, a in enumerate(others)))


def test_a_conversion_blaming_a_copy_of_another_articles_conversion_is_a_note():
    # Other reports repeat the won figure, and one converts it to the filing's dollars at 1,146
    # won a dollar: the original the conversion blames is possibly a copy of that conversion.
    copied = (dict(BOARD, id="won2", amount="5조1000억원", source="x.txt"),
              dict(BOARD, amount="약 44억5000만달러", source="x.txt", restates="won2"))
    f = _filing("44억5000만달러", "약 5조1175억원", "5조1000억원", "5조1000억원", *copied)
    msg = " ".join(f[f["message"].str.startswith("won (")].iloc[0].message.split())
    assert f[f["message"].str.startswith("won (")].iloc[0].severity == "info", msg
    assert "as x.txt converts 5조1000억원 to 약 44억5000만달러, the nearest ECB fixing of the 31 " \
        "days before its as_of, 1,156.82 KRW/USD on 2021-09-06, is 0.9 % from the implied " \
        "1,146.01 KRW/USD;" in msg, msg
    assert re.search(r"; \d+ of those \d+ fixings fit", msg), msg
    assert msg.endswith("possibly a copy of a conversion at an earlier rate."), msg


def test_a_conversion_blaming_its_own_original_at_a_rate_of_the_month_before_stays_flagged():
    # The others side with the conversion, but no other article converts to the original's
    # amount: its own pair's rate is the others' by construction, so it proves nothing.
    f = _filing("44억5000만달러", "약 5조1175억원", "5조1000억원", "5조1000억원")
    assert {"usd"} in flagged(serious(f)), f["message"].tolist()
    assert not any("earlier rate" in m for m in f["message"]), f["message"].tolist()


def test_a_conversion_at_a_rate_no_day_of_the_month_before_had_stays_flagged():
    # 1,138 won a dollar: the market had it in early August, more than a month before.
    f = serious(_filing("44억5000만달러", "약 5조650억원", "5조650억원", "5조650억원"))
    assert {"usd"} in flagged(f) and set(f["severity"]) == {"low"}, f["message"].tolist()
    assert "days before its as_of" not in " ".join(f["message"])


def test_a_lone_conversion_at_a_rate_of_the_month_before_stays_flagged():
    # No other report sides with it: a newsroom's stale rate, not the source's own conversion.
    f = serious(_filing("44억5000만달러", "약 5조1175억원"))
    assert flagged(f) == [{"won"}] and list(f["severity"]) == ["low"]
    assert "days before its as_of" not in f.iloc[0].message


def test_a_conversion_far_off_stays_flagged_though_a_day_of_the_month_had_its_rate():
    # 1,300 won a dollar on 2008-11-26 (ECB about 1,500): 2008-10-31 had 1,306, but a gap past
    # the medium threshold says nothing of which rate the writer used.
    day = dict(metric="deal", as_of="2008-11-26", published="2008-11-26")
    f = serious(findings(dict(day, id="usd", amount="10억달러"),
                         dict(day, id="won", amount="1조3000억원", restates="usd")))
    assert flagged(f) == [{"won"}] and list(f["severity"]) == ["medium"]


def test_the_month_before_a_day_is_read_at_once_as_a_lookup_per_day_reads_it():
    from reconcile.model.normalize import fixings_before
    book = rate_book()
    for base, quote, last in [("USD", "KRW", dt.date(2021, 9, 27)), ("JPY", "EUR", dt.date(2008, 11, 3)),
                              ("USD", "KRW", book.first_date + dt.timedelta(days=10))]:
        days, rates = fixings_before(base, quote, last, 31)
        want = [(d, r.value) for d in (last - dt.timedelta(days=k) for k in range(31, 0, -1))
                if d >= book.first_date and (r := book.rate_on(base, quote, d)).date == d]
        assert [dt.date.fromordinal(int(d)) for d in days] == [d for d, _ in want]
        assert rates.tolist() == [r for _, r in want]


# A conversion repeated from its first statement --------------------------------------------------

SIGNED = dict(metric="deal", as_of="2022-01-10", published="2022-01-10", source="signed.txt")
CLOSED = dict(metric="deal", as_of="2024-12-19", published="2024-12-19", source="closed.txt")


def _pair(day: dict, tag: str, usd: str, won: str, **kw) -> tuple[dict, dict]:
    """An article's pair: a dollar amount and its won conversion, on `day`'s dates."""
    return (dict(day, id=f"usd_{tag}", amount=usd, **kw),
            dict(day, id=f"won_{tag}", amount=won, restates=f"usd_{tag}", **kw))


def _signing_won() -> str:
    return _won(2.35, rate_book().rate_on("USD", "KRW", dt.date(2022, 1, 10)).value)


def test_a_conversion_repeated_from_its_first_statement_is_a_note_naming_it():
    won = _signing_won()            # 1,198 won a dollar; 1,448 when the deal closed
    rows = (*_pair(SIGNED, "a", "$2.35 billion", won), *_pair(CLOSED, "b", "$2.35 billion", won))
    f = findings(*rows)
    assert serious(f).empty, f["message"].tolist()
    note = f[f["message"].str.startswith("won_b (")].iloc[0]
    msg = " ".join(note.message.split())
    assert note.severity == "info" and note.check == ("restatement",), msg
    assert ("was stated earlier by won_a (signed.txt, as of 2022-01-10, published 2022-01-10), "
            "and its rate matches the ECB rate of that statement's as_of") in msg, msg
    # Alone, the closing report's pair is a wrong conversion at its own dates.
    alone = serious(findings(*_pair(CLOSED, "b", "$2.35 billion", won)))
    assert flagged(alone) == [{"won_b"}], alone["message"].tolist()


def test_a_repeated_conversion_wrong_at_its_first_date_stays_flagged():
    # 2조 5853억 for $2.35 billion (then "약 2조 5850억"): 1,100 won a dollar, pinned to a day's
    # width by both roundings, but the rate of no date of either statement, so only the first
    # statement's dates, tried, decide.
    rows = (*_pair(SIGNED, "a", "$2.35 billion", "2조 5853억 원"),
            *_pair(CLOSED, "b", "$2.35 billion", "약 2조 5850억 원"))
    assert sorted(map(sorted, flagged(serious(findings(*rows))))) == [["won_a"], ["won_b"]]


def test_the_same_pair_in_another_fact_is_no_repeat_and_keeps_its_flag():
    # A second order of the same size a year later, its won copied from the first order's
    # report: the flag it has alone stands, and its message says the first order was tried.
    won = _signing_won()
    later = dict(CLOSED, metric="deal_2024")
    alone = serious(findings(*_pair(later, "b", "$2.35 billion", won)))
    rows = (*_pair(SIGNED, "a", "$2.35 billion", won), *_pair(later, "b", "$2.35 billion", won))
    f = serious(findings(*rows))
    assert flagged(f) == [{"won_b"}], f["message"].tolist()
    assert f["severity"].tolist() == alone["severity"].tolist() == ["medium"]
    msg = " ".join(f.iloc[0].message.split())
    assert ("the same pair as won_a (signed.txt), converted at the rate of its as_of, "
            "2022-01-10, but of another fact") in msg, msg


def test_a_statement_dated_by_its_month_is_not_before_a_day_of_that_month():
    # Published "2024-12" may be after the 19th: it is no earlier statement of the pair.
    won = _won(2.35, rate_book().rate_on("USD", "KRW", dt.date(2024, 11, 29)).value)
    month = dict(metric="deal", as_of="2024-11-29", published="2024-12", source="month.txt")
    rows = (*_pair(month, "a", "$2.35 billion", won), *_pair(CLOSED, "b", "$2.35 billion", won))
    assert flagged(serious(findings(*rows))) == [{"won_b"}]
    # Published the day before, the same statement is one.
    rows = (*_pair(dict(month, published="2024-12-18"), "a", "$2.35 billion", won),
            *_pair(CLOSED, "b", "$2.35 billion", won))
    assert serious(findings(*rows)).empty


def test_a_coarse_pair_repeated_proves_no_first_date():
    # "$2 billion (2.4 trillion won)" is 1,171-1,231 won a dollar by its rounding alone: any rate
    # of a year would give it, so an earlier statement does not say the later writer copied it.
    rows = (*_pair(SIGNED, "a", "$2 billion", "2.4 trillion won"),
            *_pair(CLOSED, "b", "$2 billion", "2.4 trillion won"))
    assert flagged(serious(findings(*rows))) == [{"won_b"}]


def test_a_pair_published_later_is_no_first_statement():
    # The same pair at 2022's rate in a look-back published after the closing report.
    won = _signing_won()
    back = dict(SIGNED, published="2025-01-10", source="back.txt")
    rows = (*_pair(back, "a", "$2.35 billion", won), *_pair(CLOSED, "b", "$2.35 billion", won))
    assert flagged(serious(findings(*rows))) == [{"won_b"}]


def test_a_round_original_or_a_years_date_proves_no_first_date():
    # "$2 billion" may stand for 1.95 to 2.05 billion: with it the pair pins no day's rate,
    # however precise its won.
    won = _won(2.0, rate_book().rate_on("USD", "KRW", dt.date(2022, 1, 10)).value)
    rows = (*_pair(SIGNED, "a", "$2 billion", won), *_pair(CLOSED, "b", "$2 billion", won))
    assert {"won_b"} in flagged(serious(findings(*rows)))
    # A statement dated only by its year (published at its end, at 1,267 won a dollar): the
    # year's band holds the rate, but says nothing of the day it was converted at.
    year = dict(SIGNED, as_of="2022", published="2022-12-30")
    won = _signing_won()
    rows = (*_pair(year, "a", "$2.35 billion", won), *_pair(CLOSED, "b", "$2.35 billion", won))
    assert flagged(serious(findings(*rows))) == [{"won_b"}]


def test_a_conversion_is_read_at_the_rates_of_an_as_of_written_as_days():
    # an as_of of days (a day written by a clock not the event's): a conversion at the
    # first day's rate agrees, one 4 % off every day's rate is still a discrepancy
    rate = rate_book().rate_on("USD", "KRW", dt.date(2023, 12, 12)).value
    days = dict(as_of="2023-12-12/2023-12-14", published="2023-12-15")
    ok = findings(dict(metric="m", amount="$4.5 billion", **days),
                  dict(metric="m", amount=_won(4.5, rate), restates="f0", **days))
    assert serious(ok).empty
    off = findings(dict(metric="m", amount="$4.5 billion", **days),
                   dict(metric="m", amount=_won(4.5, rate * 1.04 * 1.03), restates="f0", **days))
    assert flagged(serious(off)) == [{"f1"}]


# A conversion at the rate its own article converts an earlier date's figures at -----------------

FINAL = dict(as_of="2025-03-17", published="2025-03-17", source="final.txt")
SIGNING = "2019-06-14"


def _rate(day: str) -> float:
    return rate_book().rate_on("USD", "KRW", dt.date.fromisoformat(day)).value


def _deal(balance_won: str, price_won: str | None = None, *, price: str = "$6 billion",
          signed_as_of: str = SIGNING, signed_source: str = "final.txt",
          signed_published: str | None = None, final: dict = FINAL) -> tuple[dict, ...]:
    """An article on a deal's last payment: the price signed on `signed_as_of` (`price`, converted
    to `price_won`, by default at that day's rate), then the balance ("$1.5 billion") converted
    to `balance_won`; the price is stated in `signed_source` published on `signed_published`
    (by default the balance's article)."""
    signed = dict(final, as_of=signed_as_of, source=signed_source, metric="kestrel_price",
                  published=signed_published or final["published"])
    if price_won is None:
        price_won = _won(6.0, _rate(signed_as_of if len(signed_as_of) == 10 else SIGNING))
    return (*_pair(signed, "price", price, price_won),
            *_pair(dict(final, metric="kestrel_balance"), "bal", "$1.5 billion", balance_won))


def test_a_conversion_at_the_rate_its_article_converts_the_deals_signing_at_is_a_note():
    old = _won(1.5, _rate(SIGNING))            # 1,184 won a dollar; 1,448 in March 2025
    f = findings(*_deal(old))
    assert serious(f).empty, f["message"].tolist()
    note = f[f["message"].str.startswith("won_bal (")].iloc[0]
    msg = " ".join(note.message.split())
    assert note.severity == "info" and note.check == ("restatement",), msg
    assert ('its article converts "$6 billion" to "' in msg and f"(won_price, as of {SIGNING}) "
            f"at the same rate, the ECB rate of {SIGNING}" in msg), msg
    # Alone, the balance's pair is a wrong conversion at its own dates.
    alone = serious(findings(*_deal(old)[2:]))
    assert flagged(alone) == [{"won_bal"}], alone["message"].tolist()


def _stays_flagged(*rows) -> None:
    f = serious(findings(*rows))
    assert flagged(f) == [{"won_bal"}], f["message"].tolist()


def test_the_signing_rate_of_another_article_explains_nothing():
    _stays_flagged(*_deal(_won(1.5, _rate(SIGNING)), signed_source="signed.txt"))


def test_the_signing_rate_of_the_same_source_on_another_day_explains_nothing():
    # an article is a source on one publication date: the same outlet's piece of another day
    # is another article
    _stays_flagged(*_deal(_won(1.5, _rate(SIGNING)), signed_published="2025-03-21"))


@pytest.mark.parametrize("balance", ["1.8 trillion won", "약 1조8000억 원"])
def test_a_round_conversion_near_the_articles_earlier_rate_stays_flagged(balance):
    # 1,167 to 1,233 won a dollar: the signing's rate among many, a wrong conversion too
    _stays_flagged(*_deal(balance))


def test_a_round_conversion_of_the_signing_explains_nothing():
    # "$6 billion (7조 원)": 1,083 to 1,250 won a dollar, no one day's rate
    _stays_flagged(*_deal(_won(1.5, _rate(SIGNING)), "7조 원"))


def test_a_signing_dated_by_its_month_explains_nothing():
    # a month's rates span more than one conversion's; which day's it was is not said
    _stays_flagged(*_deal(_won(1.5, _rate(SIGNING)), signed_as_of=SIGNING[:7]))


def test_a_signing_within_a_month_of_the_balance_explains_nothing():
    # 1,416 won a dollar on the signing's day, 1,297 27 days later: a copy a few weeks old is
    # still a wrong conversion at its own date, not a convention of a long deal
    day = dict(as_of="2022-12-02", published="2022-12-02", source="final.txt")
    _stays_flagged(*_deal(_won(1.5, _rate("2022-11-05")), signed_as_of="2022-11-05", final=day))


def test_a_balance_at_another_rate_of_the_signings_band_explains_nothing():
    # both within the allowance of the signing's rate, but at two rates, 1 % apart
    r = _rate(SIGNING)
    _stays_flagged(*_deal(_won(1.5, r * 1.006), _won(6.0, r / 1.006)))


def test_a_balance_at_the_signings_rate_out_of_its_band_explains_nothing():
    # "$6.05 billion (7.1 trillion won)" allows 1,164 to 1,180 won a dollar, meeting the signing's
    # band only at its low end; the balance at 1,167 meets that pair but not the band
    r = _rate(SIGNING)
    price = 7100 * 1.01 / r                  # billions: 7.1 trillion won at the band's low end
    _stays_flagged(*_deal(_won(1.5, 7070 / price), "7.1 trillion won",
                          price=f"${price:.4f} billion"))


@pytest.mark.parametrize("as_of", ["2025-03-17", SIGNING])
def test_two_conversions_at_one_made_up_rate_in_one_article_stay_flagged(as_of):
    # Both at 1,000 won a dollar, the rate of no date (the first dated with the balance, or at
    # the signing): neither explains the other.
    rows = _deal("1조5000억 원", "6조 원", signed_as_of=as_of)
    assert sorted(map(sorted, flagged(serious(findings(*rows))))) == [["won_bal"], ["won_price"]]


def _range_converted(range_text: str, point: str, quote: str) -> list:
    day = "2024-06-03"
    return [dict(id="k1", metric="kappa_loss", amount=range_text, quote=quote, as_of=day,
                 published=day),
            dict(id="k2", metric="kappa_loss", amount=point, quote=quote, restates="k1",
                 as_of=day, published=day)]


def test_one_number_converting_a_range_may_convert_either_end():
    # At about 1,377 won a dollar, 2억4,000만 달러 (the upper end) is about 3,305억원: one won
    # figure for the range converts an end, not the midpoint 2억2,500만 달러 (3,099억원).
    q = "카파전자의 순손실은 2억1,000만 달러에서 2억4,000만 달러(약 3,300억원)였다"
    f = findings(*_range_converted("2억1,000만 달러에서 2억4,000만 달러", "약 3,300억원", q))
    assert "restatement" not in checks_of(serious(f))
    q = "Orvel lost $210 million to $240 million (about 330.5 billion won)"
    g = findings(*_range_converted("$210 million to $240 million", "about 330.5 billion won", q))
    assert "restatement" not in checks_of(serious(g))


def test_one_number_converting_a_range_beyond_both_ends_is_still_wrong():
    q = "카파전자의 순손실은 2억1,000만 달러에서 2억4,000만 달러(약 4,000억원)였다"
    f = findings(*_range_converted("2억1,000만 달러에서 2억4,000만 달러", "약 4,000억원", q))
    assert "restatement" in checks_of(serious(f))


@pytest.mark.parametrize("range_text, point, quote", [
    ("$100 million to $300 million", "about 330 billion won",
     "Orvel lost $100 million to $300 million (about 330 billion won)"),
    ("1억~3억 달러", "약 3300억원", "카파전자는 1억~3억 달러(약 3300억원)를 잃었다"),
    ("$10 million to $500 million", "about 500 billion won",
     "Norden raised $10 million to $500 million (about 500 billion won)"),
])
def test_a_wide_range_converted_at_no_end_nor_its_midpoint_stays_flagged(range_text, point,
                                                                          quote):
    # 330 billion won is $240 million at 1,377 won a dollar: a number inside $100-300 million,
    # but neither end nor the midpoint; a wide range must not pass any conversion within it.
    f = serious(findings(*_range_converted(range_text, point, quote)))
    assert "restatement" in checks_of(f)


def test_a_flagged_range_conversion_names_the_ends_it_tried_not_a_hedge():
    q = "Orvel lost $100 million to $300 million (about 330 billion won)"
    f = serious(findings(*_range_converted("$100 million to $300 million",
                                           "about 330 billion won", q)))
    message = " ".join(f["message"])
    assert "either end of its range or its midpoint" in message
    assert "(100 mn, 200 mn, 300 mn USD)" in message
    assert "hedge" not in message


def test_a_band_may_convert_any_number_of_it():
    # 2024-06-03: about 1,377 won a dollar. "3조원대" is 3조 or more, under 4조: 22억 달러 (about
    # 3조300억원) is one of its numbers, though not its midpoint (3조5,000억원 would imply 1,591).
    q = "카파중공업의 수주액은 3조원대(22억 달러)였다"
    f = findings(*_range_converted("3조원대", "22억 달러", q))
    assert "restatement" not in checks_of(serious(f))


def test_a_band_converted_outside_it_stays_flagged_and_says_the_band_it_tried():
    # 18억 달러 is about 2조4,800억원: under the band's 3조 ("20억 달러", whose rounding is 10억,
    # may be 25억 and fits).
    q = "카파중공업의 수주액은 3조원대(18억 달러)였다"
    f = serious(findings(*_range_converted("3조원대", "18억 달러", q)))
    assert "restatement" in checks_of(f)
    message = " ".join(f["message"])
    assert "its original's band, [3 tn, 4 tn] KRW" in message
    assert "either end of its range" not in message


# Which figure of a wrong pair is blamed: conversions at their own day's rate in other articles
# witness the fact in both currencies; the written order alone decides nothing. 2022-08-29:
# about 1,340 KRW/USD.

JV_DAY = dict(metric="jv", as_of="2022-08-29", published="2022-08-29")


def _signed_pair(tag: str, original: str, conversion: str) -> list[dict]:
    return [dict(id=f"{tag}1", amount=original, source=f"{tag}.txt", **JV_DAY),
            dict(id=f"{tag}2", amount=conversion, restates=f"{tag}1", source=f"{tag}.txt",
                 **JV_DAY)]


def _restatement_findings(f: pd.DataFrame) -> pd.DataFrame:
    return f[[("restatement" in c) for c in f["check"]]]


def test_a_won_first_pair_blames_the_won_the_dollar_witnesses_side_against():
    # Orvel's release: "5.1 trillion won (US$4.4 billion)", 1,159 KRW/USD. Another outlet states
    # $4.4 billion alone, one copies 5조1000억원 alone, and Kestrel converts $4.4 billion at the
    # day's rate (5조9000억원): that witness sides with the dollars.
    f = serious(findings(*_signed_pair("a", "5.1 trillion won", "US$4.4 billion"),
                         dict(id="b", amount="$4.4 billion", source="b.txt", **JV_DAY),
                         dict(id="d", amount="5조1000억원", source="d.txt", **JV_DAY),
                         *_signed_pair("c", "44억 달러", "5조9000억원")))
    mine = _restatement_findings(f)
    assert len(mine) == 1, f["message"].tolist()
    assert "a1" in flagged(mine)[0] and "a2" not in flagged(mine)[0], f["message"].tolist()
    assert not any("a2" in s for s in flagged(f)), f["message"].tolist()
    assert "the original a1 is the figure in doubt" in " ".join(mine.iloc[0].message.split())


def test_a_dollar_first_pair_keeps_the_blame_on_the_won_conversion():
    # The same family with the release written dollar-first: the conversion is the won.
    f = serious(findings(*_signed_pair("a", "US$4.4 billion", "5.1 trillion won"),
                         dict(id="b", amount="$4.4 billion", source="b.txt", **JV_DAY),
                         dict(id="d", amount="5조1000억원", source="d.txt", **JV_DAY),
                         *_signed_pair("c", "44억 달러", "5조9000억원")))
    mine = _restatement_findings(f)
    assert flagged(mine) == [{"a2"}], f["message"].tolist()


def test_a_won_fine_misconverted_by_a_wire_blames_the_dollars_written_first():
    # The mirror: Norden's fine of 1000억원, stated alone by a Korean outlet and converted at the
    # day's rate ($75 million) by another; a wire writes "$86 million (1000억원)", 1,163 KRW/USD.
    # Another wire copies $86 million alone, so the originals split; the witness sides with the
    # won, so the dollar original is in doubt.
    f = serious(findings(*_signed_pair("a", "$86 million", "1000억원"),
                         dict(id="b", amount="1000억원", source="b.txt", **JV_DAY),
                         dict(id="e", amount="$86 million", source="e.txt", **JV_DAY),
                         *_signed_pair("c", "1000억원", "약 7500만 달러")))
    mine = _restatement_findings(f)
    assert len(mine) == 1 and flagged(mine)[0] >= {"a1"}, f["message"].tolist()
    assert "a2" not in flagged(mine)[0], f["message"].tolist()


def test_a_won_first_fine_keeps_the_blame_on_its_dollar_conversion():
    # Won written first, the won the fact's currency: the witness sides with the original, so
    # the conversion stays flagged; a dollar conversion is not blamed away for its currency.
    f = serious(findings(*_signed_pair("a", "1000억원", "$86 million"),
                         dict(id="b", amount="1000억원", source="b.txt", **JV_DAY),
                         *_signed_pair("c", "1000억원", "약 7500만 달러")))
    assert flagged(_restatement_findings(f)) == [{"a2"}], f["message"].tolist()


def test_a_pair_with_no_witness_blames_its_conversion():
    f = serious(findings(*_signed_pair("a", "5.1 trillion won", "US$4.4 billion")))
    assert flagged(f) == [{"a2"}], f["message"].tolist()


def test_witnesses_on_both_sides_flag_the_pair_together_naming_neither():
    # Kestrel converts $4.4 billion and Halvard 5조1000억원, each at the day's rate: the family
    # cannot tell which figure of the release's pair is off, so one finding flags both.
    # Norden states $4.4 billion alone, so the fact's originals tie, two articles a side, and
    # neither witness's original is the one its fact rejects.
    f = serious(findings(*_signed_pair("a", "5.1 trillion won", "US$4.4 billion"),
                         *_signed_pair("c", "44억 달러", "5조9000억원"),
                         *_signed_pair("h", "5조1000억원", "38억 달러"),
                         dict(id="n", amount="$4.4 billion", source="n.txt", **JV_DAY)))
    # One finding: the pair together, within the same-fact check's split it joins.
    mine = _restatement_findings(f)
    assert len(mine) == 1 and flagged(mine)[0] >= {"a1", "a2"}, f["message"].tolist()
    said = " ".join(mine.iloc[0].message.split())
    assert "do not tell which of the two is off" in said and "in doubt" not in said


def test_a_witness_in_other_currencies_turns_nothing():
    # A conversion of $4.4 billion to euros at the day's rate says nothing of the won: the
    # release's won-first pair keeps the blame on its conversion, as with no witness.
    f = serious(findings(*_signed_pair("a", "5.1 trillion won", "US$4.4 billion"),
                         *_signed_pair("c", "US$4.4 billion", "44억 유로")))
    assert {"a2"} in flagged(_restatement_findings(f)), f["message"].tolist()


def _alone(tag: str, amount: str) -> dict:
    return dict(id=tag, amount=amount, source=f"{tag}.txt", **JV_DAY)


def test_a_back_conversion_of_the_wrong_figure_is_no_witness():
    # Halvard's fine of 1000억원, stated alone by three outlets; a wire writes "1000억원 ($86
    # million)", 1,163 KRW/USD, and Kestrel converts the wire's $86 million back at the day's
    # rate (약 1160억원). That pair is consistent with itself, but its original is the figure the
    # fact's others reject: it witnesses nothing, and the wire's dollars stay flagged.
    f = serious(findings(*_signed_pair("a", "1000억원", "$86 million"), _alone("b", "1000억원"),
                         _alone("d", "1000억원"), _alone("e", "1000억원"),
                         *_signed_pair("w", "$86 million", "약 1160억원")))
    mine = _restatement_findings(f)
    assert flagged(mine) == [{"a2"}], f["message"].tolist()
    assert not any("a1" in s for s in flagged(f)), f["message"].tolist()


def test_a_back_conversion_in_euros_is_no_witness_either():
    # The same with euros: "1000억원 (8600만 유로)" and a back-conversion of the 8600만 유로.
    f = serious(findings(*_signed_pair("a", "1000억원", "8600만 유로"), _alone("b", "1000억원"),
                         _alone("d", "1000억원"),
                         *_signed_pair("w", "8600만 유로", "약 1160억원")))
    assert flagged(_restatement_findings(f)) == [{"a2"}], f["message"].tolist()


def test_another_articles_stale_pair_is_no_witness():
    # Kestrel writes "US$4.4 billion (5조3000억원)", itself at no rate of its dates: it states
    # the release's dollars and other won, but a conversion off its own day's rate witnesses
    # nothing, so the release's won-first pair keeps the blame on its conversion.
    f = serious(findings(*_signed_pair("a", "5.1 trillion won", "US$4.4 billion"),
                         _alone("b", "$4.4 billion"), _alone("d", "5조1000억원"),
                         *_signed_pair("k", "US$4.4 billion", "5조3000억원")))
    mine = _restatement_findings(f)
    assert {"a2"} in flagged(mine), f["message"].tolist()
    assert not any("a1" in s for s in flagged(mine)), f["message"].tolist()


def test_a_pair_dated_by_a_month_alone_is_no_witness():
    # Kestrel's "44억 달러 (5조9000억원)" is dated August alone: a month's band fits the rates of
    # many days, so it does not say the day's rate, as a first statement of a repeat does not
    # (`_meets_its_day`); the release's won-first pair keeps the blame on its conversion.
    month = dict(metric="jv", as_of="2022-08", published="2022-08")
    f = serious(findings(*_signed_pair("a", "5.1 trillion won", "US$4.4 billion"),
                         _alone("b", "$4.4 billion"), _alone("d", "5조1000억원"),
                         dict(id="k1", amount="44억 달러", source="k.txt", **month),
                         dict(id="k2", amount="5조9000억원", restates="k1", source="k.txt",
                              **month)))
    mine = _restatement_findings(f)
    assert {"a2"} in flagged(mine), f["message"].tolist()
    assert not any("a1" in s for s in flagged(mine)), f["message"].tolist()


def test_a_second_pair_in_the_same_article_is_no_witness():
    # Orvel's release converts the dollars again further down at the day's rate: an article
    # does not witness against itself, so its won-first pair keeps the blame on its conversion.
    second = [dict(id="a3", amount="$4.4 billion", source="a.txt", **JV_DAY),
              dict(id="a4", amount="약 5조9000억원", restates="a3", source="a.txt", **JV_DAY)]
    f = serious(findings(*_signed_pair("a", "5.1 trillion won", "US$4.4 billion"), *second,
                         _alone("b", "$4.4 billion"), _alone("d", "5조1000억원")))
    mine = _restatement_findings(f)
    assert {"a2"} in flagged(mine), f["message"].tolist()
    assert not any("a1" in s for s in flagged(mine)), f["message"].tolist()


def test_the_message_names_each_witness_its_day_and_rate():
    f = serious(findings(*_signed_pair("a", "5.1 trillion won", "US$4.4 billion"),
                         _alone("b", "$4.4 billion"), _alone("d", "5조1000억원"),
                         *_signed_pair("c", "44억 달러", "5조9000억원")))
    said = " ".join(_restatement_findings(f).iloc[0].message.split())
    assert 'c1 "44억 달러" -> c2 "5조9000억원", 2022-08-29, 1,340.91 KRW/USD' in said, said


# An original whose written unit slipped -------------------------------------------------------


_KESTREL_DAY = dict(as_of="2021-03-15", published="2021-03-17")
# What the other articles on the fact say: about $983 million, about 1조1149억 won (the won
# figures a rounding apart in won, together in dollars: the fact is judged in dollars).
_KESTREL_OTHERS = ("1조1149억원", "$983 million", "1.12 trillion won", "1조1150억 원")
_SLIP_WORDS = "is the figure in doubt: a slip of its written unit"


def _kestrel(original: str, conversion: str, conversion_first: bool, *others: str):
    """The findings on a fact whose pair is `original` and its `conversion` (the file listing the
    conversion first when `conversion_first`), beside the other articles' `others`."""
    pair = [dict(id="orig", metric="kestrel_stake", amount=original, **_KESTREL_DAY),
            dict(id="conv", metric="kestrel_stake", amount=conversion, restates="orig",
                 **_KESTREL_DAY)]
    rest = [dict(id=f"k{i}", metric="kestrel_stake", amount=a, **_KESTREL_DAY)
            for i, a in enumerate(others)]
    return serious(findings(*(pair[::-1] if conversion_first else pair), *rest))


@pytest.mark.parametrize("conversion_first", [False, True])
@pytest.mark.parametrize("original, conversion", [
    ("1.108 won", "$977 million"),           # won first: "trillion" dropped from the won
    ("1,108 million won", "$977 million"),   # won first: "million" written for "billion"
    ("$977", "1조1081억원"),                  # dollar first: "million" dropped from the dollars
])
def test_an_original_a_unit_slip_off_is_blamed_when_its_conversion_fits_the_others(
        original, conversion, conversion_first):
    # The pair is a power of ten off the rate; the conversion agrees with what the others say
    # (once the writer's rate is allowed for) and the original does not, but does read that
    # power of ten over: the original's written unit slipped, not the conversion.
    f = _kestrel(original, conversion, conversion_first, *_KESTREL_OTHERS)
    assert flagged(f) == [{"orig"}], f["message"].tolist()
    row = f.iloc[0]
    assert set(row.check) == {"same_fact", "restatement"} and row.severity == "high"
    assert f'the original orig ("{original}") {_SLIP_WORDS}' in row.message, row.message


@pytest.mark.parametrize("conversion_first", [False, True])
def test_an_original_a_unit_slip_off_that_misses_the_others_read_over_is_no_slip_of_its_unit(
        conversion_first):
    # "1.19 won" for $977 million is a power of ten off the rate, but 1.19 trillion won is
    # about $1,049 million, 7 % above the others: the original is still the figure in doubt
    # (its conversion fits the others), yet not as a slip of its written unit.
    f = _kestrel("1.19 won", "$977 million", conversion_first, *_KESTREL_OTHERS)
    assert flagged(f) == [{"orig"}], f["message"].tolist()
    said = f.iloc[0].message
    assert "the original orig is the figure in doubt" in said and _SLIP_WORDS not in said, said


@pytest.mark.parametrize("conversion_first", [False, True])
def test_a_right_conversion_of_an_original_far_off_is_not_flagged_for_its_bare_rounding(
        conversion_first):
    # No slip: "1조3300억원" is 20 % above the others and its conversion, "$977 million", 0.6 %
    # below what they agree on, within the writer's rate but not its bare rounding. The
    # conversion fits; the original alone is flagged.
    f = _kestrel("1조3300억원", "$977 million", conversion_first, *_KESTREL_OTHERS)
    assert flagged(f) == [{"orig"}], f["message"].tolist()
    said = f.iloc[0].message
    assert set(f.iloc[0].check) == {"same_fact", "restatement"}, said
    assert "the original orig is the figure in doubt" in said and _SLIP_WORDS not in said, said


def test_a_lone_pair_a_unit_slip_off_still_flags_its_conversion():
    # No other figure of the fact: nothing tells which side slipped, so the conversion stays
    # the figure flagged, as a unit slip of the rate.
    for conversion_first in (False, True):
        f = _kestrel("1.108 won", "$977 million", conversion_first)
        assert flagged(f) == [{"conv"}], f["message"].tolist()
        assert "unit slip" in f.iloc[0].message and "figure in doubt" not in f.iloc[0].message


def test_a_conversion_a_unit_slip_off_its_agreeing_original_is_still_the_one_flagged():
    # The mirror: the original agrees with the others and the conversion dropped its unit.
    f = _kestrel("1조1149억원", "$983", False, *_KESTREL_OTHERS)
    assert flagged(f) == [{"conv"}], f["message"].tolist()
