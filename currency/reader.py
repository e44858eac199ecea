"""Read amounts from Korean and English text exactly as written.

`read_amount(text)` reads the one amount a text states (for `convert`); `find_amounts(text)` scans
an article for every amount (for `extract`). Both use the same scanner, `_read_at`.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from currency import lexicon as L
from currency.amount import Amount, bound_of, interval, with_hedge
from currency.errors import InputError
from currency.rates import known_currencies

_HD = "일이삼사오육칠팔구"
_SINO = _HD + "십백천만억조경"
_BIG = L.BIG_PLACES
_HANGUL = re.compile(r"[가-힣]")


class AmountError(InputError):
    """Text where no amount, or no valid amount, could be read; knows where."""

    def __init__(self, message: str, text: str, position: int) -> None:
        super().__init__(message)
        self.message = message
        self.text = text
        self.position = max(0, min(position, len(text)))

    def render(self, prefix: str = "") -> str:
        """One line naming what and where, then the text with a marker under the position."""
        shown = self.text.replace("\n", " ").replace("\t", " ")
        width = sum(2 if "\uac00" <= c <= "\ud7a3" or "\u4e00" <= c <= "\u9fff" else 1
                    for c in shown[:self.position])
        return (f"{prefix}{self.message} (column {self.position + 1})\n  {shown}\n"
                f"  {' ' * width}^")


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _word_end(word: str) -> str:
    # English words must end at a word boundary; Korean ones may carry a particle ("달러를").
    return re.escape(word) + (r"(?![A-Za-z])" if word[-1].isascii() and word[-1].isalpha() else "")


def _alt_words(words) -> str:
    return "|".join(_word_end(w) for w in sorted(words, key=len, reverse=True))


_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_HNUM = rf"[{_HD}](?:점[영공{_HD}]+)?"
_PIECE = rf"(?:{_NUM}|{_HNUM})"
_GROUP_RE = re.compile(
    rf"(?:(?P<k>{_PIECE})?(?P<ku>[천千]))?(?:(?P<h>{_PIECE})?(?P<hu>[백百]))?"
    rf"(?:(?P<t>{_PIECE})?(?P<tu>[십十]))?(?P<o>{_PIECE})?")
_ENG_PLACE_RE = re.compile(
    r"(?:\s?(?P<word>thousand|million|billion|trillion|bn|bln|mln|mn|mil|trn|tn)"
    r"|(?P<letter>MM|[kKmMbBtT]))(?![A-Za-z])")
_ENG_VAGUE_RE = re.compile(
    r"(?P<vague>several|a few|tens of|hundreds of)\s+(?P<place>thousand|million|billion|trillion)"
    r"|(?P<plural>thousands|millions|billions|trillions)(?=\s+of\b)", re.I)
_YEO_RE = re.compile(r"여(?=\s?(?:" + _alt(w for w in L.CURRENCY_AFTER if not w.isascii())
                     + r"|[명개일년]))")

_codes = sorted(known_currencies())
_CUR_AFTER_RE = re.compile(
    r"(?P<sp>\s?)(?:of\s+)?(?:(?P<word>" + _alt_words(L.CURRENCY_AFTER) + r")|(?P<code>"
    + "|".join(_codes) + r")(?![A-Za-z]))")
_CUR_BEFORE_RE = re.compile(
    r"(?:(?P<sign>" + _alt(L.CURRENCY_BEFORE) + r")|(?<![A-Za-z])(?P<code>"
    + "|".join(_codes) + r"))\s?$")
_COUNTER_RE = re.compile(r"\s?(?P<c>" + _alt_words(L.COUNTERS) + r")")
_NATIVE_RE = re.compile(
    r"(?P<n>" + _alt(L.NATIVE_NUMBERS) + r")\s?(?P<c>" + _alt(L.NATIVE_COUNTERS)
    + r")(?!째|러)")
_PER_AFTER_RE = re.compile(r"\s?(?P<p>" + _alt_words(L.PER_AFTER) + r")")
_PER_BEFORE_RE = re.compile(r"(?:^|(?<=[^가-힣A-Za-z]))(?P<p>" + _alt(L.PER_BEFORE) + r")\s?$")
_HEDGE_BEFORE_RE = re.compile(
    r"(?:^|(?<=[^가-힣A-Za-z]))(?P<h>" + _alt(L.HEDGE_BEFORE) + r")\s?$", re.I)
_HEDGE_AFTER_RE = re.compile(
    r"(?:\s?(?:이|가|을|를|은|는)?\s?)(?P<h>" + _alt_words(L.HEDGE_AFTER) + r")")
_RANGE_RE = re.compile(r"\s?(?P<c>~|∼|〜|–|—|-|에서|부터|to|and)\s?")
_BETWEEN_RE = re.compile(r"between\s+$", re.I)
_FROM_RE = re.compile(r"from\s+(?:\S+\s+)?$", re.I)
_UNKNOWN_CODE_RE = re.compile(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])")
_DATE_BEFORE_RE = re.compile(r"\d{1,2}\s?월\s?$")

# Where an amount can start: a digit not inside a word or number, a Sino-Korean numeral or a
# native count at the start of a word, 수 before a place word, or an English vague quantity.
_CANDIDATE_RE = re.compile(
    # The leading lookahead lets the engine skip, in C, every character no amount starts with.
    r"(?=[0-9수" + _SINO + "萬億兆京한두세네다여아열스sSaAtThHmMbB])(?:"
    r"(?<![a-z0-9.,])\d"
    rf"|(?<![가-힣])(?=[{_SINO}점영공]*[십백천만억조경萬億兆京])[{_SINO}萬億兆京]"
    r"|(?<![가-힣])수(?=[십백천]?[만억조경십백천])"
    r"|(?<![가-힣])(?=(?:" + _alt(L.NATIVE_NUMBERS) + r")\s?(?:"
    + _alt(L.NATIVE_COUNTERS) + r"))"
    r"|(?i:\b(?:several|a few|tens of|hundreds of|thousands|millions|billions|trillions)\b))")


def _piece(text: str) -> tuple[Decimal, int]:
    """A digit string or Hangul digit (with 점 decimals): value and exponent of its last digit."""
    if text[0].isdigit():
        d = Decimal(text.replace(",", ""))
        return d, min(d.as_tuple().exponent, 0)
    whole = L.HANGUL_DIGITS[text[0]]
    if "점" in text:
        frac = "".join(str(L.HANGUL_DIGITS[c]) for c in text.split("점", 1)[1])
        return Decimal(f"{whole}.{frac}"), -len(frac)
    return Decimal(whole), 0


def _group(m: re.Match) -> tuple[Decimal, int, bool]:
    """Value, exponent of the last stated digit, and whether Hangul digits were used."""
    value = Decimal(0)
    last = None
    hangul = False
    for num, unit, place in (("k", "ku", 3), ("h", "hu", 2), ("t", "tu", 1), ("o", None, 0)):
        digits = m.group(num)
        if unit and not m.group(unit):
            continue
        if digits is None and unit is None:
            continue
        if digits is None:
            v, e = Decimal(1), 0
            hangul = True
        else:
            v, e = _piece(digits)
            hangul = hangul or not digits[0].isdigit()
        value += v.scaleb(place)
        last = place + e if last is None else min(last, place + e)
    return value, (0 if last is None else last), hangul


def _unit_follows(s: str, i: int) -> bool:
    return bool(_CUR_AFTER_RE.match(s, i) or _COUNTER_RE.match(s, i) or _PER_AFTER_RE.match(s, i))


class _Number:
    __slots__ = ("value", "place", "end", "big", "hangul", "magnitude_word", "vague", "low", "high")

    def __init__(self, value, place, end, big, hangul, magnitude_word, vague=False, low=None,
                 high=None):
        self.value, self.place, self.end, self.big = value, place, end, big
        self.hangul, self.magnitude_word, self.vague = hangul, magnitude_word, vague
        self.low, self.high = low, high


def _read_korean(s: str, i: int) -> _Number | None:
    """Digits or Sino-Korean numerals with place words (만 억 조 경), possibly mixed and spaced."""
    n = len(s)
    total = Decimal(0)
    place = None
    last_big = 99
    pos = i
    hangul = False
    while True:
        m = _GROUP_RE.match(s, pos)
        gend = m.end()
        big = _BIG.get(s[gend]) if gend < n else None
        if gend == pos and big is None:
            break
        if gend > pos:
            gval, gplace, gh = _group(m)
        else:
            gval, gplace, gh = Decimal(1), 0, True   # "만 명": the place word alone means one
        if big is None:
            if place is None:
                total, place, pos, hangul = gval, gplace, gend, gh
            break
        if big >= last_big:
            break
        total += gval.scaleb(big)
        place, last_big, hangul = gplace + big, big, hangul or gh
        pos = gend + 1
        k = pos + 1 if pos < n and s[pos] == " " else pos
        m2 = _GROUP_RE.match(s, k)
        e2 = m2.end()
        if e2 < n and s[e2] in _BIG and _BIG[s[e2]] < last_big:
            pos = k
            continue
        if e2 > k and _unit_follows(s, e2):  # a plain last group: "3만 5000원"
            gval, gplace, gh = _group(m2)
            total += gval
            place, pos, hangul = gplace, e2, hangul or gh
        break
    if place is None:
        return None
    return _Number(total, place, pos, last_big if last_big != 99 else None, hangul,
                   last_big != 99)


def _read_vague(s: str, i: int) -> _Number | None:
    """수십억, 수조, several billion, billions of: an unstated digit, as a range."""
    if s.startswith("수", i):
        j = i + 1
        small = L.SMALL_PLACES.get(s[j]) if j < len(s) else None
        j += 1 if small else 0
        big = _BIG.get(s[j]) if j < len(s) else None
        if small is None and big is None:
            return None
        place = (small or 0) + (big or 0)
        unit = Decimal(1).scaleb(place)
        return _Number(unit * 5, place, j + (1 if big else 0), big, True, True, True,
                       1.5 * float(unit), 9.5 * float(unit))
    m = _ENG_VAGUE_RE.match(s, i)
    if not m:
        return None
    if m.group("plural"):
        place = L.ENGLISH_PLACES[m.group("plural")[:-1].lower()]
        lo, hi = 1.5, 999.5
    else:
        place = L.ENGLISH_PLACES[m.group("place").lower()]
        lo, hi = L.ENGLISH_VAGUE[m.group("vague").lower()]
    unit = 10.0 ** place
    return _Number(Decimal(str((lo + hi) / 2)).scaleb(place), place, m.end(), None, False, True,
                   True, lo * unit, hi * unit)


def _read_number(s: str, i: int) -> _Number | None:
    num = _read_vague(s, i) if s[i] in "수sStTmMhHbBaA" else None
    if num is None:
        num = _read_korean(s, i)
    if num is None or num.big is not None or num.hangul:
        return num
    m = _ENG_PLACE_RE.match(s, num.end)
    if m:
        word = m.group("word") or m.group("letter")
        place = L.ENGLISH_PLACES[word]
        num.value = num.value.scaleb(place)
        num.place += place
        num.end = m.end()
        num.magnitude_word = True
        num.big = place
    return num


def _prefix(s: str, start: int):
    """Currency sign or code, hedge and per-period words written before the number."""
    left, currency, hedge, hedge_kind, per = start, None, None, None, None
    for _ in range(4):
        pre = s[max(0, left - 24):left]
        m = _CUR_BEFORE_RE.search(pre) if currency is None else None
        if m:
            currency = L.CURRENCY_BEFORE[m.group("sign")] if m.group("sign") else m.group("code")
        elif hedge is None and (m := _HEDGE_BEFORE_RE.search(pre)):
            hedge = m.group("h")
            hedge_kind = L.HEDGE_BEFORE[hedge.lower()]
        elif per is None and (m := _PER_BEFORE_RE.search(pre)):
            per = L.PER_BEFORE[m.group("p")]
        else:
            break
        left -= len(pre) - m.start()
    return left, currency, hedge, hedge_kind, per


def _read_at(s: str, i: int, lenient: bool = False, allow_range: bool = True,
             prefix: bool = True) -> Amount | None:
    """Read the amount whose number starts at `i`, with its prefixes and suffixes; None if none."""
    nat = _NATIVE_RE.match(s, i) if s[i] in "한두세네다여일아열스" else None
    if nat:
        num = _Number(Decimal(L.NATIVE_NUMBERS[nat.group("n")]), 0, nat.start("c"), None, True,
                      False)
        return _finish(s, i, num, True, False, prefix)
    num = _read_number(s, i)
    return None if num is None else _finish(s, i, num, lenient, allow_range, prefix)


def _finish(s: str, start: int, num: _Number, lenient: bool, allow_range: bool,
            prefix: bool = True) -> Amount | None:
    left, currency, hedge, hedge_kind, per = _prefix(s, start) if prefix else \
        (start, None, None, None, None)
    hedges = [hedge] if hedge else []
    pos = num.end
    m = _YEO_RE.match(s, pos)   # "130억여 달러": a little over
    if m and hedge_kind is None:
        hedge_kind, pos = "at_least", m.end()
        hedges.append("여")
    if allow_range and not num.vague:
        joined = _range(s, left, start, num, pos, currency, lenient)
        if joined is not None:
            return joined
    unit = currency
    scale = Decimal(1)
    m = _CUR_AFTER_RE.match(s, pos) if currency is None else None
    if m and (m.group("code") is None or m.group("sp") or not num.hangul):
        word = m.group("word")
        currency = unit = L.CURRENCY_AFTER[word] if word else m.group("code")
        scale = Decimal("0.01") if word in L.SUBUNIT else scale
        pos = m.end()
    elif currency is None and (m := _COUNTER_RE.match(s, pos)):
        counter = m.group("c")
        if counter == "년" and num.place == 0 and 1000 <= num.value <= 2999 and not \
                re.match(r"\s?(?:간|동안)", s[m.end():m.end() + 3]):
            return None  # a year such as 2019년, not a duration
        if counter == "일" and (_DATE_BEFORE_RE.search(s[max(0, start - 6):start])
                               or re.match(r"\s?\(현지", s[m.end():m.end() + 4])):
            return None  # a day of the month: 10월 23일, 23일(현지 시간)
        unit, pos = L.COUNTERS[counter], m.end()
    if currency is None and start > 0 and s[start - 1] == "제":
        return None   # 제3회, 제2차: an ordinal, not a quantity
    if num.hangul and unit is None and (not lenient or _HANGUL.match(s, num.end)):
        return None  # a number in Hangul needs a unit, or must stand alone ("일점오", not "오픈")
    if per is None and unit is not None and (m := _PER_AFTER_RE.match(s, pos)):
        per, pos = L.PER_AFTER[m.group("p")], m.end()
    if hedge_kind is None and (m := _HEDGE_AFTER_RE.match(s, pos)):
        hedge_kind, pos = L.HEDGE_AFTER[m.group("h")], m.end()
        hedges.append(m.group("h"))
    value = float(num.value * scale)
    precision = float(Decimal(1).scaleb(num.place) * scale)
    words = " ".join(hedges) or None
    if num.vague:
        amount = Amount(s, left, pos, value, unit, currency, precision, None, "range",
                        num.low * float(scale), num.high * float(scale), per, True, True)
        return with_hedge(amount, words, hedge_kind) if hedge_kind else amount
    low, high = interval(value, precision, bound_of(hedge_kind), hedge_kind)
    return Amount(s, left, pos, value, unit, currency, precision, words, bound_of(hedge_kind),
                  low, high, per, False, num.magnitude_word)


def _range(s, left, start, num: _Number, pos: int, currency, lenient) -> Amount | None:
    """A range: "1~2조 원", "220억에서 225억 달러", "$1-2 billion", "between $1B and $2B"."""
    m = _RANGE_RE.match(s, pos)
    if not m or m.end() >= len(s):
        return None
    conn, pre = m.group("c"), s[max(0, left - 12):left]
    between = _BETWEEN_RE.search(pre)
    if conn == "and" and not between:
        return None
    if conn in ("to", "에서", "부터") and _FROM_RE.search(pre):
        return None  # "from $1B to $2B" is a change, not a range
    j = m.end()
    sign = _SIGN_RE.match(s, j)
    j2 = sign.end() if sign else j
    if j2 >= len(s):
        return None
    num2 = _read_number(s, j2)
    second = _read_at(s, j2, lenient, False, prefix=False) if num2 is not None else None
    if second is not None and sign and second.currency is None:
        second = replace(second, currency=_SIGN[sign.group(0)], unit=_SIGN[sign.group(0)])
    if second is None or second.vague or re.match(r"\s?(?:으로|로)(?![가-힣])",
                                                   s[second.end:second.end + 3]):
        return None
    value, place = num.value, num.place
    if not num.magnitude_word and num2.magnitude_word and num2.big is not None:
        value, place = value.scaleb(num2.big), place + num2.big
    v1 = float(value)
    low = v1 - float(Decimal(1).scaleb(place)) / 2
    if v1 > second.value or (currency and second.currency and currency != second.currency):
        return None
    if between:
        left -= len(pre) - between.start()
    return Amount(s, left, second.end, (v1 + second.value) / 2, second.unit or currency,
                  second.currency or currency, min(second.precision, 10.0 ** place),
                  second.hedge, "range", max(low, 0.0), second.high, second.per, False, True)


_SIGN = {"US$": "USD", "$": "USD", "₩": "KRW", "€": "EUR", "£": "GBP", "¥": "JPY"}
_SIGN_RE = re.compile(r"US\$|\$|₩|€|£|¥")


def find_amounts(text: str) -> list[Amount]:
    """Every amount with a unit or a place word in `text`, in order, without overlaps."""
    found = []
    pos = 0
    search = _CANDIDATE_RE.search
    while True:
        m = search(text, pos)
        if m is None:
            return found
        amount = _read_at(text, m.start())
        if amount is None or (amount.unit is None and not amount.magnitude_word):
            pos = m.end() if m.end() > m.start() else m.start() + 1
            if amount is not None:
                pos = max(pos, amount.end)
            continue
        if found and amount.start < found[-1].end:
            amount = replace(amount, start=found[-1].end) if amount.start < found[-1].end \
                else amount
        found.append(amount)
        pos = max(amount.end, m.start() + 1)


def read_amount(text: str) -> Amount:
    """The one amount a short text states ("약 12조 3000억 원"); AmountError if there is none."""
    if not text or not text.strip():
        raise AmountError("no amount: the text is empty", text or "", 0)
    pos = 0
    while True:
        m = _LENIENT_START_RE.search(text, pos)
        if m is None:
            break
        amount = _read_at(text, m.start(), lenient=True)
        if amount is not None:
            _check_currency_words(text, amount)
            return amount
        pos = m.start() + 1
    first = len(text) - len(text.lstrip())
    raise AmountError(f"no amount found in {text.strip()!r}", text, first)


_LENIENT_START_RE = re.compile(
    rf"(?<![a-z0-9.,])\d|(?<![가-힣])[{_SINO}萬億兆京]|(?<![가-힣])수(?=[십백천만억조])"
    r"|(?<![가-힣])(?:" + _alt(L.NATIVE_NUMBERS) + r")\s?(?:" + _alt(L.NATIVE_COUNTERS) + ")"
    r"|(?i:\b(?:several|a few|tens of|hundreds of|thousands|millions|billions|trillions)\b)")


def _check_currency_words(text: str, amount: Amount) -> None:
    """A three-letter code beside the amount that the data does not know is an error, not noise."""
    if amount.currency:
        return
    for m in _UNKNOWN_CODE_RE.finditer(text):
        near = m.end() >= amount.start - 2 and m.start() <= amount.end + 2
        if near and m.group(0) not in known_currencies():
            raise AmountError(f"unknown currency {m.group(0)!r}: not in the ECB data", text,
                              m.start())
