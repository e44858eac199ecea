"""The Arrow reader of figures files (issue 19 item 4) agrees with the strict reader: same rows,
types and lines, hence the same findings, or it declines and the strict reader names the lines."""
import csv
import io
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reconcile.store.arrow_rows as A
import reconcile.store.figures as F
from reconcile.engines.local import reconcile
from reconcile.store.arrow_rows import WHITESPACE, arrow_cells, plain_csv
from tests.helpers import shown

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures"


def both(data: bytes, monkeypatch):
    """(arrow's rows or None, strict rows, strict problems) of the same bytes."""
    monkeypatch.setattr(F, "ARROW_MIN_BYTES", 1 << 62)
    strict, problems = F.parse_rows(Path("f.csv"), data)
    cells = arrow_cells(data, F.COLUMNS, F.REQUIRED)
    if cells is None:
        return None, strict, problems
    monkeypatch.setattr(F, "ARROW_MIN_BYTES", 0)
    fast, fast_problems = F.parse_rows(Path("f.csv"), data)
    assert fast_problems == [p for p in problems if p.column == "part_of"]
    # `validate` reads the Arrow columns the fast path gives it: the same problems, cell rules
    # and rules between rows included, as over the strict reader's frame.
    checked = F.checked_rows(Path("f.csv"), data)[1]
    monkeypatch.setattr(F, "ARROW_MIN_BYTES", 1 << 62)
    assert checked == F.checked_rows(Path("f.csv"), data)[1]
    return fast, strict, problems


def findings_of(path: Path, monkeypatch, threshold: int) -> pd.DataFrame:
    # Rows as read, validated or not: the corpus fixture keeps a restates link to a figure
    # that is not in it (its tests reconcile it unvalidated too).
    monkeypatch.setattr(F, "ARROW_MIN_BYTES", threshold)
    return shown(reconcile(F.parse_rows(path, path.read_bytes())[0]).findings)


@pytest.mark.parametrize("path", [ROOT / "figures.csv", FIXTURES / "corpus_figures.csv"])
def test_same_findings_bit_for_bit_on_the_sample_and_the_corpus(path, tmp_path, monkeypatch):
    data = path.read_bytes()
    if path.name == "corpus_figures.csv":     # its extra column is the hand label
        df = pd.read_csv(path, dtype=str, keep_default_na=False).drop(columns=["discrepancy"])
        data = df.to_csv(index=False).encode()
    copy = tmp_path / "figures.csv"
    copy.write_bytes(data)
    assert arrow_cells(data, F.COLUMNS, F.REQUIRED) is not None      # the fast path ran
    fast, strict = findings_of(copy, monkeypatch, 0), findings_of(copy, monkeypatch, 1 << 62)
    assert len(strict)
    pd.testing.assert_frame_equal(fast, strict)


# Cells as people and spreadsheets write them: commas, quotes, spaces and other blanks, line
# breaks of every kind, Korean, a BOM-like character.
PIECES = ["a", "x1", " ", ",", '"', '""', '"a"', '"a,b"', '"a"b', 'x"', '"a""b"', '""""', '"a,""b"""',
          "\n", "\r", "\r\n", "\t", "\x1c", "\u3000", "\xa0", "약 3조 원", "$2 billion", "é",
          "\ufeff", ""]
HEADERS = [",".join(F.COLUMNS), ",".join(F.REQUIRED), " id , metric ,amount,as_of,published,"
           "source,quote,extra", ",".join(F.REQUIRED[:-1]), "id,id,metric,amount,as_of,"
           "published,source,quote"]


@st.composite
def csv_bytes(draw):
    """Raw CSV text: a header then lines of pieces joined by commas, often malformed."""
    header = draw(st.sampled_from(HEADERS))
    cell = st.lists(st.sampled_from(PIECES), max_size=5).map("".join)
    width = header.count(",") + 1
    lines = draw(st.lists(st.lists(cell, min_size=width - 1, max_size=width + 1),
                          min_size=1, max_size=6))
    end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = header + end + end.join(",".join(cells) for cells in lines)
    text += draw(st.sampled_from(["", end]))
    return (draw(st.sampled_from(["", "\ufeff"])) + text).encode()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(csv_bytes())
def test_arrow_gives_the_strict_rows_or_declines(monkeypatch, data):
    fast, strict, problems = both(data, monkeypatch)
    if fast is not None:
        assert not [p for p in problems if p.column != "part_of"]
        pd.testing.assert_frame_equal(fast, strict)


@st.composite
def written_tables(draw):
    """Well-formed files as a CSV writer makes them (quotes only where a comma or a quote asks,
    a quote inside a cell doubled)."""
    word = st.text(st.sampled_from(list('ab ,.$억원\t"') + ["\u3000"]), max_size=6)
    rows = draw(st.lists(st.fixed_dictionaries({c: word for c in F.COLUMNS}), min_size=1,
                         max_size=8))
    out = io.StringIO()
    w = csv.DictWriter(out, F.COLUMNS, lineterminator=draw(st.sampled_from(["\n", "\r\n"])))
    w.writeheader()
    w.writerows(rows)
    return out.getvalue().encode()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(written_tables(), st.sampled_from([1 << 20, 3]))
def test_a_written_table_is_read_by_arrow_as_by_the_strict_reader(monkeypatch, data, size):
    # With 3-byte slices every quote's pair and every field's ends fall across slices.
    monkeypatch.setattr(A, "SLICE", size)
    fast, strict, _ = both(data, monkeypatch)
    blank = strict.empty or len(strict) < data.count(b"\n") - 1   # a blank row: arrow declines
    assert fast is not None or blank
    if fast is not None:
        pd.testing.assert_frame_equal(fast, strict)


@pytest.mark.parametrize("data", [
    b'id,metric\n"a"b,c\n',          # text after a closing quote: the csv module refuses it
    b'id,metric\n"a,"b,c\n',         # a quote that closes mid-field
    b'id,metric\nx"y,c\n',           # a quote inside an unquoted field
    b'id,metric\n"a\nb",c\n',        # a line break inside a cell: lines would shift
    b'id,metric\r1,2\r',             # a lone CR ends lines for the csv module
    b'id,metric\n1,\x002\n',         # NUL
    b'id,metric\nab",c\n',           # a quote at a field's end only
    b'id,metric\n"a""b"x,c\n',       # text after the closing quote of a cell with a doubled one
    b'id,metric\n"a"",c\n',          # a doubled quote where the cell should close: never closed
    b'id,metric\n"a""\nb",c\n',      # a doubled quote, then a line break inside the cell
    b'id,metric\r\n"a\r\nb",c\r\n',  # a CRLF inside a cell
    b'id,metric\n"a",x"\n',          # a closed cell, then a quote mid-field
    b'id,metric\n"a"\r2,c\n',        # a closing quote before a lone CR
    b'id,metric\na","\n',           # a quote mid-field, then one opening a cell never closed
    b'id,metric\n,""a""\n',          # text between two quoted stretches of one field
])
@pytest.mark.parametrize("size", [1 << 20, 3])
def test_doubtful_quoting_and_line_ends_go_to_the_strict_reader(data, size, monkeypatch):
    monkeypatch.setattr(A, "SLICE", size)
    assert not plain_csv(data)


@pytest.mark.parametrize("data", [
    b'id,quote\n1,"a, b"\r\n"2","c"\n3,x\n',
    b'id,quote\n1,""\n2,""""\n',                           # empty, and one quote alone
    b'id,quote\r\n1,"Orvel said, ""we raised $2 billion"""\r\n2,"""a"",b"\r\n',   # CRLF
    b'"id","quote"\n"1","a""b""""c"\n',                     # quoted header, touching doubles
])
@pytest.mark.parametrize("size", [1 << 20, 3])
def test_plain_quoting_is_taken(data, size, monkeypatch):
    monkeypatch.setattr(A, "SLICE", size)
    assert plain_csv(data)


@pytest.mark.parametrize("shift", [-2, -1, 0, 1])
def test_a_doubled_quote_across_a_slice_border_gives_the_strict_rows(shift, monkeypatch):
    # A file over one slice whose quote cell doubles a quote right at the border (shift 0:
    # one quote of the pair on each side): the check pairs quotes across slices.
    head = ",".join(F.REQUIRED) + "\n"
    row = "f{:06},orvel_deal,$2 billion,2021,2021,s.txt,Kestrel paid $2 billion\n"
    rows = [row.format(i) for i in range(A.SLICE // len(row.format(0)) - 2)]
    lead = 'kb,orvel_deal,$2 billion,2021,2021,s.txt,"Halvard said, '
    pad = A.SLICE - 1 + shift - len(head) - sum(map(len, rows)) - len(lead)
    data = (head + "".join(rows) + lead + "x" * pad + '""we paid $2 billion"", twice"\n'
            + row.format(999999)).encode()
    assert data.index(b'""we') == A.SLICE - 1 + shift and len(data) > A.SLICE
    fast, strict, _ = both(data, monkeypatch)
    assert fast is not None      # the fast path took it
    assert strict["quote"].iloc[-2].endswith('"we paid $2 billion", twice')
    pd.testing.assert_frame_equal(fast, strict)


def test_the_check_of_a_file_of_quotes_holds_about_one_slice(monkeypatch):
    # Every byte of the quote cells a quote: positions of the whole file's quotes, eight
    # bytes each, would take many times the file.
    import tracemalloc
    monkeypatch.setattr(A, "SLICE", 1 << 16)
    cell = '"' + '""' * 500 + '"'
    data = ("id,quote\n" + "".join(f"n{i},{cell}\n" for i in range(8000))).encode()
    tracemalloc.start()
    try:
        assert plain_csv(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < len(data) // 2


def test_a_written_file_with_doubled_quotes_gives_the_strict_rows(monkeypatch):
    # As `scan -o` and `add` write a quote that quotes a speaker: its cell doubles the quotes.
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(F.REQUIRED + ["note"])
    w.writerows([f"k{i}", "norden_deal", "$2 billion", "2021", "2021", "s.txt",
                 f'Kestrel said, "we paid $2 billion", on day {i}', 'x"y, "z"'] for i in range(50))
    fast, strict, _ = both(out.getvalue().encode(), monkeypatch)
    assert fast is not None      # the fast path took it
    assert strict["quote"].iloc[3] == 'Kestrel said, "we paid $2 billion", on day 3'
    pd.testing.assert_frame_equal(fast, strict)


def test_arrow_strips_what_python_strips():
    assert WHITESPACE == "".join(chr(c) for c in range(0x110000) if chr(c).isspace())


def test_a_large_bad_file_still_names_its_lines(tmp_path):
    good = "".join(f"f{i},acme_deal,$1 billion,2021,2021,s.txt,q{i}\n"
                   for i in range(F.ARROW_MIN_BYTES // 40))
    path = tmp_path / "big.csv"
    path.write_text("id,metric,amount,as_of,published,source,quote\n" + good
                    + 'bad,acme_deal,"$1 billion"x,2021,2021,s.txt,q\n', encoding="utf-8")
    assert path.stat().st_size > F.ARROW_MIN_BYTES
    with pytest.raises(F.FiguresError) as exc:
        F.load_figures(path)
    line = good.count("\n") + 2
    assert exc.value.lines[0].startswith(f"{path}:{line}: ")


def test_a_part_of_on_a_row_without_metric_is_a_problem_not_a_crash(tmp_path):
    # Found by the property above: the missing metric (NaN) was taken as a node of the
    # part_of graph, and the cycle search crashed with an IndexError.
    path = tmp_path / "f.csv"
    path.write_text("id,metric,amount,as_of,published,source,quote,part_of\n"
                    "t1,acme_total,$2 billion,2021,2021,s.txt,q,\n"
                    "p1,,$1 billion,2021,2021,s.txt,q,acme_total\n", encoding="utf-8")
    with pytest.raises(F.FiguresError) as exc:
        F.load_figures(path)
    assert exc.value.lines == [f"{path}:3: metric: (empty): required"]


def test_a_parquet_file_gives_the_findings_of_its_csv(tmp_path):
    csv_path = ROOT / "figures.csv"
    rows = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    pq_path = tmp_path / "figures.parquet"
    rows.to_parquet(pq_path, index=False)
    from_csv, from_pq = F.load_figures(csv_path), F.load_figures(pq_path)
    pd.testing.assert_frame_equal(from_pq.drop(columns=["line"]), from_csv.drop(columns=["line"]))
    pd.testing.assert_frame_equal(shown(reconcile(from_pq).findings),
                                  shown(reconcile(from_csv).findings))


def test_a_bad_parquet_file_names_the_data_row(tmp_path):
    rows = pd.DataFrame({c: ["acme_deal" if c == "metric" else f"x{i}" if c == "id" else
                             "2021" if c in ("as_of", "published") else "$1 billion"
                             for i in range(3)] for c in F.REQUIRED})
    rows.loc[2, "amount"] = "a lot"
    path = tmp_path / "f.parquet"
    rows.to_parquet(path, index=False)
    with pytest.raises(F.FiguresError) as exc:
        F.load_figures(path)
    assert [p.split(": amount: ")[0] for p in exc.value.lines] == [f"{path}: row 3"]
    rows["amount"] = [1.5, 2.0, 3.0]
    rows.to_parquet(path, index=False)
    with pytest.raises(F.FiguresError) as exc:
        F.load_figures(path)
    assert exc.value.lines == [f"{path}: column amount: holds double values, not text; the "
                                  "figures columns are text, as in the CSV file"]


def test_without_pyarrow_the_strict_reader_reads_and_parquet_is_refused_in_one_line(
        tmp_path, monkeypatch):
    import sys
    data = (ROOT / "figures.csv").read_bytes()
    for name in ("pyarrow", "pyarrow.csv", "pyarrow.parquet"):   # as if not installed
        monkeypatch.setitem(sys.modules, name, None)
    assert arrow_cells(data, F.COLUMNS, F.REQUIRED) is None
    path = tmp_path / "f.parquet"
    path.write_bytes(b"PAR1")
    with pytest.raises(F.FiguresError) as exc:
        F.load_figures(path)
    assert exc.value.lines == [f"{path}: reading a Parquet file needs pyarrow: pip install "
                                  "'figrecon[scale]', or give the figures as CSV"]
