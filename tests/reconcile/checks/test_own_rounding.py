"""The same-fact check's rule for a round figure its own article states more precisely: a headline
"2000억원" over its body's "2074억원" is that figure rounded, a note naming it, not a flag; any
error sits in the finer figure, which is judged on its own."""
import pytest

import reconcile.checks.same_fact as same_fact_module
from reconcile.engines.local import reconcile
from tests.helpers import findings, flagged, run, serious, table

_ON = dict(as_of="2023-01-23", published="2023-01-24")


def _fig(amount: str, source: str, **more) -> dict:
    return dict(metric="Kestrel fine", amount=amount, source=source, **{**_ON, **more})


def _own_notes(f) -> list[str]:
    """The messages of the own-article rounding notes."""
    return [m for m in f["message"] if "judged through" in m]


def test_a_headline_round_figure_over_its_own_body_figure_is_a_note():
    # Made-up: Kestrel fined 2074억원; a paper's headline says "2000억원", its body "2074억원".
    f = findings(_fig("2074억원", "wire.txt"), _fig("2074억원", "daily.txt"),
                 _fig("2000억원", "herald.txt"), _fig("2074억원", "herald.txt"),
                 currency="KRW")
    assert serious(f).empty, f["message"].tolist()
    notes = _own_notes(f)
    assert len(notes) == 1, f["message"].tolist()
    msg = " ".join(notes[0].split())
    assert "f2" in msg and "states 2074억원 (f3)" in msg and "herald.txt" in msg, msg
    # `tried` says which explanation held, beside the rounding it tried first
    note = f[f["message"].map(lambda m: "judged through" in m)].iloc[0]
    assert ("its own article's finer figure of the fact, rounded at its last non-zero digit"
            in note.record.evidence[0].tried), note.record.evidence[0].tried


def test_a_round_won_figure_over_its_own_conversion_row_is_a_note():
    # Made-up: Halvard paid $8.85 billion; a Seoul paper heads "11조원" and writes the dollars with
    # the won paid over two years, "약 11조1205억원" (a conversion row of its article, at no one
    # day's rate): the headline rounds that row, 15 % below the dollars at the day's rate.
    on = dict(as_of="2025-03-28", published="2025-03-28")
    f = findings(_fig("$8.85 billion", "wire.txt", **on), _fig("$8.85 billion", "daily.txt", **on),
                 _fig("11조원", "seoul.txt", **on),
                 _fig("88억5000만달러", "seoul.txt", **on, id="orig"),
                 _fig("약 11조1205억원", "seoul.txt", **on, restates="orig"))
    assert not any("f2" in s for s in flagged(serious(f))), f["message"].tolist()
    assert any("(f4)" in m for m in _own_notes(f)), f["message"].tolist()


@pytest.mark.parametrize("rows", [
    # no finer figure in its own article
    [_fig("2074억원", "wire.txt"), _fig("2074억원", "daily.txt"), _fig("2000억원", "herald.txt")],
    # the finer figure does not round to it: a slip, not a rounding (2674억 is 3000억 rounded)
    [_fig("2674억원", "wire.txt"), _fig("2674억원", "daily.txt"), _fig("2000억원", "herald.txt"),
     _fig("2674억원", "herald.txt")],
    # 1조6000억 is no 1조: more than half a unit of the 1조 place away
    [_fig("1조6000억원", "wire.txt"), _fig("1조6000억원", "daily.txt"),
     _fig("약 1조원", "herald.txt"), _fig("1조6000억원", "herald.txt")],
    # the finer figure is another article's: the same source on another day
    [_fig("2074억원", "wire.txt"), _fig("2074억원", "daily.txt"), _fig("2000억원", "herald.txt"),
     _fig("2074억원", "herald.txt", published="2023-01-25")],
    # a zero after the decimal point is stated: "$10.0 billion" is no round figure of $10.3B
    [_fig("$10.3B", "wire.txt"), _fig("$10.3B", "daily.txt"), _fig("$10.0 billion", "herald.txt"),
     _fig("$10.3B", "herald.txt")],
    # rounds at its last non-zero digit, but further than a writer's one-digit rounding goes
    [_fig("$14.2B", "wire.txt"), _fig("$14.2B", "daily.txt"), _fig("$10B", "herald.txt"),
     _fig("$14.2B", "herald.txt")],
    [_fig("14조2000억원", "wire.txt"), _fig("14조2000억원", "daily.txt"), _fig("10조원", "herald.txt"),
     _fig("14조2000억원", "herald.txt")],
], ids=["no-finer", "slip", "one-jo", "another-article", "decimal-zero", "leading-one-dollars",
        "leading-one-won"])
def test_a_round_figure_its_own_article_does_not_state_more_finely_stays_flagged(rows):
    f = findings(*rows, currency="KRW")
    assert any("f2" in s for s in flagged(serious(f))), f["message"].tolist()
    assert not _own_notes(f), f["message"].tolist()


def test_a_one_digit_figure_is_no_rounding_of_its_own_article_figure_40_percent_off():
    # "1조원" over its own "1조4000억원" rounds at its one digit, but 40 % is further than a writer's
    # rounding goes: no note through the finer figure; what the check says of a one-digit figure
    # (it agrees only through its rounding) stands.
    f = findings(_fig("1조4000억원", "wire.txt"), _fig("1조4000억원", "daily.txt"),
                 _fig("1조원", "herald.txt"), _fig("1조4000억원", "herald.txt"), currency="KRW")
    assert not _own_notes(f), f["message"].tolist()
    assert any("f2" in m and "only through its rounding" in m for m in f["message"]), \
        f["message"].tolist()


def test_a_round_figure_over_its_own_flagged_finer_figure_stays_flagged_and_says_so():
    # Made-up: five papers put Orvel's deal at $1.1 billion; one heads "$2 billion" over its own
    # body's "$2.2 billion": the body figure is wrong, and the headline (74 % off) with it.
    f = findings(*[_fig("$1.1 billion", f"w{i}.txt") for i in range(5)],
                 _fig("$2 billion", "orvel.txt", id="head"),
                 _fig("$2.2 billion", "orvel.txt", id="body"))
    high = f[f["severity"] == "high"]
    assert {"head"} in flagged(high) and {"body"} in flagged(high), f["message"].tolist()
    assert not _own_notes(f), f["message"].tolist()
    said = " ".join(high[high["flagged"].map(set) == {"head"}]["message"].iloc[0].split())
    assert "rounds its own article's $2.2 billion (body), which is flagged too" in said, said


def test_a_finer_figure_in_another_currency_does_not_excuse_a_round_one():
    # Made-up: Norden's deal is $8.05 billion; a paper heads "$9 billion" and writes "€8.9
    # billion" in its body: a number in euros does not say which dollars it rounds.
    f = findings(_fig("$8.05 billion", "wire.txt"), _fig("$8.05 billion", "daily.txt"),
                 _fig("$9 billion", "paper.txt"), _fig("€8.9 billion", "paper.txt"))
    assert any("f2" in s for s in flagged(serious(f))), f["message"].tolist()
    assert not _own_notes(f), f["message"].tolist()


def test_the_sample_report_is_the_one_made_without_the_rule(monkeypatch):
    # No side effect: the sample has no round figure over its own finer one (the other tests
    # guard the rule itself).
    out = run("report")
    assert out.exit_code == 0, out.output
    assert "judged through" not in out.output
    monkeypatch.setattr(same_fact_module, "_own_finer", lambda *_: {})
    without = run("report")
    assert without.exit_code == 0, without.output
    assert out.output == without.output


def test_a_repeated_id_leaves_the_same_fact_check_whole():
    # Made-up: two figures share the id "x" (no valid file has that, but a table may): the
    # look-up of a conversion's fact must not fail the check and drop its findings.
    rows = [_fig("$1.1 billion", f"w{i}.txt") for i in range(5)] + [
        _fig("$2.2 billion", "orvel.txt", id="x"), _fig("$1.1 billion", "norden.txt", id="x")]
    done = reconcile(table(*rows), "USD")
    assert not done.failed, done.failed
    f = done.findings
    assert any("x" in s for s in flagged(f[f["check"].map(lambda c: "same_fact" in c)])), \
        f.to_dict("records")


def test_a_round_figure_cut_from_others_but_rounding_its_own_flagged_figure_stays_flagged():
    # Made-up: two wires say Orvel paid $4.89 billion; a paper heads "$4.8 billion" over its own
    # body's "$4.84 billion". The headline's digits begin the wires' longer number, but its own
    # article says which longer number it shortens, and that one is flagged: the headline is
    # not explained by the wires' number its own body contradicts.
    f = findings(_fig("$4.89 billion", "wire.txt"), _fig("$4.89 billion", "daily.txt"),
                 _fig("$4.8 billion", "herald.txt"), _fig("$4.84 billion", "herald.txt"))
    head = f[f["flagged"].map(lambda s: "f2" in s)]
    assert not head.empty and serious(head).shape[0] == len(head), f["message"].tolist()
    assert any("(f3), which is flagged too" in " ".join(m.split()) for m in head["message"]), \
        head["message"].tolist()


def test_a_round_figure_over_a_conversion_linked_by_its_shared_quote_is_a_note():
    # Made-up: three wires say Halvard paid $7.9 billion; a Seoul paper heads "$7.5 billion" and
    # writes "11조원 ($7.53 billion)" in one sentence, with no `restates` written: normalize links
    # the dollars to the won through the quote they share, and the headline rounds that row.
    said = "Halvard paid 11조원 ($7.53 billion)"
    on = dict(as_of="2025-03-28", published="2025-03-28")
    f = findings(*(_fig("$7.9 billion", s, **on) for s in ("wire.txt", "daily.txt", "post.txt")),
                 _fig("$7.5 billion", "seoul.txt", **on),
                 _fig("11조원", "seoul.txt", quote=said, **on),
                 _fig("$7.53 billion", "seoul.txt", quote=said, **on))
    assert not any("f3" in s for s in flagged(serious(f))), f["message"].tolist()
    assert any("(f5)" in m for m in _own_notes(f)), f["message"].tolist()
