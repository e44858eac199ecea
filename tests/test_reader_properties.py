"""Properties of reading: formatting an amount and reading it back, intervals, hedges."""
import math
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from currency.reader import read_amount

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


@settings(max_examples=200)
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
