"""Articles in (`reconcile.scan.articles.load_articles`): files and folders, encodings, HTML and
Markdown text, and each article's publication date with where it came from. The articles are
made up here (invented companies and amounts)."""
import datetime as dt
from pathlib import Path

import pytest

from currency.errors import InputError
from reconcile.scan import articles as intake
from reconcile.scan.articles import load_articles
from reconcile.scan.dates import dateline, header_line
from reconcile.store.files import ARTICLE_LIMIT

EN = "Acme Robotics said it would invest $4.2 billion in a battery plant in Ohio.\n"
KO = "가나전자는 오하이오주 배터리 공장에 42억 달러(약 5조 6000억 원)를 투자한다고 밝혔다.\n"
HEADER = "# source: https://example.com/a | published: {} | publisher: Example Daily\n"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def one(paths, **kw):
    articles, lines = load_articles(paths, **kw)
    assert len(articles) == 1, (articles, lines)
    return articles[0], lines


def test_the_header_line_dates_the_article_and_is_not_its_text(tmp_path):
    write(tmp_path, "a.txt", HEADER.format("2024-03-27") + EN)
    a, lines = one([tmp_path])
    assert (a.published, a.date_source) == (dt.date(2024, 3, 27), "header line")
    assert (a.url, a.publisher) == ("https://example.com/a", "Example Daily")
    assert a.text == EN.strip()
    assert a.path == "a.txt" and lines == []


def test_dates_come_from_index_then_index_csv_then_header(tmp_path):
    folder = tmp_path / "articles"
    write(folder, "a.txt", HEADER.format("2024-01-03") + EN)
    write(folder, "b.txt", HEADER.format("2024-01-03") + EN)
    write(folder, "c.txt", HEADER.format("2024-01-03") + EN)
    write(folder, "index.csv", "file,published,publisher\na.txt,2024-01-02,Folder Press\n"
                               "b.txt,2024-01-02,\n")
    given = write(tmp_path, "dates.csv", "file,published,url\narticles/a.txt,2024-01-01,"
                                         "https://example.com/given\n")
    articles, lines = load_articles([folder], index=given)
    got = {a.path: (a.published.day, a.date_source) for a in articles}
    assert got == {"a.txt": (1, "--index"), "b.txt": (2, "index.csv"), "c.txt": (3, "header line")}
    assert articles[0].url == "https://example.com/given"
    assert lines == []


def test_an_index_csv_beside_the_folder_named_is_found(tmp_path):
    # The corpus's layout: corpus/index.csv names the files of corpus/articles/ by file name.
    write(tmp_path, "index.csv", "file,language,published,publisher,url\n"
                                 "a.txt,en,2022-11-14,Example Wire,https://example.com/w\n")
    write(tmp_path / "articles", "a.txt", EN)
    a, _ = one([tmp_path / "articles"])
    assert (a.published, a.date_source, a.publisher) == (dt.date(2022, 11, 14), "index.csv",
                                                         "Example Wire")


def test_a_folder_file_that_is_not_an_index_is_said_and_not_used(tmp_path):
    write(tmp_path, "index.csv", "name,when\na.txt,2022-11-14\n")
    write(tmp_path, "a.txt", HEADER.format("2023-05-06") + EN)
    a, lines = one([tmp_path])
    assert a.date_source == "header line"
    assert len(lines) == 1 and "index.csv: not an article index: no column file, published" \
        in lines[0]


def test_an_index_given_that_is_not_one_is_an_error(tmp_path):
    write(tmp_path, "a.txt", EN)
    bad = write(tmp_path / "x", "dates.csv", "path,date\na.txt,2024-01-01\n")
    with pytest.raises(InputError) as err:
        load_articles([tmp_path / "a.txt"], index=bad)
    assert err.value.lines[0].startswith(f"error: --index {bad}: not an article index")


@pytest.mark.parametrize("text, day, words", [
    ("[가나일보] 입력 2024.03.27 09:12 수정 2024.03.29 10:00\n" + KO, 27, "입력 2024.03.27"),
    ("기사입력 : 2024-03-26 오후 3:00\n" + KO, 26, "기사입력 : 2024-03-26"),
    ("By A. Writer\nPublished March 25, 2024, 9:00 a.m.\n" + EN, 25,
     "Published March 25, 2024"),
    ("Updated 28 March 2024\nFirst published 24 Mar. 2024\n" + EN, 24,
     "First published 24 Mar. 2024"),
    (EN * 3 + "등록 2024년 3월 23일\n", 23, "등록 2024년 3월 23일"),
])
def test_a_dateline_printed_in_the_text_dates_the_article(tmp_path, text, day, words):
    write(tmp_path, "a.txt", text)
    a, lines = one([tmp_path])
    assert (a.published, a.date_source) == (dt.date(2024, 3, day), f"dateline: {words}")
    assert lines == []


def test_an_updated_date_alone_is_not_a_publication_date():
    assert dateline("Updated March 28, 2024\n" + EN) == (None, "", None)
    assert dateline("수정 2024.03.29\n" + KO) == (None, "", None)


def test_a_date_that_cannot_be_read_is_said_and_not_replaced_by_another(tmp_path):
    # The header's date is wrong; the dateline below must not silently stand in for it.
    write(tmp_path, "a.txt", HEADER.format("2024-02-30") + "입력 2024.03.27\n" + KO)
    a, lines = one([tmp_path])
    assert a.published is None and a.date_source == "none"
    assert lines == ["a.txt: line 1: published: impossible date '2024-02-30': day is out of "
                     "range for month; not scanned"]


def test_an_unreadable_dateline_is_said(tmp_path):
    write(tmp_path, "a.txt", "입력 2024.13.40\n" + KO)
    a, lines = one([tmp_path])
    assert a.published is None
    assert lines[0].startswith("a.txt: the dateline '입력 2024.13.40' is not a date")


@pytest.mark.parametrize("given, last_day", [("2024-02", dt.date(2024, 2, 29)),
                                              ("2023", dt.date(2023, 12, 31))])
def test_a_month_or_a_year_of_publication_dates_the_article_as_that_period(tmp_path, given,
                                                                           last_day):
    # As `add` and `extract --published` take it: the period is filed, its relative dates
    # resolve against its last day.
    write(tmp_path, "a.txt", EN)
    write(tmp_path, "b.txt", HEADER.format(given) + EN)
    write(tmp_path, "index.csv", f"file,published\na.txt,{given}\n")
    articles, lines = load_articles([tmp_path])
    assert [(a.published, a.period, a.published_as, a.date_source) for a in articles] == [
        (last_day, given, given, "index.csv"), (last_day, given, given, "header line")]
    assert lines == []


def test_an_index_date_that_cannot_be_read_is_said_with_its_line(tmp_path):
    write(tmp_path, "a.txt", EN)
    index = write(tmp_path, "index.csv", "file,published\nb.txt,2024-01-01\na.txt,2024-13\n")
    a, lines = one([tmp_path / "a.txt"])
    assert a.published is None
    assert lines == [f"a.txt: {index}:3: published: impossible date '2024-13': month must be "
                     "01 to 12; not scanned"]


def test_an_article_without_a_date_is_said_not_guessed(tmp_path):
    write(tmp_path, "a.txt", "Acme said in 2023 that it would spend $4 billion.\n")
    a, lines = one([tmp_path])
    assert a.published is None and a.date_source == "none"
    assert lines == [f"a.txt: {intake.NO_DATE}"]


PAGE = """<!DOCTYPE html><html><head><title>Acme to build plant</title>
<meta property="article:published_time" content="2024-03-21T09:00:00+09:00"></head>
<body><nav><a href="/">Home</a> <a href="/markets">Markets rose 3% to $9 trillion</a></nav>
<article><h1>Acme to build a battery plant in Ohio</h1>
<p>Acme Robotics said on Thursday it would invest $4.2 billion in a battery plant in Ohio,
the largest investment in the company's history, and expects it to open in 2027.</p>
<p>The plant is expected to employ about 2,000 people when it reaches full output.</p>
</article><footer>Copyright 2024 Example Daily</footer></body></html>"""


def test_a_saved_page_gives_its_article_text_and_its_metadata_date(tmp_path):
    write(tmp_path, "page.html", PAGE)
    a, lines = one([tmp_path])
    assert (a.published, a.date_source) == (dt.date(2024, 3, 21), "page metadata")
    assert "invest $4.2 billion in a battery plant" in a.text
    assert "Markets rose" not in a.text and "<p>" not in a.text
    assert lines == []


def test_a_page_saved_as_txt_is_still_read_as_html(tmp_path):
    write(tmp_path, "page.txt", PAGE)
    a, _ = one([tmp_path])
    assert a.date_source == "page metadata" and "<article>" not in a.text


def test_a_page_with_no_article_text_is_skipped_in_one_line(tmp_path):
    write(tmp_path, "a.txt", HEADER.format("2024-03-27") + EN)
    write(tmp_path, "empty.html", "<html><body><img src='a.png'><nav>Home</nav></body></html>")
    articles, lines = load_articles([tmp_path])
    assert [a.path for a in articles] == ["a.txt"]
    assert lines == ["empty.html: an HTML page with no article text (no paragraphs of an "
                     "article were found in it); skipped"]


@pytest.mark.parametrize("encoding, bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
                                           ("cp949", b""), ("euc-kr", b""), ("utf-8", b"\xef\xbb\xbf")])
def test_korean_site_encodings_are_read(tmp_path, encoding, bom):
    text = HEADER.format("2024-03-27") + KO * 3
    write(tmp_path, "a.txt", bom + text.encode(encoding))
    a, lines = one([tmp_path])
    assert a.text == (KO * 3).strip() and a.published == dt.date(2024, 3, 27)
    assert a.language == "ko" and lines == []


def test_a_binary_file_is_named_in_one_line_and_skipped(tmp_path):
    write(tmp_path, "a.txt", HEADER.format("2024-03-27") + EN)
    write(tmp_path, "b.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    articles, lines = load_articles([tmp_path])
    assert [a.path for a in articles] == ["a.txt"]
    assert len(lines) == 1 and lines[0].startswith("b.txt: byte 8: a NUL byte")


def test_files_that_are_not_articles_are_said_once_per_folder(tmp_path):
    write(tmp_path, "a.txt", HEADER.format("2024-03-27") + EN)
    for name in ("p1.png", "p2.jpg", "data.xlsx"):
        write(tmp_path, name, b"\x00\x01")
    _, lines = load_articles([tmp_path])
    assert lines == [f"{tmp_path}: 3 file(s) that are not articles skipped (not .txt, .md or "
                     ".html), e.g. data.xlsx, p1.png, p2.jpg"]


def test_a_folder_of_images_is_an_error_naming_it(tmp_path):
    for name in ("p1.png", "p2.jpg"):
        write(tmp_path / "photos", name, b"\x89PNG\x00")
    with pytest.raises(InputError) as err:
        load_articles([tmp_path / "photos"])
    assert err.value.lines == [f"error: {tmp_path / 'photos'}: no article files (.txt, .md, "
                               ".html): 2 other file(s), e.g. p1.png, p2.jpg"]


def test_an_empty_folder_and_a_missing_path_are_errors(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError) as err:
        load_articles([tmp_path / "empty"])
    assert err.value.lines == [f"error: {tmp_path / 'empty'}: an empty folder: no files in it"]
    with pytest.raises(InputError) as err:
        load_articles([tmp_path / "nope"])
    assert err.value.lines == [f"error: {tmp_path / 'nope'}: no such file or folder"]


def test_a_file_over_the_size_limit_is_skipped_unread(tmp_path, monkeypatch):
    write(tmp_path, "a.txt", HEADER.format("2024-03-27") + EN)
    big = write(tmp_path, "big.txt", "")
    with open(big, "wb") as f:
        f.truncate(ARTICLE_LIMIT + 1)
    read = intake.read_regular
    monkeypatch.setattr(intake, "read_regular", lambda p, *a: pytest.fail(f"read {p}")
                        if p == big else read(p, *a))
    articles, lines = load_articles([tmp_path])
    assert [a.path for a in articles] == ["a.txt"]
    assert lines == ["big.txt: 16.0 MB, over the 16 MB an article may have; skipped"]


def test_markdown_is_read_without_its_markup(tmp_path):
    write(tmp_path, "a.md", HEADER.format("2024-03-27") + "## Acme's plan\n\nAcme will "
          "**invest [$4.2 billion](https://example.com/2024/03/1234567)** in Ohio.\n")
    a, _ = one([tmp_path])
    assert a.text == "Acme's plan\n\nAcme will invest $4.2 billion in Ohio."


def test_markdown_front_matter_is_the_page_metadata(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: 'Acme: the plan'\ndate: 2024-03-19T08:00:00+09:00\n"
          "publisher: Example Daily\n---\nAcme will invest $4.2 billion in 2025.\n")
    write(tmp_path, "b.md", "---\ndate: March 2024\n---\nAcme will invest $4.2 billion.\n")
    articles, lines = load_articles([tmp_path])
    a, b = articles
    assert (a.published, a.date_source, a.publisher) == (dt.date(2024, 3, 19), "page metadata",
                                                         "Example Daily")
    assert a.text == "Acme will invest $4.2 billion in 2025."
    assert b.published is None
    assert lines == ["b.md: front matter: date: not a date: expected YYYY-MM-DD, YYYY-MM or "
                     "YYYY, got 'March 2024'; not scanned"]


def test_a_markdown_heading_with_a_colon_is_not_a_header_line():
    assert header_line("# Acme: the plan\ntext") is None
    assert header_line("# source: x | published: 2024-01-02\ntext") == (
        {"source": "x", "published": "2024-01-02"}, "text")


def test_files_are_read_once_and_named_uniquely(tmp_path):
    for folder in ("x", "y"):
        write(tmp_path / folder, "a.txt", HEADER.format("2024-03-27") + EN)
    write(tmp_path / "x" / "deep", "b.txt", HEADER.format("2024-03-27") + EN)
    articles, _ = load_articles([tmp_path / "x", tmp_path / "y", tmp_path / "x" / "a.txt"])
    paths = [a.path for a in articles]
    assert len(paths) == 3 and len(set(paths)) == 3
    assert "deep/b.txt" in paths
    assert {p for p in paths if p.endswith("a.txt")} == {
        str(tmp_path / "x" / "a.txt"), str(tmp_path / "y" / "a.txt")}


def test_the_language_is_guessed_from_the_text(tmp_path):
    write(tmp_path, "en.txt", HEADER.format("2024-03-27") + EN)
    # Korean news writes English names; 32 syllables carry the text against 50 Latin letters.
    write(tmp_path, "ko.txt", HEADER.format("2024-03-27") + KO
          + "SK Hynix, Purdue University, West Lafayette, Indiana\n")
    articles, _ = load_articles([tmp_path])
    assert {a.path: a.language for a in articles} == {"en.txt": "en", "ko.txt": "ko"}


def test_a_crash_reading_one_file_keeps_the_others(tmp_path, monkeypatch):
    write(tmp_path, "a.txt", HEADER.format("2024-03-27") + EN)
    write(tmp_path, "b.html", PAGE)

    def broken(html):
        raise RuntimeError("parser exploded")
    monkeypatch.setattr(intake, "html_text", broken)
    articles, lines = load_articles([tmp_path])
    assert [a.path for a in articles] == ["a.txt"]
    assert lines == ["b.html: internal error while reading it (RuntimeError: parser exploded); "
                     "skipped; please report this"]


def test_a_korean_page_saved_in_euc_kr_is_read(tmp_path):
    page = ('<html><head><meta charset="euc-kr"><meta property="article:published_time" '
            'content="2024-03-21"></head><body><nav>홈 경제 사회</nav><article><p>' + KO.strip()
            + ' 회사는 2027년 공장을 가동할 계획이다.</p></article></body></html>')
    write(tmp_path, "a.html", page.encode("euc-kr"))
    a, lines = one([tmp_path])
    # (So short a page keeps its menu too: trafilatura falls back to all its text.)
    assert KO.strip() + " 회사는 2027년 공장을 가동할 계획이다." in a.text
    assert (a.published, a.date_source, a.language) == (dt.date(2024, 3, 21), "page metadata",
                                                        "ko")
    assert lines == []


def test_a_fifo_named_as_an_article_is_refused_without_waiting(tmp_path):
    import os
    write(tmp_path, "a.txt", HEADER.format("2024-03-27") + EN)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    articles, lines = load_articles([tmp_path / "a.txt", fifo])
    assert [a.path for a in articles] == ["a.txt"]
    assert len(lines) == 1 and "pipe.txt" in lines[0] and "not a regular file" in lines[0]


def test_a_folders_readme_is_its_notes_not_an_article_unless_named(tmp_path):
    write(tmp_path, "a.txt", HEADER.format("2024-03-27") + EN)
    write(tmp_path, "README.md", "# These articles\n\nCollected in March 2024 for a story.\n")
    write(tmp_path, "sub/readme.txt", "Notes on the second folder.\n")
    a, lines = one([tmp_path])
    assert a.path == "a.txt" and lines == []
    # named on the command line, it is read as any file is (and said undated)
    articles, lines = load_articles([tmp_path / "README.md"])
    assert [x.path for x in articles] == ["README.md"] and "README.md: no publication date" in lines[0]


def test_a_folder_of_notes_only_is_said_to_hold_no_article_not_to_be_empty(tmp_path):
    write(tmp_path / "notes", "readme.en.md", "Notes, not news.\n")
    with pytest.raises(InputError) as err:
        load_articles([tmp_path / "notes"])
    assert err.value.lines == [f"error: {tmp_path / 'notes'}: no article files in it (an index, "
                               "a README or a hidden file is not one)"]
