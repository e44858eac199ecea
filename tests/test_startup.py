"""Start-up stays light (issue 19, item 5): a report on a small file loads neither pint, pandera
nor hypothesis; units come from a small table; each distinct amount text is read once."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("pint", "pandera", "hypothesis")

# Made-up figures: money in two currencies, a restatement, a duration (durations used to go
# through pint's registry) and a share.
SMALL = """id,metric,amount,as_of,published,source,quote,part_of,kind,note,restates,currency
a1,acme_deal_total,$2.5 billion,2021-03-04,2021-03-05,a.txt,$2.5 billion,,,,,
a2,acme_deal_total,약 3조 원,2021-03-04,2021-03-06,b.txt,약 3조 원,,,,a1,
a3,acme_deal_total,25억 달러,2021-03-04,2021-03-06,b.txt,25억 달러,,,,,
a4,acme_deal_length,90일,2021-03-04,2021-03-06,b.txt,90일,,,,,
a5,acme_deal_share,12%,2021-03-04,2021-03-06,b.txt,12%,,,,,
"""


def _said(code: str, tag: str, env=None):
    """Run `code` in a fresh interpreter from the checkout's root; the process and the words
    after `tag` on the last stderr line it printed with that tag."""
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                       env=env)
    line = [x for x in r.stderr.splitlines() if x.startswith(tag)]
    assert line, r.stderr
    return r, line[-1].split()[1:]


def _loaded_after_main(args: list[str], modules=HEAVY, env=None) -> tuple[int, set[str]]:
    """Run main.py in a fresh interpreter and list which of `modules` it imported."""
    code = ("import sys, runpy\n"
            f"sys.argv = ['main.py'] + {args!r}\n"
            "try:\n"
            "    runpy.run_path('main.py')['main']()\n"
            "except SystemExit as exc:\n"
            "    code = exc.code\n"
            "else:\n"
            "    code = 0\n"
            f"print('LOADED', ' '.join(m for m in {tuple(modules)!r} if m in sys.modules), "
            "file=sys.stderr)\n"
            "sys.exit(code)\n")
    r, words = _said(code, "LOADED", env=env)
    return r.returncode, set(words)


def test_report_on_a_small_file_imports_no_heavy_module(tmp_path):
    path = tmp_path / "small.csv"
    path.write_text(SMALL, encoding="utf-8")
    code, loaded = _loaded_after_main(["report", "--figures", str(path), "--min-severity",
                                       "info", "--json"])
    assert code in (0, 1) and loaded == set()


def test_report_on_a_bad_file_imports_no_heavy_module(tmp_path):
    # Validation reports the problem without pandera.
    path = tmp_path / "bad.csv"
    path.write_text(SMALL.replace("$2.5 billion,2021", "a lot,2021"), encoding="utf-8")
    code, loaded = _loaded_after_main(["report", "--figures", str(path)])
    assert code == 2 and loaded == set()


def test_report_on_a_small_file_leaves_the_large_file_readers_unloaded(tmp_path):
    """Arrow's CSV and Parquet readers and Dask are for large files and clusters: a small
    CSV is read by the strict reader, which costs less than importing them."""
    path = tmp_path / "small.csv"
    path.write_text(SMALL, encoding="utf-8")
    code = ("import sys, runpy\n"
            f"sys.argv = ['main.py', 'report', '--figures', {str(path)!r}]\n"
            "try:\n    runpy.run_path('main.py')['main']()\n"
            "except SystemExit:\n    pass\n"
            "print('LOADED', ' '.join(m for m in ('pyarrow.csv', 'pyarrow.parquet', 'dask',"
            " 'distributed') if m in sys.modules), file=sys.stderr)\n")
    r, words = _said(code, "LOADED")
    assert words == [] and "5 figures" in r.stdout


def test_report_without_charts_leaves_the_chart_module_unloaded(tmp_path):
    path = tmp_path / "small.csv"
    path.write_text(SMALL.replace("25억 달러", "2.5억 달러"), encoding="utf-8")   # a finding
    charts = ("reports.charts",)
    code, loaded = _loaded_after_main(["report", "--figures", str(path)], charts)
    assert code in (0, 1) and loaded == set()
    assert _loaded_after_main(["report", "--figures", str(path), "--charts"], charts)[1] == \
        set(charts)


def test_with_a_warm_cache_report_and_convert_load_no_babel_locale_data(tmp_path):
    """The currency names and signs come from the data cache; babel's locale data (babel.numbers,
    which also imports babel.dates) loads only to build them, once a day."""
    import os
    path = tmp_path / "small.csv"
    path.write_text(SMALL, encoding="utf-8")
    env = dict(os.environ, FIGRECON_CACHE_DIR=str(tmp_path / "cache"))
    babel = ("babel.numbers", "babel.dates")
    report = ["report", "--figures", str(path), "--min-severity", "info", "--json"]
    assert _loaded_after_main(report, babel, env)[1] == set(babel)       # cold: builds them
    assert {p.name.split("-")[0] for p in (tmp_path / "cache").glob("*.json")} == {"codes",
                                                                                  "names"}
    assert _loaded_after_main(report, babel, env)[1] == set()
    assert _loaded_after_main(["convert", "1,570억 달러", "--date", "2023-01-23"], babel,
                              env) == (0, set())


def test_the_cached_currency_tables_are_babels_in_order(tmp_path, monkeypatch):
    import pytest

    from currency.data import codes
    from currency.text import names
    monkeypatch.setenv("FIGRECON_CACHE_DIR", str(tmp_path))
    words, shared = names._names()          # straight from babel, not through the cache
    built = {"words": words, "shared": shared, "signs": names._signs()}
    built_codes = codes._babel_codes()
    for cached in (names._tables, codes._codes):
        cached.cache_clear()
    try:
        names._tables(), codes._codes()                     # build and write
        for cached in (names._tables, codes._codes):
            cached.cache_clear()
        monkeypatch.setattr(names, "_build_tables", lambda: pytest.fail("built again"))
        monkeypatch.setattr(codes, "_babel_codes", lambda: pytest.fail("built again"))
        again = names._tables()
        assert {k: list(v.items()) for k, v in again.items()} == \
            {k: list(v.items()) for k, v in built.items()}       # the same words, same order
        assert {k: sorted(v) for k, v in codes._codes().items()} == built_codes
    finally:
        for cached in (names._tables, codes._codes):
            cached.cache_clear()


def test_a_changed_word_list_builds_the_currency_tables_again(tmp_path, monkeypatch):
    import currency.lang as L
    from currency.text import names
    monkeypatch.setenv("FIGRECON_CACHE_DIR", str(tmp_path))
    built = []
    build = names._build_tables
    monkeypatch.setattr(names, "_build_tables", lambda: built.append(1) or build())
    names._tables.cache_clear()
    try:
        names._tables()
        names._tables.cache_clear()
        names._tables()                                      # from the cache
        assert built == [1]
        names._tables.cache_clear()
        monkeypatch.setattr(L, "CURRENCY_AFTER", {**L.CURRENCY_AFTER, "zorkmids": "USD"})
        assert names._tables()["words"]["zorkmids"] == "USD" and built == [1, 1]
    finally:
        names._tables.cache_clear()


def test_convert_of_a_yearly_amount_imports_no_heavy_module():
    code, loaded = _loaded_after_main(["convert", "연간 1조 원", "--date", "2023-01-23"])
    assert code == 0 and loaded == set()


def test_convert_in_nominal_money_imports_no_pandas():
    """Converting a few texts needs no table of figures: `convert` starts faster than an import
    of pandas would let it (issue 19, item 5); only --real loads the CPI data, which uses it."""
    for args in (["convert", "약 12조 3000억 원", "--date", "2023-01-23"],
                 ["convert", "100억 달러", "--to", "KRW", "--json"],
                 ["convert", "a lot of money"]):
        code, loaded = _loaded_after_main(args, ("pandas", "numpy"))
        assert code == (2 if "a lot" in args[1] else 0) and loaded == set(), args


def test_a_command_imports_only_its_own_module_of_the_cli():
    """The group loads a command's module on demand: convert never imports report's or scan's."""
    code = ("import sys, runpy\n"
            "sys.argv = ['main.py', 'convert', '$1B', '--date', '2023-01-23', '--json']\n"
            "try:\n"
            "    runpy.run_path('main.py')['main']()\n"
            "except SystemExit:\n"
            "    pass\n"
            "print('CLI', ' '.join(sorted(m for m in sys.modules if m.split('.')[0] == 'cli')),"
            " file=sys.stderr)\n")
    r, words = _said(code, "CLI")
    assert words == ["cli", "cli.app", "cli.convert"]
    assert '"converted"' in r.stdout

def test_the_unit_table_gives_pints_day_factors():
    from currency.units import factor
    # The floats pint's registry gave: durations compare in days, bit for bit as before.
    assert [factor(u, "day") for u in ("day", "week", "month", "year", "hour", "minute")] == \
        [1.0, 7.0, 30.4375, 365.25, 0.041666666666666664, 0.0006944444444444444]
    assert factor("percent", "dimensionless") == 0.01 and factor("year", "month") == 12.0


def test_the_unit_table_keeps_dimensions_apart():
    import pytest

    from currency.units import DimensionalityError, UnitError, factor, quantity
    yearly = quantity(2.0, "KRW / year") * quantity(0.5, "USD / KRW")
    assert (str(yearly.units), yearly.magnitude) == ("USD / year", 1.0)
    assert str((quantity(1.0, "KRW") * quantity(1.0, "KRW / KRW")).units) == "KRW"
    # Names sorted as pint wrote them.
    assert str((quantity(1.0, "USD / year") * quantity(1.0, "KRW / month")).units) == \
        "KRW * USD / month / year"
    for a, b in (("USD", "USD / year"), ("USD", "KRW"), ("person", "item"), ("day", "USD")):
        with pytest.raises(DimensionalityError):
            quantity(1.0, a) + quantity(1.0, b)
    with pytest.raises(DimensionalityError):
        factor("day / year", "day")
    with pytest.raises(UnitError):
        quantity(1.0, "furlong")


# Rows with several problems each (made-up values); cell_problems judges one row, validate a file.
BAD_ROWS = [
    dict(id="Bad-1", metric="Acme Deal", amount="a lot", as_of="2020-13", published="20x0",
         source="s.txt", quote="q", part_of="bad key", kind="weird"),
    dict(id="ok-2", metric="acme_deal", amount="$1 bilion", as_of="1600", published="2020",
         source="s.txt", quote="q"),
    dict(id="ok-3", metric="acme_deal", amount="12조", as_of="2020", published="2020",
         source="s.txt", quote="q", currency="usd"),
    dict(id="ok-4", metric="acme_deal", amount="3일", as_of="2020", published="2020",
         source="s.txt", quote="q", currency="KRW"),
]


def test_validate_and_cell_problems_run_the_same_row_rules():
    import pandas as pd

    from reconcile.store.figures import COLUMNS, cell_problems, validate
    df = pd.DataFrame([{c: r.get(c) for c in COLUMNS} for r in BAD_ROWS], dtype=object)
    df["line"] = range(2, 2 + len(df))
    found = validate(df, "f.csv")
    for line, row in enumerate(BAD_ROWS, start=2):
        mine = [p.what() for p in found if p.path == "f.csv" and p.line == line]
        assert mine == [p.what() for p in cell_problems(row)] and mine, (line, mine)


def test_a_repeated_id_is_named_on_each_of_its_lines():
    import pandas as pd

    from reconcile.store.figures import COLUMNS, validate
    row = dict(metric="acme_deal", amount="$1", as_of="2020", published="2020", source="s",
               quote="q")
    df = pd.DataFrame([{c: dict(row, id=i).get(c) for c in COLUMNS} for i in "xyxx"],
                      dtype=object)
    df["line"] = range(2, 6)
    assert [str(p) for p in validate(df, "f")] == [
        f"f:{n}: id: x: duplicate id (ids must be unique)" for n in (2, 4, 5)]


def test_each_row_gets_the_reading_of_its_own_text():
    import pandas as pd

    from currency.text.readings import read_once
    from reconcile.model.normalize import read_amounts
    texts = ["$3 billion", "약 5조 원", "$3 billion", "12%", "약 5조 원", "90일", "$3 billion"]
    amounts = pd.Series(texts, index=[40, 7, 13, 2, 99, 5, 61])
    out = read_amounts(amounts)
    assert list(out.index) == list(amounts.index)
    assert list(out["value"]) == [read_once(t).value for t in texts]
    assert list(out["unit"]) == [read_once(t).unit_label for t in texts]


def test_rates_by_day_agree_with_a_search_of_the_fixings():
    import bisect
    import datetime as dt

    from currency.data.periods import parse_period
    from currency.data.rates import rate_book
    book = rate_book()
    days, values = book._series["KRW"]
    start = dt.date(2023, 1, 1)
    for k in range(40):       # weekends and holidays take the last fixing before them
        day = start + dt.timedelta(days=k)
        i = bisect.bisect_right(days, day) - 1
        assert book._per_eur("KRW", day) == (values[i], days[i])
    usd = dict(zip(*book._series["USD"]))
    pairs = [(v / usd[d], d) for d, v in zip(days, values)
             if dt.date(2023, 1, 1) <= d <= dt.date(2023, 1, 31) and d in usd]
    band = book.band("USD", "KRW", parse_period("2023-01"))
    assert (band.low, band.low_date, band.high, band.high_date) == (*min(pairs), *max(pairs))


def test_report_and_export_reconcile_with_python_strings_and_leave_the_option_as_it_was(
        tmp_path, monkeypatch):
    """The local engine runs with pandas' Python-backed `str` storage (cheaper on the many small
    operations of a small file); the option is set for the run only."""
    import pandas as pd

    import reconcile.api as api
    from tests.helpers import run
    path = tmp_path / "small.csv"
    path.write_text(SMALL, encoding="utf-8")
    seen = []
    # Every file the command line reconciles goes through this one (with records made when
    # shown or not).
    real = api._reconcile_file

    def spy(*args, **kwargs):
        rec = real(*args, **kwargs)
        seen.append((pd.get_option("mode.string_storage"), pd.Series(["x"]).dtype.storage))
        return rec
    monkeypatch.setattr(api, "_reconcile_file", spy)
    before = pd.get_option("mode.string_storage")
    for command in (["report", "--json"], ["export"]):
        r = run(*command, "--figures", path)
        assert r.exit_code in (0, 1) and r.exception in (None,) or \
            isinstance(r.exception, SystemExit), (r.output, r.exception)
    assert seen == [("python", "python")] * 2
    assert pd.get_option("mode.string_storage") == before


def test_python_and_arrow_strings_give_the_same_findings(figures):
    import pandas as pd

    from reconcile.api import reconcile_file
    from tests.helpers import shown
    out = {}
    for storage in ("python", "pyarrow"):
        with pd.option_context("mode.string_storage", storage):
            rec = reconcile_file(figures)
            assert pd.Series(["x"]).dtype.storage == storage
        out[storage] = (shown(rec.findings), rec.figures.astype(object))
    pd.testing.assert_frame_equal(*(f for f, _ in out.values()), check_dtype=False,
                                  check_column_type=False, check_index_type=False)
    assert len(out["python"][0]) >= 2
    pd.testing.assert_frame_equal(*(g for _, g in out.values()), check_dtype=False,
                                  check_column_type=False, check_index_type=False)


def _gc_after_main(args: list[str]) -> tuple[bool, int]:
    """Whether the collector runs after main.py ran `args`, and how many objects it set aside."""
    code = ("import gc, sys, runpy\n"
            f"sys.argv = ['main.py'] + {args!r}\n"
            "try:\n    runpy.run_path('main.py')['main']()\n"
            "except SystemExit:\n    pass\n"
            "print('GC', gc.isenabled(), gc.get_freeze_count(), file=sys.stderr)\n")
    _, words = _said(code, "GC")
    enabled, frozen = words
    return enabled == "True", int(frozen)


def test_start_up_is_set_aside_from_the_collector_and_collection_resumes(tmp_path):
    """main() pauses the cyclic collector for start-up; every command resumes it once its
    imports are done, with start-up's objects frozen (never walked again)."""
    path = tmp_path / "small.csv"
    path.write_text(SMALL, encoding="utf-8")
    frozen = {}
    for args in (["report", "--figures", str(path)], ["export", "--figures", str(path)],
                 ["convert", "$1B", "--date", "2023-01-23"], ["checks"]):
        enabled, frozen[args[0]] = _gc_after_main(args)
        assert enabled and frozen[args[0]] > 10_000, (args, enabled, frozen)
    # report's imports (pandas, the reader, the engine) are done before collection resumes.
    assert frozen["report"] > 2 * frozen["convert"]


def test_an_in_process_run_leaves_the_collector_alone(tmp_path):
    import gc

    from tests.helpers import run
    path = tmp_path / "small.csv"
    path.write_text(SMALL, encoding="utf-8")
    frozen = gc.get_freeze_count()
    assert run("report", "--figures", path).exit_code in (0, 1)
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_the_readers_patterns_are_compiled_on_first_use():
    """Importing the reader compiles none of its patterns; reading an amount compiles those it
    uses, each then standing in the module as itself (no stand-in left on the reading path)."""
    code = ("import re, sys\n"
            "import currency.text.reader as R\n"
            "def count():\n"
            "    kinds = [type(v).__name__ for k, v in vars(R).items() if k.endswith('RE')]\n"
            "    return kinds.count('Pattern'), kinds.count('_Pattern')\n"
            "before = count()\n"
            "a = R.read_whole('약 3조 원')\n"
            "again = R.read_whole('약 3조 원')\n"
            "print('N', *before, *count(), a == again, file=sys.stderr)\n")
    _, words = _said(code, "N")
    compiled, waiting, compiled_after, waiting_after, same = words
    assert (int(compiled), same) == (0, "True") and int(waiting) > 30
    assert 0 < int(compiled_after) < int(waiting) and \
        int(compiled_after) + int(waiting_after) == int(waiting)


def test_a_whole_amount_with_no_closing_parenthesis_leaves_that_hedges_pattern_uncompiled():
    """The hedge after a closing parenthesis ("53조 원) 이상") has one of the reader's two longest
    patterns: a file whose amounts have no ")" after them never compiles it, and one that has
    still reads its hedge (a space before the parenthesis too)."""
    code = ("import sys\n"
            "import currency.text.reader as R\n"
            "def kind():\n"
            "    return type(vars(R)['_PAREN_CLOSE_HEDGE_RE']).__name__\n"
            "plain = [R.read_whole(t).hedge for t in ('1조 1800억원 가량', '$2.5 billion')]\n"
            "before = kind()\n"
            "hedges = [R.read_whole(t).hedge for t in ('53조 원) 이상', '53조 원 ) 이상')]\n"
            "print('N', before, kind(), *plain, *hedges, file=sys.stderr)\n")
    _, words = _said(code, "N")
    assert words == ["_Pattern", "Pattern", "가량", "None", "이상", "이상"]


def test_a_command_that_stops_early_leaves_the_collector_on():
    # A usage error ends the command before its imports are done: main() must not leave the
    # collector paused for whoever called it in-process.
    code = ("import gc, sys\n"
            "import cli.app as A\n"
            "seen = []\n"
            "for argv in (['report', '--bogus'], ['export', '--format', 'xlsx']):\n"
            "    sys.argv = ['main.py', *argv]\n"
            "    try:\n        A.main()\n"
            "    except SystemExit:\n        pass\n"
            "    seen.append(gc.isenabled())\n"
            "print('GC', *seen, file=sys.stderr)\n")
    _, words = _said(code, "GC")
    assert words == ["True", "True"]


def _gc_in_engine(args: list[str], module: str, function: str) -> list[str]:
    """Whether the collector ran while main.py ran `args` and called `module.function`, then
    whether it runs after main() returned."""
    code = ("import gc, sys, runpy, importlib\n"
            f"m = importlib.import_module({module!r})\n"
            f"real = m.{function}\n"
            "seen = []\n"
            "def probe(*a, **k):\n"
            "    seen.append(gc.isenabled())\n"
            "    return real(*a, **k)\n"
            f"m.{function} = probe\n"
            f"sys.argv = ['main.py'] + {args!r}\n"
            "try:\n    runpy.run_path('main.py')['main']()\n"
            "except SystemExit:\n    pass\n"
            "print('GC', *seen, gc.isenabled(), file=sys.stderr)\n")
    return _said(code, "GC")[1]


def test_report_and_export_keep_the_collector_paused_while_the_engine_runs(tmp_path):
    """The engine's millions of long-lived objects are never walked by the collector in report
    and export (docs/engine.md); it runs again once main() returns."""
    path = tmp_path / "small.csv"
    path.write_text(SMALL, encoding="utf-8")
    for args in (["report", "--figures", str(path)],
                 ["export", "--figures", str(path), "-o", str(tmp_path / "x.csv")]):
        assert _gc_in_engine(args, "reconcile.api", "_reconcile_file") == ["False", "True"], args


def test_report_and_export_keep_freed_memory_for_the_engine(tmp_path):
    """report and export run through main() set glibc's malloc to keep the engine's freed
    blocks (docs/engine/memory.md); a command that does not reconcile, and an in-process run,
    leave the allocator as it is."""
    path = tmp_path / "small.csv"
    path.write_text(SMALL, encoding="utf-8")
    for args, kept in ((["report", "--figures", str(path)], "1"),
                       (["export", "--figures", str(path), "-o", str(tmp_path / "x.csv")], "1"),
                       (["convert", "$1B", "--date", "2023-01-23"], "0")):
        code = ("import sys, runpy\n"
                "import cli.app as A\n"
                "calls = []\n"
                "A._keep_freed_memory = lambda: calls.append(1)\n"
                f"sys.argv = ['main.py'] + {args!r}\n"
                "try:\n    runpy.run_path('main.py')['main']()\n"
                "except SystemExit:\n    pass\n"
                "print('KEPT', len(calls), file=sys.stderr)\n")
        assert _said(code, "KEPT")[1] == [kept], args


def test_report_and_export_stop_numpys_huge_page_advice_unless_told(tmp_path):
    """Under main(), report and export have numpy stop advising huge pages for its arrays
    (docs/engine/memory.md, round 7); NUMPY_MADVISE_HUGEPAGE, when set, is left to decide, and
    a command that does not reconcile leaves the advice as numpy set it."""
    import os
    path = tmp_path / "small.csv"
    path.write_text(SMALL, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "NUMPY_MADVISE_HUGEPAGE"}
    report = ["report", "--figures", str(path)]
    for args, setting, advised in ((report, None, "False"),
                                   (["export", "--figures", str(path), "-o",
                                     str(tmp_path / "x.csv")], None, "False"),
                                   (report, "1", "True"),
                                   (["convert", "$1B", "--date", "2023-01-23"], None, "True")):
        code = ("import sys, runpy\n"
                f"sys.argv = ['main.py'] + {args!r}\n"
                "try:\n    runpy.run_path('main.py', run_name='not main')['main']()\n"
                "except SystemExit:\n    pass\n"
                "try:\n    from numpy._core.multiarray import _set_madvise_hugepage as advise\n"
                "except ImportError:\n"
                "    from numpy.core.multiarray import _set_madvise_hugepage as advise\n"
                "print('ADVISED', advise(True), file=sys.stderr)\n")
        run_env = env if setting is None else dict(env, NUMPY_MADVISE_HUGEPAGE=setting)
        assert _said(code, "ADVISED", run_env)[1] == [advised], (args, setting)


def test_an_in_process_report_leaves_the_allocator_alone(tmp_path, monkeypatch):
    import cli.app as A
    from tests.helpers import run
    calls = []
    monkeypatch.setattr(A, "_keep_freed_memory", lambda: calls.append(1))
    path = tmp_path / "small.csv"
    path.write_text(SMALL, encoding="utf-8")
    assert run("report", "--figures", path).exit_code in (0, 1)
    assert calls == []


def test_scanning_articles_in_memory_collects_as_usual(tmp_path):
    # Scanning parses every article into short-lived objects: its collector stays on.
    article = tmp_path / "a.txt"
    article.write_text("# source: https://example.com/a | published: 2024-03-05\n\n"
                       "Example Corp raised $10 billion, its chief said.\n", encoding="utf-8")
    assert _gc_in_engine(["report", "--articles", str(article)], "reconcile.scan.run",
                         "reconcile_rows") == ["True", "True"]


def test_the_console_script_keeps_arrow_off_huge_pages_unless_told(tmp_path):
    """Under run(), Arrow's allocator is told to keep the process off transparent huge pages
    (docs/engine/memory.md, round 8); MIMALLOC_ALLOW_THP, when set, is left to decide."""
    import os

    import pytest
    status = Path("/proc/self/status")
    if not status.exists() or "THP_enabled" not in status.read_text():
        pytest.skip("needs Linux's THP_enabled in /proc/self/status")
    path = tmp_path / "small.csv"
    path.write_text(SMALL, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "MIMALLOC_ALLOW_THP"}
    code = ("import atexit, sys, runpy\n"
            "def said():\n"
            "    line = [x for x in open('/proc/self/status') if x.startswith('THP_enabled')]\n"
            "    print('THP', line[0].split()[1], file=sys.stderr)\n"
            "atexit.register(said)\n"
            f"sys.argv = ['main.py', 'report', '--figures', {str(path)!r}]\n"
            "runpy.run_path('main.py', run_name='not main')['run']()\n")
    assert _said(code, "THP", env)[1] == ["0"]
    assert _said(code, "THP", dict(env, MIMALLOC_ALLOW_THP="1"))[1] == ["1"]


def test_report_leaves_the_extractor_unloaded():
    """A report reads the notes the extractor wrote, not articles: the phrases it reads back
    live apart from the extractor, whose patterns cost a tenth of a report's start-up."""
    code, loaded = _loaded_after_main(["report", "--figures", str(ROOT / "figures.csv")],
                                      modules=("currency.text.extract", "currency.text.candidate",
                                               "currency.text.layout", "currency.text.conversions",
                                               "currency.text.dating", "kiwipiepy"))
    assert code in (0, 1) and loaded == set()
