"""Articles → proposed figures: each article's money mentions (mentions.py), grouped into facts
(grouping.py), named (naming.py), written as rows of the figures.csv schema."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Collection, Sequence

import numpy as np

from currency.data.periods import parse_period
from currency.lang import (
    COMPUTED_AT,
    CUMULATIVE_WORDS,
    LIST_JOINERS,
    PART_MARKERS,
    REST_MARKERS,
    SUM_JOINERS,
    WHOLE_MARKERS,
)
from currency.lang.patterns import spaced
from reconcile.model.digit_slips import digits_written, slips_of_first
from reconcile.scan.editions import edition_links, edition_pairs
from reconcile.scan.grouping import (
    EVENT_SPAN,
    Fact,
    add_up,
    group_mentions,
    join_repeated_conversions,
    within_rounding,
)
from reconcile.scan.mentions import (
    ARTICLE_DATE_BASES,
    OWN_DATE_BASES,
    REPORT_DATE_BASES,
    SENTENCE_DATE_BASES,
    Mention,
    dated_in_own_clause,
    mentions_of,
    money_candidates,
    printed_once,
)
from reconcile.scan.model import Article, Group, ScanResult
from reconcile.scan.naming import metric_names
from reconcile.store.figures import COLUMNS, NOTE_PARTS, guessed_currency_note

# How much each basis of a figure's own date weighs when its fact's one as_of is chosen.
AS_OF_WEIGHT = {"sentence": 2.0, "deal": 2.0, "then": 2.0, "article": 1.5, "published": 1.0}
AS_OF_WORDS = {"sentence": "from its sentence",
               "deal": "from an earlier sentence dating the deal it states the terms of",
               "then": "from an earlier sentence, which its 'at the time' points at",
               "article": "from the article's news date",
               "published": "from the publication date"}
# A publication day is local: an event abroad can carry the next day's date in its report.
SLACK = dt.timedelta(days=1)
# A report bounds its event by one day: what was done by the 9th was not done on the 10th.
DAY = dt.timedelta(days=1)
# The dates of one event's reports, pooled into one time before the fact's time is chosen: an
# offering's pricing, allotment and listing fall within days of each other, as the labelled
# dates of one fact do (at most 7 days apart on the development corpora; different times of a
# fact, months). Only days and months pool; a longer period is a time of its own.
EVENT_GAP = dt.timedelta(days=7)
# Articles read per batch: their sentences go to the Korean analyser in one call.
# (Progress is still reported per article, as each one's amounts are read.)
BATCH = 64
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# A marker as a word of its own: "중" but not "중국".
def _words(words: Sequence[str]) -> re.Pattern:
    """Any of `words` as a word of its own ("+" too, which has no letters to bound)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.I)


_PART = _words(PART_MARKERS)
_SUM, _LIST, _WHOLE, _REST = map(_words, (SUM_JOINERS, LIST_JOINERS, WHOLE_MARKERS,
                                          REST_MARKERS))
# A break between clauses: words of a whole beyond it speak of another clause's amounts ("A and
# B last year; it has raised a total of C").
_CLAUSE = re.compile(r"[;:()\u2013\u2014]")


def scan_articles(articles: Sequence[Article], *, taken_ids: Collection[str] = (),
                  on_article: Callable[[Article], None] | None = None) -> ScanResult:
    """Propose figures for `articles`: every money amount, grouped into named facts."""
    mentions: list[Mention] = []
    notes: list[str] = []
    copies: dict[str, int] = {}         # mention key -> times its sentence is printed
    for first in range(0, len(articles), BATCH):
        chunk = list(enumerate(articles[first:first + BATCH], start=first))
        found = _read_batch(chunk, notes, copies, on_article)
        for (_, article), ms in zip(chunk, found):
            if ms is not None and not ms:
                notes.append(f"{article.path}: no money amount read with high confidence")
            elif ms and article.published is None:
                # a figure needs its publication date (figures.csv requires it); never guessed
                notes.append(f"{article.path}: {len(ms)} money amounts not proposed: the "
                             "article has no publication date")
                ms = []
            mentions += ms or []
    scripts = [script_of(a) for a in articles]
    days = [a.published.toordinal() if a.published else 0 for a in articles]
    editions = edition_links(mentions, edition_pairs(articles, scripts))
    facts, repeats = join_repeated_conversions(group_mentions(mentions, scripts, days, editions),
                                               mentions, days)
    by_key = {m.key: m for m in mentions}
    facts, when = _dated(facts, by_key, repeats, articles)
    members = [[by_key[k] for k in f.keys] for f in facts]
    names = metric_names(members)
    ids = _ids(mentions, articles, set(taken_ids))
    metric_of = {m.key: name for name, ms in zip(names, members) for m in ms}
    marked, complete = _marked_parts(mentions, metric_of, [a.text for a in articles])
    part_of = {**marked, **_parts(mentions, metric_of)}
    for key, first in repeats.items():
        # a conversion repeated is of its first statement's time: its rate is that day's
        when[key] = (when[first][0], f"{when[first][0]}, the time of {ids[first]}, whose "
                     "conversion pair (both amounts, within their rounding) it repeats, "
                     "published earlier")
    rows, groups = [], []
    for fact, ms, name in zip(facts, members, names):
        stands_for = dict(fact.stands_for)
        for m in sorted(ms, key=lambda m: (m.article, m.start)):
            rows.append(_row(m, articles[m.article], ids, name, fact.cohesion, *when[m.key],
                             part_of.get(m.key), copies.get(m.key, 1),
                             ids.get(stands_for.get(m.key, "")), m.key in complete))
        groups.append(Group(name, tuple(ids[m.key] for m in ms), round(fact.cohesion, 3),
                            tuple(dict.fromkeys(m.sentence for m in ms))))
    rows.sort(key=lambda r: r["id"])
    return ScanResult(tuple(rows), tuple(groups), tuple(notes),
                      {ids[k]: n for k, n in copies.items()})


def _dated(facts: Sequence[Fact], by_key: dict[str, Mention], repeats: dict[str, str],
           articles: Sequence[Article]) -> tuple[list[Fact], dict[str, tuple[str, str]]]:
    """Each fact's figures' as_of and why (`group_as_of`; a repeated conversion is dated later,
    by its first statement). An early report a later event passed over that states an amount
    of its own (`_a_stage_of_its_own`) becomes a fact of its own: a deal's value at its
    announcement and at its contract are two quantities, not one misquoted."""
    out: list[Fact] = []
    when: dict[str, tuple[str, str]] = {}
    # Korean-language reports: their home clock is ahead of nearly every place an event abroad
    # happens (`_clock_span`, `_local_span`)
    ahead = frozenset(k for k, a in enumerate(articles) if script_of(a) == "hangul")
    for f in facts:
        ms = [by_key[k] for k in f.keys if k not in repeats]
        as_of, why, own = group_as_of(ms, [articles[m.article].published for m in ms], ahead)
        when.update((m.key, own.get(k, (as_of, why))) for k, m in enumerate(ms))
        early = {ms[k].key for k in own}
        if early and _a_stage_of_its_own([ms[k] for k in own],
                                         [m for m in ms if m.key not in early]):
            # a repeated conversion is of its first statement's time (dated by it below): it
            # goes where that figure goes
            early |= {k for k in f.keys if repeats.get(k) in early}
            for keys in ([k for k in f.keys if k in early], [k for k in f.keys if k not in early]):
                # each half keeps the whole fact's cohesion: the similarities it is the mean of
                # are the grouping's, gone by now, and the two halves were one cluster by them
                out.append(Fact(tuple(keys), f.cohesion,
                                tuple(s for s in f.stands_for if s[0] in keys and s[1] in keys)))
        else:
            out.append(f)
    _computed_at(out, by_key, repeats, when, articles)
    return out, when


_COMPUTED_AT = re.compile(r"(?i)(?<!\w)" + spaced(COMPUTED_AT) + r"(?!\w)")


def _computed_at(facts: Sequence[Fact], by_key: dict[str, Mention], repeats: dict[str, str],
                 when: dict[str, tuple[str, str]], articles: Sequence[Article]) -> None:
    """A fact dated by publication days alone, one of whose figures is a value computed at an
    amount before it in its sentence (`COMPUTED_AT`: "공모가 42달러를 적용하면 창업자 지분 가치는
    ...", "if the offering price of $42 is applied, the stake is worth ..."), takes the time of that
    amount's fact when a text of that fact writes it and it lies within SLACK before the figure's
    publication: the value is of the price's time, reported the next day where the day had turned
    (a stake's value at an offering priced in New York, published in Seoul)."""
    fact_of = {k: f for f in facts for k in f.keys}
    in_sentence: dict[tuple[int, int], list[Mention]] = {}
    for m in by_key.values():
        in_sentence.setdefault((m.article, m.sentence_start), []).append(m)
    for f in facts:
        ms = [by_key[k] for k in f.keys if k not in repeats]
        if not ms or any(m.as_of_basis != "published" for m in ms):
            continue
        for m in ms:
            said = _COMPUTED_AT.search(m.sentence, 0, m.start - m.sentence_start)
            day = articles[m.article].published
            if said is None or day is None:
                continue
            # the amounts before the marker, of other facts, and their facts' times
            at = {when[o.key][0]: fact_of[o.key] for o in in_sentence[(m.article, m.sentence_start)]
                  if o.end - o.sentence_start <= said.start() and o.key in when
                  and fact_of.get(o.key, f) is not f}
            written = [d for d, g in at.items() if _written_day_before(d, g, by_key, day)]
            if len(written) == 1:
                d = written[0]
                for k in f.keys:
                    if k not in repeats:
                        when[k] = (d, f"{d}, the time of the amount its figure {m.span!r} is "
                                      f"computed at ({said.group(0)!r}), which that amount's "
                                      "fact's texts write; its own figures give only "
                                      "publication days")
                break


def _written_day_before(date: str, fact: Fact, by_key: dict[str, Mention], day: dt.date) -> bool:
    """Whether `date` is a day a text of `fact` writes (not only a publication day's) within
    SLACK before `day` or on it, or such a day read with its neighbour by the two clocks
    (`_clock_span`, `_local_span`): the time of one event either way."""
    period = parse_period(date)
    return (period.is_day or period.is_span) and _length(period) <= DAY.days and day - SLACK <= period.first <= day \
        and any(by_key[k].as_of_basis != "published" and len(by_key[k].as_of) == 10
                and period.first <= dt.date.fromisoformat(by_key[k].as_of) <= period.last
                for k in fact.keys if k in by_key)


def _a_stage_of_its_own(early: Sequence[Mention], later: Sequence[Mention]) -> bool:
    """Whether an early time states an amount the later time does not: an original amount that
    no later original of its currency (a conversion is arithmetic, not a stage's stated value),
    stated at least as finely, can be within their roundings
    ("$920 million" at the announcement against "$938 million" at the contract; a coarser
    "$1 billion" decides nothing). An early amount the later time repeats ("$3 billion" filed
    for and raised) keeps the two times one fact, each compared within its time."""
    for m in early:
        if m.restates is not None or m.stated is None:
            continue
        same = [o for o in later if o.currency == m.currency and o.restates is None
                and o.stated is not None and o.stated[0] <= m.stated[0]]
        if same and not any(within_rounding(o, m) for o in same):
            return True
    return False


def _read_batch(chunk: list[tuple[int, Article]], notes: list[str], copies: dict[str, int],
                on_article: Callable[[Article], None] | None = None) -> list[list | None]:
    """Each article's mentions (None for one whose reading failed, said in `notes`): a crash
    inside one article must not lose the others'. The amounts of a sentence an article prints
    again are left out, said in `notes`, their first counted in `copies`. `on_article` is called
    as each article's amounts are read, before the batch's words are analysed together, so
    progress moves article by article while Kiwi still gets the whole batch in one call."""
    read, failed = [], {}
    for number, article in chunk:
        try:
            money = money_candidates(article)
            kept, printed = printed_once(money)
        except Exception as exc:     # noqa: BLE001 - any failure of one article is reported
            failed[number] = f"{type(exc).__name__}: {exc}"
        else:
            read.append((article, number, kept))
            copies.update({f"{number}:{i}": n for i, n in printed.items()})
            if len(kept) < len(money):
                left = {c.index for c in kept}
                again = [c.amount.span for c in money if c.index not in left]
                notes.append(f"{article.path}: {len(again)} amount(s) of a sentence it prints "
                             f"again proposed once ({', '.join(map(repr, again))}): a page "
                             "that repeats its lead states it once")
        if on_article is not None:
            on_article(article)
    try:
        found = dict(zip((n for _, n, _ in read), mentions_of(read)))
    except Exception:                # noqa: BLE001 - then article by article, to name it
        found = {}
        for item in read:
            try:
                found[item[1]] = mentions_of([item])[0]
            except Exception as exc:     # noqa: BLE001
                failed[item[1]] = f"{type(exc).__name__}: {exc}"
    for number, article in chunk:
        if number in failed:
            notes.append(f"{article.path}: skipped, reading its amounts failed: "
                         f"{failed[number]}")
    return [found.get(number) for number, _ in chunk]


def script_of(article: Article) -> str:
    """'hangul' for a Korean article, else 'latin' (from its language, else its letters)."""
    if article.language:
        return "hangul" if article.language == "ko" else "latin"
    letters = [c for c in article.text[:4000] if c.isalpha()]
    korean = sum(1 for c in letters if _HANGUL.match(c))
    return "hangul" if letters and korean / len(letters) > 0.3 else "latin"


def group_as_of(ms: Sequence[Mention], published: Sequence[dt.date | None],
                ahead: Collection[int] = frozenset()
                ) -> tuple[str, str, dict[int, tuple[str, str]]]:
    """One as_of for a fact, so that its figures are compared as one time (a news date a day
    off must not make another fact); `published[i]` is the day ms[i]'s article came out;
    `ahead`, the numbers of the articles whose home clock is ahead of the event's (`_local_span`).

    Each figure votes for its own date with AS_OF_WEIGHT of its basis (`_date_voted`). A date
    after the fact's first publication (plus SLACK) is only that later article's news, not the
    fact's time, unless a sentence or its article's lead names it ahead of that article ("오는
    20일", a target year). Of the dates left, those a text writes win over publication days,
    which say when a report came out, not when its fact happened: the texts' votes rank them, a
    publication day's only breaking a tie; the most voted date wins (ties: the earliest). A day
    a text marks as the event's local time takes the votes of the report days just after it
    (`_event_day`). An early report that no later text looks back at gives way to a later event
    more reports date (`_later_event`); that early report's figures keep their own time's date,
    returned by their index in `ms` with its reason: they are of an earlier stage, compared
    within their time, not with the later event's amounts (a digit slip of a later amount is
    no stage's: it stays, `_digit_slip_of`)."""
    span = {m.as_of: parse_period(m.as_of) for m in ms if m.as_of}
    if not span:
        return "", "no date", {}
    local = _local_days(ms)
    votes = [_date_voted(m, day, span[m.as_of], local) if m.as_of else None
             for m, day in zip(ms, published)]
    cast = [v for v in votes if v is not None]
    first = _best_date(cast)
    best, why, own = _fact_as_of(ms, votes, cast, first, ahead)
    return best, why, {**own, **_stages_said(ms, votes, best, own)}


def _stages_said(ms: Sequence[Mention], votes: Sequence[_Vote | None], best: str,
                 own: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """The figures, by index in `ms`, that keep the date their own clause writes rather than the
    fact's time `best`: a date beyond that time by more than EVENT_GAP (`_beyond`), stating an
    amount no figure of that time states within its rounding (`_a_stage_of_its_own`). An offer
    a sentence says was raised on a named day is that day's amount, not a misquote of the offer
    before it; the fact's one time would compare the two as one. A later sentence that repeats an amount of the fact's time
    (a pledge of July named again in October) takes the fact's time, as does every figure dated
    only by its article's lead or publication day, and a digit slip of an amount of that time
    (`_digit_slip_of`), which the digits check must see beside it. A figure its own article
    states again with no date of its own clause (a headline, or a figure dated by its saying)
    goes with that amount unless the fact's time states it (`_said_again_in_article`), and a
    conversion with the amount it converts (`_conversions_moved`)."""
    at = parse_period(best)
    there = [m for m, v in zip(ms, votes) if v is not None and v.period.overlaps(at)]
    kept = {k: m for k, (m, v) in enumerate(zip(ms, votes))
            if v is not None and k not in own and dated_in_own_clause(m)
            and _beyond(v.period, at) and _a_stage_of_its_own([m], there)
            and not _digit_slip_of(m, there)}
    out = {k: (m.as_of, f"{m.as_of}, the date its own clause writes "
                        f"({m.as_of_from!r}): an amount of its own, which no figure of its "
                        f"fact's time {best} states")
           for k, m in kept.items()}
    out.update(_said_again_in_article(ms, own, kept, there))
    out.update(_conversions_moved(ms, own, out))
    return out


def _conversions_moved(ms: Sequence[Mention], own: Collection[int],
                       moved: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """The conversions, by index in `ms`, of the figures `moved` to a time of their own: a
    conversion dated as its amount was before the move (a headline's "($615)" beside its won,
    both dated by the lead) takes the amount's new time, so that the two stay one fact; one
    its own clause dates elsewhere keeps that date."""
    days = {(ms[k].article, ms[k].index): (ms[k].as_of, day) for k, (day, _) in moved.items()}
    out: dict[int, tuple[str, str]] = {}
    for k, m in enumerate(ms):
        if k in own or k in moved or m.restates is None:
            continue
        old, new = days.get((m.article, m.restates), (None, None))
        if old is not None and old == m.as_of:
            out[k] = (new, f"{new}, the time of the amount it converts")
    return out


def _said_again_in_article(ms: Sequence[Mention], own: Collection[int], kept: dict[int, Mention],
                           there: Sequence[Mention]) -> dict[int, tuple[str, str]]:
    """The figures, by index in `ms`, that state again in their own article an amount that
    article dates as a stage of its own (`kept`), with no date of their own clause: one event
    is one time, so a headline that repeats its body's raised amount is of that raise's time,
    not of the fact's earlier time, where it would be compared with the amount before it.
    Not only headlines: any figure whose date is not its own clause's (a lead's or publication
    day, a saying's "said on Monday") is moved so. A figure the fact's time `there` also states
    within its rounding stays: there it is no misquote, and the article's later amount may be
    another fact's. Of its article's amounts it may repeat, the nearest (then the finest)."""
    places: dict[tuple[int, str], list[Mention]] = {}
    for o in kept.values():
        if o.stated is not None:
            places.setdefault((o.article, o.currency), []).append(o)
    out: dict[int, tuple[str, str]] = {}
    if not places:      # most facts keep no stage of their own: nothing to repeat
        return out
    for k, m in enumerate(ms):
        if k in own or k in kept or m.restates is not None or m.stated is None \
                or (m.article, m.currency) not in places or dated_in_own_clause(m):
            continue
        same = [o for o in places[(m.article, m.currency)] if within_rounding(o, m)]
        if same and not _of_the_facts_time(m, there):
            o = min(same, key=lambda o: (abs(o.value - m.value), o.stated[0]))
            out[k] = (o.as_of, f"{o.as_of}, the time of the same amount its article dates "
                               f"in its own clause ({o.span!r}, {o.as_of_from!r})")
    return out


def _of_the_facts_time(m: Mention, there: Sequence[Mention]) -> bool:
    """Whether an original amount of `there`, another figure of `m`'s currency, may be `m`'s
    amount as written (`within_rounding`)."""
    return any(o is not m and o.currency == m.currency and o.restates is None
               and o.stated is not None and within_rounding(o, m) for o in there)


def _beyond(period, at) -> bool:
    """Whether `period` lies more than EVENT_GAP outside `at`: a report that dates the same
    event a day off (a time zone, a slip) is of that time, and a misquote in it must still be
    compared there."""
    return period.first > at.last + EVENT_GAP or period.last < at.first - EVENT_GAP


def _fact_as_of(ms: Sequence[Mention], votes: Sequence[_Vote | None], cast: Sequence[_Vote],
                first: str, ahead: Collection[int]) -> tuple[str, str, dict[int, tuple[str, str]]]:
    """The fact's one time from its votes (`group_as_of`'s rule), with the early report's own
    figures when a later event took the fact."""
    best, early = _later_event(cast, first)
    reported, best = best, _deed_day_before(cast, best)
    why = Counter(m.as_of_basis for m, v in zip(ms, votes) if v and v.date == best)
    said = ", ".join(f"{n} {AS_OF_WORDS[b]}" for b, n in why.most_common())
    moved = (f"moved from {reported}, the date its {len(ms)} figures give with the most "
             f"weight: a figure's own sentence writes the day before for its deed, and "
             f"{reported} only its reports' days give (a report bounds its event)"
             if best != reported else "")
    widened = _clock_span(ms, best)
    if widened != best:
        said += (f"; read as {widened}, the day before and the day: a sentence writes {best} "
                 f"by the report's home clock, ahead of the event's")
    else:
        widened = _local_span(ms, best, ahead)
        if widened != best:
            said += (f"; read as {widened}, the day and the day after: a text marks {best} as "
                     f"the event's local time, and its reports date it the day after")
    best = widened
    if reported != first:
        # one event is one time: the early report states its stage's amount (a deal announced
        # at one value weeks before its contract is signed at another), so its figures keep
        # that time and are compared within it
        time = {id(v): date for date, t in early for v in t}
        mine = [k for k, v in enumerate(votes) if id(v) in time]
        theirs = [ms[k] for k in range(len(ms)) if k not in mine]
        # but a transposition or a one-digit slip of a later figure is no stage's amount (a deal
        # is not revised to its own digits in another order): that figure stays in the later
        # time, where the digits check sees it
        own = {k: (time[id(votes[k])],
                   f"{time[id(votes[k])]}, its own time: an earlier report of the fact, before "
                   f"the later event of {best}, which no later text looks back at")
               for k in mine if not _digit_slip_of(ms[k], theirs)}
        return best, (f"{best}, a later event's date: more reports write that time than "
                      f"{first}, which no later text looks back at "
                      f"({'; '.join(filter(None, (said, moved)))})"), own
    if moved:
        return best, f"{best}, the deed's own written day, {moved} ({said})", {}
    return best, (f"{best}, the date its {len(ms)} figures give with the most weight "
                  f"({said})"), {}


def _clock_span(ms: Sequence[Mention], best: str) -> str:
    """`best`, or the day before it and it when a sentence of the fact writes that day by the
    report's home clock ("13일(한국시간)", `Mention.as_of_home`): Korea's clock is ahead of nearly
    every place an event abroad happens, so the same moment there is that day or the one before
    (a deal in the US). Never the day after: a report out that day could not have used its rate.
    Only the figures' as_of widens; which day the votes chose, and the grouping, stay as they are."""
    if len(best) != 10 or not any(m.as_of_home and m.as_of == best for m in ms):
        return best
    day = dt.date.fromisoformat(best)
    return f"{(day - DAY).isoformat()}/{day.isoformat()}"


def _local_span(ms: Sequence[Mention], best: str, ahead: Collection[int]) -> str:
    """`best`, or it and the day after when a text of the fact marks that day as the event's
    local time ("19일(현지시간)") and a figure's own date is the day after, only a report's day (a
    publication day, a dateline's, REPORT_DATE_BASES) of an article whose home clock is ahead
    (`ahead`, Korean-language reports): the event abroad fell on that report's day by its home
    clock, so either day is its time (`_clock_span`'s mirror). A report in another language
    gives no such clock: its day after is only when it came out."""
    if len(best) != 10 or dt.date.fromisoformat(best) not in _local_days(ms):
        return best
    after = (dt.date.fromisoformat(best) + DAY).isoformat()
    if not any(m.as_of == after and m.as_of_basis in REPORT_DATE_BASES and m.article in ahead
               for m in ms):
        return best
    return f"{best}/{after}"


def _digit_slip_of(m: Mention, others: Sequence[Mention]) -> bool:
    """Whether `m` and an original amount of `others` in its currency are a digit slip by the
    digits check's rule (`digit_slips.relation`). Only restatements are left out: a figure whose
    words say it is a conversion, which the digits check skips, is still compared here."""
    them = [o for o in others if o.currency == m.currency and o.restates is None and o.stated
            and o.value > 0 and digits_written(o.bound)]
    if m.restates is not None or not m.stated or not m.value > 0 or not them \
            or not digits_written(m.bound):
        return False
    both = [m, *them]
    return slips_of_first(np.array([x.value for x in both]), np.array([x.precision for x in both]),
                          np.array([x.bound == "exact" for x in both]),
                          np.array([x.stated[0] for x in both]))


@dataclass(frozen=True)
class _Vote:
    """One figure's vote for its fact's as_of: the date, its basis, its article's publication
    day and number, and its own date when a text names that ahead of its article."""
    date: str
    basis: str
    published: dt.date | None
    article: int
    ahead: str | None
    said: bool = False      # its day (sentence or news date) is dated as the saying's ("10일 밝혔다")
    deed: bool = False      # its news date is the deed's day its lead's quote writes

    @property
    def period(self):
        return parse_period(self.date)

    @property
    def written(self) -> bool:
        return self.basis != "published"

    def event(self, later: bool) -> bool:
        """Its date is written weight for a time: one that is its own article's day may only say
        when that article came out (a dateline, a page's news date), so a later time never
        counts it, and the early time only when a sentence writes it, not the news date."""
        if not self.written:
            return False
        if self.published is None or self.date != self.published.isoformat():
            return True
        return not later and self.basis in OWN_DATE_BASES


def _date_voted(m: Mention, day: dt.date | None, span, local: set[dt.date]) -> _Vote:
    basis = _basis(m, day, span)
    ahead = m.as_of if (m.as_of_basis in ARTICLE_DATE_BASES
                        and day is not None and span.first > day) else None
    return _Vote(_event_day(m.as_of, basis, local), basis, day, m.article, ahead, m.as_of_said,
                 m.as_of_deed)


def _best_date(cast: Sequence[_Vote]) -> str:
    """The date the votes give (`group_as_of`'s rule): no date after the first publication
    (plus SLACK) unless named ahead; written dates first, a publication day breaking ties."""
    votes: Counter = Counter()
    written: Counter = Counter()    # the votes of the dates a text writes, publication's left out
    for v in cast:
        votes[v.date] += AS_OF_WEIGHT[v.basis]
        if v.written:
            written[v.date] += AS_OF_WEIGHT[v.basis]
    days = [v.published for v in cast if v.published]
    latest = min(days) + SLACK if days else None
    ahead = {v.ahead for v in cast if v.ahead}
    kept = [d for d in votes if latest is None or parse_period(d).first <= latest
            or d in ahead] or list(votes)
    # a publication day adds to a written date only to break a tie: a sentence's "지난 18~19일"
    # is not outvoted by another report's news date and its publication day together
    texts = _finest([d for d in kept if d in written], cast)
    return max(texts, key=lambda d: (written[d], votes[d], -_order(d))) if texts else \
        max(kept, key=lambda d: (votes[d], -_order(d)))


def _finest(dates: list[str], cast: Sequence[_Vote]) -> list[str]:
    """`dates` without a period that only later reports write and that holds a finer date of
    `dates`: a year a report looks back at ("지난해", "last year") holds the day the reports of
    that time write, and says no more of it than they do."""
    def looked_back(d: str) -> bool:
        period = parse_period(d)
        return all(v.published is not None and v.published > period.last
                   for v in cast if v.date == d)

    def holds(d: str, e: str) -> bool:
        a, b = parse_period(d), parse_period(e)
        return d != e and a.first <= b.first and b.last <= a.last and _length(b) < _length(a)

    return [d for d in dates if not (looked_back(d) and any(holds(d, e) for e in dates))]


def _later_event(cast: Sequence[_Vote], best: str
                 ) -> tuple[str, list[tuple[str, list[_Vote]]]]:
    """`best`, or the date of a later event when `best`'s only reports are of their own time: a
    filing's article in June against the offering's reports of October. The votes pool into
    times (`_times`); a later time whose written votes (`_Vote.event`) weigh more and that more
    articles date takes the fact, its date chosen among its own votes by `_best_date`, unless a
    text published after `best`'s time and its first report writes a date in it (the later
    reports restate that time: a pledge of 30 July named again in September's articles). With
    the date, each early time's date and votes when a later event took the fact (else none):
    `best`'s, and any between it and the event's that no later text looks back at."""
    if _length(parse_period(best)) > EVENT_SPAN:
        return best, []
    times = _times(cast)
    first = next(t for t in times if any(v.date == best for v in t))
    end = max(v.period.last for v in first)
    if _looked_back(first):
        return best, []

    def weight(t: list[_Vote], later: bool = True) -> tuple[float, int, float]:
        return (sum(AS_OF_WEIGHT[v.basis] for v in t if v.event(later)),
                len({v.article for v in t}), sum(AS_OF_WEIGHT[v.basis] for v in t))

    w, n, _ = weight(first, later=False)
    later = [t for t in times if min(v.period.first for v in t) > end
             and weight(t)[0] > w and weight(t)[1] > n]
    if not later:
        return best, []
    event = max(later, key=lambda t: (weight(t)[0], weight(t)[2],
                                      -min(_order(v.date) for v in t)))
    # every report of a time between the first and the event's is early too (a deal's value
    # reported twice in the weeks before it was signed at another), unless a text published
    # after that time writes a date in it: later reports look back at it
    start = min(v.period.first for v in event)
    early = [(best, first)] + [
        (_best_date(t), t) for t in times
        if t is not first and t is not event and min(v.period.first for v in t) > end
        and max(v.period.last for v in t) < start and _length(t[0].period) <= EVENT_SPAN
        and not _looked_back(t)]
    return _best_date(event), early


def _looked_back(t: list[_Vote]) -> bool:
    """Whether a text published after the time `t` and after its first report writes a date in
    it: later reports restate that time. Not the first report itself, which may come out days
    after the day it dates ("지난 6일", out the 10th): a report late to its own news looks back
    at nothing."""
    days = [v.published for v in t if v.published]
    if not days:
        return False
    since = max(max(v.period.last for v in t), min(days)) + SLACK
    return any(v.written and v.published and v.published > since for v in t)


def _deed_day_before(cast: Sequence[_Vote], best: str) -> str:
    """`best`, or the day before it when a figure's own sentence, or its article's lead for the
    deed its quote tells (`Mention.as_of_deed`), writes that day before its article came out
    ("9일 ... 계약을 체결했다", out the 10th) and every vote for `best` is only a
    report's day: a publication day, or a news date or a sentence's day of its own article's
    whose words date the saying ("체결했다고 10일 밝혔다", `Mention.as_of_said`; "10일 ...
    계약을 체결했다" dates the deed and keeps its vote). A report bounds its event: what was done by
    the 9th was not done on the 10th. A day written on its own article's day is a report's day
    too (across time zones, the same event's other day), so it moves nothing. (A preview already
    caps the fact's time at its article's day plus SLACK, `_best_date`.)"""
    if len(best) != 10:
        return best
    day = dt.date.fromisoformat(best)
    before = day - DAY
    deeds = [v for v in cast if v.date == before.isoformat()
             and (v.basis in SENTENCE_DATE_BASES or v.deed)
             and v.published is not None and v.published > before]
    reports = [v for v in cast if v.date == best]
    if not deeds or not all(v.basis == "published" or (v.said and (v.basis == "article"
                                                                  or v.published == day))
                            for v in reports):
        return best
    return before.isoformat()


def _times(cast: Sequence[_Vote]) -> list[list[_Vote]]:
    """The votes pooled into times: a date joins the time before it when it starts within
    EVENT_GAP of that time's last day, a month by the day after it (a year stays a time of its
    own): a month is as late as any of its days, and the first may be weeks before its event's."""
    times: list[list[_Vote]] = []
    end = None
    for v in sorted(cast, key=lambda v: (v.period.first, v.period.last)):
        if _length(v.period) > EVENT_SPAN:
            times.append([v])
            continue
        if times and end is not None and _length(times[-1][0].period) <= EVENT_SPAN \
                and v.period.first <= end + (EVENT_GAP if _length(v.period) < 1 else DAY):
            times[-1].append(v)
            end = max(end, v.period.last)
        else:
            times.append([v])
            end = v.period.last
    return times


def _length(period) -> int:
    return (period.last - period.first).days


def _basis(m: Mention, day: dt.date | None, span) -> str:
    """A sentence's date in words alone that holds its own article's day ("올해", "this year")
    says no more than the publication date: it votes as one."""
    if (m.as_of_basis in OWN_DATE_BASES and day and span.first <= day <= span.last
            and not any(c.isdigit() for c in m.as_of_from or "")):
        return "published"
    return m.as_of_basis


def _local_days(ms: Sequence[Mention]) -> set[dt.date]:
    """The single days the fact's texts mark as its event's local time ("20일(현지시간)"). Not a
    day marked only by news dates (an article's lead) of articles whose own sentence dates a
    figure of the fact the day after: that report tells two steps, its lead's local day another
    step's ("지난 19일(현지시간) 한 외신은 ... 협상을 벌이고 있다고 전했다", then "20일 ... 계약을
    체결했다고 공시했다"), and the reports of that next day are the deed's, not the lead's."""
    days = {dt.date.fromisoformat(m.as_of) for m in ms
            if m.as_of_local and len(m.as_of) == 10}
    told = {(m.article, m.as_of) for m in ms if m.as_of_basis in SENTENCE_DATE_BASES}
    return {d for d in days if not all(
        m.as_of_basis == "article" and (m.article, (d + DAY).isoformat()) in told
        for m in ms if m.as_of_local and m.as_of == d.isoformat())}


def _event_day(date: str, basis: str, local: set[dt.date]) -> str:
    """`date`, or the local day just before it when `date` only says when the event was reported
    (a publication day, a dateline's, a news date): where the day had already turned (a report
    from Seoul of an event in the US) a report is dated up to SLACK after the event's own day."""
    if basis not in REPORT_DATE_BASES or len(date) != 10:
        return date
    day = dt.date.fromisoformat(date)
    if day in local:
        return date
    before = [d for d in local if d < day <= d + SLACK]
    return max(before).isoformat() if before else date


def _order(date: str) -> int:
    digits = re.sub(r"\D", "", date)
    return int((digits + "0101")[:8]) if digits else 0


def _ids(mentions: Sequence[Mention], articles: Sequence[Article],
         taken: set[str]) -> dict[str, str]:
    from reconcile.intake.walk import id_prefix
    ids: dict[str, str] = {}
    count: Counter = Counter()
    for m in mentions:
        prefix = id_prefix(articles[m.article].path.rsplit("/", 1)[-1])
        while True:
            count[prefix] += 1
            fid = f"{prefix}-s{count[prefix]:02d}"
            if fid not in taken:
                break
        taken.add(fid)
        ids[m.key] = fid
    return ids


def _parts(mentions: Sequence[Mention], metric_of: dict[str, str]) -> dict[str, str]:
    """Mention key → the metric of the total it is a part of: a sentence that states an amount,
    then a marker (of which, including, 중), then smaller amounts of the same currency that add
    up to it (`grouping.add_up`). Parts that leave some of the total unexplained are not
    proposed: the parts check would read them as the whole breakdown. (Parts a text marks as a
    sum that does not add up are `_marked_parts`'.)"""
    out: dict[str, str] = {}
    by_sentence: dict[tuple[int, int], list[Mention]] = {}
    for m in mentions:
        if m.restates is None:
            by_sentence.setdefault((m.article, m.sentence_start), []).append(m)
    for ms in by_sentence.values():
        ms.sort(key=lambda m: m.start)
        for k, total in enumerate(ms[:-1]):
            after = ms[k + 1]
            if not _PART.search(_between(total, after)):
                continue
            parts = [m for m in ms[k + 1:] if m.currency == total.currency
                     and m.value < total.value]
            if add_up([m.value for m in parts], total.value):
                for m in parts:
                    if metric_of[m.key] != metric_of[total.key]:
                        out[m.key] = metric_of[total.key]
            break
    return out


@dataclass(frozen=True)
class _Breakdown:
    """Amounts a text joins into one sum (`parts`, in text order) and the total it gives them
    (`total`); `whole`: its words say the parts are all of the total."""
    total: Mention
    parts: tuple[Mention, ...]
    whole: bool


def _marked_parts(mentions: Sequence[Mention], metric_of: dict[str, str],
                  texts: Sequence[str]) -> tuple[dict[str, str], set[str]]:
    """Mention key → the metric of the total it is a part of, for the breakdowns a text marks as
    a sum (`_breakdowns`) that do not add up, and the keys of the totals their words say are
    whole (the schema's kind `all_parts`). Parts above the total beyond their rounding are always
    proposed: the parts check finds the slip (and weighs what other articles repeat). Parts below
    it only when the words say they are all of it: a partial breakdown ("including $5m and $2m"
    of $10m) is no error. A part grouped into its total's own fact is no part of it."""
    out: dict[str, str] = {}
    complete: set[str] = set()
    for b in _breakdowns(mentions, texts):
        total = metric_of[b.total.key]
        if any(p.stated is None or metric_of[p.key] == total for p in b.parts):
            continue
        low, high = sum(p.stated[1] for p in b.parts), sum(p.stated[2] for p in b.parts)
        over, short = low > b.total.stated[2], high < b.total.stated[1]
        if not (over or (short and b.whole)):
            continue
        out.update((p.key, total) for p in b.parts)
        if short:
            complete.add(b.total.key)
    return out, complete


def _breakdowns(mentions: Sequence[Mention], texts: Sequence[str]) -> list[_Breakdown]:
    """The sums texts mark: two or more original amounts of one currency in one sentence, each
    pair joined by a word that adds (`SUM_JOINERS`: "plus"), gives the rest ("the rest") or
    lists ("and", "와") them, and their total, an amount of the currency above each of them: the
    next one in the sentence when words of a whole stand between, in the same clause ("...,
    bringing the price to"), else (joined parts only) the one just before them in the sentence
    or, when they open the sentence's amounts, the last one of the sentence just before. Listed
    parts count only with the words of a whole before their total: "and" alone lists facts."""
    sentences: dict[int, dict[int, list[Mention]]] = {}
    for m in mentions:
        if m.restates is None and m.stated is not None and m.value > 0 and m.per is None \
                and not m.difference:
            sentences.setdefault(m.article, {}).setdefault(m.sentence_start, []).append(m)
    found: list[_Breakdown] = []
    for article, by_start in sentences.items():
        starts = sorted(by_start)
        for n, start in enumerate(starts):
            ms = sorted(by_start[start], key=lambda m: m.start)
            before = by_start[starts[n - 1]] if n and _adjacent(
                by_start[starts[n - 1]][0], start, texts[article]) else []
            for currency in dict.fromkeys(m.currency for m in ms):
                same = [m for m in ms if m.currency == currency]
                earlier = sorted((m for m in before if m.currency == currency),
                                 key=lambda m: m.start)
                found += _sums_of(same, earlier)
    return found


def _sums_of(same: list[Mention], earlier: list[Mention]) -> list[_Breakdown]:
    """`_breakdowns` in one sentence's amounts of one currency (`same`, in text order), with
    those of the sentence before (`earlier`)."""
    out: list[_Breakdown] = []
    k = 0
    while k < len(same) - 1:
        end, joined, rest = k, True, False
        while end + 1 < len(same):
            gap = _between(same[end], same[end + 1])
            if _SUM.search(gap) or _REST.search(gap):
                rest = rest or bool(_REST.search(gap))
                end += 1
            elif _LIST.search(gap):
                end, joined = end + 1, False
            else:
                break
        if end > k:
            after = same[end + 1] if end + 1 < len(same) else None
            before = (same[k - 1] if k else (earlier[-1] if earlier else None)) if joined \
                else None
            b = _total_of(same[k:end + 1], after, before, rest)
            if b is not None:
                out.append(b)
        k = end + 1
    return out


def _total_of(parts: list[Mention], after: Mention | None, before: Mention | None,
              rest: bool) -> _Breakdown | None:
    """The total of `parts` (`_breakdowns`' rule): the amount after them when words of a whole
    stand between in one clause, else the one before (None for listed parts), larger than each
    part; whole when words say so: before the total after, the rest among the parts (`rest`),
    or between the total before and the first part ("$7m in total, $5m plus $2m")."""
    if after is not None and _whole_between(parts[-1], after):
        total, whole = after, True
    elif before is not None:
        total = before
        # a colon may open the parts after their total ("$7m in total: $5m plus $2m")
        whole = rest or (before.sentence_start == parts[0].sentence_start
                         and bool(_WHOLE.search(_between(before, parts[0]))))
    else:
        return None
    if any(p.value >= total.value for p in parts):
        return None
    return _Breakdown(total, tuple(parts), whole)


def _whole_between(a: Mention, b: Mention) -> bool:
    """Whether words of a whole stand between two amounts of one sentence, in one clause."""
    gap = _between(a, b)
    return bool(_WHOLE.search(gap)) and not _CLAUSE.search(gap)


def _between(a: Mention, b: Mention) -> str:
    """The words between two amounts of one sentence."""
    return a.sentence[a.end - a.sentence_start:b.start - a.sentence_start]


def _adjacent(m: Mention, start: int, text: str) -> bool:
    """Whether the sentence at `start` comes right after `m`'s (only blanks between)."""
    end = m.sentence_start + len(m.sentence)
    return end <= start and not text[end:start].strip()


def _row(m: Mention, article: Article, ids: dict[str, str], metric: str, cohesion: float,
         as_of: str, as_of_why: str, part_of: str | None, printed: int = 1,
         stands_for: str | None = None, all_parts: bool = False) -> dict:
    note = [f"proposed by scan: fact {metric}, cohesion {cohesion:.2f}"
            + (f", as the part {stands_for} gives in its article's breakdown of a total this "
               "article states too, its other parts the same" if stands_for else ""),
            f"as_of {as_of_why}; this amount's own date: {m.as_of or 'none'} ({m.as_of_basis}"
            + (f": {m.as_of_from!r}" if m.as_of_from else "") + ")",
            f"published date from {article.date_source}"]
    if m.currency_note:
        note.append(guessed_currency_note(m.currency, m.currency_note))
    if printed > 1:
        note.append(f"its sentence is printed {printed} times in the article; proposed once")
    if m.garbled:
        note.append(m.garbled)
    if m.two_currencies is not None:    # the slip stays in sight: what was written, what was read
        note.append(m.two_currencies.sentence())
    words = {t.form for t in m.local}
    kind = "cumulative" if words & CUMULATIVE_WORDS else "all_parts" if all_parts else None
    restates = ids.get(f"{m.article}:{m.restates}") if m.restates is not None else None
    row = dict(id=ids[m.key], metric=metric, amount=m.written, as_of=as_of,
               published=article.published_as,
               source=article.path, quote=m.quote, part_of=part_of, kind=kind,
               note=NOTE_PARTS.join(note), restates=restates,
               currency=m.currency if m.currency_note else None)
    return {c: row.get(c) for c in COLUMNS}
