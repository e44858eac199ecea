"""bench/corpus_findings.py: a labelled figure a figures file refuses is left out and said, not a
traceback."""
from tests.bench import bench_module

corpus_findings = bench_module("corpus_findings")


def test_a_currency_with_no_rate_is_left_out_and_said(tmp_path):
    # Made-up: the Kuwaiti dinar (held to a basket, not the dollar) has no rate in the data; the
    # dirham has one through its peg, and its conversion of the right size agrees.
    (tmp_path / "index.csv").write_text(
        "file,language,topic,published,publisher,url,date_note,money_amounts\n"
        "01_a.txt,en,t,2024-03-01,P,http://p.example/1,,2\n"
        "02_b.txt,en,t,2024-03-02,Q,http://q.example/2,,2\n", encoding="utf-8")
    (tmp_path / "truth.csv").write_text(
        "file,amount_text,value,currency,bound,converts,fact,as_of,note\n"
        "01_a.txt,AED 12.9 billion,1,AED,exact,,deal,2024-03-01,\n"
        "01_a.txt,$3.5 billion,1,USD,exact,AED 12.9 billion,deal,2024-03-01,\n"
        "02_b.txt,KWD 1 billion,1,KWD,exact,,deal,2024-03-01,\n"
        "02_b.txt,$3.51 billion,1,USD,exact,KWD 1 billion,deal,2024-03-01,\n", encoding="utf-8")
    (tmp_path / "expected.csv").write_text("id,file,fact,amount_text,kind\n", encoding="utf-8")
    s = corpus_findings.score(tmp_path)
    assert [x.split(" ", 1)[0] for x in s["left_out"]] == ["c02-01"]
    assert "KWD has no exchange rates" in s["left_out"][0]
    assert sorted(s["figures"]["id"]) == ["c01-01", "c01-02", "c02-02"]
    assert s["figures"].set_index("id")["restates"].isna()["c02-02"]
    assert s["alarms"] == [] and s["found"] == set()
