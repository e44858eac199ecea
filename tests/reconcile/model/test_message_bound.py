"""A message says at most `SAY_PER_CHECK` sentences of one check and counts the rest; the
finding's structured fields stay complete, and messages within the bound are unchanged."""
import csv
import io

import reconcile.model.findings as F
from reconcile.engines.local import reconcile
from reconcile.model.findings import Evidence, Finding
from reports.export import render
from tests.helpers import table


def _pieces(check: str, n: int, start: int = 0) -> tuple[Evidence, ...]:
    return tuple(Evidence(check, "r", f"{check} piece {k} is off.") for k in range(start, n))


def test_the_bound_is_a_number_of_sentences_a_reader_reads():
    assert 0 < F.SAY_PER_CHECK <= 100


def test_sentences_past_the_bound_are_counted_and_never_rendered():
    bound = min(F.SAY_PER_CHECK, 1000)      # a lifted bound fails here, not by memory

    def unshown():
        raise AssertionError("a sentence past the bound was rendered")
    many = _pieces("c", bound) + tuple(Evidence("c", "r", unshown) for _ in range(1234))
    f = Finding("high", "m", ("x",), ("x",), "x", many + _pieces("d", 3))
    said = " ".join(f"C piece {k} is off." for k in range(bound))
    assert f.message == (f"x: {said} D piece 0 is off. D piece 1 is off. D piece 2 is off."
                         " … and 1,234 more of the same kind from the c check.")
    assert len(f.evidence) == bound + 1234 + 3        # the record itself keeps every piece


def test_a_message_at_the_bound_is_said_whole():
    bound = min(F.SAY_PER_CHECK, 1000)
    f = Finding("high", "m", ("x",), ("x",), "x", _pieces("c", bound) + _pieces("d", bound))
    whole = " ".join([f"C piece {k} is off." for k in range(bound)]
                     + [f"D piece {k} is off." for k in range(bound)])
    assert f.message == f"x: {whole}"
    assert "more of the same kind" not in f.message


def _export(rec) -> list[dict]:
    text = render(rec, rec.findings, rec.findings, rec.figures, "csv").decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def test_the_bound_cuts_only_the_message_of_an_exported_finding(monkeypatch):
    # Made-up: 40 reports of Quarn Motors' order book, $101 to $140 billion, one date; many
    # pairs among them are one digit apart, and the pieces merge into one finding.
    rows = [dict(metric="quarn_orders", amount=f"${v} billion") for v in range(101, 141)]
    rec = reconcile(table(*rows))
    counts = [max(sum(e.check == c for e in f.evidence) for c in {e.check for e in f.evidence})
              for f in rec.findings["record"]]
    monkeypatch.setattr(F, "SAY_PER_CHECK", 5)
    cut = _export(rec)
    monkeypatch.setattr(F, "SAY_PER_CHECK", 10 ** 9)
    whole = _export(rec)
    assert len(cut) == len(whole) == len(counts)
    assert any(n > 5 for n in counts)               # the case is over the bound of 5
    for c, w, n in zip(cut, whole, counts):
        assert {k: v for k, v in c.items() if k != "message"} == \
            {k: v for k, v in w.items() if k != "message"}
        if n > 5:
            assert len(c["message"]) < len(w["message"])
            assert "more of the same kind from the" in c["message"]
        else:
            assert c["message"] == w["message"]
