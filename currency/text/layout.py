"""An article's layout: where its sentences end, where its body ends (page furniture,
credits, stamps), which lines are prose, which are a picture's caption, and which words are a web
address rather than the article's prose."""
from __future__ import annotations

import re

import currency.lang as L
from currency.amount import Amount
from currency.lang.patterns import spaced
from currency.text.reader import alternation, find_amounts

# The words opening a copyright notice or a lone sign (`PAGE_HEAD_STARTS`, their spaces optional:
# "무단전재"), a word not running on into a longer one ("copyrighted").
_NOTICE = spaced(L.PAGE_HEAD_STARTS) + r"(?!(?<=[a-z])[a-z])"
# A line that ends the article body: what follows is page furniture, not the article.
_END_MARKER = re.compile(
    r"^[ \t]*(?:" + _NOTICE + r"|\[광고|(?:" + alternation(L.SOURCE_LABELS) + r")\s*:|"
    + spaced(L.RELATED_LABELS)
    + r"|댓글\s*\(|advertisement\b|sponsored\b)", re.I | re.M)
# ... of which a line of the page's head, over the lead: a copyright notice, a lone sign, a source
# line (not a related stories list, a comment count or an ad, which other stories follow).
_PAGE_HEAD = re.compile(r"(?:" + _NOTICE + r"|(?:" + alternation(L.SOURCE_LABELS) + r")\s*:)",
                        re.I)
# A page that lost the space after a period ("in 2017.The profit") still ends a sentence there.
# An abbreviation's period before a number ("Sept. 5", "No. 2") goes on: one fixed-width
# lookbehind per abbreviation, as Python's lookbehinds must be.
_ABBREVIATION_THEN_NUMBER = ("(?:" + "|".join(rf"(?<=\b{re.escape(w)}\.)"
                                              for w in L.ABBREVIATIONS_BEFORE_NUMBER)
                             + r")[^\S\n]+\d")
# The marks that end a sentence, and the quotation marks that may close after them.
STOPS = ".!?。"
CLOSING_QUOTES = '"”’'
SENTENCE_END = re.compile(rf"(?<=[{STOPS}])(?!{_ABBREVIATION_THEN_NUMBER})\s++(?!{L.SENTENCE_GOES_ON})"
                           r"|\n+|(?<=[a-z\d]\.)(?=[A-Z][a-z])"
                           # a quotation closed after its sentence's end ('robotics." Hyundai ...'),
                           # not after an abbreviation's ("the U.S.’ Ford")
                           rf"|(?<=[a-z\d][{STOPS}][{CLOSING_QUOTES}])[^\S\n]+(?=[A-Z])")


def body_end(text: str) -> tuple[int, str | None]:
    """Where the article body ends (the first end-marker line that is not furniture inside the
    body), and that line."""
    for m in _END_MARKER.finditer(text):
        line_end = text.find("\n", m.start())
        line_end = line_end if line_end >= 0 else len(text)
        line = text[m.start():line_end].strip()
        if (_is_furniture(line) or _boxed_inside(text, m.start(), line)) \
                and _prose_follows(text, line_end):
            continue   # an "Advertisement" between two paragraphs
        # a line of the page's head over the lead (a photo credit, a source line, a copyright
        # notice, a lone "ⓒ"): under the headline (a section's label, a stamp, a byline or a
        # photo's caption between), the lead its next line; after prose or a short item's sentence,
        # after lines holding money (a results box, a list), or with a link line after it, the
        # footer
        if _PAGE_HEAD.match(line) and _under_headline(text, m.start()) and \
                _lead_follows(text, line_end) and not _money_above(text, m.start()):
            continue
        return m.start(), line
    return len(text), None


def _boxed_inside(text: str, pos: int, line: str) -> bool:
    """Whether `line` at `pos` is a related stories box's label after the body's prose: a box
    set between two paragraphs, the body going on after it. Under the headline, the stories it
    lists come before the lead."""
    return line.casefold() in L.RELATED_LABELS and not _under_headline(text, pos) and \
        _box_left_out(text, pos + len(line))


# How many lines a box set inside a body leaves between its label and the body's next paragraph:
# a photo's caption, the stories' links a saved page dropped. Two or more lines are the stories'
# headlines, and a page's last box lists them before another story's teaser, prose as the body is.
_BOX_LINES_MOST = 1


def _box_left_out(text: str, pos: int) -> bool:
    """Whether the lines from `pos` to the next line of prose are no more than a caption: at most
    `_BOX_LINES_MOST` of them, holding no money (a headline's money is another story's, and
    whether the prose after it is the body's or a teaser's is not known: the body then ends)."""
    lines = []
    for line in text[pos:pos + _PROSE_LOOKAHEAD].split("\n"):
        line = line.strip()
        if _is_prose(line):
            return len(lines) <= _BOX_LINES_MOST and \
                not any(a.currency for a in find_amounts("\n".join(lines)))
        if line:
            lines.append(line)
    return False


def is_furniture(line: str) -> bool:
    """A line of page furniture: an ad label, a photo tag, a related-article link."""
    return _is_furniture(line.strip())


def _is_furniture(line: str) -> bool:
    folded = line.casefold()
    return folded in L.FURNITURE_LINES or folded.startswith(L.FURNITURE_STARTS)


# A line of prose: long enough to be a paragraph, and ending as a sentence does.
_PROSE_MIN = 40
# How far after a furniture line the body's prose may resume (a site's menu or share bar between).
_PROSE_LOOKAHEAD = 2000
_PROSE_END = tuple(".!?。\"”’')")


# A stamp or byline prints its date whole, with the year.
_YEAR = re.compile(r"(?:19|20)\d{2}")
# A clock time after a date: "입력 2016-11-14 21:41", "2021년 5월 11일(화) 오후 2:26".
_CLOCK = re.compile(r"\s*(?:\([^)]{1,3}\)\s*)?(?:[AaPp]\.?[Mm]\.?\s*|오[전후]\s*)?\d{1,2}:\d{2}")
# ... or set off by a dash, ending its line ("Posted: March 2, 2021 - 07:45"), after a date with its
# year and a stamp's label (a byline may run into it on one line; a line of the date and clock
# alone is a stamp by its length): a headline's "results April 3 - 09:30 update" or prose's
# "stopped on April 3, 2024 - 10:15 local" is no stamp.
# A stamp's clock ending its line, after its separator: "07:45", "9:10h.", "p.m. 2:26 (KST)".
_LINE_END_CLOCK = (r"[^\S\n]*(?:[AaPp]\.?[Mm]\.?[^\S\n]*)?\d{1,2}:\d{2}"
                   r"(?:[^\S\n]*(?:h|[AaPp]\.?[Mm]\.?))?"
                   r"(?:[^\S\n]*\(?(?:" + alternation(L.STAMP_TIME_ZONES) + r")\b\)?)?"
                   r"\.?[^\S\n]*$")
_DASH_CLOCK = re.compile(r"[^\S\n]*[-–—]" + _LINE_END_CLOCK, re.M)
_LABEL_BEFORE = re.compile(r"(?i)(?:" + alternation(L.STAMP_LABELS) + r")\s*:?\s*$")
# ... or a clock in words after a date written whole with its year, printed as a machine prints
# them, a month, a day or an hour padded with a zero ("2016년 11월 14일 09시"), with a stamp's own
# word on its line (`STAMP_LINE_WORDS`, "표출된 기사"): prose gives an event's day and hour as
# they are said ("오전 10시 30분"), and a padded one without a stamp's word is prose too.
_CLOCK_WORDS = re.compile(r"\s*(?:\([^)]{1,3}\)\s*)?(?:오[전후]\s*)?\d{1,2}시\s*\d{1,2}분")
_PADDED = re.compile(r"(?<!\d)0\d\s*(?:월|일|시)")
_STAMP_LINE_WORD = re.compile(alternation(L.STAMP_LINE_WORDS))
# ... or after a comma, ending its line ("Posted on: May 4, 2023, 09:10h."), when at most a
# stamp's label and a weekday stand before the date: a lead's "agreed on Tuesday, March 5, 2024,
# 9:30 a.m. local time, to buy" is prose, its date the event's.
_COMMA_CLOCK = re.compile(r"[^\S\n]*," + _LINE_END_CLOCK, re.M)
_STAMP_LABEL = re.compile(r"(?i)(?:(?:" + alternation(L.STAMP_LABELS) + r")\s*:?\s*)?"
                          r"(?:(?:" + alternation(L.WEEKDAYS + L.STAMP_WEEKDAYS) + r")\.?,?)?")


def _printed_clock_in_words(text: str, start: int, end: int, line: str) -> bool:
    """Whether the date at start:end, with its year, has a clock in words after it, some of it
    padded with a zero, on a line with a stamp's own word: a machine's print stamp."""
    clock = _CLOCK_WORDS.match(text, end)
    return clock is not None and _YEAR.search(text, start, end) is not None \
        and _PADDED.search(text, start, clock.end()) is not None \
        and _STAMP_LINE_WORD.search(line) is not None


def is_stamp(text: str, start: int, end: int) -> bool:
    """Whether the date at start:end is a page's dateline or byline, not its prose: a clock time
    follows it, or it is written with its year on a line too short to be a sentence and not
    ended as one ("2025-09-26 (name) 기자"; a short lead "지난 4일 ... 결정했다." is prose)."""
    lo, hi = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    line = text[lo:hi if hi >= 0 else len(text)].strip()
    if _CLOCK.match(text, end) or _printed_clock_in_words(text, start, end, line) \
            or (_DASH_CLOCK.match(text, end) and _YEAR.search(text, start, end) is not None
                and _LABEL_BEFORE.search(text, lo, start)) \
            or (_COMMA_CLOCK.match(text, end)
                and _STAMP_LABEL.fullmatch(text[lo:start].strip())):
        return True
    return len(line) < _PROSE_MIN and not ends_as_sentence(line) and \
        _YEAR.search(text, start, end) is not None


def _is_prose(line: str) -> bool:
    return len(line) >= _PROSE_MIN and ends_as_sentence(line)


def ends_as_sentence(text: str) -> bool:
    """Whether `text` ends as a sentence does, with a stop mark, maybe before a closing quote or
    bracket: a headline, a byline or a page's list of other stories does not (nor does nothing)."""
    return text.rstrip().endswith(_PROSE_END)


# A sentence's end inside a line, more words after it.
_INNER_STOP = re.compile(rf"[{STOPS}][{CLOSING_QUOTES}]?[^\S\n]+\S")


def _opens_paragraph(line: str) -> bool:
    """A line of prose, or a paragraph a page cut off mid-sentence: a whole sentence of a
    paragraph's length ends inside it."""
    return _is_prose(line) or (m := _INNER_STOP.search(line, _PROSE_MIN - 1)) is not None \
        and m.start() >= _PROSE_MIN - 1


# A line ending a sentence with a full stop after a word ("Orvel agrees $3 billion deal.", "계약."):
# a headline, a section's label or a stamp ("2024. 5. 14.") seldom ends so; a brief's line does.
_FULL_STOP = re.compile(r"[^\W\d_][.。]$")
# A year or a clock on a line: a stamp's, whose "a.m." is no sentence's end.
_A_TIME = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|\d{1,2}:\d{2}")


def _under_headline(text: str, pos: int) -> bool:
    """Whether the line at `pos` stands between the headline and the lead: no line before it is
    prose, and none after the first (a headline or a section's label) ends a sentence, as a
    short news item's lines do before its last line; a stamp's line ("May 14, 2024 9:12 a.m.") ends none,
    and a photo's caption, furniture ("이미지 확대 ..."), is no line of the article."""
    lines = [x for x in (line.strip() for line in text[:pos].split("\n"))
             if x and not _is_furniture(x)]
    return not any(_is_prose(x) for x in lines) and \
        not any(_FULL_STOP.search(x) and not _A_TIME.search(x) for x in lines[1:])


def _money_above(text: str, pos: int) -> bool:
    """Whether a line before `pos`, after the first (a headline) and not furniture, holds an
    amount of money: the article's own lines (a results box, a list), no page head."""
    lines = [x for x in (line.strip() for line in text[:pos].split("\n"))
             if x and not _is_furniture(x)]
    return any(a.currency for a in find_amounts("\n".join(lines[1:])))


def _lead_follows(text: str, pos: int) -> bool:
    """Whether the next line with words after `pos` opens a paragraph: a credit printed over the
    lead is followed by the lead itself (cut off mid-sentence on a teaser page), never by a link
    to another story."""
    return next((_opens_paragraph(x) for x in (x.strip() for x in text[pos:].split("\n")) if x),
                False)


def _prose_follows(text: str, pos: int) -> bool:
    """Whether a line of prose follows `pos` before the next line that ends a body."""
    for line in text[pos:pos + _PROSE_LOOKAHEAD].split("\n"):
        line = line.strip()
        if _END_MARKER.match(line) and not _is_furniture(line):
            return False
        if _is_prose(line):
            return True
    return False


def lead_end(text: str, most: int = 400) -> int:
    """Where a text's first sentence (its headline, when it has one) ends, at most `most`
    characters in (a page with no stops is not read whole)."""
    m = SENTENCE_END.search(text, 0, most)
    return m.start() if m else min(len(text), most)


def in_link(text: str, a: Amount) -> bool:
    """An amount inside a URL ("https://.../4bn-deal") or a slug ("planned-4bn-deal"): the
    words of an address, not a figure the article states."""
    lo = max(text.rfind(" ", 0, a.start), text.rfind("\n", 0, a.start)) + 1
    ends = [i for i in (text.find(" ", a.end), text.find("\n", a.end)) if i >= 0]
    token = text[lo:min(ends) if ends else len(text)]
    if "://" in token or token.startswith("www.") or "/" in token and "-" in token:
        return True
    glued = a.start >= 2 and text[a.start - 1] == "-" and text[a.start - 2].isalnum()
    return glued and text[a.end:a.end + 1] == "-" and text[a.end + 1:a.end + 2].isalpha()


# A saved page's picture ("![alt](address)"), its syntax closed, its alt text allowed one
# bracketed credit ("... on April 30. [NEWS1]"): the alt text and the caption under it that repeats
# it date the photograph, often a file photo, not the news.
_PICTURE = re.compile(r"[^\S\n]*!\[(?P<alt>(?:[^\[\]\n]|\[[^\[\]\n]*\])+)\]\([^()\n]*\)")
# ... or a wire's caption printed as a line of its own ("In this file photo, ...", "This photo
# provided by ..."), the opener's last word ending there.
_CAPTION_OPENER = re.compile(r"(?i)[^\S\n]*(?:" + alternation(L.CAPTION_OPENERS)
                             + r")(?:[^\S\n]*[,:]|[^\S\n]+(?:" + alternation(L.CAPTION_VERBS)
                             + r")\b)")
# A caption repeats an alt text this long at least (a short one, "S" or "Photo", may begin any
# line), give or take this many characters (a credit, spacing).
CAPTION_MIN = 15
CAPTION_SLACK = 10


def in_caption(text: str, pos: int) -> bool:
    """Whether `pos` is inside a picture's syntax, on the line after it that repeats its whole
    alt text, or on a line a caption's words open."""
    lo = text.rfind("\n", 0, pos) + 1
    if _CAPTION_OPENER.match(text, lo):
        return True
    here = _PICTURE.match(text, lo)
    if here:
        return pos < here.end()
    picture = _PICTURE.match(text, text.rfind("\n", 0, max(lo - 1, 0)) + 1) if lo else None
    if picture is None or len(alt := " ".join(picture.group("alt").split())) < CAPTION_MIN:
        return False
    hi = text.find("\n", lo)
    line = " ".join(text[lo:hi if hi >= 0 else len(text)].split())
    return (line.startswith(alt) or alt.startswith(line)) and \
        abs(len(line) - len(alt)) <= CAPTION_SLACK
