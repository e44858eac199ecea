"""Findings: typed records of what disagrees, with their evidence as fields.

A check returns `Finding`s. Each names the figures it judges wrong (`flagged`; none for an info
note) and carries one `Evidence` per check that spoke: the yardstick figures, the gap, the
explanations that were tried. The engine merges what several checks say about one wrong figure
into one finding (`merge`), and the table for reports and exports is made from the records.
"""
from __future__ import annotations

import functools
import math
import re
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import MISSING, dataclass, field
from itertools import chain, compress, filterfalse, repeat
from operator import attrgetter, eq, is_, itemgetter

import numpy as np
import pandas as pd

import currency.lang as L
from reconcile.model.components import Components
from reconcile.model.distinct import sorted_codes

SEVERITIES = ("info", "low", "medium", "high")
RANK = {s: i for i, s in enumerate(SEVERITIES)}
# The table keeps each finding's fields and its record; the message is rendered from the record
# for the rows a view shows (`messages`), never stored for all.
COLUMNS = ["severity", "metric", "flagged", "against", "figures", "check", "gap",
           "value_low", "value_high", "expected_low", "expected_high", "unit", "rule", "record"]
# The table's cells that hold tuples, as the records do: figure ids, and the checks that spoke.
# Views that write text cells join them (`reports.tables.cell_text`); nothing splits them.
ID_COLUMNS = ("flagged", "against", "figures", "check")

# How far off a figure's point may be before a discrepancy is medium or high.
MEDIUM_OFF = 1.05
HIGH_OFF = 1.25
# A ratio within this many decimal orders of a power of ten reads as a unit slip (억 vs 10억).
SLIP_TOLERANCE = 0.05


# A list of figure ids longer than this, already named earlier in one finding's message, is said
# by its count: a merged finding may hold thousands of pieces about one fact, each against the
# same agreeing figures. Shorter lists read better repeated than referred to.
NAME_ONCE_OVER = 3
# A message says at most this many sentences of one check; the rest are counted in one sentence
# after them. A merged finding may join hundreds of thousands of relations of one kind (every
# pair of digits that relate among 20,000 values of one fact), which no reader reads and whose
# text would run to a hundred megabytes. The structured fields (flagged, against, figures, gap,
# bounds) stay complete: only the sentences are cut.
SAY_PER_CHECK = 50


# The records are slotted: a run at scale makes hundreds of thousands of them, and a slotted
# record is smaller than one with a dict and quicker to fill (`many`).
@dataclass(frozen=True, slots=True)
class Ids:
    """Figure ids named in a sentence, kept as the tuple the checks share among the findings
    about one fact; joined only when the message is rendered."""

    ids: tuple[str, ...]


# How a figure is named at the head of a finding: id, amount as written, source, as_of. Applied
# by `%` to the head's own tuple: one C call, where a format of the unpacked parts behind a
# Python `__str__` costs a 1M export's 376k messages about 0.2 s more. `%s` is `str` where
# `format` is `__format__`: the two agree for text and None, which is all a head's parts are (the
# loaders give cells as text), not for every number type (numpy's float32 prints shorter).
_HEAD = '%s ("%s", %s, as of %s)'


class Head(tuple):
    """Who a finding is about, as its parts (id, amount as written, source, as_of): the text,
    'c34-03 ("약 678억달러", 34_asiae.txt, as of 2022-01-18)', is written by `str`.

    A run at scale names hundreds of thousands of figures whose amounts hold Hangul (four bytes
    a character in a str): one tuple of the figure's own strings is about a third the size of
    its text. It compares and hashes by its parts, so two heads of one figure are equal, and
    pickles as a tuple does (Dask's workers send the records)."""

    __slots__ = ()

    def __str__(self) -> str:
        return _HEAD % self

    def __repr__(self) -> str:
        return f"Head({tuple.__repr__(self)})"


@dataclass(frozen=True, slots=True)
class Evidence:
    """What one check found about a figure, as fields; `detail` is the sentence, as text, as
    text and `Ids` parts, or as a callable giving either, rendered with the finding's message."""

    check: str
    rule: str
    # A check with many findings may give a callable (a partial over its rows) that returns the
    # sentence: it is called only when the message is rendered.
    detail: str | tuple[str | Ids, ...] | Callable[[], str | tuple[str | Ids, ...]]
    against: tuple[str, ...] = ()
    low: float = math.nan            # what the judged figure says, in `unit`
    high: float = math.nan
    expected_low: float = math.nan   # what the yardstick allows, in `unit`
    expected_high: float = math.nan
    unit: str = ""
    gap: float = 1.0                 # the point value against the yardstick's nearer edge, >= 1
    slip: int = 0                    # the power of ten the gap is close to, if any
    tried: tuple[str, ...] = ()      # explanations tried: rounding, hedge, rate dates, allowance

    @classmethod
    def many(cls, n: int, **fields) -> list[Evidence]:
        """`n` pieces of evidence, field by field: a list is one value per record, anything else
        one value for all (an omitted field takes its default)."""
        return _many(cls, n, fields)


@dataclass(frozen=True, slots=True)
class Finding:
    """One discrepancy (or info note) about one figure or a set of figures that no majority
    separates."""

    severity: str
    metric: str
    flagged: tuple[str, ...]         # the figures judged wrong; empty for an info note
    subject: tuple[str, ...]         # the figures the finding is about
    # Who they are: one figure's `Head`, or text naming several figures or a metric.
    head: str | Head
    evidence: tuple[Evidence, ...] = field(default=())
    # Figures converted at a stand-in fixing (`reconcile.model.rate_notes`), said after the text.
    rate_notes: tuple[str, ...] = ()
    # Whose each piece of `evidence` is, when the finding joins findings about different figures
    # (`_join`): the head of the finding it came from, one per piece; empty when every piece is
    # about `head`'s own figure (the usual finding). A piece about another figure is said with
    # that figure named (`_whose_sentence`).
    whose: tuple = ()

    def __post_init__(self) -> None:
        _valid(self.severity, self.evidence)
        _valid_whose(self.whose, self.evidence)

    @classmethod
    def many(cls, n: int, **fields) -> list[Finding]:
        """`n` findings, field by field, as `Evidence.many`; their severities and evidence are
        checked together, as each finding's own are when it is made alone."""
        severity, evidence = fields.get("severity"), fields.get("evidence", ())
        if isinstance(severity, list) or isinstance(evidence, list):
            # All valid is seen in C (a set of the names, the pieces' truth); only otherwise is
            # each record checked, in order, so that the first one not valid is named.
            if not (set(severity if isinstance(severity, list) else [severity]) <= RANK.keys()
                    and all(evidence if isinstance(evidence, list) else [evidence])):
                deque(map(_valid, *(v if isinstance(v, list) else repeat(v, n)
                                    for v in (severity, evidence))), maxlen=0)
        else:
            _valid(severity, evidence)
        whose = fields.get("whose", ())
        if whose:
            deque(map(_valid_whose, *(v if isinstance(v, list) else repeat(v, n)
                                      for v in (whose, evidence))), maxlen=0)
        return _many(cls, n, fields)

    @property
    def message(self) -> str:
        """The finding as sentences: who, then what each check found."""
        if len(self.evidence) == 1:
            # Nine findings in ten at scale: one sentence, nothing to count or name again, so
            # the text is made in one format rather than chunk by chunk.
            return self._said(_sentence(self.evidence[0].detail, {}))
        return "".join(self._chunks())

    def _said(self, sentence: str) -> str:
        """The message of a finding of one piece of evidence, given its sentence."""
        return _one_messages((self.head,), (sentence,), (self._notes(self.evidence),),
                             names=(self._names(),))[0]

    def _names(self) -> tuple[str, ...]:
        """The words a sentence of this finding may open with that keep their case: its
        figures' ids and its metric key."""
        return _names((self.metric, *self.subject))

    def message_start(self, limit: int) -> str:
        """The message, or its start once longer than `limit` characters: a merged finding may
        hold hundreds of thousands of pieces, of which a screen shows a few."""
        out, size = [], 0
        for chunk in self._chunks():
            out.append(chunk)
            size += len(chunk)
            if size > limit:
                break
        return "".join(out)

    def _chunks(self):
        # The one rendering of a finding: head, each evidence's sentence, what was tried, notes.
        named: dict = {}
        said: dict[str, int] = {}       # sentences said per check, then those left unsaid
        # Figures flagged together may each bring the same sentence (two printings of one
        # amount, each judged alike): among those said, it is said once. Looked for over a
        # bounded number of pieces: a merged finding may hold hundreds of thousands.
        heard: set | None = set() if len(self.flagged) > 1 else None
        looked = 0
        whose, names = self.whose, self._names()
        # Whose the last sentence said was: once one about another figure is said, a sentence
        # about the head's own figure is named too, or its "It" would read as that other's.
        last = self.head
        yield f"{self.head}: "          # `str` of either kind of head
        for n, e in enumerate(self.evidence):
            if heard is not None and looked < _LOOK_FOR_REPEATS:
                looked += 1
                plain = _sentence(e.detail, {})
                if plain in heard:      # neither said again nor counted among the unsaid
                    continue
                heard.add(plain)
            k = said.get(e.check, 0)
            said[e.check] = k + 1
            if k < SAY_PER_CHECK:       # an unsaid sentence is never rendered
                text = _capital(_sentence(e.detail, named), names)
                if whose:
                    if whose[n] != self.head or last != self.head:
                        text = _whose_sentence(text, whose[n])
                    last = whose[n]
                yield (" " if n else "") + text
        for check, k in said.items():
            if k > SAY_PER_CHECK:
                yield (f" … and {k - SAY_PER_CHECK:,} more of the same kind from the {check}"
                       f" check.")
        yield self._notes(self.evidence)

    def _notes(self, pieces: tuple[Evidence, ...]) -> str:
        """What the message says after its sentences: the explanations the `pieces` tried (each
        once; none for an info note), then the stand-in rates."""
        return _notes(self.severity, pieces[0].tried if len(pieces) == 1 else
                      tuple(dict.fromkeys(chain.from_iterable(map(_TRIED, pieces)))),
                      self.rate_notes)


_TRIED = attrgetter("tried")


def _notes(severity: str, tried, rate_notes: tuple[str, ...]) -> str:
    """`Finding._notes` of a finding of `severity` whose pieces tried `tried`, in order."""
    # A tuple is its own `tuple()`; a caller's list becomes one (a key must hash).
    out = _tried_words(tuple(tried)) if severity != "info" else ""
    if rate_notes:
        out += f" (rates: {'; '.join(rate_notes)})"
    return out


def _one_messages(heads, sentences, notes, ids=None, after=None, names=None) -> list[str]:
    """The messages of findings of one piece of evidence each: who, its sentence capitalized
    (unless it opens with one of its row's `names`, `_capital`), its `_notes`. A sentence may
    come as three columns (`_sentence_parts`): its start (the part capitalized), then `ids` and
    `after`."""
    # A `Head`'s text made in place (its `__str__` is the same `%`, without a Python call per
    # row); a head given as text is used as it is. A sentence in parts is put together here, in
    # the message's one format, not first on its own.
    if ids is None:
        ids = after = repeat("")
    if names is None:
        names = repeat(())
    return [f"{_HEAD % h if h.__class__ is Head else h}: {_capital(s, w)}{i}{a}{n}"
            for h, s, i, a, n, w in zip(heads, sentences, ids, after, notes, names)]


# Keyed by value: at a million figures 338,716 one-piece findings hold 1,546 tuples of what was
# tried, 61 distinct (the rounding and hedge allowances of a few scales), so the words are made a
# few dozen times instead of once per message.
@functools.lru_cache(maxsize=4096)
def _tried_words(tried: tuple[str, ...]) -> str:
    """' Tried: a; b.' for the explanations `tried`, each once in the order first tried; '' for
    none."""
    return f" Tried: {'; '.join(said)}." if (said := dict.fromkeys(tried)) else ""


def _valid_whose(whose: tuple, evidence: tuple) -> None:
    """A finding's `whose` names every piece of its evidence's figure, or none."""
    if len(whose) not in (0, len(evidence)):
        raise ValueError(f"whose names {len(whose)} figures for {len(evidence)} pieces of"
                         f" evidence")


def _valid(severity: str, evidence: tuple) -> None:
    """What a finding must be: of a known severity, with at least one piece of evidence."""
    if severity not in RANK:
        raise ValueError(f"unknown severity {severity!r}")
    if not evidence:
        raise ValueError("a finding needs at least one piece of evidence")


def _many(cls: type, n: int, fields: dict) -> list:
    """`n` records of a slotted record class, one call of its filler (`_filler`) each, mapped in
    C over the fields' columns: about half the time of the generated `__init__`, whose every field
    goes through `object.__setattr__`. The same records: every field set, nothing else; checks
    are the caller's (`Finding.many`)."""
    unknown = fields.keys() - cls.__dataclass_fields__.keys()
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {sorted(unknown)[0]!r}")
    columns = []
    for name, spec in cls.__dataclass_fields__.items():
        value = fields.get(name, spec.default)
        if value is MISSING:
            raise TypeError(f"{cls.__name__}.many needs the field {name!r}")
        if isinstance(value, list):
            if len(value) != n:
                raise ValueError(f"{cls.__name__}.many: {len(value)} values of {name!r} for "
                                 f"{n} records")
            columns.append(value)
        else:
            columns.append(repeat(value, n))
    return list(map(_FILLERS[cls], *columns))


def _filler(cls: type) -> type:
    """A class with `cls`'s slots, in their order, whose call takes every field's value, in the
    order of the fields, stores them and turns the new object into a `cls` record.

    A frozen record refuses attribute stores, so its `__init__` sets each field through
    `object.__setattr__` (a call per field). The filler is not frozen: its `__init__` stores
    each field as a plain slot store, then assigns `__class__`, which Python allows between
    classes of the same slots. The record is then a `cls` like any other: same fields, type,
    equality, hash, pickled bytes, and frozen from then on."""
    # The slots in the fields' order (a dataclass's own); were they not, the first class
    # assignment would raise TypeError.
    names = tuple(cls.__dataclass_fields__)
    args = ", ".join(names)
    source = (f"def __init__(self, {args}):\n"
              + "".join(f"    self.{name} = {name}\n" for name in names)
              + "    self.__class__ = record\n")
    scope: dict = {}
    exec(source, {"record": cls}, scope)
    return type(f"_{cls.__name__}Filler", (), {"__slots__": cls.__slots__,
                                               "__init__": scope["__init__"]})


_FILLERS = {cls: _filler(cls) for cls in (Evidence, Finding)}


class RowOf(tuple):
    """Row `k` of a sentence maker, `(make, k)`. `make` takes a list of rows and gives their
    sentences as three columns, made column by column: the words before a list of figure ids,
    the ids (a tuple), the words after. Called, it gives its row's sentence as parts
    (`said_at`); `messages` asks `make` once for all the rows of a view that it holds."""

    __slots__ = ()
    # By identity, as a `Later` (a maker may hold lists).
    __eq__, __ne__, __hash__ = object.__eq__, object.__ne__, object.__hash__

    def __call__(self):
        return said_at(self[0]([self[1]]))


def said_at(columns: tuple[list, list, list], k: int = 0) -> tuple:
    """Row `k` of a `RowOf` maker's columns as a sentence's parts: its ids are `Ids`."""
    before, ids, after = columns
    return before[k], Ids(ids[k]), after[k]


class Rows:
    """A `Batch` column made for the rows asked only (`make(rows)`, rows a list of positions):
    sentences and heads, which most rows of a large run never need."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[list[int]], list]) -> None:
        self.make = make


class Batch:
    """One check's findings of one figure and one piece of evidence each, as the columns
    `Finding.many` and `Evidence.many` take: records are made for the rows asked only."""

    def __init__(self, ids: list, flags, severity, metric, head: list, evidence: dict,
                 clean: bool = False) -> None:
        self.ids = ids                                  # each row's figure id
        self.flags = np.asarray(flags, dtype=bool)      # which rows flag their figure
        self.severity, self.metric, self.head, self.evidence = severity, metric, head, evidence
        # Every row's `against` holds distinct ids, none its own figure's (the check knows it):
        # its table cells need no test. Checked on the checks' batches by
        # test_batch_properties.py, not at run time (a pass over every id).
        self.clean = clean
        self.notes: dict[int, Finding] = {}     # rows given as a record of their own
        self._all: list | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def __setitem__(self, k: int, record: Finding) -> None:
        self.notes[k] = record
        self._all = None

    def column(self, name: str, at) -> list:
        """A field's values at rows `at` (a list), from the finding's fields or the evidence's;
        a field given once for all rows stays one value."""
        v = getattr(self, name) if name in ("ids", "severity", "metric", "head") \
            else self.evidence.get(name, Evidence.__dataclass_fields__[name].default)
        if v.__class__ is Rows:
            return v.make(range(len(self)) if at is None else at)
        if not isinstance(v, list):
            return v
        return v if at is None else list(map(v.__getitem__, at))

    def records(self, at: list | None = None) -> list[Finding]:
        """The records of rows `at` (all rows when None), in order; a row given a record of its
        own (`notes`) is that record."""
        if at is None and self._all is not None:
            return self._all
        m = len(self) if at is None else len(at)
        evidence = Evidence.many(m, **{k: self.column(k, at) for k in self.evidence})
        own = list(zip(self.column("ids", at)))
        flags = self.flags if at is None else self.flags[at]
        flagged = own if flags.all() else [o if x else () for o, x in
                                           zip(own, flags.tolist())]
        out = Finding.many(m, severity=self.column("severity", at),
                           metric=self.column("metric", at), flagged=flagged, subject=own,
                           head=self.column("head", at), evidence=list(zip(evidence)))
        if self.notes:
            where = range(m) if at is None else at
            for k, r in enumerate(where):
                note = self.notes.get(r)
                if note is not None:
                    out[k] = note
        if at is None:
            self._all = out
        return out

    def messages(self, at: list[int]) -> list[str]:
        """The messages of rows `at`, none given a record of its own (`notes`), said from the
        columns: what their records' `message` says, with no record made."""
        m = len(at)
        severity, tried = (_each(self.column(c, at), m) for c in ("severity", "tried"))
        # A batch row's record has one piece and the rate notes `records` gives it (none: a
        # row given notes is a record of its own, `rate_notes.annotate_findings`); its notes are
        # made once per distinct severity and tuple of what it tried.
        rates = _BATCH_RATE_NOTES
        notes = once(lambda s, t: _notes(s, t, rates), severity, tried)
        start, ids, after = _sentence_parts(_each(self.column("detail", at), m))
        # A row's sentence may open with its figure's id or its metric key, said as written.
        names = zip(_each(self.column("metric", at), m), _each(self.column("ids", at), m))
        return _one_messages(self.column("head", at), start, notes, ids, after, names)


# The rate notes of a record `Batch.records` makes: `Finding.many` is given none.
_BATCH_RATE_NOTES = Finding.__dataclass_fields__["rate_notes"].default


class Found(Sequence):
    """A check's findings as parts in order, each a list of records or a `Batch`: read as one
    sequence of records (a batch's made when first read); the engine reads the parts."""

    def __init__(self, parts) -> None:
        self.parts = [p for p in parts if len(p)]
        self._all: list | None = None

    def _records(self) -> list[Finding]:
        if self._all is None:
            self._all = list(chain.from_iterable(p.records() if isinstance(p, (Batch, Pieces))
                                                 else p for p in self.parts))
        return self._all

    def __len__(self) -> int:
        return sum(map(len, self.parts))

    def __getitem__(self, k):
        return self._records()[k]

    def __iter__(self):
        return iter(self._records())


class Pieces:
    """One check's findings as the columns `Finding.many` takes (each a list), given to the merge
    with those that flag one figure joined beforehand by (metric, figure): `merge` would join
    them, and one record per group is a fraction of the work (a check may say hundreds of
    thousands of things about a few tens of thousands of totals). Read as records, one per
    finding (`records`)."""

    def __init__(self, n: int, **fields) -> None:
        other = fields.keys() - set(_PIECES_JOINED)
        if other:
            raise TypeError(f"Pieces takes no field {sorted(other)[0]!r}")
        fields = {k: v if isinstance(v, list) else [v] * n for k, v in fields.items()}
        # Each finding valid as `Finding.many` would have it, before any is joined.
        severity, evidence = fields["severity"], fields["evidence"]
        if not (set(severity) <= RANK.keys() and all(evidence)):
            deque(map(_valid, severity, evidence), maxlen=0)
        self.n, self.fields = n, fields
        self._all: list | None = None
        self._joined: tuple | None = None

    @classmethod
    def of(cls, parts: list) -> Pieces:
        """The findings of `parts` (`Pieces`, or empty lists) as one `Pieces`, in order."""
        parts = [p for p in parts if len(p)]
        return cls(sum(map(len, parts)), **{k: list(chain.from_iterable(p.fields[k]
                                                                      for p in parts))
                                            for k in _PIECES_JOINED})

    def __len__(self) -> int:
        return self.n

    def records(self, at: list | None = None) -> list[Finding]:
        """The findings of rows `at` (all when None), one record each, in order."""
        if at is None and self._all is not None:
            return self._all
        cols = self.fields if at is None else \
            {k: list(map(v.__getitem__, at)) for k, v in self.fields.items()}
        out = Finding.many(self.n if at is None else len(at), **cols)
        if at is None:
            self._all = out
        return out

    def joined(self) -> tuple[list[Finding], np.ndarray]:
        """The records the merge is given, in the order of their first finding: one per
        (metric, figure) that findings flagging that one figure share, `_join` of them; every
        other finding its own. With each record's first row (its rows: `rows_of`)."""
        if self._joined is None:
            self._joined = self._join()
        return self._joined[:2]

    def rows_of(self, k: int) -> np.ndarray:
        """The rows (findings, in order) that the `k`th record of `joined` joins."""
        order, cut = self._joined[2:]
        return order[cut[k]:cut[k + 1]]

    def _join(self) -> tuple:
        f, n = self.fields, self.n
        flagged = f["flagged"]
        one = np.fromiter(map(len, flagged), dtype=np.intp, count=n) == 1
        # A missing metric or id is a value of its own here, as in the merge's groups: the NA
        # code (-1) would meet the keys of the findings that stand alone.
        metric = pd.factorize(object_cells(f["metric"]), use_na_sentinel=False)[0].astype(np.int64)
        figure = np.zeros(n, dtype=np.int64)
        ids = object_cells(list(map(itemgetter(0), compress(flagged, one))))
        figure[one], figures = pd.factorize(ids, use_na_sentinel=False)
        # A finding not flagging one figure is a group of its own (a key no other has).
        key = np.where(one, metric * (len(figures) + 1) + figure, -1 - np.arange(n))
        group = pd.factorize(key)[0]        # numbered in order of first finding
        order = np.argsort(group, kind="stable")
        cut = np.flatnonzero(np.r_[True, group[order][1:] != group[order][:-1]]) if n else \
            np.zeros(0, dtype=np.intp)
        lead = order[cut]
        bounds = np.r_[cut, n].tolist()
        rank = np.fromiter(map(RANK.__getitem__, f["severity"]), dtype=np.intp, count=n)
        worst = np.maximum.reduceat(rank[order], cut) if n else rank
        lead_list = lead.tolist()
        # Each group's pieces from one pass over the findings in group order: a group of one
        # keeps its finding's tuple.
        evidence = object_cells(f["evidence"])[order].tolist()
        pieces = [evidence[a] if b - a == 1 else tuple(chain.from_iterable(evidence[a:b]))
                  for a, b in zip(bounds[:-1], bounds[1:])]
        take = lambda c: list(map(c.__getitem__, lead_list))    # noqa: E731
        if all(map(is_, compress(f["subject"], one), compress(flagged, one))):
            # Each finding about one figure is about that figure alone (the usual check's): the
            # group's subject is its first's.
            subjects = take(f["subject"])
        else:
            subject = object_cells(f["subject"])[order].tolist()
            subjects = [subject[a] if b - a == 1 else
                        tuple(dict.fromkeys(chain.from_iterable(subject[a:b])))
                        for a, b in zip(bounds[:-1], bounds[1:])]
        heads = take(f["head"])
        records = Finding.many(len(lead), severity=[SEVERITIES[r] for r in worst.tolist()],
                               metric=take(f["metric"]), flagged=take(flagged),
                               subject=subjects, head=heads, evidence=pieces,
                               whose=self._whose(order, bounds, heads, evidence))
        return records, lead, order, np.asarray(bounds, dtype=np.intp)

    def _whose(self, order: np.ndarray, bounds: list[int], heads: list,
               evidence: list) -> list[tuple]:
        """Each joined record's `whose` (`_whose`), given its findings (`order` cut at
        `bounds`), their `evidence` in that order and the records' `heads`."""
        out = [()] * len(heads)
        if len(order) < 2:
            return out
        # A group joins findings flagging one figure, so their heads are nearly always one:
        # only a group in which a head changes from one finding to the next is looked at.
        head = object_cells(self.fields["head"])[order]
        changed = np.flatnonzero(head[1:] != head[:-1]) + 1
        groups = np.searchsorted(np.asarray(bounds), changed, side="right") - 1
        for g in np.unique(groups[np.isin(changed, bounds, invert=True)]).tolist():
            a, b = bounds[g], bounds[g + 1]
            out[g] = _whose(head[a:b].tolist(), [()] * (b - a), evidence[a:b], heads[g])
        return out


# The fields `Pieces` takes: those `_join` joins (a joined record's rate notes are none).
_PIECES_JOINED = ("severity", "metric", "flagged", "subject", "head", "evidence")


def parts_of(found) -> list:
    """A check's findings as parts: a `Found`'s own, or one list of records."""
    return found.parts if isinstance(found, Found) else [found]


class Pending:
    """A `record` cell made when read (`record_of`): a batch's row nothing joined, in a table
    for a view that renders some rows' messages (`check_evidence`'s `records_when_shown`)."""

    __slots__ = ("batch", "row")

    def __init__(self, batch: Batch, row: int) -> None:
        self.batch, self.row = batch, row


def record_of(cell) -> Finding:
    """The record a table's `record` cell holds or, for a `Pending` one, makes."""
    return cell.batch.records([cell.row])[0] if cell.__class__ is Pending else cell


def records_of(cells) -> list[Finding]:
    """`record_of` each of a column's `cells`, the `Pending` ones of a batch made together."""
    cells = list(cells)
    rows: dict[int, tuple[Batch, list[int], list[int]]] = {}
    for k, c in enumerate(cells):
        if c.__class__ is Pending:
            _, at, ks = rows.setdefault(id(c.batch), (c.batch, [], []))
            at.append(c.row)
            ks.append(k)
    for batch, at, ks in rows.values():
        for k, r in zip(ks, batch.records(at)):
            cells[k] = r
    return cells


# How many pieces of a finding flagging several figures are compared for a sentence said already.
_LOOK_FOR_REPEATS = 4 * SAY_PER_CHECK


def _capital(text: str, names: tuple[str, ...] = ()) -> str:
    """A sentence `text` with its first letter upper-cased, unless it opens with one of `names`
    (a finding's ids and metric key, `_names`): an id or a key is said as it is written."""
    if names:
        try:
            opens = text.startswith(names)
        except TypeError:       # a cell not text (None) names nothing a sentence opens with
            names = _names(names)
            opens = bool(names) and text.startswith(names)
        if opens and any(map(_opens_with, repeat(text), names)):
            return text
    return text[:1].upper() + text[1:]


def _opens_with(text: str, name: str) -> bool:
    """Whether `text`'s first word is `name`, case kept ("o1" opens "o1 and ...", not "o12",
    nor "o1-2")."""
    return text.startswith(name) and not _WORD_GOES_ON.match(text, len(name))


# What continues a word past a name's end: a letter, digit, underscore or hyphen (ids such as
# "k7-02" go on past "k7").
_WORD_GOES_ON = re.compile(r"[\w-]")


def _names(names) -> tuple[str, ...]:
    """The words of `names` a sentence could open with (text, not empty): a `startswith` key."""
    return tuple(n for n in names if n.__class__ is str and n)


# How a sentence of a joined finding names the figure it is about when that is not the head's:
# as the head names it, id and amount as written (`_HEAD`'s first two parts).
_NAME = '%s ("%s")'
# The pronouns a check's sentence calls its own figure by, as its subject (at its start or after
# a label such as "Parts not all stated: "), and what each becomes with the figure named.
SUBJECT_PRONOUNS = {"it": "%s", "its": "%s's"}
_PRONOUN = re.compile(r"^((?:[^:;.()\[\]\"]{1,60}: )?)(" + "|".join(SUBJECT_PRONOUNS)
                      + r")(?![\w'’])", re.IGNORECASE)


def _whose_sentence(text: str, who) -> str:
    """A joined finding's sentence `text` (as `_capital` left it) about the figure of `who` (a
    `Head`) after a sentence about another figure: read there, its "It" would be that other's.
    Its pronoun subject becomes the figure's name; a sentence that opens with the figure's id
    names it already; any other is led by the name, as the message is by its head. A `who`
    naming several figures (text) is left to the sentence, which names them."""
    if who.__class__ is not Head:
        return text
    name = _NAME % who[:2]
    m = _PRONOUN.match(text)
    if m:
        said = SUBJECT_PRONOUNS[m[2].lower()] % name
        return f"{m[1]}{said}{text[m.end():]}"
    if _opens_with(text, str(who[0])):
        return text
    return f"{name}: {text}"


def _sentence(detail: str | tuple, named: dict) -> str:
    """One evidence's sentence; a long id list that `named` holds (already said in this message)
    is said by its count."""
    if callable(detail):
        detail = detail()
    if isinstance(detail, str):
        return detail
    out = []
    for part in detail:
        if isinstance(part, str):
            out.append(part)
        elif len(part.ids) > NAME_ONCE_OVER and id(part.ids) in named:
            out.append(f"the same {len(part.ids):,} figures as above")
        else:
            named[id(part.ids)] = part.ids     # kept: the id stays this tuple's while held
            out.append(", ".join(part.ids))
    return "".join(out)


def unit_slip(ratio: float) -> int:
    """The power of ten a ratio is close to (0 if none): 10.1 -> 1, 0.0098 -> -2."""
    if not ratio or not math.isfinite(ratio) or ratio <= 0:
        return 0
    k = round(math.log10(ratio))
    return k if k != 0 and abs(math.log10(ratio) - k) <= SLIP_TOLERANCE else 0


def unit_slips(ratio) -> np.ndarray:
    """`unit_slip` of each ratio, as an integer array."""
    return np.asarray(_UNIT_SLIPS(np.asarray(ratio, dtype=float)), dtype=np.int64)


def slip_words(k: int, currency: str | None) -> str:
    """A reader's words for a slip of 10**k: '억 vs 10억', 'million vs billion'. Its sentence
    has already said how far apart (`about 100× apart`), so the factor is not said again."""
    if currency in ("KRW", "USD") and abs(k) == 1:
        return "a unit slip (억 vs 10억, or one zero too many or too few)"
    if currency in L.MYRIAD_CURRENCIES and abs(k) == 4:
        return "a unit slip (억 for 조, or 만 for 억)"
    if abs(k) == 3:
        return "a unit slip (million vs billion, or thousand vs million)"
    if abs(k) == 6:
        return "a unit slip (million vs trillion, or thousand vs billion)"
    return "a unit slip"


def severity_of(gap: float, vague: bool, slip: int) -> str:
    """high for a unit slip or a point 1.25× or more off (25 % above, 20 % below); medium from
    1.05×; vague figures low."""
    if vague:
        return "low"
    if slip or gap >= HIGH_OFF:
        return "high"
    return "medium" if gap >= MEDIUM_OFF else "low"


def severities(gap, vague, slip) -> np.ndarray:
    """`severity_of` of each finding, as an array of names."""
    # Of one finding, numpy's loop gives a name, not an array: asarray makes it one.
    return np.asarray(_SEVERITIES(np.asarray(gap, dtype=float), np.asarray(vague, dtype=bool),
                                  np.asarray(slip, dtype=np.int64)), dtype=object)


def point_gap(value: float, low: float, high: float) -> tuple[float, str]:
    """How far a point lies from [low, high], as a ratio >= 1, and 'above' / 'below' / ''."""
    if value > high:
        return (value / high if high > 0 else math.inf), "above"
    if value < low:
        return (low / value if value > 0 else math.inf), "below"
    return 1.0, ""


def point_gaps(value, low, high) -> tuple[np.ndarray, np.ndarray]:
    """`point_gap` of each point of arrays of one length: the gaps as floats, the directions as
    an array of 'above' / 'below' / ''."""
    gaps, directions = _POINT_GAPS(*(np.asarray(x, dtype=float) for x in (value, low, high)))
    return np.asarray(gaps, dtype=float), np.asarray(directions, dtype=object)


# The array forms apply the one-value rules element by element in numpy's loop: one statement of
# each rule, which the checks that judge one figure at a time call directly (a numpy call per
# value cost those checks about a second at 1M figures; numpy's own arithmetic would be about
# 0.1 s quicker for same_fact and parts together).
_POINT_GAPS = np.frompyfunc(point_gap, 3, 2)
_UNIT_SLIPS = np.frompyfunc(unit_slip, 1, 1)
_SEVERITIES = np.frompyfunc(severity_of, 3, 1)


def gap_words(gap: float, direction: str, against: str) -> str:
    """'2.3 % below 387', '10× above 5 day': how far a point lies from `against`, words that
    start with the value the gap was measured against. Every gap a message prints is said so:
    two checks of one finding measure from different yardsticks (the other amount, the edge of
    what the others agree on), and two bare percentages of one disagreement cannot be told
    apart."""
    return f"{_gap_size(gap, direction)} {against}"


def edge_words(gap: float, direction: str, edge: str, of: str) -> str:
    """'2.2 % below 3.865 bn, the lower end of {of}': a gap from an interval is measured from
    its nearer edge (`point_gap`), which is named, with its value `edge` ("lower", not "low":
    low and high are severities)."""
    return gap_words(gap, direction, f"{edge}, the {_END.get(direction, 'nearer')} end of {of}")


_END = {"below": "lower", "above": "upper"}


# Cached: a merged finding's sentences and the findings about one fact repeat their gaps.
@functools.lru_cache(maxsize=65536)
def _gap_size(gap: float, direction: str) -> str:
    """'4.5 % above', '19.8 % below', '10× below'; a person reads a small gap as a percentage
    of the yardstick: a point 1.25× below it is 20 % below, not 25 %."""
    if not math.isfinite(gap):
        return f"infinitely {direction}"
    if gap < 2:
        off = percent_off(gap, direction)
        # "0.0 % below" reads as no gap at all, where there is one too small to print.
        return f"less than 0.05 % {direction}" if 0 < off < 0.05 else f"{off:.1f} % {direction}"
    return f"{times(gap)} {direction}"


def percent_off(gap: float, direction: str) -> float:
    """How many percent of the yardstick a point `gap` times above or below it lies off."""
    return (1 - 1 / gap) * 100 if direction == "below" else (gap - 1) * 100


def times(gap: float) -> str:
    """'1.06×', '9.5×', '100,000,000×': a ratio as a person reads it, never 1e+08."""
    return f"{gap:,.0f}×" if gap >= 100 else f"{gap:.3g}×"


def merge(findings: list[Finding]) -> list[Finding]:
    """One finding per wrong figure (or per undecided set): the evidence of every check joined,
    the most severe verdict kept. Findings whose flagged figures overlap become one; an info note
    about a figure another check flags joins that finding; other info notes stay apart."""
    return _merge(findings)[0]


def _merge(findings: list[Finding], pieces: dict | None = None) -> tuple[list[Finding],
                                                                          list[int], int]:
    """`merge`'s findings, each one's first member's place in `findings`, and how many of them
    flag figures (the info notes that stay apart come after those). `pieces`: the records of
    `Pieces` parts among `findings` (by `id`), each its part and rows, put back as those rows'
    findings, in the part's order, in a group that two of them join (`_in_part_order`)."""
    # One pass over the findings: each figure flagged so far (one dict per metric, not a key
    # tuple per figure) names its group's place in `out`, which holds the group's first finding
    # alone, or the list of its members from the second on. The places are in the order of each
    # group's first finding; a finding alone stays itself, with no list made for it.
    owners: dict[str, dict[str, int]] = {}
    out: list = []
    joined: list[int] = []      # the places that hold a list
    moved = Components()        # places merged into an earlier one by a bridging finding
    merged = moved.nodes()
    infos = []
    # A check gives the findings of one metric one after another: its figures' dict is looked
    # up again only when the metric changes (none has this one).
    metric, owner = object(), None
    starts: list[int] = []      # per place, its first finding's place in `findings`
    # The places a finding flagging several figures starts or joins: only there may two records
    # of one `Pieces` part, each about its own figure, meet.
    wide: list[int] = []
    for i, f in enumerate(findings):
        ids = f.flagged
        if not ids:
            infos.append(i)
            continue
        if f.metric is not metric:
            metric = f.metric
            owner = owners.get(metric)
            if owner is None:
                owner = owners[metric] = {}
        if len(ids) == 1:
            p = owner.get(ids[0])
            if p is None:
                owner[ids[0]] = len(out)
                out.append(f)
                starts.append(i)
                continue
            if merged and p in merged:
                p = moved.find(p)
        else:
            # Only a finding that flags several figures may bridge groups.
            p = _bridge(f, owner, out, moved, joined)
            wide.append(len(out) - 1 if p is None else p)
            if p is None:
                starts.append(i)
                continue
        _add(out, p, f, joined)
    if merged:
        _in_order({moved.find(p) for p in list(merged)}, out, findings)
    # Info notes about one figure a finding flags join that finding's group, after its findings.
    notes: dict[tuple, list[Finding]] = {}
    note_starts: dict[tuple, int] = {}
    for i in infos:
        f = findings[i]
        p = owners.get(f.metric, {}).get(f.subject[0]) if len(f.subject) == 1 else None
        if p is not None:
            _add(out, moved.find(p) if p in merged else p, f, joined)
        else:
            key = (f.metric, f.subject, f.head)
            notes.setdefault(key, []).append(f)
            note_starts.setdefault(key, i)
    # Each group joined in its place (a bridged place is joined once, an emptied one never),
    # into the memory of the figures' owners (a dict per metric: 91,168 of them at 1M figures).
    del owners, infos
    plans: dict[int, list] = {}
    made: dict = {}
    if pieces:
        wide = {moved.find(p) if p in merged else p for p in wide}
        plans = {p: plan for p in wide if out[p].__class__ is list
                 and (plan := _interleaved(out[p], pieces))}
        # The findings put back, made together: a record each, per part, by row.
        rows: dict[int, tuple] = {}
        for plan in plans.values():
            for part, _, at in plan:
                rows.setdefault(id(part), (part, []))[1].append(at)
        for key, (part, at) in rows.items():
            at = np.concatenate(at).tolist()
            made[key] = dict(zip(at, part.records(at)))
    for p in joined:
        if out[p].__class__ is list:
            plan = plans.get(p)
            out[p] = _join(_in_part_order(out[p], plan, made) if plan else out[p])
    if merged:
        starts = [i for g, i in zip(out, starts) if g is not None]
        out = [g for g in out if g is not None]
    flagging = len(out)
    out.extend(map(_join, notes.values()))
    return out, starts + list(note_starts.values()), flagging


class Merged:
    """`merge_parts`' findings: the merged records and, as columns, the batches' rows nothing
    joins, each at its row of `merge`'s order (`slots`, `lone_slots`)."""

    def __init__(self, records: list[Finding], lone: list[tuple[Batch, np.ndarray]],
                 slots: np.ndarray, lone_slots: list[np.ndarray], pending: bool = False) -> None:
        self.records = records      # merged records, at rows `slots` of the whole
        self.lone = lone            # per batch, its rows left alone, at rows `lone_slots`
        self.slots, self.lone_slots = slots, lone_slots
        self.size = len(records) + sum(len(rows) for _, rows in lone)
        self._made: list | None = None
        # The lone rows' records left unmade (`Pending`) until a view reads them.
        self.pending = pending

    def __len__(self) -> int:
        return self.size

    def made(self) -> list[list]:
        """The records of each batch's lone rows, made once; with `pending`, a `Pending` cell
        for each (a batch whose rows are not `clean` has its records made all the same)."""
        if self._made is None:
            self._made = [list(map(Pending, repeat(batch), rows.tolist()))
                          if self.pending and batch.clean else batch.records(rows.tolist())
                          for batch, rows in self.lone]
        return self._made

    def all(self) -> list:
        """Every merged finding as a record (or `Pending`), in `merge`'s order."""
        out = np.empty(self.size, dtype=object)
        out[self.slots] = object_cells(self.records)
        for made, at in zip(self.made(), self.lone_slots):
            out[at] = object_cells(made)
        return out.tolist()


def merge_parts(parts: list, pending: bool = False) -> Merged:
    """`merge` of findings given as parts (lists of records, `Batch`es): the same findings in
    the same order, a batch's row whose figure no other finding names left as columns."""
    batches = [p for p in parts if isinstance(p, Batch)]
    # The figures other findings name: each record's flagged ones, an info note's one subject.
    touched = set()
    for p in parts:
        if isinstance(p, Pieces):
            _touch(touched, p.joined()[0])
        elif not isinstance(p, Batch):
            _touch(touched, p)
        elif p.notes:
            _touch(touched, list(p.notes.values()))
    ids = list(chain.from_iterable(b.ids for b in batches))
    # A batch's row is alone when its figure is named by no record and no other row (ids, not
    # (metric, id): a figure named under two metrics is merged as records, which is exact).
    alone = ~pd.Series(ids, dtype=object).duplicated(keep=False).to_numpy()
    if touched:
        alone &= ~np.fromiter(map(touched.__contains__, ids), dtype=bool, count=len(ids))
    stream, place, lone, lone_place = [], [], [], []
    pieces: dict = {}       # a `Pieces` part's record given the merge: the part, its place
    at, start = 0, 0
    for p in parts:
        if isinstance(p, Batch):
            keep = alone[start:start + len(p)].copy()
            start += len(p)
            for k in p.notes:
                keep[k] = False
            rows = np.flatnonzero(~keep)
            stream.extend(p.records(rows.tolist()))
            place.append(at + rows)
            free = np.flatnonzero(keep)
            lone.append((p, free))
            lone_place.append(at + free)
        elif isinstance(p, Pieces):
            joined, lead = p.joined()
            stream.extend(joined)
            place.append(at + lead)
            pieces.update(zip(map(id, joined), zip(repeat(p), range(len(joined)))))
        else:
            stream.extend(p)
            place.append(np.arange(at, at + len(p)))
        at += len(p)
    records, starts, flagging = _merge(stream, pieces)
    first = np.concatenate(place)[np.asarray(starts, dtype=np.intp)] if stream else \
        np.zeros(0, dtype=np.intp)
    # `merge`'s order: the groups that flag figures by their first finding, then the info
    # notes that stay apart by theirs. A lone row is a group of its own of either kind.
    keys = [np.where(np.arange(len(first)) < flagging, 0, at) + first]
    keys += [np.where(b.flags[rows], 0, at) + q for (b, rows), q in zip(lone, lone_place)]
    order = np.argsort(np.concatenate(keys), kind="stable")
    slot = np.empty(len(order), dtype=np.intp)
    slot[order] = np.arange(len(order))
    cut = np.cumsum([len(k) for k in keys])
    slots = np.split(slot, cut[:-1])
    return Merged(records, lone, slots[0], slots[1:], pending)


def _touch(touched: set, records) -> None:
    """Add the figures `records` name to `touched`: the flagged ones, an info note's subject."""
    touched.update(chain.from_iterable(map(_FLAGGED, records)))
    subjects = list(map(_SUBJECT, filterfalse(_FLAGGED, records)))
    touched.update(chain.from_iterable(compress(subjects, map((1).__eq__, map(len, subjects)))))


def _add(out: list, p: int, f: Finding, joined: list[int]) -> None:
    """`f` appended to the group at place `p` (its list made at its second finding)."""
    g = out[p]
    if g.__class__ is list:
        g.append(f)
    else:
        out[p] = [g, f]
        joined.append(p)


def _bridge(f: Finding, owner: dict, out: list, moved: Components,
            joined: list[int]) -> int | None:
    """The place of the group that `f`, which flags several figures, joins, or None when it
    starts one. Groups it bridges become one at the earliest place (their members put in order
    once, by `_in_order`); the later places are emptied (None) and `moved` to it."""
    merged = moved.nodes()
    places = sorted({moved.find(p) if p in merged else p
                     for p in map(owner.get, f.flagged) if p is not None})
    p = places[0] if places else len(out)
    for i in f.flagged:
        owner.setdefault(i, p)
    if not places:
        out.append(f)
        return None
    if len(places) > 1:
        # The largest group's list takes the others' members: a group bridged again and again
        # is not copied each time.
        groups = [g if g.__class__ is list else [g] for g in map(out.__getitem__, places)]
        members = max(groups, key=len)
        for g in groups:
            if g is not members:
                members.extend(g)
        for q in places:
            out[q] = None
            moved.join(q, p)
        out[p] = members
        joined.append(p)
    return p


def _in_order(places: set[int], out: list, findings: list[Finding]) -> None:
    """The members of each bridged group (at `places`) in the order of `findings`."""
    # Refilled by one pass over the findings, not sorted by each record's position: a record
    # given twice (a caller's list may hold one object twice) keeps both of its places.
    place = {id(f): p for p in places for f in out[p]}
    for p in places:
        out[p] = []
    for f in findings:
        p = place.get(id(f))
        if p is not None:
            out[p].append(f)


def _interleaved(group: list[Finding], pieces: dict) -> list[tuple]:
    """Per `Pieces` part two or more of whose flagging records `group` holds and whose findings
    interleave: the part, those records' places in `group`, and their findings' rows in order.
    Merged one by one, those findings would take that order (two figures a finding flagging
    both joins)."""
    of = list(map(pieces.get, map(id, group)))
    if len(of) - of.count(None) < 2:       # most groups: checked in C
        return []
    by_part: dict = {}
    for k, x in enumerate(of):
        if x is not None and group[k].flagged:
            by_part.setdefault(id(x[0]), []).append(k)
    out = []
    for ks in by_part.values():
        if len(ks) < 2:
            continue
        part = of[ks[0]][0]
        rows = np.concatenate([part.rows_of(of[k][1]) for k in ks])
        if not (rows[1:] > rows[:-1]).all():   # not one after another: the findings' order
            out.append((part, ks, np.sort(rows)))
    return out


def _in_part_order(group: list[Finding], plan: list[tuple], made: dict) -> list[Finding]:
    """`group` with each part's records of `plan` (`_interleaved`) replaced by their findings
    (`made`, by part and row) in the part's order, at the first one's place: a part's
    flagging records sit together in a group, as its findings would (one part is one stretch
    of the checks' findings, and a group's notes come after)."""
    for part, ks, rows in sorted(plan, key=lambda x: -x[1][0]):
        drop = set(ks)
        rest = [g for k, g in enumerate(group) if k not in drop]
        group = rest[:ks[0]] + list(map(made[id(part)].__getitem__, rows.tolist())) \
            + rest[ks[0]:]
    return group


# `Pieces._join` writes this rule for columns (worst severity, pieces chained, subjects joined,
# the first's head and metric): a change here is a change there (the batch property test ties them).
def _join(group: list[Finding]) -> Finding:
    first = group[0]
    if len(group) == 1:
        return first
    # The members' fields read in C loops (`map`, `chain`), no generator step per piece: a group
    # may join a hundred pieces.
    judged = list(filter(_FLAGGED, group))
    sev = max(map(_SEVERITY, judged or group), key=RANK.__getitem__)
    flagged_ids = tuple(dict.fromkeys(chain.from_iterable(map(_FLAGGED, judged))))
    head = max(judged, key=lambda f: len(f.flagged)).head if judged else first.head
    evidence = list(map(_EVIDENCE, group))
    return Finding(sev, first.metric, flagged_ids,
                   tuple(dict.fromkeys(chain.from_iterable(map(_SUBJECT, group)))), head,
                   tuple(chain.from_iterable(evidence)),
                   whose=_whose(list(map(_HEAD_OF, group)), list(map(_WHOSE, group)), evidence,
                                head))


def _whose(heads: list, whose: list[tuple], evidence: list[tuple], head) -> tuple:
    """`Finding.whose` of a finding under `head` that joins findings of these `heads`, `whose`
    and `evidence`: each piece's own figure's head, or () when all are `head`'s (a joined
    finding's pieces keep the heads it gave them)."""
    if not any(whose) and all(map(eq, heads, repeat(head))):
        return ()
    return tuple(chain.from_iterable(w or repeat(h, len(e))
                                     for h, w, e in zip(heads, whose, evidence)))


def frame(findings) -> pd.DataFrame:
    """The findings table: one row per finding (of a list of records, or `Merged`), most severe
    first; `flagged`, `against`, `figures` and `check` are tuples (joined to text only by the
    views that write text)."""
    if not len(findings):       # no rows: every column object, as an empty table always was
        return sort(pd.DataFrame([], columns=COLUMNS))
    seen: dict = {}
    if not isinstance(findings, Merged):
        cells = _cells(findings, seen)
    else:
        # The records' cells and each batch's, put at their rows of the whole.
        parts = [(findings.slots, _cells(findings.records, seen))]
        parts += [(at, _batch_cells(batch, rows, made, seen)) for (batch, rows), made, at
                  in zip(findings.lone, findings.made(), findings.lone_slots) if len(rows)]
        cells = {}
        for name in ("rank", "bounds"):
            width = parts[0][1][name].shape[1:]
            whole = np.empty((len(findings), *width), dtype=parts[0][1][name].dtype)
            for at, c in parts:
                whole[at] = c[name]
            cells[name] = whole
        for name in _LISTS:
            whole = np.empty(len(findings), dtype=object)
            for at, c in parts:
                whole[at] = object_cells(c[name])
            cells[name] = whole
    rank, bounds = cells["rank"], cells["bounds"]
    metric = _column(cells["metric"])
    figures = cells["figures"]
    # Sorted before the table is made: the columns are taken in order once, as arrays.
    order = _order(-rank, metric, figures, cells["check"])
    columns = {
        # The four names' own objects, not the records' (a check may make one per finding):
        # every later read of the column (`ranks`, the str column's checks) finds them cached.
        "severity": _NAMES[rank], "metric": metric,
        "flagged": _column(cells["flagged"]),
        "against": _column(cells["against"]), "figures": _column(figures),
        "check": _column(cells["check"]), "gap": np.array(cells["gap"], dtype=float),
        "value_low": bounds[:, 0], "value_high": bounds[:, 1], "expected_low": bounds[:, 2],
        "expected_high": bounds[:, 3],
        "unit": _column(cells["unit"]), "rule": _column(cells["rule"]),
        "record": _column(cells["record"])}
    return pd.DataFrame({c: columns[c][order] for c in COLUMNS}, columns=COLUMNS)


def _column(cells) -> np.ndarray:
    """A column's cells as an object array (as they are when already one)."""
    return cells if isinstance(cells, np.ndarray) else object_cells(cells)


# The cells `_cells` gives as a list per row.
_LISTS = ("metric", "flagged", "against", "figures", "check", "gap", "unit", "rule", "record")


def _cells(findings: list[Finding], seen: dict) -> dict:
    """Each row's cells of the findings table, in the records' order: `rank` and `bounds` as
    arrays, the rest (`_LISTS`) as lists."""
    # The rule of a row's cells. `_batch_cells` reads the same cells from a batch's columns: a
    # field that feeds a column here is read there too (tests/reconcile/model/
    # test_batch_properties.py checks that both give one table).
    # Column by column, each field read in one C loop over the records (`attrgetter`), with as
    # few objects per row as the cells need: a run at scale builds hundreds of thousands of rows.
    # The usual finding has one piece of evidence, whose fields are its cells; the findings that
    # join several are then mended in place.
    evidence = list(map(_EVIDENCE, findings))
    mains = list(map(itemgetter(0), evidence))
    names = list(map(_CHECK, mains))
    checks = {c: (c,) for c in set(names)}      # one tuple per distinct list of checks
    check = list(map(checks.__getitem__, names))
    gap, rule = list(map(_GAP, mains)), list(map(_RULE, mains))
    against = list(map(_AGAINST, mains))
    one = np.fromiter(map(len, evidence), dtype=np.intp, count=len(evidence)) == 1
    figures = [None] * len(findings)
    for k in np.flatnonzero(one).tolist():
        against[k], figures[k] = _id_lists(findings[k], (against[k],), seen)
    checks = {t: t for t in checks.values()}
    # Each such row's pieces read in one go, while they are in the cache: they come from
    # different checks, far apart in memory, and a pass over all of them per field (tried) cost
    # more than the loop (0.38 s against 0.21 s at 1M).
    rules: dict = {}        # each sequence of the pieces' rules joined once
    for k in np.flatnonzero(~one).tolist():
        ev = evidence[k]
        gaps = tuple(map(_GAP, ev))
        mains[k] = _main(ev, gaps)
        gap[k] = max(gaps)
        c = tuple(dict.fromkeys(map(_CHECK, ev)))
        check[k] = checks.setdefault(c, c)
        r = tuple(map(_RULE, ev))
        rule[k] = rules[r] if r in rules else rules.setdefault(r, " | ".join(dict.fromkeys(r)))
        against[k], figures[k] = _id_lists(findings[k], _yardsticks(ev), seen)
    # Each rank looked up by its name (the records' names are hashed when they are made).
    rank = np.fromiter(map(RANK.__getitem__, map(_SEVERITY, findings)), dtype=np.int64,
                       count=len(findings))
    # The four bounds of each row's main piece read in one pass over the pieces.
    bounds = np.fromiter(chain.from_iterable(map(_BOUNDS, mains)), dtype=float,
                         count=4 * len(mains)).reshape(-1, 4)
    return {"rank": rank, "bounds": bounds, "metric": list(map(_METRIC, findings)),
            "flagged": list(map(_FLAGGED, findings)), "against": against, "figures": figures,
            "check": check, "gap": gap, "unit": list(map(attrgetter("unit"), mains)),
            "rule": rule, "record": findings}


def _batch_cells(batch: Batch, rows: np.ndarray, records: list[Finding], seen: dict) -> dict:
    """`_cells` of a batch's `rows`, each a finding of its own, read from its columns: the same
    cells as their `records`', which fill the `record` column."""
    # A second reading of `_cells`' rule (and of `_id_lists`' first case), kept so that the
    # cells need no records made; test_batch_properties.py checks both give the same table.
    at = rows.tolist()
    one = list(zip(batch.column("ids", at)))
    flags = batch.flags[rows]
    flagged = one if flags.all() else [o if x else () for o, x in zip(one, flags.tolist())]
    against = batch.column("against", at)
    if batch.clean:
        # Distinct ids, none the row's own: `_id_lists`' first case, without its test (the
        # check's promise, `Batch.clean`).
        figures = list(map(tuple.__add__, one, against))
    else:
        against, figures = map(list, zip(*map(_id_lists, map(record_of, records),
                                              zip(against), repeat(seen)))) \
            if at else ([], [])
    n = len(at)
    rank = np.fromiter(map(RANK.__getitem__, _each(batch.column("severity", at), n)),
                       dtype=np.int64, count=n)
    bounds = np.column_stack([np.asarray(_each(batch.column(c, at), n), dtype=float)
                              for c in ("low", "high", "expected_low", "expected_high")]) \
        if n else np.zeros((0, 4))
    check = (batch.evidence["check"],)
    return {"rank": rank, "bounds": bounds, "metric": _each(batch.column("metric", at), n),
            "flagged": flagged, "against": against, "figures": figures,
            "check": [check] * n, "gap": _each(batch.column("gap", at), n),
            "unit": _each(batch.column("unit", at), n),
            "rule": _each(batch.column("rule", at), n), "record": records}


def once(make, *columns) -> list:
    """`make` of each row of `columns`, made once per distinct row (rows equal as values are
    one: 0.0 and -0.0 too)."""
    done: dict = {}
    return [done[a] if a in done else done.setdefault(a, make(*a)) for a in zip(*columns)]


def _each(value, n: int) -> list:
    """A column's value per row: as given when a list, else one value repeated."""
    return value if isinstance(value, list) else [value] * n


_FLAGGED, _SUBJECT, _METRIC, _SEVERITY, _EVIDENCE, _HEAD_OF, _WHOSE = map(
    attrgetter, ("flagged", "subject", "metric", "severity", "evidence", "head", "whose"))
_CHECK, _GAP, _RULE, _AGAINST = map(attrgetter, ("check", "gap", "rule", "against"))
_NAMES = np.array(SEVERITIES, dtype=object)
_BOUNDS = attrgetter("low", "high", "expected_low", "expected_high")


def object_cells(values) -> np.ndarray:
    """One object cell per value of a sequence or iterator (a tuple stays one cell, a str is not
    inferred into pandas' string dtype): the findings table's columns, the report tables' made
    from them, and the checks' arrays of id tuples."""
    # A list of tuples given to pandas as is could become a 2-D array when the tuples are of one
    # length; an object array of the tuples cannot.
    if not hasattr(values, "__len__"):
        values = list(values)
    return np.fromiter(values, dtype=object, count=len(values))


def _main_key(e: Evidence) -> float:
    # The evidence whose interval the row shows: the widest gap, an infinite one first.
    return e.gap if math.isfinite(e.gap) else 1e300


def _main(pieces: tuple[Evidence, ...], gaps: tuple[float, ...]) -> Evidence:
    """The piece `_main_key` picks (the first of equals), given the pieces' gaps."""
    # With every gap finite the key is the gap: the first widest, found in C.
    if math.isfinite(sum(gaps)):
        return pieces[gaps.index(max(gaps))]
    return max(pieces, key=_main_key)


# A tuple of yardstick ids this short is read for each row that holds it; a longer one is read
# once per table (most short ones belong to one row, and what is kept per row costs the
# collector on every later pass).
SHORT_IDS = 16


def _id_lists(f: Finding, yardsticks: tuple,
              seen: dict) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The finding's `against` and `figures` cells from its pieces' `yardsticks` (`_yardsticks`):
    ids each once, in order, the flagged ones left out of `against`.

    Checks share one tuple of yardstick figures among the findings about one fact (thousands of
    outliers against thousands of agreeing figures), so such a tuple, unless short, is hashed
    once per table, through `seen`, keyed by its identity; it is kept as the cell itself; the
    general rule below gives the same cells. `_batch_cells` reads the first case from a clean
    batch's columns without its test."""
    if len(f.subject) == 1 and f.flagged in ((), f.subject):
        own = f.subject          # the usual finding: about the one figure it judges
    else:
        own = tuple(dict.fromkeys(f.flagged + f.subject))
    if len(yardsticks) == 1:
        t = yardsticks[0]
        if len(t) <= SHORT_IDS:     # read in place: kept, it would outlive the row
            cells = own + t
            if len(set(cells)) == len(cells):   # its ids distinct, and none its own
                return t, cells
        else:
            known = seen.get(id(t))
            if known is None:
                members = frozenset(t)
                known = seen[id(t)] = (t, members, len(members) == len(t))
            _, members, distinct = known
            if distinct and members.isdisjoint(own):
                return t, own + t
    # Ids in order of first sighting, less the flagged ones (a finding may join thousands of
    # pieces of evidence: the ids are gathered in C, not one by one).
    kept = dict.fromkeys(chain.from_iterable(yardsticks))
    for fid in f.flagged:
        kept.pop(fid, None)
    against = tuple(kept)
    # `figures`: its own ids, then the yardsticks that are not among them (a subject figure
    # that is not flagged may be one).
    again = [i for i in own if i in kept]
    if not again:
        return against, own + against
    for i in again:
        del kept[i]
    return against, own + tuple(kept)


def _yardsticks(pieces: tuple[Evidence, ...]) -> tuple:
    """The pieces' yardstick tuples in order, a tuple shared by many pieces once: a merged
    finding may hold thousands of pieces about one fact, each against the same figures."""
    tuples = tuple(map(_AGAINST, pieces))
    if all(map(is_, tuples, repeat(tuples[0]))):
        return tuples[:1]
    # A few pieces' tuples are chained as they are: a repeat adds no id, and finding the
    # repeats costs more than reading them again.
    if len(tuples) <= FEW_PIECES:
        return tuples
    return tuple(dict(zip(map(id, tuples), tuples)).values())


# A merged finding with this many pieces or fewer has its yardstick tuples read as they are.
FEW_PIECES = 16


def messages(findings) -> list[str]:
    """The message of each finding of a table (or of its records), rendered now: call it on the
    rows shown."""
    cells = findings["record"] if isinstance(findings, pd.DataFrame) else findings
    cells = list(cells)
    out: list = [None] * len(cells)
    # A batch's rows left unmade (`Pending`) are said from its columns, each batch's together;
    # the records one by one.
    pending: dict[int, tuple[Batch, list[int], list[int]]] = {}
    for k, c in enumerate(cells):
        if c.__class__ is Pending and c.row not in c.batch.notes:
            _, at, ks = pending.get(id(c.batch)) or pending.setdefault(id(c.batch),
                                                                       (c.batch, [], []))
            at.append(c.row)
            ks.append(k)
        else:
            out[k] = record_of(c).message
    for batch, at, ks in pending.values():
        for k, text in zip(ks, batch.messages(at)):
            out[k] = text
    return out


def _sentence_parts(details: list) -> tuple[list, list, list]:
    """Each evidence detail's sentence alone (as `_sentence` with nothing named) as three
    columns whose texts joined are the sentence: its start, which is capitalized in a message,
    the ids and the words after them. A `RowOf`'s made by its maker with the other rows of that
    maker, a column at a time; any other sentence, and one whose maker says nothing before the
    ids, is all start."""
    n = len(details)
    start, ids, after = [None] * n, [""] * n, [""] * n
    makers: dict[int, tuple] = {}       # per maker: it, its rows, their places in `details`
    for k, d in enumerate(details):
        if d.__class__ is RowOf:
            make, row = d
            _, rows, ks = makers.get(id(make)) or makers.setdefault(id(make), (make, [], []))
            rows.append(row)
            ks.append(k)
        else:
            start[k] = _sentence(d, {})
    for make, rows, ks in makers.values():
        # Each id list joined once (the findings about one fact share it), by identity while
        # the maker's columns, which hold the lists, are held. A sentence alone names each list
        # in full (`_sentence` with nothing named).
        before, lists, words = make(rows)
        joined: dict = {}
        texts = [joined[i] if i in joined else joined.setdefault(i, ", ".join(t))
                 for i, t in zip(map(id, lists), lists)]
        for k, b, t, a in zip(ks, before, texts, words):
            if b:
                start[k], ids[k], after[k] = b, t, a
            else:       # the ids open the sentence: its capital is theirs
                start[k] = f"{t}{a}"
    return start, ids, after


def with_messages(findings: pd.DataFrame) -> pd.DataFrame:
    """The table with a `message` column rendered for its rows (a view's or a test's)."""
    # Text even with no rows, as the column was when every table carried it.
    return findings.assign(message=pd.Series(messages(findings), index=findings.index,
                                             dtype=object))


def sort(findings: pd.DataFrame) -> pd.DataFrame:
    """Most severe first, then by metric, figures and checks (each list as its ';'-joined text
    sorts, the order reports have always had), for a stable report."""
    if findings.empty:
        return findings.reset_index(drop=True)
    order = _order(*leading_keys(findings), findings["figures"].to_numpy(dtype=object),
                   findings["check"].to_numpy(dtype=object))
    return findings.take(order).reset_index(drop=True)


def _order(rank: np.ndarray, metric: np.ndarray, figures, check) -> np.ndarray:
    """`sort`'s order of rows given by their keys (rank negated, metric, figures, check)."""
    # Each key as the codes of its sorted distinct values. A finding may name thousands of
    # figures: the ids are not joined to sort on. The first id (with the ';' that follows it, if
    # any) orders two lists as their texts would unless it is the same in both; only rows that
    # tie on it are ordered by the rest, and then by the checks. Ids hold no ';'.
    lead = _leading_code(rank, sorted_codes(metric), _first_codes(figures))
    order = np.argsort(lead, kind="stable")
    ranked = lead[order]
    tied = np.zeros(len(lead), dtype=bool)
    tied[order[1:]] = ranked[1:] == ranked[:-1]
    tied[order[:-1]] |= ranked[1:] == ranked[:-1]
    if not tied.any():      # the usual table: no two rows alike in their leading keys
        return order
    rest = np.zeros(len(lead), dtype=np.int64)
    rest[tied] = sorted_codes([";".join(ids[1:]) for ids in object_cells(figures)[tied]])
    return np.lexsort((sorted_codes(_texts(check)), rest, lead))


def _leading_code(rank: np.ndarray, metric: np.ndarray, first: np.ndarray) -> np.ndarray:
    """The rank, metric and first-id codes as one integer per row that sorts as the three do,
    one after another (four ranks times the rows' codes squared: no overflow below 2**30 rows)."""
    code = np.zeros(len(rank), dtype=np.int64)
    for key in (rank, metric, first):
        low = int(key.min(initial=0))
        code = code * (int(key.max(initial=0)) - low + 1) + (key - low)
    return code


def _first_codes(figures) -> np.ndarray:
    """Each id list's place by its first id, with the ';' that follows it if the list goes on
    (an empty list as ''): the order of the lists' joined texts up to their first ';'."""
    return sorted_codes([(ids[0] + ";" if len(ids) > 1 else ids[0]) if ids else ""
                         for ids in figures])


def leading_keys(findings: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """`sort`'s first keys: the severity's rank negated (most severe first), then the metric.
    A run cut by families (Dask) merges its parts' sorted rows by them."""
    return -ranks(findings["severity"]), findings["metric"].to_numpy(dtype=object)


def ranks(severity) -> np.ndarray:
    """Each severity's rank (`RANK`) as an integer array: the few names looked up once."""
    codes, names = pd.factorize(np.asarray(severity, dtype=object))
    return np.array([RANK[s] for s in names], dtype=np.int64)[codes]


def _texts(lists) -> list[str]:
    # Each distinct tuple joined once: a table holds a few lists of checks, thousands of times.
    return once(";".join, lists)


def involving(findings: pd.DataFrame, figure_id: str) -> pd.DataFrame:
    """The findings that name `figure_id` among their figures."""
    mask = [figure_id in ids for ids in findings["figures"]]
    return findings.loc[np.array(mask, dtype=bool)]


def discrepancies(findings: pd.DataFrame) -> pd.DataFrame:
    """The findings at low or above: the ones that say a figure is wrong."""
    return findings[discrepant(ranks(findings["severity"]))]


def discrepant(rank: np.ndarray) -> np.ndarray:
    """Which severity ranks say a figure is wrong (low or above; info notes do not)."""
    return rank >= RANK["low"]


def involved(findings) -> set[str]:
    """Every figure id the findings (a table, or its `figures` cells) involve."""
    cells = findings["figures"] if isinstance(findings, pd.DataFrame) else findings
    return set(chain.from_iterable(cells))
