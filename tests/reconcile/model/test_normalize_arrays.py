"""normalize's array forms (issue 19: each distinct key read once, no per-row Python) against the
rules written out row by row here as oracles: keys with missing cells, quotes split across scan
chunks, families linked in any order, reference currencies with ties."""
import math
import re

import numpy as np
import pandas as pd
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reconcile.model import conversion_words
from reconcile.model.components import Components
from reconcile.model.distinct import distinct
from reconcile.model.normalize import families, reference_currency
from tests.helpers import examples

CELLS = st.sampled_from(["a", "b", "", None, math.nan])
NUMBERS = st.sampled_from([0.0, -0.0, 1.5, 2.0, math.nan])


@settings(max_examples=examples(120), deadline=None)
@given(st.lists(st.tuples(CELLS, NUMBERS, st.booleans()), max_size=14))
def test_distinct_numbers_keys_as_groupby_and_keeps_first_rows_as_drop_duplicates(rows):
    frame = pd.DataFrame(rows, columns=["text", "number", "flag"]).astype(
        {"text": object, "number": float, "flag": bool})
    keys = distinct(*(frame[c] for c in frame.columns))
    want = frame.groupby(list(frame.columns), sort=False, dropna=False).ngroup()
    assert keys.codes.tolist() == want.tolist()
    assert keys.first.tolist() == frame.drop_duplicates().index.tolist()
    assert keys.spread(np.arange(len(keys.first))).tolist() == keys.codes.tolist()


# Texts around an amount, with and without conversion markers, long and short.
WORDS = st.sampled_from(["Zorbco paid", "the equivalent of", "우리 돈으로", "약", "at the time",
                         "and then", "당시 환율로", ",", "한화 약", "much later, at the prevailing "
                         "exchange rate", "x" * 30, ""])
AMOUNTS = st.sampled_from(["$5 million", "60억 원", "약 60억 원", "한화 약 7억 원", "2 million euros",
                           None])


@st.composite
def pairs(draw):
    out = []
    for _ in range(draw(st.integers(0, 12))):
        amount = draw(AMOUNTS)
        before, after = draw(st.lists(WORDS, max_size=3)), draw(st.lists(WORDS, max_size=3))
        quote = " ".join(before + [amount or "$1"] + after) if draw(st.booleans()) else \
            draw(st.sampled_from([None, "", "no marker here", "equivalent of"]))
        out.append((amount, quote))
    return out


@settings(max_examples=examples(120), deadline=None)
@given(pairs(), st.integers(1, 4))
def test_conversion_words_over_columns_say_what_each_pair_says(rows, chunk):
    # Small chunks: quotes marked at a chunk's first and last text are placed right.
    amounts, quotes = [a for a, _ in rows], [q for _, q in rows]
    was, conversion_words._CHUNK = conversion_words._CHUNK, chunk
    try:
        got = conversion_words.said_to_be_conversions(amounts, quotes).tolist()
        # The same with the columns' text numbers given, as normalize gives them.
        numbered = conversion_words.said_to_be_conversions(
            amounts, quotes, pd.factorize(np.asarray(amounts, dtype=object))[0],
            pd.factorize(np.asarray(quotes, dtype=object))[0]).tolist()
    finally:
        conversion_words._CHUNK = was
    assert numbered == got
    assert got == [conversion_words.said_to_be_conversion(a, q) for a, q in rows]


def _families_oracle(df: pd.DataFrame) -> list:
    """Every (metric, part_of) row joined in file order, each metric found."""
    linked = Components()
    for metric, part_of in zip(df["metric"], df["part_of"]):
        linked.find(metric)
        if isinstance(part_of, str):
            for total in part_of.split(";"):
                if total.strip():
                    linked.join(total.strip(), metric)
    return [linked.find(m) for m in df["metric"]]


METRICS = st.sampled_from(["m1", "m2", "m3", "m4", "m5"])
# A row may name no metric (an API caller's frame): its family is its own missing cell.
ROW_METRICS = st.sampled_from(["m1", "m2", "m3", "m4", "m5", None])


# Pieces of the markers (whole, cut short, run together) and plain text around them.
MARKERS = conversion_words.BEFORE + conversion_words.AFTER
PIECES = st.one_of(st.sampled_from(MARKERS), st.sampled_from(MARKERS).flatmap(
    lambda m: st.integers(1, len(m)).map(lambda k: m[:k])), st.sampled_from(["x", " ", "가"]))


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(PIECES, max_size=6).map("".join))
@example("당시환율 기준")
def test_the_marker_scan_finds_a_marker_where_any_marker_stands(text):
    # The prefix tree against the plain alternation of the words: the same first place. A space
    # in a marker stands for any run of spaces or none ("당시환율 기준" is "당시 환율 기준").
    plain = re.compile("|".join(r"\s*".join(map(re.escape, m.split(" "))) for m in MARKERS))
    first = plain.search(text)
    found = conversion_words.ANY.search(text)
    assert (found and found.start()) == (first and first.start())


@settings(max_examples=examples(120), deadline=None)
@given(st.lists(st.tuples(ROW_METRICS, st.one_of(st.none(), st.lists(METRICS, max_size=2).map(
    lambda ms: ";".join(ms + [" "])))), max_size=12))
# A chain two links deep (m2 to m1 to m3) that no later find shortens: read to its root.
@example([("m1", "m2"), ("m3", "m1")])
def test_families_are_the_components_of_part_of_links_named_as_before(rows):
    df = pd.DataFrame(rows, columns=["metric", "part_of"], dtype=object)
    assert families(df).tolist() == _families_oracle(df)


def _reference_oracle(df: pd.DataFrame) -> list:
    """Per family, counts per currency kept in a dict, the best by (roots, precise, all, given)
    then the alphabetically first currency; each restatement's root found link by link."""
    money = df[df["currency"].notna()]
    first_currency = {}
    for fid, cur in zip(money["id"], money["currency"]):
        first_currency.setdefault(fid, cur)
    original = {f: o for f, o in zip(money["id"], money["original"]) if isinstance(o, str)}
    counts: dict = {}
    for r in money.itertuples():
        if not isinstance(r.family, str):   # no family (no metric): in no tally, none chosen
            continue
        c = counts.setdefault(r.family, {}).setdefault(r.currency, [0, 0, 0, 0])
        c[1] += r.bound == "exact" and not r.vague and r.role == "original"
        c[2] += r.role == "original"
        c[3] += r.currency_given == r.currency
        if r.role == "restatement":
            seen, x = {r.id}, original.get(r.id)
            while x in original and original[x] not in seen:
                seen.add(x)
                x = original[x]
            if x in first_currency:
                counts[r.family].setdefault(first_currency[x], [0, 0, 0, 0])[0] += 1
    best = {f: min(cs, key=lambda cur: ([-n for n in cs[cur]], cur)) for f, cs in counts.items()}
    return [best.get(f) if isinstance(f, str) else None for f in df["family"]]


@st.composite
def money_rows(draw):
    n = draw(st.integers(1, 10))
    rows = []
    for i in range(n):
        original = draw(st.sampled_from([None] + [f"f{j}" for j in range(n)]))
        # Now and then an id repeats, as in a bad file: its first row's currency counts.
        fid = f"f{i}" if draw(st.integers(0, 4)) else f"f{draw(st.integers(0, n - 1))}"
        rows.append(dict(id=fid, family=draw(st.sampled_from(["A", "B", "C", None])),
                         currency=draw(st.sampled_from(["USD", "KRW", "EUR", None])),
                         bound=draw(st.sampled_from(["exact", "approx"])),
                         vague=draw(st.booleans()), original=original,
                         role=draw(st.sampled_from(["original", "restatement"])),
                         currency_given=draw(st.sampled_from(["USD", "KRW", None]))))
    return pd.DataFrame(rows)


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.tuples(st.integers(-1, 9), st.integers(0, 9)), max_size=10),
       st.lists(st.integers(-1, 9), max_size=8), st.booleans())
def test_chain_ends_as_arrays_are_the_walk_id_by_id(pairs, starts, long_chain):
    # Keys once or repeated (a bad file), chains, cycles (a walk ends at its last new id), and
    # a chain longer than the steps taken as arrays.
    from reconcile.model.normalize import _STEPS, _chain_ends, _walked
    if long_chain:
        pairs = [(100 + i, 101 + i) for i in range(_STEPS + 3)]
        starts = [100, 100 + _STEPS, -1, *starts]
    keys, links = (np.array(x, dtype=np.intp).reshape(-1) for x in zip(*pairs)) if pairs else \
        (np.zeros(0, np.intp), np.zeros(0, np.intp))
    starts = np.array(starts, dtype=np.intp)
    want = _walked(dict(zip(keys.tolist(), links.tolist())), starts)
    assert _chain_ends(keys, links, starts).tolist() == want.tolist()


@settings(max_examples=examples(120), deadline=None)
@given(money_rows())
def test_reference_currency_is_the_tally_rule_written_row_by_row(df):
    got = reference_currency(df).tolist()
    want = _reference_oracle(df)
    assert [None if isinstance(g, float) and math.isnan(g) else g for g in got] == want


@settings(max_examples=examples(120), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["f1", "f2", "f3"]),
                          st.sampled_from(["USD", "KRW", None])), max_size=8),
       st.lists(st.sampled_from(["f1", "f2", "f3", "f9", None]), max_size=8),
       st.sampled_from(["first", "last"]))
def test_the_currency_of_a_named_id_is_that_of_its_first_or_last_row(rows, named, keep):
    from reconcile.model.normalize import _currency_of
    df = pd.DataFrame(rows, columns=["id", "currency"], dtype=object)
    of = {}
    for fid, cur in (rows if keep == "last" else rows[::-1]):
        of[fid] = cur
    got = _currency_of(df, pd.Series(named, dtype=object), keep=keep).tolist()
    want = [of.get(x, math.nan) if x is not None else math.nan for x in named]
    assert [None if g is None else "nan" if isinstance(g, float) else g for g in got] == \
        [None if w is None else "nan" if isinstance(w, float) else w for w in want]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["$42 million", "약 6000억 원", "over $3 billion", "12",
                                           "18~25 dollars", "nearly 7 billion euros",
                                           "약 6123억 원"]),
                          st.sampled_from([None, "USD", "KRW"]), st.booleans()),
                min_size=1, max_size=8))
# One reading both restating and not: a hedge adds nothing to a restatement's interval.
@example([("$42 million", None, False), ("약 6123억 원", None, True), ("약 6123억 원", None, False)])
def test_intervals_keyed_by_reading_are_those_keyed_by_their_columns(rows):
    from reconcile.model.normalize import normalize
    from reconcile.model.uncertainty import model_intervals
    from tests.helpers import table
    # Some rows restate the first (a restatement when their currencies differ).
    df = normalize(table(*[dict(metric="zorp_fees", amount=a, currency=c,
                                restates="f0" if r and i else None)
                           for i, (a, c, r) in enumerate(rows)]))
    by_columns = model_intervals(df, df["role"].eq("restatement"))
    assert df[["u", "s_low", "s_high"]].equals(by_columns)


@settings(max_examples=examples(120), deadline=None)
@given(st.lists(CELLS, max_size=14))
def test_first_rows_are_where_each_text_first_appears(cells):
    from reconcile.model.distinct import first_rows, numbered
    codes = pd.factorize(np.asarray(cells, dtype=object))[0]
    want = [i for i, c in enumerate(codes) if c >= 0 and c not in codes[:i]]
    assert first_rows(codes).tolist() == want
    assert numbered(cells, codes)[1].tolist() == [cells[i] for i in want]


@settings(max_examples=examples(120), deadline=None)
@given(st.lists(st.tuples(CELLS, st.sampled_from([-1, 0, 3, 7, 2 ** 40]), st.booleans()),
                max_size=14))
def test_distinct_keys_integer_columns_by_their_values(rows):
    # Text numbers (-1 for missing), integers too far apart to shift, flags: as normalize
    # passes them, without hashing the small ones again.
    codes = pd.factorize(np.asarray([t for t, _, _ in rows], dtype=object))[0]
    ints = np.array([i for _, i, _ in rows], dtype=np.int64)
    flags = np.array([f for *_, f in rows], dtype=bool)
    keys = distinct(codes, ints, flags)
    frame = pd.DataFrame({"c": codes, "i": ints, "f": flags})
    assert keys.codes.tolist() == frame.groupby(["c", "i", "f"], sort=False).ngroup().tolist()
    assert keys.first.tolist() == frame.drop_duplicates().index.tolist()


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.lists(st.integers(0, 15), min_size=17, max_size=17), min_size=1,
                max_size=40))
@example([[i] * 17 for i in range(16)] + [[15] + [0] * 16])
def test_distinct_keys_many_columns_without_overflowing(rows):
    # Seventeen columns of 16 values combine to 2**68 keys: the key is renumbered on the way
    # (unrenumbered, the first column's digit is shifted out of 64 bits: the example's last
    # row would take its first row's key).
    columns = np.array(rows, dtype=np.int64).T
    keys = distinct(*columns)
    frame = pd.DataFrame(columns.T)
    assert keys.codes.tolist() == frame.groupby(list(frame.columns), sort=False).ngroup().tolist()
    assert keys.first.tolist() == frame.drop_duplicates().index.tolist()


@settings(max_examples=examples(120), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["m1", "m2", None]),
                          st.sampled_from(["cumulative", None]),
                          st.sampled_from(["2024-03-01", "2024-03-05", "2024", "2024-04",
                                           "2024-03-04/2024-03-05"]),
                          st.sampled_from(["2024-03-05", "2024-04-30"])), max_size=10))
def test_news_dates_are_read_as_the_rule_with_isin_reads_them(rows):
    from reconcile.model import as_of_window
    df = pd.DataFrame(rows, columns=["metric", "kind", "as_of", "published"], dtype=object)
    firsts = {"2024": "2024-01-01", "2024-04": "2024-04-01", "2024-03-04/2024-03-05": "2024-03-04"}
    lasts = {"2024": "2024-12-31", "2024-04": "2024-04-30", "2024-03-04/2024-03-05": "2024-03-05"}
    df = df.assign(as_of_first=pd.to_datetime(df["as_of"].map(lambda t: firsts.get(t, t))),
                   as_of_last=pd.to_datetime(df["as_of"].map(lambda t: lasts.get(t, t))),
                   pub_first=pd.to_datetime(df["published"]),
                   pub_last=pd.to_datetime(df["published"]))
    # The rule as first written: a metric with any cumulative figure is a running total.
    running = df["metric"].isin(df.loc[df["kind"].eq("cumulative"), "metric"])
    # ... and a span of days is read by its last day; a month of the same days is no news date
    lead = (df["pub_first"] - df["as_of_last"]).dt.days
    days = df["as_of"].str.contains("/")
    want = ((df["as_of_first"].eq(df["as_of_last"]) | days) & df["pub_first"].eq(df["pub_last"])
            & lead.between(0, as_of_window.NEWS_DAYS) & ~running)
    codes = pd.factorize(df["metric"].to_numpy(dtype=object))[0]
    assert as_of_window.news_dated(df).tolist() == want.tolist()
    assert as_of_window.news_dated(df, codes).tolist() == want.tolist()


def test_a_column_set_on_few_rows_reads_back_its_values_and_nan_elsewhere():
    from reconcile.model.normalize import _set_at
    at = np.array([1, 3])
    got = pd.Series(_set_at(10, at, np.array([1.5, "2024-03-05"], dtype=object))).tolist()
    assert got[1] == 1.5 and got[3] == "2024-03-05"
    assert all(isinstance(v, float) and math.isnan(v) for i, v in enumerate(got) if i not in at)
    # A None set stays None, and the normalized figures save to Parquet (a sparse column did
    # neither once concatenated, and refused Parquet).
    column = _set_at(10, at, np.array([None, 2.0], dtype=object))
    assert column.dtype == object
    dense = pd.Series(column).tolist()
    assert dense[1] is None and dense[3] == 2.0
    assert pd.concat([pd.Series(column), pd.Series(_set_at(4, at, np.array([1.5, 2.0])))]
                     ).tolist()[1] is None


def _fresh(text: str) -> str:
    """An equal text in an object of its own."""
    copy = (text + ".")[:-1]
    assert copy == text and copy is not text
    return copy


@settings(max_examples=examples(120), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["ab", "cd", "", None, math.nan, "nan-object"]),
                          st.booleans()), max_size=14), st.integers(0, 4))
def test_objects_numbered_by_address_then_value_as_factorize_numbers_them(cells, sample):
    # Each text shared or in an object of its own (a copy), NaN as one object or many; a sample
    # of 0 to 4 cells decides whether the addresses are numbered first, so both ways are tried
    # on the same cells.
    from reconcile.model import distinct as D
    values = np.array([float("nan") if v == "nan-object" else
                       _fresh(v) if copy and isinstance(v, str) and v else v
                       for v, copy in cells], dtype=object)
    was, D._SAMPLE = D._SAMPLE, sample
    try:
        codes, uniques = D.factorized(values)
    finally:
        D._SAMPLE = was
    want, want_uniques = pd.factorize(values)
    assert codes.tolist() == want.tolist()
    # The same objects: each value's first cell.
    assert len(uniques) == len(want_uniques)
    assert all(a is b for a, b in zip(uniques, want_uniques))


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["500", "5억 원", "$3 million", "약 7억"]),
                          st.sampled_from(["USD", "KRW", "", None]), st.sampled_from(["m1", "m2"])),
                min_size=1, max_size=8))
@example([("500", "USD", "m1"), ("5억 원", None, "m1")])       # a tie the given cell breaks
def test_normalize_chooses_reference_currencies_by_numbers_as_the_columns_rule_does(rows):
    # normalize tallies the given currency, the restatements and the families by their numbers;
    # `reference_currency` of the table alone reads its columns (ties: the given currency).
    from reconcile.model.normalize import normalize
    from tests.helpers import table
    df = normalize(table(*(dict(amount=a, currency=c, metric=m) for a, c, m in rows)))
    want = reference_currency(df.drop(columns="ref"))
    assert df["ref"].fillna("-").tolist() == want.fillna("-").tolist()
