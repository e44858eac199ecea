"""Both engines refuse the same figures files with the same lines (the bad-input matrix's file
classes, run through `report` on the default engine and on Dask)."""
import pytest

from reconcile.store.figures import COLUMNS
from tests.helpers import run

HEADER = ",".join(COLUMNS)
ROW = "a1,m,$1B,2020,2020,s,q,,,,,"


def _csv(*rows: str, header: str = HEADER, eol: str = "\n") -> bytes:
    return (eol.join((header,) + rows) + eol).encode("utf-8")


BAD = {
    "binary": bytes(range(256)) * 8,
    "latin-1": (HEADER + "\na1,m,$1B,2020,2020,s,café,,,\n").encode("latin-1"),
    "utf-16": (HEADER + "\n" + ROW + "\n").encode("utf-16"),
    "nul": _csv("a1,m,$1B,2020,2020,s,q\x00,,,"),
    "unclosed quote": _csv(ROW, 'a2,m,$1B,2020,2020,s,"open,,,', "a3,m,$2B,2020,2020,s,q,,,"),
    "empty": b"",
    "blank lines before the header": b"\n\n" + _csv(ROW),
    "extra cells": _csv(ROW + ",x,y"),
    "column named twice": _csv(ROW + ",", header=HEADER + ",amount"),
    "required column missing": _csv("a1,m,$1B,2020,2020,s", header=",".join(COLUMNS[:6])),
    "part_of cycle": _csv("a1,m,$1B,2020,2020,s,q,n,,", "a2,n,$1B,2020,2020,s,q,m,,"),
    "restates cycle": _csv("a1,m,$1B,2020,2020,s,q,,,,a2", "a2,m,$1B,2020,2020,s,q,,,,a1"),
    "unknown currency": _csv("a1,m,100 XYZ,2020,2020,s,q,,,"),
    "impossible date": _csv("a1,m,$1B,2019-02-30,2020,s,q,,,"),
    "duplicate ids": _csv(ROW, ROW),
    "too large": _csv("a1,m,$" + "9" * 306 + ",2020,2020,s,q,,,"),
    "negative zero": _csv("a1,m,-0 달러,2020,2020,s,q,,,"),
    "CR line endings, bad date": _csv(ROW, "a2,m,$1B,2019-13,2020,s,q,,,", eol="\r"),
}


@pytest.fixture(scope="module")
def scheduler():
    from distributed import LocalCluster

    from reconcile.engines.distributed import LOCAL_HTTP
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                      dashboard_address=LOCAL_HTTP,
                      scheduler_kwargs={"dashboard": False}) as cluster:
        yield cluster.scheduler_address


@pytest.mark.parametrize("case", sorted(BAD))
def test_both_engines_refuse_with_the_same_lines(case, tmp_path, scheduler):
    path = tmp_path / "f.csv"
    path.write_bytes(BAD[case])
    default = run("report", "--figures", path)
    dask = run("report", "--figures", path, "--engine", "dask", "--scheduler", scheduler)
    assert default.exit_code == 2, default.output
    assert "Traceback" not in default.output + dask.output
    assert dask.exit_code == 2, dask.output
    assert dask.stderr.splitlines() == default.stderr.splitlines()
    assert len(default.stderr.splitlines()) <= 3      # one line per problem, not one per cell


@pytest.mark.parametrize("command", [["report"], ["export", "--format", "csv"],
                                     ["export", "--format", "md"]])
@pytest.mark.parametrize("metric", ["nope", ""])
def test_both_engines_refuse_a_metric_no_figure_has_in_one_line(tmp_path, scheduler, command,
                                                                metric):
    # Dask reconciled an empty family for `nope` (a traceback); '' was taken as no --metric.
    path = tmp_path / "f.csv"
    path.write_bytes(_csv(ROW))
    args = [*command, "--figures", path, "--metric", metric]
    default = run(*args)
    dask = run(*args, "--engine", "dask", "--scheduler", scheduler)
    assert default.exit_code == dask.exit_code == 2, default.output + dask.output
    assert dask.stderr.splitlines() == default.stderr.splitlines()
    assert len(default.stderr.splitlines()) == 1 and "--metric" in default.stderr


def test_dask_refuses_parquet_it_cannot_read_or_whose_columns_are_not_text(tmp_path, scheduler):
    import pandas as pd
    (tmp_path / "trunc.parquet").write_bytes(b"PAR1\x00\x01")
    frame = pd.DataFrame({c: ["x"] for c in COLUMNS}).assign(quote=[True], part_of=[[1, 2]])
    frame.to_parquet(tmp_path / "typed.parquet")
    for name, words in (("trunc.parquet", "not a readable Parquet file"),
                        ("typed.parquet", "column quote: holds bool values, not text")):
        r = run("report", "--figures", tmp_path / name, "--engine", "dask", "--scheduler",
                scheduler)
        assert r.exit_code == 2, r.output
        assert "Traceback" not in r.output
        assert words in r.stderr
