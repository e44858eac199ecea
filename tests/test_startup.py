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


def _loaded_after_main(args: list[str]) -> tuple[int, set[str]]:
    """Run main.py in a fresh interpreter and list which of HEAVY it imported."""
    code = ("import sys, runpy\n"
            f"sys.argv = ['main.py'] + {args!r}\n"
            "try:\n"
            "    runpy.run_path('main.py', run_name='__main__')\n"
            "except SystemExit as exc:\n"
            "    code = exc.code\n"
            "else:\n"
            "    code = 0\n"
            f"print('LOADED', ' '.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)\n"
            "sys.exit(code)\n")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    line = [x for x in r.stderr.splitlines() if x.startswith("LOADED")]
    assert line, r.stderr
    return r.returncode, set(line[-1].split()[1:])


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


def test_convert_of_a_yearly_amount_imports_no_heavy_module():
    code, loaded = _loaded_after_main(["convert", "연간 1조 원", "--date", "2023-01-23"])
    assert code == 0 and loaded == set()


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
