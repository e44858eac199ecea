"""Articles in: files or folders (recursively) → `Article`s with their text, publication date and
where that date came from, and one line for each file skipped or left undated.

The date is taken, in order, from: the --index CSV, an `index.csv` beside the articles (in the
article's folder or one above it, up to the parent of the folder named), the file's first line
`# source: URL | published: YYYY-MM-DD | publisher: NAME`, the saved page's metadata, a dateline
printed in the text (`입력 2024.03.27`, `Published March 27, 2024`); a month or a year (`2024-10`) is
a date too, as `extract --published` takes it. A date written but unreadable
is said, never passed over for a later source; no date at all is said too, never guessed.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from currency.data.periods import Period, parse_period
from currency.errors import InputError
from currency.options import published_day
from currency.text.article import ArticleError, decode
from currency.text.locale import page_locale
from reconcile.scan.dates import dateline, header_line, page_date, read_published
from reconcile.scan.index import INDEX_NAME, ArticleIndex, is_index, read_index
from reconcile.scan.model import Article
from reconcile.scan.pages import (
    ARTICLE_SUFFIXES,
    front_matter,
    front_matter_day,
    html_text,
    kind_of,
    markdown_text,
)
from reconcile.store.files import ARTICLE_LIMIT, MB, FileRefused, read_regular

# A news article, even a saved page with its scripts inlined, is a few megabytes at most; a
# bigger file is a dump or a mistake, and reading it would take the memory of every other one.

NO_DATE = ("no publication date found (index, first line `# source: URL | published: "
           "YYYY-MM-DD`, page metadata, dateline such as `입력 2024.03.27`); not scanned: give "
           "its date in --index or that first line")
# What scan says of a file with nothing to read, and extract refuses with.
NO_TEXT = "no text (the file is empty or holds only its header line)"


@dataclass(frozen=True)
class _Found:
    """A file to read as an article: where it is, the name it is shown by, the folder named."""

    path: Path
    label: str
    root: Path                 # the folder named on the command line (a named file: its folder)


def load_articles(paths: Sequence[str | Path], index: Path | None = None) \
        -> tuple[list[Article], list[str]]:
    """The articles of files and folders, and one line per file skipped or undated.

    InputError when a path does not exist, the index is not one, or no article is left to read
    (its lines say why for each file)."""
    given = read_index(Path(index), f"--index {index}") if index is not None else None
    if given is not None and any(c.dates for c in given.conflicts):
        # The option names the dates to use: which row stood would be a silent choice of date.
        raise InputError(*(f"error: {c.line()}; one row per article" for c in given.conflicts
                           if c.dates))
    if given is not None:
        # As for two dates: the option names the dates to use, and one it cannot read would
        # leave its article undated while the rest are scanned.
        bad = [f"error: {e.problem}" if e.problem else f"error: --index {e.where}: published: {why}"
               for e in given.by_path.values()
               if e.problem or e.published and (why := read_published(e.published)[1])]
        if bad:
            raise InputError(*bad)
    found, lines = _files(paths)
    indexes = _FolderIndexes()
    articles: list[Article] = []
    for f in found:
        try:
            article, problem = _read(f, given, indexes)
        except Exception as exc:    # a library failing on one page must not lose the others
            article, problem = None, (f"internal error while reading it ({type(exc).__name__}: "
                                      f"{exc}); skipped; please report this")
        if problem:
            lines.append(f"{f.label}: {problem}")
        if article is not None:
            articles.append(article)
    lines = indexes.lines + kept_rows(given) + _index_unused(given, found) + lines
    if not articles:
        raise refused([*lines, f"{', '.join(map(str, paths))}: no article to read"]
                      if all(isinstance(line, Aside) for line in lines) else lines)
    return articles, lines


def _index_unused(given: ArticleIndex | None, found: Sequence[_Found]) -> list[str]:
    """A line when the --index names none of the files scanned: the wrong index, or paths
    written from another folder, which each article's "no publication date" would not say."""
    if given is None or not given.by_path or any(given.entry(f.path) for f in found):
        return []
    return [f"--index {given.path}: none of its {len(given.by_path)} row(s) names a file "
            "scanned (a row's file is the path from the index's folder, or the file name alone)"]


class Aside(str):
    """A line a scan says that is never why it fails (files skipped as not articles): a
    warning even when the scan is refused."""


def kept_rows(index: ArticleIndex | None) -> list[Aside]:
    """One warning per later row of an index that names an article again with another url,
    publisher or locale (not date): its first row is used."""
    return [Aside(f"{c.line()}; the row of line {c.first_line} is used")
            for c in (index.conflicts if index is not None else ()) if not c.dates]


def refused(lines: Sequence[str]) -> InputError:
    """The error of a scan that reads or proposes nothing: each line why, asides as warnings."""
    return InputError(*(f"{'warning' if isinstance(line, Aside) else 'error'}: {line}"
                        for line in lines))


def _files(paths: Sequence[str | Path]) -> tuple[list[_Found], list[str]]:
    """Every article file under `paths`, each once, with a label unique in this scan."""
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise InputError(*(f"error: {p}: no such file or folder" for p in missing))
    found: list[_Found] = []
    lines: list[str] = []
    seen: set[str] = set()
    for given in map(Path, paths):
        if given.is_dir():
            files, others = _walk(given)
            if not files:
                lines.append(f"{given}: {_no_articles(given, others)}")
            elif others:
                lines.append(Aside(f"{given}: {len(others)} file(s) that are not articles "
                                   f"skipped (not .txt, .md or .html), e.g. "
                                   f"{', '.join(str(o.relative_to(given)) for o in others[:3])}"))
            entries = [_Found(p, p.relative_to(given).as_posix(), given) for p in files]
        else:
            entries = [_Found(given, given.name, given.parent)]
        for e in entries:
            real = os.path.realpath(e.path)
            if real not in seen:
                seen.add(real)
                found.append(e)
    # Two folders may hold files of the same relative name: those are shown by the whole path.
    labels: dict[str, int] = {}
    for f in found:
        labels[f.label] = labels.get(f.label, 0) + 1
    found = [f if labels[f.label] == 1 else _Found(f.path, _as_named(f.path), f.root)
             for f in found]
    return sorted(found, key=lambda f: f.label), lines


def _as_named(path: Path) -> str:
    return os.path.normpath(path).replace(os.sep, "/")


def _no_articles(folder: Path, others: list[Path]) -> str:
    """Why a folder named gives no article: other files, only an index or notes, or none."""
    if others:
        return (f"no article files (.txt, .md, .html): {len(others)} other file(s), "
                f"e.g. {', '.join(o.name for o in others[:3])}")
    if any(p.is_file() for p in folder.rglob("*")):
        return "no article files in it (an index, a README or a hidden file is not one)"
    return "an empty folder: no files in it"


# A folder of articles often carries its own notes (a corpus's README.md): documentation, not
# news. Named on the command line such a file is still read.
NOTES = ("readme",)


def _walk(folder: Path) -> tuple[list[Path], list[Path]]:
    """The article files under `folder` and the other files (hidden ones, indexes and a folder's
    notes left out)."""
    files, others = [], []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if name.startswith(".") or is_index(path) or name.lower().split(".")[0] in NOTES:
                continue
            (files if path.suffix.lower() in ARTICLE_SUFFIXES else others).append(path)
    return files, others


class _FolderIndexes:
    """The index.csv files beside the articles, read once each; one that is not an index is
    said once and not used."""

    def __init__(self) -> None:
        self._read: dict[Path, ArticleIndex | None] = {}
        self.lines: list[str] = []

    def for_article(self, f: _Found) -> ArticleIndex | None:
        """The nearest index.csv naming the article, from its folder up to its root's parent."""
        stop = f.root.resolve().parent
        folder = f.path.resolve().parent
        while True:
            found = self._at(folder / INDEX_NAME)
            if found is not None and found.entry(f.path) is not None:
                return found
            if folder == stop or folder.parent == folder:
                return None
            folder = folder.parent

    def _at(self, path: Path) -> ArticleIndex | None:
        if path not in self._read:
            self._read[path] = None
            if path.is_file():
                try:
                    self._read[path] = read_index(path, str(path))
                    self.lines += kept_rows(self._read[path])
                except InputError as exc:
                    self.lines.append(exc.lines[0].removeprefix("error: ") + "; not used")
        return self._read[path]


def _read(f: _Found, given: ArticleIndex | None, indexes: _FolderIndexes) \
        -> tuple[Article | None, str | None]:
    """The article of one file (None when it cannot be read), and its problem in words."""
    try:
        size = f.path.stat().st_size
        if size > ARTICLE_LIMIT:     # said with its size, before reading any of it
            return None, (f"{size / MB:.1f} MB, over the {ARTICLE_LIMIT // MB} MB an article "
                          "may have; skipped")
        data = read_regular(f.path, "article", ARTICLE_LIMIT)
    except OSError as exc:
        return None, f"cannot read: {exc.strerror or exc}; skipped"
    except FileRefused as exc:       # a FIFO, device or socket: never waited on
        return None, exc.lines[0].removeprefix(f"{f.path}: ") + "; skipped"
    try:
        raw, _ = decode(data, f.label)
    except ArticleError as exc:
        return None, exc.lines[0].removeprefix(f"{f.label}: ") + "; skipped"
    return _parsed(f, raw, given, indexes)


def article_of(path: str | Path, raw: str) -> tuple[Article | None, str | None]:
    """One article file's decoded text read as scan reads it (its header line, page body, date,
    url and locale): the article, or None and why, and why it has no date when it has none."""
    p = Path(path)
    return _parsed(_Found(p, str(path), p.parent), raw, None, _FolderIndexes())


def _parsed(f: _Found, raw: str, given: ArticleIndex | None, indexes: _FolderIndexes) \
        -> tuple[Article | None, str | None]:
    kind = kind_of(f.path, raw)
    head: dict[str, str] = {}
    front: dict[str, str] = {}
    if kind == "html":
        text = html_text(raw)
        if not text.strip():
            return None, "an HTML page with no article text (no paragraphs of an article " \
                         "were found in it); skipped"
    else:
        parsed = header_line(raw)
        if parsed:
            head, raw = parsed
        if kind == "markdown":
            front, raw = front_matter(raw)
        text = markdown_text(raw) if kind == "markdown" else raw.strip()
        if not text.strip():
            return None, f"{NO_TEXT}; skipped"
    period, source, problem, meta = _date(f, head, raw if kind == "html" else None,
                                          front_matter_day(front), text, given, indexes)
    article = Article(f.label, text, period and published_day(period.text),
                      source if period else "none",
                      url=meta.get("url") or head.get("source") or front.get("url") or None,
                      publisher=meta.get("publisher") or head.get("publisher")
                      or front.get("publisher") or None,
                      language=_language(text),
                      locale=meta.get("locale") or (page_locale(raw) if kind == "html"
                                                    else front.get("locale")),
                      period=period.text if period and not period.is_day else None,
                      named=_as_named(f.path))
    return article, problem


def _date(f: _Found, head: dict, html: str | None, front_day: str | None, text: str,
          given: ArticleIndex | None, indexes: _FolderIndexes) \
        -> tuple[Period | None, str, str | None, dict]:
    """(the day, month or year, where it came from, the problem when there is none, the index
    row's url and publisher), trying the sources in order."""
    for index, name in ((given, "--index"), (indexes.for_article(f), "index.csv")):
        entry = index.entry(f.path) if index is not None else None
        if entry is None:
            continue
        meta = {"url": entry.url, "publisher": entry.publisher, "locale": entry.locale}
        if entry.problem:       # two rows give it two dates: neither is chosen unsaid
            return None, name, f"{entry.problem}; not scanned", meta
        if not entry.published:
            continue
        period, why = read_published(entry.published)
        if why:
            return None, name, f"{entry.where}: published: {why}; not scanned", meta
        return period, name, None, meta
    if head.get("published"):
        period, why = read_published(head["published"])
        if why:
            return None, "header line", f"line 1: published: {why}; not scanned", {}
        return period, "header line", None, {}
    if front_day:       # a Markdown page's front matter is its page metadata
        period, why = read_published(front_day)
        if why:
            return None, "page metadata", f"front matter: date: {why}; not scanned", {}
        return period, "page metadata", None, {}
    if html is not None:
        day = page_date(html, head.get("source"))
        if day is not None:
            return parse_period(day.isoformat()), "page metadata", None, {}
    day, words, why = dateline(text)
    if why:
        return None, f"dateline: {words}", f"{why}; not scanned", {}
    if day is not None:
        return parse_period(day.isoformat()), f"dateline: {words}", None, {}
    return None, "none", NO_DATE, {}


def _language(text: str) -> str:
    """"ko" when Hangul carries the text, "en" for Latin letters, "" otherwise."""
    sample = text[:5000]
    hangul = sum("\uac00" <= c <= "\ud7a3" for c in sample)
    latin = sum(c.isascii() and c.isalpha() for c in sample)
    # A Korean syllable is about three Latin letters of information; English names in Korean
    # news do not tip the balance.
    if hangul and hangul * 3 >= latin:
        return "ko"
    return "en" if latin else ""
