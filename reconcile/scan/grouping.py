"""Money mentions → facts: the same quantity of the same subject at the same time.

Evidence: a restatement pair is one fact (must-link); two different amounts of one sentence
that are not a pair (nor, across currencies, a bound or hedge covering the other) are two
facts, and so are a sum and a yearly amount, and amounts whose sentences name two stages of one
kind (a budget proposed and passed), and market values of two days the texts name, and changes stated with far-apart levels or levels with
far-apart changes, and a different amount written with the names of one member of another
article's list and none of another member's, and an amount equal to one of two amounts another
article keeps apart and the other of them, and amounts far apart in value that no slipped
unit explains, and a share's price the market gave and one set for a share (an offer's), and the
market's prices of two days (cannot-link); the words
around each amount (TF-IDF over words and Korean character bigrams, compared within one script);
names shared across scripts (letter trigrams, Hangul romanised); the story two articles share;
the amounts' closeness in US dollars (a weak signal: equal amounts alone stay below the merge
threshold); the years their dates lie apart. After the clustering, a part one article alone
states joins the part it stands in for in another article's breakdown of the same total.
Articles are first cut into blocks of one story, so no work is done over all pairs of mentions.
docs/scan_grouping.md has the rules and numbers.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Callable, Sequence

import numpy as np

from currency.amount import ONE_AMOUNT_RATIO
from currency.data.periods import PeriodError, parse_period
from currency.lang import (
    ANOTHER_AMOUNT_BEFORE,
    HOLDER_MARKS,
    HOLDER_OPENS,
    LIST_JOIN,
    LIST_NOT,
    LOCAL_DOLLARS,
    PARTICLES,
    PER_AFTER,
    PER_AFTER_NOT_BEFORE,
    PER_BEFORE,
    RAISED,
    RECURRING_WORDS,
    RESULT_LINES,
    SHARE_ISSUE,
)
from currency.lang.stages import MARKET_STAGES, OFFER, SESSION, TRADING
from currency.text.dating import (
    marks_a_year_line,
    names_a_quarter_or_a_half,
    names_a_results_event,
    names_more_than_a_month,
    names_the_period_before,
)
from currency.text.readings import garbled_once
from reconcile.model.components import Components
from reconcile.model.digit_slips import NONE, TRANSPOSED, digits_written, relation
from reconcile.model.normalize import fx_band
from reconcile.model.uncertainty import RATE_ALLOWANCE, pins_one_rate, widen
from reconcile.scan.mentions import OWN_DATE_BASES, RECENT, Mention, named_day
from reconcile.scan.model import EditionLinks
from reconcile.scan.words import Token, is_place, name_features

# Average-linkage merges stop when the closest two groups are less similar than this. Equal
# amounts alone (W_VALUE) stay below it: words, shared names or one story must add to them.
THRESHOLD = 0.5
# Weights of the evidence in a pair's similarity, within one script (words comparable) ...
W_VALUE, W_WORDS, W_STORY = 0.40, 0.35, 0.25
# The same holder (the name nearest before both amounts: "Japan agreed to $650 billion" and
# "Japan's pledge of $550 billion") adds this, within one script: a different value of one
# holder's amount is what a misquote looks like. (A different holder is no evidence against:
# the name nearest an amount is often not its holder; tried as a penalty, it split facts.)
W_SUBJECT = 0.2
# ... and across scripts, where only names in Latin letters, the story and the value meet.
W_VALUE_ACROSS, W_NAMES_ACROSS, W_STORY_ACROSS = 0.50, 0.25, 0.25
# Two statements of one amount lie within `currency.amount.ONE_AMOUNT_RATIO`. Further apart, and
# no slipped unit (a whole power of ten), they are two quantities, whatever their words, names
# or story say (`_far_apart`): "최소 60조원" and "10조원" of one listing, "R&D 6000억원 늘었다" and
# "R&D ... 26.5 trillion won". The same factor tells a change's level or a level's change apart.
FAR_APART_RATIO = ONE_AMOUNT_RATIO
# A slipped unit moves the number by a whole power of ten, within this (log10, about 5 %).
SLIP_TOLERANCE = 0.02
# A ratio of values of e^VALUE_SCALE makes the value evidence fall to 1/e (x1.16 → 0.37).
VALUE_SCALE = 0.15
# Two amounts with the same digits a power of ten apart (9500달러 / 9500억 달러) may be one
# amount with a slipped unit. Two or more equal significant digits are a telling coincidence;
# one digit (3 / 30) much less so.
SLIP_EVIDENCE, SLIP_EVIDENCE_ONE_DIGIT = 0.8, 0.3
# A digit left out moves a number by about a power of ten (2074 → 274 is 7.6×): pairs up to this
# many powers apart (log10) are read for it, and only numbers that keep this many digits.
DROPPED_DIGIT_TENS, DROPPED_DIGIT_MIN = 1.5, 3
# ... and it counts less than a slipped unit: the number itself changes, any of its digits may be
# the one left out and the pair may lie anywhere in a window of one and a half powers of ten, so
# a story's many amounts meet it by chance (a headline's 184억원 of shares bought and another
# article's loss of 1084억원). Below (THRESHOLD - W_STORY_ACROSS) / W_VALUE_ACROSS, the story alone
# does not join the two in either script: shared words, names or the same holder must add.
DROPPED_DIGIT_EVIDENCE = 0.4
# From this power of ten on, a slip is a unit word's (천, 만, 억, million, billion) and leaves the
# number as written: 9500달러 / 9500억달러 is one, but a share price of $45 and a sum of $4.5
# billion only share digits. Below it, a zero or a decimal point slips and the number changes:
# one zero is a factor of ten; a hundred is one slip only as a decimal point dropped (1.25 / 125),
# not as two zeros (140억 달러 / 1조 4,000억 달러: $14 billion and $1.4 trillion, two amounts).
SLIP_UNIT_POWER = 3
# A number written in another currency with its unit word slipped: 억 written as a trillion's
# tenth, or million as billion. Only these whole powers, and numbers of this many digits or more.
SIGN_SLIP_POWERS = (1, 3)
SIGN_SLIP_DIGITS = 3
# Articles' name similarity (cosine of name trigrams) counted as full story evidence from this.
STORY_FULL = 0.1
# Amounts of one article with value evidence below SAME_VALUE (about 1 % apart, and not a
# possible unit slip) are different amounts; the article counts this much story evidence for
# them: none, their words must bring them together.
SAME_VALUE, SAME_ARTICLE_OTHER_AMOUNT = 0.93, 0.0
# How far a listed company's market value plausibly moves in the weeks a "recent" value may be
# from a named day's (as a share of the lower): within it, a value its words call recent and a
# named day's are two readings of a moving quantity (`_different_days`); beyond it they stay one
# fact and are checked, since "recent" may be the very day the other names. A judgment, not a
# measurement: it hides a real slip under it beside a "recent" word.
RECENT_MOVE = 0.20
# How far apart two readings of a share's price during the session (not its close) may be and
# still be two moments rather than one fact (`_clocks_apart`), as a share of the lower: under 1 %,
# less than any slip in a price's first two digits (9만8000원 for 9만9000원 is 1.02 %), so only a
# slip in its third digit or later can hide under it. Wider, a move and a misquote look alike
# (5만1000원 and 5만7000원 at two times), so they stay one fact and are checked.
CLOCK_MOVE = 0.01
# Two different amounts of one article with less evidence of their own than this are never one
# fact (cannot-link), however other articles link them: "a fund of 1.15 trillion won raised
# from investors ... for the tender" beside "1.25 trillion won for the tender". A misquote
# the article itself states (its holder named, its words shared) stays above it.
ARTICLE_OWN_EVIDENCE = 0.3
# Two articles share a story's amounts when they state at least this many of the same.
SHARED_AMOUNTS = 2
# An article whose amounts' sentences give fewer name grams than this (a name of two letters
# gives one: JV, K2) takes its lead's names as well for its story.
STORY_NAMED = 3
# Articles of one story for blocking: their story evidence at least this.
STORY_LINK = 0.5
# Amounts a year apart keep this share of their similarity; two or more years, this.
YEAR_APART, YEARS_APART = 0.8, 0.3
# Two amounts of one sentence differ (cannot-link) when their dollar values differ by more
# than this share: a conversion written elsewhere in the sentence is the same amount. Two
# amounts of one currency need no rate between them, so any difference beyond rounding
# (SAME_AMOUNT_ONE_CURRENCY) makes them two facts: a list "$6.1 billion for steel and $6.3
# billion for energy" states two.
SAME_AMOUNT, SAME_AMOUNT_ONE_CURRENCY = 0.1, 0.005
# A hedge (약, about), a bound (이상, more than; 최대, up to) or a range (a band "1조원대", "1조~2조원")
# says an amount may stand for another number: two amounts of one article, one of these, whose
# stated intervals overlap may be one figure ("12조 원이 넘는" and "약 12조 3000억 원", "1조원대 인수"
# and "1조4400억원에 인수"), across currencies in dollars at the
# publication date's rate within the checks' rate-source allowance (a writer's rate is another
# day's or bank's: `uncertainty.RATE_ALLOWANCE`).
HEDGED = ("approx", "at_least", "at_most", "range")
# A band or range ("2조원대", "1조~2조원") is valued by its midpoint, far from the number another
# language's article writes for it ("$1.65 billion" for "2조원대", whose midpoint is 2.5조): across
# scripts, where words are not compared, a band holding the other amount is this much value
# evidence (less than one number written twice: a band covering two facts of one story joins
# neither by its value alone, nor drags one fact's exact amounts away). Only a band no wider than
# BAND_WIDEST times its low end: "수천억원" or "1조~2조원" may hold nearly anything.
BAND_EVIDENCE, BAND_WIDEST = 0.6, 2.0
# Parts add up to their total when their sum is within this share of it (rounded parts).
PARTS_ADD_UP = 0.02
# An article's own sum (`_own_sums`) is looked for among at most this many different amounts of
# one currency below it. News amounts are round: the subsets of many of them add up to nearly any
# round total by chance (ten amounts in millions give a thousand sums against a few hundred round
# values), while one of the 57 sums of two or more of six amounts matching to the last digit is
# the article's arithmetic.
SUM_PARTS_MAX = 6
# An offer's price within a range's two ends, or this share of an end beyond it, is the price the
# band was marketed for (`_inside_ranges_apart`): at an end too, since a price set at the band's
# top is a price, and the range would hide another report's price below it.
RANGE_END_MARGIN = 0.02
# One share's prices on two exchanges lie within this share of each other (traders close a wider
# gap): further apart, one of them may be a slipped digit (1,931 and 1,391), kept for the check.
EXCHANGES_GAP = 0.005



# A story block larger than this many mentions is cut by publication date, so that the
# clustering's quadratic memory and time stay bounded whatever the number of articles.
MAX_BLOCK = 1200


def add_up(parts: Sequence[float], total: float) -> bool:
    """Whether two or more parts add up to `total` (within PARTS_ADD_UP): a breakdown."""
    return len(parts) >= 2 and abs(sum(parts) - total) <= PARTS_ADD_UP * total


@dataclass(frozen=True)
class Fact:
    """A group of mentions (by key) and its cohesion: the mean pairwise similarity, 0..1;
    `stands_for`: a misstated part's mentions → the part of another article's breakdown it
    stands for (`_join_remaining_parts`), the reason they are in the group."""

    keys: tuple[str, ...]
    cohesion: float
    stands_for: tuple[tuple[str, str], ...] = ()


def group_mentions(mentions: Sequence[Mention], scripts: Sequence[str],
                   days: Sequence[int], editions: EditionLinks | None = None) -> list[Fact]:
    """Facts over `mentions`; `scripts[a]` and `days[a]` are article a's main script and its
    publication day number (for blocking and time); `editions` ties amounts of two editions of
    one report (`reconcile.scan.editions`)."""
    if not mentions:
        return []
    stories = story_similarity(mentions, len(scripts))
    facts: list[Fact] = []
    for block in story_blocks(mentions, stories, days):
        facts.extend(_cluster_block([mentions[i] for i in block], scripts, days, stories,
                                    editions))
    return facts


# --- blocking -------------------------------------------------------------------------------

def story_similarity(mentions: Sequence[Mention], n_articles: int):
    """Article × article evidence of one story, 0..1, as a sparse matrix: the larger of the
    cosine of their names (letter trigrams; over STORY_FULL counts fully) and the share of
    the smaller article's amounts that the other states too, when they share two or more
    (articles of one story repeat its amounts, whatever their language). The sparse products
    touch only pairs of articles that share something."""
    from scipy import sparse

    of_article: list[list[Mention]] = [[] for _ in range(n_articles)]
    amounts: list[set[str]] = [set() for _ in range(n_articles)]
    for m in mentions:
        of_article[m.article].append(m)
        if m.usd:
            amounts[m.article].add(f"v:{_rounded(m.usd)}")
    cosine = name_similarity([story_names(ms) for ms in of_article])
    vocab = {v: k for k, v in enumerate(sorted(set().union(*amounts)))}
    rows = [a for a in range(n_articles) for _ in amounts[a]]
    cols = [vocab[v] for a in range(n_articles) for v in amounts[a]]
    v = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n_articles, len(vocab)))
    shared = (v @ v.T).tocoo()
    # one amount in common is a coincidence, not a story: at least SHARED_AMOUNTS
    keep = shared.data >= SHARED_AMOUNTS
    row, col, data = shared.row[keep], shared.col[keep], shared.data[keep]
    size = np.array([max(1, len(a)) for a in amounts], dtype=float)
    overlap = sparse.csr_matrix((data / np.minimum(size[row], size[col]), (row, col)),
                                shape=(n_articles, n_articles))
    return cosine.maximum(overlap)


def story_blocks(mentions: Sequence[Mention], stories, days: Sequence[int]) -> list[list[int]]:
    """Mention positions cut into blocks: articles linked by shared names and amounts, each
    component cut in publication-date order into blocks of at most MAX_BLOCK mentions."""
    by_article: dict[int, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_article[m.article].append(i)
    arts = sorted(by_article)
    linked = Components(arts)
    coo = stories.tocoo()
    for i, j, s in zip(coo.row, coo.col, coo.data):
        if i < j and s >= STORY_LINK and i in linked and j in linked:
            linked.join(int(i), int(j))
    comps: dict[int, list[int]] = defaultdict(list)
    for a in arts:
        comps[linked.find(a)].append(a)
    blocks = []
    for members in comps.values():
        members.sort(key=lambda a: (days[a], a))
        block: list[int] = []
        for a in members:
            if block and len(block) + len(by_article[a]) > MAX_BLOCK:
                blocks.append(block)
                block = []
            block += by_article[a]
        blocks.append(block)
    return blocks


def story_names(ms: Sequence[Mention]) -> Counter:
    """The name features an article (or a group of mentions) tells its story by: its amounts'
    sentences' names, with its articles' leads where these give fewer than STORY_NAMED."""
    names = Counter(g for m in ms for g in name_features(m.local + m.context))
    # An article whose amounts' sentences name no more than a word of two letters ("will be
    # invested in the JV") names its story in its lead; more than that, its amounts' own names
    # decide (every article's lead as well joined two stories' close figures: false alarms)
    if len(names) < STORY_NAMED:
        leads: dict[int, tuple] = {}
        for m in ms:
            leads.setdefault(m.article, m.lead)
        names.update(g for lead in leads.values() for g in name_features(lead))
    return names


def name_similarity(docs: Sequence[Counter]):
    """Story evidence of `docs`' names (`story_names`) two by two, 0..1, as a sparse matrix: the
    cosine of their 1 + log counts, over STORY_FULL counting fully."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    # a doc with no names gets a feature of its own: "no names" is not a shared name
    grams = [list(d.elements()) or [f"<none:{k}>"] for k, d in enumerate(docs)]
    # No IDF: the similarity of two articles must not depend on which others are scanned
    # with them (a story scanned alone or in a pile groups the same).
    x = TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True,
                        use_idf=False).fit_transform(grams)
    cosine = ((x @ x.T) / STORY_FULL).tocsr()
    cosine.data = np.minimum(cosine.data, 1.0)
    return cosine


def _rounded(usd: float) -> str:
    """A dollar value as its two leading digits and magnitude, the token two articles share
    when they state one amount: $8bn and 80억 달러 both give '80e9'."""
    if usd <= 0:
        return "0"
    e = math.floor(math.log10(usd))
    return f"{round(usd / 10 ** (e - 1))}e{e}"


# --- clustering within a block --------------------------------------------------------------

def _cluster_block(ms: list[Mention], scripts: Sequence[str], days: Sequence[int],
                   stories, editions: EditionLinks | None = None) -> list[Fact]:
    units = _units(ms)
    value, alike = _value_similarity(ms, units)
    alike |= _compatible_units(ms, units)
    slipped, editions_apart, counterparts = _edition_links(ms, units, editions)
    value[slipped] = np.maximum(value[slipped], SLIP_EVIDENCE)
    alike |= slipped
    sim = _unit_similarity(ms, units, scripts, days, stories, (value, alike))
    sim[counterparts] = np.maximum(sim[counterparts], value[counterparts])
    stated_gap = _value_gap(ms, units, _stated_spans(ms, units))
    far = _far_apart(stated_gap, alike)
    hard = _cannot_link(ms, units) | _unlike_in_one_article(ms, units, sim, value, alike) \
        | editions_apart
    cannot = hard | far
    named = _named_for_another_in_a_list(ms, units, cannot, value, alike, scripts) \
        | _different_roles(ms, units, value, alike) \
        | _holder_not_named(ms, units, value, scripts)
    cannot |= named
    # after the roles: two amounts an article names of two things are kept apart as well
    equal = _equal_to_the_other(ms, units, cannot, value, alike, stated_gap, sim)
    cannot |= equal
    hard |= named | equal
    clusters = _average_linkage(sim, cannot, THRESHOLD)
    clusters = _join_slipped_units(ms, units, clusters, sim, hard, stated_gap)
    clusters, stands_for = _join_remaining_parts(ms, units, clusters, cannot)
    facts = []
    for c in clusters:
        keys = tuple(ms[i].key for u in c for i in units[u])
        facts.append(Fact(keys, _cohesion(sim, c),
                          tuple((k, stands_for[k]) for k in keys if k in stands_for)))
    return facts


def _edition_links(ms: list[Mention], units: list[list[int]],
                   editions: EditionLinks | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Unit × unit, from two editions of one report: pairs slipped a power of ten (slip evidence,
    as equal digits give), pairs told apart (a cannot-link), and counterparts (one statement in
    two languages: their similarity is at least their values' own)."""
    slipped = np.zeros((len(units), len(units)), dtype=bool)
    apart = np.zeros_like(slipped)
    same = np.zeros_like(slipped)
    if editions is None:
        return slipped, apart, same
    unit_of = {ms[i].key: k for k, u in enumerate(units) for i in u}
    for links, out in ((editions.slipped, slipped), (editions.apart, apart),
                       (editions.same, same)):
        for a, b in links:
            if a in unit_of and b in unit_of and unit_of[a] != unit_of[b]:
                out[unit_of[a], unit_of[b]] = out[unit_of[b], unit_of[a]] = True
    return slipped, apart, same


def _units(ms: list[Mention]) -> list[list[int]]:
    """Mentions joined by restatement links (a conversion and the amount it converts)."""
    where = _where(ms)
    linked = Components(range(len(ms)))
    for i, m in enumerate(ms):
        if m.restates is not None and (m.article, m.restates) in where:
            linked.join(i, where[(m.article, m.restates)])
    return linked.groups()


def _where(ms: list[Mention]) -> dict[tuple[int, int], int]:
    """Each mention's place in `ms` by its article and candidate index: what a restatement link
    (`Mention.restates`) points at."""
    return {(m.article, m.index): i for i, m in enumerate(ms)}


def _features(m: Mention) -> list[str]:
    """Words of a mention for TF-IDF: its own words count twice; Korean words also as
    character bigrams, so that 삼성전자 and 삼성 meet. A place's word opening a name of several
    words is that name's as well as the place's (`Token.place`: "Nevada Steel" gives "nevada"
    and "nevada steel"): an article telling of "the company" in Nevada may state its amount;
    another holder's amount in that place is kept apart by `_holder_not_named`."""
    out = []
    for t, weight in [(t, 2) for t in m.local] + [(t, 1) for t in m.context]:
        out += [f"w:{t.form}"] * weight + [f"w:{t.name}"] * (weight if t.place else 0)
        if t.script == "hangul" and len(t.form) > 2:
            out += [f"c:{t.form[k:k + 2]}" for k in range(len(t.form) - 1)]
    return out


def _unit_similarity(ms: list[Mention], units: list[list[int]], scripts: Sequence[str],
                     days: Sequence[int], stories, values=None) -> np.ndarray:
    """Similarity of every two units in one block (0..1): see the weights above. `values`:
    the units' value evidence and the pairs that may be one amount though their values differ
    (a unit slip, a bound or hedge of its article that covers the other), when computed."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    # a unit with no words (or names) gets a feature of its own, never shared
    docs = [[f for i in u for f in _features(ms[i])] or [f"<none:{k}>"]
            for k, u in enumerate(units)]
    x = TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True).fit_transform(docs)
    words = (x @ x.T).toarray()
    names = [[g for i in u for g in name_features(ms[i].local + ms[i].context)]
             or [f"<none:{k}>"] for k, u in enumerate(units)]
    nx = normalize(TfidfVectorizer(analyzer=lambda d: d, use_idf=False).fit_transform(names))
    shared_names = (nx @ nx.T).toarray()
    if values is None:
        value, alike = _value_similarity(ms, units)
        alike = alike | _compatible_units(ms, units)
    else:
        value, alike = values
    art = np.array([ms[u[0]].article for u in units])
    story = stories[art][:, art].toarray()
    same_article = art[:, None] == art[None, :]
    # One article repeating an amount tells one story; one article stating two different
    # amounts most often tells two facts of it, so the article is no evidence that they are one
    # (a slipped unit, or a bound or hedge covering the other, is no different amount).
    story[same_article] = 1.0
    story[same_article & (value < SAME_VALUE) & ~alike] = SAME_ARTICLE_OTHER_AMOUNT
    script = np.array([scripts[a] for a in art])
    same = script[:, None] == script[None, :]
    subject = _same_subject(ms, units)
    across = W_VALUE_ACROSS * np.maximum(value, _band_value(ms, units)) \
        + W_NAMES_ACROSS * shared_names + W_STORY_ACROSS * story
    sim = np.where(same, W_VALUE * value + W_WORDS * words + W_STORY * story
                   + W_SUBJECT * subject, across)
    sim = np.minimum(sim, 1.0) * _time_factor(ms, units, days)
    np.fill_diagonal(sim, 1.0)
    return sim


def _same_subject(ms: list[Mention], units: list[list[int]]) -> np.ndarray:
    """True where two units' amounts have the same holder: the name written nearest before
    them (`Mention.subject`); compared within one script, as words are."""
    holders = [{ms[i].subject for i in u} - {None} for u in units]
    index: dict[str, list[int]] = defaultdict(list)
    for k, h in enumerate(holders):
        for name in h:
            index[name].append(k)
    out = np.zeros((len(units), len(units)), dtype=bool)
    for ks in index.values():
        out[np.ix_(ks, ks)] = True
    return out


def _time_factor(ms: list[Mention], units: list[list[int]], days: Sequence[int]) -> np.ndarray:
    """1 for amounts of one time; less when their dates (as proposed, else publication) lie
    years apart: a fact is of one time, a later figure of the same thing is another fact. A year
    counted back from the article (`_year_span`) is apart only beyond its span."""
    spans = np.array([_years(ms[u[0]], days) for u in units], dtype=float).reshape(-1, 2)
    known = spans[:, 0] > 0
    apart = np.maximum(0.0, np.maximum(spans[None, :, 0] - spans[:, None, 1],
                                       spans[:, None, 0] - spans[None, :, 1]))
    factor = np.where(apart >= 2, YEARS_APART, np.where(apart >= 1, YEAR_APART, 1.0))
    return np.where(known[:, None] & known[None, :], factor, 1.0)


def _years(m: Mention, days: Sequence[int]) -> tuple[int, int]:
    """The first and last year a mention may be of (`_year_span`), else its article's
    publication year (0, 0 when neither is known)."""
    span = _year_span(m)
    if span[0]:
        return span
    year = dt.date.fromordinal(days[m.article]).year if days[m.article] else 0
    return year, year


def _year_span(m: Mention) -> tuple[int, int]:
    """The first and last year a mention's own date may be: a year counted back from its
    article is about right (`Mention.as_of_years`); any other date is its year (0 when it
    names none)."""
    if m.as_of_years and m.as_of_basis in OWN_DATE_BASES:
        return m.as_of_years
    year = _year(m.as_of)
    return year, year


def _year(as_of: str) -> int:
    return int(as_of[:4]) if as_of[:4].isdigit() else 0


def _value_similarity(ms: list[Mention], units: list[list[int]]) -> tuple[np.ndarray,
                                                                         np.ndarray]:
    """exp(-|ln ratio| / VALUE_SCALE) of the closest values of two units in US dollars; equal
    digits a power of ten apart count as slip evidence (the second array marks those pairs)."""
    # a slipped unit keeps its currency: the digits of 11.6 billion Canadian dollars and of 1.16
    # trillion won, each a conversion's member, are a coincidence of two currencies; a "$" read as
    # one dollar on one page and another on the next is one currency's
    digits = [{(_dollar_family(ms[i].currency), significant_digits(ms[i].value)) for i in u}
              for u in units]
    written = [{_written(ms[i].span) for i in u} - {()} for u in units]
    tens = np.nan_to_num(_value_gap(ms, units), nan=50.0)
    value = np.exp(-tens * math.log(10) / VALUE_SCALE)
    # a unit slip: same digits, about a whole power of ten apart; a change (a difference, or a
    # change written with its level) slips no unit of a level: "$2.3 billion smaller than" and
    # another article's "$23 billion" are a difference and a sum, two quantities
    changes = [any(_a_change(ms[i]) for i in u) for u in units]
    near_power = whole_power(tens)
    slip = np.zeros_like(near_power)
    for k, j in zip(*np.nonzero(near_power)):
        if changes[k] != changes[j]:
            continue
        same = {d for _, d in digits[k] & digits[j]} - {""}
        power = np.round(tens[k, j])
        unit_word = power >= SLIP_UNIT_POWER
        if 1 < power < SLIP_UNIT_POWER and not _point_dropped(written[k], written[j], power):
            continue
        if same and not (unit_word and written[k] and written[j]
                         and not written[k] & written[j]):
            evidence = SLIP_EVIDENCE if max(map(len, same)) >= 2 else SLIP_EVIDENCE_ONE_DIGIT
            value[k, j] = max(value[k, j], evidence)
            slip[k, j] = True
    _slipped_across(value, slip, tens, near_power, digits, changes,
                    [ms[u[0]].article for u in units], [{ms[i].role for i in u} for u in units])
    for k, j in _signs_slipped(ms, units):
        value[k, j] = max(value[k, j], SLIP_EVIDENCE)
        slip[k, j] = True
    # a dropped or doubled digit ("27.4 billion" for 207.4 billion): the digits of one are the
    # other's less one, the two within a power of ten or so, and no whole power apart
    dropped = (tens > math.log10(FAR_APART_RATIO)) & (tens < DROPPED_DIGIT_TENS) & ~near_power
    change = np.array(changes, dtype=bool)
    dropped &= (change[:, None] == change[None, :]) & _digit_dropped(digits)
    value[dropped] = np.maximum(value[dropped], DROPPED_DIGIT_EVIDENCE)
    slip[dropped] = True
    return value, slip


def _digit_dropped(digits: list[set[tuple[str, str]]]) -> np.ndarray:
    """True where one unit writes, in a currency family, the digits of another's with one digit
    left out, three digits or more kept ('2074' and '274'), either way: a slip of the pen, not
    another quantity. Each longer digit string is indexed by what it reads with each digit left
    out, so the pairs come from a lookup, not a test of every pair (a folder of thousands of
    articles has millions)."""
    n = len(digits)
    short: dict[tuple[str, str], list[int]] = defaultdict(list)
    shortened: dict[tuple[str, str], list[int]] = defaultdict(list)
    for k, unit in enumerate(digits):
        for family, d in unit:
            if len(d) >= DROPPED_DIGIT_MIN:
                short[(family, d)].append(k)
            if len(d) > DROPPED_DIGIT_MIN:
                for key in {(family, d[:i] + d[i + 1:]) for i in range(len(d))}:
                    shortened[key].append(k)
    out = np.zeros((n, n), dtype=bool)
    for key, ks in short.items():
        if key in shortened:
            rows, cols = np.ix_(ks, shortened[key])
            out[rows, cols] = True
            out[cols.T, rows.T] = True
    return out


def _slipped_across(value: np.ndarray, slip: np.ndarray, tens: np.ndarray,
                    near_power: np.ndarray, digits: list[set[tuple[str, str]]],
                    changes: list[bool], articles: list[int],
                    roles: list[set[str | None]]) -> None:
    """Marks (in place) a slip between two units of one article and no currency in common,
    whose digits cannot be compared: "1억 달러" a power of ten below "1조 1800억원" of its own
    article, where a third unit, "10억 달러", has the slip's digits in the first one's currency
    (`slip`) and is one amount with the second (within `FAR_APART_RATIO`). The pair takes the
    slip's own evidence, no more. Only within one article (as `_signs_slipped`): across articles
    an amount with a slip's digits and another currency's figure of a tenfold or thousandfold
    value ("4.3 billion won" of a profit, "US$3.8 billion" of a deal's 4.3 trillion won) are as
    often two quantities. The third unit lends its slip only when its own words name what the
    first one's name (`Mention.role`, both none or the same): an investment of "2억 달러" and
    another article's revenue of "20억 달러" share digits, not a fact, and the investee's revenue
    in won beside the investment is no slip of it."""
    families = [{c for c, _ in d} for d in digits]
    one = tens <= math.log10(FAR_APART_RATIO)
    by_digits = slip.copy()
    for k, c in zip(*np.nonzero(near_power & ~by_digits)):
        if articles[k] != articles[c] or changes[k] != changes[c] or families[k] & families[c]:
            continue
        via = [v for v in np.nonzero(by_digits[k] & one[:, c])[0] if roles[v] == roles[k]]
        if via:
            value[k, c] = value[c, k] = max(value[k, c], value[k, via].max())
            slip[k, c] = slip[c, k] = True


def _priced_or_per(m: Mention) -> bool:
    """Whether an amount is a price (of a share, a head) or a sum per period: its own figure,
    never another amount's number slipped."""
    return bool(m.per or m.per_share or m.priced_by_share or m.per_head or m.share_price)


def _signs_slipped(ms: list[Mention], units: list[list[int]]) -> list[tuple[int, int]]:
    """Pairs of units of one article: an amount with its conversion ("8.63 trillion won ($6.4
    billion)"), and a lone amount in the conversion's currency written with the original's
    number ("$863 billion"), equal or one unit word apart (`SIGN_SLIP_POWERS`), three digits or
    more alike, far from the conversion (no rounding of it) and of the same named holder
    (`_named_holder`): the writer converted the sign and left the number, so in dollars the two
    lie no whole power apart and the dollar values tell nothing. Not a price, a sum per period or
    an amount of another time. Two amounts of two currencies with no conversion beside either
    (an investment in won and one in yen) are two amounts, whatever their digits; and only
    within one article: across articles equal digits of two currencies are a coincidence as
    often."""
    where = _where(ms)
    unit_of = {i: k for k, u in enumerate(units) for i in u}
    lone: dict[tuple[int, str], list[int]] = defaultdict(list)
    for u in units:
        if len(u) == 1 and len(significant_digits(ms[u[0]].value)) >= SIGN_SLIP_DIGITS:
            lone[(ms[u[0]].article, significant_digits(ms[u[0]].value))].append(u[0])
    out = []
    for c in ms:
        if c.restates is None or (c.article, c.restates) not in where:
            continue
        a = ms[where[(c.article, c.restates)]]
        holder = _named_holder(a) or _named_holder(c)
        for i in lone.get((a.article, significant_digits(a.value)), ()):
            b = ms[i]
            if _dollar_family(b.currency) != _dollar_family(c.currency) or holder is None \
                    or _named_holder(b) != holder \
                    or round(abs(math.log10(a.value / b.value))) not in (0, *SIGN_SLIP_POWERS) \
                    or abs(math.log10(b.value / c.value)) < math.log10(FAR_APART_RATIO) \
                    or _priced_or_per(a) or _priced_or_per(b) \
                    or _of_other_times(_own_date(a), _own_date(b)):
                continue
            k, j = unit_of[where[(a.article, a.index)]], unit_of[i]
            out += [(k, j), (j, k)]
    return out


def _a_change(m: Mention) -> bool:
    """Whether a mention states a change, not a level: a difference its words say
    (`Mention.difference`: "$2.3 billion smaller than", "1조원 적은") or a change written beside
    the level it reaches (`Mention.reaches`)."""
    return m.difference or m.reaches is not None


def _value_gap(ms: list[Mention], units: list[list[int]],
               spans: list[np.ndarray] | None = None) -> np.ndarray:
    """|log10 ratio| of the closest values of two units in US dollars; nan where a unit has
    none. `spans`: each unit's values as log10 intervals (k × 2) when not its amounts' own
    points; two intervals that overlap are 0 apart."""
    if spans is None:
        spans = [np.array([[math.log10(v)] * 2 for i in u for v in _readings(ms[i])
                           ]).reshape(-1, 2) for u in units]
    n = len(units)
    gap = np.full((n, n), np.nan)
    known = [k for k in range(n) if len(spans[k])]
    if not known:
        return gap
    # the closest pair of the units' intervals, as one array over every two of them
    flat = np.concatenate([spans[k] for k in known])
    starts = np.cumsum([0] + [len(spans[k]) for k in known[:-1]])
    apart = flat[None, :, 0] - flat[:, None, 1]
    np.maximum(apart, flat[:, None, 0] - flat[None, :, 1], out=apart)
    np.maximum(apart, 0.0, out=apart)
    closest = np.minimum.reduceat(np.minimum.reduceat(apart, starts, axis=0), starts, axis=1)
    gap[np.ix_(known, known)] = closest
    return gap


def _stated_spans(ms: list[Mention], units: list[list[int]]) -> list[np.ndarray]:
    """Each unit's amounts as log10 intervals in US dollars, with those of the units of its
    article that state one of its amounts again: what each amount may stand for (its rounding,
    hedge or range, a bound closed one rounding unit past its number: `_closed`); a headline's
    "4000억원" is the body's "50억 달러(약 4000억원)", conversion and all."""
    # a garbled amount's other readings weigh as their own intervals: its written interval
    # scaled to a reading would stretch a vague amount a hundredfold past every number it may mean
    own = [[_span(ms[i], usd) for i in u if ms[i].value > 0 for usd in _own_readings(ms[i])]
           + [[math.log10(lo), math.log10(hi)] for i in u for _, lo, hi in _garbled_readings(ms[i])]
           for u in units]
    said: dict[tuple[int, str, float], set[int]] = defaultdict(set)
    for k, u in enumerate(units):
        for i in u:
            said[(ms[i].article, ms[i].currency, ms[i].value)].add(k)
    return [np.array([s for j in sorted({j for i in u for j in said[(ms[i].article,
                                                                      ms[i].currency,
                                                                      ms[i].value)]})
                      for s in own[j]]).reshape(-1, 2) for u in units]


def _span(m: Mention, usd: float) -> list[float]:
    """What an amount may stand for (its rounding, hedge or range: `_closed`) as a log10
    interval in US dollars, `usd` being one of its readings."""
    closed = _closed(m)
    lo, hi = closed if closed and closed[0] > 0 else (m.value, m.value)
    return [math.log10(lo * usd / m.value), math.log10(hi * usd / m.value)]


def _band_value(ms: list[Mention], units: list[list[int]]) -> np.ndarray:
    """BAND_EVIDENCE for two units where a band of one ("2조원대") holds an amount of the other,
    within the rate-source allowance, and meets the finer amount of the band's own article inside
    it when there is one (`_finer_in_band`); 0 elsewhere."""
    margin = math.log10(1 + RATE_ALLOWANCE)
    spans = _band_spans(ms, units, margin)
    if not any(len(s) for s in spans):
        return np.zeros((len(units), len(units)))
    points = [np.array([[math.log10(v)] * 2 for i in u for v in _readings(ms[i])]).reshape(-1, 2)
              for u in units]
    both = [spans[k] if len(spans[k]) else points[k] for k in range(len(units))]
    held = _value_gap(ms, units, both) == 0
    band = np.array([len(s) > 0 for s in spans])
    # a band holding a band is no number stated twice
    held &= band[:, None] ^ band[None, :]
    # an article stating a finer amount inside its band ("2조원대 ... 2조4000억원") says which
    # number of the band it means: another amount in the band but not at that figure is
    # another fact of the story (a first installment), not the band's number
    finer = _finer_in_band(ms, units, spans, points)
    near = _value_gap(ms, units, [f if len(f) else points[k] for k, f in enumerate(finer)])
    told = np.array([len(f) > 0 for f in finer])
    held &= ~(told[:, None] | told[None, :]) | (near <= margin)
    return np.where(held, BAND_EVIDENCE, 0.0)


def _finer_in_band(ms: list[Mention], units: list[list[int]], spans: list[np.ndarray],
                   points: list[np.ndarray]) -> list[np.ndarray]:
    """Each band unit's article's other amounts of its time that fall inside its band, as log10
    points in US dollars; empty for a unit without a band or without such an amount."""
    article = [ms[u[0]].article for u in units]
    dates = _own_dates(ms, units)
    out = []
    for k, s in enumerate(spans):
        if not len(s):
            out.append(np.empty((0, 2)))
            continue
        # an amount of another time ("지난해 ... 2조3000억원") is another fact, not the band's number
        inside = [p for j in range(len(units)) if j != k and article[j] == article[k]
                  and not any(ms[i].bound == "range" for i in units[j])
                  and not _of_other_times(dates[k], dates[j])
                  for p in points[j] if ((s[:, 0] <= p[0]) & (p[0] <= s[:, 1])).any()]
        out.append(np.array(inside).reshape(-1, 2))
    return out


def _band_spans(ms: list[Mention], units: list[list[int]], margin: float) -> list[np.ndarray]:
    """Each unit's bands (a range no wider than BAND_WIDEST: "2조원대", not "수천억원") as log10
    intervals in US dollars, widened by `margin` each side; empty for a unit without one."""
    def spans(m: Mention) -> list[list[float]]:
        closed = _closed(m) if m.bound == "range" and not m.garbled else None
        if not (closed and closed[0] > 0 and closed[1] <= BAND_WIDEST * closed[0]):
            return []
        return [[lo - margin, hi + margin] for lo, hi in (_span(m, usd) for usd in _own_readings(m))]

    return [np.array([s for i in u for s in spans(ms[i])]).reshape(-1, 2) for u in units]


def _readings(m: Mention) -> list[float]:
    """A mention's values in US dollars: its own, and for a bare "$" guessed a local dollar the
    US dollar too, as the checks ask which dollar such a figure means (a Korean community
    paper abroad writes "$1.6 billion" for the deal others state in US dollars). A garbled
    amount is each number it may mean ("43억7900억원": 43억, 43억7900만 or 7900억; "25억~26조 원"
    as written or with one end's place word for both), as the garbled check weighs them: its
    first reading alone would keep it from the fact that tells which one it is."""
    return _own_readings(m) + [v for v, _, _ in _garbled_readings(m)]


def _own_readings(m: Mention) -> list[float]:
    """A mention's value in US dollars, and the US dollar's for a bare "$" guessed local."""
    return [v for v in (m.usd, m.usd_as_signed) if v and v > 0]


def _garbled_readings(m: Mention) -> list[tuple[float, float, float]]:
    """A garbled amount's readings in US dollars, each with its own (low, high) interval, at
    the rate of the amount's own value; none for an amount read clean."""
    own = _own_readings(m)
    g = garbled_once(m.span) if m.garbled and own and m.value else None
    if g is None:
        return []
    rate = own[0] / m.value
    return [(v * rate, lo * rate, hi * rate) for (_, v), (lo, hi) in zip(g.readings, g.intervals)
            if v > 0 and lo > 0 and hi >= lo]


def whole_power(tens):
    """Whether values |log10 ratio| `tens` apart (a number or an array) are about a whole power
    of ten apart (1 or more): what a slipped unit does. The one test of a slip's ratio, here and
    in `reconcile.scan.editions`."""
    return (np.abs(tens - np.round(tens)) < SLIP_TOLERANCE) & (np.round(tens) >= 1)


def _far_apart(tens, slip):
    """Whether values |log10 ratio| `tens` apart are two quantities: further apart than
    FAR_APART_RATIO and not a possible slip (`slip`). Unknown values (nan) are not."""
    return (tens > math.log10(FAR_APART_RATIO)) & ~np.asarray(slip, dtype=bool)


def _written(span: str) -> tuple[str, ...]:
    """The numbers of an amount as written, without their unit words: "9500억달러" gives
    ("9500",), "$4.5 billion" ("4.5",), "1조7000억원" ("1", "7000"); a Hangul number gives ()."""
    return tuple(n.replace(",", "") for n in _NUMBERS.findall(span))


_NUMBERS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _point_dropped(a: set[tuple[str, ...]], b: set[tuple[str, ...]], power: float) -> bool:
    """Whether a number written with `power` decimals on one side is written on the other
    without its point ("1.25" and "125" for a hundred): one slip, the unit word the same."""
    nums = [{n for w in side for n in w} for side in (a, b)]
    return any("." in x and len(x.split(".")[1]) == power and x.replace(".", "") in other
               for mine, other in (nums, nums[::-1]) for x in mine)


def _dollar_family(currency: str) -> str:
    """A currency with the dollars a "$" may name (`LOCAL_DOLLAR`) read as the US dollar."""
    return "USD" if currency in LOCAL_DOLLARS else currency


def significant_digits(value: float) -> str:
    """The significant digits of a value: 9500 and 9.5e11 both give '95'."""
    if value <= 0 or not math.isfinite(value):
        return ""
    return f"{value:.6e}".split("e")[0].replace(".", "").rstrip("0")


def _cannot_link(ms: list[Mention], units: list[list[int]]) -> np.ndarray:
    """True where two units hold different amounts of one sentence (not a restatement pair),
    amounts of different kinds (a sum and a rate per year), of two stakes, of two stages or
    market values of two days, or two sums each of its own article's amounts, or a list's total
    and a part of another breakdown, or share prices on two exchanges, or a share's price the
    market gave and one offered for it, or the market's prices of two days, or a share issue's
    amount and a buyer's offer, or lines of a firm's results of periods that share no day."""
    # a conversion pair's period may be written on either member ("200억 달러(연간 27조원)");
    # a pair whose members give two periods ("$1 billion a month (16 trillion won a year)")
    # has no one reading, so its period keeps it from nothing
    pers = [{ms[i].per for i in u} - {None} for u in units]
    per = np.array([next(iter(p), "") for p in pers])
    one = np.array([len(p) < 2 for p in pers], dtype=bool)
    cannot = (per[:, None] != per[None, :]) & one[:, None] & one[None, :]
    at: dict[tuple[int, int], list[tuple[int, Mention]]] = defaultdict(list)
    for k, u in enumerate(units):
        for i in u:
            if ms[i].usd:
                at[(ms[i].article, ms[i].sentence_start)].append((k, ms[i]))
    for members in at.values():
        holders = [_opening_holder(m) for _, m in members]
        for (a, ma), one in zip(members, holders):
            for (b, mb), other in zip(members, holders):
                if a != b and (_different_amounts(ma, mb) or _other_holders(one, other)):
                    cannot[a, b] = True
    return cannot | _different_shares(ms, units) | _different_terms(ms, units) \
        | _different_stages(ms, units) \
        | _different_changes(ms, units) | _different_days(ms, units) | _periods_apart(ms, units) \
        | _rates_apart(ms, units) | _heads_apart(ms, units) | _sums_apart(ms, units) \
        | _total_and_part_apart(ms, units) | _exchanges_apart(ms, units) | _clocks_apart(ms, units) \
        | _quotes_and_offers_apart(ms, units) | _session_days_apart(ms, units) \
        | _issues_and_offers_apart(ms, units) | _results_of_other_periods(ms, units) \
        | _rounds_apart(ms, units) | _inside_ranges_apart(ms, units)


def _inside_ranges_apart(ms: list[Mention], units: list[list[int]]) -> np.ndarray:
    """True between a unit of ranges with two stated ends (`Mention.ends`) and a unit of an offer's
    price (a single amount of the stage offer) within every one of those ranges, its ends
    included or RANGE_END_MARGIN past one (`_inside`): an offer is priced at one number, so a range holding it is a band it was
    marketed at, whether or not the band's words name that stage ("between 30,000 won and
    36,000 won"), and a band agrees with any price in it, so together they hide both: one report
    pricing at the band's top and another below it are then never compared."""
    ranges = [[ms[i] for i in u if ms[i].ends] for u in units]
    points = [all(ms[i].ends is None and ms[i].bound in ("exact", "approx") and ms[i].value > 0
                  for i in u) and any((SESSION, OFFER) in ms[i].stages for i in u)
              for u in units]
    out = np.zeros((len(units), len(units)), dtype=bool)
    for a, rs in enumerate(ranges):
        if not rs or not all(m.ends for m in (ms[i] for i in units[a])):
            continue
        for b, u in enumerate(units):
            if points[b] and all(_inside(ms[i], r) for i in u for r in rs):
                out[a, b] = out[b, a] = True
    return out


def _inside(point: Mention, rng: Mention) -> bool:
    """Whether `point`'s stated interval lies within `rng`'s ends, or `RANGE_END_MARGIN` beyond
    one (across currencies in dollars, by the rate-source allowance more)."""
    lo, hi = rng.ends
    p_lo, p_hi = _closed(point) or (point.value, point.value)
    margin = RANGE_END_MARGIN
    if point.currency != rng.currency:
        if not (point.usd and rng.usd):
            return False
        lo, hi = lo * rng.usd / rng.value, hi * rng.usd / rng.value
        p_lo, p_hi = p_lo * point.usd / point.value, p_hi * point.usd / point.value
        margin += RATE_ALLOWANCE
    return lo * (1 - margin) <= p_lo and p_hi <= hi * (1 + margin)


def _sums_apart(ms: list[Mention], units: list[list[int]]) -> np.ndarray:
    """True between two units of two articles, each an exact sum of other amounts its own article
    states (`_own_sums`), of one currency and two numbers: each article did its own arithmetic, so
    two different sums add up different things, whatever a rounding would allow ("과징금과 투자를 합치면
    1억3700만달러" and "$140 million, including $54 million, $40 million and $46 million"). A
    misquoted total adds up nothing of its article; a misquoted part stays with its part."""
    summed = _own_sums(ms)
    sums = [(k, [i for i in u if i in summed]) for k, u in enumerate(units)]
    sums = [(k, s) for k, s in sums if s]
    out = np.zeros((len(units), len(units)), dtype=bool)
    for a, us in sums:
        for b, them in sums:
            if a < b and ms[us[0]].article != ms[them[0]].article and all(
                    ms[x].currency == ms[y].currency and not _one_number(ms[x].value, ms[y].value)
                    for x in us for y in them) and any(
                    _parts_tied(summed[x], summed[y]) for x in us for y in them):
                out[a, b] = out[b, a] = True
    return out


def _parts_tied(ours: list[frozenset], theirs: list[frozenset]) -> bool:
    """Whether two totals' sets of parts are tied by the texts: one set of each shares two amounts
    with one of the other (54+27+40+16 and 54+40+46 share 54 and 40). Two round totals each equal
    by chance to a sum of unrelated amounts of its article share none (120+80 and 60+150), or one
    (54+40+46 and 54+96, the 96 from another sentence): one shared round part is chance too."""
    return any(len(x & y) >= 2 for x in ours for y in theirs)


def _exchanges_apart(ms: list[Mention], units: list[list[int]]) -> np.ndarray:
    """True between two units read as a share's price (a price word, per share, a session's
    stage) whose sentences name one stock exchange each, two different ones: a share listed on
    two trades at two prices ("opened at Rs 1,931 on the BSE", "opened at Rs 1,934 on the NSE")."""
    priced = [any(ms[i].share_price or ms[i].per_share
                  or any(kind == SESSION for kind, _ in ms[i].stages) for i in u) for u in units]
    # Two exchanges' prices of one moment differ in their last digits: only the same digits in
    # another order (1,934 and 1,943) is a slip their gap does not excuse.
    return _readings_apart(ms, units, [{ms[i].exchange for i in u} if p else {None}
                                       for u, p in zip(units, priced)], EXCHANGES_GAP,
                           lambda us, them: any(_transposed(x, y) for x in us for y in them))


def _clocks_apart(ms: list[Mention], units: list[list[int]]) -> np.ndarray:
    """True between two units read as a share's price during the session, each at one time of
    day its sentence states ("오전 9시 49분 기준", "as of 10:35 a.m."), at two times and within
    `CLOCK_MOVE` of each other: two readings of a moving price, not one fact. Never a close."""
    trading = [all((SESSION, TRADING) in ms[i].stages for i in u) for u in units]
    # Two moments' prices are told from a misquote only by more than a digit: a rounding or any
    # digit slip (`_written_alike`) stays one fact.
    return _readings_apart(ms, units, [{ms[i].clock for i in u} if t else {None}
                                       for u, t in zip(units, trading)], CLOCK_MOVE,
                           _written_alike)


def _quoted(ms: list[Mention], u: list[int]) -> bool:
    """Whether each mention of a unit is a share's price the market gave: a session's open,
    close, high, low or a reading while it trades (`MARKET_STAGES`)."""
    return all(any(kind == SESSION and stage in MARKET_STAGES for kind, stage in ms[i].stages)
               for i in u)


def _quotes_and_offers_apart(ms: list[Mention], units: list[list[int]]) -> np.ndarray:
    """True between a unit of a share's prices the market gave (`_quoted`) and a unit of a price
    a buyer sets for shares (a mention whose own clause names a tender offer, a bid or a
    buyback, `Mention.offer_word`) no mention of which has a session's stage: a tender at
    433,000 won a share and the shares' high of 431,000 won that day are two facts, however
    close."""
    quotes = [k for k, u in enumerate(units) if _quoted(ms, u)]
    offers = [k for k, u in enumerate(units)
              if any(ms[i].offer_word for i in u)
              and not any(kind == SESSION for i in u for kind, _ in ms[i].stages)]
    out = np.zeros((len(units), len(units)), dtype=bool)
    out[np.ix_(quotes, offers)] = out[np.ix_(offers, quotes)] = True
    return out


def _issues_and_offers_apart(ms: list[Mention], units: list[list[int]]) -> np.ndarray:
    """True between a unit whose own words name it a share issue's (`SHARE_ISSUE`: 유상증자, the
    company selling new shares) and none of whose mentions the market's price (`Mention.
    market_price`: "증자 발표 이후 주가는 4만원"), and a unit a mention of which names a tender
    offer, a takeover bid or a buyback (`Mention.buyer_offer`; not "offer price", also the name
    of an issue's price), or a unit of a share's prices the market gave (`_quoted`), neither
    naming the other: the price a company sells its new shares at is set by its board (most
    often at a discount to the market), a buyer's offer by the buyer and a session's price by
    the market, so 670,000 won a share in a rights offering, a tender at 660,000 won and a
    session's 672,000 won are three facts, however close."""
    issue = [any(ms[i].role == SHARE_ISSUE for i in u)
             and not any(ms[i].market_price for i in u) for u in units]
    other = [any(ms[i].buyer_offer for i in u) or _quoted(ms, u) for u in units]
    issues = [k for k in range(len(units)) if issue[k] and not other[k]]
    offers = [k for k in range(len(units)) if other[k] and not issue[k]]
    out = np.zeros((len(units), len(units)), dtype=bool)
    out[np.ix_(issues, offers)] = out[np.ix_(offers, issues)] = True
    return out


def _session_days_apart(ms: list[Mention], units: list[list[int]]) -> np.ndarray:
    """True between two units of a share's prices the market gave (`_quoted`) each dated to one
    day its text names (`named_day`: its sentence's or its article's news date, not the
    publication date alone), no day both's: a share trades at another price each day, so the
    highs of three sessions are three facts. Not when the two may be one amount as written
    (`_written_alike`): a rounding or a digit slip of one day's price stays with it, for the
    check, as a misread date may part them."""
    days: list[set[str]] = []
    for u in units:
        named = {named_day(ms[i].as_of, ms[i].as_of_basis) for i in u} - {None}
        days.append(named if _quoted(ms, u) and len(named) == 1 else set())
    dated = [k for k, d in enumerate(days) if d]
    out = np.zeros((len(units), len(units)), dtype=bool)
    for a in dated:
        for b in dated:
            if a < b and not days[a] & days[b] and not _written_alike(
                    [ms[i] for i in units[a]], [ms[i] for i in units[b]]):
                out[a, b] = out[b, a] = True
    return out


def _readings_apart(ms: list[Mention], units: list[list[int]], where: list[set], gap: float,
                    slip: Callable[[list[Mention], list[Mention]], bool]) -> np.ndarray:
    """True between two units whose readings each name one place or moment (`where`: an
    exchange, a clock), two different ones, within `gap` of each other (`_within_move`): one
    price read at two places or times. A wider gap, or a `slip` of one amount, stays one fact,
    for the check."""
    one = [next(iter(w)) if len(w) == 1 and None not in w else None for w in where]
    named = [k for k, x in enumerate(one) if x is not None]
    out = np.zeros((len(units), len(units)), dtype=bool)
    for a in named:
        for b in named:
            if a < b and one[a] != one[b]:
                us, them = [ms[i] for i in units[a]], [ms[i] for i in units[b]]
                if _within_move(us, them, gap) and not slip(us, them):
                    out[a, b] = out[b, a] = True
    return out


def _total_and_part_apart(ms: list[Mention], units: list[list[int]]) -> np.ndarray:
    """True between a unit stating, to its last digit, the sum of a list another article's sentence
    gives (that list's total: "$56 million" beside "Orbit will spend $40 million and Lumen $16
    million") and a unit of another number of its currency that is a part of a breakdown, a list
    adding up to a total its own article states ("$54 million" of "$54 million and $27 million,
    $81 million in all"): a total and a part are two things, however close their numbers."""
    plain: dict[tuple[int, int, str], list[int]] = defaultdict(list)
    originals: dict[tuple[int, str], list[float]] = defaultdict(list)
    for i, m in enumerate(ms):
        if m.restates is None and not m.per and m.value > 0 and not (m.share_price or m.fx_rate):
            plain[(m.article, m.sentence_start, m.currency)].append(i)
            originals[(m.article, m.currency)].append(m.value)
    list_sums: dict[str, list[tuple[int, float]]] = defaultdict(list)
    parts: set[int] = set()
    for (article, _, currency), idx in plain.items():
        if not _a_list(ms, idx):
            continue
        idx = sorted(idx, key=lambda i: ms[i].value)
        members, top = idx, None
        if len(idx) >= 3 and _one_number(sum(ms[i].value for i in idx[:-1]), ms[idx[-1]].value):
            members, top = idx[:-1], ms[idx[-1]].value       # the sentence gives its own total
        if len(members) < 2:
            continue
        total = sum(ms[i].value for i in members)
        list_sums[currency].append((article, total))
        if top is not None or any(_one_number(total, v) for v in originals[(article, currency)]):
            parts.update(members)
    unit_of = {i: k for k, u in enumerate(units) for i in u}
    out = np.zeros((len(units), len(units)), dtype=bool)
    for i, m in enumerate(ms):
        if m.restates is not None or m.per or not m.precision > 0:
            continue
        if not any(article != m.article and abs(total - m.value) <= _last_digit(m.precision, total)
                for article, total in list_sums[m.currency]):
            continue
        for j in parts:
            part = ms[j]
            if part.currency == m.currency and unit_of[i] != unit_of[j] \
                    and not _one_number(part.value, m.value):
                out[unit_of[i], unit_of[j]] = out[unit_of[j], unit_of[i]] = True
    return out


_LIST_JOIN = re.compile(LIST_JOIN)
_LIST_NOT = re.compile(LIST_NOT)


def _a_list(ms: list[Mention], idx: list[int]) -> bool:
    """Whether amounts of one sentence are written as a list: each joined to the next by a list's
    word and nothing making them a change or a comparison ("rose to $56 million in September from
    $40 million" is a change's two levels, no list of parts)."""
    if any(ms[i].change_end or ms[i].reaches or ms[i].changed_by for i in idx):
        return False
    idx = sorted(idx, key=lambda i: ms[i].start)
    for a, b in zip(idx, idx[1:]):
        gap = ms[a].sentence[ms[a].end - ms[a].sentence_start:ms[b].start - ms[a].sentence_start]
        if not _LIST_JOIN.search(gap) or _LIST_NOT.search(gap):
            return False
    return True


def _own_sums(ms: list[Mention]) -> dict[int, list[frozenset]]:
    """The amounts that two or more different, smaller amounts of their own article and currency
    add up to exactly (to the last digit the total is written with), by position, each with the
    sets of numbers that add up to it; originals only, each number once (a repeated amount
    counted twice would make sums of its own)."""
    plain: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        if m.restates is None and not m.per and m.bound == "exact" and m.value > 0 \
                and m.precision > 0 and not (m.share_price or m.fx_rate):
            plain[(m.article, m.currency)].append(i)
    out: dict[int, list[frozenset]] = {}
    for idx in plain.values():
        numbers = sorted({ms[i].value for i in idx})
        for i in idx:
            total = ms[i]
            parts = [v for v in numbers if v < total.value]
            if len(parts) < 2 or len(parts) > SUM_PARTS_MAX:
                continue
            # "2억불" is no sum of 1.4억 and 0.7억
            tolerance = _last_digit(total.precision, total.value)
            found = [frozenset(c) for n in range(2, len(parts) + 1)
                     for c in combinations(parts, n) if abs(sum(c) - total.value) <= tolerance]
            if found:
                out[i] = found
    return out


def _heads_apart(ms: list[Mention], units: list[list[int]]) -> np.ndarray:
    """True between a unit its words make an average per head ("ARPU는 9.8달러") and one read as
    a share's price (a price word, per share, a session's close) or an average per another head;
    an amount with no reading may be either, so it stays linkable."""
    heads = [{ms[i].per_head for i in u} - {None} for u in units]
    head = [next(iter(h)) if len(h) == 1 else None for h in heads]
    priced = [any(ms[i].share_price or any(kind == SESSION for kind, _ in ms[i].stages)
                  for i in u) for u in units]
    out = np.zeros((len(units), len(units)), dtype=bool)
    for a, h in enumerate(head):
        if h is None:
            continue
        for b in range(len(units)):
            if priced[b] and head[b] is None or head[b] not in (None, h):
                out[a, b] = out[b, a] = True
    return out


def _rates_apart(ms: list[Mention], units: list[list[int]]) -> np.ndarray:
    """True between exchange rates of two articles, one of them a conversion's basis, that cannot
    be one rate as written (`_written_alike`): each article converts at the rate it chose (an
    official reference, a day's close); two market quotes of one day stay one fact."""
    rates = [k for k, u in enumerate(units) if all(ms[i].fx_rate for i in u)]
    basis = {k for k in rates if any(ms[i].fx_basis for i in units[k])}
    out = np.zeros((len(units), len(units)), dtype=bool)
    for a in rates:
        for b in rates:
            us, them = [ms[i] for i in units[a]], [ms[i] for i in units[b]]
            if a < b and {a, b} & basis and us[0].article != them[0].article \
                    and not _written_alike(us, them):
                out[a, b] = out[b, a] = True
    return out


def _periods_apart(ms: list[Mention], units: list[list[int]]) -> np.ndarray:
    """True between a unit its own words date to the period before the one reported ("전년 동기
    3조원", "$3 billion a year earlier") and a unit its own sentence dates wholly after that
    period: last year's quarter and this year's are two facts, however close their amounts."""
    # Not `_of_other_times`: the rule is of order (the period before against one after it), and
    # reads a date of the amount's own sentence only (`as_of_compared` is set only there): a deal's
    # date or an "at the time" borrowed from another sentence dates a deal's terms or an event,
    # not the period a results line reports, so it says nothing of which period came first
    def own(u: list[int]) -> list:
        try:
            return [parse_period(ms[i].as_of) if ms[i].as_of_basis == "sentence" else None
                    for i in u]
        except PeriodError:
            return [None]
    periods = [own(u) for u in units]
    before = [k for k, u in enumerate(units) if None not in periods[k]
              and all(ms[i].as_of_compared for i in u)]
    out = np.zeros((len(units), len(units)), dtype=bool)
    for a in before:
        last = max(p.last for p in periods[a])
        for b, ps in enumerate(periods):
            if None not in ps and all(p.first > last for p in ps):
                out[a, b] = out[b, a] = True
    return out


def _results_of_other_periods(ms: list[Mention], units: list[list[int]]) -> np.ndarray:
    """True between two units that are lines of a firm's results (`RESULT_LINES`: a revenue, an
    operating profit or loss) whose own sentences name reporting periods sharing no day ("2024년
    영업손실" and "올해 2분기 영업이익"): a year's result and a later quarter's are two facts,
    however close their amounts."""
    # A results line is a flow over the period its text names, so another period is another
    # quantity. Not for other amounts: a deal's price is retold with the day of its approval or
    # its closing, and its own date then says nothing of which price it is.
    lines = [{ms[i].role for i in u} - {None} for u in units]
    periods = [{ms[i].as_of for i in u if _reporting_period(ms[i])} for u in units]
    results = [k for k, roles in enumerate(lines)
               if roles and roles <= RESULT_LINES and periods[k]]
    out = np.zeros((len(units), len(units)), dtype=bool)
    for a, b in combinations(results, 2):
        out[a, b] = out[b, a] = _of_other_times(periods[a], periods[b])
    return out


def _reporting_period(m: Mention) -> bool:
    """Whether the amount's own sentence dates it by a period results are reported for: a year,
    a quarter or a half ("2024년", "올해 2분기", "first half of 2025"). Not a day, a month, a season
    or a span of months: a result restated "on Jan. 28", "in January 2025" or "this summer" is
    dated by its saying, not its period; nor a year counted back ("3년 전"), only about right; nor
    the period before another ("전년 동기") unless the amount is that comparison's other term
    (`Mention.as_of_compared`): "전년 동기의 두 배인 X" is the reported period's; nor a period
    whose words name a results event ("at its second-quarter results"), which dates the saying;
    nor a quarter or a half beside a line marked a whole year's ("full-year revenue")."""
    if m.as_of_basis != "sentence" or m.as_of_years:
        return False
    if names_a_results_event(m.as_of_from, m.sentence):
        return False
    if names_the_period_before(m.as_of_from) and not m.as_of_compared:
        return False
    if len(m.as_of) == 4:
        # a season or a span of months may be read as its whole year ("this summer": "2025")
        return not names_more_than_a_month(m.as_of_from)
    return names_a_quarter_or_a_half(m.as_of_from) and not marks_a_year_line(m.sentence)


def _own_date(m: Mention) -> set[str]:
    """The amount's date its text gives it itself (`OWN_DATE_BASES`), none when only its
    article's day dates it; a year counted back from the article gives each year of its span
    (`_year_span`)."""
    if not (m.as_of and m.as_of_basis in OWN_DATE_BASES):
        return set()
    if m.as_of_years:
        first, last = _year_span(m)
        return {str(y) for y in range(first, last + 1)}
    return {m.as_of}


def _own_dates(ms: list[Mention], units: list[list[int]]) -> list[set[str]]:
    """Each unit's own dates (`_own_date`)."""
    return [set().union(*(_own_date(ms[i]) for i in u)) for u in units]


def _of_other_times(ours: set[str], theirs: set[str]) -> bool:
    """Whether two units' own dates are all given and none shares a day with the other's."""
    return bool(ours and theirs) and not any(_same_time(x, y) for x in ours for y in theirs)


def _different_shares(ms: list[Mention], units: list[list[int]]) -> np.ndarray:
    """True where both units state a percentage with their amount and no two of them can be one
    percentage within their rounding: the value of a 12 % stake and that of a 13 % stake are
    two quantities, whatever their amounts."""
    shares = [[ms[i].share for i in u if ms[i].share] for u in units]
    stated = [k for k, s in enumerate(shares) if s]
    out = np.zeros((len(units), len(units)), dtype=bool)
    for a in stated:
        for b in stated:
            out[a, b] = a != b and not any(lo1 < hi2 and lo2 < hi1 for lo1, hi1 in shares[a]
                                           for lo2, hi2 in shares[b])
    return out


def _different_terms(ms: list[Mention], units: list[list[int]]) -> np.ndarray:
    """True where both units give their contract's length in years (`Mention.term`) and share
    none: a three-year $57 million deal and a six-year $59 million one are two deals."""
    terms = {k: t for k, u in enumerate(units) if (t := {ms[i].term for i in u} - {None})}
    out = np.zeros((len(units), len(units)), dtype=bool)
    for a, t in terms.items():
        for b, v in terms.items():
            out[a, b] = not t & v
    return out


def _different_stages(ms: list[Mention], units: list[list[int]]) -> np.ndarray:
    """True where the sentences of two units name different stages of one kind (a budget
    proposed and passed, guidance and the final result, the open and the close, a target and
    the price reached): two facts, however close their amounts."""
    # per kind, the units whose mentions all name one stage of it, by that stage
    one: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for k, u in enumerate(units):
        stages: dict[str, set[str]] = defaultdict(set)
        for i in u:
            for kind, stage in ms[i].stages:
                stages[kind].add(stage)
        for kind, named in stages.items():
            if len(named) == 1:
                one[kind][next(iter(named))].append(k)
    out = np.zeros((len(units), len(units)), dtype=bool)
    for by_stage in one.values():
        for stage, ks in by_stage.items():
            others = [k for other, group in by_stage.items() if other != stage for k in group]
            out[np.ix_(ks, others)] = True
    return out


def _rounds_apart(ms: list[Mention], units: list[list[int]]) -> np.ndarray:
    """True between a unit its own clause says a raise or a revision reached
    (`Mention.revised`: "raised its offer to 830,000 won", "89만원으로 상향") and a unit told
    plainly (no mention of it revised nor a level of a change), when the two cannot be one
    amount as written (`_written_alike`): a raised offer is a new round, and a plain amount
    apart from it is an earlier round's, not a misquote of the raise. A rounding or a digit
    slip of the raised level stays with it, for the check. A raise's earlier rounds are below
    the level it reached: a plain amount above it (`_above`) is no earlier round, and may be a
    slip of it; a revision ("either") may have gone either way. Only amounts in a currency of a
    raised mention are kept apart: a raise's earlier rounds are of its own currency, and an amount
    in another is judged by the conversion checks, its own conversion included."""
    revised = [k for k, u in enumerate(units) if any(ms[i].revised for i in u)]
    plain = [k for k, u in enumerate(units)
             if not any(ms[i].revised or ms[i].change_end or ms[i].difference for i in u)]
    out = np.zeros((len(units), len(units)), dtype=bool)
    for a in revised:
        us = [ms[i] for i in units[a]]
        up = all(m.revised in (None, "up") for m in us)
        currencies = {m.currency for m in us if m.revised}
        for b in plain:
            them = [ms[i] for i in units[b]]
            if not any(m.currency in currencies for m in them):
                continue
            if not (up and _above(them, [m for m in us if m.revised])) \
                    and not _written_alike(us, them):
                out[a, b] = out[b, a] = True
    return out


def _above(them: list[Mention], raised: list[Mention]) -> bool:
    """Whether an amount of `them` is above a level a raise reached (`raised`), in one currency."""
    return any(b.value > a.value for a in raised for b in them if a.currency == b.currency)


def _different_days(ms: list[Mention], units: list[list[int]]) -> np.ndarray:
    """True where both units are market values of days their texts name (`Mention.market_day`),
    and no day is both's: a market value moves day by day, two days' are two facts. A value called
    recent is of a day of its own, apart from a named day's only within `RECENT_MOVE` of it and
    when the two cannot be one amount as written (`_written_alike`): a digit slip stays one fact."""
    days = [{ms[i].market_day for i in u} for u in units]
    dated = [k for k, d in enumerate(days) if None not in d]
    out = np.zeros((len(units), len(units)), dtype=bool)
    out[np.ix_(dated, dated)] = True
    on: dict[str, list[int]] = defaultdict(list)
    for k in dated:
        for day in days[k]:
            on[day].append(k)
    for ks in on.values():
        out[np.ix_(ks, ks)] = False
    for a in on.get(RECENT, ()):
        for b in dated:
            us, them = [ms[i] for i in units[a]], [ms[i] for i in units[b]]
            if out[a, b] and (_written_alike(us, them) or not _within_move(us, them)):
                out[a, b] = out[b, a] = False
    return out


def _within_move(us: list[Mention], them: list[Mention], move: float = RECENT_MOVE) -> bool:
    """Whether every original amount of `us` is within `move` of every one of `them`, in
    dollars at each one's own rate (`Mention.usd`): a won value against a dollar value too."""
    # A garbled amount is within no band: its first reading is no value, and kept apart as
    # recent it would lose the figures of its fact that choose between its readings.
    if any(m.garbled for m in (*us, *them)):
        return False
    ours = [m.usd for m in us if m.restates is None and m.usd]
    theirs = [m.usd for m in them if m.restates is None and m.usd]
    return bool(ours and theirs) and all(
        max(a, b) <= (1 + move) * min(a, b) for a in ours for b in theirs)


def _different_changes(ms: list[Mention], units: list[list[int]]) -> np.ndarray:
    """True where two units are changes stated with levels far apart, or levels stated with
    changes far apart (`_far_apart`; a whole power of ten may be a slipped unit):
    a change is of the quantity it brings to its level; and where one is the level before a
    change and the other a level after one."""
    out = np.zeros((len(units), len(units)), dtype=bool)
    for field in ("reaches", "changed_by"):
        logs = [{math.log10(v) for i in u if (v := getattr(ms[i], field))} for u in units]
        stated = [k for k, lg in enumerate(logs) if lg]
        for a in stated:
            for b in stated:
                gaps = np.array([abs(x - y) for x in logs[a] for y in logs[b]])
                out[a, b] |= a != b and bool(_far_apart(gaps, whole_power(gaps)).all())
    # the level before a change and a level after one are of two times
    ends = [{ms[i].change_end for i in u} - {None} for u in units]
    before = [k for k, e in enumerate(ends) if e == {"before"}]
    after = [k for k, e in enumerate(ends) if e == {"after"}]
    out[np.ix_(before, after)] = out[np.ix_(after, before)] = True
    # a difference ("1조원 적은", "$2 billion less than") is no level a change started from or
    # reached
    differences = [k for k, u in enumerate(units) if all(ms[i].difference for i in u)]
    levels = [k for k, e in enumerate(ends) if e and k not in differences]
    out[np.ix_(differences, levels)] = out[np.ix_(levels, differences)] = True
    # and a comparison's gap ("A보다 3조원 많다", "$2 billion more than its rival") is no amount
    # no word makes a difference either: another article's 2.8조원 is a level, another quantity.
    # A change of one's own quantity ("1조원 늘린다") may be written as a plain amount elsewhere
    # ("증액분 1조5000억원"): it keeps only the test above. Nor is an amount a gap noun names
    # ("격차는 3조원", "the gap ... widened to $2.4 billion"): the same gap, written as a noun.
    gaps = [k for k, u in enumerate(units) if all(ms[i].compared for i in u)]
    plain = [k for k, u in enumerate(units)
             if not any(ms[i].difference or ms[i].gap_named for i in u)]
    out[np.ix_(gaps, plain)] = out[np.ix_(plain, gaps)] = True
    return out


def _holder_not_named(ms: list[Mention], units: list[list[int]], value: np.ndarray,
                      scripts: Sequence[str]) -> np.ndarray:
    """True for a unit whose amount is held by a name of several words a place opens
    (`Mention.subject`, `Token.place`: "Nevada Steel pledged $18 billion") and a different amount
    of another article of its script that names no word of that name but the place among the
    words its amounts are told with, and whose amount has a holder named of its own
    (`_named_holder`) that is not the name and shares none of its other words: that article
    states no amount of that holder's. Not when the holder's own article opens with it (the
    story's subject, which another article may call by a description alone: "the steelmaker"),
    nor when the other amount's holder goes unnamed ("the company", "it", "the Nevada company"):
    it may be this one described."""
    # Why: a holder read as its last word alone, its place word the story's, told two firms'
    # amounts as one ("Nevada Steel's $18 billion" and another firm's $17 billion plant in Nevada)
    told: dict[int, set[str]] = defaultdict(set)
    opening: dict[int, set[str]] = defaultdict(set)
    first_said: dict[int, int] = {}
    for m in ms:
        told[m.article].update(t.form for t in m.local + m.context + m.lead)
        opening[m.article].update(_first_name(m.lead))
        first_said[m.article] = min(first_said.get(m.article, m.sentence_start), m.sentence_start)
    for m in ms:
        if m.sentence_start == first_said[m.article]:
            opening[m.article].update(_first_name(m.local + m.context))
    out = np.zeros((len(units), len(units)), dtype=bool)
    arts = [ms[u[0]].article for u in units]
    for a, u in enumerate(units):
        for i in u:
            m = ms[i]
            name = [t for t in m.local + m.context if t.name and t.name == m.subject]
            own = {t.form for t in name if not t.place}
            if not any(t.place for t in name) or own & opening[m.article]:
                continue
            for b in range(len(units)):
                if arts[b] != m.article and scripts[arts[b]] == scripts[m.article] \
                        and not own & told[arts[b]] \
                        and all(_another_holder(ms[j], m.subject, own) for j in units[b]):
                    out[a, b] = out[b, a] = True
    # a bound or hedge that may cover the other amount ("more than $18 billion", "$17 billion")
    # is no sign of one holder: only the same amount is
    return out & (value < SAME_VALUE)


# A number ending right before a word, a unit word at most between: that word is the number's.
_NUMBER_BEFORE = re.compile(r"\d[\d,.]*\s*(?:\w{1,2}\s*)?$")
# Letters written on right after a name, no space between.
_GLUED = re.compile(r"[^\W\d_]*")
# Korean particles, longest first, so that "이며" is taken whole before "며" or "이".
_PARTICLES_LONGEST = sorted(PARTICLES, key=len, reverse=True)


def _opening_holder(m: Mention) -> str | None:
    """The name that opens an amount as its holder's (`_holder_opens`: "Orvel ($6.6 billion)",
    "오르벨(997억원)"): the name written right before it, else None."""
    names = [t for t in m.local + m.context if t.entity and t.end <= m.start]
    if not names:
        return None
    last = max(names, key=lambda t: t.end)
    s0 = m.sentence_start
    first = min((t.start for t in names if last.name and t.name == last.name), default=last.start)
    # a word right after a number is its unit or currency ("80억 크로네(약 3억 유로)"), no holder
    if _NUMBER_BEFORE.search(m.sentence, 0, first - s0):
        return None
    # a word glued to the name is the name's ("케스트론" + "생명(512억원)": 케스트론생명), up to
    # a particle ending it ("한빛물산은(1조원)", "한빛물산이(1조원)": one name, 한빛물산)
    glued = _GLUED.match(m.sentence, last.end - s0).group()
    own = next((glued[:-len(p)] for p in _PARTICLES_LONGEST if glued.endswith(p)), glued)
    return (last.name or last.form) + own \
        if _holder_opens(m.sentence, last.end - s0 + len(glued), m.start - s0) else None


def _other_holders(one: str | None, other: str | None) -> bool:
    """Whether two amounts of one sentence, opened by these holders' names (`_opening_holder`),
    are each its own holder's, the names sharing no word: a list of two holders' amounts, two
    facts whatever their values ("Orvel ($2 billion) and Brill ($2 billion)")."""
    # Why: equal or near amounts of such a list (two players' equal contracts, two units' near
    # equal stakes) joined one fact; value alone cannot part them, the list's names do
    return one is not None and other is not None \
        and not set(one.split()) & set(other.split())


def _named_holder(m: Mention) -> str | None:
    """The name written nearest before an amount in its sentence (`Token.name` of a name of
    several words), a place alone passed over (`is_place`: "in Nevada", "the Nevada company" say
    where, not who), else None."""
    names = [t.name or t.form for t in sorted(m.local + m.context, key=lambda t: t.start)
             if t.entity and t.end <= m.start and not is_place(t.name or t.form)]
    return names[-1] if names else None


def _another_holder(m: Mention, name: str, own: set[str]) -> bool:
    """Whether an amount has a holder named of its own (`_named_holder`) other than `name` and
    sharing none of its words `own` (the words of `name` but its place's)."""
    holder = _named_holder(m)
    return holder is not None and holder != name and not own & set(holder.split())


def _holder_opens(said: str, end: int, start: int) -> bool:
    """Whether the text between a name ending at `end` and an amount starting at `start` of
    `said`, past a possessive, opens the amount as its holder's (`HOLDER_OPENS`: "Orvel ($6.6
    billion)", "Orvel's ($6.6 billion)")."""
    gap = said[end:start]
    for mark in HOLDER_MARKS:
        gap = gap.removeprefix(mark)
    return gap.strip() in HOLDER_OPENS


def _first_name(toks) -> set[str]:
    """The words of the first name among `toks` (a sentence's): a name of several words whole
    (`Token.name`), its place words aside; none if it has no name."""
    first = min((t for t in toks if t.entity), key=lambda t: t.start, default=None)
    if first is None:
        return set()
    return {t.form for t in toks if t is first or first.name and t.name == first.name
            and first.start <= t.start and not t.place}


def _different_roles(ms: list[Mention], units: list[list[int]], value: np.ndarray,
                     alike: np.ndarray) -> np.ndarray:
    """True for two different amounts (`value`, `alike` as for the list rule) whose own words
    name them the values of two different things: "a stake worth $28bn" and "a roughly $33
    billion paper gain", "4500억원 규모의 차입" and "4400억원 규모 증자"; in one article, also
    one named so and one named by no role word."""
    named = [{ms[i].role for i in u} - {None} for u in units]
    role = np.array([min(n) if len(n) == 1 else "" for n in named], dtype=object)
    pairs = (role[:, None] != role[None, :]) & (role != "")[:, None] & (role != "")[None, :]
    # a results line only against another, or against money raised (`RAISED`): a deal's price is
    # told beside the line it is a multiple of, and its restatement beside its worth, but money a
    # firm raises is never a line of its results; and money raised only against a line
    line = np.array([r in RESULT_LINES for r in role])
    raised = role == RAISED
    pairs &= (line[:, None] == line[None, :]) & ~raised[:, None] & ~raised[None, :] \
        | line[:, None] & raised[None, :] | raised[:, None] & line[None, :]
    # One article naming one amount by what it is the value of (a share issue, a worth) and
    # another, different amount by no such word tells them apart: "증자에 참여해 5200억원에
    # 취득" beside "5100억원에 인수" is the money put in, not the price. A results line only
    # against another line, as above.
    art = np.array([ms[u[0]].article for u in units])
    named_one = (role != "") & ~line & ~raised
    pairs |= (art[:, None] == art[None, :]) & (named_one[:, None] & (role == "")[None, :]
                                              | (role == "")[:, None] & named_one[None, :])
    differ = (value < SAME_VALUE) & ~alike
    # an original number of one currency that differs makes another amount, whatever its
    # conversion matches: "$24.5 billion (about 3.5 trillion won)" is no second writing of
    # "$2.4 billion (about 3.5 trillion won)", one side of the one pair slipped
    for k, j in zip(*np.nonzero(np.triu(pairs & ~differ))):
        differ[k, j] = differ[j, k] = _written_apart([ms[i] for i in units[k]],
                                                     [ms[i] for i in units[j]])
    pairs &= differ
    # one amount written twice is no second thing, whatever words name it: a rounding of the
    # other ("$3.2 billion" of "$3.24 billion") or a digit slip of it ("$3.42 billion")
    for k, j in zip(*np.nonzero(np.triu(pairs & (art[:, None] == art[None, :])))):
        us, them = [ms[i] for i in units[k]], [ms[i] for i in units[j]]
        if _written_alike(us, them) and not _written_apart(us, them):
            pairs[k, j] = pairs[j, k] = False
    return pairs


def _written_apart(us: list[Mention], them: list[Mention]) -> bool:
    """Whether `us` and `them` both write an original amount (no conversion) of a currency in
    which none of their originals may be one amount as written (`_written_alike`)."""
    # Originals only: two amounts of one currency need no rate to differ, but a conversion's
    # number is its rate's (one amount converted on two days differs in won).
    us, them = [m for m in us if m.restates is None], [m for m in them if m.restates is None]
    shared = {m.currency for m in us} & {m.currency for m in them}
    return any(not _written_alike([m for m in us if m.currency == c],
                                  [m for m in them if m.currency == c]) for c in shared)


def within_rounding(a: Mention, b: Mention) -> bool:
    """Whether two stated amounts (`stated`: unit, low, high) may be one number as written: their
    rounding intervals overlap by more than a point (touching ends would need both rounded to
    their limits)."""
    return a.stated[1] < b.stated[2] and b.stated[1] < a.stated[2]


def _written_alike(us: list[Mention], them: list[Mention]) -> bool:
    """Whether an amount of `us` and one of `them`, of one currency, may be one amount as
    written: within each other's rounding (`stated`), or a digit slip (`digit_slips.relation`)."""
    pairs = [(a, b) for a in us for b in them
             if a.currency == b.currency and a.stated and b.stated and a.value > 0 < b.value]
    if any(within_rounding(a, b) for a, b in pairs):
        return True
    pairs = [(a, b) for a, b in pairs if digits_written(a.bound) and digits_written(b.bound)]
    if not pairs:
        return False
    both = [m for a, b in pairs for m in (a, b)]
    value = np.array([m.value for m in both])
    # the digits check's own inputs, precision as written and rounding unit, so a slip here is a
    # slip there
    precision = np.array([m.precision for m in both])
    unit = np.array([m.stated[0] for m in both])
    exact = np.array([m.bound == "exact" for m in both])
    first = np.arange(0, len(both), 2)
    return bool((relation(value, precision, exact, unit, first, first + 1) != NONE).any())


def _transposed(x: Mention, y: Mention) -> bool:
    """Whether two prices are the same digits in another order (1,934 and 1,943), by the digits
    check's own rule (`digit_slips.relation`)."""
    if not (x.stated and y.stated) or x.value <= 0 or y.value <= 0 \
            or not (digits_written(x.bound) and digits_written(y.bound)):
        return False
    value = np.array([x.value, y.value])
    precision = np.array([x.precision, y.precision])
    unit = np.array([x.stated[0], y.stated[0]])
    exact = np.array([x.bound == "exact", y.bound == "exact"])
    return bool(relation(value, precision, exact, unit, np.array([0]), np.array([1]))[0]
                == TRANSPOSED)


# The longest date one event's reports give (a month): a day or a month, never a year.
EVENT_SPAN = 31

def _equal_to_the_other(ms: list[Mention], units: list[list[int]], cannot: np.ndarray,
                        value: np.ndarray, alike: np.ndarray, stated_gap: np.ndarray,
                        sim: np.ndarray) -> np.ndarray:
    """True for a unit and an amount X of another article that keeps X apart from its amount Y,
    when the unit is Y (equal; `sim`: one fact) and cannot be X (`stated_gap`): a total, no part."""
    art = np.array([ms[u[0]].article for u in units])
    one_article = art[:, None] == art[None, :]
    equal = _same_amount(ms, units, value) & ~alike
    differ = ~equal & ~alike
    # equal amounts of two times their texts name are two facts (a flat revenue's quarter and
    # the year-ago quarter), so one is no evidence that the other's neighbour is another fact
    dated = _own_dates(ms, units)
    for k, j in zip(*np.nonzero(equal)):
        equal[k, j] = not _of_other_times(dated[k], dated[j])
    kept_apart = cannot & one_article & differ
    equal &= ~one_article & (sim >= THRESHOLD)
    # an amount equal to the other only through a rate tells nothing when a rate of its time may
    # make it this one too: a month's dollars may be either of two won amounts 2 % apart at that
    # month's rates, as the checks widen them; equal as written (a currency in common), it is
    # that amount whatever the rate
    currencies = [{ms[i].currency for i in u} for u in units]
    shared = np.array([[bool(a & b) for b in currencies] for a in currencies])
    as_written = _kept_by(equal & shared, kept_apart)
    through_rate = _kept_by(equal & ~shared, kept_apart)
    beside = differ & ~one_article & (np.nan_to_num(stated_gap, nan=0.0) > 0)
    for k, j in zip(*np.nonzero(through_rate & ~as_written & beside)):
        through_rate[k, j] = not _one_at_a_rate([ms[i] for i in units[k]],
                                                [ms[i] for i in units[j]])
    out = (as_written | through_rate) & beside
    return out | out.T


def _kept_by(equal: np.ndarray, kept_apart: np.ndarray) -> np.ndarray:
    """True for a unit equal to an amount X (`equal`) and an amount X is kept apart from."""
    return (equal.astype(np.float32) @ kept_apart.astype(np.float32)) > 0


def _one_at_a_rate(us: list[Mention], them: list[Mention]) -> bool:
    """Whether `us` and `them`, of no currency in common, hold two amounts that may be one at a
    rate of our as_of, a day or a month (one event's span; a year's rates span too much to tell
    anything), as the checks read a figure of another currency (its ECB band widened for the rate
    source)."""
    if {m.currency for m in us} & {m.currency for m in them}:
        return False
    for a in us:
        ours = _closed(a)
        if ours is None or not _one_event_long(a.as_of) or names_more_than_a_month(a.as_of_from):
            continue
        for b in them:
            theirs = _closed(b)
            if theirs is None:
                continue
            try:
                band = fx_band(b.currency, a.currency, a.as_of)
            except (PeriodError, ValueError, KeyError):
                continue
            low, high = widen(band["rate_low"], band["rate_high"])
            if theirs[0] * low < ours[1] and ours[0] < theirs[1] * high:
                return True
    return False


def _one_event_long(as_of: str) -> bool:
    """Whether a date is a day or a month: no longer than one event's reports span."""
    try:
        period = parse_period(as_of)
    except PeriodError:
        return False
    return (period.last - period.first).days <= EVENT_SPAN


def _same_amount(ms: list[Mention], units: list[list[int]], value: np.ndarray) -> np.ndarray:
    """True for two units stating one amount: numbers of a currency they share within
    SAME_AMOUNT_ONE_CURRENCY (not its dollars at two days' rates), else dollars within SAME_VALUE."""
    n = len(units)
    shared, same = np.zeros((n, n), dtype=bool), np.zeros((n, n), dtype=bool)
    entries: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for k, u in enumerate(units):
        for i in u:
            entries[ms[i].currency].append((k, ms[i].value))
    for pairs in entries.values():
        who = np.zeros((len(pairs), n), dtype=np.float32)
        who[np.arange(len(pairs)), [k for k, _ in pairs]] = 1.0
        x = np.array([v for _, v in pairs], dtype=float)
        near = _one_number(x[:, None], x[None, :])
        has = who.sum(axis=0) > 0
        shared |= has[:, None] & has[None, :]
        same |= (who.T @ near.astype(np.float32) @ who) > 0
    return np.where(shared, same, value >= SAME_VALUE)


def _last_digit(precision: float, total: float) -> float:
    """How far a sum may lie from an amount that states it to its last digit (`precision`): half
    that digit, and no further than rounding (SAME_AMOUNT_ONE_CURRENCY of `total`)."""
    return min(precision / 2, SAME_AMOUNT_ONE_CURRENCY * total)


def _one_number(x, y):
    """Whether numbers of one currency are one amount: apart by no more than rounding
    (SAME_AMOUNT_ONE_CURRENCY of the larger); numbers or arrays, as numpy broadcasts them."""
    return np.abs(x - y) <= SAME_AMOUNT_ONE_CURRENCY * np.maximum(np.abs(x), np.abs(y))


def _named_for_another_in_a_list(ms: list[Mention], units: list[list[int]], cannot: np.ndarray,
                                 value: np.ndarray, alike: np.ndarray,
                                 scripts: Sequence[str]) -> np.ndarray:
    """True for a unit and a member of another article's list (amounts of one sentence that
    cannot be one) when the names the unit is written with, of those the list's sentence has,
    are another member's own and none of this member's: "Orbit bought Lumen for $203 billion,
    and Brill bought Kestrel for $165 billion" tells that "Orbit paid $172 billion for Lumen" is
    not the $165 billion.
    A member's own names are those between it and its neighbour on the side the list writes
    them: after the amounts when its last member has names after it, else before. `value`,
    `alike`: an amount equal to the member, or that may be it, is another statement of it,
    whatever its names. A list whose every member has its holder's name right before it
    (`HOLDER_MARKS`: "B의 5년 8500만달러", "B's $85 million") also keeps each member from a
    different amount of an article of its script (`scripts`, by article) with none of its names
    among its words, unless the list's own article opens with that holder (its subject)."""
    own_names = [{t.form for i in u for t in ms[i].local if t.entity} for u in units]
    # every word an article's amounts are told with, names or not ("Torres signed ...": the
    # sentence's first word is no name to the reader), and the words of its opening: its
    # headline or first sentence, and its first sentence stating an amount
    told: dict[int, set[str]] = defaultdict(set)
    opening: dict[int, set[Token]] = defaultdict(set)
    first_said: dict[int, int] = {}
    for m in ms:
        told[m.article].update(t.form for t in m.local + m.context + m.lead)
        opening[m.article].update(m.lead)
        first_said[m.article] = min(first_said.get(m.article, m.sentence_start), m.sentence_start)
    for m in ms:
        if m.sentence_start == first_said[m.article]:
            opening[m.article].update(m.local + m.context)
    unit_of = {i: k for k, u in enumerate(units) for i in u}
    at: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        at[(m.article, m.sentence_start)].append(i)
    out = np.zeros((len(units), len(units)), dtype=bool)
    for members in at.values():
        ks = sorted({unit_of[i] for i in members},
                    key=lambda k: min(ms[i].start for i in members if unit_of[i] == k))
        if len(ks) < 2:
            continue
        first = ms[members[0]]
        names = sorted({(t.start, t.end, t.form) for t in first.local + first.context
                        if t.entity})
        spans = [(min(ms[i].start for i in members if unit_of[i] == k),
                  max(ms[i].end for i in members if unit_of[i] == k)) for k in ks]
        edges = [first.sentence_start] + [e for _, e in spans]
        ends = [s for s, _ in spans[1:]] + [first.sentence_start + len(first.sentence)]
        before = [{f for s, e, f in names if edges[n] <= s and e <= spans[n][0]}
                  for n in range(len(ks))]
        after = [{f for s, e, f in names if spans[n][1] <= s and e <= ends[n]}
                 for n in range(len(ks))]
        # a member whose holder's name opens it ("Orvel ($6.6 billion)") owns the names before
        # it, whatever names follow the last
        opened_by = [any(_holder_opens(first.sentence, e - first.sentence_start,
                                       spans[n][0] - first.sentence_start)
                         for b, e, _ in names if edges[n] <= b and e <= spans[n][0])
                     for n in range(len(ks))]
        mine = before if all(opened_by) else after if after[-1] else before
        every = {f for _, _, f in names}
        article = first.article
        # a list naming each member's holder ("A의 5년 9000만달러, B's $85 million"): an article
        # of its script that names none of a member's holder states no amount of that holder's,
        # unless the holder is the one its own opening names, the story's subject, whom another
        # article may call by a description alone ("the club's outfielder")
        said, s0 = first.sentence, first.sentence_start
        held = [any(said.startswith(HOLDER_MARKS, e - s0) or said[b - s0:e - s0].endswith(HOLDER_MARKS)
                    for b, e, _ in names if edges[n] <= b and e <= spans[n][0])
                for n in range(len(ks))]
        held = [h or o for h, o in zip(held, opened_by)]
        own_holders = (not after[-1] or all(opened_by)) and all(held) and all(
            not mine[x] & mine[y] for x in range(len(ks)) for y in range(len(ks)) if x != y)
        # each member's own name is then its holder's alone, not every name before it: an
        # article of the story names the story's firm, not the rival the list compares it with
        holder = [_holder_words(first, spans[n][0], edges[n]) for n in range(len(ks))]
        if own_holders and all(holder):
            mine = holder
        # the opening's words outside the list
        opened = {t.form for t in opening[article] if not s0 <= t.start < s0 + len(said)}
        for a in range(len(units)) if own_holders else ():
            other = ms[units[a][0]].article
            if other == article or scripts[other] != scripts[article]:
                continue
            for nc, c in enumerate(ks):
                if not (told[other] | opened) & mine[nc]:
                    out[a, c] = out[c, a] = True
        for a in range(len(units)):
            if ms[units[a][0]].article == article:
                continue
            written = own_names[a] & every
            for nb, b in enumerate(ks):
                if not written & mine[nb]:
                    continue
                for nc, c in enumerate(ks):
                    if cannot[b, c] and mine[nc] and not written & (before[nc] | after[nc]):
                        out[a, c] = out[c, a] = True
    return out & (value < SAME_VALUE) & ~alike


def _holder_words(m: Mention, start: int, edge: int) -> set[str]:
    """The words of the name a possessive marks the holder of the list member starting at `start`
    (`HOLDER_MARKS`: "Orvel Motors's $5 billion": orvel, motors), the last such name after `edge`."""
    said, s0 = m.sentence, m.sentence_start
    toks = [t for t in m.local + m.context if t.entity and edge <= t.start and t.end <= start]
    marked = [t for t in toks if said.startswith(HOLDER_MARKS, t.end - s0)
              or said[t.start - s0:t.end - s0].endswith(HOLDER_MARKS)]
    if not marked:
        return set()
    last = max(marked, key=lambda t: t.end)
    return {t.form for t in toks if t is last or last.name and t.name == last.name}


def _different_amounts(a: Mention, b: Mention) -> bool:
    """Two amounts of one sentence that cannot be one: of one currency, apart by more than
    rounding, hedged or not (a list: "about $6.1 billion for steel and about $6.3 billion for
    energy"); else dollar values apart by more than a rate could explain, unless a bound or
    hedge covers the other (`_compatible`: "more than 1 trillion won, ... $1 billion")."""
    if _another(a, b) or _another(b, a):
        return True
    if a.currency == b.currency:
        return not _one_number(a.value, b.value)
    return abs(a.usd - b.usd) > SAME_AMOUNT * max(abs(a.usd), abs(b.usd)) \
        and not _compatible(a, b)


# An amount its words right before call one more sum (`ANOTHER_AMOUNT_BEFORE`: "with another").
_ANOTHER = re.compile(r"(?i)\b(?:" + "|".join(re.escape(w) for w in ANOTHER_AMOUNT_BEFORE)
                      + r")\s+$")


def _another(a: Mention, b: Mention) -> bool:
    """Whether `b`, later in the sentence than `a` and of its currency, is written as one more
    sum ("another") of a different number: an equal one ("$900 million ..., a further $900
    million") restates `a`."""
    return b.start > a.start and a.currency == b.currency and not _one_number_as_written(a, b) \
        and bool(_ANOTHER.search(b.sentence[:b.start - b.sentence_start]))


def _one_number_as_written(a: Mention, b: Mention) -> bool:
    """Whether two numbers of one currency are one number as written: the finer, rounded at the
    coarser's last digit, is the coarser ("$0.9 billion", "$900 million"; "$1.23 billion" of
    "$1.2 billion"), exactly equal when no digit's place is known."""
    unit = max(a.precision, b.precision)
    # the float slack keeps a value exactly half a unit away (a tie rounding up) in
    return abs(a.value - b.value) <= unit / 2 * (1 + 1e-9) if unit > 0 \
        else math.isclose(a.value, b.value)


def _compatible(a: Mention, b: Mention) -> bool:
    """Whether two amounts, one of them hedged, a bound or a range, may be one figure: their stated
    intervals overlap, across currencies in dollars within the rate-source allowance. A
    bound's open side is closed one rounding unit past its number, as a writer bounds a figure
    by rounding it: "12조 원이 넘는" covers "약 12조 3000억 원", not 15조."""
    if a.bound not in HEDGED and b.bound not in HEDGED:
        return False
    one, other = _closed(a), _closed(b)
    if one is None or other is None:
        return False
    if a.currency == b.currency:
        return one[0] < other[1] and other[0] < one[1]
    if not (a.usd and b.usd):
        return False
    (lo1, hi1), (lo2, hi2) = ((lo * m.usd / m.value, hi * m.usd / m.value)
                              for m, (lo, hi) in ((a, one), (b, other)))
    window = 1 + RATE_ALLOWANCE
    return lo1 < hi2 * window and lo2 < hi1 * window


def _closed(m: Mention) -> tuple[float, float] | None:
    """An amount's stated interval, a bound's open side closed one rounding unit past its
    number; None without a positive value."""
    if m.stated is None or not m.value > 0:
        return None
    unit, low, high = m.stated
    if m.bound == "at_least":
        high = min(high, m.value + unit)
    elif m.bound == "at_most":
        low = max(low, m.value - unit)
    return low, high


def _compatible_units(ms: list[Mention], units: list[list[int]]) -> np.ndarray:
    """True for two units of one article holding amounts that may be one (`_compatible`)."""
    unit_of = {i: k for k, u in enumerate(units) for i in u}
    by_article: dict[int, list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        by_article[m.article].append(i)
    out = np.zeros((len(units), len(units)), dtype=bool)
    for members in by_article.values():
        hedged = [i for i in members if ms[i].bound in HEDGED]
        for i in hedged:
            for j in members:
                a, b = unit_of[i], unit_of[j]
                if a != b and not out[a, b] and _compatible(ms[i], ms[j]):
                    out[a, b] = out[b, a] = True
    return out


def _unlike_in_one_article(ms: list[Mention], units: list[list[int]], sim: np.ndarray,
                           value: np.ndarray, alike: np.ndarray) -> np.ndarray:
    """True for two different amounts of one article whose own evidence (their values, words,
    holder: the article adds none) stays below ARTICLE_OWN_EVIDENCE: the article tells them
    apart, so other articles must not join them through a third figure. `alike`: the pairs that
    may be one amount though their values differ (a slipped unit, a bound or hedge covering
    the other)."""
    art = np.array([ms[u[0]].article for u in units])
    return (art[:, None] == art[None, :]) & (value < SAME_VALUE) & ~alike \
        & (sim < ARTICLE_OWN_EVIDENCE)


def _average_linkage(sim: np.ndarray, cannot: np.ndarray, threshold: float) -> list[list[int]]:
    """Average-linkage agglomeration on similarities that never merges two clusters holding a
    cannot-link pair; stops when no two clusters are at least `threshold` similar. Each merge
    takes the first most similar pair in row order (`_Best`)."""
    n = len(sim)
    s = sim.astype(float).copy()
    np.fill_diagonal(s, -np.inf)
    blocked = cannot.copy()
    size = np.ones(n)
    alive = np.ones(n, dtype=bool)
    members = [[i] for i in range(n)]
    best = _Best(np.where(blocked, -np.inf, s))
    while True:
        a, b = best.pair()
        if best.cand[a, b] < threshold:
            break
        # Lance-Williams update for average linkage: the merged row is the size-weighted mean.
        s[a] = (size[a] * s[a] + size[b] * s[b]) / (size[a] + size[b])
        s[:, a] = s[a]
        s[a, a] = -np.inf
        blocked[a] |= blocked[b]
        blocked[:, a] = blocked[a]
        size[a] += size[b]
        members[a] += members[b]
        alive[b] = False
        s[b, :] = s[:, b] = -np.inf
        blocked[b, :] = blocked[:, b] = False
        best.merged(a, b, np.where(blocked[a], -np.inf, s[a]))
    return [members[i] for i in range(n) if alive[i]]


class _Best:
    """The linkable similarities (-inf where blocked) with each row's maximum and the first
    column holding it, so that the first most similar pair in row order (what `np.argmax` of the
    whole matrix gives) is found from the rows' maxima; a merge changes two rows and two columns,
    and only the rows whose maximum it touches are read again, not the whole matrix."""

    def __init__(self, cand: np.ndarray):
        self.cand = cand
        self.arg = np.argmax(cand, axis=1) if len(cand) else np.zeros(0, dtype=np.intp)
        self.top = cand[np.arange(len(cand)), self.arg]

    def pair(self) -> tuple[int, int]:
        row = int(np.argmax(self.top))
        return row, int(self.arg[row])

    def merged(self, a: int, b: int, row: np.ndarray) -> None:
        """Cluster `b` merged into `a`, whose similarities (symmetric) are now `row`."""
        cand = self.cand
        cand[a] = row
        cand[:, a] = row
        cand[b, :] = cand[:, b] = -np.inf
        was = self.arg.copy()
        col = cand[:, a]
        # a row's new value in column a above its maximum, or equal to it in an earlier column
        up = (col > self.top) | ((col == self.top) & (a < was))
        self.top[up] = col[up]
        self.arg[up] = a
        # a row whose maximum stood in column a (now lower) or b (now gone), or whose new value in
        # column a is NaN (which np.argmax takes first), is read again
        redo = (~up & ((was == a) | (was == b))) | np.isnan(col)
        redo[[a, b]] = True
        for i in np.nonzero(redo)[0]:
            self.arg[i] = np.argmax(cand[i])
            self.top[i] = cand[i, self.arg[i]]


def _join_slipped_units(ms: list[Mention], units: list[list[int]], clusters: list[list[int]],
                        sim: np.ndarray, hard: np.ndarray, gap: np.ndarray) -> list[list[int]]:
    """Clusters with an amount left alone joined to the fact of the amount of its own article
    it slips a unit word of: its number as written, a thousand times or more apart ("a fine of
    $853" beside the article's "$853 million"). The far-apart cannot-link kept it from the
    fact's other statements ("$854 million"), which its own article's amount explains; any
    other cannot-link (`hard`) still keeps it out."""
    fact = np.empty(len(units), dtype=int)
    for c, us in enumerate(clusters):
        fact[us] = c
    one = math.log10(FAR_APART_RATIO)
    of_article: dict[int, list[int]] = defaultdict(list)
    for k, u in enumerate(units):
        of_article[ms[u[0]].article].append(k)
    moved: dict[int, int] = {}
    for c, us in enumerate(clusters):
        if len(us) != 1:
            continue
        k = us[0]
        partners = {int(fact[j]) for j in of_article[ms[units[k][0]].article] if j != k
                    and _slipped_unit(ms, units[k], units[j]) and sim[k, j] >= THRESHOLD}
        if len(partners) != 1:
            continue
        target = partners.pop()
        if len(clusters[target]) < 2:
            continue
        own = [j for j in clusters[target] if _slipped_unit(ms, units[k], units[j])]
        # every other statement of the fact lies within one amount of the slipped one's
        # partner, and no other rule keeps the unit from any of them
        if hard[k, clusters[target]].any() or not all(
                (np.nan_to_num(gap[own, j], nan=np.inf) <= one).any() or j in own
                for j in clusters[target]):
            continue
        moved[c] = target
    joined: dict[int, list[int]] = defaultdict(list)
    for c, target in moved.items():
        joined[target] += clusters[c]
    return [us + joined[c] for c, us in enumerate(clusters) if c not in moved]


def _slipped_unit(ms: list[Mention], small: list[int], other: list[int]) -> bool:
    """Whether an amount of `small` is one of `other`'s of its own article, written with the
    same number, a unit word (a thousand or more) below it: "$853" and "$853 million". A price
    (per share, per year, or a stage's: "closed at $20") is its own figure, not a sum slipped:
    "$20 for each share" beside "$20 billion" is the coincidence a round number makes; so is an
    amount of another time ("fined $2 million last year" beside "fined $2 billion on Monday"):
    a slipped unit is the same statement made again, of the same time. A repetition with its unit
    dropped seldom restates its date ("$853 million last year ... a sum of $853"), so `a` is of
    another time only by a date of its own, `b` by any date, its article's too."""
    for i in small:
        for j in other:
            a, b = ms[i], ms[j]
            # a slip repeats the number as written, its sign too (a deficit's "-2014억원"
            # beside assets' "2968억원" is two quantities, and a log of their ratio has no value)
            if a.article != b.article or not (a.usd and b.usd and a.usd * b.usd > 0) \
                    or a.currency != b.currency or a.priced_by_share or a.per or a.stages \
                    or _of_other_times(_own_date(a), {b.as_of} - {None, ""}):
                continue
            tens = math.log10(b.usd / a.usd)
            if round(tens) >= SLIP_UNIT_POWER and whole_power(tens) \
                    and _written(a.span) and _written(a.span) == _written(b.span):
                return True
    return False


def _same_time(x: str, y: str) -> bool:
    """Whether two amounts' own dates (a year, a month, a day, as their dating gives them) share
    a day: "2024" and "2025-03-10" do not; "2025" and "2025-03-10" do. No date says nothing."""
    if not (x and y) or x == y:
        return True
    try:
        return parse_period(x).overlaps(parse_period(y))
    except PeriodError:
        return True


def _join_remaining_parts(ms: list[Mention], units: list[list[int]], clusters: list[list[int]],
                          cannot: np.ndarray) -> tuple[list[list[int]], dict[str, str]]:
    """Clusters with a misstated part joined to its fact, and its mentions' keys → the key of
    the part it stands for: where an article lists parts (amounts of one sentence and currency)
    that add up to a total it states, another article stating that total and listing as many
    parts in the same order, all but one of them the same facts, lists the same breakdown; its
    remaining part, if no other article states it, is the first's remaining one ("US$250
    billion and US$150 billion" beside "$200 billion and $150 billion" of $350 billion). A list
    that adds up to a total of its own article is that total's breakdown, not a misstated one."""
    fact = np.empty(len(units), dtype=int)
    for c, us in enumerate(clusters):
        fact[us] = c
    articles = [{ms[i].article for u in us for i in units[u]} for us in clusters]
    lists = _sentence_lists(ms, units, cannot)
    # Per list, the totals of its own article it adds up to: (the total's fact, the parts).
    sums = [_breakdowns(ms, units, fact, art, us) for art, us in lists]
    joined = Components(range(len(clusters)))
    stands_for: dict[str, str] = {}
    for (art, _), breakdowns in zip(lists, sums):
        for total, reference in breakdowns:
            for (other, us), own in zip(lists, sums):
                if other == art or other not in articles[total] or own:
                    continue
                parts = [u for u in us if fact[u] != total]
                if len(parts) != len(reference):
                    continue
                # Place by place: a list naming one part and a piece of another ("$30 billion
                # for the grid and the first $45 billion of the cells") is no breakdown.
                differ = [(u, v) for u, v in zip(parts, reference) if fact[u] != fact[v]]
                if len(differ) != 1:
                    continue
                u, v = differ[0]
                if articles[fact[u]] != {other}:
                    continue
                a, b = joined.find(fact[u]), joined.find(fact[v])
                both = [w for c in range(len(clusters)) if joined.find(c) in (a, b)
                        for w in clusters[c]]
                if a != b and not cannot[np.ix_(both, both)].any():
                    joined.join(a, b)
                    stands_for.update((ms[i].key, ms[units[v][0]].key)
                                      for w in clusters[fact[u]] for i in units[w])
    return [[u for c in group for u in clusters[c]] for group in joined.groups()], stands_for


def _breakdowns(ms: list[Mention], units: list[list[int]], fact: np.ndarray, article: int,
                listed: list[int]) -> list[tuple[int, list[int]]]:
    """(the total's fact, the parts' units) for each amount of its article that a sentence's
    list adds up to (within PARTS_ADD_UP), the total left out of the list if it is in it."""
    money = {u: ms[units[u][0]] for u in listed}
    currency = money[listed[0]].currency
    out = []
    for unit, whole in _totals_of(ms, units, fact, article, currency):
        parts = [u for u in listed if fact[u] != fact[unit]]
        if add_up([money[u].value for u in parts], whole):
            out.append((fact[unit], parts))
    return out


def _sentence_lists(ms: list[Mention], units: list[list[int]],
                    cannot: np.ndarray) -> list[tuple[int, list[int]]]:
    """Each sentence's list: (article, its units in order) for two or more amounts of one
    currency that cannot be one fact, conversions and amounts per period left out."""
    unit_of = {i: k for k, u in enumerate(units) for i in u}
    at: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        if m.restates is None and not m.per:
            at[(m.article, m.sentence_start)].append(i)
    out = []
    for (art, _), idx in at.items():
        idx.sort(key=lambda i: ms[i].start)
        us = list(dict.fromkeys(unit_of[i] for i in idx))
        if len(us) >= 2 and len({ms[i].currency for i in idx}) == 1 \
                and all(cannot[a, b] for a in us for b in us if a != b):
            out.append((art, us))
    return out


def _totals_of(ms: list[Mention], units: list[list[int]], fact: np.ndarray, article: int,
               currency: str) -> list[tuple[int, float]]:
    """(unit, value) of the amounts of one currency an article states, one per fact: the
    candidates for the total a list of its parts adds up to."""
    seen: dict[int, tuple[int, float]] = {}
    for k, u in enumerate(units):
        for i in u:
            m = ms[i]
            if m.article == article and m.currency == currency and not m.per \
                    and fact[k] not in seen:
                seen[fact[k]] = (k, m.value)
    return list(seen.values())


def _cohesion(sim: np.ndarray, cluster: list[int]) -> float:
    """Mean pairwise similarity of a cluster's units (1.0 for one unit)."""
    if len(cluster) < 2:
        return 1.0
    sub = sim[np.ix_(cluster, cluster)]
    k = len(cluster)
    return float(max(0.0, min(1.0, (sub.sum() - k) / (k * (k - 1)))))


# --- a conversion repeated ------------------------------------------------------------------

# A figure dated only by its article's news date or its publication: its text gives it no time
# of its own, so it may be an earlier statement's figures repeated.
_NEWS_DATED = ("article", "published")
# A pair its sentence marks recurring or of a new period ("an annual dividend", "올해 기술료")
# is that period's amount, though it repeats the last one's: never a repeat. The per-period
# words are the reader's, each a whole word (a lone 연 inside 연구 is none) and not a time
# ("a year earlier"); RECURRING_WORDS adds the words of a series that are no rate.


def _whole(word: str) -> str:
    # a Korean word may carry its particle ("매년의")
    glued = "" if word[-1].isascii() else "(?:" + "|".join(map(re.escape, PARTICLES)) + ")?"
    return ((r"(?<!\w)" if word[0].isalnum() else "") + re.escape(word)
            + (glued + r"(?!\w)" if word[-1].isalnum() else ""))


_PER_WORD = (r"(?:" + "|".join(_whole(w) for w in sorted({*PER_BEFORE, *PER_AFTER}, key=len,
                                                            reverse=True))
             + r")(?!\s(?:" + "|".join(_whole(w) for w in PER_AFTER_NOT_BEFORE) + r"))")
_RECURRING = re.compile("|".join([_PER_WORD, *(rf"(?<![A-Za-z]){re.escape(w)}"
                                               for w in RECURRING_WORDS)]), re.IGNORECASE)


def join_repeated_conversions(facts: list[Fact], mentions: Sequence[Mention],
                              days: Sequence[int]) -> tuple[list[Fact], dict[str, str]]:
    """A conversion whose pair (both currencies; each amount within the other's rounding; the
    pair pinning one day's rate, `uncertainty.pins_one_rate`) was stated in another fact, in an
    article published on an earlier day, and whose own words date it not (`_NEWS_DATED`), is
    that conversion repeated: a later stage's report (a sale's completion) copying the figures
    of its signing. It and its original join the fact of the earliest such statement. A pair
    its sentence dates ("signed on the 19th") is of that day: a second order of the same size.
    Returns the facts and, of each figure moved, the key of the figure it repeats (the
    conversion's, or its original's): its time is that one's."""
    by_key = {m.key: m for m in mentions}
    fact_of = {k: n for n, f in enumerate(facts) for k in f.keys}
    by_article: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article].append(m)
    pairs = []
    for m in mentions:
        o = by_key.get(f"{m.article}:{m.restates}") if m.restates is not None else None
        if o is None or m.stated is None or o.stated is None or m.key not in fact_of:
            continue
        if pins_one_rate(m.value, m.stated[0], o.value, o.stated[0]):
            pairs.append((m, o))
    pairs.sort(key=lambda p: (days[p[0].article], p[0].key))
    moved: dict[str, str] = {}
    for m, o in pairs:
        if m.as_of_basis not in _NEWS_DATED or m.per or o.per \
                or _RECURRING.search(m.sentence):
            continue
        first = next(((fm, fo) for fm, fo in pairs
                      if days[fm.article] < days[m.article] and fm.key not in moved
                      and fact_of[fm.key] != fact_of[m.key]
                      and (fo.currency, fm.currency) == (o.currency, m.currency)
                      and _within_roundings(fo, o) and _within_roundings(fm, m)
                      and _one_story(by_article[m.article],
                                     [by_key[k] for k in facts[fact_of[fm.key]].keys])),
                     None)
        if first is None:
            continue
        for mine, theirs in zip((m, o), first):
            if mine.key in fact_of:
                moved[mine.key] = theirs.key
    if not moved:
        return facts, {}
    keys: list[list[str]] = [[k for k in f.keys if k not in moved] for f in facts]
    for k, theirs in moved.items():
        keys[fact_of[theirs]].append(k)
    out = [Fact(tuple(ks), f.cohesion, tuple(s for s in f.stands_for if s[0] in ks))
           for f, ks in zip(facts, keys) if ks]
    return out, moved


def _one_story(ours: Sequence[Mention], theirs: Sequence[Mention]) -> bool:
    """Whether the later article's names and the earlier group's tell one story, by the measure
    and floor that link articles (`name_similarity`, STORY_LINK, names only): the repeated pair
    alone is no evidence of one deal."""
    return name_similarity([story_names(ours), story_names(theirs)])[0, 1] >= STORY_LINK


def _within_roundings(a: Mention, b: Mention) -> bool:
    return abs(a.value - b.value) <= (a.stated[0] + b.stated[0]) / 2
