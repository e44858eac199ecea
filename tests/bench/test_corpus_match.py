"""bench/corpus_scan.py and bench/corpus_extract.py: labelled amounts matched to what was read."""
import sys

import pytest

from tests.bench import bench_module as _load


def _label(text, value, currency, bound="exact"):
    return dict(amount_text=text, value=str(value), currency=currency, bound=bound, fact="f",
                as_of="2021-05-03", converts="", note="")


def test_scan_finds_a_range_label_by_its_low_end():
    # truth.csv gives a range its low end; the figure reads as its middle.
    scan = _load("corpus_scan")
    rows = [dict(id="x-01", source="01_a.txt", amount="3~4조원", currency=None),
            dict(id="x-02", source="01_a.txt", amount="$20-30 million", currency=None)]
    truth = {"01_a.txt": [_label("3~4조원", 3e12, "KRW", "range"),
                          _label("$20-30 million", 2e7, "USD", "range")]}
    assert {n: r["id"] for (_, n), r in scan.match(rows, truth).items()} == {0: "x-01", 1: "x-02"}


def test_an_unread_label_does_not_take_a_later_labels_amount_by_its_number(tmp_path):
    # "W 1 trl" does not read as the label's amount (only "W 1", one won); its number "1" sits in
    # "1 trillion won", which then must stay the
    # label "1 trillion won"'s, and "over 1 trillion won" the label of that text.
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "01_a.txt").write_text(
        "# header\nCourt upholds W 1 trl fine\nThe court upheld the 1 trillion won fine. The "
        "regulator had imposed penalties of over 1 trillion won.\n", encoding="utf-8")
    (tmp_path / "index.csv").write_text(
        "file,language,topic,published,publisher,url,date_note,money_amounts\n"
        "01_a.txt,en,t,2019-12-04,P,http://p.example/1,,3\n", encoding="utf-8")
    labels = [("W 1 trl", "exact"), ("1 trillion won", "exact"), ("over 1 trillion won", "at_least")]
    (tmp_path / "truth.csv").write_text(
        "file,amount_text,value,currency,bound,converts,fact,as_of,note\n" + "".join(
            f"01_a.txt,{t},1000000000000,KRW,{b},,f,2016-12-28,\n" for t, b in labels),
        encoding="utf-8")
    extract = _load("corpus_extract")
    import contextlib
    import io
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        n = extract.measure(tmp_path, listing=True)
    missed = [line for line in out.getvalue().splitlines() if "missed" in line]
    assert n["found"] == 2 and len(missed) == 1 and "'W 1 trl'" in missed[0]


@pytest.mark.parametrize("listing", ["--show-as-of-misses", "--splits"])
def test_scan_refuses_to_record_a_listing_that_quotes_articles(monkeypatch, capsys, listing):
    # bench/RESULTS.md is in the project, which keeps no article's text
    scan = _load("corpus_scan")
    monkeypatch.setattr(sys, "argv", ["corpus_scan.py", "nowhere", "--record", listing])
    monkeypatch.setattr(scan, "run", lambda *a: pytest.fail("ran"))
    with pytest.raises(SystemExit) as exit_:
        scan.main()
    assert exit_.value.code == 2
    assert "--record" in capsys.readouterr().err
