"""Time and memory of scan's intake (`load_articles`) on the corpus, and on N copies of it.

    python bench/scan_intake.py [N]        # default N = 1000 articles

The copies get varied names and dates (one index.csv row each), as the issue's 1,000-article
run does; the articles' text is read from ../shared/corpus and written only to a temp folder.
"""
from __future__ import annotations

import csv
import datetime as dt
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from reconcile.scan.articles import load_articles  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def copies(n: int, into: Path) -> Path:
    """n articles: the corpus's, round-robin, each with its own name and a date a day later."""
    sources = sorted((CORPUS / "articles").glob("*.txt"))
    published = {r["file"]: dt.date.fromisoformat(r["published"])
                 for r in csv.DictReader(open(CORPUS / "index.csv", encoding="utf-8"))}
    folder = into / "articles"
    folder.mkdir()
    with open(into / "index.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "published"])
        for i in range(n):
            src = sources[i % len(sources)]
            name = f"{i:04d}_{src.name}"
            shutil.copy(src, folder / name)
            w.writerow([name, (published[src.name] + dt.timedelta(days=i // len(sources)))
                        .isoformat()])
    return folder


def pages(n: int, into: Path) -> Path:
    """n saved pages: each corpus text as <p> paragraphs under a menu, its date in metadata."""
    import html
    sources = sorted((CORPUS / "articles").glob("*.txt"))
    folder = into / "pages"
    folder.mkdir()
    for i in range(n):
        src = sources[i % len(sources)]
        head, _, body = src.read_text(encoding="utf-8").partition("\n")
        day = head.split("published:")[1].split("|")[0].strip()
        paras = "".join(f"<p>{html.escape(line)}</p>" for line in body.splitlines() if line)
        (folder / f"{i:04d}.html").write_text(
            f'<html><head><meta property="article:published_time" content="{day}"></head>'
            f'<body><nav><a href="/">Home</a></nav><article>{paras}</article></body></html>',
            encoding="utf-8")
    return folder


def measure(label: str, paths) -> None:
    start = time.perf_counter()
    articles, lines = load_articles(paths)
    took = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{label}: {len(articles)} articles, {len(lines)} lines said, {took:.2f} s, "
          f"max RSS {rss:.0f} MB")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    measure("corpus (39)", [CORPUS / "articles"])
    with tempfile.TemporaryDirectory() as tmp:
        measure(f"{n} copies", [copies(n, Path(tmp))])
        measure(f"{n // 10} saved pages", [pages(n // 10, Path(tmp))])


if __name__ == "__main__":
    main()
