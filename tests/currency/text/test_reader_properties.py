"""Properties of reading: formatting an amount and reading it back, intervals, hedges."""
import math
from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from currency.text.reader import read_amount
from tests.helpers import examples

HANGUL = "영일이삼사오육칠팔구"
KOREAN_CURRENCY = {"KRW": "원", "USD": "달러", "JPY": "엔", "EUR": "유로", "CNY": "위안"}
SIGN = {"USD": "$", "KRW": "₩", "EUR": "€", "GBP": "£"}
ENGLISH = {"USD": "dollars", "KRW": "won", "EUR": "euros", "JPY": "yen"}


def korean_groups(n: int, comma: bool = False, cheon: bool = False) -> str:
    """12300000000000 -> '12조 3000억' (the way Korean news writes big numbers)."""
    parts = []
    for place, word in ((16, "경"), (12, "조"), (8, "억"), (4, "만"), (0, "")):
        group = (n // 10 ** place) % 10000
        if group:
            if cheon and group % 1000 == 0 and group >= 1000:
                digits = f"{group // 1000}천"
            elif comma:
                digits = f"{group:,}"
            else:
                digits = str(group)
            parts.append(digits + word)
    return " ".join(parts)


def hangul_groups(n: int) -> str:
    """3500 0000 -> '삼천오백만': Sino-Korean numerals written wholly in Hangul."""
    def four(g):
        out = ""
        for place, word in ((3, "천"), (2, "백"), (1, "십"), (0, "")):
            d = (g // 10 ** place) % 10
            if d:
                out += (HANGUL[d] if (d > 1 or place == 0) else "") + word
        return out
    parts = []
    for place, word in ((12, "조"), (8, "억"), (4, "만"), (0, "")):
        group = (n // 10 ** place) % 10000
        if group:
            parts.append(four(group) + word)
    return " ".join(parts)


# integers whose Korean form is a few groups: digits times a power of ten
amounts = st.builds(lambda m, e: m * 10 ** e, st.integers(1, 99999), st.integers(4, 10))


@given(amounts, st.sampled_from(sorted(KOREAN_CURRENCY)), st.booleans(), st.booleans())
def test_korean_digits_round_trip(n, cur, comma, space):
    text = korean_groups(n, comma=comma) + (" " if space else "") + KOREAN_CURRENCY[cur]
    a = read_amount(text)
    assert (a.value, a.currency) == (n, cur), text


@given(amounts, st.sampled_from(sorted(KOREAN_CURRENCY)))
def test_korean_cheon_form_round_trip(n, cur):
    text = korean_groups(n, cheon=True) + " " + KOREAN_CURRENCY[cur]
    assert (read_amount(text).value, read_amount(text).currency) == (n, cur), text


@given(amounts, st.sampled_from(sorted(KOREAN_CURRENCY)))
def test_hangul_numerals_round_trip(n, cur):
    text = hangul_groups(n) + KOREAN_CURRENCY[cur]
    a = read_amount(text)
    assert (a.value, a.currency) == (n, cur), text


@given(st.decimals(min_value=Decimal("0.1"), max_value=Decimal("999.9"), places=1),
       st.sampled_from([("million", 6), ("billion", 9), ("trillion", 12), ("bn", 9), ("B", 9),
                        ("m", 6)]),
       st.sampled_from(["sign", "code_before", "code_after", "word"]),
       st.sampled_from(["USD", "KRW", "EUR"]))
def test_english_round_trip(mantissa, place, style, cur):
    word, exp = place
    num = f"{mantissa}{'' if len(word) <= 2 else ' '}{word}"
    text = {"sign": f"{SIGN[cur]}{num}", "code_before": f"{cur} {num}",
            "code_after": f"{num} {cur}", "word": f"{mantissa} {place[0] if len(word) > 2 else 'billion'} {ENGLISH[cur]}"}[style]
    expected = float(mantissa * Decimal(10) ** (exp if style != "word" or len(word) > 2 else 9))
    a = read_amount(text)
    assert a.currency == cur, text
    assert math.isclose(a.value, expected, rel_tol=1e-12), text


hedged = st.sampled_from(["", "약 ", "최대 ", "최소 ", "about ", "more than ", "up to ", "nearly "])


@given(amounts, hedged, st.sampled_from(["원", "달러"]), st.sampled_from(["", " 이상", " 가량"]))
def test_interval_contains_value(n, before, cur, after):
    text = before + korean_groups(n) + " " + cur + (after if not before else "")
    a = read_amount(text)
    assert a.low <= a.value <= a.high, text


@settings(max_examples=examples(200))
@given(amounts, st.sampled_from(["원", "달러"]),
       st.sampled_from([("약 ", "both"), ("about ", "both"), ("최소 ", "high"),
                        ("more than ", "high"), ("최대 ", "low"), ("up to ", "low"),
                        ("nearly ", "lowonly"), ("거의 ", "lowonly")]))
def test_a_hedge_only_widens_its_side(n, cur, hedge):
    word, side = hedge
    plain = read_amount(korean_groups(n) + " " + cur)
    h = read_amount(word + korean_groups(n) + " " + cur)
    if side == "both":
        assert h.low < plain.low and h.high > plain.high
    elif side == "high":
        assert h.low == plain.low and h.high == math.inf
    elif side == "low":
        assert h.high == plain.high and h.low == 0.0
    else:
        assert h.low < plain.low and h.high == plain.high


# --- the forms added for issue 8 ---------------------------------------------------------------

from hypothesis import assume  # noqa: E402

from currency.amount import Amount  # noqa: E402
from currency.text.reader import AmountError, find_amounts, read_whole  # noqa: E402

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
        9: "ninety"}


def english_words(n: int) -> str:
    """1..99 in words ("forty-two")."""
    if n < 20:
        return WORDS[n]
    return TENS[n // 10] + (f"-{WORDS[n % 10]}" if n % 10 else "")


def spaced_group(g: int) -> str:
    """6500 -> '6천 5백': a four-digit group with a space after each place syllable."""
    parts = []
    for place, word in ((3, "천"), (2, "백"), (1, "십")):
        d = (g // 10 ** place) % 10
        if d:
            parts.append(f"{d}{word}")
    if g % 10:
        parts.append(str(g % 10))
    return " ".join(parts)


@given(st.integers(1, 9999), st.integers(1, 9999), st.sampled_from(sorted(KOREAN_CURRENCY)))
def test_spaced_place_groups_round_trip(hi, lo, cur):
    text = f"{spaced_group(hi)}억 {spaced_group(lo)}만 {KOREAN_CURRENCY[cur]}"
    a = read_amount(text)
    assert (a.value, a.currency, a.span) == (hi * 10 ** 8 + lo * 10 ** 4, cur, text), text


@given(st.integers(1, 99), st.sampled_from([("thousand", 3), ("million", 6), ("billion", 9)]),
       st.sampled_from(sorted(ENGLISH)), st.booleans())
def test_english_number_words_round_trip(n, place, cur, half):
    word, exp = place
    text = f"{english_words(n)}{' and a half' if half else ''} {word} {ENGLISH[cur]}"
    a = read_amount(text)
    assert a.currency == cur, text
    assert math.isclose(a.value, (n + (0.5 if half else 0)) * 10 ** exp, rel_tol=1e-12), text


@given(st.integers(1, 99999), st.sampled_from(sorted(SIGN)), st.booleans())
def test_sign_after_the_number_round_trip(n, cur, space):
    a = read_amount(f"{n}{' ' if space else ''}{SIGN[cur]}")
    assert (a.value, a.currency) == (n, cur)


@given(st.integers(1, 9999), st.sampled_from([("조", 12), ("억", 8), ("만", 4)]),
       st.booleans())
def test_bands_run_from_the_number_to_the_next_step_of_its_last_digit(n, place, space):
    word, exp = place
    a = read_amount(f"{n}{word}{' ' if space else ''}원대")
    step = 10 ** (len(str(n)) - len(str(n).rstrip("0")))
    assert a.bound == "range" and a.currency == "KRW"
    assert math.isclose(a.low, n * 10 ** exp) and math.isclose(a.high, (n + step) * 10 ** exp)


@given(st.integers(1, 9999), st.integers(0, 9999), st.sampled_from(["~", " - ", "–"]),
       st.sampled_from([("만원", "KRW", 4), ("억 달러", "USD", 8)]))
def test_ranges_with_the_unit_on_both_ends(a, extra, conn, unit):
    word, cur, exp = unit
    b = a + extra
    r = read_amount(f"{a}{word}{conn}{b}{word}")
    assert r.currency == cur and r.bound == "range"
    assert r.low <= a * 10 ** exp <= b * 10 ** exp <= r.high


@given(amounts, st.sampled_from(["-", "△", "마이너스 ", "−"]), st.sampled_from(["원", "달러"]))
def test_a_negative_sign_mirrors_the_interval(n, sign, cur):
    plain = read_amount(f"{korean_groups(n)} {cur}")
    neg = read_amount(f"{sign}{korean_groups(n)} {cur}")
    assert neg.value == -plain.value
    assert (neg.low, neg.high) == (-plain.high, -plain.low)


def assert_invariants(a: Amount) -> None:
    assert not math.isnan(a.value) and math.isfinite(a.value)
    assert a.low <= a.value <= a.high, a
    assert a.value >= 0 or a.sign is not None, a
    assert 0 <= a.start <= a.end <= len(a.text)


def reads_or_raises(text, readers):
    """Each reader gives an amount that holds the invariants or raises AmountError, nothing else;
    every amount found in the text holds them too."""
    for reader in readers:
        try:
            assert_invariants(reader(text))
        except AmountError:
            pass
    for a in find_amounts(text):
        assert_invariants(a)


NEWS_ALPHABET = st.sampled_from(list("0123456789 ,.~-–()%$€£¥₩△▲억만조천백십원달러엔약여대이상"
                                     "일이삼사오육칠팔구수ſ\u212aKkmbBnNotlessmrhaﬀİß") + [
    "billion", "million", "about", "not", "less than", "more than", "이상", "미만", "약 ",
    "원대", "초반", "분의", "절반", "USD", "KWD", "usd", "five", "half a", "a ", "and a half"])


@settings(max_examples=examples(400))
@given(st.lists(NEWS_ALPHABET, max_size=30).map("".join))
def test_newsy_noise_reads_or_raises_the_readers_error_only(text):
    reads_or_raises(text, (read_amount, read_whole))


@settings(max_examples=examples(300))
@given(st.text(max_size=60))
# a digit to str.isdigit that is no decimal digit, where a range's second end would start
@example("0-¹")
@example("$1-² billion")
def test_any_unicode_reads_or_raises_the_readers_error_only(text):
    reads_or_raises(text, (read_amount,))


@given(st.integers(300, 2000), st.sampled_from(["원", " dollars", "억 달러", ""]))
def test_long_digit_runs_never_give_infinity(n, unit):
    text = "7" * n + unit
    try:
        a = read_amount(text)
    except AmountError:
        return
    assume(a is not None)
    assert math.isfinite(a.value)
