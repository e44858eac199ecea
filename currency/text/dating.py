"""Dating a figure: the date expressions of a sentence, the news date of an article, and the
rules that choose which date, if any, is an amount's as_of (weekdays, deadlines, "respectively",
comparisons, "at the time", a deal's terms)."""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import math
import re
from collections.abc import Sequence
from typing import NamedTuple

import currency.lang as L
from currency.data.periods import Period, parse_period
from currency.lang.patterns import spaced
from currency.text.candidate import Candidate
from currency.text.datelines import dateline
from currency.text.layout import SENTENCE_END, ends_as_sentence, in_caption, is_stamp
from currency.text.morphemes import after_prospective, own_time_ends
from currency.text.needed import may_match, needed_chars
from currency.text.reader import PARTICLE, alternation, find_amounts, word_pattern

# A date's words that mark it the local time of where its event happened; a space in the
# listed words may be left out ("20일(현지시간)").
_LOCAL_TIME = re.compile(r"(?i)" + spaced(L.LOCAL_TIME))
# ... and right after a weekday read alone, maybe in its parenthesis ("Monday local time",
# "Friday (local time)").
_LOCAL_RIGHT_AFTER = re.compile(r"(?i)\s*[,(]?\s*" + spaced(L.LOCAL_TIME))
# The words that mark a day as the report's home clock, not the event's ("13일(한국시간)", "한국
# 시간 7일", "Dec. 13 KST"): in the parenthesis just after the day (maybe past its clock: "16일
# 오전 6시(이하 한국시간)"), right after it, or right before it ("한국시간으로 7일").
_HOME = spaced(L.HOME_TIME)
_HOME_AFTER = re.compile(r"(?i)(?:[^()\n]{0,12}\([^()]{0,12}?" + _HOME + r"[^()]{0,6}\)|\s*"
                         + _HOME + r"(?![A-Za-z]))")
_HOME_BEFORE = re.compile(r"(?i)(?<![A-Za-z])" + _HOME + r"(?:으로)?\s*$")


class NewsDate(NamedTuple):
    """An article's news date (`news_date`)."""
    date: str
    words: str                  # its words, with their line
    said: bool                  # its sentence dates the saying on it (`said_on`)
    home: bool                  # its words mark it the report's home clock (`HOME_TIME`)
    deed: tuple[str, str] | None = None     # the deed's own day the quote it heads writes, and
    #                                         its words with their line (`_quoted_deed`)
    lead_span: tuple[int, int] = (0, 0)     # where the lead's sentence telling that deed starts
    #                                         and ends in the text


def _close_before_report(c: Candidate, news: NewsDate) -> bool:
    """Whether `c` is a close's price and a wire's reported weekday the news date: the close may be
    a day before the report ("said on Monday that its closing price of $28"), so neither dates it."""
    start = c.amount.start - c.sentence_start
    return _REPORTED_ON.match(news.words) is not None \
        and _CLOSED.search(c.sentence, *_clause(c.sentence, start, c.amount.end - c.sentence_start)) \
        is not None


def first_day(published: dt.date | Period | None) -> dt.date | None:
    """The first day an article may have come out on, which a deadline is read as still ahead
    of: one inside a month's or a year's span may be ahead of the day it came out."""
    return published.first if isinstance(published, Period) else published


def last_day(published: dt.date | Period | None) -> dt.date | None:
    """The last day an article may have come out on: the day given, or its month's or year's
    last, which the rules that count from publication (news days, deadlines) read as it."""
    return published.last if isinstance(published, Period) else published


_DEAL_MADE = re.compile(alternation(L.DEAL_MADE), re.I)


def _deal_terms(text: str, starts: list[int], cands: list[Candidate],
                span: dt.date | Period | None, told: dt.date | None) -> None:
    """Date the amounts of a sentence that writes no date of its own but states a deal's terms
    as made ("agreed to pay") by the nearest earlier sentence of a deal made, when it names the
    deal's month or day, older than the news (`L.DEAL_MADE`): a year alone there is as often a
    clause's ("지난해 보류했던 공장 건설을 재개하기로 했다")."""
    published = last_day(span)
    if published is None or published.toordinal() <= NEWS_DAYS:    # the calendar's first days
        return
    background = (published - dt.timedelta(days=NEWS_DAYS)).isoformat()
    dealt: dict[int, tuple] = {}        # sentence → the deal's date it gives, once read
    for c in cands:
        if c.as_of_basis in ("sentence", "deal", "then") or not _DEAL_MADE.search(c.sentence):
            continue
        k = bisect.bisect_right(starts, c.amount.start) - 1
        # the nearest earlier sentence of a deal made: its date, written or given by this rule
        j = next((j for j in range(k - 1, -1, -1)
                  if _DEAL_MADE.search(text, starts[j], _sentence_end(text, starts, j))), None)
        if j is None:
            continue
        if j not in dealt:
            deal = _DEAL_MADE.search(text, starts[j], _sentence_end(text, starts, j))
            found = _event_dates(text, starts, j, span, told)
            date, words = nearest_date(found, deal.start() - starts[j])
            dealt[j] = (date, f"{words} (an earlier sentence dating the deal: {deal.group(0)!r})") \
                if date and len(date) >= 7 and date < background[:len(date)] else (None, None)
        if dealt[j][0]:
            c.as_of, c.as_of_from = dealt[j]
            c.as_of_basis = "deal"
            dealt.setdefault(k, dealt[j])


_AT_THE_TIME = re.compile(L.AT_THE_TIME)


def _listed(words, korean_ends: str = "") -> re.Pattern:
    """A list's words: English ones whole, Korean ones anywhere (an ending: "이었지만"), a space in
    them optional ("당시에비해"), and followed by `korean_ends`."""
    english = alternation(w for w in words if w.isascii())
    korean = alternation(w for w in words if not w.isascii()).replace(re.escape(" "), r"\s?")
    # a language with no words has no branch (an empty one would match everywhere)
    return re.compile("(?i)" + "|".join(([r"(?<![\w])(?:" + english + r")(?![\w])"] if english else [])
                                        + (["(?:" + korean + ")" + korean_ends] if korean else [])))


_NOW_OR_COMPARED = _listed((*L.AT_THE_TIME_NOT, *L.COMPARISON_WORDS))
_AT_THE_TIME_UNTIL = _listed(L.AT_THE_TIME_UNTIL)
# ... a word of its own, maybe with particles ("3년 뒤에는"): "2019년 후반" names no later time
_AT_THE_TIME_MOVED = _listed(L.AT_THE_TIME_MOVED, PARTICLE + r"{0,2}(?![가-힣])")
# ... and the one year on that a sentence moves to from a year it names (`L.YEAR_AFTER`)
# (with its own particles only: "다음 해당 사업" names no year)
_YEAR_AFTER = _listed(L.YEAR_AFTER, "(?:" + alternation(L.YEAR_AFTER_PARTICLES) + r")?(?![가-힣])")
# ... unless it is a span's second end, joined to the named year ("2016 and the following year")
_YEAR_AFTER_SPAN = re.compile(r"(?i)\s*(?:" + alternation(L.YEAR_AFTER_SPAN) + r")\s*")
# "At the time," opening its sentence; elsewhere an English "at the time" dates only the amount
# right before it ("was worth $2 billion at the time"): "Kim, the chief executive at the time,
# runs a $5 billion fund" is of now.
_OPENING = re.compile(r"[\s\"'“‘(]*")
_RIGHT_BEFORE = re.compile(r"[\s,]*")


def _at_the_time(text: str, starts: list[int], cands: list[Candidate],
                 span: dt.date | Period | None, told: dt.date | None) -> None:
    """Date the one amount a sentence that names no date points at ("당시", "at the time") by
    the one date the sentence right before it names: "지난 3월 2일 매입 계약을 맺었다. 당시
    환율로 1조원이다" is of March 2; not a sentence that speaks of now or compares with then."""
    for c in cands:
        if c.as_of_basis == "sentence" or not (said := _AT_THE_TIME.search(c.sentence)) \
                or _NOW_OR_COMPARED.search(c.sentence) or c is not _pointed_at(
                    said, [d for d in cands if d.sentence_start == c.sentence_start]):
            continue
        k = bisect.bisect_right(starts, c.amount.start) - 1
        before = text[starts[k - 1]:starts[k]] if k else ""
        # a noun's date ("Norden, founded in 1990,") is no time the sentence tells of
        # ... nor a date still ahead of publication ("내년 상장할 예정이다"): "then" is a time gone by
        found = [f for f in (_all_dates(text, starts, k - 1, span, told) if k else [])
                 if not _in_participles_clause(before, f) and not _after(f[2], last_day(span))]
        # Of two dates, which one it means is unsaid ("from 2019 until 2021"), and a deadline
        # alone is no time anything happened.
        if len({f[2] for f in found}) == 1 and not _written_with(before, found[0], *_DEADLINE) \
                and not _AT_THE_TIME_MOVED.search(before) and not _ahead(before, found[0], span):
            c.as_of, c.as_of_basis = found[0][2], "then"
            c.as_of_from = f"{found[0][3]} (the sentence before, which {said.group(0)!r} points at)"


_AT_THE_TIME_OF = re.compile(L.AT_THE_TIME_OF)
# A sentence of now ("현재", "now") is no sentence of then; a comparison's word is one only right
# beside the marker ("인수 시점 대비", "than at the time of"): "부채가 자산보다 크다" compares two
# amounts of that time.
_NOW = _listed(L.AT_THE_TIME_NOT)
_COMPARED_BESIDE = _listed(L.COMPARISON_WORDS)
_BESIDE_MARK = 12           # characters either side of the marker a comparison's word is read in


def _at_the_time_of(text: str, starts: list[int], cands: list[Candidate],
                    span: dt.date | Period | None, told: dt.date | None) -> None:
    """Date the amounts of a sentence that names no date but the time of an event by its noun
    ("At the time of the acquisition, its debt was $2 billion", "인수 시점 기준 부채는 3100억원")
    by the date the nearest earlier sentence writes in that noun's own clause, the one nearest
    the noun ("closed the acquisition in November"): not a deadline, not one ahead, and no
    sentence that speaks of now or compares with then."""
    dated: dict[int, tuple | None] = {}     # sentence → the event's date it points at, once read
    for c in cands:
        if c.as_of_basis in ("sentence", "deal", "then") \
                or not (said := _AT_THE_TIME_OF.search(c.sentence)) or _NOW.search(c.sentence) \
                or _COMPARED_BESIDE.search(c.sentence, max(0, said.start() - _BESIDE_MARK),
                                           said.end() + _BESIDE_MARK):
            continue
        k = bisect.bisect_right(starts, c.amount.start) - 1
        if k not in dated:
            dated[k] = _event_noun_dated(text, starts, k, said, span, told)
        if dated[k]:
            c.as_of, c.as_of_from = dated[k]
            c.as_of_basis = "then"


def _event_noun_dated(text: str, starts: list[int], k: int, said: re.Match,
                      span: dt.date | Period | None, told: dt.date | None) -> tuple | None:
    """The date and its words that the nearest sentence before the `k`-th gives the event noun
    `said` names, in the noun's own clause (`_at_the_time_of`), else none: the noun a whole word,
    maybe with its particle ("인수를", not "인수위원회"; "merger", not "mergers"), and none where
    that sentence gives two of its events two dates ("its merger with Kestrel in 2020 and its
    merger with Norden in 2023")."""
    noun = next(g for g in said.groups() if g)
    word = re.compile(r"(?i)(?<![\w])" + re.escape(noun) + r"(?:" + PARTICLE + r")?(?![\w])")
    for j in range(k - 1, -1, -1):
        sentence = text[starts[j]:_sentence_end(text, starts, j)]
        named = list(word.finditer(sentence))
        if not named:
            continue
        found = [f for f in _event_dates(text, starts, j, span, told)
                 if not _ahead(sentence, f, span)]
        owns = [[f for f in found if opened <= f[0] and f[1] <= closed]
                for opened, closed in (_clause(sentence, m.start(), m.end()) for m in named)]
        # the noun named twice, its clauses giving two dates: two events, no telling which
        if len(named) > 1 and len({f[2] for own in owns for f in own}) > 1:
            return None
        for m, own in zip(named, owns):
            if own:
                f = min(own, key=lambda f: max(f[0] - m.end(), m.start() - f[1], 0))
                return f[2], (f"{f[3]} (an earlier sentence dating the {noun} that "
                              f"{said.group(0)!r} points at)")
    return None


def _after(date: str, day: dt.date | None) -> bool:
    """Whether a resolved `date` ("2025", "2025-03", "2025-03-14") lies wholly after `day`: none
    of it is that day or before (no day, none is)."""
    return day is not None and date > day.isoformat()[:len(date)]


def _ahead(sentence: str, found, published: dt.date | Period | None) -> bool:
    """Whether the date `found` in `sentence` is still to come: after publication, or in its clause
    after a future's word ("will buy it in 2025") or before a Korean plan's verb ("인수할 계획이다")."""
    date, last = found[2], last_day(published)
    opened, closed = _clause(sentence, found[0], found[1])      # "Norden, which it bought in 2019"
    return _after(date, last) \
        or _FUTURE.search(sentence, opened, found[0]) is not None \
        or _WEEKDAY_AHEAD_IN.search(sentence, opened, found[0]) is not None \
        or _planned(sentence, found[1], closed)


# A plan's word after a Korean word (`L.PLAN_AFTER`), maybe past a space.
_PLAN = re.compile(r"(?<=[가-힣])\s?(?P<plan>" + alternation(L.PLAN_AFTER) + ")")


def _planned(text: str, start: int, end: int) -> bool:
    """Whether a plan's word follows a verb in its prospective form in `text[start:end]` before a
    clause of its own tense ends ("인수할 계획", "짓고 증설할 계획", not "지었고 ... 증설할 계획")."""
    plans = [m.start("plan") for m in _PLAN.finditer(text, start, end)]
    if not plans:                               # Kiwi only where a plan's word is
        return False
    cut = own_time_ends(text, start, end)
    return any(after_prospective(text, at) for at in plans if at < cut)


def _pointed_at(said: re.Match, cands: list[Candidate]) -> Candidate | None:
    """The amount of `cands` (one sentence's) that the marker `said` dates: the first after it
    with no contrast's word between, or for an English one not opening the sentence, the amount
    right before it."""
    sentence, base = said.string, cands[0].sentence_start
    if said.group(0).isascii() and not _OPENING.fullmatch(sentence, 0, said.start()):
        return next((c for c in cands if _RIGHT_BEFORE.fullmatch(
            sentence, c.amount.end - base, said.start())), None)
    after = next((c for c in cands if c.amount.start - base >= said.end()), None)
    if after is None or _AT_THE_TIME_UNTIL.search(sentence, said.end(), after.amount.start - base):
        return None
    return after


def _sentence_end(text: str, starts: list[int], j: int) -> int:
    return starts[j + 1] if j + 1 < len(starts) else len(text)


def _event_dates(text: str, starts: list[int], j: int, published: dt.date | Period,
                 told: dt.date | None) -> list:
    """The dates the `j`-th sentence gives an event, in its own offsets: not its deadlines, past
    or ahead ("이달 2일까지" is no time anything happened)."""
    sentence = text[starts[j]:_sentence_end(text, starts, j)]
    return [f for f in date_expressions(sentence, published, told)
            if not _written_with(sentence, f, *_DEADLINE)]


def _all_dates(text: str, starts: list[int], j: int, published: dt.date | Period,
               told: dt.date | None) -> list:
    """Every date the `j`-th sentence names, deadlines too, in its own offsets."""
    return date_expressions(text[starts[j]:_sentence_end(text, starts, j)], published, told)


# The forms are data per language (`currency.lang`); their resolution is `_resolve`'s.
_DATE_PATTERNS = [(re.compile(pattern), kind) for kind, pattern in L.date_forms()]
# Each form with the characters it cannot match without (`needed_chars`): most sentences lack
# those of most forms, and a set test is far quicker than a search.
_NEEDS = [(pattern, kind, needed_chars(pattern)) for pattern, kind in _DATE_PATTERNS]

# Date forms that name the period before another, the other term of a comparison ("up from $18
# billion in the previous quarter", "전년 동기(4조원)"): they date one amount, the one written
# beside them.
_PERIOD_BEFORE = frozenset({"prev_quarter", "year_ago_quarter"})
_COMPARED = [p for p, kind in _DATE_PATTERNS if kind in _PERIOD_BEFORE]

# A sentence with no digit can only hold a date in words: one search for any of those first.
# (their named groups made plain: two forms may name one group)
_NAMED = re.compile(r"[(][?]P<\w+>")
_ANY_DATE = re.compile("|".join([r"\d"] + ["(?:" + _NAMED.sub("(?:", p.pattern) + ")"
                                            for p, _ in _DATE_PATTERNS
                                            if "\\d" not in p.pattern]))
_MONTHS = [m.lower() for m in L.MONTH_NAMES]
_BESIDE = re.compile(r"[\s,()]*")
_EARLIER = [p for p, kind in _DATE_PATTERNS if kind == "years_earlier"]
# "같은 해 11월", "the same year": a year, or a month of it, the sentence named before (`_same_year`)
_SAME_YEAR = [p for p, kind in _DATE_PATTERNS if kind in ("same_year", "same_year_m")]
_PREVIOUS = re.compile("|".join(p.pattern for p, kind in _DATE_PATTERNS if kind == "previous_day"))
_LATER_CLAUSE = re.compile(L.LATER_CLAUSE)


# Dates as often of another deed in their sentence as of its amount ("told investors this summer
# it paid $4.5 billion in March 2018", "지난 5월보다"): read only when the sentence has no other.
_LAST_RESORT = {"season", "m_past"}


# Date forms that name more than a month, though read, as any date, as a month (a quarter or a
# half by its last month, a season, a span of months by one of its ends).
_LONGER_THAN_READ = frozenset({"quarter", "half", "season", "month_span"}) | _PERIOD_BEFORE


def _names_kind(words: str | None, kinds: frozenset[str]) -> bool:
    """Whether date words hold a date form of one of `kinds`."""
    return bool(words) and any(kind in kinds and pattern.search(words)
                               for pattern, kind in _DATE_PATTERNS)


def names_more_than_a_month(words: str | None) -> bool:
    """Whether date words name a quarter, a half, a season or a span of months."""
    return _names_kind(words, _LONGER_THAN_READ)


# Date forms that name a period a firm reports its results for, shorter than a year: a quarter, a
# half, or the one before another. Not a season nor a span of months ("this summer" is when a
# thing was said as often as a period's).
_PART_OF_A_YEAR = frozenset({"quarter", "half"}) | _PERIOD_BEFORE
_RESULTS_EVENT_AFTER = re.compile(L.RESULTS_EVENT_AFTER, re.IGNORECASE)
_YEAR_LINE = re.compile(L.YEAR_LINE_MARK, re.IGNORECASE)


def names_a_quarter_or_a_half(words: str | None) -> bool:
    """Whether date words name a quarter or a half of a year (`_PART_OF_A_YEAR`)."""
    return _names_kind(words, _PART_OF_A_YEAR)


def names_a_results_event(words: str | None, sentence: str) -> bool:
    """Whether date words stand, in their sentence, right before a results event's words
    ("second-quarter results", "2분기 실적 발표"): they date the event, and a figure told there may
    be of another period ("at its second-quarter results, full-year revenue was X")."""
    return bool(words) and any(_RESULTS_EVENT_AFTER.match(sentence, m.end())
                               for m in re.finditer(re.escape(words), sentence))


def marks_a_year_line(sentence: str) -> bool:
    """Whether a sentence marks its results line as a whole year's ("full-year revenue", "전체
    매출"): a quarter or a half it names is then not that line's period."""
    return _YEAR_LINE.search(sentence) is not None


def names_the_period_before(words: str | None) -> bool:
    """Whether date words name the period before another ("전년 동기", "a year earlier"), the
    other term of a comparison: a lone amount beside them may be the reported period's ("전년 동기의
    두 배인 X"). The words are exactly the date's (`Candidate.as_of_from`): the whole of them."""
    return bool(words) and any(p.fullmatch(words) for p in _COMPARED)


# Date forms that count whole years back from the article ("3년 전", "투자한 지 3년이 지났다",
# "three years ago", "two years earlier"): a writer rounds the span (a deed of mid-2019 is "3년이
# 지났다" in January 2023), so the year read is only about the deed's (`years_back_span`).
_YEARS_BACK = frozenset({"years_ago", "years_earlier"})


def counts_years_back(words: str | None, sentence: str) -> bool:
    """Whether date words count whole years back from the article: a year only about right.
    `sentence`: the text they were read in, since a form may look at what precedes
    its words (the deed's "-ㄴ" before " 지 3년이 지났다")."""
    if not words:
        return False
    text = sentence if words in sentence else words
    return any(m.group(0) == words
               for pattern, kind in _DATE_PATTERNS if kind in _YEARS_BACK
               for m in pattern.finditer(text))


# A span counted back is about right to half a year either way: "3년 전" in January 2023 is
# mid-2019 to mid-2020, never 2021.
_HALF_A_YEAR = dt.timedelta(days=182)


def years_back_span(words: str | None, sentence: str, as_of: str,
                    published: dt.date | None) -> tuple[int, int] | None:
    """The first and last year a date counted back from the article (`counts_years_back`) may
    be, for the date `as_of` read from it ("2020"): its publication's day that year, give or
    take half a year. None for any other date, or with no publication day or year."""
    if not (published and as_of[:4].isdigit() and counts_years_back(words, sentence)):
        return None
    back = dt.date(int(as_of[:4]), published.month, min(published.day, 28))
    return (back - _HALF_A_YEAR).year, (back + _HALF_A_YEAR).year


# A word right before a year, read in a short stretch before it: no name word is longer.
_WORD_BEFORE_YEAR = re.compile(r"(?P<w>[^\W\d_][\w'’.-]*)[ \t]+$")
_NAME_WORD_MOST = 40
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_DATE_WORDS_BEFORE_YEAR = frozenset(w.casefold() for w in (
    *L.NAME_YEAR_NOT_AFTER, *L.MONTH_NAMES, *L.WEEKDAYS,
    *(a.rstrip(".") for a in L.MONTH_ABBREVIATIONS)))
# A year after a capitalised word is a name's only more than this many years from publication's:
# news dates its amounts near the day it is written, and "Orvel 2024 revenue" in a 2024 article
# is that year's revenue. In the twenty-five corpora the years written after a name word lie
# 3 and 8 years from publication ("Worldwide 2022", "Dare Forward 2030": none dates an amount,
# so neither is read as a name here) and 102 years before it (a bridge named after a 1915
# battle, which dated a 2017 contract's amount 1915).
NAME_YEAR_DISTANCE = 10
_YEAR_FORMS = [pattern for pattern, kind in _DATE_PATTERNS if kind == "y"]


def _year_in_name(sentence: str, m: re.Match, published_year: int) -> bool:
    """Whether the year `m` reads is part of a name ("the Kestrel 1915 bridge"): a bare year (not
    "2030년"), far from `published_year`, written right after a capitalised word that no date is
    written after (`NAME_YEAR_NOT_AFTER`, a month, a weekday), not a possessive ("Orvel's")."""
    if m.group(0) != m.group(1) or abs(int(m.group(1)) - published_year) <= NAME_YEAR_DISTANCE:
        return False
    before = _WORD_BEFORE_YEAR.search(sentence, max(0, m.start() - _NAME_WORD_MOST), m.start())
    word = before.group("w").rstrip(".") if before else ""
    # a word carrying a caseless script's ending is that language's ("MS가 2016년"): no name's
    if not word[:1].isupper() or not all(ch.isupper() or ch.islower() or not ch.isalpha()
                                         for ch in word):
        return False
    return not (_POSSESSIVE.search(word) or word.casefold() in _DATE_WORDS_BEFORE_YEAR)


def name_years(sentence: str, published: dt.date | Period | None) -> set[tuple[int, int]]:
    """The places of the years in `sentence` that are part of a name (`_year_in_name`); none
    without a publication year to measure them from."""
    day = last_day(published)
    if day is None:
        return set()
    return {m.span() for pattern in _YEAR_FORMS for m in pattern.finditer(sentence)
            if _year_in_name(sentence, m, day.year)}


def date_expressions(sentence: str, published: dt.date | Period | None,
                     told: dt.date | None = None,
                     named: set[tuple[int, int]] | None = None) -> list[tuple[int, int, str, str]]:
    """Every date expression in a sentence: (start, end, resolved date, words); `published` is
    a day or the month or year it fell in; `told` is the day its story tells; `named` its years
    that are names' (`name_years`), when the caller has them already."""
    found = []
    if not _ANY_DATE.search(sentence):
        return found
    spans = []      # every expression's place, read or not
    last_resort = set()
    next_years = set()      # "내년"'s places, read from publication until `_next_year_of`
    chars = set(sentence)
    named = name_years(sentence, published) if named is None else named
    for pattern, kind, needs in _NEEDS:
        if not may_match(needs, chars):
            continue
        for m in pattern.finditer(sentence):
            # "the Kestrel 1915 bridge": a name, neither a date nor a date's place
            if m.span() in named and kind == "y":
                continue
            value = _resolve_within(m, kind, published, told)
            if value or kind != "weekday_past":     # a close's "last Friday" is its rule's to read
                spans.append(m.span())
            if value:
                found.append((m.start(), m.end(), value, m.group(0)))
                if kind in _LAST_RESORT:
                    last_resort.add(m.span())
                if kind == "next_year":
                    next_years.add(m.span())
    # A word of the same year is read, or dropped, first: one left unread is no other date a last
    # resort gives way to ("2019년 ... 지난 3월 발표에서 같은 해 11월": "지난 3월" stays).
    found = _same_year(sentence, found)
    # A last resort gives way to any other date, and its place with it, so that what it held
    # is read again ("지난 5월 말 ... 작년 말보다": "5월 말" dates the amount).
    if any(f[:2] not in last_resort for f in found):
        found = [f for f in found if f[:2] not in last_resort]
        spans = [s for s in spans if s not in last_resort]
    # Words inside or across a longer date are read with it: "오는 26일" is not also a past
    # "26일", even when the longer one names no day there is ("오는 30일" in February is no date
    # at all), and "2025년 3월에" is not also this year's "3월에".
    found = [f for f in found if not any(a < f[1] and f[0] < b and b - a > f[1] - f[0]
                                         for a, b in spans)]
    # A close's weekday written beside its date ("Friday, May 17") gives way to it, and a day
    # that is not the weekday beside it was misread (of another year): no date.
    beside = {f: _weekday_beside(sentence, f) for f in found if f[3] not in L.WEEKDAYS}
    paired = {said.span("wd") for said in beside.values() if said}
    found = [f for f in found if (f[0], f[1]) not in paired if f not in beside
             or _weekday_agrees(sentence, f, beside[f])]
    found = _next_year_of(sentence, found, next_years, last_day(published))
    return _not_board_days(sentence, _count_back_earlier(sentence, found), last_day(published))


def _next_year_of(sentence: str, found, next_years: set, last: dt.date | None):
    """The dates of `found` with each "next year" at `next_years` read from the date gone by
    before it in its clause, if any: what was said then looked a year ahead of then; none after
    "당시" ("at the time") in its clause, whose year this sentence does not write."""
    # "지난해 11월 내년 매출 목표를 1조원으로 제시했다": the target is of the year after 2023's
    # November, not of the year after publication
    out = []
    for f in found:
        if (f[0], f[1]) in next_years:
            then = _AT_THE_TIME.search(sentence, 0, f[0])
            if then and not (_CLAUSE_BREAK is not None
                             and _CLAUSE_BREAK.search(sentence, then.end(), f[0])):
                continue
            past = [g for g in found if g[1] <= f[0] and (g[0], g[1]) not in next_years
                    and not _after(g[2], last) and g[2][:4].isdigit()]
            g = max(past, key=lambda g: g[1], default=None)
            if g and not (_CLAUSE_BREAK is not None and _CLAUSE_BREAK.search(sentence, g[1], f[0])):
                f = (*f[:2], str(int(g[2][:4]) + 1), *f[3:])
        out.append(f)
    return out


_WEEKDAY_BEFORE = re.compile(r"\b(?P<wd>" + "|".join(L.WEEKDAYS) + r")" + _BESIDE.pattern + "$")
_WEEKDAY_AFTER = re.compile(_BESIDE.pattern + r"(?P<wd>" + "|".join(L.WEEKDAYS) + r")\b")


def _weekday_beside(sentence: str, f) -> re.Match | None:
    """The weekday written right beside the date `f` ("Friday, May 3", "May 3 (Friday)"), if any."""
    return _WEEKDAY_BEFORE.search(sentence, max(0, f[0] - 14), f[0]) \
        or _WEEKDAY_AFTER.match(sentence, f[1])


def _weekday_agrees(sentence: str, f, said: re.Match | None) -> bool:
    """Whether the day `f` is the weekday `said` beside it, if that is a day, not a name."""
    return len(f[2]) != 10 or said is None or _names_weekday(sentence, *said.span("wd")) \
        or dt.date.fromisoformat(f[2]).weekday() == L.WEEKDAY_NUMBERS[said["wd"]]


# The kinds of date `_resolve` reads from publication's year alone, or from its month alone.
_BY_YEAR = {"md", "this_year_m", "same_year", "same_year_m", "years_ago", "years_earlier", "last_year", "this_year", "next_year", "season",
            "month_of_year_said", "last_year_m", "last_year_md"}
_BY_MONTH = {"quarter", "half", "past_year", "m", "m_past", "months_ago", "last_month", "last_month_d", "last_week",
             "next_month_d", "month_name", "month_span"}


# Monday's weekday number and Thursday's days after it: a week is dated by its Thursday's month.
_THURSDAY = 3


def _last_week(published: dt.date) -> str:
    """The month of the week before `published`'s week (Monday to Sunday), the one its Thursday
    falls in: most of that week's days are in it."""
    thursday = published - dt.timedelta(days=published.weekday() + 7 - _THURSDAY)
    return f"{thursday.year:04d}-{thursday.month:02d}"


# The days a deed told as recent with no day named may lie before its report ("recently signed",
# "최근 체결했다"): two weeks, the span news calls recent before it names the week or the month
# instead ("last week", "last month"). The span ends on the publication day itself, as a report
# may come out the day of the deed in another time zone.
RECENT_PAST_DAYS = 14


def _days_before(published: dt.date, days: int) -> str:
    """The span of `days` days before `published` to it, as `parse_period` reads it."""
    return f"{(published - dt.timedelta(days=days)).isoformat()}/{published.isoformat()}"


def _resolve_within(m: re.Match, kind: str, published: dt.date | Period | None,
                    told: dt.date | None) -> str | None:
    """The date `m` names, with publication known to a day or only to a month or a year: then
    what it names from each day of that span, placed within the span (`_within`). The words
    around it that say its tense are read once, whatever the days."""
    tense = _day_ahead_said(m) if kind == "named_md" else _coming_led(m) \
        if kind == "month_name" else _day_alone_said(m) if kind == "d_said" else None
    if tense is _NO_EVENT:
        return None
    if not isinstance(published, Period):
        return _resolve(m, kind, published, told, tense)
    if published.is_day:
        return _resolve(m, kind, published.first, told, tense)
    # a weekday, or days counted back, of a month or a year are any of several days
    if kind in ("weekday_closed", "weekday_past", "recent_past", "week_early"):
        return None
    fixed = _resolve(m, kind, None, told, tense)    # a date written whole needs no publication
    if fixed:
        return fixed
    grain = 4 if kind in _BY_YEAR else 7 if kind in _BY_MONTH else 10
    days = _span_days(published.first, published.last, grain)
    return _within({v for d in days if (v := _resolve(m, kind, d, told, tense))}, published)


@functools.lru_cache(maxsize=64)
def _span_days(first: dt.date, last: dt.date, grain: int) -> tuple[dt.date, ...]:
    """One day of each year (`grain` 4), month (7) or day (10) from `first` to `last`: a date
    read from publication's year or month alone is read once for each."""
    days = (first + dt.timedelta(days=k) for k in range((last - first).days + 1))
    return tuple({d.isoformat()[:grain]: d for d in days}.values())


def _within(values: set[str], span: Period) -> str | None:
    """One date of the dates an expression names from the days of `span`: the one they all
    name; else those of them in `span`, else those in its year (a day without its year in a
    2024 article is of 2024), as the narrowest day, month or year that holds them all; else
    none (no day ahead of, or years before, what is known)."""
    if len(values) == 1:
        return next(iter(values))
    year = parse_period(f"{span.first.year:04d}")
    for bounds in (span, year):
        inside = sorted(v for v in values if bounds.first <= parse_period(v).first
                        and parse_period(v).last <= bounds.last)
        for width in (10, 7, 4):        # a day, a month, a year: the narrowest holding them
            if inside and len({v[:width] for v in inside}) == 1 and len(inside[0]) >= width:
                return inside[0][:width]
    return None


# Where the words of a date's own clause begin, looking back from it ("Orbit will issue shares
# ..., it said on Dec. 7": the future is another clause's).
_CLAUSE_BEFORE = re.compile(r"[.!?](?:\s|$)|[,;:\n]|\s[-–—]+\s")


_BOARD = re.compile(alternation(L.BOARD_MEETING), re.I)
# How near a day its board meeting is written ("지난 19일 열린 이사회에서").
BOARD_NEAR = 10


def _not_board_days(text: str, found, published: dt.date | None):
    """`found` less the days of a board meeting whose sentence writes a later day, up to
    publication, its decision was made public on ("지난 3일 이사회를 열고 ... 결의했다고 5일
    밝혔다"): a deal is dated by its announcement, the meeting is a step before it."""
    days = [f for f in found if len(f[2]) == 10
            and (published is None or f[2] <= published.isoformat())]

    def later_said(f) -> bool:
        return any(g[2] > f[2] and not SENTENCE_END.search(text, min(f[0], g[0]), max(f[1], g[1]))
                   for g in days)
    return [f for f in found if not (
        f in days and _BOARD.search(text, max(0, f[0] - BOARD_NEAR), f[1] + BOARD_NEAR)
        and later_said(f))]


def _count_back_earlier(sentence: str, found):
    """`found` with each "N years earlier" counted back from the sentence's nearest year before
    it ("In 2015 ...; two years earlier": 2013), or from publication when the sentence names no
    other date (not an uncounted "the year before"); with other dates only after it, not read."""
    def earlier(f) -> re.Match | None:
        return next((m for p in _EARLIER if (m := p.fullmatch(sentence, f[0], f[1]))), None)
    out = []
    for f in found:
        m = earlier(f)
        before = [g for g in found if g[1] <= f[0] and not earlier(g)]
        # an uncounted "the year before" has no count to take back from publication
        if m is None or (not before and all(map(earlier, found))
                              and m.groupdict().get("n") is not None):
            out.append(f)
        elif before:
            year = int(max(before, key=lambda g: g[1])[2][:4]) - _years(m)
            out.append((f[0], f[1], str(year), f[3]))
    return out


def _same_year(sentence: str, found):
    """`found` with each word of the same year ("같은 해 11월", "the same year") given the year of
    the sentence's nearest date written before it ("2021년 5월 ... 같은 해 11월": 2021-11) when
    that date's words write its year; else it is not read: with no date before it in its sentence,
    or one whose year is only counted from publication ("지난 15일 같은 해", "On March 3 ... of
    the same year"), the year it means is not known here."""
    def same(f) -> bool:
        return any(p.fullmatch(sentence, f[0], f[1]) for p in _SAME_YEAR)
    out = []
    for f in found:
        if not same(f):
            out.append(f)
            continue
        # the nearest before, the longest of those ending there ("2021년 5월", not its "5월")
        before = [g for g in found if g[1] <= f[0] and not same(g)]
        nearest = max(before, key=lambda g: (g[1], g[1] - g[0]), default=None)
        if nearest and nearest[2][:4] in _WRITTEN_YEAR.findall(nearest[3]):
            out.append((f[0], f[1], nearest[2][:4] + f[2][4:], f[3]))
    return out


# A year written in full in a date's words ("2021년", "March 2021"), not counted from publication.
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


# How far before publication the article's news date may be: a report of a week's or a month's
# events; anything older is background, not the news the undated sentences tell.
NEWS_DAYS = 31
# ... and how far after it, when its words say it is ahead: a report of an event due this week
# ("오는 26일 본계약을 체결한다"). Any other day after publication is no news date: a page cannot
# report a day still ahead of it ("Updated Friday, March 14" on a page of the 10th is a stamp).
NEWS_AHEAD = 7
_WRITTEN_AHEAD = re.compile("(?:" + alternation(L.DAY_AHEAD_WORDS) + ")")
# From this month "the past year" ("지난 한 해") may be the year then ending (a year-end review), or
# the one before (a filing): which, the words do not say, so it is left unread.
YEAR_ENDING_MONTH = 12
# The news date is looked for near the top, where a report dates its event; a print stamp or a
# byline there ("입력 2016-11-14 21:41") is the publication date again, not the event's day.
NEWS_HEAD = 3000


# A weekday gone by ("last Tuesday", "지난 목요일") dates its own sentence, not the story: it is as
# often a step before the news ("signed a deal last Tuesday", in a report of Sunday's filing).
_WEEKDAY_GONE = re.compile("|".join(_NAMED.sub("(?:", p.pattern) for p, kind in _DATE_PATTERNS
                                    if kind == "weekday_past"))


def news_date(text: str, published: dt.date | Period | None) -> NewsDate | None:
    """The article's news date: its first date of a single day from NEWS_DAYS before publication
    up to publication, or NEWS_AHEAD after it written as ahead ("23일(현지 시간)", "지난 15일",
    "오는 26일"), as a `NewsDate`: its date, its words with their line, whether its sentence dates
    the saying on it (`said_on`), whether its words mark it the report's home clock
    (`HOME_TIME`), the deed's own day a quote it heads writes (`_quoted_deed`), and the span of
    its sentence. Published in a month, the news days run from NEWS_DAYS before its first day; a
    year is too long to say which of its days is the news."""
    span = published if isinstance(published, Period) else None
    first, last = (span.first, span.last) if span else (published, published)
    if published is None or (last - first).days > NEWS_DAYS:
        return None
    head = text[:NEWS_HEAD]
    # in text order; of two expressions at one place the longer ("23일(현지 시간)", not "23일")
    found = date_expressions(head, published)
    # a wire's weekday read with its report verb ("said Wednesday") is the saying's day by its
    # words; one read as local time ("held Friday local time") is the deed's
    on = _reported_on(head, published, found)
    reported = [f for f in on if not _LOCAL_WEEKDAY.search(f[3])]
    for start, end, value, words in sorted(found + on,
                                           key=lambda f: (f[0], -f[1])):
        if len(value) != 10 or words in L.WEEKDAYS or _WEEKDAY_GONE.fullmatch(words) \
                or is_stamp(head, start, end) \
                or in_caption(head, start) \
                or _written_with(head, (start, end), *_DEADLINE):     # "by March 31" is no news day
            continue
        day = dt.date.fromisoformat(value)
        if (first - day).days <= NEWS_DAYS and (day <= last or (
                (day - last).days <= NEWS_AHEAD and _WRITTEN_AHEAD.match(words))):
            stop = SENTENCE_END.search(head, end)
            lead_span = (_sentence_start(head, start), stop.start() if stop else len(head))
            later = [(f[0] - end, f[1] - end, f[2], f[3]) for f in found]
            said = (start, end, value, words) in reported or _said_around(
                head[lead_span[0]:start], head[end:lead_span[1]], later, day)
            home = bool(_HOME_AFTER.match(head, end)
                        or _HOME_BEFORE.search(head[lead_span[0]:start]))
            deed = _quoted_deed(head[end:lead_span[1]], later, day)
            return NewsDate(value, f"{words} (line {head.count(chr(10), 0, start) + 1})", said,
                            home, deed and (deed[0], f"{deed[1]} (line "
                                            f"{head.count(chr(10), 0, end + deed[2]) + 1})"), lead_span)
    return None


def _quoted_deed(after: str, later: Sequence[tuple[int, int, str, str]], said: dt.date | None
                 ) -> tuple[str, str, int] | None:
    """The single day, before the saying's day `said` and within NEWS_DAYS of it, that the quote
    in `after` (the words after that day in its sentence) writes for its deed ("3일 ... 지난 2일
    수주했다고 밝혔다", "3일 ... 전날 서명식을 열었다고 공시했다"), with its words and where they
    start in `after`; `later`, the sentence's dates at their offsets in `after`. "전날" there
    counts back from the saying's day, not from publication. Such a quote's day is the deed's,
    so the day heading it is the saying's (`_said_around`); a quote with no such day of its own
    leaves the day before it to the deed ("15일 ... 80억 달러라고 전했다" dates what it quotes)."""
    quote = _QUOTE_THEN_SAID.search(after)
    if quote is None or said is None:
        return None
    for start, _, value, words in sorted(f for f in later if 0 <= f[0] and f[1] <= quote.start()):
        day = said - dt.timedelta(days=1) if _PREVIOUS.fullmatch(words) else \
            dt.date.fromisoformat(value) if len(value) == 10 else None
        if day is not None and day < said and (said - day).days <= NEWS_DAYS:
            return day.isoformat(), words, start
    return None


def _stretches(cands: list[Candidate]) -> list[tuple[int, int, list[int]]]:
    """One sentence's amounts as (start, end, indices) in its offsets, a conversion pair
    ("1.5 trillion won (US$1.4 billion)") one stretch."""
    out: list[tuple[int, int, list[int]]] = []
    for d in cands:
        s, e = d.amount.start - d.sentence_start, d.amount.end - d.sentence_start
        if out and d.pair and d.pair["with"] in out[-1][2]:
            out[-1] = (out[-1][0], e, out[-1][2] + [d.index])
        else:
            out.append((s, e, [d.index]))
    return out


def _not_the_next_amounts(found, stretches, sentence: str, end: int) -> list:
    """A sentence's dates less those after the amount ending at `end`, past a word of a later
    clause (`L.LATER_CLAUSE`), that come before a later amount: such a date is that amount's,
    the nearest before it ("1300억 달러에 진행된다면 이는 지난 2000년 ... 1720억 달러에
    매입한")."""
    later = [s for s, _, _ in stretches if s >= end]
    return [f for f in found if f[0] < end or not later or f[1] > later[-1]
            or not _LATER_CLAUSE.search(sentence, end, f[0])]


# Whole words: "각" is not the first syllable of "각국" or "각서".
def _words(words) -> re.Pattern:
    """Any of `words`, whole, in any case."""
    return re.compile(r"(?i)\b(?:" + alternation(words) + r")\b")


_RESPECTIVELY = _words(L.RESPECTIVELY)


# A day dated as the saying: a report verb right before it ("said on Tuesday", "announced May
# 14") or right after it ("on Tuesday announced"), or a saying's word starting a word later in
# its clause ("10일 밝혔다", "10일 업계에 따르면", not a deed's terms' "계약에 따르면"), not past a
# joined verb's "and" ("signed ... on May 15 and announced it a day later" dates the signing),
# a quoted clause's ending ("15일 ... 80억 달러라고 전했다" dates the quoted deed) or a relative
# clause's opener ("on May 15 signed a deal that analysts said was large").
_REPORT_VERB = r"(?:" + alternation(L.REPORTED_ON_WEEKDAY) + r")\b"
_REPORT_ON = r"(?:" + alternation(L.REPORTED_WEEKDAY_PREPOSITION) + r")\s+"
# ... or with the medium named between them ("said in a filing Tuesday")
_REPORTED_VIA = r"(?:in\s+(?:a|an|its|the)\s+(?:" + alternation(L.REPORTED_VIA) + r")\s+)"
_SAID_BEFORE_DAY = re.compile(r"(?i)\b" + _REPORT_VERB + r"\s+" + _REPORTED_VIA + r"?(?:"
                              + _REPORT_ON + r")?$")
_CLAUSE_STOP = (r"\band\b|\b(?:" + alternation(set(L.REPORTED_RELATIVE_OPENERS)
                                                   | set(L.REPORTED_RELATIVE_SUBJECTS))
                + r")\b|(?:" + alternation(L.QUOTED_CLAUSE_ENDS) + r")(?!\S)")
_SAID_AFTER_DAY = re.compile(
    r"(?i)^(?:(?!" + _CLAUSE_STOP + r")[^,;:.!?\n]|\.(?=\S))*?(?:(?<!\S)(?:" + alternation(L.SAID_AFTER_DAY)
    + r")|(?<=\S)" + "".join(f"(?<!{re.escape(w)})" for w in L.SAID_BY_NOT_SOURCE)
    + r"(?:" + alternation(L.SAID_BY_SOURCE_AFTER)
    + r")|\b" + _REPORT_VERB + ")")


def said_on(sentence: str, day_words: str | None) -> bool:
    """Whether the day `day_words` writes in `sentence` is dated as the day a thing was said
    ("...고 10일 밝혔다", "said on Tuesday"), not the day of the deed the sentence tells."""
    at = sentence.find(day_words) if day_words else -1
    if at < 0:
        return False
    return _said_around(sentence[:at], sentence[at + len(day_words):])


def _said_at(sentence: str, found, chosen: tuple[str, str], offset: int) -> bool:
    """Whether the date `chosen` from `found`, where written nearest the amount at `offset`, is
    dated as the day a thing was said (`said_on`, read at that place, not at its words' first)."""
    written = [f for f in found if (f[2], f[3]) == chosen]
    if not written:
        return said_on(sentence, chosen[1])
    f = min(written, key=lambda f: offset - f[1] if f[1] <= offset else 1000 + f[0] - offset)
    return _said_around(sentence[:f[0]], sentence[f[1]:],
                        [(g[0] - f[1], g[1] - f[1], g[2], g[3]) for g in found],
                        dt.date.fromisoformat(f[2]) if len(f[2]) == 10 else None)


def _said_around(before: str, after: str, later: Sequence[tuple[int, int, str, str]] = (),
                 day: dt.date | None = None) -> bool:
    """Whether the words `before` and `after` a day in its sentence date the saying on it;
    `later`, the sentence's dates at their offsets in `after`, and `day`, that day, tell
    whether a quote after it writes its deed's own day (`_quoted_deed`)."""
    return bool(_SAID_BEFORE_DAY.search(before) or _SAID_AFTER_DAY.search(after)
                or _quoted_deed(after, later, day))


# A quoted clause's ending followed by a saying's word ("...개최했다고 공시했다"): where the saying
# of a day heading the quote is told.
_QUOTE_THEN_SAID = re.compile(r"(?:" + alternation(L.QUOTED_CLAUSE_ENDS) + r")\s*(?:"
                              + alternation(L.SAID_AFTER_DAY) + r")")


def respectively_said(sentence: str) -> bool:
    """Whether `sentence` has a word pairing what it lists with its amounts in order."""
    return bool(_RESPECTIVELY.search(sentence))


def _respectively(sentence: str, found, stretches) -> dict[int, tuple[str, str]]:
    """Each amount's date when a word pairs them in order ("각 25억 달러와 75억 달러",
    "respectively"): as many dates as amounts, all of them on one side of all the amounts, none
    a range's end or a comparison's, nor another deed's set off from the amounts by a comma."""
    if len(stretches) < 2 or len(found) != len(stretches) or not respectively_said(sentence):
        return {}
    dates = sorted(found)
    if not (dates[-1][1] <= stretches[0][0] or dates[0][0] >= stretches[-1][1]):
        return {}
    if any(_written_with(sentence, f, *_NOT_LISTED) for f in dates):
        return {}
    if _LED_BY_DEED.search(sentence, 0, dates[0][0]) and (
            "," in sentence[dates[-1][1]:stretches[0][0]] if dates[0][0] < stretches[0][0]
            else "," in sentence[stretches[-1][1]:dates[0][0]]):
        return {}
    return {i: (f[2], f[3]) for f, (_, _, indices) in zip(dates, stretches) for i in indices}


def _dates_after(found, stretches) -> dict[int, tuple[str, str]]:
    """Each amount's date when its sentence writes dates after their amounts: "$57 million in 2016
    and $320 million in 2018". Told by the first and the last amount: no date before the first,
    one after it before the next amount, and one after the last. Each amount then takes the
    nearest date after it and before the next amount, not the one before it, which is its
    neighbour's."""
    if len(stretches) < 2 or not found or any(f[1] <= stretches[0][0] for f in found):
        return {}
    out: dict[int, tuple[str, str]] = {}
    for k, (_, end, indices) in enumerate(stretches):
        stop = stretches[k + 1][0] if k + 1 < len(stretches) else math.inf
        mine = [f for f in found if end <= f[0] and f[1] <= stop]
        # Told at both ends: the last amount has its date after it too ("... in 2018").
        if not mine and (k == 0 or k == len(stretches) - 1):
            return {}
        if mine:
            best = min(mine, key=lambda f: f[0])
            out.update({i: (best[2], best[3]) for i in indices})
    return out


_CHANGE_FROM = re.compile(r"(?i:(?<!\w)(?:" + alternation(L.CHANGE_FROM_BEFORE)
                          + r")\s+)$")
_CHANGE_TO = re.compile(r"(?i:\s*,?\s*(?:" + alternation(L.CHANGE_LEVEL_BETWEEN)
                        + r")\s+)")
# Only a time's word after a change's starting level ("from $3 billion in 2019").
_FROM_WHEN = re.compile(r"(?i)\s*(?:" + alternation(L.CHANGE_FROM_WHEN) + r")\s+(?:the\s+)?")


def _change_starts(sentence: str, found, stretches,
                   published: dt.date | Period | None) -> tuple[dict[int, tuple[str, str]], set]:
    """The dates of a change's starting level, "from $5.1 billion in 2020 to $6 billion": the date
    between the two levels, right before "to", is the start's (its indices to (date, words)),
    not the end's, which takes the sentence's other date; and those dates' places. With no "to"
    level after it ("a fourfold rise from $3 billion in 2019"), the date right after the start is
    its other term's time when not ahead of publication and ending before the date that opens the
    sentence (`_before_opening`); that date stays the other amounts' to read."""
    starts: dict[int, tuple[str, str]] = {}
    taken = set()
    last = last_day(published)
    for k, (s0, e0, indices) in enumerate(stretches):
        if not _CHANGE_FROM.search(sentence[:s0]):
            continue
        s1 = stretches[k + 1][0] if k + 1 < len(stretches) else None
        mine = [f for f in found if s1 is not None and e0 <= f[0] and f[1] <= s1
                and _CHANGE_TO.fullmatch(sentence, f[1], s1)]
        for f in mine:
            starts.update({i: (f[2], f[3]) for i in indices})
            taken.add((f[0], f[1]))
        if mine:
            continue
        when = next((f for f in found if f[0] >= e0 and _FROM_WHEN.fullmatch(sentence, e0, f[0])), None)
        if when and not _after(when[2], last) and _before_opening(found, s0, when[2]):
            starts.update({i: (when[2], when[3]) for i in indices})
    return starts, taken


def _words_before(words) -> re.Pattern:
    """Any of `words` ending right before a date (English writes them there: "by 2030")."""
    return re.compile(r"(?i)\b(?:" + alternation(words) + r")\s+(?:the\s+)?$")


def _words_after(words) -> re.Pattern:
    """Any of `words` right after a date (Korean writes them there: "2028년까지")."""
    return re.compile(r"\s?(?:" + alternation(words) + ")")


_DEADLINE = (_words_before(L.DEADLINE_BEFORE), _words_after(L.DEADLINE_AFTER))
_SCHEDULED = (_words_before(L.SCHEDULED_BEFORE), _words_after(L.SCHEDULED_AFTER))
_SCHEDULED_POINT = (_words_before(L.SCHEDULED_POINT_BEFORE), _words_after(L.SCHEDULED_POINT_AFTER))
_SCHEDULED_BARE = re.compile(L.SCHEDULED_BARE) if L.SCHEDULED_BARE else None
# Words that make a sentence's dates no list of its amounts' own (`_respectively`).
_NOT_LISTED = (_words_before(L.NOT_LISTED_BEFORE), _words_after(L.NOT_LISTED_AFTER))

_WEEKDAY = "(?:" + "|".join(L.WEEKDAYS) + ")"
# A weekday's local-time mark after it ("said on Monday (local time)"), kept in its words.
_LOCAL_AFTER = r"(?:\s*[,(]?\s*(?i:" + alternation(L.LOCAL_TIME) + r")\b\)?)?"
# The verb before its weekday ("said Friday", "said on Friday"; not a possessive, "said Friday's
# sales", nor the subject of the clause after, "said Friday will be") or after it ("on Friday said").
_REPORTED_ON = re.compile(
    r"\b(?:" + _REPORT_VERB + r"\s+" + _REPORTED_VIA + r"?(?:" + _REPORT_ON + r")?(?P<wd>" + _WEEKDAY + r")\b"
    r"(?!" + alternation(L.POSSESSIVE) + r"\b|\s+(?:" + alternation(L.REPORTED_WEEKDAY_SUBJECT_BEFORE)
    + r")\b)" + _LOCAL_AFTER + "|" + _REPORT_ON + r"(?P<wd_>" + _WEEKDAY + r")\s+" + _REPORT_VERB + ")")
# A weekday opening the lead's sentence before its subject and a report verb ("On Thursday, Orvel
# announced that ..."): the day of the saying, as "Orvel said Thursday" is. The subject is a few
# words (`REPORTED_OPENING_SUBJECT`), none a relative's opener ("On Friday, shares that analysts
# said ...") nor a modal or an auxiliary ("On Friday, the results will be announced"; a passive's
# "be" is `REPORTED_AHEAD_BEFORE`) nor a time clause's opener ("On Monday, the day after Orvel
# announced ...": that verb is another day's).
REPORTED_OPENING_SUBJECT = 6
_NOT_SUBJECT = alternation(set(L.REPORTED_RELATIVE_SUBJECTS) | set(L.REPORTED_RELATIVE_OPENERS)
                           | set(L.REPORTED_WEEKDAY_SUBJECT_BEFORE) | set(L.REPORTED_AHEAD_BEFORE)
                           | set(L.REPORTED_OPENING_TIME_CLAUSE))
_REPORTED_OPENING = re.compile(
    r"(?:(?<=\n)|(?<=\A)|(?<=[.!?] )|(?<=[.!?][\"”’] ))(?i:" + _REPORT_ON + r")(?P<wd_open>"
    + _WEEKDAY + r")\s*,\s+(?:(?!(?i:" + _NOT_SUBJECT + r")\b)[^\s,.;:!?]+\s+){1,"
    + str(REPORTED_OPENING_SUBJECT) + r"}?" + _REPORT_VERB)
# A weekday said to be the local time of where it happened ("a ceremony held Friday local time",
# "on Thursday (local time)"): the story's day abroad, as a wire's reported weekday is.
_LOCAL_WEEKDAY = re.compile(r"\b(?P<wd_local>" + _WEEKDAY + r")\s*[,(]?\s*(?i:"
                            + alternation(L.LOCAL_TIME) + r")\b\)?")
_REPORTED_AHEAD = re.compile(r"(?i)\b(?:" + alternation(L.REPORTED_AHEAD_BEFORE) + r")\s+(?:"
                             + L.ADVERB + r"\s+)*$")
_RELATIVE = re.compile(r"(?i)\s*(?:" + alternation(L.REPORTED_RELATIVE_OPENERS) + r")\b")
_RELATIVE_SUBJECT = re.compile(r"(?i)\b(?:" + alternation(L.REPORTED_RELATIVE_SUBJECTS)
                               + r")\s+(?:" + L.ADVERB + r"\s+)*$")
# The story's lead, its first sentences: a wire gives its day there ("... said Friday", often in
# the second to fourth), a feature's later report of another story ("a rival said Friday") is not.
LEAD_SENTENCES = 5


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` begins."""
    return max((e.end() for e in SENTENCE_END.finditer(text, 0, pos)), default=0)


def _reported_on(text: str, published: dt.date | Period | None, found) -> list[tuple]:
    """A lead's weekday a wire reports ("said Friday") or says is local time ("held Friday local
    time"), as the latest such day before publication, unless `found` dates it or it is ahead."""
    day = last_day(published)
    if day is None or first_day(published) != day:
        return []
    # only the sentences that end as one count: a headline, a byline or a page's list of other
    # stories above the story is no sentence of its lead
    lead = [m.start() for m in SENTENCE_END.finditer(text)
            if ends_as_sentence(text[:m.start()])][LEAD_SENTENCES - 1:] + [len(text)]
    dated = {said.span("wd") for f in found if f[3] not in L.WEEKDAYS
             if (said := _weekday_beside(text, f))}          # "said Friday, Nov. 27,"
    out = []
    local = list(_LOCAL_WEEKDAY.finditer(text, 0, lead[0]))
    for m in [*_REPORTED_ON.finditer(text, 0, lead[0]), *_REPORTED_OPENING.finditer(text, 0, lead[0]),
              *local]:
        wd = next(g for g in ("wd", "wd_", "wd_open", "wd_local") if m.groupdict().get(g))
        opened, closed = _clause(text, m.start(), m.end())
        # a local weekday ahead ("will be held Friday local time") is no news day; within its
        # sentence too, as a period with no space after it ends no clause
        ends = SENTENCE_END.search(text, m.end())
        if m in local and _weekday_ahead(text, m.start(), max(opened, _sentence_start(
                text, m.start())), min(closed, ends.start() if ends else closed)):
            continue
        # publication's own weekday is left to the publication date, which says no less: as a
        # news date it would outvote a sentence's date in words ("since mid-2020")
        back = (day.weekday() - L.WEEKDAY_NUMBERS[m[wd]]) % 7
        # and the day after publication's is a page stamped in UTC for a story of the next local
        # day ("SEOUL -- Acme said Saturday" on a Friday's page), not last week's: no date
        if 0 < back < 6 and m.span(wd) not in dated and not _names_weekday(text, *m.span(wd)) \
                and not _REPORTED_AHEAD.search(text, opened, m.start()) \
                and not _RELATIVE.match(text, opened) \
                and not _RELATIVE_SUBJECT.search(text, opened, m.start()):
            out.append((m.start(), m.end(), (day - dt.timedelta(days=back)).isoformat(), m.group(0)))
    return out


# A participle leading a date, then a preposition: "founded in 1990" dates another deed.
# A deed done: a participle in -ed or one of PAST_DEEDS ("founded", "sold", "paid").
_PARTICIPLE = r"(?:\w+ed|" + alternation(L.PAST_DEEDS) + r")"
# ... and the preposition before a deed's date, with up to four words ("in early May")
_DEED_DATE_OPENS = r"\s+(?:" + alternation(L.DEED_DATE_PREPOSITIONS) + r")\s+(?:[a-z][\w-]*\s+){0,4}$"
_LED_BY_DEED = re.compile(r"(?i)\b" + _PARTICIPLE + r"\s+(?:in|on|at)\s+$")
# Quarters and halves: as often the period a sum is of as a time a deed is set in.
_PARTS_OF_YEAR = [p for p, kind in _DATE_PATTERNS if kind in ("quarter", "half")]
_GROWS_TO = re.compile(r"(?i)(?<![A-Za-z])(?:" + alternation(L.GROWS_TO)
                       + r")(?![A-Za-z])")
# A goal's verb, each language's way: written before its own amount, a few words at most between
# ("achieve sales of $4 billion"), or right after it, past its particle ("매출 3조원을 달성").
_GOAL_BEFORE_OWN = re.compile(r"(?i)(?<![A-Za-z])(?:" + alternation(L.GOAL_BEFORE_OWN)
                              + r")(?![A-Za-z])")
_GOAL_OWN_AFTER = re.compile(L.GOAL_OWN_AFTER)
_GOAL_AFTER_OWN = re.compile(r"(?:" + L.GOAL_OWN_BEFORE + r")(?:" + alternation(L.GOAL_AFTER_OWN)
                             + r")")
# ... a deadline linked to a purpose's goal verb right after it ("by 2031 to achieve")
_DEADLINE_TO_GOAL = re.compile(L.DEADLINE_TO_GOAL)
# ... unless something between the goal's amount and the deadline opens another clause: its
# words ("; Norden will", "투자하고,"), or another amount past a verb word of its own.
_GOAL_CLAUSE_OPENS = re.compile(L.GOAL_CLAUSE_OPENS)
_GOAL_OTHER_VERB = re.compile(r"(?i)(?<![A-Za-z])(?:" + alternation(L.GOAL_OTHER_VERBS)
                              + r")(?![A-Za-z])")
# ... and a growth verb's "from", where it ends: an amount must start there.
_GROWS_FROM = re.compile(r"(?i)(?<![A-Za-z])(?:" + alternation(L.GROWS_FROM) + r")\s+")


def _not_deadlines(sentence: str, found, span: dt.date | Period | None, starts=frozenset(),
                   stretches=(), levels: bool | None = None):
    """The dates of `found` less the deadlines still ahead of publication ("2028년까지", "by
    2030"), which may be any day of `span`: a planned sum is the plan as stated then, not a
    figure of its deadline. A level forecast ("to grow to $100 billion by 2025", "to grow from
    $80 billion to $100 billion by 2025", `starts` where the sentence's amounts begin) keeps its
    year, and so does a goal's level ("to achieve $4 billion in sales by 2031": `_goal_met` on
    the sentence's `stretches`), for the goal's own amount only (`_not_others_goals`). `levels`
    is `_levels_sentence`'s answer when the caller has it already."""
    first, last = first_day(span), last_day(span)
    if levels is None:
        levels = _levels_sentence(sentence, starts)
    if first is None or levels:
        return found
    return [f for f in found
            if not (_plans_deadline(sentence, f, first, stretches, starts)
                    or _after(f[2], last) and _scheduled(sentence, f, last))]


def _not_others_goals(sentence: str, found, first: dt.date | None, levels: bool, starts,
                      own: tuple[int, int]) -> list:
    """One amount's dates `found` less a deadline still ahead kept for another amount's goal:
    the year is the goal's own amount's, at `own` ("invest $3 billion in plants to achieve $9
    billion in sales by 2031": the $3 billion is the plan as stated then). `first` is
    publication's first day, `levels` whether the sentence forecasts a level (`_levels_sentence`),
    both worked out once a sentence."""
    if first is None or levels:
        return found
    return [f for f in found if not _plans_deadline(sentence, f, first, [own], starts)]


def _plans_deadline(sentence: str, f, first: dt.date, stretches, starts) -> bool:
    """Whether the date `f` is a plan's deadline still ahead of `first`, not the year of a goal
    met by one of `stretches` (`_goal_met`)."""
    return _deadline_ahead(sentence, f, first) and not _goal_met(sentence, f, stretches, starts)


def _deadline_ahead(sentence: str, f, first: dt.date) -> bool:
    """Whether the date `f` is a deadline ("by 2030", "2030년까지") still ahead of `first`."""
    return _written_with(sentence, f, *_DEADLINE) and _after(f[2], first)


def _levels_sentence(sentence: str, starts) -> bool:
    """Whether the sentence forecasts a level, every one of its deadlines that level's year: a
    growth verb (`L.GROWS_TO`) anywhere in it, or a growth verb's "from" with an amount right
    after it (one of `starts`). Measured on the twenty-five corpora, a growth verb's own amount
    alone (as a goal's) added a false alarm: see docs/scan_grouping.md, Stop 68."""
    return bool(_GROWS_TO.search(sentence)) or any(m.end() in starts
                                                    for m in _GROWS_FROM.finditer(sentence))


def _goal_met(sentence: str, f, stretches, starts) -> bool:
    """Whether the deadline `f` is a goal's year: a goal's verb (`L.GOAL_BEFORE_OWN`,
    `L.GOAL_AFTER_OWN`) with its own amount, one of `stretches` (start, end, ...), between the
    verb and the deadline ("achieve $4 billion in sales by 2031", "2030년까지 매출 3조원을 달성"),
    or the deadline linked right before a purpose's verb ("by 2031 to achieve $4 billion"). A verb
    with no amount of its own ("to achieve net zero by 2050, it will invest $5 billion by 2030")
    meets no level, and the plan's sum stays as stated then. The deadline is in the goal's clause only (`_one_clause`, `starts`
    where the sentence's amounts begin)."""
    return any(_goals_own(sentence, f, start, end, starts) for start, end, *_ in stretches)


def _goals_own(sentence: str, f, start: int, end: int, starts) -> bool:
    """Whether the amount at `start`-`end` is a goal verb's own, of the deadline `f`."""
    if _GOAL_AFTER_OWN.match(sentence, end):
        return f[1] <= start and _one_clause(sentence, f[1], start, starts)
    return any(_GOAL_OWN_AFTER.fullmatch(sentence, v.end(), start)
               and (f[0] >= end and _one_clause(sentence, end, f[0], starts) or f[1] <= v.start()
                    and _DEADLINE_TO_GOAL.fullmatch(sentence, f[1], v.start()) is not None)
               for v in _GOAL_BEFORE_OWN.finditer(sentence, 0, start))


def _one_clause(sentence: str, a: int, b: int, starts) -> bool:
    """Whether a goal's amount and its deadline, `a`..`b` between them, are of one clause: no
    clause's opening stands between ("achieve $4 billion in sales, while Norden plans to invest $2
    billion by 2031", "2031년까지 2조원을 투자하고, 카파전자는 매출 4조원을 달성"), nor another amount
    after a verb word of its own ("and will spend $2 billion by 2031"): the deadline is that
    clause's deed's, not the goal's year."""
    if _GOAL_CLAUSE_OPENS.search(sentence, a, b):
        return False
    verb = _GOAL_OTHER_VERB.search(sentence, a, b)
    return verb is None or not any(verb.end() <= s < b for s in starts)


_SPAN_START = (_words_before(L.SPAN_START_BEFORE), _words_after(L.SPAN_START_AFTER))
# A length of time spread over, after a date in its clause ("2016년 착공해 3년에 걸쳐"): the date
# starts a span too.
_SPAN_OVER = re.compile(L.SPAN_OVER_AFTER) if L.SPAN_OVER_AFTER else None
# ... and a span's length, or its end, after a start still ahead: the sum is of the whole span.
_SPAN_LENGTH = re.compile(L.SPAN_LENGTH_AFTER) if L.SPAN_LENGTH_AFTER else None


def _not_span_starts(sentence: str, found, published: dt.date | Period | None = None):
    """The dates of `found` less a span's start ("2009년 11월 이후 약 7년", "since 2014", "2016년
    착공해 3년에 걸쳐"): an amount over that span is of its end, the sentence's other date or the
    news, not of when it began. A start after `published` with no end nor length written in its
    clause stays: what begins then, open-ended, is of its first period ("2027년부터 연 5억달러
    매출", as "from 2027"); it dates only the amounts after it (`_not_later_span_starts`)."""
    last = last_day(published)

    def open_ahead(f) -> bool:
        if not _after(f[2], last):
            return False
        closed = _clause(sentence, f[0], f[1])[1]
        return not any(f[1] <= g[0] < closed for g in found) and (
            _SPAN_LENGTH is None or _SPAN_LENGTH.search(sentence, f[1], closed) is None)
    def spread_after(f) -> bool:
        # a span's end ("2020년까지 5년에 걸쳐") keeps dating its sum, as a plan's deadline does
        if _SPAN_OVER is None or _written_with(sentence, f, *_DEADLINE):
            return False
        # the span words of the date's own clause only: a connective's clause break between
        # ("2018년 5월 ... 수주했으며 3년에 걸쳐 시공한다") starts another deed's clause
        m = _SPAN_OVER.search(sentence, f[1], _clause(sentence, f[0], f[1])[1])
        return m is not None and not _apart(sentence, f, m.start(), m.end())
    return [f for f in found if open_ahead(f)
            or not _written_with(sentence, f, *_SPAN_START) and not spread_after(f)]


# A word that makes an amount a whole (총, 누적, "in total", "cumulative"): over a span still to end,
# the whole span's sum, not its first period's.
_SUM_WORD = re.compile(word_pattern((*L.CONVERSION_TOTAL, *L.CUMULATIVE_WORDS)))


def _not_later_span_starts(sentence: str, found, start: int, end: int):
    """The dates of `found` less a span's start (one ahead, kept by `_not_span_starts`) but for the
    amount at `start`..`end` after it in its own clause, not called a whole (`_SUM_WORD`)."""
    # "약 2조원이며, 2027년부터 연 5억달러": the first sum is of its own clause; "2027년부터 매년
    # 1조원씩, 총 5조원" or "2027년부터 누적 3조원": a total is of the whole span, still to end
    return [f for f in found if not _written_with(sentence, f, *_SPAN_START)
            or f[1] <= start and not _apart(sentence, f, start, end)
            and not _SUM_WORD.search(sentence, f[1], start)]


def _not_datelines(sentence: str, before: str, found, news: tuple[str, str] | None):
    """The dates of `found` less a wire dateline's ("SEOUL, April 13 (Yonhap) -- The court on
    Thursday upheld a fine imposed in 2016") that is the article's `news` date, `before` the text
    before the sentence: the story's day is the news, not the time the sentence gives its amounts."""
    line = dateline(sentence, before)
    if line is None:
        return found
    rest = [f for f in found if f[0] >= line[1]]
    # Why: a dateline's day the news date does not take (far from the publication date, or none
    # given) is still the story's day, the best date of a sentence that gives none of its own
    if rest or any(f[2] == news.date for f in found if news and f[0] < line[1]):
        return rest
    return found


# Only a deadline's word between an amount and a date ("540 trillion won by 2030").
_BY = re.compile(r"(?i)[\s,]*(?:" + alternation(L.DEADLINE_BEFORE) + r")\s+(?:the\s+)?")
# Only a period's word ("$286 million for the first half of the year").
_FOR = re.compile(r"(?i)\s*(?:" + alternation(L.PERIOD_FOR) + r")\s+(?:the\s+)?")


def _right_after(sentence: str, found, stretches, index: int,
                 published: dt.date | Period | None) -> tuple[str, str] | None:
    """The date, as (date, words), right after the amount `index` past only a kept deadline's word
    ("reach 540 trillion won by 2030") or a period's not ahead of publication ("$9 million for 2023")."""
    end = next((e for _, e, indices in stretches if index in indices), None)
    last = last_day(published)
    # a period ahead is a plan's target ("$5 billion for 2030"): the plan's amount is as stated
    return None if end is None else next(((f[2], f[3]) for f in found if f[0] >= end and (
        _BY.fullmatch(sentence, end, f[0])
        or _FOR.fullmatch(sentence, end, f[0]) and not _after(f[2], last))), None)


def _before_opening(found, start: int, date: str) -> bool:
    """Whether `date` ends before the date opening the sentence ahead of `start` begins (or none
    opens it): a starting level's earlier time ("In 2023, ... from $3 billion in 2019"); a time
    inside the opening one ("In 2024, ... from $900 million in the second quarter") is a part of
    the span the whole sentence tells, not the level's own."""
    opening = min((f for f in found if f[0] < start), key=lambda f: f[0], default=None)
    return opening is None or parse_period(date).last < parse_period(opening[2]).first


def _written_with(sentence: str, f, before: re.Pattern, after: re.Pattern) -> bool:
    """Whether the date `f` has one of a list's words before it or after it."""
    return bool(before.search(sentence[max(0, f[0] - 20):f[0]]) or after.match(sentence, f[1]))


def _scheduled(sentence: str, f, published: dt.date) -> bool:
    """Whether the date `f` is the time of a deed set after the news's own days (more than
    NEWS_AHEAD days ahead): a month or a day it is done in or on ("잔금을 2025년 3월에 지급",
    "will pay $2 billion in March 2025"), or a point of a year ("2021년 말에")."""
    first = dt.date.fromisoformat((f[2] + "-01-01")[:10])
    if (first - published).days <= NEWS_AHEAD:
        return False
    part = next((m for p in _PARTS_OF_YEAR if (m := p.fullmatch(sentence, f[0], f[1]))), None)
    # a half's own word may begin a year's point ("2025년 상반기에"): read from that word
    half = part.start("h") if part is not None and "h" in part.groupdict() else None
    return _written_with(sentence, f, *_SCHEDULED_POINT) or (
        half is not None and _SCHEDULED_POINT[1].match(sentence, half) is not None) or (
        len(f[2]) >= 7 and part is None
        and (_written_with(sentence, f, *_SCHEDULED) or _bare(sentence, f)))


def _bare(sentence: str, f) -> bool:
    """Whether the month `f` is written bare before its deed, its particle left out
    ("2027년 3월 잔금 20억 달러를 치르고"): as much the deed's time as with the particle."""
    return _SCHEDULED_BARE is not None and _SCHEDULED_BARE.match(sentence, f[1]) is not None


_DATE_OF_NEXT = re.compile(f"(?:{L.DATE_OF_NEXT})") if L.DATE_OF_NEXT else None


def _compared_against(out: list[Candidate]) -> None:
    """Keep `as_of_compared` only where the sentence holds another sum, the reported term the
    comparison is against: a lone amount ("전년 동기의 두 배인 X") may be this period's."""
    lone = [c for c in out if c.as_of_compared and not any(
        d.sentence_start == c.sentence_start and d is not c and d.currency
        and not d.as_of_compared and not _paired(c, d) for d in out)]
    for c in lone:
        c.as_of_compared = False


def _paired(c: Candidate, d: Candidate) -> bool:
    """Whether `c` and `d` are one amount and its conversion."""
    return bool(c.pair and c.pair["with"] == d.index or d.pair and d.pair["with"] == c.index)


def _owner(sentence: str, f, stretches) -> list[int]:
    """The indices of the amount the date `f` belongs to when it is a comparison's or a ranking's
    other term: the nearest, or the one after it that it describes ("전년 동기 기준인 3조원")."""
    after = next((s for s in stretches if s[0] >= f[1]), None)
    if after and _DATE_OF_NEXT and _DATE_OF_NEXT.fullmatch(sentence, f[1], after[0]):
        return after[2]
    return min(stretches, key=lambda s: max(s[0] - f[1], f[0] - s[1], 0))[2]


def _not_compared(sentence: str, found, stretches, index: int):
    """The dates of `found` less the comparison dates whose nearest amount is not the amount
    `index`: "$22 billion, up from $18 billion a year earlier" dates only the $18 billion."""
    spans = {m.span() for p in _COMPARED for m in p.finditer(sentence)}
    if not spans or len(stretches) < 2:
        return found
    return [f for f in found if (f[0], f[1]) not in spans or index in _owner(sentence, f, stretches)]


# "last week" and "지난주" (`_last_week`), read where they are written.
_LAST_WEEK = [pattern for pattern, kind in _DATE_PATTERNS if kind == "last_week"]


class _LastWeeks(NamedTuple):
    """A sentence's "last week"s among its dates (`found`), and those dating a saying."""
    weeks: list
    said: set[tuple[str, str]]


def _last_weeks(sentence: str, found) -> _LastWeeks:
    """The "last week"s of `found`, and the dates of those dating a saying (`said_on`: "said
    last week it paid $2 billion in March 2023"): found once a sentence, for all its amounts."""
    weeks = [f for f in found if _is_form(sentence, f, _LAST_WEEK)]
    return _LastWeeks(weeks, {f[2:4] for f in weeks if said_on(sentence, f[3])})


def _last_weeks_aside(sentence: str, written, last: _LastWeeks, start: int,
                      end: int) -> set[tuple[str, str]]:
    """The "last week"s of a sentence (`last`) that do not date the amount at `start`..`end`: one
    dating a saying, or any, when the amount's clause writes a month or a day of its own among
    `written`, the sentence's dates before a deadline's or a plan's are set aside ("agreed last
    week to pay $2 billion in March 2026": the week is the agreement's, the month the
    payment's)."""
    if not last.weeks:
        return set()
    opened, closed = _clause(sentence, start, end)
    # a recent deed's span is no date of the clause's own: it gives way to a week it names
    own = any(opened <= f[0] and f[1] <= closed and len(f[2]) >= 7 and f not in last.weeks
              and not _is_recent(sentence, f) for f in written)
    return {f[2:4] for f in last.weeks} if own else last.said


def _kept(date: tuple[str, str] | None, mine) -> tuple[str, str] | None:
    """`date`, an amount's from the dates written after the amounts, unless it is a weekday
    the close's rule left out of `mine` ("is selling $2 billion of notes on Friday")."""
    if date and date[1] in L.WEEKDAYS and not any(f[2:4] == date for f in mine):
        return None
    return date


def _not_closes_after(sentence: str, found, start: int, end: int):
    """The dates of `found` less a close's weekday for the amount at `start`..`end` unless the
    amount stands in the weekday's clause after its close's word ("closed at $41.30 on Friday"),
    or opens the next clause as the day's change ("..., up $1.20 from the day before"): "a 12%
    premium to Monday's closing price", "sold a unit on Monday" price no close."""
    def closed_with(f) -> bool:
        if f[1] <= start and _CLOSE_CHANGE.fullmatch(sentence, f[1], start):
            return True
        opened, closed = _clause(sentence, min(f[0], start), max(f[1], end))
        if _CLAUSE_BEFORE.search(sentence, min(f[1], end), max(f[0], start)):
            return False
        word = _CLOSED.search(sentence, opened, closed)
        return word is not None and word.start() < start \
            and _glued(sentence, word.end(), start) \
            and (f[0] < word.start() and _glued(sentence, f[1], word.start())
                 or word.end() <= f[0] < start or start < f[0] and _glued(sentence, end, f[0]))
    return [f for f in found if f[3] not in L.WEEKDAYS or closed_with(f)
            or _deed_weekday(sentence, f[0], f[1])]


def _not_second_deeds(sentence: str, found, end: int, published: dt.date | Period | None):
    """The dates of `found` less those ahead of `published` written after a second predicate
    (`L.SECOND_DEED_OPENS`) that follows the amount ending at `end` ("invest $2 billion and
    plans to start production in 2025"): that deed's time, not the sum's."""
    last = last_day(published)
    if last is None or _SECOND_DEED is None:
        return found
    return [f for f in found if not (f[0] >= end and _after(f[2], last)
                                     and _second_deed(sentence, end, f[0]))]


def _second_deed(sentence: str, start: int, end: int) -> bool:
    """Whether a second predicate opens in `sentence[start:end]` whose verb's object is not the
    amount again ("and will list", not "and will book it": that deed is the amount's own)."""
    return any(not (_REFERS_BACK and _REFERS_BACK.match(sentence, m.end(), end))
               for m in _SECOND_DEED.finditer(sentence, start, end))


# Matched in its own case: a capital is a name's or a month's ("and May 2025"), no modal's.
_SECOND_DEED = (re.compile(r"\b(?:" + alternation(L.SECOND_DEED_OPENS) + r")\b")
                if L.SECOND_DEED_OPENS else None)
# The verb of the second predicate, then the amount again as its object.
_REFERS_BACK = (re.compile(r"\s+\w+\s+(?:" + alternation(L.SECOND_DEED_REFERS_BACK) + r")\b")
                if L.SECOND_DEED_REFERS_BACK else None)


def _glued(text: str, start: int, end: int) -> bool:
    """Whether only a close's words (`L.CLOSE_GLUE`), weekdays and figures stand in
    `text[start:end]`: any other word may start another deed ("ahead of Thursday's report")."""
    return _CLOSE_GLUE.fullmatch(text, start + (text[start:start + 2] in ("'s", "’s")) * 2,
                                 end) is not None


# A word of letters, with the dots of an abbreviation inside it ("U.S.-based", "S.F."): a dot
# followed by a letter or a hyphen, never a sentence's end.
_LETTERS_WORD = r"[a-z](?:[\w-]|\.(?=[\w-]))*\.?"
# A participle's phrase describing a noun, from the noun's first word (or the sentence's start,
# "Founded in 2011,") to the date after it: its words letters only, so "the $8 billion deal
# announced in 2016", which holds its amount, describes no other amount's noun; "a U.K.-based
# label bought in 2019" is such a phrase as "a UK label bought in 2019" is.
_MODIFIER = re.compile(
    r"(?i)(?:\b(?:" + alternation(L.MODIFIED_NOUN_OPENS)
    + r")\s+(?P<words>(?:" + _LETTERS_WORD + r"\s+){0,2}?" + _LETTERS_WORD + r")\s+|^\s*)"
    + _PARTICIPLE
    + _DEED_DATE_OPENS)
# A relative clause after a comma, from its opening word to a date of its own ("a $2 billion
# mill, which opened in May 2011"): the date is the noun's, not an amount's before the comma.
_RELATIVE_AFTER_COMMA = re.compile(r"(?i),\s*(?:" + alternation(L.RELATIVE_OPENS)
                                  + r")\s+(?:[a-z][\w'’-]*\s+){1,4}?[a-z][\w'’-]*" + _DEED_DATE_OPENS)
# ... only when that noun is one the amount modifies: a determiner opens the noun's phrase before
# the amount and the noun's words, none ending the phrase (`L.RELATIVE_NOUN_NOT`), follow it up
# to the comma ("a $2 billion project, which"). A "which" right after the amount ("for $3
# billion, which was announced in March") or after a phrase the amount is no part of ("$3
# billion for the unit, which closed on") may refer to the whole deed, whose date the amount's is.
_AMOUNT_OPENS_NOUN = re.compile(r"(?i)\b(?:" + alternation(L.MODIFIED_NOUN_OPENS) + r")\s+$")
_AMOUNTS_NOUN = re.compile(r"(?i)\s+(?:(?!(?:" + alternation(L.RELATIVE_NOUN_NOT) + r")\b)"
                           + _LETTERS_WORD + r"\s+){0,2}(?!(?:" + alternation(L.RELATIVE_NOUN_NOT)
                           + r")\b)" + _LETTERS_WORD + r"\s*")
_MODIFIED_KEEPS = frozenset(L.MODIFIED_NOUN_KEEPS)
_COMPARED_WORD = _words(L.MODIFIED_NOUN_COMPARED)
_OPENER_BEFORE = re.compile(r"(?i)(?:^|\b(?:" + alternation(L.MODIFIED_NOUN_AFTER_OPENER)
                            + r"))\s*$")
_APPOSITIVE = re.compile(r"(?i)(?:" + alternation(L.MODIFIED_NOUN_APPOSITIVE) + r")\s")
# A name before a comma, what an appositive describes: a capitalised word, not a sentence's
# adverb or connective ("Still," opens a clause; "Kestrel," may be set beside a noun).
_NAME_AND_COMMA = re.compile(r"(?:^|\s)(?P<name>[A-Z][\w.&'-]*)\s*,\s*$")
_NOT_NAMES = frozenset(L.MODIFIED_NOUN_NOT_NAMES)


def _in_participles_clause(sentence: str, f) -> bool:
    """Whether the date `f` is in a clause a participle opens ("Founded in 1990, Norden",
    "Norden, founded in 1990, was"), which describes a noun."""
    m = _MODIFIER.search(sentence[_clause(sentence, f[0], f[1])[0]:f[0]])
    return m is not None and m.group("words") is None


# The forms of a deed told as recent, no day named ("recently signed", "최근 ... 체결했다"), and what
# ends a clause: such words date the amounts of their own clause only ("당시 1조원이었지만 최근
# 4조원까지 올랐다": the 1조원 is of then).
_RECENT = [p for p, kind in _DATE_PATTERNS if kind in ("recent_past", "week_early")]
_CLAUSE_BREAK = re.compile(L.CLAUSE_BREAK) if L.CLAUSE_BREAK else None


def _not_recent_elsewhere(sentence: str, found, start: int, end: int):
    """`found` without a recent deed's words (`_RECENT`) a clause break parts from the amount
    (and the conversion written beside it) at `start`..`end`, nor any when another date of the
    amount's clause remains."""
    def elsewhere(f) -> bool:
        return _is_recent(sentence, f) and _apart(sentence, f, start, end)
    kept = [f for f in found if not elsewhere(f)]
    # a day its clause names is the deed's own ("recently signed ... on May 3", "지난 3일 최근
    # ... 체결했다고"): the recent words then tell no span of their own
    named = [f for f in kept if not _is_recent(sentence, f) and not _apart(sentence, f, start, end)]
    return [f for f in kept if not _is_recent(sentence, f)] if named else kept


def _is_recent(sentence: str, f) -> bool:
    """Whether `f` is one of a deed's recent words (`_RECENT`)."""
    return _is_form(sentence, f, _RECENT)


def _is_form(sentence: str, f, patterns) -> bool:
    """Whether the date `f` of `sentence` is written in one of `patterns`, whole."""
    return any((m := p.match(sentence, f[0])) and m.end() == f[1] for p in patterns)


def _apart(sentence: str, f, start: int, end: int) -> bool:
    """Whether a clause break parts the date `f` from the amount at `start`..`end`."""
    lo, hi = (f[1], start) if f[1] <= start else (end, f[0])
    return _CLAUSE_BREAK is not None and bool(_CLAUSE_BREAK.search(sentence, lo, hi))


def _not_modifiers(sentence: str, found, start: int, end: int):
    """The dates of `found` less a participle's phrase's describing a noun, for the amount at
    `start` (ending at `end`) outside that phrase, which runs on to its clause's end, and, before
    it, set off by a clause's end or a comparison: "set its price at 52,000 won, above a band
    proposed in its filing in March" dates the band; "Founded in 2009, Norden listed at $31" the
    founding. A noun opening its clause, or after a word that opens one ("said", "but"), is the
    subject of a verb ("Its sales peaked in 2021, at $5 billion"), not a noun described."""
    def outside(f) -> bool:
        r = _RELATIVE_AFTER_COMMA.search(sentence, max(0, f[0] - 80), f[0])
        if r is not None and end <= r.start() \
                and _AMOUNT_OPENS_NOUN.search(sentence, max(0, start - 8), start) \
                and _AMOUNTS_NOUN.fullmatch(sentence, end, r.start()):
            return True
        m = _MODIFIER.search(sentence, max(0, f[0] - 80), f[0])
        if m is None:
            return False
        if m.group("words") is not None and (
                _MODIFIED_KEEPS.intersection(m.group("words").lower().split())
                or _opens_a_clause(sentence, m)):
            return False
        if start < m.start():       # set off from the noun, or compared with it
            return _CLAUSE_BEFORE.search(sentence, end, m.start()) is not None \
                or _COMPARED_WORD.search(sentence, end, m.start()) is not None
        return start >= f[1] and _CLAUSE_BEFORE.search(sentence, f[1], start) is not None
    return [f for f in found if not outside(f)]


def _opens_a_clause(sentence: str, m: re.Match) -> bool:
    """Whether the noun of the participle's phrase `m` is a clause's subject: it opens its clause,
    or follows a word that opens one ("said", "but"); not an appositive, an indefinite noun right
    after a comma ("Halvard, a label bought in 2019,"), which describes the name before."""
    opened = _clause(sentence, m.start(), m.start())[0]
    if not sentence[opened:m.start()].strip() and _APPOSITIVE.match(sentence, m.start()) \
            and _names_before(sentence[:opened]):
        return False
    # sliced: `^` anchors at a string's start, never at search's `pos`
    return _OPENER_BEFORE.search(sentence[opened:m.start()]) is not None


def _names_before(text: str) -> bool:
    """Whether `text` ends with a name and a comma ("Kestrel,"), not an adverb ("Still,")."""
    m = _NAME_AND_COMMA.search(text)
    return m is not None and m.group("name").lower() not in _NOT_NAMES


_ANCHOR = re.compile(r"(?i)\b(?:" + alternation(L.DATE_ANCHOR_BEFORE) + r")\b")


def _not_anchors(sentence: str, found, end: int):
    """The dates of `found` less those after an anchor word that follows the amount ending at
    `end`: "worth $9bn, the largest since Brill's debut in 2015" is not of 2015."""
    anchor = _ANCHOR.search(sentence, end)
    return found if anchor is None else [f for f in found if f[0] < anchor.start()]


_LIKENED_BEFORE = _listed(L.LIKENED_TERM_BEFORE)
_LIKENED_AFTER = _listed(L.LIKENED_TERM_AFTER)
# What ends the term a likening word likens to: a clause's break or end, or a topic's particle.
_TERM_STOP = re.compile("|".join(p for p in (L.CLAUSE_BREAK, L.LIKENED_TERM_STOP, r"[.!?;](?:\s|$)") if p))


def _not_likened(sentence: str, found, start: int, end: int):
    """The dates of `found` less those of the term a likening word likens the amount at
    `start`..`end` to: "2020년 상장 때 평가액과 비슷한 300억원" and "$5 billion, similar to its
    2021 valuation" date the level likened to, not the amount. A date is that term's only with
    nothing ending the term between it and the word ("2021년 매출은 노르덴과 비슷한 300억원",
    "$5 million, in line with forecasts, in March 2021": the amount's own)."""
    before = [m.span() for m in _LIKENED_BEFORE.finditer(sentence) if m.end() <= start]
    after = [m.span() for m in _LIKENED_AFTER.finditer(sentence) if end <= m.start()]
    if not before and not after:
        return found

    def likened(f) -> bool:
        return (any(f[1] <= a and not _TERM_STOP.search(sentence, f[1], a) for a, _ in before)
                or any(b <= f[0] and not _TERM_STOP.search(sentence, b, f[0]) for _, b in after))
    return [f for f in found if not likened(f)]


# A ranking's "after" in the clause after an amount ("the biggest IPO on record after", "the
# second biggest deal in Korea after"), its words in a clause of their own.
_RANKED_AGAINST = re.compile(r"(?i)\b(?:" + alternation(L.RANKING) + r")\b[^,;:.\n]{0,80}?\b(?:"
                             + alternation(L.RANKED_AGAINST) + r")\b")


def _not_ranked_against(sentence: str, found, stretches, index: int, end: int):
    """The dates of `found` less those past a ranking's "after" that belong to another amount than
    `index`, ending at `end`: "raised $3 billion, the biggest after Kestrel raised $2 billion in
    2022" is not of 2022, the other term is."""
    word = _RANKED_AGAINST.search(sentence, end)
    if word is None or len(stretches) < 2:
        return found
    return [f for f in found if f[0] < word.end() or index in _owner(sentence, f, stretches)]


# (a dispute named as such, "a class-action lawsuit over", not the amount's own noun: "$3 billion
# in claims over", "$3 billion to the victims in claims over")
_ORIGIN = re.compile(r"(?i)\b(?:" + alternation(L.MODIFIED_NOUN_OPENS) + r")\s+(?:(?!(?:"
                     + alternation(L.DATE_ORIGIN_GAP_NOT) + r")\b)[a-z][\w-]*\s+){0,2}(?:"
                     + alternation(L.DATE_ORIGIN_NOUNS) + r")\s+(?:"
                     + alternation(L.DATE_ORIGIN_BEFORE) + r")\b")
_ORIGIN_KEEPS = _MODIFIED_KEEPS.union(L.DATE_ORIGIN_KEEPS)
# A year as a noun's modifier: after the noun's first word and up to two adjectives, before the
# noun ("the disputed 2011 spin-off"); not "in 2015", nor a period's own year ("the 2015 fiscal
# year", whose amounts it dates).
_NOUN_YEAR_BEFORE = re.compile(r"(?i)\b(?:" + alternation(L.MODIFIED_NOUN_OPENS)
                               + r")\s+(?:[a-z][\w-]*\s+){0,2}$")
_NOUN_YEAR_AFTER = re.compile(r"\s+(?P<noun>[^\W\d_][\w-]*)(?:\s+(?P<next>[a-z][\w-]*))?")


# ... not before a date's unit, a word of its own ("이번 주식" is no "이번 주")
_THIS_EVENT = re.compile(r"(?<![가-힣])(?:" + alternation(L.THIS_EVENT_WORDS) + r")(?!\s?(?:"
                         + alternation(L.THIS_EVENT_NOT_BEFORE) + r")(?:"
                         + alternation(L.THIS_EVENT_UNIT_AFTER) + r")?(?![가-힣]))") \
    if L.THIS_EVENT_WORDS else None


_THIS_EVENT_CLOSED = re.compile(L.THIS_EVENT_CLOSED_BEFORE) if L.THIS_EVENT_CLOSED_BEFORE else None


def _not_before_this_event(sentence: str, found, start: int, published: dt.date | Period | None):
    """The dates of `found` less a year before publication's that closes its own modifier clause
    before a word marking the news's own event (`L.THIS_EVENT_WORDS`) ahead of the amount at
    `start`: "2019년 설립한 이후 이번 증자로 500억원을" dates the founding, not the amount."""
    year = last_day(published).year if published else None
    if _THIS_EVENT is None or _THIS_EVENT_CLOSED is None or year is None:
        return found
    marks = [m.start() for m in _THIS_EVENT.finditer(sentence, 0, start)]
    return [f for f in found if not (
        f[1] <= start and f[2][:4].isdigit() and int(f[2][:4]) < year
        and any(f[1] <= at and _THIS_EVENT_CLOSED.fullmatch(sentence, f[1], at) for at in marks))]


def _not_origins(sentence: str, found, end: int):
    """The dates of `found` less a noun's year after a dispute's origin words that follow the
    amount ending at `end`: "ordered to pay $5 million in a case stemming from the 2011 spin-off" is
    not of 2011, the spin-off is."""
    origin = _ORIGIN.search(sentence, end)
    if origin is None:
        return found

    def event_year(f) -> bool:
        if f[0] < origin.end() or not re.fullmatch(r"\d{4}", f[3] or ""):
            return False
        after = _NOUN_YEAR_AFTER.match(sentence, f[1])
        # (no figure between: "and over $3 million in the 2020 season" is another amount's)
        return after is not None and not re.search(r"\d", sentence[origin.end():f[0]]) \
            and _NOUN_YEAR_BEFORE.search(sentence[origin.end():f[0]]) is not None \
            and not _ORIGIN_KEEPS.intersection({after.group("noun").lower(),
                                                  (after.group("next") or "").lower()})
    return [f for f in found if not event_year(f)]


def _a_year_on(sentence: str, found, start: int, chosen: tuple[str | None, str | None]
                ) -> tuple[str | None, str | None]:
    """`chosen`, or the year after it when a word of the next year (`L.YEAR_AFTER`) stands
    between that date, the last written before the amount starting at `start`, and the amount:
    "지난 2016년 ... 이듬해 ... 1150만 달러" is 2017's. One year on only; not when the amount's
    clause writes a date after it ("... $1 million in sales for 2016") or the chosen date is
    written after it, nor when the word is a span's second end ("between 2016 and the
    following year")."""
    date, words = chosen
    if not date or not re.match(r"\d{4}", date):
        return chosen
    before = [f for f in found if f[1] <= start]
    if not before:
        return chosen
    last = max(before, key=lambda f: f[1])
    if tuple(last[2:4]) != (date, words):
        return chosen
    closed = _clause(sentence, start, start)[1]
    # a date the clause writes after the amount is its own, and so is the chosen one when
    # it is also written after the amount, past a comma or a dash ("..., its sales for 2016")
    if any(start < f[0] and (f[0] < closed or tuple(f[2:4]) == (date, words)) for f in found):
        return chosen
    moved = list(_YEAR_AFTER.finditer(sentence, last[1], start))
    if not moved or _YEAR_AFTER_SPAN.fullmatch(sentence, last[1], moved[-1].start()):
        return chosen
    return str(int(date[:4]) + 1), f"{words} … {moved[-1].group(0).strip()}"


_SUBJECT = _words(L.CLAUSE_SUBJECTS)
# A second object of one verb opening: its join, then a determiner ("... last year and a contract").
_CONJUNCT = re.compile(r"(?i)\b(?:" + alternation(L.CONJUNCT_JOINS) + r")\s+(?:"
                       + alternation(L.DETERMINERS) + r")\b")


def _own_clause_after(sentence: str, found, start: int, end: int,
                      published: dt.date | Period | None):
    """The dates of `found` written after the amount at `start`..`end` in its own clause, when
    the dates before it are all of earlier clauses, none opening the sentence ("rose on Friday
    (May 10) to $48, 20% above its $40 price in its offering on May 9": the $40 is the
    offering's day's), or of an earlier object of its verb ("a deal with Orvel last year and a
    contract worth $2 billion with Kestrel in October": `_CONJUNCT`); else `found`. Not a date
    after a clause's own subject (`L.CLAUSE_SUBJECTS`: "the unit it bought in 2019" dates the
    buying), nor after a participle
    of its own ("a contract signed in 2018", "bonds due in 2030": `_PAST_VERB`; not a modifier
    of a noun, "its upsized offering on May 9": `_a_deed`), nor one after publication (a past
    deed's amount is no later date's)."""
    opened, closed = _clause(sentence, start, end)
    last = last_day(published)
    own = [f for f in found if end <= f[0] and f[1] <= closed and f[2]
           and not _SUBJECT.search(sentence, end, f[0])
           and not any(_a_deed(v) for v in _PAST_VERB.finditer(sentence, end, f[0]))
           and not _after(f[2], last)]
    before = [f for f in found if f[1] <= start]
    if not (own and before):
        return found
    # a date right before a second object's joint is the first object's, as one of an earlier
    # clause; a joint further on leaves a date written earlier framing both objects ("In fiscal
    # 2023 Orvel raised $1 billion and the company repaid ...")
    joint = max((j.start() for j in _CONJUNCT.finditer(sentence, opened, start)
                 if any(not sentence[f[1]:j.start()].strip(" ,") for f in before)),
                default=opened)
    # a date opening the sentence frames every clause after it ("In 2023, it paid $2 billion")
    if all(f[1] <= joint for f in before) \
            and not any(_OPENS.fullmatch(sentence, 0, f[0]) for f in before):
        return own
    return found


def nearest_date(found, offset: int) -> tuple[str | None, str | None]:
    """The expression nearest before `offset` (else the nearest after), as (date, words)."""
    if not found:
        return None, None
    best = min(found, key=lambda f: offset - f[1] if f[1] <= offset else 1000 + f[0] - offset)
    return best[2], best[3]


def suggest_as_of(sentence: str, offset: int,
                  published: dt.date | Period | None) -> tuple[str | None, str | None]:
    """A date the sentence gives for the amount at `offset`: the nearest date expression."""
    return nearest_date(date_expressions(sentence, published), offset)


# A year, a month or a day, or a span of days (`_days_before`).
_CALENDAR = re.compile(r"(?!0000)\d{4}(?:-\d\d){0,2}|(?!0000)\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d")


Tense = tuple[bool, bool, bool] | bool | None


def _resolve(m: re.Match, kind: str, published: dt.date | None, told: dt.date | None,
             tense: Tense) -> str | None:
    """The date `m` names, read from `published` (`tense`: what its words say of it, as
    `_day_ahead_said` gives for a day, `_coming_led` for a month and `_day_alone_said` for a day
    named alone, else none); none when it falls off the calendar's ends (a month after December
    9999)."""
    value = _resolve_on(m, kind, published, told, tense)
    return value if value is None or _CALENDAR.fullmatch(value) else None


# The kinds of date that name a month ("2023년 5월", "5월 초", "지난 5월", "May 3"): a month after
# one of them ("다음 달 4일") may be the month after that one, not after publication's.
_NAMES_A_MONTH = ("ymd", "named_ymd", "ym", "named_ym", "named_md", "last_year_md", "md", "last_year_m",
                  "this_year_m", "same_year_m", "m", "m_past", "month_of_year_said", "month_name")
_MONTH_NAMED = re.compile("|".join("(?:" + _NAMED.sub("(?:", p.pattern) + ")" for p, kind in _DATE_PATTERNS
                                   if kind in _NAMES_A_MONTH))


def _next_month_day(m: re.Match, published: dt.date) -> str | None:
    """The day of the month after publication's that `m` names ("다음 달 4일"), unless its sentence
    names a month before it ("2023년 5월 상장했고 다음 달 4일"), whose next month it may be."""
    if _MONTH_NAMED.search(m.string, _sentence_start(m.string, m.start()), m.start()):
        return None
    ahead = published.replace(day=28) + dt.timedelta(days=4)
    try:
        return dt.date(ahead.year, ahead.month, int(m.group(1))).isoformat()
    except ValueError:          # "다음 달 31일" of a month of 30 days names no day
        return None


def _resolve_on(m: re.Match, kind: str, published: dt.date | None,
                told: dt.date | None, tense: Tense) -> str | None:
    try:
        if kind == "ymd":
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        if kind == "ym":
            return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}" if 1 <= int(m.group(2)) <= 12 \
                else None
        if kind == "y":
            return m.group(1)
        if kind == "named_ymd":
            return dt.date(int(m.group(3)), _month(m.group(1)), int(m.group(2))).isoformat()
        if kind == "named_ym":
            return f"{int(m.group(2)):04d}-{_month(m.group(1)):02d}"
        if kind in ("quarter", "half"):
            return _part_of_year(m, kind, published)
        if published is None:
            return None
        if kind in _PERIOD_BEFORE:
            year, q = _reported_quarter(published)
            back = 1 if kind == "prev_quarter" else 4
            index = year * 4 + q - 1 - back
            return _quarter_end(index // 4, index % 4 + 1)
        if kind == "md":
            return dt.date(published.year, int(m.group(1)), int(m.group(2))).isoformat()
        if kind == "last_year_md":
            return dt.date(published.year - 1, int(m.group(1)), int(m.group(2))).isoformat()
        if kind == "last_year_m":
            month = int(m.group(1))
            return f"{published.year - 1:04d}-{month:02d}" if 1 <= month <= 12 else None
        if kind == "d_past":
            return _day_past(published, int(m.group(1))).isoformat()
        if kind == "d":
            return _day_nearest(published, int(m.group(1))).isoformat()
        if kind == "d_said":
            return _day_alone(published, int(m.group(1)), tense)
        if kind == "days":
            first, last = int(m.group("d1")), int(m.group("d2"))
            day = (_day_ahead if m.group("ahead") else _day_past if m.group("past")
                   else _day_nearest)(published, first)
            return f"{day.year:04d}-{day.month:02d}" if first < last else None
        if kind == "weekday_closed":
            return _closed_on(m, published)
        if kind == "weekday_past":
            return _weekday_past(m, published)
        if kind in ("day_before", "previous_day"):
            day = told if kind == "previous_day" and told else published
            return (day - dt.timedelta(days=1)).isoformat()
        if kind == "story_day_before":
            return (told - dt.timedelta(days=1)).isoformat() if told else None
        if kind == "last_month_d":
            prev = published.replace(day=1) - dt.timedelta(days=1)
            return dt.date(prev.year, prev.month, int(m.group(1))).isoformat()
        if kind == "next_month_d":
            return _next_month_day(m, published)
        if kind == "d_ahead":
            return _day_ahead(published, int(m.group(1))).isoformat()
        if kind == "same_year":      # the publication's year, until `_same_year` gives the year named
            return str(published.year)
        if kind == "same_year_m":
            month = _month(m.group(1)) if m.group(1).isalpha() else int(m.group(1))
            return f"{published.year:04d}-{month:02d}" if 1 <= month <= 12 else None
        if kind == "this_year_m":
            month = int(m.group(1))
            return f"{published.year:04d}-{month:02d}" if 1 <= month <= 12 else None
        if kind in ("m", "m_past"):
            month = int(m.group(1))
            year = published.year if month <= published.month else published.year - 1
            return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
        if kind in ("years_ago", "years_earlier"):
            # the year only: "3년 전" of a January article may well be the year before that
            return str(published.year - _years(m)) if 1 <= _years(m) <= 50 else None
        # the month only, as of a year ago the year only: the day is not said
        if kind == "months_ago":
            months = _count(m, L.PERIOD_COUNT_WORDS)
            back = published.year * 12 + published.month - 1 - months
            return f"{back // 12:04d}-{back % 12 + 1:02d}" if 1 <= months <= 120 else None
        if kind == "weeks_ago":
            weeks = _count(m, L.PERIOD_COUNT_WORDS)
            day = published - dt.timedelta(weeks=weeks)
            return f"{day.year:04d}-{day.month:02d}" if 1 <= weeks <= 52 else None
        if kind == "last_week":
            return _last_week(published)
        if kind == "recent_past":
            return _days_before(published, RECENT_PAST_DAYS)
        if kind == "week_early":
            monday = published - dt.timedelta(days=published.weekday())
            return _days_before(published, (published - monday).days) if monday < published \
                else None
        if kind == "last_year":
            return str(published.year - 1)
        if kind == "past_year":
            return str(published.year - 1) if published.month < YEAR_ENDING_MONTH else None
        if kind in ("this_year", "season"):
            return str(published.year)
        if kind == "next_year":
            return str(published.year + 1)
        if kind == "last_month":
            prev = published.replace(day=1) - dt.timedelta(days=1)
            return f"{prev.year:04d}-{prev.month:02d}"
        if kind == "month_of_year_said":
            year = published.year - (m.group("yw").lower() in L.LAST_YEAR_AFTER_MONTH)
            return f"{year:04d}-{_month(m.group(1)):02d}"
        if kind == "named_md":
            return _named_day(published, m.group("mon"), int(m.group("day")),
                              tense, _year_after(m, published)).isoformat()
        if kind in ("month_name", "month_span"):
            month = _MONTHS.index(m.group(1).lower()) + 1
            if kind == "month_name" and tense:      # the coming one
                year = published.year if month >= published.month else published.year + 1
            else:
                year = published.year if month <= published.month else published.year - 1
            return f"{year:04d}-{month:02d}"
    except (ValueError, OverflowError):     # no such day, or one past the calendar's ends
        return None
    return None


def _month(word: str) -> int:
    """A month's number from its name or its abbreviation ("May", "Dec.")."""
    return L.MONTH_ABBREVIATIONS.get(word) or _MONTHS.index(word.lower()) + 1


def _named_day(published: dt.date, month_word: str, day: int, ahead: tuple[bool, bool, bool],
               year: int | None) -> dt.date:
    """A day named with its month and no year ("May 14", "Dec. 28"): of `year` when the text says
    it, else the latest up to publication, or the next one when that is at most NEWS_AHEAD days
    ahead, or `ahead` says a deadline's word leads it, or a future's word is beside it and the
    latest is older than the news ("grow ... from $100 billion on May 14" is of the news's days);
    the latest whenever `ahead` says a past's word leads it ("had repaid it by March 31")."""
    month = _month(month_word)
    dt.date(2000, month, day)       # a day no year has ("Feb. 30") raises here, read as none
    if year is not None:
        return dt.date(year, month, day)
    days = [dt.date(y, month, day) for y in range(published.year - 4, published.year + 2)
            if day <= 28 or month != 2 or y % 4 == 0]
    past = max((d for d in days if d <= published), default=None)
    later = min((d for d in days if d > published), default=None)
    if ahead[2] and past is not None:       # "had repaid it by March 31"
        return past
    said = ahead[0] or ahead[1] and (past is None or (published - past).days > NEWS_DAYS)
    if later and (said or past is None or (later - published).days <= NEWS_AHEAD):
        return later
    return past


_DAY_AHEAD = _words(L.DAY_AHEAD_BEFORE)
_FUTURE = _words(L.FUTURE_BEFORE)
_FUTURE_AFTER = _words(L.DAY_AHEAD_AFTER)
_PAST = _words(L.PAST_BEFORE)
_UNDONE = _words(L.PAST_UNDONE)
_DEED = re.compile(r"(?i)\s+(?:(?:" + L.ADVERB + "|" + alternation(L.PAST_DEED_LEAD)
                   + r")\s+)*" + _PARTICIPLE + r"\b")
_NEXT_YEAR = re.compile(r"(?i)[^\S\n]+(?:" + alternation(L.NEXT_YEAR_AFTER) + r")\b")
# A date that opens its sentence, at most one word before it ("On Jan. 5, ...").
_OPENS = re.compile(r"\s*(?:\w+\s+)?")
_SPACE = re.compile(r"[^\S\n]+")
_THIS_OR_LAST_YEAR = [(p, kind) for p, kind in _DATE_PATTERNS if kind in ("last_year", "this_year")]


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause holding `text[start:end]` opens and closes (`_CLAUSE_BEFORE`)."""
    opened = max((c.end() for c in _CLAUSE_BEFORE.finditer(text, 0, start)), default=0)
    return opened, next((c.start() for c in _CLAUSE_BEFORE.finditer(text, end)), len(text))


def _day_ahead_said(m: re.Match) -> tuple[bool, bool, bool]:
    """Whether a deadline's word is right before the date `m` ("by") or leads it in its clause
    ("must", "scheduled"), whether a future's word leads or follows it there (or in the
    clause after, when the date opens the sentence: "On Jan. 5, the company will pay"), and
    whether a past's word leads it in its clause, or follows it so ("By March 31, it had")."""
    text, start, end = m.string, m.start(), m.end()
    opened = _clause(text, start, end)[0]
    ends = [c.start() for c in _CLAUSE_BEFORE.finditer(text, end)] + [len(text)]
    opening = _OPENS.fullmatch(text, 0, start) and ends[0] == end     # "On Jan. 5,"
    closed = ends[1] if opening and len(ends) > 1 else ends[0]
    return (_DEADLINE[0].search(text[opened:start]) is not None
            or _DAY_AHEAD.search(text, opened, start) is not None,
            _FUTURE.search(text, opened, start) is not None
            or _FUTURE_AFTER.search(text, end, closed) is not None,
            _past_in(text, opened, start) or bool(opening) and _past_in(text, end, closed))


def _past_in(text: str, lo: int, hi: int) -> bool:
    """Whether a past's word stands in `text[lo:hi]` with no word after it there that leaves its
    deed still to be done then ("had repaid", not "was required to sell")."""
    found = list(_PAST.finditer(text, lo, hi))
    return bool(found) and _DEED.match(text, found[-1].end(), hi) is not None \
        and _UNDONE.search(text, found[-1].end(), hi) is None


_EVENT_WORD = _words(L.REPORTED_ON_WEEKDAY + L.CLOSED_ON_WEEKDAY)


def _coming_led(m: re.Match) -> bool:
    """Whether the month or day `m`, named alone, is the coming one: a future's or a deadline's
    word leads it in its clause and no past's word does ("will pay $2 billion in March")."""
    # "by" alone says no tense ("its cash stood at $2 billion by the end of March" is the past
    # March). Both candidates of a day alone are within a month of the news, so a recent past one
    # does not hold it back as it does a day named with its month.
    text, start = m.string, m.start()
    opened = _clause(text, start, start)[0]
    # Any past's word, "to" after it or not: "was due to be signed by March" in April is the
    # March gone by (a day is made the past one only by a deed done: `_past_in`).
    return (_FUTURE.search(text, opened, start) is not None
            or _DAY_AHEAD.search(text, opened, start) is not None) \
        and _PAST.search(text, opened, start) is None


# A deed done, as a word of its own (PAST_DEEDS: "paid", "sold"): the past a clause marks. Not
# any word in -ed: "the Fed decision" or "a seed round closes on the 20th" is no past.
_DEED_WORD = _words(L.PAST_DEEDS)


# What a day alone's clause says when it holds no event, no amount, report's verb or close's words
# ("which ranked on the 2nd", "is on the 6th"): as likely an ordinal whose noun went unsaid.
_NO_EVENT = "no event"


def _day_alone_said(m: re.Match) -> bool | None | str:
    """What the clause of the day `m` written alone ("on the 20th") says of it: ahead (True),
    past (False), no tense (None), or that it holds no event (`_NO_EVENT`)."""
    text = m.string
    opened, closed = _clause(text, m.start(), m.end())
    amounts = find_amounts(text[opened:closed])
    if not amounts and _EVENT_WORD.search(text, opened, closed) is None:
        return _NO_EVENT
    if _coming_led(m):
        return True
    words = text[opened:closed]
    for a in amounts:                                   # "30,000 won" is no deed won
        words = words[:a.start] + " " * (a.end - a.start) + words[a.end:]
    past = _PAST.search(text, opened, m.start()) or _DEED_WORD.search(words) \
        or _EVENT_WORD.search(words)
    return False if past else None


def _day_alone(published: dt.date, day: int, tense: bool | None) -> str | None:
    """The day of the month `day`, written alone: the coming one when its words put it ahead;
    the latest up to publication when its clause marks a past ("paid on the 25th" of the 20th is
    last month's); else as `_day_nearest` reads it, but never last month's ("is payable on the
    20th" of the 8th dates nothing): a wrong day is worse than none."""
    if tense:
        return _day_ahead(published, day).isoformat()
    if tense is False:          # a deed done: `_day_nearest` would take this month's days ahead
        return _day_past(published, day).isoformat()
    nearest = _day_nearest(published, day)
    if day > published.day and nearest < published:
        return None
    return nearest.isoformat()


_CLOSED = _words(L.CLOSED_ON_WEEKDAY)


def _right_before_weekday(words, flags: str = "(?i)") -> re.Pattern:
    """Any of `words`, whole, ending right before a weekday ("next Friday")."""
    return re.compile(flags + r"\b(?:" + alternation(words) + r")\s+$")


_WEEKDAY_AHEAD = _right_before_weekday(L.WEEKDAY_AHEAD_BEFORE)
_WEEKDAY_AHEAD_IN = _words(L.WEEKDAY_AHEAD_IN_CLAUSE)
_WEEKDAY_SET = _right_before_weekday(L.WEEKDAY_SET_BEFORE)
_WEEKDAY_SET_IS = _right_before_weekday(L.WEEKDAY_SET_IS)
_WEEKDAY_OWNS = re.compile(_WEEKDAY + "(?:" + alternation(L.POSSESSIVE) + ")")


def _weekday_ahead(text: str, start: int, opened: int, closed: int) -> bool:
    """Whether words of its clause `text[opened:closed]` put the weekday at `start` ahead ("will
    meet Friday", "expects Friday's", "next Friday", "due Friday", "is set for Friday")."""
    return any(p.search(text, opened, end) for p, end in (
        (_FUTURE, closed), (_WEEKDAY_AHEAD_IN, closed), (_WEEKDAY_AHEAD, start),
        (_DAY_AHEAD, start), (_WEEKDAY_SET, start))) \
        or _WEEKDAY_SET_IS.search(text, opened, start) is not None \
        and not _WEEKDAY_OWNS.match(text, start)
# ... and a market's place ("closing price of $87.65 in New York on Friday"): "in" and
# capitalized words.
_PERCENT_WORDS = sorted((w for w, unit in L.COUNTERS.items() if unit == "percent"), key=len,
                        reverse=True)
_CLOSE_GLUE = re.compile(r"(?:\s+|(?i:\b(?:" + alternation(L.CLOSE_GLUE + L.WEEKDAYS
                                                               + L.WEEKDAY_PAST_BEFORE)
                         + r")\b(?:['’]s)?)|\bin(?:\s+[A-Z][\w.-]*)+|[$]?\d[\d.,]*\s?(?i:"
                         + alternation(_PERCENT_WORDS + list(L.STAGE_MOVE_UNITS)) + r")?)*")
# From a weekday to a change's amount opening the next clause: "Friday, up ", "Friday at
# $41.30, down " (the close's own price may stand between).
_CLOSE_CHANGE = re.compile(r"(?i)(?:[^,;:.!?\n]|(?<=\d)[,.](?=\d))*,\s*(?:" + alternation(L.CLOSE_CHANGE)
                           + r")\s+")
_WEEKDAY_PAST = _right_before_weekday(L.WEEKDAY_PAST_BEFORE)
# A name's words are capitalized ("Good Friday"; "a good Friday for the market" is a day).
_WEEKDAY_NAMED = _right_before_weekday(L.WEEKDAY_NAME_BEFORE, flags="")
_WEEKDAY_NAMING = re.compile(L.WEEKDAY_NAMING_AFTER)


def _names_weekday(text: str, start: int, end: int) -> bool:
    """Whether the weekday at `text[start:end]` is part of a name ("Good Friday",
    "Monday.com", "The Sunday Times"), not a day."""
    return _WEEKDAY_NAMED.search(text, max(0, start - 20), start) is not None \
        or _WEEKDAY_NAMING.match(text, end) is not None


# A verb in the simple past: an "-ed" form or an irregular past of a deed (`L.PAST_DEEDS`), with
# the word before it, which may make it a passive's or a plan's still ahead ("will be signed"),
# and the word after it, which may make an "-ed" form a noun's modifier ("delayed bond sale").
_PAST_VERB = re.compile(r"(?i)(?:\b(?P<before>[a-z]+(?:'s)?)\s+)?\b(?P<verb>[a-z]{2,}ed|"
                        + alternation(L.PAST_DEEDS) + r")\b(?=\s*(?P<after>[a-z]*))")
_DEED_NOT_AFTER = {w.lower() for w in L.WEEKDAY_DEED_NOT_AFTER}
_DEED_NOT = {w.lower() for w in (*L.REPORTED_ON_WEEKDAY, *L.WEEKDAY_AHEAD_IN_CLAUSE)}
_DETERMINERS = {w.lower() for w in L.DETERMINERS}
_VERB_OBJECT = {w.lower() for w in (*L.DETERMINERS, *L.VERB_OBJECT_OPENERS)}
# A present verb of the third person, as most are written, before its object's determiner
# ("faces a vote", "gets a hearing").
_PRESENT_BEFORE = re.compile(r"\b[a-z]{2,}(?<![su])s\s+(?:" + alternation(L.DETERMINERS) + r")\b")
# "to" as a preposition, before a name, a number or a determiner ("sold Kestrel to Norden"), not
# an infinitive's ("agreed to pay")
_TO_NOT_INFINITIVE = re.compile(r"\bto\s+(?:[A-Z0-9$]|(?:" + alternation(L.DETERMINERS) + r")\b)")


def _a_deed(verb: re.Match) -> bool:
    """Whether the past form `verb` (`_PAST_VERB`) is a clause's verb, not a modifier of a noun:
    an "-ed" form after a determiner or a possessive ("the proposed deal", "Orvel's delayed bond
    sale", `L.DETERMINERS`) or right before a lowercase word that opens no object ("delayed
    offering") is a noun's modifier. An irregular past (`L.PAST_DEEDS`) is read as a verb."""
    word, before = verb.group("verb").lower(), (verb.group("before") or "").lower()
    if not word.endswith("ed") or word in L.PAST_DEEDS:
        return True
    if before in _DETERMINERS or before.endswith("'s"):
        return False
    after = verb.group("after").lower()
    return not after or after in _VERB_OBJECT or not verb.group("after").islower()


def _deed_weekday(text: str, start: int, end: int) -> bool:
    """Whether the weekday at `text[start:end]` is the day of a deed its clause tells in the simple
    past before it ("committed $4 billion Monday", "signed the deal on Friday"), in a clause that
    says no close (a close's weekday is `_closed_on`'s): not a report's or a forecast's verb, no
    word puts it ahead (`L.WEEKDAY_DEED_NOT_AFTER`, `_weekday_ahead`), no present verb nor a
    clause's own subject stands between ("and faces a vote Friday", "a plan it presents Friday":
    `L.CLAUSE_SUBJECTS`), it owns no noun ("Friday's vote") and names
    no firm or holiday: the deed's own day."""
    opened, closed = _clause(text, start, end)
    if _CLOSED.search(text, opened, closed) is not None:
        return False
    verbs = [v for v in _PAST_VERB.finditer(text, opened, start) if _a_deed(v)]
    if not verbs or _WEEKDAY_OWNS.match(text, start) or _names_weekday(text, start, end) \
            or _weekday_ahead(text, start, opened, closed):
        return False
    last = verbs[-1]
    # ... and none of those words between the verb and the weekday: "agreed to pay $2 billion on
    # Friday" pays on a Friday that may be ahead; "to" before a name is a preposition's
    between = _TO_NOT_INFINITIVE.sub(" ", text[last.end():start])
    return last.group("verb").lower() not in _DEED_NOT \
        and (last.group("before") or "").lower() not in _DEED_NOT_AFTER \
        and not _DEED_NOT_AFTER.intersection(re.findall(r"[a-z]+", between.lower())) \
        and _PRESENT_BEFORE.search(text, last.end(), start) is None \
        and _SUBJECT.search(text, last.end(), start) is None


def _closed_on(m: re.Match, published: dt.date) -> str | None:
    """The weekday `m` as the day a price closed, the latest of its name up to publication, when
    its clause says a close (`L.CLOSED_ON_WEEKDAY`), no word puts it ahead and it names no firm
    or holiday; or as the day of a deed its clause tells in the past before it (`_deed_weekday`);
    else none (an auction's or a report's weekday may be ahead, and no word says so)."""
    text, start, end = m.string, m.start(), m.end()
    opened, closed = _clause(text, start, end)
    if _deed_weekday(text, start, end):
        return _latest_weekday(published, L.WEEKDAY_NUMBERS[m.group("wd")]).isoformat()
    if _CLOSED.search(text, opened, closed) is None or _weekday_ahead(text, start, opened, closed) \
            or _names_weekday(text, start, end):
        return None
    gone = _WEEKDAY_PAST.search(text, opened, start) is not None
    return _latest_weekday(published, L.WEEKDAY_NUMBERS[m.group("wd")], before=gone).isoformat()


def _weekday_past(m: re.Match, published: dt.date) -> str | None:
    """A weekday its words put in the past ("last Thursday", "지난 목요일"): the latest of its name
    before publication, or that day of the week before publication's ("지난주 목요일"); none in
    a close's clause, whose rule dates only the close ("closed at $30 last Friday")."""
    if _CLOSED.search(m.string, *_clause(m.string, m.start(), m.end())):
        return None
    number = L.WEEKDAY_NUMBERS[m.group("wd")]
    if m.groupdict().get("week"):
        monday = published - dt.timedelta(days=published.weekday() + 7)
        return (monday + dt.timedelta(days=number)).isoformat()
    return _latest_weekday(published, number, before=True).isoformat()


def _latest_weekday(day: dt.date, number: int, before: bool = False) -> dt.date:
    """The latest day of weekday `number` (Monday 0) on or, if `before`, before `day`."""
    back = (day.weekday() - number) % 7
    return day - dt.timedelta(days=back or (7 if before else 0))


def _year_after(m: re.Match, published: dt.date) -> int | None:
    """The year "last year" or "this year" right after the date `m` gives it ("Dec. 28 last
    year")."""
    if _NEXT_YEAR.match(m.string, m.end()):
        return published.year + 1
    space = _SPACE.match(m.string, m.end())
    return next((published.year - (kind == "last_year") for p, kind in _THIS_OR_LAST_YEAR
                 if space and p.match(m.string, space.end())), None)


def _day_past(published: dt.date, day: int) -> dt.date:
    """The day of that number up to publication: this month's, else last month's."""
    month = published if day <= published.day else \
        (published.replace(day=1) - dt.timedelta(days=1))
    return dt.date(month.year, month.month, day)


def _day_ahead(published: dt.date, day: int) -> dt.date:
    """The day of that number from publication on: this month's, else next month's."""
    month = published if day >= published.day else \
        (published.replace(day=28) + dt.timedelta(days=4))
    return dt.date(month.year, month.month, day)


def _day_nearest(published: dt.date, day: int) -> dt.date:
    """A day written with no month and no "지난" or "오는": this month's when it is at most
    NEWS_AHEAD days after publication ("18일 청약" in a report of the 14th), as a report writes a
    day weeks past with its month ("지난달 18일"); else the latest one up to publication."""
    past = _day_past(published, day)
    if day <= published.day:
        return past
    try:
        ahead = published.replace(day=day)
    except ValueError:
        return past
    return ahead if (ahead - published).days <= NEWS_AHEAD else past


def _years(m: re.Match) -> int:
    return _count(m, L.YEAR_COUNT_WORDS)


def _count(m: re.Match, words: dict[str, int]) -> int:
    """The number of years, months or weeks an expression counts back ("3", "three", "두")."""
    n = m.groupdict().get("n")
    if n is None:       # "the year before", "the previous year": one
        return 1
    return int(n) if n.isdigit() else _word_value(words, n)



def _word_value(words: dict[str, int], word: str) -> int:
    """The number of `word`, matched without regard to case, in `words` (keyed in lower case).
    A case-insensitive match equates letters that `str.lower()` keeps apart ("1\u017ft" matches
    "1st", the long s folding onto "s"), so a word not found lowered is looked up as it matched."""
    low = word.lower()
    if low in words:
        return words[low]
    return next(n for key, n in words.items()
                if re.fullmatch(re.escape(key), word, re.IGNORECASE))

# A quarter's results come out within weeks of its end: the quarter an article reports is the
# one running this many days before publication.
REPORT_LAG_DAYS = 45


def _reported_quarter(published: dt.date) -> tuple[int, int]:
    day = published - dt.timedelta(days=REPORT_LAG_DAYS)
    return day.year, (day.month - 1) // 3 + 1


def _quarter_number(q: str) -> int:
    return int(q) if q.isdigit() else _word_value(L.QUARTER_WORDS, q)


def _quarter_end(year: int, q: int) -> str:
    """A quarter as the month it ends in, the closest a figure's as_of can say."""
    return f"{year:04d}-{3 * q:02d}"


_HALF_SUM_AFTER = re.compile(L.HALF_SUM_AFTER)
_HALF_SUM_BEFORE = re.compile(L.HALF_SUM_BEFORE)


def _half_of_sum(m: re.Match) -> bool:
    """Whether the half `m`, written alone, has a sum per period in its own phrase, right after
    it or a few words before it ("first-half sales", "sales in the first half")."""
    return _HALF_SUM_AFTER.match(m.string, m.end()) is not None \
        or _HALF_SUM_BEFORE.search(m.string, 0, m.start()) is not None


def _part_of_year(m: re.Match, kind: str, published: dt.date | None) -> str | None:
    """A quarter or a half (`kind`) as the month it ends in, of the year its words say (none for
    next year's), else a half this year's once begun and a quarter the one ending nearest."""
    if kind == "quarter":
        months, n = 3, _quarter_number(m.group("q"))
    else:
        h = m.group("h")
        months, n = 6, int(h) if h.isdigit() else _word_value(L.HALF_WORDS, h)
    said = m.groupdict()
    if said.get("alone") is not None and not _half_of_sum(m):
        return None             # a match's half ("a first-half goal"), not a year's
    if said.get("ny"):          # next year's: a plan's or a forecast's, left as stated
        return None
    if said.get("y"):
        year = int(said["y"])
    elif published is None:
        return None
    elif said.get("ly") or said.get("ty"):
        year = published.year - bool(said.get("ly"))
    elif kind == "half":
        # this year's once begun; one not yet begun is a plan's or a forecast's, never last
        # year's by nearness (a bare "second half" in spring is the coming one)
        if published.month <= months * (n - 1):
            return None
        year = published.year
    else:
        now = published.year * 12 + published.month
        year = min((published.year + k for k in (-1, 0, 1)),
                   key=lambda y: (abs(y * 12 + months * n - now), y * 12 + months * n > now))
    return f"{year:04d}-{months * n:02d}"


# A sentence that only restates a deed's sum, with no deed's verb of its own: "계약 규모는 70억
# 달러다" (the words after its amount), "The deal is worth $8 billion." (the words before it).
_RESTATED_AFTER = re.compile(r"\s*(?:(?:" + alternation(L.RESTATED_SUM_NOUNS) + r")\s*)?(?:"
                             + alternation(L.RESTATED_SUM_ENDS) + r")\s*[.。]?\s*$")
_RESTATED_BEFORE = re.compile(r"(?i)\b(?:" + alternation(L.RESTATED_SUM_LEADS) + r")\s*$")
# The parenthesis closing a conversion written after its amount: "70억 달러(약 9조원)다".
_CLOSING = re.compile(r"\s*[)\]]")


def _of_the_leads_deed(text: str, c: Candidate, stretch: tuple[int, int],
                       lead_span: tuple[int, int]) -> bool:
    """Whether the undated amount `c` is of the deed the lead's sentence at `lead_span` tells: it is
    in that sentence, or in the sentence right after it, which only restates a sum
    (`_RESTATED_AFTER`, `_RESTATED_BEFORE`). A later sentence with a verb of its own tells
    another deed, or the same one's announcement, which the news date dates. The test reads the
    words around `stretch`, `c`'s with its conversion (`_stretches`), past the parenthesis closing
    it: an amount and its conversion are one sum, of one day ("70억 달러(약 9조원)다")."""
    if lead_span[0] <= c.amount.start < lead_span[1]:
        return True
    if c.sentence_start < lead_span[1] or text[lead_span[1]:c.sentence_start].strip():
        return False
    start, end = stretch
    closing = _CLOSING.match(c.sentence, end)
    end = closing.end() if closing else end
    return bool(_RESTATED_AFTER.match(c.sentence, end)
                or (_RESTATED_BEFORE.search(c.sentence, 0, start)
                    and not c.sentence[end:].strip(" .")))


def date_candidates(text: str, starts: list[int], out: list[Candidate], span: dt.date | Period | None,
                    published: dt.date | None, cut: int) -> None:
    """Date each candidate in `out` (its as_of, where it was read, on what basis): by its
    sentence's dates, kept in this order of rules, else by the news date of the body before `cut`."""
    dates_of: dict[int, tuple] = {}     # a sentence's dates and whose amounts they follow, found once
    # a sentence's years that are names' (`name_years`)
    named: dict[int, set[tuple[int, int]]] = {}
    in_sentence: dict[int, list[Candidate]] = {}
    for c in out:
        in_sentence.setdefault(c.sentence_start, []).append(c)
    news = news_date(text[:cut], span)
    # the day the story tells, which "전날" and "the previous day" count back from
    told = dt.date.fromisoformat(news.date) if news and not _PREVIOUS.match(news.words) else None
    first = first_day(span)
    # a sentence's amounts' starts and whether it forecasts a level (`_not_others_goals`)
    goals_of: dict[int, tuple[set[int], bool]] = {}
    for c in out:
        if c.sentence_start not in dates_of:
            named[c.sentence_start] = name_years(c.sentence, span)
            written = date_expressions(c.sentence, span, told, named[c.sentence_start])
            amounts = _stretches(in_sentence[c.sentence_start])
            begins = {a.start - c.sentence_start for a in in_sentence[c.sentence_start]}
            goals_of[c.sentence_start] = (begins, _levels_sentence(c.sentence, begins))
            found = _not_deadlines(c.sentence, _not_span_starts(c.sentence, _not_datelines(
                c.sentence, text[:c.sentence_start], written, news), span), span, begins, amounts,
                goals_of[c.sentence_start][1])
            begun, taken = _change_starts(c.sentence, found, amounts, published)
            dates_of[c.sentence_start] = (found, {**_dates_after(found, amounts), **begun,
                                                  **_respectively(c.sentence, found, amounts)},
                                          amounts, taken, written, _last_weeks(c.sentence, found))
        found, after, amounts, taken, written, last = dates_of[c.sentence_start]
        end = c.amount.end - c.sentence_start
        aside = _last_weeks_aside(c.sentence, written, last, c.amount.start - c.sentence_start, end)
        mine = _not_the_next_amounts([f for f in found if (f[0], f[1]) not in taken
                                      and f[2:4] not in aside], amounts, c.sentence, end)
        mine = _not_anchors(c.sentence, _not_compared(c.sentence, mine, amounts, c.index), end)
        mine = _not_ranked_against(c.sentence, mine, amounts, c.index, end)
        mine = _not_origins(c.sentence, mine, end)
        mine = _not_before_this_event(c.sentence, mine, c.amount.start - c.sentence_start,
                                      published)
        mine = _not_likened(c.sentence, mine, c.amount.start - c.sentence_start, end)
        mine = _not_closes_after(c.sentence, mine, c.amount.start - c.sentence_start, end)
        mine = _not_second_deeds(c.sentence, mine, end, published)
        mine = _not_modifiers(c.sentence, mine, c.amount.start - c.sentence_start, end)
        mine = _not_later_span_starts(c.sentence, mine, c.amount.start - c.sentence_start, end)
        # read from the amount's stretch: a conversion beside a goal's amount is of its goal too
        stretch = next((a, b) for a, b, indices in amounts if c.index in indices)
        begins, levels = goals_of[c.sentence_start]
        mine = _not_others_goals(c.sentence, mine, first, levels, begins, stretch)
        # read from the amount's stretch: its conversion beside it ("$120 million, or 148.5
        # billion won") is of its clause
        mine = _not_recent_elsewhere(c.sentence, mine, *next(
            (a, b) for a, b, indices in amounts if c.index in indices))
        chosen = _kept(None if after.get(c.index) in aside else after.get(c.index), mine) or _right_after(
            c.sentence, mine, amounts, c.index, published) or nearest_date(
            _own_clause_after(c.sentence, mine, c.amount.start - c.sentence_start, end,
                              published),
            c.amount.start - c.sentence_start)
        chosen = _not_past_a_name_year(c.sentence, mine, chosen, named[c.sentence_start],
                                       c.amount.start - c.sentence_start, end)
        c.as_of, c.as_of_from = _a_year_on(c.sentence, mine, c.amount.start - c.sentence_start,
                                           chosen)
        if c.as_of:
            c.as_of_basis = "sentence"
            c.as_of_compared = names_the_period_before(c.as_of_from)
            c.as_of_said = _said_at(c.sentence, found, chosen, c.amount.start - c.sentence_start) \
                if (c.as_of, c.as_of_from) == chosen else False
        elif news and not _close_before_report(c, news):
            # a lead that says on one day what was done on an earlier day it writes tells that
            # deed's story: the amounts of that sentence, or of the next one restating its sum,
            # are of the deed's day; the article's other undated amounts keep the news date
            stretch = next((s, e) for s, e, indices in amounts if c.index in indices)
            deed = news.deed if news.deed and _of_the_leads_deed(text, c, stretch, news.lead_span) \
                else None
            c.as_of, c.as_of_from = deed or (news.date, news.words)
            c.as_of_basis = "article"
            c.as_of_said = news.said and deed is None
            c.as_of_deed = deed is not None
    _at_the_time(text, starts, out, span, told)
    _at_the_time_of(text, starts, out, span, told)
    _deal_terms(text, starts, out, span, told)
    for c in out:
        # a day's local mark is in its words ("20일(현지시간)"), or right after a weekday read
        # alone in its sentence ("signed Monday local time")
        c.as_of_local = bool(c.as_of and c.as_of_from and (
            _LOCAL_TIME.search(c.as_of_from) or c.as_of_basis == "sentence"
            and _marked_after(c.sentence, c.as_of_from, _LOCAL_RIGHT_AFTER)))
        # a news date's mark is read in its own lead; a sentence's beside its words there
        c.as_of_home = (c.as_of_basis == "sentence" and len(c.as_of or "") == 10
                        and _on_home_clock(c.sentence, c.as_of_from or "")) or (
            c.as_of_basis == "article" and news is not None and news.home
            and (c.as_of, c.as_of_from) == (news.date, news.words))
    _compared_against(out)


def _not_past_a_name_year(sentence: str, mine, chosen: tuple, named: set[tuple[int, int]],
                          start: int, end: int) -> tuple:
    """`chosen`, unless the amount at `start`..`end` has a name's year in its own clause ("the
    $2 billion contract for the Kestrel 1915 bridge, after Norden paid $1 billion in 2019") and
    `chosen` is written in another clause: that year stands where the amount's own date would,
    and another clause's date is not the amount's; it takes the article's date instead."""
    if not (chosen[0] and named):
        return chosen
    opened, closed = _clause(sentence, start, end)
    if not any(opened <= a and b <= closed for a, b in named):
        return chosen
    if any(opened <= f[0] and f[1] <= closed for f in mine if tuple(f[2:4]) == tuple(chosen)):
        return chosen
    return None, None


def _marked_after(sentence: str, words: str, mark: re.Pattern) -> bool:
    """Whether `mark` follows the day `words` writes in `sentence`, right after it."""
    return any(mark.match(sentence, m.end()) for m in re.finditer(re.escape(words), sentence))


def _on_home_clock(sentence: str, words: str) -> bool:
    """Whether the day `words` writes in `sentence` is marked as the report's home clock
    (`HOME_TIME`), where the event's own clock may show the day before it."""
    for m in re.finditer(re.escape(words), sentence) if words else ():
        if _HOME_AFTER.match(sentence, m.end()) or _HOME_BEFORE.search(sentence[:m.start()]):
            return True
    return False

