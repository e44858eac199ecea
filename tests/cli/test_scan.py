"""`figrecon scan` and `report --articles` at the command line: what is written (-o, --add-to,
standard output, --json), what a merge keeps, bad input (one line, exit 2, nothing written), and
a scan of real corpus articles end to end. The grouping's quality is not tested here."""
import json
import shutil
from pathlib import Path

import pytest

from reconcile.store.figures import COLUMNS, load_figures
from tests.helpers import CtrlC, run

HEADER = "# source: https://example.com/{n} | published: {day} | publisher: Example Daily\n"
EN = ("Acme Robotics said on Tuesday it would invest $4.2 billion in a battery plant in Ohio, "
      "its largest investment so far.\n")
KO = ("가나전자는 26일 오하이오주 배터리 공장에 42억 달러(약 5조 6000억 원)를 투자한다고 "
      "밝혔다.\n")
ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"


def articles(folder: Path, day: str = "2024-03-27", **texts: str) -> Path:
    """Write articles name=text (each dated `day` by its header line); the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for n, (name, text) in enumerate(texts.items()):
        (folder / name.replace("_", ".")).write_text(
            HEADER.format(n=n, day=day) + text, encoding="utf-8")
    return folder


@pytest.fixture
def story(tmp_path) -> Path:
    return articles(tmp_path / "story", en_txt=EN, ko_txt=KO)


def rows(path: Path) -> list[dict]:
    import csv
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_scan_writes_a_figures_file_that_report_reads(story, tmp_path):
    out = tmp_path / "figures.csv"
    r = run("scan", story, "-o", out)
    assert r.exit_code == 0, r.output
    figs = load_figures(out)                       # validates: the normal schema
    assert list(figs.columns[:len(COLUMNS)]) == COLUMNS
    assert set(figs["source"]) == {"en.txt", "ko.txt"}
    assert {"$4.2 billion", "42억 달러"} <= set(figs["amount"])
    assert set(figs["published"]) == {"2024-03-27"}
    assert r.stdout == ""
    assert r.stderr.strip().startswith("scanned 2 article(s): ")
    assert run("report", "--figures", out).exit_code == 0


def test_without_o_the_figures_go_to_standard_output(story, tmp_path):
    r = run("scan", story)
    assert r.exit_code == 0, r.output
    (tmp_path / "out.csv").write_text(r.stdout, encoding="utf-8")
    assert len(load_figures(tmp_path / "out.csv")) >= 3


def test_json_gives_articles_with_date_sources_and_groups_with_figures(story, tmp_path):
    r = run("scan", story, "--json", "-o", tmp_path / "f.csv")
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    assert [(a["path"], a["date_source"], a["published"], a["language"])
            for a in doc["articles"]] == [("en.txt", "header line", "2024-03-27", "en"),
                                          ("ko.txt", "header line", "2024-03-27", "ko")]
    written = {row["id"]: row for row in rows(tmp_path / "f.csv")}
    listed = [f for g in doc["groups"] for f in g["figures"]]
    assert sorted(f["id"] for f in listed) == sorted(written) and doc["figures"] == len(written)
    for g in doc["groups"]:
        assert 0 <= g["cohesion"] <= 1 and g["sentences"]
        assert {f["metric"] for f in g["figures"]} == {g["metric"]}
    for f in listed:
        assert {k: v for k, v in written[f["id"]].items() if v} == f


def test_add_to_keeps_every_byte_and_adds_nothing_twice(story, tmp_path):
    fig = tmp_path / "figures.csv"
    # A hand-made file: CRLF, no optional columns, an unusual but valid row.
    before = ("id,metric,amount,as_of,published,source,quote\r\n"
              'hand-1,acme_ohio_plant,$4.2 billion,2024-03,2024-03-27,en.txt,"invest $4.2 '
              'billion, in Ohio"\r\n').encode()
    fig.write_bytes(before)
    r = run("scan", story, "--add-to", fig)
    assert r.exit_code == 0, r.output
    after = fig.read_bytes()
    head, _, body = before.partition(b"\r\n")
    assert after.startswith(head) and body in after         # the header may only gain columns
    assert after.split(b"\r\n", 1)[1].startswith(body)      # existing rows first, untouched
    got = rows(fig)
    assert [r["id"] for r in got].count("hand-1") == 1
    # en.txt's $4.2 billion was in the file: not added again.
    assert [(r["source"], r["amount"]) for r in got].count(("en.txt", "$4.2 billion")) == 1
    assert "1 already there" in r.stderr
    load_figures(fig)
    again = run("scan", story, "--add-to", fig)
    assert again.exit_code == 0, again.output
    assert fig.read_bytes() == after and "0 added" in again.stderr


def test_add_to_files_a_group_under_the_metric_the_file_gave_it(story, tmp_path):
    fig = tmp_path / "figures.csv"
    assert run("scan", story / "ko.txt", "-o", fig).exit_code == 0
    first = rows(fig)
    held = next(r for r in first if r["amount"] == "42억 달러")
    renamed = fig.read_text(encoding="utf-8").replace(held["metric"], "ganada_ohio_plant")
    fig.write_text(renamed, encoding="utf-8")
    r = run("scan", story, "--add-to", fig, "--json")
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    group = next(g for g in doc["groups"] if any(f.get("id") == held["id"]
                                                 for f in g["figures"]))
    assert group["metric"] == "ganada_ohio_plant"
    assert all(f.get("already_in_file") or f["metric"] == "ganada_ohio_plant"
               for f in group["figures"])


def test_add_to_never_joins_a_fact_by_its_name_alone(story, tmp_path):
    fig = tmp_path / "figures.csv"
    r = run("scan", story / "en.txt", "--json")
    metric = json.loads(r.stdout)["groups"][0]["metric"]
    fig.write_text(",".join(COLUMNS) + "\n" + f"other-1,{metric},$1 billion,2020,2020-01-02,"
                   "other.txt,spent $1 billion,,,,,\n", encoding="utf-8")
    r = run("scan", story / "en.txt", "--add-to", fig)
    assert r.exit_code == 0, r.output
    new = [row for row in rows(fig) if row["source"] == "en.txt"]
    assert new and all(row["metric"] != metric for row in new)
    assert {row["metric"] for row in new} == {f"{metric}_2"}


def test_add_to_waits_for_the_lock_add_takes(story, tmp_path, monkeypatch):
    from filelock import FileLock

    import reconcile.store.append as store
    fig = tmp_path / "figures.csv"
    fig.write_text(",".join(COLUMNS) + "\n", encoding="utf-8")
    monkeypatch.setattr(store, "LOCK_TIMEOUT_S", 0.2)
    with FileLock(str(fig) + ".lock"):
        r = run("scan", story, "--add-to", fig)
    assert r.exit_code == 2
    assert "held the lock" in r.stderr and fig.read_text() == ",".join(COLUMNS) + "\n"


def assert_refused(r, *words, written: Path | None = None):
    """Exit 2, one line on stderr holding `words`, no traceback, nothing written."""
    assert r.exit_code == 2, r.output
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert all(w in lines[0] for w in words), lines[0]
    assert "Traceback" not in r.output
    if written is not None:
        assert not written.exists()


def test_bad_input_is_one_line_exit_2_and_nothing_written(tmp_path):
    out = tmp_path / "out.csv"
    (tmp_path / "empty").mkdir()
    assert_refused(run("scan", tmp_path / "empty", "-o", out), "empty", "empty folder",
                   written=out)
    photos = tmp_path / "photos"
    photos.mkdir()
    for name in ("a.png", "b.jpg"):
        (photos / name).write_bytes(b"\x89PNG\x00\x00")
    assert_refused(run("scan", photos, "-o", out), "photos", "no article files", written=out)
    nomoney = articles(tmp_path / "nomoney", a_txt="Acme opened an office in Ohio on Tuesday.\n")
    assert_refused(run("scan", nomoney, "-o", out), "a.txt", "no money", written=out)
    page = tmp_path / "page.html"
    page.write_text("<html><body><nav>Home</nav><img src=a.png></body></html>")
    assert_refused(run("scan", page, "-o", out), "page.html", "no article text", written=out)
    bad_date = tmp_path / "baddate.txt"
    bad_date.write_text(HEADER.format(n=1, day="27/03/2024") + EN, encoding="utf-8")
    assert_refused(run("scan", bad_date, "-o", out), "baddate.txt", "published", "27/03/2024",
                   written=out)
    undated = tmp_path / "undated.txt"
    undated.write_text(EN, encoding="utf-8")
    assert_refused(run("scan", undated, "-o", out), "undated.txt", "no publication date",
                   written=out)
    assert_refused(run("scan", tmp_path / "nope", "-o", out), "nope", "no such file",
                   written=out)


def test_add_to_a_file_that_is_no_figures_file_names_it(story, tmp_path):
    # The empty file was "figures file:1: ...", a FIFO "no such file".
    import os
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert_refused(run("scan", story, "--add-to", empty), str(empty), "empty")
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    assert_refused(run("scan", story, "--add-to", fifo), str(fifo), "FIFO")


def test_a_fifty_megabyte_text_file_is_refused_unread(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "w", encoding="utf-8") as f:
        f.write(HEADER.format(n=1, day="2024-03-27"))
        line = EN * 100
        while f.tell() < 50 * 1024 * 1024:
            f.write(line)
    out = tmp_path / "out.csv"
    assert_refused(run("scan", big, "-o", out), "big.txt", "50.0 MB", "over the 16 MB",
                   written=out)


def test_o_onto_an_article_or_the_index_is_refused(story, tmp_path):
    article = story / "en.txt"
    before = article.read_bytes()
    assert_refused(run("scan", story, "-o", article), "-o", "en.txt", "article being scanned")
    assert_refused(run("scan", article, "-o", article, "--force"), "article being scanned")
    assert article.read_bytes() == before
    index = tmp_path / "dates.csv"
    index.write_text("file,published\nen.txt,2024-03-27\n")
    assert_refused(run("scan", story, "--index", index, "--add-to", index), "--add-to",
                   "the --index file")
    assert index.read_text() == "file,published\nen.txt,2024-03-27\n"


def test_o_never_replaces_a_figures_file_unless_forced(story, tmp_path):
    fig = tmp_path / "figures.csv"
    fig.write_bytes(Path(ROOT / "figures.csv").read_bytes())
    before = fig.read_bytes()
    assert_refused(run("scan", story, "-o", fig), "already exists", "--add-to")
    assert fig.read_bytes() == before
    assert_refused(run("scan", story, "-o", fig, "--add-to", fig), "not both")
    assert_refused(run("scan", story, "--add-to", tmp_path / "missing.csv"), "no such file")
    assert_refused(run("scan", story, "-o", tmp_path / "no" / "f.csv"), "does not exist")
    r = run("scan", story, "-o", fig, "--force")
    assert r.exit_code == 0, r.output
    assert set(load_figures(fig)["source"]) == {"en.txt", "ko.txt"}


def test_skipped_files_are_warnings_when_other_articles_give_figures(story, tmp_path):
    (story / "photo.png").write_bytes(b"\x89PNG\x00")
    (story / "undated.txt").write_text(EN, encoding="utf-8")
    out = tmp_path / "f.csv"
    r = run("scan", story, "-o", out)
    assert r.exit_code == 0, r.output
    warnings = [line for line in r.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 2
    assert "photo.png" in warnings[0] and "undated.txt: no publication date" in warnings[1]
    assert "undated.txt" not in set(load_figures(out)["source"])


def test_the_count_of_articles_scanned_leaves_out_those_not_scanned(story, tmp_path):
    (story / "undated.txt").write_text(EN, encoding="utf-8")     # no header line: not scanned
    r = run("scan", story, "-o", tmp_path / "f.csv")
    assert r.exit_code == 0, r.output
    assert r.stderr.splitlines()[-1].startswith("scanned 2 article(s): ")
    head = run("report", "--articles", story).stdout.splitlines()[0]
    assert "2 article(s) scanned" in head


def test_report_articles_reports_what_scan_would_write(story, tmp_path):
    out = tmp_path / "f.csv"
    assert run("scan", story, "-o", out).exit_code == 0
    from_file = json.loads(run("report", "--figures", out, "--json").stdout)
    r = run("report", "--articles", story, "--json")
    assert r.exit_code == 0, r.output
    in_memory = json.loads(r.stdout)
    assert in_memory["findings"] == from_file["findings"]
    assert len(in_memory["figures"]) == len(from_file["figures"])
    assert run("report", story).exit_code == 2
    undated = articles(tmp_path / "undated", a_txt=EN)
    (undated / "a.txt").write_text(EN, encoding="utf-8")          # no header line: no date
    index = tmp_path / "dates.csv"
    index.write_text("file,published\na.txt,2024-03-27\n")
    assert run("report", "--articles", undated).exit_code == 2
    dated = run("report", "--articles", undated, "--index", index, "--json")
    assert dated.exit_code == 0, dated.output
    assert {f["published"] for f in json.loads(dated.stdout)["figures"]} == {"2024-03-27"}
    assert_refused(run("report", "--index", index), "--index goes with --articles")
    assert run("report", "--articles").exit_code == 2
    assert_refused(run("report", "--articles", story, "--figures", out), "--figures")


def test_an_index_that_gives_a_year_dates_a_day_without_its_year_in_that_year(tmp_path):
    folder = tmp_path / "yearly"
    folder.mkdir()
    (folder / "en.txt").write_text("Borealis Foods sold its dairy arm for $310 million on "
                                   "Jan. 5.\n", encoding="utf-8")
    (folder / "index.csv").write_text("file,published\nen.txt,2024\n")
    out = tmp_path / "f.csv"
    assert run("scan", folder, "-o", out).exit_code == 0
    assert [(f["published"], f["as_of"]) for f in rows(out)] == [("2024", "2024-01-05")]


def test_an_index_that_gives_months_files_the_month_and_dates_relative_days_within_it(
        tmp_path):
    folder = tmp_path / "monthly"
    folder.mkdir()
    (folder / "ko.txt").write_text("가나전자는 지난 13일 오하이오주 배터리 공장에 42억 달러를 "
                                   "투자한다고 밝혔다.\n", encoding="utf-8")
    (folder / "en.txt").write_text("Borealis Foods said it had sold its dairy arm for $310 "
                                   "million to a regional rival.\n", encoding="utf-8")
    (folder / "index.csv").write_text("file,published\nko.txt,2024-03\nen.txt,2024\n")
    out = tmp_path / "f.csv"
    r = run("scan", folder, "-o", out, "--json")
    assert r.exit_code == 0, r.output
    assert "warning" not in r.stderr
    assert [(a["path"], a["published"]) for a in json.loads(r.stdout)["articles"]] == [
        ("en.txt", "2024"), ("ko.txt", "2024-03")]
    figs = {f["source"]: f for f in rows(out)}
    assert (figs["ko.txt"]["published"], figs["ko.txt"]["as_of"]) == ("2024-03", "2024-03-13")
    # No day is invented for an amount that is dated by its publication alone.
    assert (figs["en.txt"]["published"], figs["en.txt"]["as_of"]) == ("2024", "2024")
    assert run("report", "--figures", out).exit_code == 0


def test_report_given_its_figures_file_as_a_path_names_figures(story, tmp_path):
    out = tmp_path / "f.csv"
    assert run("scan", story, "-o", out).exit_code == 0
    assert_refused(run("report", out), f"--figures {out}")
    assert_refused(run("report", story), "give --articles")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is beside the clone in CI")
def test_real_corpus_articles_scan_end_to_end(tmp_path):
    # Three real articles of one topic in two languages, dated by the corpus's index.csv.
    folder = tmp_path / "corpus" / "articles"
    folder.mkdir(parents=True)
    names = ["21_kmib_samsung_harman.txt", "22_hankyung_samsung_harman.txt",
             "25_irishtimes_samsung_harman.txt"]
    for name in names:
        shutil.copy(CORPUS / "articles" / name, folder / name)
    shutil.copy(CORPUS / "index.csv", tmp_path / "corpus" / "index.csv")
    out = tmp_path / "figures.csv"
    r = run("scan", folder, "-o", out, "--json")
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    assert {a["date_source"] for a in doc["articles"]} == {"index.csv"}
    figs = load_figures(out)
    assert set(figs["source"]) == set(names) and len(figs) >= len(names)
    report = run("report", "--figures", out)
    assert report.exit_code in (0, 1), report.output        # 2 or 3 would be a broken file
    assert f"{len(figs)} figures" in report.stdout


def proposed(fid, metric, amount, source="a.txt", **cells) -> dict:
    return {"id": fid, "metric": metric, "amount": amount, "as_of": "2024-03",
            "published": "2024-03-27", "source": source, "quote": f"spent {amount}", **cells}


def test_merge_holds_as_many_figures_as_the_file_has_of_a_source_and_amount():
    from reconcile.scan.output import merge
    old = (",".join(COLUMNS) + "\n" + "h1,acme_plant,$4 billion,2024-03,2024-03-27,a.txt,"
           "spent $4 billion,,,,,\n").encode()
    # The article prints $4 billion twice (a repeated lead): the file holds one of them.
    new = [proposed("p1", "m", "$4 billion"), proposed("p2", "m", "$4 billion")]
    merged = merge(old, new, "f.csv")
    assert merged.held == {"p1": "h1"} and merged.added == {"p2": "p2"}
    assert merged.content.startswith(old)
    assert merged.metrics == {"m": "acme_plant"}


def test_merge_holds_a_figure_filed_as_its_span_alone_when_its_cell_runs_through_a_hedge():
    from reconcile.scan.output import merge
    # An earlier scan filed the amount as its span alone; a scan now writes it through the hedge
    # after its conversion's parenthesis. One figure: held, not added again.
    old = (",".join(COLUMNS) + "\n" + "h1,kappa_plant,30억 달러,2024-03,2024-03-27,a.txt,"
           "spent 30억 달러,,,,,\n").encode()
    new = [proposed("p1", "m", "30억 달러(약 4조원) 이상"),
           proposed("p2", "m", "30억 달러(약 4조원) 이상", source="b.txt")]
    merged = merge(old, new, "f.csv")
    assert merged.held == {"p1": "h1"} and merged.added == {"p2": "p2"}


def test_merge_renames_taken_ids_and_follows_them_in_links():
    from reconcile.scan.output import merge
    old = (",".join(COLUMNS[:7]) + "\n" + "p1,other_fact,$1 billion,2020,2020-01-02,b.txt,"
           "spent $1 billion").encode()           # no optional columns, no final newline
    new = [proposed("p1", "m", "$4 billion"),
           proposed("p2", "m", "약 5조 원", restates="p1", part_of="n"),
           proposed("p3", "n", "$9 billion")]
    merged = merge(old, new, "f.csv")
    assert merged.added == {"p1": "p1-2", "p2": "p2", "p3": "p3"}
    text = merged.content.decode()
    header, first, *added = text.splitlines()
    assert header == ",".join(COLUMNS[:7]) + ",part_of,restates"
    assert first == "p1,other_fact,$1 billion,2020,2020-01-02,b.txt,spent $1 billion"
    assert added[1].endswith(",n,p1-2")
    from reconcile.store.curate import file_problems
    assert file_problems("f.csv", merged.content) == []


def test_merge_refuses_a_file_that_is_not_a_figures_file():
    from reconcile.scan.output import merge
    from reconcile.store.figures import FiguresError
    with pytest.raises(FiguresError):
        merge(b"name,value\nx,1\n", [proposed("p1", "m", "$4 billion")], "f.csv")


def review_rows():
    return [proposed("a1", "m", "$4 billion"),
            proposed("a2", "m", "약 5조 원", restates="a1"),
            proposed("b1", "m", "$4 billion", source="b.txt"),
            proposed("c1", "n", "$1 billion", part_of="m"),
            proposed("d1", "d", "$2 billion")]


def test_review_answers_rename_split_merge_and_drop():
    from reconcile.scan.review import answer_problems, apply_answers
    answers = [{"group": "m", "action": "split", "figure": "a2", "to": "acme_krw"},
               {"group": "n", "action": "merge", "into": "d"},
               {"group": "d", "action": "rename", "to": "acme_texas"},
               {"group": "acme_krw", "action": "accept"}]
    assert answer_problems(answers, review_rows()) == []
    done = apply_answers(answers, review_rows())
    metric = {r["id"]: r["metric"] for r in done.rows}
    # a2 restates a1: one statement in two currencies, so a1 goes with it.
    assert metric == {"a1": "acme_krw", "a2": "acme_krw", "b1": "m", "c1": "acme_texas",
                      "d1": "acme_texas"}
    dropped = apply_answers([{"group": "m", "action": "drop"}], review_rows())
    assert [r["id"] for r in dropped.rows] == ["c1", "d1"]
    assert next(r for r in dropped.rows if r["id"] == "c1")["part_of"] is None
    renamed = apply_answers([{"group": "m", "action": "rename", "to": "acme_total"}],
                            review_rows())
    assert next(r for r in renamed.rows if r["id"] == "c1")["part_of"] == "acme_total"


def test_review_answers_are_all_checked_before_any_is_applied():
    from reconcile.scan.review import answer_problems
    problems = answer_problems([
        {"group": "zz", "action": "accept"},
        {"group": "m", "action": "rename", "to": "Bad Name"},
        {"group": "n", "action": "merge", "into": "n"},
        {"group": "d", "action": "split", "figure": "d1", "to": "x"},
        {"group": "m", "action": "explode"},
        {"group": "d", "action": "accept", "colour": "red"},
    ], review_rows())
    assert len(problems) == 6
    assert problems[0].startswith("answer 1: group 'zz': no group has this name")
    assert "snake_case" in problems[1] and "name another group" in problems[2]
    assert "leave the group empty" in problems[3] and "write one of" in problems[4]
    assert "unknown key(s) colour" in problems[5]
    # One pass: a group is answered once.
    assert answer_problems([{"group": "m", "action": "accept"}, {"group": "m", "action": "drop"}],
                           review_rows()) == ["answer 2: group m: answered already (answer 1)"]
    assert answer_problems({"group": "m"}, review_rows()) == [
        "expected a JSON list of objects, each with a group and an action"]


@pytest.fixture
def two_facts(story) -> Path:
    """The story and an article of another fact (another company, deal and amount)."""
    (story / "beta.txt").write_text(HEADER.format(n=9, day="2024-02-01") + (
        "Beta Foods agreed on Thursday to sell its dairy unit to Gamma Holdings for $310 "
        "million in cash.\n"), encoding="utf-8")
    return story


def test_scan_review_with_answers_writes_the_reviewed_groups(two_facts, tmp_path):
    story = two_facts
    groups = json.loads(run("scan", story, "--json").stdout)["groups"]
    assert len(groups) >= 2
    answers = [{"group": g["metric"], "action": "rename", "to": f"fact_{n}"}
               for n, g in enumerate(groups)]
    answers[-1] = {"group": groups[-1]["metric"], "action": "drop"}
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers))
    out = tmp_path / "f.csv"
    r = run("scan", story, "--review", "--answers", path, "-o", out, "--json")
    assert r.exit_code == 0, r.output
    want = {f"fact_{n}" for n in range(len(groups) - 1)}
    assert set(load_figures(out)["metric"]) == want
    doc = json.loads(r.stdout)
    assert {g["metric"] for g in doc["groups"]} == want
    assert r.stderr.count("review: ") == len(groups)


def test_scan_review_refuses_bad_answers_and_a_missing_terminal(story, tmp_path):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps([{"group": "no_such_group", "action": "accept"}]))
    out = tmp_path / "f.csv"
    assert_refused(run("scan", story, "--review", "--answers", path, "-o", out),
                   "--answers", "no_such_group", written=out)
    assert_refused(run("scan", story, "--review", "-o", out), "not a terminal", "--answers",
                   written=out)
    assert_refused(run("scan", story, "--answers", path, "-o", out), "--answers goes with "
                   "--review", written=out)


def test_scan_review_at_a_terminal_asks_each_group_once(two_facts, tmp_path, monkeypatch):
    import cli.app
    story = two_facts
    monkeypatch.setattr(cli.app, "_stdin_is_terminal", lambda: True)
    groups = json.loads(run("scan", story, "--json").stdout)["groups"]
    assert len(groups) >= 2
    out = tmp_path / "f.csv"
    # A refused name is asked again; then, at group 2, q accepts it and the rest as proposed.
    r = run("scan", story, "--review", "-o", out, stdin="r\nBad Name\nr\nacme_plant\nq\n")
    assert r.exit_code == 0, r.output
    assert r.stdout.count("group 1/") == 2 and r.stdout.count("group 2/") == 1
    assert "snake_case" in r.stderr
    metrics = set(load_figures(out)["metric"])
    assert metrics == {"acme_plant"} | {g["metric"] for g in groups[1:]}


class _Bar:
    """Stands in for rich's Progress: records what the scan told it."""

    made: list["_Bar"] = []

    def __init__(self, *a, **k):
        self.total, self.steps = None, 0
        _Bar.made.append(self)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def add_task(self, description, total):
        self.total = total
        return 0

    def advance(self, task):
        self.steps += 1


@pytest.mark.parametrize("tty, n, shown", [(True, 7, True), (True, 5, False), (False, 7, False)])
def test_a_progress_bar_only_at_a_terminal_and_for_more_than_a_few_articles(
        tmp_path, monkeypatch, tty, n, shown):
    import sys

    import rich.progress

    import cli.scan
    folder = articles(tmp_path / "many", **{f"a{i}_txt": EN for i in range(n)})
    monkeypatch.setattr(rich.progress, "Progress", _Bar)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty, raising=False)
    _Bar.made.clear()
    cli.scan._scan([folder], None)
    assert [(b.total, b.steps) for b in _Bar.made] == ([(n, n)] if shown else [])


def test_proposed_figures_that_do_not_validate_together_are_never_written(story, tmp_path,
                                                                          monkeypatch):
    import reconcile.scan.propose as propose
    from reconcile.scan.model import ScanResult
    twice = proposed("same-id", "m", "$4 billion", source="en.txt")
    monkeypatch.setattr(propose, "scan_articles", lambda articles, **kw: ScanResult(
        (twice, dict(twice, amount="$5 billion")), ()))
    out = tmp_path / "f.csv"
    r = run("scan", story, "-o", out)
    assert r.exit_code == 3 and not out.exists()
    assert "internal error: scan proposed" in r.stderr and "duplicate id" in r.stderr


def test_a_proposed_row_whose_cells_do_not_validate_is_left_out_with_a_line(story, tmp_path,
                                                                           monkeypatch):
    import reconcile.scan.propose as propose
    from reconcile.scan.model import ScanResult
    good = proposed("g1", "m", "$4 billion", source="en.txt")
    bad = proposed("b1", "m", "twelve", source="ko.txt")
    link = proposed("g2", "m", "약 5조 원", source="ko.txt", restates="b1")
    monkeypatch.setattr(propose, "scan_articles", lambda articles, **kw: ScanResult(
        (good, bad, link), ()))
    out = tmp_path / "f.csv"
    r = run("scan", story, "-o", out)
    assert r.exit_code == 0, r.output
    assert [w for w in r.stderr.splitlines() if w.startswith("warning:")] == [
        next(w for w in r.stderr.splitlines() if "b1 left out: amount: twelve" in w)]
    written = rows(out)
    assert [w["id"] for w in written] == ["g1", "g2"] and written[1]["restates"] == ""


def test_an_index_that_is_a_fifo_or_a_device_is_refused_unread(story, tmp_path):
    # Read whole before: a FIFO blocked the scan forever, /dev/zero filled memory.
    import os
    import subprocess
    import sys
    fifo = tmp_path / "dates.csv"
    os.mkfifo(fifo)
    for index, words in ((fifo, "FIFO"), ("/dev/zero", "character device")):
        r = subprocess.run([sys.executable, "main.py", "scan", str(story), "--index", str(index)],
                           cwd=ROOT, capture_output=True, text=True, timeout=30)
        assert r.returncode == 2 and r.stdout == ""
        lines = r.stderr.splitlines()
        assert len(lines) == 1 and words in lines[0] and "article index" in lines[0], lines
        assert lines[0].startswith(f"error: --index {index}:"), lines   # the option named


@pytest.mark.parametrize("money", [True, False])
def test_skipped_non_article_files_are_a_warning_whether_or_not_the_scan_succeeds(tmp_path,
                                                                                  money):
    # The picture is not why a scan proposes nothing: said alike in a scan that fails.
    folder = articles(tmp_path / "story", a_txt=EN if money else "Acme opened an office.\n")
    (folder / "pic.png").write_bytes(b"\x89PNG\x00\x00")
    r = run("scan", folder, "-o", tmp_path / "out.csv")
    assert r.exit_code == (0 if money else 2), r.output
    skipped = [line for line in r.stderr.splitlines() if "pic.png" in line]
    assert len(skipped) == 1 and skipped[0].startswith("warning: "), r.stderr
    if not money:
        assert any(line.startswith("error: ") and "a.txt" in line for line in r.stderr.splitlines())


def test_a_conversion_written_in_its_originals_currency_is_reported_as_a_currency_slip(tmp_path):
    # 50억 dollars in won, written with 달러 again: scan pairs it, the check names the slip.
    import datetime as dt

    from currency.data.rates import rate_book
    eok = round(50 * rate_book().rate_on("USD", "KRW", dt.date(2024, 3, 27)).value / 1000) * 1000
    text = (f"누리텍은 지난해 매출 50억달러(약 {eok // 10000}조{eok % 10000}억달러)를 올렸다고 "
            "26일 밝혔다.\n")
    r = run("report", "--articles", articles(tmp_path / "slip", a_txt=text), "--json")
    assert r.exit_code == 0, r.output
    high = [f for f in json.loads(r.stdout)["findings"] if f["severity"] == "high"]
    assert len(high) == 1 and "currency slip" in high[0]["message"], high
    assert "KRW written as USD" in high[0]["message"]


def test_a_local_sites_bare_dollar_guessed_by_scan_is_a_note_when_it_is_the_others_us_dollar(
        tmp_path):
    # Scan reads a Canadian site's bare "$" as CAD and says so in the figure's note; report, reading
    # that note through the same function, explains the gap as the assumed dollar (info), where a
    # dollar written as CAD, or a currency set by hand, would be a discrepancy.
    folder = tmp_path / "deal"
    folder.mkdir()
    body = "Orbit Inc. agreed on Tuesday to buy Norden Corp. for {price} a share in cash.\n"
    for name, site, price in (("a.txt", "https://news.example.ca/1", "$17.9"),
                              ("b.txt", "https://wire.example.com/2", "$17.90"),
                              ("c.txt", "https://paper.example.com/3", "$17.90")):
        (folder / name).write_text(f"# source: {site} | published: 2022-10-04 | publisher: X\n"
                                   + body.format(price=price), encoding="utf-8")
    out = tmp_path / "figures.csv"
    assert run("scan", folder, "-o", out).exit_code == 0
    guessed = [r for r in rows(out) if r["currency"] == "CAD"]
    assert len(guessed) == 1 and guessed[0]["amount"] == "$17.9", rows(out)
    report = run("report", "--figures", out, "--min-severity", "info", "--fail-on", "low")
    assert report.exit_code == 0, report.output
    assert "which dollar the article means" in report.output, report.output


def _scan_findings(folder: Path, tmp_path: Path) -> list[tuple[str, str]]:
    out = tmp_path / "f.csv"
    assert run("scan", folder, "-o", out).exit_code == 0
    r = run("report", "--figures", out, "--json")
    assert r.exit_code == 0, r.output
    return [(f["severity"], f["check"]) for f in json.loads(r.stdout)["findings"]]


def test_a_price_restated_with_its_digits_transposed_beside_its_worth_is_still_flagged(tmp_path):
    # "valued at" names a worth, the bare restatement no role: one amount, written wrong, which
    # the role rule once kept apart as a second amount
    folder = articles(
        tmp_path / "deal", day="2024-03-25",
        a_txt="Kestrel to buy Pellmar Dairy\n\nKestrel Foods agreed on Monday to buy Pellmar Dairy "
              "in a deal valued at $4.56 billion, the companies said.\n\nKestrel will pay $4.65 "
              "billion in cash for Pellmar, whose farms in Idaho supply its cheese plants.\n",
        b_txt="Kestrel Foods buys dairy maker Pellmar\n\nKestrel Foods will buy Pellmar Dairy for "
              "$4.56 billion in cash, the food group said on Monday.\n",
        c_txt="Kestrel's Pellmar deal\n\nKestrel Foods' $4.56 billion purchase of Pellmar Dairy gives "
              "the group its own milk, analysts said.\n")
    assert ("medium", "same_fact;digits") in _scan_findings(folder, tmp_path)


def test_a_plain_amount_above_a_raises_level_is_flagged_as_a_slip_of_it(tmp_path):
    # a raise to $50 and a plain $55: no earlier round of a raise is above the level it reached,
    # so the $55 stays with the $50 and the check names the disagreement
    folder = articles(
        tmp_path / "bid", day="2024-10-02",
        a_txt="Orvel lifted its cash bid for Kestrel shares to $50 a share on Friday, Kestrel said.\n",
        b_txt="Orvel's cash bid for Kestrel shares is now $50 a share, Kestrel said on Friday.\n",
        c_txt="Orvel's cash bid for Kestrel shares is now $55 a share, Kestrel said on Friday.\n")
    assert [f for f in _scan_findings(folder, tmp_path) if f[1].startswith("same_fact")], \
        _scan_findings(folder, tmp_path)


def test_an_unwritten_currency_fitting_a_conversion_as_well_as_a_written_one_makes_no_alarm(
        tmp_path):
    # about 0.91 a dollar fits the franc of a Zurich group as well as the euros it writes elsewhere
    folder = articles(
        tmp_path / "deal",
        a_txt="Brenner AG, the Zurich machine maker, agreed to buy Pellmar Tools for $400 million "
              "(about 364 million). It sold a German plant in 2020 for 200 million euros.\n",
        b_txt="Brenner AG will buy Pellmar Tools for $400 million, the Zurich firm said.\n")
    assert _scan_findings(folder, tmp_path) == []


def test_a_finding_on_a_currency_inferred_from_the_rate_is_an_info_note_that_says_so(tmp_path):
    # "approx. 1.10 trillion" writes no currency: the won is read from the rate alone (the only
    # one within 5 %), so its 3 % gap to the won's rate may be the guess's, not the writer's
    folder = articles(
        tmp_path / "deal", day="2024-05-06",
        a_txt="Daon Steel of Busan agreed on Monday to buy a Texas mill from Pellmar for $780 "
              "million (approx. 1.10 trillion), paid in cash.\n\nDaon earned 90 billion won "
              "last year.\n")
    out = tmp_path / "f.csv"
    assert run("scan", folder, "-o", out).exit_code == 0
    r = run("report", "--figures", out, "--json", "--min-severity", "info")
    assert r.exit_code == 0, r.output
    found = json.loads(r.stdout)["findings"]
    assert [f["severity"] for f in found] == ["info"], found
    assert "KRW: inferred from the rate, not written" in found[0]["message"]
    assert "ECB rate of 2024-05-06" in found[0]["message"]


@pytest.mark.parametrize("rows, where", [
    # The same article twice with two dates: which row stood was a silent choice of date.
    ("a.txt,2024-03-27\nb.txt,2024-03-27\na.txt,2024-03-20\n", ":4: published: a.txt: named on line 2"),
    # An unclosed quote swallowed every row after it: each article then had "no date".
    ('"a.txt,2024-03-27\nb.txt,2024-03-27\n', ":2: row: a quote opened on this line"),
])
def test_an_index_that_dates_an_article_twice_or_never_closes_a_quote_is_refused_at_its_line(
        tmp_path, rows, where):
    folder = tmp_path / "story"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(EN, encoding="utf-8")
    index = tmp_path / "dates.csv"
    index.write_text("file,published\n" + rows, encoding="utf-8")
    out = tmp_path / "out.csv"
    assert_refused(run("scan", folder, "--index", index, "-o", out), f"--index {index}{where}",
                   written=out)


def test_an_index_that_repeats_a_row_as_it_was_is_read(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text(EN, encoding="utf-8")
    index = tmp_path / "dates.csv"
    index.write_text("file,published\na.txt,2024-03-27\na.txt,2024-03-27\n", encoding="utf-8")
    r = run("scan", folder, "--index", index, "--json")
    assert r.exit_code == 0, r.output
    assert [a["date_source"] for a in json.loads(r.stdout)["articles"]] == ["--index"]


def _undated_with_index(tmp_path, *rows):
    """A folder of three articles with no date of their own and an index.csv of `rows`."""
    folder = tmp_path / "story"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(EN, encoding="utf-8")
    (folder / "index.csv").write_text("file,published,url\n" + "".join(r + "\n" for r in rows),
                                      encoding="utf-8")
    return folder


def test_a_folder_index_naming_an_article_again_with_another_url_uses_the_first_row(tmp_path):
    # Refused, the whole index.csv was dropped: every article undated, the scan exit 2.
    folder = _undated_with_index(tmp_path, "a.txt,2024-03-01,https://x.example/1",
                                 "b.txt,2024-03-02,", "c.txt,2024-03-03,",
                                 "a.txt,2024-03-01,https://m.x.example/1")
    r = run("scan", folder, "--json")
    assert r.exit_code == 0, r.output
    dated = {a["path"]: (a["published"], a["url"]) for a in json.loads(r.stdout)["articles"]}
    assert dated == {"a.txt": ("2024-03-01", "https://x.example/1"), "b.txt": ("2024-03-02", None),
                     "c.txt": ("2024-03-03", None)}
    said = [line for line in r.stderr.splitlines() if "index.csv" in line]
    assert said == [f"warning: {folder / 'index.csv'}:5: url: a.txt: named on line 2 too, with "
                    "url 'https://x.example/1' there and 'https://m.x.example/1' here; the row "
                    "of line 2 is used"]


def test_a_folder_index_giving_an_article_two_dates_leaves_only_that_article_undated(tmp_path):
    folder = _undated_with_index(tmp_path, "a.txt,2024-03-01,", "b.txt,2024-03-02,",
                                 "c.txt,2024-03-03,", "a.txt,2024-03-05,")
    r = run("scan", folder, "--json")
    assert r.exit_code == 0, r.output
    dated = {a["path"]: a["published"] for a in json.loads(r.stdout)["articles"]}
    assert dated == {"a.txt": None, "b.txt": "2024-03-02", "c.txt": "2024-03-03"}
    said = [line for line in r.stderr.splitlines() if "index.csv" in line]
    assert said == [f"warning: a.txt: {folder / 'index.csv'}:5: published: a.txt: named on line 2 "
                    "too, with published '2024-03-01' there and '2024-03-05' here; not scanned"]


def test_ctrl_c_as_add_to_replaces_the_file_leaves_it_whole_and_exits_130(story, tmp_path,
                                                                          monkeypatch):
    # click said "Aborted!" and exited 1, the status of --fail-on's findings.
    import reconcile.store.append as store
    target = tmp_path / "f.csv"
    assert run("scan", story, "-o", target).exit_code == 0
    before = target.read_bytes()

    def interrupted(*args):
        raise KeyboardInterrupt
    monkeypatch.setattr(store.os, "replace", interrupted)
    r = run("scan", articles(tmp_path / "more", day="2024-04-02", c_txt=EN), "--add-to", target)
    assert r.exit_code == 130, r.output
    assert r.stderr.splitlines()[-1] == "error: interrupted; no file was left half-written"
    assert target.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]     # no temp left


@pytest.mark.parametrize("stdin, status, said", [
    ("", 2, "error: end of input at a question; nothing was written"),
    # click's prompt turns Ctrl-C into the Abort end of input raises: it exited 2 too.
    (CtrlC(), 130, "error: interrupted at a question; nothing was written"),
])
def test_a_review_question_left_by_ctrl_c_exits_130_by_end_of_input_2(story, tmp_path,
                                                                      monkeypatch, stdin,
                                                                      status, said):
    import cli.app
    monkeypatch.setattr(cli.app, "_stdin_is_terminal", lambda: True)
    out = tmp_path / "f.csv"
    r = run("scan", story, "--review", "-o", out, stdin=stdin)
    assert r.exit_code == status, r.output
    assert r.stderr.splitlines()[-2:] == ["", said], r.stderr   # not on the question's line
    assert "Aborted" not in r.output and not out.exists()


def test_force_replaces_a_file_never_a_fifo_nor_a_read_only_one(story, tmp_path):
    # The rename put a regular file in the FIFO's place (as root, in /dev/null's too).
    import os
    import stat
    fifo, locked = tmp_path / "pipe", tmp_path / "locked.csv"
    os.mkfifo(fifo)
    locked.write_text("x\n")
    locked.chmod(0o444)
    for target, words in ((fifo, "FIFO"), (locked, "read-only")):
        assert_refused(run("scan", story, "-o", target, "--force"), f"-o {target}: ", words)
        # Without --force, no hint of the --force that would be refused.
        r = run("scan", story, "-o", target)
        assert_refused(r, f"-o {target}: ", words)
        assert "--force" not in r.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and locked.read_text() == "x\n"


def test_o_sweeps_the_temp_file_a_killed_scan_left(story, tmp_path):
    # scan -o wrote as export -o does, but by hand: the temps of a killed scan stayed.
    import fcntl
    dead, live = tmp_path / ".f.csv.export-dead.tmp", tmp_path / ".f.csv.export-live.tmp"
    dead.write_text("half")
    live.write_text("being written")
    with open(live) as held:
        fcntl.flock(held, fcntl.LOCK_EX)      # its writer still runs
        assert run("scan", story, "-o", tmp_path / "f.csv").exit_code == 0
        assert not dead.exists() and live.exists()


def test_an_index_that_names_none_of_the_files_scanned_says_so_once(story, tmp_path):
    # Each article said only "no publication date found": the wrong index went unnamed.
    index = tmp_path / "dates.csv"
    index.write_text("file,published\nother/x.txt,2024-03-27\ny.txt,2024-03-27\n",
                     encoding="utf-8")
    r = run("scan", story, "--index", index)
    assert r.exit_code == 0, r.output         # the articles are dated by their header lines
    said = [line for line in r.stderr.splitlines() if str(index) in line]
    assert said == [f"warning: --index {index}: none of its 2 row(s) names a file scanned (a "
                    "row's file is the path from the index's folder, or the file name alone)"]
    index.write_text("file,published\nen.txt,2024-03-27\n", encoding="utf-8")
    assert str(index) not in run("scan", story, "--index", index).stderr


ACME = "Acme Robotics said it would invest $1.2 billion in a new plant in Ohio on Tuesday.\n"
BETA = "Beta Chips agreed to buy a rival maker of memory for $1.2 billion in cash on Sunday.\n"


def test_two_articles_of_one_name_in_two_folders_both_reach_the_file(tmp_path):
    """Scanned one folder at a time, the second `a.txt` (another article, the same amount) was
    taken as held by the first's row: its figure never reached the file, unsaid."""
    one = articles(tmp_path / "one", a_txt=ACME)
    two = articles(tmp_path / "two", day="2024-04-07", a_txt=BETA)
    fig = tmp_path / "figures.csv"
    assert run("init", fig).exit_code == 0
    assert run("scan", one, "--add-to", fig).exit_code == 0
    r = run("scan", two, "--add-to", fig)
    assert r.exit_code == 0, r.output
    got = rows(fig)
    assert [(g["source"], g["amount"]) for g in got] == [
        ("a.txt", "$1.2 billion"), (f"{two}/a.txt", "$1.2 billion")]
    assert f"holds another article named a.txt; its figures are filed as source {two}/a.txt" \
        in r.stderr
    # Scanned again, alone or beside each other (then labelled by folder), nothing is added.
    before = fig.read_bytes()
    for args in ([one], [two], [one, two], [one / "a.txt"]):
        again = run("scan", *args, "--add-to", fig)
        assert again.exit_code == 0, again.output
        assert "0 added" in again.stderr and fig.read_bytes() == before


def test_a_folder_scanned_alone_then_beside_another_is_not_added_again(tmp_path):
    """`scan one/` files `a.txt`; `scan one/ two/` labels it `one/a.txt`: the same article."""
    one = articles(tmp_path / "one", a_txt=ACME)
    two = articles(tmp_path / "two", day="2024-04-07", a_txt=BETA)
    fig = tmp_path / "figures.csv"
    assert run("scan", one, "-o", fig).exit_code == 0
    r = run("scan", one, two, "--add-to", fig, "--json")
    assert r.exit_code == 0, r.output
    assert [(g["source"], g["amount"]) for g in rows(fig)] == [
        ("a.txt", "$1.2 billion"), (f"{two}/a.txt", "$1.2 billion")]
    figures = [f for g in json.loads(r.stdout)["groups"] for f in g["figures"]]
    assert [f.get("source") for f in figures if not f.get("already_in_file")] == [f"{two}/a.txt"]


def test_filed_sources_match_a_hand_abridged_quote_and_not_another_articles_sentence():
    from reconcile.scan.model import Article
    from reconcile.scan.output import filed_sources
    acme = Article("a.txt", ACME, None, "none", named="x/a.txt")
    file_rows = [{"source": "C:\\news\\a.txt", "quote": "invest $1.2 billion, in Ohio"}]
    assert filed_sources(file_rows, [acme])[0] == {"a.txt": "C:\\news\\a.txt"}
    beta_row = [{"source": "a.txt", "quote": "agreed to buy a rival maker of memory for "
                                             "$1.2 billion in cash"}]
    assert filed_sources(beta_row, [acme])[0] == {"a.txt": "x/a.txt"}
    taken = beta_row + [{"source": "x/a.txt", "quote": "Beta Chips agreed"}]
    assert filed_sources(taken, [acme])[0] == {"a.txt": "x/a.txt (2)"}
    assert filed_sources([{"source": "b.txt", "quote": "q"}], [acme])[0] == {"a.txt": "a.txt"}


def test_filed_sources_prefer_the_source_named_as_the_article_and_take_each_once():
    from reconcile.scan.model import Article
    from reconcile.scan.output import filed_sources
    # Two wire copies filed as two/a.txt and one/a.txt: on a tie the article's own name wins,
    # not the name sorting last nor the one the file holds first.
    both = [{"source": "two/a.txt", "quote": "invest $1.2 billion"},
            {"source": "one/a.txt", "quote": "invest $1.2 billion"}]
    for named in ("one/a.txt", "two/a.txt"):
        acme = Article("a.txt", ACME, None, "none", named=named)
        assert filed_sources(both, [acme])[0] == {"a.txt": named}
    # Without an exact name the first of the tie is taken, and a source is one article's: the
    # second copy scanned in the same run goes under its own path.
    held = [{"source": "a.txt", "quote": "invest $1.2 billion"}]
    x, y = (Article(p, ACME, None, "none", named=p) for p in ("x/a.txt", "y/a.txt"))
    assert filed_sources(held, [x, y])[0] == {"x/a.txt": "a.txt", "y/a.txt": "y/a.txt"}
    assert filed_sources(both, [x, y])[0] == {"x/a.txt": "two/a.txt", "y/a.txt": "one/a.txt"}


def test_a_wire_copy_edited_and_scanned_alone_files_its_new_figure_under_its_own_name(tmp_path):
    """Both copies scanned together, then one edited: its new row went under the other's name."""
    one = articles(tmp_path / "one", a_txt=ACME)
    two = articles(tmp_path / "two", a_txt=ACME)
    fig = tmp_path / "figures.csv"
    assert run("init", fig).exit_code == 0
    assert run("scan", one, two, "--add-to", fig).exit_code == 0
    with open(one / "a.txt", "a", encoding="utf-8") as f:
        f.write("Acme Robotics also set aside $50 million for worker training at the plant.\n")
    r = run("scan", one, "--add-to", fig)
    assert r.exit_code == 0, r.output
    added = [g for g in rows(fig) if g["amount"] == "$50 million"]
    assert [g["source"] for g in added] == [f"{one}/a.txt"]


def test_filed_sources_take_the_source_whose_path_ends_the_articles_by_most_folders():
    from reconcile.scan.model import Article
    from reconcile.scan.output import Choice, filed_sources
    both = [{"source": "one/a.txt", "quote": "invest $1.2 billion"},
            {"source": "two/a.txt", "quote": "invest $1.2 billion"}]
    # Scanned as `.` from inside two/ (named a.txt): the first in the file was taken.
    acme = Article("a.txt", ACME, None, "none", named="/news/two/a.txt")
    assert filed_sources(both, [acme]) == ({"a.txt": "two/a.txt"}, [])
    # As near as each other: the first in the file, and said.
    acme = Article("a.txt", ACME, None, "none", named="/news/three/a.txt")
    assert filed_sources(both, [acme]) == (
        {"a.txt": "one/a.txt"}, [Choice("a.txt", "one/a.txt", tied=("two/a.txt",))])
    # The nearer source's quote reworded: the copy that quotes its words takes it, said.
    reworded = [{"source": "one/a.txt", "quote": "Acme pledged a large sum for a factory"},
                both[1]]
    acme = Article("a.txt", ACME, None, "none", named="/news/one/a.txt")
    assert filed_sources(reworded, [acme]) == (
        {"a.txt": "two/a.txt"}, [Choice("a.txt", "two/a.txt", nearer=("one/a.txt",))])
    # Of a copy of the parent's name and one of the subfolder's, the subfolder's.
    deep = [{"source": "a.txt", "quote": "invest $1.2 billion"},
            {"source": "one/a.txt", "quote": "invest $1.2 billion"}]
    acme = Article("a.txt", ACME, None, "none", named="x/one/a.txt")
    assert filed_sources(deep, [acme]) == ({"a.txt": "one/a.txt"}, [])


def test_filed_sources_a_source_quoting_the_article_beats_a_nearer_one_without_a_quote():
    """A row without a quote passes any article: nearest by path, it took x/one/a.txt from
    the source quoting it, and y/a.txt's figures were added again under its own name."""
    from reconcile.scan.model import Article
    from reconcile.scan.output import filed_sources
    held = [{"source": "a.txt", "quote": "invest $1.2 billion in a new plant"},
            {"source": "one/a.txt", "quote": ""}, {"source": "two/a.txt", "quote": ""}]
    scanned = [Article(p, ACME, None, "none", named=p) for p in ("x/one/a.txt", "x/a.txt")]
    scanned.append(Article("y/a.txt", BETA, None, "none", named="y/a.txt"))
    out, _ = filed_sources(held, scanned)
    assert out["x/one/a.txt"] == "a.txt"
    assert {out["x/a.txt"], out["y/a.txt"]} == {"one/a.txt", "two/a.txt"}


def test_a_subfolder_scanned_after_its_parent_adds_nothing(tmp_path):
    """The file also holds another article named a.txt: a rule trying only the source named
    as the article (`a.txt`) took it for another and added every figure again."""
    other = articles(tmp_path / "y", day="2024-04-07", a_txt=BETA)
    parent = tmp_path / "x"
    articles(parent / "one", a_txt=ACME)
    fig = tmp_path / "figures.csv"
    assert run("scan", other, "-o", fig).exit_code == 0
    assert run("scan", parent, "--add-to", fig).exit_code == 0
    before = fig.read_bytes()
    assert [g["source"] for g in rows(fig)] == ["a.txt", "one/a.txt"]
    r = run("scan", parent / "one", "--add-to", fig)
    assert r.exit_code == 0, r.output
    assert "0 added" in r.stderr and fig.read_bytes() == before


def test_a_copy_scanned_by_a_name_neither_source_has_goes_under_its_own_folder(tmp_path,
                                                                                monkeypatch):
    """`cd two && scan .`: of two copies equally like it, the first in the file took it."""
    one = articles(tmp_path / "one", a_txt=ACME)
    two = articles(tmp_path / "two", a_txt=ACME)
    fig = tmp_path / "figures.csv"
    assert run("scan", one, two, "-o", fig).exit_code == 0
    with open(two / "a.txt", "a", encoding="utf-8") as f:
        f.write("Acme Robotics also set aside $50 million for worker training at the plant.\n")
    monkeypatch.chdir(two)
    r = run("scan", ".", "--add-to", fig)
    assert r.exit_code == 0, r.output
    assert [g["source"] for g in rows(fig) if g["amount"] == "$50 million"] == [f"{two}/a.txt"]
    assert "as near" not in r.stderr


def test_a_reworded_quote_beside_an_identical_copy_is_said(tmp_path):
    """The nearer source's quote reworded by hand: its new figure went under the other copy's
    name without a word."""
    one = articles(tmp_path / "one", a_txt=ACME)
    two = articles(tmp_path / "two", a_txt=ACME)
    fig = tmp_path / "figures.csv"
    assert run("scan", one, two, "-o", fig).exit_code == 0
    text = fig.read_text(encoding="utf-8")
    quote = next(g["quote"] for g in rows(fig) if g["source"] == f"{one}/a.txt")
    fig.write_text(text.replace(quote, "Acme pledged a large sum for a factory", 1),
                   encoding="utf-8")
    with open(one / "a.txt", "a", encoding="utf-8") as f:
        f.write("Acme Robotics also set aside $50 million for worker training at the plant.\n")
    r = run("scan", one, "--add-to", fig)
    assert r.exit_code == 0, r.output
    assert [g["source"] for g in rows(fig) if g["amount"] == "$50 million"] == [f"{two}/a.txt"]
    assert (f"a.txt: its figures are filed as source {two}/a.txt, whose quotes are its words; "
            f"{one}/a.txt in {fig} ends its path by more folders but quotes other words") \
        in r.stderr


@pytest.mark.parametrize("index, said", [
    ("file,published\na.txt,2024-03-05\nb.txt,99999-01-01\n",
     "index.csv:3: published: not a date: expected YYYY-MM-DD, YYYY-MM or YYYY, got "
     "'99999-01-01'"),
    # an article comes out on one day: an index's span of days is refused
    ("file,published\na.txt,2024-03-05\nb.txt,2024-03-04/2024-03-05\n",
     "index.csv:3: published: give a day, a month or a year, not the days "
     "'2024-03-04/2024-03-05'"),
    ("file,published\na.txt,2024-03-05\nb.txt,1066-10-14\n",
     "index.csv:3: published: 1066-10-14: year out of range: dates run from 1700 to 2200"),
    ("file,published\na.txt,2024-02-30\nb.txt,2024-03-05\n",
     "index.csv:2: published: impossible date '2024-02-30': day is out of range for month"),
    ("file,published,published\na.txt,2024-03-05,2024-03-06\n",
     "index.csv:1: header: published: column named twice"),
    ("file,published\na.txt,2024-03-05,2024-03-06\n",
     "index.csv:2: row: 3 cells: more cells than the header's 2 (an unquoted comma?)"),
])
def test_an_index_date_or_row_that_cannot_be_read_refuses_the_index(tmp_path, index, said):
    """A bad date left its article unscanned with a warning, exit 0 (or, out of the figures'
    years, each proposed figure was said left out for its as_of); a second `published` column
    or a cell past the header was read in silence."""
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "a.txt").write_text(ACME, encoding="utf-8")
    (folder / "b.txt").write_text(BETA, encoding="utf-8")
    idx = tmp_path / "index.csv"
    idx.write_text(index, encoding="utf-8")
    out = tmp_path / "f.csv"
    r = run("scan", folder, "--index", idx, "-o", out)
    assert r.exit_code == 2 and not out.exists()
    assert r.stderr.strip().splitlines() == [f"error: --index {tmp_path}/{said}"]


def test_a_header_line_date_out_of_the_figures_years_is_said_as_the_articles(tmp_path):
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "a.txt").write_text("# source: https://x.test/a | published: 1066-10-14\n" + ACME,
                                  encoding="utf-8")
    r = run("scan", folder)
    assert r.exit_code == 2
    assert r.stderr.strip().splitlines() == [
        "error: a.txt: line 1: published: 1066-10-14: year out of range: dates run from 1700 "
        "to 2200; not scanned"]


@pytest.mark.parametrize("command", ["scan", "extract"])
@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf\r\n"])
def test_an_empty_or_missing_answers_file_is_said_under_its_option(tmp_path, command, data):
    """Empty, it was said as json's `Expecting value: line 1 column 1 (char 0)`; missing, with
    no --answers before its name."""
    folder = articles(tmp_path / "a", en_txt=EN)
    answers = tmp_path / "answers.json"
    answers.write_bytes(data)
    args = (["scan", folder, "--review"] if command == "scan" else
            ["extract", folder / "en.txt", "--add", "--figures", tmp_path / "f.csv"])
    r = run(*args, "--answers", answers)
    assert r.exit_code == 2 and not (tmp_path / "f.csv").exists()
    assert r.stderr.strip().splitlines() == [
        f"error: --answers {answers}: empty; expected a JSON list of answers"]
    answers.unlink()
    r = run(*args, "--answers", answers)
    assert r.exit_code == 2 and r.stderr.strip().splitlines() == [
        f"error: --answers {answers}: cannot read: No such file or directory"]


def test_a_folder_index_row_with_cells_past_its_header_leaves_only_that_article_undated(
        tmp_path):
    """`Foo, Inc.` unquoted: the row's cells past the header were dropped in silence."""
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "a.txt").write_text(ACME, encoding="utf-8")
    (folder / "b.txt").write_text(BETA, encoding="utf-8")
    (folder / "index.csv").write_text("file,published,publisher\na.txt,2024-03-05,Foo, Inc.\n"
                                      "b.txt,2024-04-07,Bar\n", encoding="utf-8")
    r = run("scan", folder)
    assert r.exit_code == 0, r.output
    assert {row["source"] for row in csv_rows(r.stdout)} == {"b.txt"}
    assert r.stderr.splitlines()[0] == (
        f"warning: a.txt: {folder}/index.csv:2: row: 4 cells: more cells than the header's 3 "
        "(an unquoted comma?); not scanned")


def csv_rows(text: str) -> list[dict]:
    import csv
    import io
    return list(csv.DictReader(io.StringIO(text)))


def test_add_to_a_file_of_only_a_bom_is_refused_as_an_empty_one(story, tmp_path):
    """A 0-byte file is refused naming it; a BOM and a line end were said `the first line is
    blank`, as if a header were there."""
    for data in (b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n", b"\n\n"):
        fig = tmp_path / "figures.csv"
        fig.write_bytes(data)
        assert_refused(run("scan", story, "--add-to", fig), str(fig), "empty: no header")
        assert fig.read_bytes() == data


def test_a_digit_slip_before_a_next_sentence_conversion_is_flagged_with_its_conversion(tmp_path):
    # the English copy types 3,870 for 3,270 million dollars; its won, written as the sentence
    # after, implies a rate 15 % below the market's (1,334 won/$), which the restatement check
    # weighs and names
    folder = articles(
        tmp_path / "deal", day="2024-03-05",
        a_txt="브리사, 할바드 지분 인수\n\n브리사가 할바드 지분 전량을 32억7천만 달러에 사들이기로 했다. "
              "우리 돈으로 계산하면 약 4조3천억 원이다.\n",
        b_txt="Brisa to buy Halvard stake\n\nBrisa agreed to buy all of Halvard's shares for "
              "$3,870 million.\n\nIn won terms, that is about 4,300 billion won.\n")
    out = tmp_path / "f.csv"
    assert run("scan", folder, "-o", out).exit_code == 0
    r = run("report", "--figures", out, "--json")
    assert r.exit_code == 0, r.output
    found = [f for f in json.loads(r.stdout)["findings"] if "restatement" in f["check"]]
    assert found, r.stdout
    said = json.dumps(found, ensure_ascii=False)
    assert "3,870 million" in said and "4,300 billion won" in said, said
