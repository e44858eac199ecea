"""Scan's figures out: a new figures file, or a merge into an existing one (`--add-to`) that keeps
every byte of its rows and adds no figure it already holds; and the `--json` document.

A figure is already held when the file has a row of the same article and amount as written (as
many such rows as it has: an article that prints an amount twice states it twice). An article
is the file's source of the same file name (`a.txt`, `A/a.txt`: a folder scanned alone or beside
another names it either way) whose quotes are its words, the one whose path ends the article's
by the most folders first; another article of that name (two folders' `a.txt`, scanned one at a time) is filed under its
path, so that its figures of an amount the other printed too are not taken as held. Rows without
a quote, or quoting only common words, tell no article from another and match either (a source
with no quote at all yields to one that quotes the article, however near its path). A proposed group some of whose figures the file holds joins the metric those
rows have there (the user may have renamed it); a new group whose name the file already uses
gets a fresh one, since a name alone is no evidence of the same fact.
"""
from __future__ import annotations

import math
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from currency.errors import InputError
from currency.text.extract import span_of_cell
from reconcile.scan.model import Article, ScanResult
from reconcile.store.figures import COLUMNS, REQUIRED, FiguresError, cell_problems, part_of_keys
from reconcile.store.problems import Problem
from reconcile.store.table import encode_row, read_table


@dataclass(frozen=True)
class Merged:
    """What a merge did: the new bytes, the ids added (proposed id -> id written), the proposed
    ids the file already held (-> the file's id), the metrics renamed or joined (proposed ->
    filed as)."""

    content: bytes
    added: dict[str, str]
    held: dict[str, str] = field(default_factory=dict)
    metrics: dict[str, str] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)   # article -> the source filed as
    renamed: dict[str, str] = field(default_factory=dict)   # those of them new to the file: an
                                                            # article the file has by that name
                                                            # is another
    choices: tuple[Choice, ...] = ()    # articles filed as one of several sources that could be


class ProposalError(RuntimeError):
    """Proposed figures that do not validate together: a bug of scan; `lines` say what."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def check_target(output: str | None, add_to: str | None, force: bool,
                 paths: Sequence[str], index: str | None) -> None:
    """Before anything is read: -o or --add-to names a file scan may write. InputError when it
    is an article scanned, the index, a folder, an existing file without --force (-o), or a
    missing one (--add-to)."""
    from reconcile.scan.pages import ARTICLE_SUFFIXES
    if output and add_to:
        raise InputError("error: give -o FILE (a new figures file) or --add-to FILE (merge), "
                         "not both")
    target, option = (output, "-o") if output else (add_to, "--add-to")
    if not target:
        return
    out = os.path.realpath(target)
    if Path(target).is_dir():
        raise InputError(f"error: {option} {target}: is a directory; give a file name")
    for given in [*paths, *([index] if index else [])]:
        real = os.path.realpath(given)
        # An article file in a folder scanned, which the scan reads.
        inside = Path(given).is_dir() and out.startswith(real.rstrip(os.sep) + os.sep) \
            and Path(out).suffix.lower() in ARTICLE_SUFFIXES and Path(out).exists()
        if out == real or inside:
            what = "the --index file" if given == index else "an article being scanned"
            raise InputError(f"error: {option} {target}: is {what}; refusing to write figures "
                             "over it; nothing was written")
    if output and not Path(out).parent.is_dir():
        raise InputError(f"error: -o {output}: the folder {Path(output).parent} does not "
                         "exist; nothing was written")
    if output and Path(output).exists() and not force:
        from reconcile.store.files import FileRefused, writable_output
        try:        # what --force would refuse too (a FIFO, a device, a read-only file)
            writable_output(output, "figures file")
        except FileRefused as exc:
            raise InputError(f"error: -o {output}: {exc.problem.reason}") from None
        raise InputError(f"error: -o {output}: already exists; --add-to {output} merges into "
                         "it, --force replaces it; nothing was written")
    # One that exists but is not a regular file (a FIFO, a device) is refused by its reader,
    # which names what it is.
    if add_to and not Path(add_to).exists():
        raise InputError(f"error: --add-to {add_to}: no such file (-o writes a new one); "
                         "nothing was written")


def write_new(path: str | Path, rows: Sequence[dict]) -> None:
    """Write `rows` as a new figures file, validated whole first, atomically. ProposalError
    when they do not validate together; InputError when the file cannot be written."""
    from reconcile.store.append import write_output
    from reconcile.store.curate import file_problems
    from reconcile.store.files import FileRefused
    content = new_file(rows)
    problems = file_problems(path, content)
    if problems:
        raise ProposalError([f"internal error: scan proposed {p}" for p in problems])
    try:
        # As export -o writes: --force replaces a file, never what is not one (a rename over
        # a FIFO, or as root over /dev/null, put a regular file in its place).
        write_output(path, content, "figures file")
    except FileRefused as exc:
        raise InputError(f"error: -o {path}: {exc.problem.reason}") from None
    except OSError as exc:
        raise InputError(f"error: -o {path}: cannot write: {exc.strerror or exc}; nothing was "
                         "written") from None


def add_to_file(path: str | Path, rows: Sequence[dict],
                articles: Sequence[Article] = ()) -> Merged:
    """Merge `rows` (of `articles`) into the figures file under the lock `add` takes,
    atomically; a merge that would add a problem to the file writes nothing (FiguresError)."""
    from reconcile.store.append import rewrite_figures
    from reconcile.store.curate import new_problems
    done: list[Merged] = []

    def change(old: bytes) -> bytes:
        merged = merge(old, rows, path, articles)
        problems = new_problems(path, old, merged.content)
        if problems:
            raise FiguresError([replace(p, reason=f"{p.reason}; nothing was written")
                                for p in problems])
        done.append(merged)
        return merged.content
    rewrite_figures(path, change)
    return done[0]


def usable_rows(result: ScanResult) -> tuple[list[dict], list[str]]:
    """The proposed rows a figures file accepts, and one line per row left out (its cells do not
    validate); a link to a row left out is cleared, so that the rest still validates."""
    rows, lines, dropped = [], [], set()
    for row in result.rows:
        cells = {c: str(v).strip() for c, v in row.items() if c in COLUMNS and v not in (None, "")}
        problems = cell_problems(cells)
        if problems:
            dropped.add(cells.get("id"))
            lines.append(f"{cells.get('source', '?')}: proposed figure {cells.get('id', '?')} "
                         f"left out: {problems[0]}")
            continue
        rows.append(cells)
    for row in rows:
        if row.get("restates") in dropped:
            del row["restates"]
    return rows, lines


def new_file(rows: Sequence[dict]) -> bytes:
    """A whole figures file holding `rows`, columns in the standard order."""
    out = (",".join(COLUMNS) + "\n").encode("utf-8")
    return out + b"".join(encode_row([r.get(c, "") for c in COLUMNS], "\n") for r in rows)


def merge(old: bytes, rows: Sequence[dict], path: str | Path,
          articles: Sequence[Article] = ()) -> Merged:
    """`old` (a figures file's bytes) with the rows it does not already hold appended; every
    byte of `old` is kept (its header may gain the optional columns the rows fill). The rows'
    sources are matched to the file's by `articles` (their text): without it, by name alone.
    FiguresError when `old` is not a figures file."""
    table, structure = read_table(str(path), old or (",".join(COLUMNS) + "\n").encode(), REQUIRED)
    if table is None or structure:
        raise FiguresError(structure)
    sources, choices = filed_sources(table.rows, articles)
    rows = [r | {"source": sources[r.get("source")]} if r.get("source") in sources else r
            for r in rows]
    have: dict[tuple[str, str], list[dict]] = {}
    for r in table.rows:
        have.setdefault(_key(r), []).append(r)
    ids = {r.get("id", "").strip() for r in table.rows}
    file_metrics = {r.get("metric", "").strip() for r in table.rows}
    held: dict[str, str] = {}
    held_metrics: dict[str, set[str]] = {}
    new: list[dict] = []
    for row in rows:
        if (key := _held(have, row)) is not None:
            existing = have[key].pop(0)
            held[row["id"]] = existing.get("id", "").strip()
            held_metrics.setdefault(row["metric"], set()).add(existing.get("metric", "").strip())
        else:
            new.append(dict(row))
    metrics = _filed_metrics({r["metric"] for r in new}, held_metrics, file_metrics)
    added = {}
    for row in new:
        fid, n = row["id"], 2
        while fid in ids:
            fid, n = f"{row['id']}-{n}", n + 1
        ids.add(fid)
        added[row["id"]] = fid
    renamed = held | added
    for row in new:
        row["id"] = renamed[row["id"]]
        row["metric"] = metrics.get(row["metric"], row["metric"])
        if row.get("restates"):
            row["restates"] = renamed.get(row["restates"], row["restates"])
        if row.get("part_of"):
            row["part_of"] = ";".join(metrics.get(m, m) for m in part_of_keys(row["part_of"]))
    content = _append(old, table, new, path)
    had = {(r.get("source") or "").strip() for r in table.rows}
    moved = {s: t for s, t in sources.items() if s != t}
    return Merged(content, added, held, {m: t for m, t in metrics.items() if m != t}, moved,
                  {s: t for s, t in moved.items() if t not in had}, tuple(choices))


def _key(row: dict) -> tuple[str, str]:
    return (row.get("source") or "").strip(), (row.get("amount") or "").strip()


def _held(have: dict[tuple[str, str], list[dict]], row: dict) -> tuple[str, str] | None:
    """The key of the file's rows that hold `row`'s figure, None when none is left: the same
    source and amount as written, or, for a cell written through the hedge after its conversion
    ("30억 달러(약 4조원) 이상"), the same source and that amount's span alone ("30억 달러"), as
    a scan that wrote the span alone filed the same figure."""
    key = _key(row)
    if have.get(key):
        return key
    plain = (key[0], span_of_cell(key[1]))
    return plain if plain != key and have.get(plain) else None


# Of the distinct words of the file's quotes from a source, the share an article must hold for
# the rows to be its own: a quote cut, abridged or retyped by hand keeps nearly all its words,
# while another article's sentence shares only the common ones (the, in, billion, the digits).
SAME_ARTICLE_WORDS = 0.9


@dataclass(frozen=True)
class Choice:
    """Where `filed_sources` had to choose for an article: it was filed as `source`, passing
    over `nearer` (sources whose path ends the article's by more folders, but whose quotes are
    other words) or leaving `tied` (sources as near and as like it, later in the file)."""

    article: str
    source: str
    nearer: tuple[str, ...] = ()
    tied: tuple[str, ...] = ()


def filed_sources(file_rows: Sequence[dict],
                  articles: Sequence[Article]) -> tuple[dict[str, str], list[Choice]]:
    """Each article's source (its `path`) -> the source its figures are filed under, and where
    that was a choice. The source is the file's source of the same file name whose quotes are
    the article's words (one with quotes before one without); then the one whose path ends the
    article's path (as named, made absolute) by the most whole folders; then the largest share
    of its words; then the first in the file. Else
    its own name when the file has no such source, else its path as named (numbered if that
    too is taken). A source is one article's in a scan."""
    quotes: dict[str, list[str]] = {}
    for r in file_rows:
        quotes.setdefault((r.get("source") or "").strip(), []).append(r.get("quote") or "")
    order = {s: i for i, s in enumerate(quotes)}
    said = {s: set(_words(" ".join(q))) for s, q in quotes.items()}
    by_name: dict[str, list[str]] = {}
    for source in quotes:
        by_name.setdefault(_file_name(source), []).append(source)
    finders = {name: _QuoteIndex(sources, said) for name, sources in by_name.items()}
    # Every (article, source) that passes, one quoting it first, then nearest by path, then
    # by share: an article takes the best left, so a copy scanned beside it cannot take the
    # source naming it, nor a row without a quote (which passes any article) one that quotes it.
    passing: list[tuple[bool, int, float, int, int, str]] = []
    ranked: dict[str, list[tuple[bool, int, float, str]]] = {}
    failing_near: dict[str, list[tuple[int, str]]] = {}
    for i, a in enumerate(articles):
        name = _file_name(a.path)
        if name not in finders:
            continue
        words = set(_words(a.text))
        parts = _parts(os.path.abspath(a.named or a.path))
        found = finders[name].passing(words)
        for s in found:
            near = _folders_shared(_parts(s), parts)
            passing.append((not said[s], -near, -_share(said[s], words), i, order[s], s))
            ranked.setdefault(a.path, []).append((not said[s], near, _share(said[s], words), s))
        failing_near[a.path] = [(n, s) for n, s in finders[name].nearer(parts, 2)
                                if s not in found]
    out: dict[str, str] = {}
    claimed: set[str] = set()
    choices: list[Choice] = []
    for unquoted, near, share, i, _, source in sorted(passing):
        path = articles[i].path
        if path in out or source in claimed:
            continue
        out[path] = source
        claimed.add(source)
        tied = tuple(s for u, n, sh, s in ranked[path]
                     if (u, -n, -sh) == (unquoted, near, share) and s != source
                     and s not in claimed)
        nearer = tuple(s for n, s in failing_near.get(path, []) if n > -near)
        if tied or nearer:
            choices.append(Choice(path, source, nearer, tied))
    taken = set(quotes)
    for a in articles:
        if a.path in out:
            continue
        name = a.path
        if name in taken:
            name = a.named or a.path
            n = 2
            while name in taken:
                name, n = f"{a.named or a.path} ({n})", n + 1
        taken.add(name)
        out[a.path] = name
    return out, choices


class _QuoteIndex:
    """The file's sources of one file name, found by path tail and by quote words without
    scoring each against every article (2,000 `index.html` against 2,000 was quadratic)."""

    def __init__(self, sources: list[str], said: dict[str, set[str]]) -> None:
        self.said = said
        self.tails: dict[tuple[str, ...], list[str]] = {}
        for s in sources:
            parts = _parts(s)
            for k in range(2, len(parts) + 1):
                self.tails.setdefault(tuple(parts[-k:]), []).append(s)
        # A source passes only when at most a tenth of its words are missing from the article,
        # so one of any (missing allowed + 1) of its words is in the article: index each by
        # that many of its rarest, and an article need look only at the sources they name.
        counts: dict[str, int] = {}
        for s in sources:
            for w in said[s]:
                counts[w] = counts.get(w, 0) + 1
        self.always: list[str] = []
        self.by_word: dict[str, list[str]] = {}
        for s in sources:
            words = sorted(said[s], key=lambda w: (counts[w], w))
            # floor, not ceil: a float a hair over an integer must not drop a word it needs.
            keep = len(words) - math.floor(SAME_ARTICLE_WORDS * len(words)) + 1
            if not words:
                self.always.append(s)
            for w in words[:keep]:
                self.by_word.setdefault(w, []).append(s)

    def passing(self, words: set[str]) -> list[str]:
        """The sources whose quotes are these words (in the file's order)."""
        seen = dict.fromkeys(self.always)
        for w in words:
            for s in self.by_word.get(w, ()):
                seen.setdefault(s)
        return [s for s in seen if _share(self.said[s], words) >= SAME_ARTICLE_WORDS]

    def nearer(self, parts: list[str], least: int) -> list[tuple[int, str]]:
        """The sources whose path ends `parts` by `least` or more whole folders and file name."""
        out: dict[str, int] = {}
        for k in range(least, len(parts) + 1):
            for s in self.tails.get(tuple(parts[-k:]), ()):
                out[s] = k
        return [(k, s) for s, k in out.items()]


def _parts(path: str) -> list[str]:
    """A path's folders and file name (hand-typed sources may be Windows paths)."""
    return [p for p in re.split(r"[/\\]", path.strip()) if p not in ("", ".")]


def _folders_shared(source: list[str], article: list[str]) -> int:
    """How many of a source's last parts (file name, folders) end the article's path."""
    n = 0
    while n < min(len(source), len(article)) and source[-1 - n] == article[-1 - n]:
        n += 1
    return n


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _share(said: set[str], words: set[str]) -> float:
    """The share of the quotes' distinct words `said` found among `words` (1 when they have
    none: a row without a quote tells no article from another)."""
    return len(said & words) / len(said) if said else 1.0


def _file_name(source: str) -> str:
    """A source's file name: hand-typed ones may be Windows paths."""
    return re.split(r"[/\\]", source.strip())[-1]


def _filed_metrics(proposed: set[str], held_metrics: dict[str, set[str]],
                   file_metrics: set[str]) -> dict[str, str]:
    """Proposed metric -> the metric its new figures are filed under."""
    out, taken = {}, set(file_metrics)
    for m in sorted(proposed):
        joined = held_metrics.get(m, set())
        if len(joined) == 1:
            out[m] = next(iter(joined))      # the file holds some of this group: same fact
            continue
        name, n = m, 2
        while name in taken:
            name, n = f"{m}_{n}", n + 1
        taken.add(name)
        out[m] = name
    return out


def _append(old: bytes, table, rows: list[dict], path) -> bytes:
    """`old` with `rows` appended in its header's order and line ending."""
    if not old:
        return new_file(rows)
    if not rows:
        return old
    header = list(table.header)
    added = [c for c in COLUMNS if c not in header and any(r.get(c) for r in rows)]
    cut = _header_end(old)
    head, rest = old[:cut], old[cut:]
    if added:
        if table.header_lines != 1:
            raise FiguresError([Problem(str(path), 1, "header", None, "spans several lines; "
                                        f"cannot add the column(s) {', '.join(added)} to it")])
        body = head.rstrip(b"\r\n")
        # Existing rows keep every byte and read as empty in the new columns.
        head = body + ("," + ",".join(added)).encode() + head[len(body):]
        header += added
    if rest and not table.ends_with_newline:
        rest += table.eol.encode()
    elif not rest and not head.endswith((b"\n", b"\r")):
        head += table.eol.encode()
    return head + rest + b"".join(encode_row([r.get(h, "") for h in header], table.eol)
                                  for r in rows)


def _header_end(data: bytes) -> int:
    """Where the header line ends (after its line ending)."""
    ends = [i for i in (data.find(b"\r"), data.find(b"\n")) if i >= 0]
    if not ends:
        return len(data)
    cut = min(ends)
    return cut + (2 if data[cut:cut + 2] == b"\r\n" else 1)


def document(articles: Sequence[Article], result: ScanResult, rows: Sequence[dict],
             lines: Sequence[str], merged: Merged | None = None) -> dict:
    """The `--json` document: the articles with where their dates came from, the groups with
    their figures (as written; after a merge, with the ids and metrics it gave them, and the
    figures the file already held as {"id", "already_in_file"}), sentences and cohesion, and
    every line said about the scan."""
    by_id = {r["id"]: r for r in rows}
    metrics = merged.metrics if merged else {}

    def figure(fid: str) -> dict | None:
        if merged is None:
            return by_id.get(fid)
        if fid in merged.held:
            return {"id": merged.held[fid], "already_in_file": True}
        if fid not in merged.added or fid not in by_id:
            return None
        row = by_id[fid] | {"id": merged.added[fid],
                            "metric": metrics.get(by_id[fid]["metric"], by_id[fid]["metric"]),
                            "source": merged.sources.get(by_id[fid]["source"],
                                                         by_id[fid]["source"])}
        if row.get("restates"):
            row["restates"] = (merged.added | merged.held).get(row["restates"], row["restates"])
        return row

    return {
        "articles": [{"path": a.path, "published": a.published_as or None,
                      "date_source": a.date_source, "url": a.url, "publisher": a.publisher,
                      "language": a.language} for a in articles],
        # A group review changed has no cohesion: null, not NaN (strict JSON).
        "groups": [{"metric": metrics.get(g.metric, g.metric),
                    "cohesion": g.cohesion if math.isfinite(g.cohesion) else None,
                    "figures": [f for f in map(figure, g.figure_ids) if f is not None],
                    "sentences": list(g.sentences)} for g in result.groups],
        "figures": len(rows) if merged is None else len(merged.added),
        "notes": list(lines),
    }
