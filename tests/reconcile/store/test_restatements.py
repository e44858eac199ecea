"""`restatements.links`: the restatement inferred from a shared quote, decided for all quotes at
once (made-up companies and amounts)."""
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.store.restatements import links, problems


def _rows(*rows):
    cols = ["id", "source", "metric", "quote", "amount", "currency", "restates"]
    return pd.DataFrame([dict(zip(cols, r)) for r in rows])


def test_the_later_figure_of_a_two_currency_quote_restates_the_earlier():
    q = "Dorimon will spend 3억 달러(약 4000억 원) on a plant."
    df = _rows(("w", "a.txt", "capex", q, "약 4000억 원", "KRW", None),
               ("d", "a.txt", "capex", q, "3억 달러", "USD", None))
    got = links(df)
    assert got.loc[0, "original"] == "d" and got.loc[0, "link"] == "inferred"
    assert pd.isna(got.loc[1, "original"]) and pd.isna(got.loc[1, "link"])


def test_no_inference_where_the_quote_is_ambiguous_or_a_figure_is_already_linked():
    q1 = "Halvex paid 2억 달러(2600억 원)."
    q2 = "Halvex raised 5억 달러, 5억 달러 again, in 6500억 원."
    q3 = "Orlin booked 7억 달러 in May and 8억 달러 in June."
    df = _rows(
        # a stated link elsewhere in the quote: the pair is left as the file says
        ("s1", "b.txt", "deal", q1, "2억 달러", "USD", None),
        ("s2", "b.txt", "deal", q1, "2600억 원", "KRW", "s1"),
        # three money figures in one quote: no pair
        ("t1", "b.txt", "raise", q2, "5억 달러", "USD", None),
        ("t2", "b.txt", "raise", q2, "5억 달러", "USD", None),
        ("t3", "b.txt", "raise", q2, "6500억 원", "KRW", None),
        # one currency only: no conversion
        ("u1", "c.txt", "sales", q3, "7억 달러", "USD", None),
        ("u2", "c.txt", "sales", q3, "8억 달러", "USD", None),
    )
    got = links(df).set_index(df["id"])
    assert got.loc["s2", "link"] == "stated" and pd.isna(got.loc["s1", "link"])
    assert got.loc[["t1", "t2", "t3", "u1", "u2"], "link"].isna().all()


def test_pairs_of_many_quotes_each_link_within_their_own_quote():
    rows = []
    for n in range(5):
        q = f"Quarn{n} sold {n + 1}억 달러({(n + 1) * 13}00억 원) of bonds."
        rows += [(f"k{n}", f"{n}.txt", "bonds", q, f"{(n + 1) * 13}00억 원", "KRW", None),
                 (f"u{n}", f"{n}.txt", "bonds", q, f"{n + 1}억 달러", "USD", None)]
    got = links(_rows(*rows))
    assert got["original"].fillna("-").tolist() == [x for n in range(5) for x in (f"u{n}", "-")]
    assert got["link"].fillna("-").tolist() == ["inferred", "-"] * 5


# Rows restating one another at random (ids given twice, self-links, links to nothing): every
# row whose id's chain of restates comes back to it is named once, as a plain walk finds it.
@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcdef"), st.sampled_from(["", "a", "b", "c", "d",
                                                                      "e", "f", "x"])),
                max_size=12))
def test_every_id_on_a_restates_cycle_is_named(pairs):
    rows = [{"line": i + 2, "id": fid, "metric": "m", "restates": to or None}
            for i, (fid, to) in enumerate(pairs)]
    target = {r["id"]: r["restates"] for r in rows if r["restates"] and r["restates"] != r["id"]}

    def comes_back(fid):
        node = target.get(fid)
        for _ in range(len(target)):
            if node == fid:
                return True
            node = target.get(node)
        return False
    line_of = {r["id"]: r["line"] for r in rows}
    want = sorted((line_of[f], f) for f in target if comes_back(f))
    got = [(p.line, p.reason.split(" from ")[1].split(" ")[0])
           for p in problems(rows) if "cycle" in p.reason]
    assert got == want
