"""An article's money mentions: each amount the extractor reads as money with high confidence,
with its quote, sentence, restatement link, proposed as_of and the words around it.

Shares, counts, durations, ratios and bare numbers never become mentions: only a candidate with
a currency (stated or inferred by the extractor) does, so no other quantity reaches a money group.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from currency.amount import TwoCurrencies, stated
from currency.data.periods import PeriodError, parse_period
from currency.lang import (
    AMOUNT_ROLES,
    BUYER_OFFER_WORDS,
    CHANGE_AFTER,
    CHANGE_BEFORE,
    CHANGE_FROM_BEFORE,
    CHANGE_FROM_BETWEEN,
    CHANGE_LEVEL_BETWEEN,
    CLAUSE_BREAK,
    CLOCK_AFTERNOON,
    COMPARED_AFTER,
    COST_LINE,
    DIFFERENCE_AFTER,
    FRONTED_CLAUSE_NOT,
    FRONTED_CLAUSE_NOT_AFTER,
    FX_BASIS_AFTER,
    FX_BASIS_BEFORE,
    FX_RATE_AFTER,
    FX_RATE_BEFORE,
    GAP_NOUN,
    INDEX_AFTER_EXCHANGE,
    LINE_CAUSE_AFTER,
    LINE_CAUSE_BEFORE,
    LINE_SUBJECT_AFTER,
    MARKET_PRICE_BEFORE,
    MARKET_QUOTE,
    MULTIPLIER_ENDINGS,
    MULTIPLIER_WORDS,
    OFFER_SET_AFTER,
    OFFER_SET_AHEAD,
    OFFER_SET_BEFORE,
    OFFER_WORDS,
    ONE_SHARE_AFTER,
    ONE_SHARE_WORDS,
    OTHER_SUBJECT_BEFORE,
    PER_HEAD_AFTER,
    PER_HEAD_BEFORE,
    PER_HEAD_TO_AMOUNT,
    PER_SHARE_AFTER,
    PER_SHARE_BEFORE,
    PER_SHARE_WORDS,
    PER_WORDS,
    PER_WORDS_BESIDE,
    PRICE_WORDS,
    QUOTE_CLOCK,
    RAISED,
    RAISED_AFTER,
    RAISED_BEFORE,
    RECENT_BEFORE_MARKET,
    RECENT_DAY,
    RECENT_SPAN_AFTER,
    RESULT_LINES,
    REVISED_AFTER,
    REVISED_BEFORE,
    REVISED_EITHER_WAY,
    REVISED_NOT_BEFORE,
    REVISED_OBJECTS,
    SHARE_WORDS,
    STAGE_AMOUNT_AHEAD,
    STAGE_BASE_AFTER,
    STAGE_BEFORE,
    STAGE_BESIDE,
    STAGE_BESIDE_SUBJECT,
    STAGE_CARRY,
    STAGE_CLOSE_MOVE,
    STAGE_DOWN_WORDS,
    STAGE_GLUE,
    STAGE_LIST_FILL,
    STAGE_MOVE_AHEAD,
    STAGE_MOVE_FILL,
    STAGE_MOVE_SUBJECT,
    STAGE_SIZED_MOVE,
    STAGE_WHERE_FILL,
    STAGE_WORDS,
    STAKE_WORDS,
    STOCK_EXCHANGES,
    SUPPOSING_AFTER,
    SUPPOSING_CLAUSE,
    TERM_AFTER,
    TERM_BARE_BEFORE,
    TERM_BEFORE,
    TERM_COUNT_WORDS,
    TERM_DEAL_WORDS,
    TERM_NOT_AFTER,
)
from currency.lang.stages import (
    ACTUAL,
    CLOSE,
    HIGH,
    LOW,
    MARKETED,
    MOVED,
    OFFER,
    OPEN,
    OPENING,
    SESSION,
    SUPPOSED,
    TARGET,
    TRADING,
)
from currency.text.conversion_words import marked_at
from currency.text.conversions import within_ratio
from currency.text.dating import respectively_said, years_back_span
from currency.text.extract import extract, quote_for, written_amount
from currency.text.layout import lead_end
from currency.text.locale import names_which_dollar
from currency.text.reader import GARBLED_NOTE, find_amounts
from reconcile.scan.model import Article
from reconcile.scan.words import Token, tokens_many

# How far (in characters) either side of an amount its own words are looked for; the rest of
# its sentence counts as wider context. A neighbouring amount ends the window: its words belong
# to it ("$200 billion in cash and $150 billion for shipbuilding").
LOCAL = 40
# A sentence end with no space after it: a period after a Hangul syllable, then a letter, a digit
# or an opening quote ("했다.트럼프", "전망이다.14일 업계에 따르면"); not a decimal point (a digit
# before it), not "U.S.".
_RUN_ON = re.compile(r"(?<=[\uac00-\ud7a3][.!?])(?=[\uac00-\ud7a30-9A-Za-z\"'“‘(])")


# A Korean word glossed in Latin letters in parentheses, as Korean news writes a name or term
# the first time: 왓패드(Wattpad), 마이크로소프트(MS), 선불(up front).
_GLOSS = re.compile(r"([\uac00-\ud7a3]{2,})\(([A-Za-z][A-Za-z0-9&.' -]{0,40}[A-Za-z0-9.])\)")


# A percentage is a stake when a stake word is among this many words either side of it.
STAKE_WORDS_NEAR = 2
_WORD = re.compile(r"\w+")


def _words_pattern(words: tuple[str, ...]) -> re.Pattern:
    """Any of `words`, in any case: an English one as a whole word, a Korean one as written."""
    return re.compile("(?i:" + "|".join(
        r"\b" + re.escape(w) + r"\b" if w.isascii() else re.escape(w) for w in words) + ")")


# A stake word as a word ("stake", "stakes"), or a Korean one with what is glued to it ("지분율을").
_STAKE_WORD = re.compile("(?i:" + "|".join(
    re.escape(w) + (r"\w*" if not w.isascii() else r"s?") for w in STAKE_WORDS) + ")")
# A holding a stake goes from or to ("from 10% to 25%", "지분율을 25%로 높였다").
_CHANGE_BEFORE = re.compile(r"(?i:\b(?:to|from)\s+(?:about\s+|around\s+|약\s*)?)$")
_CHANGE_AFTER = re.compile(r"\s*(?:으로|로|에서)")
_PER_SHARE_AFTER = re.compile(r"(?i:\s*(?:" + "|".join(map(re.escape, PER_SHARE_AFTER)) + r")\b)")
_PER_SHARE_BEFORE = re.compile("(?:" + "|".join(map(re.escape, PER_SHARE_BEFORE)) + r")\s*$")
# A word making an amount one per head: the acronyms and English words whole (a Korean particle
# may be glued after them: "ARPU는"), a Korean word with what is glued before it (유료이용자당);
# before the amount in its own words, or right after it.
_PER_HEAD_BEFORE = re.compile("|".join(
    (r"(?i:(?<![A-Za-z0-9])" + re.escape(w) + r"(?![A-Za-z0-9]))" if w.isascii() else re.escape(w))
    for w in sorted(PER_HEAD_BEFORE, key=len, reverse=True)))
_PER_HEAD_AFTER = re.compile(r"(?i:\s*(" + "|".join(
    map(re.escape, sorted(PER_HEAD_AFTER, key=len, reverse=True))) + r")\b)") \
    if PER_HEAD_AFTER else None
# An exchange rate's words right before an amount ("환율 종가 1337원", "exchange rate of 1,351
# won"), or right after it ("1,337 won to the dollar").
_FX_RATE_BEFORE = re.compile(r"(?i:(?<!\w)(?:" + FX_RATE_BEFORE + r")\s*)$") \
    if FX_RATE_BEFORE else None
_FX_RATE_AFTER = re.compile(r"(?i:\s*(?:" + "|".join(map(re.escape, FX_RATE_AFTER)) + r")\b)") \
    if FX_RATE_AFTER else None
# What may stand between a per-head word and its amount; words making an amount a price.
_PER_HEAD_TO_AMOUNT = re.compile(f"(?:{PER_HEAD_TO_AMOUNT})")
_PRICE_WORD = _words_pattern(PRICE_WORDS) if PRICE_WORDS else None
# A line's word as the amount's subject (right after the word), and a cost line's as a cause
# (after it, up to the next line or amount; or right before it).
_LINE_SUBJECT_AFTER = re.compile(f"(?:{LINE_SUBJECT_AFTER})") if LINE_SUBJECT_AFTER else None
_LINE_CAUSE_AFTER = re.compile(f"(?:{LINE_CAUSE_AFTER})") if LINE_CAUSE_AFTER else None
_LINE_CAUSE_BEFORE = re.compile(f"(?:{LINE_CAUSE_BEFORE})") if LINE_CAUSE_BEFORE else None
# Words making a rate a conversion's basis: right before it, or right after it.
_FX_BASIS_BEFORE = re.compile(r"(?i:(?<!\w)(?:" + FX_BASIS_BEFORE + r")\s*)$") \
    if FX_BASIS_BEFORE else None
_FX_BASIS_AFTER = re.compile(r"(?i:\s*(?:" + "|".join(map(re.escape, FX_BASIS_AFTER)) + r"))") \
    if FX_BASIS_AFTER else None
# A pricing word a few words before a share word ("for each Pellston share"), an article right
# before one ("a share"), a Korean word glued ("1주에"), or "한 주에" after a share word ("주식 한
# 주에"): anywhere in an amount's own clause, it prices the amount by one share.
_SHARE_WORD = "(?:" + "|".join(map(re.escape, SHARE_WORDS)) + r")\b"
_PER_SHARE_IN_CLAUSE = re.compile(
    r"(?i:\b(?:" + "|".join(map(re.escape, PER_WORDS)) + r")\s+(?:[\w.&'-]+\s+){0,3}?" + _SHARE_WORD
    + r"|\b(?:" + "|".join(map(re.escape, PER_WORDS_BESIDE)) + r")\s+" + _SHARE_WORD + ")"
    + "".join(r"|(?<!\d)" + re.escape(w) for w in PER_SHARE_WORDS)
    + r"|(?:" + "|".join(map(re.escape, ONE_SHARE_AFTER)) + r")\s+(?:\S+\s+){0,2}?(?:"
    + "|".join(r"\s?".join(map(re.escape, w.split())) for w in ONE_SHARE_WORDS) + ")")
# A move's size between a stage word and its last word "at" (STAGE_MOVE_FILL): "closed 3.1
# percent higher at" names the close "closed at" names.
_MOVE_FILL = re.compile(f"(?i:{STAGE_MOVE_FILL})") if STAGE_MOVE_FILL else None
# ... and where and when (STAGE_WHERE_FILL): "opened trading in Chicago on Tuesday at", read
# with its capitals inside the stage words' case-blind pattern.
_WHERE_FILL = re.compile(STAGE_WHERE_FILL) if STAGE_WHERE_FILL else None
_WHERE = f"(?-i:{STAGE_WHERE_FILL})" if STAGE_WHERE_FILL else ""


def _stage_pattern(word: str) -> str:
    """A stage word's pattern: an English one as whole words, a move's size (and after a verb
    with its object, where and when) allowed before its last word "at" when an amount follows
    ("closed $2 higher at the end of the session" names no close of $2); a Korean one with what
    is glued to it."""
    if not word.isascii():
        # a one-syllable word opening it stands alone: "장 중" (in the session) is no part of
        # "시장 중" (among the markets)
        alone = r"(?<![가-힣])" if re.match(r"[가-힣]\s", word) else ""
        return alone + re.escape(word)
    head, _, last = word.rpartition(" ")
    # where and when only after a verb with its object ("opened trading in Chicago at"): a verb
    # alone names a deal's close too ("the deal closed in March at $50 a share")
    fills = "|".join(f for f in (_MOVE_FILL.pattern if _MOVE_FILL is not None else "",
                                 _WHERE if " " in head else "") if f)
    if fills and head and last == "at":
        return r"\b" + re.escape(head) + f"(?:(?:{fills})+" \
            + f"(?=\\s+at\\s*(?:{STAGE_AMOUNT_AHEAD})))?" + r"\s+at\b"
    return r"\b" + re.escape(word) + r"\b"


# A stage word (STAGE_WORDS): English ones as whole words, Korean ones with what is glued to them.
_STAGE_WORD = re.compile("(?i:" + "|".join(map(_stage_pattern, STAGE_WORDS)) + ")")
_STAGES = {w.lower(): stages for w, stages in STAGE_WORDS.items()}
# A stage word of only the amount beside it (STAGE_BESIDE): an English one right before the
# amount, a Korean one right after it (a space or none between).
_BESIDE_BEFORE = re.compile(r"(?i:\b(?:" + "|".join(
    re.escape(w) for w in STAGE_BESIDE if w.isascii()) + r")\s+)$")
_BESIDE_AFTER = re.compile(r"\s?(?:" + "|".join(
    re.escape(w) if " " not in w or not STAGE_BESIDE_SUBJECT else
    re.escape(w.split(" ", 1)[0]) + f"(?:{STAGE_BESIDE_SUBJECT})?" + r"\s" + re.escape(w.split(" ", 1)[1])
    for w in STAGE_BESIDE if not w.isascii()) + ")")
# Words of a price a buyer sets for shares (OFFER_WORDS), and of them those that name a buyer's
# offer alone (BUYER_OFFER_WORDS); and words naming an amount the market's price (MARKET_PRICE_BEFORE).
_OFFER_WORD = _words_pattern(OFFER_WORDS)
_BUYER_OFFER_WORD = _words_pattern(BUYER_OFFER_WORDS)
_MARKET_PRICE = re.compile(MARKET_PRICE_BEFORE) if MARKET_PRICE_BEFORE else None
# A share's move to a session's extreme said by its size (STAGE_SIZED_MOVE), a low after a word of
# a fall (STAGE_DOWN_WORDS) in the amount's clause, or to the close (STAGE_CLOSE_MOVE); a share
# what moved (STAGE_MOVE_SUBJECT), no word putting the move ahead (STAGE_MOVE_AHEAD).
_SIZED_MOVE = re.compile(f"(?i:{STAGE_SIZED_MOVE})") if STAGE_SIZED_MOVE else None
_CLOSE_MOVE = re.compile(f"(?i:{STAGE_CLOSE_MOVE})") if STAGE_CLOSE_MOVE else None
_DOWN_WORD = re.compile(r"(?i:\b(?:" + "|".join(map(re.escape, STAGE_DOWN_WORDS)) + r")\b)")
_MOVE_SUBJECT = re.compile(r"(?i:\b(?:" + "|".join(map(re.escape, STAGE_MOVE_SUBJECT)) + r")\b)")
_MOVE_AHEAD = re.compile(r"(?i:\b(?:" + "|".join(map(re.escape, STAGE_MOVE_AHEAD)) + r")\b)")
# ... the subject that moved between its parts (STAGE_BESIDE_SUBJECT: "18달러까지 주가가 올랐다")
_BESIDE_SUBJECT = re.compile(STAGE_BESIDE_SUBJECT) if STAGE_BESIDE_SUBJECT else None
_BESIDE = {w.lower(): stages for w, stages in STAGE_BESIDE.items()}
# What stands between a stage word and the amount right after it that it names (STAGE_GLUE), and a
# word naming the stage of that amount only (STAGE_BEFORE), found on the text before the amount.
_GLUE = re.compile(r"(?i:(?:" + STAGE_GLUE + r")?\s*\(?\s*)")
_BEFORE_WORDS = {w.lower(): stages for w, stages in STAGE_BEFORE.items()}
# Between a stage word's own amount and a later one, what carries the stage on (STAGE_CARRY).
_CARRY = re.compile(r"(?i:\b(?:" + "|".join(map(re.escape, STAGE_CARRY)) + r")\b)")
# All a list carrying the stage may hold between the two amounts: carry words and STAGE_LIST_FILL.
# One space or comma per step: a run of them as one repeated piece inside the repetition was
# tried every way it splits when the gap does not match (seconds for 24 spaces).
_LIST_GAP = re.compile(r"(?i:(?:[\s,]|(?:" + "|".join(map(re.escape, STAGE_CARRY))
                       + (("|" + STAGE_LIST_FILL) if STAGE_LIST_FILL else "") + r")(?!\w))*)")
# A stage word a change is compared with (STAGE_BASE_AFTER), its own amount in parentheses aside.
_BASE = re.compile(r"\s*(?:\([^()]*\))?\s*(?:" + "|".join(map(re.escape, STAGE_BASE_AFTER))
                   + ")")
_STAGE_BEFORE = re.compile("(?i:(?:" + "|".join(
    r"\b" + re.escape(w) if w.isascii() else re.escape(w) for w in STAGE_BEFORE) + r")(?="
    + _GLUE.pattern + "$))")
# The offer price's own words of STAGE_BEFORE ("공모가", "offer price"), read anywhere in a clause
# (`_priced_at_band_end`); longest first, so that "희망 공모가" is read whole, a band's.
_OFFER_NAMED = re.compile("(?i:" + "|".join(
    r"\b" + re.escape(w) if w.isascii() else re.escape(w)
    for w in sorted(STAGE_BEFORE, key=len, reverse=True)) + ")")
# The end set as the price (OFFER_SET_AFTER right after it, OFFER_SET_BEFORE right before it) and a
# pricing still to come in its clause (OFFER_SET_AHEAD), which keeps the end the band's.
_SET_AFTER = re.compile(f"(?:{OFFER_SET_AFTER})") if OFFER_SET_AFTER else None
_SET_BEFORE = re.compile(f"(?i:{OFFER_SET_BEFORE})") if OFFER_SET_BEFORE else None
_SET_AHEAD = re.compile("(?i:" + "|".join(
    r"\b" + re.escape(w) + r"\b" if w.isascii() else re.escape(w) for w in OFFER_SET_AHEAD) + ")")
# The words beside an amount that say a move to a level, not an extreme: a session's high or low
# only in a sentence naming a session, as a profit plunges to a year's level too ("plunged to $3
# billion last year", "매출이 2조원까지 떨어졌다"). Read off the stages the data gives them.
_MOVES = frozenset(w.lower() for w, stages in STAGE_BESIDE.items() if (OPENING, MOVED) in stages)
# The words beside an amount that say a price the session is trading at ("에 거래하고 있"): also
# a deal's volume ("연간 2000억원에 거래하고 있다"), so a reading only of a price (`_a_reading`).
_READINGS = frozenset(w.lower() for w, stages in STAGE_BESIDE.items() if (SESSION, TRADING) in stages)
# The stage words that name a session or the value one gave (종가, at the open, 장중, intraday): a
# move beside an amount ("3만원까지 밀렸다") is a session's extreme only in their sentence.
_SESSION_KINDS = frozenset(w.lower() for w, stages in STAGE_WORDS.items()
                           if any(k == SESSION or st == ACTUAL for k, st in stages))
_CLAUSE_BREAK = re.compile(CLAUSE_BREAK)
_SUPPOSING = re.compile(SUPPOSING_AFTER)
_SUPPOSING_CLAUSE = re.compile(SUPPOSING_CLAUSE) if SUPPOSING_CLAUSE else None
# An amount a sentence supposes ("7만원이면") makes its amounts a computation: the target stage.
_SUPPOSED = ((TARGET, SUPPOSED),)
_MARKET_WORD = _words_pattern(MARKET_QUOTE)
# A recent word, not one that opens a span ("최근 3년간": `RECENT_SPAN_AFTER`), or "recent" as an
# adjective of a market word ("its recent market value": `RECENT_BEFORE_MARKET`).
_RECENT_WORD = re.compile("(?i:(?:" + "|".join(
    [r"\b" + re.escape(w).replace(r"\ ", r"\s+") + r"\b" if w.isascii() else re.escape(w)
     for w in RECENT_DAY]
    + [r"\b" + re.escape(w) + r"\s+(?=" + _MARKET_WORD.pattern + ")" for w in RECENT_BEFORE_MARKET])
    + ")" + (f"(?!{RECENT_SPAN_AFTER})" if RECENT_SPAN_AFTER else "") + ")"
    ) if RECENT_DAY or RECENT_BEFORE_MARKET else None   # an empty alternation matches anywhere
# The day of a market value its words call recent (`RECENT_DAY`) and date no closer: a day of
# its own, apart from every day a text names, shared with other recent values.
RECENT = "recent"


# A change and the level it reaches, side by side (`CHANGE_BEFORE`, `CHANGE_AFTER`,
# `CHANGE_LEVEL_BETWEEN` of `currency.lang`); a parenthesised conversion may follow either.
_CHANGE_WORD_BEFORE = re.compile(r"(?i:(?<!\w)(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in CHANGE_BEFORE) + r")\s+)$")
_CHANGE_WORD_AFTER = re.compile("(?:" + "|".join(map(re.escape, CHANGE_AFTER)) + r")\w*")
_LEVEL_BETWEEN = re.compile("(?i:" + "|".join(map(re.escape, CHANGE_LEVEL_BETWEEN)) + ")")
_FROM_BEFORE = re.compile(r"(?i:(?<!\w)(?:" + "|".join(map(re.escape, CHANGE_FROM_BEFORE))
                          + r")\s+)$")
_FROM_BETWEEN = re.compile("(?:" + "|".join(map(re.escape, CHANGE_FROM_BETWEEN)) + ")")
_ASIDE = re.compile(r"\s*\([^()]*\)")
# Words that make an amount money a firm raises, its object (`RAISED_BEFORE`: "raising up to",
# "공모자금은"; `RAISED_AFTER`: "in proceeds", "를 조달"), its parenthesised conversion aside.
_RAISED_BEFORE = re.compile(RAISED_BEFORE) if RAISED_BEFORE else None
_RAISED_AFTER = re.compile(RAISED_AFTER) if RAISED_AFTER else None
# A difference's words right after its amount (`DIFFERENCE_AFTER`): English ones as whole words,
# Korean ones as a word's start, after a space or none, a price's share between ("$2 a share
# more"); a bracket the amount closes stands aside.
def _after_amount_pattern(words: tuple) -> re.Pattern | None:
    return re.compile(r"[)\]）]?\s?(?:(?i:" + "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in PER_SHARE_AFTER) + r")\s+)?(?:" + "|".join(
        r"(?i:" + re.escape(w).replace(r"\ ", r"\s+") + r")\b" if w.isascii() else re.escape(w)
        for w in words) + ")") if words else None


_DIFFERENCE = _after_amount_pattern(DIFFERENCE_AFTER)
# ... and a comparison's among them (`COMPARED_AFTER`): a gap between two values
_COMPARED = _after_amount_pattern(COMPARED_AFTER)
# ... and a noun naming a gap before the amount in its sentence (`GAP_NOUN`: "격차는 3조원", "the
# gap ... widened to $2.4 billion")
_GAP_NOUN = re.compile(GAP_NOUN) if GAP_NOUN else None


# A sentence the article prints again (a page that repeats its lead or headline) states its amounts
# once. Told by its words with quotation marks and spaces folded ('총아' and ‘총아’ are one), and only
# for a sentence with this many letters besides its amounts: a bare label ("매출 10억 달러") may
# stand in two parts of a page for two facts.
REPEAT_LETTERS = 8
_QUOTE_MARKS = str.maketrans(dict.fromkeys("‘’‚‛′“”„‟″«»「」『』`´\"", "'"))


# What may stand between an amount and a conversion of it that the text marks as one:
# punctuation and "or" / "또는" ("1 trillion won, or $919 million at today's exchange rate").
_CONVERSION_GAP = re.compile(r"[\s,(（]*(?:or|또는|i\.e\.)?[\s,(（]*", re.I)
# With only punctuation between them ("45억 크로네(1억8800만 유로)", "1억 2000만 달러, 1200억원
# 이상") the later amount restates the first though no word says so, when their dollar values lie
# within CONVERSION_RATIO (the extractor's, for a writer's conversion): two amounts of a list are
# rarely this close with nothing between them. ("or" alone may join alternatives.)
_PUNCTUATION_GAP = re.compile(r"[\s,(（]*")

# The bases of `Mention.as_of_basis` by where the date was written: in the amount's own sentence
# (or the deal's sentence it restates the terms of); by its text for the amount itself, the
# sentence before that "at the time" points at too; and by its article, its news date besides
# (the publication day alone dates every undated amount of it alike).
SENTENCE_DATE_BASES = ("sentence", "deal")
OWN_DATE_BASES = SENTENCE_DATE_BASES + ("then",)
ARTICLE_DATE_BASES = OWN_DATE_BASES + ("article",)
# The bases that may say only when a report came out, not when its event happened: its
# publication day, or its lead's news date (a dateline's).
REPORT_DATE_BASES = ("published", "article")


@dataclass(frozen=True)
class Mention:
    """One money amount of one article, as scan sees it."""

    key: str                       # "<article number>:<candidate index>", unique in one scan
    article: int                   # position of its article in the scanned list
    index: int                     # the extractor's candidate index within the article
    span: str                      # the amount as written
    written: str                   # the amount as its figure's cell writes it (`written_amount`)
    value: float
    currency: str
    currency_note: str | None      # why a currency the text leaves implicit was chosen
    usd: float | None              # the value in US dollars at its own date's rate (`rate_day`; a hint)
    start: int
    end: int
    sentence_start: int
    sentence: str
    quote: str
    as_of: str                     # proposed: the sentence's date, the news date, or published
    as_of_basis: str               # "sentence", "deal", "then", "article" or "published"
    as_of_from: str | None         # the date words as_of was read from
    restates: int | None           # candidate index of the amount this one converts
    bound: str
    per: str | None                # "year", "month" for a rate (연간 200억 달러); None for a sum
    local: tuple[Token, ...]       # words within LOCAL characters, not past another amount
    context: tuple[Token, ...]     # the other words of its sentence
    as_of_said: bool = False       # its day (its sentence's, its news date's) is dated as the
    #                                saying's ("10일 밝혔다")
    as_of_local: bool = False      # its date's words mark it the event's local time
                                   # ("20일(현지시간)")
    as_of_home: bool = False       # its day (its sentence's, its news date's) is marked as the
                                   # report's home clock ("13일(한국시간)"), not the event's
    as_of_deed: bool = False       # its news date is the deed's day its lead's quote writes
                                   # ("3일 ... 지난 2일 수주했다고 밝혔다"), not the saying's
    as_of_compared: bool = False   # its own sentence's date is the other term of a comparison
                                   # ("전년 동기 3조원", "$3 billion a year earlier")
    glosses: tuple[tuple[str, str], ...] = ()   # the article's Korean words glossed in Latin
                                               # letters: (("왓패드", "Wattpad"), ...)
    subject: str | None = None     # its holder: the name nearest before it in its own words
                                   # ("일본은 5500억 달러에", "said Japan pledged $550 billion")
    term: int | None = None        # the years of the contract its own words give (`term_of`)
    share: tuple[float, float] | None = None   # the percentage stated with it, as the interval
                                               # its rounding allows ("a 12% stake ... worth
                                               # EUR422.5 million": 11.5..12.5)
    stages: tuple[tuple[str, str], ...] = ()   # per kind, the stage its sentence names nearest
                                               # it: (("bill", "proposed"),) for "정부안(12조)"
    reaches: float | None = None   # a change: the level it reaches, in US dollars ("grew
                                   # 16.9 trillion won to 242.9 trillion won")
    changed_by: float | None = None    # a level: the change that reached it, in US dollars
    difference: bool = False       # its words right after it make it a difference or a change
                                   # (`DIFFERENCE_AFTER`: "$2.3 billion smaller than", "1조원
                                   # 적은", "4000억원 감소한"), never a level
    compared: bool = False         # ... a comparison's gap between two values (`COMPARED_AFTER`:
                                   # "보다 1조원 많다"), not a change of one quantity
    gap_named: bool = False        # a noun before it in its sentence names a gap (`GAP_NOUN`:
                                   # "격차는 3조원"): it may be a comparison's gap
    revised: str | None = None     # "up" where its own clause says a raise reached it ("raised
                                   # its offer to X", "X로 상향했다"), "either" a revision
                                   # ("revised its forecast to X"): a new round
    change_end: str | None = None  # "before" or "after": a level before a change ("from X to
                                   # Y", "X에서 Y로") or after one (Y, or a level `changed_by`)
    as_of_years: tuple[int, int] | None = None  # a year counted back from the article ("3년
    #                                전", "three years ago"): the first and last year it may be
    #                                (`years_back_span`)
    role: str | None = None        # what its own words name it, when they name one thing
                                   # (`AMOUNT_ROLES`: "a stake worth $28bn", "a $33bn paper gain")
    market_day: str | None = None  # the day its market value is of (its sentence names one:
                                   # `MARKET_QUOTE`), when its text names the day (not only
                                   # the publication date), or `RECENT` when its words
                                   # call it recent ("시가총액은 최근 X")
    precision: float = 0.0         # the place of its last digit as written ("$812,000,000": 1;
                                   # "$812 million": 1e6), as the digits check reads it
    ends: tuple[float, float] | None = None  # the two ends a range writes ("40만~49만8000원",
                                   # "between $41 and $43"); None for one amount or a band of
                                   # 대 ("1조원대": a loose size, no two ends stated)
    stated: tuple[float, float, float] | None = None  # its rounding unit and what it stands
                                   # for in its own currency, hedge included
    garbled: str | None = None     # the reader's note on an amount written garbled ("garbled: …")
    two_currencies: TwoCurrencies | None = None  # the reader's note on a sign and a word of two
                                   # currencies ("$4.85 trillion won"), read as the word's
                                   # (`currency.amount.stated`): "12조 원이 넘는" 1조, 11.5조, inf
    usd_as_signed: float | None = None  # a bare "$" guessed a local dollar: its value read as
                                   # the US dollar its sign names where no country is known
    lead: tuple[Token, ...] = ()   # the words of its article's first sentence (its headline,
                                   # when it has one): the story, where its own sentence names none
    per_share: bool = False        # a price of one share ("$20 a share", "주당 2만원")
    per_head: str | None = None    # the head it is an average per: "user" ("ARPU는 3만5000원"),
                                   # "person" ("1인당 25만원"); None when its words say none
    share_price: bool = False      # read as a share's price: per share, or a price word in its
                                   # own words ("주가는 12달러", "closed at $12")
    offer_word: bool = False       # its own clause names a price a buyer sets for shares
                                   # (`OFFER_WORDS`: "tender offer", 공개매수), its own words
                                   # not the market's price (`offer_price`)
    buyer_offer: bool = False      # ... by a word that names a buyer's offer alone
                                   # (`BUYER_OFFER_WORDS`: "tender offer", not "offer price")
    market_price: bool = False     # its own words before it name it the market's price
                                   # (`MARKET_PRICE_BEFORE`: "주가는 4만원", "stock price of $32")
    fx_rate: bool = False          # an exchange rate ("환율 1350원 기준", "1,337 won to the dollar")
    fx_basis: bool = False         # that rate is a conversion's basis ("환율 1350원 기준", "at an
                                   # exchange rate of 1,351 won"), not a market's quote
    priced_by_share: bool = False  # its own clause prices it by one share ("$20 in cash for
                                   # each Pellston share", "주식 1주에 2만원")
    exchange: str | None = None    # the one stock exchange its sentence names (`STOCK_EXCHANGES`:
                                   # "opened at Rs 1,931 on the BSE"), None for none or two
    clock: str | None = None       # the one time of day its sentence quotes it at, "13:37"
                                   # (`QUOTE_CLOCK`: "오후 1시 37분 현재"), None for none or two


def money_candidates(article: Article) -> list:
    """The extractor's high-confidence money candidates of an article, in text order."""
    cands = extract(article.text, article.published_span, article.locale, article.url)
    return [c for c in cands if c.confidence == "high" and c.currency]


def printed_once(money: list) -> tuple[list, dict[int, int]]:
    """The candidates less those of a sentence printed again (the same words, the same amount as
    its same n-th), and how many times each kept candidate is printed, when more than once."""
    in_sentence: dict[int, list] = {}
    for c in money:
        in_sentence.setdefault(c.sentence_start, []).append(c)
    first: dict[tuple, int] = {}
    kept, copies = [], {}
    for c in money:
        mates = in_sentence[c.sentence_start]
        letters = sum(ch.isalpha() for ch in c.sentence) - sum(
            ch.isalpha() for m in mates for ch in m.amount.span)
        nth = sum(m.amount.span == c.amount.span for m in mates if m.start < c.start)
        key = (" ".join(c.sentence.translate(_QUOTE_MARKS).split()), c.amount.span, nth)
        if letters >= REPEAT_LETTERS and key in first:
            copies[first[key]] = copies.get(first[key], 1) + 1
            continue
        first.setdefault(key, c.index)
        kept.append(c)
    return kept, copies


def article_mentions(article: Article, number: int) -> list[Mention]:
    """The money mentions of one article, in text order."""
    return mentions_of([(article, number, money_candidates(article))])[0]


def mentions_of(read: list[tuple[Article, int, list]]) -> list[list[Mention]]:
    """Mentions of several articles, given each (article, its number, its money candidates):
    their sentences' words are analysed in one batch."""
    keys, sentences, befores = [], [], []
    for k, (article, _, money) in enumerate(read):
        for start in dict.fromkeys(c.sentence_start for c in money):
            c = next(c for c in money if c.sentence_start == start)
            keys.append((k, start))
            sentences.append((c.sentence, start))
            befores.append(article.text[:start])
        if money:
            keys.append((k, "lead"))
            sentences.append((article.text[:lead_end(article.text)], 0))
            befores.append("")
    words = dict(zip(keys, tokens_many(sentences, befores)))
    # one tuple of lead words per article, shared by its mentions
    return [[_mention(article, number, c, money, words[(k, c.sentence_start)], gloss, lead)
             for c in money]
            for k, (article, number, money) in enumerate(read)
            for gloss, lead in [(glosses_of(article.text) if money else (),
                                 tuple(words.get((k, "lead"), ())))]]


def glosses_of(text: str) -> tuple[tuple[str, str], ...]:
    """The Korean words an article glosses in Latin letters ("왓패드(Wattpad)"), first gloss
    of each word kept: the article's own English for its Korean names and terms."""
    found: dict[str, str] = {}
    for m in _GLOSS.finditer(text):
        found.setdefault(m.group(1), m.group(2).strip())
    return tuple(found.items())


def _mention(article: Article, number: int, c, money: list, words: list[Token],
             glosses: tuple[tuple[str, str], ...] = (), lead: tuple[Token, ...] = ()) -> Mention:
    starts = sorted(m.start for m in money)
    s0, s1 = own_sentence(c.sentence, c.sentence_start, c.start)
    own = c.sentence[s0 - c.sentence_start:s1 - c.sentence_start]   # the amount's own sentence
    words = [t for t in words if s0 <= t.start and t.end <= s1]
    local, wide = _words_around(c, starts, words)
    # the later amount of a pair is the conversion written beside the first
    restates = c.pair["with"] if c.pair and c.pair["with"] < c.index else _said_conversion(
        c, money, article.published)
    as_of, basis, date_words = _as_of(c, article.published_as)
    mates = [m for m in money if s0 <= m.start < s1]
    stages_here = stages_of(own, s0, c, mates)
    return Mention(
        key=f"{number}:{c.index}", article=number, index=c.index, span=c.amount.span,
        written=written_amount(article.text, c),
        value=c.amount.value, currency=c.currency,
        currency_note=c.currency_from if c.currency != c.amount.currency else None,
        usd=in_usd(c.amount.value, c.currency, rate_day(as_of, basis, article.published)),
        usd_as_signed=c.amount.value if names_which_dollar(c.amount, c.currency) else None,
        lead=lead,
        per_share=per_share(own, s0, c),
        fx_rate=restates is None and fx_rate(own, s0, c),
        fx_basis=restates is None and fx_basis(own, s0, c),
        priced_by_share=priced_by_share(own, s0, c),
        start=c.start, end=c.end, sentence_start=s0,
        sentence=own,
        quote=quote_for(article.text, c), as_of=as_of, as_of_basis=basis,
        as_of_from=date_words, as_of_local=c.as_of_local,
        as_of_home=basis in ("sentence", "article") and c.as_of_home,
        as_of_said=basis in ("sentence", "article") and c.as_of_said,
        as_of_deed=basis == "article" and c.as_of_deed,
        as_of_compared=basis == "sentence" and c.as_of_compared,
        restates=restates, bound=c.amount.bound,
        per=c.amount.per,
        per_head=per_head(own, s0, c, mates, words),
        share_price=share_price(own, s0, c, mates),
        offer_word=offer_price(own, s0, c, mates),
        buyer_offer=offer_price(own, s0, c, mates, _BUYER_OFFER_WORD),
        market_price=market_price(own, s0, c, mates),
        precision=c.amount.precision,
        garbled=next((n for n in c.amount.notes if n.startswith(GARBLED_NOTE)), None),
        two_currencies=c.amount.two_currencies,
        stated=stated(c.amount, restatement=restates is not None),
        ends=(c.amount.low, c.amount.high) if c.amount.bound == "range" and not c.amount.band
        and 0 < c.amount.low < c.amount.high else None,
        local=tuple(local),
        context=tuple(wide), glosses=glosses, subject=subject_of(local, c.start),
        share=share_of(own, s0, c, mates, _opens_list(c, mates)),
        term=term_of(own, s0, c),
        stages=stages_here,
        role=RAISED if raised_money(own, s0, c, mates)
        else role_of(local, words, c, mates, own, s0),
        as_of_years=years_back_span(date_words, own, as_of, article.published),
        market_day=market_day(own, as_of, basis, _recent_market(own, s0, c, mates, words),
                              stages_here, bool(date_words and _RECENT_WORD
                                                and _RECENT_WORD.search(date_words))),
        exchange=exchange_of(own, c.start - s0, c.end - s0),
        clock=clock_of(own, c.start - s0, c.end - s0),
        difference=difference(article.text, c.end),
        compared=difference(article.text, c.end, _COMPARED),
        gap_named=bool(_GAP_NOUN and _GAP_NOUN.search(own, 0, c.start - s0)),
        revised=revised(own, s0, c),
        **_change_link(article, c, mates))


# A level a raise or a revision reached, before the amount or right after it (REVISED_BEFORE,
# REVISED_AFTER), unless another object stands right before it (REVISED_NOT_BEFORE)
_REVISED_BEFORE = re.compile(REVISED_BEFORE) if REVISED_BEFORE else None
_REVISED_AFTER = re.compile(REVISED_AFTER) if REVISED_AFTER else None
_REVISED_NOT_BEFORE = re.compile(REVISED_NOT_BEFORE) if REVISED_NOT_BEFORE else None
# ... and what was raised, named in its clause (REVISED_OBJECTS): English ones as whole words
# (a plural allowed), Korean ones as written
_REVISED_OBJECT = re.compile("(?i:" + "|".join(
    rf"\b{re.escape(w)}s?\b" if w.isascii() else re.escape(w) for w in REVISED_OBJECTS) + ")")
# A revision's words that may go either way (REVISED_EITHER_WAY)
_EITHER_WAY = re.compile("(?i:" + "|".join(
    rf"\b{re.escape(w)}\b" if w.isascii() else re.escape(w) for w in REVISED_EITHER_WAY) + ")") \
    if REVISED_EITHER_WAY else None


def revised(sentence: str, offset: int, c) -> str | None:
    """Where the amount's own clause says a raise or a revision reached it, its direction: "up"
    for a raise ("raised its offer price to 830,000 won", "89만원으로 상향 조정했다", "인상된
    83만원"), "either" for a revision ("revised its forecast to"); None otherwise. Its clause must
    name what was raised (a price, an offer, a cost: "the sum collected so far climbed to" is money
    raised), and no other object stand right before it ("매출을 2조원으로 늘렸다"). A raise's words
    of another clause ("Orvel raised its bid, and Kestrel's $40 offer ...") say nothing of it."""
    start, end = max(c.start - offset, 0), max(c.end - offset, 0)
    first, last = _clause(sentence, start, end)
    if not _REVISED_OBJECT.search(sentence, first, last):
        return None
    if _REVISED_NOT_BEFORE and _REVISED_NOT_BEFORE.search(sentence[first:start]):
        return None
    said = (_REVISED_BEFORE and _REVISED_BEFORE.search(sentence[first:start])
            or _REVISED_AFTER and _REVISED_AFTER.match(sentence[:last], end))
    if not said:
        return None
    return "either" if _EITHER_WAY and _EITHER_WAY.search(said.group()) else "up"


def difference(text: str, end: int, words: re.Pattern | None = _DIFFERENCE) -> bool:
    """Whether the amount ending at `end` of `text` is a difference or a change its words right
    after it say (`DIFFERENCE_AFTER`, or the `words` given), its parenthesised conversion aside:
    "$2.3 billion (3.1 trillion won) smaller than", "1조원 적은"."""
    if words is None:
        return False
    aside = _ASIDE.match(text, end)
    return bool(words.match(text, aside.end() if aside else end))


# A stock exchange named as where an amount was traded: "on (the) X" in English, not a name an
# index word follows ("the BSE Sensex", "the Nasdaq Composite"); "X에서" in Korean ("코스닥 지수" is
# the index).
_EXCHANGE = re.compile(
    r"(?i:\bon\s+(?:the\s+)?)(?P<en>" + "|".join(re.escape(w) for w in STOCK_EXCHANGES if w.isascii())
    + r")\b(?!\s+(?i:" + "|".join(re.escape(w) for w in INDEX_AFTER_EXCHANGE) + r")\b|\s+\d)"
    + "|(?P<ko>" + "|".join(re.escape(w) for w in STOCK_EXCHANGES if not w.isascii()) + ")에서")


def exchange_of(sentence: str, start: int = 0, end: int | None = None) -> str | None:
    """The one stock exchange the clause of `sentence` holding `start`..`end` names as where the
    amount traded (`STOCK_EXCHANGES`: "on the BSE", "나스닥에서"), None for none or two."""
    end = len(sentence) if end is None else end
    first, last = _clause(sentence, start, end)
    found = list(_EXCHANGE.finditer(sentence, first, last))
    # a sentence's lead "On the NSE, shares opened at ..." frames its every clause
    lead = _EXCHANGE.match(sentence.lstrip())
    named = {STOCK_EXCHANGES[m.group("en") or m.group("ko")]
             for m in found + ([lead] if lead and lead.group("en") else [])}
    return named.pop() if len(named) == 1 else None


_QUOTE_CLOCK = re.compile(QUOTE_CLOCK) if QUOTE_CLOCK else None


def clock_of(sentence: str, start: int = 0, end: int | None = None) -> str | None:
    """The one time of day `sentence` quotes its amount (at `start`:`end`) at, in the amount's
    clause, as "HH:MM" on a 24-hour clock ("오후 1시 37분 현재": "13:37"); None for none, two,
    or one whose half of the day is unknown ("2시 현재", "오전 12시")."""
    if _QUOTE_CLOCK is None:
        return None
    # A clock in another clause times another event ("closed at $50, and will report at 4 p.m.").
    first, last = _clause(sentence, start, len(sentence) if end is None else end)
    found = set()
    for m in _QUOTE_CLOCK.finditer(sentence, first, last):
        parts = {name.split("_", 1)[1]: value for name, value in m.groupdict().items() if value}
        hour, minute = int(parts["hour"]), int(parts.get("minute") or 0)
        half = parts.get("half", "").lower()
        if not half or hour == 0 or hour > 12 or minute > 59 or (hour == 12 and half not in
                                                                   CLOCK_AFTERNOON):
            # "2시 현재" may be 2 a.m. or 2 p.m., and "오전 12시" noon or midnight: no time.
            return None
        if half in CLOCK_AFTERNOON and hour < 12:
            hour += 12
        found.add(f"{hour:02d}:{minute:02d}")
    return found.pop() if len(found) == 1 else None


def market_day(sentence: str, as_of: str, basis: str, recent: bool,
               stages: tuple[tuple[str, str], ...] = (), recent_dated: bool = False) -> str | None:
    """The day a market value its sentence names is of: the day its sentence names, else
    `RECENT` when it is a recent market value (`_recent_market`), else the article's news day;
    None for a value its words project (`stages` naming a target). `recent_dated`: its date
    words are the recent words themselves (a recent deed's span, no day of the sentence)."""
    # A projected value ("is expected to reach", "예상 시가총액") is no quote a day's trade gave:
    # dated by the news day it would be kept from the same projection or the value it comes to
    # in a later report, where the stage words already keep it from a close's value.
    if not _MARKET_WORD.search(sentence) or {(TARGET, TARGET), (TARGET, SUPPOSED)} & set(stages):
        return None
    # a recent market value its sentence dates only by its recent words ("시가총액은 최근 2억
    # 달러를 넘었다": `recent_past`) is still of a recent day of its own, no span's
    if recent and (basis != "sentence" or recent_dated):
        return RECENT
    return named_day(as_of, basis)


def named_day(as_of: str, basis: str) -> str | None:
    """The day an amount's text names (its sentence's or its article's news date, a whole day),
    None for the publication date alone: a page may print a day's news a day or more later."""
    return as_of if basis != "published" and len(as_of) == 10 else None


def _recent_market(sentence: str, offset: int, c, mates: list, words: list[Token]) -> bool:
    """Whether the amount is a market value its own words (`_own_span`) call recent: a recent
    word among them, and a market word its subject (`_market_subject`)."""
    # "최근 발표한 매출" beside a 시가총액, "a 30 % premium to its recent market value" after a
    # price: the recent or market word is another amount's or another noun's
    lo, hi = _own_span(sentence, offset, c, mates)
    return bool(_RECENT_WORD and _RECENT_WORD.search(sentence, lo, hi)
                and _market_subject(sentence, offset, lo, c, mates, words))


def _own_pair(c, mates: list) -> tuple[int, int]:
    """The span of `c` with the conversion written beside it (`_pairs_of`)."""
    return next(((a, b) for a, b in _pairs_of(c, mates) if a <= c.start < b), (c.start, c.end))


def _own_span(sentence: str, offset: int, c, mates: list) -> tuple[int, int]:
    """Where the amount's own words lie in `sentence`: from where `_own_start` reads them for it
    and its conversion, to its clause's end (`_clause`) or, a later amount in the clause, its own."""
    p0, p1 = _own_pair(c, mates)
    head = next((m for m in mates if m.start == p0), c)
    last = _clause(sentence, p0 - offset, p1 - offset)[1]
    later = any(p1 - offset <= m.start - offset < last for m in mates)
    return _own_start(sentence, offset, head, mates), p1 - offset if later else last


def _market_subject(sentence: str, offset: int, lo: int, c, mates: list,
                    words: list[Token]) -> bool:
    """Whether a market word is the amount's subject: the last role word (`AMOUNT_ROLES`) before
    it in its own words, glued to no particle but a subject's (`LINE_SUBJECT_AFTER`)."""
    # "시가총액이 최근 크게 오른 오르빗의 연간 매출은 X": 매출 is the subject; "최근 시가총액에 30%의
    # 웃돈을 얹어 X에 인수": 시가총액에 is no subject
    p0 = _own_pair(c, mates)[0]
    found = list(_MARKET_WORD.finditer(sentence, lo, p0 - offset))
    if not found:
        return False
    end = found[-1].end()
    if any(end + offset <= at < p0
           for at, _ in _role_words(words, _pairs_of(c, mates), sentence, offset)):
        return False
    glued = sentence[end:end + 1]
    return not ("가" <= glued <= "힣") or bool(
        _LINE_SUBJECT_AFTER and _LINE_SUBJECT_AFTER.match(sentence, end))


def _said_conversion(c, money: list, day: dt.date | None = None) -> int | None:
    """The index of the amount `c` converts when the text says so though the extractor paired
    neither: "nearly 1 trillion won, or just shy of $919 million at today's exchange rate" (the
    amount just before it, of another currency, unpaired, nothing but "or" and punctuation
    between them, and a conversion word beside `c`), or punctuation alone between two amounts
    close in value (CONVERSION_RATIO, at the rates of `day`)."""
    before = [m for m in money if m.end <= c.start and m.sentence_start == c.sentence_start]
    if c.pair or not before:
        return None
    prev = max(before, key=lambda m: m.end)
    gap = c.sentence[prev.end - c.sentence_start:c.start - c.sentence_start]
    if prev.pair or prev.currency == c.currency or not _CONVERSION_GAP.fullmatch(gap):
        return None
    # the amount's own place, not the first copy of its text in the sentence
    start = max(0, c.start - c.sentence_start)
    if marked_at(c.sentence, start, start + len(c.amount.span)):
        return prev.index
    if not _PUNCTUATION_GAP.fullmatch(gap):
        return None
    values = [in_usd(m.amount.value, m.currency, day) for m in (prev, c)]
    return prev.index if all(values) and within_ratio(*values) else None


def own_sentence(sentence: str, offset: int, at: int) -> tuple[int, int]:
    """The bounds (in the article) of the sentence holding position `at` within the extractor's
    `sentence` (which starts at `offset`): Korean prose often runs sentences together with no
    space after the final 다. ("밝혔습니다.트럼프 대통령은"), and each is a sentence of its own."""
    lo, hi = 0, len(sentence)
    for m in _RUN_ON.finditer(sentence):
        if m.end() <= at - offset:
            lo = m.end()
        elif m.start() >= at - offset:
            hi = m.start()
            break
    return offset + lo, offset + hi


def _words_around(c, starts: list[int], words: list[Token]) -> tuple[list[Token], list[Token]]:
    """The words near the amount (bounded by the neighbouring amounts) and the rest."""
    before = max((s for s in starts if s < c.start), default=-1)
    after = min((s for s in starts if s > c.start), default=10**12)
    lo, hi = max(c.start - LOCAL, before), min(c.end + LOCAL, after)
    local = [t for t in words if lo <= t.start and t.end <= hi]
    wide = [t for t in words if not (lo <= t.start and t.end <= hi)
            and not (c.start <= t.start < c.end)]
    return local, wide


def subject_of(local: list[Token], start: int) -> str | None:
    """The name written nearest before an amount within its own words (a neighbouring amount
    bounds them), else None: in "A는 X, B는 Y" each amount's own holder. A name of several
    capitalised words is the whole name (`Token.name`: "Orvel Motors", not "motor")."""
    names = [t.name or t.form for t in local if t.entity and t.end <= start]
    return names[-1] if names else None


def per_share(sentence: str, offset: int, c) -> bool:
    """Whether the amount is a price of one share: "$120 per share", "주당 12만원"."""
    return bool(_PER_SHARE_AFTER.match(sentence, c.end - offset)
                or _PER_SHARE_BEFORE.search(sentence[:c.start - offset]))


def fx_rate(sentence: str, offset: int, c) -> bool:
    """Whether the amount is an exchange rate its words name: "환율 1350원 기준", "an exchange rate
    of 1,337 won", "1,337 won to the dollar"."""
    return bool(_FX_RATE_AFTER and _FX_RATE_AFTER.match(sentence, c.end - offset)
                or _FX_RATE_BEFORE and _FX_RATE_BEFORE.search(sentence[:c.start - offset]))


def fx_basis(sentence: str, offset: int, c) -> bool:
    """Whether the amount is an exchange rate written as a conversion's basis: "환율 1350원
    기준", "at an exchange rate of 1,351 won"."""
    return fx_rate(sentence, offset, c) and bool(
        _FX_BASIS_AFTER and _FX_BASIS_AFTER.match(sentence, c.end - offset)
        or _FX_BASIS_BEFORE and _FX_BASIS_BEFORE.search(sentence[:c.start - offset]))


def share_price(sentence: str, offset: int, c, mates: list) -> bool:
    """Whether the amount is read as a share's price: one share's ("$1.20 per share", "주식 1주에
    2만원") or one a price word in its own words before it names ("주가는 12달러", "closed at $12")."""
    if per_share(sentence, offset, c) or priced_by_share(sentence, offset, c):
        return True
    return bool(_PRICE_WORD and _PRICE_WORD.search(sentence, _own_start(sentence, offset, c, mates),
                                                    c.start - offset))


def offer_price(sentence: str, offset: int, c, mates: list,
                words: re.Pattern = _OFFER_WORD) -> bool:
    """Whether the amount's own clause names a price a buyer sets for shares (`words`, by default
    `OFFER_WORDS`: "raised its tender offer to $31") and its own words before it do not name it
    the market's price (`market_price`: "Kestrel's stock price of $32 is above the tender offer
    price")."""
    first, last = _clause(sentence, c.start - offset, c.end - offset)
    if not words.search(sentence, first, last):
        return False
    return not market_price(sentence, offset, c, mates)


def market_price(sentence: str, offset: int, c, mates: list) -> bool:
    """Whether the amount's own words before it name it the market's price (`MARKET_PRICE_BEFORE`:
    "주가는 4만2000원", "Kestrel's stock price of $32")."""
    return bool(_MARKET_PRICE and _MARKET_PRICE.search(
        sentence, _own_start(sentence, offset, c, mates), c.start - offset))


def raised_money(sentence: str, offset: int, c, mates: list) -> bool:
    """Whether the amount is money a firm raises, the object of its words right before it in its
    own words (`RAISED_BEFORE`: "raising up to $315 million", "공모자금은 3억달러") or right after
    it, a bracketed conversion aside (`RAISED_AFTER`: "$315 million in proceeds", "3억달러를 조달")."""
    if _RAISED_BEFORE and _RAISED_BEFORE.search(sentence, _own_start(sentence, offset, c, mates),
                                                c.start - offset):
        return True
    aside = _ASIDE.match(sentence, c.end - offset)
    return bool(_RAISED_AFTER and _RAISED_AFTER.match(sentence, aside.end() if aside else
                                                      c.end - offset))


def _own_start(sentence: str, offset: int, c, mates: list) -> int:
    """Where the amount's own words before it begin in `sentence`: its clause, no nearer amount."""
    first, _ = _clause(sentence, c.start - offset, c.end - offset)
    return max([first] + [m.end - offset for m in mates if m.end <= c.start and m.index != c.index])


def per_head(sentence: str, offset: int, c, mates: list, words: list[Token]) -> str | None:
    """The head an amount is an average per when its per-head word is its subject or stands
    right before or after it ("ARPU는 3만5000원", "ARPU of $11", "$11 per user": "user"); never
    for a share's price (`share_price`); else None."""
    if share_price(sentence, offset, c, mates):
        return None
    after = _PER_HEAD_AFTER.match(sentence, c.end - offset) if _PER_HEAD_AFTER else None
    if after:
        return PER_HEAD_AFTER[after.group(1).lower()]
    found = [m for m in _PER_HEAD_BEFORE.finditer(sentence, _own_start(sentence, offset, c, mates),
                                                  c.start - offset)
             if _PER_HEAD_TO_AMOUNT.fullmatch(sentence, m.end(), c.start - offset)]
    if not found:
        return None
    # a role's word between names the amount otherwise ("ARPU는 2분기 매출 3억원"); one inside
    # the per-head words ("가입자당 평균 매출") does not
    between = range(found[-1].end() + offset, c.start)
    if any(at in between
           for at, _ in _role_words(words, _pairs_of(c, mates), sentence, offset)):
        return None
    word = found[-1].group()
    return next(h for w, h in PER_HEAD_BEFORE.items() if w.lower() == word.lower())


def priced_by_share(sentence: str, offset: int, c) -> bool:
    """Whether the amount's own clause prices it by one share, wherever it says so: "$20 in
    cash for each Pellston share", "주식 1주에 2만원을 지급"."""
    first, last = _clause(sentence, c.start - offset, c.end - offset)
    return per_share(sentence, offset, c) or bool(_PER_SHARE_IN_CLAUSE.search(sentence, first, last))


_TERM_BEFORE = [re.compile(p) for p in TERM_BEFORE]
_TERM_AFTER = [re.compile(p) for p in TERM_AFTER]
_TERM_BARE_BEFORE = [re.compile(p) for p in TERM_BARE_BEFORE]
# a contract's word, part of a longer Korean word too ("재계약"), not inside an English one ("ideal")
_TERM_DEAL = re.compile(r"(?i)(?<![a-z])(?:" + "|".join(map(re.escape, TERM_DEAL_WORDS)) + ")")
_TERM_NOT_AFTER = re.compile(r"(?i:(?<!\w)(?:" + "|".join(map(re.escape, TERM_NOT_AFTER))
                             + r"))\s*$")


def term_of(sentence: str, offset: int, c) -> int | None:
    """The years of the contract the amount is the value of, written right beside it ("a
    six-year, $59 million deal", "$14 million over two years", "5년간 3조원"); a bare count
    ("4년 8000만 달러") only with a contract's word in its clause; else None."""
    if c.amount.per:
        return None
    at, end = c.start - offset, c.end - offset
    before, after = sentence[:at], sentence[end:]
    m = next((m for p in _TERM_AFTER if (m := p.match(after))), None)
    if m is not None:
        return _term_count(m)
    m = next((m for p in _TERM_BEFORE if (m := p.search(before))), None)
    if m is None:
        # the clause holding both the count and the amount (a break such as "and" lies between)
        m = next((m for p in _TERM_BARE_BEFORE if (m := p.search(before))), None)
        if m is None or not _TERM_DEAL.search(sentence, *_clause(sentence, m.start(), end)):
            return None
    # time spent or an age ("창립 10년 2조원", "지난 12년"), not a length ahead
    if _TERM_NOT_AFTER.search(before, 0, m.start()):
        return None
    return _term_count(m)


def _term_count(m) -> int | None:
    n = m.group("n")
    return int(n) if n.isdigit() else TERM_COUNT_WORDS.get(n.lower())


def share_of(sentence: str, offset: int, c, mates: list,
             opens_list: bool = False) -> tuple[float, float] | None:
    """The stake the amount is the value of in its sentence (`offset`: where the sentence starts;
    `mates`: its amounts), as the interval of percentages its rounding allows: "the remaining
    13 per cent stake, valued at $520m". A stake before the first amount of a list
    (`opens_list`) is what the whole list pays for, not that part: "a 45 % stake for $59
    billion in cash, $60 billion in stock"."""
    if c.amount.per or per_share(sentence, offset, c):
        return None     # an amount per unit (one share, a year) is not the value of a stake
    stakes = [(offset + s0, offset + s1, lo, hi) for s0, s1, lo, hi in _stakes_in(sentence)]
    units = _pairs_of(c, mates)
    k = next(i for i, (u0, u1) in enumerate(units) if u0 <= c.start < u1)
    # an amount's own span runs to the end of its conversion; a converted amount stays in its own
    lo_at = units[k - 1][1] if k else -1
    hi_at = units[k + 1][0] if k + 1 < len(units) else 10**12
    if c.pair and c.pair["with"] < c.index:
        lo_at = max([lo_at] + [m.start for m in mates if m.start < c.start])
    side = _stake_side(units, k, stakes)
    found = [(s0, s1, lo, hi) for s0, s1, lo, hi in stakes
             if lo_at < s0 and s1 <= hi_at
             and side != ("after" if s1 <= c.start else "before")]
    if not found:
        return None
    s0, s1, lo, hi = min(found, key=lambda f: c.start - f[1] if f[1] <= c.start else f[0] - c.end)
    if opens_list and s1 <= c.start:
        return None
    return lo, hi


def _pairs_of(c, mates: list) -> list[tuple[int, int]]:
    """The spans of the amounts of `c`'s sentence, each with the conversion written beside it."""
    spans: dict[int, list[int]] = {}
    by_index = {m.index: m for m in mates}
    for m in sorted(mates + [c] * all(m is not c for m in mates), key=lambda m: m.start):
        first = by_index.get(m.pair["with"]) if m.pair and m.pair["with"] < m.index else None
        if first is not None and first.index in spans:
            spans[first.index][1] = max(spans[first.index][1], m.end)
        else:
            spans[m.index] = [m.start, m.end]
    return sorted((s0, s1) for s0, s1 in spans.values())


def _stake_side(units: list[tuple[int, int]], k: int, stakes: list) -> str | None:
    """The side ("before", "after") the stakes of the list of (stake, amount) pairs holding
    amount `k` are written on, else None: a stake between two amounts of the list is one
    pair's, not both. The list alternates stakes and amounts; opening with a stake and closing
    with an amount it writes stake then amount ("a 13% stake for $520 million and a 12% stake
    for $480 million"), the reverse amount then stake; other runs decide nothing."""
    edges = [-1] + [e for u in units for e in u] + [10**12]
    # gaps[j]: a stake written between amount j - 1 and amount j
    gaps = [any(edges[2 * j] < s0 and s1 <= edges[2 * j + 1] for s0, s1, _, _ in stakes)
            for j in range(len(units) + 1)]
    first = k
    while first > 0 and gaps[first]:
        first -= 1
    last = k + 1
    while last < len(units) and gaps[last]:
        last += 1
    opens, closes = gaps[first], gaps[last]
    if opens and not closes:
        return "before"
    if closes and not opens:
        return "after"
    return None


def _opens_list(c, mates: list) -> bool:
    """Whether the next amount of `c`'s sentence (a conversion of it aside) is of its currency
    with no stake between them: `c` is the first part of a list of what one stake is paid."""
    later = sorted((m for m in mates if m.start > c.start
                    and not (m.pair and m.pair["with"] == c.index)), key=lambda m: m.start)
    if not later or later[0].currency != c.currency:
        return False
    return not any(c.end <= c.sentence_start + s0 and c.sentence_start + s1 <= later[0].start
                   for s0, s1, _, _ in _stakes_in(c.sentence))


@functools.lru_cache(maxsize=1024)
def _stakes_in(sentence: str) -> tuple[tuple[int, int, float, float], ...]:
    """The percentages of a sentence that are stakes, as (start, end, low, high): those with a
    stake word among the STAKE_WORDS_NEAR words either side ("a 12% stake", "stake of 12%",
    "지분 약 88%를"); "40% higher" and "12% of stakeholders" are not one, nor a holding a stake
    goes from or to ("raised its stake to 25%", "지분율을 25%로"): an amount beside those is
    not the value of that share. Read once per sentence (its amounts share it)."""
    out = []
    for a in find_amounts(sentence):
        if a.kind != "share" or _CHANGE_BEFORE.search(sentence[:a.start]) \
                or _CHANGE_AFTER.match(sentence, a.end):
            continue
        words = (_WORD.findall(sentence[:a.start])[-STAKE_WORDS_NEAR:]
                 + _WORD.findall(sentence[a.end:])[:STAKE_WORDS_NEAR])
        if any(_STAKE_WORD.fullmatch(w) for w in words):
            out.append((a.start, a.end, a.low, a.high))
    return tuple(out)


def stages_of(sentence: str, offset: int, c, mates: tuple | list = ()) -> tuple[tuple[str, str], ...]:
    """Per kind of stage, the one named by the stage word nearest the amount in its sentence: in
    "passed ... below the proposal (12.3 trillion won)" the amount is the proposal's. A stage word
    written right before another amount of `mates` (its conversion aside) is that amount's, and a
    later one's only through STAGE_CARRY: "Sold at 30,000 won, the shares closed at 50,500 won"."""
    nearest: dict[str, tuple[int, str]] = {}
    start, end = max(c.start - offset, 0), max(c.end - offset, 0)
    if _compared(sentence, start):
        return ()
    first, last = _clause(sentence, start, end)
    own: set[str] = set()       # the kinds a stage word of the amount's own clause names
    session = False
    others = [(m.start - offset, m.end - offset) for m in mates
              if m.start != c.start and not _paired(m, c)]
    for s0, s1, word, stages in _stage_words(sentence):
        gap = max(offset + s0 - c.end, c.start - (offset + s1), 0)
        session |= word in _SESSION_KINDS
        # (an amount the sentence supposes, word "", is a computation's input, not a stage word)
        if word and _named_other(sentence, s1, start, others):
            continue
        # a point of comparison is the stage of its own amount only: "시초가(6만원) 대비 9000원"
        if word and _BASE.match(sentence, s1) and not _GLUE.fullmatch(sentence, s1, start):
            continue
        for kind, stage in stages:
            if first <= s0 and s1 <= last:
                own.add(kind)
            if kind not in nearest or gap < nearest[kind][0]:
                nearest[kind] = (gap, stage)
    # ... and a condition whose consequence is to come, for the amounts of its clauses only
    for s0, s1, w0, w1 in _supposed_spans(sentence):
        if s0 <= start and end <= s1:
            gap = max(w0 - end, start - w1, 0)
            for kind, stage in _SUPPOSED:
                if first <= w0 and w1 <= last:
                    own.add(kind)
                if kind not in nearest or gap < nearest[kind][0]:
                    nearest[kind] = (gap, stage)
    # an offer price in apposition is that, whatever stage word is nearer: "시초가는 공모가 3만원의"
    if (before := _STAGE_BEFORE.search(sentence[:start])) is not None:
        for kind, stage in _BEFORE_WORDS[before.group().lower()]:
            nearest[kind] = (-1, stage)
    beside = (_BESIDE_BEFORE.search(sentence[:start]), _BESIDE_AFTER.match(sentence, end))
    for m in filter(None, beside):
        word = m.group().strip().lower()
        if word not in _BESIDE and _BESIDE_SUBJECT is not None:
            word = _BESIDE_SUBJECT.sub("", word, count=1)
        if word in _READINGS and not _a_reading(sentence, offset, c, mates, first, last):
            continue
        # a move is a session's extreme only in a sentence naming a session; its other
        # stages (a level moved to is not the open) hold in any sentence
        skip = {SESSION} if word in _MOVES and not session else set()
        # a session word of its own clause names the amount's stage: "종가 기준 3만원까지 밀렸다"
        for kind, stage in _BESIDE[word]:
            if kind not in own and kind not in skip:
                nearest[kind] = (-1, stage)
    for kind, stage in _share_move(sentence, first, start):
        if kind not in own:
            nearest[kind] = (-1, stage)
    # an offer's price written as a range is the range it was marketed at: an offer is priced at
    # one number ("공모가를 3만~3만4000원으로 올려 잡았다" is no priced figure of 3만5000원)
    if nearest.get(SESSION, (0, ""))[1] == OFFER and c.amount.bound == "range":
        nearest[SESSION] = (nearest[SESSION][0], MARKETED)
    # ... and one number named a band's end in apposition, in a clause that names the offer's
    # price, is the price set there: "공모가가 희망밴드 최상단인 3만원으로 확정됐다" is no band
    elif nearest.get(SESSION, (0, ""))[1] == MARKETED and c.amount.bound != "range" \
            and _priced_at_band_end(sentence, first, last, start, end):
        nearest[SESSION] = (nearest[SESSION][0], OFFER)
    return tuple(sorted((kind, stage) for kind, (_, stage) in _opening(nearest, own).items()))


def _a_reading(sentence: str, offset: int, c, mates, first: int, last: int) -> bool:
    """Whether the amount (its clause `first`:`last`) is a price a session is read at: a share's
    price (`share_price`) or one quoted at a time of day (`QUOTE_CLOCK`), never a period's figure."""
    # "연간 2000억원에 거래하고 있다", "매년 1000억원에 거래하는": a yearly volume of business
    if c.amount.per is not None:
        return False
    return share_price(sentence, offset, c, list(mates)) or bool(
        _QUOTE_CLOCK and _QUOTE_CLOCK.search(sentence, first, last))


def _share_move(sentence: str, first: int, start: int) -> tuple[tuple[str, str], ...]:
    """The stages a share's move said with its size names of the amount at `start` (its clause
    from `first`): "shares rose as much as 4.3% to 388,500 won" a session's high (a low after a
    word of a fall), "climbed 5.2 percent to close at" the close; none unless a share is what moved
    and no word puts the move ahead ("expects revenue to rise as much as 10% to $5 billion")."""
    sized = _SIZED_MOVE.search(sentence[:start]) if _SIZED_MOVE is not None else None
    close = _CLOSE_MOVE.search(sentence[:start]) if _CLOSE_MOVE is not None else None
    move = sized or close
    if move is None or move.start() < first or not _MOVE_SUBJECT.search(sentence, first, move.start()) \
            or _MOVE_AHEAD.search(sentence, first, move.start()):
        return ()
    if close is not None:
        return (SESSION, CLOSE), (TARGET, ACTUAL)
    return ((SESSION, LOW if _DOWN_WORD.search(sentence, first, move.start()) else HIGH),)


def _compared(sentence: str, start: int) -> bool:
    """Whether the amount at `start` is written right after a stage word's point of comparison:
    a change from that stage ("시초가 대비 9000원 내린"), a stage of no figure itself."""
    return any(word and (base := _BASE.match(sentence, s1)) and base.end() <= start
               and not sentence[base.end():start].strip() for _, s1, word, _ in _stage_words(sentence))


def _named_other(sentence: str, s1: int, start: int, others: list[tuple[int, int]]) -> bool:
    """Whether the stage word ending at `s1` names another amount (right after it) and not the
    one at `start`: one before that amount, or after it not in a list with it (a STAGE_CARRY
    word between and nothing else but `_LIST_GAP`'s)."""
    return any(_GLUE.fullmatch(sentence, s1, o0)
               and (start < o0 or not _carried(sentence, o1, start))
               for o0, o1 in others if o0 >= s1)


def _carried(sentence: str, o1: int, start: int) -> bool:
    """Whether the words between an amount ending at `o1` and a later one at `start` list them:
    a carry word, and only what a list repeats ("on Monday and at", ", up from")."""
    return bool(_CARRY.search(sentence, o1, start) and _LIST_GAP.fullmatch(sentence, o1, start))


def _opening(nearest: dict[str, tuple[int, str]], own: set[str]) -> dict[str, tuple[int, str]]:
    """`nearest` with the "opening" kind: an amount a move reached ("hit 413,000 won") is a
    reading after the open, so not the open another clause names; the open is the open, moved
    to or not when its own clause says so ("jumped to $31 at the open")."""
    session = nearest.get(SESSION, (0, ""))
    moved = nearest.get(OPENING, (0, ""))[1] == MOVED
    if session[1] == OPEN and (not moved or SESSION in own):
        return {**nearest, OPENING: (session[0], OPEN)}
    if session[1] == OPEN:
        return {k: v for k, v in nearest.items() if k != SESSION}
    return nearest


def _paired(a, b) -> bool:
    """Whether two candidates are an amount and the conversion the extractor pairs with it."""
    return bool(a.pair and a.pair["with"] == b.index or b.pair and b.pair["with"] == a.index)


def _priced_at_band_end(sentence: str, first: int, last: int, start: int, end: int) -> bool:
    """Whether the amount at `sentence[start:end]`, a band's end, is set as the offer's price in
    its clause `sentence[first:last]`, not only measured against it or named before the pricing."""
    # a pricing still to come: the end is the band's ("공모가 확정을 앞두고 밴드 상단인 3만원에")
    if _SET_AHEAD.search(sentence, first, last):
        return False
    # the end set as the price: "... 3만원으로 확정됐다", "3만원을 공모가로", "priced ... at $44"
    if not (_SET_AFTER and _SET_AFTER.match(sentence, end)
            or _SET_BEFORE and _SET_BEFORE.search(sentence[first:start])):
        return False
    return any(_BEFORE_WORDS[m.group().lower()] == ((SESSION, OFFER),)
               for m in _OFFER_NAMED.finditer(sentence, first, last))


@functools.lru_cache(maxsize=1024)
def _stage_words(sentence: str) -> tuple[tuple[int, int, str, tuple], ...]:
    """The stage words of a sentence as (start, end, word, stages), an amount it supposes
    ("7만원이면") among them; read once per sentence."""
    words = [(m.start(), m.end(), word, _STAGES[word])
             for m in _STAGE_WORD.finditer(sentence) for word in [_stage_key(m.group())]]
    if SUPPOSING_AFTER:
        words += [(a.start, m.end(), "", _SUPPOSED) for a in find_amounts(sentence)
                  if (m := _SUPPOSING.match(sentence, a.end))]
    return tuple(words)


@functools.lru_cache(maxsize=1024)
def _supposed_spans(sentence: str) -> tuple[tuple[int, int, int, int], ...]:
    """The conditions of a sentence whose consequence is to come ("if ... would", "결정되면 ...
    된다") as (start, end, word start, word end): the span from the condition's clause to the
    consequence's (`CLAUSE_BREAK`), the amounts it supposes, and the condition's word."""
    if _SUPPOSING_CLAUSE is None:
        return ()
    out = []
    for m in _SUPPOSING_CLAUSE.finditer(sentence):
        then = next((i for i in range(1, (m.lastindex or 0) + 1) if m.group(i) is not None), 0)
        first, _ = _clause(sentence, m.start(), m.end())
        _, last = _clause(sentence, m.start(then), m.end(then))
        out.append((first, last, m.start(), m.end()))
    return tuple(out)


def _stage_key(text: str) -> str:
    """The STAGE_WORDS entry a stage word as written names: its move's size left out and its
    spaces one ("closed 3.1 percent higher at", "closed  at" are "closed at")."""
    word = text.lower()
    if word not in _STAGES:
        # where and when are read with their capitals, a move's size without
        word = (_WHERE_FILL.sub("", text) if _WHERE_FILL is not None else text).lower()
        word = " ".join((_MOVE_FILL.sub("", word) if _MOVE_FILL is not None else word).split())
    return word


# At most this many words before an amount's clause are a fronted phrase of it (`dated_in_own_clause`).
FRONTED_WORDS = 5
# A clause of time under another, by its opening word or by words after its amount ("after Orvel
# paid $3 billion", "인수한 지 2년 만에"): a date fronted before it dates the other clause.
_FRONTED_NOT_OPENING = re.compile(r"\s*(?i:" + "|".join(map(re.escape, FRONTED_CLAUSE_NOT)) + r")\b")
_FRONTED_NOT_AFTER = re.compile(FRONTED_CLAUSE_NOT_AFTER) if FRONTED_CLAUSE_NOT_AFTER else None
# Between the fronted date and the amount's clause: only its comma (the clause follows it straight).
_FRONTED_GAP = re.compile(r"\s*,\s*")


def dated_in_own_clause(m: Mention) -> bool:
    """Whether the date words of `m`'s sentence (`Mention.as_of_from`) stand in the amount's own
    clause (`_clause`): "raised its offer to $9 on Monday" dates the amount; in "Orbit, which
    agreed to pay $9, said on Monday it would ..." Monday is the saying's day, another clause's.
    A date its words mark as the saying's (`as_of_said`: "On Monday Orbit said the deal was
    worth $9") is the saying's, not the amount's, though it stands in the same clause."""
    if m.as_of_basis != "sentence" or not m.as_of_from or m.as_of_said:
        return False
    at, end = m.start - m.sentence_start, m.end - m.sentence_start
    first, last = _clause(m.sentence, at, end)
    # A time phrase fronted before the clause's subject and set off by commas ("However, in
    # March 2011, Orbit sold the depot for $9") has no clause of its own: it dates the
    # clause it opens, when it is all the sentence says before that clause, the clause follows
    # its comma straight and is no clause of time under a later one ("In 2020, after Orvel paid
    # $3 billion for it, ...": the date is the later clause's).
    hits = [w for w in re.finditer(re.escape(m.as_of_from), m.sentence) if w.end() <= last]
    if any(first <= w.start() for w in hits):
        return True
    head = m.sentence[:first]
    return bool(hits) and (0 < len(head.split()) <= FRONTED_WORDS
                           and not any(ch.isdigit() for ch in head.replace(m.as_of_from, ""))
                           and not _FRONTED_NOT_OPENING.match(m.sentence, first)
                           and not (_FRONTED_NOT_AFTER
                                    and _FRONTED_NOT_AFTER.search(m.sentence, end, last))
                           and any(_FRONTED_GAP.fullmatch(m.sentence, w.end(), first)
                                   for w in hits))


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause of `sentence` holding the span `start`..`end` (CLAUSE_BREAK)."""
    breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(sentence)]
    first = max((e for s, e in breaks if e <= start), default=0)
    last = min((s for s, e in breaks if s >= end), default=len(sentence))
    return first, last


def role_of(local: list[Token], words: list[Token], c, mates: list,
            sentence: str, offset: int) -> str | None:
    """What the amount's own words name it the value of (a worth, a gain, a revenue, ...), when
    they name one thing only; a sentence listing amounts and lines decides for its members."""
    # a line's neighbours may lie outside the amount's own words ("Orbit, whose revenue doubled,
    # ..."): the sentence's words are read, and those of the amount's own kept; a member of a
    # list is an amount with the conversion written after it
    spans = _pairs_of(c, mates)
    found = _role_words(words, spans, sentence, offset)
    own_words = {t.start for t in local}
    named = {r for at, r in found if at in own_words}
    later = bool(c.pair) and c.pair["with"] < c.index
    if COST_LINE in named:
        # a cost is often a cause or a concession ("판관비 증가에도 매출은 5조원", "영업이익은
        # 판관비 증가로 1조원"), never the amount's line then: the line that is its subject is
        named = _subject_line([(at, r) for at, r in found if at in own_words], words, sentence,
                              offset, c.start)
    if len(named) == 1 and not later:
        return named.pop()
    first = next((m for m in mates if m.index == c.pair["with"]), None) if later else c
    heads, ends = [s0 for s0, _ in spans], [s1 for _, s1 in spans]
    k = heads.index(first.start) if first is not None and first.start in heads else None
    if k is None or len(heads) < 2:
        return named.pop() if len(named) == 1 else None
    lead = [r for at, r in found if heads[0] - LOCAL <= at < heads[0]]
    between = [r for at, r in found if ends[0] <= at < heads[-1]]
    if len(lead) == len(set(lead)) == len(heads) and not between and respectively_said(sentence):
        # "매출액과 순이익은 각각 5200억 원, 1100억 원", "revenue and net income of $5bn and $1bn,
        # respectively"
        return lead[k]
    # a list writing its lines before its amounts ("revenue of X and an operating profit of Y")
    # gives each amount the line between it and the amount before; else the line after it
    if lead:
        lo, hi = (ends[k - 1] if k else heads[0] - LOCAL), heads[k]
    else:
        lo, hi = ends[k], (heads[k + 1] if k + 1 < len(heads) else ends[k] + LOCAL)
    own = {r for at, r in found if lo <= at < hi}
    return own.pop() if len(own) == 1 else None


def _subject_line(lines: list[tuple[int, str]], words: list[Token], sentence: str, offset: int,
                  start: int) -> set[str]:
    """The lines named beside an amount, a cost among them, less a cost its words mark as a cause
    or a concession; of two or more left, the amount's subject (its word followed by a subject's
    marker: "영업이익은 판관비 증가로 X"), else those not a cost."""
    kept, subjects = [], set()
    for k, (at, line) in enumerate(lines):
        end = _word_end(words, at) - offset
        upto = min([s for s, _ in lines[k + 1:]] + [start if at < start else len(sentence) + offset])
        subject = bool(_LINE_SUBJECT_AFTER and _LINE_SUBJECT_AFTER.match(sentence, end))
        if line == COST_LINE and (
                _LINE_CAUSE_BEFORE and _LINE_CAUSE_BEFORE.search(sentence[:at - offset])
                or _LINE_CAUSE_AFTER and _LINE_CAUSE_AFTER.search(sentence, end, upto - offset)
                and (len(lines) > 1 or not subject)):
            continue        # "판관비 증가로", "hit by higher operating costs"; alone, "판관비는
                            # 인건비 증가로 X" is still the cost's
        kept.append(line)
        if subject:
            subjects.add(line)
    if len(set(kept)) < 2:
        return set(kept)
    return subjects if len(subjects) == 1 else set(kept) - {COST_LINE}


def _word_end(toks: list[Token], at: int) -> int:
    """Where the role's word starting at `at` ends: a compound of two words if it is one (영업 +
    이익, "operating profit"), else the one word."""
    i = next(k for k, t in enumerate(toks) if t.start == at)
    if i + 1 < len(toks):
        a, b = toks[i], toks[i + 1]
        if a.end == b.start and a.form + b.form in AMOUNT_ROLES or (
                a.script == b.script == "latin" and b.start - a.end == 1
                and f"{a.form} {b.form}" in AMOUNT_ROLES):
            return b.end
    return toks[i].end


def _role_words(toks: list[Token], spans: list[tuple[int, int]], sentence: str,
                offset: int) -> list[tuple[int, str]]:
    """(start, role) of the words of `toks` that name a role (`AMOUNT_ROLES`), in text order; a
    results line that is a yardstick or another clause's subject names none. `sentence` (its
    place `offset`) is the text the words are of."""
    # a compound Kiwi cuts in two is looked up whole too: 운영 + 자금 is 운영자금, 증거 + 금 증거금;
    # two Latin words one space apart too: "net income"
    forms = [(i, i, t.form) for i, t in enumerate(toks)] + [
        (i, i + 1, a.form + b.form) for i, (a, b) in enumerate(zip(toks, toks[1:]))
        if a.end == b.start] + [
        (i, i + 1, f"{a.form} {b.form}") for i, (a, b) in enumerate(zip(toks, toks[1:]))
        if a.script == b.script == "latin" and b.start - a.end == 1]
    # ... and two Korean words of one written word as written: Kiwi may drop a morpheme between
    # them it keeps no word of (당기순손실 cut as 당기 + 순 + 손실, the prefix 순 dropped)
    forms += [(i, i + 1, written) for i, (a, b) in enumerate(zip(toks, toks[1:]))
              if a.script == b.script == "hangul" and a.end < b.start
              and (written := sentence[a.start - offset:b.end - offset]).isalpha()
              and len(written) == len(a.form) + len(b.form) + 1]
    # a word and the compound it opens (매출 and 매출 + 액) are one role word
    return sorted({(toks[i].start, AMOUNT_ROLES[f]) for i, j, f in forms if f in AMOUNT_ROLES
                   and not (AMOUNT_ROLES[f] in RESULT_LINES and _not_own(toks, i, j, spans))})


# How many words either side of a results line a multiplier makes it a yardstick from.
_YARDSTICK_NEAR = 2


def _not_own(toks: list[Token], i: int, j: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the line of words `i`..`j` is a yardstick ("three times its revenue", "매출의
    3배인") or another clause's subject ("whose revenue doubled"): no amount between the two."""
    near = toks[max(0, i - _YARDSTICK_NEAR):i] + toks[j + 1:j + 1 + _YARDSTICK_NEAR]
    for t in near:
        lo, hi = min(t.end, toks[i].start), max(t.start, toks[j].end)
        if any(lo <= s0 and s1 <= hi for s0, s1 in spans):
            continue
        if t.form in MULTIPLIER_WORDS or t.form.endswith(MULTIPLIER_ENDINGS) or (
                t.end <= toks[i].start and t.form in OTHER_SUBJECT_BEFORE):
            return True
    return False


def _change_link(article: Article, c, mates: list) -> dict:
    """`reaches` when `c` is a change written beside the level it reaches, `changed_by` and
    `change_end` "after" when it is that level (each as the other amount's US dollar value);
    `change_end` when `c` is the level before or after a change "from X to Y"."""
    # the later amount of a conversion pair stands aside: "16.9 trillion won (12.9 billion
    # dollars) to 242.9 trillion won"
    main = sorted((m for m in mates if not (m.pair and m.pair["with"] < m.index)),
                  key=lambda m: m.start)
    text = article.text
    for a, b in zip(main, main[1:]):
        if c not in (a, b):
            continue
        # a bracket the first amount closes stands aside too, with or without a space after
        # it: "정부안(1196조2천억원)에서", "2.26%(6500원) 오른" (a change written after its rate)
        gap = _ASIDE.sub("", text[a.end:b.start]).strip().lstrip(")]）").strip()
        after = _ASIDE.match(text, b.end)
        after = text[after.end() if after else b.end:].lstrip()
        if (_LEVEL_BETWEEN.fullmatch(gap) and _FROM_BEFORE.search(text[:a.start])) \
                or (_FROM_BETWEEN.fullmatch(gap) and _LEVEL_BETWEEN.match(after)):
            # "from $5 billion to $6 billion", "1196조2천억원에서 1195조8천억원으로"
            return {"change_end": "before" if c is a else "after"}
        if _LEVEL_BETWEEN.fullmatch(gap) and _CHANGE_WORD_BEFORE.search(text[:a.start]):
            change, level = a, b           # "grew 16.9 trillion won to 242.9 trillion won"
        elif _CHANGE_WORD_AFTER.fullmatch(gap):
            change, level = a, b           # "4000억원 감소한 1195조8000억원"
        elif _LEVEL_BETWEEN.fullmatch(gap) and _CHANGE_WORD_AFTER.match(after):
            change, level = b, a           # "91조6000억원으로 4000억원 개선됐다"
        else:
            continue
        other = level if c is change else change
        usd = in_usd(other.amount.value, other.currency, article.published)
        if usd:
            return {"reaches": usd} if c is change else {"changed_by": usd,
                                                         "change_end": "after"}
    return {}


def _as_of(c, published: str) -> tuple[str, str, str | None]:
    """The candidate's own date, else the publication date as given (a month given stays one)."""
    if c.as_of:
        return c.as_of, c.as_of_basis or "sentence", c.as_of_from
    return published, "published", None


def rate_day(as_of: str, basis: str, published: dt.date | None) -> dt.date | None:
    """The day whose rate gives an amount's dollar value: the middle of its own date when its
    text dates it before its publication ("bought Lumen for 9.2 trillion won in 2016" is about
    $8 billion, not its value at a later day's rate), else the publication date."""
    if basis == "published" or published is None:
        return published
    try:
        period = parse_period(as_of)
    except PeriodError:
        return published
    middle = period.first + (period.last - period.first) / 2
    return min(middle, published)


def in_usd(value: float, currency: str, day: dt.date | None) -> float | None:
    """`value` in US dollars at the ECB rate of `day` (its nearest fixing), or None."""
    rate = _usd_rate(currency, day or dt.date.today())
    return None if rate is None else value * rate


@functools.lru_cache(maxsize=4096)
def _usd_rate(currency: str, day: dt.date) -> float | None:
    from currency.data.rates import RateError, rate_book, stand_in
    try:
        on = stand_in(currency, "USD", day, day, str(day))[0]
        return rate_book().rate_on(currency, "USD", on).value
    except RateError:
        return None
