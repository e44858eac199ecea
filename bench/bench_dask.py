"""Benchmark: the Dask engine on a local cluster against the single-process engine, same file.

Run: python bench/bench_dask.py [--sizes 1000000,10000000] [--single-up-to 1000000]
                                [--parquet-parts K] [--workers 2] [--memory-limit 2GB] [--limit 20]

For each size: the wall time of `reconcile_distributed` on a local cluster sized to the machine
(cluster start included) with each worker's peak resident memory, and, up to --single-up-to, the
wall time and peak memory of the single-process engine (load_figures + reconcile) in a child
process, printed side by side with whether the findings are equal. With --parquet-parts K the
file is written as K Parquet parts in a directory, straight from the generator, and Dask reads
those. Above --single-up-to only what `report --limit 20` shows comes back to the client (the
shown families' findings and a tally of all). It also prints the workers' CPU seconds, the wall
seconds of each step, and the
engine's CPU seconds per partition (figures per CPU second), the rate a cluster's estimate
starts from (docs/scaling.md).

With --cli [--figures FILE]: the command line instead, `report --limit N` and `export -o FILE`
with `--engine dask`, each against a fresh local cluster, printing the command's own CPU
seconds and peak memory (the client) and each worker's peak.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

SINGLE = """
import sys, time, resource
sys.path.insert(0, {root!r})
from reconcile.engines.local import reconcile
from reconcile.store.figures import load_figures
t = time.perf_counter()
f = reconcile(load_figures({path!r})).findings
wall = time.perf_counter() - t
f.to_parquet({out!r})
print(wall, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def canonical(df):
    return df.sort_values(list(df.columns)).reset_index(drop=True)


def _top(limit: int):
    """`report --limit N`'s choice of metrics: those of the first N findings at low or above."""
    def shown(findings):
        from reconcile.engines.local import filter_findings
        return set(filter_findings(findings, None, "low")["metric"].head(limit))
    return shown


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000000")
    ap.add_argument("--single-up-to", type=int, default=1_000_000)
    ap.add_argument("--parquet-parts", type=int, default=0, metavar="K")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--memory-limit", default="2GB", help="per worker")
    ap.add_argument("--limit", type=int, default=20,
                    help="above --single-up-to, bring back what `report --limit N` shows")
    ap.add_argument("--cli", action="store_true",
                    help="instead: run `report --limit N` and `export -o FILE` with --engine "
                         "dask, each against a fresh local cluster: the client's CPU and peak "
                         "(the command's process) and each worker's peak")
    ap.add_argument("--figures", metavar="FILE",
                    help="with --cli: this figures file instead of generating --sizes")
    ap.add_argument("--record", action="store_true",
                    help="write what it prints into its block of bench/RESULTS.md")
    args = ap.parse_args()
    import results
    name = f"bench_dask-{'cli-' if args.cli else ''}{args.sizes.replace(',', '_')}"
    with results.capture(name, args.record):
        (_measure_cli if args.cli else _measure)(args)


def _cluster(args):
    import logging

    from distributed import LocalCluster

    from reconcile.engines.distributed import LOCAL_HTTP
    return LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                        memory_limit=args.memory_limit, host="127.0.0.1",
                        dashboard_address=LOCAL_HTTP, scheduler_kwargs={"dashboard": False},
                        silence_logs=logging.ERROR)


def _measure_cli(args) -> None:
    """The command line's Dask paths: `report --limit N` (only the shown families' findings come
    back) and `export -o` (streamed), the command's own CPU and peak (os.wait4 on its process:
    it has no children, the cluster is the bench's) and each worker's peak."""
    import os

    from distributed import Client
    from generate import generate

    from reconcile.engines.distributed import _peak_mb
    with tempfile.TemporaryDirectory() as tmp:
        sources = [Path(args.figures)] if args.figures else []
        for n in ([] if args.figures else [int(s) for s in args.sizes.split(",")]):
            sources.append(Path(tmp) / f"figures_{n}.csv")
            sources[-1].write_text(generate(n), encoding="utf-8")
        for source in sources:
            out = Path(tmp) / "export.csv"
            for cmd in (["report", "--limit", str(args.limit)], ["export", "-o", str(out)]):
                with _cluster(args) as cluster, open(Path(tmp) / "err", "w+") as err:
                    t = time.perf_counter()
                    proc = subprocess.Popen(
                        [sys.executable, str(ROOT / "main.py"), *cmd, "--figures", str(source),
                         "--engine", "dask", "--scheduler", cluster.scheduler_address],
                        stdout=subprocess.DEVNULL, stderr=err, cwd=ROOT)
                    _, status, use = os.wait4(proc.pid, 0)
                    wall = time.perf_counter() - t
                    with Client(cluster.scheduler_address) as client:
                        peaks = ", ".join(f"{mb:.0f}" for mb in client.run(_peak_mb).values())
                    err.seek(0)
                    said = err.read().strip().splitlines()
                print(f"{source.name}: {cmd[0]} --engine dask (exit {os.waitstatus_to_exitcode(status)}"
                      f"{'; ' + said[-1] if said else ''})")
                print(f"  client: CPU {use.ru_utime + use.ru_stime:.1f} s, peak "
                      f"{use.ru_maxrss / 1024:.0f} MB; peak per worker {peaks} MB; "
                      f"wall {wall:.1f} s")
                sys.stdout.flush()


def _measure(args) -> None:
    import pandas as pd
    from generate import generate, write_parquet_parts

    from reconcile.engines.distributed import reconcile_distributed
    with tempfile.TemporaryDirectory() as tmp:
        for n in [int(s) for s in args.sizes.split(",")]:
            path = Path(tmp) / f"figures_{n}.csv"
            if n <= args.single_up_to or not args.parquet_parts:
                path.write_text(generate(n), encoding="utf-8")
            source = path
            if args.parquet_parts:
                # Written part by part from the generator: 10M figures never sit in one table.
                source = Path(tmp) / f"parts_{n}"
                write_parquet_parts(n, source, -(-n // args.parquet_parts))
            t = time.perf_counter()
            before = resource.getrusage(resource.RUSAGE_SELF)
            cpu_before = before.ru_utime + before.ru_stime
            with _cluster(args) as cluster:
                # Above --single-up-to nothing is compared: only what `report --limit 20`
                # shows comes back (the shown families' findings and a tally of all).
                top = None if n <= args.single_up_to else _top(args.limit)
                rec = reconcile_distributed(source, scheduler=cluster.scheduler_address,
                                            show_metrics=top, only_shown=top is not None)
            wall = time.perf_counter() - t
            use = resource.getrusage(resource.RUSAGE_SELF)
            client_mb = use.ru_maxrss / 1024
            peaks = ", ".join(f"{mb:.0f}" for mb in rec.stats['worker_peak_mb'].values())
            tally = rec.tally
            count = sum(tally.by_severity) if tally else len(rec.findings)
            print(f"{n:,} figures, {count:,} findings"
                  + (f" ({len(rec.findings):,} of the shown families brought back)"
                     if tally else ""))
            print(f"  dask, local cluster of {len(rec.stats['worker_peak_mb'])} workers"
                  f" ({args.memory_limit} each), {'Parquet parts' if args.parquet_parts else 'CSV'}:"
                  f" wall {wall:.1f} s; peak per worker {peaks} MB; client {client_mb:.0f} MB")
            workers_cpu = sum(rec.stats["worker_cpu_s"].values())
            print(f"  CPU: workers {workers_cpu:.0f} s, client and scheduler "
                  f"{use.ru_utime + use.ru_stime - cpu_before:.0f} s; steps (wall s): "
                  + ", ".join(f"{k} {v:.1f}" for k, v in rec.stats["wall_s"].items()))
            rows = sum(k for k, _ in rec.stats['part_seconds'])
            cpu = sum(c for _, c in rec.stats['part_seconds'])
            print(f"  engine per partition: {len(rec.stats['part_seconds'])} partitions, {cpu:.1f} CPU s"
                  f" in all, {rows / cpu if cpu else 0:,.0f} figures per CPU second")
            if n <= args.single_up_to:
                out = Path(tmp) / "single.parquet"
                res = subprocess.run([sys.executable, "-c", SINGLE.format(
                    root=str(ROOT), path=str(path), out=str(out))], capture_output=True,
                    text=True, check=True)
                s_wall, s_mb = map(float, res.stdout.split())
                same = canonical(pd.read_parquet(out)).equals(canonical(rec.findings))
                print(f"  single process: wall {s_wall:.1f} s; peak {s_mb:.0f} MB; "
                      f"findings equal: {same}")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
