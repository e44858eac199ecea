"""A figures table built from a labelled corpus (truth.csv and index.csv), for benchmarks and tests.

One figure per labelled amount. The amount is the labelled text as written (with the label's
bound written in when the article put its bound word outside the labelled text: `15조원` labelled
at_least is `15조원 이상`, the quote stays `15조원`); when the text leaves
the currency implicit (a headline's `92조`), its ISO code goes in the `currency` column, as
`extract --add` does. `restates` links a conversion to the nearest preceding figure of its article with the
text it converts. `part_of` links a row noted `part` to the nearest preceding row of its article
noted `total of the ... parts`, unless that total counts its parts below ("the two installments
below") and has them all: then to the total around it.

Run: python bench/corpus_truth.py CORPUS OUT.csv — writes the figures that read, with the
corpus's discrepancy ids (`expected.csv`) and borderline marks (`borderline.csv`, when there is
one): how tests/fixtures/corpus*_figures.csv are built. Figures only, never article text.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from currency.text.locale import names_which_dollar
from currency.text.reader import AmountError, read_whole
from reconcile.store.figures import COLUMNS


def _amount(text: str, code: str) -> tuple[str, str | None] | None:
    """(amount, currency cell) for a labelled text, or None when it does not read as `code`:
    read whole, as a figure's amount is."""
    try:
        a = read_whole(text)
    except AmountError:
        return None
    if a.currency is None:
        return (text, code) if a.unit is None else None
    if a.currency != code and names_which_dollar(a, code):
        return (text, code)       # a Canadian site's bare "$": the cell says which dollar
    if a.two_currencies is not None and a.two_currencies.sign_currency == code:
        return (text, code)       # "$13 trillion won" labelled USD: the column may name the sign's
    return (text, None) if a.currency == code else None


# The words that give a labelled amount its labelled bound when the article wrote it outside the
# labelled text ("630억달러에 육박", "15조원 돌파"): a person entering the figure writes the bound
# with it, as figures.csv does ("총 130억 달러 이상").
_BOUND_WORDS = {"ko": {"at_most": "{} 이하", "at_least": "{} 이상", "approx": "약 {}"},
                "en": {"at_most": "up to {}", "at_least": "at least {}", "approx": "about {}"}}


def _bounded(text: str, bound: str) -> str:
    """`text`, with the label's `bound` written in when the text alone reads as exact."""
    words = _BOUND_WORDS["ko" if re.search(r"[가-힣]", text) else "en"].get(bound)
    if words is None:
        return text
    try:
        if read_whole(text).bound != "exact":
            return text
    except AmountError:
        return text
    return words.format(text)


_NUMBER = re.compile(r"\d[\d,.]*")

# Bounds whose label gives the low end as its value (corpus README: "a range is one row, value =
# the low end"; "1조 원대" is 1조-odd), where a reading's value is the middle of its interval.
_LOW_END_LABELS = ("range", "vague", "at_least")


def match_strength(label: dict, amount, currency: str | None, span: str) -> int:
    """How a reading (`amount` in `currency`, written `span`) matches a truth.csv row: 0 not, 1 by
    the label's number in its span, 2 one text holding the other, 3 the same text. An amount
    written with two currencies ("$13 trillion won") is kept with both readings, so it matches a
    label in either: its sign's or its word's."""
    two = getattr(amount, "two_currencies", None)
    if currency != label["currency"] and (two is None or two.sign_currency != label["currency"]):
        return 0
    value = float(label["value"])
    ranged = amount.bound == "range" and label["bound"] in _LOW_END_LABELS
    low_end = ranged and amount.low <= value <= amount.high
    # A vague label's value is its order of magnitude (corpus README: 1e9 for "billions"), which
    # a reading of "billions" (2 billion and up, rounded) may start just above.
    low_end |= ranged and label["bound"] == "vague" and value <= amount.low < 10 * value
    if abs(amount.value - value) > 1e-3 * max(abs(value), 1) and not low_end:
        return 0
    text = label["amount_text"]
    if span == text:
        return 3
    if span in text or text in span:
        return 2
    number = _NUMBER.search(text)
    return 1 if number and number.group(0) in span else 0


def assign(labels: list, readings: list, strength, uses=lambda r, k: k == 0) -> list:
    """Each label's reading (or None): matches by text first, then by the label's number alone,
    each pass in order, so that a label the reader could not read ("W1tr") does not take a later
    label's reading by its number. `strength(label, reading)` is `match_strength`'s scale;
    `uses(reading, k)` says whether a reading taken k times may be taken again by the same text."""
    out: list = [None] * len(labels)
    taken = [0] * len(readings)
    for least in (2, 1):
        for n, t in enumerate(labels):
            if out[n] is not None:
                continue
            for i, r in enumerate(readings):
                s = strength(t, r)
                if s >= least and (taken[i] == 0 or s == 3 and uses(r, taken[i])):
                    out[n], taken[i] = r, taken[i] + 1
                    break
    return out


# A total's note that counts the parts below it ("total of the two installments below"): after
# that many, a part belongs to the total around it again.
_COUNTED = re.compile(r"total of the (\w+) [\w ]*?below")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}


def _parts_below(note: str) -> int | None:
    """How many parts below a total's note says it has (None: it does not count them)."""
    m = _COUNTED.search(note)
    word = m and m.group(1)
    return int(word) if word and word.isdigit() else _COUNTS.get(word) if word else None


def _part_of(totals: list[list]) -> str | None:
    """The fact a part row belongs to, the innermost total in force (`totals`), one of whose
    counted parts it uses up; None when no total is in force."""
    if not totals:
        return None
    top = totals[-1]
    if top[1] is not None:
        top[1] -= 1
        if top[1] == 0:
            totals.pop()
    return top[0]


def _reads_as_point(text: str) -> bool:
    """Whether `text` alone reads as one amount, not a range."""
    try:
        return read_whole(text).bound != "range"
    except AmountError:
        return False


def _joined(low: str, high: str, value_low: str, value_high: str) -> str | None:
    """One range amount written from its two labelled ends ("8000만 달러" and "1억4500만 달러"
    become "8000만 달러~1억4500만 달러"), or None when that does not read as a range whose ends
    hold the two labelled values."""
    text = f"{low}~{high}"
    try:
        a = read_whole(text)
    except AmountError:
        return None
    lo, hi = float(value_low), float(value_high)
    holds = a.bound == "range" and a.low <= lo <= a.high and a.low <= hi <= a.high
    return text if holds and lo < hi else None


def range_ends(g: pd.DataFrame) -> dict[int, tuple[int, str]]:
    """A range labelled as its two ends, each a row of bound `range` that reads as one amount
    (an article's "between X (A) and Y (B)", where each end has its own conversion): the low
    end's row position -> (the high end's row position, the joined range amount). The ends of
    one fact pair in order; two conversions pair when they convert the two ends of a joined range,
    and ends some conversion does not convert both of stay apart."""
    rows = list(g.itertuples())
    ends = [i for i, r in enumerate(rows) if r.bound == "range" and _reads_as_point(r.amount_text)]
    out: dict[int, tuple[int, str]] = {}
    high_of: dict[tuple[str, str], str] = {}        # (fact, low end's text) -> high end's text
    waiting: dict[str, int] = {}
    for i in (i for i in ends if not rows[i].converts):
        r = rows[i]
        if r.fact not in waiting:
            waiting[r.fact] = i
            continue
        j = waiting.pop(r.fact)
        text = _joined(rows[j].amount_text, r.amount_text, rows[j].value, r.value)
        if text is not None:
            out[j] = (i, text)
            high_of[(r.fact, rows[j].amount_text)] = r.amount_text
    lows: dict[tuple[str, str], int] = {}            # a range's key -> its low end's conversion
    highs: dict[tuple[str, str], int] = {}
    for i in (i for i in ends if rows[i].converts):
        r = rows[i]
        low_key = (r.fact, r.converts)
        if low_key in high_of:
            lows[low_key] = i
        else:
            keys = [k for k, v in high_of.items() if k[0] == r.fact and v == r.converts]
            if keys:
                highs[keys[0]] = i
    for key, j in lows.items():
        if key in highs:
            i = highs[key]
            text = _joined(rows[j].amount_text, rows[i].amount_text, rows[j].value, rows[i].value)
            if text is not None:
                out[j] = (i, text)
    # An end converted alone (or one of two conversions left unjoined) would restate the range
    # figure as a point, or a dropped end: such ends stay apart, as labelled.
    for j, (i, _) in [(j, v) for j, v in out.items() if not rows[j].converts]:
        of_low = {k for k, r in enumerate(rows)
                  if r.converts == rows[j].amount_text and r.fact == rows[j].fact}
        of_high = {k for k, r in enumerate(rows)
                   if r.converts == rows[i].amount_text and r.fact == rows[i].fact}
        paired = {k for k in of_low if k in out and out[k][0] in of_high}
        if paired != of_low or {out[k][0] for k in paired} != of_high:
            for k in {j} | of_low:
                out.pop(k, None)
    return out


# The columns a figure of the bench carries beside the figures file's: its labelled text, and the
# labelled texts it stands for (two for a range labelled as its two ends).
LABEL_COLUMNS = ["amount_text", "label_texts"]


def figures_from_truth(corpus: Path) -> tuple[pd.DataFrame, list[str]]:
    """The corpus's figures (with the extra `LABEL_COLUMNS`) and the texts that did not read."""
    truth = pd.read_csv(corpus / "truth.csv", dtype=str).fillna("")
    index = pd.read_csv(corpus / "index.csv", dtype=str).set_index("file")
    rows, skipped = [], []
    for file, g in truth.groupby("file", sort=True):
        ids: list[str] = []
        totals: list[list] = []     # the totals in force, innermost last: [fact, parts left]
        joined = range_ends(g)
        high_ends = {i for i, _ in joined.values()}
        for n, r in enumerate(g.itertuples(), start=1):
            fid = f"c{file[:2]}-{n:02d}"
            ids.append(fid)
            # A part that is itself a total ("part; total of the three parts below") is a part of
            # the total before it, and the total of the parts after it: never a part of itself.
            part_of = _part_of(totals) if r.note.startswith("part") else None
            if r.note.startswith("total of the") or "; total of the" in r.note:
                totals.append([r.fact, _parts_below(r.note)])
            if n - 1 in high_ends:
                continue            # written into the range figure its low end's row makes
            text = joined[n - 1][1] if n - 1 in joined else r.amount_text
            read = _amount(_bounded(text, r.bound), r.currency)
            if read is None:
                skipped.append(f"{file[:2]} {r.amount_text!r}")
                continue
            amount, currency = read
            restates = None
            if r.converts:
                earlier = [(i, t) for i, t in zip(ids[:-1], g["amount_text"]) if t == r.converts]
                later = [(i, t) for i, t in zip([f"c{file[:2]}-{k:02d}" for k in
                                                  range(n + 1, len(g) + 1)],
                                                 g["amount_text"].iloc[n:]) if t == r.converts]
                restates = (earlier[-1] if earlier else later[0])[0]
            rows.append(dict(id=fid, metric=r.fact, amount=amount, as_of=r.as_of,
                             published=index.at[file, "published"], source=file,
                             quote=text, part_of=part_of, kind=None, note=r.note or None,
                             restates=restates, currency=currency, amount_text=r.amount_text,
                             label_texts=(r.amount_text, g["amount_text"].iloc[joined[n - 1][0]])
                             if n - 1 in joined else (r.amount_text,)))
    cols = COLUMNS + LABEL_COLUMNS
    df = pd.DataFrame(rows, columns=cols)
    # A conversion of an amount the reader could not read restates nothing that is in the table.
    df.loc[df["restates"].notna() & ~df["restates"].isin(df["id"]), "restates"] = None
    df["line"] = range(2, 2 + len(df))
    return df, skipped


def figure_ids(figs: pd.DataFrame, file: str, amount_text: str) -> set[str]:
    """The ids of the figures of `file` labelled with `amount_text` (a range's either end)."""
    labelled = figs["label_texts"].map(lambda texts: amount_text in texts)
    return set(figs.loc[figs["source"].eq(file) & labelled, "id"])


def borderline_ids(corpus: Path, figs: pd.DataFrame) -> set[str]:
    """Ids of the figures `borderline.csv` lists (none when the corpus has no such file)."""
    path = corpus / "borderline.csv"
    if not path.exists():
        return set()
    rows = pd.read_csv(path, dtype=str)
    return set().union(set(), *(figure_ids(figs, r.file, r.amount_text)
                                for r in rows.itertuples()))


def fixture(corpus: Path) -> pd.DataFrame:
    """The figures of the corpus that read, with `discrepancy` and `borderline` columns."""
    figs, _ = figures_from_truth(corpus)
    expected = pd.read_csv(corpus / "expected.csv", dtype=str)
    disc = {i: e.id for e in expected.itertuples()
            for i in figure_ids(figs, e.file, e.amount_text)}
    out = figs[["id", "metric", "amount", "as_of", "published", "source", "quote", "part_of",
                "restates", "currency"]].copy()
    out["discrepancy"] = out["id"].map(disc)
    out["borderline"] = out["id"].isin(borderline_ids(corpus, figs)).map({True: "yes",
                                                                         False: None})
    return out


def labelled_articles(corpus: Path):
    """Each article of the corpus, in file order: (file name, text without the corpus's header
    line, publication date, its truth.csv rows in order)."""
    import csv
    import datetime as dt
    with open(corpus / "index.csv", encoding="utf-8") as f:
        index = {r["file"]: r for r in csv.DictReader(f)}
    by_file: dict[str, list[dict]] = {}
    with open(corpus / "truth.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            by_file.setdefault(row["file"], []).append(row)
    for name in sorted(index):
        # Line 1 is the corpus's own header (source, published), not the article.
        text = (corpus / "articles" / name).read_text(encoding="utf-8").split("\n", 1)[1]
        yield name, text, dt.date.fromisoformat(index[name]["published"]), by_file.get(name, [])


if __name__ == "__main__":
    import sys

    if len(sys.argv) != 3 or not (Path(sys.argv[1]) / "truth.csv").is_file():
        print("usage: python bench/corpus_truth.py CORPUS OUT.csv (CORPUS holds truth.csv)",
              file=sys.stderr)
        sys.exit(2)
    fixture(Path(sys.argv[1])).to_csv(sys.argv[2], index=False)
