"""How the time of matching a scan's articles to a figures file's sources grows with the number
of articles of one file name (`scan --add-to`, `reconcile.scan.output.filed_sources`).

    python bench/bench_filed_sources.py [N ...]

For each N (default 500 1000 2000 4000): N made-up articles, each `index.html` in a folder of its
own, against a file holding N rows: (1) the same articles (a re-scan: each is held), (2) N other
articles of that name (another site: none is held). Prints the wall time of each, best of 3.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reconcile.scan.model import Article  # noqa: E402
from reconcile.scan.output import filed_sources  # noqa: E402

WORDS = ("acme beta gamma delta plant sale fund bank loan deal bond stake share rate cost "
         "profit loss chip steel port rail").split()


def text(i: int, site: str) -> str:
    """A made-up sentence of its own per article: two made-up names (as of a company and a
    place: a pool of 10,000), a few common words picked by i, and i itself."""
    names = " ".join(f"{site[0]}n{(i * k * 7919) % 10_000}" for k in (1, 2))
    picked = names + " " + " ".join(WORDS[(i * k + len(site)) % len(WORDS)] for k in (1, 3, 7))
    if site == "north":
        return f"The {picked} unit {i} said it would invest ${i % 97 + 1} million in the deal."
    return f"Shares of {picked} firm {i} fell after a ${i % 89 + 1} million fine on Monday."


def case(n: int, same: bool) -> float:
    articles = [Article(f"d{i:05d}/index.html", text(i, "north"), None, "none",
                        named=f"north/d{i:05d}/index.html") for i in range(n)]
    site = "north" if same else "south"
    rows = [{"source": f"d{i:05d}/index.html", "quote": text(i, site)} for i in range(n)]
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        filed, _ = filed_sources(rows, articles)
        best = min(best, time.perf_counter() - t)
    held = sum(1 for a in articles if filed[a.path] == a.path)
    assert held == (n if same else 0), held
    return best


def main(argv: list[str]) -> None:
    for n in map(int, argv or ["500", "1000", "2000", "4000"]):
        print(f"{n:6d} articles of one name: re-scan {case(n, True):7.3f} s   "
              f"another site {case(n, False):7.3f} s", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
