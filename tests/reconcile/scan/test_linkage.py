"""`_average_linkage` keeps, with its rows' maxima, exactly the merges of the plain loop that
takes `np.argmax` of the whole matrix each time: the same clusters, in the same order, ties
and NaN included."""
from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from reconcile.scan.grouping import _average_linkage


def _plain(sim, cannot, threshold):
    """The agglomeration as written before the rows' maxima were kept."""
    n = len(sim)
    s = sim.astype(float).copy()
    np.fill_diagonal(s, -np.inf)
    blocked = cannot.copy()
    size = np.ones(n)
    alive = np.ones(n, dtype=bool)
    members = [[i] for i in range(n)]
    while True:
        cand = np.where(blocked, -np.inf, s)
        a, b = divmod(int(np.argmax(cand)), n)
        if cand[a, b] < threshold:
            break
        s[a] = (size[a] * s[a] + size[b] * s[b]) / (size[a] + size[b])
        s[:, a] = s[a]
        s[a, a] = -np.inf
        blocked[a] |= blocked[b]
        blocked[:, a] = blocked[a]
        size[a] += size[b]
        members[a] += members[b]
        alive[b] = False
        s[b, :] = s[:, b] = -np.inf
        blocked[b, :] = blocked[:, b] = False
    return [members[i] for i in range(n) if alive[i]]


@st.composite
def _problems(draw, values=(0.0, 0.2, 0.5, 0.5, 0.8, 1.0, -np.inf)):
    n = draw(st.integers(1, 14))
    sim = draw(arrays(float, (n, n), elements=st.sampled_from(values)))
    if draw(st.booleans()):
        sim = np.maximum(sim, sim.T)        # scan's similarities are symmetric; ties are common
    cannot = draw(arrays(bool, (n, n), elements=st.booleans() if draw(st.booleans())
                         else st.just(False)))
    if draw(st.booleans()):
        cannot = cannot | cannot.T
    return sim, cannot, draw(st.sampled_from([0.1, 0.3, 0.5, 0.6]))


@settings(max_examples=500, deadline=None)
@given(_problems())
def test_same_merges_as_the_plain_loop(problem):
    sim, cannot, threshold = problem
    assert _average_linkage(sim, cannot, threshold) == _plain(sim, cannot, threshold)


@settings(max_examples=200, deadline=None)
@given(_problems(values=(0.0, 0.5, 0.9, np.nan, -np.inf)))
def test_same_merges_with_nan(problem):
    sim, cannot, threshold = problem
    assert _average_linkage(sim, cannot, threshold) == _plain(sim, cannot, threshold)


@settings(max_examples=500, deadline=None)
@given(_problems(values=(0.5, 0.5, 1.0)))
def test_same_merges_when_most_similarities_tie(problem):
    # merged rows of equal values stay equal: the first of several equal pairs decides
    sim, cannot, threshold = problem
    assert _average_linkage(sim, cannot, threshold) == _plain(sim, cannot, threshold)


def test_random_blocks_agree():
    rng = np.random.default_rng(7)
    for n in (30, 80):
        sim = rng.random((n, n)).round(2)
        sim = np.maximum(sim, sim.T)
        cannot = rng.random((n, n)) < 0.05
        cannot |= cannot.T
        assert _average_linkage(sim, cannot, 0.4) == _plain(sim, cannot, 0.4)


def test_an_equal_similarity_in_an_earlier_column_wins():
    # after 2 and 0 merge, row 1's similarity to the merged cluster (0.5, column 0) ties its
    # similarity to 3 (column 3): the plain loop's argmax takes the earlier column, 0
    sim = np.array([[0, 0, 0, 0], [0, 0, 0, .5], [1, 1, 0, 0], [0, 0, 0, 0]], dtype=float)
    cannot = np.zeros((4, 4), dtype=bool)
    assert _plain(sim, cannot, 0.3) == [[1, 2, 0], [3]]
    assert _average_linkage(sim, cannot, 0.3) == [[1, 2, 0], [3]]
