"""Kiwi that fails to load: tried once, the plan rule stands aside, extract goes on."""
import datetime as dt
import sys
import types
import warnings

import pytest

from currency.text import morphemes
from currency.text.extract import extract

_PLANNED = "오르빗은 케스트렐을 인수할 계획이다."
_CACHED = (morphemes._load, morphemes._unloaded, morphemes._morphemes)


@pytest.fixture
def broken_kiwi(monkeypatch):
    """A kiwipiepy whose Kiwi cannot load its model; counts the tries."""
    tries = []

    class Kiwi:
        def __init__(self, *args, **kwargs):
            tries.append(1)
            raise OSError("no model")

    monkeypatch.setitem(sys.modules, "kiwipiepy", types.SimpleNamespace(Kiwi=Kiwi))
    for f in _CACHED:
        f.cache_clear()
    yield tries
    for f in _CACHED:
        f.cache_clear()


def test_a_kiwi_that_fails_to_load_is_tried_once_and_warned_of_once(broken_kiwi):
    with pytest.warns(RuntimeWarning, match="kiwipiepy"):
        assert not morphemes.after_prospective(_PLANNED, _PLANNED.index("계획"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert not morphemes.after_prospective(_PLANNED, _PLANNED.index("계획"))
    with pytest.raises(OSError):
        morphemes.kiwi()
    assert len(broken_kiwi) == 1


def test_extract_reads_a_korean_plan_with_no_kiwi(broken_kiwi):
    with pytest.warns(RuntimeWarning):
        found = extract("오르빗은 2022년 공장을 지을 계획이다. 당시 투자액은 3조원이다.\n",
                        dt.date(2026, 12, 8))
    assert [c.as_of for c in found] == ["2022"]
