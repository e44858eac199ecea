"""bench/corpus_truth.py: a labelled corpus's rows as figures, with their parts."""
import pytest

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


def _range_corpus(tmp_path, rows):
    (tmp_path / "index.csv").write_text(
        "file,language,topic,published,publisher,url,date_note,money_amounts\n"
        "01_a.txt,ko,t,2021-05-03,P,http://p.example/1,,5\n", encoding="utf-8")
    (tmp_path / "truth.csv").write_text(
        "file,amount_text,value,currency,bound,converts,fact,as_of,note\n" + "".join(
            f"01_a.txt,{t},{v},{c},{b},{cv},{f},2021-05-03,\n" for t, v, c, b, cv, f in rows),
        encoding="utf-8")
    return corpus_truth.figures_from_truth(tmp_path)[0]


# A fine stated as a range end by end, each end labelled `range` with its own conversion.
FINE_RANGE = [
    ("5000만 달러", 5e7, "USD", "range", "", "fine"),
    ("560억 원", 5.6e10, "KRW", "range", "5000만 달러", "fine"),
    ("9000만 달러", 9e7, "USD", "range", "", "fine"),
    ("1008억 원", 1.008e11, "KRW", "range", "9000만 달러", "fine"),
]


def test_a_range_labelled_as_its_two_ends_is_one_range_figure_with_one_conversion(tmp_path):
    # Made-up: "a fine between 5000만 달러 (560억 원) and 9000만 달러 (1008억 원)", each end
    # labelled `range` with its own conversion, beside a point of another fact.
    figs = _range_corpus(tmp_path, [
        *FINE_RANGE,
        ("2억 달러", 2e8, "USD", "exact", "", "claim")])
    assert list(figs["amount"]) == ["5000만 달러~9000만 달러", "560억 원~1008억 원", "2억 달러"]
    assert list(figs["restates"].fillna("")) == ["", "c01-01", ""]
    assert corpus_truth.figure_ids(figs, "01_a.txt", "9000만 달러") == {"c01-01"}

    from reconcile.api import reconcile
    findings = reconcile(figs.drop(columns=corpus_truth.LABEL_COLUMNS)).findings
    assert not (findings["severity"].isin(["low", "medium", "high"])).any()


def test_a_range_end_of_another_fact_or_a_lone_end_stays_as_labelled(tmp_path):
    # Two ends of two facts are no range; an end with no partner is kept as its point.
    figs = _range_corpus(tmp_path, [
        ("5000만 달러", 5e7, "USD", "range", "", "fine"),
        ("9000만 달러", 9e7, "USD", "range", "", "bail"),
        ("7000만 달러", 7e7, "USD", "range", "", "fine"),
        ("3000만 달러", 3e7, "USD", "range", "", "fee")])
    assert list(figs["amount"]) == ["5000만 달러~7000만 달러", "9000만 달러", "3000만 달러"]


@pytest.mark.parametrize("converted", ["5000만 달러", "9000만 달러"])
def test_a_range_with_one_end_converted_alone_keeps_its_ends_apart(tmp_path, converted):
    # Made-up: "between 5000만 달러 and 9000만 달러", one end followed by its conversion. Joined,
    # that conversion would restate a range as a point (low end) or a dropped row (high end).
    figs = _range_corpus(tmp_path, [
        ("5000만 달러", 5e7, "USD", "range", "", "fine"),
        ("9000만 달러", 9e7, "USD", "range", "", "fine"),
        *[(t, v, "KRW", "range", converted, "fine") for t, v, end in
          [("560억 원", 5.6e10, "5000만 달러"), ("1008억 원", 1.008e11, "9000만 달러")]
          if end == converted]])
    assert list(figs["amount"])[:2] == ["5000만 달러", "9000만 달러"]
    by_text = dict(zip(figs["amount_text"], figs["id"]))
    assert figs["restates"].iloc[2] == by_text[converted]


def test_a_joined_range_keeps_its_ends_beside_another_facts_same_amount_converted(tmp_path):
    # Made-up: the range's low end and a fee of another fact are both "5000만 달러", each with its
    # own conversion: the fee's conversion is not the range's, so the range stays joined.
    figs = _range_corpus(tmp_path, [
        *FINE_RANGE,
        ("5000만 달러", 5e7, "USD", "exact", "", "fee"),
        ("약 560억 원", 5.6e10, "KRW", "approx", "5000만 달러", "fee")])
    assert list(figs["amount"])[:2] == ["5000만 달러~9000만 달러", "560억 원~1008억 원"]


def test_an_amount_written_with_two_currencies_matches_a_label_in_either_reading():
    # Made-up: "$6 trillion won", kept with both readings (read in won, the sign's dollar kept):
    # a label in dollars or in won matches it; a label in yen does not.
    from currency.text.readings import read_once
    a = read_once("$6 trillion won")
    assert a.currency == "KRW" and a.two_currencies is not None
    label = {"value": "6000000000000", "bound": "exact", "amount_text": "$6 trillion won"}
    assert [corpus_truth.match_strength(dict(label, currency=c), a, a.currency, a.span)
            for c in ("USD", "KRW", "JPY")] == [3, 3, 0]
