"""What the normalized table holds, for memory at a million figures: repeated text is one shared
object, and the columns no check or view reads are not built."""
import math

import pandas as pd

from reconcile.engines.local import evidence_base
from reconcile.model.normalize import normalize
from tests.helpers import table


def _as_loaded(df: pd.DataFrame) -> pd.DataFrame:
    """The table as `load_figures` gives a large file: text in pandas' string dtype."""
    text = [c for c in df.columns if c != "line" and df[c].notna().any()]
    return df.astype({c: "str" for c in text})


def test_repeated_text_is_one_object_and_missing_stays_missing():
    rows = [dict(metric="zorblat_sales", amount="$42 million", source="acme.txt",
                 part_of=None if i else "zorblat_total") for i in range(3)]
    rows.append(dict(metric="zorblat_total", amount="$99 million", source="acme.txt"))
    df = evidence_base(_as_loaded(table(*rows)))
    # What the file says, what its reading says, and what normalization and agreement add.
    for col in ("metric", "amount", "source", "as_of", "currency", "bound", "span", "role",
                "family", "ref", "c_unit", "n_unit", "status", "side"):
        assert df[col].dtype == object
        # Three rows, one text: one object in memory, not three copies.
        assert df[col].iloc[0] is df[col].iloc[1] is df[col].iloc[2]
    assert df["metric"].tolist() == ["zorblat_sales"] * 3 + ["zorblat_total"]
    assert df["part_of"].iloc[0] == "zorblat_total"
    # A missing cell is what `astype(object)` of the string column gives: NaN, not a string.
    assert all(isinstance(v, float) and math.isnan(v) for v in df["part_of"].iloc[1:])


def test_columns_no_reader_uses_are_not_built():
    df = normalize(_as_loaded(table(dict(metric="quux_revenue", amount="€7 million"))))
    assert not [c for c in df.columns if c.startswith(("c_ra_", "c_rp_", "cpi_"))]
    # What the checks and views do read is there.
    for col in ("c_low", "c_high", "n_low", "rate_low_date", "xa_rate_low", "xp_rate_high"):
        assert col in df.columns


def test_real_money_scales_the_shown_interval_only():
    plain = normalize(table(dict(metric="quux_cost", amount="$10 million", as_of="2015")))
    real = normalize(table(dict(metric="quux_cost", amount="$10 million", as_of="2015")),
                     real_as_of=pd.Timestamp("2023-06-30").date())
    assert real["c_low"].iloc[0] == plain["c_low"].iloc[0]
    # Prices rose from 2015 to 2023: the same dollars are more 2023 dollars.
    assert real["n_low"].iloc[0] > plain["n_low"].iloc[0]
    assert real["n_high"].iloc[0] > plain["n_high"].iloc[0]


def test_each_rows_interval_is_its_own_reading_when_readings_repeat():
    from currency.amount import stated_interval
    from reconcile.model.uncertainty import model_intervals
    amounts = ["$42 million", "약 6000억 원", "$42 million", "over $3 billion", "약 6000억 원",
               "18~25 dollars", "5 days", "$42 million", "$7,215,406", "7,215,406원", "$7,215,406"]
    df = normalize(table(*[dict(metric="zorp_fees", amount=a) for a in amounts]))
    restated = pd.Series([False, True, False, False, False, False, False, False, False, False, True],
                         index=df.index)
    out = model_intervals(df, restated)
    for i, r in enumerate(df.itertuples()):
        want = stated_interval(float(r.value), float(r.precision), r.span, r.bound, float(r.low),
                               float(r.high), r.currency, bool(r.vague),
                               bool(restated.iloc[i]))
        assert tuple(out.iloc[i]) == tuple(want), amounts[i]
    # Cents cut from a whole dollar amount, none from won nor from a conversion.
    assert out["s_high"].iloc[8:].tolist() == [7215407, 7215406.5, 7215406.5]


def test_conversion_words_over_a_column_say_what_they_say_pair_by_pair():
    from reconcile.model.conversion_words import said_to_be_conversion, said_to_be_conversions
    q = "Quimby paid $5 million, the equivalent of 60억 원, and 2 million euros at the time"
    pairs = [("60억 원", q), ("$5 million", q), ("우리 돈으로 7억 원", "no marker here"),
             ("60억 원", "Quimby paid 60억 원"), ("2 million euros", q), (None, q), ("$1", None),
             ("$9 million", "Zed got $9 million at the prevailing exchange rate"),
             ("$9 million", "Zed got $9 million, and later much more money at the prevailing exchange rate"),
             ("약 60억 원", "우리 돈으로 약 60억 원")]
    want = [said_to_be_conversion(a, b) for a, b in pairs]
    assert said_to_be_conversions([a for a, _ in pairs], [b for _, b in pairs]).tolist() == want
    # The cases hold both answers, including a marker far from the amount in a marked quote.
    assert want[0] and want[2] and want[4] and want[7] and want[9]
    assert not (want[1] or want[3] or want[5] or want[6] or want[8])


def test_each_family_converts_to_its_own_reference_currency_beside_others():
    # Families in three reference currencies, one day: the rates and unit labels looked up per
    # (currency, day, target) must follow each row's own target, as normalizing it alone does.
    rows = [dict(id=f"r{i}", metric=metric, amount=amount, source=f"s{i}.txt",
                 as_of="2024-03-01", published="2024-03-02")
            for i, (metric, amount) in enumerate([
                ("zorblat_sales", "500억 원"), ("zorblat_sales", "$40 million"),
                ("zorblat_sales", "510억 원"), ("quux_revenue", "€7 million"),
                ("quux_revenue", "$8 million"), ("quux_revenue", "€7.2 million"),
                ("blip_cost", "$3 million"), ("blip_cost", "$3.1 million")])]
    whole = normalize(_as_loaded(table(*rows)))
    assert whole["ref"].nunique() == 3
    for i in range(len(rows)):
        family = [r for r in rows if r["metric"] == rows[i]["metric"]]
        alone = normalize(_as_loaded(table(*family)))
        row = alone[alone["id"] == rows[i]["id"]].iloc[0]
        for col in ("ref", "c_unit", "c_low", "c_high", "n_unit", "n_low", "rate_low"):
            assert whole[col].iloc[i] == row[col], (rows[i]["id"], col)
