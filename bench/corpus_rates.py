"""The rate allowance, measured: how far real writers' conversions are from the ECB fixings.

Run: python bench/corpus_rates.py [../shared/corpus]

For every conversion in the corpus's truth (a figure restating another in a second currency), the
implied rate is compared with the ECB band of the fact's as_of and of the publication date. The
writer's rounding is allowed for (the trailing-zero rule of `reconcile.model.uncertainty`); what is left
is the allowance that conversion needs. Correct conversions show how large the allowance must be;
the known wrong ones (expected.csv) how small it must stay.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus_truth import LABEL_COLUMNS, figures_from_truth  # noqa: E402

from reconcile.model.normalize import fx_band, normalize  # noqa: E402


def needed(lo: float, hi: float, band_lo: float, band_hi: float) -> float:
    """The relative widening of [band_lo, band_hi] that makes it meet [lo, hi] (0 if it does)."""
    if hi < band_lo:
        return band_lo / hi - 1
    if lo > band_hi:
        return 1 - band_hi / lo
    return 0.0


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    figs, _ = figures_from_truth(corpus)
    wrong = set(pd.read_csv(corpus / "expected.csv", dtype=str)["amount_text"])
    df = normalize(figs.drop(columns=LABEL_COLUMNS)).set_index("id")
    df["amount_text"] = figs.set_index("id")["amount_text"]
    rows = []
    for fid, r in df[df["role"].eq("restatement")].iterrows():
        o = df.loc[r["original"]]
        v = o["value"]
        lo, hi = (r["value"] - r["u"] / 2) / v, (r["value"] + r["u"] / 2) / v
        best = min(needed(lo, hi, b["rate_low"], b["rate_high"])
                   for b in (fx_band(o["currency"], r["currency"], r["as_of"]),
                             fx_band(o["currency"], r["currency"], r["published"])))
        rows.append((fid, r["amount_text"], o["amount_text"], best,
                     r["amount_text"] in wrong or o["amount_text"] in wrong))
    t = pd.DataFrame(rows, columns=["id", "restatement", "original", "needed", "known_wrong"])
    t = t.sort_values("needed")
    for r in t.itertuples():
        mark = "  (a known discrepancy)" if r.known_wrong else ""
        print(f"  {r.needed:8.2%}  {r.id} {r.restatement!r} for {r.original!r}{mark}")
    ok = t[~t["known_wrong"]]["needed"]
    bad = t[t["known_wrong"]]["needed"]
    print(f"correct conversions: {len(ok)}; allowance needed: median {ok.median():.2%}, "
          f"largest {ok.max():.2%}")
    print(f"known wrong conversions: {len(bad)}; smallest allowance that would accept one: "
          f"{bad.min():.2%}")


if __name__ == "__main__":
    main()
