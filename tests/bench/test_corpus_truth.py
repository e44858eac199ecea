"""bench/corpus_truth.py: a labelled corpus's rows as figures, with their parts."""
import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "bench" / "corpus_truth.py"
_spec = importlib.util.spec_from_file_location("bench_corpus_truth", _PATH)
corpus_truth = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = corpus_truth
_spec.loader.exec_module(corpus_truth)


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
