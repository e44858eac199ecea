"""The optional `currency` column: an amount kept as the article writes it (`12兆`) when the
article leaves its currency implicit, and the rules between that cell and the amount."""
import csv
import io
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from reconcile.engines.local import reconcile
from reconcile.store.figures import COLUMNS, FiguresError, load_figures
from tests.helpers import run, shown, table

ROOT = Path(__file__).resolve().parents[3]
HEADER = ",".join(COLUMNS)
OLD_HEADER = ",".join(c for c in COLUMNS if c != "currency")    # the header before the column


def write(path: Path, *rows: str, header: str = HEADER) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def row(fid: str, amount: str, currency: str = "", metric: str = "m", quote: str = "") -> str:
    """A figures line in HEADER's order."""
    cells = dict(id=fid, metric=metric, amount=amount, as_of="2023-01-23",
                 published="2023-01-24", source="a.txt", quote=quote or f"quote of {fid}",
                 currency=currency)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow([cells.get(c, "") for c in COLUMNS])
    return buf.getvalue()


def problems_of(path: Path) -> list[str]:
    with pytest.raises(FiguresError) as err:
        load_figures(path)
    return err.value.lines


# --- the column in the file -------------------------------------------------------------------

def test_currency_is_an_optional_column_after_restates():
    assert COLUMNS.index("currency") == COLUMNS.index("restates") + 1 == len(COLUMNS) - 1


def test_a_file_without_the_currency_column_still_loads_and_reconciles(tmp_path):
    path = write(tmp_path / "old.csv", "a,m,$10 billion,2023-01-23,2023-01-24,a.txt,q,,,,",
                 "b,m,12조 원,2023-01-23,2023-01-24,a.txt,q2,,,,", header=OLD_HEADER)
    df = load_figures(path)
    assert df["currency"].isna().all()
    rec = reconcile(df)
    assert list(rec.figures["currency"]) == ["USD", "KRW"]


def test_a_unitless_amount_with_a_currency_cell_loads_as_written(tmp_path):
    df = load_figures(write(tmp_path / "f.csv", row("h", "12兆", "KRW")))
    assert (df.at[0, "amount"], df.at[0, "currency"]) == ("12兆", "KRW")


def test_a_unitless_amount_needs_the_cell_and_the_message_says_both_ways(tmp_path):
    path = write(tmp_path / "f.csv", row("h", "12兆"))
    [line] = problems_of(path)
    assert line.startswith(f"{path}:2: amount: 12兆: '12兆' names no currency or unit")
    assert "write one in the amount" in line and "fill the currency column" in line


@pytest.mark.parametrize("cell, words", [
    ("krw", "written in capitals: write KRW"),
    ("Usd", "write USD"),
    ("원", "not an ISO 4217 code: write the code, KRW"),
    ("달러", "write the code, USD"),
    ("VND", "VND has no exchange rates in the bundled ECB data"),
    ("XYZ", "not an ISO 4217 code; the bundled ECB data covers"),
])
def test_the_cell_must_be_an_uppercase_iso_code_of_the_ecb_data(tmp_path, cell, words):
    path = write(tmp_path / "f.csv", row("h", "12兆", cell))
    [line] = problems_of(path)
    assert line.startswith(f"{path}:2: currency: {cell}: ") and words in line


def test_an_amount_naming_another_currency_than_the_cell_is_refused_naming_both(tmp_path):
    path = write(tmp_path / "f.csv", row("h", "$1 billion", "KRW"))
    [line] = problems_of(path)
    assert line.startswith(f"{path}:2: currency: KRW: ")
    assert "names USD" in line and "names KRW" in line


def test_an_amount_naming_the_same_currency_as_the_cell_is_fine(tmp_path):
    df = load_figures(write(tmp_path / "f.csv", row("h", "12조 원", "KRW"),
                            row("u", "$1 billion", "USD")))
    assert len(df) == 2


@pytest.mark.parametrize("amount, kind", [("5일", "a duration"), ("300명이 넘는", "a count"),
                                          ("27%", "a share")])
def test_a_non_money_amount_with_a_currency_cell_is_refused(tmp_path, amount, kind):
    path = write(tmp_path / "f.csv", row("h", amount, "KRW"))
    [line] = problems_of(path)
    assert line.startswith(f"{path}:2: currency: KRW: ") and kind in line and "not money" in line


def test_every_currency_problem_is_reported_at_once_in_file_order(tmp_path):
    path = write(tmp_path / "f.csv", row("a", "12兆"), row("b", "12兆", "krw"),
                 row("c", "$1B", "KRW"), row("d", "5일", "USD"), row("e", "12兆", "KRW"),
                 row("f", "a lot of money", "KRW"), row("g", "12兆"))
    lines = problems_of(path)
    assert [ln.split(": ")[0].rsplit(":", 1)[1] for ln in lines] == ["2", "3", "4", "5", "7",
                                                                      "8"]
    assert [ln.split(": ")[1] for ln in lines] == ["amount", "currency", "currency", "currency",
                                                   "amount", "amount"]
    assert "no amount" in lines[4]      # an amount that does not read: its own reason, once


# --- what the engine makes of it --------------------------------------------------------------

NORMALIZED = ["currency", "unit", "quantity_kind", "role", "original", "ref", "c_low", "c_high",
              "c_value", "c_unit", "n_low", "n_high", "n_value", "n_unit", "rate_low",
              "rate_high", "agrees", "status"]


def assert_same_findings(a, b, implicit: str, written: str) -> None:
    """The same findings; a message quotes the amount as written, the one difference."""
    said = shown(b.findings)
    quoted = said.assign(message=said["message"].str.replace(
        f'"{written}"', f'"{implicit}"', regex=False))
    pd.testing.assert_frame_equal(shown(a.findings), quoted)


def both_ways(implicit: dict, written: dict, *others: dict):
    """The same table reconciled with one figure written `implicit` and then `written`."""
    rows = [dict(metric="m", **r) for r in others]
    a = reconcile(table(dict(metric="m", **implicit), *rows), "EUR")
    b = reconcile(table(dict(metric="m", **written), *rows), "EUR")
    return a, b


@pytest.mark.parametrize("implicit, written, unit", [
    (dict(amount="12兆", currency="KRW"), dict(amount="12兆 원"), "KRW"),
    (dict(amount="연간 12조", currency="KRW"), dict(amount="연간 12조 원"), "KRW / year"),
    (dict(amount="약 140억", currency="USD"), dict(amount="약 140억 달러"), "USD"),
])
def test_a_unitless_amount_with_a_currency_reconciles_as_if_written_with_it(implicit, written,
                                                                            unit):
    others = (dict(amount="$10 billion"), dict(amount="1억 달러"), dict(amount="13조 원"))
    a, b = both_ways(implicit, written, *others)
    assert a.figures.at[0, "unit"] == unit and a.figures.at[0, "quantity_kind"] == "money"
    pd.testing.assert_frame_equal(a.figures[NORMALIZED], b.figures[NORMALIZED])
    assert_same_findings(a, b, implicit["amount"], written["amount"])
    assert len(a.findings)      # there is something to agree on: the 1억 달러 slip


def test_a_unitless_restatement_is_linked_and_judged_as_money():
    quote = "100억 달러(약 12조 3000억)"
    orig = dict(amount="100억 달러", quote=quote)
    a, b = both_ways(dict(amount="약 12조 3000억", currency="KRW", quote=quote),
                     dict(amount="약 12조 3000억 원", quote=quote), orig)
    assert list(a.figures["role"]) == ["restatement", "original"]
    assert a.figures.at[0, "original"] == "f1"
    pd.testing.assert_frame_equal(a.figures[NORMALIZED], b.figures[NORMALIZED])
    assert_same_findings(a, b, "약 12조 3000억", "약 12조 3000억 원")
    quote = "100억 달러(약 15조)"        # 1,500 won per dollar: judged as a rate, and wrong
    wrong = reconcile(table(dict(metric="m", amount="약 15조", currency="KRW", quote=quote),
                            dict(metric="m", amount="100억 달러", quote=quote))).findings
    assert any("restatement" in checks for checks in wrong["check"])


def test_the_sample_headline_is_kept_as_written_and_agrees():
    df = load_figures(ROOT / "tests" / "fixtures" / "figures.csv")
    head = df[df["id"] == "a1-headline-12jo"].iloc[0]
    assert (head["amount"], head["currency"]) == ("12兆", "KRW")
    assert "implicit" in head["note"] and "12조 원" in head["note"]
    figures = reconcile(df).figures.set_index("id")
    assert figures.at["a1-headline-12jo", "currency"] == "KRW"
    assert figures.at["a1-headline-12jo", "agrees"]


def test_the_figures_export_names_the_currency(figures):
    r = run("export", "--figures", figures, "--what", "figures", "--format", "csv")
    assert r.exit_code == 0, r.output
    rows = {x["id"]: x for x in csv.DictReader(io.StringIO(r.stdout))}
    assert rows["a1-headline-12jo"]["currency"] == "KRW"
    assert rows["a1-headline-12jo"]["amount"] == "12兆"
    assert rows["a1-headline-12jo"]["normalized_unit"] == "USD"


def test_the_library_takes_a_table_with_the_column():
    from reconcile import reconcile as api_reconcile
    mine = pd.DataFrame(dict(id=["h", "u"], metric=["m", "m"], amount=["12兆", "$10 billion"],
                             as_of=["2023-01-23"] * 2, published=["2023-01-24"] * 2,
                             source=["a.txt"] * 2, quote=["q1", "q2"], currency=["KRW", None]))
    assert list(api_reconcile(mine).figures["currency"]) == ["KRW", "USD"]
    with pytest.raises(FiguresError, match="currency: krw: ISO 4217 codes are written in"):
        api_reconcile(mine.assign(currency=["krw", None]))


def test_suggestions_see_a_unitless_figure_as_money(tmp_path):
    from currency.text.reader import read_amount
    from reconcile.intake.suggest import metric_suggester
    df = load_figures(write(tmp_path / "f.csv", row("h", "12兆", "KRW", metric="ms_2023")))

    class Candidate:
        amount = read_amount("$10 billion")
        currency, as_of = "USD", "2023-01-23"
    assert metric_suggester(df, "2023-01-24")(Candidate()) == ["ms_2023"]


def test_dask_reads_the_column_and_agrees_with_one_process(tmp_path):
    from distributed import LocalCluster

    from reconcile.engines.distributed import LOCAL_HTTP, reconcile_distributed
    path = write(tmp_path / "f.csv", row("h", "12兆", "KRW", metric="a"),
                 row("u", "$10 billion", metric="a"), row("s", "1억 달러", metric="a"),
                 row("w", "약 12조 3000억", "KRW", metric="b", quote="100억 달러(약 12조 3000억)"),
                 row("d", "100억 달러", metric="b", quote="100억 달러(약 12조 3000억)"))
    bad = write(tmp_path / "bad.csv", row("h", "12兆", "krw"), row("x", "12兆"))
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                      dashboard_address=LOCAL_HTTP,
                      scheduler_kwargs={"dashboard": False}) as cluster:
        dask = reconcile_distributed(path, scheduler=cluster.scheduler_address, npartitions=2,
                                     show_metrics=lambda f: {"a", "b"})
        with pytest.raises(FiguresError) as err:
            reconcile_distributed(bad, scheduler=cluster.scheduler_address)
    single = reconcile(load_figures(path))
    key = ["check", "metric", "flagged", "message"]
    pd.testing.assert_frame_equal(
        shown(dask.findings)[key].sort_values(key).reset_index(drop=True),
        shown(single.findings)[key].sort_values(key).reset_index(drop=True))
    got = dask.figures.set_index("id")
    assert got.at["h", "currency"] == "KRW" and got.at["w", "role"] == "restatement"
    # Both engines refuse the file with the same lines (issue 21).
    with pytest.raises(FiguresError) as one:
        load_figures(bad)
    assert err.value.problems == one.value.problems
    assert [p.column for p in err.value.problems] == ["currency", "amount"]


# --- add and edit -----------------------------------------------------------------------------

def add_args(path: Path, **over) -> list:
    fields = dict(id="t-12jo", metric="microsoft_investment_2023", amount="12兆",
                  as_of="2023-01-23", published="2023-01-24", source="001.txt",
                  quote="오픈AI에 12兆 투자")
    fields.update(over)
    args = ["add", "--figures", path, "--quiet"]
    for k, v in fields.items():
        if v is not None:
            args += ["--" + k.replace("_", "-"), v]
    return args


def last_row(path: Path) -> dict:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))[-1]


def test_add_with_currency_keeps_the_amount_as_written(figures):
    r = run(*add_args(figures, currency="KRW"))
    assert r.exit_code == 0, r.output
    new = last_row(figures)
    assert (new["id"], new["amount"], new["currency"]) == ("t-12jo", "12兆", "KRW")
    assert load_figures(figures)["id"].iloc[-1] == "t-12jo"


def test_add_with_currency_to_a_file_without_the_column_adds_it(tmp_path):
    path = write(tmp_path / "old.csv", "a,microsoft_investment_2023,$10 billion,2023-01-23,"
                 "2023-01-24,a.txt,q,,,,", header=OLD_HEADER)
    before = path.read_bytes()
    r = run(*add_args(path, currency="KRW"))
    assert r.exit_code == 0, r.output
    after = path.read_bytes()
    assert after.splitlines()[0] == (OLD_HEADER + ",currency").encode()
    assert after.splitlines()[1] == before.splitlines()[1]       # the row's bytes as they were
    assert last_row(path)["currency"] == "KRW"


@pytest.mark.parametrize("over, option, words", [
    (dict(), "--amount", "fill the currency column"),
    (dict(currency="krw"), "--currency", "write KRW"),
    (dict(currency="원"), "--currency", "write the code, KRW"),
    (dict(currency="XYZ"), "--currency", "not an ISO 4217 code"),
    (dict(amount="$10 billion", currency="KRW"), "--currency", "names USD"),
    (dict(amount="5일", currency="KRW"), "--currency", "not money"),
])
def test_add_refuses_each_rule_naming_the_option_typed(figures, over, option, words):
    before = figures.read_bytes()
    r = run(*add_args(figures, **over))
    assert r.exit_code == 2, r.output
    assert f"error: {option}: " in r.stderr and words in r.stderr, r.stderr
    assert f"{figures}:" not in r.stderr
    assert figures.read_bytes() == before


def test_add_with_a_currency_loads_no_heavy_module_before_it_appends():
    fields = dict(id="h", metric="m", amount="12兆", as_of="2023", published="2023",
                  source="s", quote="q", currency="KRW")
    bad = dict(fields, id="b", currency="원")
    code = ("import sys, tempfile, os\n"
            "from reconcile.store.figures import FiguresError\n"
            "from reconcile.store.append import append_figure\n"
            "p = os.path.join(tempfile.mkdtemp(), 'f.csv')\n"
            f"append_figure(p, {fields!r})\n"
            "try:\n"
            f"    append_figure(p, {bad!r})\n"
            "except FiguresError as exc:\n"
            "    print(exc.problems[0].column)\n"
            "print(','.join(m for m in ('pandas', 'pandera', 'pint', 'rich') if m in sys.modules))\n")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.splitlines() == ["currency", ""], r.stdout + r.stderr


def test_edit_sets_and_clears_the_currency(figures):
    r = run("edit", "a1-over-12jo", "--amount", "12조", "--currency", "KRW", "--figures",
            figures)
    assert r.exit_code == 0, r.output
    assert "edited a1-over-12jo: --amount, --currency" in r.stdout
    rows = {x["id"]: x for x in csv.DictReader(io.StringIO(figures.read_text("utf-8")))}
    assert (rows["a1-over-12jo"]["amount"], rows["a1-over-12jo"]["currency"]) == ("12조", "KRW")
    r = run("edit", "a1-over-12jo", "--amount", "12조 원이 넘는", "--currency", "",
            "--figures", figures)
    assert r.exit_code == 0, r.output
    rows = {x["id"]: x for x in csv.DictReader(io.StringIO(figures.read_text("utf-8")))}
    assert rows["a1-over-12jo"]["currency"] == ""


@pytest.mark.parametrize("args, option, words", [
    (["--currency", "krw"], "--currency", "write KRW"),
    (["--currency", "USD"], "--currency", "names KRW"),
    (["--currency", ""], "--amount", "names no currency"),
])
def test_edit_refuses_each_rule_naming_the_option(figures, args, option, words):
    before = figures.read_bytes()
    target = "a1-headline-12jo" if option == "--amount" else "a1-over-12jo"
    r = run("edit", target, *args, "--figures", figures)
    assert r.exit_code == 2, r.output
    assert f"error: {option}: " in r.stderr and words in r.stderr, r.stderr
    assert figures.read_bytes() == before


def test_add_and_edit_help_say_what_the_currency_is_for():
    for command in ("add", "edit"):
        text = " ".join(run(command, "--help").stdout.split())
        assert "--currency CODE" in text and "leaves it implicit" in text


def test_the_report_and_the_html_say_where_an_implicit_currency_came_from(figures, tmp_path):
    r = run("report", "--all", "--figures", figures)
    assert r.exit_code == 0, r.output
    assert "12兆 (in KRW: its currency column) →" in r.stdout
    assert "12조 원이 넘는 →" in r.stdout          # a text that names its currency says nothing
    page = tmp_path / "r.html"
    assert run("export", "-o", page, "--figures", figures).exit_code == 0
    # In the html the quote cell keeps the amount as written; the currency's origin is said
    # beside the normalized value (issue 21, item 16).
    text = page.read_text(encoding="utf-8")
    assert "as written: <b>12兆</b>" in text
    assert "in KRW, from its currency column" in text
