"""Read amounts from Korean and English text exactly as written.

`read_amount(text)` reads the first amount a text states (for `convert`); `read_whole(text)` reads a
text that must be one amount and nothing else (for `add` and `figures.csv`); `find_amounts(text)`
scans an article for every amount (for `extract`). All use the same scanner, `_read_at`.

The reader is never confidently wrong: what it cannot read whole it refuses, and every amount keeps
low <= value <= high, finite values, and a value below zero only when the text states a sign.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

import currency.lang as L
from currency.amount import (
    WIDENING_HEDGES,
    Amount,
    TwoCurrencies,
    bound_of,
    hedged,
    interval,
    with_hedge,
)
from currency.data.rates import known_currencies
from currency.errors import InputError
from currency.formatting import compact
from currency.text.locale import bare_dollar
from currency.text.names import (
    LOWER_CODE_STOP,
    SUBUNITS,
    alone_scale,
    currency_signs,
    currency_words,
    iso_codes,
    shared_names,
)
from currency.text.periods import noun_periods
from currency.text.slips import near_currency_word


class _Pattern:
    """A module pattern compiled on first use, which then takes its own place among the module's
    names (later lookups find the compiled pattern itself). A report reads a few shapes of amount
    and needs under half of the reader's patterns: compiling them all cost start-up time."""

    __slots__ = ("args",)

    def __init__(self, pattern: str, flags: int = 0):
        self.args = (pattern, flags)

    def __getattr__(self, name: str):
        compiled = re.compile(*self.args)
        names = globals()
        for key in [k for k, v in names.items() if v is self]:
            names[key] = compiled
        return getattr(compiled, name)


_HD = "일이삼사오육칠팔구"
_CENT = Decimal("0.01")
_SINO = _HD + "십백천만억조경"
_BIG = L.BIG_PLACES
_HANGUL = _Pattern(r"[가-힣]")


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


def alternation(words) -> str:
    """Any of `words` as written, the longest first, so a word is never cut to a shorter one's
    length (a regular expression's alternatives, no group)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def word_pattern(words) -> str:
    """Any of `words` as a word of its own: English ones whole, Korean ones not glued after
    another Hangul syllable (a regular expression, no group)."""
    return (r"(?i:\b(?:" + alternation(w for w in words if w.isascii()) + r")\b)|(?<![가-힣])(?:"
            + alternation(w for w in words if not w.isascii()) + ")")


# A Korean particle (the longest first, "으로" before "로"): one to a few after a word.
PARTICLE = "(?:" + alternation(L.PARTICLES) + ")"


def _word_end(word: str) -> str:
    # English words must end at a word boundary; Korean ones may carry a particle ("달러를").
    return re.escape(word) + (r"(?![A-Za-z])" if word[-1].isascii() and word[-1].isalpha() else "")


def _alt_words(words) -> str:
    return "|".join(_word_end(w) for w in sorted(words, key=len, reverse=True))


_WORDS = currency_words()
_SHARED = shared_names()
# Korean names news writes (달러, 원화) take any ending; a name only CLDR knows must end its word
# or take a particle, or it is part of another word ("5시리즈" is not five of anything).
_NEWS_KO = {w for w in L.CURRENCY_AFTER if not w.isascii()}
_SIGNS = currency_signs()
_CODES = iso_codes()
# A code written before a number: an ISO code, or a capitals word of CURRENCY_BEFORE that is no
# ISO code but names one ("RMB 100 billion" is CNY, as "CNY 100 billion" is).
_CODE_WORDS = {c: c for c in _CODES} | {w: c for w, c in L.CURRENCY_BEFORE.items()
                                        if w.isalpha() and w.isupper() and len(w) == 3}
_ECB = known_currencies()
# Currencies named "dollar": a bare dollar word after one of their codes is that dollar.
_DOLLARS = frozenset(c for w, c in _WORDS.items() if "dollar" in w)
_LOWER_CODES = {c.lower() for c in _ECB} - LOWER_CODE_STOP | {"rmb"}
_KO_NAME_MAX = max(len(w) for w in list(_WORDS) + list(_SHARED) if not w.isascii())
_KO_BY_FIRST: dict[str, list[str]] = {}
for _w in sorted((w for w in list(_WORDS) + list(_SHARED) if not w.isascii()), key=len,
                 reverse=True):
    _KO_BY_FIRST.setdefault(_w[0], []).append(_w)
_NOT_UNIT_START = set("0123456789,.()[]~-–—:;!?\"'")
_PARTICLE_RE = _Pattern(PARTICLE)

# Thousands grouped by threes, or the Indian way (lakh and crore: "4,73,223", "1,20,000"), which
# no other grouping writes, so it is read wherever it stands.
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d+(?:\.\d+)?"
_POINT = "".join(L.DECIMAL_POINTS)
_HNUM = rf"[{_HD}](?:[{_POINT}][영공{_HD}]+)?"
_PIECE = rf"(?:{_NUM}|{_HNUM})"
# One four-digit group; a space may stand inside it before the next digit ("6천 5백").
_IN = rf"(?:\s(?=[0-9{_HD}]))?"
_GROUP_RE = _Pattern(
    rf"(?:(?P<k>{_PIECE})?(?P<ku>[천千]){_IN})?(?:(?P<h>{_PIECE})?(?P<hu>[백百]){_IN})?"
    rf"(?:(?P<t>{_PIECE})?(?P<tu>[십十]){_IN})?(?P<o>{_PIECE})?")
# English place words: a word in any case and maybe plural ("$8 billions", "5 lakhs") after a
# space or a hyphen (a headline's "$4.6-Bn", "$5-Million"), or a letter as written. A word, not a
# letter, may be glued to the capital of the next sentence, as a page that lost its paragraph
# break prints it ("valued at $8 millionBut sources say", "$8 millionBUT sources say": a word
# of three capitals or more, not a code; "US" may open "US$"), and is read. Glued to a capital it
# is not read with (`_GLUED_PLACE_RE`: a unit symbol "5,000mAh", "75kWh"; a currency word or code "5 lakhRupees",
# "5 millionUSD", `_english_place`; "$5mThe deal", "$8 millionI", "$8 millionMark Carney"), its
# number is no amount: neither scaled (a unit or a name may follow) nor the bare number, a million
# or more off.
_ENG_PLACE_WORDS = sorted((w for w in L.ENGLISH_PLACES if len(w) > 1 and w.islower()), key=len,
                          reverse=True)
_ENG_PLACE_LETTERS = sorted((w for w in L.ENGLISH_PLACES if w not in _ENG_PLACE_WORDS), key=len,
                            reverse=True)
_ENG_PLACE_WORD = (r"(?:\s|-(?=[A-Za-z]))?(?P<word>(?ai:" + "|".join(_ENG_PLACE_WORDS) + r"))"
                   r"(?ai:s)?")
_ENG_PLACE_LETTER = r"(?P<letter>" + "|".join(_ENG_PLACE_LETTERS) + r")"
_ENG_PLACE_RE = _Pattern(
    rf"(?:{_ENG_PLACE_WORD}(?:(?![A-Za-z])"
    rf"|(?<=[a-z])(?=(?P<glued>[A-Z][a-z]+|[A-Z]{{3,}}(?![A-Za-z]))))"
    rf"|{_ENG_PLACE_LETTER}(?![A-Za-z]))")
# A word's capital run with no lowercase after it is a code, not a glued word ("100 TRY", "BND").
_GLUED_PLACE_RE = _Pattern(rf"(?:{_ENG_PLACE_WORD}(?:(?<=[a-z])(?=[A-Z])|(?=[A-Z][a-z]))"
                           rf"|{_ENG_PLACE_LETTER}(?=[A-Z]))")
# A place word in capitals run into more capitals ("$3 MILLIONSEOUL", "$3 BNSEOUL"): no letter
# case tells where the word ends, so no amount, unless the whole run is a code ("100 BND").
_CAPITALS_PLACE_RE = _Pattern(rf"{_ENG_PLACE_WORD}(?<=[A-Z])(?=[A-Z])")
_CAPITALS_RUN_RE = _Pattern(r"[\s-]?([A-Z]+)")
_ENG_VAGUE_RE = _Pattern(
    r"(?ai:(?P<vague>several|a few|tens of|hundreds of)\s+"
    r"(?P<place>thousand|million|billion|trillion)s?"
    r"|(?P<multi>multi-?)(?P<mplace>million|billion|trillion)(?![a-z])"
    r"|(?P<plural>thousands|millions|billions|trillions)(?=\s+of\b))")
# The words may be joined by hyphens into one modifier before a noun ("a five-billion-dollar
# order", "a half-billion-dollar deal", "a two-and-a-half-billion-dollar plan"): a hyphen right
# before the place word (`hy`) makes the number a compound, money only with its currency after
# it (`_Number.compound`): "a two-million-strong crowd" is read as nothing.
_ENG_WORDS_RE = _Pattern(
    r"(?ai:(?P<half>half(?:\s+an?\s+|-(?=(?:thousand|million|billion|trillion)\b)))?"
    r"(?P<a>an?\s+)?"
    r"(?:(?P<tens>" + alternation(L.ENGLISH_TENS) + r")(?:[-\s](?P<tunit>" + alternation(
        k for k, v in L.ENGLISH_UNITS.items() if v < 10) + r"))?|(?P<unit>"
    + alternation(L.ENGLISH_UNITS) + r"))?"
    r"(?P<hundred>(?:\s+|-)hundred)?(?P<andhalf>\s+and\s+a\s+half|-and-a-half)?"
    r"(?:(?:\s+|(?<=\s)|(?<=half-)|(?P<hy>-))(?P<place>thousand|million|billion|trillion)"
    r"(?!s))?)\b")
_YEO_RE = _Pattern(r"여(?=\s?(?:" + alternation(w for w in L.CURRENCY_AFTER if not w.isascii())
                     + r"|[명개일년]))")
_TOKEN_RE = _Pattern(
    r"(?P<sp>-(?=[A-Za-z])|\s?)(?P<of>of\s+)?(?:(?P<lat>[A-Za-z\u017f\u212a][A-Za-z.\u017f\u212a]*"
    r"(?: [A-Za-z][A-Za-z.]*){0,2})|(?P<ko>[가-힣弗円]+(?:\s[가-힣]+)?)|(?P<sym>[^\w\s]))")
_CODE_BEFORE_RE = _Pattern(r"(?<![A-Za-z])(?P<code>[A-Z]{3})\s?$")
_SIGN_BEFORE_RE = _Pattern(r"(?P<sign>" + alternation(_SIGNS) + r")\s?$")
_LETTER_BEFORE_RE = _Pattern(r"(?<![A-Za-z])(?P<l>" + alternation(L.LETTER_PREFIX) + r")\s?$")
_LETTER_LAST = {w[-1] for w in L.LETTER_PREFIX}
_MINUS_RE = _Pattern(r"(?:(?<![\w.,)\]%])(?P<m>[-−－﹣])|(?P<t>[△▽▼▲])\s?"
                       r"|(?<![가-힣])(?P<w>마이너스|플러스)\s?)$")
_NEGATIVE = {"-", "−", "－", "﹣", "△", "▽", "▼", "마이너스"}
_SUBUNIT_AFTER_RE = _Pattern(
    r"\s?(?:and\s)?(?P<n>\d{1,2}|[이삼사오육칠팔구]?십[일이삼사오육칠팔구]?|[일이삼사오육칠팔구])"
    r"(?P<sp>\s?)(?P<w>센트|cents?|펜스|페니|pence|sen|전|kopecks?|kopeks?|코페이카|c|¢)"
    r"(?![A-Za-z])")
_COUNTER_RE = _Pattern(r"\s?(?P<c>" + _alt_words(L.COUNTERS) + r")")
_NATIVE_RE = _Pattern(
    r"(?P<n>" + alternation(L.NATIVE_NUMBERS) + r")\s?(?P<c>" + alternation(L.NATIVE_COUNTERS)
    + r")(?!째|러)")
_PER_AFTER_RE = _Pattern(r"\s?(?P<p>" + _alt_words(L.PER_AFTER) + r")(?!\s(?:"
                         + _alt_words(L.PER_AFTER_NOT_BEFORE) + r"))")
# ... or joined to a spelled compound by hyphens ("a five-billion-dollar-a-year business").
_PER_AFTER_HYPHEN_RE = _Pattern(r"-(?P<p>" + _alt_words(
    w.replace(" ", "-") for w in L.PER_AFTER if " " in w) + r")")
_PER_BEFORE_RE = _Pattern(r"(?:^|(?<=[^가-힣A-Za-z]))(?P<p>" + alternation(L.PER_BEFORE) + r")\s?$")
# ... or joined to it by a hyphen, as a compound before its noun ("a near-$1bn deal"), whose
# words the hyphens join too ("a more-than-$1bn bid", "a more-than-five-billion-dollar contract")
_HEDGES_HYPHENED = alternation(L.HEDGE_BEFORE).replace("\\ ", " ").replace(" ", "[ -]")
_HEDGE_BEFORE_RE = _Pattern(
    r"(?:^|(?<=[^가-힣A-Za-z]))(?P<h>(?ai:" + _HEDGES_HYPHENED + r"))(?:\s?|-)$")
_NOT_BEFORE_RE = _Pattern(r"(?ai:\b(?:not|no|never)\s+$)")
_ADJECTIVE_BEFORE_RE = _Pattern(r"(?ai:\b(?:" + alternation(L.HEDGE_ADJECTIVE_AFTER) + r")\s+$)")
# A scope of record, or a word with its ending ("출범 이래"), and at most one word before the hedge,
# not one ending in a particle that makes it the cap's object ("사상 처음으로 최대": a cap); or a
# scope that is also a place right before it ("국내 최대").
_RECORD_BEFORE_RE = _Pattern(
    r"(?:^|(?<=[^가-힣A-Za-z]))(?:(?:" + alternation(L.HEDGE_NOT_AFTER) + r"|[가-힣A-Za-z]+\s?(?:"
    + alternation(L.HEDGE_NOT_AFTER_SUFFIX) + r"))(?:\s[가-힣A-Za-z0-9]+"
    + "".join(f"(?<!{p})" for p in L.HEDGE_NOT_AFTER_BREAK) + r")?|"
    + alternation(L.HEDGE_NOT_RIGHT_AFTER) + r")\s?$")
_RECORD_REACH = 40   # characters searched before a hedge for its scope of record
# A word that adds is a hedge only when no amount follows it: digits within three characters
# ("plus 5%", "plus $200 million"), or, after up to three words of `ADDING_FILL`, digits after a
# sign, a code or a letter prefix, or before a currency's name ("plus another $200 million",
# "plus USD 200 million", "plus about 200 million euros"). A year is no amount ("plus in 2023").
# Nor is a sign a hedge with a word glued after it and an amount after that word: the word names
# the term it adds ("현금 1조원+로열티 1조원"). With no amount after the word, the sign is "or more"
# ("3조원+알파", "10억원+규모", "$5M+annually"), as it is alone or before a space ("1조원+ 규모").
_AMOUNT_AHEAD = (
    r"\s?(?:(?ai:" + _alt_words(L.ADDING_FILL) + r")\s+){0,3}"
    r"(?:(?:" + alternation(set(_SIGNS) | set(_CODES) | set(L.LETTER_PREFIX)) + r")\s?\d"
    r"|\d[\d.,]*(?:\s?(?ai:" + "|".join(_ENG_PLACE_WORDS) + r")|(?:" + alternation(_BIG) + r")+)?"
    r"\s?(?ai:" + _alt_words(L.CURRENCY_AFTER) + r"))")
_HEDGE_AFTER_WORDS = "|".join(
    _word_end(w) + (r"(?!\s?\S{0,3}\d|(?:[가-힣A-Za-z]+)?" + _AMOUNT_AHEAD + r")"
                    if w in L.HEDGE_AFTER_ADDING
                    else "")
    for w in sorted(L.HEDGE_AFTER, key=len, reverse=True))
_HEDGE_AFTER_RE = _Pattern(r"(?:\s?(?:이|가|을|를|은|는)?\s?)(?P<h>" + _HEDGE_AFTER_WORDS + r")")
# A benchmark's word right before its amount, with the copula or 의 that may join them ("목표치인
# 1조원", "전년의 1조원").
_BENCHMARK_BEFORE_RE = _Pattern(r"(?:" + alternation(L.BENCHMARK_BEFORE) + r")(?:인|의|이던|였던)?\s?$")
_BENCHMARK_REACH = 12   # characters searched before an amount for its benchmark's word
_NOT_AFTER_RE = _Pattern(r"(?:이|가|은|는|도)?\s?(?:아니|아닌|않)")
# A spelled compound's range may join its words with hyphens: "a two- to three-billion-dollar
# loan", "a one-to-two-billion-won loss" (read as "two to three billion dollars").
_RANGE_MARKS = ("~", "∼", "〜", "–", "—", "-", "에서", "부터")   # the connectors that are no English word
_RANGE_RE = _Pattern(r"\s?(?:-\s?(?=to[\s-]))?(?P<c>" + alternation(_RANGE_MARKS + ("to", "and")) + r")"
                     r"(?:\s|(?<=to)-(?=[A-Za-z]))?")
# A spelled compound right after the first end of a range or a choice, with a hyphen written after
# that end: "a five- or six-billion-dollar loss", "a two-to-three-billion-dollar loan" when the
# range did not read. Alone, the compound would be the upper end read as exact: nothing is read.
_COMPOUND_AFTER_END_RE = _Pattern(
    r"(?ai:\b(?:" + alternation(list(L.ENGLISH_UNITS) + list(L.ENGLISH_TENS))
    + r")(?:-\s?|\s)(?:to|or)[\s-]$)")
_BETWEEN_RE = _Pattern(r"(?ai:between\s+$)")
# "최소 10조원에서 최대 12조원": a least first end and a most second end bound one range. The
# connectors that say "from ... to" in Korean, and the hedge of a second end, read ahead.
_FLOOR_RANGE_CONN = ("에서", "부터", "~", "∼", "〜")
_HEDGE_AHEAD_RE = _Pattern(r"(?P<h>" + alternation(w for w, k in L.HEDGE_BEFORE.items() if k == "at_most"
                                            and not w.isascii()) + r")\s?")
_FROM_RE = _Pattern(r"(?ai:\b(?:" + alternation(L.CHANGE_FROM_BEFORE) + r")\s+$)")
_RANGE_FROM_RE = _Pattern(r"(?ai:\b(?:" + alternation(L.RANGE_FROM_BEFORE) + r")\s+(?:"
                          + alternation(L.CHANGE_FROM_BEFORE) + r")\s+$)")
# A month name, capitalised: "may" is also a verb.
_MONTH_BEFORE_RE = _Pattern(r"(?a:\b(?:" + alternation(L.MONTH_NAMES) + r")\s+$)")
_CHANGE_BY_RE = _Pattern(r"(?ai:\b(?:" + alternation(L.CHANGE_BY_BEFORE) + r")\s+$)")
_UNKNOWN_CODE_RE = _Pattern(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])")
_DATE_BEFORE_RE = _Pattern(r"(?:\d{1,2}\s?월|지난|오는|이달|이번 달|같은 달|전날|당일|"
                           + "|".join(w.replace(" ", r"\s?") for w in L.NEXT_MONTH) + r")\s?$")
_DAY_SPAN_AFTER_RE = _Pattern(r"\s?(?:간|동안|만|째|이내|내|안|뒤|후|전|가량|정도|이상|이하|미만"
                                r"|넘|남짓|연속|새|사이|치|분|씩|$|[^\w\s(])")
# After "N일", a word (a subject: "13일 MS가") or a parenthesis ("13일(영국 현지 시각)") marks a
# day of the month; punctuation ("5일, 100만 명") or a span word ("5일 만에") a number of days.
# 대 ends its word, or carries a particle or the copula ("58조원대다", "원대인", "원대였다"); so
# does a part of the band ("1조원대 초반이다").
_BAND_RE = _Pattern(r"대(?:\s?(?P<part>초반|중반|후반)(?:(?![가-힣])|(?=" + PARTICLE + r"))"
                    r"|(?![가-힣])|(?=" + PARTICLE + r"))")
# "3조원 대를": the band's 대 spaced from its currency, when a particle ends it; a spaced 대 before
# a word or another amount is "versus" ("3조원 대 2조원"). The particle must end the word, and be
# one a spaced 대 takes (`SPACED_BAND_PARTICLES`): "3조원 대가를 치렀다" and "3조원 대가 필요했다"
# are a price (대가), "3조원 대만 공장" Taiwan. A figures cell may hold the band alone ("3조원 대").
_SPACED_BAND_RE = _Pattern(r" (?=대(?:(?:" + alternation(L.SPACED_BAND_PARTICLES)
                           + r")(?![가-힣])|$))")
_UNIT_WORD_RE = _Pattern(r"\s?단위(?![가-힣])")
_FRACTION_RE = _Pattern(r"(?P<d>\d{1,3})\s?분의\s?(?P<n>\d{1,3})(?![\d.])")
_TYPO_AFTER_RE = _Pattern(r"\s?(?P<w>(?ai:(?:mil|bil|tril|thou|bn|mn)[a-z]*))\b")
# A currency code right after an amount read in a currency: a sign's own code, or the dollar a
# bare "$" is, is part of the amount already ("$600 million USD", "$5 AUD"); another code names
# a second currency ("US$5 CAD", "€12 million GBP").
_CODE_AFTER_RE = _Pattern(r"\s?(?P<c>[A-Z]{3})\b")
# Digits joined by commas and points with no space between: one number as written, which
# must be one number as read. "$1.2.3 billion", "1,2345", "12..5" or "1.234,56" read up to
# where they go wrong would be $1.2, 1,234, 12 and 1.234: confident wrong amounts.
_NUM_RE = _Pattern(_NUM)
# A market's quote of an exchange rate: a currency pair, two codes or names joined by a slash
# ("EUR/KRW", "IDR100/KRW" per hundred rupiah, "원/달러"), then the rate, a bare number ("EUR/KRW
# 1,512.40 +3.15 +0.21%"). A price, not an amount of money: neither its codes nor its rate are
# read. A number with a place word or a currency's word after it ("KRW/USD 20 billion", "원/달러
# 1,412원") is an amount, no rate. A rate line that writes one unit and its price ("$1 = 1,284.45
# won") is two amounts, paired as a rate by `currency.text.conversions`.
_PAIR_SIDE = r"(?:(?P<{0}>[A-Z]{{3}})(?:\d{{1,3}})?|" + alternation(set(_WORDS) | set(_SHARED)) + r")"
_QUOTE_NOT_AFTER = (r"(?![^\S\n]?(?:" + _alt_words(L.ENGLISH_PLACES) + "|"
                    + alternation(set(_BIG) | set(L.SMALL_PLACES)) + "|"
                    + _alt_words(L.CURRENCY_AFTER) + "))")
_RATE_QUOTE_RE = _Pattern(r"(?<![\w$])(?<!\d[^\S\n])" + _PAIR_SIDE.format("a") + r"[^\S\n]?/[^\S\n]?"
                          + _PAIR_SIDE.format("b") + r"(?![\w])[^\S\n]+[-+−]?(?:" + _NUM
                          + r")(?![\d.,]?\d)" + _QUOTE_NOT_AFTER, re.I)
_NUM_TOKEN_RE = _Pattern(r"\d+(?:[.,]+\d+)*")
# An exponent run into the digits ("$1e309", "1.5E+9"): news writes no amount so, and read up to
# the letter it was $1 or $1.5, confident and wrong by the whole exponent (1e309 is no finite
# number at all). A letter that is a place word ("$1B", "5e" alone) is no exponent.
_EXPONENT_RE = _Pattern(r"[eE][+\-−]?\d")
# The exponent's own digits are no number of their own ("2.5E+9 won" is not 9 won).
_EXPONENT_BEFORE_RE = _Pattern(r"\d[eE][+\-−]?$")


def _malformed(s: str, i: int) -> AmountError | None:
    """Why the digits at `i` are no number as written ("$1.2.3", "1,2345", "1e309"); None if they
    are one."""
    token, number = _NUM_TOKEN_RE.match(s, i), _NUM_RE.match(s, i)
    if token is None or number is None:
        return None     # a digit no number starts with ("¹": str.isdigit, not a decimal digit)
    end = number.end()
    if end == token.end():
        if (e := _EXPONENT_RE.match(s, end)) is None:
            return None
        written = s[i:e.end()] + re.match(r"\d*", s[e.end():]).group(0)
        return AmountError(f"{written!r} is written with an exponent, which the reader does not "
                           "read: write the number in digits or with a place word (1.5 billion)",
                           s, end)
    text = token.group(0)
    if text.count(".") > 1:
        second = text.index(".", text.index(".") + 1)
        return AmountError(f"{text!r} has two decimal points; a number has at most one", s,
                           i + second)
    return AmountError(f"{text!r} is not a number as written: commas group digits by threes "
                       "(1,234,567) or as lakh and crore (12,34,567), before one decimal point",
                       s, end)

_HANGUL_CUR = alternation(L.HANGUL_NUMBER_CURRENCIES)
_ONE_OF = r"(?:" + alternation(L.ONE_OF) + r")(?![a-z])"
_HANGUL_NUM_CUR_RE = _Pattern(r"(?:" + _HANGUL_CUR + r")")
_SPOKEN_DIGIT = r"(?:" + alternation(L.ENGLISH_DIGITS) + r")"
# Broadcast transcripts spell the point and write the decimals as words or digits:
# "17-point-three", "one-point-03".
_SPOKEN_POINT_RE = _Pattern(r"(?ai:[-\s]point[-\s](?:(?P<n>\d+)(?![\d.,])|(?P<d>" + _SPOKEN_DIGIT
                              + r"(?:[-\s]" + _SPOKEN_DIGIT + r")*)(?![a-z])))")
# Digits after a spelled point are decimals, never a number of their own.
_AFTER_POINT_RE = _Pattern(r"(?ai:\bpoint[-\s]$)")
_GLUED_SENTENCE_RE = _Pattern(r"[a-z]\.(?=[A-Z])")
_ONE_OF_RE = _Pattern(r"(?ai:" + _ONE_OF + r")")
_AFTER_ONE_OF_RE = _Pattern(r"(?ai:\s*(?:$|[^\w\s-]|(?:" + alternation(L.AFTER_ONE_OF) + r")\b))")

# Where an amount in English words can start ("multi-", "several", "half a ", "half-" before a
# place word as in "a half-billion-dollar deal", "a ", a number word): one alternative, shared by
# the text's reader and the lenient one.
_ENGLISH_START = (
    r"(?ai:\bmulti(?=-?(?:million|billion|trillion)))"
    r"|(?ai:\b(?:several|a few|tens of|hundreds of|thousands|millions|billions|trillions"
    r"|half an? |half-(?=thousand|million|billion|trillion)"
    r"|an? (?=thousand|million|billion|trillion|" + _ONE_OF + r")|"
    + alternation(list(L.ENGLISH_UNITS) + list(L.ENGLISH_TENS)) + r")\b)")

# A digit glued to a letter prefix ending in a small letter ("Won207bn"); the prefix must be
# followed by a place word (`_place_needed`), so "Won2" stays a name.
_GLUED_LETTER_DIGIT = "".join(rf"|(?<=(?<![A-Za-z]){re.escape(w)})\d" for w, (_, place)
                              in L.LETTER_PREFIX.items() if place and w[-1].islower())

# Where an amount can start: a digit not inside a word or number, a sign, a Sino-Korean numeral
# or a native count at the start of a word, 수 before a place word, 절반, or English words.
_CANDIDATE_RE = _Pattern(
    # The leading lookahead lets the engine skip, in C, every character no amount starts with.
    r"(?=[0-9수절" + _SINO + "萬億兆京한두세네다여아열스sSaAtThHmMbBoOfFeEnNhH])(?:"
    r"(?<![a-z0-9.,])\d"
    + _GLUED_LETTER_DIGIT +
    rf"|(?<![가-힣\d])(?=[{_SINO}{_POINT}영공]*[십백천만억조경萬億兆京])[{_SINO}萬億兆京]"
    rf"|(?<![가-힣])(?=[{_HD}](?:[{_POINT}][영공{_HD}]+)?(?:{_HANGUL_CUR}))[{_HD}]"
    r"|(?<![가-힣])수(?=[십백천]?[만억조경십백천]|\s[만억조경])"
    r"|(?<![가-힣])절반"
    r"|(?<![가-힣])(?=(?:" + alternation(L.NATIVE_NUMBERS) + r")\s?(?:"
    + alternation(L.NATIVE_COUNTERS) + r"))"
    r"|" + _ENGLISH_START + r")")


def _piece(text: str) -> tuple[Decimal, int]:
    """A digit string or Hangul digit (with 점 decimals): value and exponent of its last digit."""
    if text[0].isdigit():
        d = Decimal(text.replace(",", ""))
        return d, min(d.as_tuple().exponent, 0)
    whole = L.HANGUL_DIGITS[text[0]]
    if len(text) > 1:   # 일점오, 일쩜이삼
        frac = "".join(str(L.HANGUL_DIGITS[c]) for c in text[2:])
        return Decimal(f"{whole}.{frac}"), -len(frac)
    return Decimal(whole), 0


def _group(m: re.Match) -> tuple[Decimal, int, bool]:
    """Value, exponent of the last stated digit, and whether Hangul digits were used."""
    k, ku, h, hu, t, tu, o = m.groups()
    if ku is None and hu is None and tu is None:   # plain digits: the common case
        if o is None:
            return Decimal(0), 0, False
        v, e = _piece(o)
        return v, e, not o[0].isdigit()
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
    return bool(_currency_after(s, i, False) or _COUNTER_RE.match(s, i) or _PER_AFTER_RE.match(s, i))


def _particle_ok(rest: str) -> bool:
    """What follows a glued unit is nothing, a non-letter, or a particle ("원이", "원대")."""
    return not rest or not _HANGUL.match(rest) or bool(_PARTICLE_RE.match(rest))


_AFTER_WINDOW = 48
_after_memo: dict = {}


def _currency_after(s: str, pos: int, hangul_num: bool, magnitude: bool = True):
    """The currency written after a number: (code, end, scale) or None. Whole words only.

    The answer depends only on the next few dozen characters, and news repeats them (" 달러",
    " 원이"), so it is remembered per window of text; a window that ends inside a word is not."""
    window = s[pos:pos + _AFTER_WINDOW]
    if len(window) == _AFTER_WINDOW and (window[-1].isalnum() or window[-1] in ".'’"):
        return _currency_after_at(s, pos, hangul_num, magnitude)
    key = (window, hangul_num, magnitude)
    hit = _after_memo.get(key, False)
    if hit is False:
        hit = _currency_after_at(window, 0, hangul_num, magnitude)
        if len(_after_memo) >= 4096:
            _after_memo.clear()
        _after_memo[key] = hit
    return None if hit is None else (hit[0], hit[1] + pos, hit[2])


# A currency word an editor puts in brackets after a number inside a quotation ("a
# multibillion (dollar) investment", "$5 billion [won]"): the word alone between the brackets.
_BRACKETED_WORD_RE = _Pattern(r" ?[(\[](?P<w>[A-Za-z]+)[)\]]")


def _currency_after_at(s: str, pos: int, hangul_num: bool, magnitude: bool = True):
    """`_currency_after` itself, unremembered."""
    if (b := _BRACKETED_WORD_RE.match(s, pos)) and not hangul_num:
        # Only after a place word ("5 billion (won)"): after a bare number the bracket is as
        # often a verb or a note ("7 (won) and 3 (lost)"). The word is read whole, as any is.
        inner = _currency_after_at(s[:b.end("w")], b.start("w"), False, magnitude) \
            if magnitude else None
        return None if inner is None else (inner[0], b.end(), inner[2])
    j = pos + 1 if s.startswith(" ", pos) else pos
    c = s[j:j + 1]
    if "가" <= c <= "힣" or c in ("弗", "円"):   # Korean: the names that begin so, longest first
        for key in _KO_BY_FIRST.get(c, ()):
            if not s.startswith(key, j):
                continue
            code = _WORDS.get(key) or _SHARED[key]
            k = len(key)
            rest = s[j + k:j + k + 4]
            if key in L.SHORT_CURRENCY or len(key.replace(" ", "")) == 1:
                if not _particle_ok(rest) or (key == "동" and not magnitude) or key == "전":
                    continue
            elif key not in _NEWS_KO and not _particle_ok(rest):
                if rest[:1] != "화" or not _particle_ok(rest[1:]):
                    continue   # "5시리즈": a name inside a longer word
                k += 1         # "300억 루블화": the currency's own name
            return code, j + k, alone_scale(key)
        return None
    if not c or c in _NOT_UNIT_START and not (c == "-" and "a" <= s[j + 1:j + 2].lower() <= "z"):
        return None
    m = _TOKEN_RE.match(s, pos)
    if m is None:
        return None
    if m.group("of") and not magnitude:
        return None
    sym = m.group("sym")
    if sym is not None:
        if sym == "¢":   # "10¢": cents of the dollar
            return "USD", m.end(), SUBUNITS[sym][1]
        code = _SIGNS.get(sym)
        return (code, m.end(), 1.0) if code and code != "VND" or (code and magnitude) else None
    ko = m.group("ko")
    if ko is not None:
        if m.group("of"):
            return None
        start = m.start("ko")
        for k in range(min(len(ko), _KO_NAME_MAX), 0, -1):
            key = ko[:k]
            code = _WORDS.get(key) or _SHARED.get(key)
            if code is None or key.endswith(" "):
                continue
            rest = s[start + k:start + k + 4]
            if key in L.SHORT_CURRENCY or len(key.replace(" ", "")) == 1:
                if not _particle_ok(rest) or (key == "동" and not magnitude) or key == "전":
                    continue
            elif key not in _NEWS_KO and not _particle_ok(rest):
                if rest[:1] != "화" or not _particle_ok(rest[1:]):
                    continue
                k += 1
            return code, start + k, alone_scale(key)
        return None
    lat = m.group("lat")
    start = m.start("lat")
    if (glued := _GLUED_SENTENCE_RE.search(lat)):
        lat = lat[:glued.start() + 2]   # "dollars.The": a sentence end whose space was lost
    words = lat.split(" ")
    for k in range(len(words), 0, -1):
        phrase = " ".join(words[:k])
        end = start + len(phrase)
        if end < len(s) and s[end] in "'’" and end + 1 < len(s) and s[end + 1].isalpha():
            continue   # "won't"
        for cand, cend in ((phrase, end), (phrase.rstrip("."), start + len(phrase.rstrip(".")))):
            if not cand:
                continue
            if k == 1 and len(cand) == 3 and (cand.isupper() and cand in _CODES
                                              or cand in _LOWER_CODES):
                if hangul_num and not m.group("sp"):
                    return None
                return ("CNY" if cand.lower() == "rmb" else cand.upper()), cend, 1.0
            code = _WORDS.get(cand.casefold()) or _SHARED.get(cand.casefold())
            if code is not None:
                return code, cend, alone_scale(cand.casefold())
    return None


class _Number:
    __slots__ = ("value", "place", "end", "big", "hangul", "magnitude_word", "vague", "low",
                 "high", "yeo", "bare", "words", "compound")

    def __init__(self, value, place, end, big, hangul, magnitude_word, vague=False, low=None,
                 high=None):
        self.value, self.place, self.end, self.big = value, place, end, big
        self.hangul, self.magnitude_word, self.vague = hangul, magnitude_word, vague
        self.low, self.high = low, high
        self.yeo = self.bare = self.words = self.compound = False


def _big_ok(s: str, k: int) -> bool:
    """A place word written after a space ("5 억 달러") must not begin another word ("5 조사")."""
    nxt = s[k + 1] if k + 1 < len(s) else ""
    return not _HANGUL.match(nxt) or nxt in "원달엔위유파불여대명개" or s.startswith("단위", k + 1)


def _place_after(s: str, j: int) -> tuple[int | None, int, bool]:
    """The place word after a group at j, allowing 여 ("30여억") and one space ("5 억"):
    (its power of ten, the position after it, whether 여 was written)."""
    n = len(s)
    if j >= n:
        return None, j, False
    c = s[j]
    if c in _BIG:
        return _BIG[c], j + 1, False
    if c != "여" and c != " ":
        return None, j, False
    k, yeo = j, False
    if k < n and s[k] == "여":
        k, yeo = k + 1, True
    spaced = k < n and s[k] == " "
    if spaced:
        k += 1
    if k < n and s[k] in _BIG and (not spaced or _big_ok(s, k)):
        return _BIG[s[k]], k + 1, yeo
    return None, j, False


_ORDINAL_RE = _Pattern(r"(?<![가-힣])제$")


def _read_korean(s: str, i: int) -> _Number | None:
    """Digits or Sino-Korean numerals with place words (만 억 조 경), possibly mixed and spaced."""
    n = len(s)
    total = Decimal(0)
    place = None
    last_big = 99
    pos = i
    hangul = yeo = False
    bare = True
    while True:
        m = _GROUP_RE.match(s, pos)
        gend = m.end()
        if gend > pos:
            big, nxt, y = _place_after(s, gend)
        else:
            big = _BIG.get(s[gend]) if gend < n else None
            nxt, y = gend + 1, False
        if gend == pos and big is None:
            break
        if gend > pos:
            gval, gplace, gh = _group(m)
            bare = False
        else:
            gval, gplace, gh = Decimal(1), 0, True   # "만 명": the place word alone means one
        if big is None:
            if place is None:
                total, place, pos, hangul = gval, gplace, gend, gh
            break
        if place is None and big == _BIG["조"] and _ORDINAL_RE.search(s, max(0, i - 2), i):
            return None   # 제109조: a law's article, not 109 trillion
        if big >= last_big:
            break
        total += gval.scaleb(big)
        place, last_big, hangul, yeo = gplace + big, big, hangul or gh, yeo or y
        pos = nxt
        k = pos + 1 if pos < n and s[pos] == " " else pos
        m2 = _GROUP_RE.match(s, k)
        e2 = m2.end()
        if e2 > k:
            b2, _, _ = _place_after(s, e2)
            if b2 is not None and b2 < last_big:
                pos = k
                continue
            glued = k == pos and s[k].isdigit()   # "7만7000", "3만3천"
            if b2 is None and (glued or _unit_follows(s, e2)):  # a plain last group: "3만 5000원"
                gval, gplace, gh = _group(m2)
                total += gval
                place, pos, hangul = gplace, e2, hangul or gh
                bare = False
        break
    if place is None:
        return None
    num = _Number(total, place, pos, last_big if last_big != 99 else None, hangul,
                  last_big != 99)
    num.yeo, num.bare = yeo, bare and last_big != 99
    return num


def _read_vague(s: str, i: int) -> _Number | None:
    """수십억, 수조, several billion, billions of: an unstated digit, as a range."""
    if s.startswith("수", i):
        j = i + 1
        if s.startswith(" ", j) and j + 1 < len(s) and s[j + 1] in _BIG and _big_ok(s, j + 1):
            j += 1   # "수 조 원": the same vague count, spaced
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
    elif m.group("multi"):   # multibillion: several billions
        place = L.ENGLISH_PLACES[m.group("mplace").lower()]
        lo, hi = L.ENGLISH_VAGUE["multi"]
    else:
        place = L.ENGLISH_PLACES[m.group("place").lower()]
        lo, hi = L.ENGLISH_VAGUE[" ".join(m.group("vague").lower().split())]
    unit = 10.0 ** place
    return _Number(Decimal(str((lo + hi) / 2)).scaleb(place), place, m.end(), None, False, True,
                   True, lo * unit, hi * unit)


def _read_words(s: str, i: int) -> _Number | None:
    """English number words: "five million", "two and a half billion", "a billion", "half a"."""
    m = _ENG_WORDS_RE.match(s, i)
    if m is None or m.end() == i:
        return None
    g = m.group
    if g("tens"):
        value = L.ENGLISH_TENS[g("tens").lower()] + (L.ENGLISH_UNITS[g("tunit").lower()]
                                                    if g("tunit") else 0)
    elif g("unit"):
        value = L.ENGLISH_UNITS[g("unit").lower()]
    else:
        value = None
    if (g("a") or g("half")) and value is not None:
        return None
    if value is None:
        if g("a") and not g("half") and not g("place") and not g("hundred") and \
                not g("andhalf") and (one := _ONE_OF_RE.match(s, m.end())) and \
                _AFTER_ONE_OF_RE.match(s, one.end()):
            num = _Number(Decimal(1), 0, m.end(), None, False, False)   # "a dollar": one
            num.words = True
            return num
        if not g("a") and not g("half") or not g("place") or g("hundred") or g("andhalf"):
            return None
        value = 1
    step = Decimal(1)
    v = Decimal(value)
    if g("hundred"):
        v, step = v * 100, Decimal(100)
    if g("andhalf"):
        v, step = v + Decimal("0.5"), Decimal("0.1")
    if g("half"):
        v, step = Decimal("0.5"), Decimal("0.1")
    place = L.ENGLISH_PLACES[g("place").lower()] if g("place") else 0
    num = _Number(v.scaleb(place), step.adjusted() + place, m.end(), place or None, False,
                  bool(place))
    num.words = True
    num.compound = bool(g("hy")) or (g("half") or "").endswith("-")
    if not place and step == 1:   # "one-point-03 trillion"
        end = num.end
        _spoken_point(s, num)
        if num.end != end:
            _english_place(s, num)
    return num


def _read_number(s: str, i: int) -> _Number | None:
    c = s[i]
    num = None
    if c in "수sStTmMhHbBaA":
        num = _read_vague(s, i)
    if num is None and not c.isdigit() and c.isascii():
        return _read_words(s, i)
    if c.isdigit() and (_malformed(s, i) is not None or _AFTER_POINT_RE.search(s, max(0, i - 6), i)
                        or _EXPONENT_BEFORE_RE.search(s, max(0, i - 3), i)):
        return None
    if num is None:
        num = _read_korean(s, i)
    if num is None or num.big is not None or num.hangul:
        return num
    _spoken_point(s, num)
    _english_place(s, num)
    if num.big is None and (_GLUED_PLACE_RE.match(s, num.end) or _CAPITALS_PLACE_RE.match(
            s, num.end) and _CAPITALS_RUN_RE.match(s, num.end).group(1) not in _CODES):
        return None
    return num


def _spoken_point(s: str, num: _Number) -> None:
    """Add the decimals of a spelled point after a whole number ("17-point-three": 17.3)."""
    if num.place != 0 or not s.startswith("point", num.end + 1):
        return
    p = _SPOKEN_POINT_RE.match(s, num.end)
    if p is None:
        return
    digits = p.group("n") or "".join(
        str(L.ENGLISH_DIGITS[d.lower()]) for d in re.split(r"[-\s]", p.group("d")))
    num.value += Decimal("0." + digits)
    num.place, num.end = -len(digits), p.end()


def _english_place(s: str, num: _Number) -> None:
    """Scale by an English place word right after the number ("5 billion", "$3bn")."""
    m = _ENG_PLACE_RE.match(s, num.end)
    if m and m.group("glued") and (m.group("glued").casefold() in _WORDS
                                   or m.group("glued") in _CODES):
        return      # "5 lakhRupees", "5 millionUSD": a unit glued on, not the next sentence
    if m:
        word = m.group("word") or m.group("letter")
        place = L.ENGLISH_PLACES.get(word, L.ENGLISH_PLACES.get(word.lower()))
        num.value = num.value.scaleb(place)
        num.place += place
        num.end = m.end()
        num.magnitude_word = True
        num.big = place
        if num.vague:   # "several thousand billion": the range scales too
            num.low, num.high = num.low * 10.0 ** place, num.high * 10.0 ** place


# _prefix looks back at most 5 x 24 characters plus 32: a window of 160 holds all it can see.
_PREFIX_WINDOW = 160
_prefix_memo: dict = {}


def _prefix(s: str, start: int):
    """Currency sign or code, sign, hedge and per-period words written before the number.

    Remembered per window of preceding text, which news repeats ("약 ", "총 ", "more than ")."""
    if start == 0:
        return 0, None, None, None, None, None
    window = s[max(0, start - _PREFIX_WINDOW):start]
    hit = _prefix_memo.get(window)
    if hit is None:
        hit = _prefix_at(window, len(window))
        hit = (hit[0] - len(window),) + hit[1:]
        if len(_prefix_memo) >= 4096:
            _prefix_memo.clear()
        _prefix_memo[window] = hit
    return (start + hit[0],) + hit[1:]


def _code_agrees(code: str, currency: str, bare: bool = True) -> bool:
    """True when a code and the currency read beside it name one currency: the same, or, beside a
    bare dollar (read as USD: "$", "dollars"), any dollar's code ("CAD $5 million", "CAD 5
    dollars"); the code, the more exact, says which dollar. A sign that names the US ("US$") is
    not bare."""
    return code == currency or bare and currency == "USD" and code in _DOLLARS


def _code_names_sign(code: str, sign: str) -> bool:
    """True when a code written before a sign names its currency: the sign's own ("EUR €5"), or
    one of the dollars a bare "$" may be (`_code_agrees`)."""
    return code in _CODES and _code_agrees(code, _SIGNS[sign], sign == "$")


def _prefix_at(s: str, start: int):
    """`_prefix` itself, unremembered."""
    left, currency, hedge, hedge_kind, per, sign = start, None, None, None, None, None
    by_sign = None
    for _ in range(5):
        pre = s[max(0, left - 24):left]
        last = pre.rstrip()[-1:]
        if not last or last not in _PREFIX_LAST:
            break
        m = None
        if by_sign and "A" <= last <= "Z" and (m := _CODE_BEFORE_RE.search(pre)) and \
                _code_names_sign(m.group("code"), by_sign):
            currency, by_sign = m.group("code"), None   # "USD $1.0 billion", "AUD $5 million"
            left -= len(pre) - m.start()
            continue
        m = None
        if currency is None and sign is None:
            if last in _SIGN_LAST and (m := _SIGN_BEFORE_RE.search(pre)):
                currency = _SIGNS[m.group("sign")]
                by_sign = m.group("sign")
            elif "A" <= last <= "Z" and (m := _CODE_BEFORE_RE.search(pre)) and \
                    m.group("code") in _CODE_WORDS:
                currency = _CODE_WORDS[m.group("code")]
            elif last in _LETTER_LAST and (m := _LETTER_BEFORE_RE.search(pre)):
                currency = L.LETTER_PREFIX[m.group("l")][0]   # "Rs 20", "RM 42", "W7.4trn"
            else:
                m = None
        if m is None and last not in _WORD_LAST:
            break
        elif m is None and sign is None and hedge is None and last in _MINUS_LAST and \
                (m := _MINUS_RE.search(pre)):
            sign = m.group("m") or m.group("t") or m.group("w")
        elif m is None and hedge is None and (m := _HEDGE_BEFORE_RE.search(pre)):
            hedge = m.group("h")
            hedge_kind = _hedge_kind_at(s, left, pre, m)
            at = left - (len(pre) - m.start())
            before = s[max(0, at - 8):at]
            if hedge_kind is None or hedge.lower() in L.HEDGE_VERB_ADJECTIVES and \
                    _ADJECTIVE_BEFORE_RE.search(s[max(0, at - 12):at]):
                hedge, hedge_kind, m = None, None, None
                break
            if hedge_kind in ("at_least", "at_most") and _NOT_BEFORE_RE.search(before):
                # "not over $5B": a negated bound is the other bound.
                hedge_kind = "at_most" if hedge_kind == "at_least" else "at_least"
                hedge = before[_NOT_BEFORE_RE.search(before).start():] + hedge
                left -= len(before) - _NOT_BEFORE_RE.search(before).start()
        elif m is None and per is None and (m := _PER_BEFORE_RE.search(pre)):
            per = L.PER_BEFORE[m.group("p")]
        elif m is None and (outer := _bound_over_about(s, left, pre, hedge_kind)):
            m, kind = outer
            hedge, hedge_kind = pre[m.start("h"):] + hedge, kind
        elif m is None:
            break
        left -= len(pre) - m.start()
    return left, currency, hedge, hedge_kind, per, sign


def _hedge_kind_at(s: str, left: int, pre: str, m: re.Match) -> str | None:
    """The bound a hedge word matched by `m` in `pre` (the text of `s` ending at `left`) gives,
    or None when it is no hedge word or a bound word after a scope of record ("역대 최대", "국내
    최대"): there it names a superlative, not a bound. An about is no superlative: in "역대 최대 약
    3조원" the record drops 최대's cap, and the 약 after it still rounds the amount."""
    hedge = m.group("h")
    kind = L.HEDGE_BEFORE.get(hedge.lower()) or L.HEDGE_BEFORE.get(
        " ".join(hedge.replace("-", " ").split()).lower())
    at = left - (len(pre) - m.start())
    if kind is None or kind in ("at_least", "at_most") and \
            _RECORD_BEFORE_RE.search(s, max(0, at - _RECORD_REACH), at):
        return None
    return kind


def _bound_over_about(s: str, left: int, pre: str, inner: str | None) -> tuple[re.Match, str] | None:
    """A bound word written before an about ("최대 약 2억 달러", "up to about $2 billion"): the
    writer caps (or floors) a rounded figure, and the bound is what the amount says. Its match in
    `pre` (the text ending at `left`) and its kind, or None; not a superlative's ("역대 최대 약")."""
    if inner not in WIDENING_HEDGES or not (m := _HEDGE_BEFORE_RE.search(pre)):
        return None
    kind = _hedge_kind_at(s, left, pre, m)
    return (m, kind) if kind in ("at_least", "at_most") else None


def _read_at(s: str, i: int, lenient: bool = False, allow_range: bool = True,
             prefix: bool = True) -> Amount | None:
    """Read the amount whose number starts at `i`, with its prefixes and suffixes; None if none."""
    c = s[i]
    if c in "한두세네다여일아열스":
        nat = _NATIVE_RE.match(s, i)
        if nat:
            num = _Number(Decimal(L.NATIVE_NUMBERS[nat.group("n")]), 0, nat.start("c"), None,
                          True, False)
            return _finish(s, i, num, True, False, prefix)
    if c == "절" and s.startswith("절반", i):
        return _share(s, i, i + 2, Decimal(50), prefix)
    if c.isdigit() and "분의" in s[i + 1:i + 7] and (m := _FRACTION_RE.match(s, i)) and int(m.group("d")) > 0 and \
            int(m.group("n")) <= int(m.group("d")):
        value = Decimal(100) * int(m.group("n")) / int(m.group("d"))
        return _share(s, i, m.end(), value, prefix)
    num = _read_number(s, i)
    return None if num is None else _finish(s, i, num, lenient, allow_range, prefix)


def _share(s: str, start: int, end: int, value: Decimal, prefix: bool) -> Amount:
    """절반, 3분의 1: a share, stated exactly, in percent."""
    left, _, hedge, hedge_kind, _, _ = _prefix(s, start) if prefix else (start, 0, 0, 0, 0, 0)
    hedges = [hedge] if hedge else []
    pos = end
    if (m := _HEDGE_AFTER_RE.match(s, pos)):
        hedge_kind = hedge_kind if hedge_kind not in (None, *WIDENING_HEDGES) else \
            L.HEDGE_AFTER[m.group("h")]
        hedges.append(m.group("h"))
        pos = m.end()
    v = float(value)
    low, high = interval(v, 0.0, bound_of(hedge_kind), hedge_kind)
    return Amount(s, left if hedge else start, pos, v, "percent", None, 0.0,
                  " ".join(hedges) or None, bound_of(hedge_kind), low, min(high, 100.0)
                  if hedge_kind != "at_least" else 100.0, None, False, False)


_BULLETS = "△▽▼▲"
# A mark before a word: one pattern per mark, compiled on first use (bullets are rare).
_BULLET_WORD_RE: dict[str, re.Pattern] = {}
_HANGUL_DIGIT_RE = _Pattern(rf"[{_HD}](?:[{_POINT}][영공{_HD}]+)?")
_PLACE_NEEDED = {w: code for w, (code, place) in L.LETTER_PREFIX.items() if place}
_MONEY_BEFORE = {w: re.compile(r"(?i:\b(?:" + "|".join(map(re.escape, words)) + r"))\s+$")
                 for w, words in L.LETTER_PREFIX_MONEY_BEFORE.items()}


def _place_needed(s: str, start: int) -> str | None:
    """The currency of a letter prefix just before `start` that is money only with a place word
    after its number ("W7.4trn", "Won207bn"), glued or one space away; None when none is there."""
    before = s[max(0, start - 8):start].rstrip()
    for word, code in _PLACE_NEEDED.items():
        if before.endswith(word) and not before[:-len(word)][-1:].isalpha():
            return code
    return None


def _money_word_before(s: str, left: int, hedge: str | None) -> bool:
    """Whether a letter prefix that is as often an abbreviation (`L.LETTER_PREFIX_MONEY_BEFORE`:
    "the QR 2bn upgrade") stands where an amount does: after a hedge ("over QR70bn") or after
    one of its listed words ("a cost of QR 1.2 billion"). Other prefixes need nothing."""
    if hedge is not None:
        return True
    for word, before in _MONEY_BEFORE.items():
        if s.startswith(word, left):
            return before.search(s, max(0, left - 24), left) is not None
    return True


def _is_bullet(s: str, left: int, start: int, mark: str) -> bool:
    """△ as a list bullet, not a minus: its line also puts it before a word ("△매출 3조원"), or
    it opens the line with a space after it ("△ 3조원")."""
    line_start = s.rfind("\n", 0, left) + 1
    line_end = s.find("\n", start)
    word = _BULLET_WORD_RE.get(mark)
    if word is None:
        word = _BULLET_WORD_RE[mark] = re.compile(mark + r"\s?[가-힣A-Za-z]")
    if word.search(s, line_start, line_end if line_end >= 0 else len(s)):
        return True
    return not s[line_start:left].strip() and s[left + 1:left + 2] == " "


def _finish(s: str, start: int, num: _Number, lenient: bool, allow_range: bool,
            prefix: bool = True) -> Amount | None:
    left, currency, hedge, hedge_kind, per, sign = _prefix(s, start) if prefix else \
        (start, None, None, None, None, None)
    if sign is not None and sign in _BULLETS and _is_bullet(s, left, start, sign):
        left, sign, hedge, hedge_kind = start, None, None, None
    if currency is not None and not num.magnitude_word and _place_needed(s, start) == currency:
        return None   # "W7" is a name and "Won 3 games" a verb; "W7.4trn", "Won207bn" are won
    if currency is not None and not _money_word_before(s, left, hedge):
        return None   # "the QR 2bn upgrade": a code's name; "over QR70bn" is riyals
    if currency is not None and prefix and _code_is_a_name(s, start, num, currency):
        return _finish(s, start, num, lenient, allow_range, prefix=False)
    hedges = [hedge] if hedge else []
    pos = num.end
    after_kind = None
    if num.yeo:
        after_kind = "at_least"
        hedges.append("여")
    n = len(s)
    m = _YEO_RE.match(s, pos) if pos < n and s[pos] == "여" else None  # "130억여 달러"
    if m and after_kind is None:
        after_kind, pos = "at_least", m.end()
        hedges.append("여")
    found = _currency_after(s, pos, num.hangul, num.magnitude_word) if currency is None else None
    options = ()
    if found is not None:
        if num.hangul and not num.magnitude_word and _HANGUL_DIGIT_RE.fullmatch(s, start, num.end) \
                and not (found[1] - pos <= 4 and _HANGUL_NUM_CUR_RE.match(s, pos)):
            return None   # "사원", "이유로", "이 달러": a lone Hangul digit is money only glued
        if type(found[0]) is tuple:   # "5 dinars": money whose currency the name leaves open
            options, found = found[0], (None, found[1], found[2])
    elif num.compound:
        return None   # "a two-million-strong crowd", "five-billion-year-old": no currency after
    if num.compound and allow_range and \
            _COMPOUND_AFTER_END_RE.search(s, max(0, start - 16), start):
        return None   # "a five- or six-billion-dollar loss": not six billion, exact
    doubt = None
    if num.compound and s[pos:found[1]].strip(" -").lower() in L.COMPOUND_NOUN_CURRENCY_WORDS:
        doubt = (f"{s[pos:found[1]].strip(' -')!r} in a hyphenated compound is also a noun of "
                 "weight or of a threshold, not only a currency")
    if allow_range and not num.vague and sign is None and not options:
        joined = _range(s, left, start, num, pos, currency, lenient, hedge, hedge_kind, found)
        if joined is MALFORMED_END:
            return None
        if joined is not None:
            return joined
    unit = currency
    scale = 1.0
    band = None
    if found is not None:
        currency = unit = found[0]
        scale = found[2]
        pos = found[1]
        # The space before a spaced band's 대 is its own only when the band is read ("30센트 대를"
        # is no band: its span ends at 센트).
        band_at = pos + 1 if _SPACED_BAND_RE.match(s, pos) else pos
        if band_at < n and (b := _BAND_RE.match(s, band_at)) and scale == 1.0:
            band, pos = b, b.end() if b.group("part") else b.start() + 1
    elif currency is None and num.bare and (b := _BAND_RE.match(s, pos)) and not b.group("part"):
        band, pos = b, b.start() + 1       # 억대: a magnitude, 1억 to under 10억
    elif currency is None and num.magnitude_word and num.value >= L.BAND_NOT_COUNT_FROM and \
            (b := _BAND_RE.match(s, pos)):
        # 1조대: [1조, 2조), as 1조원대 is; no machine or vehicle counter runs to the trillions.
        band, pos = b, b.end() if b.group("part") else b.start() + 1
    elif currency is None and num.bare and (u := _UNIT_WORD_RE.match(s, pos)):
        pos = u.end()                      # 조 단위: in the trillions
        band = u
    elif currency is None and (m := _COUNTER_RE.match(s, pos)):
        counter = m.group("c")
        rest = s[m.end():m.end() + 4]
        if not counter.isascii() and not _particle_ok(rest) and counter not in ("%", "％"):
            if not (counter == "일" and rest[:1] in "간째"):
                return _finish_plain(s, left, start, num, pos, hedges, hedge_kind, after_kind,
                                     sign, lenient)
        if num.bare and (m.start() == pos or not counter.isascii() and counter != "명"):
            return None   # 조달 ("financing"): a bare place word never takes a glued counter
        if counter == "년" and num.place == 0 and 1000 <= num.value <= 2999 and not \
                re.match(r"\s?(?:간|동안)", s[m.end():m.end() + 3]):
            return None  # a year such as 2019년, not a duration
        if counter == "일" and (_DATE_BEFORE_RE.search(s[max(0, start - 8):start])
                               or re.match(r"\s?\(현지", s[m.end():m.end() + 4])
                               or (num.place == 0 and num.value <= 31
                                   and not _DAY_SPAN_AFTER_RE.match(s, m.end()))):
            return None  # a day of the month: 10월 23일, 23일(현지 시간), 26일 보도했다
        unit, pos = L.COUNTERS[counter], m.end()
    # A sign's amount looks up the currency after its number once, for a code that repeats or
    # names its dollar and for a word that names another currency.
    after = _currency_after(s, pos, False) if found is None and currency is not None else None
    if after is not None and s.startswith(" ", pos) and s[pos + 1:pos + 2].isupper() and \
            after[2] == 1.0:
        if after[0] == currency:
            pos = after[1]   # "$600 million USD": the code repeats the sign's currency
            after = _currency_after(s, pos, False)
        elif after[0] in L.LOCAL_DOLLARS and bare_dollar(s[left:pos], s[max(0, left - 6):left]):
            # "$5 AUD": a bare "$" is whichever dollar the code after it names.
            currency = unit = after[0]
            pos = after[1]
            after = _currency_after(s, pos, False)
    two = _two_currencies(s, left, start, pos, currency, after) if after is not None else None
    if two is not None:
        currency = unit = two.read_as
        pos = after[1]
    if currency is None and start > 0 and s[start - 1] == "제":
        return None   # 제3회, 제2차: an ordinal, not a quantity
    if num.hangul and unit is None and band is None and (not lenient or _HANGUL.match(s, num.end)):
        return None  # a number in Hangul needs a unit, or must stand alone ("일점오", not "오픈")
    if num.words and currency is None and not num.magnitude_word:
        return None  # "one day", "ten of them": English words count as money only
    if num.bare and unit is None and band is None:
        return None  # a lone place word (만약, 억울) is not a number
    if scale == 1.0:
        value, precision = num.value, Decimal(1).scaleb(num.place)
    else:
        value = num.value * _CENT
        precision = Decimal(1).scaleb(num.place) * _CENT
    if pos >= n:
        return _noted(_build(s, left, pos, num, value, precision, unit, currency, hedges,
                             hedge_kind, after_kind, per, sign, band), options, doubt, two)
    if currency is not None and scale == 1.0 and (c := _SUBUNIT_AFTER_RE.match(s, pos)) and \
            ((w := c.group("w")) != "c" or not c.group("sp")) and \
            (w.isascii() or _particle_ok(s[c.end():c.end() + 4])):
        code, frac = SUBUNITS[w.lower()]
        if code in (None, currency):   # "12 달러 50 센트": the cents belong to the amount
            cents = c.group("n")
            cents = Decimal(cents) if cents[0].isdigit() else _group(_GROUP_RE.match(cents))[0]
            value += cents * Decimal(str(frac))
            precision, pos = Decimal(str(frac)), c.end()
    if per is None and unit is not None and (m := _PER_AFTER_RE.match(s, pos)):
        per, pos = L.PER_AFTER[m.group("p")], m.end()
    elif per is None and unit is not None and num.compound and \
            (m := _PER_AFTER_HYPHEN_RE.match(s, pos)):
        per, pos = L.PER_AFTER[m.group("p").replace("-", " ")], m.end()
    if after_kind is None and (m := _HEDGE_AFTER_RE.match(s, pos)) and \
            not _benchmark_fallen_short_of(s, left, m.group("h")):
        after_kind, pos = L.HEDGE_AFTER[m.group("h")], m.end()
        hedges.append(m.group("h"))
        if after_kind in ("at_least", "at_most") and _NOT_AFTER_RE.match(s, pos):
            return None   # "이상이 아닌": a negated bound we do not guess at
    return _noted(_build(s, left, pos, num, value, precision, unit, currency, hedges, hedge_kind,
                         after_kind, per, sign, band), options, doubt, two)


def _benchmark_fallen_short_of(s: str, left: int, hedge: str) -> bool:
    """"시장 예상치 1조원에 못 미쳤다": the amount is a benchmark another figure falls short of, so
    falling short does not bound the amount itself."""
    return hedge in L.FALLS_SHORT and \
        _BENCHMARK_BEFORE_RE.search(s, max(0, left - _BENCHMARK_REACH), left) is not None


def _noted(built: Amount | None, options, doubt, two: TwoCurrencies | None = None) \
        -> Amount | None:
    """`built` with the currencies its name leaves open, the reader's doubt and its note on two
    currencies written set on it (a fresh Amount, not yet shared)."""
    if options and built is not None:
        built.__dict__["currency_options"] = options
    if doubt and built is not None:
        built.__dict__["doubt"] = doubt
    if two is not None and built is not None:
        built.__dict__["two_currencies"] = two
    return built


# Where a currency word after a number ends its amount: a stop, a comma, a parenthesis, a line's
# end or the text's end. "The $2 billion won approval" keeps "won" a verb: a word follows it.
_AMOUNT_END_RE = _Pattern(r"\s*(?:[(\[（,.;:)]|\n|$)")
# ... and where a currency word that is a verb too ends it: before the conversion a writer
# brackets after the amount ("$4.85 trillion won ($3.54 billion)"), at the text's end (a
# figure's cell is one amount) or its line's (a headline ends so, with no stop, and a body may
# follow it: `$` alone is only the whole text's end), or at its sentence's end ("... hit $13
# trillion won."), where the verb could end a sentence too ("a bid of $5 billion won."). There it
# is read as the word's currency with the record of both, not as the sign's with none: the
# figure's cell keeps the word and is read whole so, and the two_currencies check shows both
# readings against its fact. "$5 billion won, then lost" keeps its verb.
_VERB_AMOUNT_END_RE = _Pattern(r"\s*(?:[(（][^()（）\d]{0,12}\d|\n|$)|\.(?:\s|$)")


def _two_currencies(s: str, left: int, start: int, pos: int, currency: str,
                    other: tuple) -> TwoCurrencies | None:
    """The note on an amount whose sign before the number (`currency`, written from `left` to
    `start`) and whose currency word after it (at `pos`) name two currencies ("$4.85 trillion
    won"); None when they name one, or one dollar the word says which ("$5 Canadian dollars").
    An English word after must end the amount; a Korean word is glued to it ("$50억원"). A code
    after a sign keeps its own rules: it names which dollar ("$5 AUD"), or a short text that
    names two currencies so is refused (`read_amount`). `other` is `_currency_after` at `pos`."""
    if other[2] != 1.0 or other[0] is None or type(other[0]) is tuple or \
            _code_agrees(other[0], currency):
        return None
    word = s[pos:other[1]].strip()
    if word.casefold() in L.PLAIN_DOLLAR_WORDS and currency in _DOLLARS:
        return None     # "A$5 billion dollars": a dollar of no country repeats the sign's
    if word.isascii() and (word.isupper() or not _AMOUNT_END_RE.match(s, other[1])):
        return None     # a code after a sign: the rules of codes ("$5 AUD", "€12 million GBP")
    if word.casefold() in L.VERB_CURRENCY_WORDS and not _VERB_AMOUNT_END_RE.match(s, other[1]):
        return None     # "$5 billion won, then lost": the verb, as a sign and a number read it
    written = s[left:start].split()
    return TwoCurrencies(written[-1] if written else s[left:start], currency, word, other[0])


# A number written with thousands separators ("1,000", "12,500.5"): money more than a count.
_GROUPED_RE = _Pattern(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def _code_is_a_name(s: str, start: int, num: _Number, code: str) -> bool:
    """A capital code before a number that the words after it contradict is a ticker or a name:
    "(AMD 2.44%)", "ARM 400억 달러", "ARM 조합"."""
    m = _CODE_BEFORE_RE.search(s[max(0, start - 4):start])
    if m is None or _CODE_WORDS.get(m.group("code")) != code:
        return False
    if m.group("code") not in _CODES and not num.magnitude_word and \
            not _GROUPED_RE.fullmatch(s, start, num.end):
        return True   # "RMB Holdings said RMB 3", "RMB 2024 results": a word, no ISO code
    if num.bare or s.startswith(("%", "％"), num.end):
        return True
    after = _currency_after(s, num.end, num.hangul, num.magnitude_word)
    if after is None or type(after[0]) is not str or after[0] == code:
        return False
    return not _code_agrees(code, after[0])   # "CAD 5 dollars": the code says which dollar


def _finish_plain(s, left, start, num, pos, hedges, hedge_kind, after_kind, sign, lenient):
    """The number alone, when the word after it is not a unit ("10억 달라", "3분기")."""
    if num.hangul or num.bare or num.words:
        return None
    return _build(s, left, pos, num, num.value, Decimal(1).scaleb(num.place), None, None, hedges,
                  hedge_kind, after_kind, None, sign, None)


def _build(s, left, pos, num, value, precision, unit, currency, hedges, hedge_kind, after_kind,
           per, sign, band) -> Amount | None:
    v, p = float(value), float(precision)
    if not (math.isfinite(v) and math.isfinite(p)):
        return None   # 309 digits and more: beyond what a float holds
    if band is None and not num.vague and not hedges and after_kind is None and sign is None:
        # The common case, exact: [v - u/2, v + u/2] (interval() spelled out, for speed).
        low = v - p / 2.0
        return _amount(s, left, pos, v, unit, currency, p, None, "exact",
                       low if low > 0.0 else 0.0, v + p / 2.0, per, False,
                       num.magnitude_word, None)
    words = " ".join(hedges) or None
    vague = num.vague
    if band is not None:
        # 4조 원대 is [4조, 5조); 억대 and 수천억 원대 are vague: [1, 10) of their place.
        if num.vague or num.bare:
            unit_v = 10.0 ** num.place * (float(value) / float(num.value) if num.value else 1.0)
            low, high, vague = unit_v, 10 * unit_v, True
        else:
            part = band.groupdict().get("part") if band.re is _BAND_RE else None
            a, b = {"초반": (0.0, 0.3), "중반": (0.3, 0.7), "후반": (0.7, 1.0)}.get(part, (0.0, 1.0))
            # The band's step is the last non-zero digit: 6600억원대 is [6600억, 6700억).
            p = float(Decimal(1).scaleb(value.normalize().as_tuple().exponent)) if value else p
            low, high = v + a * p, v + b * p
            if part:
                words = f"{words} 대 {part}" if words else f"대 {part}"
        v = (low + high) / 2
        bound = "range"
    elif vague:
        low, high, bound = num.low * float(value / num.value), num.high * float(
            value / num.value), "range"
    else:
        kind = hedge_kind if hedge_kind else None
        low, high = interval(v, p, bound_of(kind), kind)
        bound = bound_of(kind)
    odd = after_kind == "at_least" and hedges[-1:] == ["여"] \
        and hedge_kind in (None, "approx") and band is None and not vague and value > 0
    if odd:
        # 여 is "and some" below the next step of the last stated digit: 50여 명 is 50 to 60,
        # 9조3천여억 원 is 9조3000억 to 9조4000억; not "any amount above".
        step = float(Decimal(1).scaleb(value.normalize().as_tuple().exponent))
        low, high, bound = v - p / 2.0, v + step, "range"
        if hedge_kind == "approx":
            # "약 6억여 달러": about that range, so neither end is firm: 약 widens both, as it
            # widens a point, and the figure is approximate, not a stated range.
            (low, high), bound = hedged(low, high, "approx"), "approx"
    elif after_kind and (band is None or after_kind in ("at_least", "at_most")):
        # "3조원 가까이": a little under; a hedge before the number already widened it
        if after_kind in ("at_least", "at_most") or not hedge_kind:
            # Of a point, by a share of its value, as a hedge before it widens ("1조원 가량" is
            # "약 1조원"); of a range, by a share of each end.
            low, high = hedged(low, high, after_kind, around=v if bound != "range" else None)
        if bound != "range" or after_kind in ("at_least", "at_most"):
            bound = bound_of(after_kind) if after_kind != "approx" or bound == "exact" else bound
    elif (vague or band is not None) and hedge_kind:
        low, high = hedged(low, high, hedge_kind)
    low = max(low, 0.0)
    if sign in _NEGATIVE:   # a loss: the magnitude's interval, mirrored
        v, low, high = -v, -high, -low
    if not (low <= v <= high):
        return None
    return _amount(s, left, pos, v, unit, currency, p, words, bound, low, high, per, vague,
                   num.magnitude_word, sign, band is not None and band.re is _BAND_RE)


_PREFIX_LAST = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ-−－﹣△▽▼▲스") | {w[-1] for w in _SIGNS} | _LETTER_LAST | {
    w[-1] for w in L.HEDGE_BEFORE} | {w[-1].upper() for w in L.HEDGE_BEFORE} | {
    w[-1] for w in L.PER_BEFORE}
_SIGN_LAST = {w[-1] for w in _SIGNS}
_MINUS_LAST = set("-−－﹣△▽▼▲스")
_WORD_LAST = _PREFIX_LAST - set("ABCDEFGHIJKLMNOPQRSTUVWXYZ") - _SIGN_LAST | _MINUS_LAST | {
    w[-1] for w in L.HEDGE_BEFORE} | {w[-1].upper() for w in L.HEDGE_BEFORE} | {
    w[-1] for w in L.PER_BEFORE}
# "1억에서 2억으로": a change, not a range; the second level's conversion in parentheses may stand
# before the particle ("1억 달러에서 2억 달러(약 2600억원)로 늘었다"). A parenthesis holding a range
# converts both levels ("(약 1300억~2600억원)로"): read as two amounts, its middle would pair with
# the second level at a rate neither level was converted at; the levels stay a range, which it
# restates end to end.
_TO_RE = _Pattern(r"\s?(?:\((?:(?!" + alternation(_RANGE_MARKS) + r")[^()]){1,60}\)\s?)?"
                  r"(?:으로|로)(?![가-힣])")
_RANGE_FIRST = {w[0] for w in (*_RANGE_MARKS, "to", "and")}
_CONN_SIGN_RE = _Pattern(r"(?:" + alternation(_SIGNS) + r")")


_FIELDS = ("text", "start", "end", "value", "unit", "currency", "precision", "hedge", "bound",
           "low", "high", "per", "vague", "magnitude_word", "sign", "band")


def _amount(*values) -> Amount:
    """An Amount, made without the field-by-field setattr of a frozen dataclass's __init__."""
    a = object.__new__(Amount)
    d = a.__dict__
    d.update(zip(_FIELDS, values))
    d["notes"] = ()
    return a


# What `_range` gives for a range whose second end is no number as written (`_malformed`): the
# first end alone would be read as a confident amount the writer did not state.
MALFORMED_END = object()


def _range(s, left, start, num: _Number, pos: int, currency, lenient, hedge=None,
           hedge_kind=None, found=None) -> Amount | None:
    """A range: "1~2조 원", "220억에서 225억 달러", "$1-2 billion", "between $1B and $2B",
    "2만원 - 3만원", "$1bn–$2bn", "from 10 dollars to 20 dollars"."""
    unit_end = pos
    first_cur = currency
    if pos >= len(s) or not (s[pos] in _RANGE_FIRST or s[pos] == " " and
                             s[pos + 1:pos + 2] in _RANGE_FIRST) and found is None:
        return None
    m = _RANGE_RE.match(s, pos)
    if m is None and currency is None:
        if found is not None:   # the unit on both ends: "2만원 - 3만원"
            first_cur, unit_end = found[0], found[1]
            if found[2] != 1.0:
                return None
            m = _RANGE_RE.match(s, unit_end)
    if not m or m.end() >= len(s):
        return None
    conn, pre = m.group("c"), s[max(0, left - 12):left]
    between = _BETWEEN_RE.search(pre)
    if conn == "and" and not between:
        return None
    # "by $2 billion to $9 billion": a change to a level, when the first end is written whole;
    # "by 5 to 10 percent", "by $1 to $2 billion" borrow the second end's unit, a range.
    change = conn == "to" and (currency or found or num.magnitude_word) and \
        _CHANGE_BY_RE.search(s, max(0, left - 24), left)
    j = m.end()
    # "최소 A에서 최대 B", "최소 A~B": the least and the most of one range, not two hedged
    # amounts; the least alone opens the range its connector writes as well.
    floor = hedge_kind == "at_least" and conn in _FLOOR_RANGE_CONN and not between
    ceiling = _HEDGE_AHEAD_RE.match(s, j) if floor else None
    if ceiling:
        j = ceiling.end()
    sign = _CONN_SIGN_RE.match(s, j)
    j2 = sign.end() if sign else j
    if j2 >= len(s):
        return None
    if s[j2].isdigit() and _malformed(s, j2) is not None:
        return MALFORMED_END     # "$1-1.2.3 billion": not $1, whose range was miswritten
    num2 = _read_number(s, j2)
    if change and (num.magnitude_word or num2 is None or not num2.magnitude_word):
        return None
    second = _finish(s, j2, num2, lenient, False, False) if num2 is not None else None
    if second is not None and sign and second.currency is None:
        code = _SIGNS[sign.group(0)]
        second = replace(second, currency=code, unit=code)
    if second is None or second.vague or second.value < 0 or \
            conn in L.CHANGE_FROM_BETWEEN and _TO_RE.match(s, second.end):
        return None
    if first_cur is not None and second.currency is not None and first_cur != second.currency:
        return None
    if unit_end > pos and second.currency is None:
        return None
    value, place = num.value, num.place
    borrows = not num.magnitude_word and num2.magnitude_word and num2.big is not None
    if borrows and float(value.scaleb(num2.big)) <= second.value:
        value, place = value.scaleb(num2.big), place + num2.big   # 1~2조: 1조 to 2조
    elif borrows and float(value) * 10 < second.value:
        return None   # "in 2020 to $6 billion": a year, no end of a range that spans millions
    bare = currency is None and found is None and not num.magnitude_word
    if bare and _MONTH_BEFORE_RE.search(s, max(0, left - 12), left):
        return None   # "on March 5 to $6 billion": a day of a month, not 5 billion
    v1 = float(value)
    low = v1 - float(Decimal(1).scaleb(place)) / 2
    if not math.isfinite(v1) or v1 > second.value:
        return None
    from_ = _FROM_RE.search(pre)
    # "rose from $5 billion to $6 billion": a level and the level after it, when the first is
    # written whole; "from $5 to $6 billion" borrows the second's place, and "ranging from" is a range.
    # A text that is "from X to Y" and nothing else (a figures cell, one amount) names no change:
    # a range.
    alone = not s[:left - len(pre) + from_.start()].strip() and not s[second.end:].strip() \
        if from_ else False
    if from_ and conn == "to" and not bare and place == num.place and not alone and \
            not _RANGE_FROM_RE.search(s, max(0, left - 32), left):
        return None
    if between:
        left -= len(pre) - between.start()
    elif from_ and conn in ("to", "에서", "부터"):
        left -= len(pre) - from_.start()
    high = second.high
    low = max(low, 0.0)
    words = second.hedge
    if words in L.RANGE_NAMED_AFTER and second.bound == "approx":
        # "the $10-$12 range" names the range: its high end as written, not "about $12"
        high, words = second.value + second.precision / 2, None
    if second.band and not words and second.high - second.low == min(second.precision,
                                                                       10.0 ** place):
        # "45~55만원대" is 45만원대 to 55만원대: its low end a band of the same step, from 45만 on
        # (the ranges check reads each end as one step, 45만 to 46만)
        low = v1
    bound = "range"
    if hedge_kind in WIDENING_HEDGES:
        low, high = hedged(low, high, hedge_kind)
        words = f"{hedge} {words}" if words else hedge
    elif floor:
        words = f"{hedge} … {ceiling.group('h')}" if ceiling else hedge
    elif hedge_kind in ("at_least", "at_most"):
        return None   # "more than 1~2억": not a form news writes; refuse rather than guess
    if second.bound in ("at_least", "at_most"):
        bound = second.bound
    mid = (v1 + second.value) / 2
    if not (low <= mid <= high):
        return None
    return Amount(s, left, second.end, mid, second.unit or first_cur,
                  second.currency or first_cur, min(second.precision, 10.0 ** place),
                  words, bound, low, high, second.per, False, True, band=second.band)


_PAREN_CLOSE_HEDGE_RE = _Pattern(
    r"\s?\)\s?(?:이|가|을|를|은|는)?\s?(?P<h>" + _HEDGE_AFTER_WORDS + r")")
# An amount in parentheses right after another, then a hedge that speaks of both.
_PAREN_AMOUNT_HEDGE_RE = _Pattern(
    r"\s?\(\s?[^()]{0,12}?[0-9" + _SINO + r"수][^()]{0,40}\)\s?(?:이|가|을|를|은|는)?\s?(?P<h>"
    + _HEDGE_AFTER_WORDS + r")")


def paren_hedge_end(text: str, end: int) -> int | None:
    """Where the hedge after the parenthesis right after an amount ending at `end` ends
    ("30억 달러(약 4조원) 이상": after 이상), or None when no hedge follows one: the words a
    figure's cell must keep for its amount to read bounded (`read_whole`)."""
    m = _PAREN_AMOUNT_HEDGE_RE.match(text, end)
    return m.end() if m else None


def _paren_hedge(text: str, a: Amount, b: Amount | None = None,
                 both: bool = True) -> tuple[Amount, Amount | None]:
    """"370억 달러(약 53조 원) 이상": the hedge after the parenthesis speaks of both amounts."""
    if b is None:
        close = a.end
        inner_start = text.find("(", close, close + 2)
        if inner_start < 0:
            return a, None
        j = inner_start + (2 if text.startswith(" ", inner_start + 1) else 1)
        while j < len(text) and text[j] not in "0123456789" + _SINO + "$₩€£¥수":
            j += 1
            if j - inner_start > 12:
                return a, None
        if j >= len(text):
            return a, None
        b = _read_at(text, j)
        if b is None:
            return a, None
    between = text[a.end:b.start]
    if not re.fullmatch(r"\s?\(\s?", between):
        return a, b
    m = _PAREN_CLOSE_HEDGE_RE.match(text, b.end)
    if m is None or b.hedge and m.group("h") in b.hedge.split():
        return a, b
    kind = L.HEDGE_AFTER[m.group("h")]
    end = m.end()
    return (with_hedge(a, m.group("h"), kind),
            with_hedge(b, m.group("h"), kind, end=end) if both else b)


@dataclass(frozen=True)
class Garbled:
    """An amount whose place words repeat or stand out of order ("43억7900억원", "$1.2 billion
    million"): no one number."""
    text: str
    start: int
    end: int
    currency: str | None
    unit: str | None
    readings: tuple[tuple[str, float], ...]   # (a reading as text, its value), ascending
    # The reading that keeps every digit in order, the second place word read as the one below
    # the first (43억7900만원): one place word slipped, the likeliest; the amount's value.
    likeliest: float
    # Each reading's (low, high), in the order of `readings`: its text read as a clean amount,
    # so the hedge written around the garbled amount holds for every reading ("약 43억원",
    # "over $1.2 million"), as it does for a clean amount.
    intervals: tuple[tuple[float, float], ...]
    hedge: str | None = None        # the hedge words, as a clean amount keeps them
    # Why it is no one number, after the amount as written in `sentence`.
    why: str = "is no number as written: its place words repeat or stand out of order"
    # Of a range that may have lost a place word (`_range_slip`), the range as written: one of its
    # readings, and the amount it stands for until its fact shows the slip (`checks.garbled`).
    written: Amount | None = field(default=None, compare=False, repr=False)
    # Of such a range, each reading's text and its two ends as stated, without rounding.
    ends: tuple[tuple[str, float, float], ...] = field(default=(), compare=False, repr=False)

    @property
    def span(self) -> str:
        """The garbled amount as written."""
        return self.text[self.start:self.end]

    def sentence(self) -> str:
        """The one wording of a garbled amount: what is written, why it is no number, what it
        may mean."""
        return f"{self.span!r} {self.why}; it may mean {self.says()}"

    def says(self) -> str:
        """The readings in words: "43억원 (4.3 bn), 43억7900만원 (4.379 bn) or 7900억원 (790 bn)"."""
        parts = [f"{t} ({compact(v)})" for t, v in self.readings]
        return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " or " + parts[-1]


class TwoCurrenciesAmount(AmountError):
    """A typed amount whose sign and currency word name two currencies ("$5 billion won"): one
    line that names both, at the word (`read_amount`)."""

    def __init__(self, text: str, amount: Amount) -> None:
        two = amount.two_currencies
        at = amount.start + amount.span.rfind(two.word)
        super().__init__(f"{amount.span!r} writes {two.sign!r} ({two.sign_currency}) before the "
                         f"number and {two.word!r} ({two.read_as}) after it: the text names two "
                         "currencies; write the amount in one", text, at)
        self.amount = amount


class GarbledAmount(AmountError):
    """An amount written garbled (`Garbled`): the error names it, its column and its readings."""

    def __init__(self, garbled: Garbled) -> None:
        super().__init__(garbled.sentence(), garbled.text, garbled.start)
        self.garbled = garbled


def _top_place(s: str, i: int) -> int | None:
    """The power of ten of the first place word of the number at `i` ("7900억": 8)."""
    m = _GROUP_RE.match(s, i)
    return _place_after(s, m.end())[0] if m.end() > i else None


# Two big English place words in a row ("$1.2 billion million"): no number; "a million
# million" (an old British trillion) and a smaller word before a larger ("thousand million")
# are numbers.
# From the English place words (data): a million or more, lower case, more than one letter
# ("$1 billion M&A deal" keeps its "M" apart).
_ENG_BIG = "(?:" + "|".join(sorted((re.escape(w) for w, p in L.ENGLISH_PLACES.items()
                                    if p >= 6 and len(w) > 1 and w.islower()),
                                   key=len, reverse=True)) + ")"
_ENG_LAST_RE = _Pattern(r"(?i:" + _ENG_BIG + r")s?$")
# A place word hyphened to the word after it is the head of a compound adjective of the noun
# that follows ("$2 billion million-dollar homes", "billion-won"), no second place word of the
# amount.
_ENG_STACK_RE = _Pattern(r"\s(?P<w>" + _ENG_BIG + r")s?\b(?!-)")


def _garbled_english(s: str, i: int, first: Amount) -> Garbled | None:
    """`first` (its number at `i`) ending in a big place word another follows ("$1.2 billion
    million"): one garbled amount, read with either word; else None."""
    last = _ENG_LAST_RE.search(s, first.start, first.end)
    stack = _ENG_STACK_RE.match(s, first.end) if last else None
    # The same word twice ("a billion billion", "$1 billion billion") has one meaning: no garble.
    if stack is None or last.group(0).lower().rstrip("s") == stack.group("w").lower():
        return None
    cut = stack.start("w") - last.start()      # the first word left out: "$1.2 million"
    a = _read_at(s[:first.end] + s[stack.end():], i)
    b = _read_at(s[:last.start()] + s[stack.start("w"):], i)
    if a is None or b is None or a.currency != b.currency or b.end <= last.start():
        return None
    return _garbled(s, first.start, b.end + cut, a.currency, a.unit, [a, b], a.value)


def _garbled(s: str, start: int, end: int, currency, unit, readings: list[Amount],
             likeliest: float, why: str | None = None, written: Amount | None = None,
             ends: tuple[tuple[str, float, float], ...] = ()) -> Garbled:
    """A `Garbled` of its readings, each a clean amount read from its own text, hedges and all."""
    by_text = sorted({r.span: r for r in readings}.values(), key=lambda r: r.value)
    g = Garbled(s, start, end, currency, unit, tuple((r.span, r.value) for r in by_text),
                likeliest, tuple((r.low, r.high) for r in by_text),
                next((r.hedge for r in by_text if r.hedge), None))
    return replace(g, why=why, written=written, ends=ends) if why else g


_LEAD_DIGITS_RE = _Pattern(r"\d[\d,]*(?:\.\d+)?")
_DIGIT_RE = _Pattern(r"\d")


def _place_word(word: str) -> tuple[int, int] | None:
    """(its power of ten, its ladder's step) of a place word written alone after digits
    ("억": (8, 4), " billions": (9, 3)); None for anything else ("조5000억", "crore")."""
    w = word.strip()
    for c in (w, w.lower(), w.rstrip("s"), w.lower().rstrip("s")):
        if c in L.PLACE_STEPS:
            return L.BIG_PLACES.get(c) or L.ENGLISH_PLACES[c], L.PLACE_STEPS[c]
    return None


def written_place(text: str) -> tuple[float, int, int] | None:
    """(its number, its place word's power of ten, its ladder's step) of an amount written as one
    number and one place word ("up to $2 billion": (2.0, 9, 3); "1조원 이하": (1.0, 12, 4));
    None for an amount with no place word or more than one number ("1조5000억", "$1-2 million"):
    two such amounts with one number and place words one step apart differ by one word alone."""
    lead = _LEAD_DIGITS_RE.search(text)
    if lead is None:
        return None
    word = re.match(r"\s?([^\W\d_]+)", text[lead.end():])
    if word is None or _DIGIT_RE.search(text, lead.end() + word.end()) is not None:
        return None
    # A Korean place word is glued to what follows it ("조원"): its first letter alone.
    place = _place_word(word.group(1)) or _place_word(word.group(1)[:1])
    if place is None:
        return None
    return float(lead.group(0).replace(",", "")), *place


def _range_slip(s: str, i: int, first: Amount) -> Garbled | None:
    """`first` (its number at `i`), a range whose ends' place words stand one step apart (a
    thousand times, ten thousand for 억 and 조) while their numbers are close, the higher under
    twice the lower ("between 25 billion won and 26 trillion won", "25억~26조 원"): a range whose
    numbers differ yet stand that far apart is no range written on purpose ("from $1 million to
    $1 billion" steps the place word alone, "$100 million to $2 billion" the numbers as much), but
    one place word lost or mistyped; one garbled amount read with either end's word and as
    written. Else None."""
    if first.vague or not first.magnitude_word or not first.low > 0 or \
            not first.high > 100 * first.low:
        return None      # cheap: only a range a hundred times wide or more is looked at
    one = _read_number(s, i)
    lead1 = _LEAD_DIGITS_RE.match(s, i)
    at2 = _DIGIT_RE.search(s, one.end, first.end) if one is not None else None
    if lead1 is None or at2 is None:
        return None
    two, lead2 = _read_number(s, at2.start()), _LEAD_DIGITS_RE.match(s, at2.start())
    if two is None or lead2 is None:
        return None
    word1, word2 = s[lead1.end():one.end], s[lead2.end():two.end]
    p1, p2 = _place_word(word1), _place_word(word2)
    n1, n2 = (float(m.group(0).replace(",", "")) for m in (lead1, lead2))
    if p1 is None or p2 is None or p1[1] != p2[1] or p2[0] - p1[0] != p1[1] or \
            not n1 < n2 < 2 * n1:
        return None
    end2 = _read_at(s, at2.start(), allow_range=False, prefix=False)
    if end2 is None or end2.end != first.end:
        return None
    at = i - first.start
    written = s[first.start:first.end]
    cut1, cut2 = (lead1.end() - first.start, one.end - first.start), \
        (lead2.end() - first.start, two.end - first.start)
    texts = (written[:cut1[0]] + word2 + written[cut1[1]:],     # the low end's word lost
             written[:cut2[0]] + word1 + written[cut2[1]:])     # the high end's word slipped
    readings = [first]
    for text in texts:
        r = _read_at(text, at)
        if r is None or r.start != 0 or r.end != len(text):
            return None
        readings.append(r)
    ends = ((first.span, n1 * 10 ** p1[0], n2 * 10 ** p2[0]),
            (readings[1].span, n1 * 10 ** p2[0], n2 * 10 ** p2[0]),
            (readings[2].span, n1 * 10 ** p1[0], n2 * 10 ** p1[0]))
    why = (f"is likely miswritten: its ends' place words stand {10 ** p1[1]:,} times apart while "
           f"their numbers are close ({lead1.group(0)}, {lead2.group(0)}), as when one place word "
           f"is lost or mistyped")
    return _garbled(s, first.start, first.end, first.currency, first.unit, readings, first.value,
                    why, first, ends)


def garbled_at(s: str, i: int, first: Amount) -> Garbled | None:
    """`first` (its number at `i`), a Korean amount with no unit, and the amount glued right
    after it, when their place words do not go down ("43억" then "7900억원"): one garbled
    amount; else None. A range, a list or a space between two amounts keeps them two. English:
    `_garbled_english`; a range whose ends lost or mistyped a place word: `_range_slip`."""
    if first.bound != "exact" and (g := _range_slip(s, i, first)) is not None:
        return g
    if s.startswith(" ", first.end) and first.magnitude_word:
        return _garbled_english(s, i, first)
    end = first.end
    if first.unit is not None or not first.magnitude_word or end >= len(s) or \
            not s[end].isdigit() or s[end - 1] not in _BIG:
        return None
    top = _top_place(s, end)
    if top is None or top < _BIG[s[end - 1]]:
        return None
    second = _read_at(s, end, allow_range=False, prefix=False)
    if second is None or not second.magnitude_word:   # "43억7900억" of a won column too
        return None
    # What stands before the number (a hedge, a sign: "약 ", "-") and after the second group
    # ("원 이상"), as written, goes with every reading, which is read as a clean amount.
    lead = s[first.start:i]
    sign = -1 if first.value < 0 else 1
    unit = s[_read_korean(s, end).end:second.end]
    readings = [(s[i:end] + unit, first.value), (s[end:second.end], sign * second.value)]
    likeliest = first.value
    group = _GROUP_RE.match(s, end).group(0)
    below_word = _below_word(s, s[end - 1])
    if below_word is not None and _fills_below(group):
        # One place word slipped: the second is the one below the first's (43억7900만).
        below = sign * (abs(first.value) + second.value / 10 ** (top - _BIG[s[end - 1]] + 4))
        readings.append((s[i:end] + group + below_word + unit, below))
        likeliest = below
    return _garbled(s, first.start, second.end, second.currency, second.unit,
                    [_clean_reading(lead + t, len(lead), v) for t, v in readings], likeliest)


def _clean_reading(text: str, at: int, value: float) -> Amount:
    """A reading of a garbled amount, `text` read as a clean amount from `at`; one the reader
    cannot read whole ("수만1천원": a vague number with digits) stands as its `value` alone."""
    r = _read_at(text, at)
    if r is not None and r.end == len(text) and math.isclose(r.value, value, rel_tol=1e-9):
        return r
    return Amount(text, 0, len(text), value, None, None, 0.0, None, "exact", value, value)


def _fills_below(group: str) -> bool:
    """Whether a group of digits can fill the place below another's: three or four digits or
    its own smaller place words ("7900", "2천"); one or two ("1억2억원") look like a range that
    lost its "~"."""
    return not group.isdigit() or len(group.replace(",", "")) >= 3


def _below_word(s: str, word: str) -> str | None:
    """The place word four powers below `word` in the script `s` writes it ("억": "만"), or None
    when that script's word is not one the reader knows ("1億2000億円": Japanese writes 万)."""
    if _BIG[word] == 4:
        return ""      # ones take no place word: 6만2000원
    hangul = "\uac00" <= word <= "\ud7a3"
    known = [w for w, p in _BIG.items() if p == _BIG[word] - 4
             and ("\uac00" <= w <= "\ud7a3") == hangul]
    return next((w for w in known if hangul or w in s), None)


def read_garbled(text: str) -> Garbled | None:
    """The garbled amount a short text is (a figure's cell, "43억7900억원"); None if none."""
    try:
        read_amount(text)
    except GarbledAmount as exc:
        return exc.garbled
    except AmountError:
        return None
    return None


def _as_garbled(g: Garbled) -> Amount:
    """A garbled amount as one vague amount spanning its readings, noted as garbled; a range that
    may have lost a place word stays the range as written, noted."""
    if g.written is not None:
        return replace(g.written, notes=(*g.written.notes, GARBLED_NOTE + g.sentence()))
    low, high = min(lo for lo, _ in g.intervals), max(hi for _, hi in g.intervals)
    a = Amount(g.text, g.start, g.end, g.likeliest, g.unit, g.currency, low, g.hedge, "range",
               low, high, vague=True, magnitude_word=True)
    return replace(a, notes=(GARBLED_NOTE + g.sentence(),))


# The note that marks an amount read as garbled (`garbled_at`); its readings follow it.
GARBLED_NOTE = "garbled: "


def find_amounts(text: str) -> list[Amount]:
    """Every amount with a unit or a place word in `text`, in order, without overlaps."""
    found = []
    pos = 0
    search = _CANDIDATE_RE.search
    quotes = _rate_quotes(text)
    while True:
        m = search(text, pos)
        if m is None:
            break
        amount = _read_at(text, m.start())
        if amount is not None and any(lo < amount.end and amount.start < hi for lo, hi in quotes):
            pos = max(amount.end, m.end(), m.start() + 1)
            continue
        if amount is not None and (g := garbled_at(text, m.start(), amount)) is not None:
            amount = _as_garbled(g)
        if amount is None or (amount.unit is None and not amount.magnitude_word
                              and not amount.currency_options):
            pos = m.end() if m.end() > m.start() else m.start() + 1
            if amount is not None:
                pos = max(pos, amount.end)
            continue
        if found and amount.start < found[-1].end:
            amount = replace(amount, start=found[-1].end)
        found.append(amount)
        pos = max(amount.end, m.start() + 1)
    for k in range(len(found) - 1):
        if text.startswith("(", found[k].end) or text.startswith(" (", found[k].end):
            found[k], found[k + 1] = _paren_hedge(text, found[k], found[k + 1])
    return noun_periods(text, found)


def _rate_quotes(text: str) -> list[tuple[int, int]]:
    """The spans of the exchange-rate quotes in `text` (`_RATE_QUOTE_RE`), a code read as one
    only if it is a currency's."""
    if "/" not in text:
        return []
    return [m.span() for m in _RATE_QUOTE_RE.finditer(text)
            if all(m.group(k) is None or m.group(k).upper() in _CODES for k in ("a", "b"))]


def period_in_quote(amount: str, quote: str) -> str | None:
    """The period a figure's quote gives its amount text through the noun the amount is the
    value of ("$20 billion" in "an annual cap set at $20 billion": year); None if it gives none."""
    at = quote.find(amount) if amount else -1
    if at < 0:
        return None
    for a in find_amounts(quote):
        if a.start > at:
            break
        # The cell starts inside the amount read: it may run past it ("$3 billion (4 trillion
        # won) or more" against the span "$3 billion" read), as a figure's cell may.
        if a.per_at is not None and at < a.end:
            return a.per
    return None


def read_amount(text: str, garbled_ok: bool = False, two_ok: bool = False) -> Amount:
    """The one amount a short text states ("약 12조 3000억 원"); AmountError if there is none,
    GarbledAmount if it is garbled ("43억7900억원"), unless `garbled_ok` (then `_as_garbled`),
    TwoCurrenciesAmount if a sign and a word name two currencies ("$5 billion won"), unless
    `two_ok` (a figure's cell, an article's words as written: the amount, with its record)."""
    if not text or not text.strip():
        raise AmountError("no amount: the text is empty", text or "", 0)
    pos = 0
    while True:
        m = _LENIENT_START_RE.search(text, pos)
        if m is None:
            break
        if text[m.start()].isdigit() and (bad := _malformed(text, m.start())):
            raise bad
        amount = _read_at(text, m.start(), lenient=True)
        if amount is not None and (g := garbled_at(text, m.start(), amount)) is not None:
            if not garbled_ok:
                raise GarbledAmount(g)
            return _as_garbled(g)
        if amount is not None:
            _check_currency_words(text, amount)
            if amount.two_currencies is not None and not two_ok:
                raise TwoCurrenciesAmount(text, amount)
            if amount.end < len(text) and amount.currency is not None and \
                    (t := _TYPO_AFTER_RE.match(text, amount.end)):
                raise AmountError(f"unknown word {t.group('w')!r} after {amount.span!r}", text,
                                  t.start("w"))
            if amount.currency is not None and (c := _CODE_AFTER_RE.match(text, amount.end)) \
                    and c.group("c") in _CODES and c.group("c") != amount.currency:
                # Read leniently, the first amount would stand in the wrong currency.
                raise AmountError(f"{c.group('c')} after {amount.span!r}, which reads as "
                                  f"{amount.currency}: the text names two currencies; write the "
                                  f"amount in one", text, c.start("c"))
            if amount.end < len(text) and (p := _PAREN_AMOUNT_HEDGE_RE.match(text, amount.end)):
                kind = L.HEDGE_AFTER[p.group("h")]   # "370억 달러(약 53조 원) 이상"
                amount = with_hedge(amount, p.group("h"), kind)
            return amount
        pos = m.start() + 1
    first = len(text) - len(text.lstrip())
    if (big := re.search(r"\d{300,}", text)):
        raise AmountError(f"a number of {len(big.group(0))} digits is too large to read", text,
                          big.start())
    raise AmountError(f"no amount found in {text.strip()!r}", text, first)


# Words a figure cell may carry around its amount without changing it.
_FILLER_BEFORE_RE = _Pattern(r"(?ai:\s*(?:(?:총|모두|무려|전체|합계|총액|누적|a total of|total)\s*)*)")
_FILLER_AFTER_RE = _Pattern(
    r"\s*(?:(?:" + alternation(L.PARTICLES) + r"|에 달하는|에 이르는|에 달해|에 이르러|상당|수준)+(?![가-힣])\s*)?"
    r"[\s.,;:!]*")

# A whole word only ("사이즈" is not 사이), a particle glued to it allowed ("사이로").
_RANGE_AFTER_RE = _Pattern(r"\s*(?:" + alternation(L.RANGE_AFTER) + r")(?=(?:"
                           + alternation(L.PARTICLES) + r")*(?![가-힣]))")


def read_whole(text: str) -> Amount:
    """The amount a text is, read whole: anything left unread is an AmountError at its column.

    Particles and filler words (총, 무려, 에 달하는) and an amount in parentheses after it
    ("100억 달러(약 12조 3000억 원)") may stand around the amount; nothing else may.
    """
    amount = read_amount(text, garbled_ok=True, two_ok=True)
    lead = _FILLER_BEFORE_RE.match(text).end()
    if amount.start > lead:
        raise AmountError(f"unread words before the amount: {text[lead:amount.start].strip()!r}",
                          text, lead)
    pos = amount.end
    rest = text[pos:]
    m = re.match(r"\s?\(", rest)
    if m:
        close = text.find(")", pos)
        if close < 0:
            raise AmountError("unclosed parenthesis after the amount", text, pos + m.end() - 1)
        inner = text[pos + m.end():close]
        try:
            read_whole(inner)
        except AmountError as exc:
            raise AmountError(exc.message, text, pos + m.end() + exc.position) from None
        pos = close + 1
        if (h := _HEDGE_AFTER_RE.match(text, pos)):
            pos = h.end()
    # Its pattern (a hedge word's list, one with a lookahead for a following amount) takes
    # longer to compile than a small file takes to read: asked only where its ")" can start.
    elif ")" in text[pos:pos + 2] and (h := _PAREN_CLOSE_HEDGE_RE.match(text, pos)):
        # The inner amount of "370억 달러(약 53조 원) 이상" as extract spans it: the hedge after
        # the parenthesis is its own, as _paren_hedge reads it in running text.
        if not (amount.hedge and h.group("h") in amount.hedge.split()):
            amount = with_hedge(amount, h.group("h"), L.HEDGE_AFTER[h.group("h")], end=h.end())
        pos = h.end()
    if amount.bound == "range" and (between := _RANGE_AFTER_RE.match(text, pos)):
        pos = between.end()
    end = _FILLER_AFTER_RE.match(text, pos).end()
    if end < len(text):
        word = text[end:].split()[0] if text[end:].split() else text[end:]
        slip = near_currency_word(text, amount.end) if amount.unit is None else None
        hint = f": did you mean {slip[1]}?" if slip else ""
        raise AmountError(f"unread word {word!r} after {amount.span!r}{hint}", text, end)
    return amount


_LENIENT_START_RE = _Pattern(
    r"(?=[0-9수절" + _SINO + "萬億兆京한두세네다여아열스sSaAtThHmMbBoOfFeEnNhH])(?:"
    r"(?<![a-z0-9.,])\d" + _GLUED_LETTER_DIGIT
    + rf"|(?<![가-힣0-9])[{_SINO}萬億兆京]|(?<![가-힣])수(?=[십백천만억조]|\s[만억조경])"
    r"|(?<![가-힣])절반"
    r"|(?<![가-힣])(?:" + alternation(L.NATIVE_NUMBERS) + r")\s?(?:" + alternation(L.NATIVE_COUNTERS) + ")"
    r"|" + _ENGLISH_START + r")")


def _check_currency_words(text: str, amount: Amount) -> None:
    """A three-letter code beside the amount that ISO 4217 does not know is an error, not noise."""
    if amount.currency:
        return
    for m in _UNKNOWN_CODE_RE.finditer(text):
        near = m.end() >= amount.start - 2 and m.start() <= amount.end + 2
        if near and m.group(0) not in _CODES:
            raise AmountError(f"unknown currency {m.group(0)!r}: not an ISO 4217 code", text,
                              m.start())
