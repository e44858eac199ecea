"""Conversions and currencies: pairing an amount with the conversion written beside it ("100억
달러(약 12조 3000억 원)"), its implied and market rates, and the currency a number leaves unsaid,
taken from its conversion, its context or the article's country (marked inferred)."""
from __future__ import annotations

import datetime as dt
import math
import re

import currency.lang as L
from currency.amount import as_written, beyond_one_amount, meets, stated_interval
from currency.lang.patterns import spaced
from currency.text.candidate import Candidate
from currency.text.conversion_words import LEADING, marked_at
from currency.text.layout import CLOSING_QUOTES, STOPS
from currency.text.locale import bare_dollar
from currency.text.names import country_words
from currency.text.notes import INFERRED_FROM_RATE
from currency.text.reader import PARTICLE, alternation, word_pattern

# A noun that names a sum, its particle, and at most a comma or colon, right before a number.
_MONEY_NOUN_BEFORE = re.compile(
    r"(?<![가-힣])(?P<noun>" + alternation(L.MONEY_NOUNS)
    + r")(?:은|는|이|가|을|를|도|만|으로|로)?\s*[,:]?\s*$")
# ... or right after it, a particle allowed: "5.6조 과징금 부과", "최대 200억 지원"; a headline's
# quotation may close on the number before the noun ("'11.3조' 밸류 인정", "'조 단위' 투자").
_MONEY_WORD_AFTER = re.compile(
    r"[" + CLOSING_QUOTES + r"']?\s?(?P<noun>" + alternation(L.MONEY_WORDS_AFTER) + r")(?:"
    + PARTICLE + r")?(?![가-힣])")
# ... or a money noun it is the genitive of ("4000억의 매출"), a verb spending it ("6000억 들여",
# "100억을 더 들여서") or the price a thing changes hands at ("5000억에 인수"): each a money word
# of the number's own clause (`ko.GENITIVE_MONEY_NOUNS`, `ko.SPENT_WORDS`, `ko.SPENT_STEMS`,
# `ko.PRICE_AT_AFTER`), unless a count noun stands right before the number (`_COUNT_NOUN_BEFORE`).
_MONEY_WORDS_LATER = (
    re.compile(r"의\s?(?P<noun>" + alternation(L.GENITIVE_MONEY_NOUNS) + r")(?:" + PARTICLE
               + r")?(?![가-힣])"),
    re.compile(r"(?:" + PARTICLE + r")?\s?(?:(?:" + alternation(L.SPENT_MORE) + r")\s?)?(?P<noun>(?:"
               + alternation(L.SPENT_WORDS) + r")(?![가-힣])|" + alternation(L.SPENT_STEMS) + r")"),
    re.compile(r"에\s?(?P<noun>" + alternation(L.PRICE_AT_AFTER) + r")(?!"
               + alternation(L.PRICE_AT_NOT_NEXT) + r")"),
)
# A noun of things counted right before the number, a particle allowed ("조회수 1억의 가치",
# "이용자 1억에 인수 제안"): the number counts them, whatever follows it.
_COUNT_NOUN_BEFORE = re.compile(
    r"(?<![가-힣])(?:" + alternation(L.COUNT_NOUNS) + r")(?:은|는|이|가|도|만)?\s*$")
# ... and, before an order word (`ko.ORDER_WORDS`), a noun of goods or of things counted.
_GOODS_NOUN_BEFORE = re.compile(
    r"(?<![가-힣])(?:" + alternation((*L.GOODS_NOUNS, *L.COUNT_NOUNS)) + r")(?:은|는|이|가|도|만)?\s*$")
# A Korean place word (억, 조): the script whose own currency goes unsaid.
_KOREAN_PLACE = re.compile("[" + "".join(w for w in L.BIG_PLACES if "\uac00" <= w <= "\ud7a3")
                           + "]")
# A count of shares, whole or with a particle ("2억주(100%)", "850만주를", "200 million shares"),
# a few words of the shares' kind between ("75 million new class B shares", "850만 보통주").
_SHARE_CLASS = "|".join(re.escape(w) + (r"(?![A-Za-z])[\s-]?" if w.isascii() else r"\s?")
                        for w in sorted(L.SHARE_CLASS_WORDS, key=len, reverse=True))
_SHARE_COUNT_AFTER = re.compile(
    r"\s?(?i:" + _SHARE_CLASS + r"){0,3}(?:" + alternation(L.SHARE_COUNT_WORDS) + r")"
    + PARTICLE + r"?(?![가-힣A-Za-z])")
# What stands between a figure and its conversion: "(", "(한화 ", ", 우리 돈 ", "·우리돈 ",
# " 원화로 ", ", or ", " 상당(" (its worth), " per day (" or " a share, or " (the unit it is paid
# per: `per`).
_JOIN = alternation(L.CONVERSION_JOIN)
# The currency's words right before a conversion ("우리 돈으로 ", "한화 "), each space optional, and
# the signs joining it to its amount as a comma does ("·").
_IN_WON = spaced(sorted(L.CONVERSION_IN_WON_BESIDE, key=len, reverse=True))
_JOINER = "[" + "".join(map(re.escape, L.CONVERSION_JOINER_SIGNS)) + "]"
# "224.9 billion won, equivalent to $168 million": words saying the next amount is the same sum.
_SAME_SUM = alternation(L.CONVERSION_EQUALS)
_PER_UNIT = alternation(set(L.CONVERSION_PER_UNIT) | set(L.PER_AFTER))
_CONVERSION_GAP = re.compile(r"\s*(?:(?:" + alternation(L.CONVERSION_WORTH) + r"|(?P<per>(?i:"
                             + _PER_UNIT + r")))\s*(?=[(（\[]|,?\s*(?:" + _JOIN + r")\s))?"
                             r"(?:[" + CLOSING_QUOTES + r"]\s*(?=[(（\[]))?"
                             r"(?:[(（\[]\s*)?(?:" + _JOINER + r"\s*)?(?:" + _IN_WON + r"\s*|(?:"
                             + _JOIN + "|(?P<same>" + _SAME_SUM + r"))\s+)?$")
# A quotation that ends with the amount may close before its parenthesis ("a fund worth 17
# trillion won” ($12.5 billion)"); a square bracket opens a conversion as a parenthesis does.
# "or", with or without a comma: "2 trillion won or $1.5 billion" is as much a conversion.
# A word inside the parenthesis that calls its amount a whole ("(2.6 trillion won in total)",
# "(합계 2조6000억원)"): never the conversion of an amount paid per unit.
_TOTAL = re.compile(word_pattern(L.CONVERSION_TOTAL))
_JOINED = re.compile(r"\s*,?\s*(?:" + _JOIN + r")\s+$")
# "KRW 207 billion ($177 million/€150 million)": a slash between two conversions of one amount.
_SLASH = re.compile(r"\s*/\s*")
# How long the text between an amount and its conversion may be: besides a unit it is paid per
# or the words of the same sum, whose longest word the whole gap may add.
_GAP_OWN = 12
_GAP_MOST = _GAP_OWN + 1 + max(map(len, L.CONVERSION_PER_UNIT + tuple(L.PER_AFTER)
                                   + L.CONVERSION_EQUALS))
_MARKER = re.compile(r"[(（\[]|" + _IN_WON + r"|(?<![^\s,])(?:" + _JOIN + "|" + _SAME_SUM
                     + r")\s")
# A choice between amounts: "either", "whether" before the first of them in its clause, or
# "whichever", "depending on" after the second in its sentence.
_CHOICE = re.compile(r"\b(?:" + alternation(L.CHOICE_BEFORE) + r")\b[^,;:()]*$",
                     re.I)
_CHOICE_AFTER = re.compile(r"[^.!?\n]*?\b(?:" + alternation(L.CHOICE_AFTER)
                           + r")\b", re.I)
# ... or the rate the conversion used, named at the opening of its parenthesis: "(당시 환율로 ",
# "(at current rates, ". The parenthesis then holds the conversion alone: in "(당시 환율로
# 1,200원을 적용하면 약 12조 원)" the first amount is the rate, not the conversion.
_RATE_OPENING = re.compile(r"\s*[(（\[]\s*(?:" + alternation(L.CONVERSION_RATE)
                           + r")\s*[,:]?\s*$", re.I)
# What opens the sentence after an amount's when that sentence states its conversion ("우리 돈으로
# 환산하면 약 ", "In won terms, that is about ", "That is, "): all of its text before the amount
# (a hedge may be the amount's own). The topic particle 는 may follow the currency's words, but
# not a name's (`CONVERSION_NAMES`: "한화로는" is also "to Hanwha").
_NEXT_SAY = alternation(L.CONVERSION_NEXT_SAY)
_NEXT_NAMED = [w for w in L.CONVERSION_NEXT_LEAD if w.startswith(L.CONVERSION_NAMES)]
_NEXT_LEAD = (r"(?:(?:" + alternation(w for w in L.CONVERSION_NEXT_LEAD if w not in _NEXT_NAMED)
              + r")(?:\s+terms|는)?" + ("|" + alternation(_NEXT_NAMED) if _NEXT_NAMED else "")
              + ")")
# After the words naming the currency or the rate: a verb of reckoning or of saying, then a hedge
# or a joining word ("환산하면 약", "that is about").
_NEXT_VERB = (r"(?:(?:" + spaced(sorted(L.CONVERSION_NEXT_VERB, key=len, reverse=True)) + "|"
              + _NEXT_SAY + r")\s*,?\s*)?")
_NEXT_BETWEEN = r"(?:(?:" + alternation(L.CONVERSION_BETWEEN) + r")\s*)?"
_NEXT_OPENING = re.compile(
    r"\s*(?:(?:" + alternation(L.CONVERSION_NEXT_OPEN) + r")\s*,?\s+)?"
    r"(?:" + _NEXT_LEAD + r"\s*,?\s*" + _NEXT_VERB
    + r"|(?:" + _NEXT_SAY + r")\s*,?\s+)" + _NEXT_BETWEEN, re.I)
# ... or the words naming the rate it was reckoned at ("당시 환율로 ", "인수가격은 당시 환율을 기준으로
# 환산하면 ", "At current exchange rates, that is "), a money noun as its subject allowed: such a
# sentence restates the one amount in another currency of the sentence right before it, and
# nothing when that sentence states two or none (a sentence between may bring up another fact:
# "매출 1300억원 ... 2019년 인수 ... 당시 환율로 1억 달러" converts the purchase, not the revenue).
# "At the time" alone names no rate: it opens as many sentences of other news.
_NEXT_RATE_OPENING = re.compile(
    r"\s*(?:(?<![가-힣])(?:" + alternation(L.MONEY_NOUNS) + r")(?:"
    + alternation(L.SUBJECT_PARTICLES) + r")\s+)?"
    r"(?:" + alternation(L.CONVERSION_RATE_NAMED) + r")\s*,?\s*" + _NEXT_VERB + _NEXT_BETWEEN, re.I)
# ... or a joining word alone, when the amount's own text opens with the currency's words ("이는
# 우리 돈 약 2조 원이다", read as one amount).
_NEXT_JOINING = re.compile(r"\s*(?:(?:" + alternation(L.CONVERSION_NEXT_OPEN) + r")\s*,?\s*)?")
# ... and what, after its amount in its clause, makes that sentence a difference, not the
# conversion ("That is 2 trillion won more than ...", "2조 원보다 많다").
_NEXT_NOT = re.compile(r"[^,;.!?\n]*?(?<![A-Za-z])(?:" + alternation(L.CONVERSION_NEXT_NOT)
                       + r")(?![A-Za-z])", re.I)
# Of several amounts in the sentence before a next-sentence conversion, the one it restates is the
# one alone within this factor of the market rate: a writer's slip (10-20 %) stays inside it, and
# two figures of one sentence (a level and the level before, a part and its whole) seldom both do.
NEXT_SENTENCE_RATIO = 1.25
_CLOSE = re.compile(r"[)）\]]")
_OPEN = re.compile(r"[(（\[]")
# Two amounts alone in one parenthesis, joined by a sign and nothing else ("(40억달러·5조3000억원)",
# "(60억 달러, 약 8조1000억원)"): the parenthesis opens right before the first (a hedge is the
# amount's own text).
_OPENS_RIGHT_BEFORE = re.compile(r"[(（\[]\s*$")
_JOINED_ALONE = re.compile(r"\s*" + _JOINER + r"\s*")
# ... or by a dash, across two currencies (a conversion only at the article's own rate).
_DASHED_ALONE = re.compile(r"\s*[" + "".join(map(re.escape, L.CONVERSION_DASH_SIGNS)) + r"]\s*")
# The rate line of a wire story: one unit and its price, alone in a parenthesis that ends its line
# ("($1 = 6.8420 Danish crowns)"); a price with more after it ("(1달러=1,300원 기준)") or a
# parenthesis inside a sentence ("환율을 (1달러=1,300원)으로 가정하면") is an assumed rate.
_EQUALS = re.compile(r"\s*(?:" + "|".join(map(re.escape, L.RATE_EQUALS)) + r")\s*$")

# A conversion the writer made lies within this factor of the market rate of its day: a rough or
# mistaken rate stays well inside it, while two amounts that are not one figure rarely do (a
# stake and the whole, a quarter and its year, a revenue and a price).
CONVERSION_RATIO = 2.0
# A number that writes no currency takes one from the rate alone only within this factor of the
# market's: a writer's rate lies within about 1 % of it and two written digits round by at most
# 2.5 %. Most pairs of currencies lie further apart (the euro and the pound 11 % and more), but
# some do not (the franc and the euro, the yuan and the Danish krone): a guess is taken only
# when one currency alone fits. A won conversion written to three digits ("about 930 billion"
# after $780 million) lies within 1 % of the won's.
UNSAID_RATE_RATIO = 1.05
# A pair across a unit the amount is paid per ("$1 billion each (2.6 trillion won)") is made only
# within this factor of the market's: a per-unit amount beside a whole is the likeliest misreading
# there, and the nearest whole is two units, twice the market's rate. The geometric middle of a
# true conversion (1) and two units (2) is √2 ≈ 1.41; 1.35 stays under it, and above a writer's
# rounded rate or one some weeks old (a few percent, rarely 20 %).
PER_UNIT_RATIO = 1.35


def _local_dollars(text: str, cands: list[Candidate], local: tuple[str, str] | None) -> None:
    """A bare "$" names the local dollar of an article published where "$" is that (`local`:
    its code and why). Without that, a bare "$" written as the conversion of an amount that
    names the US dollar ("$600 million USD (roughly $763 million)") is some other dollar: its
    currency is left open, at low confidence."""
    for k, c in enumerate(cands):
        a = c.amount
        if a.currency != "USD" or not bare_dollar(a.span, text[max(0, a.start - 6):a.start]):
            continue
        if local is not None:
            c.currency, c.currency_from = local
            continue
        prev = cands[k - 1] if k else None
        gap = text[prev.end:a.start] if prev is not None else ""
        if prev is not None and prev.currency == "USD" and "(" in gap and len(gap) <= 12 \
                and not bare_dollar(prev.amount.span, text[max(0, prev.start - 6):prev.start]):
            c.currency = None
            c.confidence = "low"
            c.reason = (f"a bare '$' written as the conversion of {prev.amount.span!r}, which "
                        "names the US dollar, is another dollar, and the article's country is "
                        "not known: say which with --currency")


def _pair_conversions(text: str, cands: list[Candidate], day: dt.date | None = None) -> None:
    """`A(약 B)`, `A, 한화 약 B`, `A 우리 돈 B`, `A(당시 환율로 B)` with A money: one figure in two
    currencies; B may leave its currency implicit (`day`: the publication day, for its rate)."""
    for k, (a, b) in enumerate(zip(cands, cands[1:])):
        gap = text[a.end:b.start]
        if a.pair and _SLASH.fullmatch(gap):   # "($177 million/€150 million)"
            _second_conversion(text, cands, a, b)
            continue
        # The reader may take "한화 약" into the second amount as its hedge.
        marked = _MARKER.search(gap) or _MARKER.match(text, b.start)
        plain = len(gap) <= _GAP_MOST and marked and _CONVERSION_GAP.match(gap)
        per_unit = plain.group("per") if plain else None
        # the words of a unit paid per or of the same sum ("equivalent to") add to the gap's own
        if plain and len(gap) - len(per_unit or "") - len(plain.group("same") or "") > _GAP_OWN:
            plain = per_unit = None
        # "€1.5 billion (2.4 trillion won, or $1.6 billion)": a second conversion of the first.
        # `search`, not `match`: a unit paid per may open the gap (" a share, or ").
        joined = plain and _JOINED.search(gap)
        if joined and a.pair:
            _second_conversion(text, cands, a, b)
            continue
        if joined and _choice(text, a, b, cands[k - 1] if k else None, day):
            continue
        line = _rate_line(text, a, b)
        shaped = plain or _RATE_OPENING.match(gap) \
            and _alone_in_parenthesis(text, b, cands[k + 2:k + 3]) or line \
            or _joined_in_parenthesis(text, a, b, day)
        if shaped and not a.currency and a.amount.currency_options and b.currency:
            _shared_by_conversion(a, b, day)
        if not shaped and (original := _next_sentence(text, cands[:k + 1], b, day)):
            _link(original, b)
            continue
        if not a.currency or not shaped:
            continue
        # A Korean newsroom leaves the won unsaid ("(약 12조 3000억)"); a number with English place
        # words ("(2 trillion, …)") says nothing of its currency.
        if b.currency is None and b.amount.kind == "number" and b.amount.magnitude_word and \
                any(ch in L.BIG_PLACES for ch in b.amount.span):
            b.currency = "KRW" if a.currency != "KRW" else "USD"
            b.currency_from = f"a conversion in parentheses after {a.amount.span!r}"
        elif b.currency is None and b.amount.kind == "number" and b.amount.magnitude_word \
                and plain and a.amount.value:
            _unsaid_by_rate(cands, a, b, day)
        if not b.currency or not a.amount.value:
            continue   # "0달러(약 2조원)": no rate to imply
        if a.amount.per and b.amount.per and a.amount.per != b.amount.per \
                and b.currency == a.currency:
            continue   # "$200,000 per day ($73 million a year)": one rate over two periods, not
            # a conversion; across currencies ("$1 billion a month (16 trillion won a year)") it is
        if b.currency == a.currency and not _in_own_currency(text, a, b):
            continue   # two amounts of one currency
        # a period kept inside one amount ("$1 billion a year") and not the other is a unit too
        unit = per_unit or bool(a.amount.per) != bool(b.amount.per)
        if unit and not _fits_market(a.currency, b.currency, b.amount.value / a.amount.value,
                                     day, PER_UNIT_RATIO):
            continue   # "$1 billion each (2.6 trillion won)": a unit's amount and a whole
        if (per_unit or a.amount.per) and _says_total(text, a, b):
            continue   # "$1 billion each (1.3 trillion won in total)"
        _link(a, b)
        if line:
            # a rate the story converts at, said in extract's output (scan still proposes both:
            # docs/reader_forms.md)
            a.pair["rate_line"] = b.pair["rate_line"] = True
    _dashed_at_own_rate(text, cands)


def _says_total(text: str, a: Candidate, b: Candidate) -> bool:
    """Whether the parenthesis `b` stands in after `a` calls its amount a whole (`_TOTAL`)."""
    opening = max(text.rfind(o, a.end, b.start) for o in "(（[")
    if opening < 0:
        return False
    close = [i for i in (text.find(c, b.end) for c in ")）]") if i >= 0]
    return bool(_TOTAL.search(text, opening + 1, min(close) if close else b.end))


def _last_fixing() -> dt.date:
    """The last day of the rate data: the market a pair with no day of its own is judged by."""
    from currency.data.rates import rate_book
    return rate_book().last_date


def _shared_by_conversion(a: Candidate, b: Candidate, day: dt.date | None) -> None:
    """`a`, a name several currencies share that no country word settled ("36 billion riyals"),
    takes the one option whose rate on `day` its conversion `b` fits as a restatement does (both
    amounts' rounding, the rate source's RATE_ALLOWANCE); none, several, or an option with no
    rate to rule it out: it stays open, and a note says why."""
    from currency.data.rates import RATE_ALLOWANCE
    options = a.amount.currency_options
    # A conversion beside the amount outweighs a capital, which may name only where it happened.
    capital, a.capital = a.capital, None
    if day is None:
        if capital:
            a.notes.append(f"its conversion {b.amount.span!r} cannot be checked without the "
                           f"article's date, so {capital[1]!r} does not decide its currency")
        return
    a_low, a_high, b_low, b_high = _pair_intervals(a, b, options[0], b.currency)
    if not (a_low > 0 and math.isfinite(a_high) and math.isfinite(b_high) and b_high > 0):
        if capital:
            a.notes.append(f"its conversion {b.amount.span!r} cannot be weighed, so "
                           f"{capital[1]!r} does not decide its currency")
        return
    markets = {code: _market(code, b.currency, day) for code in options}
    fits = [code for code, m in markets.items()
            if m is not None and _meets_market(a_low, a_high, b_low, b_high, m)]
    unrated = [code for code, m in markets.items() if m is None]
    if len(fits) == 1 and not unrated and (capital is None or capital[0] == fits[0]):
        a.currency = fits[0]
        a.currency_from = (f"{a.amount.span!r} names a currency several share "
                           f"({', '.join(options)}); its conversion {b.amount.span!r} fits "
                           f"{fits[0]}'s rate of {day} alone (±{RATE_ALLOWANCE:.0%})"
                           + (f", and the article names {capital[1]!r}, its capital"
                              if capital else ""))
        if capital is None and a.confidence == "high":
            # The pegs lie 3 % apart: a slip that size in the conversion reads the other one.
            a.confidence = "medium"
            a.reason = (f"its currency, {fits[0]}, is read from its conversion's rate alone, "
                        "with no country word: check it or give --currency")
        return
    if len(fits) == 1 and not unrated:
        a.notes.append(f"its conversion {b.amount.span!r} fits {fits[0]}'s rate, but the article "
                       f"names {capital[1]!r}, the capital of {capital[0]}'s country: say which "
                       "with --currency")
        return
    why = (f"{', '.join(unrated)} {'has' if len(unrated) == 1 else 'have'} no rate to rule out"
           if unrated and len(fits) <= 1 else
           f"its rate fits {'each' if fits else 'none'} of {', '.join(fits or options)}")
    a.notes.append(f"its conversion {b.amount.span!r} does not say its currency: {why}")


# Each amount with its rounding, wider than `_fits_rate`'s original as written: a currency the
# sign does not say is chosen only when every reading of the pair rules the others out.
def _pair_intervals(a: Candidate, b: Candidate, a_code: str, b_code: str
                    ) -> tuple[float, float, float, float]:
    """The intervals `a` and its conversion `b` stand for (each one's rounding), read in
    `a_code` and `b_code`: the rates the pair can imply lie between their ratios."""
    _, a_low, a_high = stated_interval(a.amount.value, a.amount.precision, a.amount.span,
                                       a.amount.bound, a.amount.low, a.amount.high, a_code)
    _, b_low, b_high = _restated(b, b_code)
    return a_low, a_high, b_low, b_high


def _restated(b: Candidate, code: str) -> tuple[float, float, float]:
    """`stated_interval` of `b` read as a conversion in `code`."""
    return stated_interval(b.amount.value, b.amount.precision, b.amount.span, b.amount.bound,
                           b.amount.low, b.amount.high, code, restatement=True)


def _meets_market(a_low: float, a_high: float, b_low: float, b_high: float,
                  market: float) -> bool:
    """Whether a pair whose amounts stand for `a_low`..`a_high` and `b_low`..`b_high` implies a
    rate that meets `market`, widened by the rate source's RATE_ALLOWANCE (`widen`)."""
    from currency.data.rates import widen
    return bool(meets(b_low / a_high, b_high / a_low, *widen(market, market)))


# The original as written, as the restatement check reads it: the dollar chosen is the one that
# check then finds the pair right in.
def _fits_rate(a: Candidate, b: Candidate, a_code: str, b_code: str, day: dt.date) -> bool:
    """Whether `b`, read in `b_code`, converts `a`, read in `a_code`, at the market rate of
    `day` as the restatement check judges a conversion: `a` as written (its hedge only: the
    writer converts the number written, so "1 billion euros" is one billion, not 0.5 to 1.5),
    `b` with its rounding, and the rate source's allowance."""
    market = _market(a_code, b_code, day)
    a_low, a_high = as_written(a.amount.value, a.amount.precision, a.amount.bound == "approx",
                               a.amount.low, a.amount.high)
    _, b_low, b_high = _restated(b, b_code)
    if market is None or not (a_low > 0 and b_low > 0 and math.isfinite(a_high)
                              and math.isfinite(b_high)):
        return False
    return _meets_market(a_low, a_high, b_low, b_high, market)


def _dollar_by_conversion(cands: list[Candidate], local: tuple[str, str] | None,
                          day: dt.date | None) -> None:
    """A bare "$" read as the local dollar (`local`: its code and why) that converts, or is
    converted to, an amount of a third currency is the US dollar when the pair fits the US
    dollar's rate of `day` and not the local dollar's: a local site printing a wire story
    ("15.5 trillion won ($11.6 billion)" on a Canadian site) keeps the wire's dollar, and the
    rate, not the site, says which dollar the sign means. A pair that fits neither keeps the
    local reading, for the restatement check to weigh."""
    if local is None or day is None:
        return
    code, why = local
    for c in cands:
        if not c.pair or c.currency != code or c.currency_from != why:
            continue
        other = cands[c.pair["with"]]
        if other.currency in (None, code, "USD") or not c.amount.value \
                or not other.amount.value:
            continue
        first, then = (c, other) if c.index < other.index else (other, c)
        codes = {c.index: "USD", other.index: other.currency}
        if not _fits_rate(first, then, codes[first.index], codes[then.index], day):
            continue
        codes[c.index] = code
        if _fits_rate(first, then, codes[first.index], codes[then.index], day):
            continue
        c.currency = "USD"
        c.currency_from = None
        c.notes.append(f"{why} would make it {code}, but its pair with "
                       f"{other.amount.span!r} fits the US dollar's rate of {day} and not "
                       f"{code}'s: a bare '$' converting another currency keeps the US dollar")
        unit = f"{then.currency}/{first.currency}"
        c.pair["rate_unit"] = unit
        if other.pair and other.pair["with"] == c.index:
            other.pair["rate_unit"] = unit


def _unsaid_by_rate(cands: list[Candidate], a: Candidate, b: Candidate,
                    day: dt.date | None) -> None:
    """`b`, a number with English place words written as `a`'s conversion ("$780 million (about
    930 billion)"), takes the currency its article writes elsewhere whose market rate against
    `a`'s it fits, when no other currency of the rate data fits it: the place words alone name
    no currency, the article and the rate do."""
    from currency.data.rates import known_currencies
    stated = {c.currency for c in cands if c.currency and c.amount.currency} - {a.currency}
    implied = b.amount.value / a.amount.value
    # every currency with a rate, written or not: francs at 0.91 a dollar are no euros at 0.93
    markets = {q: _market(a.currency, q, day) for q in sorted(known_currencies() - {a.currency})}
    fits = [q for q, market in markets.items()
            if market and max(implied, market) / min(implied, market) <= UNSAID_RATE_RATIO]
    if len(fits) == 1 and fits[0] in stated:
        q = fits[0]
        b.currency = q
        off = max(implied, markets[q]) / min(implied, markets[q]) - 1
        b.currency_from = (f"{INFERRED_FROM_RATE}a conversion after {a.amount.span!r} whose "
                           f"{implied:,.4g} {q}/{a.currency} is {off:.1%} off {q}'s ECB rate "
                           f"of {day} ({markets[q]:,.4g}), the only currency with an ECB "
                           f"rate within {UNSAID_RATE_RATIO - 1:.0%} of it and one the article "
                           f"writes")


def _second_conversion(text: str, cands: list[Candidate], a: Candidate, b: Candidate) -> None:
    """"€2 billion (3.1 trillion won, or $2.2 billion)": `b`, a third currency closing the
    parenthesis after `a` and "or", converts what `a` does (one-way: the original keeps `a`)."""
    first = cands[a.pair["with"]]
    # ... or "$10 billion. That is 13 trillion won, or 9 billion euros.": `a` a conversion stated
    # as the next sentence, `b` ending it.
    closes = _closes_after(text, b) is not None or first.sentence_start < a.sentence_start \
        and b.sentence_start == a.sentence_start \
        and not text[b.end:b.sentence_start + len(b.sentence)].strip(" .!?\"'”’")
    if first.index > a.index or not b.currency or not first.amount.value \
            or b.currency in (first.currency, a.currency) or b.amount.per != first.amount.per \
            or not closes:
        return
    _one_way(b, first)


def _one_way(b: Candidate, first: Candidate) -> None:
    """Make `b` a second conversion of `first`, which keeps its own pair."""
    b.pair = {"with": first.index, "implied_rate": b.amount.value / first.amount.value,
              "rate_unit": f"{b.currency}/{first.currency}"}


def _link(a: Candidate, b: Candidate) -> None:
    """Make `b` the conversion of `a`: each one's pair names the other and the rate implied."""
    rate = b.amount.value / a.amount.value
    a.pair = {"with": b.index, "implied_rate": rate, "rate_unit": f"{b.currency}/{a.currency}"}
    b.pair = {"with": a.index, "implied_rate": rate, "rate_unit": f"{b.currency}/{a.currency}"}


def _next_sentence(text: str, before: list[Candidate], b: Candidate,
                   day: dt.date | None) -> Candidate | None:
    """The amount of which `b` is the conversion stated as the next sentence, if any: `b` opens
    the sentence right after the one of `before`'s last amount with the words that say so
    (`_NEXT_OPENING`), or with the rate it is reckoned at (`_NEXT_RATE_OPENING`) when that
    sentence states one amount in another currency alone, and no comparison follows it in its
    clause (`_NEXT_NOT`). Its original is
    that sentence's amount in another currency, paid per the same unit, at a rate within
    CONVERSION_RATIO of the market's on `day` (`_off_market`; none known: no pair). The words mark it as a
    parenthesis does, so a rate off by a writer's slip still pairs, for the restatement check to
    weigh; a unit slip (ten times) does not.

    With several such amounts in that sentence ("$6 billion, up from $4 billion"), the last is
    not always the one restated, and a wrong pick is a false alarm: the one alone within
    NEXT_SENTENCE_RATIO of the market's rate is taken; none or several, no pair. A price beside
    a total ("$40 a share puts the stake at $3,200 million") lies far off, so a total whose
    conversion a slip puts 10-20 % off still pairs."""
    a = before[-1]
    said = _NEXT_OPENING.fullmatch(text, b.sentence_start, b.start) \
        or LEADING.match(b.amount.span) and _NEXT_JOINING.fullmatch(text, b.sentence_start, b.start)
    rated = not said and _NEXT_RATE_OPENING.fullmatch(text, b.sentence_start, b.start)
    if b.pair or not b.currency or not (said or rated) \
            or text[a.sentence_start + len(a.sentence):b.sentence_start].strip() \
            or rated and len(_others(before, a, b)) != 1 \
            or _NEXT_NOT.match(text, b.end, b.sentence_start + len(b.sentence)):
        return None
    options = []
    for c in before:
        if c.sentence_start != a.sentence_start or not c.currency or c.currency == b.currency \
                or c.amount.per != b.amount.per:
            continue
        values = (c.amount.value, b.amount.value)
        if not all(v and math.isfinite(v) and v > 0 for v in values):
            continue
        off = _off_market(c.currency, b.currency, values[1] / values[0], day)
        if off is not None and off <= CONVERSION_RATIO:
            options.append((off, c))
    if len(options) > 1:
        options = [o for o in options if o[0] <= NEXT_SENTENCE_RATIO]
    if len(options) != 1 or options[0][1].pair:
        return None
    return options[0][1]


def _others(before: list[Candidate], a: Candidate, b: Candidate) -> list[Candidate]:
    """The amounts of `a`'s sentence in a currency other than `b`'s."""
    return [c for c in before if c.sentence_start == a.sentence_start and c.currency
            and c.currency != b.currency]


def _off_market(base: str, quote: str, implied: float, day: dt.date | None) -> float | None:
    """How far `implied` (`quote` per `base`) lies from the market rate on `day`: the factor
    (1 or more) between the two, or None with no rate known.

    With no publication day, the market is the rate data's last fixing (`_last_fixing`): a story
    read with no date is most often a recent one, and each window this factor is held to
    (PER_UNIT_RATIO and wider) allows more than a rate moves in months; judging no rate at all
    would leave every conversion of an undated story unpaired, the marked ones too."""
    market = _market(base, quote, day or _last_fixing())
    if market is None or not (implied > 0 and math.isfinite(implied)):
        return None
    return max(implied, market) / min(implied, market)


# One implied rate within a ratio far wider than the rate source's allowance: it tells a pair
# from two unrelated amounts or a unit's amount, not a right conversion from a wrong one.
def _fits_market(base: str, quote: str, implied: float, day: dt.date | None,
                 ratio: float = CONVERSION_RATIO) -> bool:
    """Whether `implied` (`quote` per `base`) lies within `ratio` of the market rate on `day`
    (`_off_market`); with no rate known, no."""
    off = _off_market(base, quote, implied, day)
    return off is not None and off <= ratio


def within_ratio(x: float, y: float, ratio: float = CONVERSION_RATIO) -> bool:
    """Whether two positive values lie within `ratio` (CONVERSION_RATIO) of each other."""
    return x > 0 and y > 0 and max(x, y) / min(x, y) <= ratio


def _market(base: str, quote: str, day: dt.date | None) -> float | None:
    """The market rate of `quote` per `base` on `day` (its nearest fixing), if the data has one."""
    if day is None:
        return None
    from currency.data.rates import RateError, rate_book, stand_in
    try:
        market = rate_book().rate_on(base, quote, stand_in(base, quote, day, day, str(day))[0]).value
    except RateError:
        return None
    return market if market > 0 else None


def _shared_by_rate(cands: list[Candidate], day: dt.date | None) -> None:
    """A shared name read as its named country's currency ("crowns" with a Swedish firm named) whose
    conversion's rate does not fit it takes the one other option that fits, or stays unpaired."""
    for c in cands:
        options = c.amount.currency_options
        other = cands[c.pair["with"]] if c.pair else None
        if other is None or not options or c.amount.currency or c.currency not in options \
                or other.pair is None or other.pair["with"] != c.index \
                or not c.amount.value or not other.amount.value:
            continue
        rate = other.amount.value / c.amount.value
        guessed = _market(c.currency, other.currency, day)
        if guessed is None or within_ratio(rate, guessed):
            continue    # the guess fits, or there is no rate to check it against
        fits = [code for code in options
                if code != c.currency and _fits_market(code, other.currency, rate, day)]
        if len(fits) == 1:
            _take_the_fitting(cands, c, other, fits[0])
            continue
        # none fits, or several: the conversion says nothing sure, and the guess stays unpaired
        for x in cands:
            if x.pair and x.pair["with"] == c.index:
                x.pair = None
        c.pair = None
        c.notes.append(f"not paired with {other.amount.span!r}: the rate it implies fits "
                       f"{'none' if not fits else ', '.join(fits)} of {', '.join(options)}, "
                       f"not {c.currency}")


def _take_the_fitting(cands: list[Candidate], c: Candidate, other: Candidate, code: str) -> None:
    """`c` is in `code`, the one currency its name may be whose market rate its conversion
    `other` fits: its pair, and any second conversion of it, say so."""
    guess, c.currency = c.currency, code
    c.currency_from = (f"{c.amount.span!r} names a currency several share "
                       f"({', '.join(c.amount.currency_options)}); its conversion "
                       f"{other.amount.span!r} implies a rate that fits {code}'s, not {guess}'s")
    line = c.pair.get("rate_line")
    _link(*sorted((c, other), key=lambda x: x.index))
    if line:    # a rate line's pair stays marked as one
        c.pair["rate_line"] = other.pair["rate_line"] = True
    for x in cands:
        if x is not other and x.pair and x.pair["with"] == c.index:
            _one_way(x, c)


def _rate_line(text: str, a: Candidate, b: Candidate) -> bool:
    """"($1 = 6.8420 Danish crowns)" in a parenthesis ending its line: one unit of `a`'s currency
    and its price, `b`."""
    if a.amount.value != 1 or not _EQUALS.match(text[a.end:b.start]):
        return False
    line = text[text.rfind("\n", 0, a.start) + 1:a.start].rstrip()
    close = _closes_after(text, b)
    # the parenthesis opens its line or follows a sentence's end
    before = line[:-1].rstrip()[-1:]
    return bool(_OPEN.fullmatch(line[-1:])) and (not before or before in STOPS + CLOSING_QUOTES) \
        and close is not None and not text[close:].split("\n", 1)[0].strip()


def _closes_after(text: str, c: Candidate) -> int | None:
    """Where the parenthesis that closes right after `c` (spaces between) ends, if one does."""
    close = _CLOSE.search(text, c.end)
    return close.end() if close is not None and not text[c.end:close.start()].strip() else None


def _choice(text: str, a: Candidate, b: Candidate, prev: Candidate | None,
            day: dt.date | None) -> bool:
    """Whether `a` and `b`, joined by "or", are a choice, not a conversion ("either 2 trillion
    won or $3 billion", "500 million won or $1 million, whichever is greater")."""
    # Without its comma, "or" joins a conversion only when a hedge says so ("2 trillion won or
    # about $1.5 billion"): "10,000 won or $10" is as often a price in either currency.
    if "," not in text[a.end:b.start] and not b.amount.hedge and not _hedged_pair(a, b, day):
        return True
    start = max(prev.end, a.sentence_start) if prev is not None else a.sentence_start
    if _CHOICE.search(text, start, a.start) or _CHOICE_AFTER.match(text, b.end):
        return True
    # "$3 million or $4 million, or 2 trillion won": the first is one of two of its currency.
    return prev is not None and prev.currency == a.currency and bool(
        _JOINED.match(text[prev.end:a.start]))


def _hedged_pair(a: Candidate, b: Candidate, day: dt.date | None) -> bool:
    """Whether the first amount's hedge of approximation covers a pair joined by "or" without
    its comma ("around 22 trillion won or $16 billion"): only at a rate near the market's of its
    day, as a pair judged by its rate alone is (NEXT_SENTENCE_RATIO): "about 10,000 won or $20",
    "about 500 billion won or $1 billion from two sales" are two sums. A bound there ("at least
    2 trillion won or $3 billion") is a choice of two bounds."""
    return a.amount.bound == "approx" and bool(a.amount.value) and a.currency is not None \
        and b.currency is not None and \
        _fits_market(a.currency, b.currency, b.amount.value / a.amount.value, day,
                     NEXT_SENTENCE_RATIO)


def _in_own_currency(text: str, a: Candidate, b: Candidate) -> bool:
    """"80억달러(약 9조6000억달러)": a conversion written with its original's currency word, told
    from a second amount of that currency by closing the parenthesis opened after it, at a value
    no rounding gives (`beyond_one_amount`); the restatement check judges it."""
    ratio = b.amount.value / a.amount.value
    # The parenthesis holds one point and nothing after it: "(약 30억달러는 현금)", "(30억~40억
    # 달러)" are parts.
    close = _CLOSE.search(text, b.end)
    gap = text[a.end:b.start]
    return ratio > 0 and b.amount.bound != "range" and ("(" in gap or "（" in gap) \
        and beyond_one_amount(ratio) and close is not None \
        and not text[b.end:close.start()].strip()


def _joined_in_parenthesis(text: str, a: Candidate, b: Candidate, day: dt.date | None) -> bool:
    """Whether `a` and `b` alone fill one parenthesis, joined by a sign (`_JOINED_ALONE`), each in
    a currency, `b` at a rate within NEXT_SENTENCE_RATIO of the market's on `day`
    (`_off_market`). Two amounts of one currency are left to `_pair_conversions`' own check,
    which links them only as a conversion written in its original's currency
    (`_in_own_currency`). No word marks `b` a conversion, so the rate alone says it is one: the
    tighter of the two windows the pairs use, the one that picks an amount no word points at
    from several. A writer's rounded or dated rate (10-20 % off) stays inside it; two figures
    of another kind put side by side (a revenue and a profit, a part and its whole) rarely do,
    while CONVERSION_RATIO, which trusts a marker, would take many."""
    if not (a.currency and b.currency) or a.pair \
            or not (a.amount.value and b.amount.value) \
            or not _JOINED_ALONE.fullmatch(text, a.end, b.start) \
            or not _OPENS_RIGHT_BEFORE.search(text, max(0, a.start - 8), a.start) \
            or _closes_after(text, b) is None:
        return False
    off = _off_market(a.currency, b.currency, b.amount.value / a.amount.value, day)
    return off is not None and off <= NEXT_SENTENCE_RATIO


def _dashed_in_parenthesis(text: str, a: Candidate, b: Candidate) -> bool:
    """Whether `a` and `b`, each in its own currency and the two different, alone fill one
    parenthesis joined by a dash (`_DASHED_ALONE`)."""
    return bool(a.currency and b.currency and a.currency != b.currency and not a.pair
                and not b.pair and a.amount.value and b.amount.value
                and a.amount.bound != "range" and b.amount.bound != "range"
                and _DASHED_ALONE.fullmatch(text, a.end, b.start)
                and _OPENS_RIGHT_BEFORE.search(text, max(0, a.start - 8), a.start)
                and _closes_after(text, b) is not None)


def _dashed_at_own_rate(text: str, cands: list[Candidate]) -> None:
    """Pair two amounts dashed in one parenthesis across two currencies
    (`_dashed_in_parenthesis`) when they imply the rate the article's own conversions of those
    two currencies imply (each amount's rounding, the rate source's allowance)."""
    # A dash between amounts writes a range, and two sums of two facts may stand so too ("two
    # offers ($5 billion-€9 billion)"), at a rate near the market's by chance as often as not:
    # neither the dash nor the market tells a conversion. The writer's own rate does, as a
    # translation keeps its source's rate even where it writes the won with a dollar sign.
    own: dict[tuple[str, str], list[float]] = {}
    for c in cands:
        other = cands[c.pair["with"]] if c.pair else None
        if other is not None and c.index < other.index and c.currency and other.currency \
                and c.amount.value and other.amount.value:
            rate = other.amount.value / c.amount.value
            own.setdefault((c.currency, other.currency), []).append(rate)
            own.setdefault((other.currency, c.currency), []).append(1 / rate)
    if not own:
        return
    for a, b in zip(cands, cands[1:]):
        if not _dashed_in_parenthesis(text, a, b):
            continue
        a_low, a_high, b_low, b_high = _pair_intervals(a, b, a.currency, b.currency)
        if a_low > 0 and math.isfinite(a_high) and math.isfinite(b_high) and any(
                _meets_market(a_low, a_high, b_low, b_high, rate)
                for rate in own.get((a.currency, b.currency), ())):
            _link(a, b)


def _alone_in_parenthesis(text: str, c: Candidate, after: list[Candidate]) -> bool:
    """Whether a parenthesis closes after `c` before the next amount (`after`, at most one)."""
    close = _CLOSE.search(text, c.end)
    return close is not None and (not after or close.start() < after[0].start)


def _shared_names(body: str, cands: list[Candidate]) -> None:
    """"45억 크로네", "400 billion crowns": a name several currencies share takes the one whose
    country the article names, when it names exactly one of them; a capital naming exactly one,
    when no country word is named, is kept for `_by_capital`."""
    mentioned: dict[tuple[str, ...], tuple[list, list]] = {}
    for c in cands:
        options = c.amount.currency_options
        if c.currency or not options:
            continue
        if options not in mentioned:
            hits = _named(body, options, country_words())
            capitals = [] if hits else _named(body, options, L.CAPITAL_WORDS)
            mentioned[options] = (hits, capitals)
        hits, capitals = mentioned[options]
        if len({code for code, _, _ in capitals}) == 1:
            c.capital = capitals[0]
        if len({code for code, _, _ in hits}) == 1:
            code, word, at = hits[0]
            c.currency = code
            c.currency_from = (f"{c.amount.span!r} names a currency several share "
                               f"({', '.join(options)}); the article names {word!r} (offset "
                               f"{at}), whose currency is {code}")


def _named(body: str, options: tuple[str, ...], words) -> list[tuple[str, str, int]]:
    """Each option whose word (the longest first) `body` names, with the word and its offset."""
    hits = []
    for code in options:
        for word in sorted(words.get(code, ()), key=len, reverse=True):
            at = _mention(body, word)
            if at >= 0:
                hits.append((code, word, at))
                break
    return hits


def _by_capital(cands: list[Candidate]) -> None:
    """A shared name no country word and no conversion settled takes the currency of the one
    capital the article names ("Doha -" dateline: QAR)."""
    for c in cands:
        if c.currency is None and c.capital is not None:
            code, word, at = c.capital
            c.currency = code
            c.currency_from = (f"{c.amount.span!r} names a currency several share "
                               f"({', '.join(c.amount.currency_options)}); the article names "
                               f"{word!r} (offset {at}), the capital of {code}'s country, and "
                               "no conversion stands beside it")
            if c.confidence == "high":
                # A capital names where a thing happened as often as whose money it is ("the
                # Doha Round"): the user confirms it.
                c.confidence = "medium"
                c.reason = (f"its currency, {code}, is read from {word!r}, a capital the article "
                            "names, alone: check it or give --currency")


def _stated_low(c: Candidate) -> float:
    return c.amount.value if c.amount.bound == "at_most" else c.amount.low


def _stated_high(c: Candidate) -> float:
    return c.amount.value if c.amount.bound == "at_least" else c.amount.high


def _mention(text: str, word: str) -> int:
    """Where `word` first stands in `text` as a word (English) or a word's start (Korean)."""
    if word.isascii():
        m = re.search(r"(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])", text)
    else:
        m = re.search(r"(?<![가-힣])" + re.escape(word), text)
    return m.start() if m else -1


def _infer_currencies(text: str, cands: list[Candidate]) -> None:
    """A bare number ("1조 4천억", "12兆") takes the currency of an equal amount elsewhere."""
    by_value: dict[float, list[Candidate]] = {}
    for m in cands:
        if m.currency and m.amount.currency and m.amount.bound != "range":
            by_value.setdefault(m.amount.value, []).append(m)
    stated = [m for m in cands if m.currency and m.amount.currency]
    for c in cands:
        if c.currency or c.amount.kind != "number" or not c.amount.magnitude_word or \
                _SHARE_COUNT_AFTER.match(text, c.amount.end):
            continue
        same = by_value.get(c.amount.value, [])
        if same:
            best = min(same, key=lambda m: abs(m.start - c.start))
            c.currency = best.currency
            c.currency_from = f"as in {best.amount.span!r} at offset {best.start}"
            continue
        # A headline rounds down: "8조 투자" over a body's "약 8조5127억원" is 8조-odd. Taken
        # only when every amount the text states in that span has one currency.
        a = c.amount
        # "1조대": a band of the trillions, of won or of parameters alike; only a noun that names
        # a sum before it makes it money, as for a bare amount.
        band = a.bound == "range" and a.band
        # Only the money places (억, 조); a digit right after ("833만 3641주") continues another
        # quantity.
        if not band and (a.value < 1e8 or text[a.end:a.end + 2].strip()[:1].isdigit()):
            continue
        step = 10.0 ** math.floor(math.log10(a.precision)) if a.precision > 0 else 0.0
        low, high = a.value, a.value + max(step, a.precision)
        # an amount bounded on one side only ("up to $2.4 billion", "more than $300
        # million") spans every value beyond it: only its own value is what a headline rounds;
        # a hedged one ("최대 200억 지원") is money only by the noun beside it, below
        near = [] if band or a.bound != "exact" else \
            [m for m in stated if _stated_low(m) < high and _stated_high(m) >= low]
        if near and len({m.currency for m in near}) == 1:
            best = min(near, key=lambda m: abs(m.start - c.start))
            c.currency = best.currency
            c.currency_from = (f"a rounded {a.span!r} of {best.amount.span!r} at offset "
                               f"{best.start} (every amount the text states from {a.span} to "
                               f"under its next step is in {best.currency})")
            continue
        # "G마켓 기업가치, 3.1조 평가": a headline drops the currency after a noun that names a
        # sum; in an article whose money is all in one currency, that is the currency.
        noun = _MONEY_NOUN_BEFORE.search(text, max(0, a.start - 16), a.start) \
            or _money_word_after(text, a.start, a.end, float(a.value))
        currencies = {m.currency for m in stated}
        if noun and len(currencies) == 1 and len(stated) >= 2:
            c.currency = next(iter(currencies))
            c.currency_from = (f"beside {noun.group('noun')!r}, which names a sum, in an article "
                               f"that states all its money ({len(stated)} amounts) in "
                               f"{c.currency}")
            continue
        if noun and len(currencies) > 1:
            _unsaid_won(c, stated, f"beside {noun.group('noun')!r}, which names a sum")


def _money_word_after(text: str, start: int, end: int, value: float) -> re.Match | None:
    """The money word right after a bare number (`value`) from `start` to `end`, in any of the
    forms that name it a sum, or None. The later forms (spent, paid, genitive) are no money word
    after a count noun: "조회수 1억의 가치" counts views."""
    if (m := _MONEY_WORD_AFTER.match(text, end)):
        if m.group("noun") in L.ORDER_WORDS and value < L.GOODS_COUNT_CEILING and \
                _GOODS_NOUN_BEFORE.search(text, max(0, start - 16), start):
            return None     # "부품 1억 발주": the parts ordered, counted
        return m
    if _COUNT_NOUN_BEFORE.search(text, max(0, start - 16), start):
        return None
    for pattern in _MONEY_WORDS_LATER:
        if (m := pattern.match(text, end)):
            return m
    return None


def _unsaid_won(c: Candidate, stated: list[Candidate], why: str) -> None:
    """"1Q 매출 8400억" in an article of won and euros: Korean news names a foreign currency each
    time it writes one and leaves only its own unsaid, so a bare amount of a Korean place word
    that is money (`why`) is won, when the article states won as an amount of its own (not
    only as a conversion). Not when its sentence states another currency before it ("매출 30억
    달러, 순익 4억": the name carried over), nor when the last amount of its own before it is in
    another currency."""
    own = L.UNSAID_CURRENCY
    # Won the article states only as a conversion ("7000억 위안(약 130조원)", "한화로 약 120조원")
    # shows a foreign story told to Korean readers, whose bare amounts may be in its currency.
    if own not in {m.currency for m in stated if not _converted(m)} or \
            not _KOREAN_PLACE.search(c.amount.span) or \
            any(m.currency != own and c.sentence_start <= m.start < c.start for m in stated):
        return
    # Nor when the amount the article last stated before it, in its own words, is foreign: the
    # story is told in that currency there ("매출은 30억 달러였다. 순이익은 4억").
    before = [m for m in stated if m.start < c.start and not _converted(m)]
    if before and max(before, key=lambda m: m.start).currency != own:
        return
    c.currency = own
    c.currency_from = (f"{why}, written with a Korean place word and no currency in an article "
                       f"that states {own}: Korean news names every other currency it writes")


def _converted(m: Candidate) -> bool:
    """Whether a stated amount is a conversion of another: paired as one, or after the words
    that say so ("우리 돈 899억 원")."""
    if m.pair and m.pair["rate_unit"].split("/")[0] == m.currency:
        return True
    start = max(0, m.amount.start - m.sentence_start)
    return marked_at(m.sentence, start, start + len(m.amount.span))


def market_rates(cands: list[Candidate], day: dt.date | None) -> None:
    """Add the ECB rate of `day` (the publication date) to each conversion pair."""
    if day is None:
        return
    from currency.data.rates import RateError, rate_book, stand_in
    book = rate_book()
    for c in cands:
        if not c.pair:
            continue
        other = cands[c.pair["with"]]
        # each pair once, from its first; a second conversion's pair is its own
        mutual = other.pair is not None and other.pair["with"] == c.index
        if c.pair["with"] < c.index and mutual:
            continue
        # the rate of the conversion's currency per the original's, as `rate_unit` says
        first, then = (other, c) if c.pair["with"] < c.index else (c, other)
        try:
            # A date outside the data: the nearest fixing, said in the pair (the one policy).
            on, _, note = stand_in(first.currency, then.currency, day, day, str(day))
            rate = book.rate_on(first.currency, then.currency, on)
        except RateError:
            continue
        info = {"market_rate": rate.value, "market_date": rate.date.isoformat(),
                "market_source": rate.source}
        if note:
            info["market_note"] = note
        c.pair.update(info)
        if mutual:
            other.pair.update(info)


def settle_currencies(text: str, out: list[Candidate], cut: int, dollar: tuple[str, str] | None,
                      published: dt.date | None) -> None:
    """Pair each candidate in `out` with its conversion and settle the currencies left unsaid, in
    this order: a bare dollar is `dollar` first, as a conversion pairs only once that is known."""
    _local_dollars(text, out, dollar)
    # before pairing: "90 billion crowns ($13.2 billion)" pairs once its crowns are known
    _shared_names(text[:cut], out)
    _pair_conversions(text, out, published)
    _dollar_by_conversion(out, dollar, published)
    _by_capital(out)
    _shared_by_rate(out, published)
    _infer_currencies(text, out)

