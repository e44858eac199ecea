"""The words of money: currency names and signs, hedges, counters, per-period markers.

These are surface forms of Korean and English news text; no library carries them. ISO codes are
not listed here: they come from the bundled ECB data (see `currency.data.rates.known_currencies`).

Each list is kept per language as data, in `ko.py` (Korean, with the Chinese characters Korean
news writes), `en.py` (English) and `signs.py` (marks any language writes), as Duckling keeps its
rules per language; this module says what each list is for and merges them.
"""
from __future__ import annotations

import re

from currency.lang import en, ko, signs

_LANGUAGES = (ko, en, signs)


def merged_dict(name: str) -> dict:
    """One dict of every language's entries under `name`, longest words first (a scanner that
    tries them in order meets the longer of two words sharing a prefix first)."""
    merged = {k: v for lang in _LANGUAGES for k, v in getattr(lang, name, {}).items()}
    return dict(sorted(merged.items(), key=lambda kv: -len(str(kv[0]))))


def merged_lists(name: str) -> dict:
    """One dict of every language's word lists under `name`, each key's words joined in order."""
    merged: dict = {}
    for lang in _LANGUAGES:
        for key, words in getattr(lang, name, {}).items():
            merged[key] = merged.get(key, ()) + tuple(words)
    return merged


def merged_tuple(name: str) -> tuple:
    """Every language's words under `name`, longest first."""
    words = [w for lang in _LANGUAGES for w in getattr(lang, name, ())]
    return tuple(sorted(words, key=lambda w: -len(str(w))))


def merged_pattern(name: str) -> str:
    """Every language's regular expression under `name`, as one alternation ("" when none has one)."""
    return "|".join(p for lang in _LANGUAGES if (p := getattr(lang, name, "")))


def merged_set(name: str) -> frozenset:
    """Every language's words under `name`."""
    return frozenset(w for lang in _LANGUAGES for w in getattr(lang, name, ()))


# A currency written after the number, Korean and English. Longer forms first where one is a prefix
# of another, so the scanner's alternation prefers them.
CURRENCY_AFTER = merged_dict("CURRENCY_AFTER")
# Dollar words of no country, and currency words that are verbs too (en.py says why).
PLAIN_DOLLAR_WORDS = en.PLAIN_DOLLAR_WORDS
VERB_CURRENCY_WORDS = en.VERB_CURRENCY_WORDS
# Currency words of one syllable: read only as a whole word or with a particle ("3원칙" is not
# money), and 동 only after a place word ("5억 동", not "3동 건물").
SHORT_CURRENCY = merged_set("SHORT_CURRENCY")
# Words worth a hundredth of their currency.
SUBUNIT = merged_set("SUBUNIT")
# Cent marks written glued after a number ("10¢", "$20 and 43c"): a hundredth of the currency
# named before them, or of the dollar when none is.
CENT_MARKS = merged_tuple("CENT_MARKS")
# Currencies written in letters before the number ("Rs 20", "RM 42", "W7.4trn"): letters, the code,
# and whether a place word must follow (a lone "W7" is a model name, "W7.4trn" is won).
LETTER_PREFIX = merged_dict("LETTER_PREFIX")
# Of those, the ones money only after a hedge or one of the words listed ("over QR70bn", "of QR5bn").
LETTER_PREFIX_MONEY_BEFORE = merged_dict("LETTER_PREFIX_MONEY_BEFORE")
# Names that the crown currencies share: Korean news writes 크로네 or 크로나 for any of them, and
# English writes "crowns" for koruna, krone and krona alike. Read as a crown of unknown country.
CROWN_WORDS = merged_tuple("CROWN_WORDS")
CROWN_NAMES = merged_tuple("CROWN_NAMES")
# Words that name a currency's country besides CLDR's names of it and its adjective: a demonym
# ("Emirati"), the emirates news names the UAE by, Korean's short 사우디. An article naming one
# reads a name several currencies share ("dirhams") as that country's.
COUNTRY_WORDS = merged_lists("COUNTRY_WORDS")
# A capital ("Doha", 리야드): names its country's currency only when no conversion beside the
# amount speaks (a capital is as often where a thing happens as whose money it is).
CAPITAL_WORDS = merged_lists("CAPITAL_WORDS")
# "a dollar", "a buck": the article stands for one of the currency.
ONE_OF = merged_tuple("ONE_OF")
# What may follow "a dollar" for it to be an amount: the end of a clause, or one of these words.
# Anything else makes the currency word a modifier ("a dollar store", "a euro-zone bond").
AFTER_ONE_OF = merged_tuple("AFTER_ONE_OF")
# A Hangul number with no place word ("이", "일쩜이삼") is money only glued to one of these
# ("이달러"); never to a short name, where the syllables are a word ("사원", "이유로").
HANGUL_NUMBER_CURRENCIES = merged_tuple("HANGUL_NUMBER_CURRENCIES")
# The colloquial decimal point, as in "일쩜오".
DECIMAL_POINTS = merged_tuple("DECIMAL_POINTS")
# A currency sign written before the number.
CURRENCY_BEFORE = merged_dict("CURRENCY_BEFORE")
# What a bare "$" names in an article published in a country whose press writes its own dollar
# as "$" and the US dollar as "US$" (region code of the locale or the web address: en-CA, .ca).
# Elsewhere, and in wire copy that writes the local dollar's own sign (C$), "$" is the US dollar.
LOCAL_DOLLAR = merged_dict("LOCAL_DOLLAR")
# Those dollars' codes: with the US dollar, the one currency a "$" may name.
LOCAL_DOLLARS = frozenset(LOCAL_DOLLAR.values())
# A web address's country-code ending that names a country of LOCAL_DOLLAR ("cbc.ca",
# "smh.com.au"); generic endings (.com) say nothing.
COUNTRY_DOMAINS = merged_dict("COUNTRY_DOMAINS")
# Host prefixes one publisher's site is served under alike ("www.", "m.").
HOST_PREFIXES = merged_tuple("HOST_PREFIXES")
# Hosts of news portals that carry many publishers' articles: no publisher of their own.
PORTAL_HOSTS = merged_tuple("PORTAL_HOSTS")
# The currency a newsroom writing in a script states its own money in (code: the script's letters
# as a regular-expression class): a conversion written in Hangul converts to won most often.
HOME_CURRENCY = merged_dict("HOME_CURRENCY")
# Nouns that name a sum of money in Korean business news. A bare 억/조 number right after one
# ("기업가치 3.1조", "매출은 2조") is money in the one currency the article states its money in;
# after any other word ("조회수 3억", "인구 1억") it stays a number.
MONEY_NOUNS = merged_tuple("MONEY_NOUNS")
# The same nouns, and those of money given or lent, written right after a bare 억/조 number ("5.6조
# 과징금", "200억 지원"): the reader takes the number for money there as it does after a noun
# before it; a count keeps its own word ("200억 명") and stays a number.
MONEY_WORDS_AFTER = merged_tuple("MONEY_WORDS_AFTER")
# Of those, the words of an order placed (발주), which count goods as often, and the goods nouns
# before the number that make them counts (ko.py says why).
ORDER_WORDS = ko.ORDER_WORDS
GOODS_NOUNS = ko.GOODS_NOUNS
GOODS_COUNT_CEILING = ko.GOODS_COUNT_CEILING
SPENT_WORDS = merged_tuple("SPENT_WORDS")
SPENT_STEMS = merged_tuple("SPENT_STEMS")
SPENT_MORE = merged_tuple("SPENT_MORE")
PRICE_AT_AFTER = merged_tuple("PRICE_AT_AFTER")
PRICE_AT_NOT_NEXT = merged_tuple("PRICE_AT_NOT_NEXT")
GENITIVE_MONEY_NOUNS = merged_tuple("GENITIVE_MONEY_NOUNS")
COUNT_NOUNS = merged_tuple("COUNT_NOUNS")
# Hedges and the bound they give. `approx` widens both sides, `at_least` opens the upper side,
# `at_most` opens the lower side, `nearly` widens only the lower side (a little under the figure).
HEDGE_BEFORE = merged_dict("HEDGE_BEFORE")
# Words that, before a hedge (one word may stand between: "역대 분기 최대"), make it a record's
# superlative, not a bound; and the endings of words that do the same ("출범 이래 최대").
HEDGE_NOT_AFTER = merged_tuple("HEDGE_NOT_AFTER")
HEDGE_NOT_RIGHT_AFTER = merged_tuple("HEDGE_NOT_RIGHT_AFTER")
HEDGE_NOT_AFTER_SUFFIX = merged_tuple("HEDGE_NOT_AFTER_SUFFIX")
HEDGE_NOT_AFTER_BREAK = merged_tuple("HEDGE_NOT_AFTER_BREAK")
# A hedge word that is also an adjective, and the determiners that make it one ("the top").
HEDGE_VERB_ADJECTIVES = merged_tuple("HEDGE_VERB_ADJECTIVES")
HEDGE_ADJECTIVE_AFTER = merged_tuple("HEDGE_ADJECTIVE_AFTER")
HEDGE_AFTER = merged_dict("HEDGE_AFTER")
HEDGE_AFTER_ADDING = merged_tuple("HEDGE_AFTER_ADDING")
RANGE_NAMED_AFTER = merged_tuple("RANGE_NAMED_AFTER")
ANOTHER_AMOUNT_BEFORE = merged_tuple("ANOTHER_AMOUNT_BEFORE")
# Hedges after an amount that bound it only when no benchmark word names it ("예상치 1조원에 못
# 미쳤다" bounds another figure), and those benchmark words.
FALLS_SHORT = merged_tuple("FALLS_SHORT")
BENCHMARK_BEFORE = merged_tuple("BENCHMARK_BEFORE")
ADDING_FILL = merged_tuple("ADDING_FILL")
# Particles and suffixes a unit may carry glued ("12조원이", "1억원어치"), and a band's 대.
PARTICLES = merged_tuple("PARTICLES")
# A topic's or a subject's particle ("은", "는", "이", "가").
SUBJECT_PARTICLES = merged_tuple("SUBJECT_PARTICLES")
# Words that may close a range read whole ("1억~2억 달러 사이"): read only after a range.
RANGE_AFTER = merged_tuple("RANGE_AFTER")
# Particles that may end a band's 대 spaced from its currency ("3조원 대를").
SPACED_BAND_PARTICLES = merged_tuple("SPACED_BAND_PARTICLES")
# Markers that make an amount a rate per period ("연간 50억 달러", "$5B a year").
PER_BEFORE = merged_dict("PER_BEFORE")
# Words that mark an amount of a recurring series or a new period ("annual", "올해", "기술료").
RECURRING_WORDS = merged_tuple("RECURRING_WORDS")
PER_AFTER = merged_dict("PER_AFTER")
PER_AFTER_NOT_BEFORE = merged_tuple("PER_AFTER_NOT_BEFORE")
# A period word before the noun an amount is the value of, in the amount's own clause ("an
# annual cap set at $20 billion", "연 매출은 5조원"): the amount is a rate per that period
# (`currency.text.periods`). Each language's forms run from the period word (group `p`) to the
# amount; NOUN_PERIOD_STOP may not stand between them, nor NOUN_PERIOD_AFTER follow the amount.
PERIOD_WORDS = merged_dict("PERIOD_WORDS")
NOUN_PERIOD_FORMS = tuple(f for lang in _LANGUAGES for f in getattr(lang, "NOUN_PERIOD_FORMS", ()))
NOUN_PERIOD_STOP = merged_pattern("NOUN_PERIOD_STOP")
NOUN_PERIOD_AFTER = merged_pattern("NOUN_PERIOD_AFTER")
# Counters: what a number counts or how long it lasts, as a pint unit name.
COUNTERS = merged_dict("COUNTERS")
# Counters that native Korean numbers take ("두 달", "세 번").
NATIVE_COUNTERS = merged_tuple("NATIVE_COUNTERS")
NATIVE_NUMBERS = merged_dict("NATIVE_NUMBERS")
# The grammar of numerals: place values (powers of ten), not units of measure.
BIG_PLACES = merged_dict("BIG_PLACES")
SMALL_PLACES = merged_dict("SMALL_PLACES")
# A place word left out inside an amount ("47조4800원"): (pattern, the place word lost, the one
# written in its stead).
PLACE_GAPS = merged_tuple("PLACE_GAPS")
HANGUL_DIGITS = merged_dict("HANGUL_DIGITS")
# From this number up, 대 after it is a band, not a counter ("1조대").
BAND_NOT_COUNT_FROM = ko.BAND_NOT_COUNT_FROM
# The month after publication's ("다음 달", "내달"): "N일" after them is a day of it.
NEXT_MONTH = merged_tuple("NEXT_MONTH")
# The currency Korean news writes without its name.
UNSAID_CURRENCY = ko.UNSAID_CURRENCY
ENGLISH_PLACES = merged_dict("ENGLISH_PLACES")
# Each place word on a ladder of its language's words one power step apart: the step ("억": 4,
# "billion": 3); lakh and crore, off the short-scale ladder, have none.
PLACE_STEPS = {**{w: ko.PLACE_STEP for w in ko.BIG_PLACES},
               **{w: en.PLACE_STEP for w, p in en.ENGLISH_PLACES.items() if p % en.PLACE_STEP == 0}}
# The powers of ten the short scale names alone (thousand, million, billion, trillion): one digit
# there is that digit and a word in English ("$3 billion"), but in the myriad words (만, 억, 조) a
# digit and zeros the word forces ("30억 달러"), whose zeros are that digit's rounding.
SHORT_SCALE_PLACES = frozenset(p for w, p in en.ENGLISH_PLACES.items() if w in PLACE_STEPS)
MYRIAD_PLACES = ko.BIG_PLACES
MYRIAD_STEP = ko.PLACE_STEP
# The currencies written in myriads, where one place word for the next is a slip of 10**4.
MYRIAD_CURRENCIES = ko.MYRIAD_CURRENCIES
# Vague English quantities: (lowest, highest) in units of the place that follows.
# English number words.
ENGLISH_UNITS = merged_dict("ENGLISH_UNITS")
# Currency words that are also nouns of weight or a threshold ("a two-million-pound load limit").
COMPOUND_NOUN_CURRENCY_WORDS = merged_tuple("COMPOUND_NOUN_CURRENCY_WORDS")
# Digits as broadcast transcripts spell the decimals ("17-point-three billion").
ENGLISH_DIGITS = merged_dict("ENGLISH_DIGITS")
ENGLISH_TENS = merged_dict("ENGLISH_TENS")
ENGLISH_VAGUE = merged_dict("ENGLISH_VAGUE")
# Page furniture a site puts on a line of its own inside an article ("Advertisement", "광고",
# "[사진]", "▶ 관련기사 ..."): skipped where article prose follows, not taken as the body's end.
FURNITURE_LINES = merged_tuple("FURNITURE_LINES")
FURNITURE_STARTS = merged_tuple("FURNITURE_STARTS")
# A related stories box's label ("관련기사"): furniture inside a body, after its first paragraph.
RELATED_LABELS = merged_tuple("RELATED_LABELS")
# The label of a source line ("출처: 한빛뉴스|2024-03-05"): below the body, the page's footer; right
# under the headline with the lead after it, a credit like a photo's.
SOURCE_LABELS = merged_tuple("SOURCE_LABELS")
# How a line of the page's head may start (a copyright notice, a lone sign, a source line's label):
# of the lines that end a body, only these may stand between the headline and the lead; a related
# stories list, a comment count or a sponsor's line there is followed by other stories.
PAGE_HEAD_STARTS = merged_tuple("PAGE_HEAD_STARTS")
# How a photo caption written as a line of prose opens ("In this file photo, ...").
CAPTION_OPENERS = merged_tuple("CAPTION_OPENERS")
CAPTION_VERBS = merged_tuple("CAPTION_VERBS")
# A print stamp's label before its date ("Posted on:", "입력").
STAMP_LABELS = merged_tuple("STAMP_LABELS")
# ... and a stamp's own words on its line, without which a date with a padded clock is prose's.
STAMP_LINE_WORDS = merged_tuple("STAMP_LINE_WORDS")
# ... a weekday written short there ("Fri,"), and the time zone after its clock ("9:30 a.m. ET").
STAMP_WEEKDAYS = merged_tuple("STAMP_WEEKDAYS")
STAMP_TIME_ZONES = merged_tuple("STAMP_TIME_ZONES")
# What stands between a total and its parts in one sentence ("$350 billion, of which $200
# billion in cash"; "3500억 달러 중 2000억 달러는").
PART_MARKERS = merged_tuple("PART_MARKERS")
# Words that join amounts into one sum ("$665m plus $120m"), words that only list them ("and",
# "와"), words saying amounts are all of a total ("bringing the total to", "합쳐", "총"), and
# words saying the last part is the rest of it ("the rest", "나머지").
SUM_JOINERS = merged_tuple("SUM_JOINERS")
LIST_JOINERS = merged_tuple("LIST_JOINERS")
WHOLE_MARKERS = merged_tuple("WHOLE_MARKERS")
REST_MARKERS = merged_tuple("REST_MARKERS")
# Words that mark an amount as a running total (the schema's kind `cumulative`).
CUMULATIVE_WORDS = merged_set("CUMULATIVE_WORDS")
# Words that make a percentage beside them a stake: "a 12% stake", "지분 12%" (English ones as
# words, plural too; Korean ones with what is glued to them).
STAKE_WORDS = merged_tuple("STAKE_WORDS")
# Words of a price a buyer sets for shares: a tender offer, a bid, a buyback (공개매수).
OFFER_WORDS = merged_tuple("OFFER_WORDS")
# ... of them, words only a buyer's offer is named by (a tender offer, a takeover bid, a buyback,
# 공개매수): "offer price" also names the price of new shares a company sells.
BUYER_OFFER_WORDS = merged_tuple("BUYER_OFFER_WORDS")
# ... and words before an amount naming it the market's price ("stock price", 주가): no offer.
MARKET_PRICE_BEFORE = merged_pattern("MARKET_PRICE_BEFORE")
# Words that make an amount money a firm raises (`RAISED`), only with the amount as their object:
# right before it ("raising up to $315 million", "공모자금은 3억달러") or right after it ("$315
# million in proceeds", "3억달러를 조달").
RAISED_BEFORE = merged_pattern("RAISED_BEFORE")
RAISED_AFTER = merged_pattern("RAISED_AFTER")
# Words beside an amount that make it a price of one share ("$120 per share", "주당 12만원").
PER_SHARE_AFTER = merged_tuple("PER_SHARE_AFTER")
PER_SHARE_BEFORE = merged_tuple("PER_SHARE_BEFORE")
# A contract's length in years written as the amount's own words (`en.TERM_BEFORE`)
TERM_BEFORE = merged_tuple("TERM_BEFORE")
TERM_AFTER = merged_tuple("TERM_AFTER")
TERM_BARE_BEFORE = merged_tuple("TERM_BARE_BEFORE")
TERM_DEAL_WORDS = merged_tuple("TERM_DEAL_WORDS")
TERM_NOT_AFTER = merged_tuple("TERM_NOT_AFTER")
TERM_COUNT_WORDS = merged_dict("TERM_COUNT_WORDS")
# Words that make an amount a quantity per head, word → the head: an average per user
# ("ARPU", "이용자당", "$11 per user") or per person ("1인당 25만원"), no sum of money told.
PER_HEAD_BEFORE = merged_dict("PER_HEAD_BEFORE")
PER_HEAD_AFTER = merged_dict("PER_HEAD_AFTER")
# What may stand between a per-head word and its amount when the word is the amount's subject
# (a pattern), and words that make an amount a price, never an average per head.
PER_HEAD_TO_AMOUNT = merged_pattern("PER_HEAD_TO_AMOUNT")
PRICE_WORDS = merged_tuple("PRICE_WORDS")
# A results line that is an amount's subject: the words right after a line's word (a pattern), and
# the words after or before a cost line's word that make it a cause, never the amount's line.
LINE_SUBJECT_AFTER = merged_pattern("LINE_SUBJECT_AFTER")
LINE_CAUSE_AFTER = merged_pattern("LINE_CAUSE_AFTER")
LINE_CAUSE_BEFORE = merged_pattern("LINE_CAUSE_BEFORE")
# Right before an amount (a pattern), or words right after it, that make it an exchange rate:
# "환율 1350원 기준", "an exchange rate of 1,351 won", "1,337 won to the dollar".
FX_RATE_BEFORE = merged_pattern("FX_RATE_BEFORE")
FX_RATE_AFTER = merged_tuple("FX_RATE_AFTER")
# Words that make a rate the basis of a conversion, right before it (a pattern) or right after it:
# "at an exchange rate of 1,351 won", "환율 1350원 기준"; a market's close is no basis.
FX_BASIS_BEFORE = merged_pattern("FX_BASIS_BEFORE")
FX_BASIS_AFTER = merged_tuple("FX_BASIS_AFTER")
# Words that price an amount by one share anywhere in its own clause: a pricing word and a share
# word a few words apart ("for each Pellston share"; whole words), or one written glued ("1주에").
PER_WORDS = merged_tuple("PER_WORDS")
SHARE_WORDS = merged_tuple("SHARE_WORDS")
PER_SHARE_WORDS = merged_tuple("PER_SHARE_WORDS")
# ... an article right before a share word ("a share"), and "한 주에" after a share word.
PER_WORDS_BESIDE = merged_tuple("PER_WORDS_BESIDE")
ONE_SHARE_WORDS = merged_tuple("ONE_SHARE_WORDS")
ONE_SHARE_AFTER = merged_tuple("ONE_SHARE_AFTER")
# A word after a number that makes it a count of shares ("2억주", "200 million shares"), never
# money, whatever currency its neighbours are in.
SHARE_COUNT_WORDS = merged_tuple("SHARE_COUNT_WORDS")
# ... and the words of a share's kind that may stand between the number and that word, a few at
# most ("75 million new class B shares", "850만 보통주").
SHARE_CLASS_WORDS = merged_tuple("SHARE_CLASS_WORDS")
# Words naming the stage of a figure, as (kind, stage) pairs: "정부안" and "approved" (a bill),
# "잠정" and "final results" (a result), "at the open" and "closed at", "target price" and a
# close (scan: two amounts named at two stages of one kind are two facts).
STAGE_WORDS = merged_dict("STAGE_WORDS")
# Words naming the stage of only the amount beside them (English: right after the words; Korean:
# right before them): "as high as 81,500 won", "8만1500원까지 올랐다" (a session's high).
STAGE_BESIDE = merged_dict("STAGE_BESIDE")
# A share's move said with its size to a session's extreme ("rose as much as 4.3% to 388,500
# won"), right before the amount, a low after a word of a fall in its clause, else a high; or to
# the close ("climbed 5.2 percent to close at"); only a share's move (`STAGE_MOVE_SUBJECT`) that
# nothing puts ahead (`STAGE_MOVE_AHEAD`).
STAGE_SIZED_MOVE = merged_pattern("STAGE_SIZED_MOVE")
STAGE_CLOSE_MOVE = merged_pattern("STAGE_CLOSE_MOVE")
STAGE_DOWN_WORDS = merged_tuple("STAGE_DOWN_WORDS")
STAGE_MOVE_SUBJECT = merged_tuple("STAGE_MOVE_SUBJECT")
STAGE_MOVE_AHEAD = merged_tuple("STAGE_MOVE_AHEAD")
# What may stand between the parts of such words, the subject that moved ("18달러까지 주가가 올랐다").
STAGE_BESIDE_SUBJECT = merged_pattern("STAGE_BESIDE_SUBJECT")
# Words naming the stage of only the amount written right after them, whatever other stage word
# is nearer: an offer price in apposition ("an IPO price of $20", "공모가인 3만원").
STAGE_BEFORE = merged_dict("STAGE_BEFORE")
# An offer's price set at the number a band's end names: said right after it ("3만원으로 확정됐다")
# or before it ("priced ... at $44"); and the words of a pricing still to come ("앞두고", "ahead of").
OFFER_SET_AFTER = merged_pattern("OFFER_SET_AFTER")
OFFER_SET_BEFORE = merged_pattern("OFFER_SET_BEFORE")
OFFER_SET_AHEAD = merged_tuple("OFFER_SET_AHEAD")
# What may stand between a stage word and the amount right after it that it names ("closed at
# 50,500 won", "an IPO price of $20", "공모가인 3만원"): spaces, a parenthesis, or these.
STAGE_GLUE = merged_pattern("STAGE_GLUE")
# Words after a stage word that make its stage a point of comparison ("시초가 대비"): it names no
# stage of another amount than its own in apposition (English writes the comparison before it).
STAGE_BASE_AFTER = merged_tuple("STAGE_BASE_AFTER")
# Words between a stage word's own amount and a later one that carry its stage on to it: a list
# ("closed at $30 and $31") or a move's start ("up from $48").
STAGE_CARRY = merged_tuple("STAGE_CARRY")
# What else such a list may repeat between its amounts (a preposition, a day, "up" before "from"):
# a carry word among other words is another clause's.
STAGE_LIST_FILL = merged_pattern("STAGE_LIST_FILL")
# What may stand before a stage word's last word "at" without changing its stage: a move's size and
# direction ("closed 3.1 percent higher at" is "closed at").
STAGE_MOVE_FILL = merged_pattern("STAGE_MOVE_FILL")
# ... and where and when ("opened trading in Chicago on Tuesday at" is "opened trading at").
STAGE_WHERE_FILL = merged_pattern("STAGE_WHERE_FILL")
# Where an amount starts after a stage word's "at" ("at US$50", "at about $50"): a move before
# "at" leaves its stage only then.
STAGE_AMOUNT_AHEAD = merged_pattern("STAGE_AMOUNT_AHEAD")
# Words of STAGE_BESIDE that say a move to a level ("plunged to", "까지 떨어졌다"): a session's
# extreme only in a sentence that names a session.
# What ends a clause: a comma, a joining word ("before", "while") or ending (올랐다가).
CLAUSE_BREAK = merged_pattern("CLAUSE_BREAK")
# A level a raise or a revision reached, said before the amount ("raised its offer to", "인상된")
# or right after it ("89만원으로 상향"): a new round of its offer, not an earlier round told
# plainly (scan's `Mention.revised`).
REVISED_BEFORE = merged_pattern("REVISED_BEFORE")
REVISED_AFTER = merged_pattern("REVISED_AFTER")
# ... only when the clause names what was raised: a price, an offer, a bid, its cost, a forecast;
# and not when the object right before the amount is another ("매출을 2조원으로 늘렸다").
REVISED_OBJECTS = merged_tuple("REVISED_OBJECTS")
REVISED_NOT_BEFORE = merged_pattern("REVISED_NOT_BEFORE")
# The words of a revision that may go either way ("revised its forecast to"): every other word of
# REVISED_BEFORE / REVISED_AFTER says a raise, a level above the one it replaces.
REVISED_EITHER_WAY = merged_tuple("REVISED_EITHER_WAY")
# Right after an amount: what makes its sentence suppose it ("7만원이면"), a computation's input.
SUPPOSING_AFTER = merged_pattern("SUPPOSING_AFTER")
# Anywhere in a sentence: a condition whose consequence is to come ("if ... would", "결정되면 ...
# 조달하게 된다"), the consequence's word its group, which makes the amounts of its clauses (from the
# condition's to the consequence's) a computation as a supposed amount does.
SUPPOSING_CLAUSE = merged_pattern("SUPPOSING_CLAUSE")
# Words naming a market value, which moves day by day.
MARKET_QUOTE = merged_tuple("MARKET_QUOTE")
# What joins two members of a list of amounts between them ("$54 million and $27 million"), and
# what makes two amounts no list, whatever joins them: a change's two levels, a comparison.
LIST_JOIN = merged_pattern("LIST_JOIN")
LIST_NOT = merged_pattern("LIST_NOT")
# Stock exchanges by name: a share listed on two trades at two prices.
STOCK_EXCHANGES = merged_dict("STOCK_EXCHANGES")
INDEX_AFTER_EXCHANGE = merged_tuple("INDEX_AFTER_EXCHANGE")
# The time of day a price is quoted at ("오후 1시 37분 현재", "as of 10:35 a.m."): groups named
# LANG_hour, LANG_minute and LANG_half, the half in CLOCK_AFTERNOON being after noon.
QUOTE_CLOCK = merged_pattern("QUOTE_CLOCK")
CLOCK_AFTERNOON = merged_set("CLOCK_AFTERNOON")
# Words saying a market value is of a recent day its text does not name.
RECENT_DAY = merged_tuple("RECENT_DAY")
# "recent" as an adjective of a market word ("its recent market value of $X").
RECENT_BEFORE_MARKET = merged_tuple("RECENT_BEFORE_MARKET")
# What after a recent word makes it a span, no day ("최근 3년간").
RECENT_SPAN_AFTER = merged_pattern("RECENT_SPAN_AFTER")
# Words beside an amount that name what it is the value of, as scan's words (lower-case Latin,
# Korean morphemes) → a role ("worth", "gain", "borrowing", ...): a stake "worth $28bn" and "a $33
# billion paper gain" are two quantities, and so are a borrowing and a share issue.
AMOUNT_ROLES = merged_dict("AMOUNT_ROLES")
# The role of an amount a company raises by selling new shares (유상증자, a rights offering): its
# price is the seller's, never a price a buyer offers for the shares (scan keeps the two apart).
SHARE_ISSUE = "share issue"
# The roles that are lines of a firm's results: one keeps an amount apart only from another line
# ("revenue" vs "net income"), since a deal's price is often told beside a line it is a multiple of;
# the costs a firm reports (its operating or administrative expenses) are a line too.
# The results line of a firm's reported costs: beside another line in an amount's own words, it is
# most often a concession's subject ("판관비 증가에도 매출은 5조원"), and the nearer line is the amount's.
COST_LINE = "expenses"
RESULT_LINES = frozenset({"revenue", "operating profit", "net income", "ebitda", COST_LINE})
# The role of money a firm raises (an offering's proceeds): never a line of its results, so a
# line is kept apart from it as from another line (a quarter's revenue of $321 million and the
# listing's $315 million raised), its words taking the amount as their object (`RAISED_BEFORE`,
# `RAISED_AFTER`). It tells an amount apart from a results line only: a sum with no role beside it
# in one article may be the same money said again ("raising $315 million ... the $315 million").
RAISED = "raised"


def _date_of_next(lang) -> str:
    """One language's words between a comparison's date and the amount after it that make the
    date that amount's: its tie words (`DATE_OF_NEXT`), a results line's word with or without them."""
    tie = getattr(lang, "DATE_OF_NEXT", "")
    words = sorted((w for w, role in getattr(lang, "AMOUNT_ROLES", {}).items()
                    if role in RESULT_LINES), key=len, reverse=True)
    if not tie or not words:
        return tie
    line = "(?:" + "|".join(re.escape(w) for w in words) + r")\s*"
    return rf"(?:{tie})(?:{line}(?:{tie})?)?|\s*{line}(?:{tie})?"


# Between a comparison's date and the amount after it: the date describes that amount, whatever
# amount stands nearer before it ("전년 동기 기준인 3조원"); a line named between is that amount's
# line, so the date is its date too ("전년 동기 매출 4억달러", "전년 동기의 매출인 4억달러"). Only a
# language with tie words gets its lines' words: Korean's roles are words as written, English's cut.
DATE_OF_NEXT = "|".join(p for lang in _LANGUAGES if (p := _date_of_next(lang)))
# Words (as scan's words) beside a results line that make it a yardstick, not the amount's own
# line ("three times its revenue", "매출의 3배인"), and words opening another clause whose subject
# the line is ("whose revenue doubled").
MULTIPLIER_WORDS = merged_tuple("MULTIPLIER_WORDS")
MULTIPLIER_ENDINGS = merged_tuple("MULTIPLIER_ENDINGS")
OTHER_SUBJECT_BEFORE = merged_tuple("OTHER_SUBJECT_BEFORE")
# Words that make the date after them a point of comparison, not the time of an amount before.
DATE_ANCHOR_BEFORE = merged_tuple("DATE_ANCHOR_BEFORE")
# Words that mark what follows as the news's own event ("이번"), and the date units after them that
# make them a date ("이번 달"); what between a year and them closes the year's own modifier clause.
THIS_EVENT_WORDS = merged_tuple("THIS_EVENT_WORDS")
THIS_EVENT_NOT_BEFORE = merged_tuple("THIS_EVENT_NOT_BEFORE")
THIS_EVENT_UNIT_AFTER = merged_tuple("THIS_EVENT_UNIT_AFTER")
THIS_EVENT_CLOSED_BEFORE = merged_pattern("THIS_EVENT_CLOSED_BEFORE")
# Words that liken an amount to a level of another time, the term likened written before them
# (Korean "와 비슷한") or after them ("similar to"); and what ends a term before its word besides
# a clause's break.
LIKENED_TERM_BEFORE = merged_tuple("LIKENED_TERM_BEFORE")
LIKENED_TERM_AFTER = merged_tuple("LIKENED_TERM_AFTER")
LIKENED_TERM_STOP = merged_pattern("LIKENED_TERM_STOP")
# A ranking's words, and the word after them that leads its other term ("the biggest after").
RANKING = merged_tuple("RANKING")
RANKED_AGAINST = merged_tuple("RANKED_AGAINST")
# Words saying what an amount's story arose from; a noun's year after them is that event's.
DATE_ORIGIN_BEFORE = merged_tuple("DATE_ORIGIN_BEFORE")
# Nouns of a dispute or case: the words above count only right after one.
DATE_ORIGIN_NOUNS = merged_tuple("DATE_ORIGIN_NOUNS")
# Nouns of a stretch of time: a year before one dates the amount even after those words.
DATE_ORIGIN_KEEPS = merged_tuple("DATE_ORIGIN_KEEPS")
# Words that end a noun's phrase: not between a dispute's noun and the word opening it.
DATE_ORIGIN_GAP_NOT = merged_tuple("DATE_ORIGIN_GAP_NOT")
# Words that pair a sentence's dates with its amounts in order ("respectively", "각").
RESPECTIVELY = merged_tuple("RESPECTIVELY")
NOT_LISTED_BEFORE = merged_tuple("NOT_LISTED_BEFORE")
NOT_LISTED_AFTER = merged_tuple("NOT_LISTED_AFTER")
# Words before (English) or after (Korean) a date that make it a plan's deadline.
DEADLINE_BEFORE = merged_tuple("DEADLINE_BEFORE")
DEADLINE_AFTER = merged_tuple("DEADLINE_AFTER")
PERIOD_FOR = merged_tuple("PERIOD_FOR")
# Capitalised words a year is still a date after: after any other, the year is part of a name.
NAME_YEAR_NOT_AFTER = merged_tuple("NAME_YEAR_NOT_AFTER")
# Words before (English) or after (Korean) a date that make it the start of a span.
SPAN_START_BEFORE = merged_tuple("SPAN_START_BEFORE")
SPAN_START_AFTER = merged_tuple("SPAN_START_AFTER")
SPAN_OVER_AFTER = merged_pattern("SPAN_OVER_AFTER")
SPAN_LENGTH_AFTER = merged_pattern("SPAN_LENGTH_AFTER")
# Words before (English) or after (Korean) a month or a day that make it the time of a deed, and
# those that name a point of a year as one ("at the end of 2021", "2021년 말에").
SCHEDULED_BEFORE = merged_tuple("SCHEDULED_BEFORE")
# "and" and a second predicate's plan or modal ("and plans to", "and will"): a later deed of the
# amount's subject, whose date ahead is not the amount's (English).
SECOND_DEED_OPENS = merged_tuple("SECOND_DEED_OPENS")
# ... and the objects of that predicate that are the amount again ("and will book it"): its date
# then is the amount's.
SECOND_DEED_REFERS_BACK = merged_tuple("SECOND_DEED_REFERS_BACK")
SCHEDULED_AFTER = merged_tuple("SCHEDULED_AFTER")
SCHEDULED_POINT_BEFORE = merged_tuple("SCHEDULED_POINT_BEFORE")
SCHEDULED_POINT_AFTER = merged_tuple("SCHEDULED_POINT_AFTER")
# ... and a month written bare before its deed, with no such word (Korean only: English
# writes the preposition, "in March 2027").
SCHEDULED_BARE = merged_pattern("SCHEDULED_BARE")
# Words of a deal being made: its undated terms are dated by the sentence that dates it.
DEAL_MADE = merged_tuple("DEAL_MADE")
# A board meeting: its day is a step before the day its decision is announced.
BOARD_MEETING = merged_tuple("BOARD_MEETING")
# Words that make a sentence's deadline the year of a level forecast, not a plan's due date.
GROWS_TO = merged_tuple("GROWS_TO")
GROWS_FROM = merged_tuple("GROWS_FROM")
# A goal's verb and its own amount, each language's way: the verbs written before their amount
# and what may stand between, those written after it and what may stand between, and what links
# a deadline to a purpose's goal verb right after it.
GOAL_BEFORE_OWN = merged_tuple("GOAL_BEFORE_OWN")
GOAL_OWN_AFTER = merged_pattern("GOAL_OWN_AFTER")
GOAL_AFTER_OWN = merged_tuple("GOAL_AFTER_OWN")
GOAL_OWN_BEFORE = merged_pattern("GOAL_OWN_BEFORE")
DEADLINE_TO_GOAL = merged_pattern("DEADLINE_TO_GOAL")
# What stands between a goal's amount and a deadline that makes the deadline another clause's.
GOAL_CLAUSE_OPENS = merged_pattern("GOAL_CLAUSE_OPENS")
GOAL_OTHER_VERBS = merged_tuple("GOAL_OTHER_VERBS")
# Words before "X to Y" that make it a change by X to the level Y, not a range.
CHANGE_BY_BEFORE = merged_tuple("CHANGE_BY_BEFORE")
# A change and the level it reaches, two amounts side by side: a change word before the first
# and "to" between them ("grew 16.9 trillion won to 242.9 trillion won"), a change word right
# after the first ("4000억원 감소한 1195조8000억원"), or 으로 between them and a change word after
# the second ("91조6000억원으로 4000억원 개선됐다": the first is the level). Scan: two changes
# reaching far-apart levels, or two levels reached by far-apart changes, are two facts.
CHANGE_BEFORE = merged_tuple("CHANGE_BEFORE")
CHANGE_AFTER = merged_tuple("CHANGE_AFTER")
CHANGE_LEVEL_BETWEEN = merged_tuple("CHANGE_LEVEL_BETWEEN")
# Words right after an amount that make it a difference or a change, however its sentence goes on
# ("$2.3 billion smaller than", "1조원 적은", "4000억원 감소한"): scan never takes it for a level with
# a slipped unit, nor for the level a change reached or started from.
DIFFERENCE_AFTER = merged_tuple("DIFFERENCE_AFTER")
# ... those of them that make it a gap between two values, a comparison's, not a change of one
# quantity ("보다 1조원 많다", "$2 billion more than its rival"): scan holds it apart from any level.
COMPARED_AFTER = merged_tuple("COMPARED_AFTER")
# ... and a noun that names such a gap ("격차", "the gap"): an amount it names may be a
# comparison's gap written otherwise.
GAP_NOUN = merged_pattern("GAP_NOUN")
# The level before a change and the level after it: "from" before the first and "to" between
# them, or 에서 between them and 으로 after the second. Scan: the two are two facts, and so are
# the level before one change and a level a change reached.
CHANGE_FROM_BEFORE = merged_tuple("CHANGE_FROM_BEFORE")
# ... words joining that starting level to a date right after it, the date then that level's.
CHANGE_FROM_WHEN = merged_tuple("CHANGE_FROM_WHEN")
CHANGE_FROM_BETWEEN = merged_tuple("CHANGE_FROM_BETWEEN")
# ... except after a word that makes "from X to Y" a range ("ranging from"): the reader.
RANGE_FROM_BEFORE = merged_tuple("RANGE_FROM_BEFORE")
# Written right before a converted amount (a hedge may stand between): "한화 약 6500억원", "당시
# 환율로 1조원", "the equivalent of $1.2 billion". `한화` is also a company (한화 1조 투자): alone
# it counts only after a parenthesis or comma, or with 약 or 로.
CONVERSION_BEFORE = merged_tuple("CONVERSION_BEFORE")
CONVERSION_JOIN = merged_tuple("CONVERSION_JOIN")
# "equivalent to": joins an amount to the same sum in another currency, as a parenthesis does.
CONVERSION_EQUALS = merged_tuple("CONVERSION_EQUALS")
# Written right after an amount, before the parenthesis of its conversion: "1억 달러 상당(약
# 1300억원)", the amount's worth.
CONVERSION_WORTH = merged_tuple("CONVERSION_WORTH")
# Written right after an amount, before the parenthesis of its conversion: the unit it is paid
# per ("$200,000 per day (about 279 million won)", "20만 달러씩(약 2억7900만 원)").
CONVERSION_PER_UNIT = merged_tuple("CONVERSION_PER_UNIT")
# Inside a conversion's parenthesis, words that call its amount a whole ("in total", "합계").
CONVERSION_TOTAL = merged_tuple("CONVERSION_TOTAL")
# Conversion words that are also names inside other words: counted only standing apart.
CONVERSION_NAMES = merged_tuple("CONVERSION_NAMES")
# The currency's words right before a conversion beside its amount ("우리 돈으로 ", "(한화 ").
CONVERSION_IN_WON_BESIDE = merged_tuple("CONVERSION_IN_WON_BESIDE")
# Signs joining an amount to its conversion as a comma does ("·").
CONVERSION_JOINER_SIGNS = merged_tuple("CONVERSION_JOINER_SIGNS")
# Dashes that may join an amount to its conversion of another currency in one parenthesis ("(€8-$9)").
CONVERSION_DASH_SIGNS = merged_tuple("CONVERSION_DASH_SIGNS")
# Words before (and after) amounts joined by CONVERSION_JOIN that make them a choice.
CHOICE_BEFORE = merged_tuple("CHOICE_BEFORE")
CHOICE_AFTER = merged_tuple("CHOICE_AFTER")
# Hedges that may stand between such a marker and the amount.
CONVERSION_BETWEEN = merged_tuple("CONVERSION_BETWEEN")
# A rate written as one unit equal to its price: "($1 = 1,352.60 won)".
RATE_EQUALS = merged_tuple("RATE_EQUALS")
# Written after a converted amount: "US$4.3bn at the time", "1조원(당시 환율 기준)".
CONVERSION_AFTER = merged_tuple("CONVERSION_AFTER")
# The words of either list that name the rate used: they may open the parenthesis of a conversion
# written beside its original ("687억 달러(당시 환율로 약 100조 원)", "$5 billion (at current
# rates, 6.9 trillion won)").
CONVERSION_RATE = merged_tuple("CONVERSION_RATE")
# Those that name a rate, not only a time ("당시 환율로", "at current rates"; not "at the time"):
# they may open the sentence that restates the amount of the one before.
CONVERSION_RATE_NAMED = merged_tuple("CONVERSION_RATE_NAMED")
# A conversion stated as the next sentence: what opens that sentence before its amount ("원화로
# 환산하면 약", "In won terms, that comes to", "That is about"): a joining word, the words naming
# the currency (a Korean verb of reckoning may follow them), and the words that say the amount is
# the one before (English; alone or after the currency's words).
CONVERSION_NEXT_OPEN = merged_tuple("CONVERSION_NEXT_OPEN")
CONVERSION_NEXT_LEAD = merged_tuple("CONVERSION_NEXT_LEAD")
CONVERSION_NEXT_VERB = merged_tuple("CONVERSION_NEXT_VERB")
CONVERSION_NEXT_SAY = merged_tuple("CONVERSION_NEXT_SAY")
CONVERSION_NEXT_NOT = merged_tuple("CONVERSION_NEXT_NOT")

# After a period: the start of a word that shows the sentence goes on (an abbreviation's period).
SENTENCE_GOES_ON = merged_pattern("SENTENCE_GOES_ON")

# Abbreviations whose period does not end a sentence when a number follows ("Sept. 5").
ABBREVIATIONS_BEFORE_NUMBER = merged_tuple("ABBREVIATIONS_BEFORE_NUMBER")

# Between an amount and a date after it: what shows the date is a later clause's, not the amount's.
LATER_CLAUSE = merged_pattern("LATER_CLAUSE")

# English month names, January first (a named month's number is its place).
MONTH_NAMES = en.MONTH_NAMES
# The kinds of date expression, in the order the extractor tries them: of two expressions found
# at one place, the one of the earlier kind is listed first (a full date before its year).
DATE_KINDS = ("ymd", "named_ymd", "ym", "named_ym", "named_md", "last_year_md", "md", "d_ahead", "last_month_d", "next_month_d",
              "d_past", "days", "d", "d_said", "day_before", "previous_day", "story_day_before",
              "weekday_closed", "weekday_past", "same_year_m", "this_year_m", "month_of_year_said", "last_year_m", "m",
              "quarter", "half", "prev_quarter", "year_ago_quarter", "years_ago",
              "years_earlier", "months_ago", "weeks_ago", "last_week", "recent_past", "week_early", "y", "same_year", "last_year", "past_year",
              "this_year", "next_year",
              "last_month", "month_span", "month_name", "season", "m_past")
# English months abbreviated before a day ("Dec. 28"), and their number.
MONTH_ABBREVIATIONS = en.MONTH_ABBREVIATIONS
# Words that put a day named without its year after them ahead of the news ("will pay on July 2").
FUTURE_BEFORE = merged_tuple("FUTURE_BEFORE")
# ... and a plan's words after a verb in its prospective form ("인수할 계획이다").
PLAN_AFTER = merged_tuple("PLAN_AFTER")
# ... and those that put a day named without its year ahead ("must repay it by March 31").
# The words that write a day ahead of publication ("오는 26일").
DAY_AHEAD_WORDS = merged_tuple("DAY_AHEAD_WORDS")
DAY_AHEAD_BEFORE = merged_tuple("DAY_AHEAD_BEFORE")
DAY_AHEAD_AFTER = merged_tuple("DAY_AHEAD_AFTER")
# ... and those that put it in the past, whatever deadline leads it ("had repaid it by March 31").
PAST_BEFORE = merged_tuple("PAST_BEFORE")
PAST_UNDONE = merged_tuple("PAST_UNDONE")
# Words that make a weekday the day a market closed, and those that put it ahead instead.
CLOSED_ON_WEEKDAY = merged_tuple("CLOSED_ON_WEEKDAY")
WEEKDAY_AHEAD_BEFORE = merged_tuple("WEEKDAY_AHEAD_BEFORE")
WEEKDAY_AHEAD_IN_CLAUSE = merged_tuple("WEEKDAY_AHEAD_IN_CLAUSE")
WEEKDAY_SET_BEFORE = merged_tuple("WEEKDAY_SET_BEFORE")
WEEKDAY_SET_IS = merged_tuple("WEEKDAY_SET_IS")
CLOSE_GLUE = merged_tuple("CLOSE_GLUE")
# The units a move's size is written in ("1,500 won higher") besides the percent words of COUNTERS,
# as STAGE_MOVE_FILL reads them.
STAGE_MOVE_UNITS = merged_tuple("STAGE_MOVE_UNITS")
CLOSE_CHANGE = merged_tuple("CLOSE_CHANGE")
WEEKDAY_PAST_BEFORE = merged_tuple("WEEKDAY_PAST_BEFORE")
WEEKDAY_NAME_BEFORE = merged_tuple("WEEKDAY_NAME_BEFORE")
WEEKDAY_NAMING_AFTER = merged_pattern("WEEKDAY_NAMING_AFTER")
WEEKDAYS = en.WEEKDAYS
# The words before "year" that make a month named before them last year's ("June last year").
LAST_YEAR_AFTER_MONTH = en.LAST_YEAR_AFTER_MONTH
# Every language's weekday names and their number, Monday 0 ("Thursday", "목요일": 3).
WEEKDAY_NUMBERS = {name: number for lang in _LANGUAGES
                   for number, name in enumerate(getattr(lang, "WEEKDAYS", ()))}
# A wire's report verb whose weekday right after it is the story's day ("the company said Friday").
REPORTED_ON_WEEKDAY = merged_tuple("REPORTED_ON_WEEKDAY")
# The medium a report verb may name before its weekday ("said in a filing Tuesday"): the day is
# still the saying's (en.py).
REPORTED_VIA = merged_tuple("REPORTED_VIA")
# The words that keep a deed's past verb before its weekday from dating it (en.py).
WEEKDAY_DEED_NOT_AFTER = merged_tuple("WEEKDAY_DEED_NOT_AFTER")
# A noun's determiners, and the words opening a past verb's object (en.py).
DETERMINERS = merged_tuple("DETERMINERS")
VERB_OBJECT_OPENERS = merged_tuple("VERB_OBJECT_OPENERS")
# The words that open a clause of a verb of its own inside another (en.py).
CLAUSE_SUBJECTS = merged_tuple("CLAUSE_SUBJECTS")
# The words joining a second object of one verb (en.py).
CONJUNCT_JOINS = merged_tuple("CONJUNCT_JOINS")
LOCAL_TIME = merged_tuple("LOCAL_TIME")
HOME_TIME = merged_tuple("HOME_TIME")
REPORTED_WEEKDAY_PREPOSITION = merged_tuple("REPORTED_WEEKDAY_PREPOSITION")
REPORTED_AHEAD_BEFORE = merged_tuple("REPORTED_AHEAD_BEFORE")
REPORTED_WEEKDAY_SUBJECT_BEFORE = merged_tuple("REPORTED_WEEKDAY_SUBJECT_BEFORE")
REPORTED_RELATIVE_OPENERS = merged_tuple("REPORTED_RELATIVE_OPENERS")
REPORTED_RELATIVE_SUBJECTS = merged_tuple("REPORTED_RELATIVE_SUBJECTS")
# Words opening a clause of time after an opening weekday: its verb is no saying of that day.
REPORTED_OPENING_TIME_CLAUSE = merged_tuple("REPORTED_OPENING_TIME_CLAUSE")
# Words after a day in its clause that make it the day a thing was said ("10일 밝혔다").
SAID_AFTER_DAY = merged_tuple("SAID_AFTER_DAY")
# Words that make the amount after them a value computed at the amount before them.
COMPUTED_AT = merged_tuple("COMPUTED_AT")
SAID_BY_NOT_SOURCE = merged_tuple("SAID_BY_NOT_SOURCE")
SAID_BY_SOURCE_AFTER = merged_tuple("SAID_BY_SOURCE_AFTER")
QUOTED_CLAUSE_ENDS = merged_tuple("QUOTED_CLAUSE_ENDS")
# A sentence that only restates a deed's sum: the words after its amount (ko.py) or before it (en.py).
RESTATED_SUM_NOUNS = merged_tuple("RESTATED_SUM_NOUNS")
RESTATED_SUM_ENDS = merged_tuple("RESTATED_SUM_ENDS")
RESTATED_SUM_LEADS = merged_tuple("RESTATED_SUM_LEADS")
ADVERB = merged_pattern("ADVERB")
POSSESSIVE = merged_tuple("POSSESSIVE")
# A name's holder mark, right after it ("Orvel's $5 billion", "오르벨의 3000억 원").
HOLDER_MARKS = merged_tuple("HOLDER_MARKS")
# What opens an amount right after its holder's name ("Orvel ($6.6 billion)").
HOLDER_OPENS = merged_tuple("HOLDER_OPENS")
# What opens a noun a participle's phrase describes, and the period nouns whose date it keeps.
MODIFIED_NOUN_OPENS = merged_tuple("MODIFIED_NOUN_OPENS")
RELATIVE_OPENS = merged_tuple("RELATIVE_OPENS")
RELATIVE_NOUN_NOT = merged_tuple("RELATIVE_NOUN_NOT")
MODIFIED_NOUN_AFTER_OPENER = merged_tuple("MODIFIED_NOUN_AFTER_OPENER")
MODIFIED_NOUN_APPOSITIVE = merged_tuple("MODIFIED_NOUN_APPOSITIVE")
MODIFIED_NOUN_NOT_NAMES = merged_tuple("MODIFIED_NOUN_NOT_NAMES")
MODIFIED_NOUN_KEEPS = merged_tuple("MODIFIED_NOUN_KEEPS")
MODIFIED_NOUN_COMPARED = merged_tuple("MODIFIED_NOUN_COMPARED")
# Words pointing at the time the sentence before names ("당시", "at the time"), as a pattern.
AT_THE_TIME = merged_pattern("AT_THE_TIME")
# ... and words pointing at the time of an event named by its noun ("인수 시점", "at the time of
# the acquisition"), the noun a named group.
AT_THE_TIME_OF = merged_pattern("AT_THE_TIME_OF")
AT_THE_TIME_NOT = merged_tuple("AT_THE_TIME_NOT")
# Every language's words of a comparison ("than", "보다").
COMPARISON_WORDS = merged_tuple("COMPARISON")
AT_THE_TIME_UNTIL = merged_tuple("AT_THE_TIME_UNTIL")
AT_THE_TIME_MOVED = merged_tuple("AT_THE_TIME_MOVED")
YEAR_AFTER = merged_tuple("YEAR_AFTER")
YEAR_AFTER_PARTICLES = merged_tuple("YEAR_AFTER_PARTICLES")
YEAR_AFTER_SPAN = merged_tuple("YEAR_AFTER_SPAN")
PAST_DEEDS = merged_tuple("PAST_DEEDS")
DEED_DATE_PREPOSITIONS = merged_tuple("DEED_DATE_PREPOSITIONS")
PAST_DEED_LEAD = merged_tuple("PAST_DEED_LEAD")
NEXT_YEAR_AFTER = merged_tuple("NEXT_YEAR_AFTER")
# A wire dateline opening a sentence ("SEOUL, April 13 (Yonhap) --"), its parts as named groups.
DATELINE = merged_pattern("DATELINE")
DATELINE_LONE_DASHES = merged_set("DATELINE_LONE_DASHES")
DATELINE_NOT_CITY = merged_set("DATELINE_NOT_CITY")
# Quarters written as ordinals, and their number.
QUARTER_WORDS = merged_dict("QUARTER_WORDS")
# ... and the halves of a year ("first half", "상반기"), and their number.
HALF_WORDS = merged_dict("HALF_WORDS")
# ... a sum per period after it or before it in its phrase, without which a half written alone
# is no date.
HALF_SUM_AFTER = merged_pattern("HALF_SUM_AFTER")
HALF_SUM_BEFORE = merged_pattern("HALF_SUM_BEFORE")
# Counts of years written as words ("three years ago"), and their number.
YEAR_COUNT_WORDS = merged_dict("YEAR_COUNT_WORDS")
# Counts of months or weeks written as words ("two weeks ago", "두 달 전"), and their number.
PERIOD_COUNT_WORDS = merged_dict("PERIOD_COUNT_WORDS")


def date_forms() -> tuple[tuple[str, str], ...]:
    """Every language's (kind, pattern) of a date, by kind in `DATE_KINDS` order, then by
    language; a kind no list names raises (its resolution would be missing)."""
    forms = [f for lang in _LANGUAGES for f in getattr(lang, "DATE_FORMS", ())]
    unknown = {k for k, _ in forms} - set(DATE_KINDS)
    if unknown:
        raise ValueError(f"date forms of unknown kinds: {sorted(unknown)}")
    return tuple(sorted(forms, key=lambda f: DATE_KINDS.index(f[0])))
# Words right after a period's date that make it a results event's date ("second-quarter results",
# "2분기 실적 발표"): the amount told at the event may be of another period.
RESULTS_EVENT_AFTER = merged_pattern("RESULTS_EVENT_AFTER")


def _year_line_mark(lang) -> str:
    """One language's words that mark a results line as a whole year's (`YEAR_WHOLE`), a space in
    them a space or a hyphen; where the language names the line after them (`YEAR_WHOLE_LINES`),
    followed by a results line's word (`AMOUNT_ROLES` of `RESULT_LINES`) or one of those."""
    whole = getattr(lang, "YEAR_WHOLE", ())
    if not whole:
        return ""
    mark = "(?:" + "|".join(re.escape(w).replace(r"\ ", r"[\s-]") for w in whole) + ")"
    if all(w.isascii() for w in whole):
        mark = rf"\b{mark}\b"
    not_before = getattr(lang, "YEAR_WHOLE_NOT_BEFORE", ())
    if not_before:
        mark += r"(?!\s+(?:" + "|".join(map(re.escape, not_before)) + "))"
    if hasattr(lang, "YEAR_WHOLE_LINES"):
        lines = sorted((*(w for w, role in getattr(lang, "AMOUNT_ROLES", {}).items()
                          if role in RESULT_LINES), *lang.YEAR_WHOLE_LINES), key=len, reverse=True)
        mark += r"\s*(?:" + "|".join(map(re.escape, lines)) + ")"
    return mark


# Words that mark a results line as a whole year's ("full-year revenue", "전체 매출"): a quarter
# or a half their sentence names is then not the line's period.
YEAR_LINE_MARK = "|".join(p for lang in _LANGUAGES if (p := _year_line_mark(lang)))
