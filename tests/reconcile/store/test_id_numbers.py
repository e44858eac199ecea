"""Ids numbered without a hash table of every id (issue 19, round 9): `id_numbers` is the one
`pd.factorize` of the ids and the named ids, whatever the ids are; `distinct_hashes` proves
cells distinct or says nothing; the loader names repeated ids as before; the restatement pairs
are those of every row's key. Each is run with Python's `hash` and with a coarse one (modulo
5), under which distinct texts collide, as two hashes may by chance."""
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reconcile.store.figures as F
import reconcile.store.ids as I
import reconcile.store.restatements as R


def _coarse(cells) -> np.ndarray:
    # Equal cells still hash alike, as the rule needs: only distinct ones collide more often.
    return np.fromiter((hash(c) % 5 for c in cells), dtype=np.int64, count=len(cells))


@pytest.fixture(params=["hash", "coarse"])
def hashes(request, monkeypatch):
    if request.param == "coarse":
        monkeypatch.setattr(I, "hashes", _coarse)
    return request.param


def _factorized(df) -> dict:
    """The rule: the ids and the non-empty `restates` cells numbered by one `pd.factorize`."""
    cells = df["restates"].to_numpy(dtype=object)
    named = [i for i, c in enumerate(cells) if pd.notna(c) and len(str(c)) > 0]
    n = len(df)
    codes, texts = pd.factorize(np.concatenate([df["id"].to_numpy(dtype=object), cells[named]]))
    restates = np.full(n, -1)
    restates[named] = codes[n:]
    return {"id": codes[:n], "restates": restates, "texts": list(texts)}


_IDS = ["a", "bb", "ccc", "dd", "e", "ffff"]
# Drawn from so that ids repeat, collide by length, go missing or are not text at all.
_ID = st.one_of(st.sampled_from(_IDS), st.text("xyz", min_size=1, max_size=4),
                st.sampled_from([None, np.nan, "", 7]))
_NAMED = st.one_of(st.sampled_from(_IDS + ["zz", "q"]), st.sampled_from([None, np.nan, "", 7]))


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ids=st.lists(_ID, max_size=8), unique=st.booleans(), data=st.data())
def test_id_numbers_are_one_factorize_of_the_ids_and_the_named_ids(hashes, ids, unique, data):
    if unique:          # the loader's frames: distinct texts (often the only ones drawn so)
        ids = list(dict.fromkeys(i for i in ids if isinstance(i, str) and i))
    named = data.draw(st.lists(_NAMED, min_size=len(ids), max_size=len(ids)))
    df = pd.DataFrame({"id": pd.Series(ids, dtype=object),
                       "restates": pd.Series(named, dtype=object)})
    got, want = R.id_numbers(df), _factorized(df)
    assert got["id"].tolist() == want["id"].tolist() and got["id"].dtype == np.intp
    assert got["restates"].tolist() == want["restates"].tolist()
    assert got["restates"].dtype == np.intp
    # The same objects, in the same order (an `original` is the id's own string).
    assert len(got["texts"]) == len(want["texts"])
    assert all(a is b for a, b in zip(got["texts"], want["texts"]))


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(st.one_of(st.text("ab", max_size=3), st.sampled_from([None, 1, 1.0, True])),
                      max_size=8))
def test_distinct_hashes_prove_the_cells_distinct_or_say_nothing(hashes, cells):
    cells = np.array(cells + [None], dtype=object)[:-1]
    if I.distinct_hashes(cells):
        assert len(set(cells.tolist())) == len(cells)
    elif hashes == "hash":      # Python's hashes differ for these distinct cells
        assert len(set(cells.tolist())) < len(cells)


def test_distinct_texts_have_distinct_hashes():
    assert I.distinct_hashes(np.array([f"g{i}" for i in range(1000)], dtype=object))
    assert not I.distinct_hashes(np.array(["g1", "g2", "g" + "1"], dtype=object))


@pytest.mark.parametrize("storage", ["python", "pyarrow"])
@pytest.mark.parametrize("repeated", [True, False])
def test_the_loader_names_repeated_ids_whatever_their_hashes(hashes, storage, repeated):
    # Six ids: two hash alike coarsely whether or not one is repeated.
    ids = ["a1", "b2", "c3", "d4", "e5", "a1" if repeated else "f6"]
    data = ("id,metric,amount,as_of,published,source,quote\n"
            + "".join(f"{x},m_one,$1 billion,2021,2021,s.txt,q\n" for x in ids)).encode()
    with pd.option_context("mode.string_storage", storage):
        _, problems = F.checked_rows(Path("f.csv"), data)
    assert [(p.line, p.value) for p in problems if p.reason == F.DUPLICATE_ID] == \
        ([(2, "a1"), (7, "a1")] if repeated else [])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(-1, 2), st.integers(-1, 2), st.integers(-1, 5),
                          st.integers(0, 1), st.booleans()), max_size=16))
def test_restatement_pairs_are_those_of_every_rows_key(rows):
    source, metric, quote, currency, linked = (np.array(c) for c in zip(*rows)) if rows else \
        (np.zeros(0, dtype=np.int64),) * 4 + (np.zeros(0, dtype=bool),)
    numbers = {"source": source, "metric": metric, "quote": quote}
    at = np.arange(len(rows))
    # The rule: every row keyed by its (source, metric, quote), -1 when one is missing.
    keys = pd.factorize(pd.Series(list(zip(source.tolist(), metric.tolist(), quote.tolist()))))[0] \
        if len(rows) else np.zeros(0, dtype=np.int64)
    keys[(source < 0) | (metric < 0) | (quote < 0)] = -1
    want = R._candidate_pairs(keys, currency, linked)
    got = R._candidate_pairs(R._pair_keys(None, numbers, at), currency, linked)
    assert sorted(got.reshape(-1, 2).tolist()) == sorted(want.reshape(-1, 2).tolist())
