"""The records scan passes between its stages."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from currency.data.periods import parse_period


@dataclass(frozen=True)
class Article:
    """One article's text and where its publication date came from."""

    path: str                      # as the user named it (relative to the folder scanned)
    text: str                      # the article's text (for HTML: the extracted article body)
    published: dt.date | None      # the last day it may have come out on: a month or year
                                   # given (`period`) stands as its last day where counted from
    date_source: str               # "--index", "index.csv", "header line", "page metadata",
                                   # "dateline: 입력 2024.03.27", or "none"
    url: str | None = None
    publisher: str | None = None
    language: str = ""             # "ko", "en", ... (guessed from the text when not given)
    locale: str | None = None      # the page's declared locale (en-CA): what a bare "$" names
    period: str | None = None      # "2024-10", "2024": the month or year given, when no day is
    named: str = ""                # the path as named on the command line (A/a.txt), which
                                   # `path` shortens to the folder's part (a.txt)

    @property
    def published_span(self):
        """The publication as a `Period`: the day, or the month or year given (None without)."""
        return parse_period(self.published_as) if self.published else None

    @property
    def published_as(self) -> str:
        """The publication date as its figures file it: the day, or the month or year given."""
        return self.period or (self.published.isoformat() if self.published else "")


@dataclass(frozen=True)
class Group:
    """A fact: figure ids that state the same quantity of the same subject at the same time."""

    metric: str                    # readable, ASCII, unique: sk_hynix_indiana_investment
    figure_ids: tuple[str, ...]
    cohesion: float                # mean pairwise similarity of its members, 0..1
    sentences: tuple[str, ...] = ()


@dataclass(frozen=True)
class ScanResult:
    """What scanning a set of articles proposes: rows in the figures.csv schema and their groups."""

    rows: tuple[dict, ...]         # one dict per figure, keys from reconcile.store.figures.COLUMNS
    groups: tuple[Group, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)   # one line per article skipped etc.
    copies: dict[str, int] = field(default_factory=dict)    # figure id -> times its article
                                                            # prints its sentence, when twice+


@dataclass(frozen=True)
class EditionLinks:
    """Mention keys two editions tie: `slipped` pairs are one amount, a power of ten apart as
    written; `apart` pairs are two, each the counterpart of another amount of the other edition;
    `same` pairs are counterparts, one amount as each edition states it, shared or slipped."""

    slipped: frozenset[tuple[str, str]] = frozenset()
    apart: frozenset[tuple[str, str]] = frozenset()
    same: frozenset[tuple[str, str]] = frozenset()     # counterparts: one statement translated
