"""Restatement links inferred from a shared quote, judged as columns (issue 19 item 2): the
same links as a walk over every pair, on pairs mixed with ones that must not link."""
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.store.restatements import links


def _rows(*rows):
    df = pd.DataFrame([{**dict(source="s.txt", metric="widget_sales", restates=None), **r}
                       for r in rows])
    return df.set_index(pd.Index([10 * (i + 1) for i in range(len(df))]))


def test_only_a_two_currency_pair_without_a_stated_link_is_inferred():
    q1, q2, q3 = ("Gizmo Corp spent $3 million (약 40억 원) on it",
                  "Blip said €5 million, or about $6 million",
                  "Three: $1 million, 13억 원 and ¥150 million")
    df = _rows(
        # a pair: the won figure comes later in the sentence, so it restates the dollars
        dict(id="a-krw", amount="약 40억 원", currency="KRW", quote=q1),
        # another pair, its rows between those of the first: pairs are found by quote, not
        # by neighbouring lines
        dict(id="h-usd", amount="$8 million", currency="USD", quote="Fizz got $8 million (90억 원)"),
        dict(id="a-usd", amount="$3 million", currency="USD", quote=q1),
        dict(id="h-krw", amount="90억 원", currency="KRW", quote="Fizz got $8 million (90억 원)"),
        # a pair whose one figure already states what it restates: left to that column
        dict(id="b-eur", amount="€5 million", currency="EUR", quote=q2),
        dict(id="b-usd", amount="$6 million", currency="USD", quote=q2, restates="z-other"),
        # three figures of one quote: no pair
        dict(id="c-usd", amount="$1 million", currency="USD", quote=q3),
        dict(id="c-krw", amount="13억 원", currency="KRW", quote=q3),
        dict(id="c-jpy", amount="¥150 million", currency="JPY", quote=q3),
        # one currency twice, and a figure without a quote: no pair
        dict(id="d-1", amount="$2 million", currency="USD", quote="$2 million then $2 million"),
        dict(id="d-2", amount="$2 million", currency="USD", quote="$2 million then $2 million"),
        dict(id="e-1", amount="$9 million", currency="USD", quote=None),
        dict(id="e-2", amount="90억 원", currency="KRW", quote=None),
        # not money: never part of a pair
        dict(id="f-1", amount="5 days", currency=None, quote=q1),
    )
    out = links(df)
    assert out.index.equals(df.index)
    inferred = out[out["link"].eq("inferred")]
    assert dict(zip(df.loc[inferred.index, "id"], inferred["original"])) == {"a-krw": "a-usd",
                                                                      "h-krw": "h-usd"}
    assert out.loc[df["id"].eq("b-usd"), "link"].tolist() == ["stated"]
    assert out.loc[df["id"].eq("b-usd"), "original"].tolist() == ["z-other"]
    assert out.loc[df["id"].eq("b-eur"), "original"].isna().all()


def test_no_money_no_links():
    df = _rows(dict(id="g-1", amount="5 days", currency=None, quote="it took 5 days"))
    out = links(df)
    assert out["original"].isna().all() and out["link"].isna().all()


# The rule written pair by pair, as a reader would apply it: the oracle for `links`' columns.
def _walk(df):
    original = {i: (r if isinstance(r, str) and r else None)
                for i, r in zip(df.index, df["restates"])}
    linked = {x for x in original.values() if x} | {df.at[i, "id"] for i in df.index
                                                   if original[i]}
    inferred = {}
    money = df[df["currency"].notna() & df["quote"].notna()]
    for _, g in money.groupby(["source", "metric", "quote"], sort=False):
        if len(g) != 2 or g["currency"].nunique() != 2 or set(g["id"]) & linked:
            continue
        where = [(g.at[i, "quote"].find(g.at[i, "amount"]), i) for i in g.index]
        if any(p < 0 for p, _ in where) or where[0][0] == where[1][0]:
            continue
        (_, first), (_, second) = sorted(where)
        inferred[second] = df.at[first, "id"]
    return original, inferred


_AMOUNTS = [("$3 million", "USD"), ("40억 원", "KRW"), ("€5 million", "EUR"), ("$8 million", "USD")]


@st.composite
def _figures(draw):
    n = draw(st.integers(1, 14))
    rows = []
    for i in range(n):
        quote = draw(st.sampled_from(["q1", "q2", "q3", None]))
        amount, currency = draw(st.sampled_from(_AMOUNTS + [("9 days", None)]))
        rows.append(dict(id=f"x{i}", source=draw(st.sampled_from(["a.txt", "b.txt"])),
                         metric=draw(st.sampled_from(["m1", "m2"])), amount=amount,
                         currency=currency, quote=quote,
                         restates=draw(st.sampled_from([None, None, None, "", "x0", "zz"]))))
    # A quote holds the amounts it names, in a drawn order ("q1" is a placeholder for it).
    order = draw(st.permutations([a for a, _ in _AMOUNTS]))
    text = {q: f"{q}: " + ", then ".join(order) for q in ("q1", "q2", "q3")}
    for r in rows:
        r["quote"] = text.get(r["quote"])
    return _rows(*rows)


@settings(deadline=None)
@given(_figures())
def test_links_are_the_pair_by_pair_rule(df):
    out = links(df)
    original, inferred = _walk(df)
    want = {i: inferred.get(i, original[i]) for i in df.index}
    got = {i: (x if isinstance(x, str) else None) for i, x in out["original"].items()}
    assert got == want
    kinds = {i: ("inferred" if i in inferred else "stated" if original[i] else None)
             for i in df.index}
    assert {i: (x if isinstance(x, str) else None) for i, x in out["link"].items()} == kinds
