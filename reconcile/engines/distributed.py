"""The same engine on Dask, for figure tables larger than one machine's memory.

Every check is local to a family (the metrics linked by `part_of`; a restatement states the same
metric as its original), so the figures are shuffled by family and the unchanged pandas engine
(`reconcile.engines.local.reconcile`) runs on each partition. The findings are gathered; so are the
counts the report's header needs, and the normalized figures of the families whose findings are
shown (normalized again on the client, for those families only).

Needs the optional `scale` extra (dask[distributed], pyarrow). Validation runs per partition with
the same schema as `reconcile.store.figures`; a problem is located by data row (`FILE: row N`), since a
partition of a large file does not know its physical lines. Ids must be unique across all parts.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import replace
from pathlib import Path

import pandas as pd

from reconcile.engines.local import Context, Reconciliation, Totals, reconcile
from reconcile.model import findings as F
from reconcile.model.normalize import families
from reconcile.model.tally import NONE, Tally
from reconcile.store.arrow_rows import PARQUET, TEXT_TYPES
from reconcile.store.figures import (
    COLUMNS,
    DUPLICATE_ID,
    FiguresError,
    NoFigures,
    checked_rows,
    part_of_graph_problems,
    rows_frame,
    validate,
)
from reconcile.store.files import FIGURES_LIMIT, kind_of
from reconcile.store.problems import Problem

ROWS_PER_PARTITION = 50_000


# A CSV file up to the default engine's size limit is first checked whole, as that engine checks
# it, so both refuse it with the same lines; larger ones are checked per partition (`row N`).
WHOLE_FILE_LIMIT = FIGURES_LIMIT


def _check_whole(p: Path) -> None:
    """The default engine's check of a CSV file small enough to read whole; FiguresError."""
    from reconcile.store.files import FileRefused, read_regular
    try:
        size = os.stat(p).st_size
        if size > WHOLE_FILE_LIMIT:
            return
        data = read_regular(p, "figures file", WHOLE_FILE_LIMIT)
    except FileRefused as exc:
        raise FiguresError([exc.problem]) from None
    _, problems = checked_rows(p, data)
    if problems:
        raise FiguresError(problems)


def _check_parquet(p: Path) -> None:
    """A Parquet file whose schema pyarrow reads and whose figure columns hold text."""
    import pyarrow
    import pyarrow.parquet as pq
    try:
        schema = pq.read_schema(p)
    except (pyarrow.ArrowException, OSError) as exc:
        raise FiguresError([Problem.of_file(
            p, f"not a readable Parquet file ({_first_line(exc)})")]) from None
    bad = [Problem(str(p), None, f"column {f.name}", None, f"holds {f.type} values, not text; "
                   "the figures columns are text, as in the CSV file")
           for f in schema if f.name.strip() in COLUMNS and str(f.type) not in TEXT_TYPES]
    if bad:
        raise FiguresError(bad)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def read(path: str | Path, blocksize: str = "64MB"):
    """A Dask frame of text cells from a CSV file, a Parquet file, or a directory of parts."""
    import dask.dataframe as dd
    p = Path(path)
    kind = None
    if p.exists() and not p.is_dir() and not p.is_file():
        kind = kind_of(os.stat(p).st_mode)
    if kind:
        raise FiguresError([Problem.of_file(p, f"is {kind}, not a regular file; the figures "
                                            "file must be a regular file")])
    if p.is_dir():
        parquet = sorted(f for f in p.iterdir() if f.suffix in PARQUET)
        csvs = sorted(f for f in p.iterdir() if f.suffix == ".csv")
        if not parquet and not csvs:
            raise FiguresError([Problem.of_file(p, "no .csv or .parquet parts in this directory")])
        if parquet and csvs:
            raise FiguresError([Problem.of_file(p, "mixes .csv and .parquet parts; keep one kind")])
        files = [str(f) for f in parquet or csvs]
        is_parquet = bool(parquet)
    elif p.is_file():
        files, is_parquet = [str(p)], p.suffix in PARQUET
    else:
        try:
            os.stat(p)
            reason = "not a file or a directory"
        except OSError as exc:
            reason = exc.strerror or str(exc)
        # as `read_regular` says it
        raise FiguresError([Problem.of_file(p, f"cannot read: {reason}")])
    for f in files:
        if is_parquet:
            _check_parquet(Path(f))
        else:
            _check_whole(Path(f))
    if is_parquet:
        ddf = dd.read_parquet(files)
    else:
        ddf = dd.read_csv(files, dtype=str, keep_default_na=False, blocksize=blocksize,
                          encoding="utf-8-sig")
    ddf = ddf.rename(columns={c: c.strip() for c in ddf.columns})
    missing = [c for c in ("id", "metric", "amount", "as_of", "published", "source", "quote")
               if c not in ddf.columns]
    if missing:
        raise FiguresError([Problem(str(p), None, "header", c, "required column missing")
                            for c in missing])
    for col in COLUMNS:
        if col not in ddf.columns:
            ddf[col] = ""
    return ddf[COLUMNS].fillna("").astype(str)


def _clean(pdf: pd.DataFrame) -> pd.DataFrame:
    """Cells as the single-process loader leaves them (its `clean_text` and `rows_frame`)."""
    import pyarrow as pa

    from reconcile.store.arrow_rows import clean_text
    cells = {c: clean_text(pa.array(pdf[c], type=pa.string(), from_pandas=True))
             for c in COLUMNS}
    lines = pdf["line"] if "line" in pdf.columns else range(len(pdf))
    df = rows_frame(cells, lines)
    df.index = pdf.index
    return df


def _with_rows(pdf: pd.DataFrame, offsets=(), partition_info=None) -> pd.DataFrame:
    start = offsets[partition_info["number"]] if partition_info else 0
    return pdf.assign(line=range(start + 1, start + 1 + len(pdf)))


def _with_family(pdf: pd.DataFrame, fam: pd.Series) -> pd.DataFrame:
    """Each row's family (its metric's, from the map; a metric not in it is its own)."""
    metric = pdf["metric"].str.strip()
    return pdf.assign(family=metric.map(fam).fillna(pdf["metric"]).astype(object))


def _id_hashes(pdf: pd.DataFrame):
    """A 64-bit hash of each row's id as the duplicate check compares it (stripped)."""
    return _hash(pdf["id"].str.strip())


def _hash(ids: pd.Series):
    return pd.util.hash_array(ids.to_numpy(dtype=object))


def _duplicate_ids(ddf, hashes: list) -> list[str]:
    """The ids held by more than one row, from the hashes each partition sent back; only when
    two hashes are equal are those rows' ids read again (a few, or none), so no pass over
    millions of ids and no table of them on one machine is needed."""
    import numpy as np
    every = np.sort(np.concatenate(hashes)) if hashes else np.array([], dtype=np.uint64)
    repeated = np.unique(every[1:][every[1:] == every[:-1]])
    if not len(repeated):
        return []
    ids = ddf["id"].str.strip()
    ids = ids[ids.map_partitions(lambda s: pd.Series(np.isin(_hash(s), repeated),
                                                     index=s.index), meta=("id", bool))]
    ids = ids.compute()
    counts = ids.value_counts()
    return counts[counts > 1].index.tolist()


def _family_map(ddf, name: str = "") -> dict:
    """metric -> family, from the distinct (metric, part_of) pairs (a small table). The part_of
    links are checked here, on all pairs at once, as the default engine checks them: a key
    naming no metric, the row's own metric, or closing a cycle is a FiguresError."""
    pairs = ddf[["metric", "part_of"]].drop_duplicates().compute()
    pairs = _clean(pairs.reindex(columns=COLUMNS, fill_value=""))[["metric", "part_of"]]
    # Cleaning may make two raw pairs one ("t " and "t"): distinct again, so that the families
    # line up with the pairs they are of.
    pairs = pairs[pairs["metric"].notna()].drop_duplicates()
    graph = part_of_graph_problems(("-", m, c) for m, c in zip(pairs["metric"], pairs["part_of"]))
    if graph:
        raise FiguresError(sorted({replace(g, path=name, line=None) for g in graph},
                                  key=str))
    return dict(zip(pairs["metric"], families(pairs)))


def _run_part(pdf: pd.DataFrame, name: str, currency: str, real_as_of,
              keep_figures: bool = False, only_shown=None, part_view=None) -> dict:
    """The unchanged engine on one partition: its problems, or its findings and counts (and
    its normalized figures with their row numbers, `_row`, when asked). With `only_shown`
    (the caller's `show_metrics`), only the findings of the families it picks here are kept,
    with a tally of all of them; with `part_view`, what it makes of the findings and figures
    (`view`) instead of them."""
    families_of = dict(zip(pdf["metric"].str.strip(), pdf["family"]))
    hashes = _id_hashes(pdf)
    # In file order, as the single-process engine sees them: lists of ids keep the same order.
    pdf = _clean(pdf.drop(columns=["family"])).sort_values("line").reset_index(drop=True)
    problems = validate(pdf, name)
    if problems:
        return dict(problems=[replace(p, is_row=True) for p in problems], id_hashes=hashes)
    order = pdf["line"].to_numpy()
    sources = (pdf.assign(_row=order).sort_values("_row").groupby("source", sort=False)
               .agg(published=("published", "first"), n=("id", "size"), row=("_row", "min"))
               .reset_index())
    if pdf.empty:
        return dict(problems=[], findings=F.frame([]), sources=sources, metrics=set(), n=0,
                    figures=pd.DataFrame(columns=[*COLUMNS, "_row"]), id_hashes=hashes)
    started = time.process_time()
    rec = reconcile(pdf.drop(columns=["line"]), currency, real_as_of)
    out = dict(problems=[], findings=rec.findings, sources=sources,
               metrics=set(pdf["metric"]), n=len(pdf), seconds=time.process_time() - started,
               id_hashes=hashes)
    if keep_figures or part_view is not None:   # the engine keeps its input's rows, in order
        out["figures"] = rec.figures.reset_index(drop=True).assign(_row=order)
    if part_view is not None:
        out["view"] = part_view(rec.findings, out.pop("figures"))
        out["findings"] = F.frame([])
    if only_shown is not None:
        out["tally"] = Tally.of(rec.findings)
        out["findings"] = _of_families(rec.findings, only_shown(rec.findings), families_of)
    return out


def _of_families(findings: pd.DataFrame, metrics, families_of: dict) -> pd.DataFrame:
    """The findings whose metric is in the family of one of `metrics`."""
    wanted = {families_of.get(m, m) for m in metrics}
    keep = findings["metric"].map(lambda m: families_of.get(m, m) in wanted)
    return findings[keep.astype(bool).to_numpy()].reset_index(drop=True)


# The scheduler's HTTP server (health and metrics; its dashboard is off): loopback, on a free
# port. Left unset it takes 8787, and prints distributed's "Port 8787 is already in use" warning
# when a notebook's dashboard or another run holds it.
LOCAL_HTTP = "127.0.0.1:0"


def _client(scheduler: str | None):
    from distributed import Client, LocalCluster
    if scheduler:
        return Client(scheduler), None
    # One single-threaded worker process per core: the engine is Python and holds the GIL.
    # Loopback only, no dashboard: nothing listens beyond this machine.
    cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1,
                           processes=True, host="127.0.0.1", dashboard_address=LOCAL_HTTP,
                           scheduler_kwargs={"dashboard": False}, silence_logs=logging.ERROR)
    return Client(cluster), cluster


class _Clock:
    """Wall seconds of each step of a run, for the benchmark's account of where time goes."""

    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._t = time.perf_counter()

    def lap(self, step: str) -> None:
        now = time.perf_counter()
        self.laps[step] = now - self._t
        self._t = now


def _gather_as_done(client, futures, take_view=None) -> list:
    """Each partition's result, in partition order, fetched as soon as it is done and then
    released, so that the workers do not hold every partition's result until the last one.
    A result's `view` is given to `take_view` then, and not kept."""
    from distributed import as_completed
    index = {f.key: i for i, f in enumerate(futures)}
    out: list = [None] * len(futures)
    for future in as_completed(futures):
        result = future.result()
        if "view" in result:
            take_view(result.pop("view"))
        out[index[future.key]] = result
        future.release()
    return out


def _cpu_seconds() -> float:
    import resource
    use = resource.getrusage(resource.RUSAGE_SELF)
    return use.ru_utime + use.ru_stime


def _peak_mb() -> float:
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reconcile_distributed(path: str | Path, currency: str = "USD", real_as_of=None,
                          scheduler: str | None = None, show_metrics=None,
                          npartitions: int | None = None,
                          all_figures: bool = False,
                          only_shown: bool = False, part_view=None,
                          take_view=None) -> Reconciliation:
    """Reconcile the figures at `path` on Dask; the findings equal `reconcile`'s.

    `scheduler` is a Dask scheduler address (default: a local cluster sized to the machine).
    `show_metrics(findings) -> metrics` picks whose normalized figures to bring back (default:
    none); `all_figures` brings back every figure, normalized where its partition ran. With
    `only_shown`, only the findings of the families `show_metrics` picks come back (all of
    theirs), and `tally` counts all findings (`reconcile.model.tally`): millions of findings
    stay on the workers. With `part_view(findings, figures) -> view` (figures with `_row`, their
    row in the input), each partition's view is made where it ran and given to `take_view` on
    the client as that partition finishes, in no set order, instead of its findings (none come
    back): an export written as it goes. The views came from a run that may still fail:
    FiguresError lists the input's problems.
    """
    if only_shown and show_metrics is None:
        raise ValueError("only_shown needs show_metrics")
    if (part_view is None) != (take_view is None) or (part_view and all_figures):
        raise ValueError("part_view and take_view go together, without all_figures")
    name = str(path)
    try:
        return _reconcile_distributed(path, name, currency, real_as_of, scheduler,
                                      show_metrics, npartitions, all_figures, only_shown,
                                      part_view, take_view)
    except _UNREADABLE as exc:
        # A part the whole-file check did not read (too large, or a directory's) that the CSV or
        # Parquet parser refuses: one line, as the default engine gives.
        raise FiguresError([Problem.of_file(
            name, f"cannot read as figures: {_first_line(exc)}")]) from None


def _unreadable() -> tuple:
    import pyarrow
    return (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeError,
            pyarrow.ArrowException)


def _reconcile_distributed(path, name, currency, real_as_of, scheduler, show_metrics,
                           npartitions, all_figures, only_shown, part_view,
                           take_view) -> Reconciliation:
    import dask
    ddf = read(path)
    client, cluster = _client(scheduler)
    clock = _Clock()
    try:
        lengths = ddf.map_partitions(len).compute().tolist()
        clock.lap("count")
        if not sum(lengths):
            raise NoFigures(name)
        offsets = [sum(lengths[:i]) for i in range(len(lengths))]
        ddf = ddf.map_partitions(_with_rows, offsets=offsets,
                                 meta=ddf._meta.assign(line=pd.Series(dtype=int)))
        fam = _family_map(ddf, name)
        clock.lap("family_map")
        # The map (a million metrics at 10M figures) goes to the cluster once, as one task
        # every partition reads, not copied into each partition's task.
        shared = dask.delayed(pd.Series(fam, dtype=object), pure=False)
        ddf = ddf.map_partitions(_with_family, shared,
                                 meta=ddf._meta.assign(family=pd.Series(dtype=object)))
        read_ddf = ddf
        # Partitions of about ROWS_PER_PARTITION figures bound each task's memory (a family is
        # never split, so a partition holds whole families, whatever their size).
        n = npartitions or max(ddf.npartitions, 2 * len(client.ncores()),
                               -(-sum(lengths) // ROWS_PER_PARTITION))
        ddf = ddf.shuffle(on="family", npartitions=n)
        parts = [dask.delayed(_run_part)(d, name, currency, real_as_of, all_figures,
                                         show_metrics if only_shown else None, part_view)
                 for d in ddf.to_delayed()]
        results = _gather_as_done(client, client.compute(parts), take_view)
        clock.lap("shuffle_and_engine")
        peaks = client.run(_peak_mb)
        cpu = client.run(_cpu_seconds)
        problems = [p for r in results for p in r["problems"]]
        problems += [Problem(name, None, "id", i, DUPLICATE_ID)
                     for i in _duplicate_ids(read_ddf, [r["id_hashes"] for r in results])]
        clock.lap("duplicate_ids")
        if problems:
            raise FiguresError(problems)
        found = [r["findings"] for r in results if len(r["findings"])]
        findings = F.sort(pd.concat(found, ignore_index=True)) if found else F.frame([])
        tallied = None
        if only_shown:      # each partition's top names a superset: keep the whole run's
            tallied = sum((r["tally"] for r in results if "tally" in r), NONE)
            findings = _of_families(findings, show_metrics(findings), fam)
        sources = pd.concat([r["sources"] for r in results], ignore_index=True)
        sources = (sources.sort_values("row").groupby("source", sort=True)
                   .agg(published=("published", "first"), n=("n", "sum")).reset_index())
        totals = Totals(sum(r["n"] for r in results),
                        len(set().union(*(r["metrics"] for r in results))), sources)
        if all_figures:      # each partition's own normalized figures, back in file order
            figures = pd.concat([r["figures"] for r in results], ignore_index=True)
            figures = (figures.sort_values("_row", kind="stable").drop(columns=["_row"])
                       .reset_index(drop=True))
        else:
            wanted = set(show_metrics(findings)) if show_metrics else set()
            figures = _figures_of(read_ddf, wanted, fam, currency, real_as_of)
        clock.lap("collect")
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return Reconciliation(figures, findings, Context(currency, real_as_of), counted=totals,
                          tally=tallied,
                          stats=dict(worker_peak_mb=peaks, worker_cpu_s=cpu, wall_s=clock.laps,
                                     part_seconds=tuple((r["n"], r.get("seconds", 0.0))
                                                        for r in results)))


_UNREADABLE = _unreadable()


def _figures_of(ddf, metrics: set, fam: dict, currency: str, real_as_of) -> pd.DataFrame:
    """The normalized figures of the families of `metrics` (normalized as a whole family)."""
    wanted = {fam.get(m, m) for m in metrics}
    if not wanted:
        return pd.DataFrame(columns=COLUMNS)
    rows = ddf[ddf["family"].isin(list(wanted))].compute()
    if rows.empty:      # a --metric no figure has: the caller says so, with the metric's name
        return pd.DataFrame(columns=COLUMNS)
    rows = _clean(rows.drop(columns=["family"])).sort_values("line").reset_index(drop=True)
    return reconcile(rows.drop(columns=["line"]), currency, real_as_of).figures
