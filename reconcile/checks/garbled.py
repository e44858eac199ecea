"""Garbled amounts: an amount whose place words repeat or stand out of order ("43억7900억원").

The reader reads such a text as one garbled amount with the numbers it may mean
(`currency.text.reader.read_garbled`: the rule is the reader's); this check says so, and which of
those readings the other figures of its fact agree with, so a fact-checker knows where to look."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from currency import formatting as fmt
from currency.text.reader import read_garbled
from currency.text.readings import marks_once
from reconcile.checks import check
from reconcile.checks.common import fact_others, one_figure_findings, rows_by
from reconcile.model import findings as F
from reconcile.model.uncertainty import meets

RULE = ("garbled: an amount's place words go down (43억7900만원); written repeated or out of "
        "order (43억7900억원, $1.2 billion million) it is no number; a range's ends one place "
        "word apart with close numbers (25억~26조 원) lost or mistyped one, when its fact shows it")
READS = ["id", "metric", "amount", "source", "as_of", "low", "c_low", "c_unit", "restates"]
# The checks that see garbled figures, and figures written with two currencies; every other
# check runs without them (`set_aside`).
SEES_GARBLED = frozenset({"garbled", "two_currencies"})
# The column of `amount_marks` that `evidence_base` keeps: a run reads each distinct amount text
# once and decides its set-aside figures once, for the votes, the run and the checks alike.
MARKS = "aside_marks"
# `amount_marks`' bits: garbled, written with two currencies, a conversion of either.
GARBLED, TWO_CURRENCIES, RESTATES = 1, 2, 4


def amount_marks(df: pd.DataFrame) -> np.ndarray:
    """Per row, as `GARBLED`, `TWO_CURRENCIES` and `RESTATES` bits, why the checks other than
    `SEES_GARBLED` leave it out (0: they do not): the table's `MARKS` column when it has one;
    else each distinct amount text is read once (`marks_once`) for both marks."""
    if MARKS in df:
        return df[MARKS].to_numpy()
    codes, texts = pd.factorize(df["amount"].to_numpy(dtype=object))
    # One more place for the code of a missing cell (-1): no mark.
    two = np.zeros(len(texts) + 1, bool)
    found = {}
    for k, text in enumerate(texts):
        if isinstance(text, str):
            g, two_currencies = marks_once(text)
            two[k] = two_currencies is not None
            if g is not None:
                found[k] = g
    marks = np.where(two[codes], TWO_CURRENCIES, 0).astype(np.int8)
    marks[_garbled(df, codes, found, marks != 0)] |= GARBLED
    aside = marks != 0
    if aside.any() and "restates" in df:
        marks[df["restates"].isin(set(df["id"].to_numpy(object)[aside])).to_numpy()] |= RESTATES
    return marks


def garbled_rows(df: pd.DataFrame) -> np.ndarray:
    """Per row, whether its amount is garbled: such a figure is evidence of nothing, so it takes no
    part in the other checks (no yardstick, vote, part or total); the one place this is decided."""
    return (amount_marks(df) & GARBLED) != 0


def _garbled(df: pd.DataFrame, codes: np.ndarray, found: dict, aside: np.ndarray) -> np.ndarray:
    """Per row, whether its amount is garbled, from its text's code and the `Garbled` readings
    `found` by code: a range with one place word slipped (`Garbled.written`) only when its fact
    shows it (`_slip_shown`), among the figures neither garbled nor already `aside` (written with
    two currencies: evidence of nothing either)."""
    rows = np.zeros(len(df), bool)
    if not found:
        return rows
    is_found = np.zeros(codes.max() + 2, bool)
    is_found[list(found)] = True
    rows = is_found[codes]
    slips = [k for k, g in found.items() if g.written is not None]
    if slips:
        is_slip = np.zeros(len(is_found), bool)
        is_slip[slips] = True
        clean = df[~rows & ~aside]
        rows = rows.copy()
        for i in np.flatnonzero(is_slip[codes]):
            rows[i] = _slip_shown(df.iloc[i], found[codes[i]], clean)
    return rows


def _slip_shown(r, g, clean: pd.DataFrame) -> bool:
    """Whether the other figures of a range's fact show it lost a place word ("25억~26조 원"
    beside 26조원): some figure agrees with a reading of one end's word for both, and every figure
    that agrees with the range as written agrees with such a reading too. A wide range its fact
    does not show wrong ("2억~3조원" beside 5000억원, or alone) is the range it says."""
    cols = ("metric", "c_unit", "c_low", "c_high", "low", "role")
    if not all(c in clean for c in cols) or not isinstance(r["c_unit"], str) or \
            not r["low"] or not math.isfinite(r["low"]) or not math.isfinite(r["c_low"]):
        return False
    rate = r["c_low"] / r["low"]
    fact = fact_others(r, clean[clean["metric"].eq(r["metric"]) & clean["role"].eq("original")])
    # Each reading's ends as stated: rounded as a clean amount is, "$1 billion to $1.5 billion"
    # would hold $800 million and pass for what the range as written already says.
    held = holders([(lo * rate, hi * rate) for _, lo, hi in g.ends], fact["id"].tolist(),
                   fact["c_low"].to_numpy(float), fact["c_high"].to_numpy(float))
    as_written = {i for (t, _, _), ids in zip(g.ends, held) if t == g.written.span for i in ids}
    slipped = {i for (t, _, _), ids in zip(g.ends, held) if t != g.written.span for i in ids}
    return bool(slipped) and as_written <= slipped


def set_aside(df: pd.DataFrame) -> np.ndarray:
    """Per row, whether the checks other than `SEES_GARBLED` leave it out: a garbled figure, one
    written with two currencies ("$4.85 trillion won": evidence of neither reading, as a garbled
    one is), and their conversions (`amount_marks`)."""
    return amount_marks(df) != 0


@check("garbled",
       rule=('an amount whose place words repeat or stand out of order (`43억7900억원`, '
             '`1조2000조원`, `$1.2 billion million`) is no number as written, and a range whose '
             'ends stand one place word apart while their numbers are close (`25억~26조 원`) is '
             'likely miswritten when a figure of its fact agrees with it read with one end\'s '
             'word for both ends and none needs it as written (else it is the range it says): the finding names what it may mean (each group with its own '
             'place word, or the second place word as the one below the first: 43억7900만원; in '
             'English, either word; of a range, either end with the other end\'s word, or as '
             'written), the figures each reading agrees with, and the reading the consensus of '
             'its fact agrees with (or the nearest, and how far); a garbled figure takes no part '
             'in the other checks'),
       severity='medium')
def garbled(df: pd.DataFrame, ctx) -> list[F.Finding]:
    """A finding for each figure whose amount is garbled."""
    marked = marked_and_evidence(df, GARBLED, READS)
    if marked is None:
        return []
    c, others = marked
    facts = rows_by(others, "metric", c["metric"])
    parts = rows_by(others, "part_of", c["metric"])
    words = [_said(r, read_garbled(r.amount), facts, parts, others) for r in c.itertuples()]
    return one_figure_findings(c, "garbled", RULE, words, "medium")


def marked_and_evidence(df: pd.DataFrame, bit: int, reads: list[str]
                        ) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """The figures whose `amount_marks` carry `bit` (their `reads` columns), and the originals
    they are weighed against; None when no figure is marked."""
    marks = amount_marks(df)
    mine = (marks & bit) != 0
    if not mine.any():
        return None
    # Compared only with figures that are evidence: none garbled, written with two currencies, or
    # a conversion of either (`set_aside`).
    others = df[(marks == 0) & (df["role"].to_numpy(object) == "original")]
    return df.iloc[np.flatnonzero(mine), df.columns.get_indexer(reads)], others


def _said(r, g, facts: dict, parts: dict, others: pd.DataFrame) -> str:
    """The finding's words on one garbled figure `r` read as `g`: its fact's figures, then its
    parts'."""
    return (_words(r, g, fact_others(r, facts.get(r.metric, others.iloc[:0])))
            + _parts(r, g, parts.get(r.metric)))


def _parts(r, g, parts: pd.DataFrame | None) -> str:
    """What the figures that are parts of the garbled one's metric (`parts`: those whose part_of
    names it) sum to, and which reading that sum agrees with (parts_totals leaves a garbled
    total out)."""
    if parts is None or not isinstance(r.c_unit, str) or not r.low:
        return ""
    p = parts[parts["c_unit"].eq(r.c_unit) & parts["as_of"].eq(r.as_of)]
    if p.empty:
        return ""
    lo, hi, rate = float(p["c_low"].sum()), float(p["c_high"].sum()), r.c_low / r.low
    said = f" Its parts ({', '.join(p['id'])}) sum to {fmt.interval(lo, hi, r.c_unit)}"
    values = [v * rate for _, v in g.readings]
    fits = [t for (t, _), span in zip(g.readings, _spans(g, rate)) if meets(*span, lo, hi)]
    if fits:
        return said + f", which {' and '.join(fits)} agrees with."
    return said + f": none of its readings agrees; the nearest, {_nearest(g, values, lo, hi)}."


def _nearest(g, values: list[float], lo: float, hi: float) -> str:
    """The reading nearest an interval, and how many times off it is."""
    gap = [times_apart(v, v, lo, hi) if v > 0 and lo > 0 else math.inf for v in values]
    k = int(np.argmin(gap))
    return f"{g.readings[k][0]}, is " + (f"{gap[k]:.3g}× off" if math.isfinite(gap[k]) else "off")


def times_apart(low: float, high: float, lo: float, hi: float) -> float:
    """How many times apart two intervals of positive ends are, (low, high) and (lo, hi): at
    most 1 when they meet."""
    return max(lo / high, low / hi)


def _spans(g, rate: float) -> list[tuple[float, float]]:
    """Each reading's interval in the fact's unit: its hedge and rounding, as a clean amount's."""
    return [(lo * rate, hi * rate) for lo, hi in g.intervals]


def holders(spans: list[tuple[float, float]], ids: list[str], low: np.ndarray,
            high: np.ndarray) -> list[list[str]]:
    """Per reading's interval (in the fact's unit), the ids of the figures whose interval meets
    it."""
    return [[i for i, lo, hi in zip(ids, low, high) if meets(*span, lo, hi)] for span in spans]


def _words(r, g, fact: pd.DataFrame) -> str:
    """The sentence on one garbled amount: what is written, why, the readings, who agrees."""
    said = g.sentence() + "."
    rate = r.c_low / r.low if r.low and math.isfinite(r.low) and math.isfinite(r.c_low) else None
    if rate is None or fact.empty:
        return said + " No other figure of its fact is there to choose between them."
    values = [v * rate for _, v in g.readings]
    spans = _spans(g, rate)
    held = holders(spans, fact["id"].tolist(), fact["c_low"].to_numpy(float),
                   fact["c_high"].to_numpy(float))
    by = [f"{', '.join(ids)} {'agrees' if len(ids) == 1 else 'agree'} with {t}"
          for (t, _), ids in zip(g.readings, held) if ids]
    said += (" Of the other figures of its fact, " + "; ".join(by) + "." if by else
             " No other figure of its fact agrees with any of them.")
    voters = fact[fact["agrees"].astype(bool)]
    if voters.empty or not np.isfinite(voters["cons_low"].to_numpy(float)).any():
        return said + " Its fact has no consensus to choose between them."
    lo, hi = float(voters["cons_low"].iloc[0]), float(voters["cons_high"].iloc[0])
    cons = f"the consensus of its fact ({fmt.interval(lo, hi, r.c_unit)}: {', '.join(voters['id'])})"
    fits = [t for (t, _), span in zip(g.readings, spans) if meets(*span, lo, hi)]
    if fits:
        return said + f" {' and '.join(fits)} {'agrees' if len(fits) == 1 else 'agree'} with {cons}."
    return said + f" None agrees with {cons}; the nearest, {_nearest(g, values, lo, hi)}."
