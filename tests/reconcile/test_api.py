"""The library API: natural inputs accepted, typed errors carrying what the command line prints."""
import datetime as dt
import subprocess
import sys

import pandas as pd
import pytest

from currency.data.rates import rate_book
from currency.errors import InputError, OptionError
from currency.options import constant_money, currency_code, day, rate_day
from reconcile import FiguresError, convert, reconcile
from tests.helpers import shown


def minimal(**changes) -> pd.DataFrame:
    rows = dict(id=["a", "b"], metric="m", amount=["$1 billion", "1억 달러"],
                as_of=["2019-07-22", "2019-07"], published="2023-01-24", source="s.txt",
                quote=["q1", "q2"])
    rows.update(changes)
    return pd.DataFrame(rows)


def test_natural_inputs_give_the_same_result_as_canonical_ones():
    canonical = reconcile(minimal(), currency="KRW", real_as_of="2024-07-01")
    natural = reconcile(minimal(as_of=[dt.date(2019, 7, 22), "2019-07"]), currency=" krw",
                        real_as_of=dt.date(2024, 7, 1))
    pd.testing.assert_frame_equal(shown(canonical.findings), shown(natural.findings))
    assert natural.context.currency == "KRW"
    assert natural.context.real_as_of == dt.date(2024, 7, 1)
    assert reconcile(minimal(), real_as_of="2024-07").context.real_as_of == dt.date(2024, 7, 1)


def test_a_table_is_validated_with_every_problem_at_once():
    with pytest.raises(FiguresError) as err:
        reconcile(minimal(amount=["no amount", "1억"], as_of=["2019-13", "2019"]))
    lines = err.value.lines
    assert any(":2: amount: no amount:" in line for line in lines)
    assert any(":2: as_of: 2019-13:" in line for line in lines)
    assert any(":3: amount: 1억:" in line and "names no currency" in line for line in lines)
    with pytest.raises(FiguresError, match="quote: required column missing"):
        reconcile(minimal().drop(columns="quote"))


def test_the_figures_a_user_gets_carry_no_attrs_and_save_as_parquet(tmp_path):
    # pandas writes a frame's attrs into Parquet's metadata: an object left there breaks it.
    figures = reconcile(minimal()).figures
    assert figures.attrs == {}
    figures.to_parquet(tmp_path / "figures.parquet")


@pytest.mark.parametrize("call, option, words", [
    (lambda: currency_code("dollars", "--to"), "--to", "unknown currency 'DOLLARS'"),
    (lambda: day("2024-07", "--date"), "--date", "give a day"),
    (lambda: day("2024-02-30", "--date"), "--date", "impossible date"),
    (lambda: constant_money("2024-07-01", False, "--as-of"), "--as-of", "add --real"),
    (lambda: constant_money("2024", True, "--as-of"), "--as-of", "not the year"),
    # constant money is of one month's prices: days written as a span name none, in one month or two
    (lambda: constant_money("2024-07-01/2024-07-02", True, "--as-of"), "--as-of", "not the days"),
    (lambda: constant_money("2024-06-30/2024-07-01", True, "--as-of"), "--as-of", "not the days"),
    (lambda: constant_money("1900-01", True, "--as-of"), "--as-of", "no CPI before 1913-01"),
])
def test_bad_options_raise_one_line_naming_the_option(call, option, words):
    with pytest.raises(OptionError) as err:
        call()
    assert err.value.option == option and words in err.value.reason
    assert err.value.lines == [f"error: {option}: {err.value.reason}"]


def test_a_day_outside_the_rate_data_uses_the_nearest_fixing_and_says_so():
    last = rate_book().last_date
    assert rate_day(None) == (last, None)
    on, note = rate_day(last + dt.timedelta(days=3), "--date")
    assert on == last and "after the ECB data" in note


def test_convert_accepts_text_lowercase_and_string_dates():
    c = convert("약 12조 3000억 원", to="usd", on="2023-01-23")
    assert c.currency == "USD" and c.rate.date == dt.date(2023, 1, 23)
    assert c.low < c.value < c.high
    with pytest.raises(InputError):
        convert("nothing here")


def test_importing_the_package_loads_nothing_until_a_name_is_used():
    code = ("import sys, reconcile; print('pandas' in sys.modules); import reconcile.store.figures; "
            "print('reconcile.engines.local' in sys.modules, 'pint' in sys.modules); "
            "from reconcile import reconcile; print(callable(reconcile))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False", "False", "True"]


def test_reconcile_file_lets_the_loaded_frame_go_before_the_checks(tmp_path, monkeypatch):
    """The loaded figures are not read after normalization: no reference to them may live
    while the checks and the findings table are made (memory at a million figures)."""
    import gc
    import weakref

    import reconcile.api as api
    from reconcile.engines import local
    path = tmp_path / "figures.csv"
    minimal().to_csv(path, index=False)
    loaded = []
    load = api.load_figures

    def load_and_watch(p):
        frame = load(p)
        loaded.append(weakref.ref(frame))
        return frame
    monkeypatch.setattr(api, "load_figures", load_and_watch)
    alive = []
    check_evidence = local.check_evidence

    def spy(*args, **kwargs):
        gc.collect()
        alive.append(loaded[0]() is not None)
        return check_evidence(*args, **kwargs)
    monkeypatch.setattr(local, "check_evidence", spy)
    result = api.reconcile_file(path)
    assert alive == [False]
    assert len(result.figures) == 2


def test_cells_that_are_not_text_are_named_and_whole_numbers_read_as_digits():
    # An amount given as a float has lost how it was written: named at its row, not a traceback.
    with pytest.raises(FiguresError) as err:
        reconcile(minimal(amount=["1억 달러", 5.5], id=["a", "a"]))
    # Every problem at once, in line order: the cell that is not text and the rest's rules.
    assert [line.split(": ")[1] for line in err.value.lines] == ["id", "amount", "id"]
    assert err.value.lines[1] == "<figures>:3: amount: 5.5: must be text, not float"
    # A whole number made a float by a gap in its column (pandas' 7.0) reads as its digits.
    assert len(reconcile(minimal(note=[7, None])).findings) == \
        len(reconcile(minimal(note=["7", None])).findings)
    # Whole-number ids are their digits, the same figures as ids written as text.
    as_numbers = reconcile(minimal(id=[1, 2]))
    as_text = reconcile(minimal(id=["1", "2"]))
    pd.testing.assert_frame_equal(shown(as_numbers.findings), shown(as_text.findings))


def test_an_empty_table_is_no_figures_not_a_traceback():
    with pytest.raises(InputError, match="no figures yet"):
        reconcile(minimal().iloc[:0])


def test_no_figures_checks_its_options_as_reconcile_does():
    from reconcile.api import no_figures
    rec = no_figures("eur", "2020-01")
    assert rec.findings.empty and rec.figures.empty and rec.context.currency == "EUR"
    with pytest.raises(InputError, match="currency"):
        no_figures("xyz")


def test_a_metric_given_as_a_number_is_named_at_its_row():
    with pytest.raises(FiguresError) as err:
        reconcile(minimal(metric=[5, "m"]))
    assert err.value.lines == ["<figures>:2: metric: 5: metric must be a snake_case key"]


def test_a_float_past_exact_whole_numbers_is_not_read_as_digits():
    # 12345678901234567 as a float is ...568: its digits were lost, so it is named, not guessed.
    with pytest.raises(FiguresError, match="must be text, not float"):
        reconcile(minimal(id=[12345678901234567.0, "b"]))
