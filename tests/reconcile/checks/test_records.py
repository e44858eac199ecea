"""checks.common.records gives the rows itertuples() gives, without the datetime columns."""
import pandas as pd

from reconcile.checks.common import records


def _frame() -> pd.DataFrame:
    # Made-up columns of every kind the engine's frames hold, and names namedtuple must rename.
    days = pd.to_datetime(["2021-03-04", "2022-07-01", "2020-01-31"])
    return pd.DataFrame({
        "id": ["a1", "b2", "c3"], "c_low": [1.5, 2.0, float("nan")], "note": ["x", None, "y"],
        "_private": [1, 2, 3], "as_of_first": days, "published": days.tz_localize("UTC"),
        "count": pd.array([1, None, 3], dtype="Int64"), "unit": pd.Categorical(["USD", "KRW", "USD"]),
        "class": [True, False, True], "as_of": [pd.Period("2021-03"), pd.Period("2022"), None],
    }, index=[40, 7, 13])


def test_records_are_itertuples_without_datetimes():
    df = _frame()
    want = list(df.select_dtypes(exclude=["datetime", "datetimetz"]).itertuples())
    got = list(records(df))
    assert repr(got) == repr(want)     # repr: nan equals nan there
    assert [[type(v) for v in r] for r in got] == [[type(v) for v in r] for r in want]
    assert "as_of_first" not in got[0]._fields and "published" not in got[0]._fields


def test_records_of_an_empty_or_filtered_frame():
    df = _frame()
    assert list(records(df.iloc[:0])) == []
    assert repr(list(records(df[df["c_low"] > 1.8]))) == repr(list(
        df[df["c_low"] > 1.8].select_dtypes(exclude=["datetime", "datetimetz"]).itertuples()))
