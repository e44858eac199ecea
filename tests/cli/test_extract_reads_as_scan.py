"""`extract` reads an article file as `scan` does: a saved page's body, not its tags; the header
line's date and address, not figures of its own."""
import json

from tests.helpers import run

PARAGRAPH = ("Tallow Mining raised $75 million from investors on Tuesday, the company said in a "
             "statement issued after the market closed in the city.")
SECOND = ("The mine it plans to open in the north will cost $120 million to build over the next "
          "three years, according to the same statement.")


def _candidates(r) -> list[dict]:
    return [json.loads(line) for line in r.stdout.splitlines()]


def test_a_saved_page_is_read_by_its_article_text(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>Tallow</title></head><body><nav>Home | Markets</nav>"
                    f"<article><h1>Tallow raises money</h1><p>{PARAGRAPH}</p><p>{SECOND}</p>"
                    f"</article></body></html>", encoding="utf-8")
    r = run("extract", str(page), "--json")
    assert r.exit_code == 0
    got = _candidates(r)
    assert [c["amount"] for c in got] == ["$75 million", "$120 million"]
    assert all("<" not in c["sentence"] for c in got)


def test_the_header_line_gives_the_date_and_the_country_not_candidates(tmp_path):
    article = tmp_path / "ca.txt"
    article.write_text("# source: https://www.example.ca/business/tallow-2024-03-01 | "
                       f"published: 2024-03-01\n{PARAGRAPH}\n", encoding="utf-8")
    got = _candidates(run("extract", str(article), "--json"))
    assert [(c["amount"], c["currency"], c["unit"]) for c in got] == [
        ("$75 million", "CAD", "CAD")]
    shown = run("extract", str(article)).stdout.replace("\n", " ")
    assert "published 2024-03-01 by its header line" in shown and "75 mn CAD" in shown


def test_a_date_written_but_not_read_is_said_and_a_page_without_article_text_is_read_whole(
        tmp_path):
    article = tmp_path / "bad.txt"
    article.write_text(f"# source: https://example.com/a | published: 2024-13-45\n{PARAGRAPH}\n",
                       encoding="utf-8")
    r = run("extract", str(article))
    assert r.exit_code == 0 and "month must be 01 to 12" in r.stderr
    assert "published" not in r.stdout.split("\n\n")[0]      # no date taken
    short = tmp_path / "short.html"
    short.write_text("<html><body><p>Orvel paid $5 million.</p></body></html>", encoding="utf-8")
    r = run("extract", str(short), "--json")
    assert r.exit_code == 0 and [c["amount"] for c in _candidates(r)] == ["$5 million"]


def test_a_month_in_the_header_line_is_the_published_cell_of_the_figures_added(tmp_path):
    article = tmp_path / "m.txt"
    article.write_text(f"# source: https://example.com/m | published: 2024-03\n{PARAGRAPH}\n",
                       encoding="utf-8")
    figures = tmp_path / "figures.csv"
    r = run("extract", str(article), "--add", "--yes", "--metric", "tallow_raise",
            "--new-metric", "--figures", str(figures))
    assert r.exit_code == 0, r.output
    assert "published 2024-03, by its header line" in r.stderr and "warning" not in r.stderr
    from reconcile.store.figures import load_figures
    assert list(load_figures(figures)["published"]) == ["2024-03"]


def test_a_year_in_the_header_line_places_a_day_without_its_year_in_that_year(tmp_path):
    article = tmp_path / "y.txt"
    article.write_text("# source: https://example.com/y | published: 2024\nTallow Mining raised "
                       "$75 million from investors on Jan. 5.\n", encoding="utf-8")
    r = run("extract", str(article), "--json")
    assert r.exit_code == 0, r.output
    assert [c["as_of"] for c in _candidates(r)] == ["2024-01-05"]


def test_an_article_with_no_text_is_refused_by_extract_as_scan_refuses_it(tmp_path):
    # An empty file, or a header line alone, is most often the wrong file: both commands say the
    # same reason in one line and exit 2, not "0 candidates".
    for name, text in (("empty.txt", ""), ("head.txt", "# source: https://example.com/a | "
                                                        "published: 2024-03-01\n")):
        article = tmp_path / name
        article.write_text(text, encoding="utf-8")
        said = []
        for args in (("extract", str(article)), ("scan", str(article))):
            r = run(*args)
            lines = r.stderr.strip().splitlines()
            assert r.exit_code == 2 and len(lines) == 1 and lines[0].startswith("error: "), r.output
            said.append(lines[0].split(": ", 2)[2].rsplit(";", 1)[0])
        assert said[0] == said[1] and "no text" in said[0]
