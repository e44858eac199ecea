"""A finding's message is rendered from its records: a list of figures that its pieces share is
named once, so a finding merged from thousands of pieces about one fact stays small."""
import pytest

from reconcile.engines.local import reconcile
from reconcile.model.findings import Evidence, Finding, Ids
from tests.helpers import table


def test_a_shared_long_list_is_named_once_then_by_its_count():
    shared = ("k1", "k2", "k3", "k4", "k5")
    pieces = tuple(Evidence("c", "r", (f"piece {n} against (", Ids(shared), ")."), shared)
                   for n in (1, 2, 3))
    f = Finding("high", "m", ("x1", "x2", "x3"), ("x1", "x2", "x3"), "x", pieces)
    assert f.message == ("x: Piece 1 against (k1, k2, k3, k4, k5). Piece 2 against (the same 5 "
                         "figures as above). Piece 3 against (the same 5 figures as above).")


def test_a_short_list_or_an_equal_but_distinct_list_is_named_again():
    short = ("k1", "k2")
    again = ("k1", "k2", "k3", "k4", "k5")
    other = tuple(list(again))                  # equal ids, another tuple: not the shared one
    f = Finding("high", "m", ("x",), ("x",), "x", (
        Evidence("c", "r", ("a (", Ids(short), ")"), short),
        Evidence("c", "r", ("b (", Ids(short), ")"), short),
        Evidence("c", "r", ("c (", Ids(again), ")"), again),
        Evidence("c", "r", ("d (", Ids(other), ")"), other)))
    assert f.message == ("x: A (k1, k2) B (k1, k2) C (k1, k2, k3, k4, k5) "
                         "D (k1, k2, k3, k4, k5)")


def test_two_outliers_merged_by_a_digit_slip_name_the_agreeing_figures_once():
    # Five made-up reports agree Vantor Labs raised $10 billion; two others say $123 and $132
    # billion, the same digits in another order, so the digit check joins the two outliers
    # into one finding whose same-fact pieces are both measured against the same five.
    agree = [dict(metric="vantor_raise", amount="$10 billion") for _ in range(5)]
    off = [dict(metric="vantor_raise", amount=f"${v} billion") for v in (123, 132)]
    rec = reconcile(table(*agree, *off))
    [f] = [f for f in rec.records if f.flagged]
    assert set(f.flagged) == {"f5", "f6"}
    assert f.message.count("f0, f1, f2, f3, f4") == 1
    assert f.message.count("the same 5 figures as above") == 1


def test_the_table_holds_records_and_no_message_until_a_view_renders_it():
    from reconcile.model.findings import COLUMNS, with_messages
    rows = [dict(metric="pell_capex", amount=f"${v} billion") for v in (4, 4, 9)]
    t = reconcile(table(*rows)).findings
    assert "message" not in t and "message" not in COLUMNS
    said = with_messages(t)
    assert list(said["message"]) == [r.message for r in t["record"]]
    assert said["message"].iloc[0].startswith('f2 ("$9 billion"')


def test_a_stand_in_fixing_is_a_note_on_the_record_said_after_its_message():
    # Made-up: Corvel Bank's $1 billion and 10억 원 of 1990, before the ECB data: the won
    # figure is converted at the first fixing, and each finding that uses it says so.
    rec = reconcile(table(dict(metric="corvel_loss", amount="$1 billion", as_of="1990",
                               published="1990"),
                          dict(metric="corvel_loss", amount="10억 원", as_of="1990",
                               published="1990")))
    noted = [f for f in rec.records if "f1" in f.subject]
    assert noted and all(n.startswith("f1: 1990 is before the ECB data")
                         for f in noted for n in f.rate_notes)
    for f in noted:
        assert f.rate_notes and f.message.endswith(f" (rates: {'; '.join(f.rate_notes)})")
    in_table = [r for r in rec.findings["record"] if "f1" in r.subject]
    assert sorted(r.message for r in in_table) == sorted(f.message for f in noted)


def test_a_digit_slip_is_put_in_words_only_when_its_message_is_rendered(monkeypatch):
    import pickle

    import reconcile.checks.digits as digits
    rows = [dict(metric="quill_sales", amount=f"${v} million") for v in (687, 678, 687)]
    rec = reconcile(table(*rows))
    [f] = [f for f in rec.records if "digits" in {e.check for e in f.evidence}]
    assert "the same digits in another order: 678 is 1.3 % below 687" in f.message
    copy = pickle.loads(pickle.dumps(f))      # records travel between Dask workers
    assert copy.message == f.message

    def unwritten(*args):
        raise AssertionError("a digit finding's sentence was written before it was shown")
    monkeypatch.setattr(digits, "_detail", unwritten)
    rec = reconcile(table(*rows))             # the engine and its table write no sentence
    [f] = [f for f in rec.records if "digits" in {e.check for e in f.evidence}]
    with pytest.raises(AssertionError, match="written before it was shown"):
        _ = f.message


def test_the_start_of_a_long_message_is_rendered_without_the_rest():
    pieces = [Evidence("c", "r", f"piece {n} is off.") for n in range(200)]
    f = Finding("high", "m", ("x",), ("x",), "x", tuple(pieces))
    assert f.message_start(10_000) == f.message                   # short enough: all of it
    start = f.message_start(100)
    assert len(start) > 100 and f.message.startswith(start) and len(start) < len(f.message)

    def unshown():
        raise AssertionError("a piece past what is shown was rendered")
    lazy = Finding("high", "m", ("x",), ("x",), "x",
                   tuple(pieces[:5]) + tuple(Evidence("c", "r", unshown) for _ in range(1000)))
    assert lazy.message_start(50).startswith("x: Piece 0 is off. Piece 1 is off.")


@pytest.mark.parametrize("severity", ["info", "low"])
@pytest.mark.parametrize("notes", [(), ("1 USD at 1,200 KRW",)])
def test_a_message_of_one_piece_is_the_one_made_chunk_by_chunk(severity, notes):
    # One piece of evidence takes a shorter path than several; both must say the same.
    shared = ("k1", "k2", "k3", "k4", "k5")
    detail = ("against (", Ids(shared), ") and again (", Ids(shared), ").")
    e = Evidence("c", "r", lambda: detail, shared, tried=("rounding", "hedge", "rounding"))
    f = Finding(severity, "m", ("x",), ("x",), "x", (e,), rate_notes=notes)
    assert f.message == "".join(f._chunks()) == f.message_start(10 ** 6)
    assert f.message.startswith("x: Against (k1, k2, k3, k4, k5) and again (the same 5 ")


def _tried_plainly(f: Finding) -> str:
    # The rule written plainly: each explanation once, in the order first tried; none for info.
    tried = list(dict.fromkeys(t for e in f.evidence for t in e.tried))
    return f" Tried: {'; '.join(tried)}." if tried and f.severity != "info" else ""


@pytest.mark.parametrize("pieces", [1, 3])
def test_what_was_tried_is_said_by_its_value_once_each_and_never_for_an_info_note(pieces):
    # The words are kept per distinct tuple: equal tuples that are other objects, tuples that
    # differ in one explanation or its order, a list, and an info note sharing the tuple of a
    # discrepancy must each say their own.
    tried_of = [("rounding", "hedge", "rounding"), tuple(["rounding", "hedge", "rounding"]),
                ("hedge", "rounding"), ("rounding", "hedge", "window"), ("rounding",), (),
                ["rates' window", "rates' window"]]
    for tried in tried_of:
        for severity in ("info", "low", "high"):
            ev = tuple(Evidence("c", "r", f"piece {n}.", tried=tried[n:] if n else tried)
                       for n in range(pieces))
            f = Finding(severity, "m", ("x",), ("x",), "x", ev)
            said = "x: " + " ".join(f"Piece {n}." for n in range(pieces)) + _tried_plainly(f)
            assert f.message == said == "".join(f._chunks())


def test_two_printings_of_one_amount_flagged_together_say_their_sentence_once():
    # Made-up: three reports say Halvard paid $3.85 billion, two others print $3.75 billion,
    # one digit changed: the digit check joins the two, whose same-fact sentences are the
    # same words (one amount, one yardstick); the message says it once, then the slip.
    agree = [dict(metric="halvard_price", amount="$3.85 billion", source=f"{s}.txt")
             for s in "cde"]
    off = [dict(metric="halvard_price", amount="$3.75 billion", source=f"{s}.txt") for s in "ab"]
    rec = reconcile(table(*agree, *off))
    [f] = [f for f in rec.records if set(f.flagged) == {"f3", "f4"}]
    assert len(f.evidence) >= 3, f.evidence          # two same-fact pieces and the slip
    assert f.message.count("It gives") == 1, f.message
    assert "one digit changed" in f.message, f.message


def test_a_repeat_after_a_checks_bound_is_not_counted_among_the_unsaid():
    from reconcile.model.findings import SAY_PER_CHECK
    half = SAY_PER_CHECK // 2
    words = [f"sentence {n}." for n in range(3 * half)]
    # said: the first half, its repeats, a new half; then repeats of the first half again
    order = words[:half] + words[:half] + words[half:2 * half] + words[:half]
    f = Finding("high", "m", ("x1", "x2"), ("x1", "x2"), "x",
                tuple(Evidence("c", "r", w) for w in order))
    assert f.message.count("Sentence 0.") == 1, f.message
    assert "more of the same kind" not in f.message, f.message
    # a piece not said before, past the bound, is still counted
    g = Finding("high", "m", ("x1", "x2"), ("x1", "x2"), "x",
                tuple(Evidence("c", "r", w) for w in order + [words[-1]]))
    assert g.message.endswith("… and 1 more of the same kind from the c check."), g.message
