"""A figures table built from a labelled corpus (truth.csv and index.csv), for benchmarks and tests.

One figure per labelled amount. The amount is the labelled text as written (with the label's
bound written in when the article put its bound word outside the labelled text: `15조원` labelled
at_least is `15조원 이상`, the quote stays `15조원`); when the text leaves
the currency implicit (a headline's `92조`), its ISO code goes in the `currency` column, as
`extract --add` does. `restates` links a conversion to the nearest preceding figure of its article with the
text it converts. `part_of` links a row noted `part` to the nearest preceding row of its article
noted `total of the ... parts`.

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


# Bounds whose label gives the low end as its value (corpus README: "a range is one row, value =
# the low end"; "1조 원대" is 1조-odd), where the reader's value is the middle of its interval.
_LOW_END_LABELS = ("range", "vague", "at_least")


def value_matches(a, t: dict) -> bool:
    """Whether amount `a` has the value of label `t`: equal, or a range holding the low end the
    label gives (a vague label: its order of magnitude, which "billions" may start just above)."""
    value = float(t["value"])
    if abs(a.value - value) <= 1e-3 * max(abs(value), 1):
        return True
    if a.bound != "range":
        return False
    return t["bound"] in _LOW_END_LABELS and a.low <= value <= a.high or \
        t["bound"] == "vague" and value <= a.low < 10 * value


def figures_from_truth(corpus: Path) -> tuple[pd.DataFrame, list[str]]:
    """The corpus's figures (with an extra `amount_text` column) and the texts that did not read."""
    truth = pd.read_csv(corpus / "truth.csv", dtype=str).fillna("")
    index = pd.read_csv(corpus / "index.csv", dtype=str).set_index("file")
    rows, skipped = [], []
    for file, g in truth.groupby("file", sort=True):
        ids: list[str] = []
        total_fact = None
        for n, r in enumerate(g.itertuples(), start=1):
            fid = f"c{file[:2]}-{n:02d}"
            ids.append(fid)
            # A part that is itself a total ("part; total of the three parts below") is a part of
            # the total before it, and the total of the parts after it: never a part of itself.
            part_of = total_fact if r.note.startswith("part") and total_fact else None
            if r.note.startswith("total of the") or "; total of the" in r.note:
                total_fact = r.fact
            read = _amount(_bounded(r.amount_text, r.bound), r.currency)
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
                             quote=r.amount_text, part_of=part_of, kind=None, note=r.note or None,
                             restates=restates, currency=currency, amount_text=r.amount_text))
    cols = COLUMNS + ["amount_text"]
    df = pd.DataFrame(rows, columns=cols)
    # A conversion of an amount the reader could not read restates nothing that is in the table.
    df.loc[df["restates"].notna() & ~df["restates"].isin(df["id"]), "restates"] = None
    df["line"] = range(2, 2 + len(df))
    return df, skipped


def figure_ids(figs: pd.DataFrame, file: str, amount_text: str) -> set[str]:
    """The ids of the figures of `file` labelled with `amount_text`."""
    return set(figs.loc[figs["source"].eq(file) & figs["amount_text"].eq(amount_text), "id"])


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
