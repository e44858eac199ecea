"""`report --engine dask` says what `--engine pandas` says, from the shown families' findings and
a tally of all of them (the rest stay on the workers)."""
import json
import sys
from pathlib import Path

import pytest

import reconcile.engines.distributed as distributed
from tests.helpers import run

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
from generate import generate  # noqa: E402


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """Generated figures with a few hundred findings of every severity: more than --limit."""
    path = tmp_path_factory.mktemp("gen") / "figures.csv"
    path.write_text(generate(1500, seed=7), encoding="utf-8")
    return path


def both(path, scheduler, *args):
    """The command run by each engine: (pandas, dask)."""
    single = run("report", "--figures", path, *args)
    dask = run("report", "--figures", path, *args, "--engine", "dask", "--scheduler", scheduler)
    return single, dask


@pytest.mark.parametrize("args", [("--limit", "3"),
                                  ("--limit", "2", "--min-severity", "high"),
                                  ("--limit", "1", "--min-severity", "high", "--fail-on", "low")])
def test_the_terminal_report_is_the_single_process_one(scheduler, generated, args):
    """Summary, hidden counts, the findings shown, how many more are not, the metrics' figure
    tables, and --fail-on's count and the findings it names (beyond those shown here)."""
    single, dask = both(generated, scheduler, *args)
    assert single.exit_code == dask.exit_code == (1 if "--fail-on" in args else 0), dask.output
    assert "more are not" in single.output
    assert dask.output == single.output


@pytest.mark.parametrize("args", [("--all",), ("--all", "--limit", "2", "--min-severity", "info"),
                                  ("--all", "--json")])
def test_all_lists_every_figure_with_its_flag_as_the_single_process_report(scheduler, args):
    """--all on Dask listed only the shown families' figures, and flags only from the findings
    shown (a figure flagged past --limit lost its mark)."""
    sample = Path(__file__).resolve().parents[2] / "fixtures" / "figures.csv"
    single, dask = both(sample, scheduler, *args)
    assert single.exit_code == dask.exit_code == 0, dask.output
    assert dask.stdout == single.stdout


def test_the_json_report_gives_the_same_summary_findings_and_flags(scheduler, generated,
                                                                   monkeypatch):
    """--json: the same summary and findings; the figures are those of the shown families, each
    as the single-process report gives it. Only those families' findings came back."""
    runs = []
    whole = distributed.reconcile_distributed

    def kept(*args, **kwargs):
        runs.append(whole(*args, **kwargs))
        return runs[-1]
    monkeypatch.setattr(distributed, "reconcile_distributed", kept)
    single, dask = both(generated, scheduler, "--json", "--limit", "4")
    assert single.exit_code == dask.exit_code == 0, dask.output
    a, b = json.loads(single.stdout), json.loads(dask.stdout)
    assert b["summary"] == a["summary"] and len(b["findings"]) == 4
    assert b["findings"] == a["findings"]
    by_id = {f["id"]: f for f in a["figures"]}
    assert 0 < len(b["figures"]) < len(a["figures"])
    assert [by_id[f["id"]] for f in b["figures"]] == b["figures"]
    assert {i for f in b["findings"] for i in f["figures"]} <= {f["id"] for f in b["figures"]}
    rec, = runs
    assert sum(rec.tally.by_severity) == a["summary"]["discrepancies"] + a["summary"][
        "info_notes"] > len(rec.findings)


def test_a_metric_and_the_sample_file_read_alike(scheduler, generated):
    """With --metric the metric's family comes back whole; the sample's report is the same."""
    metric = json.loads(run("report", "--figures", generated, "--json", "--limit", "1"
                            ).stdout)["findings"][0]["metric"]
    single, dask = both(generated, scheduler, "--metric", metric, "--min-severity", "info")
    assert single.exit_code == dask.exit_code == 0, dask.output
    assert dask.output == single.output and metric in single.output
    sample = Path(__file__).resolve().parents[2] / "fixtures" / "figures.csv"
    single, dask = both(sample, scheduler, "--json")
    assert json.loads(dask.stdout)["summary"] == json.loads(single.stdout)["summary"]
    assert json.loads(dask.stdout)["findings"] == json.loads(single.stdout)["findings"]


@pytest.mark.parametrize("what,fmt,real", [("findings", "csv", ()), ("figures", "csv", ()),
                                           ("findings", "json", ()), ("figures", "json", ()),
                                           # --real: the rows carry the money note too
                                           ("findings", "csv", ("--real",)),
                                           ("figures", "json", ("--real",))])
def test_export_engine_dask_streams_the_single_process_export(scheduler, tmp_path, monkeypatch,
                                                              what, fmt, real):
    """Each partition renders its rows where it ran; the client spills them as partitions finish
    and merges them: the file's bytes are the single-process export's, and no finding comes back
    to the client."""
    from reports.export import StreamedExport
    path = tmp_path / "figures.csv"
    quiet = "".join(f"quiet{i},acme_quiet_total,$5 billion,2020,2020,q.txt,q{i},,,,\n"
                    for i in range(2))       # a family with no finding: still in the figures
    path.write_text(generate(600, seed=3) + quiet, encoding="utf-8")
    runs, parts = [], []
    whole, add = distributed.reconcile_distributed, StreamedExport.add

    def kept(*args, **kwargs):
        runs.append(whole(*args, **kwargs))
        return runs[-1]
    monkeypatch.setattr(distributed, "reconcile_distributed", kept)
    monkeypatch.setattr(StreamedExport, "add", lambda self, part: (parts.append(part),
                                                                   add(self, part)))
    # Several partitions, so that their rows interleave in the file.
    monkeypatch.setattr(distributed, "ROWS_PER_PARTITION", 60)
    single = run("export", "--figures", path, "--what", what, "-o", tmp_path / f"a.{fmt}", *real)
    dask = run("export", "--figures", path, "--what", what, "-o", tmp_path / f"b.{fmt}", *real,
               "--engine", "dask", "--scheduler", scheduler)
    assert single.exit_code == dask.exit_code == 0, dask.output
    a, b = (tmp_path / f"a.{fmt}").read_bytes(), (tmp_path / f"b.{fmt}").read_bytes()
    assert b == a and len(a) > 1000
    assert (b"acme_quiet_total" in a) == (what == "figures")
    assert (b"constant USD of" in a) == bool(real)
    assert dask.output.replace("b.", "a.") == single.output     # "wrote FILE (N findings, …)"
    rec, = runs
    assert rec.findings.empty and len(parts) >= 4
    assert sum(len(p.texts) for p in parts) == int(single.output.split(": ")[1].split()[0])


def test_export_engine_dask_writes_nothing_when_a_partition_finds_a_bad_row(
        scheduler, tmp_path, monkeypatch):
    """The partitions' rows are spilled before the whole run is checked: a bad row found by
    one partition (the file too large to check whole) leaves no file, as the default engine."""
    path = tmp_path / "figures.csv"
    text = generate(600, seed=3)
    lines = text.splitlines(keepends=True)
    bad = lines[300].split(",")
    bad[2] = "lots of money"                      # the amount cell
    path.write_text("".join(lines[:300] + [",".join(bad)] + lines[301:]), encoding="utf-8")
    monkeypatch.setattr(distributed, "WHOLE_FILE_LIMIT", 0)
    monkeypatch.setattr(distributed, "ROWS_PER_PARTITION", 60)
    out = tmp_path / "out.csv"
    r = run("export", "--figures", path, "-o", out, "--engine", "dask", "--scheduler", scheduler)
    assert r.exit_code == 2, r.output
    assert "row 300: amount: lots of money:" in r.stderr and not out.exists()
    assert not list(tmp_path.glob("*.tmp*")) and sorted(tmp_path.iterdir()) == [path]
