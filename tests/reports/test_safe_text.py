"""Text from files and arguments is shown, never obeyed: no raw control character reaches a
terminal, stderr, or an md/html/xlsx export; xlsx holds such text without crashing."""
import io

import pytest

from reconcile.store.figures import COLUMNS
from reports.safe_text import terminal_safe
from tests.helpers import run

HEADER = ",".join(COLUMNS)
CLEAR = "\x1b[2J"
TITLE = "\x1b]0;owned\x07"
EVIL = f"Acme put {CLEAR}in $1 billion{TITLE} \x0c\u202e"


@pytest.fixture
def evil(tmp_path):
    path = tmp_path / "f.csv"
    quote = EVIL.replace('"', '""')
    path.write_text(HEADER + "\n"
                    f'a1,acme_investment,$1 billion,2020,2020,s.txt,"{quote}",,,,,\n'
                    f'a2,acme_investment,$3 billion,2020,2020,t.txt,"{quote}",,,,,\n')
    return path


def _raw(text: str) -> bool:
    return any(c in text for c in ("\x1b", "\x07", "\x0c", "\u202e"))


def test_terminal_safe_escapes_every_control_character_and_keeps_the_rest():
    assert terminal_safe("a\x1b[2Jb\tc\n\u202e한") == "a\\x1b[2Jb\\tc\\n\\u202e한"
    assert terminal_safe("a\nb", keep_newlines=True) == "a\nb"
    assert terminal_safe("plain $1 billion") == "plain $1 billion"


def test_report_shows_a_quote_escaped(evil):
    result = run("report", "--figures", evil, "--all")
    assert result.exit_code in (0, 1), result.output
    assert "\\x1b[2J" in result.stdout
    assert not _raw(result.output)


def test_add_and_edit_show_the_quote_escaped_and_errors_too(evil):
    result = run("add", "--figures", evil, "--id", "a3", "--metric", "acme_investment",
                 "--amount", "$2 billion", "--as-of", "2020", "--published", "2020",
                 "--source", "u.txt", "--quote", EVIL)
    assert result.exit_code == 0, result.output
    assert not _raw(result.output) and "\\x1b" in result.stdout
    result = run("edit", "a1", "--figures", evil, "--as-of", f"20{CLEAR}20")
    assert result.exit_code == 2
    assert not _raw(result.output) and "\\x1b" in result.stderr
    result = run("edit", "a1", "--figures", evil, "--note", EVIL)
    assert result.exit_code == 0, result.output
    assert not _raw(result.output)


def test_extract_and_convert_show_the_text_escaped(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(f"Acme{TITLE} will invest $5 billion{CLEAR} in Korea.\n")
    result = run("extract", article)
    assert result.exit_code == 0, result.output
    assert not _raw(result.output)
    result = run("convert", f"$1{TITLE} billion", f"$5 billion{CLEAR}")
    assert not _raw(result.output), result.output
    result = run("convert", f"abc{CLEAR}")          # the error's marker line quotes the text
    assert result.exit_code == 2
    assert not _raw(result.output) and "abc\\x1b[2J" in result.stderr


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_md_and_html_exports_hold_no_raw_control_character(evil, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    for what in ("findings", "figures"):
        result = run("export", "--figures", evil, "--what", what, "-o", out)
        assert result.exit_code == 0, result.output
        text = out.read_text()
        assert not _raw(text)
        if what == "figures" or fmt == "html":      # the tables that quote the figures
            assert "\\x1b" in text


def test_xlsx_holds_control_characters_escaped_and_formulas_as_text(evil, tmp_path):
    from openpyxl import load_workbook
    data = evil.read_text().replace("a2,acme_investment,$3 billion,2020,2020,t.txt,",
                                    "a2,acme_investment,$3 billion,2020,2020,=1+1,")
    evil.write_text(data)
    out = tmp_path / "out.xlsx"
    result = run("export", "--figures", evil, "-o", out)
    assert result.exit_code == 0, result.output
    wb = load_workbook(io.BytesIO(out.read_bytes()))
    cells = [c.value for ws in wb for row in ws.iter_rows() for c in row]
    texts = [v for v in cells if isinstance(v, str)]
    assert any("\\x1b[2J" in v for v in texts)
    assert not any(_raw(v) for v in texts)
    assert "=1+1" in texts and "'=1+1" not in texts      # shown as written, stored as text
    sheet = wb["figures"]
    kinds = {c.data_type for row in sheet.iter_rows() for c in row if c.value == "=1+1"}
    assert kinds == {"s"}


def test_xlsx_cuts_an_over_long_cell_visibly():
    from reports.xlsx import CELL_LIMIT, cell_text
    text = cell_text("x" * 40_000)
    assert len(text) <= CELL_LIMIT and "cut: 40,000 characters" in text
