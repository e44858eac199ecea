"""The Dask engine gives the single-process engine's findings, partitioned by family."""
import json
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile.engines.distributed import reconcile_distributed
from reconcile.engines.local import reconcile
from reconcile.model.tally import Tally
from reconcile.store.figures import DUPLICATE_ID, FiguresError, load_figures
from tests.helpers import examples, shown, table

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
from generate import generate  # noqa: E402


def canonical(findings: pd.DataFrame) -> pd.DataFrame:
    findings = shown(findings)
    return findings.sort_values(list(findings.columns)).reset_index(drop=True)


def assert_same_findings(path: Path, scheduler: str, npartitions: int) -> pd.DataFrame:
    single = reconcile(load_figures(path)).findings
    dask = reconcile_distributed(path, scheduler=scheduler, npartitions=npartitions).findings
    pd.testing.assert_frame_equal(canonical(dask), canonical(single))
    return single


USD = ["${} billion", "{}0억 달러", "{}억 달러", "약 {}0억 달러", "{}0억 달러 이상", "수십억 달러"]
WON = ["{}조 원", "약 {}조 2000억 원", "{}조원이 넘는"]
YEARS = ["2019", "2020", "2020-06", "2021-03-15"]


@st.composite
def figure_tables(draw):
    """Mixed currencies, hedges, slips; parts of two totals; a running total; restatements
    (a won figure from the quote of a dollar one); a ruble fact dated after its ECB fixings."""
    rows = []
    for i in range(draw(st.integers(2, 14))):
        metric = draw(st.sampled_from(["a", "b", "c", "t1", "t2", "run"]))
        v = draw(st.integers(1, 30))
        amount = draw(st.sampled_from(USD + WON)).format(v)
        year = draw(st.sampled_from(YEARS))
        part_of = {"a": "t1", "b": "t1", "c": "t2"}.get(metric)
        rows.append(dict(metric=metric, amount=amount, as_of=year, published=year,
                         part_of=part_of, kind="cumulative" if metric == "run" else None,
                         source=f"s{draw(st.integers(0, 2))}.txt", quote=f"q{i}"))
        if amount.startswith("$") and draw(st.booleans()):
            rate = draw(st.sampled_from([1.1, 1.2, 1.3, 2.0]))
            rows.append({**rows[-1], "amount": f"약 {round(v * rate, 1)}조 원"})
    if draw(st.booleans()):     # a fact in a currency the ECB stopped fixing (RUB after 2022-03)
        for k, template in enumerate(draw(st.lists(st.sampled_from(
                ["{}0 billion rubles", "${} billion", "{} billion rubles"]), min_size=2, max_size=3))):
            rows.append(dict(metric="rub", amount=template.format(draw(st.integers(1, 30))),
                             as_of="2024-06", published=draw(st.sampled_from(["2024-06", "2024-07"])),
                             part_of=None, kind=None, source=f"s{k}.txt", quote=f"q-rub{k}"))
    # A part_of must name a metric that has a figure: each total used gets one.
    for total in sorted({r["part_of"] for r in rows if r["part_of"]}):
        rows.append(dict(metric=total, amount="$30 billion", as_of="2021-03-15",
                         published="2021-03-15", part_of=None, kind=None, source="s0.txt",
                         quote=f"q-{total}"))
    return rows


@settings(deadline=None, max_examples=examples(15), suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(figure_tables(), st.integers(1, 4))
def test_dask_findings_equal_single_process(scheduler, tmp_path, rows, npartitions):
    path = tmp_path / "figures.csv"
    table(*rows).drop(columns=["line"]).to_csv(path, index=False)
    assert_same_findings(path, scheduler, npartitions)


@pytest.mark.slow
def test_dask_on_generated_figures_and_parquet_parts(scheduler, tmp_path):
    path = tmp_path / "figures.csv"
    path.write_text(generate(3000, seed=5), encoding="utf-8")
    single = assert_same_findings(path, scheduler, 6)
    assert {c for checks in single["check"] for c in checks} >= {
        "same_fact", "parts_totals", "cumulative", "restatement"}
    parts = tmp_path / "parts"
    parts.mkdir()
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    for k, chunk in enumerate((df.iloc[:1000], df.iloc[1000:2200], df.iloc[2200:])):
        chunk.to_parquet(parts / f"part{k}.parquet", index=False)
    dask = reconcile_distributed(parts, scheduler=scheduler, npartitions=5).findings
    pd.testing.assert_frame_equal(canonical(dask), canonical(single))


def test_dask_reports_bad_rows_and_duplicate_ids(scheduler, tmp_path, monkeypatch):
    import reconcile.engines.distributed as distributed
    path = tmp_path / "figures.csv"
    rows = [dict(metric="a", amount="$1 billion"), dict(metric="a", amount="lots"),
            dict(metric="b", amount="$2 billion", id="f0")]
    table(*rows).drop(columns=["line"]).to_csv(path, index=False)
    # A file the default engine could read whole is refused with its lines, line for line.
    with pytest.raises(FiguresError) as single:
        load_figures(path)
    with pytest.raises(FiguresError) as err:
        reconcile_distributed(path, scheduler=scheduler)
    assert err.value.lines == single.value.lines
    # A larger one is checked per partition, each problem located by data row.
    monkeypatch.setattr(distributed, "WHOLE_FILE_LIMIT", 0)
    with pytest.raises(FiguresError) as err:
        reconcile_distributed(path, scheduler=scheduler)
    assert f"{path}: row 2: amount: lots:" in err.value.lines[0]
    assert any("id: f0: duplicate id" in p for p in err.value.lines)


def test_report_engine_dask_finds_the_default_figures_file(scheduler, tmp_path, monkeypatch):
    import shutil

    from tests.helpers import run
    shutil.copy(Path(__file__).resolve().parents[2] / "fixtures" / "figures.csv", tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FIGRECON_FIGURES", raising=False)
    r = run("report", "--engine", "dask", "--scheduler", scheduler, "--json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["findings"]


def test_duplicate_ids_are_found_and_equal_hashes_alone_are_not_duplicates(
        scheduler, tmp_path, monkeypatch):
    """Duplicates are found from each partition's id hashes; rows whose hashes collide are read
    again, so a collision is not a duplicate, and a real one across families is named."""
    import reconcile.engines.distributed as distributed
    path = tmp_path / "figures.csv"
    rows = [dict(metric="acme_capex", amount="$1 billion", id="k1"),
            dict(metric="zeta_loan", amount="$2 billion", id="k2"),
            dict(metric="zeta_loan", amount="$2 billion", id="k3")]
    table(*rows).drop(columns=["line"]).to_csv(path, index=False)
    # Every id hashes alike: all collide, none is a duplicate.
    monkeypatch.setattr(distributed, "_hash", lambda ids: pd.util.hash_array(
        ids.map(lambda _: "same").to_numpy(dtype=object)))
    rec = reconcile_distributed(path, scheduler=scheduler, npartitions=2)
    assert rec.totals().figures == 3
    # The same id in two families, spaces around one of them, is named.
    path.write_text(path.read_text().replace("k3,", " k1 ,"), encoding="utf-8")
    monkeypatch.undo()
    # (a file too large to check whole: the Dask engine's own check, not the default engine's)
    monkeypatch.setattr(distributed, "WHOLE_FILE_LIMIT", 0)
    with pytest.raises(FiguresError) as err:
        reconcile_distributed(path, scheduler=scheduler, npartitions=2)
    # (a partition holding both rows names them by row too; the whole run's line has no row)
    assert f"{path}: id: k1: {DUPLICATE_ID}" in err.value.lines
    assert not [line for line in err.value.lines if "k2" in line or "k3" in line]


@pytest.mark.parametrize("limit,min_severity", [(3, "low"), (1, "high"), (0, "info")])
def test_only_shown_brings_back_the_shown_families_and_a_tally_of_all(
        scheduler, tmp_path, limit, min_severity):
    """With only_shown, each partition keeps the findings of the families its own top picks; the
    client gets every finding of the families the whole run's top names (so the top and every
    flag on their figures are the single process's), and a tally of all findings."""
    from reconcile.engines.local import filter_findings
    from reconcile.model.normalize import families
    path = tmp_path / "figures.csv"
    path.write_text(generate(1500, seed=7), encoding="utf-8")

    def show(findings):
        top = filter_findings(findings, None, min_severity)
        return set(top["metric"].head(limit) if limit else top["metric"])
    figures = load_figures(path)
    single = reconcile(figures).findings
    rec = reconcile_distributed(path, scheduler=scheduler, show_metrics=show, npartitions=4,
                                only_shown=True)
    fam = dict(zip(figures["metric"], families(figures)))
    wanted = {fam[m] for m in show(single)}
    expected = single[single["metric"].map(fam).isin(wanted)]
    assert 0 < len(expected) and (len(expected) < len(single) or not limit)
    pd.testing.assert_frame_equal(canonical(rec.findings), canonical(expected))
    assert show(rec.findings) == show(single)
    disc = single[single["severity"] != "info"]
    assert rec.tally == Tally(
        tuple(int((single["severity"] == s).sum()) for s in ("info", "low", "medium", "high")),
        len(disc), len({i for cell in disc["figures"] for i in cell}))


def test_the_family_map_survives_pairs_that_cleaning_makes_one():
    """`t ` and `t` are one part_of once cleaned: every metric still gets the family of the
    metrics it is linked with (the families once lined up with the raw pairs, shifted)."""
    import dask.dataframe as dd

    from reconcile.engines.distributed import COLUMNS, _family_map
    rows = [("a", "t "), ("a", "t"), ("b", ""), ("t", ""), ("c", "b"), ("d", "")]
    pdf = pd.DataFrame([{**dict.fromkeys(COLUMNS, ""), "metric": m, "part_of": p}
                        for m, p in rows])
    fam = _family_map(dd.from_pandas(pdf, npartitions=1))
    assert set(fam) == {"a", "b", "c", "d", "t"}
    together = {frozenset(m for m in fam if fam[m] == f) for f in fam.values()}
    assert together == {frozenset("at"), frozenset("bc"), frozenset("d")}


def test_the_engines_own_cluster_takes_no_fixed_port_and_says_nothing_when_8787_is_held():
    # a notebook's dashboard (or another run) on 8787 made distributed warn on stderr
    import socket
    import warnings

    from reconcile.engines.distributed import _client
    held = socket.socket()
    try:
        held.bind(("127.0.0.1", 8787))
        held.listen()
    except OSError:         # something else holds it already: the same condition
        pass
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        client, cluster = _client(None)
        client.close()
        cluster.close()
    held.close()
    assert not [w for w in seen if "8787" in str(w.message)]
