"""PLACEHOLDER for the scan-group branch's propose.py (replaced by it at merge).

It honours the contract (`scan_articles` -> `ScanResult`) with the simplest grouping there is, so
that intake, output and the command line can be built and tested: each high-confidence money
amount is a figure, the amounts of one currency and value form one group, and the second amount
of an `X 달러(약 Y 원)` pair joins its original's group and restates it.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from currency.extract import extract, quote_for
from reconcile.scan.model import Article, Group, ScanResult


def _metric(currency: str, value: float) -> str:
    return "scan_" + re.sub(r"[^a-z0-9]+", "_", f"{currency.lower()}_{value:g}").strip("_")


def _id_stem(path: str) -> str:
    stem = re.sub(r"\.[A-Za-z0-9]+$", "", path.rsplit("/", 1)[-1].lower())
    return re.sub(r"[^a-z0-9]+", "-", stem).strip("-")[:16].rstrip("-") or "fig"


def scan_articles(articles: Sequence[Article], *, taken_ids: Collection[str] = (),
                  on_article: Callable[[Article], None] | None = None) -> ScanResult:
    """Figure rows and groups for `articles` (placeholder grouping: by currency and value)."""
    taken = set(taken_ids)
    rows: list[dict] = []
    notes: list[str] = []
    members: dict[str, list[str]] = {}
    sentences: dict[str, list[str]] = {}
    for article in articles:
        try:
            made = _article_rows(article, taken)
        except Exception as exc:      # one article's crash must not lose the others' figures
            made = []
            notes.append(f"{article.path}: not scanned: internal error {type(exc).__name__}: "
                         f"{exc}")
        else:
            if not made and article.published is not None:
                notes.append(f"{article.path}: no money amount read with high confidence")
        for row, sentence in made:
            rows.append(row)
            members.setdefault(row["metric"], []).append(row["id"])
            sentences.setdefault(row["metric"], []).append(sentence)
        if on_article:
            on_article(article)
    groups = tuple(Group(m, tuple(ids), 1.0, tuple(dict.fromkeys(sentences[m])))
                   for m, ids in members.items())
    return ScanResult(tuple(rows), groups, tuple(notes))


def _article_rows(article: Article, taken: set[str]) -> list[tuple[dict, str]]:
    if article.published is None:
        return []
    published = article.published.isoformat()
    cands = extract(article.text, article.published)
    out: list[tuple[dict, str]] = []
    id_of: dict[int, tuple[str, str]] = {}
    stem = _id_stem(article.path)
    for c in cands:
        if c.confidence != "high" or not c.currency:
            continue
        fid, n = f"{stem}-{c.index}", 2
        while fid in taken:
            fid, n = f"{stem}-{c.index}-{n}", n + 1
        taken.add(fid)
        partner = id_of.get(c.pair["with"]) if c.pair and c.pair["with"] < c.index else None
        metric = partner[1] if partner else _metric(c.currency, c.amount.value)
        inferred = c.currency if c.currency_from and not c.amount.currency else None
        row = {"id": fid, "metric": metric, "amount": c.amount.span,
               "as_of": c.as_of or published, "published": published, "source": article.path,
               "quote": quote_for(article.text, c), "part_of": None, "kind": None,
               "note": f"proposed by scan (placeholder grouping); published: "
                       f"{article.date_source}",
               "restates": partner[0] if partner else None, "currency": inferred}
        id_of[c.index] = (fid, metric)
        out.append((row, c.sentence))
    return out
