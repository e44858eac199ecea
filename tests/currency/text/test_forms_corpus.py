"""The forms the reader reads, as data (tests/fixtures/reader_forms.csv): each row's text is read
to the stated currency, interval and bound; docs/forms.md is generated from the same file.

Regenerate the page after changing the file: python -m tests.currency.text.test_forms_corpus > docs/forms.md
"""
import csv
import math
from pathlib import Path

import pytest

from currency import formatting as fmt
from currency.amount import stated
from currency.text.reader import read_amount

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "tests" / "fixtures" / "reader_forms.csv"
LANGUAGES = {"ko": "Korean", "en": "English"}


def forms() -> list[dict]:
    with open(CORPUS, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("form", forms(), ids=lambda f: f["text"])
def test_each_form_reads_as_the_corpus_says(form):
    a = read_amount(form["text"])
    assert (a.currency or "", a.unit_label, a.bound, "yes" if a.vague else "") == \
        (form["currency"], form["unit"], form["bound"], form["vague"])
    assert math.isclose(a.low, float(form["low"]), rel_tol=1e-9)
    assert a.high == float(form["high"]) or math.isclose(a.high, float(form["high"]), rel_tol=1e-9)


def markdown() -> str:
    """docs/forms.md: one table per language, from the corpus file."""
    out = ["# The forms the reader reads", "",
           "Generated from `tests/fixtures/reader_forms.csv` by `python -m "
           "tests.currency.text.test_forms_corpus`; `tests/currency/text/test_forms_corpus.py` reads every row and",
           "fails when the reader or this page disagrees with it. \"Reads as\" is the reader's interval:",
           "its last stated digit, then its hedge. \"Compared as\" is what `convert` shows and every",
           "check compares: trailing zeros read as rounding, long numbers as possibly truncated",
           "(`currency.amount.stated_interval`; [docs/model.md](model.md)).", ""]
    for lang, name in LANGUAGES.items():
        out += [f"## {name}", "", "| written | reads as | compared as | bound | what the form shows |",
                "| --- | --- | --- | --- | --- |"]
        for f in (f for f in forms() if f["lang"] == lang):
            unit = f["currency"] or f["unit"]
            low, high = float(f["low"]), float(f["high"])
            unit = unit if unit != "dimensionless" else ""
            _, s_low, s_high = stated(read_amount(f["text"]))
            bound = f["bound"] + (", vague" if f["vague"] else "")
            out.append(f"| `{f['text']}` | {fmt.interval(low, high, unit)} | "
                       f"{fmt.interval(s_low, s_high, unit)} | {bound} | {f['what']} |")
        out.append("")
    return "\n".join(out)


def test_the_forms_page_is_generated_from_the_corpus():
    assert (ROOT / "docs" / "forms.md").read_text(encoding="utf-8") == markdown()


if __name__ == "__main__":
    print(markdown(), end="")
