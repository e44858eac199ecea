"""Garbled amounts: place words that repeat or stand out of order ("43억7900억원", "$1.2 billion
million") are one garbled amount."""
import math

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from currency.text.extract import extract
from currency.text.reader import (
    GARBLED_NOTE,
    GarbledAmount,
    find_amounts,
    read_amount,
    read_garbled,
    read_whole,
)
from currency.text.readings import garbled_once
from tests.currency.text.test_reader_properties import korean_groups
from tests.helpers import run


def garbled(amounts):
    """The amounts the reader marked garbled."""
    return [a for a in amounts if any(n.startswith(GARBLED_NOTE) for n in a.notes)]


@pytest.mark.parametrize("text, readings", [
    ("52억6100억원", ["52억원", "52억6100만원", "6100억원"]),
    ("3조4000조원", ["3조원", "3조4000억원", "4000조원"]),
    ("17억9억 달러", ["17억 달러", "9억 달러"]),      # one digit: no "one word slipped" reading
    ("6만2000만원", ["6만원", "6만2000원", "2000만원"]),
])
def test_place_words_that_repeat_or_go_up_are_one_garbled_amount(text, readings):
    sentence = f"회사가 밝힌 청구액은 {text}의 절반이다."
    found = find_amounts(sentence)
    marked = garbled(found)
    assert [a.span for a in marked] == [text]
    assert not [a for a in found if a.span != text and a.end <= sentence.index("의 절반")]
    g = read_garbled(text)
    assert sorted(t for t, _ in g.readings) == sorted(readings)
    # Its interval spans its readings', each that of the reading's text read as a clean amount.
    clean = [read_amount(t) for t, _ in g.readings]
    assert [(a.low, a.high) for a in clean] == list(g.intervals)
    assert marked[0].low == min(a.low for a in clean) and marked[0].vague
    assert marked[0].high == max(a.high for a in clean)


@pytest.mark.parametrize("text, readings", [
    ("$3.4 billion million", ["$3.4 million", "$3.4 billion"]),
    ("2.5 trillion billion won", ["2.5 billion won", "2.5 trillion won"]),
    ("€7 million billion", ["€7 million", "€7 billion"]),
    ("$1.2 bn mn", ["$1.2 mn", "$1.2 bn"]),          # the English place words are data
])
def test_two_big_english_place_words_in_a_row_are_one_garbled_amount(text, readings):
    found = find_amounts(f"The group said it would pay {text} for the plant.")
    assert [a.span for a in garbled(found)] == [text]
    assert len([a for a in found if a.currency]) == 1
    assert [t for t, _ in read_garbled(text).readings] == readings


@pytest.mark.parametrize("text", ["$3 million million", "$2 billion and $3 billion",
                                  "$4 billion Billion Fund", "$5 billion, million-dollar homes",
                                  "$1 billion M&A deal"])
def test_english_numbers_and_neighbours_are_not_garbled(text):
    assert not garbled(find_amounts(text))


@pytest.mark.parametrize("sentence, span, value", [
    ("They built $4 billion million-dollar homes.", "$4 billion", 4e9),
    ("A $7 million billion-dollar bet paid off.", "$7 million", 7e6),
    ("It sold €3 billion million-euro flats.", "€3 billion", 3e9),
    ("They put $6 bn mn-dollar tags on it.", "$6 bn", 6e9),
    ("The fund lent $9 billion million- and billion-dollar loans.", "$9 billion", 9e9),
])
def test_a_place_word_hyphened_to_the_next_word_is_an_adjective_not_a_second_place_word(
        sentence, span, value):
    # "million-dollar" heads a compound adjective of the noun after it: before, "$4 billion
    # million" was read as one garbled amount.
    found = find_amounts(sentence)
    assert not garbled(found)
    assert [(a.span, a.value) for a in found][:1] == [(span, value)]


@pytest.mark.parametrize("text", ["$4 billion million dollars", "$4 billion million, it said",
                                  "$4 billion millions"])
def test_a_second_place_word_not_hyphened_is_still_garbled(text):
    (a,) = garbled(find_amounts(f"They paid {text}."))
    assert a.span.startswith("$4 billion million")


def test_read_amount_refuses_a_garbled_amount_naming_its_text_column_and_readings():
    with pytest.raises(GarbledAmount) as e:
        read_amount("청구액 52억6100억원")
    assert e.value.position == len("청구액 ")
    assert "'52억6100억원'" in e.value.message
    assert all(r in e.value.message for r in ("52억원", "52억6100만원", "6100억원"))


def test_a_figure_cell_may_hold_a_garbled_amount_read_as_its_readings():
    a = read_whole("52억6100억원")
    assert a.currency == "KRW" and a.vague
    assert (a.low, a.high) == (read_amount("52억원").low, read_amount("6100억원").high)
    assert a.value == 5261e6     # the likeliest reading: one place word slipped (52억6100만원)


@pytest.mark.parametrize("text, hedge, readings", [
    ("약 43억7900억원", "약", ["약 43억원", "약 43억7900만원", "약 7900억원"]),
    ("43억7900억원 이상", "이상", ["43억원 이상", "43억7900만원 이상", "7900억원 이상"]),
    ("최대 5조2000조원", "최대", ["최대 5조원", "최대 5조2000억원", "최대 2000조원"]),
    ("over $1.2 billion million", "over", ["over $1.2 million", "over $1.2 billion"]),
    ("about €3 million billion", "about", ["about €3 million", "about €3 billion"]),
    ("up to 2 trillion billion won", "up to", ["up to 2 billion won", "up to 2 trillion won"]),
])
def test_a_garbled_amount_keeps_its_hedge_on_every_reading(text, hedge, readings):
    # Before, the hedge before a Korean amount was dropped from its readings, and the amount
    # of either script lost it: "약 43억7900억원" spanned its readings' bare values.
    sentence = f"The filing put it at {text}, the court heard."
    (a,) = garbled(find_amounts(sentence))
    g = read_garbled(text)
    assert [t for t, _ in g.readings] == readings and a.hedge == hedge == g.hedge
    clean = [read_amount(t) for t in readings]
    assert all(c.hedge == hedge for c in clean)
    assert list(g.intervals) == [(c.low, c.high) for c in clean]
    assert (a.low, a.high) == (min(c.low for c in clean), max(c.high for c in clean))
    assert a.low <= a.value <= a.high


@pytest.mark.parametrize("text", [
    "4조3790억원", "1억2000만원", "3천억5천만원", "12조 3000억 원", "7만7000원", "3만3천원",
    "5억 달러", "30여억 원", "1조~2조원", "8000만~9000만원", "1조원, 2조원", "1조원 2조원",
    "52억 6100억원", "2억2020년", "1억에서 2억으로", "5억 달러 1억 달러",
])
def test_well_formed_amounts_ranges_lists_and_neighbours_are_not_garbled(text):
    assert not garbled(find_amounts(text))
    assert read_garbled(text) is None


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=10_000, max_value=10**19), st.booleans(), st.booleans())
def test_well_formed_korean_amounts_never_read_as_garbled(n, glued, comma):
    text = korean_groups(n, comma=comma)
    text = (text.replace(" ", "") if glued else text) + "원"
    assert read_garbled(text) is None
    assert not garbled(find_amounts(text))
    assert math.isclose(read_amount(text).value, n, rel_tol=1e-12)


# Made-up amount cells: a hedge, two numbers with place words in and out of order, a currency,
# and after them nothing, a hedge, a conversion in parentheses or a word that leaves the cell
# unread.
def cells():
    pick = st.sampled_from
    return st.tuples(pick(["", "약 ", "about ", "$", "-"]), pick(["43", "1.2", "5", "7,900"]),
                     pick(["억", "조", "만", " billion", " million", ""]),
                     pick(["", "7900", " 3", "2000"]),
                     pick(["", "억", "조", "만", " billion", " million", " thousand"]),
                     pick(["", "원", " 달러", " dollars", " USD"]),
                     pick(["", " 이상", "(약 3조원)", " x", "x", ")"])).map("".join)


@settings(max_examples=400, deadline=None)
@given(cells())
@example("43억7900억원")
@example("$1.2 billion million")
@example("43억7900억원 x")
@example("약 1조2000조원 이상")
def test_a_cells_remembered_reading_says_garbled_as_the_reader_does(text):
    # The garbled test of a loaded table's cells reads their remembered readings instead of
    # reading them again: it must answer as the reader does, for any cell.
    assert garbled_once(text) == read_garbled(text)


def test_extract_proposes_a_garbled_amount_as_one_figure_marked_garbled():
    out = extract("손해배상 청구액(52억6100억원)의 약 5% 수준이다.")
    money = [c for c in out if c.currency == "KRW"]
    assert [c.amount.span for c in money] == ["52억6100억원"]
    assert any(n.startswith(GARBLED_NOTE) for n in money[0].notes)


def test_convert_says_a_garbled_amount_is_no_number_in_one_line_exit_2():
    r = run("convert", "52억6100억원", "--to", "USD")
    assert r.exit_code == 2
    first = r.output.strip().splitlines()[0]
    assert "52억6100억원" in first and "column 1" in first and "6100억원" in first


def test_scan_proposes_a_garbled_amount_as_one_figure_and_report_says_it(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(
        "조합 배상 요구\n\n조합이 요구한 52억6100억원의 절반을 배상하라는 판정이 나왔다.\n",
        encoding="utf-8")
    (tmp_path / "idx.csv").write_text("file,published\nx.txt,2024-05-02\n", encoding="utf-8")
    out = tmp_path / "figures.csv"
    assert run("scan", tmp_path / "a", "--index", tmp_path / "idx.csv", "-o", out).exit_code == 0
    rows = pd.read_csv(out, dtype=str)
    assert list(rows["amount"]) == ["52억6100억원"]
    # One wording, the reader's: the scan's note, convert's error and the check say it alike.
    assert GARBLED_NOTE + read_garbled("52억6100억원").sentence() in rows["note"].iloc[0]
    r = run("report", "--figures", out)
    assert "(garbled)" in r.output and "52억6100만원" in r.output


@pytest.mark.parametrize("text, readings, likeliest", [
    ("-43억7900억원", ["-43억원", "-43억7900만원", "-7900억원"], -4_379_000_000),
    ("1억2억원", ["1억원", "2억원"], 100_000_000),          # a range that lost its "~"
    ("5000억1조원", ["5000억원", "1조원"], 500_000_000_000),
    ("1億2000億円", ["1億円", "2000億円"], 100_000_000),     # no Korean 만 in Japanese text
])
def test_readings_keep_the_sign_and_script_and_a_short_second_group_is_no_slip(text, readings,
                                                                            likeliest):
    g = read_garbled(text)
    assert sorted(t for t, _ in g.readings) == sorted(readings)
    assert g.likeliest == likeliest
    assert all(v < 0 for _, v in g.readings) == text.startswith("-")


@pytest.mark.parametrize("text", ["$1 billion billion", "a billion billion stars"])
def test_the_same_english_place_word_twice_is_not_garbled(text):
    assert read_garbled(text) is None and not garbled(find_amounts(text))


def test_one_reading_is_said_alone():
    assert read_garbled("1만1만원").says() == "1만원 (10 k)"


_PLACES = {"만": 4, "억": 8, "조": 12}


@settings(max_examples=400, deadline=None)
@example(2, "만", "3", "억", "~", "원")     # a range of close ends one place word apart
@example(2, "만", "4", "억", "~", "원")     # ends twice apart: a range written on purpose
@given(st.one_of(st.integers(1, 9999), st.sampled_from(["수", "수십", "수천"])),
       st.sampled_from(list(_PLACES)), st.one_of(st.integers(1, 9999).map(str),
                                                 st.integers(1, 9).map("{}천".format)),
       st.sampled_from(list(_PLACES)), st.sampled_from(["", "~", " ", ", ", "/"]),
       st.sampled_from(["원", "원을", "원의 절반", ""]))
def test_two_glued_groups_are_garbled_exactly_when_their_place_words_do_not_go_down(
        a, p, b, q, join, after):
    text = f"{a}{p}{join}{b}{q}{after}"
    g = read_garbled(text)
    # The rule, stated apart: glued groups whose second place word is not below the first's.
    if join == "" and _PLACES[q] >= _PLACES[p]:
        assert g is not None and g.span.startswith(f"{a}{p}{b}{q}")
        texts = {t for t, _ in g.readings}
        unit = "원" if after else ""
        assert {f"{a}{p}{unit}", f"{b}{q}{unit}"} <= texts
        if isinstance(a, int):     # running text with "수억" first: a gap of find_amounts, left
            assert [x.span for x in garbled(find_amounts(f"그 금액은 {text}"))] == [g.span]
    elif join == "~" and isinstance(a, int) and b.isdigit() and \
            _PLACES[q] - _PLACES[p] == 4 and a < int(b) < 2 * a:
        # A range whose close ends stand one place word apart: one word lost or mistyped, read
        # with either end's word and as written (the range rule, below).
        unit = "원" if after else ""
        assert g is not None and {t for t, _ in g.readings} == {
            f"{a}{p}~{b}{q}{unit}", f"{a}{q}~{b}{q}{unit}", f"{a}{p}~{b}{p}{unit}"}
    else:
        assert g is None and not garbled(find_amounts(text))
        if join == "" and isinstance(a, int):       # "수억1천만원" is vague: no one value
            second = int(b.replace("천", "000")) if b.endswith("천") else int(b)
            assert read_amount(text).value == a * 10 ** _PLACES[p] + second * 10 ** _PLACES[q]


# A range whose ends' numbers are close while their place words stand one step apart: one place
# word lost or mistyped, read with either end's word and as written.
@pytest.mark.parametrize("text, readings", [
    ("between 31 billion won and 33 trillion won",
     ["between 31 billion won and 33 billion won", "between 31 billion won and 33 trillion won",
      "between 31 trillion won and 33 trillion won"]),
    ("$4.2 million to $4.5 billion",
     ["$4.2 million to $4.5 million", "$4.2 million to $4.5 billion",
      "$4.2 billion to $4.5 billion"]),
    ("약 12억~14조 원", ["약 12억~14억 원", "약 12억~14조 원", "약 12조~14조 원"]),
    ("70만~90억원", ["70만~90만원", "70만~90억원", "70억~90억원"]),
])
def test_a_range_whose_ends_stand_a_place_word_apart_with_close_numbers_is_garbled(text, readings):
    found = find_amounts(f"The value was put at {text} by the bank.")
    assert [a.span for a in garbled(found)] == [text]
    g = read_garbled(text)
    assert [t for t, _ in g.readings] == readings
    assert "place words stand" in g.sentence() and "lost or mistyped" in g.sentence()
    # As written it stays one reading, and the amount spans all three.
    written = read_amount(text, garbled_ok=True)
    assert written.low == min(lo for lo, _ in g.intervals)
    assert written.high == max(hi for _, hi in g.intervals)


@pytest.mark.parametrize("text", [
    "$1 million to $1 billion",           # the place word stepped on purpose, numbers equal
    "between $100 million and $2 billion",  # the numbers far apart too
    "$3 million to $6 billion",           # the higher twice the lower: a range may say so
    "12억~14억 원",                        # one place word: an ordinary range
    "12억~14000억 원",                     # digits, no second step of place word
    "25 lakh to 26 crore rupees",         # off the thousand-step ladder
    "2조5000억~3조원",                     # a compound end
    "12 million to 14 trillion won",      # two steps apart
])
def test_a_range_that_is_no_slip_of_one_place_word_stays_a_range(text):
    found = find_amounts(f"The value was put at {text} by the bank.")
    assert not garbled(found)
    assert read_garbled(text) is None


@pytest.mark.parametrize("text, low, high", [
    ("between $2 million and $3 billion", 1.5e6, 3.5e9),
    ("25억~26조 원", 24.5e8, 26.5e12),
])
def test_a_range_a_place_word_apart_is_read_as_the_range_it_says(text, low, high):
    # Read with its readings noted, it stays the range as written (not one vague amount spanning
    # the readings): the checks judge it as written unless its fact shows the slip.
    a = read_amount(text, garbled_ok=True)
    assert (a.bound, a.vague, a.low, a.high) == ("range", False, low, high)
    assert a.notes and a.notes[0].startswith("garbled: ")
