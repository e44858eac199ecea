"""The parsed ECB table is cached in a binary file; a new data file or no cache still works."""
import os
from array import array

import pytest

from currency.data import datacache, rates


def _book(monkeypatch, cache):
    monkeypatch.setenv("FIGRECON_CACHE_DIR", str(cache))
    return rates.RateBook()


def test_cached_table_equals_the_parsed_one(monkeypatch, tmp_path):
    first = _book(monkeypatch, tmp_path)                 # parses and writes
    assert len(list(tmp_path.glob("ecb-*.bin"))) == 1
    monkeypatch.setattr(rates, "_parse_ecb", lambda: pytest.fail("parsed again"))
    second = _book(monkeypatch, tmp_path)                # reads the cache
    meta, arrays = datacache._read(next(tmp_path.glob("ecb-*.bin")))
    assert meta["codes"] == sorted(first._series)
    for code in ("USD", "KRW", "JPY", "EUR"):
        assert second._series[code] == first._series[code]


def test_a_changed_data_file_is_parsed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("FIGRECON_CACHE_DIR", str(tmp_path / "cache"))
    src = tmp_path / "data.csv"
    src.write_text("a")
    calls = []

    def build(value):
        calls.append(value)
        return {"v": value}, {"x": array("d", [value])}
    assert datacache.cached("t", src, lambda: build(1.0))[1]["x"][0] == 1.0
    assert datacache.cached("t", src, lambda: build(2.0))[1]["x"][0] == 1.0   # cached
    src.write_text("bb")
    os.utime(src, ns=(1, 1))
    assert datacache.cached("t", src, lambda: build(3.0))[1]["x"][0] == 3.0
    assert calls == [1.0, 3.0]
    assert len(list((tmp_path / "cache").glob("t-*.bin"))) == 1     # the stale copy is gone


def test_an_unwritable_or_corrupt_cache_is_not_needed(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    book = _book(monkeypatch, blocker / "cache")          # cannot be created
    assert book.rate_on("USD", "KRW", book.last_date).value > 0
    good = tmp_path / "good"
    _book(monkeypatch, good)
    cache_file = next(good.glob("ecb-*.bin"))
    cache_file.write_bytes(cache_file.read_bytes()[:1000])   # truncated
    again = _book(monkeypatch, good)
    assert again._series["KRW"][0][-1] == again.last_date


def test_cpi_latest_month_from_the_cache_is_the_packages(tmp_path, monkeypatch):
    import warnings

    from currency.data import inflation
    monkeypatch.setenv("FIGRECON_CACHE_DIR", str(tmp_path))
    inflation.latest_month.cache_clear()
    try:
        first = inflation.latest_month()
        assert list(tmp_path.glob("cpi-*.bin"))
        inflation.latest_month.cache_clear()
        monkeypatch.setattr(inflation, "_cpi", lambda: pytest.fail("imported cpi again"))
        assert inflation.latest_month() == first
    finally:
        inflation.latest_month.cache_clear()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import cpi
    assert first == cpi.LATEST_MONTH


def test_a_cached_value_is_built_once_per_ident(tmp_path, monkeypatch):
    monkeypatch.setenv("FIGRECON_CACHE_DIR", str(tmp_path))
    calls = []

    def build(n):
        calls.append(n)
        return {"words": {"크로나": "SEK", "alpha": "AAA"}, "n": n}

    def decode(data):
        return list(data["words"].items()), data["n"]
    assert datacache.cached_value("t", "babel 1 2026-01-02", lambda: build(1), decode) == \
        ([("크로나", "SEK"), ("alpha", "AAA")], 1)
    assert datacache.cached_value("t", "babel 1 2026-01-02", lambda: build(2), decode)[1] == 1
    assert datacache.cached_value("t", "babel 1 2026-01-03", lambda: build(3), decode)[1] == 3
    assert calls == [1, 3]
    assert len(list(tmp_path.glob("t-*.json"))) == 1          # the other day's copy is gone
    next(tmp_path.glob("t-*.json")).write_text('{"n": 9}')      # another shape: built afresh
    assert datacache.cached_value("t", "babel 1 2026-01-03", lambda: build(4), decode)[1] == 4
    next(tmp_path.glob("t-*.json")).write_bytes(b"\xff{")       # not JSON: built afresh
    assert datacache.cached_value("t", "babel 1 2026-01-03", lambda: build(5), decode)[1] == 5


def test_a_cached_value_needs_no_cache_directory(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("FIGRECON_CACHE_DIR", str(blocker / "cache"))
    for n in (1, 2):
        assert datacache.cached_value("t", "x", lambda n=n: {"n": n}, lambda d: d["n"]) == n
