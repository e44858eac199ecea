"""bench/corpus_truth.py: a labelled corpus's rows as figures, with their parts."""
from tests.bench import bench_module

corpus_truth = bench_module("corpus_truth")


def test_a_part_that_is_a_total_is_part_of_the_total_before_it(tmp_path):
    (tmp_path / "index.csv").write_text(
        "file,language,topic,published,publisher,url,date_note,money_amounts\n"
        "01_a.txt,en,t,2021-05-03,P,http://p.example/1,,5\n", encoding="utf-8")
    rows = [("$90 million", "deal", "total of the parts below"), ("$60 million", "cash", "part"),
            ("$30 million", "other", "part; total of the two parts below"),
            ("$20 million", "notes", "part"), ("$10 million", "fees", "part")]
    (tmp_path / "truth.csv").write_text(
        "file,amount_text,value,currency,bound,converts,fact,as_of,note\n" + "".join(
            f"01_a.txt,{t},1,USD,exact,,{f},2021-05-03,{n}\n" for t, f, n in rows),
        encoding="utf-8")
    figs, _ = corpus_truth.figures_from_truth(tmp_path)
    assert dict(zip(figs["metric"], figs["part_of"].fillna(""))) == {
        "deal": "", "cash": "deal", "other": "deal", "notes": "other", "fees": "other"}


def test_a_part_after_a_counted_total_s_parts_is_part_of_the_total_around_it(tmp_path):
    # Made-up: a $90 million deal of $50 million cash, $30 million deferred (itself "total of the
    # two installments below") and a $10 million earn-out: the earn-out is the deal's part, not
    # a third installment.
    (tmp_path / "index.csv").write_text(
        "file,language,topic,published,publisher,url,date_note,money_amounts\n"
        "01_a.txt,en,t,2021-05-03,P,http://p.example/1,,6\n", encoding="utf-8")
    rows = [("$90 million", "deal", "total of the parts below"), ("$50 million", "cash", "part"),
            ("$30 million", "deferred", "part; total of the two installments below (20 + 10)"),
            ("$20 million", "first", "part"), ("$10 million", "second", "part"),
            ("$10 million", "earnout", "part: paid on milestones")]
    (tmp_path / "truth.csv").write_text(
        "file,amount_text,value,currency,bound,converts,fact,as_of,note\n" + "".join(
            f"01_a.txt,{t},1,USD,exact,,{f},2021-05-03,\"{n}\"\n" for t, f, n in rows),
        encoding="utf-8")
    figs, _ = corpus_truth.figures_from_truth(tmp_path)
    assert dict(zip(figs["metric"], figs["part_of"].fillna(""))) == {
        "deal": "", "cash": "deal", "deferred": "deal", "first": "deferred",
        "second": "deferred", "earnout": "deal"}


def test_a_labelled_bound_the_text_leaves_out_is_written_into_the_amount(tmp_path):
    # "15조원 돌파" labelled at_least with the text 15조원: the figure states the bound, as a person
    # entering it would; a text that says its own hedge is left as written.
    (tmp_path / "index.csv").write_text(
        "file,language,topic,published,publisher,url,date_note,money_amounts\n"
        "01_a.txt,ko,t,2021-05-03,P,http://p.example/1,,4\n", encoding="utf-8")
    rows = [("15조원", "at_least"), ("70달러", "at_most"), ("약 3조원", "approx"),
            ("$5 billion", "approx"), ("2조원", "exact")]
    (tmp_path / "truth.csv").write_text(
        "file,amount_text,value,currency,bound,converts,fact,as_of,note\n" + "".join(
            f"01_a.txt,{t},1,{'USD' if '$' in t or '달러' in t else 'KRW'},{b},,f{n},2021-05-03,\n"
            for n, (t, b) in enumerate(rows)), encoding="utf-8")
    figs, _ = corpus_truth.figures_from_truth(tmp_path)
    assert list(figs["amount"]) == ["15조원 이상", "70달러 이하", "약 3조원", "about $5 billion",
                                    "2조원"]
    assert list(figs["quote"]) == [t for t, _ in rows]
